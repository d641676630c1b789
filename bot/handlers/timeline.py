"""Updates to a public case: a new verdict, appeal ruling, release or charge, with its sentence.

`/event <case>` (moderators) adds the event to the approved case at once through
`bot.services.changes.add_event`: indexed, audited, and a verdict or ruling announced once.
`/update <case or reference>` (anyone) collects the same facts and sends them through the
review queue: they are stored as a pending case of the same person with an update proposal,
and approving it merges them in.
Buttons are typed in bot/ui/callbacks.py, one kind per question (`tl:k:<event kind>`,
`tl:o:<appeal outcome>`, `tl:s:<sentence kind>|done`, `tl:a:<article>|other`), packed and parsed
there only. The draft row of kind "timeline" is the one record of where a person is in the dialog
(`data["ask"]`, an `Ask`; no ConversationHandler keeps a copy): typed answers, /skip and /cancel
reach it through the router of dialogs (bot/handlers/dialogs.py, `DIALOG`) only while that row
waits, and every answer is read by the question the row names, so a button or text meant for
another question is refused, never acted on; a restart, or PTB's states lost, changes nothing. Dates
and sentence parts are asked and read by the report's own questions
(bot/handlers/report/questions.py), the charge by the report's charge question (steps.AskArticle,
its buttons and "Other article", then AskOtherArticle), and every message is sent after the
transaction commits.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, ContextTypes, filters

from bot.handlers import dialogs
from bot.handlers.moderation import is_moderator, prepare_announcement
from bot.handlers.report.draft import InvalidAnswer, ReportDraft, SentenceItem, sentence_rows
from bot.handlers.report.questions import SentencePartQuestion, event_date
from bot.handlers.report.steps import STEPS
from bot.handlers.report.steps import Step as ReportStep
from bot.infra.context import Tx, transactional
from bot.infra.i18n import _
from bot.services import changes as services
from bot.services.clock import local_day
from bot.ui.callbacks import (
    Callback,
    TimelineArticle,
    TimelineKind,
    TimelineOutcome,
    TimelineSentence,
    parse_timeline,
)
from bot.ui.inputs import clean, parse_id
from bot.ui.keyboards import in_columns, keyboard
from bot.ui.labels import APPEAL_OUTCOMES, EVENTS, SENTENCE_KINDS, article_title
from bot.ui.render import esc, render_event, sentence_line
from db.cases import get_case
from db.drafts import delete_draft, load_draft, save_draft
from db.models import (
    AppealOutcome,
    Case,
    CaseStage,
    Charge,
    Event,
    EventKind,
    Publication,
    SentenceKind,
    Submission,
)

logger = logging.getLogger(__name__)

DRAFT_KIND = "timeline"
KINDS = (
    EventKind.VERDICT,
    EventKind.APPEAL_RULING,
    EventKind.RELEASE,
    EventKind.CHARGE,
    EventKind.HEARING,
)
STAGE_AFTER = {EventKind.VERDICT: CaseStage.SENTENCED, EventKind.APPEAL_RULING: CaseStage.APPEALED}


class Ask(StrEnum):
    """The question a /event or /update dialog waits for, kept in its draft (`data["ask"]`).
    Stable string ids: they are stored in drafts."""

    KIND = "kind"
    DATE = "date"
    OUTCOME = "outcome"
    SENTENCE = "sentence"
    VALUE = "value"
    ARTICLE = "article"
    NOTE = "note"


#: What a dialog step returns: the next question, or None when the dialog is over.
State = Ask | None


async def _public_case(tx: Tx, ref: str) -> Case | None:
    """A public case by number or by the reference of the report that created it."""
    ref = ref.strip().lstrip("#")
    case_id = parse_id(ref)  # ASCII digits within INTEGER ("²" or 20 digits: no such case)
    if case_id is None and re.fullmatch(r"(?i)CW-[0-9A-Z]{4}-[0-9A-Z]{4}", ref):
        case_id = await tx.session.scalar(
            select(Submission.case_id).where(Submission.reference == ref.upper())
        )
    case = await get_case(tx.session, case_id) if case_id else None
    return case if case is not None and case.publication is Publication.APPROVED else None


async def _save(tx: Tx, data: dict[str, Any]) -> None:
    await save_draft(tx.session, tx.user.id, data, DRAFT_KIND)


async def _load(tx: Tx) -> dict[str, Any]:
    row = await load_draft(tx.session, tx.user.id, DRAFT_KIND)
    return dict(row.data) if row else {}


def _reply(
    tx: Tx,
    update: Update,
    text: str,
    rows: Sequence[Sequence[tuple[str, Callback]]] | None = None,
) -> None:
    """Send `text` (and buttons, each packed by its kind) to this chat once the transaction is
    committed: no Bot API call is made inside it."""
    chat = update.effective_chat
    assert chat is not None
    markup = keyboard(rows or [])
    tx.after_commit(lambda: chat.send_message(text, reply_markup=markup))


async def _start(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx, mode: str) -> State:
    message = update.effective_message
    assert message is not None
    args = context.args or []
    case = await _public_case(tx, args[0]) if len(args) == 1 else None
    if case is None:
        _reply(
            tx,
            update,
            _(
                "Send the number of a published case or your report's reference, "
                "e.g. /{command} 12."
            ).format(command="event" if mode == "moderator" else "update"),
        )
        # A dialog open before this command is over, as a new one would replace it.
        await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
        return None
    await _save(tx, {"mode": mode, "case_id": case.id, "sentence": []})
    rows = in_columns([(_(EVENTS[k]), TimelineKind(k)) for k in KINDS])
    _reply(
        tx,
        update,
        _("Case #{id}, {name}. What happened?").format(
            id=case.id, name=esc(case.person.name_as_entered, 200)
        ),
        rows,
    )
    return Ask.KIND


@transactional
async def event_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/event <case>: a moderator adds an event to a published case."""
    if not is_moderator(tx.user):
        logger.warning("refused /event by user #%s", tx.user.id)
        message = update.effective_message
        assert message is not None
        _reply(tx, update, _("This command is for moderators."))
        await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
        return None
    return await _goto(tx, update, await _start(update, context, tx, "moderator"))


