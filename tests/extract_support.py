"""Small readers shared by the extraction table tests (tests/test_extract_*.py)."""

from __future__ import annotations

from bot.extract.sentence import find_parts

#: A sentence part as the tables write it: (kind, term in months, hours, whole tenge).
Part = tuple[str, int | None, int | None, int | None]


def sentence_parts(text: str, language: str) -> list[Part]:
    """The sentence parts `find_parts` reads in `text`, amounts as whole tenge."""
    return [
        (p.kind, p.term_months, p.hours, int(p.amount) if p.amount is not None else None)
        for p in find_parts(text, language)
    ]
