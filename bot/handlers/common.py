"""Commands every user has (/start, /help), answers to anything unexpected, the error handler.

Command menus: everyone gets COMMANDS in their language (default scope, one per language);
moderators and admins get theirs added in their own chat (BotCommandScopeChat), set at start-up
for every staff member the bot can write to and again whenever a role changes. /help lists the
commands of the asker's role, re-read from the database on every update.
"""

from __future__ import annotations

import logging
import re
import traceback
from typing import Any

from sqlalchemy.exc import StatementError
from telegram import Bot, BotCommand, BotCommandScopeChat, InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes

from bot.handlers import guidance
from bot.handlers.lookup import send_case
from bot.infra.context import Tx, resources, transactional
from bot.infra.i18n import N_, SUPPORTED_LANGUAGES, _, use_locale
from bot.ui.callbacks import FindMenu, FollowMenu, LanguageMenu, StartReport
from bot.ui.keyboards import keyboard
from db.models import Role
from db.users import users_with_role

logger = logging.getLogger(__name__)

CommandList = tuple[tuple[str, str], ...]

COMMANDS: CommandList = (
    ("start", N_("What this bot does")),
    ("report", N_("Report a prosecution")),
    ("update", N_("Send news about a published case")),
    ("stats", N_("Numbers of published cases")),
    ("search", N_("Find a case by name, in any spelling")),
    ("case", N_("Open a case by its number")),
    ("city", N_("Cases in a city")),
    ("article", N_("Cases under an article")),
    ("judge", N_("Cases before a judge")),
    ("help", N_("How to use the bot")),
    ("cancel", N_("Discard the report in progress")),
    ("privacy", N_("What is stored and who can see it")),
    ("mydata", N_("What the bot holds about you")),
    ("forget", N_("Erase everything linked to you")),
    ("subscribe", N_("Get alerts of new verdicts")),
    ("subscriptions", N_("What you follow")),
    ("unsubscribe", N_("Stop all alerts")),
    ("language", N_("Change the language")),
)
MODERATOR_COMMANDS: CommandList = (
    ("queue", N_("Reports waiting for review")),
    ("history", N_("Moderation history of a case")),
    ("event", N_("Add an event to a published case")),
)
ADMIN_COMMANDS: CommandList = (("moderators", N_("Add or remove moderators")),)


def commands_for(role: Role) -> CommandList:
    """Everyone's commands, then the role's own."""
    if role is Role.ADMIN:
        return COMMANDS + MODERATOR_COMMANDS + ADMIN_COMMANDS
    if role is Role.MODERATOR:
        return COMMANDS + MODERATOR_COMMANDS
    return COMMANDS


def main_actions() -> InlineKeyboardMarkup | None:
    """The main actions as buttons: report, look up, follow, language."""
    return keyboard(
        [
            [(_("📝 Report a case"), StartReport())],
            [
                (_("🔎 Find a case"), FindMenu()),
                (_("🔔 Follow cases"), FollowMenu()),
            ],
            [(_("🌐 Language"), LanguageMenu())],
        ]
    )


