"""the /event and /update dialog's place lives in its draft row only; its PTB conversation is gone

The /event and /update dialog (bot/handlers/timeline.py) kept where a person is twice: its draft
of kind "timeline" held the question it waits for (`data["ask"]`, since 0008_h12b), and a
persisted ConversationHandler ("timeline") held that a dialog was open. Now the draft alone says
so: its text, /skip and /cancel are routed by the row (bot/handlers/dialogs.py).

Upgrade: the "timeline" conversation states are deleted (nothing reads them any more). A
timeline draft that names no question of the dialog (one left from before 0008_h12b, which the
old code stopped on its next answer) is deleted too: nothing would ever route to it. Drafts that
wait for a question keep waiting, and their next answer is taken.

Downgrade: nothing to undo in the drafts (`ask` was there before). The conversation states cannot
be rebuilt (their keys are hashed and encrypted with SECRET_KEY): a dialog open at the downgrade
is started again with /event or /update.

Revision ID: 0010_h12f
Revises: 0009_h13e
Create Date: 2026-11-30 09:15:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0010_h12f'
down_revision: Union[str, Sequence[str], None] = '0009_h13e'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

#: The questions of the dialog (bot/handlers/timeline.py Ask, frozen here).
ASKS = frozenset({'kind', 'date', 'outcome', 'sentence', 'value', 'article', 'note'})

drafts = sa.table(
    'drafts', sa.column('id', sa.Integer), sa.column('kind', sa.String), sa.column('data', sa.JSON)
)
conversation_states = sa.table(
    'conversation_states', sa.column('id', sa.Integer), sa.column('name', sa.String)
)


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.select(drafts.c.id, drafts.c.data).where(drafts.c.kind == 'timeline'))
    stale = [
        draft_id
        for draft_id, data in rows.fetchall()
        if not isinstance(data, dict) or data.get('ask') not in ASKS
    ]
    if stale:
        bind.execute(sa.delete(drafts).where(drafts.c.id.in_(stale)))
    op.execute(sa.delete(conversation_states).where(conversation_states.c.name == 'timeline'))


def downgrade() -> None:
    pass
