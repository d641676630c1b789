"""The report's Telegram callbacks (one short callback per kind of update) and the
ConversationHandler that routes them; registered in one place, `build_report_conversation`.

The ConversationHandler has one state, OPEN ("a report is open in this chat"); the draft row is
the one record of where the person is (`ReportDraft.step`), read by every callback. Callback data
is `rep:<step>:<value>` with the step's string id: a button of another step than the draft's (an
old message, forged data) gets a clear answer instead of acting on the wrong question.

No Bot API call is made inside the transaction: questions, notices and "✓ answer" edits are
sent after the commit (`tx.after_commit`), and a press is answered first after it.
"""

from __future__ import annotations

import logging
import warnings

from telegram import CallbackQuery, Message, Update
from telegram.constants import ChatType
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.handlers import safety
from bot.handlers.report import paste
from bot.handlers.report.draft import MAX_ATTACHMENTS, AttachmentItem, InvalidAnswer, ReportDraft
from bot.handlers.report.flow import (
    OPEN,
    State,
    ask,
    begin,
    button_label,
    confirm_cancel,
    go_back,
    hold,
    load_report,
    lost,
    mark_chosen,
    move,
    private_only_text,
    release,
    remember,
    review_action,
    save_report,
    skip_question,
    stale_button,
    tell,
)
from bot.handlers.report.questions import PICK, offered_reading
from bot.handlers.report.steps import BACK, SKIP, STEPS, Step
from bot.infra.context import Tx, transactional
from bot.infra.i18n import _
from bot.ui.callbacks import PrivacyAck, ReportAnswer, StartReport, namespace
from bot.ui.inputs import clean, fit_column
from bot.ui.render import esc
from db.drafts import delete_draft
from db.models import Attachment, AttachmentKind

logger = logging.getLogger(__name__)


#: Where the attachments are taken; a file anywhere else is explained and the question re-asked.
FILES = filters.PHOTO | filters.Document.ALL


# --- entering a report ---------------------------------------------------------------------------


