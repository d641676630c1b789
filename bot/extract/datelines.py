"""How the date of a sentence's event is told, apart from the event itself: a news item's
dateline and the day it gives "today", "the next day" and "two days later", the date of the
act (a post "of 5 May", «за публикацию от ...») that dates no event, custody "since" a day,
and a sentence about an earlier case. Pure text predicates: no scope is built here."""

from __future__ import annotations

import datetime as dt
import re

from bot.extract import act_words, english, lexicon
from bot.extract.act_patterns import OWN_DATE
from bot.extract.blocks import Sentence
from bot.extract.places import find_town
from bot.extract.record import Scope
from bot.extract.values import WORD_NUMBERS, find_dates

#: A news item's place and date before a dash: "Aktobe, 3 July 2024 –", "ALMATY, March 14, 2024 —".
#: A release told as following the verdict: "after the verdict", «после приговора»,
#: «үкімнен кейін».
AFTER_VERDICT = lexicon.compile_table(
    {
        "en": r"\bafter the (?:verdict|sentencing)\b",
        "ru": r"\bпосле (?:(?:оглашения|вынесения) )?приговора\b",
        # («үкім шыққаннан кейін»: after the verdict came out, as «үкімнен кейін»)
        "kk": r"\bүкім(?:нен| жарияланғаннан| шыққаннан| оқылғаннан)\s+кейін\b",
    }
)


_DATELINE_LEAD = re.compile(r"^\s*[^\W\d][\w-]*(?:\s[\w-]+)?,\s*$")


_NEXT_DAY = {
    "en": r"\b(?:the\s+)?(?:next|following)\s+day\b|\bday\s+after\b",
    "ru": r"\bна\s+следующий\s+день\b|\bна\s+другой\s+день\b|\bназавтра\b",
    "kk": r"\bкелесі\s+күні\b|\bертесі(?:\s+күні)?\b",
}


#: The same day told by its hours: "later that day", "a few hours later", «уже в обед», «через
#: несколько часов», «бірнеше сағаттан кейін» (an arrest at night, the court's order by noon).
_SAME_DAY = {
    "en": r"\b(?:on\s+)?the\s+same\s+day\b|\bthat\s+(?:same\s+)?day\b|"
    r"\bthat\s+(?:same\s+)?(?:afternoon|evening)\b|"
    # "was detained the same morning", "later that night"
    r"\bthe\s+same\s+(?:morning|afternoon|evening|night)\b|\blater\s+that\s+night\b|"
    r"\b(?:a\s+few|several|two|three)\s+hours\s+later\b|"
    # (a sentence opening with the later part of the day told before, in each language)
    r"^\W*(?:(?:and|but)\s+)?(?:in|by)\s+the\s+(?:afternoon|evening)\b",
    "ru": r"\bв\s+тот\s+же\s+день\b|\bв\s+этот\s+же\s+день\b|"
    r"\b(?:уже\s+)?в\s+обед\b|\b(?:в\s+тот\s+же|тем\s+же)\s+вечер(?:ом)?\b|"
    # «в то же утро задержали», «тем же утром», «в ту же ночь»
    r"\b(?:в\s+то\s+же|тем\s+же)\s+утр(?:о|ом)\b|\b(?:в\s+ту\s+же\s+ночь|той\s+же\s+ночью)\b|"
    r"\b(?:через|спустя)\s+(?:несколько|пару|два|три)\s+час\w*|"
    r"\bнесколько\s+часов\s+спустя\b|^\W*(?:(?:а|и|но|уже)\s+)?(?:вечером|днём|днем)\b",
    "kk": r"\bсол\s+күні\b|\bсол\s+күні\s+ақ\b|"
    r"\b(?:бірнеше|екі|үш)\s+сағат(?:тан)?\s+(?:кейін|соң)\b|"
    # a sentence opening with the later part of the day told before: «А вечером следственный
    # судья санкционировал арест», "In the evening, a court ordered ...", «Кешке сот ...»
    r"^\W*(?:ал\s+)?(?:кешке|кешкісін|түстен\s+кейін)\b",
}


