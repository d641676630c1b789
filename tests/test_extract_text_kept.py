"""No part of a text is lost before it is read: a story above a list (a collective letter above
its signatories' table, a memo above its bullet points) still tells its cases, while the list's
own rows keep telling theirs, in the three languages."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.extract import extract_cases

_TODAY = dt.date(2026, 12, 1)


def _names(text: str) -> list[str]:
    return [c["person"]["name"] for c in extract_cases(text, today=_TODAY)]


@pytest.mark.parametrize(
    ("text", "case", "signers"),
    [
        # accepted: a villagers' letter telling a verdict, then the table of who signed it
        (
            "КОЛЛЕКТИВНОЕ ОБРАЩЕНИЕ\n\nПросим проверить приговор нашему соседу.\n\n"
            "Приговором Талгарского районного суда от 5 октября 2026 года Ержан Касымов "
            "осужден по ч. 1 ст. 274 УК РК к 1 году ограничения свободы.\n\n"
            "| № | ФИО | Подпись |\n| 1 | Абдуллаев Марат | подпись |\n"
            "| 2 | Турсунов Алмас | подпись |\n| 3 | Есентаев Берик | подпись |\n",
            "Ержан Касымов",
            ["Абдуллаев", "Турсунов", "Есентаев"],
        ),
        # accepted: a petition's story, then its numbered list of signatories
        (
            "PETITION\n\nWe ask for the release of Dr Arman Seitov, a historian detained in "
            "Karaganda on 3 November 2026 and charged under Article 274, Part 2 of the "
            "Criminal Code.\n\nSigned:\n1. Dr. Aliya Nurova, Almaty\n2. Prof. Jan Berg, Oslo\n"
            "3. Dr. Sabit Omarov, Astana\n",
            "Arman Seitov",
            ["Nurova", "Berg", "Omarov"],
        ),
        # accepted: a Kazakh open letter, then a bulleted list of the signers
        (
            "АШЫҚ ХАТ\n\n2026 жылғы 10 қазанда Ақтөбе қалалық соты Нұрлан Сейітов деген "
            "ауылдасымызды ҚК 274-бабының 1-бөлігі бойынша 2 жылға бас бостандығын шектеуге "
            "соттады.\n\nҚол қойғандар:\n- Әлібек Жұмабаев\n- Сәуле Омарова\n- Бақыт Ерланов\n",
            "Нұрлан Сейітов",
            ["Жұмабаев", "Омарова", "Ерланов"],
        ),
    ],
)
def test_a_story_above_a_list_of_signers_tells_its_case(
    text: str, case: str, signers: list[str]
) -> None:
    found = _names(text)
    assert case in found
    # refused: none who only signed is a case
    assert not any(signer in name for signer in signers for name in found)


def test_a_list_whose_rows_are_the_cases_is_still_read_row_by_row() -> None:
    text = (
        "Two activists were sentenced this week.\n\n"
        "1. Marat Ospanov, blogger, Taraz: on 2 October 2026 Taraz City Court sentenced him "
        "under Article 174, Part 1 to 2 years of restricted freedom.\n"
        "2. Dana Kuanysheva, journalist, Shymkent: on 3 October 2026 Al-Farabi District Court "
        "sentenced her under Article 274, Part 2 to 1 year of restricted freedom.\n"
    )
    assert sorted(_names(text)) == ["Dana Kuanysheva", "Marat Ospanov"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a title before the name is no part of it
        (
            "Dr Aigerim Bekova, a sociologist, was sentenced by Almaty City Court on 4 May 2026 "
            "under Article 274, Part 1 to 2 years of restricted freedom.",
            "Aigerim Bekova",
        ),
        (
            "Prof. Sabit Nurov was detained in Astana on 12 June 2026 and charged under "
            "Article 405, Part 2.",
            "Sabit Nurov",
        ),
    ],
)
def test_an_academic_title_is_no_given_name(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a digest's last item: others arrested for days under the administrative code, after
        # a verdict of years in prison
        "DIGEST\n\nAtyrau. On 24 November 2026 the regional court upheld the verdict on union "
        "leader Murat Tolegenov: Atyrau City Court had sentenced him on 9 September 2026 to "
        "3 years in prison.\n\nAktobe. Five activists who picketed against tariffs were "
        "arrested for 10 days under the Code of Administrative Offences.",
        "ДАЙДЖЕСТ\n\nАтырау. 24 ноября 2026 года областной суд оставил без изменения приговор "
        "профсоюзному лидеру Мурату Толегенову: 9 сентября 2026 года Атырауский городской суд "
        "приговорил его к 3 годам лишения свободы.\n\nАктобе. Пятеро активистов, вышедших на "
        "пикет, арестованы в административном порядке на 10 суток.",
        "ДАЙДЖЕСТ\n\nАтырау. 2026 жылғы 24 қарашада облыстық сот кәсіподақ жетекшісі Мұрат "
        "Төлегеновке қатысты үкімді өзгеріссіз қалдырды: Атырау қалалық соты 2026 жылғы 9 "
        "қыркүйекте Төлегеновті 3 жыл бас бостандығынан айырған.\n\nАқтөбе. Пикетке шыққан бес "
        "белсенді әкімшілік тәртіппен 10 тәулікке қамалды.",
    ],
)
def test_years_in_prison_are_no_administrative_arrest(text: str) -> None:
    found = _names(text)
    assert len(found) == 1 and found[0].split()[-1].startswith(
        ("Tolegenov", "Толегенов", "Төлегенов")
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # accepted: an item with a day and no year, the year written in another item only
        (
            "WEEKLY DIGEST, 23-29 November\n\nSemey. On 2 September 2026 blogger Yerbol "
            "Abdigaliev was sentenced under Article 274, Part 2 to 2 years in prison.\n\n"
            "Shymkent. On 25 November blogger Aizhan Nurlankyzy was detained and charged under "
            "Article 274, Part 2 of the Criminal Code.",
            "2026-11-25",
        ),
        (
            "АПТА ДАЙДЖЕСТІ\n\nСемей. 2026 жылғы 2 қыркүйекте блогер Ербол Әбдіғалиев ҚК 274-бабы "
            "2-бөлігі бойынша 2 жылға бас бостандығынан айырылды.\n\nШымкент. 25 қарашада блогер "
            "Айжан Нұрланқызы ұсталды. Оған ҚК-нің 274-бабының 2-бөлігі бойынша күдік келтірілді.",
            "2026-11-25",
        ),
    ],
)
def test_a_day_without_a_year_takes_the_year_the_text_writes_elsewhere(text: str, day: str) -> None:
    cases = extract_cases(text)  # (read with no day known: the text's own year decides)
    detained = [e["date"] for c in cases for e in c["events"] if e["kind"] == "detention"]
    assert day in detained


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # accepted: a monitor's cards, each a name line above barred rows of fields
        (
            "RIGHTS MONITOR UPDATE\n\nSEITOV Arman (Сейітов Арман)\nAge: 31 | Town: Taraz | "
            "Occupation: blogger\nArticle: 274, Part 2\nDetails: Detained on 18.11.2026.\n\n"
            "KASSYMOVA Dana\nAge: 47 | Town: Semey | Occupation: teacher\nArticle: 378, Part 2\n"
            "Details: Charged on 02.09.2026; her trial opened on 23.11.2026.\n",
            {"SEITOV Arman": "2026-11-18", "KASSYMOVA Dana": "2026-11-23"},
        ),
        (
            "ОБНОВЛЕНИЕ СПИСКА\n\nСЕЙТОВ Арман\nВозраст: 31 | Город: Тараз | Род занятий: блогер\n"
            "Статья: 274 ч. 2 УК РК\nПодробности: задержан 18.11.2026.\n\n"
            "КАСЫМОВА Дана\nВозраст: 47 | Город: Семей | Род занятий: учитель\n"
            "Статья: 378 ч. 2 УК РК\nПодробности: обвинение предъявлено 02.09.2026, судебный "
            "процесс начался 23.11.2026.\n",
            {"Арман Сейтов": "2026-11-18", "Дана Касымова": "2026-11-23"},
        ),
        (
            "ТІЗІМ ЖАҢАРТУЫ\n\nСЕЙІТОВ Арман\nЖасы: 31 | Қаласы: Тараз | Кәсібі: блогер\n"
            "Бабы: ҚК 274-бабының 2-бөлігі\nТолығырақ: 18.11.2026 ұсталды.\n\n"
            "ҚАСЫМОВА Дана\nЖасы: 47 | Қаласы: Семей | Кәсібі: мұғалім\n"
            "Бабы: ҚК 378-бабының 2-бөлігі\nТолығырақ: 02.09.2026 айып тағылды, 23.11.2026 сот "
            "процесі басталды.\n",
            {"Арман Сейітов": "2026-11-18", "Дана Қасымова": "2026-11-23"},
        ),
    ],
)
def test_a_cards_name_line_opens_its_own_card(text: str, wanted: dict[str, str]) -> None:
    cases = {c["person"]["name"]: {e["date"] for e in c["events"]} for c in extract_cases(text)}
    assert set(cases) == set(wanted)
    for name, day in wanted.items():
        assert day in cases[name]


def test_a_tables_rows_under_its_header_are_still_its_rows() -> None:
    # refused: a table's header line is no card's name, its rows stay items of their own
    text = (
        "| Name | Town | Verdict |\n| --- | --- | --- |\n"
        "| Marat Ospanov | Taraz | 03.10.2026, 2 years of restricted freedom, Art. 174 |\n"
        "| Dana Kuanysheva | Shymkent | 04.10.2026, 1 year of restricted freedom, Art. 274 |\n"
    )
    assert sorted(c["person"]["name"] for c in extract_cases(text)) == [
        "Dana Kuanysheva",
        "Marat Ospanov",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Дана Касымова, учитель из Семея. Суд над ней начался 23 ноября 2026 года, статья 378 "
        "ч. 2 УК РК.",
        "Дана Касымова, учитель из Семея. 23 ноября 2026 года суд начался, статья 378 ч. 2 УК РК.",
        "Дана Қасымова, Семейдің мұғалімі. 2026 жылғы 23 қарашада сот басталды, ҚК 378-бабы "
        "2-бөлігі.",
    ],
)
def test_the_trial_began_with_the_verb_after_the_noun(text: str) -> None:
    [case] = extract_cases(text)
    assert case["stage"] == "on_trial"
    assert [(e["kind"], e["date"]) for e in case["events"]] == [("trial", "2026-11-23")]


@pytest.mark.parametrize(
    ("text", "case"),
    [
        # refused: the judge who chaired the appeal panel is no case; accepted: the poet
        (
            "On 19 November 2026 the regional court replaced the prison sentence of poet Yerzhan "
            "Kuanyshev with restricted freedom. A panel of three judges chaired by Serik "
            "Bazarbayev kept the conviction under Article 174, Part 1.",
            "Yerzhan Kuanyshev",
        ),
        (
            "Поэт Ержан Куанышев 4 сентября 2026 года осужден по ч. 1 ст. 174 УК РК. 19 ноября "
            "2026 года коллегия под председательством судьи Серика Базарбаева заменила ему "
            "лишение свободы ограничением свободы.",
            "Ержан Куанышев",
        ),
    ],
)
def test_who_chairs_a_panel_is_its_judge_not_a_case(text: str, case: str) -> None:
    assert _names(text) == [case]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # accepted: the short surnames of Kazakhstan's Koreans, after a given name
        (
            "Виктория Ли приговором Бостандыкского районного суда от 15 мая 2026 года признана "
            "виновной по части 2 статьи 274 УК РК и приговорена к 2 годам ограничения свободы.",
            "Виктория Ли",
        ),
        (
            "15 мая 2026 года полиция задержала Виктора Цоя по части 2 статьи 274 УК РК.",
            "Виктор Цой",
        ),
        (
            "В Актобе начался суд над профсоюзными активистами Бауыржаном Сарсенбаевым и Еленой "
            "Пак: 25 ноября 2026 года процесс по ч. 1 ст. 402 УК РК начался в городском суде.",
            "Елена Пак",
        ),
    ],
)
def test_a_short_korean_surname_after_a_given_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("words", "surname"),
    [
        (["Виктория", "Ли"], True),
        (["Виктора", "Кима"], True),
        (["Elena", "Pak"], True),
        (["Судья", "Ким"], False),  # refused: a role word is no given name
        (["Иван", "Сон"], True),
        (["Всем", "Нам"], False),  # refused: a pronoun is no given name
        (["Виктория", "Лиса"], False),  # refused: no such surname
    ],
)
def test_known_short_surnames(words: list[str], surname: bool) -> None:
    from bot.extract.short_surnames import known_short_surname

    assert known_short_surname(words) is surname


def test_a_latin_spelling_in_a_russian_text_is_an_alias_not_the_name() -> None:
    [case] = extract_cases(
        "Данные в отношении журналиста Даурена Асановича Мукашева (в латинском написании – "
        "Dauren MUKASHEV) удалены. 19 января 2026 года ему заочно предъявили обвинение по части "
        "2 статьи 274 УК РК."
    )
    assert case["person"]["name"] == "Даурен Асанович Мукашев"
    assert case["person"]["aliases"] == ["Dauren MUKASHEV"]


@pytest.mark.parametrize(
    ("text", "cases"),
    [
        # accepted: an appeal story on two co-defendants told in one paragraph run
        (
            "AKTAU -- The regional court on 26 November 2026 reduced the prison sentence of oil "
            "worker Nurlan Seitov, but left unchanged the sentence of his co-defendant, welder "
            "Aidos Kenzhebekov.\n\nSeitov, 44, and Kenzhebekov, 37, were sentenced on 18 "
            "September 2026 by the Zhanaozen City Court under Article 174, Part 1. Judge Sholpan "
            "Kadyrova gave Seitov five years and Kenzhebekov three years in prison.\n\n"
            '"My client did nothing," defence lawyer Gulnar Ospanova said.',
            {"Nurlan Seitov", "Aidos Kenzhebekov"},
        ),
    ],
)
def test_a_co_defendant_told_in_the_same_story_is_a_case(text: str, cases: set[str]) -> None:
    # refused: the judge and the lawyer
    assert set(_names(text)) == cases


@pytest.mark.parametrize(
    "text",
    [
        # refused: a friend questioned as a witness, in the next sentence
        "Activist Serik Abdrakhmanov was detained on 12 November 2026 and charged under Article "
        "174, Part 1.\n\nHis friend Kanat Zhaksylykov was also called to the police on 12 "
        "November. He was questioned as a witness and sent home the same day.",
        "Активист Серик Абдрахманов задержан 12 ноября 2026 года, ему предъявлено обвинение по "
        "ч. 1 ст. 174 УК РК.\n\nЕго друг Канат Жаксылыков 12 ноября 2026 года был допрошен в "
        "качестве свидетеля и отпущен домой.",
        "Белсенді Серік Абдрахманов 2026 жылғы 12 қарашада ұсталды, оған ҚК 174-бабының "
        "1-бөлігі бойынша айып тағылды.\n\nОның досы Қанат Жақсылықов 2026 жылғы 12 қарашада "
        "куә ретінде жауап берді.",
    ],
)
def test_someone_questioned_as_a_witness_is_no_case(text: str) -> None:
    [name] = _names(text)
    assert name in ("Serik Abdrakhmanov", "Серик Абдрахманов", "Серік Абдрахманов")
