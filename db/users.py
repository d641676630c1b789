"""Users, found only by the keyed hash of their Telegram id."""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Role, User

#: Built once: every writing update reads its user (building a statement and its cache key
#: costs about as much Python time as running it).
_BY_HASH = select(User).where(User.tg_hash == bindparam("tg_hash"))


async def get_user(session: AsyncSession, tg_hash: str) -> User | None:
    return await session.scalar(_BY_HASH, {"tg_hash": tg_hash})


async def get_or_create_user(
    session: AsyncSession, tg_hash: str, *, language: str, role: Role = Role.USER
) -> User:
    """The user with this hash, created on first contact with the given language and role."""
    user = await get_user(session, tg_hash)
    if user is None:
        user = User(tg_hash=tg_hash, language=language, role=role)
        session.add(user)
        await session.flush()
    return user


async def users_with_role(session: AsyncSession, *roles: Role) -> list[User]:
    result = await session.scalars(select(User).where(User.role.in_(roles)).order_by(User.id))
    return list(result)


async def ensure_user(session: AsyncSession, tg_hash: str, *, language: str) -> User:
    """The row with this hash, inserted if missing without failing when a concurrent
    transaction inserts it too (ON CONFLICT DO NOTHING: PostgreSQL waits for that one and
    then finds its row). For rows made on behalf of a chat, not on a person's first contact."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    await session.execute(
        insert(User)
        .values(tg_hash=tg_hash, language=language, role=Role.USER)
        .on_conflict_do_nothing(index_elements=[User.tg_hash])
    )
    user = await get_user(session, tg_hash)
    assert user is not None
    return user
