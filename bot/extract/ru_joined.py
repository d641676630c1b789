"""Russian words each side of «и» that make one thing, not two acts: two adjectives of one
noun («на казахском и русском языках», «между «городскими» и «аульными» жителями»), two nouns
in one oblique case governed by what comes before («призывы к массовым беспорядкам и
неподчинению требованиям»), the two sides of «между ... и ...», a second infinitive of one call
(«призвал «выйти на улицы» и не подчиняться ...»), a second «что» of one saying («написал,
что ... и что ...»).

Invariants: pure functions of the two sides' edge words, read by the morphological
dictionary; no side is ever cut here, only the split refused.
"""

from __future__ import annotations

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
