"""A regional court's summary of an appeal ruling: the ruling's heading and day, the court of
first instance with its judge and prosecutor, a roster of the convicted, what the verdict gave
each, and the ruling's operative part in the infinitive or the passive («Приговор ... в
отношении X изменить: наказание смягчить до ...», «Y-ға қатысты үкімнің күшін жойылсын»,
"The verdict in respect of X is changed"). Names and courts are invented."""

from __future__ import annotations

from typing import Any

import pytest

from bot.extract import extract_cases
from bot.extract.blocks import split_blocks
from bot.extract.nominative import surname_key
from bot.extract.references import outcome_of


def _summary(text: str) -> dict[str, Any]:
    """Each person's first-instance officials, and the verdict's and the ruling's parts."""
    found: dict[str, Any] = {}
    for case in extract_cases(text):
        events = {e["kind"]: e for e in case["events"]}
        ruling = events.get("appeal_ruling")
        found[case["person"]["name"]] = (
            case["stage"],
            case["court"],
            case["judge"],
            case["prosecutor"],
            [(p["kind"], p["term_months"]) for p in events["verdict"]["sentence"]],
            ruling and ruling["appeal_outcome"],
            ruling and [(p["kind"], p["term_months"]) for p in ruling["sentence"]],
        )
    return found


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "PAVLODAR REGIONAL COURT\nSummary of a judicial act\n\n"
            "Ruling of the appeals board for criminal cases of 3 December 2025\n\n"
            "Court of first instance: Ekibastuz City Court (judge S. Nurlanova, state "
            "prosecutor K. Zhaksybekov), verdict of 2 October 2025.\n\n"
            "Convicted:\n"
            "1) Dossanov Marat Serikovich, born 1985, welder, resident of Ekibastuz;\n"
            "2) Pak Igor Vladimirovich, born 1990, driver, resident of Ekibastuz.\n\n"
            "The court of first instance found Dossanov M.S. and Pak I.V. guilty of spreading "
            "false information. Dossanov M.S. was sentenced to 2 years of imprisonment. Pak "
            "I.V. was sentenced to 1 year of restriction of liberty.\n\n"
            "Decision. The verdict in respect of Dossanov M.S. is changed: the sentence is "
            "reduced to 1 year of restriction of liberty. In respect of Pak I.V. the verdict "
            "is left unchanged.\n",
            {
                "Dossanov Marat Serikovich": (
                    "appealed",
                    "Ekibastuz City Court",
                    "S. Nurlanova",
                    "K. Zhaksybekov",
                    [("imprisonment", 24)],
                    "reduced",
                    [("restriction_of_liberty", 12)],
                ),
                "Pak Igor Vladimirovich": (
                    "appealed",
                    "Ekibastuz City Court",
                    "S. Nurlanova",
                    "K. Zhaksybekov",
                    [("restriction_of_liberty", 12)],
                    "upheld",
                    [("restriction_of_liberty", 12)],
                ),
            },
        ),
        (
            "ПАВЛОДАРСКИЙ ОБЛАСТНОЙ СУД\nКраткое изложение судебного акта\n\n"
            "Постановление апелляционной судебной коллегии по уголовным делам от 3 декабря "
            "2025 года\n\n"
            "Суд первой инстанции: Экибастузский городской суд (судья С. Нурланова, "
            "государственный обвинитель К. Жаксыбеков), приговор от 2 октября 2025 года.\n\n"
            "Осуждённые:\n"
            "1) Досанов Марат Серикович, 1985 г.р., сварщик, житель г.Экибастуз;\n"
            "2) Тен Игорь Владимирович, 1990 г.р., водитель, житель г.Экибастуз.\n\n"
            "Приговором Досанов М.С. и Тен И.В. признаны виновными в распространении "
            "заведомо ложной информации. Досанову М.С. назначено 2 года лишения свободы. "
            "Тену И.В. назначен 1 год ограничения свободы.\n\n"
            "Решение. Приговор в отношении Досанова М.С. изменить: наказание смягчить до 1 "
            "года ограничения свободы. В остальной части, а также в отношении Тена И.В., "
            "приговор оставить без изменения.\n",
            {
                "Марат Серикович Досанов": (
                    "appealed",
                    "Экибастузский городской суд",
                    "С. Нурланова",
                    "К. Жаксыбеков",
                    [("imprisonment", 24)],
                    "reduced",
                    [("restriction_of_liberty", 12)],
                ),
                "Игорь Владимирович Тен": (
                    "appealed",
                    "Экибастузский городской суд",
                    "С. Нурланова",
                    "К. Жаксыбеков",
                    [("restriction_of_liberty", 12)],
                    "upheld",
                    [("restriction_of_liberty", 12)],
                ),
            },
        ),
        (
            "ПАВЛОДАР ОБЛЫСТЫҚ СОТЫ\nСот актісінің қысқаша мазмұны\n\n"
            "Қылмыстық істер жөніндегі апелляциялық сот алқасының 2025 жылғы 3 желтоқсандағы "
            "қаулысы\n\n"
            "Бірінші сатыдағы сот: Екібастұз қалалық соты, 2025 жылғы 2 қазандағы үкім "
            "(судья Сәуле Нұрланова, мемлекеттік айыптаушы Қ. Жақсыбеков).\n\n"
            "Сотталғандар:\n"
            "1. Досанов Марат Серікұлы, 1985 ж.т., дәнекерлеуші, Екібастұз қ. тұрғыны;\n"
            "2. Әлімова Дина Серікқызы, 1990 ж.т., жүргізуші, Екібастұз қ. тұрғыны.\n\n"
            "Үкім бойынша Марат Досанов пен Дина Әлімова кінәлі деп танылған. Досановқа 2 "
            "жыл бас бостандығын шектеу, Әлімоваға 1 жыл бас бостандығын шектеу "
            "тағайындалған.\n\n"
            "Қаулы: үкім Досанов М.-ға қатысты бөлігінде күшін жойылсын, іс жаңадан қарауға "
            "жіберілсін. Әлімова Д.С.-ға қатысты үкім өзгеріссіз, апелляциялық шағым "
            "қанағаттандырусыз қалдырылсын.\n",
            {
                "Марат Серікұлы Досанов": (
                    "appealed",
                    "Екібастұз қалалық соты",
                    "Сәуле Нұрланова",
                    "Қ. Жақсыбеков",
                    [("restriction_of_liberty", 24)],
                    "sent_back",
                    [],
                ),
                "Дина Серікқызы Әлімова": (
                    "appealed",
                    "Екібастұз қалалық соты",
                    "Сәуле Нұрланова",
                    "Қ. Жақсыбеков",
                    [("restriction_of_liberty", 12)],
                    "upheld",
                    [("restriction_of_liberty", 12)],
                ),
            },
        ),
    ],
)
def test_an_appeal_ruling_summary_with_a_roster(text: str, wanted: dict[str, Any]) -> None:
    assert _summary(text) == wanted


