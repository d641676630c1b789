"""Cue words that introduce what a person is accused of doing, in English, Russian and Kazakh.

The tables `acts`, `act_cues` and `act_spans` read: a cue before the deed ("accused of",
«по версии следствия», «тергеу деректері бойынша»), a heading over a list of deeds, the reason
told with an event ("arrested over his posts"), and a deed told plainly by its doer. Matching is
case-insensitive; a missed wording is fixed by adding a pattern here, not in the logic.
"""

from __future__ import annotations

import re

from bot.extract.lexicon import compile_table

#: Works told without an article, as a lookahead's branch: "Instagram posts about ...",
#: "comments about a local imam", "videos on YouTube" (a platform's name may lead).
_WORKS = (
    r"(?:(?-i:[A-Z])[\w-]+\s+)?(?:posts|videos|comments|streams|messages|articles|"
    r"publications|reposts|sermons|speeches)\s+(?:on|in|about|of|that|which|criticising|"
    r"calling|claiming|alleging)\b"
)

#: Russian works, as a lookahead's branch: «пост», «видео», «комментариев», «голосового
#: сообщения» (any case: the word's stem).
_RU_WORKS = (
    r"(?:пост|видео|ролик|публикаци|комментари|репост|стат[ьеи]|сообщени|запис[ьие]|"
    r"стихотворени|песн|интервью|выступлени|эфир|листовк|обращени|расследовани)"
)

