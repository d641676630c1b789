"""Which sentence parts belong to the verdict and which to the appeal ruling when the ruling
changed the verdict without a word for the direction ("changed the verdict, sentencing her to
..."), replaced the punishment in the passive, or left "the rest of the verdict" unchanged; and
the outcome each such ruling reads as. Names, places and numbers are invented."""

from __future__ import annotations

import pytest

from bot.extract import extract_cases

Parts = list[tuple[str, int | None]]


def _reading(text: str) -> tuple[Parts, str | None, Parts]:
    """(the verdict's parts, the ruling's outcome, the ruling's parts) of the only case."""
    (case,) = extract_cases(text)
    verdict: Parts = []
    ruling: Parts = []
    outcome = None
    for event in case["events"]:
        parts = sorted((p["kind"], p["term_months"]) for p in event["sentence"] or [])
        if event["kind"] == "verdict":
            verdict = parts
        elif event["kind"] == "appeal_ruling":
            ruling, outcome = parts, event["appeal_outcome"]
    return verdict, outcome, ruling


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        # accepted: the ruling changed the verdict and gave prison instead of restricted
        # freedom; the hours attached to the restriction go with it
        (
            "On 3 March 2026 the Ekibastuz town court sentenced driver Aset Nurbekov to two "
            "years of restricted freedom with 100 hours of compulsory labour. On 21 April 2026 "
            "the Pavlodar regional appeals board changed the verdict, sentencing Nurbekov to "
            "two years in a medium security prison.",
            (
                [("community_service", None), ("restriction_of_liberty", 24)],
                "increased",
                [("imprisonment", 24)],
            ),
        ),
        (
            "3 марта 2026 года Экибастузский городской суд приговорил водителя Асета Нурбекова к "
            "двум годам ограничения свободы. 21 апреля 2026 года приговор Нурбекову был "
            "изменён апелляционной коллегией Павлодарского областного суда: назначено два года "
            "лишения свободы.",
            ([("restriction_of_liberty", 24)], "increased", [("imprisonment", 24)]),
        ),
        (
            "2026 жылғы 3 наурызда Екібастұз қалалық соты жүргізуші Әсет Нұрбековты 2 жыл бас "
            "бостандығын шектеуге соттады. 2026 жылғы 21 сәуірде облыстық сот алқасының "
            "қаулысымен Нұрбековке қатысты үкімі өзгертілді: оған 2 жыл бас бостандығынан айыру "
            "жазасы тағайындалды.",
            ([("restriction_of_liberty", 24)], "increased", [("imprisonment", 24)]),
        ),
        # refused: a ruling that changed nothing about the punishment keeps the verdict's
        (
            "On 3 March 2026 the Ekibastuz town court sentenced driver Aset Nurbekov to two "
            "years of restricted freedom. On 21 April 2026 the Pavlodar regional appeals board "
            "upheld the verdict.",
            ([("restriction_of_liberty", 24)], "upheld", [("restriction_of_liberty", 24)]),
        ),
    ],
)
def test_a_ruling_that_imposed_its_own_punishment(
    text: str, reading: tuple[Parts, str | None, Parts]
) -> None:
    assert _reading(text) == reading


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        # accepted: prison replaced by a fine in the passive, the rest left as it was
        (
            "2026 жылғы 10 ақпанда Рудный қалалық соты мұғалім Гүлмира Сәрсенованы 1 жылға бас "
            "бостандығынан айырды. 2026 жылғы 2 сәуірде облыстық соттың апелляциялық алқасы "
            "үкімді өзгертті: Сәрсеноваға тағайындалған жаза 865 000 теңге айыппұлмен "
            "ауыстырылды. Үкімнің қалған бөлігі өзгеріссіз қалдырылды.",
            ([("imprisonment", 12)], "reduced", [("fine", None)]),
        ),
        (
            "10 февраля 2026 года Рудненский городской суд приговорил учительницу Гульмиру "
            "Сарсенову к одному году лишения свободы. 2 апреля 2026 года апелляционная "
            "коллегия заменила ей лишение свободы на 2 года ограничения свободы. В остальной "
            "части приговор оставлен без изменения.",
            ([("imprisonment", 12)], "reduced", [("restriction_of_liberty", 24)]),
        ),
        (
            "On 10 February 2026 the Rudny town court sentenced teacher Gulmira Sarsenova to "
            "three years in prison. On 2 April 2026 the regional appeals board cut her prison "
            "term to two years; the rest of the sentence was left unchanged.",
            ([("imprisonment", 36)], "reduced", [("imprisonment", 24)]),
        ),
        # refused: the verdict left unchanged as a whole is upheld
        (
            "2026 жылғы 10 ақпанда Рудный қалалық соты мұғалім Гүлмира Сәрсенованы 1 жылға бас "
            "бостандығынан айырды. 2026 жылғы 2 сәуірде облыстық соттың апелляциялық алқасы "
            "үкімді өзгеріссіз қалдырды.",
            ([("imprisonment", 12)], "upheld", [("imprisonment", 12)]),
        ),
        (
            "10 февраля 2026 года Рудненский городской суд приговорил учительницу Гульмиру "
            "Сарсенову к одному году лишения свободы. 2 апреля 2026 года апелляционная "
            "коллегия оставила приговор без изменения.",
            ([("imprisonment", 12)], "upheld", [("imprisonment", 12)]),
        ),
    ],
)
def test_the_rest_left_unchanged_is_no_upholding(
    text: str, reading: tuple[Parts, str | None, Parts]
) -> None:
    assert _reading(text) == reading


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # accepted: the verdict kept as it was, in words other than "upheld"
        (
            "On 4 May 2026 the Semey city court sentenced blogger Arman Dosov to a fine of "
            "500,000 tenge. On 9 June 2026 the Abai regional court kept the sentence in force.",
            "upheld",
        ),
        (
            "On 4 May 2026 the Semey city court sentenced blogger Arman Dosov to a fine of "
            "500,000 tenge. The Abai regional court, hearing his appeal on 9 June 2026, did not "
            "change the verdict.",
            "upheld",
        ),
        (
            "4 мая 2026 года Семейский городской суд оштрафовал блогера Армана Досова на "
            "500 000 тенге. 9 июня 2026 года апелляционная коллегия не изменила приговор.",
            "upheld",
        ),
        (
            "4 мая 2026 года Семейский городской суд оштрафовал блогера Армана Досова на "
            "500 000 тенге. 9 июня 2026 года областной суд оставил приговор без изменений.",
            "upheld",
        ),
        (
            "2026 жылғы 4 мамырда Семей қалалық соты блогер Арман Досовқа 500 000 теңге айыппұл "
            "салды. 2026 жылғы 9 маусымда облыстық сот алқасы үкімді өзгертпеді.",
            "upheld",
        ),
        # refused: a part kept while the term was cut is a reduction
        (
            "On 4 May 2026 the Semey city court sentenced blogger Arman Dosov to three years in "
            "prison. On 9 June 2026 the Abai regional court cut the term to two years and kept "
            "the rest of the sentence in force.",
            "reduced",
        ),
        (
            "2026 жылғы 4 мамырда Семей қалалық соты блогер Арман Досовты 3 жылға бас "
            "бостандығынан айырды. 2026 жылғы 9 маусымда облыстық сот алқасы жазасын 2 жылға "
            "дейін қысқартты, үкімнің басқа бөлігі өзгеріссіз қалды.",
            "reduced",
        ),
    ],
)
def test_a_verdict_kept_in_other_words(text: str, outcome: str) -> None:
    assert _reading(text)[1] == outcome


