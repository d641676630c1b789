"""More ways reports say what the person did (the act), learnt from published reports.

Kept apart from `act_words.ACTS` so each wording class has its own table and table test
(tests/test_extract_english.py, test_extract_russian.py, test_extract_kazakh.py). Invariants:

- `AFTER` cues are followed by the act, in every language ("The charges stem from X",
  «уголовное дело открыли из-за X», «Сот тергеуі барысында анықталғандай, сотталушы X»).
- `enclosed` finds an act written between a lead and a closing verb, as Kazakh puts the verb
  last («Қылмыстық іске X себеп болған», «Тергеушілер оны X деп айыптайды»), or put first
  before a Russian verdict's verb («За X её признали виновной»). It returns the text of the
  act only, never the lead or the verb.
- `one_act_across_and` joins only what one deed holds: a relative clause's two verbs, one
  verb's two objects (a Kazakh verb last, a Russian second preposition or pronoun for the first
  verb's object, an English bare noun after "and"); two verbs each with its object are two, and
  so is a Russian time or place phrase after «и» leading a past verb of the same doer.
- The other tables tell where else an act is told (a chronology's lines: `act_chronology`):
  the sentence before "For this he was charged", a "who" clause on the person, a dated
  sentence going on from an act's; `someone_else` refuses an act led by "another activist" or
  a company's penalty; `administrative` tells the sentence of an earlier administrative case.
- None of them reads the offence's legal name as an act: the caller still drops an act that is
  only an offence's name before its article.
"""

from __future__ import annotations

import re

from bot.extract import names, ru_joined
from bot.extract.act_words import ACTS_AFTER_KK
from bot.extract.lexicon import compile_table

