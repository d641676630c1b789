"""What the per-update shortcuts (issue 13's throughput work) may and may not skip.

A lookup by a person the process remembers reads no user row and opens no guidance transaction;
roles still come from the database on every update that depends on them; /forget drops the
memory; on PostgreSQL an idle pooled connection is pinged (and replaced when dead) before use.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import asyncpg
import pytest
from sqlalchemy import event, func, select, update
from telegram import Update
from telegram.ext import CallbackContext, ContextTypes

from bot.infra import context as bot_context
from bot.infra.context import Resources, Tx, resources, transactional
from db.engine import is_sqlite
from db.models import Case, CaseStage, Charge, Person, Publication, Role, User
from db.search import index_person
from db.users import get_user
from tests.conftest import POSTGRES_URL, BotHarness, _asyncpg_dsn

LOOKER_ID = 7401


async def seed_case(bot: BotHarness, name: str = "Asylkhan Zhaubatyrov") -> int:
    async with bot.sessionmaker() as session, session.begin():
        person = Person(name_as_entered=name, city="Aktobe")
        case = Case(
            person=person,
            stage=CaseStage.CHARGED,
            publication=Publication.APPROVED,
            charges=[Charge(article="405", part=2)],
        )
        session.add(case)
        await session.flush()
        await index_person(session, person)
        return case.id


@contextmanager
def statements(res: Resources) -> Iterator[list[str]]:
    """The SQL statements the bot runs inside the block."""
    seen: list[str] = []

    def note(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(" ".join(statement.split()))

    engine = res.engine.sync_engine
    event.listen(engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", note)


def reads_users(seen: list[str]) -> list[str]:
    return [s for s in seen if "FROM users" in s]


async def set_role(bot: BotHarness, telegram_id: int, role: Role) -> None:
    """As the admin CLI does, from outside the bot's process state."""
    res = resources(bot.app)
    async with bot.sessionmaker() as session, session.begin():
        await session.execute(
            update(User).where(User.tg_hash == res.user_hash(telegram_id)).values(role=role)
        )


async def test_a_remembered_person_looks_up_without_reading_their_row(bot: BotHarness) -> None:
    await seed_case(bot)
    chat = bot.chat(LOOKER_ID, language_code="ru")
    await chat.send("/search Zhaubatyrov")  # first contact: the row is written and remembered
    res = resources(bot.app)
    with statements(res) as seen:
        [page] = await chat.send("/search Жаубатыров")
        [card] = await chat.press("Zhaubatyrov")
        [again] = await chat.send("Zhaubatyrov")  # plain text: guidance asks nothing
    assert "Asylkhan Zhaubatyrov" in page.text and "Asylkhan Zhaubatyrov" in card.text
    assert "Дела" in page.text or "Результаты" in page.text  # the remembered language
    assert "Asylkhan Zhaubatyrov" in again.text
    assert seen and reads_users(seen) == []


async def test_a_question_is_still_taken_after_the_person_was_remembered(
    bot: BotHarness,
) -> None:
    await seed_case(bot)
    chat = bot.chat(LOOKER_ID)
    await chat.send("/search Zhaubatyrov")  # remembered with no open question
    [question] = await chat.send("/city")
    assert "Which town or city?" in question.text
    [answer] = await chat.send("Aktobe")
    assert "Cases in Aktobe" in answer.text and "Asylkhan Zhaubatyrov" in answer.text
    [lookup] = await chat.send("Aktobe")  # the question was answered: a name lookup again
    assert "«Aktobe»" in lookup.text


async def test_roles_come_from_the_database_on_every_update_that_needs_them(
    bot: BotHarness,
) -> None:
    await seed_case(bot)
    chat = bot.chat(LOOKER_ID)
    await chat.send("/search Zhaubatyrov")
    await chat.send("/queue")
    assert chat.last().text == "This command is for moderators."
    await set_role(bot, LOOKER_ID, Role.MODERATOR)  # remembered as a plain user
    await chat.send("/queue")
    assert chat.last().text != "This command is for moderators."
    await chat.send("/search Zhaubatyrov")
    await set_role(bot, LOOKER_ID, Role.USER)  # remembered as a moderator
    await chat.send("/queue")
    assert chat.last().text == "This command is for moderators."


async def test_forget_drops_the_person_from_memory(bot: BotHarness) -> None:
    await seed_case(bot)
    chat = bot.chat(LOOKER_ID)
    await chat.send("/search Zhaubatyrov")
    res = resources(bot.app)
    before = res.users.get(LOOKER_ID)
    assert before is not None
    await chat.send("/forget")
    await chat.press("Yes, erase")
    assert res.users.get(LOOKER_ID) is None
    [page] = await chat.send("/search Zhaubatyrov")
    assert "Asylkhan Zhaubatyrov" in page.text
    assert res.users.get(LOOKER_ID) is not None  # remembered again, as the new row


async def test_an_idle_postgresql_connection_is_pinged_and_replaced(
    bot: BotHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    if is_sqlite(bot.settings.database_url):
        pytest.skip("SQLite has no server connection to lose")
    await seed_case(bot)
    chat = bot.chat(LOOKER_ID)
    await chat.send("/search Zhaubatyrov")
    monkeypatch.setattr(bot_context, "PING_IDLE_AFTER", 0.0)  # every pooled one counts as idle
    database = resources(bot.app).engine.url.database
    admin = await asyncpg.connect(_asyncpg_dsn(POSTGRES_URL), timeout=5)
    try:
        ended = await admin.fetchval(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = $1 AND pid <> pg_backend_pid()",
            database,
        )
    finally:
        await admin.close()
    assert ended >= 1  # the pooled connection is dead
    [page] = await chat.send("/search Zhaubatyrov")
    assert "Asylkhan Zhaubatyrov" in page.text


async def test_a_reader_that_changes_a_row_by_mistake_writes_nothing(bot: BotHarness) -> None:
    """Readers run in autocommit on PostgreSQL: a change must never be flushed by a query."""
    chat = bot.chat(LOOKER_ID)
    await chat.send("/help")

    @transactional(read_only=True)
    async def careless(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
        tx.user.language = "kk"
        await tx.session.scalar(select(func.count()).select_from(Case))  # would autoflush

    update_ = Update.de_json(chat.factory.text("/anything").to_dict(), bot.app.bot)
    with pytest.raises(RuntimeError, match="read-only but changed rows"):
        await careless(update_, CallbackContext.from_update(update_, bot.app))
    res = resources(bot.app)
    async with bot.sessionmaker() as session:
        user = await get_user(session, res.user_hash(LOOKER_ID))
        assert user is not None and user.language == "en"
