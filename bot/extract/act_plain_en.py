"""English deeds told plainly: the account that leads them, and the day each one has.

    "According to the indictment, on May 1 Omirzakov posted a message ..."
                                        -> the deed follows the account's lead
    "wrote on June 8 that ..., and on July 2 he published a table ..."
                                        -> two acts, each on its own day

Invariants:

- `lead` ends where a prosecution's or a court's account of the deed begins ("According to the
  indictment,", "Per the prosecution,", "Investigators said that"), or where a sentence opens
  with the doer and who says so ("Kemelbayev, they said, reposted ..."), and only when a doer
  (a pronoun or a capitalised name) and the deed's past verb follow within the clause; the
  time and the doer before the verb are cut later by `act_spans.without_lead`.
- `by_day` cuts a clause only at an "and" followed by "on" and a day, or by the doer and then
  such a day (a new day is a new deed): each part keeps its own day; nothing else is cut.
- `told` reads a deed told by its doer with its own full day in the same sentence ("On 12
  October 2026 Aruzhan posted a video ...", "she recorded a video address on 2 September 2025
  ..."): the words after the doer; a sentence with no full day is not read here.
- `work` ends where the work a case rests on is named ("The charge rests on ...", "Her offence:
  ...", "investigators cited ..."); `after_deed` reads a deed told "days after he ..." an arrest,
  a reason only (an act where nothing else is stated; "hours after" dates it by the sentence's
  day).
- `one_deed` and `one_work` keep one act across "and" only for the same audience by a pronoun
  ("and urged them"), a participle clause going on, or two participles of one work; `listed`
  parts a labelled line ("Grounds: ...") at its semicolons; `without_judgement` cuts only what a
  work is said to have done ("created a threat ...", "contained false information").
- `someone_else` refuses a cue told of an unnamed other ("a police officer accused of ...",
  "A second man ...", people in general).
- Everything here answers for English only: another language's text is returned as it came.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extract import names, ru_joined
from bot.extract.blocks import Sentence
from bot.extract.record import Record
from bot.extract.values import find_dates, resolve_dates

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
#: A day, with or without its year: "2 June 2026", "June 2, 2026", "May 1".
DAY = rf"(?:\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
_FULL_DAY = rf"(?:\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}})"
#: The past verbs of the deeds reports tell: speaking, publishing, gathering, blocking.
DEED_VERB = (
    r"(?:posted|published|wrote|shared|uploaded|filmed|livestreamed|streamed|recorded|forwarded|"
    r"reposted|sent|read(?:\s+out)?|called|urged|addressed|led|blocked|organi[sz]ed|spoke|gave|"
    r"took\s+part|joined|distributed|created|set\s+up|announced|insulted|staged|held|"
    r"translated|collected|launched|described|accused|claimed|said|told|made|put|left)"
)
_ROLE_DOER = (
    r"(?:the\s+(?:\d{1,2}-year-old\s+)?(?:activist|blogger|journalist|poet|teacher|worker|"
    r"pensioner|defendant|accused|imam|farmer|student|nurse|doctor|engineer|unionist|"
    r"trade\s+unionist|two|three)|both(?:\s+(?:men|women))?)"
)
#: Who did it: a pronoun, or a name of one or two capitalised words, a title before it.
_DOER = (
    r"(?:he|she|they|(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?|"
    # ("the 34-year-old blogger", "the two", "both"): a role or a number for who did it
    rf"{_ROLE_DOER})"
)
#: Whose account it is.
_ACCOUNT = (
    r"(?:the\s+)?(?:indictment|verdict|charge\s+sheet|prosecution|prosecutors?|investigators?|"
    r"investigation|case\s+file|police|judgment|ruling|court|charges?|"
    # (a UN body's "According to the source, ...", "According to the information received")
    r"source|information\s+received|communication|complaint|authorities|government)"
)
_LEAD = re.compile(
    # "According to the indictment, ...", "Per the prosecution, ...", "Recap of the case: ..."
    rf"\b(?:according\s+to|per)\s+{_ACCOUNT},\s+|\brecap\s+of\s+the\s+case:\s+|"
    # "The indictment says that on 4 May he posted ...", "Prosecutors allege Sadykov sent ..."
    r"\b(?:indictment|verdict|charge\s+sheet|judgment|ruling|investigators|prosecutors|"
    r"prosecution|police)\s+(?:says|said|states|stated|alleges|alleged|claims|claimed)\s+"
    r"(?:that\s+)?|"
    # "Investigators said that between February and April 2026 he posted ..."
    rf"\b(?:investigators|prosecutors|the\s+prosecution|police|the\s+court)\s+"
    rf"(?:said|say|says|allege[sd]?|claim(?:s|ed)?)(?:\s+that)?\s+"
    rf"(?=(?:(?:in|between|from|during)\s+[^,;.]{{3,40}}?\d{{4}},?\s+|on\s+{DAY},?\s+)"
    rf"(?:he|she|they)\s)",
    re.IGNORECASE,
)
#: Why the person was arrested or charged, told by what they did before: "detained on April 14,
#: two days after he posted a video ...", "He was charged after he shared ...". An act where
#: nothing else says what the person is accused of; the arrest's day is not the act's.
_AFTER = re.compile(
    r",\s+(?:[\w-]+\s+){0,3}?(?:days?|weeks?|hours?|months?)\s+after\s+(?=(?:he|she|they)\s)|"
    r"\b(?:charged|prosecuted|convicted|sentenced|jailed|fined|arrested|detained|summoned|"
    r"searched|opened)\b[^;.]{0,100}?\bafter\s+(?=(?:he|she|they)\s)|"
    # ("arrested ..., after the website published a series of reports ...": his outlet's work)
    r"\b(?:arrested|detained|charged)\b[^;.]{0,100}?\bafter\s+(?:the|his|her|their)\s+"
    r"(?:website|outlet|channel|newspaper|portal)\s+(?:published|posted|ran|released|aired)\s+"
    r"(?P<work>)",
    re.IGNORECASE,
)
#: Up to the doer and the deed's verb after a lead: a time and a place may come first.
_DOER_THEN_DEED = re.compile(
    rf"^(?:[^;.]{{0,120}}?\s)?{_DOER}(?:,\s+[^,;]{{3,60}}?,|\s+on\s+{DAY},?)?\s+(?:also\s+)?"
    rf"(?:(?:had|allegedly)\s+)*{DEED_VERB}\b",
    re.IGNORECASE,
)
#: "Kemelbayev, they said, reposted ...": the doer, who says so, the deed.
_DOER_THEY_SAID = re.compile(
    rf"^[\s\"”»]*(?=(?-i:[A-Z])[\w'-]+,\s+(?:they|investigators|prosecutors|the\s+prosecution|"
    rf"the\s+court|police)\s+(?:said|say|says|allege[sd]?|claim(?:s|ed)?),\s+"
    rf"(?:also\s+)?{DEED_VERB}\b)",
    re.IGNORECASE,
)


#: What the case rests on, told before the work itself: "The charge rests largely on a
#: February 12 Facebook post ...", "The evidence ... is a speech he gave ...", "Her offence: a
#: Facebook post ...", "investigators cited a speech ...", "in connection with messages he
#: posted ...", "suspected under Article 405, Part 2, ... for reposting videos ...".
_WORK_NOUN = (
    r"(?:posts?|videos?|messages?|comments?|speech(?:es)?|articles?|poems?|songs?|streams?|"
    r"livestreams?|interviews?|statements?|publications?|addresses|address|sermons?|reposts?|"
    r"appeals?|letters?|leaflets?|pieces?|tiktoks?|stories|series)"
)
_WORK = rf"(?=(?:(?:a|an|his|her|their|the)\s+)?(?:[\w'-]+\s+){{0,4}}?{_WORK_NOUN}\b)"
#: A work told first after an account's lead: "According to the charge sheet, a video he ...".
_WORK_FIRST = re.compile(
    rf"^(?:on\s+{DAY},?\s+)?(?:a|an|his|her|their)\s+(?:[\w'-]+\s+){{0,3}}?{_WORK_NOUN}\b"
    # (not "his video was watched 5,000 times": what became of the work)
    r"(?!,?\s+(?:was|were|is|are|has|have|had|got|gained|drew)\b)",
    re.IGNORECASE,
)
_WORK_CUE = re.compile(
    r"\b(?:case|charges?|prosecution|accusations?|indictment|verdict)\s+(?:rests?|rested|relies|"
    rf"relied)\s+(?:\w+\s+)?on\s+{_WORK}|"
    rf"\bthe\s+evidence(?:,\s+[^,;]{{3,60}},)?\s+(?:is|was|consists\s+of)\s+{_WORK}|"
    r"\b(?:his|her|their|the)\s+(?:alleged\s+)?[\"“«']?(?:offen[cs]e|crime)[\"”»']?\s*"
    rf"(?:[:—–]\s*|(?:is|was)\s+){_WORK}|"
    r"\b(?:investigators|prosecutors|the\s+prosecution|the\s+indictment|the\s+investigation)\s+"
    rf"(?:cited|cites|cite|listed|lists)\s+{_WORK}|"
    # "convicted over sermons recorded in 2025 and shared on YouTube": works named by a participle
    r"\b(?:convicted|sentenced|jailed|charged|prosecuted|tried|fined|accused)\b[^;.]{0,80}?\b"
    r"(?:over|for)\s+(?=(?:sermons|lectures|videos|posts|poems|songs|articles|messages|comments|"
    r"speeches|streams|recordings)\s+(?:\w+ed|written|made|given)\s)|"
    # "found him guilty under Article 174 (...) because of a voice message he sent ..."
    r"\b(?:guilty|convicted|sentenced)\b(?:[^;.()]|\([^()]*\)){0,160}?\bbecause\s+of\s+"
    rf"{_WORK}|"
    # "found guilty under the same article of reposting three of the videos ..."
    r"\bguilty\s+under\s+[^;.]{3,60}?\s+of\s+(?=\w+ing\b)|"
    # "the prosecution's version that Marat's Facebook post of 14 May 2026, saying ..."
    rf"\b(?:version|claim|finding|conclusion)\s+that\s+(?-i:[A-Z])[\w'-]+['’]s\s+{_WORK}|"
    # "on charges of calling for mass riots (Article 272, Part 3) over a poem he read ..."
    r"\bcharges?\s+of\s+[^;()]{3,100}?\s*\([^()]{3,60}\)\s*,?\s*(?:over|for|because\s+of|"
    rf"in\s+connection\s+with)\s+{_WORK}|"
    rf"\bin\s+(?:connection|relation)\s+(?:with|to)\s+(?=(?:posts|videos|messages|comments|"
    r"speeches|articles|poems|songs|streams|sermons|reposts|publications)\b)|"
    r"\bsuspected\s+under\s+(?:[^;.()]|\.(?=\s*\d)|\([^()]*\)){3,200}?\s+(?:for|over)\s+"
    r"(?=\w+ing\b|(?:a|an|his|her|their)\s)",
    re.IGNORECASE,
)


def after_deed(sentence: str, language: str) -> re.Match[str] | None:
    """Where the deed told after an arrest or a charge begins ("..., hours after he told ...")."""
    if language != "en":
        return None
    for found in _AFTER.finditer(sentence):
        rest = sentence[found.end() :]
        if _DOER_THEN_DEED.match(rest) or (
            found.group("work") is not None and _WORK_FIRST.match(rest)
        ):
            return found
    return None


def work(sentence: str, language: str) -> re.Match[str] | None:
    """Where the work the case rests on is told: before any other cue in the sentence."""
    return _WORK_CUE.search(sentence) if language == "en" else None


def lead(sentence: str, language: str) -> re.Match[str] | None:
    """Where an account of the deed ends and the deed's clause begins (its doer first)."""
    if language != "en":
        return None
    said = _DOER_THEY_SAID.match(sentence)
    if said:
        doer = re.match(r"[\w'-]+", sentence[said.end() :])
        return said if doer and names.looks_like_surname(doer.group()) else None
    for found in _LEAD.finditer(sentence):
        rest = sentence[found.end() :]
        if _DOER_THEN_DEED.match(rest) or (
            not found.group().lower().endswith("after ") and _WORK_FIRST.match(rest)
        ):
            return found
    return None


