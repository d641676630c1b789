"""Cue words of report texts in English, Russian and Kazakh, as regular expressions.

Each table maps a language to patterns; matching is case-insensitive. Kept apart from the
logic so a missed wording is fixed by adding a pattern here.
"""

from __future__ import annotations

import re

# (the appeal outcomes' table lives in appeal_outcomes; read here as before)
from bot.extract.appeal_outcomes import OUTCOME_CUES as OUTCOME_CUES
from bot.extract.appeal_outcomes import OUTCOMES as OUTCOMES

# (the events' cue tables live in event_cues; read here as before)
from bot.extract.event_cues import EVENT_CUES as EVENT_CUES
from bot.extract.event_cues import EVENT_ORDER as EVENT_ORDER
from bot.extract.event_cues import EVENTS as EVENTS

# (the sentence class and the table compiler live in lexicon_base, shared with the appeal
# outcomes' table; read here as before)
from bot.extract.lexicon_base import IN_SENTENCE as IN_SENTENCE
from bot.extract.lexicon_base import Patterns as Patterns
from bot.extract.lexicon_base import compile_table as compile_table

# (the trades' tables live in trade_words; read here as before)
from bot.extract.trade_words import OCCUPATION_MODIFIERS_EN as OCCUPATION_MODIFIERS_EN
from bot.extract.trade_words import OCCUPATION_WORDS as OCCUPATION_WORDS
from bot.extract.trade_words import OCCUPATIONS as OCCUPATIONS

#: OCCUPATIONS compiled once, case-insensitive as they are matched (the extractor reads them
#: for every person; built per call, their hundreds of patterns overflow `re`'s cache).
OCCUPATION_PATTERNS: dict[str, list[tuple[re.Pattern[str], str]]] = {
    language: [(re.compile(pattern, re.IGNORECASE), canonical) for pattern, canonical in table]
    for language, table in OCCUPATIONS.items()
}

#: A lower-case word that is a trade of any language's OCCUPATIONS from its start, with any
#: ending («мұнайшы», «инженер» of «инженер-строитель»): one alternation, read by fullmatch.
TRADE_WORD = re.compile(
    "|".join(
        rf"(?:{pattern})\w*" for table in OCCUPATIONS.values() for pattern, _canonical in table
    )
)


#: A related story's headline under the report ("Read also: ...", «Читайте также: ...»,
#: «Ұқсас жаңалықтар: ...»): someone else's case, told in a line of its own.
_RELATED = (
    r"|(?m:^[ \t]*(?:read also|also read|see also|related(?: stories| news)?|читайте также|"
    r"смотрите также|похожие новости|по теме|ұқсас жаңалықтар|тағы оқыңыз|оқи отырыңыз)[ \t]*:)"
)

#: Sentences that are not about the case: calls for sanctions, resolutions of parliaments.
BOILERPLATE = compile_table(
    {
        "en": r"sanctions|european parliament|we call on|resolution on|"
        # a statement's closing "Press contact: NAME, Spokesperson ...": its press officer
        r"(?:^|\n)\s*(?:press|media)\s+(?:contacts?|enquiries|inquiries)\s*:" + _RELATED,
        # «санкцию на (его) арест», «ұстауға санкция берді» are the arrest itself, not sanctions
        # (nor «санкция следственного суда», «с санкции прокурора»: an order of a court or
        # prosecutor)
        "ru": r"\bсанкци(?!онир)(?!\w*\s+на\s+(?:\w+\s+)?арест)"
        r"(?!\w*\s+(?:\w+\s+){0,2}?(?:суда|судьи|прокурора)\b)|европарламент|"
        r"европейский парламент|призываем|резолюци|"
        r"(?:^|\n)\s*(?:контакты?\s+для\s+(?:сми|прессы)|пресс-контакт\w*)\s*:" + _RELATED,
        # («қамауға алуды санкциялады»: the verb, an investigating judge ordering the arrest)
        # (nor «тергеу сотының санкциясымен»: a court's order)
        "kk": r"(?<!сотының )(?<!прокурордың )санкция(?!\s+бер)(?!ла(?:ды|у|ға|п|н|т))"
        r"(?!сымен)|еуропарламент|еуропа парламенті|"
        r"шақырамыз|қарар|"
        r"(?:^|\n)\s*(?:бақ\s+үшін\s+байланыс|баспасөз\s+үшін\s+байланыс)\s*:" + _RELATED,
    }
)


