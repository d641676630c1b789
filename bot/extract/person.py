"""The person of a case: the name in the nominative, other spellings, town and region (the
occupation is read in `occupation`); judges, prosecutors and lawyers named around them are told
apart here.

Invariant (town): where the text says the person lives or comes from wins; else the first town
named, not counting a statement's place of issue («Astana, 24 November 2026» on its own line)
when another town is named."""

from __future__ import annotations

import re

from bot.extract import lexicon, names, nominative, places
from bot.extract.blocks import (
    LANGUAGE_SPELLING,
    SPELLED,
    SPELLING_BRACKET,
    consonants,
    same_people,
)
from bot.extract.occupation import _occupation as _occupation
from bot.extract.record import Record
from db.places import Place, find_region

# --- the person ----------------------------------------------------------------------------------

_ALIAS_AFTER = re.compile(
    rf"^\s*\((?:also (?:spelled|written|known as)\s+|также\s+\w+\s+|a\.k\.a\.\s+|"
    # "(in his documents he is X)", «(по-казахски X)», «(құжаттарда — X)», «(по паспорту X)»
    rf"[^(){names.UPPER}]{{0,30}}?(?:documents?|passport|in (?:Kazakh|Russian)|spelled|"
    rf"документ\w*|паспорт\w*|по-казахски|по-русски|құжат\w*|төлқұжат\w*|қазақша|орысша)"
    # «(в документах суда — X)», "(in court documents he is X)": whose documents, too
    rf"(?:\s+(?:суда|следствия|сотының|сот|of the court))?"
    rf"(?:\s+(?:he|she)\s+is)?[\s:,—–-]+)?"
    rf"([{names.UPPER}][\w'’-]+(?:\s+[{names.UPPER}][\w'’-]+){{1,2}})\)"
)


def _record_spelling(name: str) -> str:
    """A name as the record writes it: a name all in capitals in a digest or a list's item
    ("MAKSAT ALIBEKOV", «ДАУРЕН СЕЙТКАЛИЕВ» the Russian and Kazakh readers already title-case)
    in title case; a surname alone set apart in capitals ("Dana ZHUNUSOVA", "SABANSHIYEV
    Yerkyn") stays as written, the source's way of telling which word is the surname, and so
    does a register's or a court paper's surname first ("KASSYMOV Dauren Maratovich",
    "Yesengeldiyev Almas Muratovich"): docs/labelling.md keeps English names as written."""
    words = name.split()
    if len(words) < 2 or not all(w.isupper() for w in words):
        return name
    return " ".join(names.title_case(w) for w in words)


def with_patronymic_told_apart(block: str, name: str, language: str) -> str:
    """The name with the patronymic the text gives apart from the surname: «Марат Искаков»,
    then «Марата Ерболовича задержали» (how Russian speaks of someone respected); the record
    names the person in full. (A Kazakh «Жандос Нұрланұлы» is as often the surname itself.)"""
    words = name.split()
    if len(words) != 2 or language != "ru" or names.PATRONYMIC.search(words[1]):
        return name  # («Светланы Александровны»: the given name and the patronymic already)
    given = names.given_lemma(words[0])[:4]
    for pair in _GIVEN_AND_PATRONYMIC.finditer(block):
        first, patronymic = pair.group(1), pair.group(2)
        if not names.PATRONYMIC.search(patronymic) or names.given_lemma(first)[:4] != given:
            continue
        if names.RU_PATRONYMIC_FORM.search(patronymic):
            return f"{words[0]} {nominative.ru_patronymic_nominative(patronymic)} {words[1]}"
    return name


#: A given name and a patronymic not followed by a surname («Марата Ерболовича задержали»).
_GIVEN_AND_PATRONYMIC = re.compile(
    rf"(?<![\w-])([{names.UPPER}][{names.LOWER}]+)[ \u00a0]+([{names.UPPER}][{names.LOWER}]+)"
    rf"(?![\w-])(?![ \u00a0]*[{names.UPPER}])"
)


def _initials_only(mention: names.Mention) -> bool:
    """«Е. Жумабаев», "B. K. Zhanabergenova": given names by their initials only."""
    return bool(mention.given) and all(re.fullmatch(r"\w{1,2}\.", w) for w in mention.given)


