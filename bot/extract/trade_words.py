"""The trades a report may give a person, in English, Russian and Kazakh: the phrases with the
form the record keeps (`OCCUPATIONS`), more single words (`OCCUPATION_WORDS`) and the English
words that may stand before a trade as part of it (`OCCUPATION_MODIFIERS_EN`).

Invariants: data only, no logic; a pattern is matched case-insensitively by `occupation`, and
its canonical form is the nominative singular the record keeps («активистка», "civil activist").
"""

from __future__ import annotations

#: A Russian group, movement or union in the genitive after a role, its name with it, ending
#: a clause: «(член) инициативной группы «X».», «(секретарь) профсоюза, ...».
_OF_A_GROUP = (
    r"(?=\s+(?:[а-яё-]+\s+)?(?:группы|движения|профсоюза|комитета)(?:\s+«[^»\n]{1,40}»)?"
    r"\s*(?:[,.;)\n]|$))"
)

#: Who the person is, in the order the report says it; each with the form the record keeps.
OCCUPATIONS: dict[str, list[tuple[str, str]]] = {
    "en": [
        (r"\bformer political prisoner\b", "former political prisoner"),
        (r"(?<!former )\bpolitical prisoner\b(?!s)", "political prisoner"),
        (r"\bcivil society activist\b", "civil society activist"),
        (r"\bcivil activists?\b", "civil activist"),
        (r"\btrade([- ])union activist\b", "trade{0}union activist"),
        (r"\btrade unionist\b", "trade unionist"),
        (r"\btrade([- ])union organi([sz])er\b", "trade{0}union organi{1}er"),
        (r"\btrade([- ])union leader\b", "trade{0}union leader"),
        (r"\bschool principal\b", "school principal"),
        (r"\bhuman rights (?:defender|activist)\b", "human rights defender"),
        (r"\bparticipant (?:of|in) peaceful (?:protests|rallies)\b",
         "participant of peaceful protests"),
        (r"\b(environmental|opposition|youth|labou?r|land|eco-|religious|civic|feminist|student|"
         r"anti-corruption|public|community|women's rights|climate|grassroots|housing)"
         r" activists?\b",
         "{0} activist"),
        (r"(?<!civil )(?<!union )(?<!rights )(?<!environmental )(?<!opposition )(?<!youth )"
         r"(?<!labour )(?<!labor )(?<!land )(?<!religious )(?<!civic )(?<!eco-)(?<!feminist )"
         r"(?<!student )(?<!anti-corruption )(?<!public )(?<!community )(?<!women's rights )"
         r"(?<!climate )(?<!grassroots )(?<!housing )\bactivists?\b", "activist"),
        # a role in a union, a movement or a channel, told with what it is of ("author of the
        # Telegram channel "X"", "head of an independent trade union", "member of the
        # unregistered "Y" movement"); the words after it are read by `trade_phrases`
        # (not a supporter of a movement or a member of a party or an association: where the
        # person stands, not a role in it)
        (r"\b(author|co-founder|head|chair|chairperson|chairwoman|leader|member|secretary|"
         r"treasurer|coordinator)\b(?=\s+of\s+(?:the|an?)\s+[^.;:!?\n]{0,60}?"
         r"\b(?:union|committee|movement|channel|blog|initiative|council)\b)", "{0}"),
        (r"\bjournalist\b", "journalist"),
        (r"\bblogger\b", "blogger"),
        (r"\boil worker\b", "oil worker"),
        (r"\blawyer\b", "lawyer"),
        (r"\bpoet\b", "poet"),
        (r"\bimam\b", "imam"),
        (r"\bschoolteacher\b", "schoolteacher"),  # as written (reports-heldout3/en01)
        (r"(?<!school)\bteacher\b", "teacher"),
        (r"\bminer\b", "miner"),
        (r"\bsteelworker\b", "steelworker"),
        (r"\bentrepreneur\b", "entrepreneur"),
        (r"\bpensioner\b", "pensioner"),
        (r"\breligious believer\b", "religious believer"),
        (r"\btaxi driver\b", "taxi driver"),
        (r"(?<!taxi )\bdriver\b", "driver"),
        (r"\bstudent\b(?!\s+activist)", "student"),
        (r"\bwelder\b", "welder"),
        (r"\bhousewife\b", "housewife"),
        (r"\bIT specialist\b", "IT specialist"),
        (r"\bengineer\b", "engineer"),
        (r"\bfarmer\b", "farmer"),
        (r"\bdoctor\b", "doctor"),
        (r"\bself-employed\b", "self-employed"),
    ],
    "ru": [
        (r"\bбывш\w+ политзаключ[её]нн\w*", "бывший политзаключённый"),
        (r"(?<!бывший )(?<!бывшего )\bполитзаключ[её]нн(?:ая|ой|ую)\b", "политзаключённая"),
        (r"(?<!бывший )(?<!бывшего )\bполитзаключ[её]нн(?:ый|ого|ому|ым)\b", "политзаключённый"),
        # the author of a channel or a blog told by its name («автор Telegram-канала «X»»;
        # not «автор статьи», «Автор: ...», a byline)
        (r"\bавтор(?:а|у|ом|е)?(?=[ \t]+(?:[A-Za-z]+-)?(?:канала|блога|паблика)[ \t]+«)", "автор"),
        (r"\bгражданск\w* активистк\w*", "гражданская активистка"),
        (r"\bгражданск\w* активист(?!к)\w*", "гражданский активист"),
        (r"\bобщественн\w+ активистк\w*", "общественная активистка"),
        (r"\bобщественн\w+ активист(?!к)\w*", "общественный активист"),
        (r"\bэкоактивистк\w*", "экоактивистка"),
        (r"\bэкоактивист(?!к)\w*", "экоактивист"),
        (r"\bактивистк\w*", "активистка"),
        # a bare «активист» where no kind of activist above is written («осуждённым
        # активистом»); «гражданским активистом» gives only the longer one (see _occupation)
        (r"\bактивист(?!к)\w*", "активист"),
        (r"\bправозащитниц\w*", "правозащитница"),
        (r"\bправозащитник\w*", "правозащитник"),
        (r"\bучастниц\w*\s+(мирн\w+\s+(?:акци\w+(?:\s+протеста)?|митинг\w+|протест\w+))",
         "участница {0}"),
        (r"\bучастник\w*\s+(мирн\w+\s+(?:акци\w+(?:\s+протеста)?|митинг\w+|протест\w+))",
         "участник {0}"),
        # statuses real reports give («общественный деятель X», «главный редактор издания
        # «Y» X», «председатель общественного объединения «Z» X»)
        (r"\bобщественн\w+ деятел(?:ь|я|ю|ем|е)\b", "общественный деятель"),
        # a member or the secretary of a group, a movement or a union, told with it as a
        # clause of its own («член инициативной группы «X».», «секретарь профсоюза, ...»; not
        # «член партии» nor «группы по регистрации партии», where one stands)
        (r"\bчлен(?:а|у|ом|е)?" + _OF_A_GROUP, "член"),
        (r"\bсекретар(?:ь|я|ю|ём|ем|е)" + _OF_A_GROUP, "секретарь"),
        (r"\bглавн\w+ редактор(?:а|у|ом|е)?\b", "главный редактор"),
        (r"\bмедицинск\w+ сест[её]?р\w*", "медицинская сестра"),
        (r"\bпредседател(?:ь|я|ю|ем|е)\b(?!\s+суда)", "председатель"),
        (r"\bжурналистк\w*", "журналистка"),
        (r"\bжурналист(?!к)\w*", "журналист"),
        (r"\bблогер\w*", "блогер"),
        (r"\bнефтяник\w*", "нефтяник"),
        (r"\bпоэт(?:а|у|ом|е)?\b", "поэт"),
        (r"\bюрист(?:а|у|ом|е)?\b", "юрист"),
        (r"\bимам(?:а|у|ом|е)?\b", "имам"),
        (r"\bпрофсоюзн\w+ активист\w*", "профсоюзный активист"),
        (r"\bучительниц\w*", "учительница"),
        (r"\bучител(?:ь|я|ю|ем|е)\b", "учитель"),
        (r"\bшахт[её]р(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b", "шахтёр"),
        (r"\bсталевар\w*", "сталевар"),
        (r"\bпредпринимател\w*", "предприниматель"),
        (r"\bпенсионерк\w*", "пенсионерка"),
        (r"\bпенсионер(?!к)\w*", "пенсионер"),
        (r"\bсварщик\w*", "сварщик"),
        (r"\bтаксист\w*", "таксист"),
        (r"\bводител(?:ь|я|ю|ем|е)\b", "водитель"),
        (r"\bстуденткой|студентк[аиуе]\b", "студентка"),
        (r"\bстудент(?:а|у|ом|е)?\b", "студент"),
        (r"\bдомохозяйк\w*", "домохозяйка"),
        (r"\bIT-специалист\w*", "IT-специалист"),
        (r"\bинженер(?:а|у|ом|е)?\b", "инженер"),
        (r"\bфермер(?:а|у|ом|е)?\b", "фермер"),
        (r"\bврач(?:а|у|ом|е)?\b", "врач"),
        # a verdict's «временно неработающий»: no trade, told as the court writes it
        (r"\bвременно\s+(не\s*)работающ(?:ая|ей|ую)\b", "временно {0}работающая"),
        (r"\bвременно\s+(не\s*)работающ(?:ий|его|ему|им|ем)\b", "временно {0}работающий"),
        (r"\bсамозанят(?:ая|ой|ую)\b", "самозанятая"),
        (r"\bсамозанят(?:ый|ого|ому|ым|ом)\b", "самозанятый"),
        # «мастер по ремонту холодильников»: a master of a named craft
        (r"\bмастер(?:а|у|ом|е)?\s+(по\s+[а-яё]+(?:\s+[а-яё]+)?)(?=\s*[,.;)\n—–]|\s*$|\s+(?-i:[А-ЯЁ]))",
         "мастер {0}"),
    ],
    "kk": [
        (r"\bбұрынғы саяси тұтқын\w*", "бұрынғы саяси тұтқын"),
        (r"(?<!бұрынғы )\bсаяси тұтқын\w*", "саяси тұтқын"),
        (r"\bазаматтық белсенді\w*", "азаматтық белсенді"),
        (r"\bэкобелсенді\w*", "экобелсенді"),
        (r"\bфемактивист\w*", "фемактивист"),
        (r"\bқоғамдық белсенді\w*", "қоғамдық белсенді"),
        (r"\bқоғам белсенді\w*", "қоғам белсендісі"),
        (r"(?<!азаматтық )(?<!қоғамдық )(?<!кәсіподақ )(?<!қоғам )\bбелсенді(?:\b|[нмс]\w*)",
         "белсенді"),
        # «белсенділер Қуаныш ТІЛЕУБЕРДІ мен Әлия СМАҒҰЛОВАҒА»: the plural before the names
        (r"(?<!азаматтық )(?<!қоғамдық )\bбелсенділер(?=\s+(?-i:[А-ЯЁӘҒҚҢӨҰҮҺІ]))", "белсенді"),
        (r"\bқұқық қорғаушы\w*", "құқық қорғаушы"),
        (r"\bбейбіт (?:наразылық )?акцияларына қатысушы\w*",
         "бейбіт наразылық акцияларына қатысушы"),
        # («басылымының журналисі»: the possessive drops the т)
        (r"\bжурналис(?:т\w*|і\w*)", "журналист"),
        (r"\bблогер\w*", "блогер"),
        # the author of a channel or a blog told by its name («"X" Telegram-арнасының авторы»;
        # not «мақаланың авторы», an article's)
        (r"(?<=арнасының )автор\w*|(?<=блогының )автор\w*", "автор"),
        # «басылымның бас редакторы», as Russian «главный редактор»
        (r"\bбас редактор(?!\w*\s+орынбасар)\w*", "бас редактор"),
        (r"\bмұнайшы\w*", "мұнайшы"),
        (r"\bақын\w*", "ақын"),
        (r"\bзаңгер\w*", "заңгер"),
        (r"\bимам\w*", "имам"),
        (r"\bмұғалім\w*", "мұғалім"),
        (r"\bкенші\w*", "кенші"),
        (r"\bшахт[её]р(?!лер|лар)\w*", "шахтер"),
        (r"\bболат құюшы\w*", "болат құюшы"),
        (r"\bкәсіподақ белсенді\w*", "кәсіподақ белсендісі"),
        (r"\bкәсіподақ жетекші\w*", "кәсіподақ жетекшісі"),
        (r"\bкәсіпкер\w*", "кәсіпкер"),
        (r"\bзейнеткер\w*", "зейнеткер"),
        (r"\bжүргізуші(?:сі)?\b", "жүргізуші"),
        (r"\bжұмысшы(?:сы)?\b", "жұмысшы"),
        (r"\bдәнекерлеуші\w*", "дәнекерлеуші"),
        (r"\bстудент(?:і|ке|ті)?\b", "студент"),
        (r"\bүй шаруасындағы әйел\w*", "үй шаруасындағы әйел"),
        (r"\bинженер\w*", "инженер"),
        (r"\bфермер\w*", "фермер"),
        (r"\bдәрігер\w*", "дәрігер"),
    ],
}  # fmt: skip

