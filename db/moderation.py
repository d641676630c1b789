"""Moderation queries: decisions, merges, locks, question threads, the audit log, duplicates.

Like every module in db/, these functions take the session first and never commit: a decision,
its audit entry and the events it publishes are written in the caller's one transaction.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from db.alerts import enqueue_alerts
from db.cases import CASE_LOAD_OPTIONS
from db.models import (
    AllegedAct,
    Attachment,
    AuditEntry,
    Case,
    CaseStage,
    CaseUpdateProposal,
    Charge,
    EditLock,
    Event,
    EventKind,
    Person,
    PersonAlias,
    Publication,
    PublishedEvent,
    Role,
    Source,
    Submission,
    SubmissionStatus,
    ThreadMessage,
    User,
    utcnow,
)
from db.search import index_person

#: A submission a moderator can still decide on.
OPEN_STATUSES = (SubmissionStatus.PENDING, SubmissionStatus.CHANGES_REQUESTED)
#: Events whose publication is news for subscribers.
ALERT_EVENTS = (EventKind.VERDICT, EventKind.APPEAL_RULING)
LOCK_MINUTES = 10
_STAGE_ORDER = list(CaseStage)


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


async def publish_event(session: AsyncSession, event: Event) -> None:
    """The single point where a verdict or appeal ruling becomes public.

    Recorded once in `published_events`, and the subscriber alerts are queued in the outbox in
    this same transaction: an approval that rolls back leaves no alert behind.
    """
    await session.flush()
    exists = await session.scalar(
        select(PublishedEvent.id).where(PublishedEvent.event_id == event.id)
    )
    if exists is None:
        session.add(PublishedEvent(event_id=event.id, case_id=event.case_id))
        await session.flush()
        await enqueue_alerts(session, event)


async def approve_case(session: AsyncSession, case: Case) -> list[Event]:
    """Make a pending case public; returns the verdicts and rulings that became public."""
    case.publication = Publication.APPROVED
    case.approved_at = utcnow()
    published = [e for e in case.events if e.kind in ALERT_EVENTS and not e.scheduled]
    for event in published:
        await publish_event(session, event)
    # Edits may have changed names, place or judge since the report: index what is published.
    await index_person(session, case.person)
    return published


# --- merging -----------------------------------------------------------------------------------


@dataclass
class MergeResult:
    """What a merge added to the target and which conflicting values it kept aside."""

    added: dict[str, list[Any]] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    moved_events: list[Event] = field(default_factory=list)

    def note(self, what: str, value: Any) -> None:
        self.added.setdefault(what, []).append(value)

    def as_json(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "conflicts": self.conflicts,
            "events": [e.id for e in self.moved_events],
        }


def _same_text(a: str | None, b: str | None) -> bool:
    return (a or "").strip().casefold() == (b or "").strip().casefold()


def _fill(result: MergeResult, target: object, source: object, name: str) -> None:
    """Fill an empty scalar of the target; a different value is kept as a conflict."""
    new = getattr(source, name)
    old = getattr(target, name)
    if new in (None, ""):
        return
    if old in (None, ""):
        setattr(target, name, new)
        result.note(name, new)
    elif not _same_text(str(old), str(new)):
        result.conflicts.append({"field": name, "kept": old, "reported": new})


def _event_key(event: Event) -> tuple[Any, ...]:
    parts = tuple((p.kind, p.term_months, p.hours, p.amount) for p in event.sentence)
    return (event.kind, event.event_date, event.appeal_outcome, parts)


async def merge_case(session: AsyncSession, source: Case, target: Case) -> MergeResult:
    """Move every fact of `source` into `target`; `source` becomes MERGED into it.

    Nothing is silently dropped: other spellings of the name become aliases, empty fields are
    filled, lists (charges, acts, sources, events with their sentences, attachments) are added
    unless the very same item is already there, and a scalar that differs from the target's is
    returned in `conflicts` for the audit log.
    """
    result = MergeResult()
    if source.person_id != target.person_id:
        person, other = target.person, source.person
        known = {
            person.name_as_entered.casefold(),
            *(a.spelling.casefold() for a in person.aliases),
        }
        for spelling in [other.name_as_entered, *(a.spelling for a in other.aliases)]:
            if spelling.casefold() not in known:
                known.add(spelling.casefold())
                person.aliases.append(PersonAlias(spelling=spelling))
                result.note("aliases", spelling)
        for name in ("surname", "given_names", "patronymic", "city", "region", "occupation"):
            _fill(result, person, other, name)
    for name in ("court", "judge", "prosecutor", "summary"):
        _fill(result, target, source, name)
    if _STAGE_ORDER.index(source.stage) > _STAGE_ORDER.index(target.stage):
        result.note("stage", source.stage.value)
        target.stage = source.stage

    charges = {(c.article, c.part) for c in target.charges}
    for charge in list(source.charges):
        if (charge.article, charge.part) not in charges:
            charges.add((charge.article, charge.part))
            target.charges.append(
                Charge(
                    article=charge.article,
                    part=charge.part,
                    title=charge.title,
                    position=len(target.charges),
                )
            )
            result.note("charges", f"{charge.article}.{charge.part or ''}")
    acts = {a.description.strip().casefold() for a in target.acts}
    for act in list(source.acts):
        if act.description.strip().casefold() not in acts:
            acts.add(act.description.strip().casefold())
            target.acts.append(
                AllegedAct(
                    description=act.description, act_date=act.act_date, position=len(target.acts)
                )
            )
            result.note("acts", act.description)
    urls = {s.url for s in target.sources}
    for src in list(source.sources):
        if src.url not in urls:
            urls.add(src.url)
            target.sources.append(Source(url=src.url, title=src.title))
            result.note("sources", src.url)
    files = {a.file_unique_id for a in target.attachments}
    for attachment in list(source.attachments):
        if attachment.file_unique_id not in files:
            files.add(attachment.file_unique_id)
            target.attachments.append(Attachment.copy_of(attachment))
            result.note("attachments", attachment.file_unique_id)
    events = {_event_key(e) for e in target.events}
    for event in list(source.events):
        if _event_key(event) in events:
            continue
        events.add(_event_key(event))
        # Re-parent the row itself: it keeps its sentence parts and its id.
        source.events.remove(event)
        target.events.append(event)
        result.moved_events.append(event)
        result.note("events", f"{event.kind.value} {event.event_date or ''}".strip())

    source.publication = Publication.MERGED
    source.merged_into_id = target.id
    await session.flush()
    if target.publication is Publication.APPROVED:
        for event in result.moved_events:
            if event.kind in ALERT_EVENTS and not event.scheduled:
                await publish_event(session, event)
    await index_person(session, target.person)
    return result


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

_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
        "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh sh _ y _ e yu ya a g k n o u u"
        " h i".split(),
        strict=True,
    )
)
_ENDING = re.compile(r"(?:ov|ev|ova|eva|in|ina)$")


def name_key(word: str) -> str:
    """A spelling-insensitive key of one name: casefolded, Cyrillic transliterated, y/i and
    kh/h merged, and a trailing -ov/-ev/-ova/-eva dropped."""
    text = "".join(_CYRILLIC.get(ch, ch) for ch in word.casefold()).replace("_", "")
    text = re.sub(r"[^a-z]", "", text)
    text = text.replace("kh", "h").replace("y", "i").replace("j", "i").replace("ii", "i")
    text = re.sub(r"^ie", "e", text)  # Yerkin / Еркин
    stripped = _ENDING.sub("", text)
    return stripped if len(stripped) >= 3 else text


def name_keys(names: list[str]) -> set[str]:
    return {name_key(w) for name in names for w in re.split(r"[\s,.\-]+", name) if len(w) > 1}


async def find_duplicates(session: AsyncSession, case: Case, limit: int = 5) -> list[Case]:
    """Public or pending cases of probably the same person: a shared name (any spelling) and
    either a second shared name, the same city, or the same article."""
    person = case.person
    keys = name_keys([person.name_as_entered, *(a.spelling for a in person.aliases)])
    if not keys:
        return []
    articles = {c.article for c in case.charges}
    candidates = await session.scalars(
        select(Case)
        .join(Person, Person.id == Case.person_id)
        .where(
            Case.id != case.id,
            Case.publication.in_((Publication.APPROVED, Publication.PENDING)),
        )
        .order_by(Case.id)
        .options(selectinload(Case.person).selectinload(Person.aliases), selectinload(Case.charges))
    )
    found: list[Case] = []
    for other in candidates:
        other_keys = name_keys(
            [other.person.name_as_entered, *(a.spelling for a in other.person.aliases)]
        )
        shared = keys & other_keys
        if not shared:
            continue
        same_city = bool(person.city) and _same_text(person.city, other.person.city)
        same_article = bool(articles & {c.article for c in other.charges})
        if len(shared) >= 2 or same_city or same_article:
            found.append(other)
            if len(found) >= limit:
                break
    return found


async def cases_by_ids(session: AsyncSession, ids: list[int]) -> list[Case]:
    rows = await session.scalars(
        select(Case).where(Case.id.in_(ids)).options(selectinload(Case.person))
    )
    return list(rows)
