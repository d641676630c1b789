"""Towns and regions named in a report, in any of the three languages and their cases.

A small built-in list of towns (regional centres and towns that recur in reports), used until
the project's gazetteer (db/places) is merged; `find_town` and `find_region_mention` are the
interface the extractor depends on. A town is returned with its name in the report's language
(a Russian report gets «Талгар» from «из Талгара», a Kazakh one «Ақтөбе» from «ақтөбелік»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Town:
    en: str
    ru: str
    kk: str
    region: str
    other: tuple[str, ...] = ()

    def name(self, language: str) -> str:
        return {"ru": self.ru, "kk": self.kk}.get(language, self.en)


TOWNS: tuple[Town, ...] = (
    Town("Astana", "Астана", "Астана", "astana", ("Nur-Sultan", "Нур-Султан", "Нұр-Сұлтан")),
    Town("Almaty", "Алматы", "Алматы", "almaty_city", ("Alma-Ata", "Алма-Ата")),
    Town("Shymkent", "Шымкент", "Шымкент", "shymkent", ("Chimkent", "Чимкент")),
    Town("Semey", "Семей", "Семей", "abai", ("Semipalatinsk", "Семипалатинск")),
    Town("Kokshetau", "Кокшетау", "Көкшетау", "akmola"),
    Town("Aktobe", "Актобе", "Ақтөбе", "aktobe", ("Aqtobe", "Актюбинск")),
    Town("Konaev", "Конаев", "Қонаев", "almaty", ("Kapchagay", "Капчагай", "Қапшағай")),
    Town("Talgar", "Талгар", "Талғар", "almaty"),
    Town("Kaskelen", "Каскелен", "Қаскелең", "almaty"),
    Town("Esik", "Есик", "Есік", "almaty", ("Issyk", "Иссык")),
    Town("Atyrau", "Атырау", "Атырау", "atyrau"),
    Town("Oskemen", "Усть-Каменогорск", "Өскемен", "east_kazakhstan", ("Ust-Kamenogorsk",)),
    Town("Taraz", "Тараз", "Тараз", "zhambyl"),
    Town("Shu", "Шу", "Шу", "zhambyl", ("Chu",)),
    Town("Taldykorgan", "Талдыкорган", "Талдықорған", "zhetysu"),
    Town("Zharkent", "Жаркент", "Жаркент", "zhetysu"),
    Town("Karaganda", "Караганда", "Қарағанды", "karaganda", ("Karagandy",)),
    Town("Temirtau", "Темиртау", "Теміртау", "karaganda"),
    Town("Balkhash", "Балхаш", "Балқаш", "karaganda"),
    Town("Kostanay", "Костанай", "Қостанай", "kostanay", ("Qostanay",)),
    Town("Kyzylorda", "Кызылорда", "Қызылорда", "kyzylorda"),
    Town("Aktau", "Актау", "Ақтау", "mangystau"),
    Town("Zhanaozen", "Жанаозен", "Жаңаөзен", "mangystau", ("Janaozen", "Zhanaozen")),
    Town("Petropavl", "Петропавловск", "Петропавл", "north_kazakhstan", ("Petropavlovsk",)),
    Town("Pavlodar", "Павлодар", "Павлодар", "pavlodar"),
    Town("Ekibastuz", "Экибастуз", "Екібастұз", "pavlodar"),
    Town("Turkistan", "Туркестан", "Түркістан", "turkistan", ("Turkestan",)),
    Town("Kentau", "Кентау", "Кентау", "turkistan"),
    Town("Zhezkazgan", "Жезказган", "Жезқазған", "ulytau"),
    Town("Oral", "Уральск", "Орал", "west_kazakhstan", ("Uralsk",)),
)

_BY_NAME: dict[str, Town] = {}
for _town in TOWNS:
    for _name in (_town.en, _town.ru, _town.kk, *_town.other):
        _BY_NAME[_name.casefold()] = _town

#: Endings a town name takes in running text: Russian cases (из Талгара, в Уральске), Kazakh
#: cases and the "of that town" adjective (Шымкенттен, ақтөбелік, таразлық), longest first.
_ENDINGS = sorted(
    {
        "а", "я", "у", "ю", "е", "ом", "ем", "ой", "ы", "и",
        "лық", "лік", "дық", "дік", "тық", "тік",
        "нан", "нен", "дан", "ден", "тан", "тен", "да", "де", "та", "те",
        "ға", "ге", "қа", "ке", "ның", "нің", "дың", "дің", "тың", "тің", "сы",
        "ында", "інде", "ынан", "інен",
    },
    key=len,
    reverse=True,
)  # fmt: skip
#: What an ending may have replaced: «Кызылорды» is «Кызылорда», «Астаны» «Астана».
_RESTORE = ("", "а", "я", "ь")


def find_town(word: str) -> Town | None:
    """The town a word names, in any case form ('Талгара', 'ақтөбелік', 'Aktobe')."""
    folded = word.casefold().strip("«»\"'()., ")
    if folded in _BY_NAME:
        return _BY_NAME[folded]
    for ending in _ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= 2:
            stem = folded[: -len(ending)]
            for tail in _RESTORE:
                town = _BY_NAME.get(stem + tail)
                if town is not None:
                    return town
    return None


_WORD = re.compile(r"[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі][\w'-]*")


def towns_in(text: str) -> list[tuple[int, Town]]:
    """Every town named in the text with its offset ('Усть-Каменогорск' as one word)."""
    return [
        (m.start(), town)
        for m in _WORD.finditer(text)
        if (town := find_town(m.group())) is not None
    ]


_REGION_NAMES = {
    "abai": ("abai", "абай", "абайской"),
    "akmola": ("akmola", "акмолинской", "ақмола"),
    "aktobe": ("aktobe", "актюбинской", "ақтөбе"),
    "almaty": ("almaty", "алматинской", "алматы"),
    "atyrau": ("atyrau", "атырауской", "атырау"),
    "east_kazakhstan": ("east kazakhstan", "восточно-казахстанской", "шығыс қазақстан"),
    "zhambyl": ("zhambyl", "jambyl", "жамбылской", "жамбыл"),
    "zhetysu": ("zhetysu", "жетысуской", "жетісу"),
    "karaganda": ("karaganda", "карагандинской", "қарағанды"),
    "kostanay": ("kostanay", "костанайской", "қостанай"),
    "kyzylorda": ("kyzylorda", "кызылординской", "қызылорда"),
    "mangystau": ("mangystau", "мангистауской", "маңғыстау"),
    "north_kazakhstan": ("north kazakhstan", "северо-казахстанской", "солтүстік қазақстан"),
    "pavlodar": ("pavlodar", "павлодарской", "павлодар"),
    "turkistan": ("turkistan", "туркестанской", "түркістан"),
    "ulytau": ("ulytau", "улытауской", "ұлытау"),
    "west_kazakhstan": ("west kazakhstan", "западно-казахстанской", "батыс қазақстан"),
}
_REGION_WORD = r"(?:oblast|region|области|облысы\w*)"


def find_region_mention(text: str) -> str | None:
    """A region named outright in brackets after a town: 'Shu (Zhambyl oblast)',
    'Семей (Абайская область)' -> the region code."""
    for match in re.finditer(rf"\(([^()]{{3,40}}?)\s+{_REGION_WORD}\)", text, re.IGNORECASE):
        name = match.group(1).casefold()
        for code, names in _REGION_NAMES.items():
            if any(name.startswith(n[: max(4, len(n) - 3)]) for n in names):
                return code
    return None
