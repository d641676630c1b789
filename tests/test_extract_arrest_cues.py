"""How reports tell an arrest, and the day of the events around it: a relative's "they took him
from his dormitory", a town's name ending like a negation («в Астане был задержан»), a wiki's
consecutive note marks. Names are invented."""

from __future__ import annotations

import pytest

from bot.extract import extract_cases, lexicon


def _events(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {
        case["person"]["name"]: [(e["kind"], e["date"]) for e in case["events"]]
        for case in extract_cases(text)
    }


@pytest.mark.parametrize(
    ("language", "text", "arrest"),
    [
        # accepted: taken from a place where one lives or works, or to the police
        ("en", "On Monday police took her from the hostel near the market.", True),
        ("en", "Officers searched his flat and took him to the city police department.", True),
        ("en", "He was taken to the Almaty police headquarters for questioning.", True),
        # a place word ending in «не» before the verb is no negation
        ("ru", "Вчера в Таразе был задержан журналист.", True),
        ("ru", "В Астане задержали двух активистов.", True),
        ("ru", "В Жанаозене взяли под стражу сварщика.", True),
        # a man named in the accusative after the verb
        ("ru", "Провели обыск, изъяли телефоны и увезли Ерлана.", True),
        # the person told before the verb, then a day and where from
        ("ru", "Моего мужа, Серика Оспанова, забрали в пятницу, 3 мая, прямо с работы.", True),
        ("ru", "Сына забрали 14 октября рано утром.", True),
        # officers of a named department or of the KNB came
        ("ru", "В 6 утра к ним пришли сотрудники департамента полиции области.", True),
        ("ru", "Сотрудники ДКНБ пришли к нему домой на рассвете.", True),
        # refused: a negation stays one
        ("ru", "Он не был задержан, его лишь допросили.", False),
        ("ru", "Её не задержали.", False),
        # refused: things taken, a trip to a city, a trip to a meeting
        ("ru", "Забрали в пятницу документы и технику.", False),
        ("ru", "Делегацию увезли в Астану на конференцию.", False),
        ("en", "They took the documents from the office.", False),
        ("en", "He took his daughter to the hospital.", False),
    ],
)
def test_arrest_cue(language: str, text: str, arrest: bool) -> None:
    assert bool(lexicon.EVENTS["detention"][language].search(text)) is arrest


def test_consecutive_note_marks_end_the_sentence() -> None:
    # a wiki's "custody.[3][4] He was accused of ... a speech of 27 December": the arrest's
    # sentence ends at the marks, so the speech's day is no day of the measure
    text = (
        "Yerlan Abenov\n\nOn 12 January 2025, Abenov, a union leader, was detained by police in "
        "Pavlodar.[2] Two days later, on 14 January, a Pavlodar court remanded him in "
        "custody.[3][4] He was accused of inciting discord over a speech he gave on 27 December "
        "2024.[4]"
    )
    assert _events(text)["Yerlan Abenov"] == [
        ("detention", "2025-01-12"),
        ("preventive_measure", "2025-01-14"),
    ]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # accepted: the day a hearing is set for dates nothing that happened
        (
            "Aliya Omarova, a nurse, was detained on 3 October 2026. On 5 October 2026 a court "
            "remanded her in custody. Her trial began on 20 November 2026 at the Taraz City "
            "Court. She is still in custody, and the next hearing is scheduled for 4 December "
            "2026.",
            [
                ("detention", "2026-10-03"),
                ("preventive_measure", "2026-10-05"),
                ("trial", "2026-11-20"),
            ],
        ),
        (
            "Алию Омарову, медсестру, задержали 3 октября 2026 года. 5 октября 2026 года суд "
            "санкционировал её арест. Процесс начался 20 ноября 2026 года, заседание отложено "
            "до 4 декабря 2026 года.",
            [
                ("detention", "2026-10-03"),
                ("preventive_measure", "2026-10-05"),
                ("trial", "2026-11-20"),
            ],
        ),
        # accepted: the custody's own day, told after the day a hearing is set for
        (
            "Aliya Omarova, teacher. Status: trial opened, indictment read; adjourned to 2 "
            "December 2026 [defendant in custody since 14 July 2026].",
            [("detention", "2026-07-14")],
        ),
        # refused: a day told as the hearing's own stays its day
        (
            "Aliya Omarova, a nurse, was detained on 3 October 2026. The trial, set to open in "
            "November, began on 20 November 2026.",
            [("detention", "2026-10-03"), ("trial", "2026-11-20")],
        ),
    ],
)
def test_day_set_for_a_hearing(text: str, events: list[tuple[str, str | None]]) -> None:
    assert sorted(next(iter(_events(text).values()))) == sorted(events)


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # accepted: an arrest "the same evening" as the day told before, then a measure's day
        (
            "Bolat Serikov, a pensioner. On 3 May 2026 he spoke at a residents' meeting. He was "
            "detained the same evening, and on 5 May 2026 a court remanded him in custody.",
            [("detention", "2026-05-03"), ("preventive_measure", "2026-05-05")],
        ),
        (
            "Болат Сериков, пенсионер. 3 мая 2026 года выступил на собрании жильцов. В тот же "
            "вечер его задержали, 5 мая 2026 года суд арестовал его на два месяца.",
            [("detention", "2026-05-03"), ("preventive_measure", "2026-05-05")],
        ),
        # refused: an arrest told with its own day keeps it
        (
            "Bolat Serikov, a pensioner. On 3 May 2026 he spoke at a residents' meeting. He was "
            "detained on 4 May 2026, and on 6 May 2026 a court remanded him in custody.",
            [("detention", "2026-05-04"), ("preventive_measure", "2026-05-06")],
        ),
    ],
)
def test_arrest_the_same_evening(text: str, events: list[tuple[str, str | None]]) -> None:
    assert _events(text)[next(iter(_events(text)))] == events


