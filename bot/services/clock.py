"""The calendar the people using CaseWatch live by: Kazakhstan's day.

Invariant: every "today" that a person's words or a record's dates are measured against ("вчера",
a date written with no year, a hearing still to come, this year's statistics) is the date in
Kazakhstan (Asia/Almaty, one zone at UTC+5 since March 2024), never the server's. Servers run on
UTC, where from 19:00 to midnight it is still yesterday in Kazakhstan: a post pasted at 00:30 on
1 January in Almaty would otherwise be read as of 31 December, its "5 January" dated a year early.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

KAZAKHSTAN = ZoneInfo("Asia/Almaty")


def local_day(moment: dt.datetime | None = None) -> dt.date:
    """Kazakhstan's date at `moment` (an aware datetime, such as a Telegram message's date), or
    now."""
    return (moment or dt.datetime.now(dt.UTC)).astimezone(KAZAKHSTAN).date()
