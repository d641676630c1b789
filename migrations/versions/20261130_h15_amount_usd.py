"""sentence_parts.amount_usd: the dollar figure a report gives beside a tenge amount

Reports write «27780 тенге ($65)»; the dollar figure is kept as reported (not converted, not
checked) and shown beside the tenge amount.

Revision ID: 0008_h15
Revises: 0007_h13
Create Date: 2026-11-30 05:20:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0008_h15'
down_revision: Union[str, Sequence[str], None] = '0007_h13'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('sentence_parts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('amount_usd', sa.Numeric(precision=14, scale=2), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('sentence_parts', schema=None) as batch_op:
        batch_op.drop_column('amount_usd')
