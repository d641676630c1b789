"""Names in the nominative, and what tells a person's gender: the grammar behind `names`.

`names` finds who a text names; this module turns each mention into the form the record keeps.
Russian: by the surname's ending and the gender (pymorphy3 for given names and patronymics, the
surname's case and the words around it for the gender), so «Айгерим САПАРОВОЙ» is «Айгерим
Сапарова»; Kazakh: by removing the case suffix that follows a surname's ending («Ерболат
ҚАЛИЕВКЕ» is «Ерболат Қалиев»). `surname_key` gives every form of one surname in a text the same
key, which is how a text's mentions are grouped into people. Nothing here finds names: every
function takes a mention (or a word) already found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.extract.names import PATRONYMIC, RU_SURNAME, Mention, morph, title_case

#: Cases a Russian -ov/-in surname's ending allows, by gender.
_RU_CASES = {
    ("masc", ""): {"nomn"},
    ("masc", "а"): {"gent", "accs"},
    ("masc", "у"): {"datv"},
    ("masc", "ым"): {"ablt"},
    ("masc", "е"): {"loct"},
    ("femn", "а"): {"nomn"},
    ("femn", "ой"): {"gent", "datv", "ablt", "loct"},
    ("femn", "у"): {"accs"},
}


def ru_surname_gender(surname: str) -> str | None:
    """The gender a surname form shows by itself, if it does ('-ов', '-овым': masculine)."""
    match = RU_SURNAME.match(surname)
    if not match:
        return None
    ending = match.group("ending").lower()
    if ending in ("", "ым", "е"):
        return "masc"
    if ending == "ой":
        return "femn"
    return None


def ru_surname_gender_by_case(surname: str, case: str | None) -> str | None:
    """The gender of an '-ova'/'-ovu' form once its grammatical case is known."""
    match = RU_SURNAME.match(surname)
    if not match or case is None:
        return None
    ending = match.group("ending").lower()
    for (gender, form), cases in _RU_CASES.items():
        if form == ending and case in cases:
            return gender
    return None


def ru_nominative(mention: Mention, gender: str | None) -> str:
    """The name in the nominative, the patronymic too («Олега Викторовича КРАВЧЕНКО» ->
    «Олег Викторович Кравченко»)."""
    words = _ru_nominative(mention, gender).split(" ")
    return " ".join(ru_patronymic_nominative(w) for w in words)


_OBLIQUE_PATRONYMIC = re.compile(r"^(?P<stem>.+?(?:ович|евич|овн|евн|ичн))(?P<ending>\w*)$", re.I)


def ru_patronymic_nominative(word: str) -> str:
    """«Викторовича», «Викторовичу» -> «Викторович»; «Ерлановны», «Ерлановной» -> «Ерлановна»;
    any other word as it is."""
    match = _OBLIQUE_PATRONYMIC.match(word)
    if not match or not PATRONYMIC.search(word):
        return word
    stem = match.group("stem")
    return stem if stem.lower().endswith(("ович", "евич")) else stem + "а"


def _ru_nominative(mention: Mention, gender: str | None) -> str:
    surname = mention.surname
    match = RU_SURNAME.match(surname)
    cases: set[str] = {"nomn"}
    if match and gender:
        stem, ending = match.group("stem"), match.group("ending").lower()
        cases = _RU_CASES.get((gender, ending), {"nomn"})
        surname = title_case(stem) + ("а" if gender == "femn" else "")
    elif not match and gender == "masc":
        # A surname that does not decline («Серикболу ОРАЗАЛЫ»): the given name shows the case;
        # only a man's unambiguous dative or instrumental ending is read («-у», «-ом»).
        given = [_ru_given_before_indeclinable(w) for w in mention.given]
        return " ".join(
            [*(title_case(w) for w in given), title_case(_ru_consonant_surname(mention))]
        )
    elif not match and gender == "femn":
        # «блогершу Наталью КИМ»: a woman's given name the dictionary knows, in any case
        given = []
        for word in mention.given:
            known = sorted(
                (
                    p
                    for p in morph().parse(word.lower())
                    if {"Name", "femn", "sing"} <= set(p.tag.grammemes) and p.is_known
                ),
                # «Алию»: the accusative of «Алия» before a rare indeclinable «Алию»
                key=lambda p: "Fixd" in p.tag.grammemes,
            )
            given.append(str(known[0].normal_form).capitalize() if known else title_case(word))
        return " ".join([*given, title_case(surname)])
    given = [ru_given(word, gender, cases) for word in mention.given]
    return " ".join([*given, title_case(surname)])


#: A man's surname ending in a consonant takes a noun's endings («Ковальчук»: «Ковальчука»,
#: «Ковальчуку», «Ковальчуком»), by the case the given name before it shows.
_CONSONANT_SURNAME_ENDING = {
    "gent": r"(?<=[бвгджзклмнпрстфхцчшщ])а$",
    "accs": r"(?<=[бвгджзклмнпрстфхцчшщ])а$",
    "datv": r"(?<=[бвгджзклмнпрстфхцчшщ])у$",
    "ablt": r"(?<=[бвгджзклмнпрстфхцчшщ])ом$",
}


#: A man's surname ending in «-й» after a vowel («Цой»: «Цоя», «Цою», «Цоем»).
_SOFT_SURNAME_ENDING = {
    "gent": r"(?<=[аеоуы])я$",
    "accs": r"(?<=[аеоуы])я$",
    "datv": r"(?<=[аеоуы])ю$",
    "ablt": r"(?<=[аеоуы])ем$",
}


def _ru_consonant_surname(mention: Mention) -> str:
    """«Дениса Ковальчука» -> «Ковальчук»: where the given name is a man's in an oblique case
    (and not its own nominative), the surname's noun ending goes too."""
    if not mention.given:
        return mention.surname
    word = mention.given[0]
    cases = {
        str(p.tag.case)
        for p in morph().parse(word.lower())
        if {"Name", "masc"} <= set(p.tag.grammemes) and p.is_known and p.tag.case != "nomn"
    }
    if len(cases - {"gent", "accs"}) > 1 or not cases:
        return mention.surname
    for case in ("gent", "accs", "datv", "ablt"):
        if case in cases:
            stripped = re.sub(_CONSONANT_SURNAME_ENDING[case], "", mention.surname, flags=re.I)
            if stripped != mention.surname:
                return stripped
            # «Цоя», «Цою», «Цоем» -> «Цой»
            soft = re.sub(_SOFT_SURNAME_ENDING[case], "й", mention.surname, flags=re.I)
            if soft != mention.surname:
                return soft
    return mention.surname


