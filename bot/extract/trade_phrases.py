"""A trade with the words a report writes with it: its kind before it and its workplace after
it («бывший бухгалтер районной больницы», "underground electrician at a copper mine",
«аудандық «Шалқар үні» газетінің бұрынғы тілшісі»), in the three languages.

Invariants: pure functions of the text and the trade's place in it; the phrase returned is the
trade as written, with only the words that belong to it (a people's name before a Kazakh trade,
a time or a court's words are left out), in the nominative for Russian. An English trade is
read in the plural only right before a list of names (`EN_PLURAL_TRADES`).
"""

from __future__ import annotations

import re

from bot.extract import lexicon, names

_LANGUAGES_EN = frozenset({"kazakh", "russian", "english"})
_ORGANISATION_AFTER = re.compile(
    r"\s+((?:[а-яё-]+\s+)?[а-яё-]+|ТОО|АО|ИП|ГКП|КГП|РГП)\s+(«[^»\n]{1,40}»)"
)


#: Where a trade is exercised, after it: "at the Kostanay diesel plant", "of the Telegram
#: channel "Qostanai Today"", "at a copper mine" (a workplace's noun ends it, a name may follow).
_WORKPLACE_EN = re.compile(
    # (a name in quotes before the noun: "admin of the "Kostanay Without Lies" Telegram chat")
    r"\s+((?:at|of|for)\s+(?:a|an|the)\s+(?:\"[^\"\n]{1,40}\"\s+|“[^”\n]{1,40}”\s+)?"
    # (a name in quotes or an acronym in brackets among its words: "the unregistered "Halyq
    # Uni" movement", "the Democratic Choice of Kazakhstan (DVK) movement")
    r"(?:(?:[\w'’-]+|\"[^\"\n]{1,40}\"|“[^”\n]{1,40}”|\([A-Z]{2,6}\))\s+(?:and\s+)?){0,5}?"
    r"(?:plant|factory|mine|hospital|school|company|refinery|station|college|university|"
    r"clinic|farm|mill|depot|firm|association|union|group|channel|chat|outlet|website|site|"
    r"newspaper|paper|centre|center|bank|enterprise|combine|works|foundation|movement|"
    r"committee|blog|initiative|party|council|organi[sz]ation)s?\b"
    # (a site's name with its domain: "the independent news website Orda.kz")
    r"(?:[ \t]+(?:\"[^\"\n]{1,40}\"|“[^”\n]{1,40}”|[A-Z][\w-]*(?:\.[a-z]{2,4}\b)?"
    r"(?:[ \t]+[A-Z][\w-]*){0,2}))?)"
)


#: A workplace in the genitive right before a Kazakh trade: «ферроқорытпа зауытының»,
#: «"Өзенмұнайгаз" кәсіпорнының» (not a code's «ҚК-нің 174-бабының»).
_WORKPLACE_KK = re.compile(
    # «Сәтбаев қаласындағы кеніштің», «№4 орта мектептің», «аудандық «Шалқар үні» газетінің»
    r"((?<![\w-])(?:(?:[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+\s+)?(?:қаласындағы|ауылындағы|ауданындағы)\s+)?"
    r"(?:№\s?\d+\s+)?(?:[а-яәғқңөұүһі-]+(?:лық|лік|дық|дік|тық|тік)\s+)?(?:«[^»\n]{1,40}»\s+)?"
    # («Мұнай компаниясының бұрынғы операторы, 39 жастағы ...»: a noun opening the sentence
    # is capitalised)
    r"(?:(?:^|(?<=[.!?]\s)|(?<=\n))(?!(?i:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|"
    r"қыркүйек|қазан|қараша|желтоқсан|жыл|күн|кез|жаст|жасар|бұл|сол|осы|ол))"
    r"[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі-]+\s+(?=[а-яәғқңөұүһі-]+\s+$|[а-яәғқңөұүһі]))?"
    # (not a time before it: «сәуірде ферроқорытпа зауытының»)
    r"(?:(?!(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|"
    # (nor an age: «47 жастағы цемент зауытының»; «жылу» is heat, no year)
    r"желтоқсан|жыл(?!у)|күн|кез|жаст|жасар)\w*\s)[а-яәғқңөұүһі-]+\s+){0,2}"
    # («"Орал" Telegram-арнасының»: a Latin word joined before it)
    r"(?:(?:[A-Za-z]+-)?(?:зауыт|кәсіпорн|комбинат|кеніш|мектеп|аурухана|газет|сайт|"
    r"кәсіподағ|бірлестіг|қоғамдастығ|ұйым|компания|фабрика|шахта|колледж|университет|емхана|"
    r"орталығ|серіктестіг|бастама|қозғалыс|арна|басылым|партия|портал))"
    r"\w*(?:ның|нің|дың|дің|тың|тің))\s+$"
)