_DAYS_LATER = {
    "en": r"\b(\w+)\s+days?\s+later\b",
    "ru": r"\bчерез\s+(\w+)\s+(?:дн|сут)\w*|\b(\w+)\s+(?:дн|сут)\w*\s+спустя\b",
    "kk": r"\b(\w+)\s+күннен\s+(?:кейін|соң)\b",
}


def days_later(text: str, language: str) -> int | None:
    """Days after the event told before: "the same day" 0, "the next day" 1, "two days later"
    2, «через три дня» 3, «екі күннен кейін» 2."""
    if re.search(_NEXT_DAY[language], text, re.IGNORECASE):
        return 1
    if re.search(_SAME_DAY[language], text, re.IGNORECASE):
        return 0
    match = re.search(_DAYS_LATER[language], text, re.IGNORECASE)
    earlier = language == "en" and re.search(r"\b(\w+)\s+days?\s+(?:earlier|before)\b", text, re.I)
    if earlier and not match:
        # "Two days earlier, the same court sentenced another activist": before, not after
        days = days_later(f"{earlier.group(1)} days later", language)
        return -days if days else None
    if not match:
        return None
    word = next(g for g in match.groups() if g).lower()
    if word.isdigit():
        return int(word) if 0 < int(word) < 60 else None
    number = WORD_NUMBERS.get(word) or {"дня": 1, "двое": 2, "трое": 3}.get(word)
    return int(number) if number else None


def published_on(sentences: list[Sentence], resolved: dict[int, dt.date]) -> dt.date | None:
    """The date a news item gives itself at its opening ("Aktobe, 3 July 2024 – ...")."""
    position = 0
    for sentence in sentences[:4]:
        for found in find_dates(sentence.text):
            lead = sentence.text[: found.start]
            after = sentence.text[found.end : found.end + 4]
            value = resolved.get(position + found.start)
            if (
                value
                and _DATELINE_LEAD.match(lead.split("\n")[-1])
                and re.match(r"\s*[–—-]", after)
            ):
                return value
            break
        position += len(sentence.text) + 1
    return None


_EARLIER = lexicon.compile_table(
    {"en": r"\balready\b|\bpreviously\b", "ru": r"\bранее\b|\bуже\b", "kk": r"\bбұрын\b"}
)


_SINCE_YEAR = re.compile(
    r"\bsince\s+(?:19|20)\d\d\b|(?<![\w-])с\s+(?:19|20)\d\d\s+года\b|"
    r"\b(?:19|20)\d\d\s+жыл(?:дан|дың)?\s+(?:бері|басынан\s+бері)",
    re.IGNORECASE,
)


def earlier_case(text: str, scope: Scope | None) -> bool:
    """An undated sentence about an earlier case: "already convicted in 2018", «ранее, в 2018
    году, она уже была осуждена»: a year other than the scope's, or "already"/«ранее»."""
    # (a year something has lasted since, "who has run the group since 2021", «с 2021 года»,
    # «2021 жылдан бері», dates no earlier case)
    text = _SINCE_YEAR.sub(" ", text)
    years = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)}
    if scope is not None and scope.date is not None and years and scope.date.year not in years:
        return True
    return bool(years) and bool(
        _EARLIER["en"].search(text) or _EARLIER["ru"].search(text) or _EARLIER["kk"].search(text)
    )


COURTROOM = lexicon.compile_table(
    {
        "en": r"\bcourt\s?room\b|\bin (?:the )?court\b|\b(?:the )?same day\b",
        # («взяли под стражу прямо в зале»: the hall named alone)
        "ru": r"\bзал\w*\s+(?:суда|судебного\s+заседания)\b|\bв тот же день\b|"
        r"\b(?:прямо\s+)?в\s+зале\b(?=\s*[,.;]|\s*$)",
        # («бүгін залдан босатылды»: the hall named alone, before a release)
        "kk": r"\bсот\s+зал\w*|\bсол күні\b|\bзал(?:дан|ында|ынан)\s+(?=босат)",
    }
)


