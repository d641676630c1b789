"""Atom (RFC 4287) feeds of verdicts and appeal rulings, built with ElementTree so that every
text is escaped as XML; characters XML 1.0 forbids (control characters a hostile report could
carry) are dropped first, so the feed always parses."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

from bot.infra.i18n import _, current_language
from bot.ui.labels import EVENTS, charge_label
from bot.ui.render import format_date, sentence_line
from db.catalogue import FeedEntry

ATOM = "http://www.w3.org/2005/Atom"
ET.register_namespace("", ATOM)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(value: object) -> str:
    return _NOT_XML.sub("", str(value))


def _add(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {k: xml_text(v) for k, v in attrs.items()})
    if text is not None:
        element.text = xml_text(text)
    return element


def _stamp(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def entry_title(entry: FeedEntry) -> str:
    event = entry.event
    return f"{entry.case.person.name_as_entered}: {_(EVENTS[event.kind])}, " + format_date(
        event.event_date
    )


def entry_summary(entry: FeedEntry) -> str:
    event, case = entry.event, entry.case
    lines = [charge_label(c.article, c.part, c.title) for c in case.charges]
    if event.court:
        lines.append(event.court)
    lines += [sentence_line(part) for part in event.sentence]
    if event.outcome:
        lines.append(event.outcome)
    return "\n".join(lines)


def atom_feed(
    *,
    title: str,
    self_url: str,
    page_url: str,
    base: str,
    entries: list[FeedEntry],
    updated: dt.datetime | None,
) -> bytes:
    """The feed document. `base` is the absolute site address (ids and links are absolute)."""
    feed = ET.Element(f"{{{ATOM}}}feed", {"xml:lang": current_language()})
    _add(feed, "id", self_url)
    _add(feed, "title", title)
    newest = max((e.published for e in entries), default=updated or dt.datetime.now(dt.UTC))
    _add(feed, "updated", _stamp(newest))
    _add(feed, "link", rel="self", type="application/atom+xml", href=self_url)
    _add(feed, "link", rel="alternate", type="text/html", href=page_url)
    author = _add(feed, "author")
    _add(author, "name", "CaseWatch")
    _add(feed, "generator", "CaseWatch")
    for item in entries:
        url = f"{base}/cases/{item.case.id}"
        entry = _add(feed, "entry")
        _add(entry, "id", f"{url}#event-{item.event.id}")
        _add(entry, "title", entry_title(item))
        _add(entry, "updated", _stamp(item.published))
        _add(entry, "published", _stamp(item.published))
        _add(entry, "link", rel="alternate", type="text/html", href=url)
        _add(entry, "summary", entry_summary(item), type="text")
    return (
        b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode").encode()
    )
