"""Texts that write their days with no year anywhere: a relative's post headed «5 марта в
10:12 ·», "12 October at 19:40 ·", telling of an arrest "on Tuesday". The case is drafted all
the same: dated as of the day the text is read (`today`, the pasted message's day), or undated
when that day is not known. Names are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.extract import extract_cases, year_of_yearless
from bot.extract.values import find_dates

_POSTS = {
    "ru": "Ирина Бекова\n5 марта в 10:12 · 🌐\n\nМоего мужа Руслана Бекова, 41 год, в понедельник "
    "забрали с работы в Таразе. Он водитель автобуса и писал в WhatsApp о задержках зарплаты. "
    "Теперь ему вменяют часть 1 статьи 174 УК. В среду следственный суд Тараза избрал ему арест "
    "на два месяца.\n\nПомогите, пожалуйста!",
    "en": "Aigerim Nurova\n12 October at 19:40 · 🌐\n\nMy father, Serik Nurov, 61, was taken from "
    "his flat in Taraz on Tuesday by five men in plain clothes. He is a retired teacher who "
    "posted videos about the new landfill. He is charged under Article 274, Part 2 of the "
    "Criminal Code. On Thursday an investigating judge ordered him held in custody for two "
    "months.\n\nPlease share.",
    "kk": "Асель Қуанова\n14 қараша, 20:15 ·\n\nІнім Нұрлан Қуановты сейсенбіде Ақтөбедегі "
    "үйінен алып кетті. Ол жүргізуші, әлеуметтік желіде әкімдік туралы видео салған. Енді "
    "оған ҚК 274-бабының 2-бөлігі бойынша айып тағылды. Бейсенбіде тергеу судьясы оны 2 айға "
    "қамауға алды.\n\nКөмектесіңіздер!",
}


@pytest.mark.parametrize(
    ("language", "name", "article", "detained", "measured"),
    [
        # the weekdays counted back from the post's own day (5 March 2026 is a Thursday)
        ("ru", "Руслан Беков", ("174", 1), "2026-03-02", "2026-03-04"),
        ("en", "Serik Nurov", ("274", 2), "2026-10-06", "2026-10-08"),
        ("kk", "Нұрлан Қуанов", ("274", 2), "2026-11-10", "2026-11-12"),
    ],
)
def test_a_post_with_no_year_is_dated_as_of_the_day_it_is_read(
    language: str, name: str, article: tuple[str, int], detained: str, measured: str
) -> None:
    [case] = extract_cases(_POSTS[language], today=dt.date(2026, 12, 4))
    assert case["person"]["name"] == name
    assert [(c["article"], c["part"]) for c in case["charges"]] == [article]
    assert [(e["kind"], e["date"], e["measure"]) for e in case["events"]] == [
        ("detention", detained, None),
        ("preventive_measure", measured, "custody"),
    ]


@pytest.mark.parametrize("language", ["ru", "en", "kk"])
def test_a_post_with_no_year_read_on_no_known_day_is_still_a_case(language: str) -> None:
    # the person, the charge and the events told, undated (a charge's own day is not one)
    [case] = extract_cases(_POSTS[language])
    assert case["stage"] == "detained"
    assert case["charges"]
    assert [(e["kind"], e["date"], e["measure"]) for e in case["events"]] == [
        ("detention", None, None),
        ("preventive_measure", None, "custody"),
    ]


@pytest.mark.parametrize(
    ("text", "today", "year"),
    [
        # accepted: this year's, or last year's for a day more than two months ahead
        ("Арестован 2 декабря, суд 4 декабря.", dt.date(2026, 12, 4), 2026),
        ("The post of 28 December; detained on 3 January.", dt.date(2027, 1, 5), 2026),
        ("Оны 10 наурызда ұстады.", dt.date(2026, 1, 20), 2026),
        ("Оны 10 сәуірде ұстады.", dt.date(2026, 1, 20), 2025),
        # refused: a year written anywhere, no date told, no day known
        ("Detained on 2 December 2025, charged on 4 December.", dt.date(2026, 12, 4), None),
        ("Его задержали в пятницу.", dt.date(2026, 12, 4), None),
        ("Арестован 2 декабря.", None, None),
    ],
)
def test_the_year_of_a_text_that_writes_none(
    text: str, today: dt.date | None, year: int | None
) -> None:
    assert year_of_yearless(find_dates(text), today) == year


@pytest.mark.parametrize(
    "text",
    [
        # accepted: a person taken from a place, in a relative's words
        "Его брата в четверг забрали прямо с работы.",
        "Вчера Асхата увезли из дома.",
        "He was taken from his home at dawn.",
        "Police took her from the office on Monday.",
    ],
)
def test_taken_from_a_place_is_a_detention(text: str) -> None:
    from bot.extract.scopes import _event_kind

    language = "en" if text.isascii() else "ru"
    assert _event_kind(text, language) == "detention"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # refused: things taken, not a person
        ("Пришли с обыском и забрали из квартиры телефон и ноутбук.", "ru"),
        ("They took the laptop from his flat.", "en"),
    ],
)
def test_things_taken_are_no_detention(text: str, language: str) -> None:
    from bot.extract.scopes import _event_kind

    assert _event_kind(text, language) is None