#: A full stop or a comma inside the closing quote of a name that ends a phrase.
_CLOSING_STOP = re.compile(r"[.,]([\"”])$")


def with_modifiers(context: str, start: int, end: int, value: str, language: str) -> str:
    """The trade with what the text writes with it: "school teacher", «учитель истории»,
    «университет студенті»."""
    if language == "en":
        words: list[str] = []
        rest = context[max(0, start - 40) : start]
        while True:
            found = re.search(r"([A-Za-z][A-Za-z-]*)\s+$", rest)
            if not found or found.group(1).lower() not in lexicon.OCCUPATION_MODIFIERS_EN:
                break
            following = words[0] if words else context[start:end]
            if (
                found.group(1).lower() in _LANGUAGES_EN
                and not re.match(r"-?language\b", following, re.IGNORECASE)
                and not re.search(r"teacher|lecturer|philologist|translator", value)
            ):
                break  # "Kazakh blogger" is where he is from; "Kazakh language teacher" a trade
            words.insert(0, found.group(1))
            rest = rest[: found.start()]
            if len(words) == 3:  # ("former municipal bus driver")
                break
        extra = [w for w in words if w not in value.split()]
        value = " ".join([*extra, value]) if extra else value
        # "a welder at the Kostanay diesel plant", "correspondent of the online outlet Dala
        # Times": where the person works, as the text writes it
        place = _WORKPLACE_EN.match(context, end)
        if not place or place.group(1).startswith(("of the same ", "at the same ")):
            return value  # ("treasurer of the same union": the union told before)
        # ("the YouTube channel "Ashyq Derek."": the sentence's full stop inside the quotes)
        return value + " " + _CLOSING_STOP.sub(r"\1", " ".join(place.group(1).split()))
    if language == "ru":
        return _ru_with_modifiers(context, start, end, as_spelt(context[start:end], value))
    if language == "kk":
        return _kk_with_modifiers(context, start, end, value)
    return value


def as_spelt(written: str, value: str) -> str:
    """The trade with «е» where the text writes «е» for «ё» («бывший шахтер», «волонтер»): a
    record keeps the text's own spelling, not the dictionary's."""
    if "ё" in value and "ё" not in written.lower():
        return value.replace("ё", "е")
    return value


