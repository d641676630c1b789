"""The dollar figure a report gives beside a tenge amount («27780 тенге ($65)»): kept as reported
by the report form, the paste extractor and the exchange format, stored in
sentence_parts.amount_usd and shown on the public card in each language (SQLite and PostgreSQL)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from sqlalchemy import select
from telegram import PhotoSize

from bot.extract import extract_cases
from bot.infra.i18n import _, use_locale
from bot.services.exchange import schema
from bot.ui.render import format_dollars, format_money, sentence_line
from db.cases import get_case
from db.exchange import case_to_record, record_to_case
from db.models import Case, SentenceKind, SentencePart, Submission
from tests.conftest import ADMIN_ID, BotHarness, ChatDriver
from tests.test_paste_report import SEED_000, SEED_001


async def report_with_dollars(chat: ChatDriver) -> None:
    """Seed 000 entered as the report writes the payment: with the dollar figure."""
    await chat.send("/report")
    await chat.press("Sentenced")
    await chat.send("Asylkhan ZHAUBATYROV")
    await chat.press("Skip")  # other spellings
    await chat.press("Aktobe region")
    await chat.press("Aktobe")
    await chat.send("Civil activist")
    await chat.press("405 part 2")
    await chat.press("Skip")  # detention date
    await chat.press("Skip")  # court
    await chat.send("ADILOVA Alima Salimgireyevna")
    await chat.send("ABDENOVA Saule")
    await chat.send("05.08.2021")
    await chat.send("10.09.2021")
    await chat.press("Restriction of liberty")
    await chat.press("1 year")
    await chat.press("Victims")
    await chat.send("27780 tenge ($65)")
    await chat.press("Done")
    await chat.press("Skip")  # no appeal hearing
    await chat.send("participation in a peaceful protest")
    await chat.send("https://example.org/zhaubatyrov-verdict")
    await chat.send_message(photo=[PhotoSize("photo-file-1", "photo-unique-1", 1280, 960)])
    await chat.press("Done")
    await chat.press("Submit")


async def the_case(bot: BotHarness) -> Case:
    async with bot.sessionmaker() as session:
        submission = (await session.scalars(select(Submission))).one()
        case = await get_case(session, submission.case_id)
        assert case is not None
        return case


def shown(language: str, tenge: int, dollars: str) -> str:
    with use_locale(language):
        return (
            format_money(Decimal(tenge))
            + " "
            + _("(≈ {dollars} as reported)").format(dollars=dollars)
        )


async def test_the_dollar_figure_is_stored_and_shown_on_the_public_card(bot: BotHarness) -> None:
    reporter = bot.chat(990001)
    await report_with_dollars(reporter)
    case = await the_case(bot)
    [verdict] = [e for e in case.events if e.sentence]
    fund = verdict.sentence[-1]
    assert (fund.kind, fund.amount, fund.currency) == (
        SentenceKind.VICTIMS_FUND,
        Decimal(27780),
        "KZT",
    )
    assert fund.amount_usd == Decimal("65.00")
    # The moderator's card already shows it; approval publishes it.
    card = next(
        m
        for m in sorted(bot.api.messages.values(), key=lambda m: m.message_id)
        if m.chat_id == ADMIN_ID and "New report" in m.text
    )
    assert shown("en", 27780, "$65") in card.text
    await bot.chat(ADMIN_ID).press("Approve", card)

    for n, (language, words) in enumerate(
        [("en", "as reported"), ("ru", "по данным источника"), ("kk", "дереккөз деректері")]
    ):
        visitor = bot.chat(990010 + n, language_code=language)
        [answer] = await visitor.send("/search Zhaubatyrov")
        [public_card] = await visitor.press("ZHAUBATYROV", answer)
        assert shown(language, 27780, "$65") in public_card.text, public_card.text
        assert words in public_card.text


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_an_amount_without_dollars_has_no_dollar_note(language: str) -> None:
    plain = SentencePart(kind=SentenceKind.FINE, amount=Decimal(27780), currency="KZT")
    reported = SentencePart(
        kind=SentenceKind.FINE, amount=Decimal(27780), currency="KZT", amount_usd=Decimal("1200")
    )
    with use_locale(language):
        assert sentence_line(plain).endswith(format_money(Decimal(27780)))
        assert "≈" not in sentence_line(plain)
        dollars = format_dollars(Decimal(1200))  # $1,200 / $1 200 as the language groups
        assert sentence_line(reported).endswith(shown(language, 27780, dollars))


async def test_the_exchange_format_keeps_the_dollar_figure(bot: BotHarness) -> None:
    await report_with_dollars(bot.chat(990003))
    case = await the_case(bot)
    record = case_to_record(case, "casewatch:1")
    [fund] = [p for e in record["events"] for p in e["sentence"] if p["amount"]]
    assert (fund["amount"], fund["currency"], fund["amount_usd"]) == ("27780.00", "KZT", "65.00")
    document = {"format": "casewatch-cases", "version": 1, "cases": [record]}
    validator = Draft202012Validator(schema(), format_checker=FormatChecker())
    assert [e.message for e in validator.iter_errors(document)] == []
    # Imported back, the figure is the same.
    imported = record_to_case(record)
    [part] = [p for e in imported.events for p in e.sentence if p.amount is not None]
    assert part.amount_usd == Decimal("65.00")


def test_a_dollar_figure_only_on_a_money_part_is_valid_in_the_schema() -> None:
    validator = Draft202012Validator({"$ref": "#/$defs/sentencePart", "$defs": schema()["$defs"]})
    fee = {"kind": "fine", "amount": "27780.00", "currency": "KZT", "amount_usd": "65.00"}
    assert list(validator.iter_errors(fee)) == []
    term = {"kind": "imprisonment", "term_months": 12, "amount_usd": "65.00"}
    assert list(validator.iter_errors(term)) != []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Seed 000: «27780 tenge ($65)»; seed 001: «25736 tenge (61$)», «55560 tenge (132$)».
        (SEED_000, {("victims_fund", "27780.00", "65.00")}),
        (
            SEED_001,
            {
                ("forensic_fee", "25736.00", "61.00"),
                ("victims_fund", "55560.00", "132.00"),
                ("court_fees", "840.00", None),
                ("court_fees", "50.00", None),
                ("victims_fund", "27780.00", None),
            },
        ),
    ],
)
def test_the_paste_extractor_keeps_the_dollar_figure(text: str, expected: set[object]) -> None:
    found = {
        (p["kind"], p["amount"], p["amount_usd"])
        for case in extract_cases(text)
        for event in case["events"]
        for p in event["sentence"]
        if p["amount"] is not None
    }
    assert found == expected
