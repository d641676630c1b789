"""Gazetteer of Kazakhstan: settlements with their region and their names in Kazakh, Russian,
Latin and former spellings, and the region names in every form people write.

    find_places("г. Талгар")             → [Place(Talgar, region_code="almaty")]
    find_places("Шу, Жамбылская обл.")   → [Place(Shu, "zhambyl")]
    find_region("Ақтөбе облысы")         → "aktobe"
    find_region("Лениногорск")           → "east_kazakhstan"  (a town gives its region)
    place.name("kk")                     → "Талғар"

Invariants:
- Pure functions over packaged data (db/places/data/places.json.gz, built by
  `python -m db.places.build` from GeoNames + the hand-written supplement); nothing is read
  until the first call, then everything is cached for the life of the process. No database,
  no `bot` import.
- Ambiguity is exposed, never guessed: a name shared by several places returns them all,
  the most populous first; `find_region` answers None unless the text means one region.
- Region codes are the project's (bot/labels.py REGIONS, Case.region).
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from db.places.fold import key
from db.places.regions import REGIONS, REGIONS_BY_CODE, RegionNames

__all__ = [
    "REGION_CODES",
    "Place",
    "all_names",
    "all_places",
    "canonical_name",
    "find_places",
    "find_region",
    "find_regions",
    "get_place",
    "place_key",
    "region_name",
    "region_names",
]

KINDS = ("city", "town", "village")
REGION_CODES: tuple[str, ...] = tuple(region.code for region in REGIONS)


@dataclass(frozen=True)
class Place:
    """One settlement. `id` is "gn:<GeoNames id>" or "s:<key>" for a supplement-only town."""

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
    return _name_key(text)


def region_name(code: str, lang: str) -> str:
    """'aktobe' → 'Aktobe region' / 'Актюбинская область' / 'Ақтөбе облысы'."""
    region = REGIONS_BY_CODE[code]
    return {"ru": region.ru, "kk": region.kk}.get(lang, region.en)


def region_names(code: str) -> tuple[str, ...]:
    """Every name of a region (for indexing): official names and all accepted forms."""
    region = REGIONS_BY_CODE[code]
    return tuple(dict.fromkeys((region.en, region.ru, region.kk, *region.bare, *region.with_word)))


# --- Query parsing --------------------------------------------------------------------------

#: Words that say "a town/village" around a name: г., город, с., село, пос., аул, ауыл,
#: қаласы, city, town, village... and prepositions. Folded with `key`.
_PLACE_WORDS = frozenset(
    key(word)
    for word in (
        "г", "гор", "город", "городе", "города", "городок", "с", "село", "селе", "села", "сел",
        "пос", "поселок", "посёлок", "поселке", "посёлке", "поселка", "посёлка", "п", "пгт",
        "рп", "аул", "ауле", "аула", "ауыл", "ауылы", "ауылында", "ауылдан", "а", "кала",
        "қала", "қаласы", "қаласында", "қаласынан", "қаласының", "қ", "кент", "кенті", "ст",
        "станция", "city", "town", "village", "settlement", "of", "the", "in", "from", "в",
        "во", "из", "мкр", "микрорайон",
    )
)  # fmt: skip
#: Words that say "a region": область, обл., облысы, oblast, region...
_REGION_WORDS = frozenset(
    key(word)
    for word in (
        "область", "области", "областью", "обл", "облысы", "облыс", "облысында", "облысының",
        "облысынан", "облысына", "oblast", "oblasti", "oblys", "oblysy", "region", "province",
    )
)  # fmt: skip
#: A segment made only of these names the country, not a place ("Talgar, Kazakhstan").
_COUNTRY_WORDS = frozenset(
    key(word)
    for word in (
        "Казахстан", "Қазақстан", "Kazakhstan", "Qazaqstan", "Республика", "Республикасы",
        "Republic", "РК", "ҚР", "RK", "KZ",
    )
)  # fmt: skip
_SEGMENTS = re.compile(r"[,;()\[\]/\n|]+")
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ`-][^\W\d_]+)*")
#: Case endings of a Russian adjective: Актюбинская/-ской/-скую → Актюбинская (kept apart from
#: the town's own name: Акмолинская is the region, Акмолинск was Astana).
_ADJECTIVE = re.compile(r"sk(?:aia|oi|ui|uiu|ai|a)$")
#: Case endings tried when a name matches nothing as written, longest first: Kazakh
#: (Талғарда, Ақтөбеден, Шудағы) and Russian (в Талгаре, из Караганды, Таразом).
_CASE_ENDINGS = (
    "dagi", "tagi", "dan", "den", "tan", "ten", "nan", "nen", "nin", "din", "tin", "ga",
    "ge", "ka", "ke", "da", "de", "ta", "te", "na", "ne", "om", "em", "oi", "ei", "e", "u",
    "a", "i",
)  # fmt: skip


def _tokens(segment: str) -> list[str]:
    return [key(word) for word in _WORD.findall(segment)]


def _region_key(tokens: Iterable[str]) -> str:
    return "".join(_ADJECTIVE.sub("skaia", token) for token in tokens)


@dataclass(frozen=True)
class _Segment:
    place_key: str  # the name with place and region words removed
    region_key: str  # the same, with Russian adjective endings cut
    has_region_word: bool


def _segments(text: str) -> list[_Segment]:
    segments = []
    for part in _SEGMENTS.split(text):
        tokens = [t for t in _tokens(part) if t]
        has_region_word = any(t in _REGION_WORDS for t in tokens)
        core = [t for t in tokens if t not in _REGION_WORDS and t not in _PLACE_WORDS]
        if not core or all(t in _COUNTRY_WORDS for t in core):
            continue
        segments.append(_Segment("".join(core), _region_key(core), has_region_word))
    return segments


# --- The packaged data, loaded once ---------------------------------------------------------


@dataclass(frozen=True)
class _Gazetteer:
    places: tuple[Place, ...]
    by_id: dict[str, Place]
    by_key: dict[str, tuple[Place, ...]]
    #: Region keys valid without a region word, and with one.
    bare_regions: dict[str, str]
    worded_regions: dict[str, str]


def _rank(place: Place) -> tuple[int, int, str]:
    return (-(place.population or 0), KINDS.index(place.kind), place.id)


def _region_keys(region: RegionNames) -> tuple[set[str], set[str]]:
    bare = {
        _region_key(_tokens(_strip_region_words(n)))
        for n in (region.en, region.ru, region.kk, *region.bare)
    }
    worded = {_region_key(_tokens(_strip_region_words(n))) for n in region.with_word}
    # A Russian adjective (Семипалатинская) means a region even without «область».
    bare |= {k for k in worded if k.endswith("skaia")}
    return bare, bare | worded


def _name_key(name: str) -> str:
    """A place's name keyed as a query naming it would be: «Село Темирбека Жургенова» is
    found by «Темирбека Жургенова» and by «с. Темирбека Жургенова»."""
    words = [token for token in _tokens(name) if token not in _PLACE_WORDS]
    return "".join(words) or key(name)


def _strip_region_words(name: str) -> str:
    words = [w for w in _WORD.findall(name) if key(w) not in _REGION_WORDS | _PLACE_WORDS]
    return " ".join(words)


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
            former_names=tuple(row["former"]),
            other_names=tuple(row["other"]),
            population=row["population"],
            latitude=row["lat"],
            longitude=row["lon"],
        )
        for row in document["places"]
    )
    index: dict[str, list[Place]] = {}
    for place in places:
        for folded in dict.fromkeys(_name_key(name) for name in all_names(place)):
            if folded:
                index.setdefault(folded, []).append(place)
    bare: dict[str, str] = {}
    worded: dict[str, str] = {}
    # With a region word, a region's explicit `with_word` names come first: "Almaty region"
    # is the region, although "Almaty" alone is the city of republican significance.
    for region in REGIONS:
        for name in region.with_word:
            worded.setdefault(_region_key(_tokens(name)), region.code)
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
    )


def all_places() -> tuple[Place, ...]:
    """Every place, grouped by region, most populous first."""
    return _gazetteer().places


def get_place(place_id: str) -> Place | None:
    return _gazetteer().by_id.get(place_id)


# --- Lookups --------------------------------------------------------------------------------


#: Shorter names get no typo tolerance: one edit turns most 4-letter names into others.
TYPO_MIN_LENGTH = 5
#: From this length two slips are forgiven (Zhanakorgan typed "Zhanakrgn").
TWO_TYPOS_MIN_LENGTH = 9


def edits_allowed(folded: str) -> int:
    if len(folded) >= TWO_TYPOS_MIN_LENGTH:
        return 2
    return 1 if len(folded) >= TYPO_MIN_LENGTH else 0


def _deletions(folded: str, depth: int) -> set[str]:
    """The key and every string up to `depth` letters shorter: two keys within `depth` edits
    share a member (symmetric deletion), so candidates come from a dict, never a scan."""
    variants = {folded}
    frontier = {folded}
    for _ in range(depth):
        frontier = {v[:i] + v[i + 1 :] for v in frontier for i in range(len(v))}
        variants |= frontier
    return variants


@cache
def _deletion_index() -> dict[str, tuple[str, ...]]:
    """Every indexed key and its deletions (as deep as its length allows) → the keys."""
    index: dict[str, set[str]] = {}
    for folded in _gazetteer().by_key:
        for variant in _deletions(folded, edits_allowed(folded)):
            index.setdefault(variant, set()).add(folded)
    return {variant: tuple(sorted(keys)) for variant, keys in index.items()}


def _edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance (insert, delete, replace, swap of neighbours)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def _typo_lookup(folded: str) -> tuple[Place, ...]:
    """The places whose names are within the typos allowed for both the typed key and the
    name's key, closest first, then most populous."""
    depth = edits_allowed(folded)
    if not depth:
        return ()
    index = _deletion_index()
    candidates = {k for variant in _deletions(folded, depth) for k in index.get(variant, ())}
    by_key = _gazetteer().by_key
    best: dict[Place, int] = {}
    for candidate in candidates:
        distance = _edit_distance(folded, candidate)
        if distance <= min(depth, edits_allowed(candidate)):
            for place in by_key[candidate]:
                best[place] = min(distance, best.get(place, distance))
    return tuple(sorted(best, key=lambda place: (best[place], *_rank(place))))


