"""A table in a pasted text: its lines written with bars between the cells (a table pasted
with tabs, or written with " / ", is turned into one), its header's labels, and each row told
with each cell after its column's label, so that a row reads like a form's fields.
"""

from __future__ import annotations

import re

from bot.extract import names

#: A rule under a table's header ("|---|---|").
TABLE_RULE = re.compile(r"^[\s|:-]+$")

#: A line of three cells or more separated by tabs (a table copied from a spreadsheet, a
#: document or a web page).
_TAB_ROW = re.compile(r"^[^\t\n]*\t[^\t\n]*\t[^\n]*$", re.MULTILINE)


#: A line of five cells or more separated by slashes with spaces ("1. / BEKOV Arman / Atyrau /
#: ..."), as a report's annex writes a table in plain text.
_SLASH_ROW = re.compile(r"^[^\n]*?(?: / [^\n]*?){4,}$", re.MULTILINE)


def as_bar_table(text: str) -> str:
    """A table pasted with tabs between its cells (or written with " / " between them, the
    same number in each line), written with bars ("1 | Bekov | ..."), as the table rows it is
    are read: one case per row, each cell under its column's label. Fewer than two such lines
    are no table."""
    rows, separator = list(_TAB_ROW.finditer(text)), "\t"
    if len(rows) < 2:
        rows, separator = list(_SLASH_ROW.finditer(text)), " / "
        counts = [row.group().count(separator) for row in rows]
        if len(set(counts)) != 1:
            return text  # (cells of one table come as many in each line)
    if len(rows) < 2:
        return text
    pieces: list[str] = []
    last = 0
    for row in rows:
        cells = [cell.strip() for cell in row.group().split(separator)]
        pieces += [text[last : row.start()], " | ".join(cells)]
        last = row.end()
    pieces.append(text[last:])
    return "".join(pieces)


_CELLS = re.compile(r"\s*\|\s*")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in _CELLS.split(line.strip().strip("|"))]


_AS_OF = re.compile(
    r"\s*\b(?:as\s+(?:of|at)|по\s+состоянию\s+на|на)\s+[\w\s.,]{0,25}\d{4}\s*$", re.IGNORECASE
)


def _table_header(text: str) -> list[str] | None:
    """The labels of a table's header row ("NAME | TOWN | ARTICLE | VERDICT DATE", «№ | ФИО |
    город | статья»): the first row of three or more cells that names nobody and gives no
    number but a «№»."""
    for line in text.splitlines():
        if line.count("|") < 2 or TABLE_RULE.match(line) or re.match(r"^[\s|+:=-]+$", line):
            continue
        cells = _cells(line)
        # (a label may say the day it is told as of: "Status as of 31 October 2026", «Статус
        # на 31.10.2026»)
        if len(cells) < 3 or any(re.search(r"\d|https?:", _AS_OF.sub("", c)) for c in cells):
            return None
        if any(m.given for m in names.find_mentions(line)):
            return None
        return cells
    return None


def with_table_labels(block: str, text: str) -> str:
    """A table row told with each cell after its column's label ("VERDICT DATE:
    21.02.2025", «наказание: 5 лет лишения свободы»): the cells then read like a form's fields,
    and a cell's date is told with what it dates. Any block that is no table row (or a table
    without a header row) is returned as it is."""
    lines = block.strip().splitlines()
    if not lines or lines[0].count("|") < 2:
        return block
    header = _table_header(text)
    cells = _cells(lines[0])
    if header is None or len(cells) != len(header):
        return block
    # a label in capitals ("OCCUPATION") would read as a surname
    header = [label.capitalize() if label.isupper() else label for label in header]
    # ("Status as of 31 October 2026: Sentenced on 8 October": the day of the list is none of
    # the row's)
    header = [_AS_OF.sub("", label) for label in header]
    told = [f"{label}: {cell}" for label, cell in zip(header, cells, strict=True) if cell]
    return " | ".join(told) + "\n" + "".join(line + "\n" for line in lines[1:])
