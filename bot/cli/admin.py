"""Operator commands of `casewatch`: moderators, export, import, stats, healthcheck.

Each command opens its own engine, does its work in one transaction and prints a short result.
Telegram ids given on the command line are turned into the keyed hash at once; they are never
stored or printed back.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.cli.settings import read_settings
from bot.infra.config import Settings

T = TypeVar("T")


def with_database(
    settings: Settings, work: Callable[[async_sessionmaker[AsyncSession]], Awaitable[T]]
) -> T:
    """Run `work` with a sessionmaker on DATABASE_URL, disposing the engine afterwards."""
    from db.engine import create_engine, create_sessionmaker

    async def main() -> T:
        engine = create_engine(settings.database_url)
        try:
            return await work(create_sessionmaker(engine))
        finally:
            await engine.dispose()

    return asyncio.run(main())


# --- moderators ------------------------------------------------------------------------------


def telegram_user_id(text: str) -> int:
    """argparse type: a person's Telegram id (positive, at most 52 bits), never a group's
    (negative) nor a number no account has."""
    from bot.ui.inputs import parse_telegram_user_id

    value = parse_telegram_user_id(text)
    if value is None:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a Telegram user id (a positive number of at most 16 digits; "
            "group and channel ids are negative)"
        )
    return value


def cmd_moderators(args: argparse.Namespace) -> None:
    """Grant or withdraw the moderator role by Telegram user id, or list who has a role."""
    from bot.infra.crypto import IdentityVault
    from db.models import Role, User
    from db.users import get_user, users_with_role

    settings = read_settings()

    if args.action == "list":

        async def listing(sessionmaker: async_sessionmaker[AsyncSession]) -> list[User]:
            async with sessionmaker() as session:
                return await users_with_role(session, Role.MODERATOR, Role.ADMIN)

        users = with_database(settings, listing)
        print(f"{'user id':>8}  {'role':<10}  {'language':<8}  since")
        for user in users:
            since = f"{user.created_at:%Y-%m-%d}"
            print(f"{user.id:>8}  {user.role.value:<10}  {user.language:<8}  {since}")
        print(f"{len(users)} with a role. Admins come from ADMIN_IDS ({len(settings.admin_ids)}).")
        return

    if args.telegram_id is None:
        sys.exit("casewatch: give the Telegram user id (a number; ask the person for it)")
    if args.telegram_id in settings.admin_ids:
        sys.exit("casewatch: that person is an admin (ADMIN_IDS); change ADMIN_IDS instead")
    vault = IdentityVault(settings.resolved_secret_key())
    tg_hash = vault.hash_id(args.telegram_id, kind="user")

    async def change(sessionmaker: async_sessionmaker[AsyncSession]) -> str:
        async with sessionmaker() as session, session.begin():
            user = await get_user(session, tg_hash)
            if args.action == "add":
                if user is not None and user.role is Role.MODERATOR:
                    return f"user {user.id} is already a moderator; nothing changed"
                if user is None:
                    user = User(tg_hash=tg_hash, language="en", role=Role.MODERATOR)
                    session.add(user)
                user.role = Role.MODERATOR
                # A private chat's id is the user's id: keep it (encrypted) so the bot can send
                # new reports to this moderator before they ever write to it.
                user.chat_enc = user.chat_enc or vault.encrypt(args.telegram_id)
                await session.flush()
                return f"user {user.id} is now a moderator"
            if user is None or user.role is not Role.MODERATOR:
                return "that person is not a moderator; nothing changed"
            user.role = Role.USER
            return f"user {user.id} is no longer a moderator"

    print(with_database(settings, change))


# --- export and import -----------------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> None:
    """Write approved cases (all with --all) as JSON (the import format) or CSV."""
    from bot.services.exchange import export_records, to_csv, to_json

    settings = read_settings()
    records = with_database(settings, lambda sm: export_records(sm, include_all=args.include_all))
    output = to_json(records) if args.format == "json" else to_csv(records)
    if args.output in (None, "-"):
        sys.stdout.write(output)
    else:
        Path(args.output).write_text(output, encoding="utf-8", newline="")
    print(f"exported {len(records)} cases", file=sys.stderr)


def cmd_import(args: argparse.Namespace) -> None:
    """Import a JSON file of the export format: validated, all or nothing, idempotent."""
    from bot.services.exchange import ImportRefused, import_document, read_import_file

    settings = read_settings()
    try:
        data = read_import_file(Path(args.file))
    except ImportRefused as refused:
        for problem in refused.problems:
            print(f"{args.file}: {problem}", file=sys.stderr)
        sys.exit(f"casewatch: {args.file} was not imported; nothing was written")
    except OSError as problem:
        sys.exit(f"casewatch: cannot read {args.file}: {problem.strerror}")
    if args.dry_run:
        print(f"{args.file} is valid: {len(data['cases'])} cases")
        return
    result = with_database(settings, lambda sm: import_document(sm, data))
    print(
        f"imported {len(result.created)} new cases, {len(result.already_present)} already present"
    )


# --- stats and health ------------------------------------------------------------------------


def cmd_stats(args: argparse.Namespace) -> None:
    """Counts of published cases by year of verdict, region, article and sentence."""
    from bot.handlers.stats import draw_chart, render_stats_text
    from db.stats import CaseStats, case_stats

    settings = read_settings()

    async def read(sessionmaker: async_sessionmaker[AsyncSession]) -> CaseStats:
        async with sessionmaker() as session:
            return await case_stats(session)

    stats = with_database(settings, read)
    print(render_stats_text(stats))
    if args.chart:
        fmt = "svg" if args.chart.lower().endswith(".svg") else "png"
        Path(args.chart).write_bytes(draw_chart(stats, fmt))
        print(f"chart written to {args.chart}", file=sys.stderr)


def cmd_healthcheck(args: argparse.Namespace) -> None:
    """Exit 0 when the running bot's /healthz answers 200 (for container health checks)."""
    import httpx

    settings = read_settings()
    if not settings.listen_port:
        sys.exit("casewatch: LISTEN_PORT is 0, so there is no /healthz to ask")
    host = "127.0.0.1" if settings.listen_host in ("0.0.0.0", "") else settings.listen_host  # noqa: S104
    if ":" in host:
        host = f"[{host}]" if host != "::" else "[::1]"
    try:
        response = httpx.get(f"http://{host}:{settings.listen_port}/healthz", timeout=5)
    except httpx.HTTPError as problem:
        sys.exit(f"unhealthy: {problem}")
    if response.status_code != 200:
        sys.exit(f"unhealthy: {response.status_code} {response.text}")
    print("healthy")