async def drop_senderless(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Before every handler: an update without a sender (a channel post, even "/start" in a
    channel that made the bot an admin) has nobody to act for, and any answer would be public.
    It goes no further."""
    if update.effective_user is None:
        logger.info("update without a sender ignored")
        raise ApplicationHandlerStop


@transactional(read_only=True)
async def start(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/start: what the bot is for, with its main actions as buttons. A deep link
    `?start=case_<id>` (from the web catalogue, a shared card) opens that case's card."""
    message = update.effective_message
    assert message is not None
    wanted = re.fullmatch(r"case_(\d{1,9})", context.args[0]) if context.args else None
    if wanted is not None:
        if not await send_case(update, context, tx, int(wanted.group(1))):
            unavailable = _("This case is not available.")
            tx.after_commit(lambda: message.reply_text(unavailable))
        return
    text = _(
        "CaseWatch records politically motivated prosecutions in Kazakhstan.\n\n"
        "You can report a case: an arrest, a charge, a trial or a verdict. Moderators check "
        "every report before anything is published, and your identity is never shown. "
        "You can also find published cases and follow them."
    )
    markup = main_actions()
    tx.after_commit(lambda: message.reply_text(text, reply_markup=markup))


@transactional(read_only=True)
async def find_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """menu:search: ask whose case, and take the next message as the name."""
    query = update.callback_query
    assert query is not None
    chat = update.effective_chat
    assert chat is not None
    if guidance.is_private(update):
        guidance.await_argument(tx, "search")  # writes: run again as a writing transaction
        text = _("Whose case are you looking for? Send the name.")
    else:
        text = _("Send a name after /search, e.g. /search Zhaubatyrov")

    async def answer_and_ask() -> None:
        await query.answer()
        await chat.send_message(text)

    tx.after_commit(answer_and_ask)


@transactional(read_only=True)
async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/help: the commands of the asker's role (moderators and admins see theirs too)."""
    message = update.effective_message
    assert message is not None
    sections: list[tuple[str, CommandList]] = [(_("What I can do:"), COMMANDS)]
    if tx.user.role in (Role.MODERATOR, Role.ADMIN):
        sections.append((_("For moderators:"), MODERATOR_COMMANDS))
    if tx.user.role is Role.ADMIN:
        sections.append((_("For administrators:"), ADMIN_COMMANDS))
    text = "\n\n".join(
        title + "\n" + "\n".join(f"/{name} — {_(about)}" for name, about in commands)
        for title, commands in sections
    )
    tx.after_commit(lambda: message.reply_text(text))


@transactional(read_only=True)
async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    message = update.effective_message
    assert message is not None
    text = _("I do not know that command. Send /help to see what I can do.")
    tx.after_commit(lambda: message.reply_text(text))


@transactional(read_only=True)
async def unexpected_message(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Text, stickers or files outside a conversation."""
    message = update.effective_message
    assert message is not None
    text = _("To report a case, send /report. Send /help to see everything I can do.")
    tx.after_commit(lambda: message.reply_text(text))


@transactional(read_only=True)
async def unknown_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """A button whose conversation or message is gone."""
    query = update.callback_query
    assert query is not None
    text = _("This button is no longer active.")
    tx.after_commit(lambda: query.answer(text, show_alert=True))


def redacted_traceback(error: BaseException) -> str:
    """The traceback of `error` and of the exceptions it chains, with every exception's type but
    never its message: messages quote data (PostgreSQL's "DETAIL: Key (name)=(…)", int()'s
    "invalid literal … '²'"). SQL statements (without parameters) and SQLSTATE codes are kept."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    parts: list[str] = []
    for exc in reversed(chain):
        parts.append("".join(traceback.format_tb(exc.__traceback__)))
        line = f"{type(exc).__module__}.{type(exc).__qualname__} (message withheld)"
        sqlstate = getattr(exc, "sqlstate", None) or getattr(exc, "pgcode", None)
        if sqlstate:
            line += f" SQLSTATE {sqlstate}"
        if isinstance(exc, StatementError) and exc.statement:
            line += f"\n[SQL: {exc.statement}]"
        parts.append(line + "\n")
    return "The above exception was the direct cause of the following exception:\n".join(parts)


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log first, then tell the user something went wrong (never the details)."""
    error = context.error
    details = redacted_traceback(error) if error is not None else ""
    logger.error("Exception while handling an update: %s\n%s", type(error).__name__, details)
    if isinstance(update, Update) and update.callback_query is not None:
        # Every press is answered, even when its handler failed (or its commit did, which
        # withholds the answer the handler queued for after the commit).
        try:
            await update.callback_query.answer()
        except TelegramError:
            logger.info("the failed press was already answered or is too old")
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await update.effective_chat.send_message(
                _("Sorry, something went wrong. Your saved answers are kept; please try again.")
            )
        except TelegramError:
            logger.warning("could not send the error notice", exc_info=True)


async def publish_commands(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Command menus in each supported language, then each staff member's own."""
    for language in SUPPORTED_LANGUAGES:
        with use_locale(language):
            commands = [BotCommand(name, _(description)) for name, description in COMMANDS]
        await application.bot.set_my_commands(
            commands, language_code=None if language == "en" else language
        )
    await publish_staff_commands(application)


async def publish_staff_commands(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Each moderator's and admin's menu in their private chat (its id is stored encrypted)."""
    res = resources(application)
    async with res.sessionmaker() as session:
        staff = await users_with_role(session, Role.MODERATOR, Role.ADMIN)
        targets = [
            (res.vault.decrypt_int(u.chat_enc), u.role, u.language) for u in staff if u.chat_enc
        ]
    known = {chat_id for chat_id, _role, _language in targets}
    # Admins named in ADMIN_IDS who have not written yet: their private chat id is their id.
    targets += [(i, Role.ADMIN, "en") for i in res.settings.admin_ids if i not in known]
    for chat_id, role, language in targets:
        await publish_role_commands(application.bot, chat_id, role, language)


async def publish_role_commands(bot: Bot, chat_id: int, role: Role, language: str) -> None:
    """Set (or, for a plain user, remove) the command menu of one person's private chat."""
    scope = BotCommandScopeChat(chat_id)
    try:
        if role is Role.USER:
            await bot.delete_my_commands(scope=scope)
            return
        with use_locale(language):
            commands = [BotCommand(name, _(about)) for name, about in commands_for(role)]
        await bot.set_my_commands(commands, scope=scope)
    except TelegramError:
        # A chat the bot cannot reach yet (never started it): the default menu applies.
        logger.info("could not set the command menu of a %s", role.value)
