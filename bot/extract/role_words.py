"""The words of a role right before a name: whoever a judge, prosecutor, lawyer, witness,
investigator, ombudsman, panel chair, a letter's signer for others or a byline names is that
role's holder, not a prosecuted person.

Invariant: the pattern matches at the end of the text before a name (it ends in `$`), so it is
searched on that lead alone.
"""

from __future__ import annotations

import re

from bot.extract import names

#: A judge or prosecutor named in an item is not the item's person.
ROLE_BEFORE = re.compile(
    # "same court, same judge: NAME" names the next person, not the judge again
    r"(?<![\w-])(?<!same )(?<!же )(?<!сол )"
    r"(?:judge|prosecutor|судь\w*|прокурор\w*|(?:гос)?обвинител\w*|судьясы|"
    r"айыптаушы|председательствующ\w*|lawyer|chaired\s+by|presided\s+over\s+by|"
    r"под\s+председательством(?:\s+судьи)?|"
    r"attorney|counsel|адвокат\w*|защитник\w*|(?<!құқық )қорғаушы\w*|"
    # the court's secretary, the prosecutor's assistant («сот отырысының хатшысы А. Ерланқызы»,
    # «аудан прокурорының көмекшісі Е. Б. Сағындықов», «помощник прокурора»)
    r"хатшы\w*|көмекші\w*|секретар\w*|помощник\w*|төрағалық\s+етуші\w*|"
    # an appeal panel's or a court's chair («Алқа төрағасы Қанат X бастаған алқа»): a judge
    r"(?:алқа|сот)\s+төрағасы|"
    # «Экспертизу по делу проводил психолог X»: the expert who examined the posts
    r"эксперт\w*|экспертиз\w+\s+(?:по\s+делу\s+)?(?:провод|да|дава|составля)\w*(?:\s+[а-яё]+)?|"
    # the investigator, the ombudsman: officials who handle the case or speak of it
    # («Следователь Нуржан Байтасов сказал мне», "the Commissioner for Human Rights, Ms X")
    r"investigator|следовател\w*|тергеуші\w*|ombuds\w+|омбудсмен\w*|"
    r"commissioner\s+for\s+human\s+rights|уполномоченн\w+\s+по\s+правам\s+человека|"
    r"адам\s+құқықтары\s+жөніндегі\s+уәкіл\w*|"
    # a witness: «свидетель обвинения Марат X», "the main witness is the head of the
    # department, Yerbol X"
    # «Свидетели обвинения Сыздыков Н.Т. и ...», "witnesses for the defence Y and Z": the
    # side that called them may stand between
    r"witness(?:es)?(?:\s+for\s+the\s+(?:prosecution|defen[cs]e))?|"
    r"свидетел\w*(?:\s+(?:обвинения|защиты|стороны\s+\w+))?|куә(?:сы|лар\w*)?|"
    # who signs a letter for its writers: "On behalf of the residents: NAME", «От имени
    # жителей села: ИМЯ», «Тұрғындар атынан: ЕСІМ»
    r"on\s+behalf\s+of(?:\s+[\w-]+){0,5}|от\s+имени(?:\s+[\w-]+){0,5}|атынан|"
    # a byline: «Автор: Ольга X», "Author: ...", "Photo: ...", «Тілші: ...» (the story's
    # writer; «автор поста Ерлан X», no colon, may be the one prosecuted)
    r"(?:автор\w*|author|photo|фото|тілші|корреспондент\w*|correspondent)\s*:)"
    # "The state prosecutor was Arman KULMAGAMBETOV"
    r"(?:\s+(?:was|is))?"
    # "... is the head of the department, NAME": the role's holder told by their post first
    r"(?:\s+(?-i:[a-zа-яёәғқңөұүһі-]+)(?:\s+(?-i:[a-zа-яёәғқңөұүһі-]+)){0,4},)?"
    # «судья Атырауского городского суда САРСЕНОВА», "judge of the Taraz city court X"
    r"(?:\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,3}(?:суда|court))?"
    # «заместитель прокурора области Ерик X», «прокурор Бостандыкского района X»: the office's
    # territory in the genitive after the role
    r"(?:\s+(?:[\w-]+(?:ской|ского)\s+)?(?:области|района|города)(?:\s+(?-i:[А-ЯЁ])[\w-]+)?)?"
    # "prosecutor of the Zhambyl regional prosecutor's office M. T. Sultanbekov"
    r"(?:['’]s\s+office)?[\s:—–,(-]*"
    # «адвокат Ковалёва Елена Гринько»: the client's surname in the genitive between
    r"(?:(?:(?<=адвокат )|(?<=адвоката )|(?<=защитник )|(?<=защитника ))"
    r"(?-i:[А-ЯЁ][а-яё-]+(?:а|я|ой|ого))\s+)?"
    # "The state prosecutor, Ms. Zhanar Ibrayeva"
    r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$"
    # «говорит адвокат Ковалёва Елена Гринько»: the client's surname in the genitive between
    rf"|(?<![\w-])(?:адвокат\w*|защитник\w*)\s+(?-i:[{names.UPPER}])[{names.LOWER}-]+"
    r"(?:ова|ева|ёва|ина|ына|ого|его|ой)\s+$",
    re.IGNORECASE,
)

#: A Kazakh newsroom's or workplace's staff noun in the possessive right before a name, after
#: what the person works for («газеттің тілшісі X», «сайттың журналисі X», «бас редакторы X»,
#: «оның әріптесі X», «зауыт қызметкері X»): who reports on a case or works beside its person,
#: no case unless the text tells them prosecuted (`cases` asks). Singular only: «полиция
#: қызметкерлері X-ны ұстады» names whom the police held.
KK_STAFF_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:фото)?тілшісі|журналисі|әріптесі|қызметкері|корреспонденті|"
    r"редакторы|шолушысы|тілшісінің|редакторының)[ \t]+$",
    re.IGNORECASE,
)
