"""/language: the user picks the language the bot speaks to them in (stored per user).

On first contact the language comes from Telegram's language_code (see `acting_user`); this
command changes it (its buttons are `ChooseLanguage`, bot/ui/callbacks.py).
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.infra.context import Tx, transactional
from bot.infra.i18n import SUPPORTED_LANGUAGES, _, set_language
from bot.ui.callbacks import ChooseLanguage
from bot.ui.edits import edit_text
from bot.ui.keyboards import keyboard

#: Each language named in itself, so anyone can find theirs whatever the current language.
LANGUAGE_NAMES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}


@transactional
async def language_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/language: offer the supported languages, the current one marked."""
    message = update.effective_message
    assert message is not None
    tx.call_after_commit(
        message.reply_text,
        _("Choose the language I should speak to you in:"),
        reply_markup=_choices(tx),
    )


def _choices(tx: Tx) -> InlineKeyboardMarkup | None:
    buttons = [
        [
            (
                ("✓ " if code == tx.user.language else "") + LANGUAGE_NAMES[code],
                ChooseLanguage(code),
            )
        ]
        for code in LANGUAGE_NAMES
    ]
    return keyboard(buttons)


@transactional
async def language_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """menu:language (from /start): the same choice as /language."""
    query = update.callback_query
    assert query is not None
    tx.call_after_commit(query.answer)
    chat = update.effective_chat
    assert chat is not None
    tx.call_after_commit(
        chat.send_message,
        _("Choose the language I should speak to you in:"),
        reply_markup=_choices(tx),
    )


@transactional
async def language_choice(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Store the chosen language and confirm in it."""
    query = update.callback_query
    assert query is not None
    tx.call_after_commit(query.answer)
    button = ChooseLanguage.parse(query.data)
    code = button.code if button else ""
    if code not in SUPPORTED_LANGUAGES:
        tx.call_after_commit(edit_text, update, _("That button is not available here."))
        return
    tx.user.language = code
    set_language(code)
    tx.call_after_commit(
        edit_text,
        update,
        # Translators: said in the language just chosen; name that language.
        _("From now on I will write to you in English. Send /help to see what I can do."),
    )
