"""Messages the bot owes someone beyond its immediate reply, made durable.

`owe` writes the message, rendered now in the person's language, to the outbox (AlertKind.NOTICE)
in the handler's transaction, and asks the alert worker to send it right after the commit. So a
notice exists exactly when the change it reports was committed: a crash between the commit and
the send loses nothing (the worker delivers it after restart, once the claim's lease has run out),
and a rollback sends nothing. The immediate reply to a person's own action (the next question, a
"✓" edit) stays a direct call after commit.

Invariant: the chat id travels encrypted and, with the text, is wiped from the row once sent.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import InlineKeyboardMarkup
from telegram.ext import ContextTypes

from bot.alerts import alert_worker
from bot.context import Tx
from db.alerts import enqueue_notice


async def owe(
    tx: Tx,
    context: ContextTypes.DEFAULT_TYPE,
    chat_id: int,
    case_id: int,
    text: str,
    *,
    reply_markup: InlineKeyboardMarkup | None = None,
    protect_content: bool = False,
    on_sent: Callable[[int], Awaitable[object]] | None = None,
) -> None:
    """Queue `text` for `chat_id` (the acting user's chat) about `case_id`; sent after commit.
    `on_sent(message_id)` runs when it is sent at once (not when the worker sends it later:
    nothing in memory survives a crash, so it must only add, e.g. an id to erase)."""
    payload = {
        "text": text,
        "reply_markup": reply_markup.to_dict() if reply_markup is not None else None,
        "protect_content": protect_content,
    }
    notice_id = await enqueue_notice(
        tx.session, tx.user.id, case_id, tx.res.vault.encrypt(chat_id), payload
    )
    worker = alert_worker(context.application)

    async def deliver() -> None:
        sent = await worker.deliver_now([notice_id])
        if on_sent is not None and notice_id in sent:
            await on_sent(sent[notice_id])

    tx.after_commit(deliver)
