"""the moderation dialog's place lives in its draft row only; its PTB conversation is gone

The moderation dialog (a typed reason, a question to the submitter, a field's new value, a
case number, a submitter's answer) kept what it waits for twice: the draft of kind "moderation"
held the action, and a persisted ConversationHandler ("moderation") held that a text was
awaited. Now the draft alone says so, with `data["ask"]` (bot/handlers/moderation/access.py).

Upgrade: a moderation draft that holds a text action and no stored reason (the only draft kept
after its text was read is a typed reason waiting for its confirming tap; merge and update picks
hold other actions) was waiting for that text, and gets `ask` set to its action. The
"moderation" conversation states are deleted: nothing reads them any more.

Downgrade: `ask` is removed from the drafts. The conversation states cannot be rebuilt (their
keys are hashed and encrypted with SECRET_KEY); a moderator waiting to type presses the button
again.

Revision ID: 0009_h12e
Revises: 0009_h16
Create Date: 2026-11-30 08:30:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0009_h12e'
down_revision: Union[str, Sequence[str], None] = '0009_h16'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

#: The actions whose draft waited for a text (bot/handlers/moderation/relay.py at 0008).
TEXT_ACTIONS = frozenset(
    {"reason", "ask", "edit", "dup", "event_date", "event_add", "part", "answer"}
)

drafts = sa.table(
    'drafts', sa.column('id', sa.Integer), sa.column('kind', sa.String), sa.column('data', sa.JSON)
)
conversation_states = sa.table(
    'conversation_states', sa.column('id', sa.Integer), sa.column('name', sa.String)
)


def _rewrite(change: object) -> None:
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(drafts.c.id, drafts.c.data).where(drafts.c.kind == 'moderation')
    )
    for draft_id, data in rows.fetchall():
        if not isinstance(data, dict):
            continue
        changed = change(data)  # type: ignore[operator]
        if changed != data:
            bind.execute(sa.update(drafts).where(drafts.c.id == draft_id).values(data=changed))


def _with_ask(data: dict) -> dict:
    action = data.get('action')
    if action in TEXT_ACTIONS and 'reason' not in data and not data.get('ask'):
        return {**data, 'ask': action}
    return data


def _without_ask(data: dict) -> dict:
    return {key: value for key, value in data.items() if key != 'ask'}


def upgrade() -> None:
    _rewrite(_with_ask)
    op.execute(sa.delete(conversation_states).where(conversation_states.c.name == 'moderation'))


def downgrade() -> None:
    _rewrite(_without_ask)
