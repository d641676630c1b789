"""Public cards read as plain rows (db.cards) show exactly what the same cases loaded through
the ORM show: the card's text in every language, its buttons and its result summary; for one
card and for a page of inline results; never a case that is not approved, and of the
attachments only the public ones."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from bot.handlers.lookup import card_keyboard, summary
from bot.infra.i18n import set_language
from bot.ui.render import render_case_card
from db.cards import get_public_card, load_public_cards
from db.cases import get_case
from db.models import (
    AllegedAct,
    AppealOutcome,
    Attachment,
    AttachmentKind,
    Case,
    CaseStage,
    Charge,
    Event,
    EventKind,
    Person,
    PersonAlias,
    PreventiveMeasure,
    Publication,
    SentenceKind,
    SentencePart,
    Source,
)
from db.search import Field, index_person, search_cards, search_cases
from tests.conftest import BotHarness


def _file(public: bool, n: int) -> Attachment:
    return Attachment(
        kind=AttachmentKind.DOCUMENT, file_id=f"f{n}", file_unique_id=f"u{n}", public=public
    )


async def add_rich_case(
    bot: BotHarness, name: str, publication: Publication = Publication.APPROVED
) -> int:
    """A case with everything a card can show: aliases, occupation, charges out of insertion
    order, events out of date order (an undated one, a scheduled one, sentences of every
    shape), acts with and without a date, sources, a public and a private file, and text that
    must be escaped."""
    async with bot.sessionmaker() as session, session.begin():
        person = Person(
            name_as_entered=name,
            city="Aktobe",
            region="aktobe",
            occupation="journalist <b>&</b>",
            aliases=[PersonAlias(spelling=f"{name} (b)"), PersonAlias(spelling=f"{name} (a)")],
        )
        verdict = Event(
            kind=EventKind.VERDICT,
            event_date=dt.date(2022, 3, 1),
            court="Aktobe city court No. 2",
            judge="Adilova A.",
            prosecutor="Serikbayev S.",
            outcome="guilty",
            sentence=[
                SentencePart(kind=SentenceKind.VICTIMS_FUND, amount=Decimal("27780.50"),
                             currency="KZT", amount_usd=Decimal(65), position=2),
                SentencePart(kind=SentenceKind.IMPRISONMENT, term_months=30, position=0),
                SentencePart(kind=SentenceKind.COMMUNITY_SERVICE, hours=200, position=1),
            ],
        )  # fmt: skip
        appeal = Event(
            kind=EventKind.APPEAL_RULING,
            event_date=dt.date(2022, 6, 1),
            appeal_outcome=AppealOutcome.REDUCED,
            sentence=[SentencePart(kind=SentenceKind.IMPRISONMENT, term_months=18)],
        )
        case = Case(
            person=person,
            stage=CaseStage.APPEALED,
            publication=publication,
            court="Aktobe city court No. 2",
            judge="Adilova A.",
            prosecutor="Serikbayev S.",
            charges=[
                Charge(article="174", part=1, title="Inciting discord", position=1),
                Charge(article="405", part=2, position=0),
                Charge(article="274", part=None, position=2),
            ],
            events=[
                appeal,
                verdict,
                Event(kind=EventKind.DETENTION, event_date=None),
                Event(kind=EventKind.PREVENTIVE_MEASURE, event_date=dt.date(2021, 10, 2),
                      measure=PreventiveMeasure.CUSTODY, place_held="SIZO-1"),
                Event(kind=EventKind.HEARING, event_date=dt.date(2030, 1, 3), scheduled=True),
            ],
            acts=[
                AllegedAct(description="a post on <Facebook>", act_date=dt.date(2021, 5, 1),
                           position=1),
                AllegedAct(description="a speech", act_date=None, position=0),
            ],
            sources=[Source(url="https://example.org/b"), Source(url="https://example.org/a")],
            attachments=[_file(True, 1), _file(False, 2), _file(True, 3)],
        )  # fmt: skip
        session.add(case)
        await session.flush()
        await index_person(session, person)
        return case.id


async def test_a_card_read_as_rows_renders_as_the_case_loaded_in_full(bot: BotHarness) -> None:
    first = await add_rich_case(bot, "Asylkhan ZHAUBATYROV")
    second = await add_rich_case(bot, "Marat ZHAUBATYROV")
    pending = await add_rich_case(bot, "Dana ZHAUBATYROV", Publication.PENDING)
    async with bot.sessionmaker() as session:
        cases = {case_id: await get_case(session, case_id) for case_id in (first, second)}
        for case_id, case in cases.items():
            assert case is not None
            card = await get_public_card(session, case_id)
            assert card is not None and card.id == case_id
            for language in ("en", "ru", "kk"):
                set_language(language)
                assert render_case_card(card) == render_case_card(case)
                assert summary(card) == summary(case)
                for web_base, username in [(None, None), ("https://c.example", "CaseWatchBot")]:
                    assert (
                        card_keyboard(card, web_base=web_base, bot_username=username).to_dict()
                        == card_keyboard(case, web_base=web_base, bot_username=username).to_dict()
                    )
            # Only the public files are counted on a public card.
            set_language("en")
            assert len(card.attachments) == 2
            assert "Attachments:</b> 2" in render_case_card(card)
        assert await get_public_card(session, pending) is None
        assert await get_public_card(session, 10**6) is None
        loaded = await load_public_cards(session, [second, pending, first, 10**6])
        assert [card.id for card in loaded] == [second, first]


async def test_inline_cards_are_the_page_of_the_lookup(bot: BotHarness) -> None:
    """search_cards: the same cases in the same order as search_cases, rendering the same."""
    ids = [await add_rich_case(bot, f"{given} ZHAUBATYROV") for given in ("Asylkhan", "Marat")]
    await add_rich_case(bot, "Dana ZHAUBATYROV", Publication.REJECTED)
    async with bot.sessionmaker() as session:
        for offset, limit in [(0, 10), (0, 1), (1, 1), (5, 10)]:
            cards = await search_cards(
                session, Field.NAME, "Zhaubatyrov", offset=offset, limit=limit
            )
            cases = await search_cases(
                session, Field.NAME, "Zhaubatyrov", offset=offset, limit=limit, full=True
            )
            assert (cards.offset, cards.has_more) == (cases.offset, cases.has_more)
            assert [c.id for c in cards.cases] == [c.id for c in cases.cases]
            for card, case in zip(cards.cases, cases.cases, strict=True):
                assert render_case_card(card) == render_case_card(case)
        assert {
            c.id for c in (await search_cards(session, Field.NAME, "Zhaubatyrov")).cases
        } == set(ids)
