"""Gettext for every text a user sees. English strings are the source; catalogs translate them.

The active language lives in a context variable set per update (from the user's stored choice,
else their Telegram language_code), so `_()` can be called anywhere without threading a locale
through every function. Text for another recipient (a moderator, a subscriber) is rendered inside
`use_locale(their_language)`.
"""

from __future__ import annotations

import contextlib
import gettext as gettext_module
import io
import logging
from collections.abc import Iterator
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

logger = logging.getLogger(__name__)

DOMAIN = "casewatch"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"  # bot/locale
SOURCE_LANGUAGE = "en"
SUPPORTED_LANGUAGES = ("en", "ru", "kk")

_current_language: ContextVar[str] = ContextVar("casewatch_language", default=SOURCE_LANGUAGE)


def catalog_path(language: str, suffix: str = ".po") -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}{suffix}"


@cache
def translations(language: str) -> gettext_module.NullTranslations:
    """The compiled catalog for `language`, or the identity when there is none.

    The install compiles the .mo files (`make`, Dockerfile). If one is missing or older than its
    .po (a clone used without `make`, a translator's edit not yet compiled), the .po is read
    instead, so the bot never silently falls back to English.
    """
    mo, po = catalog_path(language, ".mo"), catalog_path(language, ".po")
    if po.exists() and (not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime):
        logger.warning(
            "%s is missing or older than its .po; reading the .po (run `make i18n-compile`)", mo
        )
        return _translations_from_po(po, language)
    return Translations.load(str(LOCALE_DIR), [language], DOMAIN)


def _translations_from_po(po: Path, language: str) -> Translations:
    """Compile a .po in memory (fuzzy entries excluded, as `pybabel compile` does)."""
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=language, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(fp=buffer, domain=DOMAIN)


def pick_language(language_code: str | None) -> str:
    """Map Telegram's language_code (e.g. 'ru', 'kk', 'en-US') to a supported language."""
    code = (language_code or "").split("-")[0].lower()
    return code if code in SUPPORTED_LANGUAGES else SOURCE_LANGUAGE


def current_language() -> str:
    return _current_language.get()


def set_language(language: str) -> None:
    _current_language.set(language if language in SUPPORTED_LANGUAGES else SOURCE_LANGUAGE)


@contextlib.contextmanager
def use_locale(language: str) -> Iterator[None]:
    """Render text for a recipient whose language differs from the current update's."""
    token = _current_language.set(language)
    try:
        yield
    finally:
        _current_language.reset(token)


def _(message: str) -> str:
    """Translate `message` into the current language."""
    return translations(_current_language.get()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations(_current_language.get()).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark a string for extraction without translating it yet (tables defined at import)."""
    return message
