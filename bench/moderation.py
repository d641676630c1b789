"""The moderation card of a new submission at scale: N synthetic cases bulk-loaded as in
bench/search.py (same generator, same loaders), then, per sample, one transaction that does what
the bot does when a report is submitted — bot.services.changes.submit_report (store and index), the
likely duplicates from search_keys (once), and bot.moderation.render_card for the card — timed
from the submission to the rendered text, then rolled back. Half the samples are new spellings
of people already loaded (duplicates found), half are new people.

    python -m bench moderation                        # 1,000,000 cases, both backends
    python -m bench moderation --n 20000 --backends sqlite
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import time
import uuid
from pathlib import Path
from typing import Any

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
from bot.config import Settings
from bot.context import Resources, Tx
from bot.crypto import IdentityVault
from bot.moderation import likely_duplicates, render_card
from bot.services.changes import submit_report
from db.engine import create_engine, create_sessionmaker
from db.models import Case, CaseStage, Charge, Person, User
from db.moderation import get_submission

SECRET = "bench-secret-key-that-is-long-enough-0123456789"


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


async def measure(url: str, reports: list[dict[str, Any]]) -> tuple[list[float], int, float]:
    """Latencies (ms), how many cards listed a duplicate, and the load average before."""
    engine = create_engine(url)
    sessionmaker = create_sessionmaker(engine)
    settings = Settings(_env_file=None, DATABASE_URL=url, SECRET_KEY=SECRET)  # type: ignore[call-arg]
    res = Resources(settings=settings, vault=IdentityVault(SECRET))
    load_before = os.getloadavg()[0]
    timings: list[float] = []
    with_duplicates = 0
    rng = random.Random(5)
    try:
        for index, report in enumerate(reports):
            async with sessionmaker() as session:
                transaction = await session.begin()
                user = User(tg_hash=uuid.uuid4().hex, language="en")
                session.add(user)
                await session.flush()
                article, part = rng.choice(ARTICLES)
                case = Case(
                    person=Person(name_as_entered=report["name"], city=report["city"]),
                    stage=CaseStage.SENTENCED,
                    charges=[Charge(article=article, part=part)],
                )
                started = time.perf_counter()
                submission = await submit_report(session, case, user)
                fresh = await get_submission(session, submission.id)
                assert fresh is not None
                tx = Tx(session, user, res)
                duplicates = await likely_duplicates(tx, fresh)
                await render_card(tx, fresh, None, duplicates)
                elapsed = (time.perf_counter() - started) * 1000
                await transaction.rollback()
            with_duplicates += bool(duplicates)
            if index >= 10:  # the first ones warm the caches
                timings.append(elapsed)
    finally:
        await engine.dispose()
    return timings, with_duplicates, load_before


async def advance_sequences(dsn: str) -> None:
    """The bulk load wrote explicit ids: move each id sequence past them."""
    for table in ("people", "person_aliases", "cases", "charges", "events"):
        await _pg(
            dsn,
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"(SELECT coalesce(max(id), 1) FROM {table}))",
        )


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench moderation", description=__doc__)
    parser.add_argument("--n", type=int, default=1_000_000, help="synthetic cases")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--dir", default="/tmp", help="where the SQLite file goes")
    parser.add_argument("--pg-url", default=PG_URL)
    args = parser.parse_args(argv)
    labelled = json.loads(VARIANTS.read_text("utf-8"))
    reports = samples(args.n, args.seed, labelled, args.samples + 10)
    rows = []
    for backend in args.backends.split(","):
        if backend == "sqlite":
            path = Path(args.dir) / f"casewatch_modbench_{args.n}.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            print(f"loading {args.n:,} cases into {path} ...", flush=True)
            load_sqlite(path, args.n, args.seed, labelled)
            url = f"sqlite+aiosqlite:///{path}"
            timings, duplicates, load = asyncio.run(measure(url, reports))
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        else:
            database = f"casewatch_modbench_{uuid.uuid4().hex[:8]}"
            admin = _dsn(args.pg_url)
            asyncio.run(_pg(admin, f'CREATE DATABASE "{database}"'))
            try:
                print(f"loading {args.n:,} cases into PostgreSQL {database} ...", flush=True)
                asyncio.run(load_postgres(args.pg_url, database, args.n, args.seed, labelled))
                asyncio.run(advance_sequences(_dsn(args.pg_url, database)))
                url = make_url(args.pg_url).set(database=database).render_as_string(False)
                timings, duplicates, load = asyncio.run(measure(url, reports))
            finally:
                asyncio.run(_pg(admin, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        rows.append((backend, timings, duplicates, load, os.getloadavg()[0]))
    print(
        f"\nModeration card of a new submission (duplicates included): {args.n:,} cases, "
        f"{args.samples} submissions, {os.cpu_count()} cores\n"
    )
    print(
        f"{'backend':10} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} "
        f"{'cards w/ dup':>12} {'load avg':>14}"
    )
    for backend, timings, duplicates, before, after in rows:
        print(
            f"{backend:10} {statistics.median(timings):8.2f} {pct(timings, 0.95):8.2f} "
            f"{pct(timings, 0.99):8.2f} {max(timings):8.2f} {duplicates:12} "
            f"{f'{before:.2f} → {after:.2f}':>14}"
        )
