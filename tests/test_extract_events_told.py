"""Events, sentence parts and appeal outcomes as reports tell them around the person: several
co-defendants' outcomes in one sentence, a party's request, the new punishment told before the
old one, an age next to a term, the acquittal a defence asks for. Names are invented."""

from __future__ import annotations

from typing import Any

import pytest

from bot.extract import extract_cases
from bot.extract.values import find_terms


def _rulings(text: str) -> dict[str, tuple[str | None, list[tuple[str, int | None]]]]:
    """Each person's appeal outcome and the ruling's sentence parts."""
    found: dict[str, tuple[str | None, list[tuple[str, int | None]]]] = {}
    for case in extract_cases(text):
        for event in case["events"]:
            if event["kind"] == "appeal_ruling":
                parts = [(p["kind"], p["term_months"]) for p in event["sentence"]]
                found[case["person"]["name"]] = (event["appeal_outcome"], parts)
    return found


@pytest.mark.parametrize(
    ("text", "rulings"),
    [
        # accepted: two co-defendants, one outcome each, told in one sentence
        (
            "The Saran town court sentenced miners Nurlan Abilov and Daulet Kassymov on 2 July "
            "2025 to three years in prison each. On 14 October 2025 the appeals board of the "
            "Karaganda regional court left the sentence of Abilov unchanged, while the term of "
            "Kassymov was reduced to two years.",
            {
                "Nurlan Abilov": ("upheld", [("imprisonment", 36)]),
                "Daulet Kassymov": ("reduced", [("imprisonment", 24)]),
            },
        ),
        (
            "Саранский городской суд 2 декабря 2024 года приговорил шахтёров Нурлана Абилова и "
            "Даулета Касымова к трём годам лишения свободы каждого. 12 марта 2025 года "
            "апелляционная коллегия Карагандинского областного суда оставила приговор Абилову "
            "без изменения, а Касымову срок снизила до двух лет.",
            {
                "Нурлан Абилов": ("upheld", [("imprisonment", 36)]),
                "Даулет Касымов": ("reduced", [("imprisonment", 24)]),
            },
        ),
        (
            "Саран қалалық соты 2024 жылғы 2 желтоқсанда кеншілер Нұрлан Әбілов пен Дәулет "
            "Қасымовты үш жылға бас бостандығынан айырды. 2025 жылғы 12 наурызда облыстық "
            "соттың апелляциялық алқасы Әбіловтің үкімін өзгеріссіз қалдырды, ал Қасымовтың "
            "жазасын екі жылға дейін қысқартты.",
            {
                "Нұрлан Әбілов": ("upheld", [("imprisonment", 36)]),
                "Дәулет Қасымов": ("reduced", [("imprisonment", 24)]),
            },
        ),
        # accepted: a lead that names no one gives way to the sentence naming the person
        (
            "An appeals court has cut one activist's sentence and left another's in place. On 14 "
            "October 2025 the Karaganda regional court upheld the verdict against Nurlan Abilov, "
            "a miner. The Saran town court had sentenced him on 2 July 2025 to three years in "
            "prison.",
            {"Nurlan Abilov": ("upheld", [("imprisonment", 36)])},
        ),
        # refused: one person's conviction kept and term cut in one sentence is a reduction
        (
            "The Saran town court sentenced miner Nurlan Abilov on 2 July 2025 to three years in "
            "prison. On 14 October 2025 the appeals board of the Karaganda regional court upheld "
            "Abilov's conviction but cut his prison term to two years.",
            {"Nurlan Abilov": ("reduced", [("imprisonment", 24)])},
        ),
        (
            "2 июля 2025 года Саранский городской суд приговорил шахтёра Нурлана Абилова к трём "
            "годам лишения свободы. 14 октября 2025 года апелляционная коллегия оставила "
            "обвинительный приговор Абилову в силе, но снизила срок до двух лет.",
            {"Нурлан Абилов": ("reduced", [("imprisonment", 24)])},
        ),
        # refused: what the prosecutor asked the appeal court for is no outcome
        (
            "On 14 October 2025 the Karaganda regional court heard the appeal of Nurlan Abilov, "
            "a miner. The prosecutor asked the judges to leave the sentence unchanged. The Saran "
            "town court had sentenced him on 2 July 2025 to three years in prison.",
            {"Nurlan Abilov": (None, [("imprisonment", 36)])},
        ),
        (
            "14 октября 2025 года апелляционная коллегия Карагандинского областного суда "
            "рассмотрела жалобу шахтёра Нурлана Абилова. Прокурор просил оставить приговор без "
            "изменения. Городской суд Сарани 2 июля 2025 года приговорил его к трём годам "
            "лишения свободы.",
            {"Нурлан Абилов": (None, [("imprisonment", 36)])},
        ),
        (
            "2025 жылғы 14 қазанда облыстық соттың апелляциялық алқасы кенші Нұрлан Әбіловтің "
            "шағымын қарады. Прокурор үкімді өзгеріссіз қалдыруды сұрады. Саран қалалық соты "
            "2025 жылғы 2 шілдеде оны үш жылға бас бостандығынан айырған.",
            {"Нұрлан Әбілов": (None, [("imprisonment", 36)])},
        ),
        # accepted: the new punishment told with "replaced ... with", or before "instead of"
        (
            "On 14 October 2025 the Karaganda regional court replaced the three-year prison term "
            "of 41-year-old miner Nurlan Abilov with two years of restricted freedom. The Saran "
            "town court had sentenced him on 2 July 2025 to three years in prison.",
            {"Nurlan Abilov": ("reduced", [("restriction_of_liberty", 24)])},
        ),
        (
            "The Saran town court sentenced miner Nurlan Abilov on 2 July 2025 to three years in "
            "prison. On 14 October 2025 the appeals board of the Karaganda regional court ruled "
            "that Abilov will serve two years of restricted freedom instead of the three years "
            "in prison.",
            {"Nurlan Abilov": ("reduced", [("restriction_of_liberty", 24)])},
        ),
        (
            "Суд Сарани 2 июля 2025 года приговорил шахтёра Нурлана Абилова к трём годам "
            "лишения свободы. 14 октября 2025 года апелляционная коллегия областного суда "
            "назначила Абилову два года ограничения свободы вместо трёх лет лишения свободы.",
            {"Нурлан Абилов": ("reduced", [("restriction_of_liberty", 24)])},
        ),
    ],
)
def test_each_persons_appeal_outcome(text: str, rulings: dict[str, Any]) -> None:
    assert _rulings(text) == rulings


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        # refused: an age is no term
        ("the court sent a 36-year-old welder to prison for four years", [48]),
        ("he is 52 years old and got five years in prison", [60]),
        ("a forty-two-year-old driver received two years", [24]),
        # accepted: a term followed by a clause starting with "old"
        ("sentenced to 5 years, old friends said", [60]),
    ],
)
def test_an_age_is_no_term(text: str, terms: list[int]) -> None:
    assert [t.value for t in find_terms(text)] == terms


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # refused: the acquittal the defence will ask for is no verdict
        (
            "The trial of Nurlan Abilov, a miner, opened at the Saran town court on 3 November "
            "2025. His lawyer said on 10 November 2025 that the defence would ask for an "
            "acquittal.",
            False,
        ),
        (
            "3 ноября 2025 года в Саранском городском суде начался процесс над шахтёром "
            "Нурланом Абиловым. 10 ноября 2025 года его адвокат сказал, что защита будет просить "
            "оправдательный приговор.",
            False,
        ),
        (
            "2025 жылғы 3 қарашада Саран қалалық сотында кенші Нұрлан Әбіловтің ісі қарала "
            "бастады. 2025 жылғы 10 қарашада адвокаты: «Біз ақтау үкімін сұраймыз», – деді.",
            False,
        ),
        # accepted: a verdict the court handed down
        (
            "The trial of Nurlan Abilov, a miner, opened at the Saran town court on 3 November "
            "2025. On 10 November 2025 the court handed down its verdict: an acquittal.",
            True,
        ),
    ],
)
def test_an_acquittal_asked_for_is_no_verdict(text: str, verdict: bool) -> None:
    [case] = extract_cases(text)
    assert any(e["kind"] == "verdict" for e in case["events"]) is verdict


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # accepted: a post's date line dates "yesterday", and "today" after it too
        (
            "Saule Nurpeisova\n14 March 2025 · Semey\n\nPolice detained my husband Yerlan "
            "Tokenov, a driver, yesterday near our house under Article 174 of the Criminal Code. "
            "Today a court in Semey ordered him held in custody for two months.",
            [("detention", "2025-03-13", None), ("preventive_measure", "2025-03-14", "custody")],
        ),
        (
            "Сауле Нурпеисова\n14 марта 2025 г. · Семей\n\nВчера возле дома задержали моего "
            "мужа, водителя Ерлана Токенова, по статье 174 УК. Сегодня суд Семея санкционировал "
            "его арест на два месяца.",
            [("detention", "2025-03-13", None), ("preventive_measure", "2025-03-14", "custody")],
        ),
        (
            "Сәуле Нұрпейісова\n2025 жылғы 14 наурыз · Семей\n\nКеше күйеуім, жүргізуші Ерлан "
            "Төкеновті ҚК-нің 174-бабы бойынша үй алдында ұстады. Бүгін Семей соты оны екі айға "
            "қамауға алды.",
            [("detention", "2025-03-13", None), ("preventive_measure", "2025-03-14", "custody")],
        ),
        # refused: being in custody today is a state, no measure ordered that day
        (
            "Saule Nurpeisova\n14 March 2025 · Semey\n\nPolice detained my husband Yerlan "
            "Tokenov, a driver, yesterday near our house under Article 174 of the Criminal Code. "
            "He is in custody today.",
            [("detention", "2025-03-13", "custody")],
        ),
    ],
)
def test_today_told_after_yesterday_is_the_items_day(
    text: str, events: list[tuple[str, str, str | None]]
) -> None:
    [case] = extract_cases(text)
    assert [(e["kind"], e["date"], e.get("measure")) for e in case["events"]] == events


