"""A monitor's field card: a person's name on a line of its own, then rows of fields written
with bars ("ZHUMABAYEV Askar (Жұмабаев Асқар)" / "Age: 29 | Town: Taraz | Occupation: blogger").
The bars make the rows look like a table's, whose items start at each row; a card's item starts
at its name line, else each name would open the item of the card above it.

Invariant: only a short line naming someone, with no bar of its own and right above a barred row
that is not a table's row after a header, moves an item's start up to it.
"""

from __future__ import annotations

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
    return moved


def _line_above(text: str, start: int) -> tuple[int, str] | None:
    """(start, text) of the line right above the line starting at `start`, if any."""
    if start == 0 or text[start - 1] != "\n":
        return None
    heading_start = text.rfind("\n", 0, start - 1) + 1
    return heading_start, text[heading_start : start - 1]
