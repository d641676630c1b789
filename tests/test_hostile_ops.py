"""Hostile input at the edges: the webhook body, the command line, migrations (issue 14)."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.web.webhook import MAX_BODY_BYTES, SECRET_HEADER, build_web_app
from db import migrate
from db.models import SearchKey
from tests.conftest import SECRET, BotHarness, make_settings
from tests.test_safety import quick_report

WEBHOOK_SECRET = "webhook-secret-0123456789abcdef"


async def call_webhook(bot: BotHarness, chunks: Any, headers: dict[str, str]) -> tuple[int, int]:
    """POST to the webhook at the ASGI level, the body given chunk by chunk (as a chunked
    request arrives). Returns (status, bytes the app pulled from the client)."""
    settings = make_settings(
        bot.settings.database_url,
        WEBHOOK_URL="https://bot.example.org/hook",
        WEBHOOK_SECRET=WEBHOOK_SECRET,
    )
    app = build_web_app(bot.app, settings)
    pulled = 0
    source = iter(chunks)
    status = 0

    async def receive() -> dict[str, Any]:
        nonlocal pulled
        chunk = next(source, None)
        if chunk is None:
            return {"type": "http.request", "body": b"", "more_body": False}
        pulled += len(chunk)
        return {"type": "http.request", "body": chunk, "more_body": True}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "https",
        "path": "/hook",
        "raw_path": b"/hook",
        "query_string": b"",
        "root_path": "",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 443),
    }
    await app(scope, receive, send)
    return status, pulled


async def test_webhook_stops_reading_a_huge_chunked_body(bot: BotHarness) -> None:
    megabyte = b"x" * (1024 * 1024)
    hundred_megabytes = (megabyte for _ in range(100))
    status, pulled = await call_webhook(bot, hundred_megabytes, {SECRET_HEADER: WEBHOOK_SECRET})
    assert status == 413
    assert pulled <= MAX_BODY_BYTES + len(megabyte)  # stopped at the limit, not at 100 MB


async def test_webhook_malformed_updates_are_400(bot: BotHarness) -> None:
    base = bot.chat(5601).factory.text("hello").to_dict()
    overflowing = json.loads(json.dumps(base))
    overflowing["message"]["date"] = 1e20
    deep = b'{"update_id": 1, "message": ' + b"[" * 400_000 + b"]" * 400_000 + b"}"
    bodies = [
        json.dumps(overflowing).encode(),
        deep[: MAX_BODY_BYTES - 1] if len(deep) > MAX_BODY_BYTES else deep,
        b'{"update_id": 1, "message": {"date": "x"}}',
        b'{"update_id": 1, "callback_query": 5}',
        b"\xff\xfe not utf-8",
    ]
    for body in bodies:
        status, _pulled = await call_webhook(bot, [body], {SECRET_HEADER: WEBHOOK_SECRET})
        assert status == 400, body[:60]
    status, _pulled = await call_webhook(
        bot, [b"{}"], {SECRET_HEADER: WEBHOOK_SECRET, "content-length": "9" * 40}
    )
    assert status == 413
    assert bot.app.update_queue.empty()


# --- the command line -----------------------------------------------------------------------


def casewatch(
    database_url: str, *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN",)}
    env.update({"DATABASE_URL": database_url, "SECRET_KEY": SECRET, "ADMIN_IDS": "1"})
    return subprocess.run(  # noqa: S603 (our own CLI, fixed arguments)
        [sys.executable, "-m", "bot", *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_cli_refuses_ids_that_are_not_people(database_url: str) -> None:
    for bad in ("-5", "-1001234567890", "1" * 23, "²", "0"):
        result = casewatch(database_url, "moderators", "add", bad)
        assert result.returncode == 2, bad
        assert "not a Telegram user id" in result.stderr
    first = casewatch(database_url, "moderators", "add", "123456789")
    assert "is now a moderator" in first.stdout
    again = casewatch(database_url, "moderators", "add", "123456789")
    assert again.returncode == 0 and "already a moderator; nothing changed" in again.stdout


async def count_keys(url: str) -> int:
    engine = create_async_engine(url)
    try:
        async with engine.connect() as connection:
            return int(await connection.scalar(select(func.count()).select_from(SearchKey)) or 0)
    finally:
        await engine.dispose()


async def tables(url: str) -> int:
    engine = create_async_engine(url)
    try:
        async with engine.connect() as connection:
            if url.startswith("sqlite"):
                query = "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            else:
                query = "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
            return int(await connection.scalar(text(query)) or 0)
    finally:
        await engine.dispose()


async def test_cli_asks_before_a_downgrade_and_reindexes_after_upgrade(database_url: str) -> None:
    harness = BotHarness(make_settings(database_url))
    await harness.start()
    try:
        await quick_report(harness.chat(5701), "Yerzhan Yelshibayev")
    finally:
        await harness.stop()
    keys = await count_keys(database_url)
    assert keys > 0
    before = await tables(database_url)

    refused = await asyncio.to_thread(casewatch, database_url, "db", "downgrade", "base")
    assert refused.returncode != 0 and "--yes" in refused.stderr
    assert await tables(database_url) == before  # nothing dropped

    down = await asyncio.to_thread(casewatch, database_url, "db", "downgrade", "0005", "--yes")
    assert down.returncode == 0, down.stderr
    up = await asyncio.to_thread(casewatch, database_url, "db", "upgrade")
    assert up.returncode == 0, up.stderr
    assert "rebuilt for 1 cases" in up.stdout
    assert await count_keys(database_url) == keys


async def test_salts_are_given_to_existing_users_by_the_migration(empty_database_url: str) -> None:
    url = empty_database_url
    await asyncio.to_thread(migrate.upgrade, url, "0006")
    engine = create_async_engine(url)
    try:
        async with engine.begin() as connection:
            for n in range(3):
                await connection.execute(
                    text(
                        "INSERT INTO users (tg_hash, language, role, created_at) "
                        "VALUES (:h, 'en', 'user', CURRENT_TIMESTAMP)"
                    ),
                    {"h": f"hash-{n}"},
                )
        await asyncio.to_thread(migrate.upgrade, url, "head")
        async with engine.connect() as connection:
            salts = list(await connection.scalars(text("SELECT pseudonym_salt FROM users")))
    finally:
        await engine.dispose()
    assert len(salts) == 3 and len(set(salts)) == 3 and all(len(s) == 32 for s in salts)
