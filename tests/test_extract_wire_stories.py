"""Wire stories and press items on co-defendants: who is told apart, which day and punishment
is whose. Names, courts and places are invented."""

from __future__ import annotations

import pytest

from bot.extract import extract_cases, roles
from bot.extract.clauses import event_kind
from bot.extract.english import someone_else
from bot.extract.sentence import find_parts


@pytest.mark.parametrize(
    ("text", "language", "name", "in_role"),
    [
        # someone's second in command is no role that makes them no case
        (
            "The court convicted the chairman and his deputy, Askar Beisov, 41.",
            "en",
            "Askar Beisov",
            False,
        ),
        ("The union's deputy, Askar Beisov, was jailed too.", "en", "Askar Beisov", False),
        (
            "Суд осудил председателя и его заместителя Аскара Бейсова.",
            "ru",
            "Аскара Бейсова",
            False,
        ),
        ("Сот төраға мен оның орынбасары Асқар Бейсовты соттады.", "kk", "Асқар Бейсовты", False),
        # an MP, a ministry's deputy head are still named in a role
        ("Deputy Askar Beisov asked the minister about the case.", "en", "Askar Beisov", True),
        ("Депутат Аскар Бейсов направил запрос.", "ru", "Аскар Бейсов", True),
        ("Заместитель акима Аскар Бейсов ответил.", "ru", "Аскар Бейсов", True),
    ],
)
def test_his_deputy_is_no_role(text: str, language: str, name: str, in_role: bool) -> None:
    start = text.index(name)
    assert roles.named_in_role(text, start, start + len(name), language) is in_role


@pytest.mark.parametrize(
    ("text", "language", "told"),
    [
        ("The lawyer Aigerim Sultan said. Sultan was handed two years.", "en", True),
        ("The lawyer Aigerim Sultan said. Sultan was fined 50 MCI.", "en", True),
        ("Адвокат Айгерим Султан заявила. Султан приговорена к двум годам.", "ru", True),
        ("The lawyer Aigerim Sultan said. Sultan was handing out leaflets.", "en", False),
    ],
)
def test_told_prosecuted_by_what_the_court_gave(text: str, language: str, told: bool) -> None:
    surname = "Sultan" if language == "en" else "Султан"
    assert roles.told_prosecuted(text, surname, language) is told


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('She was sentenced to "freedom limitation", a form of parole.', "verdict"),
        ("He was handed a parole-style sentence.", None),
        ("He was released on parole in May.", "release"),
        ("He was paroled on 3 May.", "release"),
    ],
)
def test_parole_as_a_likeness_is_no_release(text: str, kind: str | None) -> None:
    assert event_kind(text, "en") == kind


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        # the paper the deed is told from is no event
        ("According to the verdict, on May 4 he urged drivers to stop work.", "en", None),
        ("Согласно приговору, 4 мая он призвал водителей остановить работу.", "ru", None),
        ("Үкімге сәйкес, ол 4 мамырда жүргізушілерді жұмысты тоқтатуға шақырды.", "kk", None),
        # a punishment told with it is still the verdict
        ("According to the verdict, he must serve four years in prison.", "en", "verdict"),
        # an event told after it is still read
        ("According to the indictment, he was detained on May 4.", "en", "detention"),
    ],
)
def test_the_source_of_a_deed_is_no_event(text: str, language: str, kind: str | None) -> None:
    assert event_kind(text, language) == kind


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        (
            "The quarrel has gone on since 2023, when another herder, Baurzhan Tileu, was "
            "fined for a picket.",
            "Tileu",
        ),
        ("It began back in 2021, when a fellow activist, Dina Orazova, was jailed.", "Orazova"),
        ("The quarrel has gone on since 2023, when the akimat sold the land.", None),
        ("Baurzhan Tileu was fined in 2023 for a picket.", None),
    ],
)
def test_an_earlier_case_told_as_when_it_began(sentence: str, other: str | None) -> None:
    assert someone_else(sentence, opening=True) == other


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Each must pay 20,000 tenge into a fund for victims of crimes.", "en"),
        ("Each must pay 20,000 tenge to the fund for crime victims.", "en"),
        ("Каждый должен перечислить 20 000 тенге в фонд потерпевших.", "ru"),
    ],
)
def test_a_fund_for_victims(text: str, language: str) -> None:
    assert [p.kind for p in find_parts(text, language)] == ["victims_fund"]


