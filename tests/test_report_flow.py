"""The report conversation: navigation, validation, hostile input, restarts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import event, func, select
from telegram import Document, PhotoSize, Sticker, Voice

from bot.handlers.safety import forget_person
from bot.infra.context import Tx, resources
from db.drafts import load_draft
from db.models import Case, ConversationState, Draft, Submission
from db.users import get_user
from tests.conftest import BotHarness, ChatDriver


async def draft_of(bot: BotHarness, user_id: int) -> dict | None:  # type: ignore[type-arg]
    async with bot.sessionmaker() as session:
        res = bot.app.bot_data["casewatch"]
        user = await get_user(session, res.user_hash(user_id))
        if user is None:
            return None
        draft = await load_draft(session, user.id)
        return draft.data if draft else None


async def count(bot: BotHarness, model: type) -> int:
    async with bot.sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def start_sentenced(chat: ChatDriver, name: str = "Asylkhan ZHAUBATYROV") -> None:
    await chat.send("/report")
    await chat.press("Sentenced")
    await chat.send(name)


async def skip_until(chat: ChatDriver, marker: str) -> None:
    """Press Skip (or Done where there is no Skip) until the bot's last message has `marker`."""
    for _ in range(40):
        if marker in chat.last().text:
            return
        labels = [label for label, _data in chat.last().buttons]
        await chat.press("Skip" if any("Skip" in x for x in labels) else "Done")
    raise AssertionError(f"never reached {marker!r}")


async def test_stage_decides_the_questions_for_an_arrest(bot: BotHarness) -> None:
    chat = bot.chat(501)
    await chat.send("/report")
    await chat.press("Detained or arrested")
    await chat.send("Ерқын Сабаншиев")
    await chat.press("Skip")  # other spellings
    await chat.press("Almaty (city)")  # a city of republican significance: no town question
    [occupation] = await chat.press("Skip")  # who they are? (edited prompt + question)
    assert "What stage" not in occupation.text
    await chat.press("405 part 2")
    [question] = await chat.send(dt.date.today().strftime("%d.%m.%Y"))
    assert "preventive measure" in question.text
    [question] = await chat.press("Custody")
    assert "Where is the person held" in question.text
    [question] = await chat.send("Pre-trial detention centre No. 1, Almaty")
    assert "next court hearing" not in question.text  # detained: no court questions
    assert "accused of" in question.text
    texts = " ".join(m.text for m in bot.api.messages.values() if m.chat_id == 501)
    for not_asked in ("verdict", "judge", "prosecutor", "sentence"):
        assert not_asked not in texts.lower()
    await chat.press("Skip")
    await chat.press("Skip")
    await chat.press("Done")
    await chat.press("Submit")
    async with bot.sessionmaker() as session:
        case = await session.scalar(select(Case))
        assert case is not None
    from db.cases import get_case

    async with bot.sessionmaker() as session:
        full = await get_case(session, case.id)
        assert full is not None
        [event] = full.events
        assert event.kind.value == "detention"
        assert event.measure is not None and event.measure.value == "custody"
        assert event.place_held == "Pre-trial detention centre No. 1, Almaty"
        assert full.person.city == "Almaty"


async def test_invalid_and_future_dates_are_reasked_with_an_example(bot: BotHarness) -> None:
    chat = bot.chat(502)
    await start_sentenced(chat)
    for _ in range(4):
        await chat.press("Skip")  # spellings, region, occupation, article
    [answer] = await chat.send("sometime last spring")
    assert "could not read that date" in answer.text and "10.09.2021" in answer.text
    [answer] = await chat.send("31.02.2021")
    assert "does not exist" in answer.text
    future = (dt.date.today() + dt.timedelta(days=30)).strftime("%d.%m.%Y")
    [answer] = await chat.send(future)
    assert "in the future" in answer.text
    assert (await draft_of(bot, 502) or {})["detention_date"] is None
    [answer] = await chat.send("2021-03-01")
    assert "court" in answer.text.lower()
    assert (await draft_of(bot, 502) or {})["detention_date"] == "2021-03-01"


