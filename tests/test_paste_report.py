"""Paste a published report: extraction on the seeds and the held-out set, the CLI, and the
story through the real bot (paste -> review pre-filled -> submit -> pending case)."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from sqlalchemy import select

from bench.extract import HELD_OUT, SEEDS, accuracy, labelled_texts, score_text
from bot.cli.main import main as cli_main
from bot.extract import extract_cases, looks_like_report
from bot.services.exchange import schema
from db.cases import get_case
from db.models import AppealOutcome, CaseStage, EventKind, Publication, SentenceKind, Submission
from tests.conftest import BotHarness

K = SentenceKind
SEED_000 = (SEEDS / "000_6cd18a8e309ac952.txt").read_text(encoding="utf-8")
SEED_001 = (SEEDS / "001_b414d8d91105ccd6.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["000_6cd18a8e309ac952.txt", "001_b414d8d91105ccd6.txt"])
def test_each_seed_extracts_with_every_field_right(name: str) -> None:
    [(_name, text, expected)] = [item for item in labelled_texts(SEEDS) if item[0] == name]
    counts = score_text(expected, extract_cases(text))
    wrong = {field: c for field, c in counts.items() if c[0] != c[1] or c[2]}
    assert wrong == {}, wrong


@pytest.mark.parametrize(
    "directory",
    [
        HELD_OUT,
        HELD_OUT.with_name("reports-fresh"),
        HELD_OUT.with_name("reports-fresh2"),
        *sorted(HELD_OUT.parent.glob("reports-dev*")),
    ],
    ids=lambda path: path.name,
)
def test_labelled_reports_stay_above_the_goal(directory: Path) -> None:
    """A regression check: these sets were held out once (see README), no longer."""
    totals = [0, 0, 0]
    for _name, text, expected in labelled_texts(directory):
        for counts in score_text(expected, extract_cases(text)).values():
            totals = [t + c for t, c in zip(totals, counts, strict=True)]
    assert accuracy(totals) >= 0.95
    assert len(labelled_texts(HELD_OUT)) >= 20


def test_blind_held_out_set_does_not_fall_below_its_first_run() -> None:
    """The blind set (tests/data/reports-heldout, README) scored 0.798 on its one untouched run
    and 0.945 after fixing, by general rules, what it showed: later changes must not lose ground."""
    totals = [0, 0, 0]
    for _name, text, expected in labelled_texts(HELD_OUT.with_name("reports-heldout")):
        for counts in score_text(expected, extract_cases(text)).values():
            totals = [t + c for t, c in zip(totals, counts, strict=True)]
    assert accuracy(totals) >= 0.94


def test_second_blind_set_does_not_fall_below_its_first_run() -> None:
    """tests/data/reports-heldout2 scored 0.788 on its one untouched run (README): a guard
    against losing ground until its failures are used to fix rules."""
    totals = [0, 0, 0]
    for _name, text, expected in labelled_texts(HELD_OUT.with_name("reports-heldout2")):
        for counts in score_text(expected, extract_cases(text)).values():
            totals = [t + c for t, c in zip(totals, counts, strict=True)]
    assert accuracy(totals) >= 0.78


def test_co_defendants_sentenced_in_one_sentence_are_one_case_each() -> None:
    text = (
        "On 3 March 2023 the Zhanaozen city court sentenced two activists under Article 272 "
        "Part 2. Nurzhan ABDIKARIMOV was sentenced to 5 years of imprisonment, and Yerlan "
        "SAGYNOV to 3 years of restriction of liberty. Judge Berik ZHUMAGALIYEV presided."
    )
    cases = {c["person"]["name"]: c for c in extract_cases(text)}
    assert set(cases) == {"Nurzhan ABDIKARIMOV", "Yerlan SAGYNOV"}
    for name, kind, months in (
        ("Nurzhan ABDIKARIMOV", "imprisonment", 60),
        ("Yerlan SAGYNOV", "restriction_of_liberty", 36),
    ):
        [verdict] = cases[name]["events"]
        assert [(p["kind"], p["term_months"]) for p in verdict["sentence"]] == [(kind, months)]
        assert cases[name]["judge"] == "Berik ZHUMAGALIYEV"
        assert cases[name]["court"] == "Zhanaozen city court"


def test_names_written_without_capitals_and_a_judge_who_is_not_the_person() -> None:
    text = (
        "18 января 2024 года Актюбинский городской суд признал юриста Бауыржана Искакова "
        "виновным по ч. 2 ст. 274 УК РК и приговорил к двум годам ограничения свободы. "
        "Судья Алия Муканова также обязала его выплатить 18 460 тенге в фонд компенсации "
        "потерпевшим."
    )
    [case] = extract_cases(text)
    assert (case["person"]["name"], case["judge"]) == ("Бауыржан Искаков", "Алия Муканова")
    assert case["person"]["occupation"] == "юрист"


def test_what_the_prosecutor_asked_for_is_not_the_sentence() -> None:
    text = (
        "On 14 March 2024 the Aktau city court found Marat ZHYLANBAYEV guilty under Art. 174(1) "
        "and sentenced him to 3 years of restriction of liberty. The state prosecutor, Daulet "
        "OMIRBEKOV, had asked for 5 years of imprisonment."
    )
    [case] = extract_cases(text)
    [verdict] = case["events"]
    assert [(p["kind"], p["term_months"]) for p in verdict["sentence"]] == [
        ("restriction_of_liberty", 36)
    ]
    assert (case["prosecutor"], case["charges"][0]["part"]) == ("Daulet OMIRBEKOV", 1)


def test_russian_names_are_put_in_the_nominative() -> None:
    [case] = extract_cases((HELD_OUT / "ru01.txt").read_text(encoding="utf-8"))
    assert case["person"]["name"] == "Айгерим Сапарова"
    assert case["judge"] == "Жанар Ахметова"
    assert (case["person"]["city"], case["person"]["region"]) == ("Талдыкорган", "zhetysu")


def test_sanctions_paragraph_names_nobody_in_the_case() -> None:
    [case] = extract_cases(SEED_000)
    text = json.dumps(case, ensure_ascii=False)
    for official in ("MASSIMOV", "NURDAULETOV", "TURGUMBAYEV"):
        assert official not in text


def test_short_chat_text_is_not_a_report() -> None:
    assert looks_like_report(SEED_000)
    assert not looks_like_report("Asylkhan Zhaubatyrov")
    assert not looks_like_report("hello " * 100)


def test_cli_prints_a_pending_document_that_fits_the_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "seed 001.txt"
    report.write_text(SEED_001, encoding="utf-8")
    cli_main(["parse-report", str(report)])
    document = json.loads(capsys.readouterr().out)
    errors = list(
        Draft202012Validator(schema(), format_checker=FormatChecker()).iter_errors(document)
    )
    assert errors == []
    assert [c["publication"] for c in document["cases"]] == ["pending", "pending"]
    assert [c["id"] for c in document["cases"]] == ["seed-001-1", "seed-001-2"]
    assert [c["person"]["name"] for c in document["cases"]] == [
        "SABANSHIYEV Yerkyn",
        "Baghdat BAKTYBAYEV",
    ]


def parts(event: object) -> list[tuple[SentenceKind, int | None, int | None, Decimal | None]]:
    return [(p.kind, p.term_months, p.hours, p.amount) for p in event.sentence]  # type: ignore[attr-defined]


async def only_case(bot: BotHarness):  # type: ignore[no-untyped-def]
    async with bot.sessionmaker() as session:
        submission = (await session.scalars(select(Submission))).one()
        case = await get_case(session, submission.case_id)
        assert case is not None
        return case


async def test_pasted_seed_opens_the_review_filled_in_and_submits_a_pending_case(
    bot: BotHarness,
) -> None:
    chat = bot.chat(7101)
    sent = await chat.send(SEED_000)
    # First contact: the privacy notice (acknowledged by the driver), then the draft read from
    # the text is offered; nothing is submitted yet.
    assert any("unfinished report (Asylkhan ZHAUBATYROV)" in m.text for m in sent)
    async with bot.sessionmaker() as session:
        assert (await session.scalars(select(Submission))).first() is None
    [review] = await chat.press("Continue")
    assert "Please check your report" in review.text
    for shown in (
        "Asylkhan ZHAUBATYROV",
        "Aktobe",
        "Art. 405 part 2",
        "ADILOVA Alima Salimgireyevna",
        "ABDENOVA Saule",
        "September 10, 2021",
        "Restriction of liberty: 1 year",
        "27,780 ₸",
        "participation in a peaceful protest",
        "check every field",
    ):
        assert shown in review.text, shown
    # The usual edit buttons work on the pre-filled draft.
    await chat.press("Who they are")
    [review] = await chat.send("Civil activist and political prisoner")
    assert "Civil activist and political prisoner" in review.text
    await chat.press("Submit")

    case = await only_case(bot)
    assert case.publication is Publication.PENDING
    assert case.stage is CaseStage.SENTENCED
    person = case.person
    assert (person.name_as_entered, person.surname) == ("Asylkhan ZHAUBATYROV", "Zhaubatyrov")
    assert (person.city, person.region) == ("Aktobe", "aktobe")
    assert person.occupation == "Civil activist and political prisoner"
    assert (case.charges[0].article, case.charges[0].part) == ("405", 2)
    assert (case.judge, case.prosecutor) == ("ADILOVA Alima Salimgireyevna", "ABDENOVA Saule")
    trial, verdict = case.events
    assert (trial.kind, trial.event_date) == (EventKind.TRIAL, dt.date(2021, 8, 5))
    assert (verdict.kind, verdict.event_date) == (EventKind.VERDICT, dt.date(2021, 9, 10))
    assert parts(verdict) == [
        (K.RESTRICTION_OF_LIBERTY, 12, None, None),
        (K.BAN_SOCIAL_ACTIVITY, 12, None, None),
        (K.BAN_SOCIAL_NETWORKS, 12, None, None),
        (K.VICTIMS_FUND, None, None, Decimal("27780")),
    ]
    assert next((a.act_date, a.description) for a in case.acts) == (
        dt.date(2019, 5, 1),
        "participation in a peaceful protest",
    )


async def test_report_with_two_cases_lets_the_person_pick_one(bot: BotHarness) -> None:
    chat = bot.chat(7102)
    await chat.send("/paste")  # the privacy notice, acknowledged by the driver
    [question] = await chat.press("Continue")
    assert "Paste or forward the text" in question.text
    [pick] = await chat.send(SEED_001)
    assert "I found 2 cases" in pick.text
    assert [label.split(" (")[0] for label, _data in pick.buttons] == [
        "SABANSHIYEV Yerkyn",
        "Baghdat BAKTYBAYEV",
    ]
    [review] = await chat.press("BAKTYBAYEV")
    assert "Sentence reduced" in review.text
    await chat.press("Submit")

    case = await only_case(bot)
    assert case.publication is Publication.PENDING
    assert case.stage is CaseStage.APPEALED
    assert (case.person.city, case.person.region) == ("Shu", "zhambyl")
    verdict, appeal = case.events
    assert (verdict.event_date, appeal.event_date) == (dt.date(2021, 2, 4), dt.date(2021, 4, 7))
    assert appeal.appeal_outcome is AppealOutcome.REDUCED
    assert parts(verdict)[0] == (K.RESTRICTION_OF_LIBERTY, 24, None, None)
    assert parts(appeal) == [
        (K.RESTRICTION_OF_LIBERTY, 12, None, None),
        (K.BAN_SOCIAL_NETWORKS, 60, None, None),
        (K.FORENSIC_FEE, None, None, Decimal("25736")),
        (K.VICTIMS_FUND, None, None, Decimal("55560")),
        (K.COMMUNITY_SERVICE, None, 80, None),
    ]


async def test_report_forwarded_from_a_channel_in_kazakh(bot: BotHarness) -> None:
    """A Kazakh report forwarded from a channel: the review (in Kazakh) holds the nominative
    name, the town in Kazakh and the region; Submit stores them."""
    from telegram import Chat, MessageOriginChannel

    chat = bot.chat(7103, language_code="kk")
    channel = Chat(id=-1001234, type=Chat.CHANNEL, title="Human rights news")
    origin = MessageOriginChannel(date=dt.datetime.now(dt.UTC), chat=channel, message_id=77)
    text = (HELD_OUT / "kk01.txt").read_text(encoding="utf-8")
    await chat.send_message(text=text, forward_origin=origin)
    [review] = await chat.press_data(chat.last_with_buttons().buttons[0][1])  # "continue"
    for shown in ("Ерболат Қалиев", "Ақтөбе", "Гүлнар Сейітова", "Дәурен Омаров"):
        assert shown in review.text, shown
    assert re.search(r"27\s780 ₸", review.text)  # grouped with a no-break space in Kazakh
    await chat.press("✅")
    case = await only_case(bot)
    assert case.publication is Publication.PENDING
    assert (case.person.name_as_entered, case.person.city, case.person.region) == (
        "Ерболат Қалиев",
        "Ақтөбе",
        "aktobe",
    )
    [verdict] = case.events
    assert verdict.event_date == dt.date(2021, 9, 10)
    assert parts(verdict)[-1] == (K.VICTIMS_FUND, None, None, Decimal("27780"))


async def test_digits_other_than_ascii_are_never_read_from_a_pasted_report(
    bot: BotHarness,
) -> None:
    """A report written with Arabic-Indic digits: the extractor's patterns would take "٢٠٢٢" for
    2022; the pasted text is masked (bot/ui/inputs) first, so no figure or date comes from them."""
    text = (HELD_OUT.with_name("reports-fresh") / "ru12.txt").read_text(encoding="utf-8")
    assert "2022" in text
    arabic = text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    chat = bot.chat(7104)
    sent = await chat.send("/paste " + arabic)
    shown = "\n".join(m.text for m in sent)
    assert "2022" not in shown and "405" not in shown
    # Without its dates and articles the text no longer reads as a case at all.
    assert "I could not find a case in this text" in shown
    async with bot.sessionmaker() as session:
        assert (await session.scalars(select(Submission))).first() is None
