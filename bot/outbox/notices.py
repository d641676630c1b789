"""Messages the bot owes someone beyond its immediate reply, made durable.

`owe` writes the message, rendered now in the recipient's language, to the outbox
(AlertKind.NOTICE) in the handler's transaction, and asks the outbox worker to send it right
after the commit. So a notice exists exactly when the change it reports was committed: a crash
between the commit and the send loses nothing (the worker delivers it after restart, once the
claim's lease has run out), and a rollback sends nothing. `write` only queues (the caller
delivers the ids after commit with `deliver`, e.g. the moderation cards of a new submission).

Owed this way: the reporter's confirmation (bot/handlers/report/flow.py), the moderation card(s) of
a
submission (bot/handlers/moderation/cards.py `prepare_announcement`, one row per chat) and the edits
that show a decision on every copy (`close_card`, rows with `edit`), decision notices to the
submitter (`tell_submitter`), questions relayed either way (bot/handlers/moderation/relay.py)
and a person's new role (bot/handlers/moderation/roles.py: a notice about no case, `case_id`
None).

What must be remembered of a sent message travels with it as a *receipt* in the row's payload
and is written by the worker in the transaction that marks the row sent, whoever sends it
(right after the commit or after a crash): a card copy's message id (`moderation_cards`, so a
decision rewrites every copy), a confirmation's id for "Erase our chat", a relayed question's
id (so a plain reply to it is recognised). Nothing of it lives only in memory.

A notice sent again after a lapsed claim (`after_lapse`) may have a first copy in the chat whose
id was never learned. For "Erase our chat" that copy (the confirmation with the reference) must
not survive: the ids between the last message kept for the person in that chat and the new copy
are kept too (private-chat ids are sequential; deleting an id that is not the bot's, or is
gone, fails harmlessly). A card copy or a relayed question sent twice is left as it is: the first
card keeps its buttons (a press finds the submission decided), a reply to the first question
is not taken as an answer.

Invariant: the chat id travels encrypted and, with the text, is wiped from the row once sent.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardMarkup
from telegram.ext import ContextTypes

from bot.handlers import safety
from bot.infra.context import Resources, Tx
from db.alerts import enqueue_notice
from db.models import ModerationCard, Submission, ThreadMessage, User

logger = logging.getLogger(__name__)

#: What the worker records once a notice is sent: {"record": <kind>, "id": <row id>}.
Receipt = dict[str, Any]


def card_copy(submission_id: int) -> Receipt:
    """A copy of a submission's moderation card: kept in `moderation_cards`."""
    return {"record": "card", "id": submission_id}


def erasable(user_id: int) -> Receipt:
    """A message to the person `user_id` that "Erase our chat" deletes (bot/handlers/safety.py)."""
    return {"record": "erase", "id": user_id}


def after_lapse(receipt: Receipt) -> Receipt:
    """`receipt` of a notice sent again after an earlier claim's lease ran out: a first copy may
    be in the chat with an id nobody recorded (the process died between Telegram's answer and
    the commit)."""
    return {**receipt, "after_lapse": True}


def relayed_question(question_id: int) -> Receipt:
    """A moderator's question relayed to a submitter: a plain reply to it is an answer."""
    return {"record": "relayed", "id": question_id}


async def write(
    tx: Tx,
    recipient: User,
    case_id: int | None,
    text: str,
    *,
    chat_id: int | None = None,
    reply_markup: InlineKeyboardMarkup | None = None,
    protect_content: bool = False,
    receipt: Receipt | None = None,
    edit: int | None = None,
) -> int:
    """Queue `text` for `recipient` about `case_id` in this transaction; returns the row's id.
    Sent to `chat_id`, or else to the chat the recipient's row keeps (`chat_enc`, read when
    it is sent). `edit`: the id of a message of the bot's in that chat whose text (and
    buttons) this replaces instead (a decided card)."""
    payload: dict[str, Any] = {
        "text": text,
        "reply_markup": reply_markup.to_dict() if reply_markup is not None else None,
        "protect_content": protect_content,
    }
    if receipt is not None:
        payload["receipt"] = receipt
    if edit is not None:
        payload["edit"] = edit
    chat_enc = tx.res.vault.encrypt(chat_id) if chat_id is not None else None
    return await enqueue_notice(tx.session, recipient.id, case_id, chat_enc, payload)


async def deliver(res: Resources, notice_ids: Sequence[int]) -> dict[int, int]:
    """After commit: send these notices now (the outbox keeps whatever fails); returns the
    message id of each one sent."""
    if not notice_ids or res.outbox is None:
        return {}
    sent: dict[int, int] = await res.outbox.deliver_now(list(notice_ids))
    return sent


async def owe(
    tx: Tx,
    context: ContextTypes.DEFAULT_TYPE,
    recipient: User,
    case_id: int | None,
    text: str,
    *,
    chat_id: int | None = None,
    reply_markup: InlineKeyboardMarkup | None = None,
    protect_content: bool = False,
    receipt: Receipt | None = None,
    on_sent: Callable[[int], Awaitable[object]] | None = None,
) -> None:
    """`write`, then send right after the commit. `on_sent(message_id)` runs only when it is
    sent at once (nothing in memory survives a crash): what must be recorded goes in a
    `receipt` instead."""
    notice_id = await write(
        tx,
        recipient,
        case_id,
        text,
        chat_id=chat_id,
        reply_markup=reply_markup,
        protect_content=protect_content,
        receipt=receipt,
    )
    res = tx.res

    async def send() -> None:
        sent = await deliver(res, [notice_id])
        if on_sent is not None and notice_id in sent:
            await on_sent(sent[notice_id])

    tx.after_commit(send)


async def record_receipt(
    session: AsyncSession, res: Resources, receipt: Receipt, chat_id: int, message_id: int
) -> None:
    """Write what `receipt` asks for about a message just sent (by the outbox worker, in the
    transaction that marks it sent). A row gone meanwhile (a submission deleted, a person who
    used /forget) is skipped: the message stays marked sent either way."""
    kind, row_id = receipt.get("record"), receipt.get("id")
    if not isinstance(row_id, int):
        logger.error("a notice's receipt has no row id")
        return
    if kind == "card":
        if await session.get(Submission, row_id) is None:
            return
        session.add(
            ModerationCard(
                submission_id=row_id, chat_enc=res.vault.encrypt(chat_id), message_id=message_id
            )
        )
    elif kind == "erase":
        if await session.get(User, row_id) is None:
            return
        await safety.keep_sent(
            session,
            res.vault,
            row_id,
            chat_id,
            [message_id],
            since_last_kept=bool(receipt.get("after_lapse")),
        )
    elif kind == "relayed":
        question = await session.get(ThreadMessage, row_id)
        if question is not None:
            question.relayed_message_id = message_id
    else:
        logger.error("a notice's receipt is of an unknown kind")
    await session.flush()
