"""A real `casewatch run` in a subprocess, against the offline Bot API served over HTTP on
loopback (tests/test_kill9.py, tests/test_workers.py).

`LoopbackTelegram` serves bot/infra/offline.py's answers on http://127.0.0.1:<port>/bot<token>/,
hands updates out through getUpdates as Telegram does (an offset confirms for good), records
every request on the wire, and can SIGKILL the process while a chosen request is on the wire.
`LoopbackChat` sends tests/seeds.py's ChatDriver steps to it.
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
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.infra.offline import OfflineBotAPI
from db.engine import create_engine, create_sessionmaker
from tests.conftest import ADMIN_ID, SECRET, ChatDriver

TOKEN = "123456:" + "A" * 35
#: Seconds an update may take to be answered by the subprocess (a loaded machine is slow).
STEP_TIMEOUT = 60.0
#: Quiet time after the bot's last call that ends a step.
SETTLE = 0.3
ALERTS_CONCURRENCY = 2

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

    async def _deliver(self, update: Any) -> None:
        await self.telegram.feed(update.to_dict())


def sessionmaker_of(url: str) -> tuple[Any, async_sessionmaker[AsyncSession]]:
    engine = create_engine(url)
    return engine, create_sessionmaker(engine)
