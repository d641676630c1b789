"""Events and sentence parts, second pass (round "evs2"): a list's labelled cards, each with
its own dated bullets; custody ordered for a number of months. Short invented texts in
English, Russian and Kazakh: what must be read (accepted) and what must not (refused)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.extract import extract_cases
from bot.extract.blocks import split_blocks
from bot.extract.clauses import event_kind
from bot.extract.lexicon import MEASURES

TODAY = dt.date(2026, 12, 1)


def _events(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {
        c["person"]["name"]: [(e["kind"], e["date"]) for e in c["events"]]
        for c in extract_cases(text, today=TODAY)
    }


_CARDS = """WATCH LIST
Update of 30 November 2026

---

KASSENOV Arman (Касенов Арман)
Town: Aktobe
Status: on trial
Chronology:
- 2 October 2026: detained at his home.
- 20 November 2026: trial opened at the Aktobe City Court.
Grounds: posts about the water supply.

---

ILYASOVA Dana
Town: Oral
Status: sentenced
Chronology:
- 5 March 2026: detained.
- 12 June 2026: sentenced by the Oral City Court to two years of restricted freedom.

-----
NOT LISTED
-----

BEKOV Serik, Atyrau — fined under the Code of Administrative Offences on 3 November 2026.
"""


def test_a_labelled_card_heading_opens_an_item_of_its_own() -> None:
    events = _events(_CARDS)
    assert events["KASSENOV Arman"] == [("detention", "2026-10-02"), ("trial", "2026-11-20")]
    assert events["ILYASOVA Dana"] == [("detention", "2026-03-05"), ("verdict", "2026-06-12")]


def test_a_rule_line_ends_the_item_above_it() -> None:
    starts = [text[:20] for _, text in split_blocks(_CARDS, "en")]
    assert any(s.startswith("KASSENOV") for s in starts)
    assert any(s.startswith("ILYASOVA") for s in starts)
    assert not any("BEKOV" in text for _, text in split_blocks(_CARDS, "en")[:2])


def test_a_name_line_without_labelled_lines_under_it_opens_no_item() -> None:
    # refused: the person's heading over his own bullets, with prose (no labels) under it
    text = (
        "KASSENOV Arman\nHe is a blogger from Aktobe. He was arrested in October.\n"
        "- 2 October 2026: detained.\n- 20 November 2026: trial opened.\n"
    )
    assert [t[:8] for _, t in split_blocks(text, "en")] == [text[:8]]


def test_custody_ordered_for_a_number_of_months() -> None:
    custody = MEASURES["custody"]["en"]
    assert custody.search("the investigating judge ordered two months' custody")
    assert custody.search("the court imposed two months of pre-trial detention")
    # refused: a sentence of months is no custody ordered
    assert not custody.search("the court ordered two months of community service")


def test_held_since_under_a_measure_label_with_no_arrest_told_before() -> None:
    text = (
        "Сотталушы Ержанов Болат Серікұлы, 1990 жылы туған, Тараз қаласының тұрғыны, блогер. "
        "ҚК-нің 174-бабының 1-бөлігі бойынша айыпталады. Бұлтартпау шарасы – 2026 жылғы 2 "
        "қазаннан бастап қамауда."
    )
    assert _events(text)["Болат Серікұлы Ержанов"][0] == ("detention", "2026-10-02")


def test_a_measure_since_a_day_after_the_arrest_told_stays_the_measure() -> None:
    # refused: the arrest told before it, the measure with its own day is the measure
    text = (
        "ФИО: Касымов Дархан Ерланович\nГород: Актобе\nСтатья: ч. 1 ст. 174 УК РК\n"
        "Задержан: 06.10.2026\nМера пресечения: содержание под стражей с 08.10.2026\n"
    )
    assert _events(text)["Дархан Ерланович Касымов"] == [
        ("detention", "2026-10-06"),
        ("preventive_measure", "2026-10-08"),
    ]


def test_kazakh_held_since_starting_from_a_day() -> None:
    from bot.extract.datelines import held_since

    assert held_since("Ол 2026 жылғы 4 қыркүйектен бастап тергеу изоляторында.", "kk")
    # refused: a measure ordered from a day (directional «қамауға»), not a state held since
    assert not held_since("2026 жылғы 4 қыркүйектен бастап екі айға қамауға алынды.", "kk")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Его задержали 12 ноября, а 14-го суд арестовал его на два месяца.", (11, 14)),
        ("He was detained on 3 May and on the 5th a judge remanded him.", (5, 5)),
        ("Оны 12 қарашада ұстады, 14-інде сот қамауға алды.", (11, 14)),
        # refused: an ordinal of something else, a day before the date, another sentence
        ("12 ноября в школе, где учится 14-го класса ученик, прошёл обыск.", None),
        ("He was detained on 13 May and on the 5th floor of the court.", None),
        ("Его задержали 12 ноября, а 10-го его уволили.", None),
        ("Его задержали 12 ноября. Потом 14-го числа пришёл ответ.", None),
    ],
)
def test_a_bare_day_after_a_full_date(text: str, day: tuple[int, int] | None) -> None:
    from bot.extract.values import find_dates

    found = find_dates(text)
    second = [(f.value.month, f.value.day) for f in found[1:]]
    assert second == ([day] if day else [])


def _sentences(text: str) -> dict[str, list[tuple[str, str, str | None]]]:
    return {
        c["person"]["name"]: [
            (e["kind"], p["kind"], p.get("amount"))
            for e in c["events"]
            for p in e.get("sentence") or []
        ]
        for c in extract_cases(text, today=TODAY)
    }


def test_fees_told_of_each_after_a_dated_sentence_on_the_act() -> None:
    text = (
        "A court in Aktobe on November 25, 2026 found Arman Kassenov guilty of inciting "
        "discord and sentenced him to three years in prison. His co-defendant, Dana Ilyasova, "
        "was sentenced to two years of freedom limitation. According to the verdict, on August "
        "3 Kassenov posted a video in a chat. The court ordered each of the two to pay 43,250 "
        "tenge to the victims' compensation fund."
    )
    told = _sentences(text)
    assert ("verdict", "victims_fund", "43250.00") in told["Arman Kassenov"]
    assert ("verdict", "victims_fund", "43250.00") in told["Dana Ilyasova"]


def test_fees_told_of_one_after_a_dated_sentence_are_not_the_verdicts() -> None:
    # refused: no "each", an undated fee after the act's dated sentence starts nothing
    text = (
        "A court in Aktobe on November 25, 2026 found Arman Kassenov guilty of inciting "
        "discord and sentenced him to three years in prison. According to the verdict, on "
        "August 3 Kassenov posted a video in a chat. A witness was ordered to pay 5,000 tenge."
    )
    assert ("verdict", "court_fees", "5000.00") not in _sentences(text)["Arman Kassenov"]


def test_a_paragraph_telling_each_of_them_with_the_judge_named_is_told_of_both() -> None:
    text = (
        "The Aktobe City Court on November 25, 2026 found activist Arman Kassenov guilty and "
        "sentenced him to three years of freedom limitation.\n\n"
        "His co-defendant, Dana Ilyasova, was sentenced to two years of freedom limitation. "
        "Judge Aigul Bekova also ordered each of them to pay 17,300 tenge into a fund for "
        "victims of crimes.\n"
    )
    told = _sentences(text)
    assert ("verdict", "victims_fund", "17300.00") in told["Arman Kassenov"]
    assert ("verdict", "victims_fund", "17300.00") in told["Dana Ilyasova"]


@pytest.mark.parametrize(
    ("text", "language", "first"),
    [
        (
            "Оған 2 жыл бас бостандығын шектеу берді, ол 5 қыркүйектен бері СИЗО-да отырған еді, "
            "бүгін залдан босатылды.",
            "kk",
            "Оған 2 жыл бас бостандығын шектеу берді",
        ),
        (
            "He got two years of restricted freedom, he had been in custody since 5 May.",
            "en",
            "He got two years of restricted freedom",
        ),
        # refused: no punishment before the custody told, the sentence is not cut before it
        (
            "Оның ісі бойынша ол 5 қыркүйектен бері СИЗО-да отыр.",
            "kk",
            "Оның ісі бойынша ол 5 қыркүйектен бері СИЗО-да отыр.",
        ),
    ],
)
def test_a_punishment_told_before_the_custody_is_a_clause_of_its_own(
    text: str, language: str, first: str
) -> None:
    from bot.extract.blocks import Sentence
    from bot.extract.clauses import split_clauses

    assert split_clauses(Sentence(0, text), language)[0].text == first


def test_a_sentence_with_a_punishment_a_custody_and_a_release_in_the_hall() -> None:
    text = (
        "Бүгін, 2026 жылғы 27 қарашада, Тараз қалалық соты Серік Болатұлы Әлиевке ҚК-нің "
        "174-бабының 1-бөлігі бойынша 2 жыл бас бостандығын шектеу және 100 сағат мәжбүрлі "
        "еңбек берді, ол 5 қыркүйектен бері СИЗО-да отырған еді, бүгін залдан босатылды."
    )
    case = extract_cases(text, today=TODAY)[0]
    events = [(e["kind"], e["date"]) for e in case["events"]]
    assert ("detention", "2026-09-05") in events
    assert ("release", "2026-11-27") in events
    verdict = next(e for e in case["events"] if e["kind"] == "verdict")
    assert {p["kind"] for p in verdict["sentence"]} == {
        "restriction_of_liberty",
        "community_service",
    }


def test_co_defendants_told_after_the_main_persons_custody_get_their_own_verdict() -> None:
    text = (
        "27 ноября 2026 года Актауский городской суд вынес приговор моему брату Серику "
        "Ахметову – 5 лет лишения свободы. Статья 272 часть 2.\n\n"
        "Серик – механик, 10 лет на промысле. С 16 января 2026 года он в СИЗО.\n\n"
        "Вместе с ним по той же статье судили ещё двоих. Азамату Кенжебаеву дали 4 года "
        "лишения свободы. Ерболу Султанову дали 3 года ограничения свободы."
    )
    cases = {
        c["person"]["name"]: [(e["kind"], e["date"]) for e in c["events"]]
        for c in extract_cases(text, today=TODAY)
    }
    assert cases["Серик Ахметов"] == [("detention", "2026-01-16"), ("verdict", "2026-11-27")]
    assert cases["Азамат Кенжебаев"] == [("verdict", "2026-11-27")]
    assert cases["Ербол Султанов"] == [("verdict", "2026-11-27")]


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        # Russian «дали N года» is a verdict
        ("Азамату Кенжебаеву дали 4 года лишения свободы.", "ru", "verdict"),
        ("Ей дали реальный срок.", "ru", "verdict"),
        # refused: days of an administrative arrest, testimony
        ("Брату дали 10 суток административного ареста.", "ru", None),
        ("Свидетели дали показания против него.", "ru", None),
        # Kazakh «сотталған» told of a term is a verdict
        ("Ол 2025 жылғы 2 шілдеде 5 жылға сотталған.", "kk", "verdict"),
        ("Белсенді бес жылға сотталған еді.", "kk", "verdict"),
        # refused: the convicted named as such (a noun with its case ending, a title)
        ("Берілді: Гүлнәр Әбдіхалыққызына (сотталғанның анасы) өтініші бойынша.", "kk", None),
        ("Сотталған Мұратбеков Ербол қазір мекемеде.", "kk", None),
    ],
)
def test_a_sentence_given_or_convicted_is_a_verdict(
    text: str, language: str, kind: str | None
) -> None:
    assert event_kind(text, language) == kind


def test_a_given_name_first_written_in_another_case() -> None:
    from bot.extract.codefendant_spans import by_given_name

    assert by_given_name("Бауыржан", {"бауыржану": "ахметов"}) == "ахметов"
    assert by_given_name("Бауыржана", {"бауыржану": "ахметов"}) == "ахметов"
    # refused: another name sharing the first letters
    assert by_given_name("Бауыр", {"бауыржану": "ахметов"}) is None


@pytest.mark.parametrize(
    ("text", "language", "parts"),
    [
        (
            "She must pay 40,000 tenge ($80) in court costs and 90,000 tenge ($180) for a "
            "linguistic expert examination.",
            "en",
            [("court_fees", "40000"), ("forensic_fee", "90000")],
        ),
        (
            "He was ordered to pay procedural costs of 61,000 tenge for the psychological "
            "expert examination.",
            "en",
            [("forensic_fee", "61000")],
        ),
        (
            "С него взысканы процессуальные издержки – 18 000 тенге и принудительный платеж в "
            "Фонд компенсации потерпевшим – 43 250 тенге.",
            "ru",
            [("court_fees", "18000"), ("victims_fund", "43250")],
        ),
        # refused: a dashed amount told with what it is for; an amount told as the size of
        # the kind after it stays with that kind
        (
            "Взысканы процессуальные издержки — 15 000 тенге за лингвистическую экспертизу.",
            "ru",
            [("forensic_fee", "15000")],
        ),
        (
            "С него взысканы 18 000 тенге в Фонд компенсации потерпевшим.",
            "ru",
            [("victims_fund", "18000")],
        ),
        (
            "He must pay court costs of 12,000 tenge.",
            "en",
            [("court_fees", "12000")],
        ),
    ],
)
def test_which_fee_an_amount_is(text: str, language: str, parts: list[tuple[str, str]]) -> None:
    from bot.extract.sentence import find_parts

    assert [(p.kind, str(p.amount)) for p in find_parts(text, language)] == parts
