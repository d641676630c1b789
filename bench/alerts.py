"""Alert delivery benchmark: the real worker against a fake Bot API on loopback.

    python -m bench.alerts [--subscribers 100000] [--seconds 60] [--capacity-seconds 20]
                           [--database-url URL]

1. 100,000 subscribers follow every verdict; one verdict is approved (one outbox row each).
2. At the default limits (30 messages/s, 1/s per chat) against a server that itself answers
   429 above 30/s or 1/s per chat: sustained messages per second over `--seconds`, and 429s.
3. Limits lifted (worker and server): the worker's own capacity in messages per second and
   the CPU time of the worker process per message.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from typing import Any, NamedTuple

from sqlalchemy import func, insert, literal, select

from bot.app import build_application
from bot.handlers.alerts import alert_worker
from bot.infra.config import Settings
from bot.infra.crypto import IdentityVault
from bot.outbox.worker import AlertWorker
from db import migrate
from db.alerts import enqueue_alerts
from db.engine import create_engine, create_sessionmaker
from db.models import (
    AlertOutbox,
    Case,
    CaseStage,
    Charge,
    Event,
    EventKind,
    OutboxStatus,
    Person,
    Publication,
    SentenceKind,
    SentencePart,
    Subscription,
    SubscriptionKind,
    User,
)

SECRET = "bench-secret-key-that-is-long-enough-0123456789"
TOKEN = "123:bench"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class FakeServer:
    def __init__(self, *args: str) -> None:
        self.port = free_port()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.fake_telegram", "--port", str(self.port), *args],
            stdout=subprocess.PIPE,
        )
        assert self.process.stdout is not None
        self.process.stdout.readline()  # "listening on ..."

    def stats(self) -> dict[str, Any]:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/stats") as answer:
            result: dict[str, Any] = json.load(answer)
            return result

    def close(self) -> None:
        self.process.terminate()
        self.process.wait()


async def populate(database_url: str, subscribers: int) -> None:
    vault = IdentityVault(SECRET)
    engine = create_engine(database_url)
    sessionmaker = create_sessionmaker(engine)
    started = time.perf_counter()
    chunk = 5000
    async with sessionmaker() as session, session.begin():
        for first in range(0, subscribers, chunk):
            ids = range(10_000_000 + first, 10_000_000 + min(first + chunk, subscribers))
            await session.execute(
                insert(User),
                [
                    {"tg_hash": vault.hash_id(i), "chat_enc": vault.encrypt(i), "language": "en"}
                    for i in ids
                ],
            )
        await session.execute(
            insert(Subscription).from_select(
                ["user_id", "kind", "value", "active", "created_at"],
                select(
                    User.id,
                    func.cast(literal(SubscriptionKind.ALL.value), Subscription.kind.type),
                    func.cast(literal(""), Subscription.value.type),
                    func.cast(literal(True), Subscription.active.type),
                    User.created_at,
                ),
            )
        )
        case = Case(
            person=Person(name_as_entered="Asylkhan ZHAUBATYROV", city="Aktobe", region="aktobe"),
            stage=CaseStage.SENTENCED,
            charges=[Charge(article="405", part=2)],
            events=[
                Event(
                    kind=EventKind.VERDICT,
                    sentence=[
                        SentencePart(kind=SentenceKind.RESTRICTION_OF_LIBERTY, term_months=12),
                        SentencePart(kind=SentenceKind.BAN_SOCIAL_NETWORKS, term_months=12),
                    ],
                )
            ],
        )
        session.add(case)
        await session.flush()
        # The approval: publication and the fan-out in one transaction, as moderation does.
        case.publication = Publication.APPROVED
        queued = await enqueue_alerts(session, case.events[0])
    await engine.dispose()
    print(
        f"setup: {subscribers} subscribers, {queued} alerts queued "
        f"in {time.perf_counter() - started:.1f} s"
    )


def worker_for(database_url: str, port: int, **settings: Any) -> AlertWorker:
    values: dict[str, Any] = {
        "DATABASE_URL": database_url,
        "SECRET_KEY": SECRET,
        "BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": f"http://127.0.0.1:{port}/bot",
    }
    values.update({key: str(value) for key, value in settings.items()})
    application = build_application(Settings(_env_file=None, **values))  # type: ignore[call-arg]
    result: AlertWorker = alert_worker(application)
    return result


class Run(NamedTuple):
    rate: float  # messages a second
    sent: int
    cpu_per_message: float  # seconds of the worker process
    server_cpu_per_message: float  # seconds of the fake Bot API process


async def run_for(worker: AlertWorker, server: FakeServer, seconds: float, warmup: float) -> Run:
    """Run the worker loop; messages per second and CPU per message after `warmup`."""
    worker.start()
    await asyncio.sleep(warmup)
    server_before = await asyncio.to_thread(server.stats)
    sent_before, cpu_before, wall_before = worker.sent_count, time.process_time(), time.monotonic()
    await asyncio.sleep(seconds)
    sent = worker.sent_count - sent_before
    cpu = time.process_time() - cpu_before
    wall = time.monotonic() - wall_before
    server_cpu = (await asyncio.to_thread(server.stats))["cpu"] - server_before["cpu"]
    await worker.close()
    await worker.res.close()
    return Run(sent / wall, sent, cpu / max(sent, 1), server_cpu / max(sent, 1))


async def count_sent(database_url: str) -> int:
    engine = create_engine(database_url)
    async with create_sessionmaker(engine)() as session:
        sent = await session.scalar(
            select(func.count()).where(AlertOutbox.status == OutboxStatus.SENT)
        )
    await engine.dispose()
    return int(sent or 0)


async def bench(args: argparse.Namespace) -> None:
    await populate(args.database_url, args.subscribers)
    rows: list[tuple[str, str]] = []
    load_before = os.getloadavg()[0]

    server = FakeServer("--rate", "30", "--per-chat", "1.0")
    try:
        worker = worker_for(args.database_url, server.port)
        run = await run_for(worker, server, args.seconds, warmup=2.0)
        stats = server.stats()
    finally:
        server.close()
    rows += [
        ("default limits: sustained messages/s", f"{run.rate:.2f} (goal 30, within 2%: ≥ 29.4)"),
        ("default limits: messages in the window", f"{run.sent} in {args.seconds:.0f} s"),
        ("default limits: 429 answers", str(stats["refused"])),
    ]

    server = FakeServer("--unlimited")
    try:
        worker = worker_for(
            args.database_url,
            server.port,
            ALERTS_GLOBAL_RATE=1_000_000,
            ALERTS_CONCURRENCY=args.concurrency,
            ALERTS_BATCH_SIZE=1000,
        )
        run = await run_for(worker, server, args.capacity_seconds, warmup=2.0)
        stats = server.stats()
    finally:
        server.close()
    rows += [
        ("limit lifted: worker capacity messages/s", f"{run.rate:.0f} (goal ≥ 2,000)"),
        ("limit lifted: CPU per message (worker)", f"{run.cpu_per_message * 1e6:.0f} µs"),
        (
            "limit lifted: CPU per message (fake server)",
            f"{run.server_cpu_per_message * 1e6:.0f} µs "
            f"({run.server_cpu_per_message * run.rate:.0%} of a core)",
        ),
        ("limit lifted: 429 answers", str(stats["refused"])),
        ("outbox rows sent in all", str(await count_sent(args.database_url))),
        # The machine may be shared: numbers measured under load are lower.
        ("load average (1 min) before / after", f"{load_before:.2f} / {os.getloadavg()[0]:.2f}"),
    ]
    width = max(len(name) for name, _ in rows)
    print(f"\nAlert delivery — {args.subscribers} subscribers, {_describe(args.database_url)}")
    print(f"{'measure'.ljust(width)} | value")
    print(f"{'-' * width}-|-{'-' * 30}")
    for name, value in rows:
        print(f"{name.ljust(width)} | {value}")


def _describe(url: str) -> str:
    return url.split(":", 1)[0]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench alerts", description=__doc__)
    parser.add_argument("--subscribers", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--capacity-seconds", type=float, default=20.0)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        if args.database_url is None:
            args.database_url = f"sqlite+aiosqlite:///{os.path.join(tmp, 'bench.db')}"
        migrate.upgrade(args.database_url)
        asyncio.run(bench(args))


if __name__ == "__main__":
    main()
