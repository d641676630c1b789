"""Parsers against their tables: ours, dateparser and Babel, row by row.

    python -m bench parsers

For each table of tests/parser_tables.py, how many rows each candidate reads as the table says
(the value; a refusal; for a row with several readings, a question with exactly those readings).
A library that returns one value for an ambiguous row has guessed: that row counts as wrong and
is listed as a silent misreading, as is any wrong value. The libraries get the same bounds as ours
(not before 1991, not in the future; currency words stripped before Babel reads the number).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from bot.infra.i18n import use_locale
from bot.parsing import Ambiguous, Unreadable, parse_amount, parse_date, parse_hours, parse_term
from tests.parser_tables import AMOUNTS, DATES, HOURS, REFUSED, TERMS, TODAY, Ask

Reader = Callable[[str, str], Any]


class Asked(Exception):
    def __init__(self, readings: tuple[Any, ...]) -> None:
        self.readings = readings


def ours_date(text: str, language: str) -> Any:
    return parse_date(text, allow_future=False, today=TODAY, language=language)


def ours_amount(text: str, language: str) -> Any:
    try:
        return parse_amount(text, language=language).value
    except Ambiguous as question:
        raise Asked(tuple(a.value for a in question.candidates)) from None


def dateparser_date(text: str, language: str) -> Any:
    import dateparser

    value = dateparser.parse(
        text,
        languages=[language, "ru", "kk", "en"],
        settings={
            "DATE_ORDER": "DMY",
            "PREFER_DATES_FROM": "past",
            "RELATIVE_BASE": dt.datetime.combine(TODAY, dt.time()),
            "REQUIRE_PARTS": ["day", "month", "year"],
        },
    )
    if value is None:
        raise Unreadable(text)
    date = value.date()
    if date.year < 1991 or date > TODAY:
        raise Unreadable(text)
    return date


_CURRENCY = re.compile(r"(?i)\s*(?:тенге|теңге|тг\.?|₸|kzt|tenge)\s*")


def babel_amount(text: str, language: str) -> Any:
    from babel.numbers import NumberFormatError, parse_decimal

    cleaned = _CURRENCY.sub(" ", text).strip()
    try:
        value = parse_decimal(cleaned, locale=language, strict=True)
    except (NumberFormatError, ValueError) as problem:
        raise Unreadable(text) from problem
    if not value.is_finite() or not 0 < value < Decimal(10) ** 12:
        raise Unreadable(text)
    return value


def score(reader: Reader, table: list[tuple[str, str, object]]) -> tuple[int, list[str]]:
    right, silent = 0, []
    for text, language, expected in table:
        with use_locale(language):
            try:
                got: Any = reader(text, language)
            except (Ambiguous, Asked) as question:
                readings = getattr(question, "readings", None) or question.candidates  # type: ignore[union-attr]
                got = Ask(tuple(readings))
            except Unreadable:
                got = REFUSED
            except Exception as problem:  # a library crashing on a row: refused, noted
                got = REFUSED
                silent.append(f"{text!r}: raised {type(problem).__name__}")
                continue
        if got == expected:
            right += 1
        elif got != REFUSED and not isinstance(got, Ask):
            silent.append(f"{text!r} ({language}): read {got!r}, expected {expected!r}")
    return right, silent


def main(argv: list[str]) -> None:
    rows = [
        ("dates", "ours (bot.parsing)", ours_date, DATES),
        ("dates", "dateparser", dateparser_date, DATES),
        ("amounts", "ours (bot.parsing)", ours_amount, AMOUNTS),
        ("amounts", "Babel parse_decimal", babel_amount, AMOUNTS),
        ("terms", "ours (bot.parsing)", lambda t, lang: parse_term(t), TERMS),
        ("hours", "ours (bot.parsing)", lambda t, lang: parse_hours(t), HOURS),
    ]
    print(f"{'table':8} {'parser':22} {'right':>9} {'silent misreadings':>19}")
    details = []
    for table_name, name, reader, table in rows:
        try:
            right, silent = score(reader, table)
        except ImportError:
            print(f"{table_name:8} {name:22} {'(not installed)':>9}")
            continue
        print(f"{table_name:8} {name:22} {right:>4}/{len(table):<4} {len(silent):>19}")
        details += [f"  {table_name}/{name}: {s}" for s in silent]
    if "--verbose" in argv and details:
        print("\n".join(details))


if __name__ == "__main__":
    main(sys.argv[1:])
