"""One person is one case: a later record of a person already told of is merged into the first
(a memo's closing requests, a resolution's operative part naming the client again)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.extract.namesakes import merge_namesakes


def _record(name: str, surname: str, given: str, **fields: Any) -> dict[str, Any]:
    person = {"name": name, "surname": surname, "given_names": given, "patronymic": None}
    person.update({k: fields.pop(k, None) for k in ("city", "region", "occupation")})
    return {"id": "x", "person": person, "court": None, "judge": None, "prosecutor": None, **fields}


@pytest.mark.parametrize(
    ("first", "later"),
    [
        # accepted: the same person in capitals further on
        (("Serik ABENOV", "Abenov", "Serik"), ("Serik Abenov", "Abenov", "Serik")),
        # accepted: the same person with the patronymic (Russian), the fuller name is kept
        (
            ("Марат Оспанов", "Оспанов", "Марат"),
            ("Марат Серикович Оспанов", "Оспанов", "Марат Серикович"),
        ),
        # accepted: Kazakh, the same person named twice in the same words
        (
            ("Айгүл Сәрсенқызы Бекова", "Бекова", "Айгүл Сәрсенқызы"),
            ("Айгүл Сәрсенқызы Бекова", "Бекова", "Айгүл Сәрсенқызы"),
        ),
    ],
)
def test_a_person_named_again_is_merged_into_the_first_record(
    first: tuple[str, str, str], later: tuple[str, str, str]
) -> None:
    records = [
        _record(*first, court=None, city="Taraz"),
        _record(*later, court="Taraz City Court", city="Shymkent"),
    ]
    merged = merge_namesakes(records, "t")
    assert len(merged) == 1
    assert merged[0]["court"] == "Taraz City Court"  # filled where the first had nothing
    assert merged[0]["person"]["city"] == "Taraz"  # the first's own value is kept
    longer = max((first[0], later[0]), key=lambda n: len(n.split()))
    assert merged[0]["person"]["name"] == longer
    assert merged[0]["id"] == "t-1"


@pytest.mark.parametrize(
    ("first", "later"),
    [
        # refused: brothers or spouses sharing a surname
        (("Serik Abenov", "Abenov", "Serik"), ("Nurlan Abenov", "Abenov", "Nurlan")),
        (("Ерлан Касымов", "Касымов", "Ерлан"), ("Айдос Касымов", "Касымов", "Айдос")),
        (("Дана Серікқызы", "Серікқызы", "Дана"), ("Әсел Серікқызы", "Серікқызы", "Әсел")),
        # refused: initials alone tell no one apart
        (("A. Abenov", "Abenov", "A."), ("A. Abenov", "Abenov", "A.")),
    ],
)
def test_different_people_sharing_a_surname_stay_apart(
    first: tuple[str, str, str], later: tuple[str, str, str]
) -> None:
    assert len(merge_namesakes([_record(*first), _record(*later)], "t")) == 2
