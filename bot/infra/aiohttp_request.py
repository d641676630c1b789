"""A python-telegram-bot `BaseRequest` over aiohttp, for the alert worker.

PTB's default HTTPXRequest costs a few milliseconds of CPU per request once dozens of
connections are pooled (httpcore scans its whole pool on every request); aiohttp's connector
and C parser keep a broadcast of thousands of messages a second within one core. Alerts carry
no files, so only JSON requests are supported.
"""

from __future__ import annotations

import asyncio
import json

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData
from yarl import URL

_JSON = {"Content-Type": "application/json"}


class AiohttpRequest(BaseRequest):
    def __init__(
        self,
        connection_pool_size: int = 64,
        read_timeout: float = 10.0,
        connect_timeout: float = 5.0,
    ) -> None:
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._connect_timeout = connect_timeout
        self._session: aiohttp.ClientSession | None = None
        # The worker posts to one or two URLs; parsing each anew costs more than the send.
        self._urls: dict[str, URL] = {}

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size),
                timeout=aiohttp.ClientTimeout(
                    sock_read=self._read_timeout, sock_connect=self._connect_timeout
                ),
            )

    async def shutdown(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if request_data is not None and request_data.contains_files:
            raise NetworkError("AiohttpRequest does not upload files")
        await self.initialize()
        assert self._session is not None
        # A JSON body, as the Bot API accepts for everything but uploads: one C-speed json.dumps
        # instead of URL-encoding each parameter (a tenth of the worker's CPU per alert).
        body = json.dumps(request_data.parameters).encode() if request_data else None
        target = self._urls.get(url)
        if target is None:
            target = self._urls[url] = URL(url)
        try:
            async with self._session.request(
                method, target, data=body, headers=_JSON if body is not None else None
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:
            raise TimedOut("aiohttp: timed out") from error
        except (aiohttp.ClientError, asyncio.IncompleteReadError, OSError) as error:
            raise NetworkError(f"aiohttp: {error!r}") from error
