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

from bench.extract import HELD_OUT, LABELS_AS_OF, SEEDS, accuracy, labelled_texts, score_text
from bot.cli.main import main as cli_main
from bot.extract import extract_cases, looks_like_report, officials
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
    counts = score_text(expected, extract_cases(text, today=LABELS_AS_OF))
    wrong = {field: c for field, c in counts.items() if c[0] != c[1] or c[2]}
    assert wrong == {}, wrong


@pytest.mark.parametrize(
    "directory",
    [
        HELD_OUT,
        HELD_OUT.with_name("reports-fresh"),
        HELD_OUT.with_name("reports-fresh2"),
        # dev8 and the dev9 sets have guards of their own (tests/test_extract_kazakh.py,
        # tests/test_extract_english.py, tests/test_extract_russian.py)
        *sorted(
            p
            for p in HELD_OUT.parent.glob("reports-dev*")
            if p.name
            not in (
                "reports-dev8",
                "reports-dev9-kk",
                "reports-dev9-en",
                "reports-dev9-en2",
                "reports-dev9-en3",
                "reports-dev9-ru",
                "reports-dev12",  # a floor of its own below
            )
        ),
    ],
    ids=lambda path: path.name,
)
def test_labelled_reports_stay_above_the_goal(directory: Path) -> None:
    """A regression check: these sets were held out once (see README), no longer."""
    totals = [0, 0, 0]
    for _name, text, expected in labelled_texts(directory):
        for counts in score_text(expected, extract_cases(text, today=LABELS_AS_OF)).values():
            totals = [t + c for t, c in zip(totals, counts, strict=True)]
    assert accuracy(totals) >= 0.95
    assert len(labelled_texts(HELD_OUT)) >= 20


def test_blind_held_out_set_does_not_fall_below_its_first_run() -> None:
    """The blind set (tests/data/reports-heldout, README) scored 0.798 on its one untouched run
    and 0.945 after fixing, by general rules, what it showed, 0.970 after the h15h fixes: later
    changes must not lose ground."""
    totals = [0, 0, 0]
    for _name, text, expected in labelled_texts(HELD_OUT.with_name("reports-heldout")):
        for counts in score_text(expected, extract_cases(text, today=LABELS_AS_OF)).values():
            totals = [t + c for t, c in zip(totals, counts, strict=True)]
    assert accuracy(totals) >= 0.96


def test_second_blind_set_does_not_fall_below_its_first_run() -> None:
    """tests/data/reports-heldout2 scored 0.788 on its one untouched run (README) and 0.994
    after fixing, by classes of wording, what it showed: later changes must not lose ground."""
    totals = [0, 0, 0]
    for _name, text, expected in labelled_texts(HELD_OUT.with_name("reports-heldout2")):
        for counts in score_text(expected, extract_cases(text, today=LABELS_AS_OF)).values():
            totals = [t + c for t, c in zip(totals, counts, strict=True)]
    assert accuracy(totals) >= 0.99


def test_third_blind_set_does_not_fall_below_its_score_after_the_fixes() -> None:
    """tests/data/reports-heldout3 scored 0.707 on its one untouched run (README), after the
    fixes that brought reports-dev8 and reports-heldout2 to 0.99. Its misses were then
    classified (README) and the h15i rules, fitted to it, brought it to 0.949: later changes
    must not lose ground. It is no longer a held-out measurement."""
    totals = [0, 0, 0]
    for _name, text, expected in labelled_texts(HELD_OUT.with_name("reports-heldout3")):
        for counts in score_text(expected, extract_cases(text, today=LABELS_AS_OF)).values():
            totals = [t + c for t, c in zip(totals, counts, strict=True)]
    assert accuracy(totals) >= 0.94


def test_fourth_blind_set_does_not_fall_below_its_score_after_the_fixes() -> None:
    """tests/data/reports-heldout4 scored 0.626 on its one untouched run (README), written in
    styles the other sets lack, and 0.993 after the h15k fixes of its classes of misses:
    later changes must not lose ground."""
    totals = [0, 0, 0]
    for _name, text, expected in labelled_texts(HELD_OUT.with_name("reports-heldout4")):
        for counts in score_text(expected, extract_cases(text, today=LABELS_AS_OF)).values():
            totals = [t + c for t, c in zip(totals, counts, strict=True)]
    assert accuracy(totals) >= 0.98


def test_fifth_blind_set_does_not_fall_below_its_first_run() -> None:
    """tests/data/reports-heldout5 (35 cases, written blind in styles of monitoring digests,
    lawyers' statements, campaign posts, year-end lists) scored 0.701 on its one untouched run
    (FIRST_RUN.txt), after the heldout4 fixes: the fifth blind set in a row at 0.63-0.80.
    After the h15m fixes of its classes of misses (README) it scores 0.941: no longer blind."""
    totals = [0, 0, 0]
    for _name, text, expected in labelled_texts(HELD_OUT.with_name("reports-heldout5")):
        for counts in score_text(expected, extract_cases(text, today=LABELS_AS_OF)).values():
            totals = [t + c for t, c in zip(totals, counts, strict=True)]
    assert accuracy(totals) >= 0.94


def _set_accuracy(name: str) -> float:
    """Field accuracy of the extractor on one labelled set under tests/data."""
    totals = [0, 0, 0]
    for _name, text, expected in labelled_texts(HELD_OUT.with_name(name)):
        for counts in score_text(expected, extract_cases(text, today=LABELS_AS_OF)).values():
            totals = [t + c for t, c in zip(totals, counts, strict=True)]
    return accuracy(totals)


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        # 0.592 on its one untouched run (FIRST_RUN.txt); 0.676 after the sixth session's
        # general rules, 0.975 after the seventh's (fitted to its misses among others)
        ("reports-heldout6", 0.97),
        # 0.754 on its one untouched run; 0.777, then 0.979
        ("reports-heldout7", 0.97),
        # 0.792 on its one untouched run; 0.805, then 0.978
        ("reports-heldout8", 0.97),
        # 0.821 on its one untouched run; 0.992 after the seventh session's rules
        ("reports-heldout9", 0.98),
        # 0.789 on its one untouched run (FIRST_RUN.txt); 0.849 after two general rules
        # (Kazakh words that only look like a given name; a copied post's author), 0.992
        # after the h17 sessions' rules
        ("reports-heldout10", 0.98),
        # 0.629 on its one untouched run (FIRST_RUN.txt); 0.740 after the same two rules,
        # 0.977 after the h17 sessions' rules
        ("reports-heldout11", 0.97),
        # a development set in new kinds of documents: 0.642 on its one untouched run
        # (FIRST_RUN.txt), 0.880 after the rules it led to and the h17 sessions' (README)
        ("reports-dev12", 0.90),
        # 0.717 on its one untouched run (FIRST_RUN.txt); 0.933 after the h18 rules fitted to
        # its misses among others
        ("reports-heldout12", 0.93),
        # 0.571 on its one untouched run; 0.894 after the h18 rules, 0.934 after h19e's and h19f's
        ("reports-heldout13", 0.93),
        # 0.699 on its one untouched run, the last of the eighth session; 0.971 after the h19a
        # rules on whole cases (who a statement or a relative's post is about) with h19b's on
        # events, sentences and measures and h19c's on acts and occupations
        ("reports-heldout14", 0.96),
        # the ninth session's blind sets: 0.671 and 0.590 on their one untouched run, the same
        # as at the session's start; 0.808 and 0.732 after h20a's names and h20c's acts; 0.874
        # and 0.795 with h20b's events and sentence parts; 0.896 and 0.850 with h20a's whole cases
        ("reports-heldout15", 0.89),
        ("reports-heldout16", 0.84),
        # 0.546 on its one untouched run, the last of the ninth session (0.480 at its start);
        # 0.813 after the short third round fitted to it (h21a-c)
        ("reports-heldout17", 0.81),
        # the tenth session's first blind sets: 0.548 and 0.478 on their one untouched run at
        # the ninth session's rules (FIRST_RUN.txt)
        ("reports-heldout18", 0.54),
        ("reports-heldout19", 0.47),
        # sealed while round A fitted heldout18-19, then run once: 0.610 (0.605 at the session's
        # start)
        ("reports-heldout20", 0.61),
        # sealed through all the tenth session's rounds, then run once: 0.640 (0.619 at the
        # session's start, 0.621 after round A)
        ("reports-heldout21", 0.64),
        # written during round D, sealed, run once after it: 0.836 (0.694 at the session's start)
        ("reports-heldout22", 0.83),
        # the eleventh session's first blind sets, written to docs/labelling.md: 0.426 and 0.704
        # on their one untouched run at the tenth session's rules (FIRST_RUN.txt)
        ("reports-heldout23", 0.42),
        ("reports-heldout24", 0.70),
        # sealed through the eleventh session's round A, then run once: 0.760, 0.531, 0.637 and
        # 0.753 (0.749, 0.530, 0.645 and 0.740 at the session's start)
        ("reports-heldout25", 0.75),
        ("reports-heldout26", 0.53),
        ("reports-heldout27", 0.63),
        ("reports-heldout28", 0.75),
        # sealed through rounds A and B, then run once: 0.673 and 0.498 (0.599 and 0.494 at the
        # session's start)
        ("reports-heldout29", 0.67),
        ("reports-heldout30", 0.49),
        # the twelfth session's blind sets, sealed through its one round (fitted to heldout23-30,
        # which it took from 0.528-0.879 to 0.802-0.928), then run once: 0.579, 0.521, 0.691 and
        # 0.774 (0.596, 0.510, 0.650 and 0.768 at the session's start)
        ("reports-heldout31", 0.57),
        ("reports-heldout32", 0.52),
        ("reports-heldout33", 0.69),
        ("reports-heldout34", 0.77),
        # the thirteenth session's blind sets, sealed until 6e4f6d2, then run once: 0.587, 0.615,
        # 0.581 and 0.735 (0.600, 0.615, 0.593 and 0.733 at that session's start)
        ("reports-heldout35", 0.58),
        ("reports-heldout36", 0.61),
        ("reports-heldout37", 0.58),
        ("reports-heldout38", 0.73),
        # the fifteenth session's blind sets, sealed through its one round (fitted to
        # heldout16-38), then run once: 0.650, 0.645, 0.585 and 0.592 (0.642, 0.632, 0.585 and
        # 0.590 at the session's start, ca7ccb3)
        ("reports-heldout39", 0.64),
        ("reports-heldout40", 0.64),
        ("reports-heldout41", 0.58),
        ("reports-heldout42", 0.59),
        # sealed through the fifteenth session's second round (fitted to heldout39-42), then run
        # once: 0.556 and 0.758 (0.554 and 0.752 at the session's start)
        ("reports-heldout43", 0.55),
        ("reports-heldout44", 0.75),
        # the seventeenth session's blind sets, sealed through its two rounds (fitted to
        # heldout31-44), then run once: 0.604, 0.708, 0.794 and 0.719 (0.581, 0.687, 0.787 and
        # 0.667 at the session's start, 351a9ae)
        ("reports-heldout45", 0.60),
        ("reports-heldout46", 0.70),
        ("reports-heldout47", 0.79),
        ("reports-heldout48", 0.71),
    ],
)
def test_the_latest_blind_sets_do_not_fall_below_their_first_runs(name: str, floor: float) -> None:
    assert _set_accuracy(name) >= floor


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        # the sets the seventeenth session's two rounds were fitted to, at what the rounds left
        # them (0.556-0.860 before, 0.673-0.894 after): later changes must not lose that ground
        ("reports-heldout31", 0.74),
        ("reports-heldout32", 0.80),
        ("reports-heldout33", 0.79),
        ("reports-heldout34", 0.89),
        ("reports-heldout35", 0.82),
        ("reports-heldout36", 0.76),
        ("reports-heldout37", 0.67),
        ("reports-heldout38", 0.82),
        ("reports-heldout39", 0.75),
        ("reports-heldout40", 0.77),
        ("reports-heldout41", 0.83),
        ("reports-heldout42", 0.69),
        ("reports-heldout43", 0.69),
        ("reports-heldout44", 0.86),
        # and the sets its third short round was fitted to after their first runs
        ("reports-heldout45", 0.65),
        ("reports-heldout46", 0.79),
        ("reports-heldout47", 0.79),
        ("reports-heldout48", 0.73),
    ],
)
def test_the_sets_the_last_rounds_were_fitted_to_keep_their_scores(name: str, floor: float) -> None:
    assert _set_accuracy(name) >= floor


def test_dev_set_8_does_not_fall_below_its_score_after_the_fixes() -> None:
    """tests/data/reports-dev8 was written in new styles before the h15h fixes and scored
    0.468 then and 0.988 after; it checks that those fixes generalise (README)."""
    totals = [0, 0, 0]
    for _name, text, expected in labelled_texts(HELD_OUT.with_name("reports-dev8")):
        for counts in score_text(expected, extract_cases(text, today=LABELS_AS_OF)).values():
            totals = [t + c for t, c in zip(totals, counts, strict=True)]
    assert accuracy(totals) >= 0.98


# --- rules by class of wording (each found missing on a held-out set; accepted and refused) -----


def _title(article: str, part: int | None) -> str | None:
    from bot.ui.labels import article_title

    return article_title(article, part)


def _one(text: str) -> dict:
    [case] = extract_cases(text)
    return case


def _events(case: dict) -> list[tuple[str, str | None]]:
    return [(e["kind"], e["date"]) for e in case["events"]]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("On the fifth of June 2025 the police came", dt.date(2025, 6, 5)),
        ("on the third of October, 2024, Judge", dt.date(2024, 10, 3)),
        ("the twenty-first of May 2023", dt.date(2023, 5, 21)),
        ("пятого июня 2025 года", dt.date(2025, 6, 5)),
        ("двадцать третьего мая 2024 г.", dt.date(2024, 5, 23)),
        ("третьего марта 2022 года", dt.date(2022, 3, 3)),
        ("the 2nd of May 2024", dt.date(2024, 5, 2)),
        # refused: an ordinal word that is not a day
        ("the first May Day rally", None),
        ("for the second time in May 2024", None),
    ],
)
def test_dates_with_the_day_as_an_ordinal_word(text: str, day: dt.date | None) -> None:
    from bot.extract.values import find_dates, resolve_dates

    found = [f.value for f in resolve_dates(find_dates(text))]
    assert (found[0] if found and day else None) == day, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a dateline in capitals does not hide names written in title case
        (
            "ALMATY, March 14, 2024 — The Almaly district court of Almaty convicted Arman "
            "Sadykov under Article 405 and sentenced him to three years of imprisonment.",
            "Arman Sadykov",
        ),
        (
            "Пишу про сына, Бахытжана Ермекулы. 2 февраля 2024 года его задержали, сейчас он "
            "в СИЗО.",
            "Бахытжан Ермекулы",
        ),
        # a form's name, surname first with a patronymic
        (
            "ФИО: Кайратов Ержан Болатович\nЗадержан: 06.01.2022\nПриговор: 14.06.2022, "
            "Семейский городской суд — 5 лет лишения свободы",
            "Ержан Болатович Кайратов",
        ),
        (
            "Аты-жөні: Әбенов Ғалымжан Серікұлы\nҰсталған күні: 2023 жылғы 17 қазан",
            "Ғалымжан Серікұлы Әбенов",
        ),
        # refused: a capitalised surname with a given name still wins over title case
        (
            "ALMATY, 14 March 2024 — Judge Yerlan Suleimenov sentenced Dana ZHUNUSOVA to two "
            "years of restriction of liberty.",
            "Dana ZHUNUSOVA",
        ),
    ],
)
def test_who_the_case_is_about(text: str, name: str) -> None:
    assert _one(text)["person"]["name"] == name


@pytest.mark.parametrize(
    ("text", "act", "day"),
    [
        (
            "On 14 March 2023 the court sentenced Serik ZHANABAYEV to 1 year of restriction "
            "of liberty. He is persecuted for taking part in a peaceful rally on 16 December "
            "2021.",
            "taking part in a peaceful rally",
            "2021-12-16",
        ),
        (
            "On 20 November 2025 the trial of Yerzhan TEMIRBEKOV opened. The prosecution is "
            "based on a comment criticising the akimat that he posted on Facebook on 3 August "
            "2025.",
            "a comment criticising the akimat posted on Facebook",
            "2025-08-03",
        ),
        (
            "On 25 June 2024 the court sentenced Ruslan ZHAKSYLYKOV to two years' imprisonment. "
            "The case stemmed from a video he posted on YouTube on 1 March 2024.",
            "a video he posted on YouTube",
            "2024-03-01",
        ),
        (
            "20 октября 2026 г. Гульмира ОСПАНОВА была задержана. Основанием для преследования "
            "послужило видеообращение к президенту.",
            "видеообращение к президенту",
            None,
        ),
        (
            "3 октября 2024 года суд начал рассматривать дело Бахыта ЕРДЕНОВА. Поводом стало "
            "обращение в прокуратуру о сбросе отходов.",
            "обращение в прокуратуру о сбросе отходов",
            None,
        ),
        (
            "9 февраля 2023 года суд оштрафовал Гульнар СЕИТОВУ. Уголовное преследование "
            "связано со стихотворением о главе города.",
            "стихотворением о главе города",
            None,
        ),
        (
            "2025 жылғы 3 наурызда Айгерім БЕКҚЫЗЫ ұсталды. Instagram-дағы жазбасы үшін дейді.",
            "Instagram-дағы жазбасы",
            None,
        ),
        (
            "2024 жылғы 23 қыркүйекте сот Дәулет НҰРЛАНҰЛЫН кінәлі деп тапты. Ол YouTube "
            "арнасында облыс әкімін сынағаны үшін жауапқа тартылды.",
            "YouTube арнасында облыс әкімін сынағаны",
            None,
        ),
    ],
)
def test_acts_said_as_the_grounds_of_the_case(text: str, act: str, day: str | None) -> None:
    acts = [(a["description"], a["date"]) for a in _one(text)["acts"]]
    assert acts == [(act, day)]


def test_an_act_named_in_a_headline_gives_way_to_the_story() -> None:
    case = _one(
        "Uralsk activist Aigul SEITOVA fined for a post about the akim\n\nOn 3 October 2024 "
        "the Uralsk city court fined Aigul Seitova 276 800 tenge. The case was opened over a "
        "Facebook post of 14 July 2024 in which she called the akim a liar."
    )
    assert [(a["description"], a["date"]) for a in case["acts"]] == [
        ("a Facebook post in which she called the akim a liar", "2024-07-14")
    ]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # a release in the courtroom is on the day of the ruling
        (
            "On 28 February 2024 the Pavlodar regional court reduced the sentence of Daniyar "
            "KOSHKINBAYEV. He was released from custody in the courtroom.",
            [("appeal_ruling", "2024-02-28"), ("release", "2024-02-28")],
        ),
        (
            "2024 жылғы 19 наурызда облыстық сот Мұрат СЕРІКБАЕВҚА қатысты үкімді өзгертті. "
            "Мұрат СЕРІКБАЕВ сот залында босатылды.",
            [("appeal_ruling", "2024-03-19"), ("release", "2024-03-19")],
        ),
        # refused: a release told without the courtroom is not dated by the ruling
        (
            "On 28 February 2024 the Pavlodar regional court reduced the sentence of Daniyar "
            "KOSHKINBAYEV. He hopes to be released soon.",
            [("appeal_ruling", "2024-02-28")],
        ),
        # a Kazakh date opening a sentence is no "held since"
        (
            "2023 жылғы 20 қаңтарда Бауыржан ОСПАНОВ ұсталды.\n\n22 қаңтарда сот оны 2 айға "
            "қамауға алды.",
            [("detention", "2023-01-20"), ("preventive_measure", "2023-01-22")],
        ),
        # trial cues
        (
            "On 20 November 2025 the main hearing opened at the Semey city court in the case "
            "of Yerzhan TEMIRBEKOV.",
            [("trial", "2025-11-20")],
        ),
        (
            "С 3 октября 2024 года дело Бахыта ЕРДЕНОВА рассматривает Темиртауский городской суд.",
            [("trial", "2024-10-03")],
        ),
        # a year ends a sentence even before one in lower case
        (
            "my brother Yerbol TASBOLATOV was arrested on the 2nd of May 2024. on 6 May 2024 "
            "the court put him in custody for 2 months.",
            [("detention", "2024-05-02"), ("preventive_measure", "2024-05-06")],
        ),
        (
            "On the fifth of June 2025 the police took Askar DZHUMABEKOV away. He is charged "
            "because of a video he put on Instagram on 28 May 2025.",
            [("detention", "2025-06-05")],
        ),
    ],
)
def test_events_by_wording(text: str, events: list[tuple[str, str]]) -> None:
    assert _events(_one(text)) == events


@pytest.mark.parametrize(
    ("text", "verdict", "appeal", "outcome"),
    [
        (
            "On 28 February 2024 the Pavlodar regional court granted the appeal of Daniyar "
            "KOSHKINBAYEV. The court replaced the 4 years of imprisonment imposed on him with "
            "2 years of restriction of liberty. On 12 January 2024 the city court had "
            "sentenced him to 4 years in prison.",
            [("imprisonment", 48)],
            [("restriction_of_liberty", 24)],
            "reduced",
        ),
        (
            "The Mangystau regional court on Sept. 12, 2024 granted the prosecution's appeal "
            "against the sentence of Ruslan ZHAKSYLYKOV and raised his prison term from two to "
            "three years. The city court had convicted him on June 25, 2024, sentencing him "
            "to two years' imprisonment.",
            [("imprisonment", 24)],
            [("imprisonment", 36)],
            "increased",
        ),
    ],
)
def test_appeal_changes_by_wording(
    text: str, verdict: list[tuple[str, int]], appeal: list[tuple[str, int]], outcome: str
) -> None:
    events = {e["kind"]: e for e in _one(text)["events"]}
    assert [(p["kind"], p["term_months"]) for p in events["verdict"]["sentence"]] == verdict
    assert [(p["kind"], p["term_months"]) for p in events["appeal_ruling"]["sentence"]] == appeal
    assert events["appeal_ruling"]["appeal_outcome"] == outcome


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        ("sentenced Arman SADYKOV to three years in a penal colony", [("imprisonment", 36, None)]),
        (
            "приговорил Тимура НУРГАЛИЕВА к 3 годам колонии общего режима",
            [("imprisonment", 36, None)],
        ),
        (
            "sentenced Serik ZHANABAYEV to an 18-month ban on social and political activities",
            [("ban_social_activity", 18, None)],
        ),
        (
            "sentenced Dana ZHUNUSOVA to 200 hours of community work",
            [("community_service", None, 200)],
        ),
        ("sentenced Ainur TOLEUBAYEVA to 2 years in a colony", [("imprisonment", 24, None)]),
        # refused: a colony named without a term is no part
        ("sentenced Arman SADYKOV; he was sent to a penal colony", []),
    ],
)
def test_sentence_parts_by_wording(sentence: str, parts: list[tuple]) -> None:
    case = _one(f"On 14 March 2024 the Almaty city court {sentence}.")
    [verdict] = case["events"] or [{"sentence": []}]
    assert [(p["kind"], p["term_months"], p["hours"]) for p in verdict["sentence"]] == parts


def test_a_kazakh_expert_examination_cost_written_as_ретінде() -> None:
    case = _one(
        "2023 жылғы 5 мамырда сот Бақыт ОМАРОВҚА 2 жыл бас бостандығын шектеу жазасын "
        "тағайындады. Сот оған сот-сараптама шығыны ретінде 25 736 теңге (61 $) және "
        "жәбірленушілерге өтемақы қорына 55 560 теңге төлеуді міндеттеді."
    )
    [verdict] = case["events"]
    assert [(p["kind"], p["amount"]) for p in verdict["sentence"] if p["amount"]] == [
        ("forensic_fee", "25736.00"),
        ("victims_fund", "55560.00"),
    ]


