"""A person's roles and trades as a report spells them, and trades that are someone else's
(bot/extract/occupation, trade_owners, trade_phrases, trade_words)."""

from __future__ import annotations

import pytest

from bot.extract import extract_cases


def _occupations(text: str) -> dict[str, str | None]:
    return {c["person"]["name"]: c["person"]["occupation"] for c in extract_cases(text)}


@pytest.mark.parametrize(
    ("text", "name", "occupation"),
    [
        # accepted: the text's «е» for «ё» is kept
        (
            "12 марта 2026 года Темиртауский городской суд приговорил Нурлана Есенова, бывшего "
            "шахтера, к двум годам ограничения свободы по ч. 2 ст. 274 УК РК.",
            "Нурлан Есенов",
            "бывший шахтер",
        ),
        (
            "12 марта 2026 года Темиртауский городской суд приговорил Нурлана Есенова, бывшего "
            "шахтёра, к двум годам ограничения свободы по ч. 2 ст. 274 УК РК.",
            "Нурлан Есенов",
            "бывший шахтёр",
        ),
        (
            "Род занятий: студент, волонтер\n12 марта 2026 года Темиртауский городской суд "
            "оштрафовал Нурлана Есенова на 50 МРП по ст. 274 УК РК.",
            "Нурлан Есенов",
            "студент, волонтер",
        ),
        # refused: an adjective made from the trade is no trade («шахтерских посёлков»)
        (
            "Блогер Нурлан Есенов снимал видео о шахтерских поселках. 12 марта 2026 года "
            "Темиртауский городской суд оштрафовал Нурлана Есенова на 50 МРП по ст. 274 УК РК.",
            "Нурлан Есенов",
            "блогер",
        ),
        # accepted: «временно не работающий» written in two words, as the court writes it
        (
            "Приговором суда № 2 г. Костаная от 9 июня 2026 года осуждён Есенов Нурлан "
            "Маратович, 1990 г.р., временно не работающий, по ч. 2 ст. 274 УК РК к 1 году "
            "ограничения свободы.",
            "Нурлан Маратович Есенов",
            "временно не работающий",
        ),
    ],
)
def test_a_trade_as_the_text_spells_it(text: str, name: str, occupation: str | None) -> None:
    assert _occupations(text)[name] == occupation


@pytest.mark.parametrize(
    ("text", "name", "occupation"),
    [
        # accepted: a role with what it is of, a channel's name with it
        (
            "On 3 May 2026 the Pavlodar City Court fined Timur Bekov, a taxi driver and the "
            'author of the Telegram channel "Ertis Voice", 200 MCI under Article 274.',
            "Timur Bekov",
            'taxi driver, author of the Telegram channel "Ertis Voice"',
        ),
        # accepted: where the union is ends the role ("at a service company")
        (
            "Aigul Nurova, a 45-year-old nurse and head of an independent trade union at a "
            "service company in Aktau, was fined 100 MCI by the Aktau City Court on 3 May "
            "2026 under Article 402.",
            "Aigul Nurova",
            "nurse, head of an independent trade union",
        ),
        # accepted: the movement's name in quotes among its words
        (
            "On 3 May 2026 the Oral City Court fined Daniyar Sadykov, an electrician and a "
            'member of the unregistered "Zhana Oral" movement, 100 MCI under Article 489.',
            "Daniyar Sadykov",
            'electrician, member of the unregistered "Zhana Oral" movement',
        ),
        # accepted: "the same union" told before is no more of the role
        (
            "The Yntymaq union at the Aktau port was closed in 2025. Aigul Nurova, treasurer "
            "of the same union, was fined 100 MCI by the Aktau City Court on 3 May 2026 under "
            "Article 402.",
            "Aigul Nurova",
            "treasurer",
        ),
        # refused: a supporter of a movement is where the person stands, not a role
        (
            "On 3 May 2026 the Semey City Court jailed Yerlan Bekov, 37, a supporter of the "
            "banned Democratic Choice of Kazakhstan movement, for five years.",
            "Yerlan Bekov",
            None,
        ),
        # refused: a member of a bar association, not of a union or a movement
        (
            "On 3 May 2026 the Karaganda City Court fined Yerlan Bekov, a lawyer and a "
            "member of the Regional Bar Association since 2009, 100 MCI under Article 274.",
            "Yerlan Bekov",
            "lawyer",
        ),
    ],
)
def test_a_role_told_with_what_it_is_of(text: str, name: str, occupation: str | None) -> None:
    assert _occupations(text).get(name) == occupation