MEASURE_CUES: dict[str, Patterns] = {
    "house_arrest": {
        "en": r"house arrest",
        "ru": r"домашн\w* арест",
        "kk": r"үй қамағ|үйқамақ|үйде қамау",
    },
    "custody": {
        "en": r"(?<!not placed )(?<!not taken )(?<!not kept )in custody|remanded|"
        r"pre-?trial (?:detention|custody|arrest)|detention cent(?:re|er)|\bsizo\b|"
        r"\bsanctioned (?:his|her|their|the) arrest\b|"
        r"remand (?:cent(?:re|er)|prison)|"
        r"behind bars|"
        r"measure\W+(?:\w+\W+){0,2}custody|"
        r"(?<!administrative )\barrest for\b|"
        r"\barrested (?:him|her|them) for (?:\d+|one|two|three) months?\b|"
        # "the investigating judge authorized his detention for two months": a court's order
        r"\b(?:authori[sz]ed|sanctioned|approved|ordered|extended)\s+(?:his|her|their)\s+"
        r"(?:pre-?trial\s+)?(?:detention|arrest)\b|"
        # "the investigating judge ordered two months' custody", "... of pre-trial detention"
        r"\b(?:authori[sz]ed|sanctioned|approved|ordered|imposed)\s+(?:\w+\s+){1,2}"
        r"(?:months?|weeks?)['’]?\s+(?:of\s+)?(?:pre-?trial\s+)?(?:custody|detention)\b|"
        # "the term is counted from the day of his arrest": held from that day on
        r"\b(?:term|sentence)\s+(?:is|was|will\s+be)\s+(?:counted|calculated|reckoned)\s+from\s+"
        r"the\s+(?:day|date)\s+of\s+(?:his|her|their)\s+(?:arrest|detention)\b",
        "ru": r"(?<!\bне взят )(?<!\bне взята )(?<!\bне заключ[её]н )под страж|"
        r"санкционировал\w*\s+(?:его\s+|её\s+|ее\s+|их\s+)?арест|"
        r"арест\w*\s+(?:\S+\s+){0,3}?на\s+(?:\d+|один|одного|два|двух|три|трёх|трех)\s+месяц|"
        r"санкци\w+ на (?:его |её |ее |их )?арест|арест\w* сроком|в виде ареста|за решёткой|"
        r"мер\w* пресечения\W+(?:\w+\W+){0,2}арест|"
        # («провёл в СИЗО четыре месяца»: how long someone was held, no new measure)
        r"в виде заключения под стражу|"
        r"(?<!провёл в )(?<!провел в )(?<!провела в )(?<!пробыл в )(?<!пробыла в )"
        r"(?:следственном изоляторе|сизо)|"
        # «задержали 29 октября, и с тех пор он содержался в колонии», «находится в заключении»
        r"\bс тех пор\b[^.;]{0,40}?\b(?:в\s+колони\w*|в\s+тюрьм\w*|в\s+заключении)|"
        r"\b(?:находится|находился|находилась|содержится|содержался|содержалась)\s+в\s+"
        r"заключении|"
        # «задержан 15.03.2026, срок наказания исчисляется с указанной даты»: held since the
        # arrest (not «с момента вступления приговора в законную силу»)
        r"\bсрок\w*\s+(?:наказания\s+)?исчисля\w+\s+с\s+(?:указанной\s+даты|"
        r"(?:даты|дня|момента)\s+(?:его\s+|её\s+|ее\s+)?(?:задержания|ареста))",
        # («жаза мерзімі ұсталған күнінен бастап есептеледі»: held since the arrest)
        # («СИЗО-да отыр», «СИЗО-ға жабылды»: the Russian abbreviation in capitals, as Kazakh
        # writes it too; not «СИЗО-дан қосылды», from there by video)
        "kk": r"қамауға|қамауда|тергеу изолятор|тергеу абақты|күзетпен ұста|"
        r"\b(?-i:СИЗО)-?(?:да|ға)\b|"
        r"мерзімі\s+(?:[\w-]+\s+){0,2}?ұсталған\s+күн\w*\s+бастап",
    },
    "travel_ban": {
        "en": r"banned (?:\w+ )?from leaving|ban on leaving|travel ban|not to leave|"
        r"recognizance",
        "ru": r"подписк\w* о невыезде|невыезд|запрет\w* на выезд|запрет\w* покидать",
        "kk": r"шығуға тыйым|кетпеу туралы|шықпау туралы",
    },
}
MEASURES = {kind: compile_table(table) for kind, table in MEASURE_CUES.items()}


