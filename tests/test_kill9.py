"""kill -9 of a real `casewatch run` at points of a report, a decision and an alert fan-out.

The bot runs as a subprocess (polling) against the offline Bot API served over HTTP on
loopback; this test feeds it updates through getUpdates and kills it with SIGKILL while a chosen
Bot API call is on the wire (the request arrived, no answer was given). Then a new process starts
on the same database, and the test checks, on SQLite and PostgreSQL:

- every card, confirmation and notice owed by a committed change arrives after the restart;
- nothing the person saw confirmed is missing from the database;
- duplicates only among messages in flight at the kill (at most ALERTS_CONCURRENCY alerts).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.models import Case, ModerationCard, Publication, Submission
from tests.conftest import ADMIN_ID
from tests.loopback import (
    ALERTS_CONCURRENCY,
    STEP_TIMEOUT,
    LoopbackChat,
    LoopbackTelegram,
    sessionmaker_of,
)
from tests.seeds import report_zhaubatyrov

SUBSCRIBERS = [8_950 + n for n in range(6)]


class StopsBeforeSubmit(LoopbackChat):
    async def press(self, label: str, message: Any = None) -> Any:
        if label == "Submit":
            return []
        return await super().press(label, message)


async def _submission(maker: async_sessionmaker[AsyncSession]) -> Submission | None:
    async with maker() as session:
        return await session.scalar(select(Submission))


async def _card_copies(maker: async_sessionmaker[AsyncSession]) -> list[int]:
    async with maker() as session:
        return list(await session.scalars(select(ModerationCard.message_id)))


async def test_kill_9_during_a_report_a_decision_and_a_fan_out(
    loopback: LoopbackTelegram, database_url: str, tmp_path: Path
) -> None:
    engine, maker = sessionmaker_of(database_url)
    try:
        await _scenario(loopback, database_url, tmp_path, maker)
    finally:
        await engine.dispose()


async def _scenario(
    telegram: LoopbackTelegram,
    database_url: str,
    tmp_path: Path,
    maker: async_sessionmaker[AsyncSession],
) -> None:
    await telegram.launch(database_url, tmp_path)
    for subscriber in SUBSCRIBERS:
        await LoopbackChat(telegram, subscriber).send("/subscribe all")

    # 1. A report: killed on the first call after Submit (the "✓ Submitted" edit or the
    #    answer to the press), i.e. after the commit and before anything owed was sent.
    reporter = StopsBeforeSubmit(telegram, 8_901)
    await report_zhaubatyrov(reporter)
    review = reporter.last_with_buttons()
    submit = next(data for label, data in review.buttons if "Submit" in label)
    submit_at = len(telegram.wire)
    telegram.kill_when = lambda method, params: True
    await telegram.feed(reporter.factory.press(submit, review).to_dict())
    assert telegram.killed_at == submit_at, "killed on the first call after Submit"
    submission = await _submission(maker)
    assert submission is not None, "the Submit press was answered only after its commit"
    assert not any(submission.reference in t for t in telegram.texts(reporter.user_id))

    await telegram.launch(database_url, tmp_path)
    reference = submission.reference
    await telegram.until(
        lambda: any(reference in t for t in telegram.texts(reporter.user_id)),
        "the reporter's confirmation with the reference",
    )
    await telegram.until(
        lambda: any("New report" in t for t in telegram.texts(ADMIN_ID)), "the admin's card"
    )
    [card] = [m for m in telegram.api.messages.values() if "New report" in m.text]
    # Recorded by the new process, in the transaction that marks the card sent.
    async with asyncio.timeout(STEP_TIMEOUT):
        while not (copies := await _card_copies(maker)):  # noqa: ASYNC110 - another process
            await asyncio.sleep(0.05)
    assert copies == [card.message_id]
    confirmations = [
        m
        for m in telegram.api.messages.values()
        if m.chat_id == reporter.user_id and reference in m.text
    ]
    assert len(confirmations) == 1  # nothing was on the wire: no duplicate
    async with maker() as session:
        assert len((await session.scalars(select(Submission))).all()) == 1
    # Delivered by the new process, its id still joined "Erase our chat" (a receipt).
    await reporter.press("Erase", confirmations[0])
    assert (reporter.user_id, confirmations[0].message_id) in telegram.api.deleted()

    # 2. The decision: killed while the first call after the Approve press is on the wire.
    admin = LoopbackChat(telegram, ADMIN_ID)
    approve = next(data for label, data in card.buttons if "Approve" in label)
    approve_at = len(telegram.wire)
    telegram.kill_when = lambda method, params: True
    await telegram.feed(admin.factory.press(approve, card).to_dict())
    assert telegram.killed_at == approve_at
    async with maker() as session:
        published = await session.scalar(
            select(Case.id).where(Case.publication == Publication.APPROVED)
        )
    assert published is not None, telegram.wire[approve_at:]
    assert not any("now published" in t for t in telegram.texts(reporter.user_id))

    # 3. The fan-out, by the restarted process: killed while the third alert is on the wire.
    alerts_seen: list[int] = []

    def third_alert(method: str, params: dict[str, Any]) -> bool:
        if method == "sendMessage" and params.get("chat_id") in SUBSCRIBERS:
            alerts_seen.append(params["chat_id"])
        return len(alerts_seen) >= 3

    telegram.kill_when = third_alert
    wire_before = len(telegram.wire)
    await telegram.launch(database_url, tmp_path)
    await telegram.until(lambda: telegram.kill_when is None, "the alert fan-out to begin")
    assert telegram.killed_at is not None and telegram.killed_at >= wire_before
    # In flight at the kill: alert requests the killed process had sent, whose answer it may not
    # have recorded — the one that triggered the kill and any sent concurrently with it (the
    # server may handle those just after the process died), so everything on the wire between
    # the fan-out's start and the restart.
    await asyncio.sleep(0.2)
    in_flight = {
        params["chat_id"]
        for method, params in telegram.wire[wire_before:]
        if method == "sendMessage" and params.get("chat_id") in SUBSCRIBERS
    }

    await telegram.launch(database_url, tmp_path)
    await telegram.until(
        lambda: any("now published" in t for t in telegram.texts(reporter.user_id)),
        "the decision notice to the reporter",
    )
    for subscriber in SUBSCRIBERS:
        await telegram.until(
            lambda chat=subscriber: any("ZHAUBATYROV" in t for t in telegram.texts(chat)),
            f"the alert to subscriber {subscriber}",
        )
    await asyncio.sleep(1.0)  # anything else still coming would be a duplicate
    received = {chat: sum("ZHAUBATYROV" in t for t in telegram.texts(chat)) for chat in SUBSCRIBERS}
    twice = {chat for chat, count in received.items() if count > 1}
    assert twice <= in_flight
    assert len(twice) <= ALERTS_CONCURRENCY
    notices = [t for t in telegram.texts(reporter.user_id) if "now published" in t]
    assert len(notices) == 1
    # The decided card was rewritten after the restarts too (its edit is owed as well).
    await telegram.until(
        lambda: "Approved by" in telegram.api.messages[(ADMIN_ID, card.message_id)].text,
        "the card showing the decision",
    )
    assert telegram.api.messages[(ADMIN_ID, card.message_id)].buttons == []
    # "Not modified" is a double edit bot/ui/edits.py takes as success; nothing else was refused.
    assert [r for r in telegram.api.refusals if "not modified" not in r[1]] == []
