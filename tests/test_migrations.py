"""Alembic: up, check for drift, down to base and up again, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import create_async_engine

from db import migrate
from db.models import Base


async def table_names(url: str) -> set[str]:
    engine = create_async_engine(url)
    try:
        async with engine.connect() as connection:
            return set(await connection.run_sync(lambda c: inspect(c).get_table_names()))
    finally:
        await engine.dispose()


def test_upgrade_check_downgrade(empty_database_url: str) -> None:
    import asyncio

    url = empty_database_url
    config = migrate.alembic_config(url)
    command.upgrade(config, "head")
    assert set(Base.metadata.tables) <= asyncio.run(table_names(url))
    command.check(config)  # raises when models and migrations differ
    command.downgrade(config, "base")
    assert asyncio.run(table_names(url)) <= {"alembic_version"}
    command.upgrade(config, "head")
    assert set(Base.metadata.tables) <= asyncio.run(table_names(url))