JUDGE = compile_table(
    {
        "en": r"(?<!investigating )(?<!same )\bjudge\b(?:\s+in\s+the\s+case)?(?:\s+(?:was|is))?:?",
        "ru": r"(?<!следственный )(?<!следственного )(?<!же )\bсуд(?:ья|ьи|ьёй|ьей|ье|ью)\b|"
        r"\bпредседательствующ\w+(?:\s+судья)?",
        "kk": r"(?<!тергеу )(?<!сол )\bсудья(?:сы|сының)?\b",
    }
)
PROSECUTOR = compile_table(
    {
        # (not the Prosecutor General, nor his office)
        "en": r"(?<!general )\bprosecutor\b(?!\s+general\b)(?:\s+in\s+the\s+case)?"
        r"(?:\s+(?:was|is))?|"
        # "The prosecution, represented by Nurlan Abenov, ..."
        r"\bprosecution(?:\s+(?:was|is))?,?\s+represented\s+by(?!\s+prosecutor\b)",
        "ru": r"(?<!генеральный )(?<!генерального )\bпрокурор\w*|государственн\w+ обвинител\w*|"
        r"\bгособвинител\w*",
        # a list of the trial's people: «Айыптаушы — Ерлан СЕРІКОВ», a post's «📌 Айыптаушы:»,
        # one after another on a line: «Судья — Мәди Рысқұлбеков, айыптаушы — Тимур Оспанов»
        "kk": r"(?<!бас )\bпрокурор\w*|мемлекеттік айыптаушы\w*|"
        r"(?:^|(?<=\n)|(?<=,\s))[^\w\n]{0,4}\s*айыптаушы(?=\s*[—–:-])",
    }
)

#: A defence lawyer named in a text (an interview with one, "his lawyer X") speaks for the
#: person of the case and is not that person; «құқық қорғаушы» (a human rights defender) is.
LAWYER = compile_table(
    {
        "en": r"\b(?:defen[cs]e\s+)?(?:lawyer|attorney|counsel|advocate)\b(?:\s+(?:was|is))?:?",
        # (an expert who examined the posts speaks in the case too, and is not its person:
        # «Экспертизу по делу проводил психолог X», «эксперт X»)
        "ru": r"\b(?:адвокат(?:а|у|ом|е|ы|ов|ами)?|защитник(?:а|у|ом|е|и|ов)?|"
        r"эксперт(?:а|у|ом|ы)?)\b|"
        r"\bэкспертиз\w+\s+(?:по\s+делу\s+)?(?:провод|да|дава|составля)\w*\s+(?:[а-яё]+\s+)?",
        "kk": r"\bадвокат(?:ы|тың|қа|пен|ымыз)?\b|(?<!құқық )\bқорғаушы(?:сы|мыз)?\b",
    }
)

