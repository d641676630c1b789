"""Readings once seen wrong in the labelled sets, in the sentence parts and events of a case:
two kinds of money named in a row, then their amounts in one list ("court costs and a forensic
fee of 11,800 and 61,000 tenge respectively"), read as two amounts of the last kind. Names,
places and numbers are invented."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from bot.extract import extract_cases

#: The day every text here is read on.
TODAY = dt.date(2026, 12, 1)


def _verdict_money(text: str) -> list[tuple[str, Decimal]]:
    """(kind, amount) of each sum of the only case's verdict, sorted."""
    (case,) = extract_cases(text, today=TODAY)
    (verdict,) = [e for e in case["events"] if e["kind"] == "verdict"]
    return sorted(
        (p["kind"], Decimal(p["amount"])) for p in verdict["sentence"] if p["amount"] is not None
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 2 October 2026 the Oral City Court sentenced journalist Aliya Tursynova under "
            "Article 274, Part 3 of the Criminal Code to three years of restricted freedom, and "
            "ordered her to pay court costs and a forensic fee of 11,800 and 61,000 tenge "
            "respectively.",
            [("court_fees", Decimal(11800)), ("forensic_fee", Decimal(61000))],
        ),
        (
            "On 2 October 2026 the Oral City Court sentenced blogger Daniyar Sarsenov under "
            "Article 274 of the Criminal Code to two years of restricted freedom. He must pay "
            "court costs and a payment to the Victims' Compensation Fund -- 21,600 tenge ($42) "
            "and 43,250 tenge ($84) respectively.",
            [("court_fees", Decimal(21600)), ("victims_fund", Decimal(43250))],
        ),
        (
            "2 октября 2026 года Уральский городской суд приговорил блогера Ерлана Сапарова по "
            "части 2 статьи 274 УК к трём годам лишения свободы. Кроме того, с осужденного "
            "взысканы процессуальные издержки и принудительный платеж в Фонд компенсации "
            "потерпевшим – 18 400 и 43 250 тенге соответственно.",
            [("court_fees", Decimal(18400)), ("victims_fund", Decimal(43250))],
        ),
        (
            "2026 жылғы 22 қыркүйекте Тараз қалалық соты белсенді Нұрбол Қасымбековты ҚК "
            "274-бабы бойынша 1 жыл 6 айға бас бостандығын шектеуге кесті. Сот шығындары мен "
            "Жәбірленушілерге өтемақы қорына төлем бір-ақ жолмен жазылды: 12 300 және 43 250 "
            "теңге.",
            [("court_fees", Decimal(12300)), ("victims_fund", Decimal(43250))],
        ),
    ],
)
def test_kinds_in_a_row_take_the_amounts_of_a_list_in_order(
    text: str, expected: list[tuple[str, Decimal]]
) -> None:
    assert _verdict_money(text) == expected


def test_one_kind_keeps_every_amount_of_its_list() -> None:
    text = (
        "On 2 October 2026 the Oral City Court sentenced activist Marat Abenov under Article "
        "274 of the Criminal Code to two years of restricted freedom and ordered him to pay "
        "court costs of 840 and 500 tenge."
    )
    assert _verdict_money(text) == [("court_fees", Decimal(500)), ("court_fees", Decimal(840))]


def _events(text: str) -> list[tuple[str, str | None]]:
    """(kind, date) of each event of the only case, sorted."""
    (case,) = extract_cases(text, today=TODAY)
    return sorted((e["kind"], e["date"]) for e in case["events"])


def test_release_after_the_verdict_came_out_is_on_the_verdicts_day() -> None:
    # «Үкім шыққаннан кейін» (after the verdict came out), as «үкімнен кейін»
    text = (
        "Сот 2026 жылғы 25 қарашада белсенді Ғалымжан Әбдірахмановты ҚР Қылмыстық кодексінің "
        "378-бабы бойынша кінәлі деп танып, оған 1 297 500 теңге көлемінде айыппұл "
        "тағайындады.\n\nӘбдірахманов 2026 жылғы 2 шілдеде ұсталған. Үкім шыққаннан кейін ол "
        "үйқамақтан босатылды."
    )
    assert ("release", "2026-11-25") in _events(text)


def test_release_told_in_the_appeals_sentence_with_a_voiced_stem() -> None:
    # «түрмеден шығады» (leaves prison): the stem's қ voiced to ғ before a vowel
    text = (
        "Кәсіподақ жетекшісі Ерсайын Жолдасов 2025 жылғы 14 қазанда ұсталды. 2026 жылғы 19 "
        "ақпанда Атырау қалалық соты оны 3 жылға бас бостандығынан айырды. Апелляция 2026 "
        "жылғы 22 сәуірде бас бостандығынан айыруды 2 жыл бас бостандығын шектеуге "
        "ауыстырады, сол күні Ерсайын түрмеден шығады."
    )
    events = _events(text)
    assert ("appeal_ruling", "2026-04-22") in events
    assert ("release", "2026-04-22") in events


def test_kazakh_term_not_shared_across_a_finished_clause() -> None:
    # «... шектеуге ауыстырады, қоғамдық қызметке тыйым өзгеріссіз қалады»: the ban kept,
    # not given the new restriction's two years
    text = (
        "2026 жылғы 19 ақпанда Атырау қалалық соты кәсіподақ жетекшісі Ерсайын Жолдасовты 3 "
        "жылға бас бостандығынан айырып, 5 жылға қоғамдық қызметпен айналысуға тыйым салды. "
        "Апелляция 2026 жылғы 22 сәуірде бас бостандығынан айыруды 2 жыл бас бостандығын "
        "шектеуге ауыстырады, қоғамдық қызметке тыйым өзгеріссіз қалады."
    )
    (case,) = extract_cases(text, today=TODAY)
    (ruling,) = [e for e in case["events"] if e["kind"] == "appeal_ruling"]
    parts = sorted((p["kind"], p["term_months"]) for p in ruling["sentence"])
    assert parts == [("ban_social_activity", 60), ("restriction_of_liberty", 24)]