#: Words that never start a Kazakh trade's phrase: a people («қазақ ақыны» is a Kazakh poet,
#: the trade «ақын»), and the court's people («тергеу судьясы журналисті»: the judge's phrase).
_KK_NOT_OF_TRADE = re.compile(
    r"(?:қазақ|орыс|өзбек|ұйғыр|неміс|украин|белсенді|сот|судья|прокурор|айыптаушы|"
    r"қорғаушы|адвокат|тергеуші|полиция)\w*"
)
_KK_ADJECTIVE = ("лық", "лік", "дық", "дік", "тық", "тік")
#: «және», «мен»: a conjunction joining two words of a trade's chain.
_KK_AND = re.compile(r"және|мен|бен|пен")
#: A word (a language's name with «тілі»: «қазақ тілі») and a conjunction before a chain.
_KK_JOINED = re.compile(
    r"(?<![\w-])(?:(?:қазақ|орыс|ағылшын|неміс|француз|араб|түрік|қытай)[ \t]+тілі|"
    r"[а-яәғқңөұүһі]{2,})[ \t]+(?:және|мен|бен|пен)[ \t]+$"
)
#: Kind and time of a trade written before it: "former", "retired", "veteran",
#: "self-employed", "for now", "religious", "chief" («бұрынғы кенші», «зейнеткер мұғалім»,
#: «ардагер мұнайшы», «жеке кәсіпкер», «уақытша жұмыссыз», «діни уағызшы», «бас бапкер»).
_KK_TRADE_KIND = re.compile(
    r"(?<![\w-])(бұрынғы|зейнеткер|ардагер|жеке|уақытша|діни|бас)\s+$", re.IGNORECASE
)


def _kk_with_modifiers(context: str, start: int, end: int, value: str) -> str:
    """A Kazakh trade with the words its possessive ending ties to it, what kind it is, and
    where it is exercised: «жүк көлігінің жүргізушісі», «ағылшын тілі пәнінің мұғалімі»
    (each word with a possessive ending takes the one before it), «жеке кәсіпкер», «аудандық
    «Шалқар үні» газетінің бұрынғы тілшісі», «"Өзенмұнайгаз" кәсіпорнының бұрғылаушысы»."""
    written = context[start:end].lower()
    # («слесарь» -> «слесарі»: a Russian word's soft sign goes before a possessive ending)
    base = value[:-1] if value.endswith("ь") else value
    possessive = re.fullmatch(
        rf"{re.escape(base.split()[-1])}(с?[ыі])(?:н|не|нің|нде|нен|мен)?", written
    )
    if possessive is None:
        phrase, at = value, start
    else:
        phrase, at = f"{base}{possessive.group(1)}", start
        chain: list[str] = []
        while len(chain) < 3 and not _WORKPLACE_KK.search(context[max(0, at - 80) : at]):
            before = re.search(
                r"(?<![\w-])([а-яәғқңөұүһі]+|[A-Z]{2,4})\s+$", context[max(0, at - 40) : at]
            ) or (
                # («Мал дәрігері Ербол ...», «Зауыт жұмысшысы.»: a sentence's first word, the
                # trade a title before a name or a sentence of its own)
                _TITLE_OR_STOP.match(context, end)
                and re.search(
                    r"(?:^|[.!?\n])[ \t]*([А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+(?<!да|де|та|те))[ \t]+$",
                    context[max(0, at - 40) : at],
                )
            )
            word = before.group(1).lower() if before else ""
            if not word or word.endswith(_KK_ADJECTIVE) or _KK_NOT_OF_TRADE.fullmatch(word):
                break
            if _KK_TRADE_KIND.search(word + " ") or _KK_AND.fullmatch(word):
                break
            chain.insert(0, word)
            at -= len(before.group()) if before else 0
            if not re.search(r"[ыі](?:ның|нің|н)?$", word) and not word.endswith("у"):
                # a word without a possessive ending ties nothing further, but a verbal noun
                # takes its object («дене шынықтыру мұғалімі»)
                break
        joined = _KK_JOINED.search(context[max(0, at - 50) : at])
        if chain and joined:
            # «мұнай және газ өндіру операторы», «қазақ тілі мен әдебиеті мұғалімі»: the word
            # joined to the chain's first by «және», «мен» is tied to the trade too
            chain[:0] = joined.group().split()
            at -= len(joined.group())
        level = re.search(r"(?<![\w-])(бастауыш|орта|жоғары)\s+$", context[max(0, at - 20) : at])
        if chain and level:
            # «бастауыш сынып мұғалімі», «орта мектеп мұғалімі»: the level of the word tied
            chain.insert(0, level.group(1))
            at -= len(level.group())
        # (nothing tied to it: the trade itself, «ақын» of «қазақ ақыны»)
        phrase = " ".join([*chain, phrase]) if chain else value
    trade = phrase
    kind = _KK_TRADE_KIND.search(context[max(0, at - 12) : at])
    if kind and kind.group(1).lower() == "діни" and value == "белсенді":
        kind = None  # (an activist's kinds are the word list's phrases: «азаматтық белсенді»)
    if kind is None and possessive is None:
        # «айтыскер ақын»: two trades, one the kind of the other
        kind = re.search(r"(?<![\w-])([а-яәғқңөұүһі]+)\s+$", context[max(0, at - 20) : at])
        if kind and kind.group(1) not in lexicon.OCCUPATION_WORDS["kk"]:
            kind = None
    if kind and not value.startswith(kind.group(1).lower()):
        phrase = f"{kind.group(1).lower()} {phrase}"
        at -= len(kind.group())
    # («№12 мектептің тарих пәнінің мұғалімі»: the subject says the trade; the school is
    # where, not part of it)
    subject = any(w.startswith("пән") for w in phrase.split()[:-1])
    if possessive is not None and not subject:
        place = _WORKPLACE_KK.search(context[max(0, at - 80) : at])
        if place:
            # (the workplace's genitive ties the trade's possessive: «газетінің тілшісі»)
            phrase = phrase[: len(phrase) - len(trade)] + (written if trade == value else trade)
            phrase = f"{_kk_workplace(place.group(1))} {phrase}"
    return phrase


