"""Russian wording of real published reports, as table tests (h15p).

The phrases below were collected from real Russian-language reports about prosecutions in
Kazakhstan (Радио Азаттык, Vlast.kz, КМБПЧ open letters, court press releases and verdicts,
regional news sites), then rewritten with invented names, towns' cases and facts. Each row is one
class of wording: what the extractor must read from it (accepted) or must not (refused).
tests/data/reports-dev9-ru holds 16 whole texts in the same styles (README there).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from bench.extract import accuracy, labelled_texts, score_text
from bot.extract import (
    act_chronology,
    act_cues,
    act_patterns,
    act_spans,
    act_words,
    court_papers,
    extract_cases,
    lexicon,
    names,
    nominative,
    officials,
)
from bot.extract.charges import _charges
from bot.extract.values import find_terms

DEV9_RU = Path(__file__).parent / "data" / "reports-dev9-ru"


def test_dev9_ru_does_not_fall_below_its_score_after_the_fixes() -> None:
    """reports-dev9-ru scored 0.517 on its first run (FIRST_RUN.txt); the h15p rules below
    brought it to 0.981 (README): later changes must not lose ground."""
    totals = [0, 0, 0]
    for _name, text, expected in labelled_texts(DEV9_RU):
        for counts in score_text(expected, extract_cases(text)).values():
            totals = [t + c for t, c in zip(totals, counts, strict=True)]
    assert accuracy(totals) >= 0.98


# --- a term, and an age that is none ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("к одному году и шести месяцам ограничения свободы", 18),
        ("назначено полтора года ограничения свободы", 18),
        ("к трём с половиной годам лишения свободы", 42),
        ("сроком на 3 (три) года", 36),
        ("на пять лет запрещено заниматься общественной деятельностью", 60),
    ],
)
def test_terms_are_read(text: str, months: int) -> None:
    assert [t.value for t in find_terms(text)] == [months]


@pytest.mark.parametrize(
    "text",
    [
        "приговорил 52-летнего жителя Уральска",
        "Жандос Оспанов, 24-летний студент, — три года",
        "признал 44-летнего электромонтёра виновным",
    ],
)
def test_an_age_is_no_term(text: str) -> None:
    assert [t.value for t in find_terms(text) if t.value >= 12 * 20] == []


# --- events ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("5 февраля полиция предъявила обвинение учителю", "charge", True),
        ("ему предъявлено обвинение по статье 378", "charge", True),
        ("следователи предъявили ему обвинение", "charge", True),
        ("обвинение ему пока не предъявляли", "charge", False),
        ("Белоусов взят под стражу в зале суда", "detention", True),
        ("Сарсенбаева не задержана", "detention", False),
    ],
)
def test_event_cues(text: str, kind: str, found: bool) -> None:
    assert bool(lexicon.EVENTS[kind]["ru"].search(text)) is found


def test_a_formal_charge_with_a_travel_ban_is_a_case_at_the_charge_stage() -> None:
    text = (
        "Туркестан. 5 февраля 2026 года полиция предъявила обвинение 33-летнему учителю "
        "физкультуры Нуржану Ералиеву по части 1 статьи 378 УК. В тот же день ему избрали меру "
        "пресечения в виде подписки о невыезде."
    )
    [case] = extract_cases(text)
    assert case["stage"] == "charged"
    assert case["person"]["name"] == "Нуржан Ералиев"
    assert ("charge", "2026-02-05") in [(e["kind"], e["date"]) for e in case["events"]]


def test_held_since_with_so() -> None:
    text = (
        "7 ноября 2025 года Медеуский районный суд Алматы приговорил журналиста Данияра "
        "Сеитова к семи годам лишения свободы по ч. 3 ст. 274 УК РК. Сеитов содержится под "
        "стражей со 2 июня 2025 года."
    )
    [case] = extract_cases(text)
    assert {"kind": "detention", "date": "2025-06-02", "measure": "custody"}.items() <= next(
        e for e in case["events"] if e["date"] == "2025-06-02"
    ).items()


# --- names in court papers --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a press release or a verdict: surname first, any ending, patronymic in any case
        (
            "в отношении Кравченко Олега Викторовича, 1981 года рождения",
            "Олег Викторович Кравченко",
        ),
        ("уголовное дело в отношении Петренко Ирины Николаевны", "Ирина Николаевна Петренко"),
    ],
)
def test_surname_first_with_a_patronymic(text: str, name: str) -> None:
    [mention] = names.find_title_mentions(text)
    gender = "femn" if name.split()[1].endswith("на") else "masc"
    assert nominative.ru_nominative(mention, gender) == name


@pytest.mark.parametrize(
    "text",
    [
        "Пресс-служба Костанайского областного суда",  # no patronymic: no name
        "Судом установлено следующее",
    ],
)
def test_no_surname_first_name_without_a_patronymic(text: str) -> None:
    assert names.find_title_mentions(text) == []


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Викторовича", "Викторович"),
        ("Викторовичу", "Викторович"),
        ("Ерлановны", "Ерлановна"),
        ("Ерлановной", "Ерлановна"),
        ("Ерланулы", "Ерланулы"),
        ("Виктор", "Виктор"),
    ],
)
def test_patronymic_nominative(word: str, expected: str) -> None:
    assert nominative.ru_patronymic_nominative(word) == expected


@pytest.mark.parametrize(
    ("after_role", "words"),
    [
        (" Сапаровой А. Б., при секретаре", ["Сапаровой", "А.", "Б."]),
        (" Жумадилова Е. К., защитника", ["Жумадилова", "Е.", "К."]),
        (" Шымкентского городского суда", None),
        (" Нуркенов", None),
        (" Ким Е. В., при секретаре", ["Ким", "Е.", "В."]),  # two initials: a short surname
        (" Сапаровой А.Б., при секретаре", ["Сапаровой", "А.Б."]),  # the initials as written
    ],
)
def test_surname_then_initials(after_role: str, words: list[str] | None) -> None:
    found = court_papers.surname_initials_name(after_role, 0)
    assert (found.words if found else None) == words


@pytest.mark.parametrize(
    ("text", "judge", "prosecutor"),
    [
        (
            "3 октября 2025 года Таразский городской суд в составе председательствующего судьи "
            "Сапаровой А. Б., с участием государственного обвинителя Жумадилова Е. К., признал "
            "Нурлана Ахметова виновным по ч. 1 ст. 274 УК РК и назначил ему штраф.",
            "А. Б. Сапарова",
            "Е. К. Жумадилов",
        ),
        (
            "19 мая 2025 года Рудненский городской суд приговорил Олжаса Кенжебаева к трём годам "
            "лишения свободы. Государственное обвинение поддерживал прокурор Костанайской "
            "областной прокуратуры Т. С. Абенов.",
            None,
            "Т. С. Абенов",
        ),
        (
            "7 ноября 2025 года Медеуский районный суд Алматы под председательством судьи Сауле "
            "Исмагуловой приговорил Данияра Сеитова к семи годам лишения свободы.",
            "Сауле Исмагулова",
            None,
        ),
        # a town's or a district's prosecutor: the office between the role and the name
        (
            "16 апреля 2025 года Семейский городской суд приговорил Андрея Лисицына к двум годам "
            "ограничения свободы. Государственный обвинитель — прокурор г. Семей Т. Б. Оспанов "
            "— просил три года.",
            None,
            "Т. Б. Оспанов",
        ),
        (
            "17 ноября 2026 года Жезказганский городской суд приговорил Ильяса Абенова к штрафу. "
            "Государственное обвинение поддерживал прокурор города Жезказгана Сейтказиев Д. А.",
            None,
            "Д. А. Сейтказиев",
        ),
        (
            "5 мая 2025 года Зерендинский районный суд приговорил Арсена Калиева к году "
            "ограничения свободы. Государственное обвинение поддерживал прокурор района Алмаз "
            "Нургожин.",
            None,
            "Алмаз Нургожин",
        ),
        # a short surname before two initials; a patronymic tells a name of any ending
        (
            "3 октября 2025 года Усть-Каменогорский городской суд в составе председательствующего "
            "судьи Ким Е. В. признал Дениса Гребенникова виновным по ч. 1 ст. 174 УК РК и "
            "назначил ему два года ограничения свободы.",
            "Е. В. Ким",
            None,
        ),
        (
            "16.06.2025 в Ауэзовском районном суде г. Алматы начался процесс над Жанной "
            "Тлеубердиной. Судья — Виктор Андреевич Ли, гособвинитель — Айдана Сарсенова.",
            "Виктор Андреевич Ли",
            "Айдана Сарсенова",
        ),
        # initials as written, without a space between them
        (
            "28 ноября 2025 года Талдыкорганский городской суд под председательством судьи "
            "Н.С. Жумагалиевой приговорил Нурлана Касымова к штрафу. Государственное обвинение "
            "поддерживал прокурор Талдыкорганской городской прокуратуры Д.Е. Сыздыков.",
            "Н.С. Жумагалиева",
            "Д.Е. Сыздыков",
        ),
        # an assistant's name takes the case of «помощник», not of «прокурора»; a surname
        # first before a given name and a patronymic
        (
            "12 марта 2025 года Алматинский районный суд Астаны приговорил Дану ЖУМАБАЕВУ к "
            "двум годам ограничения свободы. Обвинение поддерживала помощник прокурора района "
            "Динара Утепова. Судья — Серикбаева Айгуль Кайратовна.",
            "Айгуль Кайратовна Серикбаева",
            "Динара Утепова",
        ),
        # an appeal ruling: the verdict's judge and prosecutor, not the appeal board's
        (
            "Судебная коллегия по уголовным делам Кызылординского областного суда в составе "
            "председательствующего Жумабекова К. С., с участием прокурора Абилова Р. Е., 5 марта "
            "2025 года оставила без изменения приговор в отношении Акмарал Сейдахметовой.\n"
            "Сейдахметова осуждена 10 января 2025 года по ч. 1 ст. 174 УК РК к 2 годам лишения "
            "свободы (судья первой инстанции — Тулеубаева С. А., государственный обвинитель — "
            "Есжанов М. К.).",
            "С. А. Тулеубаева",
            "М. К. Есжанов",
        ),
        # a court paper's compact initials after the surname keep their order, in the
        # nominative (its signature line «Жакупов Р.М.») (h18d)
        (
            "16 ноября 2026 года Петропавловский городской суд в составе председательствующего "
            "судьи Жакупова Р.М., с участием государственного обвинителя Сарсенбаева Е.Т., "
            "признал Дмитрия Мельникова виновным по ч. 1 ст. 174 УК РК и назначил ему штраф.",
            "Жакупов Р.М.",
            "Сарсенбаев Е.Т.",
        ),
    ],
)
def test_roles_in_court_papers(text: str, judge: str | None, prosecutor: str | None) -> None:
    [case] = extract_cases(text)
    assert (case["judge"], case["prosecutor"]) == (judge, prosecutor)


@pytest.mark.parametrize(
    ("text", "prosecutor"),
    [
        # the prosecutor at an investigating judge's hearing on an arrest, listed on a line of
        # its own after the judge's, is no prosecutor of a trial
        (
            "Следственный судья Костанайского городского суда Ибраева Г.К., при секретаре "
            "Абенове Т.,\nс участием прокурора Жумабаева С.Р.,\nрассмотрев ходатайство "
            "следователя, 3 марта 2026 года санкционировала арест Ивана ПЕТРОВА на два месяца.",
            None,
        ),
        # (refused: the trial's prosecutor stays)
        (
            "3 марта 2026 года Костанайский городской суд приговорил Ивана ПЕТРОВА к двум годам "
            "ограничения свободы. Прокурор Жумабаев С.Р. просил три года.",
            "Жумабаев С.Р.",
        ),
    ],
)
def test_no_prosecutor_from_an_investigating_judges_hearing(
    text: str, prosecutor: str | None
) -> None:
    [case] = extract_cases(text)
    assert case["prosecutor"] == prosecutor


# --- acts --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("description", "formula"),
    [
        ("совершении уголовного правонарушения, предусмотренного", True),
        ("в совершении преступления, предусмотренного пунктом 1 части 2", True),
        ("совершении репоста видео движения", False),
    ],
)
def test_the_legal_formula_is_no_act(description: str, formula: bool) -> None:
    assert (court_papers.without_framing(description) == "") is formula


@pytest.mark.parametrize(
    ("description", "offence"),
    [
        ("участие в деятельности запрещённой организации", True),
        ("участии в деятельности экстремистского движения", True),
        ("распространение заведомо ложной информации", True),
        ("участие в онлайн-конференции в Zoom с лидером движения", False),
        ("пост в Facebook о выбросах комбината", False),
    ],
)
def test_an_offence_name_said_as_an_act(description: str, offence: bool) -> None:
    assert court_papers.is_offence_name(description) is offence


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # a verdict's «УСТАНОВИЛ:» heading, a period and a manner clause before the act
        (
            "ПРИГОВОР\n\n3 октября 2025 года Таразский городской суд приговорил Нурлана "
            "Ахметова к штрафу по ч. 1 ст. 274 УК РК.\n\nУСТАНОВИЛ:\n5 июня 2025 года Ахметов "
            "разместил в Instagram видеоролик о закрытии больницы.",
            [("2025-06-05", "разместил в Instagram видеоролик о закрытии больницы")],
        ),
        (
            "19 мая 2025 года суд приговорил Олжаса Кенжебаева к трём годам лишения свободы. "
            "Судом установлено, что в период с января по март 2024 года Кенжебаев, используя "
            "сети телекоммуникаций, разместил в Telegram публикации о розни.",
            [(None, "разместил в Telegram публикации о розни")],
        ),
        # «подозревают в ... (статья) за X»
        (
            "19 апреля 2025 года в Атырау задержан блогер Нурлан Есенов. Блогера подозревают в "
            "возбуждении социальной розни (часть 2 статьи 174 УК) за видеоролик о переселении "
            "жителей посёлка.",
            [(None, "видеоролик о переселении жителей посёлка")],
        ),
        # «обвиняют по ч. 1 ст. 174 УК РК за X»: the abbreviations' dots
        (
            "16 января 2026 года начался процесс над программистом Тимуром Жаксыбековым. "
            "Тимура обвиняют по ч. 1 ст. 174 УК РК за комментарии в Telegram-чате о квартирах.",
            [(None, "комментарии в Telegram-чате о квартирах")],
        ),
        # «судили за участие DATE в X»
        (
            "25 июня 2025 года Экибастузский городской суд приговорил Даурена Калиева к "
            "ограничению свободы. Калиева судили за участие 11 ноября 2024 года в "
            "онлайн-конференции в Zoom.",
            [("2024-11-11", "участие в онлайн-конференции в Zoom")],
        ),
        # «Всё, что он сделал, — X» beats the offence's name
        (
            "5 марта 2025 года задержан Бауыржан Кудайбергенов. Его обвиняют по части 2 статьи "
            "405 УК РК — якобы за участие в деятельности запрещённой организации. Всё, что он "
            "сделал, — дважды переслал видео в группе WhatsApp.",
            [(None, "дважды переслал видео в группе WhatsApp")],
        ),
        # the court's next verb is no second act; two adjectives joined are one thing
        (
            "16 декабря 2024 года Темиртауский городской суд признал Андрея Белова виновным "
            "(ч. 3 ст. 274 УК РК) за пост в Facebook о выбросах комбината и назначил ему два "
            "года ограничения свободы.",
            [(None, "пост в Facebook о выбросах комбината")],
        ),
    ],
)
def test_acts(text: str, acts: list[tuple[str | None, str]]) -> None:
    [case] = extract_cases(text)
    assert [(a["date"], a["description"]) for a in case["acts"]] == acts


# --- people ------------------------------------------------------------------------------------


def test_co_defendants_each_with_a_punishment_in_a_shared_sentence() -> None:
    text = (
        "28 ноября 2025 года суд № 2 города Семей огласил приговор. Председательствующая судья "
        "Алия Тулегенова признала всех троих виновными.\n\nДамир Ахметов, 29-летний сварщик, "
        "приговорён к пяти годам лишения свободы. Руслан Ковалёв, преподаватель колледжа, "
        "получил четыре года ограничения свободы, Жандос Оспанов, 24-летний студент, — три года "
        "ограничения свободы."
    )
    got = {
        c["person"]["name"]: [
            (p["kind"], p["term_months"]) for e in c["events"] for p in e["sentence"]
        ]
        for c in extract_cases(text)
    }
    assert got == {
        "Дамир Ахметов": [("imprisonment", 60)],
        "Руслан Ковалёв": [("restriction_of_liberty", 48)],
        "Жандос Оспанов": [("restriction_of_liberty", 36)],
    }


# --- where the person lives (h16c) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # where the person lives, not where born
        (
            "Иванова Андрея, 1979 года рождения, уроженца села Знаменка, проживающего в городе "
            "Семей, предпринимателя",
            "Семей",
        ),
        ("Петрова, уроженца г. Риддер, проживающего в г. Усть-Каменогорске", "Усть-Каменогорск"),
        ("Сейтова Асель, 1983 года рождения, жительница пос. Шиели Шиелийского района", "Шиели"),
        (
            "Иванова И. И., проживающего по адресу: г. Караганда, ул. Ленина, 5. Суд Астаны",
            "Караганда",
        ),
        # «из села X»: the village's own name
        ("приговор нефтянику из села Шетпе Жандосу Кайратулы отменён", "Шетпе"),
    ],
)
def test_where_the_person_lives(text: str, city: str) -> None:
    from bot.extract.person import _place

    assert _place(text, [], "ru")[0] == city


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        # the kind before the trade, in the nominative of the trade's gender
        (
            "в отношении Лисицына, индивидуального предпринимателя.",
            "индивидуальный предприниматель",
        ),
        (
            "Ольга Демченко, бывший бухгалтер районной больницы.",
            "бывший бухгалтер районной больницы",
        ),
        (
            "Бибигуль Оспановой, бывшей учительнице истории.",
            "бывшая учительница истории",
        ),
        # the workplace after it: genitive (with what names it), a company, «в»/«на»
        (
            "24-летнего Е. Жумабаева, грузчика товарно-сырьевой базы.",
            "грузчик товарно-сырьевой базы",
        ),
        (
            "Белоусова, инженера-горняка шахты имени Костенко, которого",
            "инженер-горняк шахты имени Костенко",
        ),
        (
            "Гребенникова, инженера-энергетика ТОО «ВостокТеплоСервис», ранее",
            "инженер-энергетик ТОО «ВостокТеплоСервис»",
        ),
        ("Сулейменова, студента магистратуры ВКТУ, ранее не судимого", "студент магистратуры ВКТУ"),
        ("работающего сторожем в ТОО «Кенгир-Сервис», ранее", "сторож в ТОО «Кенгир-Сервис»"),
        ("46-летняя Утегенова, работающая продавцом на рынке, 14 мая", "продавец на рынке"),
        ("приговорил 58-летнего нефтяника на пенсии Бауыржана Ескендирова", "нефтяник на пенсии"),
        (
            "жительница пос. Шиели, медицинская сестра районной больницы,",
            "медицинская сестра районной больницы",
        ),
        ("Гусевой, редактору сайта «Көкше таңы». За публикацию", "редактор сайта «Көкше таңы»"),
        (
            "оштрафовал Дану Жанай, журналистку издания Orda.kz, по ч. 3",
            "журналистка издания Orda.kz",
        ),
        # the field after «по», to the clause's end
        ("Петрова, инженера по охране труда, к штрафу", "инженер по охране труда"),
        # the field ends where the place of work («на», «в») begins
        (
            "Петров, инженер по технике безопасности на руднике «Восход», осуждён",
            "инженер по технике безопасности",
        ),
        ("Петров, оператор по добыче газа в Аксае, осуждён", "оператор по добыче газа"),
        (
            "Ким, работавшая бухгалтером по расчётам с поставщиками.",
            "бухгалтер по расчётам с поставщиками",
        ),
        # refused: «по» that says how or whence, not the field
        ("Иван Петров, журналист по образованию, осуждён", "журналист"),
        ("осуждён активист по ч. 2 ст. 174 УК", "активист"),
        ("осуждён активист по делу в Жанаозене", "активист"),
        ("Петров, работавший учителем по словам соседей, осуждён", "учитель"),
        # refused: a noun after the trade that is not a workplace, a line's next word
        ("учительница начальных классов из Талгара", "учительница начальных классов"),
        ("👤 Айым ҚАНАТҚЫЗЫ, 35 лет, продавщица\n📌 ст. 174", "продавщица"),
        ("задержали журналиста на митинге в Алматы", "журналист"),
    ],
)
def test_a_trade_with_its_kind_and_its_workplace(text: str, occupation: str) -> None:
    from bot.extract.occupation import _occupation

    assert _occupation(text, "ru") == occupation


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        # a town's resident after an age is where the person is from, not a trade
        (
            "признал 24-летнего алматинца Ерназара, студента магистратуры, виновным",
            "студент магистратуры",
        ),
        ("осудил 30-летнюю карагандинку, виновной", None),
        # ... but a trade that ends so is a trade
        ("осудил 44-летнего продавца, виновным", "продавец"),
        # a master of a named craft
        ("Айдос Жанибеков, мастер по ремонту холодильников.", "мастер по ремонту холодильников"),
        ("задержан мастера по ремонту обуви Айдоса", "мастер по ремонту обуви"),
        # refused: «мастер» alone or of sport is no such trade
        ("мастер спорта Айдос Жанибеков", None),
        # self-employed, in the person's gender
        ("суд приговорил самозанятого Даурена Абенова", "самозанятый"),
        ("суд приговорил самозанятую Айгуль Абенову", "самозанятая"),
        # a relative's trade in apposition to who they are to the person is theirs
        ("Даурен Абенов осуждён. Его жена, медсестра, заявила, что обжалует.", None),
        ("Дәурен Әбенов сотталды. Оның әйелі, мұғалім, шағымданатынын айтты.", None),
        ("Даурен Абенов осуждён. Его жена работает медсестрой.", None),
        ("Dauren Abenov was sentenced. His wife, a nurse, said he would appeal.", None),
        # refused: the person's own apposition
        ("Dauren Abenov, a nurse, was sentenced.", "nurse"),
        ("Dauren Abenov, self-employed, was sentenced.", "self-employed"),
    ],
)
def test_who_the_person_is_after_an_age_or_a_craft(text: str, occupation: str | None) -> None:
    from bot.extract.occupation import _occupation

    language = "en" if text.isascii() else ("kk" if re.search("[әғқңөұүһі]", text) else "ru")
    assert _occupation(text, language, [(0, 13)]) == occupation


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        # a trade in the words of a post quoted is no one's of the case
        (
            "признал ТОКАРЕВУ Светлану, пенсионерку, виновной за пост о том, что пастбища «тайно "
            "продали приезжему бизнесмену».",
            "пенсионерка",
        ),
        (
            'Alma Nurova, a nurse, wrote that the land was "sold to a businessman from Almaty".',
            "nurse",
        ),
        # refused: a speaker telling of themselves, a name in quotes, straight marks of two quotes
        ("ТОКАРЕВА Светлана заявила: «Я пенсионерка, а не преступница».", "пенсионерка"),
        ("Светлана ТОКАРЕВА работала продавцом в ТОО «Береке»", "продавец в ТОО «Береке»"),
        ('He shouted: "Free them! Blogger Alma Nurova said "yes".', "blogger"),
    ],
)
def test_a_trade_in_quoted_words(text: str, occupation: str) -> None:
    from bot.extract.occupation import _occupation

    language = "en" if text.isascii() else "ru"
    assert _occupation(text, language) == occupation


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        # an acronym after the trade names its place, not another person
        (
            "14 февраля 2025 года осуждён СУЛЕЙМЕНОВ Нурбол, 1997 года рождения, проживающий в "
            "г. Усть-Каменогорске, студент магистратуры ВКТУ, по ч. 1 ст. 174 УК РК.",
            "студент магистратуры ВКТУ",
        ),
        # refused: a surname in capitals after the trade is another person's
        (
            "14 февраля 2025 года задержан СУЛЕЙМЕНОВ Нурбол по ч. 1 ст. 174 УК РК. Его "
            "адвокат Ержан КИМ обжалует арест, как и юрист Асель ОМАРОВА.",
            None,
        ),
    ],
)
def test_an_acronym_after_a_trade(text: str, occupation: str | None) -> None:
    assert extract_cases(text)[0]["person"]["occupation"] == occupation


@pytest.mark.parametrize(
    ("text", "name", "aliases"),
    [
        # a village before the name is no name; the same surname in Kazakh letters is one person
        (
            "20 ноября коллегия отменила приговор нефтянику из села Шетпе Жандосу Кайратулы "
            "(Жандос Қайратұлы, в латинице — Zhandos Kairatuly). 15 сентября 2026 года суд "
            "признал его виновным по ч. 3 ст. 272 УК РК.",
            "Жандос Кайратулы",
            ["Жандос Қайратұлы", "Zhandos Kairatuly"],
        ),
        (
            "Нурсултан Абенов (в Instagram — @nursultan.abenov, пишет себя латиницей как "
            "Nursultan Abenov) задержан 3 марта 2025 года по ст. 274 УК РК.",
            "Нурсултан Абенов",
            ["Nursultan Abenov"],
        ),
    ],
)
def test_other_spellings_in_a_bracket(text: str, name: str, aliases: list[str]) -> None:
    [case] = extract_cases(text)
    assert (case["person"]["name"], case["person"]["aliases"]) == (name, aliases)


def test_a_trade_after_the_persons_own_name_in_capitals() -> None:
    from bot.extract.occupation import _occupation

    text = (
        "БЕКМУРАТОВА АЙДОСА ЕРЛАНУЛЫ, 12.04.1993 года рождения, холостого, работающего учителем "
        "истории в школе-гимназии № 7, ранее не судимого.\nПризнать Бекмуратова Айдоса Ерланулы "
        "виновным."
    )
    own = [(text.index("Бекмуратова"), text.index(" виновным"))]
    others = [(0, 11), (12, 18), (19, 27)]  # the capitals read as words of their own
    assert _occupation(text, "ru", own, others) == "учитель истории в школе-гимназии № 7"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Апелляция оставила в силе приговор балхашскому профсоюзному активисту. Судья "
            "Астанинского суда ...",
            "Балхаш",
        ),
        ("уральская журналистка Анна Петрова оштрафована", "Уральск"),
        ("жанаозенский нефтяник задержан", "Жанаозен"),
        # refused: the country's or a region's adjective, a kind of activist
        ("казахстанский журналист Иван Петров задержан", None),
        ("гражданская активистка Анна Петрова", None),
    ],
)
def test_a_towns_adjective_before_who_the_person_is(text: str, city: str | None) -> None:
    from bot.extract.person import _ru_town_of_person

    town = _ru_town_of_person(text)
    assert (town.name("ru") if town else None) == city


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Моего мужа Дениса Ковальчука, 35 лет, задержали", "Денис Ковальчук"),
        ("суд назначил Денису Ковальчуку штраф", "Денис Ковальчук"),
        # refused: a surname that does not decline, one in the nominative
        ("в отношении Тараса Шевченко", "Тарас Шевченко"),
        ("Денис Ковальчук задержан", "Денис Ковальчук"),
    ],
)
def test_a_mans_surname_ending_in_a_consonant_in_the_nominative(text: str, name: str) -> None:
    [mention] = names.find_title_mentions(text)
    assert nominative.ru_nominative(mention, "masc") == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "5 марта 2025 года суд Актобе приговорил Ерлана Бекова к 5 годам лишения свободы по "
            "ч. 2 ст. 174 УК РК.",
            "Ерлан Беков",
        ),
        # refused: a woman's accusative, a name said in the nominative, after her own verb
        (
            "5 марта 2025 года вину не признала Айгерим Бекова, осуждённая по ст. 174 УК РК к "
            "штрафу.",
            "Айгерим Бекова",
        ),
        (
            "5 марта 2025 года суд Актобе оштрафовал Айгерим Бекову по ч. 2 ст. 174 УК РК.",
            "Айгерим Бекова",
        ),
        (
            "Меня зовут Аружан Темирова, я учительница из Талгара. 3 марта 2025 года суд "
            "оштрафовал меня по ст. 174 УК РК.",
            "Аружан Темирова",
        ),
    ],
)
def test_the_object_of_a_transitive_verb_is_in_the_accusative(text: str, name: str) -> None:
    assert [c["person"]["name"] for c in extract_cases(text)] == [name]


def test_a_man_named_after_a_colon_in_the_genitive() -> None:
    text = "суд оштрафовал двух местных журналистов: Арсена ТОКТАРОВА и Марата БЕКОВА."
    [first, *_] = [m for m in names.find_mentions(text) if m.given]
    assert nominative.ru_gender_governed(text, [first]) == "masc"


def test_a_relative_who_speaks_opens_no_case() -> None:
    text = (
        "Жена осуждённого Асель Нурланова 6 марта 2025 года рассказала, что муж невиновен.\n\n"
        "5 марта 2025 года суд Актобе приговорил Ерлана Бекова к 5 годам лишения свободы по "
        "ч. 2 ст. 174 УК РК."
    )
    assert len(extract_cases(text)) == 1


def test_each_co_defendants_trade_next_to_their_surname_said_alone() -> None:
    text = (
        "Уральский городской суд 22 октября 2025 года признал гражданских активистов Марата "
        "Есенгалиева и Жанну Кабдуллину виновными.\n\n"
        "Суд приговорил 44-летнего Есенгалиева, по профессии сварщика, по ч. 1 ст. 405 УК РК к "
        "пяти годам лишения свободы.\n\n"
        "Кабдуллину, 39-летнюю бухгалтера, суд признал виновной по ч. 2 ст. 405 УК РК и назначил "
        "ей два года ограничения свободы."
    )
    trades = {c["person"]["name"]: c["person"]["occupation"] for c in extract_cases(text)}
    assert trades["Марат Есенгалиев"] == "гражданский активист, сварщик"
    # the plural said of both is hers in the feminine
    assert trades["Жанна Кабдуллина"] == "гражданская активистка, бухгалтер"


def test_numbered_items_naming_people_in_title_case_are_cases() -> None:
    text = (
        "Хроника: 8–14 сентября 2025 года\n\n"
        "1. Кокшетау. 9 сентября Кокшетауский городской суд приговорил Кайрата Мусабекова к 2 "
        "годам ограничения свободы по ч. 2 ст. 405 УК РК.\n\n"
        "2. Актобе. 11 сентября задержан журналист интернет-издания «Степь Таймс» Виктор "
        "Самойленко по ч. 2 ст. 274 УК РК.\n"
    )
    got = [
        (c["person"]["name"], c["stage"], c["person"]["occupation"]) for c in extract_cases(text)
    ]
    assert got == [
        ("Кайрат Мусабеков", "sentenced", None),
        ("Виктор Самойленко", "detained", "журналист интернет-издания «Степь Таймс»"),
    ]


def test_a_verdict_told_inside_an_appeal_sentence() -> None:
    text = (
        "12 сентября 2025 года апелляционная коллегия Северо-Казахстанского областного суда "
        "оставила без изменения приговор Марине Лукиной, осуждённой 24 июля 2025 года "
        "Петропавловским городским судом к штрафу в размере 500 МРП (1 966 000 тенге) по ч. 2 "
        "ст. 378 УК РК."
    )
    [case] = extract_cases(text)
    assert [(e["kind"], e["date"]) for e in case["events"]] == [
        ("verdict", "2025-07-24"),
        ("appeal_ruling", "2025-09-12"),
    ]


def test_a_trial_with_the_prosecutors_demand_and_an_expert_is_on_trial() -> None:
    """«завершились прения», «Процесс ведёт судья», a demanded term, an expert named, «Приговор
    огласят»: a case on trial of the poet, not a verdict, and not the expert's case."""
    text = (
        "Шымкент, 9 октября 2025 года. В Абайском районном суде Шымкента завершились прения по "
        "делу 31-летней поэтессы и учительницы казахского языка Айнур Сейткали. Гособвинитель "
        "Н. Б. Калдыбеков попросил назначить ей четыре года лишения свободы за стихотворение, "
        "опубликованное 14 февраля 2025 года в Instagram (ч. 2 ст. 174 УК РК).\n\nЭкспертизу по "
        "делу проводил психолог Ерлан Мамытов.\n\nПроцесс ведёт судья Руслан Абдуллаев. "
        "Приговор огласят 16 октября."
    )
    [case] = extract_cases(text)
    assert (case["stage"], case["person"]["name"]) == ("on_trial", "Айнур Сейткали")
    assert [e["kind"] for e in case["events"]] == ["trial"]
    assert (case["judge"], case["prosecutor"]) == ("Руслан Абдуллаев", "Н. Б. Калдыбеков")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Суд приговорил его к двум годам.", True),
        ("Приговор огласят 16 октября.", False),
        ("Приговор будет оглашён на следующей неделе.", False),
        ("Приговор вынесут в понедельник.", False),
    ],
)
def test_a_verdict_still_to_come_is_none(text: str, verdict: bool) -> None:
    assert bool(lexicon.EVENTS["verdict"]["ru"].search(text)) is verdict


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("и трёхлетний запрет на общественно-политическую деятельность", 36),
        ("к семилетнему сроку", 84),
    ],
)
def test_a_term_written_as_an_adjective(text: str, months: int) -> None:
    assert [t.value for t in find_terms(text)] == [months]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Я, Асель Бекова, жена Бауыржана Бекова, прошу помочь. 5 марта 2025 года мужа "
            "задержали, 7 марта суд санкционировал его арест на два месяца по ч. 2 ст. 405 УК "
            "РК.\n\nАсель Бекова, г. Павлодар",
            "Бауыржан Беков",
        ),
        (
            "Динара Оспанова, жена Марата Оспанова, рассказала, что 3 мая 2025 года мужа "
            "задержали по ч. 1 ст. 174 УК РК.",
            "Марат Оспанов",
        ),
    ],
)
def test_the_relative_who_writes_is_not_the_case(text: str, name: str) -> None:
    assert [c["person"]["name"] for c in extract_cases(text)] == [name]


