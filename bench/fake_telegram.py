"""A fake Bot API server on loopback that enforces Telegram's limits by answering 429.

Run as `python -m bench.fake_telegram --port P [--rate 30 --per-chat 1.0 | --unlimited]`.
It answers getMe, sendMessage (a minimal Message) and anything else with `true`;
GET /stats returns how many messages it accepted, how many 429s it answered and the CPU time the
server process has used.

Limits: a token bucket of `rate` messages a second with a burst of `rate` across all chats, and
at least `per_chat` seconds between two messages to one chat (minus 50 ms of network jitter).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from urllib.parse import parse_qs


class Limits:
    def __init__(self, rate: float | None, per_chat: float | None) -> None:
        self.rate = rate
        self.per_chat = per_chat
        self.level = 0.0
        self.updated = time.monotonic()
        self.last_by_chat: dict[str, float] = {}
        self.accepted = 0
        self.refused = 0
        self.first: float | None = None
        self.last: float | None = None

    def admit(self, chat_id: str) -> float | None:
        """None when the message is accepted, else the retry_after to answer."""
        now = time.monotonic()
        if self.rate is not None:
            self.level = max(0.0, self.level - (now - self.updated) * self.rate)
            self.updated = now
            if self.level + 1 > self.rate:
                self.refused += 1
                return 1
        if self.per_chat is not None:
            last = self.last_by_chat.get(chat_id)
            if last is not None and now - last < self.per_chat - 0.05:
                self.refused += 1
                return 1
            self.last_by_chat[chat_id] = now
        if self.rate is not None:
            self.level += 1
        self.accepted += 1
        self.first = self.first or now
        self.last = now
        return None


class BotApiProtocol(asyncio.Protocol):
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.buffer = b""
        self.message_id = 0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            head_end = self.buffer.find(b"\r\n\r\n")
            if head_end < 0:
                return
            head = self.buffer[:head_end].decode("latin-1")
            length = 0
            for line in head.split("\r\n")[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value.strip())
            if len(self.buffer) < head_end + 4 + length:
                return
            body = self.buffer[head_end + 4 : head_end + 4 + length]
            self.buffer = self.buffer[head_end + 4 + length :]
            self.respond(head.split(" ", 2)[1], head, body)

    def respond(self, path: str, head: str, body: bytes) -> None:
        method = path.rsplit("/", 1)[-1]
        status = 200
        if method == "stats":
            payload: object = {
                "accepted": self.limits.accepted,
                "refused": self.limits.refused,
                "first": self.limits.first,
                "last": self.limits.last,
                # CPU of this process so far: the bench checks the server is not the bottleneck.
                "cpu": time.process_time(),
            }
        elif method == "getMe":
            payload = {
                "ok": True,
                "result": {"id": 1, "is_bot": True, "first_name": "Bench", "username": "bench_bot"},
            }
        elif method == "sendMessage":
            if "application/json" in head.lower():
                params = json.loads(body or b"{}")
                chat_id = str(params.get("chat_id"))
            else:
                chat_id = parse_qs(body.decode())["chat_id"][0]
            retry_after = self.limits.admit(chat_id)
            if retry_after is not None:
                status = 429
                payload = {
                    "ok": False,
                    "error_code": 429,
                    "description": f"Too Many Requests: retry after {retry_after}",
                    "parameters": {"retry_after": retry_after},
                }
            else:
                self.message_id += 1
                payload = {
                    "ok": True,
                    "result": {
                        "message_id": self.message_id,
                        "date": int(time.time()),
                        "chat": {"id": int(chat_id), "type": "private"},
                        "text": "ok",
                    },
                }
        else:
            payload = {"ok": True, "result": True}
        data = json.dumps(payload).encode()
        reason = "OK" if status == 200 else "Too Many Requests"
        self.transport.write(
            f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(data)}\r\nConnection: keep-alive\r\n\r\n".encode()
            + data
        )


async def serve(port: int, limits: Limits) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: BotApiProtocol(limits), "127.0.0.1", port)
    print(f"listening on 127.0.0.1:{port}", flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--rate", type=float, default=30.0)
    parser.add_argument("--per-chat", type=float, default=1.0)
    parser.add_argument("--unlimited", action="store_true")
    args = parser.parse_args()
    limits = Limits(None, None) if args.unlimited else Limits(args.rate, args.per_chat)
    asyncio.run(serve(args.port, limits))


if __name__ == "__main__":
    main()