#: A cue the act follows.
AFTER = compile_table(
    {
        # "The charges stem from an article ...", "Prosecutors also cited a livestream ...",
        # "after finding him guilty of distributing ...", "was charged in January after
        # posting videos ..."
        "en": r"\b(?:charges?|case|prosecution|accusations?)\s+(?:\w+\s+){0,2}stem\s+from\s+|"
        r"\b(?:prosecutors?|investigators?|prosecution|indictment)\s+(?:also\s+)?"
        r"(?:cited|cites|pointed\s+to|points\s+to)\s+|"
        r"\bfinding\s+(?:him|her|them)\s+guilty\s+of\s+|"
        r"\b(?:charged|arrested|detained|prosecuted)\b[^;.]{0,60}?\bafter\s+(?=\w+ing\b)|"
        # "convicted for Facebook posts and Telegram messages that ...": a platform's posts
        r"\b(?:convicted|sentenced|jailed|fined|punished|prosecuted|arrested|detained)\b"
        r"[^;.]{0,120}?\b(?:for|over)\s+(?=(?:Facebook|Instagram|TikTok|Telegram|YouTube|"
        r"WhatsApp|VKontakte|Twitter|social[- ]media|online)\b)|"
        # "arrested in October in relation to critical Facebook posts"
        r"\b(?:arrested|detained|charged|prosecuted|convicted|sentenced)\b[^;.]{0,80}?"
        r"\bin\s+(?:relation|connection)\s+(?:to|with)\s+|"
        # "targeted for his reporting on ...", "The conviction relates to a speech he gave ..."
        r"\b(?:targeted|punished|penali[sz]ed|harassed)\s+(?:\w+\s+)?(?:for|over|because\s+of)\s+"
        r"(?=(?:his|her|their)\s)|"
        r"\b(?:conviction|verdict|sentence|arrest|detention)\s+(?:\w+\s+){0,2}"
        r"(?:relates?|related|stems?|stemmed|(?:is|was)\s+linked)\s+(?:to|from)\s+|"
        # "Prosecutors say he organised an unsanctioned rally ..."
        r"\b(?:prosecutors?|investigators?|the\s+prosecution|authorities|police)\s+"
        r"(?:say|said|allege|alleged|claim|claimed)\s+(?:that\s+)?(?:he|she|they)\s+|"
        # "According to the indictment, SMAGULOV transferred money ...": the deed's verb
        # follows the one who did it (the lead is cut with the act's own span)
        r"(?<!which, )(?<!that, )\baccording\s+to\s+(?:the\s+)?"
        r"(?:investigators?|investigation|indictment|prosecution|prosecutors?|charge\s+sheet|verdict|court|"
        # ("According to the case materials, on 11 July 2026 Izbassarov created ...")
        r"case\s+(?:materials|files)|materials\s+of\s+the\s+case),?\s+"
        r"(?=(?:(?:on|in)\s+[^,;]{4,30}?\d{4},?\s+)?"
        r"(?:he|she|they|the\s+(?:defendants?|two|three|four)|both|"
        r"all\s+(?:two|three|four|five|of\s+them)|(?-i:[A-Z])[\w'-]+)"
        r"(?:,[^,;]{3,120},)?\s+"
        r"(?:had\s+)?(?:[a-z]+ed|took|sent|made|wrote|spoke|gave|ran|led|held|paid|shared|"
        r"joined)\b)|"
        # "According to investigators, a video he posted on February 9 ... contained "signs of
        # inciting discord"": the works an expert found signs in (cut at "contained")
        r"\baccording\s+to\s+(?:the\s+)?(?:investigators?|investigation|indictment|prosecution|"
        r"prosecutors?|experts?|(?:an?\s+|the\s+)?expert\s+(?:report|examination)),?\s+"
        r"(?=(?:a|an|his|her|their|the|two|three|several)\s+(?:[\w-]+\s+){0,2}?(?:videos?|posts?|"
        r"comments?|messages?|articles?|publications?|speech|streams?|poems?|songs?)\b"
        r"[^.;]*?\s(?:contained|contain|constituted|showed|bore)\s+[\"“]?(?:signs|elements)\b)|"
        # "The indictment states that he posted ...", "the police report says she shared ..."
        # ("... alleges that on 3 May 2026 Bekov published ...": the day before who did it;
        # "Investigators believe that ...")
        r"\b(?:indictment|charge\s+sheet|verdict|ruling|police\s+report|prosecutors?|"
        r"investigators?|prosecution)\s+"
        r"(?:says|said|states|stated|alleges?|alleged|believes?|believed|claims?|claimed)\s+"
        r"(?:that\s+)?(?=(?:(?:on|in)\s+[^,;]{3,30}?\d{4},?\s+)?(?:he|she|they|(?-i:[A-Z])[\w'-]+)"
        r"\s+(?:had\s+)?(?:[a-z]+ed|wrote|sent|made|took|gave|spoke|shared|put)\b)|"
        # "The charge rests on messages he published ...", 'The "crime": a YouTube stream ...'
        r"\b(?:charges?|case|accusations?|prosecution)\s+(?:\w+\s+)?rest(?:s|ed)?\s+on\s+|"
        # 'they say he "insulted a representative" (art. 378 part 2) because of comments ...'
        r"\((?:art|article)\.?\s*\d[^()]{0,40}\)\s+(?:because\s+of|over)\s+|"
        # a form's labelled line "Reason for arrest: a Facebook post ..."
        r"(?:^|\n)[ \t]*(?:reason|grounds?)\s+for\s+(?:the\s+)?(?:arrest|detention|prosecution|"
        r"charges?)[ \t]*:[ \t]*|"
        # "The reason was her Facebook post of 28 August ...", "📌 The reason: a voice message"
        r"\bthe\s+(?:reason|grounds?)(?:\s+(?:was|were|is)\s*:?|\s*:)\s+(?:(?:his|her|their)\s+)?|"
        # "The only thing he did was record a voice message ..."
        r"\bthe\s+only\s+thing\s+(?:he|she|they)\s+(?:did|had\s+done)\s+was\s+(?:to\s+)?|"
        r"\bthe\s+[\"“«']crime[\"”»']\s*[:—–]\s*|"
        # "He was accused under Article 174, Part 1, of the Criminal Code of inciting ..."
        r"\baccused\s+under\s+(?:Art(?:icle|\.)?)\s*\d[^;]{0,80}?\bof\s+(?!the\s+criminal)|"
        # "They charge him under Art. 274 part 4 (false information ...), over his posts ..."
        r"\b(?:charge|charges|accuse|accuses|prosecute|prosecutes)\s+(?:him|her|them)\b"
        r"[^;]{0,160}?\b(?:over|for|because\s+of)\s+(?=(?:his|her|their|a|an)\s)|"
        # "He was charged last spring ... after he posted videos on Facebook ..."
        r"\b(?:charged|prosecuted|convicted|sentenced|indicted)\b[^;.]{0,100}?\bafter\s+"
        r"(?:he|she|they)\s+(?=[a-z]+ed\b)",
        # «уголовное дело открыли из-за постов ...», «дело завели за видео ...»
        # «Уголовное дело возбудили после того, как она выложила видео ...»
        "ru": r"\bдело\s+(?:\w+\s+){0,2}(?:открыли|возбудили|завели|открыто|заведено|"
        r"возбуждено)\s+(?:\w+\s+){0,2}после\s+того,?\s+как\s+(?:(?:он|она|они)\s+)?|"
        # «Согласно обвинительному акту, 3 марта Бекова ...», «По данным прокуратуры, ...»
        r"\bсогласно\s+(?:обвинительному\s+акту|приговору|материалам\s+дела|обвинению|"
        r"версии\s+следствия),?\s+|"
        r"\bпо\s+данным\s+(?:обвинения|прокуратуры|полиции|КНБ|суда),?\s+|"
        # («По мнению следствия, 3 мая 2026 года Беков опубликовал ...»: a deed's past verb
        # follows; not «По мнению следствия, арест продлят ...»)
        r"\bпо\s+мнению\s+(?:обвинения|прокуратуры|полиции|следствия|суда),?\s+"
        r"(?=[^.;]{0,60}?(?<![\w-])[а-яё]+(?:л|ла|ли)(?:ся|сь)?\s)|"
        r"\bдело\s+(?:\w+\s+){0,2}(?:открыли|возбудили|завели|открыто|заведено|"
        r"возбуждено)\s+(?:\w+\s+){0,2}(?:из-за|за|после)\s+(?!\d)|"
        # «Как отметил судья Кайрат Утешев, Охасов принимал участие ...», «По словам
        # прокурора, Ержанов распространял ...»: what the court or the prosecution says he did
        r"\bкак\s+(?:отметил|указал|установил)\w*\s+(?:суд|судья)\w*"
        r"(?:\s+(?-i:[А-ЯЁ])\w+){0,2},\s+|"
        r"\bпо\s+словам\s+(?:прокурора|гособвинителя|обвинителя|следователя|обвинения|"
        r"следствия),?\s+|"
        # «Ему вменяют посты в Facebook, ...», «В вину ему ставят участие в чате ...»
        # (not «Турганбаеву вменяют сразу две статьи: ч. 2 ст. 174 ...»: articles, no deed)
        r"\b(?:ему|ей|им|(?-i:[А-ЯЁ])[а-яё]+(?:ову|еву|ину|овой|евой|иной))\s+вменя\w+(?::\s*|\s+)"
        r"(?:в\s+вину\s+)?(?!(?:сразу\s+)?(?:две|три|четыре|\d+)?\s*(?:стат|ст\.|ч\.|част))|"
        # «Причиной преследования стали его видео в TikTok»
        r"\b(?:поводом|основанием|причиной)\s+(?:для\s+)?(?:преследования|задержания|ареста|"
        r"обвинения|возбуждения\s+дела|дела)\s+(?:стал[аио]?|стали|послужил[аио]?|послужили)\s+"
        r"(?:(?:его|её|ее|их)\s+)?|"
        r"\bв\s+вину\s+(?:ему|ей|им)\s+(?:ставят|ставится|ставили|вменяют|вменяется)\s+|"
        # «Следствие вменило ему участие в онлайн-собрании ...» (the verb before "him"; not
        # «вменило ему ч. 2 ст. 174»: an article, no deed)
        r"\bвмени\w*\s+(?:ему|ей|им)\s+(?:в\s+вину\s+)?(?!(?:сразу\s+)?(?:две|три|\d+)?\s*"
        r"(?:стат|ст\.|ч\.|част))|"
        r"\bпризнан\w*\s+виновн\w+\s+в\s+[^.;]{3,80}?\s+в\s+(?=(?:публикаци|пост|видео|"
        r"комментари|запис)\w*)|"
        # «Как следует из материалов дела, Досов 12 мая 2025 года опубликовал ...»
        r"\bкак\s+следует\s+из\s+(?:материалов\s+(?:уголовного\s+)?дела|обвинительного\s+акта|"
        r"приговора|постановления),?\s+|"
        # «Как указано в приговоре, 3 мая 2026 года Беков разместил ...»
        r"\bкак\s+(?:указано|говорится|сказано|отмечается)\s+в\s+(?:приговоре|обвинительном\s+"
        r"(?:акте|заключении)|материалах\s+(?:уголовного\s+)?дела|постановлении),?\s+|"
        # «Беков признан виновным в том, что 3 мая 2026 года призвал ...»
        r"\bпризна\w*\s+(?:(?:его|её|ее|их)\s+)?виновн\w*\s+в\s+том,?\s+что\s+"
        r"(?:(?:он|она|они)\s+)?|"
        # «Как установлено судом, 11 марта 2025 года Жумабаев ... разместил ...»
        r"\bкак\s+установлено\s+(?:судом|следствием|в\s+ходе\s+(?:судебного\s+)?следствия),?\s+|"
        # «Её подозревают в «участии в деятельности ...» (ч. 2 ст. 405 УК РК): она переводила
        # посты движения»: the deed after the offence's name and a colon
        r"\b(?:обвиня|подозрева)\w*\s+(?:[^.:;]|\.(?=\s*\d)){5,160}?:\s+(?:(?:он|она|они)\s+)?"
        r"(?=[а-яё]+(?:л|ла|ли)\b)|"
        # «задержан ... по подозрению в возбуждении розни (ч. 1 ст. 174 УК РК) за видео ...»
        r"\bпо\s+подозрению\s+в\s+(?:[^.;]|\.(?=\s*\d)){3,160}?\s+за\s+(?!\d)|"
        # «Основание: пост в Facebook от 05.06.2026 о том, что ...» (a list's labelled line)
        r"(?:^|(?<=[.!?]\s))\s*основани[ея]\s*:\s*|"
        # a form's or a list's labelled line: «За что: видео ...», «Причина преследования: ...»
        r"(?:^|\n)[ \t]*(?:за\s+что|причин[аы](?:\s+(?:преследования|задержания|ареста))?|"
        r"основани[ея]\s+(?:для\s+)?(?:преследования|обвинения))[ \t]*:[ \t]*|"
        # a list's line «— 5 лет лишения свободы по ч. 2 ст. 174 УК РК за проповеди в
        # YouTube», «штраф 200 МРП по ч. 1 ст. 378 УК РК за комментарий»: the term, then what for
        r"\b(?:(?:лишения|ограничения)\s+свободы|штраф\w*)\b(?:[^.;]|\.(?=\s*\d)){0,80}?\s+"
        r"за\s+(?!\d)|"
        # «... дал ему 3 года лишения свободы по ч. 2 ст. 174 УК РК за стихотворение»
        r"\bдал[аи]?\s+(?:ему|ей|им)\s+(?:[^.;]|\.(?=\s*\d)){3,120}?\s+за\s+(?!\d)|"
        # ««Преступление», в котором его обвиняют, заключается в публикации в Facebook двух
        # постов» (vot-tak.tv on Alnur Ilyashev, 2020)
        r"[«\"“]?преступлени[ея][»\"”]?,?\s+(?:в\s+котором\s+(?:его|её|ее|их)\s+обвиня\w+,?\s+)?"
        r"(?:заключа|состо)\w+\s+в\s+|"
        # «в полицейском рапорте было указано, что активистка опубликовала пост» (Azattyq on
        # Gulnaz Serikbayeva, 2024): what a paper of the case says she did
        r"\b(?:обвинительн\w+\s+(?:акт|заключени)\w*|приговор\w*|постановлени\w+|рапорт\w*|"
        r"протокол\w*)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:указано|говорится|сказано|отмечается|утверждается),?\s+что\s+|"
        # «Всё «участие» — это то, что он вступил в чат ...»
        r"\bвс[её]\s+[«\"“]?[а-яё]+[»\"”]?\s*[—–-]\s*это\s+то,?\s+что\s+(?:он|она|они)\s+",
        # «Сот тергеуі барысында анықталғандай, сотталушы 2024 жылғы 10 қарашада ... таратқан»
        "kk": r"(?:сот\s+(?:тергеуі\s+)?(?:барысында\s+)?)?анықталғандай,?\s+|"
        r"\bсот\s+анықтағандай,?\s+|"
        # «Айыптау актісіне сәйкес, ол ...», «Прокуратураның мәліметінше, Ержанов ...»
        # («Айыптау актісіне қарағанда, ...»: judging by the indictment)
        r"айыптау\s+(?:актісіне|қорытындысына)\s+(?:сәйкес|сай|қарағанда),?\s+(?:ол\s+)?|"
        # «Үкімге сәйкес, Беков ...», «Сот үкіміне сәйкес, ол ...»: according to the verdict
        # (a deed's past form closing it: not «Үкімге сәйкес, жаза ... күшіне енеді»)
        r"(?:сот\s+)?үкім(?:ге|іне)\s+сәйкес,?\s+(?:ол\s+)?"
        r"(?=[^.]{5,300}?(?:ған|ген|қан|кен)\s*[.!]?\s*$)|"
        # «Іс материалдарына сәйкес, 2026 жылғы 11 шілдеде Ізбасаров ... чат құрған»
        r"(?:қылмыстық\s+)?іс\s+материалдарына\s+сәйкес,?\s+(?:ол\s+)?|"
        # («Тергеу органының мәліметінше, ол ...»: the body named by its kind)
        r"(?:прокуратура|полиция|тергеу|ұқк|сот)\S*\s+(?:(?:орган|бөлім|департамент)\S*\s+)?"
        # («Тергеу деректеріне сәйкес, ...»: according to the investigation's data)
        r"(?:мәліметінше|мәліметі\s+бойынша|дерегінше|хабарлауынша|"
        r"(?:деректер|мәліметтер)(?:іне|ге)\s+сәйкес),?\s+(?:ол\s+)?|"
        # «Прокурордың айтуынша, Досов ... таратқан», «Тергеушінің пікірінше, ол ...»,
        # «Прокуратураның айтуынша, ...»
        r"(?:прокурор|прокуратура|тергеуші|айыптаушы|полиция|тергеу)\S*\s+"
        r"(?:(?:орган|бөлім|департамент)\S*\s+)?(?:айтуынша|пікірінше),?\s+(?:ол\s+)?|"
        # «Айыптау тарабының айтуынша, ...»: the prosecution's side; «Сот үкімі бойынша, ол
        # ...»: by the verdict (a deed's past form closing it, as «Үкімге сәйкес»)
        r"айыптау\s+тарабы\S*\s+айтуынша,?\s+(?:ол\s+)?|"
        r"(?:сот\s+)?үкімі\s+бойынша,?\s+(?:ол\s+)?"
        r"(?=[^.]{5,300}?(?:ған|ген|қан|кен)\s*[.!]?\s*$)",
    }
)

