"""What every response of the catalogue carries, and who may ask how often.

SecurityHeaders sets a strict Content-Security-Policy (own origin only, no script at all, no
inline style), refuses to be framed, sends no referrer, drops any Set-Cookie (the catalogue
keeps no state about readers) and, with WEB_NOINDEX, asks search engines not to index.

RateLimit is a token bucket per client address, in process: WEB_RATE requests a second on
average with bursts of WEB_BURST; over it, 429 with Retry-After. Behind a reverse proxy run
uvicorn with --proxy-headers/--forwarded-allow-ips so the client address is the reader's.
Buckets of clients not seen for a while are forgotten (the table is bounded).
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; img-src 'self'; style-src 'self'; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
_HEADERS = {
    b"content-security-policy": CONTENT_SECURITY_POLICY.encode(),
    b"x-content-type-options": b"nosniff",
    b"x-frame-options": b"DENY",
    b"referrer-policy": b"no-referrer",
    b"cross-origin-opener-policy": b"same-origin",
    b"cross-origin-resource-policy": b"same-origin",
    b"permissions-policy": b"camera=(), microphone=(), geolocation=(), interest-cohort=()",
}


class SecurityHeaders:
    def __init__(self, app: ASGIApp, *, noindex: bool = False, hsts: bool = False) -> None:
        self.app = app
        self.extra = dict(_HEADERS)
        if noindex:
            self.extra[b"x-robots-tag"] = b"noindex, nofollow"
        if hsts:
            self.extra[b"strict-transport-security"] = b"max-age=31536000"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (name, value)
                    for name, value in message.get("headers", [])
                    if name.lower() != b"set-cookie" and name.lower() not in self.extra
                ]
                headers += list(self.extra.items())
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class RateLimit:
    """Token buckets keyed by client address (at most `max_clients` remembered)."""

    def __init__(self, app: ASGIApp, *, rate: float, burst: int, max_clients: int = 50_000) -> None:
        self.app = app
        self.rate = rate
        self.burst = float(burst)
        self.max_clients = max_clients
        self.buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def allow(self, client: str, now: float | None = None) -> float:
        """0 when a request may go ahead now (a token taken), else seconds to wait."""
        now = time.monotonic() if now is None else now
        tokens, last = self.buckets.pop(client, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        wait = 0.0
        if tokens >= 1:
            tokens -= 1
        else:
            wait = (1 - tokens) / self.rate
        self.buckets[client] = (tokens, now)
        while len(self.buckets) > self.max_clients:
            self.buckets.popitem(last=False)
        return wait

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path") == "/healthz":
            await self.app(scope, receive, send)
            return
        client: Any = scope.get("client")
        wait = self.allow(client[0] if client else "")
        if not wait:
            await self.app(scope, receive, send)
            return
        await send(
            {
                "type": "http.response.start",
                "status": 429,
                "headers": [
                    (b"content-type", b"text/plain; charset=utf-8"),
                    (b"retry-after", str(math.ceil(wait)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": b"Too many requests.\n"})
