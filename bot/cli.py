"""The `casewatch` command: run the bot, talk to it offline, manage the database."""

from __future__ import annotations

import argparse
import logging
import sys

from pydantic import ValidationError

from bot.config import Settings

logger = logging.getLogger(__name__)


def _settings() -> Settings:
    try:
        return Settings()
    except ValidationError as problem:
        first = problem.errors()[0]
        field = first.get("loc", ("?",))[0]
        sys.exit(f"casewatch: invalid setting {field}: {first.get('msg')}")


def cmd_run(args: argparse.Namespace) -> None:
    """Start the bot in polling mode."""
    settings = _settings()
    if settings.bot_token is None:
        sys.exit(
            "casewatch: BOT_TOKEN is not set. Get a token from @BotFather and run: "
            "BOT_TOKEN=123456:ABC... make run   (or put BOT_TOKEN=... in .env)"
        )
    from telegram import Update

    from bot.app import build_application

    application = build_application(settings)
    logger.info("CaseWatch starts polling (database: %s)", _safe_url(settings.database_url))
    application.run_polling(allowed_updates=Update.ALL_TYPES)


def cmd_console(args: argparse.Namespace) -> None:
    """Talk to the bot in the terminal, with no Telegram and no token."""
    import asyncio

    from bot.console import run_console

    asyncio.run(run_console(_settings(), user_id=args.user_id, language=args.language))


def cmd_db(args: argparse.Namespace) -> None:
    """Database migrations: upgrade, downgrade, current; reindex the lookup keys."""
    from alembic import command

    from db.migrate import alembic_config

    config = alembic_config(_settings().database_url)
    if args.action == "reindex":
        import asyncio

        from db.search import reindex_database

        count = asyncio.run(reindex_database(_settings().database_url))
        logger.info("lookup keys rewritten for %d cases", count)
    elif args.action == "upgrade":
        command.upgrade(config, args.revision or "head")
    elif args.action == "downgrade":
        command.downgrade(config, args.revision or "-1")
    else:
        command.current(config, verbose=True)


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="casewatch", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="start the bot (polling)")
    run.set_defaults(func=cmd_run)

    console = sub.add_parser("console", help="talk to the bot in this terminal, offline")
    console.add_argument(
        "--user-id", type=int, default=1000001, help="the Telegram user id to pretend to be"
    )
    console.add_argument("--language", default="en", help="language_code of that user")
    console.set_defaults(func=cmd_console)

    db = sub.add_parser("db", help="database migrations")
    db.add_argument("action", choices=["upgrade", "downgrade", "current", "reindex"])
    db.add_argument("revision", nargs="?", help="target revision (default: head / -1)")
    db.set_defaults(func=cmd_db)
    return parser


def main(argv: list[str] | None = None) -> None:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    args.func(args)


if __name__ == "__main__":
    main()
