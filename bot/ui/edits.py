"""The one way messages are edited.

Telegram refuses an edit that changes nothing ("message is not modified": a double tap on a slow
phone) and an edit of a message it cannot find ("message to edit not found": a press on a
forwarded copy, a message deleted meanwhile). Neither is the user's fault:

- not modified → success, nothing to do;
- not found, or no longer editable → the text is sent as a fresh message (a markup-only edit is
  dropped: the buttons are gone anyway).

Any other refusal is a bug and propagates.
"""

from __future__ import annotations

import logging

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

logger = logging.getLogger(__name__)

_GONE = ("message to edit not found", "message can't be edited", "message_id_invalid")


def _is(problem: BadRequest, *fragments: str) -> bool:
    text = problem.message.lower()
    return any(fragment in text for fragment in fragments)


async def edit_text(
    update: Update, text: str, reply_markup: InlineKeyboardMarkup | None = None
) -> None:
    """Replace the text (and buttons) of the message whose button was pressed."""
    query = update.callback_query
    if query is not None and query.message is not None:
        try:
            await query.edit_message_text(text, reply_markup=reply_markup)
            return
        except BadRequest as problem:
            if _is(problem, "message is not modified"):
                return
            if not _is(problem, *_GONE):
                raise
            logger.info("message to edit is gone; sending a fresh one")
    chat = update.effective_chat
    if chat is not None:
        await chat.send_message(text, reply_markup=reply_markup)


async def edit_markup(update: Update, reply_markup: InlineKeyboardMarkup | None = None) -> None:
    """Replace (or remove, with None) the buttons of the message whose button was pressed."""
    query = update.callback_query
    if query is None or not isinstance(query.message, Message):
        return
    try:
        await query.edit_message_reply_markup(reply_markup)
    except BadRequest as problem:
        if not _is(problem, "message is not modified", *_GONE):
            raise
        logger.debug("buttons not changed: %s", problem.message)