def _person(block: str, group: list[names.Mention], language: str, context: str) -> Record:
    with_given = [m for m in group if m.given] or group
    # the name in full where the text gives it, not a press release's initials
    with_given = [m for m in with_given if not _initials_only(m)] or with_given
    if language == "en":
        # an English text names the person in Latin letters where it can ("Mr. Dauren
        # Kassymbekov ... (in Cyrillic: Даурен Касымбеков)")
        latin = [m for m in with_given if all(w.isascii() for w in m.words)]
        with_given = latin or with_given
        display = [_record_spelling(m.text) for m in with_given]
        # the name in full where the text gives it: "Yerlan Bakytuly Tokhtarov (Kazakh: ...)"
        # after a headline's "Yerlan Tokhtarov" (a patronymic in the middle)
        fullest = max(
            range(len(with_given)),
            key=lambda i: (
                len(with_given[i].words) == 3 and names.is_patronymic(with_given[i].words[1]),
                -i,
            ),
        )
        name = display[fullest]
    else:
        # the words around this person's own mentions («учительницу Асель ... её мужа Тимура»)
        # (a table row's cells all tell of its person: «ФИО: САДЫКОВА Жибек | город: Шымкент |
        # род занятий: студентка»)
        reach = 90 if block.count(" | ") >= 2 else 30
        around = "\n".join(block[max(0, m.start - reach) : m.end + reach] for m in group)
        gender = (
            nominative.ru_patronymic_gender(group)
            or nominative.ru_surname_gender_of(group)
            or nominative.ru_gender_governed(block, group)
            or nominative.ru_gender_near(group, around)
            or nominative.ru_person_gender(group, context)
            if language == "ru"
            else None
        )
        best = max(with_given, key=lambda m: (len(m.words), -m.start))

        def in_nominative(m: names.Mention) -> str:
            if language == "ru":
                return nominative.ru_nominative(m, gender)
            return nominative.kk_nominative(m)

        name = with_patronymic_told_apart(block, in_nominative(best), language)
        display = [in_nominative(m) for m in with_given]
    words = set(name.casefold().split())
    aliases: list[str] = []
    for spelling in display:
        if not set(spelling.casefold().split()) <= words and not _another_given(spelling, name):
            aliases.append(spelling)
    for mention in group:
        match = _ALIAS_AFTER.match(block[mention.end :])
        if match:
            aliases.append(match.group(1))
        elif (other := _alias_in_brackets(block[mention.end :], name)) is not None:
            aliases.append(other)
        else:
            # «Інім Ерболат Бекжанұлы туралы жазып отырмын (құжаттарда — Ерболат Бекжанов)»:
            # a bracket a few words on that says it is how the documents spell the name
            later = re.match(r"(?:[^.!?()\n]|(?<=\d)\.(?=\d)){1,60}?(?=\()", block[mention.end :])
            if later:
                rest = block[mention.end + later.end() :]
                bracket = _BRACKET.match(rest)
                if bracket and _SPELLING_CUE.search(bracket.group(1)):
                    other = _alias_in_brackets(rest, name)
                    # («Мұрат Қалдыбаевты және ... Ерболат Тұрсынұлын (құжатта – Ерболат
                    # Турсынов)»: the bracket spells the name told last, not this one)
                    if other is not None and _same_given(other, name):
                        aliases.append(other)
    for mention in group:
        aliases += _bracket_spellings(block[mention.end :])
    # «Ануар Бейсенов (каз. Әнуар Сағынтайұлы Бейсенов; ...)»: the other language's spelling
    for spelled in LANGUAGE_SPELLING.finditer(block):
        other = " ".join(spelled.group("name").split())
        if nominative.surname_key(other.split()[-1], language) == nominative.surname_key(
            name.split()[-1], language
        ):
            aliases.append(other)
    # "the court found Serikkyzy (Aliya Serikova in her identity documents) guilty": the
    # documents' spelling after the surname said alone
    surname_key = nominative.surname_key(name.split()[-1], language)
    for bracket in SPELLING_BRACKET.finditer(block):
        if nominative.surname_key(bracket.group("name"), language) == surname_key:
            other = _alias_in_brackets(block[bracket.start("bracket") :], name)
            if other is not None:
                aliases.append(other)
    # "Family name: KASSYMBEKOV (in Cyrillic: Даурен Касымбеков)", «АЙДАНА БӨЛЕКБАЙҚЫЗЫНЫҢ
    # ІСІ\n(құжаттарда — Айдана Булекбаева; ...)»: a labelled spelling in a bracket further
    # on, of the same surname or the same given name
    for bracket in re.finditer(r"\(", block):
        for other in _bracket_spellings(block[bracket.start() :]):
            key = nominative.surname_key(other.split()[-1], language)
            if same_people({surname_key}, {key}) or (
                len(name.split()) > 1 and other.split()[0].casefold() == name.split()[0].casefold()
            ):
                aliases.append(other)
    if len(group) and language in SPELLED:
        # "Some papers spell him Baurzhan Zhanabayev", «В СМИ его пишут как Арсен Жакупов»,
        # «жеке куәлігінде аты-жөні Ержан Абилкасымов деп жазылған»
        told = [*re.finditer(SPELLED[language], block)]
        if language == "en":
            told += [*_EN_SPELLED_AS.finditer(block)]
        for match in told:
            other = match.group("name")
            # (the same person's: the given name the same, "Baurzhan" of "Bauyrzhan"; or the
            # surname first, as a court's database writes it: "Kasenova Madina")
            if names.looks_like_surname(other.split()[-1]) and (
                other[:3].casefold() == name[:3].casefold()
            ):
                aliases.append(other)
            elif names.looks_like_surname(other.split()[0]) and _same_words_reversed(other, name):
                aliases.append(other)
            elif _same_name_spelled_apart(other, name):
                aliases.append(other)  # "spelled Oleg Dudnyk", «Assel Zhumagulova деп жазылған»
    if language != "en":
        # «"Aidos Mamyrov and Svetlana Kovalchuk did nothing ..."», a foreign statement quoted:
        # the name in Latin letters, letter for letter
        aliases += [
            latin.group()
            for latin in _LATIN_NAME.finditer(block)
            if _same_name_spelled_apart(latin.group(), name, letter_for_letter=True)
        ]
    # "my brother Daulet Serikbayuly (in his documents he is Daulet SERIKBAYEV)": the name the
    # text uses is the name, the documents' spelling another
    used = _NAME_BEFORE_DOCUMENTS.search(block)
    while used is not None:
        inside = " ".join(used.group("inside").split())
        if (
            inside.casefold() == name.casefold()
            and used.group("name").casefold() != name.casefold()
        ):
            aliases.append(name)
            name = used.group("name")
            words = set(name.casefold().split())
            break
        used = _NAME_BEFORE_DOCUMENTS.search(block, used.end())
    # "(ZHUMABEK Ruslan)" after "Ruslan Zhumabek" is the same spelling, surname first
    aliases = list(
        {a.casefold(): a for a in aliases if not set(a.casefold().split()) <= words}.values()
    )
    surname, given = _split(name, language)
    city, region = _place(block, group, language)
    return {
        "name": name,
        "surname": surname,
        "given_names": given,
        "patronymic": None,
        "aliases": aliases,
        "region": region,
        "city": city,
        # filled by the caller (cases.extract_case), which knows where the others are named
        "occupation": None,
    }


