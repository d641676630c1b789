"""The offline Bot API refuses what Telegram refuses, so such bugs fail tests."""

from __future__ import annotations

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest

from bot.infra.offline import OfflineBotAPI, TelegramRefusal, html_visible_text


def test_html_validation() -> None:
    assert html_visible_text("<b>a</b> &lt;x&gt; &amp; &#65;") == "a <x> & A"
    assert html_visible_text('<a href="https://x.org">l</a><tg-spoiler>s</tg-spoiler>') == "ls"
    for bad in (
        "<b>unclosed",
        "a < b",
        "x & y",
        "<div>x</div>",
        "</b>",
        "<b><i>x</b></i>",
        "&nbsp;",
        "<script>alert(1)</script>",
    ):
        with pytest.raises(TelegramRefusal):
            html_visible_text(bad)


@pytest.fixture
async def bot_api() -> tuple[Bot, OfflineBotAPI]:
    api = OfflineBotAPI()
    bot = Bot("0:offline", request=api, get_updates_request=api)
    await bot.initialize()
    return bot, api


async def test_refusals(bot_api: tuple[Bot, OfflineBotAPI]) -> None:
    bot, api = bot_api
    assert bot.username == "CaseWatchBot"  # getMe answered offline
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_message(1, "<b>x", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)too long"):
        await bot.send_message(1, "x" * 4097)
    await bot.send_message(1, "&lt;" * 4096, parse_mode="HTML")  # 4096 visible characters
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await bot.send_message(
            1,
            "x",
            reply_markup=InlineKeyboardMarkup(
                [[InlineKeyboardButton("b", callback_data="d" * 65)]]
            ),
        )
    sent = await bot.send_message(1, "same")
    with pytest.raises(BadRequest, match=r"(?i)not modified"):
        await bot.edit_message_text("same", chat_id=1, message_id=sent.message_id)
    await bot.edit_message_text("changed", chat_id=1, message_id=sent.message_id)
    await bot.delete_message(1, sent.message_id)
    with pytest.raises(BadRequest, match=r"(?i)not found"):
        await bot.delete_message(1, sent.message_id)
    assert [m for m, _p in api.calls].count("sendMessage") == 5
