"""An offline Bot API: a `BaseRequest` that answers calls locally and records them.

Used by the test suite and by `casewatch console`. It refuses what Telegram refuses (malformed or
unsupported HTML, text over 4,096 UTF-16 code units (as Telegram counts), callback_data over 64
bytes, an edit that changes nothing, a delete of an unknown message), so such bugs fail tests
instead of reaching users. Every refusal is also kept in `refusals`, for tests that assert none,
and every call made while a handler's transaction is open in `inside_transaction` (the test
harness fails a test that leaves one).
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from telegram import CallbackQuery, Chat, InlineKeyboardMarkup, Message, Update, User
from telegram.request import BaseRequest, RequestData

from bot.infra.context import open_transaction
from bot.ui.textlimits import utf16_length

BOT_ID = 7000000001
BOT_USERNAME = "CaseWatchBot"
MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64

_ALLOWED_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "span",
    "tg-spoiler",
    "tg-emoji",
    "blockquote",
}
_TOKEN = re.compile(r"<[^<>]*>|&[^&;<>\s]*;|[<>&]")
_TAG = re.compile(
    r"<(/?)([a-zA-Z][\w-]*)((?:\s+[\w-]+(?:=\"[^\"]*\"|='[^']*'|=[^\s>]+)?)*)\s*(/?)>"
)
_NAMED_ENTITIES = {"&lt;", "&gt;", "&amp;", "&quot;"}


class TelegramRefusal(Exception):
    """What the real Bot API would answer with ok=false."""

    def __init__(self, description: str, code: int = 400) -> None:
        super().__init__(description)
        self.description = description
        self.code = code


def html_visible_text(text: str) -> str:
    """Validate Telegram HTML as the Bot API does and return the text a user would see."""
    out: list[str] = []
    stack: list[str] = []
    pos = 0
    for match in _TOKEN.finditer(text):
        out.append(text[pos : match.start()])
        pos = match.end()
        token = match.group(0)
        if token.startswith("&") and token.endswith(";"):
            if token in _NAMED_ENTITIES or re.fullmatch(r"&#(\d+|x[0-9a-fA-F]+);", token):
                out.append(html.unescape(token))
                continue
            raise TelegramRefusal(f"Bad Request: can't parse entities: unsupported entity {token}")
        if token in ("<", ">", "&"):
            raise TelegramRefusal(
                f"Bad Request: can't parse entities: unescaped {token!r} at byte offset "
                f"{len(text[: match.start()].encode())}"
            )
        tag = _TAG.fullmatch(token)
        if tag is None:
            raise TelegramRefusal(f"Bad Request: can't parse entities: bad tag {token}")
        closing, name, _attrs, _selfclose = tag.groups()
        name = name.lower()
        if name not in _ALLOWED_TAGS:
            raise TelegramRefusal(
                f'Bad Request: can\'t parse entities: unsupported start tag "{name}"'
            )
        if closing:
            if not stack or stack[-1] != name:
                raise TelegramRefusal(
                    f'Bad Request: can\'t parse entities: unmatched end tag "{name}"'
                )
            stack.pop()
        else:
            stack.append(name)
    out.append(text[pos:])
    if stack:
        raise TelegramRefusal(f'Bad Request: can\'t parse entities: unclosed tag "{stack[-1]}"')
    return "".join(out)


def _check_markup(markup: Any) -> None:
    if not markup:
        return
    if isinstance(markup, str):
        markup = json.loads(markup)
    for row in markup.get("inline_keyboard", []):
        for button in row:
            if not button.get("text"):
                raise TelegramRefusal(
                    "Bad Request: text buttons are unallowed in the inline keyboard"
                )
            data = button.get("callback_data")
            if data is not None and not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA:
                raise TelegramRefusal("Bad Request: BUTTON_DATA_INVALID")


MAX_INLINE_RESULTS = 50


def inline_results(results: Any) -> list[dict[str, Any]]:
    """The results of an answerInlineQuery call as dicts (they arrive JSON-encoded)."""
    if isinstance(results, str):
        results = json.loads(results)
    return list(results or [])


def _check_inline_results(raw: Any) -> None:
    results = inline_results(raw)
    if len(results) > MAX_INLINE_RESULTS:
        raise TelegramRefusal("Bad Request: RESULTS_TOO_MUCH")
    if len({r.get("id") for r in results}) != len(results):
        raise TelegramRefusal("Bad Request: RESULT_ID_DUPLICATE")
    for result in results:
        if not 1 <= len(str(result.get("id", "")).encode()) <= 64:
            raise TelegramRefusal("Bad Request: RESULT_ID_INVALID")
        content = result.get("input_message_content") or {}
        text = content.get("message_text", "")
        visible = html_visible_text(text) if content.get("parse_mode") == "HTML" else text
        if not visible.strip() or utf16_length(visible) > MAX_TEXT:
            raise TelegramRefusal("Bad Request: MESSAGE_TOO_LONG")
        _check_markup(result.get("reply_markup"))


@dataclass
class SentMessage:
    chat_id: int
    message_id: int
    text: str
    reply_markup: dict[str, Any] | None
    method: str
    params: dict[str, Any]
    #: Files uploaded with the message (multipart InputFile): field name → bytes.
    files: dict[str, bytes] = field(default_factory=dict)

    @property
    def buttons(self) -> list[tuple[str, str]]:
        """(text, callback_data or url) of every inline button, row by row."""
        if not self.reply_markup:
            return []
        return [
            (b["text"], b.get("callback_data") or b.get("url") or "")
            for row in self.reply_markup.get("inline_keyboard", [])
            for b in row
        ]


@dataclass
class OfflineBotAPI(BaseRequest):
    """Answers Bot API methods in-process and records every call in `calls`."""

    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    messages: dict[tuple[int, int], SentMessage] = field(default_factory=dict)
    #: Messages users sent to the bot (chat id, message id): the bot may delete them too.
    received: set[tuple[int, int]] = field(default_factory=set)
    on_message: Callable[[SentMessage], None] | None = None
    #: Seconds every call waits before it is answered, as a round trip to Telegram would
    #: (benchmarks and concurrency tests); `jitter` adds up to that many seconds at random.
    latency: float = 0.0
    jitter: float = 0.0
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1000))
    _failures: dict[int, list[tuple[int, int | None, str | None]]] = field(default_factory=dict)
    #: (method, description) of every call refused as Telegram would (not scripted failures).
    refusals: list[tuple[str, str]] = field(default_factory=list)
    #: (method, handler) of every call made while a handler's transaction was open
    #: (bot/infra/context.py `open_transaction`): a round trip must never hold a transaction.
    inside_transaction: list[tuple[str, str]] = field(default_factory=list)

    def fail_next(
        self,
        chat_id: int,
        code: int,
        retry_after: int | None = None,
        description: str | None = None,
        times: int = 1,
    ) -> None:
        """Script the next `times` messages to `chat_id` to fail as Telegram would answer:
        429 (with retry_after), 403 (blocked by the user), 502 (a network error) or any code."""
        self._failures.setdefault(chat_id, []).extend([(code, retry_after, description)] * times)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    @property
    def read_timeout(self) -> float | None:
        return 1.0

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
        api_method = url.rsplit("/", 1)[-1]
        handler = open_transaction.get()
        if handler is not None:
            self.inside_transaction.append((api_method, handler))
        params = dict(request_data.parameters) if request_data else {}
        files: dict[str, bytes] = {}
        if request_data is not None and request_data.contains_files:
            # Uploaded files travel as multipart parts, as they do to Telegram.
            for name, part in request_data.multipart_data.items():
                content = part[1] if isinstance(part, tuple) else part
                files[name] = content if isinstance(content, bytes) else content.read()
        return await self.answer(api_method, params, files)

    async def answer(
        self, api_method: str, params: dict[str, Any], files: dict[str, bytes] | None = None
    ) -> tuple[int, bytes]:
        """Answer one Bot API call as Telegram would: (HTTP status, JSON body). Also what a
        loopback HTTP server serves (tests/test_kill9.py runs a real `casewatch run`)."""
        if self.latency or self.jitter:
            await asyncio.sleep(self.latency + random.uniform(0, self.jitter))
        self.calls.append((api_method, params))
        scripted = self._scripted_failure(params)
        if scripted is not None:
            return scripted
        try:
            result = self._answer(api_method, params, files or {})
        except TelegramRefusal as refusal:
            self.refusals.append((api_method, refusal.description))
            body = {"ok": False, "error_code": refusal.code, "description": refusal.description}
            return refusal.code, json.dumps(body).encode()
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def _scripted_failure(self, params: dict[str, Any]) -> tuple[int, bytes] | None:
        try:
            chat_id = int(params.get("chat_id", ""))
        except ValueError:
            return None
        queue = self._failures.get(chat_id)
        if not queue:
            return None
        code, retry_after, description = queue.pop(0)
        defaults = {
            429: f"Too Many Requests: retry after {retry_after}",
            403: "Forbidden: bot was blocked by the user",
            502: "Bad Gateway",
        }
        body: dict[str, Any] = {
            "ok": False,
            "error_code": code,
            "description": description or defaults.get(code, f"Error {code}"),
        }
        if retry_after is not None:
            body["parameters"] = {"retry_after": retry_after}
        return code, json.dumps(body).encode()

    # --- what the recording offers to tests -------------------------------------------------
    def sent(self, method: str | None = None) -> list[dict[str, Any]]:
        return [p for m, p in self.calls if method is None or m == method]

    def last_message(self, chat_id: int | None = None) -> SentMessage:
        candidates = [m for m in self.messages.values() if chat_id in (None, m.chat_id)]
        return max(candidates, key=lambda m: m.message_id)

    def clear(self) -> None:
        self.calls.clear()

    def receive(self, chat_id: int, message_id: int) -> None:
        """Note a message a user sent in `chat_id`, so that deleting it behaves as on Telegram."""
        self.received.add((chat_id, message_id))

    def deleted(self) -> list[tuple[int, int]]:
        """(chat id, message id) of every message deleted so far, by either delete method."""
        out: list[tuple[int, int]] = []
        for method, params in self.calls:
            if method == "deleteMessage":
                out.append((int(params["chat_id"]), int(params["message_id"])))
            elif method == "deleteMessages":
                ids = params["message_ids"]
                ids = json.loads(ids) if isinstance(ids, str) else ids
                out.extend((int(params["chat_id"]), int(i)) for i in ids)
        return out

    # --- the fake Bot API --------------------------------------------------------------------
    def _answer(
        self, method: str, params: dict[str, Any], files: dict[str, bytes] | None = None
    ) -> Any:
        if method == "getMe":
            return {
                "id": BOT_ID,
                "is_bot": True,
                "first_name": "CaseWatch",
                "username": BOT_USERNAME,
                "can_join_groups": True,
                "can_read_all_group_messages": False,
                "supports_inline_queries": True,
            }
        if method in ("sendMessage", "editMessageText"):
            return self._text_message(method, params)
        if method in ("sendPhoto", "sendDocument"):
            return self._media_message(method, params, files or {})
        if method == "editMessageReplyMarkup":
            key = (int(params["chat_id"]), int(params["message_id"]))
            stored = self.messages.get(key)
            if stored is None:
                raise TelegramRefusal("Bad Request: message to edit not found")
            markup = params.get("reply_markup")
            if markup == stored.reply_markup:
                raise TelegramRefusal("Bad Request: message is not modified")
            stored.reply_markup = markup
            return self._message_json(stored)
        if method == "deleteMessage":
            key = (int(params["chat_id"]), int(params["message_id"]))
            if not self._known(key):
                raise TelegramRefusal("Bad Request: message to delete not found")
            self._forget(key)
            return True
        if method == "deleteMessages":
            return self._delete_messages(params)
        if method == "answerInlineQuery":
            _check_inline_results(params.get("results"))
            return True
        if method in (
            "answerCallbackQuery",
            "setMyCommands",
            "deleteMyCommands",
            "deleteWebhook",
            "setWebhook",
            "setChatMenuButton",
            "setMyDescription",
            "sendChatAction",
        ):
            if method == "answerCallbackQuery" and utf16_length(params.get("text") or "") > 200:
                raise TelegramRefusal("Bad Request: MESSAGE_TOO_LONG")
            return True
        if method == "getUpdates":
            return []
        raise TelegramRefusal(f"Not Found: method {method} is not known offline", code=404)

    def _known(self, key: tuple[int, int]) -> bool:
        return key in self.messages or key in self.received

    def _forget(self, key: tuple[int, int]) -> None:
        self.messages.pop(key, None)
        self.received.discard(key)

    def _delete_messages(self, params: dict[str, Any]) -> bool:
        """deleteMessages: 1 to 100 ids; refused as a whole, deleting nothing, when one of them
        is unknown (stricter than Telegram, which skips those silently, so bugs show)."""
        chat_id = int(params["chat_id"])
        ids = params.get("message_ids")
        ids = json.loads(ids) if isinstance(ids, str) else ids
        if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
            raise TelegramRefusal("Bad Request: message_ids must contain 1-100 identifiers")
        keys = [(chat_id, int(i)) for i in ids]
        if not all(self._known(key) for key in keys):
            raise TelegramRefusal("Bad Request: message to delete not found")
        for key in keys:
            self._forget(key)
        return True

    def _text_message(self, method: str, params: dict[str, Any]) -> Any:
        text = params.get("text", "")
        visible = html_visible_text(text) if params.get("parse_mode") == "HTML" else text
        if not visible.strip():
            raise TelegramRefusal("Bad Request: message text is empty")
        if utf16_length(visible) > MAX_TEXT:
            raise TelegramRefusal("Bad Request: message is too long")
        markup = params.get("reply_markup")
        _check_markup(markup)
        chat_id = int(params["chat_id"])
        if method == "editMessageText":
            key = (chat_id, int(params["message_id"]))
            stored = self.messages.get(key)
            if stored is None:
                raise TelegramRefusal("Bad Request: message to edit not found")
            if stored.text == text and stored.reply_markup == markup:
                raise TelegramRefusal(
                    "Bad Request: message is not modified: specified new message content and "
                    "reply markup are exactly the same as a current content and reply markup "
                    "of the message"
                )
            stored.text, stored.reply_markup, stored.params = text, markup, params
        else:
            stored = SentMessage(chat_id, next(self._ids), text, markup, method, params)
            self.messages[(chat_id, stored.message_id)] = stored
        if self.on_message is not None:
            self.on_message(stored)
        return self._message_json(stored)

    def _media_message(self, method: str, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        field_name = "photo" if method == "sendPhoto" else "document"
        if not params.get(field_name) and field_name not in files:
            raise TelegramRefusal(f"Bad Request: there is no {field_name} in the request")
        caption = params.get("caption") or ""
        visible = html_visible_text(caption) if params.get("parse_mode") == "HTML" else caption
        if utf16_length(visible) > MAX_CAPTION:
            raise TelegramRefusal("Bad Request: message caption is too long")
        markup = params.get("reply_markup")
        _check_markup(markup)
        chat_id = int(params["chat_id"])
        stored = SentMessage(chat_id, next(self._ids), caption, markup, method, params, files)
        self.messages[(chat_id, stored.message_id)] = stored
        if self.on_message is not None:
            self.on_message(stored)
        return self._message_json(stored)

    @staticmethod
    def _message_json(stored: SentMessage) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": stored.message_id,
            "date": int(time.time()),
            "chat": {
                "id": stored.chat_id,
                "type": "private" if stored.chat_id > 0 else "supergroup",
            },
            "from": {
                "id": BOT_ID,
                "is_bot": True,
                "first_name": "CaseWatch",
                "username": BOT_USERNAME,
            },
        }
        if stored.method in ("sendMessage", "editMessageText"):
            message["text"] = (
                html_visible_text(stored.text)
                if stored.params.get("parse_mode") == "HTML"
                else stored.text
            )
        # Telegram echoes only inline keyboards (not force_reply or reply keyboards).
        if stored.reply_markup and "inline_keyboard" in stored.reply_markup:
            message["reply_markup"] = stored.reply_markup
        return message


@dataclass
class UpdateFactory:
    """Builds the updates a Telegram user would produce, in a private chat with the bot."""

    user_id: int
    first_name: str = "Aigerim"
    username: str | None = "aigerim_kz"
    language_code: str | None = "en"
    #: A group chat (negative id) to write in instead of the private chat with the bot.
    chat_id: int | None = None
    _update_ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _message_ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    def tg_user(self) -> User:
        return User(
            id=self.user_id,
            is_bot=False,
            first_name=self.first_name,
            username=self.username,
            language_code=self.language_code,
        )

    def chat(self) -> Chat:
        if self.chat_id is not None and self.chat_id < 0:
            return Chat(id=self.chat_id, type=Chat.SUPERGROUP, title="Moderators")
        return Chat(id=self.user_id, type=Chat.PRIVATE, first_name=self.first_name)

    def _message(self, **kwargs: Any) -> Message:
        import datetime as dt

        # a message sent on another day (a year-less post is read as of its message's day)
        sent_at = kwargs.pop("date", None) or dt.datetime.now(dt.UTC)
        return Message(
            message_id=next(self._message_ids) + 500_000,
            date=sent_at,
            chat=self.chat(),
            from_user=self.tg_user(),
            **kwargs,
        )

    def text(self, text: str, reply_to: SentMessage | None = None) -> Update:
        """A text message; `reply_to` makes it a reply to a message of the bot."""
        from telegram import MessageEntity

        entities = []
        if text.startswith("/"):
            command = text.split()[0]
            entities.append(MessageEntity(MessageEntity.BOT_COMMAND, 0, len(command)))
        extra: dict[str, Any] = {}
        if reply_to is not None:
            extra["reply_to_message"] = self._bot_message(reply_to)
        return Update(
            next(self._update_ids), message=self._message(text=text, entities=entities, **extra)
        )

    def _bot_message(self, message: SentMessage, **kwargs: Any) -> Message:
        import datetime as dt

        bot = User(id=BOT_ID, is_bot=True, first_name="CaseWatch", username=BOT_USERNAME)
        return Message(
            message_id=message.message_id,
            date=dt.datetime.now(dt.UTC),
            chat=self.chat(),
            from_user=bot,
            text=html_visible_text(message.text),
            reply_markup=InlineKeyboardMarkup.de_json(message.reply_markup, None)
            if message.reply_markup
            else None,
            **kwargs,
        )

    def message(self, **kwargs: Any) -> Update:
        """Any other message: photo=..., document=..., sticker=..., voice=..., date=..."""
        return Update(next(self._update_ids), message=self._message(**kwargs))

    def inline(self, query: str, offset: str = "") -> Update:
        """Typing `@bot <query>` in any chat."""
        from telegram import InlineQuery

        inline_query = InlineQuery(
            id=str(next(self._update_ids)), from_user=self.tg_user(), query=query, offset=offset
        )
        return Update(next(self._update_ids), inline_query=inline_query)

    def press(
        self, data: str, message: SentMessage | None = None, forward_origin: Any = None
    ) -> Update:
        """A press of an inline button carrying `data` on `message` (a bot message);
        `forward_origin` makes that message a forwarded copy."""
        import datetime as dt

        bot = User(id=BOT_ID, is_bot=True, first_name="CaseWatch", username=BOT_USERNAME)
        origin = Message(
            message_id=message.message_id if message else 1,
            date=dt.datetime.now(dt.UTC),
            chat=self.chat(),
            from_user=bot,
            text=html_visible_text(message.text) if message else "…",
            reply_markup=InlineKeyboardMarkup.de_json(message.reply_markup, None)
            if message and message.reply_markup
            else None,
            forward_origin=forward_origin,
        )
        query = CallbackQuery(
            id=str(next(self._update_ids)),
            from_user=self.tg_user(),
            chat_instance="offline",
            data=data,
            message=origin,
        )
        return Update(next(self._update_ids), callback_query=query)
