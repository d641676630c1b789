"""The person's occupation as a report writes it: the trade with its kind before it and its
workplace after it («бывший бухгалтер районной больницы», "underground electrician at a copper
mine", «аудандық «Шалқар үні» газетінің бұрынғы тілшісі»), in the three languages.

Invariants: a trade written next to another person's name, said with "the"/"his" and no name, or
of nobody in particular ("every reporter", «тағы бір айтыскер») is not the person's; a plural is
said of each person it names; a headline's word gives way to the body's; one trade is given
once, in its fullest form. The words written with a trade are read in `trade_phrases`.
"""

from __future__ import annotations

import functools
import re

from bot.extract import english, lexicon, names, roles
from bot.extract.age_trades import after_age
from bot.extract.headlines import story_start
from bot.extract.trade_owners import (
    a_name_not_a_trade,
    anothers_by_name,
    anothers_of_the_person,
    apposed_to_anothers_name,
    asked_of_the_reader,
    bracketed_owner,
    letters_addressee,
    named_by,
    possessed_within,
)
from bot.extract.trade_phrases import EN_PLURAL_TRADES, with_modifiers
from bot.extract.trade_readings import (
    a_byline,
    a_man,
    a_womans_trade,
    derived_word,
    said_by_the_writer,
)

_STATUS = re.compile(r"prisoner|политзаключ|тұтқын", re.IGNORECASE)


def occupation_words(context: str, language: str) -> list[tuple[int, int, str]]:
    """(start, end, value) of each trade the table OCCUPATIONS does not know: Russian by the
    dictionary lemma of a singular noun (any case), English and Kazakh by the word."""
    found: list[tuple[int, int, str]] = []
    words = lexicon.OCCUPATION_WORDS[language]
    if language == "ru":
        found += after_age(context)
    for match in re.finditer(r"[\w-]+", context):
        word = match.group()
        lower = word.lower()
        if language == "ru":
            if lower[:3].replace("ё", "е") not in _ru_occupation_prefixes():
                continue  # no form of a known trade starts so: spare the dictionary look-up
            parses = [
                p
                for p in names.morph().parse(lower)
                if p.tag.POS == "NOUN" and "sing" in p.tag.grammemes and p.normal_form in words
            ]
            if parses:
                found.append((match.start(), match.end(), str(parses[0].normal_form)))
        elif language == "kk":
            # «IT-маман», «SMM-маман»: a Latin acronym joined to a trade is that trade
            head = acronym.group().lower() if (acronym := _LATIN_ACRONYM.match(word)) else ""
            word, lower = word[len(head) :], lower[len(head) :]
            stem = next((w for w in words if lower.startswith(w)), None) or next(
                # «слесарі» of «слесарь»: the soft sign goes before a possessive ending
                (w for w in words if w.endswith("ь") and re.match(rf"{w[:-1]}[ыі]", lower)),
                None,
            )
            sentence_start = re.search(r"(?:^|[.!?:\n])\s*$", context[: match.start()])
            if (
                stem
                and (word[:1].islower() or sentence_start)  # «Ғалымжан» is a name, not «ғалым»
                and _KK_NOUN_ENDING.fullmatch(
                    lower[len(stem) if lower.startswith(stem) else len(stem) - 1 :]
                )
            ):
                found.append((match.start(), match.end(), head + stem))
        elif lower in words:
            found.append((match.start(), match.end(), lower))
    if language == "en":
        # "a 39-year-old construction worker": a trade the word list need not know; "Marat
        # Tleuov, 27, an oil field operator": the whole trade, not its last word the list knows
        for trade in english.age_trades(context) + english.works_as_trades(context):
            inside = [f for f in found if trade[0] <= f[0] and f[1] <= trade[1]]
            if any(s < trade[1] and trade[0] < e for s, e, _ in found if (s, e, _) not in inside):
                continue
            if inside and not all(trade[2].endswith(v) for _, _, v in inside):
                continue
            found = [f for f in found if f not in inside] + [trade]
    return found


_LATIN_ACRONYM = re.compile(r"[A-Za-z]{2,5}-")


@functools.cache
def _ru_occupation_prefixes() -> frozenset[str]:
    """The first three letters of every form of every Russian trade of OCCUPATION_WORDS
    («бойца» of «боец»): a word starting otherwise is no trade, without parsing it."""
    prefixes = set()
    for lemma in lexicon.OCCUPATION_WORDS["ru"]:
        prefixes.add(lemma[:3])
        for parse in names.morph().parse(lemma):
            if parse.normal_form == lemma:
                prefixes.update(form.word[:3] for form in parse.lexeme)
    return frozenset(p.replace("ё", "е") for p in prefixes)


