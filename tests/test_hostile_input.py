"""One regression test per defect found by trying the bot as a hostile or careless user (issue
14). Each runs through the real Application on SQLite and PostgreSQL and checks that no handler
raised, the offline API refused nothing, every press was answered, and what the database holds.
"""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import func, select, text
from telegram import Chat, Document, Message, MessageOriginUser, Update
from telegram import User as TgUser

from db.models import (
    AllegedAct,
    Attachment,
    Case,
    Person,
    Publication,
    SearchKey,
    Submission,
    Subscription,
    User,
)
from tests.conftest import ADMIN_ID, BotHarness, ChatDriver
from tests.hostile import Watch
from tests.seeds import report_sabanshiyev
from tests.test_report_flow import skip_until, start_sentenced
from tests.test_safety import quick_report, reach_review


async def submissions(bot: BotHarness) -> int:
    async with bot.sessionmaker() as session:
        return int(await session.scalar(select(func.count(Submission.id))) or 0)


async def press(chat: ChatDriver, data: str, message: object = None) -> str:
    """Press forged or stale `data`; returns the callback query id (to check it was answered)."""
    update = chat.factory.press(data, message or chat.last())  # type: ignore[arg-type]
    await chat._process(update)
    assert update.callback_query is not None
    return update.callback_query.id


async def published_case(bot: BotHarness, user_id: int = 7101) -> int:
    """A report by `user_id`, approved by the admin; returns the case id."""
    await report_sabanshiyev(bot.chat(user_id))
    admin = bot.chat(ADMIN_ID)
    card = max(
        (m for m in bot.api.messages.values() if m.chat_id == ADMIN_ID and m.buttons),
        key=lambda m: m.message_id,
    )
    await admin.press("Approve", card)
    async with bot.sessionmaker() as session:
        case_id = await session.scalar(
            select(Case.id).where(Case.publication == Publication.APPROVED)
        )
    assert case_id is not None
    return int(case_id)


# --- reports that could never be submitted on PostgreSQL --------------------------------------


async def test_names_longer_than_their_columns_are_reasked_and_reports_submit(
    bot: BotHarness,
) -> None:
    watch = Watch(bot)
    chat = bot.chat(7001)
    await chat.send("/report")
    await chat.press("Detained or arrested")
    [answer] = await chat.send("Я" * 180)  # one word: the surname column holds 150
    assert "too long" in answer.text
    # A 130-letter given name fits its column, but its folded key does not fit search_keys.
    await chat.send("Bekov " + "Ж" * 130)
    await skip_until(chat, "Please check your report")
    await chat.press("Submit")
    assert await submissions(bot) == 1
    async with bot.sessionmaker() as session:
        keys = list(await session.scalars(select(SearchKey.key)))
        assert keys and all(len(k) <= 120 for k in keys)
    watch.check()


async def test_emoji_names_within_columns_submit(bot: BotHarness) -> None:
    watch = Watch(bot)
    chat = bot.chat(7002)
    await quick_report(chat, "Ерлан " + "🙂" * 140 + "ов")
    assert await submissions(bot) == 1
    watch.check()


async def test_nul_and_control_characters_never_reach_the_database(bot: BotHarness) -> None:
    watch = Watch(bot)
    chat = bot.chat(7003)
    await quick_report(chat, "Asyl\x00khan\x07 ZHAU\x1bBATYROV")
    async with bot.sessionmaker() as session:
        person = (await session.scalars(select(Person))).one()
        assert person.name_as_entered == "Asylkhan ZHAUBATYROV"
    await chat.send("/subscribe city Tar\x00az")
    async with bot.sessionmaker() as session:
        assert list(await session.scalars(select(Subscription.value))) == ["taraz"]
    watch.check()


