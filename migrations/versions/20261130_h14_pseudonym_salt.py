"""pseudonym salt: a random salt per user row for moderators' "Reporter #…" pseudonyms

The pseudonym used to derive from the keyed hash of the Telegram id, which /forget cannot change:
a person's reports before and after forgetting showed the same pseudonym. It now derives from
this salt, discarded with the user row. Existing users get a random salt each.

Revision ID: 0007_h14
Revises: 0007_h15p
Create Date: 2026-11-30 02:40:00

"""
import secrets
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0007_h14"
down_revision: Union[str, Sequence[str], None] = "0007_h15p"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column("users", sa.Column("pseudonym_salt", sa.String(length=32), nullable=True))
    users = sa.table("users", sa.column("id", sa.Integer), sa.column("pseudonym_salt", sa.String))
    connection = op.get_bind()
    for (user_id,) in connection.execute(sa.select(users.c.id)).all():
        connection.execute(
            users.update().where(users.c.id == user_id).values(pseudonym_salt=secrets.token_hex(16))
        )
    with op.batch_alter_table("users") as batch:
        batch.alter_column("pseudonym_salt", existing_type=sa.String(length=32), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("pseudonym_salt")