@transactional
async def update_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/update <case>: anyone proposes news about a published case; moderators review it."""
    return await _goto(tx, update, await _start(update, context, tx, "proposal"))


async def choose_kind(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> State:
    """Which event: then its date."""
    query = update.callback_query
    assert query is not None and query.data is not None
    button = TimelineKind.parse(query.data)
    if button is None or button.kind not in KINDS:
        tx.call_after_commit(query.answer, _("That button is not available here."))
        return Ask.KIND
    tx.after_commit(query.answer)
    data = await _load(tx)
    kind = button.kind
    data["kind"] = kind.value
    await _save(tx, data)
    # The report's own date question for this kind of event (bot/handlers/report/questions.py).
    _reply(tx, update, event_date(kind).prompt().text)
    return Ask.DATE


async def on_date(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> State:
    """The date: then the outcome (appeal), the sentence (verdict), the article (charge) or a
    note."""
    message = update.effective_message
    assert message is not None and message.text is not None
    data = await _load(tx)
    kind = EventKind(data["kind"])
    try:
        date = event_date(kind).read_typed(message.text)
    except InvalidAnswer as problem:
        _reply(tx, update, esc(str(problem)))
        return Ask.DATE
    data["date"] = date.isoformat()
    await _save(tx, data)
    if kind is EventKind.APPEAL_RULING:
        rows = in_columns([(_(label), TimelineOutcome(o)) for o, label in APPEAL_OUTCOMES.items()])
        _reply(tx, update, _("What did the appeal court decide?"), rows)
        return Ask.OUTCOME
    if kind is EventKind.VERDICT:
        return _ask_sentence(tx, update, data)
    if kind is EventKind.CHARGE:
        return await _ask_charge(tx, update, data, ReportStep.ARTICLE)
    return _ask_note(tx, update)


async def _ask_charge(
    tx: Tx, update: Update, data: dict[str, Any], step: ReportStep, notice: str = ""
) -> State:
    """The report's charge question `step`: its article buttons and "Other article" (AskArticle),
    or the typed article with its title (AskOtherArticle); which one is kept in the draft."""
    data["charge_step"] = step.value
    await _save(tx, data)
    prompt = STEPS[step].prompt(ReportDraft())
    rows = [[(label, TimelineArticle(key)) for label, key in row] for row in prompt.buttons]
    _reply(tx, update, "\n\n".join(x for x in (notice, prompt.text) if x), rows)
    return Ask.ARTICLE


async def choose_article(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> State:
    """One of the report's article buttons, or "Other article" (then it is typed)."""
    query = update.callback_query
    assert query is not None
    tx.after_commit(query.answer)
    button = TimelineArticle.parse(query.data)
    assert button is not None  # routed here by its kind
    data = await _load(tx)
    d = ReportDraft()
    following = STEPS[ReportStep.ARTICLE].choice(d, button.key)
    if following is ReportStep.ARTICLE_OTHER:
        return await _ask_charge(tx, update, data, ReportStep.ARTICLE_OTHER)
    return await _charge_read(tx, update, data, d)


