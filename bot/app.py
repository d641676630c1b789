"""Builds the Application: every handler is registered here, in one place.

Handler order matters within a group: the first matching handler wins. Commands everyone can use
come first so they work even in the middle of a report; the report conversation follows; the
catch-alls for unknown commands, stray buttons and other messages come last.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any
from zoneinfo import ZoneInfo

from telegram import Bot, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.handlers import (
    alerts,
    common,
    dialogs,
    guidance,
    language,
    moderation,
    safety,
    stats,
    timeline,
)
from bot.handlers import lookup as search
from bot.handlers.moderation import relay
from bot.handlers.report import handlers as report
from bot.infra import logs
from bot.infra.aiohttp_request import AiohttpRequest
from bot.infra.concurrency import SequentialUpdateProcessor
from bot.infra.config import Settings
from bot.infra.context import RESOURCES_KEY, Resources, resources
from bot.infra.crypto import IdentityVault
from bot.infra.persistence import DatabasePersistence
from bot.outbox.worker import AlertWorker
from bot.ui import callbacks
from db.places import all_places

logger = logging.getLogger(__name__)

#: Token used when no Telegram is involved (console, tests): the offline API ignores it.
OFFLINE_TOKEN = "0:offline"  # noqa: S105


async def post_init(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Open the database engine, load the gazetteer and (the primary process) publish the
    command menus."""
    res = resources(application)
    res.open()
    # ~10,000 places and their indexes: loaded now (0.3 s on a quiet machine), not while the
    # first person who types a village waits.
    all_places()
    if res.primary:
        await common.publish_commands(application)
        await alerts.register_public_channel(application)


async def post_shutdown(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    await alerts.alert_worker(application).close()
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
    primary: bool = True,
) -> Application[Any, Any, Any, Any, Any, Any]:
    """The bot with all its handlers. `request` replaces the network (tests, console).
    `primary`: this process runs the jobs and publishes the menus (the only one, or worker 0 of
    several: bot/infra/front.py)."""
    res = Resources(
        settings=settings, vault=IdentityVault(settings.resolved_secret_key()), primary=primary
    )
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
        # Different people at once, each person's updates in order (bot/infra/concurrency.py).
        .concurrent_updates(
            SequentialUpdateProcessor(
                settings.max_concurrent_updates, max_pending=settings.max_pending_updates
            )
        )
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    else:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))  # type: ignore[arg-type]
    application = builder.build()
    application.bot_data[RESOURCES_KEY] = res
    # Alerts go through a Bot of their own, paced by the worker (not by AIORateLimiter).
    alerts_request = request or AiohttpRequest(connection_pool_size=settings.alerts_concurrency)
    alerts_bot = Bot(token, base_url=settings.telegram_api_url, request=alerts_request)
    application.bot_data[alerts.ALERT_WORKER_KEY] = res.outbox = AlertWorker(res, alerts_bot)
    register_handlers(application)
    if primary:
        register_jobs(application, settings)
        safety.schedule_housekeeping(application)
    return application


