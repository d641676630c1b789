"""Read the KATO classifier (Классификатор административно-территориальных объектов, НК РК
11-2025, Bureau of National Statistics) into settlements, for `python -m db.places.build`.

The source is the CSV export of the official workbook kept in the public repository
siaarzh/kz-tax-rates (`data/kato.csv`: kato, kato_version, level, type_code, name_ru, name_kk;
see db/places/data/SOURCE.md for the commit, checksum and licence). Build-time only: the bot
never reads it.

What counts as a settlement a reporter means (decided by the Russian prefix of the official
name, which KATO writes for every settlement):

- towns («г.» / «қ.»), urban settlements («п.» / «к.»), villages («с.», «с.им.» / «а.»,
  «атындағы а.»), railway stations and sidings with a name («ст.», «рзд.»);
- NOT: seasonal pastures («отг.»), plots («уч.»), peasant farms («кр.хоз.», «крес.пос.»),
  and the unprefixed objects (winter camps «зимовка», shepherds' houses, livestock pens,
  holiday bases) — points on a map, not places a person is "from".

Invariant: pure functions of the file's text; the same file gives the same settlements in the
same order (by KATO code).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from db.places.regions import REGIONS

#: KATO's first two digits (= ISO 3166-2:KZ number) → project region code.
REGION_BY_PREFIX: dict[str, str] = {
    region.iso.removeprefix("KZ-"): region.code for region in REGIONS
}

#: Russian prefix → kind of settlement. Longest first: «с.им.» before «с.».
_PREFIXES: tuple[tuple[str, str], ...] = (
    (r"с\.\s*им\.\s*", "named_village"),
    (r"г\.\s*", "town"),
    (r"п\.\s*", "village"),
    (r"с\.\s*", "village"),
    (r"ст\.\s*", "station"),
    (r"рзд\.\s*", "station"),
)
_PREFIX = [(re.compile("^" + pattern), kind) for pattern, kind in _PREFIXES]

#: Kazakh abbreviations of the official name: a trailing «а.» (ауыл), «к.» (кент), «қ.»
#: (қала), «ст.», «рзд.» (some rows write it twice, or glued: «1а.»); a leading «а.», «ст.»,
#: «рзд.». Names themselves never end in a full stop.
_KK_SUFFIX = re.compile(r"\s*(?:[а-яәғқңөұүһіќa]{1,3}\.|\bауылы?)$")
_KK_PREFIX = re.compile(r"^(?:рзд\.|ст\.|[аa]\.)\s*")
#: «атын.а.», «ат.а», «атын.с.», «атындағы а.»: "(village) named after".
_KK_NAMED = re.compile(r"\s*(?:атындағы|атын\.|ат\.)\s*(?:[аса]\.?|ауыл)?$")
#: «г.а.», «с.а.», «п.а.»: an administration (a unit), not a settlement.
_ADMINISTRATION = re.compile(r"^[гсп]\.\s*а\.")
#: «18 км»: a railway kilometre post.
_KILOMETRE = re.compile(r"^\d+\s*км\b")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Settlement:
    kato: str
    region_code: str
    #: "town", "village", "named_village" (с. им. …) or "station".
    kato_kind: str
    name_ru: str
    name_kk: str
    #: The district (район, or a town's administration Г.А.) it belongs to: the first four
    #: digits of its KATO code (see `read_districts`).
    district: str


@dataclass(frozen=True)
class District:
    """A district (район / ауданы) of a region: reports name it beside a village."""

    code: str  # the first four digits of its KATO code
    region_code: str
    name_ru: str
    name_kk: str


def _tidy(name: str) -> str:
    return " ".join(name.replace("\u00a0", " ").split())


def _kazakh_name(raw: str, kind: str) -> str:
    name = _tidy(raw)
    if kind == "named_village" and _KK_NAMED.search(name):
        # «Н.Ілиясов атын.а.» → «Н.Ілиясов атындағы»: the name as Kazakh writes it.
        return _KK_NAMED.sub(" атындағы", name)
    while _KK_SUFFIX.search(name):
        name = _KK_SUFFIX.sub("", name)
    return _KK_PREFIX.sub("", name).strip()


def _russian_name(raw: str) -> tuple[str, str] | None:
    name = _tidy(raw)
    if _ADMINISTRATION.match(name):
        return None
    for pattern, kind in _PREFIX:
        match = pattern.match(name)
        if match:
            rest = name[match.end() :].strip()
            if kind == "named_village":
                rest = "имени " + rest
            return kind, rest
    return None


def read_settlements(text: str) -> list[Settlement]:
    """Every town, village and named station in the KATO export, by KATO code."""
    rows = list(csv.DictReader(io.StringIO(text)))
    found: list[Settlement] = []
    for row in rows:
        if row["level"] not in ("settlement", "sub_district"):
            continue
        parsed = _russian_name(row["name_ru"])
        if parsed is None:
            continue
        kind, russian = parsed
        # Rural districts («с.о.», «а.о.») are units, not places; among sub-districts only
        # the towns that head a town administration (г.Семей under Семей Г.А.) are kept.
        if row["level"] == "sub_district" and kind != "town":
            continue
        kazakh = _kazakh_name(row["name_kk"], kind)
        if not _LETTER.search(russian) or not _LETTER.search(kazakh) or _KILOMETRE.match(russian):
            continue  # «рзд.53», «18 км»: a number, not a name anyone writes
        code = row["kato"]
        found.append(
            Settlement(
                kato=code,
                region_code=REGION_BY_PREFIX[code[:2]],
                kato_kind=kind,
                name_ru=russian,
                name_kk=kazakh,
                district=code[:4],
            )
        )
    return sorted(found, key=lambda s: s.kato)


def read_districts(text: str) -> list[District]:
    """Every district (район) of a region, by KATO code; town administrations (Г.А.) are
    the towns themselves and are left out."""
    found = []
    for row in csv.DictReader(io.StringIO(text)):
        name_ru = _tidy(row["name_ru"])
        if row["level"] == "district" and "район" in name_ru.casefold():
            code = row["kato"]
            found.append(
                District(code[:4], REGION_BY_PREFIX[code[:2]], name_ru, _tidy(row["name_kk"]))
            )
    return sorted(found, key=lambda d: d.code)


def republican_cities(text: str) -> dict[str, tuple[str, str]]:
    """The three cities of republican significance (KATO level "oblast", type 1): region code →
    (Russian, Kazakh) name, for checking the supplement against the classifier."""
    cities = {}
    for row in csv.DictReader(io.StringIO(text)):
        if row["level"] == "oblast" and row["type_code"] == "1":
            cities[REGION_BY_PREFIX[row["kato"][:2]]] = (
                _tidy(row["name_ru"]).removeprefix("г."),
                _KK_SUFFIX.sub("", _tidy(row["name_kk"])),
            )
    return cities
