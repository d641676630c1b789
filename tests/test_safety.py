"""Reporter safety: privacy notice, anonymous reports, erasing the chat, /mydata, /forget,
flood control, pseudonyms and key rotation, through the real Application on both databases."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import MetaData, func, select
from telegram import PhotoSize

from bot.app import OFFLINE_TOKEN, build_application
from bot.cli import main as cli
from bot.handlers.safety import reporter_pseudonym
from bot.infra.context import resources
from bot.infra.crypto import IdentityVault, InvalidToken
from bot.infra.offline import BOT_USERNAME
from db import safety as store
from db.models import (
    Case,
    ConversationState,
    Draft,
    ErasableChat,
    FloodCounter,
    Publication,
    Submission,
    SubmissionStatus,
    User,
    utcnow,
)
from db.users import get_user
from tests.conftest import ADMIN_ID, SECRET, BotHarness, ChatDriver, make_settings
from tests.seeds import report_zhaubatyrov

NEW_SECRET = "a-completely-new-secret-key-0123456789-abcdef"


async def reach_review(chat: ChatDriver, name: str, *, photo: bool = False) -> None:
    """A short report (an arrest), every optional question skipped, up to the review."""
    await chat.send("/report")
    await chat.press("Detained or arrested")
    await chat.send(name)
    for _ in range(40):
        if "Please check your report" in chat.last().text:
            return
        labels = [label for label, _data in chat.last().buttons]
        if photo and "Done" in labels:
            await chat.send_message(photo=[PhotoSize("ph-1", "ph-u-1", 800, 600)])
            photo = False
        await chat.press("Skip" if any("Skip" in x for x in labels) else "Done")
    raise AssertionError("the review was never reached")


async def quick_report(chat: ChatDriver, name: str, *, anonymous: bool = False) -> None:
    await reach_review(chat, name)
    if anonymous:
        await chat.press("Send anonymously")
    await chat.press("Submit")


async def user_row(bot: BotHarness, telegram_id: int) -> User | None:
    async with bot.sessionmaker() as session:
        return await get_user(session, resources(bot.app).user_hash(telegram_id))


async def count(bot: BotHarness, model: type) -> int:
    async with bot.sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def database_dump(bot: BotHarness) -> str:
    """Every value of every column of every table, as text (what a stolen copy shows)."""
    async with bot.sessionmaker() as session:
        connection = await session.connection()
        metadata = MetaData()
        await connection.run_sync(metadata.reflect)
        dump: list[str] = []
        for table in metadata.sorted_tables:
            for row in (await session.execute(select(table))).all():
                dump.extend(str(value) for value in row)
    return "\n".join(dump)


def moderator_notices(bot: BotHarness) -> list[str]:
    return [m.text for m in bot.api.messages.values() if m.chat_id == ADMIN_ID]


# --- privacy notice --------------------------------------------------------------------------


async def test_privacy_notice_shown_once_before_the_first_report(bot: BotHarness) -> None:
    chat = bot.chat(810001, accept_privacy=False)
    [notice] = await chat.send("/report")
    assert f"@{BOT_USERNAME}" in notice.text and "Impostor" in notice.text
    assert "Telegram itself can see" in notice.text and "What is stored" in notice.text
    assert "Who can see it" in notice.text
    assert await count(bot, Draft) == 0  # the report waits for the acknowledgement
    assert (await user_row(bot, 810001)).privacy_ack_at is None  # type: ignore[union-attr]

    [question] = await chat.press("I understand")
    assert "What stage" in question.text
    assert not bot.api.messages[(810001, notice.message_id)].buttons  # acknowledged once
    assert (await user_row(bot, 810001)).privacy_ack_at is not None  # type: ignore[union-attr]

    await chat.send("/cancel")
    await chat.press("Yes, discard")
    [question] = await chat.send("/report")  # no notice the second time
    assert "What stage" in question.text

    # /privacy shows it again, without the button once acknowledged.
    [again] = await chat.send("/privacy")
    assert f"@{BOT_USERNAME}" in again.text and not again.buttons


# --- protect_content, pseudonyms, anonymous reports ---------------------------------------------


async def test_review_and_confirmation_are_protected_card_is_not(bot: BotHarness) -> None:
    chat = bot.chat(810002)
    await reach_review(chat, "Marat Zhylanbayev")
    review = chat.last()
    assert review.params.get("protect_content") is True
    [confirmation] = await chat.press("Submit")
    assert "Reference" in confirmation.text
    assert confirmation.params.get("protect_content") is True
    assert any("Erase our chat" in label for label, _d in confirmation.buttons)
    # Questions are ordinary messages; the moderators' card is not the reporter's to protect.
    stage_question = next(m for m in bot.api.messages.values() if "What stage" in m.text)
    assert not stage_question.params.get("protect_content")
    card = next(m for m in bot.api.messages.values() if m.chat_id == ADMIN_ID)
    assert not card.params.get("protect_content")


async def test_moderators_see_a_stable_pseudonym_never_the_identity(bot: BotHarness) -> None:
    first, second = bot.chat(810003, username="first_reporter"), bot.chat(810004)
    await quick_report(first, "Alnur Ilyashev")
    await quick_report(first, "Duman Mukhammedkarim")
    await quick_report(second, "Aron Atabek")
    pseudonyms = [re.search(r"From: (Reporter #[0-9A-Z]{6})", t) for t in moderator_notices(bot)]
    names = [m.group(1) if m else None for m in pseudonyms]
    assert names[0] is not None and names[0] == names[1] != names[2]
    user = await user_row(bot, 810003)
    assert names[0] == reporter_pseudonym(resources(bot.app).vault, user)
    for text in moderator_notices(bot):
        assert "810003" not in text and "first_reporter" not in text and "Aigerim" not in text


async def test_anonymous_report_keeps_no_route_back(bot: BotHarness) -> None:
    chat = bot.chat(810005)
    await reach_review(chat, "Nurzhan Altayev")
    [review] = await chat.press("Send anonymously")
    assert "Moderators will not be able to ask you questions" in review.text
    assert any("Anonymous: on" in label for label, _d in review.buttons)
    [confirmation] = await chat.press("Submit")
    assert "cannot ask you questions" in confirmation.text
    assert "Anonymous reporter" in moderator_notices(bot)[0]

    async with bot.sessionmaker() as session:
        submission = (await session.scalars(select(Submission))).one()
        assert submission.submitter_id is None
        user = await get_user(session, resources(bot.app).user_hash(810005))
        assert user is not None and user.chat_enc is None
        assert (await session.scalars(select(Draft))).all() == []
    # /mydata does not list it: nothing links it to the reporter.
    [mydata] = await chat.send("/mydata")
    assert submission.reference not in mydata.text and "none" in mydata.text


# --- the database holds nobody in clear ----------------------------------------------------------


async def test_no_identity_in_clear_after_a_full_scenario(bot: BotHarness) -> None:
    chat = bot.chat(777009876, first_name="Zhanargul", username="zhanargul_kz")
    await report_zhaubatyrov(chat)
    await quick_report(chat, "Aigul Utepova", anonymous=True)
    await reach_review(chat, "Kairat Klyshev")  # a report in progress: draft + state
    [mydata] = await chat.send("/mydata")
    assert mydata.params.get("protect_content") is True
    reference = (await user_submissions(bot, 777009876))[0]
    assert reference in mydata.text and "waiting for a moderator" in mydata.text
    assert "Reports in progress: 1" in mydata.text
    await chat.send("/privacy")

    everything = await database_dump(bot)
    assert "Kairat Klyshev" in everything  # the scan does see the data
    for secret in ("777009876", "zhanargul_kz", "Zhanargul"):
        assert secret not in everything


async def user_submissions(bot: BotHarness, telegram_id: int) -> list[str]:
    async with bot.sessionmaker() as session:
        user = await get_user(session, resources(bot.app).user_hash(telegram_id))
        assert user is not None
        return [s.reference for s in await store.own_submissions(session, user.id)]


# --- /forget -------------------------------------------------------------------------------------


async def test_forget_leaves_nothing_linkable(bot: BotHarness) -> None:
    chat = bot.chat(810006)
    await quick_report(chat, "Yerzhan Yelshibayev")
    async with bot.sessionmaker() as session, session.begin():
        # A moderator approved it (decided in the moderation module; set here directly).
        submission = (await session.scalars(select(Submission))).one()
        submission.status = SubmissionStatus.APPROVED
        case = await session.get(Case, submission.case_id)
        assert case is not None
        case.publication = Publication.APPROVED
    user = await user_row(bot, 810006)
    assert user is not None and user.chat_enc is not None
    tg_hash, chat_enc = user.tg_hash, user.chat_enc
    await reach_review(chat, "Second Person")  # in progress: a draft and a conversation state
    assert await count(bot, ConversationState) == 1

    [confirm] = await chat.send("/forget")
    assert "cannot be undone" in confirm.text
    [kept] = await chat.press("No, keep")
    assert "Nothing was erased" in kept.text
    assert await user_row(bot, 810006) is not None

    await chat.send("/forget")
    [done] = await chat.press("Yes, erase")
    assert "nothing in CaseWatch leads back to you" in done.text
    everything = await database_dump(bot)
    assert tg_hash not in everything and chat_enc not in everything
    assert await user_row(bot, 810006) is None
    for model in (Draft, ConversationState, ErasableChat, FloodCounter):
        assert await count(bot, model) == 0, model
    async with bot.sessionmaker() as session:
        submission = (await session.scalars(select(Submission))).one()
        assert submission.submitter_id is None
        case = await session.get(Case, submission.case_id)
        assert case is not None and case.publication is Publication.APPROVED
    # Writing again: a new user, who holds nothing.
    [mydata] = await chat.send("/mydata")
    assert "none" in mydata.text and submission.reference not in mydata.text


# --- erase our chat ------------------------------------------------------------------------------


def chat_message_ids(bot: BotHarness, chat_id: int) -> set[int]:
    sent = {mid for (cid, mid) in bot.api.messages if cid == chat_id}
    received = {mid for (cid, mid) in bot.api.received if cid == chat_id}
    return sent | received


async def test_erase_chat_deletes_exactly_the_conversation(bot: BotHarness) -> None:
    chat = bot.chat(810007)
    await reach_review(chat, "Zhasaral Kuanyshalin", photo=True)
    await chat.press("✏️ Name")
    await chat.send("<i>not a name</i> " * 10)  # refused and asked again: still the conversation
    await chat.send("Zhasaral KUANYSHALIN")
    await chat.send("/skip")  # a command inside the conversation
    await chat.press("Submit")
    exchanged = chat_message_ids(bot, 810007)
    assert len(exchanged) > 15
    async with bot.sessionmaker() as session:
        record = (await session.scalars(select(ErasableChat))).one()
        assert "810007" not in record.payload_enc  # encrypted

    bot.api.clear()
    [result] = await chat.press("Erase our chat")
    deleted = {mid for (cid, mid) in bot.api.deleted() if cid == 810007}
    assert deleted == exchanged
    assert "deleteMessages" in [method for method, _p in bot.api.calls]
    assert f"Erased {len(exchanged)} messages" in result.text
    assert chat_message_ids(bot, 810007) == {result.message_id}  # only this note is left
    assert await count(bot, ErasableChat) == 0  # the ids are forgotten


async def test_erase_chat_says_what_it_could_not_delete(bot: BotHarness) -> None:
    chat = bot.chat(810008)
    await quick_report(chat, "Askhat Zheksebayev")
    # The reporter already deleted one of their own messages (Telegram would refuse it too).
    first_user_message = min(mid for (cid, mid) in bot.api.received if cid == 810008)
    bot.api.received.discard((810008, first_user_message))
    exchanged = chat_message_ids(bot, 810008)
    [result] = await chat.press("Erase our chat")
    assert f"Erased {len(exchanged)} messages" in result.text
    assert "1 message could not be erased" in result.text
    assert chat_message_ids(bot, 810008) == {result.message_id}


async def test_erase_record_expires_after_48_hours(bot: BotHarness) -> None:
    chat = bot.chat(810009)
    await quick_report(chat, "Kuanysh Bashpayev")
    async with bot.sessionmaker() as session, session.begin():
        assert await store.purge_erasables(session, utcnow() + dt.timedelta(hours=47)) == 0
        assert await store.purge_erasables(session, utcnow() + dt.timedelta(hours=50)) == 1
    confirmation = chat.last_with_buttons()
    before = chat_message_ids(bot, 810009)
    [result] = await chat.press("Erase our chat")
    # Only the confirmation itself (the message carrying the button) is still erasable.
    assert "Erased 1 message of" in result.text
    after = chat_message_ids(bot, 810009)
    assert after == (before - {confirmation.message_id}) | {result.message_id}


# --- flood control -------------------------------------------------------------------------------


@pytest.fixture
async def strict_bot(database_url: str) -> AsyncIterator[BotHarness]:
    harness = BotHarness(make_settings(database_url, MAX_SUBMISSIONS_PER_DAY=2))
    await harness.start()
    try:
        yield harness
    finally:
        await harness.stop()


async def test_flood_limit_refuses_the_extra_submission(strict_bot: BotHarness) -> None:
    bot = strict_bot
    chat = bot.chat(810010)
    await quick_report(chat, "First Person")
    await reach_review(chat, "Second Person")
    # Meanwhile the same person submitted from another device: the limit is now reached.
    async with bot.sessionmaker() as session, session.begin():
        user = await get_user(session, resources(bot.app).user_hash(810010))
        assert user is not None
        assert await store.take_allowance(session, user.id, store.SUBMISSION, 2, utcnow())
    [refusal] = await chat.press("Submit")
    assert "at most 2 reports in 24 hours" in refusal.text
    assert "Please check your report" in refusal.text  # the draft is kept, review shown again
    assert await count(bot, Submission) == 1
    assert await count(bot, Case) == 1
    # Starting another report is refused politely too.
    await chat.send("/cancel")
    await chat.press("Yes, discard")
    [answer] = await chat.send("/report")
    assert "at most 2 reports in 24 hours" in answer.text
    assert await count(bot, Draft) == 0
    # Another person is not affected.
    await quick_report(bot.chat(810011), "Third Person")
    assert await count(bot, Submission) == 2


async def test_flood_counters_window_and_relay_limit(bot: BotHarness) -> None:
    chat = bot.chat(810012)
    await chat.send("/start")
    user = await user_row(bot, 810012)
    assert user is not None
    limit = resources(bot.app).settings.max_relayed_messages_per_day
    assert limit == 20
    now = utcnow()
    async with bot.sessionmaker() as session, session.begin():
        for _ in range(limit):
            assert await store.take_allowance(session, user.id, store.RELAYED_MESSAGE, limit, now)
        assert not await store.take_allowance(session, user.id, store.RELAYED_MESSAGE, limit, now)
        assert await store.allowance_left(session, user.id, store.RELAYED_MESSAGE, limit, now) == 0
        later = now + dt.timedelta(hours=25)
        assert await store.take_allowance(session, user.id, store.RELAYED_MESSAGE, limit, later)
    async with bot.sessionmaker() as session:
        counter = (await session.scalars(select(FloodCounter))).one()
        assert counter.count == 1 and counter.window_start.minute == 0  # hour-rounded


# --- key rotation --------------------------------------------------------------------------------


async def test_key_rotation_keeps_every_reachable_user(
    bot: BotHarness, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    reporter, writer, visitor = bot.chat(810013), bot.chat(810014), bot.chat(810015)
    await quick_report(reporter, "Alnur Ilyashev")
    await writer.send("/report")
    await writer.press("Sentenced")  # now at the name question: a draft and a conversation
    await visitor.send("/start")
    reference = (await user_submissions(bot, 810013))[0]
    old_vault = resources(bot.app).vault

    await bot.stop()
    monkeypatch.setenv("DATABASE_URL", bot.settings.database_url)
    monkeypatch.setenv("SECRET_KEY", SECRET)
    monkeypatch.setenv("NEW_SECRET_KEY", NEW_SECRET)
    await asyncio.to_thread(cli.main, ["keys", "rotate"])
    out = capsys.readouterr().out
    # Forgotten: the visitor, and the row the admin's card was queued for (the admin never
    # wrote to the bot: a row of their chat, bot/handlers/moderation/access.py
    # moderation_recipients).
    assert "2 users kept" in out and "2 users without a stored chat id forgotten" in out

    bot.settings = make_settings(bot.settings.database_url, SECRET_KEY=NEW_SECRET)
    bot.app = build_application(bot.settings, request=bot.api, token=OFFLINE_TOKEN)
    await bot.start()
    new_vault = IdentityVault(NEW_SECRET)
    async with bot.sessionmaker() as session:
        user = await get_user(session, new_vault.hash_id(810013, kind="user"))
        assert user is not None and user.chat_enc is not None
        assert new_vault.decrypt_int(user.chat_enc) == 810013
        with pytest.raises(InvalidToken):
            old_vault.decrypt(user.chat_enc)
        assert await get_user(session, old_vault.hash_id(810013, kind="user")) is None
        for state in await session.scalars(select(ConversationState)):
            new_vault.decrypt(state.key_enc)
    # The bot recognises them with the new key: the reporter sees their report...
    [mydata] = await reporter.send("/mydata")
    assert reference in mydata.text
    # ...the writer continues the report where they were (no privacy notice again)...
    [question] = await writer.send("Aron ATABEK")
    assert "written differently" in question.text
    # ...and the visitor, who left no chat id, was forgotten and starts afresh.
    assert await count(bot, User) == 2
    await visitor.send("/start")
    assert await count(bot, User) == 3


async def test_key_rotation_refuses_a_wrong_current_key(
    bot: BotHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    await quick_report(bot.chat(810016), "Someone")
    await bot.stop()
    monkeypatch.setenv("DATABASE_URL", bot.settings.database_url)
    monkeypatch.setenv("SECRET_KEY", "w" * 40)
    monkeypatch.setenv("NEW_SECRET_KEY", NEW_SECRET)
    with pytest.raises(SystemExit) as stopped:
        await asyncio.to_thread(cli.main, ["keys", "rotate"])
    assert "nothing was changed" in str(stopped.value)
    await bot.start()
    async with bot.sessionmaker() as session:
        user = await get_user(session, IdentityVault(SECRET).hash_id(810016, kind="user"))
        assert user is not None and IdentityVault(SECRET).decrypt_int(user.chat_enc or "") == 810016
