"""Moderator edits of a submission under review, under the edit lock: text fields, events (add,
date, kind, delete), sentence parts (add, change, delete) and the stage; each change goes through
one service, audited with before and after, and re-indexed.
A text field is asked and read by the report's own question for it (bot/handlers/report/steps.py,
`FIELD_STEPS`): its wording, the answer shown as the report shows it, its parser and limits.
Event dates and sentence parts are asked and read by the report's own questions
(bot/handlers/report/questions.py): a moderator is asked what the reporter was asked, and an answer
with two readings is refused as in the report, never guessed.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from telegram import Message, Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.handlers.moderation.access import (
    DRAFT_KIND,
    Rows,
    answer,
    begin_text,
    bounded,
    editable,
    gone,
    locked_by_other,
    moderator_label,
    open_submission,
    pressed_as,
    pressed_editable,
    pressed_submission,
    refuse,
    show,
    show_menu,
)
from bot.handlers.moderation.cards import render_card, send_card_copy, submission_keyboard
from bot.handlers.report.draft import ActItem, InvalidAnswer, ReportDraft, split_name
from bot.handlers.report.questions import (
    CASE_SUMMARY,
    PICK,
    SentencePartQuestion,
    event_date,
    offered_reading,
)
from bot.handlers.report.steps import SKIP, STAY, STEPS, Step, StepBase
from bot.infra.context import Tx, transactional
from bot.infra.i18n import N_, _
from bot.services import changes as services
from bot.services.clock import local_day
from bot.services.errors import ChangeRefused
from bot.ui.callbacks import (
    Callback,
    FieldAnswer,
    ModAction,
    SubmissionAction,
    SubmissionCode,
    SubmissionItem,
    SubmissionItemCode,
    SubmissionItemIndex,
)
from bot.ui.keyboards import in_columns, keyboard
from bot.ui.labels import EVENTS, SENTENCE_KINDS, STAGES, charge_label
from bot.ui.render import esc, format_date, sentence_line
from db.drafts import delete_draft, load_draft
from db.models import CaseStage, Event, EventKind, SentenceKind, Submission
from db.moderation import acquire_lock, get_submission, lock_holder, release_lock

logger = logging.getLogger(__name__)


#: Editable fields: code -> (label, max length).
EDIT_FIELDS = {
    "name": (N_("Name"), 300),
    "aliases": (N_("Other spellings"), 2000),
    "city": (N_("Town"), 150),
    "occupation": (N_("Who they are"), 500),
    "article": (N_("Charge"), 200),
    "region": (N_("Region"), 150),
    "court": (N_("Court"), 300),
    "judge": (N_("Judge"), 200),
    "prosecutor": (N_("Prosecutor"), 200),
    "summary": (N_("Summary"), 4000),
    "acts": (N_("Accused of"), 4000),
    "sources": (N_("Sources"), 4000),
}


#: Events a moderator can add or turn an event into.
EVENT_KINDS = (
    EventKind.DETENTION,
    EventKind.CHARGE,
    EventKind.PREVENTIVE_MEASURE,
    EventKind.TRIAL,
    EventKind.HEARING,
    EventKind.VERDICT,
    EventKind.APPEAL_RULING,
    EventKind.RELEASE,
)


@transactional
async def edit_menu(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Edit: which field."""
    submission = await pressed_submission(update, tx)
    if submission is None:
        return
    sid = submission.id
    if await locked_by_other(update, tx, sid):
        return
    rows: Rows = in_columns(
        [
            (_(label), SubmissionCode(ModAction.EDIT_FIELD, sid, code))
            for code, (label, _limit) in EDIT_FIELDS.items()
        ],
        3,
    )
    rows.append(
        [
            (_("📅 Events"), SubmissionAction(ModAction.EVENTS, sid)),
            (_("⚖️ Stage"), SubmissionAction(ModAction.STAGES, sid)),
        ]
    )
    show_menu(update, tx, rows, back=SubmissionAction(ModAction.BACK, sid))


def _event_button(event: Any) -> str:
    return f"{_(EVENTS[event.kind])} {format_date(event.event_date)}"[:60]