def add_commands(sub: Any) -> None:
    moderators = sub.add_parser("moderators", help="grant, withdraw or list the moderator role")
    moderators.add_argument("action", choices=["add", "remove", "list"])
    moderators.add_argument(
        "telegram_id",
        type=telegram_user_id,
        nargs="?",
        help="Telegram user id (add, remove): a person's, never a group's or channel's",
    )
    moderators.set_defaults(func=cmd_moderators)

    export = sub.add_parser("export", help="export published cases as JSON or CSV")
    export.add_argument("--format", choices=["json", "csv"], default="json")
    export.add_argument(
        "--all",
        dest="include_all",
        action="store_true",
        help="also cases not published (pending, rejected, merged)",
    )
    export.add_argument("-o", "--output", help="file to write (default: standard output)")
    export.set_defaults(func=cmd_export)

    imports = sub.add_parser(
        "import", help="import cases from a JSON file (schema/casewatch-cases.schema.json)"
    )
    imports.add_argument("file")
    imports.add_argument("--dry-run", action="store_true", help="validate only, write nothing")
    imports.set_defaults(func=cmd_import)

    stats = sub.add_parser("stats", help="counts of published cases")
    stats.add_argument(
        "--chart", metavar="FILE", help="also draw the chart into this file (.png, or .svg)"
    )
    stats.set_defaults(func=cmd_stats)

    health = sub.add_parser("healthcheck", help="ask the running bot's /healthz (exit 0 if ok)")
    health.set_defaults(func=cmd_healthcheck)
