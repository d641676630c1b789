"""Kazakhstan's day (bot/services/clock.py): the calendar every "today" is measured against."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing import parse_date
from bot.services.clock import local_day


@pytest.mark.parametrize(
    ("moment", "day"),
    [
        (dt.datetime(2025, 12, 31, 18, 59, tzinfo=dt.UTC), dt.date(2025, 12, 31)),
        (dt.datetime(2025, 12, 31, 19, 0, tzinfo=dt.UTC), dt.date(2026, 1, 1)),
        (dt.datetime(2026, 6, 30, 23, 30, tzinfo=dt.UTC), dt.date(2026, 7, 1)),
        # an aware time in another zone is converted, not read as written
        (
            dt.datetime(2026, 3, 1, 1, 0, tzinfo=dt.timezone(dt.timedelta(hours=9))),
            dt.date(2026, 2, 28),
        ),
    ],
)
def test_the_day_is_kazakhstans_utc_plus_five(moment: dt.datetime, day: dt.date) -> None:
    assert local_day(moment) == day


def test_now_is_kazakhstans_day() -> None:
    before = local_day()
    assert local_day(dt.datetime.now(dt.UTC)) in (before, before + dt.timedelta(days=1))


def test_yesterday_is_counted_from_kazakhstans_day() -> None:
    """Typed at 01:00 on 1 January in Almaty (still 31 December on a UTC server)."""
    today = local_day(dt.datetime(2025, 12, 31, 20, 0, tzinfo=dt.UTC))
    assert parse_date("вчера", allow_future=False, today=today) == dt.date(2025, 12, 31)
    assert parse_date("кеше", allow_future=False, today=today) == dt.date(2025, 12, 31)
