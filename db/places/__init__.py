"""Gazetteer of Kazakhstan: settlements with their region and their names in Kazakh, Russian,
Latin and former spellings, and the region names in every form people write.

    find_places("г. Талгар")                  → [Place(Talgar, region_code="almaty")]
    find_places("г. Шу Жамбылской области")   → [Place(Shu, "zhambyl")]
    find_places("Аксу")                       → Aksu (Pavlodar), Aksu (Turkistan), Aksu (Akmola)
    find_places("Taldykorgn", typos=True)     → [Place(Taldykorgan, "zhetysu")]
    find_region("Ақтөбе облысы")              → "aktobe"
    find_region("Лениногорск")                → "east_kazakhstan"  (a town gives its region)
    find_region("Аксу")                       → None  (find_regions ranks the candidates)
    canonical_name("Целиноград")              → "Astana"
    localized_name("Aktobe", "kk")            → "Ақтөбе"
    place.name("kk")                          → "Талғар"

Invariants:
- Pure functions over packaged data (db/places/data/places.json.gz, built by
  `python -m db.places.build` from GeoNames + the hand-written supplement); nothing is read
  until the first call, then everything is cached for the life of the process. No database,
  no `bot` import.
- Ambiguity is exposed, never guessed: a name shared by several places returns them all,
  the most populous first; `find_region` answers None unless the text means one region
  (two stated conventions aside: a bare region name means the region, a city's name the
  city rather than same-named villages).
- Typos are only forgiven when the caller asks (`typos=True`) and then should be confirmed.
- Region codes are the project's (bot/ui/labels.py REGIONS, Case.region).
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from db.places.query import (
    CASE_ENDINGS,
    fold_words,
    name_key,
    region_key,
    split_segments,
    strip_region_words,
)
from db.places.regions import REGIONS, REGIONS_BY_CODE, RegionNames
from db.places.typos import deletion_index, near_keys

__all__ = [
    "REGION_CODES",
    "Place",
    "all_names",
    "all_places",
    "canonical_name",
    "find_places",
    "find_region",
    "find_regions",
    "forgives_typos",
    "get_place",
    "localized_name",
    "place_key",
    "place_region",
    "region_name",
    "region_names",
]

KINDS = ("city", "town", "village")
REGION_CODES: tuple[str, ...] = tuple(region.code for region in REGIONS)


@dataclass(frozen=True)
class Place:
    """One settlement. `id` is "kato:<KATO code>" (every town and village the classifier lists),
    "gn:<GeoNames id>" for a GeoNames entry KATO does not name, or "s:<key>" for a
    supplement-only town."""

    id: str
    kind: str  # "city" (republican or regional centre), "town" (official town status), "village"
    region_code: str
    name_kk: str
    name_ru: str
    name_latin: str
    former_names: tuple[str, ...] = ()
    #: Further spellings (GeoNames alternate names in Latin and Cyrillic), for matching only.
    other_names: tuple[str, ...] = field(default=(), repr=False)
    population: int | None = None
    latitude: float | None = field(default=None, repr=False)
    longitude: float | None = field(default=None, repr=False)
    #: Its district: the first four digits of the KATO code ("1962" Talgar district); None for
    #: a GeoNames-only place and the cities of republican significance.
    district: str | None = field(default=None, repr=False)

    def name(self, lang: str) -> str:
        """The name to show a reader of `lang` ("ru", "kk"; anything else gets Latin)."""
        if lang == "ru":
            return self.name_ru
        if lang == "kk":
            return self.name_kk
        return self.name_latin


def all_names(place: Place) -> tuple[str, ...]:
    """Every spelling of the place (current names first), for indexing."""
    names = (place.name_kk, place.name_ru, place.name_latin, *place.former_names)
    return tuple(dict.fromkeys((*names, *place.other_names)))


def place_key(text: str) -> str:
    """The spelling-independent key of a place name, as the gazetteer indexes it: 'Ақтөбе',
    'Aqtöbe', 'г. АКТОБЕ' give one key. A key, not a place: former names keep their own key
    (find_places maps them to today's place)."""
    return name_key(text)


def region_name(code: str, lang: str) -> str:
    """'aktobe' → 'Aktobe region' / 'Актюбинская область' / 'Ақтөбе облысы'."""
    region = REGIONS_BY_CODE[code]
    return {"ru": region.ru, "kk": region.kk}.get(lang, region.en)


def region_names(code: str) -> tuple[str, ...]:
    """Every name of a region (for indexing): official names and all accepted forms."""
    region = REGIONS_BY_CODE[code]
    return tuple(dict.fromkeys((region.en, region.ru, region.kk, *region.bare, *region.with_word)))


# --- The packaged data, loaded once ---------------------------------------------------------


@dataclass(frozen=True)
class _Gazetteer:
    places: tuple[Place, ...]
    by_id: dict[str, Place]
    by_key: dict[str, tuple[Place, ...]]
    #: Region keys valid without a region word, and with one.
    bare_regions: dict[str, str]
    worded_regions: dict[str, str]
    #: District key (Талгарский район, Талғар ауданы → "talgar") → district code → region.
    districts: dict[str, dict[str, str]]


def _rank(place: Place) -> tuple[int, int, str]:
    return (-(place.population or 0), KINDS.index(place.kind), place.id)


def _region_keys(region: RegionNames) -> tuple[set[str], set[str]]:
    bare = {
        region_key(fold_words(strip_region_words(n)))
        for n in (region.en, region.ru, region.kk, *region.bare)
    }
    worded = {region_key(fold_words(strip_region_words(n))) for n in region.with_word}
    # A Russian adjective (Семипалатинская) means a region even without «область».
    bare |= {k for k in worded if k.endswith("skaia")}
    return bare, bare | worded


@cache
def _gazetteer() -> _Gazetteer:
    data = resources.files("db.places") / "data" / "places.json.gz"
    document = json.loads(gzip.decompress(data.read_bytes()))
    places = tuple(
        Place(
            id=row["id"],
            kind=row["kind"],
            region_code=row["region"],
            name_kk=row["kk"],
            name_ru=row["ru"],
            name_latin=row["en"],
            former_names=tuple(row.get("former", ())),
            other_names=tuple(row.get("other", ())),
            population=row.get("population"),
            latitude=row.get("lat"),
            longitude=row.get("lon"),
            district=row.get("district"),
        )
        for row in document["places"]
    )
    districts: dict[str, dict[str, str]] = {}
    for row in document.get("districts", ()):
        for name in (row["ru"], row["kk"]):
            for segment in split_segments(name, lambda _key: False):
                for district_key in segment.district_keys:
                    districts.setdefault(district_key, {})[row["code"]] = row["region"]
    index: dict[str, list[Place]] = {}
    for place in places:
        for folded in dict.fromkeys(name_key(name) for name in all_names(place)):
            if folded:
                index.setdefault(folded, []).append(place)
    bare: dict[str, str] = {}
    worded: dict[str, str] = {}
    # With a region word, a region's explicit `with_word` names come first: "Almaty region"
    # is the region, although "Almaty" alone is the city of republican significance.
    for region in REGIONS:
        for name in region.with_word:
            worded.setdefault(region_key(fold_words(name)), region.code)
    for region in REGIONS:
        bare_keys, worded_keys = _region_keys(region)
        for folded in bare_keys:
            bare.setdefault(folded, region.code)
        for folded in worded_keys:
            worded.setdefault(folded, region.code)
    return _Gazetteer(
        places=places,
        by_id={place.id: place for place in places},
        by_key={k: tuple(sorted(v, key=_rank)) for k, v in index.items()},
        bare_regions=bare,
        worded_regions=worded,
        districts=districts,
    )


def all_places() -> tuple[Place, ...]:
    """Every place, grouped by region, most populous first."""
    return _gazetteer().places


def get_place(place_id: str) -> Place | None:
    return _gazetteer().by_id.get(place_id)


# --- Lookups --------------------------------------------------------------------------------


def forgives_typos(place: Place) -> bool:
    """Typos are forgiven in the names of towns and of villages GeoNames counts (≥ 500 people):
    among the ~10,000 names of small villages one slip mostly spells another village."""
    return place.kind != "village" or place.population is not None


@cache
def _typo_keys() -> dict[str, tuple[Place, ...]]:
    by_key = {
        folded: tuple(p for p in places if forgives_typos(p))
        for folded, places in _gazetteer().by_key.items()
    }
    return {folded: places for folded, places in by_key.items() if places}


@cache
def _deletion_index() -> dict[str, tuple[str, ...]]:
    return deletion_index(_typo_keys())


def _typo_lookup(folded: str) -> tuple[Place, ...]:
    """The places named within the typos allowed, closest first, then most populous."""
    best: dict[Place, int] = {}
    for near, distance in near_keys(folded, _deletion_index()).items():
        for place in _typo_keys()[near]:
            best[place] = min(distance, best.get(place, distance))
    return tuple(sorted(best, key=lambda place: (best[place], *_rank(place))))


def _lookup(folded: str) -> tuple[Place, ...]:
    gazetteer = _gazetteer()
    exact = gazetteer.by_key.get(folded)
    if exact:
        return exact
    # Declined forms: Талғарда, в Таразе, из Караганды (stem + a), в Костанае (stem + й),
    # Ақтөбеден.
    for ending in CASE_ENDINGS:
        stem = folded[: -len(ending)]
        if folded.endswith(ending) and len(stem) >= 3:
            for candidate in (stem, stem + "a", stem + "i"):  # Караганд-ы, Костана-е
                found = gazetteer.by_key.get(candidate)
                if found:
                    return found
    return ()


def _is_worded_region(region_key_: str) -> bool:
    return region_key_ in _gazetteer().worded_regions


def _districts(district_key: str) -> dict[str, str]:
    """The districts (KATO code → region) a district name means («Талгарский район»)."""
    return _gazetteer().districts.get(district_key, {})


def _district_regions(district_key: str) -> set[str]:
    """The regions of the districts so named, else of the places so named (a district is
    usually named after its centre)."""
    named = set(_districts(district_key).values())
    return named or {place.region_code for place in _lookup(district_key)}


def _parse(text: str) -> tuple[str | None, list[set[str]], set[str]]:
    """(the place key to look up, the sets of regions the rest of the text allows).

    The place is the first segment whose remaining words name a place, else the first with
    remaining words. The text narrows by every region named with a region word (one we do
    not know narrows to nothing: "Talgar, Narnia oblast" → no place), every district by the
    region of its centre, and every other segment that is a region's bare name; other words
    (a street, "Kazakhstan") are ignored. The third value is the KATO codes of the districts
    named, for choosing among namesakes of one region.
    """
    gazetteer = _gazetteer()
    segments = split_segments(text, _is_worded_region)
    named = [s for s in segments if s.place_key]
    place = next((s for s in named if _lookup(s.place_key)), named[0] if named else None)
    narrowing: list[set[str]] = []
    districts: set[str] = set()
    for segment in segments:
        for region_key_ in segment.region_keys:
            region = gazetteer.worded_regions.get(region_key_)
            narrowing.append({region} if region else set())
        for district in segment.district_keys:
            if regions := _district_regions(district):
                narrowing.append(regions)
            districts |= set(_districts(district))
        if segment is not place and (bare := gazetteer.bare_regions.get(segment.bare_key)):
            narrowing.append({bare})
    return (place.place_key if place else None), narrowing, districts


def find_places(text: str, *, typos: bool = False) -> list[Place]:
    """Every place `text` can mean, the most populous first; [] for none.

    Accepts any language and spelling, "г."/"село"/"ауыл"/"қаласы"/"city" around the name,
    former names, declined forms, and a region after a comma that narrows the answer
    ("Шу, Жамбылская область"). A region alone ("Aktobe oblast") is not a place: [].
    With `typos`, a name that matches nothing as written may be one letter off (5+ letters:
    Taldykorgn) or two (9+ letters): confirm such a match with the person before storing it.
    """
    place_key_, narrowing, districts = _parse(text)
    if not place_key_:
        return []
    found = _lookup(place_key_)
    if not found and typos:
        found = _typo_lookup(place_key_)
    places = [place for place in found if all(place.region_code in r for r in narrowing)]
    # A district named beside the place picks among namesakes (Шелек, Енбекшиказахский район).
    in_districts = [place for place in places if place.district in districts]
    return in_districts or places


def canonical_name(text: str) -> str | None:
    """Today's Latin name of the place `text` means, in any spelling or former name
    ("Лениногорск" → "Ridder", "Ақтөбе облысы, Актобе" → "Aktobe"), for keying a lookup
    index: None when the text names no place, or places of different names (a region's
    name "Abai" vs the towns Abai and Abay). Namesakes of one name (Aksu in three regions)
    share it: the region tells them apart."""
    names = {place.name_latin for place in find_places(text)}
    return names.pop() if len(names) == 1 else None


def localized_name(text: str, lang: str, region_code: str | None = None) -> str:
    """A stored place name shown in the reader's language: "Aktobe" → «Актобе» (ru),
    «Ақтөбе» (kk); "Tselinograd" → "Astana". Narrowed by the case's region if given; the text
    as written when it names no place or places whose names differ in `lang`."""
    places = find_places(text)
    if region_code:
        places = [place for place in places if place.region_code == region_code]
    names = {place.name(lang) for place in places}
    return names.pop() if len(names) == 1 else text


def find_regions(text: str, *, typos: bool = False) -> list[str]:
    """Every region `text` can mean, the likeliest first: the region it names («Ақтөбе
    облысы»), else the regions of the places it names, most populous place first, else the
    region of a district it names («Талгарский район»)."""
    gazetteer = _gazetteer()
    segments = split_segments(text, _is_worded_region)
    worded = [gazetteer.worded_regions.get(k) for s in segments for k in s.region_keys]
    if worded:
        return sorted({region for region in worded if region})
    bare = [r for s in segments if (r := gazetteer.bare_regions.get(s.bare_key))]
    if len(segments) == 1 and bare and not segments[0].district_keys:
        return bare
    places = find_places(text, typos=typos)
    if places:
        return list(dict.fromkeys(place.region_code for place in places))
    districts = [_district_regions(k) for s in segments for k in s.district_keys]
    if districts:
        return sorted(set.intersection(*districts))
    return sorted(set(bare))


def _city_among(places: list[Place]) -> Place | None:
    """The one city (of republican significance or a regional centre) among places otherwise
    all villages: "Актобе" is the city, not the villages of that name in other regions."""
    cities = [place for place in places if place.kind == "city"]
    if len(cities) == 1 and all(p.kind == "village" for p in places if p is not cities[0]):
        return cities[0]
    return None


def place_region(text: str) -> str | None:
    """The region of the settlement `text` names (a town field: "Ақтөбе", "Талгар"), by the
    convention of find_region (a city over same-named villages); None when it names none or
    namesakes in several regions. Unlike find_region, a region's name is not read here."""
    places = find_places(text)
    regions = {place.region_code for place in places}
    if len(regions) == 1:
        return regions.pop()
    city = _city_among(places)
    return city.region_code if city else None


def find_region(text: str, *, typos: bool = False) -> str | None:
    """The one region `text` means, or None when it means none or several.

    "Aktobe oblast", «Актюбинская область», «Ақтөбе облысы», «Актобе», "ВКО", a town
    ("Талгар" → "almaty", "Лениногорск" → "east_kazakhstan") or a town with its region.
    Two conventions settle names that are also something smaller: a bare region name wins
    over same-named towns ("Abai" is the region, not Abai town), and a city (of republican
    significance or a regional centre) over same-named villages ("Актау" is the city in
    Mangystau region, not the villages in Karaganda region). Any other shared name is None.
    """
    regions = find_regions(text, typos=typos)
    if len(regions) == 1:
        return regions[0]
    city = _city_among(find_places(text, typos=typos))
    return city.region_code if city else None