@pytest.mark.parametrize(
    ("text", "language", "blocks"),
    [
        # accepted: a roster of the convicted, the story of them all after it: one block
        (
            "Осуждённые:\n1) Досанов Марат Серикович, сварщик;\n2) Пак Игорь Владимирович, "
            "водитель.\n\nОбоих признали виновными 2 октября 2025 года.\n",
            "ru",
            1,
        ),
        (
            "Defendants:\n1. Dossanov Marat, welder;\n2. Pak Igor, driver.\n\nBoth were found "
            "guilty on 2 October 2025.\n",
            "en",
            1,
        ),
        # refused: a bulletin's items, each about its own person, under no roster heading
        (
            "Verdicts this week:\n1. The Taraz court sentenced Bolat Zhumanov, a driver, to two "
            "years in prison.\n2. In Shymkent, Gaukhar Sadykova, a nurse, received one year of "
            "restricted freedom.\n",
            "en",
            2,
        ),
    ],
)
def test_a_roster_of_the_convicted_is_one_story(text: str, language: str, blocks: int) -> None:
    assert len(split_blocks(text, language)) == blocks


@pytest.mark.parametrize(
    ("text", "language", "outcome"),
    [
        # accepted: an operative part in the infinitive (ru) or the jussive (kk)
        (
            "Приговор в отношении Досанова М.С. изменить: наказание смягчить до 1 года.",
            "ru",
            "reduced",
        ),
        ("Приговор районного суда в отношении Досанова М.С. отменить.", "ru", "overturned"),
        ("Үкімнің күшін жойылсын, Досановқа қатысты ақтау үкімі шығарылсын.", "kk", "overturned"),
        # refused: what a party asked for is no outcome
        ("Осуждённый просил смягчить наказание до 1 года.", "ru", None),
        ("Үкімнің күшін жойып, ақтау үкімін шығаруды сұраймын.", "kk", None),
        ("Билік журналистке қатысты үкімнің күшін жойып, қысымды тоқтатуы керек.", "kk", None),
    ],
)
def test_a_rulings_operative_part(text: str, language: str, outcome: str | None) -> None:
    assert outcome_of(text, language) == outcome