#: A singular Kazakh noun's endings: possessive, then case (not the plural -лар/-лер ...).
_KK_NOUN_ENDING = re.compile(
    r"(?:с?[ыі])?(?:н|ны|ні|ға|ге|қа|ке|на|не|ның|нің|дың|дің|тың|тің|мен|бен|пен|дан|ден|"
    r"тан|тен|нан|нен|да|де|та|те|нда|нде|ды|ді|ты|ті)?"
)


#: A given name and a surname right after a plural trade: the people it is said of.
_NAMES_FOLLOW = re.compile(
    rf"[\s,:—–-]+[{names.UPPER}][{names.LOWER}]+\s+[{names.UPPER}][{names.LOWER}{names.UPPER}]+"
)


def _after_noun(context: str, start: int) -> bool:
    """The word before is a noun («забастовке нефтяников»): the plural names others; after a
    numeral or an adjective («двум местным активистам») it names the people of the case."""
    before = re.search(r"([а-яёА-ЯЁ-]+)\s+$", context[max(0, start - 40) : start])
    if not before:
        return False
    parses = names.morph().parse(before.group(1).lower())
    return bool(parses) and parses[0].tag.POS == "NOUN"


def _plural_only(phrase: str) -> bool:
    """Russian nouns that can only be plural («нефтяников», «участников мирных митингов»):
    other people, not this one."""
    nouns = [
        [p for p in names.morph().parse(word.lower()) if p.tag.POS == "NOUN"]
        for word in re.findall(r"[а-яёА-ЯЁ-]+", phrase)
    ]
    nouns = [parses for parses in nouns if parses]
    return bool(nouns) and all(
        not any("sing" in p.tag.grammemes for p in parses) for parses in nouns
    )


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def _ru_singular_noun(word: str) -> bool:
    """A Russian singular noun the dictionary knows («бухгалтер», «лидера»)."""
    if not re.fullmatch(r"[А-ЯЁа-яё-]+", word):
        return False
    parse = names.morph().parse(word.lower())[0]
    return parse.is_known and parse.tag.POS == "NOUN" and "sing" in parse.tag.grammemes


def _ru_plural_before_names(word: str, after: str) -> bool:
    """A Russian plural trade right before a list of names is said of each of them."""
    if not re.fullmatch(r"[А-ЯЁа-яё-]+", word):
        return False
    if not re.match(rf"\s+[{names.UPPER}]\w+\s+[{names.UPPER}]\w+\s*(?:,|\sи\s)", after):
        return False
    parse = names.morph().parse(word.lower())[0]
    return parse.tag.POS == "NOUN" and "plur" in parse.tag.grammemes


#: Between a name and a trade in apposition to it: "NAME (OTHER SPELLING), the ...".
#: ("Sabyrov, a journalist and the editor-in-chief of ...": a second trade after "and")
#: ("NAME (40, welder at the Kostanay diesel plant and the admin of ...": in a bracket opened
#: after the name, after the age and another trade)
_APPOSED = re.compile(
    r"\s*(?:\([^()\n]{1,80}\))?\s*(?:[,:—–-]|\()\s*(?:\d{1,3},\s*)?"
    r"(?:(?:an?\s+)?[\w-]+(?:\s+[\w-]+){0,6}?\s+and\s+)?(?:the|his|her)\s+"
)