async def _charge_read(tx: Tx, update: Update, data: dict[str, Any], d: ReportDraft) -> State:
    assert d.article is not None
    data["article"] = [d.article, d.part, d.article_title]
    data.pop("charge_step", None)
    await _save(tx, data)
    return _ask_note(tx, update)


def _ask_sentence(tx: Tx, update: Update, data: dict[str, Any], notice: str = "") -> State:
    parts = data.get("sentence", [])
    listed = "\n".join(f"  • {sentence_line(SentenceItem.model_validate(p))}" for p in parts)
    rows = in_columns([(_(label), TimelineSentence(k)) for k, label in SENTENCE_KINDS.items()])
    rows.append([(_("✅ Done"), TimelineSentence(None))])
    text = _("Add each part of the sentence, then press Done.")
    _reply(tx, update, "\n".join(x for x in (notice, listed, text) if x), rows)
    return Ask.SENTENCE


async def choose_outcome(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> State:
    query = update.callback_query
    assert query is not None and query.data is not None
    tx.after_commit(query.answer)
    button = TimelineOutcome.parse(query.data)
    assert button is not None  # routed here by its kind
    data = await _load(tx)
    data["outcome"] = button.outcome.value
    await _save(tx, data)
    return _ask_sentence(tx, update, data)


async def choose_sentence(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> State:
    """A sentence part to add (then its value), or Done."""
    query = update.callback_query
    assert query is not None and query.data is not None
    tx.after_commit(query.answer)
    button = TimelineSentence.parse(query.data)
    assert button is not None  # routed here by its kind
    if button.kind is None:
        return _ask_note(tx, update)
    data = await _load(tx)
    data["pending_kind"] = button.kind.value
    await _save(tx, data)
    _reply(tx, update, SentencePartQuestion(button.kind).prompt(buttons=False).text)
    return Ask.VALUE


async def on_value(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> State:
    message = update.effective_message
    assert message is not None and message.text is not None
    data = await _load(tx)
    question = SentencePartQuestion(SentenceKind(data["pending_kind"]))
    try:
        part = question.read_typed(message.text)
    except InvalidAnswer as problem:
        _reply(tx, update, esc(str(problem)))
        return Ask.VALUE
    data.setdefault("sentence", []).append(part.model_dump(mode="json"))
    await _save(tx, data)
    return _ask_sentence(tx, update, data)


async def on_article(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> State:
    """A typed charge, read by the report's charge question asked (the article with its part;
    after "Other article" also the title typed after the numbers)."""
    message = update.effective_message
    assert message is not None and message.text is not None
    data = await _load(tx)
    step = ReportStep(data.get("charge_step") or ReportStep.ARTICLE)
    d = ReportDraft()
    try:
        STEPS[step].text(d, clean(message.text))
    except InvalidAnswer as problem:
        return await _ask_charge(tx, update, data, step, esc(str(problem)))
    return await _charge_read(tx, update, data, d)


def _ask_note(tx: Tx, update: Update) -> State:
    _reply(tx, update, _("Anything to add (court, details)? Send a short note, or /skip."))
    return Ask.NOTE


async def on_note(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> State:
    message = update.effective_message
    assert message is not None and message.text is not None
    note = clean(message.text, multiline=True)
    if len(note) > 2000:
        _reply(tx, update, _("That is too long. Please keep it under 2000 characters."))
        return Ask.NOTE
    return await _finish(update, context, tx, note)


async def skip_note(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> State:
    return await _finish(update, context, tx, None)


def _build_event(data: dict[str, Any], note: str | None) -> tuple[Event, Charge | None]:
    kind = EventKind(data["kind"])
    event = Event(
        kind=kind,
        event_date=dt.date.fromisoformat(data["date"]),
        scheduled=kind is EventKind.HEARING and dt.date.fromisoformat(data["date"]) > local_day(),
        appeal_outcome=AppealOutcome(data["outcome"]) if data.get("outcome") else None,
        outcome=note,
        sentence=sentence_rows([SentenceItem.model_validate(p) for p in data.get("sentence", [])]),
    )
    charge = None
    if data.get("article"):
        # [article, part, title]; a dialog open since before the title was kept has two.
        article, part, *typed = data["article"]
        title = (typed[0] if typed else None) or article_title(article, part)
        charge = Charge(article=article, part=part, title=title)
    return event, charge


async def _finish(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx, note: str | None
) -> State:
    message = update.effective_message
    assert message is not None
    data = await _load(tx)
    await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
    case = await get_case(tx.session, int(data["case_id"]))
    if case is None or case.publication is not Publication.APPROVED:
        _reply(tx, update, _("That case is no longer published."))
        return None
    event, charge = _build_event(data, note)
    if data["mode"] == "moderator":
        if not is_moderator(tx.user):
            logger.warning("refused an event by user #%s", tx.user.id)
            _reply(tx, update, _("This command is for moderators."))
            return None
        # One service: written, indexed at once (/article finds a new charge), audited, and a
        # verdict or ruling announced once.
        await services.add_event(
            tx.session,
            tx.user,
            case,
            event,
            tx.res.alert_policy,
            charge,
            note_sentence=data.get("sentence", []),
        )
        _reply(
            tx, update, _("Added to case #{id}:").format(id=case.id) + "\n\n" + render_event(event)
        )
        return None
    # A proposal: a pending case of the same person holding only the news, for review.
    chat = update.effective_chat
    assert chat is not None
    tx.user.chat_enc = tx.res.vault.encrypt(chat.id)
    submission = await services.propose_update(tx.session, tx.user, case, event, charge)
    announce = await prepare_announcement(tx, submission.id)
    reference = submission.reference

    async def confirm() -> None:
        await chat.send_message(
            _(
                "Thank you. Your update has been sent to the moderators.\n"
                "Reference: <code>{reference}</code>\n"
                "Nothing is published until a moderator has checked it."
            ).format(reference=reference)
        )
        await announce(context.bot)

    tx.after_commit(confirm)
    return None


@transactional
async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/cancel while the draft waits (routed by bot/handlers/dialogs.py): the dialog stops."""
    await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
    _reply(tx, update, _("Stopped. Nothing was changed."))


async def _goto(tx: Tx, update: Update, asked: State) -> None:
    """Record the question the dialog now waits for in its draft (the one record of it); the
    dialog is over (its draft deleted) when `asked` is None."""
    if asked is None:
        return
    data = await _load(tx)
    if not data:  # erased meanwhile (/forget): nothing to wait for
        return
    data["ask"] = str(asked)
    await _save(tx, data)
    dialogs.asked(tx, update)


Step = Callable[[Update, ContextTypes.DEFAULT_TYPE, Tx], Awaitable[State]]

#: The step that takes a button of each kind (bot/ui/callbacks.py), and the question it answers.
BUTTON_STEPS: dict[type[Callback], tuple[Ask, Step]] = {
    TimelineKind: (Ask.KIND, choose_kind),
    TimelineOutcome: (Ask.OUTCOME, choose_outcome),
    TimelineSentence: (Ask.SENTENCE, choose_sentence),
    TimelineArticle: (Ask.ARTICLE, choose_article),
}
#: The step that takes typed text at each question.
TEXT_STEPS: dict[Ask, Step] = {
    Ask.DATE: on_date,
    Ask.VALUE: on_value,
    Ask.ARTICLE: on_article,
    Ask.NOTE: on_note,
}


async def _stopped(update: Update, tx: Tx) -> None:
    """The dialog's draft holds no question it knows (written by another version): stopped
    cleanly."""
    await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
    if update.callback_query is not None:
        tx.after_commit(update.callback_query.answer)
    if update.effective_chat is not None:
        _reply(tx, update, _("Stopped. Nothing was changed."))


@transactional
async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """A dialog button, taken by its step only when the draft waits for that question."""
    query = update.callback_query
    assert query is not None and query.data is not None
    data = await _load(tx)
    if not data.get("ask"):  # no dialog waits: over, stopped, or erased (/forget)
        tx.call_after_commit(query.answer, _("This button is no longer active."), show_alert=True)
        return
    if data["ask"] not in set(Ask):
        return await _stopped(update, tx)
    button = parse_timeline(query.data)
    assert button is not None  # registered with pattern=parse_timeline
    asked, step = BUTTON_STEPS[type(button)]
    if data["ask"] != asked:
        tx.call_after_commit(query.answer, _("This button is no longer active."), show_alert=True)
        return
    await _goto(tx, update, await step(update, context, tx))


@transactional
async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Typed text while the draft waits (routed by bot/handlers/dialogs.py), read by the step of
    the question it waits for."""
    data = await _load(tx)
    if not data.get("ask"):  # answered meanwhile
        return
    if data["ask"] not in set(Ask):
        return await _stopped(update, tx)
    step = TEXT_STEPS.get(Ask(data["ask"]))
    if step is None:
        _reply(tx, update, _("Please choose one of the buttons."))
        return
    await _goto(tx, update, await step(update, context, tx))


@transactional
async def on_skip(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/skip while the draft waits (routed by bot/handlers/dialogs.py): only the note may be
    skipped."""
    data = await _load(tx)
    if not data.get("ask"):  # answered meanwhile
        return
    if data["ask"] not in set(Ask):
        return await _stopped(update, tx)
    if data["ask"] != Ask.NOTE:
        _reply(tx, update, _("This question cannot be skipped."))
        return
    await _goto(tx, update, await skip_note(update, context, tx))


#: The /event and /update dialog for the router of dialogs (bot/handlers/dialogs.py): its typed
#: answers, /skip and /cancel, in private chats, while its draft waits.
DIALOG = dialogs.Dialog(kind=DRAFT_KIND, text=on_text, commands={"cancel": cancel, "skip": on_skip})


def register(application: Any) -> None:
    """/event and /update (they open the dialog, replacing one open before) and the dialog's
    buttons, each read against the draft row; its text and commands go through DIALOG."""
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("event", event_command, filters=private))
    application.add_handler(CommandHandler("update", update_command, filters=private))
    application.add_handler(
        CallbackQueryHandler(on_button, pattern=lambda data: parse_timeline(data) is not None)
    )
