"""The moderation card of a new submission at scale: N synthetic cases bulk-loaded as in
bench/search.py (same generator, same loaders), then, per sample, one transaction that does what
the bot does when a report is submitted — bot.services.changes.submit_report (store and index), the
likely duplicates from search_keys (once), and bot.handlers.moderation.render_card for the card —
timed from the submission to the rendered text, then rolled back. Half the samples are new spellings
of people already loaded (duplicates found), half are new people.

    python -m bench moderation                        # 1,000,000 cases, both backends
    python -m bench moderation --n 20000 --backends sqlite
    python -m bench moderation --dir /work/bench-1m-mod --reuse   # load once, measure again

Statements per card are counted with an SQLAlchemy `before_cursor_execute` listener (the
submission's own INSERTs included) and printed next to the latencies.

`--reuse` keeps the loaded databases (the SQLite file in --dir, a PostgreSQL database named
after --n and --seed) and measures against them on the next run instead of loading again: the
samples are rolled back, so a kept database does not change between runs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sqlite3
import statistics
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg
from sqlalchemy import event
from sqlalchemy.engine import make_url

from bench.search import (
    ARTICLES,
    PG_URL,
    VARIANTS,
    People,
    _dsn,
    _pg,
    banned_stems,
    load_postgres,
    load_sqlite,
    pct,
)
from bot.handlers.moderation.cards import card_text, load_card
from bot.handlers.report.draft import split_name
from bot.infra.config import Settings
from bot.infra.context import Resources, Tx
from bot.infra.crypto import IdentityVault
from bot.infra.i18n import use_locale
from bot.services.changes import submit_report
from db.engine import create_engine, create_sessionmaker
from db.models import Case, CaseStage, Charge, Person, User

SECRET = "bench-secret-key-that-is-long-enough-0123456789"


@dataclass
class Measured:
    load_before: float
    load_after: float = 0.0
    timings: list[float] = field(default_factory=list)
    statements: list[int] = field(default_factory=list)
    #: CPU time of this process per card (the SQLite engine's thread included, PostgreSQL's
    #: server not): what the latency would approach on an idle machine.
    cpu: list[float] = field(default_factory=list)
    with_duplicates: int = 0


#: The languages the card is rendered in per submission: one moderator chat per language.
CARD_LANGUAGES = ("ru", "kk", "en")


async def submit_and_render(session: Any, res: Resources, user: User, case: Case) -> list[Case]:
    """What the bot does when a report is submitted, up to the rendered cards (as
    bot.handlers.moderation.cards.prepare_announcement): store and index it, load what the card
    shows
    (duplicates included) once, render it for each recipient's language."""
    submission = await submit_report(session, case, user)
    tx = Tx(session, user, res)
    card = await load_card(tx, submission.id)
    assert card is not None
    for language in CARD_LANGUAGES:
        with use_locale(language):
            card_text(tx, card)
    return card.duplicates