@pytest.mark.parametrize(
    ("text", "charged"),
    [
        # accepted: a trade between "charged" and the name, the article after "under"
        (
            "On 4 February 2025 investigators in Oral charged local blogger Aibek Nurov under "
            "Article 274 of the Criminal Code over a post about the water supply.",
            True,
        ),
        (
            "On 4 February 2025 police in Oral charged activist Aibek Nurov (Айбек Нуров) under "
            "Article 274 of the Criminal Code.",
            True,
        ),
        # accepted: the investigator announced the resolution to charge him
        (
            "2025 жылғы 4 ақпанда Орал қаласының тергеушісі блогер Айбек Нұровқа ҚК-нің "
            "274-бабы бойынша айып тағу туралы қаулы жариялады.",
            True,
        ),
        # refused: the defence disputing the resolution is no charge of that day
        (
            "2025 жылғы 10 наурызда Орал қалалық соты блогер Айбек Нұровты ҚК-нің 274-бабы "
            "бойынша 1 жылға бас бостандығын шектеуге соттады. Қорғаушы айып тағу туралы "
            "қаулымен келіспейді.",
            False,
        ),
    ],
)
def test_a_charge_by_its_wording(text: str, charged: bool) -> None:
    [case] = extract_cases(text)
    assert any(e["kind"] == "charge" for e in case["events"]) is charged


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # accepted: a verdict "not yet in force" is dated by the day it was announced
        (
            "The Semey city court found Yerlan Tokenov, a driver, guilty under Article 174 and "
            "sentenced him to two years of restricted freedom. The verdict was announced on 20 "
            "May 2025 and has not yet entered into force.",
            "2025-05-20",
        ),
        (
            "Семейский городской суд признал водителя Ерлана Токенова виновным по статье 174 УК "
            "и приговорил к двум годам ограничения свободы. Приговор оглашён 20 мая 2025 года и "
            "ещё не вступил в законную силу.",
            "2025-05-20",
        ),
        (
            "Семей қалалық соты жүргізуші Ерлан Төкеновті ҚК-нің 174-бабы бойынша кінәлі деп "
            "танып, 2 жыл бас бостандығын шектеу жазасын тағайындады. Үкім 2025 жылғы 20 "
            "мамырда жарияланды, заңды күшіне енген жоқ.",
            "2025-05-20",
        ),
        # refused: the day a verdict took effect is not the verdict's day
        (
            "On 20 May 2025 the Semey city court found Yerlan Tokenov, a driver, guilty under "
            "Article 174 and sentenced him to two years of restricted freedom. The verdict "
            "entered into force on 6 June 2025.",
            "2025-05-20",
        ),
        (
            "20 мая 2025 года Семейский городской суд признал водителя Ерлана Токенова виновным "
            "по статье 174 УК и приговорил к двум годам ограничения свободы. Приговор вступил в "
            "законную силу 6 июня 2025 года.",
            "2025-05-20",
        ),
    ],
)
def test_a_verdict_not_yet_in_force_keeps_its_day(text: str, day: str) -> None:
    [case] = extract_cases(text)
    assert [e["date"] for e in case["events"] if e["kind"] == "verdict"] == [day]