#: Court names; the appeal court and the investigating judge's court are not "the court".
COURT = compile_table(
    {
        # ("Kazybek bi district court": a district named after a person, with «би»)
        # "the specialised inter-district criminal court of Zhambyl region": named by its region
        # ("the Inter-district Criminal Court of Mangystau Region" without "specialised")
        # ("Interdistrict" written as one word too)
        "en": r"(?:speciali[sz]ed\s+)?inter-?district\s+(?:criminal\s+)?court"
        r"(?:\s+for\s+criminal\s+cases)?\s+of\s+(?-i:[A-Z])[\w-]+\s+(?:region|oblast)|"
        r"(?:(?-i:[A-Z])[\w'-]+\s+(?:(?:bi|batyr|ata)\s+)?){1,3}"
        r"(?:city|town|district|regional|inter-?district|"
        # ("Aktobe city No. 2 court": the number before "court" too)
        r"speciali[sz]ed inter-?district)(?:\s+(?:No\.|№)\s*\d+)?"
        r"\s+(?:criminal\s+)?court"
        # ("... Inter-District Court for Criminal Cases of Almaty")
        r"(?:\s+(?:No\.|№)\s*\d+)?(?:(?:\s+for\s+criminal\s+cases)?\s+of\s+(?-i:[A-Z])[\w-]+"
        r"(?:\s+(?:region|oblast))?)?",
        # (first: «Специализированный межрайонный суд по уголовным делам X области» is one
        # name, not «Специализированный межрайонный суд»; «межрайонный суд по уголовным делам»)
        # («спецсуд по уголовным делам ...»: the short name people write)
        "ru": r"(?:(?:специализированн\w+\s+(?:межрайонн\w+\s+)?|межрайонн\w+\s+)суд\w*|"
        r"(?<![\w-])спецсуд\w*)\s+по\s+"
        # («... по уголовным делам Шымкента»: the town in the genitive, as a city court's)
        r"уголовным\s+делам(?:\s+(?-i:[А-ЯЁ])[а-яё-]+\s+област\w+|"
        # («... по уголовным делам области Абай»: a region named since 2022, its name after)
        r"\s+области\s+(?-i:[А-ЯЁӘҒҚҢӨҰҮҺІ])[\w-]+|"
        r"\s+(?:города|г\.)\s*(?-i:[А-ЯЁ])[а-яё-]+|\s+(?-i:[А-ЯЁ][а-яё-]+[аыи])\b)?|"
        r"(?-i:[А-ЯЁ])[а-яё-]+(?:ий|ый|ой|ого|ому|ом|им)\s+(?:городск|районн|межрайонн|"
        # («Алмалинский районный суд №2 г. Алматы»: the number, then the town)
        r"областн)\w+\s+суд\w*(?:\s+(?:№\s*\d+(?:\s+(?:города|г\.)\s*(?-i:[А-ЯЁ][а-яё-]+))?|"
        r"(?:города|г\.)\s*(?-i:[А-ЯЁ][а-яё-]+)|"
        r"(?-i:[А-ЯЁ][а-яё-]+[аыи])\b|(?-i:[А-ЯЁ])[а-яё-]+(?:ой|ей)\s+области|"
        # («Панфиловский районный суд области Жетісу»: a region named since 2022, «область
        # Абай», «область Ұлытау», its name after the word)
        r"области\s+(?-i:[А-ЯЁӘҒҚҢӨҰҮҺІ])[\w-]+))?|"
        # «суд №2 города Павлодара», «суд Бостандыкского района города Алматы»
        r"суд\w*\s+(?:№\s*\d+|(?-i:[А-ЯЁ])[а-яё-]+ского\s+района)\s+(?:города|г\.)\s*"
        r"(?-i:[А-ЯЁ])[а-яё-]+|"
        # «в суде Сарыагашского района Туркестанской области»: a district court of a region
        r"суд\w*\s+(?-i:[А-ЯЁ])[а-яё-]+ского\s+района\s+(?-i:[А-ЯЁ])[а-яё-]+(?:ой|ей)\s+"
        r"области|"
        r"суд\w*\s+района\s+имени\s+(?:(?-i:[А-ЯЁ])[\w-]+\s+)+"
        r"(?:би\s+)?города\s+(?-i:[А-ЯЁ])[\w-]+|"
        # «Суд Панфиловского района начал рассматривать дело»: a district's court, no town
        r"суд\w*\s+(?-i:[А-ЯЁ])[а-яё-]+ского\s+района\b",
        # (not a sentence's first word: «Іс Орал қалалық сотында қаралды»)
        "kk": r"(?!(?-i:Іс\w*|Үкім\w*|Шешім\w*|Ол|Оны|Оған|Бұл|Ал|Кеше|Бүгін|Сот)\s)"
        r"(?-i:[А-ЯЁӘҒҚҢӨҰҮҺІ])[\w-]+(?:\s+[\w-]+)?\s+"
        # («Тараз қалалық №2 соты»: a town's numbered court, its number before «соты»)
        r"(?:қалалық(?:\s+№\s*\d+)?|аудандық|облыстық|ауданаралық)\s+сот\w*|"
        # «Семей қаласының № 2 соты»
        r"(?-i:[А-ЯЁӘҒҚҢӨҰҮҺІ])[\w-]+\s+қаласының\s+№\s*\d+\s+сот\w*|"
        # «Атырау облысы бойынша қылмыстық істер жөніндегі ... сот» (a court's official name)
        r"(?:(?-i:[А-ЯЁӘҒҚҢӨҰҮҺІ])[\w-]+\s+(?:облысының|қаласының|(?:облысы|қаласы)\s+бойынша)"
        r"\s+)?"
        r"(?:қылмыстық істер жөніндегі\s+(?:мамандандырылған\s+)?ауданаралық|"
        # («... мамандандырылған ауданаралық қылмыстық істер жөніндегі соты»: the other order)
        # («... мамандандырылған ауданаралық қылмыстық соты»: the short name)
        r"(?:мамандандырылған\s+)?ауданаралық\s+қылмыстық(?:\s+істер\s+жөніндегі)?)\s+сот\w*",
    }
)