#: Another spelling of the name in an English sentence: "whose name is spelled Temirlan
#: Ensebaev in court documents", "her name appears as "Kasenova Madina" in the court's
#: database", "he is listed as ...".
_EN_SPELLED_AS = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:spelled|spelt|listed|given)(?:\s+as)?|appears?\s+as|"
    # "in his identity documents and in the court papers he is Baurzhan Seitkaliyev"
    r"(?:documents?|papers|passport|records)\b[^.!?\n]{0,50}?\b(?:he|she)\s+is)\s+"
    rf"[\"“]?(?P<name>[{names.UPPER}][\w'’-]+\s+[{names.UPPER}][\w'’-]+)"
)


def _same_given(other: str, name: str) -> bool:
    """Whether two spellings begin with the same given name ("Baurzhan" of "Bauyrzhan")."""
    return other[:3].casefold() == name[:3].casefold()


def _same_words_reversed(other: str, name: str) -> bool:
    """The surname first ("Kasenova Madina" of "Madina Kassenova"): the two words the other way
    round, each beginning the same."""
    first, second = other.split(), name.split()
    return len(first) == 2 == len(second) and all(
        a[:3].casefold() == b[:3].casefold() for a, b in zip(first, reversed(second), strict=True)
    )


def _another_given(spelling: str, name: str) -> bool:
    """Whether a spelling of the same surname gives another given name in the same letters
    («Айгерим Оспанова» signing a letter about «Серик Оспанов»): a relative, no spelling."""
    words, own = spelling.split(), name.split()
    return (
        len(words) >= 2
        and len(own) >= 2
        and words[0].isascii() == own[0].isascii()
        and consonants(words[0].lower()) != consonants(own[0].lower())
        and not words[0].isupper()
        and not own[0].isupper()
    )