@pytest.mark.parametrize(
    ("forms", "same"),
    [
        # accepted: a short surname declined as a noun keeps one key
        (("Ким", "Кима", "Киму", "Кимом"), True),
        (("Пак", "Пака", "Паку"), True),
        # refused: a longer word's ending is its own, and -ов/-ин surnames fold as before
        (("Марат", "Марата"), False),
        (("Кирова", "Киров"), True),
    ],
)
def test_a_short_surnames_cases(forms: tuple[str, ...], same: bool) -> None:
    assert (len({surname_key(f, "ru") for f in forms}) == 1) is same


def _stages(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    return {
        c["person"]["name"]: (c["stage"], c["judge"], c["prosecutor"]) for c in extract_cases(text)
    }


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # accepted: the judge and the prosecutor named by the surname alone after the role word;
        # an appeal only asked about or promised is no ruling
        (
            "[02.12.2025, 11:05:10] Жанар: Судья Абенова зачитала приговор: Нурлан Ахметов "
            "получил 2 года ограничения свободы по ч. 1 ст. 400 УК РК.\n"
            "[02.12.2025, 11:07:41] Жанар: Прокурор Сейтказиев просил 3 года.\n"
            "[02.12.2025, 11:09:02] Асан: а когда апелляция?\n"
            "[02.12.2025, 11:10:30] Жанар: жалобу подадим на этой неделе\n",
            {"Нурлан Ахметов": ("sentenced", "Абенова", "Сейтказиев")},
        ),
        (
            "On 2 December 2025 Judge Abenova sentenced activist Nurlan Akhmetov to two years "
            "of restricted freedom under Article 400, Part 1. Prosecutor Seitkaziyev had asked "
            "for three years. When is the appeal? The family says it will appeal.",
            {"Nurlan Akhmetov": ("sentenced", "Abenova", "Seitkaziyev")},
        ),
        # refused: a role word before a place or a common word names no one
        (
            "2 декабря 2025 года суд приговорил активиста Нурлана Ахметова к 2 годам "
            "ограничения свободы по ч. 1 ст. 400 УК РК. Прокурор Алматы не комментирует.",
            {"Нурлан Ахметов": ("sentenced", None, None)},
        ),
    ],
)
def test_officials_by_surname_and_an_appeal_not_yet_ruled(
    text: str, wanted: dict[str, tuple[str, str | None, str | None]]
) -> None:
    assert _stages(text) == wanted


