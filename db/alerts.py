"""Subscriptions and the alert outbox: who follows what, and the messages due to them.

`enqueue_alerts` is called by moderation inside the approval transaction, so an approval and
its alerts are committed (or rolled back) together. The worker claims due rows, sends, and
records the outcome of each row; none of these functions commits.
"""

from __future__ import annotations

import datetime as dt
from calendar import monthrange
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    and_,
    delete,
    exists,
    false,
    func,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from db.models import (
    AlertKind,
    AlertOutbox,
    Case,
    Charge,
    Event,
    EventKind,
    OutboxStatus,
    Person,
    Publication,
    SentenceKind,
    SentencePart,
    Subscription,
    SubscriptionKind,
    User,
    utcnow,
)

#: Sentence parts whose end followers are reminded of.
TERM_KINDS = (
    SentenceKind.RESTRICTION_OF_LIBERTY,
    SentenceKind.BAN_SOCIAL_ACTIVITY,
    SentenceKind.BAN_SOCIAL_NETWORKS,
)
ALERT_EVENT_KINDS = {
    EventKind.VERDICT: AlertKind.VERDICT,
    EventKind.APPEAL_RULING: AlertKind.APPEAL_RULING,
}
MAX_SUBSCRIPTIONS = 50


def normalize_city(city: str) -> str:
    return " ".join(city.split()).casefold()


# --- subscriptions ---------------------------------------------------------------------------
async def subscribe(
    session: AsyncSession,
    user: User,
    kind: SubscriptionKind,
    value: str = "",
    *,
    case_id: int | None = None,
) -> tuple[Subscription, bool]:
    """Add (or re-activate) a rule; returns it and whether it is new."""
    existing = await session.scalar(
        select(Subscription).where(
            Subscription.user_id == user.id, Subscription.kind == kind, Subscription.value == value
        )
    )
    if existing is not None:
        created = not existing.active
        existing.active = True
        await reactivate(session, user.id)
        return existing, created
    subscription = Subscription(user_id=user.id, kind=kind, value=value, case_id=case_id)
    session.add(subscription)
    await reactivate(session, user.id)
    await session.flush()
    return subscription, True


async def reactivate(session: AsyncSession, user_id: int) -> None:
    """A subscriber who had blocked the bot and comes back follows their rules again."""
    await session.execute(
        update(Subscription)
        .where(Subscription.user_id == user_id, Subscription.active == false())
        .values(active=True)
    )


async def count_subscriptions(session: AsyncSession, user_id: int) -> int:
    return (
        await session.scalar(
            select(func.count()).select_from(Subscription).where(Subscription.user_id == user_id)
        )
    ) or 0


async def list_subscriptions(session: AsyncSession, user_id: int) -> list[Subscription]:
    result = await session.scalars(
        select(Subscription).where(Subscription.user_id == user_id).order_by(Subscription.id)
    )
    return list(result)


async def unsubscribe(session: AsyncSession, user_id: int, subscription_id: int | None) -> int:
    """Remove one rule of this user (or all when `subscription_id` is None) and stop what is
    queued for them that no remaining rule asks for. Returns the number of rules removed."""
    query = delete(Subscription).where(Subscription.user_id == user_id)
    if subscription_id is not None:
        query = query.where(Subscription.id == subscription_id)
    removed = await session.execute(query.returning(Subscription.kind, Subscription.case_id))
    rows = removed.all()
    if not rows:
        return 0
    if await count_subscriptions(session, user_id) == 0:
        await cancel_pending(session, user_id)
    else:
        for kind, case_id in rows:
            if kind is SubscriptionKind.CASE and case_id is not None:
                await cancel_pending(session, user_id, case_id=case_id, reminders_only=True)
    return len(rows)


async def cancel_pending(
    session: AsyncSession,
    user_id: int,
    *,
    case_id: int | None = None,
    reminders_only: bool = False,
    reason: str = "unsubscribed",
    notices: bool = False,
) -> None:
    """Cancel what is queued for this user; their notices (a reporter's confirmation...) only
    with `notices=True` (they blocked the bot): unsubscribing stops alerts, not what is owed."""
    query = (
        update(AlertOutbox)
        .where(AlertOutbox.user_id == user_id, AlertOutbox.status == OutboxStatus.PENDING)
        .values(status=OutboxStatus.CANCELLED, last_error=reason, payload=None, chat_enc=None)
    )
    if not notices:
        query = query.where(AlertOutbox.kind != AlertKind.NOTICE)
    if case_id is not None:
        query = query.where(AlertOutbox.case_id == case_id)
    if reminders_only:
        query = query.where(AlertOutbox.reminder_key.is_not(None))
    await session.execute(query)


