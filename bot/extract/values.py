"""Dates, terms, hours and tenge amounts found inside running report text.

This is the thin interface the extractor uses; each finder returns `Found` spans (start, end,
value) so callers can mask what was read. Unlike the answer parsers of the conversation, these
search a long text: a number is a term only next to a unit word, an amount only next to a
currency word (or listed with one: "840 and 50 tenge"), and a dollar figure in brackets is a
note, never an amount. In these reports a point or a space groups thousands ("27.780",
"27 780"): tenge amounts have no tiyn.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Found(Generic[T]):
    start: int
    end: int
    value: T


MONTHS: dict[str, int] = {}
for number, names in enumerate(
    (
        "january jan январь января январе янв қаңтар",
        "february feb февраль февраля феврале февр фев ақпан",
        "march mar март марта марте наурыз",
        "april apr апрель апреля апреле апр сәуір",
        "may май мая мае мамыр",
        "june jun июнь июня июне маусым",
        "july jul июль июля июле шілде",
        "august aug август августа августе авг тамыз",
        "september sep sept сентябрь сентября сентябре сент сен қыркүйек",
        "october oct октябрь октября октябре окт қазан",
        "november nov ноябрь ноября ноябре нояб ноя қараша",
        "december dec декабрь декабря декабре дек желтоқсан",
    ),
    start=1,
):
    for name in names.split():
        MONTHS[name] = number


def _by_first_letter(words: list[str]) -> str:
    """The alternation `a|b|...` of words (letters and spaces), grouped by first letter in the
    order of the list: «(?:с(?:ентября|ент)|а(?:вгуста|пр))» matches as «сентября|августа|сент|
    апр» does (only words of one first letter can match at a place, in the same order), but the
    engine tries one group at each place instead of every word, which a case-insensitive
    pattern otherwise does at every character of a text."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


_MONTH = _by_first_letter(sorted(MONTHS, key=len, reverse=True))
#: English month names and short forms as a wire report capitalises them ("April", "Sept.").
EN_MONTH = _EN_MONTH = "|".join(
    sorted((name.capitalize() for name in MONTHS if name.isascii()), key=len, reverse=True)
)
#: Kazakh case endings on a month or a year ("10 қыркүйекте", "1 мамырдағы", "2021 жылғы").
_KK_TAIL = r"(?:да|де|та|те|дағы|дегі|тағы|тегі|ға|ге|қа|ке|нан|нен|дан|ден|тан|тен)?"
_YEAR_TAIL = r"(?:\s*(?:года|году|год|г\.|ж\.|жылы|жылғы|жыл))?"
#: Days written as ordinal words ("the fifth of June", «пятого июня»), English and Russian.
ORDINAL_DAYS: dict[str, int] = {}
_EN_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_RU_ORDINALS = (
    "первое второе третье четвёртое пятое шестое седьмое восьмое девятое десятое "
    "одиннадцатое двенадцатое тринадцатое четырнадцатое пятнадцатое шестнадцатое "
    "семнадцатое восемнадцатое девятнадцатое двадцатое"
).split()


def _ru_ordinal_forms(neuter: str) -> list[str]:
    """«пятое», «пятого»; «третье», «третьего»; with «ё» and «е»."""
    genitive = neuter[:-2] + "ого" if neuter.endswith("ое") else neuter[:-1] + "его"
    forms = [neuter, genitive]
    return forms + [f.replace("ё", "е") for f in forms if "ё" in f]


for _day, (_en, _ru) in enumerate(zip(_EN_ORDINALS, _RU_ORDINALS, strict=True), start=1):
    ORDINAL_DAYS[_en] = _day
    for _form in _ru_ordinal_forms(_ru):
        ORDINAL_DAYS[_form] = _day
        if _day < 10:
            ORDINAL_DAYS[f"двадцать {_form}"] = 20 + _day
    if _day < 10:
        ORDINAL_DAYS[f"twenty-{_en}"] = ORDINAL_DAYS[f"twenty {_en}"] = 20 + _day
