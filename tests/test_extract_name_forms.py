"""The form of the case's name and whether the case is found at all, in the three languages:
a register's or a court card's surname first with a patronymic, the patronymic told apart from
the surname, a person named only in an oblique case."""

from __future__ import annotations

import pytest

from bot.extract import extract_cases


def _names(text: str) -> list[str]:
    return [c["person"]["name"] for c in extract_cases(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a register's surname in capitals first, then the given name and the patronymic: kept
        # as written (docs/labelling.md: English names in the order and capitals the text uses)
        (
            "Entry 12\nName: BAIMAGAMBETOV Nurlan Yerlanovich\nResidence: Taraz\n"
            "Charge: Art. 405 Part 2 CC RK\nOn 4 May 2026 the Taraz city court sentenced him to "
            "two years of restricted freedom.",
            "BAIMAGAMBETOV Nurlan Yerlanovich",
        ),
        # without a patronymic, the same
        (
            "Client: ORAZBAYEVA Gulnaz, born 1985, nurse from Taraz. On 4 May 2026 the Taraz "
            "city court sentenced her to two years of restricted freedom.",
            "ORAZBAYEVA Gulnaz",
        ),
    ],
)
def test_an_english_register_name_surname_first_is_kept_as_written(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a court card's defendant all in capitals, surname first, with the patronymic
        (
            "Блогер Нурлан Баймагамбетов осуждён.\nСуд: Таразский городской суд\n"
            "Обвиняемый: БАЙМАГАМБЕТОВ НУРЛАН ЕРЛАНОВИЧ, 1991 г.р.\n"
            "04.05.2026 Оглашен приговор: ограничение свободы на 2 года.",
            "Нурлан Ерланович Баймагамбетов",
        ),
        (
            "Белсенді Гүлназ Оразбаеваның ісі.\nСот: Тараз қалалық соты\n"
            "Айыпталушы: ОРАЗБАЕВА ГҮЛНАЗ ЕРЛАНҚЫЗЫ\n"
            "04.05.2026 сот оған 2 жыл бас бостандығын шектеу жазасын тағайындады.",
            "Гүлназ Ерланқызы Оразбаева",
        ),
    ],
)
def test_a_defendant_all_in_capitals_with_a_patronymic_is_named_in_full(
    text: str, name: str
) -> None:
    assert _names(text) == [name]


def test_three_words_in_capitals_without_a_patronymic_are_no_name() -> None:
    from bot.extract.names import find_title_mentions

    heading = "ПРИГОВОР ИМЕНЕМ РЕСПУБЛИКИ\nСУДЕБНАЯ КОЛЛЕГИЯ ПОСТАНОВИЛА"
    assert find_title_mentions(heading) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # accepted: each item of a digest opens with a name all in capitals, then the town or
        # the age
        (
            "BULLETIN OF CASES\n\n"
            "• AIDOS KARIMBEKOV (Ekibastuz, Pavlodar region), 41, a miner, was sentenced on "
            "3 June 2026 by the Ekibastuz City Court to two years of restricted freedom "
            "(Art. 174 Part 1 CC RK).\n\n"
            "• GULMIRA SADYKOVA, 29, a teacher from Taldykorgan, was fined 100 MCI on 5 June 2026 "
            "by the Taldykorgan City Court under Art. 274 Part 2 CC RK.",
            ["Aidos Karimbekov", "Gulmira Sadykova"],  # the record's spelling
        ),
        # refused: a heading in capitals is no name, though its last word ends like a surname
        (
            "WEEKLY REVIEW\nDIGEST KASHKYNOV\n\nOn 3 June 2026 the Ekibastuz City Court sentenced "
            "Aidos KARIMBEKOV to two years of restricted freedom (Art. 174 Part 1 CC RK).",
            ["Aidos KARIMBEKOV"],
        ),
    ],
)
def test_a_list_item_opening_with_a_name_all_in_capitals_is_a_case(
    text: str, names: list[str]
) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "name", "aliases"),
    [
        # an encyclopedia's lead: stress marks over the vowels, the Kazakh spelling in the
        # bracket after «каз.», the birthplace in a Soviet republic
        (
            "Ержа́н Болатович Касымба́ев (каз. Ержан Болатұлы Қасымбаев; род. 5 мая 1984, "
            "Сатпаев, Казахская ССР) — казахстанский блогер.\n\n"
            "12 мая 2026 года Сатпаевский городской суд приговорил Касымбаева к двум годам "
            "ограничения свободы по ч. 2 ст. 274 УК РК.",
            "Ержан Болатович Касымбаев",
            ["Ержан Болатұлы Қасымбаев"],
        ),
        (
            "Aigul Nurlanovna Temirbayeva (Kazakh: Айгүл Нұрланқызы Темірбаева; born 1990, "
            "Kazakh SSR) is a Kazakh blogger.\n\nOn 12 May 2026 the Satpayev City Court "
            "sentenced Temirbayeva to two years of restricted freedom under Article 274, Part 2.",
            "Aigul Nurlanovna Temirbayeva",
            ["Айгүл Нұрланқызы Темірбаева"],
        ),
    ],
)
def test_an_encyclopedia_lead_names_one_person_in_two_languages(
    text: str, name: str, aliases: list[str]
) -> None:
    [case] = extract_cases(text)
    assert case["person"]["name"] == name
    assert case["person"]["aliases"] == aliases