def _verdicts(text: str) -> dict[str, list[tuple[str, int | None]]]:
    return {
        case["person"]["name"]: [
            (p["kind"], p["term_months"])
            for e in case["events"]
            if e["kind"] == "verdict"
            for p in e["sentence"]
        ]
        for case in extract_cases(text)
    }


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        # accepted: the second term shares the kind named with the first
        (
            "On 2 July 2025 the Saran town court convicted miners Nurlan Abilov and Daulet "
            "Kassymov under Article 174. Judge Aigul Sarsenova gave Abilov three years in prison "
            "and Kassymov two years.",
            {
                "Nurlan Abilov": [("imprisonment", 36)],
                "Daulet Kassymov": [("imprisonment", 24)],
            },
        ),
        # refused: each term with a kind of its own keeps it
        (
            "On 2 July 2025 the Saran town court convicted miners Nurlan Abilov and Daulet "
            "Kassymov under Article 174. Judge Aigul Sarsenova gave Abilov three years in prison "
            "and Kassymov two years of restricted freedom.",
            {
                "Nurlan Abilov": [("imprisonment", 36)],
                "Daulet Kassymov": [("restriction_of_liberty", 24)],
            },
        ),
        (
            "2 июля 2025 года Саранский городской суд осудил шахтёров Нурлана Абилова и Даулета "
            "Касымова по статье 174 УК. Судья назначил Абилову три года лишения свободы, а "
            "Касымову два года ограничения свободы.",
            {
                "Нурлан Абилов": [("imprisonment", 36)],
                "Даулет Касымов": [("restriction_of_liberty", 24)],
            },
        ),
        (
            "2025 жылғы 2 шілдеде Саран қалалық соты кеншілер Нұрлан Әбілов пен Дәулет Қасымовты "
            "ҚК-нің 174-бабы бойынша соттады. Әбіловке үш жыл бас бостандығынан айыру, Қасымовқа "
            "екі жыл бас бостандығын шектеу жазасы тағайындалды.",
            {
                "Нұрлан Әбілов": [("imprisonment", 36)],
                "Дәулет Қасымов": [("restriction_of_liberty", 24)],
            },
        ),
    ],
)
def test_a_kind_named_once_for_two_codefendants_terms(
    text: str, verdicts: dict[str, list[tuple[str, int | None]]]
) -> None:
    assert _verdicts(text) == verdicts


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # refused: an appeal to be heard on a later day is no ruling yet
        (
            "On 20 May 2025 the Semey city court sentenced Yerlan Tokenov, a driver, to two years "
            "of restricted freedom under Article 174. His appeal is to be heard by the regional "
            "court on 9 July 2025.",
            ["verdict"],
        ),
        (
            "20 мая 2025 года Семейский городской суд приговорил водителя Ерлана Токенова к двум "
            "годам ограничения свободы по статье 174 УК. Апелляционную жалобу областной суд "
            "рассмотрит 9 июля 2025 года.",
            ["verdict"],
        ),
        (
            "2025 жылғы 20 мамырда Семей қалалық соты жүргізуші Ерлан Төкеновті ҚК-нің 174-бабы "
            "бойынша 2 жыл бас бостандығын шектеуге соттады. Апелляциялық шағым 2025 жылғы 9 "
            "шілдеде облыстық сотта қаралмақ.",
            ["verdict"],
        ),
        # accepted: the appeal the court heard and decided
        (
            "20 мая 2025 года Семейский городской суд приговорил водителя Ерлана Токенова к двум "
            "годам ограничения свободы по статье 174 УК. 9 июля 2025 года областной суд "
            "рассмотрел апелляционную жалобу и оставил приговор без изменения.",
            ["verdict", "appeal_ruling"],
        ),
        (
            "2025 жылғы 20 мамырда Семей қалалық соты жүргізуші Ерлан Төкеновті ҚК-нің 174-бабы "
            "бойынша 2 жыл бас бостандығын шектеуге соттады. 2025 жылғы 9 шілдеде облыстық сот "
            "апелляциялық шағымды қарап, үкімді өзгеріссіз қалдырды.",
            ["verdict", "appeal_ruling"],
        ),
    ],
)
def test_an_appeal_to_be_heard_is_no_ruling(text: str, kinds: list[str]) -> None:
    [case] = extract_cases(text)
    assert [e["kind"] for e in case["events"]] == kinds


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # accepted: a story's dateline already taken by its lead; the weekdays told after it
        # (with a date or without one) still count back from that day, a Thursday
        (
            "Суд в Таразе арестовал блогера\n\n13 марта 2025, 10:30\n\nВ Таразе на два месяца "
            "арестован блогер Ерлан Тулегенов. Его подозревают в распространении ложной "
            "информации. Блогера задержали в понедельник, 10 марта. В среду следственный судья "
            "санкционировал его арест. Досудебное расследование ведется по ч. 2 ст. 274 УК РК.",
            [("detention", "2025-03-10", None), ("preventive_measure", "2025-03-12", "custody")],
        ),
        (
            "Blogger remanded in Taraz\n\nMarch 13, 2025 09:40 GMT\n\nA blogger in the southern "
            "city of Taraz has been remanded in custody over a video about the city's water "
            "supply. Police detained Yerlan Tulegenov on Monday, March 10. He is suspected of "
            "spreading false information under Article 274 of the Criminal Code; on Wednesday an "
            "investigating judge remanded him in custody for two months.",
            [("detention", "2025-03-10", None), ("preventive_measure", "2025-03-12", "custody")],
        ),
        (
            "Таразда блогер қамауға алынды\n\n2025 жылғы 13 наурыз, 10:30\n\nТаразда блогер "
            "Ерлан Төлегенов екі айға қамауға алынды. Оны жалған ақпарат таратты деп "
            "күдіктенеді. Полиция блогерді дүйсенбіде, 10 наурызда ұстады. Сәрсенбіде тергеу "
            "судьясы оны қамауға алуға санкция берді.",
            [("detention", "2025-03-10", None), ("preventive_measure", "2025-03-12", "custody")],
        ),
        # accepted: a newsletter's issue line (a Friday) dates the weekday of a later item
        (
            "Civic Weekly · Issue 9 · Friday, 14 March 2025\n\n1. WEATHER\nSnow is expected in "
            "the north on Sunday.\n\n2. COURTS\nPolice in Taraz detained the blogger Yerlan "
            "Tulegenov on Tuesday, 11 March, over a video about the water supply. He is "
            "suspected of spreading false information (Article 274 of the Criminal Code); on "
            "Thursday a judge remanded him in custody for two months.",
            [("detention", "2025-03-11", None), ("preventive_measure", "2025-03-13", "custody")],
        ),
        (
            "Еженедельник · выпуск 9 · пятница, 14 марта 2025 года\n\n1. ПОГОДА\nВ воскресенье "
            "на севере ожидается снег.\n\n2. СУДЫ\nВ Таразе полиция во вторник, 11 марта, "
            "задержала блогера Ерлана Тулегенова из-за видео о водоснабжении. Его подозревают в "
            "распространении ложной информации (ст. 274 УК); в четверг следственный судья "
            "арестовал его на два месяца.",
            [("detention", "2025-03-11", None), ("preventive_measure", "2025-03-13", "custody")],
        ),
        # accepted: a messenger's stamp over a forwarded message is its day (a Friday)
        (
            "[14.03.2025 20:15] Пересланное сообщение\nОт: Сауле\n\nВ четверг, 13 марта, моего "
            "брата Ерлана Тулегенова задержали по статье 274 УК. А сегодня в пятницу "
            "следственный судья дал ему домашний арест на два месяца.",
            [
                ("detention", "2025-03-13", None),
                ("preventive_measure", "2025-03-14", "house_arrest"),
            ],
        ),
        (
            "[14.03.2025 20:15] Forwarded message\nFrom: Saule\n\nMy brother Yerlan Tulegenov "
            "was detained on Thursday, 13 March, under Article 274 of the Criminal Code. This "
            "Friday afternoon an investigating judge put him under house arrest for two months.",
            [
                ("detention", "2025-03-13", None),
                ("preventive_measure", "2025-03-14", "house_arrest"),
            ],
        ),
        (
            "[14.03.2025 20:15] Жіберілген хабарлама\n\nІнім Ерлан Төлегеновті бейсенбіде, 13 "
            "наурызда, ҚК-нің 274-бабы бойынша ұстады. Жұма күні тергеу судьясы оны екі айға үй "
            "қамағына алды.",
            [
                ("detention", "2025-03-13", None),
                ("preventive_measure", "2025-03-14", "house_arrest"),
            ],
        ),
        # refused: the weekday is the day a statement on the verdict was made, not the verdict's
        (
            "CPJ | New York, March 13, 2025\n\nThe group condemned on Thursday the two-year "
            "prison sentence handed to the blogger Yerlan Tulegenov. On March 10, a court in "
            "Taraz found Tulegenov guilty of spreading false information and sentenced him to "
            "two years in prison.",
            [("verdict", "2025-03-10", None)],
        ),
        (
            "Тараз, 13 марта 2025 года\n\nПравозащитники в четверг осудили приговор блогеру "
            "Ерлану Тулегенову. 10 марта суд Тараза признал Тулегенова виновным в "
            "распространении ложной информации и приговорил к двум годам лишения свободы.",
            [("verdict", "2025-03-10", None)],
        ),
        (
            "2025 жылғы 13 наурыз, Тараз\n\nҚұқық қорғаушылар бейсенбіде блогер Ерлан "
            "Төлегеновке шығарылған үкімді сынады. 10 наурызда Тараз соты Төлегеновті жалған "
            "ақпарат таратқаны үшін кінәлі деп танып, екі жылға бас бостандығынан айырды.",
            [("verdict", "2025-03-10", None)],
        ),
    ],
)
def test_a_weekday_counts_back_from_the_texts_own_day(
    text: str, events: list[tuple[str, str, str | None]]
) -> None:
    [case] = extract_cases(text)
    assert [(e["kind"], e["date"], e.get("measure")) for e in case["events"]] == events


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # accepted: a lead the dateline dated ("has replaced ..., and he was released in the
        # courtroom") gives way to the day the ruling is told after it, the release's too
        (
            "Blogger freed on appeal\n\nMarch 13, 2025\n\nSEMEY, Kazakhstan -- An appeals court "
            "has replaced the prison term of a local blogger with restricted freedom, and he "
            "was released in the courtroom.\n\nThe Abai Regional Court ruled on March 12 that "
            "Daniyar Sultanov, 44, would serve two years of restricted freedom. The Semey City "
            "Court had sentenced him on 20 January 2025 to two years in prison under Article "
            "274 of the Criminal Code.",
            [
                ("verdict", "2025-01-20"),
                ("release", "2025-03-12"),
                ("appeal_ruling", "2025-03-12"),
            ],
        ),
        (
            "Блогера освободили после апелляции\n\n13 марта 2025 года\n\nАпелляционная коллегия "
            "заменила блогеру Данияру Султанову лишение свободы ограничением свободы, и его "
            "освободили в зале суда. Решение коллегия Абайского областного суда вынесла 12 "
            "марта. Городской суд Семея 20 января 2025 года приговорил его к двум годам лишения "
            "свободы по ст. 274 УК.",
            [
                ("verdict", "2025-01-20"),
                ("release", "2025-03-12"),
                ("appeal_ruling", "2025-03-12"),
            ],
        ),
        (
            "Блогер апелляциядан кейін босатылды\n\n2025 жылғы 13 наурыз\n\nАпелляциялық алқа "
            "блогер Данияр Сұлтановтың бас бостандығынан айыру жазасын бас бостандығын шектеуге "
            "ауыстырып, оны сот залында босатты. Абай облыстық сотының алқасы шешімді 12 "
            "наурызда шығарды. Семей қалалық соты оны 2025 жылғы 20 қаңтарда ҚК-нің 274-бабы "
            "бойынша екі жылға бас бостандығынан айырған.",
            [
                ("verdict", "2025-01-20"),
                ("release", "2025-03-12"),
                ("appeal_ruling", "2025-03-12"),
            ],
        ),
        # refused: no day of the decision told after the lead: the dateline's stands
        (
            "Blogger freed on appeal\n\nMarch 13, 2025\n\nSEMEY, Kazakhstan -- An appeals court "
            "has replaced the prison term of Daniyar Sultanov, a local blogger, with restricted "
            "freedom, and he was released in the courtroom. The Semey City Court had sentenced "
            "him on 20 January 2025 to two years in prison under Article 274 of the Criminal "
            "Code.",
            [
                ("verdict", "2025-01-20"),
                ("release", "2025-03-13"),
                ("appeal_ruling", "2025-03-13"),
            ],
        ),
    ],
)
def test_the_day_a_ruling_was_given_told_after_its_lead(
    text: str, events: list[tuple[str, str]]
) -> None:
    [case] = extract_cases(text)
    assert [(e["kind"], e["date"]) for e in case["events"]] == events


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # accepted: a colony's reply tells the day the convict arrived to serve the sentence,
        # and the verdict's own day after it, or in the next sentence
        (
            "Ответ на обращение\n\nОсужденная Ахметова Гульнар Сериковна прибыла в учреждение "
            "5 мая 2025 года для отбывания наказания, назначенного приговором Таразского "
            "городского суда от 12 февраля 2025 года по ч. 1 ст. 174 УК РК, в виде 2 (двух) лет "
            "лишения свободы.",
            ("2025-02-12", [("imprisonment", 24)]),
        ),
        (
            "Өтінішке жауап\n\nСотталған Ахметова Гүлнар Серікқызы 2025 жылғы 5 мамырда жазасын "
            "өтеу үшін мекемеге келді. Ол Тараз қалалық сотының 2025 жылғы 12 ақпандағы "
            "үкімімен ҚК-нің 174-бабының 1-бөлігі бойынша 2 жылға бас бостандығынан айырылған.",
            ("2025-02-12", [("imprisonment", 24)]),
        ),
        (
            "Reply to your letter\n\nThe convict Gulnar Akhmetova arrived at the institution on "
            "5 May 2025 to serve the sentence imposed by the Taraz City Court on 12 February "
            "2025 under Article 174, Part 1, of the Criminal Code: two years of imprisonment.",
            ("2025-02-12", [("imprisonment", 24)]),
        ),
        # refused: a verdict told with its own day is no arrival, whatever follows it
        (
            "5 мая 2025 года Таразский городской суд осудил Гульнар Ахметову по ч. 1 ст. 174 УК "
            "РК к 2 годам лишения свободы. Отбывать наказание она будет в колонии.",
            ("2025-05-05", [("imprisonment", 24)]),
        ),
        (
            "On 5 May 2025 the Taraz City Court sentenced Gulnar Akhmetova to two years of "
            "imprisonment under Article 174, Part 1, of the Criminal Code; she was taken to a "
            "colony to serve the sentence.",
            ("2025-05-05", [("imprisonment", 24)]),
        ),
    ],
)
def test_a_convicts_arrival_to_serve_dates_no_verdict(
    text: str, verdict: tuple[str, list[tuple[str, int | None]]]
) -> None:
    [case] = extract_cases(text)
    [event] = [e for e in case["events"] if e["kind"] == "verdict"]
    parts = [(p["kind"], p["term_months"]) for p in event["sentence"]]
    assert (event["date"], parts) == verdict


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # accepted: an arrest asked about as a rumour and denied is no event, though the
        # dateline would date it
        (
            "Тараз, 14 марта 2025 года\n\n– Говорят, блогера Ерлана Тулегенова задержали. Это "
            "правда?\n– Нет, Ерлан Тулегенов не задержан. 10 марта ему предъявили обвинение по "
            "ч. 2 ст. 274 УК РК. В тот же день ему избрали меру пресечения в виде запрета на "
            "выезд.",
            [("charge", "2025-03-10", None), ("preventive_measure", "2025-03-10", "travel_ban")],
        ),
        (
            "Taraz, 14 March 2025\n\n– There are reports that the blogger Yerlan Tulegenov was "
            "detained. Is that true?\n– No, Yerlan Tulegenov has not been detained. On 10 March "
            "he was charged under Article 274, Part 2, of the Criminal Code, and the same day he "
            "was banned from leaving the country.",
            [("charge", "2025-03-10", None), ("preventive_measure", "2025-03-10", "travel_ban")],
        ),
        (
            "Тараз, 2025 жылғы 14 наурыз\n\n– Таразда блогер Ерлан Төлегенов ұсталды деген "
            "ақпарат бар. Ол рас па?\n– Жоқ, Ерлан Төлегенов ұсталған жоқ. Оған 10 наурызда "
            "ҚК-нің 274-бабының 2-бөлігі бойынша айып тағылды. Сол күні оған елден шығуға тыйым "
            "салынды.",
            [("charge", "2025-03-10", None), ("preventive_measure", "2025-03-10", "travel_ban")],
        ),
        # refused: an arrest told with its own day stays, "not arrested" told of the measure
        (
            "Taraz, 14 March 2025\n\nPolice detained the blogger Yerlan Tulegenov on 10 March "
            "under Article 274, Part 2, of the Criminal Code. He was not arrested: on 12 March a "
            "judge banned him from leaving the country.",
            [("detention", "2025-03-10", None), ("preventive_measure", "2025-03-12", "travel_ban")],
        ),
    ],
)
def test_an_arrest_denied_is_no_event(text: str, events: list[tuple[str, str, str | None]]) -> None:
    [case] = extract_cases(text)
    assert [(e["kind"], e["date"], e.get("measure")) for e in case["events"]] == events


