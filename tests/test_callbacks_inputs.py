"""The typed callback data (bot/ui/callbacks.py) and the untrusted-input parsers
(bot/ui/inputs.py)."""

from __future__ import annotations

import pytest

from bot.ui import callbacks as cb
from bot.ui.inputs import (
    DB_INT_MAX,
    TELEGRAM_USER_ID_MAX,
    clean,
    column_limit,
    fit_column,
    parse_id,
    parse_int,
    parse_telegram_user_id,
    text_for_column,
)
from bot.ui.textlimits import clip_plain, shorten_html, utf16_length, visible_length
from db.models import AppealOutcome, Attachment, EventKind, Person, SearchKey, SentenceKind

EXAMPLES: list[cb.Callback] = [
    cb.OpenCase(1),
    cb.OpenCase(DB_INT_MAX),
    cb.SearchPage("0a1b2c3d", 0),
    cb.SearchPage("0a1b2c3d", 25),
    cb.RelatedCases("judge", 7),
    cb.FollowCase(12),
    cb.RemoveSubscription(3),
    cb.SubscribeMenu("all"),
    cb.SubscribeMenu("region", "almaty_city"),
    cb.SubscribeMenu("article", "405"),
    cb.ChooseLanguage("kk"),
    cb.PrivacyAck(),
    cb.PrivacyAck(123456),
    cb.ForgetChoice(confirmed=True),
    cb.ForgetChoice(confirmed=False),
    cb.EraseChat(),
    cb.StartReport(),
    cb.ReportAnswer("stage", "sentenced"),
    cb.ReportAnswer("review", "edit:verdict_sentence"),
    cb.ReportAnswer("appeal_sentence", "_back"),
    cb.SubmissionAction("ap", 9),
    cb.SubmissionCode("rr", 9, "insufficient"),
    cb.DuplicateOf("dm", 9, 4),
    cb.QueuePage(0),
    cb.RoleChange(add=True, telegram_id=TELEGRAM_USER_ID_MAX),
    cb.AnswerQuestion(5),
    cb.TimelineKind(EventKind.VERDICT),
    cb.TimelineOutcome(AppealOutcome.UPHELD),
    cb.TimelineSentence(SentenceKind.FINE),
    cb.TimelineSentence(None),
    cb.TimelineArticle("405.2"),
    cb.TimelineArticle("other"),
    cb.FieldAnswer(9, "region", "north_kazakhstan"),
    cb.FieldAnswer(DB_INT_MAX, "region", "pick:5"),
]


@pytest.mark.parametrize("button", EXAMPLES, ids=lambda b: type(b).__name__)
def test_every_kind_round_trips_within_64_bytes(button: cb.Callback) -> None:
    data = button.pack()
    assert data.isascii() and len(data.encode()) <= cb.MAX_CALLBACK_BYTES
    assert type(button).parse(data) == button
    assert cb.parse_any(data) is not None


FORGED = [
    "",
    "case:",
    "case:0",
    "case:007",
    "case:²",
    "case:٣",
    "case:-1",
    "case:+1",
    "case: 1",
    f"case:{DB_INT_MAX + 1}",
    "case:" + "9" * 50,
    "case:1:2",
    "find:p:zzzzzzzz:5",
    "find:p:0a1b2c3d:99999999",
    "find:mayor:5",
    "sub:region",
    "sub:all:extra",
    "sub:nonsense",
    "lang:x",
    "lang:ru\x00",
    "safe:ack:0",
    "safe:ack:12:13",
    "safe:forget:maybe",
    "safe:erase:1",
    "rep:Stage:verdict",
    "rep:stage:",
    "rep:stage:a b",
    "mod:ap:99999999999999999999",
    "mod:zz:5",
    "mod:role:add:-5",
    f"mod:role:add:{TELEGRAM_USER_ID_MAX + 1}",
    "ans:１２",  # full-width digits
    "tl:k:VERDICT!",
    "tl:k:verdict:1",
    "tl:o:verdict",
    "tl:s:done:done",
    "tl:s:",
    "tl:a:405.9",
    "tl:a:Other",
    "tl:x:verdict",
    "mod:efa:0:region:almaty",
    "mod:efa:5:Region:almaty",
    "mod:efa:5:region:",
    "x" * 65,
    "case:1" + "\u0661",
]


@pytest.mark.parametrize("data", FORGED)
def test_forged_data_parses_as_nothing(data: str) -> None:
    assert cb.parse_any(data) is None


def test_packing_refuses_what_telegram_or_the_database_would() -> None:
    with pytest.raises(ValueError):
        cb.OpenCase(DB_INT_MAX + 1).pack()
    with pytest.raises(ValueError):
        cb.OpenCase(0).pack()
    with pytest.raises(ValueError):
        cb.ReportAnswer("stage", "x" * 60).pack()
    with pytest.raises(ValueError):
        cb.SubscribeMenu("region", "Алматы").pack()