async def test_nul_in_a_rejection_reason_is_saved_without_it(bot: BotHarness) -> None:
    watch = Watch(bot)
    await quick_report(bot.chat(7004), "Kuanysh Bashpayev")
    admin = bot.chat(ADMIN_ID)
    card = admin.last_with_buttons()
    await admin.press("Reject", card)
    await admin.press("Type a reason")
    await admin.send("Not\x00 political")
    async with bot.sessionmaker() as session:
        reasons = [r for r in await session.scalars(select(Submission.decision_reason)) if r]
    assert all("\x00" not in r for r in reasons)
    watch.check()


async def test_client_set_mime_type_and_file_name_are_cut_to_their_columns(
    bot: BotHarness,
) -> None:
    watch = Watch(bot)
    chat = bot.chat(7005)
    await start_sentenced(chat)
    await skip_until(chat, "attach photos")
    document = Document(
        "doc-x", "u-doc-x", file_name="v" * 500 + ".pdf", mime_type="application/" + "x" * 200
    )
    await chat.send_message(document=document)
    await chat.press("Done")
    await chat.press("Submit")
    async with bot.sessionmaker() as session:
        attachment = (await session.scalars(select(Attachment))).one()
    assert attachment.mime_type is not None and len(attachment.mime_type) == 100
    assert attachment.file_name is not None and len(attachment.file_name) == 300
    watch.check()


# --- anyone could crash a handler -----------------------------------------------------------------


async def test_unicode_digits_and_huge_numbers_in_commands(bot: BotHarness) -> None:
    watch = Watch(bot)
    admin = bot.chat(ADMIN_ID)
    user = bot.chat(7010)
    huge = "9" * 25
    for command in ("/update", "/event"):
        for argument in ("²", "٣", huge, "-1", "#" + huge):
            chat = admin if command == "/event" else user
            [reply] = await chat.send(f"{command} {argument}")
            assert "Send the number of a published case" in reply.text
    for argument in ("²", huge):
        [reply] = await admin.send(f"/history {argument}")
        assert "Usage: /history" in reply.text
        await admin.send(f"/moderators add {argument}")
    await admin.send("/moderators add -5")
    await user.send("/subscribe case ²")
    await user.send(f"/subscribe case {huge}")
    for offset in ("²", huge, "-3", "1e9"):
        update = user.factory.inline("Sabanshiyev", offset=offset)
        await bot.app.process_update(Update.de_json(update.to_dict(), bot.app.bot))
    async with bot.sessionmaker() as session:
        roles = list(await session.scalars(select(User.role)))
    assert [r.value for r in roles].count("moderator") == 0
    watch.check()


async def test_a_309_digit_term_is_reasked(bot: BotHarness) -> None:
    watch = Watch(bot)
    chat = bot.chat(7011)
    await start_sentenced(chat)
    await skip_until(chat, "What was the sentence")
    await chat.press("Restriction of liberty")
    for term in ("9" * 400, "9" * 400 + " years", "٣ years", "1" * 309 + " months"):
        [answer] = await chat.send(term)
        assert "could not read that term" in answer.text or "between 1 month" in answer.text
    watch.check()


async def test_forged_buttons_with_huge_ids_are_answered(bot: BotHarness) -> None:
    watch = Watch(bot)
    await quick_report(bot.chat(7012), "Yerzhan Yelshibayev")
    user = bot.chat(7013)
    admin = bot.chat(ADMIN_ID)
    await user.send("/start")
    huge = "9" * 30
    pressed = []
    for data in (
        f"case:{huge}",
        "case:²",
        f"find:place:{huge}",
        f"find:p:0a1b2c3d:{huge}",
        f"follow:{huge}",
        f"unsub:{huge}",
        f"ans:{huge}",
        "sub:region:" + "x" * 40,
        "lang:" + "ru" * 30,
        "rep:stage:" + "é",
        "safe:ack:" + huge,
    ):
        pressed.append(await press(user, data))
    for data in (f"mod:ap:{huge}", "mod:ap:٣", f"mod:dm:1:{huge}", f"mod:role:add:{huge}"):
        pressed.append(await press(admin, data, admin.last()))
    watch.check(pressed)