# An appeal court's case card: the day the file came in, the day a hearing was set, then the
# ruling announced; what it changed, told in the past, and the convict taken into custody in
# the courtroom that day.
_APPEAL_CARDS = {
    "kk": (
        "Іс карточкасы\n"
        "Сот: Павлодар облыстық сотының апелляциялық сот алқасы\n"
        "Сатысы: Апелляциялық\n"
        "Түскен күні: 02.11.2026\n"
        "Сотталған: Нұрлан Сәрсенов\n"
        "\n"
        "БІРІНШІ САТЫДАҒЫ СОТ ҮКІМІ\n"
        "Үкім шығарылған күні: 01.10.2026\n"
        "Бап: ҚР ҚК 274-бабының 2-бөлігі\n"
        "Жаза: 2 жыл бас бостандығын шектеу\n"
        "\n"
        "ІС ҚОЗҒАЛЫСЫ\n"
        "04.11.2026 Іс апелляциялық сатыда қарауға тағайындалды\n"
        "20.11.2026 Қаулы жарияланды\n"
        "\n"
        "НӘТИЖЕСІ\n"
        "Прокурордың апелляциялық наразылығы қанағаттандырылды. Павлодар қалалық сотының 2026 "
        "жылғы 1 қазандағы үкімі өзгертілді: Сәрсеновке 2 жыл бас бостандығынан айыру жазасы "
        "тағайындалды. Сотталған сот залында күзетпен қамауға алынды."
    ),
    "ru": (
        "Карточка дела\n"
        "Суд: Судебная коллегия по уголовным делам Павлодарского областного суда\n"
        "Инстанция: Апелляционная\n"
        "Дата поступления: 02.11.2026\n"
        "Осужденный: Нурлан Сарсенов\n"
        "\n"
        "ПРИГОВОР ПЕРВОЙ ИНСТАНЦИИ\n"
        "Дата приговора: 01.10.2026\n"
        "Статья: ч. 2 ст. 274 УК РК\n"
        "Наказание: 2 года ограничения свободы\n"
        "\n"
        "ДВИЖЕНИЕ ДЕЛА\n"
        "04.11.2026 Дело назначено к рассмотрению в апелляционной инстанции\n"
        "20.11.2026 Оглашено постановление\n"
        "\n"
        "РЕЗУЛЬТАТ\n"
        "Апелляционное ходатайство прокурора удовлетворено. Приговор Павлодарского городского "
        "суда от 1 октября 2026 года изменён: Сарсенову назначено 2 года лишения свободы. "
        "Осужденный взят под стражу в зале суда."
    ),
    "en": (
        "Case card\n"
        "Court: Appeals Board of the Pavlodar Regional Court\n"
        "Stage: Appeal\n"
        "Date received: 02.11.2026\n"
        "Convicted: Nurlan Sarsenov\n"
        "\n"
        "FIRST-INSTANCE VERDICT\n"
        "Verdict date: 01.10.2026\n"
        "Article: Article 274, Part 2 of the Criminal Code\n"
        "Sentence: 2 years of restricted freedom\n"
        "\n"
        "CASE MOVEMENT\n"
        "04.11.2026 Case assigned for hearing on appeal\n"
        "20.11.2026 Ruling announced\n"
        "\n"
        "OUTCOME\n"
        "The prosecutor's appeal was granted. The verdict of the Pavlodar City Court of 1 "
        "October 2026 was changed: Sarsenov was given 2 years in prison. He was taken into "
        "custody in the courtroom."
    ),
}


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_an_appeal_cards_received_and_assigned_days_are_no_ruling(language: str) -> None:
    [case] = extract_cases(_APPEAL_CARDS[language])
    assert [(e["kind"], e["date"]) for e in case["events"]] == [
        ("verdict", "2026-10-01"),
        ("appeal_ruling", "2026-11-20"),
        ("detention", "2026-11-20"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        # accepted: custody taken in the courtroom
        ("Сотталған сот залында күзетпен қамауға алынды.", "kk", "detention"),
        # refused: an investigating judge's measure for a term is a measure, not an arrest
        (
            "Ол 2 қазанда тергеу судьясының қаулысымен екі ай мерзімге күзетпен қамауға алынды.",
            "kk",
            None,
        ),
    ],
)
def test_custody_in_the_courtroom_is_a_detention(
    text: str, language: str, kind: str | None
) -> None:
    from bot.extract import lexicon

    found = lexicon.EVENTS["detention"][language].search(text)
    assert (found is not None) == (kind == "detention")


