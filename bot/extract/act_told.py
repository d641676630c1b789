"""Deeds told plainly by their doer, read only where nothing else says what the person is
accused of (`told_plainly`): «Белсенді ... видео жариялаған.», "Yerzhanov had posted a
video ...", «2 февраля 2026 года Исмаилов опубликовал в Facebook пост ...».

Kept apart from `act_cues` (the cues that introduce an act) so the plain telling has its own
table and table test. Invariants:

- The match ends where the deed begins: the doer, an aside on who they are, the day told before
  the verb and a "had" are no part of it; a verb with no object ("wrote on Facebook that")
  stays, what was written follows it.
- A day without its year alone before the doer («— 4 марта он написал ...») opens the act's
  words, for `act_dates` to date by the text's year and cut; no other lead word is kept.
- The doer is a person named by a surname (a surname's ending, or a given name then a
  surname), never an institution ("Police", «Суд»): the surname found decides whose deed it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extract import act_chains, act_dates, act_words, names
from bot.extract.blocks import Sentence
from bot.extract.lexicon import compile_table
from bot.extract.record import Record
from bot.extract.values import find_dates, resolve_dates

#: What the person did told as a plain statement, used only where nothing else says what they
#: are accused of: «Белсенді былтыр желтоқсанда Instagram-да ... видео жариялаған.» (the
#: subject and a time without a day, then the act ending in a publishing verb).
TOLD = compile_table(
    {
        # "Yerzhanov had posted a video calling for ...": the surname as the subject
        # ("On 18 January 2026, Ms. Ospankyzy recorded an audio message ...": the day first, a
        # title; "Omarova, who administers a chat, forwarded the video ...": an aside)
        # ("On the same day, Omarova forwarded ...": dated by the sentence before)
        "en": r"^\s*(?:on\s+(?:\d{1,2}\s+(?-i:[A-Z])[a-z]+|(?-i:[A-Z])[a-z]+\s+\d{1,2}),?\s+\d{4},?"
        r"\s+|(?P<same_day>(?:on\s+)?(?:that|the\s+same)\s+(?:same\s+)?day,?\s+))?"
        # ("Investigators said Kudaibergenov ... posted ...": who says so may lead)
        r"(?:(?:investigators|prosecutors|the\s+prosecution|police)\s+(?:said|say|allege[sd]?)"
        r"(?:\s+that)?,?\s+)?"
        r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
        # (the given name may stand before the surname: "Bakhyt Oralov read out ...")
        r"(?-i:(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:ov|ev|ova|eva|in|ina|uly|kyzy|bay|bek|bekov|"
        r"bayev|yev|yeva|chuk|enko))"
        # (who they are between commas or an age in brackets: "Shevchuk (66), a retired nurse,",
        # "Tasbolatov, 38, a father of three who works as a taxi driver,")
        r"(?:\s*\(\d{1,3}\))?(?:,\s+(?:\d{1,3},\s+)?(?:who|an?|the|former)\s+[^,;.]{3,100},)?\s+"
        r"(?:had\s+)?(?:(?:published|posted|wrote|shared|uploaded|filmed|livestreamed|recorded|"
        r"forwarded|reposted)\s+(?!(?:on|in|that)\b)|"
        # (a deed other than publishing keeps its verb: "announced the gathering", "read out a
        # petition", "sent a voice message")
        r"(?=(?:announced|sent|organi[sz]ed|read|addressed|spoke|called\s+on|urged)\s)|"
        # ("wrote on Facebook that ...": a verb with no object keeps it, as `ACTS_TOLD` does)
        r"(?=(?:wrote|written|posted|said)\s+(?:on|in|that)\b))",
        # «2 февраля 2026 года Исмаилов опубликовал в Facebook пост ...»: the surname as the
        # subject, the day before it
        "ru": r"^\s*(?:\d{1,2}\s+[а-яё]+\s+\d{4}\s+года,?\s+|"
        r"(?P<same_day>в\s+(?:тот\s+же|этот(?:\s+же)?)\s+день,?\s+))?"
        r"(?-i:[А-ЯЁ][а-яё]+(?:ов|ев|ин|ова|ева|ина|ский|ская|улы|кызы))\s+(?:(?:также|ещё|еще)\s+)?"
        r"(?:опубликовал|написал|разместил|выложил|записал|распространил|переслал)\w*\s+|"
        # (the surname with the given name and patronymic, an age and a trade before it, or who
        # they are between commas; a paper's «говорится, что» may lead; the day may follow the
        # doer; the deed keeps its verb: «Сейтказиев Ержан Болатович 28 сентября 2026 года
        # разместил ...», «37-летний сварщик Жанболатов назвал ...», «Жумабаева, будучи
        # участницей чата, 1 мая 2025 года приняла участие ...»)
        r"^\s*(?:[^.]{0,160}?\b(?:говорится|указано|сказано|утверждается),\s+что\s+)?"
        r"(?:\d{1,3}-летн\w+\s+(?:[а-яё-]+\s+){0,4}?)?"
        r"(?-i:[А-ЯЁ][а-яё]+(?:ов|ев|ин|ова|ева|ина|ский|ская|улы|кызы)"
        r"(?:\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:вич|вна|улы|кызы))?)"
        r"(?:,\s+[^,;.«»]{3,100},)?\s+"
        r"(?=(?:\d{1,2}\s+[а-яё]+\s+\d{4}\s+года\s+)?(?:(?:также|ещё|еще)\s+)?"
        r"(?:опубликовал|написал|разместил|выложил|записал|распространил|переслал|назвал|"
        r"призвал|принял\w*\s+участие|организовал|отправил|оставил|перев[её]л|выступил)\w*\s)",
        # (a note's label may open it: ««... бюросының» ескертпесі: Тәжібаев 2025 жылғы 14
        # мамырда ... шақырған»; a full date stays, to date the act)
        # (a relative's words in quotes: «Ол тек ... видео бөлісті», — дейді әйелі.)
        # («Сол күні Омарова видеоны чатқа жіберген»: dated by the sentence before)
        # («2026 жылғы 9 тамызда Сапарғалиев YouTube-арнасына ... видео жариялады.»: the day
        # first)
        # (a list's bullet or dash may open it: «▪️ Меруерт Әбдіхалықова ... деп жазған.»)
        "kk": r"^\s*(?:[▪•●◾\u2013\u2014-]\ufe0f?\s*)?[«\"“]?(?:[^.:]{3,60}ескертпе\w*:\s*)?"
        r"(?P<same_day>(?:дәл\s+)?сол\s+күні,?\s+)?"
        # («Ал ...», «Сондай-ақ ...»: a connective going on from the sentence before)
        r"(?:(?:ал|сондай-ақ|сонымен\s+қатар),?\s+)?"
        r"(?:\d{4}\s+жылғы\s+\d{1,2}\s+[а-яәғқңөұүһі]+(?:да|де|та|те),?\s+)?"
        # (who the doer is, before the name: a townsman's word, an age, a trade in lower case:
        # «Ақтаулық мұнайшы Бекзат Оразалиев», «31 жастағы мұғалім Төлегенова»)
        r"(?:(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])[а-яәғқңөұүһі-]+(?:лық|лік|дық|дік|тық|тік)\s+)?"
        r"(?:\d{1,3}\s+жастағы\s+)?"
        r"(?:(?-i:[а-яәғқңөұүһі-]+)\s+){0,2}?"
        r"(?:(?:сотталушы|айыпталушы|күдікті)\s+"
        r"(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])[\w-]+|ол|белсенді|блогер|журналист|ақын|тілші|"
        # (the given name may stand before the surname: «Ғалымжан Сейтқали ...»; a
        # patronymic between them: «Әлия Бекенқызы Мұратова»)
        r"(?:(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])[а-яәғқңөұүһі]+\s+)?"
        r"(?:(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])[а-яәғқңөұүһі]+(?:ұлы|қызы)\s+)?"
        r"(?-i:[А-ЯЁӘҒҚҢӨҰҮҺІ])[\w-]+(?:ов|ев|ин|ова|ева|ина|ұлы|қызы|бай|бек|али|қали))\s+"
        r"(?:(?:тек|жай|бар\s+болғаны)\s+)?(?:(?:былтыр|биыл|өткен\s+жылы|\d{4}\s+жылы)\s+(?:[\w-]+(?:да|де|та|те)\s+)?)?"
        r"(?=[^.]{5,300}?\b(?:жариялаған|жазған|бөліскен|жүктеген|таратқан|салған|жіберген|"
        # (what was said, told by the verb that reports it: «... деп жазған», «... деп,
        # әкімдікті сынаған», «... деген»)
        r"шақырған|айыптаған|атаған|сынаған|деген|айтқан|жариялады|жазды|бөлісті|жүктеді|"
        r"таратты|жіберді|шақырды|сынады|айтты|"
        # (taking part: «... онлайн-жиналысына қатысқан»)
        r"қатысқан|қатысты)"
        r"\s*[»\"”]?(?:,?\s*[—–-]\s*[^.]{0,40})?[.!]?\s*$)",
    }
)


#: A given name then a surname, both capitalised, as the subject of a told deed.
_GIVEN_AND_SURNAME = re.compile(
    rf"(?<![\w-])[{names.UPPER}][{names.LOWER}]+\s+(?P<surname>[{names.UPPER}][{names.LOWER}'-]+)\s"
)


def _yearless_day(lead: str) -> str:
    """The day without its year the lead holds alone before the doer («— 4 марта он написал
    ...», "On 4 March he wrote ..."), with a space, to open the act (`act_dates` dates it by the
    text's year and cuts it); "" when the lead holds anything else."""
    found = find_dates(lead)
    if len(found) != 1 or found[0].value.year is not None:
        return ""
    day = found[0]
    if not re.fullmatch(r"[\s—–,-]*(?:on|в)?\s*", lead[: day.start], re.IGNORECASE):
        return ""
    if not re.fullmatch(r"[\s,]*", lead[day.end :]):
        return ""
    return lead[day.start : day.end] + " "


def told_plainly(
    sentences: list[Sentence], language: str, read_act: Callable[[str, str], Record]
) -> list[Record]:
    """The deed the first sentence telling one plainly tells («Белсенді ... видео
    жариялаған.», "Yerzhanov had posted a video ..."); where such sentences name two people
    by surname ("Kaliyev recorded ... . Omarova ... forwarded ..."), each one's deed, told of
    them. `read_act` reads an act's words (`acts`' reading, passed in: `acts` imports this)."""
    # (a co-defendant's sentence blanked but for its dates runs into the next one: each part
    # between blanks is read as a sentence of its own)
    parts = [p for s in sentences for p in re.split(r"[ ]{8,}", s.text) if p.strip()]
    deeds: list[Record] = []
    for number, text in enumerate(parts):
        told = act_words.ACTS_TOLD[language].search(text) or TOLD[language].search(text)
        if told and language == "en":  # ("Nurlanov wrote ..., and on 9 August he published ...")
            told = TOLD[language].search(text, 0, told.start() + 1) or told
        if not told:
            # «5 октября Арман поделился в Facebook видео ...»: the day first, the doer unnamed
            plain = act_chains.told_with_day(text, language)
            act = read_act(plain[0], language) if plain else None
            if plain and act and act["description"]:
                if plain[1] and names.looks_like_surname(plain[1]):
                    act["told_of"] = plain[1]
                deeds.append(act)
            elif language == "kk":  # «видеоүндеуді С. Әбдірахманов ... жариялаған»
                for deed, surname in act_chains.kk_told_by_initials(text):
                    act = read_act(deed, language)
                    if act["description"]:
                        deeds.append({**act, "told_of": surname})
            continue
        act = read_act(text[told.end() :], language)
        if not act["description"]:
            continue
        if act["date"] is None and "same_day" in told.re.groupindex and told.group("same_day"):
            # "On the same day, Omarova forwarded ...": the one day of the sentence before
            before = resolve_dates(find_dates(parts[number - 1])) if number else []
            act["date"] = before[0].value.isoformat() if len(before) == 1 else None
        elif act["date"] is None:
            lead = text[: told.start()]
            if not lead.strip():  # the day inside the cue, before the subject
                # («2026 жылғы 9 тамызда»: a Kazakh day, its year first)
                day = re.match(
                    r"\s*(?:on\s+)?[^,]{4,25}?\d{4},?|\s*\d{4}\s+жылғы\s+\d{1,2}\s+\w+",
                    told.group(),
                    re.I,
                )
                lead = day.group() if day else ""
            act["date"] = act_dates.opening_day(lead)
            if act["date"] is None:
                act["description"] = _yearless_day(lead) + act["description"]
        who = [
            word
            for word in re.findall(rf"[{names.UPPER}][{names.LOWER}'-]+", told.group())
            if names.looks_like_surname(word)
        ]
        named = _GIVEN_AND_SURNAME.search(told.group())
        if who:
            act["told_of"] = who[-1]
        elif named:  # «Ғалымжан Сейтқали ... сынаған»: a surname no ending marks, after a name
            act["told_of"] = named.group("surname")
        deeds.append(act)
    told_of = {act.get("told_of") for act in deeds}
    return deeds if len(told_of) > 1 and None not in told_of else deeds[:1]
