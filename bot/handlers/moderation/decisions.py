"""Decisions on a submission, each through one service (bot.services.changes): approve (a second
tap while a question is open or a duplicate is likely), reject (reason, then a second tap), and
merge into a case (the differences shown, the moderator picks, then a second tap).
"""

from __future__ import annotations

import functools
import logging
from decimal import Decimal
from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.handlers.moderation.access import (
    DRAFT_KIND,
    Rows,
    answer,
    answer_decided,
    authorised_press,
    confirm_markup,
    ids,
    locked_by_other,
    menu_markup,
    moderator_label,
    open_submission,
    pressed_as,
    pressed_submission,
    refuse,
    show_menu,
)
from bot.handlers.moderation.cards import close_card, tell_submitter
from bot.handlers.report.draft import TENGE, SentenceItem
from bot.infra.context import Tx, transactional
from bot.infra.i18n import N_, _
from bot.services import changes as services
from bot.services.changes import mergeable
from bot.services.errors import ChangeRefused
from bot.services.merging import Difference, differences
from bot.ui.callbacks import (
    TYPED_REASON,
    Callback,
    DuplicateOf,
    ModAction,
    SubmissionAction,
    SubmissionCode,
    SubmissionItemIndex,
)
from bot.ui.edits import edit_markup, edit_text
from bot.ui.keyboards import in_columns
from bot.ui.render import esc, sentence_line
from db.cases import get_case
from db.drafts import delete_draft, load_draft, save_draft
from db.models import Case, Publication, SentenceKind, Submission, SubmissionStatus
from db.moderation import find_duplicates, update_target

logger = logging.getLogger(__name__)


REJECT_REASONS = {
    "unverified": N_("Could not be verified"),
    "not_political": N_("Not a politically motivated case"),
    "incomplete": N_("Not enough information"),
    "duplicate": N_("Already reported"),
}


#: Facts two merged reports may disagree on (bot.services.merging.differences).
MERGE_FIELD_LABELS = {
    "surname": N_("Surname"),
    "given_names": N_("Given names"),
    "patronymic": N_("Patronymic"),
    "city": N_("Town"),
    "region": N_("Region"),
    "occupation": N_("Who they are"),
    "court": N_("Court"),
    "judge": N_("Judge"),
    "prosecutor": N_("Prosecutor"),
    "summary": N_("Summary"),
    "appeal_outcome": N_("Appeal outcome"),
    "outcome": N_("Details"),
    "place_held": N_("Where held"),
    "sentence": N_("Sentence"),
}


