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
question it asked: bot/guidance.py) calls `tx.must_write()` before writing: the update is run
again in a writing transaction. That is safe because replies are sent only after commit.

Connections come from a pool sized for MAX_CONCURRENT_UPDATES; an update that cannot get one
within DB_POOL_TIMEOUT is answered "busy, try again" (nothing was done) instead of failing.
"""

from __future__ import annotations

import contextlib
import functools
import logging
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, TypeVar, overload

from sqlalchemy.engine import make_url
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes

from bot.config import Settings
from bot.crypto import IdentityVault
from bot.i18n import _, pick_language, set_language
from bot.services.publishing import AlertPolicy
from db.engine import create_engine, create_read_sessionmaker, create_sessionmaker
from db.models import Role, User
from db.users import get_or_create_user, get_user

logger = logging.getLogger(__name__)

RESOURCES_KEY = "casewatch"

#: The handler (module.name) whose transaction is open in the running task, None outside one.
#: No Bot API call may happen while it is set (a round trip would hold the transaction, its
#: connection and on SQLite the write lock); the offline Bot API records any that does.
open_transaction: ContextVar[str | None] = ContextVar("open_transaction", default=None)


@dataclass
class Resources:
    """What every handler needs besides the update: settings, keys and the database."""

    settings: Settings
    vault: IdentityVault
    _engine: AsyncEngine | None = field(default=None, repr=False)
    _sessionmaker: async_sessionmaker[AsyncSession] | None = field(default=None, repr=False)
    _read_sessionmaker: async_sessionmaker[AsyncSession] | None = field(default=None, repr=False)
    #: The outbox worker (bot.delivery.AlertWorker, set by bot/app.py): what a transaction
    #: owes is sent through it right after the commit (bot/notices.py).
    outbox: Any = field(default=None, repr=False)

    def open(self) -> None:
        """Create the engine (lazy: no connection is made until the first query)."""
        if self._engine is None:
            self._engine = create_engine(self.settings.database_url, **self._pool_options())
            self._sessionmaker = create_sessionmaker(self._engine)
            self._read_sessionmaker = create_read_sessionmaker(self._engine)

    def _pool_options(self) -> dict[str, Any]:
        """A pool with a connection for every running update (an in-memory SQLite database
        lives in one connection: its pool takes no size)."""
        if make_url(self.settings.database_url).database in (None, "", ":memory:"):
            return {}
        return {
            "pool_size": self.settings.resolved_pool_size,
            "max_overflow": 0,
            "pool_timeout": self.settings.db_pool_timeout,
        }

    async def close(self) -> None:
        if self._engine is not None:
            await self._engine.dispose()
            self._engine = None
            self._sessionmaker = None
            self._read_sessionmaker = None

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
        return self.vault.hash_id(telegram_id, kind="user")

    def initial_role(self, telegram_id: int) -> Role:
        return Role.ADMIN if telegram_id in self.settings.admin_ids else Role.USER

    @property
    def alert_policy(self) -> AlertPolicy:
        """How the services announce verdicts (settings VERDICT_NEWS_DAYS, OLD_VERDICT_ALERTS)."""
        return AlertPolicy(
            news_days=self.settings.verdict_news_days,
            old_verdicts=self.settings.old_verdict_alerts,
        )


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

    def must_write(self) -> None:
        """Call before writing: in a read-only transaction this abandons it (nothing was
        written nor sent) and the update is run again in a writing one."""
        if self.read_only:
            raise _WritingNeeded

    def after_commit(self, action: Callable[[], Awaitable[object]]) -> None:
        """Run `action` once the transaction is committed (notices that must not announce
        something that was rolled back)."""
        self._after_commit.append(action)

    def call_after_commit(
        self, call: Callable[..., Awaitable[object]], /, *args: Any, **kwargs: Any
    ) -> None:
        """`after_commit` of one call (a Bot API call, an edit through bot/edits.py) with its
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
) -> tuple[Tx | None, R | None]:
    """One transaction; returns it (for its after-commit actions) and the handler's result.
    (None, None) when a read-only one found it must write: to resolve the user (before the
    handler ran) or because the handler called `tx.must_write()` (before it wrote or sent)."""
    maker = res.read_sessionmaker if read_only else res.sessionmaker
    async with maker() as session, session.begin():
        if read_only:
            found = await known_user(session, res, update)
            if found is None:
                return None, None
            user = found
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
    return tx, result


Decorated = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, R]]


@contextlib.contextmanager
def _transaction_open(handler: Callable[..., Any]) -> Iterator[None]:
    """Mark `open_transaction` while the handler's transaction runs (commit included)."""
    marker = open_transaction.set(f"{handler.__module__}.{handler.__qualname__}")
    try:
        yield
    finally:
        open_transaction.reset(marker)


def _wrap(handler: TxHandler[R], read_only: bool) -> Decorated[R]:
    @functools.wraps(handler)
    async def wrapper(update: Update, context: ContextTypes.DEFAULT_TYPE) -> R:
        res = resources(context)
        try:
            with _transaction_open(handler):
                tx, result = await _run(handler, update, context, res, read_only=read_only)
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
        for action in tx._after_commit:
            await action()
        return result  # type: ignore[return-value]

    return wrapper


@overload
def transactional(handler: TxHandler[R], *, read_only: bool = False) -> Decorated[R]: ...


@overload
def transactional(
    handler: None = None, *, read_only: bool = False
) -> Callable[[TxHandler[R]], Decorated[R]]: ...


def transactional(
    handler: TxHandler[R] | None = None, *, read_only: bool = False
) -> Decorated[R] | Callable[[TxHandler[R]], Decorated[R]]:
    """Run `handler` in one transaction for this update, with the acting user resolved.
    `@transactional(read_only=True)`: a transaction that only reads (see the module doc)."""
    if handler is None:
        return lambda inner: _wrap(inner, read_only)
    return _wrap(handler, read_only)
