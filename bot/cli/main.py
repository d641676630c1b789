"""The `casewatch` command: run the bot, talk to it offline, manage the database."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from bot.cli.settings import read_settings
from bot.infra.config import Settings

if TYPE_CHECKING:
    from bot.infra.keys import RotationReport

logger = logging.getLogger(__name__)


def cmd_run(args: argparse.Namespace) -> None:
    """Start the bot: by webhook when WEBHOOK_URL is set, else by polling."""
    settings = read_settings()
    if settings.bot_token is None:
        sys.exit(
            "casewatch: BOT_TOKEN is not set. Get a token from @BotFather and run: "
            "BOT_TOKEN=123456:ABC... make run   (or put BOT_TOKEN=... in .env)"
        )
    import asyncio

    from telegram import Update

    from bot.app import build_application
    from bot.infra.front import run_front, tune_collector_after_init

    _check_bot_api(settings)
    mode = "webhook" if settings.webhook_url else "polling"
    logger.info(
        "CaseWatch starts, %s, %d process(es) (database: %s)",
        mode,
        settings.workers,
        _safe_url(settings.database_url),
    )
    if settings.workers > 1:
        sys.exit(asyncio.run(run_front(settings, settings.workers)))
    application = build_application(settings)
    tune_collector_after_init(application)
    if settings.webhook_url or settings.listen_port:
        from bot.web.webhook import run_with_server

        asyncio.run(run_with_server(application, settings))
    else:
        application.run_polling(allowed_updates=Update.ALL_TYPES)


def _check_bot_api(settings: Settings) -> None:
    """Ask the Bot API who we are before starting: a wrong token or no network ends here with
    one line that says what to check, not a traceback through the library's retry loop."""
    import asyncio

    from telegram import Bot
    from telegram.error import InvalidToken, NetworkError

    assert settings.bot_token is not None
    token = settings.bot_token.get_secret_value()

    async def get_me() -> None:
        bot = Bot(token, base_url=settings.telegram_api_url)
        async with bot:  # initialize() is getMe
            pass

    try:
        asyncio.run(get_me())
    except InvalidToken:
        sys.exit("casewatch: Telegram refused BOT_TOKEN: check the token from @BotFather")
    except NetworkError as problem:  # TimedOut included
        sys.exit(
            f"casewatch: cannot reach the Bot API at {settings.telegram_api_url} "
            f"({problem.message}): check TELEGRAM_API_URL / the network"
        )


def cmd_web(args: argparse.Namespace) -> None:
    """The public web catalogue, a process of its own on WEB_HOST:WEB_PORT (read-only: it may
    point at a read replica). Behind a reverse proxy, pass --proxy-headers so rate limiting sees
    each reader's address."""
    import uvicorn

    from bot.web.app import build_catalogue

    settings = read_settings()
    logger.info(
        "CaseWatch web catalogue on %s:%s (database: %s)",
        settings.web_host,
        settings.web_port,
        _safe_url(settings.database_url),
    )
    uvicorn.run(
        build_catalogue(settings),
        host=settings.web_host,
        port=settings.web_port,
        log_config=None,
        access_log=False,  # nothing about readers is recorded
        proxy_headers=args.proxy_headers,
        forwarded_allow_ips=args.forwarded_allow_ips,
        server_header=False,
    )


def cmd_console(args: argparse.Namespace) -> None:
    """Talk to the bot in the terminal, with no Telegram and no token."""
    import asyncio

    from bot.cli.console import run_console

    # The conversation is the output here: per-update log lines would interleave with it.
    logging.getLogger().setLevel(logging.WARNING)
    for name in ("bot.infra.logs", "alembic", "apscheduler"):
        logging.getLogger(name).setLevel(logging.WARNING)
    asyncio.run(run_console(read_settings(), user_id=args.user_id, language=args.language))


def cmd_db(args: argparse.Namespace) -> None:
    """Database migrations: upgrade, downgrade, current; reindex the lookup keys."""
    import asyncio

    from alembic import command

    from db.migrate import alembic_config
    from db.search import reindex_database, search_index_is_missing

    database_url = read_settings().database_url
    config = alembic_config(database_url)
    if args.action == "reindex":
        count = asyncio.run(reindex_database(database_url))
        print(f"lookup keys rewritten for {count} cases")
    elif args.action == "upgrade":
        command.upgrade(config, args.revision or "head")
        # A migration that (re)creates the search tables leaves them empty: cases would be
        # silently unfindable. The keys are folded in Python, so they are rebuilt here.
        if asyncio.run(search_index_is_missing(database_url)):
            count = asyncio.run(reindex_database(database_url))
            print(f"the lookup index was empty: rebuilt for {count} cases")
    elif args.action == "downgrade":
        target = args.revision or "-1"
        confirm_destructive(
            args,
            f"Downgrading to {target} drops the tables and columns added since, with their data "
            f"({_safe_url(database_url)}).",
        )
        command.downgrade(config, target)
    else:
        command.current(config, verbose=True)


def confirm_destructive(args: argparse.Namespace, consequence: str) -> None:
    """Ask before destroying data, unless --yes was given; without a terminal, refuse."""
    if getattr(args, "yes", False):
        return
    if not sys.stdin.isatty():
        sys.exit(f"casewatch: {consequence} Add --yes to confirm.")
    answer = input(f"{consequence}\nType yes to continue: ")
    if answer.strip().lower() != "yes":
        sys.exit("casewatch: nothing changed")