@transactional
async def approve(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Approve: one tap, or a confirming second tap while a question to the submitter is open
    or a likely duplicate exists."""
    query = update.callback_query
    assert query is not None
    submission = await pressed_submission(update, tx)
    if submission is None:
        return
    reasons = await _approval_warnings(tx, submission)
    target_id = await update_target(tx.session, submission.id)
    target = await get_case(tx.session, target_id) if target_id is not None else None
    found = differences(submission.case, target) if target is not None else []
    if target is not None and found:
        # A proposed update that disagrees with the public case: as for a merge, the moderator
        # sees each difference and picks what the case keeps; Confirm is the second tap.
        tx.call_after_commit(query.answer)
        await save_draft(
            tx.session,
            tx.user.id,
            {"action": "update", "sid": submission.id, "case": target.id, "picks": []},
            DRAFT_KIND,
        )
        chat = update.effective_chat
        assert chat is not None
        text, markup = _differences_view(submission.id, target, found, set(), reasons)
        tx.call_after_commit(chat.send_message, text, reply_markup=markup)
        return
    if reasons:
        tx.call_after_commit(query.answer)
        tx.call_after_commit(edit_markup, update, _confirm_approve_keyboard(submission.id, reasons))
        return
    await _approve(update, context, tx, submission.id)


@transactional
async def approve_confirm(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """The confirming second tap of Approve (with the differences picked for an update)."""
    if not await authorised_press(update, tx):
        return
    [submission_id] = ids(update)
    draft = await load_draft(tx.session, tx.user.id, DRAFT_KIND)
    data = draft.data if draft else {}
    picks: frozenset[str] = frozenset()
    if data.get("action") == "update" and data.get("sid") == submission_id:
        picks = frozenset(str(p) for p in data.get("picks", []))
        await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
    await _approve(update, context, tx, submission_id, picks)


async def _approval_warnings(tx: Tx, submission: Submission) -> list[str]:
    reasons = []
    if submission.status is SubmissionStatus.CHANGES_REQUESTED:
        reasons.append(_("the question to the submitter is unanswered"))
    if await update_target(tx.session, submission.id) is None and await find_duplicates(
        tx.session, submission.case, limit=1
    ):
        reasons.append(_("it may be a duplicate"))
    return reasons


def _confirm_approve_keyboard(
    submission_id: int, reasons: list[str]
) -> InlineKeyboardMarkup | None:
    label = _("✅ Approve anyway: {why}").format(why="; ".join(reasons))
    return confirm_markup(
        label, SubmissionAction(ModAction.CONFIRM_APPROVE, submission_id), submission_id
    )


async def _approve(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    tx: Tx,
    submission_id: int,
    picks: frozenset[str] = frozenset(),
) -> None:
    query = update.callback_query
    assert query is not None
    if await locked_by_other(update, tx, submission_id):
        return
    try:
        decision = await services.approve(
            tx.session, tx.user, submission_id, tx.res.alert_policy, picks
        )
    except ChangeRefused:
        await answer_decided(update, tx, submission_id)
        return
    # Said only once the decision is committed: a rolled-back decision must not read as taken.
    tx.after_commit(functools.partial(query.answer, _("Approved.")))
    submission = decision.submission
    reference, public_case_id = submission.reference, decision.case_id
    who = moderator_label(tx.user.id)
    tx.after_commit(
        await close_card(
            update, tx, lambda: "✅ " + _("Approved by {who}").format(who=who), submission_id
        )
    )
    await tell_submitter(
        tx,
        context,
        submission.submitter,
        lambda: _(
            "Your report {reference} was checked by a moderator and is now published "
            "as case #{case}. Thank you."
        ).format(reference=reference, case=public_case_id),
        public_case_id,
    )


@transactional
async def reject_menu(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Reject: choose a reason (or type one)."""
    submission = await pressed_submission(update, tx)
    if submission is None:
        return
    sid = submission.id
    rows: Rows = in_columns(
        [
            (_(label), SubmissionCode(ModAction.REJECT_REASON, sid, code))
            for code, label in REJECT_REASONS.items()
        ]
    )
    typed = (_("✍️ Type a reason"), SubmissionAction(ModAction.TYPE_REASON, sid))
    show_menu(update, tx, rows, back=SubmissionAction(ModAction.BACK, sid), beside=(typed,))


@transactional
async def reject_reason(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """A reason was chosen: ask for a second tap to confirm."""
    pressed = await pressed_as(update, tx, SubmissionCode)
    if pressed is None:  # refused (its pattern is SubmissionCode.matches)
        return
    if pressed.code not in REJECT_REASONS:
        await refuse(update, tx, "unknown reason")
    elif await open_submission(update, tx, pressed.submission_id) is not None:
        reason = _(REJECT_REASONS[pressed.code])
        answer(update, tx)
        markup = confirm_reject_keyboard(pressed.submission_id, pressed.code, reason)
        tx.call_after_commit(edit_markup, update, markup)


def confirm_reject_keyboard(
    submission_id: int, code: str, reason: str
) -> InlineKeyboardMarkup | None:
    label = _("❌ Confirm rejection: {reason}").format(reason=reason[:40])
    return confirm_markup(
        label, SubmissionCode(ModAction.CONFIRM_REJECT, submission_id, code), submission_id
    )


@transactional
async def reject_confirm(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """The second tap: reject, once, and tell the submitter why."""
    query = update.callback_query
    assert query is not None
    pressed = await pressed_as(update, tx, SubmissionCode)
    if pressed is None:  # refused (its pattern is SubmissionCode.matches)
        return
    submission_id, code = pressed.submission_id, pressed.code
    if code == TYPED_REASON:
        draft = await load_draft(tx.session, tx.user.id, DRAFT_KIND)
        data = draft.data if draft else {}
        if data.get("sid") != submission_id or not data.get("reason"):
            await refuse(update, tx, "typed reason missing")
            return
        typed: str | None = str(data["reason"])
        await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
    elif code in REJECT_REASONS:
        typed = None
    else:
        await refuse(update, tx, "unknown reason")
        return
    if await locked_by_other(update, tx, submission_id):
        return
    stored_reason = typed or REJECT_REASONS[code]
    try:
        decision = await services.reject(tx.session, tx.user, submission_id, stored_reason)
    except ChangeRefused:
        await answer_decided(update, tx, submission_id)
        return
    # Said only once the decision is committed: a rolled-back decision must not read as taken.
    tx.after_commit(functools.partial(query.answer, _("Rejected.")))
    submission = decision.submission
    reference = submission.reference

    def notice() -> str:
        reason = typed or _(REJECT_REASONS[code])
        return _(
            "Your report {reference} was checked by a moderator and will not be published.\n"
            "Reason: {reason}"
        ).format(reference=reference, reason=esc(reason, 1000))

    who = moderator_label(tx.user.id)
    tx.after_commit(
        await close_card(
            update, tx, lambda: "❌ " + _("Rejected by {who}").format(who=who), submission_id
        )
    )
    await tell_submitter(tx, context, submission.submitter, notice, submission.case_id)


@transactional
async def duplicate_menu(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Duplicate of…: the likely cases as buttons, or type a case number."""
    submission = await pressed_submission(update, tx)
    if submission is None:
        return
    sid = submission.id
    candidates = await find_duplicates(tx.session, submission.case)
    rows: Rows = [
        [
            (
                f"#{c.id} {c.person.name_as_entered[:40]}",
                DuplicateOf(ModAction.PICK_DUPLICATE, sid, c.id),
            )
        ]
        for c in candidates
    ]
    typed = (_("✍️ Another case number"), SubmissionAction(ModAction.TYPE_DUPLICATE, sid))
    show_menu(update, tx, rows, back=SubmissionAction(ModAction.BACK, sid), beside=(typed,))


@transactional
async def duplicate_choice(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """A case was chosen: show where the two reports disagree (the moderator picks), then
    confirm the merge with a second tap."""
    query = update.callback_query
    assert query is not None
    if not await authorised_press(update, tx):
        return
    submission_id, case_id = ids(update)
    submission = await open_submission(update, tx, submission_id)
    if submission is None:
        return
    target = await get_case(tx.session, case_id)
    if target is None or not mergeable(submission, target):
        tx.call_after_commit(query.answer, _("That case cannot take this report."), show_alert=True)
        return
    tx.call_after_commit(query.answer)
    found = differences(submission.case, target)
    if not found:
        tx.call_after_commit(edit_markup, update, confirm_merge_keyboard(submission_id, target))
        return
    await save_draft(
        tx.session,
        tx.user.id,
        {"action": "merge", "sid": submission_id, "case": case_id, "picks": []},
        DRAFT_KIND,
    )
    chat = update.effective_chat
    assert chat is not None
    text, markup = _differences_view(submission_id, target, found, set(), merge=True)
    tx.call_after_commit(chat.send_message, text, reply_markup=markup)


@transactional
async def difference_pick(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Toggle which side of one difference the merged case keeps."""
    query = update.callback_query
    assert query is not None
    if not await authorised_press(update, tx):
        return
    submission_id, case_id, index = ids(update)
    submission = await open_submission(update, tx, submission_id)
    if submission is None:
        return
    target = await get_case(tx.session, case_id)
    draft = await load_draft(tx.session, tx.user.id, DRAFT_KIND)
    data = dict(draft.data) if draft else {}
    found = differences(submission.case, target) if target is not None else []
    if (
        target is None
        or data.get("action") not in ("merge", "update")
        or data.get("sid") != submission_id
        or data.get("case") != case_id
        or not 0 <= index < len(found)
    ):
        tx.call_after_commit(query.answer, _("This button is no longer active."), show_alert=True)
        return
    tx.call_after_commit(query.answer)
    picks = set(data.get("picks", []))
    picks ^= {found[index].key}
    data["picks"] = sorted(picks)
    await save_draft(tx.session, tx.user.id, data, DRAFT_KIND)
    reasons = await _approval_warnings(tx, submission) if data["action"] == "update" else []
    text, markup = _differences_view(
        submission_id, target, found, picks, reasons, merge=data["action"] == "merge"
    )
    tx.call_after_commit(edit_text, update, text, reply_markup=markup)


def _shown(value: Any) -> str:
    """A value of a difference: text, or a sentence (bot.services.merging.sentence_signature)."""
    if isinstance(value, list):
        return "; ".join(_sentence_part(part) for part in value)
    return str(getattr(value, "value", value))


def _sentence_part(part: Any) -> str:
    if isinstance(part, list | tuple) and len(part) == 4:
        kind, term, hours, amount = part
        return sentence_line(
            SentenceItem(
                kind=SentenceKind(kind),
                term_months=term,
                hours=hours,
                amount=Decimal(amount) if amount else None,
                currency=TENGE if amount else None,
            )
        )
    return str(part)


def _differences_view(
    submission_id: int,
    target: Case,
    found: list[Difference],
    picks: set[str],
    warnings: list[str] | None = None,
    *,
    merge: bool = False,
) -> tuple[str, InlineKeyboardMarkup | None]:
    """Each difference with the side kept marked and a button to switch it, then Confirm: a
    merge into `target`, or (merge False) the approval of an update proposed to it."""
    title = (
        _("The report and case #{id} disagree. Choose what the merged case keeps:")
        if merge
        else _("The proposed update and case #{id} disagree. Choose what the case keeps:")
    )
    lines = ["<b>" + title.format(id=target.id) + "</b>", ""]
    if warnings:
        lines.insert(1, "⚠️ " + "; ".join(warnings))
    rows: Rows = []
    for index, difference in enumerate(found):
        what = _(MERGE_FIELD_LABELS.get(difference.field, difference.field))
        if difference.event:
            what = f"{what} ({esc(difference.event, 40)})"
        take = difference.key in picks
        lines.append(
            f"{index + 1}. <b>{what}</b>\n"
            + ("   " if take else " ✔ ")
            + _("case: {value}").format(value=esc(_shown(difference.kept), 300))
            + "\n"
            + (" ✔ " if take else "   ")
            + _("report: {value}").format(value=esc(_shown(difference.reported), 300))
        )
        label = _("{n}. keep the report's") if not take else _("{n}. keep the case's")
        pick = SubmissionItemIndex(ModAction.PICK_DIFFERENCE, submission_id, target.id, index)
        rows.append([(label.format(n=index + 1), pick)])
    if merge:
        confirm: tuple[str, Callback] = (
            _merge_label(target),
            DuplicateOf(ModAction.CONFIRM_MERGE, submission_id, target.id),
        )
    else:
        confirm = (
            _("✅ Confirm: update case #{id}").format(id=target.id),
            SubmissionAction(ModAction.CONFIRM_APPROVE, submission_id),
        )
    rows.append([confirm])
    return "\n".join(lines)[:4000], menu_markup(
        rows, SubmissionAction(ModAction.BACK, submission_id)
    )


def _merge_label(target: Case) -> str:
    return _("🔗 Confirm: merge into #{id} {name}").format(
        id=target.id, name=target.person.name_as_entered[:30]
    )


def confirm_merge_keyboard(submission_id: int, target: Case) -> InlineKeyboardMarkup | None:
    return confirm_markup(
        _merge_label(target),
        DuplicateOf(ModAction.CONFIRM_MERGE, submission_id, target.id),
        submission_id,
    )


@transactional
async def duplicate_confirm(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Merge the submission into the chosen case, keeping every fact, once."""
    query = update.callback_query
    assert query is not None
    if not await authorised_press(update, tx):
        return
    submission_id, case_id = ids(update)
    if await locked_by_other(update, tx, submission_id):
        return
    draft = await load_draft(tx.session, tx.user.id, DRAFT_KIND)
    data = draft.data if draft else {}
    picks = (
        frozenset(str(p) for p in data.get("picks", []))
        if data.get("action") == "merge"
        and data.get("sid") == submission_id
        and data.get("case") == case_id
        else frozenset()
    )
    try:
        decision = await services.merge(
            tx.session, tx.user, submission_id, case_id, tx.res.alert_policy, picks
        )
    except ChangeRefused as refused:
        if refused.code == "decided":
            await answer_decided(update, tx, submission_id)
        else:
            await refuse(update, tx, "bad merge target")
        return
    if picks:
        await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
    # Said only once the decision is committed: a rolled-back decision must not read as taken.
    tx.after_commit(functools.partial(query.answer, _("Merged.")))
    submission = decision.submission
    target = await get_case(tx.session, case_id)
    assert target is not None
    reference = submission.reference
    public = target.publication is Publication.APPROVED

    def notice() -> str:
        if public:
            return _(
                "Your report {reference} was checked by a moderator: it is about a case we "
                "already have, so its facts were added to case #{case}. Thank you."
            ).format(reference=reference, case=case_id)
        return _(
            "Your report {reference} was checked by a moderator: it is about a case already "
            "reported, so its facts were added to that report. Thank you."
        ).format(reference=reference)

    who = moderator_label(tx.user.id)
    tx.after_commit(
        await close_card(
            update,
            tx,
            lambda: "🔗 " + _("Merged into case #{id} by {who}").format(id=case_id, who=who),
            submission_id,
        )
    )
    await tell_submitter(tx, context, submission.submitter, notice, case_id)
