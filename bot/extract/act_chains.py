"""Russian and Kazakh deeds told in a chain, and deeds told plainly with their day.

Kept apart from `acts` (which reads the cues) so the wording of a chain has its own place.
Invariants:

- A Kazakh chain of converbs («... қатысып, ... жариялаған») is one act, unless a full day opens
  the next link («жиналысына қатысып, 2026 жылғы 5 наурызда ... жариялаған»): each dated link is
  an act on its own day.
- A deed told plainly is read only where nothing else says what the person is accused of
  (`act_told.told_plainly`); a sentence told of it opens with its day, and its verb is a deed's.
"""

from __future__ import annotations

import re

from bot.extract.values import MONTHS

#: A Kazakh converb's comma before a full day that opens the next deed: «қатысып, 2026 жылғы 5
#: наурызда».
_KK_DATED_LINK = re.compile(
    r"(?<=ып|іп|ап|еп|яп|юп),\s+"
    r"(?=(?:\d{4}\s+жылғы\s+)?\d{1,2}\s+[а-яәғқңөұүһі]+(?:да|де|та|те)\b)",
    re.IGNORECASE,
)


def dated_links(text: str, language: str) -> list[str]:
    """The links of a Kazakh chain of deeds that each open with their own day; the text whole
    where no link after the first opens with a day."""
    if language != "kk":
        return [text]
    return [part for part in _KK_DATED_LINK.split(text) if part.strip()]


_MONTH = "|".join(sorted((m for m in MONTHS if not m.isascii()), key=len, reverse=True))

#: Russian: a day without its year opening an act («7 марта »), or nothing.
RU_YEARLESS_DAY = rf"(?:\d{{1,2}}\s+(?:{_MONTH})\s+(?!\d))?"

#: Russian: the day a plain deed opens with («5 октября Арман поделился в Facebook видео ...»,
#: «30 сентября в WhatsApp-группе нашего микрорайона папа написал, что ...», «Серик Кадыров,
#: оператор ..., 28 мая отправил в чат голосовое ...»): the day, where, who, then the deed's
#: verb; who is no part of the act.
_RU_DAY_DEED = re.compile(
    # (a chat's line: «[25.11.2026, 11:46] Алия: Серик Кадыров, оператор ..., 28 мая ...»)
    r"(?:^\s*(?:\[[^\]\n]{3,30}\]\s*(?:[^:\n]{2,40}:\s+)?)?|(?<=:\s))\s*"
    rf"(?:(?P<who>[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){{0,2}})"
    rf"(?:,\s+[^,;.]{{3,80}},)?\s+)?"
    rf"(?P<day>\d{{1,2}}\s+(?:{_MONTH})(?![а-яё])(?:\s+\d{{4}}(?:\s+года|\s*г\.)?)?)"
    r"(?:\s+(?:текущего|этого|прошлого)\s+года)?,?\s+"
    r"(?P<where>(?:(?:в|во|на|под|у)\s+[^,;.]{2,60}?\s+)?)"
    r"(?:(?P<doer>[А-ЯЁ][а-яё-]+)\s+|(?:он|она|они|папа|мама|отец|мать|муж|жена|сын|дочь|брат|"
    r"сестра)\s+)?"
    r"(?:(?:также|ещё|еще|снова|вновь)\s+)?"
    r"(?P<deed>(?:опубликовал|написал|разместил|выложил|записал|распространил|переслал|"
    r"отправил|поделил|выступил|назвал|призвал|организовал|провёл|провел|раздал|раздавал|"
    r"репостнул|сделал\s+репост|снял|оставил|вышел|вышла|вышли|перевёл|перевел|перевела|"
    r"прочитал|спел)(?:а|и|о)?(?:сь|ся)?(?![а-яё])|"
    # («14 августа на сайте издания опубликован материал о том, что ...»: what was published)
    r"(?:опубликован|размещ[её]н|распространен|распространён)(?:а|о|ы)?\s(?P<work>))",
)

#: Kazakh: the verb a deed told plainly closes with.
_KK_DEED_VERB = (
    r"(?:жариялаған|жазған|бөліскен|жүктеген|таратқан|салған|жіберген|шақырған|атаған|"
    r"сынаған|жариялады|жазды|бөлісті|жүктеді|таратты|жіберді|шақырды|сынады|атады|қатысқан|"
    r"қатысты|ұйымдастырған|ұйымдастырды)"
)