#: Two capitalised Latin words: a name in Latin letters.
_LATIN_NAME = re.compile(r"(?<![\w-])[A-Z][a-z'’-]+ [A-Z][a-z'’-]+(?![\w-])")


def _same_name_spelled_apart(other: str, name: str, letter_for_letter: bool = False) -> bool:
    """Whether a spelling the text tells is the name's: the same given name and a surname
    beginning the same ("Oleg Dudnyk" of "Oleg Dudnik"), or the name in the other alphabet
    ("Assel Zhumagulova" of «Әсел Жұмағұлова»): with `letter_for_letter`, both words so."""
    words, own = other.split(), name.split()
    if len(words) != 2 or len(own) < 2 or other.casefold() == name.casefold():
        return False
    if words[0].isascii() != own[0].isascii():
        given, surname = consonants(words[0].lower()), consonants(words[-1].lower())
        return (
            len(surname) >= 3
            and surname == consonants(own[-1].lower())
            and (given == consonants(own[0].lower()) or not letter_for_letter)
        )
    return (
        not letter_for_letter
        and words[0].casefold() == own[0].casefold()
        and words[-1][:3].casefold() == own[-1][:3].casefold()
    )


#: A name, then in brackets the documents' spelling of it.
_NAME_BEFORE_DOCUMENTS = re.compile(
    rf"(?P<name>[{names.UPPER}][{names.LOWER}'’-]+[ \u00a0]+[{names.UPPER}][{names.LOWER}'’-]+)"
    rf"\s*\([^()\n]{{0,40}}?(?:documents?|passport|документ\w*|паспорт\w*|құжат\w*|"
    rf"төлқұжат\w*)[^()\n]{{0,20}}?[\s:—–-]"
    rf"(?P<inside>[{names.UPPER}][\w'’-]+[ \u00a0]+[{names.UPPER}][\w'’-]+)\s*\)"
)
_BRACKET = re.compile(r"^\s*\(([^()]{3,80})\)")
_SPELLING_CUE = re.compile(
    r"documents?|passport|spelled|spelling|known as|also|документ|паспорт|также|иначе|"
    r"құжат|төлқұжат|паспорт|ID card|identity card|удостоверени|куәлі",
    re.IGNORECASE,
)
_NAME_WORDS = re.compile(rf"[{names.UPPER}][\w'’-]+(?:\s+[{names.UPPER}][\w'’-]+){{0,2}}")


#: What says a bracket's part is another spelling: a language or an alphabet ("Kazakh:",
#: «орыс.», «в латинице —», «пишет себя латиницей как»), "also spelled", «по документам».
_SPELLING_LABEL = re.compile(
    r"^(?:(?:in\s+)?(?:Kazakh|Russian|Cyrillic|Latin)(?:\s+(?:letters|script|spelling))?|"
    r"also\s+(?:spelled|spelt|written|known\s+as)|a\.k\.a\.|"
    r"орыс\.?|орысша|қаз\.?|қазақша|каз\.?|рус\.?|по-казахски|по-русски|"
    r"(?:[\w\s]{0,30}\s)?(?:латиниц\w*|кириллиц\w*)(?:\s+как)?|"
    # («құжаттары бойынша», «төлқұжатында»: by the documents, in the passport)
    r"(?:в|по)\s+(?:документ\w*|паспорт\w*)|(?:құжат|төлқұжат)\w*(?:\s+бойынша)?|"
    # («жеке куәлігінде», «в удостоверении личности»: in the identity card)
    r"(?:жеке\s+)?куәлі\w*|(?:в|по)\s+удостоверени\w*(?:\s+личности)?|"
    # "in official documents", "in his passport", "in court records"
    r"in\s+(?:(?:his|her|the|official|court|identity|court's)\s+){0,2}"
    r"(?:documents?|papers|passport|records|ID\s+card|identity\s+card))"
    r"[\s:.,—–-]*",
    re.IGNORECASE,
)
_SPELLING_NAME = re.compile(rf"([{names.UPPER}][\w'’-]+(?:\s+[{names.UPPER}][\w'’-]+){{1,2}})\s*$")


