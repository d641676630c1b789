"""The alert worker: delivers the outbox within Telegram's limits, losing nothing.

Each batch is claimed in its own transaction (rows become 'sending' with a claim time; on
PostgreSQL with FOR UPDATE SKIP LOCKED so several workers can share the work), then sent:

- at most ALERTS_GLOBAL_RATE messages a second overall (a leaky bucket, aiolimiter) and one
  message per ALERTS_PER_CHAT_INTERVAL seconds to any one chat (the rows of one chat are sent in
  sequence, each waiting for the chat's next allowed time);
- 429: the row waits `retry_after` (and so do the other rows of that chat in the batch), it is
  not counted as a failure; 403: the subscriber blocked the bot, their rules are deactivated and
  nothing more is queued or retried for them; network errors: retried with exponential backoff
  up to ALERTS_MAX_ATTEMPTS, then failed;
- a row is marked 'sent' in the database before the next message to the same chat goes out.
  Marks of rows sent at about the same moment share one transaction (group commit), so the
  database does not cap the rate.

While a full batch is sent, the loop already claims the next one (so the claim's round trips do
not idle the senders); batches are still sent one after the other, and at most two are claimed
at a time, well within the lease (a batch is at most a quarter of a lease at the global rate).

A worker that dies leaves its rows 'sending'; they are claimed again once their lease
(ALERTS_LEASE_SECONDS) has run out. What may be sent twice is only what was on the wire when the
process died: at most one message per chat, and at most ALERTS_CONCURRENCY in all.

Notices (AlertKind.NOTICE: a message owed to one person, e.g. a reporter's confirmation with
its reference, a moderation card) share the outbox, the pacing and the retries. They carry their
rendered message; `deliver_now` sends them right after the commit that owes them (the person is
waiting), and if that is lost to a crash the run loop delivers them once their claim's lease
runs out. Either way the message's receipt (its id kept for a card, erase-chat, a relayed
question) is written with the mark 'sent'.

This worker uses its own `telegram.Bot` without PTB's AIORateLimiter, which would pause every
request of the bot on one 429 and does not pace private chats.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from typing import Any

from aiolimiter import AsyncLimiter
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Bot, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError

from bot.handlers.alerts import AlertContent, public_post_markup, render_alert
from bot.infra.context import Resources
from bot.infra.crypto import InvalidToken
from bot.infra.i18n import use_locale
from bot.outbox.notices import Receipt, after_lapse, record_receipt
from db.alerts import (
    ClaimedAlert,
    cases_for_alerts,
    claim_due,
    deactivate_subscriber,
    mark_failed,
    mark_retry,
    mark_sent,
)
from db.models import AlertKind, Case, utcnow

logger = logging.getLogger(__name__)

#: Backoff of network failures: 5 s, 10 s, 20 s ... at most an hour.
BACKOFF_BASE_SECONDS = 5.0
BACKOFF_MAX_SECONDS = 3600.0
STOP_GRACE_SECONDS = 10.0


def retry_after_seconds(error: RetryAfter) -> float:
    """The wait Telegram asked for. `bot/__init__.py` opts in to python-telegram-bot's coming
    `timedelta` type (PTB_TIMEDELTA), so reading it warns of no deprecation; a number is still
    accepted in case the environment overrides that choice."""
    value: Any = error.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


#: A notice's receipt with the chat and message id it was sent as.
_Receipt = tuple[Receipt, int, int]


class _GroupCommit:
    """Marks rows 'sent'. Whoever finds their id still pending when they get the lock commits
    everything pending, so concurrent senders share one transaction. A notice's receipt (what
    to remember of the message sent: bot/outbox/notices.py) is written in that same transaction."""

    def __init__(self, res: Resources) -> None:
        self._res = res
        self._sessionmaker = res.sessionmaker
        self._pending: dict[int, _Receipt | None] = {}
        self._lock = asyncio.Lock()

    async def mark_sent(self, alert_id: int, receipt: _Receipt | None = None) -> None:
        self._pending[alert_id] = receipt
        async with self._lock:
            if alert_id not in self._pending:
                return  # committed by an earlier holder of the lock
            batch = dict(sorted(self._pending.items()))
            self._pending.clear()
            try:
                async with self._sessionmaker() as session, session.begin():
                    await mark_sent(session, list(batch), utcnow())
                    for done in batch.values():
                        if done is not None:
                            await record_receipt(session, self._res, *done)
            except BaseException:
                self._pending.update(batch)
                raise


_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


@dataclass
class _Batch:
    rows: list[ClaimedAlert]
    cases: dict[int, Case]
    now: dt.datetime
    full: bool  # as many rows as were asked for: more are probably due


class AlertWorker:
    """Delivers due outbox rows. `deliver_due` is one step (tests call it directly); `start`
    runs it in a loop until `stop`."""

    def __init__(self, res: Resources, bot: Bot) -> None:
        self.res = res
        self.settings = settings = res.settings
        self.vault = res.vault
        self.bot = bot
        rate = settings.alerts_global_rate
        # A bucket of half a second of messages: absorbs scheduling hiccups without bursting
        # past what Telegram tolerates.
        burst = max(1.0, rate / 2)
        self.limiter = AsyncLimiter(burst, burst / rate)
        self.per_chat_interval = settings.alerts_per_chat_interval
        self._next_allowed: dict[int, float] = {}
        self._stopping = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._bot_ready = False
        self._commit: _GroupCommit | None = None
        self._blocked: set[int] = set()  # users who answered 403 during the current batch
        self.sent_count = 0
        #: Rows `deliver_now` is sending, and their message ids once sent (handed back there).
        self._awaited: set[int] = set()
        self._notice_messages: dict[int, int] = {}

    @property
    def sessionmaker(self) -> async_sessionmaker[AsyncSession]:
        return self.res.sessionmaker

    def _group_commit(self) -> _GroupCommit:
        if self._commit is None or self._commit._sessionmaker is not self.sessionmaker:
            self._commit = _GroupCommit(self.res)
        return self._commit

    @property
    def batch_limit(self) -> int:
        """Rows per claim: no more than can be sent well within the lease."""
        settings = self.settings
        within_lease = int(settings.alerts_global_rate * settings.alerts_lease_seconds / 4)
        return max(1, min(settings.alerts_batch_size, within_lease))

    # --- the loop -------------------------------------------------------------------------
    def start(self) -> None:
        if self._task is None or self._task.done():
            self._stopping.clear()
            self._task = asyncio.create_task(self.run(), name="alerts-delivery")

    async def stop(self) -> None:
        """Finish the messages in flight, release the rest of the batch, and stop."""
        self._stopping.set()
        if self._task is not None:
            try:
                await asyncio.wait_for(self._task, STOP_GRACE_SECONDS)
            except TimeoutError:
                logger.warning("the alert worker did not stop in time; cancelled")
            self._task = None

    async def close(self) -> None:
        await self.stop()
        if self._bot_ready:
            await self.bot.shutdown()
            self._bot_ready = False

    async def run(self) -> None:
        logger.info("alert delivery started")
        # The next batch, claimed while the current one is sent: a claim's round trips would
        # otherwise leave every sender idle (a sixth of the time on PostgreSQL at full speed).
        ahead: asyncio.Task[_Batch | None] | None = None
        while not self._stopping.is_set():
            delivered = 0
            try:
                await self._ensure_bot()
                batch, prefetched = None, False
                if ahead is not None:
                    task, ahead = ahead, None
                    batch, prefetched = await task, True
                if batch is None:
                    batch, prefetched = await self._claim(utcnow(), self.batch_limit), False
                if batch is not None:
                    if batch.full:
                        ahead = asyncio.create_task(self._claim(utcnow(), self.batch_limit))
                    # A prefetched batch was claimed before the 403s of the previous one had
                    # cancelled those subscribers' rows: skip them here instead.
                    blocked, self._blocked = self._blocked, set()
                    await self._deliver(batch, skip_users=blocked if prefetched else set())
                    delivered = len(batch.rows)
            except Exception:
                logger.exception("alert delivery failed; retrying")
            if delivered == 0:
                try:
                    await asyncio.wait_for(
                        self._stopping.wait(), self.settings.alerts_poll_interval
                    )
                except TimeoutError:
                    pass
        if ahead is not None:
            try:
                batch = await ahead
                if batch is not None:
                    await self._release(batch.rows, batch.now)
            except Exception:
                logger.exception("could not release the claimed batch; its lease will run out")
        logger.info("alert delivery stopped")

    async def _ensure_bot(self) -> None:
        if not self._bot_ready:
            await self.bot.initialize()
            self._bot_ready = True

    # --- one step -------------------------------------------------------------------------
    async def deliver_due(self, limit: int | None = None, *, now: dt.datetime | None = None) -> int:
        """Claim up to `limit` due rows and deliver them; returns how many were claimed.
        `now` moves the clock of the outbox (due times, leases) for tests."""
        await self._ensure_bot()
        batch = await self._claim(now or utcnow(), limit or self.batch_limit)
        if batch is None:
            return 0
        self._blocked = set()  # only the run loop claims ahead and needs them
        await self._deliver(batch)
        return len(batch.rows)

    async def deliver_now(self, ids: list[int]) -> dict[int, int]:
        """Send these just-committed notices at once, paced like everything else; returns the
        message id of each row sent. Whatever goes wrong here, the rows stay in the outbox and
        the run loop delivers them."""
        self._awaited.update(ids)
        try:
            await self._ensure_bot()
            now = utcnow()
            lease = dt.timedelta(seconds=self.settings.alerts_lease_seconds)
            async with self.sessionmaker() as session, session.begin():
                claimed = await claim_due(session, now, len(ids), lease, only=ids)
            if claimed:
                await self._deliver(_Batch(claimed, {}, now, full=False))
        except Exception:
            logger.exception("a notice was not sent at once; the outbox keeps it")
        finally:
            self._awaited.difference_update(ids)
        return {row: self._notice_messages.pop(row) for row in ids if row in self._notice_messages}

    async def _claim(self, now: dt.datetime, limit: int) -> _Batch | None:
        lease = dt.timedelta(seconds=self.settings.alerts_lease_seconds)
        async with self.sessionmaker() as session, session.begin():
            claimed = await claim_due(session, now, limit, lease)
            if not claimed:
                return None
            cases = await cases_for_alerts(
                session, [row.case_id for row in claimed if row.case_id is not None]
            )
        return _Batch(claimed, cases, now, full=len(claimed) >= limit)

    async def _deliver(self, batch: _Batch, skip_users: set[int] | None = None) -> None:
        by_user: dict[int, list[ClaimedAlert]] = defaultdict(list)
        for row in batch.rows:
            by_user[row.user_id].append(row)
        if skip_users:
            skipped = [row.id for user in skip_users for row in by_user.pop(user, [])]
            if skipped:
                async with self.sessionmaker() as session, session.begin():
                    await mark_failed(session, skipped, "403: blocked")
        contents: dict[tuple[Any, ...], AlertContent | None] = {}
        released: list[ClaimedAlert] = []
        chats = deque(by_user.values())

        async def deliver_chats() -> None:
            # ALERTS_CONCURRENCY of these take the chats in turn: fewer tasks than one per chat.
            while chats:
                rows = chats.popleft()
                await self._deliver_chat(rows, batch.cases, contents, released, batch.now)

        senders = min(self.settings.alerts_concurrency, len(chats))
        await asyncio.gather(*(deliver_chats() for _ in range(senders)))
        if released:
            await self._release(released, batch.now)

    async def _release(self, rows: list[ClaimedAlert], now: dt.datetime) -> None:
        """Rows claimed but not sent at shutdown: due again at once (for the next worker)."""
        async with self.sessionmaker() as session, session.begin():
            ids = [row.id for row in rows]
            await mark_retry(session, ids, now, "released at shutdown", count=False)

    def _content(
        self,
        row: ClaimedAlert,
        cases: dict[int, Case],
        cache: dict[tuple[Any, ...], AlertContent | None],
        public: bool = False,
    ) -> AlertContent | None:
        """The request parameters of `row`'s alert, rendered once per batch for all rows that
        show the same thing in the same language (a notice carries its own)."""
        if row.kind is AlertKind.NOTICE:
            if not row.payload or not row.payload.get("text"):
                return None
            markup = row.payload.get("reply_markup")
            keyboard = InlineKeyboardMarkup.de_json(markup, None) if markup else None
            return row.payload["text"], keyboard
        key = (
            row.kind,
            row.case_id,
            row.event_id,
            row.subject_event_id,
            row.subject_date,
            row.language,
            row.queued_at.date() if row.queued_at else None,
            public,
        )
        if row.case_id is None:  # only a notice is about no case
            return None
        if key not in cache:
            case = cases.get(row.case_id)
            with use_locale(row.language):
                content = (
                    render_alert(row, case, self.settings.verdict_news_days)
                    if case is not None
                    else None
                )
                if content is not None and public:  # a channel (PUBLIC_CHANNEL_ID) or group
                    links = public_post_markup(
                        row.case_id, self.bot.username, self.settings.public_base_url
                    )
                    content = (content[0], links)
            cache[key] = content
        return cache[key]

    async def _deliver_chat(
        self,
        rows: list[ClaimedAlert],
        cases: dict[int, Case],
        contents: dict[tuple[Any, ...], AlertContent | None],
        released: list[ClaimedAlert],
        now: dt.datetime,
    ) -> None:
        """Send the rows of one chat in order, pacing them, each recorded before the next."""
        try:
            chat_id = self.vault.decrypt_int(rows[0].chat_enc)
        except (InvalidToken, ValueError):
            logger.error("a subscriber's chat id does not decrypt with the current SECRET_KEY")
            async with self.sessionmaker() as session, session.begin():
                await mark_failed(session, [row.id for row in rows], "chat id does not decrypt")
            return
        for index, row in enumerate(rows):
            if self._stopping.is_set():
                released.extend(rows[index:])
                return
            # Negative chat ids are groups and channels: links instead of callback buttons.
            content = self._content(row, cases, contents, public=chat_id < 0)
            if content is None:
                async with self.sessionmaker() as session, session.begin():
                    await mark_failed(session, [row.id], "nothing to send (case gone)")
                continue
            wait = self._next_allowed.get(chat_id, 0.0) - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            await self.limiter.acquire()
            self._next_allowed[chat_id] = time.monotonic() + self.per_chat_interval
            protect = bool(row.payload and row.payload.get("protect_content"))
            edit = row.payload.get("edit") if row.payload else None
            outcome = await self._send(chat_id, content, protect=protect, edit=edit)
            if not isinstance(outcome, TelegramError):
                if row.id in self._awaited:
                    self._notice_messages[row.id] = outcome
                receipt = row.payload.get("receipt") if row.payload else None
                if receipt and row.reclaimed:
                    receipt = after_lapse(receipt)
                await self._group_commit().mark_sent(
                    row.id, (receipt, chat_id, outcome) if receipt else None
                )
                self.sent_count += 1
                continue
            stop_chat = await self._record_failure(row, rows[index + 1 :], outcome, now)
            if stop_chat:
                return

    async def _send(
        self, chat_id: int, content: AlertContent, *, protect: bool = False, edit: int | None = None
    ) -> TelegramError | int:
        """sendMessage through the public `Bot` API; the bot's request maps error answers to
        RetryAfter, Forbidden, BadRequest and NetworkError. Returns the message id or the error.
        (Parsing each answer into a `Message` costs CPU, but far below Telegram's own limit of
        about 30 messages a second.) `edit`: editMessageText of that message instead; "not
        modified" (done already, e.g. before a crash) is success."""
        text, markup = content
        try:
            if edit is not None:
                await self.bot.edit_message_text(
                    text,
                    chat_id=chat_id,
                    message_id=edit,
                    parse_mode=ParseMode.HTML,
                    reply_markup=markup,
                    link_preview_options=_NO_PREVIEW,
                )
                return edit
            message = await self.bot.send_message(
                chat_id,
                text,
                parse_mode=ParseMode.HTML,
                reply_markup=markup,
                link_preview_options=_NO_PREVIEW,
                protect_content=protect or None,
            )
        except BadRequest as error:
            if edit is not None and "message is not modified" in error.message.lower():
                return edit
            return error
        except TelegramError as error:
            return error
        return message.message_id

    async def _record_failure(
        self,
        row: ClaimedAlert,
        rest: list[ClaimedAlert],
        error: TelegramError,
        now: dt.datetime,
    ) -> bool:
        """Write what happened to `row`; True when the chat's other rows must wait too."""
        async with self.sessionmaker() as session, session.begin():
            if isinstance(error, RetryAfter):
                # Durable, not in memory: the chat's rows wait in the outbox until then.
                delay = retry_after_seconds(error)
                when = max(now, utcnow()) + dt.timedelta(seconds=delay)
                logger.info("429 from Telegram: a chat waits %.0f s", delay)
                ids = [waiting.id for waiting in (row, *rest)]
                await mark_retry(session, ids, when, "429", count=False)
                return True
            if isinstance(error, Forbidden):
                logger.info("a subscriber blocked the bot: deactivated")
                await mark_failed(session, [row.id], "403: " + error.message)
                await deactivate_subscriber(session, row.user_id)
                self._blocked.add(row.user_id)
                if rest:
                    await mark_failed(session, [other.id for other in rest], "403: blocked")
                return True
            if isinstance(error, BadRequest):
                logger.error("Telegram refused an alert: %s", error.message)
                await mark_failed(session, [row.id], "400: " + error.message)
                return False
            # Network errors (and anything else Telegram may answer): back off and retry.
            attempts = row.attempts + 1
            if attempts >= self.settings.alerts_max_attempts:
                logger.warning("an alert failed %d times: %s", attempts, error)
                await mark_failed(session, [row.id], f"{type(error).__name__}: {error}")
                return False
            delay = min(BACKOFF_BASE_SECONDS * 2 ** (attempts - 1), BACKOFF_MAX_SECONDS)
            when = max(now, utcnow()) + dt.timedelta(seconds=delay)
            await mark_retry(session, [row.id], when, f"{type(error).__name__}")
            return False
