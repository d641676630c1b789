"""Small helpers for inline keyboards of typed buttons.

Invariant: `keyboard` takes buttons as kinds of bot/ui/callbacks.py and packs them itself, so a
button's callback data is never written as text outside that module (tests/test_hygiene.py
checks that no data is).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.ui.callbacks import Callback


def keyboard(rows: Iterable[Sequence[tuple[str, Callback]]]) -> InlineKeyboardMarkup | None:
    """Rows of (label, button) as an inline keyboard, each button packed by its kind (which
    refuses data over 64 bytes, ids out of range, tokens outside their set); empty rows are
    left out, and no rows at all is no keyboard."""
    markup = [
        [InlineKeyboardButton(label, callback_data=_kind(button).pack()) for label, button in row]
        for row in rows
        if row
    ]
    return InlineKeyboardMarkup(markup) if markup else None


def _kind(button: Callback) -> Callback:
    if not isinstance(button, Callback):  # text would bypass the kinds' checks
        raise TypeError(f"a keyboard button must be a kind of bot/ui/callbacks.py: {button!r}")
    return button


#: A button before packing: its data as text, or a typed callback (bot/ui/callbacks.py).
B = TypeVar("B")


def in_columns(items: Sequence[tuple[str, B]], columns: int = 2) -> list[list[tuple[str, B]]]:
    return [list(items[i : i + columns]) for i in range(0, len(items), columns)]
