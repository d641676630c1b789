"""HAND-WRITTEN supplement to GeoNames, used only by `python -m db.places.build`.

Everything here was written by the project, not taken from GeoNames; the data file marks places
and names that come from it (`"src": "supplement"`). It holds what GeoNames lacks or has out of
date:

- TOWNS: the towns of Kazakhstan (status «город» / «қала») with their official Kazakh, Russian and
  Latin names and FORMER names. GeoNames mixes former and current names in one unlabelled list of
  alternate names; here they are labelled.
- ADMIN1_REGION: GeoNames admin1 codes → project region codes.
- REGION_FIXES: places whose GeoNames admin1 still predates the 2022 regions (Abai, Zhetysu,
  Ulytau were cut from East Kazakhstan, Almaty and Karaganda regions by whole districts); each
  checked by its district.
- EXCLUDED: GeoNames entries that are not settlements a reporter would mean.
"""

from __future__ import annotations

#: GeoNames admin1 code (KZ) → project region code. '00' (unknown) takes the region of the
#: nearest place with a known one; see build.py.
ADMIN1_REGION: dict[str, str] = {
    "01": "almaty",
    "02": "almaty_city",
    "03": "akmola",
    "04": "aktobe",
    "05": "astana",
    "06": "atyrau",
    "07": "west_kazakhstan",
    # Baikonur: leased to Russia, geographically and statistically in Kyzylorda region.
    "08": "kyzylorda",
    "09": "mangystau",
    "10": "turkistan",
    "11": "pavlodar",
    "12": "karaganda",
    "13": "kostanay",
    "14": "kyzylorda",
    "15": "east_kazakhstan",
    "16": "north_kazakhstan",
    "17": "zhambyl",
    "12510143": "abai",
    "12510144": "zhetysu",
    "12510145": "ulytau",
    "1537272": "shymkent",
}

#: GeoNames id → region, where GeoNames' admin1 is older than the 2022 reform.
REGION_FIXES: dict[int, tuple[str, str]] = {
    1517721: ("abai", "Urzhar, centre of Urzhar district, moved to Abai region in 2022"),
    1516984: ("abai", "Zhalgyztobe, Zharma district, moved to Abai region in 2022"),
    1522503: ("abai", "Kokpekty, centre of Kokpekty district (Abai region); GeoNames duplicate"),
}

#: GeoNames id → (Russian, Kazakh) where GeoNames has no Kazakh spelling (Urzhar) or no
#: Cyrillic spelling at all (the others: Kazakh words, written by their parts).
NAME_FIXES: dict[int, tuple[str, str]] = {
    1517721: ("Урджар", "Үржар"),
    1519625: ("Сарыкамыс", "Сарықамыс"),
    1526648: ("Аксуат", "Ақсуат"),
    1523470: ("Карабас", "Қарабас"),
    1522466: ("Коктал", "Көктал"),
    607510: ("Жумыскер", "Жұмыскер"),
}

#: GeoNames ids left out: a village named "Kazakhstan" would answer every mention of the country.
EXCLUDED: dict[int, str] = {
    1529689: "village named 'Kazakhstan' (Enbekshikazakh district): matches the country's name",
}

#: KATO settlement names left out for the same reason (several villages are called Казахстан).
EXCLUDED_NAMES: dict[str, str] = {
    "Казахстан": "villages named 'Kazakhstan': the name would answer every mention of the country",
}