#: ", and on July 2 he published ...", " and that on March 21 he took part ...", " and on 2
#: June 2026 she took part ...": a new day opens a new deed.
_NEW_DAY = re.compile(
    rf",?\s+and\s+(?:that\s+)?(?:then\s+)?(?=on\s+{DAY},?\s+(?:(?:he|she|they)\s+)?"
    rf"(?:also\s+)?{DEED_VERB}\b)",
    re.IGNORECASE,
)


def by_day(text: str, language: str) -> list[str]:
    """The clause cut where another deed on another day begins (the doer's pronoun dropped)."""
    if language != "en":
        return [text]
    parts, start = [], 0
    cuts = []
    for found in _NEW_DAY.finditer(text):
        depth = text.count("(", 0, found.start()) - text.count(")", 0, found.start())
        if depth == 0:
            cuts.append(found)
    for found in cuts:
        parts.append(text[start : found.start()])
        start = found.end()
    parts.append(text[start:])
    return [
        re.sub(rf"^(on\s+{DAY},?\s+)(?:he|she|they)\s+", r"\1", part, flags=re.IGNORECASE)
        for part in parts
    ]


#: "On 12 October 2026 Aruzhan posted ...", "On 28 September 2026, after a court declared the
#: strike illegal, Kuanysh read out ...": a full day, an aside, the doer, the deed.
_DAY_DOER_DEED = re.compile(
    rf"^[\s\"”»]*on\s+(?P<day>{_FULL_DAY}),?\s+(?:[^,;.]{{3,80}},\s+)?(?P<doer>{_DOER})\s+(?:also\s+)?"
    rf"(?=(?:had\s+)?{DEED_VERB}\b)",
    re.IGNORECASE,
)
#: "she recorded a video address on 2 September 2025 urging ...": the doer, the deed, its day.
_DOER_DEED_DAY = re.compile(
    rf"(?:^[\s\"”»]*|,\s+|\bthen\s+)(?P<doer>he|she|they|{_ROLE_DOER}|(?-i:[A-Z])[\w'-]+)\s+"
    r"(?:also\s+)?"
    rf"(?=(?:had\s+)?{DEED_VERB}\b[^;.]{{0,120}}?\bon\s+{_FULL_DAY})",
    re.IGNORECASE,
)
_PUBLISHED = re.compile(
    r"(?:had\s+)?(?:published|posted|shared|uploaded|filmed|livestreamed|recorded|forwarded|"
    r"reposted)\s+(?!(?:on|in|that|to|at)\b)",
    re.IGNORECASE,
)
_HAD = re.compile(r"had\s+", re.IGNORECASE)
_NOT_A_DOER = re.compile(
    r"^(?:the|a|an|this|that|it|police|court|investigators?|prosecutors?|judge|we|i|you|"
    r"who|which|there|he\s+said|officials?|authorities)$",
    re.IGNORECASE,
)


