"""Towns and regions named in a report, through the project's gazetteer (db/places).

The gazetteer reads Russian case forms itself («из Талгара», «в Уральске»); Kazakh reports add
endings it does not strip — the "of that town" adjective (ақтөбелік, таразлық) and the ablative
(Шымкенттен) — so those are removed here first. A town is returned with its name in the
report's language (a Russian report gets «Талгар», a Kazakh one «Талғар», English "Talgar").
Only cities and towns are recognised in running text; villages only where the text says the
person is from there, since many village names are also ordinary words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from db.places import Place, find_places, find_region


@dataclass(frozen=True)
class Town:
    place: Place

    @property
    def region(self) -> str:
        return self.place.region_code

    def name(self, language: str) -> str:
        return self.place.name(language if language in ("ru", "kk") else "en")


#: Kazakh endings the gazetteer does not strip, longest first; what they may have replaced.
_KK_ENDINGS = (
    "лық", "лік", "дық", "дік", "тық", "тік",
    "нан", "нен", "дан", "ден", "тан", "тен",
    "ның", "нің", "дың", "дің", "тың", "тің",
    "да", "де", "та", "те", "ға", "ге", "қа", "ке",
)  # fmt: skip
_SETTLED = ("city", "town")


#: English words the gazetteer reads as a town but a report writes as a people or a country
#: ("Kazakh activists", "a Kazakh court").
_NOT_TOWNS = frozenset({"kazakh", "kazakhs", "kazakhstan", "kazakhstani", "kazakhstan's"})


def _best(places: list[Place], villages: bool) -> Place | None:
    usable = [p for p in places if villages or p.kind in _SETTLED]
    return usable[0] if usable else None


# Every word of a report is tried as a town, for each case and field: the answer for a word is
# fixed (the gazetteer does not change while the bot runs), so it is looked up once.
@lru_cache(maxsize=8192)
def find_town(word: str, *, villages: bool = False) -> Town | None:
    """The town a word names, in any case form ('Талгара', 'ақтөбелік', 'Aktobe')."""
    word = word.strip("«»\"'()., :;")
    if len(word) < 2 or len(word) > 60 or word.casefold() in _NOT_TOWNS:
        return None
    place = _best(find_places(word), villages)
    if place is not None and place.kind not in _SETTLED:
        # «из Сатпаева»: the town Сатпаев in the genitive before a village named «Сатпаева»
        for ending in ("а", "у", "е", "ом", "ым"):
            if word.endswith(ending) and len(word) > len(ending) + 3:
                town = _best(find_places(word[: -len(ending)]), False)
                if town is not None:
                    place = town
                    break
    if place is None and re.search(r"(?:ого|ому|ом|ым)$", word):
        # «из Рудного», «в Рудном»: a town named by an adjective, in an oblique case.
        stem = re.sub(r"(?:ого|ому|ом|ым)$", "", word)
        for ending in ("ый", "ий", "ое"):
            place = _best(find_places(stem + ending), villages)
            if place is not None:
                break
    if place is None:
        folded = word.casefold()
        for ending in _KK_ENDINGS:
            if folded.endswith(ending) and len(folded) - len(ending) >= 2:
                place = _best(find_places(word[: -len(ending)]), villages)
                if place is not None:
                    break
    return Town(place) if place is not None else None


_WORD = re.compile(r"[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі][\w'-]*")


def towns_in(text: str) -> list[tuple[int, Town]]:
    """Every city or town named in the text with its offset ('Усть-Каменогорск' as one word)."""
    return [
        (m.start(), town)
        for m in _WORD.finditer(text)
        if (town := find_town(m.group())) is not None
    ]


_REGION_WORD = r"(?:oblast|region|области|облысы\w*|обл\.)"


def find_region_mention(text: str) -> str | None:
    """A region named outright in brackets after a town: 'Shu (Zhambyl oblast)',
    'Kentau (Turkistan region)', «Кентау (Туркестанская область)» -> the region code."""
    for match in re.finditer(rf"\(([^()]{{3,40}}?\s+{_REGION_WORD})\)", text, re.IGNORECASE):
        region = find_region(match.group(1))
        if region is not None:
            return region
    return None


_EN_SETTLEMENT = (
    r"(?:the\s+(?:\w+\s+){0,2}(?:village|town|city|settlement|district\s+centre)\s+of\s+)?"
)
_RU_SETTLEMENT = (
    r"(?:(?:городе|города|г\.|селе|села|с\.|посёлке|поселке|посёлка|поселка|пос\.|п\.|"
    r"ауле|аула|микрорайоне|мкр\.)\s*)?"
)
# (not a region's name: "a resident of Turkistan region")
_EN_TOWN = r"((?-i:[A-Z])[\w'-]+(?:[ -](?-i:[A-Z])[\w'-]+)?)(?![\w'-]|\s+(?:region|oblast)\b)"
_RU_TOWN = r"((?-i:[А-ЯЁ])[\w-]+(?:\s+(?:би|батыр|ата)\b)?)"
_KK_TOWN = r"((?-i:[А-ЯЁӘҒҚҢӨҰҮҺІ])[\w-]+(?:\s+[\w-]+)?)"
#: Where the person lives, which a report tells apart from where they were born («уроженца
#: села Знаменка, проживающего в городе Семей»): "who lives in the village of Shamalgan",
#: "a resident of the village of Makhambet", "an accountant from the town of Shu",
#: «жительница пос. Шиели», «Құлсары қаласының тұрғыны», «Сәтбаев қаласында (...) тұрады».
RESIDENCE = {
    "en": re.compile(
        rf"\b(?:lives|lived|living|resides|resided|residing|based)\s+in\s+{_EN_SETTLEMENT}"
        rf"{_EN_TOWN}|\b(?:resident|inhabitant)\s+of\s+{_EN_SETTLEMENT}{_EN_TOWN}|"
        rf"\bfrom\s+the\s+(?:\w+\s+){{0,2}}(?:village|town|city|settlement)\s+of\s+{_EN_TOWN}",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        rf"\bпроживающ\w*\s+(?:в|во)\s+{_RU_SETTLEMENT}{_RU_TOWN}|"
        # a verdict's «проживающего по адресу: г. Караганда, ул. ...»
        rf"\bпроживающ\w*\s+по\s+адресу:?\s*{_RU_SETTLEMENT}{_RU_TOWN}|"
        rf"\bжител(?:ь|я|ю|ем|е|ьниц\w*)\s+{_RU_SETTLEMENT}{_RU_TOWN}",
        re.IGNORECASE,
    ),
    "kk": re.compile(
        rf"{_KK_TOWN}\s+(?:қаласы|ауылы|кенті|елді\s+мекені)\w*\s+"
        r"(?:\([^()\n]{1,60}\)\s+)?(?:тұрғын\w*|тұрады|тұратын)"
    ),
}


def residence(text: str, near: list[int], language: str) -> tuple[int, Town] | None:
    """(offset, town) of where the text says a person lives, the telling nearest to `near` (the
    person's own mentions) where it tells of several people."""
    found: list[tuple[int, Town]] = []
    for match in RESIDENCE[language].finditer(text):
        index = next(i for i in range(1, len(match.groups()) + 1) if match.group(i))
        written = match.group(index)
        # «Жібек жолы ауылы»: a name of two words, else the one before the settlement's word
        town = find_town(written, villages=True) if " " in written else None
        if town is None:
            town = find_town(written.split()[-1 if language == "kk" else 0], villages=True)
        if town is not None:
            found.append((match.start(index), town))
    if not found:
        return None
    return min(found, key=lambda f: min((abs(f[0] - n) for n in near), default=0))