def _said_of_another(
    span: tuple[int, int],
    own: list[tuple[int, int]],
    others: list[tuple[int, int]],
    context: str = "",
) -> bool:
    """A trade written right next to another person's name («её мужа, индивидуального
    предпринимателя Тимура НУРГАЛИЕВА», "his lawyer Nurlan X") is theirs, not this person's;
    so is one said with "the"/"his" and no name ("The lawyer says ..."). A plural
    ("activists X and Y", «белсенділер X мен Y») is said of each."""
    word = context[span[0] : span[1]]
    if a_name_not_a_trade(context, span) or anothers_of_the_person(context, span, own):
        return True  # «в микрорайоне Строитель», "Abdrakhmanov's lawyer", "admin arrest"
    if apposed_to_anothers_name(context, span, own) or asked_of_the_reader(context, span):
        return True  # «приговор 42-летнему Сергею Гребенюку, слесарю», «Если вы юрист»
    if _in_quoted_words(context, span):
        return True  # «пастбища «тайно продали приезжему бизнесмену»»: words of a post quoted
    if said_by_the_writer(context, span, own) or a_byline(context, span):
        return True  # «Я пенсионерка», «Мен журналист ретінде»; «"Х ақпарат" тілшісі.»
    if _BY_EDUCATION.search(context[max(0, span[0] - 20) : span[0]]):
        return True  # «по образованию инженер-строитель»: what was studied, not the work
    if _OF_A_PLURAL_NOUN.match(context, span[1]):
        return True  # «жұмыссыз қалған отбасылар»: the families left without work, not her
    # an English plural ends in -s ("activists", not "nurse"); a Kazakh one may take endings
    # (a Kazakh plural ending, not a Russian word that ends so: «бухгалтер», «лидер»)
    kk_plural = bool(re.search(r"(?:лар|лер|дар|дер|тар|тер)\w{0,3}$", word)) and not (
        _ru_singular_noun(word)
    )
    plural = (
        word.endswith("s") and not word.endswith("ss")
        if re.match(r"[A-Za-z]", word)
        else kk_plural
        # «Активисты Нурлан Жаулов, Жанат Казаков и Айдар Мубаров получили ...»
        or _ru_plural_before_names(word.split()[-1] if word.strip() else word, context[span[1] :])
    )
    if (
        plural
        and re.fullmatch(r"[A-Za-z-]+", word)
        and re.search(
            r"\b(?:several|many|other|some|numerous|dozens of|hundreds of|scores of|fellow)\s+"
            r"(?:[\w-]+\s+){0,2}$",
            context[max(0, span[0] - 40) : span[0]],
            re.IGNORECASE,
        )
    ):
        # "Several activists across the nation have been sentenced": others, unless names
        # follow ("several activists, among them Yerbol Tanirbergen")
        return not re.match(r"[\s,:—–-]+[A-Z]", context[span[1] :])
    if (
        plural
        and re.fullmatch(r"[A-Za-z -]+", word)
        and " of " not in word  # ("participant of peaceful protests": one participant)
        and not re.match(r"[\s,:—–-]+(?:[A-Z]|\()", context[span[1] :])
        and not re.search(
            r"\b(?:two|three|four|five|six|both|the|these|those|our|their|all)\s+"
            r"(?:[\w-]+\s+){0,2}$",
            context[max(0, span[0] - 40) : span[0]],
            re.IGNORECASE,
        )
    ):
        return True  # "prosecutions of bloggers, activists and journalists": people at large
    if plural:
        # ... but a Kazakh plural no name follows («Сот залына ... журналистер жиналды») is
        # said of others
        return kk_plural and not re.match(rf"[\s,:—–-]+[«\"]?[{names.UPPER}]", context[span[1] :])
    bracketed = bracketed_owner(context, span, own, others)
    if bracketed is not None:
        return bracketed
    other = min((_distance(span, o) for o in others), default=10**9)
    mine = min((_distance(span, o) for o in own), default=10**9)
    lead = re.search(
        r"\b(?:the|his|her|our|their|my)\s+$", context[max(0, span[0] - 8) : span[0]], re.I
    )
    if _someone_unnamed(context, span, own + others):
        return True
    if _TOLD_TO.search(context[max(0, span[0] - 40) : span[0]]) and not any(
        0 < start - span[1] <= 2 for start, _end in own
    ):
        return True  # «сказал журналисту Altai Habar адвокат», "told reporters": the listener
    if _RELATIVE_APPOSED.search(context[max(0, span[0] - 40) : span[0]]) and not (
        _title_before(context, span[0], own)  # ("his co-defendant, welder Daulet K.")
    ):
        return True  # "His wife, a nurse, said", «Его жена, медсестра, заявила»: hers
    if re.search(r"\b(?:every|each|any|no)\s+$", context[max(0, span[0] - 8) : span[0]], re.I):
        return True  # "a message to every reporter in Kazakhstan": nobody in particular
    if re.search(
        r"\b(?i:the|its|their)\s+[a-z][\w-]*['’]s\s+$", context[max(0, span[0] - 30) : span[0]]
    ) and not re.match(r"[\s,]+[A-Z]", context[span[1] :]):
        return True  # "The smelter's operator was not a party": the thing's, no one named
    if re.match(r"[ \t]+[A-Z][a-z]+\b(?!-)(?![ \t]+[A-Z])", context[span[1] :]) and not any(
        0 < start - span[1] <= 2 for start, _end in own
    ):
        return True  # "our host talks to correspondent Dmitry": a trade before another's name
    if (
        re.fullmatch(r"[A-Za-z -]+", word)
        and not _title_before(context, span[0], own)
        and not any(0 < start - span[1] <= 3 for start, _end in own)
        and (
            any(0 < start - span[1] <= 2 for start, _end in others)
            # (a name by its words; without the person's own name to tell, no one's)
            or (bool(own) and bool(_LATIN_NAME_AFTER.match(context, span[1])))
        )
    ):
        return True  # "including welder Daulet Ospanov", "Lawyer: Oleg Brazhnik": theirs
    if re.search(
        r"(?<![\w-])(?:тағы|басқа)\s+бір\s+$", context[max(0, span[0] - 12) : span[0]], re.I
    ):
        return True  # «Тағы бір айтыскер ... айыппұл арқалаған»: another one
    if re.search(
        r"деп\s+(?:хабарлайды|хабарлады|жазады|жазды|мәлімдейді)\s+(?:«[^»\n]{1,40}»\s+)?"
        r"(?:[\w-]+\s+){0,2}$",
        context[max(0, span[0] - 70) : span[0]],
    ):
        return True  # «..., деп хабарлайды «Ұлытау Таңы» тілшісі»: whose report it is
    if letters_addressee(context, span):
        return True  # «Председателю ОФ «Правовой щит»» heading a letter: whom it is sent to
    if re.match(r"\s+емес\b", context[span[1] :]):
        return True  # «ұйымға мүше емес»: what the person is not
    if re.match(r"\s+(?:болмаған|болмады|болмағ\w+|жоқ)(?![\w-])", context[span[1] :]):
        return True  # «аудармашы болмағанын»: there was none
    if re.search(r"(?:с[ыі]|[ыі])н[ыі]ң$", word) and not re.match(
        rf"\s+[{names.UPPER}]", context[span[1] :]
    ):
        return True  # «қозғалыстың шетелдегі жетекшісінің видеосы»: whose thing, someone else
    if re.match(r",?\s+(?:котор|чей|чья|чьё|чьи)\w*\b", context[span[1] :]) and not any(
        0 <= span[0] - end <= 40 and not re.search(r"[.!?\n]", context[end : span[0]])
        for _start, end in own + others
    ):
        return True  # «задержали блогера, который вел эфир»: someone the text does not name
    if (
        re.search(r"[әғқңөұүһі]", word.lower())
        and re.search(r"\w(?:с[ыі]|[ыі])(?:на|не)$", word)
        and not re.match(rf"\s+[{names.UPPER}]", context[span[1] :])
    ):
        return True  # «"Дала үні" тілшісіне айтты»: told to a reporter, who is someone else
    if re.search(
        r"(?<![\w-])(?:екі|үш|төрт|бес|алты|бірнеше|көптеген|бірқатар)\s+$",
        context[max(0, span[0] - 12) : span[0]],
        re.IGNORECASE,
    ) and not re.match(
        # (a name, not a code's «ӘҚБтК-нің»; «екі белсендіні – мұнайшы Мұрат Қ. және ...»)
        rf"(?:[\s,]*[:—–-][\s]*(?:[{names.LOWER}-]+\s+){{1,2}}|[\s,:—–-]+)[«\"]?[{names.UPPER}]"
        rf"(?:[{names.LOWER}]{{2}}|[{names.UPPER}]{{3}})",
        context[span[1] :],
    ):
        return True  # «пикетке шыққан екі белсенді ... қамалды»: two others, no one named
    if re.search(
        r"(?<![\w-])(?:оның|олардың|менің|біздің|сенің|сіздің)\s+$",
        context[max(0, span[0] - 12) : span[0]],
        re.I,
    ):
        return True  # «оның жетекшісі»: her leader, someone else
    # ... but "Arman MUKHTAROV: the activist from Kaskelen" is said of the name just before,
    # as is "my husband Nurzhan Abdikarimuly (Nurzhan Abdikarimov in his passport), the oil
    # worker from Zhanaozen" (its other spelling in brackets between)
    apposed = any(re.fullmatch(_APPOSED, context[e : span[0]]) for _s, e in own if e <= span[0])
    if lead and not apposed and not (mine <= len(lead.group()) + 2 and mine < other):
        if not re.match(r"\s+[A-Z]", context[span[1] :]):
            return True
    if other <= 3 and other < mine:
        return True
    if _closes_apposition_before_and(context, span, own, others):
        return True
    if other < mine and _in_one_sentence(context, span, others, other, own):
        # "Yerzhan Baizhanov, born in 1986, unemployed, ... Gaukhar Mukhtarova, born in 1992,
        # housewife": the trade of the name its sentence opens with, the nearest one
        return True
    # «председатель независимого профсоюза Сабит Жуков», «Главный редактор «Ертіс Times»
    # Дмитрий Ким», "Lawyer: Oleg Brazhnik": the trade's own words (a name in quotes among
    # them) or a card's colon lead to the other person's name right after it
    return any(
        start > span[1]
        and start - span[1] < mine
        and re.fullmatch(
            r"(?:\s+(?:[а-яё-]+|«[^«»\n]{1,40}»)){1,3}\s+|[ \t]*:[ \t]*", context[span[1] : start]
        )
        for start, _end in others
    )