#: A charge told as a standing state (the perfect, the present), not as the day's act: "she has
#: been charged with", «ему вменяется», «оған ... айып тағылған». Undated, it takes no dateline.
STANDING_CHARGE = lexicon.compile_table(
    {
        "en": r"\b(?:has|have)\s+been\s+charged\b|\bstands?\s+charged\b|\bfaces?\s+charges\b",
        "ru": r"\bобвиняется\b|\bвменя(?:ется|ют)\b",
        "kk": r"\bайып\s+тағылған\b(?!\s+(?:күн|кез|соң|кейін))",
    }
)


TODAY = lexicon.compile_table({"en": r"\btoday\b", "ru": r"\bсегодня\b", "kk": r"\bбүгін\w*"})

#: "yesterday", «вчера», «кеше»: the day before the news item's own.
_YESTERDAY = lexicon.compile_table({"en": r"\byesterday\b", "ru": r"\bвчера\b", "kk": r"\bкеше\b"})
#: A part of the day told with "yesterday" ("yesterday evening", «вчера вечером», «кеше кешке»).
_DAY_PART = {
    "en": r"(?:morning|afternoon|evening|night)",
    "ru": r"(?:утром|днём|днем|вечером|ночью)",
    "kk": r"(?:таңертең|түсте|кешке|кешкісін|түнде)",
}
#: A weekday named for the event ("The court on Thursday sentenced", «в четверг», «бейсенбіде»),
#: Monday first.
_WEEKDAYS = {
    "en": [
        rf"(?-i:\b{day}\b)"
        for day in "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
    ],
    "ru": [
        r"\bв\s+понедельник\b",
        r"\bво\s+вторник\b",
        r"\bв\s+среду\b",
        r"\bв\s+четверг\b",
        r"\bв\s+пятницу\b",
        r"\bв\s+субботу\b",
        r"\bв\s+воскресенье\b",
    ],
    "kk": [
        rf"\b{day}(?:де|да|\s+күні)\b"
        for day in ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі")
    ],
}

#: _WEEKDAYS compiled once, case-insensitive as they are matched.
_WEEKDAY_PATTERNS = {
    language: [re.compile(day, re.IGNORECASE) for day in days]
    for language, days in _WEEKDAYS.items()
}


def day_after_yesterday(text: str, language: str, dates: list[dt.date]) -> dt.date | None:
    """The item's own day when the sentence names "yesterday" with its one date right after it
    ("Yesterday, 27 November, police detained ...", «Вчера, 27 ноября, ...», «Кеше, 27
    қарашада ...»): the day after that date, so a "today" told later is that day; else None."""
    if len(dates) != 1:
        return None
    starts: set[int] | None = None  # where the sentence's dates begin, read once if needed
    for found in _YESTERDAY[language].finditer(text):
        # ("yesterday evening, 27 November", «вчера вечером, 29 ноября», «кеше кешке, ...»: the
        # part of the day between)
        gap = re.match(
            r"[\s,(]{0,4}(?:" + _DAY_PART[language] + r"[\s,(]{1,4})?",
            text[found.end() :],
            re.IGNORECASE,
        )
        at = found.end() + (gap.end() if gap else 0)
        starts = starts if starts is not None else {f.start for f in find_dates(text)}
        if at in starts:
            return dates[0] + dt.timedelta(days=1)
    return None


def days_before_news(text: str, language: str, news_day: dt.date) -> int | None:
    """How many days before the news item's own day a sentence's event happened, when it says
    "yesterday" or names a weekday (the latest such day up to the item's); else None."""
    said_when = _SAID_BEFORE[language], _SAID_AFTER[language]
    for found in _YESTERDAY[language].finditer(text):
        if not _tells_a_statement(text, found, *said_when):
            return 1
    named = [
        i
        for i, day in enumerate(_WEEKDAY_PATTERNS[language])
        if any(not _tells_a_statement(text, f, *said_when) for f in day.finditer(text))
    ]
    if len(named) != 1:
        return None
    return (news_day.weekday() - named[0]) % 7


