"""Russian words each side of «и» that make one thing, not two acts: two adjectives of one
noun («на казахском и русском языках», «между «городскими» и «аульными» жителями»), two nouns
in one oblique case governed by what comes before («призывы к массовым беспорядкам и
неподчинению требованиям»), the two sides of «между ... и ...», a second infinitive of one call
(«призвал «выйти на улицы» и не подчиняться ...»), a second «что» of one saying («написал,
что ... и что ...»).

The other way too: a time or place phrase after «и» leading a past verb of the left's doer
(«создал группу и в период с июля по август организовывал собрания») is a second deed, the
time before its verb no part of it; a labelled line's nouns listed by commas («Обвинение:
участие в ..., денежные переводы ...») are acts each.

Invariants: pure functions of the words given, read by the morphological dictionary; only
`without_time_before_verb` cuts (a time with no day, right before a past verb), only
`noun_list` splits (at a comma before a nominative noun phrase, no finite verb anywhere).
"""

from __future__ import annotations

import itertools
import re

from bot.extract import names


def adjectives_joined(left: str, right: str) -> bool:
    """«на казахском | и | русском языках»: an adjective each side of «и», one noun after."""
    # (each may stand in quotes: «противопоставляла «городских» и «аульных» жителей»)
    last = re.search(r"([а-яё]+)[»”\"]?\s*$", left, re.IGNORECASE)
    first = re.match(r"\s*[«“\"]?([а-яё]+)", right, re.IGNORECASE)
    if not last or not first:
        return False
    return all(
        names.morph().parse(word.lower())[0].tag.POS == "ADJF"
        for word in (last.group(1), first.group(1))
    )


_OBLIQUE = frozenset({"gent", "datv", "ablt", "loct"})


def objects_joined(left: str, right: str) -> bool:
    """«к массовым беспорядкам | и | неподчинению требованиям»: a noun each side of «и» in
    one oblique case (no nominative or accusative reading after it), both governed by what
    comes before: one act. (Not «опубликовал пост и видео»: two things, maybe two acts.)"""
    last = re.search(r"([а-яё]+)\s*$", left, re.IGNORECASE)
    first = re.match(r"\s*([а-яё]+)", right, re.IGNORECASE)
    if not last or not first:
        return False

    def cases(word: str) -> set[str]:
        return {str(p.tag.case) for p in names.morph().parse(word.lower()) if p.tag.POS == "NOUN"}

    left_cases, right_cases = cases(last.group(1)), cases(first.group(1))
    return bool(right_cases) and right_cases <= _OBLIQUE and bool(left_cases & right_cases)


#: «между» with no clause break after it: what follows «и» is its second side.
_BETWEEN_OPEN = re.compile(r"\bмежду\s+[^,;:()«»]*$", re.IGNORECASE)


def between_joined(left: str) -> bool:
    """«розни между жителями области | и | работниками госорганов»: «между» takes both."""
    return _BETWEEN_OPEN.search(left) is not None


def said_goes_on(right: str) -> bool:
    """What opens the right side goes on the left's verb: an infinitive («призвал «выйти»
    | и | не подчиняться распоряжениям»: one call) or «что» («написал, что ... | и | что
    ...»: one saying). Neither tells a deed of its own."""
    if re.match(r"\s*что\b", right, re.IGNORECASE):
        return True
    first = re.match(r"\s*(?:не\s+)?([а-яё]+)\b", right, re.IGNORECASE)
    return first is not None and names.morph().parse(first.group(1).lower())[0].tag.POS == "INFN"


def _past_verb(word: str) -> str | None:
    """The number-and-gender of a past-tense verb («организовывал» → "masc"), else None."""
    tag = names.morph().parse(word.lower())[0].tag
    if tag.POS != "VERB" or tag.tense != "past":
        return None
    return str(tag.number) if tag.number == "plur" else str(tag.gender)


