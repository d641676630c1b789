"""People told prosecuted by a pronoun after their name (`bot.extract.pronoun_cues`), a
co-defendant named in title case beside a surname in capitals: cases of their own (r-miss).
Invented wording: what the extractor must read (accepted) and must not (refused)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.extract import extract_cases
from bot.extract.pronoun_cues import pronoun_after

TODAY = dt.date(2026, 12, 1)

_EN_HEAD = (
    "Karaganda, 20 November 2026. On 18 November the Karaganda City Court sentenced blogger "
    "Yerlan AKHMETOV to two years of restricted freedom under Article 274, Part 2.\n\n"
)


def _people(text: str) -> dict[str, str]:
    return {c["person"]["name"]: c["stage"] for c in extract_cases(text, today=TODAY)}


@pytest.mark.parametrize(
    ("text", "person", "stage"),
    [
        # "X is a student. He was detained on ...": the next sentence's pronoun
        (
            _EN_HEAD + "His friend Dias Serikbayev is a 24-year-old student from Temirtau. He "
            "was detained on 19 November and is a suspect under the same article.",
            "Dias Serikbayev",
            "detained",
        ),
        # «... Айгерим Сапарова, студентка. 20 ноября её задержали»: the object pronoun
        (
            "Алматы, 25 ноября 2026 года. Бостандыкский районный суд приговорил ЖУМАБАЕВА "
            "Ерлана к 3 годам ограничения свободы по ч. 2 ст. 274 УК.\n\nВ том же деле "
            "фигурирует Айгерим Сапарова, студентка из Талгара. 20 ноября её задержали и "
            "поместили под домашний арест.",
            "Айгерим Сапарова",
            "detained",
        ),
    ],
)
def test_pronoun_tells_another_case(text: str, person: str, stage: str) -> None:
    people = _people(text)
    assert people.get(person) == stage
    assert len(people) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a neighbour who speaks of the sentenced man: the pronoun is in his quotation
        _EN_HEAD + 'Dias Serikbayev, a neighbour, said: "The court found him guilty for nothing."',
        # the pronoun follows another name: Aigerim's, not Dias's
        _EN_HEAD + "His friend Dias Serikbayev came to the court with Aigerim Nurlanova. She "
        "was detained on 19 November.",
    ],
)
def test_pronoun_of_someone_else(text: str) -> None:
    assert "Dias Serikbayev" not in _people(text)


@pytest.mark.parametrize(
    ("text", "language", "told"),
    [
        ("Kuznetsov is an engineer. Since May he has been working at the plant.", "en", False),
        ("Kuznetsov is an engineer. In May he was detained.", "en", True),
        ("Kuznetsova is an engineer. In May he was detained.", "en", False),  # a man's pronoun
        ("Кузнецов – инженер. С 15 сентября он сидит под домашним арестом.", "ru", True),
        ("Кузнецова – инженер. С 15 сентября он сидит под домашним арестом.", "ru", False),
        ("Жумагулов, которого 14 октября суд приговорил к 4 годам.", "ru", True),
        ("Омаровқа қатысты: ол 10 қарашада ұсталды.", "kk", True),
        ("Омаров: сот оны кінәлі деп таныды.", "kk", False),  # a speaker's label
        ("Омаров айтты: «оны ұстады».", "kk", False),  # his own words
    ],
)
def test_pronoun_after(text: str, language: str, told: bool) -> None:
    end = len(text.split()[0].rstrip(",:"))
    assert pronoun_after(text, end, text[:end], language) is told