def _ru_given_before_indeclinable(word: str) -> str:
    """A man's given name next to a surname that does not decline («КОВАЛЕНКО Дмитрия»,
    «Серикболу ОРАЗАЛЫ»): a name the dictionary knows only in an oblique case, or an unknown
    one with an unambiguous dative or instrumental ending."""
    oblique = {"gent", "datv", "accs", "ablt", "loct"}
    names = [p for p in morph().parse(word.lower()) if "Name" in p.tag.grammemes]
    masculine = [p for p in names if "masc" in p.tag.grammemes]  # the person is a man
    if masculine and all(oblique & set(p.tag.grammemes) for p in masculine):
        return _e_as_written(str(masculine[0].normal_form).capitalize(), word)
    if not names and re.search(r"[бвгджзклмнпрстфхцчшщ](?:у|ом)$", word):
        return ru_given(word, "masc", {"datv", "ablt"})
    return word


def _e_as_written(nominative: str, word: str) -> str:
    """The dictionary's nominative with «е» where the text writes «е» for «ё» («Артема» ->
    «Артем», as the text spells him, not the dictionary's «Артём»)."""
    if "ё" in word.lower() or "ё" not in nominative.lower():
        return nominative
    return nominative.replace("ё", "е").replace("Ё", "Е")


def ru_given(word: str, gender: str | None, cases: set[str]) -> str:
    if cases == {"nomn"} or gender is None:
        return title_case(word)
    parses = morph().parse(word.lower())
    for wanted in ({"Name"}, {"Patr"}):
        for parse in parses:
            grammemes = set(parse.tag.grammemes)
            if (
                wanted & grammemes
                and gender in grammemes
                and cases & grammemes
                and "Fixd" not in grammemes
                and "sing" in grammemes
            ):
                if "Patr" in grammemes:
                    # the dictionary's lemma of «Ермековны» is the man's «Ермекович»
                    nominative = parse.inflect({"nomn", "sing"})
                    if nominative is not None:
                        return _e_as_written(str(nominative.word).capitalize(), word)
                return _e_as_written(str(parse.normal_form).capitalize(), word)
    return title_case(_ru_given_by_ending(word, gender, cases))