def test_a_bracket_after_a_language_abbreviation_needs_a_name() -> None:
    from bot.extract.blocks import LANGUAGE_SPELLING

    assert [m.group("name") for m in LANGUAGE_SPELLING.finditer("(каз. Нұр Отан; рус.)")] == [
        "Нұр Отан"
    ]
    assert not LANGUAGE_SPELLING.search("(каз. тілінде; 2019)")
    assert not LANGUAGE_SPELLING.search("(Сатпаев, Казахская ССР)")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hearing of the Subcommittee on Civil Liberties\n\n"
            "Q12 Chair: Could you tell us about a recent case?\n\n"
            "Prof Laura Benning: Certainly. On 3 March 2026 the Semey City Court sentenced "
            "Askar Dzhaksybekov, a driver, to two years of restricted freedom under Article 174, "
            "Part 1.\n\n"
            "Q13 Chair: Was he detained before the trial?\n\n"
            "Prof Benning: No, he was at home throughout.",
            "Askar Dzhaksybekov",
        ),
        (
            "Интервью с правозащитницей\n\n"
            "Корреспондент: О каком деле вы хотели рассказать?\n\n"
            "Айгерим Жолдасова: О деле водителя Ерлана Сатыбалдиева. 3 марта 2026 года "
            "Семейский городской суд приговорил его к двум годам ограничения свободы по ч. 1 "
            "ст. 174 УК РК.\n\n"
            "Корреспондент: Его задерживали?\n\n"
            "Айгерим Жолдасова: Нет, он был дома.",
            "Ерлан Сатыбалдиев",
        ),
    ],
)
def test_a_transcripts_speaker_is_no_case(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # accepted: the patronymic told with the given name alone, further on
        (
            "Поддержите врача Тимура Тулегенова! 4 марта 2026 года Тимура Серикбаевича "
            "задержали в Кокшетау, а 12 мая 2026 года городской суд приговорил его к году "
            "ограничения свободы по ч. 2 ст. 274 УК РК.",
            "Тимур Серикбаевич Тулегенов",
        ),
        (
            "Медсестру Гульнару Абенову 12 мая 2026 года приговорили к году ограничения свободы "
            "по ч. 2 ст. 274 УК РК. Коллеги Гульнары Маратовны пришли на оглашение.",
            "Гульнара Маратовна Абенова",
        ),
        # refused: another person's given name and patronymic
        (
            "Врача Тимура Тулегенова 12 мая 2026 года приговорили к году ограничения свободы по "
            "ч. 2 ст. 274 УК РК. Главврач Ерлан Маратович отказался от комментариев.",
            "Тимур Тулегенов",
        ),
    ],
)
def test_a_russian_patronymic_told_apart_completes_the_name(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a Telegram chat copied with each message's author and time over it
        (
            "Әсел Нұрғалиева, [14.05.2026 10:02]\nСот басталды, бәріміз осындамыз\n\n"
            "Бауыржан Оспанов, [14.05.2026 12:40]\nБүгін Ержан Серікбаевқа Тараз қалалық "
            "соты ҚК-нің 274-бабының 2-бөлігімен 2 жыл бас бостандығын шектеу жазасын "
            "тағайындады.\n\nӘсел Нұрғалиева, [14.05.2026 12:45]\nРақмет барлығыңызға",
            ["Ержан Серікбаев"],
        ),
        # a WhatsApp export: time and author open each message's line
        (
            "[14.05.2026, 10:02:11] Ольга Петренко: Всем привет, мы у суда\n"
            "[14.05.2026, 12:40:53] Асель Нургалиева: Таразский городской суд приговорил "
            "Ержана Серикбаева к 2 годам ограничения свободы по ч. 2 ст. 274 УК РК\n"
            "[14.05.2026, 12:41:07] Ольга Петренко: Держимся",
            ["Ержан Серикбаев"],
        ),
        (
            "14/05/2026, 10:02 - Olga Petrenko: we are at the court\n"
            "14/05/2026, 12:40 - Asel Nurgaliyeva: the Taraz City Court sentenced Yerzhan "
            "SERIKBAYEV to 2 years of restricted freedom under Article 274 Part 2\n"
            "14/05/2026, 12:41 - Olga Petrenko: stay strong",
            ["Yerzhan SERIKBAYEV"],
        ),
    ],
)
def test_a_chats_members_are_no_cases(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_a_single_header_line_is_no_chat() -> None:
    from bot.extract.chats import without_chat_writers

    one = "Шиелі ақпарат, [28.11.2026 09:41]\nБүгін белсенді ұсталды."
    assert without_chat_writers(one) == one


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # accepted: the initials complete from the Russian name told in a Kazakh case
        (
            "Павлодар қалалық соты 2026 жылғы 3 наурызда Петрова Анна Ивановнаға қатысты істі "
            "қарады. Сот А. Петрованы ҚР ҚК-нің 274-бабының 2-бөлігімен кінәлі деп танып, оған "
            "1 жыл бас бостандығын шектеу жазасын тағайындады.",
            "Анна Ивановна Петрова",
        ),
        # refused: no full name anywhere, the initials stay
        (
            "Павлодар қалалық соты 2026 жылғы 3 наурызда А. Петрованы ҚР ҚК-нің 274-бабының "
            "2-бөлігімен кінәлі деп танып, оған 1 жыл бас бостандығын шектеу жазасын "
            "тағайындады.",
            "А. Петрова",
        ),
    ],
)
def test_a_russian_name_in_a_kazakh_case_completes_initials(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name all in capitals is written in title case on the record, given name first
        (
            "▪ TIMUR ZHAKSYBEKOV (Aksu, Pavlodar region), 44, a welder, was detained on 9 "
            "October 2026 under Art. 274 Part 2 CC RK.",
            "Timur Zhaksybekov",
        ),
        (
            "• ГАУХАР ИМАНГАЛИЕВА (Аксу), 33 года, медсестра, задержана 9 октября 2026 года по "
            "ч. 2 ст. 274 УК РК.",
            "Гаухар Имангалиева",
        ),
        (
            "• ИМАНГАЛИЕВА Гаухар (Аксу), 33 года, медсестра, задержана 9 октября 2026 года по "
            "ч. 2 ст. 274 УК РК.",
            "Гаухар Имангалиева",
        ),
        (
            "2026 жылғы 9 қазанда Ақсу қалалық соты НҰРЛАН ЖАҚСЫБЕКОВТЫ ҚК 274-бабының "
            "2-бөлігі бойынша екі жыл бас бостандығын шектеуге соттады.",
            "Нұрлан Жақсыбеков",
        ),
        (
            "2026 жылғы 9 қазанда Ақсу қалалық соты ЖАҚСЫБЕКОВ Нұрланды ҚК 274-бабының "
            "2-бөлігі бойынша екі жыл бас бостандығын шектеуге соттады.",
            "Нұрлан Жақсыбеков",
        ),
        # a surname alone set apart in capitals stays as the source writes it
        (
            "On 9 October 2026 the Aksu City Court sentenced Timur ZHAKSYBEKOV to two years of "
            "restricted freedom under Art. 274 Part 2 CC RK.",
            "Timur ZHAKSYBEKOV",
        ),
    ],
)
def test_the_record_spells_a_name_in_capitals_in_title_case(text: str, name: str) -> None:
    [case] = extract_cases(text)
    assert case["person"]["name"] == name


