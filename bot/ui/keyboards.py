"""Small helpers for inline keyboards with prefixed callback data."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup


def keyboard(
    rows: Iterable[Sequence[tuple[str, str]]], prefix: str = ""
) -> InlineKeyboardMarkup | None:
    """Rows of (label, data) as an inline keyboard; `prefix` is prepended to each data."""
    markup = [
        [InlineKeyboardButton(label, callback_data=prefix + data) for label, data in row]
        for row in rows
        if row
    ]
    return InlineKeyboardMarkup(markup) if markup else None


def in_columns(items: Sequence[tuple[str, str]], columns: int = 2) -> list[list[tuple[str, str]]]:
    return [list(items[i : i + columns]) for i in range(0, len(items), columns)]
