"""Links that travel, through the real Application: `/start case_<id>` (the deep link the web
catalogue and shared cards use) and `/case <id>` open an approved case's card, with a web page
button when PUBLIC_BASE_URL is set and a share button; any other id gets the one same answer.
And the statistics chart: every year, none dropped."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import parse_qs, urlsplit

from bot.infra.i18n import use_locale
from bot.ui.chart import every_year, years_chart
from tests.conftest import BotHarness, make_settings
from tests.web_support import SECRET_NAME, seed_into

NOT_AVAILABLE = "This case is not available."


async def test_deep_link_and_case_command_open_only_approved_cards(bot: BotHarness) -> None:
    seeded = await seed_into(bot.sessionmaker)
    case_id = seeded.approved["Asylkhan ZHAUBATYROV"]
    chat = bot.chat(5151)
    [card] = await chat.send(f"/start case_{case_id}")
    assert "ZHAUBATYROV" in card.text and "Timeline" in card.text
    [card_again] = await chat.send(f"/case {case_id}")
    assert card_again.text == card.text
    share = dict(card.buttons)["↗️ Share"]
    assert share.startswith("https://t.me/share/url?")
    shared = parse_qs(urlsplit(share).query)
    assert shared["url"] == [f"https://t.me/{bot.app.bot.username}?start=case_{case_id}"]
    assert "🌐 Web page" not in dict(card.buttons)  # PUBLIC_BASE_URL is not set

    answers = []
    for hidden in seeded.hidden.values():
        [reply] = await chat.send(f"/start case_{hidden}")
        answers.append(reply.text)
        [reply] = await chat.send(f"/case {hidden}")
        answers.append(reply.text)
    [reply] = await chat.send("/case 999999999")
    answers.append(reply.text)
    assert set(answers) == {NOT_AVAILABLE}
    assert not any(SECRET_NAME in m.text for m in bot.api.messages.values())

    for bad in ("/case", "/case abc", "/case ١٢", "/case 1234567890123"):
        [reply] = await chat.send(bad)
        assert reply.text.startswith("Send a case number after /case"), bad
    [welcome] = await chat.send("/start case_x")
    assert "CaseWatch records" in welcome.text  # not a case link: the ordinary welcome


async def test_card_links_to_its_web_page_when_the_catalogue_is_public(
    database_url: str,
) -> None:
    harness = BotHarness(make_settings(database_url, PUBLIC_BASE_URL="https://cases.example.org"))
    await harness.start()
    try:
        seeded = await seed_into(harness.sessionmaker)
        case_id = seeded.approved["Baghdat BAKTYBAYEV"]
        [card] = await harness.chat(5152, language_code="ru").send(f"/case {case_id}")
        buttons = dict(card.buttons)
        page = f"https://cases.example.org/cases/{case_id}"
        assert buttons["🌐 Страница на сайте"] == page
        assert parse_qs(urlsplit(buttons["↗️ Поделиться"]).query)["url"] == [page]
    finally:
        await harness.stop()


def test_chart_shows_every_year_with_title_date_and_source() -> None:
    by_year = {year: year - 2004 for year in range(2005, 2021)} | {2024: 3}
    assert [y for y, _n in every_year(by_year)] == list(range(2005, 2025))
    assert dict(every_year(by_year))[2022] == 0  # a year without verdicts is shown as zero
    with use_locale("en"):
        svg = years_chart(by_year, "svg", dt.date(2026, 11, 30)).decode()
    texts = re.findall(r">([^<>]+)</text>", svg)
    for year in range(2005, 2025):
        assert str(year) in texts, year
    joined = " ".join(texts)
    assert "Verdicts per year" in joined and "November 30, 2026" in joined
    assert "Source: CaseWatch" in joined
    assert "<script" not in svg and not re.search(r'href="(https?:)?//', svg)  # nothing fetched
    with use_locale("ru"):
        png = years_chart(by_year, "png", dt.date(2026, 11, 30))
    assert png.startswith(b"\x89PNG")


def test_chart_labels_are_never_parsed_as_math() -> None:
    with use_locale("en"):
        png = years_chart(
            {2021: 1}, "png", dt.date(2026, 1, 1), [("By region", [("$x^$ " * 20, 2)])]
        )
    assert png.startswith(b"\x89PNG")


CHANNEL = -1001234567890


async def test_public_channel_gets_each_new_verdict_through_the_outbox(database_url: str) -> None:
    """PUBLIC_CHANNEL_ID: approving a case posts its verdict and appeal ruling to the channel,
    in the channel's language, with link buttons only (a callback pressed in a channel would
    make the bot answer into it); restarts do not subscribe it twice."""
    from tests.test_alerts import approve, drain, make_case

    settings = make_settings(
        database_url,
        PUBLIC_CHANNEL_ID=str(CHANNEL),
        PUBLIC_BASE_URL="https://cases.example.org",
    )
    harness = BotHarness(settings)
    await harness.start()
    try:
        await harness.restart()  # registering the channel again changes nothing
        case_id = await make_case(harness, appeal=True)
        assert await approve(harness, case_id) == 2
        assert await drain(harness) == 2
        posts = [m for m in harness.api.messages.values() if m.chat_id == CHANNEL]
        assert len(posts) == 2
        assert "BAKTYBAYEV" in posts[0].text and "BAKTYBAYEV" in posts[1].text
        # In Russian; a verdict of 2021 published today is not news (VERDICT_NEWS_DAYS).
        assert {post.text.split("\n")[0] for post in posts} == {
            "⚖️ <b>Приговор внесён в базу</b>",
            "⚖️ <b>Постановление апелляционной инстанции внесено в базу</b>",
        }
        for post in posts:
            links = dict(post.buttons)
            assert links["🌐 Страница на сайте"] == f"https://cases.example.org/cases/{case_id}"
            assert links["📂 Открыть дело"].endswith(f"?start=case_{case_id}")
            assert all(url.startswith("https://") for url in links.values())
        await make_case(harness, name="Pending Person")  # never approved: never posted
        assert await drain(harness) == 0
        channel = [m.text for m in harness.api.messages.values() if m.chat_id == CHANNEL]
        assert len(channel) == 2 and not any("Pending Person" in text for text in channel)
    finally:
        await harness.stop()
