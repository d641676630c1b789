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
from collections.abc import Callable, Iterable
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
        "во", "из", "мкр", "микрорайон", "имени", "им", "атындағы", "рзд", "разъезд",
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
#: A word: letters and digits, joined by hyphens and apostrophes (Целиноград-25, Shūl’ba).
_WORD = re.compile(r"[^\W_]+(?:['’ʼ`-][^\W_]+)*")
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
    """One comma-separated part of a query, its words sorted by what they name."""

    #: The words left once region and district names are taken out ("" if none): the place.
    place_key: str
    #: The same words as a region key, for a region named without a region word ("Zhetysu").
    bare_key: str
    #: Region names written with a region word (Жамбылской области → "zhambilskaia").
    region_keys: tuple[str, ...] = ()
    #: District names written with a district word (Мартукский район → "martuk").
    district_keys: tuple[str, ...] = ()


#: Longer text is no place's name or address (the longest address the tests read is ~60
#: characters); refusing it bounds the work an untrusted message can cause.
MAX_QUERY_LENGTH = 200
#: A region's name is at most this many words ("Шығыс Қазақстан", "North Kazakhstan").
_REGION_NAME_WORDS = 3


def split_segments(text: str, is_region: Callable[[str], bool]) -> list[Segment]:
    """The parts of `text` that name something, cut at commas and brackets ("Шу, Жамбылская
    область"); within a part, the words before a region word (or after it: «область Абай»)
    that `is_region` accepts name the region, the word before a district word names the
    district ("г. Шу Жамбылской области", «Мәртөк ауданы Мәртөк ауылы»), and the rest is the
    place. None for text longer than MAX_QUERY_LENGTH."""
    if len(text) > MAX_QUERY_LENGTH:
        return []
    segments = []
    for part in _SEGMENTS.split(text):
        folded = fold_words(part)
        # A village called «Ауыл» (Village): a part of place words only is that name.
        words = (
            _name_words(folded)
            or [w for w in folded if len(w) > 1 and not w.isdigit() and w in PLACE_WORDS][:1]
        )
        segment = _read_segment(words, is_region)
        if segment is not None:
            segments.append(segment)
    return segments


def _read_segment(words: list[str], is_region: Callable[[str], bool]) -> Segment | None:
    free = [w not in REGION_WORDS and w not in DISTRICT_WORDS for w in words]
    regions: list[str] = []
    districts: list[str] = []

    def take(start: int, stop: int) -> str:
        for i in range(start, stop):
            free[i] = False
        return region_key(words[start:stop])

    for i, word in enumerate(words):
        if word in REGION_WORDS:
            before = _free_run(free, i, step=-1)
            after = _free_run(free, i, step=1)
            spans = [(i - n, i) for n in range(min(before, _REGION_NAME_WORDS), 0, -1)]
            spans += [(i + 1, i + 1 + n) for n in range(min(after, _REGION_NAME_WORDS), 0, -1)]
            known = next((s for s in spans if is_region(region_key(words[s[0] : s[1]]))), None)
            if known is not None:
                regions.append(take(*known))
            elif spans:  # a region we do not know: it must still not be read as the place
                regions.append(take(i - 1, i) if before else take(i + 1, i + 2))
        elif word in DISTRICT_WORDS:
            if _free_run(free, i, step=-1):
                districts.append(_DISTRICT_ADJECTIVE.sub("", words[i - 1]))
                free[i - 1] = False
            elif _free_run(free, i, step=1):
                districts.append(_DISTRICT_ADJECTIVE.sub("", words[i + 1]))
                free[i + 1] = False
    rest = [w for w, is_free in zip(words, free, strict=True) if is_free]
    if all(w in _COUNTRY_WORDS for w in rest):
        rest = []
    if not (rest or regions or districts):
        return None
    return Segment("".join(rest), region_key(rest), tuple(regions), tuple(districts))


def _free_run(free: list[bool], i: int, *, step: int) -> int:
    """How many free words follow (step 1) or precede (step -1) position i."""
    n = 0
    j = i + step
    while 0 <= j < len(free) and free[j]:
        n += 1
        j += step
    return n


def name_key(name: str) -> str:
    """A place's name keyed as a query naming it would be: «Село Темирбека Жургенова» is
    found by «Темирбека Жургенова» and by «с. Темирбека Жургенова»."""
    return "".join(_name_words(fold_words(name))) or key(name)


def _name_words(words: list[str]) -> list[str]:
    """The words of a segment that can name a place: single letters are abbreviations (г.,
    с., а., an initial) or stray markup (<b>), numbers are house numbers or dates (Целиноград-25
    is one word; «Каратал 1» is found as Каратал, with its namesakes)."""
    return [w for w in words if len(w) > 1 and not w.isdigit() and w not in PLACE_WORDS]


def strip_region_words(name: str) -> str:
    words = [w for w in _WORD.findall(name) if key(w) not in REGION_WORDS | PLACE_WORDS]
    return " ".join(words)
