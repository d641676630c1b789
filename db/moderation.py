"""Moderation queries: decisions, locks, question threads, the audit log, duplicates.

Like every module in db/, these functions take the session first and never commit: a decision,
its audit entry and the events it publishes are written in the caller's one transaction (the
changes themselves are made by services/, which call these).
"""

from __future__ import annotations

import datetime as dt
import functools
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Integer,
    String,
    bindparam,
    delete,
    func,
    inspect,
    literal,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased, joinedload, selectinload
from sqlalchemy.orm.util import identity_key

from db.cases import CASE_LOAD_OPTIONS
from db.models import (
    AuditEntry,
    Case,
    CaseUpdateProposal,
    EditLock,
    ModerationCard,
    Publication,
    Role,
    SearchKey,
    Submission,
    SubmissionStatus,
    ThreadMessage,
    User,
    utcnow,
)
from db.names import name_words
from db.search import Kind, keys_of

#: A submission a moderator can still decide on.
OPEN_STATUSES = (SubmissionStatus.PENDING, SubmissionStatus.CHANGES_REQUESTED)
LOCK_MINUTES = 10


# --- submissions and decisions -----------------------------------------------------------------


async def get_submission(session: AsyncSession, submission_id: int) -> Submission | None:
    """A submission with its submitter and its case loaded in full."""
    return await session.scalar(
        select(Submission)
        .where(Submission.id == submission_id)
        .options(
            selectinload(Submission.case).options(*CASE_LOAD_OPTIONS),
            selectinload(Submission.submitter),
        )
        .execution_options(populate_existing=True)
    )


#: What a moderation card shows of a submission's case: none of it may be left to a lazy load.
_CARD_CASE_RELATIONS = frozenset({"person", "charges", "acts", "sources", "events", "attachments"})


def _loaded(instance: object, relations: frozenset[str] | set[str]) -> bool:
    """No column of `instance` waits to be re-read (expired) and none of `relations` is left
    to a lazy load. A column never set on a new row is simply None: it reads nothing."""
    state = inspect(instance)
    return not state.expired_attributes and not (state.unloaded & relations)


def _card_tree_loaded(submission: Submission) -> bool:
    """Whether the submission, its submitter and everything its card shows of the case are in
    memory."""
    if not _loaded(submission, {"case", "submitter"}):
        return False
    case = submission.case
    if not _loaded(case, _CARD_CASE_RELATIONS) or not _loaded(case.person, {"aliases"}):
        return False
    if submission.submitter is not None and not _loaded(submission.submitter, set()):
        return False
    return all(_loaded(event, {"sentence"}) for event in case.events)


async def card_submission(session: AsyncSession, submission_id: int) -> Submission | None:
    """The submission a card is rendered from: the one this transaction already holds when it
    is loaded in full (a report just submitted: no statement at all), else get_submission.

    Safe because the case tree changes only through the ORM (services/), which keeps the
    objects in memory current; the one column changed behind the ORM's back, the status, is
    read again by card_state."""
    held = session.identity_map.get(identity_key(Submission, submission_id))
    if isinstance(held, Submission) and _card_tree_loaded(held):
        return held
    return await get_submission(session, submission_id)


@dataclass(frozen=True)
class CardState:
    """What a card shows about its submission besides the case: read in one statement."""

    status: SubmissionStatus
    target_case_id: int | None
    lock_holder: int | None
    thread: list[ThreadMessage]


async def card_state(session: AsyncSession, submission_id: int) -> CardState | None:
    """Status, the case an update proposal targets, who holds the edit lock, and the question
    thread, in one statement (one row per thread message, or one with none)."""
    target = (
        select(CaseUpdateProposal.target_case_id)
        .where(CaseUpdateProposal.submission_id == Submission.id)
        .scalar_subquery()
    )
    holder = (
        select(EditLock.moderator_id)
        .where(EditLock.submission_id == Submission.id, EditLock.expires_at > utcnow())
        .scalar_subquery()
    )
    rows = (
        await session.execute(
            select(Submission.status, target, holder, ThreadMessage)
            .outerjoin(ThreadMessage, ThreadMessage.submission_id == Submission.id)
            .where(Submission.id == submission_id)
            .order_by(ThreadMessage.id)
        )
    ).all()
    if not rows:
        return None
    status, target_case_id, lock_holder, _first = rows[0]
    return CardState(
        status=status,
        target_case_id=target_case_id,
        lock_holder=lock_holder,
        thread=[row[3] for row in rows if row[3] is not None],
    )


