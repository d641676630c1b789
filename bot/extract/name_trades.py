"""Trades and statuses written before or after a name: "journalist Duman Mukhammedkarim",
«Инженер-строитель Даурен СЕРИКБАЕВ», "Zhanar Kudaibergen, blogger".

Each function reads one word (or the few words before a name) against the trade tables of
`lexicon`; none of them finds a name. A word that is also a given name («Ғалым») is no trade.
"""

from __future__ import annotations

import re
from functools import cache


#: A word that introduces a person's name: "journalist Duman Mukhammedkarim".
def _introduces() -> re.Pattern[str]:
    from bot.extract.lexicon import OCCUPATION_WORDS

    words = sorted({w for table in OCCUPATION_WORDS.values() for w in table}, key=len)
    return re.compile(
        # (plural too: "the activists Yerbol Tanirbergen and Saule Mukanova")
        r"(?<![\w-])(?:journalists?|activists?|bloggers?|poet|lawyer|defender|teacher|pensioner|"
        r"engineer|driver|student|журналист\w*|активист\w*|блогер\w*|правозащитни\w*|"
        r"пенсионер\w*|учител\w*|белсенді\w*|зейнеткер\w*|мұғалім\w*|ақын\w*|кәсіпкер\w*|"
        r"студент\w*|" + "|".join(rf"{re.escape(w)}\w*" for w in reversed(words)) + r")"
        # «поэтессы и учительницы казахского языка Айнур Сейткали»: what the trade is of
        r"(?:\s+[a-zа-яё-]+){0,2},?\s+$",
        re.IGNORECASE,
    )


INTRODUCES = _introduces()


#: Given names that are also a trade's word: «Ғалым» (a scientist) is a given name next to a
#: surname («Ғалым Қожахметов»).
GIVEN_NAMES_OF_TRADES = frozenset("ғалым галым galym".split())


@cache
def is_trade(word: str) -> bool:
    """A word that names a trade or a status in any of the three languages ("Driller",
    «Зейнеткер», «Инженер-строитель»): written first in a sentence it has a capital, yet it
    is no given name."""
    from bot.extract import lexicon

    lower = word.lower()
    if lower in GIVEN_NAMES_OF_TRADES:
        return False
    for part in (lower, lower.split("-")[0]):
        if any(part in words for words in lexicon.OCCUPATION_WORDS.values()):
            return True
        for table in lexicon.OCCUPATION_PATTERNS.values():
            for pattern, _value in table:
                found = pattern.match(part)
                if found and found.end() == len(part):
                    return True
    return False


def is_occupation(word: str) -> bool:
    """A trade written first in a sentence before a name: «Инженер-строитель Даурен СЕРИКБАЕВ»,
    «Мұнайшы Бағдат ЕСЕНҰЛЫ» (each part of a hyphenated trade is tried)."""
    from bot.extract.lexicon import TRADE_WORD

    for part in word.lower().split("-"):
        if INTRODUCES.search(part + " "):
            return True
        if TRADE_WORD.fullmatch(part):
            return True
    return False