ORDINAL_DAYS.update(
    {"thirtieth": 30, "thirty-first": 31, "thirty first": 31, "тридцатое": 30,
     "тридцатого": 30, "тридцать первое": 31, "тридцать первого": 31}
)  # fmt: skip
#: Kazakh days in words are cardinals with a possessive and case ending («шілденің жиырма
#: үшінде» — on July's twenty-third): the number words, the ending matched apart.
KK_DAY_WORDS: dict[str, int] = {}
_KK_UNITS = "бір екі үш төрт бес алты жеті сегіз тоғыз".split()
for _unit, _word in enumerate(_KK_UNITS, start=1):
    KK_DAY_WORDS[_word] = _unit
    KK_DAY_WORDS[f"он {_word}"] = 10 + _unit
    KK_DAY_WORDS[f"жиырма {_word}"] = 20 + _unit
KK_DAY_WORDS.update({"он": 10, "жиырма": 20, "отыз": 30, "отыз бір": 31})
_KK_DAY = _by_first_letter(sorted(KK_DAY_WORDS, key=len, reverse=True))
_ORDINAL = _by_first_letter(sorted(ORDINAL_DAYS, key=len, reverse=True))
_DATE_PATTERNS = (
    # 2021 жылғы 10 қыркүйекте
    re.compile(
        rf"(?P<year>(?:19|20)\d\d)\s*(?:жылғы|жылы|ж\.)\s+(?P<day>\d{{1,2}})\s*-?\s*"
        rf"(?P<month>{_MONTH}){_KK_TAIL}\b",
        re.IGNORECASE,
    ),
    # 2023 жылдың 1 шілдесінде, 2022 жылдың 5 қаңтарында: the month with a possessive ending
    re.compile(
        rf"(?P<year>(?:19|20)\d\d)\s*жылдың\s+(?P<day>\d{{1,2}})\s*-?\s*"
        rf"(?P<month>{_MONTH})(?:с?[ыі])?(?:нда|нде|на|не|ндағы|ндегі|н)?\b",
        re.IGNORECASE,
    ),
    # 2025 жылы шілденің жиырма үшінде, қазанның 5-інде: the month in the genitive, then the
    # day (a number or words) with its ending
    re.compile(
        rf"(?:(?P<year>(?:19|20)\d\d)\s*(?:жылы|жылғы|жылдың|ж\.)\s+)?"
        rf"(?P<month>{_MONTH})(?:ның|нің|дың|дің|тың|тің)\s+"
        rf"(?:(?P<day>\d{{1,2}})\s*-?\s*[а-яәіңғүұқөһ]*|(?P<kkday>{_KK_DAY})[а-яәіңғүұқөһ]*)\b",
        re.IGNORECASE,
    ),
    # 10 September 2021, 10 сентября 2021 года, 5 тамыз 2021, 5 August (year inferred)
    re.compile(
        # (an abbreviation's point after the word: "9 Dec. 2025", «9 дек. 2025 г.»)
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|-?го|-?е)?(?:\s+of)?\s*-?\s*(?P<month>{_MONTH})"
        rf"{_KK_TAIL}\b\.?"
        rf"(?:,?\s+(?P<year>(?:19|20)\d\d)\b{_YEAR_TAIL})?",
        re.IGNORECASE,
    ),
    # the fifth of June 2025, the twenty-first of May, пятого июня 2025 года
    re.compile(
        rf"(?:\bthe\s+)?\b(?P<dayword>{_ORDINAL})(?:\s+of)?\s+(?P<month>{_MONTH})\.?\b"
        rf"(?:,?\s+(?P<year>(?:19|20)\d\d)\b{_YEAR_TAIL})?",
        re.IGNORECASE,
    ),
    # September 10, 2021
    re.compile(
        rf"\b(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b",
        re.IGNORECASE,
    ),
    # "The court on April 7 sentenced": a wire report's day without its year, the year taken
    # from its dateline (case-sensitive: "may 2" is no date)
    re.compile(rf"\b(?P<month>{_EN_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,:/]?\d)"),
    # 10.09.2021, 10/09/2021, 10.09.21
    re.compile(r"\b(?P<day>\d{1,2})[./](?P<mon>\d{1,2})[./](?P<year>(?:19|20)?\d\d)\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>\d{2})-(?P<day>\d{2})\b"),
    # a chronology's line «05.03 ● Домашний арест», "12.02 – Publication": a day and month
    # opening the line, a mark after them (the year is the heading's; not a time «12.30 в суде»)
    re.compile(r"(?m:^[ \t]*(?P<day>\d{1,2})\.(?P<mon>\d{1,2})(?=[ \t]*[●•■▪◆|–—:]))"),
)


