"""Every row of the parser tables (tests/parser_tables.py): accepted as the value it means, asked
about when it has several readings, or refused. Zero silent misreadings."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from bot.infra.i18n import use_locale
from bot.parsing import Ambiguous, Unreadable, parse_amount, parse_date, parse_hours, parse_term
from tests.parser_tables import AMOUNTS, DATES, FUTURE_DATES, HOURS, REFUSED, TERMS, TODAY, Ask


def _check(read: Any, text: str, language: str, expected: object) -> None:
    with use_locale(language):
        if expected == REFUSED:
            with pytest.raises(Unreadable) as refusal:
                read(text, language)
            assert not isinstance(refusal.value, Ambiguous), f"{text!r} must be refused"
            assert str(refusal.value)  # says why
        elif isinstance(expected, Ask):
            with pytest.raises(Ambiguous) as question:
                read(text, language)
            assert question.value.candidates == expected.readings
            assert str(question.value)
        else:
            assert read(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), DATES)
def test_dates(text: str, language: str, expected: object) -> None:
    _check(
        lambda t, lang: parse_date(t, allow_future=False, today=TODAY, language=lang),
        text,
        language,
        expected,
    )


@pytest.mark.parametrize(("text", "language", "expected"), FUTURE_DATES)
def test_scheduled_dates_may_be_in_the_future(text: str, language: str, expected: object) -> None:
    _check(
        lambda t, lang: parse_date(t, allow_future=True, today=TODAY, language=lang),
        text,
        language,
        expected,
    )


def _amount(text: str, language: str) -> Any:
    try:
        return parse_amount(text, language=language).value
    except Ambiguous as question:
        raise Ambiguous(str(question), [a.value for a in question.candidates]) from None


@pytest.mark.parametrize(("text", "language", "expected"), AMOUNTS)
def test_amounts(text: str, language: str, expected: object) -> None:
    _check(_amount, text, language, expected)


def test_a_dollar_figure_in_brackets_is_kept_as_a_note() -> None:
    amount = parse_amount("27780 тенге ($65)", language="ru")
    assert (amount.value, amount.note) == (27780, "$65")
    assert parse_amount("27780 тенге", language="ru").note is None


#: The brackets beside a tenge amount → the dollar figure kept (as reported), or None.
DOLLAR_FIGURES: list[tuple[str, str, str | None]] = [
    ("27780 тенге ($65)", "ru", "65"),
    ("27 780 теңге ($65)", "kk", "65"),
    ("27,780 tenge (about $65)", "en", "65"),
    ("27780 тенге (≈ $65)", "ru", "65"),
    ("27780 тенге (~$65)", "ru", "65"),
    ("27780 тенге (65 USD)", "ru", "65"),
    ("27780 тг (65 долларов)", "ru", "65"),
    ("27780 тенге (около 65 долл.)", "ru", "65"),
    ("27780 теңге (шамамен 65 доллар)", "kk", "65"),
    ("27780 тенге (US$65)", "ru", "65"),
    ("27780 тенге ($65.50)", "ru", "65.50"),
    ("1 500 000 тенге ($3,500)", "ru", "3500"),
    ("27780 тенге (€60)", "ru", None),  # another currency: a note only
    ("27780 тенге (60 евро)", "ru", None),
    ("27780 тенге ($65 или €60)", "ru", None),  # two figures: not guessed
    ("27780 тенге ($6,5)", "ru", "6.50"),  # a comma before one digit: a decimal comma
    ("27780 тенге ($1.200)", "ru", None),  # 1.2 or 1 200: not guessed
    ("27780 тенге", "ru", None),
]


@pytest.mark.parametrize(("text", "language", "usd"), DOLLAR_FIGURES)
def test_a_dollar_figure_is_kept_as_reported(text: str, language: str, usd: str | None) -> None:
    amount = parse_amount(text, language=language)
    assert amount.value == 27780 or "1 500 000" in text
    assert amount.usd == (Decimal(usd) if usd else None)


def test_a_dollar_figure_survives_the_question_about_the_tenge_figure() -> None:
    with pytest.raises(Ambiguous) as asked:
        parse_amount("27.780 тенге ($65)", language="ru")
    assert {a.usd for a in asked.value.candidates} == {Decimal(65)}


@pytest.mark.parametrize(("text", "language", "expected"), TERMS)
def test_terms(text: str, language: str, expected: object) -> None:
    _check(lambda t, lang: parse_term(t), text, language, expected)


@pytest.mark.parametrize(("text", "language", "expected"), HOURS)
def test_hours(text: str, language: str, expected: object) -> None:
    _check(lambda t, lang: parse_hours(t), text, language, expected)
