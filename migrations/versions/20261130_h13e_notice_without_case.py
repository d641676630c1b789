"""alert_outbox.case_id nullable: a notice about no case (a person's new role)

Revision ID: 0009_h13e
Revises: 0009_h12e
Create Date: 2026-11-30 08:20:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0009_h13e'
down_revision: Union[str, Sequence[str], None] = '0009_h12e'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('alert_outbox', schema=None) as batch_op:
        batch_op.alter_column('case_id', existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    # Notices about no case cannot be kept under the older schema (sent ones hold nothing).
    op.execute("DELETE FROM alert_outbox WHERE case_id IS NULL")
    with op.batch_alter_table('alert_outbox', schema=None) as batch_op:
        batch_op.alter_column('case_id', existing_type=sa.Integer(), nullable=False)
