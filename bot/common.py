"""Commands every user has (/start, /help), answers to anything unexpected, the error handler."""

from __future__ import annotations

import logging
import traceback
from typing import Any

from sqlalchemy.exc import StatementError
from telegram import BotCommand, Update
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes

from bot.callbacks import StartReport
from bot.context import Tx, transactional
from bot.i18n import N_, SUPPORTED_LANGUAGES, _, use_locale
from bot.keyboards import keyboard

logger = logging.getLogger(__name__)

COMMANDS = (
    ("start", N_("What this bot does")),
    ("report", N_("Report a prosecution")),
    ("update", N_("Send news about a published case")),
    ("stats", N_("Numbers of published cases")),
    ("search", N_("Find a case by name, in any spelling")),
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


async def drop_senderless(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Before every handler: an update without a sender (a channel post, even "/start" in a
    channel that made the bot an admin) has nobody to act for, and any answer would be public.
    It goes no further."""
    if update.effective_user is None:
        logger.info("update without a sender ignored")
        raise ApplicationHandlerStop


@transactional(read_only=True)
async def start(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/start: what the bot is for, with a button to report a case."""
    message = update.effective_message
    assert message is not None
    text = _(
        "CaseWatch records politically motivated prosecutions in Kazakhstan.\n\n"
        "You can report a case: an arrest, a charge, a trial or a verdict. Moderators check "
        "every report before anything is published, and your identity is never shown."
    )
    markup = keyboard([[(_("📝 Report a case"), StartReport().pack())]])
    tx.after_commit(lambda: message.reply_text(text, reply_markup=markup))


@transactional(read_only=True)
async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/help: the commands."""
    message = update.effective_message
    assert message is not None
    lines = [f"/{name} — {_(description)}" for name, description in COMMANDS]
    text = _("What I can do:") + "\n" + "\n".join(lines)
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
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await update.effective_chat.send_message(
                _("Sorry, something went wrong. Your saved answers are kept; please try again.")
            )
        except TelegramError:
            logger.warning("could not send the error notice", exc_info=True)


async def publish_commands(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Command menus in each supported language."""
    for language in SUPPORTED_LANGUAGES:
        with use_locale(language):
            commands = [BotCommand(name, _(description)) for name, description in COMMANDS]
        await application.bot.set_my_commands(
            commands, language_code=None if language == "en" else language
        )
