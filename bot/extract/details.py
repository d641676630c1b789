"""The rest of a case: court, charges (article and part), sources, and the sentences that are
no part of the case (boilerplate, background about others). The acts are read by
`bot.extract.acts` (re-exported here for the modules that read them from this one)."""

from __future__ import annotations

import re

from bot.extract import english, lexicon, names, places
from bot.extract.acts import _OWN_DATE as _OWN_DATE
from bot.extract.acts import _acts as _acts
from bot.extract.blocks import Sentence
from bot.extract.record import Record, Scope
from bot.extract.values import find_dates

# --- court, charges, sources ---------------------------------------------------------------------

_RU_ADJECTIVE = (
    (r"ского\b|скому\b|ским\b|ском\b", "ский"),
    (r"ного\b|ному\b|ным\b|ном\b", "ный"),
)


_APPEAL_COURT = re.compile(r"regional|областн|облыстық|appeal|апелляц|алқа", re.IGNORECASE)


_SAME_COURT_RU = re.compile(r"\b(?:тот\s+же|том\s+же|тем\s+же)\s+суд", re.IGNORECASE)


def _court(scopes: list[Scope], language: str) -> str | None:
    """The court of the verdict or trial; else a city or district court the appeal ruling names
    (the regional court that heard the appeal is not "the court")."""
    for scope in scopes:
        if scope.kind not in ("verdict", "trial"):
            continue
        for sentence in scope.sentences:
            # "Both verdicts can be appealed to the Zhambyl regional court": not its court
            intended = lexicon.APPEAL_INTENDED[language].search(sentence.text)
            for match in lexicon.COURT[language].finditer(sentence.text):
                if _owns_appeal_board(sentence.text, match.end()):
                    continue
                if not (intended and _APPEAL_COURT.search(match.group())):
                    return _court_nominative(_without_given_name(match.group()), language)
            if language == "ru" and _SAME_COURT_RU.search(sentence.text):
                # «Ходатайство об УДО удовлетворил Талдыкорганский городской суд. ... 22
                # декабря 2022 года тот же суд приговорил его»: the court named before
                told = sorted(
                    (s for other in scopes for s in other.sentences if s.start < sentence.start),
                    key=lambda s: s.start,
                )
                for earlier in reversed(told):
                    named = [
                        m.group()
                        for m in lexicon.COURT[language].finditer(earlier.text)
                        if not _APPEAL_COURT.search(m.group())
                    ]
                    if named:
                        return _court_nominative(_without_given_name(named[-1]), language)
    for scope in scopes:
        if scope.kind != "appeal_ruling":
            continue
        for sentence in scope.sentences:
            for match in lexicon.COURT[language].finditer(sentence.text):
                if not _APPEAL_COURT.search(match.group()) and not _owns_appeal_board(
                    sentence.text, match.end()
                ):
                    return _court_nominative(_without_given_name(match.group()), language)
    return None


_INVESTIGATING = re.compile(r"investigat|следствен|тергеу", re.IGNORECASE)
#: A court whose appeal board is named right after it («Шымкент қалалық сотының қылмыстық
#: істер жөніндегі апелляциялық алқасы», «коллегия ... Алматинского городского суда» is the
#: other order) heard the appeal: it is not the court of the verdict.
_APPEAL_BOARD_AFTER = re.compile(
    r"\s*(?:қылмыстық\s+істер\s+жөніндегі\s+)?апелляциялық\s+(?:сот\s+)?алқа", re.IGNORECASE
)


def _owns_appeal_board(text: str, end: int) -> bool:
    return _APPEAL_BOARD_AFTER.match(text, end) is not None


def _court_named_alone(sentences: list[Sentence], scopes: list[Scope], language: str) -> str | None:
    """A sentenced person's court written on a line of its own (a card's "🏛 Enbekshi district
    court of Shymkent, judge ..."): the first city or district court outside what is said of an
    arrest or a measure."""
    if not any(scope.kind == "verdict" for scope in scopes):
        return None
    elsewhere = {s.start for scope in scopes if scope.kind != "verdict" for s in scope.sentences}
    for sentence in sentences:
        if sentence.start in elsewhere or _INVESTIGATING.search(sentence.text):
            continue
        for match in lexicon.COURT[language].finditer(sentence.text):
            if not _APPEAL_COURT.search(match.group()) and not _owns_appeal_board(
                sentence.text, match.end()
            ):
                return _court_nominative(match.group(), language)
    return None