@dataclass(frozen=True)
class DateMention:
    day: int
    month: int
    year: int | None
    #: "on November 14 last year": a year without its number, this many before the text's.
    years_back: int = 0


_LAST_YEAR = re.compile(r",?\s+(?:of\s+)?last\s+year\b", re.IGNORECASE)


def find_dates(text: str) -> list[Found[DateMention]]:
    """Every date in the text, in order; a date written without a year has year None."""
    return list(_dates_in(text))


# The extractor asks for the dates of the same sentence or block many times over (each case,
# each field); the month-name patterns are the costliest scan of a text, so it is done once.
@lru_cache(maxsize=1024)
def _dates_in(text: str) -> tuple[Found[DateMention], ...]:
    found: list[Found[DateMention]] = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            groups = match.groupdict()
            month = (
                MONTHS.get(groups["month"].lower().rstrip("."))
                if groups.get("month")
                else int(groups["mon"])
            )
            year_text = groups.get("year")
            year = int(year_text) if year_text else None
            if year is not None and year < 100:
                year += 2000
            word = groups.get("dayword")
            if word and re.match("[a-z]", word, re.I) and not groups.get("year"):
                if not re.search(r"\sof\s", match.group()):
                    continue  # "the first May Day" is no date; "the fifth of May" is
            if groups.get("kkday"):
                day = KK_DAY_WORDS[" ".join(groups["kkday"].lower().split())]
            elif groups.get("dayword"):
                day = ORDINAL_DAYS[" ".join(groups["dayword"].lower().split())]
            else:
                day = int(groups["day"])
            if not month or not 1 <= month <= 12 or not 1 <= day <= 31:
                continue
            taken.append((match.start(), match.end()))
            back = 1 if year is None and _LAST_YEAR.match(text, match.end()) else 0
            found.append(Found(match.start(), match.end(), DateMention(day, month, year, back)))
    found.sort(key=lambda f: f.start)
    # «12 ноября задержали ..., а 14-го суд арестовал»: a bare day in the month told before
    from bot.extract.bare_days import bare_days

    dated = [(f.start, f.end, f.value.day, f.value.month) for f in found]
    for start, end, day, index in bare_days(text, dated):
        if not any(s < end and start < e for s, e in taken):
            told = found[index].value
            found.append(Found(start, end, DateMention(day, told.month, told.year)))
    return tuple(sorted(found, key=lambda f: f.start))


def _follows(full: Found[DateMention], bare: Found[DateMention]) -> bool:
    """A date without a year that falls 0-62 days after the full date, in the full date's year."""
    assert full.value.year is not None
    try:
        first = dt.date(full.value.year, full.value.month, full.value.day)
        then = dt.date(full.value.year, bare.value.month, bare.value.day)
    except ValueError:
        return False
    return 0 <= (then - first).days <= 62


def resolve_dates(
    mentions: list[Found[DateMention]],
    default_year: int | None = None,
    heading_first: bool = False,
) -> list[Found[dt.date]]:
    """Dates with a year; a date written without one takes the year of a full date written
    just before it, else the latest year of the full dates before it (else of the next one), as
    reports write "On 5 August" after "10 September 2021"; else `default_year` (the year a
    bulletin's heading gives its items: "Weekly digest, 22–28 April 2024"). With
    `heading_first`, that year comes before the next full date's ("Posted 11 March 2025 /
    Today, 11 March, the court ... a comment of 23 September 2024")."""
    years = [m.value.year for m in mentions]
    resolved: list[Found[dt.date]] = []
    for index, mention in enumerate(mentions):
        year = mention.value.year
        if year is None:
            before = [y for y in years[:index] if y is not None]
            after = [y for y in years[index + 1 :] if y is not None]
            if heading_first and not before and default_year is not None:
                year = default_year
            else:
                year = max(before) if before else (after[0] if after else default_year)
            # «2023 жылғы 6 қарашада ұсталып, 8 қарашада ...»: a full date just before, in
            # the same clause run, gives its year.
            near = [m for m in mentions[:index] if m.value.year is not None]
            if near and mention.start - near[-1].end <= 60:
                year = near[-1].value.year
            elif near and mention.start - near[-1].end <= 300 and _follows(near[-1], mention):
                # "arrested on August 21, 2025 ... in pre-trial detention since August 23"
                # (told after "February 19, 2026"): a day weeks after a full date told just
                # before goes on from it
                year = near[-1].value.year
        if year is None:
            continue
        if mention.value.year is None:
            year -= mention.value.years_back
        try:
            value = dt.date(year, mention.value.month, mention.value.day)
        except ValueError:
            continue
        resolved.append(Found(mention.start, mention.end, value))
    return resolved


