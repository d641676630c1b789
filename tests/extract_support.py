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


def appeal_reading(text: str) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The one case of `text`: its sentence after the appeal, as `bench extract` compares it
    (kind, term, hours, amount), and its appeal outcome."""
    from bench.extract import case_fields
    from bot.extract import extract_cases

    [case] = extract_cases(text)
    fields = case_fields(case)
    after_appeal = [p for p in fields["sentence"] if p[0] == "appeal_ruling"]
    return after_appeal, fields.get("appeal_outcome", [])
