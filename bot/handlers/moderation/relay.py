"""The moderation dialog (typed reasons, questions, field values, case numbers, a submitter's
answer) and the relay between moderators and submitters: neither side ever sees the other's name
or account.

Where a person is in the dialog is their draft row of kind "moderation" and nothing else
(`data["ask"]`, see access.py): the buttons that ask record it there, and the router of dialogs
(bot/handlers/dialogs.py, group -2, before every conversation) gives a text or /cancel to this
dialog only when that row waits for one (`DIALOG`). No ConversationHandler keeps a copy, so a
restart, or PTB's state lost, changes nothing.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from telegram import Update
from telegram.ext import CallbackQueryHandler, ContextTypes

from bot.handlers.dialogs import Dialog
from bot.handlers.moderation.access import (
    DRAFT_KIND,
    MAX_QUESTION,
    already_decided,
    begin_text,
    ids,
    is_moderator,
    pressed_submission,
    submitter_chat,
)
from bot.handlers.moderation.cards import prepare_announcement
from bot.handlers.moderation.decisions import confirm_merge_keyboard, confirm_reject_keyboard
from bot.handlers.moderation.edits import (
    apply_edit,
    apply_event_text,
    edit_field,
    event_text_prompt,
    place_button,
)
from bot.handlers.report.draft import InvalidAnswer
from bot.handlers.report.questions import QUESTION_TO_SUBMITTER, REJECT_REASON
from bot.handlers.safety import relay_limit_text, take_relay_allowance
from bot.infra.context import Tx, transactional
from bot.infra.i18n import _, use_locale
from bot.outbox import notices
from bot.services import changes as services
from bot.services.changes import mergeable
from bot.services.errors import ChangeRefused
from bot.ui.callbacks import (
    TYPED_REASON,
    AnswerQuestion,
    FieldAnswer,
    ModAction,
    moderation_button,
)
from bot.ui.inputs import clean
from bot.ui.keyboards import keyboard
from bot.ui.render import esc, render_case_card
from db.cases import get_case
from db.drafts import delete_draft, load_draft, save_draft
from db.models import Submission, SubmissionStatus, ThreadMessage
from db.moderation import (
    OPEN_STATUSES,
    add_thread_message,
    audit,
    decided_by,
    get_submission,
    question_for_submitter,
    release_lock,
    set_open_status,
)

logger = logging.getLogger(__name__)


async def ask_text_about_pressed(
    update: Update,
    tx: Tx,
    action: str,
    prompt: str,
    refusal: Callable[[Submission], str | None] | None = None,
) -> None:
    """The start every typed answer about a card shares: the press re-checked (role, the
    submission still open), `refusal` (a reason shown instead, or None), the press answered,
    and the moderator asked for the text of `action`."""
    query = update.callback_query
    assert query is not None
    submission = await pressed_submission(update, tx)
    if submission is None:
        return
    refused = refusal(submission) if refusal else None
    if refused:
        tx.call_after_commit(query.answer, refused, show_alert=True)
        return
    tx.call_after_commit(query.answer)
    await begin_text(update, tx, {"action": action, "sid": submission.id}, prompt)


@transactional
async def type_reason(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Reject with a typed reason: ask for it."""
    await ask_text_about_pressed(update, tx, "reason", REJECT_REASON.prompt().text)


