"""Parts of a report's layout that tell no story of their own: a court paper's roster heading
(«Осуждённые:», «Сотталғандар:», "Defendants:"), under which one item names each person tried
and the story of them all follows the list, and a report's closing signature (its writer's
office and name, perhaps the link to the full text under it).

Invariants: a roster heading is a line of its own, ending with a colon, right before the list's
first item; a signature is at most three lines, its first line short, with no date and no
sentence's end, so a paragraph telling of anyone's case is never one.
"""

from __future__ import annotations

import re

from bot.extract.values import find_dates

#: The heading of a court paper's roster of the people tried, one an item below it, the story
#: of them all told after the list.
ROSTER_HEADING = re.compile(
    r"^[ \t]*(?:осужд[её]нн\w*|подсудим\w*|оправданн\w*|сотталған\w*|сотталушы\w*|"
    r"convicted(?:\s+persons?)?|defendants?|the\s+accused)[ \t]*:[ \t]*\n\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def dated(paragraph: str) -> bool:
    """A paragraph that gives a date ("60 часов" is no date, «2 декабря» is): one that names a
    new person without one («Бухгалтер Мадина ЖУНУСОВА получила один год ...») is a
    co-defendant of the case told before it."""
    text = re.sub(r"https?://\S+", " ", paragraph)  # a link's /2025/12/02/ is no date told
    return bool(find_dates(text)) or bool(re.search(r"\b(?:19|20)\d\d\b", text))


def signature_only(paragraph: str) -> bool:
    """A report's closing paragraph of a line or two, with no date and no sentence's end in
    its first line (a signature: «Представитель Уполномоченного в Павлодарской области Г.
    Сейтказина», with the link to the full text under it)."""
    lines = [line for line in paragraph.strip().splitlines() if line.strip()]
    return (
        0 < len(lines) <= 3
        and len(lines[0]) <= 160
        and not dated(paragraph)
        and not re.search(r"[.!?…»\"”]\s*$", lines[0])
    )
