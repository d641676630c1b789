"""Where the words of an act begin and end: a report tells the deed after a lead, and the act
is the deed alone, as a reader (and the labels) quote it.

    "The court established that in January 2026 the defendants, acting by prior agreement,
     created the Instagram page ..."                 -> "created the Instagram page ..."
    «По версии обвинения, 46-летняя Утегенова, работающая продавцом на рынке, 14 мая 2025 года
     в прямом эфире в Instagram назвала ...»          -> «в прямом эфире в Instagram назвала ...»

Invariants:

- `without_lead` cuts a lead only when the deed's verb follows it (a past tense: "created",
  «назвала»), so a noun act ("a video in which ...") is never cut; it returns the surname it
  cut, whose act this is (a co-defendant's act stays theirs).
- `by_person` splits a clause only where the next part opens with another person's surname, a
  new date or an addition (", and that NURMAGAMBETOVA published ...", «, а Кабдуллина
  распространяла ...», «, ал Әлиев ... таратқан», «, а 12 января 2025 года перечислил ...»,
  «, а также перечислил ...»): each part is an act of its own.
- `without_tail` and `without_hearsay` cut only what is not the deed: a footnote's mark, a
  bracketed time, a remark on the last noun or its consequence, a time closing a deed told by
  its verb, who says so, and the offence's own words before the work or the deed.
- `worded_as_offence` names the Criminal Code's offences said in other words; such an act gives
  way to a deed told elsewhere and is kept where nothing else is told.
"""

from __future__ import annotations

import re

from bot.extract import names

_UPPER, _LOWER = names.UPPER, names.LOWER

_EN_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
#: A time without a day opening the act: "in January 2026", "between January and April 2026",
#: "from January to April 2025" (a day is the act's date, cut before).
_EN_TIME = (
    r"(?:(?:(?:in|between|from|during|throughout)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?\d{4}|"
    # ("between March and May the two ran ...": months whose year was told before)
    rf"(?:between|from)\s+{_EN_MONTH}\s+(?:and|to|till|until)\s+{_EN_MONTH}),?\s+)?"
)
#: Initials before a surname: "T. ", "A. T.", "Zh. " (a Latin digraph for one Kazakh letter).
_EN_INITIALS = rf"(?:(?-i:[{_UPPER}][a-z]?)\.\s?){{0,2}}"
#: Who did it: the defendants, a pronoun, or a surname.
_EN_SUBJECT = (
    r"(?:(?:both\s+)?the\s+(?:defendants?|accused|convicts?|two|three|four)|both|he|she|they|"
    r"all\s+(?:two|three|four|five|of\s+them)|"
    # ("Mr. Tokhtarov", "T. Yessenov", "A. Seitov and B. Ospanov": a title or initials before
    # the surname, a second person after "and")
    rf"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?{_EN_INITIALS}(?P<surname>(?-i:[{_UPPER}])[\w'-]+)"
    rf"(?P<second>\s+and\s+{_EN_INITIALS}(?-i:[{_UPPER}])[\w'-]+)?)"
)
#: An aside between commas: ", acting by prior agreement,", ", an unemployed resident of Taraz,".
_EN_ASIDE = r"(?:,\s+[^,;]{3,120}?,)?"
_EN_DEED = (
    r"(?=(?:had\s+)?(?:allegedly\s+)?(?:[a-z]+ed|took|sent|made|wrote|spoke|gave|ran|set|led|"
    r"held|sold|paid|met|told|put|shared|read|sang|became|joined|built|began)\b)"
)
_EN_LEAD = re.compile(rf"^{_EN_TIME}{_EN_SUBJECT}{_EN_ASIDE}\s+{_EN_DEED}", re.IGNORECASE)
#: A day without its year before the subject ("on 4 May Mamyrova recorded ...", the year told
#: earlier): kept in the act, to be dated later, while the subject is read after it.
_EN_YEARLESS_DAY = re.compile(
    # ("on May 1 Omirzakov posted ...": the month first too)
    rf"^on\s+(?:\d{{1,2}}\s+{_EN_MONTH}|{_EN_MONTH}\s+\d{{1,2}}\b)(?!,?\s+\d{{4}}),?\s+"
)

