"""The charges of a case: each article of the Criminal Code cited, with its part.

Invariants: a charge is an article number (2 to 4 digits) written with an article word («ст.»,
«статьи», "Article", «-бабы»; a note's «ст 405 ч2» without points, before a number) and the
part written with it, if any; the same article is kept
once, an entry without a part giving way to one with it (wherever it is written); an article of
another code (administrative, procedural, civil) is no charge, nor is a range of articles (a
verdict's procedural citation), an article a text asks to repeal or amend, one in a sentence
that only tells what the law punishes, or one a tally counts cases by (a count closing its
line); a charge re-qualified to another article or part gives way to the one it became; a
sentence that names each co-defendant with their own article gives each theirs only, and one
naming only another person with a case is theirs (`each_own_article`).
"""

from __future__ import annotations

import re

from bot.extract import english, lexicon, names
from bot.extract.record import Record
from bot.extract.values import mask

# (a word of its own: "activist. 07.11.2023" holds no «ст.», "Start 2025" no "Art")
# (on one line: a headline's «по «экстремистской» статье» is not the article of the date «20
# октября» that opens the next paragraph)
_EN_ARTICLE = r"(?<!\w)(?:Article|Art\.?):?[^\S\n]*"  # a form's "Article: 405 Part 2" too
#: A part written as a word: "part two of article 274", «части второй статьи 274».
_PART_WORDS = {
    **dict.fromkeys(("one", "first", "первой", "первая", "первую", "бірінші"), 1),
    **dict.fromkeys(("two", "second", "второй", "вторая", "вторую", "екінші"), 2),
    **dict.fromkeys(("three", "third", "третьей", "третья", "третью", "үшінші"), 3),
    **dict.fromkeys(("four", "fourth", "четвёртой", "четвертой", "четвёртая", "төртінші"), 4),
}
_PART_NUMBER = r"(\d{1,2}(?!\d)|" + "|".join(_PART_WORDS) + r")\b"
_EN_PART = (
    # "Part 2", "par. 2", "part two"; "Article 274 (spreading false information), Part 2"
    r"(?:\s*\([^()\d\n]{3,80}\))?"
    rf"(?:,?\s*(?:Part|part|p\.|pt\.?|para\.?|par\.|paragraph)\s*{_PART_NUMBER}"
    r"|\s*\((\d{1,2})\)|-(\d{1,2})(?![\d-]))"  # "Art. 405(2)", "Art. 405-2"
)
# (a hasty note's «ст 405 ч2», «ст 174 ч 1»: the abbreviations without their points, before
# a number)
_RU_PART = r"(?<!\w)(?:ч\.|ч(?=\s?\d)|част\w*)\s*"
_KK_PART = r"(\d{1,2}|бірінші|екінші|үшінші|төртінші)(?:-|\s+)бөлі\w*"
_RU_ARTICLE = r"(?<!\w)(?:ст\.|ст(?=[^\S\n]\d)|стать\w*):?[^\S\n]*"
_CHARGE_PATTERNS: dict[str, list[tuple[str, tuple[int, ...]]]] = {
    "en": [
        (rf"{_EN_ARTICLE}(\d{{2,4}})(?!\d){_EN_PART}", (1, 2, 3, 4)),
        (
            rf"(?:Part|paragraph|para\.?|par\.)\s+{_PART_NUMBER}\s+of\s+(?:the\s+)?"
            r"Art(?:icle|\.)?\s*(\d{2,4})(?!\d)",
            (2, 1),
        ),
        (rf"{_EN_ARTICLE}(\d{{2,4}})(?!\d)", (1,)),
    ],
    "ru": [
        (rf"{_RU_PART}{_PART_NUMBER}\s*{_RU_ARTICLE}(\d{{2,4}})(?!\d)", (2, 1)),
        (rf"{_RU_ARTICLE}(\d{{2,4}})(?!\d)\s*,?\s*{_RU_PART}(\d{{1,2}})(?!\d)", (1, 2)),
        (rf"(?<!ч\.\s)(?<!ч\.){_RU_ARTICLE}(\d{{2,4}})(?!\d)", (1,)),
    ],
    "kk": [
        # «405-бабының 2-бөлігі», «405-бабының екінші бөлігі», «272-бабының 3 бөлігі»
        (rf"(\d{{2,4}})-ба(?:п|б)\w*\s+{_KK_PART}", (1, 2)),
        # a table's or a list's short form: «274-б. 2-б.» (бап, бөлік)
        (r"(?<!\d)(\d{2,4})-б\.\s*(\d{1,2})-б\.", (1, 2)),
        (r"(?<!\d)(\d{2,4})-б\.(?!\s*\d{1,2}-б\.)", (1,)),
        (rf"(\d{{2,4}})-ба(?:п|б)\w*(?!\s+{_KK_PART})", (1,)),
    ],
}