def _lookup(folded: str) -> tuple[Place, ...]:
    gazetteer = _gazetteer()
    exact = gazetteer.by_key.get(folded)
    if exact:
        return exact
    # Declined forms: Талғарда, в Таразе, из Караганды (stem + a), в Костанае (stem + й),
    # Ақтөбеден.
    for ending in _CASE_ENDINGS:
        stem = folded[: -len(ending)]
        if folded.endswith(ending) and len(stem) >= 3:
            for candidate in (stem, stem + "a", stem + "i"):  # Караганд-ы, Костана-е
                found = gazetteer.by_key.get(candidate)
                if found:
                    return found
    return ()


def _segment_region(segment: _Segment) -> str | None:
    """The region a segment names: with a region word, any of its forms ("Almaty region");
    without one, only the names that mean the region alone ("Zhetysu", "ВКО", "Актобе")."""
    gazetteer = _gazetteer()
    if segment.has_region_word:
        return gazetteer.worded_regions.get(segment.region_key)
    return gazetteer.bare_regions.get(segment.region_key)


def _parse(text: str) -> tuple[str | None, set[str]]:
    """(the place key to look up, the regions named beside it).

    The place is the first segment without a region word that names a place (else the first
    without a region word); every other segment narrows by the region it names, and one that
    names no known region narrows to nothing ("Talgar, Narnia oblast" → no place).
    """
    segments = _segments(text)
    unworded = [s for s in segments if not s.has_region_word]
    place = next((s for s in unworded if _lookup(s.place_key)), unworded[0] if unworded else None)
    regions = {_segment_region(s) or "?" for s in segments if s is not place}
    return (place.place_key if place else None), regions


