"""Several bot processes on one database, behind one front that routes updates by person.

One Python process handles about 200–280 mixed updates a second on two cores (bench updates):
the GIL, not the database, is the limit. With WORKERS=N, `casewatch run` becomes a *front*:
it receives the updates (long polling through python-telegram-bot's own `Updater`, or the
webhook) and hands each to one of N *worker* processes, each a complete Application with its own
connection pool, over a pipe. The front does no work of its own beyond reading who sent an
update; it never opens the database.

Invariants:
- **All updates of one person go to one worker**, chosen by the sender's Telegram id
  (`worker_of`; the chat's id when there is no sender, the update id when there is neither).
  Inside a worker the SequentialUpdateProcessor keeps them in order (bot/infra/concurrency.py),
  so a person's updates never overtake each other, across processes as within one. What a
  process remembers about a person (`Resources.users`: their row, their open dialog, their
  awaited command; `stored_conversations`, keyed by chat *and* user) is only ever written by that
  person's own updates, so it stays as true with N processes as with one.
- In a group chat (the moderators' group) the updates of different people may run in different
  processes at once. Nothing depends on their order: every decision is a conditional UPDATE
  (bot/services), and a card edit shows what its own commit left.
- **Worker 0 is the primary**: it alone runs the jobs (outbox delivery loop, reminders,
  housekeeping) and publishes the command menus at start. Every worker sends what its own
  commits owe at once (`deliver_now`); what a crash loses there, the primary's loop delivers
  once its lease runs out, as with one process.
- The running bound (MAX_CONCURRENT_UPDATES) and so each pool are split between the workers:
  N processes hold no more connections than the pool sizes say (`worker_settings`).
- A worker stops on the front's stop message after handling what it was given, or when the
  front is gone (its pipe closes). If a worker dies, the front stops everything and exits
  with an error, for the supervisor (Docker, systemd) to restart the whole set: updates are
  never re-routed to another process while the dead one's people might be mid-update.

A worker far behind fills its pipe; the front's write then waits, and so does its fetching:
back-pressure to Telegram, which keeps the updates (as it does for one busy process).

An update is lost only as with one process: PTB's Updater confirms a batch to Telegram when it
asks for the next, whether or not the batch was handled.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import multiprocessing
import signal
import time
from collections.abc import Awaitable, Callable
from multiprocessing.connection import Connection
from typing import Any

from telegram import Bot, Update
from telegram.ext import Application, Updater
from telegram.request import BaseRequest

from bot.infra.config import Settings

logger = logging.getLogger(__name__)

AnyApplication = Application[Any, Any, Any, Any, Any, Any]
#: The front's message that tells a worker to finish what it was given and stop.
STOP = b""
#: A worker's one message to the front: started, updates welcome.
READY = b"ready"
#: Seconds the front waits for every worker to start (gazetteer, database) before giving up.
START_TIMEOUT = 180.0
#: How often the front checks that every worker is alive (seconds).
WATCH_INTERVAL = 1.0


def worker_of(update: Update, workers: int) -> int:
    """The worker of an update: by its sender, else its chat, else its id (see the module doc)."""
    if update.effective_user is not None:
        key = update.effective_user.id
    elif update.effective_chat is not None:
        key = update.effective_chat.id
    else:
        key = update.update_id
    return key % workers


def worker_settings(settings: Settings, workers: int) -> Settings:
    """A worker's share of the running bound (and so of the pool, DB_POOL_SIZE split too)."""
    share: dict[str, Any] = {
        "max_concurrent_updates": max(1, -(-settings.max_concurrent_updates // workers)),
        "max_pending_updates": max(1, -(-settings.max_pending_updates // workers)),
    }
    if settings.db_pool_size:
        share["db_pool_size"] = max(1, -(-settings.db_pool_size // workers))
    return settings.model_copy(update=share)


# The collector's thresholds for a serving process. Python's default (700 allocations between
# young collections) is tuned for small scripts: a lookup allocates thousands of short-lived
# objects (PTB's parsed update and answer, SQLAlchemy rows), so the young generation was
# collected every few updates and its survivors promoted into costlier older collections.
# Measured in `bench updates` (PostgreSQL, burst lookups at 50 ms, 600 lookups after 200 first
# contacts and the warm-up, collector time by `gc.callbacks`): collections 298 -> 52 and the
# collector's CPU 0.18-0.20 s -> 0.03 s, about 0.2 ms of a lookup's 2.2-3.3 ms. Cycles still go.
SERVING_GC_THRESHOLDS = (10_000, 20, 20)


def tune_collector_after_init(application: AnyApplication) -> None:
    """After start-up (gazetteer, translations, compiled statements: some 180,000 objects that
    live as long as the process), move everything alive into the collector's permanent
    generation (`gc.freeze`), so that a full collection no longer walks them while people
    wait: in `bench updates` (paced mixed, PostgreSQL) the longest pause fell from 179 to
    63 ms and full collections from 722 to 186 ms in all; and collect the young generation less
    often (`SERVING_GC_THRESHOLDS`). Only in long-running processes (`casewatch run`, its
    workers, and `bench updates`, which undoes it after each run): tests build many
    Applications in one process and must not pin them."""
    import gc

    initialise = application.post_init

    async def initialise_then_freeze(app: AnyApplication) -> None:
        if initialise is not None:
            await initialise(app)
        gc.freeze()
        gc.set_threshold(*SERVING_GC_THRESHOLDS)

    application.post_init = initialise_then_freeze


# --- a worker --------------------------------------------------------------------------------
async def serve_worker(application: AnyApplication, updates: Connection) -> None:
    """Run `application` on the updates arriving on `updates` until the front says stop or is
    gone; then handle what was received, and shut down."""
    loop = asyncio.get_running_loop()
    stopping = asyncio.Event()

    def receive() -> None:
        try:
            data = updates.recv_bytes()
        except (EOFError, OSError):
            data = STOP  # the front is gone
        if data == STOP:
            loop.remove_reader(updates.fileno())
            stopping.set()
            return
        try:
            update = Update.de_json(json.loads(data), application.bot)
        except Exception as problem:  # never the body in the log
            logger.warning("worker: an update could not be read (%s)", type(problem).__name__)
            return
        application.update_queue.put_nowait(update)

    async with application:
        if application.post_init is not None:
            await application.post_init(application)
        await application.start()
        loop.add_reader(updates.fileno(), receive)
        updates.send_bytes(READY)
        try:
            await stopping.wait()
            await application.update_queue.join()
        finally:
            with contextlib.suppress(ValueError, OSError):
                loop.remove_reader(updates.fileno())
            await application.stop()
            if application.post_stop is not None:
                await application.post_stop(application)
    if application.post_shutdown is not None:
        await application.post_shutdown(application)


def _run_worker(settings: Settings, index: int, workers: int, updates: Connection) -> None:
    """A worker process (started by `Front`): signals are the front's to handle."""
    from bot.app import build_application
    from bot.infra.logs import configure_logging

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    configure_logging(settings.log_level, settings.log_format, process=f"worker-{index + 1}")
    application = build_application(settings, primary=index == 0)
    tune_collector_after_init(application)
    logger.info("worker %d of %d starts", index + 1, workers)
    asyncio.run(serve_worker(application, updates))


# --- the front -------------------------------------------------------------------------------
WorkerTarget = Callable[..., None]


class Front:
    """Starts the workers and routes updates to them (`dispatch`)."""

    def __init__(
        self,
        settings: Settings,
        workers: int,
        *,
        target: WorkerTarget = _run_worker,
        extra_args: tuple[Any, ...] = (),
    ) -> None:
        if workers < 2:
            raise ValueError("a front needs at least two workers")
        self.workers = workers
        self._settings = worker_settings(settings, workers)
        self._target = target
        self._extra_args = extra_args
        self._pipes: list[Connection] = []
        self.processes: list[Any] = []

    def start(self) -> None:
        # spawn, not fork: a fork would copy the front's event loop and open sockets.
        context = multiprocessing.get_context("spawn")
        for index in range(self.workers):
            # Duplex: updates one way, the worker's READY the other.
            receiving, sending = context.Pipe(duplex=True)
            process = context.Process(
                target=self._target,
                args=(self._settings, index, self.workers, receiving, *self._extra_args),
                name=f"casewatch-worker-{index}",
            )
            process.start()
            receiving.close()  # the worker's end lives in the worker now
            self._pipes.append(sending)
            self.processes.append(process)

    def wait_ready(self, timeout: float = START_TIMEOUT) -> bool:
        """Until every worker has started (True), or one exits or `timeout` passes (False)."""
        deadline = time.monotonic() + timeout
        for pipe, process in zip(self._pipes, self.processes, strict=True):
            while not pipe.poll(0.1):
                if not process.is_alive() or time.monotonic() > deadline:
                    return False
            try:
                if pipe.recv_bytes() != READY:
                    return False
            except (EOFError, OSError):
                return False
        return True

    def dispatch(self, update: Update) -> None:
        """Hand `update` to its worker (a write to a pipe the worker drains at once)."""
        index = worker_of(update, self.workers)
        self._pipes[index].send_bytes(update.to_json().encode())

    def dead_worker(self) -> int | None:
        """The index of a worker that has exited, if any."""
        for index, process in enumerate(self.processes):
            if not process.is_alive():
                return index
        return None

    def stop(self, timeout: float = 30.0) -> bool:
        """Tell every worker to finish and stop; True when all stopped cleanly."""
        for pipe in self._pipes:
            with contextlib.suppress(OSError):
                pipe.send_bytes(STOP)
                pipe.close()
        clean = True
        for process in self.processes:
            process.join(timeout)
            if process.is_alive():
                logger.warning("%s did not stop in time; terminated", process.name)
                process.terminate()
                process.join()
            clean = clean and process.exitcode == 0
        return clean


async def run_front(settings: Settings, workers: int, *, request: BaseRequest | None = None) -> int:
    """`casewatch run` with WORKERS > 1: poll Telegram (or take the webhook) and route every
    update to its worker until SIGINT/SIGTERM or a worker's death; the exit status."""
    from bot.infra.logs import configure_logging

    assert settings.bot_token is not None
    configure_logging(settings.log_level, settings.log_format, process="front")
    settings.resolved_secret_key()  # generated once here, not raced by the workers
    bot = Bot(
        settings.bot_token.get_secret_value(),
        base_url=settings.telegram_api_url,
        request=request,
        get_updates_request=request,
    )
    queue: asyncio.Queue[object] = asyncio.Queue()
    front = Front(settings, workers)
    front.start()
    # Nothing is fetched from Telegram before every worker can serve it: a worker that cannot
    # start (database unreachable) leaves the updates with Telegram, unconfirmed.
    if not await asyncio.to_thread(front.wait_ready):
        logger.error("a worker did not start; stopping every process")
        await asyncio.to_thread(front.stop)
        return 1
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stopping.set)
    failed = False

    async def watch() -> None:
        nonlocal failed
        while not stopping.is_set():
            dead = front.dead_worker()
            if dead is not None:
                logger.error("worker %d exited; stopping every process", dead + 1)
                failed = True
                stopping.set()
                return
            await asyncio.sleep(WATCH_INTERVAL)

    async def route() -> None:
        while True:
            update = await queue.get()
            if isinstance(update, Update):
                front.dispatch(update)

    updater = Updater(bot=bot, update_queue=queue)
    tasks = [asyncio.create_task(watch()), asyncio.create_task(route())]
    try:
        async with updater:
            stop_receiving = await _receive(updater, settings, queue, front)
            logger.info("front: %d workers", workers)
            await stopping.wait()
            await stop_receiving()
            while not queue.empty():  # what was received is still handed over
                update = queue.get_nowait()
                if isinstance(update, Update):
                    with contextlib.suppress(OSError):  # a dead worker's pipe
                        front.dispatch(update)
    finally:
        for task in tasks:
            task.cancel()
        clean = await asyncio.to_thread(front.stop)
    return 1 if failed or not clean else 0


async def _receive(
    updater: Updater, settings: Settings, queue: asyncio.Queue[object], front: Front
) -> Callable[[], Awaitable[None]]:
    """Start receiving updates into `queue`: the webhook (with /healthz) when WEBHOOK_URL is
    set, else long polling (with /healthz when LISTEN_PORT is set); returns how to stop."""
    if not settings.webhook_url:
        await updater.start_polling(allowed_updates=Update.ALL_TYPES)
    if not settings.listen_port:
        return updater.stop
    from bot.web.webhook import bind_socket, build_front_app, make_server, register_webhook

    sock = bind_socket(settings.listen_host, settings.listen_port)
    server = make_server(build_front_app(updater.bot, queue, front, settings), "", 0)
    if settings.webhook_url:
        await register_webhook(updater.bot, settings)
    serving = asyncio.create_task(server.serve(sockets=[sock]))

    async def stop() -> None:
        server.should_exit = True
        await serving
        sock.close()
        if updater.running:
            await updater.stop()

    return stop