async def deactivate_subscriber(session: AsyncSession, user_id: int) -> None:
    """The user blocked the bot: keep their rules but stop sending (until they come back)."""
    await session.execute(
        update(Subscription).where(Subscription.user_id == user_id).values(active=False)
    )
    await cancel_pending(session, user_id, reason="blocked", notices=True)


# --- the outbox: enqueueing ------------------------------------------------------------------
async def _insert_ignoring_duplicates(
    session: AsyncSession, columns: list[Any], source: Any
) -> int:
    """INSERT ... SELECT ... ON CONFLICT DO NOTHING (idempotent enqueueing); rows added."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = insert(AlertOutbox).from_select(columns, source).on_conflict_do_nothing()
    result: Any = await session.execute(statement)
    return int(result.rowcount or 0)


def _matching_subscribers(case: Case) -> Any:
    """Active subscribers with a rule that matches `case`, each once (DISTINCT across rules)."""
    person = case.person
    rules = [
        Subscription.kind == SubscriptionKind.ALL,
        and_(Subscription.kind == SubscriptionKind.CASE, Subscription.case_id == case.id),
        and_(
            Subscription.kind == SubscriptionKind.ARTICLE,
            Subscription.value.in_(select(Charge.article).where(Charge.case_id == case.id)),
        ),
    ]
    if person.region:
        rules.append(
            and_(Subscription.kind == SubscriptionKind.REGION, Subscription.value == person.region)
        )
    if person.city:
        rules.append(
            and_(
                Subscription.kind == SubscriptionKind.CITY,
                Subscription.value == normalize_city(person.city),
            )
        )
    return (
        select(Subscription.user_id)
        .join(User, User.id == Subscription.user_id)
        .where(Subscription.active, User.chat_enc.is_not(None), or_(*rules))
        .distinct()
    )


async def _case_for_alerts(session: AsyncSession, case_id: int) -> Case | None:
    return await session.scalar(
        select(Case).where(Case.id == case_id).options(selectinload(Case.person))
    )


async def enqueue_alerts(session: AsyncSession, event: Event) -> int:
    """Queue one alert per matching active subscriber for a verdict or appeal ruling of an
    approved case; call it in the approval transaction. Idempotent: calling it again (or for a
    subscriber matched by several rules) adds nothing. Returns the number of rows added."""
    kind = ALERT_EVENT_KINDS.get(event.kind)
    if kind is None or event.scheduled:
        return 0
    case = await _case_for_alerts(session, event.case_id)
    if case is None or case.publication is not Publication.APPROVED:
        return 0
    subscribers = _matching_subscribers(case).subquery()
    now = utcnow()
    source = select(
        subscribers.c.user_id,
        literal(kind.value),
        literal(case.id),
        literal(event.id),
        literal(OutboxStatus.PENDING.value),
        literal(0),
        literal(now, AlertOutbox.next_attempt_at.type),
        literal(now, AlertOutbox.created_at.type),
    ).where(literal(True))  # SQLite needs a WHERE before ON CONFLICT in INSERT ... SELECT
    columns = [
        AlertOutbox.user_id,
        AlertOutbox.kind,
        AlertOutbox.case_id,
        AlertOutbox.event_id,
        AlertOutbox.status,
        AlertOutbox.attempts,
        AlertOutbox.next_attempt_at,
        AlertOutbox.created_at,
    ]
    return await _insert_ignoring_duplicates(session, columns, source)


async def enqueue_notice(
    session: AsyncSession,
    user_id: int,
    case_id: int | None,
    chat_enc: str | None,
    payload: dict[str, Any],
) -> int:
    """Queue a message owed to one person (see AlertKind.NOTICE) in the caller's transaction;
    returns its id (to deliver it at once after commit; the worker does if that is lost).
    `chat_enc` None: the user's own `chat_enc` when it is sent."""
    row = AlertOutbox(
        user_id=user_id,
        kind=AlertKind.NOTICE,
        case_id=case_id,
        chat_enc=chat_enc,
        payload=payload,
        status=OutboxStatus.PENDING,
        next_attempt_at=utcnow(),
    )
    session.add(row)
    await session.flush()
    return row.id


