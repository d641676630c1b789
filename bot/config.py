"""All configuration in one pydantic-settings class, read from the environment and `.env`."""

from __future__ import annotations

import logging
import os
import secrets
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

logger = logging.getLogger(__name__)

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///casewatch.db"
#: Where a generated SECRET_KEY is kept when the operator did not set one.
SECRET_KEY_FILE = Path(os.environ.get("CASEWATCH_SECRET_KEY_FILE", ".secret_key"))
MIN_SECRET_KEY_LENGTH = 32


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

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return frozenset(int(part) for part in value.replace(" ", "").split(",") if part)
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("moderation_chat_id", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if value == "" else value

    @field_validator("secret_key")
    @classmethod
    def _long_enough(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and len(value.get_secret_value()) < MIN_SECRET_KEY_LENGTH:
            raise ValueError(f"SECRET_KEY must be at least {MIN_SECRET_KEY_LENGTH} characters")
        return value

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
