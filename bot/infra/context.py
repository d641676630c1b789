"""Shared resources of the running bot and the one place where transactions begin and end.

Every handler that touches the database is wrapped in `transactional`: it opens one
`AsyncSession` for the update, begins a transaction, resolves the acting user by the keyed hash
of their Telegram id, activates their language, and commits when the handler returns (or rolls
everything back when it raises). Query functions in `db/` never commit.

`transactional(read_only=True)` is for handlers that only read (lookups, case cards, inline
queries): their transaction is deferred on SQLite, so they never wait for a writer nor hold one
up. The acting user is then only looked up; on first contact (or when ADMIN_IDS changed their
role, or a moderator's chat must be recorded) the update runs in a writing transaction instead.
A read-only handler that finds it must write after all (a lookup command sent alone records the
question it asked: bot/handlers/guidance.py) calls `tx.must_write()` before writing: the update is
run again in a writing transaction. That is safe because replies are sent only after commit.

Connections come from a pool sized for MAX_CONCURRENT_UPDATES; an update that cannot get one
within DB_POOL_TIMEOUT is answered "busy, try again" (nothing was done) instead of failing.

`Resources.users` (`UserMemory`) remembers, per process, the people seen lately as of their last
committed transaction here: the keyed hash of their Telegram id (one HMAC per person, not per
update), their language and whether a question is open for them (bot/handlers/guidance.py). It is
only ever a shortcut, never an authority:
- `transactional(read_only=True, remembered_user=True)` may act for a remembered person without
  reading their row. Only for handlers whose answer does not depend on the role (lookups of
  public cases); every other handler reads the user, so a role is re-checked on every press, and
  a role changed elsewhere (the admin CLI, another process) takes effect on the next such read.
- guidance skips its transaction when the person has no open question here, and the router of
  dialogs (bot/handlers/dialogs.py: the moderation dialog, /event and /update) its read of the
  draft rows when they are known here to have no dialog waiting (noted when a dialog asks, and
  each time the rows are read);
- an entry is replaced after every commit that loaded the person's row, and dropped when the
  row left the session (/forget); it never outlives the process and is never written anywhere.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, TypeVar, overload

from sqlalchemy import event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes

from bot.infra.config import Settings
from bot.infra.crypto import IdentityVault
from bot.infra.i18n import _, pick_language, set_language
from bot.services.publishing import AlertPolicy
from db.engine import (
    create_engine,
    create_read_sessionmaker,
    create_sessionmaker,
    generic_plans_welcome,
    is_sqlite,
)
from db.models import Role, User
from db.users import get_or_create_user, get_user

logger = logging.getLogger(__name__)

RESOURCES_KEY = "casewatch"
#: A pooled PostgreSQL connection left unused this long is pinged before its next use, so a
#: restarted server or a dropped link is found before an update needs it. Busier connections
#: are not pinged: a ping is three round trips (asyncpg), and most updates take one connection.
PING_IDLE_AFTER = 5.0


@dataclass(frozen=True, slots=True)
class RememberedUser:
    """A person's row as of their last commit in this process (see the module doc)."""

    tg_hash: str
    user_id: int | None  # None: only the hash is known so far
    language: str = "en"
    role: Role = Role.USER
    awaiting_command: str | None = None
    chat_enc: str | None = None
    #: Whether a dialog's draft row waits for their input (bot/handlers/dialogs.py), as last seen
    #: here; None: not known (the rows are read).
    dialog: bool | None = None

    def stand_in(self) -> User:
        """A detached copy to act for the person in a read-only transaction."""
        return User(
            id=self.user_id,
            tg_hash=self.tg_hash,
            language=self.language,
            role=self.role,
            awaiting_command=self.awaiting_command,
            chat_enc=self.chat_enc,
        )


