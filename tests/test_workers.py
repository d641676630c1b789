"""WORKERS=2: a real `casewatch run` front with two worker processes (bot/infra/front.py).

The processes run against the offline Bot API on loopback (tests/test_kill9.py's server), on
SQLite and PostgreSQL. People whose ids fall to different workers report, moderate, follow and
look up at once; each person's replies arrive in the order of their updates; what a commit owes
arrives whichever worker made it (the primary alone runs the delivery loop); SIGTERM stops the
front and both workers cleanly.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select
from telegram import Chat, Message, Update, User

from bot.infra.config import Settings
from bot.infra.front import worker_of, worker_settings
from bot.infra.offline import UpdateFactory
from bot.web.webhook import SECRET_HEADER
from db.models import Case, Publication
from db.models import User as UserRow
from tests.conftest import ADMIN_ID, SECRET
from tests.loopback import STEP_TIMEOUT, LoopbackChat, LoopbackTelegram, sessionmaker_of
from tests.seeds import report_zhaubatyrov

REPORTER = 8_902  # worker 0 (even); the admin (9000001) falls to worker 1
SUBSCRIBERS = [8_960, 8_961, 8_962, 8_963]
LOOKERS = [8_970 + n for n in range(8)]


def _settings(**values: Any) -> Settings:
    return Settings(_env_file=None, SECRET_KEY=SECRET, **values)  # type: ignore[call-arg]


def test_a_person_always_goes_to_one_worker_groups_by_their_sender() -> None:
    person = UpdateFactory(8_902)
    assert {worker_of(person.text(f"/search {n}"), 2) for n in range(5)} == {0}
    assert worker_of(person.inline("Saparov"), 2) == 0
    assert worker_of(UpdateFactory(8_903).text("/help"), 2) == 1
    # In a group the sender decides, not the chat: a moderator's updates stay together.
    group = Chat(-100123, Chat.SUPERGROUP)
    in_group = Update(
        7,
        message=Message(1, None, group, from_user=User(8_903, "M", False), text="x"),  # type: ignore[arg-type]
    )
    assert worker_of(in_group, 2) == 1
    # No sender: the chat (a channel post), then the update id.
    post = Update(8, channel_post=Message(2, None, Chat(-1005, Chat.CHANNEL), text="x"))  # type: ignore[arg-type]
    assert worker_of(post, 3) == -1005 % 3
    assert worker_of(Update(11), 3) == 2


def test_the_running_bound_and_pool_are_shared_between_workers() -> None:
    settings = _settings(MAX_CONCURRENT_UPDATES="128", DB_POOL_SIZE="0")
    share = worker_settings(settings, 3)
    assert share.max_concurrent_updates == 43
    assert share.resolved_pool_size == 24 + 8
    assert worker_settings(_settings(DB_POOL_SIZE="50"), 4).resolved_pool_size == 13
    assert settings.max_concurrent_updates == 128  # the front's own settings are untouched


async def test_two_workers_report_moderate_alert_and_stop_cleanly(
    loopback: LoopbackTelegram, database_url: str, tmp_path: Path
) -> None:
    telegram = loopback
    telegram.extra_env = {"WORKERS": "2", "LOG_LEVEL": "INFO"}
    engine, maker = sessionmaker_of(database_url)
    try:
        await telegram.launch(database_url, tmp_path)
        for subscriber in SUBSCRIBERS:
            await LoopbackChat(telegram, subscriber).send("/subscribe all")

        reporter = LoopbackChat(telegram, REPORTER)
        await report_zhaubatyrov(reporter)
        await telegram.until(
            lambda: any("New report" in t for t in telegram.texts(ADMIN_ID)), "the card"
        )
        [card] = [m for m in telegram.api.messages.values() if "New report" in m.text]
        assert any("Reference" in t or "reference" in t for t in telegram.texts(REPORTER))

        # Many people at once (no waiting between their updates): both workers busy; each
        # person's two replies come in the order of their two updates.
        factories = [UpdateFactory(person) for person in LOOKERS]
        for factory in factories:
            telegram.enqueue(factory.text("/help").to_dict())
            telegram.enqueue(factory.text("/search Zhaubatyrov").to_dict())
        for person in LOOKERS:
            await telegram.until(
                lambda chat=person: len(telegram.texts(chat)) >= 2, f"replies to {person}"
            )
            first, second = telegram.texts(person)[:2]
            assert first.startswith("What I can do")
            assert second.startswith("No published case matches «Zhaubatyrov»")

        admin = LoopbackChat(telegram, ADMIN_ID)
        await admin.press("Approve", card)
        async with maker() as session:
            assert await session.scalar(
                select(func.count(Case.id)).where(Case.publication == Publication.APPROVED)
            )
        for subscriber in SUBSCRIBERS:
            await telegram.until(
                lambda chat=subscriber: any("ZHAUBATYROV" in t for t in telegram.texts(chat)),
                f"the alert to {subscriber}",
            )
        await telegram.until(
            lambda: any("now published" in t for t in telegram.texts(REPORTER)),
            "the decision notice",
        )
        async with maker() as session:
            people = await session.scalar(select(func.count(UserRow.id)))
        assert people is not None and people >= len(LOOKERS) + len(SUBSCRIBERS) + 2

        process = telegram.process
        assert process is not None
        process.send_signal(signal.SIGTERM)
        assert await asyncio.to_thread(process.wait, STEP_TIMEOUT) == 0
        log = (tmp_path / "bot.log").read_text(encoding="utf-8")
        assert "worker 1 of 2 starts" in log and "worker 2 of 2 starts" in log
        # Every line says which process wrote it; one line per update, by the worker.
        assert "process=front" in log
        assert "process=worker-1" in log and "process=worker-2" in log
        assert "Traceback" not in log
        assert "exited; stopping" not in log
    finally:
        await engine.dispose()


async def test_two_workers_behind_the_webhook(
    loopback: LoopbackTelegram, database_url: str, tmp_path: Path
) -> None:
    telegram = loopback
    """WEBHOOK_URL with WORKERS=2: the front serves the webhook (secret checked, as with one
    process) and /healthz, and each update reaches its worker."""
    port = _free_port()
    secret = "front-webhook-secret-0123456789"
    telegram.extra_env = {
        "WORKERS": "2",
        "WEBHOOK_URL": "https://bot.example.org/telegram/hook",
        "WEBHOOK_SECRET": secret,
        "LISTEN_HOST": "127.0.0.1",
        "LISTEN_PORT": str(port),
    }
    telegram._spawn(database_url, tmp_path)
    base = f"http://127.0.0.1:{port}"
    async with httpx.AsyncClient(base_url=base) as client:
        health = await _until_healthy(client, telegram)
        assert health == {"status": "ok", "workers": 2}
        assert any(method == "setWebhook" for method, _params in telegram.wire)
        people = [UpdateFactory(8_980), UpdateFactory(8_981)]
        refused = await client.post(
            "/telegram/hook",
            json=people[0].text("/start").to_dict(),
            headers={SECRET_HEADER: "wrong-secret-0123456789"},
        )
        assert refused.status_code == 403
        for number, person in enumerate(people, start=1):
            update = dict(person.text("/start").to_dict(), update_id=number)
            accepted = await client.post(
                "/telegram/hook", json=update, headers={SECRET_HEADER: secret}
            )
            assert accepted.status_code == 200
        for person in people:
            await telegram.until(
                lambda chat=person.user_id: any(
                    "CaseWatch records" in t for t in telegram.texts(chat)
                ),
                f"the reply to {person.user_id}",
            )
        assert len(telegram.texts(8_980)) == 1  # the refused update was never handled
    process = telegram.process
    assert process is not None
    process.send_signal(signal.SIGTERM)
    assert await asyncio.to_thread(process.wait, STEP_TIMEOUT) == 0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def _until_healthy(client: httpx.AsyncClient, telegram: LoopbackTelegram) -> Any:
    async with asyncio.timeout(STEP_TIMEOUT):
        while True:
            assert telegram.process is not None and telegram.process.poll() is None
            try:
                response = await client.get("/healthz")
                if response.status_code == 200:
                    return response.json()
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.1)


async def test_a_dead_worker_stops_the_front_for_the_supervisor(
    loopback: LoopbackTelegram, database_url: str, tmp_path: Path
) -> None:
    """kill -9 of one worker: the front stops the other worker and exits 1 (its people's
    updates are never re-routed to another process mid-conversation); nothing is left running,
    and a new start serves everyone."""
    telegram = loopback
    telegram.extra_env = {"WORKERS": "2", "LOG_LEVEL": "INFO"}
    await telegram.launch(database_url, tmp_path)
    await LoopbackChat(telegram, 8_990).send("/help")
    process = telegram.process
    assert process is not None
    workers = _children(process.pid)
    assert len(workers) == 2
    os.kill(workers[1], signal.SIGKILL)
    assert await asyncio.to_thread(process.wait, STEP_TIMEOUT) == 1
    for pid in workers:
        await _until_gone(pid)
    log = (tmp_path / "bot.log").read_text(encoding="utf-8")
    assert "exited; stopping every process" in log

    await telegram.launch(database_url, tmp_path)
    for person in (8_990, 8_991):
        sent = await LoopbackChat(telegram, person).send("/help")
        assert any(m.text.startswith("What I can do") for m in sent)


def _children(pid: int) -> list[int]:
    """The worker processes of the front (spawn's resource tracker excluded: it runs no bot)."""
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text(encoding="ascii").split()
    workers = []
    for child in map(int, children):
        command = Path(f"/proc/{child}/cmdline").read_bytes()
        if b"resource_tracker" not in command:
            workers.append(child)
    return sorted(workers)


async def _until_gone(pid: int) -> None:
    async with asyncio.timeout(STEP_TIMEOUT):
        while not _gone(pid):  # noqa: ASYNC110 - another process: no event to wait on
            await asyncio.sleep(0.05)


def _gone(pid: int) -> bool:
    """Exited (a zombie not yet reaped, its parent gone, counts as exited)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii", errors="replace")
    except FileNotFoundError:
        return True
    return "State:\tZ" in status