#: _CHARGE_PATTERNS compiled once, case-insensitive as they are matched.
_CHARGE_REGEXES: dict[str, list[tuple[re.Pattern[str], tuple[int, ...]]]] = {
    language: [(re.compile(pattern, re.IGNORECASE), groups) for pattern, groups in table]
    for language, table in _CHARGE_PATTERNS.items()
}


_ARTICLE_LIST = lexicon.compile_table(
    {
        "en": r"Articles\s+(?P<list>\d{2,4}(?:\s*,\s*\d{2,4})*\s*,?\s+and\s+\d{2,4})",
        "ru": r"(?:ст\.|стать\w*)\s*(?P<list>\d{2,4}(?:\s*,\s*\d{2,4})*\s+и\s+\d{2,4})|"
        # «по ст.ст. 174, 272 УК РК», «по статьям 174, 272»
        r"(?:ст\.\s*ст\.|стать(?:ям|ями|ях))\s*(?P<list2>\d{2,4}(?:\s*,\s*\d{2,4})+)",
        "kk": r"(?P<list>\d{2,4}(?:\s*,\s*\d{2,4})*\s+(?:және|мен)\s+\d{2,4})-ба[пб]",
    }
)


_BOTH_PARTS_RU = re.compile(
    r"\bпо\s+(?:обеим\s+частям|частям\s+(?P<parts>\d\s*(?:,\s*\d\s*)*и\s+\d))\s+"
    r"(?:ст\.|стать\w*)\s*(?P<article>\d{2,4})(?!\d)",
    re.IGNORECASE,
)


#: A list of parts of one article: «по ч. 1 и ч. 2 ст. 405», "Article 400, Parts 1 and 2",
#: "Part 1 and Part 2 of Article 405", «400-бабының 1 және 2-бөліктері».
_PART_LIST = lexicon.compile_table(
    {
        "ru": r"(?<!\w)(?:ч\.|част\w*)\s*"
        r"(?P<parts>\d{1,2}(?:\s*(?:,|и)\s*(?:(?:ч\.|част\w*)\s*)?\d{1,2})+)\s*"
        r"(?:ст\.|стать\w*)\s*(?P<article>\d{2,4})(?!\d)",
        "en": r"\bArt(?:icle|\.)?\s*(?P<article>\d{2,4})(?!\d),?\s*Parts?\s*"
        r"(?P<parts>\d{1,2}(?:\s*(?:,|and|,\s*and)\s*(?:Part\s*)?\d{1,2})+)(?!\d)|"
        r"\bParts?\s*(?P<parts2>\d{1,2}(?:\s*(?:,|and|,\s*and)\s*(?:Part\s*)?\d{1,2})+)\s+of\s+"
        r"(?:the\s+)?Art(?:icle|\.)?\s*(?P<article2>\d{2,4})(?!\d)",
        "kk": r"(?P<article>\d{2,4})-ба[пб]\w*\s+"
        r"(?P<parts>\d{1,2}(?:-бөлігі)?(?:\s*(?:,|және|мен)\s*\d{1,2})+)(?:-|\s+)бөлі\w*",
    }
)


