"""All configuration in one pydantic-settings class, read from the environment and `.env`."""

from __future__ import annotations

import logging
import os
import re
import secrets
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

logger = logging.getLogger(__name__)

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///casewatch.db"
#: Where a generated SECRET_KEY is kept when the operator did not set one.
SECRET_KEY_FILE = Path(os.environ.get("CASEWATCH_SECRET_KEY_FILE", ".secret_key"))
MIN_SECRET_KEY_LENGTH = 32
#: Telegram allows 1-256 of these; we ask for 16+ so it cannot be guessed.
#: Connections beyond those of the updates: alert worker (claim ahead, group commit,
#: failures), conversation persistence, housekeeping jobs.
DB_POOL_SPARE = 8
#: Connections for the running updates by default. An update holds one only while its
#: transaction runs (no transaction spans a Bot API call), a few milliseconds of the 50–100 ms
#: it runs with its replies on the wire: far fewer connections than running updates keep the
#: database busy, and PostgreSQL's default max_connections (100) is not exhausted by two
#: processes.
DB_POOL_FOR_UPDATES = 24
WEBHOOK_SECRET_PATTERN = re.compile(r"[A-Za-z0-9_-]{16,256}")


class Settings(BaseSettings):
    """Everything the bot reads from its environment. Names are the public contract."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    bot_token: SecretStr | None = Field(default=None, alias="BOT_TOKEN")
    database_url: str = Field(default=DEFAULT_DATABASE_URL, alias="DATABASE_URL")
    admin_ids: Annotated[frozenset[int], NoDecode] = Field(default=frozenset(), alias="ADMIN_IDS")
    moderation_chat_id: int | None = Field(default=None, alias="MODERATION_CHAT_ID")
    #: Language of the cards posted to the moderation group (moderators writing privately get
    #: their own language).
    moderation_language: Literal["ru", "kk", "en"] = Field(
        default="ru", alias="MODERATION_LANGUAGE"
    )
    secret_key: SecretStr | None = Field(default=None, alias="SECRET_KEY")
    telegram_api_url: str = Field(default="https://api.telegram.org/bot", alias="TELEGRAM_API_URL")
    #: Longest free text accepted in one answer of the report conversation.
    max_text_length: int = Field(default=2000, alias="MAX_TEXT_LENGTH")
    log_level: str = Field(default="INFO", alias="LOG_LEVEL")
    #: Flood control: reports one person may submit per 24 hours.
    max_submissions_per_day: int = Field(default=5, ge=1, alias="MAX_SUBMISSIONS_PER_DAY")
    #: Flood control: questions/answers one person may relay to moderators per 24 hours.
    max_relayed_messages_per_day: int = Field(
        default=20, ge=1, alias="MAX_RELAYED_MESSAGES_PER_DAY"
    )
    #: "text" (key=value) or "json" (one JSON object per line).
    log_format: Literal["text", "json"] = Field(default="text", alias="LOG_FORMAT")
    #: Public HTTPS URL Telegram posts updates to. Unset: the bot polls.
    webhook_url: str | None = Field(default=None, alias="WEBHOOK_URL")
    #: Telegram sends it back in X-Telegram-Bot-Api-Secret-Token; 1-256 of A-Z a-z 0-9 _ -.
    webhook_secret: SecretStr | None = Field(default=None, alias="WEBHOOK_SECRET")
    #: Where the bot's web server (webhook, /healthz) listens. Port 0 in polling mode: none.
    listen_host: str = Field(default="127.0.0.1", alias="LISTEN_HOST")
    listen_port: int = Field(default=8080, ge=0, le=65535, alias="LISTEN_PORT")
    #: Alerts: messages a second across all chats (Telegram: 30; paid broadcasts up to 1,000).
    alerts_global_rate: float = Field(default=30.0, gt=0, alias="ALERTS_GLOBAL_RATE")
    #: Alerts: seconds between two messages to the same chat (Telegram: about 1).
    alerts_per_chat_interval: float = Field(default=1.0, ge=0, alias="ALERTS_PER_CHAT_INTERVAL")
    #: Alerts: messages sent at once (each to a different chat); also bounds duplicates on crash.
    alerts_concurrency: int = Field(default=32, ge=1, le=512, alias="ALERTS_CONCURRENCY")
    #: Alerts: rows claimed per batch, and seconds between polls when nothing is due.
    alerts_batch_size: int = Field(default=200, ge=1, le=5000, alias="ALERTS_BATCH_SIZE")
    alerts_poll_interval: float = Field(default=2.0, gt=0, alias="ALERTS_POLL_INTERVAL")
    #: Alerts: a row claimed longer ago than this by a worker that died is claimed again.
    alerts_lease_seconds: float = Field(default=120.0, gt=0, alias="ALERTS_LEASE_SECONDS")
    #: Alerts: network failures retried this many times with exponential backoff.
    alerts_max_attempts: int = Field(default=8, ge=1, alias="ALERTS_MAX_ATTEMPTS")
    #: Reminders are enqueued once a day at this local time (and at start-up).
    alerts_reminder_hour: int = Field(default=9, ge=0, le=23, alias="ALERTS_REMINDER_HOUR")
    alerts_timezone: str = Field(default="Asia/Almaty", alias="ALERTS_TIMEZONE")
    #: Alerts: a verdict dated within this many days of its publication is "new"; an older one
    #: is "added to the record" (or not announced at all with OLD_VERDICT_ALERTS=off).
    verdict_news_days: int = Field(default=30, ge=0, le=3650, alias="VERDICT_NEWS_DAYS")
    old_verdict_alerts: Literal["record", "off"] = Field(
        default="record", alias="OLD_VERDICT_ALERTS"
    )

    #: Updates handled at the same time (a person's own updates always run one after another).
    #: Most of an update's time is its replies' round trips to Telegram, which hold no
    #: database connection: the bound is well above the pool, so the wait is hidden.
    max_concurrent_updates: int = Field(default=128, ge=1, le=1024, alias="MAX_CONCURRENT_UPDATES")
    #: Processes that handle updates (bot/infra/front.py): above 1, `casewatch run` is a front
    #: that routes each person's updates to one of WORKERS processes on the same database; the
    #: bound above and the pool are split between them. One process uses one core at most.
    workers: int = Field(default=1, ge=1, le=32, alias="WORKERS")
    #: Updates admitted at once, waiting for the person's earlier updates or running.
    max_pending_updates: int = Field(default=4096, ge=1, alias="MAX_PENDING_UPDATES")
    #: Database connections kept open; 0: min(MAX_CONCURRENT_UPDATES, DB_POOL_FOR_UPDATES)
    #: for the updates plus DB_POOL_SPARE for the alert worker, persistence and jobs.
    db_pool_size: int = Field(default=0, ge=0, le=1024, alias="DB_POOL_SIZE")
    #: Seconds an update waits for a free connection before it is answered "busy, try again".
    db_pool_timeout: float = Field(default=10.0, gt=0, alias="DB_POOL_TIMEOUT")

    #: The public web catalogue (`casewatch web`): where it listens.
    web_host: str = Field(default="127.0.0.1", alias="WEB_HOST")
    web_port: int = Field(default=8081, ge=1, le=65535, alias="WEB_PORT")
    #: Where readers reach the catalogue (https://cases.example.org); enables the bot's
    #: "Web page" button and absolute links in feeds. Unset: relative links, no button.
    public_base_url: str | None = Field(default=None, alias="PUBLIC_BASE_URL")
    #: The bot's @username without @, for "follow in Telegram" links from the web.
    bot_username: str | None = Field(default=None, alias="BOT_USERNAME", pattern=r"^\w{5,32}$")
    #: Ask search engines not to index the catalogue (X-Robots-Tag and robots.txt).
    web_noindex: bool = Field(default=False, alias="WEB_NOINDEX")
    #: Requests a second one client may make on average, and the burst it may make at once.
    web_rate: float = Field(default=5.0, gt=0, alias="WEB_RATE")
    web_burst: int = Field(default=40, ge=1, alias="WEB_BURST")

    #: Optional public channel (id like -1001234567890, the bot an admin there): every newly
    #: published verdict and appeal ruling is posted to it through the alert outbox.
    public_channel_id: int | None = Field(default=None, lt=0, alias="PUBLIC_CHANNEL_ID")
    public_channel_language: Literal["ru", "kk", "en"] = Field(
        default="ru", alias="PUBLIC_CHANNEL_LANGUAGE"
    )

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return frozenset(int(part) for part in value.replace(" ", "").split(",") if part)
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator(
        "webhook_url",
        "webhook_secret",
        "secret_key",
        "bot_token",
        "public_base_url",
        "bot_username",
        mode="before",
    )
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if value == "" else value

    @field_validator("webhook_url")
    @classmethod
    def _https(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith("https://"):
            raise ValueError("WEBHOOK_URL must be an https:// URL (Telegram requires it)")
        return value

    @field_validator("public_base_url")
    @classmethod
    def _http_base(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("https://", "http://")):
            raise ValueError("PUBLIC_BASE_URL must be an http(s):// URL")
        return value.rstrip("/") if value else value

    @field_validator("webhook_secret")
    @classmethod
    def _telegram_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not WEBHOOK_SECRET_PATTERN.fullmatch(value.get_secret_value()):
            raise ValueError("WEBHOOK_SECRET must be 16-256 characters of A-Z a-z 0-9 _ -")
        return value

    @model_validator(mode="after")
    def _webhook_needs_secret(self) -> Settings:
        if self.webhook_url and self.webhook_secret is None:
            raise ValueError("WEBHOOK_SECRET is required when WEBHOOK_URL is set")
        if self.webhook_url and self.listen_port == 0:
            raise ValueError("LISTEN_PORT must not be 0 when WEBHOOK_URL is set")
        return self

    @field_validator("moderation_chat_id", "public_channel_id", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if value == "" else value

    @field_validator("secret_key")
    @classmethod
    def _long_enough(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and len(value.get_secret_value()) < MIN_SECRET_KEY_LENGTH:
            raise ValueError(f"SECRET_KEY must be at least {MIN_SECRET_KEY_LENGTH} characters")
        return value

    @property
    def resolved_pool_size(self) -> int:
        """Connections for the updates' transactions (not one per running update: see
        DB_POOL_FOR_UPDATES) plus the worker, its group commit and the conversation
        persistence, which run beside the updates."""
        if self.db_pool_size:
            return self.db_pool_size
        return min(self.max_concurrent_updates, DB_POOL_FOR_UPDATES) + DB_POOL_SPARE

    def resolved_secret_key(self) -> str:
        """Return SECRET_KEY, generating one into an owner-only file on first run."""
        if self.secret_key is not None:
            return self.secret_key.get_secret_value()
        if SECRET_KEY_FILE.exists():
            return SECRET_KEY_FILE.read_text(encoding="utf-8").strip()
        key = secrets.token_urlsafe(48)
        fd = os.open(SECRET_KEY_FILE, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(key + "\n")
        logger.warning(
            "SECRET_KEY is not set: generated one into %s (readable only by you). "
            "Back it up: without it, stored chat ids cannot be decrypted.",
            SECRET_KEY_FILE.resolve(),
        )
        return key


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
