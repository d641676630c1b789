"""Whether a part of a report tells only of an administrative offence: no criminal case.

A bulletin puts beside its criminal cases the fines and short arrests courts give under the Code
of Administrative Offences ("fined reporter X 30 MCI under Article 434 of the Code of
Administrative Offences", «оштрафовал ... (ст. 488 КоАП РК)», «ӘҚБтК 488-бабы бойынша 10 тәулікке
әкімшілік қамаққа»). The people so punished are no criminal case; an item that also names the
Criminal Code or a criminal case (a blogger fined before, then charged) is one.
"""

from __future__ import annotations

import re

#: An administrative proceeding named: its code, court, arrest, fine or offence.
_ADMINISTRATIVE = {
    "en": re.compile(
        r"\b(?:(?-i:CAO|CoAO)|code\s+of\s+administrative\s+offen[cs]es|administrative\s+(?:code|court|arrest|"
        r"offen[cs]es?|fine|detention|case|protocol|liability|penalty))\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:КоАП|административн\w*\s+(?:суд|арест|штраф|правонарушени|дел|протокол|"
        r"кодекс|ответственност|взыскани|порядк)\w*)",
        re.IGNORECASE,
    ),
    "kk": re.compile(
        r"(?<![\w-])(?:ӘҚБтК|ӘҚБК|КоАП|әкімшілік\s+(?:құқық\s*бұзушылық|қама[қу]|айыппұл|сот|іс|"
        r"кодекс|жауап|хаттама|тәртіп)\w*)",
        re.IGNORECASE,
    ),
}

#: A criminal case named: the Criminal Code, a criminal case, charge or article.
_CRIMINAL = {
    "en": re.compile(r"\bcriminal\b|\bCC(?:\s+RK)?\b", re.IGNORECASE),
    # (the code's abbreviation in capitals and alone: «указывают» is no «УК»)
    "ru": re.compile(r"(?<![\w-])(?:(?-i:УК)(?!\w)|уголовн\w*)", re.IGNORECASE),
    "kk": re.compile(r"(?<![\w-])(?:(?-i:ҚК|УК)(?!\w)|қылмыстық\w*)", re.IGNORECASE),
}


#: A criminal case said not to exist: "no criminal case was opened against him", «уголовное
#: дело против него не возбуждалось», «оған қатысты қылмыстық іс қозғалмаған».
_NO_CRIMINAL = {
    "en": re.compile(
        r"\bno\s+criminal\s+(?:case|charges?|proceedings?)\b|\bcriminal\s+(?:case|charges?|"
        r"proceedings?)\s+(?:\w+\s+){0,3}(?:was|were|has|have|had)\s+(?:not|never)\s+(?:been\s+)?"
        r"(?:opened|brought|filed|initiated|launched|instituted)\b|"
        # "is not a party to the criminal case", "not a defendant in the criminal case"
        r"\bnot\s+(?:a\s+)?(?:party|defendant|suspect)\s+(?:to|in)\s+(?:the|any)\s+criminal\s+"
        r"(?:case|proceedings?)\b|"
        # a list's closing count ("Total in the list this month: 3 criminal cases"): the
        # list's cases, none of a note's person's own
        r"^[ \t]*total\b[^\n]{0,40}?\d+\s+criminal\s+cases\b",
        re.IGNORECASE | re.MULTILINE,
    ),
    "ru": re.compile(
        r"уголовн\w*\s+(?:дел\w*|преследовани\w*)\s+(?:\w+\s+){0,3}?(?:не|так\s+и\s+не)\s+"
        r"(?:возбужд|завод|заведен|открыва|открыт|был|начина)\w*|"
        r"\bне\s+(?:возбужд|заводи)\w*\s+уголовн\w*|\bбез\s+возбуждения\s+уголовн\w*|"
        # «не является фигурантом уголовного дела», «не проходит по уголовному делу»
        r"\bне\s+(?:является\s+фигурант\w*|проходит\s+по)\s+уголовн\w*\s+дел\w*",
        re.IGNORECASE,
    ),
    "kk": re.compile(
        r"қылмыстық\s+іс\s+(?:\w+\s+){0,2}?(?:қозғалмаған|қозғалған\s+жоқ|ашылмаған|ашылған\s+жоқ)",
        re.IGNORECASE,
    ),
}


def administrative_only(text: str, language: str) -> bool:
    """Whether `text` names an administrative proceeding and nothing criminal (a criminal case
    said not to exist is none)."""
    return bool(_ADMINISTRATIVE[language].search(text)) and not _CRIMINAL[language].search(
        _NO_CRIMINAL[language].sub(" ", text)
    )


def administrative_only_any(text: str) -> bool:
    """Whether `text` names an administrative proceeding and nothing criminal, in any of the
    languages (a table's row, read before the text's language is known)."""
    return any(_ADMINISTRATIVE[lang].search(text) for lang in _ADMINISTRATIVE) and not any(
        criminal.search(text) for criminal in _CRIMINAL.values()
    )


def own_sentences_administrative_only(block: str, surname_key: str, language: str) -> bool:
    """Whether the sentences of `block` that name the person of `surname_key` (a co-defendant's
    own, beside those of the people tried) tell only of an administrative offence: «тағы бір
    белсенді – Мақсат X ... 10 тәулікке әкімшілік қамауға алынған» under a verdict on others."""
    # (imported here: blocks and clauses read this module's tables)
    from bot.extract.blocks import sentences_naming
    from bot.extract.clauses import event_kind

    own = sentences_naming(block, surname_key, language)
    # (each of them telling an event tells the administrative one: «Ғалымжан X ұсталды» beside
    # «X 2025 жылы әкімшілік қамаққа алынған» is a detention of the criminal case)
    return (
        bool(own)
        and administrative_only(" ".join(own), language)
        and all(administrative_only(t, language) for t in own if event_kind(t, language))
    )