def _bracket_spellings(after: str) -> list[str]:
    """Other spellings told in a bracket right after the name, each part by its own label:
    "(Kazakh: Ерлан Бақытұлы Тоқтаров; also spelled Erlan Toktarov; born 4 January 1987)",
    «(орыс. Бекзат Сапаров; 1990 жылы ... туған)», «(Жандос Қайратұлы, в латинице — Zhandos
    Kairatuly)», «(в Instagram — @nursultan.abenov, пишет себя латиницей как Nursultan
    Abenov)»."""
    bracket = re.match(r"\s*\(([^()\n]{3,240})\)", after)
    if not bracket:
        return []
    found = []
    for part in re.split(r"[;,]", bracket.group(1)):
        label = _SPELLING_LABEL.match(part.strip())
        if not label or not label.group():
            continue
        name = _SPELLING_NAME.fullmatch(part.strip()[label.end() :])
        if not name:
            continue
        words = name.group(1).split()
        if len(words) == 3 and _PATRONYMIC.search(words[2]) and names.looks_like_surname(words[0]):
            # «Жумабаев Мейрамбек Токтарович», as documents write it: the record's order is
            # the given name, the patronymic, then the surname
            words = [*words[1:], words[0]]
        if names.looks_like_surname(words[-1]):
            found.append(" ".join(words))
    return found


_PATRONYMIC = re.compile(r"(?:ович|евич|овна|евна|ична|ұлы|қызы|uly|kyzy|ovich|evich|ovna|evna)$")


def _alias_in_brackets(after: str, name: str) -> str | None:
    """Another spelling in brackets after the name, whatever words go with it: "(who also
    signs his articles as Daniyar Koshkinbayuly)", "(Ербол Тасболатов in his documents)",
    «(по документам он Ермеков)» -> the given name with that surname. Towns, articles and
    roles in brackets are not names."""
    from bot.extract.places import find_town

    bracket = _BRACKET.match(after)
    if not bracket:
        return None
    for found in _NAME_WORDS.finditer(bracket.group(1)):
        words = found.group().split()
        if not names.looks_like_surname(words[-1]) or any(
            w.lower() in names.NOT_GIVEN or w in names.ACRONYMS or find_town(w) for w in words
        ):
            continue
        if _REGION_AFTER.match(bracket.group(1), found.end()):
            continue  # «(Рудный, Костанайская обл.)»: a region's adjective, no surname
        if len(words) == 1:
            given = name.split()[:-1]
            if not given:
                continue
            words = [*given, names.title_case(words[0])]
        return " ".join(words)
    return None


#: A region's word after an adjective: «Костанайская обл.», «Кызылординской области».
_REGION_AFTER = re.compile(r"\s*(?:обл\b|област|облыс|region\b|oblast\b)", re.IGNORECASE)


def _split(name: str, language: str) -> tuple[str | None, str | None]:
    words = name.split()
    # (an initial, «Т.» of «Т. К. Ахметжанов», is no surname in capitals)
    caps = [w for w in words if w.isupper() and len(w) > 1 and not w.endswith(".")]
    surname = caps[0] if caps else words[-1]
    given = " ".join(w for w in words if w is not surname) or None
    return (surname.capitalize() if surname.isupper() else surname), given


