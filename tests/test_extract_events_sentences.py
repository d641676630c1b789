"""Events and measures within cases the extractor finds (round "evs"): relative days told
with a part of the day, the day taken into custody as a card's field, an arrest whose measure
a court ordered days later. Short invented texts in English, Russian and Kazakh: what must be
read (accepted) and what must not (refused)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.extract import extract_cases
from bot.extract.datelines import day_after_yesterday, days_later

TODAY = dt.date(2026, 12, 1)


def _events(text: str) -> dict[str, tuple[str | None, list[tuple[str, str | None, str | None]]]]:
    return {
        c["person"]["name"]: (
            c["stage"],
            [(e["kind"], e["date"], e["measure"]) for e in c["events"]],
        )
        for c in extract_cases(text, today=TODAY)
    }


@pytest.mark.parametrize(
    ("text", "language", "told", "day"),
    [
        ("Yesterday evening, 27 November, police detained him.", "en", (11, 27), (11, 28)),
        ("Вчера вечером, 29 ноября, его забрали из дома.", "ru", (11, 29), (11, 30)),
        ("Вчера утром, 3 марта, её задержали.", "ru", (3, 3), (3, 4)),
        ("Кеше кешке, 14 қарашада, оны полиция ұстады.", "kk", (11, 14), (11, 15)),
        # refused: other words between "yesterday" and the date
        ("Вчера стало известно, что 29 ноября его задержали.", "ru", (11, 29), None),
        ("Yesterday the court said he was detained on 27 November.", "en", (11, 27), None),
    ],
)
def test_yesterday_with_a_part_of_the_day(
    text: str, language: str, told: tuple[int, int], day: tuple[int, int] | None
) -> None:
    expected = dt.date(2026, *day) if day else None
    assert day_after_yesterday(text, language, [dt.date(2026, *told)]) == expected


@pytest.mark.parametrize(
    ("text", "language", "days"),
    [
        ("А вечером следственный судья санкционировал арест.", "ru", 0),
        ("Вечером суд арестовал его на два месяца.", "ru", 0),
        ("In the evening, a judge ordered two months of custody.", "en", 0),
        ("Кешке тергеу судьясы қамауға алуға санкция берді.", "kk", 0),
        # refused: the evening told inside the sentence, not opening it; a night (the next day?)
        ("Суд, заседавший до вечера, арестовал его.", "ru", None),
        ("Ночью его увезли в СИЗО.", "ru", None),
        ("He spoke in the evening news.", "en", None),
    ],
)
def test_a_sentence_opening_with_the_evening_is_the_same_day(
    text: str, language: str, days: int | None
) -> None:
    assert days_later(text, language) == days


def test_post_with_yesterday_evening_dates_today_and_the_evening() -> None:
    text = (
        "Друзья, прошу репост.\n\n"
        "Моего отца, Нурлана Сапаровича Ахметова, вчера вечером, 19 ноября, задержали прямо у "
        "подъезда в Караганде.\n\n"
        "Сегодня утром ему предъявили обвинение по части 1 статьи 174 УК.\n\n"
        "А вечером следственный судья санкционировал арест на два месяца."
    )
    stage, events = _events(text)["Нурлан Сапарович Ахметов"]
    assert stage == "charged"
    assert events == [
        ("detention", "2026-11-19", None),
        ("charge", "2026-11-20", None),
        ("preventive_measure", "2026-11-20", "custody"),
    ]


@pytest.mark.parametrize(
    ("text", "name", "events"),
    [
        # a card's field «Қамауға алынған күні:» is the arrest, held since
        (
            "1. Дәурен Серікұлы ОМАРОВ\nҚала: Семей\nҚамауға алынған күні: 2026 жылғы 3 "
            "наурыз\nАйыптау: ҚК 174-бабының 1-бөлігі\nАхуалы: Семей қалалық соты 2026 жылғы "
            "20 шілдеде 3 жыл бас бостандығынан айыру жазасын тағайындады.",
            "Дәурен Серікұлы Омаров",
            [("detention", "2026-03-03", "custody"), ("verdict", "2026-07-20", None)],
        ),
        # the converb after a day: «8 қыркүйекте ұстап, сол күні үйқамаққа жіберген»
        (
            "Бүгін, 27 қарашада, Орал қалалық соты Нұрлан Серікұлы Бекеновке ҚК-нің "
            "174-бабының 1-бөлігі бойынша айыппұл салды. Нұрланды 8 қыркүйекте ұстап, сол күні "
            "үйқамаққа жіберген.",
            "Нұрлан Серікұлы Бекенов",
            [("detention", "2026-09-08", "house_arrest"), ("verdict", "2026-11-27", None)],
        ),
    ],
)
def test_kazakh_day_taken_into_custody(
    text: str, name: str, events: list[tuple[str, str | None, str | None]]
) -> None:
    assert _events(text)[name][1] == events


def test_kazakh_holding_a_thing_is_no_arrest() -> None:
    text = (
        "Ерлан Бақытұлы Жақыпов 5 қарашада алаңда плакат ұстап тұрды. 2026 жылғы 20 "
        "қарашада Тараз қалалық соты оған ҚК-нің 174-бабының 1-бөлігі бойынша 2 жыл бас "
        "бостандығын шектеу жазасын тағайындады."
    )
    kinds = [k for k, _, _ in _events(text)["Ерлан Бақытұлы Жақыпов"][1]]
    assert "detention" not in kinds


@pytest.mark.parametrize(
    ("text", "name", "events"),
    [
        # the arrest, then the court's order on it two days later: the measure is the order's
        (
            "Ақпарат: Серік Қалиұлы Омаров\nҚамауға алынған күні: 2026 жылғы 12 қараша\n"
            "Ахуалы: 2026 жылғы 14 қарашада тергеу судьясы екі ай мерзімге қамауға алуға "
            "санкция берді.",
            "Серік Қалиұлы Омаров",
            [("detention", "2026-11-12", None), ("preventive_measure", "2026-11-14", "custody")],
        ),
        # refused: a change to another measure later leaves the arrest's own
        (
            "Арман Болатович Сейтказиев содержится под стражей с 2 марта 2026 года. 4 марта "
            "2026 года суд изменил ему меру пресечения на домашний арест.",
            "Арман Болатович Сейтказиев",
            [
                ("detention", "2026-03-02", "custody"),
                ("preventive_measure", "2026-03-04", "house_arrest"),
            ],
        ),
    ],
)
def test_arrest_and_the_order_days_later(
    text: str, name: str, events: list[tuple[str, str | None, str | None]]
) -> None:
    assert _events(text)[name][1] == events


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # an appeal filed, told in the passive, is no ruling: the stage stays `sentenced`
        (
            "2026 жылғы 18 қарашада Көкшетау қалалық соты Ержан Болатұлы Сейітовке ҚК-нің "
            "174-бабының 1-бөлігі бойынша 2 жыл бас бостандығынан айыру жазасын тағайындады. "
            "Адвокат үкімге 2026 жылғы 26 қарашада облыстық сотқа апелляциялық шағым "
            "берілгенін хабарлады.",
            "Ержан Болатұлы Сейітов",
            "sentenced",
        ),
        (
            "18 ноября 2026 года Костанайский городской суд приговорил Марата Ерлановича "
            "Касенова к двум годам ограничения свободы по ч. 1 ст. 174 УК РК. Апелляционная "
            "жалоба подана 26 ноября 2026 года.",
            "Марат Ерланович Касенов",
            "sentenced",
        ),
        (
            "On 18 November 2026 the Taraz City Court sentenced Aidos Kenzhebayev to two years "
            "of restricted freedom. An appeal was lodged with the regional court on 26 November "
            "2026.",
            "Aidos Kenzhebayev",
            "sentenced",
        ),
        # refused: the ruling on the appeal is a ruling
        (
            "18 ноября 2026 года Костанайский городской суд приговорил Марата Ерлановича "
            "Касенова к двум годам ограничения свободы по ч. 1 ст. 174 УК РК. 26 ноября 2026 "
            "года апелляционная коллегия оставила приговор без изменения.",
            "Марат Ерланович Касенов",
            "appealed",
        ),
    ],
)
def test_appeal_filed_in_the_passive_is_no_ruling(text: str, name: str, stage: str) -> None:
    assert _events(text)[name][0] == stage
