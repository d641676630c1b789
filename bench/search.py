"""Lookup at scale: N synthetic people and cases, bulk-loaded into a SQLite file and a throw-away
PostgreSQL database (schema from the Alembic migrations, keys from the same db.search.case_keys
the bot uses), then p50/p95/p99 latency of db.search.search_lines — the function the handlers
call for a page of results, including reading its lines — per kind of query, plus load time,
database size and recall@5.

The population is people of Kazakh, Russian, Uzbek, Uyghur, Ukrainian, Korean and Tatar origin,
each written in Cyrillic of their alphabet, Russianised, or one of several Latin romanisations
(Russian passport, Kazakh 2021, English press, Uzbek Latin, Ukrainian national, ISO/scholarly),
with the name parts recorded for most (as the report form does). Names repeat, so the
population has true namesakes: recall of the synthetic queries counts a hit only when the
queried person's own case is in the top 5, and a miss is called a tie when five or more other
approved cases carry the identical folded name (no ranking can put one of them first).

    python -m bench search                 # 1,000,000 cases, both backends
    python -m bench search --n 100000 --backends sqlite
    python -m bench search --load-only --dir /work/bench-1m --pg-db casewatch_bench_1m  # build
    python -m bench search --reuse --dir /work/bench-1m --pg-db casewatch_bench_1m  # time again

`--reuse` times a database built by an earlier `--keep` or `--load-only` run (same --n, --seed; the
SQLite file in --dir, the PostgreSQL database --pg-db) instead of loading it again (a million
cases take minutes per backend); it is brought to the current migration head first. Each query
is timed in a reading session (`create_read_sessionmaker`, as the bot's lookups are), and the
statements it sends are counted (an SQLAlchemy cursor event): the table prints their mean and
maximum per kind of query.

The labelled people (tests/data/name_variants.json) are loaded first (lowest ids, so "newest
first" never favours them), each in the one spelling a reporter typed (no aliases). The
synthetic population never reuses their surnames (so a surname query tests spelling, not a
namesake lottery) but does reuse their given names, so a query of a given name alone is
ambiguous at scale, as in life: recall is printed overall and per kind of labelled query (full
name, surname alone, surname with a typo, given name only).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import functools
import json
import os
import random
import sqlite3
import statistics
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg
from sqlalchemy import event
from sqlalchemy.engine import make_url

from db import migrate
from db.engine import create_engine, create_read_sessionmaker
from db.names import edit_distance, name_tokens, name_words, place_key, region_of
from db.places import find_places
from db.search import Field, case_keys, search_lines, term_rows

VARIANTS = Path(__file__).resolve().parent.parent / "tests" / "data" / "name_variants.json"
PG_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")

# --- synthetic names, written in Kazakh Cyrillic and romanised in several styles --------------

KZ_MALE = (
    "Асылхан Ерқын Бағдат Әлібек Нұржан Думан Ерлан Серік Айдос Қанат Болат Дәурен Ерболат "
    "Жандос Мұрат Нұрлан Талғат Ғалым Бауыржан Арман Азамат Дархан Ержан Бекзат Әділет Жасұлан "
    "Мақсат Нұрсұлтан Олжас Рүстем Самат Тимур Ұлан Үміт Шыңғыс Ілияс Қайрат Амангелді Жанболат "
    "Ақжол Бейбіт Ғани Дидар Есен Жұмабек Қуаныш Мейрам Нұрбол Өмірзақ Санжар Төлеген Хамит "
    "Шерхан Ерасыл Абай Мәди Сәкен Бақытжан Жарқын Ербол Қасым Ілгіз"
).split()
KZ_FEMALE = (
    "Әйгерім Гүлнар Айгүл Жанар Динара Сәуле Айжан Гүлжан Мөлдір Назым Ақмарал Бақыт Ләззат "
    "Аружан Дана Жұлдыз Қарлығаш Меруерт Нұргүл Раушан Салтанат Толқын Ұлжан Үміт Шынар Индира "
    "Әсел Айым Балжан Гаухар Жібек Камила Ләйлә Маржан Перизат Сымбат Томирис Фариза Айша"
).split()
RU_MALE = (
    "Алексей Сергей Андрей Дмитрий Евгений Игорь Николай Олег Павел Юрий Владимир Виктор "
    "Михаил Вячеслав Константин Геннадий Артём Роман Илья Фёдор"
).split()
RU_FEMALE = "Елена Ольга Татьяна Наталья Юлия Ирина Светлана Екатерина Анна Людмила".split()
RU_SURNAMES = (
    "Иванов Петров Кузнецов Смирнов Попов Васильев Соколов Михайлов Новиков Фёдоров Морозов "
    "Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев "
    "Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв "
    "Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков "
    "Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров "
    "Давыдов Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов Марков Миронов Крылов "
    "Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков Афанасьев Данилов "
    "Савельев Тимофеев Фомин Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров Калинин "
    "Исаев Чернышёв Быков Маслов Родионов Коновалов Лазарев Воронин Климов Филатов Пономарёв "
    "Голубев Кудрявцев Прохоров Наумов Потапов Журавлёв Овчинников Трофимов Леонов Соболев "
    "Ермаков Колесников Гончаров Емельянов Никифоров Грачёв Котов Гришин Ефремов Архипов "
    "Громов Кириллов Малышев Панов Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов Анисимов "
    "Ерёменко Ким Цой Пак Ли Хван Тен Шевченко Бондаренко Ткаченко Кравченко Коваленко"
).split()
UZ_MALE = "Шерзод Жасур Баҳодир Анвар Ўткир Азиз Нодир Фаррух Ғайрат Улуғбек Дилшод Отабек".split()
UZ_FEMALE = "Дилноза Нилуфар Гулнора Мадина Шаҳноза Зарина Ўғилой Феруза Мунира Ҳилола".split()
UZ_SURNAMES = (
    "Раҳмонов Тошматов Юлдошев Эргашев Ҳакимов Қодиров Ғаниев Ўроқов Усмонов Холматов Турсунов "
    "Мирзаев Исмоилов Шарипов Норматов Жўраев Хўжаев Абдуллаев Собиров Назаров Бойматов"
).split()
UY_MALE = "Әркин Абдурешит Мухтар Илхам Адил Турсун Мәмәт Җапар Рәхмәт Қурбан".split()
UY_FEMALE = "Гүлнар Мәрийәм Айгүл Патигүл Рәйһан Зулпийә Гүлжамал Гүлмира".split()
UY_SURNAMES = "Мамутов Турдиев Ахметов Масимов Сабитов Җалилов Әхмәтов Юнусов Исмаилов".split()
UA_MALE = "Олег Василь Микола Андрій Юрій Петро Тарас Євген Іван Григорій Олексій".split()
UA_FEMALE = "Олена Наталія Ганна Оксана Ірина Людмила Євгенія Тетяна Юлія".split()
UA_SURNAMES = (
    "Бондаренко Ткаченко Кравченко Коваленко Шевчук Гнатюк Мельник Бойко Ковальчук Поліщук "
    "Лисенко Марченко Гончаренко Савчук Їжакевич Ґудзь Щербак Романюк Демченко Олійник"
).split()
KO_SURNAMES = "Огай Нам Тен Югай Шин Лим Мун Хан Когай Тхай Эм Ни Сон Чен Де Тягай".split()
TT_MALE = "Ильдар Рашит Марат Ринат Фарид Азат Айрат Рустэм Нияз Ильнур".split()
TT_FEMALE = "Гөлнара Әлфия Гүзәл Ләйсән Алсу Гөлнур Рәзидә Зөһрә".split()
TT_SURNAMES = (
    "Гайнуллин Хайруллин Сафиуллин Зарипов Галиев Хабибуллин Шарафутдинов Ахметзянов "
    "Гарипов Фаттахов Нигматуллин Мингазов Шайхутдинов Габдрахманов"
).split()
#: (origin, share of the population).
ORIGINS = (
    ("kazakh", 0.62),
    ("russian", 0.14),
    ("uzbek", 0.07),
    ("uyghur", 0.04),
    ("ukrainian", 0.05),
    ("korean", 0.04),
    ("tatar", 0.04),
)
#: Latin romanisations each origin is written in, besides Cyrillic and Russianised Cyrillic.
ORIGIN_STYLES = {
    "kazakh": ("ru", "kz", "en"),
    "russian": ("ru", "en", "iso"),
    "uzbek": ("uz", "ru", "en"),
    "uyghur": ("uz", "ru", "en"),
    "ukrainian": ("ua", "ru", "iso"),
    "korean": ("ru", "en"),
    "tatar": ("ru", "en", "kz"),
}
KZ_PREFIXES = (
    "Абді Асыл Бек Жан Нұр Ер Қайыр Сайт Төле Қара Ақ Құл Сары Бай Оспан Дәу Тұр Әб Мұха Есім "
    "Жақсы Қожа Ораз Сейіт Тоқ Шал Ыбырай Іс Көк Алтын Күміс Темір Ел Мол Дос Жұма Сұлтан Хан "
    "Бақ Жолды Ұзақ Тілеу Қуан Сәт Мәмбет Дүйсен Әлім Бөкен Жүніс Ізбас Кенже Оң Өтеу"
).split()
KZ_SUFFIXES = (
    "бек бай батыр хан жан ғали тай бол құл берген темір ғазы әлі жар сейіт мұрат бақ бала "
    "тілеу қали"
).split()
KZ_ENDINGS_MALE = ("ов", "ов", "ов", "ев", "ұлы", "")
KZ_ENDINGS_FEMALE = ("ова", "ова", "ева", "қызы", "")
CITIES = (
    "Almaty Astana Shymkent Aktobe Karaganda Taraz Pavlodar Oskemen Semey Atyrau Kostanay "
    "Kyzylorda Oral Petropavl Aktau Temirtau Turkistan Kokshetau Taldykorgan Ekibastuz Rudny "
    "Zhanaozen Zhezkazgan Konaev Talgar Shu Kaskelen Esik Balkhash Satpayev Ridder Martok"
).split()
CITY_QUERIES = [
    *(
        "Алматы Alma-Ata Астана Nur-Sultan Chimkent Шымкент Aktyubinsk Ақтөбе Qaragandy Тараз "
        "Ust-Kamenogorsk Өскемен Semipalatinsk Semei Guryev Kustanay Kzyl-Orda Uralsk Орал "
        "Petropavlovsk Aktau Talgar Shu Esik Konaev Kapchagay Leninogorsk Риддер Tselinograd "
        "Chu Жаңаөзен Мәртөк"
    ).split(),
    # Region forms: the cases of every town of the region.
    "Novy Uzen",
    "Aktobe oblast",
    "Актюбинская область",
    "Ақтөбе облысы",
    "Алматинская область",
    "Mangystau region",
]
ARTICLES = (("405", 1), ("405", 2), ("405", 2), ("174", None), ("179", None), ("274", None))

# Romanisation styles: each Cyrillic letter's spelling in one style (ru = Russian passport
# style, kz = Kazakh Latin 2021, en = English-language press).
_COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "з": "z", "и": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "ш": "sh", "щ": "shch", "ъ": "", "ь": "", "э": "e", "ч": "ch", "ц": "ts", "ё": "yo",
}  # fmt: skip
STYLES: dict[str, dict[str, str]] = {
    "ru": {**_COMMON, "ж": "zh", "ы": "y", "й": "y", "х": "kh", "ю": "yu", "я": "ya", "е": "e",
           "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
           "і": "i"},
    "kz": {**_COMMON, "ж": "j", "ы": "y", "й": "i", "х": "h", "ю": "iu", "я": "ia", "е": "e",
           "ә": "ä", "ғ": "ğ", "қ": "q", "ң": "ñ", "ө": "ö", "ұ": "u", "ү": "ü", "һ": "h",
           "і": "i", "ш": "ş", "ч": "ç"},
    "en": {**_COMMON, "ж": "zh", "ы": "y", "й": "i", "х": "kh", "ю": "yu", "я": "ya", "е": "ye",
           "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
           "і": "i"},
    # Uzbek Latin (also Uyghur and informal Kazakh): x for х, oʻ for ў, q, gʻ, j, yo.
    "uz": {**_COMMON, "ж": "j", "ы": "i", "й": "y", "х": "x", "ю": "yu", "я": "ya", "е": "e",
           "ә": "a", "ғ": "gʻ", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
           "і": "i", "ў": "oʻ", "ҳ": "h", "җ": "j"},
    # Ukrainian national: h for г, kh for х, y for и, i for і, yi for ї, ye for є, ia/iu.
    "ua": {**_COMMON, "ж": "zh", "ы": "y", "й": "i", "х": "kh", "ю": "iu", "я": "ia", "е": "e",
           "г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "yi", "є": "ie", "щ": "shch"},
    # ISO 9 / scholarly: š č ž, c for ц, j for й, ju/ja.
    "iso": {**_COMMON, "ж": "ž", "ы": "y", "й": "j", "х": "h", "ю": "ju", "я": "ja", "е": "e",
            "ш": "š", "ч": "č", "щ": "šč", "ц": "c", "ё": "ë", "ә": "ä", "ғ": "ğ", "қ": "q",
            "ң": "ñ", "ө": "ö", "ұ": "u", "ү": "ü", "һ": "h", "і": "i"},
}  # fmt: skip
#: Korean surnames written in Latin as the South Korean and English press do.
KOREAN_LATIN = {"Мун": "Moon", "Хан": "Han", "Шин": "Shin", "Лим": "Lim", "Нам": "Nahm"}
_VOWELS = set("аәеёиіоөуұүыэюяєї")


def romanise_as(text: str, style: str) -> str:
    table = STYLES[style]
    out = []
    for i, char in enumerate(text):
        lower = char.lower()
        latin = table.get(lower, lower)
        if (
            lower == "е"
            and style in ("ru", "en", "uz")
            and (i == 0 or text[i - 1].lower() in _VOWELS)
        ):
            latin = "ye"
        elif lower == "е" and style not in ("iso",):
            latin = "e"
        elif lower == "е":
            latin = "je" if i == 0 or text[i - 1].lower() in _VOWELS else "e"
        out.append(latin.capitalize() if char.isupper() else latin)
    return "".join(out)


def russianise(text: str) -> str:
    """How a Russian document writes a Kazakh name: Kazakh letters replaced by Russian ones."""
    return text.translate(
        str.maketrans("әғқңөұүһіўҳҗєїґӘҒҚҢӨҰҮҺІЎҲҖЄЇҐ", "агкноуухиухжеигАГКНОУУХИУХЖЕИГ")
    )


class People:
    """Random people of the origins in ORIGINS, reproducible by seed."""

    def __init__(self, seed: int, banned_stems: set[str]) -> None:
        self.rng = random.Random(seed)
        self.banned = banned_stems
        roots = [p + s for p in KZ_PREFIXES for s in KZ_SUFFIXES]
        roots += [n for n in KZ_MALE if len(n) > 3]
        self.kz_roots = [r for r in roots if not set(name_tokens(r + "ов")) & banned_stems]
        self.surnames = {
            origin: [s for s in names if not set(name_tokens(s)) & banned_stems]
            for origin, names in (
                ("russian", RU_SURNAMES),
                ("uzbek", UZ_SURNAMES),
                ("uyghur", UY_SURNAMES),
                ("ukrainian", UA_SURNAMES),
                ("korean", KO_SURNAMES),
                ("tatar", TT_SURNAMES),
            )
        }
        self.origins, self.weights = zip(*ORIGINS, strict=True)

    def cyrillic(self) -> tuple[str, str, str, str]:
        """(surname, given, patronymic, origin) in the Cyrillic of the person's alphabet."""
        rng = self.rng
        female = rng.random() < 0.4
        origin = rng.choices(self.origins, self.weights)[0]
        if origin == "kazakh":
            root = rng.choice(self.kz_roots)
            ending = rng.choice(KZ_ENDINGS_FEMALE if female else KZ_ENDINGS_MALE)
            given = rng.choice(KZ_FEMALE if female else KZ_MALE)
            father = rng.choice(KZ_MALE)
            return root + ending, given, father + ("қызы" if female else "ұлы"), origin
        surname = rng.choice(self.surnames[origin])
        if female and surname.endswith(("ов", "ев", "ин")):
            surname += "а"
        male_names, female_names = {
            "russian": (RU_MALE, RU_FEMALE),
            "uzbek": (UZ_MALE, UZ_FEMALE),
            "uyghur": (UY_MALE, UY_FEMALE),
            "ukrainian": (UA_MALE, UA_FEMALE),
            "korean": (RU_MALE, RU_FEMALE),
            "tatar": (TT_MALE, TT_FEMALE),
        }[origin]
        given = rng.choice(female_names if female else male_names)
        father = rng.choice(male_names).rstrip("йь")
        if origin == "ukrainian":
            patronymic = father + ("івна" if female else "ович")
        elif origin == "uzbek" and rng.random() < 0.5:
            patronymic = father + (" қизи" if female else " ўғли")
        else:
            patronymic = father + ("овна" if female else "ович")
        return surname, given, patronymic, origin

    def written(self, surname: str, given: str, patronymic: str, origin: str) -> str:
        """One way a reporter writes the name."""
        rng = self.rng
        script = rng.random()
        if script < 0.3:
            s, g, p = surname, given, patronymic
        elif script < 0.45:
            s, g, p = russianise(surname), russianise(given), russianise(patronymic)
        else:
            style = rng.choice(ORIGIN_STYLES[origin])
            s, g, p = (romanise_as(x, style) for x in (surname, given, patronymic))
            if origin == "korean" and surname in KOREAN_LATIN and rng.random() < 0.5:
                s = KOREAN_LATIN[surname]
        form = rng.random()
        if form < 0.35:
            return f"{s.upper()} {g}"
        if form < 0.7:
            return f"{g} {s.upper()}"
        if form < 0.85:
            return f"{s} {g} {p}"
        return f"{g} {s}"

    def person(self) -> tuple[str, list[str], str, tuple[str, str, str, str]]:
        parts = self.cyrillic()
        name = self.written(*parts)
        aliases = [self.written(*parts)] if self.rng.random() < 0.5 else []
        return name, [a for a in aliases if a != name], self.rng.choice(CITIES), parts