#: A full name after a trade or a card's colon: " Daulet Ospanov", ": Oleg Brazhnik".
_LATIN_NAME_AFTER = re.compile(r"(?:[ \t]+|[ \t]*:[ \t]*)[A-Z][a-z]+[ \t]+[A-Z][a-z]+")


#: «по образованию инженер», "by training an engineer" (a trade after it is what was studied;
#: «журналист по образованию» still names the trade, as the court papers write it).
_BY_EDUCATION = re.compile(r"(?<![\w-])(?:по\s+образованию|by\s+training)\s+(?:an?\s+)?$", re.I)


#: A quotation of several words on one line: «...», "...", “...”.
_QUOTED = re.compile(r"«[^«»\n]{3,200}»|\"[^\"\n]{3,200}\"|“[^”\n]{3,200}”")
#: A speaker telling of themselves («Я журналист, а не преступник», "I am a teacher").
_FIRST_PERSON = re.compile(r"(?<![\w-])(?:[Яя]|[Мм]ен|I|I'm|I am)(?![\w-])")


def _in_quoted_words(context: str, span: tuple[int, int]) -> bool:
    """Whether the trade is inside a quotation of three words or more (a post's or a
    speaker's words, not a name such as «Кенгир-Сервис»), unless the speaker tells of
    themselves."""
    line_start = context.rfind("\n", 0, span[0]) + 1
    line_end = context.find("\n", span[1])
    line = context[line_start : line_end if line_end >= 0 else len(context)]
    for quote in _QUOTED.finditer(line):
        if quote.start() < span[0] - line_start and span[1] - line_start < quote.end():
            inside = quote.group()[1:-1]
            if quote.group().startswith('"') and re.search(r"[.!?]\s", inside):
                return False  # (straight marks that close one quote and open the next)
            return len(inside.split()) >= 3 and not _FIRST_PERSON.search(inside)
    return False