@pytest.mark.parametrize(
    ("text", "second"),
    [
        # accepted: a second person "detained the same morning" in a paragraph of their own is
        # arrested on the first one's day, not on the day of the first one's last event
        (
            "On 24 November 2026 police detained welder Yerlan Abenov at his home. On 26 "
            "November 2026 a court remanded Abenov in custody.\n\n"
            "His colleague Saule Kassymova was detained the same morning at the plant. On 26 "
            "November 2026 the court placed Kassymova under house arrest.",
            [("detention", "2026-11-24"), ("preventive_measure", "2026-11-26")],
        ),
        (
            "24 ноября 2026 года полиция задержала сварщика Ерлана Абенова. 26 ноября 2026 года "
            "суд арестовал Абенова на два месяца.\n\n"
            "Вместе с Абеновым в то же утро задержали его коллегу Сауле Касымову. 26 ноября "
            "2026 года тот же суд поместил Касымову под домашний арест.",
            [("detention", "2026-11-24"), ("preventive_measure", "2026-11-26")],
        ),
        # refused: a second person's arrest told with its own day
        (
            "On 24 November 2026 police detained welder Yerlan Abenov at his home. On 26 "
            "November 2026 a court remanded Abenov in custody.\n\n"
            "His colleague Saule Kassymova was detained on 25 November 2026 at the plant. On 26 "
            "November 2026 the court placed Kassymova under house arrest.",
            [("detention", "2026-11-25"), ("preventive_measure", "2026-11-26")],
        ),
    ],
)
def test_second_arrest_the_same_morning(text: str, second: list[tuple[str, str | None]]) -> None:
    assert list(_events(text).values())[1] == second


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # accepted: an arrest and a measure of the same day are one arrest under that measure
        (
            "Ruslan Beketov, an imam. Detained on 22 April 2026; preventive measure: custody "
            "since 22 April 2026. His trial opened on 9 September 2026.",
            [("detention", "2026-04-22", "custody"), ("trial", "2026-09-09", None)],
        ),
        (
            "Руслан Бекетов, имам. Задержан 22 апреля 2026 года. Мера пресечения: содержание под "
            "стражей (с 22 апреля 2026 года). Судебный процесс начался 9 сентября 2026 года.",
            [("detention", "2026-04-22", "custody"), ("trial", "2026-09-09", None)],
        ),
        # refused: a measure ordered on a later day stays an event of its own
        (
            "Ruslan Beketov, an imam, was detained on 22 April 2026. On 24 April 2026 a court "
            "remanded him in custody.",
            [("detention", "2026-04-22", None), ("preventive_measure", "2026-04-24", "custody")],
        ),
    ],
)
def test_arrest_and_measure_of_one_day(
    text: str, events: list[tuple[str, str | None, str | None]]
) -> None:
    case = extract_cases(text)[0]
    assert [(e["kind"], e["date"], e["measure"]) for e in case["events"]] == events


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # accepted: a card's «Задержание:» field, then held since that day
        (
            "Руслан Бекетов, имам.\nЗадержание: 12.01.2025, с этого дня под стражей.\n"
            "Приговор: 30.05.2025 – 5 лет лишения свободы.",
            [("detention", "2025-01-12", "custody"), ("verdict", "2025-05-30", None)],
        ),
        # accepted: «...-дан қамауда», held since the day
        (
            "Руслан Бекетов, имам. Оқиға: 14.07.2026-дан қамауда. Сот процесі 2026 жылғы 16 "
            "қарашада басталды.",
            [("detention", "2026-07-14", "custody"), ("trial", "2026-11-16", None)],
        ),
        # accepted: a byline closed by a clock time dates "today"'s verdict
        (
            "Бекетов 5 жылға сотталды\n\nАзат Дала, 27 қараша 2026 жыл, 14:20\n\nКентау "
            "қалалық соты бүгін кәсіпкер Руслан Бекетовке 5 жыл бас бостандығынан айыру "
            "жазасын кесті.",
            [("verdict", "2026-11-27", None)],
        ),
        # refused: a time before a docket's entry makes no dateline of it
        (
            "Руслан Бекетов, имам.\n21.10.2026 11:30 Предварительное слушание.\nМера "
            "пресечения оставлена без изменения.\nСудебный процесс начался 28.10.2026.",
            [("trial", "2026-10-28", None)],
        ),
    ],
)
def test_held_since_and_bylines(
    text: str, events: list[tuple[str, str | None, str | None]]
) -> None:
    case = extract_cases(text)[0]
    assert [(e["kind"], e["date"], e["measure"]) for e in case["events"]] == events
