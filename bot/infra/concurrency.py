"""Updates of different people run concurrently; the updates of one person run in order.

`SequentialUpdateProcessor` is registered with `ApplicationBuilder.concurrent_updates`. It follows
grammY runner's `sequentialize()`: every update has keys (its user id and its chat id); each key
has a chain, the completion of the last update that carried it. An update waits until every
earlier update sharing any of its keys has finished, then runs. So

- a person's messages and presses are handled one at a time, in the order Telegram sent them
  (a conversation never sees its own updates overtake each other: ConversationHandler, which
  python-telegram-bot documents as relying on one-by-one processing, keys its conversations by
  (chat, user), and both are keys here);
- everyone in one group chat (the moderators' group) is serialised with that chat too;
- updates with neither user nor chat (polls) run without waiting.

Two bounds, because python-telegram-bot's own semaphore is taken *before* an update reaches the
processor: if it were the running bound, the queued updates of one person pressing a button
forty times would hold every slot while they wait for each other and nobody else would be
served. So PTB's bound counts updates admitted (waiting or running, MAX_PENDING_UPDATES), and
this class bounds updates *running* (MAX_CONCURRENT_UPDATES): an update takes a running slot
only once its predecessors are done, so a waiting update never holds one.

python-telegram-bot's caveats with concurrent updates, and how they are met: ConversationHandler
"relies on updates being processed one by one" per conversation key, and every conversation here
is keyed by user and/or chat, which are the keys above; BasePersistence's `refresh_*` hooks "may
be called while a handler is still running", and this bot persists only conversation states
(bot/infra/persistence.py: its refresh hooks do nothing), written after each update under PTB's own
lock. Handler callbacks stay blocking (no `block=False`), so a conversation's next state is known
before the person's next update starts.

Invariant: a chain entry is removed by the update that created it when it finishes, and only if
no later update has replaced it, so the map holds only keys with updates in flight.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable, Hashable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor


def sequence_keys(update: object) -> tuple[Hashable, ...]:
    """The keys an update is ordered by: its user and its chat (either may be absent)."""
    if not isinstance(update, Update):
        return ()
    keys: list[Hashable] = []
    if update.effective_user is not None:
        keys.append(("user", update.effective_user.id))
    if update.effective_chat is not None:
        keys.append(("chat", update.effective_chat.id))
    return tuple(keys)


class SequentialUpdateProcessor(BaseUpdateProcessor):
    """Concurrent across keys, sequential within a key, at most `max_running` at a time."""

    def __init__(self, max_running: int, max_pending: int) -> None:
        if max_running < 1:
            raise ValueError("max_running must be a positive integer")
        # PTB's semaphore (taken before do_process_update): updates admitted at once.
        super().__init__(max(max_pending, max_running))
        self.max_running = max_running
        self._running = asyncio.Semaphore(max_running)
        self._tails: dict[Hashable, asyncio.Future[None]] = {}
        self._now_running = 0
        #: Most updates seen running at once since start (tests, benchmarks).
        self.peak_running = 0
        #: Called with each update once it is handled (benchmarks measure latency with it).
        self.on_finished: Callable[[object], None] | None = None

    @property
    def waiting_keys(self) -> int:
        """Keys with an update in flight (for tests and metrics)."""
        return len(self._tails)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        keys = sequence_keys(update)
        loop = asyncio.get_running_loop()
        done: asyncio.Future[None] = loop.create_future()
        # Registering is synchronous (no await between reading and replacing the tails), so
        # updates are chained in the order PTB hands them over, which is the queue's order.
        predecessors = {self._tails[key] for key in keys if key in self._tails}
        for key in keys:
            self._tails[key] = done
        try:
            pending = [future for future in predecessors if not future.done()]
            if pending:
                await asyncio.wait(pending)
            async with self._running:
                self._now_running += 1
                self.peak_running = max(self.peak_running, self._now_running)
                try:
                    await coroutine
                finally:
                    self._now_running -= 1
        finally:
            if not done.done():
                done.set_result(None)
            for key in keys:
                if self._tails.get(key) is done:
                    del self._tails[key]
            if self.on_finished is not None:
                self.on_finished(update)
            # A coroutine never awaited (cancelled while waiting) must not warn "never awaited".
            if (
                inspect.iscoroutine(coroutine)
                and inspect.getcoroutinestate(coroutine) == inspect.CORO_CREATED
            ):
                coroutine.close()

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