async def open_submissions(
    session: AsyncSession, *, offset: int, limit: int
) -> tuple[list[Submission], int]:
    """Submissions waiting for a decision, oldest first, and how many there are in all."""
    total = await session.scalar(
        select(func.count(Submission.id)).where(Submission.status.in_(OPEN_STATUSES))
    )
    rows = await session.scalars(
        select(Submission)
        .where(Submission.status.in_(OPEN_STATUSES))
        .order_by(Submission.created_at, Submission.id)
        .offset(offset)
        .limit(limit)
        .options(selectinload(Submission.case).selectinload(Case.person))
    )
    return list(rows), int(total or 0)


async def claim_decision(
    session: AsyncSession,
    submission_id: int,
    status: SubmissionStatus,
    reason: str | None = None,
) -> bool:
    """Decide an open submission, or return False if someone decided it first.

    A conditional UPDATE checked by rowcount: of two moderators deciding at the same moment,
    the second waits for the first one's row lock (PostgreSQL) or write lock (SQLite, see
    db.engine) and then matches no row.
    """
    result = await session.execute(
        update(Submission)
        .where(Submission.id == submission_id, Submission.status.in_(OPEN_STATUSES))
        .values(status=status, decision_reason=reason, decided_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0) == 1)


async def set_open_status(
    session: AsyncSession, submission_id: int, status: SubmissionStatus
) -> bool:
    """Move an undecided submission between pending and changes_requested."""
    result = await session.execute(
        update(Submission)
        .where(Submission.id == submission_id, Submission.status.in_(OPEN_STATUSES))
        .values(status=status)
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0) == 1)


async def decided_by(session: AsyncSession, submission_id: int) -> AuditEntry | None:
    """The audit entry of the decision already taken on a submission (who and what)."""
    return await session.scalar(
        select(AuditEntry)
        .where(
            AuditEntry.submission_id == submission_id,
            AuditEntry.action.in_(("approve", "reject", "merge")),
        )
        .order_by(AuditEntry.id)
        .limit(1)
    )


async def update_target(session: AsyncSession, submission_id: int) -> int | None:
    """The case a submission proposes to update, when it is an update proposal."""
    return await session.scalar(
        select(CaseUpdateProposal.target_case_id).where(
            CaseUpdateProposal.submission_id == submission_id
        )
    )


async def cards_of(session: AsyncSession, submission_id: int) -> list[ModerationCard]:
    """Every copy of a submission's card sent to a moderation chat."""
    rows = await session.scalars(
        select(ModerationCard)
        .where(ModerationCard.submission_id == submission_id)
        .order_by(ModerationCard.id)
    )
    return list(rows)


# --- edit locks --------------------------------------------------------------------------------


async def lock_holder(session: AsyncSession, submission_id: int) -> int | None:
    """users.id of the moderator editing this submission now, if any."""
    return await session.scalar(
        select(EditLock.moderator_id).where(
            EditLock.submission_id == submission_id, EditLock.expires_at > utcnow()
        )
    )


async def acquire_lock(session: AsyncSession, submission_id: int, moderator_id: int) -> int:
    """Take (or extend) the edit lock; returns the holder, which is someone else if taken."""
    expires = utcnow() + dt.timedelta(minutes=LOCK_MINUTES)
    result = await session.execute(
        update(EditLock)
        .where(
            EditLock.submission_id == submission_id,
            or_(EditLock.moderator_id == moderator_id, EditLock.expires_at <= utcnow()),
        )
        .values(moderator_id=moderator_id, expires_at=expires)
        .execution_options(synchronize_session=False)
    )
    if getattr(result, "rowcount", 0) == 1:
        return moderator_id
    holder = await lock_holder(session, submission_id)
    if holder is not None:
        return holder
    try:
        async with session.begin_nested():
            session.add(
                EditLock(submission_id=submission_id, moderator_id=moderator_id, expires_at=expires)
            )
    except IntegrityError:
        return await lock_holder(session, submission_id) or moderator_id
    return moderator_id


async def release_lock(session: AsyncSession, submission_id: int, moderator_id: int) -> None:
    await session.execute(
        delete(EditLock).where(
            EditLock.submission_id == submission_id, EditLock.moderator_id == moderator_id
        )
    )


# --- question threads --------------------------------------------------------------------------


async def add_thread_message(
    session: AsyncSession, submission_id: int, kind: str, author_id: int, text: str
) -> ThreadMessage:
    message = ThreadMessage(submission_id=submission_id, kind=kind, author_id=author_id, text=text)
    session.add(message)
    await session.flush()
    return message


async def thread_of(session: AsyncSession, submission_id: int) -> list[ThreadMessage]:
    rows = await session.scalars(
        select(ThreadMessage)
        .where(ThreadMessage.submission_id == submission_id)
        .order_by(ThreadMessage.id)
    )
    return list(rows)