#: A relative or another person named by who they are to the case's person, the trade in
#: apposition to them or said of them: "His wife, a nurse,", «Его жена, медсестра,», «Оның
#: әйелі, мұғалім,», "His wife works as a nurse".
_RELATIVE_APPOSED = re.compile(
    r"(?:\b(?i:his|her|their|the)\s+(?:[a-z-]+\s+)?(?:wife|husband|mother|father|son|daughter|"
    r"brother|sister|lawyer|colleague|friend|neighbou?r|cousin|partner|uncle|aunt|"
    r"co-defendant|co-accused)|"
    r"(?<![\w-])(?:[Ее]го|[Ее]ё|[Ее]е|[Ии]х)\s+(?:жена|муж|мать|отец|сын|дочь|брат|сестра|"
    r"адвокат|коллега|друг|подруга|сосед|соседка)|"
    r"(?<![\w-])(?:[Оо]ның\s+)?(?:әйелі|күйеуі|анасы|әкесі|ағасы|інісі|әпкесі|қарындасы|"
    r"сіңлісі|адвокаты|әріптесі|досы))"
    # ("His wife works as a nurse", «Его жена работает медсестрой», «жена — медсестра»)
    r"(?:\s*,\s*(?:(?i:an?|the)\s+)?(?:\d{1,3}-year-old\s+)?|\s+(?i:works|worked|is|was)\s+(?:as\s+)?(?:(?i:an?)\s+)?|"
    r"\s+(?:работает|работала|работал)\s+|\s+[—–-]\s+)$"
)


#: A verb of telling right before the trade: whom it was told to, someone else (the Kazakh
#: «тілшісіне айтты» is read by its ending).
_TOLD_TO = re.compile(
    r"(?<![\w-])(?:(?:сказал|рассказал|сообщил|заявил|пояснил|ответил|признался|"
    r"пожаловался|подтвердил|написал|передал|переслал|отправил)[аи]?|(?:told|said\s+to|explained\s+to|complained\s+to)"
    r"(?:\s+(?:the|a|an|local|foreign))?)\s+$",
    re.IGNORECASE,
)