#: A verdict an appeal ruling refers to: "overturned her verdict of 20 January 2022",
#: «отменила приговор от 20 января 2022 года», «2022 жылғы 20 қаңтардағы үкімнің».
VERDICT_REFERENCE = {
    "en": (
        r"(?:verdict|sentenced?|convicted)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\b(?:of|on|dated)\s*$",
        r"(?!)",
    ),
    # «оставила без изменения приговор Марине Лукьяновой, осуждённой 24 июля 2025 года ...»
    # («на приговор Есильского районного суда города Астаны от 9 октября»: the court between)
    "ru": (
        r"приговор\w*(?:\s+[\w-]+){0,6}\s+от\s*$|(?:осужд[её]нн|приговор[её]нн)\w+\s*$",
        r"(?!)",
    ),
    # («15 қыркүйектегі Гүлназ Серікқызына қатысты үкімі»: whom it concerns, between)
    "kk": (r"(?!)", r"^\s*(?:(?:[\w-]+\s+){1,3}?қатысты\s+)?үкім"),
}

#: Where the person is from: "from Aktobe", «из Талгара», «Шымкенттен келген».
ORIGIN = compile_table(
    {
        # (not a channel's "Forwarded from Qazaq Courtwatch")
        # (nor "Bad news from Kostanay", "a letter from Aktobe": where a thing comes from)
        "en": r"(?<!forwarded )(?<!reposted )(?<!shared )(?<!news )(?<!report )(?<!reports )"
        r"(?<!update )(?<!letter )(?<!message )(?<!greetings )(?<!dispatch )\bfrom\s+(\S+)|"
        r"\b(?:resident|native|inhabitant) of\s+(\S+)(?!\S|\s+(?:region|oblast)\b)|"
        # a wire's "an oil worker ... in the western town of Zhanaozen"
        r"\b(?:city|town) of\s+((?-i:[A-Z])[\w'-]+)|"
        # a dateline naming a village with its region: "SHELEK, Almaty region - A farmer ..."
        r"(?:^|(?<=\n))([A-Z][\w'-]+),\s+[A-Z]\w+\s+(?:region|oblast)\b",
        # (a resident, one: not «о переселении жителей посёлка X», other people)
        # «нефтянику из села Шетпе»: the settlement's own name after its kind
        "ru": r"\bиз\s+(?:(?:села|посёлка|поселка|пос\.|аула|города|г\.)\s*)?(\S+)|"
        r"\b(?:жител(?:ь|я|ю|ем|е|ьниц\w*)|уроженц\w*|уроженк\w*)\s+"
        # «жителю посёлка Айтеке би», «уроженца села Шелек»: the settlement's own name
        r"(?:(?:посёлка|поселка|села|аула|города|г\.)\s+)?(?!\w+\s+област)"
        r"(\S+(?:\s+(?:би|батыр|ата)\b)?)",
        "kk": r"(\S+(?:лық|лік|дық|дік|тық|тік))\b|(\S+(?:нан|нен|дан|ден|тан|тен))\s+келген|"
        # a settlement named as one: «Шетпе ауылы», «Әйтеке би кенті»
        r"((?-i:[А-ЯЁӘҒҚҢӨҰҮҺІ])\w+(?:\s+(?:би|батыр|ата))?)\s+(?:ауыл|кент)\w*",
    }
)