class UserMemory:
    """Least recently used people of this process, by Telegram id (never stored or logged)."""

    def __init__(self, vault: IdentityVault, size: int = 10_000) -> None:
        self._vault = vault
        self._size = size
        self._entries: OrderedDict[int, RememberedUser] = OrderedDict()

    def _put(self, telegram_id: int, entry: RememberedUser) -> None:
        self._entries[telegram_id] = entry
        self._entries.move_to_end(telegram_id)
        if len(self._entries) > self._size:
            self._entries.popitem(last=False)

    def hash_of(self, telegram_id: int) -> str:
        """The keyed hash of a Telegram id (computed once per remembered person)."""
        entry = self._entries.get(telegram_id)
        if entry is None:
            entry = RememberedUser(self._vault.hash_id(telegram_id, kind="user"), None)
            self._put(telegram_id, entry)
        return entry.tg_hash

    def get(self, telegram_id: int) -> RememberedUser | None:
        """The person as last committed here; None when their row was not seen yet."""
        entry = self._entries.get(telegram_id)
        if entry is None or entry.user_id is None:
            return None
        self._entries.move_to_end(telegram_id)
        return entry

    def may_await(self, telegram_id: int) -> bool:
        """False only when the person is known here to have no open question."""
        entry = self.get(telegram_id)
        return entry is None or entry.awaiting_command is not None

    def remember(self, telegram_id: int, user: User) -> None:
        previous = self._entries.get(telegram_id)
        dialog = previous.dialog if previous is not None and previous.user_id == user.id else None
        self._put(
            telegram_id,
            RememberedUser(
                user.tg_hash,
                user.id,
                user.language,
                user.role,
                user.awaiting_command,
                user.chat_enc,
                dialog,
            ),
        )

    def without_dialog(self, telegram_id: int) -> bool:
        """True only when the person is known here to have no dialog waiting (dialogs.py)."""
        entry = self.get(telegram_id)
        return entry is not None and entry.dialog is False

    def note_dialog(self, telegram_id: int, waiting: bool) -> None:
        """What the dialogs' draft rows said (or were made to say) in a commit here."""
        entry = self._entries.get(telegram_id)
        if entry is not None and entry.user_id is not None:
            self._entries[telegram_id] = dataclasses.replace(entry, dialog=waiting)

    def forget(self, telegram_id: int) -> None:
        self._entries.pop(telegram_id, None)

    def clear(self) -> None:
        self._entries.clear()


#: The handler (module.name) whose transaction is open in the running task, None outside one.
#: No Bot API call may happen while it is set (a round trip would hold the transaction, its
#: connection and on SQLite the write lock); the offline Bot API records any that does.
open_transaction: ContextVar[str | None] = ContextVar("open_transaction", default=None)


