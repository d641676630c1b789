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

Callback data is `mod:<action>:<submission id>[:<value>]` (kinds in bot/ui/callbacks.py) for
moderators and `ans:<question id>` for a submitter answering a question. Text answers (a typed
reason, a question, a new field value, a case number, a submitter's answer) are routed by the
person's draft of kind "moderation", the one record of what the dialog waits for (relay.py).
"""

from __future__ import annotations

from typing import Any

from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.handlers.moderation.access import ANSWER_PREFIX, PREFIX, forged_button, is_moderator
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
    edit_menu,
    edit_submenu,
    event_button_change,
)
from bot.handlers.moderation.history import history_command
from bot.handlers.moderation.queue import queue_command, queue_page
from bot.handlers.moderation.relay import register_dialog
from bot.handlers.moderation.roles import forwarded_to_admin, moderators_command, role_button
from bot.ui.callbacks import well_formed

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
    buttons: list[tuple[str, Any]] = [
        (r"ap:\d+", approve),
        (r"ac:\d+", approve_confirm),
        (r"fl:\d+", files_button),
        (r"ev:\d+", edit_submenu),
        (r"eo:\d+:\d+", edit_submenu),
        (r"ekd:\d+:\d+", edit_submenu),
        (r"ekk:\d+:\d+:[a-z_]+", event_button_change),
        (r"edl:\d+:\d+", event_button_change),
        (r"epd:\d+:\d+:\d{1,2}", event_button_change),
        (r"sgs:\d+:[a-z_]+", event_button_change),
        (r"sg:\d+", edit_submenu),
        (r"ep:\d+:\d+:\d{1,2}", edit_submenu),
        (r"epa:\d+:\d+", edit_submenu),
        (r"fp:\d+:\d+", file_public_toggle),
        (r"dp:\d+:\d+:\d{1,2}", difference_pick),
        (r"rj:\d+", reject_menu),
        (r"rr:\d+:[a-z_]+", reject_reason),
        (r"rc:\d+:[a-z_]+", reject_confirm),
        (r"bk:\d+", back_to_card),
        (r"du:\d+", duplicate_menu),
        (r"dm:\d+:\d+", duplicate_choice),
        (r"dc:\d+:\d+", duplicate_confirm),
        (r"ed:\d+", edit_menu),
        (r"sh:\d+", show_card),
        (r"q:\d+", queue_page),
        (r"role:(?:add|rm):\d+", role_button),
    ]
    for pattern, callback in buttons:
        application.add_handler(
            CallbackQueryHandler(callback, pattern=well_formed(rf"^{PREFIX}{pattern}$"))
        )
    application.add_handler(
        CallbackQueryHandler(forged_button, pattern=rf"^(?:{PREFIX}|{ANSWER_PREFIX})")
    )