def told(sentence: str, language: str) -> tuple[int, str, str] | None:
    """Where a deed told with its full day begins in the sentence, who did it, and the day
    told before the doer ("" where the day is in the deed's words)."""
    if language != "en":
        return None
    for pattern in (_DAY_DOER_DEED, _DOER_DEED_DAY):
        found = pattern.search(sentence)
        if not found:
            continue
        doer = found.group("doer")
        first = doer.split()[-1]
        role = re.fullmatch(_ROLE_DOER, doer, re.IGNORECASE) is not None
        if _NOT_A_DOER.match(doer) or (
            doer.lower() not in ("he", "she", "they") and not first[:1].isupper() and not role
        ):
            continue
        # (a publishing verb before its object goes, as `act_words.ACTS_TOLD` has it: "posted
        # a video about ..." is "a video about ...")
        verb = _PUBLISHED.match(sentence, found.end()) or _HAD.match(sentence, found.end())
        return (verb or found).end(), doer, found.groupdict().get("day") or ""
    return None


_ALSO = re.compile(rf"^[\s\"”»]*(?:he|she|they)\s+also\s+(?={DEED_VERB}\b)", re.IGNORECASE)


def also_did(sentence: str, language: str) -> int | None:
    """Where a next sentence's added deed begins ("He also called the deputy akim ..."), told
    without a day of its own."""
    found = _ALSO.match(sentence) if language == "en" else None
    return found.end() if found and told(sentence, language) is None else None


