"""People a report names by their part in the story (a lawyer, a guest, a spokeswoman, an MP,
a witness) are no case unless it tells them prosecuted. Names and wording are invented.
"""

from __future__ import annotations

import pytest

from bot.extract import extract_cases, roles


def _in_role(text: str, name: str, language: str) -> bool:
    start = text.index(name)
    return roles.named_in_role(text, start, start + len(name), language)


@pytest.mark.parametrize(
    ("text", "name", "language", "in_role"),
    [
        # ROLE NAME, the office between
        (
            "Как пояснила пресс-секретарь ДВД Сауле Нурова, его задержали.",
            "Сауле Нурова",
            "ru",
            True,
        ),
        ("Сообщил заместитель акима района Ерлан Бекжанов.", "Ерлан Бекжанов", "ru", True),
        ("the deputy city prosecutor Asan Tulegenov replied", "Asan Tulegenov", "en", True),
        ("аудан әкімінің орынбасары Болат Жүсіпов айтты", "Болат Жүсіпов", "kk", True),
        ("Свидетель обвинения Марат Оспанов не явился.", "Марат Оспанов", "ru", True),
        ("По словам защитника Дениса Волкова, суд спешил.", "Дениса Волкова", "ru", True),
        ("ПД ресми өкілі Айгерім Сәтбаева мәлімдеді.", "Айгерім Сәтбаева", "kk", True),
        ("Бағдарлама жүргізушісі Әлия Серік сұрақ қойды.", "Әлия Серік", "kk", True),
        ("Ауыл тұрғыны, жүргізуші Ерлан Бекұлы ұсталды.", "Ерлан Бекұлы", "kk", False),
        ("said police spokeswoman Aliya Nurmanova.", "Aliya Nurmanova", "en", True),
        ("The attorney (Bolat Kenzhe, very patient) told us to wait.", "Bolat Kenzhe", "en", True),
        # NAME, ROLE / NAME (ROLE) / NAME – ROLE
        (
            "– Арман Сейітов, медиа-заңгер, «Әділ сөз» қорының сарапшысы;",
            "Арман Сейітов",
            "kk",
            True,
        ),
        ("Гульмира Ахметова, политолог, считает иначе.", "Гульмира Ахметова", "ru", True),
        (
            "Askar Dzhaksybekov (defence lawyer) said the case was weak.",
            "Askar Dzhaksybekov",
            "en",
            True,
        ),
        ("Serik Tuleuov, a member of parliament, asked for a review.", "Serik Tuleuov", "en", True),
        ("Айдос Қалиев – куәсы ретінде сөйледі.", "Айдос Қалиев", "kk", True),
        ("Нурлан Ахметов - эксперт, проводивший экспертизу.", "Нурлан Ахметов", "ru", True),
        ("От: Динара Мусина <d.musina@example.com>", "Динара Мусина", "ru", True),
        ("Текст письма.\nМарат Жанов, юрист, Шымкент", "Марат Жанов", "ru", True),
        ("Марат Жанов, юрист из Шымкента, задержан 2 мая.", "Марат Жанов", "ru", False),
        # refused: a trade, the client, the next item of a list, the same judge's next person
        ("Суд вынес приговор журналисту Ерлану Касенову.", "Ерлану Касенову", "ru", False),
        ("адвокат блогера Тимура Ахметова заявил", "Тимура Ахметова", "ru", False),
        ("– Ғалия Бекова, адвокат, Жанна Омарованың қорғаушысы;", "Жанна Омарованың", "kk", False),
        (
            "подозреваемого Ахметова Б.К.,\nзащитника – адвоката Сериковой А.Н.",
            "Ахметова",
            "ru",
            False,
        ),
        (
            "Same court, same judge: Daniyar Bekov, a farmer, got two years.",
            "Daniyar Bekov",
            "en",
            False,
        ),
        ("The lawyer for Dana Serikova said the post was satire.", "Dana Serikova", "en", False),
        ("Адвокат Ивана Петрова обжаловал приговор.", "Ивана Петрова", "ru", False),
        (
            "Police detained Madi Serikov, a correspondent of Dala News.",
            "Madi Serikov",
            "en",
            False,
        ),
    ],
)
def test_a_name_told_in_a_role(text: str, name: str, language: str, in_role: bool) -> None:
    assert _in_role(text, name, language) is in_role


