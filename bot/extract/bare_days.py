"""A day told by its number alone after a full date in the same sentence: «12 ноября
задержали ..., а 14-го суд арестовал его», "detained on 12 November and on the 14th a judge
...", «12 қарашада ұстап, 14-інде сот ...». The bare day is in the month (and year) of that
date.

Invariants: only an ordinal form of a day (Russian «14-го», English "on the 14th", Kazakh
«14-інде»/«14-і күні»), never a bare figure; only within 150 characters after a date with a
month, in the same sentence (no full stop between; a line break may be a clause's); only a
day after that date's day, not followed by a noun an ordinal counts («5-го класса», "the 5th
floor").
"""

from __future__ import annotations

import re

#: The ordinal forms of a day, the figure in group "day".
_BARE_DAY = re.compile(
    r"(?<![\w.,/-])(?P<day>\d{1,2})-?(?:го|ого)\b(?!\s*(?:класс|курс|созыв|этаж|отдел|степен|"
    r"разряд|ранг|уровн|раз|пункт|част|стать|групп|год|век|микрорайон|участк|поколени|тур))"
    r"|\b(?:on|by|until|till|from)\s+the\s+(?P<enday>\d{1,2})(?:st|nd|rd|th)\b"
    r"(?!\s+(?:of|century|anniversary|floor|time|day|hearing|session|episode|grade))"
    r"|(?<![\w.,/-])(?P<kkday>\d{1,2})-(?:інде|ында|сында|сінде|нда|нде|і\s+күні|ы\s+күні)\b",
    re.IGNORECASE,
)

#: The farthest a bare day is read after its full date.
_WINDOW = 150


def bare_days(text: str, dated: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """(start, end, day, index into `dated`) of each bare day: `dated` gives (start, end, day,
    month) of the dates found with a month, in order."""
    found: list[tuple[int, int, int, int]] = []
    for match in _BARE_DAY.finditer(text):
        day = int(match.group("day") or match.group("enday") or match.group("kkday"))
        before = [
            i
            for i, (_, end, _, _) in enumerate(dated)
            if end <= match.start() and match.start() - end <= _WINDOW
        ]
        if not before:
            continue
        index = before[-1]
        # (from the date's last character: «12 ноября.» may end its sentence with the date)
        between = text[dated[index][1] - 1 : match.start()]
        if re.search(r"[.!?](?:\s|$)", between) or not dated[index][2] < day <= 31:
            continue
        found.append((match.start(), match.end(), day, index))
    return found