def test_taken_into_custody_in_the_courtroom_after_an_appeal() -> None:
    text = (
        "4 марта 2025 года апелляционная коллегия Карагандинского областного суда ужесточила "
        "приговор жителю Темиртау Андрею Белову. Ограничение свободы сроком на два года "
        "заменено на один год и шесть месяцев лишения свободы. Белов взят под стражу в зале "
        "суда.\n\nРанее, 16 декабря 2024 года, Темиртауский городской суд признал его "
        "виновным по ч. 3 ст. 274 УК РК и назначил ему два года ограничения свободы."
    )
    [case] = extract_cases(text)
    assert ("detention", "2025-03-04") in [(e["kind"], e["date"]) for e in case["events"]]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "19 апреля 2025 года в Атырау задержан блогер Нурлан Есенов. Его подозревают по ч. 2 "
            "ст. 174 УК за видеоролик о переселении жителей посёлка Жилгородок.",
            "Атырау",
        ),
        (
            "19 апреля 2025 года задержан житель посёлка Жилгородок Нурлан Есенов по ч. 2 ст. "
            "174 УК.",
            "Жилгородок",
        ),
    ],
)
def test_residents_of_a_place_told_in_the_act_are_other_people(text: str, city: str) -> None:
    [case] = extract_cases(text)
    assert case["person"]["city"] == city


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        (
            "16 декабря 2024 года Темиртауский городской суд признал 44-летнего электромонтёра "
            "Андрея Белова виновным по ч. 3 ст. 274 УК РК.",
            "электромонтёр",
        ),
        (
            "16 января 2026 года начался процесс над 27-летним программистом Тимуром "
            "Жаксыбековым по ч. 1 ст. 174 УК РК.",
            "программист",
        ),
        (
            "16 декабря 2024 года Уральский городской суд приговорил 52-летнего жителя Уральска "
            "Серика Табылова к году ограничения свободы по ч. 2 ст. 405 УК.",
            None,
        ),
    ],
)
def test_a_trade_after_an_age(text: str, occupation: str | None) -> None:
    [case] = extract_cases(text)
    assert case["person"]["occupation"] == occupation


def test_a_verdicts_operative_part() -> None:
    """A verdict's text: its heading's date, the name surname first after «Признать», a birth
    date that dates nothing, the fine in MCI restating the tenge."""
    text = (
        "ПРИГОВОР\nИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН\n\n3 октября 2025 года          город Тараз\n\n"
        "Таразский городской суд в составе председательствующего судьи Сапаровой А. Б. "
        "рассмотрел уголовное дело в отношении\n\nКАЛИЕВА НУРЛАНА ЕРЛАНУЛЫ, 12.04.1993 года "
        "рождения, жителя города Тараза, обвиняемого по ч. 1 ст. 274 УК РК,\n\nПРИГОВОРИЛ:\n"
        "Признать Калиева Нурлана Ерланулы виновным в совершении уголовного правонарушения, "
        "предусмотренного ч. 1 ст. 274 УК РК, и назначить ему наказание в виде штрафа в размере "
        "300 (трёхсот) месячных расчётных показателей, что составляет 1 179 600 (один миллион "
        "сто семьдесят девять тысяч шестьсот) тенге.\n"
    )
    [case] = extract_cases(text)
    assert case["person"]["name"] == "Нурлан Ерланулы Калиев"
    assert [(e["kind"], e["date"]) for e in case["events"]] == [("verdict", "2025-10-03")]
    [part] = case["events"][0]["sentence"]
    assert (part["kind"], part["amount"]) == ("fine", "1179600.00")


@pytest.mark.parametrize(
    ("words", "gender"),
    [
        (["Айдоса", "Ерланулы", "Калиева"], "masc"),
        (["Олега", "Викторовича", "Кравченко"], "masc"),
        (["Ирины", "Николаевны", "Петренко"], "femn"),
        (["Айгерим", "Серікқызы", "Оспан"], "femn"),
        (["Айгерим", "Оспанова"], None),
    ],
)
def test_gender_from_the_patronymic(words: list[str], gender: str | None) -> None:
    mention = names.Mention(0, 1, words, len(words) - 1)
    assert nominative.ru_patronymic_gender([mention]) == gender


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        (
            "14 ноября 2025 года в Кызылорде задержан общественный деятель, председатель "
            "общественного объединения «Сыр экология» Мухтар Беков по ч. 1 ст. 174 УК РК.",
            "общественный деятель, председатель общественного объединения «Сыр экология»",
        ),
        (
            "7 ноября 2025 года суд приговорил главного редактора интернет-издания «Город» "
            "Дмитрия Савина к семи годам лишения свободы по ч. 3 ст. 274 УК РК.",
            "главный редактор интернет-издания «Город»",
        ),
        (
            "5 марта 2025 года задержан Бауыржан Сапаров, 38 лет, сварщик ТОО «Павлодар "
            "Металл», по ч. 2 ст. 405 УК РК.",
            "сварщик ТОО «Павлодар Металл»",
        ),
        (
            "9 сентября 2025 года председатель суда Нурлан Ахметов сообщил, что приговор "
            "Ерлану Сапарову — два года ограничения свободы по ч. 2 ст. 405 УК РК.",
            None,
        ),
    ],
)
def test_statuses_and_the_organisation_in_quotes(text: str, occupation: str | None) -> None:
    cases = extract_cases(text)
    assert [c["person"]["occupation"] for c in cases][-1:] == [occupation]


@pytest.mark.parametrize(
    ("text", "charges"),
    [
        (
            "On 15 October the Yesil district court in Astana sentenced Bakhyt Zhumadilov to one "
            "year of freedom limitation under Article 405, Part 2.\n\nThe same day, the "
            "Enbekshikazakh district court in Esik sentenced another activist, Rustem "
            "Kadyrbekov, to 18 months of freedom limitation under the same article.",
            [("405", 2), ("405", 2)],
        ),
        (
            "1) 12 марта 2025 года Медеуский районный суд Алматы приговорил Айдара АСКАРОВА к "
            "трём годам лишения свободы по ч. 1 ст. 405 УК РК.\n\n2) 14 марта 2025 года "
            "Алмалинский районный суд приговорил Жанну ТОКАЕВУ к году ограничения свободы по "
            "ч. 2 той же статьи.",
            [("405", 1), ("405", 2)],
        ),
    ],
)
def test_the_same_article_as_the_one_cited_before(
    text: str, charges: list[tuple[str, int]]
) -> None:
    got = [(c["article"], c["part"]) for case in extract_cases(text) for c in case["charges"]]
    assert got == charges


@pytest.mark.parametrize(
    ("text", "court"),
    [
        # an appeal board named before its court: the court heard the appeal
        (
            "16.06.2025 — в Ауэзовском районном суде г. Алматы начинается процесс над Жанной "
            "ТЛЕУБЕРДИНОЙ.\n29.07.2025 — приговор: 1 год ограничения свободы.\n23.10.2025 — "
            "апелляционная коллегия Алматинского городского суда отменяет приговор и направляет "
            "дело на новое рассмотрение в тот же суд.",
            "Ауэзовский районный суд г. Алматы",
        ),
        (
            "On 20 August 2025 the Baikonur district court of Astana sentenced Dauren "
            "KASSYMBEKOV to four years in prison. On 30 October 2025 the judicial board for "
            "criminal cases of the Astana City Court dismissed the appeal.",
            "Baikonur district court of Astana",
        ),
        (
            "On 12 March 2025 Almaty's Medeu District Court sentenced Dana ZHUMABAYEVA to two "
            "years of restricted freedom under Article 274, Part 2.",
            "Medeu District Court",
        ),
        (
            "On 12 March 2025 the Inter-district Criminal Court of Mangystau Region sentenced "
            "Dana ZHUMABAYEVA to two years of restricted freedom under Article 274, Part 2.",
            "Inter-district Criminal Court of Mangystau Region",
        ),
        (
            "12 марта 2025 года специализированный межрайонный суд по уголовным делам г. Алматы "
            "приговорил Дану ЖУМАБАЕВУ к двум годам ограничения свободы по ч. 2 ст. 274 УК РК.",
            "специализированный межрайонный суд по уголовным делам г. Алматы",
        ),
        (
            "12 марта 2025 года Алмалинский районный суд №2 г. Алматы приговорил Дану ЖУМАБАЕВУ "
            "к двум годам ограничения свободы по ч. 2 ст. 274 УК РК.",
            "Алмалинский районный суд №2 г. Алматы",
        ),
        (
            "On 12 March 2025 the Specialized Inter-District Court for Criminal Cases of Almaty "
            "sentenced Dana ZHUMABAYEVA to two years of restricted freedom.",
            "Specialized Inter-District Court for Criminal Cases of Almaty",
        ),
        (
            "On 12 March 2025 the Specialized Interdistrict Criminal Court of Almaty sentenced "
            "Dana ZHUMABAYEVA to two years of restricted freedom.",
            "Specialized Interdistrict Criminal Court of Almaty",
        ),
        # the specialised court's whole name, and without «специализированный»
        (
            "12 марта 2025 года Специализированный межрайонный суд по уголовным делам "
            "Алматинской области приговорил Дану ЖУМАБАЕВУ к двум годам ограничения свободы.",
            "Специализированный межрайонный суд по уголовным делам Алматинской области",
        ),
        (
            "12 марта 2025 года межрайонный суд по уголовным делам города Алматы приговорил Дану "
            "ЖУМАБАЕВУ к двум годам ограничения свободы.",
            "межрайонный суд по уголовным делам города Алматы",
        ),
        # a city court's number before "court"
        (
            "On 13 October 2025 the Aktobe city No. 2 court fined blogger Serik UTEMISSOV "
            "1,966,000 tenge under Article 378, Part 2.",
            "Aktobe city No. 2 court",
        ),
        # a region named since 2022 with its name after «области» (h18d)
        (
            "Панфиловский районный суд области Жетісу 20 марта 2026 года признал Бахтияра "
            "НУРМУХАНОВА виновным по ч. 2 ст. 405 УК РК.",
            "Панфиловский районный суд области Жетісу",
        ),
        (
            "Аягозский районный суд области Абай 20 марта 2026 года признал Бахтияра "
            "НУРМУХАНОВА виновным по ч. 2 ст. 405 УК РК.",
            "Аягозский районный суд области Абай",
        ),
        # the specialised court's short name, in the nominative (h23e)
        (
            "20 марта 2026 года спецсуд по уголовным делам Жамбылской области признал Бахтияра "
            "НУРМУХАНОВА виновным по ч. 2 ст. 405 УК РК.",
            "спецсуд по уголовным делам Жамбылской области",
        ),
        (
            "Приговор Бахтияру НУРМУХАНОВУ по ч. 2 ст. 405 УК РК огласили 20 марта 2026 года в "
            "спецсуде по уголовным делам Жамбылской области.",
            "спецсуд по уголовным делам Жамбылской области",
        ),
        (
            "On 12 March 2026 the Specialised Inter-District Criminal Court of Zhambyl Region "
            "sentenced activist Dana ZHUMABAYEVA to two years of restricted freedom under "
            "Article 274, Part 2.",
            "Specialised Inter-District Criminal Court of Zhambyl Region",
        ),
        # refused: a lowercase word after «области» is no region's name
        (
            "Аягозский районный суд 20 марта 2026 года признал Бахтияра НУРМУХАНОВА, жителя "
            "области, виновным по ч. 2 ст. 405 УК РК.",
            "Аягозский районный суд",
        ),
    ],
)
def test_the_court_of_the_verdict(text: str, court: str) -> None:
    [case] = extract_cases(text)
    assert case["court"] == court


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Уральский городской суд 22 октября 2025 года признал активистов Марата Есенова и "
            "Жанну Кабдулову виновными в участии в деятельности запрещённого объединения.\n\n"
            "Судья Ерлан Бекмуханов приговорил 44-летнего Есенова по ч. 1 ст. 405 УК РК к пяти "
            "годам лишения свободы.\n\nКабдулову суд признал виновной по ч. 2 ст. 405 УК РК и "
            "назначил ей два года ограничения свободы.",
            [
                ("Марат Есенов", "Ерлан Бекмуханов", [("405", 1)]),
                ("Жанна Кабдулова", "Ерлан Бекмуханов", [("405", 2)]),
            ],
        ),
        (
            "2025 жылғы 22 шілдеде Сарыағаш аудандық соты Әділет СЕРІКБАЕВ пен Дәурен ӘЛИЕВКЕ "
            "қатысты қылмыстық істі қарады.\n\nСерікбаев Әділет ҚР ҚК-нің 405-бабының 1-бөлігі "
            "бойынша кінәлі деп танылып, оған 6 жыл бас бостандығынан айыру жазасы "
            "тағайындалды.\n\nӘлиев Дәурен ҚР ҚК-нің 405-бабының 2-бөлігі бойынша кінәлі деп "
            "танылып, 2 жыл бас бостандығын шектеу жазасына сотталды.",
            [("Әділет Серікбаев", None, [("405", 1)]), ("Дәурен Әлиев", None, [("405", 2)])],
        ),
    ],
)
def test_two_named_together_then_each_with_a_part_of_their_own(
    text: str, expected: list[tuple[str, str | None, list[tuple[str, int]]]]
) -> None:
    """«X и Y признаны виновными ... X: часть 1 ... Y: часть 2»: each one's own part (and the
    judge named with the other's punishment is each one's)."""
    got = [
        (c["person"]["name"], c["judge"], [(a["article"], a["part"]) for a in c["charges"]])
        for c in extract_cases(text)
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "court", "judge"),
    [
        # the court of a trial named where the story tells of a hearing; a judge whose surname
        # does not decline, in the nominative by the given name's case
        (
            "Процесс по делу блогера Айбека Нургалиева в специализированном межрайонном суде по "
            "уголовным делам Мангистауской области отложен. Судебный процесс начался 29 октября "
            "2026 года под председательством судьи Рината Сейткали.",
            "специализированный межрайонный суд по уголовным делам Мангистауской области",
            "Ринат Сейткали",
        ),
        (
            "Судебный процесс над Айбеком Нургалиевым начался 29 октября 2026 года под "
            "председательством судьи Айгуль Сейткали.",
            None,
            "Айгуль Сейткали",
        ),
        # refused: an investigating court or an appeal court is not the trial's
        (
            "Следственный суд Актау санкционировал арест Айбека Нургалиева. Апелляционная "
            "коллегия Мангистауского областного суда оставила арест в силе. Судебный процесс "
            "начался 29 октября 2026 года.",
            None,
            None,
        ),
    ],
)
def test_the_court_and_judge_of_a_trial(text: str, court: str | None, judge: str | None) -> None:
    case = extract_cases(text)[0]
    assert (case["court"], case["judge"]) == (court, judge)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a lawyer named after the client's surname in the genitive opens no case of her own
        (
            "2 марта 2026 года задержан Сергей Ковалёв.\n\n«Это был чат на сорок человек», — "
            "говорит адвокат Ковалёва Елена Гринько.\n\n16 октября 2026 года суд приговорил "
            "его к четырём годам лишения свободы.",
            ["Сергей Ковалёв"],
        ),
        # refused: a paragraph of its own about another person sentenced is another case
        (
            "16 октября 2026 года суд приговорил Сергея Ковалёва к четырём годам лишения "
            "свободы.\n\n17 октября 2026 года тот же суд приговорил Елену Гринько к двум годам "
            "ограничения свободы.",
            ["Сергей Ковалёв", "Елена Гринько"],
        ),
    ],
)
def test_a_lawyer_named_after_the_clients_surname(text: str, people: list[str]) -> None:
    assert [c["person"]["name"] for c in extract_cases(text)] == people


def test_the_same_court_as_the_one_named_before() -> None:
    text = (
        "Сегодня, 3 июня 2025 года, условно-досрочно освобождён активист Ерлан Досов. "
        "Ходатайство об УДО удовлетворил Талдыкорганский городской суд.\n\nНапомним, 22 "
        "декабря 2022 года тот же суд приговорил Досова к трём годам лишения свободы по ч. 2 "
        "ст. 405 УК РК."
    )
    [case] = extract_cases(text)
    assert case["court"] == "Талдыкорганский городской суд"


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (
            "Активиста Ерлана Досова задержали 2 марта 2025 года после акции против повышения "
            "тарифов у здания акимата. Ему вменяют ч. 1 ст. 272 УК РК.",
            [(None, "акции против повышения тарифов у здания акимата")],
        ),
        (
            "9 октября 2025 года в суде Шымкента прокурор попросил назначить поэтессе Айнур "
            "Сейтовой четыре года лишения свободы за стихотворение «Тас», опубликованное 14 "
            "февраля 2025 года в Instagram (ч. 2 ст. 174 УК РК).",
            [("2025-02-14", "стихотворение «Тас», опубликованное в Instagram")],
        ),
    ],
)
def test_acts_after_an_arrest_and_in_a_demand(
    text: str, acts: list[tuple[str | None, str]]
) -> None:
    [case] = extract_cases(text)
    assert [(a["date"], a["description"]) for a in case["acts"]] == acts


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "11 октября 2025 года Алмалинский районный суд Алматы приговорил Абая Бегимова к "
            "пяти годам тюрьмы по ч. 2 ст. 405 УК РК.",
            [("imprisonment", 60, None)],
        ),
        (
            "5 мая 2025 года Толебийский районный суд назначил активисту Нурлыбеку Татову год "
            "ограничения свободы и 100 часов общественных работ по ч. 2 ст. 405 УК.",
            [("restriction_of_liberty", 12, None), ("community_service", None, 100)],
        ),
    ],
)
def test_prison_and_a_year_without_a_number(text: str, parts: list[tuple]) -> None:
    [case] = extract_cases(text)
    assert case["person"]["name"] in ("Абай Бегимов", "Нурлыбек Татов")  # «Абай»: a name
    [verdict] = [e for e in case["events"] if e["kind"] == "verdict"]
    assert [(p["kind"], p["term_months"], p["hours"]) for p in verdict["sentence"]] == parts


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("назначил ему год ограничения свободы", [12]),
        ("получил полгода тюрьмы", [6]),
        ("в прошлом году лишения свободы избежал", []),
        ("год назад его задержали", []),
    ],
)
def test_a_bare_year(text: str, found: list[int]) -> None:
    assert [t.value for t in find_terms(text)] == found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "3 апреля 2025 года апелляционная коллегия областного суда изменила Мурату Сапову "
            "меру пресечения на домашний арест сроком на два месяца. Его подозревают по ч. 2 "
            "ст. 405 УК РК.",
            "preventive_measure",
        ),
        (
            "3 апреля 2025 года апелляционная коллегия областного суда оставила без изменения "
            "приговор Мурату Сапову, осуждённому по ч. 2 ст. 405 УК РК к двум годам ограничения "
            "свободы.",
            "appeal_ruling",
        ),
    ],
)
def test_an_appeal_against_a_measure_is_the_measure(text: str, kind: str) -> None:
    [case] = extract_cases(text)
    assert kind in [e["kind"] for e in case["events"]]
    assert (case["stage"] == "detained") is (kind == "preventive_measure")