def _events_and_measures(text: str) -> list[tuple[str, str | None, str | None]]:
    (case,) = extract_cases(text)
    return [(e["kind"], e["date"], e.get("measure")) for e in case["events"]]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # accepted: the court's order told by its hours after a dated charge, the same day
        (
            "Тимура Байжанова задержали 3 мая 2026 года. 4 мая утром ему предъявили обвинение "
            "по ст. 274 УК РК. Уже в обед суд санкционировал арест на два месяца.",
            [
                ("detention", "2026-05-03", None),
                ("charge", "2026-05-04", None),
                ("preventive_measure", "2026-05-04", "custody"),
            ],
        ),
        (
            "Timur Baizhanov was detained on 3 May 2026. He was charged on 4 May 2026 under "
            "Article 274. A few hours later a judge remanded him in custody for two months.",
            [
                ("detention", "2026-05-03", None),
                ("charge", "2026-05-04", None),
                ("preventive_measure", "2026-05-04", "custody"),
            ],
        ),
        (
            "Тимур Байжанов 2026 жылғы 3 мамырда ұсталды. 4 мамырда оған ҚК-нің 274-бабы "
            "бойынша айып тағылды. Бірнеше сағаттан кейін сот оны екі айға қамауға алды.",
            [
                ("detention", "2026-05-03", None),
                ("charge", "2026-05-04", None),
                ("preventive_measure", "2026-05-04", "custody"),
            ],
        ),
        # refused: a measure told with no day nor hours keeps no day of the charge's
        (
            "Тимура Байжанова задержали 3 мая 2026 года. 4 мая ему предъявили обвинение по "
            "ст. 274 УК РК. Позднее суд санкционировал арест на два месяца.",
            [("detention", "2026-05-03", None), ("charge", "2026-05-04", None)],
        ),
    ],
)
def test_a_measure_told_by_its_hours_is_of_the_same_day(
    text: str, events: list[tuple[str, str | None, str | None]]
) -> None:
    assert _events_and_measures(text) == events


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # accepted: a register's measure field naming the court that sanctioned it
        (
            "Жумабаев Ерлан Серикович, обвинение по ч. 1 ст. 174 УК РК.\n"
            "Задержан: 02.03.2026\n"
            "Мера пресечения: содержание под стражей (с 04.03.2026, санкция следственного суда "
            "г. Кокшетау)",
            [("detention", "2026-03-02", None), ("preventive_measure", "2026-03-04", "custody")],
        ),
        (
            "Жұмабаев Ерлан, ҚК-нің 174-бабы бойынша айыпталушы. 2026 жылғы 2 наурызда "
            "ұсталды. 2026 жылғы 4 наурызда тергеу сотының санкциясымен қамауға алынды.",
            [("detention", "2026-03-02", None), ("preventive_measure", "2026-03-04", "custody")],
        ),
    ],
)
def test_a_courts_sanction_of_a_measure_is_no_call_for_sanctions(
    text: str, events: list[tuple[str, str | None, str | None]]
) -> None:
    assert _events_and_measures(text) == events


