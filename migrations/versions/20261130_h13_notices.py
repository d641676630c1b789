"""notices in the outbox: messages owed to one person (chat and rendered payload)

Revision ID: 0007_h13
Revises: 0007_h12 (chained after h12, merged into h13)
Create Date: 2026-11-30 03:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0007_h13'
down_revision: Union[str, Sequence[str], None] = '0007_h12'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('alert_outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('chat_enc', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('payload', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('alert_outbox', schema=None) as batch_op:
        batch_op.drop_column('payload')
        batch_op.drop_column('chat_enc')