def test_co_defendants_listed_in_title_case_and_both_parts_of_an_article() -> None:
    text = (
        "11 октября 2025 года Алмалинский районный суд Алматы огласил приговор. Абзал "
        "Бегимбаев, Асхат Жексенов и Кайрат Клышбаев судом признаны виновными по обеим частям "
        "статьи 405 УК. Суд приговорил их к пяти годам тюрьмы."
    )
    cases = extract_cases(text)
    assert [c["person"]["name"] for c in cases] == [
        "Абзал Бегимбаев",
        "Асхат Жексенов",
        "Кайрат Клышбаев",
    ]
    for case in cases:
        assert [(c["article"], c["part"]) for c in case["charges"]] == [("405", 1), ("405", 2)]


@pytest.mark.parametrize(
    ("text", "charges"),
    [
        ("признан виновным по обеим частям статьи 405 УК", [("405", 1), ("405", 2)]),
        ("обвиняют по частям 1 и 2 статьи 405 УК РК", [("405", 1), ("405", 2)]),
        ("по ч. 2 ст. 405 УК РК", [("405", 2)]),
    ],
)
def test_parts_of_one_article(text: str, charges: list[tuple[str, int]]) -> None:
    case = extract_cases(f"5 мая 2025 года задержан Ерлан Досов. Его {text}.")[0]
    assert [(c["article"], c["part"]) for c in case["charges"]] == charges


@pytest.mark.parametrize(
    ("language", "text", "charges"),
    [
        # a General Part article is a rule of sentencing, not a charge
        (
            "en",
            "found guilty under Article 179, Part 2, of the Criminal Code with the application "
            "of Article 55 (exceptional mitigating circumstances)",
            [("179", 2)],
        ),
        ("kk", "ҚР ҚК-нің 50-бабына сәйкес оған 3 жыл мерзімге тыйым салынсын.", []),
        # an article of the Administrative Code is no criminal charge
        (
            "en",
            "guilty under Article 400 Part 1 of the Criminal Code, although he had served 10 "
            "days of administrative arrest under Art. 488 of the Administrative Code",
            [("400", 1)],
        ),
        ("ru", "ранее арестован на 10 суток по ст. 488 КоАП РК", []),
        # (an article with a number after a hyphen, the administrative code named in words)
        ("ru", "оштрафовали на 10 МРП по статье 456-2 КоАП за пост", []),
        ("en", "fined under Article 456-2 of the Code of Administrative Offences", []),
        ("kk", "Әкімшілік құқық бұзушылық туралы кодекстің 488-бабы бойынша қамалды", []),
        ("kk", "Қылмыстық кодекстің 174-бабы бойынша айыпталды", [("174", None)]),
        # ... nor one of the Criminal Procedure Code, the Civil Code, the Constitution
        ("ru", "по ст. 174 УК РК, задержан в порядке статьи 128 УПК", [("174", None)]),
        ("en", "detained under Article 128 of the Criminal Procedure Code", []),
        ("kk", "ҚПК-нің 128-бабы тәртібімен ұсталды", []),
        ("ru", "ст. 152 Гражданского кодекса", []),
        ("ru", "осуждена по ст. 174 гражданская активистка", [("174", None)]),
        # the article said again without its part is the same charge
        (
            "en",
            "guilty under Article 274, Part 2. Rights groups say Article 274 is used against "
            "critics.",
            [("274", 2)],
        ),
        # what the law provides, said of an article, names no charge
        (
            "en",
            "NURMAGAMBETOVA was found guilty under Article 405, Part 2. Part 1 of Article 405 "
            "provides for up to six years of imprisonment.",
            [("405", 2)],
        ),
        ("ru", "Санкция части первой статьи 405 предусматривает до шести лет.", []),
        # (the offence an article provides for is the charge)
        (
            "kk",
            "Қылмыстық кодексінің 274-бабының 1-бөлігінде көзделген қылмыстық құқық "
            "бұзушылықты жасағаны үшін кінәлі деп танылды",
            [("274", 1)],
        ),
        # an article word ends its line: the number opening the next paragraph is a date's
        ("ru", "приговорили по «экстремистской» статье\n\n20 октября 2026 года суд", []),
        # wordings of a part: "par. 2", "part two", "paragraph 2 of", the offence's name between
        ("en", "under Art. 405, par. 2 of the Criminal Code", [("405", 2)]),
        ("en", "under Criminal Code Article 405, part two", [("405", 2)]),
        ("en", "under paragraph 2 of Article 405", [("405", 2)]),
        ("en", "under Article 274 (spreading false information), Part 2", [("274", 2)]),
        ("kk", "Қылмыстық кодекстің 405-бабының екінші бөлігі бойынша", [("405", 2)]),
        ("kk", "ҚК-нің 272-бабының 3 бөлігі бойынша", [("272", 3)]),
        # a list of articles after «ст.ст.»
        ("ru", "по ст.ст. 174, 272 УК РК", [("174", None), ("272", None)]),
        # the article said first without its part, then with it: the part is the charge's
        (
            "kk",
            "Екеуі де ҚК-нің 400-бабы бойынша айыпталған. Сот оны 400-баптың 1-бөлігі бойынша "
            "кінәлі деп таныды.",
            [("400", 1)],
        ),
        # ... but two parts told both stay
        (
            "en",
            "under Article 405. He got Article 405, Part 1, and Article 405, Part 2.",
            [("405", 1), ("405", 2)],
        ),
        # an Administrative Code's article numbered with a hyphen, or its name in words
        ("ru", "оштрафовали на 10 МРП по статье 456-2 КоАП", []),
        ("en", "fined under Article 456-2 of the Code of Administrative Offences", []),
        (
            "kk",
            "Әкімшілік құқық бұзушылық туралы кодекстің 488-бабы бойынша 20 АЕК айыппұл төлеген",
            [],
        ),
        # a list of parts of one article: each part
        ("ru", "по ч. 1 и ч. 2 ст. 405 УК РК", [("405", 1), ("405", 2)]),
        ("ru", "по ч.ч. 1, 2 ст. 405 УК РК", [("405", 1), ("405", 2)]),
        ("en", "under Article 400, Parts 1 and 2", [("400", 1), ("400", 2)]),
        ("en", "under Part 1 and Part 2 of Article 405", [("405", 1), ("405", 2)]),
        ("kk", "400-бабының 1 және 2-бөліктері бойынша", [("400", 1), ("400", 2)]),
        ("kk", "400-баптың 1-бөлігі және 2-бөлігі бойынша", [("400", 1), ("400", 2)]),
        # refused: a part and another article are no list of parts
        ("en", "under Article 405, Part 2, and Article 174", [("405", 2), ("174", None)]),
        ("en", "under Articles 174, Part 1, and 274, Part 2", [("174", 1), ("274", 2)]),
        ("ru", "по ч. 2 ст. 405 и ст. 174 УК РК", [("405", 2), ("174", None)]),
        # (refused: the Criminal Code named in words is the charge)
        ("kk", "Қылмыстық кодекстің 174-бабы бойынша ұсталды", [("174", None)]),
        # a range of articles is a verdict's procedural citation, no charge (h18d)
        ("ru", "руководствуясь статьями 394-398 УПК РК, суд", []),
        ("ru", "руководствуясь ст.ст. 394–398 УПК, суд", []),
        ("kk", "ҚР ҚПК-нің 394-398-баптарын басшылыққа алып, сот", []),
        ("en", "guided by Articles 394-398 of the Criminal Procedure Code", []),
        # (refused: an article with its sub-number, a fine's sum after a dash)
        ("en", "under Article 456-2 of the Criminal Code", [("456", 2)]),
        ("ru", "по ст. 174 – 200 МРП штрафа", [("174", None)]),
        # a charge re-qualified: the article and part it became (h18d)
        (
            "ru",
            "Дело возбудили по ч. 3 ст. 274 УК РК, позднее обвинение переквалифицировали на ч. 2 "
            "той же статьи.",
            [("274", 2)],
        ),
        (
            "ru",
            "Суд переквалифицировал действия с ч. 3 ст. 274 на ч. 2 ст. 274 УК РК.",
            [("274", 2)],
        ),
        (
            "en",
            "The charge under Article 274, Part 3 was reclassified as Part 2 of Article 274.",
            [("274", 2)],
        ),
        (
            "kk",
            "Оған ҚК-нің 274-бабының 3-бөлігі бойынша айып тағылды. Кейін айып 2-бөлігіне қайта "
            "сараланды.",
            [("274", 2)],
        ),
        # (refused: a re-qualification only asked for)
        (
            "ru",
            "Защита просила переквалифицировать действия с ч. 3 ст. 274 на ч. 2 ст. 274 УК РК.",
            [("274", 3), ("274", 2)],
        ),
        (
            "en",
            "Charged under Article 274, Part 3, he asked the court to reclassify the charge as "
            "Part 2 of Article 274.",
            [("274", 3), ("274", 2)],
        ),
        # an article a text asks to repeal or amend is the law, no one's charge (h18d)
        (
            "en",
            "- Repeal or substantially amend Articles 174, 272, 274 and 405 of the Criminal Code;",
            [],
        ),
        ("en", "Article 274 should be repealed, the group said.", []),
        ("ru", "Правозащитники призывают отменить статью 174 УК РК.", []),
        ("kk", "Құқық қорғаушылар ҚК-нің 174-бабын алып тастауды талап етеді.", []),
        # (refused: a sentence or verdict changed under the article)
        ("en", "The court decided to amend the sentence under Article 174, Part 1.", [("174", 1)]),
        ("ru", "Суд решил изменить приговор по ч. 1 ст. 174 УК РК.", [("174", 1)]),
        ("ru", "Защита добивается отмены приговора, вынесенного ему ст. 174 УК.", [("174", None)]),
        # what the law punishes, in a sentence charging no one, is no charge (h18d)
        (
            "en",
            "Under Article 272, Part 3, calls for mass riots are punishable by up to seven years.",
            [],
        ),
        (
            "ru",
            "По ч. 3 ст. 272 УК призывы к массовым беспорядкам наказываются лишением свободы.",
            [],
        ),
        (
            "kk",
            "ҚК-нің 272-бабының 3-бөлігі бойынша жаппай тәртіпсіздікке шақыру 9 жылға дейін бас "
            "бостандығынан айырумен жазаланады.",
            [],
        ),
        # (refused: the charge, with what it carries)
        (
            "en",
            "He is suspected of spreading false information under Article 274, Part 2, which is "
            "punishable by up to five years in prison.",
            [("274", 2)],
        ),
        (
            "ru",
            "Его осудили по ч. 3 ст. 272 УК, которая наказывается лишением свободы.",
            [("272", 3)],
        ),
    ],
)
def test_which_articles_are_charges(
    language: str, text: str, charges: list[tuple[str, int | None]]
) -> None:
    found = _charges(text, language)
    assert [(c["article"], c["part"]) for c in found] == charges


@pytest.mark.parametrize(
    ("text", "charges"),
    [
        # each co-defendant named with their own article: from one name to the next is theirs
        (
            "10 марта 2026 года задержаны Сергей Ковалёв и Айдос Жанибеков. Ковалёву вменили "
            "организацию (ч. 1 ст. 405 УК РК), Жанибекову — участие в ней (ч. 2 ст. 405 УК РК).",
            {"Сергей Ковалёв": [("405", 1)], "Айдос Жанибеков": [("405", 2)]},
        ),
        # refused: one article cited for both is each one's
        (
            "10 марта 2026 года задержаны Сергей Ковалёв и Айдос Жанибеков. Ковалёву и "
            "Жанибекову вменили участие в организации (ч. 2 ст. 405 УК РК).",
            {"Сергей Ковалёв": [("405", 2)], "Айдос Жанибеков": [("405", 2)]},
        ),
        # refused: the articles cited before the names are not split by them
        (
            "10 марта 2026 года задержаны Сергей Ковалёв и Айдос Жанибеков. По ч. 1 ст. 405 УК "
            "РК обвиняют Ковалёва, по ч. 2 ст. 405 УК РК — Жанибекова.",
            {
                "Сергей Ковалёв": [("405", 1), ("405", 2)],
                "Айдос Жанибеков": [("405", 1), ("405", 2)],
            },
        ),
    ],
)
def test_each_co_defendant_with_their_own_article(
    text: str, charges: dict[str, list[tuple[str, int]]]
) -> None:
    found = {
        c["person"]["name"]: [(x["article"], x["part"]) for x in c["charges"]]
        for c in extract_cases(text)
    }
    assert found == charges


def test_a_joined_list_that_got_a_term() -> None:
    """«Активисты A, B и C получили четыре года ограничения свободы»: each, with the status."""
    text = (
        "Активисты Нурлан Жаулов, Жанат Казаков и Айдар Мубаров получили четыре года "
        "ограничения свободы по ч. 1 ст. 272 УК РК. Приговор огласили 28 августа 2025 года."
    )
    got = [
        (
            c["person"]["name"],
            c["person"]["occupation"],
            [(p["kind"], p["term_months"]) for e in c["events"] for p in e["sentence"]],
        )
        for c in extract_cases(text)
    ]
    assert got == [
        (name, "активист", [("restriction_of_liberty", 48)])
        for name in ("Нурлан Жаулов", "Жанат Казаков", "Айдар Мубаров")
    ]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Он получил семь лет тюрьмы.", True),
        ("Она получила два года ограничения свободы.", True),
        ("Он получил реальный срок.", True),
        ("Он получил повестку на допрос.", False),
        ("Редакция получила письмо от читателей.", False),
    ],
)
def test_got_a_term_is_a_verdict(text: str, verdict: bool) -> None:
    assert bool(lexicon.EVENTS["verdict"]["ru"].search(text)) is verdict


def test_a_relative_who_speaks_of_the_case_is_not_a_case() -> None:
    text = (
        "Супруга осуждённого Гульнара Ахметова рассказала, что 20 мая 2025 года "
        "Кызылординский городской суд приговорил её мужа Серика Ахметова к пяти годам "
        "лишения свободы по ч. 2 ст. 405 УК РК."
    )
    assert [c["person"]["name"] for c in extract_cases(text)] == ["Серик Ахметов"]


def test_the_accusative_of_a_womans_name_next_to_an_undeclined_surname() -> None:
    text = (
        "Таразский городской суд 14 марта 2025 года приговорил журналистку Алию Сейткали к "
        "двум годам ограничения свободы по ч. 2 ст. 274 УК РК."
    )
    assert extract_cases(text)[0]["person"]["name"] == "Алия Сейткали"


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("12 января суд санкционировал его арест", "custody"),
        ("суд санкционировал арест блогера на два месяца", "custody"),
        ("суд отказал в санкционировании ареста", None),
    ],
)
def test_an_arrest_sanctioned(text: str, measure: str | None) -> None:
    found = [m for m, table in lexicon.MEASURES.items() if table["ru"].search(text)]
    assert found == ([measure] if measure else [])


def test_detained_then_arrested_in_one_sentence() -> None:
    text = (
        "Блогера Асхата Жумабаева задержали 10 января 2025 года в Талдыкоргане, 12 января суд "
        "санкционировал его арест по ч. 2 ст. 174 УК РК."
    )
    [case] = extract_cases(text)
    assert [(e["kind"], e["date"], e.get("measure")) for e in case["events"]] == [
        ("detention", "2025-01-10", None),
        ("preventive_measure", "2025-01-12", "custody"),
    ]


DEV10_RU = Path(__file__).parent / "data" / "reports-dev10-ru"


def test_dev10_ru_does_not_fall_below_its_score_after_the_fixes() -> None:
    """reports-dev10-ru, 8 texts written after the first rules and run once untouched, scored
    0.877 (main 0.830); the fixes of what it showed brought it to 0.973 (README)."""
    totals = [0, 0, 0]
    for _name, text, expected in labelled_texts(DEV10_RU):
        for counts in score_text(expected, extract_cases(text)).values():
            totals = [t + c for t, c in zip(totals, counts, strict=True)]
    assert accuracy(totals) >= 0.97


def test_an_interview_is_one_case_with_its_headline() -> None:
    text = (
        "Адвокат Ержан Абдикаримов — о деле журналиста Кайрата Бекова\n\n"
        "— В чём обвиняют Кайрата Бекова?\n— В возбуждении социальной розни, часть 2 статьи "
        "174 Уголовного кодекса.\n\n— Где он сейчас?\n— С 4 февраля 2025 года он под стражей. "
        "15 апреля в Жанаозенском городском суде начался процесс.\n\n— На что вы рассчитываете?"
        "\n— На оправдательный приговор.\n\nЗаписала Айжан Кадырова, 20 апреля 2025 года\n"
    )
    [case] = extract_cases(text)
    assert (case["person"]["name"], case["person"]["occupation"]) == ("Кайрат Беков", "журналист")


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        (
            "— Динара Махова, 33 года, бухгалтер из Семея. 12 ноября 2025 года суд приговорил её к "
            "году ограничения свободы по ч. 1 ст. 174 УК РК.",
            "бухгалтер",
        ),
        (
            "Шахтёр Ерболат Кенжеев вышел на свободу 28 октября 2025 года по отбытии срока по ч. "
            "1 ст. 272 УК РК. Встречать его пришли коллеги и председатель независимого профсоюза "
            "Сабит Жуков.",
            "шахтёр",
        ),
        (
            "Следственный суд 14 апреля 2025 года поместил под домашний арест сроком на два месяца "
            "гражданских активистов Бахыта Сарсенова и Галию Утешеву по ч. 2 ст. 405 УК РК.",
            "гражданский активист",
        ),
    ],
)
def test_occupations_in_real_wording(text: str, occupation: str) -> None:
    assert extract_cases(text)[0]["person"]["occupation"] == occupation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside inside the cue
        (
            "Поводом для дела, по словам их адвоката Карлыгаш Абдыкадыровой, стали видеообращения "
            "в поддержку политзаключённых.",
            "видеообращения в поддержку политзаключённых",
        ),
        # «признан виновным в X (статья) за Y»
        (
            "Он признан виновным в оскорблении представителя власти (ч. 2 ст. 378 УК РК) за "
            "комментарий под постом акима.",
            "комментарий под постом акима",
        ),
    ],
)
def test_act_cues(text: str, expected: str) -> None:
    found = act_words.ACTS["ru"].search(text)
    assert found is not None and text[found.end() :].rstrip(".").endswith(expected)


def test_a_verdict_referred_to_with_its_court_and_the_court_costs_of_an_examination() -> None:
    text = (
        "Апелляционная судебная коллегия по уголовным делам суда города Астаны 2 декабря 2025 "
        "года рассмотрела жалобу осуждённого Жасулана Ермекова на приговор Есильского районного "
        "суда города Астаны от 9 октября 2025 года. Указанным приговором Ермеков осуждён по ч. 2 "
        "ст. 174 УК к 4 годам лишения свободы. Приговор оставлен без изменения."
    )
    [case] = extract_cases(text)
    assert [(e["kind"], e["date"]) for e in case["events"]] == [
        ("verdict", "2025-10-09"),
        ("appeal_ruling", "2025-12-02"),
    ]
    text = (
        "Уральский городской суд 18 сентября 2025 года оштрафовал Марата Исмагулова на 786 400 "
        "тенге по ч. 2 ст. 378 УК РК и взыскал с него процессуальные издержки — 15 700 тенге "
        "за лингвистическую экспертизу."
    )
    [verdict] = extract_cases(text)[0]["events"]
    assert [(p["kind"], p["amount"]) for p in verdict["sentence"]] == [
        ("fine", "786400.00"),
        ("forensic_fee", "15700.00"),
    ]


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("Он вышел на свободу 28 октября 2025 года по отбытии срока наказания.", "release", True),
        ("Она вышла на свободу.", "release", True),
        ("Он выйдет на свободу в мае.", "release", False),  # not yet
        ("Он не вышел на связь.", "release", False),
    ],
)
def test_release_cues(text: str, kind: str, found: bool) -> None:
    assert bool(lexicon.EVENTS[kind]["ru"].search(text)) is found


@pytest.mark.parametrize(
    ("text", "custody"),
    [
        ("Его задержали 29 октября, и с тех пор он содержался в колонии под Павлодаром.", True),
        ("Он находится в заключении с 2023 года.", True),
        ("Суд приговорил его к 5 годам в колонии средней безопасности.", False),
    ],
)
def test_held_in_prison_since(text: str, custody: bool) -> None:
    assert bool(lexicon.MEASURES["custody"]["ru"].search(text)) is custody


DEV11_RU = Path(__file__).parent / "data" / "reports-dev11-ru"


def test_dev11_ru_does_not_fall_below_its_score_after_the_fixes() -> None:
    """reports-dev11-ru, 8 more texts run once untouched after the dev10 fixes, scored 0.926
    (main 0.876); after its fixes and one label correction, 0.983 (README)."""
    totals = [0, 0, 0]
    for _name, text, expected in labelled_texts(DEV11_RU):
        for counts in score_text(expected, extract_cases(text)).values():
            totals = [t + c for t, c in zip(totals, counts, strict=True)]
    assert accuracy(totals) >= 0.98


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "3 марта 2025 года меня вызвали в полицию и предъявили обвинение по ч. 1 ст. 174 УК РК "
            "из-за моего поста в Facebook о коррупции.",
            "поста в Facebook о коррупции",
        ),
        ("Обвинение строилось на трёх видеороликах в TikTok.", "трёх видеороликах в TikTok"),
        ("Дело основано на посте в Instagram.", "посте в Instagram"),
    ],
)
def test_more_act_cues(text: str, expected: str) -> None:
    case = extract_cases(f"Ерлан Досов задержан 5 мая 2025 года. {text}")[0]
    assert [a["description"] for a in case["acts"]] == [expected]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Оразова взяли под стражу в зале суда.", True),
        ("Её взяла под стражу полиция.", True),
        ("Его не взяли под стражу.", False),
        ("Он взял слово в суде.", False),
    ],
)
def test_taken_into_custody(text: str, found: bool) -> None:
    assert bool(lexicon.EVENTS["detention"]["ru"].search(text)) is found


def test_a_district_court_of_a_region_and_a_trade_with_two_adjectives() -> None:
    text = (
        "15 апреля 2025 года в суде Сарыагашского района Туркестанской области начался "
        "процесс над Ильясом Касымовым, электриком местного горно-обогатительного комбината, "
        "по ч. 2 ст. 405 УК РК."
    )
    [case] = extract_cases(text)
    assert case["court"] == "суд Сарыагашского района Туркестанской области"
    assert case["person"]["occupation"] == "электрик местного горно-обогатительного комбината"


