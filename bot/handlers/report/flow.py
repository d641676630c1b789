"""Navigation through the report: ask a question, move on after an answer, back, skip, the
review's actions, submit and discard.

Invariants: the draft row is saved in the handler's transaction after every answer; questions,
confirmations and "✓ answer" edits are sent only after that transaction commits
(`tx.after_commit`), so nothing confirms what a rollback lost. Submission goes through one
service, `bot.services.changes.submit_report`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from telegram import Message, Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes, ConversationHandler

from bot.handlers import safety
from bot.handlers.moderation import prepare_announcement
from bot.handlers.report.draft import InvalidAnswer, ReportDraft
from bot.handlers.report.steps import BACK, SIDE_QUESTIONS, SKIP, STAY, STEPS, Step, following
from bot.infra.context import Resources, Tx
from bot.infra.i18n import _
from bot.outbox import notices
from bot.services.changes import submit_report
from bot.ui.callbacks import ReportAnswer
from bot.ui.keyboards import keyboard
from bot.ui.render import esc
from bot.ui.textlimits import MESSAGE_LIMIT, clip_plain
from db.drafts import delete_draft, load_draft, new_draft, note_message_id, save_draft

logger = logging.getLogger(__name__)

#: The report ConversationHandler's only state besides END: "a report is open in this chat".
#: Where in the report the person is lives in the draft row alone (`ReportDraft.step`); every
#: handler reads it from there.
OPEN = "open"
#: What a report callback returns to the ConversationHandler: OPEN or ConversationHandler.END.
State = str | int

# --- sending questions ---------------------------------------------------------------------


async def ask(
    tx: Tx, update: Update, d: ReportDraft, current: Step, notice: str | None = None
) -> State:
    """Ask the question of `current` (after an optional notice) once the transaction is
    committed; the conversation stays OPEN. The question's message id is noted in the draft
    (for "Erase our chat") by a short transaction of its own after the send: no transaction
    waits on Telegram, and on SQLite the write lock is never held across a round trip."""
    prompt = STEPS[current].prompt(d)
    rows = list(prompt.buttons)
    navigation = []
    if current not in (Step.STAGE, Step.REVIEW, *SIDE_QUESTIONS) and (d.history or d.editing):
        navigation.append((_("⬅️ Back"), BACK))
    if STEPS[current].optional and current not in (
        Step.VERDICT_SENTENCE,
        Step.APPEAL_SENTENCE,
        Step.ATTACHMENTS,
    ):
        navigation.append((_("Skip ➡️"), SKIP))
    if navigation:
        rows.append(navigation)
    text = prompt.text
    if d.editing and not d.choices:
        # Editing from the review: show what is there now, so it can be kept or corrected.
        now = STEPS[current].current(d)
        if now:
            text += "\n\n" + _("Now: {value}").format(value=esc(now))
    if notice is not None:
        text = f"{notice}\n\n{text}"
    markup = keyboard(packed(rows, current))
    chat = update.effective_chat
    assert chat is not None
    remember(d, update.message.message_id if update.message else None)
    res, user_id = tx.res, tx.user.id

    async def send_and_note() -> None:
        sent = await chat.send_message(
            text,
            reply_markup=markup,
            # The review shows the person their own report: it cannot be forwarded or saved.
            protect_content=current is Step.REVIEW,
        )
        await _note_sent(res, user_id, sent.message_id)

    tx.after_commit(send_and_note)
    return OPEN


async def _note_sent(res: Resources, user_id: int, message_id: int) -> None:
    """Add a question's message id to the saved draft (if the draft still exists), as
    `remember` does: a short transaction of plain statements (no session, no model)."""
    async with res.engine.begin() as connection:
        await note_message_id(connection, user_id, message_id, keep=safety.MAX_TRACKED_MESSAGES)


def packed(
    rows: Sequence[Sequence[tuple[str, str]]], step: Step
) -> list[list[tuple[str, ReportAnswer]]]:
    """(label, value) rows as (label, button) of this step's buttons."""
    return [[(label, ReportAnswer(step, value)) for label, value in row] for row in rows]


def remember(d: ReportDraft, *message_ids: int | None) -> None:
    """Note ids of this conversation's messages (the user's and the bot's) in the draft, for
    "Erase our chat"; the loaded draft row is updated in the handler's transaction."""
    d.message_ids.extend(i for i in message_ids if i is not None and i not in d.message_ids)
    del d.message_ids[: -safety.MAX_TRACKED_MESSAGES]
    if d._row is not None:
        d._row.data = d.model_dump(mode="json")


async def load_report(tx: Tx) -> ReportDraft | None:
    row = await load_draft(tx.session, tx.user.id)
    if row is None:
        return None
    d = ReportDraft.model_validate(row.data)
    d._row = row
    return d


