"""What every table of cue words is built with: the pattern of one sentence's characters and
the compiler of a table of patterns per language (case-insensitive)."""

from __future__ import annotations

import re

#: Any character of one sentence: a point only between digits (a date's «28.05.2024»).
IN_SENTENCE = r"(?:[^.;]|(?<=\d)\.(?=\d))"

Patterns = dict[str, str]


def compile_table(table: Patterns) -> dict[str, re.Pattern[str]]:
    return {language: re.compile(p, re.IGNORECASE) for language, p in table.items()}
