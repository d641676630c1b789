"""English wordings of published reports (wire stories, NGO papers) that the language-neutral
rules of the extractor do not read, each as a small pure function.

Invariants: pure functions of the text they are given (no state, no I/O, no gazetteer);
the extractor calls them only for a report whose language is English, so nothing here changes
how a Russian or Kazakh report is read. Each wording is one documented pattern, with accepted
and refused examples in tests/test_extract_english.py.
"""

from __future__ import annotations

import re

from bot.extract.values import EN_MONTH

#: One article of a list, with its part: "378, Part 2", "174(1)", "256".
_ITEM = r"\d{2,4}(?!\d)(?:,?\s*(?:Part|part|p\.|pt\.?)\s*\d{1,2}(?!\d)|\s*\(\d{1,2}\))?"
_ARTICLES = re.compile(
    rf"\bArt(?:icle)?s\.?\s+(?P<list>{_ITEM}(?:\s*,\s*{_ITEM})*\s*,?\s+and\s+{_ITEM})",
    re.IGNORECASE,
)
_ONE = re.compile(r"(\d{2,4})(?!\d)(?:,?\s*(?:Part|part|p\.|pt\.?)\s*(\d{1,2})|\s*\((\d{1,2})\))?")


def article_list(text: str) -> list[tuple[int, str, int | None]]:
    """(offset, article, part) of each article of a plural list: "under Articles 378, Part 2,
    and 174, Part 1, of the Criminal Code" -> 378 part 2 and 174 part 1."""
    found: list[tuple[int, str, int | None]] = []
    for match in _ARTICLES.finditer(text):
        start = match.start("list")
        for item in _ONE.finditer(match.group("list")):
            part = item.group(2) or item.group(3)
            found.append((start + item.start(), item.group(1), int(part) if part else None))
    return found


#: A clause that dates what the person did, split off the sentence that names it: "over a
#: YouTube video, | filmed on 5 August 2024, | in which he ...".
_ACT_DATE_CLAUSE = re.compile(
    r"^\s*(?:(?:which|that)\s+(?:was\s+|were\s+|he\s+|she\s+|they\s+)?)?"
    r"(?:posted|published|filmed|recorded|written|wrote|uploaded|shared|made|broadcast|"
    r"streamed|sent|released|aired|put online)\s+(?:[\w-]+\s+){0,4}?on\s+",
    re.IGNORECASE,
)


#: "over a Facebook post of 14 February 2025 about unpaid wages": a dated act in a clause.
_DATED_ACT = re.compile(
    r"\b(?:post|video|article|comment|speech|interview|publication|poem|message|statement|"
    r"address|song|stream)s?\s+(?:of|from|dated|"
    # "for insulting a police officer in a Facebook comment published on 12 May 2025"
    r"(?:posted|published|filmed|recorded|written|uploaded|shared|made|broadcast|streamed)"
    r"\s+on)\s+(?:the\s+)?\d",
    re.IGNORECASE,
)


def act_date_clause(clause: str) -> bool:
    """A clause that only dates an act ("filmed on 5 August 2024,", "over a Facebook post of
    14 February 2025"), which tells no event and so does not end the event told before it."""
    return bool(_ACT_DATE_CLAUSE.match(clause) or _DATED_ACT.search(clause))


#: A sentence that tells of someone else, named in apposition to who they are to the person
#: or what they are: "His deputy, Aigul Kenzhebekova, was questioned ... and released", "One
#: of them, Asel Nurbakova, was detained", "Another Zhezkazgan blogger, Erlan Tasbolat, is
#: still serving", "In 2023, a blogger in neighbouring Aral, Ruslan Tokhtarov, was jailed".
_ABOUT_ANOTHER = re.compile(
    r"^\s*(?:(?:In|By|Since)\s+(?:\w+\s+)?\d{4},\s+)?"
    r"(?:(?:His|Her|Their)\s+(?:[\w-]+\s+){0,2}?(?:deputy|brother|sister|wife|husband|son|"
    r"daughter|mother|father|colleague|friend|relative|cousin|nephew|niece|co-founder|partner|"
    r"supporter|neighbou?r)s?|One of (?:them|his|her|their)\b[^,]{0,40}|"
    r"(?:Another|An?)\s+(?:[\w-]+\s+){0,3}?(?:activist|blogger|journalist|poet|defendant|man|"
    r"woman|pensioner|teacher)\b[^,]{0,40}),?"
    r"\s+(?P<name>(?-i:[A-Z])[\w'-]+\s+(?-i:[A-Z])[\w'-]+),",
    re.IGNORECASE,
)
#: What the law allows, not what a court gave: "If convicted, she faces up to six years".
_STATUTORY = re.compile(
    r"\bif (?:convicted|found guilty)\b|\b(?:faces?|facing|could face|risks?)\s+up\s+to\b|"
    r"\bpunishable by\b|\bcarries\s+(?:a\s+)?(?:maximum\s+)?(?:penalty|sentence|term)\b|"
    r"\bmaximum (?:sentence|penalty|punishment) of\b",
    re.IGNORECASE,
)