def find_places(text: str, *, typos: bool = False) -> list[Place]:
    """Every place `text` can mean, the most populous first; [] for none.

    Accepts any language and spelling, "г."/"село"/"ауыл"/"қаласы"/"city" around the name,
    former names, declined forms, and a region after a comma that narrows the answer
    ("Шу, Жамбылская область"). A region alone ("Aktobe oblast") is not a place: [].
    With `typos`, a name that matches nothing as written may be one letter off (5+ letters:
    Taldykorgn) or two (9+ letters): confirm such a match with the person before storing it.
    """
    place_key_, regions = _parse(text)
    if not place_key_:
        return []
    found = _lookup(place_key_)
    if not found and typos:
        found = _typo_lookup(place_key_)
    if regions:
        found = tuple(place for place in found if place.region_code in regions)
    return list(found)


def canonical_name(text: str) -> str | None:
    """Today's Latin name of the place `text` means, in any spelling or former name
    ("Лениногорск" → "Ridder", "Ақтөбе облысы, Актобе" → "Aktobe"), for keying a lookup
    index: None when the text names no place, or places of different names (a region's
    name "Abai" vs the towns Abai and Abay). Namesakes of one name (Aksu in three regions)
    share it: the region tells them apart."""
    names = {place.name_latin for place in find_places(text)}
    return names.pop() if len(names) == 1 else None


def find_regions(text: str, *, typos: bool = False) -> list[str]:
    """Every region `text` can mean, the likeliest first: the region it names, else the
    regions of the places it names (ranked by their largest place)."""
    segments = _segments(text)
    if not segments:
        return []
    named = {region for segment in segments if (region := _segment_region(segment))}
    if any(segment.has_region_word for segment in segments) and named:
        return sorted(named)
    if len(segments) == 1 and named:
        return sorted(named)
    places = find_places(text, typos=typos)
    if places:
        return list(dict.fromkeys(place.region_code for place in places))
    return sorted(named)


def find_region(text: str, *, typos: bool = False) -> str | None:
    """The one region `text` means, or None when it means none or several.

    "Aktobe oblast", «Актюбинская область», «Ақтөбе облысы», «Актобе», "ВКО", a town
    ("Талгар" → "almaty", "Лениногорск" → "east_kazakhstan") or a town with its region.
    A bare region name wins over a same-named village ("Abai" is the region, not Abai town).
    """
    regions = find_regions(text, typos=typos)
    return regions[0] if len(regions) == 1 else None