#: The doer before the deed's verb, a day without its year before or after them ("on May 1
#: Omirzakov posted", "Yensebayev on May 28 posted"): the day stays, to be dated later.
_DAY_AND_DOER = re.compile(
    # ("at a rally outside the akimat on March 21, Sarsenbayev called ...": the place goes)
    rf"^(?:(?:at|outside|during|in\s+front\s+of)\s+[^,;]{{3,80}}?\s+(?=on\s))?(?P<before>on\s+{DAY},?\s+)?(?P<doer>{_DOER})\s+(?P<after>on\s+{DAY},?\s+)?"
    rf"(?=(?:also\s+)?(?:had\s+)?{DEED_VERB}\b)",
    re.IGNORECASE,
)


def without_doer(description: str, language: str) -> tuple[str, str | None]:
    """The act without its doer told before the verb, and the doer's surname (if a name)."""
    found = _DAY_AND_DOER.match(description) if language == "en" else None
    role = found is not None and re.fullmatch(_ROLE_DOER, found.group("doer"), re.I) is not None
    if not found or not (found.group("before") or found.group("after") or role):
        return description, None
    doer = found.group("doer").split()[-1]
    if role or doer.lower() in (
        "he",
        "she",
        "they",
    ):
        surname = None
    elif names.looks_like_surname(doer):
        surname = doer
    else:
        return description, None
    day = found.group("before") or found.group("after") or ""
    return day + description[found.end() :], surname


