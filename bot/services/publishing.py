"""Publication of verdicts and appeal rulings: once per real-world event, worded honestly.

A real-world event is (case, kind, date). `publish` records the event row in
`published_events` and queues the subscribers' alerts in the same transaction, unless

- this row, or another row of the same case, kind and date, was published before (a verdict
  merged in twice, or added again with /event, is never announced again);
- the case is not public;
- the event is older than `AlertPolicy.news_days` and the policy says old verdicts are only
  recorded (`old_verdicts="off"`): the record is updated and nobody is alerted.

The alert itself says "New verdict" only for a verdict dated within `news_days` of its
publication (bot/handlers/alerts.py reads `is_news`), otherwise "Verdict added to the record".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.clock import local_day
from db.alerts import enqueue_alerts
from db.models import Case, Event, EventKind, Publication, PublishedEvent

#: Events whose publication is news for subscribers.
ALERT_EVENTS = (EventKind.VERDICT, EventKind.APPEAL_RULING)


@dataclass(frozen=True)
class AlertPolicy:
    """How verdicts become alerts (settings VERDICT_NEWS_DAYS and OLD_VERDICT_ALERTS)."""

    news_days: int = 30
    #: "record": an old verdict is announced as "added to the record"; "off": not at all.
    old_verdicts: Literal["record", "off"] = "record"


def is_news(event_date: dt.date | None, published_on: dt.date, news_days: int) -> bool:
    """Whether a verdict published on `published_on` may be called new."""
    return event_date is not None and event_date >= published_on - dt.timedelta(days=news_days)


async def was_published(session: AsyncSession, event: Event) -> bool:
    """This row, or another row of the same real-world event, was already made public."""
    await session.flush()
    same_row = await session.scalar(
        select(PublishedEvent.id).where(PublishedEvent.event_id == event.id)
    )
    if same_row is not None:
        return True
    same_event = await session.scalar(
        select(PublishedEvent.id)
        .join(Event, Event.id == PublishedEvent.event_id)
        .where(
            Event.case_id == event.case_id,
            Event.kind == event.kind,
            Event.event_date == event.event_date,
            Event.event_date.is_not(None),
        )
        .limit(1)
    )
    return same_event is not None


async def publish(
    session: AsyncSession,
    event: Event,
    policy: AlertPolicy,
    *,
    announce: bool = True,
    today: dt.date | None = None,
) -> bool:
    """Make a verdict or ruling of a public case public, once; True when alerts were queued.
    `announce=False` records it as public without alerting anyone (a merge of a duplicate)."""
    if event.kind not in ALERT_EVENTS or event.scheduled:
        return False
    await session.flush()
    case = await session.get(Case, event.case_id)
    if case is None or case.publication is not Publication.APPROVED:
        return False
    announced_before = await was_published(session, event)
    exists = await session.scalar(
        select(PublishedEvent.id).where(PublishedEvent.event_id == event.id)
    )
    if exists is not None:
        return False
    session.add(PublishedEvent(event_id=event.id, case_id=event.case_id))
    await session.flush()
    if announced_before or not announce:
        return False
    today = today or local_day()
    if policy.old_verdicts == "off" and not is_news(event.event_date, today, policy.news_days):
        return False
    await enqueue_alerts(session, event)
    return True
