"""The web catalogue at scale: a case page and a search page at N cases on SQLite and
PostgreSQL, served by `casewatch web` as its own process (one uvicorn worker), loaded over
loopback by a bounded load generator here.

    python -m bench web                      # 1,000,000 cases, both backends
    python -m bench web --n 20000 --backends sqlite

The cases are bulk-loaded by bench.search (same synthetic names, same keys as the bot). For each
kind of page: latency one request at a time (p50/p95/p99 over --requests pages), then pages per
second with --concurrency requests in flight (at most --requests pages or --seconds, whichever
comes first). Search pages use names of random approved people; case pages random approved
ids. Every response must be 200: anything else fails the run. The load average is printed with
the numbers: the generator and the server share the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from sqlalchemy.engine import make_url

from bench.search import PG_URL, VARIANTS, _dsn, _pg, load_postgres, load_sqlite, pct

SAMPLE = 400


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def sample_pages(url: str, n: int, seed: int) -> tuple[list[str], list[str]]:
    """(case page paths, search page paths) of random approved cases."""
    rng = random.Random(seed)
    ids = rng.sample(range(1, n + 1), min(SAMPLE * 2, n))
    query = (
        "SELECT c.id, p.name_as_entered FROM cases c JOIN people p ON p.id = c.person_id "
        "WHERE c.publication = 'approved' AND c.id = ANY($1::int[])"
    )
    if url.startswith("sqlite"):
        import sqlite3

        db = sqlite3.connect(make_url(url).database or "")
        marks = ",".join("?" * len(ids))
        rows = db.execute(
            query.replace("c.id = ANY($1::int[])", f"c.id IN ({marks})"), ids
        ).fetchall()
        db.close()
    else:
        conn = await asyncpg.connect(_dsn(url))
        try:
            rows = [tuple(r) for r in await conn.fetch(query, ids)]
        finally:
            await conn.close()
    rows = rows[:SAMPLE]
    cases = [f"/cases/{case_id}" for case_id, _name in rows]
    searches = [str(httpx.URL("/cases", params={"name": name})) for _id, name in rows]
    return cases, searches


def start_server(url: str, port: int) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "WEB_HOST": "127.0.0.1",
        "WEB_PORT": str(port),
        "WEB_RATE": "1000000",  # the generator is one client: no rate limit here
        "WEB_BURST": "1000000",
        "LOG_LEVEL": "WARNING",
        "SECRET_KEY": "bench-secret-key-that-is-long-enough-0123456789",
    }
    process = subprocess.Popen([sys.executable, "-m", "bot", "web"], env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("casewatch web did not start")


async def one_at_a_time(client: httpx.AsyncClient, paths: list[str], count: int) -> list[float]:
    timings = []
    for i in range(count):
        started = time.perf_counter()
        response = await client.get(paths[i % len(paths)])
        timings.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{paths[i % len(paths)]}: {response.status_code}")
    return timings


async def throughput(
    client: httpx.AsyncClient, paths: list[str], concurrency: int, count: int, seconds: float
) -> tuple[int, float]:
    """Pages served per second with `concurrency` requests in flight (bounded both ways)."""
    done = 0
    next_index = 0
    deadline = time.perf_counter() + seconds

    async def worker() -> None:
        nonlocal done, next_index
        while next_index < count and time.perf_counter() < deadline:
            path = paths[next_index % len(paths)]
            next_index += 1
            response = await client.get(path)
            if response.status_code != 200:
                raise SystemExit(f"{path}: {response.status_code}")
            done += 1

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return done, done / (time.perf_counter() - started)


async def measure(url: str, args: argparse.Namespace) -> dict[str, Any]:
    cases, searches = await sample_pages(url, args.n, args.seed)
    port = free_port()
    server = start_server(url, port)
    results: dict[str, Any] = {}
    try:
        limits = httpx.Limits(max_connections=args.concurrency)
        async with httpx.AsyncClient(
            base_url=f"http://127.0.0.1:{port}", limits=limits, timeout=30
        ) as client:
            await one_at_a_time(client, cases + searches, 40)  # warm up
            load_before = os.getloadavg()[0]
            for kind, paths in (("case", cases), ("search", searches)):
                timings = await one_at_a_time(client, paths, args.requests)
                served, rate = await throughput(
                    client, paths, args.concurrency, args.requests, args.seconds
                )
                size = len((await client.get(paths[0])).content)
                results[kind] = (timings, served, rate, size)
            results["load"] = (load_before, os.getloadavg()[0])
    finally:
        server.terminate()
        server.wait(timeout=30)
    return results


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench web", description=__doc__)
    parser.add_argument("--n", type=int, default=1_000_000, help="synthetic cases")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--requests", type=int, default=500, help="pages per measurement")
    parser.add_argument("--seconds", type=float, default=30.0, help="longest throughput run")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--dir", default="/tmp", help="where the SQLite file goes")
    parser.add_argument("--pg-url", default=PG_URL)
    args = parser.parse_args(argv)
    labelled = json.loads(Path(VARIANTS).read_text("utf-8"))
    report = []
    for backend in args.backends.split(","):
        database = None
        if backend == "sqlite":
            path = Path(args.dir) / f"casewatch_web_bench_{args.n}.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            print(f"loading {args.n:,} cases into {path} ...", flush=True)
            load_s, _size = load_sqlite(path, args.n, args.seed, labelled)
            url = f"sqlite+aiosqlite:///{path}"
        else:
            database = f"casewatch_web_bench_{uuid.uuid4().hex[:8]}"
            asyncio.run(_pg(_dsn(args.pg_url), f'CREATE DATABASE "{database}"'))
            print(f"loading {args.n:,} cases into PostgreSQL database {database} ...", flush=True)
            load_s, _size = asyncio.run(
                load_postgres(args.pg_url, database, args.n, args.seed, labelled)
            )
            url = make_url(args.pg_url).set(database=database).render_as_string(False)
        print(f"  loaded in {load_s:.0f} s; measuring ...", flush=True)
        try:
            report.append((backend, asyncio.run(measure(url, args))))
            print_report(args, report[-1:])  # each backend as soon as it is measured
        finally:
            if database:
                asyncio.run(
                    _pg(_dsn(args.pg_url), f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
                )
            else:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
    print_report(args, report)


def print_report(args: argparse.Namespace, report: list[tuple[str, dict[str, Any]]]) -> None:
    print(
        f"\nWeb catalogue: {args.n:,} synthetic cases, one `casewatch web` process, "
        f"{os.cpu_count()} cores shared with the load generator\n"
    )
    print(
        f"{'backend':10} {'page':7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} "
        f"{'pages/s':>8} {'(served, conc.)':>16} {'bytes':>6}"
    )
    for backend, results in report:
        for kind in ("case", "search"):
            timings, served, rate, size = results[kind]
            print(
                f"{backend:10} {kind:7} {statistics.median(timings):7.1f} "
                f"{pct(timings, 0.95):7.1f} {pct(timings, 0.99):7.1f} {rate:8.0f} "
                f"{f'({served}, {args.concurrency})':>16} {size:6}"
            )
    print(f"\n{'backend':10} {'load avg (1 min) before → after':>32}")
    for backend, results in report:
        before, after = results["load"]
        print(f"{backend:10} {f'{before:.2f} → {after:.2f}':>32}")