#: "Utepova forwarded the video on May 29 to ...": the next deed told by its doer, with a day.
_GOES_ON = re.compile(
    rf"^[\s\"”»]*(?P<doer>he|she|they|(?-i:[A-Z])[\w'-]+)\s+(?:also\s+|then\s+)?"
    rf"(?:on\s+{DAY},?\s+)?{DEED_VERB}\b[^;.]{{0,150}}?\b{DAY}",
    re.IGNORECASE,
)


def goes_on(sentence: str, language: str) -> bool:
    """True when the sentence tells another deed by its doer with its day."""
    found = _GOES_ON.match(sentence) if language == "en" else None
    if not found:
        return False
    doer = found.group("doer")
    return doer.lower() in ("he", "she", "they") or names.looks_like_surname(doer)


#: "a police officer accused of beating his wife": someone unnamed, told with their own charge.
_SOMEONE_ACCUSED = re.compile(
    r"\b(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?(?:officer|policeman|official|man|woman|"
    r"businessman|teacher|doctor|driver|deputy|akim|judge|employee|resident|neighbou?r)\s+"
    r"(?:accused|suspected|charged|convicted)\s+(?:of|with)\s*$|"
    # ("... punishes residents for complaining about ...": people in general)
    r"\b(?:residents|people|workers|citizens|critics|activists|journalists|bloggers|villagers)"
    r"\s+(?:for|over)\s*$|"
    # "A second man was found guilty ...": someone told after the person, unnamed
    r"^[\s\"”»]*(?:a\s+(?:second|third|fourth)|the\s+other)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|"
    r"defendant|activist|blogger|journalist|worker|resident|suspect|person)\b",
    re.IGNORECASE,
)


def someone_else(text: str, language: str) -> bool:
    """True when the cue ending the text is someone else's charge, told of an unnamed person."""
    return language == "en" and _SOMEONE_ACCUSED.search(text) is not None


