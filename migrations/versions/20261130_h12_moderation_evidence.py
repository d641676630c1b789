"""moderation evidence: attachments.public (default no) and moderation_cards (every copy of a
card, so a decision closes them all)

Revision ID: 0007_h12
Revises: 0007_h14
Create Date: 2026-11-30 02:45:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0007_h12'
down_revision: Union[str, Sequence[str], None] = '0007_h14'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('attachments') as batch:
        batch.add_column(sa.Column('public', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.create_table('moderation_cards',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('submission_id', sa.Integer(), nullable=False),
    sa.Column('chat_enc', sa.Text(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['submission_id'], ['submissions.id'], name=op.f('fk_moderation_cards_submission_id_submissions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_moderation_cards'))
    )
    with op.batch_alter_table('moderation_cards') as batch:
        batch.create_index(batch.f('ix_moderation_cards_submission_id'), ['submission_id'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('moderation_cards') as batch:
        batch.drop_index(batch.f('ix_moderation_cards_submission_id'))
    op.drop_table('moderation_cards')
    with op.batch_alter_table('attachments') as batch:
        batch.drop_column('public')