#: What may come before "a"/"an" and a trade said of the person: "X is a teacher", "worked
#: as a driver", "a journalist and a blogger".
_SAYS_WHO = frozenset(
    "is was as be been being became becomes remains remained and or also now still".split()
)


def _someone_unnamed(context: str, span: tuple[int, int], named: list[tuple[int, int]]) -> bool:
    """An English trade with "a"/"an" after a verb or a preposition and no name after it, in
    the story past its first sentence ("gave an interview to a journalist", "fined a
    pensioner over a post", "help us find a human rights lawyer"): someone the text does not
    name. Not "X, a nurse", "X is a teacher", nor the first sentence's "sentenced a
    schoolteacher", which tells of the case."""
    word = context[span[0] : span[1]]
    if not re.fullmatch(r"[A-Za-z -]+", word):
        return False
    before = re.search(
        r"(?<![\w'-])([a-z]+)\s+an?\s+(?:[a-z][\w'-]*\s+){0,2}$",
        context[max(0, span[0] - 60) : span[0]],
    )
    if before is None or before.group(1) in _SAYS_WHO:
        return False
    if re.match(r"[\s,]+(?:[A-Z]|\()", context[span[1] :]) or any(
        0 <= start - span[1] <= 80 and not re.search(r"[.!?](?:\s|$)", context[span[1] : start])
        for start, _end in named
    ):
        return False  # "a blogger, Aidos Sadykov", "against a political prisoner and civil
        # activist from Aktobe, Asylkhan ZHAUBATYROV"
    body = story_start(context)
    first = re.search(r"[.!?](?:\s|$)", context[body:])
    return first is not None and span[0] > body + first.end()


def _closes_apposition_before_and(
    context: str, span: tuple[int, int], own: list[tuple[int, int]], others: list[tuple[int, int]]
) -> bool:
    """ "NAME, 33, who is unemployed, and OWN NAME, 27, ...", «X, безработный, и OWN ...»: a trade
    closing the apposition of the name before it, the person's own name after "and", is the
    name's before it."""
    following = [start for start, _end in own if start >= span[1]]
    if not following or not re.fullmatch(
        r",?\s+(?:and|и|және)\s+", context[span[1] : min(following)], re.IGNORECASE
    ):
        return False
    return any(
        end <= span[0]
        and context[end : span[0]].startswith(",")
        and not re.search(r"[.!?](?:\s|$)|\n", context[end : span[0]])
        for _start, end in others
    )


def _in_one_sentence(
    context: str,
    span: tuple[int, int],
    others: list[tuple[int, int]],
    distance: int,
    own: list[tuple[int, int]],
) -> bool:
    """Whether another person's name at that distance before the trade is in its sentence,
    the trade in apposition to it ("NAME, born in 1992, housewife")."""
    for other in others:
        if _distance(span, other) != distance or other[1] > span[0]:
            continue
        words = context[other[0] : other[1]].split()
        own_words = {w.lower()[:4] for a, b in own for w in context[a:b].split()}
        if len(words) == 1 and words[0].lower()[:4] in own_words:
            continue  # «БЕКМУРАТОВА АЙДОСА ЕРЛАНУЛЫ»: the person's own name in capitals
        between = context[other[1] : span[0]]
        if between.startswith(",") and not re.search(r"[.!?](?:\s|$)|\n", between):
            return True
    return False


def _title_before(context: str, start: int, own: list[tuple[int, int]]) -> bool:
    """Whether the trade written at `start` runs up to the person's own name, as a title before
    it ("reporter Aliya Serikkyzy", «журналист Айжан Т.»): its words, then the name."""
    return any(
        re.fullmatch(r"[\w'’-]+(?:[ \t]+[\w'’-]+){0,3}[ \t]+", context[start:name_start])
        for name_start, _end in own
        if 0 < name_start - start <= 60
    )


#: A Kazakh word told of a plural noun after it, through a participle or right before it:
#: «жұмыссыз қалған отбасылар» (the families left without work), «жұмыссыз жастардың».
_OF_A_PLURAL_NOUN = re.compile(
    r"\s+(?:қалған|болған|жүрген)\s+[а-яёәғқңөұүһі]+(?:лар|лер|дар|дер|тар|тер)\w{0,4}\b"
    # (right before it, the plural with a Kazakh case ending: not a Russian «мастер»)
    r"|\s+[а-яёәғқңөұүһі]+(?:лар|лер|дар|дер|тар|тер)(?:дың|дің|ға|ге|ды|ді|да|де|дан|ден)\b"
)