async def question_for_submitter(
    session: AsyncSession,
    submitter_id: int,
    *,
    question_id: int | None = None,
    relayed_message_id: int | None = None,
) -> ThreadMessage | None:
    """A question relayed to this submitter (by id or by the message they replied to), only if
    it is about one of their own submissions."""
    query = (
        select(ThreadMessage)
        .join(Submission, Submission.id == ThreadMessage.submission_id)
        .where(ThreadMessage.kind == "question", Submission.submitter_id == submitter_id)
    )
    if question_id is not None:
        query = query.where(ThreadMessage.id == question_id)
    elif relayed_message_id is not None:
        query = query.where(ThreadMessage.relayed_message_id == relayed_message_id)
    else:
        return None
    return await session.scalar(query.order_by(ThreadMessage.id.desc()).limit(1))


# --- audit -------------------------------------------------------------------------------------


async def audit(
    session: AsyncSession,
    actor: User | None,
    action: str,
    *,
    case_id: int | None = None,
    submission_id: int | None = None,
    **details: Any,
) -> AuditEntry:
    entry = AuditEntry(
        actor_id=actor.id if actor else None,
        action=action,
        case_id=case_id,
        submission_id=submission_id,
        details=_jsonable(details),
    )
    session.add(entry)
    await session.flush()
    return entry


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value)


async def case_history(session: AsyncSession, case_id: int) -> list[AuditEntry]:
    """Every audit entry about a case, its submissions, and cases merged into it."""
    submission_ids = select(Submission.id).where(
        or_(
            Submission.case_id == case_id,
            Submission.case_id.in_(select(Case.id).where(Case.merged_into_id == case_id)),
        )
    )
    rows = await session.scalars(
        select(AuditEntry)
        .where(or_(AuditEntry.case_id == case_id, AuditEntry.submission_id.in_(submission_ids)))
        .order_by(AuditEntry.created_at, AuditEntry.id)
    )
    return list(rows)


#: tg_hash prefix of the anonymised row that keeps a forgotten moderator's decisions apart.
FORMER_MODERATOR = "former-moderator:"


async def retire_actor(session: AsyncSession, user_id: int) -> int | None:
    """Before a moderator is forgotten: their audit rows and questions move to a new,
    anonymised "former moderator" row (no Telegram id, no chat), so history still tells their
    decisions apart from others'. Returns the new row's id, or None when they acted on nothing."""
    acted = await session.scalar(
        select(AuditEntry.id).where(AuditEntry.actor_id == user_id).limit(1)
    )
    asked = await session.scalar(
        select(ThreadMessage.id)
        .where(ThreadMessage.author_id == user_id, ThreadMessage.kind == "question")
        .limit(1)
    )
    if acted is None and asked is None:
        return None
    former = User(tg_hash=FORMER_MODERATOR + secrets.token_hex(20), language="en")
    session.add(former)
    await session.flush()
    await session.execute(
        update(AuditEntry).where(AuditEntry.actor_id == user_id).values(actor_id=former.id)
    )
    await session.execute(
        update(ThreadMessage)
        .where(ThreadMessage.author_id == user_id, ThreadMessage.kind == "question")
        .values(author_id=former.id)
    )
    return former.id


async def former_moderators(session: AsyncSession, user_ids: set[int]) -> set[int]:
    """Which of these users.id are anonymised former moderators."""
    if not user_ids:
        return set()
    rows = await session.scalars(
        select(User.id).where(User.id.in_(user_ids), User.tg_hash.startswith(FORMER_MODERATOR))
    )
    return set(rows)


# --- roles -------------------------------------------------------------------------------------


async def set_role(session: AsyncSession, tg_hash: str, role: Role, language: str) -> User:
    """Give the user with this hash a role, creating the user row if they never wrote yet."""
    user = await session.scalar(select(User).where(User.tg_hash == tg_hash))
    if user is None:
        user = User(tg_hash=tg_hash, language=language, role=role)
        session.add(user)
    else:
        user.role = role
    await session.flush()
    return user


# --- duplicates --------------------------------------------------------------------------------


#: How many of a surname's newest cases the (surname, town) and (surname, article) checks read.
SURNAME_SCAN = 1000


