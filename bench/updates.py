"""Updates through the real Application: many people at once, with a slow or a fast Bot API.

    python -m bench updates [--people 200] [--latencies 0,50] [--backends sqlite,postgresql]
                            [--rate 200] [--cases 300] [--workers 1,2] [--profile]

Each person first says /help (their first contact: the user row is written), then, depending on
their role, two in three look cases up (/search, a case card button, a name as plain text,
another card, an inline query, /city) and one in three starts a report (/report, the privacy
notice's button, the stage button, the name, another spelling, Skip). Every update goes through
`update_queue` and the update processor (bot/infra/concurrency.py) of the real Application, with the
offline Bot API (bot/infra/offline.py) answering every call after `latency` ms. Six people of their
own go through the same steps first (not measured), so statements are compiled and cached.

Scenarios, per backend and latency:
- burst mixed: every update of every person enqueued at once (the bot's capacity);
- burst lookups: /search only (the 500 updates/s goal on PostgreSQL);
- paced mixed: the mix offered at `--rate` updates a second (the p95 ≤ 150 ms goal);
- steps lookers, steps reporters: everyone of one role, one step at a time (every person's
  first step, all handled, then every person's second...), with the CPU per update of each
  step: which kind of update costs what (`--latencies 0`: CPU, not waits, is the point).

It prints updates/s, p50/p95/p99 from enqueue to handled (the processor's callback), CPU time of
the bot's process(es) per update (the offline Bot API runs in the same process and is included)
and the load average when each run ended: the machine may be shared, so compare runs with that
in mind; CPU per update moves much less with the load than updates/s.

`--workers 1,2`: each scenario also as `casewatch run` does with WORKERS=N (bot/infra/front.py):
this process is the front (`Front.dispatch`: each update serialised and piped to the worker of
its sender), N worker processes run the production worker loop on the same database, running
bound and pool split between them; the front's CPU is counted with the workers'.
`--profile` runs the first of `--scenarios` on the first backend at 0 ms under cProfile (CPU clock)
and prints own time per package, then the functions with the most own time.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import itertools
import multiprocessing
import os
import pstats
import random
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import asyncpg
from sqlalchemy.engine import make_url
from telegram import Update

from bot.app import OFFLINE_TOKEN, build_application
from bot.infra.concurrency import SequentialUpdateProcessor
from bot.infra.config import Settings
from bot.infra.front import Front, serve_worker, tune_collector_after_init
from bot.infra.offline import OfflineBotAPI, UpdateFactory
from db import migrate
from db.engine import create_engine, create_sessionmaker
from db.models import Case, CaseStage, Charge, Person, Publication
from db.search import index_person

# restored after each run (tune_collector_after_init changes them)
DEFAULT_GC_THRESHOLDS = gc.get_threshold()
SECRET = "bench-secret-key-that-is-long-enough-0123456789"
POSTGRES_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)
SURNAMES = [
    "Zhaubatyrov", "Bekova", "Sabanshiyev", "Baktybayev", "Nurlanov", "Abenov", "Kassymova",
    "Tokayev", "Serikbayev", "Dzhaksybekov", "Omarova", "Ibragimov", "Mukhamedzhanov",
    "Yessenova", "Kuanyshev", "Temirbekova", "Saparov", "Akhmetova", "Zhumabayev", "Iskakova",
]  # fmt: skip
FIRST_NAMES = ["Asylkhan", "Aigerim", "Marat", "Dana", "Yerlan", "Saule", "Nurlan", "Aliya"]
CITIES = ["Aktobe", "Almaty", "Astana", "Shymkent", "Oral", "Atyrau", "Zhanaozen", "Taraz"]


# --- the database ---------------------------------------------------------------------------
async def seed_cases(url: str, count: int) -> list[tuple[int, str]]:
    """`count` approved, indexed cases; returns (case id, name) of each."""
    engine = create_engine(url)
    rng = random.Random(13)
    out: list[tuple[int, str]] = []
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            for _n in range(count):
                name = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
                person = Person(name_as_entered=name, city=rng.choice(CITIES))
                case = Case(
                    person=person,
                    stage=CaseStage.CHARGED,
                    publication=Publication.APPROVED,
                    charges=[Charge(article="405", part=2)],
                )
                session.add(case)
                await session.flush()
                await index_person(session, person)
                out.append((case.id, name))
    finally:
        await engine.dispose()
    return out


def environment(url: str, concurrency: int) -> dict[str, Any]:
    """The settings of a scenario, as the environment would give them (strings)."""
    return {"DATABASE_URL": url, "SECRET_KEY": SECRET, "MAX_CONCURRENT_UPDATES": str(concurrency)}


def _pg_dsn(url: str, database: str | None = None) -> str:
    parsed = make_url(url).set(drivername="postgresql")
    if database:
        parsed = parsed.set(database=database)
    return parsed.render_as_string(hide_password=False)


async def _pg(sql: str) -> None:
    connection = await asyncpg.connect(_pg_dsn(POSTGRES_URL), timeout=5)
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


class Database:
    """A fresh migrated database of one kind, dropped on exit."""

    def __init__(self, backend: str) -> None:
        self.backend = backend
        self._tmp: str | None = None
        self._pg_name: str | None = None
        self.url = ""

    def __enter__(self) -> Database:
        if self.backend == "sqlite":
            self._tmp = tempfile.mkdtemp(prefix="bench-updates-")
            self.url = f"sqlite+aiosqlite:///{os.path.join(self._tmp, 'bench.db')}"
        else:
            self._pg_name = f"casewatch_updates_bench_{uuid.uuid4().hex[:10]}"
            asyncio.run(_pg(f'CREATE DATABASE "{self._pg_name}"'))
            self.url = (
                make_url(POSTGRES_URL)
                .set(database=self._pg_name)
                .render_as_string(hide_password=False)
            )
        migrate.upgrade(self.url)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._tmp:
            shutil.rmtree(self._tmp, ignore_errors=True)
        if self._pg_name:
            asyncio.run(_pg(f'DROP DATABASE IF EXISTS "{self._pg_name}" WITH (FORCE)'))


# --- the people ------------------------------------------------------------------------------
#: What each step of `looker` and `reporter` is (the per-step table of the "steps" scenarios).
LOOKER_STEPS = ("/search", "case press", "name as text", "case press", "inline query", "/city")
REPORTER_STEPS = ("/report", "safe:ack", "stage press", "name", "other spelling", "skip region")


def looker(person: UpdateFactory, rng: random.Random, cases: list[tuple[int, str]]) -> list[Any]:
    (case_a, name_a), (case_b, name_b) = rng.sample(cases, 2)
    return [
        person.text(f"/search {name_a.split()[1]}"),
        person.press(f"case:{case_a}"),
        person.text(name_b),
        person.press(f"case:{case_b}"),
        person.inline(name_a.split()[1]),
        person.text(f"/city {rng.choice(CITIES)}"),
    ]


def reporter(person: UpdateFactory, rng: random.Random) -> list[Any]:
    name = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
    return [
        person.text("/report"),
        person.press("safe:ack"),
        person.press("rep:stage:charged"),
        person.text(name),
        person.text(name.upper()),
        person.press("rep:region:_skip"),
    ]


def searcher(person: UpdateFactory, rng: random.Random, cases: list[tuple[int, str]]) -> list[Any]:
    return [person.text(f"/search {rng.choice(cases)[1].split()[1]}") for _n in range(3)]


def _warm_up(scenario: str, first_id: int, cases: list[tuple[int, str]]) -> list[list[Any]]:
    """The steps of `scenario` for six people outside the measured ones."""
    rng = random.Random(-first_id)
    people = [UpdateFactory(first_id + 50_000_000 + n, language_code="ru") for n in range(6)]
    if scenario.endswith("lookups"):
        return [searcher(person, rng, cases) for person in people]
    if scenario.startswith("steps"):
        return [_role_steps(scenario, person, rng, cases) for person in people]
    return [
        reporter(person, rng) if n % 3 == 2 else looker(person, rng, cases)
        for n, person in enumerate(people)
    ]


def people_and_steps(
    scenario: str, people: int, first_id: int, cases: list[tuple[int, str]]
) -> tuple[list[UpdateFactory], list[list[Any]]]:
    """The measured people of `scenario` and each one's updates."""
    rng = random.Random(first_id)
    everyone = [UpdateFactory(first_id + n, language_code="ru") for n in range(people)]
    if scenario.endswith("lookups"):
        return everyone, [searcher(person, rng, cases) for person in everyone]
    if scenario.startswith("steps"):
        return everyone, [_role_steps(scenario, person, rng, cases) for person in everyone]
    return everyone, [
        reporter(person, rng) if n % 3 == 2 else looker(person, rng, cases)
        for n, person in enumerate(everyone)
    ]