# --- sentence parts as verdicts and press releases write them (h16a) ---------------------------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # accepted: an amount «в сумме» stays with the kind before it across «и»
        (
            "Также с осуждённого взысканы процессуальные издержки в сумме 12 450 тенге и "
            "принудительный платёж в Фонд компенсации потерпевшим в размере 39 320 тенге.",
            [("court_fees", None, None, 12450), ("victims_fund", None, None, 39320)],
        ),
        (
            "С осуждённого взыскан принудительный платёж в Фонд компенсации потерпевшим в "
            "размере 39 320 тенге и процессуальные издержки в сумме 7 864 тенге.",
            [("victims_fund", None, None, 39320), ("court_fees", None, None, 7864)],
        ),
        # accepted: costs said to be for an examination are its fee
        (
            "суд взыскал с осуждённого процессуальные издержки — 15 800 тенге за проведение "
            "лингвистической экспертизы.",
            [("forensic_fee", None, None, 15800)],
        ),
        # refused: a bare amount before «и» and a kind goes to the kind after it
        (
            "Взыскано 5 000 тенге и процессуальные издержки.",
            [("court_fees", None, None, 5000)],
        ),
        # accepted: a term with its months in words, hours in words, a dative number
        (
            "назначить ему наказание в виде ограничения свободы сроком на 1 (один) год 6 "
            "(шесть) месяцев с привлечением к принудительному труду на 100 (сто) часов ежегодно",
            [("restriction_of_liberty", 18, None, None), ("community_service", None, 100, None)],
        ),
        (
            "суд приговорил нефтяника к четырём годам лишения свободы",
            [("imprisonment", 48, None, None)],
        ),
        # accepted: a ban «в течение года»
        (
            "Судья приговорила его к одному году ограничения свободы и запретила ему заниматься "
            "общественно-политической деятельностью в течение года.",
            [("restriction_of_liberty", 12, None, None), ("ban_social_activity", 12, None, None)],
        ),
    ],
)
def test_russian_sentence_amounts_and_terms(
    text: str, parts: list[tuple[str, int | None, int | None, int | None]]
) -> None:
    from tests.extract_support import sentence_parts

    assert sentence_parts(text, "ru") == parts


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # accepted: two people named together, then each with a punishment of their own
        (
            "Городской суд 22 октября 2025 года признал Марата Есенова и Жанну Кабиеву "
            "виновными. Судья приговорил Есенова к пяти годам лишения свободы. Кабиевой суд "
            "назначил два года ограничения свободы.",
            {"Есенов": [("imprisonment", 60)], "Кабиева": [("restriction_of_liberty", 24)]},
        ),
        # refused: one punishment told of both is each one's
        (
            "Городской суд 22 октября 2025 года приговорил Марата Есенова и Жанну Кабиеву к "
            "двум годам ограничения свободы.",
            {
                "Есенов": [("restriction_of_liberty", 24)],
                "Кабиева": [("restriction_of_liberty", 24)],
            },
        ),
    ],
)
def test_co_defendants_named_together_then_apart(
    text: str, sentences: dict[str, list[tuple[str, int]]]
) -> None:
    got = {
        case["person"]["name"].split()[-1]: [
            (p["kind"], p["term_months"])
            for e in case["events"]
            if e["kind"] == "verdict"
            for p in e["sentence"]
        ]
        for case in extract_cases(text)
    }
    assert got == sentences


def _appeal(case: dict) -> dict:
    return next(e for e in case["events"] if e["kind"] == "appeal_ruling")


_RULING_RU = (
    "ПОСТАНОВЛЕНИЕ\n\nг. Кызылорда 4 декабря 2025 года\n\n"
    "Судебная коллегия по уголовным делам областного суда, рассмотрев апелляционную жалобу "
    "осуждённой на приговор районного суда от 18 сентября 2025 года, которым Сейтова Айгуль "
    "Бекболатовна осуждена по ч. 1 ст. 174 УК РК к 2 (двум) годам лишения свободы, с лишением "
    "права заниматься общественной деятельностью на 2 (два) года,\n\nПОСТАНОВИЛА:\n\n"
    "Приговор районного суда от 18 сентября 2025 года в отношении Сейтовой Айгуль Бекболатовны "
    "изменить: назначенное наказание в виде 2 (двух) лет лишения свободы заменить на "
    "ограничение свободы сроком на 2 (два) года; дополнительное наказание в виде лишения права "
    "заниматься общественной деятельностью {struck}.\n\n"
    "Сейтову А. Б. из-под стражи освободить в зале суда.\n"
)


@pytest.mark.parametrize(
    ("struck", "outcome", "parts"),
    [
        # accepted: the operative part names the verdict by its date; a part struck out
        ("исключить", "reduced", [("restriction_of_liberty", 24)]),
        # refused: a part the ruling keeps stays
        (
            "оставить без изменения",
            "reduced",
            [("restriction_of_liberty", 24), ("ban_social_activity", 24)],
        ),
    ],
)
def test_an_appeal_rulings_operative_part(
    struck: str, outcome: str, parts: list[tuple[str, int]]
) -> None:
    [case] = extract_cases(_RULING_RU.format(struck=struck))
    ruling = _appeal(case)
    assert ruling["date"] == "2025-12-04"
    assert ruling["appeal_outcome"] == outcome
    assert sorted((p["kind"], p["term_months"]) for p in ruling["sentence"]) == sorted(parts)
    assert ("release", "2025-12-04") in [(e["kind"], e["date"]) for e in case["events"]]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # accepted: taken into custody when the verdict was read
        (
            "Сейтова была взята под стражу в зале суда при оглашении приговора 18 сентября.",
            "detention",
        ),
        # refused: a measure told with the verdict is still a measure
        ("До приговора 18 сентября она находилась под домашним арестом.", "preventive_measure"),
    ],
)
def test_custody_at_the_verdict_is_a_detention(text: str, kind: str) -> None:
    from bot.extract.blocks import split_sentences
    from bot.extract.scopes import _scopes

    scopes = _scopes(split_sentences(text), "ru", 2025)
    assert [s.kind for s in scopes] == [kind]


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # accepted: a verdict paper's date line under its heading dates the operative part
        (
            "Копия\n\nПРИГОВОР\nИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН\n\n"
            "г. Усть-Каменогорск     9 июля 2025 года\n\n",
            "2025-07-09",
        ),
        # refused: with no date line, the verdict stays undated
        ("ПРИГОВОР\nИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН\n\n", None),
    ],
)
def test_a_verdict_papers_operative_part_takes_its_date(head: str, date: str | None) -> None:
    text = head + (
        "Городской суд в составе председательствующего судьи Кима Е. В., рассмотрев уголовное "
        "дело в отношении Гребенова Дениса Александровича, ранее не судимого,"
        "\n\nПРИГОВОРИЛ:\n\nГребенова Дениса Александровича признать виновным и назначить ему "
        "наказание в виде лишения свободы сроком на 3 (три) года.\n\nМеру пресечения — "
        "содержание под стражей — оставить без изменения.\n\nВзыскать с Гребенова Д. А. "
        "процессуальные издержки в сумме 18 900 тенге.\n"
    )
    [case] = extract_cases(text)
    [verdict] = [e for e in case["events"] if e["kind"] == "verdict"]
    assert verdict["date"] == date
    if date:
        assert [(p["kind"], p["term_months"], p["amount"]) for p in verdict["sentence"]] == [
            ("imprisonment", 36, None),
            ("court_fees", None, "18900.00"),
        ]


@pytest.mark.parametrize(
    ("second", "events"),
    [
        # accepted: the work's own date («за публикацию от ...») is the act's, not the verdict's
        (
            "За публикацию от 2 августа 2025 года её признали виновной по ч. 3 ст. 274 УК РК и "
            "назначили три года ограничения свободы.",
            [("verdict", "2026-02-09", [("restriction_of_liberty", 36)])],
        ),
        # refused: a day told with no work before it dates its own event
        (
            "Ранее, 2 августа 2025 года, её задержали.",
            [("detention", "2025-08-02", []), ("verdict", "2026-02-09", [])],
        ),
    ],
)
def test_a_works_date_and_a_year_from_the_heading(
    second: str, events: list[tuple[str, str, list[tuple[str, int]]]]
) -> None:
    """A day without its year takes the heading's year («... эфира от 11 февраля 2026 года»),
    not that of a later full date of the act."""
    text = (
        "Краткое содержание эфира от 11 февраля 2026 года\n\n"
        "9 февраля городской суд вынес приговор журналистке Ольге Николаевне Гусевой. " + second
    )
    [case] = extract_cases(text)
    got = [
        (e["kind"], e["date"], [(p["kind"], p["term_months"]) for p in e["sentence"]])
        for e in case["events"]
    ]
    assert got == events


@pytest.mark.parametrize(
    ("ruling", "parts"),
    [
        # accepted: «заменила срок на 3 года ограничения свободы»: the punishment replaced
        # by another kind; the release in the courtroom told with it is the ruling's day
        (
            "Коллегия заменила срок на 3 года ограничения свободы, Алиханова освободили в зале "
            "суда.",
            [("restriction_of_liberty", 36)],
        ),
        # refused: a ruling that only softens, with no new term, keeps the verdict's part
        ("Алиханова освободили в зале суда.", [("imprisonment", 36)]),
    ],
)
def test_the_term_replaced_by_another_kind(ruling: str, parts: list[tuple[str, int]]) -> None:
    text = (
        "25 ноября 2025 года апелляционная коллегия городского суда смягчила приговор поэту "
        "Нуржигиту "
        "Алиханову. 11 сентября районный суд дал ему 3 года лишения свободы по ч. 2 ст. 174 "
        "УК РК. " + ruling
    )
    [case] = extract_cases(text)
    [appeal] = [e for e in case["events"] if e["kind"] == "appeal_ruling"]
    assert [(p["kind"], p["term_months"]) for p in appeal["sentence"]] == parts
    assert ("release", "2025-11-25") in [(e["kind"], e["date"]) for e in case["events"]]


def test_a_post_named_with_its_owner_and_date_dates_the_act() -> None:
    text = (
        "2 сентября 2025 года суд признал Асхата Болатова виновным по ч. 1 ст. 378 УК РК за "
        "комментарий под постом акимата Петропавловска от 7 марта 2025 года и назначил штраф "
        "300 МРП — это 1 179 600 тенге, плюс процессуальные издержки 23 590 тенге."
    )
    [case] = extract_cases(text)
    [verdict] = case["events"]
    assert verdict["date"] == "2025-09-02"
    assert [p["kind"] for p in verdict["sentence"]] == ["fine", "court_fees"]


@pytest.mark.parametrize(
    ("text", "released"),
    [
        # accepted: «на свободу вышел», the words in either order
        ("27 ноября 2025 года на свободу вышел водитель Серик Нуртазин.", True),
        ("27 ноября 2025 года водитель Серик Нуртазин вышел на свободу.", True),
        # refused: going out is no release
        ("27 ноября 2025 года водитель Серик Нуртазин вышел на пикет.", False),
    ],
)
def test_out_to_freedom_in_either_order(text: str, released: bool) -> None:
    assert bool(lexicon.EVENTS["release"]["ru"].search(text)) is released


@pytest.mark.parametrize(
    ("label", "date"),
    [
        # accepted: a bulletin item's label, then the item's own date
        ("ПРИГОВОР. ", "2026-11-12"),
        ("АРЕСТ. ", "2026-11-12"),
        # refused: no label, the same
        ("", "2026-11-12"),
    ],
)
def test_an_items_label_takes_the_items_date(label: str, date: str) -> None:
    text = (
        "ХРОНИКА ПРЕСЛЕДОВАНИЙ | 9–22 ноября 2026 г.\n"
        f"{label}12.11.2026, с. Зеренда, Акмолинская область. Зерендинский районный суд "
        "признал ТОКАРЕВУ Светлану Ивановну виновной по ч. 2 ст. 274 УК РК и назначил ей штраф "
        "в размере 200 МРП — 865 000 тенге.\n"
    )
    [case] = extract_cases(text)
    [verdict] = [e for e in case["events"] if e["kind"] == "verdict"]
    assert verdict["date"] == date
    assert [p["amount"] for p in verdict["sentence"]] == ["865000.00"]


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        # accepted: a date, a town and its region
        ("18.11.2026, г. Экибастуз, Павлодарская область.", True),
        ("12 марта 2025, Шиели, Кызылординская область", True),
        # refused: a date told inside a sentence of its own
        ("18.11.2026 следственный судья санкционировал арест предпринимателя.", False),
    ],
)
def test_a_dateline_with_the_towns_region(line: str, dateline: bool) -> None:
    from bot.extract.datelines import is_dateline

    assert is_dateline(line) is dateline


@pytest.mark.parametrize(
    ("ruling", "outcome", "parts"),
    [
        # accepted: the verdict quashed as to the punishment, a new one given by the board
        (
            "Сегодня апелляционная судебная коллегия областного суда удовлетворила протест "
            "прокурора по делу Айдоса Бекмуратова и отменила приговор городского суда в части "
            "наказания. Коллегия согласилась и назначила Айдосу 3 (три) года лишения свободы.",
            "increased",
            [("imprisonment", 36)],
        ),
        # refused: a verdict quashed whole is overturned
        (
            "Сегодня апелляционная судебная коллегия областного суда отменила приговор Айдосу "
            "Бекмуратову и оправдала его.",
            "overturned",
            [],
        ),
    ],
)
def test_a_verdict_quashed_as_to_the_punishment(
    ruling: str, outcome: str, parts: list[tuple[str, int]]
) -> None:
    text = (
        "Гульмира Абдуллаева, адвокат\n26 ноября 2026 г. · Кентау\n\nКоллеги, пишу с тяжёлым "
        f"сердцем.\n\n{ruling}\n\nНапомню: 30 сентября 2026 года городской суд признал Айдоса "
        "Бекмуратова виновным по ч. 1 ст. 174 УК РК и назначил ему 1 год 6 месяцев ограничения "
        "свободы.\n"
    )
    cases = [c for c in extract_cases(text) if "Бекмуратов" in c["person"]["name"]]
    [appeal] = [e for e in cases[0]["events"] if e["kind"] == "appeal_ruling"]
    assert appeal["date"] == "2026-11-26"
    assert appeal["appeal_outcome"] == outcome
    assert [(p["kind"], p["term_months"]) for p in appeal["sentence"]] == parts


@pytest.mark.parametrize(
    ("after", "measure"),
    [
        # accepted: held in the remand prison since the arrest told just before
        ("С того дня он сидит в СИЗО Талдыкоргана.", "custody"),
        # refused: nothing said of custody
        ("С того дня мы не можем его увидеть.", None),
    ],
)
def test_held_since_the_arrest_told_before(after: str, measure: str | None) -> None:
    text = (
        "Меня зовут Лариса, я мама Тимура Жаксылыкова. 14 октября 2026 года его задержали "
        f"сотрудники КНБ прямо на работе. {after}"
    )
    [case] = extract_cases(text)
    [detention] = [e for e in case["events"] if e["kind"] == "detention"]
    assert (detention["date"], detention["measure"]) == ("2026-10-14", measure)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # accepted: a chronology's historic present
        ("16.06.2025 — в районном суде начинается процесс над Жанной Тлеубердиной.", "trial"),
        # refused: a trial still to come is scheduled, not begun
        ("Процесс над Жанной Тлеубердиной назначен на 16.06.2025.", None),
    ],
)
def test_a_trial_begins_in_the_present(line: str, kind: str | None) -> None:
    from bot.extract.scopes import _event_kind

    found = _event_kind(line, "ru")
    assert (found if found == "trial" else None) == kind


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # accepted: a ban on posting in telecommunication networks
        (
            "назначил штраф, с лишением права заниматься деятельностью, связанной с размещением "
            "материалов в сетях телекоммуникаций, сроком на 2 года.",
            [("ban_social_networks", 24)],
        ),
        # refused: the charge's «с использованием сетей телекоммуникаций» is no ban
        (
            "признан виновным в распространении ложной информации с использованием сетей "
            "телекоммуникаций и приговорён к 2 годам ограничения свободы.",
            [("restriction_of_liberty", 24)],
        ),
    ],
)
def test_a_ban_on_posting_online(text: str, parts: list[tuple[str, int]]) -> None:
    from bot.extract.sentence import find_parts

    assert [(p.kind, p.term_months) for p in find_parts(text, "ru") if p.term_months] == parts


@pytest.mark.parametrize(
    ("second", "events"),
    [
        # accepted: "the same day" the board upheld a verdict named by its only date
        (
            "В тот же день коллегия оставила без изменения приговор в отношении Тимура Абишева, "
            "осуждённого 20 декабря 2022 года к штрафу в размере 345 000 тенге.",
            [("verdict", "2022-12-20"), ("appeal_ruling", "2023-02-14")],
        ),
        # refused: with no decision, a sentence about the verdict dates the verdict only
        (
            "Тимура Абишева, осуждённого 20 декабря 2022 года к штрафу в размере 345 000 тенге, "
            "апелляционная жалоба не коснулась.",
            [("verdict", "2022-12-20")],
        ),
    ],
)
def test_the_same_day_ruling_on_a_dated_verdict(second: str, events: list[tuple[str, str]]) -> None:
    text = (
        "Апелляционная коллегия суда города Астаны 14 февраля 2023 года рассмотрела протест "
        "прокурора по делу Айжан Сапарбековой и усилила ей наказание.\n\n" + second
    )
    cases = [c for c in extract_cases(text) if "Абишев" in c["person"]["name"]]
    assert [(e["kind"], e["date"]) for e in cases[0]["events"]] == events


@pytest.mark.parametrize(
    ("second", "fund_of"),
    [
        # accepted: «Кроме того, суд обязал его ...»: the person named just before
        (
            "Кроме того, суд обязал его перечислить 39 320 тенге в Фонд компенсации потерпевшим.",
            {"Серикбаев"},
        ),
        # refused: the payment told of both is each one's
        (
            "Кроме того, суд обязал обоих перечислить 39 320 тенге в Фонд компенсации потерпевшим.",
            {"Серикбаев", "Жунусова"},
        ),
    ],
)
def test_a_pronoun_after_the_courts_verb(second: str, fund_of: set[str]) -> None:
    text = (
        "2 декабря 2025 года суд вынес приговор по делу двух активистов.\n\nМадина ЖУНУСОВА "
        "приговорена к одному году ограничения свободы.\n\nДаурен СЕРИКБАЕВ приговорён к двум "
        f"годам ограничения свободы. {second}\n"
    )
    got = {
        c["person"]["name"].split()[-1]
        for c in extract_cases(text)
        for e in c["events"]
        for p in e["sentence"]
        if p["kind"] == "victims_fund"
    }
    assert got == fund_of


@pytest.mark.parametrize(
    ("act", "date"),
    [
        # accepted: the day of the rally taken part in is the act's
        ("за участие в мирном митинге 16 декабря 2021 года", "2022-12-19"),
        # refused: a clause with an event of its own keeps its date
        ("а 16 декабря 2021 года её задержали", "2022-12-19"),
    ],
)
def test_the_day_of_a_rally_taken_part_in(act: str, date: str) -> None:
    text = (
        "Ранее, 19 декабря 2022 года, районный суд г. Астаны (судья Даурен ЕРМЕКОВ) признал "
        f"Айжан Сапарбекову виновной по части 2 статьи 405 УК РК {act} и назначил ей 2 года "
        "ограничения свободы."
    )
    [case] = extract_cases(text)
    [verdict] = [e for e in case["events"] if e["kind"] == "verdict"]
    assert verdict["date"] == date


@pytest.mark.parametrize(
    ("second", "dates"),
    [
        # accepted: the second named after a dash, "the next day", the verb told once
        (
            "Сарсенова задержали 11 апреля 2025 года прямо на улице, Утешеву — на следующий день "
            "у неё дома.",
            {"Сарсенов": "2025-04-11", "Утешева": "2025-04-12"},
        ),
        # refused: each with a day of their own
        (
            "Сарсенова задержали 11 апреля 2025 года прямо на улице. Утешеву задержали 11 апреля "
            "2025 года у неё дома.",
            {"Сарсенов": "2025-04-11", "Утешева": "2025-04-11"},
        ),
    ],
)
def test_the_next_day_after_a_dash(second: str, dates: dict[str, str]) -> None:
    text = (
        "Следственный суд Актобе 14 апреля 2025 года поместил под домашний арест гражданских "
        "активистов Болата Сарсенова и Галию Утешеву. " + second
    )
    got = {
        c["person"]["name"].split()[-1]: next(
            e["date"] for e in c["events"] if e["kind"] == "detention"
        )
        for c in extract_cases(text)
    }
    assert got == dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the age, the surname, a participle's aside and the date lead to the deed
            "По версии обвинения, 46-летняя Досова, работающая продавцом на рынке, 14 мая 2025 "
            "года в прямом эфире в Instagram назвала акимат «врагами».",
            [("2025-05-14", "в прямом эфире в Instagram назвала акимат «врагами»")],
        ),
        (  # a verdict's surname with initials and its period
            "Судом установлено, что Досова Е.К. в период с сентября 2024 года по март 2025 года "
            "распространяла в мессенджере Telegram материалы движения.",
            [(None, "распространяла в мессенджере Telegram материалы движения")],
        ),
        (  # «, а» and a new date: a second act; a payment told with its amount is the act
            "Судом установлено, что Досова распространяла материалы движения, а 12 января 2025 "
            "года перечислила на счёт движения 50 000 тенге.",
            [
                (None, "распространяла материалы движения"),
                ("2025-01-12", "перечислила на счёт движения 50 000 тенге"),
            ],
        ),
    ],
)
def test_an_act_without_its_lead(text: str, expected: list[tuple[str | None, str]]) -> None:
    case = extract_cases(f"Ерлана Досова задержали 5 июня 2025 года. {text}")[0]
    assert [(a["date"], a["description"]) for a in case["acts"]] == expected


def test_a_co_defendants_act_after_a() -> None:
    text = (
        "Уральский городской суд 3 июня 2025 года осудил Марата Есенгалиева и Жанну "
        "Кабдуллину. По версии обвинения, Есенгалиев создал чат «Жайык» в Telegram, а "
        "Кабдуллина распространяла в нём листовки движения."
    )
    acts = {c["person"]["name"]: [a["description"] for a in c["acts"]] for c in extract_cases(text)}
    assert acts == {
        "Марат Есенгалиев": ["создал чат «Жайык» в Telegram"],
        "Жанна Кабдуллина": ["распространяла в нём листовки движения"],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the act put first, before the verdict's verb
            "За публикацию от 2 августа 2025 года о закупках в управлении здравоохранения её "
            "признали виновной по ч. 3 ст. 274 УК РК.",
            [("2025-08-02", "публикацию о закупках в управлении здравоохранения")],
        ),
        (  # «Как установлено судом», the full name and a gerund's aside; «его»: one deed
            "Как установлено судом, 11 марта 2025 года Досова Ерлана Кайратовна, находясь по "
            "месту жительства, разместила в Telegram-канале видеоролик и сопроводила его "
            "комментарием.",
            [
                (
                    "2025-03-11",
                    "разместила в Telegram-канале видеоролик и сопроводила его комментарием",
                )
            ],
        ),
        (  # «там» is only a place: two deeds; a month without a day is no part of the act
            "Всё «участие» — это то, что она вступила в телеграм-чат движения и сделала там "
            "несколько репостов видео в феврале этого года.",
            [
                (None, "вступила в телеграм-чат движения"),
                (None, "сделала там несколько репостов видео"),
            ],
        ),
    ],
)
def test_more_wordings_of_the_accusation(text: str, expected: list[tuple[str | None, str]]) -> None:
    case = extract_cases(f"Ерлану Досову задержали 5 июня 2025 года. {text}")[0]
    assert [(a["date"], a["description"]) for a in case["acts"]] == expected


