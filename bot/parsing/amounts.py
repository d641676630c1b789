"""Amounts of money in tenge as people write them, in Russian, Kazakh and English.

Accepted: digits grouped by spaces, apostrophes, points or commas («27 780», «27.780.000»,
"27,780" in English, «1'500'000»), a currency word or sign (тенге, теңге, тг, ₸, KZT, tenge),
a multiplier («50 тыс.», «1,5 млн», «50 мың», "50 thousand"), a figure in another currency in
brackets kept as a note («27780 тенге ($65)») — a dollar figure also as a number (`usd`: $65,
65 USD, 65 долларов, ≈ $65), kept as reported, never converted — and the amount in words in
brackets as courts write it («27 780 (двадцать семь тысяч семьсот восемьдесят) тенге»), which
is ignored.

Invariants: never a silent guess. A figure whose separator may group thousands or mark a decimal
(«27.780»: 27 780 or 27.78) raises `Ambiguous` with both readings; an amount with tiyn («27,78»)
raises `Ambiguous` with that one reading, to be confirmed, since tenge amounts in sentences are
whole. Amounts in another currency only, in MRP (monthly calculation index) or out of range
(0 < amount < 10^12, the column's precision) are refused. Arithmetic is Decimal, never float.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from bot.infra.i18n import _, current_language
from bot.parsing.errors import Ambiguous, Unreadable
from bot.ui.inputs import has_foreign_digits

MAX_AMOUNT = Decimal(10) ** 12  # Numeric(14, 2)
_CENT = Decimal("0.01")

_CURRENCY = re.compile(
    r"(?<![^\W\d_])(?:тенге|теңге|тенгe|тңг|тг|т|₸|kzt|tenge|tg)\.?(?![^\W\d_])", re.IGNORECASE
)
_FOREIGN = re.compile(r"\$|€|₽|usd|eur|rub|долл|доллар|евро|руб|dollar", re.IGNORECASE)
_MRP = re.compile(r"мрп|мрп|аеқ|аек|mci|mrp|месячн\w* расчетн|айлық есептік", re.IGNORECASE)
_BRACKETS = re.compile(r"\(([^()]*)\)")
_MULTIPLIER_WORDS = {
    "тыс": 1000, "тысяч": 1000, "тысячи": 1000, "тысяча": 1000, "мың": 1000, "мын": 1000,
    "thousand": 1000, "k": 1000,
    "млн": 10**6, "миллион": 10**6, "миллиона": 10**6, "миллионов": 10**6, "million": 10**6,
    "mln": 10**6, "m": 10**6,
}  # fmt: skip
_SPACES = "\u00a0\u202f\u2009 "
_APOSTROPHES = "'’ʼ`"
_BODY = re.compile(rf"\d(?:[\d{_SPACES}{_APOSTROPHES}.,]*\d)?")


@dataclass(frozen=True)
class Amount:
    """An amount in tenge, and what the person wrote in brackets in another currency."""

    value: Decimal
    note: str | None = None
    #: The dollar figure in the note, as reported («($65)», «(≈ 65 USD)»); None if none or unclear.
    usd: Decimal | None = None


_DOLLARS = re.compile(r"\$|usd|us\$|долл\w*|доллар\w*|dollars?", re.IGNORECASE)
#: Only a dollar figure may share the brackets with the currency: «≈», «около», "about".
_DOLLAR_NOTE = re.compile(
    r"^(?:[≈~]|около|примерно|шамамен|about|approx\.?|approximately|ca\.)?\s*"
    r"(?:(?:us)?\$\s*(?P<before>[\d., ]+?)|(?P<after>[\d., ]+?)\s*(?:\$|usd|долл\w*\.?|dollars?))"
    r"\s*$",
    re.IGNORECASE,
)


def dollar_figure(note: str) -> Decimal | None:
    """The figure of a note in dollars: "$65", "≈ $65", "65 USD", «65 долларов», "$1,200";
    None for another currency, several figures, or digits that do not read as one amount."""
    match = _DOLLAR_NOTE.match(" ".join(note.split()))
    if match is None:
        return None
    digits = (match.group("before") or match.group("after") or "").strip()
    try:
        readings = _readings(digits, "en")
    except Unreadable:
        return None
    values = [r for r in readings if 0 < r < MAX_AMOUNT]
    # "$1,200" in English is 1 200 (the comma groups); a figure with two readings is not kept.
    return values[0].quantize(_CENT) if len(values) == 1 else None


def parse_amount(text: str, *, language: str | None = None) -> Amount:
    """The amount `text` names; raises Unreadable, or Ambiguous with the readings to choose."""
    language = language or current_language()
    if has_foreign_digits(text):  # ASCII digits only (bot/ui/inputs)
        raise Unreadable(_not_an_amount())
    text = unicodedata.normalize("NFC", text).casefold().strip()
    if len(text) > 200 or re.search(r"[-−–]\s*\d", text):
        raise Unreadable(_not_an_amount())
    if _MRP.search(text):
        raise Unreadable(
            _(
                "Please send the amount in tenge. An amount in MRP (the monthly calculation "
                "index) must be multiplied by the MRP of that year."
            )
        )
    note = None
    usd = None
    for inside in _BRACKETS.findall(text):
        if _FOREIGN.search(inside):
            note = " ".join(inside.split())[:100]
            usd = dollar_figure(note) if _DOLLARS.search(note) else None
        elif any(ch.isdigit() for ch in inside):
            raise Unreadable(_not_an_amount())
        # words only: the amount written out, as in court documents; the figure is what counts
    text = _BRACKETS.sub(" ", text)
    if _FOREIGN.search(text):
        raise Unreadable(
            _(
                "Please send the amount in tenge (another currency can follow in "
                "brackets, for example 27780 tenge ($65))."
            )
        )
    text = _CURRENCY.sub(" ", text)
    bodies = _BODY.findall(text)
    if len(bodies) != 1:
        raise Unreadable(_not_an_amount())
    body = bodies[0].strip(_SPACES)
    rest = text.replace(bodies[0], " ", 1).replace(".", " ").split()
    multiplier = 1
    if rest:
        if len(rest) != 1 or rest[0] not in _MULTIPLIER_WORDS:
            raise Unreadable(_not_an_amount())
        multiplier = _MULTIPLIER_WORDS[rest[0]]
    readings = _readings(body, language)
    values = []
    for reading in readings:
        value = reading * multiplier
        if value != value.quantize(_CENT) or not 0 < value < MAX_AMOUNT:
            continue
        values.append(value.quantize(_CENT) if value % 1 else value.quantize(Decimal(1)))
    values = list(dict.fromkeys(values))
    if not values:
        raise Unreadable(_("That amount is out of range. Please check it."))
    if len(values) > 1:
        raise Ambiguous(_("Which amount did you mean?"), [Amount(v, note, usd) for v in values])
    if values[0] % 1:
        raise Ambiguous(
            _("Is this amount with tiyn? Please confirm, or send it again."),
            [Amount(values[0], note, usd)],
        )
    return Amount(values[0], note, usd)


def _not_an_amount() -> str:
    return _("Please send the amount in tenge as a number, for example 27 780.")


def _readings(body: str, language: str) -> list[Decimal]:
    """Every value the digits and separators of `body` can mean (one, two or none)."""
    for space in _SPACES:
        body = body.replace(space, " ")
    for apostrophe in _APOSTROPHES:
        body = body.replace(apostrophe, " ")  # «1'500'000»: a thousands separator
    groups = re.split(r"([ .,])", body)
    digits, separators = groups[::2], groups[1::2]
    if any(len(g) > 13 for g in digits) or len(digits) > 6:
        raise Unreadable(_("That amount is out of range. Please check it."))
    if not separators:
        return [Decimal(body)]
    marks = [s for s in separators if s != " "]
    last = separators[-1]
    if not marks:
        return [_grouped(digits)] if _valid_groups(digits) else []
    if last == " ":
        # A point or comma before a space ("27.780 000"): not a way anyone writes numbers.
        return []
    if len(set(marks)) == 1 and len(marks) >= 2:
        # «27.780.000»: the mark repeats, so it can only group thousands.
        return [_grouped(digits)] if _valid_groups(digits) else []
    if len(set(marks)) == 2 and marks[-1] != marks[0] and marks.count(last) == 1:
        # "1,234.56" or «1.234,56»: the last mark is the decimal one.
        whole, fraction = digits[:-1], digits[-1]
        if not _valid_groups(whole):
            return []
        return [_grouped(whole) + Decimal(f"0.{fraction}")]
    if len(marks) != 1:
        return []
    # One point or comma (perhaps after space-grouped thousands): the hard case.
    whole, fraction = digits[:-1], digits[-1]
    readings: list[Decimal] = []
    thousands_ok = len(fraction) == 3 and _valid_groups(digits)
    decimal_ok = _valid_groups(whole) if len(whole) > 1 else True
    english_comma = language == "en" and last == ","
    if thousands_ok:
        readings.append(_grouped(digits))
    if decimal_ok and not (english_comma and thousands_ok):
        readings.append(_grouped(whole) + Decimal(f"0.{fraction}"))
    return readings


def _valid_groups(digits: list[str]) -> bool:
    """Thousands groups: 1–3 digits, then groups of exactly three."""
    head, *tail = digits
    return bool(head) and (not tail or (len(head) <= 3 and all(len(g) == 3 for g in tail)))


def _grouped(digits: list[str]) -> Decimal:
    return Decimal("".join(digits))
