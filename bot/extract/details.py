"""The rest of a case: sources, and the sentences that are no part of the case (boilerplate,
background about others). The acts are read in `acts` (re-exported here for the modules that
read them from this one), the court, judge and prosecutor in `officials`, the charges in
`charges`."""

from __future__ import annotations

import re

from bot.extract import lexicon, names
from bot.extract.acts import _acts as _acts
from bot.extract.values import find_dates

# --- sources, boilerplate ------------------------------------------------------------------------


def _boilerplate(sentence: str, language: str) -> bool:
    """A sentence that tells nothing of the case: a channel's boilerplate, or background about
    people in general ("Several activists across the country have been handed prison terms
    ...", «Движение возглавляет бывший банкир, которого ...») that names no one and gives no
    date."""
    if lexicon.BOILERPLATE[language].search(sentence):
        return True
    if _UNNAMED_OTHER.search(sentence) and not any(
        m.given for m in names.find_mentions(sentence) + names.find_title_mentions(sentence)
    ):
        # "Another resident was convicted in the same case last year", «Осы іс бойынша тағы бір
        # ақтөбелік былтыр сотталған»: someone told by no name, whose verdict is not the case's
        return True
    return (
        bool(_BACKGROUND.search(sentence))
        and not find_dates(sentence)
        and not any(m.given for m in names.find_mentions(sentence))
        and not names.find_title_mentions(sentence)
    )


#: Words of background about others: several activists, across the country, the movement's
#: leader, human rights groups (not «несколько постов»: what the person did).
_BACKGROUND = re.compile(
    r"\b(?:(?:several|many|numerous|other)\s+(?:\w+\s+)?(?:activists|people|supporters|"
    r"critics|journalists|bloggers|members|dissidents)|across the (?:country|nation)|"
    r"(?:is|was) led by|human rights groups|"
    r"(?:несколько|многие|многих|другие)\s+(?:\w+\s+)?(?:активист|человек|сторонник|журналист|"
    r"блогер|оппозиционер|критик)\w*|по всей стране|движение возглавляет|правозащитники|"
    r"(?:бірнеше|көптеген|басқа)\s+(?:\w+\s+)?(?:белсенді|адам|жақтас|журналист|блогер)\w*|"
    r"қозғалысты\s+\S+\s+\S+\s+басқарады|құқық қорғаушылар)\b",
    re.IGNORECASE,
)


#: Someone else told by no name as the subject: "another resident", «ещё один житель», «тағы
#: бір ақтөбелік» (a townsman named by the town: -лық/-лік/-дық/-дік/-тық/-тік).
_UNNAMED_OTHER = re.compile(
    r"(?<![\w-])(?:another|one\s+more)\s+(?:[\w-]+\s+)?(?:resident|activist|defendant|member|"
    r"supporter|participant|blogger|journalist|person|man|woman)\w*\s+(?:was|has\s+been|had\s+been)|"
    r"(?<![\w-])(?:ещё|еще)\s+(?:один|одн\w+|двое|трое)\s+(?:[\w-]+\s+)?(?:жител|активист|"
    r"фигурант|обвиняем|подсудим|участник|сторонник|блогер|журналист)\w*\s+(?:[\w-]+\s+){0,2}?"
    r"(?:был\w*\s+)?"
    r"(?:осужд|приговор|задерж|арестова|оштрафова)|"
    r"(?<![\w-])тағы\s+(?:бір|екі|үш)\s+(?:[\w-]+(?:лық|лік|дық|дік|тық|тік)|тұрғын\w*|"
    r"белсенді\w*|жақтас\w*|сотталушы\w*|айыпталушы\w*|блогер\w*|журналист\w*)"
    r"(?:\s+[\w-]+){0,4}?\s+(?:сотталған|сотталды|ұсталған|ұсталды|айыппұл\s+салынған)",
    re.IGNORECASE,
)


_URL = re.compile(r"https?://[^\s<>\"'«»]+", re.IGNORECASE)


def _urls(text: str) -> list[str]:
    return list(dict.fromkeys(u.rstrip(".,;:)") for u in _URL.findall(text)))