WIRE_STORY = """\
Two Miners Sentenced Over Strike

By Staff
March 11, 2026 09:40 GMT

ZHEZKAZGAN, Kazakhstan -- A court in Kazakhstan's Ulytau region has sentenced a miner who led \
a strike to four years in prison, in a case his colleagues call revenge.

The Zhezkazgan City Court on March 10 found 52-year-old Serik Amanov, a miner, guilty of \
organizing an illegal strike under Article 402, Part 2, of the Criminal Code. Judge Asel \
Nurtayeva also barred him from trade-union work for two years.

Prosecutor Dauren Kenzhe had asked for six years.

In the same trial, 29-year-old electrician Timur Oskenbay was sentenced to one year of \
"freedom limitation" -- a form of parole -- and ordered to perform 100 hours of compulsory \
labor.

Amanov was arrested on October 2 and has been held in custody since then. Oskenbay was \
detained on October 5 and placed under house arrest three days later.

The dispute has gone on since 2024, when another miner, Bolat Sagyn, was fined 30 monthly \
calculation indices for a picket.
"""


def test_a_wire_story_of_two_co_defendants() -> None:
    cases = extract_cases(WIRE_STORY)
    assert [c["person"]["name"] for c in cases] == ["Serik Amanov", "Timur Oskenbay"]
    second = cases[1]
    assert second["court"] == "Zhezkazgan City Court"
    assert second["judge"] == "Asel Nurtayeva"
    assert second["prosecutor"] == "Dauren Kenzhe"
    events = {e["kind"]: e for e in second["events"]}
    assert events["verdict"]["date"] == "2026-03-10"
    assert sorted(p["kind"] for p in events["verdict"]["sentence"]) == [
        "community_service",
        "restriction_of_liberty",
    ]  # not the lead's four years in prison, nor another's fine
    assert events["detention"]["date"] == "2026-10-05"
    assert events["preventive_measure"]["date"] == "2026-10-08"
    assert "release" not in events


HEADLINE_RU = """\
В Таразе вынесли приговор по делу о беспорядках: предпринимателю – 3 года колонии

12 марта 2026 года

Таразский городской суд в четверг, 12 марта, признал виновными предпринимателя Арсена Кадырова \
и медсестру Динару Саматову в участии в массовых беспорядках (часть 2 статьи 272 УК РК). \
Кадырову назначено 3 года лишения свободы, Саматовой – 2 года ограничения свободы.
"""

HEADLINE_KK = """\
Таразда белсенділерге үкім шықты: блогерге 3 жыл бас бостандығынан айыру

Тараз қалалық соты 2026 жылғы 12 наурызда блогер Арсен Қадыров пен мұғалім Динара Саматоваға \
үкім шығарды. Қадыровқа 3 жыл бас бостандығынан айыру, Саматоваға 2 жыл бас бостандығын шектеу \
жазасы тағайындалды.
"""


@pytest.mark.parametrize("text", [HEADLINE_RU, HEADLINE_KK])
def test_a_headlines_punishment_is_the_first_ones(text: str) -> None:
    cases = extract_cases(text)
    assert len(cases) == 2
    kinds = [
        sorted(p["kind"] for e in c["events"] if e["kind"] == "verdict" for p in e["sentence"])
        for c in cases
    ]
    assert kinds == [["imprisonment"], ["restriction_of_liberty"]]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a given name, then its surname, then the next person's name: no surname-first triple
        ("Айыптаушы Ерлан Сапаров Гүлнар Омарқызына 5 жыл сұрады.", ["Ерлан", "Сапаров"]),
        ("Обвинитель Ерлан Сапаров Гульнар Омаровне просил 5 лет.", ["Ерлан", "Сапаров"]),
        # a form's surname first, after a role word, stays so
        (
            "Сотталған Бекмаханова Гүлнар Сейітқызы шағым берді.",
            ["Бекмаханова", "Гүлнар", "Сейітқызы"],
        ),
    ],
)
def test_a_name_then_the_next_persons_name(text: str, first: list[str]) -> None:
    from bot.extract.names import find_title_mentions

    assert find_title_mentions(text)[0].words == first


