"""Many people at once through the real update queue and processor, on SQLite and PostgreSQL:
each person's updates in order, reads never waiting for a writer, a full pool answered politely.
"""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from telegram import Update

from bot.infra.concurrency import SequentialUpdateProcessor, sequence_keys
from bot.infra.offline import SentMessage, UpdateFactory
from db.models import Draft
from tests.conftest import BotHarness, make_settings

BUSY = "The bot is busy right now"


async def through_queue(bot: BotHarness, updates: Iterable[Update]) -> None:
    """Put updates on the Application's queue, as polling or the webhook does, and wait until
    every one is handled. No jobs: tests drive the alert worker themselves."""
    app = bot.app
    assert app.job_queue is not None
    for job in app.job_queue.jobs():
        job.schedule_removal()
    await app.start()
    try:
        for update in updates:
            await app.update_queue.put(Update.de_json(update.to_dict(), app.bot))
        await asyncio.wait_for(app.update_queue.join(), 120)
    finally:
        await app.stop()


def texts_in(bot: BotHarness, chat_id: int) -> list[str]:
    return [
        m.text
        for m in sorted(bot.api.messages.values(), key=lambda m: m.message_id)
        if m.chat_id == chat_id
    ]


async def test_each_persons_updates_in_order_while_others_run(bot: BotHarness) -> None:
    people = [UpdateFactory(5_000 + n) for n in range(12)]
    for person in people:  # first contact (a write) done: the lookups below only read
        await bot.app.process_update(Update.de_json(person.text("/help").to_dict(), bot.app.bot))
    bot.api.messages.clear()
    # Each reply waits 0-20 ms at random: without ordering, a person's later lookup would
    # often overtake an earlier one.
    bot.api.jitter = 0.02
    rounds = 6
    updates = [
        person.text(f"/search Person{person.user_id}x{step}")
        for step in range(rounds)
        for person in people
    ]
    await through_queue(bot, updates)
    processor = bot.app.update_processor
    assert isinstance(processor, SequentialUpdateProcessor)
    assert processor.peak_running > 1, "different people must be served at the same time"
    assert processor.waiting_keys == 0
    for person in people:
        replies = texts_in(bot, person.user_id)
        steps = [int(m.group(1)) for r in replies if (m := re.search(r"x(\d+)", r))]
        assert steps == list(range(rounds)), f"replies out of order: {steps}"


async def test_rapid_report_answers_keep_their_order(bot: BotHarness) -> None:
    """A person typing the report's answers faster than the bot replies: each answer lands on
    its own question."""
    reporter = bot.chat(6_001)
    await reporter.send("/report")
    stage = reporter.last_with_buttons()
    await reporter.press_data(next(d for _t, d in stage.buttons if d.endswith(":charged")))
    others = [UpdateFactory(6_100 + n) for n in range(6)]
    bot.api.jitter = 0.02
    mixed: list[Update] = []
    answers = ["Aigerim Bekova", "Бекова Айгерим"]
    for index, answer in enumerate(answers):
        mixed.append(reporter.factory.text(answer))
        mixed.extend(other.text(f"/search Someone{index}") for other in others)
    await through_queue(bot, mixed)
    async with bot.sessionmaker() as session:
        data = (await session.scalars(select(Draft.data))).one()
    assert data["person_name"] == answers[0]
    assert data["aliases"] == [answers[1]]


async def test_a_lookup_is_not_blocked_by_a_long_write(bot: BotHarness) -> None:
    searcher = bot.chat(7_001)
    await searcher.send("/search Bekova")  # first contact: the person is created
    async with bot.sessionmaker() as session, session.begin():
        # A writer holding the write lock (on SQLite: BEGIN IMMEDIATE) for the whole lookup.
        await session.execute(text("UPDATE users SET language = language"))
        replies = await asyncio.wait_for(searcher.send("/search Zhaubatyrov"), 10)
        assert "Zhaubatyrov" in replies[-1].text


async def test_a_full_pool_answers_busy(database_url: str) -> None:
    harness = BotHarness(make_settings(database_url, DB_POOL_SIZE="1", DB_POOL_TIMEOUT="0.2"))
    await harness.start()
    try:
        searcher = harness.chat(7_101)
        await searcher.send("/search Bekova")
        async with harness.sessionmaker() as holder:
            await holder.execute(text("SELECT 1"))  # the only connection, held
            replies = await searcher.send("/search Zhaubatyrov")
            assert [BUSY in r.text for r in replies] == [True]
            before = len(harness.api.calls)
            await searcher.press_data("case:1")
            answered = [p for m, p in harness.api.calls[before:] if m == "answerCallbackQuery"]
            assert answered and BUSY in answered[-1]["text"]
        replies = await searcher.send("/search Zhaubatyrov")
        assert "Zhaubatyrov" in replies[-1].text
    finally:
        await harness.stop()


def test_updates_are_keyed_by_user_and_chat() -> None:
    person = UpdateFactory(42)
    group = UpdateFactory(43, chat_id=-100_500)
    assert sequence_keys(person.text("hi")) == (("user", 42), ("chat", 42))
    assert sequence_keys(group.text("hi")) == (("user", 43), ("chat", -100_500))
    assert sequence_keys(person.inline("abc")) == (("user", 42),)
    assert sequence_keys(object()) == ()


async def test_a_waiting_update_holds_no_running_slot() -> None:
    """One person's backlog never takes the slots everyone else needs."""
    processor = SequentialUpdateProcessor(1, max_pending=100)
    first_may_finish = asyncio.Event()
    order: list[str] = []

    async def work(name: str, wait: asyncio.Event | None = None) -> None:
        order.append(name + ":start")
        if wait is not None:
            await wait.wait()
        order.append(name + ":end")

    busy, other = UpdateFactory(1), UpdateFactory(2)
    tasks: list[asyncio.Task[Any]] = [
        asyncio.create_task(processor.process_update(busy.text("1"), work("a1", first_may_finish)))
    ]
    await asyncio.sleep(0)
    tasks += [
        asyncio.create_task(processor.process_update(busy.text(str(n)), work(f"a{n}")))
        for n in range(2, 6)
    ]
    tasks.append(asyncio.create_task(processor.process_update(other.text("x"), work("b"))))
    await asyncio.sleep(0.01)
    first_may_finish.set()
    await asyncio.gather(*tasks)
    assert [o for o in order if o.startswith("a") and o.endswith("start")] == [
        f"a{n}:start" for n in range(1, 6)
    ]
    # Person b ran before a's backlog was through (a2..a5 waited without a slot).
    assert order.index("b:end") < order.index("a5:start")


async def test_the_tick_confirming_an_answer_follows_its_commit(bot: BotHarness) -> None:
    """The "✓ …" edit of a pressed question is sent only once the answer is committed: read
    the database (another connection) at the moment the edit reaches Telegram."""
    url = make_url(bot.settings.database_url)
    if url.get_backend_name() != "sqlite":
        pytest.skip("reads the committed state through a second, synchronous SQLite connection")
    seen: list[object] = []

    def committed_stage(message: SentMessage) -> None:
        if "✓" in message.text and message.chat_id == reporter.user_id:
            with closing(sqlite3.connect(str(url.database))) as connection:
                row = connection.execute("SELECT data FROM drafts").fetchone()
            seen.append(json.loads(row[0]).get("stage") if row else None)

    reporter = bot.chat(6_201)
    await reporter.send("/report")
    bot.api.on_message = committed_stage
    stage = reporter.last_with_buttons()
    await reporter.press_data(next(d for _t, d in stage.buttons if d.endswith(":charged")))
    assert seen == ["charged"]