@dataclass
class Resources:
    """What every handler needs besides the update: settings, keys and the database."""

    settings: Settings
    vault: IdentityVault
    #: This process runs the jobs and publishes the command menus (bot/infra/front.py: the
    #: only process, or the first of WORKERS).
    primary: bool = True
    users: UserMemory = field(init=False, repr=False)
    _engine: AsyncEngine | None = field(default=None, repr=False)
    _sessionmaker: async_sessionmaker[AsyncSession] | None = field(default=None, repr=False)
    _read_sessionmaker: async_sessionmaker[AsyncSession] | None = field(default=None, repr=False)
    #: The outbox worker (bot.outbox.worker.AlertWorker, set by bot/app.py): what a transaction
    #: owes is sent through it right after the commit (bot/outbox/notices.py).
    outbox: Any = field(default=None, repr=False)
    #: Conversation states as this process last committed them, by key hash (most recent
    #: last; bot/infra/persistence.py): a state set again unchanged is not written again.
    #: /forget drops the entries of the rows it deletes (bot/handlers/safety.py).
    stored_conversations: OrderedDict[str, object] = field(default_factory=OrderedDict, repr=False)

    def __post_init__(self) -> None:
        self.users = UserMemory(self.vault)

    def open(self) -> None:
        """Create the engine (lazy: no connection is made until the first query)."""
        if self._engine is None:
            self._engine = create_engine(self.settings.database_url, **self._pool_options())
            if not is_sqlite(self.settings.database_url):
                _ping_when_idle(self._engine)
            self._sessionmaker = create_sessionmaker(self._engine)
            self._read_sessionmaker = create_read_sessionmaker(self._engine)

    def _pool_options(self) -> dict[str, Any]:
        """A pool with a connection for every running update (an in-memory SQLite database
        lives in one connection: its pool takes no size)."""
        if make_url(self.settings.database_url).database in (None, "", ":memory:"):
            return {}
        options: dict[str, Any] = {
            "pool_size": self.settings.resolved_pool_size,
            "max_overflow": 0,
            "pool_timeout": self.settings.db_pool_timeout,
        }
        if not is_sqlite(self.settings.database_url):
            options["pool_pre_ping"] = False  # replaced by _ping_when_idle
        return options

    async def close(self) -> None:
        if self._engine is not None:
            await self._engine.dispose()
            self._engine = None
            self._sessionmaker = None
            self._read_sessionmaker = None

    @property
    def engine(self) -> AsyncEngine:
        self.open()
        assert self._engine is not None
        return self._engine

    @property
    def sessionmaker(self) -> async_sessionmaker[AsyncSession]:
        self.open()
        assert self._sessionmaker is not None
        return self._sessionmaker

    @property
    def read_sessionmaker(self) -> async_sessionmaker[AsyncSession]:
        """Sessions that only read: on SQLite they take no write lock."""
        self.open()
        assert self._read_sessionmaker is not None
        return self._read_sessionmaker

    def user_hash(self, telegram_id: int) -> str:
        return self.users.hash_of(telegram_id)

    def initial_role(self, telegram_id: int) -> Role:
        return Role.ADMIN if telegram_id in self.settings.admin_ids else Role.USER

    @property
    def alert_policy(self) -> AlertPolicy:
        """How the services announce verdicts (settings VERDICT_NEWS_DAYS, OLD_VERDICT_ALERTS)."""
        return AlertPolicy(
            news_days=self.settings.verdict_news_days,
            old_verdicts=self.settings.old_verdict_alerts,
        )