async def test_scheduled_hearing_may_be_in_the_future(bot: BotHarness) -> None:
    chat = bot.chat(503)
    await chat.send("/report")
    await chat.press("On trial")
    await chat.send("Baghdat BAKTYBAYEV")
    for _ in range(4):
        await chat.press("Skip")
    for _ in range(7):  # detention, measure, court, judge, prosecutor, trial start
        answers = await chat.press("Skip")
        if "next court hearing" in answers[-1].text:
            break
    future = dt.date.today() + dt.timedelta(days=3)
    [answer] = await chat.send(future.strftime("%d.%m.%Y"))
    assert "accused of" in answer.text
    assert (await draft_of(bot, 503) or {})["hearing_date"] == future.isoformat()


async def test_back_returns_to_the_previous_question_and_keeps_answers(bot: BotHarness) -> None:
    chat = bot.chat(504)
    await start_sentenced(chat)
    [question] = await chat.send("/back")
    assert "full name" in question.text
    [question] = await chat.send("Asylkhan ZHAUBATYROV")
    assert "written differently" in question.text
    await chat.press("Skip")
    [question] = await chat.press("Back")
    assert "written differently" in question.text
    [question] = await chat.send("/back")
    assert "full name" in question.text
    [question] = await chat.send("/back")
    assert "What stage" in question.text
    [question] = await chat.send("/back")
    assert "first question" in question.text
    assert (await draft_of(bot, 504) or {})["person_name"] == "Asylkhan ZHAUBATYROV"


async def test_review_edit_returns_to_review(bot: BotHarness) -> None:
    chat = bot.chat(505)
    await start_sentenced(chat, "Wrong Name")
    await skip_until(chat, "Please check your report")
    assert "Wrong Name" in chat.last().text
    [question] = await chat.press("✏️ Name")
    assert "full name" in question.text
    [review] = await chat.send("Yerkyn SABANSHIYEV")
    assert "Please check your report" in review.text
    assert "Yerkyn SABANSHIYEV" in review.text and "Wrong Name" not in review.text
    # Edit the sentence from the review: a part is added and we come back to the review.
    await chat.press("✏️ Sentence")
    await chat.press("Community service")
    await chat.send("100")
    [review] = await chat.press("Done")
    assert "Community service: 100 hours" in review.text
    await chat.press("Submit")
    assert await count(bot, Submission) == 1


async def test_cancel_needs_confirmation_and_discards(bot: BotHarness) -> None:
    chat = bot.chat(506)
    await start_sentenced(chat)
    [confirm] = await chat.send("/cancel")
    assert "Discard this report" in confirm.text
    [question] = await chat.press("No, continue")
    assert "written differently" in question.text
    assert await draft_of(bot, 506) is not None
    await chat.send("/cancel")
    [done] = await chat.press("Yes, discard")
    assert "discarded" in done.text
    assert await draft_of(bot, 506) is None
    assert await count(bot, Submission) == 0
    # A button of the discarded report now gets a clear answer, not an action.
    [answer] = await chat.press_data("rep:aliases:_skip")
    assert "no longer open" in answer.text


async def test_draft_survives_a_restart_mid_conversation(bot: BotHarness) -> None:
    chat = bot.chat(507)
    await start_sentenced(chat)
    await chat.send("Жаубатыров Асылхан")
    await bot.restart()
    chat = bot.chat(507)
    # The conversation continues at the region question after the restart.
    [question] = await chat.press("Aktobe region")
    assert "town or village" in question.text
    draft = await draft_of(bot, 507)
    assert draft is not None
    assert draft["person_name"] == "Asylkhan ZHAUBATYROV"
    assert draft["aliases"] == ["Жаубатыров Асылхан"]
    assert draft["region"] == "aktobe"


