"""Which town is a person's when a text names several: the towns on the lines that name the
person come before towns the rest of the text names (a digest's opening paragraph on another
town's events, told of every item below it). A district's name, or a party's or an outlet's in
quotes, on the person's line is no town of theirs. Names, places and numbers are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.extract import extract_cases

#: The day every text here is read on.
TODAY = dt.date(2026, 12, 1)

_KK_DIGEST = """«ТЕҢДІК» БАҚЫЛАУ ТОБЫ
2026 ЖЫЛҒЫ ТОҚСАНДЫҚ ШОЛУ

Наразылықтарға байланысты әкімшілік айыппұлдар көбейді: Жаңаөзенде 9 тұрғын жиынға
қатысқаны үшін айыппұл төледі.

2. Қысқаша істер

2.1. Сейітов Ерлан Маратұлы (Павлодар)
Мұғалім. 2026 жылғы 7 шілдеде ұсталды. 19 тамызда оған ҚК-нің 174-бабының 1-бөлігі бойынша
айып тағылды.

2.2. Бекова Ләззат Серікқызы (Қызылорда)
Журналист. 2026 жылғы 18 тамызда Қызылорда қалалық соты Ләззат Бекованы ҚК-нің 274-бабының
2-бөлігі бойынша кінәлі деп танып, екі жылға бас бостандығын шектеді.
"""

_RU_DIGEST = """Правозащитный мониторинг, октябрь 2026

В Актау в октябре задержаны 14 участников мирного собрания, все оштрафованы.

1. Касымов Арман Болатович (Костанай) — задержан 3 октября 2026 года, обвинён по ч. 2 ст. 174 УК.

2. Жумабаева Гульнар Ериковна (Семей) — 12 октября 2026 года приговорена Семейским городским
судом к двум годам ограничения свободы по ч. 1 ст. 274 УК.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _KK_DIGEST,
            {"Ерлан Маратұлы Сейітов": "Павлодар", "Ләззат Серікқызы Бекова": "Қызылорда"},
        ),
        (
            _RU_DIGEST,
            {"Арман Болатович Касымов": "Костанай", "Гульнар Ериковна Жумабаева": "Семей"},
        ),
    ],
)
def test_an_items_own_town_comes_before_the_digests_opening(
    text: str, expected: dict[str, str]
) -> None:
    got = {c["person"]["name"]: c["person"]["city"] for c in extract_cases(text, today=TODAY)}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a district of the dateline's city on the person's line: the city
        (
            "SHYMKENT\nBlogger Yerlan ZHUMABEKOV (38) was detained by police on 24 November "
            "2026 at his home in the Karatau district. He is suspected under Article 274, Part 2 "
            "of the Criminal Code. On 26 November an investigating judge of the Al-Farabi "
            "District Court of Shymkent sanctioned his arrest for two months.",
            "Shymkent",
        ),
        # a party named like a town, in quotes, on the person's line: the court's town
        (
            "Задержан член незарегистрированной партии «Алга, Казахстан!» Ринат Сапаров, 29 лет. "
            "Его подозревают в участии в деятельности запрещенной организации (ч. 2 ст. 405 УК). "
            "24 октября 2026 года следственный суд Костаная санкционировал его арест на два "
            "месяца.",
            "Костанай",
        ),
    ],
)
def test_a_district_or_a_quoted_name_on_the_persons_line_is_not_their_town(
    text: str, city: str
) -> None:
    (case,) = extract_cases(text, today=TODAY)
    assert case["person"]["city"] == city
