"""Builds the Application: every handler is registered here, in one place.

Handler order matters within a group: the first matching handler wins. Commands everyone can use
come first so they work even in the middle of a report; the report conversation follows; the
catch-alls for unknown commands, stray buttons and other messages come last.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest

from bot import common, language, report
from bot.config import Settings
from bot.context import RESOURCES_KEY, Resources, resources
from bot.crypto import IdentityVault
from bot.persistence import DatabasePersistence

logger = logging.getLogger(__name__)

#: Token used when no Telegram is involved (console, tests): the offline API ignores it.
OFFLINE_TOKEN = "0:offline"  # noqa: S105


async def post_init(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Open the database engine and publish the command menus."""
    resources(application).open()
    await common.publish_commands(application)


async def post_shutdown(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    await resources(application).close()


async def persist_conversations(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Write conversation states to the database after every update (not once a minute), so
    that a restart resumes exactly where the user was."""
    await context.application.update_persistence()


def build_application(
    settings: Settings,
    *,
    request: BaseRequest | None = None,
    token: str | None = None,
) -> Application[Any, Any, Any, Any, Any, Any]:
    """The bot with all its handlers. `request` replaces the network (tests, console)."""
    res = Resources(settings=settings, vault=IdentityVault(settings.resolved_secret_key()))
    if token is None:
        if settings.bot_token is None:
            raise RuntimeError("BOT_TOKEN is not set")
        token = settings.bot_token.get_secret_value()
    builder = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.telegram_api_url)
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)
            )
        )
        .persistence(DatabasePersistence(res))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    else:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))  # type: ignore[arg-type]
    application = builder.build()
    application.bot_data[RESOURCES_KEY] = res
    register_handlers(application)
    return application


def register_handlers(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    # Global commands first: they answer even while a report is in progress.
    application.add_handler(CommandHandler("start", common.start))
    application.add_handler(CommandHandler("help", common.help_command))
    application.add_handler(CommandHandler("language", language.language_command))
    application.add_handler(
        CallbackQueryHandler(language.language_choice, pattern=rf"^{language.PREFIX}")
    )
    # The report conversation: its fallbacks catch everything else said during a report.
    application.add_handler(report.build_report_conversation())
    # Outside a conversation: stray report buttons, other buttons, unknown commands, other text.
    application.add_handler(
        CallbackQueryHandler(report.report_button_outside, pattern=rf"^{report.PREFIX}")
    )
    application.add_handler(CallbackQueryHandler(common.unknown_button))
    application.add_handler(MessageHandler(filters.COMMAND, common.unknown_command))
    application.add_handler(
        MessageHandler(
            filters.ChatType.PRIVATE & ~filters.UpdateType.EDITED, common.unexpected_message
        )
    )
    # After all handlers: persist conversation states.
    application.add_handler(TypeHandler(Update, persist_conversations), group=100)
    application.add_error_handler(common.error_handler)