#: A hearing still to come ("An appeal hearing is scheduled for 15 November", «заседание
#: назначено на 5 мая», «сот отырысы 5 мамырда өтеді»): no event has happened on that date.
#: An appeal only meant, not yet decided: "Both will appeal", "the verdict can be appealed",
#: «защита намерена обжаловать», «Қорғаушылар шағымданатынын айтты».
APPEAL_INTENDED = compile_table(
    {
        # ("when is the appeal?" asked in a chat)
        "en": r"\bwhen\s+(?:is|will)\s+(?:the\s+)?appeal\b|"
        r"\b(?:will|would|to|can|could|may|might|shall|going to|intends? to|plans? to)\s+"
        r"(?:\w+\s+)?(?:appeal|be appealed|file an appeal|lodge an appeal)\b|"
        r"\bcan be appealed\b|\bright to appeal\b|"
        # "encourages the authorities to ensure that the appeal proceedings respect ...": a
        # wish for an appeal to come, no ruling
        r"\b(?:ensure|guarantee|urge|urges)\s+that\s+(?:the\s+|any\s+)?(?:upcoming\s+)?appeal\b|"
        # a filing is no ruling: "the defence filed a cassation petition with the Supreme Court"
        r"\b(?:filed|files|lodged|lodges|submitted|submits)\s+(?:an?\s+|the\s+|its\s+|his\s+|"
        r"her\s+)?(?:[\w-]+\s+)?(?:appeal|cassation|petition|complaint)\b[^.;,]*|"
        # the filing in the passive: "an appeal was lodged with the regional court on 26 November"
        r"\b(?:appeal|cassation|petition|complaint)s?\b[^.;]{0,40}?\b(?:was|were|has\s+been|"
        r"have\s+been)\s+(?:filed|lodged|submitted)\b[^.;,]*|"
        # "published an appeal to 'take the akimat building'": a call, no court appeal
        r"\b(?:published|posted|issued|recorded|wrote|signed|shared|made)\s+(?:an?\s+|the\s+)?"
        r"(?:[\w-]+\s+)?appeals?\s+(?:to|calling|urging|for)\b|"
        # a party's appeal, no ruling on it: "The prosecutor has appealed against the sentence",
        # "the defence appealed against the verdict"
        r"\b(?:(?:has|have|had)\s+(?:also\s+|already\s+)?appealed|appealed\s+against)\b"
        r"(?:\s+against)?(?:\s+(?:the|his|her|their)\s+(?:verdict|sentence|conviction))?",
        "ru": r"\b(?:намерен\w*|собира\w+|буд(?:ет|ут|ем|у)|мож\w+|план\w+)\s+(?:\w+\s+)?"
        r"(?:обжалова\w*|обжалован\w*|подать апелляц\w*)|\bобжалу(?:ют|ет|ем)\b|"
        # a relative's «жалобу подадим в течение 15 суток», a chat's «а когда апелляция?»
        r"\b(?:жалоб|апелляци)\w*\s+(?:\w+\s+)?подад(?:им|ут|им|ите)\b|"
        r"\bподад(?:им|у)\s+(?:\w+\s+)?(?:жалоб|апелляци)\w*|"
        r"\bкогда\s+(?:будет\s+)?(?:апелляци|рассмотрени\w+\s+жалоб)\w*|"
        r"\bподад(?:ут|ут)? апелляц\w*|\bможет быть обжалован\w*|"
        # «прокурор обжаловал приговор»: a party's appeal, no ruling on it
        r"\bобжаловал[аи]?\s+(?:\w+\s+)?(?:приговор|решение)\w*|"
        # «Защита подает ходатайство о пересмотре приговора в кассационном порядке»: a filing
        r"\bпода(?:ет|ёт|ют|ла|л|ли)\s+(?:\w+\s+){0,2}?(?:ходатайств|жалоб|апелляц|кассац)\w*"
        r"[^.;,]*|"
        # «прокуратура внесла апелляционное ходатайство», «принёс протест»: a filing too
        r"\b(?:внес(?:ла|ли|ло|ено|[её]н)?|внёс|принес(?:ла|ли|ено)?|принёс)\s+(?:\w+\s+){0,2}?"
        r"(?:ходатайств|жалоб|протест|апелляц|кассац)\w*[^.;,]*|"
        # the filing in the passive: «апелляционная жалоба подана 26 ноября», «жалоба на
        # приговор направлена в областной суд»
        r"\b(?:жалоб|апелляци|ходатайств|кассаци|протест)\w*\s+(?:[\w-]+\s+){0,3}?"
        r"(?:подан[аоы]?|направлен[аоы]?|внесен[аоы]?|принесен[аоы]?)\b[^.;,]*",
        # («қорғау кассациялық шағым түсірді»: a filing, no ruling; «апелляциялық шағым
        # берілгенін хабарлады», «шағым жолданды»: the filing in the passive)
        "kk": r"[^.;,]*\b(?:шағым|өтініш)\w*\s+(?:түсірді|берді|жолдады|берілді|берілген\w*|"
        r"түсірілді|түсірілген\w*|жолданды|жолданған\w*)(?!\w)|"
        r"шағымданатын\w*|шағымданбақ\w*|шағымданамыз|шағымдануға болады|"
        # a chat's «апелляция қашан?», «шағым береміз»
        r"\bапелляция\w*\s+қашан\b|\bшағым\w*\s+береміз\b|"
        # («үкімге апелляциялық шағым беретінін айтты»: the kind of complaint with it)
        r"(?:(?:апелляция|кассация)\w*\s+)?шағым\w*\s+(?:беретін|түсіретін|бермек|түсірмек)\w*|"
        r"апелляция\w*\s+"
        r"(?:беретін|бермек|түсірмек|береміз)\w*",
    }
)