_PROGRAMMES = {
    "kk": "«Заң және қоғам» бағдарламасы\n\nБүгінгі эфирде ақтөбелік блогер Динара "
    "Сәрсенбаеваның ісін талқылаймыз. Оған 2026 жылғы 12 қазанда ҚК-нің 274-бабының 2-бөлігі "
    "бойынша айып тағылып, сол күні үйқамаққа алынды.\n\nЭфир қонақтары:\n– Айбек Нұрланов, "
    "адвокат, Динара Сәрсенбаеваның қорғаушысы;\n– Ерлан Жұмабаев, құқық қорғаушы.\n\n"
    "Бағдарламаны YouTube-тан көре аласыз.",
    "ru": "Подкаст «Право голоса», выпуск 7\n\nВ этом выпуске обсуждаем дело актюбинского "
    "блогера Динары Сарсенбаевой. 12 октября 2026 года ей предъявили обвинение по части 2 "
    "статьи 274 УК, в тот же день суд поместил её под домашний арест.\n\nГости выпуска:\n– "
    "Айбек Нурланов, адвокат Динары Сарсенбаевой;\n– Ерлан Жумабаев, правозащитник.\n\n"
    "Слушайте на всех платформах.",
    "en": "Rights Hour podcast, episode 7\n\nThis week we discuss the case of Aktobe blogger "
    "Dinara Sarsenbayeva. On 12 October 2026 she was charged under Article 274, Part 2, and "
    "the same day a court placed her under house arrest.\n\nGuests:\n- Aibek Nurlanov, "
    "Dinara Sarsenbayeva's lawyer;\n- Yerlan Zhumabayev, human rights defender.\n\n"
    "Listen on every platform.",
}


