"""kill -9 of a real `casewatch run` at points of a report, a decision and an alert fan-out.

The bot runs as a subprocess (polling) against the offline Bot API served over HTTP on
loopback; this test feeds it updates through getUpdates and kills it with SIGKILL while a chosen
Bot API call is on the wire (the request arrived, no answer was given). Then a new process starts
on the same database, and the test checks, on SQLite and PostgreSQL:

- every card, confirmation and notice owed by a committed change arrives after the restart;
- nothing the person saw confirmed is missing from the database;
- duplicates only among messages in flight at the kill (at most ALERTS_CONCURRENCY alerts).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.infra.offline import OfflineBotAPI, SentMessage
from db.engine import create_engine, create_sessionmaker
from db.models import Case, ModerationCard, Publication, Submission
from tests.conftest import ADMIN_ID, SECRET, ChatDriver
from tests.seeds import report_zhaubatyrov

TOKEN = "123456:" + "A" * 35
#: Seconds an update may take to be answered by the subprocess (a loaded machine is slow).
STEP_TIMEOUT = 60.0
#: Quiet time after the bot's last call that ends a step.
SETTLE = 0.3
ALERTS_CONCURRENCY = 2
SUBSCRIBERS = [8_950 + n for n in range(6)]

#: Form fields PTB sends JSON-encoded (objects, lists, booleans) or as numbers.
_NUMBERS = {"chat_id", "message_id", "offset", "limit", "timeout", "from_chat_id"}


def _decode(fields: Any) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for name, value in fields.items():
        if not isinstance(value, str):
            continue  # an uploaded file: not needed here
        if name in _NUMBERS:
            params[name] = int(value)
        elif value[:1] in ("{", "[") or value in ("true", "false"):
            params[name] = json.loads(value)
        else:
            params[name] = value
    return params


Predicate = Callable[[str, dict[str, Any]], bool]


class LoopbackTelegram:
    """The offline Bot API on http://127.0.0.1:<port>/bot<token>/<method>, with getUpdates."""

    def __init__(self) -> None:
        self.api = OfflineBotAPI()
        self._updates: list[dict[str, Any]] = []
        self._next_update_id = 1
        self._confirmed = 0
        self._arrived = asyncio.Event()
        self.process: subprocess.Popen[bytes] | None = None
        #: Requests that reached the server (before any answer), in order.
        self.wire: list[tuple[str, dict[str, Any]]] = []
        self.kill_when: Predicate | None = None
        #: Index in `wire` of the request during which the process was killed.
        self.killed_at: int | None = None
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.polls = 0
        #: Settings of the process beyond the test's own (tests/test_workers.py: WORKERS).
        self.extra_env: dict[str, str] = {}

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        listening = socket.socket()
        listening.bind(("127.0.0.1", 0))
        self.port = listening.getsockname()[1]
        await web.SockSite(self._runner, listening).start()

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if not request.can_read_body:
            params: dict[str, Any] = {}
        elif request.content_type == "application/json":  # the alert worker's own requests
            params = await request.json()
        else:  # python-telegram-bot's HTTPX: form fields, objects JSON-encoded
            params = _decode(await request.post())
        if method == "getUpdates":
            return await self._get_updates(params)
        self.wire.append((method, params))
        if self.kill_when is not None and self.kill_when(method, params):
            self.kill_when = None
            self.killed_at = len(self.wire) - 1
            self.kill()
            return web.Response(status=502)
        status, body = await self.api.answer(method, params)
        return web.Response(status=status, body=body, content_type="application/json")

    async def _get_updates(self, params: dict[str, Any]) -> web.Response:
        self.polls += 1
        # As on Telegram: an offset confirms every update before it, for good; the rest (also
        # what a killed process fetched but never confirmed) is handed out again.
        self._confirmed = max(self._confirmed, int(params.get("offset") or 0) - 1)
        offset = self._confirmed + 1
        timeout = min(float(params.get("timeout") or 0), 1.0)
        pending = [u for u in self._updates if u["update_id"] >= offset]
        if not pending and timeout:
            self._arrived.clear()
            try:
                await asyncio.wait_for(self._arrived.wait(), timeout)
            except TimeoutError:
                pass
            pending = [u for u in self._updates if u["update_id"] >= offset]
        body = json.dumps({"ok": True, "result": pending[:100]})
        return web.Response(body=body.encode(), content_type="application/json")

    # --- the process ------------------------------------------------------------------------
    async def launch(self, database_url: str, cwd: Path) -> None:
        """Start `casewatch run` and wait until it polls for updates."""
        polls = self.polls
        self._spawn(database_url, cwd)
        await self.ready(polls)

    def _spawn(self, database_url: str, cwd: Path) -> None:
        env = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN", "DATABASE_URL")}
        env.update(
            BOT_TOKEN=TOKEN,
            TELEGRAM_API_URL=f"http://127.0.0.1:{self.port}/bot",
            DATABASE_URL=database_url,
            SECRET_KEY=SECRET,
            ADMIN_IDS=str(ADMIN_ID),
            LISTEN_PORT="0",
            LOG_LEVEL=os.environ.get("KILL9_LOG_LEVEL", "WARNING"),
            ALERTS_POLL_INTERVAL="0.2",
            ALERTS_LEASE_SECONDS="3",
            ALERTS_CONCURRENCY=str(ALERTS_CONCURRENCY),
            ALERTS_PER_CHAT_INTERVAL="0",
        )
        env.update(self.extra_env)
        with (cwd / "bot.log").open("ab") as log:  # the child keeps its own descriptor
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot", "run"], cwd=cwd, env=env, stdout=log, stderr=log
            )

    def kill(self) -> None:
        """SIGKILL: no handler, no cleanup, nothing flushed."""
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(10)  # dead already: returns at once

    async def ready(self, polls: int) -> None:
        """Until the process launched when `polls` getUpdates had been answered polls."""
        async with asyncio.timeout(STEP_TIMEOUT):
            while self.polls <= polls:
                assert self.process is not None and self.process.poll() is None, "bot died"
                await asyncio.sleep(0.05)

    # --- updates ------------------------------------------------------------------------------
    def enqueue(self, update: dict[str, Any]) -> None:
        """Queue one update for the next getUpdates, without waiting for it to be handled."""
        self._updates.append(dict(update, update_id=self._next_update_id))
        self._next_update_id += 1
        self._arrived.set()

    async def feed(self, update: dict[str, Any]) -> None:
        """Queue one update and return once the bot has handled it: fetched, at least one call
        made since, then SETTLE seconds without a call (or the process was killed)."""
        calls = len(self.wire)
        self.enqueue(update)
        async with asyncio.timeout(STEP_TIMEOUT):
            while len(self.wire) == calls:
                if self.killed_at is not None and self.killed_at >= calls:
                    return
                await asyncio.sleep(0.02)
            while True:
                seen = len(self.wire)
                await asyncio.sleep(SETTLE)
                if len(self.wire) == seen:
                    return

    async def until(self, condition: Callable[[], bool], what: str) -> None:
        try:
            async with asyncio.timeout(STEP_TIMEOUT):
                while not condition():  # noqa: ASYNC110 - another process's doing: no event
                    await asyncio.sleep(0.05)
        except TimeoutError:
            pytest.fail(f"not delivered after the restart: {what}")

    def texts(self, chat_id: int) -> list[str]:
        return [m.text for m in self.api.messages.values() if m.chat_id == chat_id]