WORD_NUMBERS = {
    "one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
    "один": 1, "одного": 1, "одному": 1, "одним": 1, "одном": 1, "одна": 1,
    "два": 2, "двух": 2, "двум": 2, "двумя": 2, "три": 3, "трёх": 3, "трех": 3, "трём": 3,
    "трем": 3, "четыре": 4, "четырёх": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6,
    "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8,
    # «приговорил к четырём годам», «к пяти годам», «к двум годам»: the dative
    "четырём": 4, "четырем": 4, "семью": 7, "восемью": 8,
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8,
    "тоғыз": 9, "он": 10, "eleven": 11, "twelve": 12, "eighteen": 18,
    "девять": 9, "девяти": 9, "десять": 10, "десяти": 10, "шестью": 6,
}  # fmt: skip
_NUM = r"(?:\d+(?:[.,]5)?|" + _by_first_letter(sorted(WORD_NUMBERS, key=len, reverse=True)) + ")"
_HALF_WORDS = r"(?:полтора|полутора|one and a half|бір жарым)"
# год, года, году, годам; жыл, жылға, жылдан; a table's "1 y 6 m"
# (not "300 monthly calculation indices", "yearly": whole words)
# (a table's «1 г. 6 мес.», «2 г. ограничения свободы»: «г.» is a year only before the months
# or the punishment, not a town's «г. Тараз» or a date's «2026 г.»)
_YEARS = (
    r"(?:years?\b|yrs?\b|y\b|год\w*|лет|жыл\w*|"
    r"г\.(?=\s*(?:\d{1,2}\s*мес|ограничени|лишени|заключени|тюрьм|колони)))"
)
_MONTHS_UNIT = r"(?:months?\b|m\b|месяц\w*|мес\.|ай(?:ға|дан|ды)?\b)"
_TERM = re.compile(
    rf"(?<![\w/-])(?:(?P<half>{_HALF_WORDS})\s*{_YEARS}|"
    # "two and a half years", «два с половиной года», «екі жарым жыл»: parse_term reads them
    # «сроком на 1 (один) год»: the number in words in brackets too
    # "2 1/2 years", "2½ years" (RFE/RL headlines): a half written as a fraction
    rf"(?P<years>{_NUM})(?:\s+(?:and a half|с половиной|жарым)|-and-a-half|\s*½|\s+1/2)?"
    rf"(?:\s*\([^()\d]{{2,20}}\))?"
    rf"[\s-]*{_YEARS}"
    # "a year and a half of restricted freedom": the half after the unit
    r"(?:\s+and\s+a\s+half\b)?"
    # «1 (одного) года 6 (шести) месяцев», «2 (екі) жыл 6 (алты) ай»: the months in words too
    rf"(?:,?\s*(?:and|и|және)?\s*(?P<extra>{_NUM})(?:\s*\([^()\d]{{2,20}}\))?\s*{_MONTHS_UNIT})?"
    rf"|(?P<months>{_NUM})[\s-]*{_MONTHS_UNIT}"
    # "half a year", «жарты жылға»: six months with no number
    r"|(?P<halfyear>half\s+a\s+year\b|half-year\b|жарты\s+жыл\w*))",
    re.IGNORECASE,
)


def _number(text: str) -> float | None:
    text = text.lower().replace(",", ".")
    if text in WORD_NUMBERS:
        return WORD_NUMBERS[text]
    try:
        return float(text)
    except ValueError:
        return None


def _parsed_term(text: str) -> int | None:
    """The months the report form's parser (bot.parsing) reads in a term found here."""
    from bot.parsing import Unreadable, parse_term

    try:
        return parse_term(text)
    except Unreadable:  # also Ambiguous: the regex reading below decides
        return None