def test_a_chronology_line_and_a_day_without_its_year() -> None:
    chronology = (
        "ХРОНИКА ДЕЛА: Ерлан Досов, Алматы\n\n"
        "Ерлан Досов, 36 лет, — юрист, волонтёр инициативной группы.\n\n"
        "▫️ 14.01.2025 — организует у здания ТЭЦ-2 «флешмоб» с плакатами; полиция составляет "
        "протокол.\n"
        "▫️ 02.04.2025 — возбуждено уголовное дело по ч. 1 ст. 400 УК РК.\n"
        "▫️ 29.07.2025 — приговор: 1 год ограничения свободы.\n"
    )
    case = extract_cases(chronology)[0]
    assert [(a["date"], a["description"]) for a in case["acts"]] == [
        ("2025-01-14", "организует у здания ТЭЦ-2 «флешмоб» с плакатами")
    ]
    yearless = (
        "Ерлана Досова задержали 14 октября 2025 года. Ему вменяют ч. 1 ст. 174 УК РК за "
        "комментарий в группе «Темиртау онлайн» от 2 сентября, где он написал про начальство."
    )
    case = extract_cases(yearless)[0]
    assert [(a["date"], a["description"]) for a in case["acts"]] == [
        ("2025-09-02", "комментарий в группе «Темиртау онлайн», где он написал про начальство")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Суд дал ей 3 года лишения свободы по ч. 2 ст. 174 УК РК за стихотворение в Facebook.",
            [(None, "стихотворение в Facebook")],
        ),
        (
            "Её подозревают в «участии в деятельности запрещённой организации» (ч. 2 ст. 405 УК "
            "РК): она переводила на казахский язык посты движения.",
            [(None, "переводила на казахский язык посты движения")],
        ),
        (
            "Досова задержана по подозрению в возбуждении розни (ч. 1 ст. 174 УК РК) за "
            "видеообращение от 10.11.2025, в котором она критиковала руководство разреза.",
            [("2025-11-10", "видеообращение, в котором она критиковала руководство разреза")],
        ),
        (
            "Приговор вынесен 12.12.2025. Основание: пост в Facebook от 05.06.2025 о том, что "
            "пастбища «тайно продали».",
            [("2025-06-05", "пост в Facebook о том, что пастбища «тайно продали»")],
        ),
        (  # «где ... и назвала»: one relative clause; «про ... и про ...»: one verb's objects
            "Поводом стало её выступление на сходе 22 апреля 2025 года, где она обвинила "
            "больницу в «приписках» и назвала врачей «чужаками».",
            [
                (
                    "2025-04-22",
                    "выступление на сходе, где она обвинила больницу в «приписках» и назвала "
                    "врачей «чужаками»",
                )
            ],
        ),
        (
            "Ей вменяют ч. 1 ст. 174 УК РК за комментарий от 2 сентября 2025 года, где она "
            "написала про начальство комбината и про условия в шахтах.",
            [
                (
                    "2025-09-02",
                    "комментарий, где она написала про начальство комбината и про условия в шахтах",
                )
            ],
        ),
    ],
)
def test_still_more_wordings_of_the_accusation(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    case = extract_cases(f"Ерлану Досову задержали 5 декабря 2025 года. {text}")[0]
    assert [(a["date"], a["description"]) for a in case["acts"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "«Преступление», в котором его обвиняют, заключается в публикации в Facebook двух "
            "критических постов о партии власти.",
            [(None, "публикации в Facebook двух критических постов о партии власти")],
        ),
        (
            "В полицейском рапорте было указано, что активист опубликовал в Facebook пост о "
            "паводке.",
            [(None, "опубликовал в Facebook пост о паводке")],
        ),
    ],
)
def test_the_crime_consists_in_and_a_paper_says(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    case = extract_cases(f"Ерлана Досова задержали 5 июня 2025 года. {text}")[0]
    assert [(a["date"], a["description"]) for a in case["acts"]] == expected


def test_a_dated_deed_told_right_after_the_accusation() -> None:
    text = (
        "Ерлана Досова задержали 5 июня 2025 года. По версии следствия, он создал чат "
        "движения в Telegram. 5 января 2025 года Досов опубликовал в нём призыв выйти на "
        "площадь. Суд назначен на июль."
    )
    case = extract_cases(text)[0]
    assert [(a["date"], a["description"]) for a in case["acts"]] == [
        (None, "создал чат движения в Telegram"),
        ("2025-01-05", "опубликовал в нём призыв выйти на площадь"),
    ]


@pytest.mark.parametrize(
    ("text", "someone_else"),
    [
        ("В августе суд оштрафовал ещё одну пенсионерку за", True),
        ("Суд оштрафовал пенсионерку Досову за", False),
    ],
)
def test_another_person_is_not_the_case(text: str, someone_else: bool) -> None:
    assert act_cues.someone_else(text, "ru") is someone_else


def test_an_act_without_who_says_so() -> None:
    text = (
        "Ерлана Досова задержали 5 декабря 2025 года. Поводом стало видео в TikTok, где он "
        "рассказал о нарушениях, из-за которых, по его словам, погибли двое горняков."
    )
    case = extract_cases(text)[0]
    assert [a["description"] for a in case["acts"]] == [
        "видео в TikTok, где он рассказал о нарушениях, из-за которых погибли двое горняков"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Согласно обвинительному акту, 3 марта 2025 года Досова разместила в TikTok видео о "
            "больнице.",
            [("2025-03-03", "разместила в TikTok видео о больнице")],
        ),
        (
            "Уголовное дело возбудили после того, как она выложила видео о паводке.",
            [(None, "выложила видео о паводке")],
        ),
        (
            "Обвинение утверждает, что 3 мая 2025 года Досова призвала подписчиков выйти на "
            "площадь.",
            [("2025-05-03", "призвала подписчиков выйти на площадь")],
        ),
        (  # the offence's name gives way to what it is charged for
            "Её обвиняют в распространении заведомо ложной информации из-за поста о больнице.",
            [(None, "поста о больнице")],
        ),
    ],
)
def test_according_to_the_indictment_and_the_prosecution_says(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    case = extract_cases(f"Ерлану Досову задержали 5 июня 2025 года. {text}")[0]
    assert [(a["date"], a["description"]) for a in case["acts"]] == expected


def test_a_transfer_told_by_its_verb_is_an_act() -> None:
    text = (
        "Ерлану Досову задержали 5 июня 2025 года. По версии следствия, он перевёл движению "
        "10 000 тенге."
    )
    case = extract_cases(text)[0]
    assert [a["description"] for a in case["acts"]] == ["перевёл движению 10 000 тенге"]


def test_a_verdicts_deed_after_its_way_and_aim() -> None:
    text = (
        "ПРИГОВОР\nИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН\n3 октября 2025 года   город Тараз\n\n"
        "Таразский городской суд рассмотрел уголовное дело в отношении Досова Ерлана "
        "Маратовича, 1980 года рождения.\n\nУСТАНОВИЛ:\n\nДосов Е.М., 12 мая 2025 года, "
        "находясь по месту своего жительства, умышленно, с целью возбуждения социальной "
        "розни, используя сеть Интернет, разместил в социальной сети Facebook видеоролик.\n\n"
        "Суд приговорил Досова Е.М. к 2 годам ограничения свободы."
    )
    case = extract_cases(text)[0]
    assert [(a["date"], a["description"]) for a in case["acts"]] == [
        ("2025-05-12", "разместил в социальной сети Facebook видеоролик")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Её задержали за пост в Facebook о коррупции в акимате, опубликованный 12 мая 2025 "
            "года.",
            [("2025-05-12", "пост в Facebook о коррупции в акимате")],
        ),
        (
            "Она всего лишь написала комментарий под видео об акиме 12 мая 2025 года.",
            [("2025-05-12", "комментарий под видео об акиме")],
        ),
    ],
)
def test_detained_for_a_post_and_only_wrote(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    case = extract_cases(f"Айгуль Бекову задержали 1 июня 2025 года. {text}")[0]
    assert [(a["date"], a["description"]) for a in case["acts"]] == expected


def test_a_labelled_line_za_chto() -> None:
    case = extract_cases(
        "Бекова Айгуль, задержана 1 июня 2025 года.\nЗа что: видео в TikTok о паводке."
    )[0]
    assert [a["description"] for a in case["acts"]] == ["видео в TikTok о паводке"]


def test_a_long_way_from_the_verdicts_verb_to_za() -> None:
    text = (
        "Ерлана Досова освободили 2 октября 2025 года. Его приговорил Жанаозенский городской "
        "суд 4 октября 2022 года к 3 годам лишения свободы по ст. 272 ч. 2 УК РК (участие в "
        "массовых беспорядках) за участие в январских протестах."
    )
    case = extract_cases(text)[0]
    assert [a["description"] for a in case["acts"]] == ["участие в январских протестах"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # both went to a protest: the verb stays; what became of the protest is cut
            "Оба 13 января 2025 года вышли на акцию против повышения цен на газ, которая "
            "закончилась стычкой с полицией.",
            [("2025-01-13", "вышли на акцию против повышения цен на газ")],
        ),
        (  # a relative clause telling the act stays
            "Поводом стали три видеоролика, которые он выложил в TikTok.",
            [(None, "три видеоролика, которые он выложил в TikTok")],
        ),
    ],
)
def test_a_protest_told_plainly_and_a_remark_on_it(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    case = extract_cases(f"Ерлан Досов задержан 5 февраля 2025 года. {text}")[0]
    assert [(a["date"], a["description"]) for a in case["acts"]] == expected


def test_as_the_case_file_shows() -> None:
    text = (
        "Ерлана Досова задержали 1 июня 2025 года. Как следует из материалов дела, Досов 12 мая "
        "2025 года опубликовал в Instagram видео об акиме."
    )
    case = extract_cases(text)[0]
    assert [(a["date"], a["description"]) for a in case["acts"]] == [
        ("2025-05-12", "опубликовал в Instagram видео об акиме")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "По данным правозащитников, причиной преследования стали его видео в TikTok.",
            ["видео в TikTok"],
        ),
        (
            "Он был задержан после того, как опубликовал в соцсетях видео о протесте.",
            ["опубликовал в соцсетях видео о протесте"],
        ),
        (
            "Досову вменяют участие в деятельности запрещённой организации — он якобы делал "
            "репосты публикаций движения.",
            ["делал репосты публикаций движения"],
        ),
        ("Досову вменяют сразу две статьи: ч. 2 ст. 174 УК РК и ч. 1 ст. 378 УК РК.", []),
        (
            "Его обвиняют в том, что в своей статье он назвал акима коррупционером.",
            ["в своей статье он назвал акима коррупционером"],
        ),
    ],
)
def test_the_reason_after_the_offence_or_a_dash(text: str, expected: list[str]) -> None:
    case = extract_cases(f"Ерлана Досова задержали 1 июня 2025 года. {text}")[0]
    assert [a["description"] for a in case["acts"]] == expected


def test_acts_listed_under_emu_vmenyayut() -> None:
    text = (
        "Ерлана Досова задержали 1 июня 2025 года.\n\nЕму вменяют:\n"
        "1) пост в Facebook от 3 мая 2025 года;\n2) видео в TikTok о паводке.\n"
    )
    case = extract_cases(text)[0]
    assert [(a["date"], a["description"]) for a in case["acts"]] == [
        ("2025-05-03", "пост в Facebook"),
        (None, "видео в TikTok о паводке"),
    ]


def test_the_deed_after_a_quoted_offence() -> None:
    text = (
        "Ерлана Досова задержали 1 июня 2025 года. Ему вменяют «возбуждение социальной розни» "
        "за пост в Facebook об акиме."
    )
    case = extract_cases(text)[0]
    assert [a["description"] for a in case["acts"]] == ["пост в Facebook об акиме"]


def test_the_offence_in_other_words_gives_way_roskomsvoboda() -> None:
    text = (
        "Актюбинец Санат Досов осуждён на три года колонии общего режима за то, что допустил "
        "на своей страничке в соцсети критические высказывания о президенте. В конце ноября в "
        "актюбинском городском суде начался процесс над Санатом Досовым. Его обвиняли в "
        "разжигании межнациональной и межконфессиональной розни."
    )
    case = extract_cases(text)[0]
    assert [a["description"] for a in case["acts"]] == [
        "допустил на своей страничке в соцсети критические высказывания о президенте"
    ]


def test_a_takzhe_tells_another_act() -> None:
    text = (
        "Ерлана Досова задержали 1 июня 2025 года. По версии следствия, он распространял "
        "листовки движения, а также перечислил ему 10 000 тенге."
    )
    case = extract_cases(text)[0]
    assert [a["description"] for a in case["acts"]] == [
        "распространял листовки движения",
        "перечислил ему 10 000 тенге",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Его признали виновным в финансировании экстремизма: по версии обвинения, в 2024 "
            "году он несколько раз переводил деньги семьям осуждённых.",
            ["несколько раз переводил деньги семьям осуждённых"],
        ),
        (
            "По версии обвинения, 8 мая 2025 года в прямом эфире в Instagram блогер назвал "
            "сотрудников акимата «паразитами».",
            ["в прямом эфире в Instagram назвал сотрудников акимата «паразитами»"],
        ),
    ],
)
def test_a_time_before_the_subject_and_a_role_as_the_subject(
    text: str, expected: list[str]
) -> None:
    case = extract_cases(f"Ерлана Досова задержали 1 июня 2025 года. {text}")[0]
    assert [a["description"] for a in case["acts"]] == expected


def test_the_consequence_the_article_needs_is_no_part_of_the_act() -> None:
    text = (
        "Ерлана Досова задержали 1 июня 2025 года. Судом установлено, что 3 декабря 2024 года "
        "Досов разместил в WhatsApp видеообращение с ложными сведениями об отравлении детей, "
        "что повлекло нарушение общественного порядка."
    )
    case = extract_cases(text)[0]
    assert [(a["date"], a["description"]) for a in case["acts"]] == [
        (
            "2024-12-03",
            "разместил в WhatsApp видеообращение с ложными сведениями об отравлении детей",
        )
    ]


def test_a_participle_with_only_a_time_closing_a_noun_act() -> None:
    text = (
        "Ерлана Досова задержали 1 июня 2026 года. Ему вменяют ч. 1 ст. 174 УК РК за "
        "комментарии в Instagram под видео о конфликте, оставленные в январе 2026 года."
    )
    case = extract_cases(text)[0]
    assert [a["description"] for a in case["acts"]] == [
        "комментарии в Instagram под видео о конфликте"
    ]


def test_a_bracketed_time_closing_the_act() -> None:
    text = (
        "Ерлана Досова задержали 1 июня 2021 года. Поводом стали публикации в Facebook о "
        "положении рабочих месторождения (март 2021 г.)."
    )
    case = extract_cases(text)[0]
    assert [a["description"] for a in case["acts"]] == [
        "публикации в Facebook о положении рабочих месторождения"
    ]


def test_an_act_told_in_a_relatives_quote() -> None:
    text = (
        "Ерлана Досова задержали 1 июня 2025 года. «Мой муж всего лишь выложил видео о "
        "паводке 3 мая», — рассказала его жена."
    )
    case = extract_cases(text)[0]
    assert [(a["date"], a["description"]) for a in case["acts"]] == [
        ("2025-05-03", "видео о паводке")
    ]


def test_the_offence_by_means_of_the_deed() -> None:
    text = (
        "Ерлана Досова задержали 1 июня 2025 года. Его обвиняют в возбуждении социальной розни "
        "путём размещения в TikTok видео об акиме."
    )
    case = extract_cases(text)[0]
    assert [a["description"] for a in case["acts"]] == ["размещения в TikTok видео об акиме"]


@pytest.mark.parametrize(
    ("line", "act"),
    [
        (
            "1. Бауыржан КАЛИБЕКОВ (Шымкент), 45 лет, имам – 5 лет лишения свободы по ч. 2 ст. "
            "174 УК РК за проповеди в YouTube; Енбекшинский районный суд, 2 октября.",
            "проповеди в YouTube",
        ),
        (
            "2. Ольга ПЕСТОВА, 52 года, медсестра – 1 год ограничения свободы по ч. 2 ст. 274 "
            "УК РК за пост о нехватке лекарств; Рудненский городской суд, 9 октября.",
            "пост о нехватке лекарств",
        ),
        # the term alone, no deed: nothing; a year after «за» is no act
        ("3. Нурсултан ЖОЛДАСОВ – штраф 200 МРП по ч. 1 ст. 378 УК РК; суд, 21 октября.", None),
        ("Ему назначили 3 года лишения свободы за 2 эпизода.", None),
    ],
)
def test_a_lists_term_then_what_for(line: str, act: str | None) -> None:
    found = act_cues.AFTER["ru"].search(line)
    told = re.split(r";", line[found.end() :])[0] if found else None
    assert told == act


@pytest.mark.parametrize(
    ("sentence", "goes_on"),
    [
        ("5 января 2026 года Есенгельдиев опубликовал призыв к акиму.", True),
        ("Жолдасов разместил видео в том же чате 13 июля.", True),
        ("Она также написала пост об этом 2 марта.", True),
        # no day, or no surname as the subject
        ("Жолдасов разместил видео в том же чате.", False),
        ("Полиция опубликовала заявление 13 июля.", False),
    ],
)
def test_a_sentence_going_on_with_a_deed(sentence: str, goes_on: bool) -> None:
    assert act_cues.goes_on_telling(sentence, "ru") is goes_on


@pytest.mark.parametrize(
    ("language", "act", "same"),
    [
        ("en", "spoke at the same rally through a megaphone", True),
        ("en", "filmed that protest on her phone", True),
        ("en", "posted a video in the same chat", False),  # a chat lasts: no one day
        ("ru", "выступил на этом митинге с мегафоном", True),
        ("ru", "участвовала в той же акции", True),
        ("ru", "разместил видео в том же чате", False),
        ("kk", "сол жиынға қатысып, сөз сөйлеген", True),
        ("kk", "сол чатқа видео жіберген", False),
    ],
)
def test_an_act_at_the_gathering_told_before(language: str, act: str, same: bool) -> None:
    assert bool(act_patterns.SAME_GATHERING[language].search(act)) is same


@pytest.mark.parametrize(
    ("language", "act", "offence"),
    [
        ("ru", "оскорблении представителя власти", True),  # Article 378, in the Code's words
        ("ru", "назвала заместителя акима «казнокрадом»", False),
        ("kk", "билік өкілін қорлағаны", True),
        ("kk", "әкімнің орынбасарын «ұры» деп атаған", False),
    ],
)
def test_insulting_an_official_is_the_offences_name(language: str, act: str, offence: bool) -> None:
    assert act_spans.worded_as_offence(act, language) is offence


@pytest.mark.parametrize(
    ("act", "cut"),
    [
        (
            "оскорблении представителя власти, передает корреспондент агентства из зала суда",
            "оскорблении представителя власти",
        ),
        ("пост о больнице, сообщает пресс-служба суда", "пост о больнице"),
        # a relative clause saying what the post told stays
        ("пост, в котором она сообщает о нехватке лекарств", None),
    ],
)
def test_who_reports_it_closes_no_act(act: str, cut: str | None) -> None:
    assert act_spans.without_tail(act, "ru") == (cut or act)


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        (
            "Следствие вменило ему участие в онлайн-собрании сторонников движения.",
            "участие в онлайн-собрании сторонников движения.",
        ),
        ("Прокуратура вменила ей в вину пост о больнице.", "пост о больнице."),
        # an article, no deed
        ("Следствие вменило ему ч. 2 ст. 174 УК РК.", None),
    ],
)
def test_what_the_investigation_imputed_to_him(sentence: str, act: str | None) -> None:
    found = act_cues.AFTER["ru"].search(sentence)
    assert (sentence[found.end() :] if found else None) == act


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        (
            "Айып Әлімжановтың Instagram-дағы әкімдік туралы видеосына қатысты тағылған.",
            "Әлімжановтың Instagram-дағы әкімдік туралы видеосына",
        ),
        ("Айып оның мақаласына байланысты тағылды.", "оның мақаласына"),
        # a charge told with no "regarding": no act in the cue
        ("Айып 2026 жылғы наурызда тағылды.", None),
    ],
)
def test_the_charge_brought_regarding_a_work(sentence: str, act: str | None) -> None:
    found = act_words.ACTS["kk"].search(sentence)
    pattern = r"айып\s+(.*?)\s*(?:байланысты|қатысты|үшін)\s+тағыл"
    inner = re.match(pattern, found.group(), re.IGNORECASE) if found else None
    assert (inner.group(1) if inner else None) == act


@pytest.mark.parametrize(
    ("language", "line", "deed"),
    [
        (
            "ru",
            "14 января 2026 года. В канале выходит пост о том, что без отопления остались 40 "
            "тысяч жителей. Акимат в тот же день называет информацию ложной.",
            "пост о том, что без отопления остались 40 тысяч жителей",
        ),
        (
            "en",
            "14 January 2026. A post appears on the channel saying 40,000 residents have no "
            "heating. The akimat calls it false.",
            "A post on the channel saying 40,000 residents have no heating",
        ),
        # what the authorities did that day is no deed of the person
        ("ru", "2 февраля. Полиция начинает досудебное расследование по ч. 2 ст. 274.", None),
        ("en", "20 February. Police detain him outside his home.", None),
    ],
)
def test_a_chronology_line_with_its_date_closed_by_a_point(
    language: str, line: str, deed: str | None
) -> None:
    told = act_chronology.chronology_deed(line, language)
    assert (told[1] if told else None) == deed


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        # the surname as the subject, the day before it
        (
            "2 февраля 2026 года Исмаилов опубликовал в Facebook пост о мосте через Илек.",
            ("2026-02-02", "в Facebook пост о мосте через Илек"),
        ),
        (
            "Исмаилов опубликовал в Facebook пост о мосте через Илек.",
            (None, "в Facebook пост о мосте через Илек"),
        ),
        # not the person: no deed
        ("Полиция опубликовала в Facebook заявление о мосте.", None),
    ],
)
def test_a_deed_told_plainly_in_russian(sentence: str, act: tuple | None) -> None:
    text = (
        "Данияла Исмаилова задержали 1 апреля 2026 года по ч. 2 ст. 274 УК РК (распространение "
        f"заведомо ложной информации). {sentence}"
    )
    [case] = extract_cases(text)
    assert [(a["date"], a["description"]) for a in case["acts"]] == ([act] if act else [])


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        (
            "По мнению следствия, 3 мая 2026 года Беков опубликовал пост с призывом выйти на "
            "митинг.",
            ("2026-05-03", "опубликовал пост с призывом выйти на митинг"),
        ),
        (
            "В обвинительном заключении говорится, что 3 мая 2026 года Беков опубликовал пост с "
            "призывом выйти на митинг.",
            ("2026-05-03", "опубликовал пост с призывом выйти на митинг"),
        ),
        # the investigation's opinion of a measure is no deed
        ("По мнению следствия, арест продлят до 10 июля 2026 года.", None),
    ],
)
def test_what_the_investigation_thinks_he_did(sentence: str, act: tuple | None) -> None:
    [case] = extract_cases(f"Армана Бекова задержали 10 мая 2026 года. {sentence}")
    assert [(a["date"], a["description"]) for a in case["acts"]] == ([act] if act else [])


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        (
            "Следствие установило, что 3 мая 2026 года он разместил в TikTok видео об акиме.",
            ("2026-05-03", "разместил в TikTok видео об акиме"),
        ),
        (
            "Прокуратура установила, что 3 мая 2026 года он разместил в TikTok видео об акиме.",
            ("2026-05-03", "разместил в TikTok видео об акиме"),
        ),
    ],
)
def test_what_the_investigation_established_any_gender(sentence: str, act: tuple) -> None:
    [case] = extract_cases(f"Армана Бекова задержали 10 мая 2026 года. {sentence}")
    assert [(a["date"], a["description"]) for a in case["acts"]] == [act]


@pytest.mark.parametrize(
    ("sentence", "acts_told"),
    [
        (
            "По версии обвинения, Беков 3 мая 2026 года и 5 мая 2026 года опубликовал два поста "
            "о ценах.",
            [
                ("2026-05-05", "опубликовал два поста о ценах"),
                ("2026-05-03", "опубликовал два поста о ценах"),
            ],
        ),
        (
            "Суд признал его виновным в распространении ложной информации: 3 мая 2026 года он "
            "написал в Facebook, что в городе нет воды.",
            [("2026-05-03", "написал в Facebook, что в городе нет воды")],
        ),
        (
            "Беков признан виновным в том, что 3 мая 2026 года призвал жителей выйти на митинг.",
            [("2026-05-03", "призвал жителей выйти на митинг")],
        ),
        (
            "Как указано в приговоре, 3 мая 2026 года Беков разместил в Instagram видео.",
            [("2026-05-03", "разместил в Instagram видео")],
        ),
        # a day with a place between: one act, one day
        (
            "По версии обвинения, Беков 3 мая 2026 года в Актау опубликовал пост о ценах.",
            [("2026-05-03", "в Актау опубликовал пост о ценах")],
        ),
    ],
)
def test_more_ways_a_verdict_tells_the_deed(sentence: str, acts_told: list) -> None:
    [case] = extract_cases(f"Армана Бекова осудили 10 июня 2026 года. {sentence}")
    assert [(a["date"], a["description"]) for a in case["acts"]] == acts_told


# --- appeal rulings that impose a punishment of their own (issue 15, h17b) -------------------

_VERDICT_RU = (
    "15 сентября 2026 года Медеуский районный суд г. Алматы признал Ерназара Тулегенова "
    "виновным по ч. 3 ст. 272 УК РК и назначил ему 3 года ограничения свободы. "
)
_VERDICT_EN = (
    "On 15 September 2026 the Medeu District Court sentenced Yernazar Tulegenov to three years "
    "of restricted freedom. "
)


@pytest.mark.parametrize(
    ("text", "appeal", "outcome"),
    [
        # accepted: the board changed the verdict and imposed prison instead of restriction
        (
            _VERDICT_RU + "27 ноября 2026 года апелляционная коллегия Алматинского городского "
            "суда изменила приговор и назначила Тулегенову 3 года лишения свободы.",
            [("appeal_ruling", "imprisonment", 36, None, None)],
            "increased",
        ),
        (
            _VERDICT_EN + "On 27 November 2026 the Almaty City Court's appeal board amended the "
            "sentence and sentenced him to three years in prison.",
            [("appeal_ruling", "imprisonment", 36, None, None)],
            "increased",
        ),
        # refused: a verdict left unchanged keeps its own punishment
        (
            _VERDICT_RU + "27 ноября 2026 года апелляционная коллегия Алматинского городского "
            "суда оставила приговор без изменения.",
            [("appeal_ruling", "restriction_of_liberty", 36, None, None)],
            "upheld",
        ),
    ],
)
def test_a_ruling_that_imposes_its_own_punishment_replaces_the_main_one(
    text: str, appeal: list[tuple[object, ...]], outcome: str
) -> None:
    from tests.extract_support import appeal_reading

    after_appeal, outcomes = appeal_reading(text)
    assert after_appeal == appeal
    assert outcomes == [(outcome,)]


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        # accepted: rulings on an appeal or a cassation petition
        ("ru", "Апелляционная коллегия оставила приговор без изменения.", "appeal_ruling"),
        ("en", "The Supreme Court rejected the cassation petition.", "appeal_ruling"),
        ("kk", "Жоғарғы сот кассациялық шағымды қанағаттандырусыз қалдырды.", "appeal_ruling"),
        # refused: a petition or complaint filed is no ruling
        (
            "ru",
            "Защита подает ходатайство о пересмотре приговора в кассационном порядке в "
            "Верховный суд.",
            None,
        ),
        ("en", "The defence filed a cassation petition with the Supreme Court.", None),
        ("kk", "Қорғау Жоғарғы сотқа кассациялық шағым түсірді.", None),
        # a chronology's present tense: detained that day (and not «не задерживают»)
        ("ru", "20 февраля. Гребенщикова задерживают у подъезда его дома.", "detention"),
        ("ru", "Гребенщикова не задерживают.", None),
    ],
)
def test_a_filing_is_no_ruling(language: str, text: str, kind: str | None) -> None:
    from bot.extract.scopes import _event_kind

    assert _event_kind(text, language) == kind


@pytest.mark.parametrize(
    ("text", "events", "measure"),
    [
        # accepted: an arrest with its day, then the time spent under house arrest
        (
            "Qalam Media, 28 ноября 2026\n\nЖурналист Станислав Гребенщиков был задержан 20 "
            "февраля 2026 года и три месяца провёл под домашним арестом. 14 июля 2026 года суд "
            "признал Гребенщикова виновным и назначил ему два года ограничения свободы.",
            [("detention", "2026-02-20"), ("verdict", "2026-07-14")],
            [("detention", "house_arrest")],
        ),
        # refused: a look back on time spent under house arrest, no day told, orders no
        # measure on the dateline's day
        (
            "Qalam Media, 28 ноября 2026\n\nВ январе 2026 года журналист Станислав Гребенщиков "
            "написал пост, после которого почти пять месяцев провел под домашним арестом, а "
            "затем получил приговор. 14 июля 2026 года суд признал Гребенщикова виновным и "
            "назначил ему два года ограничения свободы.",
            [("verdict", "2026-07-14")],
            [],
        ),
    ],
)
def test_time_spent_under_a_measure_is_no_measure_of_the_dateline(
    text: str, events: list[tuple[str, str]], measure: list[tuple[str, str]]
) -> None:
    from bench.extract import case_fields

    [case] = extract_cases(text)
    fields = case_fields(case)
    assert fields["events"] == events
    assert fields["measure"] == measure