def _within(value: str, fuller: str) -> bool:
    """Whether the words of one trade stand together in another."""
    words, other = value.split(), fuller.split()
    return any(other[i : i + len(words)] == words for i in range(len(other) - len(words) + 1))


#: A Russian trade's feminine, where the language has one the reports use.
_RU_FEMININE = {
    "гражданский активист": "гражданская активистка",
    "общественный активист": "общественная активистка",
    "активист": "активистка",
    "экоактивист": "экоактивистка",
    "журналист": "журналистка",
    "правозащитник": "правозащитница",
    "пенсионер": "пенсионерка",
    "политзаключённый": "политзаключённая",
}


_ACRONYM = re.compile(r"[БВГДЖЗКЛМНПРСТФХЦЧШЩҒҚҢҺ]{2}[А-ЯЁӘҒҚҢӨҰҮҺІ]{1,3}")


#: The author or admin of a channel: how a headline labels the one the body gives a trade.
_CHANNEL_ROLE = re.compile(r"(?:автор|администратор|admin|author)\b", re.IGNORECASE)


_BARE_ACTIVIST = frozenset({"белсенді", "активист", "activist"})
_ACTIVIST_KIND = re.compile(r"активист|белсенді|activist", re.IGNORECASE)


def _occupation(
    context: str,
    language: str,
    own: list[tuple[int, int]] | None = None,
    others: list[tuple[int, int]] | None = None,
    woman: bool = False,
    named_out: set[str] | None = None,
) -> str | None:
    """The person's trades, as the text writes them (see with_modifiers), not another's
    (`named_out` takes those written next to the person's name); `woman`: a Russian plural
    said of her and a man («гражданских активистов Бахыта X и Галию Y») is hers in the
    feminine."""
    seen: dict[str, list[int]] = {}
    taken: list[tuple[int, int]] = []
    # (the trade as the word list names it; those written next to the person's name; those
    # written next to another's)
    trades_of: dict[str, str] = {}
    named: set[str] = set()
    named_others: list[str] = []
    own, others = own or [], others or []
    # «студента магистратуры ВКТУ»: an acronym (short, two consonants first) names a thing
    others = [(a, b) for a, b in others if not _ACRONYM.fullmatch(context[a:b])]
    # the surname said alone as the name writes it ("police detained Sabyrov, a journalist and
    # the editor-in-chief of ...") is the person too
    surnames = {context[a:b].split()[-1] for a, b in own if context[a:b].split()}
    own = own + [
        (start, end)
        for word in surnames
        if len(word) >= 4
        for start, end in names.whole_word_spans(word, context)
        if not any(a <= start < b for a, b in own + others)
    ]
    trades = list(lexicon.OCCUPATION_PATTERNS[language])
    if language == "en":
        trades += EN_PLURAL_TRADES
    for pattern, canonical in trades:
        for match in pattern.finditer(context):
            if derived_word(match.group(), canonical, language):
                taken.append((match.start(), match.end()))  # «журналистской», «заңгерлік»
                continue
            if (
                language == "ru"
                and _plural_only(match.group())
                and (
                    # («на два месяца гражданских активистов Бахыта X и Галию Y»: a noun before,
                    # yet the people of the case named right after)
                    (
                        _after_noun(context, match.start())
                        and not _NAMES_FOLLOW.match(context[match.end() :])
                    )
                    # «Просим журналистов и дипломатов следить за делом»: people no name
                    # follows are others
                    or not (
                        re.match(rf"[\s,:—–-]+[«\"]?[{names.UPPER}]", context[match.end() :])
                        # «двум местным активистам»: counted, they are the people of the case
                        or re.search(
                            r"(?<!\w)(?:два|двух|двум|двое|двоих|три|трёх|трех|трём|трем|трое|"
                            r"троих|оба|обе|обоих|обеих|обоим|четыр\w*|пят\w*)\s+(?:\w+\s+)?$",
                            context[max(0, match.start() - 30) : match.start()],
                            re.IGNORECASE,
                        )
                    )
                )
            ):
                continue
            if _said_of_another(
                (match.start(), match.end()), own, others, context
            ) or roles.talked_with(context, match.start(), match.end(), language):
                taken.append((match.start(), match.end()))
                if named_by(context, (match.start(), match.end()), own, others) is False:
                    named_others.append(canonical.format(*(g.lower() for g in match.groups())))
                continue
            value = canonical.format(*(g.lower() for g in match.groups()))
            trade = value
            if woman and language == "ru" and _plural_only(match.group()):
                value = _RU_FEMININE.get(value, value)
            value = with_modifiers(context, match.start(), match.end(), value, language)
            seen.setdefault(value, []).append(match.start())
            taken.append((match.start(), match.end()))
            trades_of[value] = trade
            named |= (
                {value} if named_by(context, (match.start(), match.end()), own, others) else set()
            )
    for start, end, value in occupation_words(context, language):
        if any(s < end and start < e for s, e in taken):
            continue
        if _said_of_another((start, end), own, others, context):
            named_others += [value] if named_by(context, (start, end), own, others) is False else []
            continue
        trade, value = value, with_modifiers(context, start, end, value, language)
        seen.setdefault(value, []).append(start)
        trades_of[value] = trade
        named |= {value} if named_by(context, (start, end), own, others) else set()
    body_start = story_start(context)
    in_body = {v for v, positions in seen.items() if max(positions) >= body_start}
    # (the trades written as a title right before the person's name: "trade unionist Yerlan
    # D." in a headline, "trade union activist Yerlan D." in the story)
    titles = {
        v: [p for p in positions if _title_before(context, p, own)] for v, positions in seen.items()
    }
    body_titled = any(p >= body_start for positions in titles.values() for p in positions)
    values = sorted(seen, key=lambda v: min(seen[v]))
    kept: list[str] = []
    for value in values:
        if value not in named and anothers_by_name(trades_of[value], named_others):
            continue  # "Pavlodar activist" of a headline, "civil activist X" another in the body
        # A headline's "Political prisoner X released" frames the story: a status only the
        # headline gives is dropped when the body says who the person is.
        if body_start and in_body and value not in in_body and _STATUS.search(value):
            continue
        # ... and so is a Russian or Kazakh headline's one word for the trade («Арестован
        # шахтёр, записавший видео», «Жезқазғанда тілші ...») the body names in its own words
        # («проходчика шахты ...», «журналист»); an English headline's "Kazakh schoolteacher"
        # is how the body's "teacher" is labelled
        headline_only = bool(body_start and in_body and value not in in_body)
        if language != "en" and headline_only and (" " not in value or _CHANNEL_ROLE.match(value)):
            continue
        if headline_only and titles[value] and body_titled:
            continue  # the headline's title before the name, the story's in its place
        # One word per kind of person: "civil activist" makes a bare "activist", or another
        # "... activist" only the headline uses, redundant.
        head = value.split()[-1]
        if any(
            v != value
            and (_within(value, v) or possessed_within(value, v))
            and (v in in_body or value not in in_body)
            for v in values
        ):
            # «зейнеткер» inside «зейнеткер мұғалім», "driver" inside "former bus driver",
            # «учительница» inside «бывшая учительница истории»: the trade said more fully
            continue
        if value in _BARE_ACTIVIST and any(v != value and _ACTIVIST_KIND.search(v) for v in values):
            continue  # «фемактивист» told, «Белсенді ... айтты» later says no more
        if any(
            v != value and " " not in v + value and (v.endswith(value) or value.endswith(v))
            for v in kept
        ):
            continue  # "teacher" then "schoolteacher": one trade, as first written
        if any(
            v in (value + "ка", value + "ница") or value in (v + "ка", v + "ница") for v in kept
        ):
            continue  # «журналистка» then «журналист»: one trade, in the person's gender first
        same_kind = [v for v in values if v != value and v.split()[-1] == head]
        told_in_body = any(v in in_body for v in same_kind)
        if same_kind and (
            # (a headline's "Kazakh schoolteacher" leaves the body's "schoolteacher")
            (len(value.split()) == 1 and (language != "en" or value not in in_body or told_in_body))
            or (value not in in_body and told_in_body)
        ):
            continue
        # «шахтёра» in the headline, «шахтёра разреза «Восточный-2»» in the story: the trade
        # said with what it is of makes the bare word redundant
        if len(value.split()) == 1 and any(v.startswith(value + " ") for v in values):
            continue
        kept.append(value)
    if language == "ru" and a_man(context, own):
        kept = [v for v in kept if not a_womans_trade(v)]  # another woman's, not his
    if named_out is not None:  # (those written next to the person's name: see trade_owners)
        named_out.update(v for v in kept if v in named)
    return ", ".join(kept) if kept else None
