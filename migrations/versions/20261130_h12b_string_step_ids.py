"""report steps as stable string ids; the draft row alone says where a person is

Report drafts stored their step and /back history as the integer values of an IntEnum, and the
report conversation's PTB state repeated the step. Now a step is a string id ("verdict_date")
and the conversation has a single state, "open": every handler reads the step from the draft.
The /event and /update dialog (conversation "timeline") keeps its state in PTB persistence, now
as string ids too ("date", "value").

The mapping below is frozen here (the code's enum may grow; a migration must not change
meaning). A number outside it (never written by any release) sends the draft to the review,
where every answer can be checked and edited, and is dropped from the /back history.

Downgrade turns the ids back into integers and deletes the report conversations' states (their
old per-step values cannot be rebuilt from a hashed key): after a downgrade a person continues
with /report, which offers the saved draft.

Revision ID: 0008_h12b
Revises: 0008_h15
Create Date: 2026-11-30 05:30:00

"""
from typing import Any, Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0008_h12b'
down_revision: Union[str, Sequence[str], None] = '0008_h15'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

#: The IntEnum values of bot/handlers/report.py up to 0007 and the string ids that replace them.
STEP_IDS = {
    0: "resume",
    1: "stage",
    2: "name",
    3: "aliases",
    4: "region",
    5: "city",
    6: "occupation",
    7: "article",
    8: "article_other",
    9: "detention_date",
    10: "measure",
    11: "place_held",
    12: "court",
    13: "judge",
    14: "prosecutor",
    15: "trial_date",
    16: "hearing_date",
    17: "verdict_date",
    18: "verdict_sentence",
    19: "appeal_date",
    20: "appeal_court",
    21: "appeal_outcome",
    22: "appeal_sentence",
    23: "sentence_value",
    24: "acts",
    25: "sources",
    26: "attachments",
    27: "review",
    28: "confirm_cancel",
    29: "pick_pasted",
    30: "paste",
}
STEP_NUMBERS = {name: number for number, name in STEP_IDS.items()}
#: Where a draft with a step outside the mapping goes: the review (its old number).
REVIEW = 27
#: The report conversation's only state from now on (bot/handlers/report/flow.py OPEN).
OPEN = "open"
#: The /event and /update dialog's states (bot/handlers/timeline.py Ask), old number -> id.
TIMELINE_STATES = {
    1: "kind",
    2: "date",
    3: "outcome",
    4: "sentence",
    5: "value",
    6: "article",
    7: "note",
}

drafts = sa.table(
    'drafts', sa.column('id', sa.Integer), sa.column('kind', sa.String), sa.column('data', sa.JSON)
)
conversation_states = sa.table(
    'conversation_states',
    sa.column('id', sa.Integer),
    sa.column('name', sa.String),
    sa.column('state', sa.JSON),
)


def _rewrite_drafts(convert: Any) -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.select(drafts.c.id, drafts.c.data).where(drafts.c.kind == 'report'))
    for draft_id, data in rows.fetchall():
        if not isinstance(data, dict):
            continue
        changed = dict(data)
        if data.get('step') is not None:
            changed['step'] = convert(data['step']) or convert(REVIEW)
        history = (convert(s) for s in data.get('history') or [])
        changed['history'] = [s for s in history if s is not None]
        if changed != data:
            bind.execute(
                sa.update(drafts).where(drafts.c.id == draft_id).values(data=changed)
            )


def _to_id(value: Any) -> Any:
    """The string id of an old step number (None: no such step); ids are kept."""
    return STEP_IDS.get(value) if isinstance(value, int) else value


def _to_number(value: Any) -> Any:
    """The old number of a step id (None: no such step); numbers are kept."""
    return STEP_NUMBERS.get(value) if isinstance(value, str) else value


def _rewrite_timeline_states(mapping: dict[Any, Any]) -> None:
    """Map the timeline dialog's states; a state outside the mapping ends that dialog (its
    draft stays; /event or /update starts it again)."""
    bind = op.get_bind()
    table = conversation_states
    rows = bind.execute(sa.select(table.c.id, table.c.state).where(table.c.name == 'timeline'))
    for row_id, state in rows.fetchall():
        if state in mapping:
            statement = sa.update(table).values(state=mapping[state])
        else:
            statement = sa.delete(table)
        bind.execute(statement.where(table.c.id == row_id))


def upgrade() -> None:
    _rewrite_drafts(_to_id)
    op.execute(
        sa.update(conversation_states)
        .where(conversation_states.c.name == 'report')
        .values(state=OPEN)
    )
    _rewrite_timeline_states(TIMELINE_STATES)


def downgrade() -> None:
    _rewrite_drafts(_to_number)
    op.execute(sa.delete(conversation_states).where(conversation_states.c.name == 'report'))
    _rewrite_timeline_states({name: number for number, name in TIMELINE_STATES.items()})
