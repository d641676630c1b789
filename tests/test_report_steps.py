"""Report steps: stable string ids, the draft row as the one record of where a person is, and
the data migration that turned stored IntEnum values into ids (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib.util
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest
from alembic import command
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from bot import parsing
from bot.handlers.report.draft import InvalidAnswer, ReportDraft
from bot.handlers.report.flow import OPEN
from bot.handlers.report.questions import SentencePartQuestion, event_date
from bot.handlers.report.steps import ORDER, STEPS, DateStep, Step
from bot.handlers.timeline import Ask
from bot.infra.i18n import use_locale
from db import migrate
from db.cases import get_case
from db.models import ConversationState, Draft, EventKind, SentenceKind, User
from tests.conftest import ADMIN_ID, BotHarness
from tests.seeds import report_sabanshiyev
from tests.test_moderation import cards, only_submission, submitter
from tests.test_report_flow import draft_of, start_sentenced

MIGRATION = Path(__file__).parent.parent / "migrations/versions/20261130_h12b_string_step_ids.py"


def migration() -> ModuleType:
    spec = importlib.util.spec_from_file_location("migration_0008_h12b", MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_step_has_a_stable_id_known_to_the_migration() -> None:
    frozen = migration().STEP_IDS
    # Every id the code uses was an IntEnum value that the migration maps: nothing renamed.
    assert set(frozen.values()) == {step.value for step in Step}
    assert len(set(frozen.values())) == len(frozen)
    assert all(step in STEPS for step in Step)
    assert set(migration().TIMELINE_STATES.values()) == {ask.value for ask in Ask}
    assert ORDER[0] is Step.STAGE and ORDER[-1] is Step.REVIEW


async def _seed_old_rows(url: str) -> None:
    engine = create_async_engine(url)
    try:
        async with async_sessionmaker(engine)() as session, session.begin():
            user = User(tg_hash="h" * 64, language="en")
            session.add(user)
            await session.flush()
            old = {"stage": "sentenced", "person_name": "Asylkhan ZHAUBATYROV"}
            session.add(
                Draft(
                    user_id=user.id, kind="report", data={**old, "step": 17, "history": [1, 2, 4]}
                )
            )
            # A draft of another form is not a report's: left alone.
            session.add(Draft(user_id=user.id, kind="timeline", data={"step": 3}))
            session.add(ConversationState(name="report", key_hash="k", key_enc="e", state=17))
            session.add(ConversationState(name="timeline", key_hash="t", key_enc="e", state=3))
    finally:
        await engine.dispose()


async def _read_rows(url: str) -> tuple[dict[str, object], dict[str, object]]:
    engine = create_async_engine(url)
    try:
        async with async_sessionmaker(engine)() as session:
            drafts = {d.kind: d.data for d in await session.scalars(select(Draft))}
            states = {s.name: s.state for s in await session.scalars(select(ConversationState))}
            return drafts, states
    finally:
        await engine.dispose()


def test_old_drafts_get_string_step_ids(empty_database_url: str) -> None:
    url = empty_database_url
    config = migrate.alembic_config(url)
    command.upgrade(config, "0007_h13")
    asyncio.run(_seed_old_rows(url))
    # Up to the last revision that kept the timeline conversation's states (0010_h12f drops them).
    command.upgrade(config, "0009_h12e")
    drafts, states = asyncio.run(_read_rows(url))
    report = drafts["report"]
    assert isinstance(report, dict)
    assert report["step"] == "verdict_date" and report["history"] == ["stage", "name", "region"]
    assert report["person_name"] == "Asylkhan ZHAUBATYROV"
    assert drafts["timeline"] == {"step": 3}
    assert states == {"report": OPEN, "timeline": "outcome"}
    # The migrated row is a valid draft of the new code, at the same question.
    draft = ReportDraft.model_validate(report)
    assert Step(draft.step) is Step.VERDICT_DATE
    # Down again: numbers back; the report conversations' states cannot be rebuilt: gone.
    command.downgrade(config, "0007_h13")
    drafts, states = asyncio.run(_read_rows(url))
    assert drafts["report"]["step"] == 17  # type: ignore[index]
    assert drafts["report"]["history"] == [1, 2, 4]  # type: ignore[index]
    assert states == {"timeline": 3}  # the dialog's id back to its number


async def test_the_draft_row_alone_says_where_a_person_is(bot: BotHarness) -> None:
    chat = bot.chat(531)
    await start_sentenced(chat)
    await chat.send("Жаубатыров Асылхан")
    draft = await draft_of(bot, 531)
    assert (
        draft is not None
        and draft["step"] == "region"
        and draft["history"]
        == [
            "stage",
            "name",
            "aliases",
        ]
    )
    # The conversation's persisted state says only that a report is open, never the step.
    async with bot.sessionmaker() as session:
        states = [s.state for s in await session.scalars(select(ConversationState))]
    assert states == [OPEN]
    # Even with that state lost, the draft decides: a button of its question continues it...
    async with bot.sessionmaker() as session, session.begin():
        await session.execute(delete(ConversationState))
    await bot.restart()
    chat = bot.chat(531)
    [question] = await chat.press("Aktobe region")
    assert "town or village" in question.text
    # ...and typed answers are the report's again, not a lookup by name.
    [question] = await chat.send("Aktobe")
    assert (await draft_of(bot, 531) or {})["city"] == "Aktobe"


async def test_side_questions_are_steps_of_the_draft(bot: BotHarness) -> None:
    chat = bot.chat(532)
    await start_sentenced(chat)
    [confirm] = await chat.send("/cancel")
    assert "Discard this report" in confirm.text
    draft = await draft_of(bot, 532)
    assert draft is not None and draft["step"] == "confirm_cancel"
    assert draft["history"][-1] == "aliases"
    # An old "Continue?" button is not this question's: it re-asks instead of acting.
    [answer] = await chat.press_data("rep:resume:restart")
    assert "earlier question" in answer.text and "Discard this report" in answer.text
    [question] = await chat.press("No, continue", confirm)
    assert "written differently" in question.text
    assert (await draft_of(bot, 532) or {})["step"] == "aliases"


def test_report_and_moderator_edits_share_one_question_per_answer() -> None:
    # The verdict date the reporter answers is the very question a moderator's edit asks.
    verdict_step = STEPS[Step.VERDICT_DATE]
    assert isinstance(verdict_step, DateStep)
    assert verdict_step.date is event_date(EventKind.VERDICT)
    assert STEPS[Step.HEARING_DATE].date.allow_future  # type: ignore[attr-defined]
    fine = SentencePartQuestion(SentenceKind.FINE)
    with use_locale("en"):
        assert fine.read("27 780").amount == Decimal("27780")
        # Several readings: the report offers buttons, a text-only form refuses and says how.
        with pytest.raises(parsing.Ambiguous) as problem:
            fine.read("27.780")
        assert fine.readings(problem.value) == ["27780|", "27.78|"]  # no dollar figure beside it
        assert "27,780" in fine.readings_prompt(["27780", "27.78"]).buttons[0][0][0]
        with pytest.raises(InvalidAnswer, match="write it in full"):
            fine.read_typed("27.780")


async def test_moderator_edit_asks_and_reads_as_the_report_does(bot: BotHarness) -> None:
    await report_sabanshiyev(submitter(bot))
    submission = await only_submission(bot)
    admin = bot.chat(ADMIN_ID)
    await admin.press("Edit", cards(bot, ADMIN_ID)[-1])
    await admin.press("Events")
    await admin.press("Verdict")
    [question] = await admin.press("Date")
    # The report's question for a verdict date, with the report's hint.
    assert "When was the verdict pronounced?" in question.text
    assert "10 September 2021" in question.text
    # Day or month first? Refused, never guessed; then read as in the report.
    [refusal] = await admin.send("03/04/2021")
    assert "day or the month first" in refusal.text
    await admin.send("8 April 2021")
    await admin.press("Edit", cards(bot, ADMIN_ID)[-1])
    await admin.press("Events")
    await admin.press("Verdict")
    await admin.press("Court fees: 840")
    [question] = await admin.press("New value")
    assert "Court fees: what amount, in tenge?" in question.text
    [refusal] = await admin.send("9.400")
    assert "9,400 ₸ / 9.4 ₸" in refusal.text and "write it in full" in refusal.text
    await admin.send("9 400")
    async with bot.sessionmaker() as session:
        case = await get_case(session, submission.case_id)
        assert case is not None
        [verdict] = case.events
        assert verdict.event_date == dt.date(2021, 4, 8)
        fees = [p.amount for p in verdict.sentence if p.kind is SentenceKind.COURT_FEES]
        assert Decimal("9400") in fees