def _role_steps(
    scenario: str, person: UpdateFactory, rng: random.Random, cases: list[tuple[int, str]]
) -> list[Any]:
    """The steps of one person of a "steps lookers" or "steps reporters" scenario."""
    return reporter(person, rng) if scenario.endswith("reporters") else looker(person, rng, cases)


def step_names(scenario: str) -> tuple[str, ...]:
    return REPORTER_STEPS if scenario.endswith("reporters") else LOOKER_STEPS


def interleave(sequences: list[list[Any]]) -> Iterator[Any]:
    """Round by round: everyone's first update, then everyone's second…"""
    for step in range(max(map(len, sequences))):
        for sequence in sequences:
            if step < len(sequence):
                yield sequence[step]


# --- one run ---------------------------------------------------------------------------------
@dataclass
class Result:
    backend: str
    scenario: str
    latency_ms: int
    updates: int
    per_second: float
    p50: float
    p95: float
    p99: float
    peak_running: int
    errors: int
    cpu_ms: float  # CPU time of the bot's process(es) per update (less sensitive to the load)
    load: float  # the 1-minute load average when the run ended
    workers: int = 1
    waits: list[float] = field(default_factory=list, repr=False)
    span: tuple[float, float] = (0.0, 0.0)  # monotonic start and end (comparable across processes)
    #: "steps" scenarios: (step, updates, CPU ms per update) of each step.
    steps: list[tuple[str, int, float]] = field(default_factory=list)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


