"""The moderator's card of a submission: rendering (duplicates computed once per card, not per
recipient), sending it to every moderation chat, remembering each copy so that a decision closes
all of them, and the evidence: the "📎 Files" button and each file's public flag.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from telegram import Bot, InlineKeyboardMarkup, Message, Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.handlers.moderation.access import (
    authorised_press,
    chat_owner,
    ids,
    moderation_recipients,
    moderator_chats,
    moderator_label,
    open_submission,
    owner_of_chat,
    pressed_submission,
    refuse,
)
from bot.handlers.safety import reporter_pseudonym
from bot.infra.context import Tx, transactional
from bot.infra.crypto import InvalidToken
from bot.infra.i18n import _, use_locale
from bot.outbox import notices
from bot.services import changes as services
from bot.services.errors import ChangeRefused
from bot.ui.callbacks import ModAction, SubmissionAction, SubmissionItem
from bot.ui.edits import edit_markup
from bot.ui.keyboards import keyboard
from bot.ui.render import esc, render_case_card
from bot.ui.textlimits import MESSAGE_LIMIT, shorten_html
from db.models import (
    Attachment,
    AttachmentKind,
    Case,
    Publication,
    Submission,
    SubmissionStatus,
    User,
)
from db.moderation import (
    CardState,
    card_state,
    card_submission,
    cards_of,
    find_duplicates,
    update_target,
)

logger = logging.getLogger(__name__)


def card_keyboard(submission_id: int, files: int = 0) -> InlineKeyboardMarkup | None:
    """The card's buttons; `files` attachments add the "📎 Files" button."""

    def button(action: ModAction) -> SubmissionAction:
        return SubmissionAction(action, submission_id)

    rows = [
        [(_("✅ Approve"), button(ModAction.APPROVE)), (_("❌ Reject"), button(ModAction.REJECT))],
        [(_("❓ Ask the submitter"), button(ModAction.ASK)), (_("✏️ Edit"), button(ModAction.EDIT))],
        [(_("🔗 Duplicate of…"), button(ModAction.DUPLICATE))],
    ]
    if files:
        rows[2].append((_("📎 Files ({n})").format(n=files), button(ModAction.FILES)))
    return keyboard(rows)


def submission_keyboard(submission: Submission) -> InlineKeyboardMarkup | None:
    return card_keyboard(submission.id, len(submission.case.attachments))


async def likely_duplicates(tx: Tx, submission: Submission) -> list[Case]:
    """Cases of probably the same person (none for an update of a known case)."""
    if await update_target(tx.session, submission.id) is not None:
        return []
    return await find_duplicates(tx.session, submission.case)


@dataclass(frozen=True)
class Card:
    """Everything a submission's card shows, loaded once and rendered for each recipient."""

    submission: Submission
    state: CardState
    duplicates: list[Case]


async def load_card(tx: Tx, submission_id: int, *, duplicates: bool = True) -> Card | None:
    """The card's data in few statements: the submission (none read when this transaction
    holds it in full), its status, target, lock and thread (one), the duplicates (one)."""
    submission = await card_submission(tx.session, submission_id)
    state = await card_state(tx.session, submission_id)
    if submission is None or state is None:
        return None
    found: list[Case] = []
    if duplicates and state.target_case_id is None:
        found = await find_duplicates(tx.session, submission.case)
    return Card(submission, state, found)


def card_text(tx: Tx, card: Card, header: str | None = None) -> str:
    """The moderator's view of a submission in the current locale: header, case card,
    duplicates, questions, lock. Reads nothing: render it once per recipient language."""
    submission, state = card.submission, card.state
    target = state.target_case_id
    if header is None:
        header = (
            "🔁 " + _("Proposed update to case #{id}").format(id=target)
            if target
            else "🆕 " + _("New report waiting for review")
        )
    # Who sent it, as a stable pseudonym: repeat or abusive senders show, nobody is identified.
    header += "\n" + _("From: {pseudonym}").format(
        pseudonym=reporter_pseudonym(tx.res.vault, submission.submitter)
    )
    extra: list[str] = []
    if card.duplicates:
        extra.append("⚠️ <b>" + _("Possibly the same person:") + "</b>")
        for other in card.duplicates:
            status = _("published") if other.publication is Publication.APPROVED else _("pending")
            place = f", {esc(other.person.city, 60)}" if other.person.city else ""
            extra.append(f"  #{other.id} {esc(other.person.name_as_entered, 80)}{place} — {status}")
    for message in state.thread[-6:]:
        who = moderator_label(message.author_id) if message.kind == "question" else _("Submitter")
        mark = "💬" if message.kind == "question" else "↩️"
        extra.append(f"{mark} <b>{who}:</b> {esc(message.text, 300)}")
    if state.lock_holder is not None:
        extra.append(
            "✏️ " + _("Being edited by {who}").format(who=moderator_label(state.lock_holder))
        )
    if state.status is SubmissionStatus.CHANGES_REQUESTED:
        extra.append("⏳ " + _("Waiting for the submitter's answer"))
    tail = ("\n\n" + "\n".join(extra)) if extra else ""
    reserve = len(header) + 2 + len(re.sub(r"<[^>]+>", "", tail))
    body = render_case_card(submission.case, reference=submission.reference, reserve=reserve)
    return f"{header}\n\n{body}{tail}"


