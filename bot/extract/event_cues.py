"""Cue words of the events a report tells (release, appeal ruling, verdict, trial, detention,
charge), in English, Russian and Kazakh, as regular expressions; matching is case-insensitive.

Kept apart from `lexicon` (read there as before) so each table file stays small enough to read
in one sitting; a missed wording of an event is fixed by adding a pattern here.
"""

from __future__ import annotations

from bot.extract.lexicon_base import IN_SENTENCE, Patterns, compile_table

EVENT_CUES: dict[str, Patterns] = {
    "release": {
        # not "released on bail / on her own recognizance": a measure, not freedom
        "en": r"\breleased\b(?!\s+on\s+(?:bail|(?:his|her|their)\s+own\s+recogni[sz]ance))|"
        r"\bfreed\b|walked free|\bparoled?\b(?!-like)|early release|set free|"
        r"left the (?:colony|prison)|walked out of (?:the )?(?:courtroom|court|colony|prison)|"
        r"(?:after )?serv(?:ed|ing) (?:his|her) (?:full )?(?:sentence|term)",
        # (a ruling's operative «из-под стражи освободить в зале суда»)
        # (not «запрет ... после освобождения», «по освобождении»: a ban's term counted from the
        # release to come, no release told; «после освобождения из СИЗО» still is one)
        "ru": r"(?<!после )(?<!по )освобожд[её]н\w*|освобожд[её]н\w*(?=\s+(?:из|от)\b)|"
        r"освободил\w*|освободить\b|освобождени\w+ (?:из|от)|"
        # a live report's present tense: «Кенжебаева освобождают из-под стражи в зале суда»
        r"освобожда(?:ют|ет|ется|ются)\s+из-под\s+страж\w*|"
        r"вы(?:шел|шла|шли) на свободу|на свободу вы(?:шел|шла|шли)|"
        r"по отбытии\s+(?:срока|наказания)|"
        r"условно-досрочно|отбыл\w*\s+(?:\w+\s+){0,3}(?:наказани|срок)|"
        r"покинул\w* (?:колони|исправит)|"
        r"вышл?а? из (?:колонии|тюрьмы|СИЗО)",
        # (not «босатылмады», not released)
        # («түрмеден шығады»: the stem's қ voiced before a vowel)
        "kk": r"босатыл(?!ма)|босатт|босап|босады|бостандыққа шы[қғ]|мерзімінен бұрын|"
        r"(?:колониядан|түрмеден) шы[қғ]|жазасын (?:толық )?өтеп",
    },
    "appeal_ruling": {
        "en": r"\bappeal|appellate|cassation|\bupheld\b|\bquashed\b|\boverturned\b|"
        r"\bset aside the (?:verdict|conviction|sentence)\b|"
        r"\bannull?ed\s+(?:the|his|her|their)\s+(?:verdict|conviction|sentence)\b|"
        r"supreme court|(?:refused|declined) to review|"
        # "The board changed the verdict: ...", "amended the sentence"
        r"\b(?:changed|amended|modified|altered|revised)\s+the\s+(?:verdict|sentence)\b|"
        r"\b(?:struck|removed|deleted)\b"
        + IN_SENTENCE
        + r"{0,60}\bfrom\s+the\s+(?:verdict|sentence)\b|"
        r"\bcommuted\b|(?:reduced|increased|mitigated|softened|shortened|lengthened|"
        r"toughened|tightened|eased|converted) "
        r"(?:the|his|her|their) (?:[\w-]+ ){0,2}(?:sentences?|punishments?|terms?)|"
        # a wire's "ruled that X's two-year prison term must be increased"
        r"\b(?:sentence|term|punishment)\s+(?:must|should|would|will|was|were|has been|"
        r"had been|is|are|shall)\s+(?:be\s+)?(?:increased|reduced|toughened|lengthened|"
        r"shortened|softened)\b|"
        # a ruling's operative part in the passive: "The verdict in respect of Dossanov M.S. is
        # changed:", "the verdict ... shall be set aside"
        r"\b(?:verdict|sentence|conviction)\s+(?:(?:[^.;:]|(?<=\b[A-Z])\.){0,60}?\s)?"
        r"(?:is|shall\s+be)\s+(?:changed|amended|modified|altered|set\s+aside|quashed|"
        r"upheld|left\s+unchanged)\b|"
        r"\blost (?:an|the|his|her|their) appeal\b|"
        r"\b(?:kept|left)\s+(?:the|his|her|their)\s+(?:verdict|sentence|conviction|punishment)"
        r"\s+(?:in\s+force|in\s+place|intact)\b|\bdid\s+not\s+(?:change|alter|amend)\s+the\s+"
        r"(?:verdict|sentence)\b|"
        # (not "left the preventive measure unchanged")
        r"\bleft (?!(?:the |his |her )?(?:preventive )?measure)(?:\w+ ){0,3}unchanged\b|"
        # a regional court changing a sentence hears an appeal: "the Ulytau Regional Court,
        # on the prosecutor's motion, replaced the restriction of liberty with ..."
        r"\bregional court\b"
        + IN_SENTENCE
        + r"{0,80}?\b(?:replaced|changed|reduced|increased|upheld|"
        r"quashed|overturned|shortened|lengthened|softened|mitigated|cut|commuted|lowered|"
        r"raised|eased)\b",
        "ru": r"апелляц|судебная коллегия|коллеги\w+ по уголовным делам|без изменения|"
        r"(?<!пресечения )без изменений|в силе|"
        # «Коллегия исключила из приговора запрет ...»
        r"\bколлеги\w+\s+(?:\w+\s+){0,2}(?:исключил|изменил|отменил|смягчил|ужесточил|"
        r"заменил|снизил|сократил|назначил|оставил)\w*|жалоб\w*\s+без\s+удовлетворения|"
        r"исключил\w*\s+из\s+приговора|"
        r"кассац|отменил\w* приговор|изменил\w* приговор|верховн\w+ суд|"
        # a ruling's operative part in the infinitive: «Приговор ... в отношении X изменить:»,
        # «... приговор оставить без изменения», «приговор ... отменить»
        r"\bприговор\w*\s+(?:(?:[^.;:]|(?<=[А-ЯЁ])\.){0,80}?\s)?(?:изменить|отменить|оставить)\b|"
        r"отказал\w* в пересмотре|"
        r"(?:смягчил|ужесточил)\w* (?:приговор|наказание)|"
        r"областн\w+ суд\w*"
        + IN_SENTENCE
        + r"{0,80}?\b(?:заменил|смягчил|снизил|сократил|ужесточил|"
        r"увеличил|оставил|отменил)\w*",
        # («Алқа үкімнің күшін жойып, істі қайта қарауға жіберді»: the board, named again)
        # (not «адвокаттар алқасы», the bar association)
        "kk": r"апелляция|(?<!адвокаттар )алқасы|(?<!\w)Алқа(?!\w)|өзгеріссіз қалдыр|жеңілдет|"
        r"күшейт|кассация|жоғарғы сот|(?:қайта|жаңадан) қарауға жібер|"
        # a ruling's operative part: «үкімі ... бөлігінде күшін жойылсын», «үкімі ...
        # өзгертілсін» (not a demand's «үкімнің күшін жойып, ... тоқтатуы керек»)
        r"\bүкім\w*\s+(?:[^.;]{0,80}?\s)?(?:күшін\s+жой(?:ылсын|ылды)|өзгертіл(?:сін|ді))|"
        # «облыстық соты ... мерзімін бір жарым жылға дейін қысқартты»
        r"облыстық сот\w*"
        + IN_SENTENCE
        + r"{0,100}?(?:қысқарт|ауыстыр|өзгерт|ұзарт|азайт)(?:ты|ды|ылды|ілді|ып|іп)|"
        r"үкімді өзгерт|үкімнен\s+алып таста|үкім\w*\s+өзгертпе|"
        r"өзгеріссіз\s*(?:$|(?=[\t|\n;]))|"
        r"қайта қараудан бас тарт",
    },
    "verdict": {
        # ("found Nurbol Izbassarov, 33, who is unemployed, and Marat Tleuov, 27, an oil field
        # operator, guilty": two people with their ages and trades between)
        "en": r"\bsentenced\b|\bverdict\b|found\b"
        + IN_SENTENCE
        + r"{0,160}?\bguilty|\bconvicted\b|\bfined\b|"
        # "notes with concern the convictions on 19 November 2026 of the activists ...",
        # "condemns the November 25 conviction of civic activists X and Y": a dated one
        r"\bconvictions?\s+on\b|"
        r"(?:\d|\b(?:january|february|march|april|may|june|july|august|september|october|"
        r"november|december)|\w's)\s+convictions?\s+of\b|"
        r"\bjailed\b|\bimprisoned\b|\bgot \d|\bgave (?:him|her)\b|\bimposed\b|handed down|"
        r"\bordered (?:him|her|them) to pay a fine\b|"
        # "received four years in a penal colony", "was given two years of restricted freedom"
        r"\b(?:received|(?:was|were) given)\s+(?:a\s+)?(?:[\w.-]+\s+){0,4}"
        r"(?:years?|months?|(?:prison|jail|suspended)\s+(?:sentence|term))\b|"
        # a list's labelled line "Sentence: 1 year 6 months of restricted freedom"
        r"(?:^|\n)[ \t]*(?:sentence|punishment)[ \t]*:",
        # (not «приговоров»: «новых оправдательных приговоров не было» tells of none)
        # (not «Приговор огласят 16 октября»: one still to come)
        "ru": r"(?:^|\n)[ \t]*наказани\w*[ \t]*:|(?<!до )приговор(?!ов)"
        r"(?!\s+(?:огласят|будет|вынесут|планиру|ожида|должны))|"
        # (not «Осужденный X прибыл в учреждение 9 ноября»: the convict, named as such on a
        # day of something else)
        r"осужд[её]н(?!н(?:ый|ая|ые)\s+(?-i:[А-ЯЁ]))|осуждена|осудил|приговорил|оштрафова|"
        r"решение вын[её]с\w*|вын[её]с\w* решение|"
        # (a verdict's operative part: «Признать X виновным ... и назначить ему наказание»)
        r"призна(?:л\w*|ть)\s+(?:[\w,«»\"“”-]+\s+){0,16}виновн|назначено наказание|"
        r"назначен\w* наказани|назначить\s+(?:ему|ей)\s+наказани|"
        # «назначил Турсыновой наказание»: the person named between
        r"назначил\w* (?:ему |ей |[А-ЯЁ]\w+ )?"
        r"(?:наказание|\d|штраф|полтора|один|два|три|четыре|пять)|"
        r"обязал\w* (?:его |её |ее |их )?(?:выплатить|уплатить) штраф|"
        # «получили четыре года ограничения свободы», «получил семь лет тюрьмы», «получила
        # реальный срок»
        r"\bполучил\w*\s+(?:[\w-]+\s+){0,2}?(?:год\w*|лет|месяц\w*|срок\w*)\b|"
        # «Азамату X дали 4 года лишения свободы», «ей дали реальный срок» (not «дали 10 суток
        # административного ареста», «дали показания»)
        r"\bдал[иа]?\s+(?:[\w-]+\s+){0,2}?(?:год\w*|лет|месяц\w*|срок\w*)\b",
        # (not «сотталғанның анасы», «Сотталған Мұратбеков ...»: the convicted named as such,
        # a noun with its case ending or a title before the name, on a day of something else)
        "kk": r"(?:^|\n)[ \t]*жаза(?:сы)?[ \t]*:|сотталды|"
        r"сотталған(?!(?:ның|ға|ды|нан|дар\w*|ға)\b)(?!\s+(?-i:[А-ЯӘҒҚҢӨҰҮҺІ]))|"
        r"соттады|соттаған|үкім|"
        r"айыр(?:ды|ып|ылған|ылды|ған)|"
        # «айыппұл жазасына кесілді», «... айыруға кесілді»: sentenced to, in the passive
        # («Бірінші сатыдағы сот оған ... жазасын тағайындаған еді»: the verdict told again)
        r"айыппұл сал|кінәлі деп та|тағайында(?:ды|лды|ған\s+еді)|\bкесті\b|\bкесілді\b|"
        # a summary's «Айтбаевқа 3 жыл ... тағайындалған.»: the participle closing the sentence
        r"тағайындалған(?=\s*[.;]|\s*$)|"
        r"айыппұл\w* төле(?:уге|уді) міндеттеді",
    },
    "trial": {
        # (not "release him pending trial")
        # ("fair trial guarantees", "the right to a fair trial": a standard, no trial)
        # ("remained in pretrial detention until trial", "held throughout the investigation
        # and trial": how long someone was held, no trial on that day)
        "en": r"(?<!pre-)(?<!re)(?<!pending )(?<!fair )(?<!until )(?<!before )(?<!awaiting )"
        r"(?<!ahead of )(?<!investigation and )\btrial\b|into (?:its )?proceedings|"
        r"began (?:hearing|considering)|"
        r"considered the (?:criminal )?case|"
        r"\bhearings?\s+(?:\w+\s+){0,3}(?:opened|began|started)\b|"
        r"\b(?:is|are)\s+(?:now\s+)?(?:hearing|considering|examining) the (?:criminal )?case|"
        # "The first hearing in the case of X took place on 1 March" (not one put off)
        r"\bfirst\s+(?:court\s+)?hearing\b(?!"
        + IN_SENTENCE
        + r"{0,60}?\b(?:postponed|adjourned|delayed|put off|scheduled)\b)",
        # («16.06.2025 — в суде начинается процесс»: a chronology's present)
        # («судебное рассмотрение в Таразском городском суде ... начато 10.11.2026»: the
        # passive, the noun first)
        # («13 мая – начало суда»: a chronology's noun; not «до начала суда», held until it)
        # («суд над ней начался 23 ноября», «23.11.2026 суд начался»: the verb after the noun;
        # not «до того как суд начался»)
        "ru": r"судебный процесс|начался суд|(?<!как )\bсуд\s+(?:над\s+\w+\s+)?начался\b|"
        r"\bпроцесс\s+(?:по\s+делу\s+)?начал(?:ся|ась)\b|"
        r"(?<!до )\bначало\s+(?:судебного\s+)?(?:суда|процесса|рассмотрения|разбирательства)\b|"
        r"начина\w+\s+(?:судебный\s+)?процесс|"
        r"\b(?:рассмотрени|разбирательств)\w*" + IN_SENTENCE + r"{0,100}?\bначат[оаы]?\b|"
        r"начал\w*\s+(?:судебный\s+)?процесс|"
        # a table's stage «Начато рассмотрение дела по существу»: the verb first
        r"\bначат[оаы]?\s+(?:судебное\s+)?(?:рассмотрени|разбирательств|слушани)\w*|"
        r"к производству|судебное разбирательство|"
        r"приступил\w* к рассмотрению|начал\w* рассматривать|начал\w* (?:слушани|рассмотрени)|"
        r"рассмотрел\w* (?:уголовное )?дело|рассматрива\w+ (?:уголовное )?дело|"
        r"дело\s+(?:\w+\s+){0,3}рассматрива\w+|слушани\w+ (?:по делу )?начал\w*|"
        r"начал\w*\s+(?:главное\s+)?судебное|"
        # a list's field «судебное рассмотрение в Таразском городском суде ... начато 10.11.2026»
        r"\b(?:судебное\s+)?рассмотрени\w+\s+(?:дела\s+)?(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?"
        r"\bначат[оа]?\b|"
        # «первое заседание по делу прошло 1 марта» (not one put off: «отложено»)
        r"\bперв\w+\s+(?:судебн\w+\s+)?заседани\w*(?!"
        + IN_SENTENCE
        + r"{0,60}?(?:отлож|перенес|перенесл|назначен))|"
        # «завершились прения по делу», «Процесс ведёт судья X»
        r"\bпрени(?:я|ях|й)\b|\b(?:процесс|дело)\s+вед[её]т\s+судь|"
        # «прокурор попросил назначить ей четыре года»: a demand is made at the trial
        r"\b(?:прокурор|гособвинител\w*)\s+(?:[\w.]+\s+){0,4}?(?:по|за)?просил\w*\s+"
        r"(?:назначить|для)\b",
        # («ісі 1 наурызда ... сотында қарала бастады»: the passive, began to be heard)
        # («23 қарашада сот басталды», «оның соты басталды»)
        "kk": r"сот процесі|сот талқылауы|іс қарау басталды|\bсоты?\s+басталды\b|"
        r"өндірісіне қабылда|қарауды баста|"
        r"\bқарала\s+баста\w*|"
        r"сот отырысы басталды|істі қарады|істі қарау\w*|іс(?:ті)? қарап жатыр|"
        # «Өскемен қалалық сотында оның ісі қаралуда», «ісі сотта қаралып жатыр»
        r"\bіс(?:і|тері)?\s+(?:(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\s)?(?:қаралуда|қаралып жатыр)|"
        # «Алғашқы отырыс 2025 жылғы 3 қарашада ... өтті»: the trial's first day
        r"\bалғашқы\s+(?:сот\s+)?отырыс\w*",
    },
    "detention": {
        # not "was not detained", «не была задержана»
        # ("Date of arrest: 9 April 2025", a petition's labelled field; "police officers came
        # to our flat", a relative's words for the arrest)
        # (not "No one was detained", "nobody was arrested")
        "en": r"(?<!not )(?<!never )(?<!not been )(?<!never been )(?<!no one was )"
        r"(?<!nobody was )(?<!no one has been )(?<!none were )\bdetained\b|"
        # ("the term is counted from the day of his arrest, 14 May 2026")
        r"\b(?:date|day) of (?:(?:his|her|their) )?(?:arrest|detention)\b|"
        r"\bpolice\s+(?:officers\s+)?(?:came|arrived|raided)\b|"
        r"(?<!not )(?<!no one was )(?<!nobody was )(?<!none were )\barrested\b|\bapprehended\b|"
        r"taken into custody|"
        r"\btook (?:him|her|them|[\w-]+(?:\s+[\w-]+){0,2}) away\b|\b(?:was|were) taken away\b|"
        r"\bpicked up by (?:the )?police\b|\btaken to (?:a |the )?police station\b|"
        # "was taken from his flat on Friday", "took her from work", "took him from his
        # dormitory"
        r"\b(?:taken|took\s+(?:him|her|them))\s+(?:away\s+)?from\s+(?:his|her|their|the)\s+"
        r"(?:home|house|flat|apartment|office|workplace|car|dormitory|dorm|hostel|room|shift)\b|"
        # "searched her flat and took her to the police department"
        r"\b(?:taken|took\s+(?:him|her|them))\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
        r"police\s+(?:station|department|headquarters)\b",
        # («20 февраля. Гребенщикова задерживают у подъезда»: a chronology's present)
        "ru": r"\bдата\s+(?:задержания|ареста)\b|(?:^|\n)\s*задержание\s*:|"
        # («пришли сотрудники департамента полиции», «сотрудники ДКНБ пришли к нему домой»)
        r"(?:сотрудники\s+(?:\w+\s+){0,2}?(?:полиции|ДКНБ|КНБ)|полицейские)\s+(?:\w+\s+){0,3}?"
        r"(?:пришли|нагрянули|ворвались)|"
        r"(?:пришли|нагрянули|ворвались)\s+(?:\w+\s+){0,3}?"
        r"(?:сотрудники\s+(?:\w+\s+){0,2}?(?:полиции|ДКНБ|КНБ)|полицейские)|"
        r"(?<!\bне )(?<!\bне был )(?<!\bне была )(?<!\bне были )"
        r"(?:задержал\w*|задержан(?:а|ы|о)?\b|арестован\w*|задержива(?:ют|ет)\b)|"
        r"взят\w* под стражу|"
        r"(?<!\bне )\bвзял[аи]?\s+(?:\w+\s+)?под стражу|"
        # «учительницу ..., задержанную накануне, 25 марта»
        r"(?<!\bне )\bзадержанн(?:ого|ую|ый|ая|ой|ых|ому)\b|"
        r"\b(?:забрал\w*|увезл\w*|увёз)\s+(?:его|её|ее|их)\b|"
        # «доставили в отдел полиции», «поместили в ИВС», «водворили в изолятор временного ...»
        r"\bдостав(?:или|лен\w*)\s+(?:\w+\s+){0,3}?в\s+(?:\w+\s+)?(?:отдел|управлени\w*|"
        r"участок|здание|департамент)\s+полиции|"
        r"\b(?:помест|помещ|водвор)\w*\s+(?:\w+\s+){0,3}?в\s+(?:ИВС|изолятор временного)|"
        # a relative's words: «Брата забрали 15 октября прямо с работы»
        r"\b(?:его|её|ее|их|брата|сына|мужа|отца|сестру|дочь|жену|мать)\s+(?:\w+\s+)?"
        r"(?:забрали|увезли|увели)\b|"
        # the verb first: «пришли ... и забрали моего мужа», «увезли нашего сына», «увели брата»
        r"\b(?:забрали|увезли|увели)\s+(?:(?:моего|мою|нашего|нашу|её|ее|его)\s+)?"
        r"(?:брата|сына|мужа|отца|сестру|дочь|жену|мать)\b|"
        # a man named in the accusative: «провели обыск ... и увезли Даулета» (not «увезли в
        # Астану»: a preposition first; not things, written in small letters)
        r"\b(?:забрали|увезли|увели)\s+(?-i:[А-ЯЁ][а-яё]+[ая])\b|"
        # the person told before the verb: «Отца, Рината Ахметова, забрали в четверг, 26 ноября,
        # прямо со смены» (a day, then no thing taken)
        r"\b(?:забрали|увезли|увели)\s+(?:в\s+(?:понедельник|вторник|среду|четверг|пятницу|"
        r"субботу|воскресенье)|\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|"
        r"сентября|октября|ноября|декабря))(?=\s*[,.;!—–-]|\s+(?:прямо|из|с|со|утром|вечером|"
        r"ночью|рано)\b)|"
        # «в пятницу забрали из дома», «увезли прямо с работы»: a person taken from a place
        r"\b(?:забрали|увезли|увели)\s+(?:прямо\s+)?(?:из|с|со)\s+(?:дома|квартиры|работы|офиса|"
        r"улицы|подъезда|редакции)\b"
        # (not «забрали из квартиры телефон»: things taken; «... из дома 14 октября»: a day)
        r"(?=\s*(?:[.,;!?—–-]|$)|\s+(?:в|во|на|и|около|рано|утром|ночью|днём|вечером|прямо)\b"
        r"|\s+\d{1,2}\s+[а-я]+)",
        "kk": r"ұстал|ұстады|ұстап (?:әкет|алып кет|ал)|тұтқындал|алып кет(?:ті|кен)|"
        r"\bұсталған\s+(?:күні|күн)\b|"
        # a card's «Қамауға алынған күні: 21.07.2026», a certificate's «(күзетпен ұстауға
        # алынған күні)»: the day taken into custody, the arrest (as «Дата ареста:»)
        # «Ержанды 8 қыркүйекте ұстап, сол күні үйқамаққа жіберген»: the converb after a day
        # (not «плакат ұстап», holding a thing)
        r"\b(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|"
        r"желтоқсан)\w*\s+ұстап\b|"
        r"\b(?:қамауға|(?:күзетпен\s+)?ұстауға)\s+алынған\s+күн(?:і|інен)?\b|полиция\w*\s+(?:[\w-]+\s+){0,3}?келді|"
        r"полиция\w*\s+(?:\w+\s+)?(?:әкетті|әкеткен|апарды|жеткізді)|"
        # «сот залында күзетке алынды»: taken into custody in the courtroom
        r"күзетке\s+алын\w*|"
        # «сот залында күзетпен қамауға алынды»: taken into custody in the courtroom (not an
        # investigating judge's «екі ай мерзімге күзетпен қамауға алынды», a measure)
        r"сот\s+залында\s+(?:[\w-]+\s+){0,2}?күзетпен\s+қамауға\s+алын\w*",
    },
    "charge": {
        "en": r"\b(?:was|were|been|is|being|got)\s+(?:formally\s+)?charged\b(?! with)|"
        # "was formally charged with "insulting ..." and ordered not to leave": the charge
        r"\b(?:was|were|been|is|being)\s+formally\s+charged\s+with\b|"
        r"\bcharged (?:him|her|them)\b|\bindicted\b|"
        # "the police charged Yessenova with disseminating ...": the name as the object
        r"\bcharged\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+with\b|"
        # "investigators charged blogger Aibek Nurov under Article 274": a trade before the name
        r"\bcharged\s+(?:(?-i:[a-z])[\w-]+\s+){1,3}?(?-i:[A-Z])[\w'’-]+"
        r"(?:\s+(?-i:[A-Z])[\w'’-]+)?(?:\s+\([^()]{1,60}\))?\s+(?:with|under)\b|"
        # a list's "WHEN: formally charged on 12 February 2026"
        r"\bformally\s+charged\b(?! with)|"
        # "was detained on 17 September, charged on 18 September", "arrested on 22 April and
        # charged on 24 April": the "was" of a list of steps said once, each with its day
        # (the cue starts at the verb, where the clause is cut)
        r"(?:^|(?<=,\s)|(?<=\sand\s)|(?<=\sthen\s))charged(?=\s+on\s+\d)",
        # «предъявлено обвинение», «полиция предъявила обвинение 33-летнему учителю»
        # («Обвинение предъявлено 12.11.2026»: the passive, the noun first)
        # («предъявил О. Д. Савченко обвинение»: the person, initials and all, between)
        "ru": r"предъявл\w+ (?:\w+ )?обвинени|"
        r"предъяви(?:л|ла|ли)\s+(?:[\w.-]+\s+){0,3}?обвинени|"
        r"\bобвинени\w*\s+(?:\w+\s+)?предъявлен\w*|"
        # «Обвинение по той же ч. 2 ст. 274 УК РК ему предъявили 2 октября»: the noun first
        # (an article's «ч. 2 ст. 274» between: its points end no sentence)
        r"\bобвинени\w*\s+[^;]{0,60}?\bпредъяви(?:ли|л|ла)\b|"
        r"привлеч\w+ в качестве обвиняем",
        # (not a verdict's preamble «... бойынша айып тағылған қылмыстық істі ... қарап»: the
        # case is named by its charge, no charge of that day)
        # («айып тағу туралы қаулы жариялады»: the investigator announced the resolution)
        "kk": r"айып тағыл(?!ған\s+(?:қылмыстық\s+)?іс)|айып тақ|айыпталушы ретінде тарт|"
        r"айып\s+тағу\s+туралы\s+қаулы(?:ны|сын)?\s+(?:жариялады|шығарды|таныстырды|тапсырды)",
    },
}
EVENT_ORDER = ("release", "appeal_ruling", "verdict", "trial", "detention", "charge")
EVENTS = {kind: compile_table(table) for kind, table in EVENT_CUES.items()}