#: A byline: "By a staff writer", "By our court reporter".
_BYLINE = re.compile(
    r"^\s*By\s+(?:a|an|our|the)?\s*(?:[\w-]+\s+){0,3}?(?:writer|correspondent|reporter|staff)\b",
    re.IGNORECASE,
)


#: An earlier case told for comparison: "In 2024, local activist Yerlan Myrzakhmetov was
#: sentenced to five years" (a year, then who the person is and their name, no comma needed).
_EARLIER_CASE = re.compile(
    r"^\s*(?:In|By|Since)\s+(?:\w+\s+)?\d{4},\s+(?:an?\s+|another\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:activist|blogger|journalist|poet|defendant|man|woman|pensioner|teacher|resident|"
    r"lawyer|worker|imam|farmer)\s+(?P<name>(?-i:[A-Z])[\w'-]+\s+(?-i:[A-Z])[\w'-]+)\b",
    re.IGNORECASE,
)


#: An earlier case told as the time something began, in a clause of its own: "The dispute has
#: simmered since 2024, when another villager, X Y, was fined ...", "... back in 2022, when a
#: fellow activist, X Y, was jailed". Background, even opening a paragraph.
_EARLIER_WHEN = re.compile(
    r"\b(?:since|in|back\s+in)\s+(?:\w+\s+)?\d{4},?\s+when\s+"
    # ("another herder, X Y,": any word after "another"; after "a", a word for a person)
    r"(?:another\s+(?:(?-i:[a-z-]+)\s+){0,2}?(?-i:[a-z-]+),|an?\s+(?:fellow\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:activist|blogger|journalist|poet|defendant|man|woman|pensioner|"
    r"teacher|resident|villager|lawyer|worker|imam|farmer|member|protester)s?"
    r"(?:\s+[^,]{0,30})?,)\s+(?P<name>(?-i:[A-Z])[\w'-]+\s+(?-i:[A-Z])[\w'-]+)\b",
    re.IGNORECASE,
)


def someone_else(sentence: str, opening: bool = False) -> str | None:
    """The surname of the person `someone_else_name` finds."""
    name = someone_else_name(sentence, opening)
    return name.split()[-1] if name else None


def someone_else_name(sentence: str, opening: bool = False) -> str | None:
    """The name ("Zhanat Amanzholova") of a person a sentence names in apposition to what they
    are to the case's person or to another case ("His mother, Zhanat Amanzholova, ...", "In
    2023, a blogger in Aral, Ruslan Tokhtarov, was jailed"): no case of its own here. Not "One
    of them, X": one of several people the text tells of, nor "Another activist, X, ...", which
    a digest may write of its next case."""
    another = _ABOUT_ANOTHER.match(sentence)
    if another is None or not re.match(
        r"\s*(?:(?:His|Her|Their)\s|(?:In|By|Since)\s+(?:\w+\s+)?\d{4},)", sentence
    ):
        # (a paragraph's `opening` sentence "In 2025, blogger X was fined" is a digest's next
        # item, not an earlier case told in passing)
        another = None if opening else _EARLIER_CASE.match(sentence)
    if another is None:
        another = _EARLIER_WHEN.search(sentence)
    if another is None:
        return None
    return another.group("name")


#: Another person told of without a name: "Another member of the chat, a 19-year-old college
#: student, was earlier given 10 days of administrative arrest", "A fellow activist was fined".
#: (or several: "Two other activists convicted in 2023 were released on parole")
_UNNAMED_OTHER = re.compile(
    r"^\s*(?:Another|One other|A fellow|(?:Two|Three|Four|Five|Several|Many|Some|\d+)\s+other)"
    r"\s+(?:[\w'-]+\s+){0,3}?(?:member|activist|blogger|"
    r"journalist|participant|defendant|man|woman|men|women|resident|student|teacher|worker|"
    r"pensioner|admin|administrator|protester|subscriber|user)s?\b[^,.;]{0,40}"
    r"(?:,\s+(?:a|an|the)\s+[^,.;]{1,60},)?\s+(?:was|were|is|has|had|got|received)\b",
    re.IGNORECASE,
)


