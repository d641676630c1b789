"""A publication's masthead line: its title beside the issue's date or number.

A newspaper, a site or a newsletter heads its text with its own title and the day or issue
("Qazaq Times | 18 November 2026", «Новости Караганды | 3 ноября», "STEPPE MONITOR | Issue 41",
«Азаттық Дауысы | 2026 жылғы 25 қараша»). The title's capitalised words read as a name, but
they name a publication, never a person and never a case.

Invariant: only a line of its own, outside a table (no line with a bar right above or below
it), split by bars into a title of a few capitalised words and parts that are nothing but
dates, weekdays, times and issue numbers, is rewritten; its title is cut and the date parts
stay (they date the text), so every other line and every offset after the line's start that
is not on it keeps its words.
"""

from __future__ import annotations

import re

from bot.extract.names import LOWER, UPPER
from bot.extract.values import MONTHS, find_dates

#: A line split by bars into two or three parts.
_BARRED_LINE = re.compile(r"^[ \t]*[^|\n]+(?:\|[^|\n]+){1,2}[ \t]*$", re.MULTILINE)

#: A publication's title: one to five capitalised words (quotes kept), a small joining word
#: between ("Voice of the Steppe"), no digit and no colon.
_TITLE = re.compile(
    rf"[«\"“]?[{UPPER}][{UPPER}{LOWER}'’.&-]*[»\"”]?"
    rf"(?:[ \t]+(?:(?:of|the|and|on|и|на|мен)[ \t]+)?[«\"“]?[{UPPER}][{UPPER}{LOWER}'’.&-]*[»\"”]?)"
    r"{0,4}"
)

#: What a dateline part may hold besides its dates: a weekday, a year, a time, an issue's
#: number and the words of these.
_DATELINE_FILLER = re.compile(
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|"
    r"дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі|"
    r"(?:issue|no\.?|nr\.?|vol\.?|volume|episode|edition|№|выпуск|номер|шығарылым|нөмір)"
    r"[ \t]*\d+(?:[/()-]\d+\)?)*|"
    r"(?:19|20)\d\d(?:[ \t]*(?:года|год|г\.|жылғы|жылы|ж\.))?|"
    # a month with no day: «Октябрь 2025 года»
    + r"\b(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\b|"
    r"\d{1,2}:\d{2}(?:[ \t]*(?:GMT|UTC|[AP]M))?)",
    re.IGNORECASE,
)


def without_masthead_titles(text: str) -> str:
    """The text with each masthead line's title cut out (its date or issue kept)."""
    return _BARRED_LINE.sub(lambda line: _dateline_of(line, text), text)


def _dateline_of(line: re.Match[str], text: str) -> str:
    """The date parts of a masthead line, or the line unchanged when it is not one."""
    # the nearest non-blank lines above and below, found in place (no copy of the text: a
    # page of many barred lines stays linear)
    above_end = line.start()
    while above_end > 0 and text[above_end - 1] == "\n":
        above_end -= 1
    above = text[text.rfind("\n", 0, above_end) + 1 : above_end]
    below_start = line.end()
    while below_start < len(text) and text[below_start] == "\n":
        below_start += 1
    below_end = text.find("\n", below_start)
    below = text[below_start : below_end if below_end >= 0 else len(text)]
    if "|" in above or "|" in below:
        return line.group()  # a table's row
    parts = [part.strip() for part in line.group().split("|")]
    if not _TITLE.fullmatch(parts[0]) or not all(_is_dateline(p) for p in parts[1:]):
        return line.group()
    return " | ".join(parts[1:])


def _is_dateline(part: str) -> bool:
    """Whether a part holds a date or an issue's number and nothing else."""
    rest = part
    for found in sorted(find_dates(part), key=lambda f: f.start, reverse=True):
        rest = rest[: found.start] + " " + rest[found.end :]
    if rest == part and not _DATELINE_FILLER.search(part):
        return False
    return not _DATELINE_FILLER.sub(" ", rest).strip(" \t,.·—–-")
