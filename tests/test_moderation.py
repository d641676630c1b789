"""Moderation through the real Application: roles, the queue, decisions, questions, merges."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select
from telegram import MessageOriginHiddenUser, MessageOriginUser, Update
from telegram import User as TgUser

from bot.handlers.report.questions import QUESTION_TO_SUBMITTER, REJECT_REASON
from bot.infra.offline import SentMessage, UpdateFactory
from db.cases import get_case
from db.models import (
    AuditEntry,
    Case,
    EventKind,
    Publication,
    PublishedEvent,
    Role,
    Submission,
    SubmissionStatus,
    User,
)
from tests.conftest import ADMIN_ID, BotHarness, ChatDriver, make_settings
from tests.seeds import report_baktybayev, report_sabanshiyev, report_zhaubatyrov

GROUP = -100123
MODERATOR_ID = 9000002
SUBMITTER_ID = 4242
OUTSIDER_ID = 5151
# What would identify each side: ids, usernames and names as the UpdateFactory sets them.
SUBMITTER = {"id": SUBMITTER_ID, "first_name": "Dana", "username": "dana_family"}
ADMIN = {"first_name": "Aigerim", "username": "aigerim_kz"}


@pytest.fixture
async def group_bot(database_url: str) -> AsyncIterator[BotHarness]:
    """The bot with a moderation group (MODERATION_CHAT_ID) whose cards are in English."""
    harness = BotHarness(
        make_settings(database_url, MODERATION_CHAT_ID=str(GROUP), MODERATION_LANGUAGE="en")
    )
    await harness.start()
    try:
        yield harness
    finally:
        await harness.stop()


class GroupMember:
    """A Telegram user acting in the moderation group."""

    def __init__(self, harness: BotHarness, user_id: int, **user: Any) -> None:
        self.harness = harness
        self.factory = UpdateFactory(user_id, chat_id=GROUP, **user)

    async def process(self, update: Update) -> None:
        bot = self.harness.app.bot
        await self.harness.app.process_update(Update.de_json(update.to_dict(), bot))

    async def press(self, label: str, message: SentMessage, **kwargs: Any) -> None:
        data = next(d for t, d in message.buttons if label in t)
        await self.process(self.factory.press(data, message, **kwargs))

    async def send(self, text: str) -> None:
        await self.process(self.factory.text(text))


def submitter(bot: BotHarness) -> ChatDriver:
    return bot.chat(SUBMITTER_ID, first_name="Dana", username="dana_family")


def cards(bot: BotHarness, chat_id: int) -> list[SentMessage]:
    """Moderation cards (messages with an Approve button) in a chat, oldest first."""
    found = [
        m
        for m in bot.api.messages.values()
        if m.chat_id == chat_id and any(d.startswith("mod:ap:") for _t, d in m.buttons)
    ]
    return sorted(found, key=lambda m: m.message_id)


def answers(bot: BotHarness) -> list[str]:
    return [p.get("text") or "" for p in bot.api.sent("answerCallbackQuery")]


def texts_to(bot: BotHarness, chat_id: int) -> list[str]:
    return [m.text for m in bot.api.messages.values() if m.chat_id == chat_id]


def assert_no_identity(texts: list[str], *identities: dict[str, Any]) -> None:
    for text in texts:
        for identity in identities:
            for value in identity.values():
                assert str(value) not in text, f"{value!r} leaked in {text!r}"


async def only_submission(bot: BotHarness) -> Submission:
    async with bot.sessionmaker() as session:
        return (await session.scalars(select(Submission).order_by(Submission.id))).all()[-1]


async def audit_actions(bot: BotHarness) -> list[AuditEntry]:
    async with bot.sessionmaker() as session:
        return list(await session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


async def user_by_tg(bot: BotHarness, telegram_id: int) -> User | None:
    from bot.infra.context import resources

    async with bot.sessionmaker() as session:
        return await session.scalar(
            select(User).where(User.tg_hash == resources(bot.app).user_hash(telegram_id))
        )


async def test_approve_publishes_once_and_tells_submitter_only_the_decision(
    bot: BotHarness,
) -> None:
    await report_sabanshiyev(submitter(bot))
    submission = await only_submission(bot)
    [card] = cards(bot, ADMIN_ID)
    assert "New report waiting for review" in card.text
    assert_no_identity([card.text], SUBMITTER)

    admin = bot.chat(ADMIN_ID)
    await admin.press("Approve", card)
    async with bot.sessionmaker() as session:
        case = await get_case(session, submission.case_id)
        assert case is not None
        assert case.publication is Publication.APPROVED and case.approved_at is not None
        fresh = await session.get(Submission, submission.id)
        assert fresh is not None and fresh.status is SubmissionStatus.APPROVED
        [published] = (await session.scalars(select(PublishedEvent))).all()
        assert published.event_id == case.events[0].id
        assert case.events[0].kind is EventKind.VERDICT
    notice = submitter(bot).last().text
    assert "is now published as case #" in notice and submission.reference in notice
    assert "Moderator" not in notice
    assert_no_identity(texts_to(bot, SUBMITTER_ID), {"id": ADMIN_ID, **ADMIN})
    assert "Approved by Moderator #" in bot.api.messages[(ADMIN_ID, card.message_id)].text

    # The stale card pressed again: nothing happens twice, and it says who decided.
    await admin.press_data(f"mod:ap:{submission.id}", card)
    assert answers(bot)[-1].startswith("Already approved by Moderator #")
    async with bot.sessionmaker() as session:
        assert await session.scalar(select(func.count(PublishedEvent.id))) == 1
    assert [a.action for a in await audit_actions(bot)] == ["approve"]


async def test_non_moderators_cannot_act_in_any_way(group_bot: BotHarness) -> None:
    bot = group_bot
    await report_sabanshiyev(submitter(bot))
    submission = await only_submission(bot)
    [card] = cards(bot, GROUP)

    # A forged callback sent by a normal user in their own chat.
    outsider = bot.chat(OUTSIDER_ID)
    for data in (
        f"mod:ap:{submission.id}",
        f"mod:rc:{submission.id}:unverified",
        f"mod:dc:{submission.id}:1",
        f"mod:role:add:{OUTSIDER_ID}",
        "mod:ap:1;DROP",
    ):
        await outsider.press_data(data, card)
        assert answers(bot)[-1] == "Only moderators can do this."
    # A button pressed in the moderation group by someone who is not a moderator.
    member = GroupMember(bot, OUTSIDER_ID, first_name="Stranger", username="stranger")
    await member.press("Approve", card)
    assert answers(bot)[-1] == "Only moderators can do this."
    # The admin pressing a forwarded copy of the card.
    admin_in_group = GroupMember(bot, ADMIN_ID)
    origin = MessageOriginUser(dt.datetime.now(dt.UTC), TgUser(77, "Someone", False))
    await admin_in_group.press("Approve", card, forward_origin=origin)
    assert answers(bot)[-1] == "Only moderators can do this."

    async with bot.sessionmaker() as session:
        fresh = await session.get(Submission, submission.id)
        assert fresh is not None and fresh.status is SubmissionStatus.PENDING
        case = await session.get(Case, submission.case_id)
        assert case is not None and case.publication is Publication.PENDING
        assert await session.scalar(select(func.count(PublishedEvent.id))) == 0
        outsider_user = await session.scalar(
            select(User).where(User.role != Role.USER, User.role != Role.ADMIN)
        )
        assert outsider_user is None
    assert await audit_actions(bot) == []

    # The admin, in the group, on the original card: approved.
    await admin_in_group.press("Approve", card)
    async with bot.sessionmaker() as session:
        case = await session.get(Case, submission.case_id)
        assert case is not None and case.publication is Publication.APPROVED


async def test_concurrent_approvals_yield_exactly_one(group_bot: BotHarness) -> None:
    bot = group_bot
    await bot.chat(ADMIN_ID).send(f"/moderators add {MODERATOR_ID}")
    await report_baktybayev(submitter(bot))
    submission = await only_submission(bot)
    [card] = cards(bot, GROUP)
    data = f"mod:ap:{submission.id}"
    first = UpdateFactory(ADMIN_ID, chat_id=GROUP).press(data, card)
    second = UpdateFactory(MODERATOR_ID, chat_id=GROUP, first_name="Marat").press(data, card)
    app = bot.app
    await asyncio.gather(
        app.process_update(Update.de_json(first.to_dict(), app.bot)),
        app.process_update(Update.de_json(second.to_dict(), app.bot)),
    )
    approvals = [a for a in await audit_actions(bot) if a.action == "approve"]
    assert len(approvals) == 1
    async with bot.sessionmaker() as session:
        # Verdict and appeal ruling published once each.
        assert await session.scalar(select(func.count(PublishedEvent.id))) == 2
    last_two = answers(bot)[-2:]
    assert "Approved." in last_two
    [loser] = [a for a in last_two if a != "Approved."]
    assert loser == f"Already approved by Moderator #{approvals[0].actor_id}."
    published = [t for t in texts_to(bot, SUBMITTER_ID) if "now published" in t]
    assert len(published) == 1


async def test_question_answer_and_rejection_without_revealing_anyone(bot: BotHarness) -> None:
    await report_zhaubatyrov(submitter(bot))
    submission = await only_submission(bot)
    admin = bot.chat(ADMIN_ID)
    [card] = cards(bot, ADMIN_ID)

    await admin.press("Ask the submitter", card)
    await admin.send("Which court issued the verdict?")
    relayed = submitter(bot).last()
    assert "Which court issued the verdict?" in relayed.text
    assert submission.reference in relayed.text
    async with bot.sessionmaker() as session:
        fresh = await session.get(Submission, submission.id)
        assert fresh is not None and fresh.status is SubmissionStatus.CHANGES_REQUESTED

    # Round 1: the Reply button.
    me = submitter(bot)
    await me.press("Reply", relayed)
    await me.send("Aktobe city court <b>No. 2</b>")
    answer_card = cards(bot, ADMIN_ID)[-1]
    assert "The submitter answered" in answer_card.text
    assert "Aktobe city court &lt;b&gt;No. 2&lt;/b&gt;" in answer_card.text

    # Round 2: a plain reply to the relayed question.
    await admin.press("Ask the submitter", answer_card)
    await admin.send("Who was the prosecutor?")
    relayed2 = submitter(bot).last()
    await me._process(me.factory.text("ABDENOVA Saule", reply_to=relayed2))
    assert "ABDENOVA Saule" in cards(bot, ADMIN_ID)[-1].text

    # Reject with a typed reason, confirmed by a second tap.
    card = cards(bot, ADMIN_ID)[-1]
    await admin.press("Reject", card)
    await admin.press("Type a reason", bot.api.messages[(ADMIN_ID, card.message_id)])
    await admin.send("Could not confirm with the family")
    await admin.press("Confirm rejection")
    async with bot.sessionmaker() as session:
        fresh = await session.get(Submission, submission.id)
        assert fresh is not None and fresh.status is SubmissionStatus.REJECTED
        assert fresh.decision_reason == "Could not confirm with the family"
        case = await session.get(Case, submission.case_id)
        assert case is not None and case.publication is Publication.REJECTED
    assert "Reason: Could not confirm with the family" in submitter(bot).last().text

    # Neither side learnt who the other is.
    assert_no_identity(texts_to(bot, SUBMITTER_ID), {"id": ADMIN_ID, **ADMIN})
    assert all("Moderator #" not in t for t in texts_to(bot, SUBMITTER_ID))
    assert_no_identity(texts_to(bot, ADMIN_ID), SUBMITTER)
    actions = [a.action for a in await audit_actions(bot)]
    assert actions == ["question", "answer", "question", "answer", "reject"]


async def test_reject_needs_a_second_tap(bot: BotHarness) -> None:
    await report_sabanshiyev(submitter(bot))
    submission = await only_submission(bot)
    admin = bot.chat(ADMIN_ID)
    [card] = cards(bot, ADMIN_ID)
    await admin.press("Reject", card)
    await admin.press("Not enough information")
    async with bot.sessionmaker() as session:
        fresh = await session.get(Submission, submission.id)
        assert fresh is not None and fresh.status is SubmissionStatus.PENDING
    await admin.press("Confirm rejection")
    async with bot.sessionmaker() as session:
        fresh = await session.get(Submission, submission.id)
        assert fresh is not None and fresh.status is SubmissionStatus.REJECTED
    assert "Reason: Not enough information" in submitter(bot).last().text


async def test_edit_is_locked_audited_and_merge_keeps_every_fact(bot: BotHarness) -> None:
    admin = bot.chat(ADMIN_ID)
    await admin.send(f"/moderators add {MODERATOR_ID}")
    moderator = bot.chat(MODERATOR_ID, first_name="Marat", username="marat")
    await report_sabanshiyev(submitter(bot))
    first = await only_submission(bot)
    await admin.press("Approve", cards(bot, ADMIN_ID)[-1])

    await report_sabanshiyev(bot.chat(SUBMITTER_ID + 1))
    second = await only_submission(bot)
    card = cards(bot, ADMIN_ID)[-1]
    assert "Possibly the same person" in card.text and f"#{first.case_id} " in card.text

    # The admin edits the name; meanwhile the moderator's attempt is refused.
    await admin.press("Edit", card)
    await admin.press("Name")
    mod_card = cards(bot, MODERATOR_ID)[-1]
    await moderator.press("Edit", mod_card)
    assert answers(bot)[-1].startswith("Being edited by Moderator #")
    await admin.send("Сабаншиев Еркин")
    for label, value in (
        ("Sources", "https://example.org/sabanshiyev"),
        ("Accused of", "05.01.2021 a post about political prisoners"),
        ("Judge", "OTHER Judge"),
        ("Court", "Talgar district court"),
    ):
        await admin.press("Edit", cards(bot, ADMIN_ID)[-1])
        await admin.press(label)
        await admin.send(value)
    edits = [a for a in await audit_actions(bot) if a.action == "edit"]
    assert [e.details["field"] for e in edits] == ["name", "sources", "acts", "judge", "court"]
    assert edits[0].details["before"] == "SABANSHIYEV Yerkyn"
    assert edits[0].details["after"] == "Сабаншиев Еркин"
    assert edits[3].details == {
        "field": "judge",
        "before": "KELEMSEITOV Yerkebulan",
        "after": "OTHER Judge",
    }
    assert all(e.actor_id is not None for e in edits)

    # Duplicate of… the first case: every new fact joins it; the conflicting judge is kept.
    await admin.press("Duplicate of", cards(bot, ADMIN_ID)[-1])
    await admin.press(f"#{first.case_id} ")
    await admin.press("Confirm: merge")
    async with bot.sessionmaker() as session:
        target = await get_case(session, first.case_id)
        source = await session.get(Case, second.case_id)
        assert target is not None and source is not None
        assert source.publication is Publication.MERGED
        assert source.merged_into_id == target.id
        assert "Сабаншиев Еркин" in [a.spelling for a in target.person.aliases]
        assert [s.url for s in target.sources] == ["https://example.org/sabanshiyev"]
        assert [a.description for a in target.acts] == ["a post about political prisoners"]
        assert target.court == "Talgar district court"
        assert target.judge == "KELEMSEITOV Yerkebulan"
        assert len(target.events) == 1  # the very same verdict is not repeated
    merge = [a for a in await audit_actions(bot) if a.action == "merge"][-1]
    assert merge.details["conflicts"] == [
        {
            "field": "judge",
            "event": None,
            "kept": "KELEMSEITOV Yerkebulan",
            "reported": "OTHER Judge",
            "chosen": "kept",
        }
    ]
    assert "added to case #" in bot.chat(SUBMITTER_ID + 1).last().text

    # /history shows it all to moderators.
    await moderator.send(f"/history {first.case_id}")
    history = moderator.last().text
    assert "merged" in history and "approved" in history
    await moderator.send(f"/history {second.case_id}")
    assert "judge: KELEMSEITOV Yerkebulan → OTHER Judge" in moderator.last().text


async def test_moderators_added_and_removed_by_admin_only_and_audited(bot: BotHarness) -> None:
    admin = bot.chat(ADMIN_ID)
    await admin.send(f"/moderators add {MODERATOR_ID}")
    user = await user_by_tg(bot, MODERATOR_ID)
    assert user is not None and user.role is Role.MODERATOR
    assert "is now a moderator" in admin.last().text
    assert str(MODERATOR_ID) not in admin.last().text

    # By a forwarded message; a hidden origin is explained.
    origin = MessageOriginUser(dt.datetime.now(dt.UTC), TgUser(6666, "Ruslan", False))
    await admin.send_message(text="hello", forward_origin=origin)
    await admin.press("Make moderator")
    ruslan = await user_by_tg(bot, 6666)
    assert ruslan is not None and ruslan.role is Role.MODERATOR
    hidden = MessageOriginHiddenUser(dt.datetime.now(dt.UTC), "Hidden Person")
    await admin.send_message(text="hi", forward_origin=hidden)
    assert "hides their account" in admin.last().text

    # A moderator cannot change roles; a normal user cannot either.
    moderator = bot.chat(MODERATOR_ID)
    await moderator.send("/moderators add 7777")
    assert moderator.last().text == "This command is for administrators."
    assert await user_by_tg(bot, 7777) is None

    await admin.send(f"/moderators remove {MODERATOR_ID}")
    user = await user_by_tg(bot, MODERATOR_ID)
    assert user is not None and user.role is Role.USER
    roles = [a for a in await audit_actions(bot) if a.action == "role"]
    assert [(r.details["before"], r.details["after"]) for r in roles] == [
        ("user", "moderator"),
        ("user", "moderator"),
        ("moderator", "user"),
    ]
    assert all(str(MODERATOR_ID) not in str(r.details) for r in roles)
    await moderator.send("/queue")
    assert moderator.last().text == "This command is for moderators."


async def test_queue_pages_oldest_first(bot: BotHarness) -> None:
    for n in range(6):
        await report_sabanshiyev(bot.chat(7000 + n))
    async with bot.sessionmaker() as session:
        references = list(
            await session.scalars(select(Submission.reference).order_by(Submission.id))
        )
    admin = bot.chat(ADMIN_ID)
    await admin.send("/queue")
    page = admin.last()
    assert "Waiting for review: 6" in page.text and "page 1 of 2" in page.text
    assert [r for r in references if r in page.text] == references[:5]
    assert page.text.index(references[0]) < page.text.index(references[4])
    await admin.press("Newer", page)
    page = bot.api.messages[(ADMIN_ID, page.message_id)]
    assert "page 2 of 2" in page.text
    assert [r for r in references if r in page.text] == references[5:]
    await admin.press("Older", page)
    assert references[0] in bot.api.messages[(ADMIN_ID, page.message_id)].text
    await admin.press(f"Open {references[0]}", bot.api.messages[(ADMIN_ID, page.message_id)])
    assert references[0] in admin.last().text and admin.last().buttons


async def test_unapproved_data_never_reaches_a_non_moderator(bot: BotHarness) -> None:
    await report_zhaubatyrov(submitter(bot))
    submission = await only_submission(bot)
    outsider = bot.chat(OUTSIDER_ID)
    await outsider.send(f"/update {submission.case_id}")
    await outsider.send(f"/update {submission.reference}")
    await outsider.send("/queue")
    await outsider.send(f"/history {submission.case_id}")
    await outsider.send(f"/event {submission.case_id}")
    await outsider.press_data(f"mod:sh:{submission.id}", cards(bot, ADMIN_ID)[0])
    for text in texts_to(bot, OUTSIDER_ID):
        assert "ZHAUBATYROV" not in text.upper() and "Aktobe" not in text
        assert submission.reference not in text


async def test_moderator_event_and_submitter_update_go_public_through_one_point(
    bot: BotHarness,
) -> None:
    await report_sabanshiyev(submitter(bot))
    submission = await only_submission(bot)
    admin = bot.chat(ADMIN_ID)
    await admin.press("Approve", cards(bot, ADMIN_ID)[-1])
    case_id = submission.case_id

    # A moderator adds the appeal ruling with its sentence.
    await admin.send(f"/event {case_id}")
    await admin.press("Appeal ruling")
    await admin.send("01.06.2021")
    await admin.press("Sentence upheld")
    await admin.press("Restriction of liberty")
    await admin.send("1 year")
    await admin.press("Court fees")
    await admin.send("840")
    assert "Court fees: 840 ₸" in admin.last().text
    await admin.press("Done")
    await admin.send("Almaty regional court")
    assert "Added to case #" in admin.last().text

    # The submitter proposes a release; it is public only after approval.
    me = submitter(bot)
    await me.send(f"/update {case_id}")
    await me.press("Release")
    await me.send("01.07.2022")
    await me.send("/skip")
    assert "sent to the moderators" in me.last().text
    update_card = cards(bot, ADMIN_ID)[-1]
    assert f"Proposed update to case #{case_id}" in update_card.text
    async with bot.sessionmaker() as session:
        case = await get_case(session, case_id)
        assert case is not None
        assert [e.kind for e in case.events] == [EventKind.VERDICT, EventKind.APPEAL_RULING]
    await admin.press("Approve", update_card)
    async with bot.sessionmaker() as session:
        case = await get_case(session, case_id)
        assert case is not None
        kinds = [e.kind for e in case.events]
        assert kinds == [EventKind.VERDICT, EventKind.APPEAL_RULING, EventKind.RELEASE]
        ruling = case.events[1]
        assert [(p.kind.value, p.term_months, p.amount, p.currency) for p in ruling.sentence] == [
            ("restriction_of_liberty", 12, None, None),
            ("court_fees", None, Decimal("840"), "KZT"),
        ]
        published = set(await session.scalars(select(PublishedEvent.event_id)))
        assert published == {case.events[0].id, ruling.id}
    actions = [a.action for a in await audit_actions(bot)]
    assert actions == ["approve", "event", "update_proposed", "approve"]


async def test_answers_to_moderators_are_flood_limited(database_url: str) -> None:
    harness = BotHarness(make_settings(database_url, MAX_RELAYED_MESSAGES_PER_DAY="1"))
    await harness.start()
    try:
        await report_zhaubatyrov(submitter(harness))
        admin = harness.chat(ADMIN_ID)
        me = submitter(harness)
        for round_number, question in enumerate(("Which court?", "Which prosecutor?")):
            await admin.press("Ask the submitter", cards(harness, ADMIN_ID)[-1])
            await admin.send(question)
            relayed = me.last()
            [reply] = await me._process(me.factory.text(f"answer {round_number}", reply_to=relayed))
            if round_number == 0:
                assert "answer 0" in cards(harness, ADMIN_ID)[-1].text
        assert "most we can pass on in 24 hours" in reply.text
        assert all(
            "answer 1" not in m.text for m in harness.api.messages.values() if m.chat_id == ADMIN_ID
        )
        actions = [a.action for a in await audit_actions(harness)]
        assert actions == ["question", "answer", "question"]
    finally:
        await harness.stop()


async def test_reasons_and_questions_are_read_by_one_reason_question(bot: BotHarness) -> None:
    """A reject reason and a question to the submitter: control characters stripped, a text
    longer than its limit refused (asked again), nothing decided or relayed until it fits."""
    await report_zhaubatyrov(submitter(bot))
    submission = await only_submission(bot)
    admin = bot.chat(ADMIN_ID)
    [card] = cards(bot, ADMIN_ID)

    await admin.press("Ask the submitter", card)
    assert admin.last().text.startswith(QUESTION_TO_SUBMITTER.prompt().text)
    await admin.send("x" * (QUESTION_TO_SUBMITTER.limit + 1))
    assert admin.last().text.startswith("That is too long")
    assert not [a for a in await audit_actions(bot) if a.action == "question"]
    await admin.send("Which\x07 court?")
    assert "Which court?" in submitter(bot).last().text

    card = cards(bot, ADMIN_ID)[-1]
    await admin.press("Reject", card)
    await admin.press("Type a reason", bot.api.messages[(ADMIN_ID, card.message_id)])
    assert admin.last().text.startswith(REJECT_REASON.prompt().text)
    await admin.send("y" * (REJECT_REASON.limit + 1))
    assert admin.last().text.startswith("That is too long")
    await admin.send("Not\x1b confirmed")
    await admin.press("Confirm rejection")
    async with bot.sessionmaker() as session:
        fresh = await session.get(Submission, submission.id)
        assert fresh is not None and fresh.status is SubmissionStatus.REJECTED
        assert fresh.decision_reason == "Not confirmed"
