"""A monitor's field card: a person's name on a line of its own, then rows of fields written
with bars ("ZHUMABAYEV Askar (Жұмабаев Асқар)" / "Age: 29 | Town: Taraz | Occupation: blogger").
The bars make the rows look like a table's, whose items start at each row; a card's item starts
at its name line, else each name would open the item of the card above it.

Invariant: only a short line naming someone, with no bar of its own and right above a barred row
that is not a table's row after a header, moves an item's start up to it.

A list's card may also write its fields as labelled lines ("YESENKYZY Zhanar" / "Status: on
trial" / "Article: 274 ..." / "Chronology:" then dated bullets): its name line opens an item of
its own, else the card's heading and fields would close the last bullet of the card above it.
Only a line opening a paragraph (or the text), starting with a name in capitals with a given
name, ending no sentence, with two labelled lines among the three under it, is such a heading.
Under a list, a rule line ("-----") ends the item above it.
"""

from __future__ import annotations

import re

from bot.extract import names

#: The longest line read as a card's name heading.
_HEADING_MAX = 100


def with_card_headings(text: str, starts: list[int]) -> list[int]:
    """The item starts of `text`, each barred row's moved up to the name line right above it."""
    moved: list[int] = []
    for start in starts:
        line_end = text.find("\n", start)
        row = text[start : line_end if line_end >= 0 else len(text)]
        above = _line_above(text, start)
        if "|" in row and above is not None:
            heading_start, heading = above
            if (
                heading.strip()
                and "|" not in heading
                and len(heading) <= _HEADING_MAX
                and any(m.given for m in names.find_mentions(heading))
            ):
                start = heading_start
        if not moved or start > moved[-1]:
            moved.append(start)
    if moved:
        # (only under a list: a text of cards without bullets is split by its paragraphs)
        headings = [h for h in _labelled_card_headings(text) if h not in moved]
        # a rule line ends the item above it: "- 10.11.2026 — released." / "-----" / "NOT
        # INCLUDED" / "-----" / "KENZHE Bolat, Aralsk — fined ..." is no more of that item
        rules = [m.start() for m in _RULE.finditer(text) if m.start() > moved[0]]
        moved = sorted(set(moved + headings + rules))
    return moved


#: A rule line: "---", "=====", "* * *" is no rule (an ornament), "|---|---|" is a table's.
_RULE = re.compile(r"^[ \t]*[-=_—]{3,}[ \t]*$", re.M)


#: A card's labelled line: one to three words and a colon ("Status: ...", «Статус: ...»,
#: «Қамауға алынған күні: ...»), or a barred line of town and trade ("Semey | blogger").
_LABELLED = re.compile(
    r"[ \t]*(?:[^\W\d_][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}[ \t]*:(?:[ \t]|$)|[^|\n]+\|)"
)

#: The line above a paragraph's first: blank, or a rule ("---", "=====").
_PARAGRAPH_ABOVE = re.compile(r"[ \t]*(?:[-=_*—]{3,}[ \t]*)?")

#: A heading line's end that ends a sentence (or introduces one).
_SENTENCE_END = re.compile(r"[.!?:;,…]\s*$")


def _labelled_card_headings(text: str) -> list[int]:
    """The starts of name lines heading labelled cards (the module's second kind)."""
    found: list[int] = []
    for match in re.finditer(r"^[^\n]*$", text, re.M):
        start, end, line = match.start(), match.end(), match.group()
        above = _line_above(text, start)
        if above is not None and not _PARAGRAPH_ABOVE.fullmatch(above[1]):
            continue
        if not line.strip() or len(line) > _HEADING_MAX or _SENTENCE_END.search(line):
            continue
        mentions = names.find_mentions(line)
        if not (mentions and mentions[0].given and mentions[0].start <= 2):
            continue
        under = text[end + 1 :].split("\n", 3)[:3]
        if sum(bool(_LABELLED.match(u)) for u in under) >= 2:
            found.append(start)
    return found


def _line_above(text: str, start: int) -> tuple[int, str] | None:
    """(start, text) of the line right above the line starting at `start`, if any."""
    if start == 0 or text[start - 1] != "\n":
        return None
    heading_start = text.rfind("\n", 0, start - 1) + 1
    return heading_start, text[heading_start : start - 1]