async def render_card(
    tx: Tx,
    submission: Submission,
    header: str | None = None,
    duplicates: list[Case] | None = None,
) -> str:
    """The card of a submission already loaded, for one recipient (see load_card and card_text
    to render it for several). `duplicates` None: looked up."""
    state = await card_state(tx.session, submission.id)
    assert state is not None
    if duplicates is None:
        duplicates = (
            await find_duplicates(tx.session, submission.case)
            if state.target_case_id is None
            else []
        )
    return card_text(tx, Card(submission, state, duplicates), header)


async def prepare_announcement(
    tx: Tx, submission_id: int, header: str | None = None
) -> Callable[[Bot], Awaitable[None]]:
    """Queue the card for every moderator chat in this transaction (bot/outbox/notices.py: durable,
    each copy's message id recorded in `moderation_cards` when it is sent, so a decision
    rewrites every copy) and return the sender to run after commit. If that never runs (a
    crash), the outbox worker sends the cards; a failed send never loses the report. The
    card's data is loaded once (`load_card`) and rendered per recipient's language."""
    card = await load_card(tx, submission_id)
    assert card is not None
    recipients = await moderation_recipients(tx)
    queued: list[int] = []
    for chat_id, language, owner in recipients:
        with use_locale(language):
            text = card_text(tx, card, header)
            queued.append(
                await notices.write(
                    tx,
                    owner,
                    card.submission.case_id,
                    shorten_html(text, MESSAGE_LIMIT),
                    chat_id=chat_id,
                    reply_markup=submission_keyboard(card.submission),
                    receipt=notices.card_copy(submission_id),
                )
            )
    res = tx.res

    async def send(_bot: Bot) -> None:
        # The outbox worker's own Bot sends them (paced, retried); `_bot` is the caller's.
        await notices.deliver(res, queued)

    return send


async def close_card(
    update: Update, tx: Tx, verdict: Callable[[], str], submission_id: int
) -> Callable[[], Awaitable[None]]:
    """Every copy of the card (the group's, each private one, and the message pressed) is to
    show the decision instead of "waiting for review", without its buttons: the edits are
    owed in this transaction (bot/outbox/notices.py, one row per copy), so a crash after the commit
    delays them instead of leaving a decided report that still looks open. Returns the sender
    to run after commit."""
    query = update.callback_query
    assert query is not None
    pressed = query.message
    card = await load_card(tx, submission_id, duplicates=False)
    assert card is not None
    languages = dict(await moderator_chats(tx))
    targets: dict[tuple[int, int], str] = {}
    for row in await cards_of(tx.session, submission_id):
        try:
            chat_id = tx.res.vault.decrypt_int(row.chat_enc)
        except InvalidToken:
            logger.error("a card's chat id does not decrypt with the current SECRET_KEY")
            continue
        targets[(chat_id, row.message_id)] = languages.get(chat_id, tx.user.language)
    if isinstance(pressed, Message):
        targets.setdefault((pressed.chat.id, pressed.message_id), tx.user.language)
    texts: dict[str, str] = {}
    queued: list[int] = []
    for (chat_id, message_id), language in targets.items():
        if language not in texts:
            with use_locale(language):
                text = card_text(tx, card, verdict())
            # Shortened at a tag boundary in UTF-16 units: a cut entity would be refused.
            texts[language] = shorten_html(text, MESSAGE_LIMIT)
        owner = await owner_of_chat(tx.session, tx.res, chat_id, language)
        queued.append(
            await notices.write(
                tx,
                owner,
                card.submission.case_id,
                texts[language],
                chat_id=chat_id,
                edit=message_id,
            )
        )
    res = tx.res

    async def edit() -> None:
        await notices.deliver(res, queued)

    return edit


