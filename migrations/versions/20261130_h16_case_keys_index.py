"""Lookup indexes: search_keys (case_id, kind, key) instead of (case_id); cases (id, publication)

A name lookup reads the role and ending keys of each candidate case: with the key columns in
the index, PostgreSQL answers from the index alone instead of visiting every key row of the
case in the heap (about 13 of 18 ms of a common three-word name at a million cases). On SQLite
the table is WITHOUT ROWID, so the old index already carried (kind, key): same size, same use.
(id, publication) tells which of a thousand candidate ids are public without reading their rows.

Revision ID: 0009_h16
Revises: 0008_h12b
Create Date: 2026-11-30 08:45:00

"""
from typing import Sequence, Union

from alembic import op


# revision identifiers, used by Alembic.
revision: str = '0009_h16'
down_revision: Union[str, Sequence[str], None] = '0008_h12b'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('search_keys', schema=None) as batch_op:
        batch_op.create_index('ix_search_keys_case_kind_key', ['case_id', 'kind', 'key'], unique=False)
        batch_op.drop_index('ix_search_keys_case_id')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_id_publication', ['id', 'publication'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_id_publication')
    with op.batch_alter_table('search_keys', schema=None) as batch_op:
        batch_op.create_index('ix_search_keys_case_id', ['case_id'], unique=False)
        batch_op.drop_index('ix_search_keys_case_kind_key')