#: Endings of a given name the dictionary does not know, by gender and case, and the nominative
#: ending they replace («Алие» -> «Алия», «Дархана» -> «Дархан», «Гульмире» -> «Гульмира»).
_GIVEN_ENDINGS: dict[str, list[tuple[set[str], str, str]]] = {
    "masc": [
        ({"gent", "accs"}, "я", "й"),
        ({"gent", "accs"}, "а", ""),
        ({"datv"}, "ю", "й"),
        ({"datv"}, "у", ""),
        ({"ablt"}, "ом", ""),
        ({"ablt"}, "ем", "й"),
        ({"loct"}, "е", ""),
    ],
    "femn": [
        ({"gent", "datv", "loct"}, "ии", "ия"),
        ({"datv", "loct"}, "ие", "ия"),
        ({"datv", "loct"}, "е", "а"),
        ({"gent"}, "ы", "а"),
        ({"accs"}, "ию", "ия"),
        ({"accs"}, "у", "а"),
        ({"ablt"}, "ой", "а"),
        ({"ablt"}, "ей", "я"),
    ],
}


def _ru_given_by_ending(word: str, gender: str, cases: set[str]) -> str:
    lower = word.lower()
    for forms, ending, nominative in _GIVEN_ENDINGS.get(gender, []):
        if forms & cases and lower.endswith(ending) and len(lower) - len(ending) >= 2:
            stem = word[: len(word) - len(ending)]
            return stem + (nominative.upper() if word.isupper() else nominative)
    return word


_KK_SURNAME_END = r"(?:ов|ев|ин|ова|ева|ина|ұлы|улы|қызы|кызы|бай|бек)"
_KK_SUFFIX = re.compile(
    # a family named in the plural: «ағайынды Мирас пен Даулет ҚҰРМАНҒАЗИНДЕРГЕ»
    rf"^(?P<stem>.+?{_KK_SURNAME_END})(?:(?:дар|дер|тар|тер|лар|лер)(?:ға|ге|ды|ді|дың|дің)?"
    r"|ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|ны|ні|ды|ді|ты|ті"
    # -ұлы/-қызы are possessive: «Нұрланқызына», «Нұрланқызынан», «Серікұлында»
    rf"|нан|нен|дан|ден|тан|тен|мен|бен|пен|да|де|та|те|на|не|нда|нде|н)$",
    re.IGNORECASE,
)


#: A case suffix after a surname ending in a vowel (Мұхаметқали-ға, Әбдірахманқызы-ның).
_KK_VOWEL_SUFFIX = re.compile(
    r"^(?P<stem>.{4,}[аәеиоөұүыіэюя])(?:ның|нің|ға|ге|ны|ні|нан|нен|мен|да|де)$", re.IGNORECASE
)


#: A case suffix after a surname ending in another consonant (МАМАЙ-ға, ОСПАН-ды, ЖАНАТ-қа):
#: the suffix's first letter follows the stem's last sound.
_KK_CONSONANT_SUFFIX = re.compile(
    # (a short surname too: «КИМГЕ», «ЛИДІҢ» is not matched, «ПАКҚА» is)
    r"^(?P<stem>.{2,}[йлрмнңуюжз])(?:ға|ге|ды|ді|дың|дің|дан|ден|мен|бен)$"
    r"|^(?P<stem2>.{3,}[кқпстшфхцч])(?:қа|ке|ты|ті|тың|тің|тан|тен|пен)$",
    re.IGNORECASE,
)


