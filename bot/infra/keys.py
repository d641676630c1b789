"""Rotation of SECRET_KEY: re-encrypt every stored token and re-compute every keyed hash.

A keyed hash cannot be re-keyed from the hash alone; it must be recomputed from the Telegram id
it was made of. The ids the bot can recover are those it keeps encrypted: a user's chat id (the
bot keeps it to write back; in a private chat the chat id is the user id, and this is checked
against the old hash before it is trusted) and the (chat, user) keys of persisted conversations.
So rotation:

1. recovers each user's Telegram id from their chat id or a conversation of theirs, and stores
   the hash under the new key;
2. forgets users whose id cannot be recovered (no chat id, no conversation in progress): their
   old hash would keep identifying them to whoever holds the old key, so they are unlinked
   exactly as by /forget, and get a fresh identity on their next contact;
3. re-hashes conversation keys and re-encrypts every `*_enc` column of every table under the
   new key (tables added later are covered without editing this module).

All of it in the caller's transaction: it commits completely or not at all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.infra.crypto import IdentityVault, InvalidToken
from db.models import Base, ConversationState, Role, User
from db.safety import unlink_user


class RotationError(RuntimeError):
    """Rotation stopped: nothing was changed (the transaction is rolled back)."""


@dataclass
class RotationReport:
    users_kept: int = 0
    users_forgotten: int = 0
    staff_forgotten: int = 0
    conversations: int = 0
    tokens: int = 0


def _user_hash(vault: IdentityVault, telegram_id: int) -> str:
    return vault.hash_id(telegram_id, kind="user")


def _conversation_hash(vault: IdentityVault, name: str, key: list[object]) -> str:
    # The same derivation as bot.infra.persistence.DatabasePersistence._key_hash.
    return vault.hash_id(json.dumps([name, *key]), kind="conversation")


async def rotate_keys(session: AsyncSession, old_secret: str, new_secret: str) -> RotationReport:
    if old_secret == new_secret:
        raise RotationError("the new key is the same as the old one")
    old = IdentityVault(old_secret)
    new = IdentityVault(new_secret)
    both = IdentityVault(new_secret, old_secrets=(old_secret,))
    report = RotationReport()

    def decrypt_old(token: str, what: str) -> str:
        try:
            return old.decrypt(token)
        except InvalidToken as problem:
            raise RotationError(f"{what} does not decrypt with the current key") from problem

    # Telegram ids the bot can recover, by their hash under the old key.
    known_ids: dict[str, int] = {}
    conversations = list(await session.scalars(select(ConversationState)))
    for row in conversations:
        key = json.loads(decrypt_old(row.key_enc, f"conversation state {row.id}"))
        if key and isinstance(key[-1], int):
            known_ids[_user_hash(old, key[-1])] = key[-1]
    users = list(await session.scalars(select(User).order_by(User.id)))
    for user in users:
        if user.chat_enc is not None:
            chat_id = int(decrypt_old(user.chat_enc, f"the chat id of user {user.id}"))
            if chat_id > 0 and _user_hash(old, chat_id) == user.tg_hash:
                known_ids[user.tg_hash] = chat_id

    forgotten: list[int] = []
    for user in users:
        telegram_id = known_ids.get(user.tg_hash)
        if telegram_id is None:
            forgotten.append(user.id)
            if user.role is not Role.USER:
                report.staff_forgotten += 1
            continue
        user.tg_hash = _user_hash(new, telegram_id)
        report.users_kept += 1
    await session.flush()
    for user_id in forgotten:
        await unlink_user(session, user_id)
    report.users_forgotten = len(forgotten)

    for row in conversations:
        key = json.loads(decrypt_old(row.key_enc, f"conversation state {row.id}"))
        row.key_hash = _conversation_hash(new, row.name, key)
        report.conversations += 1
    await session.flush()
    session.expunge_all()

    # Every encrypted column of every table, re-encrypted under the new key (timestamps kept).
    for table in Base.metadata.sorted_tables:
        columns = [c for c in table.columns if c.name.endswith("_enc")]
        if not columns:
            continue
        primary = list(table.primary_key.columns)
        if len(primary) != 1:
            raise RotationError(f"table {table.name} has no single-column primary key")
        pk = primary[0]
        for column in columns:
            rows = await session.execute(select(pk, column).where(column.is_not(None)).order_by(pk))
            for row_id, token in rows.all():
                try:
                    rotated = both.rotate(token)
                except InvalidToken as problem:
                    raise RotationError(
                        f"{table.name}.{column.name} of row {row_id} does not decrypt"
                    ) from problem
                await session.execute(
                    update(table).where(pk == row_id).values({column.name: rotated})
                )
                report.tokens += 1
    return report
