"""Whose a trade is when a report writes it both with a name and without one: the headline's
"Pavlodar activist jailed", the lead's "sentenced an activist and a school nurse", then the
story's "Ruslan K., a welder and civil activist" and "school nurse Aigul U.".

Invariants: pure functions of the text and spans in it. A trade written next to a name (in the
same sentence, a few words away) is that name's; a trade written with no name near it is the
person's only when the text gives the same trade to nobody else by name, or gives it to the
person by name too.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from bot.extract.names import morph

#: What may stand between a name and its trade: a few words, no sentence's end, no line break.
_GAP = re.compile(r"[^.!?\n]{0,45}|[^!?\n]{0,45}\b[A-ZА-ЯЁ]\.[^!?\n]{0,20}")


def near_a_name(context: str, span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether one of the names at `spans` is written next to the trade at `span`: "Ruslan
    K., a welder", "school nurse Aigul U.", «юристу Эльмире Жусуповой», «Таразда блогер Нұрлан
    Ә.», "Dana O. (45, a nurse)"."""
    for start, end in spans:
        if end <= span[0]:
            gap = context[end : span[0]]
        elif start >= span[1]:
            gap = context[span[1] : start]
        else:
            continue
        if _GAP.fullmatch(gap):
            return True
    return False


def bracketed_owner(
    context: str, span: tuple[int, int], own: list[tuple[int, int]], others: list[tuple[int, int]]
) -> bool | None:
    """A trade inside brackets opened right after a name («Бауыржан Сыздықов (41 жаста, жеке
    кәсіпкер) пен Динара Әлімжанова (36 жаста, мұғалім)», "Dana Omarova (45, a nurse)") is
    that name's: True if another's, False if the person's own, None if no name opens them."""
    opening = context.rfind("(", max(0, span[0] - 60), span[0])
    if opening < 0 or re.search(r"[()\n]", context[opening + 1 : span[0]]):
        return None
    closing = re.match(r"[^()\n]{0,60}\)", context[span[1] :])
    if closing is None:
        return None
    before = [
        (end, mine)
        for mine, spans in ((True, own), (False, others))
        for _start, end in spans
        if end <= opening and re.fullmatch(r"[ \t]*", context[end:opening])
    ]
    return None if not before else not max(before)[1]


#: A plural trade: "activists", «белсенділер», «активистов» (said of each person it names).
_PLURAL = re.compile(
    r"[A-Za-z-]+[^s]s|\w+(?:лар|лер|дар|дер|тар|тер)\w{0,4}|\w+(?:ов|ев|ы|и|ам|ами|ах)"
)


def named_by(
    context: str, span: tuple[int, int], own: list[tuple[int, int]], others: list[tuple[int, int]]
) -> bool | None:
    """True when the trade is written next to the person's name (or in the plural, said of
    each), False when next to another's name only, None when next to no name."""
    written = context[span[0] : span[1]].split()
    if written and _PLURAL.fullmatch(written[-1]) and _plural_noun(written[-1]):
        return True
    if near_a_name(context, span, own):
        return True
    # ("SHELEK, Almaty region - A farmer ...": a dateline's town, no one)
    people = [
        (a, b)
        for a, b in others
        if a != context.rfind("\n", 0, a) + 1 or not _DATELINE_AFTER.match(context, b)
    ]
    return False if near_a_name(context, span, people) else None


#: After a dateline's town at a line's start: "SHELEK, Almaty region - ", "ATYRAU -- ".
_DATELINE_AFTER = re.compile(r"(?:[ \t]*,[^\n,]{0,40}?)?[ \t]+(?:--|[-–—])[ \t]")


@functools.lru_cache(maxsize=1024)  # asked of every trade a text names, often the same words
def _plural_noun(word: str) -> bool:
    if re.fullmatch(r"[A-Za-z-]+", word) or re.search(r"[әғқңөұүһі]", word.lower()):
        return True
    parses = [p for p in morph().parse(word.lower()) if p.tag.POS == "NOUN"]
    return bool(parses) and all("plur" in p.tag.grammemes for p in parses)


def letters_addressee(context: str, span: tuple[int, int]) -> bool:
    """A Russian trade in the dative opening a line of its own, no name on it («Председателю
    ОФ «Правовой щит»», «Директору ТОО ...»): a letter's addressee, not the person."""
    line_start = context.rfind("\n", 0, span[0]) + 1
    line_end = context.find("\n", span[1])
    line = context[span[1] : line_end if line_end >= 0 else len(context)]
    word = context[span[0] : span[1]].split()[0] if context[span[0] : span[1]].split() else ""
    if context[line_start : span[0]].strip() or len(line) > 60 or "," in line or "." in line:
        return False
    if not re.fullmatch(r"[А-ЯЁа-яё-]+", word):
        return False
    parses = [p for p in morph().parse(word.lower()) if p.tag.POS == "NOUN"]
    return bool(parses) and all(p.tag.case == "datv" for p in parses)