#: Why the person was arrested, told with the arrest: an act, but a date in the sentence is
#: the arrest's («Блогера задержали 5 мая после публикации видео о паводке»).
REASONS = compile_table(
    {
        # "His arrest came after he livestreamed a protest ..."
        "en": r"\b(?:arrest|detention|case|prosecution)\s+came\s+(?:\w+\s+)?after\s+"
        r"(?:he|she|they)\s+|"
        # "His arrest followed a Facebook post in which he criticised the akim."
        r"\b(?:arrest|detention|prosecution)\s+(?:\w+\s+)?followed\s+(?=(?:a|an|his|her|their)\s)",
        "ru": r"\b(?:задержа|арестова|задерживал)\w*\s+(?:[^.;]{0,60}?\s)?после\s+"
        r"(?:(?=(?:публикаци|пост|видео|стать|выступлени|интервью|комментари|стрим|репост)\w*)|"
        # «Он был задержан после того, как опубликовал видео ...»: the deed's verb stays
        r"того,?\s+как\s+(?:(?:он|она|они)\s+)?(?=[а-яё]+(?:л|ла|ли)\b))",
        "kk": r"(?!)",
    }
)

#: Kazakh: the act between a lead and the verb that closes the sentence.
_ENCLOSED_KK = re.compile(
    # «Қылмыстық іске ... өлеңі себеп болған», «Істің қозғалуына ... жазбасы себеп болды»
    r"(?:қылмыстық\s+)?іс(?:ке|тің\s+қозғалуына)\s+(?P<act>[^.]{5,300}?)\s+себеп\s+бол\w*|"
    # «Тергеушілер оны ... аударды деп айыптайды»
    r"(?:тергеушілер|тергеу|прокуратура|прокурор|айыптаушы|полиция)\w*\s+"
    r"(?:оны|оларды|екеуін)\s+(?P<act2>[^.]{5,300}?)\s+деп\s+айыпта\w*|"
    # «Тергеушілер ол 2026 жылғы 3 ақпанда ... үндеуін жіберді дейді»: they say he did X
    r"(?:тергеушілер|тергеу|прокуратура|прокурор|айыптаушы|полиция)\w*\s+(?:ол|олар)\s+"
    r"(?P<act12>[^.]{5,300}?)\s+(?:дейді|деді|деп\s+(?:есептейді|санайды|мәлімдеді))|"
    # «Қылмыстық іс оның ... жазбасына байланысты қозғалған»
    r"(?:қылмыстық\s+)?іс\s+(?P<act3>[^.]{5,300}?)\s+(?:байланысты|үшін)\s+қозғал\w*|"
    # «Қудалау оның ... мақаласына байланысты.»: the prosecution is about X
    r"(?:қудалау|айыптау)\s+(?P<act5>[^.]{5,300}?)\s+байланысты\s*(?:[.!]|$)|"
    # «Сот 2023 жылғы 2 маусымда сотталушы ... пікірлер жариялағанын анықтады»: the court
    # established that he did X
    r"\bсот\s+(?P<act7>[^.]{5,300}?(?:ған|ген|қан|кен))(?:ын|ін)\s+анықта\w*|"
    # «Бекованы Telegram-арнада ... таратты деп айыптайды»: the one accused, then the act
    r"(?:^|(?<=[.!?]\s))\s*(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])[\w-]+(?:ны|ні|ды|ді|ты|ті)\s+"
    r"(?P<act9>[^.]{5,300}?)\s+деп\s+айыпта\w*|"
    # «Сот тергеуі барысында сотталушының ... жариялағаны дәлелденді»: it was proven that the
    # defendant did X
    r"(?:сотталушы|айыпталушы|күдікті)\w*\s+(?P<act10>[^.]{5,300}?(?:ған|ген|қан|кен))(?:ы|і)\s+"
    r"(?:дәлелденді|анықталды)|"
    # «Сот Бекмахановаға ... деп атады деп айып таққан»: charged with X (who, in the dative)
    r"(?:^|(?<=[.!?]\s)|(?<=\bсот\s)|(?<=\bтергеу\s))\s*(?:оған|оларға|"
    r"(?:(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])[\w-]+\s+)?(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])[\w-]+(?:ға|ге|қа|ке|на|не))\s+"
    r"(?P<act13>[^.]{5,300}?)\s+деп\s+айып\s+та[ғқ]\w*|"
    # «Сот олар 2026 жылғы 3 ақпанда ... шақырды деп тапты»: the court found they did X
    r"\bсот\s+(?:ол|олар|екеуі)\s+(?P<act14>[^.]{5,300}?)\s+деп\s+(?:тапты|таныды|анықтады)|"
    # «тергеу оның ... жариялаған «...» өлеңін негізге алды»: the case took X as its basis
    r"(?:тергеу|айыптау|прокуратура|сот|іс)\w*\s+(?P<act15>[^.;]{5,300}?)\s+негізге\s+ал\w*|"
    # «Сот отырысында Б. Тұрсынбаевтың ... таратқаны анықталды»: proven of one (genitive)
    r"(?P<act16>(?:(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])\.\s?){1,2}\s*(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])[\w-]+(?:[нтд][ыі]ң)\s+"
    r"(?:[^.]|(?<=\s[А-ЯӘҒҚҢӨҰҮҺІ])\.){5,400}?(?:ған|ген|қан|кен)(?:ы|і))\s+"
    r"(?:дәлелденді|анықталды)|"
    # «Айыптау оның ... мақаласына негізделген»: the charge rests on X
    r"(?:айыптау|айып|қудалау|іс)\s+(?P<act6>[^.]{5,300}?)\s+негізделген|"
    # «Ол ... жалған ақпарат таратты деп айыпталған»: he is accused of having done X
    r"(?:^|(?<=[.!?]\s))\s*(?:ол|олар|екеуі)\s+(?P<act17>[^.]{5,300}?)\s+деп\s+айыптал\w*|"
    # «Қылмыстық іс ол ... стрим жүргізгеннен кейін қозғалды»
    r"(?:қылмыстық\s+)?іс\s+(?:ол\s+)?(?P<act4>[^.]{5,300}?(?:ған|ген|қан|кен))(?:нан|нен)\s+"
    r"кейін\s+қозғал\w*",
    re.IGNORECASE,
)