async def run(
    url: str,
    backend: str,
    scenario: str,
    latency_ms: int,
    people: int,
    first_id: int,
    cases: list[tuple[int, str]],
    rate: float | None,
    concurrency: int,
    profile: cProfile.Profile | None = None,
) -> Result:
    """One scenario through a fresh Application in this process."""
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        **environment(url, concurrency),
    )
    api = OfflineBotAPI(latency=latency_ms / 1000)
    app = build_application(settings, request=api, token=OFFLINE_TOKEN)
    processor = app.update_processor
    assert isinstance(processor, SequentialUpdateProcessor)
    enqueued: dict[int, float] = {}
    handled: dict[int, float] = {}
    errors = 0

    def finished(update: object) -> None:
        handled[id(update)] = time.monotonic()

    async def count_error(update: object, context: Any) -> None:
        nonlocal errors
        errors += 1

    processor.on_finished = finished
    app.add_error_handler(count_error)
    factories, sequences = people_and_steps(scenario, people, first_id, cases)
    tune_collector_after_init(app)  # as `casewatch run` does
    await app.initialize()
    if app.post_init:
        await app.post_init(app)
    assert app.job_queue is not None
    for job in app.job_queue.jobs():  # no alert delivery or housekeeping while measuring
        job.schedule_removal()
    await app.start()
    try:
        # First contact of everyone (writes the user rows), not measured.
        for person in factories:
            await app.update_queue.put(Update.de_json(person.text("/help").to_dict(), app.bot))
        await app.update_queue.join()
        # Warm-up, not measured: a few people of their own go through the same steps once, so
        # statements are compiled and cached as in a process that has been running a while.
        for update in interleave(_warm_up(scenario, first_id, cases)):
            await app.update_queue.put(Update.de_json(update.to_dict(), app.bot))
        await app.update_queue.join()
        handled.clear()
        updates = [Update.de_json(u.to_dict(), app.bot) for u in interleave(sequences)]
        if profile is not None:
            profile.enable()
        started = time.monotonic()
        cpu_started = time.process_time()
        steps: list[tuple[str, int, float]] = []
        if scenario.startswith("steps"):
            # One step of everyone at a time: the CPU of each step alone.
            for name, start in zip(
                step_names(scenario), range(0, len(updates), people), strict=True
            ):
                step_cpu = time.process_time()
                for update in updates[start : start + people]:
                    enqueued[id(update)] = time.monotonic()
                    await app.update_queue.put(update)
                await app.update_queue.join()
                cost = (time.process_time() - step_cpu) * 1000 / people
                steps.append((name, people, cost))
        else:
            for index, update in enumerate(updates):
                if rate is not None:
                    delay = started + index / rate - time.monotonic()
                    if delay > 0:
                        await asyncio.sleep(delay)
                enqueued[id(update)] = time.monotonic()
                await app.update_queue.put(update)
            await app.update_queue.join()
        finished_at = max(handled.values())
        elapsed = finished_at - started
        cpu = time.process_time() - cpu_started
        if profile is not None:
            profile.disable()
    finally:
        await app.stop()
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)
        gc.unfreeze()  # the next scenario's Application is a new one: let this one go
        gc.set_threshold(*DEFAULT_GC_THRESHOLDS)
    waits = [(handled[key] - enqueued[key]) * 1000 for key in enqueued if key in handled]
    return Result(
        backend,
        scenario,
        latency_ms,
        len(updates),
        len(updates) / elapsed,
        pct(waits, 0.50),
        pct(waits, 0.95),
        pct(waits, 0.99),
        processor.peak_running,
        errors,
        cpu * 1000 / len(updates),
        os.getloadavg()[0],
        waits=waits,
        span=(started, finished_at),
        steps=steps,
    )


