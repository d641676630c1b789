# ruff: noqa: E501  (a table in fixed-width columns is wider than a line of code)
"""Tables in a pasted report: fixed-width columns, semicolon rows, each row one case; the rows of
administrative offences no case; the notes under a table told in their rows' cases."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.extract import extract_cases
from bot.extract.tables import as_bar_table, with_notes_in_rows, with_table_labels

TODAY = dt.date(2026, 12, 1)

EN_FIXED = """\
STEPPE RIGHTS WATCH
Half-year register of criminal prosecutions of activists, January - June 2026.
Compiled from court records and lawyers. Each court verdict and each detention is given as
known at the end of June.

Nr  Name                    City          Occupation     Article   Key dates                    Court / outcome
--  ----------------------  ------------  -------------  --------  ---------------------------  ------------------------------
1   ABENOV Kanat            Taraz         engineer       274(2)    detained 03.02.2026;         Taraz City Court: 3 years'
                                                                   verdict 15.05.2026           restriction of liberty
2   Saule ORAZOVA           Uralsk        teacher        174(1)    detained 10.04.2026          investigation
3   Daniyar KASSYM          Aktau         driver         434 CAO   arrested 12.03.2026          Administrative court: 10 days

Notes
(1) Abenov was convicted over a post about the city's water tariffs; he denies it.
The register is updated each half-year.
"""


def test_fixed_width_table_rows_are_cases_and_the_administrative_row_none() -> None:
    cases = extract_cases(EN_FIXED, today=TODAY)
    assert [c["person"]["surname"] for c in cases] == ["Abenov", "Orazova"]
    abenov, orazova = cases
    assert abenov["charges"][0]["article"] == "274" and abenov["charges"][0]["part"] == 2
    assert abenov["person"]["city"] == "Taraz"
    assert [e["kind"] for e in abenov["events"]] == ["detention", "verdict"]
    assert abenov["events"][1]["sentence"][0]["term_months"] == 36
    assert "water tariffs" in abenov["acts"][0]["description"]
    assert orazova["charges"][0]["article"] == "174"
    assert orazova["person"]["region"] == "west_kazakhstan"


RU_SEMICOLONS = """\
Мониторинг «Правовой щит»
Сводка уголовных дел против гражданских активистов за второй квартал 2026 года, по данным
адвокатов и судебных решений; каждая статья, задержание и приговор указаны на конец квартала.

№;ФИО;Город;Статья;Задержание;Суд;Приговор (дата);Наказание
1;Жумабеков Талгат Асканович;Павлодар;ч.1 ст.174 УК;—;Павлодарский городской суд;12.05.2026;ограничение свободы 2 года
2;Ермекова Айнур;Актобе;ч.2 ст.274 УК;20.06.2026;—;—;—
3;Касенов Бахыт;Шымкент;ст.488 КоАП;—;административный суд;02.06.2026;штраф 30 МРП

Примечания:
– Жумабеков осуждён за видео о ценах на уголь.
"""


def test_semicolon_rows_are_cases_and_the_administrative_row_none() -> None:
    cases = extract_cases(RU_SEMICOLONS, today=TODAY)
    assert [c["person"]["surname"] for c in cases] == ["Жумабеков", "Ермекова"]
    first, second = cases
    assert (first["charges"][0]["article"], first["charges"][0]["part"]) == ("174", 1)
    assert first["court"] == "Павлодарский городской суд"
    assert first["events"][-1]["kind"] == "verdict"
    assert first["events"][-1]["date"] == "2026-05-12"
    assert "уголь" in first["acts"][0]["description"]
    assert second["person"]["city"] == "Актобе"
    assert second["events"][0]["kind"] == "detention"


KK_FIXED = """\
«ӘДІЛ ҚОРҒАУ» БАҚЫЛАУ ТОБЫ
2026 жылғы бірінші жартыжылдықтағы қылмыстық қудалаулар кестесі. Сот үкімдері мен ұстау
күндері адвокаттардың деректері бойынша берілді.