def test_costs_of_an_expert_examination_are_the_forensic_fee() -> None:
    case = _one(
        "12 апреля 2023 года суд приговорил Ержана КАСЫМОВА к 2 годам ограничения свободы. "
        "С него взыскано 34 500 тенге в Фонд компенсации потерпевшим и 45 000 тенге расходов "
        "на проведение экспертизы."
    )
    [verdict] = case["events"]
    assert [(p["kind"], p["amount"]) for p in verdict["sentence"]] == [
        ("restriction_of_liberty", None),
        ("victims_fund", "34500.00"),
        ("forensic_fee", "45000.00"),
    ]


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        ("Askar DZHUMABEKOV works as a school teacher.", "school teacher"),
        (
            "Yerzhan TEMIRBEKOV, engineer and independent trade-union activist",
            "engineer, independent trade-union activist",
        ),
        ("Daulet SERIKBAYULY, a YouTube blogger from Taraz", "YouTube blogger"),
        ("Dana ZHUNUSOVA, 29, an accountant", "accountant"),
        ("Подзащитная: Гульмира ОСПАНОВА, учитель истории, г. Кызылорда.", "учитель истории"),
        ("эколога из Темиртау Бахыта ЕРДЕНОВА", "эколог"),
        ("поэтессы и блогера из Актобе Гульнар СЕИТОВОЙ", "поэтесса, блогер"),
        ("Ол Талдықорғанда тұрады, университет студенті. Айгерім БЕКҚЫЗЫ", "университет студенті"),
        ("теміртаулық металлург Нұржан ТӨЛЕУОВКЕ", "металлург"),
        ("Бауыржан ОСПАНОВ — кенші, кәсіподақ мүшесі.", "кенші, кәсіподақ мүшесі"),
        ("Адвокат встретилась с осуждённым активистом Ержаном КАСЫМОВЫМ.", "активист"),
        ("Суд оштрафовал осуждённую активистку Алию ЖУМАБАЕВУ.", "активистка"),
        ("Суд оштрафовал гражданскую активистку Алию ЖУМАБАЕВУ.", "гражданская активистка"),
        # refused: other people's trade, a name that begins like a trade
        ("Марат ТУЛЕУОВ снял видео о забастовке нефтяников.", None),
        ("Ғалымжан ӘБЕНОВ туралы.", None),
        # refused: someone else's trade ("his lawyer", "The lawyer says")
        ("Nurlan ABDRAKHMANOV and his lawyer", None),
        ("Nurlan ABDRAKHMANOV is in the SIZO. The lawyer says it will be long.", None),
    ],
)
def test_occupations_by_wording(text: str, occupation: str | None) -> None:
    from bot.extract.person import _occupation

    language = "en" if text.isascii() else ("kk" if re.search("[әғқңөұүһі]", text) else "ru")
    found = _occupation(text, language)
    assert (found or "").casefold() == (occupation or "").casefold()


@pytest.mark.parametrize(
    ("text", "aliases"),
    [
        (
            "On 28 February 2024 the court reduced the sentence of Daniyar KOSHKINBAYEV (who "
            "also signs his articles as Daniyar Koshkinbayuly).",
            ["Daniyar Koshkinbayuly"],
        ),
        (
            "my brother Yerbol TASBOLATOV (Ербол Тасболатов in his documents) was arrested on "
            "2 May 2024.",
            ["Ербол Тасболатов"],
        ),
        (
            "2 февраля 2024 года задержан Бахытжан ЕРМЕКУЛЫ (по документам он Ермеков).",
            ["Бахытжан Ермеков"],
        ),
        (
            "Інім Ерболат БЕКЖАНҰЛЫ туралы жазып отырмын (құжаттарда — Ерболат Бекжанов). Ол "
            "2023 жылғы 2 наурызда ұсталды.",
            ["Ерболат Бекжанов"],
        ),
        # refused: a bracket further on without a word about spelling
        ("On 2 May 2024 Yerbol TASBOLATOV was arrested (Nurlan Omarov reports).", []),
        # refused: a town, an age or an article in brackets is no other spelling
        ("On 2 May 2024 Yerbol TASBOLATOV (Taraz) was arrested.", []),
        ("On 2 May 2024 Yerbol TASBOLATOV (34) was arrested under Article 378.", []),
        ("On 2 May 2024 Yerbol TASBOLATOV (Article 378) was arrested.", []),
    ],
)
def test_other_spellings_in_brackets(text: str, aliases: list[str]) -> None:
    assert _one(text)["person"]["aliases"] == aliases


@pytest.mark.parametrize(
    ("text", "name", "aliases"),
    [
        # the documents' spelling in a bracket after the surname said alone, in a paragraph of
        # its own: the same person, no second case
        (
            "Journalist Aliya Serikkyzy was detained on 2 April 2026.\n\nOn 19 August 2026 the "
            "City Court found Serikkyzy (Aliya Serikova in her identity documents) guilty under "
            "Article 378 and sentenced her to one year of restricted freedom.",
            "Aliya Serikkyzy",
            ["Aliya Serikova"],
        ),
        # ... or told in a sentence of its own: «... деп жазылған», «записан как»
        (
            "Ержан Әбілқасымұлы 2026 жылғы 3 наурызда ұсталды.\n\nЕржанның жеке куәлігінде "
            "аты-жөні Ержан Абилкасымов деп жазылған.",
            "Ержан Әбілқасымұлы",
            ["Ержан Абилкасымов"],
        ),
        (
            "3 марта 2026 года задержан Ержан Абилкасымулы.\n\nВ паспорте он записан как "
            "Ержан Абилкасымов.",
            "Ержан Абилкасымулы",
            ["Ержан Абилкасымов"],
        ),
        (
            "Blogger Dauren Abenuly was detained on 2 March 2026.\n\nHis passport gives his name "
            "as Dauren Abenov.",
            "Dauren Abenuly",
            ["Dauren Abenov"],
        ),
        # refused: a region's adjective in a list's bracket is no other spelling
        (
            "1. Ольга ПЕСТОВА (Рудный, Костанайская обл.), медсестра, 9 октября 2026 года "
            "приговорена к 1 году ограничения свободы по ч. 2 ст. 274 УК РК.",
            "Ольга Пестова",
            [],
        ),
        # refused: another given name written so is someone else's name
        (
            "Ержан Әбілқасымұлы 2026 жылғы 3 наурызда ұсталды. Постта Нұрлан Ержанов деп жазылған.",
            "Ержан Әбілқасымұлы",
            [],
        ),
    ],
)
def test_other_spellings_told_apart(text: str, name: str, aliases: list[str]) -> None:
    case = _one(text)
    assert (case["person"]["name"], case["person"]["aliases"]) == (name, aliases)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a given name that is also a town's (old) name is the name: the town is the bracket's
        (
            "3. Нурсултан ЖОЛДАСОВ (Аральск, Кызылординская обл.), 31 год, гражданский активист, "
            "21 октября 2026 года приговорён к штрафу 200 МРП по ч. 1 ст. 378 УК РК.",
            "Аральск",
        ),
        # ... and a town named outside the name still is
        (
            "Нурсултан ЖОЛДАСОВ из Астаны оштрафован 21 октября 2026 года по ч. 1 ст. 378 УК РК.",
            "Астана",
        ),
    ],
)
def test_a_town_inside_the_name_is_no_town(text: str, city: str) -> None:
    assert _one(text)["person"]["city"] == city


@pytest.mark.parametrize(
    ("text", "role", "name"),
    [
        (
            "2025 жылғы 14 қазанда Салтанат ӘБДІҚАЛЫҚОВАНЫҢ ісі бойынша сот процесі басталды. "
            "Судья — Асхат МҰҚАНОВ, мемлекеттік айыптаушы — прокурор Бақыт ЖҰМАБЕКОВ.",
            "prosecutor",
            "Бақыт Жұмабеков",
        ),
        (
            "30 мая 2025 г. Кызылординский городской суд (председательствующий — Ерлан "
            "Сарсенбаев, гособвинитель — Мадина Алиева) признал Тимура НУРГАЛИЕВА виновным.",
            "judge",
            "Ерлан Сарсенбаев",
        ),
        (
            "30 мая 2025 г. Кызылординский городской суд (председательствующий — Ерлан "
            "Сарсенбаев, гособвинитель — Мадина Алиева) признал Тимура НУРГАЛИЕВА виновным.",
            "prosecutor",
            "Мадина Алиева",
        ),
        (
            "On 25 June 2024 the Aktau city court convicted Ruslan ZHAKSYLYKOV. The prosecutor "
            "in the case was Marat Ospanov.",
            "prosecutor",
            "Marat Ospanov",
        ),
    ],
)
def test_judges_and_prosecutors_by_wording(text: str, role: str, name: str) -> None:
    assert _one(text)[role] == name


@pytest.mark.parametrize(
    ("text", "court"),
    [
        (
            "15 ноября 2023 года суд №2 города Павлодара признал Дину МУКАШЕВУ виновной.",
            "суд №2 города Павлодара",
        ),
        (
            "19 сентября 2024 года суд Бостандыкского района города Алматы признал Алию "
            "ЖУМАБАЕВУ виновной.",
            "суд Бостандыкского района города Алматы",
        ),
        # refused: the appeal court is not the court
        (
            "19 сентября 2024 года Павлодарский областной суд оставил приговор Алии "
            "ЖУМАБАЕВОЙ в силе.",
            None,
        ),
    ],
)
def test_courts_by_wording(text: str, court: str | None) -> None:
    assert _one(text)["court"] == court


@pytest.mark.parametrize(
    ("text", "court", "investigating"),
    [
        # an investigating judge's court ordered a measure, it did not try the case (h18d)
        (
            "On April 16, an investigating judge of the Atyrau City Court placed",
            "Atyrau City Court",
            True,
        ),
        (
            "9 июня следственный судья Петропавловского городского суда арестовал",
            "Петропавловского городского суда",
            True,
        ),
        (
            "9 маусымда Орал қалалық сотының тергеу судьясы оны қамауға алды",
            "Орал қалалық сотының",
            True,
        ),
        (
            "On April 16, the Atyrau City Court's investigating judge placed",
            "Atyrau City Court",
            True,
        ),
        # refused: a judge of the court that tried the case
        ("On September 2, a judge of the Atyrau City Court convicted", "Atyrau City Court", False),
        (
            "16 ноября судья Петропавловского городского суда приговорил",
            "Петропавловского городского суда",
            False,
        ),
        ("Орал қалалық сотының судьясы үкім шығарды", "Орал қалалық сотының", False),
    ],
)
def test_an_investigating_judges_court(text: str, court: str, investigating: bool) -> None:
    start = text.index(court)
    assert officials._investigating_judges(text, start, start + len(court)) is investigating


@pytest.mark.parametrize(
    ("text", "court"),
    [
        # a month before the court's name is the date's ("On 12 March Khromtau ...") (h18d)
        (
            "On 12 March Khromtau District Court sentenced blogger Ruslan KALIAKBAROV to five "
            "years in prison.",
            "Khromtau District Court",
        ),
        (
            "On 7 July Ayagoz district court sentenced activist Saltanat ZHUMAGALIYEVA to three "
            "years of restricted freedom.",
            "Ayagoz district court",
        ),
        # refused: a court that would have no name left keeps the word
        (
            "On 12 May the May District Court sentenced blogger Ruslan KALIAKBAROV to five years "
            "in prison.",
            "May District Court",
        ),
        # a district's or a town's court without the region that says where it is (h18d)
        (
            "On 20 November the Zhylyoi District Court of Atyrau region sentenced Marat TLEUOV "
            "to three years in prison.",
            "Zhylyoi District Court",
        ),
        # refused: a town's court keeps its town, an inter-district court its region
        (
            "On 20 November the Al-Farabi District Court of Shymkent sentenced Marat TLEUOV to "
            "three years in prison.",
            "Al-Farabi District Court of Shymkent",
        ),
        (
            "On 20 November the specialised inter-district criminal court of Atyrau region "
            "sentenced Marat TLEUOV to three years in prison.",
            "specialised inter-district criminal court of Atyrau region",
        ),
    ],
)
def test_what_an_english_courts_name_leaves_out(text: str, court: str) -> None:
    assert _one(text)["court"] == court


def test_the_court_of_the_verdict_not_the_investigating_judges() -> None:
    """An investigating judge's order told in a scope of the trial ("... throughout the
    investigation and trial") names no court of the case."""
    text = (
        "Marat ABDRAKHMANOV was detained on April 14, 2026. On April 16, an investigating judge "
        "of the Atyrau City Court placed him in pretrial custody, where he remained throughout "
        "the investigation and trial. On September 2, Atyrau City Court No. 2 convicted him and "
        "sentenced him to three years in prison."
    )
    assert _one(text)["court"] == "Atyrau City Court No. 2"


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("On 7 May 2022 Timur ABDRAKHMANOV was convicted under part two of article 274.", 2),
        ("7 мая 2022 года Тимур АБДРАХМАНОВ осуждён по части второй статьи 274 УК.", 2),
        ("On 7 May 2022 Timur ABDRAKHMANOV was convicted under Article 274 Part 3.", 3),
        (
            "Name: Aliya SARSENOVA\nArticle: 405 Part 2\nVerdict: 30.11.2022, 1 year of "
            "restriction of liberty",
            2,
        ),
        # refused: "two counts" is no part
        ("On 7 May 2022 Timur ABDRAKHMANOV was convicted under Article 274 (two counts).", None),
    ],
)
def test_charge_parts_written_as_words(text: str, part: int | None) -> None:
    assert _one(text)["charges"][0]["part"] == part


def test_co_defendants_written_as_one_subject_are_one_case_each() -> None:
    text = (
        "Атырау қалалық соты 2024 жылғы 5 желтоқсанда белсенділер Сәуле ҚАЙЫРБЕКОВА мен "
        "Нұрдәулет ТӨЛЕГЕНОВТЫ ҚК 174-бабының 1-бөлігі бойынша кінәлі деп танып, екеуіне де "
        "3 жыл бас бостандығын шектеу жазасын тағайындады."
    )
    cases = {c["person"]["name"]: c for c in extract_cases(text)}
    assert set(cases) == {"Сәуле Қайырбекова", "Нұрдәулет Төлегенов"}
    for case in cases.values():
        [verdict] = case["events"]
        assert [(p["kind"], p["term_months"]) for p in verdict["sentence"]] == [
            ("restriction_of_liberty", 36)
        ]
    # refused: a person and their lawyer are one case
    [_case] = extract_cases(
        "On 5 December 2024 the Atyrau city court sentenced Saule KAIYRBEKOVA and her lawyer "
        "Nurlan TOLEGENOV said she would appeal the 3 years of restriction of liberty."
    )


def test_co_defendants_each_named_alone_with_a_punishment_are_one_case_each() -> None:
    text = (
        "ALMATY, March 14, 2024 — Two party members were convicted today by the Almaly District "
        "Court of Almaty.\n\nArman Sadykov, 34, an engineer, received three years in a penal "
        "colony. Dana Zhunusova, 29, an accountant, received two years of restricted freedom."
    )
    cases = {c["person"]["name"]: c for c in extract_cases(text)}
    assert set(cases) == {"Arman Sadykov", "Dana Zhunusova"}
    parts = {
        name: [(p["kind"], p["term_months"]) for p in case["events"][0]["sentence"]]
        for name, case in cases.items()
    }
    assert parts == {
        "Arman Sadykov": [("imprisonment", 36)],
        "Dana Zhunusova": [("restriction_of_liberty", 24)],
    }
    assert {c["person"]["occupation"] for c in cases.values()} == {"engineer", "accountant"}


def test_a_table_written_without_capitals_is_one_case_a_row() -> None:
    text = (
        "| ФИО | Город | Статья | Приговор |\n|---|---|---|---|\n"
        "| Ахметов Берик | Атырау | ч. 2 ст. 405 | 12.03.2023: 1 год ограничения свободы |\n"
        "| Сапарова Дана | Актау | ч. 1 ст. 274 | 15.04.2023: штраф 345 000 тенге |\n"
    )
    cases = {c["person"]["name"]: c for c in extract_cases(text)}
    assert set(cases) == {"Берик Ахметов", "Дана Сапарова"}
    assert cases["Дана Сапарова"]["person"]["city"] == "Актау"


@pytest.mark.parametrize(
    ("text", "people", "articles"),
    [
        # a table pasted from a spreadsheet: tabs between the cells
        (
            "Name\tCity\tArticle\tVerdict\n"
            "Arman Bekov\tAtyrau\tArt. 405, Part 2\t12.03.2026: 1 year of restricted freedom\n"
            "Dana Saparova\tAktau\tArt. 274, Part 1\t15.04.2026: fine of 345,000 tenge\n",
            {"Arman Bekov", "Dana Saparova"},
            {"405", "274"},
        ),
        (
            "ФИО\tГород\tСтатья\tПриговор\n"
            "Беков Арман\tАтырау\tч. 2 ст. 405\t12.03.2026: 1 год ограничения свободы\n"
            "Сапарова Дана\tАктау\tч. 1 ст. 274\t15.04.2026: штраф 345 000 тенге\n",
            {"Арман Беков", "Дана Сапарова"},
            {"405", "274"},
        ),
        # the Kazakh short form of an article and its part («405-б. 2-б.»)
        (
            "Аты-жөні\tҚаласы\tҚК бабы\tҮкім\n"
            "Беков Арман\tАтырау\t405-б. 2-б.\t12.03.2026, 1 жыл бас бостандығын шектеу\n"
            "Сапарова Дана\tАқтау\t274-б. 1-б.\t15.04.2026, 345 000 теңге айыппұл\n",
            {"Арман Беков", "Дана Сапарова"},
            {"405", "274"},
        ),
    ],
)
def test_a_table_with_tabs_between_cells_is_one_case_a_row(
    text: str, people: set[str], articles: set[str]
) -> None:
    cases = extract_cases(text)
    assert {c["person"]["name"] for c in cases} == people
    assert {ch["article"] for c in cases for ch in c["charges"]} == articles


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # an annex's table written in plain text, " / " between its cells
        (
            "Annex 2. Prosecutions\n\n"
            "No. / Name / Town / Article / Court, date / Sentence\n\n"
            "1. / BEKOV Arman / Atyrau / Art. 405 Part 2 / Atyrau City Court, 12.03.2026 / "
            "1 year of restricted freedom\n\n"
            "2. / SAPAROVA Dana / Aktau / Art. 274 Part 1 / Aktau City Court, 15.04.2026 / "
            "3 years of imprisonment\n",
            {"arman bekov": [12], "dana saparova": [36]},
        ),
        (
            "Приложение 2. Уголовные дела\n\n"
            "№ / ФИО / Город / Статья / Суд, дата / Приговор\n\n"
            "1. / БЕКОВ Арман / Атырау / ч. 2 ст. 405 / Атырауский городской суд, 12.03.2026 / "
            "1 год ограничения свободы\n\n"
            "2. / САПАРОВА Дана / Актау / ч. 1 ст. 274 / Актауский городской суд, 15.04.2026 / "
            "3 года лишения свободы\n",
            {"арман беков": [12], "дана сапарова": [36]},
        ),
    ],
)
def test_a_table_with_slashes_between_cells_is_one_case_a_row(
    text: str, people: dict[str, list[int]]
) -> None:
    cases = extract_cases(text)
    # (the name's words in any order and case: how it is displayed is no matter here)
    terms = {
        " ".join(sorted(c["person"]["name"].casefold().split())): [
            p["term_months"] for e in c["events"] for p in e["sentence"]
        ]
        for c in cases
    }
    assert terms == {" ".join(sorted(k.split())): v for k, v in people.items()}


def test_slashes_in_lines_of_unequal_cells_are_no_table() -> None:
    from bot.extract.tables import as_bar_table

    text = (
        "Tags: court / Atyrau / protest / 405 / verdict\n"
        "See also: Aktau / Zhanaozen / Taraz / strikes / wages / oil\n"
    )
    assert as_bar_table(text) == text


def test_tabs_in_two_lines_only_are_no_table() -> None:
    from bot.extract.tables import as_bar_table

    text = "Verdict:\tguilty\n\nArman Bekov was sentenced on 12 March 2026.\n"
    assert as_bar_table(text) == text


def test_a_married_couple_with_one_surname_is_two_cases() -> None:
    text = (
        "🔹 12 февраля 2025 г. — учительницу Асель НУРГАЛИЕВУ и её мужа, индивидуального "
        "предпринимателя Тимура НУРГАЛИЕВА, задержали в Кызылорде (ст. 274 ч. 2 УК).\n"
        "🔹 14 февраля — Тимура суд арестовал на два месяца, Асель отправили под домашний "
        "арест.\n🔹 30 мая 2025 г. — Кызылординский городской суд признал обоих виновными. "
        "Тимуру назначено 2 года 6 месяцев лишения свободы, Асель — штраф 369 200 тенге."
    )
    cases = {c["person"]["name"]: c for c in extract_cases(text)}
    assert set(cases) == {"Асель Нургалиева", "Тимур Нургалиев"}
    measures = {n: [e["measure"] for e in c["events"] if e["measure"]] for n, c in cases.items()}
    assert measures == {"Асель Нургалиева": ["house_arrest"], "Тимур Нургалиев": ["custody"]}
    verdicts = {
        n: [(p["kind"], p["term_months"] or p["amount"]) for p in c["events"][-1]["sentence"]]
        for n, c in cases.items()
    }
    assert verdicts == {
        "Асель Нургалиева": [("fine", "369200.00")],
        "Тимур Нургалиев": [("imprisonment", 30)],
    }
    assert cases["Асель Нургалиева"]["person"]["occupation"] == "учительница"
    assert cases["Тимур Нургалиев"]["person"]["occupation"] == "индивидуальный предприниматель"


def test_co_defendants_each_with_a_measure_in_one_sentence() -> None:
    text = (
        "Arman Sadykov received three years in a penal colony. Dana Zhunusova received two "
        "years of restricted freedom. Both were detained on 2 November 2023. Sadykov was "
        "remanded in custody on 4 November 2023, while Zhunusova was placed under house arrest "
        "the same day."
    )
    measures = {
        c["person"]["name"]: [(e["date"], e["measure"]) for e in c["events"] if e["measure"]]
        for c in extract_cases(text)
    }
    assert measures == {
        "Arman Sadykov": [("2023-11-04", "custody")],
        "Dana Zhunusova": [("2023-11-04", "house_arrest")],
    }


def test_an_item_told_the_same_day_as_the_one_before() -> None:
    text = (
        "Павлодарский городской суд 14 февраля 2024 года приговорил гражданского активиста "
        "Олжаса БАЙМУХАНОВА к 2 годам ограничения свободы.\n\n"
        "В тот же день тот же суд оштрафовал блогершу Наталью КИМ на 369 200 тенге по ч. 1 "
        "ст. 274 УК РК."
    )
    cases = {c["person"]["name"]: _events(c) for c in extract_cases(text)}
    assert cases == {
        "Олжас Баймуханов": [("verdict", "2024-02-14")],
        "Наталья Ким": [("verdict", "2024-02-14")],
    }


def test_a_closing_link_is_the_source_of_every_case_of_a_bulletin() -> None:
    text = (
        "On 15 August 2023 Bolat NURGALIYEV walked free after serving his full term.\n\n"
        "On 10 November 2023 the trial of Saule ZHAKSYLYKOVA began at the Yesil district "
        "court of Astana.\n\nMore: https://example.org/updates/2023-11"
    )
    cases = extract_cases(text)
    assert len(cases) == 2
    assert all(
        [s["url"] for s in c["sources"]] == ["https://example.org/updates/2023-11"] for c in cases
    )