#: Kazakh names that end like a case suffix but are nominative: «Тілеуберді», «Құдайберді»,
#: «Жанберді» («-берді», "gave"), not the accusative of «Тілеубер».
_KK_NAME_LIKE_SUFFIX = re.compile(r"берді$", re.IGNORECASE)


def kk_stem(word: str) -> str:
    """A Kazakh surname without its case suffix."""
    if _KK_NAME_LIKE_SUFFIX.search(word):
        return word
    match = _KK_SUFFIX.match(word) or _KK_VOWEL_SUFFIX.match(word)
    if match:
        return match.group("stem")
    other = _KK_CONSONANT_SUFFIX.match(word)
    if other and word.isupper():  # only a surname in capitals: «МАМАЙҒА», not a given name
        return other.group("stem") or other.group("stem2")
    return word


#: A case suffix on a given name or a patronymic that ends a surname-first name («ЕРМЕКОВ
#: Санжардың», «ТӘЖІБАЕВА Әйгерім Болатқызының»): the suffix goes on the name's last word.
_KK_GIVEN_SUFFIX = re.compile(
    r"^(?P<stem>.{3,}?)(?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|ды|ді|ты|ті|ны|ні)$", re.IGNORECASE
)


def _kk_last_word(word: str) -> str:
    if PATRONYMIC.search(kk_stem(word)):
        return kk_stem(word)
    found = _KK_GIVEN_SUFFIX.match(word)
    return found.group("stem") if found and not _KK_NAME_LIKE_SUFFIX.search(word) else word


def kk_nominative(mention: Mention) -> str:
    words = []
    last = len(mention.words) - 1
    for index, word in enumerate(mention.words):
        if index == mention.surname_index:
            word = kk_stem(word)
        elif index == last and mention.surname_index == 0 and index > 0:
            word = _kk_last_word(word)
        words.append(title_case(word))
    surname = words.pop(mention.surname_index)
    return " ".join([*words, surname])


def surname_key(word: str, language: str) -> str:
    """A key shared by every form of one surname in a text ('САПАРОВОЙ', 'САПАРОВУ')."""
    folded = word.casefold()
    if language == "kk":
        # a surname in capitals may drop a suffix after any consonant («КИМГЕ», «МАМАЙҒА»)
        folded = kk_stem(word).casefold() if word.isupper() else kk_stem(folded)
    if language in ("ru", "kk"):
        match = RU_SURNAME.match(folded) or _ADJECTIVAL_SURNAME.match(folded)
        if match:
            folded = match.group("stem")
        elif language == "ru":
            # a short surname declined as a noun («Ким», «Кима», «Киму», «Кимом»; «Пака»)
            folded = _SHORT_DECLINED.sub(r"\g<stem>", folded)
    if language == "ru":
        # a Russian text may write one surname in both alphabets' letters («Жандосу Кайратулы
        # (Жандос Қайратұлы, ...)»)
        folded = folded.translate(_KAZAKH_AS_RUSSIAN)
    return folded


#: A surname declined as an adjective («Лозовая», «Лозовой», «Лозовую»; «Петровская»,
#: «Петровского»): every form shares the stem before the adjective's ending.
_ADJECTIVAL_SURNAME = re.compile(
    r"^(?P<stem>[а-яёәғқңөұүһі-]{2,}(?:ов|ев|ёв|ин|ск|цк))(?:ая|ую|ой|ий|ый|ого|ому|ым|им|ом)$"
)


#: A surname of one syllable closed by a consonant («Ким», «Пак», «Хан», «Тен») with a noun's
#: case ending: its forms share the key of its nominative.
_SHORT_DECLINED = re.compile(r"^(?P<stem>[а-яё]{1,2}[бвгджзклмнпрстфхцчшщ])(?:а|у|ом|е)$")


_KAZAKH_AS_RUSSIAN = str.maketrans("әғқңөұүһі", "агкноуухи")


