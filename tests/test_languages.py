"""The bot in Russian, Kazakh and English: the same report in each language, /language, and
cards rendered in each recipient's language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select

from bot.infra.i18n import _, use_locale
from bot.infra.offline import SentMessage
from bot.ui.labels import STAGES
from db.cases import get_case
from db.drafts import load_draft
from db.models import Case, Submission, User
from tests.conftest import ADMIN_ID, BotHarness, ChatDriver, make_settings

LANGUAGES = ("en", "ru", "kk")


def t(language: str, message: str) -> str:
    with use_locale(language):
        return _(message)


async def press_value(chat: ChatDriver, value: str) -> list[SentMessage]:
    """Press the button whose callback value is `value`, whatever its label's language."""
    message = chat.last_with_buttons()
    matches = [data for _text, data in message.buttons if data.split(":")[-1] == value]
    assert matches, f"no button {value!r} among {message.buttons}"
    return await chat.press_data(matches[0], message)


#: How a reporter writes a term in each language (parsed the same way).
ONE_YEAR = {"en": "1 year", "ru": "1 год", "kk": "1 жыл"}


@dataclass(frozen=True)
class Seen:
    """A message as it was when sent (the bot edits answered prompts afterwards)."""

    text: str
    buttons: list[tuple[str, str]]


def seen_last(sent: list[SentMessage]) -> Seen:
    return Seen(sent[-1].text, list(sent[-1].buttons))


async def report_in(chat: ChatDriver, language: str) -> dict[str, Seen]:
    """Seed 000 (Zhaubatyrov) entered by pressing buttons by their value, not their label.
    Returns the prompts worth checking, keyed by what they ask."""
    seen: dict[str, Seen] = {}
    seen["stage"] = seen_last(await chat.send("/report"))
    await press_value(chat, "sentenced")
    await chat.send("Asylkhan ZHAUBATYROV")
    await chat.send("Жаубатыров Асылхан\nZhaubatyrov Asylkhan")
    seen["city"] = seen_last(await press_value(chat, "aktobe"))
    await press_value(chat, "centre")
    await press_value(chat, "0")  # "Civil activist", the first of the offered occupations
    await press_value(chat, "405.2")
    await press_value(chat, "_skip")  # detention date
    await press_value(chat, "_skip")  # court
    await chat.send("ADILOVA Alima Salimgireyevna")
    await chat.send("ABDENOVA Saule")
    await chat.send("05.08.2021")
    await chat.send("10.09.2021")
    await press_value(chat, "restriction_of_liberty")
    await press_value(chat, "12")
    await press_value(chat, "ban_social_activity")
    await press_value(chat, "12")
    await press_value(chat, "ban_social_networks")
    seen["term_error"] = seen_last(await chat.send("soon"))
    await chat.send(ONE_YEAR[language])
    await press_value(chat, "victims_fund")
    await chat.send("27780")
    await press_value(chat, "done")
    await press_value(chat, "_skip")  # appeal hearing
    await chat.send("01.05.2019 participation in a peaceful protest")
    await chat.send("https://example.org/zhaubatyrov-verdict")
    seen["review"] = seen_last(await press_value(chat, "done"))  # no attachments
    seen["thanks"] = seen_last(await press_value(chat, "submit"))
    return seen


def snapshot(case: Case) -> dict[str, Any]:
    """Everything stored about a case, minus ids and timestamps."""
    person = case.person
    return {
        "stage": case.stage,
        "person": (
            person.name_as_entered,
            person.surname,
            person.given_names,
            person.region,
            person.city,
            person.occupation,
        ),
        "aliases": [a.spelling for a in person.aliases],
        "charges": [(c.article, c.part, c.title) for c in case.charges],
        "court": (case.court, case.judge, case.prosecutor),
        "events": [
            (
                e.kind,
                e.event_date,
                e.judge,
                [(p.kind, p.term_months, p.hours, p.amount, p.currency) for p in e.sentence],
            )
            for e in case.events
        ],
        "acts": [(a.act_date, a.description) for a in case.acts],
        "sources": [s.url for s in case.sources],
    }


async def stored_cases(bot: BotHarness) -> list[tuple[str, Case]]:
    async with bot.sessionmaker() as session:
        submissions = (await session.scalars(select(Submission).order_by(Submission.id))).all()
        cases = []
        for submission in submissions:
            case = await get_case(session, submission.case_id)
            assert case is not None
            cases.append((submission.reference, case))
        return cases


