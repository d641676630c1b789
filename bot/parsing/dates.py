"""Dates as people write them, in Russian, Kazakh and English.

Accepted: a day, a month name or abbreviation in any grammatical form and a year, in the orders
each language uses («10 сентября 2021 г.», «2021 жылғы 5 тамызда», «5-тамыз 2021», "3 Mar 2022",
"March 3, 2022"); numbers with the same separator . / - (day first: 10.09.2021, 10/09/21) or ISO
2021-09-10; "yesterday", «вчера», «кеше» and the like.

Invariants: never a guess. A date with no year, an unknown word, an impossible day, a date before
1991 or (unless `allow_future`) after today is refused with a message saying why. The one
ambiguity of writing (an English 03/04/2022, day-first in Kazakhstan but month-first in the US)
raises `Ambiguous` with both dates, to be confirmed by the person.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from bot.infra.i18n import _, current_language
from bot.parsing.errors import Ambiguous, Unreadable
from bot.parsing.words import fold_kazakh, normalise
from bot.services.clock import local_day
from bot.ui.inputs import has_foreign_digits

EARLIEST_YEAR = 1991  # independence: no case this project records is older

_MONTH_FORMS: dict[str, int] = {}


def _months(*rows: tuple[int, tuple[str, ...]]) -> None:
    for number, forms in rows:
        for form in forms:
            _MONTH_FORMS[form] = number
            _MONTH_FORMS[fold_kazakh(form)] = number


# Russian: nominative, genitive («10 сентября»), prepositional («в сентябре»), abbreviations.
_months(
    (1, ("январь", "января", "январе", "янв")),
    (2, ("февраль", "февраля", "феврале", "фев", "февр")),
    (3, ("март", "марта", "марте", "мар")),
    (4, ("апрель", "апреля", "апреле", "апр")),
    (5, ("май", "мая", "мае")),
    (6, ("июнь", "июня", "июне", "июн")),
    (7, ("июль", "июля", "июле", "июл")),
    (8, ("август", "августа", "августе", "авг")),
    (9, ("сентябрь", "сентября", "сентябре", "сен", "сент")),
    (10, ("октябрь", "октября", "октябре", "окт")),
    (11, ("ноябрь", "ноября", "ноябре", "ноя", "нояб")),
    (12, ("декабрь", "декабря", "декабре", "дек")),
)
# English.
_months(
    (1, ("january", "jan")),
    (2, ("february", "feb")),
    (3, ("march", "mar")),
    (4, ("april", "apr")),
    (5, ("may",)),
    (6, ("june", "jun")),
    (7, ("july", "jul")),
    (8, ("august", "aug")),
    (9, ("september", "sep", "sept")),
    (10, ("october", "oct")),
    (11, ("november", "nov")),
    (12, ("december", "dec")),
)
#: Kazakh month names; a case ending may follow («тамызда», «қыркүйектің»).
_KAZAKH_MONTHS = {
    "қаңтар": 1,
    "ақпан": 2,
    "наурыз": 3,
    "сәуір": 4,
    "мамыр": 5,
    "маусым": 6,
    "шілде": 7,
    "тамыз": 8,
    "қыркүйек": 9,
    "қазан": 10,
    "қараша": 11,
    "желтоқсан": 12,
}
_months(*((n, (name,)) for name, n in _KAZAKH_MONTHS.items()))
_months(
    (1, ("қаң",)),
    (2, ("ақп",)),
    (3, ("нау",)),
    (4, ("сәу",)),
    (5, ("мам",)),
    (6, ("мау",)),
    (7, ("шіл",)),
    (8, ("там",)),
    (9, ("қыр",)),
    (10, ("қаз",)),
    (11, ("қар",)),
    (12, ("жел",)),
)
_KAZAKH_ENDINGS = (
    "да", "де", "та", "те", "нда", "нде", "дағы", "дегі", "тағы", "тегі", "ның", "нің", "дың",
    "дің", "тың", "тің", "ға", "ге", "қа", "ке", "ы", "і", "сы", "сі", "нан", "нен", "дан", "ден",
    "тан", "тен",
)  # fmt: skip
_KAZAKH_ENDINGS_FOLDED = tuple(fold_kazakh(e) for e in _KAZAKH_ENDINGS)

#: Words that may surround a date without changing it: "year" markers, ordinal endings, "of".
_NOISE = frozenset(
    {
        "г", "гг", "год", "года", "году", "го", "е", "ое", "в", "от",
        "ж", "жыл", "жылы", "жылғы", "жылгы", "жылдың", "жылдын", "ші", "шы", "інші", "ыншы",
        "күні", "куни",
        "st", "nd", "rd", "th", "of", "the", "on", "year",
    }
)  # fmt: skip

_RELATIVE_DAYS = {
    "сегодня": 0, "бүгін": 0, "бугин": 0, "today": 0,
    "вчера": 1, "кеше": 1, "yesterday": 1,
    "позавчера": 2, "алдыңғы күні": 2, "алдынгы куни": 2, "day before yesterday": 2,
    "the day before yesterday": 2,
}  # fmt: skip

_NUMERIC_DMY = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})")
_NUMERIC_ISO = re.compile(r"(\d{4})([./-])(\d{1,2})\2(\d{1,2})")
_TRAILING_YEAR_MARK = re.compile(r"\s*(?:г|гг|года?|ж|жыл(?:ы|ғы)?|y)\.?$")
_WORD = re.compile(r"\d+|[^\W\d_]+")


def month_number(word: str) -> int | None:
    """1–12 for a month name or abbreviation in ru/kk/en, in any case form; None otherwise."""
    word = normalise(word).rstrip(".")
    if word in _MONTH_FORMS:
        return _MONTH_FORMS[word]
    folded = fold_kazakh(word)
    for name, number in _KAZAKH_MONTHS.items():
        for stem, endings in ((name, _KAZAKH_ENDINGS), (fold_kazakh(name), _KAZAKH_ENDINGS_FOLDED)):
            candidate = word if stem == name else folded
            if candidate.startswith(stem) and candidate[len(stem) :] in endings:
                return number
    return None


def parse_date(
    text: str,
    *,
    allow_future: bool,
    today: dt.date | None = None,
    language: str | None = None,
) -> dt.date:
    """The date `text` names; raises Unreadable (or Ambiguous with both readings).

    `language` (default: the reader's) only decides whether 03/04/2022 may be month-first."""
    today = today or local_day()
    language = language or current_language()
    if has_foreign_digits(text):  # ASCII digits only (bot/ui/inputs)
        raise Unreadable(_unreadable())
    cleaned = unicodedata.normalize("NFC", text).casefold().replace("ё", "е")
    cleaned = " ".join(cleaned.split()).strip(" .,")
    if len(cleaned) > 60:
        raise Unreadable(_unreadable())
    value = _relative(cleaned, today)
    if value is None:
        candidates = _numeric(cleaned, today, language)
        if candidates is None:
            candidates = [_in_words(cleaned, today)]
        checked = [_checked(c, allow_future=allow_future, today=today) for c in candidates]
        if len(checked) > 1:
            raise Ambiguous(_("Is that the day first or the month first? Please choose."), checked)
        value = checked[0]
    return _checked(value, allow_future=allow_future, today=today)


def _unreadable() -> str:
    return _("I could not read that date. Write it like 10.09.2021 or 10 September 2021.")


def _relative(cleaned: str, today: dt.date) -> dt.date | None:
    days = _RELATIVE_DAYS.get(cleaned)
    return None if days is None else today - dt.timedelta(days=days)


def _full_year(digits: str, today: dt.date) -> int:
    """A two-digit year is the latest year ending with those digits that is not in the future."""
    year = int(digits)
    if len(digits) == 4:
        return year
    year += 2000
    return year if year <= today.year else year - 100


def _numeric(cleaned: str, today: dt.date, language: str) -> list[dt.date] | None:
    cleaned = _TRAILING_YEAR_MARK.sub("", cleaned)
    match = _NUMERIC_ISO.fullmatch(cleaned)
    if match:
        return [_make(int(match[1]), int(match[3]), int(match[4]))]
    match = _NUMERIC_DMY.fullmatch(cleaned)
    if not match:
        return None
    first, separator, second = int(match[1]), match[2], int(match[3])
    year = _full_year(match[4], today)
    readings = [_make(year, second, first)] if 1 <= second <= 12 else []
    # "03/04/2022" in English may be the American month-first writing: ask, do not guess.
    if separator == "/" and language == "en" and first != second and first <= 12 and second <= 12:
        readings.append(_make(year, first, second))
    if not readings:
        raise Unreadable(_("That date does not exist. Please check the day and the month."))
    return readings


def _in_words(cleaned: str, today: dt.date) -> dt.date:
    numbers: list[str] = []
    months: list[int] = []
    for word in _WORD.findall(cleaned):
        if word.isdigit():
            numbers.append(word)
            continue
        month = month_number(word)
        if month is not None:
            months.append(month)
        elif word not in _NOISE:
            raise Unreadable(_unreadable())
    if len(months) != 1 or not numbers:
        raise Unreadable(_unreadable())
    if len(numbers) == 1:
        raise Unreadable(_("Please add the year, for example 10 September 2021."))
    if len(numbers) != 2:
        raise Unreadable(_unreadable())
    four_digit = [n for n in numbers if len(n) == 4]
    if len(four_digit) == 1:
        year_text = four_digit[0]
        day_text = numbers[1] if numbers[0] == year_text else numbers[0]
    elif not four_digit and len(numbers[1]) == 2 and len(numbers[0]) <= 2:
        day_text, year_text = numbers  # "5 Mar 22": the day comes first, the year last
    else:
        raise Unreadable(_unreadable())
    if len(day_text) > 2:
        raise Unreadable(_unreadable())
    return _make(_full_year(year_text, today), months[0], int(day_text))


def _make(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise Unreadable(
            _("That date does not exist. Please check the day and the month.")
        ) from None


def _checked(value: dt.date, *, allow_future: bool, today: dt.date) -> dt.date:
    if value.year < EARLIEST_YEAR:
        raise Unreadable(_("That date is too early. Please check the year."))
    if value > today and not allow_future:
        raise Unreadable(
            _(
                "That date is in the future, but this has already happened. "
                "Please send the date it happened."
            )
        )
    return value