#: Russian number words, as a transcribed voice message writes an article and its part
#: («по статье двести семьдесят четыре часть вторая»): each word's stem and its value.
_RU_CARDINALS = {
    "сто": 100, "двест": 200, "трист": 300, "четырест": 400, "пятьсот": 500,
    "десят": 10, "одиннадцат": 11, "двенадцат": 12, "тринадцат": 13, "четырнадцат": 14,
    "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17, "восемнадцат": 18, "девятнадцат": 19,
    "двадцат": 20, "тридцат": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60,
    "семьдесят": 70, "восемьдесят": 80, "девяност": 90,
    "один": 1, "одн": 1, "два": 2, "две": 2, "тр": 3, "четыр": 4, "пят": 5, "шест": 6,
    "сем": 7, "восем": 8, "девят": 9,
}  # fmt: skip
_RU_ORDINALS = {"перв": 1, "втор": 2, "трет": 3, "четв": 4, "пят": 5, "шест": 6}
_RU_CARDINAL_WORD = (
    r"(?:сто|двест[иа]|трист[аи]|четырест[аи]|пятьсот|\w+надцат\w*|десят\w*|двадцат\w*|"
    r"тридцат\w*|сорок\w*|пятьдесят|шестьдесят|семьдесят|восемьдесят|девяност\w*|"
    r"один|одн\w+|два|две|трех|тр[ёе]х|три|четыр\w+|пят\w+|шест\w+|сем\w+|восем\w+|девят\w+)"
)
_RU_ARTICLE_IN_WORDS = re.compile(
    rf"\b(стать\w+)\s+((?:{_RU_CARDINAL_WORD}\s+){{1,2}}{_RU_CARDINAL_WORD})\b", re.IGNORECASE
)
_RU_PART_IN_WORDS = re.compile(
    r"\b(част\w+)\s+((?:перв|втор|трет|четв[её]рт|пят|шест)\w*)", re.IGNORECASE
)


def _ru_number(words: str) -> int:
    total = 0
    for word in words.lower().split():
        stem = max((s for s in _RU_CARDINALS if word.startswith(s)), key=len)
        total += _RU_CARDINALS[stem]
    return total


def _ru_numbers_in_digits(text: str) -> str:
    """An article of two or three number words and its part as an ordinal, in digits («статье
    двести семьдесят четыре часть вторая» -> «статье 274 часть 2»), as the rules read them."""
    text = _RU_ARTICLE_IN_WORDS.sub(lambda m: f"{m.group(1)} {_ru_number(m.group(2))}", text)
    return _RU_PART_IN_WORDS.sub(lambda m: f"{m.group(1)} {_ordinal(m.group(2))}", text)


def _ordinal(word: str) -> int:
    return next(n for stem, n in _RU_ORDINALS.items() if word.lower().startswith(stem))


def _charges(text: str, language: str) -> list[Record]:
    from bot.ui.labels import article_title

    if language == "ru":
        text = _ru_numbers_in_digits(text)
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
    # «по ч. 1 и ч. 2 ст. 405», "Article 400, Parts 1 and 2", "Part 1 and Part 2 of Article
    # 405", «400-бабының 1 және 2-бөліктері»: each part listed of one article
    for match in _PART_LIST[language].finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        taken.append((match.start(), match.end()))
        listed = match.group("parts") or match.group("parts2")
        article = match.group("article") or match.group("article2")
        parts = [int(n) for n in re.findall(r"\d{1,2}", listed)]
        found += [(match.start(), article, n) for n in parts]
    for pattern, (article_group, *part_groups) in _CHARGE_REGEXES[language]:
        for match in pattern.finditer(text):
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
        group = "list" if match.group("list") else "list2"
        for number in re.finditer(r"\d{2,4}", match.group(group)):
            start = match.start(group) + number.start()
            if not any(s <= start < e for s, e in taken):
                found.append((start, number.group(), None))
    found = _requalified(text, found, language)
    charges: list[Record] = []
    for position, article, part in sorted(found):
        if not _is_charge(text, position, article):
            continue
        if any(c["article"] == article and c["part"] == part for c in charges):
            continue
        if part is None and any(c["article"] == article for c in charges):
            continue  # "Rights groups say Article 274 is used ...": the charge said again
        charges = [c for c in charges if not (c["article"] == article and c["part"] is None)]
        charges.append({"article": article, "part": part, "title": article_title(article, part)})
    return charges


