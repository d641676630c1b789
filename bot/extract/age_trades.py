"""A Russian trade written after an age in figures («приговорил 44-летнего электромонтёра»,
«31-летней поэтессы»): a noun the trade lexicon need not know.

Invariant: a pure function of the text; only a singular animate noun is read, never a name, a
place's resident («алматинец»), a relative or a status («жителя», «мужчину», «пенсионера»).
"""

from __future__ import annotations

import re

from bot.extract import names

#: «44-летнего электромонтёра», «31-летней поэтессы»: a noun after an age in figures.
_AGE_THEN_NOUN = re.compile(r"(?<![\w-])\d{1,3}\s*-\s*летн\w+\s+([а-яё-]+)", re.IGNORECASE)
#: Nouns after an age that say who, not what trade.
_NO_TRADE = frozenset(
    """житель жительница мужчина женщина человек гражданин гражданка парень девушка юноша
    уроженец уроженка мать отец сын дочь муж жена брат сестра мама папа подросток пенсионер
    пенсионерка задержанный задержанная осуждённый осуждённая обвиняемый обвиняемая""".split()
)


def after_age(context: str) -> list[tuple[int, int, str]]:
    """(start, end, value) of a trade written after an age («приговорил 44-летнего
    электромонтёра»): a singular animate noun the trade lexicon need not know; not «жителя»,
    «мужчину», a relative, or a status."""
    found: list[tuple[int, int, str]] = []
    for match in _AGE_THEN_NOUN.finditer(context):
        parse = names.morph().parse(match.group(1).lower())[0]
        grammemes = set(parse.tag.grammemes)
        if (
            parse.tag.POS == "NOUN"
            and {"anim", "sing"} <= grammemes
            and not {"Name", "Surn", "Patr", "Geox"} & grammemes
            and str(parse.normal_form) not in _NO_TRADE
            and not _demonym(str(parse.normal_form))
        ):
            found.append((match.start(1), match.end(1), str(parse.normal_form)))
    return found


def _demonym(noun: str) -> bool:
    """A resident of a town named after it («алматинец», «карагандинка», «астанчанин»): where
    the person is from, not a trade («продавец» is made from no town)."""
    from bot.extract.places import find_town

    for suffix in ("чанин", "чанка", "янин", "янка", "анин", "анка", "инец", "инка", "ец", "ка"):
        if noun.endswith(suffix) and len(noun) - len(suffix) >= 3:
            stem = noun[: -len(suffix)]
            if any(find_town((stem + end).capitalize()) for end in ("", "а", "ы", "и", "ск")):
                return True
    return False
