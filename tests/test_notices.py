"""Messages the bot owes are durable: a crash between the commit and the send delays them,
never loses them (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from sqlalchemy import select

from bot.alerts import alert_worker
from db.models import AlertKind, AlertOutbox, OutboxStatus, Submission
from tests.conftest import BotHarness, ChatDriver
from tests.seeds import report_zhaubatyrov


class StopsBeforeSubmit(ChatDriver):
    """A reporter who fills in the whole report but leaves Submit to the test."""

    async def press(self, label: str, message: Any = None) -> Any:
        if label == "Submit":
            return []
        return await super().press(label, message)


async def submitted(bot: BotHarness) -> Submission | None:
    async with bot.sessionmaker() as session:
        return await session.scalar(select(Submission))


async def test_a_crash_after_the_commit_still_delivers_the_confirmation(bot: BotHarness) -> None:
    reporter = StopsBeforeSubmit(bot, 8_801)
    await report_zhaubatyrov(reporter)
    # Every Bot API call now takes 300 ms: the process "dies" (its task is cancelled) right
    # after the submission is committed, while the "✓ Submitted" edit is on the wire.
    bot.api.latency = 0.3
    pressing = asyncio.create_task(ChatDriver.press(reporter, "Submit"))
    async with asyncio.timeout(20):
        # Watching the database from another connection is the point: no event to wait on.
        while await submitted(bot) is None:  # noqa: ASYNC110
            await asyncio.sleep(0.01)
    pressing.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await pressing
    bot.api.latency = 0
    assert not any("Reference" in m.text for m in bot.api.messages.values())
    async with bot.sessionmaker() as session:
        [owed] = (
            await session.scalars(select(AlertOutbox).where(AlertOutbox.kind == AlertKind.NOTICE))
        ).all()
        assert owed.status is OutboxStatus.PENDING

    await bot.restart()  # a new process: nothing of the old one's memory survives
    assert await alert_worker(bot.app).deliver_due() == 1
    submission = await submitted(bot)
    assert submission is not None
    [confirmation] = [m for m in bot.api.messages.values() if "Reference" in m.text]
    assert confirmation.chat_id == reporter.user_id
    assert submission.reference in confirmation.text
    assert confirmation.params.get("protect_content") is True
    assert any("Erase" in label for label, _d in confirmation.buttons)
    async with bot.sessionmaker() as session:
        owed = await session.scalar(select(AlertOutbox).where(AlertOutbox.kind == AlertKind.NOTICE))
        assert owed is not None and owed.status is OutboxStatus.SENT
        assert owed.payload is None and owed.chat_enc is None


async def test_the_confirmation_is_sent_at_once_without_the_worker(bot: BotHarness) -> None:
    """The person is waiting: the owed confirmation goes out right after the commit, and its
    row keeps neither the text nor the chat once sent."""
    reporter = bot.chat(8_802)
    await report_zhaubatyrov(reporter)
    submission = await submitted(bot)
    assert submission is not None
    [confirmation] = [
        m
        for m in bot.api.messages.values()
        if submission.reference in m.text and m.chat_id == reporter.user_id
    ]
    assert confirmation.text.startswith("Thank you")
    async with bot.sessionmaker() as session:
        owed = await session.scalar(select(AlertOutbox).where(AlertOutbox.kind == AlertKind.NOTICE))
        assert owed is not None and owed.status is OutboxStatus.SENT
        assert owed.payload is None and owed.chat_enc is None
    assert await alert_worker(bot.app).deliver_due() == 0  # nothing sent twice
