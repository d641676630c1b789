"""People a report names who are no case, second pass: a relative told by a kin word before a
surname in the genitive («брат Сапарова Азамат»). Each rule with accepted and refused
examples."""

from __future__ import annotations

import pytest

from bot.extract import extract_cases
from bot.extract.relatives import kin_introduced


def _names(text: str) -> list[str]:
    return [c["person"]["name"] for c in extract_cases(text)]


# --- a kin word before a surname in the genitive, the relative's given name after -----------


@pytest.mark.parametrize(
    ("text", "name", "kin"),
    [
        ("Ранее брат Кенжебаева Нурлан был оштрафован.", "Кенжебаева", True),
        ("Так, жена Омарова Динара Омарова получила штраф.", "Омарова", True),
        ("Сестра Исаева Жанна пришла в суд.", "Исаева", True),
        # refused: no kin word; a surname with no
        # genitive ending
        ("Ранее Кенжебаева Нурлан не видела.", "Кенжебаева", False),
        ("Ранее брат Ким Нурлан был оштрафован.", "Ким", False),
        # charged in the sentence: prosecuted, not only kin
        ("Брат Кенжебаева Нурлан осуждён по ч. 1 ст. 174 УК.", "Кенжебаева", False),
    ],
)
def test_a_kin_word_before_a_genitive_surname(text: str, name: str, kin: bool) -> None:
    assert kin_introduced(text, text.index(name)) is kin


def test_the_kin_of_a_convict_is_no_case_of_the_family() -> None:
    text = (
        "Уральский суд 3 ноября 2026 года приговорил Марата Кенжебаева к 4 годам лишения "
        "свободы по ч. 2 ст. 174 УК РК. Кенжебаев находится под стражей с 1 мая 2026 года.\n\n"
        "Напомним, в мае брат Кенжебаева Нурлан был оштрафован на 10 МРП по статье 488 КоАП."
    )
    assert _names(text) == ["Марат Кенжебаев"]