def _events_menu(submission: Submission, sid: int) -> tuple[Rows, Callback]:
    """Edit → Events: each event, and adding one."""
    events = sorted(submission.case.events, key=lambda e: e.id)
    rows: Rows = [[(_event_button(e), SubmissionItem(ModAction.EVENT, sid, e.id))] for e in events]
    rows += in_columns(
        [
            (f"➕ {_(EVENTS[kind])}", SubmissionCode(ModAction.ADD_EVENT, sid, kind.value))
            for kind in EVENT_KINDS
        ]
    )
    return rows, SubmissionAction(ModAction.BACK, sid)


def _event_menu(submission: Submission, sid: int, eid: int) -> tuple[Rows, Callback] | None:
    """One event: its date, kind, sentence parts, or delete it."""
    event = next((e for e in submission.case.events if e.id == eid), None)
    if event is None:
        return None

    def button(action: ModAction) -> SubmissionItem:
        return SubmissionItem(action, sid, eid)

    parts: Rows = [
        [(sentence_line(part)[:60], SubmissionItemIndex(ModAction.PART, sid, eid, position))]
        for position, part in enumerate(event.sentence)
    ]
    rows: Rows = [
        [
            (_("📅 Date"), button(ModAction.EVENT_DATE)),
            (_("🏷 Kind"), button(ModAction.EVENT_KINDS)),
        ],
        *parts,
        [(_("➕ Sentence part"), button(ModAction.PART_KINDS))],
        [(_("🗑 Delete this event"), button(ModAction.DELETE_EVENT))],
    ]
    return rows, SubmissionAction(ModAction.EVENTS, sid)


def _event_kind_menu(submission: Submission, sid: int, eid: int) -> tuple[Rows, Callback]:
    """An event's kind: what it becomes."""
    rows: Rows = in_columns(
        [
            (_(EVENTS[k]), SubmissionItemCode(ModAction.SET_EVENT_KIND, sid, eid, k.value))
            for k in EVENT_KINDS
        ]
    )
    return rows, SubmissionItem(ModAction.EVENT, sid, eid)


def _stage_menu(submission: Submission, sid: int) -> tuple[Rows, Callback]:
    """Edit → Stage: the stage the case is at."""
    rows: Rows = in_columns(
        [
            (_(label), SubmissionCode(ModAction.SET_STAGE, sid, stage.value))
            for stage, label in STAGES.items()
        ]
    )
    return rows, SubmissionAction(ModAction.BACK, sid)


def _part_menu(submission: Submission, sid: int, eid: int, position: int) -> tuple[Rows, Callback]:
    """A sentence part: a new value, or delete it."""
    rows: Rows = [
        [(_("✏️ New value"), SubmissionItemIndex(ModAction.PART_VALUE, sid, eid, position))],
        [(_("🗑 Delete this part"), SubmissionItemIndex(ModAction.DELETE_PART, sid, eid, position))],
    ]
    return rows, SubmissionItem(ModAction.EVENT, sid, eid)


def _part_kind_menu(submission: Submission, sid: int, eid: int) -> tuple[Rows, Callback]:
    """➕ Sentence part: which kind (then its value)."""
    rows: Rows = in_columns(
        [
            (_(label), SubmissionItemCode(ModAction.ADD_PART, sid, eid, kind.value))
            for kind, label in SENTENCE_KINDS.items()
        ]
    )
    return rows, SubmissionItem(ModAction.EVENT, sid, eid)


#: The edit submenus by their button's action (its kind in bot/ui/callbacks.py carries the
#: submission, then the event and the part where there are): each builds its rows and where
#: ⬅️ Back goes from the case and the button's numbers (None: the event is gone);
#: `edit_submenu` does the rest for all of them.
SUBMENUS: dict[ModAction, Callable[..., tuple[Rows, Callback] | None]] = {
    ModAction.EVENTS: _events_menu,
    ModAction.EVENT: _event_menu,
    ModAction.EVENT_KINDS: _event_kind_menu,
    ModAction.STAGES: _stage_menu,
    ModAction.PART: _part_menu,
    ModAction.PART_KINDS: _part_kind_menu,
}
SUBMENU_ACTIONS = tuple(SUBMENUS)


