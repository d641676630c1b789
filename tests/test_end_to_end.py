"""The whole path: a report, a moderator's approval, and the subscriber's alert."""

from __future__ import annotations

from sqlalchemy import func, select

from bot.handlers.alerts import alert_worker
from db.models import AlertKind, AlertOutbox, OutboxStatus
from tests.conftest import ADMIN_ID, BotHarness
from tests.seeds import report_baktybayev

ALERTS = AlertOutbox.kind != AlertKind.NOTICE

SUBSCRIBER_ID = 880001


async def test_report_approve_alert(bot: BotHarness) -> None:
    subscriber = bot.chat(SUBSCRIBER_ID, language_code="en")
    await subscriber.send("/subscribe")
    await subscriber.press("A region")
    await subscriber.press("Zhambyl")

    reporter = bot.chat(880002)
    await report_baktybayev(reporter)
    card = next(
        m
        for m in sorted(bot.api.messages.values(), key=lambda m: m.message_id)
        if m.chat_id == ADMIN_ID and "New report" in m.text
    )
    # No alert is queued before approval; the reporter's confirmation went through the outbox.
    async with bot.sessionmaker() as session:
        assert await session.scalar(select(func.count(AlertOutbox.id)).where(ALERTS)) == 0
        notice = await session.scalar(select(AlertOutbox).where(~ALERTS))
        assert notice is not None and notice.status is OutboxStatus.SENT
        assert notice.payload is None and notice.chat_enc is None  # wiped once sent
    await bot.chat(ADMIN_ID).press("Approve", card)

    # The approval queued one alert per published event (verdict and appeal ruling), and the
    # worker delivers them to the subscriber.
    async with bot.sessionmaker() as session:
        assert await session.scalar(select(func.count(AlertOutbox.id)).where(ALERTS)) == 2
    worker = alert_worker(bot.app)
    while await worker.deliver_due():
        pass
    alerts = [
        m
        for m in bot.api.messages.values()
        if m.chat_id == SUBSCRIBER_ID and "BAKTYBAYEV" in m.text
    ]
    assert len(alerts) == 2
    assert any("Open the case" in label for m in alerts for label, _d in m.buttons)
    async with bot.sessionmaker() as session:
        statuses = (await session.scalars(select(AlertOutbox.status))).all()
        assert set(statuses) == {OutboxStatus.SENT}


async def test_only_approved_reports_are_found_and_followed(bot: BotHarness) -> None:
    reporter = bot.chat(880003)
    await report_baktybayev(reporter)
    visitor = bot.chat(880004)
    [answer] = await visitor.send("/search Бақтыбаев")
    assert "BAKTYBAYEV" not in answer.text  # pending: invisible
    card = next(
        m for m in bot.api.messages.values() if m.chat_id == ADMIN_ID and "New report" in m.text
    )
    await bot.chat(ADMIN_ID).press("Approve", card)
    [answer] = await visitor.send("/search Бақтыбаев")
    assert "BAKTYBAYEV" in answer.text
    [case_card] = await visitor.press("BAKTYBAYEV", answer)
    assert "Sentence reduced" in case_card.text
    assert "Restriction of liberty: 1 year" in case_card.text  # the appeal's sentence
    assert "Restriction of liberty: 2 years" in case_card.text  # and the verdict's, both kept
    await visitor.press("Follow this case", case_card)
    [listing] = await visitor.send("/subscriptions")
    assert "BAKTYBAYEV" in listing.text


async def test_hostile_text_is_escaped_in_every_public_rendering(bot: BotHarness) -> None:
    """A name and a court with HTML in them pass through review, moderation card, approval,
    search results, the case card, inline results and alerts: the offline API refuses any
    message whose HTML Telegram would refuse, so one unescaped path fails this test."""
    from tests.test_search import inline

    hostile = "Evil <b>Ali</b> & Co"
    subscriber = bot.chat(880010)
    await subscriber.send("/subscribe")
    await subscriber.press("All new verdicts")
    reporter = bot.chat(880011)
    await reporter.send("/report")
    await reporter.press("Sentenced")
    await reporter.send(hostile)
    await reporter.send("<i>alias</i>")
    await reporter.press("Skip")  # region
    await reporter.send("<script>activist</script>")
    await reporter.send("405 part 2 <u>")
    await reporter.press("Skip")  # detention
    await reporter.send("Court <a href='x'>of</a> Aktobe")
    await reporter.send("Judge &amp; <b>")
    for _ in range(3):
        await reporter.press("Skip")  # prosecutor, trial, verdict date
    await reporter.press("Fine")
    await reporter.send("1000")
    await reporter.press("Done")
    await reporter.press("Skip")  # appeal
    await reporter.send("01.05.2019 <b>protest</b> & <tg-spoiler>")
    await reporter.send("https://example.org/<x>")
    await reporter.press("Done")
    await reporter.press("Submit")
    card = next(
        m for m in bot.api.messages.values() if m.chat_id == ADMIN_ID and "New report" in m.text
    )
    assert "Evil &lt;b&gt;Ali&lt;/b&gt; &amp; Co" in card.text
    await bot.chat(ADMIN_ID).press("Approve", card)
    while await alert_worker(bot.app).deliver_due():
        pass
    assert any(
        "Evil &lt;b&gt;Ali" in m.text for m in bot.api.messages.values() if m.chat_id == 880010
    )
    visitor = bot.chat(880012)
    [results] = await visitor.send("/search Evil Ali")
    [case_card] = await visitor.press("Evil", results)
    assert "Court &lt;a href='x'&gt;of&lt;/a&gt; Aktobe" in case_card.text
    for label, _data in case_card.buttons:
        if label.startswith("Judge"):
            await visitor.press(label, case_card)
    params = await inline(bot, visitor, "Evil")
    assert "Evil" in str(params["results"])