@pytest.mark.parametrize(
    ("text", "surname", "language", "prosecuted"),
    [
        ("Lawyer Gaukhar Nurlanova was detained on Monday.", "Nurlanova", "en", True),
        (
            "Коллегия выразила протест против задержания адвоката Сабита Жумина.",
            "Жумина",
            "ru",
            True,
        ),
        ("Адвокат Қанат Ермеков сотталды.", "Ермеков", "kk", True),
        ("Lawyer Gaukhar Nurlanova said her client was innocent.", "Nurlanova", "en", False),
        ("Адвокат Сабит Жумин обжаловал приговор.", "Жумин", "ru", False),
    ],
)
def test_a_role_holder_told_prosecuted(
    text: str, surname: str, language: str, prosecuted: bool
) -> None:
    assert roles.told_prosecuted(text, surname, language) is prosecuted


def test_a_namesake_prosecuted_is_not_the_role_holder() -> None:
    text = "От: Динара Мусина\n\nОсуждённый Мусин Руслан Ерикович прибыл в колонию."
    assert roles.told_prosecuted(text, "Мусина", "ru", given="Динара") is False
    assert roles.told_prosecuted(text, "Мусин", "ru", given="Руслан") is True


_RU_SPOKESWOMAN = (
    "В Таразе задержан блогер Руслан Сейткали.\n\n"
    "Как сообщила официальный представитель ДП Жамбылской области Асель Кожахметова, "
    "блогера задержали 3 марта 2026 года по ч. 2 ст. 174 УК РК. 5 марта суд санкционировал "
    "его арест на два месяца.\n\n"
    "Адвокат Сейткали Нурлан Есенов назвал арест незаконным."
)
_KK_GUESTS = (
    "«Сөз еркі» подкасты, 7-шығарылым\n\n"
    "Бұл шығарылымда ақтөбелік блогер Әсет Нұрғалиевтің ісін талқылаймыз. Ол 2026 жылғы "
    "2 ақпанда ҚР ҚК-нің 274-бабының 2-бөлігі бойынша ұсталып, 4 ақпанда екі айға қамауға "
    "алынды.\n\n"
    "Студиядағы қонақтар:\n"
    "– Дина Сұлтанова, адвокат, Әсет Нұрғалиевтің қорғаушысы;\n"
    "– Ерболат Мұқанов, медиа-заңгер, «Ашық сөз» қорының сарапшысы.\n"
)
_EN_POST = (
    "My brother Yerzhan Tokenov (31) was sentenced on 4 March 2026 by the Taraz City Court "
    "to 3 years of restricted freedom for a Facebook post under Article 274 part 2.\n\n"
    "The attorney (Marat Alimbekov, honestly the best in town) says we should appeal."
)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (_RU_SPOKESWOMAN, ["Руслан Сейткали"]),
        (_KK_GUESTS, ["Әсет Нұрғалиев"]),
        (_EN_POST, ["Yerzhan Tokenov"]),
    ],
)
def test_people_named_in_a_role_are_no_case(text: str, people: list[str]) -> None:
    assert [r["person"]["name"] for r in extract_cases(text)] == people


def test_a_role_holder_told_prosecuted_is_the_case() -> None:
    text = (
        "Defence lawyer Gaukhar Nurlanova was detained in Almaty on 2 April 2026 and charged "
        "under Article 274 part 2. Her colleague, lawyer Bolat Seitov, called it revenge."
    )
    assert [r["person"]["name"] for r in extract_cases(text)] == ["Gaukhar Nurlanova"]


