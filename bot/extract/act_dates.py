"""The days of the acts: how an act is dated when its own words do not give a full date.

Kept apart from `acts` (which reads what the person did) so each way of dating has its own
place. Invariants:

- A day is given to an act only where the text ties it to the act: the day its sentence opens
  with before the subject, "that day" after a sentence giving one day, a publishing sentence of
  its own, a yearless day in the act's words in the year the text gives.
- Each day of "his posts of 19 and 20 November" is an act of its own.
- A day is cut from the act's words once it dates the act.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from bot.extract import act_cues
from bot.extract.blocks import Sentence
from bot.extract.record import Record
from bot.extract.values import DateMention, Found, find_dates, resolve_dates


def opening_day(lead: str) -> str | None:
    """The day a sentence opens with, before its subject ("On 19 March 2026 he posted ...",
    «2 февраля 2026 года он опубликовал ...»), when nothing else stands before the subject.
    A colon opens a clause of its own («... виновным в распространении ложной информации: 3 мая
    2026 года он написал ...»)."""
    lead = lead.rsplit(":", 1)[-1]
    dates = resolve_dates(find_dates(lead))
    if len(dates) != 1:
        return None
    rest = lead[: dates[0].start] + lead[dates[0].end :]
    if re.fullmatch(r"\s*(?:on|в)?\s*(?:года|г\.)?[\s,]*", rest, re.IGNORECASE):
        return dates[0].value.isoformat()
    return None


#: Days listed before a full date: "of 19 and 20 November 2025", «от 3, 5 и 7 мая 2025 года».
DAYS_BEFORE = re.compile(
    r"(?:\b(?:on|of|dated|от)\s+)?(?P<days>(?:\d{1,2},?\s+)*\d{1,2})\s+(?:and|и|&|және)\s+$",
    re.IGNORECASE,
)


#: Between two full days of one deed: "on 2 August 2026 and again on 5 August 2026", «3 мая
#: 2026 года и 5 мая 2026 года», «2 тамызда және 5 тамызда»: one act on each day.
JOINED_DAYS = re.compile(
    r"\s*(?:года|г\.)?,?\s*(?:and|и|және|мен)\s+"
    r"(?:(?:again|also|then|later|снова|ещё\s+раз|повторно|тағы)\s+)?(?:on\s+|в\s+)?",
    re.IGNORECASE,
)


_RANGE_OPENS = re.compile(r"\b(?:between|from|с|со|между)\s*$", re.IGNORECASE)


def days_joined(text: str, first: Found[Any], second: Found[Any]) -> bool:
    """Two days of one deed joined by "and" (`JOINED_DAYS`), not the ends of a span ("between
    26 February and 1 March", «с 3 мая и до ...»)."""
    return bool(
        JOINED_DAYS.fullmatch(text, first.end, second.start)
        and not _RANGE_OPENS.search(text, 0, first.start)
    )


def earlier_days(days: str, last: dt.date) -> list[str]:
    """The days listed before a date, in its month and year."""
    found = []
    for day in re.findall(r"\d{1,2}", days):
        try:
            found.append(last.replace(day=int(day)).isoformat())
        except ValueError:
            continue
    return found


def each_day(acts: list[Record]) -> list[Record]:
    """One act for each day it was done on ("his posts of 19 and 20 November")."""
    every: list[Record] = []
    for act in acts:
        every += [{**act, "date": day} for day in act.pop("also_on", [])]
        every.append(act)
    return every


def date_yearless_acts(acts: list[Record], block: str, default_year: int | None) -> None:
    """An act still holding a day without its year ("a report of 12 March", «комментарий ...
    от 2 сентября») is dated by that day in the year the text gives it (else the year of the
    text's heading, "Podcast summary, published 24 November 2025"), and the day cut."""
    resolved: list[tuple[DateMention, str]] | None = None
    for act in list(acts):  # (a second day adds an act)
        if act["date"] is not None:
            continue
        bare = [f for f in find_dates(act["description"]) if f.value.year is None]
        # ("on August 2 and again on August 5": one act on each day, the second day cut too)
        joined = len(bare) == 2 and days_joined(act["description"], bare[0], bare[1])
        # ("on May 28 posted a video calling them to come on June 1": the day opening it)
        opening = bool(bare) and re.fullmatch(r"on\s+", act["description"][: bare[0].start])
        if len(bare) != 1 and not joined and not opening:
            continue
        if resolved is None:
            mentions = find_dates(block)
            by_start = {r.start: r.value.isoformat() for r in resolve_dates(mentions, default_year)}
            resolved = [(m.value, by_start[m.start]) for m in mentions if m.start in by_start]
        day = next((iso for m, iso in resolved if m == bare[0].value), None)
        later = joined and next((iso for m, iso in resolved if m == bare[1].value), None)
        if day is None or (joined and not later):
            continue
        text = act["description"]
        # ("On May 4, ...": the word opening the sentence in capitals)
        lead = re.search(r"(?:\b(?:on|of|dated|from|от)\s+)?$", text[: bare[0].start], re.I)
        cut = lead.start() if lead else bare[0].start
        end = bare[-1].end if joined else bare[0].end
        act["description"] = without_same_day(
            " ".join((text[:cut] + text[end:]).split()).replace(" ,", ",")
        ).lstrip(" ,")  # "on 5 March, Iskakova wrote ...": the day's comma goes with it
        act["date"] = day
        if later:
            acts.append({**act, "date": later})


#: "That day" opening an act: its day is the one the sentence before told.
SAME_DAY_LEAD = re.compile(
    r"^(?:(?:on\s+)?(?:that|the\s+same)\s+(?:same\s+)?day|в\s+(?:тот\s+же|этот(?:\s+же)?)\s+день|"
    r"тогда\s+же|сол\s+күні|дәл\s+сол\s+күні)[\s,]+",
    re.IGNORECASE,
)


def without_same_day(description: str) -> str:
    """The act without "on the same day" left closing it once its day is cut ("... on the
    same day, 12 February", «в тот же день, 12 февраля», «сол күні»)."""
    return re.sub(
        r",?\s+(?:on\s+the\s+same\s+day|в\s+тот\s+же\s+день|сол\s+күні)[\s,.]*$",
        "",
        description.rstrip(),
        flags=re.IGNORECASE,
    )


def date_published_acts(
    acts: list[Record],
    sentences: list[Sentence],
    language: str,
    block: str = "",
    default_year: int | None = None,
) -> None:
    """An act without a date takes the day a sentence of its own gives what was published
    («Поводом стал пост ... . Пост был опубликован 16 августа 2024 года.»), a day without its
    year in the year the block gives it («Первое видео он выложил 17 мая»)."""
    in_block = resolve_dates(find_dates(block), default_year) if block else []
    for sentence in sentences:
        stem = act_cues.published_on(sentence.text, language)
        if stem is None:
            continue
        dates = resolve_dates(find_dates(sentence.text)) or [
            d for d in in_block if sentence.start <= d.start < sentence.start + len(sentence.text)
        ]
        if len(dates) != 1:
            continue
        for act in acts:
            if act["date"] is None and re.match(
                rf"(?:\S+\s+){{0,3}}?{re.escape(stem)}", act["description"], re.IGNORECASE
            ):
                act["date"] = dates[0].value.isoformat()
                break