#: Russian: the act put first, before the verdict's verb: «За публикацию от 2 августа 2025 года
#: о закупках ... её признали виновной», «За этот пост его оштрафовали».
_ENCLOSED_RU = re.compile(
    r"^\s*(?:[А-ЯЁ][\w-]+\.\s+)?За\s+(?P<act>[^.;]{5,300}?)\s+(?:его|её|ее|их)\s+"
    r"(?:признал[аи]?|осудил[аи]?|приговорил[аи]?|оштрафовал[аи]?|арестовал[аи]?|"
    r"задержал[аи]?)\b"
)


_KK_ACCUSED = re.compile(r"\s+деп\s+айыптал\w*", re.IGNORECASE)


def told_as_accused(text: str, act: str, language: str) -> bool:
    """True when the enclosed `act` is told only as what «ол» is accused of («Ол ... деп
    айыпталған»): the charge in other words, not a deed the text tells."""
    at = text.find(act)
    return language == "kk" and at >= 0 and _KK_ACCUSED.match(text, at + len(act)) is not None


def enclosed(text: str, language: str) -> str | None:
    """The act a Kazakh sentence encloses between its lead and its closing verb, or a Russian
    one puts first before the verdict's verb, if any."""
    if language == "ru":
        fronted = _ENCLOSED_RU.search(text)
        return fronted.group("act") if fronted else None
    if language != "kk":
        return None
    found = _ENCLOSED_KK.search(text)
    if not found:
        return None
    act = next(group for group in found.groups() if group)
    return re.sub(r"^(?:оның|олардың)\s+", "", act)  # «оның жазбасы»: "his" says no more