_ARRESTS = (
    "Сергея Ковалёва задержали 2 марта 2026 года у подъезда его дома, Айдоса Жанибекова — на "
    "следующий день, 3 марта, на работе. Оба с тех пор находились в следственном изоляторе. "
    "16 октября 2026 года суд приговорил Ковалёва к четырём годам лишения свободы, Жанибекова — "
    "к двум годам ограничения свободы."
)


@pytest.mark.parametrize(
    ("text", "name", "events", "measure"),
    [
        # accepted: "the next day, 3 March" tells the second arrest's day again, no event of its
        # own; "both since then in the remand centre" is custody since each arrest
        (
            _ARRESTS,
            "Сергей Ковалёв",
            [("detention", "2026-03-02"), ("verdict", "2026-10-16")],
            [("detention", "custody")],
        ),
        (
            _ARRESTS,
            "Айдос Жанибеков",
            [("detention", "2026-03-03"), ("verdict", "2026-10-16")],
            [("detention", "custody")],
        ),
        # refused: a second day with an event of its own is its own clause
        (
            "Сергея Ковалёва задержали 2 марта 2026 года, а 4 марта суд поместил его под "
            "домашний арест. 16 октября 2026 года суд приговорил Ковалёва к четырём годам "
            "лишения свободы.",
            "Сергей Ковалёв",
            [
                ("detention", "2026-03-02"),
                ("preventive_measure", "2026-03-04"),
                ("verdict", "2026-10-16"),
            ],
            [("preventive_measure", "house_arrest")],
        ),
    ],
)
def test_a_day_told_again_stays_with_its_event(
    text: str, name: str, events: list[tuple[str, str]], measure: list[tuple[str, str]]
) -> None:
    from bench.extract import case_fields

    [case] = [c for c in extract_cases(text) if c["person"]["name"] == name]
    fields = case_fields(case)
    assert sorted(fields["events"]) == events
    assert fields["measure"] == measure


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # accepted: the passive with the noun first
        ("Обвинение предъявлено 12.11.2026.", "charge"),
        ("Обвинение ему предъявлено 12 ноября.", "charge"),
        ("Судебное рассмотрение в Таразском городском суде начато 10.11.2026.", "trial"),
        ("Разбирательство по делу начато 10 ноября.", "trial"),
        # refused: an investigation begun is no trial, a charge not yet brought is no charge
        ("Досудебное расследование начато 2 февраля.", None),
        ("Обвинение пока не сформулировано.", None),
    ],
)
def test_charge_and_trial_in_the_passive(text: str, kind: str | None) -> None:
    from bot.extract.scopes import _event_kind

    assert _event_kind(text, "ru") == kind


_RESTRICTION_WITH_HOURS = (
    "19 декабря 2022 года Сарыаркинский районный суд г. Астаны признал Айжан Сапарбекову "
    "виновной по части 2 статьи 405 УК РК и назначил ей 2 года ограничения свободы и 100 часов "
    "принудительного труда. 14 февраля 2023 года апелляционная коллегия суда города Астаны "
)


@pytest.mark.parametrize(
    ("ruling", "appeal"),
    [
        # accepted: restriction of liberty replaced by prison takes its hours of labour with it
        (
            "усилила ей наказание: вместо 2 лет ограничения свободы она приговорена к 1 году "
            "лишения свободы.",
            [("appeal_ruling", "imprisonment", 12, None, None)],
        ),
        # refused: a shorter restriction keeps them
        (
            "смягчила ей наказание до 1 года ограничения свободы.",
            [
                ("appeal_ruling", "restriction_of_liberty", 12, None, None),
                ("appeal_ruling", "community_service", None, 100, None),
            ],
        ),
    ],
)
def test_hours_of_labour_go_with_the_restriction_they_belong_to(
    ruling: str, appeal: list[tuple[object, ...]]
) -> None:
    from tests.extract_support import appeal_reading

    after_appeal, _outcomes = appeal_reading(_RESTRICTION_WITH_HOURS + ruling)
    assert after_appeal == appeal


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        # accepted: the first hearing held opens the trial
        (
            "en",
            "The first hearing in the case of blogger Nurlan Abenov took place on 1 March 2026.",
            "trial",
        ),
        ("ru", "Первое судебное заседание по делу прошло 1 марта.", "trial"),
        # refused: a first hearing put off or still to come
        ("en", "The first hearing was postponed to 5 March.", None),
        ("en", "The first hearing is scheduled for 5 March.", None),
        ("ru", "Первое заседание отложено на неделю.", None),
    ],
)
def test_the_first_hearing_opens_the_trial(language: str, text: str, kind: str | None) -> None:
    from bot.extract.scopes import _event_kind

    assert _event_kind(text, language) == kind


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # accepted: a weekday or "yesterday" counted back from the item's dateline
        (
            "ALMATY, November 21, 2026 -- A court in Almaty on Thursday sentenced blogger Nurlan "
            "Abenov to three years of restricted freedom.",
            "2026-11-19",
        ),
        (
            "Алматы, 21 ноября 2026 года. Вчера суд приговорил блогера Нурлана Абенова к трём "
            "годам ограничения свободы.",
            "2026-11-20",
        ),
        (
            "Алматы, 21 ноября 2026 года. В четверг суд приговорил блогера Нурлана Абенова к "
            "трём годам ограничения свободы.",
            "2026-11-19",
        ),
        (
            "Алматы, 2026 жылғы 21 қараша. Кеше сот блогер Нұрлан Әбеновке 3 жыл бас "
            "бостандығын шектеу жазасын тағайындады.",
            "2026-11-20",
        ),
        # refused: no day named, the dateline's own
        (
            "ALMATY, November 21, 2026 -- A court in Almaty sentenced blogger Nurlan Abenov to "
            "three years of restricted freedom.",
            "2026-11-21",
        ),
    ],
)
def test_a_day_named_from_the_dateline(text: str, date: str) -> None:
    [case] = extract_cases(text)
    assert [e["date"] for e in case["events"] if e["kind"] == "verdict"] == [date]


@pytest.mark.parametrize(
    ("language", "text", "back"),
    [
        ("en", "The court on Thursday sentenced him.", 2),  # 21 November 2026 is a Saturday
        ("en", "He was detained on Saturday.", 0),
        ("kk", "Сот бейсенбіде үкім шығарды.", 2),
        # refused: two weekdays (a hearing moved from one to the other), a lower-case word
        ("en", "The hearing moved from Monday to Thursday.", None),
        ("en", "He said that may be so.", None),
    ],
)
def test_days_before_the_news(language: str, text: str, back: int | None) -> None:
    import datetime as dt

    from bot.extract.datelines import days_before_news

    assert days_before_news(text, language, dt.date(2026, 11, 21)) == back


@pytest.mark.parametrize(
    ("text", "events", "sentence"),
    [
        # accepted: the punishment told under the dateline goes to the verdict of its own day
        (
            "Алматы, 21 ноября 2026 года. Суд приговорил блогера Нурлана Абенова к трём годам "
            "ограничения свободы. Приговор был оглашён 19 ноября.",
            [("verdict", "2026-11-19")],
            [("verdict", "restriction_of_liberty", 36, None, None)],
        ),
        (
            "Алматы, 2026 жылғы 21 қараша. Сот блогер Нұрлан Әбеновке 3 жыл бас бостандығын "
            "шектеу жазасын тағайындады. Үкім 19 қарашада жарияланды.",
            [("verdict", "2026-11-19")],
            [("verdict", "restriction_of_liberty", 36, None, None)],
        ),
        # refused: another event's own day leaves the verdict on the dateline's day
        (
            "Алматы, 21 ноября 2026 года. Суд приговорил блогера Нурлана Абенова к трём годам "
            "ограничения свободы. Блогер был задержан 3 марта.",
            [("detention", "2026-03-03"), ("verdict", "2026-11-21")],
            [("verdict", "restriction_of_liberty", 36, None, None)],
        ),
    ],
)
def test_a_verdict_dated_after_the_dateline_keeps_its_punishment(
    text: str, events: list[tuple[str, str]], sentence: list[tuple[object, ...]]
) -> None:
    from bench.extract import case_fields

    [case] = extract_cases(text)
    fields = case_fields(case)
    assert sorted(fields["events"]) == events
    assert fields["sentence"] == sentence


_FOUR_YEARS_EN = (
    "On 3 March 2026, the Taraz city court sentenced activist Nurlan Abenov to four years in "
    "prison. On 20 May 2026, the appeals court "
)
_FOUR_YEARS_RU = (
    "3 марта 2026 года Таразский городской суд приговорил активиста Нурлана Абенова к четырём "
    "годам лишения свободы. 20 мая 2026 года апелляционная коллегия "
)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        # accepted: a term taken off or added "by"
        (_FOUR_YEARS_EN + "reduced his sentence by one year.", 36),
        (_FOUR_YEARS_EN + "increased his sentence by six months.", 54),
        (_FOUR_YEARS_RU + "сократила срок на один год.", 36),
        # refused: reduced "to" a term is that term
        (_FOUR_YEARS_EN + "reduced his sentence to three years.", 36),
        (_FOUR_YEARS_RU + "снизила срок наказания до двух лет.", 24),
    ],
)
def test_a_term_changed_by_a_number(text: str, months: int) -> None:
    [case] = extract_cases(text)
    [ruling] = [e for e in case["events"] if e["kind"] == "appeal_ruling"]
    assert [p["term_months"] for p in ruling["sentence"]] == [months]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # accepted: prison named by «заключение» right after the term
        ("ru", "приговорил к пяти годам заключения", [("imprisonment", 60)]),
        # refused: custody, an expert's report
        ("ru", "продлил срок заключения под стражей на два месяца", []),
        ("ru", "согласно заключению эксперта, пост на 3 года", []),
        # Kazakh: the accusative slip and the term inside the phrase
        ("kk", "оған 5 жылға бас бостандығын айыру жазасы тағайындалды", [("imprisonment", 60)]),
        ("kk", "бас бостандығынан 5 жылға айырылды", [("imprisonment", 60)]),
        # refused: restriction is not deprivation
        ("kk", "2 жыл бас бостандығын шектеу", [("restriction_of_liberty", 24)]),
    ],
)
def test_imprisonment_in_other_words(
    language: str, text: str, expected: list[tuple[str, int]]
) -> None:
    from bot.extract.sentence import find_parts

    assert [(p.kind, p.term_months) for p in find_parts(text, language)] == expected


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # accepted as no verdict day: the day a verdict entered into force
        (
            "Приговор в отношении Нурлана Абенова вступил в законную силу 5 декабря 2026 года. "
            "Напомним, 3 ноября 2026 года суд приговорил его к трём годам ограничения свободы.",
            "2026-11-03",
        ),
        (
            "The verdict against Nurlan Abenov entered into force on 5 December 2026. On 3 "
            "November 2026 the court had sentenced him to three years of restricted freedom.",
            "2026-11-03",
        ),
        (
            "Нұрлан Әбеновке қатысты үкім 2026 жылғы 5 желтоқсанда заңды күшіне енді. Сот оны "
            "2026 жылғы 3 қарашада 3 жыл бас бостандығын шектеуге соттаған.",
            "2026-11-03",
        ),
        # refused: a verdict not yet in force is dated by its own day
        (
            "3 ноября 2026 года суд приговорил Нурлана Абенова к трём годам ограничения свободы. "
            "Приговор не вступил в законную силу.",
            "2026-11-03",
        ),
    ],
)
def test_the_day_a_verdict_took_effect_is_no_verdict_day(text: str, verdict: str) -> None:
    [case] = extract_cases(text)
    assert [e["date"] for e in case["events"] if e["kind"] == "verdict"] == [verdict]


@pytest.mark.parametrize(
    ("text", "released"),
    [
        # a live report's present tense
        (
            "20 ноября 2026 года суд приговорил активиста Алмаса КЕНЖЕБАЕВА к трём годам "
            "ограничения свободы. Кенжебаева освобождают из-под стражи в зале суда.",
            True,
        ),
        (
            "20 ноября 2026 года суд приговорил активиста Алмаса КЕНЖЕБАЕВА к трём годам "
            "ограничения свободы. Кенжебаев освобождается из-под стражи в зале суда.",
            True,
        ),
        # a request to free him is no release
        (
            "20 ноября 2026 года суд приговорил активиста Алмаса КЕНЖЕБАЕВА к трём годам "
            "лишения свободы. Защита просит освобождать подзащитных до рассмотрения жалоб.",
            False,
        ),
    ],
)
def test_a_release_told_in_the_present_tense(text: str, released: bool) -> None:
    (case,) = extract_cases(text)
    assert any(e["kind"] == "release" for e in case["events"]) is released


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a long description of the person between «признал» and «виновным»
        (
            "5 ноября 2026 года суд признал жителя Кульсары, 33-летнего безработного Нурбола "
            "ИЗБАСАРОВА, создавшего в Telegram чат «Құлсары үні» для жителей района, виновным "
            "по ч. 3 ст. 272 УК.",
            "verdict",
        ),
        ("5 ноября 2026 года суд признал ходатайство защиты необоснованным.", None),
    ],
)
def test_found_guilty_with_a_long_description_between(text: str, kind: str | None) -> None:
    from bot.extract.scopes import _event_kind

    assert _event_kind(text, "ru") == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a petition filed is no ruling yet
        (
            "10 ноября 2026 года защита подает ходатайство о пересмотре приговора в "
            "кассационном порядке в Верховный суд.",
            None,
        ),
        ("12 ноября 2026 года адвокат подал кассационную жалобу.", None),
        # a ruling stays one
        (
            "29 сентября 2026 года апелляционная коллегия оставила приговор без изменения.",
            "appeal_ruling",
        ),
        ("10 декабря 2026 года Верховный суд отказал в пересмотре приговора.", "appeal_ruling"),
    ],
)
def test_a_cassation_petition_filed_is_no_ruling(text: str, kind: str | None) -> None:
    from bot.extract.scopes import _event_kind

    assert _event_kind(text, "ru") == kind


@pytest.mark.parametrize(
    ("text", "court"),
    [
        # a district's court named without its town
        (
            "Суд Панфиловского района начал 25 ноября 2026 года рассматривать уголовное дело "
            "общественника Нурлана МАМЫРОВА.",
            "суд Панфиловского района",
        ),
        # with its region, the longer name
        (
            "25 ноября 2026 года в суде Сарыагашского района Туркестанской области начался "
            "процесс по делу блогера Нурлана МАМЫРОВА.",
            "суд Сарыагашского района Туркестанской области",
        ),
    ],
)
def test_a_district_court_named_without_its_town(text: str, court: str) -> None:
    (case,) = extract_cases(text)
    assert case["court"] == court


@pytest.mark.parametrize(
    ("text", "city", "aliases"),
    [
        # a given name that is also a town's (Нурсултан), a region's adjective in brackets
        (
            "Нурсултан ЖОЛДАСОВ (Аральск, Кызылординская обл.), 31 год, гражданский активист, "
            "приговорён к году ограничения свободы по ч. 1 ст. 378 УК РК; Аральский районный "
            "суд, 21 октября 2026.",
            "Аральск",
            [],
        ),
        (
            "Нурсултан ЖОЛДАСОВ, 31 год, гражданский активист из Аральска, 21 октября 2026 года "
            "приговорён к году ограничения свободы по ч. 1 ст. 378 УК РК.",
            "Аральск",
            [],
        ),
        # another spelling in brackets stays one
        (
            "Нурсултан ЖОЛДАСОВ (в документах — Нурсултан Жолдасулы) 21 октября 2026 года "
            "оштрафован по ч. 1 ст. 378 УК РК.",
            None,
            ["Нурсултан Жолдасулы"],
        ),
    ],
)
def test_a_given_name_or_a_regions_adjective_is_no_town_and_no_alias(
    text: str, city: str | None, aliases: list[str]
) -> None:
    (case,) = extract_cases(text)
    assert (case["person"]["city"], case["person"]["aliases"]) == (city, aliases)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a list's fields, the noun first
        ("Обвинение предъявлено 12.11.2026.", "charge"),
        ("Обвинение ему предъявлено 12 ноября 2026 года.", "charge"),
        (
            "Стадия: судебное рассмотрение в Таразском городском суде (судья Мурат "
            "Алдабергенов) начато 10.11.2026.",
            "trial",
        ),
        ("Рассмотрение дела начато 10 ноября 2026 года.", "trial"),
        # a charge not yet brought, a hearing on something else
        ("Обвинение пока не сформулировано.", None),
        ("Рассмотрение жалобы на бездействие полиции назначено на 10 ноября.", None),
    ],
)
def test_a_charge_or_a_trial_told_noun_first(text: str, kind: str | None) -> None:
    from bot.extract.scopes import _event_kind

    assert _event_kind(text, "ru") == kind


@pytest.mark.parametrize(
    ("after", "measures"),
    [
        # how long he was held, told after the verdict: no new measure
        (
            "21 ноября 2026 года адвокат сказал: «Невиновный человек провёл в СИЗО четыре месяца».",
            [],
        ),
        ("21 ноября 2026 года стало известно, что он пробыл в СИЗО полгода.", []),
        # a measure ordered that day stays one
        ("21 ноября 2026 года его снова поместили в СИЗО.", ["custody"]),
    ],
)
def test_time_spent_in_custody_is_no_new_measure(after: str, measures: list[str]) -> None:
    (case,) = extract_cases(
        "20 ноября 2026 года суд приговорил активиста Алмаса КЕНЖЕБАЕВА к трём годам "
        "ограничения свободы. " + after
    )
    assert [e["measure"] for e in case["events"] if e["kind"] == "preventive_measure"] == measures


def _live_blog(first_post: str) -> str:
    return (
        "Приговор Алмасу Кенжебаеву: трансляция из зала суда\n\nАтырау, 20 ноября 2026 года\n\n"
        f"09:40\n{first_post}\n\n"
        "10:05\nЗаседание открыла судья Гульмира Акжигитова. Алмаса Кенжебаева, инженера из "
        "Атырау, заводят в «аквариум». Он под стражей с 15 июля.\n\n"
        "15:55\nОглашается приговор. Суд признал Кенжебаева виновным по ч. 2 ст. 174 УК РК и "
        "назначил ему три года ограничения свободы.\n"
    )


@pytest.mark.parametrize(
    ("first_post", "court"),
    [
        # the one court named in a post that gave no case (people outside the courthouse) is
        # the court of the text's one case, which names none (h18d)
        (
            "У здания Атырауского городского суда собралось около двадцати человек, среди них "
            "жена подсудимого Меруерт и правозащитница Салтанат Ибраева.",
            "Атырауский городской суд",
        ),
        # refused: no court named; two courts named
        (
            "У здания суда собралось около двадцати человек, среди них жена подсудимого Меруерт "
            "и правозащитница Салтанат Ибраева.",
            None,
        ),
        (
            "Одни собрались у Атырауского городского суда, другие у Жылыойского районного суда, "
            "среди них жена подсудимого Меруерт и правозащитница Салтанат Ибраева.",
            None,
        ),
    ],
)
def test_the_only_court_a_live_blog_names(first_post: str, court: str | None) -> None:
    [case] = extract_cases(_live_blog(first_post))
    assert case["court"] == court


@pytest.mark.parametrize(
    ("text", "court"),
    [
        (
            "У здания Атырауского городского суда собралось двадцать человек.",
            "Атырауский городской суд",
        ),
        # refused: a court named with another event (a parole granted), or an appeal court
        ("Карасайский районный суд удовлетворил его ходатайство об УДО и освободил его.", None),
        ("У здания Атырауского областного суда собралось двадцать человек.", None),
    ],
)
def test_only_trial_court(text: str, court: str | None) -> None:
    assert officials.only_trial_court(text, "ru") == court


_TWO_VERDICTS = {
    "en": (
        "{opening}\n\n1. Nurlan SAPAROV, 45, an electrician, was sentenced to two years of "
        "restricted freedom under Article 174 for a Facebook post on 2 March 2026.\n\n2. Dana "
        "ISKAKOVA, 38, a nurse, was sentenced to a fine of 100 MCI under Article 274 for a video "
        "on 5 March 2026."
    ),
    "ru": (
        "{opening}\n\n1. Нурлан САПАРОВ, 45 лет, электрик, приговорён к двум годам ограничения "
        "свободы по ч. 1 ст. 174 УК за пост в Facebook от 2 марта 2026 года.\n\n2. Дана "
        "ИСКАКОВА, 38 лет, медсестра, приговорена к штрафу в 100 МРП по ч. 2 ст. 274 УК за видео "
        "от 5 марта 2026 года."
    ),
    "kk": (
        "{opening}\n\nЭлектрик Нұрлан САПАРОВ 2026 жылғы 2 наурызда Facebook-те пост жариялағаны "
        "үшін ҚК-нің 174-бабының 1-бөлігі бойынша 2 жыл бас бостандығын шектеу жазасына "
        "кесілді.\n\nМейірбике Дана ЖҰМАБАЕВА 2026 жылғы 5 наурызда бейне жариялағаны үшін "
        "ҚК-нің 274-бабының 2-бөлігі бойынша 100 АЕК айыппұлға кесілді."
    ),
}


@pytest.mark.parametrize(
    ("language", "opening", "court"),
    [
        # the one trial court an opening names is the court of each co-defendant whose own
        # paragraph names none
        (
            "en",
            'Live from the Semey City Court: two verdicts in the "water tariff" case today.',
            "Semey City Court",
        ),
        (
            "ru",
            "Сегодня в Семейском городском суде огласили два приговора по делу о митинге.",
            "Семейский городской суд",
        ),
        (
            "kk",
            "Бүгін Семей қалалық сотында митинг ісі бойынша екі белсендіге үкім шықты.",
            "Семей қалалық соты",
        ),
        # refused: two courts named, neither said to be whose
        (
            "en",
            "Two verdicts today in Semey, one from the Semey City Court and one from the Abai "
            "District Court.",
            None,
        ),
        (
            "ru",
            "Сегодня огласили приговоры в Семейском городском суде и в Жарминском районном суде.",
            None,
        ),
    ],
)
def test_the_one_court_of_co_defendants_whose_paragraphs_name_none(
    language: str, opening: str, court: str | None
) -> None:
    cases = extract_cases(_TWO_VERDICTS[language].format(opening=opening))
    assert [c["court"] for c in cases] == [court, court]


@pytest.mark.parametrize(
    ("text", "name", "language", "title"),
    [
        # a person's share of a shared sentence starts at their title, age included
        (
            "по 3 года, 46-летнему предпринимателю Кабдуллину – 2 года",
            "Кабдуллину",
            "ru",
            "46-летнему предпринимателю Кабдуллину",
        ),
        ("суд назначил программисту Лысенко год", "Лысенко", "ru", "программисту Лысенко"),
        (
            "and 45-year-old teacher Dana Omarova two years",
            "Dana",
            "en",
            "45-year-old teacher Dana Omarova",
        ),
        (
            "ал 41 жастағы мұғалім Динара Әлімжанова",
            "Динара",
            "kk",
            "41 жастағы мұғалім Динара Әлімжанова",
        ),
        # refused: no trade right before the name (a verb; a comma between)
        ("суд назначил Лысенко год", "Лысенко", "ru", "Лысенко"),
        ("об этом сказал программист, Лысенко", "Лысенко", "ru", "Лысенко"),
    ],
)
def test_a_share_starts_at_the_persons_title(
    text: str, name: str, language: str, title: str
) -> None:
    from bot.extract.codefendants import _title_start

    start = text.index(name)
    assert text[_title_start(text, start, language, 0) :].startswith(title)


def test_two_titled_co_defendants_keep_their_own_trades() -> None:
    text = (
        "Суд рассмотрел дело Артема Лысенко и Серика Кабдуллина. 8 сентября 2026 года суд "
        "признал обоих виновными по ч. 2 ст. 405 УК РК. 31-летнему программисту Лысенко "
        "назначили 1 год ограничения свободы, 46-летнему предпринимателю Кабдуллину – 2 года "
        "ограничения свободы."
    )
    got = {c["person"]["name"].split()[-1]: c["person"]["occupation"] for c in extract_cases(text)}
    assert got == {"Лысенко": "программист", "Кабдуллин": "предприниматель"}


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        # whom a thing was told to is someone else, not the person
        (
            "Лысенко Артем, программист. «Это не участие», – сказал журналисту Altai Habar "
            "адвокат.",
            "программист",
        ),
        ("Шевченко Игорь, экоактивист, сказал журналистам: «Буду обжаловать».", "экоактивист"),
        ("Dana Omarova, a nurse, told reporters she would appeal.", "nurse"),
        # refused: the person's own name after the trade; a trade said of the speaker
        ("Об этом сообщил журналист Игорь Шевченко.", "журналист"),
        ("Шевченко Игорь, журналист, сообщил о приговоре.", "журналист"),
    ],
)
def test_whom_it_was_told_to_is_someone_else(text: str, occupation: str) -> None:
    from bot.extract.occupation import _occupation

    language = "en" if text.isascii() else "ru"
    name = re.search(r"Лысенко Артем|Шевченко Игорь|Игорь Шевченко|Dana Omarova", text)
    assert name is not None
    assert _occupation(text, language, [name.span()]) == occupation


