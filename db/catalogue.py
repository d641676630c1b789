"""Queries of the public web catalogue (bot/web): cases by combined filters, the latest
verdicts, feed entries and the open data set, read in batches.

Invariant: every statement here keeps only `publication = approved` cases, so a pending,
rejected or merged case is never returned, whatever the filters say. Nothing here reads
submissions, users or attachments (Telegram file ids; no moderator flag makes one public
yet). Functions take the session first and never write (the catalogue may run against a read
replica).

Filters other than the name use the lookup's own keys (db.search: folded place, article and
judge/prosecutor words), so "Aktobe", "Ақтөбе" and "Aktyubinsk" filter alike. A name alone is
the bot's lookup (db.search.search_cases: every spelling, typos, best first); a name with other
filters takes the lookup's first NAME_CANDIDATES results and keeps those that pass the filters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload, selectinload

from db.cases import CASE_LOAD_OPTIONS
from db.models import (
    Case,
    CaseExternalId,
    CaseStage,
    Event,
    EventKind,
    Person,
    Publication,
    PublishedEvent,
    SearchKey,
)
from db.names import name_words, place_key
from db.search import Field, Kind, Page, article_key, load_public_cases, search_cases

#: How deep a name lookup is read when other filters narrow it down.
NAME_CANDIDATES = 300
SENTENCING = (EventKind.VERDICT, EventKind.APPEAL_RULING)
_APPROVED = Case.publication == Publication.APPROVED


@dataclass(frozen=True)
class Filters:
    """What a reader asked for on /cases; empty fields do not filter."""

    name: str = ""
    #: A town (any spelling) or, with `region`, a region code.
    place: str = ""
    region: str | None = None
    article: str = ""
    #: A judge's or a prosecutor's name.
    official: str = ""
    stage: CaseStage | None = None
    year: int | None = None

    def narrowing(self) -> bool:
        return bool(
            self.place or self.region or self.article or self.official or self.stage or self.year
        )


def _with_key(kind: str | Sequence[str], key: str) -> ColumnElement[bool]:
    kinds = [kind] if isinstance(kind, str) else list(kind)
    return Case.id.in_(
        select(SearchKey.case_id).where(SearchKey.kind.in_(kinds), SearchKey.key == key)
    )


def _conditions(filters: Filters) -> list[ColumnElement[bool]] | None:
    """SQL conditions of the narrowing filters; None when a filter can match nothing."""
    conditions: list[ColumnElement[bool]] = [_APPROVED]
    if filters.place or filters.region:
        either: list[ColumnElement[bool]] = []
        key = place_key(filters.place) if filters.place else ""
        if key:
            either.append(_with_key(Kind.PLACE.value, key))
        if filters.region:
            either.append(
                Case.person_id.in_(select(Person.id).where(Person.region == filters.region))
            )
        if not either:
            return None
        conditions.append(or_(*either))
    if filters.article:
        article = article_key(filters.article)
        if article is None:
            return None
        conditions.append(_with_key(Kind.ARTICLE.value, article))
    if filters.official:
        words = [key for key, _full in name_words(filters.official, limit=4)]
        if not words:
            return None
        kinds = (Kind.JUDGE.value, Kind.PROSECUTOR.value)
        conditions += [_with_key(kinds, word) for word in words]
    if filters.stage:
        conditions.append(Case.stage == filters.stage)
    if filters.year:
        conditions.append(
            Case.id.in_(
                select(Event.case_id).where(
                    Event.kind == EventKind.VERDICT,
                    Event.scheduled.is_(False),
                    Event.event_date >= dt.date(filters.year, 1, 1),
                    Event.event_date <= dt.date(filters.year, 12, 31),
                )
            )
        )
    return conditions


async def browse_cases(
    session: AsyncSession, filters: Filters, *, offset: int = 0, limit: int = 20
) -> Page:
    """A page of approved cases passing every filter: best first for a name, else newest
    first. Loaded with what a result line shows (person, charges, events)."""
    if filters.name and not filters.narrowing():
        return await search_cases(session, Field.NAME, filters.name, offset=offset, limit=limit)
    conditions = _conditions(filters)
    if conditions is None:
        return Page([], offset, False)
    if filters.name:
        found = await search_cases(session, Field.NAME, filters.name, limit=NAME_CANDIDATES)
        ranked = [case.id for case in found.cases]
        passing = set(
            await session.scalars(select(Case.id).where(Case.id.in_(ranked), *conditions))
        )
        ids = [i for i in ranked if i in passing][offset : offset + limit + 1]
    else:
        ids = list(
            await session.scalars(
                select(Case.id)
                .where(*conditions)
                .order_by(Case.id.desc())
                .offset(offset)
                .limit(limit + 1)
            )
        )
    cases = await load_public_cases(session, ids[:limit])
    return Page(cases, offset, len(ids) > limit)


#: What a case page shows, in four statements (the card's loader takes eight): the case with
#: its person, aliases and charges joined (few rows each), then events with their sentence
#: parts, acts and sources. Attachments are not loaded: the web shows none (module docstring).
_PAGE_OPTIONS = (
    joinedload(Case.person).joinedload(Person.aliases),
    joinedload(Case.charges),
    selectinload(Case.events).joinedload(Event.sentence),
    selectinload(Case.acts),
    selectinload(Case.sources),
)


async def public_case_page(session: AsyncSession, case_id: int) -> Case | None:
    """An approved case with everything its web page shows, or None (pending, rejected,
    merged and unknown ids are all the same None)."""
    rows = await session.scalars(
        select(Case).where(Case.id == case_id, _APPROVED).options(*_PAGE_OPTIONS)
    )
    return rows.unique().one_or_none()


async def latest_sentenced(session: AsyncSession, limit: int = 10) -> list[Case]:
    """The approved cases with the most recently recorded verdicts or appeal rulings."""
    ids = await session.scalars(
        select(Event.case_id)
        .join(Case, Case.id == Event.case_id)
        .where(_APPROVED, Event.kind.in_(SENTENCING), Event.scheduled.is_(False))
        .order_by(Event.id.desc())
        .limit(limit * 3)
    )
    unique = list(dict.fromkeys(ids))[:limit]
    return await load_public_cases(session, unique)


@dataclass(frozen=True)
class FeedEntry:
    event: Event
    case: Case
    #: When it became public: its publication by a moderator, else when it was recorded.
    published: dt.datetime


async def feed_entries(
    session: AsyncSession,
    *,
    region: str | None = None,
    article: str | None = None,
    case_id: int | None = None,
    limit: int = 50,
) -> list[FeedEntry]:
    """Verdicts and appeal rulings of approved cases, newest recorded first."""
    published = func.coalesce(PublishedEvent.published_at, Event.created_at)
    query: Select = (
        select(Event, published)
        .join(Case, Case.id == Event.case_id)
        .outerjoin(PublishedEvent, PublishedEvent.event_id == Event.id)
        .where(_APPROVED, Event.kind.in_(SENTENCING), Event.scheduled.is_(False))
        .options(selectinload(Event.sentence))
        .order_by(Event.id.desc())
        .limit(limit)
    )
    if case_id is not None:
        query = query.where(Event.case_id == case_id)
    if region:
        query = query.where(Case.person_id.in_(select(Person.id).where(Person.region == region)))
    if article:
        query = query.where(_with_key(Kind.ARTICLE.value, article_key(article) or "-"))
    rows = list(await session.execute(query))
    cases = {c.id: c for c in await load_public_cases(session, [e.case_id for e, _p in rows])}
    return [
        FeedEntry(event, cases[event.case_id], _aware(when))
        for event, when in rows
        if event.case_id in cases
    ]


def _aware(value: dt.datetime) -> dt.datetime:
    """SQLite returns naive datetimes for timezone-aware columns; they are UTC."""
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


async def public_case_batches(
    session: AsyncSession, batch: int = 500
) -> AsyncIterator[list[tuple[Case, str]]]:
    """Every approved case, fully loaded, oldest first, in batches, each with its exchange id:
    the one `casewatch export` gave it, else `cw-case-<id>` (the web never writes)."""
    last_id = 0
    while True:
        cases = list(
            await session.scalars(
                select(Case)
                .where(_APPROVED, Case.id > last_id)
                .order_by(Case.id)
                .limit(batch)
                .options(*CASE_LOAD_OPTIONS)
            )
        )
        if not cases:
            return
        rows = await session.execute(
            select(CaseExternalId.case_id, CaseExternalId.external_id).where(
                CaseExternalId.case_id.in_([c.id for c in cases])
            )
        )
        known = {case_id: external_id for case_id, external_id in rows}
        yield [(case, known.get(case.id, f"cw-case-{case.id}")) for case in cases]
        last_id = cases[-1].id


async def case_count(session: AsyncSession) -> int:
    return await session.scalar(select(func.count(Case.id)).where(_APPROVED)) or 0


async def last_change(session: AsyncSession) -> dt.datetime | None:
    """When an approved case last changed (the data set's and the feed's date)."""
    value = await session.scalar(select(func.max(Case.updated_at)).where(_APPROVED))
    return _aware(value) if value else None