@pytest.mark.parametrize(
    ("language", "name"),
    [("kk", "Динара Сәрсенбаева"), ("ru", "Динара Сарсенбаева"), ("en", "Dinara Sarsenbayeva")],
)
def test_a_programmes_guests_are_no_cases_and_whose_lawyer_is_the_case(
    language: str, name: str
) -> None:
    # the guests' list ("Guests:", «Гости выпуска:», «Эфир қонақтары:») is no list of cases;
    # "X, lawyer of Y" / "Y's lawyer" / «Y-ның қорғаушысы» names the lawyer first, the client
    # after
    [case] = extract_cases(_PROGRAMMES[language])
    assert case["person"]["name"] == name
    assert [(e["kind"], e["date"]) for e in case["events"]] == [
        ("charge", "2026-10-12"),
        ("preventive_measure", "2026-10-12"),
    ]


def test_a_dash_list_of_cases_under_another_heading_is_still_split() -> None:
    # refused: a heading that announces no guests leaves a list of people tried as cases
    text = (
        "Приговоры недели:\n"
        "– Айбек Нурланов, блогер из Актобе, 12 октября 2026 года осуждён по ч. 2 ст. 274 УК "
        "к двум годам ограничения свободы;\n"
        "– Ерлан Жумабаев, активист из Уральска, 14 октября 2026 года осуждён по ч. 1 ст. 174 "
        "УК к трём годам лишения свободы."
    )
    assert sorted(c["person"]["name"] for c in extract_cases(text)) == [
        "Айбек Нурланов",
        "Ерлан Жумабаев",
    ]