#: The day a statement about the event was made, not the event's: "the group condemned on
#: Thursday the sentence ...", "his lawyer said on Tuesday", «заявил в среду адвокат»,
#: «в понедельник сообщили в полиции», «қорғаушы сәрсенбіде мәлімдеді».
_STATEMENT_VERB = {
    "en": r"(?:said|says|told|condemned|denounced|announced|reported|stated|wrote|urged|"
    r"called|critici[sz]ed|welcomed|confirmed|commented|added|noted)",
    "ru": r"(?:сообщи|заяви|рассказа|написа|осуди|отмети|подтверди|прокомментирова|"
    r"призва|раскритикова)\w*",
    "kk": r"(?:мәлімде|хабарла|айтт|жазд|сынад|мәлімдеме\s+жаса)\w*",
}
_SAID_BEFORE = {
    language: re.compile(rf"\b{verb}\s+(?:on\s+|last\s+)?$", re.IGNORECASE)
    for language, verb in _STATEMENT_VERB.items()
}
#: (the Kazakh verb ends its clause: «бейсенбіде ... үкімді сынады», not a quoted «... деп»)
_SAID_AFTER = {
    language: re.compile(
        rf"(?:\s+(?!деп\b)[\w-]+){{0,{8 if language == 'kk' else 0}}}?\s+{verb}\b", re.I
    )
    for language, verb in _STATEMENT_VERB.items()
}


def _tells_a_statement(
    text: str, found: re.Match[str], before: re.Pattern[str], after: re.Pattern[str]
) -> bool:
    """Whether the day found is the one a statement was made on, its verb next to it."""
    return bool(before.search(text[: found.start()]) or after.match(text, found.end()))


#: An explicit preventive measure «Мера пресечения: арест (с 24 ноября)» is that measure,
#: even with "since".
_MEASURE_WORD = r"measure|мер\w* пресечения|бұлтартпау"


#: «тергеу оны ... мақала жазды деп айыптайды»: the investigators accuse, the act before it.
_ACCUSES = lexicon.compile_table({"en": r"(?!)", "ru": r"(?!)", "kk": r"\bдеп\s+айыпта\w*"})


#: A published work named by its date, as Russian reports and verdicts write it: «за
#: публикацию от 2 августа», «пост в Facebook от 05.06.2026», «видеообращение от ...».
WORK_OF = lexicon.compile_table(
    {
        # "citing a video he posted on November 28", "a Facebook post of 3 May", "an article
        # dated 2 June": the day of the act
        "en": r"\b(?:posts?|videos?|comments?|articles?|messages?|speech|streams?|publications?|"
        r"statements?|interviews?|appeals?|reposts?|stor(?:y|ies)|reels?|tweets?)\s+"
        r"(?:(?:that|which)\s+)?"
        r"(?:(?:he|she|they|[A-Z][\w'-]+)\s+)?(?:had\s+)?(?:posted|published|uploaded|made|wrote|"
        r"shared|gave|recorded|sent|put\s+online)(?:\s+[\w-]+){0,3}?\s+on\s*$|"
        r"\b(?:posts?|videos?|comments?|articles?|messages?|publications?|stor(?:y|ies)|reels?|"
        r"tweets?)\s+(?:of|dated)\s*$",
        # («сторис в Instagram от 14 августа», «ролик от ...», «репост от ...»; not a court's
        # «постановлением ... от 11 сентября», the order's own day)
        "ru": r"\b(?:публикаци|пост(?!анов)|видео|видеообращени|комментари|запис|стать|сообщени|"
        r"выступлени|стрим|эфир|сторис|рилс|ролик|репост|твит)\w*(?:\s+(?:в|на|под)\s+[\w-]+)?(?:\s+[\w-]+){0,2}?\s+от\s*$|"
        # «за участие в мирном митинге 16 декабря 2021 года»: the act's day
        r"\bза\s+участие\s+в\s+(?:[\w-]+\s+){1,4}?$",
        "kk": r"(?!)",
    }
)