def cmd_keys(args: argparse.Namespace) -> None:
    """Rotate SECRET_KEY: re-encrypt chat ids and re-compute keyed hashes, in one transaction."""
    import asyncio
    import os

    from bot.infra.config import MIN_SECRET_KEY_LENGTH, SECRET_KEY_FILE

    settings = read_settings()
    if settings.secret_key is None and not SECRET_KEY_FILE.exists():
        sys.exit("casewatch: no current key: set SECRET_KEY (or run where .secret_key is)")
    old_secret = settings.resolved_secret_key()
    new_secret = os.environ.get("NEW_SECRET_KEY") or _prompt_new_key()
    if len(new_secret) < MIN_SECRET_KEY_LENGTH:
        sys.exit(f"casewatch: the new key must be at least {MIN_SECRET_KEY_LENGTH} characters")

    from bot.infra.keys import RotationError

    try:
        report = asyncio.run(_rotate(settings.database_url, old_secret, new_secret))
    except RotationError as problem:
        sys.exit(f"casewatch: rotation stopped, nothing was changed: {problem}")
    print(
        f"Rotated: {report.users_kept} users kept, {report.users_forgotten} users without a "
        f"stored chat id forgotten (they start afresh on their next message), "
        f"{report.conversations} conversations re-keyed, {report.tokens} tokens re-encrypted."
    )
    if report.staff_forgotten:
        print(
            f"Note: {report.staff_forgotten} moderators/admins had no stored chat id; "
            "moderators must be appointed again, admins come back from ADMIN_IDS."
        )
    if settings.secret_key is None:
        tmp = SECRET_KEY_FILE.with_name(SECRET_KEY_FILE.name + ".new")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(new_secret + "\n")
        os.replace(tmp, SECRET_KEY_FILE)
        print(f"The new key is now in {SECRET_KEY_FILE}.")
    else:
        print("Now set SECRET_KEY to the new key wherever the bot runs, and restart it.")
    print("Back up the new key, and destroy every copy of the old one: it opens old backups.")


def _prompt_new_key() -> str:
    import getpass

    if not sys.stdin.isatty():
        sys.exit("casewatch: set NEW_SECRET_KEY (no terminal to ask for it)")
    first = getpass.getpass("New SECRET_KEY: ")
    if getpass.getpass("Repeat it: ") != first:
        sys.exit("casewatch: the two entries differ")
    return first


async def _rotate(database_url: str, old_secret: str, new_secret: str) -> RotationReport:
    from bot.infra.keys import rotate_keys
    from db.engine import create_engine, create_sessionmaker

    engine = create_engine(database_url)
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            return await rotate_keys(session, old_secret, new_secret)
    finally:
        await engine.dispose()


def cmd_parse_report(args: argparse.Namespace) -> None:
    """Print the cases a published report describes, as a pending exchange document."""
    import json
    import re

    from jsonschema import Draft202012Validator, FormatChecker

    from bot.extract import extract_cases
    from bot.services.exchange import document, schema

    try:
        text = args.file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as problem:
        sys.exit(f"casewatch: cannot read {args.file}: {problem}")
    prefix = re.sub(r"[^A-Za-z0-9._-]+", "-", args.file.stem).strip("-.") or "report"
    doc = document(extract_cases(text, id_prefix=prefix[:100], today=args.today))
    doc["source"] = f"casewatch parse-report {args.file.name}"[:300]
    errors = list(Draft202012Validator(schema(), format_checker=FormatChecker()).iter_errors(doc))
    if errors:  # a bug in the extractor, never the reader's fault: say where
        sys.exit(f"casewatch: the extracted document does not fit the schema: {errors[0].message}")
    print(json.dumps(doc, ensure_ascii=False, indent=2))


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="casewatch", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="start the bot (polling)")
    run.set_defaults(func=cmd_run)

    web = sub.add_parser("web", help="serve the public web catalogue (WEB_HOST:WEB_PORT)")
    web.add_argument(
        "--proxy-headers",
        action="store_true",
        help="trust X-Forwarded-For from --forwarded-allow-ips (behind a reverse proxy)",
    )
    web.add_argument("--forwarded-allow-ips", default="127.0.0.1", help="the proxy's address")
    web.set_defaults(func=cmd_web)

    console = sub.add_parser("console", help="talk to the bot in this terminal, offline")
    console.add_argument(
        "--user-id", type=int, default=1000001, help="the Telegram user id to pretend to be"
    )
    console.add_argument("--language", default="en", help="language_code of that user")
    console.set_defaults(func=cmd_console)

    db = sub.add_parser("db", help="database migrations")
    db.add_argument("action", choices=["upgrade", "downgrade", "current", "reindex"])
    db.add_argument("revision", nargs="?", help="target revision (default: head / -1)")
    db.add_argument("--yes", action="store_true", help="do not ask before dropping data")
    db.set_defaults(func=cmd_db)

    keys = sub.add_parser(
        "keys",
        help="key management",
        description="rotate: re-encrypt and re-hash everything under NEW_SECRET_KEY "
        "(or a prompted key); the old key is SECRET_KEY or .secret_key",
    )
    keys.add_argument("action", choices=["rotate"])
    keys.set_defaults(func=cmd_keys)

    parse_report = sub.add_parser(
        "parse-report",
        help="print the cases a published report describes (JSON exchange format, pending)",
    )
    parse_report.add_argument("file", type=Path, help="the report as a UTF-8 text file")
    parse_report.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        default=None,
        help="the day the report is read (YYYY-MM-DD): the year of dates it writes without one",
    )
    parse_report.set_defaults(func=cmd_parse_report)
    from bot.cli import admin as admin_cli

    admin_cli.add_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> None:
    args = build_parser().parse_args(argv)
    from bot.infra.logs import configure_logging

    try:
        settings = Settings()
        configure_logging(settings.log_level, settings.log_format)
    except (ValidationError, ValueError):
        configure_logging()  # the command reports the bad setting itself
    args.func(args)


if __name__ == "__main__":
    main()
