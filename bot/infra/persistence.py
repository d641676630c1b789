"""PTB persistence that keeps conversation states in the database, never in a pickle file.

Only conversations are persisted (drafts themselves are saved by the report handlers in the same
transaction as the answer). PTB hands over the state of every update a conversation handled,
most often the same one again: a state this process has committed for that key is not written
again (`Resources.stored_conversations`; /forget drops the entries of the rows it deletes, the
only other writer of the table). A conversation key is (chat_id, user_id): it is looked up by an
HMAC and stored encrypted, so the table reveals nobody without SECRET_KEY.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from sqlalchemy import delete, select, update
from telegram.ext import BasePersistence, PersistenceInput

from bot.infra.context import Resources
from db.models import ConversationState

logger = logging.getLogger(__name__)

#: Conversation states remembered as committed (the oldest forgotten first: forgetting one
#: only costs a write that was not needed).
MAX_REMEMBERED_STATES = 20_000

# The shapes BasePersistence passes around, spelled out here because python-telegram-bot keeps
# its own aliases private (telegram.ext._utils.types); mypy checks them against the base class.
ConversationKey = tuple[int | str, ...]
ConversationDict = dict[ConversationKey, object]
CDCData = tuple[list[tuple[str, float, dict[str, Any]]], dict[str, str]]


class DatabasePersistence(BasePersistence[dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    def __init__(self, res: Resources, update_interval: float = 60) -> None:
        super().__init__(
            store_data=PersistenceInput(
                bot_data=False, chat_data=False, user_data=False, callback_data=False
            ),
            update_interval=update_interval,
        )
        self._res = res

    def _key_hash(self, name: str, key: ConversationKey) -> str:
        return self._res.vault.hash_id(json.dumps([name, *key]), kind="conversation")

    async def get_conversations(self, name: str) -> ConversationDict:
        async with self._res.sessionmaker() as session:
            rows = await session.scalars(
                select(ConversationState).where(ConversationState.name == name)
            )
            conversations: ConversationDict = {}
            for row in rows:
                key = tuple(json.loads(self._res.vault.decrypt(row.key_enc)))
                conversations[key] = row.state
                self._res.stored_conversations[row.key_hash] = row.state
            return conversations

    async def update_conversation(
        self, name: str, key: ConversationKey, new_state: object | None
    ) -> None:
        """Write a conversation's new state. PTB hands over every state a handler returned,
        also the same one again (each step of a report returns OPEN): a state this process
        already committed for the key is not written again. Otherwise one UPDATE by the key's
        hash (the row inserted when there was none), or one DELETE when the conversation
        ended."""
        key_hash = self._key_hash(name, key)
        stored = self._res.stored_conversations
        if new_state is not None and key_hash in stored and stored[key_hash] == new_state:
            stored.move_to_end(key_hash)
            return
        of_key = (ConversationState.name == name, ConversationState.key_hash == key_hash)
        async with self._res.sessionmaker() as session, session.begin():
            if new_state is None:
                await session.execute(delete(ConversationState).where(*of_key))
            else:
                updated = await session.execute(
                    update(ConversationState).where(*of_key).values(state=new_state)
                )
                if updated.rowcount == 0:  # type: ignore[attr-defined]
                    session.add(
                        ConversationState(
                            name=name,
                            key_hash=key_hash,
                            key_enc=self._res.vault.encrypt(json.dumps(list(key))),
                            state=new_state,
                        )
                    )
        # Committed: remember it (a failed write leaves nothing remembered).
        if new_state is None:
            stored.pop(key_hash, None)
            return
        stored[key_hash] = new_state
        stored.move_to_end(key_hash)
        while len(stored) > MAX_REMEMBERED_STATES:
            stored.popitem(last=False)

    # Nothing but conversations is persisted: user, chat and bot data stay empty by design.
    async def get_user_data(self) -> dict[int, dict[Any, Any]]:
        return {}

    async def get_chat_data(self) -> dict[int, dict[Any, Any]]:
        return {}

    async def get_bot_data(self) -> dict[Any, Any]:
        return {}

    async def get_callback_data(self) -> CDCData | None:
        return None

    async def update_user_data(self, user_id: int, data: dict[Any, Any]) -> None:
        return None

    async def update_chat_data(self, chat_id: int, data: dict[Any, Any]) -> None:
        return None

    async def update_bot_data(self, data: dict[Any, Any]) -> None:
        return None

    async def update_callback_data(self, data: CDCData) -> None:
        return None

    async def drop_chat_data(self, chat_id: int) -> None:
        return None

    async def drop_user_data(self, user_id: int) -> None:
        return None

    async def refresh_user_data(self, user_id: int, user_data: dict[Any, Any]) -> None:
        return None

    async def refresh_chat_data(self, chat_id: int, chat_data: dict[Any, Any]) -> None:
        return None

    async def refresh_bot_data(self, bot_data: dict[Any, Any]) -> None:
        return None

    async def flush(self) -> None:
        return None
