"""A table in a pasted text: its lines written with bars between the cells (a table pasted
with tabs, or written with " / ", is turned into one), its header's labels, and each row told
with each cell after its column's label, so that a row reads like a form's fields.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter

from bot.extract import names, nominative
from bot.extract.administrative import administrative_only_any

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
    are no table. A table in fixed-width columns (`_fixed_width_as_bars`) or with semicolons
    between its cells (`_semicolons_as_bars`) is so written too, and a row that tells only of
    an administrative offence is left out (no case)."""
    text = _without_administrative_rows(_semicolons_as_bars(_fixed_width_as_bars(text)))
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


#: A rule under the header of a table in fixed-width columns: runs of dashes (or "=") with
#: spaces between them, one a column ("--  ----------  -----  ------").
_DASH_RULE = re.compile(r"^ *[-=─]{2,}(?: +[-=─]{2,}){2,} *$")


def _sliced(line: str, starts: list[int]) -> list[str]:
    """A fixed-width line cut at its columns' starts; a word the cut falls in goes whole to
    the column it mostly lies in (a cell running on past its column's end keeps its last
    word; one starting a letter early is still its column's)."""
    cuts = [0]
    for start in starts[1:]:
        cut = max(start, cuts[-1])
        if 0 < cut < len(line) and not line[cut - 1].isspace() and not line[cut].isspace():
            begin = len(line[:cut].rstrip()) - len(line[:cut].split()[-1])
            end = cut + len(line[cut:].split()[0])
            cut = begin if cut - begin < end - cut and begin > cuts[-1] else end
        cuts.append(cut)
    cuts.append(max(len(line), cuts[-1]))
    return [line[a:b].strip() for a, b in itertools.pairwise(cuts)]


def _fixed_width_as_bars(text: str) -> str:
    """A table in fixed-width columns (a header line, a rule of dashes under it, one line a
    row) written with bars: each column where its rule's dashes are, and a line whose first
    cell is empty the rest of the row above it (a cell written on two lines). A header with
    no rule under it (its labels two spaces or more apart, one of them the name's: "Name",
    «ФИО», «Аты-жөні») gives its columns where its labels start, each row two spaces or more
    between its cells. The table ends at a blank line."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if out and out[-1].strip() and _DASH_RULE.match(line):
            starts = [m.start() for m in re.finditer(r"[-=─]+", line)]
            i += 1
        elif (
            (starts := _spaced_header(line))
            and i + 1 < len(lines)
            and _spaced(lines[i + 1])
            and not _DASH_RULE.match(lines[i + 1])
        ):
            out.append(line)
            i += 1
        else:
            out.append(line)
            i += 1
            continue
        rows: list[list[str]] = []
        while i < len(lines) and lines[i].strip() and not _DASH_RULE.match(lines[i]):
            cells = _sliced(lines[i], starts)
            if rows and not cells[0]:
                rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=True)]
            elif _spaced(lines[i]):
                rows.append(cells)
            else:
                break  # (prose after a table with no blank line before it)
            i += 1
        out[-1] = " | ".join(_sliced(out[-1], starts))
        out += [" | ".join(row) for row in rows]
    return "\n".join(out)


#: A column's label for the person's name, in a header with no rule under it.
_NAME_LABEL = re.compile(
    r"^(?:(?:full\s+)?name|фио|ф\.\s?и\.\s?о\.|фамилия.*|(?:толық\s+)?аты-жөні)$", re.IGNORECASE
)


def _spaced_header(line: str) -> list[int]:
    """Where the labels of a header with no rule under it start: three labels or more, two
    spaces or more apart, one of them the name's; none if the line is no such
    header."""
    labels = list(re.finditer(r"\S+(?: \S+)*", line))
    if len(labels) < 3 or not _spaced(line):
        return []
    if not any(_NAME_LABEL.match(label.group()) for label in labels):
        return []
    return [label.start() for label in labels]


def _spaced(line: str) -> bool:
    """Whether a line has cells two spaces or more apart (two gaps at least)."""
    return len(re.findall(r"\S {2,}(?=\S)", line)) >= 2


#: A line of four cells or more separated by semicolons (a spreadsheet's rows saved as text).
_SEMICOLON_ROW = re.compile(r"^[^;\n]*(?:;[^;\n]*){3,}$")


def _semicolons_as_bars(text: str) -> str:
    """Two lines or more in a row with semicolons between their cells, as many in each (a
    header, its labels capitalised, and its rows), written with bars."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        j = i
        while (
            j < len(lines)
            and _SEMICOLON_ROW.match(lines[j])
            and lines[j].count(";") == lines[i].count(";")
        ):
            j += 1
        # (a header's labels each open with a capital or «№»; prose's parts seldom do)
        header = [c.strip() for c in lines[i].split(";")]
        if j - i >= 2 and all(c[:1].isupper() or c[:1] in "№#" for c in header if c):
            lines[i:j] = [" | ".join(c.strip() for c in line.split(";")) for line in lines[i:j]]
        i = max(j, i + 1)
    return "\n".join(lines)


