"""A case's chronology: the lines of a dated list telling what the person did.

Kept apart from `act_cues` (the wordings that introduce an act in running text). A chronology
line opens with its date, closed by a dash («▫️ 14.01.2025 — организует ...», "- 17 May 2025 -
posts a video ...") or by a point («14 января 2026 года. В канале выходит пост о том, ...»),
then tells what happened. Invariants:

- A line is a deed only when what it tells is the person's deed (a publishing or organising
  verb) or a work that came out; what the police, a court or anyone did is none.
- The deed is the line's first clause after its date, without the verb that the work came out.
- A table row (four cells or more) is no chronology line, but a cell naming a work with what it
  is about, where or when («публикация от 12.04.2026 о закупках акимата») tells the deed.
"""

from __future__ import annotations

import re

#: A case's chronology line: a date, a dash, then what happened («▫️ 14.01.2025 — организует
#: ...», "- 17 May 2025 - posts a video ...», «🔹 2025 жылғы 1 мамыр — Instagram-да ... видео
#: жариялады»). The date closes at a dash.
_CHRONOLOGY_LINE = re.compile(
    r"^\s*(?:[^\w\s]{1,3}\s*)?(?P<date>[^—–\n]{6,40}?)\s+[—–-]\s+(?P<what>.+)$"
)
#: What the person did, in a chronology's present or past: published, posted, organised, spoke
#: (English and Russian open with the verb, Kazakh closes with it).
_CHRONOLOGY_DEED = {
    # (not what anyone does in a case's course: "reads his final statement", «выступил с
    # последним словом», «сөз сөйледі»)
    "en": re.compile(
        r"^(?:posts|publishes|writes|shares|uploads|records|organi[sz]es|speaks\s+at|"
        r"calls\s+(?:on|for)|posted|published|wrote|shared|uploaded|recorded|organi[sz]ed|"
        r"spoke\s+at|called\s+(?:on|for))\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"^(?:публикует|выкладывает|пишет|размещает|организует|выступает\s+на|записывает|"
        r"опубликовал|выложил|написал|разместил|организовал|выступил\w*\s+на|записал)\w*\b",
        re.IGNORECASE,
    ),
    "kk": re.compile(
        r"(?:жариялады|жазды|бөлісті|жүктеді|ұйымдастырды|жариялайды|жазады|ұйымдастырады|"
        r"шақырды|(?:өлең|жыр)\s+оқыды)\s*[.!]?$",
        re.IGNORECASE,
    ),
}


#: A chronology line with its date closed by a point, telling a work that came out: «14 января
#: 2026 года. В канале выходит пост о том, что ...», "14 January 2026. A post appears on the
#: channel saying ...". The work is the deed.
_CHRONOLOGY_DATE_POINT = re.compile(
    r"^\s*(?:[^\w\s]{1,3}\s*)?(?P<date>\d{1,2}\s+[^\W\d_]+(?:\s+\d{4})?(?:\s+года)?)\.\s+"
    r"(?P<what>.+)$"
)
_WORK_CAME_OUT = {
    "en": re.compile(
        r"^(?:(?:on|in)\s+[^.]{0,40}?\s)?(?=(?:an?|his|her)\s+(?:[\w-]+\s+)?(?:post|video|"
        r"article|comment|message)\b[^.]{0,40}?\s(?:appears|is\s+published|comes\s+out)\b)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"^(?:в|на)\s+[^.]{0,40}?\s(?:выходит|появляется|публикуется)\s+(?=(?:пост|видео|"
        r"стать|публикаци|запис|ролик|комментари)\w*)",
        re.IGNORECASE,
    ),
    "kk": re.compile(r"(?!)"),
}


def chronology_deed(line: str, language: str) -> tuple[str, str] | None:
    """(the date's words, the deed) of a chronology line telling what the person did."""
    found = _CHRONOLOGY_LINE.match(line)
    pointed = _CHRONOLOGY_DATE_POINT.match(line)
    came_out = pointed and _WORK_CAME_OUT[language].match(pointed.group("what"))
    if pointed and came_out:
        what = pointed.group("what")[came_out.end() :]
        # the sentence the work came out in: the next one is what followed
        what = re.split(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁ])", what)[0].strip(" .")
        what = re.sub(r"\s+(?:appears|is\s+published|comes\s+out)\b", "", what)
        return pointed.group("date"), what
    if not found:
        return None
    what = re.split(r";", found.group("what"))[0].strip(" .")
    if not _CHRONOLOGY_DEED[language].search(what if language == "kk" else what.lstrip()):
        return None
    return found.group("date"), what


#: A table row's cell (or a clause of it) naming the work the person is tried for: a
#: monitoring table's note "Journalist. A post of 12.04.2026 about the akimat's purchases",
#: «Пенсионерка. Комментарий в Facebook о сотруднике полиции».
_WORK_IN_CELL = re.compile(
    # (the work, then what it is about, where or when: not a column's "Comments: none")
    r"(?:^|[|.;,]\s*)(?P<work>(?:публикаци|пост|видео|комментари|стать|запис|интервью|стих|"
    r"песн)\w*\s+(?:о|об|в|во|на|про|под|от)\s(?:[^|.;]|(?<=\d)\.(?=\d)){4,200}|"
    r"(?:posts?|videos?|comments?|articles?|publications?|interviews?)\s+(?:about|on|in|of|"
    r"under|dated)\s(?:[^|.;]|(?<=\d)\.(?=\d)){4,200})",
    re.IGNORECASE,
)


def work_in_cells(block: str) -> str | None:
    """The first work a table row of the block names in a cell, if any."""
    for line in block.splitlines():
        if line.count("|") < 4:
            continue
        for cell in line.split("|"):
            found = _WORK_IN_CELL.search(cell.strip())
            if found:
                return found.group("work")
    return None


#: An infographic's line holding only a year («— 2026 —», «2026»): the year of the days below.
_YEAR_LINE = re.compile(r"^\s*[^\w\n]{0,3}\s*(?P<year>(?:19|20)\d\d)\s*[^\w\n]{0,3}\s*$")
#: An infographic's line holding only a day, maybe with a label («9 АҚПАН», «12.02 ● Публикация»):
#: what happened that day is the next line.
_DAY_ALONE = re.compile(
    r"^\s*(?P<day>\d{1,2}(?:\.\d{2}(?:\.(?P<dotted_year>\d{4}))?|\s+[^\W\d_]{3,}"
    r"(?:\s+(?P<year>\d{4}))?))\s*(?:[●•▪◾·|—–:-]\s*(?P<label>[^\n]{2,40}?))?\s*$"
)
#: A label that says the day's line is the work published («Публикация», «Жарияланым»).
_PUBLISHED_LABEL = re.compile(
    r"^(?:публикаци\w*|пост|стать\w*|видео|жарияла\w*|жарияланым|мақала|publication|post)$",
    re.IGNORECASE,
)


def stacked_deeds(block: str, language: str) -> list[tuple[str, str]]:
    """(the day's words, the deed) of an infographic's days, each alone on its line with what
    happened on the next («9 АҚПАН» / «Facebook-те ... жазба жариялады»), the year from the
    day or from the last line holding only a year. The next line is a deed as a chronology's
    line is, or where the day's label says a work was published."""
    deeds: list[tuple[str, str]] = []
    year = None
    lines = [line for line in block.splitlines() if line.strip()]
    for line, following in zip(lines, [*lines[1:], ""], strict=True):
        if found := _YEAR_LINE.match(line):
            year = found.group("year")
            continue
        day = _DAY_ALONE.match(line)
        if not day or not following or _DAY_ALONE.match(following):
            continue
        words = day.group("day")
        if not (day.group("year") or day.group("dotted_year")):
            if year is None:
                continue
            words += f".{year}" if "." in words else f" {year}"
        what = following.strip(" .")
        label = day.group("label")
        if (label and _PUBLISHED_LABEL.match(label.strip())) or chronology_deed(
            f"{words} — {what}", language
        ):
            deeds.append((words, what))
    return deeds
