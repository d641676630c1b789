"""Where a case is placed and which court tried it: a town written with a Kazakh ending the
gazetteer does not strip, a register's "place of residence" field, a village among namesakes
in the region the story names, a town's numbered court, and a case left with a court but no
town tied to the court's town. Names, courts and links are invented."""

from __future__ import annotations

import pytest

from bot.extract import extract_cases
from bot.extract.places import court_town, find_town


@pytest.mark.parametrize(
    ("word", "villages", "wanted"),
    [
        # accepted: the locative made an adjective, on a city's or a town's name
        ("Жаңаөзендегі", False, "Жаңаөзен"),
        ("Шымкенттегі", False, "Шымкент"),
        ("Ақтөбедегі", True, "Ақтөбе"),
        # refused: a common word in that form ("in the city", "in the prison"), and «көше» (a
        # street), which the gazetteer would fold to a town's former name
        ("Қаладағы", True, None),
        ("Түрмедегі", True, None),
        ("Көше", False, None),
    ],
)
def test_a_kazakh_town_in_the_locative_adjective(
    word: str, villages: bool, wanted: str | None
) -> None:
    town = find_town(word, villages=villages)
    assert (town.name("kk") if town else None) == wanted


@pytest.mark.parametrize(
    ("court", "language", "wanted"),
    [
        # accepted: a city's court, numbered or not, and a court "of" a city
        ("Ekibastuz City Court", "en", "Ekibastuz"),
        ("Semey City Court No. 2", "en", "Semey"),
        ("Al-Farabi District Court of Shymkent", "en", "Shymkent"),
        ("Алмалинский районный суд г. Алматы", "ru", "Алматы"),
        ("суд №2 Костаная", "ru", "Костанай"),
        ("Экибастузский городской суд", "ru", "Экибастуз"),
        ("Семей қалалық №2 соты", "kk", "Семей"),
        ("Астана қаласы Сарыарқа аудандық соты", "kk", "Астана"),
        # refused: a district's or a region's court names no town
        ("Zhylyoi District Court", "en", None),
        ("Inter-district Criminal Court of Atyrau Region", "en", None),
        ("Карасайский районный суд", "ru", None),
        ("Сарыарқа аудандық соты", "kk", None),
    ],
)
def test_the_town_a_courts_name_gives(court: str, language: str, wanted: str | None) -> None:
    town = court_town(court, language)
    assert (town.name(language) if town else None) == wanted


