"""Reporter safety: what a person at risk needs before, while and after reporting.

- A plain privacy notice before the first report (and on /privacy), acknowledged once.
- Flood control per person, counted in the database (`db.safety`).
- "Erase our chat": the ids of the report conversation's messages are kept, encrypted and not
  linked to the submission, for at most 48 hours (Telegram lets a bot delete messages in a
  private chat only while they are younger than that), and deleted on request.
- /mydata shows what is linked to the person; /forget cuts every link after a confirmation.
- Moderators see a stable pseudonym per reporter, never a Telegram identity.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Bot, InlineKeyboardMarkup, Message, Update
from telegram.error import TelegramError
from telegram.ext import Application, ContextTypes

from bot.infra.context import Tx, resources, transactional
from bot.infra.crypto import IdentityVault, InvalidToken
from bot.infra.i18n import N_, _, ngettext, use_locale
from bot.ui.callbacks import EraseChat, ForgetChoice, PrivacyAck
from bot.ui.edits import edit_markup
from bot.ui.keyboards import keyboard
from bot.ui.render import esc
from db import safety as store
from db.models import ConversationState, ModerationCard, SubmissionStatus, User, utcnow
from db.moderation import retire_actor

logger = logging.getLogger(__name__)

#: Telegram lets a bot delete a message in a private chat only while it is younger than this.
DELETABLE_FOR = dt.timedelta(hours=48)
#: deleteMessages takes at most this many ids per call.
DELETE_BATCH = 100
#: The most message ids kept for one conversation.
MAX_TRACKED_MESSAGES = 1000

_PSEUDONYM_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


# --- pseudonyms ----------------------------------------------------------------------------------


def reporter_pseudonym(vault: IdentityVault, user: User | None) -> str:
    """A stable name for moderators, e.g. "Reporter #7K2M9Q": the same person always gets the
    same one (repeat or abusive senders show), but it reveals nothing about who they are, nor
    how many people reported before them (unlike the sequential users.id). It derives from the
    user row's random salt, which /forget discards: reports before and after are not linkable."""
    if user is None:
        return _("Anonymous reporter")
    number = int.from_bytes(vault.pseudonym_digest(user.pseudonym_salt)[:8], "big")
    code = "".join(_PSEUDONYM_ALPHABET[(number >> (5 * i)) & 31] for i in range(6))
    return _("Reporter #{code}").format(code=code)


# --- privacy notice ------------------------------------------------------------------------------


def privacy_notice(bot_username: str | None) -> str:
    username = esc(bot_username or "", 64)
    return "\n\n".join(
        [
            "🔒 <b>" + _("Before you report: your safety") + "</b>",
            _(
                "<b>What is stored:</b> what you write in the report. Not your Telegram id, "
                "name or username: only a keyed code to recognise you. If you send a report "
                "under your name, your chat id is kept, encrypted, so that moderators can "
                "tell you their decision."
            ),
            _(
                "<b>Who can see it:</b> the moderators see your report and a pseudonym such as "
                "“Reporter #7K2M9Q”, never who you are. Nothing is published until a moderator "
                "has checked it, and the public never sees who reported a case."
            ),
            _(
                "<b>Telegram sees the chat:</b> chats with bots are not end-to-end encrypted. "
                "Telegram itself can see that you use this bot, when, and what you send."
            ),
            _(
                "<b>Your choices:</b> you can send a report anonymously (then nobody can contact "
                "you about it), erase our chat after sending, see what we hold with /mydata and "
                "erase it with /forget."
            ),
            _(
                "⚠️ The only real bot is <b>@{username}</b>. Impostor bots exist: check the "
                "username before you write anything."
            ).format(username=username),
        ]
    )


def _ack_button(report_message_id: int | None) -> InlineKeyboardMarkup | None:
    return keyboard([[(_("I understand, start the report"), PrivacyAck(report_message_id))]])


