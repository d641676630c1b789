"""Whose a trade is, written with a name and without one (bot/extract/trade_owners)."""

from __future__ import annotations

import pytest

from bot.extract import extract_cases


def _occupations(text: str) -> dict[str, str | None]:
    return {c["person"]["name"]: c["person"]["occupation"] for c in extract_cases(text)}


@pytest.mark.parametrize(
    ("text", "occupations"),
    [
        # the lead's trades with no name near them: each the one the story names with it
        (
            "Semey blogger and co-defendant sentenced\n\nSEMEY, Kazakhstan -- A court has "
            "sentenced a blogger and a retired mechanic over posts about a local dump.\n\nOn 4 "
            "October 2026 the Semey City Court found 40-year-old Arman Dzhaksybekov, a blogger, "
            "guilty of spreading false information under Article 274, Part 2, and sentenced "
            "him to two years of restricted freedom.\n\nIn the same trial, 52-year-old "
            "retired mechanic Yerlan Kuatov was sentenced to one year of restricted freedom "
            "under the same article.",
            {"Arman Dzhaksybekov": "blogger", "Yerlan Kuatov": "retired mechanic"},
        ),
        # refused: a dateline's town is no one the trade could be next to
        (
            "Kentau farmer fined\n\nKENTAU, Turkistan region - A farmer from the town has been "
            "fined for a post about the akim.\n\nOn 2 May 2026 the Kentau City Court fined "
            "Murat ALIYEV 100 MCI under Article 378.",
            {"Murat ALIYEV": "farmer"},
        ),
        # Russian: each his own
        (
            "Семей: блогер и механик осуждены\n\nСуд в Семее вынес приговор блогеру, который "
            "писал о свалке, и механику, который делился его постами.\n\n4 октября 2026 года "
            "Семейский городской суд приговорил 40-летнего блогера Армана Джаксыбекова к двум "
            "годам ограничения свободы по ч. 2 ст. 274 УК РК.\n\nПо этому же делу 52-летний "
            "механик Ерлан Куатов приговорён к одному году ограничения свободы.",
            {"Арман Джаксыбеков": "блогер", "Ерлан Куатов": "механик"},
        ),
        # Kazakh: the lead's «блогер мен ... механик», then each named with his own
        (
            "Семей: блогер мен механик сотталды\n\nСемейде қоқыс туралы жазған блогер мен оның "
            "жазбаларын таратқан механик сотталды.\n\n2026 жылғы 4 қазанда Семей қалалық соты "
            "40 жастағы блогер Арман Жақсыбековті ҚК-нің 274-бабының 2-бөлігі бойынша екі жыл "
            "бас бостандығын шектеуге соттады.\n\nОсы іс бойынша 52 жастағы механик Ерлан "
            "Қуатов бір жыл бас бостандығын шектеуге сотталды.",
            {"Арман Жақсыбеков": "блогер", "Ерлан Қуатов": "механик"},
        ),
    ],
)
def test_a_trade_written_without_a_name(text: str, occupations: dict[str, str | None]) -> None:
    assert _occupations(text) == occupations