#: A charge re-qualified to another article or part: «обвинение переквалифицировали на ч. 2
#: той же статьи», «переквалифицировал действия с ч. 3 на ч. 2 ст. 274», "the charge was
#: reclassified from Part 3 to Part 2 of Article 274", «... 3-бөлігінен 2-бөлігіне қайта
#: сараланды» (the Kazakh part told before the verb).
_REQUALIFIED = lexicon.compile_table(
    {
        # (done, not asked for: not "asked the court to requalify", «просила
        # переквалифицировать», «қайта саралауды сұрады»)
        "en": r"(?<!\bto\s)\b(?:re-?qualified|re-?classified)\b",
        "ru": r"переквалифицир\w*(?<!ть)(?![\w-])",
        "kk": r"(?P<part>\d{1,2})-бөлігіне\s+(?:\S+\s+){0,2}?қайта\s+"
        r"(?:сараланды|саралады|сараланған|саралап)",
    }
)
#: The word after which the charge it became is cited ("to", "as", «на»).
_REQUALIFIED_TO = re.compile(r"(?<![\w-])(?:to|as|under|into|на)(?![\w-])", re.IGNORECASE)


def _requalified(
    text: str, found: list[tuple[int, str, int | None]], language: str
) -> list[tuple[int, str, int | None]]:
    """The citations without those a later re-qualification replaced: the case is tried on the
    article and part it was re-qualified to, not on the one it was opened under."""
    for match in _REQUALIFIED[language].finditer(text):
        end = _sentence_end(text, match.end())
        target: list[tuple[int, str, int | None]]
        if language == "kk":
            earlier = [f for f in found if f[0] < match.start()]
            if not earlier:
                continue
            article = earlier[-1][1]
            target = [(match.start(), article, int(match.group("part")))]
            start = match.start()
        else:
            to = _REQUALIFIED_TO.search(text, match.end(), end)
            start = to.end() if to else match.end()
            target = [f for f in found if start <= f[0] < end]
            same = _SAME_ARTICLE[language].match(text, _skip_space(text, start))
            earlier = [f for f in found if f[0] < match.start()]
            if not target and same and earlier:
                said = next((g for g in same.groups() if g), None)
                part = (
                    (int(said) if said.isdigit() else _PART_WORDS.get(said.lower()))
                    if said
                    else earlier[-1][2]
                )
                target = [(same.start(), earlier[-1][1], part)]
        if not target:
            continue
        articles = {article for _, article, _ in target}
        found = [f for f in found if not (f[0] < start and f[1] in articles and f not in target)]
        found += [t for t in target if t not in found]
    return found


#: A sentence's end: a stop before a capital (not «ч. 3», "Art. 274"), or a line's end.
_SENTENCE_END = re.compile(r"[.;!?](?=\s+[«\"(]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ](?!\w?\.))|[.;!?]?\s*$|\n", re.M)


def _sentence_end(text: str, start: int) -> int:
    stop = _SENTENCE_END.search(text, start)
    return stop.start() if stop else len(text)


def _skip_space(text: str, start: int) -> int:
    return start + len(text[start:]) - len(text[start:].lstrip())


def each_own_article(
    text: str,
    language: str,
    key: str,
    other_keys: set[str],
    people: set[str] | None = None,
    surname: str | None = None,
) -> str:
    """The text without the articles a sentence gives another person, where it names each
    person with their own («Ковалёву вменили организацию (ч. 1 ст. 405 УК РК), Жанибекову —
    участие в ней (ч. 2 ст. 405 УК РК)»): from each name to the next is that person's. Only
    where the first name comes before the first article, and both this person's part and
    another's cite one (a sentence citing one article for all is everyone's). A sentence that
    names only another of the `people` with cases, by surname, with no pronoun («... the
    operative part for Kenzhetayev: guilty under Article 272, Part 3»), is that
    person's, where the rest of the text still cites an article for this one; so is a sentence
    that names no one and tells of someone only by a pronoun of the other sex than this person's
    `surname` gives ("Serikbayeva ... The next day he was charged under Article 174")."""
    from bot.extract import names, nominative
    from bot.extract.blocks import split_sentences

    pieces: list[tuple[int, int]] = []
    theirs: list[tuple[int, int]] = []
    for sentence in split_sentences(text):
        if people and _of_another_only(
            sentence.text, language, key, people - {key}, _sex_of(surname, language)
        ):
            theirs.append((sentence.start, sentence.start + len(sentence.text)))
            continue
        # (another person's surname said alone, their full name perhaps blanked out of this
        # co-defendant's copy: a capitalised word ending like a surname)
        named = [
            (sentence.start + m.start(), k)
            for m in re.finditer(rf"(?<![\w-])[{names.UPPER}][\w'’-]+", sentence.text)
            if (k := nominative.surname_key(m.group(), language)) == key
            or k in other_keys
            or (len(m.group()) >= 4 and names.looks_like_surname(m.group()))  # not «УК»
        ]
        if not any(k == key for _, k in named) or all(k == key for _, k in named):
            continue
        # a name's part runs to the next name of someone else
        parts: list[tuple[int, int, bool]] = []
        for i, (start, k) in enumerate(named):
            if parts and parts[-1][2] == (k == key):
                continue
            end = next(
                (s for s, other in named[i + 1 :] if (other == key) != (k == key)),
                sentence.start + len(sentence.text),
            )
            parts.append((start, end, k == key))
        cites = [
            sentence.start + m.start()
            for pattern, _groups in _CHARGE_REGEXES[language]
            for m in pattern.finditer(sentence.text)
        ]
        if not cites or min(cites) < parts[0][0]:
            continue
        cited = {own for a, b, own in parts if any(a <= c < b for c in cites)}
        if cited == {True, False}:
            pieces += [(a, b) for a, b, own in parts if not own]
    if theirs and _charges(mask(text, pieces + theirs), language):
        pieces += theirs
    return mask(text, pieces)


