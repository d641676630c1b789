"""Every row of the parser tables (tests/parser_tables.py): accepted as the value it means, asked
about when it has several readings, or refused. Zero silent misreadings."""

from __future__ import annotations

from typing import Any

import pytest

from bot.i18n import use_locale
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


@pytest.mark.parametrize(("text", "language", "expected"), TERMS)
def test_terms(text: str, language: str, expected: object) -> None:
    _check(lambda t, lang: parse_term(t), text, language, expected)


@pytest.mark.parametrize(("text", "language", "expected"), HOURS)
def test_hours(text: str, language: str, expected: object) -> None:
    _check(lambda t, lang: parse_hours(t), text, language, expected)
