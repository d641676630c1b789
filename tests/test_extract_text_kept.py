"""No part of a text is lost before it is read: a story above a list (a collective letter above
its signatories' table, a memo above its bullet points) still tells its cases, while the list's
own rows keep telling theirs, in the three languages."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.extract import extract_cases

_TODAY = dt.date(2026, 12, 1)


def _names(text: str) -> list[str]:
    return [c["person"]["name"] for c in extract_cases(text, today=_TODAY)]


@pytest.mark.parametrize(
    ("text", "case", "signers"),
    [
        # accepted: a villagers' letter telling a verdict, then the table of who signed it
        (
            "КОЛЛЕКТИВНОЕ ОБРАЩЕНИЕ\n\nПросим проверить приговор нашему соседу.\n\n"
            "Приговором Талгарского районного суда от 5 октября 2026 года Ержан Касымов "
            "осужден по ч. 1 ст. 274 УК РК к 1 году ограничения свободы.\n\n"
            "| № | ФИО | Подпись |\n| 1 | Абдуллаев Марат | подпись |\n"
            "| 2 | Турсунов Алмас | подпись |\n| 3 | Есентаев Берик | подпись |\n",
            "Ержан Касымов",
            ["Абдуллаев", "Турсунов", "Есентаев"],
        ),
        # accepted: a petition's story, then its numbered list of signatories
        (
            "PETITION\n\nWe ask for the release of Dr Arman Seitov, a historian detained in "
            "Karaganda on 3 November 2026 and charged under Article 274, Part 2 of the "
            "Criminal Code.\n\nSigned:\n1. Dr. Aliya Nurova, Almaty\n2. Prof. Jan Berg, Oslo\n"
            "3. Dr. Sabit Omarov, Astana\n",
            "Arman Seitov",
            ["Nurova", "Berg", "Omarov"],
        ),
        # accepted: a Kazakh open letter, then a bulleted list of the signers
        (
            "АШЫҚ ХАТ\n\n2026 жылғы 10 қазанда Ақтөбе қалалық соты Нұрлан Сейітов деген "
            "ауылдасымызды ҚК 274-бабының 1-бөлігі бойынша 2 жылға бас бостандығын шектеуге "
            "соттады.\n\nҚол қойғандар:\n- Әлібек Жұмабаев\n- Сәуле Омарова\n- Бақыт Ерланов\n",
            "Нұрлан Сейітов",
            ["Жұмабаев", "Омарова", "Ерланов"],
        ),
    ],
)
def test_a_story_above_a_list_of_signers_tells_its_case(
    text: str, case: str, signers: list[str]
) -> None:
    found = _names(text)
    assert case in found
    # refused: none who only signed is a case
    assert not any(signer in name for signer in signers for name in found)


def test_a_list_whose_rows_are_the_cases_is_still_read_row_by_row() -> None:
    text = (
        "Two activists were sentenced this week.\n\n"
        "1. Marat Ospanov, blogger, Taraz: on 2 October 2026 Taraz City Court sentenced him "
        "under Article 174, Part 1 to 2 years of restricted freedom.\n"
        "2. Dana Kuanysheva, journalist, Shymkent: on 3 October 2026 Al-Farabi District Court "
        "sentenced her under Article 274, Part 2 to 1 year of restricted freedom.\n"
    )
    assert sorted(_names(text)) == ["Dana Kuanysheva", "Marat Ospanov"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a title before the name is no part of it
        (
            "Dr Aigerim Bekova, a sociologist, was sentenced by Almaty City Court on 4 May 2026 "
            "under Article 274, Part 1 to 2 years of restricted freedom.",
            "Aigerim Bekova",
        ),
        (
            "Prof. Sabit Nurov was detained in Astana on 12 June 2026 and charged under "
            "Article 405, Part 2.",
            "Sabit Nurov",
        ),
    ],
)
def test_an_academic_title_is_no_given_name(text: str, name: str) -> None:
    assert _names(text) == [name]