#: A pronoun that may tell of the person of the case without naming them (a judge's or a
#: lawyer's surname is no person with a case: not among `people`).
_PRONOUN_OR_ROLE = re.compile(
    r"(?<![\w-])(?:he|she|him|her|his|они|он|она|его|её|ее|ему|ей|него|неё|ол|оны|оған|оның|"
    r"they|them|their|both|оба|обоих|екеуі\w*)(?![\w-])",
    re.IGNORECASE,
)


def _of_another_only(
    sentence: str, language: str, key: str, others: set[str], sex: str | None = None
) -> bool:
    """Whether a sentence citing an article names another person with a case and neither this
    one nor anyone by pronoun or role; or names no one with a case and tells of someone only
    by pronouns of the other `sex` than this person's."""
    from bot.extract import names, nominative

    if not any(pattern.search(sentence) for pattern, _groups in _CHARGE_REGEXES[language]):
        return False
    said = {
        nominative.surname_key(m.group(), language)
        for m in re.finditer(rf"(?<![\w-])[{names.UPPER}][\w'’-]+", sentence)
    }
    pronouns = [p.lower() for p in _PRONOUN_OR_ROLE.findall(sentence)]
    if pronouns:
        other = _SEXED_PRONOUNS.get((language, "f" if sex == "m" else "m"), set())
        return (
            sex is not None
            and key not in said
            and not said & others
            and all(p in other for p in pronouns)
        )
    return key not in said and bool(said & others)


#: The pronouns that tell of a man or of a woman alone ("he", «он»; not «его», which an
#: abandoned «дело» takes too, nor the Kazakh «ол» of either).
_SEXED_PRONOUNS = {
    ("en", "m"): {"he", "him", "his"},
    ("en", "f"): {"she", "her"},
    ("ru", "m"): {"он"},
    ("ru", "f"): {"она"},
}


def _sex_of(surname: str | None, language: str) -> str | None:
    """The sex a surname tells ("f" or "m"), or None (Kazakh pronouns tell none)."""
    if not surname or language not in ("en", "ru"):
        return None
    gender = names.gender_of_nominative(surname)
    return {"femn": "f", "masc": "m"}.get(gender or "")