#: After a trade: a name it is the title of, or the end of its sentence.
_TITLE_OR_STOP = re.compile(r"[ \t]+[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+|[ \t]*[.\n]")


#: A town before a Kazakh workplace: «Ақсу қаласындағы №3 мектептің».
_KK_TOWN = re.compile(r"[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+\s+(?:қаласындағы|ауылындағы|ауданындағы)\s+")


def _kk_workplace(place: str) -> str:
    """The workplace as the trade's phrase keeps it: the town it is in only where nothing
    else names it («Сәтбаев қаласындағы кеніштің»; «№3 мектептің», «хром зауытының»)."""
    words = " ".join(place.split())
    town = _KK_TOWN.match(words)
    if town and len(words[town.end() :].split()) > 1:
        return words[town.end() :]
    return words


#: Adjectives that make a kind of trade («индивидуальный предприниматель», «бывшая учительница»).
_RU_TRADE_ADJECTIVES = frozenset({"индивидуальный", "бывший", "частный", "независимый"})
#: What may name a genitive workplace further: «шахты имени Костенко», «сайта «Көкше таңы»»,
#: «студента магистратуры ВКТУ».
_RU_NAMED = (
    r"(?:\s+(?:имени\s+[А-ЯЁ][\w-]+|«[^»\n]{1,40}»|[А-ЯЁ]{2,6}\b(?![ \t]+[А-ЯЁ])|"
    # («журналистку издания Orda.kz»: a Latin name)
    r"[A-Z][\w-]*(?:\.[a-z]{2,4}\b)?))?"
)
#: Where a trade is exercised, after a preposition: «сторожем в ТОО «Кенгир-Сервис»»,
#: «продавцом на рынке», «нефтяника на пенсии».
_RU_WORKS_IN = re.compile(
    r"\s+((?:в|на)\s+(?:ТОО|АО|ИП|ГКП|КГП|РГП)\s+«[^»\n]{1,40}»|на\s+пенсии|"
    r"(?:в|на)\s+(?:рынке|базаре|заводе|фабрике|шахте|комбинате|разрезе|руднике|предприятии|"
    r"месторождении|стройке|ТЭЦ|школе-гимназии|школе|гимназии|лицее|колледже|больнице|"
    r"поликлинике|акимате)\b(?:\s+№\s*\d+)?)"
)


