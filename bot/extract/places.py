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
from typing import Any

from db.places import Place, find_places, find_region


@dataclass(frozen=True)
class Town:
    place: Place

    @property
    def region(self) -> str:
        return self.place.region_code

    def name(self, language: str) -> str:
        return self.place.name(language if language in ("ru", "kk") else "en")


#: The locative made an adjective («Жаңаөзендегі ағайынды Сапаровтар», «Атыраудағы белсенді»):
#: read as a city's or a town's only (a village named like a word, «Базар», «Зауыт», is not
#: «базардағы», «зауыттағы»).
_KK_LOCATIVE_ADJECTIVE = ("ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі")
#: Kazakh endings the gazetteer does not strip, longest first; what they may have replaced.
_KK_ENDINGS = (
    *_KK_LOCATIVE_ADJECTIVE,
    "лық", "лік", "дық", "дік", "тық", "тік",
    "нан", "нен", "дан", "ден", "тан", "тен",
    "ның", "нің", "дың", "дің", "тың", "тің",
    "да", "де", "та", "те", "ға", "ге", "қа", "ке",
)  # fmt: skip
_SETTLED = ("city", "town")


#: English words the gazetteer reads as a town but a report writes as a people or a country
#: ("Kazakh activists", "a Kazakh court").
#: («Көше партиясы», «көше»: the Kazakh word for a street, which the gazetteer folds to the
#: former name Кошы of the town Қосшы)
_NOT_TOWNS = frozenset(
    {"kazakh", "kazakhs", "kazakhstan", "kazakhstani", "kazakhstan's", "көше", "koshe"}
)


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
                settled_only = ending in _KK_LOCATIVE_ADJECTIVE
                place = _best(find_places(word[: -len(ending)]), villages and not settled_only)
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
        rf"\bfrom\s+the\s+(?:\w+\s+){{0,2}}(?:village|town|city|settlement)\s+of\s+{_EN_TOWN}|"
        # a register's or a database entry's field: "Place of residence: Pavlodar"
        rf"\b(?:place\s+of\s+)?residence:[^\S\n]*{_EN_SETTLEMENT}{_EN_TOWN}",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        # («все лица проживают в с. Узынагаш»: a note on everyone a list names)
        rf"\bпрожива(?:ющ\w*|ет|ют|л|ла|ли)\s+(?:в|во)\s+{_RU_SETTLEMENT}{_RU_TOWN}|"
        rf"\bместо\s+(?:жительства|проживания):[^\S\n]*{_RU_SETTLEMENT}{_RU_TOWN}|"
        # a verdict's «проживающего по адресу: г. Караганда, ул. ...»
        rf"\bпроживающ\w*\s+по\s+адресу:?\s*{_RU_SETTLEMENT}{_RU_TOWN}|"
        rf"\bжител(?:ь|я|ю|ем|е|ьниц\w*)\s+{_RU_SETTLEMENT}{_RU_TOWN}",
        re.IGNORECASE,
    ),
    "kk": re.compile(
        rf"{_KK_TOWN}\s+(?:қаласы|ауылы|кенті|елді\s+мекені)\w*\s+"
        r"(?:\([^()\n]{1,60}\)\s+)?(?:тұрғын\w*|тұрады|тұратын)|"
        r"тұрғылықты\s+(?:жері|мекен-?жайы):[^\S\n]*((?-i:[А-ЯЁӘҒҚҢӨҰҮҺІ])[\w-]+)"
    ),
}


#: A region named in a text: "Zhambyl region", «Жамбылской области», «Жамбыл облысы».
_REGION_NAMED = re.compile(
    r"(?<![\w-])[^\W\d_][\w-]+\s+(?:region|oblast|област\w*|обл\.|облыс\w*)", re.IGNORECASE
)


def in_regions_named(town: Town, text: str) -> Town:
    """A village among namesakes in the region the text names: many villages share a name
    (Kenes, Kenes, Kenes in seven regions), and the gazetteer's first is any region's; "a
    farmer from the village of Kenes" in a story of Zhambyl region is the Kenes there. A town,
    or a village with no namesake in a region named, stays as found."""
    if town.place.kind in _SETTLED:
        return town
    regions = {r for m in _REGION_NAMED.finditer(text) if (r := find_region(m.group()))}
    if not regions or town.region in regions:
        return town
    namesakes = [
        p
        for p in find_places(town.place.name_latin)
        if p.region_code in regions and p.name_latin == town.place.name_latin
    ]
    return Town(namesakes[0]) if namesakes else town


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
            found.append((match.start(index), in_regions_named(town, text)))
    if not found:
        return None
    return min(found, key=lambda f: min((abs(f[0] - n) for n in near), default=0))


#: The town a court's own name gives: a city's court ("Pavlodar City Court", «Павлодар
#: қалалық №2 соты», «суд №2 Павлодара») or a court "of" a city ("Al-Farabi District Court of
#: Shymkent", «Медеуский районный суд г. Алматы», «Шымкент қаласы Абай аудандық соты»). A
#: district's court names a district, and a region's court a region: no town.
_COURT_TOWN = {
    "en": re.compile(
        r"^(?:the\s+)?((?-i:[A-Z])[\w'-]+(?:[ -](?-i:[A-Z])[\w'-]+)?)\s+(?:city|town)\s+"
        r"(?:No\.?\s*\d+\s+)?court\b|\bcourt\b.*?\bof\s+((?-i:[A-Z])[\w'-]+)$",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?:\b(?:г\.|города)\s*((?-i:[А-ЯЁ])[\w-]+)$|^суд\s+№\s*\d+\s+((?-i:[А-ЯЁ])[\w-]+)$|"
        r"^((?-i:[А-ЯЁ])[а-яё-]+?)(?:ский|ской)\s+городской\s+суд)",
        re.IGNORECASE,
    ),
    "kk": re.compile(
        r"^((?-i:[А-ЯЁӘҒҚҢӨҰҮҺІ])[\w-]+)\s+(?:қаласы\w*\s|қалалық\s)",
        re.IGNORECASE,
    ),
}


def court_town(court: str, language: str) -> Town | None:
    """The city or town a court's name (as a case gives it) says it sits in, if any."""
    match = _COURT_TOWN[language].search(court)
    if match is None:
        return None
    written = next(g for g in match.groups() if g)
    town = find_town(written)
    if town is None and language == "ru" and match.group(3):
        # «Уральский городской суд» -> Уральск, «Таразский» -> Тараз
        for candidate in (written + "ск", written, written + "а"):
            town = find_town(candidate)
            if town is not None:
                break
    return town


def give_court_towns(records: list[dict[str, Any]], language: str) -> None:
    """A case with a court but no town of its own is tied to the court's town ("the town the
    text ties the person (or the case's court) to"): the town the court's name gives, else the
    town of a co-defendant sentenced by the same court (a table of one city court's verdicts,
    a co-defendant named after the one the story places)."""
    for record in records:
        person = record["person"]
        if person.get("city") or not record.get("court"):
            continue
        town = court_town(record["court"], language)
        if town is None and record.get("charges"):
            # (a charged co-defendant: not someone fined by that court under another code)
            towns = {
                (other["person"]["city"], other["person"]["region"])
                for other in records
                if other is not record
                and other.get("court") == record["court"]
                and other["person"].get("city")
            }
            if len(towns) != 1:
                continue
            city, region = next(iter(towns))
        elif town is None:
            continue
        else:
            city, region = town.name(language), town.region
        if person.get("region") not in (None, region):
            continue  # a resident of another region, tried there
        person["city"], person["region"] = city, region