async def test_an_unchanged_conversation_state_is_not_written_again(bot: BotHarness) -> None:
    """Every step of a report leaves its conversation in the same state: it is written once,
    not on every step; /forget deletes it, and the next report writes it again (so a restart
    resumes it)."""
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if "conversation_states" in statement:
            statements.append(statement.split()[0])

    engine = bot.sessionmaker.kw["bind"].sync_engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        chat = bot.chat(509)
        await start_sentenced(chat)
        assert statements.count("INSERT") == 1 and await count(bot, ConversationState) == 1
        statements.clear()
        await chat.send("Жаубатыров Асылхан")
        await chat.press("Aktobe region")
        assert statements == []  # still the same state: nothing written
        await chat.send("/forget")
        await chat.press("Yes, erase")
        assert await count(bot, ConversationState) == 0
        await chat.send("/report")
        assert await count(bot, ConversationState) == 1  # written again, not skipped
    finally:
        event.remove(engine, "before_cursor_execute", record)
    await bot.restart()
    [question] = await bot.chat(509).press("Sentenced")  # the new report resumed
    assert "name" in question.text.lower()


async def test_forget_makes_the_next_conversation_state_written(bot: BotHarness) -> None:
    """/forget deletes a person's conversation rows behind PTB's back: the state remembered as
    stored is dropped with them, so setting the same state again writes it."""
    chat = bot.chat(510)
    await chat.send("/help")
    persistence = bot.app.persistence
    assert persistence is not None
    await persistence.update_conversation("report", (510, 510), "open")
    await persistence.update_conversation("report", (510, 510), "open")  # remembered: skipped
    assert await count(bot, ConversationState) == 1
    res = resources(bot.app)
    async with bot.sessionmaker() as session, session.begin():
        user = await get_user(session, res.user_hash(510))
        assert user is not None
        await forget_person(Tx(session, user, res), 510)
    assert await count(bot, ConversationState) == 0
    await persistence.update_conversation("report", (510, 510), "open")
    assert await count(bot, ConversationState) == 1


async def test_report_again_offers_to_resume(bot: BotHarness) -> None:
    chat = bot.chat(508)
    await start_sentenced(chat)
    [offer] = await chat.send("/report")
    assert "unfinished report" in offer.text and "ZHAUBATYROV" in offer.text
    [question] = await chat.press("Continue")
    assert "written differently" in question.text
    await chat.send("/report")
    [question] = await chat.press("Start over")
    assert "What stage" in question.text
    assert (await draft_of(bot, 508) or {})["person_name"] is None


async def test_hostile_text_is_escaped_and_bounded(bot: BotHarness) -> None:
    chat = bot.chat(509)
    await chat.send("/report")
    await chat.press("Sentenced")
    [answer] = await chat.send("<b>Evil</b> & <script>x</script>")
    # Accepted as a name, shown escaped: the offline API would refuse broken HTML.
    assert "written differently" in answer.text
    [answer] = await chat.send("x" * 5000)
    assert "too long" in answer.text
    for _ in range(3):
        await chat.press("Skip")
    [answer] = await chat.send("A" * 250)
    assert "Under which article" not in answer.text or "too long" in answer.text
    await skip_until(chat, "Please check your report")
    review = chat.last()
    assert "&lt;b&gt;Evil&lt;/b&gt; &amp; &lt;script&gt;" in review.text
    await chat.press("Submit")
    admin_card = [m for m in bot.api.messages.values() if "New report" in m.text]
    assert admin_card and "&lt;script&gt;" in admin_card[0].text


async def test_stickers_voice_files_and_unknown_commands_get_a_prompt(bot: BotHarness) -> None:
    chat = bot.chat(510)
    await start_sentenced(chat)
    [answer] = await chat.send_message(
        sticker=Sticker("st", "stu", 512, 512, False, False, Sticker.REGULAR)
    )
    assert "only read text" in answer.text and "written differently" in answer.text
    [answer] = await chat.send_message(voice=Voice("vo", "vou", 3))
    assert "only read text" in answer.text
    [answer] = await chat.send_message(photo=[PhotoSize("ph", "phu", 10, 10)])
    assert "attached near the end" in answer.text
    [answer] = await chat.send("/frobnicate")
    assert "Unknown command" in answer.text and "/back" in answer.text
    # Outside a conversation too.
    other = bot.chat(511)
    [answer] = await other.send("/frobnicate")
    assert "/help" in answer.text
    [answer] = await other.send_message(voice=Voice("vo", "vou", 3))
    assert "/report" in answer.text


