"""Test harness: the real Application over an offline Bot API, on SQLite and PostgreSQL.

Every test that takes `bot` runs twice, once per database. The PostgreSQL run gets a database
of its own (created and dropped here), so parallel runs never collide. Under CI=true an
unreachable PostgreSQL fails the run instead of skipping.

Migrating is most of a small test's cost, so it happens once per test run and kind of database,
into a template: each test gets a copy of a migrated SQLite file, or a PostgreSQL database
created `TEMPLATE` the migrated one (a file copy inside the server). Template names carry a
random suffix, so several test runs on one server never share one.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from sqlalchemy.engine import make_url
from telegram import Update

from bot.app import OFFLINE_TOKEN, build_application
from bot.infra.config import Settings
from bot.infra.offline import OfflineBotAPI, SentMessage, UpdateFactory
from db import migrate

POSTGRES_URL = os.environ.get(
    "TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)
SECRET = "test-secret-key-that-is-long-enough-0123456789"
ADMIN_ID = 9000001


def _asyncpg_dsn(url: str, database: str | None = None) -> str:
    parsed = make_url(url).set(drivername="postgresql")
    if database:
        parsed = parsed.set(database=database)
    return parsed.render_as_string(hide_password=False)


async def _pg_admin(sql: str) -> None:
    connection = await asyncpg.connect(_asyncpg_dsn(POSTGRES_URL), timeout=5)
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


def _postgres_available() -> bool:
    try:
        asyncio.run(_pg_admin("SELECT 1"))
    except (TimeoutError, OSError, asyncpg.PostgresError):
        return False
    return True


@pytest.fixture(scope="session")
def postgres_ok() -> bool:
    available = _postgres_available()
    if not available and os.environ.get("CI") == "true":
        pytest.fail(f"PostgreSQL is not reachable at {POSTGRES_URL} (required under CI=true)")
    return available


def _postgres_url(name: str) -> str:
    return make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)


def _new_database_name() -> str:
    return f"casewatch_test_{uuid.uuid4().hex[:12]}"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to the latest revision, once per test run."""
    path = tmp_path_factory.mktemp("template") / "casewatch.db"
    migrate.upgrade(f"sqlite+aiosqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def postgres_template(postgres_ok: bool) -> Iterator[str]:
    """The name of a PostgreSQL database migrated to the latest revision, once per test run."""
    if not postgres_ok:
        pytest.skip("PostgreSQL is not reachable")
    name = f"casewatch_template_{uuid.uuid4().hex[:12]}"
    asyncio.run(_pg_admin(f'CREATE DATABASE "{name}"'))
    try:
        # Alembic's engine is disposed when the upgrade returns: no session stays connected,
        # which CREATE DATABASE ... TEMPLATE requires.
        migrate.upgrade(_postgres_url(name))
        yield name
    finally:
        asyncio.run(_pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[str]:
    """A URL of an empty database of each kind, dropped afterwards."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'casewatch.db'}"
        return
    if not request.getfixturevalue("postgres_ok"):
        pytest.skip("PostgreSQL is not reachable")
    name = _new_database_name()
    asyncio.run(_pg_admin(f'CREATE DATABASE "{name}"'))
    try:
        yield _postgres_url(name)
    finally:
        asyncio.run(_pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[str]:
    """A database of each kind at the latest migration: a copy of the run's template."""
    if request.param == "sqlite":
        path = tmp_path / "casewatch.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite+aiosqlite:///{path}"
        return
    template = request.getfixturevalue("postgres_template")
    name = _new_database_name()
    asyncio.run(_pg_admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    try:
        yield _postgres_url(name)
    finally:
        asyncio.run(_pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def make_settings(database_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "DATABASE_URL": database_url,
        "SECRET_KEY": SECRET,
        "ADMIN_IDS": str(ADMIN_ID),
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


class ChatDriver:
    """One Telegram user talking to the bot in a private chat."""

    def __init__(
        self,
        harness: BotHarness,
        user_id: int,
        language_code: str = "en",
        *,
        accept_privacy: bool = True,
        **user: Any,
    ) -> None:
        self.harness = harness
        self.user_id = user_id
        self.factory = UpdateFactory(user_id, language_code=language_code, **user)
        #: Press "I understand" on the privacy notice when it appears, as most tests expect.
        self.accept_privacy = accept_privacy

    @property
    def api(self) -> OfflineBotAPI:
        return self.harness.api

    def _sent_since(self, mark: int) -> list[SentMessage]:
        return [
            m
            for m in sorted(self.api.messages.values(), key=lambda m: m.message_id)
            if m.chat_id == self.user_id and m.message_id > mark
        ]

    async def _process(self, update: Any) -> list[SentMessage]:
        mark = max((m.message_id for m in self.api.messages.values()), default=0)
        if update.message is not None:
            self.api.receive(update.message.chat.id, update.message.message_id)
        await self._deliver(update)
        sent = self._sent_since(mark)
        notice = next(
            (m for m in sent if any(d.startswith("safe:ack") for _t, d in m.buttons)), None
        )
        if self.accept_privacy and notice is not None:
            [(_label, data)] = notice.buttons
            sent += await self._process(self.factory.press(data, notice))
        return sent

    async def _deliver(self, update: Any) -> None:
        """Hand `update` to the bot and return once it is handled."""
        # Round-trip through JSON, as a real update arrives: every object gets the bot.
        bot = self.harness.app.bot
        await self.harness.app.process_update(Update.de_json(update.to_dict(), bot))

    async def send(self, text: str) -> list[SentMessage]:
        """Send text; returns the bot's new messages in this chat."""
        return await self._process(self.factory.text(text))

    async def send_message(self, **kwargs: Any) -> list[SentMessage]:
        return await self._process(self.factory.message(**kwargs))

    def last(self) -> SentMessage:
        return self.api.last_message(self.user_id)

    def last_with_buttons(self) -> SentMessage:
        mine = [m for m in self.api.messages.values() if m.chat_id == self.user_id and m.buttons]
        assert mine, "the bot has sent no message with buttons in this chat"
        return max(mine, key=lambda m: m.message_id)

    async def press(self, label: str, message: SentMessage | None = None) -> list[SentMessage]:
        """Press the button whose text contains `label` on the latest message with buttons."""
        message = message or self.last_with_buttons()
        matches = [data for text, data in message.buttons if label in text]
        assert matches, f"no button {label!r} among {[t for t, _ in message.buttons]}"
        return await self._process(self.factory.press(matches[0], message))

    async def press_data(self, data: str, message: SentMessage | None = None) -> list[SentMessage]:
        return await self._process(self.factory.press(data, message or self.last()))


class BotHarness:
    """The real Application with an offline Bot API; can be restarted on the same database."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.api = OfflineBotAPI()
        self.app = build_application(settings, request=self.api, token=OFFLINE_TOKEN)

    async def start(self) -> None:
        await self.app.initialize()
        if self.app.post_init:
            await self.app.post_init(self.app)

    async def stop(self) -> None:
        await self.app.shutdown()
        if self.app.post_shutdown:
            await self.app.post_shutdown(self.app)

    async def restart(self) -> None:
        """Stop and build a new Application on the same database, as after a redeploy."""
        await self.stop()
        self.app = build_application(self.settings, request=self.api, token=OFFLINE_TOKEN)
        await self.start()

    def chat(self, user_id: int, **kwargs: Any) -> ChatDriver:
        return ChatDriver(self, user_id, **kwargs)

    @property
    def sessionmaker(self) -> Any:
        from bot.infra.context import resources

        return resources(self.app).sessionmaker


#: Handlers still allowed to call the Bot API inside their transaction: modules being
#: converted on another branch. Everything else fails the test that made such a call.
SENDS_INSIDE_TRANSACTION_ALLOWED: tuple[str, ...] = ()


def calls_inside_transactions(api: OfflineBotAPI) -> list[tuple[str, str]]:
    """(method, handler) of Bot API calls made while a handler's transaction was open."""
    return [
        (method, handler)
        for method, handler in api.inside_transaction
        if not handler.startswith(SENDS_INSIDE_TRANSACTION_ALLOWED)
    ]


@pytest.fixture
async def bot(database_url: str) -> AsyncIterator[BotHarness]:
    harness = BotHarness(make_settings(database_url))
    await harness.start()
    try:
        yield harness
    finally:
        await harness.stop()
    # No round trip to Telegram ever holds a transaction (bot/infra/context.py open_transaction).
    assert calls_inside_transactions(harness.api) == []


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--fuzz-updates", default=None, help="updates per backend in tests/test_fuzz.py"
    )
    parser.addoption("--fuzz-seed", default=None, help="seed of tests/test_fuzz.py")


@pytest.fixture
async def loopback() -> AsyncIterator[Any]:
    """The offline Bot API on loopback for a real `casewatch run` subprocess (tests/loopback.py);
    the process is killed if a test leaves it running."""
    from tests.loopback import LoopbackTelegram

    server = LoopbackTelegram()
    await server.start()
    try:
        yield server
    finally:
        if server.process is not None and server.process.poll() is None:
            server.kill()
        await server.stop()