def _place(block: str, group: list[names.Mention], language: str) -> tuple[str | None, str | None]:
    town: places.Town | None = None
    lives = places.residence(block, [m.start for m in group], language)
    if lives is not None:
        town = lives[1]
    elif language == "ru":
        town = _ru_town_of_person(block)
    elif language == "en":
        town = _town_described(block, group)
    for match in lexicon.ORIGIN[language].finditer(block if town is None else ""):
        word = next(g for g in match.groups() if g)
        # «қоғамдық» is an adjective too, but no village: only towns take that form here.
        adjective = language == "kk" and match.group(1) is not None
        if not adjective and not word[:1].isupper():
            continue  # «переслано из канала ...»: a town is written with a capital
        town = places.find_town(word, villages=not adjective)
        if town is not None:
            town = places.in_regions_named(town, block)
            break
    if town is None:
        named = [(m.start, m.end) for m in group] + [
            (m.start, m.end)
            for m in names.find_mentions(block) + names.find_title_mentions(block)
            if m.given
        ]
        placed = [
            (position, t)
            for position, t in places.towns_in(block)
            # (a given name that is also a town's: «Нурсултан ЖОЛДАСОВ (Аральск, ...)»)
            if not any(a <= position < b for a, b in named)
            and _capitalised_or_adjective(block, position)
            and not _REGIONAL_COURT.match(block[position : position + 60])
            and not _REGION_NAMED.match(block[position : position + 60])
            and not _STREET_OR_REGION_BEFORE.search(block[max(0, position - 20) : position])
            and not _STREET_AFTER.match(block, position)
            # («ТҮРКІСТАН ТВ», «Павлодар белсенділері»: an outlet's or a channel's name)
            and not (
                block[max(0, position - 1) : position] in ("«", '"')
                and _QUOTED_REST.match(block, position)
            )
        ]
        if language == "en":
            # "The Yesil district court in Astana": a district named like a town, the town
            # named after its court
            towns = [(p, t) for p, t in placed if not _DISTRICT_COURT_IN.match(block[p : p + 80])]
            # "the banned Alga Kazakhstan party", "the Taraz Voice page": a town's name that
            # begins another name
            towns = [(p, t) for p, t in towns if not _BEGINS_A_NAME.match(block, p)] or towns
            placed = towns or placed
        placed = _on_the_persons_lines(block, group, placed)
        issued = _issued_in(block)
        # "Astana, 24 November 2026" over an EU statement: where it was issued, not the
        # person's town, when the text names another
        filed = _filed_in(block)
        if issued is None and sum(t.place == filed for _, t in placed) == 1:
            # «ҚАРАҒАНДЫ, 3 қараша. Теміртау қалалық соты ...»: filed there, named nowhere else
            # (not «Шымкент, 9 октября 2025 года. В Абайском районном суде Шымкента ...»)
            issued = filed
        elsewhere = [t for _, t in placed if t.place != issued]
        # («КАРАГАНДА, 3 ноября. Темиртауский городской суд ...»: the court's town before the
        # dateline's, when the text names no other)
        town = (
            next(iter(elsewhere), None)
            or _town_of_court(block, language)
            or next((t for _, t in placed), None)
        )
    lives_in_region = None if lives is not None else _region_lived_in(block, language)
    if lives_in_region is not None and town is not None and town.region != lives_in_region:
        town = (
            None  # «Түркістан облысының тұрғыны», tried in Shymkent: the court's town is not hers
        )
    region = places.find_region_mention(block) or lives_in_region or (town.region if town else None)
    if region is None:
        # «Бурабайский районный суд Акмолинской области»: the region named outright.
        for match in _REGION_NAMED.finditer(block):
            region = find_region(match.group())
            if region is not None:
                break
    return (town.name(language) if town else None), region