#: «46-летняя Утегенова», «Жумабаев Ерасыл Кайратович», «Касымов Н.Б.», «он».
_RU_SUBJECT = (
    r"(?:\d{1,3}-летн\w+\s+)?(?:(?:он|она|они|все\s+(?:двое|трое|четверо|они)|оба|обе|активист\w*|блогер\w*|журналист\w*|"
    r"подсудим\w+|обвиняем\w+|осужд[её]нн\w+)\b|"
    # («В. А. Ким»: initials before the surname too; «Ким и Петров»: a second person)
    rf"(?:(?:[{_UPPER}]\.\s?){{1,2}}\s*)?"
    rf"(?P<surname>[{_UPPER}][{_LOWER}-]+)(?:\s+[{_UPPER}][{_LOWER}-]+){{0,2}}"
    rf"(?:\s+(?:[{_UPPER}]\.\s?){{1,2}})?"
    rf"(?P<second>\s+и\s+(?:(?:[{_UPPER}]\.\s?){{1,2}}\s*)?[{_UPPER}][{_LOWER}-]+"
    rf"(?:\s+(?:[{_UPPER}]\.\s?){{1,2}})?)?)"
)
#: «, работающая продавцом на рынке,», «, находясь по месту жительства,»: a participle's or a
#: gerund's clause (checked by the dictionary, its first word).
_RU_ASIDE = r"(?:,\s+(?P<aside>[а-яё]+)[^,;]{0,100}?,)?"
#: «в период с сентября 2024 года по март 2025 года», «в 2024 году», «в феврале»
_RU_TIME = (
    # («в период с 5 по 19 мая 2026 года»: the month and year after the last day)
    r"(?:\s+в\s+(?:период\s+(?:с|со)\s+[^,;]{1,40}?\s+по\s+\S+(?:\s+[а-яё]+(?=\s+\d{4}))?"
    r"(?:\s+\d{4}\s+года)?|"
    # (a month's «в феврале», not a place's «в чате»)
    r"\d{4}\s+году|(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)е"
    r"(?:\s+\d{4}\s+года)?))?"
)
#: the deed's verb, after the place or the way it was done («в прямом эфире в Instagram назвала»)
#: (a place's quoted name may stand before it: «в чате «Петропавл онлайн» призвал»)
_RU_DEED = (
    r"(?=[«\"“]?(?:[^,;«»]|«[^«»,;]{1,40}»(?=\s)){0,80}?"
    r"(?<![\w-])[а-яё]+(?:л|ла|ли|ло)(?:ся|сь)?\b)"
)
#: «в 2024 году он несколько раз переводил ...»: a time without a day before the subject
#: («с января по май 2026 года Сыздыков публиковал ...»: a span of months too)
_RU_TIME_FIRST = (
    r"(?:(?:в\s+(?:\d{4}\s+году|[а-яё]+е\s+\d{4}\s+года)|"
    r"(?:в\s+период\s+)?(?:с|со)\s+[а-яё]+(?:\s+\d{4}\s+года)?\s+по\s+[а-яё]+\s+\d{4}\s+года)"
    r",?\s+)?"
)
_RU_LEAD = re.compile(rf"^{_RU_TIME_FIRST}{_RU_SUBJECT}{_RU_ASIDE}{_RU_TIME}\s+{_RU_DEED}")
#: «в прямом эфире в Instagram блогер назвал ...»: the one who did it, named by a role right
#: before the deed's verb
_RU_ROLE_SUBJECT = re.compile(
    r"\s(?:блогер\w*|активист\w*|журналист\w*|подсудим\w+|обвиняем\w+|осужд[её]нн\w+)\s+"
    r"(?=[а-яё]+(?:л|ла|ли)\b)",
    re.IGNORECASE,
)


def _without_role_subject(description: str, language: str) -> str:
    """«в прямом эфире в Instagram блогер назвал ...»: the role naming the doer cut."""
    return _RU_ROLE_SUBJECT.sub(" ", description) if language == "ru" else description


def _one_doer(lead: re.Match[str]) -> str | None:
    """The surname of the lead's one doer; None when it names two ("Seitov and Ospanov"): the
    act is not one of them alone."""
    return None if lead.group("second") else lead.group("surname")


#: A connective going on from the deed told before: "Also, on 4 May he ...", «Кроме того, 23
#: марта Касымов ...» (cut with the lead when a subject and a deed follow it).
_CONNECTIVE = re.compile(
    r"^(?:also|in\s+addition|then|later|moreover|кроме\s+того|также|затем|позже|позднее|"
    r"помимо\s+этого),?\s+",
    re.IGNORECASE,
)


def without_lead(description: str, language: str) -> tuple[str, str | None]:
    """The act without the lead before its verb, and the surname the lead named (if any)."""
    connective = _CONNECTIVE.match(description) if language in ("en", "ru") else None
    if connective:
        rest, surname = without_lead(description[connective.end() :], language)
        if rest != description[connective.end() :]:
            return rest, surname
    lead: tuple[int, str | None] | None = None
    day = ""
    if language == "en":
        yearless = _EN_YEARLESS_DAY.match(description)
        day = yearless.group() if yearless else ""
        found = _EN_LEAD.match(description[len(day) :])
        lead = (len(day) + found.end(), _one_doer(found)) if found else None
    elif language == "ru":
        found = _RU_LEAD.match(description)
        if found and not (found.group("aside") and not _participle(found.group("aside"))):
            lead = (found.end(), _one_doer(found))
        else:
            lead = _ru_verdict_lead(description)
    elif language == "kk":
        description, surname = _kk_without_who(description)
        description = _KK_TIME.sub("", description)
        found = _KK_CIRCUMSTANCE.match(description)
        description = description[found.end() :] if found else description
        # «... 2025 жылғы 3 мамырда жарияланған мақаласы» once the date is cut: "published"
        return _KK_DANGLING_PARTICIPLE.sub("", description), surname
    if lead is None:
        return _without_role_subject(description, language), None
    end, surname = lead
    if surname and not names.looks_like_surname(surname):
        if not names.named_given(surname):
            return _without_role_subject(description, language), None
        surname = None  # «Руслан в январе переслал ...»: a given name, no one's surname

    # (the lead's end is an offset in the words as given: the role cut after it, not before)
    rest = _without_role_subject(description[end:], language)
    # «Табылдиев «неоднократно размещал ...»»: the court's words quoted are still the deed
    quoted = re.fullmatch(r"[«\"“](?P<deed>[^«»\"“”]+)[»\"”]", rest.strip())
    return day + (quoted.group("deed") if quoted else rest), surname