@pytest.mark.parametrize(
    ("text", "name", "events"),
    [
        # an office's spokesperson named by role, with the short name of the office between
        (
            "В Уральске арестован блогер Арман Сейтказиев.\n\nКак сообщила официальный "
            "представитель ДП Айгерим Нуржанова, 34-летнего блогера задержали 12 октября 2026 "
            "года. 14 октября следственный суд санкционировал его арест. Ему вменяют ч. 2 ст. "
            "274 УК РК.",
            "Арман Сейтказиев",
            [("detention", "2026-10-12"), ("preventive_measure", "2026-10-14")],
        ),
        (
            "Uralsk blogger Arman Seitkaziyev has been arrested.\n\nAccording to the police's "
            "official representative, Aigerim Nurzhanova, the blogger was detained on 12 October "
            "2026. On 14 October an investigating judge remanded him in custody. He is charged "
            "under Article 274, Part 2.",
            "Arman Seitkaziyev",
            [("detention", "2026-10-12"), ("preventive_measure", "2026-10-14")],
        ),
        # a lawyer named in brackets after the role word
        (
            "On 3 September 2026 the Uralsk city court sentenced blogger Arman Seitkaziyev to "
            "two years in prison under Article 274, Part 2.\n\nYesterday (November 24) the "
            "appeal panel left the sentence unchanged. The lawyer (Nurlan Abenov, who has "
            "defended him from the start) says they will go to cassation.",
            "Arman Seitkaziyev",
            [("verdict", "2026-09-03"), ("appeal_ruling", "2026-11-24")],
        ),
        (
            "3 сентября 2026 года городской суд Уральска приговорил блогера Армана Сейтказиева к "
            "двум годам лишения свободы по ч. 2 ст. 274 УК.\n\n24 ноября 2026 года "
            "апелляционная коллегия оставила приговор без изменения. Адвокат (Нурлан Абенов, "
            "защищает его с самого начала) намерен обжаловать решение в кассации.",
            "Арман Сейтказиев",
            [("verdict", "2026-09-03"), ("appeal_ruling", "2026-11-24")],
        ),
        # a forwarded e-mail's sender ("From: NAME <address>") writes of the case, is none
        (
            "---------- Пересланное сообщение ---------\nОт: Гульмира Сейтказиева "
            "<gulmira.s@example.com>\nДата: 25 нояб. 2026 г., 10:15\n\nПересылаю ответ про мужа. "
            "Арман Сейтказиев осуждён 3 сентября 2026 года по ч. 2 ст. 274 УК к двум годам "
            "лишения свободы.",
            "Арман Сейтказиев",
            [("verdict", "2026-09-03")],
        ),
        (
            "---------- Forwarded message ---------\nFrom: Gulmira Seitkaziyeva "
            "<gulmira.s@example.com>\nDate: Nov 25, 2026, 10:15\n\nForwarding the answer about my "
            "husband. Arman Seitkaziyev was sentenced on 3 September 2026 under Article 274, "
            "Part 2 to two years in prison.",
            "Arman Seitkaziyev",
            [("verdict", "2026-09-03")],
        ),
        (
            "---------- Қайта жіберілген хат ---------\nКімнен: Гүлмира Сейітқазиева "
            "<gulmira.s@example.com>\nКүні: 2026 ж. 25 қараша, 10:15\n\nЖолдасым туралы жауапты "
            "жіберемін. Арман Сейітқазиев 2026 жылғы 3 қыркүйекте ҚК 274-бабының 2-бөлігі "
            "бойынша 2 жылға бас бостандығынан айырылды.",
            "Арман Сейітқазиев",
            [("verdict", "2026-09-03")],
        ),
    ],
)
def test_who_speaks_for_an_office_defends_or_forwards_is_no_case(
    text: str, name: str, events: list[tuple[str, str]]
) -> None:
    [case] = extract_cases(text)
    assert case["person"]["name"] == name
    assert [(e["kind"], e["date"]) for e in case["events"]] == events