Р/с  Аты-жөні            Қала        ҚК бабы   Оқиға және күні          Сот / нәтиже
---  ------------------  ----------  --------  -----------------------  ------------------------------
1    Ерлан Сапарбекұлы   Ақтөбе      174(1)    үкім 14.04.2026          Ақтөбе қалалық соты: 2 жыл бас бостандығын шектеу
2    Әйгерім Тоқтарова   Орал        405(2)    ұсталды 02.05.2026       тергеу жүріп жатыр
"""


def test_kazakh_fixed_width_table_reads_the_article_column() -> None:
    cases = extract_cases(KK_FIXED, today=TODAY)
    assert [c["person"]["surname"] for c in cases] == ["Сапарбекұлы", "Тоқтарова"]
    assert [(c["charges"][0]["article"], c["charges"][0]["part"]) for c in cases] == [
        ("174", 1),
        ("405", 2),
    ]
    assert cases[0]["events"][0]["kind"] == "verdict"


@pytest.mark.parametrize(
    "text",
    [
        # prose with semicolons, as many in two lines by chance: no table
        "We met the lawyer; she said the appeal was filed; the court set no date; we wait.\n"
        "Then the family came; they brought letters; nobody answered; the hearing went on.",
        # one line of semicolons alone
        "1;Bekov Arman;Almaty;174(1)\n\nThe rest is prose.",
        # dashes with no columns above them: a divider, no table
        "Report of the week\n\n-----  -----  -----\nNothing else.",
    ],
)
def test_no_table_is_made_of_prose(text: str) -> None:
    assert as_bar_table(text) == text


def test_a_note_opening_with_another_word_stays_under_the_table() -> None:
    text = (
        "No | Name | City | Article\n"
        "1 | Arman BEKOV | Almaty | 174(1)\n"
        "2 | Dana SEITOVA | Oral | 274(2)\n"
        "\n"
        "Seitova denies the charge; she is a nurse.\n"
        "On Bekov: the court heard the witnesses.\n"
        "The court heard Bekov's witnesses too.\n"
    )
    lines = with_notes_in_rows(text, "en").split("\n")
    assert lines[2] == "the court heard the witnesses."  # (its label «On Bekov:» left out)
    assert lines[4] == "Seitova denies the charge; she is a nurse."
    assert "The court heard Bekov's witnesses too." in lines[-2]
    text = "№ | ФИО | Статья\n1 | Омаров Ерлан | 174(1)\n2 | Ким Алина | 274(2)\n\nПо Ким: суд начался."
    assert with_notes_in_rows(text, "ru").split("\n")[3] == "суд начался."


RU_SPACED = """\
Правозащитная группа «Дала»
Список уголовных преследований гражданских активистов за октябрь 2026 года. Статьи, даты
задержаний и приговоры указаны по данным адвокатов и судов.

№   ФИО                     Город        Статья          Суд / приговор
1   Нуриев Аслан Маратович  Караганда    ч.1 ст.174 УК   Карагандинский городской суд: 2 года
                                                         ограничения свободы, 14.10.2026