def _ping_when_idle(engine: AsyncEngine) -> None:
    """Pessimistic disconnect handling for connections idle over PING_IDLE_AFTER seconds
    (SQLAlchemy's pool_pre_ping pings on every checkout). A failed ping discards the
    connection and the pool hands out another one."""

    @event.listens_for(engine.sync_engine, "checkin")
    def _idle_from(dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine.sync_engine, "checkout")
    def _ping_if_idle(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        idle_since = record.info.get("idle_since")
        if idle_since is None or time.monotonic() - idle_since < PING_IDLE_AFTER:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as error:
            raise DisconnectionError("idle connection failed its ping") from error


def resources(
    context: ContextTypes.DEFAULT_TYPE | Application[Any, Any, Any, Any, Any, Any],
) -> Resources:
    bot_data = context.bot_data
    res: Resources = bot_data[RESOURCES_KEY]
    return res


@dataclass
class Tx:
    """The per-update transaction: session, acting user and shared resources."""

    session: AsyncSession
    user: User
    res: Resources
    #: Began by `transactional(read_only=True)`: the handler must not write.
    read_only: bool = False
    _after_commit: list[Callable[[], Awaitable[object]]] = field(default_factory=list)
    _alongside: list[Callable[[], Awaitable[object]]] = field(default_factory=list)

    def must_write(self) -> None:
        """Call before writing: in a read-only transaction this abandons it (nothing was
        written nor sent) and the update is run again in a writing one."""
        if self.read_only:
            raise _WritingNeeded

    def after_commit(self, action: Callable[[], Awaitable[object]]) -> None:
        """Run `action` once the transaction is committed (notices that must not announce
        something that was rolled back)."""
        self._after_commit.append(action)

    def alongside_after_commit(self, action: Callable[[], Awaitable[object]]) -> None:
        """Run `action` once the transaction is committed, at the same time as the other
        actions after commit rather than before them: for calls whose order with the replies
        does not matter (answering a press only stops the button's spinner; taking the buttons
        off a message already answered), so they do not hold the reply back by a round trip
        (at 50 ms to Telegram a card press was answered in 120 ms, now 70)."""
        self._alongside.append(action)

    def call_after_commit(
        self, call: Callable[..., Awaitable[object]], /, *args: Any, **kwargs: Any
    ) -> None:
        """`after_commit` of one call (a Bot API call, an edit through bot/ui/edits.py) with its
        arguments bound now: a reply computed in the transaction, sent after it."""
        self._after_commit.append(functools.partial(call, *args, **kwargs))


class _WritingNeeded(Exception):
    """Raised by `Tx.must_write` in a read-only transaction; caught by `transactional`."""


R = TypeVar("R")
TxHandler = Callable[[Update, ContextTypes.DEFAULT_TYPE, Tx], Coroutine[Any, Any, R]]


async def acting_user(session: AsyncSession, res: Resources, update: Update) -> User:
    """The user behind an update, created on first contact. Admins follow ADMIN_IDS."""
    tg_user = update.effective_user
    assert tg_user is not None
    user = await get_or_create_user(
        session,
        res.user_hash(tg_user.id),
        language=pick_language(tg_user.language_code),
        role=res.initial_role(tg_user.id),
    )
    # ADMIN_IDS is authoritative: promote or demote on every update, server-side.
    user.role = _role_by_admin_ids(res, tg_user.id, user.role)
    # Moderators get cards privately: keep their chat id (encrypted) once they talk to the bot.
    if _chat_to_record(user, update):
        assert update.effective_chat is not None
        user.chat_enc = res.vault.encrypt(update.effective_chat.id)
    return user


async def known_user(session: AsyncSession, res: Resources, update: Update) -> User | None:
    """The user behind an update when resolving them writes nothing (see `acting_user`);
    None when they are new or something about them must be written first."""
    tg_user = update.effective_user
    assert tg_user is not None
    user = await get_user(session, res.user_hash(tg_user.id))
    if user is None or _role_by_admin_ids(res, tg_user.id, user.role) is not user.role:
        return None
    if _chat_to_record(user, update):
        return None
    return user


def _role_by_admin_ids(res: Resources, telegram_id: int, role: Role) -> Role:
    if telegram_id in res.settings.admin_ids:
        return Role.ADMIN
    return Role.USER if role is Role.ADMIN else role


def _chat_to_record(user: User, update: Update) -> bool:
    chat = update.effective_chat
    return (
        user.role is not Role.USER
        and user.chat_enc is None
        and chat is not None
        and chat.type == "private"
    )


async def answer_busy(update: Update) -> None:
    """Every connection is in use: say so, so the person retries (nothing was done)."""
    if update.effective_user is not None:
        set_language(pick_language(update.effective_user.language_code))
    text = _("The bot is busy right now. Please try again in a minute.")
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(text, show_alert=True)
        elif update.inline_query is not None:
            await update.inline_query.answer([], cache_time=0, is_personal=True)
        elif update.effective_chat is not None:
            await update.effective_chat.send_message(text)
    except TelegramError:
        logger.warning("could not send the busy notice", exc_info=True)


async def _run(
    handler: TxHandler[R],
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    res: Resources,
    *,
    read_only: bool,
    remembered_user: bool = False,
) -> tuple[Tx | None, R | None]:
    """One transaction; returns it (for its after-commit actions) and the handler's result.
    (None, None) when a read-only one found it must write: to resolve the user (before the
    handler ran) or because the handler called `tx.must_write()` (before it wrote or sent)."""
    maker = res.read_sessionmaker if read_only else res.sessionmaker
    # Handlers of public data only (remembered_user) may reuse a connection a lookup left with
    # PostgreSQL's generic plans (db/engine.py): their statements all probe by keys.
    welcome = generic_plans_welcome() if remembered_user else contextlib.nullcontext()
    with welcome:
        return await _run_in(handler, update, context, res, maker, read_only, remembered_user)


async def _run_in(
    handler: TxHandler[R],
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    res: Resources,
    maker: async_sessionmaker[AsyncSession],
    read_only: bool,
    remembered_user: bool,
) -> tuple[Tx | None, R | None]:
    tg_user = update.effective_user
    assert tg_user is not None
    async with maker() as session:
        async with session.begin():
            user = remembered(res, update) if remembered_user else None
            if user is None:
                if read_only:
                    user = await known_user(session, res, update)
                    if user is None:
                        return None, None
                else:
                    user = await acting_user(session, res, update)
            set_language(user.language)
            tx = Tx(session, user, res, read_only=read_only)
            try:
                result = await handler(update, context, tx)
            except _WritingNeeded:
                return None, None
            if read_only and (session.new or session.dirty or session.deleted):
                # A bug, not bad input: on SQLite a deferred transaction that writes can fail.
                raise RuntimeError(f"{handler.__name__} is read-only but changed rows")
        # Committed. The person as this commit left them (gone from the session: /forget).
        if user in session:
            res.users.remember(tg_user.id, user)
        elif inspect(user).transient is False:
            res.users.forget(tg_user.id)
    return tx, result


def remembered(res: Resources, update: Update) -> User | None:
    """A stand-in for the acting user from `res.users`, when nothing about them must be
    written (see `known_user`); None to read their row."""
    tg_user = update.effective_user
    assert tg_user is not None
    entry = res.users.get(tg_user.id)
    if entry is None or _role_by_admin_ids(res, tg_user.id, entry.role) is not entry.role:
        return None
    user = entry.stand_in()
    return None if _chat_to_record(user, update) else user


Decorated = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, R]]