def samples(n: int, seed: int, labelled: dict[str, Any], count: int) -> list[dict[str, Any]]:
    """Reports to submit: a loaded person written another way (a duplicate), or someone new."""
    rng = random.Random(seed + 11)
    gen = People(seed + 1, banned_stems(labelled))
    chosen = set(rng.sample(range(n), min(count // 2, n)))
    found: list[dict[str, Any]] = []
    for i in range(n):
        _name, _aliases, city, parts = gen.person()
        if i in chosen:
            found.append({"name": gen.written(*parts), "city": city, "duplicate": True})
    fresh = People(seed + 99, banned_stems(labelled))
    while len(found) < count:
        name, _aliases, city, _parts = fresh.person()
        found.append({"name": name, "city": city, "duplicate": False})
    rng.shuffle(found)
    return found


class StatementCounter:
    """Counts the statements an engine sends while `counting` is on (BEGIN/ROLLBACK excluded)."""

    def __init__(self, engine: Any) -> None:
        self.counting = False
        self.count = 0
        self.seen: list[str] = []
        event.listen(engine.sync_engine, "before_cursor_execute", self._count)

    def _count(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if self.counting and not statement.lstrip().upper().startswith(("BEGIN", "ROLLBACK")):
            self.count += 1
            self.seen.append(statement)


async def measure(url: str, reports: list[dict[str, Any]], show: bool) -> Measured:
    """Latencies (ms), statements per card, how many cards listed a duplicate, load before."""
    engine = create_engine(url)
    counter = StatementCounter(engine)
    sessionmaker = create_sessionmaker(engine)
    environment: dict[str, Any] = {"DATABASE_URL": url, "SECRET_KEY": SECRET}
    settings = Settings(_env_file=None, **environment)  # type: ignore[call-arg]
    res = Resources(settings=settings, vault=IdentityVault(SECRET))
    load_before = os.getloadavg()[0]
    result = Measured(load_before=load_before)
    rng = random.Random(5)
    try:
        for index, report in enumerate(reports):
            async with sessionmaker() as session:
                transaction = await session.begin()
                user = User(tg_hash=uuid.uuid4().hex, language="en")
                session.add(user)
                await session.flush()
                article, part = rng.choice(ARTICLES)
                # The person as the report form stores one
                # (bot.handlers.report.draft.Draft.to_case).
                surname, given, patronymic = split_name(report["name"])
                person = Person(
                    name_as_entered=report["name"],
                    surname=surname,
                    given_names=given,
                    patronymic=patronymic,
                    city=report["city"],
                )
                case = Case(
                    person=person,
                    stage=CaseStage.SENTENCED,
                    charges=[Charge(article=article, part=part)],
                )
                counter.count, counter.seen, counter.counting = 0, [], True
                started, cpu_started = time.perf_counter(), time.process_time()
                duplicates = await submit_and_render(session, res, user, case)
                elapsed = (time.perf_counter() - started) * 1000
                cpu = (time.process_time() - cpu_started) * 1000
                counter.counting = False
                await transaction.rollback()
            if show and index == 0:
                print(f"statements of one card ({counter.count}):")
                for statement in counter.seen:
                    print("   ", " ".join(statement.split())[:150])
            result.with_duplicates += bool(duplicates)
            if index >= 10:  # the first ones warm the caches
                result.timings.append(elapsed)
                result.statements.append(counter.count)
                result.cpu.append(cpu)
    finally:
        await engine.dispose()
    result.load_after = os.getloadavg()[0]
    return result


async def advance_sequences(dsn: str) -> None:
    """The bulk load wrote explicit ids: move each id sequence past them."""
    for table in ("people", "person_aliases", "cases", "charges", "events"):
        await _pg(
            dsn,
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"(SELECT coalesce(max(id), 1) FROM {table}))",
        )


#: The tables the bulk loader fills, and their id columns moved by each copy (--replicate).
COPIES = (
    ("people", ("id",), "id, name_as_entered, surname, given_names, patronymic, city, created_at"),
    ("person_aliases", ("id", "person_id"), "id, person_id, spelling"),
    (
        "cases",
        ("id", "person_id"),
        "id, person_id, stage, publication, judge, prosecutor, created_at, updated_at",
    ),
    ("charges", ("id", "case_id"), "id, case_id, article, part, position"),
    ("events", ("id", "case_id"), "id, case_id, kind, event_date, scheduled, judge, created_at"),
    ("search_keys", ("case_id",), "kind, key, case_id"),
)


def copy_statements(copy: int, sizes: dict[str, int]) -> list[str]:
    """INSERT ... SELECT statements adding copy number `copy` of the rows loaded first, every id
    moved past the previous copies (ids of people, cases, charges and events are equal in the
    bulk load; aliases have their own). `sizes` holds the largest id of each table."""
    statements = []
    for table, moved, columns in COPIES:
        names = [c.strip() for c in columns.split(",")]
        values = []
        for name in names:
            if name in moved:
                size = (
                    sizes["person_aliases"]
                    if (table, name) == ("person_aliases", "id")
                    else sizes["cases"]
                )
                values.append(f"{name} + {copy * size}")
            else:
                values.append(f'"{name}"' if name == "key" else name)
        quoted = ", ".join(f'"{n}"' if n == "key" else n for n in names)
        first = "case_id" if table == "search_keys" else "id"
        limit = sizes["person_aliases"] if table == "person_aliases" else sizes["cases"]
        statements.append(
            f"INSERT INTO {table} ({quoted}) SELECT {', '.join(values)} FROM {table} "
            f"WHERE {first} <= {limit}"
        )
    return statements


def replicate_sqlite(path: Path, copies: int) -> None:
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA cache_size=-1000000")
    sizes = {
        "cases": db.execute("SELECT max(id) FROM cases").fetchone()[0],
        "person_aliases": db.execute("SELECT coalesce(max(id), 0) FROM person_aliases").fetchone()[
            0
        ],
    }
    for copy in range(1, copies):
        print(f"  copy {copy} of {copies - 1} ...", flush=True)
        for statement in copy_statements(copy, sizes):
            db.execute(statement)
        db.commit()
    db.execute("ANALYZE")
    db.execute("PRAGMA journal_mode=WAL")
    db.close()


async def replicate_postgres(dsn: str, copies: int) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute("SET session_replication_role = replica")
        sizes = {
            "cases": await conn.fetchval("SELECT max(id) FROM cases"),
            "person_aliases": await conn.fetchval(
                "SELECT coalesce(max(id), 0) FROM person_aliases"
            ),
        }
        for copy in range(1, copies):
            print(f"  copy {copy} of {copies - 1} ...", flush=True)
            for statement in copy_statements(copy, sizes):
                await conn.execute(statement)
        await conn.execute("VACUUM ANALYZE")
    finally:
        await conn.close()


def replica_tag(args: argparse.Namespace) -> str:
    return f"_x{args.replicate}" if args.replicate > 1 else ""


def sqlite_database(args: argparse.Namespace, labelled: dict[str, Any]) -> Path:
    """The SQLite file, loaded now, or kept from an earlier --reuse run (a marker file says the
    load finished)."""
    Path(args.dir).mkdir(parents=True, exist_ok=True)
    path = Path(args.dir) / f"casewatch_modbench_{args.n}_{args.seed}{replica_tag(args)}.db"
    marker = Path(f"{path}.loaded")
    if args.reuse and marker.exists():
        print(f"reusing {args.n:,} cases in {path}", flush=True)
        return path
    for suffix in ("", "-wal", "-shm", ".loaded"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    base = args.n // args.replicate
    print(f"loading {base:,} cases into {path} ...", flush=True)
    load_sqlite(path, base, args.seed, labelled)
    if args.replicate > 1:
        print(f"copying them {args.replicate - 1} times ...", flush=True)
        replicate_sqlite(path, args.replicate)
    marker.touch()
    return path


async def postgres_loaded(admin: str, database: str) -> bool:
    """Whether a kept database exists and its load finished (the comment is set last)."""
    conn = await asyncpg.connect(admin)
    try:
        comment = await conn.fetchval(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = $1",
            database,
        )
    finally:
        await conn.close()
    return comment == LOADED


LOADED = "casewatch moderation bench: loaded"


def postgres_database(args: argparse.Namespace, labelled: dict[str, Any]) -> str:
    """A PostgreSQL database, loaded now, or kept from an earlier --reuse run."""
    admin = _dsn(args.pg_url)
    if args.reuse:
        database = f"casewatch_modbench_{args.n}_{args.seed}{replica_tag(args)}"
        if asyncio.run(postgres_loaded(admin, database)):
            print(f"reusing {args.n:,} cases in PostgreSQL {database}", flush=True)
            return database
        asyncio.run(_pg(admin, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
    else:
        database = f"casewatch_modbench_{uuid.uuid4().hex[:8]}"
    asyncio.run(_pg(admin, f'CREATE DATABASE "{database}"'))
    base = args.n // args.replicate
    print(f"loading {base:,} cases into PostgreSQL {database} ...", flush=True)
    asyncio.run(load_postgres(args.pg_url, database, base, args.seed, labelled))
    if args.replicate > 1:
        print(f"copying them {args.replicate - 1} times ...", flush=True)
        asyncio.run(replicate_postgres(_dsn(args.pg_url, database), args.replicate))
    asyncio.run(advance_sequences(_dsn(args.pg_url, database)))
    asyncio.run(_pg(admin, f"COMMENT ON DATABASE \"{database}\" IS '{LOADED}'"))
    return database


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench moderation", description=__doc__)
    parser.add_argument("--n", type=int, default=1_000_000, help="synthetic cases")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--dir", default="/tmp", help="where the SQLite file goes")
    parser.add_argument("--pg-url", default=PG_URL)
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="keep the loaded databases and measure against kept ones instead of loading again",
    )
    parser.add_argument("--show", action="store_true", help="print the statements of one card")
    parser.add_argument(
        "--replicate",
        type=int,
        default=1,
        help="generate N/K cases and copy them K-1 times in SQL (minutes instead of an hour on "
        "a busy machine; every person then has K-1 namesakes, a harder duplicate search)",
    )
    args = parser.parse_args(argv)
    labelled = json.loads(VARIANTS.read_text("utf-8"))
    reports = samples(args.n // args.replicate, args.seed, labelled, args.samples + 10)
    rows: list[tuple[str, Measured]] = []
    for backend in args.backends.split(","):
        if backend == "sqlite":
            path = sqlite_database(args, labelled)
            try:
                rows.append(
                    (
                        backend,
                        asyncio.run(measure(f"sqlite+aiosqlite:///{path}", reports, args.show)),
                    )
                )
            finally:
                if not args.reuse:
                    for suffix in ("", "-wal", "-shm", ".loaded"):
                        Path(f"{path}{suffix}").unlink(missing_ok=True)
        else:
            database = postgres_database(args, labelled)
            try:
                url = make_url(args.pg_url).set(database=database).render_as_string(False)
                rows.append((backend, asyncio.run(measure(url, reports, args.show))))
            finally:
                if not args.reuse:
                    admin = _dsn(args.pg_url)
                    asyncio.run(_pg(admin, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
    print(
        f"\nModeration card of a new submission (duplicates included, rendered in "
        f"{len(CARD_LANGUAGES)} languages): {args.n:,} cases, {args.samples} submissions, "
        f"{os.cpu_count()} cores\n"
    )
    print(
        f"{'backend':10} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} "
        f"{'stmts':>6} {'CPU ms':>7} {'cards w/ dup':>12} {'load avg':>14}"
    )
    for backend, m in rows:
        print(
            f"{backend:10} {statistics.median(m.timings):8.2f} {pct(m.timings, 0.95):8.2f} "
            f"{pct(m.timings, 0.99):8.2f} {max(m.timings):8.2f} "
            f"{statistics.median(m.statements):6.0f} {statistics.median(m.cpu):7.2f} "
            f"{m.with_duplicates:12} "
            f"{f'{m.load_before:.2f} → {m.load_after:.2f}':>14}"
        )