# --- several processes behind the production front (bot/infra/front.py) --------------------
def _front_worker(
    settings: Settings,
    index: int,
    count: int,
    updates: Any,
    latency_ms: int,
    finished: Any,
    results: Any,
) -> None:
    """One worker process of `run_front`: the production `serve_worker` loop, with the offline
    Bot API and a clock on every update it finishes."""
    asyncio.run(_serve_measured(settings, index, updates, latency_ms, finished, results))


async def _serve_measured(
    settings: Settings, index: int, updates: Any, latency_ms: int, finished: Any, results: Any
) -> None:
    api = OfflineBotAPI(latency=latency_ms / 1000)
    # Not primary: no delivery loop or housekeeping while measuring (as in `run`).
    app = build_application(settings, request=api, token=OFFLINE_TOKEN, primary=False)
    processor = app.update_processor
    assert isinstance(processor, SequentialUpdateProcessor)
    handled: dict[int, float] = {}
    errors = 0

    def done(update: object) -> None:
        assert isinstance(update, Update)
        handled[update.update_id] = time.monotonic()
        with finished.get_lock():
            finished.value += 1

    async def count_error(update: object, context: Any) -> None:
        nonlocal errors
        errors += 1

    processor.on_finished = done
    app.add_error_handler(count_error)
    await serve_worker(app, updates)
    results.put((index, handled, errors, processor.peak_running))


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_front(job: dict[str, Any], workers: int) -> Result:
    """`job` through the production front and `workers` worker processes on one database:
    every update is dispatched by `Front.dispatch` (serialised, routed by sender, piped), and
    timed from that moment to its worker's processor finishing it (the monotonic clock is
    shared by processes). CPU per update counts the workers and the front (this process)."""
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        **environment(job["url"], job["concurrency"]),
    )
    context = multiprocessing.get_context("spawn")
    finished = context.Value("q", 0)
    results = context.Queue()
    front = Front(
        settings,
        workers,
        target=_front_worker,
        extra_args=(job["latency_ms"], finished, results),
    )
    numbering = itertools.count(1)

    def numbered(update: Any) -> Update:
        """Unique update ids across people (each factory counts its own from 1)."""
        return Update.de_json(dict(update.to_dict(), update_id=next(numbering)), None)

    def until_finished(total: int) -> None:
        while finished.value < total:
            time.sleep(0.002)

    front.start()
    assert front.wait_ready(), "a worker did not start"
    sent = 0
    try:
        factories, sequences = people_and_steps(
            job["scenario"], job["people"], job["first_id"], job["cases"]
        )
        for person in factories:  # first contact, not measured
            front.dispatch(numbered(person.text("/help")))
            sent += 1
        for update in interleave(_warm_up(job["scenario"], job["first_id"], job["cases"])):
            front.dispatch(numbered(update))
            sent += 1
        until_finished(sent)
        updates = [numbered(u) for u in interleave(sequences)]
        enqueued: dict[int, float] = {}
        pids = [process.pid for process in front.processes]
        cpu_started = [*map(_cpu_seconds, pids), time.process_time()]
        started = time.monotonic()
        rate = job["rate"]
        for index, update in enumerate(updates):
            if rate is not None:
                delay = started + index / rate - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
            enqueued[update.update_id] = time.monotonic()
            front.dispatch(update)
        until_finished(sent + len(updates))
        cpu_parts = [
            now - then
            for now, then in zip(
                [*map(_cpu_seconds, pids), time.process_time()], cpu_started, strict=True
            )
        ]
        cpu = sum(cpu_parts)
        print(
            f"  CPU ms per update: workers {sum(cpu_parts[:-1]) * 1000 / len(updates):.2f}, "
            f"front {cpu_parts[-1] * 1000 / len(updates):.2f}"
        )
    finally:
        front.stop()
    parts = [results.get(timeout=60) for _worker in range(workers)]
    handled = {key: at for _index, times, _errors, _peak in parts for key, at in times.items()}
    waits = [(handled[key] - at) * 1000 for key, at in enqueued.items() if key in handled]
    elapsed = max(handled[key] for key in enqueued) - started
    return Result(
        job["backend"],
        job["scenario"],
        job["latency_ms"],
        len(updates),
        len(updates) / elapsed,
        pct(waits, 0.50),
        pct(waits, 0.95),
        pct(waits, 0.99),
        sum(peak for _index, _times, _errors, peak in parts),
        sum(errors for _index, _times, errors, _peak in parts),
        cpu * 1000 / len(updates),
        os.getloadavg()[0],
        workers=workers,
    )


