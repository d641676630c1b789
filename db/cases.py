"""Cases and submissions: creating a pending submission and loading a case in full."""

from __future__ import annotations

import secrets

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload, selectinload

from db.models import Case, Event, Person, Submission, User

#: Crockford's base32 alphabet: no I, L, O, U, so a reference read aloud is unambiguous.
_REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_reference() -> str:
    """An unguessable reference like 'CW-7K2M-9QXD' (references must not be enumerable)."""
    chars = "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(8))
    return f"CW-{chars[:4]}-{chars[4:]}"


CASE_LOAD_OPTIONS = (
    # A case has one person: joined into the case's own statement (one round trip fewer).
    joinedload(Case.person).selectinload(Person.aliases),
    selectinload(Case.charges),
    selectinload(Case.acts),
    selectinload(Case.sources),
    selectinload(Case.events).selectinload(Event.sentence),
    selectinload(Case.attachments),
)


async def create_submission(
    session: AsyncSession, case: Case, submitter: User | None
) -> Submission:
    """Store `case` (publication PENDING) with a new pending submission for moderators."""
    while True:
        reference = new_reference()
        taken = await session.scalar(select(Submission.id).where(Submission.reference == reference))
        if taken is None:
            break
    submission = Submission(reference=reference, case=case, submitter=submitter)
    session.add(submission)
    await session.flush()
    return submission


async def get_case(session: AsyncSession, case_id: int) -> Case | None:
    """A case with everything a card shows, loaded eagerly."""
    return await session.scalar(
        select(Case)
        .where(Case.id == case_id)
        .options(*CASE_LOAD_OPTIONS)
        .execution_options(populate_existing=True)
    )


async def get_submission_by_reference(session: AsyncSession, reference: str) -> Submission | None:
    return await session.scalar(
        select(Submission)
        .where(Submission.reference == reference.upper())
        .options(selectinload(Submission.case).options(*CASE_LOAD_OPTIONS))
    )
