"""`casewatch console`: the real bot in a terminal, over the offline Bot API.

The same Application and handlers as in production, with no Telegram and no token. Inline
buttons are shown as numbered choices: type the number to press one. `:photo` and
`:document NAME` attach a file, `:quit` (or Ctrl-D) leaves.
"""

from __future__ import annotations

import asyncio
import html
import re
import sys
from typing import TextIO

from telegram import Document, PhotoSize, Update

from bot.app import OFFLINE_TOKEN, build_application
from bot.infra.config import Settings
from bot.infra.offline import OfflineBotAPI, SentMessage, UpdateFactory
from bot.ui.inputs import parse_int
from db import migrate

HELP = "Type a message, a number to press a button, :photo, :document NAME, or :quit."


def plain(text: str) -> str:
    """Telegram HTML as terminal text."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))


class Console:
    def __init__(
        self, settings: Settings, user_id: int, language: str, out: TextIO = sys.stdout
    ) -> None:
        self.out = out
        self.user_id = user_id
        self.api = OfflineBotAPI(on_message=self.show)
        self.app = build_application(settings, request=self.api, token=OFFLINE_TOKEN)
        self.factory = UpdateFactory(user_id, language_code=language, username=None)
        self.buttons: list[tuple[str, str]] = []
        self.button_message: SentMessage | None = None

    def show(self, message: SentMessage) -> None:
        prefix = "" if message.chat_id == self.user_id else f"[to chat {message.chat_id}] "
        print(f"\nbot> {prefix}{plain(message.text)}", file=self.out)
        if message.chat_id == self.user_id and message.buttons:
            self.buttons = message.buttons
            self.button_message = message
            for number, (label, _data) in enumerate(message.buttons, start=1):
                print(f"   [{number}] {label}", file=self.out)

    def update_for(self, line: str) -> Update | None:
        number = parse_int(line, minimum=1, maximum=len(self.buttons))
        if number is not None and self.buttons:
            _label, data = self.buttons[number - 1]
            self.buttons = []
            return self.factory.press(data, self.button_message)
        if line == ":photo":
            unique = f"console-photo-{self.factory.user_id}-{len(self.api.calls)}"
            return self.factory.message(photo=[PhotoSize(unique, unique, 1280, 960)])
        if line.startswith(":document"):
            name = line.removeprefix(":document").strip() or "document.pdf"
            unique = f"console-doc-{len(self.api.calls)}"
            return self.factory.message(
                document=Document(unique, unique, file_name=name, mime_type="application/pdf")
            )
        return self.factory.text(line)

    async def handle(self, line: str) -> None:
        update = self.update_for(line)
        if update is not None:
            if update.message is not None:  # the bot may delete what the user sent ("Erase")
                self.api.receive(update.message.chat.id, update.message.message_id)
            await self.app.process_update(Update.de_json(update.to_dict(), self.app.bot))

    async def __aenter__(self) -> Console:
        await self.app.initialize()
        if self.app.post_init:
            await self.app.post_init(self.app)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.app.shutdown()
        if self.app.post_shutdown:
            await self.app.post_shutdown(self.app)


async def run_console(settings: Settings, *, user_id: int, language: str) -> None:
    await asyncio.to_thread(migrate.upgrade, settings.database_url)
    print(f"CaseWatch console (offline). {HELP}")
    async with Console(settings, user_id, language) as console:
        await console.handle("/start")
        while True:
            try:
                line = (await asyncio.to_thread(input, "\nyou> ")).strip()
            except EOFError:
                break
            if line in (":quit", ":q"):
                break
            if line == ":help":
                print(HELP)
                continue
            if line:
                await console.handle(line)