async def tell_submitter(
    tx: Tx,
    context: ContextTypes.DEFAULT_TYPE,
    submitter: User | None,
    render: Callable[[], str],
    case_id: int,
) -> None:
    """A notice in the submitter's language, never naming the moderator, owed in this
    transaction (bot/outbox/notices.py): it is sent after the commit, or after a crash by the
    worker.
    Nothing for an anonymous submitter (no chat is kept)."""
    if submitter is None or submitter.chat_enc is None:
        return
    with use_locale(submitter.language):
        text = render()
    await notices.owe(tx, context, submitter, case_id, text)


@transactional
async def back_to_card(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Back from a submenu to the card's buttons."""
    query = update.callback_query
    assert query is not None
    submission = await pressed_submission(update, tx)
    if submission is None:
        return
    tx.call_after_commit(query.answer)
    tx.call_after_commit(edit_markup, update, submission_keyboard(submission))


@transactional
async def show_card(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Open a submission from the queue: send its card with the buttons."""
    query = update.callback_query
    assert query is not None
    submission = await pressed_submission(update, tx)
    if submission is None:
        return
    tx.call_after_commit(query.answer)
    chat = update.effective_chat
    assert chat is not None
    await send_card_copy(tx, chat.id, submission, await render_card(tx, submission))


async def send_card_copy(tx: Tx, chat_id: int, submission: Submission, text: str) -> None:
    """A card (with its buttons) the moderator asked for in `chat_id`: through the outbox
    (bot/outbox/notices.py), so that its message id is recorded when it is sent and a decision
    rewrites this copy too; sent right after the commit."""
    owner = await chat_owner(tx, chat_id)
    notice_id = await notices.write(
        tx,
        owner,
        submission.case_id,
        shorten_html(text, MESSAGE_LIMIT),
        chat_id=chat_id,
        reply_markup=submission_keyboard(submission),
        receipt=notices.card_copy(submission.id),
    )
    tx.call_after_commit(notices.deliver, tx.res, [notice_id])


def _file_keyboard(submission_id: int, attachment: Attachment) -> InlineKeyboardMarkup | None:
    label = (
        _("🌐 Public — tap to withhold") if attachment.public else _("🔒 Not public — tap to allow")
    )
    return keyboard(
        [[(label, SubmissionItem(ModAction.FILE_PUBLIC, submission_id, attachment.id))]]
    )


@transactional
async def files_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """📎 Files: every attachment sent to the moderator who pressed, by file id, each with its
    caption and whether it may be shown publicly (no until a moderator says yes)."""
    query = update.callback_query
    assert query is not None
    submission = await pressed_submission(update, tx)
    if submission is None:
        return
    attachments = sorted(submission.case.attachments, key=lambda a: a.id)
    if not attachments:
        tx.call_after_commit(query.answer, _("This report has no files."), show_alert=True)
        return
    tx.call_after_commit(query.answer)
    chat = update.effective_chat
    assert chat is not None
    files = []
    for number, attachment in enumerate(attachments, start=1):
        caption = _("📎 {n} of {total} · {reference}").format(
            n=number, total=len(attachments), reference=submission.reference
        )
        if attachment.file_name:
            caption += "\n" + esc(attachment.file_name, 200)
        missing = _("File {n} could not be sent (Telegram no longer has it).").format(n=number)
        markup = _file_keyboard(submission.id, attachment)
        files.append((attachment.kind, attachment.file_id, caption, markup, missing))

    async def send_files() -> None:
        for kind, file_id, caption, markup, missing in files:
            try:
                if kind is AttachmentKind.PHOTO:
                    await chat.send_photo(file_id, caption=caption, reply_markup=markup)
                else:
                    await chat.send_document(file_id, caption=caption, reply_markup=markup)
            except TelegramError:
                logger.warning("could not send an attachment to a moderator", exc_info=True)
                await chat.send_message(missing)

    tx.after_commit(send_files)


@transactional
async def file_public_toggle(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Allow or withhold public display of one file (audited)."""
    query = update.callback_query
    assert query is not None
    if not await authorised_press(update, tx):
        return
    submission_id, attachment_id = ids(update)
    submission = await open_submission(update, tx, submission_id)
    if submission is None:
        return
    try:
        attachment = await services.set_attachment_public(
            tx.session, tx.user, submission, attachment_id
        )
    except ChangeRefused:
        await refuse(update, tx, "unknown attachment")
        return
    tx.call_after_commit(
        query.answer,
        _("This file may be shown publicly.")
        if attachment.public
        else _("This file will not be shown publicly."),
    )
    tx.call_after_commit(edit_markup, update, _file_keyboard(submission_id, attachment))
