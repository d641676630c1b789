"""Messages the bot owes someone beyond its immediate reply, made durable.

`owe` writes the message, rendered now in the person's language, to the outbox (AlertKind.NOTICE)
in the handler's transaction, and asks the alert worker to send it right after the commit. So a
notice exists exactly when the change it reports was committed: a crash between the commit and
the send loses nothing (the worker delivers it after restart, once the claim's lease has run out),
and a rollback sends nothing. The immediate reply to a person's own action (the next question, a
"✓" edit) stays a direct call after commit.

Owed this way: the reporter's confirmation (bot/report/flow.py), decision notices to the submitter
(bot/moderation/cards.py `tell_submitter`) and moderators' questions relayed to the submitter
(bot/moderation/relay.py). Moderation cards are not yet (see README).

Invariant: the chat id travels encrypted and, with the text, is wiped from the row once sent.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import InlineKeyboardMarkup
from telegram.ext import ContextTypes

from bot.alerts import alert_worker
from bot.context import Tx
from db.alerts import enqueue_notice
from db.models import User


async def owe(
    tx: Tx,
    context: ContextTypes.DEFAULT_TYPE,
    recipient: User,
    case_id: int,
    text: str,
    *,
    chat_id: int | None = None,
    reply_markup: InlineKeyboardMarkup | None = None,
    protect_content: bool = False,
    on_sent: Callable[[int], Awaitable[object]] | None = None,
) -> None:
    """Queue `text` (rendered in the recipient's language) for `recipient` about `case_id`;
    sent after commit to `chat_id`, or else to the chat the recipient's row keeps (`chat_enc`,
    read when it is sent). `on_sent(message_id)` runs when it is sent at once, not when the
    worker sends it later (nothing in memory survives a crash): it may only add, e.g. an id
    to erase."""
    payload = {
        "text": text,
        "reply_markup": reply_markup.to_dict() if reply_markup is not None else None,
        "protect_content": protect_content,
    }
    chat_enc = tx.res.vault.encrypt(chat_id) if chat_id is not None else None
    notice_id = await enqueue_notice(tx.session, recipient.id, case_id, chat_enc, payload)
    worker = alert_worker(context.application)

    async def deliver() -> None:
        sent = await worker.deliver_now([notice_id])
        if on_sent is not None and notice_id in sent:
            await on_sent(sent[notice_id])

    tx.after_commit(deliver)