async def privacy_gate(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx
) -> list[int] | None:
    """Called when a report starts. None: the notice was shown and the report must wait for its
    acknowledgement. Otherwise the ids of notice messages that belong to the conversation."""
    query = update.callback_query
    ack = PrivacyAck.parse(query.data) if query is not None else None
    if query is not None and ack is not None:
        earlier: list[int] = []
        if isinstance(query.message, Message):
            earlier.append(query.message.message_id)
            tx.alongside_after_commit(functools.partial(_drop_ack_button, update))
        if ack.asked_by is not None:
            earlier.insert(0, ack.asked_by)
        if tx.user.privacy_ack_at is None:
            tx.user.privacy_ack_at = utcnow()
        return earlier
    if tx.user.privacy_ack_at is not None:
        return []
    chat = update.effective_chat
    assert chat is not None
    asked_by = update.message.message_id if update.message is not None else None
    tx.call_after_commit(
        chat.send_message, privacy_notice(context.bot.username), reply_markup=_ack_button(asked_by)
    )
    return None


async def _drop_ack_button(update: Update) -> None:
    try:
        await edit_markup(update, None)
    except TelegramError:
        logger.debug("could not remove the notice's button", exc_info=True)


@transactional
async def privacy_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/privacy: the notice again; with the button to acknowledge it if that is still due."""
    message = update.effective_message
    assert message is not None
    markup = _ack_button(None) if tx.user.privacy_ack_at is None else None
    tx.call_after_commit(
        message.reply_text, privacy_notice(context.bot.username), reply_markup=markup
    )


# --- flood control -------------------------------------------------------------------------------


def submission_limit_text(tx: Tx) -> str:
    return _(
        "Thank you for your reports. To keep moderation possible, one person can send at most "
        "{n} reports in 24 hours. Your report is kept as a draft: please send it later."
    ).format(n=tx.res.settings.max_submissions_per_day)


async def may_start_report(tx: Tx) -> bool:
    """Whether the user may still submit a report in the current window."""
    left = await store.allowance_left(
        tx.session,
        tx.user.id,
        store.SUBMISSION,
        tx.res.settings.max_submissions_per_day,
        utcnow(),
    )
    return left > 0


async def take_submission_allowance(tx: Tx) -> bool:
    """Count one submission; False (nothing counted) when the daily limit is reached."""
    return await store.take_allowance(
        tx.session,
        tx.user.id,
        store.SUBMISSION,
        tx.res.settings.max_submissions_per_day,
        utcnow(),
    )


async def take_relay_allowance(tx: Tx) -> bool:
    """Count one question/answer relayed to the moderators; False when over the daily limit.
    For the moderators' ask-the-submitter relay: refuse with `relay_limit_text` when False."""
    return await store.take_allowance(
        tx.session,
        tx.user.id,
        store.RELAYED_MESSAGE,
        tx.res.settings.max_relayed_messages_per_day,
        utcnow(),
    )


def relay_limit_text(tx: Tx) -> str:
    return _(
        "Thank you. You have sent the moderators {n} messages today, which is the most we can "
        "pass on in 24 hours. Please write again tomorrow."
    ).format(n=tx.res.settings.max_relayed_messages_per_day)


# --- erase our chat ------------------------------------------------------------------------------


def _coarse_now() -> int:
    """Now, rounded down to the hour, for Fernet timestamps that would otherwise date things."""
    return int(store.hour_floor(utcnow()).timestamp())


#: Ids kept at most between the last kept message and a copy re-sent after a crash.
MAX_UNRECORDED_GAP = 20

#: One kept message: its id and the hour it was sent (Unix seconds, rounded down).
Kept = tuple[int, int]


def _read_payload(vault: IdentityVault, token: str) -> tuple[int, list[Kept]] | None:
    """(chat id, kept messages). Records written before hours were kept count as this hour."""
    try:
        payload = json.loads(vault.decrypt(token))
        chat = int(payload["chat"])
        if "sent" in payload:
            return chat, [(int(i), int(at)) for i, at in payload["sent"]]
        return chat, [(int(i), _coarse_now()) for i in payload["ids"]]
    except (InvalidToken, ValueError, KeyError, TypeError):
        logger.error("an erasable conversation record could not be read; dropping it")
        return None