_RU_SUBJECT_FIRST = re.compile(rf"^{_RU_SUBJECT}(?=,)")
#: A verdict's way and aim before the deed, each between commas: «, находясь по месту
#: жительства, умышленно, с целью возбуждения розни, используя сеть Интернет, разместила ...».
_RU_AIM = re.compile(r"^(?:с\s+целью|в\s+целях|будучи|действуя|по\s+мотив\w+|из\s+\w+\s+побуждени)")
_RU_PAST = re.compile(r"^[а-яё]+(?:л|ла|ли|ло)(?:ся|сь)?$", re.IGNORECASE)


def _ru_verdict_lead(description: str) -> tuple[int, str | None] | None:
    """Where the deed begins after a verdict's subject and its asides between commas."""
    found = _RU_SUBJECT_FIRST.match(description)
    if not found:
        return None
    position = found.end()
    while True:
        chunk = re.match(r",\s*([^,;]+)", description[position:])
        if not chunk:
            return None
        first = chunk.group(1).split()[0] if chunk.group(1).split() else ""
        if _past_verb(first):
            return position + chunk.start(1), found.group("surname")
        # «, в мессенджере Telegram в группе «Кентау 24/7» разместил ...»: where, then the verb
        where = _RU_WHERE_THEN_VERB.match(description, position + chunk.start(1))
        if where and _past_verb(where.group("verb")):
            return position + chunk.start(1), found.group("surname")
        if not (_RU_AIM.match(chunk.group(1)) or _aside_word(first) or _ru_who(first)):
            return None
        position += chunk.end()


#: «в мессенджере Telegram в группе «Кентау 24/7» разместил»: a place (quoted names in it)
#: before the deed's verb.
_RU_WHERE_THEN_VERB = re.compile(
    r"(?:в|во|на|через|посредством)\s+(?:[^,;«»]|«[^«»\n]{0,40}»){0,100}?"
    r"(?<![\w-])(?P<verb>[а-яё]+(?:л|ла|ли)(?:ся|сь)?)\b"
)


def _past_verb(word: str) -> bool:
    return bool(_RU_PAST.match(word)) and any(
        "VERB" == p.tag.POS for p in names.morph().parse(word.lower())[:2]
    )


#: A verdict's noun asides of who the person is: «житель г. Кентау», «уроженец с. Шиели»,
#: «гражданин Республики Казахстан» (a trade too: «временно неработающий» is an adverb's).
_RU_WHO_ASIDE = re.compile(r"(?:жител|урожен|граждан)\w*$", re.IGNORECASE)


def _ru_who(word: str) -> bool:
    return bool(_RU_WHO_ASIDE.match(word))


def _aside_word(word: str) -> bool:
    """A gerund, a participle or an adverb: «находясь», «используя», «умышленно»."""
    return any(p.tag.POS in ("PRTF", "GRND", "ADVB") for p in names.morph().parse(word.lower())[:1])


#: Kazakh: who did it, told before the deed: an age («43 жастағы»), where from and a role
#: («түркістандық журналист»), the name («Айгерім Тоқтарова», «Ержан Болатұлының»), an
#: apposition between dashes («— жеке кәсіпкер —»).
_KK_AGE_OR_ROLE = re.compile(
    r"^(?:\d{1,3}\s+жастағы\s+|(?:[а-яәғқңөұүһі]+(?:лық|лік|дық|дік|тық|тік)\s+)?"
    r"(?:журналист|белсенді|блогер|ақын|тілші|мұғалім|зейнеткер|кәсіпкер|фермер|сотталушы|"
    r"айыпталушы|инженер|дәрігер|мұнайшы|жұмысшы|заңгер|студент|жүргізуші|(?:[\w-]+-)?маман)\s+|[—–]\s+[^—–]{3,60}?\s+[—–]\s+)",
    re.IGNORECASE,
)
#: (not a town named after a person, «Қонаев қалалық әкімдігі», «Қонаев қаласында»: a place)
#: A Kazakh place noun in any form («қалалық», «облысы», «ауданында», «ауылы»).
KK_PLACE_NOUN = r"(?:қала|облыс|аудан|ауыл)\w*"
_KK_PLACE = re.compile(rf"{KK_PLACE_NOUN}$", re.IGNORECASE)
_KK_NAME = re.compile(rf"^(?-i:[{_UPPER}])[{_LOWER}-]+(?:\s+(?!{KK_PLACE_NOUN}\b)(?=\S+\s+\S)|$)")
_KK_DANGLING_PARTICIPLE = re.compile(
    r"^(?:жарияланған|жүктелген|таратылған|жазылған|орналастырылған)\s+", re.IGNORECASE
)