#: "and" joining two verbs of one relative clause ("a post in which he called X and urged Y",
#: «пост, в котором он назвал X и призвал Y») joins one act, not two; "a video that he posted
#: and comments in a group" (a noun after "and") are two.
_RELATIVE = {
    "en": r",?\s+(?:in which|on which|where|which|that|who)\s",
    "ru": r",\s+(?:(?:(?:в|на|с|о|из)\s+)?котор\w+|где)\s",
    "kk": r"(?!)",
}
_VERB_NEXT = {
    "en": r"(?:\w+ed|wrote|said|made|took|gave|sent|shared|spoke|told|urged|called)\b",
    "ru": r"[а-яё]+(?:л|ла|ли|ло|лся|лась|лись)\b",
    "kk": r"(?!)",
}
#: «разместил видеоролик и сопроводил его комментарием», «создал чат и приглашал туда
#: жителей»: a second verb done to what the first made (a pronoun for it) is one deed; «и
#: сделал там репосты» (a place only) is another.
_RU_SAME_OBJECT = re.compile(
    r"[а-яё]+(?:л|ла|ли)(?:ся|сь)?\s+(?:\S+\s+)?(?:его|её|ее|их|него|неё|нее|нём|нем|ней|туда)\b",
    re.IGNORECASE,
)
#: «написал про начальство и про условия в шахтах»: a second object of the same verb
_RU_PREPOSITION = re.compile(r"(?:про|о|об|обо|в|во|на|за|для|против)\s", re.IGNORECASE)
#: Kazakh participles before one noun («кешінде оқыған және кейін TikTok-қа жүктелген «Көмір»
#: атты өлеңі»: a poem read and then uploaded) describe one thing; two acts end in a verb
#: form each («... бөліскені және ... ұйымдастырғаны»).
_KK_PARTICIPLE_END = re.compile(r"(?:ған|ген|қан|кен)$")
_KK_VERB_END = re.compile(
    r"(?:ған|ген|қан|кен|ғаны|гені|қаны|кені|ды|ді|ты|ті|ып|іп|п)(?:\s+үшін)?$"
)


#: What an English act opens with: a verb's form or a determiner ("shared its videos", "took
#: part", "posting", "a video", "his posts"); a bare noun after "and" is a second thing the
#: same act is about ("shortages of insulin and painkillers at the hospital").
_EN_ACT_OPENING = re.compile(
    r"[\"“«']|(?:for|over|of)\s+\w+ing\b|(?:on|in)\s+\d|(?:\w+ed|\w+ing|took|sent|made|wrote|spoke|gave|ran|led|held|paid|shared|read|sang|"
    r"joined|met|put|told|called|several|two|three|comments?|posts?|videos?|messages?)\b|"
    # a determiner before a work ("and his posts", "and a video"), not "and his kinsmen"
    r"(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:posts?|videos?|comments?|"
    r"messages?|articles?|speech|speeches|streams?|livestreams?|poems?|songs?|interviews?|"
    r"reposts?|leaflets?|publications?|statements?|appeals?|calls?|reports?)\b",
    re.IGNORECASE,
)
#: ", asking neighbours to go to the akimat and complain ...": a participle's clause after a
#: comma goes on across its "and".
_EN_PARTICIPLE_CLAUSE = re.compile(r",\s+\w+ing\s+[^,;]+$", re.IGNORECASE)


#: A verb with only a short prepositional phrase, its object told after the next verb:
#: "translated into Kazakh | and | posted leaflets of ...", "filmed in Almaty and shared a video".
_EN_VERB_WITHOUT_OBJECT = re.compile(
    r"^(?:had\s+)?[a-z]+(?:ed|ote|ent|ook)\s+(?:into|in|on|from|for|with)\s+(?:[\w'-]+\s*){1,2}$"
)


def _en_one_act(left: str, right: str, comma_before: bool) -> bool:
    if _EN_PARTICIPLE_CLAUSE.search(left):
        return True
    if not comma_before and _EN_VERB_WITHOUT_OBJECT.match(left):
        return True
    return not comma_before and _EN_ACT_OPENING.match(right) is None


