"""Moderation: who moderates, the review queue, decisions, questions to submitters, the audit.

Nothing a user submits is public until a moderator approves it here. Every button and command
re-checks the acting user's role in the database; a refused press is answered briefly and
logged (by users.id, never a Telegram id). Moderators appear to each other as "Moderator #n"
(their users.id); submitters and moderators never learn who the other is: the bot relays
questions and answers.

Callback data is `mod:<action>:<submission id>[:<value>]` for moderators and `ans:<question id>`
for a submitter answering a question. Text answers (a typed reason, a question, a new field
value, a case number) are collected by the `moderation` conversation; what it waits for is kept
in a draft of kind "moderation".
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import warnings
from collections.abc import Awaitable, Callable
from decimal import Decimal
from enum import IntEnum
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import (
    Bot,
    ForceReply,
    InlineKeyboardMarkup,
    Message,
    MessageOriginChannel,
    MessageOriginChat,
    MessageOriginHiddenUser,
    MessageOriginUser,
    Update,
)
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import (
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.callbacks import well_formed
from bot.context import Tx, transactional
from bot.crypto import InvalidToken
from bot.draft import (
    TENGE,
    InvalidAnswer,
    SentenceItem,
    parse_acts,
    parse_amount,
    parse_article,
    parse_date,
    parse_hours,
    parse_sources,
    parse_term,
    split_name,
)
from bot.i18n import N_, _, use_locale
from bot.inputs import clean, parse_id, parse_telegram_user_id
from bot.keyboards import in_columns, keyboard
from bot.labels import EVENTS, SENTENCE_KINDS, STAGES
from bot.render import esc, format_date, render_case_card, sentence_line
from bot.safety import relay_limit_text, reporter_pseudonym, take_relay_allowance
from bot.textlimits import MESSAGE_LIMIT, shorten_html
from db.cases import get_case
from db.drafts import delete_draft, load_draft, save_draft
from db.models import (
    Attachment,
    AttachmentKind,
    AuditEntry,
    Case,
    CaseStage,
    Event,
    EventKind,
    ModerationCard,
    Publication,
    Role,
    SentenceKind,
    Submission,
    SubmissionStatus,
    ThreadMessage,
    User,
)
from db.moderation import (
    OPEN_STATUSES,
    acquire_lock,
    add_thread_message,
    audit,
    cards_of,
    case_history,
    decided_by,
    find_duplicates,
    former_moderators,
    get_submission,
    lock_holder,
    open_submissions,
    question_for_submitter,
    release_lock,
    set_open_status,
    set_role,
    thread_of,
    update_target,
)
from db.users import get_user, users_with_role
from services import changes as services
from services.changes import mergeable
from services.errors import ChangeRefused
from services.merging import Difference, differences

logger = logging.getLogger(__name__)

PREFIX = "mod:"
ANSWER_PREFIX = "ans:"
DRAFT_KIND = "moderation"
QUEUE_PAGE = 5
MAX_QUESTION = 1500
MODERATOR_ROLES = (Role.MODERATOR, Role.ADMIN)

REJECT_REASONS = {
    "unverified": N_("Could not be verified"),
    "not_political": N_("Not a politically motivated case"),
    "incomplete": N_("Not enough information"),
    "duplicate": N_("Already reported"),
}

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

#: Facts two merged reports may disagree on (services.merging.differences).
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

ACTION_LABELS = {
    "approve": N_("approved"),
    "reject": N_("rejected"),
    "merge": N_("merged"),
    "edit": N_("edited"),
    "role": N_("changed a role"),
    "event": N_("added an event"),
    "question": N_("asked the submitter"),
    "answer": N_("the submitter answered"),
    "update_proposed": N_("an update was proposed"),
}


class Await(IntEnum):
    """States of the moderation conversation: it only ever waits for one text."""

    TEXT = 1


def is_moderator(user: User) -> bool:
    return user.role in MODERATOR_ROLES


def moderator_label(user_id: int | None) -> str:
    """A moderator as others see them: never a Telegram name."""
    if user_id is None:
        return _("a former moderator")
    return _("Moderator #{n}").format(n=user_id)


# --- who is notified ---------------------------------------------------------------------------


async def moderator_chats(tx: Tx) -> list[tuple[int, str]]:
    """(chat id, language) of everyone to notify of a new submission.

    The moderation group when MODERATION_CHAT_ID is set; otherwise each admin (from ADMIN_IDS)
    and each moderator whose chat id the bot holds (encrypted).
    """
    settings = tx.res.settings
    if settings.moderation_chat_id is not None:
        return [(settings.moderation_chat_id, settings.moderation_language)]
    chats: dict[int, str] = {}
    for admin_id in sorted(settings.admin_ids):
        admin = await get_user(tx.session, tx.res.user_hash(admin_id))
        chats[admin_id] = admin.language if admin else "en"
    for moderator in await users_with_role(tx.session, Role.MODERATOR):
        if moderator.chat_enc is None:
            continue
        try:
            chats.setdefault(tx.res.vault.decrypt_int(moderator.chat_enc), moderator.language)
        except InvalidToken:
            logger.error("a moderator's chat id does not decrypt with the current SECRET_KEY")
    return list(chats.items())


def submitter_chat(tx: Tx, submitter: User | None) -> int | None:
    """The submitter's private chat, or None when they are anonymous or cannot be decrypted."""
    if submitter is None or submitter.chat_enc is None:
        return None
    try:
        return tx.res.vault.decrypt_int(submitter.chat_enc)
    except InvalidToken:
        logger.error("a submitter's chat id does not decrypt with the current SECRET_KEY")
        return None


# --- the case card -----------------------------------------------------------------------------


def card_keyboard(submission_id: int, files: int = 0) -> InlineKeyboardMarkup | None:
    """The card's buttons; `files` attachments add the "📎 Files" button."""
    sid = submission_id
    rows = [
        [(_("✅ Approve"), f"ap:{sid}"), (_("❌ Reject"), f"rj:{sid}")],
        [(_("❓ Ask the submitter"), f"ask:{sid}"), (_("✏️ Edit"), f"ed:{sid}")],
        [(_("🔗 Duplicate of…"), f"du:{sid}")],
    ]
    if files:
        rows[2].append((_("📎 Files ({n})").format(n=files), f"fl:{sid}"))
    return keyboard(rows, PREFIX)


def submission_keyboard(submission: Submission) -> InlineKeyboardMarkup | None:
    return card_keyboard(submission.id, len(submission.case.attachments))


async def likely_duplicates(tx: Tx, submission: Submission) -> list[Case]:
    """Cases of probably the same person (none for an update of a known case)."""
    if await update_target(tx.session, submission.id) is not None:
        return []
    return await find_duplicates(tx.session, submission.case)


async def render_card(
    tx: Tx,
    submission: Submission,
    header: str | None = None,
    duplicates: list[Case] | None = None,
) -> str:
    """The moderator's view of a submission: header, case card, duplicates, questions, lock.
    `duplicates` is computed once by the caller when the card goes to several chats."""
    session = tx.session
    case = submission.case
    target = await update_target(session, submission.id)
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
    if duplicates is None:
        duplicates = await likely_duplicates(tx, submission)
    if duplicates:
        extra.append("⚠️ <b>" + _("Possibly the same person:") + "</b>")
        for other in duplicates:
            status = _("published") if other.publication is Publication.APPROVED else _("pending")
            place = f", {esc(other.person.city, 60)}" if other.person.city else ""
            extra.append(f"  #{other.id} {esc(other.person.name_as_entered, 80)}{place} — {status}")
    thread = await thread_of(session, submission.id)
    for message in thread[-6:]:
        who = moderator_label(message.author_id) if message.kind == "question" else _("Submitter")
        mark = "💬" if message.kind == "question" else "↩️"
        extra.append(f"{mark} <b>{who}:</b> {esc(message.text, 300)}")
    holder = await lock_holder(session, submission.id)
    if holder is not None:
        extra.append("✏️ " + _("Being edited by {who}").format(who=moderator_label(holder)))
    if submission.status is SubmissionStatus.CHANGES_REQUESTED:
        extra.append("⏳ " + _("Waiting for the submitter's answer"))
    tail = ("\n\n" + "\n".join(extra)) if extra else ""
    reserve = len(header) + 2 + len(re.sub(r"<[^>]+>", "", tail))
    body = render_case_card(case, reference=submission.reference, reserve=reserve)
    return f"{header}\n\n{body}{tail}"


