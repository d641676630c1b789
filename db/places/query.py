"""Reading a typed place or region: which words name it, which only say what it is.

"г. Талгар", "Шу, Жамбылская обл.", "Мәртөк ауылы, Мәртөк ауданы, Ақтөбе облысы": the text is
cut at commas and brackets into segments; in each, words that say "town", "village",
"region", "district" (г., село, ауыл, қаласы, область, облысы, район, ауданы, oblast...) and
the country's name are set aside, and the rest is folded (db.places.fold.key) into one key.
Invariant: a place's own name is keyed exactly as a query naming it (`name_key`), so every
spelling stored in the data is found by itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from db.places.fold import key

#: Words that say "a town/village" around a name: г., город, с., село, пос., аул, ауыл,
#: қаласы, city, town, village... and prepositions. Folded with `key`.
PLACE_WORDS = frozenset(
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
REGION_WORDS = frozenset(
    key(word)
    for word in (
        "область", "области", "областью", "обл", "облысы", "облыс", "облысында", "облысының",
        "облысынан", "облысына", "oblast", "oblasti", "oblys", "oblysy", "region", "province",
    )
)  # fmt: skip
#: Words that say "a district" (район, ауданы): a district is not a settlement, but it is
#: usually named after its centre (Талгарский район, Талғар ауданы), which gives its region.
DISTRICT_WORDS = frozenset(
    key(word)
    for word in (
        "район", "района", "районе", "р-н", "рн", "ауданы", "ауданында", "ауданының", "аудан",
        "district", "raion", "rayon", "audany", "округ", "округа", "округе", "округі",
        "ауылдық", "сельский", "сельского", "поселковый", "county", "okrug",
    )
)  # fmt: skip
#: Case endings of a Russian district adjective: Талгарский/-ского/-ском → Талгар.
_DISTRICT_ADJECTIVE = re.compile(r"sk(?:i|ogo|om|omu|im)$")  # -ский folds to "ski"
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
CASE_ENDINGS = (
    "dagi", "tagi", "dan", "den", "tan", "ten", "nan", "nen", "nin", "din", "tin", "ga",
    "ge", "ka", "ke", "da", "de", "ta", "te", "na", "ne", "om", "em", "oi", "ei", "e", "u",
    "a", "i",
)  # fmt: skip


def fold_words(segment: str) -> list[str]:
    return [key(word) for word in _WORD.findall(segment)]


def region_key(tokens: Iterable[str]) -> str:
    return "".join(_ADJECTIVE.sub("skaia", token) for token in tokens)


@dataclass(frozen=True)
class Segment:
    place_key: str  # the name with place and region words removed
    region_key: str  # the same, with Russian adjective endings cut
    has_region_word: bool
    has_district_word: bool = False


#: Longer text is no place's name or address (the longest address the tests read is ~60
#: characters); refusing it bounds the work an untrusted message can cause.
MAX_QUERY_LENGTH = 200


def split_segments(text: str) -> list[Segment]:
    """The comma-separated parts of `text` that name something ("Шу, Жамбылская область");
    none for text longer than MAX_QUERY_LENGTH."""
    segments: list[Segment] = []
    if len(text) > MAX_QUERY_LENGTH:
        return segments
    for part in _SEGMENTS.split(text):
        tokens = [t for t in fold_words(part) if t]
        has_region_word = any(t in REGION_WORDS for t in tokens)
        has_district_word = not has_region_word and any(t in DISTRICT_WORDS for t in tokens)
        noise = REGION_WORDS | PLACE_WORDS | DISTRICT_WORDS
        # Single letters are abbreviations (г., с., а.) or stray markup (<b>), never a name.
        core = [t for t in tokens if t not in noise and len(t) > 1]
        if not core or all(t in _COUNTRY_WORDS for t in core):
            continue
        if has_district_word:
            core = [_DISTRICT_ADJECTIVE.sub("", t) for t in core]
        segments.append(
            Segment("".join(core), region_key(core), has_region_word, has_district_word)
        )
    return segments


def name_key(name: str) -> str:
    """A place's name keyed as a query naming it would be: «Село Темирбека Жургенова» is
    found by «Темирбека Жургенова» and by «с. Темирбека Жургенова»."""
    words = [token for token in fold_words(name) if token not in PLACE_WORDS]
    return "".join(words) or key(name)


def strip_region_words(name: str) -> str:
    words = [w for w in _WORD.findall(name) if key(w) not in REGION_WORDS | PLACE_WORDS]
    return " ".join(words)