@pytest.mark.parametrize(
    ("description", "deed"),
    [
        # a verdict's subject with noun asides of who they are, then where, then the verb
        (
            "Ахметжанов Т.К., житель г. Кентау, ранее не судимый, временно неработающий, в "
            "мессенджере Telegram в группе «Кентау 24/7» разместил видеообращение",
            "в мессенджере Telegram в группе «Кентау 24/7» разместил видеообращение",
        ),
        (
            "Касымов А.Б., уроженец с. Шиели, через свой аккаунт опубликовал пост",
            "через свой аккаунт опубликовал пост",
        ),
        # refused: an aside that is no one's description; a place with no past verb after it
        (
            "Ахметжанов Т.К., председатель комиссии, в группе разместил видео",
            "Ахметжанов Т.К., председатель комиссии, в группе разместил видео",
        ),
        (
            "Ахметжанов Т.К., житель г. Кентау, в группе «Кентау 24/7» видеообращение",
            "Ахметжанов Т.К., житель г. Кентау, в группе «Кентау 24/7» видеообращение",
        ),
    ],
)
def test_a_verdicts_subject_with_who_they_are_then_where(description: str, deed: str) -> None:
    from bot.extract.act_spans import without_lead

    assert without_lead(description, "ru")[0] == deed


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # two nouns in one oblique case each side of «и»: one act
        ("разместил видеообращение с призывами к беспорядкам и неподчинению полиции", 1),
        ("опубликовал пост о коррупции в акимате и нарушениях в больнице", 1),
        # refused: a second verb after «и»; two things in the accusative
        ("разместил видео в группе и опубликовал пост в Facebook о ценах", 2),
    ],
)
def test_objects_in_one_case_each_side_of_and_are_one_act(text: str, count: int) -> None:
    from bot.extract.acts import _split_acts

    assert len(_split_acts(text, "ru")) == count


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        # a verdict's «временно неработающий» is how the court tells who the person is
        (
            "Ахметжанов Т.К., житель г. Кентау, временно неработающий, разместил видео.",
            "временно неработающий",
        ),
        ("Ахметжанова Т.К., временно неработающая, разместила видео.", "временно неработающая"),
        # the one a thing was passed to; a trade a relative clause tells of, no name before
        ("Хайруллин Марат, врач, передал журналистке аудиозапись.", "врач"),
        ("Хайруллин Марат, врач. У суда задержали блогера, который вел эфир.", "врач"),
        # refused: «неработающий» without «временно»; a relative clause after the name
        ("Хайруллин Марат, неработающий, разместил видео.", None),
        ("Суд осудил блогера Хайруллина Марата, который вел эфир.", "блогер"),
    ],
)
def test_no_trade_told_by_a_verdict_and_trades_of_others(text: str, occupation: str | None) -> None:
    from bot.extract.occupation import _occupation

    name = re.search(r"Ахметжанов\w* Т\.К\.|Хайруллин\w* Марат\w*", text)
    assert name is not None
    assert _occupation(text, "ru", [name.span()]) == occupation


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        # the author of a channel told by its name, with the channel
        (
            "Асель Муканова – 36-летняя журналистка, автор Telegram-канала «Жайық хабар», на "
            "который подписаны 20 тысяч человек.",
            "журналистка, автор Telegram-канала «Жайық хабар»",
        ),
        ("Асель Муканова, автор блога «Голос села», задержана.", "автор блога «Голос села»"),
        # refused: an article's author; a byline; a headline's label the body says otherwise
        ("Асель Муканова, автор статьи о ценах, задержана.", None),
        ("Автор: Асель Муканова\n\nСуд вынес приговор.", None),
        (
            "В Атырау арестован автор YouTube-канала «Жайык ТВ»\n\nАсель Муканова, блогер, "
            "арестована на два месяца.",
            "блогер",
        ),
    ],
)
def test_the_author_of_a_channel(text: str, occupation: str | None) -> None:
    from bot.extract.occupation import _occupation

    start = text.index("Асель")
    assert _occupation(text, "ru", [(start, start + 14)]) == occupation


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # a post's short form of the reason: «Повод — X»
        (
            "27 ноября 2026 года Актауский городской суд №2 назначил блогеру Айдане Сейтовой 2 "
            "года ограничения свободы по ч. 2 ст. 274 УК РК. Повод — сторис в Instagram от 14 "
            "августа 2026 года о вспышке инфекции в лагере.",
            [("2026-08-14", "сторис в Instagram о вспышке инфекции в лагере")],
        ),
        # refused: the word inside a sentence, no dash after it
        (
            "27 ноября 2026 года Актауский городской суд №2 назначил блогеру Айдане Сейтовой 2 "
            "года ограничения свободы по ч. 2 ст. 274 УК РК. Повода для жалобы защита не нашла.",
            [],
        ),
    ],
)
def test_the_reason_told_after_a_dash(text: str, acts: list[tuple]) -> None:
    (case,) = extract_cases(text)
    assert [(a.get("date"), a["description"]) for a in case["acts"]] == acts


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        # a letter's addressee heading it: whom it is sent to
        ("Председателю ОФ «Правовой щит»\n\nЕрмеков Жанибек, активист, осужден.", "активист"),
        ("Директору ТОО «Береке»\nЕрмеков Жанибек, активист, осужден.", "активист"),
        # refused: the trade in the dative inside the story's sentence; a name on its line
        ("Ермеков Жанибек, активист.\nАктивисту назначили штраф.", "активист"),
        ("Ермеков Жанибек.\nВодителю Ермекову Жанибеку назначили штраф.", "водитель"),
    ],
)
def test_a_letters_addressee_is_not_the_person(text: str, occupation: str) -> None:
    from bot.extract.occupation import _occupation

    name = re.search(r"Ермеков\w* Жанибек\w*", text)
    assert name is not None
    assert _occupation(text, "ru", [name.span()]) == occupation


# --- h18b: a chronology's trial, a punishment changed, a judge's refusal, courtroom custody ----


def _h18b_events(text: str) -> list[tuple[str, str | None]]:
    [case] = extract_cases(text)
    return [(e["kind"], e["date"]) for e in case["events"]]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a chronology's noun: «13 мая – начало суда»
        ("• 13 мая 2026 – начало суда в Жылыойском районном суде.", "trial"),
        ("13 мая 2026 года – начало судебного процесса.", "trial"),
        # held until the trial began: no trial that day
        ("2 марта 2026 года задержан и до начала суда содержался в СИЗО.", "detention"),
    ],
)
def test_the_beginning_of_a_trial_as_a_noun(text: str, kind: str) -> None:
    from bot.extract.scopes import _event_kind

    assert _event_kind(text, "ru") == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a single judge refusing to refer a petition to the cassation board: no ruling
        (
            "11 ноября 2026 года судья Верховного суда отказал в передаче ходатайства на "
            "рассмотрение кассационной коллегии.",
            None,
        ),
        # the Supreme Court refusing to review the case: a ruling
        ("16 января 2024 года Верховный суд отказал в пересмотре дела.", "appeal_ruling"),
    ],
)
def test_a_judge_refusing_to_refer_a_petition_is_no_ruling(text: str, kind: str | None) -> None:
    from bot.extract.scopes import _event_kind

    assert _event_kind(text, "ru") == kind


_DOSSIER = (
    "Нурлан Ержанов задержан 2 марта 2026 года. 19 июня 2026 года Жылыойский районный суд "
    "приговорил Ержанова к 2 годам ограничения свободы. Прокуратура принесла протест. 28 августа "
    "2026 года апелляционная судебная коллегия удовлетворила его: наказание изменено на 2 года "
    "лишения свободы. Ержанова взяли под стражу в зале суда."
)


def test_a_punishment_changed_to_prison_is_increased_and_custody_in_court_is_an_event() -> None:
    [case] = extract_cases(_DOSSIER)
    assert [(e["kind"], e["date"]) for e in case["events"]] == [
        ("detention", "2026-03-02"),
        ("verdict", "2026-06-19"),
        ("appeal_ruling", "2026-08-28"),
        ("detention", "2026-08-28"),
    ]
    appeal = case["events"][2]
    assert appeal["appeal_outcome"] == "increased"
    assert [(p["kind"], p["term_months"]) for p in appeal["sentence"]] == [("imprisonment", 24)]


def test_a_second_detention_not_in_the_courtroom_is_not_repeated() -> None:
    # a second arrest told later, on no ruling's day, adds no event (the first one is the case's)
    events = _h18b_events(
        "Нурлан Ержанов задержан 2 марта 2026 года. 19 июня 2026 года суд приговорил Ержанова к "
        "2 годам ограничения свободы. 5 июля 2026 года его снова задержали на митинге."
    )
    assert [k for k, _ in events].count("detention") == 1


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the charge told with the noun first and the article between
        (
            "Обвинение по той же ч. 2 ст. 274 УК РК ему предъявили 2 октября 2026 года.",
            "charge",
        ),
        ("Обвинение предъявлено 12.11.2026.", "charge"),
        # an accusation told, no charge brought that day
        ("2 октября 2026 года обвинение попросило суд отложить заседание.", None),
        # «Процесс начался 29 октября»
        ("Процесс начался 29 октября 2026 года в Уральском городском суде.", "trial"),
        ("Процесс по делу начался 29 октября 2026 года.", "trial"),
    ],
)
def test_a_charge_and_a_trial_told_noun_first(text: str, kind: str | None) -> None:
    from bot.extract.scopes import _event_kind

    assert _event_kind(text, "ru") == kind


_EXPLAINER = (
    "Асель Муканова – журналистка из Уральска.\n\n"
    "2 июля 2026 года Муканову задержали в аэропорту.\n\n"
    "Кто еще проходит по делу?\n\n"
    "Врач Марат Хайруллин. Обвинение ему предъявили 2 октября 2026 года.\n\n"
    "Что решил суд?\n\n"
    "26 ноября 2026 года судья признала Муканову виновной и назначила ей 1 год 6 месяцев "
    "ограничения свободы.\n\n"
    "Что дальше?\n\n"
    "Приговор не вступил в законную силу."
)


def test_a_paragraph_naming_an_earlier_person_by_surname_goes_back_to_her_case() -> None:
    cases = {c["person"]["name"]: c for c in extract_cases(_EXPLAINER)}
    assert [e["kind"] for e in cases["Асель Муканова"]["events"]] == ["detention", "verdict"]
    assert [e["kind"] for e in cases["Марат Хайруллин"]["events"]] == ["charge"]


def test_a_paragraph_naming_the_last_person_stays_with_him() -> None:
    text = _EXPLAINER.replace("признала Муканову виновной", "признала Хайруллина виновным")
    cases = {c["person"]["name"]: c for c in extract_cases(text)}
    assert [e["kind"] for e in cases["Асель Муканова"]["events"]] == ["detention"]
    assert "verdict" in [e["kind"] for e in cases["Марат Хайруллин"]["events"]]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a request naming a person by initials, then a second person's term after a dash
        (
            "Государственный обвинитель просил назначить Ахметжанову Т.К. 4 года лишения "
            "свободы, Ли Р.С. – 2 года ограничения свободы.",
            [],
        ),
        # the court's own decision after the request's clause stays
        (
            "Прокурор просил 3 года лишения свободы, суд назначил 2 года лишения свободы.",
            [("imprisonment", 24)],
        ),
    ],
)
def test_a_request_runs_over_initials_and_an_elliptic_clause(
    text: str, kept: list[tuple[str, int]]
) -> None:
    from bot.extract.blocks import Sentence
    from bot.extract.references import without_requests
    from bot.extract.sentence import find_parts

    left = without_requests(Sentence(0, text), "ru").text
    assert [(p.kind, p.term_months) for p in find_parts(left, "ru")] == kept


_THREAD = (
    "Динара Абишева @dinara_abisheva_kz · 26 нояб. 2026\n"
    "1/3 Только что из суда. Апелляционная коллегия удовлетворила протест прокурора по делу "
    "Романа Гусейнова.\n\n"
    "2/3 19 августа 2026 года районный суд назначил Роману Гусейнову 2 года ограничения свободы "
    "и 120 часов принудительного труда.\n\n"
    "3/3 Сегодня коллегия изменила приговор: 2 года лишения свободы. Принудительный труд "
    "отменен. Романа взяли под стражу прямо в зале."
)


def test_a_thread_dated_by_its_post_header_and_a_verdict_changed_after_a_colon() -> None:
    [case] = extract_cases(_THREAD)
    assert [(e["kind"], e["date"]) for e in case["events"]] == [
        ("verdict", "2026-08-19"),
        ("appeal_ruling", "2026-11-26"),
        ("detention", "2026-11-26"),
    ]
    appeal = case["events"][1]
    assert appeal["appeal_outcome"] == "increased"
    assert [(p["kind"], p["term_months"]) for p in appeal["sentence"]] == [("imprisonment", 24)]


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("Динара Абишева @dinara_abisheva_kz · 26 нояб. 2026", True),
        ("26 ноября 2026", True),
        # a sentence with a handle and a date is no dateline
        ("Пишет @dinara_kz: 26 ноября 2026 года суд оставил приговор в силе", False),
    ],
)
def test_a_post_header_with_a_handle_is_a_dateline(line: str, dateline: bool) -> None:
    from bot.extract.datelines import is_dateline

    assert is_dateline(line) is dateline


@pytest.mark.parametrize(
    ("text", "courtroom"),
    [
        ("Романа взяли под стражу прямо в зале.", True),
        ("Его взяли под стражу в зале суда.", True),
        # a hall of another building is no courtroom
        ("Встреча прошла в зале акимата.", False),
    ],
)
def test_the_hall_named_alone_is_the_courtroom(text: str, courtroom: bool) -> None:
    from bot.extract.datelines import COURTROOM

    assert bool(COURTROOM["ru"].search(text)) is courtroom


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # a ruling's passive: «наказание смягчено до 2 лет», the rest left unchanged
        (
            "Приговор изменен: назначенное наказание смягчено до 2 (двух) лет лишения свободы. "
            "В остальной части приговор оставлен без изменения.",
            "reduced",
        ),
        ("Срок наказания снижен до 1 года.", "reduced"),
        ("Срок наказания увеличен до 3 лет.", "increased"),
        # left unchanged alone
        ("Приговор оставлен без изменения.", "upheld"),
    ],
)
def test_an_appeal_outcome_told_in_the_passive(text: str, outcome: str) -> None:
    from bot.extract.references import outcome_of

    assert outcome_of(text, "ru") == outcome


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # costs «за проведение экспертизы» are the examination's fee
        (
            "Также с него взыскано 51 900 тенге процессуальных издержек за проведение экспертизы.",
            "forensic_fee",
        ),
        ("взыскано 15 800 тенге процессуальных издержек на проведение экспертизы", "forensic_fee"),
        # costs alone are court fees
        ("взысканы процессуальные издержки в сумме 12 450 тенге", "court_fees"),
        ("и судебные издержки 4 200 тенге", "court_fees"),
    ],
)
def test_costs_for_an_examination_are_its_fee(text: str, kind: str) -> None:
    from bot.extract.sentence import find_parts

    assert [p.kind for p in find_parts(text, "ru")] == [kind]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # the act's day told between the verdict and its costs does not end the verdict
        (
            "27 ноября 2026 года суд назначил блогеру Айдане Сейтовой 2 года ограничения "
            "свободы. Повод — сторис в Instagram от 14 августа о вспышке инфекции. Также "
            "взыскано 28 600 ₸ процессуальных издержек.",
            [("restriction_of_liberty", 24, None), ("court_fees", None, "28600.00")],
        ),
        # a dated sentence about another event does end it
        (
            "27 ноября 2026 года суд назначил блогеру Айдане Сейтовой 2 года ограничения "
            "свободы. Процесс начался 14 октября 2026 года. Также взыскано 28 600 ₸ "
            "процессуальных издержек.",
            [("restriction_of_liberty", 24, None)],
        ),
    ],
)
def test_an_acts_day_does_not_end_the_verdict(
    text: str, parts: list[tuple[str, int | None, str | None]]
) -> None:
    [case] = extract_cases(text)
    [verdict] = [e for e in case["events"] if e["kind"] == "verdict"]
    assert [(p["kind"], p["term_months"], p["amount"]) for p in verdict["sentence"]] == parts


@pytest.mark.parametrize(
    ("closing", "measures"),
    [
        # a letter signed from the remand prison: where it was written, no measure that day
        ("СИЗО г. Шымкента, 26 ноября", [("preventive_measure", "2026-10-10")]),
        # a measure ordered on a day is one
        (
            "26 ноября суд продлил ему арест на два месяца.",
            [("preventive_measure", "2026-10-10"), ("preventive_measure", "2026-11-26")],
        ),
    ],
)
def test_a_letters_place_line_in_custody_orders_no_measure(
    closing: str, measures: list[tuple[str, str]]
) -> None:
    [case] = extract_cases(
        "Бекжан Оспанкулов задержан 8 октября 2026 года. 10 октября 2026 года следственный суд "
        "санкционировал его арест на два месяца. Он пишет из СИЗО: «Меня держат в клетке».\n\n"
        + closing
    )
    assert [
        (e["kind"], e["date"]) for e in case["events"] if e["kind"] == "preventive_measure"
    ] == measures


_TRIAL_OPENED = (
    "13 мая 2026 года начался суд над журналистом Нурланом ЕРЖАНОВЫМ в Жылыойском районном суде. "
)


@pytest.mark.parametrize(
    ("verdict", "court"),
    [
        # the court as the verdict names it, before the trial's shorter mention (h18d)
        (
            "19 июня 2026 года Жылыойский районный суд Атырауской области приговорил Ержанова к "
            "2 годам ограничения свободы.",
            "Жылыойский районный суд Атырауской области",
        ),
        # refused: a verdict that names no court leaves the trial's
        (
            "19 июня 2026 года суд приговорил Ержанова к 2 годам ограничения свободы.",
            "Жылыойский районный суд",
        ),
    ],
)
def test_the_verdicts_court_before_the_trials(verdict: str, court: str) -> None:
    [case] = extract_cases(_TRIAL_OPENED + verdict)
    assert case["court"] == court


def _sentence_of(text: str) -> dict[str, list[tuple[str, str, int | None, int | None]]]:
    """Each case's sentence parts as (event, kind, months, hours), by the person's name."""
    return {
        c["person"]["name"]: sorted(
            (e["kind"], p["kind"], p["term_months"], p["hours"])
            for e in c["events"]
            for p in e["sentence"]
        )
        for c in extract_cases(text)
    }


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # what the article provides for, with what it is for between the verb and the maximum,
        # is no punishment (h19b)
        (
            "Уральский городской суд 3 марта 2026 года приговорил активиста Нурлана Касымова к "
            "двум годам ограничения свободы. Часть 2 статьи 174 предусматривает за разжигание "
            "розни до семи лет лишения свободы.",
            {"Нурлан Касымов": [("verdict", "restriction_of_liberty", 24, None)]},
        ),
        # a table row: the request in the note's cell ends at its border, the verdict's cell
        # before it stands; «1 г. 6 мес.» is a year and six months
        (
            "| ФИО | Дата | Решение | Примечание |\n|---|---|---|---|\n"
            "| Касымов Нурлан | 03.03.2026 | Приговор: 2 г. 6 мес. ограничения свободы, 200 часов "
            "принудительного труда "
            "| Прокурор просил 4 г. ограничения свободы |\n",
            {
                "Нурлан Касымов": [
                    ("verdict", "community_service", None, 200),
                    ("verdict", "restriction_of_liberty", 30, None),
                ]
            },
        ),
        # refused: «г.» of a town or a year is no term
        (
            "Суд г. Уральска 3 марта 2026 г. приговорил активиста Нурлана Касымова к 100 часам "
            "общественных работ.",
            {"Нурлан Касымов": [("verdict", "community_service", None, 100)]},
        ),
    ],
)
def test_a_laws_maximum_a_tables_request_and_an_abbreviated_year(
    text: str, sentence: dict[str, list[tuple[str, str, int | None, int | None]]]
) -> None:
    assert _sentence_of(text) == sentence


@pytest.mark.parametrize(
    ("row", "events", "stage"),
    [
        # a table's stage, the verb first: the trial began that day (h19b)
        (
            "| 1 | Касымов Нурлан | Уральский городской суд | 10.11.2026 | Начато судебное "
            "рассмотрение | Под стражей с 02.09.2026 |",
            [("detention", "2026-09-02"), ("trial", "2026-11-10")],
            "on_trial",
        ),
        # refused: a hearing set for later is no trial yet
        (
            "| 1 | Касымов Нурлан | Уральский городской суд | 10.11.2026 | Задержан, дело "
            "передано в суд |",
            [("detention", "2026-11-10")],
            "detained",
        ),
    ],
)
def test_a_tables_stage_with_the_verb_first(
    row: str, events: list[tuple[str, str]], stage: str
) -> None:
    header = "| № | ФИО | Суд | Дата | Стадия | Примечание |\n|---|---|---|---|---|---|\n"
    [case] = extract_cases(header + row + "\n")
    assert [(e["kind"], e["date"]) for e in case["events"]] == events
    assert case["stage"] == stage


def test_a_punishment_replaced_by_its_kind_first_outlives_a_later_review() -> None:
    # «наказание заменено на ограничение свободы сроком на 2 года» names the new kind before
    # its term; the cassation that left this ruling unchanged does not make it "upheld" (h19b)
    from tests.extract_support import appeal_reading

    text = (
        "Приговором Костанайского городского суда от 10 марта 2026 года Касымов Нурлан осужден "
        "к 3 (трем) годам лишения свободы. Постановлением апелляционной коллегии от 5 мая 2026 "
        "года приговор изменен: назначенное наказание заменено на ограничение свободы сроком на "
        "3 (три) года. Постановление апелляционной коллегии оставлено без изменения."
    )
    after, outcome = appeal_reading(text)
    assert after == [("appeal_ruling", "restriction_of_liberty", 36, None, None)]
    assert outcome == [("reduced",)]


_TWO_ON_TRIAL = (
    "Уральск, 20 ноября 2026 года.\n\nВ Уральском городском суде 20 ноября начался процесс по "
    "делу активистов Нурлана Касымова и Айгуль Бекеновой. Касымов с 3 августа находится в СИЗО. "
)
_TWO_ON_TRIAL_KK = (
    "Орал, 20 қараша 2026 жыл.\n\nОрал қалалық сотында 20 қарашада Нұрлан Қасымов пен Айгүл "
    "Бекенованың ісі бойынша сот процесі басталды. Қасымов 3 тамыздан бері тергеу изоляторында "
    "отыр. "
)


@pytest.mark.parametrize(
    ("text", "name", "measure"),
    [
        # a co-defendant's sentence told just before names its own day; this person's sentence
        # with a day of its own is of that day (h19b)
        (
            _TWO_ON_TRIAL + "Бекенова с 5 августа находится под домашним арестом.",
            "Айгуль Бекенова",
            ("preventive_measure", "2026-08-05", "house_arrest"),
        ),
        (
            _TWO_ON_TRIAL_KK + "Бекенова 5 тамыздан бері үй қамағында.",
            "Айгүл Бекенова",
            ("preventive_measure", "2026-08-05", "house_arrest"),
        ),
        # refused: "the same day" with no day of its own is the other's
        (
            _TWO_ON_TRIAL + "Бекенова в тот же день помещена под домашний арест.",
            "Айгуль Бекенова",
            ("preventive_measure", "2026-08-03", "house_arrest"),
        ),
    ],
)
def test_a_co_defendants_day_before_does_not_date_the_next_persons_own(
    text: str, name: str, measure: tuple[str, str, str]
) -> None:
    [case] = [c for c in extract_cases(text) if c["person"]["name"] == name]
    held = [(e["kind"], e["date"], e["measure"]) for e in case["events"] if e["measure"]]
    assert held == [measure]


@pytest.mark.parametrize(
    ("text", "detention"),
    [
        # a term counted from the arrest: held since that day (h19b)
        (
            "Приговором Уральского городского суда от 10.09.2026 Касымов Нурлан осужден к 2 "
            "(двум) годам лишения свободы. Касымов Н. задержан 02.04.2026, срок наказания "
            "исчисляется с даты его задержания.",
            ("detention", "2026-04-02", "custody"),
        ),
        (
            "On 10 September 2026 the Oral City Court sentenced Nurlan Kassymov to two years in "
            "prison. He was detained on 2 April 2026; the sentence is counted from the date of "
            "his arrest.",
            ("detention", "2026-04-02", "custody"),
        ),
        (
            "Орал қалалық соты 2026 жылғы 10 қыркүйекте Нұрлан Қасымовты 2 жылға бас "
            "бостандығынан айырды. Ол 2026 жылғы 2 сәуірде ұсталды, жаза мерзімі ұсталған "
            "күнінен бастап есептеледі.",
            ("detention", "2026-04-02", "custody"),
        ),
        # refused: a term counted from the verdict's entry into force says nothing of custody
        (
            "Приговором Уральского городского суда от 10.09.2026 Касымов Нурлан осужден к 2 "
            "(двум) годам лишения свободы. Касымов Н. задержан 02.04.2026, срок наказания "
            "исчисляется с момента вступления приговора в законную силу.",
            ("detention", "2026-04-02", None),
        ),
    ],
)
def test_a_term_counted_from_the_arrest_is_custody(
    text: str, detention: tuple[str, str, str | None]
) -> None:
    [case] = extract_cases(text)
    assert (case["events"][0]["kind"], case["events"][0]["date"], case["events"][0]["measure"]) == (
        detention
    )