def _ru_with_modifiers(context: str, start: int, end: int, value: str) -> str:
    """A Russian trade with its kind before it and its workplace after it, in the nominative:
    «индивидуального предпринимателя» -> «индивидуальный предприниматель», «инженера-горняка
    шахты имени Костенко», «редактору сайта «Көкше таңы»», «сторожем в ТОО «Кенгир-Сервис»»."""
    single = len(value.split()) == 1
    compound = re.match(r"-[а-яё]+\b", context[end:]) if single else None
    if compound and context[start:end].lower() == value:
        value += compound.group()  # «Инженер-строитель», written in the nominative
        end += compound.end()
    elif compound:
        # «инженера-энергетика»: the whole compound in the nominative
        whole = (context[start:end] + compound.group()).lower()
        lemmas = [
            str(p.normal_form)
            for p in names.morph().parse(whole)
            if p.tag.POS == "NOUN" and str(p.normal_form).startswith(value + "-")
        ]
        if lemmas:
            value = lemmas[0]
            end += compound.end()
    prefix = _ru_trade_adjective(context, start, value)
    value += _ru_workplace(context, end)
    return f"{prefix} {value}" if prefix else value


def _ru_trade_adjective(context: str, start: int, value: str) -> str | None:
    """«индивидуального», «бывшая» right before the trade, in the nominative of its gender."""
    before = re.search(r"(?<![\w-])([а-яё]+)\s+$", context[max(0, start - 30) : start], re.I)
    if not before or value.split()[0] in _RU_TRADE_ADJECTIVES:
        return None
    parse = names.morph().parse(before.group(1).lower())[0]
    if parse.tag.POS != "ADJF" or str(parse.normal_form) not in _RU_TRADE_ADJECTIVES:
        return None
    gender = names.morph().parse(value.split()[0])[0].tag.gender or "masc"
    form = parse.inflect({"nomn", "sing", gender})
    return str(form.word) if form else str(parse.normal_form)


#: A channel, a blog or a chat with its name in quotes: «Telegram-канала «Жайық хабар»»,
#: «YouTube-канала «Жылыой Today»», «блога «Голос села»».
_RU_CHANNEL = re.compile(
    r"[ \t]+((?:[A-Za-z]+-)?(?:канала|блога|паблика|чата|сообщества)[ \t]+«[^»\n]{1,40}»)"
)


#: A trade's field after «по», up to the clause's end or to where the work is done: «оператором
#: по добыче нефти и газа», «специалист по связям с общественностью», «инженер по охране труда
#: на руднике» (the place after «на»/«в» is the workplace, not the field).
_RU_FIELD = re.compile(
    r"[ \t]+(по[ \t]+[а-яё-]+(?:[ \t]+[а-яё-]+){0,4}?)"
    r"(?=[ \t]*(?:[,.;)]|\n|$)|[ \t]+(?:на|в|во)[ \t]+[«\"A-Za-zА-ЯЁа-яё№])"
)
#: What «по» opens after a trade that is not its field: «журналист по образованию», «блогер по
#: имени ...», «активист по делу ...», «учитель по словам соседей».
_RU_NOT_A_FIELD = frozenset(
    "образованию профессии специальности имени фамилии прозвищу словам данным делу делам "
    "статье приговору решению сведениям информации версии мнению".split()
)


def _ru_field(rest: str) -> str | None:
    """«по добыче нефти и газа» when «по» opens a noun in the dative that names a field of work
    and the phrase runs to the clause's end; None otherwise."""
    field = _RU_FIELD.match(rest)
    if not field:
        return None
    head = field.group(1).split()[1].lower()
    # («активист по ч. 2 ст. 174»: an abbreviation, not a field)
    if len(head) < 4 or head in _RU_NOT_A_FIELD:
        return None
    if not any(
        p.tag.POS == "NOUN" and "datv" in p.tag.grammemes for p in names.morph().parse(head)
    ):
        return None
    return " ".join(field.group(1).split())