async def keep_sent(
    session: AsyncSession,
    vault: IdentityVault,
    user_id: int,
    chat_id: int,
    ids: Sequence[int],
    *,
    since_last_kept: bool = False,
) -> None:
    """Add messages the bot sent (`ids`) to the person's erasable record, merged with every
    earlier report's messages in the same chat that Telegram still lets the bot delete; older
    ones are dropped, and the record expires with its newest message. Called at submit time and
    by the outbox's receipts (bot/outbox/notices.py: written when the outbox marks a message
    sent, also after a crash). `since_last_kept`: a copy sent again after a crash; every id
    between the last one kept in this chat and the first of `ids` is kept too (at most
    MAX_UNRECORDED_GAP), since an earlier copy whose id was never learned lies there."""
    now = utcnow()
    hour = _coarse_now()
    oldest_deletable = int((now - DELETABLE_FOR).timestamp())
    await store.purge_erasables(session, now)
    kept: dict[int, int] = {}
    existing = await store.get_erasable(session, user_id)
    if existing is not None:
        earlier = _read_payload(vault, existing.payload_enc)
        if earlier is not None and earlier[0] == chat_id:
            kept = {i: at for i, at in earlier[1] if at + 3600 > oldest_deletable}
    if since_last_kept and kept and ids:
        first_new = min(ids)
        ids = [*ids, *range(max(max(kept) + 1, first_new - MAX_UNRECORDED_GAP), first_new)]
    for message_id in ids:
        kept.setdefault(message_id, hour)
    sent = sorted(kept.items(), key=lambda item: (item[1], item[0]))[-MAX_TRACKED_MESSAGES:]
    token = vault.encrypt(json.dumps({"chat": chat_id, "sent": sent}), at_time=hour)
    expires = store.hour_floor(now) + DELETABLE_FOR + dt.timedelta(hours=1)
    await store.put_erasable(session, user_id, token, expires)


async def keep_for_erasing(tx: Tx, chat_id: int, message_ids: Sequence[int]) -> None:
    """At submit time: keep the conversation's message ids for "Erase our chat" (with those of
    earlier reports still deletable), encrypted, for as long as Telegram allows deleting."""
    await keep_sent(tx.session, tx.res.vault, tx.user.id, chat_id, list(dict.fromkeys(message_ids)))


def erase_button() -> InlineKeyboardMarkup | None:
    return keyboard([[(_("🧹 Erase our chat"), EraseChat())]])


async def delete_messages(bot: Bot, chat_id: int, message_ids: Sequence[int]) -> list[int]:
    """Delete the messages, 100 per call; returns the ids that could not be deleted.

    deleteMessages is all-or-nothing offline and says nothing about which id failed on
    Telegram, so a refused batch is retried one message at a time to find out.
    """
    failed: list[int] = []
    ids = sorted(set(message_ids))
    for start in range(0, len(ids), DELETE_BATCH):
        batch = ids[start : start + DELETE_BATCH]
        try:
            if await bot.delete_messages(chat_id, batch):
                continue
        except TelegramError:
            logger.info("bulk delete refused; deleting one by one")
        for message_id in batch:
            try:
                await bot.delete_message(chat_id, message_id)
            except TelegramError:
                failed.append(message_id)
    return failed