#: What the work did in the court's or someone's words, after the work named as its subject:
#: 'a video she recorded ... "created a threat of disturbing public order"', "his video ...,
#: which, according to the water utility, "caused panic"": no part of the act.
_WORK_JUDGED = re.compile(
    r"(?:,\s+which(?:,\s+[^,]{3,60},)?)?\s+[\"“]?(?:created|caused|posed|constituted|"
    r"incited|sowed|provoked|amounted\s+to)\s+(?:a\s+|an\s+)?(?:real\s+)?(?:threat|panic|"
    r"risk|danger|discord|hatred|enmity|unrest|fear|signs)\b.*$|"
    # (", contained false information": what the court found the work to be)
    r",?\s+contained\s+(?:knowingly\s+)?false\s+information\b.*$",
    re.IGNORECASE | re.DOTALL,
)


def without_judgement(description: str, language: str) -> str:
    """A work named as the subject, without what it is said to have done."""
    if language != "en" or re.match(rf"(?:had\s+)?{DEED_VERB}\b", description, re.I):
        return description
    return _WORK_JUDGED.sub("", description)


#: "addressed the workers and urged them ...": the second verb's pronoun is the first one's
#: audience, one deed told in two verbs.
_SAME_AUDIENCE = re.compile(
    r"^(?:then\s+)?(?:urged|called\s+on|told|asked|invited|encouraged|incited|warned)\s+"
    r"(?:them|him|her|it)\b",
    re.IGNORECASE,
)


#: "a video on TikTok repeating these calls | and | insulting residents ...": a participle's
#: clause closing the left part goes on in a second participle.
_PARTICIPLE_CLOSING = re.compile(r"\s[a-z]+ing\s+[^,;]+$")
_PARTICIPLE_OPENING = re.compile(r"^[a-z]+ing\b")


def one_deed(right: str, language: str, left: str = "") -> bool:
    """True when the part after "and" goes on with the same audience by a pronoun, or goes on
    the participle's clause the left part closes with."""
    if language != "en":
        return False
    right = right.strip(" ,")
    return _SAME_AUDIENCE.match(right) is not None or (
        _PARTICIPLE_CLOSING.search(left) is not None
        and _PARTICIPLE_OPENING.match(right) is not None
    )


_OPENING_DAY = re.compile(rf"^\s*on\s+{DAY},?\s+", re.IGNORECASE)


def opening_day(text: str, language: str) -> str:
    """The day a clause opens with ("on 12 March 2026 Nurlanov posted ... and sent ..."), which
    is the day of each deed the clause joins by "and"; "" where it opens otherwise."""
    found = _OPENING_DAY.match(text) if language == "en" else None
    return found.group().lstrip() if found else ""


#: "sermons recorded in 2024 and uploaded to YouTube": a work and two participles of it, one
#: deed (not "recorded a video and uploaded it": two verbs, two deeds).
_WORK_PARTICIPLE = re.compile(
    r"^(?:(?:a|an|the|his|her|their|several|two|three|\d+)\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:sermons?|videos?|posts?|poems?|songs?|articles?|messages?|speech(?:es)?|lectures?|"
    r"recordings?|interviews?|streams?)\s+(?:\w+ed|written|made|shot|given|read)\b"
)
_PARTICIPLE_WHERE = re.compile(
    r"^(?:later\s+|then\s+)?(?:\w+ed|put|shared|spread)\s+(?:on|to|in|onto|by|across)\b"
)


def one_work(left: str, right: str, language: str) -> bool:
    """True when "and" joins two participles of one work told first."""
    return (
        language == "en"
        and _WORK_PARTICIPLE.match(left.strip().lower()) is not None
        and _PARTICIPLE_WHERE.match(right.strip(" ,").lower()) is not None
    )


def listed(cue: str, described: str, language: str) -> list[str]:
    """The deeds a labelled line lists after its colon ("Grounds: a speech ...; a video ...",
    «Обвинение: участие в ..., денежные переводы ...»), each its own; the clause whole after
    any other cue."""
    if not cue.rstrip().endswith(":"):
        return [described]
    if language == "ru":  # «Обвинение: участие в ..., денежные переводы ...»: nouns listed
        return ru_joined.noun_list(described)
    if language != "en":
        return [described]
    return [part for part in described.split(";") if part.strip()] or [described]