#: Sentences that say what the person is accused of; the act follows the cue.
ACTS = compile_table(
    {
        "en": r"\b(?:accused|suspected|charged) (?:him |her |them )?(?:of|with|over)\b:?\s*|"
        # "The authorities accuse her of running ...", "Investigators accuse Bekova of ..."
        r"\baccus(?:e|es|ing)\s+(?:him|her|them|(?-i:[A-Z])[\w'-]+)\s+of\s+|"
        # "She faces up to seven years in prison over an Instagram post"
        r"\bfac(?:es|ed|ing)\s+[^;.]{0,60}?\b(?:over|for)\s+(?=(?:a|an|his|her|their)\s)|"
        # a briefing paper's "on charges of X (Article 174), in connection with a video ..."
        r"\bin (?:connection|relation) (?:with|to)\s+(?=(?:a|an|his|her|their)\s)|"
        # "sentenced X to three years ..., after she translated into Kazakh and posted leaflets
        # of a banned movement": a deed's verb of publishing after "after she"
        r",\s+after\s+(?:he|she|they)\s+(?=(?:posted|published|shared|wrote|translated|recorded|"
        r"uploaded|filmed|livestreamed|reposted|forwarded|distributed|spoke|read|sang)\b)|"
        # "The suspicion relates to a TikTok video of 10 November about ..."
        r"\b(?:suspicion|charges?|case|accusation|prosecution)\s+(?:relates?|related|is\s+related)"
        r"\s+to\s+(?=(?:a|an|his|her|their)\s)|"
        # "Prosecutors said Dauletov had used a WhatsApp group to call on colleagues ..."
        # ("The court said Bekov had posted a video ...": what the court found he did)
        r"\b(?:prosecutors?|investigators?|the prosecution|police|the court|the judge)\s+"
        r"(?:said|say|says|allege|"
        r"alleged|alleges|claim|claimed|claims)\s+(?:that\s+)?(?:(?-i:[A-Z])[\w'-]+|he|she)\s+"
        r"(?:had\s+)?(?=\w+ed\b|(?:sent|wrote|made|took|gave|spoke|led|held|paid|ran|met|read|"
        r"sang|shared|put)\b)|"
        r"\b(?:claims?|alleges?|believes?)\s+that\s+(?:he|she|they)\s+|"
        # "Bekov was convicted of publishing a video ...", "The court ruled that Bekov had ..."
        r"\bconvicted\s+of\s+(?=\w+ing\b)|"
        r"\b(?:court|judge)\s+(?:ruled|concluded|held)\s+that\s+|"
        r"according to (?:the )?investigat\w+,?\s+(?:he|she|they)\s+|"
        # a list's labelled line "Reason: reposts of videos ..."
        # (or a table's cell told with its column's label: "... | Grounds: posts in ...")
        r"(?:^|\n|\|)[ \t]*(?:reason|grounds)[ \t]*:[ \t]*|"
        # (not the appeal judges' "found that the trial court had not examined ...")
        r"(?<!appeal judges )(?<!appeal court )(?<!appeal board )(?<!appeals court )"
        r"(?:court )?(?:established|found) that\s+|"
        r"(?:found|finding|pleaded)\s+[^;.]{0,80}?\bguilty\s+of\s+|"
        # a wire's "was charged in March after posting videos on social media showing ..."
        r"\b(?:charged|prosecuted|convicted|sentenced|jailed|fined|punished)\b[^.;]{0,100}?"
        r"\bafter\s+(?!(?:finding|being|serving|spending|hearing|considering)\b)(?=\w+ing\b)|"
        # "The investigators point to a video he posted ...", "The indictment cites X"
        r"\b(?:investigators?|investigation|prosecution|prosecutors?|indictment)\s+"
        r"(?:points?|pointed|refers?|referred|cites?|cited)\s+to\s+|"
        r"\b(?:indictment|investigation|prosecution)\s+cites?\s+|"
        # "charged under Article 400, Part 1 (violating the order of assemblies) for organising
        # a rally": the deed after the article and its title
        r"\b(?:charged|prosecuted|tried|indicted)\s+under\s+(?:[^;.()]|\.(?=\s*\d)|\([^()]*\))"
        r"{3,200}?\s+"
        r"(?:for|over)\s+(?=\w+ing\b|(?:a|an|his|her|their)\s+"
        r"(?!(?:\w+\s+)?(?:years?|months?|days?|term|period)\b))|"
        # "FOUR years in prison under art. 274-4 for his YouTube videos" (a list's line)
        # ("... 5 years in prison under Art. 174 for sermons on YouTube", "for a video")
        r"\b(?:years?|months?)\s+(?:in\s+prison|of\s+[\w\s-]{3,40}?)\s+(?:under\s+[^;,]{3,30}?\s+)?"
        r"for\s+(?=(?:his|her|their|a|an)\s(?!(?:\w+\s+){0,2}(?:years?|months?|days?)\b)|"
        r"\w+s\s+(?:on|in|about)\s)|"
        # "... for "insulting a government official" (Article 378) over a YouTube video"
        # (a word of its own: "confined to his flat for ..." is no "fined ... for")
        # (not "the information received, we express concern ...": what was received is no
        # punishment)
        r"\b(?<!information\s)(?<!communication\s)(?<!letter\s)(?<!reply\s)"
        r"(?:convicted|sentenced|jailed|punished|fined|got|received|given|guilty)\b"
        r"[^;]{0,200}?\b(?:for|over)\s+"
        r"(?=\w+ing\b|(?:a|an|his|her|their)\s+(?!(?:\w+\s+)?(?:years?|months?|days?)\b)|"
        # "over TikTok videos criticising the akim": a platform's posts
        # ("over two Facebook posts, dated ...": a number of a platform's posts)
        r"\w+s\s+(?:on|in|about)\s|(?:(?:two|three|four|five|six|several|many|\d+)\s+)?"
        r"(?-i:[A-Z])[\w-]+\s+(?:posts|videos|comments|streams|messages|articles)\b|"
        # ("over two videos about the akim's purchases": a number of works)
        r"(?:two|three|four|five|six|several|\d+)\s+(?:posts|videos|comments|streams|"
        r"messages|articles|publications|poems|songs)\b)|"
        # "charged under Article 274 for a Facebook post" (not the "for" of an offence's name
        # in quotes or brackets)
        r"\b(?:charged|indicted)\b[^;(\"“«]{0,120}?\bfor\s+"
        r"(?=\w+ing\b|(?:a|an|his|her|their)\s+(?!(?:\w+\s+)?(?:years?|months?|days?)\b)|"
        r"\w+s\s+(?:on|in|about)\s)|"
        # a wire's "charged on 9 September under Art. 274 part 2 CC RK (dissemination of
        # knowingly false information) over a video of 21 August": the article and the
        # offence's name in brackets, then what the person did
        # ("Charged under Art. 274 ... (...) over Instagram posts about ...": a platform's
        # works; "a term imposed by the court on 14 May under Article 174 (...), for comments
        # about ...": the sentence's own verb; "(Article 378, Part 2) after he called ...": the
        # deed's verb after "after he")
        r"\b(?:charged|suspected|accused|indicted|prosecuted|tried|convicted|sentenced|"
        r"imposed)\b"
        r"[^;.]{0,60}?\bunder\s+(?:Art\.|Articles?\b)[^();]{0,60}?\([^()]{3,150}\)\s*,?\s*"
        r"(?:(?:over|for|because\s+of|in\s+connection\s+with)\s+"
        r"(?=(?:a|an|his|her|their|two|three|four|several|\d+)\s"
        r"(?!(?:\w+\s+)?(?:years?|months?|days?|term|period)\b)|"
        rf"{_WORKS})|after\s+(?:he|she|they)\s+(?=[a-z]+ed\b))|"
        # "on a charge of insulting ... (Article 378, Part 2) after he called the police chief
        # ...": the article in brackets, then the deed by its past verb
        r"\((?:Art\.|Articles?\b)[^()]{1,60}\)\s*,?\s+after\s+(?:he|she|they)\s+(?=[a-z]+ed\b)|"
        # "Investigators suspect her of "inciting social discord" under Article 174, Part 1,
        # over a video ...": the offence's name in quotes, its article, then the work
        r"\b(?:suspect|accuse)s?\s+(?:him|her|them|(?-i:[A-Z])[\w'-]+)\s+of\s+[\"“][^\"”]{3,80}[\"”]"
        r"\s+under\s+(?:Art\.|Articles?\b)[^();.]{0,40}?,?\s+(?:over|for)\s+"
        r"(?=(?:a|an|his|her|their|two|three|four|several|\d+)\s"
        r"(?!(?:\w+\s+)?(?:years?|months?|days?|term|period)\b)|"
        rf"{_WORKS})|"
        r"(?:reason|grounds?) for (?:the |his |her )?\w+ (?:was|were)\s+(?:his\s+|her\s+)?|"
        r"\b(?:prosecuted|persecuted)(?: on political grounds)? for:?\s*|"
        # "His only "crime" was X" ("All he did was X" is labelled no act in reports-dev)
        r"\b(?:only|whole|entire)\s+[\"“«']?crime[\"”»']?\s+(?:was|is)\s+|"
        # 'Her "crime": an investigation into ...'
        r"\b(?:his|her|their)\s+[\"“«']crime[\"”»']\s*[:—–]\s*|"
        # ("His crime, according to the court, was a Facebook post ...")
        r"\b(?:his|her|their)\s+[\"“«']?crime[\"”»']?,\s+according\s+to\s+[^,]{3,40},\s+"
        r"(?:was|is)\s+|"
        # "The offence of which my client was convicted consisted of X and Y"
        r"\b(?:consisted|consists)\s+(?:solely\s+|only\s+)?of\s+|"
        # "The prosecution is based on X", "The case was opened over X", "stemmed from X"
        r"\b(?:case|prosecution|charges?|accusations?|proceedings)\s+(?:\w+\s+){0,2}"
        r"(?:(?:is|was|were|are)\s+(?:\w+\s+)?(?:based\s+on|opened\s+(?:over|for|because\s+of)"
        r"|brought\s+(?:over|for)|related\s+to)|(?:stemmed|stems|arose|arises)\s+from"
        r"|(?:relates?|related)\s+to|concern(?:s|ed)?|(?:is|was)\s+about)\s+(?!\d)|"
        # a list's labelled line "WHY: a report on ..."
        r"(?:^|\n)[•·*\s-]*why[ \t]*:[ \t]*",
        # «обвиняют по части 1 статьи 274 УК РК за X» (before «обвиняют ... в»)
        # («по ч. 1 ст. 174 УК РК за X»: a dot before a number is an abbreviation's)
        # (the article's title in brackets is passed whole: «(нарушение ... собраний) за ...»)
        "ru": r"(?:обвиня|подозрева)\w*\s+по\s+(?:[^;.()]|\.(?=\s*\d)|\([^()]*\)){0,60}?\s+"
        r"за\s+(?!\d)|"
        # «подозревают в возбуждении розни (часть 2 статьи 174 УК) за видеоролик ...»
        r"\bподозрева\w*\s+(?:\w+\s+)?в\s+(?=[а-яё])|"
        r"(?:обвиня\w*|обвинил\w*|обвин[её]н[аы]?)\s+(?:\w+\s+)?"
        r"(?:по\s+[^,«(]{0,40}?\s+)?в\s+|"
        # «Поводом стало X», «Основанием для преследования послужило X»
        # («Поводом для дела, по словам адвоката X, стали ...»: an aside between)
        r"(?:поводом|основанием|причиной)(?:\s+для(?:\s+\w+){1,2})?(?:\s*,\s*[^,.;]{3,60},)?"
        r"\s+(?:стал[аио]?|стали|послужил[аио]?|послужили)[:\s]\s*(?:его\s+|её\s+|ее\s+)?|"
        # a post's short form: «Повод — сторис в Instagram от 14 августа о ...»
        # («Основание: по версии следствия, 22.11.2025 участвовал ...»: whose version, too)
        r"(?<![\w-])(?:[Пп]овод|[Пп]ричина|[Оо]снование)(?:\s+для\s+\w+)?\s*[—–:]\s*"
        r"(?:по\s+(?:версии|данным)\s+(?:следствия|обвинения),?\s+)?|"
        # «Весь «состав преступления» моего подзащитного — X»
        r"[«\"“]?состав\w*\s+преступления[»\"”]?\s+(?:[\w-]+\s+){0,3}?[—–]\s*|"
        # «Уголовное преследование связано со стихотворением ...»
        r"(?:преследование|дело|обвинение)\s+(?:\w+\s+)?связан\w*\s+с[оo]?\s+|"
        # («Следствие установило, что ...»: any gender)
        r"установлено,?\s+что\s+|установил[аио]?,?\s+что\s+|"
        r"(?:осудил\w*|осужд\w+|приговорил\w*|приговор[её]н\w*|оштрафова\w*|признал\w*|"
        r"признан[аы]?\b|"
        # «предъявили обвинение по ч. 1 ст. 174 УК РК из-за моего поста»
        r"предъяв\w+\s+(?:\w+\s+)?обвинени\w*|"
        # the prosecutor's demand says what for too: «попросил назначить ей четыре года ...
        # за стихотворение ...»
        r"(?:по)?просил\w*|запросил\w*|"
        r"(?<![\w-])судил\w*|(?<![\w-])суд(?:ят|ит)\b|"
        # «его посадили за то, что он администрировал чат»
        r"(?<![\w-])посадил\w*|(?<![\w-])сажа(?:ют|ет)\b|"
        r"вмен\w+)\b"
        # «вменяют распространение ложной информации в связи с публикацией о ...»
        # (a court, its date, the term and the article with its name in brackets may stand
        # between the verb and «за»: up to 160 characters)
        r"[^;]{0,160}?\s+(?:(?:из-)?за|в\s+связи\s+с[оo]?)\s+"
        r"(?!\d)|"
        # «Всё, что он сделал, — дважды переслал видео», «Вся его вина — пост»
        r"\bвс[её],?\s+что\s+(?:он|она|они)\s+(?:сделал\w*|написал\w*)\s*,?\s*[—–-]\s*|"
        # «Весь «состав» – это то, что Руслан переслал ...», «Всё «участие» – это то, что
        # несколько лет назад он перевёл ...»: the charge's word in quotes, then the deed
        r"\b(?:весь|вся|всё|все)\s+(?:его\s+|её\s+|ее\s+|их\s+)?[«\"“][а-яё]+[»\"”]\s*[—–-]\s*"
        r"это\s+(?:лишь\s+|только\s+)?(?:то,?\s+что\s+)?"
        r"(?:несколько\s+[а-яё]+\s+назад\s+)?(?:(?:он|она|они)\s+)?|"
        # («Вся его вина, по словам адвоката, — пост ...»: who says so between)
        r"\bвся\s+(?:его|её|ее|их)\s+вина(?:,\s+[^,]{3,40},)?\s*[—–-]\s*|"
        r"преследу\w*.{0,40}?\bза:?\s*|по (?:версии|данным) следствия,?\s+(?:он|она|они)\s+|"
        # «Всё его «преступление» — X», «Дело возбуждено из-за X», «обвиняют по ... за X»
        r"(?:его|её|ее|их)\s+[«\"“]?преступлени[ея][»\"”]?\s*[—–-]\s*|"
        r"дело\s+(?:было\s+)?возбужден\w*\s+(?:из-за|за)\s+|"
        # «Обвинение строилось на трёх видеороликах», «дело основано на посте»
        r"(?:обвинение|дело)\s+(?:\w+\s+)?(?:строил\w*|строится|основан\w*|построен\w*)\s+"
        r"на\s+|"
        # «Следствие считает, что она ...», «Обвинение утверждает, что 3 мая Бекова ...»
        r"(?:следствие|обвинение|прокуратура|прокурор|гособвинение|суд)\s+(?:считает|"
        r"утверждает|полагает|уверен\w*),?\s+что\s+|"
        # «по версии следствия, 3 января Лебедев призвал ...» (a date, the surname)
        r"по (?:версии|данным) (?:следствия|обвинения),?\s+|"
        # «статья 405 часть 2, из-за того что он был в чате», «Речь о статье от ...»
        r"\bиз-за того,?\s+что\s+(?:(?:он|она|они)\s+)?|"
        r"\bречь\s+(?:идёт\s+|идет\s+)?о(?:б)?\s+(?=[а-яё])|"
        # a paper's or a card's labelled line: «Фабула обвинения: ...», «Суть обвинения: ...»,
        # «За что: ...»
        r"(?:^|\n|\|)[ \t]*(?:фабула(?:\s+обвинения)?|суть\s+(?:обвинения|дела)|за\s+что|"
        r"обвинение)"
        r"[ \t]*:[ \t]*|"
        # an answer with no verb, what for told by its work: «За пост в Фейсбуке от 2 ноября,
        # где ...», «Всё из-за голосового сообщения в чате ...», a list's «Сапарбаева — за пост
        # в Facebook о ...»
        rf"(?:^[ \t]*(?:вс[её]\s+)?(?:из-за|за)|\s[—–]\s+за)\s+(?=(?:[а-яё]+\s+)?{_RU_WORKS})|"
        # «Обвинение касалось её публикации от ...», «Всё дело – это несколько репостов ...»
        r"(?:обвинение|дело|преследование)\s+(?:\w+\s+)?касал\w*\s+(?:(?:его|её|ее|их)\s+)?|"
        r"\bвс[её]\s+дело\s*[—–-]\s*(?:это\s+)?",
        "kk": r"айыпталды|айыпталуда|айыпталады|айыпталып отыр\b|қудаланып отыр\b|қудалануда|"
        # «X үшін «...» деп айыптады», «X үшін айыптап отыр»: accused of X (the act is before)
        r"\bүшін\s+(?:[«\"][^»\"]{0,80}[»\"]\s+деп\s+)?айыпта(?:п\s+отыр|ды|йды|уда)\w*|"
        # «X үшін ҚК-нің 174-бабы бойынша айып тағылды»: the article between
        r"\bүшін\s+(?:(?:ҚР\s+)?ҚК\S*\s+)?(?:\d+-ба[бп]\w*\s+)?(?:\d+-бөлі\w*\s+)?"
        r"(?:бойынша\s+)?айып\s+тағыл\w*|"
        r"(?:үшін|байланысты)\s+айып\s+тағыл\w*|"
        # «Оған X үшін айыппұл салынды», «Ол X үшін 2 жылға бас бостандығынан айырылды»: the
        # verdict for X
        # (a list's «X үшін ... 5 жыл бас бостандығынан айыру»: the term's noun too)
        r"\bүшін\s+(?:[^.,;]{0,40}?\s)?(?:айыппұл\s+салын\w*|бас\s+бостандығ\w+\s+"
        r"(?:шектел|айырыл|шектеу|айыру)\w*)|"
        # («Айып ... видеосына қатысты тағылған»: regarding)
        r"айып\s+(?:[^.]|(?<=\d)\.(?=\d)){0,120}?(?:байланысты|қатысты|үшін)\s+тағыл\w*",
    }
)