def officials(rng: random.Random, count: int) -> list[str]:
    gen = People(rng.randrange(1 << 30), set())
    return [gen.written(*gen.cyrillic()) for _ in range(count)]


#: Share of the population whose report recorded the name's parts (the report form does;
#: imports and old cases may not).
RECORDED_PARTS = 0.75


def typo(rng: random.Random, word: str) -> str:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("delete", "substitute", "swap", "insert"))
    if kind == "delete":
        return word[:i] + word[i + 1 :]
    if kind == "substitute":
        return word[:i] + rng.choice("aeiouklmnrst") + word[i + 1 :]
    if kind == "swap":
        return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]
    return word[:i] + rng.choice("aeiouklmnrst") + word[i:]


# --- rows -------------------------------------------------------------------------------------

NOW = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def generate(n: int, seed: int, labelled: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Cases as plain dicts: the labelled people first (approved, in their one stored spelling,
    with their recorded parts), then n synthetic ones (90% approved, the rest
    pending/rejected/merged)."""
    banned = banned_stems(labelled)
    rng = random.Random(seed)
    judges = officials(rng, 3000)
    prosecutors = officials(rng, 2000)
    extra = [
        (p["name"], [], p["city"], (p["surname"], p.get("given"), p.get("patronymic")))
        for p in labelled["people"].values()
    ] + [(d["name"], [], d["city"], (None, None, None)) for d in labelled["decoys"]]
    gen = People(seed + 1, banned)
    for i in range(len(extra) + n):
        parts: tuple[str | None, str | None, str | None]
        cyrillic: tuple[str, str, str, str] | None = None
        if i < len(extra):
            name, aliases, city, parts = extra[i]
            publication = "approved"
        else:
            name, aliases, city, cyrillic = gen.person()
            surname, given, patronymic, _origin = cyrillic
            parts = (surname, given, patronymic) if rng.random() < RECORDED_PARTS else (None,) * 3
            roll = rng.random()
            publication = (
                "approved" if roll < 0.9 else ("pending", "rejected", "merged")[int(roll * 100) % 3]
            )
        article, part = rng.choice(ARTICLES)
        verdict = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(2200))
        yield {
            "id": i + 1,
            "name": name,
            "aliases": aliases,
            "parts": parts,
            "cyrillic": cyrillic,
            "city": city,
            "publication": publication,
            "article": article,
            "part": part,
            "judge": rng.choice(judges) if rng.random() < 0.7 else None,
            "prosecutor": rng.choice(prosecutors) if rng.random() < 0.4 else None,
            "verdict": verdict,
        }


class Rows:
    """Rows for every table, accumulated per chunk; the typo vocabulary is global."""

    def __init__(self) -> None:
        self.words: set[tuple[str, str, str]] = set()
        self.alias_id = 0
        self.clear()

    def clear(self) -> None:
        self.people: list[tuple[Any, ...]] = []
        self.aliases: list[tuple[Any, ...]] = []
        self.cases: list[tuple[Any, ...]] = []
        self.charges: list[tuple[Any, ...]] = []
        self.events: list[tuple[Any, ...]] = []
        self.keys: list[tuple[str, str, int]] = []

    def add(self, c: dict[str, Any]) -> None:
        cid = c["id"]
        self.people.append((cid, c["name"], *c["parts"], c["city"], NOW))
        for spelling in c["aliases"]:
            self.alias_id += 1
            self.aliases.append((self.alias_id, cid, spelling))
        self.cases.append(
            (cid, cid, "sentenced", c["publication"], c["judge"], c["prosecutor"], NOW, NOW)
        )
        self.charges.append((cid, cid, c["article"], c["part"], 0))
        self.events.append((cid, cid, "verdict", c["verdict"], False, c["judge"], NOW))
        found = case_keys(
            names=[c["name"], *c["aliases"]],
            city=c["city"],
            articles=[(c["article"], c["part"])],
            judges=[c["judge"]],
            prosecutors=[c["prosecutor"]],
            roles=c["parts"],
        )
        self.keys.extend((kind, key, cid) for kind, key in found.keys)
        self.words |= found.words


INSERTS = {
    "people": (
        "people",
        ("id", "name_as_entered", "surname", "given_names", "patronymic", "city", "created_at"),
    ),
    "aliases": ("person_aliases", ("id", "person_id", "spelling")),
    "cases": (
        "cases",
        ("id", "person_id", "stage", "publication", "judge", "prosecutor", "created_at",
         "updated_at"),
    ),
    "charges": ("charges", ("id", "case_id", "article", "part", "position")),
    "events": (
        "events", ("id", "case_id", "kind", "event_date", "scheduled", "judge", "created_at")
    ),
    "keys": ("search_keys", ("kind", "key", "case_id")),
}  # fmt: skip
CHUNK = 50_000


def chunks(n: int, seed: int, labelled: dict[str, Any]) -> Iterator[Rows]:
    rows = Rows()
    for count, case in enumerate(generate(n, seed, labelled), start=1):
        rows.add(case)
        if count % CHUNK == 0:
            yield rows
            rows.clear()
    yield rows


# --- loading ----------------------------------------------------------------------------------


def load_sqlite(path: Path, n: int, seed: int, labelled: dict[str, Any]) -> tuple[float, int]:
    url = f"sqlite+aiosqlite:///{path}"
    migrate.upgrade(url)
    started = time.perf_counter()
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=OFF")  # a bulk load into a new file: nothing to recover
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA cache_size=-1000000")
    words: set[tuple[str, str, str]] = set()
    for rows in chunks(n, seed, labelled):
        rows.keys.sort()
        for attr, (table, columns) in INSERTS.items():
            values = getattr(rows, attr)
            if values:
                marks = ",".join("?" * len(columns))
                db.executemany(
                    f"INSERT INTO {table} ({','.join(columns)}) VALUES ({marks})",
                    [tuple(_sqlite_value(v) for v in r) for r in values],
                )
        words = rows.words  # the vocabulary is global: the last chunk holds all of it
    terms = term_rows(words)
    db.executemany("INSERT INTO search_terms (kind, variant, term) VALUES (?,?,?)", sorted(terms))
    db.commit()
    db.execute("ANALYZE")
    db.execute("PRAGMA journal_mode=WAL")
    db.close()
    return time.perf_counter() - started, path.stat().st_size


def _sqlite_value(value: Any) -> Any:
    """Dates and times as SQLAlchemy writes them in SQLite."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _dsn(url: str, database: str | None = None) -> str:
    parsed = make_url(url).set(drivername="postgresql")
    if database:
        parsed = parsed.set(database=database)
    return parsed.render_as_string(hide_password=False)


async def load_postgres(
    url: str, database: str, n: int, seed: int, labelled: dict[str, Any]
) -> tuple[float, int]:
    target = make_url(url).set(database=database).render_as_string(hide_password=False)
    await asyncio.to_thread(migrate.upgrade, target)
    started = time.perf_counter()
    conn = await asyncpg.connect(_dsn(url, database))
    try:
        # Foreign keys are guaranteed by the generator; skipping their per-row triggers is
        # what makes COPY of millions of rows take minutes instead of an hour.
        await conn.execute("SET session_replication_role = replica")
        words: set[tuple[str, str, str]] = set()
        for rows in chunks(n, seed, labelled):
            for attr, (table, columns) in INSERTS.items():
                values = getattr(rows, attr)
                if values:
                    await conn.copy_records_to_table(table, records=values, columns=columns)
            words = rows.words
        await conn.copy_records_to_table(
            "search_terms", records=sorted(term_rows(words)), columns=("kind", "variant", "term")
        )
        # Statistics for the planner and a current visibility map, without which PostgreSQL
        # cannot answer from the primary key alone (index-only scans). A deployment gets the
        # same from autovacuum; a bulk load just does not wait for it.
        await conn.execute("VACUUM ANALYZE")
        size = await conn.fetchval("SELECT pg_database_size(current_database())")
    finally:
        await conn.close()
    return time.perf_counter() - started, int(size)


# --- queries ----------------------------------------------------------------------------------


def banned_stems(labelled: dict[str, Any]) -> set[str]:
    """The surname keys of the labelled people (every word of a double surname): the
    synthetic population never uses them, so there are no exact namesakes of them."""
    return {key for p in labelled["people"].values() for key in name_tokens(p["surname"])}


@dataclass(frozen=True)
class Query:
    """A timed query; `expected` is the case that must be in the top 5 (None: any result),
    `namesakes` how many other approved cases carry the identical name (a tie if 5 or more)."""

    field: Field
    text: str
    expected: int | None = None
    namesakes: int = 0
    #: A place query: the place key (db.names.place_key) or region code every result must have.
    place: str | None = None


def make_queries(
    n: int, seed: int, labelled: dict[str, Any], per_kind: int, warm_up: int = 0
) -> tuple[dict[str, list[Query]], dict[str, list[Query]]]:
    """Queries per kind about people drawn at random from the loaded population (the generator
    is replayed with the same seed), then the labelled queries; and up to `warm_up` queries
    per synthetic kind about other people, run untimed first (see `measure`)."""
    rng = random.Random(seed + 7)
    first_synthetic = len(labelled["people"]) + len(labelled["decoys"]) + 1
    # Twice as many as needed: only approved cases are queried (about 90% of them).
    chosen = set(rng.sample(range(first_synthetic, first_synthetic + n), min(2 * per_kind, n)))
    full_names: Counter[tuple[str, str]] = Counter()
    surnames: Counter[str] = Counter()
    stem = functools.lru_cache(maxsize=None)(lambda word: name_tokens(word)[0])
    people: list[tuple[int, str, tuple[str, str, str, str]]] = []
    for case in generate(n, seed, labelled):
        if case["id"] < first_synthetic:
            continue
        surname, given, _patronymic, _origin = case["cyrillic"]
        if case["publication"] == "approved":
            # Namesakes as the folding sees them (Sergeev = Sergeyev, Masimov = Masimova).
            full_names[(stem(surname), stem(given))] += 1
            surnames[stem(surname)] += 1
        if case["id"] in chosen and case["publication"] == "approved":
            people.append((case["id"], case["name"], case["cyrillic"]))
    timed = rng.sample(people, min(per_kind, len(people)))
    picked = set(timed)
    others = [p for p in people if p not in picked][:warm_up]
    out = _person_queries(rng, timed, full_names, surnames, stem)
    warm = _person_queries(random.Random(seed + 8), others, full_names, surnames, stem)
    ids = {key: i + 1 for i, key in enumerate(labelled["people"])}
    out["labelled"] = [Query(Field.NAME, q, ids[key]) for q, key in labelled["queries"]]
    return out, warm


def _person_queries(
    rng: random.Random,
    people: list[tuple[int, str, tuple[str, str, str, str]]],
    full_names: Counter[tuple[str, str]],
    surnames: Counter[str],
    stem: Any,
) -> dict[str, list[Query]]:
    out: dict[str, list[Query]] = {k: [] for k in ("exact", "variant", "surname", "typo", "city")}
    for case_id, name, (surname, given, _patronymic, origin) in people:
        twins = full_names[(stem(surname), stem(given))] - 1
        out["exact"].append(Query(Field.NAME, name, case_id, twins))
        style = rng.choice(ORIGIN_STYLES[origin])
        variant = rng.choice(
            (
                f"{romanise_as(given, style)} {romanise_as(surname, style)}",
                f"{russianise(surname)} {russianise(given)}",
                f"{surname} {given}",
            )
        )
        out["variant"].append(Query(Field.NAME, variant, case_id, twins))
        out["surname"].append(
            Query(
                Field.NAME,
                romanise_as(surname, rng.choice(ORIGIN_STYLES[origin])),
                case_id,
                surnames[stem(surname)] - 1,
            )
        )
        latin_surname, latin_given = romanise_as(surname, "ru"), romanise_as(given, "ru")
        if len(latin_surname) >= 5:
            slipped = typo(rng, latin_surname)
            if len(latin_surname) >= 10:  # two slips in a long word
                slipped = typo(rng, slipped)
            text = f"{slipped} {latin_given}"
        else:
            text = f"{latin_surname} {typo(rng, latin_given)}"
        out["typo"].append(Query(Field.NAME, text, case_id, twins))
        town = rng.choice(CITY_QUERIES)
        expected = place_key(town) if find_places(town) else region_of(town)
        out["city"].append(Query(Field.PLACE, town, place=expected))
    return out


#: Labelled query categories, in the order the report prints them.
CATEGORIES = ("full name", "surname", "surname typo", "given name only")


def category(query: str, surname: str) -> str:
    """What a labelled query gives: the surname with a given name, the surname alone (any
    spelling or ending), the surname alone with a typo, or no surname at all."""
    surname_words = name_words(surname)
    words = name_words(query)
    related = [
        (key, full)
        for key, full in words
        for surname_key, surname_full in surname_words
        if any(edit_distance(a, b) <= 2 for a in (key, full) for b in (surname_key, surname_full))
    ]
    if not related:
        return "given name only"
    if len(words) > 1:
        return "full name"
    key, full = related[0]
    exact = any(key == k or full == f for k, f in surname_words)
    return "surname" if exact else "surname typo"


@dataclass
class Recall:
    hits: int = 0
    total: int = 0
    #: Misses where 5+ other approved cases carry the identical name: no ranking can help.
    ties: int = 0

    def add(self, hit: bool, tie: bool) -> None:
        self.hits += hit
        self.total += 1
        self.ties += (not hit) and tie

    def cell(self) -> str:
        if not self.total:
            return "-"
        ties = f" ({self.ties} ties)" if self.ties else ""
        return f"{self.hits}/{self.total} {self.hits / self.total:.3f}{ties}"


async def measure(
    url: str,
    queries: dict[str, list[Query]],
    labelled: dict[str, Any],
    verbose: bool = False,
    warm_up: dict[str, list[Query]] | None = None,
) -> tuple[dict[str, list[float]], dict[str, Recall], tuple[float, float], dict[str, list[int]]]:
    """Latencies per query kind, recall@5 per kind and per labelled category, the load
    average (1 minute) before and after (the machine may be shared), and the statements each
    query sent (BEGIN included)."""
    engine = create_engine(url)
    sessionmaker = create_read_sessionmaker(engine)
    results: dict[str, list[float]] = {}
    recall: dict[str, Recall] = {}
    counts: dict[str, list[int]] = {}
    statements: list[int] = [0]

    @event.listens_for(engine.sync_engine, "before_cursor_execute")
    def _count(*_args: Any) -> None:
        statements[0] += 1

    load_before = os.getloadavg()[0]
    surnames = {i + 1: p["surname"] for i, p in enumerate(labelled["people"].values())}
    try:
        for kind, items in queries.items():
            # Warm-up, untimed: other people's queries of the same kind (the labelled set:
            # its first ten), so that each statement shape is compiled (SQLAlchemy) and
            # prepared (PostgreSQL) as in a bot that has been running, without reading the
            # timed queries' own pages into the cache.
            for query in (warm_up or {}).get(kind) or items[:10]:
                async with sessionmaker() as session:
                    await search_lines(session, query.field, query.text)
            timings = []
            sent: list[int] = []
            counts[kind] = sent
            for query in items:
                statements[0] = 0
                started = time.perf_counter()
                async with sessionmaker() as session:
                    page = await search_lines(session, query.field, query.text)
                    found = [c.id for c in page.cases]
                timings.append((time.perf_counter() - started) * 1000)
                sent.append(statements[0])
                if query.place is not None:
                    # Recall of a place query: results, all of them in the place or region.
                    wanted = {("c", query.place), ("o", query.place)}
                    hit = bool(page.cases) and all(
                        wanted & case_keys(names=(), city=c.person.city, articles=()).keys
                        for c in page.cases
                    )
                    recall.setdefault(kind, Recall()).add(hit, False)
                    if not hit and verbose:
                        print(f"  missed (place): {query.text!r}")
                if query.expected is None:
                    continue
                hit = query.expected in found
                recall.setdefault(kind, Recall()).add(hit, query.namesakes >= 5)
                if not hit and kind != "labelled" and verbose:
                    print(f"  missed ({kind}): {query.text!r} (case {query.expected})")
                if kind == "labelled":
                    group = "labelled: " + category(query.text, surnames[query.expected])
                    recall.setdefault(group, Recall()).add(hit, False)
                    if not hit:
                        print(f"  missed: {query.text!r} (case {query.expected}; {group})")
            results[kind] = timings
        load_after = os.getloadavg()[0]
    finally:
        await engine.dispose()
    return results, recall, (load_before, load_after), counts


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench search", description=__doc__)
    parser.add_argument("--n", type=int, default=1_000_000, help="synthetic cases")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--queries", type=int, default=300, help="queries per kind")
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument(
        "--warm-up", type=int, default=100, help="untimed queries per kind about other people"
    )
    parser.add_argument("--dir", default="/tmp", help="where the SQLite file goes")
    parser.add_argument("--pg-url", default=PG_URL)
    parser.add_argument("--keep", action="store_true", help="keep the databases afterwards")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="time the databases an earlier --keep run built (same --n, --seed, --dir, --pg-db)"
        " instead of loading them; implies --keep",
    )
    parser.add_argument("--pg-db", help="PostgreSQL database name (default: a new throw-away name)")
    parser.add_argument(
        "--load-only", action="store_true", help="build the databases, time nothing; implies --keep"
    )
    parser.add_argument("--verbose", action="store_true", help="print every missed query")
    args = parser.parse_args(argv)
    if args.reuse or args.load_only:
        args.keep = True
    if args.pg_db and not args.pg_db.startswith("casewatch_bench"):
        parser.error("--pg-db must start with casewatch_bench (the bench drops and recreates it)")
    labelled = json.loads(VARIANTS.read_text("utf-8"))
    queries, warm_up = (
        ({}, {})
        if args.load_only
        else make_queries(args.n, args.seed, labelled, args.queries, args.warm_up)
    )
    report: list[tuple[str, float, int, Any, Any, Any, Any]] = []
    for backend in args.backends.split(","):
        if backend == "sqlite":
            path = Path(args.dir) / f"casewatch_bench_{args.n}.db"
            url = f"sqlite+aiosqlite:///{path}"
            if args.reuse and path.exists():
                print(f"reusing {path} ...", flush=True)
                migrate.upgrade(url)
                load_s, size = 0.0, path.stat().st_size
            else:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
                print(f"loading {args.n:,} cases into {path} ...", flush=True)
                load_s, size = load_sqlite(path, args.n, args.seed, labelled)
            cleanup = None if args.keep else path
        else:
            database = args.pg_db or f"casewatch_bench_{uuid.uuid4().hex[:8]}"
            admin = _dsn(args.pg_url)
            url = make_url(args.pg_url).set(database=database).render_as_string(False)
            if args.reuse and asyncio.run(_pg_exists(admin, database)):
                print(f"reusing PostgreSQL database {database} ...", flush=True)
                migrate.upgrade(url)
                load_s, size = 0.0, asyncio.run(_pg_size(_dsn(args.pg_url, database)))
            else:
                asyncio.run(_pg(admin, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
                asyncio.run(_pg(admin, f'CREATE DATABASE "{database}"'))
                print(f"loading {args.n:,} cases into PostgreSQL {database} ...", flush=True)
                load_s, size = asyncio.run(
                    load_postgres(args.pg_url, database, args.n, args.seed, labelled)
                )
            cleanup = None
        print(f"  loaded in {load_s:.0f} s, {size / 2**20:.0f} MiB", flush=True)
        if args.load_only:
            continue
        timings, recall, load, counts = asyncio.run(
            measure(url, queries, labelled, args.verbose, warm_up)
        )
        report.append((backend, load_s, size, timings, recall, load, counts))
        if len(args.backends.split(",")) > 1:
            print_report(args, report[-1:])  # each backend's numbers as soon as they exist
        if backend != "sqlite" and not args.keep:
            asyncio.run(_pg(admin, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        if cleanup is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{cleanup}{suffix}").unlink(missing_ok=True)
    if report:
        print_report(args, report)


def print_report(args: argparse.Namespace, report: list[Any]) -> None:
    print(
        f"\nLookup benchmark: {args.n:,} synthetic cases (+ labelled), {args.queries} queries "
        f"per kind, {os.cpu_count()} cores\n"
    )
    print(f"load average (1/5/15 min) now: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(
        f"{'backend':10} {'query':8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}"
        f" {'stmts':>6} {'max':>4}"
    )
    for backend, _load, _size, timings, _recall, _avg, counts in report:
        for kind, values in timings.items():
            print(
                f"{backend:10} {kind:8} {statistics.median(values):8.2f} {pct(values, 0.95):8.2f} "
                f"{pct(values, 0.99):8.2f} {max(values):8.2f}"
                f" {statistics.mean(counts[kind]):6.2f} {max(counts[kind]):4}"
            )
    print(f"\n{'backend':10} {'load s':>8} {'size MiB':>9} {'load avg (1 min) while timing':>30}")
    for backend, load_s, size, _t, _recall, (before, after), _c in report:
        print(f"{backend:10} {load_s:8.0f} {size / 2**20:9.0f} {f'{before:.2f} → {after:.2f}':>30}")
    print(
        "\nrecall@5: the queried person's own case among the first 5 results; a tie is a miss"
        " where 5 or more\nother approved cases carry the identical name (the result lines tell"
        " them apart by city, article, date)"
    )
    print(f"{'backend':10} {'queries':16} {'recall@5':>28}")
    for backend, _l, _s, _t, recall, _a, _c in report:
        for group, value in recall.items():
            print(f"{backend:10} {group:16} {value.cell():>28}")


async def _pg(dsn: str, sql: str) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


async def _pg_exists(dsn: str, database: str) -> bool:
    conn = await asyncpg.connect(dsn)
    try:
        found = await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", database)
        return found is not None
    finally:
        await conn.close()


async def _pg_size(dsn: str) -> int:
    conn = await asyncpg.connect(dsn)
    try:
        return int(await conn.fetchval("SELECT pg_database_size(current_database())"))
    finally:
        await conn.close()
