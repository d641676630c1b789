"""A command sent alone asks for its argument, and the next message gives it.

Tapping `/city` in the command menu sends "/city" with nothing after it. Instead of a usage line,
the command asks ("Which town or city?") and records `users.awaiting_command`; the person's next
plain text in the private chat is taken as the argument. Invariants:

- only private chats (in a group the next message may be anyone's): groups keep the usage line;
- the record is in the database (one column), so a restart between question and answer keeps it;
- any other command or button press clears it, so a later report answer is never taken as a
  lookup; the answer itself clears it before it is used (one answer per question);
- the handlers run in group -3, before the report conversation, and stop further handling
  (ApplicationHandlerStop) only when they consumed the message, outside the transaction;
- they open no transaction for a person this process knows to have no open question
  (`Resources.users`, as of their last commit here: only this module sets or clears it).

Commands register what to do with the argument (`on_argument`), so this module imports none of
them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.infra.context import Tx, resources, transactional
from bot.ui.inputs import clean

Taker = Callable[[Update, ContextTypes.DEFAULT_TYPE, Tx, str], Awaitable[None]]
_TAKERS: dict[str, Taker] = {}

#: The group of these handlers: before everything else that reads private text.
GROUP = -3
MAX_ARGUMENT_LENGTH = 300


def on_argument(command: str) -> Callable[[Taker], Taker]:
    """Register what `command` does with an argument given in the next message."""

    def register(taker: Taker) -> Taker:
        assert len(command) <= 16
        _TAKERS[command] = taker
        return taker

    return register


def is_private(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type == ChatType.PRIVATE


def await_argument(tx: Tx, command: str) -> None:
    """The person's next private message is the argument of `command`."""
    assert command in _TAKERS, command
    tx.must_write()
    tx.user.awaiting_command = command


async def take_argument(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Private text: the argument of a command sent alone, if one is awaited."""
    if _nothing_asked(update, context):
        return
    if await _take(update, context):
        raise ApplicationHandlerStop  # after the commit: nothing else reads this message


# Read-only until a question is open: most private text awaits nothing (bot/infra/context.py).
@transactional(read_only=True)
async def _take(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> bool:
    command = tx.user.awaiting_command
    message = update.effective_message
    if command is None or message is None or not message.text or not is_private(update):
        return False
    # Untrusted text: control characters stripped (bot/ui/inputs) before any taker reads it.
    argument = " ".join(clean(message.text).split())[:MAX_ARGUMENT_LENGTH]
    if not argument:  # nothing left to read: the question stays open, others handle the message
        return False
    tx.must_write()
    tx.user.awaiting_command = None
    taker = _TAKERS.get(command)
    if taker is None:  # a command no longer offered (after an upgrade): let others handle it
        return False
    await taker(update, context, tx, argument)
    return True


async def forget_argument(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Another command or a button in a private chat: the question is no longer open."""
    if is_private(update) and not _nothing_asked(update, context):
        await _forget(update, context)


def _nothing_asked(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Known (without a query) to have no open question: no transaction needed."""
    user = update.effective_user
    return user is not None and not resources(context).users.may_await(user.id)


@transactional(read_only=True)
async def _forget(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    if tx.user.awaiting_command is not None:
        tx.must_write()
        tx.user.awaiting_command = None
