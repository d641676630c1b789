"""The /event and /update dialog's place is its draft row alone (issue 12, item 7), through the
real Application on both backends.

No PTB conversation state is kept for it: a new process (the Application rebuilt on the same
database) with every conversation state deleted takes the next answer, /skip or /cancel as the
row says. Its text is routed by the router of dialogs (bot/handlers/dialogs.py), which costs a
plain text no query for a person this process knows to have no dialog waiting. Migration
0010_h12f deletes the conversation states the dialog left behind.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from bot.app import build_application
from bot.infra.context import resources
from db import migrate
from db.cases import get_case
from db.models import ConversationState, Draft, EventKind, Submission, User
from tests.conftest import ADMIN_ID, OFFLINE_TOKEN, BotHarness, ChatDriver
from tests.seeds import report_sabanshiyev
from tests.test_moderation import cards, only_submission, submitter
from tests.test_throughput import statements


async def _published(bot: BotHarness) -> int:
    """A report approved: the number of its public case."""
    await report_sabanshiyev(submitter(bot))
    submission = await only_submission(bot)
    await bot.chat(ADMIN_ID).press("Approve", cards(bot, ADMIN_ID)[-1])
    return submission.case_id


async def _timeline_draft(bot: BotHarness) -> dict[str, Any] | None:
    async with bot.sessionmaker() as session:
        draft = await session.scalar(select(Draft).where(Draft.kind == "timeline"))
        return dict(draft.data) if draft else None


async def _states(bot: BotHarness) -> list[str]:
    async with bot.sessionmaker() as session:
        return [s.name for s in await session.scalars(select(ConversationState))]


async def _new_process(bot: BotHarness) -> None:
    """A redeploy that also lost whatever conversation states PTB had persisted: deleted after
    the old process stopped (it saves them on the way out) and before the new one loads them."""
    await bot.stop()
    engine = create_async_engine(bot.settings.database_url)
    try:
        async with async_sessionmaker(engine)() as session, session.begin():
            await session.execute(delete(ConversationState))
    finally:
        await engine.dispose()
    bot.app = build_application(bot.settings, request=bot.api, token=OFFLINE_TOKEN)
    await bot.start()


async def _events(bot: BotHarness, case_id: int) -> list[tuple[EventKind, dt.date | None]]:
    async with bot.sessionmaker() as session:
        case = await get_case(session, case_id)
        assert case is not None
        return [(e.kind, e.event_date) for e in case.events]


async def test_an_event_started_before_a_restart_is_applied_after_it(bot: BotHarness) -> None:
    case_id = await _published(bot)
    admin = bot.chat(ADMIN_ID)
    await admin.send(f"/event {case_id}")
    await admin.press("Release", admin.last_with_buttons())
    assert (await _timeline_draft(bot) or {}).get("ask") == "date"
    assert "timeline" not in await _states(bot)  # the row is the only record
    await _new_process(bot)
    [asked] = await admin.send("01.07.2022")
    assert "Anything to add" in asked.text
    assert (await _timeline_draft(bot) or {}).get("ask") == "note"
    await _new_process(bot)
    [added] = await admin.send("/skip")
    assert f"Added to case #{case_id}" in added.text
    assert (EventKind.RELEASE, dt.date(2022, 7, 1)) in await _events(bot, case_id)
    assert await _timeline_draft(bot) is None
    # Over: the same text again is a lookup, not another date.
    [lookup] = await admin.send("01.07.2022")
    assert "Anything to add" not in lookup.text and "Added to case" not in lookup.text
    assert (await _events(bot, case_id)).count((EventKind.RELEASE, dt.date(2022, 7, 1))) == 1


async def test_cancel_after_a_restart_stops_the_dialog(bot: BotHarness) -> None:
    case_id = await _published(bot)
    admin = bot.chat(ADMIN_ID)
    await admin.send(f"/event {case_id}")
    await admin.press("Verdict", admin.last_with_buttons())
    await _new_process(bot)
    [stopped] = await admin.send("/cancel")
    assert stopped.text == "Stopped. Nothing was changed."
    assert await _timeline_draft(bot) is None
    assert len(await _events(bot, case_id)) == 1
    # /skip and a date now belong to no dialog.
    await admin.send("/skip")
    [lookup] = await admin.send("01.02.2023")
    assert "When was" not in lookup.text and "sentence" not in lookup.text.lower()
    assert len(await _events(bot, case_id)) == 1


async def test_an_update_proposal_survives_restarts(bot: BotHarness) -> None:
    case_id = await _published(bot)
    me = submitter(bot)
    await me.send(f"/update {case_id}")
    await _new_process(bot)
    await me.press("Release", me.last_with_buttons())  # the kind button, read against the row
    await _new_process(bot)
    await me.send("01.07.2022")
    await _new_process(bot)
    [thanks] = await me.send("/skip")
    assert "Your update has been sent to the moderators" in thanks.text
    assert f"Proposed update to case #{case_id}" in cards(bot, ADMIN_ID)[-1].text
    async with bot.sessionmaker() as session:
        submissions = list(await session.scalars(select(Submission).order_by(Submission.id)))
    assert len(submissions) == 2
    assert await _timeline_draft(bot) is None
    assert "timeline" not in await _states(bot)


async def test_update_cancel_after_a_restart_sends_nothing(bot: BotHarness) -> None:
    case_id = await _published(bot)
    me = submitter(bot)
    await me.send(f"/update {case_id}")
    await me.press("Release", me.last_with_buttons())
    await me.send("01.07.2022")
    await _new_process(bot)
    [stopped] = await me.send("/cancel")
    assert stopped.text == "Stopped. Nothing was changed."
    async with bot.sessionmaker() as session:
        assert len(list(await session.scalars(select(Submission)))) == 1
    assert await _timeline_draft(bot) is None


async def test_a_refused_command_ends_the_open_dialog(bot: BotHarness) -> None:
    """/event with no published case ends a dialog open before it, as a new /event replaces it:
    a stale question never takes the next text."""
    case_id = await _published(bot)
    admin = bot.chat(ADMIN_ID)
    await admin.send(f"/event {case_id}")
    await admin.press("Release", admin.last_with_buttons())
    [refused] = await admin.send("/event 999999")
    assert "Send the number of a published case" in refused.text
    assert await _timeline_draft(bot) is None
    [lookup] = await admin.send("01.07.2022")
    assert "Anything to add" not in lookup.text


async def _lookup_costs_no_draft_query(chat: ChatDriver, bot: BotHarness) -> None:
    with statements(resources(bot.app)) as seen:
        await chat.send("Talgar")
    assert [s for s in seen if "FROM drafts" in s] == []


async def test_text_costs_no_dialog_query_once_known_and_the_dialog_still_takes_it(
    bot: BotHarness,
) -> None:
    """A plain text reads the draft rows once per person and process; a dialog opened here is
    noted, so its answers are routed to it, and after it the text is free again."""
    case_id = await _published(bot)
    me = submitter(bot)
    await me.send("Talgar")  # the rows read once: nothing waits
    await _lookup_costs_no_draft_query(me, bot)
    await me.send(f"/update {case_id}")
    await me.press("Release", me.last_with_buttons())
    [asked] = await me.send("01.07.2022")
    assert "Anything to add" in asked.text
    [thanks] = await me.send("A short note")
    assert "sent to the moderators" in thanks.text
    await me.send("Talgar")  # read once more: the dialog is over
    await _lookup_costs_no_draft_query(me, bot)


async def test_text_in_a_group_is_never_a_dialog_answer(bot: BotHarness) -> None:
    """The dialog lives in the private chat: the same person's text in a group is not taken."""
    case_id = await _published(bot)
    admin = bot.chat(ADMIN_ID)
    await admin.send(f"/event {case_id}")
    await admin.press("Release", admin.last_with_buttons())
    await bot.chat(ADMIN_ID, chat_id=-100777).send("01.07.2022")
    assert [m.text for m in bot.api.messages.values() if m.chat_id == -100777] == []
    assert (await _timeline_draft(bot) or {}).get("ask") == "date"
    [asked] = await admin.send("01.07.2022")  # in the private chat it is the answer
    assert "Anything to add" in asked.text