async def save_report(tx: Tx, d: ReportDraft) -> None:
    """Save the draft in the handler's transaction. A row loaded in it is changed in place
    (written once, at the commit, with whatever `ask` notes after this); a new one is
    inserted."""
    if d._row is not None:
        d._row.data = d.model_dump(mode="json")
        return
    d._row = await save_draft(tx.session, tx.user.id, d.model_dump(mode="json"))


async def move(
    update: Update, tx: Tx, d: ReportDraft, current: Step, explicit: Step | None
) -> State:
    """After a valid answer to `current`: decide the next question, save, and ask it."""
    if explicit is STAY:
        nxt = current
    elif explicit is not None:
        nxt = explicit
        if current is Step.SENTENCE_VALUE:
            # Back to the list of sentence parts: it is already on the history stack.
            if d.history and d.history[-1] == nxt:
                d.history.pop()
        else:
            d.history.append(current)
    else:
        natural = following(d, current)
        if d.editing:
            # Editing from the review: answer this question (and its follow-ups), then return.
            nxt = natural if natural in STEPS[current].edit_continues else Step.REVIEW
        else:
            nxt = natural
            d.history.append(current)
        if nxt is Step.REVIEW:
            d.editing = False
    d.step = nxt
    await save_report(tx, d)
    return await ask(tx, update, d, nxt)


def mark_chosen(tx: Tx, update: Update, label: str) -> None:
    """Once the answer is committed, edit the pressed message to show the choice and drop its
    buttons: a "✓" never confirms an answer that a crash or a rollback lost."""
    tx.after_commit(lambda: _show_chosen(update, label))


async def _show_chosen(update: Update, label: str) -> None:
    """Edit the pressed message to show the choice and drop its buttons."""
    query = update.callback_query
    if query is None or not isinstance(query.message, Message) or not query.message.text:
        return
    try:
        # Clipped in UTF-16 units (Telegram's count): an emoji-heavy prompt must still fit.
        shown = esc(clip_plain(query.message.text, 3500), MESSAGE_LIMIT)
        await query.edit_message_text(shown + "\n\n✓ " + esc(label))
    except TelegramError:
        logger.debug("could not mark an old prompt as answered", exc_info=True)


# --- moving through the report ------------------------------------------------------------------


async def begin(
    update: Update, tx: Tx, previous: ReportDraft | None, earlier: list[int] | None = None
) -> State:
    """A new report from its first question; `previous` is the draft loaded in this
    transaction (None: there is no draft row), whose row the new draft takes over."""
    d = ReportDraft(
        step=Step.STAGE,
        # "Start over" keeps the messages so far: they are part of this conversation.
        message_ids=[*(previous.message_ids if previous else []), *(earlier or [])],
    )
    if previous is None:
        d._row = await new_draft(tx.session, tx.user.id, d.model_dump(mode="json"))
    else:
        d._row = previous._row
        await save_report(tx, d)
    return await ask(tx, update, d, Step.STAGE)


def button_label(query: object, value: str) -> str:
    markup = getattr(getattr(query, "message", None), "reply_markup", None)
    for row in getattr(markup, "inline_keyboard", ()):
        for button in row:
            pressed = ReportAnswer.parse(button.callback_data)
            if pressed is not None and pressed.value == value:
                return str(button.text)
    return value


async def skip_question(update: Update, tx: Tx, d: ReportDraft, current: Step) -> State:
    d.choices = []
    try:
        STEPS[current].skip(d)
    except InvalidAnswer as problem:
        return await ask(tx, update, d, current, esc(str(problem)))
    mark_chosen(tx, update, _("Skipped"))
    return await move(update, tx, d, current, None)


async def go_back(update: Update, tx: Tx, d: ReportDraft, current: Step) -> State:
    d.choices = []
    if d.editing:
        d.editing = False
        d.step = Step.REVIEW
        await save_report(tx, d)
        return await ask(tx, update, d, Step.REVIEW)
    if not d.history:
        return await ask(tx, update, d, current, _("This is the first question."))
    previous = Step(d.history.pop())
    d.step = previous
    await save_report(tx, d)
    return await ask(tx, update, d, previous)


async def review_action(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx, d: ReportDraft, value: str
) -> State:
    if value == "submit":
        return await submit(update, context, tx, d)
    if value == "cancel":
        return await confirm_cancel(tx, update, d)
    if value == "anonymous":
        d.anonymous = not d.anonymous
        await save_report(tx, d)
        return await ask(tx, update, d, Step.REVIEW)
    if value.startswith("edit:"):
        try:
            target = Step(value.removeprefix("edit:"))
        except ValueError:
            target = Step.REVIEW
        if target not in STEPS or STEPS[target].label is None:
            return await ask(tx, update, d, Step.REVIEW, _("That button is not available here."))
        d.editing = True
        d.step = target
        await save_report(tx, d)
        return await ask(tx, update, d, target)
    return await ask(tx, update, d, Step.REVIEW, _("That button is not available here."))