#: «назначил ему год ограничения свободы», «получил полгода тюрьмы»: a year (or half of one)
#: named without a number, right before the punishment.
_BARE_YEAR = re.compile(
    r"(?<![\w-])(год|полгода)\s+(?=(?:ограничени|лишени|тюрьм|колони|заключени)\w*)",
    re.IGNORECASE,
)
#: «запретила заниматься ... деятельностью в течение года», «сроком на год»: a year with no
#: number, after the ban it is the term of.
_FOR_A_YEAR = re.compile(r"(?<![\w-])(?:в течение|сроком на)\s+(?:одного\s+)?(?:года|год)\b", re.I)
#: An age written in figures: «46-летнего», «24-летний» (not «трёхлетний запрет»: a term).
_AGE = re.compile(r"\d{1,3}\s*-\s*летн", re.IGNORECASE)
#: What follows an English age read as a term: "a 36-year-old welder", "he is 52 years old".
_AGE_AFTER = re.compile(r"[\s-]*old\b", re.IGNORECASE)


#: A number right before another term, joined to it, its unit left out: "five and three years",
#: "5, 4 and 3 years", «к пяти и трём годам», «5 және 3 жылға».
_JOINED_NUMBER = re.compile(rf"(?<![\w-])({_NUM})(?:\s*,\s*|\s+(?:and|и|және)\s+)$", re.IGNORECASE)


def _sharing_the_unit(text: str, match: re.Match[str]) -> list[Found[int]]:
    """The numbers written before a whole term that share its unit ("sentenced X and Y to five
    and three years respectively"): each a term of its own."""
    if match.group("years") and not match.group("extra") and "half" not in match.group():
        unit = 12
    elif match.group("months"):
        unit = 1
    else:
        return []
    found: list[Found[int]] = []
    end = match.start()
    while joined := _JOINED_NUMBER.search(text[max(0, end - 40) : end]):
        start = max(0, end - 40) + joined.start()
        number = _number(joined.group(1))
        if number is None or number != int(number) or not 1 <= number * unit <= 600:
            break
        found.append(Found(start, start + len(joined.group(1)), int(number) * unit))
        end = start
    return found


def find_terms(text: str) -> list[Found[int]]:
    """Terms in months: '1 year', '2-year', 'two years', '1 год и 6 месяцев', '1,5 годам',
    'полтора года', '1 жыл 6 айға', '18 months'. This finds where a term is; its value is the
    one bot.parsing.parse_term gives, so the form and the extractor agree."""
    found: list[Found[int]] = [
        Found(m.start(), m.end(), 12 if m.group(1).lower() == "год" else 6)
        for m in _BARE_YEAR.finditer(text)
    ] + [Found(m.start(), m.end(), 12) for m in _FOR_A_YEAR.finditer(text)]
    for match in _TERM.finditer(text):
        if _AGE.match(text, match.start()) or _AGE_AFTER.match(text, match.end()):
            continue  # «46-летнего шахтёра», «24-летний студент», "a 36-year-old welder": an age
        found += _sharing_the_unit(text, match)
        parsed = _parsed_term(match.group())
        if parsed is not None and 1 <= parsed <= 600:
            found.append(Found(match.start(), match.end(), parsed))
            continue
        if match.group("halfyear"):
            months = 6
        elif match.group("half"):
            months = 18
        elif match.group("years"):
            years = _number(match.group("years"))
            if years is None or years > 50 or (years == 1 and match.group("years") == "a"):
                if match.group("years").lower() != "a":
                    continue
            extra = _number(match.group("extra")) if match.group("extra") else 0
            months = round((years or 1) * 12) + int(extra or 0)
            if re.search(r"and[\s-]a[\s-]half|с половиной|жарым|½|\s1/2", match.group(), re.I):
                months += 6  # «двум с половиной годам», which the form's parser does not read
        else:
            months = int(_number(match.group("months")) or 0)
        if 1 <= months <= 600:
            found.append(Found(match.start(), match.end(), months))
    return sorted(found, key=lambda f: f.start)


_HOURS = re.compile(
    # «100 (сто) часов», «100 (жүз) сағат»: the number in words in brackets between
    r"(?<![\w.,])(\d{1,4})(?:\s*\([^()\d]{2,20}\))?\s*(?:-\s*)?(?:hours?|hrs?\b|h\b|час\w*|"
    r"сағат\w*)",
    re.IGNORECASE,
)


def find_hours(text: str) -> list[Found[int]]:
    return [Found(m.start(), m.end(), int(m.group(1))) for m in _HOURS.finditer(text)]