def run_processes(job: dict[str, Any], workers: int) -> Result:
    return run_in_loop(job) if workers == 1 else run_front(job, workers)


def run_in_loop(job: dict[str, Any]) -> Result:
    return asyncio.run(run(**job))


def print_table(results: list[Result]) -> None:
    header = (
        f"{'backend':10} {'scenario':16} {'latency':>8} {'updates':>8} {'upd/s':>8} "
        f"{'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'peak':>5} {'errors':>6} {'CPU ms/upd':>10} "
        f"{'procs':>5} {'load':>5}"
    )
    print(header)
    print("-" * len(header))
    for r in results:
        print(
            f"{r.backend:10} {r.scenario:16} {r.latency_ms:>6}ms {r.updates:>8} "
            f"{r.per_second:>8.0f} {r.p50:>8.1f} {r.p95:>8.1f} {r.p99:>8.1f} "
            f"{r.peak_running:>5} {r.errors:>6} {r.cpu_ms:>10.2f} {r.workers:>5} {r.load:>5.1f}"
        )


def print_steps(results: list[Result]) -> None:
    """CPU per update of each step of the "steps" scenarios."""
    rows = [(r, step) for r in results for step in r.steps]
    if not rows:
        return
    print()
    print(f"{'backend':10} {'scenario':16} {'step':16} {'updates':>8} {'CPU ms/upd':>10}")
    for r, (name, count, cost) in rows:
        print(f"{r.backend:10} {r.scenario:16} {name:16} {count:>8} {cost:>10.2f}")


