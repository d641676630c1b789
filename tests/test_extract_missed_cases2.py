"""Missed cases, second pass (r-miss2): a person named in full and told prosecuted in a block
whose case goes to someone else gets a case of their own, without the other's sentences.
Invented wording: what the extractor must read (accepted) and must not (refused)."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_cases

TODAY = dt.date(2026, 12, 1)


def _cases(text: str) -> dict[str, dict]:
    return {c["person"]["name"]: c for c in extract_cases(text, today=TODAY)}


_BRIEFING = (
    "Transcript: briefing by lawyer Gulnara Omarova on the case of Arman Tokayev\n"
    "Shymkent, 20 November 2026.\n\n"
    "HOST (Yerlan Seitkali, City Club): Welcome. Lawyer Gulnara Omarova defends the blogger "
    "Arman Tokayev.\n\n"
    "OMAROVA: On 18 November the Al-Farabi District Court of Shymkent sentenced my client "
    "Arman Tokayev under Article 274, Part 2 of the Criminal Code. He received two years of "
    "restricted freedom.\n\n"
    "DANA ISKAKOVA (City Post): Will you appeal?\n\n"
    "OMAROVA: Yes, the appeal was filed today.\n\n"
    "HOST: Thank you all.\n"
)


def test_prosecuted_beside_a_questioner_in_capitals() -> None:
    # accepted: the block's case goes to the questioner named in capitals; the client the
    # lawyer tells sentenced, named in title case, is a case of his own
    cases = _cases(_BRIEFING)
    assert "Arman Tokayev" in cases
    tokayev = cases["Arman Tokayev"]
    assert tokayev["stage"] == "sentenced"
    assert tokayev["court"] == "Al-Farabi District Court of Shymkent"
    assert [c["article"] for c in tokayev["charges"]] == ["274"]


def test_the_one_told_prosecuted_is_the_main_person_already() -> None:
    # refused: the only one told prosecuted is the block's own person: no second case
    text = (
        "Выпуск 12. Медеуский районный суд 10 октября приговорил блогера Самата Бекова к 3 "
        "годам ограничения свободы по ч. 2 ст. 274 УК. Беков вины не признал. Беков подал "
        "апелляцию.\n"
    )
    assert list(_cases(text)) == ["Самат Беков"]


def test_someone_named_in_passing_is_no_case() -> None:
    # refused: a second person named in full but told of no prosecution adds no case
    text = (
        "Выпуск 12. Медеуский районный суд 10 октября приговорил блогера Самата Бекова к 3 "
        "годам ограничения свободы по ч. 2 ст. 274 УК. Об этом рассказал его друг Ержан "
        "Калиев. Беков подал апелляцию.\n"
    )
    assert list(_cases(text)) == ["Самат Беков"]