@transactional
async def start_report(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> State:
    """Entry (/report or the menu button): offers to resume a draft or starts a new one."""
    if update.callback_query:
        tx.alongside_after_commit(update.callback_query.answer)
    chat = update.effective_chat
    if chat is None or chat.type != ChatType.PRIVATE:
        # A report in a group would be read by everyone in it.
        if chat is not None:
            tell(tx, update, private_only_text())
        return ConversationHandler.END
    earlier = await safety.privacy_gate(update, context, tx)
    if earlier is None:
        return ConversationHandler.END  # the notice is shown; its button starts the report
    if not await safety.may_start_report(tx):
        tell(tx, update, safety.submission_limit_text(tx))
        return ConversationHandler.END
    d = await load_report(tx)
    if d is None or d.step is None:
        return await begin(update, tx, d, earlier)
    remember(d, *earlier)
    hold(d, Step.RESUME)
    await save_report(tx, d)
    return await ask(tx, update, d, Step.RESUME)


async def _pressed_draft(tx: Tx, update: Update) -> tuple[CallbackQuery, ReportDraft | None]:
    """A report button was pressed: answer the press alongside the reply (after the commit)
    and load the draft it belongs to."""
    query = update.callback_query
    assert query is not None
    tx.alongside_after_commit(query.answer)
    return query, await load_report(tx)


@transactional
async def resume_choice(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> State:
    """Continue the saved draft where it stopped, or discard it and start again."""
    query, d = await _pressed_draft(tx, update)
    if d is None or d.step is None:
        return lost(tx, update)
    if d.step != Step.RESUME:
        return await stale_button(tx, update, d)
    button = ReportAnswer.parse(query.data)
    if button is not None and button.value == "restart":
        mark_chosen(tx, update, _("Start over"))
        return await begin(update, tx, d)
    mark_chosen(tx, update, _("Continue"))
    current = release(d)
    await save_report(tx, d)
    return await ask(tx, update, d, current)


# --- answers -------------------------------------------------------------------------------------


@transactional
async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> State:
    """A typed answer to the current question (after /paste: the text of a report)."""
    message = update.effective_message
    assert message is not None and message.text is not None
    d = await load_report(tx)
    if d is None or d.step is None:
        return lost(tx, update)
    current = Step(d.step)
    if current is Step.PASTE:
        # After /paste the next text is a report to read, however long (not an answer to check).
        return await paste.read_pasted(update, context, tx, message.text)
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
        logger.warning("step %s: unreadable answer (%s)", current, type(problem).__name__)
        return await ask(tx, update, d, current, _("I could not read that. Please try again."))
    return await move(update, tx, d, current, explicit)


@transactional
async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> State:
    """A button of the current question: a choice, Skip, Back, or a review action. A button of
    another step (an old message, forged data) re-asks the current question."""
    query, d = await _pressed_draft(tx, update)
    if d is None or d.step is None:
        return lost(tx, update)
    current = Step(d.step)
    button = ReportAnswer.parse(query.data)
    if button is None:
        return await ask(tx, update, d, current, _("That button is not available here."))
    value = button.value
    if button.step != current:
        return await stale_button(tx, update, d)
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
async def on_file(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> State:
    """A photo or document: kept at the attachments step, explained anywhere else."""
    message = update.effective_message
    assert message is not None
    d = await load_report(tx)
    if d is None or d.step is None:
        return lost(tx, update)
    if d.step != Step.ATTACHMENTS:
        notice = _("Photos and documents can be attached near the end of the report.")
        return await ask(tx, update, d, Step(d.step), notice)
    if len(d.attachments) >= MAX_ATTACHMENTS:
        notice = _("You can attach at most {n} files.").format(n=MAX_ATTACHMENTS)
        return await ask(tx, update, d, Step.ATTACHMENTS, notice)
    d.attachments.append(_attachment(message))
    await save_report(tx, d)
    return await ask(tx, update, d, Step.ATTACHMENTS, _("Attached."))


def _attachment(message: Message) -> AttachmentItem:
    if message.photo:
        largest = message.photo[-1]
        return AttachmentItem(
            kind=AttachmentKind.PHOTO,
            file_id=largest.file_id,
            file_unique_id=largest.file_unique_id,
        )
    doc = message.document
    assert doc is not None
    return AttachmentItem(
        kind=AttachmentKind.DOCUMENT,
        file_id=doc.file_id,
        file_unique_id=doc.file_unique_id,
        # Set by the sender's client, not typed: cut to the column, never refused.
        file_name=fit_column(doc.file_name, Attachment.file_name),
        mime_type=fit_column(doc.mime_type, Attachment.mime_type),
    )


# --- commands and side questions -----------------------------------------------------------------


@transactional
async def back_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> State:
    """/back: return to the previous question."""
    d = await load_report(tx)
    if d is None or d.step is None:
        return lost(tx, update)
    return await go_back(update, tx, d, Step(d.step))


@transactional
async def skip_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> State:
    """/skip: leave an optional question unanswered."""
    d = await load_report(tx)
    if d is None or d.step is None:
        return lost(tx, update)
    return await skip_question(update, tx, d, Step(d.step))


@transactional
async def cancel_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> State:
    """/cancel: ask for confirmation before discarding the draft."""
    return await confirm_cancel(tx, update, await load_report(tx))


@transactional
async def cancel_choice(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> State:
    """Discard the draft after confirmation, or go back to the question it stopped at."""
    query, d = await _pressed_draft(tx, update)
    if d is None or d.step is None:
        return lost(tx, update)
    if d.step != Step.CONFIRM_CANCEL:
        return await stale_button(tx, update, d)
    button = ReportAnswer.parse(query.data)
    if button is not None and button.value == "yes":
        await delete_draft(tx.session, tx.user.id)
        mark_chosen(tx, update, _("Discarded"))
        tell(tx, update, _("The report was discarded. Send /report to start again."))
        return ConversationHandler.END
    mark_chosen(tx, update, _("Continue"))
    current = release(d)
    await save_report(tx, d)
    return await ask(tx, update, d, current)


@transactional
async def unexpected_input(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> State:
    """Stickers, voice notes, unknown commands: explain and re-ask."""
    message = update.effective_message
    d = await load_report(tx)
    if d is None or d.step is None:
        return lost(tx, update)
    if message is not None and message.text and message.text.startswith("/"):
        notice = _("Unknown command. While reporting you can use /back, /skip and /cancel.")
    else:
        notice = _("I can only read text and buttons here.")
    return await ask(tx, update, d, Step(d.step), notice)


# --- registration --------------------------------------------------------------------------------


def build_report_conversation() -> ConversationHandler[ContextTypes.DEFAULT_TYPE]:
    """The report's handlers, in one place. Within each list the first match wins, so order
    matters: the side questions' buttons before any other report button, files before the
    catch-all."""
    text = filters.TEXT & ~filters.COMMAND
    # Report buttons, also as entry points: a button pressed after the conversation was lost
    # (a restart that lost its state, /forget) is read against the draft row, which decides.
    buttons: list[BaseHandler[Update, ContextTypes.DEFAULT_TYPE, object]] = [
        CallbackQueryHandler(resume_choice, pattern=ReportAnswer.at_step(Step.RESUME)),
        CallbackQueryHandler(cancel_choice, pattern=ReportAnswer.at_step(Step.CONFIRM_CANCEL)),
        CallbackQueryHandler(on_button, pattern=namespace(ReportAnswer)),
    ]
    with warnings.catch_warnings():
        # per_message=False is deliberate: one report per user and chat, whatever message a
        # button is on; stale buttons are caught by the step id in their data.
        warnings.filterwarnings("ignore", category=PTBUserWarning, message=".*per_message.*")
        return ConversationHandler(
            entry_points=[
                CommandHandler("report", start_report),
                # A pasted or forwarded report opens the review pre-filled (paste.py); other
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
                *buttons,
            ],
            # One state: which question is open is read from the draft row by every handler.
            states={
                OPEN: [*buttons, MessageHandler(text, on_text), MessageHandler(FILES, on_file)]
            },
            fallbacks=[
                CommandHandler("back", back_command),
                CommandHandler("skip", skip_command),
                CommandHandler("cancel", cancel_command),
                CommandHandler("report", start_report),
                CallbackQueryHandler(start_report, pattern=StartReport.matches),
                MessageHandler(filters.ALL & ~filters.UpdateType.EDITED, unexpected_input),
            ],
            name="report",
            persistent=True,
            per_chat=True,
            per_user=True,
        )
