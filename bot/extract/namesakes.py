"""One person is one case: records read for the same name are merged into the first.

Invariant: no two records returned by `extract_cases` carry the same person — the same surname
with the same first given name (in any case or word order: "Daulet Ismailov" in a heading and
"Mr. Daulet Ismailov" in a resolution's closing part, "Bakhytzhan ORMANOV" in a memo's paragraph
and in its list of requests). The first record told of them is the fuller one (the story); a
later one (a closing request, a letter's second part) only fills what the first left empty.
"""

from __future__ import annotations

from bot.extract.record import Record

#: The fields of a case a later mention of the person may fill when the first left them empty.
_CASE_FIELDS = ("court", "judge", "prosecutor")
_PERSON_FIELDS = ("city", "region", "occupation")


def _words(name: str) -> list[str]:
    return [w.strip(".,").casefold().replace("ё", "е") for w in name.split() if w.strip(".,")]


def _key(record: Record) -> tuple[str, str] | None:
    """The person's surname and first given name, case-folded; None for initials alone."""
    person = record["person"]
    surname = (person.get("surname") or "").casefold().replace("ё", "е")
    given = _words(person.get("given_names") or "")
    if not surname or not given or len(given[0]) < 2:
        return None
    return surname, given[0]


def merge_namesakes(records: list[Record], id_prefix: str) -> list[Record]:
    """`records` with each later record of a person already told of merged into the first."""
    kept: list[Record] = []
    first: dict[tuple[str, str], Record] = {}
    for record in records:
        key = _key(record)
        if key is None or key not in first:
            kept.append(record)
            if key is not None:
                first[key] = record
            continue
        earlier = first[key]
        for name in _CASE_FIELDS:
            if earlier.get(name) is None and record.get(name) is not None:
                earlier[name] = record[name]
        for name in _PERSON_FIELDS:
            if earlier["person"].get(name) is None and record["person"].get(name) is not None:
                earlier["person"][name] = record["person"][name]
        if len(_words(record["person"]["name"])) > len(_words(earlier["person"]["name"])):
            # the fuller spelling ("Ержан Әбдіразақұлы Тұрсынбаев" over "Ержан Тұрсынбаев")
            for name in ("name", "given_names", "patronymic"):
                earlier["person"][name] = record["person"].get(name)
    if len(kept) < len(records):
        for number, record in enumerate(kept, 1):
            record["id"] = f"{id_prefix}-{number}"
    return kept