2   Оспанова Жанар          Туркестан    ч.2 ст.274 УК   задержана 20.10.2026
Все дела возбуждены после публикаций в соцсетях.
"""


def test_a_table_in_spaced_columns_with_no_rule_under_its_header() -> None:
    told = as_bar_table(RU_SPACED)
    assert (
        "1 | Нуриев Аслан Маратович | Караганда | ч.1 ст.174 УК | Карагандинский городской суд: 2 года ограничения свободы, 14.10.2026"
        in told
    )
    assert "Все дела возбуждены после публикаций в соцсетях." in told  # (prose after it)
    cases = extract_cases(RU_SPACED, today=TODAY)
    assert [c["person"]["surname"] for c in cases] == ["Нуриев", "Оспанова"]
    assert cases[0]["court"] == "Карагандинский городской суд"


def test_a_spaced_line_with_no_name_label_is_no_header() -> None:
    text = "Date  Place  Event\n12.10  Almaty  a picket  was held\n"
    assert as_bar_table(text) == text


def test_a_cells_charged_before_a_date_is_the_charge() -> None:
    text = (
        "Register of prosecutions of journalists, second half of 2026; each court, article and "
        "date as the lawyers give them, the verdicts as the courts announced them.\n\n"
        "No | Name | Town | Article | Key dates\n"
        "1 | Aidos TEMIROV | Aktau | 274(2) | charged 02.10.2026; travel ban 03.10.2026\n"
        "2 | Gulnar ISSAYEVA | Oral | 174(1) | detained 05.10.2026\n"
    )
    cases = extract_cases(text, today=TODAY)
    assert [e["kind"] for e in cases[0]["events"]][:1] == ["charge"]
    assert cases[0]["events"][0]["date"] == "2026-10-02"
    assert cases[0]["stage"] == "charged"


@pytest.mark.parametrize(
    ("head", "rows"),
    [
        (
            "Monitoring list of criminal prosecutions of activists, autumn 2026; each court, "
            "article and date as the lawyers give them.",
            "Name | City | Article | Status | Date\n"
            "Serik ABDIROV | Taraz | 174(1) | charged | 12.10.2026\n"
            "Aliya MUSINA | Oral | 274(2) | convicted | 14.10.2026\n",
        ),
        (
            "Список уголовных преследований активистов, осень 2026 года; суды, статьи и даты "
            "по данным адвокатов.",
            "ФИО | Город | Статья | Статус | Дата\n"
            "Абиров Серик | Тараз | ч.1 ст.174 УК | обвиняемый | 12.10.2026\n"
            "Мусина Алия | Уральск | ч.2 ст.274 УК | осуждена | 14.10.2026\n",
        ),
        (
            "2026 жылғы күзгі қылмыстық қудалаулар тізімі; соттар, баптар мен күндер "
            "адвокаттардың деректері бойынша.",
            "Аты-жөні | Қала | Бап | Мәртебесі | Күні\n"
            "Серік Әбіров | Тараз | 174(1) | айыпталушы | 12.10.2026\n"
            "Әлия Мұсина | Орал | 274(2) | сотталды | 14.10.2026\n",
        ),
    ],
)
def test_a_status_cell_of_one_word_tells_the_charge(head: str, rows: str) -> None:
    cases = extract_cases(head + "\n\n" + rows, today=TODAY)
    assert [c["stage"] for c in cases] == ["charged", "sentenced"]
    assert cases[0]["events"][0]["date"] == "2026-10-12"


@pytest.mark.parametrize(
    ("header", "row", "none"),
    [
        (
            "Name | City | Article | Verdict | Appeal",
            "Serik ABDIROV | Taraz | 174(1) | 12.10.2026",
            "not filed",
        ),
        (
            "ФИО | Город | Статья | Приговор (дата) | Апелляция",
            "Абиров Серик | Тараз | ч.1 ст.174 УК | 12.10.2026",
            "не подавалась",
        ),
        (
            "Аты-жөні | Қала | Бап | Үкім күні | Апелляция",
            "Серік Әбіров | Тараз | 174(1) | 12.10.2026",
            "берілмеді",
        ),
    ],
)
def test_a_cell_telling_none_is_empty(header: str, row: str, none: str) -> None:
    text = f"{header}\n{row} | {none}\n{row.replace('12.10', '14.10')} | —\n"
    told = with_table_labels(as_bar_table(text).split("\n", 1)[1], text, "en")
    assert none not in told
    assert "12.10.2026" in told


def test_a_kazakh_cells_court_began_before_a_date_is_the_trial() -> None:
    text = (
        "2026 жылғы күзгі қылмыстық қудалаулар тізімі; соттар, баптар мен күндер адвокаттардың "
        "деректері бойынша.\n\n"
        "Аты-жөні | Қала | Бап | Оқиға және күні | Сот\n"
        "Нұрлан Жақсыбеков | Түркістан | 405(2) | ұсталды 02.09.2026; сот басталды 20.11.2026 | "
        "Түркістан қалалық соты\n"
        "Гүлжан Ермекова | Қостанай | 174(1) | үкім 03.10.2026 | Қостанай қалалық соты\n"
    )
    first = extract_cases(text, today=TODAY)[0]
    assert first["stage"] == "on_trial"
    assert ("trial", "2026-11-20") in [(e["kind"], e["date"]) for e in first["events"]]
    assert first["court"] == "Түркістан қалалық соты"


def test_a_fixed_width_cell_out_of_line_stays_in_its_column() -> None:
    text = (
        "No  Name                  City        Article\n"
        "--  --------------------  ----------  -------\n"
        "1   KASSYMOV Dauletkeldiy Aktobe      174(1)\n"  # (the name runs on a letter)
        "2   ORAZ Aigerim         Semey        274(2)\n"  # (the town starts a letter early)
    )
    assert as_bar_table(text).split("\n")[1:3] == [
        "1 | KASSYMOV Dauletkeldiy | Aktobe | 174(1)",
        "2 | ORAZ Aigerim | Semey | 274(2)",
    ]