def test_a_from_line_without_an_address_keeps_its_name() -> None:
    # refused: "From:" with no e-mail address (a letter from prison signed so) is no mail
    # header; the name written there stays the case's
    text = (
        "From: Arman Seitkaziyev, colony AP-162/3\n\nOn 3 September 2026 the Uralsk city court "
        "sentenced Arman Seitkaziyev to two years in prison under Article 274, Part 2."
    )
    [case] = extract_cases(text)
    assert case["person"]["name"] == "Arman Seitkaziyev"


_EN_REGISTER = (
    "DANA K. SERIKOVA\nDefence lawyer, Shymkent\n\nNOTABLE CASES\n\n"
    "2026 — KASYMOV, Daulet (blogger, Turkestan)\n"
    "Charge: Article 274, Part 2, Criminal Code.\n"
    "First instance: Turkestan City Court; verdict of 11.03.2026 — 2 years of restricted "
    "freedom.\n"
)
_RU_REGISTER = (
    "Список дел 2026 года\n\n"
    "БЕКОВА, Айгерим (журналист, Тараз)\n"
    "Обвинение: ч. 2 ст. 274 УК РК. Приговор Таразского городского суда от 12.04.2026 — "
    "1 год ограничения свободы.\n"
)
_KK_REGISTER = (
    "2026 жылғы істер тізімі\n\n"
    "ОМАРОВ, Нұрлан (белсенді, Атырау)\n"
    "Айып: ҚК-нің 405-бабының 2-бөлігі. Атырау қалалық соты 2026 жылғы 3 наурызда 1 жыл бас "
    "бостандығын шектеу жазасын тағайындады.\n"
)
_EN_DATELINE = (
    "ALMATY, Kazakhstan (Reuters) — A court in Almaty on 4 May 2026 sentenced activist "
    "Marat Zhunusov to two years of restricted freedom under Article 405."
)


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        (_EN_REGISTER, "Kasymov"),
        (_RU_REGISTER, "Бекова"),
        (_KK_REGISTER, "Омаров"),
        (_EN_DATELINE, "Zhunusov"),
    ],
)
def test_a_register_entry_surname_comma_given_is_a_case(text: str, surname: str) -> None:
    records = extract_cases(text)
    assert [r["person"]["surname"] for r in records] == [surname]


def test_a_sentence_opening_case_or_court_word_is_no_given_name() -> None:
    text = (
        "Павлодар қалалық соты 2026 жылғы 2 маусымда журналист Гүлнар Сейітованы 274-бап "
        "бойынша кінәлі деп тапты. Іс Сейітованың Telegram-дағы жазбасына байланысты. "
        "Сот Сейітоваға 1 жыл бас бостандығын шектеу жазасын тағайындады."
    )
    assert [r["person"]["name"] for r in extract_cases(text)] == ["Гүлнар Сейітова"]