def _placed(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (c["person"]["name"], c["person"]["city"], c["person"]["region"], c["court"])
        for c in extract_cases(text)
    ]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # accepted: a town's court with its number before «соты», and a schedule of that
        # court's verdicts: each row's case is tied to the court's town
        (
            "Ақтау қалалық №1 соты 12 наурызда жұмысшы Бекзат Орынбасарұлына ҚК-нің "
            "402-бабының 1-бөлігі бойынша 1 жыл бас бостандығын шектеу жазасын тағайындады.\n",
            [("Бекзат Орынбасарұлы", "Ақтау", "mangystau", "Ақтау қалалық №1 соты")],
        ),
        (
            "Семей қалалық №2 соты\nҮкімдер жарияланатын күндер\n2026 жылғы 9–13 наурыз\n\n"
            "Күні | Уақыты | Іс № | Сотталушы | ҚК бабы | Судья | Нәтижесі\n"
            "10.03.2026 | 10:00 | 6310-26-00-1/101 | Сейтов Арман Болатұлы | 274-бап 2-бөлік | "
            "С. К. Нұржанова | 2 жыл бас бостандығын шектеу\n"
            "11.03.2026 | 11:00 | 6310-26-00-1/102 | Нұрғалиева Дана Серікқызы | 405-бап "
            "2-бөлік | С. К. Нұржанова | 200 АЕК (865 000 теңге) айыппұл\n\n"
            "Ескерту: үкімдер заңды күшіне енбеген.\n",
            [
                ("Арман Болатұлы Сейтов", "Семей", "abai", "Семей қалалық №2 соты"),
                ("Дана Серікқызы Нұрғалиева", "Семей", "abai", "Семей қалалық №2 соты"),
            ],
        ),
        # accepted: a charged co-defendant the story places nowhere takes the town of the one
        # sentenced with them by the same court
        (
            "Шахтинск қаласының Жаңа аудандық соты кеше зейнеткер Гүлнар Сейітқызын ҚК-нің "
            "174-бабының 1-бөлігі бойынша 3 жылға бас бостандығынан айырды. Осы іс бойынша оның "
            "ұлы, құрылысшы Ерлан Омаров 1 жыл бас бостандығын шектеуге кесілді.\n\n"
            "Прокурор Марат Әлиев Гүлнар Сейітқызына 5 жыл, Ерлан Омаровқа 2 жыл сұраған.\n",
            [
                ("Гүлнар Сейітқызы", "Шахтинск", "karaganda", "Жаңа аудандық соты"),
                ("Ерлан Омаров", "Шахтинск", "karaganda", "Жаңа аудандық соты"),
            ],
        ),
        # refused: a district's court with no town in its name gives none
        (
            "Карасайский районный суд 4 мая 2026 года приговорил Армана Сеитова к двум годам "
            "ограничения свободы по ч. 1 ст. 174 УК.\n",
            [("Арман Сеитов", None, None, "Карасайский районный суд")],
        ),
    ],
)
def test_a_case_tied_to_its_courts_town(text: str, wanted: list[tuple[str, ...]]) -> None:
    assert _placed(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # accepted: a register's field of residence (en, ru, kk), over a note on someone else
        (
            "No. 12\nOMAROV Yerlan Bolatovich\nPlace of residence: Taldykorgan\n"
            "Criminal Code article: Article 174, Part 1\nDetained: 03.02.2026\n"
            "Note: entry 14 (a resident of Taraz fined under the Code of Administrative "
            "Offences) was moved to the archive.\n",
            ("Taldykorgan", "zhetysu"),
        ),
        (
            "Омаров Ерлан Болатович\nМесто жительства: г. Талдыкорган\n"
            "Статья УК: ч. 1 ст. 174\nЗадержан: 03.02.2026\n",
            ("Талдыкорган", "zhetysu"),
        ),
        (
            "Омаров Ерлан Болатұлы\nТұрғылықты жері: Талдықорған\n"
            "ҚК бабы: 174-бабының 1-бөлігі\nҰсталды: 03.02.2026\n",
            ("Талдықорған", "zhetysu"),
        ),
        # accepted: a village among namesakes, in the region the story names (en, ru)
        (
            "A court in Kazakhstan's Zhambyl region on 4 May 2026 sentenced Arman Seitov, a "
            "shepherd from the village of Kenes, to two years of restricted freedom under "
            "Article 174, Part 1.\n",
            ("Kenes", "zhambyl"),
        ),
        (
            "Суд Жамбылской области 4 мая 2026 года приговорил чабана Армана Сеитова, жителя "
            "села Кенес, к двум годам ограничения свободы по ч. 1 ст. 174 УК.\n",
            ("Кенес", "zhambyl"),
        ),
        # accepted: a town's name opening an organisation's in the description ("the Temir
        # Zhol Birligi union") is not where the person is from; the town told stays
        (
            "A court in Oskemen on 19 November 2026 sentenced Nurlan Bekov, a welder who chairs "
            "the Temir Zhol Birligi union, to three years in prison under Article 402, Part 1.\n",
            ("Oskemen", "east_kazakhstan"),
        ),
        # refused: the town itself in the description, "a welder at a Temir depot"
        (
            "A court on 19 November 2026 sentenced Nurlan Bekov, a welder at a Temir depot, to "
            "three years in prison under Article 402, Part 1.\n",
            ("Temir", "aktobe"),
        ),
        # accepted: a town's name opening a quoted outlet's name («ОРАЛ ТВ») is no place; the
        # court's town is
        (
            "«ОРАЛ ТВ» – КЕШКІ ЖАҢАЛЫҚТАР\n\nКентау қалалық соты 2026 жылғы 9 қыркүйекте ақын "
            "Ержан Тұрсынбаевты ҚК-нің 174-бабының 1-бөлігі бойынша кінәлі деп танып, 2 жыл бас "
            "бостандығынан айырды.\n",
            ("Кентау", "turkistan"),
        ),
        # refused: the town quoted alone («ОРАЛ») is still a town (here the only one: a town
        # on the person's own lines would come first)
        (
            "«ОРАЛ» – КЕШКІ ЖАҢАЛЫҚТАР\n\nАудандық сот 2026 жылғы 9 қыркүйекте ақын "
            "Ержан Тұрсынбаевты ҚК-нің 174-бабының 1-бөлігі бойынша кінәлі деп танып, 2 жыл бас "
            "бостандығынан айырды.\n",
            ("Орал", "west_kazakhstan"),
        ),
        # refused: no region named, the gazetteer's own first namesake stays
        (
            "On 4 May 2026 a court sentenced Arman Seitov, a shepherd from the village of "
            "Kenes, to two years of restricted freedom under Article 174, Part 1.\n",
            ("Kenes", "akmola"),
        ),
    ],
)
def test_where_the_person_lives(text: str, wanted: tuple[str, str]) -> None:
    [case] = extract_cases(text)
    assert (case["person"]["city"], case["person"]["region"]) == wanted