@pytest.mark.parametrize(
    ("text", "language", "hours"),
    [
        ("Ему назначили 2 года ограничения свободы и 120 часов принудительных работ.", "ru", 120),
        (
            "Оған 2 жыл бас бостандығын шектеу және 120 сағат мәжбүрлі жұмыс тағайындалды.",
            "kk",
            120,
        ),
        ("He got two years of restricted freedom and 120 hours of compulsory work.", "en", 120),
        # work the person did is no punishment
        ("Он 120 часов работал на стройке.", "ru", None),
    ],
)
def test_hours_of_compulsory_work(text: str, language: str, hours: int | None) -> None:
    got = [p.hours for p in find_parts(text, language) if p.kind == "community_service"]
    assert got == ([hours] if hours else [])


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        ("Blogger fined 1.6 million tenge over posts\n\n", "en"),
        ("Блогера оштрафовали на 1,6 млн тенге\n\n", "ru"),
    ],
)
def test_a_headlines_sum_in_millions_is_the_storys_exact_one(headline: str, language: str) -> None:
    story = {
        "en": "The Aksu City Court on 3 March 2026 found blogger Marat Seitov guilty under Article "
        "274 and fined him 1,622,000 tenge.",
        "ru": "Аксуский городской суд 3 марта 2026 года признал блогера Марата Сеитова виновным по "
        "статье 274 УК и оштрафовал его на 1 622 000 тенге.",
    }[language]
    (case,) = extract_cases(headline + story)
    (verdict,) = [e for e in case["events"] if e["kind"] == "verdict"]
    assert [p["amount"] for p in verdict["sentence"]] == ["1622000.00"]


@pytest.mark.parametrize(
    ("sentence", "earlier"),
    [
        ("He has run the residents' group since 2021 and must pay 20,000 tenge.", False),
        ("Он с 2021 года ведёт группу жителей.", False),
        ("Ол 2021 жылдан бері тұрғындар тобын жүргізеді.", False),
        ("He had already been convicted in 2021.", True),
    ],
)
def test_a_year_something_lasts_since_is_no_earlier_case(sentence: str, earlier: bool) -> None:
    import datetime as dt

    from bot.extract.datelines import earlier_case
    from bot.extract.record import Scope

    scope = Scope("verdict", dt.date(2026, 3, 3), [])
    assert earlier_case(sentence, scope) is earlier


CO_DEFENDANT_STORY = """\
Two Aksu Activists Get Prison, 'Freedom Limitation'

By Staff
March 12, 2026 10:00 GMT

AKSU, Kazakhstan -- A court in Aksu has sentenced an activist to two years in prison and a \
teacher who shared his post to a parole-like sentence.

Judge Erlan Kaliyev of the Aksu City Court on March 11 found Bolat Nurlanov, a 30-year-old \
driver, guilty under Article 174, Part 1, of the Criminal Code. Nurlanov must serve the term in \
a medium-security colony and is barred from public activities for two years after his release.

His co-defendant, 28-year-old teacher Gaukhar Seitova, was convicted under Article 400, Part 1, \
and handed one year of "freedom limitation" and 100 hours of community work.

Prosecutor Arman Tlegen had asked for four years in prison for Nurlanov and two years of \
freedom limitation for Seitova.
"""


def test_his_co_defendant_was_tried_with_him() -> None:
    first, second = extract_cases(CO_DEFENDANT_STORY)
    assert second["person"]["name"] == "Gaukhar Seitova"
    assert second["court"] == first["court"] == "Aksu City Court"
    (verdict,) = [e for e in second["events"] if e["kind"] == "verdict"]
    assert verdict["date"] == "2026-03-11"  # not the dateline's day


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("3 марта в 7 утра пришли люди в масках и увели моего мужа.", "detention"),
        ("Утром 3 марта увели брата прямо из дома.", "detention"),
        ("Отца забрали из дома 3 марта.", "detention"),
        ("Моего мужа, Ерлана, забрали с работы 3 марта.", "detention"),
        # a thing led away is no one's arrest
        ("3 марта увели машину на штрафстоянку.", None),
        ("Из квартиры забрали ноутбук 3 марта.", None),
    ],
)
def test_a_relative_told_led_away(text: str, kind: str | None) -> None:
    assert event_kind(text, "ru") == kind


@pytest.mark.parametrize(
    ("contents", "language"),
    [
        ("In this issue: two new arrests, one appeal ruling, one verdict.", "en"),
        ("В этом выпуске: два задержания, одно решение апелляции, один приговор.", "ru"),
        ("Бұл санда: екі ұстау, бір апелляциялық шешім, бір үкім.", "kk"),
    ],
)
def test_a_digests_contents_line_tells_no_event(contents: str, language: str) -> None:
    from bot.extract.lead_terms import without_contents

    assert not without_contents(contents).strip()
    # a story opening "In this episode we discuss ..." stays
    assert without_contents("In this issue we discuss the case of X.").strip()
