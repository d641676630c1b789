"""Engine and session factories. Sessions are opened per update or job in `bot/`, never here.

Two kinds of transaction: writing (the default) and reading (`create_read_sessionmaker`). On
SQLite a writing transaction takes the write lock when it begins (`BEGIN IMMEDIATE`), so writers
queue instead of failing; a reading one begins deferred and never waits for a writer (WAL lets
readers see the last commit while a write is in progress). On PostgreSQL writers are plain
transactions and readers run in autocommit (see `create_read_sessionmaker`). A reading session
must not write: on SQLite that would upgrade a deferred lock and can fail with "database is
locked" under contention.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.util import await_only

#: Execution option of the engine behind `create_read_sessionmaker`.
READ_ONLY_OPTION = "casewatch_read_only"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def create_engine(url: str, **kwargs: Any) -> AsyncEngine:
    """An async engine; on SQLite, with foreign keys on, WAL, a busy timeout, and write
    transactions that take the write lock when they begin (see `_sqlite_begin`).

    `hide_parameters`: a database error never carries its SQL parameters (a person's name, a
    reporter's words, a keyed hash) into an exception message, hence into a log."""
    kwargs.setdefault("hide_parameters", True)
    if is_sqlite(url):
        engine = create_async_engine(url, connect_args={"timeout": 30}, **kwargs)

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()
            # Let SQLAlchemy emit BEGIN itself (the driver's implicit BEGIN is deferred).
            dbapi_connection.isolation_level = None

        @event.listens_for(engine.sync_engine, "begin")
        def _sqlite_begin(connection: Connection) -> None:
            if connection.get_execution_options().get(READ_ONLY_OPTION):
                connection.exec_driver_sql("BEGIN")
                return
            # A deferred transaction that read first and then writes fails with "database is
            # locked" when another writer got in between (no busy wait in that case). Taking the
            # write lock at BEGIN makes concurrent updates queue up (busy timeout) and then see
            # each other's committed rows: a conditional UPDATE is race-free as on PostgreSQL.
            connection.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    kwargs.setdefault("pool_pre_ping", True)
    engine = create_async_engine(url, **kwargs)
    _default_plans_on_checkout(engine)
    return engine


# --- PostgreSQL's generic plans for lookups (db/search.py) -----------------------------------
#: Key in a pooled connection's `info` (which lives as long as the server connection): the
#: connection runs with `plan_cache_mode = force_generic_plan` for the whole session.
GENERIC_PLANS = "casewatch_generic_plans"
#: True while a lookup in autocommit takes its connection from the pool: that connection may
#: keep generic plans. Anyone else gets the connection with PostgreSQL's default.
_lookup_checkout: ContextVar[bool] = ContextVar("casewatch_lookup_checkout", default=False)


@contextlib.contextmanager
def generic_plans_welcome() -> Iterator[None]:
    """Within: a connection taken from the pool may keep the generic plans lookups left on it
    (bot/infra/context.py: read-only handlers of public data, whose statements all probe by
    keys: lookups, case cards, inline results). Saves a reset before the next lookup sets
    them again; nothing is set here."""
    marker = _lookup_checkout.set(True)
    try:
        yield
    finally:
        _lookup_checkout.reset(marker)


async def generic_plans_connection(session: AsyncSession) -> AsyncConnection:
    """The connection of an autocommit (reading) session on PostgreSQL, with generic plans for
    the rest of the session. The setting is made once per server connection, not per lookup:
    it stays while lookups reuse the connection, and the next checkout by anything else
    resets it first (`_default_plans_on_checkout`). So a stream of lookups costs no round
    trip for the setting, and everything else still runs with the default plans."""
    with generic_plans_welcome():
        connection = await session.connection()
    if not connection.info.get(GENERIC_PLANS):
        driver = (await connection.get_raw_connection()).driver_connection
        assert driver is not None
        await driver.execute("SET plan_cache_mode = force_generic_plan")
        connection.info[GENERIC_PLANS] = True
    return connection


def _default_plans_on_checkout(engine: AsyncEngine) -> None:
    """A connection left with generic plans by lookups gets the default back when anything
    but a lookup checks it out. Sent on the driver's connection: outside any transaction
    (a rolled-back writer must not undo the reset)."""

    @event.listens_for(engine.sync_engine, "checkout")
    def _reset_plans(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        if record.info.get(GENERIC_PLANS) and not _lookup_checkout.get():
            try:
                await_only(dbapi_connection.driver_connection.execute("RESET plan_cache_mode"))
            except Exception as error:  # a dead connection: the pool hands out another one
                raise DisconnectionError("connection failed resetting its plans") from error
            del record.info[GENERIC_PLANS]


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


def create_read_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions for transactions that only read: same pool, no write lock on SQLite.

    On PostgreSQL they run in autocommit: no BEGIN and COMMIT round trips. Under READ
    COMMITTED (the default) every statement takes a fresh snapshot inside a transaction too, so
    nothing a reader sees changes. Autoflush is off, so a reader that changed an object by
    mistake sends nothing before its caller refuses the commit (bot/infra/context.py)."""
    options: dict[str, Any] = {READ_ONLY_OPTION: True}
    if engine.dialect.name != "sqlite":
        options["isolation_level"] = "AUTOCOMMIT"
    return async_sessionmaker(
        engine.execution_options(**options), expire_on_commit=False, autoflush=False
    )
