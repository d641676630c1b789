"""The report's Telegram callbacks (one short callback per kind of update) and the
ConversationHandler that routes them; registered in one place, `build_report_conversation`.

Callback data is `rep:<step>:<value>`; each state only accepts buttons of its own step, so a
button pressed on an old message gets a clear answer instead of acting on the wrong step.
"""

from __future__ import annotations

import logging
import warnings

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot import safety
from bot.callbacks import PrivacyAck, ReportAnswer, StartReport
from bot.context import Tx, transactional
from bot.draft import (
    MAX_ATTACHMENTS,
    AttachmentItem,
    InvalidAnswer,
)
from bot.i18n import _
from bot.inputs import clean, fit_column
from bot.keyboards import keyboard
from bot.render import (
    esc,
)
from bot.report import paste
from bot.report.flow import (
    ask,
    begin,
    button_label,
    confirm_cancel,
    go_back,
    load_report,
    lost,
    mark_chosen,
    move,
    offered_reading,
    packed,
    remember,
    review_action,
    save_report,
    skip_question,
)
from bot.report.steps import (
    BACK,
    PICK,
    PREFIX,
    SKIP,
    STEPS,
    Step,
)
from db.drafts import delete_draft
from db.models import (
    Attachment,
    AttachmentKind,
)

logger = logging.getLogger(__name__)


