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
