"""Drafts of reports in progress, saved after every answer."""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from db.models import Draft

#: Statements built once: building one and its cache key costs about as much Python time as
#: running it, and every step of a report runs these.
_OF_DRAFT = (Draft.user_id == bindparam("draft_user"), Draft.kind == bindparam("draft_kind"))
_LOAD = select(Draft).where(*_OF_DRAFT)
_DATA = select(Draft.data).where(*_OF_DRAFT)
_SET_DATA = update(Draft).where(*_OF_DRAFT).values(data=bindparam("new_data"))


async def load_draft(session: AsyncSession, user_id: int, kind: str = "report") -> Draft | None:
    return await session.scalar(_LOAD, {"draft_user": user_id, "draft_kind": kind})


async def save_draft(
    session: AsyncSession, user_id: int, data: dict[str, Any], kind: str = "report"
) -> Draft:
    draft = await load_draft(session, user_id, kind)
    if draft is None:
        draft = Draft(user_id=user_id, kind=kind, data=data)
        session.add(draft)
    else:
        draft.data = data
    await session.flush()
    return draft


async def new_draft(
    session: AsyncSession, user_id: int, data: dict[str, Any], kind: str = "report"
) -> Draft:
    """Insert a draft where the caller has just found none in this transaction."""
    draft = Draft(user_id=user_id, kind=kind, data=data)
    session.add(draft)
    await session.flush()
    return draft


async def delete_draft(session: AsyncSession, user_id: int, kind: str = "report") -> None:
    await session.execute(delete(Draft).where(Draft.user_id == user_id, Draft.kind == kind))


async def note_message_id(
    connection: AsyncConnection, user_id: int, message_id: int, *, keep: int, kind: str = "report"
) -> None:
    """Add a message id to the `message_ids` of a saved draft (if there is one), keeping the
    last `keep`: two plain statements in the caller's transaction, no model loaded."""
    of_draft = {"draft_user": user_id, "draft_kind": kind}
    data = await connection.scalar(_DATA, of_draft)
    if data is None:
        return
    ids: list[int] = data.setdefault("message_ids", [])
    if message_id in ids:
        return
    ids.append(message_id)
    del ids[:-keep]
    await connection.execute(_SET_DATA, {**of_draft, "new_data": data})
