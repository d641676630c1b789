"""Cases to and from records of the public JSON exchange format (schema/casewatch-cases...).

A record holds the facts of one case and nothing about who reported it: no submitter, no
submission reference, no Telegram file ids (they are only valid for the bot that received them),
no hashes. Functions here take the session first and never commit; an imported case is stored
by the service layer (bot.services.changes.import_case), which indexes and audits it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from db.cases import CASE_LOAD_OPTIONS
from db.models import (
    AllegedAct,
    AppealOutcome,
    Case,
    CaseExternalId,
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
    utcnow,
)

FORMAT_NAME = "casewatch-cases"
FORMAT_VERSION = 1

Record = dict[str, Any]


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _parse_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _amount(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def case_to_record(case: Case, external_id: str) -> Record:
    """One case (loaded with CASE_LOAD_OPTIONS) as a record of the exchange format."""
    person = case.person
    return {
        "id": external_id,
        "publication": case.publication.value,
        "stage": case.stage.value,
        "person": {
            "name": person.name_as_entered,
            "surname": person.surname,
            "given_names": person.given_names,
            "patronymic": person.patronymic,
            "aliases": [alias.spelling for alias in person.aliases],
            "region": person.region,
            "city": person.city,
            "occupation": person.occupation,
        },
        "court": case.court,
        "judge": case.judge,
        "prosecutor": case.prosecutor,
        "summary": case.summary,
        "charges": [{"article": c.article, "part": c.part, "title": c.title} for c in case.charges],
        "acts": [{"description": a.description, "date": _date(a.act_date)} for a in case.acts],
        "sources": [{"url": s.url, "title": s.title} for s in case.sources],
        "events": [
            {
                "kind": e.kind.value,
                "date": _date(e.event_date),
                "scheduled": e.scheduled,
                "court": e.court,
                "judge": e.judge,
                "prosecutor": e.prosecutor,
                "measure": e.measure.value if e.measure else None,
                "place_held": e.place_held,
                "appeal_outcome": e.appeal_outcome.value if e.appeal_outcome else None,
                "outcome": e.outcome,
                "sentence": [
                    {
                        "kind": p.kind.value,
                        "term_months": p.term_months,
                        "hours": p.hours,
                        "amount": _amount(p.amount),
                        "currency": p.currency,
                        "amount_usd": _amount(p.amount_usd),
                    }
                    for p in e.sentence
                ],
            }
            for e in case.events
        ],
    }


def record_to_case(record: Record) -> Case:
    """A new APPROVED case from a validated record (an organisation imports its vetted list)."""
    person_data = record["person"]
    person = Person(
        name_as_entered=person_data["name"],
        surname=person_data.get("surname"),
        given_names=person_data.get("given_names"),
        patronymic=person_data.get("patronymic"),
        region=person_data.get("region"),
        city=person_data.get("city"),
        occupation=person_data.get("occupation"),
        aliases=[PersonAlias(spelling=s) for s in person_data.get("aliases", [])],
    )
    now = utcnow()
    return Case(
        person=person,
        stage=CaseStage(record["stage"]),
        publication=Publication.APPROVED,
        approved_at=now,
        court=record.get("court"),
        judge=record.get("judge"),
        prosecutor=record.get("prosecutor"),
        summary=record.get("summary"),
        charges=[
            Charge(article=c["article"], part=c.get("part"), title=c.get("title"), position=i)
            for i, c in enumerate(record.get("charges", []))
        ],
        acts=[
            AllegedAct(
                description=a["description"], act_date=_parse_date(a.get("date")), position=i
            )
            for i, a in enumerate(record.get("acts", []))
        ],
        sources=[Source(url=s["url"], title=s.get("title")) for s in record.get("sources", [])],
        events=[_record_to_event(e) for e in record.get("events", [])],
    )


def _record_to_event(data: Record) -> Event:
    measure = data.get("measure")
    outcome = data.get("appeal_outcome")
    return Event(
        kind=EventKind(data["kind"]),
        event_date=_parse_date(data.get("date")),
        scheduled=bool(data.get("scheduled", False)),
        court=data.get("court"),
        judge=data.get("judge"),
        prosecutor=data.get("prosecutor"),
        measure=PreventiveMeasure(measure) if measure else None,
        place_held=data.get("place_held"),
        appeal_outcome=AppealOutcome(outcome) if outcome else None,
        outcome=data.get("outcome"),
        sentence=[
            SentencePart(
                kind=SentenceKind(p["kind"]),
                term_months=p.get("term_months"),
                hours=p.get("hours"),
                amount=Decimal(p["amount"]) if p.get("amount") is not None else None,
                currency=p.get("currency") or ("KZT" if p.get("amount") is not None else None),
                amount_usd=Decimal(p["amount_usd"]) if p.get("amount_usd") is not None else None,
                position=i,
            )
            for i, p in enumerate(data.get("sentence", []))
        ],
    )


async def cases_for_export(session: AsyncSession, *, include_all: bool = False) -> list[Case]:
    """Approved cases (every case with `include_all`), oldest first, fully loaded."""
    query = select(Case).options(*CASE_LOAD_OPTIONS).order_by(Case.id)
    if not include_all:
        query = query.where(Case.publication == Publication.APPROVED)
    return list(await session.scalars(query))


async def external_ids_for(session: AsyncSession, cases: Sequence[Case]) -> dict[int, str]:
    """The exchange id of each case, giving a new random one to cases that have none yet."""
    known = {
        case_id: external_id
        for case_id, external_id in await session.execute(
            select(CaseExternalId.case_id, CaseExternalId.external_id)
        )
    }
    for case in cases:
        if case.id not in known:
            known[case.id] = f"cw-{uuid.uuid4()}"
            session.add(CaseExternalId(case_id=case.id, external_id=known[case.id]))
    await session.flush()
    return {case.id: known[case.id] for case in cases}


async def existing_external_ids(session: AsyncSession, external_ids: Sequence[str]) -> set[str]:
    """Which of these exchange ids the database already holds."""
    found: set[str] = set()
    ids = list(external_ids)
    for start in range(0, len(ids), 500):  # bounded IN lists
        chunk = ids[start : start + 500]
        found.update(
            await session.scalars(
                select(CaseExternalId.external_id).where(CaseExternalId.external_id.in_(chunk))
            )
        )
    return found