async def prepare_announcement(
    tx: Tx, submission_id: int, header: str | None = None
) -> Callable[[Bot], Awaitable[None]]:
    """Render the card for every moderator chat now (inside the transaction) and return the
    sender to run after commit. A failed notice never loses the report."""
    submission = await get_submission(tx.session, submission_id)
    assert submission is not None
    recipients = await moderator_chats(tx)
    duplicates = await likely_duplicates(tx, submission)
    cards: list[tuple[int, str, InlineKeyboardMarkup | None]] = []
    for chat_id, language in recipients:
        with use_locale(language):
            text = await render_card(tx, submission, header, duplicates)
            cards.append((chat_id, text, submission_keyboard(submission)))
    res = tx.res

    async def send(bot: Bot) -> None:
        sent: list[tuple[int, int]] = []
        for chat_id, text, markup in cards:
            try:
                message = await bot.send_message(chat_id, text, reply_markup=markup)
            except TelegramError:
                logger.warning("could not notify a moderator chat of a report", exc_info=True)
                continue
            sent.append((chat_id, message.message_id))
        # Remember every copy, so that a decision closes all of them.
        async with res.sessionmaker() as session, session.begin():
            for chat_id, message_id in sent:
                await remember_card(session, res, submission_id, chat_id, message_id)

    return send


# --- authorisation -----------------------------------------------------------------------------


async def refuse(update: Update, tx: Tx, why: str) -> None:
    """Answer a refused press briefly and log it (by users.id)."""
    query = update.callback_query
    logger.warning(
        "refused moderation action (%s) by user #%s: %r",
        why,
        tx.user.id,
        query.data if query else None,
    )
    if query is not None:
        await query.answer(_("Only moderators can do this."), show_alert=True)


async def authorised_press(update: Update, tx: Tx) -> bool:
    """A moderation button may act only when pressed by a moderator (role read from the
    database now), on an original bot message in the moderation group or their own chat."""
    query = update.callback_query
    assert query is not None
    message = query.message
    user = update.effective_user
    why = None
    if not is_moderator(tx.user):
        why = "not a moderator"
    elif not isinstance(message, Message) or user is None:
        why = "message unavailable"
    elif message.forward_origin is not None:
        why = "forwarded message"
    elif not (
        message.chat.id == tx.res.settings.moderation_chat_id
        or (message.chat.type == ChatType.PRIVATE and message.chat.id == user.id)
    ):
        why = "foreign chat"
    if why is not None:
        await refuse(update, tx, why)
        return False
    return True


async def authorised_command(update: Update, tx: Tx, *, admin: bool = False) -> bool:
    """Moderator commands work in the moderation group or in a moderator's private chat."""
    chat = update.effective_chat
    message = update.effective_message
    allowed = is_moderator(tx.user) and (not admin or tx.user.role is Role.ADMIN)
    in_place = chat is not None and (
        chat.type == ChatType.PRIVATE or chat.id == tx.res.settings.moderation_chat_id
    )
    if allowed and in_place:
        return True
    logger.warning("refused moderator command by user #%s", tx.user.id)
    if message is not None:
        await message.reply_text(
            _("This command is for administrators.")
            if admin
            else _("This command is for moderators.")
        )
    return False


def _ids(update: Update) -> list[int]:
    """The numbers in the callback data, after the anchored pattern matched."""
    query = update.callback_query
    assert query is not None and query.data is not None
    return [int(part) for part in re.findall(r"\d+", query.data)]


async def _open_submission(update: Update, tx: Tx, submission_id: int) -> Submission | None:
    """The submission if it still awaits a decision; else the press is answered with who
    decided it."""
    query = update.callback_query
    submission = await get_submission(tx.session, submission_id)
    if submission is None:
        await refuse(update, tx, "unknown submission")
        return None
    if submission.status not in OPEN_STATUSES:
        entry = await decided_by(tx.session, submission_id)
        if query is not None:
            await query.answer(_already_decided(entry), show_alert=True)
        return None
    return submission


async def _pressed_submission(update: Update, tx: Tx) -> Submission | None:
    """The still-open submission a moderation button is about, once the press is authorised
    (role, chat and message re-checked); None when the press was refused or answered."""
    if not await authorised_press(update, tx):
        return None
    [submission_id] = _ids(update)
    return await _open_submission(update, tx, submission_id)


def _already_decided(entry: AuditEntry | None) -> str:
    if entry is None:
        return _("This report was already decided.")
    return _("Already {action} by {who}.").format(
        action=_(ACTION_LABELS.get(entry.action, entry.action)), who=moderator_label(entry.actor_id)
    )


async def _locked_by_other(update: Update, tx: Tx, submission_id: int) -> bool:
    holder = await lock_holder(tx.session, submission_id)
    if holder is not None and holder != tx.user.id:
        query = update.callback_query
        if query is not None:
            await query.answer(
                _("Being edited by {who}. Try again in a few minutes.").format(
                    who=moderator_label(holder)
                ),
                show_alert=True,
            )
        return True
    return False


async def remember_card(
    session: AsyncSession, res: Any, submission_id: int, chat_id: int, message_id: int
) -> None:
    """Keep where a copy of a card was sent (chat id encrypted)."""
    session.add(
        ModerationCard(
            submission_id=submission_id,
            chat_enc=res.vault.encrypt(chat_id),
            message_id=message_id,
        )
    )
    await session.flush()


async def _close_card(
    update: Update, tx: Tx, verdict: Callable[[], str], submission_id: int
) -> Callable[[], Awaitable[None]]:
    """After commit: every copy of the card (the group's, each private one, and the message
    pressed) shows the decision instead of "waiting for review", and loses its buttons."""
    query = update.callback_query
    assert query is not None
    pressed = query.message
    submission = await get_submission(tx.session, submission_id)
    assert submission is not None
    languages = dict(await moderator_chats(tx))
    copies: list[tuple[int, int]] = []
    for row in await cards_of(tx.session, submission_id):
        try:
            copies.append((tx.res.vault.decrypt_int(row.chat_enc), row.message_id))
        except InvalidToken:
            logger.error("a card's chat id does not decrypt with the current SECRET_KEY")
    texts: dict[str, str] = {}
    for chat_id, _message_id in copies:
        language = languages.get(chat_id, tx.user.language)
        if language not in texts:
            with use_locale(language):
                texts[language] = await render_card(tx, submission, verdict(), duplicates=[])
    own_text = texts.get(tx.user.language) or await render_card(
        tx, submission, verdict(), duplicates=[]
    )
    pressed_key = (pressed.chat.id, pressed.message_id) if isinstance(pressed, Message) else None
    bot = tx_bot(update)

    async def edit() -> None:
        targets = {
            (chat_id, message_id): texts.get(languages.get(chat_id, ""), own_text)
            for chat_id, message_id in copies
        }
        if pressed_key is not None:
            targets.setdefault(pressed_key, own_text)
        for (chat_id, message_id), text in targets.items():
            try:
                # Shortened at a tag boundary in UTF-16 units: a cut entity would be refused.
                await bot.edit_message_text(
                    shorten_html(text, MESSAGE_LIMIT),
                    chat_id=chat_id,
                    message_id=message_id,
                    reply_markup=None,
                )
            except TelegramError:
                logger.debug("could not close a copy of a moderation card", exc_info=True)

    return edit


def tx_bot(update: Update) -> Bot:
    query = update.callback_query
    assert query is not None
    return query.get_bot()


def _tell_submitter(
    tx: Tx, submitter: User | None, render: Callable[[], str], bot: Bot
) -> Callable[[], Awaitable[None]]:
    """After commit: a notice in the submitter's language, never naming the moderator."""
    chat_id = submitter_chat(tx, submitter)
    language = submitter.language if submitter else "en"
    with use_locale(language):
        text = render()

    async def send() -> None:
        if chat_id is None:
            return
        try:
            await bot.send_message(chat_id, text)
        except TelegramError:
            logger.warning("could not tell a submitter the decision", exc_info=True)

    return send