@transactional
async def start_report(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int:
    """Entry (/report or the menu button): offers to resume a draft or starts a new one."""
    if update.callback_query:
        await update.callback_query.answer()
    chat = update.effective_chat
    if chat is None or chat.type != ChatType.PRIVATE:
        # A report in a group would be read by everyone in it.
        if chat is not None:
            await chat.send_message(
                _("Reports are only taken in a private chat with me, so nobody else sees them.")
            )
        return ConversationHandler.END
    earlier = await safety.privacy_gate(update, context, tx)
    if earlier is None:
        return ConversationHandler.END  # the notice is shown; its button starts the report
    if not await safety.may_start_report(tx):
        await chat.send_message(safety.submission_limit_text(tx))
        return ConversationHandler.END
    d = await load_report(tx)
    if d is not None and d.step is not None:
        name = esc(d.person_name or "…", 100)
        offer = await chat.send_message(
            _("You have an unfinished report ({name}). Continue it or start over?").format(
                name=name
            ),
            reply_markup=keyboard(
                packed([[(_("Continue"), "continue"), (_("Start over"), "restart")]], Step.RESUME)
            ),
        )
        message_id = update.message.message_id if update.message else None
        remember(d, *earlier, message_id, offer.message_id)
        return Step.RESUME
    return await begin(update, tx, earlier)


@transactional
async def resume_choice(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int:
    """Continue the saved draft where it stopped, or discard it and start again."""
    query = update.callback_query
    assert query is not None
    tx.after_commit(query.answer)  # first after the commit: before the next question
    d = await load_report(tx)
    button = ReportAnswer.parse(query.data)
    if button is None or button.value == "restart" or d is None or d.step is None:
        mark_chosen(tx, update, _("Start over"))
        return await begin(update, tx)
    mark_chosen(tx, update, _("Continue"))
    return await ask(tx, update, d, Step(d.step))


@transactional
async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int:
    """A typed answer to the current question."""
    message = update.effective_message
    assert message is not None and message.text is not None
    d = await load_report(tx)
    if d is None or d.step is None:
        return await lost(update)
    current = Step(d.step)
    limit = tx.res.settings.max_text_length
    text = clean(message.text, multiline=True)
    if len(text) > limit:
        notice = _(
            "That message is too long ({length} characters). Please keep it under {limit}."
        ).format(length=len(text), limit=limit)
        return await ask(tx, update, d, current, notice)
    if not text:
        return await ask(tx, update, d, current)
    d.choices = []  # a new answer replaces any readings offered for the last one
    try:
        explicit = STEPS[current].text(d, text)
    except InvalidAnswer as problem:
        return await ask(tx, update, d, current, esc(str(problem)))
    except (ValueError, OverflowError) as problem:
        # A parser met a number it cannot hold (309 digits overflow a float): re-ask. Only the
        # exception's type is logged: its message may quote the user's words.
        logger.warning("step %s: unreadable answer (%s)", current.name, type(problem).__name__)
        return await ask(tx, update, d, current, _("I could not read that. Please try again."))
    return await move(update, tx, d, current, explicit)


@transactional
async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int:
    """A button of the current question: a choice, Skip, Back, or a review action."""
    query = update.callback_query
    assert query is not None
    tx.after_commit(query.answer)  # first after the commit: before the next question
    d = await load_report(tx)
    if d is None or d.step is None:
        return await lost(update)
    current = Step(d.step)
    button = ReportAnswer.parse(query.data)
    if button is None:
        return await ask(tx, update, d, current, _("That button is not available here."))
    value = button.value
    if button.step != current:
        return await ask(tx, update, d, current, _("That button belongs to an earlier question."))
    if value == BACK:
        return await go_back(update, tx, d, current)
    if value == SKIP:
        return await skip_question(update, tx, d, current)
    if current is Step.REVIEW:
        return await review_action(update, context, tx, d, value)
    offered, d.choices = d.choices, []
    try:
        if value.startswith(PICK):
            explicit = STEPS[current].picked(d, offered_reading(offered, value))
        else:
            explicit = STEPS[current].choice(d, value)
    except (InvalidAnswer, ValueError) as problem:
        message = (
            str(problem)
            if isinstance(problem, InvalidAnswer)
            else _("That button is not available here.")
        )
        return await ask(tx, update, d, current, esc(message))
    mark_chosen(tx, update, button_label(query, value))
    return await move(update, tx, d, current, explicit)


@transactional
async def back_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int:
    """/back: return to the previous question."""
    d = await load_report(tx)
    if d is None or d.step is None:
        return await lost(update)
    return await go_back(update, tx, d, Step(d.step))


@transactional
async def skip_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int:
    """/skip: leave an optional question unanswered."""
    d = await load_report(tx)
    if d is None or d.step is None:
        return await lost(update)
    return await skip_question(update, tx, d, Step(d.step))


@transactional
async def cancel_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int:
    """/cancel: ask for confirmation before discarding the draft."""
    return await confirm_cancel(update, await load_report(tx))


@transactional
async def cancel_choice(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int:
    """Discard the draft after confirmation, or go back to the question it stopped at."""
    query = update.callback_query
    assert query is not None
    tx.after_commit(query.answer)  # first after the commit: before the next question
    d = await load_report(tx)
    button = ReportAnswer.parse(query.data)
    if (button is not None and button.value == "yes") or d is None or d.step is None:
        await delete_draft(tx.session, tx.user.id)
        mark_chosen(tx, update, _("Discarded"))
        chat = update.effective_chat
        assert chat is not None
        await chat.send_message(_("The report was discarded. Send /report to start again."))
        return ConversationHandler.END
    mark_chosen(tx, update, _("Continue"))
    return await ask(tx, update, d, Step(d.step))


@transactional
async def on_attachment(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int:
    """A photo or document sent at the attachments step."""
    message = update.effective_message
    assert message is not None
    d = await load_report(tx)
    if d is None or d.step is None:
        return await lost(update)
    if len(d.attachments) >= MAX_ATTACHMENTS:
        return await ask(
            tx,
            update,
            d,
            Step.ATTACHMENTS,
            _("You can attach at most {n} files.").format(n=MAX_ATTACHMENTS),
        )
    if message.photo:
        largest = message.photo[-1]
        d.attachments.append(
            AttachmentItem(
                kind=AttachmentKind.PHOTO,
                file_id=largest.file_id,
                file_unique_id=largest.file_unique_id,
            )
        )
    elif message.document:
        doc = message.document
        d.attachments.append(
            AttachmentItem(
                kind=AttachmentKind.DOCUMENT,
                file_id=doc.file_id,
                file_unique_id=doc.file_unique_id,
                # Set by the sender's client, not typed: cut to the column, never refused.
                file_name=fit_column(doc.file_name, Attachment.file_name),
                mime_type=fit_column(doc.mime_type, Attachment.mime_type),
            )
        )
    await save_report(tx, d)
    return await ask(tx, update, d, Step.ATTACHMENTS, _("Attached."))


@transactional
async def unexpected_input(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int:
    """Stickers, voice notes, files at the wrong step, unknown commands: explain and re-ask."""
    message = update.effective_message
    d = await load_report(tx)
    if d is None or d.step is None:
        return await lost(update)
    current = Step(d.step)
    if message is not None and message.text and message.text.startswith("/"):
        notice = _("Unknown command. While reporting you can use /back, /skip and /cancel.")
    elif message is not None and (message.photo or message.document):
        notice = _("Photos and documents can be attached near the end of the report.")
    else:
        notice = _("I can only read text and buttons here.")
    return await ask(tx, update, d, current, notice)


@transactional
async def stale_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int:
    """A report button from an earlier question or an old message."""
    query = update.callback_query
    assert query is not None
    await query.answer(_("This button is no longer active."))
    d = await load_report(tx)
    if d is None or d.step is None:
        return await lost(update)
    current = Step(d.step)
    return await ask(tx, update, d, current, _("That button belongs to an earlier question."))


@transactional
async def report_button_outside(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """A report button pressed when no report is open (e.g. after discarding)."""
    query = update.callback_query
    assert query is not None
    await query.answer(_("This report is no longer open."))
    await lost(update)


def build_report_conversation() -> ConversationHandler[ContextTypes.DEFAULT_TYPE]:
    text = filters.TEXT & ~filters.COMMAND
    states: dict[object, list[object]] = {
        Step.RESUME: [
            CallbackQueryHandler(resume_choice, pattern=ReportAnswer.at_step(Step.RESUME))
        ],
        Step.CONFIRM_CANCEL: [
            CallbackQueryHandler(cancel_choice, pattern=ReportAnswer.at_step(Step.CONFIRM_CANCEL))
        ],
    }
    for number in STEPS:
        handlers: list[object] = [
            CallbackQueryHandler(on_button, pattern=ReportAnswer.at_step(number)),
            MessageHandler(text, on_text),
        ]
        if number is Step.ATTACHMENTS:
            handlers.append(MessageHandler(filters.PHOTO | filters.Document.ALL, on_attachment))
        states[number] = handlers
    # After /paste the next text is a report to read, however long (not an answer to check).
    states[Step.PASTE] = [MessageHandler(text, paste.pasted_text)]
    with warnings.catch_warnings():
        # per_message=False is deliberate: one report per user and chat, whatever message a
        # button is on; stale buttons are caught by the step number in their data.
        warnings.filterwarnings("ignore", category=PTBUserWarning, message=".*per_message.*")
        return _conversation(states)


def _conversation(
    states: dict[object, list[object]],
) -> ConversationHandler[ContextTypes.DEFAULT_TYPE]:
    return ConversationHandler(
        entry_points=[
            CommandHandler("report", start_report),
            # A pasted or forwarded report opens the review pre-filled (bot/paste.py); other
            # plain text falls through to the lookup by name.
            CommandHandler("paste", paste.paste_command),
            MessageHandler(
                filters.ChatType.PRIVATE
                & filters.TEXT
                & ~filters.COMMAND
                & ~filters.UpdateType.EDITED
                & paste.REPORT_TEXT,
                paste.pasted_text,
            ),
            CallbackQueryHandler(start_report, pattern=StartReport.matches),
            # The privacy notice's "I understand" button starts the report it was shown for.
            CallbackQueryHandler(start_report, pattern=PrivacyAck.matches),
        ],
        states=states,  # type: ignore[arg-type]
        fallbacks=[
            CommandHandler("back", back_command),
            CommandHandler("skip", skip_command),
            CommandHandler("cancel", cancel_command),
            CommandHandler("report", start_report),
            CallbackQueryHandler(start_report, pattern=StartReport.matches),
            CallbackQueryHandler(stale_button, pattern=rf"^{PREFIX}"),
            MessageHandler(filters.ALL & ~filters.UpdateType.EDITED, unexpected_input),
        ],
        name="report",
        persistent=True,
        per_chat=True,
        per_user=True,
    )