#: More trades and professions, matched after OCCUPATIONS where it names nothing at that place.
#: Words also used of things ("a photo editor", "a cook", "a designer") are left out.
#: Russian entries are dictionary lemmas (pymorphy3 reads every case form, one person only);
#: English and Kazakh ones are words (Kazakh with any ending, but not a plural one).
OCCUPATION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """accountant economist programmer nurse lecturer professor scientist
        researcher ecologist environmentalist metallurgist musician singer writer
        poetess historian photographer cameraman pastor priest businessman
        businesswoman mechanic electrician salesman volunteer miner welder
        surgeon paramedic dentist veterinarian architect librarian
        shepherd herder fisherman plumber sociologist lawyer
        mathematician physicist chemist biologist geologist pharmacist
        watchman caretaker janitor postman hairdresser seamstress tailor driller
        tester bricklayer carpenter locksmith turner loader courier cashier
        agronomist manicurist housewife homemaker unemployed bookkeeper reporter editor instructor
        chairman chairwoman operator director trader beekeeper analyst
        admin administrator founder correspondent editor-in-chief technician dispatcher
        deacon publisher""".split()
    ),
    "ru": frozenset(
        """бухгалтер экономист программист медсестра медбрат преподаватель преподавательница
        профессор доцент учёный эколог политолог социолог историк металлург строитель
        музыкант певец певица художник художница писатель писательница поэтесса фотограф
        фотожурналист издатель священник бизнесмен механик электрик повар
        продавец продавщица волонтёр медик хирург фельдшер стоматолог ветеринар архитектор
        переводчик переводчица библиотекарь чабан пастух рыбак тракторист
        сантехник дальнобойщик курьер кассир горняк айтишник математик физик
        химик биолог геолог фармацевт нефтяница воспитатель воспитательница экскаваторщик
        машинист бурильщик кочегар слесарь токарь плотник штукатур крановщик сварщик
        сторож охранник вахтёр вахтер дворник уборщица санитар санитарка почтальон
        парикмахер швея портной грузчик агроном маникюрша домохозяйка безработный
        редактор оператор директор тележурналист проходчик педагог общественница
        администратор модератор актёр актриса""".split()
    ),
    "kk": frozenset(
        """есепші бухгалтер экономист бағдарламашы программист мейірбике оқытушы профессор
        доцент ғалым эколог саясаттанушы әлеуметтанушы тарихшы металлург құрылысшы музыкант
        әнші суретші жазушы фотограф механик электрик аспазшы сатушы ерікті
        хирург архитектор аудармашы кітапханашы шопан малшы балықшы тракторшы
        тәрбиеші слесарь мүше күзетші шаштараз пошташы тігінші дизайнер
        бұрғылаушы дәнекерлеуші медбике үйлестіруші кенші айтыскер агроном жұмыссыз
        тілші төраға дінтанушы маман жетекші оператор директор зертханашы тележурналист
        уағызшы ағартушы бапкер монтерші азаншы төрайым ветеринар""".split()
    ),
}

#: Words before an English trade that are part of it ("school teacher", "trade-union activist").
OCCUPATION_MODIFIERS_EN = frozenset(
    """school history math mathematics physics chemistry biology literature music art english
    kazakh russian language university college kindergarten hospital factory mine oil
    independent freelance retired trade-union union labour labor human-rights rights
    primary secondary high village rural youtube tiktok instagram facebook telegram
    software coal gold copper uranium investigative former underground bus driving
    environmental municipal field gas
    mining drilling truck taxi crane machine tractor excavator lorry ambulance railway
    construction welding steel power metallurgical chemical mechanical electrical civil
    maintenance production sales marketing nursing medical dairy farm shift locomotive car
    private smelter market data video individual minibus senior trade oil-field laboratory
    plant""".split()
)
