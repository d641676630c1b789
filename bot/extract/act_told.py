"""Deeds told plainly by their doer, read only where nothing else says what the person is
accused of (`acts._told_plainly`): «Белсенді ... видео жариялаған.», "Yerzhanov had posted a
video ...", «2 февраля 2026 года Исмаилов опубликовал в Facebook пост ...».

Kept apart from `act_cues` (the cues that introduce an act) so the plain telling has its own
table and table test. Invariants:

- The match ends where the deed begins: the doer, an aside on who they are, the day told before
  the verb and a "had" are no part of it; a verb with no object ("wrote on Facebook that")
  stays, what was written follows it.
- The doer is a person named by a surname (a surname's ending, or a given name then a
  surname), never an institution ("Police", «Суд»): the surname found decides whose deed it is.
"""

from __future__ import annotations

from bot.extract.lexicon import compile_table

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
        r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
        r"(?-i:[A-Z][a-z]+(?:ov|ev|ova|eva|in|ina|uly|kyzy|bay|bek|bekov|bayev))"
        r"(?:,\s+who\s+[^,;.]{3,80},)?\s+"
        r"(?:had\s+)?(?:(?:published|posted|wrote|shared|uploaded|filmed|livestreamed|recorded|"
        # ("wrote on Facebook that ...": a verb with no object keeps it, as `ACTS_TOLD` does)
        r"forwarded|reposted)\s+(?!(?:on|in|that)\b)|(?=(?:wrote|posted|said)\s+(?:on|in|that)\b))",
        # «2 февраля 2026 года Исмаилов опубликовал в Facebook пост ...»: the surname as the
        # subject, the day before it
        "ru": r"^\s*(?:\d{1,2}\s+[а-яё]+\s+\d{4}\s+года,?\s+|"
        r"(?P<same_day>в\s+(?:тот\s+же|этот(?:\s+же)?)\s+день,?\s+))?"
        r"(?-i:[А-ЯЁ][а-яё]+(?:ов|ев|ин|ова|ева|ина|ский|ская|улы|кызы))\s+(?:(?:также|ещё|еще)\s+)?"
        r"(?:опубликовал|написал|разместил|выложил|записал|распространил|переслал)\w*\s+",
        # (a note's label may open it: ««... бюросының» ескертпесі: Тәжібаев 2025 жылғы 14
        # мамырда ... шақырған»; a full date stays, to date the act)
        # (a relative's words in quotes: «Ол тек ... видео бөлісті», — дейді әйелі.)
        # («Сол күні Омарова видеоны чатқа жіберген»: dated by the sentence before)
        # («2026 жылғы 9 тамызда Сапарғалиев YouTube-арнасына ... видео жариялады.»: the day
        # first)
        # (a list's bullet or dash may open it: «▪️ Меруерт Әбдіхалықова ... деп жазған.»)
        "kk": r"^\s*(?:[▪•●◾\u2013\u2014-]\ufe0f?\s*)?[«\"“]?(?:[^.:]{3,60}ескертпе\w*:\s*)?"
        r"(?P<same_day>(?:дәл\s+)?сол\s+күні,?\s+)?"
        r"(?:\d{4}\s+жылғы\s+\d{1,2}\s+[а-яәғқңөұүһі]+(?:да|де|та|те),?\s+)?"
        r"(?:(?:сотталушы|айыпталушы|күдікті)\s+"
        r"(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])[\w-]+|ол|белсенді|блогер|журналист|ақын|тілші|"
        # (the given name may stand before the surname: «Ғалымжан Сейтқали ...»)
        r"(?:(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])[а-яәғқңөұүһі]+\s+)?"
        r"(?-i:[А-ЯЁӘҒҚҢӨҰҮҺІ])[\w-]+(?:ов|ев|ин|ова|ева|ина|ұлы|қызы|бай|бек|али|қали))\s+"
        r"(?:(?:тек|жай|бар\s+болғаны)\s+)?(?:(?:былтыр|биыл|өткен\s+жылы|\d{4}\s+жылы)\s+(?:[\w-]+(?:да|де|та|те)\s+)?)?"
        r"(?=[^.]{5,300}?\b(?:жариялаған|жазған|бөліскен|жүктеген|таратқан|салған|жіберген|"
        # (what was said, told by the verb that reports it: «... деп жазған», «... деп,
        # әкімдікті сынаған», «... деген»)
        r"шақырған|айыптаған|атаған|сынаған|деген|айтқан|жариялады|жазды|бөлісті|жүктеді|"
        r"таратты|жіберді|шақырды|сынады|айтты)"
        r"\s*[»\"”]?(?:,?\s*[—–-]\s*[^.]{0,40})?[.!]?\s*$)",
    }
)