@pytest.mark.parametrize(
    ("ruling", "hers"),
    [
        # accepted: a possessive names the co-defendant whose term the ruling cut
        ("On 1 September 2025 the regional court reduced Akhmetov's prison term.", False),
        ("On 1 September 2025 the regional court reduced Akhmetov’s prison term.", False),
        # refused: a ruling naming no one stays the paragraph's person's
        ("On 1 September 2025 the regional court reduced the prison term.", True),
    ],
)
def test_a_co_defendants_ruling_told_by_possessive(ruling: str, hers: bool) -> None:
    from bot.extract.codefendants import split_codefendants

    block = (
        "On 2 June 2025 judge Dana Abenova sentenced Akhmetov to five years in prison. His "
        "deputy, Aigerim Sultanova, a nurse, was sentenced to one year of restricted freedom. "
        + ruling
    )
    ((key, text),) = split_codefendants(block, "en", {"akhmetov"})
    assert key == "sultanova"
    assert ("reduced" in text) is hers


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # accepted: the hearing announced in the morning, its outcome told at noon, one day
        (
            "Әлия, [03.12.2025 09:10]\nБүгін сағат 11-де Ерланның апелляциясы, облыстық сот.\n\n"
            "Әлия, [03.12.2025 12:40]\nАлқа үкімді өзгеріссіз қалдырды. 2025 жылғы 5 қыркүйекте "
            "Тараз қалалық соты Ерлан Жұмабаевқа 3 жыл бас бостандығынан айыру жазасын "
            "тағайындаған еді.\n",
            "upheld",
        ),
        (
            "03.12.2025 09:10 — Today at 11:00, the appeal of Yerlan Zhumabayev at the regional "
            "court.\n03.12.2025 12:40 — The appeals court upheld the verdict. On 5 September "
            "2025 the Taraz city court had sentenced Zhumabayev to three years in prison.\n",
            "upheld",
        ),
    ],
)
def test_an_appeal_days_outcome_told_after_its_announcement(text: str, outcome: str) -> None:
    (case,) = extract_cases(text)
    rulings = [e for e in case["events"] if e["kind"] == "appeal_ruling"]
    assert [e["appeal_outcome"] for e in rulings] == [outcome]


@pytest.mark.parametrize(
    ("closing", "cases"),
    [
        # accepted: a signature closing a report of two people's cases is its writer's
        ("Представитель Уполномоченного в Жамбылской области Д. Абенова", 2),
        ("Representative of the Ombudsman in Zhambyl region D. Abenova", 2),
        ("Қазақстан Республикасындағы Адам құқықтары жөніндегі уәкілдің өкілі Д. Әбенова", 2),
    ],
)
def test_a_reports_signature_splits_no_story(closing: str, cases: int) -> None:
    from bot.extract.report_layout import signature_only

    assert signature_only(closing)
    text = (
        "Обращение № 1. Приговором Таразского городского суда от 4 августа 2025 года Марат "
        "Досанов осуждён к 1 году лишения свободы по ч. 1 ст. 174 УК.\n\n"
        "Обращение № 2. Айгерим Султанова, журналистка, 3 сентября 2025 года освобождена "
        "условно-досрочно.\n\n" + closing + "\n"
    )
    assert len(extract_cases(text)) == cases


@pytest.mark.parametrize(
    "paragraph",
    [
        # refused: a paragraph telling of a case, dated or ending a sentence, is no signature
        "Марат Досанов осуждён 4 августа 2025 года",
        "Айгерим Султанова освобождена условно-досрочно.",
    ],
)
def test_a_story_is_no_signature(paragraph: str) -> None:
    from bot.extract.report_layout import signature_only

    assert not signature_only(paragraph)


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        # refused: a digest's contents line and a filing are no ruling
        ("In this issue: two arrests, one appeal ruling, a fine.", "en", None),
        ("В этом выпуске: новый арест, апелляционное постановление, штрафы.", "ru", None),
        ("Бұл санда: бір қамау, бір апелляциялық қаулы.", "kk", None),
        ("Прокуратура внесла апелляционное ходатайство, просит реальный срок.", "ru", None),
        ("Прокурор принёс апелляционный протест на приговор.", "ru", None),
        # accepted: the ruling itself
        ("The appeals court upheld the verdict.", "en", "appeal_ruling"),
        ("Апелляционная коллегия оставила приговор без изменения.", "ru", "appeal_ruling"),
    ],
)
def test_contents_and_filings_are_no_ruling(text: str, language: str, kind: str | None) -> None:
    from bot.extract.clauses import event_kind

    assert event_kind(text, language) == kind