#: A heading over a list of the acts charged ("The charges relate to:", «Эпизоды обвинения:»,
#: «Айыптың негіздері:»), in any of the three languages.
ACT_LIST_HEADINGS = re.compile(
    r"\b(?:charges?|accusations?)\s+(?:relate|refer)s?\s+to|"
    r"(?:grounds?|episodes?|basis)\s+(?:of|for)\s+the\s+(?:charges?|accusations?|prosecution)|"
    r"(?:эпизоды|основани\w+|пункты)\s+(?:для\s+)?(?:обвинени\w+|преследовани\w+)|"
    r"обвинение\s+(?:связано|касается)|"
    r"айып(?:тың|тау)?\s+(?:негіз\w*|эпизод\w*)|мыналар\s+үшін",
    re.IGNORECASE,
)

#: Kazakh cues after which the act is told («Тергеу деректері бойынша, ол ... шақырған»).
ACTS_AFTER_KK = re.compile(
    # a card's labelled line: «Не үшін: ...», «Айып мәні: тергеу дерегі бойынша, ...»,
    # «Айыптың негізі: ... мақала»
    r"(?:^|\n|\|)[ \t]*(?:не\s+үшін|айып(?:тың|тау(?:дың)?)?\s+(?:мәні|негізі|мазмұны)|"
    r"айыпталу\s+себебі)[ \t]*:[ \t]*(?:тергеу\s+(?:деректері|дерегі|мәліметі|мәліметтері|"
    r"нұсқасы)\s+бойынша,?\s+)?|"
    r"тергеу (?:деректері|дерегі|мәліметтері|нұсқасы) бойынша,?\s+(?:ол\s+)?|"
    # «... бойынша күдік келтірілген: ол 9 қарашада ... жариялаған»: what, after the colon
    r"\b(?:күдік|айып)\s+(?:келтірілген|келтірілді|тағылған|тағылды)\s*:\s*(?:ол\s+)?|"
    r"тергеу\w* (?:мәліметінше|деректерінше|нұсқасынша|айтуынша),?\s+(?:ол\s+)?|"
    r"\bсебебі[,:]?\s+(?:ол\s+)?|\bсебеп\w*\s*[—–:-]\s*|"
    # «Айыптау бойынша, Жақсылықов ... қала әкімін балағаттаған»
    # («Айыптау нұсқасы бойынша, ...»: the prosecution's version)
    r"айыптау(?:\s+(?:қорытындысы|нұсқасы))?\s+бойынша,?\s+|"
    # «айып тағылды — сабақта ... айтқаны үшін», «... дейді, бір ұйымның видеосын бөліскені
    # үшін.»: what the charge is for, told last
    # (a comma inside quotes is the work's: «— 20 қарашадағы «ауылға су жоқ, әкім тойда»
    # деген видеосы үшін»)
    r"(?:[—–]|,)\s+(?=(?:[^.;,—–«»]|«[^«»]{0,80}»|(?<=\d)\.(?=\d)){5,120}?\sүшін\s*[.!]?\s*$)|"
    # «Оның бар «қылмысы» — X», «Оның кінәсі — X ғана»
    r"[«\"]?(?:қылмысы|кінәсі)[»\"]?\s*[—–-]\s*",
    re.IGNORECASE,
)