@pytest.mark.parametrize(
    ("together", "shared"),
    [
        # accepted: all of them as the subject, one of them named for a deed of his own
        ("все трое", True),
        ("все они", True),
        # refused: a plural pronoun alone may be any of them (the named one's deed stays his)
        ("они", False),
    ],
)
def test_a_deed_of_all_three_is_each_ones(together: str, shared: bool) -> None:
    text = (
        "Костанайский городской суд 14 октября 2026 года осудил троих жителей города. "
        "Марат Сейткалиев приговорен к четырем годам лишения свободы. Дина Ахметова и Руслан "
        "Оспанов приговорены к двум годам ограничения свободы каждый.\n\n"
        f"По версии обвинения, в мае 2026 года {together} вступили в группу движения в "
        "WhatsApp, а Сейткалиев 2 июня распространил листовки движения."
    )
    acts_by_name = {
        c["person"]["name"]: [a["description"] for a in c["acts"]] for c in extract_cases(text)
    }
    joined = ["вступили в группу движения в WhatsApp"]
    assert acts_by_name["Марат Сейткалиев"] == [*joined, "распространил листовки движения"]
    assert acts_by_name["Дина Ахметова"] == (joined if shared else [])


@pytest.mark.parametrize(
    ("dating", "date"),
    [
        # accepted: the first of the works told in the active, its day without a year
        ("Первую статью она опубликовала 9 марта.", "2026-03-09"),
        ("Первую статью она написала 9 марта.", "2026-03-09"),
        ("Статья была опубликована 9 марта.", "2026-03-09"),
        # refused: another work than the act's, a day without a publishing verb
        ("Первое видео она выложила 9 марта.", None),
        ("Первую статью она обсуждала с редактором 9 марта.", None),
    ],
)
def test_a_sentence_dating_the_first_work_dates_the_act(dating: str, date: str | None) -> None:
    text = (
        "Уральский городской суд 20 ноября 2026 года приговорил журналистку Айнур Калиеву к "
        "двум годам ограничения свободы по ч. 2 ст. 274 УК РК за две статьи о закупках "
        f"акимата. {dating}"
    )
    (case,) = extract_cases(text)
    assert [(a["description"], a["date"]) for a in case["acts"]] == [
        ("две статьи о закупках акимата", date)
    ]


@pytest.mark.parametrize(
    ("note", "acts"),
    [
        # accepted: the work, then what it is about or where or when
        ("Блогер. Видео в TikTok о ценах на уголь", [("Видео в TikTok о ценах на уголь", None)]),
        (
            "Активист, пост от 03.02.2026 про аварию на ТЭЦ",
            [("пост про аварию на ТЭЦ", "2026-02-03")],
        ),
        # refused: a work named alone, a column of remarks
        ("Пенсионер. Видео", []),
        ("Комментарии: нет", []),
    ],
)
def test_a_monitoring_tables_note_names_the_work(
    note: str, acts: list[tuple[str, str | None]]
) -> None:
    text = (
        "Мониторинг судебных процессов, октябрь 2026 года\n\n"
        "| № | ФИО | Город | Статья | Суд | Дата | Решение | Примечание |\n"
        "|---|-----|-------|--------|-----|------|---------|------------|\n"
        "| 1 | Сапаров Нуржан Болатович | Экибастуз | ч. 1 ст. 174 | Экибастузский городской "
        f"суд | 14.10.2026 | Приговор: 1 год ограничения свободы | {note} |\n"
    )
    (case,) = extract_cases(text)
    assert [(a["description"], a["date"]) for a in case["acts"]] == acts


def _parts_by_name(text: str) -> dict[str, list[tuple[str, int | None, str | None]]]:
    """Each case's verdict parts as (kind, months, amount), by the person's name."""
    return {
        c["person"]["name"]: [
            (p["kind"], p["term_months"], p["amount"])
            for e in c["events"]
            for p in e["sentence"] or []
        ]
        for c in extract_cases(text)
    }


_TWO_SENTENCED = {
    "ru": "Приговором Атырауского городского суда от 3 марта 2026 года Сериков А.Б. осуждён к 2 "
    "годам ограничения свободы. Касымов Д.Е. осуждён к 1 году ограничения свободы. ",
    "en": "On 3 March 2026 the Atyrau City Court sentenced Aidar Serikov to two years of "
    "restricted freedom. Dias Kasymov was sentenced to one year of restricted freedom. ",
    "kk": "2026 жылғы 3 наурызда Атырау қалалық соты Айдар Серіковті 2 жылға бас бостандығын "
    "шектеуге соттады. Дияс Қасымов 1 жылға бас бостандығын шектеуге сотталды. ",
}
_FUND = ("victims_fund", None, "50000.00")
_FEES = ("court_fees", None, "20000.00")


@pytest.mark.parametrize(
    ("language", "tail", "first", "second"),
    [
        # a payment taken from each of them, then the one named pays more: the first clause is
        # each one's, the second the named one's (h19f)
        (
            "ru",
            "Помимо этого, с каждого из них взыскано 50 000 тенге в Фонд компенсации "
            "потерпевшим, с Касымова Д.Е. также взысканы процессуальные издержки в сумме "
            "20 000 тенге.",
            [_FUND],
            [_FUND, _FEES],
        ),
        (
            "en",
            "Each of them was also ordered to pay 50,000 tenge to the victims' compensation "
            "fund, and Kasymov must also pay court costs of 20,000 tenge.",
            [_FUND],
            [_FUND, _FEES],
        ),
        (
            "kk",
            "Сонымен қатар әрқайсысынан жәбірленушілерге өтемақы қорына 50 000 теңге "
            "өндірілді, Қасымовтан сот шығындары 20 000 теңге өндірілді.",
            [_FUND],
            [_FUND, _FEES],
        ),
        # refused: a payment told of the named one alone stays theirs
        (
            "ru",
            "Помимо этого, с Касымова Д.Е. взыскано 50 000 тенге в Фонд компенсации потерпевшим.",
            [],
            [_FUND],
        ),
    ],
)
def test_a_payment_from_each_of_them_is_each_ones(
    language: str,
    tail: str,
    first: list[tuple[str, int | None, str | None]],
    second: list[tuple[str, int | None, str | None]],
) -> None:
    parts = list(_parts_by_name(_TWO_SENTENCED[language] + tail).values())
    assert parts == [
        [("restriction_of_liberty", 24, None), *first],
        [("restriction_of_liberty", 12, None), *second],
    ]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        # refused: a dictionary word after a full name is the sentence going on
        ("признал Дамира ТОЛЕУОВА Виновным", "Дамир Толеуов"),
        # accepted: a patronymic after a full name is part of it
        ("признал Дамира ТОЛЕУОВА Асхатовича виновным", "Дамир Асхатович Толеуов"),
    ],
)
def test_a_dictionary_word_after_a_name_in_capitals(written: str, name: str) -> None:
    text = f"Суд {written} по статье 174 УК и приговорил к 3 годам лишения свободы."
    (case,) = extract_cases(text)
    assert case["person"]["name"] == name


def _events_of(text: str) -> list[tuple[str, str | None, str | None, list[tuple[Any, ...]]]]:
    (case,) = extract_cases(text)
    return [
        (
            e["kind"],
            e["date"],
            e.get("measure"),
            [(p["kind"], p.get("term_months"), p.get("amount")) for p in e.get("sentence") or []],
        )
        for e in case["events"]
    ]


_ZHAKSYBEKOV_RU = (
    "12 марта 2026 года Таразский городской суд приговорил блогера Армана Жаксыбекова к двум "
    "годам ограничения свободы. "
)


@pytest.mark.parametrize(
    "told",
    [
        # the law's limit: «вплоть до», «на срок до», the participle «предусмотрено»
        "Санкция статьи предусматривает наказание вплоть до семи лет лишения свободы.",
        "За это по статье 174 грозит лишение свободы на срок до семи лет.",
        "Статьёй 274 предусмотрено лишение свободы сроком до пяти лет.",
        "Адвокат опасалась, что ему могут дать до пяти лет лишения свободы.",
    ],
)
def test_a_russian_term_up_to_some_length_is_the_laws_limit(told: str) -> None:
    assert _events_of(_ZHAKSYBEKOV_RU + told) == [
        ("verdict", "2026-03-12", None, [("restriction_of_liberty", 24, None)])
    ]


def test_an_appeals_term_cut_down_to_some_length_stays() -> None:
    text = (
        "Апелляционная коллегия 5 мая 2026 года смягчила приговор Арману Жаксыбекову: срок "
        "снижен до 2 лет лишения свободы."
    )
    assert _events_of(text) == [("appeal_ruling", "2026-05-05", None, [("imprisonment", 24, None)])]


def test_a_russian_verdict_that_denies_prison_keeps_no_rumoured_term() -> None:
    text = (
        "12 марта 2026 года Таразский городской суд признал блогера Армана Жаксыбекова виновным "
        "и оштрафовал на 700 000 тенге. В соцсетях писали, что его приговорили к пяти годам "
        "лишения свободы, но его не лишили свободы."
    )
    assert _events_of(text) == [("verdict", "2026-03-12", None, [("fine", None, "700000.00")])]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # the person between the verb and «обвинение», initials and all
        (
            "12 марта 2026 года следователь предъявил А. Б. Жаксыбекову обвинение по части 2 "
            "статьи 274 УК.",
            [("charge", "2026-03-12", None, [])],
        ),
        (
            "12 марта 2026 года следователь предъявил Арману Болатовичу Жаксыбекову обвинение по "
            "части 2 статьи 274 УК.",
            [("charge", "2026-03-12", None, [])],
        ),
        # a court's order «постановлением ... от <date>» is dated by that day, no post's day
        (
            "Блогер Арман Жаксыбеков задержан 10 марта 2026 года. Постановлением следственного "
            "суда от 12 марта 2026 года он помещён под домашний арест.",
            [
                ("detention", "2026-03-10", None, []),
                ("preventive_measure", "2026-03-12", "house_arrest", []),
            ],
        ),
        # refused: the day of a post stays the act's
        (
            "Блогер Арман Жаксыбеков задержан 10 марта 2026 года за пост от 2 марта 2026 года.",
            [("detention", "2026-03-10", None, [])],
        ),
    ],
)
def test_russian_charges_and_orders_dated_by_their_own_day(
    text: str, events: list[tuple[Any, ...]]
) -> None:
    assert _events_of(text) == events


@pytest.mark.parametrize(
    ("text", "verdict_day"),
    [
        # a letter's or a complaint's day is no event; «установлено, что приговором ... от»
        # tells the verdict's day, not an act's
        (
            "Ваше обращение от 23 октября 2026 года по вопросу законности осуждения Вашего сына "
            "Ермекова Алибека Серикбаевича рассмотрено. Установлено, что приговором Семейского "
            "городского суда от 14 июля 2026 года Ермеков А. С. осужден к 3 годам лишения "
            "свободы.",
            "2026-07-14",
        ),
        (
            "Жалоба матери от 5 декабря 2026 года об осуждении её сына Армана Оспанова "
            "рассмотрена. Установлено, что приговором Таразского городского суда от 10 октября "
            "2026 года Оспанов А. Б. осуждён к двум годам ограничения свободы.",
            "2026-10-10",
        ),
        # refused: «установлено, что» before the act keeps the act's day apart
        (
            "Установлено, что 2 февраля 2026 года Арман Оспанов разместил в Instagram "
            "видеоролик. 10 октября 2026 года Таразский городской суд приговорил его к двум годам "
            "ограничения свободы.",
            "2026-10-10",
        ),
    ],
)
def test_a_letters_day_is_no_verdicts_day(text: str, verdict_day: str) -> None:
    (case,) = extract_cases(text)
    assert [(e["kind"], e["date"]) for e in case["events"]] == [("verdict", verdict_day)]


@pytest.mark.parametrize(
    ("ruled", "outcome"),
    [
        # the case sent to a new trial, «судебное» between or not
        ("отменила приговор и направила дело на новое судебное разбирательство", "sent_back"),
        ("отменила приговор и направила дело на новое судебное рассмотрение", "sent_back"),
        # refused: quashed and acquitted
        ("отменила приговор и оправдала его", "overturned"),
    ],
)
def test_a_case_sent_to_a_new_trial(ruled: str, outcome: str) -> None:
    (case,) = extract_cases(
        "10 июня 2026 года Таразский городской суд приговорил активиста Армана Оспанова к двум "
        "годам лишения свободы. 5 сентября 2026 года апелляционная коллегия Жамбылского "
        f"областного суда {ruled}."
    )
    assert [(e["kind"], e.get("appeal_outcome")) for e in case["events"]] == [
        ("verdict", None),
        ("appeal_ruling", outcome),
    ]


@pytest.mark.parametrize(
    ("told", "appeal_parts"),
    [
        # one kind replaced by another in the instrumental, no «на», the term told after
        (
            "коллегия заменила лишение свободы ограничением свободы. Срок ограничения свободы "
            "составил два года.",
            [("restriction_of_liberty", 24, None)],
        ),
        (
            "лишение свободы ему заменили штрафом в размере 500 000 тенге.",
            [("fine", None, "500000.00")],
        ),
        # refused: a term cut down keeps the kind
        ("срок снижен до двух лет лишения свободы.", [("imprisonment", 24, None)]),
    ],
)
def test_a_russian_kind_replaced_in_the_instrumental(
    told: str, appeal_parts: list[tuple[str, int | None, str | None]]
) -> None:
    events = _events_of(
        "10 июня 2026 года Таразский городской суд приговорил активиста Армана Оспанова к трём "
        "годам лишения свободы. 5 сентября 2026 года апелляционная коллегия Жамбылского "
        "областного суда смягчила приговор: " + told
    )
    assert events == [
        ("verdict", "2026-06-10", None, [("imprisonment", 36, None)]),
        ("appeal_ruling", "2026-09-05", None, appeal_parts),
    ]


_SENTENCED_IN = (
    "Блогер Марат Оспанов 3 ноября приговорён {court} по ч. 1 ст. 174 УК к двум годам лишения "
    "свободы."
)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a street named after a person or a town is no town (h20d; heldout16 ru05 «ул. Абая»)
        (
            "Адрес редакции: ул. Абая, 15.\n\n"
            + _SENTENCED_IN.format(court="Кокшетауским городским судом"),
            ("Кокшетау", "akmola"),
        ),
        # nor a region named since 2022 with its name after the word («области Абай»)
        (
            "Новости области Абай.\n\n"
            + _SENTENCED_IN.format(court="Курчатовским городским судом"),
            ("Курчатов", "abai"),
        ),
        # refused: the town Абай itself, where the person is from
        (
            "Блогер Марат Оспанов из Абая 3 ноября приговорён городским судом по ч. 1 ст. 174 УК "
            "к двум годам лишения свободы.",
            ("Абай", "karaganda"),
        ),
    ],
)
def test_a_street_or_a_regions_name_is_no_town(text: str, town: tuple[str, str]) -> None:
    (case,) = extract_cases(text)
    assert (case["person"]["city"], case["person"]["region"]) == town


@pytest.mark.parametrize(
    ("told", "charges"),
    [
        # an article and its part in words, as a transcribed voice message writes them (h20d;
        # heldout16 ru04 «по статье двести семьдесят четыре часть вторая»)
        (
            "к двум годам лишения свободы, адвокат сказала что по части первой статьи четыреста "
            "пять, это участие в запрещённой организации.",
            [("405", 1)],
        ),
        ("к двум годам лишения свободы по статье сто семьдесят четыре.", [("174", None)]),
        # refused: one number word after «статье» is no article's number
        ("к двум годам лишения свободы. В статье три части.", []),
    ],
)
def test_an_article_in_number_words(told: str, charges: list[tuple[str, int | None]]) -> None:
    (case,) = extract_cases("Короче, вчера суд приговорил блогера Марата Оспанова " + told)
    assert [(c["article"], c["part"]) for c in case["charges"]] == charges


@pytest.mark.parametrize(
    ("written", "judge"),
    [
        # initials written joined to the surname stay joined (h20d; heldout16 kk02
        # «судья Б.Құлмағамбетов»)
        ("Т.Ахметов", "Т.Ахметов"),
        ("Т.К.Ахметов", "Т.К.Ахметов"),
        # refused: initials written apart stay apart
        ("Т. Ахметов", "Т. Ахметов"),
    ],
)
def test_a_judges_initials_are_spaced_as_written(written: str, judge: str) -> None:
    (case,) = extract_cases(
        f"3 ноября Кокшетауский городской суд (судья {written}) приговорил блогера Марата "
        "Оспанова по ч. 1 ст. 174 УК к двум годам лишения свободы."
    )
    assert case["judge"] == judge


_PAVLODAR_VERDICT = (
    "Павлодар. 12 декабря 2026 года Павлодарский городской суд приговорил активиста Ерлана "
    "Бекова к двум годам ограничения свободы. Суд установил, что 3 октября 2026 года Беков "
)


@pytest.mark.parametrize(
    ("deed", "act"),
    [
        # accepted: the consequence told by a converb, and the proof, close no act
        (
            "опубликовал в Facebook пост о закрытии больницы, тем самым вызвав панику среди "
            "жителей города.",
            "опубликовал в Facebook пост о закрытии больницы",
        ),
        (
            "выложил в TikTok видео о ценах на уголь, что подтверждается выводами "
            "лингвистической экспертизы.",
            "выложил в TikTok видео о ценах на уголь",
        ),
        # refused: a participle on the last noun («создавших», not the converb «создав») stays
        (
            "выложил в TikTok видео о ценах на уголь, создавших очереди у складов.",
            "выложил в TikTok видео о ценах на уголь, создавших очереди у складов",
        ),
    ],
)
def test_the_consequence_and_the_proof_after_the_deed_are_cut(deed: str, act: str) -> None:
    (case,) = extract_cases(_PAVLODAR_VERDICT + deed)
    assert [(a["description"], a["date"]) for a in case.get("acts") or []] == [(act, "2026-10-03")]


def test_one_deed_on_two_full_days_joined_by_and_again_is_two_acts() -> None:
    text = (
        "Павлодар. 12 декабря 2026 года Павлодарский городской суд приговорил активиста Ерлана "
        "Бекова к двум годам ограничения свободы. По версии обвинения, Беков 3 октября 2026 "
        "года и повторно 9 октября 2026 года выложил в TikTok видео о ценах на уголь."
    )
    (case,) = extract_cases(text)
    assert sorted((a["date"], a["description"]) for a in case.get("acts") or []) == [
        ("2026-10-03", "выложил в TikTok видео о ценах на уголь"),
        ("2026-10-09", "выложил в TikTok видео о ценах на уголь"),
    ]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        (
            "Блогера Даурена Касымова 17 апреля 2026 года задержали и взяли под стражу за пост "
            "в Facebook от 29 марта. Его обвинили по ч.2 ст.274 УК.",
            [("detention", "2026-04-17", "custody")],
        ),
        (
            "Blogger Dauren Kasymov was detained on 17 April 2026 and placed in pre-trial "
            "detention over a TikTok video of 29 March. He is charged under Article 274.",
            [("detention", "2026-04-17", "custody")],
        ),
        # refused: a second day that is no work's date is the measure's own
        (
            "Blogger Dauren Kasymov was detained on 17 April 2026 and placed in pre-trial "
            "detention on 19 April. He is charged under Article 274.",
            [("detention", "2026-04-17", None), ("preventive_measure", "2026-04-19", "custody")],
        ),
    ],
)
def test_a_works_date_after_an_arrest_and_a_measure_dates_neither(
    text: str, events: list[tuple[str, str, str | None]]
) -> None:
    (record,) = extract_cases(text)
    assert [(e["kind"], e["date"], e["measure"]) for e in record["events"]] == events


@pytest.mark.parametrize(
    "text",
    [
        "ПОСТАНОВЛЕНИЕ\n21 ноября 2026 года г. Атырау\n\nСледственный судья рассмотрел "
        "ходатайство следователя в отношении подозреваемой Нургалиевой Айжан Муратовны по ч.2 "
        "ст.274 УК РК.\n\nПОСТАНОВИЛ:\nИзбрать в отношении подозреваемой Нургалиевой Айжан "
        "Муратовны меру пресечения в виде домашнего ареста сроком на 2 (два) месяца, то есть "
        "до 19 января 2027 года.",
        "On 21 November 2026 an investigating judge in Atyrau placed Aizhan Nurgalieva under "
        "house arrest for two months, until 19 January 2027. She is charged under Article 274.",
        "Блогер Айжан Нургалиева с 21 ноября 2026 года находится под домашним арестом до 19 "
        "января. Её обвиняют по ч.2 ст.274 УК.",
    ],
)
def test_the_day_a_measures_term_runs_out_dates_no_event(text: str) -> None:
    (record,) = extract_cases(text)
    assert [(e["kind"], e["date"], e["measure"]) for e in record["events"]] == [
        ("preventive_measure", "2026-11-21", "house_arrest")
    ]


@pytest.mark.parametrize("witness", ["Свидетели защиты", "Свидетели обвинения", "Свидетели"])
def test_witnesses_named_by_their_side_in_a_numbered_point_open_no_case(witness: str) -> None:
    # «Свидетели обвинения Сыздыков Н.Т. и ...»: the side that called them stands between the
    # role and the names; they are no second person of a list of cases
    text = (
        "3 марта 2026 года Актюбинский городской суд приговорил активиста Нурлана Бекова к двум "
        "годам ограничения свободы. Защита не согласна:\n"
        "1. Беков Н.С. лишь поделился чужой статьёй.\n"
        f"2. {witness} Садыков Е.К. и Омарова А.Б. подтвердили, что он не призывал к насилию.\n"
        "3. Беков Н.С. ранее не судим."
    )
    assert [c["person"]["name"] for c in extract_cases(text)] == ["Нурлан Беков"]


def test_a_signature_line_of_a_name_and_lawyer_is_the_writer_not_a_case() -> None:
    # «Марат Жакенов, адвокат» alone on its line: the lawyer who publishes the speech
    text = (
        "Марат Жакенов, адвокат\n25 ноября 2026 г.\n\n"
        "ЗАЩИТИТЕЛЬНАЯ РЕЧЬ В ПРЕНИЯХ ПО ДЕЛУ ДАНИЯРА СЕРИКОВА\n\n"
        "Публикую с небольшими сокращениями свою речь, произнесённую сегодня в Петропавловском "
        "городском суде. Дело моего подзащитного, 63-летнего пенсионера Данияра Ерлановича "
        "Серикова, рассматривает судья Марат Ахметов; процесс начался 22 октября. Последнее "
        "слово Данияр Ерланович скажет 2 декабря, оглашение приговора назначено на 4 декабря."
    )
    assert [c["person"]["name"] for c in extract_cases(text)] == ["Данияр Ерланович Сериков"]


def test_the_court_papers_spelling_in_brackets_is_no_relative_of_the_same_surname() -> None:
    # «Бауржана X (в документах суда — Бауыржан X)»: one person, not two of one family
    text = (
        "Посольство комментирует дело господина Бауржана Садыкова.\n\n"
        "8 сентября 2026 года Семейский городской суд признал Бауржана Садыкова (в документах "
        "суда — Бауыржан Садыков), жителя Семея и блогера, виновным и оштрафовал его на 200 МРП."
        "\n\nСадыков никогда не содержался под стражей."
    )
    assert [c["person"]["name"] for c in extract_cases(text)] == ["Бауржан Садыков"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # accepted: a point inside a short title in guillemets does not end the sentence
        ("Она вела паблик «Кентау. Без цензуры» и писала о больнице. Её задержали.", 2),
        ("Ол «Жезқазған. Шындық» арнасын ашып, видео жариялады. Кейін ұсталды.", 2),
        ("He ran the page «Taraz. Our Voice» and posted there. He was detained.", 2),
        # refused: a quoted saying that runs on past its own sentence ends where it ends
        ("Он написал: «Нас обманули. Все выходим на площадь в пятницу вечером» и ушёл.", 2),
        # refused: a point after a closed title ends the sentence
        ("Она вела паблик «Кентау». Её задержали.", 2),
    ],
)
def test_a_point_inside_a_short_title_goes_on(text: str, count: int) -> None:
    from bot.extract.blocks import split_sentences

    assert len(split_sentences(text)) == count


@pytest.mark.parametrize(
    ("description", "remnant"),
    [
        # accepted: the end of an article's title in brackets, the code, an offence in general
        ("проведения мирных собраний) и назначил штраф", True),
        ("экстремизма) к 3 годам лишения свободы", True),
        ("совершении уголовного правонарушения по статье 174", True),
        ("статье 274 Уголовного кодекса", True),
        ("Қылмыстық кодекстің 174-бабы", True),
        ("a criminal offence under Article 400", True),
        ("the Republic of Kazakhstan (violating the order of holding assemblies)", True),
        # refused: a deed, brackets balanced or none
        ("пост в Instagram (его удалили через час) о закрытии шахты", False),
        ("a video (since deleted) about the flooded houses", False),
        ("called for the resignation of the akim of the region", False),
        ("WhatsApp-топқа әкім туралы дауыстық хабарлама жіберген", False),
    ],
)
def test_a_piece_of_the_law_is_no_deed(description: str, remnant: bool) -> None:
    assert court_papers.law_remnant(description) is remnant


@pytest.mark.parametrize(
    ("told", "act"),
    [
        # accepted: the article's title in brackets is passed, the deed after «за» is the act
        (
            "Его обвиняют по ч. 1 ст. 400 УК (нарушение порядка проведения собраний) за "
            "организацию 2 марта 2026 года шествия таксистов к акимату.",
            "организацию шествия таксистов к акимату",
        ),
        # refused: with no brackets the cue reads as before
        (
            "Его обвиняют по ст. 274 УК за пост в Telegram о закрытом роддоме, опубликованный "
            "2 марта 2026 года.",
            "пост в Telegram о закрытом роддоме",
        ),
    ],
)
def test_the_deed_after_a_bracketed_article_title(told: str, act: str) -> None:
    (case,) = extract_cases(
        "Костанай. 4 марта 2026 года полиция задержала активиста Нурлана Абенова, 41 год. " + told
    )
    assert [(a["description"], a["date"]) for a in case.get("acts") or []] == [(act, "2026-03-02")]