@pytest.mark.parametrize(
    ("text", "name", "language", "in_role"),
    [
        # who translated, edited or represents: credited right before the name
        ("(Translated by Gaukhar Sembina for Steppe Voices.)", "Gaukhar Sembina", "en", True),
        ("Edited by: Timur Aliyev", "Timur Aliyev", "en", True),
        ("Bolat is represented by Serik Dauletov of the city bar.", "Serik Dauletov", "en", True),
        ("Перевод с казахского: Алия Нуртаева", "Алия Нуртаева", "ru", True),
        ("Интересы блогера в суде представляет Ерлан Сагинов.", "Ерлан Сагинов", "ru", True),
        ("Аударған: Дәметкен Оспан", "Дәметкен Оспан", "kk", True),
        ("Бекзаттың қорғауын Айдар Тілеуов жүргізеді.", "Айдар Тілеуов", "kk", True),
        ("Сайттың бас редакторы Айдар Тілеуов ұсталды.", "Айдар Тілеуов", "kk", False),
        # refused: the one prosecuted told by the same verbs' other side
        (
            "Police detained Serik Dauletov, who is represented by the bar.",
            "Serik Dauletov",
            "en",
            False,
        ),
        ("Ерлан Сагинов представляет интересы жителей села.", "Ерлан Сагинов", "ru", False),
        ("Представляем: Ерлан Сагинов, фермер из Талгара.", "Ерлан Сагинов", "ru", False),
        ("В суде его защищает Нурлан Беков.", "Нурлан Беков", "ru", True),
        ("Айдар Тілеуов сотта сөз сөйлеп, кінәсін мойындамады.", "Айдар Тілеуов", "kk", False),
        ("Бекзат Тілеуов ұсталды, оның ісін тергеу жүргізеді.", "Бекзат Тілеуов", "kk", False),
    ],
)
def test_a_name_credited_for_a_translation_or_a_defence(
    text: str, name: str, language: str, in_role: bool
) -> None:
    assert _in_role(text, name, language) is in_role


_EN_TRANSLATED = (
    "[Translated by Dina Orazova for the Steppe Translation Project.]\n\n"
    "The Aktobe City Court on 3 June 2026 sentenced blogger Nurlan Zhaksylykov to two years "
    "of restricted freedom under Article 274 part 2 for a Facebook post."
)
_EN_REPRESENTED = (
    "Who is Saltanat Ibrayeva?\nSaltanat is a 24-year-old nurse in Kostanay. On 2 May 2026 "
    "she was charged under Article 174 part 1 for a TikTok video.\n\n"
    "Who is her lawyer?\nSaltanat is represented by Oleg Petrenko of the regional bar. Her "
    "father, Bakhyt Ibrayev, speaks for the family."
)
_RU_TRANSLATOR = (
    "Перевод: Гульнар Сеитова\n\n"
    "Суд Шымкента 5 мая 2026 года приговорил активиста Даурена Касымова к двум годам "
    "ограничения свободы по ч. 2 ст. 274 УК РК."
)
_KK_TRANSLATOR_AND_CASE_WORD = (
    "Аударған: Мөлдір Сейітова\n\n"
    "Атырау қалалық соты 2026 жылғы 4 мамырда блогер Ерлан Қасымовқа ҚК-нің 274-бабы "
    "бойынша 2 жыл бас бостандығын шектеу жазасын тағайындады. Іс Қасымовтың Facebook-тегі "
    "жазбасынан басталған. Сот Қасымовқа 1 жыл жазба жариялауға тыйым салды."
)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (_EN_TRANSLATED, ["Nurlan Zhaksylykov"]),
        (_EN_REPRESENTED, ["Saltanat Ibrayeva"]),
        (_RU_TRANSLATOR, ["Даурен Касымов"]),
        (_KK_TRANSLATOR_AND_CASE_WORD, ["Ерлан Қасымов"]),
    ],
)
def test_a_translator_or_a_representing_lawyer_is_no_case(text: str, people: list[str]) -> None:
    assert [r["person"]["name"] for r in extract_cases(text)] == people