@pytest.mark.parametrize(
    ("text", "aliases"),
    [
        # a spelling told of the same given name whose surname has no usual ending
        (
            "On 4 March 2026 a court in Kostanay fined activist Nurlan Abenov 100 MCI under "
            "Article 274. In some Ukrainian media his name is spelled Nurlan Abenyk.",
            ["Nurlan Abenyk"],
        ),
        # "in his documents ... he is X"
        (
            "On 4 March 2026 a court in Kostanay fined activist Nurlan Abenuly 100 MCI under "
            "Article 274. In his passport and in the court papers he is Nurlan Abenov.",
            ["Nurlan Abenov"],
        ),
        # refused: another given name with a surname beginning the same
        (
            "On 4 March 2026 a court in Kostanay fined activist Nurlan Abenov 100 MCI under "
            "Article 274. In some media the name is spelled Dana Abenyk.",
            [],
        ),
        # Russian: the name in Latin letters in a foreign statement quoted
        (
            "4 марта 2026 года Костанайский городской суд оштрафовал активиста Нурлана Абенова "
            "на 100 МРП по ст. 274 УК РК. Посольство заявило: «Nurlan Abenov should never have "
            "been prosecuted».",
            ["Nurlan Abenov"],
        ),
        # Kazakh: the Latin spelling «... деп жазылған»
        (
            "2026 жылғы 4 наурызда Қостанай қалалық соты белсенді Нұрлан Әбеновке ҚК-нің "
            "274-бабы бойынша 100 АЕК айыппұл салды. Түпнұсқада аты-жөні Nurlan Abenov деп "
            "жазылған.",
            ["Nurlan Abenov"],
        ),
        # refused: a relative of the same surname signing the letter, another given name
        (
            "4 марта 2026 года Костанайский городской суд оштрафовал активиста Нурлана Абенова "
            "на 100 МРП по ст. 274 УК РК. Прошу помочь моему отцу.\n\nДана Абенова, 5 марта 2026",
            [],
        ),
    ],
)
def test_a_spelling_the_text_tells(text: str, aliases: list[str]) -> None:
    [case] = extract_cases(text)
    assert case["person"]["aliases"] == aliases


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # accepted: an English role noun before the name is no given name
        ("Moderator Aliya Serikbayeva opened the debate.", ["Aliya", "Serikbayeva"]),
        ("Yesterday host Daniyar Omarov asked the guests.", ["Daniyar", "Omarov"]),
        # accepted: a Kazakh kinship noun with a possessive ending (your son, our brother)
        ("Ұлың Бекзат Оспанов, 2026 жылғы 3 наурыз", ["Бекзат", "Оспанов"]),
        ("Ініміз Асқар Тілеуов туралы жазамыз.", ["Асқар", "Тілеуов"]),
        # refused: given names that begin like a kinship noun stay given names
        ("Анар Сейітова сотқа келді.", ["Анар", "Сейітова"]),
        ("Ағабек Нұрланов сотқа келді.", ["Ағабек", "Нұрланов"]),
        ("Бауыржан Әлиев сотқа келді.", ["Бауыржан", "Әлиев"]),
    ],
)
def test_a_role_or_kinship_word_before_a_name_is_not_part_of_it(
    text: str, words: list[str]
) -> None:
    from bot.extract.names import find_title_mentions

    assert [m.words for m in find_title_mentions(text)] == [words]


def test_a_kinship_word_is_no_surname_before_a_given_name_and_patronymic() -> None:
    from bot.extract.surname_first import surname_first_with_patronymic

    assert surname_first_with_patronymic("Ұлымыз Ернат Болатұлының хаты.") == []
    # refused: a surname before the given name and the patronymic is still read
    found = surname_first_with_patronymic("Сотталған Әбенов Ғалымжан Серікұлы келді.")
    assert [m.words for m in found] == [["Әбенов", "Ғалымжан", "Серікұлы"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # accepted: a story under a byline whose parts are split by bars is prose, not a
        # table row: its people stay its own though a closing request names them again (and
        # no heading in capitals is read for a name instead)
        (
            "Prairie Justice Network | 3 March 2026 | Press release\n\n"
            "The network demands the release of Aidos Kemelov, a teacher from Taraz, and of his "
            "colleague Marat Sadykov.\n\n"
            "WHAT HAPPENED\nOn 1 March 2026 police detained Kemelov at his school. The next day "
            "the Taraz City Court placed him in custody for two months over a post about school "
            "meals. Sadykov was detained the same day.\n\n"
            "TAKE ACTION\nWrite to the Prosecutor General, asking that:\n"
            "- Aidos Kemelov be released;\n- Marat Sadykov be released;\n",
            "Aidos Kemelov",
        ),
        (
            "Правозащитный центр | 3 марта 2026 | Заявление\n\n"
            "Центр требует освободить Айдоса Кемелова, учителя из Тараза, и его коллегу Марата "
            "Садыкова.\n\n"
            "ЧТО ПРОИЗОШЛО\n1 марта 2026 года полиция задержала Кемелова в школе. На следующий "
            "день Таразский городской суд арестовал его на два месяца за пост о школьном питании. "
            "Садыкова задержали в тот же день.\n\n"
            "ЧТО ДЕЛАТЬ\nНапишите генеральному прокурору с требованием:\n"
            "- освободить Айдоса Кемелова;\n- освободить Марата Садыкова;\n",
            "Айдос Кемелов",
        ),
    ],
)
def test_a_story_under_a_byline_with_bars_names_its_people(text: str, name: str) -> None:
    got = _names(text)
    assert got[0] == name
    assert all(len(n.split()) == 2 for n in got)