@transactional
async def ask_submitter(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Ask the submitter a question: ask the moderator for its text."""

    def unreachable(submission: Submission) -> str | None:
        if submitter_chat(tx, submission.submitter) is None:
            return _("The submitter of this report cannot be reached.")
        return None

    await ask_text_about_pressed(
        update,
        tx,
        "ask",
        QUESTION_TO_SUBMITTER.prompt().text,
        unreachable,
    )


@transactional
async def duplicate_type(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Duplicate of a case not in the list: ask for its number."""
    await ask_text_about_pressed(update, tx, "dup", _("Send the number of the case."))


@transactional
async def answer_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """The submitter pressed Reply under a relayed question: ask for the answer."""
    query = update.callback_query
    assert query is not None
    [question_id] = ids(update)
    question = await question_for_submitter(tx.session, tx.user.id, question_id=question_id)
    if question is None:
        logger.warning("refused an answer button by user #%s", tx.user.id)
        tx.call_after_commit(query.answer, _("This button is no longer active."), show_alert=True)
        return
    tx.call_after_commit(query.answer)
    await begin_text(
        update,
        tx,
        {"action": "answer", "qid": question_id},
        _("Type your answer. The moderators will not see your name or account."),
    )


#: What a moderator's dialog may wait for (a submitter's "answer" is checked on its own).
MODERATOR_ACTIONS = frozenset({"reason", "ask", "edit", "dup", "event_date", "event_add", "part"})


@transactional
async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """The awaited text arrived: act on it according to the stored draft."""
    message = update.effective_message
    assert message is not None and message.text is not None
    draft = await load_draft(tx.session, tx.user.id, DRAFT_KIND)
    data = dict(draft.data) if draft else {}
    action = data.get("action")
    if not data.get("ask"):  # answered meanwhile (another update of this person won the race)
        return
    text = clean(message.text, multiline=True)  # no NUL or control characters reach the DB
    if action == "answer":
        question = await question_for_submitter(
            tx.session, tx.user.id, question_id=int(data["qid"])
        )
        await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
        if question is not None:
            await record_answer(update, context, tx, question, text)
        return
    # Everything else is a moderator's: the role is checked again, now.
    if not is_moderator(tx.user) or action not in MODERATOR_ACTIONS:
        await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
        logger.warning("refused moderation text by user #%s", tx.user.id)
        tx.call_after_commit(message.reply_text, _("This command is for moderators."))
        return
    submission_id = int(data["sid"])
    submission = await get_submission(tx.session, submission_id)
    if submission is None or submission.status not in OPEN_STATUSES:
        await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
        tx.call_after_commit(
            message.reply_text, already_decided(await decided_by(tx.session, submission_id))
        )
        return
    try:
        if action == "reason":
            await _typed_reason(update, tx, submission, text)
        elif action == "ask":
            await _send_question(update, context, tx, submission, text)
        elif action == "edit":
            await apply_edit(update, tx, submission, data, text)
        elif action in ("event_date", "event_add", "part"):
            await apply_event_text(update, tx, submission, data, text)
        else:
            await _typed_duplicate(update, tx, submission, text)
    except InvalidAnswer as problem:
        # Refused as the report refuses it; the draft still waits for this question.
        tx.call_after_commit(message.reply_text, str(problem))
    except ChangeRefused:
        await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
        tx.call_after_commit(message.reply_text, _("This button is no longer active."))


async def _typed_reason(update: Update, tx: Tx, submission: Submission, text: str) -> None:
    message = update.effective_message
    assert message is not None
    text = REJECT_REASON.read(text)
    await save_draft(
        tx.session,
        tx.user.id,
        {"action": "reason", "sid": submission.id, "reason": text},
        DRAFT_KIND,
    )
    tx.call_after_commit(
        message.reply_text,
        _("Reject {reference} with this reason?\n\n{reason}").format(
            reference=submission.reference, reason=esc(text, REJECT_REASON.limit)
        ),
        reply_markup=confirm_reject_keyboard(submission.id, TYPED_REASON, _("as typed")),
    )


async def _send_question(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx, submission: Submission, text: str
) -> None:
    message = update.effective_message
    assert message is not None
    text = QUESTION_TO_SUBMITTER.read(text)
    chat_id = submitter_chat(tx, submission.submitter)
    await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
    if chat_id is None or submission.submitter is None:
        tx.call_after_commit(
            message.reply_text, _("The submitter of this report cannot be reached.")
        )
        return
    question = await services.request_changes(tx.session, tx.user, submission, text)
    with use_locale(submission.submitter.language):
        relay = _(
            "A moderator has a question about your report {reference}:\n\n"
            "<blockquote>{question}</blockquote>\n\n"
            "Press Reply, or reply to this message. Your name and account stay hidden."
        ).format(reference=submission.reference, question=esc(text, QUESTION_TO_SUBMITTER.limit))
        markup = keyboard([[(_("↩️ Reply"), AnswerQuestion(question.id))]])
    # Owed (bot/outbox/notices.py): written with the question, sent after commit or by the worker,
    # which then records the message's id so that a plain reply to it is recognised (the
    # Reply button works in any case).
    await notices.owe(
        tx,
        context,
        submission.submitter,
        submission.case_id,
        relay,
        reply_markup=markup,
        receipt=notices.relayed_question(question.id),
    )
    tx.call_after_commit(
        message.reply_text,
        _("Your question was sent to the submitter of {reference}.").format(
            reference=submission.reference
        ),
    )


async def record_answer(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx, question: ThreadMessage, text: str
) -> None:
    """Store the submitter's answer and bring it back to the moderators, on the card."""
    message = update.effective_message
    assert message is not None
    if not await take_relay_allowance(tx):
        # Flood control: one person or a script cannot bury the moderators in answers.
        tx.call_after_commit(message.reply_text, relay_limit_text(tx))
        return
    text = text[:MAX_QUESTION]
    submission_id = question.submission_id
    submission = await get_submission(tx.session, submission_id)
    assert submission is not None
    await add_thread_message(tx.session, submission_id, "answer", tx.user.id, text)
    await set_open_status(tx.session, submission_id, SubmissionStatus.PENDING)
    await audit(
        tx.session,
        None,
        "answer",
        case_id=submission.case_id,
        submission_id=submission_id,
        text=text,
    )
    header = None
    if submission.status in OPEN_STATUSES:
        header = "↩️ " + _("The submitter answered about {reference}").format(
            reference=submission.reference
        )
    send = await prepare_announcement(tx, submission_id, header) if header else None

    async def relay() -> None:
        if send is not None:
            await send(context.bot)

    tx.after_commit(relay)
    tx.call_after_commit(
        message.reply_text, _("Thank you. Your answer was passed to the moderators.")
    )


async def _typed_duplicate(update: Update, tx: Tx, submission: Submission, text: str) -> None:
    message = update.effective_message
    assert message is not None
    match = re.fullmatch(r"#?\s*(\d{1,9})", text)
    if not match:
        raise InvalidAnswer(_("Please send the case number, for example 12."))
    target = await get_case(tx.session, int(match.group(1)))
    if target is None or not mergeable(submission, target):
        raise InvalidAnswer(_("That case cannot take this report. Send another number."))
    await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
    tx.call_after_commit(
        message.reply_text,
        render_case_card(target, reserve=200),
        reply_markup=confirm_merge_keyboard(submission.id, target),
    )


@transactional
async def _reply_to_question(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> bool:
    message = update.effective_message
    if message is None or message.reply_to_message is None or not message.text:
        return False
    question = await question_for_submitter(
        tx.session, tx.user.id, relayed_message_id=message.reply_to_message.message_id
    )
    if question is None:
        return False
    await record_answer(update, context, tx, question, clean(message.text, multiline=True))
    return True


@transactional
async def _cancel(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    draft = await load_draft(tx.session, tx.user.id, DRAFT_KIND)
    if draft is not None and draft.data.get("action") == "edit":
        await release_lock(tx.session, int(draft.data["sid"]), tx.user.id)
    await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
    message = update.effective_message
    assert message is not None
    tx.call_after_commit(message.reply_text, _("Stopped. Nothing was changed."))


def register_dialog(application: Any) -> None:
    """The buttons that open a dialog (each records its question in the draft row) and the place
    question's buttons; its text and /cancel are routed by bot/handlers/dialogs.py (DIALOG)."""
    asks: list[tuple[Any, Any]] = [
        (type_reason, moderation_button(ModAction.TYPE_REASON)),
        (ask_submitter, moderation_button(ModAction.ASK)),
        (edit_field, moderation_button(ModAction.EDIT_FIELD)),
        (duplicate_type, moderation_button(ModAction.TYPE_DUPLICATE)),
        (event_text_prompt, moderation_button(ModAction.EVENT_DATE)),
        (event_text_prompt, moderation_button(ModAction.ADD_EVENT)),
        (event_text_prompt, moderation_button(ModAction.PART_VALUE)),
        (event_text_prompt, moderation_button(ModAction.ADD_PART)),
        (place_button, FieldAnswer.matches),
        (answer_button, AnswerQuestion.matches),
    ]
    for callback, pattern in asks:
        application.add_handler(CallbackQueryHandler(callback, pattern=pattern))


#: The moderation dialog for the router of dialogs (bot/handlers/dialogs.py): its text, /cancel,
#: in private chats and the moderation group, and a submitter's reply to a relayed question.
DIALOG = Dialog(
    kind=DRAFT_KIND,
    text=on_text,
    commands={"cancel": _cancel},
    in_moderation_group=True,
    unprompted=_reply_to_question,
)