def one_act_across_and(left: str, right: str, language: str) -> bool:
    """True when an "and" between `left` and `right` joins parts of one act, not two acts."""
    comma_before = left.rstrip().endswith(",")
    left, right = left.strip(" ,"), right.strip(" .;,")
    if language == "en" and _en_one_act(left, right, comma_before):
        return True
    if language == "kk":
        # a Kazakh act ends in its verb: a left side without one before a right side with one
        # («үндеулері мен бейнежазбаларын таратқан») is the first of two things one verb
        # took; two nouns alone («сөзі мен Facebook-тегі жазбалары») are two acts
        # (a quote closing the right side, «... айдап салған»», ends in the verb inside it)
        right = right.rstrip("»”\"' ")
        if not _KK_VERB_END.search(left):
            return bool(_KK_VERB_END.search(right))
        return bool(_KK_PARTICIPLE_END.search(left)) and not _KK_VERB_END.search(right)
    if language == "ru" and ru_joined.verb_after_adverbial(left, right):
        return False  # «создал группу и в период с июля ... организовывал собрания»: two deeds
    if language == "ru" and (_RU_SAME_OBJECT.match(right) or _RU_PREPOSITION.match(right)):
        return True
    inside = re.search(_RELATIVE[language], left, re.IGNORECASE) is not None
    if inside and re.match(_VERB_NEXT[language], right, re.IGNORECASE) is not None:
        return True
    # "Facebook posts and Telegram messages that encouraged ...": a short noun phrase before
    # "and" shares the relative clause told after the second
    return (
        not inside
        and len(left.split()) <= 3
        and re.search(_RELATIVE[language].lstrip(",?"), right, re.IGNORECASE) is not None
    )


#: An offence's legal name before its article, without brackets: "disseminating knowingly
#: false information under Article 274, Part 3, of the Criminal Code", «в распространении
#: ложной информации по части 2 статьи 274 УК РК».
_OFFENCE_UNDER_ARTICLE = re.compile(
    r"^[^()]{5,150}?\s+(?:under\s+(?:Article|Art\.?|Part)|по\s+(?:ч\.|част\w*|ст\.|стать\w*))"
    r"\s*\d[^;]{0,60}$",
    re.IGNORECASE,
)


#: A press release's «ҚК-нің 174-бабының 1-бөлігінде көзделген қылмыстық құқық бұзушылық
#: жасады»: "committed the offence the article provides for" says nothing of the act.
_KK_OFFENCE_PROVIDED = re.compile(
    r"көзделген\s+(?:қылмыстық\s+)?(?:құқық\s*бұзушылық|қылмыс|іс-әрекет)", re.IGNORECASE
)


#: «ҚК-нің 274-бабының 3-бөлігі бойынша «көрінеу жалған ақпарат таратты» деп»: the article and
#: the offence's name in quotes after it, nothing of the deed.
_KK_ARTICLE_THEN_QUOTED = re.compile(
    r"\d+-ба[бп]\w*(?:\s+\d+-бөлі\w*)?(?:\s+бойынша)?\s+[«\"][^«»\"]+[»\"]\s*(?:деп)?\s*$",
    re.IGNORECASE,
)


def offence_name(described: str) -> bool:
    """True when the text is an offence's name followed by its article, or an offence the
    article «provides for», or the article and the offence's name quoted."""
    return (
        _OFFENCE_UNDER_ARTICLE.match(described.strip(" .")) is not None
        or _KK_OFFENCE_PROVIDED.search(described) is not None
        or _KK_ARTICLE_THEN_QUOTED.search(described.strip(" .")) is not None
    )


#: A span of days («с 7 по 17 ноября 2024 года», "from 7 to 17 November") is no act's date.
_RANGE_BEFORE = re.compile(r"(?:\bс|\bfrom|\bbetween)\s+\d{1,2}\s+(?:по|to|and|-|–)\s*$", re.I)


def ends_a_range(before_date: str) -> bool:
    """True when the date that follows `before_date` closes a span of days."""
    return _RANGE_BEFORE.search(before_date) is not None


#: A sentence dating what was published: «Пост был опубликован 16 августа 2024 года», "The
#: video was posted on 3 May 2025", «Жазба 2024 жылғы 16 тамызда жарияланған». The noun's
#: stem finds the act it dates.
_PUBLISHED_ON = compile_table(
    {
        # (or the first of several, told in the active: "He posted the first video on 17 May",
        # «Первое видео он выложил 17 мая»)
        "en": r"\b(?:the|this|that)\s+(?:(?:first|earliest|latest|last)\s+)?(?P<noun>post|video|"
        r"article|comment|poem|song|stream|livestream|interview)s?\s+(?:was|were)\s+"
        r"(?:published|posted|uploaded|shared|aired)\b|"
        r"\b(?:he|she|they)\s+(?:published|posted|uploaded|shared)\s+the\s+"
        r"(?:first|earliest|latest|last)\s+(?P<noun2>post|video|article|comment)\b",
        "ru": r"\b(?:(?:перв|последн)\w+\s+)?(?P<noun>пост|видео|публикаци|стать|запис|"
        r"комментари|стих|песн|интервью)\w*\s+(?:был[аои]?\s+)?(?:опубликован|размещ[её]н|"
        r"выложен|появил)\w*|"
        r"\b(?:перв|последн)\w+\s+(?P<noun2>пост|видео|публикаци|стать|запис)\w*\s+"
        r"(?:он|она|они)\s+(?:опубликова|размести|выложи|записа|написа)л\w*",
        "kk": r"\b(?P<noun>жазба|пост|видео|бейнежазба|мақала|өлең|пікір|сұхбат)\w*\s+"
        r"(?:[^.]{0,40}?\s)?(?:жарияланған|жарияланды|жүктелген|жүктелді)",
    }
)
_NOUN_STEMS = {"публикаци": "публикац", "стать": "стат", "запис": "запис"}


def published_on(text: str, language: str) -> str | None:
    """The stem of the published thing a sentence dates (its date is found by the caller)."""
    found = _PUBLISHED_ON[language].search(text)
    if not found:
        return None
    noun = (found.group("noun") or found.groupdict().get("noun2") or "").lower()
    return _NOUN_STEMS.get(noun, noun[:4])


#: A sentence that charges the person for what the sentence before it told: "For this he was
#: charged with ...", «За это его задержали», «Осы өлең үшін оған ... іс қозғалды».
_FOR_THAT = compile_table(
    {
        "en": r"(?:for\s+(?:this|that|it)|because\s+of\s+(?:this|that|it)),?\s+"
        r"(?:he|she|they)\s+(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?"
        r"(?:charged|convicted|sentenced|arrested|detained|prosecuted|fined|indicted)\b",
        "ru": r"за\s+(?:это|эт(?:от|у|и)\s+[а-яё]+)\s+(?:(?:его|её|ее|их|ему|ей|им)\s+)?"
        r"(?:задержал|арестовал|осудил|обвинил|привлек|привлёк|оштрафовал|приговорил|судят|"
        r"обвиняют|возбудил|завел|завёл|открыл)\w*",
        # («Соның үшін ҚК-нің 405-бабы бойынша, яғни ... деп айыпталды»: "for that")
        "kk": r"(?:осы\s+[\w-]+|соның|сол|осы)\s+үшін\s+[^.]{0,160}?(?:іс\s+қозғал|"
        r"айып\s+тағыл|айыптал|ұстал|сотталды|жауапқа\s+тарт)",
    }
)


