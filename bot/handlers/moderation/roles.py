"""Roles: admins (ADMIN_IDS) add and remove moderators by command, by forwarding a message, or
with the buttons that follow a forward.
"""

from __future__ import annotations

import logging

from telegram import (
    MessageOriginChannel,
    MessageOriginChat,
    MessageOriginHiddenUser,
    MessageOriginUser,
    Update,
)
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.handlers.common import publish_role_commands
from bot.handlers.moderation.access import (
    authorised_command,
    authorised_press,
    moderator_label,
    refuse,
)
from bot.infra.context import Tx, transactional
from bot.infra.i18n import _, use_locale
from bot.outbox import notices
from bot.ui.callbacks import RoleChange
from bot.ui.inputs import parse_telegram_user_id
from bot.ui.keyboards import keyboard
from db.models import Role
from db.moderation import audit, set_role
from db.users import get_user, users_with_role

logger = logging.getLogger(__name__)


@transactional
async def moderators_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/moderators [add|remove <Telegram user id>]: admins manage moderators."""
    message = await authorised_command(update, tx, admin=True)
    if message is None:
        return
    args = context.args or []
    telegram_id = parse_telegram_user_id(args[1]) if len(args) == 2 else None
    if telegram_id is not None and args[0] in ("add", "remove"):
        await _change_role(update, context, tx, telegram_id, add=args[0] == "add")
        return
    moderators = await users_with_role(tx.session, Role.MODERATOR)
    listing = "\n".join(f"• {moderator_label(m.id)}" for m in moderators) or _("No moderators yet.")
    tx.call_after_commit(
        message.reply_text,
        listing
        + "\n\n"
        + _(
            "To add or remove a moderator, send /moderators add &lt;user id&gt; or "
            "/moderators remove &lt;user id&gt;, or forward me a message from that person."
        ),
    )


async def _change_role(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx, telegram_id: int, *, add: bool
) -> None:
    chat = update.effective_chat
    assert chat is not None
    if telegram_id in tx.res.settings.admin_ids:
        tx.call_after_commit(
            chat.send_message,
            _("That person is an administrator (ADMIN_IDS); their role cannot change here."),
        )
        return
    tg_hash = tx.res.user_hash(telegram_id)
    existing = await get_user(tx.session, tg_hash)
    before = existing.role.value if existing else Role.USER.value
    target = await set_role(tx.session, tg_hash, Role.MODERATOR if add else Role.USER, "en")
    if add and target.chat_enc is None:
        # A private chat's id is the user's id: the cards can reach them.
        target.chat_enc = tx.res.vault.encrypt(telegram_id)
    await audit(
        tx.session, tx.user, "role", target_user=target.id, before=before, after=target.role.value
    )
    label = moderator_label(target.id)
    tx.call_after_commit(
        chat.send_message,
        (_("{who} is now a moderator.") if add else _("{who} is no longer a moderator.")).format(
            who=label
        ),
    )
    language, role = target.language, target.role

    # Their command menu (not a message: a crash before it leaves the default menu until the
    # next change of role).
    tx.call_after_commit(publish_role_commands, context.bot, telegram_id, role, language)
    # Told through the outbox, written with the role: a crash after the commit still tells
    # them (a person who never wrote to the bot cannot be told: the notice fails, logged).
    with use_locale(language):
        text = (
            _("You are now a moderator of CaseWatch. Send /queue to see the reports waiting.")
            if add
            else _("You are no longer a moderator of CaseWatch.")
        )
    await notices.owe(tx, context, target, None, text, chat_id=telegram_id)


@transactional
async def role_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Make moderator / Remove moderator, offered after an admin forwarded a message."""
    query = update.callback_query
    assert query is not None and query.data is not None
    if not await authorised_press(update, tx):
        return
    if tx.user.role is not Role.ADMIN:
        await refuse(update, tx, "not an admin")
        return
    tx.call_after_commit(query.answer)
    pressed = RoleChange.parse(query.data)
    assert pressed is not None  # registered with pattern=RoleChange.matches
    await _change_role(update, context, tx, pressed.telegram_id, add=pressed.add)


async def forwarded_to_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Before all other handlers: an admin forwarding a message picks that person's role."""
    if await _forwarded(update, context):
        raise ApplicationHandlerStop


@transactional
async def _forwarded(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> bool:
    message = update.effective_message
    if message is None or message.forward_origin is None or tx.user.role is not Role.ADMIN:
        return False
    origin = message.forward_origin
    if isinstance(origin, MessageOriginUser):
        if origin.sender_user.is_bot:
            tx.call_after_commit(message.reply_text, _("That message is from a bot."))
            return True
        telegram_id = origin.sender_user.id
        tx.call_after_commit(
            message.reply_text,
            _("Change this person's role?"),
            reply_markup=keyboard(
                [
                    [
                        (_("➕ Make moderator"), RoleChange(add=True, telegram_id=telegram_id)),
                        (_("➖ Remove moderator"), RoleChange(add=False, telegram_id=telegram_id)),
                    ]
                ]
            ),
        )
    elif isinstance(origin, MessageOriginHiddenUser):
        tx.call_after_commit(
            message.reply_text,
            _(
                "This person hides their account in forwarded messages, so I cannot tell who "
                "they are. Ask them for their numeric Telegram user id and send "
                "/moderators add &lt;user id&gt;."
            ),
        )
    elif isinstance(origin, MessageOriginChat | MessageOriginChannel):
        tx.call_after_commit(
            message.reply_text,
            _("That message was forwarded from a chat or channel, not from a person."),
        )
    else:
        return False
    return True
