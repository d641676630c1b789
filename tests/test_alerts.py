"""Subscriptions and verdict alerts, through the real Application and the real worker.

Approval is simulated as moderation will do it: in one transaction, the case becomes APPROVED
and `enqueue_alerts` is called for its verdict and appeal ruling. The worker is run step by step
(`deliver_due`), never on a timer.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections import Counter
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.handlers.alerts import alert_worker, follow_button
from bot.infra.offline import SentMessage
from bot.outbox.worker import AlertWorker
from db import alerts as queries
from db.alerts import enqueue_alerts, enqueue_reminders
from db.cases import get_case
from db.models import (
    AlertKind,
    AlertOutbox,
    AppealOutcome,
    Case,
    CaseStage,
    Charge,
    Event,
    EventKind,
    OutboxStatus,
    Person,
    Publication,
    SentenceKind,
    SentencePart,
    Subscription,
    User,
    utcnow,
)
from tests.conftest import BotHarness, make_settings
from tests.seeds import report_baktybayev

VERDICT_DATE = dt.date(2021, 2, 4)


async def make_case(
    bot: BotHarness,
    *,
    name: str = "Baghdat BAKTYBAYEV",
    city: str | None = "Shu",
    region: str | None = "zhambyl",
    article: str = "405",
    verdict: bool = True,
    appeal: bool = False,
    approved: bool = False,
) -> int:
    """A case as a moderator would have it in front of them (pending unless `approved`)."""
    async with bot.sessionmaker() as session, session.begin():
        case = Case(
            person=Person(name_as_entered=name, city=city, region=region),
            stage=CaseStage.APPEALED if appeal else CaseStage.SENTENCED,
            publication=Publication.APPROVED if approved else Publication.PENDING,
            court="Shu district court",
            charges=[Charge(article=article, part=1 if article == "405" else None)],
        )
        if verdict:
            case.events.append(
                Event(
                    kind=EventKind.VERDICT,
                    event_date=VERDICT_DATE,
                    sentence=[
                        SentencePart(kind=SentenceKind.RESTRICTION_OF_LIBERTY, term_months=24),
                        SentencePart(kind=SentenceKind.BAN_SOCIAL_NETWORKS, term_months=60),
                        SentencePart(
                            kind=SentenceKind.VICTIMS_FUND, amount=Decimal("55560"), currency="KZT"
                        ),
                    ],
                )
            )
        if appeal:
            case.events.append(
                Event(
                    kind=EventKind.APPEAL_RULING,
                    event_date=dt.date(2021, 4, 7),
                    appeal_outcome=AppealOutcome.REDUCED,
                    sentence=[
                        SentencePart(kind=SentenceKind.RESTRICTION_OF_LIBERTY, term_months=12)
                    ],
                )
            )
        session.add(case)
        await session.flush()
        return case.id


async def approve(bot: BotHarness, case_id: int) -> int:
    """What moderation does: approve the case and queue its alerts, in ONE transaction."""
    async with bot.sessionmaker() as session, session.begin():
        case = await get_case(session, case_id)
        assert case is not None
        case.publication = Publication.APPROVED
        case.approved_at = utcnow()
        added = 0
        for event in case.events:
            if event.kind in (EventKind.VERDICT, EventKind.APPEAL_RULING):
                added += await enqueue_alerts(session, event)
        return added


def worker(bot: BotHarness) -> AlertWorker:
    result: AlertWorker = alert_worker(bot.app)
    return result


def alert_calls(bot: BotHarness, chat_id: int) -> list[dict[str, Any]]:
    """Every attempt to send an alert to `chat_id`, refused or not."""
    return [
        p
        for m, p in bot.api.calls
        if m == "sendMessage" and p["chat_id"] == chat_id and "case:" in str(p.get("reply_markup"))
    ]


def alerts_to(bot: BotHarness, chat_id: int) -> list[SentMessage]:
    return [
        m
        for m in sorted(bot.api.messages.values(), key=lambda m: m.message_id)
        if m.chat_id == chat_id and any(d.startswith("case:") for _t, d in m.buttons)
    ]


async def outbox(bot: BotHarness) -> list[AlertOutbox]:
    async with bot.sessionmaker() as session:
        return list(await session.scalars(select(AlertOutbox).order_by(AlertOutbox.id)))


async def drain(bot: BotHarness, now: dt.datetime | None = None) -> int:
    total = 0
    while claimed := await worker(bot).deliver_due(now=now):
        total += claimed
    return total


async def test_matching_rules_one_alert_per_subscriber(bot: BotHarness) -> None:
    case_id = await make_case(bot, appeal=True)
    other_id = await make_case(
        bot, name="Other PERSON", city="Aktobe", region="aktobe", article="174", verdict=False
    )
    # A followed case must be public to be followed: the other case is approved first.
    await approve(bot, other_id)

    everything = bot.chat(501)
    await everything.send("/subscribe")
    await everything.press("All new verdicts")
    region = bot.chat(502)
    await region.send("/subscribe")
    await region.press("A region")
    await region.press("Zhambyl region")
    city = bot.chat(503)
    await city.send("/subscribe city  SHU ")
    article = bot.chat(504)
    await article.send("/subscribe")
    await article.press("An article")
    await article.press("Art. 405")
    many = bot.chat(505)  # matched by every rule, alerted once per event
    await many.send("/subscribe all")
    await many.send("/subscribe region zhambyl")
    await many.send("/subscribe city Shu")
    await many.send("/subscribe article 405")
    elsewhere = bot.chat(506)
    await elsewhere.send("/subscribe region aktobe")
    await elsewhere.send("/subscribe article 174")
    await elsewhere.send(f"/subscribe case {other_id}")
    confirmation = elsewhere.last().text
    assert "Case #" in confirmation and "Other PERSON" in confirmation

    # Only public cases can be followed; the pending one is not admitted to exist.
    refused = await bot.chat(507).send(f"/subscribe case {case_id}")
    assert "no published case" in refused[0].text

    added = await approve(bot, case_id)
    assert added == 2 * 5  # verdict and appeal ruling, to subscribers 501..505
    assert await approve(bot, case_id) == 0  # idempotent: nothing twice

    await drain(bot)
    for chat_id in (501, 502, 503, 504, 505):
        received = alerts_to(bot, chat_id)
        assert len(received) == 2, chat_id
        verdict, appeal = received
        # Verdicts of 2021 published today are not news: they were added to the record.
        assert "Verdict added to the record" in verdict.text
        assert "New verdict" not in verdict.text
        assert "Appeal ruling added to the record" in appeal.text
        assert "Baghdat BAKTYBAYEV" in verdict.text
        assert "Shu, Zhambyl region" in verdict.text
        assert "Restriction of liberty: 2 years" in verdict.text
        assert "55,560 ₸" in verdict.text
        assert "February 4, 2021" in verdict.text
        assert "Sentence reduced" in appeal.text
        assert "Restriction of liberty: 1 year" in appeal.text
        assert verdict.buttons == [("📂 Open the case", f"case:{case_id}")]
    assert alerts_to(bot, 506) == []
    assert alerts_to(bot, 507) == []
    rows = await outbox(bot)
    assert {r.status for r in rows} == {OutboxStatus.SENT}

    # No Telegram id in clear: the outbox and rules hold users.id, the chat id is encrypted.
    async with bot.sessionmaker() as session:
        users = list(await session.scalars(select(User)))
        assert all(u.chat_enc is None or "501" not in u.chat_enc for u in users)
        assert not {r.user_id for r in rows} & {501, 502, 503, 504, 505}

    # The button opens the card of the case.
    shown = await everything.press("Open the case", alerts_to(bot, 501)[0])
    assert "Baghdat BAKTYBAYEV" in shown[-1].text and "Timeline" in shown[-1].text


async def test_seeded_report_approved_alerts_in_subscriber_language(bot: BotHarness) -> None:
    await report_baktybayev(bot.chat(333))
    async with bot.sessionmaker() as session:
        case_id = (await session.scalars(select(Case.id))).one()
    russian = bot.chat(601, language_code="ru")
    await russian.send("/subscribe all")
    assert await approve(bot, case_id) == 2
    await drain(bot)
    received = alerts_to(bot, 601)
    assert len(received) == 2
    # Dates are rendered in the subscriber's language, user text as entered and escaped.
    assert "2021" in received[0].text and "февраля" in received[0].text
    assert "BAKTYBAYEV" in received[0].text


async def test_rolled_back_approval_leaves_no_outbox_rows(bot: BotHarness) -> None:
    case_id = await make_case(bot)
    await bot.chat(501).send("/subscribe all")

    class ApprovalFailed(Exception):
        pass

    with pytest.raises(ApprovalFailed):
        async with bot.sessionmaker() as session, session.begin():
            case = await get_case(session, case_id)
            assert case is not None
            case.publication = Publication.APPROVED
            assert await enqueue_alerts(session, case.events[0]) == 1
            raise ApprovalFailed
    assert await outbox(bot) == []
    async with bot.sessionmaker() as session:
        case = await get_case(session, case_id)
        assert case is not None and case.publication is Publication.PENDING
        # A pending case queues nothing, even if asked.
        assert await enqueue_alerts(session, case.events[0]) == 0
    assert await worker(bot).deliver_due() == 0
    assert alerts_to(bot, 501) == []


async def test_429_obeys_retry_after_then_delivers_once(bot: BotHarness) -> None:
    case_id = await make_case(bot)
    await bot.chat(501).send("/subscribe all")
    await bot.chat(502).send("/subscribe all")
    await approve(bot, case_id)
    bot.api.fail_next(501, 429, retry_after=30)

    now = utcnow()
    assert await worker(bot).deliver_due(now=now) == 2
    assert alerts_to(bot, 501) == [] and len(alerts_to(bot, 502)) == 1
    [waiting] = [r for r in await outbox(bot) if r.status is OutboxStatus.PENDING]
    assert waiting.attempts == 0 and waiting.last_error == "429"
    # Not before retry_after has passed...
    assert await worker(bot).deliver_due(now=now + dt.timedelta(seconds=29)) == 0
    assert alerts_to(bot, 501) == []
    # ...then once.
    assert await worker(bot).deliver_due(now=now + dt.timedelta(seconds=31)) == 1
    assert await worker(bot).deliver_due(now=now + dt.timedelta(seconds=600)) == 0
    assert len(alerts_to(bot, 501)) == 1 and len(alerts_to(bot, 502)) == 1
    assert {r.status for r in await outbox(bot)} == {OutboxStatus.SENT}


async def test_403_deactivates_the_subscriber_without_retries(bot: BotHarness) -> None:
    first, second = await make_case(bot), await make_case(bot, name="Second PERSON")
    await bot.chat(501).send("/subscribe all")
    await bot.chat(502).send("/subscribe all")
    await approve(bot, first)
    bot.api.fail_next(501, 403)
    await drain(bot)
    assert len(alert_calls(bot, 501)) == 1  # the refused one, never retried
    async with bot.sessionmaker() as session:
        rules = list(await session.scalars(select(Subscription).order_by(Subscription.id)))
        assert [r.active for r in rules] == [False, True]
    [blocked] = [r for r in await outbox(bot) if r.status is OutboxStatus.FAILED]
    assert blocked.last_error is not None and blocked.last_error.startswith("403")

    # Later verdicts are not queued for them, even long after.
    assert await approve(bot, second) == 1
    await drain(bot, now=utcnow() + dt.timedelta(days=1))
    assert len(alert_calls(bot, 501)) == 1
    assert len(alerts_to(bot, 502)) == 2

    # Coming back and subscribing again resumes alerts.
    await bot.chat(501).send("/subscriptions")
    assert "paused" in bot.chat(501).last().text
    await bot.chat(501).send("/subscribe all")
    async with bot.sessionmaker() as session:
        assert all(r.active for r in await session.scalars(select(Subscription)))


async def test_delivery_loop_claims_ahead_and_skips_subscribers_blocked_meanwhile(
    database_url: str,
) -> None:
    """The loop claims the next batch while sending the current one; a subscriber who answered
    403 in one batch gets nothing from the batch claimed ahead, and nothing is left behind."""
    bot = BotHarness(
        make_settings(
            database_url,
            ALERTS_BATCH_SIZE="2",
            ALERTS_PER_CHAT_INTERVAL="0",
            ALERTS_POLL_INTERVAL="0.05",
        )
    )
    await bot.start()
    try:
        first, second = await make_case(bot), await make_case(bot, name="Second PERSON")
        for chat_id in (501, 502, 503):
            await bot.chat(chat_id).send("/subscribe all")
        # Outbox order 501, 502, 503 (first verdict), 501, 502, 503 (second): batches of two
        # put 501's second alert in the batch claimed while 501's first is refused.
        assert await approve(bot, first) == 3
        assert await approve(bot, second) == 3
        bot.api.fail_next(501, 403)
        worker(bot).start()
        for _ in range(200):
            statuses = {r.status for r in await outbox(bot)}
            if not statuses & {OutboxStatus.PENDING, OutboxStatus.SENDING}:
                break
            await asyncio.sleep(0.05)
        await worker(bot).stop()
        assert len(alert_calls(bot, 501)) == 1  # the refused one only
        assert len(alerts_to(bot, 502)) == 2 and len(alerts_to(bot, 503)) == 2
        rows = await outbox(bot)
        refused, later = [r.status for r in rows if r.user_id == rows[0].user_id]
        assert refused is OutboxStatus.FAILED
        # Skipped when claimed ahead, cancelled when claimed after the 403 was recorded.
        assert later in (OutboxStatus.FAILED, OutboxStatus.CANCELLED)
        assert {r.status for r in rows if r.user_id != rows[0].user_id} == {OutboxStatus.SENT}
    finally:
        await bot.stop()


async def test_network_errors_back_off_exponentially(bot: BotHarness) -> None:
    case_id = await make_case(bot)
    await bot.chat(501).send("/subscribe all")
    await approve(bot, case_id)
    bot.api.fail_next(501, 502, times=2)
    # A clock ahead of the real one: the worker backs off from max(now, its own clock), so on a
    # loaded machine the real clock moving on during the first delivery would lengthen the first
    # delay and make the ratio below depend on the load.
    now = utcnow() + dt.timedelta(minutes=1)
    await worker(bot).deliver_due(now=now)
    [row] = await outbox(bot)
    assert (row.status, row.attempts) == (OutboxStatus.PENDING, 1)
    first_delay = row.next_attempt_at.replace(tzinfo=dt.UTC) - now
    assert await worker(bot).deliver_due(now=now + first_delay - dt.timedelta(seconds=1)) == 0
    later = now + first_delay + dt.timedelta(seconds=1)
    await worker(bot).deliver_due(now=later)
    [row] = await outbox(bot)
    assert row.attempts == 2
    second_delay = row.next_attempt_at.replace(tzinfo=dt.UTC) - later
    assert second_delay > first_delay * 1.5
    await worker(bot).deliver_due(now=later + second_delay + dt.timedelta(seconds=1))
    assert len(alerts_to(bot, 501)) == 1
    assert (await outbox(bot))[0].status is OutboxStatus.SENT


async def test_unsubscribe_stops_delivery(bot: BotHarness) -> None:
    case_id = await make_case(bot)
    leaving, staying = bot.chat(501), bot.chat(502)
    await leaving.send("/subscribe all")
    await leaving.send("/subscribe region zhambyl")
    await staying.send("/subscribe all")
    await approve(bot, case_id)
    # Removing one of two rules keeps the alert; /unsubscribe removes everything.
    await leaving.send("/subscriptions")
    listing = leaving.last()
    assert "All new verdicts" in listing.text and "Region: Zhambyl region" in listing.text
    after = await leaving.press("Remove 2", listing)
    assert "Zhambyl" not in after[-1].text if after else "Zhambyl" not in leaving.last().text
    assert [r.status for r in await outbox(bot)] == [OutboxStatus.PENDING] * 2
    await leaving.send("/unsubscribe")
    assert "no more alerts" in leaving.last().text
    await drain(bot)
    assert alerts_to(bot, 501) == []
    assert len(alerts_to(bot, 502)) == 1
    statuses = Counter(r.status for r in await outbox(bot))
    assert statuses == {OutboxStatus.SENT: 1, OutboxStatus.CANCELLED: 1}
    # Another user's rule cannot be removed by guessing its id.
    async with bot.sessionmaker() as session:
        rule_id = (await session.scalars(select(Subscription.id))).one()
    await leaving.press_data(f"unsub:{rule_id}")
    async with bot.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(Subscription)) == 1


async def test_crash_mid_batch_resumes_without_loss_or_duplicates(database_url: str) -> None:
    bot = BotHarness(make_settings(database_url, ALERTS_CONCURRENCY="1"))
    await bot.start()
    try:
        case_id = await make_case(bot)
        chats = list(range(700, 712))
        for chat_id in chats:
            await bot.chat(chat_id).send("/subscribe all")
        assert await approve(bot, case_id) == len(chats)

        # The process dies after the 5th message left, before it was recorded as sent.
        delivery = asyncio.create_task(worker(bot).deliver_due())
        sent: list[int] = []

        def crash_after_five(message: SentMessage) -> None:
            sent.append(message.chat_id)
            if len(sent) == 5:
                delivery.cancel()

        bot.api.on_message = crash_after_five
        with pytest.raises(asyncio.CancelledError):
            await delivery
        bot.api.on_message = None
        statuses = Counter(r.status for r in await outbox(bot))
        assert statuses[OutboxStatus.SENT] == 4 and statuses[OutboxStatus.SENDING] == 8

        # A new Application on the same database: a live lease is respected, an expired one
        # is taken over, and everything is delivered.
        await bot.restart()
        assert await worker(bot).deliver_due() == 0
        lease = dt.timedelta(seconds=bot.settings.alerts_lease_seconds + 1)
        await drain(bot, now=utcnow() + lease)
        received = Counter(m.chat_id for m in bot.api.messages.values() if m.buttons)
        assert set(received) == set(chats)  # nothing lost
        duplicates = {chat: n for chat, n in received.items() if n > 1}
        assert duplicates == {sent[-1]: 2}  # only the message in flight at the crash
        assert {r.status for r in await outbox(bot)} == {OutboxStatus.SENT}
    finally:
        await bot.stop()


async def test_rows_claimed_by_a_dead_worker_are_resent_after_the_lease(bot: BotHarness) -> None:
    case_id = await make_case(bot)
    for chat_id in (501, 502, 503):
        await bot.chat(chat_id).send("/subscribe all")
    await approve(bot, case_id)
    claimed_at = utcnow()
    async with bot.sessionmaker() as session, session.begin():
        lease = dt.timedelta(seconds=bot.settings.alerts_lease_seconds)
        assert len(await queries.claim_due(session, claimed_at, 10, lease)) == 3
    await bot.restart()
    assert await worker(bot).deliver_due(now=claimed_at + dt.timedelta(seconds=5)) == 0
    await drain(bot, now=claimed_at + lease + dt.timedelta(seconds=1))
    for chat_id in (501, 502, 503):
        assert len(alerts_to(bot, chat_id)) == 1


async def test_per_chat_pacing(database_url: str) -> None:
    bot = BotHarness(make_settings(database_url, ALERTS_PER_CHAT_INTERVAL="0.3"))
    await bot.start()
    try:
        case_id = await make_case(bot, appeal=True)
        await bot.chat(501).send("/subscribe all")
        await approve(bot, case_id)
        times: list[float] = []
        loop = asyncio.get_running_loop()
        bot.api.on_message = lambda message: times.append(loop.time())
        await drain(bot)
        assert len(times) == 2 and times[1] - times[0] >= 0.29
    finally:
        await bot.stop()


async def test_reminders_for_tomorrows_hearing_and_a_ban_ending(bot: BotHarness) -> None:
    today = dt.date(2026, 3, 1)
    case_id = await make_case(bot, approved=True)
    async with bot.sessionmaker() as session, session.begin():
        case = await get_case(session, case_id)
        assert case is not None
        case.events.append(
            Event(
                kind=EventKind.APPEAL_RULING,
                event_date=today + dt.timedelta(days=1),
                scheduled=True,
                court="Zhambyl regional court",
            )
        )
        # A ban of 60 months from a verdict five years ago ends today.
        case.events[0].event_date = dt.date(2021, 3, 1)
    follower, other = bot.chat(501), bot.chat(502)
    await follower.send(f"/subscribe case {case_id}")
    await other.send("/subscribe all")  # reminders are for followers of the case only

    async with bot.sessionmaker() as session, session.begin():
        assert await enqueue_reminders(session, today) == 2
    async with bot.sessionmaker() as session, session.begin():
        assert await enqueue_reminders(session, today) == 0  # idempotent
    await drain(bot)
    hearing, ban = alerts_to(bot, 501)
    assert "Appeal ruling tomorrow" in hearing.text and "March 2, 2026" in hearing.text
    assert "Zhambyl regional court" in hearing.text
    assert "A term ends today" in ban.text
    assert "Ban on using social networks: 5 years" in ban.text
    assert "Restriction of liberty" not in ban.text  # that one ended three years ago
    assert alerts_to(bot, 502) == []
    kinds = [r.kind for r in await outbox(bot)]
    assert kinds == [AlertKind.HEARING_TOMORROW, AlertKind.TERM_ENDS]


async def test_follow_button_of_a_case_card(bot: BotHarness) -> None:
    case_id = await make_case(bot, approved=True)
    button = follow_button(case_id)
    assert button.callback_data == f"follow:{case_id}"
    chat = bot.chat(501)
    await chat.send("/start")  # the card would be a message of the bot in this chat
    answer = await chat.press_data(str(button.callback_data))
    assert "Case #" in answer[-1].text and "BAKTYBAYEV" in answer[-1].text
    await chat.send("/subscriptions")
    assert f"Case #{case_id}" in chat.last().text
    # A case that is not public cannot be followed.
    hidden = await make_case(bot)
    answer = await chat.press_data(f"follow:{hidden}")
    assert "not published" in answer[-1].text
    async with bot.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(Subscription)) == 1


async def test_subscribe_rejects_bad_input(bot: BotHarness) -> None:
    chat = bot.chat(501)
    reply = await chat.send("/subscribe region Atlantis")
    assert "do not know that region" in reply[0].text and reply[0].buttons
    reply = await chat.send("/subscribe article <b>")
    assert "article number" in reply[0].text
    reply = await chat.send("/subscribe city " + "x" * 300)
    assert "/subscribe city Taraz" in reply[0].text
    reply = await chat.send("/subscribe city <Taraz & Co>")
    assert "Taraz" in reply[0].text  # escaped, accepted
    async with bot.sessionmaker() as session:
        values: Any = list(await session.scalars(select(Subscription.value)))
    assert values == ["<taraz & co>"]