def charged_for_what_came_before(sentence: str, language: str) -> int | None:
    """Where a clause charging the person for what was told before it opens the sentence (0)
    or a sentence the splitter left joined («... өлең оқыды.[1] Осы өлең үшін ...»), if any."""
    opening = r"(?:^|(?<=[.!?])|(?<=[.!?]\[\d\])|(?<=[.!?]\[\d\d\]))\s*"
    found = re.search(opening + _FOR_THAT[language].pattern, sentence, re.IGNORECASE)
    return found.start() if found else None


#: A relative clause telling what the person did: "a farmer from Arkalyk who had written on
#: Instagram that ...", "the oil worker who spoke at the gathering of dismissed workers",
#: «активист, который опубликовал в Facebook пост о ...».
_WHO_DID = {
    "en": re.compile(
        # (not "who spoke to journalists", "who called the police": what anyone does)
        r"\bwho\s+(?P<deed>(?:had\s+)?(?:spoke\s+(?:at|out)|wrote|written|posted|published|shared|"
        r"reposted|forwarded|uploaded|circulated|distributed|organi[sz]ed|called\s+(?:on|for)|critici[sz]ed|filmed|livestreamed|recorded|staged)\b"
        r"[^.;,]{5,250})",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r",\s+котор(?:ый|ая|ые)\s+(?P<deed>(?:опубликова|написа|размести|выложи|выступи|"
        r"организова|призва|распространи)\w*\b[^.;]{5,250})",
        re.IGNORECASE,
    ),
    "kk": re.compile(r"(?!)"),
}


def who_did(sentence: str, language: str) -> str | None:
    """The deed a "who ..." clause of the sentence tells, if any."""
    found = _WHO_DID[language].search(sentence)
    if not found or _SEVERAL.search(sentence[: found.start()]):
        return None  # "three farmers who organized a protest": not this one person's deed
    if _ANYONE_WHO.search(sentence[: found.start()]):
        return None  # "thanks to everyone who wrote letters": people at large, no one's deed
    return found.group("deed")


#: Who a "who" clause is about when it is no one person: "everyone", "all those", "others".
_ANYONE_WHO = re.compile(
    # ("everyone in this network who ...": where they are may stand between)
    r"\b(?:everyone|everybody|anyone|anybody|all|those|others|people)"
    r"(?:\s+(?:in|of|at|from|on)\s+[^,;.]{1,40}?)?\s*,?\s*$",
    re.IGNORECASE,
)


_SEVERAL = re.compile(
    r"\b(?:two|three|four|five|several|many|двое|трое|несколько|многие)\s+\w+", re.IGNORECASE
)


#: A sentence that goes on telling the deeds after a sentence that told one: a day, who, and
#: the deed's verb ("On 5 January 2026 Yesengeldiyev published an appeal ...", «5 января 2026
#: года Есенгельдиев опубликовал призыв ...»).
_GOES_ON = compile_table(
    {
        # (a connective may open it, "Also, on 4 May ...", «Кроме того, 23 марта ...»; the year
        # may be left to the text's: "On April 18, Bekov posted ...")
        "en": r"^\s*(?:(?:also|in\s+addition|then|later|moreover),?\s+)?(?:on\s+)?"
        r"(?:\d{1,2}\s+(?-i:[A-Z])[a-z]+|(?-i:[A-Z])[a-z]+\s+\d{1,2}),?\s+"
        r"(?:\d{4},?\s+)?(?P<who>he|she|they|the\s+defendants?|(?-i:[A-Z])[\w'-]+)\s+(?:also\s+)?"
        r"(?:published|posted|wrote|shared|sent|called|urged|uploaded|recorded|organi[sz]ed|"
        r"transferred|created|spoke|distributed|reposted|forwarded|filmed|repeated)\b",
        "ru": r"^\s*(?:(?:кроме\s+того|также|затем|позже|позднее|помимо\s+этого),?\s+)?"
        r"\d{1,2}\s+[а-яё]+(?:\s+\d{4}\s+года)?,?\s+(?P<who>он|она|они|(?-i:[А-ЯЁ])[\w-]+)\s+"
        r"(?:также\s+)?(?:опубликова|написа|размести|выложи|распространи|призва|перечисли|"
        r"отправи|созда|организова|выступи|повтори|пересла|провёл|провел|провела|провели)\w*",
        "kk": r"(?!)",
    }
)


#: The same told subject first, the day later: "Tleuov posted a video in the same chat on 13
#: July ...", «Жолдасов разместил видео в том же чате 13 июля ...» (the subject a pronoun or a
#: surname, checked by the caller).
_GOES_ON_DAY_LATER = compile_table(
    {
        "en": r"^\s*(?P<who>he|she|they|(?-i:[A-Z])[\w'-]+)\s+(?:also\s+)?(?:published|posted|"
        r"wrote|shared|sent|urged|uploaded|recorded|organi[sz]ed|transferred|created|"
        r"distributed)\b(?=[^.;]{0,150}?\b(?:on\s+)?(?:\d{1,2}\s+(?-i:[A-Z])[a-z]+|"
        r"(?-i:[A-Z])[a-z]+\s+\d{1,2}\b))",
        "ru": r"^\s*(?P<who>он|она|они|(?-i:[А-ЯЁ])[\w-]+)\s+(?:также\s+)?(?:опубликова|написа|"
        r"размести|выложи|распространи|перечисли|отправи|созда|организова)\w*"
        r"(?=[^.;]{0,150}?\b\d{1,2}\s+(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|"
        r"сентябр|октябр|ноябр|декабр)\w*)",
        "kk": r"(?!)",
    }
)


def goes_on_telling(sentence: str, language: str) -> bool:
    """True when the sentence tells, with its day, another deed of the one told before it."""
    later = _GOES_ON[language].search(sentence) or _GOES_ON_DAY_LATER[language].search(sentence)
    if later is None:
        return False
    who = later.group("who")
    # (the doer a pronoun, the defendants or a surname: not "Police", «Суд»)
    return who.lower() in ("he", "she", "they", "он", "она", "они") or bool(
        re.fullmatch(r"the\s+defendants?", who, re.I) or names.looks_like_surname(who)
    )