def test_calls_for_sanctions_stay_out_of_the_case() -> None:
    # refused: a call for sanctions against officials dates no measure of the case
    text = (
        "Жумабаева Ерлана задержали 2 марта 2026 года. 10 марта правозащитники призвали "
        "ввести санкции против судей и следователей."
    )
    assert _events_and_measures(text) == [("detention", "2026-03-02", None)]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # accepted: a relative's words, the verb before the one taken
        (
            "Асель Нурова\n14 апреля 2026 г. в 08:30 · Актобе\n\n"
            "Вчера вечером пришли полицейские и забрали моего брата Данияра Нурова. Ему "
            "вменяют ч. 2 ст. 174 УК РК.",
            [("detention", "2026-04-13", None)],
        ),
        # refused: things taken, not a person
        (
            "Асель Нурова\n14 апреля 2026 г. в 08:30 · Актобе\n\n"
            "Вчера у Данияра Нурова провели обыск и забрали мой ноутбук. 20 апреля ему "
            "предъявили обвинение по ч. 2 ст. 174 УК РК.",
            [("charge", "2026-04-20", None)],
        ),
    ],
)
def test_a_relative_taken_away_is_an_arrest(
    text: str, events: list[tuple[str, str | None, str | None]]
) -> None:
    assert _events_and_measures(text) == events


