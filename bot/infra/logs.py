"""Structured logs: one line per update with its kind, command, outcome and duration.

A line never holds message text, names from reports, user or chat ids: only the update type
(message, callback_query, ...), the command name (`/report`) or the prefix of a button's callback
data (`rep`), outcome ok/error and the time taken. Two TypeHandlers bracket each update: one in
group -1 (before every handler) starts the clock, one in the last group writes the line; an error
handler marks the update as failed.

`LOG_FORMAT=json` renders every log record of the process as a JSON line; the default is
`key=value` text.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import time
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.ext import Application, ContextTypes, TypeHandler

logger = logging.getLogger(__name__)

FIRST_GROUP = -1
#: After every other group (persistence runs in 100), so the duration covers all of them.
LAST_GROUP = 1_000_000

_COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,32})(?:@\w+)?(?:\s|$)")
_CALLBACK_PREFIX = re.compile(r"^([a-z]{1,16}):")


@dataclass
class UpdateRecord:
    started: float
    update_type: str
    command: str | None
    errors: list[str] = field(default_factory=list)


_current: ContextVar[UpdateRecord | None] = ContextVar("casewatch_update_record", default=None)


def update_type(update: Update) -> str:
    """The name of the field that carries this update (message, callback_query, ...)."""
    for name in Update.ALL_TYPES:
        if getattr(update, name, None) is not None:
            return str(name)
    return "unknown"


def command_name(update: Update) -> str | None:
    """`/report` for a command, `button:rep` for a button press; never free text."""
    message = update.effective_message
    if update.callback_query is not None:
        match = _CALLBACK_PREFIX.match(update.callback_query.data or "")
        return f"button:{match.group(1)}" if match else "button"
    if message is not None and message.text:
        match = _COMMAND.match(message.text)
        if match:
            return "/" + match.group(1).lower()
    return None


async def start_update(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    _current.set(UpdateRecord(time.perf_counter(), update_type(update), command_name(update)))


async def mark_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    record = _current.get()
    if record is not None and isinstance(update, Update):
        record.errors.append(type(context.error).__name__)


async def finish_update(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    record = _current.get()
    if record is None:
        return
    _current.set(None)
    fields: dict[str, Any] = {
        "update": record.update_type,
        "command": record.command,
        "outcome": "error" if record.errors else "ok",
        "duration_ms": round((time.perf_counter() - record.started) * 1000, 1),
    }
    if record.errors:
        fields["error"] = ",".join(record.errors)
    logger.info("update %s", format_fields(fields), extra={"fields": fields})


def format_fields(fields: dict[str, Any]) -> str:
    return " ".join(f"{key}={value}" for key, value in fields.items() if value is not None)


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    application.add_handler(TypeHandler(Update, start_update), group=FIRST_GROUP)
    application.add_handler(TypeHandler(Update, finish_update), group=LAST_GROUP)
    application.add_error_handler(mark_error)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message and any structured fields."""

    def __init__(self, process: str | None = None) -> None:
        super().__init__()
        self.process = process

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        if self.process is not None:
            line["process"] = self.process
        line.update(getattr(record, "fields", {}))
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


DATABASE_DRIVER_LOGGERS = ("aiosqlite", "asyncpg")


def configure_logging(level: str = "INFO", fmt: str = "text", process: str | None = None) -> None:
    """Logging for the `casewatch` process. Libraries that would log secrets or user data at
    lower levels are capped: httpx logs request URLs, which hold the bot token. `process`:
    which of several processes writes (WORKERS: "front", "worker-1", ...), on every line."""
    handler = logging.StreamHandler()
    if fmt == "json":
        handler.setFormatter(JsonFormatter(process))
    else:
        label = f"process={process} " if process is not None else ""
        handler.setFormatter(
            logging.Formatter(f"%(asctime)s level=%(levelname)s {label}logger=%(name)s %(message)s")
        )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # Database drivers log every statement with its parameters (names, reporters' words) at
    # DEBUG; SQLAlchemy's own logs show "[SQL parameters hidden]" (hide_parameters).
    for driver in DATABASE_DRIVER_LOGGERS:
        logging.getLogger(driver).setLevel(max(logging.INFO, root.level))
    # At DEBUG SQLAlchemy would log result rows, which hold user text: never below WARNING.
    logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # PTB logs whole updates (with message text) at DEBUG.
    logging.getLogger("telegram").setLevel(max(logging.INFO, root.level))
    logging.getLogger("uvicorn.access").setLevel(logging.WARNING)
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
