"""Drafts of reports in progress, saved after every answer."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Draft


async def load_draft(session: AsyncSession, user_id: int, kind: str = "report") -> Draft | None:
    return await session.scalar(select(Draft).where(Draft.user_id == user_id, Draft.kind == kind))


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


async def delete_draft(session: AsyncSession, user_id: int, kind: str = "report") -> None:
    await session.execute(delete(Draft).where(Draft.user_id == user_id, Draft.kind == kind))
