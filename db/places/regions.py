"""The 20 top-level units of Kazakhstan (17 regions since 2022 and 3 cities of republican
significance), with every name people write for them.

Codes are the project's region codes (bot/ui/labels.py REGIONS, stored in Case.region); the
numeric ISO 3166-2:KZ code (= the KATO prefix) is kept for reference. Names written with a
region word ("oblast", «область», «облысы») are listed by their stem: the word itself and the
case ending of a Russian adjective (Актюбинская/Актюбинской/Актюбинскую) are cut before lookup.

`bare` names designate the region even without a region word ("Zhetysu", «ВКО», "Akmola").
`with_word` names designate it only together with one: "Almaty" alone is the city of
republican significance, "Almaty region" the region around it; "Akmola" alone is the region
(not Astana's name of 1992–1998, which is a former name of the city).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RegionNames:
    code: str
    iso: str
    en: str
    ru: str
    kk: str
    is_city: bool = False
    #: Further names that mean this region alone (abbreviations, Latin Kazakh, old names).
    bare: tuple[str, ...] = ()
    #: Names that mean this region only with a region word, or as a Russian adjective.
    with_word: tuple[str, ...] = ()


#: Order matters: the cities of republican significance come first, so where a city and its
#: region share a name without a region word ("Алматы"), the city is meant.
REGIONS: tuple[RegionNames, ...] = (
    RegionNames(
        "astana", "KZ-71", "Astana", "Астана", "Астана", is_city=True,
        bare=("Nur-Sultan", "Нур-Султан", "Нұр-Сұлтан", "Tselinograd", "Целиноград"),
    ),
    RegionNames(
        "almaty_city", "KZ-75", "Almaty (city)", "Алматы (город)", "Алматы (қала)", is_city=True,
        bare=("Alma-Ata", "Алма-Ата", "город Алматы", "Алматы қаласы", "Almaty city"),
    ),
    RegionNames(
        "shymkent", "KZ-79", "Shymkent", "Шымкент", "Шымкент", is_city=True,
        bare=("Chimkent", "Чимкент", "город Шымкент", "Шымкент қаласы", "Shymkent city"),
    ),
    RegionNames(
        "abai", "KZ-10", "Abai region", "область Абай", "Абай облысы",
        bare=("Abai", "Abay", "Абай", "Абайская"),
        # Semipalatinsk region (until 1997) is today's Abai region.
        with_word=("Semey", "Семей", "Semipalatinsk", "Семипалатинская", "Семейская"),
    ),
    RegionNames(
        "akmola", "KZ-11", "Akmola region", "Акмолинская область", "Ақмола облысы",
        bare=("Akmola", "Aqmola", "Акмола", "Ақмола", "Акмолинская"),
        with_word=("Tselinograd", "Целиноградская", "Kokshetau", "Kokchetav", "Кокчетавская",
                   "Кокшетауская"),
    ),
    RegionNames(
        "aktobe", "KZ-15", "Aktobe region", "Актюбинская область", "Ақтөбе облысы",
        bare=("Aktobe", "Aqtöbe", "Актобе", "Ақтөбе", "Актюбинская"),
        with_word=("Aktyubinsk",),
    ),
    RegionNames(
        "almaty", "KZ-19", "Almaty region", "Алматинская область", "Алматы облысы",
        bare=("Алматинская", "Алма-Атинская"),
        with_word=("Almaty", "Алматы", "Alma-Ata", "Алма-Ата"),
    ),
    RegionNames(
        "atyrau", "KZ-23", "Atyrau region", "Атырауская область", "Атырау облысы",
        bare=("Atyrau", "Atyraū", "Атырау", "Атырауская"),
        with_word=("Guryev", "Гурьевская"),
    ),
    RegionNames(
        "west_kazakhstan", "KZ-27", "West Kazakhstan region", "Западно-Казахстанская область",
        "Батыс Қазақстан облысы",
        bare=("West Kazakhstan", "Western Kazakhstan", "Batys Kazakhstan", "Batys Qazaqstan",
              "Западно-Казахстанская", "Западный Казахстан", "Батыс Қазақстан", "ЗКО", "ZKO",
              "BKO", "БҚО"),
        with_word=("Uralsk", "Oral", "Уральская", "Орал"),
    ),
    RegionNames(
        "zhambyl", "KZ-31", "Zhambyl region", "Жамбылская область", "Жамбыл облысы",
        bare=("Zhambyl", "Jambyl", "Zhambyl", "Жамбыл", "Жамбылская", "Джамбулская"),
        with_word=("Dzhambul", "Джамбул", "Taraz", "Тараз"),
    ),
    RegionNames(
        "zhetysu", "KZ-33", "Zhetysu region", "область Жетысу", "Жетісу облысы",
        bare=("Zhetysu", "Zhetisu", "Jetisu", "Jetysu", "Жетысу", "Жетісу", "Семиречье",
              "Semirechye", "Жетысуская"),
        with_word=("Taldykorgan", "Taldy-Kurgan", "Талдыкорганская", "Талды-Курганская",
                   "Талдықорған"),
    ),
    RegionNames(
        "karaganda", "KZ-35", "Karaganda region", "Карагандинская область", "Қарағанды облысы",
        bare=("Karaganda", "Karagandy", "Qaraghandy", "Караганда", "Қарағанды", "Карагандинская"),
    ),
    RegionNames(
        "kostanay", "KZ-39", "Kostanay region", "Костанайская область", "Қостанай облысы",
        bare=("Kostanay", "Qostanay", "Костанай", "Қостанай", "Костанайская", "Кустанайская"),
        with_word=("Kustanay",),
    ),
    RegionNames(
        "kyzylorda", "KZ-43", "Kyzylorda region", "Кызылординская область",
        "Қызылорда облысы",
        bare=("Kyzylorda", "Qyzylorda", "Кызылорда", "Қызылорда", "Кызылординская",
              "Кзыл-Ординская"),
        with_word=("Kzyl-Orda",),
    ),
    RegionNames(
        "mangystau", "KZ-47", "Mangystau region", "Мангистауская область", "Маңғыстау облысы",
        bare=("Mangystau", "Mangghystau", "Mangistau", "Mangyshlak", "Мангистау", "Мангыстау",
              "Маңғыстау", "Мангышлак", "Мангистауская", "Мангыстауская", "Мангышлакская"),
        with_word=("Aktau", "Актау", "Ақтау"),
    ),
    RegionNames(
        "pavlodar", "KZ-55", "Pavlodar region", "Павлодарская область", "Павлодар облысы",
        bare=("Pavlodar", "Павлодар", "Павлодарская"),
    ),
    RegionNames(
        "north_kazakhstan", "KZ-59", "North Kazakhstan region", "Северо-Казахстанская область",
        "Солтүстік Қазақстан облысы",
        bare=("North Kazakhstan", "Northern Kazakhstan", "Soltustik Kazakhstan",
              "Soltüstik Qazaqstan", "Северо-Казахстанская", "Северный Казахстан",
              "Солтүстік Қазақстан", "СКО", "SKO", "SQO", "СҚО"),
        with_word=("Petropavlovsk", "Petropavl", "Петропавловская", "Петропавл"),
    ),
    RegionNames(
        "turkistan", "KZ-61", "Turkistan region", "Туркестанская область", "Түркістан облысы",
        bare=("Turkistan", "Turkestan", "Türkistan", "Туркестан", "Түркістан", "Туркестанская",
              "South Kazakhstan", "Southern Kazakhstan", "Южно-Казахстанская",
              "Южный Казахстан", "Оңтүстік Қазақстан", "Ontustik Kazakhstan", "ЮКО", "UKO",
              "ОҚО", "OKO"),
        # South Kazakhstan region (centre Shymkent) was renamed Turkistan region in 2018.
        with_word=("Shymkent", "Chimkent", "Шымкент", "Чимкентская", "Шымкентская"),
    ),
    RegionNames(
        "ulytau", "KZ-62", "Ulytau region", "область Улытау", "Ұлытау облысы",
        bare=("Ulytau", "Ulytaū", "Улытау", "Ұлытау", "Улытауская"),
        # Dzhezkazgan region (1973–1997) is today's Ulytau region.
        with_word=("Zhezkazgan", "Dzhezkazgan", "Джезказганская", "Жезказганская",
                   "Жезқазған"),
    ),
    RegionNames(
        "east_kazakhstan", "KZ-63", "East Kazakhstan region", "Восточно-Казахстанская область",
        "Шығыс Қазақстан облысы",
        bare=("East Kazakhstan", "Eastern Kazakhstan", "Shygys Kazakhstan", "Shyghys Qazaqstan",
              "Восточно-Казахстанская", "Восточный Казахстан", "Шығыс Қазақстан", "ВКО", "VKO",
              "ШҚО", "SHKO"),
        with_word=("Oskemen", "Ust-Kamenogorsk", "Усть-Каменогорская", "Өскемен"),
    ),
)  # fmt: skip

REGIONS_BY_CODE = {region.code: region for region in REGIONS}