_ARTICLE = (
    "Marat Dossanov\n\nFrom Wikipedia, the free encyclopedia\n\n"
    "On 3 March 2025, Dossanov was detained in Taraz.[1] He was charged under Article 174, "
    "Part 1.\n\n"
    "On 2 June 2025 the Taraz City Court sentenced Dossanov to five years in prison.[2] "
    "His colleague at the newspaper, Aigerim Sultanova, a proofreader, was sentenced to one "
    "year of restricted freedom in the same trial.[2]\n\n"
    "On 1 September 2025 the Zhambyl Regional Court reduced Dossanov's prison term to three "
    "years.[3]\n\n"
    "References[edit]\n"
    ' 1. ^ "Taraz editor detained". Steppe Daily. 3 March 2025. https://example.kz/a/1\n'
    ' 2. ^ "Editor jailed". Vlast. 2 June 2025. https://example.kz/a/2\n'
    ' 3. ^ "Appeal court cuts editor\'s sentence". Vlast. 20 September 2025. '
    "https://example.kz/a/3\n\n"
    "Categories: 1980 births | Living people | Kazakhstani journalists\n"
)


def test_an_encyclopedia_article_on_two_co_defendants() -> None:
    # accepted: the paragraph giving him his sentence before naming her is his story too; the
    # references' titles and days are no events
    got = {
        c["person"]["name"]: [
            (e["kind"], e["date"], e["appeal_outcome"], [p["term_months"] for p in e["sentence"]])
            for e in c["events"]
        ]
        for c in extract_cases(_ARTICLE)
    }
    assert got == {
        "Marat Dossanov": [
            ("detention", "2025-03-03", None, []),
            ("verdict", "2025-06-02", None, [60]),
            ("appeal_ruling", "2025-09-01", "reduced", [36]),
        ],
        "Aigerim Sultanova": [("verdict", "2025-06-02", None, [12])],
    }


@pytest.mark.parametrize(
    ("paragraph", "goes_on"),
    [
        # accepted: the person before is given a punishment before the new one is named
        (
            "The court sentenced Dossanov to five years in prison. His colleague Aigerim Sultanova "
            "got one year.",
            True,
        ),
        (
            "Суд приговорил Досанова к 5 годам лишения свободы. Его коллега Айгерим Султанова "
            "получила год.",
            True,
        ),
        # refused: the new one named first, or the person before given nothing
        ("Aigerim Sultanova got one year. The court sentenced Dossanov to five years.", False),
        (
            "The court heard Dossanov on Monday. His colleague Aigerim Sultanova got one year.",
            False,
        ),
    ],
)
def test_a_paragraph_punishing_the_person_before_goes_on(paragraph: str, goes_on: bool) -> None:
    from bot.extract.paragraph_people import goes_on_about

    language = "ru" if "Суд" in paragraph else "en"
    new = {"sultanova" if language == "en" else "султанов"}
    known = {"dossanov" if language == "en" else "досанов"}
    assert goes_on_about(paragraph, new, known, language) is goes_on


@pytest.mark.parametrize(
    ("after_role", "name"),
    [
        # accepted: a surname in the nominative right after the role word
        (" Абенова зачитала приговор", "Абенова"),
        (" Seitkaziyev asked for three years", "Seitkaziyev"),
        (" Сейітқазыұлы үкімді оқыды", "Сейітқазыұлы"),
        # refused: the one sentenced, in the dative, and a place
        (" Бекжановқа бір жыл тағайындады", None),
        (" Иванову назначил два года", None),
        (" Алматы не комментирует", None),
    ],
)
def test_an_official_named_by_surname_alone(after_role: str, name: str | None) -> None:
    from bot.extract.role_names import surname_alone

    found = surname_alone(after_role, 0)
    assert (found.surname if found else None) == name


def test_a_kazakh_verb_closing_two_punishments_is_each_ones() -> None:
    # accepted: «X-ке ..., Y-ке ... тағайындалған»: the verb told once, after the last part
    text = (
        "Тараз қалалық соты 2025 жылғы 2 қазанда Марат Досанов пен Айгерім Сұлтанованы "
        "ҚК-нің 174-бабының 1-бөлігі бойынша кінәлі деп таныды. Досановқа 2 жыл бас "
        "бостандығын шектеу, Сұлтановаға 1 жыл бас бостандығын шектеу тағайындалды.\n"
    )
    got = {
        c["person"]["name"]: [
            (p["kind"], p["term_months"]) for e in c["events"] for p in e["sentence"]
        ]
        for c in extract_cases(text)
    }
    assert got == {
        "Марат Досанов": [("restriction_of_liberty", 24)],
        "Айгерім Сұлтанова": [("restriction_of_liberty", 12)],
    }