#: A call on someone to act ("calls on the appeal court to overturn both verdicts", "urged the
#: authorities to release him", «призывает апелляционную инстанцию отменить приговор», «үкімді
#: бұзуға шақырады»): what a statement wishes for, no event of the case. The call runs to the
#: clause's end.
CALL_TO_ACT = compile_table(
    {
        "en": r"\b(?:calls?|called|calling)\s+(?:on|upon)\b[^.;]*|"
        # "Kazakh authorities should quash the conviction of X": what they ought to do
        r"\b(?:should|must)\s+(?:immediately\s+)?(?:quash|overturn|annul|drop|release|free|"
        r"vacate|reverse)\b[^.;]*|"
        # "X must be released from pretrial detention without delay": what ought to happen
        r"\b(?:should|must)\s+(?:immediately\s+)?be\s+(?:immediately\s+)?(?:released|freed)"
        r"\b[^.;]*|"
        r"\b(?:urges?|urged|urging)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,4}?to\s+[^.;]*",
        # («... должен быть немедленно освобожден», «необходимо освободить»: what ought to be)
        "ru": r"\bпризыва(?:ет|ют|ла|ли|л)\s+[^.;]*|"
        r"\b(?:долж(?:ен|на|ны)\s+быть|необходимо|следует|нужно|требуем|требуют)\s+"
        r"(?:немедленно\s+)?освобо\w+[^.;]*",
        # the verb ends the Kazakh clause, so the call runs back from it to the clause's start:
        # a verbal noun called for («үкімді бұзуға шақырады», «босатуды талап етеміз»); not a
        # summons («тергеушіге шақырылды») nor the prosecutor's past demand («айыруды талап етті»)
        "kk": r"[^.;,]*?\b\w+у(?:ға|ге|ды|ді|ын|ін)\s+(?:шақыр(?!ыл)\w*|үнде(?!л)\w*|"
        r"талап\s+ет(?:еміз|еді|іп\s+отыр\w*))|"
        # («... дереу босатылуы тиіс», «босату керек»: what ought to be)
        r"[^.;,]*?\bбосат(?:ылуы|у)\s+(?:тиіс|керек|қажет)",
    }
)

#: A single judge refusing to put a petition before the cassation board ("a judge of the Supreme
#: Court refused to refer the cassation petition to a hearing", «судья Верховного суда отказал в
#: передаче ходатайства на рассмотрение кассационной коллегии»): the case is not reviewed, no
#: court rules on it (unlike "the Supreme Court refused to review the case", a ruling).
_REFERRAL_REFUSED_WORDS = {
    "en": r"\b(?:refused|declined|denied)\s+(?:to\s+(?:refer|pass|transfer|forward|"
    r"send|submit)\b|(?:the\s+)?(?:referral|transfer)\s+of\b)",
    "ru": r"\bотказ\w*\s+в\s+(?:передаче|направлении)\b",
    "kk": r"\b(?:беруден|жолдаудан|жіберуден|өткізуден)\s+бас\s+тарт\w*",
}
#: The words alone: a text without them is read no further (the clause pattern, tried from
#: every character of a text, costs the most of an event's cues).
REFERRAL_REFUSED_WORDS = compile_table(_REFERRAL_REFUSED_WORDS)
#: The clause that tells it.
REFERRAL_REFUSED = compile_table(
    {language: rf"[^.;]*{words}[^.;]*" for language, words in _REFERRAL_REFUSED_WORDS.items()}
)

