"""`/history <case>`: every moderation action on a case; a moderator who used /forget appears as
a distinct "Former moderator #n".
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.handlers.moderation.access import ACTION_LABELS, authorised_command, moderator_label, show
from bot.infra.context import Tx, transactional
from bot.infra.i18n import _
from bot.ui.inputs import parse_id
from bot.ui.render import esc
from db.models import AuditEntry
from db.moderation import case_history, former_moderators


def _describe(entry: AuditEntry) -> str:
    details = entry.details or {}
    if entry.action == "edit":
        return _("{field}: {before} → {after}").format(
            field=details.get("field"),
            before=esc(show(details.get("before")), 200) or "—",
            after=esc(show(details.get("after")), 200) or "—",
        )
    if entry.action == "reject":
        return esc(details.get("reason", ""), 300)
    if entry.action in ("question", "answer"):
        return esc(details.get("text", ""), 300)
    if entry.action in ("merge", "approve") and details.get("added"):
        return esc(", ".join(f"{k}: {len(v)}" for k, v in details["added"].items()), 300)
    if entry.action == "event":
        return esc(f"{details.get('kind', '')} {details.get('date') or ''}", 100)
    return ""


@transactional
async def history_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/history <case id>: every moderation action on the case."""
    message = await authorised_command(update, tx)
    if message is None:
        return
    args = context.args or []
    case_id = parse_id(args[0]) if len(args) == 1 else None
    if case_id is None:
        tx.call_after_commit(message.reply_text, _("Usage: /history &lt;case number&gt;"))
        return
    entries = await case_history(tx.session, case_id)
    if not entries:
        tx.call_after_commit(
            message.reply_text, _("No moderation history for case #{id}.").format(id=case_id)
        )
        return
    lines: list[str] = []
    former = await former_moderators(
        tx.session, {e.actor_id for e in entries if e.actor_id is not None}
    )
    for entry in entries:
        if entry.action in ("answer", "update_proposed") and entry.actor_id is None:
            who = _("Submitter")
        elif entry.actor_id in former:
            who = _("Former moderator #{n}").format(n=entry.actor_id)
        else:
            who = moderator_label(entry.actor_id)
        detail = _describe(entry)
        action = _(ACTION_LABELS.get(entry.action, entry.action))
        lines.append(
            f"{entry.created_at:%Y-%m-%d %H:%M} · {who} · {action}"
            + (f": {detail}" if detail else "")
        )
    header = "<b>" + _("History of case #{id}").format(id=case_id) + "</b>"
    # Newest entries are kept when the whole history does not fit one message.
    while len(lines) > 1 and len("\n".join(lines)) > 3800:
        lines.pop(0)
    tx.call_after_commit(message.reply_text, header + "\n\n" + "\n".join(lines))