# --- decisions ---------------------------------------------------------------------------------


@transactional
async def approve(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Approve: one tap, or a confirming second tap while a question to the submitter is open
    or a likely duplicate exists."""
    query = update.callback_query
    assert query is not None
    submission = await _pressed_submission(update, tx)
    if submission is None:
        return
    reasons = await _approval_warnings(tx, submission)
    if reasons:
        await query.answer()
        await query.edit_message_reply_markup(_confirm_approve_keyboard(submission.id, reasons))
        return
    await _approve(update, context, tx, submission.id)


@transactional
async def approve_confirm(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """The confirming second tap of Approve."""
    if not await authorised_press(update, tx):
        return
    [submission_id] = _ids(update)
    await _approve(update, context, tx, submission_id)


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
    return keyboard(
        [[(label[:60], f"ac:{submission_id}")], [(_("⬅️ Back"), f"bk:{submission_id}")]],
        PREFIX,
    )


async def _approve(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx, submission_id: int
) -> None:
    query = update.callback_query
    assert query is not None
    if await _locked_by_other(update, tx, submission_id):
        return
    try:
        decision = await services.approve(tx.session, tx.user, submission_id, tx.res.alert_policy)
    except ChangeRefused:
        await query.answer(
            _already_decided(await decided_by(tx.session, submission_id)), show_alert=True
        )
        return
    await query.answer(_("Approved."))
    submission = decision.submission
    reference, public_case_id = submission.reference, decision.case_id
    who = moderator_label(tx.user.id)
    tx.after_commit(
        await _close_card(
            update, tx, lambda: "✅ " + _("Approved by {who}").format(who=who), submission_id
        )
    )
    tx.after_commit(
        _tell_submitter(
            tx,
            submission.submitter,
            lambda: _(
                "Your report {reference} was checked by a moderator and is now published "
                "as case #{case}. Thank you."
            ).format(reference=reference, case=public_case_id),
            context.bot,
        )
    )


@transactional
async def reject_menu(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Reject: choose a reason (or type one)."""
    query = update.callback_query
    assert query is not None
    submission = await _pressed_submission(update, tx)
    if submission is None:
        return
    submission_id = submission.id
    await query.answer()
    rows = in_columns(
        [(_(label), f"rr:{submission_id}:{code}") for code, label in REJECT_REASONS.items()]
    )
    rows.append(
        [(_("✍️ Type a reason"), f"rt:{submission_id}"), (_("⬅️ Back"), f"bk:{submission_id}")]
    )
    await query.edit_message_reply_markup(keyboard(rows, PREFIX))


@transactional
async def reject_reason(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """A reason was chosen: ask for a second tap to confirm."""
    query = update.callback_query
    assert query is not None and query.data is not None
    if not await authorised_press(update, tx):
        return
    submission_id, code = int(query.data.split(":")[2]), query.data.split(":")[3]
    if code not in REJECT_REASONS:
        await refuse(update, tx, "unknown reason")
        return
    if await _open_submission(update, tx, submission_id) is None:
        return
    await query.answer()
    await query.edit_message_reply_markup(
        _confirm_reject_keyboard(submission_id, code, _(REJECT_REASONS[code]))
    )


def _confirm_reject_keyboard(
    submission_id: int, code: str, reason: str
) -> InlineKeyboardMarkup | None:
    return keyboard(
        [
            [
                (
                    _("❌ Confirm rejection: {reason}").format(reason=reason[:40]),
                    f"rc:{submission_id}:{code}",
                )
            ],
            [(_("⬅️ Back"), f"bk:{submission_id}")],
        ],
        PREFIX,
    )


@transactional
async def reject_confirm(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """The second tap: reject, once, and tell the submitter why."""
    query = update.callback_query
    assert query is not None and query.data is not None
    if not await authorised_press(update, tx):
        return
    submission_id, code = int(query.data.split(":")[2]), query.data.split(":")[3]
    if code == "t":
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
    if await _locked_by_other(update, tx, submission_id):
        return
    stored_reason = typed or REJECT_REASONS[code]
    try:
        decision = await services.reject(tx.session, tx.user, submission_id, stored_reason)
    except ChangeRefused:
        await query.answer(
            _already_decided(await decided_by(tx.session, submission_id)), show_alert=True
        )
        return
    await query.answer(_("Rejected."))
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
        await _close_card(
            update, tx, lambda: "❌ " + _("Rejected by {who}").format(who=who), submission_id
        )
    )
    tx.after_commit(_tell_submitter(tx, submission.submitter, notice, context.bot))


@transactional
async def back_to_card(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Back from a submenu to the card's buttons."""
    query = update.callback_query
    assert query is not None
    submission = await _pressed_submission(update, tx)
    if submission is None:
        return
    await query.answer()
    await query.edit_message_reply_markup(submission_keyboard(submission))


@transactional
async def duplicate_menu(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Duplicate of…: the likely cases as buttons, or type a case number."""
    query = update.callback_query
    assert query is not None
    submission = await _pressed_submission(update, tx)
    if submission is None:
        return
    submission_id = submission.id
    await query.answer()
    candidates = await find_duplicates(tx.session, submission.case)
    rows = [
        [(f"#{c.id} {c.person.name_as_entered[:40]}", f"dm:{submission_id}:{c.id}")]
        for c in candidates
    ]
    rows.append(
        [(_("✍️ Another case number"), f"dt:{submission_id}"), (_("⬅️ Back"), f"bk:{submission_id}")]
    )
    await query.edit_message_reply_markup(keyboard(rows, PREFIX))


@transactional
async def duplicate_choice(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """A case was chosen: show where the two reports disagree (the moderator picks), then
    confirm the merge with a second tap."""
    query = update.callback_query
    assert query is not None
    if not await authorised_press(update, tx):
        return
    submission_id, case_id = _ids(update)
    submission = await _open_submission(update, tx, submission_id)
    if submission is None:
        return
    target = await get_case(tx.session, case_id)
    if target is None or not mergeable(submission, target):
        await query.answer(_("That case cannot take this report."), show_alert=True)
        return
    await query.answer()
    found = differences(submission.case, target)
    if not found:
        await query.edit_message_reply_markup(_confirm_merge_keyboard(submission_id, target))
        return
    await save_draft(
        tx.session,
        tx.user.id,
        {"action": "merge", "sid": submission_id, "case": case_id, "picks": []},
        DRAFT_KIND,
    )
    chat = update.effective_chat
    assert chat is not None
    text, markup = _differences_view(submission_id, target, found, set())
    await chat.send_message(text, reply_markup=markup)


@transactional
async def difference_pick(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Toggle which side of one difference the merged case keeps."""
    query = update.callback_query
    assert query is not None
    if not await authorised_press(update, tx):
        return
    submission_id, case_id, index = _ids(update)
    submission = await _open_submission(update, tx, submission_id)
    if submission is None:
        return
    target = await get_case(tx.session, case_id)
    draft = await load_draft(tx.session, tx.user.id, DRAFT_KIND)
    data = dict(draft.data) if draft else {}
    found = differences(submission.case, target) if target is not None else []
    if (
        target is None
        or data.get("action") != "merge"
        or data.get("sid") != submission_id
        or data.get("case") != case_id
        or not 0 <= index < len(found)
    ):
        await query.answer(_("This button is no longer active."), show_alert=True)
        return
    await query.answer()
    picks = set(data.get("picks", []))
    picks ^= {found[index].key}
    data["picks"] = sorted(picks)
    await save_draft(tx.session, tx.user.id, data, DRAFT_KIND)
    text, markup = _differences_view(submission_id, target, found, picks)
    try:
        await query.edit_message_text(text, reply_markup=markup)
    except TelegramError:
        logger.debug("differences view unchanged", exc_info=True)


def _shown(value: Any) -> str:
    """A value of a difference: text, or a sentence (services.merging.sentence_signature)."""
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
    submission_id: int, target: Case, found: list[Difference], picks: set[str]
) -> tuple[str, InlineKeyboardMarkup | None]:
    lines = [
        "<b>"
        + _("The report and case #{id} disagree. Choose what the merged case keeps:").format(
            id=target.id
        )
        + "</b>",
        "",
    ]
    rows: list[list[tuple[str, str]]] = []
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
        rows.append([(label.format(n=index + 1), f"dp:{submission_id}:{target.id}:{index}")])
    rows.append(
        [
            (
                _("🔗 Confirm: merge into #{id} {name}").format(
                    id=target.id, name=target.person.name_as_entered[:30]
                ),
                f"dc:{submission_id}:{target.id}",
            )
        ]
    )
    rows.append([(_("⬅️ Back"), f"bk:{submission_id}")])
    return "\n".join(lines)[:4000], keyboard(rows, PREFIX)


def _confirm_merge_keyboard(submission_id: int, target: Case) -> InlineKeyboardMarkup | None:
    label = _("🔗 Confirm: merge into #{id} {name}").format(
        id=target.id, name=target.person.name_as_entered[:30]
    )
    return keyboard(
        [[(label, f"dc:{submission_id}:{target.id}")], [(_("⬅️ Back"), f"bk:{submission_id}")]],
        PREFIX,
    )


@transactional
async def duplicate_confirm(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Merge the submission into the chosen case, keeping every fact, once."""
    query = update.callback_query
    assert query is not None
    if not await authorised_press(update, tx):
        return
    submission_id, case_id = _ids(update)
    if await _locked_by_other(update, tx, submission_id):
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
            await query.answer(
                _already_decided(await decided_by(tx.session, submission_id)), show_alert=True
            )
        else:
            await refuse(update, tx, "bad merge target")
        return
    if picks:
        await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
    await query.answer(_("Merged."))
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
        await _close_card(
            update,
            tx,
            lambda: "🔗 " + _("Merged into case #{id} by {who}").format(id=case_id, who=who),
            submission_id,
        )
    )
    tx.after_commit(_tell_submitter(tx, submission.submitter, notice, context.bot))


@transactional
async def edit_menu(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Edit: which field."""
    query = update.callback_query
    assert query is not None
    submission = await _pressed_submission(update, tx)
    if submission is None:
        return
    submission_id = submission.id
    if await _locked_by_other(update, tx, submission_id):
        return
    await query.answer()
    rows = in_columns(
        [(_(label), f"ef:{submission_id}:{code}") for code, (label, _limit) in EDIT_FIELDS.items()],
        3,
    )
    rows.append([(_("📅 Events"), f"ev:{submission_id}"), (_("⚖️ Stage"), f"sg:{submission_id}")])
    rows.append([(_("⬅️ Back"), f"bk:{submission_id}")])
    await query.edit_message_reply_markup(keyboard(rows, PREFIX))


@transactional
async def show_card(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Open a submission from the queue: send its card with the buttons."""
    query = update.callback_query
    assert query is not None
    submission = await _pressed_submission(update, tx)
    if submission is None:
        return
    submission_id = submission.id
    await query.answer()
    chat = update.effective_chat
    assert chat is not None
    sent = await chat.send_message(
        await render_card(tx, submission), reply_markup=submission_keyboard(submission)
    )
    await remember_card(tx.session, tx.res, submission_id, chat.id, sent.message_id)


# --- editing events, sentence parts and the stage ----------------------------------------------
#
# The same parsers as the report's questions (bot.draft parse_date, parse_term, parse_hours,
# parse_amount); every change goes through one service in services.changes.


async def _editable(update: Update, tx: Tx, submission_id: int) -> Submission | None:
    """The open submission, with this moderator holding its edit lock (or None, answered)."""
    submission = await _open_submission(update, tx, submission_id)
    if submission is None:
        return None
    holder = await acquire_lock(tx.session, submission_id, tx.user.id)
    if holder != tx.user.id:
        await _locked_by_other(update, tx, submission_id)
        return None
    return submission


def _event_button(event: Any) -> str:
    return f"{_(EVENTS[event.kind])} {format_date(event.event_date)}"[:60]


@transactional
async def events_menu(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Edit → Events: each event, and adding one."""
    query = update.callback_query
    assert query is not None
    if not await authorised_press(update, tx):
        return
    [submission_id] = _ids(update)
    submission = await _editable(update, tx, submission_id)
    if submission is None:
        return
    await query.answer()
    events = sorted(submission.case.events, key=lambda e: e.id)
    rows = [[(_event_button(e), f"eo:{submission_id}:{e.id}")] for e in events]
    rows += in_columns(
        [(f"➕ {_(EVENTS[kind])}", f"ea:{submission_id}:{kind.value}") for kind in EVENT_KINDS]
    )
    rows.append([(_("⬅️ Back"), f"bk:{submission_id}")])
    await query.edit_message_reply_markup(keyboard(rows, PREFIX))


@transactional
async def event_open(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """One event: its date, kind, sentence parts, or delete it."""
    query = update.callback_query
    assert query is not None
    if not await authorised_press(update, tx):
        return
    submission_id, event_id = _ids(update)
    submission = await _editable(update, tx, submission_id)
    if submission is None:
        return
    event = next((e for e in submission.case.events if e.id == event_id), None)
    if event is None:
        await query.answer(_("This button is no longer active."), show_alert=True)
        return
    await query.answer()
    sid, eid = submission_id, event_id
    rows = [
        [(_("📅 Date"), f"edd:{sid}:{eid}"), (_("🏷 Kind"), f"ekd:{sid}:{eid}")],
        *[
            [(f"{sentence_line(part)}"[:60], f"ep:{sid}:{eid}:{position}")]
            for position, part in enumerate(event.sentence)
        ],
        [(_("➕ Sentence part"), f"epa:{sid}:{eid}")],
        [(_("🗑 Delete this event"), f"edl:{sid}:{eid}")],
        [(_("⬅️ Back"), f"ev:{sid}")],
    ]
    await query.edit_message_reply_markup(keyboard(rows, PREFIX))


@transactional
async def event_kind_menu(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    query = update.callback_query
    assert query is not None
    if not await authorised_press(update, tx):
        return
    submission_id, event_id = _ids(update)
    if await _editable(update, tx, submission_id) is None:
        return
    await query.answer()
    rows = in_columns(
        [(_(EVENTS[k]), f"ekk:{submission_id}:{event_id}:{k.value}") for k in EVENT_KINDS]
    )
    rows.append([(_("⬅️ Back"), f"eo:{submission_id}:{event_id}")])
    await query.edit_message_reply_markup(keyboard(rows, PREFIX))


@transactional
async def event_button_change(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """One-tap changes: an event's kind, deleting an event or a sentence part, the stage."""
    query = update.callback_query
    assert query is not None and query.data is not None
    if not await authorised_press(update, tx):
        return
    parts = query.data.split(":")
    action, submission_id = parts[1], int(parts[2])
    submission = await _editable(update, tx, submission_id)
    if submission is None:
        return
    try:
        if action == "ekk":
            await services.edit_event(
                tx.session, tx.user, submission, int(parts[3]), kind=EventKind(parts[4])
            )
        elif action == "edl":
            await services.delete_event(tx.session, tx.user, submission, int(parts[3]))
        elif action == "epd":
            await services.delete_sentence_part(
                tx.session, tx.user, submission, int(parts[3]), int(parts[4])
            )
        else:  # "sgs"
            await services.edit_field(tx.session, tx.user, submission, "stage", CaseStage(parts[3]))
    except (ChangeRefused, ValueError):
        await query.answer(_("This button is no longer active."), show_alert=True)
        return
    await query.answer(_("Changed."))
    await release_lock(tx.session, submission_id, tx.user.id)
    await _show_edited(update, tx, submission_id)


@transactional
async def stage_menu(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    query = update.callback_query
    assert query is not None
    if not await authorised_press(update, tx):
        return
    [submission_id] = _ids(update)
    if await _editable(update, tx, submission_id) is None:
        return
    await query.answer()
    rows = in_columns([(_(label), f"sgs:{submission_id}:{s.value}") for s, label in STAGES.items()])
    rows.append([(_("⬅️ Back"), f"bk:{submission_id}")])
    await query.edit_message_reply_markup(keyboard(rows, PREFIX))


@transactional
async def part_menu(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """A sentence part: a new value, or delete it."""
    query = update.callback_query
    assert query is not None
    if not await authorised_press(update, tx):
        return
    submission_id, event_id, position = _ids(update)
    if await _editable(update, tx, submission_id) is None:
        return
    await query.answer()
    sid, eid = submission_id, event_id
    rows = [
        [(_("✏️ New value"), f"epv:{sid}:{eid}:{position}")],
        [(_("🗑 Delete this part"), f"epd:{sid}:{eid}:{position}")],
        [(_("⬅️ Back"), f"eo:{sid}:{eid}")],
    ]
    await query.edit_message_reply_markup(keyboard(rows, PREFIX))


@transactional
async def part_kind_menu(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """➕ Sentence part: which kind (then its value)."""
    query = update.callback_query
    assert query is not None
    if not await authorised_press(update, tx):
        return
    submission_id, event_id = _ids(update)
    if await _editable(update, tx, submission_id) is None:
        return
    await query.answer()
    rows = in_columns(
        [
            (_(label), f"epk:{submission_id}:{event_id}:{kind.value}")
            for kind, label in SENTENCE_KINDS.items()
        ]
    )
    rows.append([(_("⬅️ Back"), f"eo:{submission_id}:{event_id}")])
    await query.edit_message_reply_markup(keyboard(rows, PREFIX))


_MEASURE_QUESTIONS = {
    "term": N_("How long? For example '1 year' or '18 months'."),
    "hours": N_("How many hours?"),
    "money": N_("How much, in tenge?"),
}


@transactional
async def event_text_prompt(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx
) -> int | None:
    """Buttons that wait for text: an event's date, a new event's date, a part's value."""
    query = update.callback_query
    assert query is not None and query.data is not None
    if not await authorised_press(update, tx):
        return ConversationHandler.END
    parts = query.data.split(":")
    action, submission_id = parts[1], int(parts[2])
    submission = await _editable(update, tx, submission_id)
    if submission is None:
        return ConversationHandler.END
    await query.answer()
    data: dict[str, Any] = {"sid": submission_id}
    if action == "edd":
        data.update(action="event_date", eid=int(parts[3]))
        prompt = _("On what date? (DD.MM.YYYY)")
    elif action == "ea":
        data.update(action="event_add", kind=EventKind(parts[3]).value)
        prompt = _("On what date? (DD.MM.YYYY)")
    else:
        event = next((e for e in submission.case.events if e.id == int(parts[3])), None)
        if event is None:
            return ConversationHandler.END
        if action == "epv":
            position = int(parts[4])
            if not 0 <= position < len(event.sentence):
                return ConversationHandler.END
            kind = event.sentence[position].kind
            data.update(action="part", eid=event.id, pos=position, kind=kind.value)
        else:  # "epk": a new part of this kind
            kind = SentenceKind(parts[4])
            data.update(action="part", eid=event.id, pos=None, kind=kind.value)
        prompt = _(_MEASURE_QUESTIONS[kind.measure])
    return await _begin_text(update, tx, data, prompt)


async def _apply_event_text(
    update: Update, tx: Tx, submission: Submission, data: dict[str, Any], text: str
) -> int:
    """The awaited text of an event edit: parsed as in the report, applied by one service."""
    action = data["action"]
    if action == "event_date":
        event = next((e for e in submission.case.events if e.id == int(data["eid"])), None)
        future = event is not None and event.kind is EventKind.HEARING
        date = parse_date(text, allow_future=future)
        await services.edit_event(tx.session, tx.user, submission, int(data["eid"]), date=date)
    elif action == "event_add":
        kind = EventKind(data["kind"])
        date = parse_date(text, allow_future=kind is EventKind.HEARING)
        event = Event(
            kind=kind,
            event_date=date,
            scheduled=kind is EventKind.HEARING and date > dt.date.today(),
        )
        await services.add_case_event(tx.session, tx.user, submission, event)
    else:
        part_kind = SentenceKind(data["kind"])
        values: dict[str, Any] = {}
        if part_kind.measure == "term":
            values["term_months"] = parse_term(text)
        elif part_kind.measure == "hours":
            values["hours"] = parse_hours(text)
        else:
            values.update(amount=parse_amount(text), currency=TENGE)
        position = data.get("pos")
        await services.set_sentence_part(
            tx.session,
            tx.user,
            submission,
            int(data["eid"]),
            None if position is None else int(position),
            part_kind,
            **values,
        )
    await release_lock(tx.session, submission.id, tx.user.id)
    await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
    await _show_edited(update, tx, submission.id)
    return ConversationHandler.END


# --- the evidence: attachments ----------------------------------------------------------------


def _file_keyboard(submission_id: int, attachment: Attachment) -> InlineKeyboardMarkup | None:
    label = (
        _("🌐 Public — tap to withhold") if attachment.public else _("🔒 Not public — tap to allow")
    )
    return keyboard([[(label, f"fp:{submission_id}:{attachment.id}")]], PREFIX)


@transactional
async def files_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """📎 Files: every attachment sent to the moderator who pressed, by file id, each with its
    caption and whether it may be shown publicly (no until a moderator says yes)."""
    query = update.callback_query
    assert query is not None
    submission = await _pressed_submission(update, tx)
    if submission is None:
        return
    attachments = sorted(submission.case.attachments, key=lambda a: a.id)
    if not attachments:
        await query.answer(_("This report has no files."), show_alert=True)
        return
    await query.answer()
    chat = update.effective_chat
    assert chat is not None
    for number, attachment in enumerate(attachments, start=1):
        caption = _("📎 {n} of {total} · {reference}").format(
            n=number, total=len(attachments), reference=submission.reference
        )
        if attachment.file_name:
            caption += "\n" + esc(attachment.file_name, 200)
        markup = _file_keyboard(submission.id, attachment)
        try:
            if attachment.kind is AttachmentKind.PHOTO:
                await chat.send_photo(attachment.file_id, caption=caption, reply_markup=markup)
            else:
                await chat.send_document(attachment.file_id, caption=caption, reply_markup=markup)
        except TelegramError:
            logger.warning("could not send an attachment to a moderator", exc_info=True)
            await chat.send_message(
                _("File {n} could not be sent (Telegram no longer has it).").format(n=number)
            )


@transactional
async def file_public_toggle(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Allow or withhold public display of one file (audited)."""
    query = update.callback_query
    assert query is not None
    if not await authorised_press(update, tx):
        return
    submission_id, attachment_id = _ids(update)
    submission = await _open_submission(update, tx, submission_id)
    if submission is None:
        return
    try:
        attachment = await services.set_attachment_public(
            tx.session, tx.user, submission, attachment_id
        )
    except ChangeRefused:
        await refuse(update, tx, "unknown attachment")
        return
    await query.answer(
        _("This file may be shown publicly.")
        if attachment.public
        else _("This file will not be shown publicly.")
    )
    await query.edit_message_reply_markup(_file_keyboard(submission_id, attachment))


@transactional
async def forged_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Any `mod:` or `ans:` data no pattern accepts: forged or from an old version."""
    await refuse(update, tx, "unrecognised data")


# --- text dialogs: typed reason, question, new field value, case number, answer ----------------


async def _prompt(update: Update, text: str) -> None:
    """Ask for text; in the moderation group, a forced reply reaches the bot despite privacy
    mode."""
    chat = update.effective_chat
    assert chat is not None
    await chat.send_message(
        text + "\n\n" + _("Send /cancel to stop."),
        reply_markup=ForceReply(selective=False, input_field_placeholder=_("Your answer")),
    )


async def _begin_text(update: Update, tx: Tx, data: dict[str, Any], prompt: str) -> int:
    await save_draft(tx.session, tx.user.id, data, DRAFT_KIND)
    await _prompt(update, prompt)
    return Await.TEXT


@transactional
async def type_reason(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int | None:
    """Reject with a typed reason: ask for it."""
    query = update.callback_query
    assert query is not None
    submission = await _pressed_submission(update, tx)
    if submission is None:
        return ConversationHandler.END
    submission_id = submission.id
    await query.answer()
    return await _begin_text(
        update,
        tx,
        {"action": "reason", "sid": submission_id},
        _("Type the reason for rejecting. The submitter will read it."),
    )


@transactional
async def ask_submitter(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int | None:
    """Ask the submitter a question: ask the moderator for its text."""
    query = update.callback_query
    assert query is not None
    submission = await _pressed_submission(update, tx)
    if submission is None:
        return ConversationHandler.END
    submission_id = submission.id
    if submitter_chat(tx, submission.submitter) is None:
        await query.answer(_("The submitter of this report cannot be reached."), show_alert=True)
        return ConversationHandler.END
    await query.answer()
    return await _begin_text(
        update,
        tx,
        {"action": "ask", "sid": submission_id},
        _("Type your question. The submitter will see it without your name."),
    )


@transactional
async def edit_field(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int | None:
    """A field to edit was chosen: take the lock and ask for the new value."""
    query = update.callback_query
    assert query is not None and query.data is not None
    if not await authorised_press(update, tx):
        return ConversationHandler.END
    submission_id, code = int(query.data.split(":")[2]), query.data.split(":")[3]
    if code not in EDIT_FIELDS:
        await refuse(update, tx, "unknown field")
        return ConversationHandler.END
    submission = await _open_submission(update, tx, submission_id)
    if submission is None:
        return ConversationHandler.END
    holder = await acquire_lock(tx.session, submission_id, tx.user.id)
    if holder != tx.user.id:
        await _locked_by_other(update, tx, submission_id)
        return ConversationHandler.END
    await query.answer()
    current = services.field_value(submission.case, SERVICE_FIELD.get(code, code))
    if isinstance(query.message, Message):
        try:
            await query.edit_message_text(
                await render_card(tx, submission), reply_markup=submission_keyboard(submission)
            )
        except TelegramError:
            logger.debug("could not show the edit lock on the card", exc_info=True)
    label = _(EDIT_FIELDS[code][0])
    return await _begin_text(
        update,
        tx,
        {"action": "edit", "sid": submission_id, "field": code},
        _("New value for «{field}». Now: {value}").format(
            field=label, value=esc(_show(current), 1500) or "—"
        ),
    )


@transactional
async def duplicate_type(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int | None:
    """Duplicate of a case not in the list: ask for its number."""
    query = update.callback_query
    assert query is not None
    submission = await _pressed_submission(update, tx)
    if submission is None:
        return ConversationHandler.END
    submission_id = submission.id
    await query.answer()
    return await _begin_text(
        update, tx, {"action": "dup", "sid": submission_id}, _("Send the number of the case.")
    )


@transactional
async def answer_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int | None:
    """The submitter pressed Reply under a relayed question: ask for the answer."""
    query = update.callback_query
    assert query is not None
    [question_id] = _ids(update)
    question = await question_for_submitter(tx.session, tx.user.id, question_id=question_id)
    if question is None:
        logger.warning("refused an answer button by user #%s", tx.user.id)
        await query.answer(_("This button is no longer active."), show_alert=True)
        return ConversationHandler.END
    await query.answer()
    return await _begin_text(
        update,
        tx,
        {"action": "answer", "qid": question_id},
        _("Type your answer. The moderators will not see your name or account."),
    )


@transactional
async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int:
    """The awaited text arrived: act on it according to the stored draft."""
    message = update.effective_message
    assert message is not None and message.text is not None
    draft = await load_draft(tx.session, tx.user.id, DRAFT_KIND)
    data = dict(draft.data) if draft else {}
    action = data.get("action")
    text = clean(message.text, multiline=True)  # no NUL or control characters reach the DB
    if action == "answer":
        question = await question_for_submitter(
            tx.session, tx.user.id, question_id=int(data["qid"])
        )
        await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
        if question is not None:
            await record_answer(update, context, tx, question, text)
        return ConversationHandler.END
    # Everything else is a moderator's: the role is checked again, now.
    if not is_moderator(tx.user) or action not in (
        "reason",
        "ask",
        "edit",
        "dup",
        "event_date",
        "event_add",
        "part",
    ):
        await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
        logger.warning("refused moderation text by user #%s", tx.user.id)
        await message.reply_text(_("This command is for moderators."))
        return ConversationHandler.END
    submission_id = int(data["sid"])
    submission = await get_submission(tx.session, submission_id)
    if submission is None or submission.status not in OPEN_STATUSES:
        await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
        await message.reply_text(_already_decided(await decided_by(tx.session, submission_id)))
        return ConversationHandler.END
    try:
        if action == "reason":
            return await _typed_reason(update, tx, submission, text)
        if action == "ask":
            return await _send_question(update, context, tx, submission, text)
        if action == "edit":
            return await _apply_edit(update, tx, submission, str(data["field"]), text)
        if action in ("event_date", "event_add", "part"):
            return await _apply_event_text(update, tx, submission, data, text)
        return await _typed_duplicate(update, tx, submission, text)
    except InvalidAnswer as problem:
        await message.reply_text(str(problem))
        return Await.TEXT
    except ChangeRefused:
        await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
        await message.reply_text(_("This button is no longer active."))
        return ConversationHandler.END


async def _typed_reason(update: Update, tx: Tx, submission: Submission, text: str) -> int:
    message = update.effective_message
    assert message is not None
    _bounded(text, 1000)
    await save_draft(
        tx.session,
        tx.user.id,
        {"action": "reason", "sid": submission.id, "reason": text},
        DRAFT_KIND,
    )
    await message.reply_text(
        _("Reject {reference} with this reason?\n\n{reason}").format(
            reference=submission.reference, reason=esc(text, 1000)
        ),
        reply_markup=_confirm_reject_keyboard(submission.id, "t", _("as typed")),
    )
    return ConversationHandler.END


async def _send_question(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx, submission: Submission, text: str
) -> int:
    message = update.effective_message
    assert message is not None
    _bounded(text, MAX_QUESTION)
    chat_id = submitter_chat(tx, submission.submitter)
    await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
    if chat_id is None or submission.submitter is None:
        await message.reply_text(_("The submitter of this report cannot be reached."))
        return ConversationHandler.END
    question = await services.request_changes(tx.session, tx.user, submission, text)
    with use_locale(submission.submitter.language):
        relay = _(
            "A moderator has a question about your report {reference}:\n\n"
            "<blockquote>{question}</blockquote>\n\n"
            "Press Reply, or reply to this message. Your name and account stay hidden."
        ).format(reference=submission.reference, question=esc(text, MAX_QUESTION))
        markup = keyboard([[(_("↩️ Reply"), f"{ANSWER_PREFIX}{question.id}")]])
    question_id = question.id
    sessionmaker = tx.res.sessionmaker

    async def relay_question() -> None:
        try:
            sent = await context.bot.send_message(chat_id, relay, reply_markup=markup)
        except TelegramError:
            logger.warning("could not relay a question to a submitter", exc_info=True)
            return
        # Remember the relayed message so that a plain reply to it is recognised.
        async with sessionmaker() as session, session.begin():
            row = await session.get(ThreadMessage, question_id)
            if row is not None:
                row.relayed_message_id = sent.message_id

    tx.after_commit(relay_question)
    await message.reply_text(
        _("Your question was sent to the submitter of {reference}.").format(
            reference=submission.reference
        )
    )
    return ConversationHandler.END


async def record_answer(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx, question: ThreadMessage, text: str
) -> None:
    """Store the submitter's answer and bring it back to the moderators, on the card."""
    message = update.effective_message
    assert message is not None
    if not await take_relay_allowance(tx):
        # Flood control: one person or a script cannot bury the moderators in answers.
        await message.reply_text(relay_limit_text(tx))
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
    await message.reply_text(_("Thank you. Your answer was passed to the moderators."))


#: Edit buttons whose service field has another name.
SERVICE_FIELD = {"article": "charges"}


def _parsed_value(code: str, text: str) -> tuple[str, Any]:
    """The service field and typed value of a moderator's text, parsed as in the report."""
    if code == "name":
        return "name", (text, split_name(text))
    if code == "aliases":
        return "aliases", [s.strip() for s in re.split(r"[\n;]+", text) if s.strip()]
    if code == "article":
        charges = [parse_article(part) for part in re.split(r"[\n;]+", text) if part.strip()]
        return "charges", charges
    if code == "acts":
        return "acts", [(a.description, a.act_date) for a in parse_acts(text)]
    if code == "sources":
        return "sources", parse_sources(text)
    return code, text


async def _apply_edit(update: Update, tx: Tx, submission: Submission, code: str, text: str) -> int:
    """Apply a new value under the lock, through the one edit service (audited, re-indexed)."""
    message = update.effective_message
    assert message is not None
    holder = await lock_holder(tx.session, submission.id)
    if holder is not None and holder != tx.user.id:
        await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
        await message.reply_text(
            _("Being edited by {who}. Try again in a few minutes.").format(
                who=moderator_label(holder)
            )
        )
        return ConversationHandler.END
    _bounded(text, EDIT_FIELDS[code][1])
    service_field, value = _parsed_value(code, text)
    try:
        await services.edit_field(tx.session, tx.user, submission, service_field, value)
    except ChangeRefused as refused:
        raise InvalidAnswer(_("Please send a shorter or non-empty value.")) from refused
    await release_lock(tx.session, submission.id, tx.user.id)
    await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
    await _show_edited(update, tx, submission.id)
    return ConversationHandler.END


async def _show_edited(update: Update, tx: Tx, submission_id: int) -> None:
    chat = update.effective_chat
    assert chat is not None
    fresh = await get_submission(tx.session, submission_id)
    assert fresh is not None
    sent = await chat.send_message(
        await render_card(
            tx, fresh, "✏️ " + _("Edited by {who}").format(who=moderator_label(tx.user.id))
        ),
        reply_markup=submission_keyboard(fresh),
    )
    await remember_card(tx.session, tx.res, submission_id, chat.id, sent.message_id)


async def _typed_duplicate(update: Update, tx: Tx, submission: Submission, text: str) -> int:
    message = update.effective_message
    assert message is not None
    match = re.fullmatch(r"#?\s*(\d{1,9})", text)
    if not match:
        raise InvalidAnswer(_("Please send the case number, for example 12."))
    target = await get_case(tx.session, int(match.group(1)))
    if target is None or not mergeable(submission, target):
        raise InvalidAnswer(_("That case cannot take this report. Send another number."))
    await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
    await message.reply_text(
        render_case_card(target, reserve=200),
        reply_markup=_confirm_merge_keyboard(submission.id, target),
    )
    return ConversationHandler.END


def _bounded(text: str, limit: int) -> str:
    if not text:
        raise InvalidAnswer(_("Please send some text."))
    if len(text) > limit:
        raise InvalidAnswer(
            _("That is too long ({length} characters). Please keep it under {limit}.").format(
                length=len(text), limit=limit
            )
        )
    return text


def _show(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return "" if value is None else str(value)


async def relay_reply(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Before all other handlers: a submitter's plain reply to a relayed question is an answer
    (and nothing else handles it)."""
    if await _reply_to_question(update, context):
        raise ApplicationHandlerStop


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


async def cancel_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """/cancel while the bot waits for a moderation text."""
    return await _cancel(update, context)


@transactional
async def _cancel(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int:
    draft = await load_draft(tx.session, tx.user.id, DRAFT_KIND)
    if draft is not None and draft.data.get("action") == "edit":
        await release_lock(tx.session, int(draft.data["sid"]), tx.user.id)
    await delete_draft(tx.session, tx.user.id, DRAFT_KIND)
    message = update.effective_message
    assert message is not None
    await message.reply_text(_("Stopped. Nothing was changed."))
    return ConversationHandler.END


def build_moderation_conversation() -> ConversationHandler[ContextTypes.DEFAULT_TYPE]:
    entry_points = [
        CallbackQueryHandler(type_reason, pattern=well_formed(rf"^{PREFIX}rt:\d+$")),
        CallbackQueryHandler(ask_submitter, pattern=well_formed(rf"^{PREFIX}ask:\d+$")),
        CallbackQueryHandler(edit_field, pattern=well_formed(rf"^{PREFIX}ef:\d+:[a-z]+$")),
        CallbackQueryHandler(duplicate_type, pattern=well_formed(rf"^{PREFIX}dt:\d+$")),
        CallbackQueryHandler(event_text_prompt, pattern=well_formed(rf"^{PREFIX}edd:\d+:\d+$")),
        CallbackQueryHandler(event_text_prompt, pattern=well_formed(rf"^{PREFIX}ea:\d+:[a-z_]+$")),
        CallbackQueryHandler(
            event_text_prompt, pattern=well_formed(rf"^{PREFIX}epv:\d+:\d+:\d{{1,2}}$")
        ),
        CallbackQueryHandler(
            event_text_prompt, pattern=well_formed(rf"^{PREFIX}epk:\d+:\d+:[a-z_]+$")
        ),
        CallbackQueryHandler(answer_button, pattern=well_formed(rf"^{ANSWER_PREFIX}\d+$")),
    ]
    with warnings.catch_warnings():
        # Keyed by user only: a moderator presses in the group and may answer there or in
        # private; states hold no message-specific data (it is in the draft).
        warnings.filterwarnings("ignore", category=PTBUserWarning, message=".*per_message.*")
        return ConversationHandler(
            entry_points=entry_points,  # type: ignore[arg-type]
            states={Await.TEXT: [MessageHandler(filters.TEXT & ~filters.COMMAND, on_text)]},
            fallbacks=[CommandHandler("cancel", cancel_text)],
            name="moderation",
            persistent=True,
            per_chat=False,
            per_user=True,
            allow_reentry=True,
        )


# --- the queue ---------------------------------------------------------------------------------


async def _queue_page(tx: Tx, page: int) -> tuple[str, InlineKeyboardMarkup | None]:
    submissions, total = await open_submissions(
        tx.session, offset=page * QUEUE_PAGE, limit=QUEUE_PAGE
    )
    if total == 0:
        return _("The queue is empty."), None
    pages = (total + QUEUE_PAGE - 1) // QUEUE_PAGE
    lines = [
        "<b>"
        + _("Waiting for review: {n}").format(n=total)
        + "</b> · "
        + _("page {page} of {pages}").format(page=page + 1, pages=pages),
        "",
    ]
    rows: list[list[tuple[str, str]]] = []
    for number, submission in enumerate(submissions, start=page * QUEUE_PAGE + 1):
        waiting = " ⏳" if submission.status is SubmissionStatus.CHANGES_REQUESTED else ""
        lines.append(
            f"{number}. <code>{submission.reference}</code> — "
            f"{esc(submission.case.person.name_as_entered, 80)} — "
            f"{format_date(submission.created_at.date())}{waiting}"
        )
        rows.append(
            [(_("Open {reference}").format(reference=submission.reference), f"sh:{submission.id}")]
        )
    navigation = []
    if page > 0:
        navigation.append((_("◀️ Older"), f"q:{page - 1}"))
    if page + 1 < pages:
        navigation.append((_("Newer ▶️"), f"q:{page + 1}"))
    rows.append(navigation)
    return "\n".join(lines), keyboard(rows, PREFIX)


@transactional
async def queue_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/queue: pending submissions, oldest first."""
    if not await authorised_command(update, tx):
        return
    message = update.effective_message
    assert message is not None
    text, markup = await _queue_page(tx, 0)
    await message.reply_text(text, reply_markup=markup)


@transactional
async def queue_page(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Paging buttons of /queue."""
    query = update.callback_query
    assert query is not None
    if not await authorised_press(update, tx):
        return
    [page] = _ids(update)
    await query.answer()
    text, markup = await _queue_page(tx, min(page, 10_000))
    try:
        await query.edit_message_text(text, reply_markup=markup)
    except TelegramError:
        logger.debug("queue page unchanged", exc_info=True)


# --- history -----------------------------------------------------------------------------------


def _describe(entry: AuditEntry) -> str:
    details = entry.details or {}
    if entry.action == "edit":
        return _("{field}: {before} → {after}").format(
            field=details.get("field"),
            before=esc(_show(details.get("before")), 200) or "—",
            after=esc(_show(details.get("after")), 200) or "—",
        )
    if entry.action == "reject":
        return esc(details.get("reason", ""), 300)
    if entry.action in ("question", "answer"):
        return esc(details.get("text", ""), 300)
    if entry.action in ("merge", "approve") and details.get("added"):
        return esc(", ".join(f"{k}: {len(v)}" for k, v in details["added"].items()), 300)
    if entry.action == "event":
        return esc(f"{details.get('kind', '')} {details.get('date') or ''}", 100)
    return ""


@transactional
async def history_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/history <case id>: every moderation action on the case."""
    if not await authorised_command(update, tx):
        return
    message = update.effective_message
    assert message is not None
    args = context.args or []
    case_id = parse_id(args[0]) if len(args) == 1 else None
    if case_id is None:
        await message.reply_text(_("Usage: /history &lt;case number&gt;"))
        return
    entries = await case_history(tx.session, case_id)
    if not entries:
        await message.reply_text(_("No moderation history for case #{id}.").format(id=case_id))
        return
    lines: list[str] = []
    former = await former_moderators(
        tx.session, {e.actor_id for e in entries if e.actor_id is not None}
    )
    for entry in entries:
        if entry.action in ("answer", "update_proposed") and entry.actor_id is None:
            who = _("Submitter")
        elif entry.actor_id in former:
            who = _("Former moderator #{n}").format(n=entry.actor_id)
        else:
            who = moderator_label(entry.actor_id)
        detail = _describe(entry)
        action = _(ACTION_LABELS.get(entry.action, entry.action))
        lines.append(
            f"{entry.created_at:%Y-%m-%d %H:%M} · {who} · {action}"
            + (f": {detail}" if detail else "")
        )
    header = "<b>" + _("History of case #{id}").format(id=case_id) + "</b>"
    # Newest entries are kept when the whole history does not fit one message.
    while len(lines) > 1 and len("\n".join(lines)) > 3800:
        lines.pop(0)
    await message.reply_text(header + "\n\n" + "\n".join(lines))


# --- roles -------------------------------------------------------------------------------------


@transactional
async def moderators_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/moderators [add|remove <Telegram user id>]: admins manage moderators."""
    if not await authorised_command(update, tx, admin=True):
        return
    message = update.effective_message
    assert message is not None
    args = context.args or []
    telegram_id = parse_telegram_user_id(args[1]) if len(args) == 2 else None
    if telegram_id is not None and args[0] in ("add", "remove"):
        await _change_role(update, context, tx, telegram_id, add=args[0] == "add")
        return
    moderators = await users_with_role(tx.session, Role.MODERATOR)
    listing = "\n".join(f"• {moderator_label(m.id)}" for m in moderators) or _("No moderators yet.")
    await message.reply_text(
        listing
        + "\n\n"
        + _(
            "To add or remove a moderator, send /moderators add &lt;user id&gt; or "
            "/moderators remove &lt;user id&gt;, or forward me a message from that person."
        )
    )


async def _change_role(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx, telegram_id: int, *, add: bool
) -> None:
    chat = update.effective_chat
    assert chat is not None
    if telegram_id in tx.res.settings.admin_ids:
        await chat.send_message(
            _("That person is an administrator (ADMIN_IDS); their role cannot change here.")
        )
        return
    tg_hash = tx.res.user_hash(telegram_id)
    existing = await get_user(tx.session, tg_hash)
    before = existing.role.value if existing else Role.USER.value
    target = await set_role(tx.session, tg_hash, Role.MODERATOR if add else Role.USER, "en")
    if add and target.chat_enc is None:
        # A private chat's id is the user's id: the cards can reach them.
        target.chat_enc = tx.res.vault.encrypt(telegram_id)
    await audit(
        tx.session, tx.user, "role", target_user=target.id, before=before, after=target.role.value
    )
    label = moderator_label(target.id)
    await chat.send_message(
        (_("{who} is now a moderator.") if add else _("{who} is no longer a moderator.")).format(
            who=label
        )
    )
    language = target.language

    async def tell() -> None:
        with use_locale(language):
            text = (
                _("You are now a moderator of CaseWatch. Send /queue to see the reports waiting.")
                if add
                else _("You are no longer a moderator of CaseWatch.")
            )
        try:
            await context.bot.send_message(telegram_id, text)
        except TelegramError:
            logger.info(
                "could not tell user #%s about their role (never wrote to the bot?)", target.id
            )

    tx.after_commit(tell)


@transactional
async def role_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Make moderator / Remove moderator, offered after an admin forwarded a message."""
    query = update.callback_query
    assert query is not None and query.data is not None
    if not await authorised_press(update, tx):
        return
    if tx.user.role is not Role.ADMIN:
        await refuse(update, tx, "not an admin")
        return
    await query.answer()
    _prefix, _role, action, telegram_id = query.data.split(":")
    await _change_role(update, context, tx, int(telegram_id), add=action == "add")


async def forwarded_to_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Before all other handlers: an admin forwarding a message picks that person's role."""
    if await _forwarded(update, context):
        raise ApplicationHandlerStop


@transactional
async def _forwarded(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> bool:
    message = update.effective_message
    if message is None or message.forward_origin is None or tx.user.role is not Role.ADMIN:
        return False
    origin = message.forward_origin
    if isinstance(origin, MessageOriginUser):
        if origin.sender_user.is_bot:
            await message.reply_text(_("That message is from a bot."))
            return True
        telegram_id = origin.sender_user.id
        await message.reply_text(
            _("Change this person's role?"),
            reply_markup=keyboard(
                [
                    [
                        (_("➕ Make moderator"), f"role:add:{telegram_id}"),
                        (_("➖ Remove moderator"), f"role:rm:{telegram_id}"),
                    ]
                ],
                PREFIX,
            ),
        )
    elif isinstance(origin, MessageOriginHiddenUser):
        await message.reply_text(
            _(
                "This person hides their account in forwarded messages, so I cannot tell who "
                "they are. Ask them for their numeric Telegram user id and send "
                "/moderators add &lt;user id&gt;."
            )
        )
    elif isinstance(origin, MessageOriginChat | MessageOriginChannel):
        await message.reply_text(
            _("That message was forwarded from a chat or channel, not from a person.")
        )
    else:
        return False
    return True


def register(application: Any) -> None:
    """Moderation handlers, in the order they must be checked (see bot/app.py)."""
    application.add_handler(CommandHandler("queue", queue_command))
    application.add_handler(CommandHandler("history", history_command))
    application.add_handler(CommandHandler("moderators", moderators_command))
    application.add_handler(build_moderation_conversation())
    buttons: list[tuple[str, Any]] = [
        (r"ap:\d+", approve),
        (r"ac:\d+", approve_confirm),
        (r"fl:\d+", files_button),
        (r"ev:\d+", events_menu),
        (r"eo:\d+:\d+", event_open),
        (r"ekd:\d+:\d+", event_kind_menu),
        (r"ekk:\d+:\d+:[a-z_]+", event_button_change),
        (r"edl:\d+:\d+", event_button_change),
        (r"epd:\d+:\d+:\d{1,2}", event_button_change),
        (r"sgs:\d+:[a-z_]+", event_button_change),
        (r"sg:\d+", stage_menu),
        (r"ep:\d+:\d+:\d{1,2}", part_menu),
        (r"epa:\d+:\d+", part_kind_menu),
        (r"fp:\d+:\d+", file_public_toggle),
        (r"dp:\d+:\d+:\d{1,2}", difference_pick),
        (r"rj:\d+", reject_menu),
        (r"rr:\d+:[a-z_]+", reject_reason),
        (r"rc:\d+:[a-z_]+", reject_confirm),
        (r"bk:\d+", back_to_card),
        (r"du:\d+", duplicate_menu),
        (r"dm:\d+:\d+", duplicate_choice),
        (r"dc:\d+:\d+", duplicate_confirm),
        (r"ed:\d+", edit_menu),
        (r"sh:\d+", show_card),
        (r"q:\d+", queue_page),
        (r"role:(?:add|rm):\d+", role_button),
    ]
    for pattern, callback in buttons:
        application.add_handler(
            CallbackQueryHandler(callback, pattern=well_formed(rf"^{PREFIX}{pattern}$"))
        )
    application.add_handler(
        CallbackQueryHandler(forged_button, pattern=rf"^(?:{PREFIX}|{ANSWER_PREFIX})")
    )
