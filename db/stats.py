"""Counts of approved cases by verdict year, region, article and sentence kind.

Only APPROVED cases are counted: statistics are public. Each case counts once per group (a case
with two charges under the same article counts once for it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import distinct, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import (
    Case,
    Charge,
    Event,
    EventKind,
    Person,
    Publication,
    SentenceKind,
    SentencePart,
)

SENTENCING_EVENTS = (EventKind.VERDICT, EventKind.APPEAL_RULING)


@dataclass
class CaseStats:
    total: int = 0
    #: Year of the first verdict → cases; cases without a dated verdict are not counted here.
    by_year: dict[int, int] = field(default_factory=dict)
    #: Region code or free text (None when unknown) → cases.
    by_region: dict[str | None, int] = field(default_factory=dict)
    #: (article, part) → cases.
    by_article: dict[tuple[str, int | None], int] = field(default_factory=dict)
    #: Kind of the sentence in force (the latest verdict or appeal ruling) → cases.
    by_sentence_kind: dict[SentenceKind, int] = field(default_factory=dict)


K = TypeVar("K")


def _most_first(counts: dict[K, int]) -> dict[K, int]:
    return dict(sorted(counts.items(), key=lambda item: (-item[1], str(item[0]))))


async def case_stats(session: AsyncSession) -> CaseStats:
    approved = Case.publication == Publication.APPROVED
    stats = CaseStats()
    stats.total = await session.scalar(select(func.count(Case.id)).where(approved)) or 0

    first_verdict = (
        select(Event.case_id, func.min(Event.event_date).label("day"))
        .join(Case, Case.id == Event.case_id)
        .where(approved, Event.kind == EventKind.VERDICT, Event.event_date.is_not(None))
        .group_by(Event.case_id)
        .subquery()
    )
    year = func.extract("year", first_verdict.c.day)
    years = await session.execute(select(year, func.count()).group_by(year).order_by(year))
    stats.by_year = {int(y): n for y, n in years}

    regions = await session.execute(
        select(Person.region, func.count(Case.id))
        .join(Case, Case.person_id == Person.id)
        .where(approved)
        .group_by(Person.region)
    )
    stats.by_region = _most_first({region: n for region, n in regions})

    articles = await session.execute(
        select(Charge.article, Charge.part, func.count(distinct(Charge.case_id)))
        .join(Case, Case.id == Charge.case_id)
        .where(approved)
        .group_by(Charge.article, Charge.part)
    )
    stats.by_article = _most_first({(article, part): n for article, part, n in articles})

    # The sentence in force: the parts of each case's latest verdict or appeal ruling.
    parts = await session.execute(
        select(Event.case_id, Event.id, Event.event_date, SentencePart.kind)
        .join(Case, Case.id == Event.case_id)
        .join(SentencePart, SentencePart.event_id == Event.id)
        .where(approved, Event.kind.in_(SENTENCING_EVENTS), Event.scheduled.is_(False))
    )
    latest: dict[int, tuple[tuple[str, int], set[SentenceKind]]] = {}
    for case_id, event_id, day, kind in parts:
        key = (day.isoformat() if day else "", event_id)
        current = latest.get(case_id)
        if current is None or key > current[0]:
            latest[case_id] = (key, {kind})
        elif key == current[0]:
            current[1].add(kind)
    counts: dict[SentenceKind, int] = {}
    for _key, kinds in latest.values():
        for kind in kinds:
            counts[kind] = counts.get(kind, 0) + 1
    stats.by_sentence_kind = _most_first(counts)
    return stats