def _on_the_persons_lines(
    block: str, group: list[names.Mention], placed: list[tuple[int, places.Town]]
) -> list[tuple[int, places.Town]]:
    """The towns named on the lines that name the person, when other lines name other towns:
    a digest's item "2.1. Oразбаева Самал (Қызылорда)" under an opening paragraph on the
    quarter's fines in Zhanaozen is of Kyzylorda. A text whose lines name the person nowhere
    near a town keeps all its towns."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", block)]
    own = [(lo, hi) for lo, hi in lines if any(lo <= m.start < hi for m in group)]
    mine = [
        (p, t)
        for p, t in placed
        if any(lo <= p < hi for lo, hi in own)
        # (not a district's name, "his home in the Karatau district", «района Алматы города
        # Астаны», nor a party's or an outlet's in quotes, «Алга, Казахстан!»)
        and not _A_DISTRICT_AFTER.match(block, p)
        and not _A_DISTRICT_BEFORE.search(block[max(0, p - 12) : p])
        and block[max(0, p - 1) : p] not in ("«", '"', "“")
    ]
    return mine or placed


_A_DISTRICT_AFTER = re.compile(r"\S+\s+(?:district|район\w*|аудан\w*)\b", re.IGNORECASE)
_A_DISTRICT_BEFORE = re.compile(r"\b(?:район\w*|district\s+of)\s+$", re.IGNORECASE)


#: A word that names a street or a region with its name after it, not a town: «ул. Абая»,
#: «проспект Назарбаева», «области Абай» (a region named since 2022), "region of Abai".
_STREET_OR_REGION_BEFORE = re.compile(
    r"(?:\b(?:ул|пр|просп|пер|мкр|бул)\.|\b(?:улиц|проспект|переул|бульвар|област)\w*|"
    r"\b(?:street|avenue|region|oblast)\s+of)\s*$",
    re.IGNORECASE,
)
#: A street named by a town's or a person's name: "Abai Avenue", «Абай даңғылы», «Абай
#: көшесі», "Tole Bi street".
_STREET_AFTER = re.compile(
    r"\S+\s+(?:street|st\.|avenue|ave\.|prospekt|көшесі\w*|даңғылы\w*)", re.IGNORECASE
)


#: The description that follows a person's name in English: "Vitaliy SOROKIN, 52, of
#: Ekibastuz", "Madina Kassenova, 34, a history teacher at an Almaty school", "Asel Nurpeisova
#: is a 31-year-old nurse at the regional hospital in Kyzylorda" (up to the sentence's end or a
#: bracket).
_EN_DESCRIPTION = re.compile(
    r"(?:,\s*(?:aged\s+)?\d{1,3},?|\s+(?:is|was))?\s*,?\s*(of\s+[A-Z]|(?:a|an)\s)[^.;()\n]{0,160}"
)
_TOWN_OF_A_COURT = re.compile(
    r"\S+\s+(?:city|town|district|regional|inter-?district)\s+court\b", re.I
)


def _town_described(block: str, group: list[names.Mention]) -> places.Town | None:
    """The town in the description that follows the person's name (the first such telling):
    where they are from, or where they work ("a teacher at an Almaty school"): a person's own
    town, before a town the story names for someone else ("another teacher from Taraz", "our
    parents from Zhalagash"). Not a court's town, nor a region's."""
    for mention in sorted(group, key=lambda m: m.start):
        described = _EN_DESCRIPTION.match(block, mention.end)
        if described is None:
            continue
        for offset, town in places.towns_in(described.group()):
            rest = described.group()[offset:]
            # (not "who chairs the Temir Zhol Birligi union": a town's name opening another's)
            if rest[:1].isupper() and not (
                _TOWN_OF_A_COURT.match(rest)
                or _REGION_NAMED.match(rest)
                or _BEGINS_A_NAME.match(rest)
            ):
                return town
    return None


#: A statement's heading line: a town, a comma and a date, nothing else ("Astana, 24 November
#: 2026", «Алматы, 15 мая 2025 года»).
_ISSUED_LINE = re.compile(
    # («г. Астана, 25 ноября 2026 года, 15 часов»: a transcript's place and hour)
    r"^[ \t]*(?:г\.[ \t]*)?([^\W\d_][\w-]*(?:[ -][^\W\d_][\w-]*)?),[ \t]+([^\n]{6,40})$",
    re.M,
)
#: An hour after the date of issue: ", 15 часов", ", 10:00".
_HOUR_AFTER = re.compile(r"[\s,]*(?:\d{1,2}(?::\d{2})?[ \t]*(?:час\w*|сағат\w*|h)?)?[\s.]*")
#: A wire dateline opening a paragraph, the story running on after a dash: "ALMATY, 3 May
#: 2026 — ...", «АСТАНА, 2026 жылғы 25 қараша – ...», «КОСТАНАЙ, 5 июня 2026 г. -- ...».
_DATELINE_OPENING = re.compile(
    r"^[ \t]*([^\W\d_][\w-]*(?:[ -][^\W\d_][\w-]*)?),[ \t]+([^\n]{4,40}?)[ \t]+(?:[–—]|--?)[ \t]",
    re.M,
)
#: The same closed by a point, the story going on in the next sentence of the line:
#: «ҚАРАҒАНДЫ, 3 қараша. Теміртау қалалық соты ...», «Караганда, 3 ноября 2026 года. ...».
_DATELINE_POINT = re.compile(
    r"^[ \t]*([^\W\d_][\w-]*(?:[ -][^\W\d_][\w-]*)?),[ \t]+([^\n]{4,40}?)\.[ \t]", re.M
)


def _issued_in(block: str, openings: tuple[re.Pattern[str], ...] = ()) -> Place | None:
    """The town a statement says it was issued in, on a line of its own with the date near the
    top or opening a paragraph as a wire dateline (a place of issue is the writer's: the
    person's town is told in the text); with `openings`, only where those open a line."""
    from bot.extract.values import find_dates

    head = "\n".join(block.lstrip().splitlines()[:6])
    found = openings or (_ISSUED_LINE, _DATELINE_OPENING)
    for match in [m for pattern in found for m in pattern.finditer(head)]:
        dates = find_dates(match.group(2))
        if not dates or (
            len(match.group(2).strip()) - (dates[0].end - dates[0].start) > 6
            and not _HOUR_AFTER.fullmatch(match.group(2)[dates[0].end :])
        ):
            continue
        town = places.find_town(match.group(1))
        if town is not None:
            return town.place
    return None


def _filed_in(block: str) -> Place | None:
    """The town of a dateline closed by a point, its story on the same line («КАРАГАНДА, 3
    ноября. Темиртауский городской суд ...»): where the item was filed, the person's town only
    when the text names it again."""
    return _issued_in(block, (_DATELINE_POINT,))


#: A resident of a region, no town said: "a resident of Turkistan region", «жительница
#: Алматинской области», «Түркістан облысының тұрғыны».
_REGION_LIVED_IN = {
    "en": re.compile(r"\bresident\s+of\s+(?:the\s+)?(\S+\s+(?:region|oblast))\b", re.I),
    "ru": re.compile(r"\bжител(?:ь|я|ю|ем|е|ьниц\w*)\s+(\S+\s+област\w*)", re.I),
    "kk": re.compile(r"(\S+\s+облысы\w*)\s+тұрғын\w*", re.I),
}


def _region_lived_in(block: str, language: str) -> str | None:
    match = _REGION_LIVED_IN[language].search(block)
    return find_region(match.group(1)) if match else None


#: "Akmola region", «Акмолинской области», «Ақмола облысы»: a region (not the old town name
#: Akmolinsk that the adjective also reads as).
_REGION_NAMED = re.compile(r"\S+\s+(?:region|oblast|област\w*|облыс\w*)\b", re.IGNORECASE)
#: "Yesil district court in Astana": the court of a district, in the town named after it.
_DISTRICT_COURT_IN = re.compile(
    r"\S+\s+district\s+court\s+(?:in|of)\s+(?:the\s+(?:capital|city|town)\s*,?\s+(?:of\s+)?)?"
    r"(?-i:[A-Z])",
    re.IGNORECASE,
)
#: A word opening a quoted name that runs on after it: «ТҮРКІСТАН ТВ», "Pavlodar Inside".
_QUOTED_REST = re.compile(r"[\w'-]+[ \t]+[^«»\"\n]{1,40}[»\"]")
#: A capitalised word followed by another that is not a court's or a region's word.
_BEGINS_A_NAME = re.compile(
    r"[A-Z][\w'-]*[ \t]+(?!(?:City|Town|Region|Regional|Oblast|District|Court|Province|"
    r"Municipal|Inter-?district|Specialised|Specialized)\b)[A-Z]"
)
#: "Karaganda regional court", «Карагандинского областного суда»: a region, not a town.
_REGIONAL_COURT = re.compile(
    r"\S+\s+(?:regional|областн\w*|облыстық)\s+(?:court|суд|сот)", re.IGNORECASE
)


#: «балхашскому профсоюзному активисту», «темиртауская журналистка»: the town's adjective
#: before who the person is (not before a court: «Балхашского городского суда»).
_RU_TOWN_ADJECTIVE = re.compile(
    r"(?<![\w-])([А-ЯЁа-яё][а-яё-]+?)(?:ский|ского|скому|ским|ском|ская|ской|скую)\s+"
    r"(?:[а-яё]+\s+)?(?=(?:активист|журналист|блогер|правозащитни|пенсионер|учител|нефтяник|"
    r"шахт[её]р|предпринимател|поэт|имам|фермер|студент|жител|врач|инженер)\w*)",
    re.IGNORECASE,
)


def _ru_town_of_person(block: str) -> places.Town | None:
    for match in _RU_TOWN_ADJECTIVE.finditer(block):
        stem = match.group(1).capitalize()
        for candidate in (stem + "ск", stem, stem + "а", stem[:-1] + "а", stem[:-1]):
            town = places.find_town(candidate)
            if town is not None:
                return town
    return None


def _town_of_court(block: str, language: str) -> places.Town | None:
    """«Темиртауский городской суд» -> Темиртау, «Уральский» -> Уральск: the town a Russian
    court's adjective is made from, when nothing else names a town; «Қордай аудандық соты» ->
    the district's village of that name."""
    if language == "kk":
        for match in re.finditer(
            r"(?<![\w-])([А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+)\s+(?:аудандық|қалалық)\s+сот", block
        ):
            town = places.find_town(match.group(1), villages=True)
            if town is not None:
                return town
        return None
    if language != "ru":
        return None
    for match in re.finditer(
        r"([А-ЯЁ][а-яё-]+?)(?:ский|ского|скому|ским|ском)\s+(?:городск|районн)", block
    ):
        stem = match.group(1)
        for candidate in (stem + "ск", stem, stem + "а", stem[:-1] + "а", stem[:-1]):
            town = places.find_town(candidate)
            if town is not None:
                return town
    return None


def _capitalised_or_adjective(block: str, position: int) -> bool:
    word = re.match(r"\S+", block[position:])
    text = word.group() if word else ""
    return text[:1].isupper() or bool(re.search(r"(?:лық|лік|дық|дік|тық|тік)$", text))
