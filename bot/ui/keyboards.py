"""Small helpers for inline keyboards with prefixed callback data."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.ui.callbacks import checked


def keyboard(
    rows: Iterable[Sequence[tuple[str, str]]], prefix: str = ""
) -> InlineKeyboardMarkup | None:
    """Rows of (label, data) as an inline keyboard. Without `prefix`, each data is a packed
    button (`Kind(...).pack()` checked it). With one, data built as text: `prefix` is
    prepended and the result must be one of the kinds of bot/ui/callbacks.py (`checked`)."""
    markup = [
        [
            InlineKeyboardButton(label, callback_data=checked(prefix + data) if prefix else data)
            for label, data in row
        ]
        for row in rows
        if row
    ]
    return InlineKeyboardMarkup(markup) if markup else None


#: A button before packing: its data as text, or a typed callback (bot/ui/callbacks.py).
B = TypeVar("B")


def in_columns(items: Sequence[tuple[str, B]], columns: int = 2) -> list[list[tuple[str, B]]]:
    return [list(items[i : i + columns]) for i in range(0, len(items), columns)]
