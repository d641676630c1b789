"""The tables of what people write and what it must mean (shared by tests and bench/parsers.py).

Each row: (text, language, expected). `expected` is the value, or ASK(readings) when the parser
must ask which reading is meant (never guess), or REFUSED when it must refuse. Dates are read
with TODAY as today.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

TODAY = dt.date(2026, 11, 30)


@dataclass(frozen=True)
class Ask:
    readings: tuple[Any, ...]


def ASK(*readings: Any) -> Ask:
    return Ask(tuple(readings))


REFUSED = "refused"

D = dt.date
DATES: list[tuple[str, str, object]] = [
    # numeric
    ("10.09.2021", "ru", D(2021, 9, 10)),
    ("10/09/2021", "ru", D(2021, 9, 10)),
    ("10-09-2021", "kk", D(2021, 9, 10)),
    ("10.09.21", "ru", D(2021, 9, 10)),
    ("1.9.2021", "kk", D(2021, 9, 1)),
    ("2021-09-10", "en", D(2021, 9, 10)),
    ("10.09.2021 г.", "ru", D(2021, 9, 10)),
    ("10.09.95", "ru", D(1995, 9, 10)),
    ("25/12/2021", "en", D(2021, 12, 25)),
    ("03/04/2022", "en", ASK(D(2022, 4, 3), D(2022, 3, 4))),
    ("03/04/2022", "ru", D(2022, 4, 3)),
    ("05/05/2022", "en", D(2022, 5, 5)),
    # Russian words, cases and abbreviations
    ("10 сентября 2021", "ru", D(2021, 9, 10)),
    ("10 сентября 2021 г.", "ru", D(2021, 9, 10)),
    ("10 сентября 2021 года", "ru", D(2021, 9, 10)),
    ("1 сент. 2021", "ru", D(2021, 9, 1)),
    ("3 мар 2022", "ru", D(2022, 3, 3)),
    ("31 декабря 2020", "ru", D(2020, 12, 31)),
    ("10-го сентября 2021", "ru", D(2021, 9, 10)),
    ("10 Сентябрь 2021", "ru", D(2021, 9, 10)),
    ("1 февраля 2023", "ru", D(2023, 2, 1)),
    ("12 мая 2022", "ru", D(2022, 5, 12)),
    ("5 янв. 2022", "ru", D(2022, 1, 5)),
    # Kazakh, in both orders and with case endings
    ("5 тамыз 2021", "kk", D(2021, 8, 5)),
    ("5-тамыз 2021", "kk", D(2021, 8, 5)),
    ("2021 жылғы 5 тамыз", "kk", D(2021, 8, 5)),
    ("2021 жылғы 5 тамызда", "kk", D(2021, 8, 5)),
    ("2021 ж. 10 қыркүйек", "kk", D(2021, 9, 10)),
    ("10 қыркүйекте 2021 жылы", "kk", D(2021, 9, 10)),
    ("10 кыркуйек 2021", "kk", D(2021, 9, 10)),
    ("1 қаңтар 2022", "kk", D(2022, 1, 1)),
    ("17 желтоқсан 2021", "kk", D(2021, 12, 17)),
    ("3 қаз. 2022", "kk", D(2022, 10, 3)),
    ("20 наурыз 2023", "kk", D(2023, 3, 20)),
    # English
    ("3 Mar 2022", "en", D(2022, 3, 3)),
    ("3 March 2022", "en", D(2022, 3, 3)),
    ("March 3, 2022", "en", D(2022, 3, 3)),
    ("3rd of March 2022", "en", D(2022, 3, 3)),
    ("Sept. 10, 2021", "en", D(2021, 9, 10)),
    ("10 Sep 21", "en", D(2021, 9, 10)),
    # relative
    ("вчера", "ru", D(2026, 11, 29)),
    ("кеше", "kk", D(2026, 11, 29)),
    ("yesterday", "en", D(2026, 11, 29)),
    ("сегодня", "ru", D(2026, 11, 30)),
    ("бүгін", "kk", D(2026, 11, 30)),
    ("позавчера", "ru", D(2026, 11, 28)),
    # refused
    ("10 сентября", "ru", REFUSED),  # no year: not guessed
    ("сентябрь 2021", "ru", REFUSED),  # no day
    ("31.02.2021", "ru", REFUSED),
    ("30 февраля 2021", "ru", REFUSED),
    ("10.13.2021", "ru", REFUSED),
    ("13/25/2021", "en", REFUSED),
    ("01.12.2026", "ru", D(2026, 12, 1) if False else REFUSED),  # future (not scheduled)
    ("завтра", "ru", REFUSED),
    ("tomorrow", "en", REFUSED),
    ("10.09.1985", "ru", REFUSED),  # before 1991
    ("10.09.27", "ru", REFUSED),  # two-digit year in the future is 1927: too early
    ("примерно в сентябре 2021", "ru", REFUSED),
    ("10 сентября 2021 или 11", "ru", REFUSED),
    ("10 09 2021", "ru", REFUSED),
    ("2021", "ru", REFUSED),
    ("10.09/2021", "ru", REFUSED),
    ("99999999999999999999.1.1", "ru", REFUSED),
    ("", "ru", REFUSED),
    ("10 smarch 2021", "en", REFUSED),
]

#: Scheduled events (a hearing) may be in the future.
FUTURE_DATES: list[tuple[str, str, object]] = [
    ("15.12.2026", "ru", D(2026, 12, 15)),
    ("15 декабря 2026", "ru", D(2026, 12, 15)),
    ("15 желтоқсан 2026", "kk", D(2026, 12, 15)),
    ("Dec 15, 2026", "en", D(2026, 12, 15)),
]

M = Decimal
AMOUNTS: list[tuple[str, str, object]] = [
    ("27780", "ru", M(27780)),
    ("27 780", "ru", M(27780)),
    ("27\u00a0780", "ru", M(27780)),
    ("27 780 теңге", "kk", M(27780)),
    ("27 780 тенге", "ru", M(27780)),
    ("27780 тг", "ru", M(27780)),
    ("27780 тг.", "ru", M(27780)),
    ("27780₸", "kk", M(27780)),
    ("₸27 780", "en", M(27780)),
    ("27780 KZT", "en", M(27780)),
    ("KZT 27,780", "en", M(27780)),
    ("27,780 tenge", "en", M(27780)),
    ("1,500,000", "en", M(1500000)),
    ("1.500.000", "ru", M(1500000)),
    ("1 500 000 тенге", "ru", M(1500000)),
    ("1'500'000", "kk", M(1500000)),
    ("1’500’000 ₸", "ru", M(1500000)),
    ("27780 тенге ($65)", "ru", M(27780)),
    ("27 780 теңге (65 $)", "kk", M(27780)),
    ("27,780 tenge (about $65)", "en", M(27780)),
    ("27 780 (двадцать семь тысяч семьсот восемьдесят) тенге", "ru", M(27780)),
    ("27 780,00 тенге", "ru", M(27780)),
    ("27780.00", "en", M(27780)),
    ("50 тыс. тенге", "ru", M(50000)),
    ("50 тысяч тенге", "ru", M(50000)),
    ("50 мың теңге", "kk", M(50000)),
    ("1,5 млн тенге", "ru", M(1500000)),
    ("1.5 million tenge", "en", M(1500000)),
    ("2 млн", "ru", M(2000000)),
    # ambiguous: confirmed with a question, never guessed
    ("27.780", "ru", ASK(M(27780), M("27.78"))),
    ("27.780", "kk", ASK(M(27780), M("27.78"))),
    ("27.780", "en", ASK(M(27780), M("27.78"))),
    ("27,780", "ru", ASK(M(27780), M("27.78"))),
    ("27.780 тенге ($65)", "ru", ASK(M(27780), M("27.78"))),
    ("1.000", "ru", ASK(M(1000), M(1))),
    ("27,78", "ru", ASK(M("27.78"))),
    ("27.78", "en", ASK(M("27.78"))),
    ("840,50 тенге", "ru", ASK(M("840.50"))),
    ("1 234,56", "ru", ASK(M("1234.56"))),
    ("1,234.56", "en", ASK(M("1234.56"))),
    ("1.234,56", "ru", ASK(M("1234.56"))),
    # refused
    ("$65", "en", REFUSED),
    ("65 долларов", "ru", REFUSED),
    ("100 МРП", "ru", REFUSED),
    ("0", "ru", REFUSED),
    ("-500", "ru", REFUSED),
    ("27 78", "ru", REFUSED),
    ("27.78.0", "ru", REFUSED),
    ("27780 27780", "ru", REFUSED),
    ("1e9", "ru", REFUSED),
    ("NaN", "en", REFUSED),
    ("99999999999999999999999999", "ru", REFUSED),
    ("1 000 000 000 000", "ru", REFUSED),
    ("около 30 тысяч", "ru", REFUSED),
    ("27780 тенге (27 780)", "ru", REFUSED),
    ("двадцать семь тысяч", "ru", REFUSED),  # in words only: the figure is asked for
    ("", "ru", REFUSED),
]

TERMS: list[tuple[str, str, object]] = [
    ("2 года 3 месяца", "ru", 27),
    ("2 г. 3 мес.", "ru", 27),
    ("полтора года", "ru", 18),
    ("полгода", "ru", 6),
    ("два с половиной года", "ru", 30),
    ("18 мес.", "ru", 18),
    ("18 месяцев", "ru", 18),
    ("один год", "ru", 12),
    ("год", "ru", 12),
    ("пять лет", "ru", 60),
    ("три года шесть месяцев", "ru", 42),
    ("1,5 года", "ru", 18),
    ("на 2 года", "ru", 24),
    ("сроком на три года", "ru", 36),
    ("7 лет", "ru", 84),
    ("5 жылға", "kk", 60),
    ("екі жыл алты ай", "kk", 30),
    ("бір жыл", "kk", 12),
    ("бір жарым жыл", "kk", 18),
    ("екі жарым жыл", "kk", 30),
    ("жарты жыл", "kk", 6),
    ("2 жыл 3 ай", "kk", 27),
    ("3 ай", "kk", 3),
    ("2 years and 6 months", "en", 30),
    ("one and a half years", "en", 18),
    ("two and a half years", "en", 30),
    ("half a year", "en", 6),
    ("a year", "en", 12),
    ("1 year", "en", 12),
    ("18 months", "en", 18),
    ("twenty years", "en", 240),
    ("2y 6m", "en", 30),
    # a bare number: years or months?
    ("2", "ru", ASK(24, 2)),
    ("18", "ru", ASK(216, 18)),
    ("36", "ru", ASK(36)),
    ("два", "ru", ASK(24, 2)),
    ("1,5", "ru", ASK(18)),
    # refused
    ("1,3 года", "ru", REFUSED),  # not whole months
    ("15 суток", "ru", REFUSED),
    ("31 год", "ru", REFUSED),
    ("400 месяцев", "ru", REFUSED),
    ("0 лет", "ru", REFUSED),
    ("2 года 2 года", "ru", REFUSED),
    ("99999999999999999999 лет", "ru", REFUSED),
    ("1e308 years", "en", REFUSED),
    ("пожизненно", "ru", REFUSED),
    ("много лет", "ru", REFUSED),
    ("", "ru", REFUSED),
]

HOURS: list[tuple[str, str, object]] = [
    ("100", "ru", 100),
    ("100 ч", "ru", 100),
    ("100 ч.", "ru", 100),
    ("100 часов", "ru", 100),
    ("240 часов", "ru", 240),
    ("100 сағат", "kk", 100),
    ("100 hours", "en", 100),
    ("сто часов", "ru", 100),
    ("жүз сағат", "kk", 100),
    ("two hundred hours", "en", 200),
    ("0", "ru", REFUSED),
    ("100.5 ч", "ru", REFUSED),
    ("5000 часов", "ru", REFUSED),
    ("99999999999999999999", "ru", REFUSED),
    ("100 лет", "ru", REFUSED),
    ("", "ru", REFUSED),
]
