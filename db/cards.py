"""Public case cards read as plain rows: what the bot's card of an approved case shows
(bot.ui.render.render_case_card) and what its buttons need (bot.handlers.lookup.card_keyboard),
for a case press, /case and inline results.

Loading a card through the ORM (db.cases.CASE_LOAD_OPTIONS: the case, then seven eager loads,
each row made an object with its identity and history) was most of the CPU of a case press
and of an inline query (ten cards). Here the cases are read with their person and the count of
their public files in one statement, and their aliases, acts and sources, their charges, and
their events with the parts of each sentence in three more, whatever the number of cases; rows
become small dataclasses with the attribute names of the models, in the order of the models'
relationships.

Invariants: only `publication = approved` cases are read (a pending, rejected or merged id is
left out: the same nothing as an unknown one); nothing about submissions or submitters is read,
and of the attachments only how many are public (a Telegram file id is never read here).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    Select,
    String,
    Text,
    any_,
    bindparam,
    cast,
    func,
    literal,
    null,
    select,
    union_all,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import (
    AllegedAct,
    AppealOutcome,
    Attachment,
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


@dataclass(frozen=True, slots=True)
class CardAlias:
    spelling: str


@dataclass(slots=True)
class CardPerson:
    name_as_entered: str
    city: str | None
    region: str | None
    occupation: str | None
    aliases: list[CardAlias] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class CardCharge:
    article: str
    part: int | None
    title: str | None


@dataclass(slots=True)
class CardSentencePart:
    kind: SentenceKind
    term_months: int | None
    hours: int | None
    amount: Decimal | None
    currency: str | None
    amount_usd: Decimal | None


@dataclass(slots=True)
class CardEvent:
    kind: EventKind
    event_date: dt.date | None
    scheduled: bool
    court: str | None
    judge: str | None
    prosecutor: str | None
    measure: PreventiveMeasure | None
    place_held: str | None
    appeal_outcome: AppealOutcome | None
    outcome: str | None
    sentence: list[CardSentencePart] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class CardAct:
    description: str
    act_date: dt.date | None


@dataclass(frozen=True, slots=True)
class CardSource:
    url: str


@dataclass(frozen=True, slots=True)
class PublicFile:
    """An attachment a moderator allowed to be shown: only counted on a public card."""

    public: bool = True


@dataclass(slots=True)
class CaseCard:
    """An approved case as its public card shows it (see the module doc)."""

    id: int
    stage: CaseStage
    court: str | None
    judge: str | None
    prosecutor: str | None
    updated_at: dt.datetime
    person: CardPerson
    charges: list[CardCharge] = field(default_factory=list)
    events: list[CardEvent] = field(default_factory=list)
    acts: list[CardAct] = field(default_factory=list)
    sources: list[CardSource] = field(default_factory=list)
    #: The public attachments only (the public card counts them).
    attachments: list[PublicFile] = field(default_factory=list)


def _public_files() -> ColumnElement[int]:
    return (
        select(func.count())
        .where(Attachment.case_id == Case.id, Attachment.public.is_(True))
        .scalar_subquery()
    )


def card_rows() -> Select:
    """The card's own row of approved cases (id, stage, court, judge, prosecutor, updated_at,
    the person's name, city, region, occupation, and the number of public files); the caller
    adds which cases and their order."""
    return (
        select(
            Case.id,
            Case.stage,
            Case.court,
            Case.judge,
            Case.prosecutor,
            Case.updated_at,
            Person.name_as_entered,
            Person.city,
            Person.region,
            Person.occupation,
            _public_files().label("public_files"),
        )
        .join(Person, Person.id == Case.person_id)
        .where(Case.publication == Publication.APPROVED)
    )


_ONE_CARD = card_rows().where(Case.id == bindparam("case_id", type_=Integer))


def _ids_match(column: Any, postgres: bool) -> ColumnElement[bool]:
    """`column` is one of the ids of the list parameter `ids`: an array on PostgreSQL (one SQL
    text and prepared statement whatever the number of cases), an expanding IN elsewhere."""
    if postgres:
        return column == any_(bindparam("ids", type_=postgresql.ARRAY(Integer)))
    return column.in_(bindparam("ids", expanding=True))


_TEXT = String().with_variant(Text(), "postgresql")


def _texts_statement(postgres: bool) -> Select:
    """Aliases (tag 0), alleged acts (1) and sources (2) of the cases `ids`, one statement:
    (case id, tag, text, date), each kind in the order of its relationship."""
    aliases = (
        select(
            Case.id.label("case_id"),
            literal(0, Integer).label("tag"),
            literal(0, Integer).label("position"),
            PersonAlias.id.label("row_id"),
            cast(PersonAlias.spelling, _TEXT).label("text"),
            cast(null(), Date).label("day"),
        )
        .join(PersonAlias, PersonAlias.person_id == Case.person_id)
        .where(_ids_match(Case.id, postgres))
    )
    acts = select(
        AllegedAct.case_id,
        literal(1, Integer),
        AllegedAct.position,
        AllegedAct.id,
        cast(AllegedAct.description, _TEXT),
        AllegedAct.act_date,
    ).where(_ids_match(AllegedAct.case_id, postgres))
    sources = select(
        Source.case_id,
        literal(2, Integer),
        literal(0, Integer),
        Source.id,
        cast(Source.url, _TEXT),
        cast(null(), Date),
    ).where(_ids_match(Source.case_id, postgres))
    union = union_all(aliases, acts, sources).subquery()
    return select(union.c.case_id, union.c.tag, union.c.text, union.c.day).order_by(
        union.c.tag, union.c.position, union.c.row_id
    )


def _charges_statement(postgres: bool) -> Select:
    return (
        select(Charge.case_id, Charge.article, Charge.part, Charge.title)
        .where(_ids_match(Charge.case_id, postgres))
        .order_by(Charge.position, Charge.id)
    )


def _events_statement(postgres: bool) -> Select:
    """Events with the parts of their sentence (one row per part; one row without a part)."""
    return (
        select(
            Event.id,
            Event.case_id,
            Event.kind,
            Event.event_date,
            Event.scheduled,
            Event.court,
            Event.judge,
            Event.prosecutor,
            Event.measure,
            Event.place_held,
            Event.appeal_outcome,
            Event.outcome,
            SentencePart.id,
            SentencePart.kind,
            SentencePart.term_months,
            SentencePart.hours,
            SentencePart.amount,
            SentencePart.currency,
            SentencePart.amount_usd,
        )
        .outerjoin(SentencePart, SentencePart.event_id == Event.id)
        .where(_ids_match(Event.case_id, postgres))
        .order_by(Event.event_date, Event.id, SentencePart.position, SentencePart.id)
    )


#: The statements of each backend, built once (building them costs more than running them).
_STATEMENTS = {
    postgres: (
        _texts_statement(postgres),
        _charges_statement(postgres),
        _events_statement(postgres),
    )
    for postgres in (False, True)
}


def _is_postgres(session: AsyncSession) -> bool:
    return session.get_bind().dialect.name == "postgresql"


async def cards_of(session: AsyncSession, rows: Iterable[Any]) -> list[CaseCard]:
    """The cards of rows of `card_rows()` (in their order), with everything else they show."""
    cards = [
        CaseCard(
            id=case_id,
            stage=stage,
            court=court,
            judge=judge,
            prosecutor=prosecutor,
            updated_at=updated_at,
            person=CardPerson(name, city, region, occupation),
            attachments=[PublicFile()] * public_files,
        )
        for (
            case_id,
            stage,
            court,
            judge,
            prosecutor,
            updated_at,
            name,
            city,
            region,
            occupation,
            public_files,
        ) in rows
    ]
    if not cards:
        return cards
    by_id = {card.id: card for card in cards}
    params = {"ids": list(by_id)}
    texts, charges, events = _STATEMENTS[_is_postgres(session)]
    for case_id, tag, text, day in await session.execute(texts, params):
        card = by_id[case_id]
        if tag == 0:
            card.person.aliases.append(CardAlias(text))
        elif tag == 1:
            card.acts.append(CardAct(text, day))
        else:
            card.sources.append(CardSource(text))
    for case_id, article, part, title in await session.execute(charges, params):
        by_id[case_id].charges.append(CardCharge(article, part, title))
    last: CardEvent | None = None
    last_id = None
    for row in await session.execute(events, params):
        event_id, case_id, *event_fields = row[:12]
        if event_id != last_id:
            last, last_id = CardEvent(*event_fields), event_id
            by_id[case_id].events.append(last)
        part_id, *part_fields = row[12:]
        if part_id is not None:
            assert last is not None
            last.sentence.append(CardSentencePart(*part_fields))
    return cards


async def get_public_card(session: AsyncSession, case_id: int) -> CaseCard | None:
    """The card of an approved case, or None (pending, rejected, merged and unknown ids are
    all the same None)."""
    cards = await cards_of(session, await session.execute(_ONE_CARD, {"case_id": case_id}))
    return cards[0] if cards else None


async def load_public_cards(session: AsyncSession, ids: Sequence[int]) -> list[CaseCard]:
    """The cards of approved cases by id, in the order given (others are left out)."""
    statement = card_rows().where(_ids_match(Case.id, _is_postgres(session)))
    found = {
        card.id: card
        for card in await cards_of(session, await session.execute(statement, {"ids": list(ids)}))
    }
    return [found[i] for i in ids if i in found]