class LoopbackChat(ChatDriver):
    """ChatDriver's steps (tests/seeds.py) sent to the subprocess through getUpdates."""

    def __init__(self, telegram: LoopbackTelegram, user_id: int, **kwargs: Any) -> None:
        self.telegram = telegram
        super().__init__(telegram, user_id, **kwargs)  # type: ignore[arg-type]

    async def _process(self, update: Any) -> list[SentMessage]:
        mark = max((m.message_id for m in self.api.messages.values()), default=0)
        if update.message is not None:
            self.api.receive(update.message.chat.id, update.message.message_id)
        await self.telegram.feed(update.to_dict())
        sent = self._sent_since(mark)
        notice = next(
            (m for m in sent if any(d.startswith("safe:ack") for _t, d in m.buttons)), None
        )
        if self.accept_privacy and notice is not None:
            [(_label, data)] = notice.buttons
            sent += await self._process(self.factory.press(data, notice))
        return sent


class StopsBeforeSubmit(LoopbackChat):
    async def press(self, label: str, message: Any = None) -> Any:
        if label == "Submit":
            return []
        return await super().press(label, message)


def _sessionmaker(url: str) -> tuple[Any, async_sessionmaker[AsyncSession]]:
    engine = create_engine(url)
    return engine, create_sessionmaker(engine)


async def _submission(maker: async_sessionmaker[AsyncSession]) -> Submission | None:
    async with maker() as session:
        return await session.scalar(select(Submission))


async def _card_copies(maker: async_sessionmaker[AsyncSession]) -> list[int]:
    async with maker() as session:
        return list(await session.scalars(select(ModerationCard.message_id)))


@pytest.fixture
async def telegram() -> Any:
    server = LoopbackTelegram()
    await server.start()
    try:
        yield server
    finally:
        if server.process is not None and server.process.poll() is None:
            server.kill()
        await server.stop()


async def test_kill_9_during_a_report_a_decision_and_a_fan_out(
    telegram: LoopbackTelegram, database_url: str, tmp_path: Path
) -> None:
    engine, maker = _sessionmaker(database_url)
    try:
        await _scenario(telegram, database_url, tmp_path, maker)
    finally:
        await engine.dispose()