#: Kazakh: who did it told by a longer apposition ending in their trade or status, then their
#: name («металлургия комбинатының бұрынғы жұмысшысы Жақыпов ...», «Қаражал қаласының
#: тұрғыны, бұрын сотталмаған, жұмыссыз Нұрахметов Бауыржан Серікұлы ...»): the trade's
#: possessive («жұмысшысы», «тұрғыны») or agentive («жұмыссыз», «құрылысшы») ending, right
#: before the name.
_KK_APPOSED_WHO = re.compile(
    rf"^[^.;:!?«»()]{{0,120}}?[а-яәғқңөұүһі]+(?:шысы|шісі|шы|ші|сыз|сіз|ны|ні|сы|сі)"
    rf"\s+(?P<name>(?-i:[{_UPPER}])[{_LOWER}-]+(?:\s+(?-i:[{_UPPER}])[{_LOWER}-]+){{0,2}})"
    # (not «тұрғыны Серіков туралы»: a name a postposition governs is what the deed is of)
    rf"\s+(?!(?:туралы|жайлы|үшін|мен|бен|пен|деп|сияқты|арқылы)(?![\w-]))(?=[^\s{_UPPER}]|[A-Z])"
)


#: Initials, before or after a surname («А. Б. Сейітов», «Сейітов А. Б.»).
_KK_INITIALS = re.compile(rf"^(?:(?-i:[{_UPPER}])\.\s?){{1,2}}\s*")
#: "and" between two people who did it («Сейітов пен Колесников», «Ахметов және Серіков»).
_KK_AND = re.compile(rf"^(?:пен|мен|бен|және)\s+(?=(?-i:[{_UPPER}]))")


def _kk_without_who(description: str) -> tuple[str, str | None]:
    """The act without who did it, told before it (up to six steps: age, role, names, dashes),
    and the surname cut (whose act it is)."""
    surname = None
    pair = False
    apposed = _KK_APPOSED_WHO.match(description)
    if apposed and names.looks_like_surname(apposed.group("name").split()[0]):
        surname = apposed.group("name").split()[0]
        description = description[apposed.end() :]
    for _ in range(6):
        found = _KK_AGE_OR_ROLE.match(description) or _KK_INITIALS.match(description)
        if found is None and surname is not None and _KK_AND.match(description):
            # «Сейітов пен Колесников ...»: two people did it, the act is not one's alone
            found, pair = _KK_AND.match(description), True
        if not found:
            name = _KK_NAME.match(description)
            word = name.group().strip() if name else ""
            given = _kk_given_before_surname(description)
            if not name or not (names.looks_like_surname(word) or given):
                break
            if not given:
                surname = word
            found = name
        description = description[found.end() :]
    return description, None if pair else surname


def _kk_given_before_surname(description: str) -> bool:
    """«Айгерім Тоқтарова ...»: a capitalised word before a surname is a given name."""
    words = description.split()
    return (
        len(words) > 2
        and words[1][:1].isupper()
        and names.looks_like_surname(words[1])
        and not _KK_PLACE.match(words[2])  # «Бекжанов Қонаев қалалық ...»: a town after him
    )


#: Kazakh: a time without a day opening the act («2025 жылғы наурызда», «2024 жылы»): the day
#: alone is the act's date.
_KK_TIME = re.compile(
    # («2026 жылдың көктемінде»: a season or month in the genitive, no day)
    # («2026 жылдың наурыз-сәуір айларында»: months, no day)
    r"^(?:\d{4}\s+жыл(?:ғы|дың)\s+(?:[а-яәғқңөұүһі]+-[а-яәғқңөұүһі]+\s+айларында|"
    r"[а-яәғқңөұүһі]+(?:да|де|та|те))|"
    r"\d{4}\s+жылы|былтыр|биыл)\s+",
    re.IGNORECASE,
)
#: Kazakh: where the person was when acting, before the deed («өз үйінде отырып, Facebook-та
#: ...»): a converb of being or using, then a comma.
_KK_CIRCUMSTANCE = re.compile(
    r"^[^,.]{0,60}?(?:отырып|тұрып|жатып|болып|пайдаланып|қолданып),\s+", re.IGNORECASE
)


def _participle(word: str) -> bool:
    return any(p.tag.POS in ("PRTF", "GRND") for p in names.morph().parse(word.lower())[:1])


#: Where the next part of a clause is someone else's act, or another act with its own date.
#: (", as well as transferring ...", «, а также перечислил ...», «, сондай-ақ ... аударған»:
#: another act of the same person, told as an addition)
_NEXT_PERSON = {
    "en": rf",?\s+(?:and\s+that|while|whereas)\s+(?=(?-i:[{_UPPER}])[\w'-]+[\s,])|"
    r",\s+as\s+well\s+as\s+(?=\w+ing\b)",
    "ru": rf",\s+а\s+(?=(?-i:[{_UPPER}])[{_LOWER}-]+[\s,]|\d{{1,2}}\s+[а-яё]+\s+\d{{4}})|"
    r",\s+а\s+также\s+(?=[а-яё]+(?:л|ла|ли)\b)",
    # (a day of its own after a comma: «... үндеуін жіберді, 20 наурызда ... қатысты»)
    # («..., ал Қ. Әлиевтің ...»: initials before the surname)
    "kk": rf",\s+ал\s+(?=(?:(?-i:[{_UPPER}])\.\s?){{0,2}}(?-i:[{_UPPER}])[{_LOWER}-]+[\s,]|"
    r"\d{4}\s+жылғы)|,\s+сондай-ақ\s+|"
    r",\s+(?=\d{1,2}\s+(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|"
    r"қараша|желтоқсан)\w*(?:да|де|та|те)\s)",
}