async def test_double_taps_and_forwarded_copies(bot: BotHarness) -> None:
    watch = Watch(bot)
    chat = bot.chat(7020)
    pressed = []
    await chat.send("/language")
    menu = chat.last()
    for _ in range(2):
        pressed.append(await press(chat, "lang:ru", menu))
    await chat.send("/language")
    pressed.append(await press(chat, "lang:en", chat.last()))
    await chat.send("/subscribe")
    menu = chat.last()
    for _ in range(2):
        pressed.append(await press(chat, "sub:all", menu))
    await chat.send("/subscriptions")
    listing = chat.last()
    [(_label, remove)] = listing.buttons
    for _ in range(2):
        pressed.append(await press(chat, remove, listing))
    await chat.send("/forget")
    confirm = chat.last()
    for _ in range(2):
        pressed.append(await press(chat, "safe:forget:no", confirm))
    # A press on a forwarded copy of a menu: the message to edit is not the bot's.
    await chat.send("/subscribe")
    copy = chat.last()
    bot.api.messages.pop((copy.chat_id, copy.message_id))
    origin = MessageOriginUser(dt.datetime.now(dt.UTC), TgUser(7021, "Other", False))
    update = chat.factory.press("sub:regions", copy, forward_origin=origin)
    await chat._process(update)
    assert update.callback_query is not None
    pressed.append(update.callback_query.id)
    assert "Which region?" in chat.last().text
    watch.check(pressed)


async def test_forget_in_the_middle_of_update_ends_it(bot: BotHarness) -> None:
    watch = Watch(bot)
    case_id = await published_case(bot)
    chat = bot.chat(7030)
    await chat.send(f"/update {case_id}")
    await chat.press("Release")
    await chat.send("/forget")
    await chat.press("Yes, erase")
    # The erased draft was the dialog's only record: the date is no answer to anything now.
    [answer] = await chat.send("01.07.2022")
    assert "Anything to add" not in answer.text
    await chat.send("/skip")
    async with bot.sessionmaker() as session:
        assert len(list(await session.scalars(select(Submission)))) == 1  # nothing proposed
    watch.check()


async def test_forget_in_the_middle_of_event_ends_it(bot: BotHarness) -> None:
    watch = Watch(bot)
    case_id = await published_case(bot)
    admin = bot.chat(ADMIN_ID)
    await admin.send(f"/event {case_id}")
    kinds = admin.last()
    await admin.send("/forget")
    await admin.press("Yes, erase")
    pressed = [await press(admin, next(d for t, d in kinds.buttons if "Release" in t), kinds)]
    await admin.send("01.07.2022")
    watch.check(pressed)


async def test_start_in_a_channel_is_ignored(bot: BotHarness) -> None:
    watch = Watch(bot)
    channel = Chat(-1001234, Chat.CHANNEL, title="News")
    post = Message(
        1,
        dt.datetime.now(dt.UTC),
        channel,
        text="/start",
        sender_chat=channel,
        entities=[],
    )
    for update in (Update(1, channel_post=post), Update(2, edited_channel_post=post)):
        await bot.app.process_update(Update.de_json(update.to_dict(), bot.app.bot))
    assert not [m for m in bot.api.messages.values() if m.chat_id == channel.id]
    watch.check()


async def test_closing_a_long_card_full_of_entities(bot: BotHarness) -> None:
    watch = Watch(bot)
    await quick_report(bot.chat(7040), "Askhat Zheksebayev")
    async with bot.sessionmaker() as session, session.begin():
        case = (await session.scalars(select(Case))).one()
        submission_id = (await session.scalars(select(Submission.id))).one()
        for position in range(30):
            session.add(AllegedAct(case_id=case.id, description="R&D <x> " * 60, position=position))
    admin = bot.chat(ADMIN_ID)
    [card] = [m for m in await admin.press_data(f"mod:sh:{submission_id}") if m.buttons]
    assert card.text.count("&amp;") > 100
    await admin.press("Approve", card)
    closed = bot.api.messages[(ADMIN_ID, card.message_id)]
    assert not closed.buttons and "Approved" in closed.text
    watch.check()