def register_handlers(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    # First of all, in a group of its own (only one handler per group runs, and this one matches
    # every update): updates without a sender (channel posts) stop here.
    application.add_handler(TypeHandler(Update, common.drop_senderless), group=-4)
    # Global commands first: they answer even while a report is in progress.
    application.add_handler(CommandHandler("start", common.start))
    application.add_handler(CommandHandler("help", common.help_command))
    # /start's main actions (menu:report is the report conversation's entry point, below).
    application.add_handler(
        CallbackQueryHandler(common.find_button, pattern=callbacks.FindMenu.matches)
    )
    application.add_handler(
        CallbackQueryHandler(alerts.follow_menu_button, pattern=callbacks.FollowMenu.matches)
    )
    application.add_handler(
        CallbackQueryHandler(language.language_button, pattern=callbacks.LanguageMenu.matches)
    )
    # Reporter safety commands, also before the report conversation (usable in the middle).
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("privacy", safety.privacy_command, filters=private))
    application.add_handler(CommandHandler("mydata", safety.mydata_command, filters=private))
    application.add_handler(CommandHandler("forget", safety.forget_command, filters=private))
    application.add_handler(
        CallbackQueryHandler(safety.forget_choice, pattern=callbacks.ForgetChoice.matches)
    )
    application.add_handler(
        CallbackQueryHandler(safety.erase_chat, pattern=callbacks.EraseChat.matches)
    )
    # Group -3, before everything: the argument of a command sent alone ("/city", then "Taraz");
    # another command or button closes that question. Replies are left to the relay below.
    application.add_handler(
        MessageHandler(
            private & filters.TEXT & ~filters.COMMAND & ~filters.REPLY & ~filters.UpdateType.EDITED,
            guidance.take_argument,
        ),
        group=guidance.GROUP,
    )
    application.add_handler(
        MessageHandler(private & filters.COMMAND, guidance.forget_argument), group=guidance.GROUP
    )
    application.add_handler(CallbackQueryHandler(guidance.forget_argument), group=guidance.GROUP)
    # Then (group -2) the dialogs whose place is their draft row (bot/handlers/dialogs.py): a
    # submitter's reply to a relayed moderator question, and the text, /cancel or /skip that a
    # moderation dialog, else a /event or /update dialog, waits for; and (group -1) a message an
    # admin forwards to pick a moderator. Each stops further handling only when it applies.
    dialogs.register(application, [relay.DIALOG, timeline.DIALOG])
    application.add_handler(
        MessageHandler(filters.ChatType.PRIVATE & filters.FORWARDED, moderation.forwarded_to_admin),
        group=-1,
    )
    # Moderation commands, the buttons that open the moderation dialog and the `mod:` buttons
    # (before the report conversation, so moderators can act in the middle of writing a report),
    # then case updates.
    moderation.register(application)
    timeline.register(application)
    application.add_handler(CommandHandler("stats", stats.stats_command))
    application.add_handler(CommandHandler("subscribe", alerts.subscribe_command))
    application.add_handler(CommandHandler("subscriptions", alerts.subscriptions_command))
    application.add_handler(CommandHandler("unsubscribe", alerts.unsubscribe_command))
    # Buttons match only well-formed callback data (bot/ui/callbacks.py); anything else falls
    # through to common.unknown_button, which answers it.
    application.add_handler(
        CallbackQueryHandler(alerts.subscribe_button, pattern=callbacks.SubscribeMenu.matches)
    )
    application.add_handler(
        CallbackQueryHandler(alerts.follow_case, pattern=callbacks.FollowCase.matches)
    )
    application.add_handler(
        CallbackQueryHandler(
            alerts.remove_subscription, pattern=callbacks.RemoveSubscription.matches
        )
    )
    # Lookup: commands and buttons work everywhere, even in the middle of a report.
    application.add_handler(CommandHandler("search", search.search_command))
    application.add_handler(CommandHandler("city", search.city_command))
    application.add_handler(CommandHandler("article", search.article_command))
    application.add_handler(CommandHandler("judge", search.judge_command))
    application.add_handler(CommandHandler("case", search.case_command))
    application.add_handler(
        CallbackQueryHandler(search.open_case, pattern=callbacks.OpenCase.matches)
    )
    application.add_handler(
        CallbackQueryHandler(
            search.find_button,
            pattern=callbacks.any_of(callbacks.SearchPage, callbacks.RelatedCases),
        )
    )
    application.add_handler(InlineQueryHandler(search.inline_query))
    application.add_handler(CommandHandler("language", language.language_command))
    application.add_handler(
        CallbackQueryHandler(language.language_choice, pattern=callbacks.ChooseLanguage.matches)
    )
    # The report conversation: its fallbacks catch everything else said during a report.
    application.add_handler(report.build_report_conversation())
    # Outside a conversation: other buttons (report buttons are the report's entry points too),
    # unknown commands, other text.
    application.add_handler(CallbackQueryHandler(common.unknown_button))
    application.add_handler(MessageHandler(filters.COMMAND, common.unknown_command))
    # Plain private text outside a conversation is a lookup by name (before the catch-all).
    application.add_handler(
        MessageHandler(
            filters.ChatType.PRIVATE & filters.TEXT & ~filters.UpdateType.EDITED,
            search.search_text,
        )
    )
    application.add_handler(
        MessageHandler(
            filters.ChatType.PRIVATE & ~filters.UpdateType.EDITED, common.unexpected_message
        )
    )
    # After all handlers: persist conversation states.
    application.add_handler(TypeHandler(Update, persist_conversations), group=100)
    application.add_error_handler(common.error_handler)
    # Groups -1 and last: one structured log line per update (kind, command, outcome, time).
    logs.register(application)


def register_jobs(
    application: Application[Any, Any, Any, Any, Any, Any], settings: Settings
) -> None:
    """Jobs run only once the job queue starts (run_polling), never in tests, which drive the
    alert worker step by step."""
    job_queue = application.job_queue
    assert job_queue is not None, "python-telegram-bot[job-queue] is required"
    # Start-up jobs run however late the scheduler gets to them: APScheduler's default grace of
    # one second dropped the delivery job on a loaded machine, and then nothing owed was ever
    # sent (kill -9 test, a restart under load).
    late_is_fine = {"misfire_grace_time": None}
    job_queue.run_once(
        alerts.start_delivery_job, when=0, name="alerts-delivery", job_kwargs=late_is_fine
    )
    # At start-up too: a restart after the daily time must not skip a day (it is idempotent).
    job_queue.run_once(
        alerts.enqueue_reminders_job,
        when=5,
        name="alerts-reminders-now",
        job_kwargs=late_is_fine,
    )
    job_queue.run_daily(
        alerts.enqueue_reminders_job,
        time=dt.time(settings.alerts_reminder_hour, tzinfo=ZoneInfo(settings.alerts_timezone)),
        name="alerts-reminders",
    )