def _ru_workplace(context: str, end: int) -> str:
    """What the trade is of, after it: a company in quotes («ТОО «Павлодар Металл»»), a
    genitive noun with its adjectives before punctuation, a line's end, a preposition or the
    name («учитель истории», «слесаря медеплавильного завода», «студента третьего курса»),
    with what names it, or a workplace after «в»/«на»."""
    rest = context[end:]
    field = _ru_field(rest)
    if field:
        return " " + field
    channel = _RU_CHANNEL.match(rest)
    if channel:
        return " " + " ".join(channel.group(1).split())
    org = _ORGANISATION_AFTER.match(rest)
    if org and (org.group(1).isupper() or _genitive_phrase(org.group(1).lower().split())):
        return f" {org.group(1)} {org.group(2)}"
    stop = r"(?=[ \t]*(?:[,.;)]|\n|$)|\s+(?:из|в|на|с|и|—|по|к|за)\b|\s+[А-ЯЁ])"
    for pattern in (
        # «электрика местного горно-обогатительного комбината»: two adjectives, one noun
        rf"[ \t]+([а-яё-]+[ \t]+[а-яё-]+[ \t]+[а-яё-]{{3,}}){_RU_NAMED}{stop}",
        rf"[ \t]+([а-яё-]+[ \t]+[а-яё-]{{3,}}){_RU_NAMED}{stop}",
        rf"[ \t]+([а-яё-]{{3,}}){_RU_NAMED}{stop}",
    ):
        after = re.match(pattern, rest)
        if after and _genitive_phrase(after.group(1).split()):
            # «учителем истории в школе-гимназии № 7»: and where
            works = _RU_WORKS_IN.match(rest, after.end())
            return " " + " ".join((after.group() + (works.group() if works else "")).split())
    works = _RU_WORKS_IN.match(rest)
    return " " + " ".join(works.group(1).split()) if works else ""


def _genitive_phrase(words: list[str]) -> bool:
    """A thing in the genitive, with an adjective or not: «истории», «медеплавильного завода»,
    «шахты» (also read as a plural nominative), «товарно-сырьевой базы»."""
    nouns = names.morph().parse(words[-1])
    if not any(p.tag.POS == "NOUN" and {"inan", "gent"} <= set(p.tag.grammemes) for p in nouns) or (
        not (nouns[0].tag.POS == "NOUN" and "inan" in nouns[0].tag.grammemes)
    ):
        return False
    if any("Apro" in names.morph().parse(word)[0].tag.grammemes for word in words[:-1]):
        return False  # «актёра нашего театра»: whose, not which workplace
    # (a noun in the genitive may stand before the last one: «курьер службы доставки», a
    # service of delivery; not the first word of three, «школы второй курс», nor before
    # «имени», which the name after it goes on: «шахты имени Костенко»)
    return all(
        any(p.tag.POS == "ADJF" and "gent" in p.tag.grammemes for p in names.morph().parse(word))
        or (len(words) == 2 and words[-1] != "имени" and _genitive_noun(word))
        for word in words[:-1]
    )


def _genitive_noun(word: str) -> bool:
    """A thing in the genitive by the word's likeliest reading («службы»; not «по», which a
    reading as a noun would let through)."""
    best = names.morph().parse(word)[0]
    return best.tag.POS == "NOUN" and {"inan", "gent"} <= set(best.tag.grammemes)


#: An English trade in the plural right before a list of names ("the trial of oil workers
#: Yerbol T. and Marat K.", "journalists Aigerim X, Dana Y and ..."): said of each of them. The
#: word list writes each trade in the singular; its plural is read only before such a list.
_EN_NAMES_LIST = r"(?=(?-i:\s+[A-Z][a-z'-]+\s+[A-Z][\w'-]+(?:\s*,\s*|\s+and\s+)[A-Z]))"
EN_PLURAL_TRADES = [
    (re.compile(pattern[:-2] + r"s\b" + _EN_NAMES_LIST, re.IGNORECASE), canonical)
    for pattern, canonical in lexicon.OCCUPATIONS["en"]
    if re.search(r"[a-z]\\b$", pattern)
]