@contextlib.contextmanager
def _transaction_open(handler: Callable[..., Any]) -> Iterator[None]:
    """Mark `open_transaction` while the handler's transaction runs (commit included)."""
    marker = open_transaction.set(f"{handler.__module__}.{handler.__qualname__}")
    try:
        yield
    finally:
        open_transaction.reset(marker)


def _wrap(handler: TxHandler[R], read_only: bool, remembered_user: bool) -> Decorated[R]:
    @functools.wraps(handler)
    async def wrapper(update: Update, context: ContextTypes.DEFAULT_TYPE) -> R:
        res = resources(context)
        try:
            with _transaction_open(handler):
                tx, result = await _run(
                    handler,
                    update,
                    context,
                    res,
                    read_only=read_only,
                    remembered_user=remembered_user,
                )
                if tx is None:
                    tx, result = await _run(handler, update, context, res, read_only=False)
        except PoolTimeout:
            # Nothing was committed (the actions after commit below are not reached).
            logger.warning("no database connection free within DB_POOL_TIMEOUT: answered busy")
            await answer_busy(update)
            # Told once: no later handler of this update runs (guidance's pre-handlers would
            # otherwise be followed by the command's own busy answer). A conversation stays in
            # its state (ApplicationHandlerStop without a state); the person answers again.
            raise ApplicationHandlerStop from None
        assert tx is not None
        alongside = [asyncio.ensure_future(action()) for action in tx._alongside]
        try:
            for action in tx._after_commit:
                await action()
        finally:
            if alongside:  # awaited even when an action failed: nothing is left behind
                await asyncio.gather(*alongside)
        return result  # type: ignore[return-value]

    return wrapper


@overload
def transactional(
    handler: TxHandler[R], *, read_only: bool = False, remembered_user: bool = False
) -> Decorated[R]: ...


@overload
def transactional(
    handler: None = None, *, read_only: bool = False, remembered_user: bool = False
) -> Callable[[TxHandler[R]], Decorated[R]]: ...


def transactional(
    handler: TxHandler[R] | None = None,
    *,
    read_only: bool = False,
    remembered_user: bool = False,
) -> Decorated[R] | Callable[[TxHandler[R]], Decorated[R]]:
    """Run `handler` in one transaction for this update, with the acting user resolved.
    `@transactional(read_only=True)`: a transaction that only reads (see the module doc).
    `remembered_user=True` (read-only handlers whose answer does not depend on the role): the
    acting user may come from `Resources.users` instead of the database."""
    if remembered_user and not read_only:
        raise ValueError("remembered_user is for read-only handlers")
    if handler is None:
        return lambda inner: _wrap(inner, read_only, remembered_user)
    return _wrap(handler, read_only, remembered_user)