def _words_within(value: str, fuller: str) -> bool:
    words, other = value.lower().split(), fuller.lower().split()
    return any(other[i : i + len(words)] == words for i in range(len(other) - len(words) + 1))


def anothers_by_name(trade: str, named_others: list[str]) -> bool:
    """Whether the trade (as the word list names it, "activist"), written with no name near it,
    is one the text gives another person by name ("civil activist Dauren S."): theirs."""
    return any(_words_within(trade, other) or _words_within(other, trade) for other in named_others)


#: A record's key for its trades written next to its person's name (`leave_named_trades`).
NAMED = "trades_named"


def leave_named_trades(records: list[dict[str, Any]]) -> None:
    """Each person's trades less those written with no name near them that the text gives
    another person of its cases by name (the headline's "Farmer-activist gets five years", the
    story's "Nurlybek S., a farmer and activist" and "mechanic Yerzhan T."); drops the records'
    NAMED keys."""
    named = [set(record.pop(NAMED, ())) for record in records]
    for number, record in enumerate(records):
        others = [v for n, values in enumerate(named) if n != number for v in values]
        items = [v.strip() for v in (record["person"].get("occupation") or "").split(",")]
        kept = [v for v in items if v and (v in named[number] or not anothers_by_name(v, others))]
        record["person"]["occupation"] = ", ".join(kept) if kept else None


#: Russian nouns of a body named after its members: «Союз журналистов», «ассоциации фермеров».
_BODY_OF = re.compile(
    r"(?<![\w-])(?:союз|ассоциаци|объединени|федераци|клуб|профсоюз|обществ|лиг|палат|гильди|"
    r"конгресс|совет)\w*\s+(?:[а-яё-]+\s+)?$",
    re.IGNORECASE,
)


#: A capitalised English word after a word in lower case, in the middle of a sentence: a title's
#: first word ("told Vostok Courier"), not a sentence's or a headline's.
_EN_TITLE_BEFORE = re.compile(r"\b[a-z]+,?[ \t]+[A-Z][a-z]+[ \t]+$")


def a_name_not_a_trade(context: str, span: tuple[int, int]) -> bool:
    """A Russian or Kazakh trade word capitalised inside a sentence names a place or a body
    («в микрорайонах Жулдыз и Строитель», «ЖК «Журналист»»), so does an English one after a
    capitalised word there ("told Vostok Courier"), and a Russian plural after a
    body's noun is its name («Союз независимых журналистов Прикаспия»): no one's trade."""
    word = context[span[0] : span[1]]
    if re.match(r"[A-Z][a-z]", word):
        # "told Vostok Courier": the last word of a title in the middle of a sentence
        return bool(_EN_TITLE_BEFORE.search(context[max(0, span[0] - 40) : span[0]]))
    if not re.match(r"[А-ЯЁа-яёӘҒҚҢӨҰҮҺІәғқңөұүһі]", word):
        return False
    if _BODY_OF.search(context[max(0, span[0] - 40) : span[0]]) and _plural_noun(word.split()[-1]):
        return True
    before = context[max(0, span[0] - 3) : span[0]]
    return (
        word[:1].isupper()
        and not word.isupper()
        and bool(re.search(r"[а-яёәғқңөұүһі,][ \t]$", before, re.IGNORECASE))
        and not re.search(r"[.!?:;«\"(—–-]\s*$", before)
    )


#: A name's possessive, the trade's own words after it: "Abdrakhmanov's former", «Әбеновтің».
_POSSESSOR = re.compile(
    r"(?<![\w-])(\w{4,}?)(?:['’]s|ның|нің|дың|дің|тың|тің)\s+(?:[\w-]+\s+){0,2}$"
)
#: A thing's possessive with a word or two of the trade after it: "the hospital's chief".
_A_THINGS = re.compile(r"\b(?i:the|its|their)\s+[a-z][\w-]*['’]s\s+(?:[a-z][\w-]*\s+){1,2}$")
#: "admin arrest", "admin case": the word for "administrative", not a chat's admin.
_ADMIN_OF_A_LAW = re.compile(r"\s+(?:arrest|offen[cs]e|case|fine|code|protocol|detention)", re.I)