#: The Criminal Code's General Part ends before Article 99 (its Special Part opens with murder):
#: "with the application of Article 55 (exceptional mitigating circumstances)", «ҚК-нің
#: 50-бабына сәйкес ... тыйым салынсын» are rules of sentencing, and a lower number cited is
#: another law's ("articles 19 and 22 of the Covenant"): no charge.
_FIRST_SPECIAL_ARTICLE = 99
#: An article of another code or law: "10 days of administrative arrest under Art. 488 of the
#: Administrative Code", «по ст. 488 КоАП», «ӘҚБтК-нің 488-бабы», «задержан в порядке ст. 128
#: УПК РК», "Article 128 of the Criminal Procedure Code", «ҚПК-нің 128-бабы»: no charge.
_OTHER_CODE_AFTER = re.compile(
    # ("Article 456-2 of the Code of Administrative Offences", «статье 456-2 КоАП»: an article
    # numbered with a hyphen)
    r"(?:-\d{1,2}(?!\d))?"
    r"[^\S\n]*(?:,?\s*(?:Part|part|ч\.|част\w*)\s*\d{1,2}\s*,?)?\s*(?:of\s+the\s+)?"
    r"(?:(?:Code\s+of\s+)?Administrative\s+(?:Offences\s+)?Code|Code\s+of\s+Administrative|"
    r"Criminal\s+Procedure|Code\s+of\s+Criminal\s+Procedure|Civil\s+(?:Procedure\s+)?Code|"
    r"Constitution|КоАП|УПК|ГПК|ГК(?![\w-])|Уголовно-процессуальн|Конституци|"
    # (not «по ст. 174 гражданская активистка ...»)
    r"Гражданск\w+\s+(?:процессуальн\w+\s+)?кодекс|"
    r"Кодекса?\s+(?:РК\s+|Республики\s+Казахстан\s+)?об\s+административных)",
    re.IGNORECASE,
)
_OTHER_CODE_BEFORE = re.compile(
    r"(?:ӘҚБтК|ӘҚтК|ҚПК|КоАП|УПК|процест\w*\s+кодекс\w*|Азаматтық\s+кодекс\w*|"
    # «Әкімшілік құқық бұзушылық туралы кодекстің 488-бабы»: the code's name in words
    r"әкімшілік\s+құқық\s*бұзушылық\w*\s+туралы\s+(?:ҚР\s+)?кодекс\w*|"
    # («ҚПК-нің 394-398-баптарын»: the last of a range or a list of that code's articles)
    r"Конституция\w*)\S*\s*(?:\d{1,3}\s*(?:[-–,]|және|мен|и|and)\s*)*$",
    re.IGNORECASE,
)
#: A detention "in the manner of" an article («задержан в порядке статьи 128», «в порядке ст.
#: 128 УПК»): the procedure's article, no charge, whether or not the code is named.
_PROCEDURE_BEFORE = re.compile(r"\bв\s+порядке\s+$", re.IGNORECASE)
#: What the law provides, said of the article: "Part 1 of Article 405 provides for up to six
#: years", «Санкция части второй статьи 405 предусматривает ...», «174-бапта ... дейін ...
#: көзделген»
#: (not "charged under Article 174, which carries ...": a clause of its own).
#: («274-бабының 1-бөлігінде көзделген қылмыстық құқық бұзушылық», «преступление,
#: предусмотренное ...»: the offence the article provides for, which is the charge)
_PROVIDES_AFTER = re.compile(
    r"[^.;,\n]{0,25}?\b(?:provides?\s+for|carries|предусматрива\w+)|"
    r"[^.;,\n]{0,60}?дейін[^.;,\n]{0,40}?(?:көзделген|қарастырылған)",
    re.IGNORECASE,
)


#: A tally's row after the article (and others listed with it, the code, the offence's name
#: in brackets): a count closing the line or the cell ("Article 174 (inciting discord) .....
#: 12", «| – ст. 378 и 402 УК | 5 | 3 |», «174-бабы – 10, 274-бабы – 9»): how many cases a
#: report counted, no one's charge. (Not «ст. 174 – 5 лет»: a term goes on after its number.)
_COUNTED_AFTER = re.compile(
    r"(?:[^\S\n]*(?:,|and|и|және)[^\S\n]*\d{2,4}(?:-ба[пб]\w*)?)*"
    r"(?:[^\S\n]+(?:of\s+the\s+)?(?:Criminal\s+Code|УК|ҚК)(?:\s+РК|\s+ҚР)?)?"
    r"(?:[^\S\n]*\([^()\n]{1,80}\))?"
    # (a dotted leader may be broken off its count by the sentence splitter's line break)
    r"[^\S\n]*(?:\.{3,}\s*|(?:\||[–—-]|:)[^\S\n]*)\d{1,5}[^\S\n]*(?=$|\||,|;)",
    re.IGNORECASE | re.MULTILINE,
)


