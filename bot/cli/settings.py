"""The configuration as the command line reads it: one line on stderr for an invalid setting
instead of a traceback. Shared by `main` and `admin`, which therefore never import each other
for it (`main` only dispatches to `admin`)."""

from __future__ import annotations

import sys

from pydantic import ValidationError

from bot.infra.config import Settings


def read_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as problem:
        first = problem.errors()[0]
        where = first.get("loc") or ("settings",)
        sys.exit(f"casewatch: invalid setting {where[0]}: {first.get('msg')}")
