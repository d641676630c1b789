"""Names written with initials, as court papers and their press releases write them: «Ж.Б.
Сағынтаевқа», «Т. К. Ахметжанова и Р. С. Ли», «Ахметжанов Т.К. признан виновным». Each is a
Mention with the initials first and the surname last, whatever order the text writes them in.
A short surname (two or three letters: Ли, Ким, Цой) needs both initials; a court official
named after their role is left to the officials' reading; a town after its kind («г. Кентау
Т.К.») is no one.
"""

from __future__ import annotations

import re

from bot.extract.names import (
    ACRONYMS,
    LATIN_DIGRAPH_INITIALS,
    LOWER,
    NOT_GIVEN,
    UPPER,
    Mention,
    _is_common_word,
    looks_like_surname,
)

#: Initials and a surname, as court press releases name the accused: «Ж.Б. Сағынтаевқа»,
#: «в отношении А. Нургалиева», "A.B. Sagyntayev".
_INITIALS_SURNAME = re.compile(
    # (a Latin initial of two letters for one Kazakh or Russian letter: "Ye. Baizhanov")
    rf"(?<![\w.])({LATIN_DIGRAPH_INITIALS}|[{UPPER}])\.[ \u00a0]?"
    rf"(?:({LATIN_DIGRAPH_INITIALS}|[{UPPER}])\.[ \u00a0]?)?([{UPPER}][{LOWER}'’-]{{3,}})"
)


#: Two initials before a short surname: «Р. С. Ли», «В. Г. Ким», «А. Б. Цой» (Korean surnames
#: of two or three letters, common in Kazakhstan; with one initial, «С. Ли» could be anything).
_TWO_INITIALS_SHORT_SURNAME = re.compile(
    rf"(?<![\w.])([{UPPER}])\.[ \u00a0]?([{UPPER}])\.[ \u00a0]?"
    rf"([{UPPER}][{LOWER}]{{1,2}})(?![\w'’-])"
)


#: A surname and two initials after it, as a verdict or its press release names the accused
#: further on: «Ахметжанов Т.К. признан виновным», «Пак В.Г.», «Сейтқали Е.Б.».
_SURNAME_INITIALS = re.compile(
    rf"(?<![\w.-])([{UPPER}][{LOWER}'’-]{{1,}})[ \u00a0]([{UPPER}])\.[ \u00a0]?([{UPPER}])\."
    # (not the initials of the name after: «Сот Ж.Б. Сағынтаевты кінәлі деп тапты»)
    rf"(?![ \u00a0]?[{UPPER}][{LOWER}])"
)


def _surname_initials_mentions(text: str) -> list[Mention]:
    """«Ахметжанов Т.К.»: the surname first, then both initials (not a common word, nor a
    town after its kind: «г. Кентау Т.К.» is no one). Read as «Т. К. Ахметжанов», the
    initials first, as the name is written elsewhere."""
    mentions = []
    for match in _SURNAME_INITIALS.finditer(text):
        surname = match.group(1)
        if (
            surname.lower() in NOT_GIVEN
            or surname.upper() in ACRONYMS
            or (not looks_like_surname(surname) and len(surname) > 3 and _is_common_word(surname))
            or _TOWN_KIND_BEFORE.search(text[max(0, match.start() - 12) : match.start()])
            # the court's officials are read by their roles (officials.py), not as people
            or _OFFICIAL_LEAD.search(text[max(0, match.start() - 60) : match.start()])
        ):
            continue
        words = [f"{match.group(2)}.", f"{match.group(3)}.", surname]
        mentions.append(Mention(match.start(), match.end(), words, 2))
    return mentions


#: A court official's role right before a name («в составе председательствующего», «с участием
#: прокурора», «судья первой инстанции —», «хатшысы»).
_OFFICIAL_LEAD = re.compile(
    r"(?<![\w-])(?:судь\w*|прокурор\w*|обвинител\w*|председательствующ\w*|адвокат\w*|"
    r"защитник\w*|секретар\w*|хатшы\w*|судьясы|айыптаушы\w*|қорғаушы\w*|төрағалық\s+етуші)"
    r"(?:\s+[а-яёәғқңөұүһі-]+){0,3}[\s:—–,-]*$",
    re.IGNORECASE,
)


#: A town's kind written before its name: «г. Кентау», «с. Шетпе», «қ. Шу», «пос.», "city of".
_TOWN_KIND_BEFORE = re.compile(
    r"(?<![\w-])(?:г|с|п|пос|қ|ауд|р-н|city\s+of|town\s+of)\.?\s*$", re.IGNORECASE
)


def initials_mentions(text: str) -> list[Mention]:
    """Every name written with initials, in the order the text writes them."""
    mentions = _surname_initials_mentions(text)
    for match in [
        *_INITIALS_SURNAME.finditer(text),
        *_TWO_INITIALS_SHORT_SURNAME.finditer(text),
    ]:
        surname = match.group(3)
        short = len(surname) <= 3
        if (not short and not looks_like_surname(surname)) or surname.lower() in NOT_GIVEN:
            continue
        words = [f"{match.group(1)}.", *([f"{match.group(2)}."] if match.group(2) else [])]
        mentions.append(Mention(match.start(), match.end(), [*words, surname], len(words)))
    return sorted(mentions, key=lambda m: m.start)