_HOURS_AFTER = re.compile(r",\s+(?:only\s+|just\s+|a\s+few\s+)?hours\s+after\s+$", re.IGNORECASE)


def hours_after_day(sentence: str, cue: re.Match[str]) -> str | None:
    """The day of a deed told "hours after" by a sentence with one full day before it ("On 12
    November 2026 he was detained ..., hours after he told journalists ..."): that day."""
    if not _HOURS_AFTER.search(sentence[: cue.end()]) or cue.re is not _AFTER:
        return None
    days = resolve_dates(find_dates(sentence[: cue.start()]))
    return days[0].value.isoformat() if len(days) == 1 else None


def told_with_day(
    sentences: list[Sentence], language: str, split: Callable[[str, str], list[Record]]
) -> list[Record]:
    """Each deed told by its doer with its full day ("On 12 October 2026 Aruzhan posted ..."),
    and one a next sentence adds ("He also called ..."), on the same day; `split` reads the
    acts of a clause."""
    deeds: list[Record] = []
    for index, sentence in enumerate(sentences):
        found = told(sentence.text, language)
        if found is None:
            continue
        acts = [a for a in split(sentence.text[found[0] :], language) if a["description"]]
        day = resolve_dates(find_dates(found[2]))
        for act in acts if len(day) == 1 else []:
            act["date"] = act["date"] or day[0].value.isoformat()
        deeds += acts
        also = sentences[index + 1].text if index + 1 < len(sentences) else ""
        more = also_did(also, language)
        if acts and acts[-1]["date"] and more is not None:
            added = [a for a in split(also[more:], language) if a["description"]]
            deeds += [{**a, "date": a["date"] or acts[-1]["date"]} for a in added]
    return deeds


def split_by_day(
    acts: list[Record], language: str, read: Callable[[str, str], Record]
) -> list[Record]:
    """Each act cut where another deed on another day begins (`by_day`), each part read by
    `read`; the first part keeps the act's day where its own words give none."""
    split: list[Record] = []
    for act in acts:
        parts = by_day(act["description"], language)
        if len(parts) == 1:
            split.append(act)
            continue
        for number, part in enumerate(parts):
            read_part = read(part, language)
            if not read_part["description"]:
                continue
            if number == 0 and read_part["date"] is None:
                read_part["date"] = act["date"]
            if "told_of" in act:
                read_part.setdefault("told_of", act["told_of"])
            split.append(read_part)
    return split


def without_poster(description: str) -> str:
    """The work without who posted it, told once its date is cut ("a video Zhumabekov posted,
    in which ...", "a comment ... that he posted on Facebook", "... that he posted"); English
    words, matched in a text of any language as before they moved here."""
    # "a video Zhumabekov posted, in which he said ...": who posted it, once the date is cut
    description = re.sub(
        r"\s+(?:(?-i:[A-Z])[\w'-]+|he|she|they)\s+(?:posted|published|uploaded|shared|recorded)"
        r",?(?=\s+(?:in\s+which|where)\b)",
        "",
        description,
        flags=re.IGNORECASE,
    )
    # "a comment criticising the akimat that he posted on Facebook": what was posted, where
    # (not "a video address in which he called on residents ...": the clause tells the work)
    description = re.sub(
        r"(?<!\bin)(?<!\bon)(?<!\bat)(?<!\bby),?\s+(?:that|which)\s+(?:he|she|they|my client)\s+"
        r"(?=\w+ed\s+(?:on|in)\s+\w)",
        " ",
        description,
        flags=re.IGNORECASE,
    )
    # "... that he posted" once its date is cut says nothing more
    description = re.sub(
        r",?\s+(?:that|which)\s+(?:he|she|they)\s+\w+$", "", description, flags=re.IGNORECASE
    )
    return description