def test_a_table_cell_unchanged() -> None:
    # a register's appeal column holding a single word for the result
    text = (
        "№\tАты-жөні\tҚала\tҮкім күні\tЖаза\tАпелляция\n"
        "1\tДосов Арман Серікұлы\tСемей\t04.05.2026\t500 000 теңге айыппұл\t"
        "Абай облыстық соты, 09.06.2026, өзгеріссіз\n"
    )
    assert _reading(text)[1] == "upheld"


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        # accepted: the old term named as the object of the replacement stays the verdict's
        (
            "On 12 March 2026 the Kostanay city court sentenced engineer Marat Zhunusov to five "
            "years in prison. On 30 April 2026 the regional appeals panel replaced the five-year "
            "prison term of Zhunusov, a 41-year-old engineer from Rudny, with four years of "
            "restricted freedom and ordered his release.",
            ([("imprisonment", 60)], "reduced", [("restriction_of_liberty", 48)]),
        ),
        (
            "12 марта 2026 года Костанайский городской суд приговорил инженера Марата Жунусова к "
            "пяти годам лишения свободы. 30 апреля 2026 года апелляционная коллегия заменила "
            "Жунусову пять лет лишения свободы на четыре года ограничения свободы.",
            ([("imprisonment", 60)], "reduced", [("restriction_of_liberty", 48)]),
        ),
        # refused: a term cut within the same kind keeps that kind, at its new length
        (
            "On 12 March 2026 the Kostanay city court sentenced engineer Marat Zhunusov to five "
            "years in prison. On 30 April 2026 the regional appeals panel reduced his prison "
            "term to four years.",
            ([("imprisonment", 60)], "reduced", [("imprisonment", 48)]),
        ),
    ],
)
def test_the_replaced_term_stays_the_verdicts(
    text: str, reading: tuple[Parts, str | None, Parts]
) -> None:
    assert _reading(text) == reading


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        # accepted: a court paper's passive change naming the convict by initials
        (
            "2026 жылғы 3 наурызда Екібастұз қалалық соты жүргізуші Әсет Нұрбековты 2 жыл бас "
            "бостандығын шектеуге соттады. 2026 жылғы 21 сәуірде облыстық сот алқасының "
            "қаулысымен үкімі жазаны тағайындау бөлігінде өзгертілді: Нұрбеков Ә.С.-ға 2 жыл "
            "бас бостандығынан айыру жазасы тағайындалды.",
            ([("restriction_of_liberty", 24)], "increased", [("imprisonment", 24)]),
        ),
        (
            "3 марта 2026 года Экибастузский городской суд приговорил водителя Асета Нурбекова к "
            "двум годам ограничения свободы. 21 апреля 2026 года приговор изменён апелляционной "
            "коллегией: Нурбекову А.С. назначено два года лишения свободы.",
            ([("restriction_of_liberty", 24)], "increased", [("imprisonment", 24)]),
        ),
        # refused: a change that names no new punishment keeps the verdict's
        (
            "3 марта 2026 года Экибастузский городской суд приговорил водителя Асета Нурбекова к "
            "двум годам ограничения свободы. 21 апреля 2026 года апелляционная коллегия "
            "изменила приговор Нурбекову А.С.: из него исключено указание на рецидив.",
            ([("restriction_of_liberty", 24)], None, [("restriction_of_liberty", 24)]),
        ),
    ],
)
def test_a_change_past_the_convicts_initials(
    text: str, reading: tuple[Parts, str | None, Parts]
) -> None:
    assert _reading(text) == reading


def _kinds(text: str) -> list[str]:
    (case,) = extract_cases(text)
    return sorted(event["kind"] for event in case["events"])


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # accepted: no appeal made is no appeal ruling
        (
            "On 4 May 2026 the Semey city court fined blogger Arman Dosov 500,000 tenge. The "
            "verdict was not appealed and has entered into force.",
            ["verdict"],
        ),
        (
            "4 мая 2026 года Семейский городской суд оштрафовал блогера Армана Досова на "
            "500 000 тенге. Приговор не обжаловался и вступил в законную силу.",
            ["verdict"],
        ),
        (
            "2026 жылғы 4 мамырда Семей қалалық соты блогер Арман Досовқа 500 000 теңге айыппұл "
            "салды. Апелляция: шағым берілмеген.",
            ["verdict"],
        ),
        # refused: an appeal heard is a ruling
        (
            "On 4 May 2026 the Semey city court fined blogger Arman Dosov 500,000 tenge. On 9 "
            "June 2026 the Abai regional court upheld the verdict on appeal.",
            ["appeal_ruling", "verdict"],
        ),
    ],
)
def test_no_appeal_made(text: str, kinds: list[str]) -> None:
    assert _kinds(text) == kinds