#: Why the person was arrested or tried, said with the event ("arrested over his posts",
#: «задержан из-за публикаций», «жазбалары үшін ұсталған»): an act, but the sentence's date
#: is the event's. Kazakh writes the act before the cue.
REASONS = compile_table(
    {
        "en": r"\b(?:arrested|detained|prosecuted|jailed|tried|suspected|charged)\s+[^;.]{0,80}?"
        r"\b(?:over|because of)\s+|"
        # "detained ... after a reading of her poem", "arrested after his speech at a rally"
        # "They were detained on June 12 after taking part in a rally organized by ..."
        r"\b(?:arrested|detained)\s+[^;.]{0,80}?\bafter\s+(?=(?:taking part|participating|"
        r"attending|posting|publishing|sharing|speaking|calling|organi[sz]ing|joining|holding|"
        r"critici[sz]ing|writing|filming)\b)|"
        r"\b(?:arrested|detained|summoned)\s+[^;.]{0,80}?\bafter\s+(?=(?:a|an|his|her|their)\s+"
        r"(?:[\w-]+\s+){0,2}(?:reading|post|posts|video|videos|speech|poem|article|comment|"
        r"comments|song|interview|publication|stream|picket|protest|rally)\b)",
        # («Её задержали за пост ...»: the active plural too)
        # («его задержали и поместили в СИЗО за ролик ...»: where he was put, between)
        "ru": r"(?:задержан\w*|арестован\w*|задержали|арестовали|преследу\w+)\s+(?:\w+\s+){0,2}"
        r"(?:и\s+(?:поместили|водворили|заключили|отправили)\s+(?:в|под)\s+[\w-]+\s+)?"
        r"(?:из-за|за)\s+(?!\d)|"
        # (not the writer's own reason: «Пишу, потому что молчать больше не могу»)
        # (nor inside the words quoted: «умирают роженицы, потому что ... нет врача»)
        r"(?<!пишу,\s)(?<!пишу\sэто,\s)(?<!пишем,\s)\bпотому что(?![^«»]*»)\s+"
        r"(?:(?:он|она)\s+)?|"
        # «задержали 2 марта 2025 года после акции против повышения тарифов»
        r"\b(?:задержал\w*|задержан\w*|арестовал\w*|арестован\w*)\s+[^;.]{0,60}?\bпосле\s+"
        r"(?=(?:[\w-]+\s+){0,2}(?:акци|митинг|пикет|публикаци|пост|видео|выступлени|стрим|"
        r"эфир|интервью|стих)\w*)",
        # «... сынағаны үшін жауапқа тартылды», «жазбасы үшін дейді», «мақаласы үшін 2024
        # жылғы 8 тамызда ұсталған»
        "kk": r"\bүшін\s+(?:(?:[^.,;]|(?<=\d)\.(?=\d)){0,40}?\s)?"
        r"(?:ұстал|қамауға|сотталды|айыптал|қудалан|жауапқа\s+тарт|жауапкершілікке\s+тарт|"
        r"жазала|дейді\b|деп\b)",
    }
)


