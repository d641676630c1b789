"""Who may act and on what: roles re-checked on every press and command, the open submission a
button is about, edit locks, the moderation constants, and the dialog helpers.

Where a person is in a moderation dialog (a typed reason, a question, a field's new value, a
submitter's answer) lives only in their draft row of kind "moderation": `data["ask"]` names the
question it waits for, and a draft without it waits for nothing (a typed reason kept for its
confirming tap, the picks of a merge). No PTB conversation state repeats it, so a restart or a
lost conversation state resumes the dialog (bot/handlers/dialogs.py routes every answer by the
row).

A refused press is answered briefly and logged by users.id, never a Telegram id.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import ForceReply, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot.handlers import dialogs
from bot.handlers.report.draft import InvalidAnswer
from bot.infra.context import Resources, Tx, transactional
from bot.infra.crypto import InvalidToken
from bot.infra.i18n import N_, _
from bot.ui.callbacks import Callback, ModAction, SubmissionAction, parse_any
from bot.ui.edits import edit_markup
from bot.ui.keyboards import keyboard
from db.drafts import save_draft
from db.models import AuditEntry, Role, Submission, User
from db.moderation import OPEN_STATUSES, acquire_lock, decided_by, get_submission, lock_holder
from db.users import ensure_user, get_user, users_with_role

logger = logging.getLogger(__name__)

K = TypeVar("K", bound=Callback)


DRAFT_KIND = "moderation"


QUEUE_PAGE = 5


MAX_QUESTION = 1500


MODERATOR_ROLES = (Role.MODERATOR, Role.ADMIN)


ACTION_LABELS = {
    "approve": N_("approved"),
    "reject": N_("rejected"),
    "merge": N_("merged"),
    "edit": N_("edited"),
    "role": N_("changed a role"),
    "event": N_("added an event"),
    "question": N_("asked the submitter"),
    "answer": N_("the submitter answered"),
    "update_proposed": N_("an update was proposed"),
}


def is_moderator(user: User) -> bool:
    return user.role in MODERATOR_ROLES


def moderator_label(user_id: int | None) -> str:
    """A moderator as others see them: never a Telegram name."""
    if user_id is None:
        return _("a former moderator")
    return _("Moderator #{n}").format(n=user_id)


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


async def moderation_recipients(tx: Tx) -> list[tuple[int, str, User]]:
    """`moderator_chats` with the user row each card is queued for (the outbox addresses a
    row): a moderator's own row; for the moderation group, or an admin who never wrote to the
    bot, a row of the chat (hashed as a "chat", never matching a person's row, like the public
    channel's), made the first time it is needed."""
    rows: list[tuple[int, str, User]] = []
    for chat_id, language in await moderator_chats(tx):
        rows.append((chat_id, language, await owner_of_chat(tx.session, tx.res, chat_id, language)))
    return rows


async def chat_owner(tx: Tx, chat_id: int) -> User:
    """The user row a message to this moderation chat is queued for: the group's row, or the
    acting moderator's (a moderation button works only there or in their own chat)."""
    if chat_id == tx.res.settings.moderation_chat_id:
        return await owner_of_chat(tx.session, tx.res, chat_id, tx.res.settings.moderation_language)
    return tx.user


async def owner_of_chat(session: AsyncSession, res: Resources, chat_id: int, language: str) -> User:
    """The row a message to a moderation chat is queued for (see `moderation_recipients`)."""
    if chat_id != res.settings.moderation_chat_id:
        # A private chat's id is its person's Telegram id: this finds a moderator's row.
        person = await get_user(session, res.user_hash(chat_id))
        if person is not None:
            return person
    # Not the person's row: made on first contact, it takes their app's language then.
    return await ensure_user(session, res.vault.hash_id(chat_id, kind="chat"), language=language)


def submitter_chat(tx: Tx, submitter: User | None) -> int | None:
    """The submitter's private chat, or None when they are anonymous or cannot be decrypted."""
    if submitter is None or submitter.chat_enc is None:
        return None
    try:
        return tx.res.vault.decrypt_int(submitter.chat_enc)
    except InvalidToken:
        logger.error("a submitter's chat id does not decrypt with the current SECRET_KEY")
        return None


async def refuse(update: Update, tx: Tx, why: str) -> None:
    """Answer a refused press briefly and log it (by users.id)."""
    query = update.callback_query
    logger.warning(
        "refused moderation action (%s) by user #%s: %r",
        why,
        tx.user.id,
        query.data if query else None,
    )
    if query is not None:
        tx.call_after_commit(query.answer, _("Only moderators can do this."), show_alert=True)


async def authorised_press(update: Update, tx: Tx) -> bool:
    """A moderation button may act only when pressed by a moderator (role read from the
    database now), on an original bot message in the moderation group or their own chat."""
    query = update.callback_query
    assert query is not None
    message = query.message
    user = update.effective_user
    why = None
    if not is_moderator(tx.user):
        why = "not a moderator"
    elif not isinstance(message, Message) or user is None:
        why = "message unavailable"
    elif message.forward_origin is not None:
        why = "forwarded message"
    elif not (
        message.chat.id == tx.res.settings.moderation_chat_id
        or (message.chat.type == ChatType.PRIVATE and message.chat.id == user.id)
    ):
        why = "foreign chat"
    if why is not None:
        await refuse(update, tx, why)
        return False
    return True


async def authorised_command(update: Update, tx: Tx, *, admin: bool = False) -> Message | None:
    """The command's message when the sender may use it: moderator commands work in the
    moderation group or in a moderator's private chat. None when refused (and told so)."""
    chat = update.effective_chat
    message = update.effective_message
    allowed = is_moderator(tx.user) and (not admin or tx.user.role is Role.ADMIN)
    in_place = chat is not None and (
        chat.type == ChatType.PRIVATE or chat.id == tx.res.settings.moderation_chat_id
    )
    if allowed and in_place and message is not None:
        return message
    logger.warning("refused moderator command by user #%s", tx.user.id)
    if message is not None:
        tx.call_after_commit(
            message.reply_text,
            _("This command is for administrators.")
            if admin
            else _("This command is for moderators."),
        )
    return None


def ids(update: Update) -> list[int]:
    """The ids and positions of the pressed button, in order, as its kind in bot/ui/callbacks.py
    parsed them (ranged, ASCII): handlers are registered with their kind's pattern, so it
    parses."""
    query = update.callback_query
    assert query is not None
    button = parse_any(query.data)
    assert button is not None, "registered with its kind's pattern"
    values = (getattr(button, field.name) for field in dataclasses.fields(button))
    return [value for value in values if isinstance(value, int) and not isinstance(value, bool)]


async def open_submission(update: Update, tx: Tx, submission_id: int) -> Submission | None:
    """The submission if it still awaits a decision; else the press is answered with who
    decided it."""
    submission = await get_submission(tx.session, submission_id)
    if submission is None:
        await refuse(update, tx, "unknown submission")
        return None
    if submission.status not in OPEN_STATUSES:
        await answer_decided(update, tx, submission_id)
        return None
    return submission


async def answer_decided(update: Update, tx: Tx, submission_id: int) -> None:
    """Answer a press on a submission decided meanwhile (or by another moderator first) with who
    decided it."""
    query = update.callback_query
    if query is not None:
        entry = await decided_by(tx.session, submission_id)
        tx.call_after_commit(query.answer, already_decided(entry), show_alert=True)


async def pressed_submission(update: Update, tx: Tx) -> Submission | None:
    """The still-open submission a moderation button is about, once the press is authorised
    (role, chat and message re-checked); None when the press was refused or answered."""
    if not await authorised_press(update, tx):
        return None
    [submission_id] = ids(update)
    return await open_submission(update, tx, submission_id)


def already_decided(entry: AuditEntry | None) -> str:
    if entry is None:
        return _("This report was already decided.")
    return _("Already {action} by {who}.").format(
        action=_(ACTION_LABELS.get(entry.action, entry.action)), who=moderator_label(entry.actor_id)
    )


async def locked_by_other(update: Update, tx: Tx, submission_id: int) -> bool:
    holder = await lock_holder(tx.session, submission_id)
    if holder is not None and holder != tx.user.id:
        query = update.callback_query
        if query is not None:
            tx.call_after_commit(
                query.answer,
                _("Being edited by {who}. Try again in a few minutes.").format(
                    who=moderator_label(holder)
                ),
                show_alert=True,
            )
        return True
    return False


async def editable(update: Update, tx: Tx, submission_id: int) -> Submission | None:
    """The open submission, with this moderator holding its edit lock (or None, answered)."""
    submission = await open_submission(update, tx, submission_id)
    if submission is None:
        return None
    holder = await acquire_lock(tx.session, submission_id, tx.user.id)
    if holder != tx.user.id:
        await locked_by_other(update, tx, submission_id)
        return None
    return submission


async def pressed_editable(
    update: Update, tx: Tx
) -> tuple[Submission, Callback | None, list[int]] | None:
    """A press in a submission's edit menus: authorised, the submission still open and its edit
    lock held by the presser; with the button as its kind parses it (bot/ui/callbacks.py) and
    the numbers of its data (the submission's first). None when the press was refused or
    answered."""
    if not await authorised_press(update, tx):
        return None
    numbers = ids(update)
    submission = await editable(update, tx, numbers[0])
    if submission is None:
        return None
    query = update.callback_query
    assert query is not None
    return submission, parse_any(query.data), numbers


def answer(update: Update, tx: Tx, text: str | None = None, *, alert: bool = False) -> None:
    """Answer the press, after the commit (every press is answered once)."""
    query = update.callback_query
    assert query is not None
    tx.call_after_commit(query.answer, text, show_alert=alert)


def gone(update: Update, tx: Tx) -> None:
    """Answer a press whose button no longer applies (its event deleted, its dialog over)."""
    answer(update, tx, _("This button is no longer active."), alert=True)


#: A moderation menu's rows of (label, button).
Rows = list[list[tuple[str, Callback]]]


def show_menu(
    update: Update,
    tx: Tx,
    rows: Rows,
    back: Callback,
    beside: tuple[tuple[str, Callback], ...] = (),
) -> None:
    """The one builder of every moderation submenu: the press answered, and the card's buttons
    replaced by `rows` and a last row of `beside` and ⬅️ Back (to `back`), after the commit."""
    query = update.callback_query
    assert query is not None
    tx.call_after_commit(query.answer)
    tx.call_after_commit(edit_markup, update, menu_markup(rows, back, beside))


def menu_markup(
    rows: Rows, back: Callback, beside: tuple[tuple[str, Callback], ...] = ()
) -> InlineKeyboardMarkup | None:
    """A moderation menu's buttons: `rows`, then `beside` and ⬅️ Back."""
    return keyboard([*rows, [*beside, (_("⬅️ Back"), back)]])


def confirm_markup(label: str, button: Callback, submission_id: int) -> InlineKeyboardMarkup | None:
    """A confirming second tap (approve anyway, reject, merge) with ⬅️ Back to the card."""
    return menu_markup([[(label[:60], button)]], SubmissionAction(ModAction.BACK, submission_id))


async def pressed_as(update: Update, tx: Tx, kind: type[K]) -> K | None:
    """An authorised press (role, chat and message re-checked), its data parsed as `kind`; None
    when refused (answered) or when the data is not that kind (the handler's pattern is)."""
    if not await authorised_press(update, tx):
        return None
    query = update.callback_query
    assert query is not None
    return kind.parse(query.data)


@transactional
async def forged_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Any `mod:` or `ans:` data no pattern accepts: forged or from an old version."""
    await refuse(update, tx, "unrecognised data")


def _prompt(update: Update, tx: Tx, text: str, buttons: InlineKeyboardMarkup | None = None) -> None:
    """Ask (after commit). Without buttons a forced reply, so that in the moderation group the
    answer reaches the bot despite privacy mode (a reply to the bot's message does too)."""
    chat = update.effective_chat
    assert chat is not None
    markup = buttons or ForceReply(selective=False, input_field_placeholder=_("Your answer"))
    tx.call_after_commit(
        chat.send_message, text + "\n\n" + _("Send /cancel to stop."), reply_markup=markup
    )


async def begin_text(
    update: Update,
    tx: Tx,
    data: dict[str, Any],
    prompt: str,
    buttons: InlineKeyboardMarkup | None = None,
) -> None:
    """Record in the draft row what the dialog now waits for (`data["ask"]`, by default its
    action) and ask for it."""
    data.setdefault("ask", data["action"])
    await save_draft(tx.session, tx.user.id, data, DRAFT_KIND)
    _prompt(update, tx, prompt, buttons)
    dialogs.asked(tx, update)  # the process's memory learns it with the commit


def bounded(text: str, limit: int) -> str:
    if not text:
        raise InvalidAnswer(_("Please send some text."))
    if len(text) > limit:
        raise InvalidAnswer(
            _("That is too long ({length} characters). Please keep it under {limit}.").format(
                length=len(text), limit=limit
            )
        )
    return text


def show(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return "" if value is None else str(value)