#: A Russian relative clause on a work («видео, в котором ...», «пост, где ...»): an «, а также
#: назвал ...» after it goes on telling what the work said, not another deed.
_RU_RELATIVE_OPEN = re.compile(r",\s+(?:(?:в|на|о)\s+)?(?:котор\w+|где)\s", re.IGNORECASE)


def by_person(text: str, language: str) -> list[str]:
    """The clause cut where another person's act (or another dated act) begins."""
    parts, start = [], 0
    for cut in re.finditer(_NEXT_PERSON[language], text, flags=re.IGNORECASE):
        first = re.match(r"[\w'-]+", re.sub(r"^(?:\w\.\s?)+", "", text[cut.end() :]))
        if first and first.group()[0].isupper() and not names.looks_like_surname(first.group()):
            continue  # «, а Instagram ...»: no one's name, the clause goes on
        if (
            language == "ru"
            and re.match(r",\s+а\s+также\s", cut.group(), re.IGNORECASE)
            and _RU_RELATIVE_OPEN.search(text, start, cut.start())
        ):
            continue  # «видео, в котором призвал ..., а также назвал ...»: what the video said
        parts.append(text[start : cut.start()])
        start = cut.end()
    parts.append(text[start:])
    return parts


_EN_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_RU_MONTH_IN = (
    r"(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)"
)
#: A time without a day closing an act told by its verb ("shared its videos on Facebook in the
#: spring of 2024", «сделал там репосты в феврале этого года»): the day alone is the act's date.
#: A noun's own clause keeps it ("Telegram messages he sent in January 2022").
_TIME_TAIL = {
    "en": r"(?:\s+(?:in|during|throughout|since)\s+(?:the\s+)?"
    r"(?:(?:spring|summer|autumn|fall|winter|early|late|middle|mid|end|beginning)\s+(?:of\s+)?)?"
    rf"(?:{_EN_MONTH}(?:\s+\d{{4}})?|\d{{4}})|\s+(?:last|this)\s+(?:year|month|spring|summer|"
    # ("between March and September", "from March to May 2026": a span of months)
    rf"autumn|winter)|\s+(?:between\s+{_EN_MONTH}(?:\s+\d{{4}})?\s+and|from\s+{_EN_MONTH}"
    rf"(?:\s+\d{{4}})?\s+(?:to|until|till))\s+{_EN_MONTH}(?:\s+\d{{4}})?)\s*$",
    "ru": rf"\s+(?:(?:в|во)\s+(?:{_RU_MONTH_IN}(?:\s+(?:этого|прошлого|\d{{4}})\s+года)?|"
    r"\d{4}\s+году|(?:этом|прошлом)\s+году)|(?:весной|летом|осенью|зимой)"
    r"(?:\s+(?:этого|прошлого|\d{4})\s+года)?)\s*$",
    "kk": r"(?!)",
}
#: «комментарии ..., оставленные в январе 2026 года»: a participle with only a time closing a
#: noun act says nothing of the act
_RU_PARTICIPLE_TIME = re.compile(
    rf",\s+[а-яё]+(?:нн|вш|ем|им)[а-яё]*\s+(?:в|во)\s+(?:{_RU_MONTH_IN}|\d{{4}}\s+году)"
    r"(?:\s+(?:этого|прошлого|\d{4})\s+года)?\s*$",
    re.IGNORECASE,
)
_VERB_FIRST = {
    "en": re.compile(r"^(?:had\s+)?" + _EN_DEED.removeprefix("(?=").removesuffix(")"), re.I),
    "ru": re.compile(r"^[а-яё]+(?:л|ла|ли|ло)(?:ся|сь)?\b", re.I),
    "kk": re.compile(r"(?!)"),
}
#: A remark on the last noun with a subject of its own (", which the authorities labelled
#: "extremist" in 2018") and a footnote's mark ("[2]") close no act.
_REMARK = {
    # (", published by the outlet Aulie-Ata Times": who published it, no part of the act)
    # (", in a case that rights groups say shows ...": the writer's remark)
    # (", published" left alone once its date is cut)
    "en": re.compile(
        # (", according to the verdict": who says so, closing the act)
        # (a quote's closing mark after its comma stays: '... are paid," days after ...')
        r",(?P<quote>[\"”]?)\s+(?:(?:which\s+(?:the|a|an)|published\s+by)\s+[^,;]+|in\s+a\s+case\s+that\b.*|"
        r"according\s+to\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?|"
        r"which\s+(?:caused|led\s+to|resulted\s+in|entailed)\b.*|"
        # (", thereby creating a threat to public order": the consequence the article needs;
        # ", as confirmed by an expert report": the proof; ", days after a court ruled the
        # strike illegal": the writer's time remark)
        r"(?:thereby\s+)?(?:creating|causing|posing)\s+(?:a\s+|an\s+)?(?:real\s+)?"
        r"(?:threat|risk|danger|panic)\b.*|"
        r"as\s+(?:confirmed|established|found)\s+by\b.*|"
        r"(?:(?:only\s+|just\s+)?(?:days|weeks|hours|a\s+day|a\s+week)|shortly|soon)\s+"
        r"(?:after|before)\s.*|"
        # ("The trial of X, charged ... over voice messages ..., opened at the City Court":
        # the sentence's own verb after the aside the act is told in)
        r"(?:opened|began|started|resumed|continued|ended|closed)\s+(?:at|in|on|before)\s.*|"
        r"(?:posted|published|uploaded|shared|written|filmed|recorded|aired|broadcast))$",
        re.I,
    ),
    # («акцию против цен на газ, которая закончилась стычкой с полицией»: what became of it;
    # «видео, в котором он ...», «видеоролики, которые он выложил» tell the act and stay)
    # (a verdict's «, что повлекло нарушение общественного порядка»: the consequence the
    # article needs, not the deed)
    # (a wire's «, передает корреспондент агентства из зала суда», «, сообщает пресс-служба
    # суда»: who reports it)
    "ru": re.compile(
        # («... «ворует у детей» – речь шла о сорванном ремонте»: the writer's gloss after a dash)
        r"(?:,|(?=[»\"”]?\s+[–—]\s+(?:речь|имел)))(?P<quote>[»\"”]?)\s+(?:"
        r"[–—]\s+(?:речь\s+(?:шла|ид[её]т)|имел\w*\s+в\s+виду)\b|"
        r"(?:переда[её]т|сообщает|сообщили|пишет|информирует)\s+(?:[\w-]+\s*){1,6}$|"
        r"котор(?:ая|ый|ое|ые)\s+[а-яё]+(?:л|ла|ло|ли)(?:ся|сь)?\b|"
        r"что\s+(?:повлекл\w*|привел\w*|привёл|создал\w*|вызвал\w*)\b|"
        # (the court's or the writer's verdict on the words, quoted or not: «, «что не
        # соответствовало действительности ...»»; «..., хотя на видео видно, что его самого
        # толкали»: a concession the writer makes, no part of the deed)
        r"[«“]?что\s+не\s+соответствовал\w*\b|"
        r"хотя\s|"
        # («, создав угрозу нарушения общественного порядка»: the consequence told by a
        # converb; «, что подтверждено заключением экспертизы»: the proof)
        r"(?:тем\s+самым\s+)?(?:создав|вызвав|повлекши?|причинив|посеяв)\s|"
        r"что\s+(?:подтвержд\w+|установлен\w*)\s+(?:заключени|экспертиз|выводами)\w*)[^;]*$",
        re.I,
    ),
    "kk": re.compile(r"(?P<quote>)(?!)"),
}
_FOOTNOTE = re.compile(r"(?:\[\d{1,3}\])+\s*$")
#: A time in brackets closing the act: «(март 2021 г.)», "(March 2021)", «(2024 жыл)».
_BRACKETED_TIME = re.compile(
    r"\s*\((?:[^\W\d_]+\s+)?\d{4}\s*(?:г\.?|года|жыл\w*)?\)$", re.IGNORECASE
)