#: What the person did, told as a plain statement ("He had published videos about ...",
#: «Она опубликовала пост о ...»): an act only where nothing else says what they are accused of.
ACTS_TOLD = compile_table(
    {
        # ("she wrote on Facebook that ...": a verb with no object keeps it, what was written
        # follows)
        # (a relative's "She just wrote a comment ...": only, just, simply, merely)
        "en": r"\b(?:he|she|they|my\s+(?:husband|wife|son|daughter|brother|sister|father|"
        r"mother))\s+(?:(?:just|only|simply|merely)\s+)?"
        r"(?:(?=(?:had\s+)?(?:wrote|written|posted|said)\s+(?:on|in|that)\b)|"
        r"(?:had\s+)?(?:published|posted|wrote|shared|uploaded|filmed)\s+)",
        # «Оба 13 января 2025 года вышли на акцию против ...»: a protest's verb stays
        "ru": r"\b(?:он|она|они|оба|обе)\s+(?=(?:\d{1,2}\s+[а-яё]+\s+\d{4}\s+года\s+)?"
        r"(?:вышл|вышел|участвовал|принял\w*\s+участие|организовал)\w*\s)|"
        r"\b(?:он|она|они|мой\s+(?:муж|сын|брат|отец)|моя\s+(?:жена|дочь|сестра|мать))\s+"
        r"(?:(?:всего\s+лишь|лишь|просто|только)\s+)?"
        r"(?:(?=написал\w*\s+(?:в|на)\s+\S+\s+(?:о\s+том,\s+)?что\b)|"
        r"(?:опубликовал\w*|написал\w*|разместил\w*|выложил\w*)\s+)",
        "kk": r"(?!)",
    }
)
