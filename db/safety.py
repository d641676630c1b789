"""Reporter safety in the database: flood counters, erasable conversations, what is linked to a
person, and forgetting them. Query functions: they take the session first and never commit."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from sqlalchemy import Table, bindparam, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import (
    Base,
    ErasableChat,
    FloodCounter,
    Submission,
    SubmissionStatus,
    User,
    new_pseudonym_salt,
)

#: Length of a flood-control window.
FLOOD_WINDOW = dt.timedelta(hours=24)

#: Flood-control kinds.
SUBMISSION = "submission"
RELAYED_MESSAGE = "relayed_message"


def hour_floor(moment: dt.datetime) -> dt.datetime:
    """Round down to the hour: stored times must not date a single (anonymous) action."""
    return moment.replace(minute=0, second=0, microsecond=0)


def _aware(moment: dt.datetime) -> dt.datetime:
    # SQLite returns naive datetimes for timezone-aware columns; they were stored as UTC.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


# --- flood control -------------------------------------------------------------------------------


_COUNTER = select(FloodCounter).where(
    FloodCounter.user_id == bindparam("user_id"), FloodCounter.kind == bindparam("kind")
)


async def _counter(session: AsyncSession, user_id: int, kind: str) -> FloodCounter | None:
    return await session.scalar(_COUNTER, {"user_id": user_id, "kind": kind})


async def allowance_left(
    session: AsyncSession, user_id: int, kind: str, limit: int, now: dt.datetime
) -> int:
    """How many more actions of `kind` the user may take in the current window."""
    counter = await _counter(session, user_id, kind)
    if counter is None or now - _aware(counter.window_start) >= FLOOD_WINDOW:
        return limit
    return max(0, limit - counter.count)


async def take_allowance(
    session: AsyncSession, user_id: int, kind: str, limit: int, now: dt.datetime
) -> bool:
    """Count one action of `kind` if the user is under `limit` in the window; else refuse.

    A fixed 24-hour window starting (rounded to the hour) at the first counted action: one row
    per user and kind, updated in place.
    """
    counter = await _counter(session, user_id, kind)
    if counter is None:
        counter = FloodCounter(user_id=user_id, kind=kind, window_start=hour_floor(now), count=0)
        session.add(counter)
    elif now - _aware(counter.window_start) >= FLOOD_WINDOW:
        counter.window_start, counter.count = hour_floor(now), 0
    if counter.count >= limit:
        return False
    counter.count += 1
    await session.flush()
    return True


async def purge_flood_counters(session: AsyncSession, now: dt.datetime) -> int:
    """Delete counters whose window has ended (they would be reset anyway)."""
    result = await session.execute(
        delete(FloodCounter).where(FloodCounter.window_start <= now - FLOOD_WINDOW)
    )
    return int(getattr(result, "rowcount", 0) or 0)


# --- erasable conversations ----------------------------------------------------------------------


async def get_erasable(session: AsyncSession, user_id: int) -> ErasableChat | None:
    return await session.scalar(select(ErasableChat).where(ErasableChat.user_id == user_id))


async def put_erasable(
    session: AsyncSession, user_id: int, payload_enc: str, expires_at: dt.datetime
) -> ErasableChat:
    """Store (or replace) the user's erasable conversation record."""
    row = await get_erasable(session, user_id)
    if row is None:
        row = ErasableChat(user_id=user_id, payload_enc=payload_enc, expires_at=expires_at)
        session.add(row)
    else:
        row.payload_enc, row.expires_at = payload_enc, expires_at
    await session.flush()
    return row


async def delete_erasable(session: AsyncSession, user_id: int) -> None:
    await session.execute(delete(ErasableChat).where(ErasableChat.user_id == user_id))


async def purge_erasables(session: AsyncSession, now: dt.datetime) -> int:
    """Forget message ids Telegram would no longer let the bot delete."""
    result = await session.execute(delete(ErasableChat).where(ErasableChat.expires_at <= now))
    return int(getattr(result, "rowcount", 0) or 0)


# --- what is linked to a person -------------------------------------------------------------------


@dataclass(frozen=True)
class OwnSubmission:
    reference: str
    status: SubmissionStatus
    created_at: dt.datetime


async def own_submissions(session: AsyncSession, user_id: int) -> list[OwnSubmission]:
    """The submissions still linked to this user (anonymous ones never are)."""
    rows = await session.execute(
        select(Submission.reference, Submission.status, Submission.created_at)
        .where(Submission.submitter_id == user_id)
        .order_by(Submission.created_at, Submission.id)
    )
    return [OwnSubmission(r.reference, r.status, _aware(r.created_at)) for r in rows]


def _user_links() -> list[tuple[Table, str, str | None]]:
    """(table, column, ondelete) of every foreign key to users.id, in any model.

    Discovered from the metadata, so tables added later (subscriptions, ...) are covered by
    /mydata and /forget without editing this module.
    """
    users = User.__table__
    links: list[tuple[Table, str, str | None]] = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is users and fk.column.name == "id":
                links.append((table, fk.parent.name, fk.ondelete))
    return links


async def linked_row_counts(session: AsyncSession, user_id: int) -> dict[str, int]:
    """Number of rows per table that point at this user (only tables that have some)."""
    counts: dict[str, int] = {}
    for table, column, _ondelete in _user_links():
        n = await session.scalar(
            select(func.count()).select_from(table).where(table.c[column] == user_id)
        )
        if n:
            counts[table.name] = counts.get(table.name, 0) + int(n)
    return counts


async def unlink_user(session: AsyncSession, user_id: int) -> None:
    """Cut every row that points at the user: nullable links become NULL (their submissions
    stay, as public cases when approved), the user's own rows (drafts, subscriptions, counters)
    are deleted. Then the user row itself is deleted, or anonymised if something that cannot
    be detached still refers to it."""
    for table, column, ondelete in _user_links():
        where = table.c[column] == user_id
        if (ondelete or "").upper() == "CASCADE":
            await session.execute(delete(table).where(where))
        elif table.c[column].nullable:
            await session.execute(update(table).where(where).values({column: None}))
        # Otherwise the row is not the user's to delete: the user row is anonymised below.
    try:
        async with session.begin_nested():
            await session.execute(delete(User).where(User.id == user_id))
    except IntegrityError:
        # A table this module does not know keeps a non-nullable reference (e.g. an audit
        # trail of a moderator's decisions): keep the row, but make it lead back to nobody.
        await session.execute(
            update(User)
            .where(User.id == user_id)
            .values(
                tg_hash="forgotten:" + secrets.token_hex(24),
                pseudonym_salt=new_pseudonym_salt(),
                chat_enc=None,
                privacy_ack_at=None,
            )
        )
