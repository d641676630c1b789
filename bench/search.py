"""Lookup at scale: N synthetic people and cases with Kazakh and Russian names, bulk-loaded into a
SQLite file and a throw-away PostgreSQL database (schema from the Alembic migrations, keys from
the same db.search.case_keys the bot uses), then p50/p95/p99 latency of db.search.search_cases —
the function the handlers call, including loading the result page — per kind of query, plus load
time, database size and recall@5 over tests/data/name_variants.json.

    python -m bench search                 # 1,000,000 cases, both backends
    python -m bench search --n 100000 --backends sqlite

The labelled people are loaded first (lowest ids, so "newest first" never favours them). The
synthetic population never reuses their surnames (so a surname query tests spelling, not a
namesake lottery) but does reuse their given names, so a query of a given name alone is
ambiguous at scale, as in life: recall is printed overall and per kind of labelled query (full
name, surname alone, surname with a typo, given name only).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import sqlite3
import statistics
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import asyncpg
from sqlalchemy.engine import make_url

from db import migrate
from db.engine import create_engine, create_sessionmaker
from db.names import name_tokens, name_words, within_one_edit
from db.search import Field, case_keys, search_cases

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
    "Zhanaozen Zhezkazgan Konaev Talgar Shu Kaskelen Esik Balkhash Satpayev"
).split()
CITY_QUERIES = (
    "Алматы Alma-Ata Астана Nur-Sultan Chimkent Шымкент Aktyubinsk Ақтөбе Qaragandy Тараз "
    "Ust-Kamenogorsk Өскемен Semipalatinsk Semei Guryev Kustanay Kzyl-Orda Uralsk Орал "
    "Petropavlovsk Aktau Talgar Shu Esik Konaev Kapchagay"
).split()
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
}  # fmt: skip
_VOWELS = set("аәеёиіоөуұүыэюя")


def romanise_as(text: str, style: str) -> str:
    table = STYLES[style]
    out = []
    for i, char in enumerate(text):
        lower = char.lower()
        latin = table.get(lower, lower)
        if lower == "е" and style != "kz" and (i == 0 or text[i - 1].lower() in _VOWELS):
            latin = "ye"
        elif lower == "е":
            latin = "e"
        out.append(latin.capitalize() if char.isupper() else latin)
    return "".join(out)


def russianise(text: str) -> str:
    """How a Russian document writes a Kazakh name: Kazakh letters replaced by Russian ones."""
    return text.translate(str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ"))


class People:
    """Random people, each (name as entered, other spellings, city), reproducible by seed."""

    def __init__(self, seed: int, banned_stems: set[str]) -> None:
        self.rng = random.Random(seed)
        roots = [p + s for p in KZ_PREFIXES for s in KZ_SUFFIXES]
        roots += [n for n in KZ_MALE if len(n) > 3]
        self.kz_roots = [r for r in roots if not set(name_tokens(r + "ов")) & banned_stems]
        self.ru_surnames = [s for s in RU_SURNAMES if not set(name_tokens(s)) & banned_stems]

    def cyrillic(self) -> tuple[str, str, str]:
        """(surname, given, patronymic) in Cyrillic."""
        rng = self.rng
        female = rng.random() < 0.4
        if rng.random() < 0.8:
            root = rng.choice(self.kz_roots)
            ending = rng.choice(KZ_ENDINGS_FEMALE if female else KZ_ENDINGS_MALE)
            surname = root + ending
            given = rng.choice(KZ_FEMALE if female else KZ_MALE)
            father = rng.choice(KZ_MALE)
            patronymic = father + ("қызы" if female else "ұлы")
        else:
            surname = rng.choice(self.ru_surnames) + ("а" if female else "")
            given = rng.choice(RU_FEMALE if female else RU_MALE)
            patronymic = rng.choice(RU_MALE) + ("овна" if female else "ович")
        return surname, given, patronymic

    def written(self, surname: str, given: str, patronymic: str) -> str:
        """One way a reporter writes the name."""
        rng = self.rng
        script = rng.random()
        if script < 0.3:
            s, g, p = surname, given, patronymic
        elif script < 0.45:
            s, g, p = russianise(surname), russianise(given), russianise(patronymic)
        else:
            style = rng.choice(tuple(STYLES))
            s, g, p = (romanise_as(x, style) for x in (surname, given, patronymic))
        form = rng.random()
        if form < 0.35:
            return f"{s.upper()} {g}"
        if form < 0.7:
            return f"{g} {s.upper()}"
        if form < 0.85:
            return f"{s} {g} {p}"
        return f"{g} {s}"

    def person(self) -> tuple[str, list[str], str, tuple[str, str, str]]:
        parts = self.cyrillic()
        name = self.written(*parts)
        aliases = [self.written(*parts)] if self.rng.random() < 0.5 else []
        return name, [a for a in aliases if a != name], self.rng.choice(CITIES), parts


def officials(rng: random.Random, count: int) -> list[str]:
    gen = People(rng.randrange(1 << 30), set())
    return [gen.written(*gen.cyrillic()) for _ in range(count)]


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
    """Cases as plain dicts: the labelled people first (approved), then n synthetic ones
    (90% approved, the rest pending/rejected/merged)."""
    banned = banned_stems(labelled)
    rng = random.Random(seed)
    judges = officials(rng, 3000)
    prosecutors = officials(rng, 2000)
    extra = [
        (p["name"], p.get("aliases", []), p["city"])
        for p in [*labelled["people"].values(), *labelled["decoys"]]
    ]
    gen = People(seed + 1, banned)
    for i in range(len(extra) + n):
        if i < len(extra):
            name, aliases, city = extra[i]
            publication = "approved"
        else:
            name, aliases, city, _parts = gen.person()
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
        self.terms: set[tuple[str, str, str]] = set()
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
        self.people.append((cid, c["name"], c["city"], NOW))
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
        )
        self.keys.extend((kind, key, cid) for kind, key in found.keys)
        self.terms |= found.terms


INSERTS = {
    "people": ("people", ("id", "name_as_entered", "city", "created_at")),
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
    terms: set[tuple[str, str, str]] = set()
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
        terms = rows.terms
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
        terms: set[tuple[str, str, str]] = set()
        for rows in chunks(n, seed, labelled):
            for attr, (table, columns) in INSERTS.items():
                values = getattr(rows, attr)
                if values:
                    await conn.copy_records_to_table(table, records=values, columns=columns)
            terms = rows.terms
        await conn.copy_records_to_table(
            "search_terms", records=sorted(terms), columns=("kind", "variant", "term")
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
    """The surname keys of the labelled people: the synthetic population never uses them."""
    return {name_tokens(p["surname"])[0] for p in labelled["people"].values()}


def make_queries(
    n: int, seed: int, labelled: dict[str, Any], per_kind: int
) -> dict[str, list[tuple[Field, str]]]:
    """Queries about people drawn at random from the loaded population (the generator is
    replayed with the same seed), per kind."""
    rng = random.Random(seed + 7)
    gen = People(seed + 1, banned_stems(labelled))
    chosen = set(rng.sample(range(n), min(per_kind, n)))
    out: dict[str, list[tuple[Field, str]]] = {
        k: [] for k in ("exact", "variant", "surname", "typo", "city")
    }
    for i in range(n):
        name, _aliases, _city, (surname, given, _patronymic) = gen.person()
        if i not in chosen:
            continue
        out["exact"].append((Field.NAME, name))
        style = rng.choice(tuple(STYLES))
        variant = rng.choice(
            (
                f"{romanise_as(given, style)} {romanise_as(surname, style)}",
                f"{russianise(surname)} {russianise(given)}",
                f"{surname} {given}",
            )
        )
        out["variant"].append((Field.NAME, variant))
        out["surname"].append((Field.NAME, romanise_as(surname, rng.choice(tuple(STYLES)))))
        latin_surname, latin_given = romanise_as(surname, "ru"), romanise_as(given, "ru")
        if len(latin_surname) >= 5:
            out["typo"].append((Field.NAME, f"{typo(rng, latin_surname)} {latin_given}"))
        else:
            out["typo"].append((Field.NAME, f"{latin_surname} {typo(rng, latin_given)}"))
        out["city"].append((Field.PLACE, rng.choice(CITY_QUERIES)))
    return out


#: Labelled query categories, in the order the report prints them.
CATEGORIES = ("full name", "surname", "surname typo", "given name only")


def category(query: str, surname: str) -> str:
    """What a labelled query gives: the surname with a given name, the surname alone (any
    spelling or ending), the surname alone with a typo, or no surname at all."""
    [(surname_key, surname_full)] = name_words(surname, limit=1)
    words = name_words(query)
    related = [
        (key, full)
        for key, full in words
        if any(within_one_edit(a, b) for a in (key, full) for b in (surname_key, surname_full))
    ]
    if not related:
        return "given name only"
    if len(words) > 1:
        return "full name"
    [(key, full)] = related
    return "surname" if key == surname_key or full == surname_full else "surname typo"


async def measure(
    url: str, queries: dict[str, list[tuple[Field, str]]], labelled: dict[str, Any]
) -> tuple[dict[str, list[float]], dict[str, tuple[int, int]], tuple[float, float]]:
    """Latencies per query kind, (hits, queries) per labelled category, and the load average
    (1 minute) before and after: the machine may be shared."""
    engine = create_engine(url)
    sessionmaker = create_sessionmaker(engine)
    results: dict[str, list[float]] = {}
    load_before = os.getloadavg()[0]
    try:
        for kind, items in queries.items():
            for field, text in items[:10]:  # warm-up
                async with sessionmaker() as session:
                    await search_cases(session, field, text)
            timings = []
            for field, text in items:
                started = time.perf_counter()
                async with sessionmaker() as session:
                    await search_cases(session, field, text)
                timings.append((time.perf_counter() - started) * 1000)
            results[kind] = timings
        load_after = os.getloadavg()[0]
        people = {key: i + 1 for i, key in enumerate(labelled["people"])}
        recall: dict[str, tuple[int, int]] = {c: (0, 0) for c in CATEGORIES}
        for query, expected in labelled["queries"]:
            async with sessionmaker() as session:
                page = await search_cases(session, Field.NAME, query, limit=5)
            hit = people[expected] in [c.id for c in page.cases]
            kind = category(query, labelled["people"][expected]["surname"])
            if not hit:
                print(f"  missed: {query!r} (expected {expected}; {kind})")
            hits, total = recall[kind]
            recall[kind] = (hits + hit, total + 1)
    finally:
        await engine.dispose()
    return results, recall, (load_before, load_after)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench search", description=__doc__)
    parser.add_argument("--n", type=int, default=1_000_000, help="synthetic cases")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--queries", type=int, default=300, help="queries per kind")
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--dir", default="/tmp", help="where the SQLite file goes")
    parser.add_argument("--pg-url", default=PG_URL)
    parser.add_argument("--keep", action="store_true", help="keep the databases afterwards")
    args = parser.parse_args(argv)
    labelled = json.loads(VARIANTS.read_text("utf-8"))
    queries = make_queries(args.n, args.seed, labelled, args.queries)
    report: list[tuple[str, float, int, Any, Any, Any]] = []
    for backend in args.backends.split(","):
        if backend == "sqlite":
            path = Path(args.dir) / f"casewatch_bench_{args.n}.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            print(f"loading {args.n:,} cases into {path} ...", flush=True)
            load_s, size = load_sqlite(path, args.n, args.seed, labelled)
            url = f"sqlite+aiosqlite:///{path}"
            cleanup = None if args.keep else path
        else:
            database = f"casewatch_bench_{uuid.uuid4().hex[:8]}"
            admin = _dsn(args.pg_url)
            asyncio.run(_pg(admin, f'CREATE DATABASE "{database}"'))
            print(f"loading {args.n:,} cases into PostgreSQL database {database} ...", flush=True)
            load_s, size = asyncio.run(
                load_postgres(args.pg_url, database, args.n, args.seed, labelled)
            )
            url = make_url(args.pg_url).set(database=database).render_as_string(False)
            cleanup = None
        print(f"  loaded in {load_s:.0f} s, {size / 2**20:.0f} MiB; measuring ...", flush=True)
        timings, recall, load = asyncio.run(measure(url, queries, labelled))
        report.append((backend, load_s, size, timings, recall, load))
        if backend != "sqlite" and not args.keep:
            asyncio.run(_pg(admin, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        if cleanup is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{cleanup}{suffix}").unlink(missing_ok=True)
    print_report(args, report)


def print_report(args: argparse.Namespace, report: list[Any]) -> None:
    print(
        f"\nLookup benchmark: {args.n:,} synthetic cases (+ labelled), {args.queries} queries "
        f"per kind, {os.cpu_count()} cores\n"
    )
    print(f"{'backend':10} {'query':8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for backend, _load, _size, timings, *_rest in report:
        for kind, values in timings.items():
            print(
                f"{backend:10} {kind:8} {statistics.median(values):8.2f} {pct(values, 0.95):8.2f} "
                f"{pct(values, 0.99):8.2f} {max(values):8.2f}"
            )
    print(f"\n{'backend':10} {'load s':>8} {'size MiB':>9} {'load avg (1 min) while timing':>30}")
    for backend, load_s, size, _t, _recall, (before, after) in report:
        print(f"{backend:10} {load_s:8.0f} {size / 2**20:9.0f} {f'{before:.2f} → {after:.2f}':>30}")
    print(f"\n{'backend':10} {'recall@5':>12}", *(f"{c:>16}" for c in CATEGORIES))
    for backend, _l, _s, _t, recall, _a in report:
        hits = sum(h for h, _n in recall.values())
        total = sum(n for _h, n in recall.values())
        cells = [f"{h}/{n} {h / n if n else 1:.2f}" for h, n in (recall[c] for c in CATEGORIES)]
        print(
            f"{backend:10} {f'{hits}/{total} {hits / total:.3f}':>12}",
            *(f"{c:>16}" for c in cells),
        )


async def _pg(dsn: str, sql: str) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()