def without_remark(text: str, language: str) -> str:
    """The act without a remark closing it (", which a court had declared unlawful on 15
    January 2026"): cut before the act is dated, so that the remark's day is not the act's."""
    return _REMARK[language].sub(r"\g<quote>", text.rstrip(" ."))


def without_tail(description: str, language: str) -> str:
    """The act without a footnote's mark, a remark or (told by its verb) a time closing it."""
    description = _FOOTNOTE.sub("", description.rstrip(" .")).rstrip(" .")
    description = _BRACKETED_TIME.sub("", description)
    description = _REMARK[language].sub(r"\g<quote>", description)
    if _VERB_FIRST[language].match(description):
        description = re.sub(_TIME_TAIL[language], "", description, flags=re.IGNORECASE)
    elif language == "ru":
        description = _RU_PARTICIPLE_TIME.sub("", description)
    return description


#: An act worded as the Criminal Code's offence ("taking part in the activities of a banned
#: movement", "stirring up mass riots during the wage dispute", «участии в деятельности
#: запрещённого движения ДВК», «организации незаконного митинга»): what the person is charged
#: with, which gives way to what they did when the text tells that too.
_OFFENCE_WORDING = {
    "en": re.compile(
        r"^(?:(?:participat\w+|tak\w+\s+part|involvement|membership)\s+in\s+(?:the\s+)?"
        r"activities\s+of|(?:creat|organi[sz]|lead|runn)\w*\s+(?:and\s+\w+\s+(?:in\s+)?)?(?:an?\s+)?"
        r"(?:banned\s+)?[\"“]?extremist|(?:stirr\w+\s+up|incit\w+|call\w*\s+for)\s+(?:\w+\s+){0,2}?"
        r"(?:mass\s+(?:riots|unrest|disorders?)|(?:(?:social|national|ethnic|inter-ethnic|religious)\s+)?(?:discord|"
        r"hatred|enmity))|"
        r"(?:spread|disseminat)\w+\s+(?:of\s+)?(?:knowingly\s+)?false\s+information|"
        # ("participating in banned "extremist" organizations")
        r"participat\w+\s+in\s+(?:an?\s+|the\s+)?(?:banned\s+)?[\"“]?extremist[\"”]?\s+"
        r"(?:organi[sz]ation|group|movement)|"
        # ("her peaceful and legitimate trade union and human rights work": a defender's words
        # for what the person does, no deed)
        r"(?:his|her|their)\s+(?:peaceful|legitimate|lawful)\s+(?:[\w-]+\s+){0,8}?"
        r"(?:work|activism|activities|activity)\s*$|"
        # (Article 179: calls for the violent seizure of power)
        r"call\w*\s+for\s+(?:the\s+)?(?:violent|forcible)\s+(?:seizure|change|overthrow)|"
        # (Article 402: calls to join a strike declared illegal)
        r"(?:incit|call)\w*\s+(?:for\s+|to\s+)?(?:\w+\s+){0,2}?strike\b|"
        r"insult\w+\s+(?:a|the)\s+(?:government\s+official|representative\s+of\s+the\s+authorit))",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"^(?:в\s+)?(?:(?:участи|причастност)\w*\s+(?:в|к)\s+деятельности\s+(?:\w+\s+){0,4}?"
        r"(?:организаци|объединени|движени|партии)|организаци\w+\s+(?:незаконного|несанкционированного)\s+(?:митинга|"
        r"собрания|пикета|акции)|распространени\w+\s+(?:заведомо\s+)?ложной\s+информации|"
        r"(?:возбуждени|разжигани)\w+\s+(?:[\w-]+\s+){0,3}?(?:розни|вражды|ненависти)|"
        r"призыв\w*\s+к\s+массовым\s+беспорядкам|"
        # (Article 378: insulting a representative of the authorities)
        r"оскорблени\w+\s+представител\w+\s+власти|"
        # («судят за ложную информацию»: the offence's object alone)
        r"(?:заведомо\s+)?ложн\w+\s+информаци\w*\s*$|"
        r"(?:пропаганд\w+|публичн\w+\s+призыв\w+)\s+(?:\w+\s+){0,3}?(?:захват|свержени)\w*)",
        re.IGNORECASE,
    ),
    # «көрінеу жалған ақпарат таратқаны», «әлеуметтік араздықты қоздырғаны», «тыйым салынған
    # ұйымның қызметіне қатысқаны»: the Code's words, no platform, no work
    "kk": re.compile(
        r"^(?:(?:әлеуметтік|ұлттық|рулық|діни|ұлтаралық)\s+)?араздықты\s+қоздыр\w*|"
        r"^көрінеу\s+жалған\s+ақпарат\w*\s+тарат\w*|"
        # («Екеуі де экстремистік деп танылып, тыйым салынған «Жаңа Дала» қозғалысының
        # қызметіне қатысты»: those charged and how the court named the body come first)
        r"^(?:(?:екеуі|үшеуі|төртеуі|олар|ол)(?:\s+де)?\s+)?"
        r"(?:(?:экстремистік|террористік)\s+деп\s+танылып,?\s+)?"
        r"(?:экстремистік|тыйым\s+салынған)\s+(?:[«\"“]?[\w-]+[»\"”]?\s+){0,3}?"
        r"(?:ұйым|қозғалыс|бірлест|партия)\w*\s+қызмет\w*\s+(?:қатыс|ұйымдастыр)\w*|"
        r"^жаппай\s+тәртіпсіздік\w*\s+(?:қатыс|шақыр|ұйымдастыр)\w*|"
        r"^билік\s+өкіл\w*\s+қорла\w*",
        re.IGNORECASE,
    ),
}