def test_report_buttons_match_only_their_step() -> None:
    matches = cb.ReportAnswer.at_step("aliases")
    assert matches("rep:aliases:x") and not matches("rep:region:x")
    assert not matches("rep:Aliases:x") and not matches("rep:aliases :x")


def test_integers_are_ascii_and_in_range() -> None:
    assert parse_int("42") == 42
    assert parse_int("²") is None and parse_int("٣") is None and parse_int("１") is None
    assert parse_int("-5") is None and parse_int(" 5") is None and parse_int("") is None
    assert parse_int(str(DB_INT_MAX)) == DB_INT_MAX
    assert parse_int(str(DB_INT_MAX + 1)) is None
    assert parse_int("9" * 100_000) is None  # refused without a huge conversion
    assert parse_id("#17") == 17 and parse_id("0") is None and parse_id("²") is None
    assert parse_telegram_user_id("-5") is None
    assert parse_telegram_user_id("1" * 23) is None
    assert parse_telegram_user_id("123456789") == 123456789


def test_clean_strips_control_characters() -> None:
    assert clean("Ab\x00c\x07d\u200b") == "Abcd\u200b"  # zero-width space is a format char, kept
    assert clean("  two\nlines ") == "two lines"
    assert clean("two\r\nlines\x00", multiline=True) == "two\nlines"
    assert clean("\ud800x") == "x"
    assert clean("👨‍👩‍👧 семья") == "👨‍👩‍👧 семья"  # ZWJ sequences survive


def test_limits_come_from_the_columns() -> None:
    assert column_limit(Person.surname) == 150
    assert column_limit(Attachment.mime_type) == 100
    assert column_limit(SearchKey.key) is not None
    assert text_for_column("x" * 151, Person.surname) is None
    assert text_for_column(" Ли\x00 ", Person.surname) == "Ли"
    assert fit_column("a/" + "b" * 300, Attachment.mime_type) == ("a/" + "b" * 300)[:100]


def test_utf16_lengths_and_safe_shortening() -> None:
    assert utf16_length("😀") == 2 and utf16_length("ж") == 1
    assert utf16_length(clip_plain("😀" * 3000, 4096)) <= 4096
    card = "<b>Name</b> " + "<i>&amp; 😀 text</i> " * 400
    short = shorten_html(card, 1000)
    assert visible_length(short) <= 1000
    assert short.endswith("</i>") or short.endswith("…")
    assert short.count("<i>") == short.count("</i>")
    # Never cut inside an entity.
    assert "&am…" not in short and not short.rstrip("…</i>").endswith("&")
    assert shorten_html("<b>short</b>") == "<b>short</b>"


def test_number_parsers_read_ascii_digits_only() -> None:
    """The natural-answer parsers (bot/parsing) refuse digits other than 0-9 instead of letting
    int()/Decimal()/Fraction() read them; ASCII answers still read."""
    from bot import parsing
    from bot.handlers.report.draft import InvalidAnswer, parse_article
    from bot.ui.inputs import has_foreign_digits

    assert has_foreign_digits("٣ years") and has_foreign_digits("²") and has_foreign_digits("１")
    assert not has_foreign_digits("2 года 6 месяцев") and not has_foreign_digits("½")
    for call in (
        lambda: parsing.parse_term("٣ years"),
        lambda: parsing.parse_hours("١٠٠"),
        lambda: parsing.parse_amount("１０００ тенге", language="ru"),
        lambda: parsing.parse_date("٣ мая 2020", allow_future=False),
        lambda: parse_article("٣٦٥"),
    ):
        with pytest.raises(InvalidAnswer):
            call()
    assert parsing.parse_term("2 года") == 24
    assert parsing.parse_hours("100") == 100
    assert parse_article("405 part 2")[:2] == ("405", 2)


def test_text_built_buttons_must_be_a_kind() -> None:
    """Menus that build their data as text (moderation) pass through `checked` in `keyboard`:
    a button no kind parses, one over 64 bytes or with an id out of range is a bug caught when
    the menu is built, not a button Telegram refuses or no handler matches."""
    from bot.ui.keyboards import keyboard

    markup = keyboard([[("Approve", "ap:5")]], "mod:")
    assert markup is not None
    assert markup.inline_keyboard[0][0].callback_data == "mod:ap:5"
    for bad in ("ap:five", "ap:05", "zz:5", f"ap:{2**40}", "ap:5:" + "9" * 70):
        with pytest.raises(ValueError):
            keyboard([[("Approve", bad)]], "mod:")