#: Someone else, told without a name: "another activist was jailed for ...", «суд оштрафовал
#: ещё одну пенсионерку за ...» (not "a court fined a poet for ...": a wire's lead on the
#: person of the story).
_SOMEONE_ELSE = compile_table(
    {
        "en": r"\b(?:another|one\s+more)\s+(?:[\w-]+\s+){0,2}?(?:pensioner|activist|blogger|"
        r"journalist|man|woman|teacher|resident|farmer|worker|student|poet|doctor|nurse)\b|"
        # "the ecology department fined the company for exceeding ...": a company's penalty
        r"\b(?:fined|sued|penali[sz]ed|charged)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:company|"
        r"firm|operator|enterprise|plant|smelter|contractor)\b|"
        # "police have fined twelve people for taking part in ...": a crowd counted, not the
        # person (not "detained five activists, including X")
        r"\b(?:fined|detained|arrested)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
        r"twelve|\d+|several|dozens\s+of)\s+(?:other\s+)?(?:people|participants|protesters|"
        r"others)\b(?!,?\s+including)",
        "ru": r"\b(?:ещё|еще)\s+(?:одн\w+|двух|трёх|трех)\s+(?:\w+\s+)?(?:пенсионер|активист|"
        r"блогер|журналист|жител|учител|фермер|студент)\w*|\bдруг(?:ого|ую|ой|их)\s+"
        r"(?:пенсионер|активист|блогер|журналист|жител|учител|фермер|студент)\w*|"
        r"\bоштрафова\w*\s+(?:\w+\s+)?(?:компани|предприяти|фирм|завод|оператор)\w*|"
        r"\b(?:оштрафова|задержа|арестова)\w*\s+(?:(?:двух|тр[её]х|четыр[её]х|пят[иь]|шест[иь]|"
        r"сем[иь]|восем[иь]|девят[иь]|десят[иь]|двенадцат[иь]|\d+|несколько|нескольких|десятки)\s+)"
        r"(?:других\s+)?(?:человек|участник\w*|протестующ\w*)(?!,?\s+в\s+том\s+числе)",
        "kk": r"\b(?:тағы\s+бір|басқа\s+бір)\s+(?:зейнеткер|белсенді|блогер|журналист|тұрғын|"
        r"мұғалім|фермер)\w*|(?:компания|кәсіпорын|зауыт)\w*\s+(?:\S+\s+){0,3}?айыппұл",
    }
)


def someone_else(text: str, language: str) -> bool:
    """True when what leads to the act is about someone else named by no name."""
    return _SOMEONE_ELSE[language].search(text) is not None


#: A heading over the acts listed after it, one a line: "According to the prosecution, he:",
#: «Ему вменяют:», «Тергеу деректері бойынша, ол:» (any cue the act follows, then a colon).
_SUBJECT_THEN_COLON = re.compile(
    r"\baccording\s+to\s+(?:the\s+)?(?:investigators?|investigation|indictment|prosecution|"
    r"prosecutors?|charge\s+sheet|verdict|court),?\s+(?:he|she|they|(?-i:[A-Z])[\w'-]+)\s*:\s*$",
    re.IGNORECASE,
)


def list_heading(line: str, language: str) -> bool:
    """True when the line, ending in a colon, heads a list of the acts."""
    return bool(
        _SUBJECT_THEN_COLON.search(line)
        or AFTER[language].search(line)
        or (language == "kk" and ACTS_AFTER_KK.search(line))
    )


#: An earlier administrative case told beside the criminal one: "fined under the Code of
#: Administrative Offences for filming ...", «оштрафована по статье 488 КоАП за участие в
#: пикете», «Әкімшілік құқық бұзушылық туралы кодекстің 488-бабы бойынша ... айыппұл төлеген».
#: Its deed is not what the person is now accused of.
_ADMINISTRATIVE = re.compile(
    r"\bCode\s+of\s+Administrative\s+Offen[cs]es\b|\bAdministrative\s+(?:Offen[cs]es\s+)?Code\b|"
    r"\badministrative\s+(?:arrest|detention|offen[cs]e|fine|penalty|liability|responsibility)\b|"
    r"(?<![\w-])КоАП(?![\w-])|\bкодекс\w*\s+(?:РК\s+|Республики\s+Казахстан\s+)?об\s+"
    r"административных|\bадминистративн\w+\s+(?:арест|штраф|взыскани|правонарушени|"
    r"ответственност)\w*|"
    r"(?<![\w-])ӘҚБтК|\bәкімшілік\s+(?:құқық\s+бұзушылық|қама[қғу]|айыппұл|жауапкершілік|іс)\w*|"
    # the court of administrative cases: «суд по административным делам оштрафовал ее»
    r"\bпо\s+административным\s+делам\b|\badministrative\s+court\b|"
    # an arrest counted in days is an administrative one (a criminal term is never in days):
    # "jailed for 15 days", «арестован на 10 суток», «15 тәулікке қамалды»
    r"\b(?:jailed|arrested|imprisoned|locked\s+up)\s+(?:\w+\s+){0,3}?for\s+(?:\d+|\w+)"
    r"\s+days\b|\b\d+\s+(?:суток|сутки)\b|\b\d+\s+тәулік\w*|"
    # a penalty told as earlier than the case: "had already been fined 50 MCI in August",
    # «ранее уже штрафовали», «бұрын айыппұл салынған»
    r"\b(?:had|has|have)\s+(?:already\s+|previously\s+|also\s+|once\s+)*been\s+"
    r"(?:fined|jailed|arrested)\b|"
    r"\b(?:was|were)\s+(?:already|previously|earlier|once)\s+(?:been\s+)?"
    r"(?:fined|jailed|arrested)\b|"
    r"\b(?:ранее|уже|прежде)\s+(?:\w+\s+){0,2}?(?:оштрафова|штрафова|арестова)\w*",
    re.IGNORECASE,
)
#: The Criminal Code cited: "Article 274 of the Criminal Code", «УК РК», «ҚК-нің 174-бабы».
_CRIMINAL_CODE = re.compile(
    r"\bCriminal\s+Code\b|(?<![\w-])(?:УК|ҚК)(?![\w])|\bуголовн\w+\s+кодекс|"
    r"\bқылмыстық\s+кодекс",
    re.IGNORECASE,
)


def administrative(sentence: str) -> bool:
    """True when the sentence tells of an administrative case (its code, its arrest or fine)."""
    return _ADMINISTRATIVE.search(sentence) is not None


def cites_criminal_code(text: str) -> bool:
    """True when the text cites the Criminal Code."""
    return _CRIMINAL_CODE.search(text) is not None