def worded_as_offence(description: str, language: str) -> bool:
    """True when the act is the Criminal Code's offence said in other words."""
    # («яғни көрінеу жалған ақпарат таратқаны», "i.e. spreading ...": the offence named again)
    description = re.sub(
        r"^(?:яғни|то\s+есть|т\.\s?е\.|i\.\s?e\.|namely)[,\s]+", "", description.strip(' «"“')
    )
    return _OFFENCE_WORDING[language].match(description) is not None


#: Who says so, set off by commas inside the act: ", according to the prosecution,", «, по его
#: словам,», «, оның айтуынша,». The act is the deed, not the source of the claim.
_HEARSAY = {
    "en": re.compile(
        r",\s+(?:according\s+to\s+(?:him|her|them|the\s+\w+)|as\s+(?:he|she|they)\s+"
        r"(?:said|claimed|alleged)|allegedly),(?=\s)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r",\s+(?:по\s+(?:его|её|ее|их)\s+словам|как\s+(?:он|она|они)\s+(?:утвержда|счита|"
        r"писа|заяви)\w*|по\s+версии\s+(?:следствия|обвинения)|якобы),(?=\s)",
        re.IGNORECASE,
    ),
    "kk": re.compile(r",\s+(?:оның|олардың)\s+айтуынша,(?=\s)", re.IGNORECASE),
}
#: "inciting social discord in a speech he gave ...": the offence's words before the work it
#: was done in; the work is the act.
_OFFENCE_IN_WORK = {
    # ("inciting hatred on social media after he took a swipe at ...": the deed after "after")
    # ("inciting social discord by posting a video ...": the deed after "by")
    "en": r"[^,;]{0,60}?\s+after\s+(?:he|she|they)\s+(?=[a-z]+)|"
    r"(?:\s+\w+){0,3}?\s+by\s+(?=\w+ing\b)|"
    r"(?:\s+\w+){0,3}?\s+(?:in|through|via|with|over|for|because\s+of)\s+"
    r"(?=(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:speech|post|video|article|comment|"
    r"poem|song|stream|livestream|interview|message|publication|address|statement|report)s?\b)",
    # («... ложной информации из-за поста о больнице»: what it is charged for)
    "ru": r"(?:\s+\w+){0,3}?\s+(?:в|во|через|из-за|за|в\s+связи\s+с\w*)\s+"
    r"(?=(?:сво\w+\s+|его\s+|её\s+|ее\s+)?(?:видео|пост|публикаци|стать|"
    r"комментари|выступлени|стих|песн|запис)\w*)|"
    # «возбуждение розни путём размещения видео ...»: the deed after «путём»
    r"(?:\s+[\w-]+){0,4}?\s+путём\s+(?=[а-яё]+)|"
    # «участие в деятельности запрещённой организации — он якобы делал репосты ...»
    r"[^—–]{0,80}?\s[—–]\s+(?:(?:он|она|они)\s+)?(?:якобы\s+)?(?=[а-яё]+(?:л|ла|ли)\b)",
    "kk": r"(?!)",
}


#: The offence named in quotes, then the deed: "'disseminating false information' after she
#: criticised ...", «"возбуждение розни" за пост ...».
_QUOTED_OFFENCE_THEN = {
    "en": r"^[\"“'‘][^\"”'’]{3,120}[\"”'’]\s*(?:\([^()]*\)\s*)?,?\s+(?:after|for|over|because\s+of|"
    r"in\s+connection\s+with)\s+(?:(?:he|she|they)\s+)?",
    "ru": r"^[«\"“][^»\"”]{3,120}[»\"”]\s*(?:\([^()]*\)\s*)?,?\s+(?:за|из-за|после\s+того,?\s+как|"
    r"в\s+связи\s+с\w*)\s+(?:(?:он|она|они)\s+)?",
    "kk": r"(?!)",
}
#: A vague act, then the deed it includes: "her peaceful activism, including organising a rally",
#: «правозащитная деятельность, в том числе организация пикета».
_INCLUDING = {
    "en": r"^[^,;]{3,60},\s+(?:including|in\s+particular|notably|such\s+as)\s+",
    "ru": r"^[^,;]{3,60},\s+(?:в\s+том\s+числе|в\s+частности|включая)\s+",
    "kk": r"(?!)",
}


def without_hearsay(description: str, language: str) -> str:
    """The act without who says so, without the offence's words or name before the work, and
    without a vague act before the deed it includes."""
    for lead in (_QUOTED_OFFENCE_THEN[language], _INCLUDING[language]):
        found = re.match(lead, description, re.IGNORECASE)
        if found and len(description) - found.end() > 10:
            description = description[found.end() :]
    description = _HEARSAY[language].sub("", description)
    offence = _OFFENCE_WORDING[language].match(description)
    if offence:
        work = re.match(_OFFENCE_IN_WORK[language], description[offence.end() :], re.IGNORECASE)
        if work:
            description = description[offence.end() + work.end() :]
    return description


#: Evidence, not a deed: "a linguistic expert report, which found ...", "the testimony of
#: police officers", «заключении лингвистической экспертизы», «сараптама қорытындысы». What
#: the case rests on may be the proof of the act; it is never the act.
_EVIDENCE = {
    "en": re.compile(
        r"^(?:an?|the)\s+(?:(?:linguistic|psycho-?linguistic|psychological|forensic|philological|"
        r"religious|expert|court-ordered|new|second|single)\s+){1,3}(?:report|examination|"
        r"opinion|assessment|analysis|conclusion)s?\b|"
        r"^(?:the\s+)?testimon(?:y|ies)\s+of\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"^(?:заключени\w+|вывод\w*|результат\w*)\s+(?:\w+\s+){0,2}?(?:эксперт|экспертиз|"
        r"лингвист|психолог)\w*|^показани\w+\s+(?:\w+\s+)?(?:свидетел|сотрудник|полицейск)\w*",
        re.IGNORECASE,
    ),
    "kk": re.compile(r"^(?:\w+\s+)?сараптама\w*\s+қорытынды\w*|^куә\w*\s+жауа\w*", re.IGNORECASE),
}


def is_evidence(description: str, language: str) -> bool:
    """True when the act read is the evidence of the case, not a deed."""
    return _EVIDENCE[language].match(description) is not None
