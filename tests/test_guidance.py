"""Guidance: a command sent alone asks for its argument and takes the next message (kept across a
restart); /start shows the main actions; /help and the command menu follow the person's role."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from db.models import Subscription, SubscriptionKind
from db.users import get_user
from tests.conftest import ADMIN_ID, BotHarness
from tests.test_report_flow import draft_of

MODERATOR_ID = 7301


async def awaiting(bot: BotHarness, user_id: int) -> str | None:
    async with bot.sessionmaker() as session:
        res = bot.app.bot_data["casewatch"]
        user = await get_user(session, res.user_hash(user_id))
        return user.awaiting_command if user else None


async def test_a_command_alone_asks_and_takes_the_next_message_even_after_a_restart(
    bot: BotHarness,
) -> None:
    chat = bot.chat(7300)
    [question] = await chat.send("/city")
    assert "Which town or city?" in question.text
    assert await awaiting(bot, 7300) == "city"
    await bot.restart()
    [answer] = await chat.send("Taraz")
    assert "«Taraz»" in answer.text  # the lookup ran on the town, not as a name
    assert await awaiting(bot, 7300) is None
    # The next text is a plain name lookup again.
    [again] = await chat.send("Zhaubatyrov")
    assert "«Zhaubatyrov»" in again.text


async def test_each_lookup_command_alone_asks_its_question(bot: BotHarness) -> None:
    chat = bot.chat(7302, language_code="ru")
    for command in ("/search", "/article", "/judge"):
        [question] = await chat.send(command)
        assert "/" not in question.text  # a question, not a usage line
        assert await awaiting(bot, 7302) == command[1:]
    [answer] = await chat.send("405")
    assert "405" in answer.text and await awaiting(bot, 7302) is None


async def test_another_command_closes_the_question(bot: BotHarness) -> None:
    chat = bot.chat(7303)
    await chat.send("/search")
    await chat.send("/report")
    assert await awaiting(bot, 7303) is None
    await chat.press("Sentenced")
    await chat.send("Asylkhan ZHAUBATYROV")  # a report answer, not a lookup
    assert (await draft_of(bot, 7303) or {})["person_name"] == "Asylkhan ZHAUBATYROV"


async def test_subscribe_alone_takes_a_town_region_or_article(bot: BotHarness) -> None:
    chat = bot.chat(7304)
    [menu] = await chat.send("/subscribe")
    assert menu.buttons and await awaiting(bot, 7304) == "subscribe"
    await chat.send("Taraz")
    await chat.send("/subscribe")
    await chat.send("405")
    await chat.send("/subscribe")
    await chat.press("A city")
    assert await awaiting(bot, 7304) == "subscribe_city"
    await chat.send("Kosshy")
    async with bot.sessionmaker() as session:
        rules = (await session.scalars(select(Subscription).order_by(Subscription.id))).all()
        assert [(r.kind, r.value) for r in rules] == [
            (SubscriptionKind.CITY, "taraz"),
            (SubscriptionKind.ARTICLE, "405"),
            (SubscriptionKind.CITY, "kosshy"),
        ]


async def test_start_shows_the_main_actions(bot: BotHarness) -> None:
    chat = bot.chat(7305, language_code="kk")
    [welcome] = await chat.send("/start")
    assert [d for _t, d in welcome.buttons] == [
        "menu:report",
        "menu:search",
        "menu:follow",
        "menu:language",
    ]
    await chat.press_data("menu:search", welcome)
    assert await awaiting(bot, 7305) == "search"
    [answer] = await chat.send("Жаубатыров")
    assert "Жаубатыров" in answer.text
    [languages] = await chat.press_data("menu:language", welcome)
    assert [d for _t, d in languages.buttons] == ["lang:ru", "lang:kk", "lang:en"]
    [follow] = await chat.press_data("menu:follow", welcome)
    assert any(d == "sub:all" for _t, d in follow.buttons), follow.buttons
    sent = await chat.press_data("menu:report", welcome)  # the privacy notice, then the question
    assert any(d.startswith("rep:stage:") for m in sent for _t, d in m.buttons)


def _scoped_menus(bot: BotHarness) -> dict[int, list[str]]:
    menus: dict[int, list[str]] = {}
    for params in bot.api.sent("setMyCommands"):
        scope = params.get("scope")
        if scope is None:
            continue
        scope = json.loads(scope) if isinstance(scope, str) else scope
        commands: Any = params["commands"]
        commands = json.loads(commands) if isinstance(commands, str) else commands
        menus[int(scope["chat_id"])] = [c["command"] for c in commands]
    return menus


async def test_help_and_menus_follow_the_role(bot: BotHarness) -> None:
    # At start-up, the admin named in ADMIN_IDS gets the admin menu in their chat.
    assert "moderators" in _scoped_menus(bot)[ADMIN_ID]
    person, admin = bot.chat(MODERATOR_ID), bot.chat(ADMIN_ID)
    [help_text] = await person.send("/help")
    assert "/search" in help_text.text and "/queue" not in help_text.text
    await admin.send(f"/moderators add {MODERATOR_ID}")
    menu = _scoped_menus(bot)[MODERATOR_ID]
    assert {"queue", "history", "event", "search"} <= set(menu) and "moderators" not in menu
    [help_text] = await person.send("/help")
    assert "/queue" in help_text.text and "/moderators" not in help_text.text
    [help_text] = await admin.send("/help")
    assert "/queue" in help_text.text and "/moderators" in help_text.text
    # Removed: the chat's own menu is deleted (the default one applies again).
    await admin.send(f"/moderators remove {MODERATOR_ID}")
    deleted = [
        json.loads(p["scope"]) if isinstance(p["scope"], str) else p["scope"]
        for p in bot.api.sent("deleteMyCommands")
    ]
    assert {"type": "chat", "chat_id": MODERATOR_ID} in deleted
    [help_text] = await person.send("/help")
    assert "/queue" not in help_text.text
    # After a restart the moderator menus are set again from the database.
    await admin.send(f"/moderators add {MODERATOR_ID}")
    bot.api.clear()
    await bot.restart()
    assert "queue" in _scoped_menus(bot)[MODERATOR_ID]


async def test_a_followed_town_is_named_in_the_readers_language(bot: BotHarness) -> None:
    chat = bot.chat(7306, language_code="kk")
    await chat.send("/subscribe")
    [done] = await chat.send("Taraz")
    assert "Тараз" in done.text and "Taraz" not in done.text