#: what keeps the left side's verb open, so a verb after «и» may be the clause's own
_CLAUSE_OPEN = re.compile(r",\s*(?:что|чтобы|котор\w+|где|когда|как)\b", re.IGNORECASE)


def verb_after_adverbial(left: str, right: str) -> bool:
    """«создал в WhatsApp группу | и | в период с июля по август 2026 года организовывал
    собрания»: a time or place phrase opening the right side leads a past verb of the left's
    own doer (the same number and gender), so the right side is a deed of its own, not a
    second object of the left's verb. Refused where the left opens a clause of its own («...,
    что ...») the verb could belong to, and past the right side's first comma or ten words."""
    lefts = [g for w in re.findall(r"[а-яё]+", left, re.IGNORECASE) if (g := _past_verb(w))]
    if not lefts or _CLAUSE_OPEN.search(left):
        return False
    head = re.split(r"[,;:«“\"]", right, maxsplit=1)[0]
    for word in re.findall(r"[а-яё]+", head, re.IGNORECASE)[1:10]:
        if _past_verb(word) == lefts[0]:
            return True
    return False


#: a comma followed by the next item's first word, outside quotes and brackets
_LIST_COMMA = re.compile(r",\s+(?=([а-яё]+)\b)")


def _nominal(word: str) -> bool:
    """A lowercase noun or adjective read first in the nominative or the accusative (the same
    form for a thing: «денежные», «участие»)."""
    if not word.islower():
        return False
    tag = names.morph().parse(word)[0].tag
    return tag.POS in {"NOUN", "ADJF"} and tag.case in {"nomn", "accs"}


def noun_list(described: str) -> list[str]:
    """A labelled line's list of works or deeds named by nouns («Обвинение: участие в
    онлайн-собраниях движения, денежные переводы его активистам»): each item its own act.
    Cut only at a comma outside quotes and brackets before a lowercase nominative noun phrase,
    where the first item opens with one too and no item holds a finite verb (a clause says
    one deed: «пост, опубликованный ...», «видео, в котором ...» stay whole)."""
    first = re.match(r"\s*([а-яё]+)", described)
    if not first or not _nominal(first.group(1)):
        return [described]
    cuts, depth = [0], 0
    for index, char in enumerate(described):
        if char in "«“(":
            depth += 1
        elif char in "»”)" and depth:
            depth -= 1
        found = _LIST_COMMA.match(described, index) if char == "," and not depth else None
        if found and _nominal(found.group(1)):
            cuts.append(found.end())
    parts = [described[a:b].strip(" ,") for a, b in itertools.pairwise([*cuts, len(described)])]
    if len(parts) < 2 or any(len(p.split()) < 2 for p in parts):
        return [described]
    words = re.findall(r"[а-яё]+", described, re.IGNORECASE)
    if any(names.morph().parse(w.lower())[0].tag.POS == "VERB" for w in words):
        return [described]
    return parts


#: a time without a day opening a deed's words: «с мая по июль 2026 года», «в период с ... по
#: ...», «в течение лета», «в 2025 году», «в марте 2026 года», «затем», «позже»
_TIME_FIRST = re.compile(
    r"^\s*(?:(?:в\s+период\s+)?(?:с|со)\s+[^,;]{1,40}?\s+по\s+[а-яё]+(?:\s+\d{4}\s+года)?|"
    r"в\s+течение\s+[а-яё]+(?:\s+\d{4}\s+года)?|в\s+\d{4}\s+году|в\s+[а-яё]+е\s+\d{4}\s+года|"
    r"затем|позже|позднее|впоследствии)\s+(?=([а-яё]+))",
    re.IGNORECASE,
)


def without_time_before_verb(right: str) -> str:
    """The second deed of a chain without the time (no day) that opens it before its verb
    («с мая по июль 2026 года проводил встречи» → «проводил встречи»): the deed as quoted. A
    place before the verb («в чате призвал ...») stays: it is part of the deed."""
    found = _TIME_FIRST.match(right)
    if found is None or _past_verb(found.group(1)) is None:
        return right
    return right[found.end() :]