def _sources(text: str) -> list[tuple[str, list[str]]]:
    return [(c["person"]["name"], [s["url"] for s in c["sources"]]) for c in extract_cases(text)]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # accepted: a report's numbered notes, each case's those its paragraphs cite ("Ibid."
        # repeats the note before); the introduction's note is no one's
        (
            "ANNUAL REVIEW 2026: FREEDOM OF EXPRESSION\n\n"
            "Courts kept using the article on false information against critics.[1]\n\n"
            "On 3 March 2026 the Aktobe City Court sentenced blogger Marat Seitkali to two years "
            "of restricted freedom under Article 274, Part 2.[2] The appeal court upheld the "
            "verdict.[3]\n\n"
            "On 9 April 2026 the Oral City Court fined activist Dana Nurpeisova 200 MCI under "
            "Article 174, Part 1.[4]\n\n"
            "[1] Monitoring database, https://monitor.example.kz/db-2026\n"
            "[2] Trial observation note, https://monitor.example.kz/trials/seitkali\n"
            "[3] Ibid.\n"
            "[4] Union statement, https://monitor.example.kz/news/nurpeisova\n",
            [
                ("Marat Seitkali", ["https://monitor.example.kz/trials/seitkali"]),
                ("Dana Nurpeisova", ["https://monitor.example.kz/news/nurpeisova"]),
            ],
        ),
        (
            "ОБЗОР ПРАКТИКИ ЗА 2026 ГОД\n\n"
            "Суды по-прежнему применяли статью о ложной информации [5].\n\n"
            "3 марта 2026 года Актюбинский городской суд приговорил блогера Марата Сейтова к "
            "двум годам ограничения свободы по ч. 2 ст. 274 УК [6].\n\n"
            "9 апреля 2026 года Уральский городской суд оштрафовал активистку Дану Нурпеисову "
            "на 200 МРП по ч. 1 ст. 174 УК [7].\n\n_____________\n"
            "[5] База данных мониторинга, https://monitor.example.kz/ru/db-2026\n"
            "[6] Материалы наблюдения за процессом, https://monitor.example.kz/ru/trials/seitov\n"
            "[7] Заявление профсоюза, https://monitor.example.kz/ru/news/nurpeisova\n",
            [
                ("Марат Сейтов", ["https://monitor.example.kz/ru/trials/seitov"]),
                ("Дана Нурпеисова", ["https://monitor.example.kz/ru/news/nurpeisova"]),
            ],
        ),
        # accepted: a site named like a person's surname names no one: each entry keeps its
        # own link
        (
            "LIST OF PRISONERS (updated 1 December 2026)\n\n---\n\nNo. 5\nSEITKALI Marat\n"
            "Article: 274, Part 2.\nVerdict: 3 March 2026, Aktobe City Court — 2 years of "
            "restricted freedom.\nSource: https://seitkali-watch.example.org/cases/5\n\n---\n\n"
            "No. 6\nNURPEISOVA Dana\nArticle: 174, Part 1.\nVerdict: 9 April 2026, Oral City "
            "Court — fine of 200 MCI.\nSource: https://seitkali-watch.example.org/cases/6\n",
            [
                ("SEITKALI Marat", ["https://seitkali-watch.example.org/cases/5"]),
                ("NURPEISOVA Dana", ["https://seitkali-watch.example.org/cases/6"]),
            ],
        ),
        # accepted: the story's one link, naming the first of two tried together, is given for
        # both
        (
            "The Aktobe City Court on 3 March 2026 found farmer Marat Seitov guilty of inciting "
            "discord under Article 174, Part 2, and sentenced him to four years in prison.\n\n"
            "In the same trial, driver Arman Dosov was sentenced to two years of restricted "
            "freedom under Article 272, Part 2.\n\n"
            "https://news.example.kz/aktobe-seitov-sentenced\n",
            [
                ("Marat Seitov", ["https://news.example.kz/aktobe-seitov-sentenced"]),
                ("Arman Dosov", ["https://news.example.kz/aktobe-seitov-sentenced"]),
            ],
        ),
        # refused: the last item's link after the label every item's link follows is that
        # item's (an administrative fine, no case here), not the list's (en, ru)
        (
            "WEEKLY MONITORING (1–7 November 2026)\n\n▪️ 2 November – AKTOBE\n"
            "The Aktobe City Court sentenced blogger Marat Seitov to two years of restricted "
            "freedom under Article 274, Part 2.\nCard: https://monitor.example.kz/cases/seitov\n\n"
            "▪️ 4 November – ORAL\nActivist Dana Nurpeisova was charged under Article 174, Part "
            "1.\nCard: https://monitor.example.kz/cases/nurpeisova\n\n▪️ 6 November – ZHANAOZEN\n"
            "Activist Aigul Bekova was fined 20 MCI under the Code of Administrative Offences for "
            "an unsanctioned picket.\nCard: https://monitor.example.kz/cases/bekova\n\n"
            "Monitoring group: T. Sadykova, N. Ilyin.\n",
            [
                ("Marat Seitov", ["https://monitor.example.kz/cases/seitov"]),
                ("Dana Nurpeisova", ["https://monitor.example.kz/cases/nurpeisova"]),
            ],
        ),
        (
            "МОНИТОРИНГ ЗА НЕДЕЛЮ (1–7 ноября 2026)\n\n▪️ 2 ноября – АКТОБЕ\n"
            "Актюбинский городской суд приговорил блогера Марата Сейтова к двум годам "
            "ограничения свободы по ч. 2 ст. 274 УК.\n"
            "Карточка: https://monitor.example.kz/cases/seitov\n\n▪️ 4 ноября – УРАЛЬСК\n"
            "Активистке Дане Нурпеисовой предъявлено обвинение по ч. 1 ст. 174 УК.\n"
            "Карточка: https://monitor.example.kz/cases/nurpeisova\n\n▪️ 6 ноября – ЖАНАОЗЕН\n"
            "Активистку Айгуль Бекову оштрафовали на 20 МРП по ст. 488 КоАП за пикет.\n"
            "Карточка: https://monitor.example.kz/cases/bekova\n\n"
            "Мониторинговая группа: Т. Садыкова, Н. Ильин.\n",
            [
                ("Марат Сейтов", ["https://monitor.example.kz/cases/seitov"]),
                ("Дана Нурпеисова", ["https://monitor.example.kz/cases/nurpeisova"]),
            ],
        ),
        # refused: someone else's earlier case, by another court, told as background
        (
            "The Aktobe City Court on 3 March 2026 sentenced student Marat Seitov to four years "
            "in prison under Article 174, Part 2.\n\n"
            "It is not the first such case in the city. Last year the Specialised Inter-District "
            "Criminal Court of Aktobe Region sentenced teacher Dana Nurpeisova to two years of "
            "restricted freedom under Article 274, Part 2.\n\n"
            "https://news.example.kz/aktobe-seitov-sentenced\n",
            [
                ("Marat Seitov", ["https://news.example.kz/aktobe-seitov-sentenced"]),
                ("Dana Nurpeisova", []),
            ],
        ),
    ],
)
def test_whose_link_it_is(text: str, wanted: list[tuple[str, list[str]]]) -> None:
    assert _sources(text) == wanted