def _without_administrative_rows(text: str) -> str:
    """A table's rows without those that tell only of an administrative offence (a fine or
    an arrest of days under the Code of Administrative Offences): no case."""
    lines = text.split("\n")
    kept = [line for line in lines if line.count("|") < 2 or not administrative_only_any(line)]
    return "\n".join(kept)


#: Where a note under a table passes from one person to the next: a sentence's end or a
#: semicolon ("Karimov was convicted over sermons; Sultanova is accused of ...").
_NOTE_BREAK = re.compile(r"((?:(?<=[a-zа-яёәіңғүұқөһ\d»\")])[.!?]|;)\s+)")

#: A note's own mark: "(1)", "*", "–", "Note:".
_NOTE_MARK = re.compile(r"^\s*(?:\(\d{1,2}\)|\*+|[–—-]|\d{1,2}[.)])\s*")


#: A note's words saying whom it is about, before the surname: "On Bekov:", «По Омарову:».
_NOTE_ABOUT = re.compile(r"^(?:on|about|re|regarding|по|о|об|касательно)\s+", re.IGNORECASE)


#: A note's label naming whom it is about: "On Bekov:", «По Омарову:».
_NOTE_LABEL = re.compile(
    rf"^(?:on|about|re|regarding|по|о|об|касательно)\s+[{names.UPPER}][\w-]+:\s*", re.IGNORECASE
)


def with_notes_in_rows(text: str, language: str) -> str:
    """A table's rows each followed by the notes under the table on its person ("(1) Karimov
    was convicted over sermons ...", «Бекмуратов осуждён за публикацию ...», «Әлімжанов
    ... үшін сотталды»): from a sentence (or a part of one between semicolons) opening with
    one row's person's surname to the next naming another row's, a note's line is told in
    that row's case, not after the table. A row's person is told by a capitalised
    word of the row no other row has."""
    lines = text.split("\n")
    rows = [i for i, line in enumerate(lines) if line.count("|") >= 2]
    keys = {i: _capitalised(lines[i], language) for i in rows}
    counts = Counter(key for row_keys in keys.values() for key in row_keys)
    keys = {i: {k for k in row_keys if counts[k] == 1} for i, row_keys in keys.items()}
    keys = {i: row_keys for i, row_keys in keys.items() if row_keys}
    if len(keys) < 2:
        return text
    notes: dict[int, list[str]] = {i: [] for i in keys}
    rest: list[str] = []
    for line in lines[rows[-1] + 1 :]:
        pieces = _NOTE_BREAK.split(line)  # units, each followed by its break
        kept, whose = "", None
        for n in range(0, len(pieces), 2):
            unit, end = pieces[n], (pieces[n + 1] if n + 1 < len(pieces) else "")
            # (a note on a row's person opens with their surname: "(1) Karimov was ...", «По
            # Омарову: суд огласил ...»)
            first = _NOTE_ABOUT.sub("", _NOTE_MARK.sub("", unit)).split(" ", 1)[0].strip(",:")
            told = _capitalised(first, language)
            rows_told = [i for i, row_keys in keys.items() if row_keys & told]
            whose = rows_told[0] if len(rows_told) == 1 else None if rows_told else whose
            if whose is not None:
                # (a label «По Омарову:» is left out: its row names the person)
                note = _NOTE_LABEL.sub("", _NOTE_MARK.sub("", unit))
                notes[whose].append(note + end.rstrip())
            else:
                kept += unit + end
        if kept.strip() or not line.strip():
            rest.append(kept)
    out: list[str] = []
    for i, line in enumerate(lines[: rows[-1] + 1]):
        out += [line, re.sub(r";$", ".", " ".join(notes[i]))] if notes.get(i) else [line]
    return "\n".join(out + rest)