#: A call to change the law before the articles it names: "Repeal or substantially amend
#: Articles 174, 272 and 405", «отменить статьи 174 и 274», «174-бапты алып тастау»: a
#: recommendation, no charge.
_LAW_REFORM_BEFORE = re.compile(
    r"\b(?:repeal\w*|amend\w*|decriminali[sz]\w*|abolish\w*|"
    r"отмен\w*|измен\w+|декриминализ\w*|исключ\w*)\b"
    # (not "amended the sentence under Article 174", «отменила приговор по ст. 274»)
    r"(?:(?!sentence|verdict|conviction|ruling|measure|приговор|решени|постановлени|мер\w)"
    r"[^.;\n]){0,40}$",
    re.IGNORECASE,
)
_LAW_REFORM_AFTER_KK = re.compile(
    # the article in the accusative, the object of the change («174-бабын алып тастау»; not
    # «174-бабы бойынша үкімді өзгертуді»: the verdict is what changes)
    r"-?\s*ба[пб]\w*н\s+(?:[\w-]+\s+){0,2}?(?:алып\s+тастау|жою|өзгерту|"
    r"қылмыстық\s+жауаптылықтан\s+шығару|декриминализация)",
    re.IGNORECASE,
)


def _is_charge(text: str, position: int, article: str) -> bool:
    """Whether the article cited at `position` is a charge: of the Criminal Code's Special
    Part, not of another code or law, not the subject of what the law provides, nor of a call
    to change the law."""
    if int(article) < _FIRST_SPECIAL_ARTICLE:
        return False
    cited = text.find(article, position)
    if _LAW_REFORM_BEFORE.search(text[max(0, position - 50) : position]) or (
        cited >= 0 and _LAW_REFORM_AFTER_KK.match(text, cited + len(article))
    ):
        return False
    number = text.find(article, position)
    after = number + len(article) if number >= 0 else position
    if number >= 0 and _in_range(text, number, after):
        return False
    if re.match(r"-ба[пб]\w*", text[after:]):
        after = text.find(" ", after) if " " in text[after:] else len(text)
    elif sub := re.match(r"-\d{1,2}(?![\w-])", text[after:]):
        after += sub.end()  # "Article 456-2 of the Code of Administrative Offences"
    if _OTHER_CODE_AFTER.match(text, after) or _OTHER_CODE_BEFORE.search(
        text[max(0, position - 60) : position]
    ):
        return False
    if _states_the_law(text, position):
        return False
    if _COUNTED_AFTER.match(text, after):
        return False  # "Article 174 (inciting discord) ..... 12": a tally's row, no charge
    if _PROCEDURE_BEFORE.search(text[max(0, position - 30) : position]):
        return False
    if _REFORM_BEFORE.search(text[max(0, position - 120) : number if number >= 0 else position]):
        return False
    if _REFORM_AFTER.match(text, after):
        return False
    return _PROVIDES_AFTER.match(text, after) is None


#: What the law punishes, said of an article in a sentence that charges no one: "Under Article
#: 272, Part 3, calls for mass riots are punishable by up to seven years in prison", «По ч. 3 ст.
#: 272 УК призывы к массовым беспорядкам наказываются ...» (not "He is suspected ... under Article
#: 274, Part 2, which is punishable by ...": the charge, with what it carries).
_PUNISHABLE = re.compile(r"\bpunishable\b|наказыва\w+|жазалан\w+", re.IGNORECASE)
_CHARGED_WORDS = re.compile(
    r"charg|convict|accus|suspect|sentenc|guilty|found|tried|обвин|осу[дж]|подозрева|признал|"
    r"приговор|айып|күдік|сотталд|кінәлі|үкім",
    re.IGNORECASE,
)


def _states_the_law(text: str, position: int) -> bool:
    """Whether the article at `position` is cited in a sentence telling what the law punishes,
    with no one charged in it."""
    opening = max(
        text.rfind("\n", 0, position), *(m.end() for m in _STOP.finditer(text, 0, position)), 0
    )
    sentence = text[opening : _sentence_end(text, position)]
    return bool(_PUNISHABLE.search(sentence)) and not _CHARGED_WORDS.search(sentence)


_STOP = re.compile(r"[.!?](?=\s+[«\"(]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ](?!\w?\.))")