async def find_duplicates(session: AsyncSession, case: Case, limit: int = 5) -> list[Case]:
    """Public or pending cases of probably the same person, from the search index, in one
    statement, best first: two shared name words (an order-free pair key), then the same
    surname and the same town, then the same surname and the same article; newest first
    within each. Folding is db.names', the same as lookups'.

    Bounded at any size: pair postings are short; a surname's postings can run to thousands
    at a million cases (and "405" holds half of them), so each (surname, town) and (surname,
    article) arm walks that surname's postings newest first along the primary key of
    `search_keys`, probes the other key and the case by primary key, and stops after `limit`
    matches or SURNAME_SCAN postings: never a whole posting list, never the cases table. The
    price: a surname shared by more than SURNAME_SCAN cases is matched on town or article
    among its newest SURNAME_SCAN cases only (the name-pair arm still finds older ones)."""
    person = case.person
    found = keys_of(case).keys
    pairs = sorted(k for kind, k in found if kind == Kind.NAME_PAIR.value)
    surnames = sorted({key for key, _full in name_words(person.surname or "", limit=2)})
    places = sorted(k for kind, k in found if kind == Kind.PLACE.value)
    articles = sorted(k for kind, k in found if kind == Kind.ARTICLE.value and "." not in k)
    if not pairs and not (surnames and (places or articles)):
        return []
    statement = _duplicates_statement(bool(pairs), len(surnames), len(places), len(articles))
    params: dict[str, Any] = {
        "own_id": case.id if case.id is not None else -1,
        "limit": limit,
        "pairs": pairs,
        **{f"surname_{i}": key for i, key in enumerate(surnames)},
        **{f"place_{i}": key for i, key in enumerate(places)},
        **{f"article_{i}": key for i, key in enumerate(articles)},
    }
    if not pairs:
        del params["pairs"]
    rows = await session.scalars(statement, params)
    return list(rows)


@functools.lru_cache(maxsize=64)
def _duplicates_statement(pairs: bool, surnames: int, places: int, articles: int) -> Any:
    """The statement of find_duplicates for one shape of keys, built once (building it costs
    more than running it): every value is a bound parameter."""
    own_id, limit = bindparam("own_id", type_=Integer), bindparam("limit", type_=Integer)

    def candidate(case_id: Any) -> Any:
        """A posting of another case that a moderator may still see (approved or pending)."""
        return (
            select(Case.id)
            .where(
                Case.id == case_id,
                Case.id != own_id,
                Case.publication.in_((Publication.APPROVED, Publication.PENDING)),
            )
            .exists()
        )

    arms = []
    if pairs:
        posting = aliased(SearchKey)
        arms.append(
            select(posting.case_id, literal(0).label("rank"))
            .where(
                posting.kind == Kind.NAME_PAIR.value,
                posting.key.in_(bindparam("pairs", expanding=True)),
            )
            .where(candidate(posting.case_id))
            .order_by(posting.case_id.desc())
            .limit(limit)
        )
    contexts = (
        (1, Kind.PLACE.value, "place", places),
        (2, Kind.ARTICLE.value, "article", articles),
    )
    for rank, context_kind, name, count in contexts:
        for s in range(surnames):
            for c in range(count):
                surname = bindparam(f"surname_{s}", type_=String)
                context_key = bindparam(f"{name}_{c}", type_=String)
                posting, other, oldest = aliased(SearchKey), aliased(SearchKey), aliased(SearchKey)
                # The case id SURNAME_SCAN postings back: the walk below stops there at worst.
                floor = func.coalesce(
                    select(oldest.case_id)
                    .where(oldest.kind == Kind.NAME.value, oldest.key == surname)
                    .order_by(oldest.case_id.desc())
                    .offset(SURNAME_SCAN - 1)
                    .limit(1)
                    .scalar_subquery(),
                    0,
                )
                same_context = (
                    select(other.case_id)
                    .where(
                        other.kind == context_kind,
                        other.key == context_key,
                        other.case_id == posting.case_id,
                    )
                    .exists()
                )
                arms.append(
                    select(posting.case_id, literal(rank).label("rank"))
                    .where(
                        posting.kind == Kind.NAME.value,
                        posting.key == surname,
                        posting.case_id >= floor,
                    )
                    .where(same_context, candidate(posting.case_id))
                    .order_by(posting.case_id.desc())
                    .limit(limit)
                )
    # Each arm keeps its own ORDER BY ... LIMIT inside a subquery (SQLite allows them only there).
    parts = [select(arm.subquery()) for arm in arms]
    candidates = (union_all(*parts) if len(parts) > 1 else parts[0]).subquery()
    best = (
        select(candidates.c.case_id, func.min(candidates.c.rank).label("rank"))
        .group_by(candidates.c.case_id)
        .subquery()
    )
    return (
        select(Case)
        .join(best, best.c.case_id == Case.id)
        .order_by(best.c.rank, Case.id.desc())
        .limit(limit)
        .options(joinedload(Case.person))  # one statement: a case has exactly one person
    )


async def cases_by_ids(session: AsyncSession, ids: list[int]) -> list[Case]:
    rows = await session.scalars(
        select(Case).where(Case.id.in_(ids)).options(selectinload(Case.person))
    )
    return list(rows)
