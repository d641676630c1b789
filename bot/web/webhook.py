"""The bot's own small web server: Telegram's webhook and `/healthz`.

Modelled on python-telegram-bot's "customwebhookbot" example: a Starlette app served by uvicorn
puts each update on `application.update_queue`. Telegram sends the secret given to setWebhook in
the X-Telegram-Bot-Api-Secret-Token header; a request without the right one gets 403 and its
body is never parsed. `/healthz` answers 200 when the bot is running and the database answers.

In polling mode the same server (without the webhook route) serves `/healthz` when LISTEN_PORT
is not 0, so a container health check works in both modes.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import re
import signal
import socket
from collections.abc import Awaitable, Callable, Generator
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import uvicorn
from sqlalchemy import text
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from telegram import Bot, Update
from telegram.ext import Application

from bot.infra.config import Settings
from bot.infra.context import resources

if TYPE_CHECKING:
    from bot.infra.front import Front

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 (a header name)
#: Telegram updates are small; anything larger is not from Telegram.
MAX_BODY_BYTES = 1024 * 1024

AnyApplication = Application[Any, Any, Any, Any, Any, Any]


def webhook_path(settings: Settings) -> str:
    """The path part of WEBHOOK_URL (behind a reverse proxy it is what reaches us)."""
    assert settings.webhook_url is not None
    return urlsplit(settings.webhook_url).path or "/"


def build_web_app(application: AnyApplication, settings: Settings) -> Starlette:
    """`/healthz`, and the webhook route when WEBHOOK_URL is set."""

    async def healthz(request: Request) -> Response:
        """200 when the bot runs and its database answers; 503 otherwise."""
        if not application.running:
            return JSONResponse({"status": "starting"}, status_code=503)
        try:
            async with resources(application).sessionmaker() as session:
                await asyncio.wait_for(session.execute(text("SELECT 1")), timeout=5)
        except Exception:
            logger.warning("health check: the database does not answer", exc_info=True)
            return JSONResponse({"status": "database unavailable"}, status_code=503)
        return JSONResponse({"status": "ok"})

    return _web_app(settings, application.bot, application.update_queue, healthz)


def build_front_app(
    bot: Bot, queue: asyncio.Queue[object], front: Front, settings: Settings
) -> Starlette:
    """The same routes for the front of several workers (bot/infra/front.py): updates go to
    the front's queue; `/healthz` is 200 while every worker is alive (each checks its database
    as it works; the front opens none)."""

    async def healthz(request: Request) -> Response:
        dead = front.dead_worker()
        if dead is not None:
            return JSONResponse({"status": f"worker {dead + 1} exited"}, status_code=503)
        return JSONResponse({"status": "ok", "workers": front.workers})

    return _web_app(settings, bot, queue, healthz)


def _web_app(
    settings: Settings,
    bot: Bot,
    queue: asyncio.Queue[Any],
    healthz: Callable[[Request], Awaitable[Response]],
) -> Starlette:
    secret = settings.webhook_secret.get_secret_value().encode() if settings.webhook_secret else b""

    async def telegram(request: Request) -> Response:
        """One update from Telegram, checked against the secret, queued for the Application."""
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not secret or not hmac.compare_digest(given, secret):
            logger.warning("webhook request refused: wrong or missing secret token")
            return PlainTextResponse("forbidden", status_code=403)
        declared = request.headers.get("content-length")
        if declared is not None:
            if not re.fullmatch(r"[0-9]+", declared):
                return PlainTextResponse("bad request", status_code=400)
            if len(declared) > len(str(MAX_BODY_BYTES)) or int(declared) > MAX_BODY_BYTES:
                return PlainTextResponse("too large", status_code=413)
        # Streamed with a running count: a chunked body (no Content-Length) is cut off at the
        # limit instead of being read whole into memory first.
        body = bytearray()
        async for chunk in request.stream():
            body.extend(chunk)
            if len(body) > MAX_BODY_BYTES:
                return PlainTextResponse("too large", status_code=413)
        try:
            data = json.loads(body)
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                raise ValueError("not an update")
            update = Update.de_json(data, bot)
        except Exception as problem:
            # Whatever the body makes the parsers raise ("date": 1e20 overflows, nesting
            # 400,000 deep recurses): it is not an update Telegram sent. Only the type is
            # logged, never the body.
            logger.warning("webhook request refused: not an update (%s)", type(problem).__name__)
            return PlainTextResponse("bad request", status_code=400)
        await queue.put(update)
        return Response(status_code=200)

    routes = [Route("/healthz", healthz, methods=["GET"])]
    if settings.webhook_url:
        routes.append(Route(webhook_path(settings), telegram, methods=["POST"]))
    return Starlette(routes=routes)


class Server(uvicorn.Server):
    """uvicorn without its signal handling: uvicorn re-raises SIGTERM after serving, which
    would kill the process before the bot has shut down. `serve_until_signal` handles them."""

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield


def make_server(web_app: Starlette, host: str, port: int) -> Server:
    config = uvicorn.Config(
        web_app, host=host, port=port, log_config=None, access_log=False, lifespan="off"
    )
    return Server(config)


def bind_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)
    return sock


async def serve_until_signal(server: Server, sock: socket.socket) -> None:
    """Serve until SIGINT or SIGTERM (or until the server stops by itself)."""
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, lambda: setattr(server, "should_exit", True))
    try:
        await server.serve(sockets=[sock])
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):
                loop.remove_signal_handler(sig)


async def register_webhook(bot: Bot, settings: Settings) -> None:
    """Tell Telegram where to post updates (WEBHOOK_URL) and the secret they must carry."""
    assert settings.webhook_url is not None and settings.webhook_secret is not None
    await bot.set_webhook(
        url=settings.webhook_url,
        secret_token=settings.webhook_secret.get_secret_value(),
        allowed_updates=Update.ALL_TYPES,
        drop_pending_updates=False,
    )


async def run_with_server(application: AnyApplication, settings: Settings) -> None:
    """Run the bot with its web server: by webhook when WEBHOOK_URL is set, else polling with
    `/healthz` alongside. Returns after a clean shutdown on SIGINT/SIGTERM."""
    sock = bind_socket(settings.listen_host, settings.listen_port)
    server = make_server(build_web_app(application, settings), settings.listen_host, 0)
    async with application:
        if application.post_init:
            await application.post_init(application)
        if settings.webhook_url:
            await register_webhook(application.bot, settings)
            logger.info(
                "webhook set; listening on %s:%s", settings.listen_host, settings.listen_port
            )
        else:
            assert application.updater is not None
            await application.bot.delete_webhook()
            await application.updater.start_polling(allowed_updates=Update.ALL_TYPES)
            logger.info("polling; /healthz on %s:%s", settings.listen_host, settings.listen_port)
        await application.start()
        try:
            await serve_until_signal(server, sock)
        finally:
            if application.updater is not None and application.updater.running:
                await application.updater.stop()
            await application.stop()
            if application.post_stop:
                await application.post_stop(application)
        # `async with` shuts the application down; post_shutdown closes the database.
    if application.post_shutdown:
        await application.post_shutdown(application)
    sock.close()