def anothers_of_the_person(context: str, span: tuple[int, int], own: list[tuple[int, int]]) -> bool:
    """ "Abdrakhmanov's lawyer, Svetlana Pak", «Ерболаттың адвокаты»: a trade said as the
    person's own name's, someone else of theirs; "admin arrest" names no one's trade."""
    word = context[span[0] : span[1]]
    if word.lower() == "admin" and _ADMIN_OF_A_LAW.match(context, span[1]):
        return True
    if _A_THINGS.search(context[max(0, span[0] - 50) : span[0]]) and not re.match(
        r"[\s,]+[A-Z]", context[span[1] :]
    ):
        return True  # "the hospital's chief doctor": the thing's, no one named
    before = _POSSESSOR.search(context[max(0, span[0] - 40) : span[0]])
    if before is None:
        return False
    surnames = {context[a:b].split()[-1].lower()[:5] for a, b in own if context[a:b].split()}
    return before.group(1).lower()[:5] in surnames


def possessed_within(value: str, fuller: str) -> bool:
    """A Kazakh trade said more fully with its possessive ending: «мұғалім» in «тарих пәнінің
    мұғалімі», «тілші» in «"Дала" сайтының тілшісі»."""
    words = fuller.split()
    return (
        " " not in value
        and len(words) > 1
        and bool(re.fullmatch(re.escape(value) + r"(?:с?[ыі])", words[-1]))
        # (what it is of, in the genitive or with a possessive: not «наиб имамы», a kind)
        and bool(re.search(r"(?:ның|нің|дың|дің|тың|тің|[ыі])$", words[-2]))
    )


#: A name written right before a trade in apposition, its words capitalised: «42-летнему Сергею
#: Николаевичу Гребенюку, слесарю», «38-летний Кравцов, сварщик», "Daulet Kuanyshev, a welder",
#: "Kovalchuk, 58, a retired miner".
_NAME_THEN_COMMA = re.compile(
    r"(?<![\w-])((?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]+[ \t]+){0,2}[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]+)"
    # ("Kovalchuk, 58, a retired miner": the age between)
    r"[ \t]*,[ \t]*(?:\d{1,3},[ \t]*)?(?:(?i:an?|the)[ \t]+)?(?:[\w-]+[ \t]+)?$"
)


def apposed_to_anothers_name(
    context: str, span: tuple[int, int], own: list[tuple[int, int]]
) -> bool:
    """Whether the trade is in apposition to a name that is not the person's, one the text's
    list of names need not hold («вынес приговор 42-летнему Сергею Николаевичу Гребенюку,
    слесарю ТЭЦ-3», «38-летний Кравцов, сварщик ТОО ...»): a name by its words (a given name,
    a surname or a patronymic the dictionary knows; two capitalised Latin words), neither
    the person's words nor inside the person's name. Without the person's name, no one's."""
    before = _NAME_THEN_COMMA.search(context[max(0, span[0] - 80) : span[0]])
    if (
        not own
        or before is None
        or any(re.fullmatch(r"(?:[ \t]+[\w-]+){0,3}[ \t]+", context[span[1] : a]) for a, _b in own)
    ):
        return False  # («Гаухар, 46-летней медсестре Маржан И.»: a title before the person's)
    start = max(0, span[0] - 80) + before.start(1)
    end = max(0, span[0] - 80) + before.end(1)
    if any(a < end and start < b for a, b in own):
        return False
    words = before.group(1).split()
    own_words = {w.lower()[:4] for a, b in own for w in context[a:b].split()}
    if any(w.lower()[:4] in own_words for w in words):
        return False
    sentence_start = re.search(r"(?:^|[.!?:\n])[ \t]*$", context[max(0, start - 40) : start])
    if re.fullmatch(r"[A-Za-z'’-]+", words[0]):
        # ("Daulet Kuanyshev, a welder": two words, neither in capitals only)
        return len(words) >= 2 and not any(w.isupper() for w in words)
    if sentence_start and len(words) == 1:
        return False  # («Вчера, слесарь ...»: a sentence's first word)
    # (a given name alone, «алматинца Ерназара, студента»: maybe the person's, said so)
    kinds = {"Surn"} if len(words) == 1 else {"Name", "Surn", "Patr"}
    return any(
        kinds & set(morph().parse(w.lower())[0].tag.grammemes) for w in words if not w.isupper()
    )


#: A trade the text asks the reader about: «Если вы журналист или правозащитник – напишите»,
#: "If you are a lawyer, contact us", «Егер сіз заңгер болсаңыз».
_READER_IF = re.compile(
    r"(?<![\w-])(?:(?i:если)[ \t]+вы|(?i:if)[ \t]+you(?:'re|[ \t]+are)|(?i:егер)[ \t]+сіз)"
    r"[ \t]+(?:(?:an?[ \t]+)?[\w-]+[ \t]+(?:или|or|немесе)[ \t]+)?(?:an?[ \t]+)?$"
)


def asked_of_the_reader(context: str, span: tuple[int, int]) -> bool:
    """Whether the trade is the reader's, asked of in a condition ("if you are a journalist"):
    no one's of the text."""
    return bool(_READER_IF.search(context[max(0, span[0] - 50) : span[0]]))