async def submit(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx, d: ReportDraft
) -> State:
    if d.stage is None or not d.person_name:
        missing = Step.STAGE if d.stage is None else Step.NAME
        d.editing, d.step = True, missing
        await save_report(tx, d)
        return await ask(tx, update, d, missing, _("This question must be answered first."))
    if not await safety.take_submission_allowance(tx):
        return await ask(tx, update, d, Step.REVIEW, safety.submission_limit_text(tx))
    case = d.to_case()
    chat = update.effective_chat
    assert chat is not None
    if d.anonymous:
        # No way back to the reporter at all: no submitter, no chat id, no draft left.
        submitter = None
    else:
        # The bot must be able to tell the reporter the decision: keep the chat id, encrypted.
        tx.user.chat_enc = tx.res.vault.encrypt(chat.id)
        submitter = tx.user
    # One service: stored pending and indexed (for duplicates; lookups show approved only).
    submission = await submit_report(tx.session, case, submitter)
    await delete_draft(tx.session, tx.user.id)
    await safety.keep_for_erasing(tx, chat.id, d.message_ids)
    user_id = tx.user.id
    announce = await prepare_announcement(tx, submission.id)
    if d.anonymous:
        follow_up = _(
            "You sent it anonymously: moderators cannot ask you questions about it or tell "
            "you their decision. Look the case up later instead."
        )
    else:
        follow_up = _("You will be told the decision here.")

    # Only once the submission is committed: never hand out a reference that was rolled back.
    # The confirmation is owed (bot/outbox/notices.py): written to the outbox with the submission,
    # so a crash right after the commit delays it instead of losing it.
    mark_chosen(tx, update, _("Submitted"))
    await notices.owe(
        tx,
        context,
        tx.user,
        case.id,
        _(
            "Thank you. Your report has been sent to the moderators.\n"
            "Reference: <code>{reference}</code>\n"
            "Nothing is published until a moderator has checked it."
        ).format(reference=submission.reference)
        + " "
        + follow_up
        + "\n\n"
        + _("To remove this conversation from your phone, press “Erase our chat”."),
        protect_content=True,
        reply_markup=safety.erase_button(),
        # Its own chat: an anonymous reporter's row keeps none.
        chat_id=chat.id,
        # Its id joins "Erase our chat" when sent, also by the worker after a crash.
        receipt=notices.erasable(user_id),
    )

    async def announce_to_moderators() -> None:
        await announce(context.bot)

    tx.after_commit(announce_to_moderators)
    return ConversationHandler.END


def hold(d: ReportDraft, side: Step) -> None:
    """Put a side question (resume, discard) in front of the current one, which is kept on the
    history and asked again by `release`."""
    if d.step != side:
        if d.step is not None:
            d.history.append(d.step)
        d.step = side


def release(d: ReportDraft) -> Step:
    """Leave a side question: back to the question it was put in front of."""
    while d.step in SIDE_QUESTIONS:
        d.step = d.history.pop() if d.history else Step.STAGE
    return Step(d.step or Step.STAGE)


async def confirm_cancel(tx: Tx, update: Update, d: ReportDraft | None) -> State:
    """/cancel or Discard: ask first (a side question; the draft stays until "Yes")."""
    if d is None or d.step is None:
        return lost(tx, update)
    hold(d, Step.CONFIRM_CANCEL)
    await save_report(tx, d)
    return await ask(tx, update, d, Step.CONFIRM_CANCEL)


async def stale_button(tx: Tx, update: Update, d: ReportDraft) -> State:
    """A button of another step than the draft's (an old message, forged data): say so and ask
    the current question again."""
    assert d.step is not None
    notice = _("That button belongs to an earlier question.")
    return await ask(tx, update, d, Step(d.step), notice)


def private_only_text() -> str:
    return _("Reports are only taken in a private chat with me, so nobody else sees them.")


def tell(tx: Tx, update: Update, text: str) -> None:
    """Send `text` to this chat once the transaction is committed (never from inside it)."""
    chat = update.effective_chat
    assert chat is not None
    tx.after_commit(lambda: chat.send_message(text))


def lost(tx: Tx, update: Update) -> State:
    """No report is open (discarded, submitted, never started): say so after the commit."""
    tell(tx, update, _("This report is no longer open. Send /report to start again."))
    return ConversationHandler.END