#: Kazakh: a sentence that opens with a full day and closes with a deed's verb («2026 жылғы
#: 24 сәуірде Facebook-те видео салып, ... шақырған.»).
_KK_DAY_DEED = re.compile(
    rf"^\s*(?:\d{{4}}\s+жылғы\s+)\d{{1,2}}\s+(?:{_MONTH})[а-яәғқңөұүһі]*(?:да|де|та|те),?\s+"
    # (not what a court or an official did: «... апелляциялық алқасы ... істі қайта қарауға
    # жіберді»)
    r"(?![^.]*?(?<![\w-])(?:сот|алқа|судья|прокурор|тергеу|полиция)\w*)"
    rf"(?=[^.]{{5,300}}?{_KK_DEED_VERB}\s*[»\"”]?[.!]?\s*$)",
    re.IGNORECASE,
)


def told_with_day(text: str, language: str) -> tuple[str, str | None] | None:
    """The deed a sentence tells plainly after the day it opens with, the day kept first (it
    dates the act) and who did it left out, and the word naming who did it if any; None where
    the sentence is no such deed."""
    if language == "ru":
        found = _RU_DAY_DEED.search(text)
        if not found:
            return None
        if found.group("work") is not None:  # «опубликован материал ...»: the work alone
            return f"{found.group('day')} {text[found.end('work') :]}", None
        who = found.group("doer") or found.group("who")
        deed = f"{found.group('day')} {found.group('where')}{text[found.start('deed') :]}"
        # («..., – это было уже после того, как ...»: the teller's remark after a dash)
        deed = re.split(r",?\s+[–—]\s+(?:это|что)\s", deed)[0]
        return deed, who.split()[-1] if who else None
    if language == "kk" and _KK_DAY_DEED.match(text):
        return text, None
    return None


#: Russian: the past verb a clause of the deed's chain opens with («..., и перевела 5 000
#: тенге»).
_RU_CLAUSE_BEFORE = re.compile(r"(?:,\s*|\s)и\s+$|,\s*$")
_RU_PAST = re.compile(r"[а-яё]+(?:л|ла|ли|ло)(?:ся|сь)?\b", re.IGNORECASE)


def deed_opens_clause(text: str, start: int, language: str) -> bool:
    """True when the verb at `start` opens the act or, in Russian, a clause of its chain told
    by its past verb after "and" («приняла участие в собрании ... и перевела 5 000 тенге»): a
    payment that is a deed, not a cost."""
    if start == 0:
        return True
    return (
        language == "ru"
        and _RU_CLAUSE_BEFORE.search(text[:start]) is not None
        and _RU_PAST.match(text, start) is not None
    )


#: Russian: ", а" and what opens the next deed of a chain: a time («а затем», «а 7 мая 2026
#: года», «а 07.12.2025») before its past verb.
_RU_NEXT_DEED = re.compile(
    r",\s+а\s+(?=(?:(?:затем|потом|позже|после\s+этого|\d{1,2}\.\d{2}\.\d{4}|"
    rf"\d{{1,2}}\s+(?:{_MONTH})(?:\s+\d{{4}}(?:\s+года)?)?),?\s+)"
    r"(?:(?:он|она|они)\s+)?[а-яё]+(?:л|ла|ли)(?:ся|сь)?\s)",
    re.IGNORECASE,
)


def next_deeds(text: str, language: str) -> list[str]:
    """The deeds of a Russian chain whose links after the first open with ", а" and a time
    before their own past verb; the text whole where there is no such link."""
    if language != "ru":
        return [text]
    first, *rest = _RU_NEXT_DEED.split(text)
    return [first] + [
        re.sub(r"^(?:затем|потом|позже|после\s+этого),?\s+", "", part, flags=re.IGNORECASE)
        for part in rest
    ]


#: Kazakh: who did it, by initials and surname in the genitive, opening a deed told by its
#: verbal noun («Б. Тұрсынбаевтың ... таратқаны»).
_KK_GENITIVE_DOER = re.compile(
    r"^(?:[А-ЯӘҒҚҢӨҰҮҺІ]\.\s?){1,2}\s*([А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі-]+(?:тың|тің|дың|дің|ның|нің))\s+"
    r"(?=[^.]*(?:ған|ген|қан|кен)(?:ы|і)\s*$)"
)


