"""Moderation: who moderates, the review queue, decisions, questions to submitters, the audit.

Nothing a user submits is public until a moderator approves it here. Every button and command
re-checks the acting user's role in the database; a refused press is answered briefly and
logged (by users.id, never a Telegram id). Moderators appear to each other as "Moderator #n"
(their users.id); submitters and moderators never learn who the other is: the bot relays
questions and answers.

Layout: access (roles, locks, constants), cards (rendering, every copy, files), decisions
(approve, reject, merge), edits (fields, events, sentence parts, stage), relay (the text dialog
and questions to submitters), queue, history, roles. Every change to a case goes through one
service in bot.services.changes.

Callback data is `mod:<action>:<submission id>[:<value>]` for moderators and `ans:<question id>`
for a submitter answering a question: built, parsed and matched only by the kinds of
bot/ui/callbacks.py (`ModAction` names every action). Text answers (a typed
reason, a question, a new field value, a case number, a submitter's answer) are routed by the
person's draft of kind "moderation", the one record of what the dialog waits for (relay.py).
"""

from __future__ import annotations

from typing import Any

from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.handlers.moderation.access import forged_button, is_moderator
from bot.handlers.moderation.cards import (
    back_to_card,
    file_public_toggle,
    files_button,
    likely_duplicates,
    prepare_announcement,
    render_card,
    show_card,
)
from bot.handlers.moderation.decisions import (
    approve,
    approve_confirm,
    difference_pick,
    duplicate_choice,
    duplicate_confirm,
    duplicate_menu,
    reject_confirm,
    reject_menu,
    reject_reason,
)
from bot.handlers.moderation.edits import (
    SUBMENU_ACTIONS,
    edit_menu,
    edit_submenu,
    event_button_change,
)
from bot.handlers.moderation.history import history_command
from bot.handlers.moderation.queue import queue_command, queue_page
from bot.handlers.moderation.relay import register_dialog
from bot.handlers.moderation.roles import forwarded_to_admin, moderators_command, role_button
from bot.ui.callbacks import (
    AnswerQuestion,
    ModAction,
    QueuePage,
    RoleChange,
    SubmissionAction,
    moderation_button,
    namespace,
)

__all__ = [
    "forwarded_to_admin",
    "is_moderator",
    "likely_duplicates",
    "prepare_announcement",
    "register",
    "render_card",
]


def register(application: Any) -> None:
    """Moderation handlers, in the order they must be checked (see bot/app.py)."""
    application.add_handler(CommandHandler("queue", queue_command))
    application.add_handler(CommandHandler("history", history_command))
    application.add_handler(CommandHandler("moderators", moderators_command))
    register_dialog(application)
    buttons: list[tuple[Any, Any]] = [
        (moderation_button(ModAction.APPROVE), approve),
        (moderation_button(ModAction.CONFIRM_APPROVE), approve_confirm),
        (moderation_button(ModAction.FILES), files_button),
        *((moderation_button(action), edit_submenu) for action in SUBMENU_ACTIONS),
        (moderation_button(ModAction.SET_EVENT_KIND), event_button_change),
        (moderation_button(ModAction.DELETE_EVENT), event_button_change),
        (moderation_button(ModAction.DELETE_PART), event_button_change),
        (moderation_button(ModAction.SET_STAGE), event_button_change),
        (moderation_button(ModAction.FILE_PUBLIC), file_public_toggle),
        (moderation_button(ModAction.PICK_DIFFERENCE), difference_pick),
        (moderation_button(ModAction.REJECT), reject_menu),
        (moderation_button(ModAction.REJECT_REASON), reject_reason),
        (moderation_button(ModAction.CONFIRM_REJECT), reject_confirm),
        (moderation_button(ModAction.BACK), back_to_card),
        (moderation_button(ModAction.DUPLICATE), duplicate_menu),
        (moderation_button(ModAction.PICK_DUPLICATE), duplicate_choice),
        (moderation_button(ModAction.CONFIRM_MERGE), duplicate_confirm),
        (moderation_button(ModAction.EDIT), edit_menu),
        (moderation_button(ModAction.SHOW), show_card),
        (QueuePage.matches, queue_page),
        (RoleChange.matches, role_button),
    ]
    for pattern, callback in buttons:
        application.add_handler(CallbackQueryHandler(callback, pattern=pattern))
    # Last: any other `mod:` or `ans:` data (forged, or from an old version) is refused.
    application.add_handler(
        CallbackQueryHandler(forged_button, pattern=namespace(SubmissionAction, AnswerQuestion))
    )