def _without_given_name(court: str) -> str:
    """«Шымкентского городского суда Мадина» -> without the judge's given name the court's
    pattern took for a town's genitive."""
    words = court.split()
    last = words[-1] if len(words) > 2 else ""
    if (
        re.fullmatch(r"[А-ЯЁ][а-яё-]+", last)
        and places.find_town(last) is None
        and any("Name" in p.tag.grammemes for p in names._morph().parse(last.lower())[:2])
    ):
        return court[: court.rstrip().rfind(last)].rstrip()
    return court


def _court_nominative(text: str, language: str) -> str:
    text = " ".join(text.split())
    if language == "en":
        return re.sub(r"^(?:the|The)\s+", "", text)
    if language == "kk":
        # «Астанадағы Есіл аудандық соты», «Астана қаласының Есіл ...»: the court's own name.
        text = re.sub(r"^\S+(?:дағы|дегі|тағы|тегі)\s+(?=\S+\s+(?:аудандық|қалалық))", "", text)
        text = re.sub(r"^\S+\s+қаласының\s+(?=\S+(?:\s+\S+)?\s+аудандық)", "", text)
        if re.search(r"\sбойынша\s", text):  # «X облысы бойынша ... сот»: no possessive
            return re.sub(r"сот\w*$", "сот", text)
        return re.sub(r"сот\w*$", "соты", text)
    words = text.split()
    out = []
    for index, word in enumerate(words):
        if re.fullmatch(r"суд\w*", word, re.IGNORECASE):
            out.append("суд")
            if index == 0:  # «суда района имени ...»: the rest stays as written
                out.extend(words[1:])
                break
            out.extend(words[index + 1 :])
            break
        if re.match(r"(?:городск|областн)", word):
            out.append("городской" if word.startswith("городск") else "областной")
            continue
        for pattern, ending in _RU_ADJECTIVE:
            word = re.sub(pattern, ending, word)
        out.append(word)
    return " ".join(out)


# (a word of its own: "activist. 07.11.2023" holds no «ст.», "Start 2025" no "Art")
_EN_ARTICLE = r"(?<!\w)(?:Article|Art\.?):?\s*"  # a form's "Article: 405 Part 2" too
#: A part written as a word: "part two of article 274", «части второй статьи 274».
_PART_WORDS = {
    **dict.fromkeys(("one", "first", "первой", "первая", "первую", "бірінші"), 1),
    **dict.fromkeys(("two", "second", "второй", "вторая", "вторую", "екінші"), 2),
    **dict.fromkeys(("three", "third", "третьей", "третья", "третью", "үшінші"), 3),
    **dict.fromkeys(("four", "fourth", "четвёртой", "четвертой", "четвёртая", "төртінші"), 4),
}
_PART_NUMBER = r"(\d{1,2}(?!\d)|" + "|".join(_PART_WORDS) + r")\b"
_EN_PART = (
    r"(?:,?\s*(?:Part|part|p\.|pt\.?|para\.?|paragraph)\s*(\d{1,2})(?!\d)|\s*\((\d{1,2})\)"
    r"|-(\d{1,2})(?![\d-]))"  # "Art. 405-2"
)
_RU_PART = r"(?<!\w)(?:ч\.|част\w*)\s*"
_RU_ARTICLE = r"(?<!\w)(?:ст\.|стать\w*):?\s*"
_CHARGE_PATTERNS: dict[str, list[tuple[str, tuple[int, ...]]]] = {
    "en": [
        (rf"{_EN_ARTICLE}(\d{{2,4}})(?!\d){_EN_PART}", (1, 2, 3, 4)),
        (rf"Part\s+{_PART_NUMBER}\s+of\s+(?:the\s+)?Art(?:icle|\.)?\s*(\d{{2,4}})(?!\d)", (2, 1)),
        (rf"{_EN_ARTICLE}(\d{{2,4}})(?!\d)", (1,)),
    ],
    "ru": [
        (rf"{_RU_PART}{_PART_NUMBER}\s*{_RU_ARTICLE}(\d{{2,4}})(?!\d)", (2, 1)),
        (rf"{_RU_ARTICLE}(\d{{2,4}})(?!\d)\s*,?\s*{_RU_PART}(\d{{1,2}})(?!\d)", (1, 2)),
        (rf"(?<!ч\.\s)(?<!ч\.){_RU_ARTICLE}(\d{{2,4}})(?!\d)", (1,)),
    ],
    "kk": [
        (r"(\d{2,4})-ба(?:п|б)\w*\s+(\d{1,2})-бөлі\w*", (1, 2)),
        (r"(\d{2,4})-ба(?:п|б)\w*(?!\s+\d{1,2}-бөлі)", (1,)),
    ],
}