def _package(filename: str) -> str:
    """'…/site-packages/sqlalchemy/orm/session.py' → 'sqlalchemy'; the project's own → 'bot'…"""
    parts = filename.replace("\\", "/").split("/")
    if "site-packages" in parts:
        return parts[parts.index("site-packages") + 1]
    for top in ("bot", "db", "bench"):
        if top in parts:
            return top
    if filename.startswith("~") or filename.startswith("<"):
        return "builtins"
    return "asyncio" if "asyncio" in parts else "stdlib"


def print_own_time_by_package(profile: cProfile.Profile) -> None:
    """Own (not cumulative) CPU time per package: cumulative times of coroutines mean little."""
    totals: dict[str, float] = {}
    raw: dict[Any, Any] = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    for (filename, _line, _name), (_cc, _nc, own, _cum, _callers) in raw.items():
        package = _package(filename)
        totals[package] = totals.get(package, 0.0) + own
    whole = sum(totals.values()) or 1.0
    print(f"{'package':24} {'own CPU s':>10} {'share':>7}")
    for package, seconds in sorted(totals.items(), key=lambda item: -item[1])[:15]:
        print(f"{package:24} {seconds:>10.2f} {seconds / whole:>6.0%}")
    print()


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench updates", description=__doc__)
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--latencies", default="0,50", help="Bot API latencies in ms")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--rate", type=float, default=200.0, help="offered updates/s (paced)")
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=128, help="MAX_CONCURRENT_UPDATES")
    parser.add_argument("--scenarios", default="burst mixed,burst lookups,paced mixed")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument(
        "--workers",
        default="1",
        help="worker processes behind the front (WORKERS), e.g. 1,2",
    )
    args = parser.parse_args(argv)
    latencies = [int(v) for v in args.latencies.split(",")]
    scenarios = [s.strip() for s in args.scenarios.split(",")]
    print(f"load average before: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    results: list[Result] = []
    first_id = 100_000_000
    for backend in args.backends.split(","):
        with Database(backend) as database:
            cases = asyncio.run(seed_cases(database.url, args.cases))
            if args.profile:
                profile = cProfile.Profile(time.process_time)  # CPU, not the shared clock
                first_id += args.people
                result = asyncio.run(
                    run(
                        database.url,
                        backend,
                        scenarios[0],
                        0,
                        args.people,
                        first_id,
                        cases,
                        None,
                        args.concurrency,
                        profile,
                    )
                )
                print_table([result])
                print_steps([result])
                print_own_time_by_package(profile)
                stats = pstats.Stats(profile).strip_dirs()
                stats.sort_stats("tottime").print_stats(40)
                return
            for scenario in scenarios:
                for latency in latencies:
                    if scenario.startswith("paced") and latency == 0:
                        continue  # the pacing goal is stated at 50 ms
                    for workers in (int(w) for w in args.workers.split(",")):
                        first_id += args.people
                        job = {
                            "url": database.url,
                            "backend": backend,
                            "scenario": scenario,
                            "latency_ms": latency,
                            "people": args.people,
                            "first_id": first_id,
                            "cases": cases,
                            "rate": args.rate if scenario.startswith("paced") else None,
                            "concurrency": args.concurrency,
                        }
                        results.append(run_processes(job, workers))
                        print_table(results[-1:])
    print()
    print_table(results)
    print_steps(results)
    print(f"load average after: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    print(f"cores: {os.cpu_count()} (shared with other work: compare runs with the load)")


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