def _field(case: dict, field: str) -> object:
    if field == "events":
        return _events(case)
    if field in ("name", "city", "region", "occupation"):
        return case["person"][field]
    if field == "verdict":
        verdict = next(e for e in case["events"] if e["kind"] == "verdict")
        return [
            (p["kind"], p["term_months"] or p["hours"] or p["amount"]) for p in verdict["sentence"]
        ]
    if field == "appeal":
        ruling = next(e for e in case["events"] if e["kind"] == "appeal_ruling")
        return [(p["kind"], p["term_months"]) for p in ruling["sentence"]]
    return case[field]


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # terms with a half
        (
            "On 12 April 2024 the Kokshetau city court sentenced Yerlan KUANYSHEV to two and a "
            "half years in prison.",
            "verdict",
            [("imprisonment", 30)],
        ),
        (
            "12 апреля 2024 года суд приговорил Ерлана КУАНЫШЕВА к двум с половиной годам "
            "лишения свободы.",
            "verdict",
            [("imprisonment", 30)],
        ),
        # a region named outright is the region, and not the town it was named after
        (
            "Бурабайский районный суд Акмолинской области 3 апреля 2024 года приговорил Асхата "
            "БЕКЕНОВА к штрафу в размере 1 845 000 тенге.",
            "region",
            "akmola",
        ),
        (
            "Бурабайский районный суд Акмолинской области 3 апреля 2024 года приговорил Асхата "
            "БЕКЕНОВА к штрафу в размере 1 845 000 тенге.",
            "court",
            "Бурабайский районный суд Акмолинской области",
        ),
        # a Kazakh surname ending in a consonant, with its case suffix
        (
            "2023 жылғы 11 шілдеде Ақтау қалалық соты белсенді Жанболат МАМАЙҒА 1 жыл бас "
            "бостандығын шектеу жазасын тағайындады.",
            "name",
            "Жанболат Мамай",
        ),
        (
            "2024 жылғы 12 қаңтарда сот белсенді Айжан Нұрланқызына 2 жыл бас бостандығын "
            "шектеу жазасын тағайындады.",
            "name",
            "Айжан Нұрланқызы",
        ),
        # an appeal "to 3 years" changes the verdict's main term
        (
            "• 15.06.2023 – приговор Саяту ЖУМАБАЕВУ: 4 года лишения свободы\n"
            "• 22.08.2023 – апелляция смягчила приговор до 3 лет",
            "appeal",
            [("imprisonment", 36)],
        ),
        # refused: a term in a later clause of an upheld ruling changes nothing
        (
            "• 15.06.2023 – приговор Саяту ЖУМАБАЕВУ: 4 года лишения свободы\n"
            "• 22.08.2023 – апелляция оставила приговор в силе",
            "appeal",
            [("imprisonment", 48)],
        ),
        # a judge named after the court, a prosecutor after «Гособвинитель»
        (
            "17 ноября 2023 года судья Шымкентского городского суда Мадина Абдуллаева приговорила "
            "Нурлана САГИНБАЕВА к 3 годам ограничения свободы. Гособвинитель Ерлан Тулегенов "
            "просил назначить пять лет лишения свободы.",
            "judge",
            "Мадина Абдуллаева",
        ),
        (
            "17 ноября 2023 года судья Шымкентского городского суда Мадина Абдуллаева приговорила "
            "Нурлана САГИНБАЕВА к 3 годам ограничения свободы. Гособвинитель Ерлан Тулегенов "
            "просил назначить пять лет лишения свободы.",
            "prosecutor",
            "Ерлан Тулегенов",
        ),
        (
            "17 ноября 2023 года судья Шымкентского городского суда Мадина Абдуллаева приговорила "
            "Нурлана САГИНБАЕВА к 3 годам ограничения свободы. Гособвинитель Ерлан Тулегенов "
            "просил назначить пять лет лишения свободы.",
            "court",
            "Шымкентский городской суд",
        ),
        # "today" in a news item dated at its opening
        (
            "Aktobe, 3 July 2024 – On 1 July, police detained the blogger Saltanat ISMAGULOVA. "
            "Today the investigating judge ordered her pre-trial detention for two months.",
            "events",
            [("detention", "2024-07-01"), ("preventive_measure", "2024-07-03")],
        ),
        # refused: without an opening date "today" dates nothing
        (
            "On 1 July 2024 police detained the blogger Saltanat ISMAGULOVA. Today the "
            "investigating judge ordered her pre-trial detention for two months.",
            "events",
            [("detention", "2024-07-01")],
        ),
        # the person's title with a name in quotes between «признал» and «виновным»
        (
            "Кызылординский городской суд 5 марта 2024 г. признал председателя профсоюза «Еңбек» "
            "Ерболата ЖУМАБАЕВА виновным и назначил штраф 1 476 800 тенге.",
            "events",
            [("verdict", "2024-03-05")],
        ),
        # «санкцию на арест» is the arrest, not sanctions
        (
            "3 марта 2022 года задержан Ержан АБДРАХМАНОВ. 5 марта суд дал санкцию на арест на "
            "2 месяца.",
            "events",
            [("detention", "2022-03-03"), ("preventive_measure", "2022-03-05")],
        ),
        # «6 мес.» goes on
        (
            "20.09.2021 суд приговорил Каната ЕСЕНГЕЛЬДИНА к 1 году 6 мес. лишения свободы.",
            "verdict",
            [("imprisonment", 18)],
        ),
        # a year from the full date just before
        (
            "2024 жылғы 5 ақпанда Мөлдір СЕРІКҚЫЗЫНЫҢ ісі бойынша сот процесі басталды. Журналист "
            "2023 жылғы 6 қарашада ұсталып, 8 қарашада үй қамағына алынды.",
            "events",
            [
                ("detention", "2023-11-06"),
                ("preventive_measure", "2023-11-08"),
                ("trial", "2024-02-05"),
            ],
        ),
    ],
)
def test_fields_by_wording(text: str, field: str, value: object) -> None:
    assert _field(_one(text), field) == value


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # a surname of no usual ending, introduced by a trade or written twice; no possessive
        (
            "Duman Mukhammedkarim's sentence upheld\n\nOn 26 October 2023 the Almaty City "
            "Court upheld the verdict against journalist Duman Mukhammedkarim.",
            "name",
            "Duman Mukhammedkarim",
        ),
        # a hearing still to come is no event
        (
            "On 9 October 2023 the Karasai district court sentenced Askhat ZHEKSENBAYEV to 2 "
            "years' restriction of freedom. An appeal hearing is scheduled for 15 November 2023.",
            "events",
            [("verdict", "2023-10-09")],
        ),
        (
            "Карагандинка Роза Мусина приговорена к 1 году ограничения свободы. Решение вынес 2 "
            "февраля 2024 года суд района имени Казыбек би города Караганды.",
            "name",
            "Роза Мусина",
        ),
        (
            "Карагандинка Роза Мусина приговорена к 1 году ограничения свободы. Решение вынес 2 "
            "февраля 2024 года суд района имени Казыбек би города Караганды.",
            "events",
            [("verdict", "2024-02-02")],
        ),
        # Russian gender from the words right around the name
        (
            "Полиция задержала учительницу Аружан КЕНЖЕБЕКОВУ в Шымкенте 03.04.2024.",
            "name",
            "Аружан Кенжебекова",
        ),
        (
            "ЖУМАБАЕВА Сауле Кайратовна, блогер (г. Кокшетау) — 5 мая 2023 года осуждена по ст. "
            "274 ч. 3 УК РК к 2 годам ограничения свободы.",
            "name",
            "Сауле Кайратовна Жумабаева",
        ),
    ],
)
def test_people_by_wording(text: str, field: str, value: object) -> None:
    assert _field(_one(text), field) == value


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # an appeal's outcome told in a later sentence
        (
            "11 июля 2023 года апелляционная коллегия рассмотрела жалобу осуждённого БЕКОВА "
            "Нурлана. Приговором городского суда от 12 мая 2023 года Беков осуждён к 2 годам "
            "ограничения свободы. Апелляционная коллегия приговор оставила без изменения.",
            "appeal",
            [("restriction_of_liberty", 24)],
        ),
        (
            "Маңғыстау облыстық соты 2022 жылғы 30 мамырда Ерлан ҚАРАБАЕВТЫҢ апелляциялық "
            "шағымын қанағаттандырмады. Жаңаөзен қалалық соты 2022 жылғы 15 наурызда оны 5 "
            "жылға бас бостандығынан айырған.",
            "events",
            [("verdict", "2022-03-15"), ("appeal_ruling", "2022-05-30")],
        ),
        # clauses of an appeal sentence told apart by a semicolon
        (
            "She, Zhanna ORAZOVA, was sentenced on 10 October 2023 by the Auezov district court "
            "of Almaty to 2 years of restriction of liberty under Art. 405-2; the Almaty city "
            "court upheld the sentence on 12 December 2023.",
            "events",
            [("verdict", "2023-10-10"), ("appeal_ruling", "2023-12-12")],
        ),
        (
            "She, Zhanna ORAZOVA, was sentenced on 10 October 2023 by the Auezov district court "
            "of Almaty to 2 years of restriction of liberty under Art. 405-2.",
            "charges",
            [{"article": "405", "part": 2, "title": _title("405", 2)}],
        ),
        # a name introduced by a trade, its surname of no usual ending
        (
            "58 жастағы зейнеткер Гүлжан Сейітқали 2023 жылғы 7 маусымда ұсталды.",
            "name",
            "Гүлжан Сейітқали",
        ),
        # the person's surname opening a Kazakh act is not part of it
        (
            "2024 жылғы 3 сәуірде сот белсенді Бақытжан ӘЛІМОВКЕ 3 жыл бас бостандығын шектеу "
            "жазасын кесті. Тергеушілердің айтуынша, Әлімов Facebook-та аймақ әкімін сынаған "
            "видео жариялаған.",
            "acts",
            [{"description": "Facebook-та аймақ әкімін сынаған видео жариялаған", "date": None}],
        ),
    ],
)
def test_more_fields_by_wording(text: str, field: str, value: object) -> None:
    assert _field(_one(text), field) == value


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # the article and its part cited after the offence leave nothing behind
        (
            "On 27 February 2024 the court sentenced Nurzhan MUKHAMEDIYAROV to 1.5 years' "
            'imprisonment. He was found guilty of "calling for mass riots" under Article 272, '
            "Part 3. The charges stemmed from Telegram messages he sent in January 2022.",
            [("Telegram messages he sent in January 2022", None)],
        ),
        (
            "6 июня 2023 года суд приговорил Айжан НУРБЕКОВУ к 2 годам ограничения свободы. Ей "
            "вменялось разжигание розни (ч. 1 ст. 174 УК) из-за стримов в TikTok.",
            [("стримов в TikTok", None)],
        ),
        (
            "Ерасыл ДҮЙСЕНБАЙҰЛЫ 2022 жылғы 5 қаңтарда ұсталды. Семей қаласының тұрғыны Ерасыл "
            "ДҮЙСЕНБАЙҰЛЫ Семейдегі митингке қатысқаны үшін ұсталды.",
            [("Семейдегі митингке қатысқаны", None)],
        ),
    ],
)
def test_acts_without_what_is_around_them(text: str, acts: list[tuple[str, str | None]]) -> None:
    assert [(a["description"], a["date"]) for a in _one(text)["acts"]] == acts


def test_a_courtroom_release_told_after_the_verdict_is_the_appeal_s() -> None:
    case = _one(
        "20 марта 2024 года Актюбинский областной суд смягчил приговор пенсионерке Гульнаре "
        "ИБРАЕВОЙ: вместо 2 лет лишения свободы — 2 года ограничения свободы. Ранее, 15 января "
        "2024 года, Актюбинский городской суд признал её виновной. Ибраеву освободили в зале "
        "суда."
    )
    assert ("release", "2024-03-20") in _events(case)


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (
            "On 14 May 2024 Yelena SEMYONOVA was detained. She is charged under Article 274 "
            "Part 2 for a Facebook post about police torture.",
            ["a Facebook post about police torture"],
        ),
        # refused: the "for" inside the offence's name in brackets
        (
            "On 14 May 2024 Yelena SEMYONOVA was detained. She's charged under Art. 488 "
            '("violation of the procedure for organising peaceful assemblies").',
            [],
        ),
    ],
)
def test_charged_for_an_act(text: str, acts: list[str]) -> None:
    assert [a["description"] for a in _one(text)["acts"]] == acts


@pytest.mark.parametrize(
    ("text", "events"),
    [
        (
            "Zhasulan KENZHEBEK was taken into custody on 8 August 2023. Two days later, a "
            "Turkistan court ordered him held in pre-trial detention.",
            [("detention", "2023-08-08"), ("preventive_measure", "2023-08-10")],
        ),
        (
            "Полиция задержала Аружан КЕНЖЕБЕКОВУ 03.04.2024. На следующий день суд избрал ей "
            "меру пресечения в виде содержания под стражей.",
            [("detention", "2024-04-03"), ("preventive_measure", "2024-04-04")],
        ),
        (
            "Ерлан ҚАРАБАЕВ 2022 жылғы 6 қаңтарда ұсталды. Екі күннен кейін сот оны қамауға алды.",
            [("detention", "2022-01-06"), ("preventive_measure", "2022-01-08")],
        ),
        (
            "Гульнар БЕКОВА задержана 12 марта 2024 года. В тот же день суд поместил её под "
            "домашний арест.",
            # (one day's arrest and measure are one arrest under it: docs/labelling.md)
            [("detention", "2024-03-12")],
        ),
        # refused: "later" with no number of days dates nothing
        (
            "Zhasulan KENZHEBEK was taken into custody on 8 August 2023. Later a Turkistan court "
            "ordered him held in pre-trial detention.",
            [("detention", "2023-08-08")],
        ),
    ],
)
def test_days_later(text: str, events: list[tuple[str, str]]) -> None:
    assert _events(_one(text)) == events


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Айбек ТҰРСЫНБАЕВ 2023 жылдың 1 шілдесінде ұсталған.",
            "events",
            [("detention", "2023-07-01")],
        ),
        (
            "Айбек ТҰРСЫНБАЕВ 2022 жылдың 5 қаңтарында ұсталды.",
            "events",
            [("detention", "2022-01-05")],
        ),
        (
            "22.11.2023 суд признал Болата ОМАРОВА виновным и назначил один год ограничения "
            "свободы. Также ему запрещено заниматься общественно-политической деятельностью "
            "сроком на 1 (один) год.",
            "verdict",
            [("restriction_of_liberty", 12), ("ban_social_activity", 12)],
        ),
        (
            "Суд Сарыаркинского района г. Астаны 22.11.2023 признал Болата ОМАРОВА виновным.",
            "court",
            "суд Сарыаркинского района г. Астаны",
        ),
    ],
)
def test_dates_terms_and_courts_written_otherwise(text: str, field: str, value: object) -> None:
    assert _field(_one(text), field) == value


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "The appeal of trade unionist Erzhan ELSHIBAYEV was rejected on 3 March 2022 by the "
            "Mangystau regional court. He had been sentenced to 5 years in prison by the "
            "Zhanaozen city court on 7 December 2021. The judge was Aigerim TULEUOVA.",
            "judge",
            "Aigerim TULEUOVA",
        ),
        (
            "The appeal of trade unionist Erzhan ELSHIBAYEV was rejected on 3 March 2022 by the "
            "Mangystau regional court. He had been sentenced to 5 years in prison by the "
            "Zhanaozen city court on 7 December 2021. The judge was Aigerim TULEUOVA.",
            "occupation",
            "trade unionist",
        ),
    ],
)
def test_english_roles_by_wording(text: str, field: str, value: object) -> None:
    case = _one(text)
    assert _field(case, field) == value
    assert [e["appeal_outcome"] for e in case["events"] if e["kind"] == "appeal_ruling"] == [
        "upheld"
    ]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        (
            "Weekly digest, 22–28 April 2024\n\n"
            "• Atyrau: On 23 April, activist Ruslan IMANGALIYEV was fined 345,000 tenge.\n"
            "• Kostanay: On 25 April, journalist Irina BONDAR was placed under house arrest.\n",
            {
                "Ruslan IMANGALIYEV": [("verdict", "2024-04-23")],
                "Irina BONDAR": [("preventive_measure", "2024-04-25")],
            },
        ),
        (
            "Апта шолуы (2024 жылғы 15–21 қаңтар)\n\n"
            "1. Алматы. 16 қаңтарда сот блогер Асқар НҰРЛЫБАЕВҚА 300 000 теңге айыппұл салды.\n\n"
            "2. Ақтөбе. 18 қаңтарда азаматтық белсенді Гүлмира ТӨЛЕУОВА ұсталды.\n",
            {
                "Асқар Нұрлыбаев": [("verdict", "2024-01-16")],
                "Гүлмира Төлеуова": [("detention", "2024-01-18")],
            },
        ),
    ],
)
def test_items_take_the_year_of_the_bulletin_heading(
    text: str, events: dict[str, list[tuple[str, str]]]
) -> None:
    assert {c["person"]["name"]: _events(c) for c in extract_cases(text)} == events


def test_a_town_in_the_genitive_before_a_village_of_that_spelling() -> None:
    case = _one(
        "Шахтёр из Сатпаева наказан\n\n5 мая 2023 года суд признал шахтёра Каната "
        "АБИЛКАИРОВА виновным и назначил ему 2 года ограничения свободы."
    )
    assert (case["person"]["city"], case["person"]["region"]) == ("Сатпаев", "ulytau")


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (
            "On 30 September 2024 the court sentenced Dauren BAIMUKHANOV to two years in a "
            "colony. He had published videos about air pollution on his Instagram account in "
            "March 2024.",
            ["videos about air pollution on his Instagram account in March 2024"],
        ),
        # refused: a plain statement gives way to what the person is accused of
        (
            "On 30 September 2024 the court sentenced Dauren BAIMUKHANOV to two years in a "
            "colony. He is accused of insulting the akim. He had published videos about air "
            "pollution.",
            ["insulting the akim"],
        ),
    ],
)
def test_acts_told_as_plain_statements(text: str, acts: list[str]) -> None:
    assert [a["description"] for a in _one(text)["acts"]] == acts


# --- heldout3's misses (h15i): each class of wording, accepted and refused ------------------


@pytest.mark.parametrize(
    ("text", "person", "prosecutor"),
    [
        # accepted: "The state prosecutor was X" names the prosecutor, never the person
        (
            "Summary by defence counsel Timur YESENOV, 10 March 2025\n\n"
            "Client: Vadim KRAVCHENKO, engineer from Petropavl.\n\n"
            "- 21 October 2024: the trial began before Judge Olga SMIRNOVA of the Petropavl city "
            "court. The state prosecutor was Arman KULMAGAMBETOV.\n"
            "- 13 December 2024: the court sentenced Mr Kravchenko to four years of imprisonment.",
            "Vadim KRAVCHENKO",
            "Arman KULMAGAMBETOV",
        ),
        (
            "The trial of Aidos KUANYSHBAYEV began on 20 January 2026 at the Aktobe city court. "
            "Judge Serik ABDRAKHMANOV is presiding; the state prosecutor is Madina ORAZOVA.",
            "Aidos KUANYSHBAYEV",
            "Madina ORAZOVA",
        ),
        # accepted: a judge named right before the prosecutor's title is not the prosecutor
        (
            "11 ноября 2024 года Панфиловский районный суд (судья Ержан ТОКТАРОВ, государственный "
            "обвинитель — прокурор Дархан Бейсенов) приговорил Ильяса НУРМУХАМБЕТОВА к трём "
            "годам лишения свободы.",
            "Ильяс Нурмухамбетов",
            "Дархан Бейсенов",
        ),
        # refused: a name just before the title is still read when no name follows it
        (
            "On 3 May 2024 the Taraz city court sentenced Asel NURBEK to 2 years in prison. "
            "Aigul KASYMOVA, prosecutor, asked for 3 years.",
            "Asel NURBEK",
            "Aigul KASYMOVA",
        ),
    ],
)
def test_prosecutor_told_with_was_or_after_the_judge(
    text: str, person: str, prosecutor: str
) -> None:
    case = _one(text)
    assert (case["person"]["name"], case["prosecutor"]) == (person, prosecutor)


def test_a_human_rights_defender_is_a_person_not_a_lawyer() -> None:
    """«қорғаушы» is a defence lawyer, but «құқық қорғаушы» (a human rights defender) is the
    person of the case: only the first keeps a name out of the cases."""
    from bot.extract.blocks import ROLE_BEFORE

    assert ROLE_BEFORE.search("Адвокат, қорғаушы ")
    assert ROLE_BEFORE.search("defence counsel ")
    assert not ROLE_BEFORE.search("құқық қорғаушы ")


def test_a_thread_s_numbered_posts_are_one_case_each() -> None:
    cases = extract_cases(
        "Two more political verdicts this week. Thread\n\n"
        "1/ #Aralsk, Kyzylorda region: fisherman Mukhtar SADYKOV sentenced today (19.11.2024) "
        "by the Aral district court to 2 years of restriction of liberty under Art. 405(2) CC.\n\n"
        "2/ #Konaev, Almaty region: pensioner Lyudmila PETRENKO fined 737,400 tenge under "
        "Art. 174(1) CC for comments on Facebook. Konaev city court, 20.11.2024.\n\n"
        "3/ Both plan to appeal. Details: https://t.me/example/4512\n"
    )
    assert {c["person"]["name"]: (_events(c), c["court"]) for c in cases} == {
        "Mukhtar SADYKOV": ([("verdict", "2024-11-19")], "Aral district court"),
        "Lyudmila PETRENKO": ([("verdict", "2024-11-20")], "Konaev city court"),
    }
    assert all(c["sources"] == [{"url": "https://t.me/example/4512", "title": None}] for c in cases)


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # accepted: a court and a date told after an undated verdict date it
        (
            "Pensioner Lyudmila PETRENKO fined 737,400 tenge under Art. 174(1) CC. "
            "Konaev city court, 20.11.2024.",
            [("verdict", "2024-11-20")],
        ),
        (
            "Pensioner Lyudmila PETRENKO fined 737,400 tenge under Art. 174(1) CC. Plus 1,276 "
            "tenge court fees. Konaev city court, 20.11.2024.",
            [("verdict", "2024-11-20")],
        ),
        # refused: a dated sentence without a court stays no verdict's date
        (
            "Pensioner Lyudmila PETRENKO fined 737,400 tenge under Art. 174(1) CC. "
            "She was detained on 20.11.2024.",
            [("detention", "2024-11-20")],
        ),
    ],
)
def test_a_court_and_date_told_after_an_undated_verdict(
    text: str, events: list[tuple[str, str]]
) -> None:
    case = _one(text)
    assert [e for e in _events(case) if e[1]] == events
    if "Plus" in text:  # the fees told between the verdict and its date are the verdict's
        assert _field(case, "verdict") == [("fine", "737400.00"), ("court_fees", "1276.00")]


@pytest.mark.parametrize(
    ("text", "names_"),
    [
        # accepted: a trade written first in a sentence is not a given name
        ("Инженер-строитель Даурен СЕРИКБАЕВ приговорён", [["Даурен", "СЕРИКБАЕВ"]]),
        ("Бастауыш. Мұнайшы Бағдат ЕСЕНҰЛЫ бостандыққа шықты", [["Бағдат", "ЕСЕНҰЛЫ"]]),
        # refused: a given name at a sentence start stays, and so does one mid-sentence
        ("Марат ЖЕКСЕБАЕВ задержан", [["Марат", "ЖЕКСЕБАЕВ"]]),
        ("Болат КАСЫМОВ was detained", [["Болат", "КАСЫМОВ"]]),
    ],
)
def test_a_trade_before_a_name_is_not_its_given_name(text: str, names_: list[list[str]]) -> None:
    from bot.extract.names import find_mentions

    assert [m.words for m in find_mentions(text)] == names_


def test_a_co_defendant_told_in_an_undated_paragraph_of_their_own() -> None:
    """Paragraphs naming different people are one case each only when each gives a date: a
    second defendant's paragraph without one shares the verdict told before (a link's
    /2025/12/02/ is no date)."""
    cases = extract_cases(
        "2 декабря 2025 года Есильский районный суд города Астаны вынес приговор по делу двух "
        "жителей столицы (статья 405, часть 2 УК РК).\n\n"
        "Инженер-строитель Даурен СЕРИКБАЕВ приговорён к двум годам ограничения свободы.\n\n"
        "Бухгалтер Мадина ЖУНУСОВА получила один год ограничения свободы и 60 часов "
        "принудительного труда.\n\n"
        "Источник: https://astana-sud.example.kz/ru/2025/12/02/serikbaev-zhunusova\n"
    )
    assert {c["person"]["name"]: (_events(c), _field(c, "verdict")) for c in cases} == {
        "Даурен Серикбаев": ([("verdict", "2025-12-02")], [("restriction_of_liberty", 24)]),
        "Мадина Жунусова": (
            [("verdict", "2025-12-02")],
            [("restriction_of_liberty", 12), ("community_service", 60)],
        ),
    }


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # accepted: an investigating judge's order of custody in other words
        (
            "Police detained Aidos KUANYSHBAYEV in Aktobe on 9 September 2025. On 11 September "
            "2025 an investigating judge ordered that he be held in pre-trial custody.",
            [("detention", "2025-09-09", None), ("preventive_measure", "2025-09-11", "custody")],
        ),
        (
            "Бекзата МАРАТУЛЫ задержали 23 сентября 2025 года. 25 сентября 2025 года "
            "следственный суд дал санкцию на его арест на два месяца.",
            [("detention", "2025-09-23", None), ("preventive_measure", "2025-09-25", "custody")],
        ),
        (
            "Журналист Арман СЕРІКБАЙҰЛЫ 2025 жылғы 5 мамырда ұсталды. 2025 жылғы 7 мамырда "
            "тергеу судьясы оны екі ай мерзімге күзетпен ұстауға санкция берді.",
            [("detention", "2025-05-05", None), ("preventive_measure", "2025-05-07", "custody")],
        ),
        # refused: a call for sanctions is still no part of the case
        (
            "Журналист Арман СЕРІКБАЙҰЛЫ 2025 жылғы 5 мамырда ұсталды. 2025 жылғы 7 мамырда "
            "біз шенеуніктерге санкция салуға шақырдық.",
            [("detention", "2025-05-05", None)],
        ),
    ],
)
def test_custody_ordered_by_an_investigating_judge_in_other_words(
    text: str, events: list[tuple[str, str, str | None]]
) -> None:
    assert [(e["kind"], e["date"], e["measure"]) for e in _one(text)["events"]] == events


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        # accepted: a trade with a genitive thing, with an adjective or not, or hyphenated
        (
            "Сегодня, 7 августа 2025 года, суд приговорил учителя истории Тимура САГИНДЫКОВА "
            "к пяти годам лишения свободы.",
            "учитель истории",
        ),
        (
            "3 апреля 2024 года суд приговорил слесаря медеплавильного завода Андрея ГРИГОРЬЕВА "
            "к двум годам ограничения свободы.",
            "слесарь медеплавильного завода",
        ),
        (
            "2 декабря 2025 года суд приговорил студента третьего курса Бекзата МАРАТУЛЫ к "
            "двум годам ограничения свободы.",
            "студент третьего курса",
        ),
        (
            "2 декабря 2025 года суд вынес приговор. Инженер-строитель Даурен СЕРИКБАЕВ "
            "приговорён к двум годам ограничения свободы.",
            "инженер-строитель",
        ),
        # refused: a preposition or a place after the trade is no part of it
        (
            "Информация от защитника Ильяса НУРМУХАМБЕТОВА, преподавателя колледжа из Жаркента. "
            "11 ноября 2024 года суд приговорил его к трём годам лишения свободы.",
            "преподаватель колледжа",
        ),
        (
            "2025 жылғы 7 мамырда тергеу судьясы журналисті Арман СЕРІКБАЙҰЛЫН күзетпен "
            "ұстауға санкция берді.",
            "журналист",
        ),
    ],
)
def test_a_trade_with_the_words_written_with_it(text: str, occupation: str) -> None:
    assert _one(text)["person"]["occupation"] == occupation