def _capitalised(text: str, language: str) -> set[str]:
    """Surname keys of a text's capitalised words of three letters or more (Ким, Пак)."""
    return {
        nominative.surname_key(w.group(), language)
        for w in re.finditer(rf"[{names.UPPER}][\w'’-]{{2,}}", text)
    }


def is_table_row(item: str) -> bool:
    """Whether an item of a list is a table's row (three cells or more on its first line): a
    case of its own, whatever notes under the table tell of it."""
    return item.strip().split("\n", 1)[0].count("|") >= 2


_CELLS = re.compile(r"\s*\|\s*")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in _CELLS.split(line.strip().strip("|"))]


_AS_OF = re.compile(
    r"\s*\b(?:as\s+(?:of|at)|at|по\s+состоянию\s+на|на)\s+(?:[\w\s.,]{0,25}\d{4}|"
    r"\d{1,2}\.\d{1,2}(?:\.\d{2,4})?)\s*$",
    re.IGNORECASE,
)


# (asked once for each row of a table, of the same whole text: read once per text)
@functools.lru_cache(maxsize=4)
def _table_header(text: str) -> tuple[str, ...] | None:
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
        return tuple(cells)
    return None


#: A column's label naming the article charged: "Article(s) CC", «Статья УК», «ҚК бабы».
_ARTICLE_LABEL = re.compile(r"(?<!\w)(?:article|art\.|charge|стать|ст\.|ба[бп])", re.IGNORECASE)

#: A cell of bare article numbers: "174(2)", "ҚК 405", "274 (2) CC RK", "174(1), 405(2)".
_BARE_ARTICLE = re.compile(r"(?<![\w.-])(\d{2,4})(?:\s*\((\d{1,2})\))?(?![\w.-])")
_CODE_OR_LIST = re.compile(r"^(?:\s|[,;]|CC|RK|УК|РК|ҚК|\d{2,4}(?:\s*\(\d{1,2}\))?)*$")

#: How an article and its part are told, in each language.
_ARTICLE_FORMS = {
    "en": ("Article {0}", "Article {0} Part {1}"),
    "ru": ("ст. {0}", "ч. {1} ст. {0}"),
    "kk": ("{0}-бабы", "{0}-бабы {1}-бөлігі"),
}


def _article_told(cell: str, language: str) -> str:
    """A cell of bare article numbers under an article's label ("174(2)") told as the text's
    language tells an article ("Article 174 Part 2", «ч. 2 ст. 174», «174-бабы 2-бөлігі»)."""
    if not _CODE_OR_LIST.match(cell):
        return cell
    whole, with_part = _ARTICLE_FORMS[language]
    return "; ".join(
        with_part.format(*m.groups()) if m.group(2) else whole.format(m.group(1))
        for m in _BARE_ARTICLE.finditer(cell)
    )