def test_a_table_row_with_a_note_under_it_is_still_a_row() -> None:
    text = (
        "| Дата | Подсудимый | Статья | Результат |\n|---|---|---|---|\n"
        "| 02.03.2026 | Кемелов Айдос Нурланович | ч. 2 ст. 274 | Осужден: штраф 500 МРП |\n"
        "| 03.03.2026 | Сапарова Жанар Ериковна | ч. 1 ст. 174 | Осуждена: 2 года ограничения "
        "свободы |\n\nПримечание: оба проживают в Таразе.\n"
    )
    assert _names(text) == ["Айдос Нурланович Кемелов", "Жанар Ериковна Сапарова"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # accepted: a name alone between quotation marks is an organisation's, not a person's
        ('She shot the documentary "Zhanna Oralova" last year.', []),
        ("Он возглавляет профсоюз «Адал Енбек» на заводе.", []),
        ("Ол «Қасым Аманжолов» мектебінде сабақ береді.", []),
        # refused: a quotation that only opens or closes next to a name keeps it
        ('"Aidos Kemelov is innocent," his lawyer said.', [["Aidos", "Kemelov"]]),
        ("«Освободите Айдоса Кемелова», — говорится в заявлении.", [["Айдоса", "Кемелова"]]),
    ],
)
def test_a_name_alone_in_quotation_marks_is_no_person(text: str, words: list[list[str]]) -> None:
    from bot.extract.names import find_title_mentions

    assert [m.words for m in find_title_mentions(text)] == words


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # refused: a pronoun opening a sentence before a given name in an oblique case is the
        # speaker ("we know Nurbek"), no given name glued to a surname; the case stays whole
        (
            "Колледж кеңесінің үндеуі\n\nБіздің колледждің студенті Нұрбек Асқарұлы Сапаров 3 "
            "наурызда Таразда ұсталып, үйқамаққа алынды. Оған ҚК 274-бабы бойынша күдік "
            "келтірілді.\n\nБіз Нұрбекті жақсы білеміз. Ол – адал азамат.\n\n"
            "Колледж кеңесінің төрағасы Әсел Болатқызы\n2026 жылғы 5 наурыз",
            "Нұрбек Асқарұлы Сапаров",
        ),
        (
            "Student Nurbek Saparov was detained in Taraz on 3 March 2026 under Article 274 of "
            "the Criminal Code.\n\nThey Nurbek and his sister were questioned for six hours.",
            "Nurbek Saparov",
        ),
        # accepted: a given name and a surname after a pronoun are still a name
        (
            "Мы Нурбека Сапарова знаем много лет. 3 марта 2026 года его задержали в Таразе по "
            "статье 274 УК РК.",
            "Нурбек Сапаров",
        ),
    ],
)
def test_a_pronoun_before_a_given_name_is_no_name(text: str, name: str) -> None:
    assert _names(text) == [name]