def group_by_surname(mentions: Iterable[Mention], language: str) -> dict[str, list[Mention]]:
    groups: dict[str, list[Mention]] = {}
    for mention in mentions:
        groups.setdefault(surname_key(mention.surname, language), []).append(mention)
    return groups


_FEMININE_CONTEXT = re.compile(
    r"\b(?:активистк\w*|участниц\w*|журналистк\w*|правозащитниц\w*|блогерш\w*|осуждена|"
    r"задержана|освобождена|приговорена|оштрафована|арестована|пенсионерк\w*|обвиняемой|она|её|"
    r"ее|ей)\b",
    re.IGNORECASE,
)
_MASCULINE_CONTEXT = re.compile(
    r"\b(?:активист|активиста|активисту|активистом|участник|участника|участнику|журналист|"
    r"журналиста|правозащитника?|осуждён|осужден|задержан|освобождён|освобожден|"
    r"приговорён|оштрафован|арестован|пенсионера?|блогера|блогеру|блогером|он|его|ему)\b",
    re.IGNORECASE,
)


def ru_person_gender(mentions: list[Mention], context: str) -> str | None:
    votes = {"masc": 0, "femn": 0}
    for mention in mentions:
        gender = ru_surname_gender(mention.surname)
        if gender:
            votes[gender] += 2
        for word in mention.given:
            genders = {
                g
                for p in morph().parse(word.lower())
                if "Name" in p.tag.grammemes
                for g in ("masc", "femn")
                if g in p.tag.grammemes
            }
            if len(genders) == 1:
                votes[genders.pop()] += 1
        for word in mention.given:
            if re.search(r"(?:овна|евна|ична|инична|қызы|кызы)$", word, re.IGNORECASE):
                votes["femn"] += 3  # «Сауле Кайратовна»: the patronymic tells
            elif re.search(r"(?:ович|евич|ич|ұлы|улы)$", word, re.IGNORECASE):
                votes["masc"] += 3
    votes["femn"] += len(_FEMININE_CONTEXT.findall(context))
    votes["masc"] += len(_MASCULINE_CONTEXT.findall(context))
    if votes["masc"] == votes["femn"]:
        return None
    return "masc" if votes["masc"] > votes["femn"] else "femn"


def ru_patronymic_gender(mentions: list[Mention]) -> str | None:
    """A man or a woman by the patronymic written with the name: «Ерланулы», «Викторовича»
    (a son), «Ерлановны», «Серікқызы» (a daughter)."""
    for mention in mentions:
        for word in mention.given:
            lower = word.lower()
            if re.search(r"(?:ович|евич)\w{0,2}$|[ұу]лы$", lower):
                return "masc"
            if re.search(r"(?:овн|евн|ичн)\w{1,2}$|[қк]ызы$", lower):
                return "femn"
    return None


def ru_surname_gender_of(mentions: list[Mention]) -> str | None:
    """The gender the surname's own forms show («САПАРОВОЙ», «ИСКАКОВЫМ»), when they agree."""
    genders = {g for m in mentions if (g := ru_surname_gender(m.surname))}
    return genders.pop() if len(genders) == 1 else None


def ru_gender_near(mentions: list[Mention], around: str) -> str | None:
    """The gender the words right around a person's name show: a noun for a person
    («учительницу Аружан», «предпринимателя Тимура») or a patronymic, by the dictionary."""
    votes = {"masc": 0, "femn": 0}
    for word in re.findall(r"[а-яёА-ЯЁ]+", around):
        if word.isupper():
            continue
        parses = morph().parse(word.lower())
        if not parses:
            continue
        tags = set(parses[0].tag.grammemes)
        # a feminine noun for a person is a woman («учительницу»); a masculine one («блогер»)
        # is said of women too
        if {"NOUN", "anim", "sing", "femn"} <= tags and not {"Name", "Surn", "Patr"} & tags:
            votes["femn"] += 2
    for mention in mentions:
        for word in mention.given:
            if re.search(r"(?:овна|евна|ична)$", word, re.IGNORECASE):
                votes["femn"] += 2
            elif re.search(r"(?:ович|евич)$", word, re.IGNORECASE):
                votes["masc"] += 2
            genders = {
                g
                for p in morph().parse(word.lower())
                if "Name" in p.tag.grammemes and p.is_known  # not a guess («Мольдир»)
                for g in ("masc", "femn")
                if g in p.tag.grammemes
            }
            if len(genders) == 1:
                votes[genders.pop()] += 1
    if votes["masc"] == votes["femn"]:
        return None
    return "masc" if votes["masc"] > votes["femn"] else "femn"