#: Others detained or fined, told by who they are to the case: "police have detained two of
#: Kenzhetayev's supporters", "fined several of her relatives", "arrested protesters outside".
_OTHERS_PUNISHED = re.compile(
    r"\b(?:detained|arrested|fined|jailed|sentenced)\s+(?:(?:some|several|many|two|three|four|"
    r"five|six|seven|eight|nine|ten|dozens|\d+)\s+(?:of\s+)?)?(?:the\s+)?"
    r"(?:[\w'’-]+['’]s\s+|his\s+|her\s+|their\s+)?"
    r"(?:supporters|relatives|protesters|picketers|onlookers|family\s+members)\b",
    re.IGNORECASE,
)


def not_of_the_case(sentence: str, surname: str | None = None) -> bool:
    """A sentence whose events are not the case's: another person's (named in apposition to
    who or what they are, and not the case's `surname`, or not named at all; supporters or
    relatives detained), the law's maximum, or a byline."""
    if _STATUTORY.search(sentence) or _BYLINE.match(sentence) or _UNNAMED_OTHER.match(sentence):
        return True
    if _OTHERS_PUNISHED.search(sentence):
        return True
    another = _ABOUT_ANOTHER.match(sentence) or _EARLIER_CASE.match(sentence)
    if another is None:
        return False
    named = another.group("name").split()[-1].casefold()
    return not (surname and named.startswith(surname.casefold()[:5]))


_EMPTY_PARTICIPLE = re.compile(
    r",\s*(?:posted|published|filmed|recorded|written|uploaded|shared|made|broadcast|aired|"
    r"streamed|sent)\s*(?=,)",
    re.IGNORECASE,
)


#: A participle left bare once its date is cut, last or before the work's "-ing" clause ("a
#: TikTok video posted", "a video posted calling on residents ..."); not one with its subject
#: ("a video he posted") or its place ("posted on Instagram").
_BARE_PARTICIPLE = re.compile(
    r"(?<!\bhe)(?<!\bshe)(?<!\bthey)(?<!\bwe)(?<!\bI)\s+(?:posted|published|uploaded|shared|"
    r"aired|streamed)(?=\s*$|\s+\w+ing\b|\s+(?:that|which|about|where)\b|\s*,\s*in\s+which\b)",
    re.IGNORECASE,
)


#: Who said it, closing a sentence: "..., Human Rights Watch said today."
_SAID = re.compile(r",\s+(?:[\w'-]+\s+){1,5}?(?:said|says|reported)\b[^,]{0,20}$", re.IGNORECASE)


def without_empty_participle(description: str) -> str:
    """An act's description without the participle its date was cut from ("an Instagram
    video, posted , in which he claimed" -> "an Instagram video, in which he claimed") and
    without who said it ("writing they posted on Facebook, Human Rights Watch said today")."""
    description = _SAID.sub("", _EMPTY_PARTICIPLE.sub("", description))
    description = _BARE_PARTICIPLE.sub("", description)
    # "a rally organized by the movement's leader, who lives in exile": of the leader
    return _WHO.sub("", description)


_WHO = re.compile(r",\s+who(?:m|se)?\s+[^,]*$", re.IGNORECASE)


_QUOTED = re.compile(r"[\"“«'‘][^\"”»’]{3,120}[\"”»’]")
_LEFT_OVER = re.compile(
    r"\b(?:and|or|under|of|the|criminal|code|articles?|arts?|part|parts|p|cc|rk)\b|\d+|[(),.;:]",
    re.IGNORECASE,
)


def only_offence_names(description: str) -> bool:
    """A description that is only the offences' names in quotes ('"insulting a representative
    of the authorities" and "inciting social discord", under Articles 378, Part 2'): what the
    person is convicted of, not what they did."""
    if not _QUOTED.search(description):
        return False
    rest = _LEFT_OVER.sub(" ", _QUOTED.sub(" ", description))
    return not re.search(r"\w{3,}", rest)