#: A verdict awaited, not given: "is expected to read the verdict", «ожидается оглашение
#: приговора», «үкім бүгін жариялануы күтілуде».
VERDICT_EXPECTED = compile_table(
    {
        "en": r"\b(?:is|are)\s+(?:expected|due|set)\s+to\s+(?:read|announce|deliver|hand down|"
        r"pronounce|give)\s+(?:the|a|its)\s+(?:verdict|sentence)\b|"
        r"\b(?:awaiting|awaits|waiting for)\s+(?:the|a)\s+verdict\b|"
        # the verdict the defence asks or hopes for: "we will ask for an acquittal"
        r"\b(?:ask|asks|asking|seek|seeks|seeking|hope|hopes|hoping|count|counting)\s+"
        r"(?:for\s+|on\s+)?(?:an?\s+|the\s+)?(?:full\s+)?(?:acquittal|not[\s-]guilty\s+verdict)",
        "ru": r"\bожида\w+\s+(?:оглашени\w+\s+)?приговор\w*|\bогласит\s+приговор\b|"
        r"\bв ожидании приговора\b|"
        # («будем просить оправдательный приговор», «надеемся на оправдательный приговор»)
        r"\b(?:проси\w*|прос\w*т|попрос\w*|добива\w*|надея\w*|надеем\w*|рассчитыва\w*)\s+"
        r"(?:на\s+|об?\s+)?оправда\w*(?:\s+приговор\w*)?",
        "kk": r"үкім\w*\s+(?:\w+\s+){0,2}(?:жариялан|шығарыл)\w*\s+(?:деп\s+)?күтіл\w*|"
        r"үкім\w*\s+(?:\w+\s+)?күтіп\w*|"
        # («ақтау үкімін сұраймыз»: the acquittal the defence asks for)
        r"ақтау\s+үкім\w*\s+(?:\w+\s+)?(?:сұра|талап\s+ет|күт|үміттен)\w*|"
        # «Бап бойынша ең ауыр жаза — жеті жылға дейін бас бостандығынан айыру»: the law's
        # maximum, no verdict
        r"ең ауыр жаза\w*[^.;]*",
    }
)

SCHEDULED = compile_table(
    {
        "en": r"\bscheduled\b|\bwill (?:be (?:held|heard|considered)|take place|hear|consider)\b|"
        r"\bis due (?:to|on)\b|\bset for\b|\b(?:is|are) to be (?:heard|considered)\b|"
        # a court card's "Case assigned for hearing", «Назначено к рассмотрению», «Іс ... қарауға
        # тағайындалды»: the day a hearing was set, no ruling
        r"\b(?:assigned|listed|set\s+down)\s+for\s+(?:a\s+)?(?:hearing|consideration|trial)\b",
        # («апелляционную жалобу рассмотрят 10 декабря»: the future)
        "ru": r"\bназначен\w*\s+на\s+\d|\bсостоится\b|\bбудет рассмотрен\w*|\bпройд[её]т\b|"
        r"\bрассмотр(?:ит|ят)\b|\bназначен\w*\s+к\s+(?:рассмотрени|слушани)\w*",
        # (the future of intention: «шағым 10 желтоқсанда қаралмақ», «отырыс ... өтпек»)
        "kk": r"\bөтеді\b|\bқаралады\b|\bбелгіленді\b|\bбелгіленген\b|"
        r"\b(?:қаралмақ|өтпек|жарияланбақ|шығарылмақ)\b|\bқарауға\s+(?:тағайындал|белгілен)\w*",
    }
)

#: A first-person kinship word right before a name: the writer's son, husband, brother...
MY_KIN = re.compile(
    # (and a reply to a relative's letter: "your son", «Вашего сына», «Сіздің ұлыңыз»)
    r"\b(?:(?:my|your)\s+(?:son|daughter|husband|wife|father|mother|brother|sister)|"
    r"(?:мо(?:й|его|ему|им|я|ю|ей)|нашего|наш|ваш(?:его|ему|им|а|ей|у)?)\s+"
    r"(?:сын\w*|дочь|дочер\w*|муж\w*|отц\w*|отец|брат\w*|сестр\w*)|"
    r"(?:менің\s+|сіздің\s+)?(?:ұлым|қызым|жолдасым|күйеуім|әкем|інім|ағам|бауырым|ұлыңыз|"
    r"қызыңыз|жолдасыңыз|күйеуіңіз|әкеңіз|ініңіз|ағаңыз|бауырыңыз)\w*|"
    # «я мама Тимура Жаксылыкова», "I am the mother of ...": whose relative the writer is
    r"(?:я|i\s+am|i'm)\s+(?:the\s+)?(?:мама|мать|жена|супруга|сестра|отец|папа|брат|дочь|"
    r"mother|wife|sister|father|brother|daughter)(?:\s+of)?)"
    # («Менің әкем – Марат X»: a dash before the name)
    r"[\s,–—-]*(?:[\w-]+[\s,]+){0,3}$",
    re.IGNORECASE,
)