#: An article a text asks to repeal or change: a call about the law, no one's charge ("Repeal
#: or substantially amend Articles 174, 272, 274 and 405 of the Criminal Code", «отменить
#: статью 174 УК», «исключить из УК статьи 274 и 405»).
_REFORM_BEFORE = re.compile(
    r"\b(?:repeal|amend|abolish|decriminali[sz]e|revise|reform|отменить|отмены|отмене|"
    r"пересмотреть|пересмотра|декриминализ\w*|исключить|изменить)\b"
    # (not "amend the sentence under Article 174": what is changed is the law itself)
    r"[^\S\n]+(?:(?!(?:under|по|for)\b|sentenc|verdict|conviction|приговор|осужд|обвин)"
    r"[\w-]+[^\S\n]+){0,4}?"
    r"(?:Articles?|Art\.|стать\w*|ст\.(?:\s*ст\.)?)[^\S\n]*"
    r"(?:\d{2,4}[^\S\n]*(?:,|and|и)?[^\S\n]*)*$",
    re.IGNORECASE,
)
#: The same said after the article: "Article 174 should be repealed", «174-бапты алып тастауға»,
#: «274 және 405-баптарды декриминализациялау».
_REFORM_AFTER = re.compile(
    r"(?:-ба[пб]\w*)?[^\S\n]+(?:of\s+the\s+Criminal\s+Code\s+)?"
    r"(?:(?:should|must|to)\s+be\s+(?:repealed|amended|abolished|decriminali[sz]ed)|"
    r"(?:[\w-]+\s+){0,2}?(?:алып\s+таста|жою\w*|декриминализация\w*))",
    re.IGNORECASE,
)


_RANGE_END = re.compile(r"(?<!\d)(\d{2,4})[^\S\n]*[-–][^\S\n]*$")
#: (the range's end closes the citation: not «по ст. 174 – 200 МРП штрафа»)
_RANGE_START = re.compile(
    r"[^\S\n]*[-–][^\S\n]*(\d{2,4})(?!\d)"
    r"(?=-ба[пб]|[^\S\n]*(?:[,.;:)]|$|(?-i:УПК|ҚПК|УК|ҚК|CPC|CC)\b|of\s))"
)


def _in_range(text: str, start: int, end: int) -> bool:
    """Whether the article number from `start` to `end` opens or closes a range of articles
    («руководствуясь статьями 394-398 УПК РК», «ҚПК-нің 394-398-баптарын басшылыққа алып»): a
    verdict's procedural citation, as no charge is cited (a charge names its article alone;
    "Article 456-2" is one article, its number after the hyphen not above the first)."""
    number = int(text[start:end])
    before = _RANGE_END.search(text[max(0, start - 8) : start])
    if before and int(before.group(1)) < number:
        return True
    following = _RANGE_START.match(text, end)
    return bool(following and int(following.group(1)) > number)


#: "under the same article", "under Part 2 of the same article", «по ч. 2 той же статьи», «сол
#: баптың 2-бөлігі бойынша», «дәл сол бап бойынша»: the article cited last before.
_SAME_ARTICLE = lexicon.compile_table(
    {
        "en": rf"(?:(?:Part|paragraph)\s+{_PART_NUMBER}\s+of\s+)?the\s+same\s+article",
        "ru": rf"(?:{_RU_PART}{_PART_NUMBER}\s+)?(?:той|этой)\s+же\s+стать\w*",
        "kk": r"(?:сол|осы)\s+бап(?:тың\s+(\d{1,2})-бөлі\w*|\w*)",
    }
)


def same_article_charges(told: str, earlier: list[str], language: str) -> list[Record]:
    """The charge of a case that cites no article of its own but "the same article": the
    article cited last before the phrase in `told`, else in the `earlier` texts (the paragraph
    before it, the report so far), with the part said with the phrase or else that article's."""
    from bot.ui.labels import article_title

    phrase = _SAME_ARTICLE[language].search(told)
    if phrase is None:
        return []
    for before in [told[: phrase.start()], *earlier]:
        cited = _charges(before, language)
        if not cited:
            continue
        last = cited[-1]
        said = next((g for g in phrase.groups() if g), None)
        part = (
            (int(said) if said.isdigit() else _PART_WORDS.get(said.lower()))
            if said
            else last["part"]
        )
        return [
            {
                "article": last["article"],
                "part": part,
                "title": article_title(last["article"], part),
            }
        ]
    return []
