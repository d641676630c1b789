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
    cb.SubmissionAction(cb.ModAction.APPROVE, 9),
    cb.SubmissionCode(cb.ModAction.REJECT_REASON, 9, "insufficient"),
    cb.DuplicateOf(cb.ModAction.PICK_DUPLICATE, 9, 4),
    cb.SubmissionItem(cb.ModAction.FILE_PUBLIC, 9, 3),
    cb.SubmissionItemCode(cb.ModAction.SET_EVENT_KIND, 9, 3, "verdict"),
    cb.SubmissionItemIndex(cb.ModAction.PART, 9, 3, cb.MAX_POSITION),
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


def test_keyboards_take_kinds_not_text() -> None:
    """`keyboard` packs typed buttons itself: text is refused, and a kind out of range (over 64
    bytes, an id too large) is a bug caught when the menu is built, not a button Telegram
    refuses or no handler matches."""
    from bot.ui.keyboards import keyboard

    markup = keyboard([[("Approve", cb.SubmissionAction(cb.ModAction.APPROVE, 5))]])
    assert markup is not None
    assert markup.inline_keyboard[0][0].callback_data == "mod:ap:5"
    with pytest.raises(TypeError):
        keyboard([[("Approve", "mod:ap:5")]])  # type: ignore[list-item]
    for bad in (
        cb.SubmissionAction(cb.ModAction.APPROVE, 2**40),
        cb.SubmissionAction(cb.ModAction.EVENT, 5),  # an action of another kind
        cb.SubmissionCode(cb.ModAction.EDIT_FIELD, 5, "n" * 60),
        cb.SubmissionItemIndex(cb.ModAction.PART, 5, 6, cb.MAX_POSITION + 1),
    ):
        with pytest.raises(ValueError):
            keyboard([[("Approve", bad)]])


#: What buttons in messages already sent carry: the wire format may never change (a deploy
#: must not break them), so each moderation action's packed form is pinned here.
SENT_MODERATION_DATA = {
    cb.SubmissionAction(cb.ModAction.APPROVE, 7): "mod:ap:7",
    cb.SubmissionAction(cb.ModAction.CONFIRM_APPROVE, 7): "mod:ac:7",
    cb.SubmissionAction(cb.ModAction.REJECT, 7): "mod:rj:7",
    cb.SubmissionAction(cb.ModAction.TYPE_REASON, 7): "mod:rt:7",
    cb.SubmissionAction(cb.ModAction.BACK, 7): "mod:bk:7",
    cb.SubmissionAction(cb.ModAction.DUPLICATE, 7): "mod:du:7",
    cb.SubmissionAction(cb.ModAction.TYPE_DUPLICATE, 7): "mod:dt:7",
    cb.SubmissionAction(cb.ModAction.EDIT, 7): "mod:ed:7",
    cb.SubmissionAction(cb.ModAction.SHOW, 7): "mod:sh:7",
    cb.SubmissionAction(cb.ModAction.ASK, 7): "mod:ask:7",
    cb.SubmissionAction(cb.ModAction.FILES, 7): "mod:fl:7",
    cb.SubmissionAction(cb.ModAction.EVENTS, 7): "mod:ev:7",
    cb.SubmissionAction(cb.ModAction.STAGES, 7): "mod:sg:7",
    cb.SubmissionCode(cb.ModAction.REJECT_REASON, 7, "unverified"): "mod:rr:7:unverified",
    cb.SubmissionCode(cb.ModAction.CONFIRM_REJECT, 7, cb.TYPED_REASON): "mod:rc:7:t",
    cb.SubmissionCode(cb.ModAction.EDIT_FIELD, 7, "judge"): "mod:ef:7:judge",
    cb.SubmissionCode(cb.ModAction.ADD_EVENT, 7, "verdict"): "mod:ea:7:verdict",
    cb.SubmissionCode(cb.ModAction.SET_STAGE, 7, "trial"): "mod:sgs:7:trial",
    cb.SubmissionItem(cb.ModAction.EVENT, 7, 3): "mod:eo:7:3",
    cb.SubmissionItem(cb.ModAction.EVENT_KINDS, 7, 3): "mod:ekd:7:3",
    cb.SubmissionItem(cb.ModAction.DELETE_EVENT, 7, 3): "mod:edl:7:3",
    cb.SubmissionItem(cb.ModAction.EVENT_DATE, 7, 3): "mod:edd:7:3",
    cb.SubmissionItem(cb.ModAction.PART_KINDS, 7, 3): "mod:epa:7:3",
    cb.SubmissionItem(cb.ModAction.FILE_PUBLIC, 7, 3): "mod:fp:7:3",
    cb.SubmissionItemCode(cb.ModAction.SET_EVENT_KIND, 7, 3, "release"): "mod:ekk:7:3:release",
    cb.SubmissionItemCode(cb.ModAction.ADD_PART, 7, 3, "fine"): "mod:epk:7:3:fine",
    cb.SubmissionItemIndex(cb.ModAction.PART, 7, 3, 0): "mod:ep:7:3:0",
    cb.SubmissionItemIndex(cb.ModAction.DELETE_PART, 7, 3, 1): "mod:epd:7:3:1",
    cb.SubmissionItemIndex(cb.ModAction.PART_VALUE, 7, 3, 2): "mod:epv:7:3:2",
    cb.SubmissionItemIndex(cb.ModAction.PICK_DIFFERENCE, 7, 12, 4): "mod:dp:7:12:4",
    cb.DuplicateOf(cb.ModAction.PICK_DUPLICATE, 7, 12): "mod:dm:7:12",
    cb.DuplicateOf(cb.ModAction.CONFIRM_MERGE, 7, 12): "mod:dc:7:12",
    cb.QueuePage(2): "mod:q:2",
    cb.RoleChange(add=True, telegram_id=42): "mod:role:add:42",
    cb.RoleChange(add=False, telegram_id=42): "mod:role:rm:42",
    cb.FieldAnswer(7, "region", "pick:2"): "mod:efa:7:region:pick:2",
    cb.AnswerQuestion(5): "ans:5",
}


def test_moderation_data_keeps_its_wire_format() -> None:
    for button, data in SENT_MODERATION_DATA.items():
        assert button.pack() == data
        assert cb.parse_any(data) == button
    # Every action is pinned above, and carried by exactly one kind.
    assert {getattr(b, "action", None) for b in SENT_MODERATION_DATA} >= set(cb.ModAction)
    for action in cb.ModAction:
        assert len([kind for kind in cb.ACTION_KINDS if action in kind.ACTIONS]) == 1


def test_a_moderation_pattern_takes_its_action_only() -> None:
    approve = cb.moderation_button(cb.ModAction.APPROVE)
    assert approve("mod:ap:5")
    assert not approve("mod:rj:5")
    assert not approve("mod:ap:05")
    assert not approve("mod:ap:5:1")
    pick = cb.moderation_button(cb.ModAction.PICK_DIFFERENCE)
    assert pick("mod:dp:5:6:99") and not pick("mod:dp:5:6:100")
    with pytest.raises(ValueError):
        cb.SubmissionAction.acting(cb.ModAction.EVENT)
    forged = cb.namespace(cb.SubmissionAction, cb.AnswerQuestion)
    assert forged("mod:zz:1") and forged("ans:x")
    assert not forged("model") and not forged("rep:a:b")