@transactional
async def edit_submenu(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """A submenu of Edit (events, an event, its kind, a sentence part, the stage), under the
    edit lock: its rows in place of the card's buttons."""
    pressed = await pressed_editable(update, tx)
    if pressed is None:
        return
    submission, button, numbers = pressed
    assert isinstance(button, SubmissionAction | SubmissionItem | SubmissionItemIndex)
    built = SUBMENUS[button.action](submission, *numbers)
    if built is None:
        gone(update, tx)
        return
    rows, back = built
    show_menu(update, tx, rows, back)


@transactional
async def event_button_change(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """One-tap changes: an event's kind, deleting an event or a sentence part, the stage."""
    pressed = await pressed_editable(update, tx)
    if pressed is None:
        return
    submission, button, _numbers = pressed
    try:
        if isinstance(button, SubmissionItemCode):  # SET_EVENT_KIND: an event's kind
            await services.edit_event(
                tx.session, tx.user, submission, button.item_id, kind=EventKind(button.code)
            )
        elif isinstance(button, SubmissionItem):  # DELETE_EVENT: delete an event
            await services.delete_event(tx.session, tx.user, submission, button.item_id)
        elif isinstance(button, SubmissionItemIndex):  # DELETE_PART: delete a sentence part
            await services.delete_sentence_part(
                tx.session, tx.user, submission, button.item_id, button.position
            )
        elif isinstance(button, SubmissionCode):  # SET_STAGE: the stage
            stage = CaseStage(button.code)
            await services.edit_field(tx.session, tx.user, submission, "stage", stage)
        else:
            raise ValueError(type(button))
    except (ChangeRefused, ValueError):
        gone(update, tx)
        return
    answer(update, tx, _("Changed."))
    await release_lock(tx.session, submission.id, tx.user.id)
    await _show_edited(update, tx, submission.id)


@transactional
async def event_text_prompt(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Buttons that wait for text: an event's date, a new event's date, a part's value."""
    pressed = await pressed_editable(update, tx)
    if pressed is None:
        return
    submission, button, _numbers = pressed
    if isinstance(button, SubmissionCode) and button.code not in {k.value for k in EventKind}:
        gone(update, tx)  # forged: a kind no event has
        return
    if isinstance(button, SubmissionItemCode) and button.code not in {
        k.value for k in SentenceKind
    }:
        gone(update, tx)  # forged: a kind no sentence part has
        return
    answer(update, tx)
    data: dict[str, Any] = {"sid": submission.id}
    events = {e.id: e for e in submission.case.events}
    # The report's own questions (bot/handlers/report/questions.py), as text: this dialog has no
    # buttons.
    if isinstance(button, SubmissionCode):  # ADD_EVENT: a new event of this kind
        event_kind = EventKind(button.code)
        data.update(action="event_add", kind=event_kind.value)
        prompt = event_date(event_kind).prompt().text
    elif isinstance(button, (SubmissionItem, SubmissionItemIndex, SubmissionItemCode)):
        event = events.get(button.item_id)
        if event is None:
            return
        if isinstance(button, SubmissionItem):  # EVENT_DATE: the event's date
            data.update(action="event_date", eid=event.id)
            prompt = event_date(event.kind).prompt().text
        else:
            if isinstance(button, SubmissionItemIndex):  # PART_VALUE: a part's new value
                if button.position >= len(event.sentence):
                    return
                kind, position = event.sentence[button.position].kind, button.position
            else:  # ADD_PART: a new part of this kind
                kind, position = SentenceKind(button.code), None
            data.update(action="part", eid=event.id, pos=position, kind=kind.value)
            prompt = SentencePartQuestion(kind).prompt(buttons=False).text
    else:
        return
    await begin_text(update, tx, data, prompt)


async def apply_event_text(
    update: Update, tx: Tx, submission: Submission, data: dict[str, Any], text: str
) -> None:
    """The awaited text of an event edit: read by the report's own question, applied by one
    service."""
    action = data["action"]
    if action == "event_date":
        event = next((e for e in submission.case.events if e.id == int(data["eid"])), None)
        if event is None:
            raise InvalidAnswer(_("That button is not available here."))
        date = event_date(event.kind).read_typed(text)
        await services.edit_event(tx.session, tx.user, submission, event.id, date=date)
    elif action == "event_add":
        kind = EventKind(data["kind"])
        date = event_date(kind).read_typed(text)
        event = Event(
            kind=kind,
            event_date=date,
            scheduled=kind is EventKind.HEARING and date > local_day(),
        )
        await services.add_case_event(tx.session, tx.user, submission, event)
    else:
        part = SentencePartQuestion(SentenceKind(data["kind"])).read_typed(text)
        position = data.get("pos")
        await services.set_sentence_part(
            tx.session,
            tx.user,
            submission,
            int(data["eid"]),
            None if position is None else int(position),
            part.kind,
            term_months=part.term_months,
            hours=part.hours,
            amount=part.amount,
            currency=part.currency,
            amount_usd=part.amount_usd,
        )
    await release_lock(tx.session, submission.id, tx.user.id)
    await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
    await _show_edited(update, tx, submission.id)


@transactional
async def edit_field(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """A field to edit was chosen: take the lock and ask the field's question, showing the
    value now as the report's review shows it."""
    query = update.callback_query
    assert query is not None
    pressed = await pressed_as(update, tx, SubmissionCode)
    if pressed is None:  # refused (its pattern accepts only what SubmissionCode parses)
        return
    submission_id, code = pressed.submission_id, pressed.code
    if code not in EDIT_FIELDS:
        await refuse(update, tx, "unknown field")
        return
    submission = await open_submission(update, tx, submission_id)
    if submission is None:
        return
    holder = await acquire_lock(tx.session, submission_id, tx.user.id)
    if holder != tx.user.id:
        await locked_by_other(update, tx, submission_id)
        return
    tx.call_after_commit(query.answer)
    if isinstance(query.message, Message):
        locked_card = await render_card(tx, submission)
        locked_markup = submission_keyboard(submission)

        async def show_lock() -> None:
            try:
                await query.edit_message_text(locked_card, reply_markup=locked_markup)
            except TelegramError:
                logger.debug("could not show the edit lock on the card", exc_info=True)

        tx.after_commit(show_lock)
    data: dict[str, Any] = {"action": "edit", "sid": submission_id, "field": code}
    if code in PLACE_FIELDS:
        place = draft_of(submission)
        await _ask_place(update, tx, data, place, Step.REGION, _now(STEPS[Step.REGION], place))
        return
    label = _(EDIT_FIELDS[code][0])
    step_id = FIELD_STEPS.get(code)
    question = ""
    if step_id is not None:
        # The reporter's question for this field, and its answer as the report shows it.
        question = STEPS[step_id].prompt(ReportDraft()).text + "\n\n"
        current = _shown_current(submission, code, step_id)
    elif code == "summary":
        question = CASE_SUMMARY.prompt().text + "\n\n"
        current = submission.case.summary
    else:
        current = services.field_value(submission.case, SERVICE_FIELD.get(code, code))
    await begin_text(
        update,
        tx,
        data,
        question
        + _("New value for «{field}». Now: {value}").format(
            field=label, value=esc(show(current), 1500) or "—"
        ),
    )


#: Edit buttons whose service field has another name.
SERVICE_FIELD = {"article": "charges"}


#: Edit buttons asked by the report's own question: its wording, its parser, its limits. The
#: charge is asked as the report's typed article (number, part, title), one per line or ";".
#: The summary, which the report does not ask, has a question of its own (questions.CASE_SUMMARY).
FIELD_STEPS = {
    "name": Step.NAME,
    "aliases": Step.ALIASES,
    "occupation": Step.OCCUPATION,
    "article": Step.ARTICLE_OTHER,
    "court": Step.COURT,
    "judge": Step.JUDGE,
    "prosecutor": Step.PROSECUTOR,
    "acts": Step.ACTS,
    "sources": Step.SOURCES,
}

#: Town and region are one question, the report's place (steps.AskRegion, then AskCity where the
#: report asks it): a typed town sets its region from the gazetteer, namesakes in several regions
#: and near spellings are offered as buttons (never guessed), a region is picked with the
#: report's region buttons.
PLACE_FIELDS = ("city", "region")
#: The place questions in the order the report asks them.
PLACE_STEPS = (Step.REGION, Step.CITY)


def draft_of(submission: Submission) -> ReportDraft:
    """The case's fields as a report draft, so a question's `current()` shows them as the report
    does."""
    case, person = submission.case, submission.case.person
    return ReportDraft(
        person_name=person.name_as_entered,
        aliases=[a.spelling for a in person.aliases],
        region=person.region,
        city=person.city,
        occupation=person.occupation,
        court=case.court,
        judge=case.judge,
        prosecutor=case.prosecutor,
        acts=[ActItem(description=a.description, act_date=a.act_date) for a in case.acts],
        sources=[s.url for s in case.sources],
    )


def _now(question: StepBase, d: ReportDraft) -> str:
    return _("Now: {value}").format(value=esc(question.current(d) or "—", 1500))


def _place_of(data: dict[str, Any]) -> ReportDraft:
    """The place answered so far in this dialog (region, town, readings offered)."""
    place = data.get("place") or {}
    return ReportDraft(
        region=place.get("region"), city=place.get("city"), choices=place.get("choices") or []
    )


async def _ask_place(
    update: Update,
    tx: Tx,
    data: dict[str, Any],
    place: ReportDraft,
    step_id: Step,
    notice: str = "",
) -> None:
    """Ask the report's place question `step_id`, with the report's buttons (and Skip, as the
    report offers for these optional questions) packed as this dialog's."""
    question = STEPS[step_id]
    prompt = question.prompt(place)
    rows = list(prompt.buttons)
    if not place.choices:
        rows.append([(_("Skip ➡️"), SKIP)])
    sid = int(data["sid"])
    markup = keyboard(
        [[(label, FieldAnswer(sid, step_id, value)) for label, value in row] for row in rows]
    )
    data.update(
        ask=step_id.value,
        place={"region": place.region, "city": place.city, "choices": place.choices},
    )
    await begin_text(update, tx, data, "\n\n".join(x for x in (prompt.text, notice) if x), markup)


async def _place_answered(
    update: Update,
    tx: Tx,
    submission: Submission,
    data: dict[str, Any],
    place: ReportDraft,
    step_id: Step,
    outcome: Step | None,
) -> None:
    """After an answer to a place question: its readings offered, the report's next place
    question asked where it applies (a region chosen: which town in it), or the place stored
    through the one edit service (region and town, each audited with before and after)."""
    if outcome is STAY:
        await _ask_place(update, tx, data, place, step_id)
        return
    later = PLACE_STEPS[PLACE_STEPS.index(step_id) + 1 :]
    following = next((s for s in later if STEPS[s].applies(place)), None)
    if following is not None:
        await _ask_place(update, tx, data, place, following)
        return
    person = submission.case.person
    for code in ("region", "city"):
        value = getattr(place, code)
        if value != getattr(person, code):
            await services.edit_field(tx.session, tx.user, submission, code, value)
    await release_lock(tx.session, submission.id, tx.user.id)
    await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
    await _show_edited(update, tx, submission.id)


@transactional
async def place_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """A button of the place question (a region, a namesake, the regional centre, Skip), taken
    only when the dialog's draft waits for that question of that submission."""
    query = update.callback_query
    assert query is not None
    button = await pressed_as(update, tx, FieldAnswer)
    if button is None:  # refused (its pattern is FieldAnswer.matches)
        return
    row = await load_draft(tx.session, tx.user.id, DRAFT_KIND)
    data = dict(row.data) if row else {}
    if (
        data.get("action") != "edit"
        or data.get("sid") != button.submission_id
        or data.get("ask") != button.step
        or button.step not in PLACE_STEPS
    ):
        gone(update, tx)
        return
    submission = await editable(update, tx, button.submission_id)
    if submission is None:
        return
    step_id, place = Step(button.step), _place_of(data)
    question, offered = STEPS[step_id], place.choices
    place.choices = []
    try:
        if button.value == SKIP:
            question.skip(place)
            outcome = None
        elif button.value.startswith(PICK):
            outcome = question.picked(place, offered_reading(offered, button.value))
        else:
            outcome = question.choice(place, button.value)
    except (InvalidAnswer, ValueError) as problem:
        message = str(problem) if isinstance(problem, InvalidAnswer) else ""
        tx.call_after_commit(
            query.answer, message or _("That button is not available here."), show_alert=True
        )
        return
    tx.call_after_commit(query.answer)
    await _place_answered(update, tx, submission, data, place, step_id, outcome)


def _shown_current(submission: Submission, code: str, step_id: Step) -> str | None:
    if code == "article":  # a case may have several charges; the report's draft holds one
        return (
            "; ".join(charge_label(c.article, c.part, c.title) for c in submission.case.charges)
            or None
        )
    return STEPS[step_id].current(draft_of(submission))


def _parsed_value(code: str, text: str) -> tuple[str, Any]:
    """The service field and typed value of a moderator's text, read by the report's question
    for that field (InvalidAnswer: refused as the report refuses it)."""
    if code == "summary":
        return "summary", CASE_SUMMARY.read(text)
    step_id = FIELD_STEPS.get(code)
    if step_id is None:
        return code, text
    question = STEPS[step_id]
    if code == "article":
        charges = []
        for line in re.split(r"[\n;]+", text):
            if line.strip():
                one = ReportDraft()
                question.text(one, line.strip())
                charges.append((one.article, one.part, one.article_title))
        return "charges", charges
    draft = ReportDraft()
    question.text(draft, text)
    if code == "name":
        name = draft.person_name or ""
        return "name", (name, split_name(name))
    if code == "aliases":
        return "aliases", draft.aliases
    if code == "acts":
        return "acts", [(a.description, a.act_date) for a in draft.acts]
    if code == "sources":
        return "sources", draft.sources
    return code, getattr(draft, code)


async def apply_edit(
    update: Update, tx: Tx, submission: Submission, data: dict[str, Any], text: str
) -> None:
    """Apply a new value under the lock, through the one edit service (audited, re-indexed)."""
    message = update.effective_message
    assert message is not None
    holder = await lock_holder(tx.session, submission.id)
    if holder is not None and holder != tx.user.id:
        await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
        tx.call_after_commit(
            message.reply_text,
            _("Being edited by {who}. Try again in a few minutes.").format(
                who=moderator_label(holder)
            ),
        )
        return
    code = str(data["field"])
    if code in PLACE_FIELDS:
        step_id = Step(data.get("ask") or Step.REGION)
        if step_id not in PLACE_STEPS:
            raise InvalidAnswer(_("Please choose one of the buttons."))
        place = _place_of(data)
        place.choices = []  # a new answer replaces any readings offered for the last one
        outcome = STEPS[step_id].text(place, bounded(text, EDIT_FIELDS[code][1]))
        await _place_answered(update, tx, submission, data, place, step_id, outcome)
        return
    bounded(text, EDIT_FIELDS[code][1])
    service_field, value = _parsed_value(code, text)
    try:
        await services.edit_field(tx.session, tx.user, submission, service_field, value)
    except ChangeRefused as refused:
        raise InvalidAnswer(_("Please send a shorter or non-empty value.")) from refused
    await release_lock(tx.session, submission.id, tx.user.id)
    await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
    await _show_edited(update, tx, submission.id)


async def _show_edited(update: Update, tx: Tx, submission_id: int) -> None:
    chat = update.effective_chat
    assert chat is not None
    fresh = await get_submission(tx.session, submission_id)
    assert fresh is not None
    text = await render_card(
        tx, fresh, "✏️ " + _("Edited by {who}").format(who=moderator_label(tx.user.id))
    )
    await send_card_copy(tx, chat.id, fresh, text)