#: (region, Latin, Russian, Kazakh, former names). The first three of each region with
#: is_city regions are the cities of republican significance; a region's centre is listed
#: first in its region. Former names in the languages they were used in.
TOWNS: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    ("astana", "Astana", "Астана", "Астана",
     ("Akmolinsk", "Акмолинск", "Tselinograd", "Целиноград", "Akmola", "Акмола", "Ақмола",
      "Nur-Sultan", "Нур-Султан", "Нұр-Сұлтан")),
    ("almaty_city", "Almaty", "Алматы", "Алматы",
     ("Verny", "Верный", "Alma-Ata", "Алма-Ата")),
    ("shymkent", "Shymkent", "Шымкент", "Шымкент", ("Chimkent", "Чимкент")),
    # Abai region
    ("abai", "Semey", "Семей", "Семей", ("Semipalatinsk", "Семипалатинск")),
    ("abai", "Kurchatov", "Курчатов", "Курчатов", ()),
    ("abai", "Ayagoz", "Аягоз", "Аягөз", ("Ayaguz", "Аягуз", "Sergiopol", "Сергиополь")),
    ("abai", "Shar", "Шар", "Шар", ("Charsk", "Чарск")),
    # Akmola region
    ("akmola", "Kokshetau", "Кокшетау", "Көкшетау", ("Kokchetav", "Кокчетав")),
    ("akmola", "Stepnogorsk", "Степногорск", "Степногор", ("Tselinograd-25", "Целиноград-25")),
    ("akmola", "Akkol", "Акколь", "Ақкөл", ("Alekseyevka", "Алексеевка")),
    ("akmola", "Atbasar", "Атбасар", "Атбасар", ()),
    ("akmola", "Derzhavinsk", "Державинск", "Державин", ()),
    ("akmola", "Yereymentau", "Ерейментау", "Ерейментау", ("Yermentau", "Ерментау")),
    ("akmola", "Yesil", "Есиль", "Есіл", ()),
    ("akmola", "Makinsk", "Макинск", "Макинск", ()),
    ("akmola", "Stepnyak", "Степняк", "Степняк", ()),
    ("akmola", "Shchuchinsk", "Щучинск", "Щучинск", ("Shchuchye", "Щучье")),
    ("akmola", "Kosshy", "Косшы", "Қосшы", ("Koshy", "Кошы")),
    # Aktobe region
    ("aktobe", "Aktobe", "Актобе", "Ақтөбе",
     ("Aktyubinsk", "Актюбинск", "Ak-Tyube", "Ак-Тюбе")),
    ("aktobe", "Alga", "Алга", "Алға", ()),
    ("aktobe", "Kandyagash", "Кандыагаш", "Қандыағаш", ("Oktyabrsk", "Октябрьск")),
    ("aktobe", "Emba", "Эмба", "Ембі", ()),
    ("aktobe", "Khromtau", "Хромтау", "Хромтау", ()),
    ("aktobe", "Shalkar", "Шалкар", "Шалқар", ("Chelkar", "Челкар")),
    ("aktobe", "Temir", "Темир", "Темір", ()),
    ("aktobe", "Zhem", "Жем", "Жем", ()),
    # Almaty region
    ("almaty", "Konaev", "Конаев", "Қонаев",
     ("Kapchagay", "Капчагай", "Kapshagay", "Kapshagai", "Қапшағай", "Iliysk", "Илийск")),
    ("almaty", "Talgar", "Талгар", "Талғар", ("Sofiyskaya", "Софийская")),
    ("almaty", "Yesik", "Есик", "Есік", ("Issyk", "Иссык")),
    ("almaty", "Kaskelen", "Каскелен", "Қаскелең", ()),
    ("almaty", "Alatau", "Алатау", "Алатау", ()),
    # Atyrau region
    ("atyrau", "Atyrau", "Атырау", "Атырау", ("Guryev", "Gurjev", "Гурьев")),
    ("atyrau", "Kulsary", "Кульсары", "Құлсары", ()),
    # East Kazakhstan region
    ("east_kazakhstan", "Oskemen", "Усть-Каменогорск", "Өскемен", ()),
    ("east_kazakhstan", "Ridder", "Риддер", "Риддер", ("Leninogorsk", "Лениногорск")),
    ("east_kazakhstan", "Altai", "Алтай", "Алтай", ("Zyryanovsk", "Зыряновск")),
    ("east_kazakhstan", "Zaysan", "Зайсан", "Зайсаң", ()),
    ("east_kazakhstan", "Shemonaikha", "Шемонаиха", "Шемонаиха", ()),
    ("east_kazakhstan", "Serebryansk", "Серебрянск", "Серебрянск", ()),
    # Zhambyl region
    ("zhambyl", "Taraz", "Тараз", "Тараз",
     ("Aulie-Ata", "Аулие-Ата", "Әулиеата", "Mirzoyan", "Мирзоян", "Dzhambul", "Джамбул",
      "Zhambyl", "Жамбыл")),
    ("zhambyl", "Zhanatas", "Жанатас", "Жаңатас", ()),
    ("zhambyl", "Karatau", "Каратау", "Қаратау", ()),
    ("zhambyl", "Shu", "Шу", "Шу", ("Chu", "Чу", "Novotroitskoye", "Новотроицкое")),
    # Zhetysu region
    ("zhetysu", "Taldykorgan", "Талдыкорган", "Талдықорған", ("Taldy-Kurgan", "Талды-Курган")),
    ("zhetysu", "Tekeli", "Текели", "Текелі", ()),
    ("zhetysu", "Zharkent", "Жаркент", "Жаркент", ("Panfilov", "Панфилов")),
    ("zhetysu", "Sarkand", "Сарканд", "Сарқан", ()),
    ("zhetysu", "Ushtobe", "Уштобе", "Үштөбе", ()),
    ("zhetysu", "Usharal", "Ушарал", "Үшарал", ()),
    # Karaganda region
    ("karaganda", "Karaganda", "Караганда", "Қарағанды", ()),
    ("karaganda", "Temirtau", "Темиртау", "Теміртау", ("Samarkand", "Самаркандский")),
    ("karaganda", "Balkhash", "Балхаш", "Балқаш", ()),
    ("karaganda", "Saran", "Сарань", "Саран", ()),
    ("karaganda", "Shakhtinsk", "Шахтинск", "Шахтинск", ()),
    ("karaganda", "Abai", "Абай", "Абай", ()),
    ("karaganda", "Priozersk", "Приозерск", "Приозерск", ()),
    ("karaganda", "Karkaraly", "Каркаралинск", "Қарқаралы", ()),
    # Ulytau region
    ("ulytau", "Zhezkazgan", "Жезказган", "Жезқазған", ("Dzhezkazgan", "Джезказган")),
    ("ulytau", "Satpayev", "Сатпаев", "Сәтбаев", ("Nikolsky", "Никольский")),
    ("ulytau", "Karazhal", "Каражал", "Қаражал", ()),
    # Kostanay region
    ("kostanay", "Kostanay", "Костанай", "Қостанай",
     ("Kustanay", "Кустанай", "Nikolayevsk", "Николаевск")),
    ("kostanay", "Rudny", "Рудный", "Рудный", ()),
    ("kostanay", "Lisakovsk", "Лисаковск", "Лисаков", ()),
    ("kostanay", "Arkalyk", "Аркалык", "Арқалық", ()),
    ("kostanay", "Zhitikara", "Житикара", "Жітіқара", ("Dzhetygara", "Джетыгара")),
    ("kostanay", "Tobyl", "Тобыл", "Тобыл", ("Zatobolsk", "Затобольск")),
    # Kyzylorda region
    ("kyzylorda", "Kyzylorda", "Кызылорда", "Қызылорда",
     ("Kzyl-Orda", "Кзыл-Орда", "Perovsk", "Перовск", "Ak-Mechet", "Ак-Мечеть")),
    ("kyzylorda", "Baikonur", "Байконур", "Байқоңыр", ("Leninsk", "Ленинск")),
    ("kyzylorda", "Aral", "Аральск", "Арал", ()),
    ("kyzylorda", "Kazaly", "Казалинск", "Қазалы", ()),
    # Mangystau region
    ("mangystau", "Aktau", "Актау", "Ақтау", ("Shevchenko", "Шевченко")),
    ("mangystau", "Zhanaozen", "Жанаозен", "Жаңаөзен",
     ("Novy Uzen", "Novyy Uzen", "Новый Узень")),
    ("mangystau", "Fort-Shevchenko", "Форт-Шевченко", "Форт-Шевченко",
     ("Fort-Alexandrovsky", "Форт-Александровский")),
    # North Kazakhstan region
    ("north_kazakhstan", "Petropavl", "Петропавловск", "Петропавл", ()),
    ("north_kazakhstan", "Bulaevo", "Булаево", "Булаев", ()),
    ("north_kazakhstan", "Mamlyutka", "Мамлютка", "Мамлют", ()),
    ("north_kazakhstan", "Sergeyevka", "Сергеевка", "Сергеев", ()),
    ("north_kazakhstan", "Tayynsha", "Тайынша", "Тайынша", ("Krasnoarmeysk", "Красноармейск")),
    # Pavlodar region
    ("pavlodar", "Pavlodar", "Павлодар", "Павлодар", ()),
    ("pavlodar", "Ekibastuz", "Экибастуз", "Екібастұз", ()),
    ("pavlodar", "Aksu", "Аксу", "Ақсу", ("Yermak", "Ермак")),
    # Turkistan region
    ("turkistan", "Turkistan", "Туркестан", "Түркістан", ()),
    ("turkistan", "Kentau", "Кентау", "Кентау", ()),
    ("turkistan", "Arys", "Арыс", "Арыс", ()),
    ("turkistan", "Zhetysay", "Жетысай", "Жетісай", ()),
    ("turkistan", "Saryagash", "Сарыагаш", "Сарыағаш", ()),
    ("turkistan", "Shardara", "Шардара", "Шардара", ("Chardara", "Чардара")),
    ("turkistan", "Lenger", "Ленгер", "Ленгір", ()),
    # West Kazakhstan region
    ("west_kazakhstan", "Oral", "Уральск", "Орал", ()),
    ("west_kazakhstan", "Aksay", "Аксай", "Ақсай", ()),
)  # fmt: skip

#: Region centres (kind "city" besides the cities of republican significance), by Latin name.
REGION_CENTRES = frozenset(
    {
        "Semey", "Kokshetau", "Aktobe", "Konaev", "Atyrau", "Oskemen", "Taraz", "Taldykorgan",
        "Karaganda", "Zhezkazgan", "Kostanay", "Kyzylorda", "Aktau", "Petropavl", "Pavlodar",
        "Turkistan", "Oral",
    }
)  # fmt: skip