async def test_emoji_heavy_review_fits_telegram_in_utf16(bot: BotHarness) -> None:
    watch = Watch(bot)
    chat = bot.chat(7050)
    await chat.send("/report")
    await chat.press("Detained or arrested")
    await chat.send("Dana Bekova")
    await chat.send("\n".join("😀" * 280 for _ in range(7)))  # 7 spellings, 3,920 UTF-16 units
    await skip_until(chat, "Please check your report")
    await chat.press("Submit")
    assert await submissions(bot) == 1
    watch.check()


# --- privacy ------------------------------------------------------------------------------------


async def test_a_failing_insert_logs_no_user_text(bot: BotHarness, caplog: object) -> None:
    """Even at LOG_LEVEL=DEBUG: SQL parameters are hidden and drivers do not log statements."""
    import pytest

    from bot.infra.logs import DATABASE_DRIVER_LOGGERS, configure_logging

    assert isinstance(caplog, pytest.LogCaptureFixture)
    async with bot.sessionmaker() as session, session.begin():
        # A constraint the schema does not have, so that the second report's insert fails.
        await session.execute(text("CREATE UNIQUE INDEX ux_test_name ON people (name_as_entered)"))
    secret_name = "Secretname Uniquebekov"
    await quick_report(bot.chat(7060), secret_name)
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    saved_levels = {name: logging.getLogger(name).level for name in DATABASE_DRIVER_LOGGERS}
    try:
        configure_logging("DEBUG", "json")
        root.addHandler(caplog.handler)
        caplog.handler.setLevel(logging.DEBUG)
        caplog.clear()
        await quick_report(bot.chat(7061), secret_name)
    finally:
        root.handlers[:], _level = saved
        root.setLevel(saved[1])
        for name, level in saved_levels.items():
            logging.getLogger(name).setLevel(level)
    assert await submissions(bot) == 1
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors, "the failing insert was not logged"
    logged = "\n".join(logging.Formatter().format(r) for r in caplog.records)
    assert "Secretname" not in logged and "Uniquebekov" not in logged


def reporter_pseudonyms(bot: BotHarness) -> list[str]:
    import re

    cards = [m.text for m in bot.api.messages.values() if m.chat_id == ADMIN_ID]
    return [code for text_ in cards for code in re.findall(r"Reporter #([0-9A-Z]{6})", text_)]


async def test_pseudonym_changes_after_forget(bot: BotHarness) -> None:
    chat = bot.chat(7070)
    await quick_report(chat, "Yerzhan Yelshibayev")
    await quick_report(chat, "Kuanysh Bashpayev")
    before = set(reporter_pseudonyms(bot))
    assert len(before) == 1
    await chat.send("/forget")
    await chat.press("Yes, erase")
    await quick_report(chat, "Askhat Zheksebayev")
    after = set(reporter_pseudonyms(bot)) - before
    assert len(after) == 1 and not after & before


async def test_erase_chat_under_the_third_report_erases_all_three(bot: BotHarness) -> None:
    chat = bot.chat(7080)
    confirmations = []
    for name in ("Yerzhan Yelshibayev", "Kuanysh Bashpayev", "Askhat Zheksebayev"):
        await quick_report(chat, name)
        confirmations.append(chat.last_with_buttons())
    assert all("Reference" in c.text for c in confirmations)
    await chat.press("Erase our chat", confirmations[-1])
    deleted = {mid for (cid, mid) in bot.api.deleted() if cid == 7080}
    assert {c.message_id for c in confirmations} <= deleted
    left = {mid for (cid, mid) in bot.api.messages if cid == 7080}
    assert len(left) == 1  # only the note saying what was erased


async def test_review_still_reachable_helper(bot: BotHarness) -> None:
    """reach_review keeps working with sanitised input (a guard for the helpers above)."""
    chat = bot.chat(7090)
    await reach_review(chat, "  Dana\x00 Bekova  ")
    assert "Dana Bekova" in chat.last().text