EXPECTED_REVIEW = {
    "en": (
        "What stage is the case at now?",
        "Aktobe, Aktobe region",
        "Art. 405 part 2 «participation in the activities of an extremist organisation»",
        "September 10, 2021",
        "Payment to the Crime Victims' Compensation Fund: 27,780 ₸",
        "Restriction of liberty: 1 year",
        "Thank you. Your report has been sent to the moderators.",
    ),
    "ru": (
        "На какой стадии сейчас дело?",
        "Актобе, Актюбинская область",
        "ст. 405 ч. 2 «участие в деятельности экстремистской организации»",
        "10 сентября 2021\u00a0г.",
        "Принудительный платёж в Фонд компенсации потерпевшим: 27\u00a0780 ₸",
        "Ограничение свободы: 1 год",
        "Спасибо. Ваше обращение отправлено модераторам.",
    ),
    "kk": (
        "Іс қазір қай кезеңде?",
        "Ақтөбе, Ақтөбе облысы",
        "405-бап 2-бөлік «экстремистік ұйымның қызметіне қатысу»",
        "10 қыркүйек 2021 ж.",
        "Жәбірленушілерге өтемақы қорына мәжбүрлі төлем: 27\u00a0780 ₸",
        "Бас бостандығын шектеу: 1 жыл",
        "Рақмет. Өтінішіңіз модераторларға жіберілді.",
    ),
}


async def test_the_same_report_in_three_languages(bot: BotHarness) -> None:
    # The admin first wrote from a Kazakh Telegram: their cards come in Kazakh.
    await bot.chat(ADMIN_ID, language_code="kk").send("/start")
    prompts = {}
    for user_id, language in zip((301, 302, 303), LANGUAGES, strict=True):
        prompts[language] = await report_in(bot.chat(user_id, language_code=language), language)

    for language, seen in prompts.items():
        stage_q, place, charge, date, fund, term, thanks = EXPECTED_REVIEW[language]
        assert seen["stage"].text == stage_q == t(language, "What stage is the case at now?")
        assert [label for label, _data in seen["stage"].buttons[:5]] == [
            t(language, label) for label in STAGES.values()
        ]
        assert seen["city"].buttons[0][0] == place.split(",")[0]  # the centre, translated
        assert seen["term_error"].text.startswith(
            t(
                language,
                "I could not read that term. Write it like '1 year', '2 years 6 months' "
                "or '18 months'.",
            )
        )
        review = seen["review"].text
        for expected in (place, charge, date, fund, term, t(language, "Civil activist")):
            assert expected in review, (language, expected, review)
        assert seen["thanks"].text.startswith(thanks)
        assert [label for label, _data in seen["review"].buttons][-1] == t(language, "🗑 Discard")
        if language != "en":
            assert t(language, "Please check your report") != "Please check your report"

    cases = await stored_cases(bot)
    assert len(cases) == 3
    english, russian, kazakh = (snapshot(case) for _ref, case in cases)
    assert english == russian == kazakh
    assert english["person"][3:] == ("aktobe", "Aktobe", "Civil activist")
    assert english["charges"] == [
        ("405", 2, "participation in the activities of an extremist organisation")
    ]

    # Each report's card reached the admin in the admin's language (Kazakh), not the reporter's.
    for reference, _case in cases:
        [notice] = [
            m for m in bot.api.messages.values() if m.chat_id == ADMIN_ID and reference in m.text
        ]
        assert notice.text.startswith("🆕 Жаңа өтініш тексеруді күтіп тұр")
        assert "405-бап 2-бөлік" in notice.text and "10 қыркүйек 2021 ж." in notice.text


@pytest.mark.parametrize(
    ("language_code", "expected"),
    [("ru", "ru"), ("kk-KZ", "kk"), ("kk", "kk"), ("en-GB", "en"), ("de", "en"), (None, "en")],
)
async def test_language_from_telegram_on_first_contact(
    bot: BotHarness, language_code: str | None, expected: str
) -> None:
    chat = bot.chat(401, language_code=language_code)
    [reply] = await chat.send("/start")
    assert reply.text.startswith(
        t(
            expected,
            "CaseWatch records politically motivated prosecutions in Kazakhstan.\n\n"
            "You can report a case: an arrest, a charge, a trial or a verdict. Moderators check "
            "every report before anything is published, and your identity is never shown. "
            "You can also find published cases and follow them.",
        )[:40]
    )
    async with bot.sessionmaker() as session:
        [user] = (await session.scalars(select(User))).all()
        assert user.language == expected
    # A later change of the Telegram app's language does not override the stored choice.
    chat.factory = type(chat.factory)(401, language_code="ru" if expected != "ru" else "en")
    [help_reply] = await chat.send("/help")
    assert help_reply.text.startswith(t(expected, "What I can do:"))


