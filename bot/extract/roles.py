"""People a text names by their part in the story, not as the one prosecuted.

A report names many people by what they do: the lawyer, an expert or a podcast's guest, the
police's spokeswoman, an MP, a witness, the doctor who examined someone. Such a person is no
case unless the text tells them prosecuted ("Lawyer X was detained", «задержание адвоката X»).

This module decides it from two things, not from one text's words:
- a table of role nouns per language (`ROLE_NOUN`), with their inflected forms (Russian case
  endings, Kazakh possessive and case endings);
- the appositive shapes that tie a role to a name: "ROLE NAME" (the role's modifiers and its
  office between: «официальный представитель ДП Жанар X», «ПД ресми өкілі Жанар X»), "the
  lawyer (NAME, ...)", "NAME, ROLE", "NAME (ROLE)", "– NAME, ROLE;" in a list, «NAME – ROLE».

A name written right before a role in Kazakh without a comma is the role holder's client («Жанна
X-ның қорғаушысы»), and after "ROLE, " that follows another name it is someone else («Ғалия X,
адвокат, Жанна Y-ның қорғаушысы»): neither is in the role.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.extract import names, nominative
from bot.extract.pronoun_cues import pronoun_after

_EN_ROLE = (
    r"(?:defen[cs]e\s+|media\s+)?(?:lawyers?|attorneys?|advocates?|counsel)|"
    r"experts?|analysts?|guests?|hosts?|presenters?|interviewers?|moderators?|"
    r"spokes(?:person|man|woman)|press\s+(?:secretary|officer)|(?:official\s+)?representatives?|"
    # (not "his deputy", "the union's deputy": someone's second in command, who may be tried
    # with them)
    r"(?<!his )(?<!her )(?<!their )(?<!its )(?<!'s )(?<!’s )(?:deputy|deputies)|"
    r"MPs?|member\s+of\s+parliament|"
    r"akims?|mayor|governor|ministers?|ombuds(?:man|woman|person)|investigators?|prosecutors?|"
    r"judges?|witness(?:es)?|victims?|complainants?|plaintiffs?|notary|"
    # who runs the person's school (a reporter is as often the one prosecuted); who signs a
    # body's resolution ("Chair of the Commission", "Secretary")
    r"head(?:mistress|master|teacher)s?|chair(?:man|woman|person)?|secretary|"
    r"police\s+(?:colonel|lieutenant\s+colonel|major|captain|lieutenant)"
)
_RU_ROLE = (
    r"адвокат\w*|защитник\w*|медиа-?юрист\w*|эксперт\w*|аналитик\w*|политолог\w*|"
    r"гост(?:ь|я|ю|ем|и|ей|ями)|ведущ(?:ий|его|ему|им|ая|ей)|интервьюер\w*|модератор\w*|"
    r"пресс-секретар\w*|представител\w*|спикер\w*|"
    r"(?<!его )(?<!её )(?<!ее )(?<!их )(?<!своего )(?<!своей )заместител\w*|депутат\w*|"
    r"аким(?:а|у|ом|е|ы|ов)?|министр(?:а|у|ом|е|ы|ов)?|омбудсмен\w*|уполномоченн\w*|"
    r"следовател\w*|прокурор(?:а|у|ом|е|ы|ов)?|судь(?:я|и|е|ю|ей)|свидетел\w*|потерпевш\w*|"
    r"заявител\w*|нотариус\w*|"
    # a court's specialist («заключение специалиста-социолога X», «специалист-лингвист»)
    r"специалист\w*-[а-яё]+|"
    # an officer signing for an office: «полковник юстиции», «майор полиции»
    r"(?:под)?полковни\w*\s+(?:юстиции|полиции)|(?:майор|капитан|лейтенант)\w*\s+(?:юстиции|полиции)"
)
_KK_ROLE = (
    r"адвокат\w*|(?<!құқық )қорғаушы\w*|медиа-?заңгер\w*|сарапшы\w*|қонақ\w*|"
    r"баспасөз\s+хатшы\w*|заң\s+кеңесшісі\w*|(?:бағдарлама|подкаст|эфир)\w*\s+жүргізуші\w*|өкіл(?:і|ің|іне|імен|дері\w*)?|"
    r"(?<!оның )(?<!олардың )орынбасар\w*|депутат\w*|"
    r"әкім(?:і|ін|іне|інің|імен|дер\w*)?|министр\w*|омбудсмен\w*|уәкіл\w*|тергеуші\w*|"
    r"прокурор\w*|судья\w*|куә(?:сы|лар\w*)?|жәбірленуші\w*|арызданушы\w*|"
    r"(?:әділет|полиция)\s+(?:полковнигі|подполковнигі|майоры|капитаны|лейтенанты)"
)
#: The role nouns that never make their holder the one prosecuted, unless the text says so.
ROLE_NOUN = {
    "en": re.compile(rf"(?<![\w-])(?:{_EN_ROLE})(?![\w-])", re.IGNORECASE),
    "ru": re.compile(rf"(?<![\w-])(?:{_RU_ROLE})(?![\w-])", re.IGNORECASE),
    "kk": re.compile(rf"(?<![\w-])(?:{_KK_ROLE})(?![\w-])", re.IGNORECASE),
}

#: What may stand between a role and the name after it: the office or body the role is of, in
#: the genitive or as an abbreviation («представитель ДП», «департамента полиции Костанайской
#: области», «облыстық соттың»), never a person's trade («адвокат блогера X» names the client).
_OFFICE_WORD = (
    rf"(?-i:[{names.UPPER}]{{2,6}})|«[^»\n]{{1,40}}»|"
    r"департамент\w*|полици\w*|управлени\w*|министерств\w*|акимат\w*|прокуратур\w*|суд\w*|"
    r"област\w*|район\w*|город\w*|ведомств\w*|служб\w*|комитет\w*|агентств\w*|фонд\w*|"
    r"организаци\w*|центр\w*|учреждени\w*|больниц\w*|маслихат\w*|мажилис\w*|сенат\w*|"
    r"парламент\w*|дела|по|правам|человека|обвинения|защиты|стороны|"
    # a prosecutor's department («прокурор отдела по надзору за законностью судебных актов по
    # уголовным делам прокуратуры области Б. X»)
    r"отдел\w*|надзор\w*|за|законност\w*|судебн\w*|актов|уголовн\w*|делам|"
    r"of|for|the|prosecution|defen[cs]e|police|ministry|department|office|court|city|regional|"
    r"district|commission|association|board|"
    r"[а-яё]+(?:ского|ской|ного|ной|цкого|цкой)|"
    r"[а-яёәғқңөұүһі]+(?:тық|дық|лық|тік|дік|лік|ның|нің|дың|дің|тың|тің)|ресми|бас|"
    # the event the host or the moderator leads («Ведущий аукциона – X», «модератор
    # конференции X», "host of the evening")
    r"аукцион\w*|выставк\w*|вечер\w*|конференци\w*|брифинг\w*|эфир\w*|программ\w*|"
    r"auction|exhibition|evening|conference|briefing|programme|program|"
    r"аукционның|көрменің|кештің|бағдарламаның"
)
_BETWEEN_ROLE_AND_NAME = rf"(?:\s+(?:{_OFFICE_WORD})){{0,12}}"

#: The separators between a role and its holder's name: spaces, "the lawyer (NAME", a colon.
_ROLE_THEN_NAME = {
    language: re.compile(
        # ("Same court, same judge: NAME" names the next person, not the judge again)
        rf"(?<!same )(?<!же )(?<!сол )(?P<role>{ROLE_NOUN[language].pattern})"
        rf"{_BETWEEN_ROLE_AND_NAME}"
        # ("Ведущий аукциона – X": a dash, as a programme lists who leads it)
        r"(?P<sep>\s*[(:]\s*|\s*,\s*|\s+[–—]\s+|\s+)(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$",
        re.IGNORECASE,
    )
    for language in ROLE_NOUN
}

#: The words a role after a name may carry first: "X, the defence lawyer", "X, a senior
#: analyst", «X, известный юрист», «X, медиа-заңгер», «X, «Y» қорының сарапшысы», "X (34), lawyer"
_MODIFIER = (
    r"(?:the|a|an|his|her|their|its|our|my|senior|chief|local|independent|regional|city|"
    r"district|state|official|(?-i:[A-Z])[\w'’-]+|"
    r"его|её|ее|их|наш\w*|[а-яё]+(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ым|им|ом)|"
    r"«[^»\n]{1,40}»|[а-яёәғқңөұүһі-]+(?:тық|дық|лық|тік|дік|лік|ның|нің|дың|дің|тың|тің)|ресми|"
    r"\d{1,2})"
)
_NAME_THEN_ROLE = {
    language: re.compile(
        rf"(?:\s*,\s*|\s*\(\s*|\s+[–—-]\s+)(?:{_MODIFIER}[\s,]+){{0,3}}"
        rf"(?:{ROLE_NOUN[language].pattern})",
        re.IGNORECASE,
    )
    for language in ROLE_NOUN
}

#: A forwarded letter's header field naming its sender or addressee, alone on its line.
_MAIL_HEADER = re.compile(
    r"[ \t>]*(?:from|to|cc|от|кому|копия|кімнен|кімге|исп\.?|исполнитель|орындаған|орынд\.)"
    r"[ \t]*:[ \t]*$",
    re.IGNORECASE,
)

#: A verb or a credit label that names who works on a text or a case for someone, right before
#: the name: "Translated by X", "edited by", "X is represented by Y", «Перевод: X», «перевела X»,
#: «интересы X представляет Y», «Аударған: X», «Аудармашы: X». The named one is no case.
_CREDITED_BEFORE = {
    "en": re.compile(
        r"\b(?:translat(?:ed|ion)|edited|(?:is|are|was|were|being)\s+(?:represented|defended))"
        r"(?:\s+from\s+(?:the\s+)?\w+)?\s+by\s*:?\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$|"
        r"\b(?:translat(?:ion|or|ed\s+by)|editor|edited\s+by)\s*:\s*$|"
        # a byline on its own line: "By Daniyar X"
        r"^[ \t]*by[ \t]+$",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:(?:перевод|переводчик|переводчица|редактор)"
        r"(?:\s+с\s+[а-яё]+(?:\s+языка)?)?\s*:\s*|"
        r"(?:перевел|перевела|перевёл|отредактировал[а]?)\s+|"
        # (whose interests: «интересы блогера в суде представляет X», «его защищает X»; not
        # «Представляем: X», a story introducing its person)
        r"интерес\w*\s+(?:[^\s.!?]+\s+){0,4}?(?:представля|защища)\w+\s+|"
        r"(?:его|её|ее|их)\s+(?:интересы\s+)?(?:в\s+суде\s+)?(?:представля|защища)\w+\s+)$",
        re.IGNORECASE,
    ),
    "kk": re.compile(
        # («бас редактор X ұсталды»: an editor without the colon may be the one prosecuted)
        r"(?<![\w-])(?:(?:аударған|аудармашы|аударма|редактор)\s*:\s*|аударған\s+)$",
        re.IGNORECASE,
    ),
}
#: The Kazakh verb of one who conducts someone's defence, after the name: «Айгүлдің қорғауын
#: Ерлан X жүргізеді», «мүддесін адвокат X қорғайды» — X is the lawyer.
_KK_DEFENDS_AFTER = re.compile(
    r"[ \t]+(?:жүргізеді|жүргізіп\s+отыр|жүргізген|қорғайды|қорғап\s+отыр|білдіреді)(?![\w-])"
)

#: A trade that is a role only on a signature or byline line of its own ("NAME, юрист"): a
#: lawyer by training signs so, the one prosecuted is told of in the text.
_BYLINE_TRADE = re.compile(
    r"[ \t]*,[ \t]*(?:юрист\w*|заңгер\w*|legal\s+adviser)(?:[ \t]*,[^\n]{0,60})?[ \t]*(?:\n|$)",
    re.IGNORECASE,
)

#: A name that ends a comma appositive ("X, lawyer, Y's defender"): the role after it is X's.
_NAME_BEFORE_COMMA = re.compile(rf"[{names.UPPER}][\w'’-]+\s*,\s*$")


def named_in_role(text: str, start: int, end: int, language: str) -> bool:
    """Whether the name from `start` to `end` is told with a role noun that makes its holder
    no one prosecuted (see the module's docstring for the shapes read)."""
    if language not in ROLE_NOUN:
        return False
    lead = text[max(0, start - 120) : start]
    lead = lead[lead.rfind("\n") + 1 :] if "\n" in lead else lead
    if _MAIL_HEADER.match(lead):
        return True  # "From: Aigul K. <...>": who sent or got a letter forwarded in the text
    if not lead.strip(" \t–—-•") and _BYLINE_TRADE.match(text, end):
        return True  # "Ерлан X, юрист, Алматы" on a line of its own: who signs the text
    if _CREDITED_BEFORE[language].search(lead):
        return True  # "Translated by X", "she is represented by X", «Аударған: X»
    if language == "kk" and _KK_DEFENDS_AFTER.match(text, end) and _kk_defence_object(lead):
        return True  # «Айгүлдің қорғауын Ерлан X жүргізеді»
    before = _ROLE_THEN_NAME[language].search(lead)
    if before is not None and _holder_after(before, lead, text[start:end], language):
        return True
    if _witness_after(text, end, language):
        return True  # "X was called to the police. He was questioned as a witness"
    after = _NAME_THEN_ROLE[language].match(text, end)
    # («подозреваемой X А.М.,\nзащитника – адвоката Y Р.К.»: a list's next role and its holder)
    return after is not None and not _NEXT_HOLDER.match(text, after.end())


#: Questioned or called as a witness, told after the name or of "he"/"she" in the next sentence.
_AS_WITNESS = {
    "en": re.compile(
        r"\b(?:questioned|interrogated|summoned|called|heard|testified)\s+(?:\w+\s+){0,3}?"
        r"as\s+a\s+(?:prosecution\s+|defen[cs]e\s+)?witness\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:допрош\w+|вызва\w+|опрош\w+|проходит|выступ\w+)\s+(?:[\w-]+\s+){0,4}?"
        r"(?:в\s+качестве\s+свидетел\w*|свидетел(?:ем|ьницей))",
        re.IGNORECASE,
    ),
    "kk": re.compile(r"(?<![\w-])куә\s+(?:ретінде|ретiнде|болып)\b", re.IGNORECASE),
}
#: Another person's name in between: the witness told after it is that one.
_ANOTHER_NAME = re.compile(rf"[{names.UPPER}][{names.LOWER}]+\s+[{names.UPPER}][{names.LOWER}]+")


def _witness_after(text: str, end: int, language: str) -> bool:
    """Whether the sentence of the name, or the next one, tells its holder was questioned as a
    witness, with no other name between (the paragraph's end closes the search)."""
    if language not in _AS_WITNESS:
        return False
    window = text[end : end + 220].split("\n\n", 1)[0]
    found = _AS_WITNESS[language].search(window)
    if found is None or window[: found.start()].count(".") > 1:
        return False
    return not _ANOTHER_NAME.search(window[: found.start()])


def _kk_defence_object(lead: str) -> bool:
    """Whether the Kazakh words before a name are the defence or interests it conducts
    («қорғауын», «мүддесін», «мүдделерін» a few words before)."""
    return bool(re.search(r"(?:қорғау(?:ын|ды)|мүддес\w*|мүддел\w*)\s+(?:[\w-]+\s+){0,2}$", lead))


def _holder_after(before: re.Match[str], lead: str, name: str, language: str) -> bool:
    """Whether the name after the role `before` found is the role's holder, not its client:
    after "ROLE, " that closes another name's appositive («Ғалия X, адвокат, Жанна Y-ның
    қорғаушысы») someone else is named; "the lawyer for Dana Y", «адвокат Ивана Петрова» (a
    Russian given name in the genitive) name the one the lawyer defends."""
    separator = before.group("sep").strip()
    if separator == "," and _NAME_BEFORE_COMMA.search(lead[: before.start()]):
        return False
    if not separator and re.search(r"(?<![\w-])(?:of|for|the)\s*$", before.group(), re.I):
        return False
    given = name.split()[0] if name.split() else ""
    # («по словам адвоката Олжаса X»: the role in the genitive too, the name its apposition)
    role = before.group("role").split()[-1]
    return not (language == "ru" and not separator and _genitive_given(given) and _nominative(role))


@lru_cache(maxsize=4096)
def _nominative(word: str) -> bool:
    """Whether a Russian word can be read in the nominative («адвокат», not «адвоката»)."""
    return any("nomn" in p.tag for p in names.morph().parse(word.casefold()))


@lru_cache(maxsize=4096)
def _genitive_given(word: str) -> bool:
    """Whether a Russian given name can only be read in the genitive («Ивана», «Дениса»; not
    «Ерлан», «Айгуль», «Сауле»)."""
    tags = [p.tag for p in names.morph().parse(word.casefold()) if "Name" in p.tag.grammemes]
    return any("gent" in t for t in tags) and not any("nomn" in t for t in tags)


#: What follows a role that opens the next item of a list: its holder's name.
_NEXT_HOLDER = re.compile(
    rf"(?:\s*[–—-]\s*[\w-]+)?{_BETWEEN_ROLE_AND_NAME}\s*[(:]?\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
    rf"(?-i:[{names.UPPER}])[\w'’-]+",
    re.IGNORECASE,
)


def after_anothers_role(text: str, start: int, language: str) -> bool:
    """Whether the name at `start` follows a role told of the name before it: «Ғалия X,
    адвокат, Жанна Y-ның қорғаушысы», "Aliya X, lawyer, Dana Y's defender": the lawyer is the
    first one, the second name the client's."""
    if language not in ROLE_NOUN:
        return False
    lead = text[max(0, start - 120) : start]
    return bool(_ANOTHERS_ROLE[language].search(lead))


_ANOTHERS_ROLE = {
    language: re.compile(
        rf"[{names.UPPER}][\w'’-]+\s*,\s*(?:{_MODIFIER}[\s,]+){{0,3}}"
        rf"(?:{ROLE_NOUN[language].pattern})\s*,\s*$",
        re.IGNORECASE,
    )
    for language in ROLE_NOUN
}


#: Who one talks or meets with, a trade without a name («поговорила с правозащитником»,
#: "spoke with a human rights defender"): someone else than the person of the case.
_TALKED_WITH = {
    "ru": re.compile(
        r"(?<![\w-])(?:поговорил\w*|беседовал\w*|встретил\w*|побеседовал\w*)\s+(?:с|со)\s+"
        r"(?:[а-яё-]+\s+)?$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:spoke|talked|met|speaks|talks|meets)\s+(?:with|to)\s+(?:an?\s+|the\s+)?"
        r"(?:[a-z-]+\s+)?$",
        re.IGNORECASE,
    ),
}


def talked_with(text: str, start: int, end: int, language: str) -> bool:
    """Whether the trade from `start` to `end` is told of someone talked or met with, no name
    after it («поговорила с правозащитником», "spoke with a human rights defender"), not of the
    person of the case («встретилась с осуждённым активистом Ержаном X» is X's)."""
    found = _TALKED_WITH.get(language)
    return (
        found is not None
        and bool(found.search(text[max(0, start - 40) : start]))
        and not re.match(rf"[\s,]+[{names.UPPER}]", text[end : end + 3])
    )


#: What is done to someone prosecuted, told before their name: "the detention of (advocate)",
#: «задержание адвоката», «арест защитника», "the case against".
_PROSECUTION_OF = {
    "en": re.compile(
        # ("the prison sentence of oil worker X", "that of his co-defendant, welder Y")
        r"\b(?:(?:detention|arrest|prosecution|persecution|conviction|jailing|imprisonment|"
        r"sentence|prison\s+term|trial)\s+of|(?:charges?|case|proceedings)\s+against)\s+"
        r"(?:(?:our|their|the|his|her)\s+)?(?:colleague,?\s+|co-?defendants?,?\s+)?"
        r"(?:(?:defen[cs]e\s+)?(?:lawyer|attorney|advocate|counsel),?\s+)?"
        r"(?:(?-i:[a-z-]+)\s+){0,3}"
        r"(?:(?:Mr|Ms|Mrs)\.?\s+)?(?:[A-Z][\w'’-]+\s+){0,2}$",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:"
        # («задержанием в Шымкенте гражданских активистов X и Y»: a town, then the trade in
        # the genitive, and a second one named after «и»)
        r"(?:задержани|арест|преследовани|осуждени)\w*\s+(?:в\s+(?-i:[А-ЯЁ])[\w-]+\s+)?"
        r"(?:(?:нашего\s+)?коллеги\s*,?\s+)?(?:(?-i:[а-яё-]+)\s+){0,3}"
        # («заключение» is also an expert's opinion: «заключению специалиста X» is no one's
        # imprisonment; only a lawyer's is read so)
        r"|заключени\w*\s+(?:(?:нашего\s+)?коллеги\s*,?\s+)?(?:адвоката|защитника)\s+)"
        r"(?:(?-i:[А-ЯЁ])[\w-]+\s+){0,2}(?:и\s+(?:(?-i:[А-ЯЁ])[\w-]+\s+){0,1})?$",
        re.IGNORECASE,
    ),
    "kk": re.compile(r"(?!)"),
}
#: A prosecution's verb with the person as its object, a few words of their trade between:
#: "sentenced activist X", "police detained X", «вынес приговор юристу X», «задержали X».
_PROSECUTION_VERB_BEFORE = {
    "en": re.compile(
        r"\b(?:sentenced|detained|arrested|convicted|charged|fined|jailed|remanded|"
        # ("sentenced local journalist and YouTube host X": a platform's name among the words)
        # (the given name, then the surname: "sentenced activist Gaukhar X")
        r"found)\s+(?:(?:[a-z'-]+|[A-Z][a-z]+[A-Z][A-Za-z]*),?\s+){0,5}(?:[A-Z][a-z'’-]+\s+){0,2}$"
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:приговор|задержал|задержан|арестовал|осудил|признал|оштрафовал|"
        # («был осуждён мой знакомый X», «обвинение предъявили студенту X»)
        r"обвиняем|подозреваем|осужд[её]н|предъявил)\w*\s+(?:[а-яё-]+,?\s+){0,4}(?-i:[А-ЯЁ][а-яё-]+\s+){0,2}$",
        re.IGNORECASE,
    ),
    "kk": re.compile(r"(?<![\w-])(?:күдікті|айыпталушы|сотталған|сотталушы)\w*\s+$", re.IGNORECASE),
}
#: What is said of the person between commas before the verb ("Ms X, a lawyer based in
#: Shymkent who has represented ..., was detained", «Х, адвокат из Шымкента, была задержана»).
_APPOSED = r"(?:\s*,[^,.;:!?\n]{1,160}?,)?"
#: What is done to someone prosecuted, told after their name: "X was detained", «X задержан»,
#: «X ұсталды».
_PROSECUTED_AFTER = {
    "en": re.compile(
        # ("X, 44, and Y, 37, were sentenced": an age, and a co-defendant, between)
        r"(?:,\s*\d{2},?)?(?:\s+and\s+[A-Z][\w'’-]+(?:,\s*\d{2},?)?)?"
        + _APPOSED
        # ("X got charged": the colloquial passive)
        + r"\s+(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|got)\s+(?:[a-z]+ly\s+)?"
        r"(?:detained|arrested|charged|sentenced|convicted|remanded|placed\s+in\s+custody|"
        # "X was handed two years", "X was fined", "X was found guilty"
        r"handed|given|fined|jailed|found\s+guilty|placed\s+under\s+house\s+arrest)\b"
    ),
    "ru": re.compile(
        _APPOSED + r"\s+(?:был[аи]?\s+)?(?:задержан|арестован|осужд[её]н|взят\w*\s+под\s+стражу|"
        r"приговор[её]н|оштрафован)\w*"
    ),
    "kk": re.compile(r"[\w-]*\s+(?:[\w-]+\s+)?(?:ұсталды|қамауға\s+алынды|сотталды|айыпталды)"),
}


def told_prosecuted(
    block: str, surname: str, language: str, given: str | None = None, pronouns: bool = False
) -> bool:
    """Whether the person of `surname` is told prosecuted: "on the detention of advocate X",
    «о задержании адвоката X», or "Mr X was detained" (the surname the subject of the
    prosecution's verb). A lawyer or an official who speaks of someone's case is never so told.
    With `given`, a namesake written with another given name («Осужденный Касымов Тимур» beside
    the sender «Айгуль Касымова») is someone else. With `pronouns`, a pronoun right after the
    name counts too ("X is a student. He was detained ...", `pronoun_cues`)."""
    if language not in _PROSECUTION_OF:
        return False
    key = nominative.surname_key(surname, language)
    for start, end in _words_by_key(block, language).get(key, ()):
        if given is not None and _namesake(block, start, end, given):
            continue
        if _PROSECUTION_OF[language].search(block[max(0, start - 120) : start]):
            return True
        if _PROSECUTION_VERB_BEFORE[language].search(block[max(0, start - 80) : start]):
            return True  # "sentenced activist X", «вынес приговор юристу X»
        if _PROSECUTED_AFTER[language].match(block, end):
            return True
        if pronouns and pronoun_after(block, end, block[start:end], language):
            return True
        if (
            language == "kk"
            and _KK_OBJECT_FORM.search(block, start, end)
            and _KK_PUNISHED_AFTER.match(block, end)
        ):
            return True  # «журналист Сәуле X-ға ... 150 АЕК айыппұл салды»
    return False


#: A Kazakh surname in the dative or the accusative: whom the court punished or the police held.
_KK_OBJECT_FORM = re.compile(
    r"(?:ға|ге|қа|ке|ты|ті|ды|ді|ны|ні|(?:ұлы|улы|қызы|кызы)(?:на|н))$", re.IGNORECASE
)
#: The verb of a punishment, a verdict or a detention closing that clause.
_KK_PUNISHED_AFTER = re.compile(
    r"(?:[ \t]+[^\s.!?;]+){0,14}?[ \t]+(?:айыппұл\s+салды|тағайындады|тағайындалды|кесті|"
    r"үкім\s+шығарды|кінәлі\s+деп\s+таны\w*|ұстады|ұстап\s+әкетті|қамауға\s+алды|"
    r"айыптады|сотталды|соттады|жазалады)(?![\w-])"
)


#: A capitalised word: a surname, in any of its forms.
_CAPITALISED = re.compile(rf"(?<![\w-])[{names.UPPER}][\w'’-]+")


@lru_cache(maxsize=16)
def _words_by_key(block: str, language: str) -> dict[str, list[tuple[int, int]]]:
    """Where each capitalised word of a block stands, by its surname key: read once per block,
    since every mention of every candidate asks (`told_prosecuted`)."""
    found: dict[str, list[tuple[int, int]]] = {}
    for word in _CAPITALISED.finditer(block):
        key = nominative.surname_key(word.group(), language)
        found.setdefault(key, []).append((word.start(), word.end()))
    return found


def _namesake(block: str, start: int, end: int, given: str) -> bool:
    """Whether the surname from `start` to `end` is written with a given name other than
    `given`, right before or after it."""
    before = re.search(
        rf"(?<![\w-])([{names.UPPER}][\w'’-]+)\s+$", block[max(0, start - 40) : start]
    )
    after = re.match(rf"\s+([{names.UPPER}][\w'’-]+)", block[end : end + 40])
    near = [m.group(1) for m in (before, after) if m is not None]
    stem = given[:4].casefold()
    return bool(near) and all(
        word[:4].casefold() != stem
        and not word.isupper()
        and not any(table.fullmatch(word) for table in ROLE_NOUN.values())
        and word.rstrip(".") not in ("Mr", "Ms", "Mrs", "Dr")
        # (a patronymic is the person's own: «Әсел Бақытжанқызы Темірбекова ұсталды»)
        and not names.is_patronymic(word)
        for word in near
    )


def only_in_role(
    block: str, mentions: list[names.Mention], language: str, excused: list[bool] | None = None
) -> bool:
    """Whether every mention of one person names them in a role and nothing tells them
    prosecuted: no case while someone else is named. A mention `excused` (the caller's own
    reason, such as a staff role before it) counts as one in a role, and when every mention is
    excused nothing else is asked."""
    flags = excused if excused is not None else [False] * len(mentions)
    if mentions and all(flags):
        return True
    return (
        bool(mentions)
        and all(
            told or named_in_role(block, m.start, m.end, language)
            for told, m in zip(flags, mentions, strict=True)
        )
        and not told_prosecuted(
            block,
            mentions[0].surname,
            language,
            mentions[0].given[0] if mentions[0].given else None,
        )
    )


#: A judge's, a prosecutor's, a lawyer's, an investigator's or a court secretary's role word.
ROLE_NEAR = re.compile(
    r"\b(?:judge|prosecutor|судь\w*|прокурор\w*|(?:гос)?обвинител\w*|судьясы|айыптаушы|"
    r"председательствующ\w*|lawyer|attorney|адвокат\w*|қорғаушы\w*|"
    r"investigator|следовател\w*|тергеуші\w*|ombuds\w+|омбудсмен\w*|"
    # the court's secretary («сот отырысының хатшысы Серікбаева А.Н.», «секретарь»)
    r"хатшы\w*|секретар\w*|secretary)\b",
    re.IGNORECASE,
)


def role_before(text: str, start: int) -> bool:
    """Whether the name at `start` is a judge's, a prosecutor's or a lawyer's: a role word
    shortly before it («Судья Карасайского районного суда КЕНЖЕБАЕВ Азамат») with no other
    name between («судьясы Ерлан Жұмағалиев 05.12.2024 ... Сәуле ҚАЙЫРБЕКОВА»: the role is
    the first name's)."""
    lead = text[max(0, start - 60) : start]
    roles = list(ROLE_NEAR.finditer(lead))
    if not roles:
        return False
    between = lead[roles[-1].end() :]
    if "\n" in between:
        return False  # «Prosecutor: X.» on a line of its own is nobody else's role
    # («судьи Олега Кима суд признал активиста Виктора Лысенко»: a given name the dictionary
    # knows and a capitalised word, the judge's own name, however short the surname)
    return (
        not names.find_title_mentions(between)
        and not any(m.given for m in names.find_mentions(between))
        and not any(names.named_given(w.group(1)) for w in _GIVEN_PAIR.finditer(between))
    )


_GIVEN_PAIR = re.compile(rf"(?<![\w-])({names.TITLE_WORD})[ \u00a0]+{names.TITLE_WORD}(?![\w-])")