@transactional
async def erase_chat(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """The "Erase our chat" button under a submission confirmation."""
    query = update.callback_query
    assert query is not None
    tx.call_after_commit(query.answer)
    chat = update.effective_chat
    assert chat is not None
    now = utcnow()
    await store.purge_erasables(tx.session, now)
    record = await store.get_erasable(tx.session, tx.user.id)
    payload = _read_payload(tx.res.vault, record.payload_enc) if record is not None else None
    await store.delete_erasable(tx.session, tx.user.id)
    ids: list[int] = []
    if payload is not None and payload[0] == chat.id:
        ids = [message_id for message_id, _hour in payload[1]]
    if isinstance(query.message, Message):
        ids.append(query.message.message_id)  # the confirmation with this button
    if not ids:
        tx.call_after_commit(chat.send_message, _("There is nothing left that I can erase."))
        return
    language, bot = tx.user.language, context.bot

    async def erase() -> None:
        # After the commit: the deletions are round trips, no transaction waits on them.
        failed = await delete_messages(bot, chat.id, ids)
        with use_locale(language):
            text = _erased_text(len(set(ids)) - len(failed), len(failed))
        await chat.send_message(text)

    tx.after_commit(erase)


def _erased_text(deleted: int, failed: int) -> str:
    text = ngettext(
        "Erased {n} message of our conversation.",
        "Erased {n} messages of our conversation.",
        deleted,
    ).format(n=deleted)
    if not failed:
        # Telegram's deleteMessages skips silently what it cannot delete (older than 48 hours).
        return (
            text
            + " "
            + _(
                "If an older message is still there, a bot cannot delete it: please delete it "
                "yourself, or delete this whole chat."
            )
        )
    return (
        text
        + "\n"
        + ngettext(
            "{n} message could not be erased",
            "{n} messages could not be erased",
            failed,
        ).format(n=failed)
        + " "
        + _(
            "(Telegram lets a bot delete only messages younger than 48 hours, and not those "
            "already deleted). Please delete them yourself, or delete this whole chat."
        )
    )


# --- /mydata and /forget -------------------------------------------------------------------------

STATUS_LABELS = {
    SubmissionStatus.PENDING: N_("waiting for a moderator"),
    SubmissionStatus.APPROVED: N_("approved and published"),
    SubmissionStatus.REJECTED: N_("not published"),
    SubmissionStatus.CHANGES_REQUESTED: N_("changes requested"),
}
#: How rows of other tables that point at a user are named in /mydata. A table not named here
#: is still listed (by its table name), so nothing linked to a person is ever hidden.
LINKED_TABLE_LABELS = {
    "drafts": N_("Reports in progress"),
    "subscriptions": N_("Alert subscriptions"),
    "flood_counters": N_("Counters of your recent reports (flood control, kept 24 hours)"),
    "erasable_chats": N_("Message ids kept for “Erase our chat” (kept 48 hours at most)"),
}
ROLE_LABELS = {"user": N_("reporter"), "moderator": N_("moderator"), "admin": N_("administrator")}

#: Extra sections of /mydata: each returns lines (already escaped HTML) about the acting user.
#: Other modules append to it (e.g. alerts can list subscriptions in detail).
MyDataSection = Callable[[Tx], Awaitable[list[str]]]
MYDATA_SECTIONS: list[MyDataSection] = []


async def _submissions_section(tx: Tx) -> list[str]:
    own = await store.own_submissions(tx.session, tx.user.id)
    if not own:
        return [_("Reports linked to you: none (anonymous reports are never linked).")]
    lines = [_("Reports linked to you:")]
    lines += [
        f"• <code>{esc(s.reference)}</code> — {_(STATUS_LABELS[s.status])}, {s.created_at:%d.%m.%Y}"
        for s in own
    ]
    return lines


async def _linked_rows_section(tx: Tx) -> list[str]:
    counts = await store.linked_row_counts(tx.session, tx.user.id)
    counts.pop("submissions", None)  # listed above, one by one
    return [
        f"• {esc(_(LINKED_TABLE_LABELS[name]) if name in LINKED_TABLE_LABELS else name)}: {n}"
        for name, n in sorted(counts.items())
    ]


MYDATA_SECTIONS.extend([_submissions_section, _linked_rows_section])


@transactional
async def mydata_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/mydata: everything the bot holds that is linked to this person."""
    message = update.effective_message
    assert message is not None
    user = tx.user
    lines = [
        "<b>" + _("What CaseWatch holds about you") + "</b>",
        _("Not your Telegram id, name or username: only a keyed code that recognises you."),
        _("Language: {language}").format(language=esc(user.language)),
        _("Role: {role}").format(role=_(ROLE_LABELS.get(user.role.value, user.role.value))),
        _("Your chat id, encrypted, to tell you decisions: {answer}").format(
            answer=_("yes") if user.chat_enc else _("no")
        ),
        _("Privacy notice acknowledged: {answer}").format(
            answer=f"{user.privacy_ack_at:%d.%m.%Y}" if user.privacy_ack_at else _("no")
        ),
    ]
    for section in MYDATA_SECTIONS:
        lines += await section(tx)
    lines.append(_("To erase all of this, send /forget."))
    tx.call_after_commit(message.reply_text, "\n".join(lines), protect_content=True)


@transactional
async def forget_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/forget: ask for confirmation before erasing every link to this person."""
    message = update.effective_message
    assert message is not None
    tx.call_after_commit(
        message.reply_text,
        _(
            "Erase everything linked to you? Your reports stay with the moderators, and approved "
            "cases stay public, but nothing will lead back to you any more: you will not be told "
            "decisions, your subscriptions and any unfinished report are deleted. This cannot be "
            "undone."
        ),
        reply_markup=keyboard(
            [
                [
                    (_("Yes, erase"), ForgetChoice(confirmed=True)),
                    (_("No, keep"), ForgetChoice(confirmed=False)),
                ]
            ]
        ),
    )


@transactional
async def forget_choice(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """The second tap of /forget."""
    query = update.callback_query
    assert query is not None
    tx.call_after_commit(query.answer)
    chat = update.effective_chat
    assert chat is not None
    choice = ForgetChoice.parse(query.data)
    if choice is None or not choice.confirmed:
        tx.call_after_commit(edit_markup, update, None)
        tx.call_after_commit(chat.send_message, _("Nothing was erased."))
        return
    tg_user = update.effective_user
    assert tg_user is not None
    await forget_person(tx, tg_user.id)
    tx.call_after_commit(edit_markup, update, None)
    tx.call_after_commit(
        chat.send_message,
        _(
            "Done: nothing in CaseWatch leads back to you any more. If you write to me again, "
            "you start as a new user."
        ),
    )


async def forget_person(tx: Tx, telegram_id: int) -> None:
    """Erase every link between this person and what the bot holds, in this transaction."""
    await _forget_conversations(tx, telegram_id)
    await _forget_cards(tx, telegram_id)
    user_id = tx.user.id
    # A moderator's past decisions stay apart from others', under an anonymised row.
    await retire_actor(tx.session, user_id)
    tx.session.expunge(tx.user)
    await store.unlink_user(tx.session, user_id)


async def _forget_cards(tx: Tx, telegram_id: int) -> None:
    """Delete the remembered copies of moderation cards sent to this person's chat."""
    rows = await tx.session.execute(select(ModerationCard.id, ModerationCard.chat_enc))
    doomed = []
    for row_id, chat_enc in rows:
        try:
            if tx.res.vault.decrypt_int(chat_enc) == telegram_id:
                doomed.append(row_id)
        except InvalidToken:
            continue
    if doomed:
        await tx.session.execute(delete(ModerationCard).where(ModerationCard.id.in_(doomed)))


async def _forget_conversations(tx: Tx, telegram_id: int) -> None:
    """Delete the persisted conversation states of this person (keys are encrypted)."""
    rows = await tx.session.execute(
        select(ConversationState.id, ConversationState.key_enc, ConversationState.key_hash)
    )
    doomed = []
    for row_id, key_enc, key_hash in rows:
        try:
            key = json.loads(tx.res.vault.decrypt(key_enc))
        except (InvalidToken, ValueError):
            continue
        if key and key[-1] == telegram_id:
            doomed.append(row_id)
            # Not remembered as stored any more: the next state of that key is written.
            tx.res.stored_conversations.pop(key_hash, None)
    if doomed:
        await tx.session.execute(delete(ConversationState).where(ConversationState.id.in_(doomed)))


# --- housekeeping --------------------------------------------------------------------------------


async def purge_expired(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Hourly job: forget message ids past 48 hours and flood counters past their window."""
    res = resources(context)
    async with res.sessionmaker() as session, session.begin():
        now = utcnow()
        erased = await store.purge_erasables(session, now)
        counters = await store.purge_flood_counters(session, now)
    logger.info("purged %d erasable conversations and %d flood counters", erased, counters)


def schedule_housekeeping(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    if application.job_queue is not None:
        application.job_queue.run_repeating(
            purge_expired, interval=3600, first=60, name="safety-purge"
        )