def _charged(text: str) -> list[tuple[str, list[tuple[str, int | None]]]]:
    return [
        (c["person"]["name"], [(x["article"], x["part"]) for x in c["charges"]])
        for c in extract_cases(text)
    ]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # accepted: a sentence telling of a man by "him" alone is not a woman's charge (en, ru)
        (
            "On 5 November 2026 the Atyrau City Court sentenced Aliya Dosova, head of a local "
            "workers group, to three years of restricted freedom under Article 274, Part 2, for "
            "posts about deaths at an oil site.\n\n"
            "A reporter who had interviewed Ms. Dosova, Timur Bekov, was detained on 9 November. "
            "On 11 November an investigating judge ordered him held in custody for two months "
            "on suspicion of inciting discord (Article 174, Part 1).\n",
            [("Aliya Dosova", [("274", 2)]), ("Timur Bekov", [("174", 1)])],
        ),
        (
            "5 ноября 2026 года Атырауский городской суд приговорил руководителя рабочей группы "
            "Алию Досову к трем годам ограничения свободы по ч. 2 ст. 274 УК.\n\n"
            "Журналиста Тимура Бекова, бравшего интервью у Досовой, задержали 9 ноября. 11 "
            "ноября он был арестован на два месяца по подозрению в возбуждении розни (ч. 1 ст. "
            "174 УК).\n",
            [("Алия Досова", [("274", 2)]), ("Тимур Беков", [("174", 1)])],
        ),
        # refused: her own pronoun beside his ("her lawyer said he would appeal") keeps it hers
        (
            "On 5 November 2026 the Atyrau City Court sentenced Aliya Dosova to three years of "
            "restricted freedom under Article 274, Part 2. Her lawyer said he would appeal and "
            "that she had also been charged under Article 174, Part 1.\n",
            [("Aliya Dosova", [("274", 2), ("174", 1)])],
        ),
        # accepted: a detention «в порядке статьи 128» (of the procedure code) is no charge
        (
            "Шахтёра Рината Ахметова задержали 26 ноября 2026 года «в порядке статьи 128». На "
            "следующий день ему предъявили обвинение по ч. 3 ст. 272 УК РК.\n",
            [("Ринат Ахметов", [("272", 3)])],
        ),
    ],
)
def test_whose_article_it_is(
    text: str, wanted: list[tuple[str, list[tuple[str, int | None]]]]
) -> None:
    assert _charged(text) == wanted
