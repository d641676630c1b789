"""Untrusted input turned into domain values, in one place.

Everything a user types (messages, command arguments, inline queries) and everything a client
sets (file names, MIME types) passes through here before it reaches the database or a query.

Invariants:
- `clean()` removes NUL and every other control character (Unicode category Cc, except newline
  and tab where text may span lines), lone surrogates and non-characters. PostgreSQL refuses NUL
  in text; the others only hide or garble what moderators read.
- Length limits are read off the model's columns (`column_limit(Person.surname)`), never copied,
  so validation and the schema cannot disagree.
- Numbers are ASCII digits only (`str.isdigit()` also accepts "²" and "٣") and range-checked
  before any query: database ids fit PostgreSQL's INTEGER, Telegram user ids fit 52 bits.
- Free text reaches a number parser only when `has_foreign_digits()` is false (bot/parsing).
- A parse function returns None for anything it does not accept; callers re-ask.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

#: Primary keys and other INTEGER columns (PostgreSQL int4; SQLite would store more, we do not).
DB_INT_MAX = 2**31 - 1
#: Telegram user ids have at most 52 significant bits; group and channel ids are negative.
TELEGRAM_USER_ID_MAX = 2**52 - 1
#: Telegram message ids (per chat, positive, well within 32 bits).
MESSAGE_ID_MAX = 2**31 - 1

_ASCII_DIGITS = re.compile(r"[0-9]+")
_KEEP_IN_MULTILINE = {"\n", "\t"}


def _dropped(char: str, multiline: bool) -> bool:
    if multiline and char in _KEEP_IN_MULTILINE:
        return False
    category = unicodedata.category(char)
    if category in ("Cc", "Cs"):
        return True
    code = ord(char)
    return (0xFDD0 <= code <= 0xFDEF) or (code & 0xFFFE) == 0xFFFE


def clean(text: str, *, multiline: bool = False) -> str:
    """`text` without control characters; single-line text also loses line breaks (as spaces).
    Outer whitespace is stripped, inner runs of spaces are kept (the person typed them)."""
    if not multiline:
        text = text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    else:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in text if not _dropped(c, multiline)).strip()


def column_limit(attribute: Any) -> int | None:
    """The declared length of a String column (`Person.surname` → 150); None for Text."""
    column = attribute.property.columns[0]
    length = getattr(column.type, "length", None)
    return int(length) if length is not None else None


def fit_column(value: str | None, attribute: Any) -> str | None:
    """`value` cleaned and cut to its column's length: for text set by a client rather than
    typed (file names, MIME types), where re-asking makes no sense."""
    if value is None:
        return None
    value = clean(value)
    limit = column_limit(attribute)
    if limit is not None:
        value = value[:limit]
    return value or None


def text_for_column(text: str, attribute: Any, *, multiline: bool = False) -> str | None:
    """Typed text cleaned for its column; None when empty or too long (then re-ask)."""
    value = clean(text, multiline=multiline)
    limit = column_limit(attribute)
    if not value or (limit is not None and len(value) > limit):
        return None
    return value


def has_foreign_digits(text: str) -> bool:
    """Whether `text` holds a digit other than ASCII 0-9 ("²", "٣", "１"). Number parsers
    (bot/parsing) refuse such text: `int()`, `Decimal()` and `Fraction()` would quietly read
    Arabic-Indic or full-width digits, and a superscript is never a figure someone meant."""
    return not text.isascii() and any(ch.isdigit() and not "0" <= ch <= "9" for ch in text)


def mask_foreign_digits(text: str) -> str:
    """`text` with every digit other than 0-9 replaced by U+FFFD: for long text read by the
    report extractor (bot/extract), whose patterns would otherwise take "٣" for a 3. What was
    written that way is then simply not found, and the review asks for it."""
    if not has_foreign_digits(text):
        return text
    return "".join("\ufffd" if ch.isdigit() and not "0" <= ch <= "9" else ch for ch in text)


def parse_int(text: str | None, *, minimum: int = 0, maximum: int = DB_INT_MAX) -> int | None:
    """ASCII digits (no sign) within [minimum, maximum], else None. The digit count is checked
    first, so a 10,000-digit string is refused without converting it."""
    if text is None or not _ASCII_DIGITS.fullmatch(text):
        return None
    if len(text.lstrip("0")) > len(str(maximum)):
        return None
    value = int(text)
    return value if minimum <= value <= maximum else None


def parse_id(text: str | None) -> int | None:
    """A database id: 1 to DB_INT_MAX in ASCII digits, an optional leading '#' allowed."""
    if text is None:
        return None
    return parse_int(text.strip().removeprefix("#"), minimum=1)


def parse_telegram_user_id(text: str | None) -> int | None:
    """A Telegram user id (never a group or channel id, which are negative)."""
    if text is None:
        return None
    return parse_int(text.strip(), minimum=1, maximum=TELEGRAM_USER_ID_MAX)