@pytest.mark.parametrize(
    ("text", "name", "occupation"),
    [
        # accepted: a member of a group told with its name, the clause's end after it
        (
            "12 марта 2026 года Медеуский районный суд Алматы оштрафовал на 100 МРП по ст. 489 "
            "УК РК активистку Анару Ахметову, члена инициативной группы «Спасём сквер».",
            "Анара Ахметова",
            "активистка, член инициативной группы «Спасём сквер»",
        ),
        # accepted: the secretary of a union, another trade after the comma
        (
            "12 марта 2026 года Жанаозенский городской суд приговорил секретаря профсоюза, "
            "оператора Айгуль Тасову к двум годам ограничения свободы по ст. 402 УК РК.",
            "Айгуль Тасова",
            "секретарь профсоюза, оператор",
        ),
        # refused: a group for registering a party is where the person stands
        (
            "Род занятий: предприниматель, бывший член инициативной группы по регистрации "
            "партии «Новый путь»\n12 марта 2026 года Медеуский районный суд Алматы оштрафовал "
            "Нурлана Есенова на 100 МРП по ст. 489 УК РК.",
            "Нурлан Есенов",
            "предприниматель",
        ),
        # accepted: Kazakh, the author of a channel by its name, a portal's reporter
        (
            "Еске салайын: Мақсат – 31 жастағы құрылысшы, «Ақтөбе таңы» Telegram-арнасының "
            "авторы. 2026 жылғы 12 мамырда Ақтөбе қалалық соты Мақсат Серікұлын ҚК-нің "
            "274-бабы бойынша 100 АЕК айыппұл салды.",
            "Мақсат Серікұлы",
            "құрылысшы, «Ақтөбе таңы» Telegram-арнасының авторы",
        ),
        (
            "2026 жылғы 12 мамырда Орал қалалық соты журналист, «Ақ Жайық» порталының тілшісі "
            "Қайрат Ниязовқа ҚК-нің 274-бабы бойынша 100 АЕК айыппұл салды.",
            "Қайрат Ниязов",
            "журналист, «Ақ Жайық» порталының тілшісі",
        ),
        # refused: an article's author is no trade
        (
            "2026 жылғы 12 мамырда Орал қалалық соты мақаланың авторы, мұғалім Қайрат "
            "Ниязовқа ҚК-нің 274-бабы бойынша 100 АЕК айыппұл салды.",
            "Қайрат Ниязов",
            "мұғалім",
        ),
    ],
)
def test_a_role_in_a_group_ru_kk(text: str, name: str, occupation: str | None) -> None:
    assert _occupations(text).get(name) == occupation


