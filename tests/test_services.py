"""The service layer, called directly: the search keys of a case always equal a fresh reindex.

A property test (hypothesis): any sequence of service calls on a case (edits of fields,
events and sentence parts, approval, /event with a charge, a merge of a duplicate report)
leaves `search_keys` exactly as `db.search.keys_of` computes them from the case as stored, on
SQLite and PostgreSQL. Also: publication once per real-world event, merge differences.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import secrets
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from bot.services import changes
from bot.services.merging import differences
from bot.services.publishing import AlertPolicy
from db.cases import get_case
from db.engine import create_engine, create_sessionmaker
from db.models import (
    AlertOutbox,
    Case,
    CaseStage,
    Charge,
    Event,
    EventKind,
    Person,
    Publication,
    PublishedEvent,
    Role,
    SearchKey,
    SentenceKind,
    SentencePart,
    Subscription,
    SubscriptionKind,
    User,
)
from db.moderation import get_submission
from db.search import keys_of

POLICY = AlertPolicy()
NAMES = ["SABANSHIYEV Yerkyn", "Сабаншиев Еркин", "Асылхан ЖАУБАТЫРОВ", "Bakhyt Baktybayev"]
WORDS = st.text(alphabet="abcdeioruskнаеиоқ", min_size=2, max_size=12)
TEXTS = st.one_of(st.sampled_from(NAMES), st.builds(lambda a, b: f"{a} {b}", WORDS, WORDS))
DATES = st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2026, 11, 1))
KINDS = st.sampled_from([EventKind.VERDICT, EventKind.APPEAL_RULING, EventKind.CHARGE])
ARTICLES = st.sampled_from(["174", "405", "274", "179"])

OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.sampled_from(["name", "city", "judge", "prosecutor"]), TEXTS),
        st.tuples(st.just("aliases"), st.lists(TEXTS, max_size=3)),
        st.tuples(st.just("charges"), st.lists(ARTICLES, max_size=3)),
        st.tuples(st.just("add_event"), KINDS, DATES, st.one_of(st.none(), TEXTS)),
        st.tuples(st.just("event_date"), st.integers(0, 3), DATES),
        st.tuples(st.just("delete_event"), st.integers(0, 3)),
        st.tuples(st.just("part"), st.integers(0, 3), st.integers(1, 120)),
        st.tuples(st.just("approve")),
        st.tuples(st.just("public_event"), KINDS, DATES, ARTICLES),
        st.tuples(st.just("merge"), st.sampled_from(NAMES), DATES),
    ),
    min_size=1,
    max_size=8,
)


async def stored_keys(session: Any, case_id: int) -> set[tuple[str, str]]:
    rows = await session.execute(
        select(SearchKey.kind, SearchKey.key).where(SearchKey.case_id == case_id)
    )
    return {(kind, key) for kind, key in rows}


async def fresh_keys(session: Any, case_id: int) -> set[tuple[str, str]]:
    case = await get_case(session, case_id)
    assert case is not None
    return keys_of(case).keys


def new_case(name: str, verdict_on: dt.date | None = None, judge: str | None = None) -> Case:
    events = []
    if verdict_on is not None:
        events.append(
            Event(
                kind=EventKind.VERDICT,
                event_date=verdict_on,
                judge=judge,
                sentence=[SentencePart(kind=SentenceKind.RESTRICTION_OF_LIBERTY, term_months=12)],
            )
        )
    return Case(
        person=Person(name_as_entered=name, city="Almaty"),
        stage=CaseStage.SENTENCED,
        charges=[Charge(article="405", part=2)],
        events=events,
    )


async def moderator(session: Any) -> User:
    user = User(tg_hash=secrets.token_hex(16), role=Role.ADMIN)
    session.add(user)
    await session.flush()
    return user


async def run_operations(url: str, operations: list[tuple[Any, ...]]) -> None:
    engine = create_engine(url)
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            actor = await moderator(session)
            submission = await changes.submit_report(
                session, new_case("SABANSHIYEV Yerkyn", dt.date(2021, 9, 10)), None
            )
            touched = {submission.case_id}
            decided = False
            for operation in operations:
                submission = await get_submission(session, submission.id)
                assert submission is not None
                case = submission.case
                events = sorted(case.events, key=lambda e: e.id)
                match operation:
                    case ("edit", code, value) if not decided:
                        await changes.edit_field(session, actor, submission, code, value)
                    case ("aliases", values) if not decided:
                        await changes.edit_field(session, actor, submission, "aliases", values)
                    case ("charges", articles) if not decided:
                        await changes.edit_field(
                            session,
                            actor,
                            submission,
                            "charges",
                            [(a, None, None) for a in articles],
                        )
                    case ("add_event", kind, date, judge) if not decided:
                        event = Event(kind=kind, event_date=date, judge=judge)
                        await changes.add_case_event(session, actor, submission, event)
                    case ("event_date", index, date) if not decided and index < len(events):
                        await changes.edit_event(
                            session, actor, submission, events[index].id, date=date
                        )
                    case ("delete_event", index) if not decided and index < len(events):
                        await changes.delete_event(session, actor, submission, events[index].id)
                    case ("part", index, months) if not decided and index < len(events):
                        await changes.set_sentence_part(
                            session,
                            actor,
                            submission,
                            events[index].id,
                            None,
                            SentenceKind.IMPRISONMENT,
                            term_months=months,
                        )
                    case ("approve",) if not decided:
                        await changes.approve(session, actor, submission.id, POLICY)
                        decided = True
                    case ("public_event", kind, date, article) if decided:
                        fresh = await get_case(session, submission.case_id)
                        assert fresh is not None
                        await changes.add_event(
                            session,
                            actor,
                            fresh,
                            Event(kind=kind, event_date=date),
                            POLICY,
                            Charge(article=article, part=None),
                        )
                    case ("merge", name, date):
                        other = await changes.submit_report(
                            session, new_case(name, date, judge="OTHER Judge"), None
                        )
                        touched.add(other.case_id)
                        await changes.merge(session, actor, other.id, submission.case_id, POLICY)
                    case _:
                        continue
                for case_id in touched:
                    assert await stored_keys(session, case_id) == await fresh_keys(
                        session, case_id
                    ), operation
    finally:
        await engine.dispose()


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operations=OPERATIONS)
def test_any_sequence_of_changes_keeps_search_keys_equal_to_a_fresh_reindex(
    database_url: str, operations: list[tuple[Any, ...]]
) -> None:
    asyncio.run(run_operations(database_url, operations))


async def test_a_verdict_is_announced_once_per_real_world_event(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            actor = await moderator(session)
            follower = User(tg_hash=secrets.token_hex(16), chat_enc="x")
            session.add(follower)
            await session.flush()
            session.add(Subscription(user_id=follower.id, kind=SubscriptionKind.ALL))
            recent = dt.date.today() - dt.timedelta(days=3)
            first = await changes.submit_report(
                session, new_case("SABANSHIYEV Yerkyn", recent), None
            )
            await changes.approve(session, actor, first.id, POLICY)
            # The same verdict reported again with fewer details, then added again by /event.
            duplicate = await changes.submit_report(
                session, new_case("Сабаншиев Еркин", recent, judge="OTHER Judge"), None
            )
            source = await get_case(session, duplicate.case_id)
            target = await get_case(session, first.case_id)
            assert source is not None and target is not None
            assert [d.field for d in differences(source, target)] == []  # empty judge: filled
            await changes.merge(session, actor, duplicate.id, first.case_id, POLICY)
            target = await get_case(session, first.case_id)
            assert target is not None
            assert [e.kind for e in target.events] == [EventKind.VERDICT]
            assert target.events[0].judge == "OTHER Judge"
            again = Event(kind=EventKind.VERDICT, event_date=recent)
            assert not await changes.add_event(session, actor, target, again, POLICY)
            assert await session.scalar(select(func.count(AlertOutbox.id))) == 1
            assert await session.scalar(select(func.count(PublishedEvent.id))) == 2

            # An old verdict with OLD_VERDICT_ALERTS=off: recorded, nobody alerted.
            old = await changes.submit_report(
                session, new_case("Асылхан ЖАУБАТЫРОВ", dt.date(2021, 1, 5)), None
            )
            decision = await changes.approve(
                session, actor, old.id, AlertPolicy(old_verdicts="off")
            )
            assert decision.announced == []
            assert await session.scalar(select(func.count(AlertOutbox.id))) == 1
            case = await session.get(Case, old.case_id)
            assert case is not None and case.publication is Publication.APPROVED
    finally:
        await engine.dispose()


async def test_merge_differences_are_picked_and_audited(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            actor = await moderator(session)
            verdict_on = dt.date(2021, 9, 10)
            first = await changes.submit_report(
                session, new_case("SABANSHIYEV Yerkyn", verdict_on, judge="KELEMSEITOV"), None
            )
            second_case = new_case("Сабаншиев Еркин", verdict_on, judge="OTHER Judge")
            second_case.events[0].sentence.append(
                SentencePart(kind=SentenceKind.COURT_FEES, amount=Decimal(840), currency="KZT")
            )
            second = await changes.submit_report(session, second_case, None)
            source = await get_case(session, second.case_id)
            target = await get_case(session, first.case_id)
            assert source is not None and target is not None
            found = {d.field: d for d in differences(source, target)}
            assert set(found) == {"judge", "sentence"}
            picks = frozenset({found["sentence"].key})
            decision = await changes.merge(session, actor, second.id, first.case_id, POLICY, picks)
            assert decision.merge is not None
            chosen = {c["field"]: c["chosen"] for c in decision.merge.conflicts}
            assert chosen == {"judge": "kept", "sentence": "reported"}
            target = await get_case(session, first.case_id)
            assert target is not None
            [verdict] = target.events
            assert verdict.judge == "KELEMSEITOV"
            assert [p.kind for p in verdict.sentence] == [
                SentenceKind.RESTRICTION_OF_LIBERTY,
                SentenceKind.COURT_FEES,
            ]
    finally:
        await engine.dispose()