#: "Yesimkhanov, a 27-year-old schoolteacher, ...", "a 47-year-old former bank clerk": what a
#: wire report says the person is, after their age (up to four lower-case words).
_AGE_TRADE = re.compile(
    # "a 39-year-old construction worker"; "Marat Zhandosov, 45, the leader of a farmers'
    # association,"
    r"(?P<apposition>\b(?:a|an|the)\s+\d{1,3}-year-old\s+|(?<=[a-z]),\s*\d{2},\s+(?:a|an|the)\s+)"
    r"(?P<trade>(?:(?!(?:and|from|who|in|at|of|with|on)\b)[a-z][\w'-]*\s+){0,3}?"
    r"(?!(?:and|from|who|in|at|of|with|on)\b)[a-z][\w'-]*"
    # "the leader of a local farmers' association": what of, up to five words
    r"(?:\s+of\s+(?:an?|the)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+(?=\s*,))?)"
    r"(?=\s*(?:[,.;)]|\band\b|\bfrom\b|\bwho\b|\bin\b|\bat\b|\bwith\b|$))"
)
#: Words after an age that say who, not what: "a 33-year-old mother of two".
_NOT_TRADES = frozenset(
    "man woman men women mother father resident native citizen person girl boy son daughter "
    "wife husband brother sister widow grandmother grandfather".split()
)


def age_trades(text: str) -> list[tuple[int, int, str]]:
    """(start, end, trade) of each trade written after an age ("a 39-year-old construction
    worker"); not "a 33-year-old woman". The span starts at the apposition, so the trade is
    read as said of the name before it."""
    found: list[tuple[int, int, str]] = []
    for match in _AGE_TRADE.finditer(text):
        trade = match.group("trade")
        if trade.split()[-1] in _NOT_TRADES:
            continue
        found.append((match.start("apposition"), match.end("trade"), trade))
    return found


_NOT_TRADE_WORD = r"(?:at|in|for|of|on|and|with|from|to|since|until|who|which|that)\b"
#: "who works as a cleaner at a local school", "worked as a taxi driver": the trade after "as".
_WORKS_AS = re.compile(
    r"\b(?P<subject>\w+\s+)?(?:works?|worked|working|is\s+employed|was\s+employed)\s+as\s+"
    r"(?:an?\s+)?"
    rf"(?P<trade>(?:(?!{_NOT_TRADE_WORD})[a-z][\w'-]*\s+){{0,2}}?(?!{_NOT_TRADE_WORD})"
    r"[a-z][\w'-]*)"
    rf"(?=\s*(?:[,.;)]|{_NOT_TRADE_WORD}|$))"
)
#: Who else may work as something: "His wife works as a nurse".
_KIN = re.compile(
    r"(?:wife|husband|mother|father|son|daughter|brother|sister|partner|lawyer)\s+$", re.I
)


def works_as_trades(text: str) -> list[tuple[int, int, str]]:
    """(start, end, trade) of each trade told with "works as" ("a mother of three who works as
    a cleaner at a local school"); not a relative's ("His wife works as a nurse")."""
    found: list[tuple[int, int, str]] = []
    for match in _WORKS_AS.finditer(text):
        if match.group("subject") and _KIN.search(match.group("subject")):
            continue
        found.append((match.start("trade"), match.end("trade"), match.group("trade")))
    return found


#: A news item's place and date opening its first sentence: "KARAGANDA, 10 July 2025 -- ",
#: or the date in brackets as UN offices write it: "GENEVA (12 March 2024) – ".
_DATELINE_LEAD = re.compile(
    r"^\s*(?-i:[A-Z][A-Z'-]+)(?:[ /][A-Z][A-Z'-]+)*(?:,\s+[^.\n]{4,30}?|\s+\([^()\n]{4,30}\))"
    r"\s+(?:--|—|–|-)\s",
    re.IGNORECASE,
)


def opens_with_dateline(sentence: str) -> bool:
    """A sentence that opens with the news item's dateline ("KARAGANDA, 10 July 2025 -- The
    appeal board on 9 July quashed ..."): the dateline's date is not the event's."""
    return bool(_DATELINE_LEAD.match(sentence))


#: "The Shymkent City Court pronounced its decision on June 22": the day of the ruling told.
_DECISION_DAY = re.compile(
    r"\b(?:pronounced|announced|delivered|issued|read out|handed down|made)\s+"
    r"(?:its|the|their)\s+(?:decision|ruling|judgment|judgement)\b|"
    # "The verdict was announced on November 19"
    r"^\W*(?:the\s+)?(?:verdict|sentence|decision|ruling)\s+was\s+(?:pronounced|announced|"
    r"delivered|issued|read out|handed down)\s+on\b|"
    # "The North Kazakhstan Regional Court ruled on December 1 that ...": a day, not a subject
    rf"\bruled\s+on\s+(?:(?-i:{EN_MONTH})\b|\d)",
    re.IGNORECASE,
)


def dates_a_decision(sentence: str) -> bool:
    """A sentence that only tells the day a decision was given, its court told before."""
    return bool(_DECISION_DAY.search(sentence))