def test_an_appeal_replacing_a_kind_named_without_its_term() -> None:
    """ "The appeal court replaced the prison term with 3 years of restriction of liberty, and
    she was released in the courtroom the same day": the appeal's new sentence, and a release
    on the appeal's day, not on the verdict's told in between."""
    case = _one(
        "On 2 April 2024, the appeal board of the Akmola regional court reduced the sentence of "
        "Gulmira SEITKALIKYZY. On 19 January 2024 the Kokshetau city court had sentenced her "
        "under Article 174(1) of the Criminal Code to 3 years in prison. The appeal court "
        "replaced the prison term with 3 years of restriction of liberty, and she was released "
        "in the courtroom the same day."
    )
    assert _events(case) == [
        ("verdict", "2024-01-19"),
        ("appeal_ruling", "2024-04-02"),
        ("release", "2024-04-02"),
    ]
    assert _field(case, "verdict") == [("imprisonment", 36)]
    assert _field(case, "appeal") == [("restriction_of_liberty", 36)]


@pytest.mark.parametrize(
    ("ruling", "appeal"),
    [
        # accepted: "reduced the prison term to four years" is an appeal ruling
        (
            "On 22 April 2025 the Akmola regional court reduced the prison term to four years; "
            "the three-year ban was left unchanged.",
            [("imprisonment", 48), ("ban_social_activity", 36)],
        ),
        (
            "On 22 April 2025 the regional court shortened his sentence to four years.",
            [("imprisonment", 48), ("ban_social_activity", 36)],
        ),
    ],
)
def test_an_appeal_told_as_a_shorter_term(ruling: str, appeal: list[tuple[str, int]]) -> None:
    case = _one(
        "On 12 February 2025 the Stepnogorsk city court sentenced Bolat KASYMOV to six years in "
        "prison and banned him from public activity for three years. " + ruling
    )
    assert _events(case) == [("verdict", "2025-02-12"), ("appeal_ruling", "2025-04-22")]
    assert _field(case, "appeal") == appeal
    assert case["events"][1]["appeal_outcome"] == "reduced"


def test_reducing_something_else_is_no_appeal() -> None:
    """Refused: "reduced the ... term" must name a sentence, punishment or term."""
    case = _one(
        "On 12 February 2025 the Stepnogorsk city court sentenced Bolat KASYMOV to six years in "
        "prison. On 22 April 2025 the administration reduced the number of visits."
    )
    assert [e[0] for e in _events(case)] == ["verdict"]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # accepted: a heading of short cells dates the "today" of the news below it
        (
            "COURT NEWS | Almaty | 16 June 2025\n\n"
            "The Medeu district court of Almaty today began hearing the criminal case against "
            "Dinara YERZHANOVA, 29, a feminist activist. She was detained on 2 April 2025.",
            [("detention", "2025-04-02"), ("trial", "2025-06-16")],
        ),
        # refused: a long line with a bar and a date is no heading
        (
            "Our monitors wrote on 16 June 2025 | that the court is late | and more than four "
            "words here\n\n"
            "The Medeu district court of Almaty today began hearing the criminal case against "
            "Dinara YERZHANOVA, 29, a feminist activist. She was detained on 2 April 2025.",
            [("detention", "2025-04-02")],
        ),
    ],
)
def test_a_heading_of_cells_dates_today(text: str, events: list[tuple[str, str]]) -> None:
    assert [e for e in _events(_one(text)) if e[1]] == events


def test_a_kazakh_trial_opening_and_a_plural_trade_of_others() -> None:
    case = _one(
        "2025 жылғы 9 қыркүйекте Атырау қалалық сотында экономист, азаматтық белсенді Гүлнар "
        "САҒЫНТАЕВАНЫҢ "
        "қылмыстық ісі бойынша сот талқылауы басталды. Сот залына белсендінің жақтастары мен "
        "журналистер жиналды."
    )
    assert _events(case) == [("trial", "2025-09-09")]
    assert case["person"]["occupation"] == "экономист, азаматтық белсенді"


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # accepted: an act told as the person's only "crime", or after the charge
        (
            "Today, 3 June 2025, the Zhezkazgan city court sentenced Daniyar AMANZHOLULY to 5 "
            'years in prison. His only "crime" was his Facebook posts about the copper mines.',
            ["his Facebook posts about the copper mines"],
        ),
        (
            "On 8 May 2025 the Kentau city court fined pensioner Rysbek OSPANOV 1,572,800 tenge "
            "under Article 174(1) of the Criminal Code for comments in a WhatsApp group.",
            ["comments in a WhatsApp group"],
        ),
        (
            "7 августа 2025 года суд приговорил учителя Тимура САГИНДЫКОВА к пяти годам лишения "
            "свободы. Всё его «преступление» — уроки о событиях Желтоксана.",
            ["уроки о событиях Желтоксана"],
        ),
        (
            "15 января 2025 года суд оштрафовал журналистку Айжан ТУРСЫНОВУ на 3 000 000 тенге. "
            "Дело возбуждено из-за публикации в Telegram-канале о загрязнении моря.",
            ["публикации в Telegram-канале о загрязнении моря"],
        ),
        (
            "25 сентября 2025 года задержан студент Бекзат МАРАТУЛЫ. Ему вменили участие в "
            "запрещённой организации — за то, что он якобы состоял в чате движения.",
            ["состоял в чате движения"],
        ),
        (
            "2025 жылғы 30 маусымда сот зейнеткер Қайрат ОМАРҰЛЫНА үш жыл бас бостандығынан "
            "айыру жазасын кесті. Оның кінәсі — YouTube-тағы жер мәселесі туралы бейнеүндеуі ғана.",
            ["YouTube-тағы жер мәселесі туралы бейнеүндеуі"],
        ),
        (
            "2025 жылғы 14 наурызда сот мұғалім Сәуле ЕРМЕКҚЫЗЫНА екі жыл бас бостандығын шектеу "
            "жазасын тағайындады. Оған ата-аналар чатындағы жазбалары үшін айып тағылған.",
            ["ата-аналар чатындағы жазбалары"],
        ),
        # refused: "for" a term, or a crime that is not the person's
        (
            "On 8 May 2025 the Kentau city court sentenced Rysbek OSPANOV to 2 years in prison "
            "for two years of posts.",
            [],
        ),
        (
            "On 8 May 2025 the Kentau city court sentenced Rysbek OSPANOV to 2 years in prison. "
            "The crime rate in Kentau is high.",
            [],
        ),
    ],
)
def test_acts_told_in_other_words(text: str, acts: list[str]) -> None:
    assert [a["description"] for a in _one(text)["acts"]] == acts


@pytest.mark.parametrize(
    ("text", "events", "verdict"),
    [
        # accepted: «признал» far from «виновной», «назначил Турсыновой наказание», and a
        # headline dated only by the release's date gives way to the verdict's own date
        (
            "ПРЕСС-РЕЛИЗ\n16 января 2025 года\n\n"
            "Журналистку из Актау оштрафовали почти на четыре миллиона тенге\n\n"
            "Пятнадцатого января 2025 года Актауский городской суд признал журналистку и автора "
            "Telegram-канала «Каспий сегодня» Айжан ТУРСЫНОВУ виновной. Судья назначил "
            "Турсыновой наказание в виде штрафа в размере 3 932 000 тенге.",
            [("verdict", "2025-01-15")],
            [("fine", Decimal("3932000"))],
        ),
        # refused: a headline with no other verdict keeps the dateline's day
        (
            "ПРЕСС-РЕЛИЗ\n16 января 2025 года\n\n"
            "Журналистку Айжан ТУРСЫНОВУ оштрафовали на 3 932 000 тенге\n",
            [("verdict", "2025-01-16")],
            [("fine", Decimal("3932000"))],
        ),
    ],
)
def test_a_verdict_told_after_a_headline(
    text: str, events: list[tuple[str, str]], verdict: list[tuple[str, object]]
) -> None:
    case = _one(text)
    assert _events(case) == events
    assert [(k, Decimal(v)) for k, v in _field(case, "verdict")] == verdict


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # accepted: the offence's name before its article gives way to what was done
        (
            "On 14 March 2024 the Ekibastuz city court found Yerlan ZHAKUPOV guilty of "
            "participating in the activities of a banned extremist organisation (Article 405(2) "
            "of the Criminal Code). He was prosecuted for posting videos on YouTube.",
            ["posting videos on YouTube"],
        ),
        (
            "2 декабря 2025 года суд приговорил к двум годам ограничения свободы Даурена "
            "СЕРИКБАЕВА, обвинявшегося в участии в деятельности запрещённой организации "
            "(статья 405, часть 2 УК РК). По данным следствия, он распространял листовки партии.",
            ["распространял листовки партии"],
        ),
        (
            "26 октября 2024 года задержана пенсионерка Валентина ОСИПОВА, которую обвиняют по "
            "части 1 статьи 274 УК РК за комментарии в Facebook.",
            ["комментарии в Facebook"],
        ),
        # refused: the offence's name alone stays the act
        (
            "On 12 February 2025 the city court sentenced Bolat KASYMOV to six years, accused "
            "of creating and leading an extremist organisation (Article 405, Part 1 of the "
            "Criminal Code).",
            ["creating and leading an extremist organisation"],
        ),
    ],
)
def test_the_offence_s_name_gives_way_to_the_act(text: str, acts: list[str]) -> None:
    assert [a["description"] for a in _one(text)["acts"]] == acts


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # accepted: a list of amounts ends with "and"; "hrs" are hours
        ("fines of 840, 500 and 50 tenge", [[Decimal("840"), Decimal("500"), Decimal("50")]]),
        ("100 000 және 50 000 теңге", [[Decimal("100000"), Decimal("50000")]]),
        # refused: an age before an amount is no amount ("OSPANOV, 67, 1,572,800 tenge")
        ("pensioner Rysbek OSPANOV, 67, 1,572,800 tenge", [[Decimal("1572800")]]),
    ],
)
def test_a_list_of_amounts_ends_with_and(text: str, values: list[list[Decimal]]) -> None:
    from bot.extract.values import find_amounts

    assert [f.value for f in find_amounts(text)] == values


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("2 years of restriction of liberty + 200 hrs of community service", [200]),
        ("120 hours of community service", [120]),
        # refused: "hrs" inside a word
        ("at 20 hrsk", []),
    ],
)
def test_hours_written_short(text: str, hours: list[int]) -> None:
    from bot.extract.values import find_hours

    assert [f.value for f in find_hours(text)] == hours


def test_an_appeal_replacing_a_term_imposed_on_a_date_told_in_the_passive() -> None:
    case = _one(
        "On 27 May 2025 the Zhambyl regional court granted the prosecutor's appeal and "
        "increased the sentence of blogger Zhanar ABDIKARIMOVA: the 2 years of restriction of "
        "liberty imposed by the Taraz city court on 10 March 2025 under Article 274(3) were "
        "replaced by 4 years in prison. She was taken into custody in the courtroom that day."
    )
    assert _events(case) == [
        ("verdict", "2025-03-10"),
        ("appeal_ruling", "2025-05-27"),
        ("detention", "2025-05-27"),
    ]
    assert _field(case, "verdict") == [("restriction_of_liberty", 24)]
    assert _field(case, "appeal") == [("imprisonment", 48)]
    assert case["events"][1]["appeal_outcome"] == "increased"


def test_a_term_imposed_without_a_date_is_no_verdict_reference() -> None:
    """Refused: "imposed" with no date after it names no verdict of its own."""
    case = _one(
        "On 27 May 2025 the Zhambyl regional court upheld the 2 years of restriction of liberty "
        "imposed on blogger Zhanar ABDIKARIMOVA."
    )
    assert _events(case) == [("appeal_ruling", "2025-05-27")]


def test_not_detained_is_no_detention() -> None:
    case = _one(
        "18 июня 2024 года суд приговорил студентку Дарину АХМЕТОВУ к 100 часам общественных "
        "работ. Дарина не была задержана — на время следствия ей избрали подписку о невыезде "
        "(с 2 апреля 2024 года)."
    )
    assert _events(case) == [("preventive_measure", "2024-04-02"), ("verdict", "2024-06-18")]
    assert case["events"][0]["measure"] == "travel_ban"


def test_released_on_bail_is_no_release() -> None:
    case = _one(
        "On 19 January 2024 the Ekibastuz city court fined Olga PETROVA 184,600 tenge. She had "
        "been released on her own recognizance after her arrest."
    )
    assert [e["kind"] for e in case["events"]] == ["verdict"]


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


# --- heldout4's misses (h15k): each class of wording, accepted and refused ------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # accepted: an interview with the defence lawyer is about the client
        (
            "Three questions to attorney Dinara OMAROVA\n\n"
            "Q: Who do you defend?\nA: Yerlan SATPAYEV, a driver from Ekibastuz. He was "
            "detained on 2 March 2025 and the trial began at the Ekibastuz city court on "
            "5 May 2025.",
            "Yerlan SATPAYEV",
        ),
        (
            "Беседа с защитником Асель КАРИМОВОЙ\n\n— О ком речь?\n— Тимур ЖАКСЫЛЫКОВ, "
            "электрик из Темиртау. Его задержали 4 апреля 2025 года.",
            "Тимур Жаксылыков",
        ),
        (
            "Адвокат Ержан НҰРҒАЛИЕВПЕН сұхбат\n\nСұрақ: Клиентіңіз кім?\nЖауап: Дәурен "
            "ТӨЛЕУОВ, Таразда тұрады. Ол 2025 жылғы 3 наурызда ұсталды.",
            "Дәурен Төлеуов",
        ),
        # refused: a lawyer who is the one prosecuted is still the case
        (
            "Lawyer Gulnara BEKOVA was detained in Almaty on 12 June 2025 and charged with "
            "spreading false information.",
            "Gulnara BEKOVA",
        ),
        (
            "Lawyer Gulnara BEKOVA was detained in Almaty on 12 June 2025 and charged with "
            "spreading false information. Her colleague Marat YESENOV calls the case political.",
            "Gulnara BEKOVA",
        ),
    ],
)
def test_a_defence_lawyer_speaking_of_a_client_is_not_the_person(text: str, name: str) -> None:
    assert _one(text)["person"]["name"] == name


def test_a_table_row_is_read_with_its_header_s_labels() -> None:
    """A row's cells take their column's label: the date under "DATE OF VERDICT" dates the
    verdict, terms written short ("2 y 6 m", "120 h") are read; a row gives no date of its own
    only where the header says nothing of one."""
    text = (
        "Convictions in May 2025\n\n"
        "PERSON | CITY | TRADE | ART. | DATE OF VERDICT | PUNISHMENT\n"
        "---|---|---|---|---|---\n"
        "Nurlan ABDIYEV | Taraz | mechanic | 174 (1) | 12.05.2025 | 2 y 6 m restriction of "
        "liberty; 120 h community service\n"
        "Saule KEMELOVA | Shymkent | accountant | 405 (2) | 20.05.2025 | 1 y restriction of "
        "liberty\n"
    )
    first, second = extract_cases(text)
    assert first["person"]["occupation"] == "mechanic"
    assert _events(first) == [("verdict", "2025-05-12")]
    assert [(p["kind"], p["term_months"], p["hours"]) for p in first["events"][0]["sentence"]] == [
        ("restriction_of_liberty", 30, None),
        ("community_service", None, 120),
    ]
    assert _events(second) == [("verdict", "2025-05-20")]
    # refused: a table whose header names no column of dates or punishments is no verdict
    from bot.extract.tables import with_table_labels

    row = "Nurlan ABDIYEV | Taraz | mechanic\n"
    assert with_table_labels(row, "A | B\n" + row) == row  # cells and labels do not pair up


@pytest.mark.parametrize(
    ("text", "judge"),
    [
        (
            "On 3 March 2025 the Oral city court (judge B. T. KASYMOVA) sentenced Arman "
            "ZHUMAYEV to two years of imprisonment.",
            "B. T. KASYMOVA",
        ),
        (
            "Уральский городской суд 3 марта 2025 года приговорил Армана ЖУМАЕВА к двум годам "
            "лишения свободы. Судья — Е. К. САРСЕНОВ.",
            "Е. К. Сарсенов",
        ),
        # refused: a lone capital at a sentence's end is no initial of a judge
        (
            "On 3 March 2025 judge Aliya NURLANOVA of the Oral city court sentenced Arman "
            "ZHUMAYEV to two years of imprisonment in colony A. He will appeal.",
            "Aliya NURLANOVA",
        ),
    ],
)
def test_a_judge_named_by_initials(text: str, judge: str) -> None:
    assert _one(text)["judge"] == judge


def test_a_thread_s_opening_and_closing_posts_are_told_of_each_case() -> None:
    """ "1/ Three activists fined in Aktau today, 2 June 2025" dates each numbered post after
    it; "Same court, same judge:" gives the next post the court and judge of the one before; a
    closing post naming nobody gives its link to every case."""
    text = (
        "1/ Two activists fined in #Aktau today, 2 June 2025. A thread\n"
        "2/ Marat ISKAKOV, teacher: a fine of 500,000 tenge under art. 174 p.1. Judge: "
        "R. SEITOVA, Aktau city court.\n"
        "3/ Same court, same judge: Bota ZHANOVA, nurse, a fine of 300,000 tenge.\n"
        "4/ Both plan to appeal to the Mangystau regional court. Docs: https://watch.example/t/1\n"
    )
    first, second = extract_cases(text)
    assert _events(first) == [("verdict", "2025-06-02")]
    assert _events(second) == [("verdict", "2025-06-02")]
    assert (second["court"], second["judge"]) == ("Aktau city court", "R. SEITOVA")
    assert second["sources"] == [{"url": "https://watch.example/t/1", "title": None}]
    # refused: an opening post that tells nothing of all of them is not told of each
    text = text.replace(
        "1/ Two activists fined in #Aktau today, 2 June 2025. A thread", "1/ A thread"
    )
    assert all(
        not c["events"] or c["events"][0]["date"] != "2025-06-02" for c in extract_cases(text)
    )


def test_a_live_blog_s_entries_are_told_on_its_day() -> None:
    """Entries headed by a time of day are written on the day the blog's heading gives; "will
    appeal" and "is expected to read the verdict" are no appeal ruling and no verdict yet."""
    text = (
        "LIVE from the Oral city court\nOur blog, 9 October 2025\n\n"
        "10:02 - The trial of blogger Arman ZHUMAYEV began on 1 September 2025; today the judge "
        "is expected to read the verdict.\n"
        "12:30 - Lunch break.\n"
        "15:10 - VERDICT: Arman ZHUMAYEV gets 3 years of restriction of liberty.\n"
        "15:20 - His lawyer says they will appeal.\n"
    )
    case = _one(text)
    assert _events(case) == [("trial", "2025-09-01"), ("verdict", "2025-10-09")]
    assert case["stage"] == "sentenced"
    # refused: two stamped lines make no live blog; nor do times without a dated heading
    from bot.extract import _live_blog_dated

    short = "Our blog, 9 October 2025\n\n10:02 - Arman ZHUMAYEV was detained.\n12:30 - Break.\n"
    assert _live_blog_dated(short) == short
    undated = "Our blog\n\n10:02 - A.\n12:30 - B.\n15:00 - C.\n"
    assert _live_blog_dated(undated) == undated


@pytest.mark.parametrize(
    ("text", "events", "outcome", "appeal"),
    [
        # the ruling dated by the press release's dateline; its only date is the verdict's
        (
            "PRESS RELEASE\nTaraz, 4 November 2025\n\nThe appeal board considered the appeal "
            "against the verdict of the Taraz city court of 2 September 2025 against Daniyar "
            "ORAZOV, sentenced to 3 years of imprisonment. The board left the verdict unchanged.",
            [("verdict", "2025-09-02"), ("appeal_ruling", "2025-11-04")],
            "upheld",
            [("imprisonment", 36)],
        ),
        # a regional court replacing a kind, the new term in words
        (
            "On 5 May 2025 the Taraz city court sentenced Daniyar ORAZOV to two years of "
            "restriction of liberty. On 1 August 2025 the Zhambyl Regional Court replaced the "
            "restriction of liberty with three years of imprisonment.",
            [("verdict", "2025-05-05"), ("appeal_ruling", "2025-08-01")],
            "increased",
            [("imprisonment", 36)],
        ),
        # "reduced to" a term of another kind
        (
            "On 5 May 2025 the Taraz city court sentenced Daniyar ORAZOV to four years of "
            "imprisonment. On 1 August 2025 the appeal board reduced the punishment to 2 years of "
            "restriction of liberty.",
            [("verdict", "2025-05-05"), ("appeal_ruling", "2025-08-01")],
            "reduced",
            [("restriction_of_liberty", 24)],
        ),
        (
            "Жамбыл облыстық соты 2025 жылғы 1 тамызда Данияр ОРАЗОВТЫҢ бас бостандығын шектеу "
            "мерзімін бір жылға дейін қысқартты. Тараз қалалық соты оны 2025 жылғы 5 мамырда екі "
            "жылға бас бостандығын шектеуге соттаған еді.",
            [("verdict", "2025-05-05"), ("appeal_ruling", "2025-08-01")],
            "reduced",
            [("restriction_of_liberty", 12)],
        ),
    ],
)
def test_appeals_told_in_other_words(
    text: str, events: list[tuple[str, str]], outcome: str, appeal: list[tuple[str, int]]
) -> None:
    case = _one(text)
    assert _events(case) == events
    ruling = next(e for e in case["events"] if e["kind"] == "appeal_ruling")
    assert ruling["appeal_outcome"] == outcome
    assert [(p["kind"], p["term_months"]) for p in ruling["sentence"]] == appeal


def test_a_regional_court_that_tries_a_case_is_no_appeal() -> None:
    """Refused: a regional court named without changing a sentence hears no appeal, nor does a
    court that leaves a preventive measure unchanged."""
    case = _one(
        "On 5 May 2025 the Zhambyl Regional Court sentenced Daniyar ORAZOV to two years of "
        "imprisonment."
    )
    assert _events(case) == [("verdict", "2025-05-05")]
    case = _one(
        "Daniyar ORAZOV was detained on 5 May 2025. On 2 July 2025 the court left the measure "
        "unchanged: he stays in custody."
    )
    assert "appeal_ruling" not in [kind for kind, _ in _events(case)]


def test_an_item_on_the_same_day_as_the_ruling_before() -> None:
    """ "On the same day the board left unchanged the verdict of 3 March ...": the day of the
    item before is its ruling's, not the last date it mentioned."""
    text = (
        "Court news, 20 May 2025\n\n"
        "Today the appeal board reduced the sentence of Arman ZHUMAYEV, convicted by the Oral "
        "city court on 10 March 2025, to 2 years of restriction of liberty.\n\n"
        "On the same day the board left unchanged the verdict of the Aksai district court of "
        "3 March 2025 against Bota ZHANOVA: a fine of 400,000 tenge."
    )
    _first, second = extract_cases(text)
    assert ("appeal_ruling", "2025-05-20") in _events(second)
    assert ("verdict", "2025-03-03") in _events(second)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "3 мая 2025 года суд вынес приговор в отношении Руслана ОМАРОВА, 1990 г. р.",
            "Руслан Омаров",
        ),
        ("Я мать Тимура Сапарова, его задержали 3 мая 2025 года.", "Тимур Сапаров"),
        (
            "3 мая 2025 года суд оштрафовал учителя и поэта Бауыржана ИСКАКОВА на 500 000 тенге.",
            "Бауыржан Искаков",
        ),
        # refused: a woman's name after a kin word stays as written
        ("Моя сестра Дана ЕСЕНОВА задержана 3 мая 2025 года.", "Дана Есенова"),
    ],
)
def test_a_man_named_in_the_genitive_by_the_word_before(text: str, name: str) -> None:
    assert _one(text)["person"]["name"] == name


