"""Dialogs whose place is their draft row: the one router of their typed input.

A dialog (the moderation dialog, bot/handlers/moderation/relay.py; /event and /update,
bot/handlers/timeline.py) keeps where a person is in it in their draft row of its kind and
nothing else: `data["ask"]` is set while it waits for the person's input, and gone when it is
over. No ConversationHandler keeps a copy, so a restart, or PTB's conversation states lost, changes
nothing: the next text or command is routed by the row.

Here, in DIALOG_GROUP (before every conversation), a text goes to the first dialog (in the order
given to `register`) whose row waits, and a command (/cancel, /skip) to the first waiting one that
takes it; either then stops further handling. Anything else falls through untouched. A dialog
may also take a text without its row waiting (`Dialog.unprompted`: a submitter's reply to a
relayed question), tried first.

Most texts are lookups by people with no dialog: the rows are read in one read-only query, and
not at all for a person this process knows to have none waiting (`Resources.users`,
`RememberedUser.dialog`: noted when a dialog asks, `asked`, and each time the rows are read here).
That memory is a shortcut, never an authority: unknown, or known to wait, the rows are read.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from telegram import Update
from telegram.constants import ChatType
from telegram.ext import (
    ApplicationHandlerStop,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.infra.context import Tx, resources, transactional
from db.models import Draft

#: The group of the dialogs' text and command router: after a lookup command's argument
#: (guidance, -3), before the admin's forwarded messages (-1) and every conversation (0).
DIALOG_GROUP = -2

Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[Any]]


@dataclass(frozen=True)
class Dialog:
    """A dialog routed by its draft row of kind `kind`."""

    kind: str
    #: Takes the text its row waits for (in its own transaction; it re-reads the row).
    text: Handler
    #: Commands it takes while its row waits, by name (without the slash).
    commands: Mapping[str, Handler] = field(default_factory=dict)
    #: Also in the moderation group (else private chats only).
    in_moderation_group: bool = False
    #: A text it takes whatever its row says; True when taken (tried first, on replies only).
    unprompted: Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[bool]] | None = None


def asked(tx: Tx, update: Update) -> None:
    """A dialog has just recorded a question in its row: once committed, this process knows the
    person's texts must be routed by the rows (until the rows are read again here)."""
    sender = update.effective_user
    if sender is None:
        return
    users, telegram_id = tx.res.users, sender.id

    async def noted() -> None:
        users.note_dialog(telegram_id, True)

    tx.after_commit(noted)


class _Router:
    def __init__(self, dialogs: Sequence[Dialog], group_id: int | None) -> None:
        self.dialogs = tuple(dialogs)
        self.kinds = tuple(d.kind for d in dialogs)
        self.group_id = group_id
        kinds = self.kinds

        # Read-only and without the person's row when they are remembered: most texts wait for
        # nothing here, and this runs for every text. What a dialog then does re-reads the row.
        async def waiting_kinds(
            update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx
        ) -> set[str]:
            rows = await tx.session.execute(
                select(Draft.kind, Draft.data).where(
                    Draft.user_id == tx.user.id, Draft.kind.in_(kinds)
                )
            )
            return {kind for kind, data in rows if isinstance(data, dict) and data.get("ask")}

        self._waiting_kinds = transactional(read_only=True, remembered_user=True)(waiting_kinds)

    def _fits(self, dialog: Dialog, update: Update) -> bool:
        chat = update.effective_chat
        if chat is None:
            return False
        if chat.type == ChatType.PRIVATE:
            return True
        return dialog.in_moderation_group and chat.id == self.group_id

    async def waiting(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> list[Dialog]:
        """The dialogs whose rows wait for this person's input here, in order; no query for a
        person this process knows to have none waiting."""
        user = update.effective_user
        users = resources(context).users
        if user is not None and users.without_dialog(user.id):
            return []
        kinds = await self._waiting_kinds(update, context)
        if user is not None:
            users.note_dialog(user.id, bool(kinds))
        return [d for d in self.dialogs if d.kind in kinds and self._fits(d, update)]

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is not None and message.reply_to_message is not None:
            for dialog in self.dialogs:
                if (
                    dialog.unprompted is not None
                    and update.effective_chat is not None
                    and update.effective_chat.type == ChatType.PRIVATE
                    and await dialog.unprompted(update, context)
                ):
                    raise ApplicationHandlerStop
        waiting = await self.waiting(update, context)
        if waiting:
            await waiting[0].text(update, context)
            raise ApplicationHandlerStop

    async def on_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None or not message.text:
            return
        name = message.text.split(maxsplit=1)[0][1:].split("@", 1)[0].lower()
        for dialog in await self.waiting(update, context):
            command = dialog.commands.get(name)
            if command is not None:
                await command(update, context)
                raise ApplicationHandlerStop


def register(application: Any, dialogs: Sequence[Dialog]) -> None:
    """The router of `dialogs` (first waiting one wins) in DIALOG_GROUP."""
    group_id = resources(application).settings.moderation_chat_id
    router = _Router(dialogs, group_id)
    # Only where a dialog can be: private chats and the moderation group (text in any other
    # group never opens a transaction, nor makes a row for its sender).
    where: filters.BaseFilter = filters.ChatType.PRIVATE
    if group_id is not None and any(d.in_moderation_group for d in dialogs):
        where = where | filters.Chat(group_id)
    text = where & filters.TEXT & ~filters.COMMAND & ~filters.UpdateType.EDITED
    application.add_handler(MessageHandler(text, router.on_text), group=DIALOG_GROUP)
    commands = sorted({name for d in dialogs for name in d.commands})
    if commands:
        application.add_handler(
            CommandHandler(commands, router.on_command, filters=where & ~filters.UpdateType.EDITED),
            group=DIALOG_GROUP,
        )
