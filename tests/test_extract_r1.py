"""Readings once seen wrong in the labelled sets: the noun «оправдание» ('justifying', a hope of
acquittal) and Kazakh «ақтау» read as a court's acquittal; a Russian appeal ruling's new
punishment told in the passive («наказание ... заменено на ...»); one appeal ruling told twice on
its day (the lead, then the body) read as two; and a wire story's dateline. Names, places and
numbers are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.extract import extract_cases

Parts = list[tuple[str, int | None]]

#: The day every text here is read on (the texts write some dates without a year).
TODAY = dt.date(2026, 12, 1)


def _ruling(text: str) -> tuple[Parts, str | None, Parts]:
    """(the verdict's parts, the appeal ruling's outcome, its parts) of the only case."""
    (case,) = extract_cases(text, today=TODAY)
    verdict: Parts = []
    ruling: Parts = []
    outcome = None
    rulings = [e for e in case["events"] if e["kind"] == "appeal_ruling"]
    assert len(rulings) == 1, case["events"]
    for event in case["events"]:
        parts = sorted((p["kind"], p["term_months"]) for p in event["sentence"] or [])
        if event["kind"] == "verdict":
            verdict = parts
        elif event["kind"] == "appeal_ruling":
            ruling, outcome = parts, event["appeal_outcome"]
    return verdict, outcome, ruling


PRISON_5 = [("imprisonment", 60)]

#: A Russian verdict the rulings below change or keep.
VERDICT_RU = (
    "10 сентября 2026 года Таразский городской суд приговорил активиста Марата Ахметова к 5 "
    "годам лишения свободы по ч. 2 ст. 174 УК РК. "
)
#: The same in Kazakh.
VERDICT_KK = (
    "2026 жылғы 10 қыркүйекте Тараз қалалық соты белсенді Марат Ахметовты 5 жылға бас "
    "бостандығынан айырды. "
)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # a charge's wording in the ruling's sentence: «публичное оправдание терроризма»
        (
            VERDICT_RU + "20 ноября 2026 года апелляционная коллегия рассмотрела жалобу на "
            "приговор по статье о пропаганде или публичном оправдании терроризма и оставила "
            "его без изменения.",
            "upheld",
        ),
        # the defence's hope, quoted after the ruling: no acquittal
        (
            VERDICT_RU + "20 ноября 2026 года апелляционная коллегия заменила лишение свободы на "
            "3 года ограничения свободы. «Мы рассчитывали на оправдание, но это лучше, чем "
            "колония», – сказала адвокат.",
            "reduced",
        ),
        (
            VERDICT_RU + "20 ноября 2026 года апелляционная коллегия оставила приговор без "
            "изменения. «Будем добиваться полного оправдания в кассации», – сказал адвокат.",
            "upheld",
        ),
        # Kazakh: «терроризмді ... ақтау» is the charge; «күшінде сақтады» is 'kept in force'
        (
            VERDICT_KK + "2026 жылғы 20 қарашада апелляциялық алқа терроризмді насихаттау "
            "немесе ақтау бабы бойынша үкімді өзгеріссіз қалдырды.",
            "upheld",
        ),
        (
            VERDICT_KK + "2026 жылғы 20 қарашада Жамбыл облыстық сотының апелляциялық алқасы "
            "үкімді күшінде сақтады.",
            None,
        ),
    ],
)
def test_justifying_and_hoped_acquittal_are_no_acquittal(text: str, outcome: str | None) -> None:
    verdict, got, _ = _ruling(text)
    assert verdict == PRISON_5
    assert got == outcome
    assert got != "overturned"


@pytest.mark.parametrize(
    "text",
    [
        VERDICT_RU + "20 ноября 2026 года апелляционная коллегия отменила приговор и оправдала "
        "Ахметова.",
        VERDICT_RU + "20 ноября 2026 года апелляционная коллегия вынесла оправдательный приговор.",
        VERDICT_KK + "2026 жылғы 20 қарашада апелляциялық алқа Ахметовты ақтады.",
        VERDICT_KK + "2026 жылғы 20 қарашада апелляциялық алқа Ахметовқа қатысты ақтау үкімін "
        "шығарды.",
    ],
)
def test_a_courts_acquittal_is_still_one(text: str) -> None:
    _, outcome, ruling = _ruling(text)
    assert outcome == "overturned"
    assert ruling == []


@pytest.mark.parametrize(
    ("text", "ruling"),
    [
        (
            VERDICT_RU + "20 ноября 2026 года апелляционная коллегия изменила приговор: "
            "назначенное Ахметову наказание в виде лишения свободы заменено на 3 года "
            "ограничения свободы.",
            [("restriction_of_liberty", 36)],
        ),
        (
            VERDICT_RU + "20 ноября 2026 года апелляционная коллегия изменила приговор: "
            "наказание в виде лишения свободы заменено на ограничение свободы сроком на 2 года.",
            [("restriction_of_liberty", 24)],
        ),
        (
            VERDICT_RU + "20 ноября 2026 года апелляционная коллегия рассмотрела жалобу защиты. "
            "Срок лишения свободы снижен до 3 лет.",
            [("imprisonment", 36)],
        ),
        # the rest of the verdict stands beside the new punishment
        (
            "10 сентября 2026 года Таразский городской суд приговорил активиста Марата "
            "Ахметова к 5 годам лишения свободы и запретил ему заниматься общественной "
            "деятельностью на 3 года. 20 ноября 2026 года апелляционная коллегия изменила "
            "приговор: наказание в виде лишения свободы заменено на 3 года ограничения "
            "свободы. В остальной части приговор оставлен без изменения.",
            [("ban_social_activity", 36), ("restriction_of_liberty", 36)],
        ),
    ],
)
def test_a_punishment_replaced_in_the_passive_is_the_rulings(text: str, ruling: Parts) -> None:
    _, outcome, got = _ruling(text)
    assert outcome == "reduced"
    assert got == ruling
    assert ("imprisonment", 60) not in got


def test_one_ruling_told_in_the_lead_and_the_body_is_one_event() -> None:
    text = (
        "Апелляция смягчила приговор активисту Марату Ахметову\n\n"
        "Жамбылский областной суд 20 ноября 2026 года изменил приговор активисту Марату "
        "Ахметову.\n\n"
        "10 сентября 2026 года Таразский городской суд приговорил Ахметова к 5 годам лишения "
        "свободы по ч. 2 ст. 174 УК РК.\n\n"
        "Апелляционная коллегия 20 ноября заменила лишение свободы на 3 года ограничения "
        "свободы. «Мы будем добиваться полного оправдания», – сказал адвокат.\n"
    )
    verdict, outcome, ruling = _ruling(text)
    assert verdict == PRISON_5
    assert outcome == "reduced"
    assert ruling == [("restriction_of_liberty", 36)]


def _verdict_day_and_town(text: str) -> tuple[str | None, str | None]:
    """(the verdict's day, the person's town) of the only case."""
    (case,) = extract_cases(text, today=TODAY)
    days = [e["date"] for e in case["events"] if e["kind"] == "verdict"]
    assert len(days) == 1, case["events"]
    return days[0], case["person"]["city"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the day the story tells, not the dateline's
        (
            "АЛМАТЫ, 18 ноября — Суд приговорил блогера Марата Ахметова к 3 годам ограничения "
            "свободы по ч. 3 ст. 274 УК РК. Приговор огласили 17 ноября.",
            "2026-11-17",
        ),
        (
            "Алматы, 18 ноября 2026 года — Суд приговорил блогера Марата Ахметова к 3 годам "
            "ограничения свободы по ч. 3 ст. 274 УК РК. Приговор огласили 17 ноября.",
            "2026-11-17",
        ),
        # a weekday and «кеше» counted back from the dateline's day
        (
            "АЛМАТЫ, 26 ноября — Алмалинский районный суд во вторник приговорил блогера Марата "
            "Ахметова к 2 годам ограничения свободы по ч. 1 ст. 174 УК РК.",
            "2026-11-24",
        ),
        (
            "АТЫРАУ, 2026 жылғы 26 қараша – Атырау қалалық соты кеше белсенді Әйгерім "
            "Қуанышқызына ҚК-нің 174-бабының 1-бөлігі бойынша 2 жыл бас бостандығын шектеу "
            "жазасын тағайындады.",
            "2026-11-25",
        ),
    ],
)
def test_a_datelines_day_is_the_items_not_the_events(text: str, day: str) -> None:
    assert _verdict_day_and_town(text)[0] == day


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "КАРАГАНДА, 3 ноября. Темиртауский городской суд приговорил активиста Марата "
            "Ахметова к 2 годам ограничения свободы по ч. 1 ст. 174 УК РК.",
            "Темиртау",
        ),
        (
            "Караганда, 3 ноября 2026 года. Темиртауский городской суд приговорил активиста "
            "Марата Ахметова к 2 годам ограничения свободы по ч. 1 ст. 174 УК РК.",
            "Темиртау",
        ),
        (
            "ҚАРАҒАНДЫ, 3 қараша. Теміртау қалалық соты белсенді Марат Ахметовты ҚК-нің "
            "174-бабының 1-бөлігі бойынша 2 жылға бас бостандығын шектеуге кесті.",
            "Теміртау",
        ),
        # the dateline's town named again by the story is the story's
        (
            "Шымкент, 9 октября 2026 года. Абайский районный суд Шымкента приговорил блогера "
            "Марата Ахметова к 2 годам ограничения свободы по ч. 1 ст. 174 УК РК.",
            "Шымкент",
        ),
    ],
)
def test_a_datelines_town_is_where_the_item_was_filed(text: str, town: str) -> None:
    assert _verdict_day_and_town(text)[1] == town
