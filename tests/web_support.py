"""Seeding for the web catalogue's tests and browser tests: the example cases through the real
import path, plus cases that must never be shown (pending, rejected, merged) and an approved
case with a hostile name."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.services.exchange import import_document, read_import_file
from db.engine import create_engine, create_sessionmaker
from db.models import (
    Case,
    CaseStage,
    Charge,
    Event,
    EventKind,
    Person,
    Publication,
    SentenceKind,
    SentencePart,
    Source,
)
from db.search import index_person

EXAMPLE = Path(__file__).resolve().parent.parent / "schema" / "example-cases.json"
HOSTILE = '<script>alert("x")</script> =HYPERLINK("http://evil") & \x07 </title>]]>'
SECRET_NAME = "Secretname Pendingova"


@dataclass
class Seeded:
    """Case ids by what they are."""

    approved: dict[str, int]
    hostile: int
    hidden: dict[Publication, int]


async def _seed(url: str) -> Seeded:
    engine = create_engine(url)
    try:
        return await seed_into(create_sessionmaker(engine))
    finally:
        await engine.dispose()


async def seed_into(sessions: async_sessionmaker[AsyncSession]) -> Seeded:
    await import_document(sessions, read_import_file(EXAMPLE))
    async with sessions() as session, session.begin():
        approved = {
            name: case_id
            for name, case_id in await session.execute(
                select(Person.name_as_entered, Case.id).join(Case.person)
            )
        }
        hidden: dict[Publication, int] = {}
        for publication in (Publication.PENDING, Publication.REJECTED, Publication.MERGED):
            hidden[publication] = await _add(
                session, SECRET_NAME, publication, judge="Secretjudge Hiddenova"
            )
        hostile = await _add(
            session,
            HOSTILE,
            Publication.APPROVED,
            source='https://evil.example/"onmouseover="alert(1)',
        )
    return Seeded(approved, hostile, hidden)


async def _add(
    session: AsyncSession,
    name: str,
    publication: Publication,
    *,
    judge: str | None = None,
    source: str = "https://example.org/x",
) -> int:
    person = Person(name_as_entered=name, city="Aktobe", region="aktobe")
    case = Case(
        person=person,
        stage=CaseStage.SENTENCED,
        publication=publication,
        judge=judge,
        summary=name,
        charges=[Charge(article="405", part=2, title=name)],
        sources=[Source(url=source, title=name)],
        events=[
            Event(
                kind=EventKind.VERDICT,
                event_date=dt.date(2022, 3, 1),
                court=name,
                judge=judge,
                outcome=name,
                sentence=[
                    SentencePart(kind=SentenceKind.FINE, amount=Decimal(1000), currency="KZT")
                ],
            )
        ],
    )
    session.add(case)
    await session.flush()
    await index_person(session, person)
    return case.id


def seed(url: str) -> Seeded:
    return asyncio.run(_seed(url))