#: A column's label for the day of arrest: "Detention", "Arrested", «Задержание (дата)»,
#: «Ұсталған күні».
_ARREST_LABEL = re.compile(
    r"^(?:detention|detained|arrest(?:ed)?|date\s+of\s+(?:arrest|detention)|задержани[ея]|"
    r"дата\s+задержания|ұсталған\s+күні|ұсталуы)(?:\s*\((?:date|дата|күні)\))?$",
    re.IGNORECASE,
)
_ARREST_FORMS = {"en": "Date of arrest", "ru": "Дата задержания", "kk": "Ұсталған күні"}


#: A cell's shorthand for an event before its date, and how a sentence tells it: "charged
#: 22.09.2026" (the day of the charge), «сот басталды 16.11.2026» (the trial's first day).
_SHORTHAND = {
    "en": (re.compile(r"(?<=[:;|,] )charged\s+(?:on\s+)?(?=\d)", re.I), "was charged on "),
    "ru": (re.compile(r"(?!)"), ""),
    "kk": (re.compile(r"(?<![\w-])сот\s+басталды(?=\s+\d)", re.I), "сот процесі басталды"),
}


#: A cell telling there is nothing under its label: "none", "not filed", «нет», «не
#: подавалась», «жоқ», «берілмеді».
_NONE_TOLD = re.compile(
    r"^(?:none|no|n/a|not\s+(?:filed|appealed|known|applied|set)|нет|не\s+(?:пода|обжал|назнач|"
    r"избира|применя|извест)\w*|жоқ|\w+\s+жоқ|\w*берілмеді|шағымданбады)\.?$",
    re.IGNORECASE,
)

#: A status cell telling the person is charged, and how a sentence tells it.
_STATUS_TOLD = {
    "en": (re.compile(r"^(?:charged|accused|indicted)\.?$", re.I), "was charged"),
    "ru": (re.compile(r"^обвиняем(?:ый|ая|ые)\.?$", re.I), "предъявлено обвинение"),
    "kk": (re.compile(r"^айыпталушы\.?$", re.I), "айып тағылды"),
}


def with_table_labels(block: str, text: str, language: str = "en") -> str:
    """A table row told with each cell after its column's label ("VERDICT DATE:
    21.02.2025", «наказание: 5 лет лишения свободы»): the cells then read like a form's fields,
    and a cell's date is told with what it dates. Any block that is no table row (or a table
    without a header row) is returned as it is."""
    lines = block.strip().splitlines()
    if not lines or lines[0].count("|") < 2:
        return block
    labels = _table_header(text)
    cells = _cells(lines[0])
    if labels is None or len(cells) != len(labels):
        return block
    # a label in capitals ("OCCUPATION") would read as a surname
    header = [label.capitalize() if label.isupper() else label for label in labels]
    # ("Status as of 31 October 2026: Sentenced on 8 October": the day of the list is none of
    # the row's)
    header = [_AS_OF.sub("", label) for label in header]
    # (a column of the days of arrest told as a form tells that day: «Задержание» as «Дата
    # задержания»)
    header = [_ARREST_FORMS[language] if _ARREST_LABEL.match(h) else h for h in header]
    # (a dash in a cell, or its "none", «не подавалась», tells it is empty; a status of one
    # word, "charged", «обвиняемая», is told as a sentence tells it)
    cells = [_STATUS_TOLD[language][1] if _STATUS_TOLD[language][0].match(c) else c for c in cells]
    told = [
        f"{label}: {_article_told(cell, language) if _ARTICLE_LABEL.search(label) else cell}"
        for label, cell in zip(header, cells, strict=True)
        if cell.strip("—–-* ") and not _NONE_TOLD.match(cell)
    ]
    # (a cell's "charged 22.09.2026", a list's shorthand, told as a sentence tells it)
    shorthand, full = _SHORTHAND[language]
    row = shorthand.sub(full, " | ".join(told))
    return row + "\n" + "".join(line + "\n" for line in lines[1:])
