"""What hostile-input tests watch: handler exceptions, Bot API refusals, unanswered presses.

`Watch(bot)` hooks an error handler into the real Application (PTB calls every error handler)
and reads the offline API's record; `watch.check()` fails with what went wrong.
"""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import ContextTypes

from tests.conftest import BotHarness

#: Refusals the bot expects and handles: a double tap edits nothing, a press on a forwarded copy
#: or a deleted message has nothing to edit (bot/ui/edits.py); "Erase our chat" tapped twice finds
#: the messages gone and says so (bot/handlers/safety.py delete_messages). Any other refusal is a
#: bug.
HANDLED_REFUSALS = (
    "message is not modified",
    "message to edit not found",
    "message to delete not found",
)


class Watch:
    def __init__(self, bot: BotHarness) -> None:
        self.bot = bot
        self.errors: list[BaseException] = []
        self._refusals_seen = len(bot.api.refusals)
        bot.app.add_error_handler(self._on_error)

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        if context.error is not None:
            self.errors.append(context.error)

    @property
    def all_refusals(self) -> list[tuple[str, str]]:
        return self.bot.api.refusals[self._refusals_seen :]

    @property
    def refusals(self) -> list[tuple[str, str]]:
        """Refusals that are bugs (not the handled ones)."""
        return [
            (method, description)
            for method, description in self.all_refusals
            if not any(handled in description for handled in HANDLED_REFUSALS)
        ]

    def unanswered(self, pressed: list[str]) -> list[str]:
        """Callback query ids among `pressed` that got no answerCallbackQuery."""
        answers = self.bot.api.sent("answerCallbackQuery")
        answered = {str(p.get("callback_query_id")) for p in answers}
        return [query_id for query_id in pressed if query_id not in answered]

    def check(self, pressed: list[str] | None = None) -> None:
        problems: list[Any] = [repr(e) for e in self.errors]
        problems += [f"refused {method}: {description}" for method, description in self.refusals]
        problems += [f"unanswered press {q}" for q in self.unanswered(pressed or [])]
        assert not problems, problems


def pressed_ids(updates: list[Update]) -> list[str]:
    return [u.callback_query.id for u in updates if u.callback_query is not None]