async def test_language_command_switches_and_is_stored(bot: BotHarness) -> None:
    chat = bot.chat(501, language_code="en")
    [menu] = await chat.send("/language")
    assert menu.text == "Choose the language I should speak to you in:"
    assert menu.buttons == [
        ("Русский", "lang:ru"),
        ("Қазақша", "lang:kk"),
        ("✓ English", "lang:en"),
    ]
    await chat.press("Қазақша")
    confirmation = bot.api.messages[(501, menu.message_id)]  # the menu is edited in place
    assert confirmation.text.startswith("Енді сізге қазақша жазамын.")
    assert not confirmation.buttons
    [help_reply] = await chat.send("/help")
    assert help_reply.text.startswith("Мен не істей аламын:")
    assert "/language — Тілді ауыстыру" in help_reply.text
    async with bot.sessionmaker() as session:
        [user] = (await session.scalars(select(User))).all()
        assert user.language == "kk"

    # Switching in the middle of a report: the next question comes in the new language.
    *_privacy_notice, stage = await chat.send("/report")
    assert stage.text == "Іс қазір қай кезеңде?"
    await chat.send("/language")
    await chat.press("Русский")
    *_edited, name_question = await chat.press_data("rep:stage:detained", stage)
    assert name_question.text.startswith("Как полностью зовут человека")

    # A forged language code is refused and changes nothing.
    [menu] = await chat.send("/language")
    await chat.press_data("lang:de", menu)
    assert bot.api.messages[(501, menu.message_id)].text == "Эта кнопка здесь недоступна."
    async with bot.sessionmaker() as session:
        [user] = (await session.scalars(select(User))).all()
        assert user.language == "ru"


async def test_command_menus_are_published_per_language(bot: BotHarness) -> None:
    published = {
        params.get("language_code"): params["commands"]
        for params in bot.api.sent("setMyCommands")
        if "scope" not in params  # staff menus are per chat (tests/test_guidance.py)
    }
    assert set(published) == {None, "ru", "kk"}
    descriptions = {
        language: {c["command"]: c["description"] for c in _commands(commands)}
        for language, commands in published.items()
    }
    assert descriptions["ru"]["report"] == "Сообщить о преследовании"
    assert descriptions["kk"]["report"] == "Қудалау туралы хабарлау"
    assert descriptions[None]["language"] == "Change the language"
    for language in ("ru", "kk"):
        assert descriptions[language].keys() == descriptions[None].keys()
        assert all(descriptions[language][c] != descriptions[None][c] for c in descriptions[None])


def _commands(raw: Any) -> list[dict[str, str]]:
    import json

    return json.loads(raw) if isinstance(raw, str) else raw


@pytest.mark.parametrize(("setting", "expected"), [(None, "ru"), ("kk", "kk"), ("en", "en")])
async def test_moderation_group_card_language(
    database_url: str, setting: str | None, expected: str
) -> None:
    overrides = {"MODERATION_CHAT_ID": "-1001234"}
    if setting:
        overrides["MODERATION_LANGUAGE"] = setting
    harness = BotHarness(make_settings(database_url, **overrides))
    await harness.start()
    try:
        await report_in(harness.chat(601, language_code="en"), "en")
        [card] = [m for m in harness.api.messages.values() if m.chat_id == -1001234]
    finally:
        await harness.stop()
    assert card.text.startswith("🆕 " + t(expected, "New report waiting for review"))
    assert EXPECTED_REVIEW[expected][3] in card.text  # the verdict date, formatted per locale
    assert t(expected, "Restriction of liberty") + ": " in card.text


@pytest.mark.parametrize(
    ("language", "typed", "shown"),
    [
        ("en", "272 part 2 mass riots", "Art. 272 part 2 «mass riots»"),
        ("ru", "272 ч. 2 массовые беспорядки", "ст. 272 ч. 2 «массовые беспорядки»"),
        (
            "kk",
            "272-бап 2-бөлік жаппай тәртіпсіздіктер",
            "272-бап 2-бөлік «жаппай тәртіпсіздіктер»",
        ),
    ],
)
async def test_other_article_as_each_language_writes_it(
    bot: BotHarness, language: str, typed: str, shown: str
) -> None:
    """The example given in each language's prompt is read back as article, part and title."""
    chat = bot.chat(701, language_code=language)
    await chat.send("/report")
    await press_value(chat, "charged")
    await chat.send("Asylkhan ZHAUBATYROV")
    for _question in range(3):  # other spellings, place, who they are
        await press_value(chat, "_skip")
    *_edited, other_prompt = await press_value(chat, "other")
    assert typed in other_prompt.text  # the prompt's own example
    await chat.send(typed)
    async with bot.sessionmaker() as session:
        [user] = (await session.scalars(select(User))).all()
        row = await load_draft(session, user.id)
        assert row is not None
        assert (row.data["article"], row.data["part"]) == ("272", 2)
        assert row.data["article_title"] == shown.split("«")[1].rstrip("»")
    for _question in range(20):  # skip the rest up to the review
        last = chat.last_with_buttons()
        if any(data.endswith(":submit") for _t, data in last.buttons):
            break
        await press_value(
            chat, "_skip" if any(d.endswith("_skip") for _t, d in last.buttons) else "done"
        )
    assert shown in chat.last_with_buttons().text
