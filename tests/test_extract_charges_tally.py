"""A report's tally of cases by article is no one's charge (`charges._COUNTED_AFTER`): the
article followed by a count closing its line or cell. A hasty note's «ст 405 ч2» (the points
left out) is a charge all the same."""

from __future__ import annotations

import pytest

from bot.extract import charges


def _articles(text: str, language: str) -> list[tuple[str, int | None]]:
    return [(c["article"], c["part"]) for c in charges._charges(text, language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Cases opened this year:\n  Article 174 (inciting discord) ........ 12\n", "en"),
        # the count broken off its dotted leader onto a line of its own
        ("Cases opened:\nArticle 405 (banned groups) ......\n 15\n", "en"),
        (
            "| Статья | Дел | Осуждено |\n| – ст. 274 УК | 8 | 7 |\n| – ст. 378 и 402 УК | 5 | 3 |",
            "ru",
        ),
        ("Барлығы 30 іс, оның ішінде ҚК-нің 174-бабы – 10, 274-бабы – 9", "kk"),
    ],
)
def test_a_tally_row_is_no_charge(text: str, language: str) -> None:
    assert _articles(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a term after the dash goes on past its number: the charge with its sentence
        ("Приговор: ч. 2 ст. 174 УК РК – 5 лет лишения свободы.", "ru", [("174", 2)]),
        (
            "He was convicted under Article 274 - 2 years of restricted freedom.",
            "en",
            [("274", None)],
        ),
        # a table's row naming the defendant and the verdict in words
        ("| Иванов И. | ст. 405 УК | приговор: штраф |", "ru", [("405", None)]),
        ("Оған ҚК-нің 174-бабының 1-бөлігі бойынша айып тағылды.", "kk", [("174", 1)]),
    ],
)
def test_a_charge_with_words_after_stays(
    text: str, language: str, expected: list[tuple[str, int | None]]
) -> None:
    assert _articles(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hasty note's abbreviations without their points, before a number
        ("задержан 02.10.2026, обвиняют по ст 405 ч2. суда пока нет", [("405", 2)]),
        ("облсуд оставил 4 года лишения свободы (ст 174 ч 1)", [("174", 1)]),
        ("по ч2 ст 274 УК", [("274", 2)]),
        # refused: «ст» or «ч» before no number, or a number too short for an article
        ("проехал 5 ст и ч", []),
        ("остановка на ст 5, в 14 ч 30 мин", []),
    ],
)
def test_an_article_abbreviated_without_points(
    text: str, expected: list[tuple[str, int | None]]
) -> None:
    assert _articles(text, "ru") == expected
