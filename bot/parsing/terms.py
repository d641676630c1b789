"""Terms of a sentence and hours of community service, as people write them.

Terms: «2 года 3 месяца», «2 г. 3 мес.», «полтора года», «полгода», «два с половиной года»,
«18 мес.», «один год», «1,5 года», «5 жылға», «екі жыл алты ай», «бір жарым жыл», «жарты жыл»,
"2 years and 6 months", "one and a half years", "half a year". Hours: «100 ч», «100 часов»,
«100 сағат», «сто часов», "100 hours".

Invariants: a term is a whole number of months between 1 and 360 (30 years) and hours are
between 1 and 2000; anything else, an unknown word, a unit given twice or a fraction of a month
is refused. A bare number ("2", "18") may be years or months, so `parse_term` raises `Ambiguous`
with the readings for the person to choose. Numbers are read as Fractions of bounded integers:
no float, no overflow.
"""

from __future__ import annotations

import re
from fractions import Fraction

from bot.infra.i18n import _
from bot.parsing.errors import Ambiguous, Unreadable
from bot.parsing.words import is_number_word, normalise, number_from_words
from bot.ui.inputs import has_foreign_digits

MAX_TERM_MONTHS = 12 * 30
MAX_HOURS = 2000
HALF = "½"

_YEAR_UNITS = frozenset(
    {
        "год", "года", "лет", "г", "гг", "годам", "году",
        "year", "years", "yr", "yrs", "y",
        "жыл", "жылға", "жылга", "жылы", "жылдан", "жылдық", "жылдык",
    }
)  # fmt: skip
_MONTH_UNITS = frozenset(
    {
        "месяц", "месяца", "месяцев", "мес", "месяцам", "месяце",
        "month", "months", "mo", "mos", "m",
        "ай", "айға", "айга", "айы", "айдан", "айлық", "айлык",
    }
)  # fmt: skip
_DAY_UNITS = frozenset({"день", "дня", "дней", "сутки", "суток", "day", "days", "күн", "кун"})
_HOUR_UNITS = frozenset(
    {"ч", "час", "часа", "часов", "h", "hr", "hrs", "hour", "hours", "сағат", "сагат",
     "сағатқа", "сагатка", "сағаттық", "сагаттык"}
)  # fmt: skip
#: Words that can sit between the parts of a term without changing it.
_JOINERS = frozenset({"и", "және", "жане", "and", "на", "сроком", "срок", "for", "мерзімге", "х"})

# Halves, rewritten before tokenising so the grammar below only sees numbers, units and ½.
_HALVES = (
    (r"\bполгода\b|\bпол года\b|\bhalf a year\b|\bжарты жыл\w*", " 1/2 год "),
    (r"\bполтора\b|\bполторы\b|\bбір жарым\b|\bбир жарым\b|\bone and a half\b", " 3/2 "),
    (r"\bс половиной\b|\bжарым\b|\band a half\b", f" {HALF} "),
)
_TOKEN = re.compile(rf"\d+/\d+|\d+(?:[.,]\d+)?|{HALF}|[^\W\d_]+")


def parse_term(text: str) -> int:
    """The term `text` names, in months; raises Unreadable, or Ambiguous([years, months]) for a
    bare number."""
    if has_foreign_digits(text):  # ASCII digits only (bot/ui/inputs)
        raise Unreadable(_term_help())
    text = normalise(text).strip()
    if len(text) > 100:
        raise Unreadable(_term_help())
    for pattern, replacement in _HALVES:
        text = re.sub(pattern, replacement, text)
    words = _TOKEN.findall(text)
    if not words:
        raise Unreadable(_term_help())
    bare = _bare_number(words)
    if bare is not None:
        readings = [m for m in (bare * 12, bare) if m.denominator == 1 and _in_range(m)]
        if not readings:
            raise Unreadable(_("A term must be between 1 month and 30 years."))
        raise Ambiguous(_("Years or months?"), [int(m) for m in readings])
    years, months = _units(words, years_units=_YEAR_UNITS, months_units=_MONTH_UNITS)
    total = years * 12 + months
    if total.denominator != 1:
        raise Unreadable(_("Please give the term in whole months, for example 1 year 4 months."))
    if not _in_range(total):
        raise Unreadable(_("A term must be between 1 month and 30 years."))
    return int(total)


def parse_hours(text: str) -> int:
    """Hours of community service: a whole number, with or without «ч»/«сағат»/"hours"."""
    if has_foreign_digits(text):  # ASCII digits only (bot/ui/inputs)
        text = ""  # read as no number at all: the usual re-ask below
    text = normalise(text).strip().rstrip(".")
    words = _TOKEN.findall(text)
    if words and words[-1].rstrip(".") in _HOUR_UNITS:
        words = words[:-1]
    value = _quantity(words) if words else None
    if value is None or value.denominator != 1 or not 1 <= value <= MAX_HOURS:
        raise Unreadable(
            _("Please send the number of hours, for example 100 (at most {limit}).").format(
                limit=MAX_HOURS
            )
        )
    return int(value)


def _term_help() -> str:
    return _(
        "I could not read that term. Write it like '1 year', '2 years 6 months' or '18 months'."
    )


def _in_range(months: Fraction) -> bool:
    return 1 <= months <= MAX_TERM_MONTHS


def _bare_number(words: list[str]) -> Fraction | None:
    """The value of an answer that is only a number ("2", "1,5", "два"), else None."""
    if any(w in _YEAR_UNITS or w in _MONTH_UNITS for w in words):
        return None
    return _quantity(words)


def _quantity(words: list[str]) -> Fraction | None:
    """A number in digits ("2", "1,5", "3/2") or words ("двадцать пять"), perhaps with ½."""
    half = Fraction(0)
    if words and words[-1] == HALF:
        words, half = words[:-1], Fraction(1, 2)
    if len(words) == 1 and re.fullmatch(r"\d+(?:[.,/]\d+)?", words[0]):
        number = words[0].replace(",", ".")
        if len(number) > 8:
            return None  # far beyond any term or hours: refuse before any arithmetic
        return Fraction(number) + half
    if words and all(is_number_word(w) for w in words):
        value = number_from_words(words)
        return None if value is None else Fraction(value) + half
    return None


def _units(
    words: list[str], *, years_units: frozenset[str], months_units: frozenset[str]
) -> tuple[Fraction, Fraction]:
    """Years and months from "<quantity> <unit> [<quantity> <unit>]"; a unit alone means one
    («год», "a year" is handled by 'a' as one)."""
    found: dict[str, Fraction] = {}
    pending: list[str] = []
    for word in words:
        if word in years_units or word in months_units:
            unit = "years" if word in years_units else "months"
            if unit in found:
                raise Unreadable(_term_help())
            quantity = _quantity(pending) if pending else Fraction(1)
            if quantity is None:
                raise Unreadable(_term_help())
            found[unit] = quantity
            pending = []
        elif word == HALF and not pending and found:
            # «два года с половиной»: the half belongs to the unit just read.
            last = next(reversed(found))
            found[last] += Fraction(1, 2)
        elif word in _JOINERS:
            continue
        elif word in _DAY_UNITS:
            raise Unreadable(_("Please give the term in years and months, not days."))
        else:
            pending.append(word)
    if pending or not found:
        raise Unreadable(_term_help())
    return found.get("years", Fraction(0)), found.get("months", Fraction(0))
