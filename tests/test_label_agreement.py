"""Second, independent labellings of held-out texts (`tests/data/reports*/second-labeller/`):
each is a valid exchange document about a text of its set, and the set's labels stay as close to
it as when it was written (`python -m bench agreement` measures the same thing in full)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from bench.agreement import second_labellings
from bench.extract import accuracy, labelled_texts, score_text
from bot.services.exchange import schema

FOLDERS = second_labellings()


def test_there_are_second_labellings_to_measure() -> None:
    assert sum(len(list(folder.glob("*.json"))) for folder in FOLDERS) >= 48


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.parent.name)
def test_a_second_labelling_is_valid_and_agrees_with_the_first(folder: Path) -> None:
    first = {name: cases for name, _, cases in labelled_texts(folder.parent)}
    validator = Draft202012Validator(schema(), format_checker=FormatChecker())
    totals = [0, 0, 0]
    for path in sorted(folder.glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        assert not [error.message for error in validator.iter_errors(document)], path.name
        text = path.with_suffix(".txt").name
        assert text in first, f"{path.name} labels no text of {folder.parent.name}"
        for counts in score_text(first[text], document["cases"]).values():
            totals = [a + b for a, b in zip(totals, counts, strict=True)]
    # Measured when the second labels were written (fifteenth session): 0.98-0.99 per set.
    assert accuracy(totals) >= 0.97