def kk_genitive_doer(description: str, language: str) -> tuple[str, str | None]:
    """A Kazakh deed without its doer named in the genitive before it, and the doer's surname
    as written («Б. Тұрсынбаевтың материалдарын таратқаны» → «материалдарын таратқаны»,
    «Тұрсынбаевтың»); the deed as it is, and None, where no such doer opens it."""
    found = _KK_GENITIVE_DOER.match(description) if language == "kk" else None
    if not found:
        return description, None
    return description[found.end() :], found.group(1)


#: Russian: where a work appeared, before the work («в канале появилось сообщение о том, что
#: ...», «на сайте вышла статья о ...»): the work is the act.
_RU_WORK_APPEARED = re.compile(
    r"^(?:(?:в|на)\s+[^,.;«»]{2,40}?\s+)?(?:появил\w*|вышл[аио]|вышел|опубликован\w*|"
    r"размещ[её]н\w*)\s+(?=(?:сообщени|пост|видео|стать|публикаци|запис|ролик|комментари|"
    r"материал)\w*\b)",
    re.IGNORECASE,
)


def without_appeared(description: str) -> str:
    """A Russian act without where its work appeared and the verb that it did."""
    return _RU_WORK_APPEARED.sub("", description)


_KK_UPPER = "А-ЯӘҒҚҢӨҰҮҺІ"
#: Kazakh: what was done first, then who did it by initials and surname, then the rest of the
#: deed («видеоүндеуді С. Әбдірахманов 29 қыркүйекте Instagram парақшасына жариялаған»).
_KK_INITIALS_DOER = re.compile(
    rf"^\s*(?P<before>[^.]*?)\s*(?<![\w-])(?:[{_KK_UPPER}]\.\s?){{1,2}}\s*"
    rf"(?P<surname>[{_KK_UPPER}][а-яәғқңөұүһі-]+)\s+"
    rf"(?P<after>[^.]*?{_KK_DEED_VERB})\s*[»\"”]?[.!]?\s*$"
)


def kk_told_by_initials(text: str) -> list[tuple[str, str]]:
    """(the deed, the surname of who did it) of each clause of a Kazakh sentence («..., ал
    ...») naming its doer by initials and surname in the nominative, the deed told round the
    name; none where a clause is no such deed."""
    told = []
    for clause in re.split(r",\s+ал\s+", text):
        found = _KK_INITIALS_DOER.match(clause)
        if not found or re.search(
            r"(?:тың|тің|дың|дің|ның|нің|ға|ге|қа|ке|ны|ні|ды|ді)$", found.group("surname")
        ):
            continue  # («Қ. Әлиевтің ...»: the genitive is told elsewhere)
        # (what was done stands before the name in the accusative, «видеоүндеуді»; who they
        # are does not: «Түркістан қаласының тұрғыны, үй шаруасындағы әйел»)
        before = found.group("before")
        before = before if re.search(r"(?:ны|ні|ды|ді|ты|ті|ын|ін)$", before) else ""
        told.append((f"{before} {found.group('after')}".strip(), found.group("surname")))
    return told


def last_unquoted(parts: list[str]) -> str:
    """The last of a clause's parts cut at its commas, joined back with those before it while
    a quote opened before the cut is still open («ауылға су жоқ, | әкім тойда» деген видеосы»
    is one part)."""
    last = parts[-1]
    for part in reversed(parts[:-1]):
        if last.count("»") + last.count("”") <= last.count("«") + last.count("“"):
            break
        last = f"{part},{last}"
    return last


#: A writer's question on what the person did, answered by the next sentence («Ол не істеді?
#: 4 тамызда ... сөйледі.», «Что же он сделал? ...», "What did he do? ...").
_WHAT_DID = {
    "en": re.compile(r"\bwhat\s+(?:exactly\s+)?did\s+(?:he|she|they)\s+do\s*\?\s*$", re.I),
    "ru": re.compile(
        r"\bчто\s+(?:же\s+|именно\s+)?(?:он|она|они)\s+(?:такого\s+)?сделал[аи]?\s*\?\s*$", re.I
    ),
    "kk": re.compile(r"\b(?:ол|олар)\s+(?:сонда\s+)?не\s+істеді\s*\?\s*$", re.I),
}


def asks_what_was_done(sentence: str, language: str) -> bool:
    """True when the sentence is the writer's question on what the person did."""
    return _WHAT_DID[language].search(sentence) is not None
