"""Messages the bot owes are durable: a crash between the commit and the send delays them,
never loses them (SQLite and PostgreSQL). The crash is the task handling the update being
cancelled while a Bot API call after the commit is on the wire (every call takes 300 ms)."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import itertools
from typing import Any

from sqlalchemy import select

from bot.handlers.alerts import alert_worker
from db.models import (
    AlertKind,
    AlertOutbox,
    Case,
    ModerationCard,
    OutboxStatus,
    Publication,
    Submission,
    utcnow,
)
from tests.conftest import ADMIN_ID, BotHarness, ChatDriver
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
    assert not any("Thank you" in m.text for m in bot.api.messages.values())
    assert not any("New report" in m.text for m in bot.api.messages.values())
    async with bot.sessionmaker() as session:
        owed = (
            await session.scalars(select(AlertOutbox).where(AlertOutbox.kind == AlertKind.NOTICE))
        ).all()
        # The reporter's confirmation and the admin's card, both written with the submission.
        assert len(owed) == 2
        assert all(row.status is OutboxStatus.PENDING for row in owed)

    await bot.restart()  # a new process: nothing of the old one's memory survives
    assert await alert_worker(bot.app).deliver_due() == 2
    submission = await submitted(bot)
    assert submission is not None
    [confirmation] = [m for m in bot.api.messages.values() if "Thank you" in m.text]
    assert confirmation.chat_id == reporter.user_id
    assert submission.reference in confirmation.text
    assert confirmation.params.get("protect_content") is True
    assert any("Erase" in label for label, _d in confirmation.buttons)
    [card] = [m for m in bot.api.messages.values() if "New report" in m.text]
    assert card.chat_id == ADMIN_ID and any("Approve" in label for label, _d in card.buttons)
    async with bot.sessionmaker() as session:
        rows = (
            await session.scalars(select(AlertOutbox).where(AlertOutbox.kind == AlertKind.NOTICE))
        ).all()
        assert all(row.status is OutboxStatus.SENT for row in rows)
        assert all(row.payload is None and row.chat_enc is None for row in rows)
        # Recorded by the worker that sent them, not by the process that died: the card's
        # copy (so a decision rewrites it) and the confirmation (so "Erase our chat" takes it).
        [copy] = (await session.scalars(select(ModerationCard))).all()
        assert copy.message_id == card.message_id
    await reporter.press("Erase", confirmation)
    assert (reporter.user_id, confirmation.message_id) in bot.api.deleted()


async def test_the_confirmation_is_sent_at_once_without_the_worker(bot: BotHarness) -> None:
    """The person is waiting: the owed confirmation (and the card) go out right after the
    commit, and their rows keep neither the text nor the chat once sent."""
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
        owed = (
            await session.scalars(select(AlertOutbox).where(AlertOutbox.kind == AlertKind.NOTICE))
        ).all()
        assert len(owed) == 2  # the confirmation and the admin's card
        assert all(row.status is OutboxStatus.SENT for row in owed)
        assert all(row.payload is None and row.chat_enc is None for row in owed)
    assert await alert_worker(bot.app).deliver_due() == 0  # nothing sent twice


async def test_a_decision_notice_survives_a_crash_after_the_approval(bot: BotHarness) -> None:
    reporter = bot.chat(8_803)
    await report_zhaubatyrov(reporter)
    card = next(
        m
        for m in sorted(bot.api.messages.values(), key=lambda m: m.message_id)
        if m.chat_id == ADMIN_ID and "New report" in m.text
    )
    bot.api.latency = 0.3  # the moderator's process dies right after the approval's commit
    pressing = asyncio.create_task(bot.chat(ADMIN_ID).press("Approve", card))
    async with asyncio.timeout(20):
        while not await published(bot):  # noqa: ASYNC110
            await asyncio.sleep(0.01)
    pressing.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await pressing
    bot.api.latency = 0
    told = [m for m in bot.api.messages.values() if m.chat_id == reporter.user_id]
    assert not any("now published" in m.text for m in told)

    await bot.restart()
    while await alert_worker(bot.app).deliver_due():
        pass
    told = [m for m in bot.api.messages.values() if m.chat_id == reporter.user_id]
    assert [m.text for m in told if "now published" in m.text]
    # The card's edit was owed with the decision too: it shows it, without buttons.
    closed = bot.api.messages[(ADMIN_ID, card.message_id)]
    assert "Approved by" in closed.text and closed.buttons == []


async def published(bot: BotHarness) -> bool:
    async with bot.sessionmaker() as session:
        return (
            await session.scalar(select(Case.id).where(Case.publication == Publication.APPROVED))
        ) is not None


async def test_a_bot_api_call_inside_a_transaction_is_caught(bot: BotHarness) -> None:
    """The runtime check every test runs under (tests/conftest.py): a handler that talks to
    Telegram before its commit is recorded by the offline Bot API, after-commit calls are not."""
    from telegram.ext import CommandHandler

    from bot.infra.context import Tx, transactional

    @transactional
    async def careless(update: Any, context: Any, tx: Tx) -> None:
        await update.effective_message.reply_text("inside")
        tx.call_after_commit(update.effective_message.reply_text, "after")

    bot.app.add_handler(CommandHandler("careless", careless), group=-100)
    await bot.chat(8_804).send("/careless")
    assert [
        text for text in (m.text for m in bot.api.messages.values()) if text in ("inside", "after")
    ] == ["inside", "after"]
    assert bot.api.inside_transaction == [("sendMessage", f"{__name__}.{careless.__qualname__}")]
    bot.api.inside_transaction.clear()  # caught: the harness would fail this test otherwise


async def test_a_new_moderator_is_told_after_a_crash_after_the_commit(bot: BotHarness) -> None:
    """ "You are now a moderator" is a notice about no case, written with the role: a crash
    between the commit and the send delays it, never loses it; taking the role away is told
    the same way, at once."""
    newcomer = bot.chat(8_804)
    await newcomer.send("/help")  # they have talked to the bot: their chat can be written to
    admin = bot.chat(ADMIN_ID)
    await admin.send("/help")
    bot.api.latency = 0.3  # the admin's process dies right after the role is committed
    adding = asyncio.create_task(admin.send(f"/moderators add {newcomer.user_id}"))
    async with asyncio.timeout(20):
        while not await role_notices(bot):  # noqa: ASYNC110
            await asyncio.sleep(0.01)
    adding.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await adding
    bot.api.latency = 0
    assert not any("now a moderator of" in m.text for m in bot.api.messages.values())
    [owed] = await role_notices(bot)
    assert owed.status is OutboxStatus.PENDING and owed.case_id is None

    await bot.restart()
    assert await alert_worker(bot.app).deliver_due() == 1
    [told] = [m for m in bot.api.messages.values() if "now a moderator of" in m.text]
    assert told.chat_id == newcomer.user_id
    [sent] = await role_notices(bot)
    assert sent.status is OutboxStatus.SENT and sent.payload is None and sent.chat_enc is None

    await admin.send(f"/moderators remove {newcomer.user_id}")
    assert "no longer a moderator of" in newcomer.last().text
    assert all(row.status is OutboxStatus.SENT for row in await role_notices(bot))
    assert await alert_worker(bot.app).deliver_due() == 0


async def role_notices(bot: BotHarness) -> list[AlertOutbox]:
    async with bot.sessionmaker() as session:
        rows = await session.scalars(
            select(AlertOutbox)
            .where(AlertOutbox.kind == AlertKind.NOTICE, AlertOutbox.case_id.is_(None))
            .order_by(AlertOutbox.id)
        )
        return list(rows)


async def test_a_confirmation_telegram_took_before_a_crash_is_erased_with_its_copy(
    bot: BotHarness,
) -> None:
    """The process dies after Telegram took the confirmation but before its receipt (the
    message id, for "Erase our chat") was committed: after the lease the worker sends a second
    copy, and "Erase our chat" deletes both — the first copy's id lies between the last message
    kept for the person and the second copy (private-chat ids are one sequence)."""
    reporter = StopsBeforeSubmit(bot, 8_804)
    # Offline, the person's message ids are counted apart from the bot's (1000 on); in one
    # sequence below the bot's, as in a private chat, the gap holds only the bot's messages.
    reporter.factory._message_ids = itertools.count(-499_950)
    await report_zhaubatyrov(reporter)
    first_copies: list[Any] = []

    def die_once_sent(message: Any) -> None:
        if "Thank you" in message.text and not first_copies:
            first_copies.append(message)
            task = asyncio.current_task()
            assert task is not None
            task.cancel()  # the answer never reaches the sender: nothing after it runs

    bot.api.on_message = die_once_sent
    pressing = asyncio.create_task(ChatDriver.press(reporter, "Submit"))
    with contextlib.suppress(asyncio.CancelledError):
        await pressing
    bot.api.on_message = None
    assert len(first_copies) == 1
    async with bot.sessionmaker() as session:
        confirmation_row = await session.scalar(
            select(AlertOutbox).where(
                AlertOutbox.kind == AlertKind.NOTICE, AlertOutbox.status == OutboxStatus.SENDING
            )
        )
        assert confirmation_row is not None  # claimed, sent, never marked

    await bot.restart()
    lease = dt.timedelta(seconds=bot.settings.alerts_lease_seconds + 1)
    while await alert_worker(bot.app).deliver_due(now=utcnow() + lease):
        pass
    copies = sorted(
        (m for m in bot.api.messages.values() if "Thank you" in m.text),
        key=lambda m: m.message_id,
    )
    assert len(copies) == 2 and copies[0].message_id == first_copies[0].message_id
    await reporter.press("Erase", copies[1])
    deleted = bot.api.deleted()
    assert all((reporter.user_id, copy.message_id) in deleted for copy in copies)