async def _scenario(
    telegram: LoopbackTelegram,
    database_url: str,
    tmp_path: Path,
    maker: async_sessionmaker[AsyncSession],
) -> None:
    await telegram.launch(database_url, tmp_path)
    for subscriber in SUBSCRIBERS:
        await LoopbackChat(telegram, subscriber).send("/subscribe all")

    # 1. A report: killed on the first call after Submit (the "✓ Submitted" edit or the
    #    answer to the press), i.e. after the commit and before anything owed was sent.
    reporter = StopsBeforeSubmit(telegram, 8_901)
    await report_zhaubatyrov(reporter)
    review = reporter.last_with_buttons()
    submit = next(data for label, data in review.buttons if "Submit" in label)
    submit_at = len(telegram.wire)
    telegram.kill_when = lambda method, params: True
    await telegram.feed(reporter.factory.press(submit, review).to_dict())
    assert telegram.killed_at == submit_at, "killed on the first call after Submit"
    submission = await _submission(maker)
    assert submission is not None, "the Submit press was answered only after its commit"
    assert not any(submission.reference in t for t in telegram.texts(reporter.user_id))

    await telegram.launch(database_url, tmp_path)
    reference = submission.reference
    await telegram.until(
        lambda: any(reference in t for t in telegram.texts(reporter.user_id)),
        "the reporter's confirmation with the reference",
    )
    await telegram.until(
        lambda: any("New report" in t for t in telegram.texts(ADMIN_ID)), "the admin's card"
    )
    [card] = [m for m in telegram.api.messages.values() if "New report" in m.text]
    # Recorded by the new process, in the transaction that marks the card sent.
    async with asyncio.timeout(STEP_TIMEOUT):
        while not (copies := await _card_copies(maker)):  # noqa: ASYNC110 - another process
            await asyncio.sleep(0.05)
    assert copies == [card.message_id]
    confirmations = [
        m
        for m in telegram.api.messages.values()
        if m.chat_id == reporter.user_id and reference in m.text
    ]
    assert len(confirmations) == 1  # nothing was on the wire: no duplicate
    async with maker() as session:
        assert len((await session.scalars(select(Submission))).all()) == 1
    # Delivered by the new process, its id still joined "Erase our chat" (a receipt).
    await reporter.press("Erase", confirmations[0])
    assert (reporter.user_id, confirmations[0].message_id) in telegram.api.deleted()

    # 2. The decision: killed while the first call after the Approve press is on the wire.
    admin = LoopbackChat(telegram, ADMIN_ID)
    approve = next(data for label, data in card.buttons if "Approve" in label)
    approve_at = len(telegram.wire)
    telegram.kill_when = lambda method, params: True
    await telegram.feed(admin.factory.press(approve, card).to_dict())
    assert telegram.killed_at == approve_at
    async with maker() as session:
        published = await session.scalar(
            select(Case.id).where(Case.publication == Publication.APPROVED)
        )
    assert published is not None, telegram.wire[approve_at:]
    assert not any("now published" in t for t in telegram.texts(reporter.user_id))

    # 3. The fan-out, by the restarted process: killed while the third alert is on the wire.
    alerts_seen: list[int] = []

    def third_alert(method: str, params: dict[str, Any]) -> bool:
        if method == "sendMessage" and params.get("chat_id") in SUBSCRIBERS:
            alerts_seen.append(params["chat_id"])
        return len(alerts_seen) >= 3

    telegram.kill_when = third_alert
    wire_before = len(telegram.wire)
    await telegram.launch(database_url, tmp_path)
    await telegram.until(lambda: telegram.kill_when is None, "the alert fan-out to begin")
    assert telegram.killed_at is not None and telegram.killed_at >= wire_before
    # In flight at the kill: alert requests the killed process had sent, whose answer it may not
    # have recorded — the one that triggered the kill and any sent concurrently with it (the
    # server may handle those just after the process died), so everything on the wire between
    # the fan-out's start and the restart.
    await asyncio.sleep(0.2)
    in_flight = {
        params["chat_id"]
        for method, params in telegram.wire[wire_before:]
        if method == "sendMessage" and params.get("chat_id") in SUBSCRIBERS
    }

    await telegram.launch(database_url, tmp_path)
    await telegram.until(
        lambda: any("now published" in t for t in telegram.texts(reporter.user_id)),
        "the decision notice to the reporter",
    )
    for subscriber in SUBSCRIBERS:
        await telegram.until(
            lambda chat=subscriber: any("ZHAUBATYROV" in t for t in telegram.texts(chat)),
            f"the alert to subscriber {subscriber}",
        )
    await asyncio.sleep(1.0)  # anything else still coming would be a duplicate
    received = {chat: sum("ZHAUBATYROV" in t for t in telegram.texts(chat)) for chat in SUBSCRIBERS}
    twice = {chat for chat, count in received.items() if count > 1}
    assert twice <= in_flight
    assert len(twice) <= ALERTS_CONCURRENCY
    notices = [t for t in telegram.texts(reporter.user_id) if "now published" in t]
    assert len(notices) == 1
    # The decided card was rewritten after the restarts too (its edit is owed as well).
    await telegram.until(
        lambda: "Approved by" in telegram.api.messages[(ADMIN_ID, card.message_id)].text,
        "the card showing the decision",
    )
    assert telegram.api.messages[(ADMIN_ID, card.message_id)].buttons == []
    # "Not modified" is a double edit bot/ui/edits.py takes as success; nothing else was refused.
    assert [r for r in telegram.api.refusals if "not modified" not in r[1]] == []
