"""Who a text's relatives are: the writer of a letter or a relative who speaks («Я, Асель X,
жена Бауыржана X», «Ерланның әйелі Асель Н. былай деді»), and a relative introduced as the
person's kin ("his wife Gaukhar X", «Жена Данияра, Айгерим X», «X (сотталғанның анасы)»), or
one who introduces the words of a forwarded post («Гүлмира X жазды:»). Neither is one of a family
prosecuted: a case is never opened for them, and their names are never the person's. A relative
named together with the person as one subject ("X and his wife Y were detained") or charged in
their own sentence is prosecuted, and is not told apart here. Pure text predicates.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.extract import names, nominative
from bot.extract.blocks import Sentence, split_sentences

#: A name followed by who the writer is to the person: «Асель X, жена Бауыржана X»,
#: «Динара X, мать осуждённого».
_AUTHOR_RELATIVE = re.compile(
    r",\s*(?:жена|супруга|мать|мама|сестра|дочь|муж|супруг|отец|брат|сын)\s+"
    r"(?:[А-ЯЁ]|осужд|задерж|арестов|политзаключ)"
)


#: «Супруга осуждённого Гульнара X рассказала, что ...»: a relative who speaks of the case.
#: (a word in lower case between: «жена Марата X» names the husband, in the genitive)
_RELATIVE_BEFORE = re.compile(
    r"(?<![\w-])(?i:супруга|жена|мать|мама|сестра|дочь|муж|супруг|отец|брат|сын)"
    r"(?:\s+[а-яё-]+){1,2}\s+$"
)
_SPEAKS = re.compile(
    r"[^.!?]{0,30}?\b(?:рассказал|сообщил|заявил|говорит|пишет|написал|обратил|считает|"
    r"уверен|просит|попросил)\w*",
    re.IGNORECASE,
)


#: Kazakh kin words, with the possessive: «анасы» (his mother), «әйелі» (his wife) ...
KK_KIN = (
    r"(?:анасы|әкесі|әйелі|жұбайы|зайыбы|күйеуі|қызы|ұлы|інісі|ағасы|әпкесі|апасы|қарындасы|"
    r"сіңлісі|бауыры|туысы|жолдасы)"
)
#: «Мен, Айгүл Сапарова, сотталған Ерлан Сапаровтың анасымын»: whose relative the writer is.
_KK_AUTHOR_RELATIVE = re.compile(
    # (in the first person: «ұлы» alone says whose son the person of the case is)
    rf",\s*(?:[\w-]+\s+){{0,6}}?[\w-]+(?:тың|тің|дың|дің|ның|нің)\s+{KK_KIN}"
    r"(?:мын|мін|пын|пін|мыз|міз)\b"
)
#: «Ерланның әйелі Асель Нұрланқызы былай деді»: a relative who speaks of the case.
_KK_RELATIVE_BEFORE = re.compile(rf"(?<![\w-]){KK_KIN}\s+$")
_KK_SPEAKS = re.compile(
    r"[^.!?]{0,40}?(?:деді|дейді|айтты|айтады|жазды|жазады|хабарлады|мәлімдеді)", re.IGNORECASE
)


#: A name introducing the words quoted after it: «Гүлмира X жазды:», «Асель X пишет:», "Aigul X
#: wrote:" (a post forwarded with who wrote it).
_WRITES_COLON = re.compile(
    r"[ \t]+(?:жазды|жазады|жазыпты|пишет|написал[аи]?|writes|wrote)[ \t]*:", re.IGNORECASE
)


def authors(block: str, mentions: list[names.Mention]) -> set[str]:
    """Given-name keys of the relatives who write the text («Я, Асель X, жена Бауыржана X»,
    «Мен, Айгүл X, Ерлан X-тың анасымын», «Гүлмира X жазды:») or speak in it: each of their
    mentions (the signature too) is the writer's, not the person's."""
    return {
        given_key(m.given[0])
        for m in mentions
        if m.given
        and (
            _AUTHOR_RELATIVE.match(block[m.end :])
            or _KK_AUTHOR_RELATIVE.match(block[m.end :])
            or _WRITES_COLON.match(block, m.end)
            or (
                _RELATIVE_BEFORE.search(block[max(0, m.start - 40) : m.start])
                and _SPEAKS.match(block[m.end : m.end + 60])
            )
            or (
                _KK_RELATIVE_BEFORE.search(block[max(0, m.start - 20) : m.start])
                and _KK_SPEAKS.match(block[m.end : m.end + 60])
            )
        )
    }


#: A Russian kin word's stem: «жена», «супруга», «матери», «сестры», «отца», «дочери», «муж».
RU_KIN_STEM = r"(?:жен|супруг|мат(?:ь|ер)|сестр|брат|от(?:ец|ц)|сын|доч(?:ь|ер)|муж)"
#: A Russian kin word in each of its case forms (no «женщина», no «мужчина»).
_RU_KIN_WORD = (
    r"(?:жен(?:а|ы|е|у|ой)|супруг(?:а|и|е|у|ой)?|мат(?:ь|ери)|мам(?:а|ы)|сестр(?:а|ы|е|у|ой)|"
    r"брат(?:а|у|ом)?|от(?:ец|ца|цу)|сын(?:а|у)?|доч(?:ь|ери)|муж(?:а|у)?)"
)


#: What a person is to the one the text is about, written before their name: "his wife",
#: «его женой», «её мать», «Белсендінің жұбайы», «Мұраттың ағасы», «оның әйелі».
_KIN_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:his|her|their)\s+(?:wife|husband|mother|father|brother|sister|son|"
    r"daughter|spouse)|[\w-]+['’]s\s+(?:wife|husband|mother|father|brother|sister|son|daughter|"
    r"spouse)|"
    # "the wife of the jailed blogger, X"
    r"(?<![\w-])(?:wife|husband|mother|father|brother|sister|son|daughter|spouse)\s+of\s+"
    r"(?:the\s+)?(?:[a-z]+\s+)?(?:blogger|activist|journalist|defendant|prisoner|convict)|"
    # («его младший брат X»; the writer's own «мой сын X» is the case: lexicon.MY_KIN)
    r"(?<![\w-])(?:его|её|ее|их)\s+(?:(?:младш|старш|родн)[а-яё]*\s+)?"
    r"(?:жен|супруг|мат(?:ь|ерь)|мам|сестр|брат|от(?:ец|ц)|сын|доч(?:ь|ер)|муж)[а-яё]*|"
    # «жены блогера», «супруга осуждённого»: the kin of the one the text is about, by their role
    rf"(?<![\w-]){RU_KIN_STEM}[а-яё]*\s+"
    r"(?:блогер|активист|журналист|осужд[её]нн|задержанн|арестованн|фигурант|подсудим|"
    r"обвиняем|политзаключ[её]нн|правозащитник)[а-яё]*|"
    # «Муж Мусабаевой, Нурлан ...», «жена Сапарова Гаухар»: the kin of the one named by their
    # surname in the genitive, as the English "X's wife" and the Kazakh «X-тың әйелі»
    rf"(?<![\w-]){RU_KIN_STEM}[а-яё]*\s+"
    r"[а-яё]+(?:ов|ев|ёв|ин|ын)(?:ой|а)|"
    # «Жена Данияра, Айгерим X», «жена художника Дана X»: the kin of one named by their given
    # name, or told by any noun, in the genitive
    rf"(?<![\w-]){_RU_KIN_WORD}\s+[а-яё]+(?:а|я|ого|его|ой|ей)|"
    rf"(?<![\w-])[\w-]+(?:тың|тің|дың|дің|ның|нің)\s+{KK_KIN}|"
    # «Жұбайы Асхат X», «Анасы Гүлнар X»: a Kazakh kin word's own ending says "his", "her"
    r"(?<![\w-])(?:анасы|әкесі|әйелі|жұбайы|зайыбы|күйеуі|інісі|ағасы|әпкесі|апасы|"
    r"қарындасы|сіңлісі|бауыры))"
    r",?\s+$",
    re.IGNORECASE,
)
#: "X and his wife Y", «X и её мужа Y», «X мен оның әйелі Y», "X, his wife Y": a relative
#: prosecuted together (a comma joins only after a name: «(үш баласы бар, жұбайы Әсел X»
#: tells of the family).
_JOINED_BEFORE = re.compile(
    rf"(?:(?<![\w-])(?:and|и|а\s+также|мен|бен|пен|және)|(?-i:[{names.UPPER}])[\w'’-]*\)?,)\s*$",
    re.IGNORECASE,
)
#: Who the person named is, in brackets after the name: «X (сотталғанның анасы)», «X (мать
#: осуждённого)», "X (the defendant's wife)".
_KIN_AFTER = re.compile(
    rf"(?:[{names.UPPER}][\w'’.-]*[ \t]+){{0,3}}[{names.UPPER}][\w'’-]*[ \t]*\("
    rf"(?:[^()\n]{{0,40}}[ \t])?(?:{KK_KIN}|мать|жена|супруга|сестра|брат|отец|сын|дочь|муж|"
    r"mother|wife|husband|sister|brother|father|son|daughter)(?![\w-])[^()\n]{0,40}\)",
    re.IGNORECASE,
)


#: An administrative code or arrest: an article cited with it charges no one with a crime
#: («Жұбайы Асхат ... ӘҚБтК-нің 488-бабы бойынша 10 тәулікке қамаққа алынған»).
_ADMINISTRATIVE = re.compile(
    r"ӘҚБтК|КоАП|административн\w*\s+(?:арест|кодекс|правонарушен)\w*|"
    r"әкімшілік\s+(?:қамақ|құқық\s*бұзушылық)\w*|administrative\s+(?:arrest|code|offences?)",
    re.IGNORECASE,
)
#: An article of a code cited: "Article 174", «ст. 174», «174-бабы», «статьи 274».
_ARTICLE = re.compile(
    r"(?<![\w-])(?:article|ст\.|стать\w*)\s*\d|\d+\s*-?\s*(?:бап|бабы|бабын)", re.IGNORECASE
)


#: A Kazakh name told as the kin of the given name after it: «Сәуле Қасымова ұлы Асқардың
#: суретін ұстап отыр» (Sәуле, whose son Asqar ...). The name ends in a Russian-pattern surname,
#: so the kin word is no patronymic written apart («Ерлан Сейіт ұлы»).
_KK_KIN_OF_NAMED_AFTER = re.compile(
    rf"(?:[{names.UPPER}][\w'’-]+[ \t]+){{1,2}}?(?P<surname>[{names.UPPER}][\w'’-]*?"
    r"(?:ов|ев|ёв|ин|ова|ева|ёва|ина))[ \t]+"
    r"(?:ұлы|қызы|күйеуі|әйелі|жұбайы|інісі|ағасы|әпкесі|қарындасы|сіңлісі|анасы|әкесі|баласы|"
    rf"немересі)[ \t]+[{names.UPPER}][{names.LOWER}]+(?![\w-])",
)


def _kk_kin_of_named_after(block: str, start: int) -> bool:
    """Whether the Kazakh name at `start` is told as the kin of the given name after it, and
    its surname is said nowhere else alone («Ербол Нұрғалиев қызы Томирисқа сабақ оқытып
    отыр. Нұрғалиев ... ұсталып»: the father is the one the story tells of)."""
    found = _KK_KIN_OF_NAMED_AFTER.match(block, start)
    if found is None:
        return False
    surname = found.group("surname")
    key = nominative.surname_key(surname, "kk")
    for word in re.finditer(rf"(?<![\w-])[{names.UPPER}][\w'’-]+", block):
        if (
            word.start() == found.start("surname")
            or nominative.surname_key(word.group(), "kk") != key
        ):
            continue
        before = re.search(
            rf"[{names.UPPER}][{names.LOWER}]+[ \t]+$",
            block[max(0, word.start() - 40) : word.start()],
        )
        if before is None:
            return False  # the surname alone: the story's own person
    return True


#: A Russian kin word, alone, before a name read from its surname: «брат Сапарова Азамат», «жена
#: Ибраева Алия» — the surname is whose kin (in the genitive), the given name after it is the
#: relative's own.
_RU_KIN_ALONE_BEFORE = re.compile(
    r"(?<![\w-])(?i:брат|сестра|жена|супруга|муж|супруг|мать|мама|отец|сын|дочь)[ \t]+$"
)
_RU_GENITIVE_SURNAME_FIRST = re.compile(
    r"[А-ЯЁ][а-яё]+(?:ова|ева|ёва|ина|ына)[ \t]+[А-ЯЁ][а-яё]+(?![\w-])"
)


def _kin_of_surname_first(block: str, start: int) -> bool:
    """Whether the name at `start` is a kin word's genitive surname and the relative's given
    name («брат Сапарова Азамат»: Sapar's brother Azamat)."""
    return bool(
        _RU_KIN_ALONE_BEFORE.search(block[max(0, start - 20) : start])
        and _RU_GENITIVE_SURNAME_FIRST.match(block, start)
    )


@lru_cache(maxsize=4)
def _sentences(block: str) -> tuple[Sentence, ...]:
    """The block's sentences, cut once: `kin_introduced` is asked of every name in a block, and
    cutting the whole block again for each made a text of many kin phrases quadratic."""
    return tuple(split_sentences(block))


def kin_introduced(block: str, start: int) -> bool:
    """Whether the name at `start` is introduced as someone's kin ("his wife Y", «Мұраттың
    ағасы Y», «Y ұлы Асқардың суретін ұстап отыр») and not as one prosecuted with them ("X
    and his wife Y were detained"), nor charged in that sentence of their own («Её муж Y
    обвиняется по ч. 2 ст. 174»)."""
    lead = block[max(0, start - 60) : start]
    found = _KIN_BEFORE.search(lead)
    if (
        found is None
        and not _kk_kin_of_named_after(block, start)
        and not _kin_of_surname_first(block, start)
        and not _KIN_AFTER.match(block, start)
    ):
        return False
    if found is not None and _JOINED_BEFORE.search(lead[: found.start()]):
        return False
    sentence = next(
        (s for s in _sentences(block) if s.start <= start < s.start + len(s.text)), None
    )
    return (
        sentence is None
        or not _ARTICLE.search(sentence.text)
        or bool(_ADMINISTRATIVE.search(sentence.text))
    )


def given_key(word: str) -> str:
    """One key for every case form of a given name («Тимура», «Тимуру» -> «тиму»; «Дине»,
    «Дину» -> «дина» by the dictionary, where four letters would tell them apart)."""
    return names.given_lemma(word)[:4]