def test_a_short_kazakh_surname_with_a_case_ending_is_one_person() -> None:
    text = (
        "2025 жылғы 3 наурыз. Сотталушы — жүргізуші Олег ПАК. Екеуі де емес.\n"
        "ҮКІМ: Олег ПАККА 2025 жылғы 3 наурызда 1 жылға бас бостандығын шектеу тағайындалды."
    )
    case = _one(text)
    assert case["person"]["name"] == "Олег Пак"
    assert _events(case) == [("verdict", "2025-03-03")]


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # another spelling told in a sentence, or after whose documents
        (
            "Aidar NURMAGAMBET, 30, was detained on 2 May 2025. Some outlets spell him Aidar "
            "Nurmagambetov.",
            "aliases",
            ["Aidar Nurmagambetov"],
        ),
        (
            "3 мая 2025 года задержан Ержан КАДЫРБЕКУЛЫ (в документах следствия — Ержан "
            "Кадырбеков), охранник склада.",
            "aliases",
            ["Ержан Кадырбеков"],
        ),
        (
            "3 мая 2025 года задержан Ержан КАДЫРБЕКУЛЫ (в документах следствия — Ержан "
            "Кадырбеков), охранник склада.",
            "occupation",
            "охранник склада",
        ),
        # refused: a brother with the same surname is no other spelling
        (
            "Aidar NURMAGAMBET was detained on 2 May 2025. His brother Serik Nurmagambet spoke to "
            "us.",
            "aliases",
            [],
        ),
        # villages: a dateline with its region, «жителя посёлка ... би»
        (
            "KORDAI, Zhambyl region - A shepherd, Erlan ABDIYEV, was detained on 2 May 2025.",
            "city",
            "Korday",
        ),  # the gazetteer's spelling
        ("3 мая 2025 года задержан житель посёлка Казыбек би Ерлан АБДИЕВ.", "city", "Казыбек би"),
        (
            "Шелек ауылының тұрғыны Ерлан ӘБДИЕВ 2025 жылғы 2 мамырда ұсталды.",
            "city",
            "Шелек",
        ),
        # refused: a region alone names no town
        ("Zhambyl region - Erlan ABDIYEV was detained on 2 May 2025.", "city", None),
        # trades: "nurse" is no plural; "NAME: the activist" is said of that name
        (
            "The trial of engineer Arman ZHUMAYEV and nurse Bota ZHANOVA began on 2 May 2025.",
            "occupation",
            "engineer",
        ),
        (
            "News on Arman ZHUMAYEV: the activist from Oral was detained on 2 May 2025.",
            "occupation",
            "activist",
        ),
        (
            "Arman ZHUMAYEV was detained on 2 May 2025. The activist who filmed it was not.",
            "occupation",
            None,
        ),
    ],
)
def test_people_in_other_words(text: str, field: str, value: object) -> None:
    case = extract_cases(text)[0]
    assert case["person"][field] == value


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (
            "Arman ZHUMAYEV is on trial in Oral since 2 May 2025. The prosecution points to a post "
            "about the akim, and to a video on YouTube.",
            ["a post about the akim", "a video on YouTube"],
        ),
        (
            "Oral, 2 May 2025. Arman ZHUMAYEV, blogger: 2 years of restriction of liberty under "
            "art. 174 for his posts about the police.",
            ["his posts about the police"],
        ),
        (
            "2 мая 2025 года суд приговорил Армана ЖУМАЕВА к 2 годам ограничения свободы. "
            "По версии следствия, 3 января 2025 года Жумаев оскорбил акима в комментарии.",
            ["оскорбил акима в комментарии"],
        ),
        (
            "Арман ЖУМАЕВ задержан 2 мая 2025 года, статья 174, из-за того что он сделал репост "
            "видео.",
            ["сделал репост видео"],
        ),
        (
            "Арман ЖУМАЕВ задержан 2 мая 2025 года. Речь о посте о местном акимате.",
            ["посте о местном акимате"],
        ),
        (
            "Арман ЖҰМАЕВ 2025 жылғы 2 мамырда ұсталды. Себеп — TikTok-тағы бейнелері.",
            ["TikTok-тағы бейнелері"],
        ),
        (
            "Арман ЖҰМАЕВ 2025 жылғы 2 мамырда ұсталды. Айыптау бойынша, Жұмаев әкімді сынаған.",
            ["әкімді сынаған"],
        ),
        (
            "Арман ЖҰМАЕВ 2025 жылғы 2 мамырда ұсталды. Оған 174-бап бойынша айып тағылды — "
            "митингте сөйлегені үшін.",
            ["митингте сөйлегені"],
        ),
        (
            "Aliya NURBEKOVA was detained in Oral on 2 May 2025 after a speech of hers at a rally "
            "against the dam.",
            ["a speech of hers at a rally against the dam"],
        ),
        # refused: "after" a time or an event of the case is no act
        ("Aliya NURBEKOVA was detained in Oral on 2 May 2025 after a search of her flat.", []),
        # refused: who was charged and the code's name, once the article is cut, is no act
        (
            "Арман ЖҰМАЕВ пен Бота ЖАНОВА 2025 жылғы 2 мамырда ұсталды. Екеуі де ҚК-нің 174-бабы "
            "бойынша айыпталуда.",
            [],
        ),
    ],
)
def test_acts_told_in_other_words_again(text: str, acts: list[str]) -> None:
    case = extract_cases(text)[0]
    assert [a["description"] for a in case["acts"]] == acts


@pytest.mark.parametrize(
    ("text", "events"),
    [
        (
            "Пишу о муже, Армане ЖУМАЕВЕ. Мужа забрали 3 мая 2025 года прямо из дома, статья 174.",
            [("detention", "2025-05-03")],
        ),
        # refused: taking a thing away is no detention
        (
            "3 мая 2025 года у Армана ЖУМАЕВА забрали телефон, 5 мая 2025 года его осудили на "
            "2 года ограничения свободы.",
            [("verdict", "2025-05-05")],
        ),
        (
            "Арман ЖҰМАЕВТЫҢ ісі 2025 жылғы 3 наурыздан бері Орал қалалық сотында қаралуда.",
            [("trial", "2025-03-03")],
        ),
    ],
)
def test_events_in_other_words(text: str, events: list[tuple[str, str]]) -> None:
    assert _events(extract_cases(text)[0]) == events


def test_an_interview_s_answer_is_read_with_its_question() -> None:
    """ "Q: What is he charged with?\\nA: Article 174, for posts about the akim." tells the act;
    the offence's name answered with its article ("Inciting discord, Article 174") gives way to
    the act told after it."""
    text = (
        "Q: Who was arrested?\nA: My husband, Arman ZHUMAYEV. Police took him away on 2 May 2025 "
        "in Oral.\nQ: What is he charged with?\nA: Article 174, part 1, for posts about the "
        "akim.\nQ: Where is he now?\nA: On 4 May 2025 the investigating judge remanded him in "
        "custody for two months."
    )
    case = _one(text)
    assert [a["description"] for a in case["acts"]] == ["posts about the akim"]
    assert case["charges"][0]["article"] == "174"
    named = text.replace(
        "Article 174, part 1, for posts about the akim.",
        "Inciting discord, Article 174, Part 1. The investigators point to his posts.",
    )
    assert [a["description"] for a in _one(named)["acts"]] == ["his posts"]
    # refused: a single question and answer is no interview to join
    from bot.extract import _questions_answered

    single = "Q: Why?\nA: Because.\n"
    assert _questions_answered(single) == single


@pytest.mark.parametrize(
    ("text", "prosecutor"),
    [
        (
            "Сотталушы — Арман ЖҰМАЕВ\nСудья — Нұрлан ӘБІЛОВ\nАйыптаушы — Ерлан СЕРІКОВ\n\nОрал "
            "қалалық соты 2025 жылғы 3 маусымда ЖҰМАЕВҚА 2 жыл бас бостандығын шектеу жазасын "
            "тағайындады.",
            "Ерлан Серіков",
        ),
        # refused: «айыптаушы» inside a sentence, with no dash, names nobody
        (
            "Орал қалалық соты 2025 жылғы 3 маусымда Арман ЖҰМАЕВҚА 2 жыл бас бостандығын шектеу "
            "жазасын тағайындады, айыптаушы тарап келісті.",
            None,
        ),
    ],
)
def test_a_kazakh_list_of_the_trial_s_people(text: str, prosecutor: str | None) -> None:
    assert _one(text)["prosecutor"] == prosecutor


def test_a_list_of_dates_with_points_is_no_live_blog() -> None:
    """Refused: "12.05 — detained" lines are days of May, not times of a live blog's day."""
    from bot.extract import _live_blog_dated

    text = "Хроника, 2025 год\n\n12.05 — задержан\n14.05 — арестован\n20.06 — суд\n"
    assert _live_blog_dated(text) == text


@pytest.mark.parametrize(
    ("text", "events"),
    [
        (
            "Arman ZHUMAYEV was picked up by police in Oral on 2 May 2025.",
            [("detention", "2025-05-02")],
        ),
        (
            "2 мая 2025 года Армана ЖУМАЕВА доставили в отдел полиции Уральска.",
            [("detention", "2025-05-02")],
        ),
        (
            "2 мая 2025 года Армана ЖУМАЕВА поместили в изолятор временного содержания.",
            [("detention", "2025-05-02")],
        ),
        (
            "Арман ЖҰМАЕВТЫ 2025 жылғы 2 мамырда полиция бөліміне әкетті.",
            [("detention", "2025-05-02")],
        ),
        (
            "В Уральске 20 мая 2025 года суд арестовал Армана ЖУМАЕВА на два месяца.",
            [("preventive_measure", "2025-05-20")],
        ),
        (
            "On 2 May 2025 the Oral city court gave Arman ZHUMAYEV two years of restriction of "
            "liberty. On 1 August 2025 the Supreme Court declined to review the case.",
            [("verdict", "2025-05-02"), ("appeal_ruling", "2025-08-01")],
        ),
        # refused: a thing picked up, a person brought to a court, are no detention
        (
            "On 2 May 2025 Arman ZHUMAYEV picked up his verdict papers: two years of restriction "
            "of liberty.",
            [("verdict", "2025-05-02")],
        ),
        (
            "2 мая 2025 года Армана ЖУМАЕВА доставили в суд, где ему назначили 2 года "
            "ограничения свободы.",
            [("verdict", "2025-05-02")],
        ),
    ],
)
def test_detentions_and_rulings_in_more_words(text: str, events: list[tuple[str, str]]) -> None:
    assert _events(_one(text)) == events


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # accepted: a verdict whose year is told nowhere is a verdict of an unknown day
        (
            "On 4 June the Oral city court sentenced Arman ZHUMAYEV to 3 years in prison under "
            "art. 405 pt 2.",
            [("imprisonment", 36)],
        ),
        (
            "Уральский городской суд приговорил Армана ЖУМАЕВА к трём годам колонии.",
            [("imprisonment", 36)],
        ),
        # refused: what the prosecutor asks for is no verdict
        ("Прокурор просит приговорить Армана ЖУМАЕВА к 3 годам лишения свободы.", None),
        ("The prosecutor asked for Arman ZHUMAYEV to be sentenced to 3 years in prison.", None),
    ],
)
def test_a_verdict_told_without_a_year(text: str, verdict: list[tuple[str, int]] | None) -> None:
    cases = extract_cases(text)
    if verdict is None:
        assert cases == []
        return
    [case] = cases
    [event] = case["events"]
    assert (event["kind"], event["date"]) == ("verdict", None)
    assert [(p["kind"], p["term_months"]) for p in event["sentence"]] == verdict
    if "pt 2" in text:
        assert [(c["article"], c["part"]) for c in case["charges"]] == [("405", 2)]


# --- heldout5's misses (h15m): each class of wording, accepted and refused ------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # accepted: a post in both languages is read in the one most of its words are in
        (
            "СОТ ШЕШІМІ / РЕШЕНИЕ СУДА\n\nВчера в Таразе суд приговорил Дастана ОМАРҰЛЫ к двум "
            "годам ограничения свободы по ст. 174 УК РК. Бүгін оның отбасы шағым береді. Он не "
            "признал вину, а его адвокат говорит о давлении на семью.",
            "ru",
        ),
        (
            "ҮКІМ / ПРИГОВОР\n\nКеше Тараз қалалық соты Дастан ОМАРҰЛЫН ҚК-нің 174-бабы бойынша "
            "екі жылға бас бостандығын шектеуге соттады. Приговор обжалуют. Оның адвокаты "
            "отбасына қысым жасалғанын айтты.",
            "kk",
        ),
        # refused: a Russian text naming Kazakh people stays Russian
        ("Суд оштрафовал Әлия ҚҰРМАНҒАЛИҚЫЗЫ и Дәурен ӘБІЛҰЛЫ за пост в Facebook.", "ru"),
    ],
)
def test_a_bilingual_post_is_read_in_its_main_language(text: str, language: str) -> None:
    from bot.extract.cases import detect_language

    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # accepted: a given name that is also a town's (former) name, before a surname
        (
            "2025 жылғы 3 наурызда Тараз қалалық соты ұстаз Нұрсұлтан ЖАҚЫПОВҚА бір жыл бас "
            "бостандығын шектеу жазасын тағайындады.",
            "Нұрсұлтан Жақыпов",
        ),
        (
            "On 3 March 2025 a Taraz court fined teacher Nursultan ZHAKYPOV 500,000 tenge.",
            "Nursultan ZHAKYPOV",
        ),
        # refused: an ordinary town before a name stays a place
        (
            "Тараз Ерлан ЖАҚЫПОВ 2025 жылғы 3 наурызда ұсталды.",
            "Ерлан Жақыпов",
        ),
    ],
)
def test_a_given_name_that_is_also_a_town(text: str, name: str) -> None:
    assert _one(text)["person"]["name"] == name


@pytest.mark.parametrize(
    ("text", "events", "parts"),
    [
        # accepted: a list's labelled line tells the verdict, a heading the year, an item's
        # dateline the day
        (
            "2024: A YEAR OF VERDICTS\n\n4. SHYMKENT - 12 April\nDaulet ABISHEV, 40, welder.\n"
            "Sentence: 2 years of restricted freedom.\n\n5. TARAZ - 3 May\nGulmira SEITOVA, 33, "
            "nurse.\nSentence: 1 year of restricted freedom.\n",
            [("verdict", "2024-04-12")],
            [("restriction_of_liberty", 24)],
        ),
        (
            "АКТОБЕ, 5 июня 2025 года\nОлжас САТЫБАЛДИЕВ, 38 лет, водитель\n"
            "Наказание: 3 года ограничения свободы.",
            [("verdict", "2025-06-05")],
            [("restriction_of_liberty", 36)],
        ),
        # accepted: received / was given N years
        (
            "On 2 June 2025 Timur SADYKOV, a driller, received three years in a penal colony.",
            [("verdict", "2025-06-02")],
            [("imprisonment", 36)],
        ),
        (
            "On 2 June 2025 Aigerim NURLANOVA was given two years of restricted freedom.",
            [("verdict", "2025-06-02")],
            [("restriction_of_liberty", 24)],
        ),
    ],
)
def test_a_verdict_told_by_a_label_or_by_what_was_received(
    text: str, events: list[tuple[str, str]], parts: list[tuple[str, int]]
) -> None:
    case = extract_cases(text)[0]
    assert _events(case) == events
    assert [(p["kind"], p["term_months"]) for p in case["events"][0]["sentence"]] == parts


def test_receiving_a_letter_is_no_verdict() -> None:
    case = _one(
        "On 2 June 2025 Timur SADYKOV was detained in Oral. On 4 June he received a letter "
        "from his lawyer."
    )
    assert _events(case) == [("detention", "2025-06-02")]


def test_a_list_s_reason_line_is_the_act_and_a_driller_is_a_trade() -> None:
    case = _one(
        "Timur SADYKOV, 41, driller.\nSentence: 2 years of restricted freedom, 12 May 2025.\n"
        "Reason: comments about the akim in a WhatsApp group."
    )
    assert [a["description"] for a in case["acts"]] == [
        "comments about the akim in a WhatsApp group"
    ]
    assert case["person"]["occupation"] == "driller"


def test_a_lead_and_a_shared_paragraph_are_told_of_each_defendant() -> None:
    """A lead naming only the judge tells the verdict of each paragraph's person after it; a
    later paragraph naming two of them by surname is told of each; a surname written after
    a full name (the prosecutor's) is not part of that name."""
    text = (
        "Павлодар, 5 июня 2025 года. Павлодарский городской суд (судья Алия КАСЕНОВА) огласил "
        "приговор по делу двух активистов.\n\n"
        "Данияр СЕРІКҰЛЫ, 30 лет, электрик: 3 года лишения свободы по ч. 2 ст. 405 УК РК.\n\n"
        "Жанна БЕКОВА, 41 год, бухгалтер: 2 года ограничения свободы по ч. 2 ст. 405 УК РК.\n\n"
        "Прокурор Ерлан ТӨЛЕГЕНОВ Бековой просил 3 года, Серікұлы — 5 лет.\n"
    )
    first, second = extract_cases(text)
    for case in (first, second):
        assert case["court"] == "Павлодарский городской суд"
        assert case["judge"] == "Алия Касенова"
        assert case["prosecutor"] == "Ерлан Төлегенов"
        assert _events(case) == [("verdict", "2025-06-05")]
    assert first["person"]["name"] == "Данияр Серікұлы"
    assert second["person"]["name"] == "Жанна Бекова"


def test_a_lead_that_tells_no_event_stays_with_its_first_paragraph() -> None:
    text = (
        "Наш канал продолжает следить за делами активистов.\n\n"
        "Данияр СЕРІКҰЛЫ 5 июня 2025 года осуждён на 3 года лишения свободы.\n\n"
        "Жанна БЕКОВА 7 июня 2025 года задержана в Павлодаре.\n"
    )
    first, second = extract_cases(text)
    assert _events(first) == [("verdict", "2025-06-05")]
    assert _events(second) == [("detention", "2025-06-07")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2024 жылы наурыздың он екісінде", dt.date(2024, 3, 12)),
        ("2025 жылғы қазанның 5-інде", dt.date(2025, 10, 5)),
        ("2023 жылы тамыздың жиырмасында", dt.date(2023, 8, 20)),
        ("2025 жылы мамырдың отыз бірінде", dt.date(2025, 5, 31)),
        # refused: a month in the genitive followed by no day
        ("2025 жылы шілденің ыстығында", None),
    ],
)
def test_a_kazakh_day_after_the_month(text: str, day: dt.date | None) -> None:
    from bot.extract.values import find_dates, resolve_dates

    found = resolve_dates(find_dates(text))
    assert (found[0].value if found else None) == day


@pytest.mark.parametrize(
    ("text", "judge"),
    [
        (
            "On 4 May 2025 the Aksu town court (judge Zh. TULEUOVA) sentenced Marat ISKAKOV to "
            "two years of restricted freedom.",
            "Zh. TULEUOVA",
        ),
        (
            "On 4 May 2025 the Aksu town court (judge Sh. K. ABENOV) sentenced Marat ISKAKOV to "
            "two years of restricted freedom.",
            "Sh. K. ABENOV",
        ),
    ],
)
def test_a_judge_named_by_latin_two_letter_initials(text: str, judge: str) -> None:
    case = _one(text)
    assert case["judge"] == judge
    assert _events(case) == [("verdict", "2025-05-04")]


def test_an_appeal_told_as_a_changed_verdict_with_a_courtroom_release() -> None:
    case = _one(
        "On 10 March 2025 the Taraz city court sentenced Arman BEKOV to four years of "
        "imprisonment. On 20 May 2025 the appeal board heard the case. The board changed the "
        "verdict: the four years of imprisonment were replaced with three years of restricted "
        "freedom. Arman, who had been held in a remand centre since his arrest on 2 January "
        "2025, was released in the courtroom."
    )
    assert _events(case) == [
        ("detention", "2025-01-02"),
        ("verdict", "2025-03-10"),
        ("appeal_ruling", "2025-05-20"),
        ("release", "2025-05-20"),
    ]
    ruling = case["events"][2]
    assert [(p["kind"], p["term_months"]) for p in ruling["sentence"]] == [
        ("restriction_of_liberty", 36)
    ]


def test_a_fine_replaced_by_it() -> None:
    case = _one(
        "On 3 March 2025 the Oral city court fined Aliya SERIKOVA 800,000 tenge. On 5 May 2025 "
        "the appeal court found the fine too mild and replaced it with one year of restricted "
        "freedom."
    )
    ruling = case["events"][-1]
    assert ruling["kind"] == "appeal_ruling"
    assert [(p["kind"], p["term_months"]) for p in ruling["sentence"]] == [
        ("restriction_of_liberty", 12)
    ]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        (
            "12 мая 2025 года в Уральском городском суде начался процесс по делу блогера "
            "Ерлана САПАРОВА.",
            [("trial", "2025-05-12")],
        ),
        (
            "4 апреля 2025 года следственный суд Алматы арестовал на два месяца активистку "
            "Динару ОСПАНОВУ, задержанную накануне, 3 апреля 2025 года.",
            [("detention", "2025-04-03"), ("preventive_measure", "2025-04-04")],
        ),
        (
            "• WHO: Yerlan SAPAROV, blogger\n• WHEN: formally charged on 5 March 2025; he has "
            "not been detained",
            [("charge", "2025-03-05")],
        ),
        # refused: a count of verdicts that were not given is no verdict
        (
            "Ерлан САПАРОВ задержан 5 марта 2025 года. Оправдательных приговоров в марте не было.",
            [("detention", "2025-03-05")],
        ),
    ],
)
def test_events_in_more_words_again(text: str, events: list[tuple[str, str]]) -> None:
    assert _events(_one(text)) == events


def test_co_defendants_a_pronoun_goes_on_about_the_one_before_and_a_request_is_everyone_s() -> None:
    """ "He has been in custody since ..." after X's own sentence is X's alone (its date is no
    dateline for the next one); what the prosecutor asked for, naming only X, still names the
    prosecutor of each."""
    first, second = extract_cases(
        "ORAL, 3 June 2025 - The Oral city court today sentenced two farmers.\n\n"
        "Arman SADYKOV, 50, received three years in a penal colony. He has been in custody "
        "since his arrest on 4 February 2025.\n\n"
        "Dana ZHUNUSOVA, 44, was given two years of restricted freedom.\n\n"
        "Prosecutor Aliya BEKOVA had asked for five years for Sadykov.\n"
    )
    assert _events(first) == [("detention", "2025-02-04"), ("verdict", "2025-06-03")]
    assert _events(second) == [("verdict", "2025-06-03")]
    assert [(p["kind"], p["term_months"]) for p in second["events"][0]["sentence"]] == [
        ("restriction_of_liberty", 24)
    ]
    assert first["prosecutor"] == second["prosecutor"] == "Aliya BEKOVA"


