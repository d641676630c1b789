"""Shared resources of the running bot and the one place where transactions begin and end.

Every handler that touches the database is wrapped in `transactional`: it opens one
`AsyncSession` for the update, begins a transaction, resolves the acting user by the keyed hash
of their Telegram id, activates their language, and commits when the handler returns (or rolls
everything back when it raises). Query functions in `db/` never commit.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from telegram import Update
from telegram.ext import Application, ContextTypes

from bot.config import Settings
from bot.crypto import IdentityVault
from bot.i18n import pick_language, set_language
from db.engine import create_engine, create_sessionmaker
from db.models import Role, User
from db.users import get_or_create_user
from services.publishing import AlertPolicy

RESOURCES_KEY = "casewatch"


@dataclass
class Resources:
    """What every handler needs besides the update: settings, keys and the database."""

    settings: Settings
    vault: IdentityVault
    _engine: AsyncEngine | None = field(default=None, repr=False)
    _sessionmaker: async_sessionmaker[AsyncSession] | None = field(default=None, repr=False)

    def open(self) -> None:
        """Create the engine (lazy: no connection is made until the first query)."""
        if self._engine is None:
            self._engine = create_engine(self.settings.database_url)
            self._sessionmaker = create_sessionmaker(self._engine)

    async def close(self) -> None:
        if self._engine is not None:
            await self._engine.dispose()
            self._engine = None
            self._sessionmaker = None

    @property
    def sessionmaker(self) -> async_sessionmaker[AsyncSession]:
        self.open()
        assert self._sessionmaker is not None
        return self._sessionmaker

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
    _after_commit: list[Callable[[], Awaitable[object]]] = field(default_factory=list)

    def after_commit(self, action: Callable[[], Awaitable[object]]) -> None:
        """Run `action` once the transaction is committed (notices that must not announce
        something that was rolled back)."""
        self._after_commit.append(action)


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
    if tg_user.id in res.settings.admin_ids and user.role is not Role.ADMIN:
        user.role = Role.ADMIN
    elif tg_user.id not in res.settings.admin_ids and user.role is Role.ADMIN:
        user.role = Role.USER
    # Moderators get cards privately: keep their chat id (encrypted) once they talk to the bot.
    chat = update.effective_chat
    if user.role is not Role.USER and user.chat_enc is None and chat and chat.type == "private":
        user.chat_enc = res.vault.encrypt(chat.id)
    return user


def transactional(
    handler: TxHandler[R],
) -> Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, R]]:
    """Run `handler` in one transaction for this update, with the acting user resolved."""

    @functools.wraps(handler)
    async def wrapper(update: Update, context: ContextTypes.DEFAULT_TYPE) -> R:
        res = resources(context)
        async with res.sessionmaker() as session, session.begin():
            user = await acting_user(session, res, update)
            set_language(user.language)
            tx = Tx(session, user, res)
            result = await handler(update, context, tx)
        for action in tx._after_commit:
            await action()
        return result

    return wrapper