#: The end of a term a measure runs for, written after it: "house arrest for two months, until
#: 19 January", «домашний арест сроком на 2 месяца, то есть до 19 января»: the day it would
#: run out, never the day of an event. (Not Kazakh: «2 айға, яғни 19 қаңтарға дейін ... таңдады»
#: puts the measure's verb after it, and its clause would be left with no day.)
_TERM_END_BEFORE = re.compile(
    r"(?:\b(?:months?|days?|weeks?|arrest|custody|detention)|\b(?:месяц|сут|дн|недел|арест)\w*|"
    r"\bстраж\w*)[\s,]*(?:(?:that\s+is|i\.\s?e\.|то\s+есть|т\.\s?е\.)[\s,]*)?"
    r"(?:\buntil|\btill|\bдо)\s+$",
    re.IGNORECASE,
)


def ends_a_term(text: str, start: int) -> bool:
    """The date starting at `start` of the text is the day a measure's term runs out."""
    return _told_right_before(_TERM_END_BEFORE, text, start)


def _told_right_before(words: re.Pattern[str], text: str, start: int) -> bool:
    """`words` end the 60 characters before `start` (a date's words that say what day it is)."""
    return bool(words.search(text[max(0, start - 60) : start]))


#: A day a hearing is set for, told right before it: "adjourned to 2 December", "the next
#: hearing is scheduled for 4 December", "postponed until", «отложено до 5 декабря», «перенесли
#: на 10 декабря», «следующее заседание назначено на ...». No event was held on it.
_SET_FOR_BEFORE = re.compile(
    r"(?:\b(?:adjourned|postponed|put\s+off|deferred)\s+(?:to|until|till)|"
    r"\b(?:scheduled|set|fixed)\s+for|\bnext\s+hearing\s+(?:is\s+|will\s+be\s+)?(?:on|due)|"
    r"\b(?:отложен\w*|отложил\w*|перенес[её]н\w*|перенесл\w*|перенес)\s+(?:\w+\s+){0,2}?(?:до|на)|"
    r"\b(?:следующее|очередное)\s+(?:судебное\s+)?заседание\s+(?:\w+\s+){0,2}?(?:на\s+)?)"
    r"[\s,]*$",
    re.IGNORECASE,
)


def set_for_later(text: str, start: int) -> bool:
    """The date starting at `start` of the text is the day a hearing is set for."""
    return _told_right_before(_SET_FOR_BEFORE, text, start)


def names_a_work_of(text: str, language: str, day: dt.date) -> bool:
    """The day is written as the date of a published work ("a TikTok video of 29 March",
    «за ролик в TikTok от 29 марта»): the act's day, not one of an arrest or a measure."""
    return any(
        (found.value.day, found.value.month) == (day.day, day.month)
        and WORK_OF[language].search(text[: found.start])
        for found in find_dates(text)
    )


#: A court paper named by the instrumental right after "it was established that": «Установлено,
#: что приговором ... суда от 14 июля 2026 года ...» tells the verdict, not what the person did.
_BY_COURT_PAPER = re.compile(
    r"\s*(?:приговором|постановлением|решением|определением)\b", re.IGNORECASE
)


def date_in_act(text: str, language: str) -> bool:
    """The sentence's first date is inside what the person is accused of ("accused of a post
    of 5 May"), so it dates the act, not an arrest the same sentence may name."""
    match = act_words.ACTS[language].search(text)
    if match and _BY_COURT_PAPER.match(text, match.end()):
        match = None  # «Установлено, что приговором ... от 14 июля»: the paper's day, no act's
    match = match or _ACCUSES[language].search(text)
    dates = find_dates(text)
    reason = act_words.REASONS[language].search(text)
    if (
        language != "kk"
        and reason
        and dates
        and re.search(OWN_DATE, text[reason.end() : dates[0].start], re.IGNORECASE)
    ):
        return True  # "charged ... because of a video he put on Instagram on 28 May"
    if dates and WORK_OF[language].search(text[: dates[0].start]):
        return True  # «За публикацию от 2 августа 2025 года её признали виновной ...»
    if not match or not dates:
        return bool(match)
    if language == "kk":  # «Ол ... жазба жариялады деп айыпталды»: the act comes first
        # («айып тағылған: тергеу оны ... 28 желтоқсанда мақала жазды деп айыптайды»)
        low = max((m.end() for m in re.finditer(r"[,;:]", text[: match.start()])), default=0)
        return low <= dates[0].start < match.start()
    return dates[0].start >= match.end()


