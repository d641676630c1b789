"""Links given as numbered notes under a report of several cases: each case's are the notes
its own paragraphs cite.

A monitoring report or an encyclopedia cites its sources by marks in the running text ("...
sentenced him to five years.[2]", «... приговорил его к 5 годам [13]») and lists them at the
end, one a line ("[2] Court observation report, https://..."; "[3] Ibid." repeating the note
before). Invariant: where the text has such notes and marks, a note's link is the source of
the cases named in the paragraphs that cite it, and of no other case (a note cited by the
report's introduction, "[1] database of cases", is no one's); a link written in a case's own
paragraph stays its source. A text of one case, or with no marks, is left as it is. Marks and
notes in superscript digits («... без изменения². ... ² https://...») are read as the bracketed
ones (not a unit's «м²» or a power after a digit).
"""

from __future__ import annotations

import re

from bot.extract.blocks import paragraph_breaks, surnames_told
from bot.extract.record import Record
from bot.extract.text_links import URL

#: A note at a line's start: its number and its text ("[2] Court observation report, https://").
_NOTE = re.compile(r"^[ \t]*\[(\d{1,3})\][ \t]*(\S[^\n]*)$", re.MULTILINE)
#: A note repeating the one before it: "Ibid.", «Там же», «Сонда».
_IBID = re.compile(r"^\s*(?:ibid\.?|там\s+же\.?|сонда\.?)\s*$", re.IGNORECASE)
#: A mark in the running text: "custody.[1]", «годам [13]», "verdict,[2][3]".
_MARK = re.compile(r"(?<=\S)[ \t]?\[(\d{1,3})\]")


_SUPERSCRIPT = re.compile(r"(?<![\dмm])[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}(?![\d¹²³⁴⁵⁶⁷⁸⁹⁰])")
_DIGITS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")


def _bracketed(text: str) -> str:
    """The text with each superscript number written as a bracketed mark («²» -> «[2]»)."""
    return _SUPERSCRIPT.sub(lambda m: f"[{m.group().translate(_DIGITS)}]", text)


def _notes(text: str) -> dict[str, str]:
    """Each note's number and its link (an "Ibid." the link of the note before it)."""
    found: dict[str, str] = {}
    last: str | None = None
    for match in _NOTE.finditer(text):
        url = URL.search(match.group(2))
        if url is not None:
            last = url.group().rstrip(".,;:)")
        elif not _IBID.match(match.group(2)):
            last = None
        if last is not None:
            found[match.group(1)] = last
    return found


def footnoted_sources(records: list[Record], text: str, language: str) -> None:
    """Each case's sources among the notes: those cited by the paragraphs naming its person."""
    from bot.extract.nominative import surname_key

    text = _bracketed(text)
    notes = _notes(text)
    if len(records) < 2 or not notes:
        return
    keys = [surname_key(r["person"].get("surname") or "", language) for r in records]
    cited: list[set[str]] = [set() for _ in records]
    marked = False
    for paragraph in paragraph_breaks(text).split(text):
        body = _NOTE.sub("", paragraph)
        marks = {m.group(1) for m in _MARK.finditer(body)} & set(notes)
        if not marks:
            continue
        marked = True
        said = surnames_told(body, language)
        for index, key in enumerate(keys):
            if key and key in said:
                cited[index] |= {notes[n] for n in marks}
    if not marked:
        return
    linked = list(dict.fromkeys(notes.values()))
    for record, own in zip(records, cited, strict=True):
        kept = [s for s in record["sources"] if s["url"] not in linked or s["url"] in own]
        told = {s["url"] for s in kept}
        kept += [{"url": u, "title": None} for u in linked if u in own and u not in told]
        record["sources"] = kept