async def test_stale_button_from_an_earlier_question(bot: BotHarness) -> None:
    chat = bot.chat(512)
    await chat.send("/report")
    stage_prompt = chat.last_with_buttons()
    await chat.press("Sentenced", stage_prompt)
    # The prompt lost its buttons when answered, but a client may still show them.
    [answer] = await chat.press_data("rep:stage:on_trial", stage_prompt)
    assert "earlier question" in answer.text and "full name" in answer.text
    assert (await draft_of(bot, 512) or {})["stage"] == "sentenced"
    # Forged data for a step that does not exist.
    [answer] = await chat.press_data("rep:99:x")
    assert "earlier question" in answer.text


async def test_invalid_sentence_values_are_reasked(bot: BotHarness) -> None:
    chat = bot.chat(513)
    await start_sentenced(chat)
    await skip_until(chat, "What was the sentence")
    await chat.press("Restriction of liberty")
    [answer] = await chat.send("forever")
    assert "could not read that term" in answer.text
    [answer] = await chat.send("2 years 6 months")
    assert "Restriction of liberty: 2 years 6 months" in answer.text
    await chat.press("Court fees")
    [answer] = await chat.send("-5")
    assert "amount in tenge" in answer.text
    [answer] = await chat.send("840.50")
    assert "with tiyn" in answer.text  # confirmed, not assumed
    [answer] = await chat.press("840.5 ₸")
    assert "Court fees: 840.5 ₸" in answer.text
    [answer] = await chat.press("Remove last")
    assert "Court fees" not in answer.text.split("So far:")[-1].split("Add another")[0]


async def test_attachments_keep_telegram_file_ids(bot: BotHarness) -> None:
    chat = bot.chat(514)
    await start_sentenced(chat)
    await skip_until(chat, "attach photos")
    await chat.send_message(
        photo=[PhotoSize("small", "u-small", 90, 90), PhotoSize("large", "u-large", 1280, 960)]
    )
    [answer] = await chat.send_message(
        document=Document("doc-1", "u-doc-1", file_name="verdict.pdf", mime_type="application/pdf")
    )
    assert "Attached so far: 2" in answer.text
    [answer] = await chat.send("here is the text")
    assert "photo or a document" in answer.text
    await chat.press("Done")
    await chat.press("Submit")
    from db.models import Attachment

    async with bot.sessionmaker() as session:
        rows = (await session.scalars(select(Attachment).order_by(Attachment.id))).all()
        assert [(a.kind.value, a.file_id, a.file_name) for a in rows] == [
            ("photo", "large", None),
            ("document", "doc-1", "verdict.pdf"),
        ]
    assert await count(bot, Draft) == 0


async def test_draft_survives_a_crash_without_shutdown(bot: BotHarness) -> None:
    """No graceful shutdown: the conversation state was already written after the update."""
    chat = bot.chat(515)
    await start_sentenced(chat)
    crashed = bot.app
    from tests.conftest import BotHarness as Harness

    replacement = Harness(bot.settings)
    replacement.api = bot.api
    from bot.app import OFFLINE_TOKEN, build_application

    replacement.app = build_application(bot.settings, request=bot.api, token=OFFLINE_TOKEN)
    await replacement.start()
    try:
        [question] = await replacement.chat(515).send("Zhaubatyrov Asylkhan")
        assert "Where is the person from" in question.text
    finally:
        await replacement.stop()
    assert crashed is bot.app


async def test_no_report_in_a_group_chat(bot: BotHarness) -> None:
    from telegram import Chat, Message, Update, User

    group = Chat(id=-100777, type=Chat.SUPERGROUP, title="Activists")
    user = User(id=516, is_bot=False, first_name="A")
    import datetime as _dt

    from telegram import MessageEntity

    message = Message(
        1,
        _dt.datetime.now(_dt.UTC),
        group,
        from_user=user,
        text="/report",
        entities=[MessageEntity(MessageEntity.BOT_COMMAND, 0, 7)],
    )
    await bot.app.process_update(Update.de_json(Update(1, message=message).to_dict(), bot.app.bot))
    [answer] = [m for m in bot.api.messages.values() if m.chat_id == -100777]
    assert "private chat" in answer.text
    assert await draft_of(bot, 516) is None
