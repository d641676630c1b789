"""The report form reads dates, terms and amounts as people write them, in each language, and
asks with buttons when an answer has several readings (through the real Application, on SQLite
and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from bot.infra.i18n import use_locale
from bot.ui.render import format_date, format_money, format_term
from tests.conftest import BotHarness, ChatDriver
from tests.test_report_flow import draft_of

VERDICT_DATE, VERDICT_SENTENCE, SENTENCE_VALUE, REVIEW = (
    "verdict_date",
    "verdict_sentence",
    "sentence_value",
    "review",
)


async def skip_to(chat: ChatDriver, step: int) -> None:
    """Skip questions (by their buttons' data, whatever the language) until `step` is asked."""
    for _ in range(40):
        data = [d for _t, d in chat.last_with_buttons().buttons]
        if any(d.startswith(f"rep:{step}:") for d in data):
            return
        forward = next(d for d in data if d.endswith((":_skip", ":done")))
        await chat.press_data(forward, chat.last_with_buttons())
    raise AssertionError(f"never reached step {step}")


async def sentenced_report(chat: ChatDriver, name: str = "Айгерим Сапарова") -> None:
    await chat.send("/report")
    await chat.press_data("rep:stage:sentenced", chat.last_with_buttons())
    await chat.send(name)
    await skip_to(chat, VERDICT_DATE)


NATURAL = [
    # language, verdict date, term, hours, amount, expected (date, months, hours, tenge)
    ("ru", "10 сентября 2021 г.", "2 года 3 месяца", "100 ч", "27 780 тенге ($65)",
     (dt.date(2021, 9, 10), 27, 100, Decimal(27780))),
    ("ru", "10.09.21", "полтора года", "сто часов", "1,5 млн тенге",
     (dt.date(2021, 9, 10), 18, 100, Decimal(1500000))),
    ("kk", "2021 жылғы 5 тамызда", "екі жыл алты ай", "100 сағат", "27 780 теңге",
     (dt.date(2021, 8, 5), 30, 100, Decimal(27780))),
    ("kk", "5 тамыз 2021", "бір жарым жыл", "240 сағат", "50 мың теңге",
     (dt.date(2021, 8, 5), 18, 240, Decimal(50000))),
    ("en", "3 Mar 2022", "one year", "100 hours", "27,780 tenge",
     (dt.date(2022, 3, 3), 12, 100, Decimal(27780))),
    ("en", "March 3, 2022", "18 months", "100 h", "KZT 27 780",
     (dt.date(2022, 3, 3), 18, 100, Decimal(27780))),
]  # fmt: skip


@pytest.mark.parametrize(("language", "date", "term", "hours", "amount", "expected"), NATURAL)
async def test_natural_answers_in_each_language(
    bot: BotHarness,
    language: str,
    date: str,
    term: str,
    hours: str,
    amount: str,
    expected: tuple[dt.date, int, int, Decimal],
) -> None:
    chat = bot.chat(7100, language_code=language)
    await sentenced_report(chat)
    await chat.send(date)
    for kind, answer in (
        ("imprisonment", term),
        ("community_service", hours),
        ("court_fees", amount),
    ):
        await chat.press_data(f"rep:{VERDICT_SENTENCE}:{kind}", chat.last_with_buttons())
        [reply] = await chat.send(answer)
        assert any(d.startswith(f"rep:{VERDICT_SENTENCE}:") for _t, d in reply.buttons), reply.text
    draft = await draft_of(bot, chat.user_id) or {}
    verdict_date, months, hour_count, tenge = expected
    assert draft["verdict_date"] == verdict_date.isoformat()
    parts = draft["verdict_sentence"]
    assert [p["kind"] for p in parts] == ["imprisonment", "community_service", "court_fees"]
    assert parts[0]["term_months"] == months
    assert parts[1]["hours"] == hour_count
    assert Decimal(parts[2]["amount"]) == tenge and parts[2]["currency"] == "KZT"
    # The review shows them in the reader's language.
    await skip_to(chat, REVIEW)
    review = chat.last_with_buttons().text
    with use_locale(language):
        assert format_date(verdict_date) in review
        assert format_term(months) in review
        assert format_money(tenge) in review


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
async def test_an_ambiguous_amount_is_confirmed_with_a_button(
    bot: BotHarness, language: str
) -> None:
    chat = bot.chat(7200, language_code=language)
    await sentenced_report(chat)
    await skip_to(chat, VERDICT_SENTENCE)
    await chat.press_data(f"rep:{VERDICT_SENTENCE}:fine", chat.last_with_buttons())
    [question] = await chat.send("27.780")
    with use_locale(language):
        thousands, tiyn = format_money(Decimal(27780)), format_money(Decimal("27.78"))
    assert [t for t, d in question.buttons if ":pick:" in d] == [thousands, tiyn]
    # Nothing is stored before the choice.
    assert (await draft_of(bot, chat.user_id) or {})["verdict_sentence"] == []
    [listing] = await chat.press(thousands, question)
    assert thousands in listing.text
    [part] = (await draft_of(bot, chat.user_id) or {})["verdict_sentence"]
    assert (part["kind"], Decimal(part["amount"])) == ("fine", Decimal(27780))


async def test_tiyn_are_confirmed_and_a_new_answer_replaces_the_question(bot: BotHarness) -> None:
    chat = bot.chat(7210, language_code="ru")
    await sentenced_report(chat)
    await skip_to(chat, VERDICT_SENTENCE)
    await chat.press_data(f"rep:{VERDICT_SENTENCE}:fine", chat.last_with_buttons())
    [question] = await chat.send("27,78")
    with use_locale("ru"):
        assert [t for t, d in question.buttons if ":pick:" in d] == [format_money(Decimal("27.78"))]
    # The person retypes instead of pressing: the old readings are gone, the new answer counts.
    await chat.send("27 780")
    [part] = (await draft_of(bot, chat.user_id) or {})["verdict_sentence"]
    assert Decimal(part["amount"]) == Decimal(27780)
    # The stale reading button now does nothing to the draft.
    await chat.press_data(f"rep:{SENTENCE_VALUE}:pick:0", question)
    assert len((await draft_of(bot, chat.user_id) or {})["verdict_sentence"]) == 1


async def test_a_bare_term_asks_years_or_months(bot: BotHarness) -> None:
    chat = bot.chat(7220, language_code="kk")
    await sentenced_report(chat)
    await skip_to(chat, VERDICT_SENTENCE)
    await chat.press_data(
        f"rep:{VERDICT_SENTENCE}:restriction_of_liberty", chat.last_with_buttons()
    )
    [question] = await chat.send("2")
    with use_locale("kk"):
        years, months = format_term(24), format_term(2)
    assert [t for t, d in question.buttons if ":pick:" in d] == [years, months]
    await chat.press(months, question)
    [part] = (await draft_of(bot, chat.user_id) or {})["verdict_sentence"]
    assert part["term_months"] == 2


async def test_an_ambiguous_english_date_is_confirmed(bot: BotHarness) -> None:
    chat = bot.chat(7230, language_code="en")
    await sentenced_report(chat)
    [question] = await chat.send("03/04/2022")
    labels = [t for t, d in question.buttons if ":pick:" in d]
    assert labels == ["April 3, 2022", "March 4, 2022"]
    assert (await draft_of(bot, chat.user_id) or {})["verdict_date"] is None
    await chat.press("March 4, 2022", question)
    assert (await draft_of(bot, chat.user_id) or {})["verdict_date"] == "2022-03-04"


async def test_editing_from_the_review_shows_the_current_value(bot: BotHarness) -> None:
    chat = bot.chat(7240, language_code="ru")
    await sentenced_report(chat, name="Айгерим Сапарова")
    await chat.send("10 сентября 2021")
    await skip_to(chat, REVIEW)
    [name_question] = await chat.press_data(f"rep:{REVIEW}:edit:name", chat.last_with_buttons())
    assert "Айгерим Сапарова" in name_question.text
    await chat.send("Айгерим Сапарова-Ким")
    [date_question] = await chat.press_data(
        f"rep:{REVIEW}:edit:{VERDICT_DATE}", chat.last_with_buttons()
    )
    with use_locale("ru"):
        assert format_date(dt.date(2021, 9, 10)) in date_question.text


REGION, CITY = "region", "city"


async def at_region_question(chat: ChatDriver) -> None:
    await chat.send("/report")
    await chat.press_data("rep:stage:sentenced", chat.last_with_buttons())
    await chat.send("Айгерим Сапарова")
    await skip_to(chat, REGION)


@pytest.mark.parametrize(
    ("language", "typed", "shown"),
    [("ru", "Талгар", "Талгар"), ("kk", "Талғар", "Талғар"), ("en", "Talgar", "Talgar")],
)
async def test_a_town_at_the_region_question_sets_the_region(
    bot: BotHarness, language: str, typed: str, shown: str
) -> None:
    chat = bot.chat(7250, language_code=language)
    await at_region_question(chat)
    [nxt] = await chat.send(typed)
    assert not any(d.startswith(f"rep:{CITY}:") for _t, d in nxt.buttons)  # town known: no
    draft = await draft_of(bot, chat.user_id) or {}
    assert (draft["region"], draft["city"]) == ("almaty", "Talgar")
    await skip_to(chat, REVIEW)
    assert shown in chat.last_with_buttons().text  # the town in the reader's language


async def test_namesakes_in_several_regions_are_asked(bot: BotHarness) -> None:
    chat = bot.chat(7251, language_code="ru")
    await at_region_question(chat)
    [question] = await chat.send("Аксу")
    picks = [(t, d) for t, d in question.buttons if ":pick:" in d]
    assert len(picks) >= 3 and any("Павлодарская" in t for t, _d in picks)
    assert (await draft_of(bot, chat.user_id) or {})["region"] is None
    [pavlodar] = [t for t, _d in picks if "Павлодарская" in t]
    await chat.press(pavlodar, question)
    draft = await draft_of(bot, chat.user_id) or {}
    assert (draft["region"], draft["city"]) == ("pavlodar", "Aksu")


async def test_a_village_at_the_region_question_sets_the_region(bot: BotHarness) -> None:
    # A village of 1,000 people that only the KATO classifier lists (not GeoNames).
    chat = bot.chat(7254, language_code="kk")
    await at_region_question(chat)
    [nxt] = await chat.send("Кеңгірбай би ауылы")
    assert not any(":pick:" in d for _t, d in nxt.buttons)
    draft = await draft_of(bot, chat.user_id) or {}
    assert (draft["region"], draft["city"]) == ("abai", "Kengirbay bi")


async def test_a_village_name_in_many_regions_offers_each_region_once(bot: BotHarness) -> None:
    chat = bot.chat(7255, language_code="ru")
    await at_region_question(chat)
    [question] = await chat.send("Акжар")
    picks = [t for t, d in question.buttons if ":pick:" in d]
    places, as_written = picks[:-1], picks[-1]
    assert "Акжар" in as_written
    regions = [label.split(", ", 1)[1] for label in places]
    # Twenty villages Акжар in twelve regions: each region offered once, none chosen.
    assert len(regions) == len(set(regions)) == 12
    assert "Туркестанская область" in regions and "Акмолинская область" in regions
    assert all(label.startswith("Акжар, ") for label in places)
    assert (await draft_of(bot, chat.user_id) or {})["region"] is None
    [turkistan] = [t for t in places if "Туркестанская" in t]
    await chat.press(turkistan, question)
    draft = await draft_of(bot, chat.user_id) or {}
    assert (draft["region"], draft["city"]) == ("turkistan", "Akzhar")


async def test_a_near_spelling_is_confirmed_and_an_unknown_place_kept(bot: BotHarness) -> None:
    chat = bot.chat(7252, language_code="en")
    await at_region_question(chat)
    [question] = await chat.send("Talgr")
    labels = [t for t, d in question.buttons if ":pick:" in d]
    assert labels[0] == "Talgar, Almaty region" and "Talgr" in labels[-1]
    await chat.press("As I wrote it", question)
    draft = await draft_of(bot, chat.user_id) or {}
    assert (draft["region"], draft["city"]) == (None, "Talgr")


async def test_region_lists_are_in_the_readers_alphabet(bot: BotHarness) -> None:
    chat = bot.chat(7253, language_code="kk")
    await at_region_question(chat)
    labels = [t for t, d in chat.last_with_buttons().buttons if d.startswith(f"rep:{REGION}:")]
    regions = [label for label in labels if label.endswith("облысы")]
    # Kazakh order: Ақмола after Абай, Қарағанды after Жетісу, Ұлытау after Түркістан.
    assert regions.index("Абай облысы") < regions.index("Ақмола облысы")
    assert regions.index("Жетісу облысы") < regions.index("Қарағанды облысы")
    assert regions.index("Түркістан облысы") < regions.index("Ұлытау облысы")
    assert regions.index("Ұлытау облысы") < regions.index("Шығыс Қазақстан облысы")
