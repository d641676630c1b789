"""The clause patterns `acts` cuts an act's words by: an offence's name or an article cited
beside it, a clause that dates the act itself, what follows the act and is not part of it (the
court's next verb, an emoji, a quote's end, a dangling preposition, costs), a payment that is
itself the act, the gathering a co-defendant's act shares (or the next day it follows on), a
Kazakh pronoun or case ending, and the words joining two acts, per language where they differ.

Patterns only: nothing here reads a text; `acts` (and `datelines`, for `OWN_DATE`) applies them.
A language without such a clause has the pattern that never matches, ``(?!)``.
"""

from __future__ import annotations

import re

from bot.extract.lexicon import IN_SENTENCE

#: An offence's name and then only its article in brackets: "participating in the activities of
#: a banned organisation (Article 405(2) of the Criminal Code).", «в участии в деятельности
#: запрещённой организации (статья 405, часть 2 УК РК).»
OFFENCE_NAME = re.compile(
    r"^[^()]{5,150}?\s*(?:\(\s*(?:Article|Art\.?|Part|стать\w*|ст\.|ч\.|част\w*)\s*\d"
    r"(?:[^()]|\(\d{1,2}\))*\)"
    # an interview's "What is he accused of — Inciting social discord, Article 174, Part 1."
    r"|,\s*(?:Article|Art\.?|стать\w*|ст\.)\s*\d(?:[^.;]|(?<=\d)\.(?=\d)){0,30})"
    r"[\s.;,]*$",
    re.IGNORECASE,
)
#: A clause that dates the act itself: a relative clause or a publishing verb before the date.
OWN_DATE = (
    # ("a comment he left under a news post on 3 May", «комментарий, оставленный 3 мая»)
    r"\b(?:that|which|котор\w+|posted|put|published|wrote|written|shared|uploaded|left|sent|"
    r"recorded|filmed|gave|delivered|опубликова\w*|написа\w*|размест\w*|распростран[её]н\w*|"
    r"оставлен\w*|оставил\w*|записа\w*|отправ\w*)\b|"
    # («за видео в TikTok от 2 мая 2026 года»: the work's own day)
    r"(?<![\w-])от(?=\s+\d{1,2}(?:\.\d{2}\.\d{4}|\s+[а-яё]+\s+\d{4}))"
)


#: Kazakh: a day, then the deed's clause ending in its verb, before «үшін» («Ол 2026 жылғы 2
#: маусымда WhatsApp топтарына ... таратқаны үшін айыпталған»): the day is the deed's (its
#: clause holds it), not the arrest's or the charge's told by the verb after «үшін».
KK_DATED_DEED = re.compile(
    r"\d{1,2}\s+[а-яәғқңөұүһі]+(?:да|де|та|те)\b[^.;]{3,300}?(?:ған|ген|қан|кен)(?:ы|і)?\s*$",
    re.IGNORECASE,
)
#: An article cited next to an act: "(Article 274, Part 2)", «(ч. 2 ст. 274 УК РК)»,
#: «ҚК 405-бабының 2-бөлігі бойынша». The act is what the person did, not the article.
CITED_ARTICLE = re.compile(
    r"\(?\s*(?:(?:ч\.|част\w*|п\.)\s*\d+\s*)*(?<![\w-])(?:ст\.|стать\w*|Art\.?|Article|"
    r"Part\s+\d+\s+of\s+Article)\s*\d+(?:\(\d{1,2}\))?"
    # "Article 272, Part 3", «ст. 174 ч. 1»: the part goes with it
    r"(?:,?\s*(?:Part|part|ч\.|част\w*)\s*\d{1,2}(?!\d))?"
    r"(?:[^()\n]{0,40}?(?:УК(?:\s+РК)?|Criminal Code|\bCC(?:\s+RK)?\b)\s*\)?"
    r"|[^()\n]{0,40}?\)|(?=[,.;]|$))|(?:(?:ҚР\s+)?ҚК(?:-\w+)?\s+)?\d+-ба[пб]\w*(?:\s+\d+-бөлі\w*)?"
    r"(?:\s+(?:және|мен)\s+\d+-ба[пб]\w*(?:\s+\d+-бөлі\w*)?)*(?:\s+бойынша)?"
    # («ҚК-нің 174-бабының 1-бөлігі бойынша (әлеуметтік алауыздықты қоздыру)»: the code's
    # name before, the offence's name in brackets after)
    r"(?:\s*\([^()\d]{3,120}\))?",
    re.IGNORECASE,
)
#: "accused of X (Article 274) for Y": Y is the act.
FOR = {
    "en": r"[\s,]*\b(?:for|over|because of)\s+",
    "ru": r"[\s,]+(?:за|из-за|в\s+связи\s+с[оo]?)\s+",
    "kk": r"(?!)",
}

