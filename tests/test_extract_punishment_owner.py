"""Whose punishment a sentence tells: a co-defendant named alone in the sentence, a deputy
handed another punishment in the same lead, a ban on public/political activity in a table
cell, a ban on working as a journalist (no kind of its own). Names are invented."""

from __future__ import annotations

import pytest

from bot.extract import extract_cases
from bot.extract.blocks import Sentence
from bot.extract.events import told_of_another
from bot.extract.sentence import find_parts


def _verdicts(text: str) -> dict[str, list[tuple[str, int | None, str | None]]]:
    found: dict[str, list[tuple[str, int | None, str | None]]] = {}
    for case in extract_cases(text):
        for event in case["events"]:
            if event["kind"] == "verdict":
                found[case["person"]["name"]] = sorted(
                    (p["kind"], p["term_months"] or p["hours"], p["amount"])
                    for p in event["sentence"]
                )
    return found


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        # accepted: each co-defendant's punishment told in a sentence naming only them
        (
            "On 19 November 2026 the Oskemen City Court found activist Viktor Andreyevich "
            "Lysenko and accountant Zhanar Kenzhebayevna Mussina guilty of organising an "
            "unlawful rally. Lysenko was fined 865,000 tenge. Mussina was given one year of "
            "restricted freedom.",
            {
                "Viktor Andreyevich Lysenko": [("fine", None, "865000.00")],
                "Zhanar Kenzhebayevna Mussina": [("restriction_of_liberty", 12, None)],
            },
        ),
        (
            "19 ноября 2026 года Усть-Каменогорский городской суд признал виновными активиста "
            "Виктора Андреевича Лысенко и бухгалтера Жанар Кенжебаевну Мусину. Лысенко "
            "приговорен к штрафу в размере 865 000 тенге. Мусиной назначено ограничение "
            "свободы на один год.",
            {
                "Виктор Андреевич Лысенко": [("fine", None, "865000.00")],
                "Жанар Кенжебаевна Мусина": [("restriction_of_liberty", 12, None)],
            },
        ),
        # refused: a sentence naming both tells each one's punishment still
        (
            "On 19 November 2026 the Oskemen City Court sentenced activist Viktor Andreyevich "
            "Lysenko and accountant Zhanar Kenzhebayevna Mussina to two years of restricted "
            "freedom each.",
            {
                "Viktor Andreyevich Lysenko": [("restriction_of_liberty", 24, None)],
                "Zhanar Kenzhebayevna Mussina": [("restriction_of_liberty", 24, None)],
            },
        ),
    ],
)
def test_punishment_of_the_person_named(
    text: str, verdicts: dict[str, list[tuple[str, int | None, str | None]]]
) -> None:
    assert _verdicts(text) == verdicts


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # accepted: the deputy's punishment, handed by a verb of its own, has no term of the
        # leader's
        (
            "sentenced the union leader to three years in prison and handed his deputy a "
            '"freedom limitation" sentence',
            [("imprisonment", 36)],
        ),
        # accepted: a table cell's ban on public/political activity
        (
            "Court: 2 years' restriction of liberty, 3 years' ban on public/political activity;",
            [("restriction_of_liberty", 24), ("ban_social_activity", 36)],
        ),
        # accepted: a ban on working as a journalist is no restriction of liberty
        (
            "gave her one year and six months of restricted freedom, together with a ban on "
            "working as a journalist for three years.",
            [("restriction_of_liberty", 18)],
        ),
        # refused: one term shared by two kinds with no verb between stays shared
        (
            "sentenced him to three years of restricted freedom and a ban on public and "
            "political activity",
            [("restriction_of_liberty", 36), ("ban_social_activity", 36)],
        ),
    ],
)
def test_parts_of_one_sentence(text: str, parts: list[tuple[str, int | None]]) -> None:
    assert [(p.kind, p.term_months) for p in find_parts(text, "en")] == parts


def _spans(text: str, *names: str) -> list[tuple[int, int]]:
    return [(text.index(n), text.index(n) + len(n)) for n in names if n in text]


@pytest.mark.parametrize(
    ("text", "another"),
    [
        # accepted: a sentence naming the co-defendant alone tells the co-defendant's
        # punishment (when the story was not split between them)
        ("Lysenko, a 52-year-old bus driver, was fined 865,000 tenge.", True),
        ("Лысенко, 52-летний водитель автобуса, приговорен к штрафу.", True),
        ("Лысенко 865 000 теңге айыппұл төлейді.", True),
        # refused: a sentence naming the person, alone or with the co-defendant
        ("Mussina was given one year of restricted freedom.", False),
        ("Lysenko and Mussina were each fined 865,000 tenge.", False),
        # refused: a sentence naming no one (a pronoun)
        ("She was given one year of restricted freedom.", False),
    ],
)
def test_told_of_another(text: str, another: bool) -> None:
    own = _spans(text, "Mussina")
    rivals = _spans(text, "Lysenko", "Лысенко")
    assert told_of_another(Sentence(0, text), own, rivals) is another


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # refused: a fine of an administrative case told after the criminal case's events
        (
            "Ruslan Abenov, a miner, was detained on 18 November 2026 and charged on 20 November "
            "2026. A woman was brought to administrative responsibility for a picket on 22 "
            "November 2026 and fined.",
            False,
        ),
        # accepted: a fine under the Criminal Code
        (
            "Ruslan Abenov, a miner, was detained on 18 November 2026. On 22 November 2026 the "
            "court fined him 500,000 tenge under Article 274 of the Criminal Code.",
            True,
        ),
    ],
)
def test_administrative_responsibility_is_no_verdict(text: str, verdict: bool) -> None:
    kinds = [e["kind"] for e in extract_cases(text)[0]["events"]]
    assert ("verdict" in kinds) is verdict