def _kinds_and_days(text: str) -> list[tuple[str, str | None]]:
    (case,) = extract_cases(text)
    return sorted((e["kind"], e["date"]) for e in case["events"])


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # accepted: a chronology's lines open with a day and month, the year in its heading
        (
            "Хроника дела Ерика Сапарова, 2026\n\n"
            "14.04 — Задержание\nСапарова задерживают у дома.\n\n"
            "16.04 — Мера пресечения\nСуд избрал домашний арест на два месяца.\n\n"
            "22.09 — Приговор\n2 года ограничения свободы по ч. 1 ст. 174 УК РК.",
            [
                ("detention", "2026-04-14"),
                ("preventive_measure", "2026-04-16"),
                ("verdict", "2026-09-22"),
            ],
        ),
        (
            "Timeline: the case of Yerik Saparov, 2026\n\n"
            "14.04 | Detention\nSaparov is detained outside his home.\n\n"
            "22.09 | Verdict\nSentenced to 2 years of restricted freedom under Article 174.",
            [("detention", "2026-04-14"), ("verdict", "2026-09-22")],
        ),
        (
            "Ерік Сапаровтың ісі: хронология, 2026\n\n"
            "14.04 ● Ұсталды\nСапаров үйінің жанында ұсталды.\n\n"
            "22.09 ● Үкім\nҚК-нің 174-бабы бойынша 2 жыл бас бостандығын шектеу.",
            [("detention", "2026-04-14"), ("verdict", "2026-09-22")],
        ),
        # refused: a time within a line is no day («в 10.15 — перерыв»)
        (
            "Ерика Сапарова задержали 14 апреля 2026 года. На заседании в 10.15 — перерыв, "
            "суд объявил, что приговор огласят позже.",
            [("detention", "2026-04-14")],
        ),
    ],
)
def test_a_chronologys_day_and_month_open_its_lines(
    text: str, events: list[tuple[str, str | None]]
) -> None:
    assert _kinds_and_days(text) == events


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # accepted: a ban "after release" is the ban's term, told in a verbless list after the
        # ruling upheld the verdict; no release of the person
        (
            "Вчера, 20 октября 2026 года, областной суд рассмотрел апелляцию журналиста Самата "
            "Жумабекова и оставил приговор без изменения. Два года лишения свободы и два года "
            "запрета на соцсети после освобождения. Приговор вынес городской суд 3 июля 2026 "
            "года.",
            [("imprisonment", 24), ("ban_social_networks", 24)],
        ),
        (
            "On 20 October 2026 the regional court rejected the appeal of journalist Samat "
            "Zhumabekov and upheld the verdict: two years in prison and a two-year ban on "
            "social media after his release. The city court had sentenced him on 3 July 2026.",
            [("imprisonment", 24), ("ban_social_networks", 24)],
        ),
    ],
)
def test_a_ban_counted_from_release_is_no_release(
    text: str, parts: list[tuple[str, int | None]]
) -> None:
    [case] = extract_cases(text)
    assert "release" not in [e["kind"] for e in case["events"]]
    assert _rulings(text)[case["person"]["name"]][1] == parts