#: What follows the act in the same sentence and is not part of it: the court's next verb
#: ("... and sentenced him to", «... и назначил ей»), an emoji, a list of articles after "+".
TRAILING_CLAUSE = {
    # (", and has been forbidden from ...": what was done to the person since)
    "en": r",?\s+and\s+(?:then\s+)?(?:sentenced|ordered|fined|imposed|gave|placed|jailed|"
    r"handed|banned|(?:has|have|had)\s+been|was|were)\b|"
    # ("... contained "signs of inciting social discord"": what an expert found in the work)
    r"\s+(?:contained|contain|constituted|showed|bore)\s+[\"“]?(?:signs|elements)\b|"
    # ("Nurgaliyeva, an activist convicted over a speech at a rally, was released ...": the
    # sentence's own verb after the aside that told the act)
    r",\s+(?:was|were|has\s+been|had\s+been)\s+(?:released|freed|detained|arrested|"
    r"transferred|moved|pardoned|acquitted)\b",
    "ru": r",?\s+и\s+(?:назначил|приговорил|оштрафовал|постановил|взыскал|обязал|поместил)\w*",
    "kk": r"(?!)",
}
#: A closing quote with no opening one in the act, then who said it: the end of a quote.
QUOTE_CLOSED = re.compile(r"^([^«“\"]*?)(?:[,.][»”\"]|[»”\"]\s*[,—–-]).*$", re.DOTALL)
EMOJI_OR_PLUS = re.compile(r"[\U0001F000-\U0001FFFF\u2600-\u27BF]|\s\+\s")
#: A preposition or postposition left dangling once the article after or before it is cut.
DANGLING = re.compile(
    r"(?:^(?:under|по)\s+)|(?:\s+(?:under|по|үшін|бойынша|байланысты|деп))+$", re.IGNORECASE
)
#: Costs are not acts: «за проведение экспертизы — 3 450 тенге».
MONEY = re.compile(r"\d[\d\s.,]*\s*(?:тенге|теңге|tenge|тг|₸|KZT)", re.IGNORECASE)
#: A payment or a transfer that is itself what the person is accused of.
PAYMENT = {
    "en": r"\b(?:donat\w+|transferr?\w*|sen(?:t|ding)|pa(?:id|ying)|contribut\w+)\b"
    r"(?:[^.;]|(?<=\d)\.(?=\d)){0,40}\b(?:to|into)\b",
    # («перевела движению 10 000 тенге»: a transfer told by its past verb needs no account)
    "ru": r"\b(?:(?:перевод\w*|пожертвова\w*|перечисл\w*|отправ\w*)\b"
    + IN_SENTENCE
    + r"{0,40}\b(?:на|в)\s+"
    r"(?:сч[её]т|фонд|карт)|(?:перев[её]л|перечислил|пожертвовал|отправил)\w*\b)",
    "kk": r"\b(?:аудар\w*|жібер\w*)\b",
}
#: The gathering the act before told of, by "that" or "the same": held on one day, it dates the
#: co-defendant's act at it too ("..., while Y spoke at the same rally", «..., а Y выступил на
#: этом митинге», «..., ал Y сол жиынға қатысып»). A chat or a channel lasts: no day.
SAME_GATHERING = {
    "en": re.compile(
        r"\b(?:the\s+same|that)\s+(?:rally|gathering|protest|picket|meeting|demonstration|"
        r"march)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"\b(?:(?:т|эт)(?:ом|ой|от|у|ую)(?:\s+же)?)\s+(?:митинг|собрани|пикет|акци|сход|"
        r"шестви|протест)\w*",
        re.IGNORECASE,
    ),
    "kk": re.compile(
        r"(?<![\w-])(?:сол|осы)\s+(?:жиын|митинг|пикет|шеру|акция|наразылық)\w*", re.IGNORECASE
    ),
}
#: A Kazakh noun's case ending: the genitive, dative, accusative, locative, ablative and
#: instrumental ones («Сейтқалиевтің», «Есімқұловқа», «Бековадан»).
KK_CASE_ENDING = re.compile(
    r"(?:[нтд][іы]ң|[гғкқ][аеәы]|[нтд][ыі]|[нтд][аеә]н|[дт][аеә]|[мбп][еа]н)$"
)
#: Kazakh: a day without its year opening an act («20 қарашада»), dated and cut later.
KK_YEARLESS_DAY = (
    r"(?:\d{1,2}\s+(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|"
    r"қараша|желтоқсан)[а-яәғқңөұүһі]*\s+)?"
)
#: Kazakh: the doers named by a pronoun opening the act, after its day if any («ол», «олар»,
#: «екеуі (де)», «үшеуі»): who, not what they did.
KK_SUBJECT_PRONOUN = re.compile(
    rf"^(?P<day>{KK_YEARLESS_DAY})(?:оның|олардың|ол|олар|екеуі|үшеуі)(?:\s+де)?\s+",
    re.IGNORECASE,
)
#: Two acts joined in one clause: "X and Y", «X и Y», «X және Y».
AND = {
    "en": r"\s+and\s+",
    "ru": r"\s+и\s+",
    # «Мейірханов ... чатын құрған, ал Омарова сол чатта ... таратқан»: "while X did Y"
    "kk": r"\s+(?:және|мен)\s+",
}
#: A deed told "the next day" after the act before it, opening its words: dated the day after
#: that act's, the words cut («..., а Y на следующий день зачитал обращение», "..., and Y the
#: next day read it out", «..., ал Y келесі күні ... таратқан»).
NEXT_DAY = {
    "en": re.compile(
        r"^\s*(?:(?:on\s+)?the\s+(?:next|following)\s+day|a\s+day\s+later),?\s+", re.IGNORECASE
    ),
    "ru": re.compile(
        r"^\s*(?:на\s+(?:следующий|другой)\s+день|дн[её]м\s+позже|через\s+день),?\s+",
        re.IGNORECASE,
    ),
    "kk": re.compile(r"^\s*(?:келесі|ертесі)\s+күні,?\s+", re.IGNORECASE),
}
