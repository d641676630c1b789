"""Whether a part of a report tells only of an administrative offence: no criminal case.

A bulletin puts beside its criminal cases the fines and short arrests courts give under the Code
of Administrative Offences ("fined reporter X 30 MCI under Article 434 of the Code of
Administrative Offences", «оштрафовал ... (ст. 488 КоАП РК)», «ӘҚБтК 488-бабы бойынша 10 тәулікке
әкімшілік қамаққа»). The people so punished are no criminal case; an item that also names the
Criminal Code or a criminal case (a blogger fined before, then charged) is one. A criminal case
said not to exist ("he is not facing criminal charges", «уголовного дела нет») names none; a
fine in monthly indices told in paragraphs that tell nothing criminal (no article, verdict,
term, custody or charge) is an administrative one.
"""

from __future__ import annotations

import re

from bot.extract.values import find_terms

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
        r"^[ \t]*total\b[^\n]{0,40}?\d+\s+criminal\s+cases\b|"
        # "he is not facing criminal charges", "faces no criminal charges", "rather than a
        # criminal one"
        r"\b(?:not|never)\s+(?:been\s+)?(?:facing|faced|face|charged\s+with)\s+(?:any\s+)?"
        r"criminal\s+(?:charges?|case|proceedings?|offen[cs]es?)\b|"
        r"\b(?:rather\s+than|and\s+not|not)\s+a\s+criminal\s+(?:one|case|offen[cs]e|penalty|"
        r"punishment)\b|"
        # "has never been held criminally liable"
        r"\b(?:not|never)\s+(?:been\s+)?held\s+criminally\s+(?:liable|responsible)\b",
        re.IGNORECASE | re.MULTILINE,
    ),
    "ru": re.compile(
        r"уголовн\w*\s+(?:дел\w*|преследовани\w*)\s+(?:\w+\s+){0,3}?(?:не|так\s+и\s+не)\s+"
        r"(?:возбужд|завод|заведен|открыва|открыт|был|начина)\w*|"
        r"\bне\s+(?:возбужд|заводи)\w*\s+уголовн\w*|\bбез\s+возбуждения\s+уголовн\w*|"
        # «не является фигурантом уголовного дела», «не проходит по уголовному делу»
        r"\bне\s+(?:является\s+фигурант\w*|проходит\s+по)\s+уголовн\w*\s+дел\w*|"
        # «Против неё уголовного дела нет», «административное, а не уголовное наказание»
        r"уголовн\w*\s+дел\w*\s+(?:\w+\s+){0,2}?нет\b|\bне\s+уголовн\w*|"
        # «к уголовной ответственности не привлекался», «не привлекалась к уголовной ...»
        r"\bк\s+уголовн\w*\s+ответственност\w*\s+не\s+привлека\w*|"
        r"\bне\s+привлека\w*\s+к\s+уголовн\w*\s+ответственност\w*",
        re.IGNORECASE,
    ),
    "kk": re.compile(
        r"қылмыстық\s+іс\s+(?:\w+\s+){0,2}?(?:қозғалмаған|қозғалған\s+жоқ|ашылмаған|ашылған\s+жоқ|"
        # «оған қатысты қылмыстық іс жоқ», «қылмыстық емес, әкімшілік жаза»
        r"жоқ)|қылмыстық\s+(?:\w+\s+)?емес|"
        # «қылмыстық жауапкершілікке тартылмаған»
        r"қылмыстық\s+жауапкершілікке\s+тартылма\w*",
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


#: A fine counted in monthly calculation indices: "fined 20 MCI", "fined 50 monthly calculation
#: indexes", «оштрафован на 10 МРП», «50 АЕК айыппұл салынды».
_INDEX_FINE = {
    "en": re.compile(
        r"\bfined\b[^.;]{0,40}?\b(?:MCI|MRP|monthly\s+calculation\s+ind(?:ex|ices|exes))\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(r"оштраф\w*[^.;]{0,40}?(?<![\w-])(?:МРП|МРЗП)(?![\w-])"),
    "kk": re.compile(r"(?<![\w-])(?:АЕК|МРП)(?![\w-])[^.;]{0,30}?айыппұл", re.IGNORECASE),
}
#: What a criminal case tells: an article's number, a conviction, a co-defendant, a term of
#: prison or of restricted freedom, an appeal, custody or house arrest, a charge.
_VERDICT_TOLD = {
    "en": re.compile(
        r"\b(?:article|art\.|convicted|guilty|verdict|sentenced|co-?defendants?|criminal|prison|"
        r"restricted\s+freedom|freedom\s+limitation|colony|appeals?|pre-?trial|house\s+arrest|"
        r"charged|charges?)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:ст\.|стать\w+|приговор\w*|осужд\w+|виновн\w+|подсудим\w*|уголовн\w*|"
        r"(?:лишени|ограничени)\w*\s+свободы|колони\w*|апелляц\w*|СИЗО|под\s+стражей|"
        r"домашн\w+\s+арест\w*|обвин\w+)",
        re.IGNORECASE,
    ),
    "kk": re.compile(
        r"(?<![\w-])(?:\d+\s*-?\s*ба[пб]\w*|(?-i:ҚК|УК)|үкім\w*|кінәлі|сотталушы\w*|сотталды|"
        r"қылмыстық|бас\s+бостандығ\w*|колони\w*|апелляци\w*|тергеу\s+изолятор\w*|СИЗО|"
        r"үйқамақ\w*|үй\s+қамағ\w*|айып\s+таға?\w*)",
        re.IGNORECASE,
    ),
}


def fined_alone(text: str, language: str) -> bool:
    """Whether `text` tells a fine counted in monthly indices with no article, conviction or
    verdict: "another member of the chat was fined 50 MCI for taking part in an unsanctioned
    gathering" is the administrative fine it most often is (a criminal court's fine is told with
    the verdict that gave it)."""
    return bool(_INDEX_FINE[language].search(text)) and not _VERDICT_TOLD[language].search(text)


def own_sentences_administrative_only(block: str, surname_key: str, language: str) -> bool:
    """Whether the sentences of `block` that name the person of `surname_key` (a co-defendant's
    own, beside those of the people tried) tell only of an administrative offence: «тағы бір
    белсенді – Мақсат X ... 10 тәулікке әкімшілік қамауға алынған» under a verdict on others;
    or the paragraphs telling them tell a fine in indices alone (`fined_alone`)."""
    # (imported here: blocks and clauses read this module's tables)
    from bot.extract.blocks import sentences_naming
    from bot.extract.clauses import event_kind

    own = sentences_naming(block, surname_key, language)
    # (each of them telling an event tells the administrative one: «Ғалымжан X ұсталды» beside
    # «X 2025 жылы әкімшілік қамаққа алынған» is a detention of the criminal case)
    # (a fine in indices is read with the paragraphs telling it: "convicted two co-defendants.
    # ... Y was fined 200 MCI" is a verdict's fine)
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", block) if any(t in p for t in own)]
    if own and fined_alone("\n\n".join(paragraphs), language):
        return True
    return (
        bool(own)
        and administrative_only(" ".join(own), language)
        and all(administrative_only(t, language) for t in own if event_kind(t, language))
    )


def own_paragraphs_administrative_only(block: str, surname_key: str, language: str) -> bool:
    """Whether every paragraph of `block` naming the person of `surname_key` tells only of an
    administrative offence: a paragraph of the main story on someone fined under the Code of
    Administrative Offences ("Her cameraman, X, was fined 50 MCI under the Code of
    Administrative Offences; he is not facing criminal charges"), whatever article or term the
    story cites of its own person elsewhere. A paragraph naming a term of months or years is
    never one (the Code's arrest is of days; "X got five years ... earlier fined under the Code
    of Administrative Offences" tells the crime)."""
    # (imported here: blocks reads this module's tables)
    from bot.extract.blocks import surnames_told

    own = [
        p
        for p in re.split(r"\n[ \t]*\n", block)
        if any(surname_key in surnames_told(s, language) for s in p.splitlines())
    ]
    return bool(own) and all(administrative_only(p, language) and not find_terms(p) for p in own)