@pytest.mark.parametrize(
    ("text", "appeal"),
    [
        (
            "5 марта 2025 года Атырауский городской суд приговорил блогера Арсена ТОКТАРОВА к "
            "двум годам ограничения свободы и запрету пользоваться социальными сетями на два "
            "года. 20 мая 2025 года коллегия исключила из приговора запрет на пользование "
            "социальными сетями, в остальном приговор оставлен без изменения.",
            [("restriction_of_liberty", 24)],
        ),
        (
            "On 5 March 2025 the Atyrau city court sentenced Arsen TOKTAROV to two years of "
            "restricted freedom and 100 hours of community service. On 20 May 2025 the appeal "
            "court struck the community service from the verdict.",
            [("restriction_of_liberty", 24)],
        ),
        (
            "2025 жылғы 5 наурызда Атырау қалалық соты Арсен ТОҚТАРОВҚА екі жыл бас "
            "бостандығын шектеу және 100 сағат қоғамдық жұмыс тағайындады. 2025 жылғы 20 "
            "мамырда облыстық соттың алқасы қоғамдық жұмысты үкімнен алып тастады.",
            [("restriction_of_liberty", 24)],
        ),
    ],
)
def test_a_part_struck_out_by_the_appeal(text: str, appeal: list[tuple[str, int]]) -> None:
    case = _one(text)
    ruling = case["events"][-1]
    assert ruling["kind"] == "appeal_ruling"
    assert ruling["appeal_outcome"] == "reduced"
    assert [(p["kind"], p["term_months"]) for p in ruling["sentence"]] == appeal


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (
            "On 4 April 2025 the Oral city court sentenced Marat ISKAKOV to two years of "
            'restricted freedom. His "crime": a poem about the akim, read at a wedding.',
            ["a poem about the akim, read at a wedding"],
        ),
        (
            "On 4 April 2025 the Oral city court sentenced Marat ISKAKOV to two years of "
            "restricted freedom. The financing he was convicted of consisted of sending 3,000 "
            "tenge to a fund of a banned party.",
            ["sending 3,000 tenge to a fund of a banned party"],
        ),
        (
            "On 4 April 2025 the Oral city court sentenced Marat ISKAKOV to two years of "
            "restricted freedom. The case was about his video on broken roads.",
            ["his video on broken roads"],
        ),
        (
            "• WHO: Marat ISKAKOV, teacher\n• WHEN: detained on 4 April 2025\n"
            "• WHY: a song about the flood relief",
            ["a song about the flood relief"],
        ),
        (
            "4 апреля 2025 года суд приговорил Марата ИСКАКОВА к двум годам ограничения "
            "свободы. Весь «состав преступления» учителя — перевод 5 000 тенге на счёт "
            "запрещённой партии.",
            ["перевод 5 000 тенге на счёт запрещённой партии"],
        ),
        (
            "4 апреля 2025 года задержан Марат ИСКАКОВ. Поводом стали: его песня о паводке.",
            ["песня о паводке"],
        ),
        # refused: a cost told by its amount is no act
        (
            "4 апреля 2025 года суд приговорил Марата ИСКАКОВА к двум годам ограничения "
            "свободы и взыскал за проведение экспертизы — 3 450 тенге.",
            [],
        ),
    ],
)
def test_acts_told_in_yet_other_words(text: str, acts: list[str]) -> None:
    assert [a["description"] for a in _one(text)["acts"]] == acts


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        (
            "5 мая 2025 года суд оштрафовал инженера-строителя Арсена ТОКТАРОВА из Актобе.",
            "инженер-строитель",
        ),
        (
            "5 мая 2025 года суд огласил приговор.\n👤 Арсен ТОКТАРОВ, 23 года, студент "
            "колледжа\nст. 174 ч. 1 УК РК — 2 года ограничения свободы",
            "студент колледжа",
        ),
        (
            "5 мая 2025 года суд оштрафовал крановщика Арсена ТОКТАРОВА из Актобе.",
            "крановщик",
        ),
    ],
)
def test_russian_trades_in_a_compound_or_at_a_line_s_end(text: str, occupation: str) -> None:
    assert _one(text)["person"]["occupation"] == occupation


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        # refused: people asked for, no name after them, are others
        (
            "5 мая 2025 года задержан предприниматель Арсен ТОКТАРОВ. Просим журналистов и "
            "депутатов следить за делом.",
            "предприниматель",
        ),
        # accepted: counted, they are the people of the case
        (
            "5 мая 2025 года суд оштрафовал двух местных журналистов: Арсена ТОКТАРОВА и "
            "Марата БЕКОВА.",
            "журналист",
        ),
    ],
)
def test_a_russian_plural_of_others(text: str, occupation: str) -> None:
    assert extract_cases(text)[0]["person"]["occupation"] == occupation


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Today, 4 May 2025, the Aksu town court fined Marat ISKAKOV 300,000 tenge.\n\n"
            "Prosecutor: TULEUOV K.\n",
            "prosecutor",
            "TULEUOV K.",
        ),
        (
            "Today, 4 May 2025, the Aksu town court fined Marat ISKAKOV 300,000 tenge.\n\n"
            "Prosecutor: Kairat TULEUOV\n",
            "prosecutor",
            "Kairat TULEUOV",
        ),
        (
            "4 мая 2025 года суд под председательством судьи Айгуль Маратовны СЕРИКОВОЙ "
            "оштрафовал Марата ИСКАКОВА.",
            "judge",
            "Айгуль Маратовна Серикова",
        ),
    ],
)
def test_role_names_with_initials_after_or_a_woman_s_patronymic(
    text: str, field: str, value: str
) -> None:
    assert _one(text)[field] == value


def test_a_punishment_told_after_the_custody_is_the_verdict_s() -> None:
    case = _one(
        "On 3 June 2025 the Oral city court sentenced Arman SADYKOV to three years in a penal "
        "colony. He has been in custody since his arrest on 4 February 2025. He must also pay "
        "4,720 tenge in court costs."
    )
    verdict = next(e for e in case["events"] if e["kind"] == "verdict")
    assert [p["kind"] for p in verdict["sentence"]] == ["imprisonment", "court_fees"]


@pytest.mark.parametrize(
    ("text", "court"),
    [
        (
            "On 4 May 2025 the Baidibek bi district court of Shymkent fined Marat ISKAKOV "
            "300,000 tenge.",
            "Baidibek bi district court of Shymkent",
        ),
        (
            "2025 жылғы 4 мамырда Орал қаласының № 3 соты Марат ЫСҚАҚОВҚА 300 000 теңге "
            "айыппұл салды.",
            "Орал қаласының № 3 соты",
        ),
    ],
)
def test_courts_named_after_a_person_or_by_number(text: str, court: str) -> None:
    assert _one(text)["court"] == court


def test_a_kazakh_first_instance_verdict_told_in_the_pluperfect() -> None:
    case = _one(
        "2025 жылғы 10 қыркүйекте облыстық соттың апелляциялық алқасы Тараз қалалық сотының "
        "2025 жылғы 2 маусымдағы үкімін өзгертті. Бірінші сатыдағы сот Марат ЫСҚАҚОВТЫ үш "
        "жылға бас бостандығынан айырған еді."
    )
    verdict = next(e for e in case["events"] if e["kind"] == "verdict")
    assert verdict["date"] == "2025-06-02"
    assert [(p["kind"], p["term_months"]) for p in verdict["sentence"]] == [("imprisonment", 36)]


# --- who the cases of a document are: quotations, sign-offs (dev12) ----------------------------

_TV_STORY = (
    "ТІЛШІ: Атырау қалалық соты бүгін блогер Ерлан Сапаровты ҚК-нің 274-бабының 2-бөлігі "
    "бойынша 2 жылға бас бостандығын шектеу жазасына кесті.\n\n"
    "СИНХРОН: Асқар Бекенов, облыстық әкімдіктің өкілі:\n– Ақпарат жалған екені дәлелденді.\n\n"
    "ТІЛШІ: Сапаров 3 наурызда ұсталған. Сотта куә Марат Жолдасов сөйледі.\n\n"
    "СИНХРОН: Дана Омарова, адвокат:\n– Шағым береміз.\n\n"
    "ТІЛШІ: Келесі жолы сотқа аудан әкімі Бақыт Әлімов шақырылады."
)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a quotation under its speaker, a dash line alone: no item of a list
        (_TV_STORY, ["Ерлан Сапаров"]),
        (
            "Суд в Актау 3 марта 2026 года приговорил блогера Ерлана Сапарова к 2 годам "
            "ограничения свободы.\n\nАдвокат Дана Омарова:\n— Мы обжалуем приговор.\n\n"
            "Сапаров был задержан 5 января.",
            ["Ерлан Сапаров"],
        ),
        # two dash lines in a row are a list, one case each
        (
            "Приговоры недели:\n\n"
            "– Блогер Ерлан САПАРОВ 3 марта приговорён к 2 годам ограничения свободы.\n"
            "– Активистка Дана ОМАРОВА 5 марта приговорена к 3 годам лишения свободы.",
            ["Ерлан Сапаров", "Дана Омарова"],
        ),
        (
            "Verdicts:\n\n- Blogger Yerlan SAPAROV was sentenced on 3 March to 2 years of "
            "restricted freedom.\n\n- Activist Dana OMAROVA was sentenced on 5 March to 3 years "
            "in prison.",
            ["Yerlan SAPAROV", "Dana OMAROVA"],
        ),
    ],
)
def test_a_quotation_on_a_dash_line_is_no_item_of_a_list(text: str, people: list[str]) -> None:
    assert [case["person"]["name"] for case in extract_cases(text)] == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a report's sign-off: its reporter and cameraman, named together, tell nothing
        (
            _TV_STORY + "\n\nТІЛШІ: Үкім заңды күшіне енген жоқ. Айдана Серікқызы, Ерасыл "
            "Төлеуов, «Кешкі жаңалықтар», Атырау.",
            ["Ерлан Сапаров"],
        ),
        (
            "Суд в Актау 3 марта 2026 года приговорил блогера Ерлана Сапарова к 2 годам "
            "ограничения свободы. Сапаров был задержан 5 января.\n\n"
            "Айгерим Нуралиева, Тимур Ким, «Вечерние новости», Актау.",
            ["Ерлан Сапаров"],
        ),
        # people named together with what happened to them are co-defendants
        (
            "Bloggers Yerlan Saparov and Dana Omarova were detained in Aktau on "
            "3 March 2026 and charged under Article 274 of the Criminal Code.",
            ["Yerlan Saparov", "Dana Omarova"],
        ),
    ],
)
def test_people_named_together_are_co_defendants_only_when_it_tells_of_a_case(
    text: str, people: list[str]
) -> None:
    assert [case["person"]["name"] for case in extract_cases(text)] == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # the investigator, the ombudsman and a witness, each in a paragraph with a date, are
        # people of the story told before, not cases of their own
        (
            "Блогер Тимур Ахметов задержан 3 сентября 2026 года.\n\n5 сентября суд дал санкцию "
            "на арест. Следователь Нуржан Байтасов предложил ему признать вину. 17 ноября "
            "в городском суде начался процесс.",
            ["Тимур Ахметов"],
        ),
        (
            "Activist Askar Temirkhanov was detained on 10 June 2026 and remanded in custody on "
            "12 June.\n\nThe EU welcomes the dialogue held with the Commissioner for Human "
            "Rights, Ms Lyazzat Bekova, on 3 October 2026 on the appeal.",
            ["Askar Temirkhanov"],
        ),
        (
            "Akmaral Seitova was detained on 2 September 2026.\n\nOn 3 September the court put "
            "her under house arrest. The prosecution's main witness is the head of the "
            "department, Yerbol Tastanov.",
            ["Akmaral Seitova"],
        ),
        (
            "Белсенді Дәурен Қасымов 2026 жылғы 9 мамырда ұсталды.\n\n12 мамырда сот оны "
            "қамауға алды. Тергеуші Ерлан Сапаров оны жауапқа шақырды. 20 қарашада қалалық "
            "сотта сот процесі басталды.",
            ["Дәурен Қасымов"],
        ),
        # someone named after another word is a case of their own
        (
            "Activist Askar Temirkhanov was detained on 10 June 2026 and remanded in custody on "
            "12 June.\n\nThe same day, activist Lyazzat Bekova was detained and put under house "
            "arrest on 13 June.",
            ["Askar Temirkhanov", "Lyazzat Bekova"],
        ),
    ],
)
def test_officials_and_witnesses_in_a_paragraph_of_their_own_open_no_case(
    text: str, people: list[str]
) -> None:
    assert [case["person"]["name"] for case in extract_cases(text)] == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # the other spelling in brackets, in the paragraph after the headline's name
        (
            "IMW deplores the decision of the regional court, which on 3 November 2026 upheld "
            "the conviction of journalist Aliya Serikkyzy.\n\n"
            "On 19 August 2026, the Zhezkazgan City Court found Serikkyzy (Aliya Serikova in "
            "her identity documents) guilty under Article 378 and sentenced her to one year of "
            "restricted freedom.",
            ["Aliya Serikkyzy"],
        ),
        (
            "3 ноября 2026 года журналист Ержан ӘБІЛҰЛЫ проиграл апелляцию.\n\n"
            "19 августа 2026 года суд приговорил "
            "Әбілұлы (в документах — Ержан Абилов) к году ограничения свободы.",
            ["Ержан Әбілұлы"],
        ),
        # a name in brackets that is no other spelling (a co-defendant told in brackets after
        # a word in capitals) stays someone
        (
            "Activist Aliya Serikkyzy was sentenced on 19 August 2026 to one year of restricted "
            "freedom.\n\nOn 20 August 2026, the same court sentenced blogger Marat Iskakov to "
            "two years in prison.",
            ["Aliya Serikkyzy", "Marat Iskakov"],
        ),
    ],
)
def test_a_names_other_spelling_in_brackets_opens_no_case(text: str, people: list[str]) -> None:
    assert [case["person"]["name"] for case in extract_cases(text)] == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # co-defendants before any verdict, each with a measure of their own
        (
            "Ақын Нұрсұлтан Бекмырзаев 2026 жылғы 12 қазанда өлең жариялады. 19 қазанда оны "
            "полиция ұстады, 21 қазанда тергеу судьясы оны қамауға алуға санкция берді. "
            "Сол іс бойынша Бекмырзаевтың досы, дизайнер Ермек Таңатаров та айыпталушы. Ол "
            "19 қазанда ұсталып, 21 қазанда үй қамағына жіберілді.",
            ["Нұрсұлтан Бекмырзаев", "Ермек Таңатаров"],
        ),
        (
            "Blogger Nurlan Ospanov posted the video on 18 April 2026. On 20 April police "
            "detained him, and on 22 April the court remanded him in custody. "
            "His cousin Ruslan Kadyrbayev filmed it. He was detained on 20 April and placed "
            "under house arrest on 22 April.",
            ["Nurlan Ospanov", "Ruslan Kadyrbayev"],
        ),
        # one person and a friend named in passing, with no measure of their own
        (
            "Ақын Нұрсұлтан Бекмырзаев 2026 жылғы 12 қазанда өлең жариялады. 19 қазанда оны "
            "полиция ұстады, 21 қазанда тергеу судьясы оны қамауға алуға санкция берді. "
            "Бекмырзаевтың досы Ермек Таңатаров оны қорғап сөйледі.",
            ["Нұрсұлтан Бекмырзаев"],
        ),
    ],
)
def test_co_defendants_told_apart_by_their_measures(text: str, people: list[str]) -> None:
    assert [case["person"]["name"] for case in extract_cases(text)] == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # «адвокат Ковалёва Елена Гринько»: Kovalyov's lawyer, his surname in the genitive
        (
            "Пенсионера Сергея Ковалёва задержали 3 марта 2026 года.\n\n«Это был чат на сорок "
            "человек», — говорит адвокат Ковалёва Елена Гринько. 5 марта суд дал санкцию на "
            "арест.",
            ["Сергей Ковалёв"],
        ),
        (
            "Пенсионера Сергея Ковалёва задержали 3 марта 2026 года.\n\nЗащитник Ковалёва "
            "Елена Гринько 5 марта обжаловала арест.",
            ["Сергей Ковалёв"],
        ),
        # a person named after a trade, not after a lawyer, is someone of their own
        (
            "Пенсионера Сергея Ковалёва задержали 3 марта 2026 года.\n\nАктивистку Елену "
            "Гринько задержали 5 марта 2026 года и поместили под домашний арест.",
            ["Сергей Ковалёв", "Елена Гринько"],
        ),
    ],
)
def test_a_lawyer_named_with_the_clients_surname_opens_no_case(
    text: str, people: list[str]
) -> None:
    assert [case["person"]["name"] for case in extract_cases(text)] == people


@pytest.mark.parametrize(
    ("text", "charges"),
    [
        # a co-defendant "in the same case", told in an item of their own, is charged as the
        # person before
        (
            "1. Белсенді Мақсат ОРАЗБАЕВ 2026 жылғы 10 наурызда ұсталды. 4 маусымда сот оны ҚК-нің "
            "400-бабының 2-бөлігі бойынша 2 жылға бас бостандығынан айырды.\n"
            "2. Сол іс бойынша студент Әлия ЖҰМАБАЕВА 11 наурыздан бастап үй қамағында болды. "
            "4 маусымда сот оған 1 жыл бас бостандығын шектеу жазасын тағайындады.",
            [[("400", 2)], [("400", 2)]],
        ),
        (
            "1. Activist Maksat ORAZBAYEV was sentenced on 4 June 2026 to two years in prison "
            "under Article 400, Part 2.\n2. A co-defendant in the same case, student Aliya "
            "ZHUMABAYEVA, was sentenced on 4 June 2026 to one year of restricted freedom.",
            [[("400", 2)], [("400", 2)]],
        ),
        # someone in a case of their own cites no charge of the person before
        (
            "1. Activist Maksat ORAZBAYEV was sentenced on 4 June 2026 to two years in prison "
            "under Article 400, Part 2.\n2. Student Aliya ZHUMABAYEVA was sentenced on "
            "5 June 2026 to one year of restricted freedom.",
            [[("400", 2)], []],
        ),
        # the charge the text tells of all the people listed below it
        (
            "Всем троим предъявлено обвинение по части 3 статьи 272 УК РК.\n\n"
            "1. Сварщик Бекзат ТОЛЕГЕНОВ задержан 16 ноября 2026 года.\n"
            "2. Медсестра Айнур КУЛБАЕВА задержана 16 ноября 2026 года.",
            [[("272", 3)], [("272", 3)]],
        ),
        # a headline counting the people cites no article: nothing told of each
        (
            "Двое активистов задержаны в Жанаозене\n\n"
            "1. Сварщик Бекзат ТОЛЕГЕНОВ задержан 16 ноября 2026 года по ч. 3 ст. 272 УК.\n"
            "2. Медсестра Айнур КУЛБАЕВА задержана 16 ноября 2026 года.",
            [[("272", 3)], []],
        ),
    ],
)
def test_charges_told_of_a_case_before_or_of_everyone_listed(
    text: str, charges: list[list[tuple[str, int]]]
) -> None:
    assert [
        [(c["article"], c["part"]) for c in case["charges"]] for case in extract_cases(text)
    ] == charges


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # a verdict and the release in the courtroom told in one sentence: both
        (
            "On 6 October 2026 the court sentenced activist Yerbol KALIYEV to three years of "
            "restricted freedom and he was released in the courtroom.",
            [("verdict", "2026-10-06", 1), ("release", "2026-10-06", 0)],
        ),
        (
            "On 6 October 2026 the court sentenced activist Yerbol KALIYEV to three years of "
            "restricted freedom; Kaliyev was released in the courtroom.",
            [("verdict", "2026-10-06", 1), ("release", "2026-10-06", 0)],
        ),
        (
            "6 октября 2026 года суд приговорил активиста Ербола КАЛИЕВА к трём годам "
            "ограничения свободы, и он был освобождён в зале суда.",
            [("verdict", "2026-10-06", 1), ("release", "2026-10-06", 0)],
        ),
        # a release told alone stays one event
        (
            "On 6 October 2026 activist Yerbol KALIYEV was released in the courtroom.",
            [("release", "2026-10-06", 0)],
        ),
    ],
)
def test_a_verdict_and_the_release_in_the_courtroom_in_one_sentence(
    text: str, events: list[tuple[str, str, int]]
) -> None:
    (case,) = extract_cases(text)
    assert [(e["kind"], e["date"], len(e["sentence"])) for e in case["events"]] == events


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        # the town the text gives for everyone listed below it
        (
            "Мы обеспокоены преследованием трёх жителей Жанаозена после схода.\n\n"
            "1. Сварщик Бекзат ТОЛЕГЕНОВ задержан 16 ноября 2026 года.\n"
            "2. Медсестра Айнур КУЛБАЕВА задержана 16 ноября 2026 года.",
            ["Жанаозен", "Жанаозен"],
        ),
        # a headline telling where the verdicts were given tells nobody's town
        (
            "Двое активистов осуждены в Таразе и Шымкенте\n\n"
            "1. Активист Бекзат ТОЛЕГЕНОВ из Шымкента приговорён 16 ноября 2026 года к двум "
            "годам ограничения свободы.\n"
            "2. Активистка Айнур КУЛБАЕВА приговорена 17 ноября 2026 года к году "
            "ограничения свободы.",
            ["Шымкент", None],
        ),
    ],
)
def test_the_town_told_of_everyone_listed(text: str, towns: list[str | None]) -> None:
    assert [c["person"]["city"] for c in extract_cases(text)] == towns


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        # a travel ban alone: charged and left free
        (
            "Пенсионер Серик УТЕГЕНОВ 19 ноября 2026 года допрошен, ему избрали меру пресечения "
            "в виде запрета на выезд.",
            "charged",
        ),
        (
            "On 19 November 2026 pensioner Serik UTEGENOV was banned from leaving the town "
            "pending the investigation.",
            "charged",
        ),
        # detained first, then a travel ban: detained
        (
            "Пенсионер Серик УТЕГЕНОВ задержан 17 ноября 2026 года, 19 ноября его отпустили под "
            "подписку о невыезде.",
            "detained",
        ),
        # house arrest: detained
        (
            "Пенсионера Серика УТЕГЕНОВА 19 ноября 2026 года поместили под домашний арест.",
            "detained",
        ),
    ],
)
def test_a_travel_ban_alone_is_the_stage_of_someone_charged(text: str, stage: str) -> None:
    (case,) = extract_cases(text)
    assert case["stage"] == stage


@pytest.mark.parametrize(
    ("text", "court"),
    [
        # a case on trial: the court named where the text tells of the trial
        (
            "Процесс по делу блогера Айбека НУРГАЛИЕВА в специализированном межрайонном суде по "
            "уголовным делам Мангистауской области отложен до 11 декабря. Нургалиев находится "
            "под стражей с 3 августа 2026 года. Судебный процесс начался 29 октября 2026 года.",
            "специализированный межрайонный суд по уголовным делам Мангистауской области",
        ),
        (
            "The trial of blogger Aibek NURGALIYEV at the Aktau City Court was postponed to "
            "11 December. He has been held since 3 August 2026. The trial opened on 29 October "
            "2026.",
            "Aktau City Court",
        ),
        # the investigating court that ordered the arrest is not the court trying the case
        (
            "Блогер Айбек НУРГАЛИЕВ находится под стражей с 3 августа 2026 года. Судебный "
            "процесс начался 29 октября 2026 года. 5 августа следственный суд Актау санкционировал "
            "арест.",
            None,
        ),
    ],
)
def test_the_court_of_a_case_on_trial_named_where_the_trial_is_told(
    text: str, court: str | None
) -> None:
    (case,) = extract_cases(text)
    assert case["court"] == court


def test_a_role_word_before_lower_case_words_keeps_no_measure_for_the_co_defendant() -> None:
    # «тергеу судьясы екі айға қамауға алуға санкция берді» is the first one's custody; the
    # judge is unnamed, so nothing of that clause is kept for the friend under house arrest
    cases = extract_cases(
        "Ақын Нұрсұлтан Бекмырзаев 2026 жылғы 12 қазанда өлең жариялады. 19 қазанда оны "
        "полиция ұстады, 21 қазанда тергеу судьясы екі айға қамауға алуға санкция берді. "
        "Сол іс бойынша Бекмырзаевтың досы, дизайнер Ермек Таңатаров та айыпталушы. Ол "
        "19 қазанда ұсталып, 21 қазанда үй қамағына жіберілді."
    )
    measures = {
        c["person"]["name"]: [
            e["measure"] for e in c["events"] if e["kind"] == "preventive_measure"
        ]
        for c in cases
    }
    assert measures == {"Нұрсұлтан Бекмырзаев": ["custody"], "Ермек Таңатаров": ["house_arrest"]}


def test_co_defendants_punished_in_one_sentence_keep_only_their_own_measures() -> None:
    cases = extract_cases(
        "On 15 February 2026 Yerbol Kaliyev was detained at his school. On 17 February 2026 "
        "Dilnaz Omarova was placed under house arrest.\n\nProsecutor Madi Sarsembin asked the "
        "court to sentence Kaliyev to four years in prison and Omarova to three years of "
        "restricted freedom.\n\nOn 6 October 2026 the judge sentenced "
        "Kaliyev to three years of restricted freedom; Omarova received two years of restricted "
        "freedom."
    )
    assert {c["person"]["name"]: sorted(e["kind"] for e in c["events"]) for c in cases} == {
        "Yerbol Kaliyev": ["detention", "verdict"],
        "Dilnaz Omarova": ["preventive_measure", "verdict"],
    }


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # an interview's "When was he detained?" answered in the next paragraph by a day
        (
            "When was your brother detained?\n\nOn 20 July 2026, at six in the morning.",
            "When was your brother detained — On 20 July 2026, at six in the morning.",
        ),
        ("Когда его задержали?\n\n2 июля 2026 года.", "Когда его задержали — 2 июля 2026 года."),
        # a question asking something else, or an answer giving no day, stays apart
        (
            "Was your brother detained?\n\nOn 20 July 2026 we went to the lake.",
            "Was your brother detained?\n\nOn 20 July 2026 we went to the lake.",
        ),
        (
            "When will the verdict come?\n\nNobody knows yet.",
            "When will the verdict come?\n\nNobody knows yet.",
        ),
    ],
)
def test_a_when_question_is_read_with_its_answer(text: str, joined: str) -> None:
    from bot.extract import _when_answered

    assert _when_answered(text) == joined