_GROUPED = (
    r"\d{1,3}(?:[  .,’'](?:\d{3}))+(?![\d])"
    r"|\d+(?:[.,]\d)?(?=\s*(?:тыс|мың|млн|thousand|million))|\d+"
)
#: "50 тыс.", "50 мың", "1,5 млн": the value is read with its multiplier by bot.parsing.
_MULTIPLIER = r"(?:\s*(?:тыс\.?|тысяч\w*|мың|млн\.?|миллион\w*|thousand|million))?"
#: («39 320 теңгеден» each, «теңгені», «теңгелік»: a Kazakh case ending on the word)
_CURRENCY = r"(?:tenge|тенге|теңге(?:ден|ні|ге|лік)?|тг\.?|₸|kzt)"
_AMOUNT_LIST = re.compile(
    # "840, 500 and 50 tenge": a list ends with "and" ("OSPANOV, 67, 1,572,800 tenge": an age)
    rf"(?<![\w.,])(?P<list>(?:(?:(?:{_GROUPED}){_MULTIPLIER},\s+)*"
    rf"(?:{_GROUPED}){_MULTIPLIER},?\s+(?:and|и|және)\s+)?)"
    # "1 380 000 (один миллион триста восемьдесят тысяч) тенге": the amount in words between.
    rf"(?P<last>(?:{_GROUPED}){_MULTIPLIER})(?:\s*\([^()\d]{{3,120}}\))?\s*{_CURRENCY}(?!\w)"
    # "KZT 345,000", "₸ 8 730": the currency written first.
    rf"|(?<!\w)(?:kzt|₸)\s*(?P<first>{_GROUPED}){_MULTIPLIER}(?![\w])",
    re.IGNORECASE,
)
#: A dollar figure in brackets: "($65)", "(61$)", "(68 USD)", "(132 $)", "(68 АҚШ доллары)".
DOLLARS = re.compile(
    r"\(\s*(?:\$\s*[\d  .,]+|[\d  .,]+\s*(?:\$|usd|долл\w*|доллар\w*|АҚШ доллар\w*))\s*\)",
    re.IGNORECASE,
)


def dollars_beside(text: str, start: int, end: int) -> Decimal | None:
    """The dollar figure written in brackets inside or right after the amount at start:end
    ("27780 тенге ($65)", «27 780 ($65) тенге»), as reported; None if there is none."""
    from bot.parsing.amounts import dollar_figure

    for match in DOLLARS.finditer(text):
        inside = start <= match.start() < end
        right_after = match.start() >= end and not text[end : match.start()].strip()
        if inside or right_after:
            # «АҚШ доллары» (US dollars) is read as dollars, as «долл.» is.
            return dollar_figure(match.group()[1:-1].replace("АҚШ", "").replace("ақш", ""))
    return None


def amount_value(text: str) -> Decimal | None:
    """'27 780', '27.780', '27,780', '27’780' -> 27780; a bare number as is.

    Read by bot.parsing.parse_amount; where it sees two readings (27.780: thousands or
    tiyn), a report means thousands: published reports never write tenge with tiyn."""
    from bot.parsing import Ambiguous, Unreadable, parse_amount

    try:
        return parse_amount(text).value
    except Ambiguous as problem:
        return max(candidate.value for candidate in problem.candidates)
    except Unreadable:
        pass
    digits = re.sub(r"[  .,’']", "", text)
    if not digits.isdigit():
        return None
    value = Decimal(digits)
    return value if 0 < value < Decimal(10) ** 12 else None


def find_amounts(text: str) -> list[Found[list[Decimal]]]:
    """Tenge amounts; a list written with one currency word ('840 and 50 tenge') is one group."""
    found: list[Found[list[Decimal]]] = []
    for match in _AMOUNT_LIST.finditer(text):
        if match.group("first"):
            numbers = [text[match.start("first") : match.end()]]
        else:
            listed = re.findall(rf"(?:{_GROUPED}){_MULTIPLIER}", match.group("list"))
            numbers = [*listed, match.group("last")]
        values = [v for v in (amount_value(n) for n in numbers) if v is not None]
        if values:
            found.append(Found(match.start(), match.end(), values))
    return found


def mask(text: str, spans: list[tuple[int, int]], char: str = " ") -> str:
    """The text with these spans blanked out, offsets unchanged."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = char * (end - start)
    return "".join(chars)