@dataclass(frozen=True)
class Reminder:
    key: str
    kind: AlertKind
    case_id: int
    event_id: int
    date: dt.date


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` plus whole months; the 31st becomes the last day of a shorter month."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, monthrange(year, month)[1]))


async def reminders_due(session: AsyncSession, today: dt.date) -> list[Reminder]:
    """What followers of approved cases are reminded of today: a hearing or appeal scheduled
    for tomorrow, and restrictions or bans ending today."""
    tomorrow = today + dt.timedelta(days=1)
    reminders: list[Reminder] = []
    hearings = await session.scalars(
        select(Event)
        .join(Case, Case.id == Event.case_id)
        .where(
            Case.publication == Publication.APPROVED,
            Event.scheduled,
            Event.event_date == tomorrow,
        )
    )
    for event in hearings:
        reminders.append(
            Reminder(
                f"hearing:{event.id}:{tomorrow.isoformat()}",
                AlertKind.HEARING_TOMORROW,
                event.case_id,
                event.id,
                tomorrow,
            )
        )
    # A term can be at most a few decades long: only sentences that can end today are loaded.
    sentences = await session.execute(
        select(
            Event.id, Event.case_id, Event.event_date, SentencePart.kind, SentencePart.term_months
        )
        .join(Case, Case.id == Event.case_id)
        .join(SentencePart, SentencePart.event_id == Event.id)
        .where(
            Case.publication == Publication.APPROVED,
            Event.kind.in_((EventKind.VERDICT, EventKind.APPEAL_RULING)),
            Event.scheduled == false(),
            Event.event_date.is_not(None),
            Event.event_date <= today,
            SentencePart.kind.in_(TERM_KINDS),
            SentencePart.term_months.is_not(None),
        )
    )
    for event_id, case_id, event_date, part_kind, months in sentences:
        if event_date is not None and months and add_months(event_date, months) == today:
            reminders.append(
                Reminder(
                    f"term:{event_id}:{part_kind.value}:{today.isoformat()}",
                    AlertKind.TERM_ENDS,
                    case_id,
                    event_id,
                    today,
                )
            )
    return reminders


async def enqueue_reminders(session: AsyncSession, today: dt.date) -> int:
    """Queue today's reminders for the followers of each case; idempotent per (reminder,
    subscriber), so running it twice a day adds nothing. Returns the number of rows added."""
    added = 0
    now = utcnow()
    for reminder in await reminders_due(session, today):
        followers = (
            select(Subscription.user_id)
            .join(User, User.id == Subscription.user_id)
            .where(
                Subscription.kind == SubscriptionKind.CASE,
                Subscription.case_id == reminder.case_id,
                Subscription.active,
                User.chat_enc.is_not(None),
            )
            .distinct()
            .subquery()
        )
        source = select(
            followers.c.user_id,
            literal(reminder.kind.value),
            literal(reminder.case_id),
            literal(reminder.key),
            literal(reminder.event_id),
            literal(reminder.date, AlertOutbox.subject_date.type),
            literal(OutboxStatus.PENDING.value),
            literal(0),
            literal(now, AlertOutbox.next_attempt_at.type),
            literal(now, AlertOutbox.created_at.type),
        ).where(literal(True))
        columns = [
            AlertOutbox.user_id,
            AlertOutbox.kind,
            AlertOutbox.case_id,
            AlertOutbox.reminder_key,
            AlertOutbox.subject_event_id,
            AlertOutbox.subject_date,
            AlertOutbox.status,
            AlertOutbox.attempts,
            AlertOutbox.next_attempt_at,
            AlertOutbox.created_at,
        ]
        added += await _insert_ignoring_duplicates(session, columns, source)
    return added


# --- the outbox: delivering ------------------------------------------------------------------
@dataclass(frozen=True)
class ClaimedAlert:
    id: int
    user_id: int
    chat_enc: str
    language: str
    kind: AlertKind
    case_id: int | None  # None: a notice about no case
    event_id: int | None
    subject_event_id: int | None
    subject_date: dt.date | None
    attempts: int
    #: A notice's message (text, reply_markup, protect_content); None for alerts.
    payload: dict[str, Any] | None = None
    #: Claimed again after an earlier claim's lease ran out: a copy may already have been sent
    #: by a worker that died before recording it.
    reclaimed: bool = False
    #: When the alert was queued: a verdict is "new" only if dated shortly before
    #: (bot/handlers/alerts).
    queued_at: dt.datetime | None = None


async def claim_due(
    session: AsyncSession,
    now: dt.datetime,
    limit: int,
    lease: dt.timedelta,
    *,
    only: Sequence[int] | None = None,
) -> list[ClaimedAlert]:
    """Mark up to `limit` due rows as being sent by this worker and return them. Due: pending
    with next_attempt_at reached, or claimed longer than `lease` ago by a worker that died.
    On PostgreSQL rows locked by another worker are skipped (several workers may run).
    `only`: just these rows, if still pending (a notice delivered right after its commit)."""
    due = or_(
        and_(AlertOutbox.status == OutboxStatus.PENDING, AlertOutbox.next_attempt_at <= now),
        and_(AlertOutbox.status == OutboxStatus.SENDING, AlertOutbox.claimed_at <= now - lease),
    )
    if only is not None:
        due = and_(AlertOutbox.id.in_(only), AlertOutbox.status == OutboxStatus.PENDING)
    ids_query = (
        select(AlertOutbox.id, AlertOutbox.status).where(due).order_by(AlertOutbox.id).limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        ids_query = ids_query.with_for_update(skip_locked=True)
    statuses = {row_id: status for row_id, status in await session.execute(ids_query)}
    ids = list(statuses)
    if not ids:
        return []
    await session.execute(
        update(AlertOutbox)
        .where(AlertOutbox.id.in_(ids))
        .values(status=OutboxStatus.SENDING, claimed_at=now)
        .execution_options(synchronize_session=False)
    )
    rows = await session.execute(
        select(
            AlertOutbox.id,
            AlertOutbox.user_id,
            func.coalesce(AlertOutbox.chat_enc, User.chat_enc).label("chat_enc"),
            User.language,
            AlertOutbox.kind,
            AlertOutbox.case_id,
            AlertOutbox.event_id,
            AlertOutbox.subject_event_id,
            AlertOutbox.subject_date,
            AlertOutbox.attempts,
            AlertOutbox.payload,
            AlertOutbox.created_at,
        )
        .join(User, User.id == AlertOutbox.user_id)
        .where(AlertOutbox.id.in_(ids))
        .order_by(AlertOutbox.id)
    )
    claimed = []
    cancelled = []
    for row in rows:
        if row.chat_enc is None:
            cancelled.append(row.id)
            continue
        claimed.append(
            ClaimedAlert(
                id=row.id,
                user_id=row.user_id,
                chat_enc=row.chat_enc,
                language=row.language,
                kind=row.kind,
                case_id=row.case_id,
                event_id=row.event_id,
                subject_event_id=row.subject_event_id,
                subject_date=row.subject_date,
                attempts=row.attempts,
                payload=row.payload,
                queued_at=row.created_at,
                reclaimed=statuses[row.id] == OutboxStatus.SENDING,
            )
        )
    if cancelled:
        await session.execute(
            update(AlertOutbox)
            .where(AlertOutbox.id.in_(cancelled))
            .values(status=OutboxStatus.CANCELLED, last_error="no chat")
            .execution_options(synchronize_session=False)
        )
    return claimed


async def cases_for_alerts(session: AsyncSession, case_ids: Sequence[int]) -> dict[int, Case]:
    """Cases with what an alert shows (person, charges, events with sentences)."""
    cases = await session.scalars(
        select(Case)
        .where(Case.id.in_(set(case_ids)))
        .options(
            selectinload(Case.person).selectinload(Person.aliases),
            selectinload(Case.charges),
            selectinload(Case.events).selectinload(Event.sentence),
        )
    )
    return {case.id: case for case in cases}


async def mark_sent(session: AsyncSession, ids: Sequence[int], now: dt.datetime) -> None:
    await session.execute(
        update(AlertOutbox)
        .where(AlertOutbox.id.in_(ids), AlertOutbox.status == OutboxStatus.SENDING)
        # A notice's message and chat are not kept once delivered.
        .values(status=OutboxStatus.SENT, sent_at=now, last_error=None, payload=None, chat_enc=None)
        .execution_options(synchronize_session=False)
    )


async def mark_retry(
    session: AsyncSession,
    ids: Sequence[int],
    when: dt.datetime,
    error: str,
    *,
    count: bool = True,
) -> None:
    """Back to pending until `when`; a 429 does not count as a failed attempt."""
    values: dict[str, Any] = {
        "status": OutboxStatus.PENDING,
        "next_attempt_at": when,
        "claimed_at": None,
        "last_error": error[:200],
    }
    if count:
        values["attempts"] = AlertOutbox.attempts + 1
    await session.execute(
        update(AlertOutbox)
        .where(AlertOutbox.id.in_(ids))
        .values(**values)
        .execution_options(synchronize_session=False)
    )


async def mark_failed(session: AsyncSession, ids: Sequence[int], error: str) -> None:
    await session.execute(
        update(AlertOutbox)
        .where(AlertOutbox.id.in_(ids))
        .values(
            status=OutboxStatus.FAILED,
            last_error=error[:200],
            attempts=AlertOutbox.attempts + 1,
            payload=None,
            chat_enc=None,
        )
        .execution_options(synchronize_session=False)
    )


async def has_active_subscription(session: AsyncSession, user_id: int) -> bool:
    return bool(
        await session.scalar(
            select(exists().where(Subscription.user_id == user_id, Subscription.active))
        )
    )