def test_a_when_question_dates_the_detention_it_asks_about() -> None:
    [case] = extract_cases(
        "Rustam Ismagulov, 39, an activist from Uralsk, is on trial.\n\n"
        "When was your brother detained?\n\n"
        "On 20 July 2026, at six in the morning. Eight officers came, some in masks."
    )
    assert ("detention", "2026-07-20") in [(e["kind"], e["date"]) for e in case["events"]]


# --- who the cases are about: whole cases (h18a) --------------------------------------------
# Invented names; each kind of document with accepted and refused rows.


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("Шиелі ақпарат | Тікелей хабар, [28.11.2026 09:41]", True),
        ("Vlast.kz, [03.12.2025 18:05]", True),
        ("Новости Кентау, [3.12.2025 8:05:12]", True),
        # a story's sentence telling a time is no copied post's header
        ("Суд начал заседание, [28.11.2026 09:41] и объявил перерыв до обеда", False),
        ("Ерлан Сапаров, блогер из Шиели, задержан", False),
    ],
)
def test_a_copied_posts_header_is_a_dateline(line: str, dateline: bool) -> None:
    from bot.extract.datelines import is_dateline

    assert is_dateline(line) is dateline


@pytest.mark.parametrize(
    ("between", "joined"),
    [
        (" мен мектеп мұғалімі ", True),
        (" and schoolteacher ", True),
        (" и учительница ", True),
        (", ", True),
        # whose kin or lawyer the second one is: not one subject of two prosecuted
        (" and his wife ", False),
        (" и его адвокат ", False),
        (" мен оның әйелі ", False),
        (" said that ", False),
        # an office is no trade: «аким города Y» met X, no co-defendant
        (" и аким города ", False),
        (" and the akim ", False),
    ],
)
def test_a_trade_between_two_names_still_joins_them(between: str, joined: bool) -> None:
    from bot.extract.codefendants import joins_two

    assert joins_two(between) is joined


def test_two_people_detained_together_with_their_trades_are_two_cases() -> None:
    text = (
        "Шиелі ақпарат, [28.11.2026 09:41]\n"
        "Бүгін таңертең Шиелі кентінде фермер Ғалымжан Сейтқалиев мен мектеп мұғалімі "
        "Меруерт Әбдіхалықова ұсталды. Адвокаттың айтуынша, екеуіне де ҚК-нің 174-бабының "
        "1-бөлігі бойынша күдік келтірілген.\n"
    )
    records = extract_cases(text)
    assert [r["person"]["name"] for r in records] == [
        "Ғалымжан Сейтқалиев",
        "Меруерт Әбдіхалықова",
    ]
    assert all(r["events"][0]["date"] == "2026-11-28" for r in records)


@pytest.mark.parametrize(
    ("text", "demands"),
    [
        ("Біз сұраймыз:\n1. Істі жабуды;\n2. Тексеруді.", True),
        ("Сізден сұрайтынымыз:\n1. Істі жабуды;\n2. Тексеруді.", True),
        ("We demand:\n1. Release Erlan Saparov;\n2. Drop the charges.", True),
        ("Просим:\n- освободить Ерлана Сапарова;\n- прекратить дело.", True),
        # a list of cases under its heading
        ("Сотталғандар:\n1. Ерлан Сапаров — 3 жыл;\n2. Асель Нұрова — 2 жыл.", False),
        ("This week's verdicts:\n1. Erlan Saparov;\n2. Asel Nurova.", False),
    ],
)
def test_a_list_of_demands_is_no_list_of_cases(text: str, demands: bool) -> None:
    from bot.extract.blocks import _demands_below

    second = text.index("\n", text.index("\n") + 1) + 1
    assert _demands_below(text, second) is demands


def test_an_open_letter_with_demands_is_one_case() -> None:
    text = (
        "АШЫҚ ҮНДЕУ\n\n"
        "Біз, Мойынқұм ауылының тұрғындары, жерлесіміз Мұрат Елеусізовті қамаудан босатуға "
        "көмектесулеріңізді сұраймыз.\n\n"
        "2026 жылғы 6 қазанда Мұратты полиция үйінен алып кетті. Оған ҚК-нің 272-бабының "
        "3-бөлігі бойынша күдік келтірілген.\n\n"
        "Мұраттың ағасы Бақыт Елеусізов те жиынға қатысқаны үшін айыппұл төледі.\n\n"
        "Сізден сұрайтынымыз:\n"
        "1. Мұрат Елеусізовке қатысты қылмыстық істі жабуды;\n"
        "2. Шешімнің заңдылығын тексеруді.\n\n"
        "Үндеуге Мойынқұм ауылының 214 тұрғыны қол қойды.\n\n"
        "Тұрғындар атынан: Сәуле Байжігітова, ақсақалдар кеңесінің мүшесі\n"
    )
    records = extract_cases(text)
    assert [r["person"]["name"] for r in records] == ["Мұрат Елеусізов"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # who signs for the writers, and a story's byline
        ("Тұрғындар атынан: Сәуле Байжігітова, кеңес мүшесі", set()),
        ("On behalf of the residents: Saule Baizhigitova", set()),
        ("26.11.2026 | Altai Habar | Автор: Ольга Ткаченко", set()),
        # the author of the post, no byline, may be the one prosecuted
        ("Задержан автор поста Ерлан Сапаров", {"сапаров"}),
        ("Сәуле Байжігітова ұсталды", {"байжігітов"}),
    ],
)
def test_signatories_and_bylines_name_no_case(text: str, people: set[str]) -> None:
    from bot.extract.blocks import _people
    from bot.extract.cases import detect_language

    assert _people(text, detect_language(text), titled=True) == people


@pytest.mark.parametrize(
    ("text", "name", "kin"),
    [
        ("Мы поговорили с его женой Гаухар Утегеновой.", "Гаухар", True),
        ("Белсендінің жұбайы Айнұр Жақыпова «Азаттыққа» айтты.", "Айнұр", True),
        ("Мұраттың ағасы Бақыт Елеусізов те айыппұл төледі.", "Бақыт", True),
        ("His wife, Dana Serikova, said he was innocent.", "Dana", True),
        # prosecuted together with the person, or charged in a sentence of their own
        ("Задержали Асель Нургалиеву и её мужа Тимура Нургалиева.", "Тимура", False),
        ("Её муж Тимур Нургалиев обвиняется по ч. 2 ст. 174 УК.", "Тимур", False),
        ("Блогер Тимур Нургалиев задержан.", "Тимур", False),
    ],
)
def test_a_relative_introduced_as_kin_is_no_case(text: str, name: str, kin: bool) -> None:
    from bot.extract.relatives import kin_introduced

    assert kin_introduced(text, text.index(name)) is kin


def test_an_interview_with_the_wife_is_the_husbands_case() -> None:
    text = (
        "Сыр Медиа, 12 ноября 2026\n\n"
        "3 ноября 2026 года в Кызылорде задержали блогера Бекжана Утегенова. Его "
        "подозревают по ч. 2 ст. 274 УК РК. Мы поговорили с его женой Гаухар "
        "Утегеновой.\n\n"
        "– Гаухар, как это произошло?\n\n"
        "– Пятого ноября суд дал санкцию на арест на два месяца.\n"
    )
    assert [r["person"]["name"] for r in extract_cases(text)] == ["Бекжан Утегенов"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Үндеуге Мойынқұм ауылының 214 тұрғыны қол қойды.", []),
        ("Residents of the Ayagoz district gathered.", []),
        # a man who lives in a village, or speaks in a district court, is still named
        ("Кеше Ерлан Сапаров ауылда тұратынын айтты.", ["Ерлан Сапаров"]),
        ("Ерлан Сапаров аудандық сотта сөйледі.", ["Ерлан Сапаров"]),
    ],
)
def test_a_place_before_its_kind_is_no_surname(text: str, found: list[str]) -> None:
    from bot.extract import names

    assert [m.text for m in names.find_title_mentions(text)] == found


@pytest.mark.parametrize(
    ("line", "boilerplate"),
    [
        ("Press contact: Anna KOVALSKA, Spokesperson for Foreign Affairs", True),
        ("\nMedia enquiries: Anna KOVALSKA", True),
        ("The court's press service said Anna Kovalska was detained.", False),
        ("Her contact with the press was limited.", False),
    ],
)
def test_a_statements_press_contact_is_boilerplate(line: str, boilerplate: bool) -> None:
    from bot.extract.details import _boilerplate

    assert _boilerplate(line, "en") is boilerplate


def test_a_statement_is_about_the_person_not_its_press_contact() -> None:
    text = (
        "Kazakhstan: Statement by the Spokesperson on the sentencing of journalist Asylkhan "
        "Duisenov\n\nBrussels, 27/11/2026\n\n"
        "On 25 November 2026, the Petropavl City Court sentenced journalist Asylkhan Duisenov "
        "to three years of imprisonment under Article 274, Part 4, of the Criminal Code.\n\n"
        "Press contact: Anna KOVALSKA, Spokesperson for Foreign Affairs\n"
    )
    assert [r["person"]["name"] for r in extract_cases(text)] == ["Asylkhan Duisenov"]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # custody told before the law's maximum: the person's own measure
        (
            "On 12 March the court sentenced blogger Ruslan Kaliakbarov to five years in "
            "prison. Poet Kanat Sheriyazdanov has been held in pretrial detention since his "
            "arrest on 19 September; if convicted, he faces up to seven years in prison.",
            ["kaliakbarov", "sheriyazdanov"],
        ),
        # what the prosecutor asked for one of them tells nobody apart
        (
            "On 12 March the court sentenced blogger Ruslan Kaliakbarov to five years in "
            "prison. The prosecutor had asked for seven years for Kanat Sheriyazdanov.",
            [None],
        ),
    ],
)
def test_a_measure_before_the_laws_maximum_is_ones_own(text: str, keys: list[str | None]) -> None:
    from bot.extract.codefendants import split_codefendants

    assert [k for k, _ in split_codefendants(text, "en")] == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a transcript's speaker names the second person; "He was arrested" goes on about him
        (
            "Witness: Dr Saule Baimenova, Steppe Rights Centre.\n"
            "Q12 Chair: Which cases worry you most?\n"
            "Dr Baimenova: First, Aizhan Tokhtarova, a teacher from Taraz. The Taraz court "
            "sentenced her to one year of restricted freedom on 3 May.\n"
            "Q13 Chair: And the other?\n"
            "Dr Baimenova: Daulet Serikbayev, a miner in Zhezkazgan. He was arrested on 2 June "
            "and remanded in custody for two months.\n",
            ["tokhtarova", "serikbayev"],
        ),
        # the speaker alone, telling of one person: nobody to tell apart
        (
            "Q12 Chair: Which case worries you most?\n"
            "Dr Baimenova: Aizhan Tokhtarova, a teacher from Taraz. The Taraz court "
            "sentenced her to one year of restricted freedom on 3 May.\n"
            "Q13 Chair: Thank you.\n"
            "Dr Baimenova: Thank you.\n",
            [None],
        ),
    ],
)
def test_a_transcripts_speakers_are_no_codefendants(text: str, keys: list[str | None]) -> None:
    from bot.extract.codefendants import split_codefendants

    assert [k for k, _ in split_codefendants(text, "en")] == keys


@pytest.mark.parametrize(
    ("text", "language", "keys"),
    [
        # named in full once, then by the given name alone with each one's punishment
        (
            "Дархан Ермеков, водитель, и Айгуль Сапарова, швея, выходили на митинг 5 мая. "
            "Сегодня огласили: Дархану 3 года ограничения свободы. Айгуль 1 год "
            "ограничения свободы.",
            "ru",
            ["ермеков", "сапаров"],
        ),
        (
            "Дархан Ермеков 5 мамырда митингте сөйледі. Айгүл Сапарова оны видеоға түсірді. "
            "Бүгін үкім шықты: Дарханға 3 жыл бас бостандығын шектеу тағайындалды. Айгүлге 1 жыл "
            "бас бостандығын шектеу тағайындалды.",
            "kk",
            ["ермеков", "сапаров"],
        ),
        (
            "Darkhan Yermekov spoke at the rally on 5 May. Aigul Saparova filmed him. Today "
            "the court ruled. Darkhan got three years of restricted freedom. Aigul got one year of "
            "restricted freedom.",
            "en",
            ["yermekov", "saparova"],
        ),
        # one given name borne by two people names neither of them
        (
            "Дархан Ермеков выступил на митинге 5 мая. Дархан Сапаров снимал его на видео. "
            "Дархану 3 года ограничения свободы.",
            "ru",
            [None],
        ),
    ],
)
def test_a_codefendant_named_by_the_given_name_alone(
    text: str, language: str, keys: list[str | None]
) -> None:
    from bot.extract.codefendants import split_codefendants

    assert [k for k, _ in split_codefendants(text, language)] == keys


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("в отношении Т. К. Ахметжанова и Р. С. Ли, обвинявшихся", ["Ахметжанова", "Ли"]),
        ("Судья А. Б. Цой.", ["Цой"]),
        # one initial before a short word is too little
        ("С. Ли", []),
        ("А. Ли-Фан", []),
    ],
)
def test_two_initials_before_a_short_surname(text: str, found: list[str]) -> None:
    from bot.extract import names

    assert [m.surname for m in names.find_title_mentions(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("and on 4 May Mamyrova recorded a voice message", []),
        ("on 4 May Aigul Mamyrova recorded a voice message", ["Aigul Mamyrova"]),
        ("May Mamyrova, a teacher, was detained", ["May Mamyrova"]),
    ],
)
def test_a_dates_month_is_no_given_name(text: str, found: list[str]) -> None:
    from bot.extract import names

    assert [m.text for m in names.find_title_mentions(text)] == found


@pytest.mark.parametrize(
    ("text", "words", "surname"),
    [
        # a verdict's surname first, the surname also a village's name
        (
            "Сейтқали Ермек Бақытжанұлының, 1991 жылғы 5 тамызда туған",
            ["Сейтқали", "Ермек", "Бақытжанұлының"],
            "Сейтқали",
        ),
        # the village told as one, before the man's given name and patronymic
        ("из села Шетпе Жандосу Кайратулы назначено", ["Жандосу", "Кайратулы"], "Кайратулы"),
    ],
)
def test_a_surname_that_is_also_a_villages_name(text: str, words: list[str], surname: str) -> None:
    from bot.extract import names

    [mention] = names.find_title_mentions(text)
    assert (mention.words, mention.surname) == (words, surname)


@pytest.mark.parametrize(
    ("word", "nominative"),
    [
        ("Артема", "Артем"),  # the text writes «е»: so does the name
        ("Артёма", "Артём"),
        ("Дмитрия", "Дмитрий"),
    ],
)
def test_a_given_names_e_as_the_text_writes_it(word: str, nominative: str) -> None:
    from bot.extract.nominative import ru_given

    assert ru_given(word, "masc", {"gent"}) == nominative


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a verdict or its press release: the surname, then both initials
        ("в отношении Ахметжанова Т.К. и Пак В.Г., обвинявшихся", ["Ахметжанова", "Пак"]),
        ("Сотталушы Сейтқали Е.Б. кінәсін мойындады.", ["Сейтқали"]),
        # a town before initials, or one initial only; an official read by role; the
        # initials of the name after
        ("г. Кентау Т.К.", []),
        ("с участием прокурора Абилова Р. Е., 5 марта", []),
        ("Сот Ж.Б. Сағынтаевты кінәлі деп тапты.", ["Сағынтаевты"]),
        ("Ахметжанов Т. признан", []),
    ],
)
def test_a_surname_then_two_initials(text: str, found: list[str]) -> None:
    from bot.extract import names

    assert [m.surname for m in names.find_title_mentions(text)] == found


def test_a_press_release_naming_people_by_surname_and_initials() -> None:
    text = (
        "Вынесен приговор\n\n26.11.2026 | Пресс-служба суда\n\n"
        "Кентауским городским судом рассмотрено уголовное дело в отношении Ахметжанова Т.К. "
        "и Пак В.Г., обвинявшихся по ч. 2 ст. 274 УК.\n\n"
        "Приговором суда от 24 ноября 2026 года Ахметжанов Т.К. признан виновным, ему "
        "назначено наказание в виде 2 лет лишения свободы.\n\n"
        "Пак В.Г. признан виновным, ему назначено наказание в виде 1 года ограничения свободы.\n"
    )
    assert [r["person"]["surname"] for r in extract_cases(text)] == ["Ахметжанов", "Пак"]


def test_the_courts_secretary_is_no_case() -> None:
    text = (
        "ҮКІМ\n\n2026 жылғы 12 қараша    Көкшетау қаласы\n\n"
        "Көкшетау қалалық соты, төрағалық етуші судья Ахметова Ж.Қ., сот отырысының хатшысы "
        "Серікбаева А.Н., сотталушы Сейтқали Е.Б. қатысуымен, ашық сот отырысында "
        "ҚК-нің 274-бабының 2-бөлігі бойынша айыпталған Сейтқали Ермек Бақытжанұлының "
        "қылмыстық ісін қарап, ҚР ҚПК-нің 394-398-баптарын басшылыққа алып, сот\n\n"
        "ҮКІМ ЕТТІ:\n\nСейтқали Ермек Бақытжанұлы ҚК-нің 274-бабының 2-бөлігі бойынша кінәлі "
        "деп танылсын және оған 2 жыл бас бостандығын шектеу жазасы тағайындалсын.\n"
    )
    [record] = extract_cases(text)
    assert record["person"]["surname"] == "Сейтқали"
    assert [c["article"] for c in record["charges"]] == ["274"]


@pytest.mark.parametrize(
    ("text", "articles"),
    [
        ("ҚР ҚПК-нің 394-398-баптарын басшылыққа алып, сот", []),
        ("ҚПК-нің 394, 398-баптарын басшылыққа алып", []),
        # the Criminal Code's articles listed are charges
        ("ҚК-нің 274-бабының 2-бөлігі және 174-бабы бойынша", ["274", "174"]),
    ],
)
def test_a_range_of_another_codes_articles_is_no_charge(text: str, articles: list[str]) -> None:
    from bot.extract.charges import _charges

    assert [c["article"] for c in _charges(text, "kk")] == articles


@pytest.mark.parametrize(
    ("name", "surname", "given"),
    [
        ("Т. К. Ахметжанов", "Ахметжанов", "Т. К."),
        ("Р. С. Ли", "Ли", "Р. С."),
        # a surname in capitals is still the surname
        ("Нурлан АБЕНОВ", "Абенов", "Нурлан"),
    ],
)
def test_an_initial_is_no_surname_in_capitals(name: str, surname: str, given: str) -> None:
    from bot.extract.person import _split

    assert _split(name, "ru") == (surname, given)


@pytest.mark.parametrize(
    ("sentences", "court"),
    [
        # a court left alone with its date where another's part was blanked out gives way to
        # the one the person's own sentence names (h18d)
        (
            [
                "    12 March      Khromtau District Court                      In the town of",
                "the Ayagoz District Court on 7 July sentenced activist Saltanat Zhumagaliyeva",
            ],
            "Ayagoz District Court",
        ),
        # refused: with no court of its own, the court kept alone is the case's (co-defendants
        # sentenced in one sentence); a court in running text is read as before
        (
            [
                "On 21 April the Talgar district court      ",
                "         Yerlan SAGYNOV received three years of restricted freedom.",
            ],
            "Talgar district court",
        ),
        (
            [
                "On 12 March the Khromtau District Court sentenced Ruslan Kaliakbarov.",
                "the Ayagoz District Court on 7 July sentenced activist Saltanat Zhumagaliyeva",
            ],
            "Khromtau District Court",
        ),
    ],
)
def test_a_court_kept_alone_in_a_blanked_sentence(sentences: list[str], court: str) -> None:
    from bot.extract.blocks import Sentence
    from bot.extract.record import Scope

    scopes = [
        Scope("verdict", dt.date(2026, 3, 12), [Sentence(0, sentences[0])]),
        Scope("verdict", dt.date(2026, 7, 7), [Sentence(100, sentences[1])]),
    ]
    assert officials._court(scopes, "en") == court


@pytest.mark.parametrize(
    ("text", "language", "articles"),
    [
        # a recommendation to change the law names no charge
        (
            "- Repeal or substantially amend Articles 174, 272 and 405 of the Criminal Code;",
            "en",
            [],
        ),
        ("Призываем отменить статью 274 УК.", "ru", []),
        ("ҚК-нің 174-бабын алып тастауды талап етеміз.", "kk", []),
        # a ruling that changes a verdict or a measure under the article does
        ("The court amended the sentence under Article 174.", "en", ["174"]),
        ("Коллегия отменила приговор по ч. 2 ст. 274 УК.", "ru", ["274"]),
        ("ҚК-нің 174-бабы бойынша үкімді өзгертуді сұрады.", "kk", ["174"]),
    ],
)
def test_a_call_to_change_the_law_is_no_charge(
    text: str, language: str, articles: list[str]
) -> None:
    from bot.extract.charges import _charges

    assert [c["article"] for c in _charges(text, language)] == articles


_TRIED_TOGETHER = (
    "Уральским городским судом рассмотрено уголовное дело в отношении Н. А. Касымова и Р. С. "
    "Бекова, обвинявшихся по ч. 1 ст. 174 УК.\n\nПриговором суда от 20 ноября 2026 года "
    "Касымов Н.А. признан виновным по ч. 1 ст. 174 УК, ему назначено наказание в виде 2 (двух) "
    "лет лишения свободы.\n\n"
)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # co-defendants of one story are sentenced on the one day it gives (h19b)
        (
            _TRIED_TOGETHER + "Беков Р.С. признан виновным по ч. 1 ст. 174 УК, ему назначено "
            "наказание в виде 1 (одного) года ограничения свободы.",
            ["2026-11-20", "2026-11-20"],
        ),
        # refused: a verdict day of its own stays
        (
            _TRIED_TOGETHER + "Приговором от 27 ноября 2026 года Беков Р.С. признан виновным по ч. "
            "1 ст. 174 УК, ему назначено наказание в виде 1 (одного) года ограничения свободы.",
            ["2026-11-20", "2026-11-27"],
        ),
    ],
)
def test_co_defendants_share_the_verdicts_one_day(text: str, days: list[str]) -> None:
    from bot.extract import extract_cases

    told = [e["date"] for c in extract_cases(text) for e in c["events"] if e["kind"] == "verdict"]
    assert told == days


# --- whose case a text is: the people it is about, not a heading's words, an addressee, a
# --- speaker or a reference list (names invented; wording not from the sets)

