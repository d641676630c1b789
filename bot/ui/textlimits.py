"""Telegram's length limits, counted as Telegram counts them, and HTML shortened safely.

Invariants:
- Telegram measures text in UTF-16 code units (an emoji outside the BMP counts 2), after
  parsing HTML: `visible_length()` counts exactly that.
- `shorten_html()` cuts only between tokens (never inside a tag or an entity such as `&amp;`),
  closes every tag still open, and returns text whose visible length fits the limit.
"""

from __future__ import annotations

import html
import re

#: sendMessage / editMessageText.
MESSAGE_LIMIT = 4096
#: Captions of photos and documents.
CAPTION_LIMIT = 1024

_TOKEN = re.compile(r"<[^<>]*>|&[^&;<>\s]*;")
_TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z][\w-]*)")
ELLIPSIS = "…"


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units, as Telegram counts it."""
    return len(text.encode("utf-16-le")) // 2


def visible_length(html_text: str) -> int:
    """UTF-16 length of what a user sees once the HTML is parsed."""
    return utf16_length(html.unescape(re.sub(r"<[^<>]*>", "", html_text)))


def clip_plain(text: str, limit: int) -> str:
    """Plain text cut to `limit` UTF-16 units, ending in "…" when cut (never half a pair)."""
    if utf16_length(text) <= limit:
        return text
    out: list[str] = []
    used = 0
    for char in text:
        size = 2 if ord(char) > 0xFFFF else 1
        if used + size > limit - 1:
            break
        out.append(char)
        used += size
    return "".join(out).rstrip() + ELLIPSIS


def shorten_html(html_text: str, limit: int = MESSAGE_LIMIT) -> str:
    """`html_text` shortened so that its visible text fits `limit` UTF-16 units: cut at a token
    boundary, "…" appended, open tags closed in order."""
    if visible_length(html_text) <= limit:
        return html_text
    budget = limit - 1  # room for the ellipsis
    out: list[str] = []
    open_tags: list[str] = []
    used = 0
    position = 0
    for match in [*_TOKEN.finditer(html_text), None]:
        end = match.start() if match is not None else len(html_text)
        for char in html_text[position:end]:
            size = 2 if ord(char) > 0xFFFF else 1
            if used + size > budget:
                return _close("".join(out).rstrip() + ELLIPSIS, open_tags)
            out.append(char)
            used += size
        if match is None:
            break
        token = match.group(0)
        position = match.end()
        if token.startswith("&"):
            size = utf16_length(html.unescape(token))
            if used + size > budget:
                return _close("".join(out).rstrip() + ELLIPSIS, open_tags)
            out.append(token)
            used += size
            continue
        name = _TAG_NAME.match(token)
        if name is not None and not token.endswith("/>"):
            closing, tag = name.group(1), name.group(2).lower()
            if closing:
                if tag in open_tags:
                    # Close back to it (well-formed input closes the innermost one).
                    while open_tags and open_tags.pop() != tag:
                        pass
            else:
                open_tags.append(tag)
        out.append(token)
    return _close("".join(out), open_tags)


def _close(text: str, open_tags: list[str]) -> str:
    return text + "".join(f"</{tag}>" for tag in reversed(open_tags))