_ARTICLE_LIST = lexicon.compile_table(
    {
        "en": r"Articles\s+(?P<list>\d{2,4}(?:\s*,\s*\d{2,4})*\s*,?\s+and\s+\d{2,4})",
        "ru": r"(?:ст\.|стать\w*)\s*(?P<list>\d{2,4}(?:\s*,\s*\d{2,4})*\s+и\s+\d{2,4})",
        "kk": r"(?P<list>\d{2,4}(?:\s*,\s*\d{2,4})*\s+(?:және|мен)\s+\d{2,4})-ба[пб]",
    }
)


_BOTH_PARTS_RU = re.compile(
    r"\bпо\s+(?:обеим\s+частям|частям\s+(?P<parts>\d\s*(?:,\s*\d\s*)*и\s+\d))\s+"
    r"(?:ст\.|стать\w*)\s*(?P<article>\d{2,4})(?!\d)",
    re.IGNORECASE,
)


def _charges(text: str, language: str) -> list[Record]:
    from bot.ui.labels import article_title

    found: list[tuple[int, str, int | None]] = []
    taken: list[tuple[int, int]] = []
    # «по обеим частям статьи 405», «по частям 1 и 2 статьи 405»: each part of the article
    if language == "ru":
        for match in _BOTH_PARTS_RU.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            parts = [int(n) for n in re.findall(r"\d", match.group("parts") or "")] or [1, 2]
            found += [(match.start(), match.group("article"), n) for n in parts]
    for pattern, (article_group, *part_groups) in _CHARGE_PATTERNS[language]:
        for match in re.finditer(pattern, text, re.IGNORECASE):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            part_text = next((match.group(g) for g in part_groups if match.group(g)), None)
            part = (
                (int(part_text) if part_text.isdigit() else _PART_WORDS.get(part_text.lower()))
                if part_text
                else None
            )
            found.append((match.start(), match.group(article_group), part))
    if language == "en":
        for start, article, part in english.article_list(text):
            if not any(s <= start < e for s, e in taken):
                found.append((start, article, part))
                taken.append((start, start + len(article)))
    # "Articles 174 and 402", «ст. 174 и 402», «174 және 402-баптары»: each article listed.
    for match in _ARTICLE_LIST[language].finditer(text):
        for number in re.finditer(r"\d{2,4}", match.group("list")):
            start = match.start("list") + number.start()
            if not any(s <= start < e for s, e in taken):
                found.append((start, number.group(), None))
    charges: list[Record] = []
    for _position, article, part in sorted(found):
        if any(c["article"] == article and c["part"] in (part, None) for c in charges):
            continue
        charges = [c for c in charges if not (c["article"] == article and c["part"] is None)]
        charges.append({"article": article, "part": part, "title": article_title(article, part)})
    return charges


def _boilerplate(sentence: str, language: str) -> bool:
    """A sentence that tells nothing of the case: a channel's boilerplate, or background about
    people in general ("Several activists across the country have been handed prison terms
    ...", «Движение возглавляет бывший банкир, которого ...») that names no one and gives no
    date."""
    if lexicon.BOILERPLATE[language].search(sentence):
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


_URL = re.compile(r"https?://[^\s<>\"'«»]+", re.IGNORECASE)


def _urls(text: str) -> list[str]:
    return list(dict.fromkeys(u.rstrip(".,;:)") for u in _URL.findall(text)))