#: Words after which a name is in the genitive: «в отношении», «против», «дело Асхата».
_GOVERNS_GENITIVE = frozenset(
    """отношении против для от у без после около дело дела делу деле защита защиту приговор
    арест задержание освобождения освобождение родственники имя""".split()
)
#: Kin, after whom a name is either the kin's own (apposition: «сестра Дана») or in the
#: genitive («сестра Асхата»): read as the genitive only for a name that is no woman's.
_KIN = frozenset("сестра брат мать мама отец папа жена супруга муж сын дочь адвокат".split())


def ru_gender_governed(block: str, mentions: list[Mention]) -> str | None:
    """A man named in the genitive or accusative, told by the word before the name: «в
    отношении Дмитрия ПОЛЯКОВА», «сестра Асхата Жумагулова», «поэта и музыканта Арсена
    ДЖАКУПОВА». Read only where the given name is a man's in such a case (the dictionary also
    has «Арсена», «Дмитрия» as a woman's name in the nominative, far more rarely)."""
    for mention in mentions:
        if not mention.given:
            continue
        if _after_transitive_verb(block, mention):
            return "masc"
        readings = [p for p in morph().parse(mention.given[0].lower()) if "Name" in p.tag.grammemes]
        if not any({"masc", "gent"} <= set(p.tag.grammemes) for p in readings):
            continue
        # («двух местных журналистов: Арсена ТОКТАРОВА и ...»: a colon before a list)
        before = re.search(
            r"([а-яёА-ЯЁ]+):?\s+$", block[max(0, mention.start - 40) : mention.start]
        )
        if before is None:
            continue
        word = before.group(1).lower()
        if word in _GOVERNS_GENITIVE:
            return "masc"
        if word in _KIN and not any("femn" in p.tag.grammemes for p in readings):
            return "masc"
        parses = [p for p in morph().parse(word) if p.tag.POS in ("NOUN", "ADJF")]
        if (
            parses
            and all(
                "masc" in p.tag.grammemes and p.tag.case in ("gent", "accs") for p in parses[:2]
            )
            and "Name" not in parses[0].tag.grammemes
        ):
            return "masc"
    return None


def _after_transitive_verb(block: str, mention: Mention) -> bool:
    """«суд приговорил Ерлана Бекова», «полиция задержала Ерлана БЕКОВА»: the object of a
    transitive verb is in the accusative, where «-ова» is a man's (a woman's is «-ову»),
    whatever the given name (the dictionary does not know many Kazakh ones)."""
    if not re.search(r"(?:ов|ев|ёв|ин|ын)а$", mention.surname, re.IGNORECASE):
        return False
    before = re.search(r"([а-яё]+)\s+$", block[max(0, mention.start - 30) : mention.start])
    if before is None:
        return False
    parses = morph().parse(before.group(1))
    # («Меня зовут Аружан Темирова»: a name said in the nominative)
    naming = str(parses[0].normal_form) in ("звать", "называть", "назвать") if parses else False
    # (not «Вину не признала Айгерим Бекова»: a woman's verb before her name in the nominative)
    return (
        bool(parses)
        and not naming
        and {"VERB", "tran"} <= set(parses[0].tag.grammemes)
        and "femn" not in parses[0].tag.grammemes
    )


def case_of_word(word: str) -> str | None:
    """The grammatical case of a Russian role word before a name ('судьи' -> 'gent')."""
    parses = [p for p in morph().parse(word.lower()) if p.tag.POS == "NOUN"]
    return str(parses[0].tag.case) if parses else None