@pytest.mark.parametrize(
    "text",
    [
        # refused: a release itself, told with where the person left
        "Журналиста Самата Жумабекова задержали 3 мая 2026 года. После освобождения из СИЗО "
        "12 мая 2026 года он уехал к родителям.",
        "Журналист Самат Жумабеков был освобожден 12 мая 2026 года.",
    ],
)
def test_a_release_told_is_still_a_release(text: str) -> None:
    [case] = extract_cases(text)
    assert "release" in [e["kind"] for e in case["events"]]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # accepted: "yesterday" with its date makes the item the next day's; its "today" is
        # that day
        (
            "Вчера, 3 марта 2026 года, полиция задержала блогера Самата Жумабекова. Сегодня "
            "днём Жумабекову предъявили обвинение по части 2 статьи 274 УК.",
            [("charge", "2026-03-04"), ("detention", "2026-03-03")],
        ),
        (
            "Yesterday, 3 March 2026, police detained blogger Samat Zhumabekov. Today "
            "Zhumabekov was charged under Article 274, Part 2.",
            [("charge", "2026-03-04"), ("detention", "2026-03-03")],
        ),
        (
            "Кеше, 2026 жылғы 3 наурызда, полиция блогер Самат Жұмабековты ұстады. Бүгін "
            "Жұмабековқа ҚК-нің 274-бабының 2-бөлігі бойынша айып тағылды.",
            [("charge", "2026-03-04"), ("detention", "2026-03-03")],
        ),
        # refused: a date far from "yesterday" is no date of it
        (
            "Блогера Самата Жумабекова задержали 3 марта 2026 года, сообщили вчера в полиции. "
            "Сегодня днём Жумабекову предъявили обвинение по части 2 статьи 274 УК.",
            [("detention", "2026-03-03")],
        ),
    ],
)
def test_yesterday_with_its_date_dates_today(
    text: str, events: list[tuple[str, str | None]]
) -> None:
    assert _kinds_and_days(text) == events


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # accepted: a release a statement says ought to happen is no release
        (
            "Police detained farmer Nurbol Sadykov on 9 November 2026. On 17 November 2026 the "
            "group said that Sadykov must be released from custody without delay.",
            [("detention", "2026-11-09")],
        ),
        (
            "Фермера Нурбола Садыкова задержали 9 ноября 2026 года. 17 ноября 2026 года в "
            "организации заявили, что Садыков должен быть немедленно освобожден.",
            [("detention", "2026-11-09")],
        ),
        (
            "Фермер Нұрбол Садықов 2026 жылғы 9 қарашада ұсталды. 2026 жылғы 17 қарашада ұйым "
            "Садықов дереу босатылуы тиіс деп мәлімдеді.",
            [("detention", "2026-11-09")],
        ),
        # refused: a release told as done stays one
        (
            "Police detained farmer Nurbol Sadykov on 9 November 2026. He was released on "
            "12 November 2026.",
            [("detention", "2026-11-09"), ("release", "2026-11-12")],
        ),
    ],
)
def test_a_release_called_for_is_no_release(
    text: str, events: list[tuple[str, str | None]]
) -> None:
    assert _kinds_and_days(text) == events


@pytest.mark.parametrize(
    ("text", "abenov"),
    [
        # accepted: "both him and X": the person told of before by a pronoun, and X
        (
            "Police detained activist Nurlan Abenov on 3 March 2026. On 5 March 2026 "
            "investigators charged both him and Dana Serikova under Article 400, Part 2. On 6 "
            "March 2026 the court remanded Abenov in custody. Serikova was placed under house "
            "arrest on 7 March 2026.",
            [
                ("charge", "2026-03-05"),
                ("detention", "2026-03-03"),
                ("preventive_measure", "2026-03-06"),
            ],
        ),
        # refused: the other one charged alone stays hers
        (
            "Police detained activist Nurlan Abenov on 3 March 2026. On 5 March 2026 "
            "investigators charged Dana Serikova under Article 400, Part 2. On 6 March 2026 "
            "the court remanded Abenov in custody. Serikova was placed under house arrest on 7 "
            "March 2026.",
            [("detention", "2026-03-03"), ("preventive_measure", "2026-03-06")],
        ),
    ],
)
def test_a_pronoun_joined_to_a_codefendant_is_told_of_both(
    text: str, abenov: list[tuple[str, str | None]]
) -> None:
    cases = {c["person"]["name"]: c for c in extract_cases(text)}
    assert sorted((e["kind"], e["date"]) for e in cases["Nurlan Abenov"]["events"]) == abenov
    if ("charge", "2026-03-05") in abenov:  # told of both: hers too
        assert ("charge", "2026-03-05") in [
            (e["kind"], e["date"]) for e in cases["Dana Serikova"]["events"]
        ]


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        # accepted: a wire story's lead after its dateline is the story's, though it names no
        # one: its weekday counts back from the story's own day
        (
            "AKTOBE, Kazakhstan -- A court in Aktobe on Wednesday found two farmers guilty of "
            "spreading false information.",
            True,
        ),
        ("SEMEY, Kazakhstan -- The city court on Tuesday fined two teachers.", True),
        # refused: a digest's lead naming no one, with no dateline
        ("A court in Aktobe on Wednesday found two farmers guilty.", False),
        ("В среду суд вынес приговор двум фермерам из Актобе.", False),
    ],
)
def test_a_wire_leads_weekday_is_the_storys(sentence: str, counted: bool) -> None:
    from bot.extract.datelines import of_the_person

    assert of_the_person(sentence, "Nurlanov", told=False) is counted
