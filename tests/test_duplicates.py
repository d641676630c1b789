"""Likely duplicates and the data of a moderation card, against a real database (both backends):
which cases are offered and in what order, the bound on a common surname, and the card of a
report just submitted read without reading the case back."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession

from bot.handlers.report.draft import split_name
from bot.services import changes
from db import moderation
from db.engine import create_engine, create_sessionmaker
from db.models import Case, CaseStage, Charge, Person, Publication, Submission, User
from db.moderation import card_state, card_submission, find_duplicates


def report(name: str, city: str, article: str) -> Case:
    """A case as the report form builds one (the surname split from the name)."""
    surname, given, patronymic = split_name(name)
    return Case(
        person=Person(
            name_as_entered=name,
            surname=surname,
            given_names=given,
            patronymic=patronymic,
            city=city,
        ),
        stage=CaseStage.SENTENCED,
        charges=[Charge(article=article, part=None)],
    )


@pytest.fixture
async def session(database_url: str) -> AsyncIterator[AsyncSession]:
    engine = create_engine(database_url)
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            yield session
    finally:
        await engine.dispose()


async def submit(session: AsyncSession, name: str, city: str, article: str) -> Submission:
    return await changes.submit_report(session, report(name, city, article), None)


async def test_duplicates_come_best_first_and_never_rejected_ones(session: AsyncSession) -> None:
    same_name = await submit(session, "Сабаншиев Еркин", "Talgar", "174")
    same_town = await submit(session, "SABANSHIYEV Marat", "Talgar", "274")
    same_article = await submit(session, "SABANSHIYEV Asan", "Aktobe", "405")
    await submit(session, "SABANSHIYEV Bolat", "Shu", "179")  # only the surname: not offered
    rejected = await submit(session, "Yerkyn SABANSHIYEV", "Talgar", "405")
    rejected.case.publication = Publication.REJECTED
    new = await submit(session, "SABANSHIYEV Yerkyn", "Talgar", "405")

    found = await find_duplicates(session, new.case)
    assert [c.id for c in found] == [
        same_name.case_id,  # two shared name words
        same_town.case_id,  # surname and town
        same_article.case_id,  # surname and article
    ]
    assert found[0].person.city == "Talgar"  # loaded with the case, no lazy load
    assert [c.id for c in await find_duplicates(session, new.case, limit=1)] == [same_name.case_id]


async def test_a_common_surname_is_matched_among_its_newest_cases_only(
    session: AsyncSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    older = await submit(session, "SABANSHIYEV Marat", "Talgar", "274")
    for given in ("Asan", "Bolat", "Dias"):
        await submit(session, f"SABANSHIYEV {given}", "Shu", "179")
    new = await submit(session, "SABANSHIYEV Yerkyn", "Talgar", "405")
    assert [c.id for c in await find_duplicates(session, new.case)] == [older.case_id]
    # With a scan of 3 postings, the town is looked for among the surname's 3 newest cases
    # (the new report and two namesakes in Shu): the older one in Talgar is out of reach.
    monkeypatch.setattr(moderation, "SURNAME_SCAN", 3)
    moderation._duplicates_statement.cache_clear()
    try:
        assert await find_duplicates(session, new.case) == []
    finally:
        monkeypatch.undo()
        moderation._duplicates_statement.cache_clear()


async def test_the_card_of_a_report_just_submitted_reads_no_case_back(
    session: AsyncSession,
) -> None:
    reporter = User(tg_hash=secrets.token_hex(16))
    session.add(reporter)
    await session.flush()
    submission = await changes.submit_report(
        session, report("SABANSHIYEV Yerkyn", "Talgar", "405"), reporter
    )
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    engine = session.get_bind()
    event.listen(engine, "before_cursor_execute", count)
    try:
        held = await card_submission(session, submission.id)
        assert held is submission and statements == []
        state = await card_state(session, submission.id)
        assert len(statements) == 1
        assert state is not None and state.thread == [] and state.target_case_id is None
        # Expired (as after a bulk change): read again in full instead of trusted.
        session.expire(submission.case)
        again = await card_submission(session, submission.id)
        assert again is not None and len(statements) > 1
        assert again.case.person.name_as_entered == "SABANSHIYEV Yerkyn"
    finally:
        event.remove(engine, "before_cursor_execute", count)