async def _seed_0009(url: str) -> None:
    engine = create_async_engine(url)
    try:
        async with async_sessionmaker(engine)() as session, session.begin():
            users = [User(tg_hash=c * 64, language="en") for c in "ab"]
            session.add_all(users)
            await session.flush()
            waiting, old = users
            session.add_all(
                [
                    Draft(
                        user_id=waiting.id,
                        kind="timeline",
                        data={"mode": "moderator", "case_id": 1, "sentence": [], "ask": "kind"},
                    ),
                    # From before 0008_h12b: names no question, nothing would ever route to it.
                    Draft(user_id=old.id, kind="timeline", data={"step": 3}),
                    Draft(user_id=old.id, kind="report", data={"step": "name"}),
                    ConversationState(name="timeline", key_hash="t", key_enc="e", state="open"),
                    ConversationState(name="report", key_hash="r", key_enc="e", state="open"),
                ]
            )
    finally:
        await engine.dispose()


async def _rows(url: str) -> tuple[list[tuple[str, dict[str, Any]]], list[str]]:
    engine = create_async_engine(url)
    try:
        async with async_sessionmaker(engine)() as session:
            drafts = [
                (d.kind, d.data) for d in await session.scalars(select(Draft).order_by(Draft.id))
            ]
            names = [s.name for s in await session.scalars(select(ConversationState))]
            return drafts, names
    finally:
        await engine.dispose()


def test_the_dialogs_conversation_states_are_deleted_by_the_migration(
    empty_database_url: str,
) -> None:
    url = empty_database_url
    config = migrate.alembic_config(url)
    # The revision before 0010_h12f, whichever it is once branches are merged.
    before = ScriptDirectory.from_config(config).get_revision("0010_h12f").down_revision
    assert isinstance(before, str)
    command.upgrade(config, before)
    asyncio.run(_seed_0009(url))
    command.upgrade(config, "0010_h12f")
    drafts, names = asyncio.run(_rows(url))
    assert names == ["report"]  # the timeline conversation's states are gone
    assert drafts == [
        ("timeline", {"mode": "moderator", "case_id": 1, "sentence": [], "ask": "kind"}),
        ("report", {"step": "name"}),
    ]
    command.downgrade(config, before)
    assert asyncio.run(_rows(url)) == (drafts, names)
    command.upgrade(config, "head")
