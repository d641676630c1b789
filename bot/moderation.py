"""Moderation: who moderates, and what they are shown when a report arrives."""

from __future__ import annotations

import logging

from telegram import Bot
from telegram.error import TelegramError

from bot.context import Tx
from bot.crypto import InvalidToken
from bot.i18n import _, use_locale
from bot.render import render_case_card
from db.models import Case, Role
from db.users import get_user, users_with_role

logger = logging.getLogger(__name__)


async def moderator_chats(tx: Tx) -> list[tuple[int, str]]:
    """(chat id, language) of everyone to notify of a new submission.

    The moderation group when MODERATION_CHAT_ID is set; otherwise each admin (from ADMIN_IDS)
    and each moderator whose chat id the bot holds (encrypted).
    """
    settings = tx.res.settings
    if settings.moderation_chat_id is not None:
        return [(settings.moderation_chat_id, settings.moderation_language)]
    chats: dict[int, str] = {}
    for admin_id in sorted(settings.admin_ids):
        admin = await get_user(tx.session, tx.res.user_hash(admin_id))
        chats[admin_id] = admin.language if admin else "en"
    for moderator in await users_with_role(tx.session, Role.MODERATOR):
        if moderator.chat_enc is None:
            continue
        try:
            chats.setdefault(tx.res.vault.decrypt_int(moderator.chat_enc), moderator.language)
        except InvalidToken:
            logger.error("a moderator's chat id does not decrypt with the current SECRET_KEY")
    return list(chats.items())


async def announce_submission(
    bot: Bot, recipients: list[tuple[int, str]], reference: str, case: Case
) -> None:
    """Tell the moderators a report is waiting. A failed notice never loses the report."""
    for chat_id, language in recipients:
        with use_locale(language):
            header = "🆕 " + _("New report waiting for review")
            text = (
                header
                + "\n\n"
                + render_case_card(case, reference=reference, reserve=len(header) + 2)
            )
        try:
            await bot.send_message(chat_id, text)
        except TelegramError:
            logger.warning("could not notify a moderator chat of a new report", exc_info=True)