#: Telegram Desktop's header over a copied post: the channel's name, then the day and time it
#: was posted in brackets ("Channel, [28.11.2026 09:41]").
_COPIED_POST_HEADER = re.compile(
    r"[^\n\[\]]{1,80},\s*\[\d{1,2}\.\d{1,2}\.\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\]"
)


def is_dateline(text: str) -> bool:
    """A line of only a place and a date, or a date alone; or a heading of short cells one of
    which is that ("COURT NEWS | Almaty | 16 June 2025"); or the header Telegram Desktop writes
    over a copied post ("Shieli news | Live, [28.11.2026 09:41]")."""
    if _COPIED_POST_HEADER.fullmatch(text.strip()):
        return True
    if _RECEIVED_LABEL.match(text):
        return False  # a court card's «Түскен күні: 03.11.2026»: the day the file came in
    if "|" in text:
        cells = [c.strip() for c in text.split("|")]
        if all(len(c.split()) <= 4 for c in cells) and any(
            find_dates(c) and is_dateline(c) for c in cells
        ):
            return True
    # ("8. KARAGANDA - 3 March" in a list under a heading that gives the year: a date told
    # without its year too)
    for found in reversed(find_dates(text)):
        text = text[: found.start] + text[found.end :]
    rest = re.sub(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\s+\w+\s+\d{4}\s*\w*\.?", "", text)
    # a post's header "Name Surname @handle · 26 Nov 2026": the handle is the author's again
    rest = re.sub(r"(?<!\w)@[\w.]+", "", rest)
    # a byline's "Azat Dala, 27 November 2026, 14:20": the clock time closing it is no word
    rest = re.sub(r",\s*\d{1,2}:\d{2}\s*$", "", rest)
    # ("25 қараша 2026 ж. 19:42 · Құлсары ·", "2 h · 🌐"): a post header's separating dots and
    # its audience pictograph are no words
    rest = re.sub(r"[·\U0001f310\U0001f465\U0001f512]", " ", rest)
    # «2025 жылғы 25 ақпан»: a date written year first
    rest = re.sub(r"\d{4}\s+жыл\w*\s+\d{1,2}\s+\w+", "", rest)
    # "• 16 March 2022 – Ekibastuz (Pavlodar region).": a bullet and the town's region too
    rest = re.sub(r"\([^()]{0,40}\)|^\s*[•·*]", "", rest)
    # «18.11.2026, г. Экибастуз, Павлодарская область.»: the region after a comma
    rest = re.sub(
        r",\s*[\w-]+\s+(?:область|облысы|region|oblast|район|ауданы)\b", "", rest, flags=re.I
    )
    return len(rest.strip(" ,.—–-\n")) <= 25 and len(rest.split()) <= 3


#: The stamp a messenger puts before a message copied or forwarded: "[26.11.2026 18:02]".
_FORWARD_STAMP = re.compile(r"\s*\[\d{1,2}\.\d{1,2}\.\d{4},?\s+\d{1,2}:\d{2}(?::\d{2})?\]")


def text_own_day(text: str) -> dt.date | None:
    """The day a text gives itself in its opening lines, before its story begins: a news item's
    dateline («26 ноября 2026, 14:05», "November 26, 2026 11:15 GMT"), a post's header ("Posted
    by u/name · 25 Nov 2026"), a newsletter's issue line ("Issue #12 · Friday, 27 November
    2026"). "Yesterday" and a weekday its story names are counted back from that day."""
    for line in text.strip().split("\n")[:8]:
        if len(line) > 160:
            break  # the story has begun: a date further on is one of its events
        dated = [f.value for f in find_dates(line) if f.value.year is not None]
        cells = re.split(r"\s[·|]\s", line)
        if dated and (
            is_dateline(line)
            or any(find_dates(c) and is_dateline(c) for c in cells)
            or _FORWARD_STAMP.match(line)  # "[26.11.2026 18:02] Пересланное сообщение"
        ):
            try:
                return dt.date(dated[0].year or 0, dated[0].month, dated[0].day)
            except ValueError:
                return None
    return None


#: A dateline's town before its date: «АЛМАТЫ, », «Шымкент, », «Усть-Каменогорск, ».
_DATELINE_TOWN = re.compile(r"^\s*([^\W\d_][\w-]*(?:\s[^\W\d_][\w-]*)?),\s*$")
#: What closes a dateline's date when the story goes on in the same sentence: «18 ноября — »,
#: «12 ноября 2026 г. — », «28 қараша 2026 жыл – ».
_DATELINE_CLOSE = re.compile(r"\s*(?:г\.|года|ж\.|жыл\w*)?\s*,?\s*(?:--|[–—-])\s")


def opens_with_dateline(text: str, language: str) -> bool:
    """A sentence that opens with the news item's dateline, its story going on after a dash
    ("KARAGANDA, 10 July 2025 -- The board on 9 July quashed ...", «АЛМАТЫ, 18 ноября — Суд
    приговорил ...», «Шымкент, 12 ноября 2026 г. — ...»): the dateline's date is the day the item
    was filed, not an event's. The town is one the gazetteer knows, or written in capitals (so
    «Напомним, 2 мая — ...» is no dateline)."""
    if language == "en" and english.opens_with_dateline(text):
        return True
    found = find_dates(text)
    if not found:
        return False
    lead = _DATELINE_TOWN.match(text[: found[0].start])
    if lead is None:
        return False
    town = lead.group(1)
    if not (town.isupper() or find_town(town) is not None):
        return False
    return bool(_DATELINE_CLOSE.match(text, found[0].end))


def of_the_person(text: str, surname: str | None, told: bool) -> bool:
    """Whether a sentence's weekday or "yesterday" is counted back from the day the whole text
    gives itself outside the item (a newsletter's issue line): when the item has told an event
    already, or the sentence names the person. A lead a digest gives every item («В среду суд
    вынес приговор двум жителям ...») is nobody's in particular; a wire story's lead after its
    dateline ("ORAL, Kazakhstan -- A court on Wednesday found two residents ...") is the
    story's, which is the person's."""
    if told or english.opens_with_dateline(text):
        return True
    if not surname or len(surname) < 4:
        return False
    return surname[: max(4, len(surname) - 2)].casefold() in text.casefold()


#: A court card's field giving the day a case file was received or registered ("Date
#: received:", «Дата регистрации:», «Дата поступления:», «Түскен күні:», «Тіркелген күні:»):
#: the day of no event, and no day the lines after it are told on.
_RECEIVED_LABEL = re.compile(
    r"\s*(?:date\s+(?:received|registered|filed)|(?:received|registered|filed)(?:\s+on)?|"
    r"дата\s+(?:регистрации|поступления)|(?:түскен|тіркелген)\s+күні)\s*:",
    re.IGNORECASE,
)


_SINCE = {
    "en": r"\bsince\b(?:[^.;,]|(?<=\d)\.(?=\d)){0,25}$",
    # «со 2 июня»
    "ru": r"\bс[оo]?\s*$|\bс момента\b(?:[^.;,]|(?<=\d)\.(?=\d)){0,25}$",
    "kk": r"(?!)",
}


def held_since(text: str, language: str, *, under_measure: bool = False) -> bool:
    """Whether the sentence's first date is the day the person has been held since ("in
    custody since 2 May", «под стражей со 2 мая», «4 қыркүйектен бастап қамауда»). A
    sentence naming the measure («Мера пресечения: под стражей с 08.01.2022») is read so only
    `under_measure` (the caller knows no arrest was told before it)."""
    # (not a day a hearing is set for, told first: "adjourned to 2 December [in custody since")
    found = [f for f in find_dates(text) if not set_for_later(text, f.start)]
    if not found or (not under_measure and re.search(_MEASURE_WORD, text, re.IGNORECASE)):
        return False
    first = found[0]
    before, after = text[: first.start], text[first.end :]
    return bool(
        re.search(_SINCE[language], before, re.IGNORECASE)
        or (language == "kk" and re.match(r"\S*\s+бері", after))
        # «4 қыркүйектен бастап қамауда» (held, in the locative; not «... бастап қамауға
        # алынды», a measure ordered from that day)
        or (
            language == "kk"
            and re.match(
                r"\S*\s+бастап\s+(?:[\w-]+\s+){0,2}?(?:қамауда|күзетте|изоляторында)",
                after,
                re.IGNORECASE,
            )
        )
        # «14.07.2026-дан қамауда», «наурыздан бері тергеу изоляторында»
        or (
            language == "kk"
            and re.match(
                r"-?(?:дан|ден|тан|тен)\s+(?:бері\s+)?(?:[\w-]+\s+){0,2}?"
                r"(?:қамауда|күзетте|(?:тергеу\s+)?изоляторында)",
                after,
                re.IGNORECASE,
            )
        )
    )


def told_later_of(text: str, surname: str | None, language: str) -> int | None:
    """Days after the sentence's one date, when the person is named after that date in a clause
    of their own that says "the next day" or "two days later" (the verb told once, before)."""
    if not surname or len(surname) < 4:
        return None
    found = find_dates(text)
    stem = surname[: max(4, len(surname) - 2)].casefold()
    at = text.casefold().find(stem, found[0].end) if found else -1
    if at < 0 or not re.match(r"[^\W\d]*\s*[—–-]", text[at + len(stem) :]):
        return None
    days = days_later(text[at:], language)
    return days if days and days > 0 else None


#: Where a co-defendant's words were blanked out (bot.extract.codefendants keeps their dates).
_BLANKED = re.compile(r" {8,}")


def own_dates(text: str, resolved: dict[int, dt.date], position: int, end: int) -> list[dt.date]:
    """The dates of a sentence that starts at `position` of the joined text. A co-defendant's
    sentence blanked out but for its date runs into this person's next one («9 шілдеден
    [blank] Сейітова 11 шілдеден бері үй қамағында»): when the sentence opens with that date and
    the person's own words after the last blank give one, the dates left before are the
    other's (with none, they date "the same day" told of this person, as before)."""
    found = sorted(
        (start - position, value) for start, value in resolved.items() if position <= start < end
    )
    every = [value for _, value in found]
    if len(found) < 2 or text[: found[0][0]].strip():
        return every
    blanks = list(_BLANKED.finditer(text, found[0][0]))
    if blanks:
        own = [value for at, value in found if at >= blanks[-1].end()]
        if own:
            return own
    return every


#: A petition, a complaint or a letter named with its day: «обращение от 23 октября», "your
#: complaint of 3 May", «жалоба защитника от ...».
PETITION_OF = lexicon.compile_table(
    {
        "en": r"\b(?:petition|complaint|letter|request|inquiry|enquiry)\s+(?:of|dated)\s*$",
        "ru": r"\b(?:обращени|жалоб|заявлени|письм|запрос)\w*\s+(?:[\w-]+\s+){0,2}?от\s*$",
        "kk": r"(?!)",
    }
)


def petition_days_only(text: str, language: str) -> bool:
    """Whether every date the sentence writes is the day of a petition or a letter."""
    found = find_dates(text)
    return bool(found) and all(
        PETITION_OF[language].search(text[max(0, f.start - 60) : f.start]) for f in found
    )


def measure_later(text: str, language: str) -> int | None:
    """Days from the arrest to the measure a sentence tells after it ("detained on 2 February
    and remanded in custody two days later", «задержан 2 февраля, через два дня арестован
    судом»), when it says how many; None for the same day or no count."""
    arrest = lexicon.EVENTS["detention"][language].search(text)
    if arrest is None:
        return None
    after = text[arrest.end() :]
    if not any(table[language].search(after) for table in lexicon.MEASURES.values()):
        return None
    days = days_later(after, language)
    return days if days and days > 0 else None