_BRIEFING_KK = (
    "2026 жылғы 26 қараша\n\nОблыс прокуратурасында өткен брифингте облыс прокурорының "
    "орынбасары Ерік Сапаров сұрақтарға жауап берді.\n\n– Таразда блогер Нұрлан Әбдіқалықов "
    "ұсталды ма?\n\n– Жоқ, Нұрлан Әбдіқалықов ұсталған жоқ. Оған 13 қарашада ҚК-нің "
    "274-бабының 2-бөлігі бойынша айып тағылды, – деді Ерік Сапаров.\n\n– Мұғалім Гүлжан "
    "Омарова не үшін қамалды?\n\n– Гүлжан Омарова 20 қарашада ұсталды. Оған ҚК-нің "
    "174-бабының 1-бөлігі бойынша айып тағылды."
)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # the words of a heading in capitals are no person; a prosecutor's name ends before the
        # surname (in a case form) of whom the sentence speaks next
        (
            "ПАВЛОДАР СОТЫ ЕКІ БЛОГЕРГЕ ҮКІМ ШЫҚТЫ\n\n3 наурызда Павлодар қалалық соты Арман "
            "СЕЙТОВҚА ҚК-нің 174-бабы бойынша 2 жыл бас бостандығынан айыру жазасын тағайындады. "
            "Айгүл ЖАНОВАҒА 1 жыл бас бостандығын шектеу тағайындалды. Прокурор Ерлан Бекұлы "
            "Сейтовқа 4 жыл сұраған.",
            ["Арман Сейтов", "Айгүл Жанова"],
        ),
        # refused: a surname in capitals said alone is still the person
        (
            "3 наурызда сот СЕЙТОВҚА ҚК-нің 174-бабы бойынша 2 жыл бас бостандығынан айыру "
            "жазасын тағайындады.",
            ["Сейтов"],
        ),
        (
            "Суд приговорил Даурена ОМАРОВА к 2 годам лишения свободы по ст. 174 УК. Прокурор "
            "Асет Калиев Омарову просил 4 года.",
            ["Даурен Омаров"],
        ),
        # a consonant-final surname in a case form («Тяна») is the one told by initials
        (
            "Коллегия рассмотрела дело по жалобе адвоката осуждённого Тяна Игоря Сергеевича на "
            "приговор городского суда от 1 октября 2026 года.\n\nУказанным приговором Тян И. С., "
            "1965 года рождения, пенсионер, осуждён по ч. 1 ст. 174 УК к 2 годам лишения "
            "свободы. Тян И. С. содержится под стражей с 5 мая 2026 года.",
            ["Игорь Сергеевич Тян"],
        ),
        # a reply to a mother's letter: "your son" is the case, not the addressee
        (
            "To: Mrs Dinara SERIKOVA\n\nDear Mrs Serikova,\n\nYour complaint about the "
            "conviction of your son Nurlan SERIKOV has been reviewed. On 5 May 2026 Nurlan "
            "SERIKOV was sentenced under Article 174 to two years in prison.",
            ["Nurlan SERIKOV"],
        ),
        (
            "Гражданке Сериковой Д.М.\n\nУважаемая Динара Маратовна!\n\nВаше обращение по "
            "вопросу осуждения Вашего сына Серикова Нурлана Бековича рассмотрено. Приговором "
            "суда от 5 мая 2026 года Сериков Нурлан Бекович осуждён по ч. 1 ст. 174 УК к 2 годам "
            "лишения свободы.",
            ["Нурлан Бекович Сериков"],
        ),
        # a demonym in a case form before a name is where the person is from
        (
            "Карагандинке Айгуль Бековой назначили 2 года ограничения свободы по ст. 174 УК.",
            ["Айгуль Бекова"],
        ),
        # a reference list's lines name publishers and titles, no one prosecuted
        (
            "Nurlan Seitov is a Kazakh blogger. On 5 May 2026 the Aktobe City Court sentenced "
            'him to two years in prison under Article 174.[1]\n\nReferences\n1. "Blogger '
            'jailed in Aktobe". Orda Times. 5 May 2026. https://news.example.kz/a/1\n'
            '2. "Appeal rejected". Radio Tengri. 9 June 2026. Retrieved 10 June 2026.',
            ["Nurlan Seitov"],
        ),
        # a petition's request list below «Сізден:» names the people of its story again
        (
            "Ауыл тұрғындары маған Арсен Тоқаев пен Гаухар Жұмабаеваға қатысты іс бойынша "
            "жүгінді: 2026 жылғы 3 мамырда екеуіне де ҚК-нің 174-бабы бойынша айып тағылды."
            "\n\nСізден:\n1) А. Тоқаев пен Г. Жұмабаеваға қатысты істі тексеруді;\n2) А. "
            "Тоқаевқа қатысты бұлтартпау шарасын жеңілдетуді;\n3) жауап беруді сұраймын.",
            ["Арсен Тоқаев", "Гаухар Жұмабаева"],
        ),
        # an office's deputy who answers, and the speaker after a quote, are no case
        (_BRIEFING_KK, ["Нұрлан Әбдіқалықов", "Гүлжан Омарова"]),
        # the office's territory between the role and the name («прокурора области»)
        (
            "26 ноября 2026 года\n\nНа брифинге заместитель прокурора области Ерик Сапаров "
            "ответил на вопросы.\n\n– Задержан ли блогер Нурлан Абдыкалыков?\n\n– Нет, "
            "Нурлан Абдыкалыков не задержан. Ему 13 ноября предъявлено обвинение по ч. 2 ст. 274 "
            "УК, – сказал Ерик Сапаров.",
            ["Нурлан Абдыкалыков"],
        ),
    ],
)
def test_whose_case_a_text_is(text: str, people: list[str]) -> None:
    assert [case["person"]["name"] for case in extract_cases(text)] == people


@pytest.mark.parametrize(
    ("said", "prosecutor"),
    [
        # accepted: a surname after the prosecutor's name is whom the request is for
        ("Прокурор Асет Калиев Омарову просил 4 года.", "Асет Калиев"),
        ("Prosecutor Yerlan Bekov Omarov had asked for four years.", "Yerlan Bekov"),
        # refused: a patronymic between makes three words one name
        ("Прокурор Асет Ерланович Калиев просил 4 года.", "Асет Ерланович Калиев"),
    ],
)
def test_a_prosecutors_name_ends_before_the_next_persons_surname(
    said: str, prosecutor: str
) -> None:
    opening = (
        "Sentenced Dauren OMAROV to two years in prison under Article 174. "
        if said.isascii()
        else "Суд приговорил Даурена ОМАРОВА к 2 годам лишения свободы по ст. 174 УК. "
    )
    (case,) = extract_cases(opening + said)
    assert case["prosecutor"] == prosecutor


_TRIED_BY_ONE_JUDGE = {
    "en": (
        "Judge Aliya Kemelova of the Semey City Court on 12 October found Ruslan Abenov, a "
        "29-year-old blogger, guilty of inciting social discord under Article 174, Part 1, of the "
        "Criminal Code and sentenced him to two years in prison.\n\nThe second defendant in the "
        "case, pensioner Galina Morozova, was convicted under Article 274, Part 1, and handed one "
        "year of restricted freedom.\n\n"
    ),
    "ru": (
        "Судья Костанайского городского суда Ерлан Сапаров 14 октября признал активиста Нуржана "
        "Алиева виновным по ч. 1 ст. 174 УК и приговорил его к двум годам лишения свободы.\n\n"
        "Вторая подсудимая по делу, пенсионерка Гульнара Бекова, осуждена по ч. 1 ст. 400 УК к "
        "одному году ограничения свободы.\n\n"
    ),
}
_ONE_PROSECUTOR = {
    "en": "Prosecutor Bolat Sabitov had asked for four years in prison for Abenov and two years "
    "of restricted freedom for Morozova.",
    "ru": "Прокурор Аскар Тлеуов просил для Алиева три года лишения свободы, для Бековой – два "
    "года ограничения свободы.",
}


@pytest.mark.parametrize(
    ("language", "together", "second"),
    [
        # one prosecutor asked for both punishments: tried together, by the first one's court
        # and judge (h20d; heldout16 en01, heldout15 ru01); the court's name is not run
        # across the words blanked out of the co-defendant's copy ("Judge Aliya Kemelova
        # <blank> Semey City Court")
        ("en", True, ("Semey City Court", "Aliya Kemelova")),
        ("ru", True, ("Костанайский городской суд", "Ерлан Сапаров")),
        # refused: nothing tells they were tried together
        ("ru", False, (None, None)),
    ],
)
def test_people_one_prosecutor_accused_share_the_court_and_judge(
    language: str, together: bool, second: tuple[str | None, str | None]
) -> None:
    text = _TRIED_BY_ONE_JUDGE[language] + (_ONE_PROSECUTOR[language] if together else "")
    cases = extract_cases(text)
    assert len(cases) == 2
    assert (cases[1]["court"], cases[1]["judge"]) == second


@pytest.mark.parametrize(
    ("court_words", "court"),
    [
        # the town in the genitive after the court's name, as a city court's (h20d; heldout15
        # ru01 «... по уголовным делам Шымкента»)
        (
            "по уголовным делам Караганды",
            "Специализированный межрайонный суд по уголовным делам Караганды",
        ),
        # refused: a region's name stays as it was read
        (
            "по уголовным делам Павлодарской области",
            "Специализированный межрайонный суд по уголовным делам Павлодарской области",
        ),
    ],
)
def test_a_specialised_court_is_named_with_its_town(court_words: str, court: str) -> None:
    text = (
        f"Специализированный межрайонный суд {court_words} 3 ноября приговорил блогера Тимура "
        "Ахметова по ч. 2 ст. 274 УК к трём годам лишения свободы."
    )
    assert [c["court"] for c in extract_cases(text)] == [court]


_LIST_OF_TWO = (
    "Список политзаключённых, обновление от 1 декабря 2026 года.\n\n"
    "1. Тимур Ахметов, блогер из Караганды. Приговором Казыбекбийского районного суда от 3 "
    "ноября 2026 года осуждён по ч. 2 ст. 274 УК к трём годам лишения свободы.\n\n"
    "2. Галина Орлова, пенсионерка из Павлодара. Приговором Павлодарского городского суда от 5 "
    "октября 2026 года осуждена по ч. 1 ст. 174 УК к двум годам ограничения свободы.\n\n"
)


@pytest.mark.parametrize(
    ("footer", "sources"),
    [
        # a list's credits name only its writers: the link is every case's (h20d; heldout15
        # ru03 «Составители списка: ... Полный список: https://...»)
        (
            "Подготовили: Мария Лебедева и Аскар Нуров. Весь список: https://list.example.org/all",
            [["https://list.example.org/all"], ["https://list.example.org/all"]],
        ),
        # refused: a closing paragraph about one of the cases is that case's only
        (
            "Подробнее о деле Орловой рассказала её дочь Ирина Орлова: "
            "https://news.example.org/orlova",
            [[], ["https://news.example.org/orlova"]],
        ),
    ],
)
def test_a_closing_link_naming_only_the_writers_is_every_cases(
    footer: str, sources: list[list[str]]
) -> None:
    cases = extract_cases(_LIST_OF_TWO + footer)
    assert [[s["url"] for s in c["sources"]] for c in cases] == sources


@pytest.mark.parametrize(
    ("head", "sources"),
    [
        # a list's head linking the whole list, before any of its people is named: every
        # case's source (h20d; heldout16 kk03 «Толық тізім: https://...»)
        (
            "Список политзаключённых, обновление от 1 декабря 2026 года. Здесь только "
            "изменения, весь список: https://list.example.org/all",
            [["https://list.example.org/all"], ["https://list.example.org/all"]],
        ),
        # refused: a head naming one of the people links to that one's story, not everyone's
        (
            "Список политзаключённых. О новом деле Галины Орловой: https://news.example.org/orlova",
            [[], []],
        ),
    ],
)
def test_a_lists_head_link_is_every_cases(head: str, sources: list[list[str]]) -> None:
    body = _LIST_OF_TWO.split("\n\n", 1)[1]
    cases = extract_cases(head + "\n\n" + body + "Следите за обновлениями.")
    assert [[s["url"] for s in c["sources"]] for c in cases] == sources


@pytest.mark.parametrize(
    ("text", "verdict_day"),
    [
        (
            "Мирный суд Уральска в пятницу, двадцать третьего октября, приговорил Сапарова "
            "Нурлана Ерлановича, 1987 года рождения, к штрафу в размере 300 МРП по статье 378 "
            "УК РК за пост в Facebook от 5 мая 2026 года.",
            "2026-10-23",
        ),
        (
            "Sarsen Ospanov, born in 1979, was sentenced by the Oral City Court on the fifth of "
            "October to a fine under Article 378 for a Facebook post of 12 March 2026.",
            "2026-10-05",
        ),
        (
            "The Oral City Court sentenced 1979-born Sarsen Ospanov on the fifth of October to a "
            "fine under Article 378 for a Facebook post of 12 March 2026.",
            "2026-10-05",
        ),
        # refused: a year of the report's events at its opening still dates a day without one
        (
            "Digest, October 2025. The Oral City Court sentenced Sarsen Ospanov on the fifth of "
            "October to a fine under Article 378 for a Facebook post.",
            "2025-10-05",
        ),
    ],
)
def test_a_birth_year_in_the_opening_lines_never_dates_the_events(
    text: str, verdict_day: str
) -> None:
    (record,) = extract_cases(text)
    assert [e["date"] for e in record["events"] if e["kind"] == "verdict"] == [verdict_day]


# --- people who are no case: a chat's writers, a transcript's speakers, a panel's judges ------


def _names(text: str) -> list[str]:
    return [r["person"]["name"] for r in extract_cases(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # accepted: Telegram's copy, each message headed by its writer and the time
        (
            "Aigerim Bekova, [02.12.2026 10:05]\nThe hearing starts at 11 today, come if you "
            "can\n\nTimur Ospan, [02.12.2026 10:07]\nOn my way\n\nAigerim Bekova, [02.12.2026 "
            "13:40]\nVerdict: Yerlan Dzhaksybekov, 29, a taxi driver, was sentenced by the "
            "Taraz City Court to three years of restricted freedom under Article 274, Part 2 "
            "of the Criminal Code for a Facebook post.\n\nTimur Ospan, [02.12.2026 13:41]\n"
            "Stay strong",
            ["Yerlan Dzhaksybekov"],
        ),
        # WhatsApp (iPhone): "[day, time] Writer: message"
        (
            "[03.12.2026, 09:15:02] Бота Ахметова: Доброе утро, сегодня приговор Нурлану\n"
            "[03.12.2026, 09:16:40] Сергей П.: буду у суда\n"
            "[03.12.2026, 12:02:11] Бота Ахметова: Нурлан Сейтказиев, водитель из Кокшетау, "
            "осуждён Кокшетауским городским судом по ч. 2 ст. 274 УК РК к 2 годам ограничения "
            "свободы за пост в Facebook\n"
            "[03.12.2026, 12:05:30] Сергей П.: держись, брат",
            ["Нурлан Сейтказиев"],
        ),
        # WhatsApp (Android): "day, time - Writer: message"
        (
            "02.12.2026, 10:05 - Әйгерім Бекова: Бүгін сағат 11-де сот, келіңіздер\n"
            "02.12.2026, 10:07 - Тимур О.: Келемін\n"
            "02.12.2026, 13:40 - Әйгерім Бекова: Тараз қалалық соты Ерлан Жақсыбековты ҚК-нің "
            "274-бабының 2-бөлігі бойынша 3 жыл бас бостандығын шектеуге соттады\n"
            "02.12.2026, 13:42 - Тимур О.: Қайсар бол, бауырым",
            ["Ерлан Жақсыбеков"],
        ),
    ],
)
def test_a_chats_writers_are_no_case(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


def test_one_quoted_message_is_no_chat() -> None:
    # refused: fewer than three headers is a message the text quotes, kept as written
    from bot.extract.chats import without_chat_writers

    text = "[02.12.2026, 10:05] Aigerim Bekova: the verdict is at eleven\nMore to follow."
    assert without_chat_writers(text) == text


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # accepted: an expert and an interviewer each heading turns
        (
            "Q12 Mr Hale: Which cases concern you?\nDr Sultanova: The case of X.\n"
            "Q13 Mr Hale: Anything else?\nDr Sultanova: Yes, another one.\n",
            "en",
            {"hale", "sultanova"},
        ),
        (
            "Ведущая Алина Ким: Расскажите о деле.\nСарсенова: Его задержали в мае.\n"
            "Ведущая Алина Ким: А дальше?\nСарсенова: Суд дал два года.\n",
            "ru",
            {"ким", "сарсенов"},
        ),
        # refused: one turn only (a report's "Verdict: ..." label), and a speaker who tells
        # of being detained themselves (an interview with the person prosecuted)
        ("Verdict: two years.\nBekov: I am innocent.\n", "en", set()),
        (
            "Journalist: When was it?\nNurlanov: I was detained on 3 May.\n"
            "Journalist: And then?\nNurlanov: The court fined me.\n",
            "en",
            {"journalist"},
        ),
        (
            "Тілші: Не болды?\nСейітов: Мені мамырда ұстады.\nТілші: Одан кейін?\n"
            "Сейітов: Сот айыппұл салды.\n",
            "kk",
            {"тілші"},
        ),
        # refused: the one tried, labelled so in a hearing's record
        (
            "Судья Ахметов: Вам понятно обвинение?\nПодсудимый Беков: Да.\n"
            "Судья Ахметов: Признаёте вину?\nПодсудимый Беков: Нет.\n",
            "ru",
            {"ахметов"},
        ),
    ],
)
def test_a_transcripts_speakers(text: str, language: str, expected: set[str]) -> None:
    from bot.extract.chats import speaker_keys

    assert speaker_keys(text, language) == expected


def test_a_witness_speaking_in_a_hearing_is_no_case() -> None:
    text = (
        "Oral evidence, 3 December 2026\n\n"
        "Q5 Chair: Which cases should the committee know of?\n\n"
        "Professor Dana Omarova: One is that of Arman Zhussupov, a trade unionist from "
        "Ekibastuz. On 20 November the Ekibastuz City Court sentenced him to two years of "
        "restricted freedom under Article 402 of the Criminal Code for a speech to miners.\n\n"
        "Q6 Chair: Has he appealed?\n\n"
        "Professor Omarova: He has, and Zhussupov is waiting for the hearing.\n"
    )
    assert _names(text) == ["Arman Zhussupov"]


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        # accepted: a list of the judges who sat, after its label, in the three languages
        ("Panel: Bekov A.S., Omarova L.T., Sadykov N.N.\n", True),
        ("Состав коллегии: Беков А.С., Омарова Л.Т. и Садыков Н.Н.\n", True),
        ("Алқа құрамы: Беков А.С., Омарова Л.Т., Садықов Н.Н.\n", True),
        # refused: one judge named (the judge of the case), a list not at a line's start
        ("Судьи: Беков А.С.\n", False),
        ("Осуждённый Беков А.С., его адвокат Омарова Л.Т.\n", False),
    ],
)
def test_a_court_panels_members_are_blanked(text: str, blanked: bool) -> None:
    from bot.extract.panels import without_panel_members

    assert (without_panel_members(text) != text) is blanked
    assert len(without_panel_members(text)) == len(text)


def test_the_judges_of_an_appeal_panel_are_no_case() -> None:
    text = (
        "Іс бойынша апелляция нәтижесі.\n"
        "Баяндамашы судья: Беков А.С.\n"
        "Алқа құрамы: Беков А.С., Омарова Л.Т., Садықов Н.Н.\n"
        "Сотталған: Ерасыл Нұрланұлы Жақыпов\n"
        "2026 жылғы 20 қарашада алқа Жақыповқа ҚК-нің 274-бабының 2-бөлігі бойынша "
        "тағайындалған 2 жыл бас бостандығын шектеу жазасын өзгеріссіз қалдырды.\n"
    )
    assert len(_names(text)) == 1
    assert "Жақыпов" in _names(text)[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # accepted: a surname in capitals has a vowel
        ("Ерлан КИМ", ["КИМ"]),
        ("Dana SMAGULOVA", ["SMAGULOVA"]),
        # refused: capitals without a vowel are an abbreviation
        ("родился в Карагандинской области, Казахская ССР", []),
        ("born in Temirtau, Kazakh SSR", []),
    ],
)
def test_capitals_without_a_vowel_are_no_surname(text: str, expected: list[str]) -> None:
    from bot.extract import names

    assert [m.surname for m in names.find_mentions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # accepted: the other spelling in a sentence of its own, or in an encyclopedia's bracket
        (
            "On October 3 the Oral City Court sentenced Igor Panchenko, 44, to two years of "
            "restricted freedom under Article 274, Part 2. The blogger, whose name is also "
            "spelled Igor Panchenco in some media, was arrested on May 14. His lawyer, Olga "
            "Dzyuba, said they would appeal.",
            1,
        ),
        (
            "Ерла́н Бола́тович Кайы́ров (каз. Ерлан Болатұлы Қайыров; род. 5 мая 1980, Семей) — "
            "казахстанский блогер. 12 октября 2026 года Семейский городской суд приговорил "
            "его к 3 годам ограничения свободы по ч. 2 ст. 274 УК РК.",
            1,
        ),
    ],
)
def test_a_persons_other_spelling_is_one_case(text: str, expected: int) -> None:
    assert len(_names(text)) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # accepted: a fine or arrest under the administrative code, nothing criminal named
        ("fined reporter X 30 MCI under the Code of Administrative Offences", "en", True),
        ("fined 20 MCI each under Article 488 of the Administrative Code", "en", True),
        ("арестован на 10 суток по ст. 488 КоАП", "ru", True),
        ("ӘҚБтК-нің 488-бабы бойынша 10 тәулікке әкімшілік қамаққа алынды", "kk", True),
        # refused: a criminal case named too, or no administrative proceeding at all
        (
            "fined in 2024 under the Code of Administrative Offences, then charged under "
            "the Criminal Code",
            "en",
            False,
        ),
        ("ранее привлекался по КоАП, теперь осуждён по ст. 274 УК РК", "ru", False),
        ("ҚК-нің 274-бабы бойынша сотталды", "kk", False),
    ],
)
def test_administrative_only(text: str, language: str, expected: bool) -> None:
    from bot.extract.administrative import administrative_only

    assert administrative_only(text, language) is expected


def test_an_administrative_fine_in_a_bulletin_is_no_case() -> None:
    text = (
        "Weekly digest, 30 November 2026\n\n"
        "- On November 20 the Aktobe City Court sentenced blogger Yerkin Tasbolatov to two "
        "years of restricted freedom under Article 274, Part 2 of the Criminal Code for a "
        "video about the city's water supply.\n\n"
        "- On November 21 an administrative court in Aktobe fined activist Marlen Abenov "
        "20 MCI under Article 488 of the Code of Administrative Offences for a picket.\n"
    )
    assert _names(text) == ["Yerkin Tasbolatov"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # accepted: a kin word before a name is no given name (Kazakh, Russian)
        ("Жұбайы Асхат ЕРМАҒАНБЕТОВ сотқа келді.", [(["Асхат"], "ЕРМАҒАНБЕТОВ")]),
        ("Супруга Айгуль ИСКАКОВА сказала, что", [(["Айгуль"], "ИСКАКОВА")]),
        # refused: an organisation's word after more of its name makes it no person
        ("the ERKIN Soz International Foundation reported", []),
        ("said the SANA Kazakh Press Club", []),
        # accepted: a name with nothing of an organisation after it
        ("Arman BEKOV said", [(["Arman"], "BEKOV")]),
    ],
)
def test_kin_words_and_organisations_beside_capitals(
    text: str, expected: list[tuple[list[str], str]]
) -> None:
    from bot.extract import names

    assert [(m.given, m.surname) for m in names.find_mentions(text)] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # accepted: a Kazakh kin word's ending says whose kin («Анасы»: his mother)
        ("Сот Ерлан Сапаровты соттады. Анасы Гүлнар Сапарова сөйледі.", "Гүлнар", True),
        ("Сот Ерлан Сапаровты соттады. Жұбайы Әсел Сапарова сөйледі.", "Әсел", True),
        # refused: no kin word before the name
        ("Сот Ерлан Сапаровты соттады. Белсенді Әсел Сапарова сөйледі.", "Әсел", False),
    ],
)
def test_a_kazakh_kin_word_introduces_a_relative(text: str, name: str, expected: bool) -> None:
    from bot.extract.relatives import kin_introduced

    assert kin_introduced(text, text.find(name)) is expected


@pytest.mark.parametrize(
    ("sent_on", "year"), [(dt.datetime(2025, 3, 20, 9, tzinfo=dt.UTC), 2025), (None, None)]
)
async def test_a_post_without_a_year_is_dated_by_the_day_its_message_was_sent(
    bot: BotHarness, sent_on: dt.datetime | None, year: int | None
) -> None:
    """A forwarded post that writes "On 3 March" with no year anywhere: the record's verdict is
    dated in the year of the message's own date, never the server's clock."""
    post = (
        "On 3 March the Aktobe City Court sentenced civil activist Ruslan Zhumabekov to two years "
        "of restriction of liberty under Article 174 Part 1 of the Criminal Code."
    )
    chat = bot.chat(7105)
    when = sent_on or dt.datetime.now(dt.UTC)
    await chat.send("/paste")  # the privacy notice, acknowledged by the driver
    await chat.press("Continue")
    [review] = await chat.send_message(text=post, date=when)
    assert "Please check your report" in review.text
    await chat.press("Submit")
    case = await only_case(bot)
    [verdict] = case.events
    assert verdict.kind is EventKind.VERDICT
    # sent today, a 3 March still to come this year belongs to last year's spring
    expected_year = year or (when.year if (when.month, when.day) >= (3, 3) else when.year - 1)
    assert verdict.event_date == dt.date(expected_year, 3, 3)


async def test_a_post_pasted_after_midnight_in_kazakhstan_is_read_as_of_kazakhstans_day(
    bot: BotHarness,
) -> None:
    """Sent at 20:30 UTC on 31 December 2025, which is already 1 January 2026 in Kazakhstan
    (UTC+5): "on 1 January" is the New Year's night just past, not a day eleven months back (the
    server's UTC date would read it so)."""
    post = (
        "Shortly after midnight on 1 January, police in Aktobe detained civil activist Ruslan "
        "Zhumabekov under Article 174 Part 1 of the Criminal Code."
    )
    chat = bot.chat(7106)
    await chat.send("/paste")
    await chat.press("Continue")
    sent = dt.datetime(2025, 12, 31, 20, 30, tzinfo=dt.UTC)
    [review] = await chat.send_message(text=post, date=sent)
    assert "Please check your report" in review.text
    await chat.press("Submit")
    case = await only_case(bot)
    [detention] = case.events
    assert detention.kind is EventKind.DETENTION
    assert detention.event_date == dt.date(2026, 1, 1)
