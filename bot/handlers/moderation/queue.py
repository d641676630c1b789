"""`/queue`: submissions waiting for a decision, oldest first, paged."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.handlers.moderation.access import (
    QUEUE_PAGE,
    authorised_command,
    authorised_press,
    ids,
)
from bot.infra.context import Tx, transactional
from bot.infra.i18n import _
from bot.ui.callbacks import Callback, ModAction, QueuePage, SubmissionAction
from bot.ui.edits import edit_text
from bot.ui.keyboards import keyboard
from bot.ui.render import esc, format_date
from db.models import SubmissionStatus
from db.moderation import open_submissions

logger = logging.getLogger(__name__)


async def _queue_page(tx: Tx, page: int) -> tuple[str, InlineKeyboardMarkup | None]:
    submissions, total = await open_submissions(
        tx.session, offset=page * QUEUE_PAGE, limit=QUEUE_PAGE
    )
    if total == 0:
        return _("The queue is empty."), None
    pages = (total + QUEUE_PAGE - 1) // QUEUE_PAGE
    lines = [
        "<b>"
        + _("Waiting for review: {n}").format(n=total)
        + "</b> · "
        + _("page {page} of {pages}").format(page=page + 1, pages=pages),
        "",
    ]
    rows: list[list[tuple[str, Callback]]] = []
    for number, submission in enumerate(submissions, start=page * QUEUE_PAGE + 1):
        waiting = " ⏳" if submission.status is SubmissionStatus.CHANGES_REQUESTED else ""
        lines.append(
            f"{number}. <code>{submission.reference}</code> — "
            f"{esc(submission.case.person.name_as_entered, 80)} — "
            f"{format_date(submission.created_at.date())}{waiting}"
        )
        rows.append(
            [
                (
                    _("Open {reference}").format(reference=submission.reference),
                    SubmissionAction(ModAction.SHOW, submission.id),
                )
            ]
        )
    navigation: list[tuple[str, Callback]] = []
    if page > 0:
        navigation.append((_("◀️ Older"), QueuePage(page - 1)))
    if page + 1 < pages:
        navigation.append((_("Newer ▶️"), QueuePage(page + 1)))
    rows.append(navigation)
    return "\n".join(lines), keyboard(rows)


@transactional
async def queue_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/queue: pending submissions, oldest first."""
    message = await authorised_command(update, tx)
    if message is None:
        return
    text, markup = await _queue_page(tx, 0)
    tx.call_after_commit(message.reply_text, text, reply_markup=markup)


@transactional
async def queue_page(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Paging buttons of /queue."""
    query = update.callback_query
    assert query is not None
    if not await authorised_press(update, tx):
        return
    [page] = ids(update)
    tx.call_after_commit(query.answer)
    text, markup = await _queue_page(tx, min(page, 10_000))
    tx.call_after_commit(edit_text, update, text, reply_markup=markup)