@pytest.mark.parametrize(
    ("text", "name", "occupation"),
    [
        # refused: a trade in apposition to a name the text gives only once, in the dative
        (
            "В среду суд №2 Павлодара вынес приговор 42-летнему Сергею Николаевичу Гребенюку, "
            "слесарю ТЭЦ-3.\n\nВ четверг, 12 марта 2026 года, тот же суд оштрафовал таксиста "
            "Алибека Сейткалиева на 100 МРП по ст. 274 УК РК.",
            "Алибек Сейткалиев",
            "таксист",
        ),
        # accepted: the person's own name right after it makes the trade a title of theirs
        (
            "Соседке нашей читательницы Гаухар, 46-летней медсестре Маржан Исмагуловой, 10 ноября "
            "2026 года суд № 2 Павлодара назначил 50 МРП штрафа по ст. 274 УК РК.",
            "Маржан Исмагулова",
            "медсестра",
        ),
        # refused: a trade the text asks its reader about
        (
            "12 марта 2026 года Жанаозенский городской суд приговорил блогера Асета Жакупова к "
            "двум годам ограничения свободы по ч. 2 ст. 274 УК РК. Если вы журналист или "
            "правозащитник – напишите мне.",
            "Асет Жакупов",
            "блогер",
        ),
        (
            "On 3 May 2026 the Aktau City Court fined blogger Aset Zhakupov 100 MCI under "
            "Article 274. If you are a lawyer, please write to us.",
            "Aset Zhakupov",
            "blogger",
        ),
        # refused: the co-defendant's trade, apposed to "his co-defendant"
        (
            "A court in Oral on 3 May 2026 sentenced civil activist Marat Kudaibergenov to "
            "three years in prison and his co-defendant, a 67-year-old pensioner, to two "
            "years of restricted freedom under Article 274.",
            "Marat Kudaibergenov",
            "civil activist",
        ),
        # accepted: "his co-defendant, welder NAME": a title of the name after it
        (
            "On 25 November 2026 Judge Nurlybek Sadvakasov of the Zhanaozen City Court found "
            "Temirlan Yensebayev, a 34-year-old activist, guilty of inciting discord under "
            "Article 174 and sentenced him to three years in prison.\n\nHis co-defendant, "
            "welder Daulet Kuanyshev, 29, was convicted under Article 174 and sentenced to two "
            "years of restricted freedom.",
            "Daulet Kuanyshev",
            "welder",
        ),
    ],
)
def test_a_trade_that_is_someone_elses(text: str, name: str, occupation: str | None) -> None:
    assert _occupations(text).get(name) == occupation


@pytest.mark.parametrize(
    ("text", "name", "occupation"),
    [
        # accepted: the word joined by «және»/«мен» to a Kazakh trade's chain is tied to it
        (
            "2026 жылғы 12 мамырда Жаңаөзен қалалық соты мұнай және газ өндіру операторы "
            "Ерлан Сапаровқа ҚК-нің 174-бабы бойынша екі жыл бас бостандығын шектеу жазасын "
            "тағайындады.",
            "Ерлан Сапаров",
            "мұнай және газ өндіру операторы",
        ),
        (
            "2026 жылғы 12 мамырда Жаңаөзен қалалық соты ақын, қазақ тілі мен әдебиеті "
            "мұғалімі Дәулет Жақсыбековке ҚК-нің 174-бабы бойынша 100 АЕК айыппұл салды.",
            "Дәулет Жақсыбеков",
            "ақын, қазақ тілі мен әдебиеті мұғалімі",
        ),
        # refused: a name before «мен» is another person, not a word of the trade
        (
            "2026 жылғы 12 мамырда Жаңаөзен қалалық соты Асқар Нұрланұлы мен газ өндіру "
            "операторы Ерлан Сапаровқа ҚК-нің 174-бабы бойынша 100 АЕК айыппұл салды.",
            "Асқар Нұрланұлы",
            None,
        ),
    ],
)
def test_a_kazakh_trade_joined_by_and(text: str, name: str, occupation: str | None) -> None:
    assert _occupations(text).get(name) == occupation


@pytest.mark.parametrize(
    ("text", "name", "occupation"),
    [
        # accepted: trades the word lists now know, a Kazakh «діни» (religious) with its trade
        (
            "12 марта 2026 года Карагандинский городской суд приговорил проходчика Ерлана "
            "Кабиева к двум годам ограничения свободы по ч. 2 ст. 274 УК РК.",
            "Ерлан Кабиев",
            "проходчик",
        ),
        (
            "2026 жылғы 25 қарашада Шымкентте діни уағызшы, 33 жастағы Ерсін ӘЛІМЖАНОВ "
            "ҚК-нің 174-бабы бойынша бес жылға сотталды.",
            "Ерсін Әлімжанов",
            "діни уағызшы",
        ),
        # refused: «діни белсенді» is no kind word's phrase (an activist's are the word list's)
        (
            "2026 жылғы 25 қарашада Шымкентте діни белсенді, 33 жастағы Ерсін ӘЛІМЖАНОВ "
            "ҚК-нің 174-бабы бойынша бес жылға сотталды.",
            "Ерсін Әлімжанов",
            "белсенді",
        ),
    ],
)
def test_more_trade_words(text: str, name: str, occupation: str | None) -> None:
    assert _occupations(text).get(name) == occupation
