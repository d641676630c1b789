"""Kazakh wording and act wording as published reports write them (h15q).

The phrases below follow the wording of real published reports (Azattyq, court press services,
regional news sites, RFE/RL, rights groups) collected for tests/data/reports-dev9-kk; every name
in them is invented. Each class of wording has accepted and refused examples.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench.extract import HELD_OUT, accuracy, labelled_texts, score_text
from bot.extract import (
    act_cues,
    act_spans,
    act_told,
    acts,
    extract_cases,
    lexicon,
    names,
    nominative,
)
from bot.extract.sentence import find_kinds

# --- acts: cues the act follows -------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("en", "The charges stem from an article she published on her channel.", "an article"),
        ("en", "Prosecutors also cited a livestream in which she questioned residents.", "a live"),
        ("en", "The court jailed him after finding him guilty of distributing leaflets.", "distr"),
        ("en", "Seitov was charged in March after posting videos of a rally.", "posting"),
        ("ru", "Уголовное дело открыли из-за постов, которые он разместил в сетях.", "постов"),
        ("ru", "Дело возбудили за видео с митинга у акимата.", "видео"),
        (
            "kk",
            "Сот тергеуі барысында анықталғандай, сотталушы WhatsApp тобына үндеу таратқан.",
            "сотталушы",
        ),
    ],
)
def test_an_act_follows_these_cues(language: str, text: str, act: str) -> None:
    found = act_cues.AFTER[language].search(text)
    assert found is not None
    assert text[found.end() :].startswith(act)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The charges were dropped in May."),  # no "stem from"
        ("en", "Prosecutors asked for seven years."),  # a demand, not what was done
        ("en", "He was charged in March after a long investigation."),  # not an -ing act
        ("ru", "Дело передали в суд 3 марта."),
        ("kk", "Сот оны кінәлі деп танып, екі жылға соттады."),
    ],
)
def test_these_are_no_act_cues(language: str, text: str) -> None:
    assert act_cues.AFTER[language].search(text) is None


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "Қылмыстық іске поэзия кешінде оқыған «Көмір» атты өлеңі себеп болған.",
            "поэзия кешінде оқыған «Көмір» атты өлеңі",
        ),
        (
            "Істің қозғалуына оның Facebook-тегі жазбасы себеп болды.",
            "Facebook-тегі жазбасы",  # without "his"
        ),
        (
            "Тергеушілер оны тыйым салынған ұйымға ақша аударды деп айыптайды.",
            "тыйым салынған ұйымға ақша аударды",
        ),
        (
            "Қудалау оның әкімдіктің сатып алулары туралы мақаласына байланысты.",
            "әкімдіктің сатып алулары туралы мақаласына",
        ),
    ],
)
def test_a_kazakh_act_enclosed_by_its_lead_and_verb(text: str, act: str) -> None:
    assert act_cues.enclosed(text, "kk") == act


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Оған себеп болған жағдай белгісіз.", "kk"),  # no «іске» lead
        ("Тергеушілер оны жауапқа тартты.", "kk"),  # no «деп айыптайды»
        ("Қудалау саяси себептерге байланысты екені анық.", "kk"),  # not at the sentence's end
        ("Поводом для дела стал пост.", "ru"),  # other languages use the cue tables
    ],
)
def test_no_enclosed_act(text: str, language: str) -> None:
    assert act_cues.enclosed(text, language) is None


@pytest.mark.parametrize(
    ("left", "right", "language", "one"),
    [
        # accepted as one act: the verbs of one relative clause, Kazakh participles of a noun
        ("a post in which he called officials thieves", "urged a boycott", "en", True),
        ("пост, в котором он назвал акима вором", "призвал не платить", "ru", True),
        ("поэзия кешінде оқыған", "кейін TikTok-қа жүктелген «Көмір» атты өлеңі", "kk", True),
        # refused: a noun after "and", no relative clause, two Kazakh verb forms
        ("a video about the akim that he posted on TikTok", "comments in a group", "en", False),
        ("репост видео", "комментарии в чате", "ru", False),
        ("Facebook-те үндеу жариялағаны", "жиынды ұйымдастырғаны үшін", "kk", False),
    ],
)
def test_and_joins_one_act_or_two(left: str, right: str, language: str, one: bool) -> None:
    assert act_cues.one_act_across_and(left, right, language) is one


@pytest.mark.parametrize(
    ("described", "offence"),
    [
        ("disseminating knowingly false information under Article 274, Part 3", True),
        ("распространении ложной информации по части 2 статьи 274 УК РК", True),
        ("an article about a gas leak", False),
        ("постов в соцсетях о митинге", False),
    ],
)
def test_an_offence_name_before_its_article_is_no_act(described: str, offence: bool) -> None:
    assert act_cues.offence_name(described) is offence


@pytest.mark.parametrize(
    ("before", "span"),
    [("постов, которые он разместил с 7 по ", True), ("posts from 3 to ", True)],
)
def test_a_span_of_days_is_no_act_date(before: str, span: bool) -> None:
    assert act_cues.ends_a_range(before) is span
    assert not act_cues.ends_a_range("пост, опубликованный ")


# --- Kazakh names ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("ТІЛЕУБЕРДІ", "ТІЛЕУБЕРДІ"),  # a «-берді» name is nominative
        ("Құдайберді", "Құдайберді"),
        ("ҚҰРМАНҒАЗИНДЕРГЕ", "ҚҰРМАНҒАЗИН"),  # a family in the plural, dative
        ("ӘБІЛҚАЙЫРҰЛЫН", "ӘБІЛҚАЙЫРҰЛЫ"),
        ("ДҮЙСЕНБАЕВТЫҢ", "ДҮЙСЕНБАЕВ"),
        ("ҚОЖАХМЕТОВКЕ", "ҚОЖАХМЕТОВ"),
    ],
)
def test_kazakh_surname_stems(word: str, stem: str) -> None:
    assert nominative.kk_stem(word) == stem


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # accepted: the prosecutor's name ends before whom the request is for
        (
            "Мемлекеттік айыптаушы Рүстем БАЙМҰХАНОВ Мирасқа 5 жыл сұраған.",
            ["Рүстем", "БАЙМҰХАНОВ"],
        ),
        # refused to cut: a Russian patronymic after the surname stays
        ("Судья Ирина ПАВЛЕНКО огласила приговор.", ["Ирина", "ПАВЛЕНКО"]),
    ],
)
def test_a_case_form_after_a_full_name_is_not_part_of_it(text: str, name: list[str]) -> None:
    assert [m.words for m in names.find_mentions(text)] == [name]


def test_both_of_them_and_an_acronym_are_not_a_person() -> None:
    assert names.find_mentions("Екеуі АЭС референдумы қарсаңында ұсталды.") == []


# --- Kazakh sentences, courts, prosecutors --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("бір жыл алты айға бас бостандығын шектеп", ["restriction_of_liberty"]),
        ("бас бостандығын 4 жылға шектеу жазасын берді", ["restriction_of_liberty"]),
        ("2 жыл бас бостандығын шектеу жазасын тағайындады", ["restriction_of_liberty"]),
        ("3 жылға бас бостандығынан айырды", ["imprisonment"]),  # refused: not restriction
        ("бас бостандығын қорғау туралы айтты", []),  # refused: no «шектеу»
    ],
)
def test_kazakh_restriction_of_liberty(text: str, kinds: list[str]) -> None:
    assert [k.kind for k in find_kinds(text, "kk")] == kinds


@pytest.mark.parametrize(
    ("text", "court"),
    [
        (
            "Атырау облысы бойынша қылмыстық істер жөніндегі мамандандырылған ауданаралық сот "
            "2025 жылғы 22 мамырда Арман НҰРҒАЛИЕВКЕ үкім шығарды.",
            "Атырау облысы бойынша қылмыстық істер жөніндегі мамандандырылған ауданаралық сот",
        ),
        (
            "Шымкент қалалық сотының қылмыстық істер жөніндегі апелляциялық алқасы 2025 жылғы "
            "9 сәуірде блогер Бекзат ТҰРСЫНБАЙҰЛЫНЫҢ шағымын қанағаттандырусыз қалдырып, "
            "Әл-Фараби аудандық сотының 2025 жылғы 11 ақпандағы үкімін өзгеріссіз қалдырды.",
            "Әл-Фараби аудандық соты",
        ),
        # a specialised court named by its region, its words in the other order (a trial
        # court, though a region's)
        (
            "2026 жылғы 12 наурызда Жамбыл облысының мамандандырылған ауданаралық қылмыстық "
            "істер жөніндегі соты белсенді Дана ЖҰМАБАЕВАҒА ҚК-нің 274-бабының 2-бөлігі бойынша "
            "2 жыл бас бостандығын шектеу жазасын тағайындады.",
            "Жамбыл облысының мамандандырылған ауданаралық қылмыстық істер жөніндегі соты",
        ),
        # «алқа» (an appeal board) inside a town's name is no appeal court
        (
            "2025 жылғы 12 наурызда Балқаш қалалық соты белсенді Дана ЖҰМАБАЕВАҒА ҚК-нің "
            "274-бабының 2-бөлігі бойынша 2 жыл бас бостандығын шектеу жазасын тағайындады.",
            "Балқаш қалалық соты",
        ),
        # a verdict's preamble: the court of the sentence that names the judge
        (
            "ҮКІМ\nҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ АТЫНАН\n\nШалқар қаласы    2025 жылғы 30 қазан\n\n"
            "Шалқар аудандық соты төрағалық етуші судья Ж. Қ. Мұхамбетова, мемлекеттік айыптаушы "
            "Е. Б. Сағындықов қатысуымен,\n\nТәжібаев Құрманғазы Бекенұлына ҚР ҚК-нің 174-бабының "
            "1-бөлігі бойынша айып тағылған қылмыстық істі қарап,\n\nҮКІМ ЕТТІ:\n\nТәжібаев "
            "Құрманғазы Бекенұлы кінәлі деп танылсын және оған 2 жыл бас бостандығын шектеу "
            "жазасы тағайындалсын.",
            "Шалқар аудандық соты",
        ),
    ],
)
def test_kazakh_courts(text: str, court: str) -> None:
    (case,) = extract_cases(text)
    assert case["court"] == court
    assert [e["court"] for e in case["events"] if e["kind"] == "verdict"] in ([], [court])


@pytest.mark.parametrize(
    ("text", "court"),
    [
        # a regional court's press service tells of a district court's verdict
        (
            "Бөрлі аудандық сотында Асхат Есімқұловқа қатысты қылмыстық іс қаралды. 2026 жылғы "
            "20 қарашадағы сот үкімімен Есімқұлов 2 жыл бас бостандығын шектеуге сотталды.\n\n"
            "Батыс Қазақстан облыстық сотының баспасөз қызметі",
            "Бөрлі аудандық соты",
        ),
        (
            "According to the press service of the Atyrau Regional Court, the Zhylyoi District "
            "Court on 5 November 2026 sentenced Marat Tleuov to three years of restricted "
            "freedom.",
            "Zhylyoi District Court",
        ),
        # ... but a district court's own press service names the verdict's court
        (
            "2026 жылғы 20 қарашадағы сот үкімімен Асхат Есімқұлов 2 жыл бас бостандығын "
            "шектеуге сотталды.\n\nБөрлі аудандық сотының баспасөз қызметі",
            "Бөрлі аудандық соты",
        ),
    ],
)
def test_the_court_whose_press_service_reports(text: str, court: str) -> None:
    assert extract_cases(text)[0]["court"] == court


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ("📌 Айыптаушы: Ерлан ШӘКІРОВ (7 жыл сұраған)", True),
        ("Айыптаушы — Ерлан ШӘКІРОВ", True),
        ("Ол айыптаушының сөзіне келіспеді", False),
        ("Судья — Мәди Рысқұлбеков, айыптаушы — Тимур Оспанов.", True),
    ],
)
def test_a_prosecutor_line(line: str, named: bool) -> None:
    assert (lexicon.PROSECUTOR["kk"].search(line) is not None) is named


@pytest.mark.parametrize(
    ("text", "judge", "prosecutor"),
    [
        # an assistant of the prosecutor: «прокурорының көмекшісі» before the name
        (
            "2025 жылғы 22 шілдеде Сарыағаш аудандық соты блогер Әділет СЕРІКБАЕВҚА 6 жыл бас "
            "бостандығынан айыру жазасын тағайындады. Мемлекеттік айыптауды аудан прокурорының "
            "көмекшісі Н. С. Жақыпов қолдады.",
            None,
            "Н. С. Жақыпов",
        ),
        # the initials as written
        (
            "2025 жылғы 26 қарашада Атырау қалалық соты (төрағалық етуші судья Б.Қ. Нұрғалиев) "
            "Даурен ЕСЕНҒАЛИЕВКЕ 2 жыл бас бостандығын шектеу жазасын тағайындады. Мемлекеттік "
            "айыптауды Атырау қаласы прокурорының көмекшісі А.Т. Сағынтаева қолдады.",
            "Б.Қ. Нұрғалиев",
            "А.Т. Сағынтаева",
        ),
        (
            "2025 жылғы 14 шілдеде Еңбекшіқазақ аудандық сотында Айдана БӨЛЕКБАЙҚЫЗЫНЫҢ ісі "
            "бойынша сот процесі басталды. Судья — Мәди Рысқұлбеков, айыптаушы — Тимур Оспанов.",
            "Мәди Рысқұлбеков",
            "Тимур Оспанов",
        ),
        # the name before the role word is the secretary's, who is named with a role of her own
        (
            "ҮКІМ\n\nШалқар аудандық соты төрағалық етуші судья Ж. Қ. Мұхамбетова, сот "
            "отырысының хатшысы А. Ерланқызы, мемлекеттік айыптаушы — аудан прокуроры, қорғаушы "
            "— адвокат Р. Т. Ахметова қатысуымен, 2025 жылғы 30 қазанда Құрманғазы ТӘЖІБАЕВҚА 2 "
            "жыл бас бостандығын шектеу жазасын тағайындады.",
            "Ж. Қ. Мұхамбетова",
            None,
        ),
        # a court paper's compact initials after the surname keep their order (h18d)
        (
            "2026 жылғы 12 қарашада Көкшетау қалалық соты, төрағалық етуші судья Ахметова Ж.Қ., "
            "мемлекеттік айыптаушы Оспанов Д.М. қатысуымен, Ермек СЕЙТҚАЛИҒА 2 жыл бас "
            "бостандығын шектеу жазасын тағайындады.",
            "Ахметова Ж.Қ.",
            "Оспанов Д.М.",
        ),
        # (refused: spaced initials after the surname go first, as before)
        (
            "2026 жылғы 12 қарашада Көкшетау қалалық соты, төрағалық етуші судья Ахметова Ж. Қ., "
            "Ермек СЕЙТҚАЛИҒА 2 жыл бас бостандығын шектеу жазасын тағайындады.",
            "Ж. Қ. Ахметова",
            None,
        ),
    ],
)
def test_kazakh_judge_and_prosecutor(text: str, judge: str | None, prosecutor: str | None) -> None:
    [case] = extract_cases(text)
    assert (case["judge"], case["prosecutor"]) == (judge, prosecutor)


@pytest.mark.parametrize(
    ("text", "judge", "prosecutor"),
    [
        # an appeal card's reporting judge gives way to the first-instance judge
        (
            "Баяндамашы судья: Серғазиев Н.Т.\nСотталған: ОРАЗОВ МАРАТ\nБІРІНШІ САТЫДАҒЫ СОТ "
            "ҮКІМІ\nСот: Тараз қалалық соты\nСудья: Жақыпова А.Б.\nҮкім шығарылған күні: "
            "05.09.2026\nЖаза: 2 жыл бас бостандығын шектеу",
            "Жақыпова А.Б.",
            None,
        ),
        # an investigating judge's hearing on an arrest names no prosecutor of a trial
        (
            "Тергеу судьясы Әлиева Д.М., прокурор Сәрсенов Б.Қ. қатысуымен,\n2026 жылғы 3 "
            "наурызда Марат ОРАЗОВТЫ екі айға қамауға алуға санкция берді.",
            None,
            None,
        ),
    ],
)
def test_kazakh_officials_of_other_hearings(
    text: str, judge: str | None, prosecutor: str | None
) -> None:
    [case] = extract_cases(text)
    assert (case["judge"], case["prosecutor"]) == (judge, prosecutor)


def test_a_prosecutors_request_for_one_brother_names_the_prosecutor_of_both() -> None:
    text = (
        "Талдықорған қалалық соты 2025 жылғы 26 маусымда ағайынды Мирас пен Даулет "
        "ҚҰРМАНҒАЗИНДЕРГЕ үкім шығарды. Мирас ҚҰРМАНҒАЗИН 3 жылға бас бостандығынан айырылды. "
        "Даулет ҚҰРМАНҒАЗИН 1 жыл бас бостандығын шектеуге сотталды. Мемлекеттік айыптаушы "
        "Рүстем БАЙМҰХАНОВ Мирасқа 5 жыл сұраған еді."
    )
    cases = extract_cases(text)
    assert len(cases) == 2
    assert {c["prosecutor"] for c in cases} == {"Рүстем Баймұханов"}


def test_a_kazakh_appeal_replacing_the_kind_reads_as_reduced() -> None:
    text = (
        "Ақмола облыстық сотының апелляциялық алқасы 2025 жылғы 19 тамызда Бурабай аудандық "
        "сотының үкімін өзгертіп, мұғалім Айгерім ТОҚТАРОВАҒА тағайындалған бас бостандығынан "
        "айыру жазасын бас бостандығын шектеуге ауыстырды. Бурабай аудандық соты 2025 жылғы "
        "4 маусымда Тоқтарованы үш жылға бас бостандығынан айырған болатын. Апелляциялық алқа "
        "оған екі жыл бас бостандығын шектеу жазасын тағайындады."
    )
    (case,) = extract_cases(text)
    ruling = next(e for e in case["events"] if e["kind"] == "appeal_ruling")
    assert ruling["appeal_outcome"] == "reduced"
    assert [(p["kind"], p["term_months"]) for p in ruling["sentence"]] == [
        ("restriction_of_liberty", 24)
    ]


# --- the dev set of real wording --------------------------------------------------------------


def _score(directory: Path) -> float:
    totals = [0, 0, 0]
    for _name, text, expected in labelled_texts(directory):
        for counts in score_text(expected, extract_cases(text)).values():
            totals = [t + c for t, c in zip(totals, counts, strict=True)]
    return accuracy(totals)


def test_dev9_kk_keeps_its_score() -> None:
    """reports-dev9-kk scored 0.728 on its first untouched run (README); after the h15q rules
    it stands higher, and later changes must not lose ground."""
    assert _score(HELD_OUT.with_name("reports-dev9-kk")) >= 0.93


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        # accepted: "former" stays with the trade; a feminist activist and a designer
        (
            "Рудный қалалық соты 2025 жылғы 3 желтоқсанда бұрынғы кенші Серік ӘБІЛҚАЙЫРҰЛЫН "
            "ҚК-нің 174-бабының 1-бөлігі бойынша 1 179 600 теңге айыппұлға кесті.",
            "бұрынғы кенші",
        ),
        (
            "Медеу аудандық соты 2025 жылғы 25 қарашада фемактивист, дизайнер Жанар "
            "СӘРСЕНҚЫЗЫНА 1 179 600 теңге айыппұл салды.",
            "фемактивист, дизайнер",
        ),
        (
            "Рудный қалалық соты 2025 жылғы 3 желтоқсанда зейнеткер мұғалім Бақытгүл "
            "СЕРІКҚЫЗЫН 1 179 600 теңге айыппұлға кесті.",
            "зейнеткер мұғалім",
        ),
        # a bare «белсенді» later adds nothing to «фемактивист»
        (
            "Медеу аудандық соты 2025 жылғы 25 қарашада фемактивист Жанар СӘРСЕНҚЫЗЫНА "
            "1 179 600 теңге айыппұл салды. Белсенді үкіммен келіспейтінін айтты.",
            "фемактивист",
        ),
        # refused: no «бұрынғы» before the trade
        (
            "Рудный қалалық соты 2025 жылғы 3 желтоқсанда кенші Серік ӘБІЛҚАЙЫРҰЛЫН "
            "1 179 600 теңге айыппұлға кесті.",
            "кенші",
        ),
    ],
)
def test_kazakh_occupations(text: str, occupation: str) -> None:
    (case,) = extract_cases(text)
    assert case["person"]["occupation"] == occupation


@pytest.mark.parametrize(
    ("after", "released"),
    [
        ("Үкімнен кейін олар сот залынан босатылды.", True),
        ("Олар сот залынан босатылмады, апелляция береді.", False),
    ],
)
def test_a_release_after_the_verdict_takes_its_day(after: str, released: bool) -> None:
    text = (
        "Кентау қалалық соты 2025 жылғы 28 тамызда белсенді Әлия СМАҒҰЛОВАҒА бас бостандығын "
        "4 жылға шектеу жазасын берді. Ол 2024 жылғы 20 қыркүйекте ұсталып, бір жылға жуық "
        f"уақыт тергеу абақтысында отырды. {after}"
    )
    (case,) = extract_cases(text)
    releases = [e["date"] for e in case["events"] if e["kind"] == "release"]
    assert releases == (["2025-08-28"] if released else [])


_LEAD = (
    "Ақтөбе қалалық соты 2025 жылғы 4 наурызда блогер Самат ЕРЖАНОВҚА 2 жыл бас бостандығын "
    "шектеу жазасын тағайындады. "
)


@pytest.mark.parametrize(
    ("told", "acts"),
    [
        # accepted: the ways Kazakh reports tell the act
        (
            "Айыптау актісіне сәйкес, ол 2024 жылғы 5 қазанда Instagram-да әкімді сынаған "
            "бейнежазба жариялаған.",
            [("Instagram-да әкімді сынаған бейнежазба жариялаған", "2024-10-05")],
        ),
        (
            "Прокуратураның мәліметінше, Ержанов TikTok-та полицейлерді қорлаған видео жариялаған.",
            [("TikTok-та полицейлерді қорлаған видео жариялаған", None)],
        ),
        (
            "Қылмыстық іс оның Facebook-тегі «Әкімдік неге үнсіз?» атты жазбасына байланысты "
            "қозғалған.",
            [("Facebook-тегі «Әкімдік неге үнсіз?» атты жазбасына", None)],
        ),
        (
            "Қылмыстық іс ол YouTube-та ереуіл туралы стрим жүргізгеннен кейін қозғалды.",
            [("YouTube-та ереуіл туралы стрим жүргізген", None)],
        ),
        (
            "Ержанов тыйым салынған қозғалыстың чатына қатысқаны үшін қылмыстық "
            "жауапкершілікке тартылды.",
            [("тыйым салынған қозғалыстың чатына қатысқаны", None)],
        ),
        (
            "Ол WhatsApp тобында митингке шақырды деп айыпталды.",
            [("WhatsApp тобында митингке шақырды", None)],
        ),
        # judging by the indictment, after a season without a day
        (
            "Айыптау қорытындысына қарағанда, ол 2025 жылдың күзінде WhatsApp тобына "
            "әкімді сынаған жазба жіберген.",
            [("WhatsApp тобына әкімді сынаған жазба жіберген", None)],
        ),
        # refused: the charge's name in quotes is not what the person did
        ("Оған «жалған ақпарат тарату» деген айып тағылды.", []),
    ],
)
def test_kazakh_acts_as_reports_tell_them(told: str, acts: list[tuple[str, str | None]]) -> None:
    (case,) = extract_cases(_LEAD + told)
    assert [(a["description"], a["date"]) for a in case.get("acts") or []] == acts


@pytest.mark.parametrize(
    ("text", "outcome", "parts"),
    [
        # accepted: a term cut by the appeal, in the active and the passive
        (
            "Маңғыстау облыстық соты 2025 жылғы 5 маусымда оның 5 жыл бас бостандығынан айыру "
            "жазасын 3 жылға қысқартты.",
            "reduced",
            [("imprisonment", 36)],
        ),
        (
            "Маңғыстау облыстық сотының 2025 жылғы 5 маусымдағы шешімімен оның 5 жыл бас "
            "бостандығынан айыру жазасы 3 жылға қысқартылды.",
            "reduced",
            [("imprisonment", 36)],
        ),
        # refused: upheld, the term stays
        (
            "Маңғыстау облыстық соты 2025 жылғы 5 маусымда үкімді өзгеріссіз қалдырды.",
            "upheld",
            [("imprisonment", 60)],
        ),
    ],
)
def test_a_kazakh_appeal_cutting_the_term(
    text: str, outcome: str, parts: list[tuple[str, int]]
) -> None:
    verdict = (
        "Жаңаөзен қалалық соты 2025 жылғы 3 сәуірде мұнайшы Дамир ЖҰМАБАЕВТЫ 5 жылға бас "
        "бостандығынан айырған. "
    )
    (case,) = extract_cases(verdict + text)
    ruling = next(e for e in case["events"] if e["kind"] == "appeal_ruling")
    assert ruling["appeal_outcome"] == outcome
    assert [(p["kind"], p["term_months"]) for p in ruling["sentence"]] == parts


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("2 жыл 6 ай бас бостандығынан шектеу жазасы", ["restriction_of_liberty"]),
        ("2 жыл 6 ай бас бостандығынан айыру жазасы", ["imprisonment"]),
    ],
)
def test_restriction_written_with_the_ablative(text: str, kinds: list[str]) -> None:
    assert [k.kind for k in find_kinds(text, "kk")] == kinds


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Ол «Әкімдік неге үнсіз?» атты жазба жариялады. Сот басталды.", 2),
        ("Ол сұрады: «Неге?» Сот үнсіз қалды.", 2),  # a capital after the quote: a new sentence
        ("«Я не виновен!» — сказал он суду.", 1),
    ],
)
def test_a_quote_ending_in_a_question_does_not_end_the_sentence(text: str, count: int) -> None:
    from bot.extract.blocks import split_sentences

    assert len(split_sentences(text)) == count


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # accepted: the measure a court changed to is the one named last (the dative)
        (
            "2025 жылғы 12 сәуірде Жезқазған қалалық соты азаматтық белсенді Дархан "
            "ҚАЛИҰЛЫНЫҢ үй қамағын қамауға ауыстырды.",
            "custody",
        ),
        # refused: one measure, no change
        (
            "2025 жылғы 12 сәуірде тергеу судьясы азаматтық белсенді Дархан ҚАЛИҰЛЫН үй "
            "қамағына алды.",
            "house_arrest",
        ),
    ],
)
def test_a_kazakh_measure_changed_for_another(text: str, measure: str) -> None:
    (case,) = extract_cases(text)
    assert [e["measure"] for e in case["events"]] == [measure]


@pytest.mark.parametrize(
    ("text", "court"),
    [
        # accepted: a sentence opening with «Іс» before the court's name
        (
            "Сот блогер Арман ЖАҚЫПОВҚА 2025 жылғы 15 мамырда 4 жыл бас бостандығынан айыру "
            "жазасын кесті. Іс Орал қалалық сотында қаралды.",
            "Орал қалалық соты",
        ),
        (
            "2025 жылғы 2 желтоқсанда азаматтық белсенді Гүлжан ТҰРСЫНҚЫЗЫ 5 жылға бас "
            "бостандығынан айырылды. Үкімді Ақсу қалалық соты шығарды.",
            "Ақсу қалалық соты",
        ),
        # a two-word name stays whole
        (
            "Қазыбек би аудандық соты 2025 жылғы 15 мамырда блогер Арман ЖАҚЫПОВҚА 4 жыл бас "
            "бостандығынан айыру жазасын кесті.",
            "Қазыбек би аудандық соты",
        ),
    ],
)
def test_a_sentence_opening_word_is_not_the_court_name(text: str, court: str) -> None:
    (case,) = extract_cases(text)
    assert case["court"] == court
    assert [e["court"] for e in case["events"] if e["kind"] == "verdict"] in ([], [court])


def test_a_first_hearing_opens_the_trial() -> None:
    text = (
        "Таразда блогер Нұржан СӘКЕНҰЛЫНЫҢ ісі сотта қаралып жатыр. Алғашқы отырыс 2025 жылғы "
        "3 қарашада Тараз қалалық сотында өтті."
    )
    (case,) = extract_cases(text)
    assert case["stage"] == "on_trial"
    assert [(e["kind"], e["date"]) for e in case["events"]] == [("trial", "2025-11-03")]


_EN_LEAD = (
    "The Aktobe City Court on March 4, 2025, sentenced activist Samat YERZHANOV to two years "
    "of restricted freedom. "
)
_RU_LEAD = (
    "Актюбинский городской суд 4 марта 2025 года приговорил активиста Самата ЕРЖАНОВА к двум "
    "годам ограничения свободы. "
)


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # accepted: act wordings of RFE/RL, rights groups and Russian-language news
        (
            _EN_LEAD + "He was convicted for Facebook posts and Telegram messages that "
            "encouraged people to join an opposition party.",
            [
                (
                    "Facebook posts and Telegram messages that encouraged people to join an "
                    "opposition party",
                    None,
                )
            ],
        ),
        (
            _EN_LEAD + "Yerzhanov was arrested in October in relation to critical Facebook "
            "posts about the regional governor.",
            [("critical Facebook posts about the regional governor", None)],
        ),
        (
            _EN_LEAD + "Prosecutors say he organised an unsanctioned rally in front of the "
            "akimat on January 5, 2025.",
            [("organised an unsanctioned rally in front of the akimat", "2025-01-05")],
        ),
        (
            _RU_LEAD + "Как отметил судья, Ержанов принимал участие в незаконных митингах и "
            "размещал на своей странице в соцсетях информацию о запрещённой партии.",
            [
                ("принимал участие в незаконных митингах", None),
                ("размещал на своей странице в соцсетях информацию о запрещённой партии", None),
            ],
        ),
        (
            _RU_LEAD + "Уголовное дело против него возбудили после публикации видео о "
            "затопленной школе.",
            [("публикации видео о затопленной школе", None)],
        ),
        (
            _RU_LEAD + "Его обвиняют в том, что он призывал жителей выйти на митинг.",
            [("призывал жителей выйти на митинг", None)],
        ),
        (
            _RU_LEAD + "По словам прокурора, Ержанов распространял листовки запрещённого движения.",
            [("распространял листовки запрещённого движения", None)],
        ),
        (
            _RU_LEAD + "Ему вменяют посты в Facebook, в которых он критиковал акима района.",
            [("посты в Facebook, в которых он критиковал акима района", None)],
        ),
        (
            _RU_LEAD + "В вину ему ставят участие в чате запрещённого движения в Telegram.",
            [("участие в чате запрещённого движения в Telegram", None)],
        ),
        # a reason for the arrest: the date is the arrest's, not the act's
        (
            _RU_LEAD + "Ержанова задержали 5 мая 2025 года после публикации видео о паводке.",
            [("публикации видео о паводке", None)],
        ),
        (
            _EN_LEAD + "The conviction relates to a speech he gave at a peaceful rally on "
            "January 5, 2025.",
            [("a speech he gave at a peaceful rally", "2025-01-05")],
        ),
        (
            _EN_LEAD + "Yerzhanov had posted a video calling for a boycott of the referendum.",
            [("a video calling for a boycott of the referendum", None)],
        ),
        (
            _EN_LEAD + "His arrest came after he livestreamed a protest outside the akimat.",
            [("livestreamed a protest outside the akimat", None)],
        ),
        (
            _EN_LEAD + "He was targeted for his reporting on land sales in the region.",
            [("his reporting on land sales in the region", None)],
        ),
        # refused: no act told
        (_EN_LEAD + "Prosecutors asked for three years.", []),
        (_EN_LEAD + "His arrest came after a long investigation.", []),
        (_RU_LEAD + "Ержанова задержали 5 мая 2025 года после обыска.", []),
        (_RU_LEAD + "По словам адвоката, он будет обжаловать приговор.", []),
    ],
)
def test_acts_in_english_and_russian_reports(text: str, acts: list[tuple[str, str | None]]) -> None:
    (case,) = extract_cases(text)
    assert [(a["description"], a["date"]) for a in case.get("acts") or []] == acts


@pytest.mark.parametrize(
    ("after", "detained"),
    [
        # accepted: taken into custody in the courtroom after the ruling, on its day
        ("Жандарбеков сот залында күзетке алынды.", ["2025-11-06"]),
        # refused: no custody told
        ("Жандарбеков үкімге кассациялық шағым береді.", []),
    ],
)
def test_custody_in_the_courtroom_after_a_ruling(after: str, detained: list[str]) -> None:
    text = (
        "Арал аудандық соты 2025 жылғы 12 тамызда балықшы Сәкен ЖАНДАРБЕКОВТІ 2 жылға бас "
        "бостандығын шектеуге соттаған. Қызылорда облыстық сотының апелляциялық алқасы 2025 "
        "жылғы 6 қарашада оның жазасын күшейтіп, 2 жылға бас бостандығынан айырды. " + after
    )
    (case,) = extract_cases(text)
    assert [e["date"] for e in case["events"] if e["kind"] == "detention"] == detained


@pytest.mark.parametrize(
    ("told", "act"),
    [
        # accepted: an acronym inside the act stays
        ("Ол Facebook-те ДВК-ның бейнежазбаларын бөліскен деп айыпталды.", "Facebook-те ДВК-ның"),
        # the person's name opening the act still goes
        ("Ерлан ҚАБДОЛОВ Facebook-те бейнежазба бөліскен деп айыпталды.", "Facebook-те бейне"),
    ],
)
def test_an_acronym_in_a_kazakh_act_is_not_a_name(told: str, act: str) -> None:
    text = (
        "Павлодар қалалық соты 2025 жылғы 1 сәуірде белсенді Ерлан ҚАБДОЛОВҚА 1 жыл бас "
        "бостандығын шектеу жазасын берді. " + told
    )
    (case,) = extract_cases(text)
    assert [a["description"][: len(act)] for a in case["acts"]] == [act]


# --- where the person lives, and a name after a role word (h16c) ----------------------------------


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Жібек жолы ауылының тұрғындары Ә. Н. Серікбаев пен Д. М. Әлиевке қатысты іс",
            "Жібек жолы",
        ),
        (
            "Атырау аудандық соты Құлсары қаласының тұрғыны, кітапханашы Гүлназ Серікқызына",
            "Құлсары",
        ),
        (
            "Атасу ауылында туған. 2012 жылдан бері Сәтбаев қаласында (бұрын — Никольский кенті) "
            "тұрады.",
            "Сәтбаев",
        ),
    ],
)
def test_where_the_person_lives(text: str, city: str) -> None:
    from bot.extract.person import _place

    assert _place(text, [], "kk")[0] == city


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        (
            "kk",
            "Түркістан облысының тұрғыны Ерлан Қасымов. Шымкент қалалық соты",
            (None, "turkistan"),
        ),
        (
            "en",
            "Aidos, a resident of Turkistan region, was tried by the Shymkent city court",
            (None, "turkistan"),
        ),
        # a town of that region stays
        ("ru", "жительница Алматинской области Айгерим Бекова. Суд Талгара", ("Талгар", "almaty")),
    ],
)
def test_a_resident_of_a_region(language: str, text: str, place: tuple[str | None, str]) -> None:
    from bot.extract.person import _place

    assert _place(text, [], language) == place


def test_two_defendants_each_with_their_own_town() -> None:
    text = (
        "2025 жылғы 26 қарашада Атырау қалалық соты Д.Ж. Есенғалиев пен М.С. Қабдоловқа "
        "қатысты қылмыстық істі қарады.\n\n"
        "Сотталушы Даурен Жомартұлы Есенғалиев, 1992 жылы туған, жүргізуші, Атырау қаласының "
        "тұрғыны, ҚК-нің 272-бабының 3-бөлігі бойынша 1 жыл бас бостандығын шектеу жазасына "
        "кесілді.\n\n"
        "Сотталушы Мейрамбек Серікұлы Қабдолов, 1998 жылы туған, студент, Мақат кентінің "
        "тұрғыны, 200 АЕК мөлшерінде айыппұл жазасына кесілді."
    )
    people = {
        c["person"]["name"]: (c["person"]["city"], c["person"]["occupation"])
        for c in extract_cases(text)
    }
    assert people == {
        "Даурен Жомартұлы Есенғалиев": ("Атырау", "жүргізуші"),
        "Мейрамбек Серікұлы Қабдолов": ("Мақат", "студент"),
    }


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        # each word with a possessive ending takes the word before it
        ("Ғалымжан Өтепов, жүк көлігінің жүргізушісі, 2025 жылы", "жүк көлігінің жүргізушісі"),
        ("Айдана Бөлекбайқызы — ағылшын тілі пәнінің мұғалімі.", "ағылшын тілі пәнінің мұғалімі"),
        # the kind before the trade
        ("Серікбаев — жеке кәсіпкер, Әлиев", "жеке кәсіпкер"),
        ("Әлиев қазір уақытша жұмыссыз.", "уақытша жұмыссыз"),
        # the workplace with its name, its number, its town
        (
            "Құлсары қаласының тұрғыны, №4 орта мектептің кітапханашысы Гүлназ",
            "№4 орта мектептің кітапханашысы",
        ),
        (
            "аудандық «Шалқар үні» газетінің бұрынғы тілшісі, бұрын",
            "аудандық «Шалқар үні» газетінің бұрынғы тілшісі",
        ),
        (
            "45 жастағы «Лисаков кен байыту комбинаты» кәсіподағының төрағасы Марат",
            "«Лисаков кен байыту комбинаты» кәсіподағының төрағасы",
        ),
        (
            "— ақын, Сәтбаев қаласындағы кеніштің жүк көлігі жүргізушісі.",
            "ақын, Сәтбаев қаласындағы кеніштің жүк көлігі жүргізушісі",
        ),
        # a Russian word's soft sign goes before a possessive ending («слесарь» -> «слесарі»)
        (
            "Ақсу қаласының тұрғыны, ферроқорытпа зауытының слесарі Дәурен",
            "ферроқорытпа зауытының слесарі",
        ),
        ("Оның мамандығы — слесарі.", "слесарь"),
        ("Бұрынғы слесарь Дәурен ұсталды.", "бұрынғы слесарь"),
        # the chief editor, as «главный редактор»; refused: the chief editor's deputy
        ("Сот газеттің бас редакторы Асқар Нұрлановқа айыппұл салды.", "бас редактор"),
        ("Асқар Нұрланов, бас редактордың орынбасары, сотталды.", None),
        ("Асқар Нұрланов, бас редакторының орынбасары, сотталды.", None),
        # refused: the plural is others
        ("Зауыт слесарьлары наразы.", None),
        # refused: a people is no part of the trade, nor is the court's phrase
        ("Бекзат Сапарұлы — қазақ ақыны.", "ақын"),
        ("тергеу судьясы журналисті қамауға алды", "журналист"),
    ],
)
def test_a_kazakh_trade_with_what_its_ending_ties_to_it(text: str, occupation: str | None) -> None:
    from bot.extract.occupation import _occupation

    assert _occupation(text, "kk") == occupation


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        # a reporter told something (the trade in the dative) is someone else
        (
            "Азаматтық белсенді Мейрамбек Тоқсанбаев ұсталды. Бұл туралы «Дала үні» тілшісіне "
            "оның жұбайы айтты.",
            "азаматтық белсенді",
        ),
        # ... but a trade in the dative before the person's name is theirs
        ("Сот мектеп мұғаліміне Айгерім Сәрсенғалиеваға айыппұл салды.", "мектеп мұғалімі"),
        # a trade after a count is of others no name follows (not a code's «ӘҚБтК-нің»)
        (
            "Бекзат ОРАЗАЛИЕВ, блогер, босатылды. Шымкентте пикетке шыққан екі белсенді "
            "ӘҚБтК-нің 488-бабы бойынша қамалды.",
            "блогер",
        ),
        # a form's heading «Саяси тұтқын туралы мәлімет» gives way to its trade field (two
        # field lines: the form has begun)
        (
            "Саяси тұтқын туралы мәлімет\n\nАты-жөні: Әбенов Ғалымжан\nКәсібі: мұғалім\n",
            "мұғалім",
        ),
        # refused: a headline with a colon is no form («Қазақстан: саяси тұтқын ...»), its
        # status gives way to the story's trade
        ("Қазақстан: саяси тұтқын Ғалымжан Әбенов сотталды\n\nОл мұғалім.", "мұғалім"),
        # ... but two activists named are the people of the case
        ("Сот екі белсенді Нұрлан Бекжанов пен Айгерім Сәрсенғалиеваны соттады.", "белсенді"),
    ],
)
def test_a_kazakh_trade_of_someone_else(text: str, occupation: str | None) -> None:
    from bot.extract import names
    from bot.extract.occupation import _occupation

    own = [(m.start, m.end) for m in names.find_title_mentions(text) + names.find_mentions(text)]
    assert _occupation(text, "kk", own[:1]) == occupation


def test_a_verdicts_secretary_assistant_and_signature_are_no_cases() -> None:
    text = (
        "Ақтөбе облысы Шалқар аудандық соты төрағалық етуші судья Ж. Қ. Мұхамбетова, сот "
        "отырысының хатшысы А. Ерланқызы, мемлекеттік айыптаушы — аудан прокурорының көмекшісі "
        "Е. Б. Сағындықов қатысуымен,\n\n"
        "Тәжібаев Құрманғазы Бекенұлына, 1961 жылы туған, ҚР ҚК-нің 174-бабының 1-бөлігі "
        "бойынша айып тағылған қылмыстық істі қарап,\n\nҮКІМ ЕТТІ:\n\n"
        "Тәжібаев Құрманғазы Бекенұлы 2025 жылғы 30 қазанда ҚР ҚК-нің 174-бабының 1-бөлігі "
        "бойынша кінәлі деп танылсын, 3 жыл бас бостандығын шектеу жазасы тағайындалсын.\n\n"
        "Төрағалық етуші                                   Ж. Қ. Мұхамбетова"
    )
    assert [c["person"]["name"] for c in extract_cases(text)] == ["Құрманғазы Бекенұлы Тәжібаев"]


def test_a_russian_spelling_labelled_in_a_bracket() -> None:
    from bot.extract.person import _bracket_spellings

    after = " (орыс. Бекзат Сапаров; 1990 жылы 3 наурызда Атасу ауылында туған) — ақын"
    assert _bracket_spellings(after) == ["Бекзат Сапаров"]
    # refused: a town and an age in a bracket are no spelling
    assert _bracket_spellings(" (Есік қаласы, 31 жаста)") == []


def test_a_headlines_word_for_the_trade_gives_way_to_the_bodys() -> None:
    from bot.extract.occupation import _occupation

    text = (
        "ШҰҒЫЛ ХАБАРЛАМА\n\nЖезқазғанда тілші үй қамағына алынды\n\n"
        "• Кім: Жандос ТӨРЕХАН, 26 жаста, журналист, Жезқазған қаласы\n"
        "• Не болды: 2026 жылғы 5 наурызда полиция қызметкерлері оны редакциядан алып кетті\n"
    )
    assert _occupation(text, "kk") == "журналист"


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        ("Оралда қоғам белсендісі Бекнұр Сражанов жазба жариялады.", "қоғам белсендісі"),
        # two trades, one the kind of the other; a verbal noun takes its object
        ("Кентау қаласының тұрғыны, айтыскер ақын Бауыржан Әбдіқадырұлы ұсталды.", "айтыскер ақын"),
        ("Әкем — мектептің дене шынықтыру мұғалімі.", "мектептің дене шынықтыру мұғалімі"),
        # refused: what the person is not, and another one
        ("Ақын: «Ағам ешқандай ұйымға мүше емес», — дейді.", "ақын"),
        ("Ол ақын. Тағы бір айтыскер биыл айыппұл арқалаған еді.", "ақын"),
        ("Ол мұғалім. Оның жетекшісі тергеуге шақырылды.", "мұғалім"),
        ("ауыл мектебінің директоры Ерлан Қасымов ұсталды", "ауыл мектебінің директоры"),
        ("мұнай компаниясының операторы Ерлан Қасымов", "мұнай компаниясының операторы"),
        # the work or the machine a trade is named by stands before it, as in the other
        # languages ("crane operator", «оператор по добыче газа»)
        ("газ өндіру операторы Ерлан Қасымов ұсталды", "газ өндіру операторы"),
        ("кран операторы Ерлан Қасымов ұсталды", "кран операторы"),
        # a party's leader, a publication's journalist (the possessive drops the т)
        (
            "«Алға, Қазақстан» партиясының жетекшісі Марат",
            "«Алға, Қазақстан» партиясының жетекшісі",
        ),
        ("сот Орда.kz басылымының журналисі Дана Жаңайға", "журналист"),
        # a month's locative is no part of the workplace
        (
            "Азамат Жақсылықов сәуірде ферроқорытпа зауытының металлургі болған.",
            "ферроқорытпа зауытының металлургі",
        ),
    ],
)
def test_more_kazakh_trades(text: str, occupation: str) -> None:
    from bot.extract.occupation import _occupation

    assert _occupation(text, "kk") == occupation


@pytest.mark.parametrize(
    "text",
    [
        "Мен, Айгүл Сапарова, 2025 жылғы 1 сәуірде сотталған Ерлан Сапаровтың анасымын.\n\n"
        "2025 жылғы 5 наурызда Тараз қалалық соты Ерлан Сапаровты ҚК-нің 174-бабы бойынша 3 "
        "жылға бас бостандығынан айырды.",
        "Ерланның әйелі Асель Нұрланқызы 2025 жылғы 6 наурызда былай деді: «Күйеуім кінәсіз».\n\n"
        "2025 жылғы 5 наурызда Ақтөбе қалалық соты Ерлан Нұрлановты 5 жылға бас бостандығынан "
        "айырды.",
    ],
)
def test_a_relative_who_writes_or_speaks_is_no_case(text: str) -> None:
    assert [c["person"]["name"][:5] for c in extract_cases(text)] == ["Ерлан"]


def test_a_headings_name_in_capitals_and_its_spelling_on_the_next_line() -> None:
    text = (
        "АЙДАНА БӨЛЕКБАЙҚЫЗЫНЫҢ ІСІ: ХРОНОЛОГИЯ\n"
        "(құжаттарда — Айдана Булекбаева; Есік қаласы, Алматы облысы)\n\n"
        "🔹 2025 жылғы 3 наурызда Айдана ұсталды.\n"
        "🔹 2025 жылғы 20 мамырда Еңбекшіқазақ аудандық соты Айдананы ҚК-нің 274-бабы бойынша "
        "2 жылға бас бостандығын шектеу жазасына кесті."
    )
    person = extract_cases(text)[0]["person"]
    assert (person["name"], person["aliases"]) == ("Айдана Бөлекбайқызы", ["Айдана Булекбаева"])
    # refused: a heading's court, a region and a role in capitals are no name
    assert not [m for m in names.find_mentions("АТЫРАУ ОБЛЫСТЫҚ СОТЫНЫҢ") if m.given]
    assert not [m for m in names.find_mentions("ПРЕЗИДЕНТ ТОҚАЕВ") if m.given]


@pytest.mark.parametrize(
    ("ruling", "outcome", "parts"),
    [
        # accepted: «X-ды Y-мен алмастырып», the old kind in the accusative, the new one with
        # its term in the instrumental
        (
            "Алқа бас бостандығынан айыруды бір жыл бас бостандығын шектеумен алмастырып, "
            "Ернарды сот залында күзетпен ұстаудан босатты.",
            "reduced",
            [("restriction_of_liberty", 12)],
        ),
        # refused: nothing replaced
        ("Алқа үкімді өзгеріссіз қалдырды.", "upheld", [("imprisonment", 24)]),
    ],
)
def test_a_kazakh_appeal_replacing_in_the_instrumental(
    ruling: str, outcome: str, parts: list[tuple[str, int]]
) -> None:
    text = (
        "Қонаев қалалық соты 2025 жылғы 26 маусымда электрик Ернар САПАРҰЛЫН екі жылға бас "
        "бостандығынан айырды. Алматы облыстық сотының апелляциялық алқасы 2025 жылғы 11 "
        "қыркүйекте үкімді қарады. " + ruling
    )
    (case,) = extract_cases(text)
    event = next(e for e in case["events"] if e["kind"] == "appeal_ruling")
    assert event["appeal_outcome"] == outcome
    assert [(p["kind"], p["term_months"]) for p in event["sentence"]] == parts


def test_each_co_defendant_keeps_the_act_told_of_them() -> None:
    text = (
        "Көкшетау қалалық соты 2025 жылғы 27 қарашада екі тұрғынға үкім шығарды.\n\n"
        "Құрылысшы Асқар МЕЙІРХАНОВ 4 жылға бас бостандығынан айырылды.\n\n"
        "Зейнеткер Гүлшат ОМАРОВА 2 жылға бас бостандығын шектеуге сотталды.\n\n"
        "Айыптау бойынша, Мейірханов 2025 жылғы 12 ақпанда ұйымның Telegram-чатын құрған, ал "
        "Омарова сол чатта үгіт материалдарын таратқан."
    )
    acts = {
        case["person"]["name"]: [(a["description"], a["date"]) for a in case["acts"]]
        for case in extract_cases(text)
    }
    assert acts == {
        "Асқар Мейірханов": [("ұйымның Telegram-чатын құрған", "2025-02-12")],
        "Гүлшат Омарова": [("сол чатта үгіт материалдарын таратқан", None)],
    }


def test_a_lone_person_keeps_an_act_opening_with_their_surname() -> None:
    text = (
        "Көкшетау қалалық соты 2025 жылғы 27 қарашада құрылысшы Асқар МЕЙІРХАНОВҚА 4 жыл бас "
        "бостандығынан айыру жазасын тағайындады. Айыптау бойынша, Мейірханов ұйымның "
        "Telegram-чатын құрған."
    )
    (case,) = extract_cases(text)
    assert [a["description"] for a in case["acts"]] == ["ұйымның Telegram-чатын құрған"]


@pytest.mark.parametrize(
    ("told", "judge"),
    [
        # accepted: a surname without a usual ending, right after «судья»
        ("Үкімді судья Ерлан Сейітқали жариялады.", "Ерлан Сейітқали"),
        # refused: a court's name, a town after the role word
        ("Үкімді судья Жезқазған қаласында жариялады.", None),
    ],
)
def test_a_judge_named_without_a_surname_ending(told: str, judge: str | None) -> None:
    text = (
        "2025 жылғы 12 наурызда Жезқазған қалалық соты кенші Ержан БОЛАТҰЛЫН бір жыл алты ай "
        "бас бостандығын шектеуге соттады. " + told
    )
    (case,) = extract_cases(text)
    assert case["judge"] == judge


@pytest.mark.parametrize(
    ("told", "acts"),
    [
        # accepted: the act told as a plain statement, nothing else saying what it was
        (
            "Белсенді былтыр желтоқсанда Instagram-да полиция басшысының үйі туралы видео "
            "жариялаған.",
            ["Instagram-да полиция басшысының үйі туралы видео жариялаған"],
        ),
        # refused: a statement that is no publishing
        ("Белсенді былтыр желтоқсанда Шымкентке көшкен.", []),
    ],
)
def test_a_kazakh_act_told_as_a_statement(told: str, acts: list[str]) -> None:
    text = (
        "Шымкент қаласы Абай аудандық соты 2025 жылғы 17 қыркүйекте азаматтық белсенді "
        "Ғалымжан ӘБДІҚАДЫРҰЛЫН 2 жылға бас бостандығынан айырды. " + told
    )
    (case,) = extract_cases(text)
    assert [a["description"] for a in case["acts"]] == acts


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # accepted: a ban on holding office has no kind of its own and takes no term
        (
            "3 жыл бас бостандығын шектеуге және 5 жыл кәсіподақта басшы лауазым атқаруға "
            "тыйым салған",
            [("restriction_of_liberty", 36)],
        ),
        (
            "two years of restricted freedom and a five-year ban on holding public office",
            [("restriction_of_liberty", 24)],
        ),
        # refused: a ban on public activity keeps its term
        (
            "3 жыл бас бостандығын шектеуге және 5 жыл қоғамдық-саяси қызметпен айналысуға "
            "тыйым салған",
            [("restriction_of_liberty", 36), ("ban_social_activity", 60)],
        ),
    ],
)
def test_a_ban_on_holding_office_takes_no_term(text: str, parts: list[tuple[str, int]]) -> None:
    from bot.extract.sentence import find_parts

    language = "en" if text.isascii() else "kk"
    found = [(p.kind, p.term_months) for p in find_parts(text, language)]
    assert [p for p in found if p[0] != "other_ban"] == parts


@pytest.mark.parametrize(
    ("court", "city"),
    [
        # accepted: a district court named like the district's village, nothing else naming
        # a town
        ("Жамбыл облысы Қордай аудандық соты", "Қордай"),
        # refused: a district no settlement is named after gives no town
        ("Жамбыл облысы Әлиев аудандық соты", None),
    ],
)
def test_the_town_of_a_kazakh_district_court(court: str, city: str | None) -> None:
    text = (
        f"{court} 2025 жылғы 14 наурызда шопан Мұхтар ҚАЙЫРБЕКҰЛЫНА 2 жыл бас бостандығын "
        "шектеу жазасын тағайындады. Қайырбекұлы WhatsApp-тағы ауыл тобында дауыстық "
        "хабарламалар жіберген."
    )
    (case,) = extract_cases(text)
    assert case["person"]["city"] == city
    assert [a["description"] for a in case["acts"]] == [
        "WhatsApp-тағы ауыл тобында дауыстық хабарламалар жіберген"
    ]


@pytest.mark.parametrize(
    ("text", "language", "parts"),
    [
        # accepted: a kind after a contrast does not share the term before it
        (
            "бас бостандығын шектеу мерзімін екі жылға дейін қысқартты, ал әлеуметтік "
            "желілерге тыйым өзгеріссіз қалды",
            "kk",
            [("restriction_of_liberty", 24)],
        ),
        # refused: a kind joined by "and" shares the term
        (
            "two years of restricted freedom and a ban on social media",
            "en",
            [("restriction_of_liberty", 24), ("ban_social_networks", 24)],
        ),
    ],
)
def test_a_term_is_not_shared_across_a_contrast(
    text: str, language: str, parts: list[tuple[str, int]]
) -> None:
    from bot.extract.sentence import find_parts

    assert [(p.kind, p.term_months) for p in find_parts(text, language)] == parts


@pytest.mark.parametrize(
    ("lead", "occupations"),
    [
        # accepted: the plural trade before both names is each one's
        ("белсенділер Қуаныш ТІЛЕУБЕРДІ мен Әлия СМАҒҰЛОВАҒА", ["белсенді", "белсенді"]),
        # refused: the plural said of others («белсенділер айтты»), not before the names
        ("Қуаныш ТІЛЕУБЕРДІ мен Әлия СМАҒҰЛОВАҒА", [None, None]),
    ],
)
def test_a_plural_trade_before_two_names(lead: str, occupations: list[str | None]) -> None:
    text = (
        f"Кентау қалалық соты 2025 жылғы 28 тамызда {lead} бас бостандығын 4 жылға шектеу "
        "жазасын берді. Жергілікті белсенділер үкімді сынады."
    )
    assert [c["person"]["occupation"] for c in extract_cases(text)] == occupations


@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        # accepted: a sentence of its own dates what was published
        (
            "Кызылординский городской суд 3 марта 2025 года оштрафовал предпринимателя Марата "
            "ЕСЕНГЕЛЬДИЕВА на 3 932 000 тенге. Поводом для дела стал пост в Facebook о "
            "работе акимата. Пост был опубликован 16 августа 2024 года.",
            "ru",
            "2024-08-16",
        ),
        (
            "Тараз қалалық соты 2025 жылғы 14 қазанда блогер Ержан ҚОЖАХМЕТОВКЕ 2 жыл бас "
            "бостандығын шектеу жазасын тағайындады. Ол Facebook-тегі жазбасы үшін сотталды. "
            "Жазба 2024 жылғы 3 наурызда жарияланған.",
            "kk",
            "2024-03-03",
        ),
        # refused: the dated sentence is about something else
        (
            "Кызылординский городской суд 3 марта 2025 года оштрафовал предпринимателя Марата "
            "ЕСЕНГЕЛЬДИЕВА на 3 932 000 тенге. Поводом для дела стал пост в Facebook о "
            "работе акимата. Интервью было опубликовано 16 августа 2024 года.",
            "ru",
            None,
        ),
    ],
)
def test_an_act_dated_by_the_next_sentence(text: str, language: str, date: str | None) -> None:
    (case,) = extract_cases(text)
    assert [a["date"] for a in case["acts"]] == [date]


_PRESS_RELEASE = (
    "Маңғыстау облысы Мұнайлы аудандық сотында Ж.Б. Сағынтаевқа қатысты қылмыстық іс "
    "қаралды. Ол ҚР ҚК-нің 174-бабының 1-бөлігінде көзделген қылмыстық құқық бұзушылық "
    "жасады деп айыпталды.\n\nСот отырысында анықталғандай, 2024 жылғы 12 желтоқсанда "
    "сотталушы TikTok әлеуметтік желісінде ұлтаралық араздықты қоздыратын бейнежазба "
    "жариялаған.\n\nСот Ж.Б. Сағынтаевты кінәлі деп танып, оған 1 (бір) жыл бас бостандығын "
    "шектеу жазасын тағайындады. Сондай-ақ 2 жылға әлеуметтік желілерде жазба жариялауға "
    "тыйым салынды. Үкім 2025 жылғы 20 қаңтарда жарияланды."
)


def test_a_court_press_release_naming_the_accused_by_initials() -> None:
    (case,) = extract_cases(_PRESS_RELEASE)
    assert case["person"]["name"] == "Ж. Б. Сағынтаев"
    # the article's «көзделген қылмыстық құқық бұзушылық» is no act; what was found is
    assert [(a["description"], a["date"]) for a in case["acts"]] == [
        (
            "TikTok әлеуметтік желісінде ұлтаралық араздықты қоздыратын бейнежазба жариялаған",
            "2024-12-12",
        )
    ]
    (verdict,) = case["events"]
    assert (verdict["date"], verdict["court"]) == ("2025-01-20", "Мұнайлы аудандық соты")
    assert [(p["kind"], p["term_months"]) for p in verdict["sentence"]] == [
        ("restriction_of_liberty", 12),
        ("ban_social_networks", 24),
    ]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Сот Ж.Б. Сағынтаевты кінәлі деп тапты.", [["Ж.", "Б.", "Сағынтаевты"]]),
        ("в отношении А. Нургалиева", [["А.", "Нургалиева"]]),
        # refused: initials before a word that is no surname
        ("Т.б. мәселелер қаралды.", []),
        ("См. Приложение к решению.", []),
    ],
)
def test_initials_and_a_surname_name_a_person(text: str, named: list[list[str]]) -> None:
    assert [m.words for m in names.find_title_mentions(text)] == named


# --- sentence parts as court press releases write them (h16a) ----------------------------------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # accepted: the court costs as press releases name them, «процестік шығын»
        (
            "300 АЕК, яғни 1 297 500 теңге айыппұл салды және 4 325 теңге процестік шығынды "
            "өндіріп алды.",
            [("fine", None, None, 1297500), ("court_fees", None, None, 4325)],
        ),
        ("Одан 12 975 теңге процессуалдық шығын өндірілді.", [("court_fees", None, None, 12975)]),
        # accepted: an amount with a case ending («теңгеден», from each)
        (
            "Екі сотталушыдан да Жәбірленушілерге өтемақы қорына 10 АЕК көлемінде, яғни 39 320 "
            "теңгеден мәжбүрлі төлем өндірілді.",
            [("victims_fund", None, None, 39320)],
        ),
        # accepted: a term and hours with their numbers in words in brackets
        (
            "оған 2 (екі) жыл 6 (алты) ай мерзімге бас бостандығын шектеу түріндегі жаза "
            "тағайындалды",
            [("restriction_of_liberty", 30, None, None)],
        ),
        (
            "1 (бір) жыл мерзімге бас бостандығын шектеу, 100 (жүз) сағат қоғамдық жұмыс жазасы "
            "тағайындалды",
            [("restriction_of_liberty", 12, None, None), ("community_service", None, 100, None)],
        ),
        # refused: a court's own expenses in another sense are no costs («шығын» alone)
        ("Кәсіпорынға 50 000 теңге шығын келтірген.", []),
    ],
)
def test_kazakh_court_costs_and_numbers_in_words(
    text: str, parts: list[tuple[str, int | None, int | None, int | None]]
) -> None:
    from tests.extract_support import sentence_parts

    assert sentence_parts(text, "kk") == parts


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # accepted: one of two named with another spelling in brackets; each their own
        # punishment
        (
            "Қалалық сот 2025 жылғы 30 қазанда Ақылбек Жұмабаев пен Бекнұр Тасұлына үкім шығарды. "
            "Судья Жұмабаевқа үш жыл бас бостандығын шектеу жазасын тағайындады. 29 жастағы "
            "Бекнұр Тасұлына (құжаттарында Бекнур Тасов) екі жыл бас бостандығын шектеу "
            "тағайындалды.",
            {
                "Жұмабаев": [("restriction_of_liberty", 36)],
                "Тасұлы": [("restriction_of_liberty", 24)],
            },
        ),
        # accepted: «айыппұл жазасына кесілді», sentenced in the passive
        (
            "2025 жылғы 26 қарашада қалалық сот Д.Ж. Есенов пен М.С. Қабиевке қатысты істі "
            "қарады. Сотталушы Даурен Жомартұлы Есенов 1 (бір) жыл бас бостандығын шектеу "
            "жазасына кесілді. Сотталушы Мейрамбек Серікұлы Қабиев 786 400 теңге айыппұл "
            "жазасына кесілді.",
            {
                "Есенов": [("restriction_of_liberty", 12)],
                "Қабиев": [("fine", None)],
            },
        ),
    ],
)
def test_kazakh_co_defendants_each_with_their_punishment(
    text: str, sentences: dict[str, list[tuple[str, int | None]]]
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


@pytest.mark.parametrize(
    ("operative", "outcome"),
    [
        # accepted: the verdict named by its date and whom it concerns, left unchanged
        (
            "Аудандық соттың 2025 жылғы 15 қыркүйектегі Гүлназ Серікқызына қатысты үкімі "
            "өзгеріссіз, сотталған адамның апелляциялық шағымы қанағаттандырусыз қалдырылсын.",
            "upheld",
        ),
        # refused: a sentence telling the verdict again with no decision on it decides nothing
        ("Аудандық соттың 2025 жылғы 15 қыркүйектегі үкімі туралы қорғаушы айтты.", None),
    ],
)
def test_a_kazakh_rulings_operative_part(operative: str, outcome: str | None) -> None:
    text = (
        "ҚАУЛЫ\n\nАтырау қаласы 2025 жылғы 11 желтоқсан\n\n"
        "Облыстық соттың апелляциялық сот алқасы аудандық соттың 2025 жылғы 15 қыркүйектегі "
        "үкімі бойынша Гүлназ Серікқызына 1 (бір) жыл мерзімге бас бостандығын шектеу "
        "жазасы тағайындалған қылмыстық істі апелляциялық шағым бойынша қарап,\n\n"
        f"ҚАУЛЫ ЕТТІ:\n\n{operative}\n"
    )
    [case] = extract_cases(text)
    ruling = next(e for e in case["events"] if e["kind"] == "appeal_ruling")
    assert ruling["appeal_outcome"] == outcome


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # refused: a verdict's preamble names the case by its charge: no charge that day
        (
            "Шалқар қаласы     2025 жылғы 30 қазан\n\nТәжібаев Құрманғазы Бекенұлына ҚР ҚК-нің "
            "174-бабының 1-бөлігі бойынша айып тағылған қылмыстық істі ашық сот отырысында "
            "қарап,\n\nҮКІМ ЕТТІ:\n\nТәжібаев Құрманғазы Бекенұлы кінәлі деп танылсын және оған 2 "
            "(екі) жыл 6 (алты) ай мерзімге бас бостандығын шектеу түріндегі жаза тағайындалсын.",
            [("verdict", "2025-10-30")],
        ),
        # accepted: a charge told as such; the act's own date after a colon is no event
        (
            "2026 жылғы 14 сәуірде аудандық сотта Әлия Мұратқызы Жақсылықованың ісі бойынша сот "
            "процесі басталды. Оған ҚК-нің 405-бабының 2-бөлігі бойынша айып тағылған: тергеу "
            "оны Telegram-арнасына 2025 жылғы 28 желтоқсанда мақала жазды деп айыптайды.",
            [("trial", "2026-04-14")],
        ),
    ],
)
def test_kazakh_preamble_charges_and_act_dates(text: str, kinds: list[tuple[str, str]]) -> None:
    [case] = extract_cases(text)
    assert [(e["kind"], e["date"]) for e in case["events"]] == kinds


@pytest.mark.parametrize(
    ("ruling", "events"),
    [
        # accepted: the punishment replaced by another kind, and the release in the courtroom,
        # in one dated sentence
        (
            "Бүгін, 2025 жылғы 25 қарашада, облыстық сотының апелляциялық алқасы жазаны 2 жыл "
            "бас бостандығын шектеумен алмастырып, әкемді сот залында босатты.",
            [
                ("verdict", "2025-08-07", None, [("imprisonment", 36)]),
                ("appeal_ruling", "2025-11-25", "reduced", [("restriction_of_liberty", 24)]),
                ("release", "2025-11-25", None, []),
            ],
        ),
        # refused: a release with no appeal told is only a release
        (
            "Бүгін, 2025 жылғы 25 қарашада, әкемді колониядан босатты.",
            [
                ("verdict", "2025-08-07", None, [("imprisonment", 36)]),
                ("release", "2025-11-25", None, []),
            ],
        ),
    ],
)
def test_a_kazakh_ruling_and_release_in_one_sentence(
    ruling: str, events: list[tuple[str, str, str | None, list[tuple[str, int]]]]
) -> None:
    text = (
        "2025 жылғы 7 тамызда аудандық сот Серік Тұрсынбекұлын ҚК-нің 274-бабының 2-бөлігі "
        "бойынша 3 жылға бас бостандығынан айырған еді. " + ruling
    )
    [case] = extract_cases(text)
    got = [
        (
            e["kind"],
            e["date"],
            e["appeal_outcome"],
            [(p["kind"], p["term_months"]) for p in e["sentence"]],
        )
        for e in case["events"]
    ]
    assert sorted(got) == sorted(events)


def test_a_kazakh_ruling_sending_the_case_back() -> None:
    text = (
        "27 қарашада облыстық сотының апелляциялық алқасы журналист Асылбек ТӘЖІБАЕВТЫҢ ісі "
        "бойынша қалалық сотының 2025 жылғы 18 қыркүйектегі үкімінің күшін жойып, істі жаңадан "
        "қарауға жіберді. Бірінші сатыдағы сот оған ҚК-нің 274-бабының 3-бөлігі бойынша 2 жыл "
        "бас бостандығын шектеу жазасын тағайындаған еді."
    )
    [case] = extract_cases(text)
    got = {
        e["kind"]: (e["appeal_outcome"], [(p["kind"], p["term_months"]) for p in e["sentence"]])
        for e in case["events"]
    }
    assert got == {
        "verdict": (None, [("restriction_of_liberty", 24)]),
        "appeal_ruling": ("sent_back", []),
    }


@pytest.mark.parametrize(
    ("after", "events"),
    [
        # accepted: held since a day, released after the verdict, in one sentence
        (
            "Ол 2026 жылғы 2 шілдеден бері тергеу изоляторында отырған еді, үкімнен кейін сот "
            "залында босатылды.",
            [("detention", "2026-07-02"), ("verdict", "2026-11-27"), ("release", "2026-11-27")],
        ),
        # accepted: released in the courtroom, told after the custody
        (
            "Ол 2026 жылғы 2 шілдеде ұсталып, тергеу изоляторында отырды. Ол сот залында "
            "босатылды.",
            [("detention", "2026-07-02"), ("verdict", "2026-11-27"), ("release", "2026-11-27")],
        ),
        # accepted: the custody told by a participle before the person, no comma
        (
            "2026 жылғы 2 шілдеден бері тергеу изоляторында отырған Әлімқұлова сот залында "
            "босатылды.",
            [("detention", "2026-07-02"), ("verdict", "2026-11-27"), ("release", "2026-11-27")],
        ),
        # refused: still held, no release
        (
            "Ол 2026 жылғы 2 шілдеден бері тергеу изоляторында отыр.",
            [("detention", "2026-07-02"), ("verdict", "2026-11-27")],
        ),
    ],
)
def test_a_kazakh_release_at_the_verdict(after: str, events: list[tuple[str, str]]) -> None:
    text = (
        "2026 жылғы 27 қарашада аудандық сот зейнеткер Бақытгүл Әлімқұловаға ҚК-нің 272-бабының "
        "3-бөлігі бойынша бір жыл бас бостандығын шектеу жазасын тағайындады. " + after
    )
    [case] = extract_cases(text)
    assert [(e["kind"], e["date"]) for e in case["events"]] == events


@pytest.mark.parametrize(
    ("third", "first_parts"),
    [
        # accepted: «Сонымен қатар оған ...» goes on about the person named just before
        (
            "Сонымен қатар оған 3 жыл мерзімге әлеуметтік желілерді пайдалануға тыйым салынды.",
            [("imprisonment", 72), ("ban_social_networks", 36)],
        ),
        # refused: nothing more told of the first, nothing more is theirs
        ("", [("imprisonment", 72)]),
    ],
)
def test_a_kazakh_pronoun_goes_on_about_the_person_before(
    third: str, first_parts: list[tuple[str, int | None]]
) -> None:
    text = (
        "2025 жылғы 22 шілдеде аудандық сот Ә. Н. Серікбаев пен Д. М. Әлиевке қатысты істі "
        "қарады.\n\nСерікбаев Әділет Нұрланұлы кінәлі деп танылып, оған 6 (алты) жыл мерзімге "
        "бас бостандығынан айыру жазасы тағайындалды. Жазасын орташа қауіпсіздік мекемесінде "
        f"өтейді. {third}\n\nӘлиев Дәурен Маратұлы кінәлі деп танылып, 2 (екі) жыл мерзімге бас "
        "бостандығын шектеу жазасына сотталды.\n"
    )
    got = {
        case["person"]["name"].split()[-1]: [
            (p["kind"], p["term_months"])
            for e in case["events"]
            if e["kind"] == "verdict"
            for p in e["sentence"]
        ]
        for case in extract_cases(text)
    }
    assert sorted(got["Серікбаев"], key=str) == sorted(first_parts, key=str)
    assert ("ban_social_networks", 36) not in got["Әлиев"]


@pytest.mark.parametrize(
    ("text", "language", "parts"),
    [
        # accepted (as no sentence): the law's maximum, in each language
        ("Бап бойынша ең ауыр жаза — жеті жылға дейін бас бостандығынан айыру.", "kk", []),
        ("Ей грозит до семи лет лишения свободы.", "ru", []),
        ("She faces up to seven years in prison if convicted.", "en", []),
        # refused: a punishment given keeps its term
        ("Сот оған жеті жылға бас бостандығынан айыру жазасын тағайындады.", "kk", [84]),
    ],
)
def test_the_laws_maximum_is_no_sentence(text: str, language: str, parts: list[int]) -> None:
    from bot.extract.blocks import Sentence
    from bot.extract.references import without_requests
    from bot.extract.sentence import find_parts

    told = without_requests(Sentence(0, text), language).text
    assert [p.term_months for p in find_parts(told, language)] == parts


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        # accepted: the board named again, a complaint left unsatisfied
        ("Алқа үкімнің күшін жойып, істі қайта қарауға жіберді.", "kk", "appeal_ruling"),
        ("Коллегия оставила жалобу без удовлетворения.", "ru", "appeal_ruling"),
        # refused: the bar association is no appeal board
        ("Алматы облыстық адвокаттар алқасының адвокаты сөйледі.", "kk", None),
    ],
)
def test_the_appeal_board_named_again(text: str, language: str, kind: str | None) -> None:
    from bot.extract.scopes import _event_kind

    assert _event_kind(text, language) == kind


@pytest.mark.parametrize(
    ("left", "right", "one"),
    [
        ("ұйғыр", "дүнген көршілері туралы хабарлама жіберген", True),  # two things, one verb
        ("ұйымның үндеулері", "бейнежазбаларын таратқан", True),
        ("митингте сөйлеген сөзі", "Facebook-тегі жазбалары", False),  # two nouns: two acts
        ("видео жариялаған", "пікір жазған", False),  # a verb each side: two acts
        # a quote closing the right side ends in the verb inside it
        (
            "Facebook-парақшасына қала әкімдігі",
            "зауыт басшылығын сынаған видео жариялап, онда «халықты айдап салған».",
            True,
        ),
        ("оның «Көктем» өлеңі", "«Жер» әні»", False),  # two works, no verb: two acts
    ],
)
def test_one_kazakh_act_across_and(left: str, right: str, one: bool) -> None:
    assert act_cues.one_act_across_and(left, right, "kk") is one


def test_a_co_defendants_act_after_al() -> None:
    text = (
        "2025 жылғы 22 шілдеде Сарыағаш аудандық соты Ә. Н. Серікбаев пен Д. М. Әлиевке "
        "қатысты қылмыстық істі қарады. Сот анықтағандай, Серікбаев 2024 жылғы 5 қазанда "
        "WhatsApp мессенджерінде топ құрған, ал Әлиев осы топта ұйымның үндеулері мен "
        "бейнежазбаларын таратқан."
    )
    acts = {
        c["person"]["name"]: [(a["date"], a["description"]) for a in c["acts"]]
        for c in extract_cases(text)
    }
    assert list(acts.values()) == [
        [("2024-10-05", "WhatsApp мессенджерінде топ құрған")],
        [(None, "осы топта ұйымның үндеулері мен бейнежазбаларын таратқан")],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Айыптау қорытындысына сәйкес, Досова 2025 жылғы 19 шілдеде газет сайтында мақала "
            "жариялаған.",
            [("2025-07-19", "газет сайтында мақала жариялаған")],
        ),
        (
            "Айыптау оның облыстық басқарма туралы мақаласына негізделген.",
            [(None, "облыстық басқарма туралы мақаласына")],
        ),
    ],
)
def test_more_kazakh_wordings_of_the_accusation(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    case = extract_cases(f"Ерлан Досов 2025 жылғы 5 тамызда ұсталды. {text}")[0]
    assert [(a["date"], a["description"]) for a in case["acts"]] == expected


def test_a_kazakh_chronology_and_this_poem_charged() -> None:
    chronology = (
        "ДОСОВТЫҢ ІСІ: ХРОНОЛОГИЯ\n\n"
        "🔹 2025 жылғы 1 мамыр — Instagram-да тұрғындарды жолды жабуға шақырған видео "
        "жариялады.\n"
        "🔹 2025 жылғы 6 мамыр — полиция ұстады.\n"
    )
    case = extract_cases("Ерлан Досов — белсенді.\n\n" + chronology)[0]
    assert [(a["date"], a["description"]) for a in case["acts"]] == [
        ("2025-05-01", "Instagram-да тұрғындарды жолды жабуға шақырған видео жариялады")
    ]
    poem = (
        "Ақын Ерлан Досов 2026 жылғы 22 қаңтарда сотталды. 2025 жылғы 16 қарашада айтыста ол "
        "инвесторларды «келімсектер» деп атаған өлең оқыды.[1] Осы өлең үшін оған ҚК-нің "
        "174-бабы бойынша қылмыстық іс қозғалды."
    )
    case = extract_cases(poem)[0]
    assert [(a["date"], a["description"]) for a in case["acts"]] == [
        ("2025-11-16", "айтыста ол инвесторларды «келімсектер» деп атаған өлең оқыды")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a note's label, then the deed told with its full date
            "«Құқық бюросының» ескертпесі: Досов 2025 жылғы 14 мамырда Facebook-тегі жазбасында "
            "шенеуніктерді ауданнан қууға шақырған.",
            [("2025-05-14", "Facebook-тегі жазбасында шенеуніктерді ауданнан қууға шақырған")],
        ),
        (  # a converb's comma joins one chain of deeds
            "Ол қозғалыстың арнасына ай сайын ақша аударып, оның эфирлерін ұйымдастыруға "
            "көмектескені үшін айыпталды.",
            [
                (
                    None,
                    "қозғалыстың арнасына ай сайын ақша аударып, оның эфирлерін "
                    "ұйымдастыруға көмектескені",
                )
            ],
        ),
    ],
)
def test_a_kazakh_deed_told_and_a_chain_of_deeds(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    case = extract_cases(f"Ерлан Досов 2025 жылғы 5 тамызда ұсталды. {text}")[0]
    assert [(a["date"], a["description"]) for a in case["acts"]] == expected


def test_the_article_and_the_offence_quoted_is_no_act() -> None:
    assert act_cues.offence_name(
        "Журналист ҚК-нің 274-бабының 3-бөлігі бойынша «көрінеу жалған ақпарат таратты»"
    )
    assert not act_cues.offence_name("«Шындық» арнасында 274-бабы туралы видео жариялаған")


def test_the_court_established_that_he_did() -> None:
    text = (
        "2023 жылғы 11 қазанда Теміртау қалалық соты Ерлан ДОСОВҚА қатысты қылмыстық істі "
        "қарады. Сот 2023 жылғы 2 маусымда сотталушы Facebook желісінде араздықты қоздыратын "
        "пікірлер жариялағанын анықтады."
    )
    case = extract_cases(text)[0]
    assert [(a["date"], a["description"]) for a in case["acts"]] == [
        ("2023-06-02", "Facebook желісінде араздықты қоздыратын пікірлер жариялаған")
    ]


def test_he_opening_a_kazakh_act_is_no_part_of_it() -> None:
    text = (
        "Ерлан Досов 2025 жылғы 5 тамызда ұсталды. Айыптау бойынша, ол ұйымға ақша аударған "
        "және ұйымның видеоларын таратқан."
    )
    case = extract_cases(text)[0]
    assert [a["description"] for a in case["acts"]] == [
        "ұйымға ақша аударған",
        "ұйымның видеоларын таратқан",
    ]


def test_where_the_person_sat_is_no_part_of_the_act() -> None:
    text = (
        "2025 жылғы 3 қазанда Тараз қалалық соты Ерлан Досовқа қатысты үкім шығарды. Сот "
        "анықтағандай, сотталушы 2025 жылғы 12 мамырда өз үйінде отырып, Facebook желісінде "
        "бейнежазба орналастырған."
    )
    case = extract_cases(text)[0]
    assert [(a["date"], a["description"]) for a in case["acts"]] == [
        ("2025-05-12", "Facebook желісінде бейнежазба орналастырған")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Оны 2025 жылғы 12 мамырда WhatsApp тобына дауыстық хабарлама жібергені үшін "
            "айыптап отыр.",
            [("2025-05-12", "WhatsApp тобына дауыстық хабарлама жібергені")],
        ),
        (
            "Белсендіге Facebook-та жариялаған жазбасы үшін айып тағылды.",
            [(None, "Facebook-та жариялаған жазбасы")],
        ),
        (
            "Досовқа 2025 жылғы 12 мамырда Facebook-та жариялаған жазбасы үшін ҚК-нің 174-бабы "
            "бойынша айып тағылды.",
            [("2025-05-12", "Facebook-та жариялаған жазбасы")],
        ),
        (
            "Досовты Telegram-арнада ұйымның материалдарын таратты деп айыптайды.",
            [(None, "Telegram-арнада ұйымның материалдарын таратты")],
        ),
        (
            "Тергеу мәліметінше, Досов 2025 жылғы наурызда қозғалысқа 5 000 теңге аударған.",
            [(None, "қозғалысқа 5 000 теңге аударған")],
        ),
        (
            "Сотталушы Досов 2025 жылғы 12 мамырда Instagram-да әкімдікті сынаған видео "
            "жариялаған.",
            [("2025-05-12", "Instagram-да әкімдікті сынаған видео жариялаған")],
        ),
    ],
)
def test_kazakh_wordings_of_the_charge(text: str, expected: list[tuple[str | None, str]]) -> None:
    case = extract_cases(f"Ерлан Досов 2025 жылғы 1 маусымда ұсталды. {text}")[0]
    assert [(a["date"], a["description"]) for a in case["acts"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Сот тергеуі барысында сотталушының 2025 жылғы 12 мамырда Facebook-та әкімді сынаған "
            "жазба жариялағаны дәлелденді.",
            [("2025-05-12", "Facebook-та әкімді сынаған жазба жариялаған")],
        ),
        (
            "Прокурордың айтуынша, Досов Facebook-та жалған ақпарат таратқан.",
            [(None, "Facebook-та жалған ақпарат таратқан")],
        ),
    ],
)
def test_proven_and_the_prosecutor_says(text: str, expected: list[tuple[str | None, str]]) -> None:
    case = extract_cases(f"Ерлан Досов 2025 жылғы 1 маусымда ұсталды. {text}")[0]
    assert [(a["date"], a["description"]) for a in case["acts"]] == expected


def test_acts_listed_after_tergeu_derekteri_boiynsha_ol() -> None:
    text = (
        "Ерлан Досов 2025 жылғы 1 маусымда ұсталды.\n\nТергеу деректері бойынша, ол:\n"
        "- 2025 жылғы 3 мамырда Facebook-та видео жариялаған;\n"
        "- 2025 жылғы 5 маусымда митингке шақырған.\n"
    )
    case = extract_cases(text)[0]
    assert [(a["date"], a["description"]) for a in case["acts"]] == [
        ("2025-05-03", "Facebook-та видео жариялаған"),
        ("2025-06-05", "митингке шақырған"),
    ]


def test_the_offence_in_kazakh_words_gives_way_to_the_deed() -> None:
    text = (
        "Ерлан Досов 2025 жылғы 1 маусымда ұсталды. Ол көрінеу жалған ақпарат таратқаны үшін "
        "айыпталды. Тергеу деректері бойынша, ол Facebook-та аудан әкімі туралы жазба "
        "жариялаған."
    )
    case = extract_cases(text)[0]
    assert [a["description"] for a in case["acts"]] == [
        "Facebook-та аудан әкімі туралы жазба жариялаған"
    ]


def test_sondai_aq_tells_another_act() -> None:
    text = (
        "Ерлан Досов 2025 жылғы 1 маусымда ұсталды. Тергеу деректері бойынша, ол қозғалыстың "
        "парақшаларын таратқан, сондай-ақ оған 10 000 теңге аударған."
    )
    case = extract_cases(text)[0]
    assert [a["description"] for a in case["acts"]] == [
        "қозғалыстың парақшаларын таратқан",
        "оған 10 000 теңге аударған",
    ]


def test_a_names_other_spelling_in_brackets_is_no_part_of_the_act() -> None:
    text = (
        "Ерлан ДОСОВ 2025 жылғы 1 маусымда ұсталды. Ерлан ДОСОВ (Yerlan Dosov) YouTube "
        "арнасында облыс әкімін сынағаны үшін айыпталды."
    )
    case = extract_cases(text)[0]
    assert [a["description"] for a in case["acts"]] == ["YouTube арнасында облыс әкімін сынағаны"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an age and the surname, a time without a day
            "Тергеу деректері бойынша, 43 жастағы Досов 2024 жылы Facebook-тегі парақшасында "
            "қозғалыстың бейнежазбаларын бөліскен.",
            "Facebook-тегі парақшасында қозғалыстың бейнежазбаларын бөліскен",
        ),
        (  # where from and a role
            "Айыптау бойынша, түркістандық журналист облыстық ауруханадағы жемқорлық туралы "
            "мақала жариялаған.",
            "облыстық ауруханадағы жемқорлық туралы мақала жариялаған",
        ),
        (  # an apposition between dashes
            "Тергеу деректері бойынша, 33 жастағы Досов — жеке кәсіпкер — Facebook парақшасында "
            "пост жариялаған.",
            "Facebook парақшасында пост жариялаған",
        ),
    ],
)
def test_who_did_it_is_no_part_of_a_kazakh_act(text: str, expected: str) -> None:
    case = extract_cases(f"Ерлан Досов 2025 жылғы 1 маусымда ұсталды. {text}")[0]
    assert [a["description"] for a in case["acts"]] == [expected]


def test_an_act_told_in_a_relatives_quote() -> None:
    text = (
        "Ерлан Досов 2025 жылғы 1 маусымда ұсталды. «Ол тек су тасқыны туралы видео бөлісті», "
        "— дейді әйелі."
    )
    case = extract_cases(text)[0]
    assert [a["description"] for a in case["acts"]] == ["су тасқыны туралы видео бөлісті"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Оған Facebook-тағы жазбасы үшін айыппұл салынды.", ["Facebook-тағы жазбасы"]),
        (
            "Ол Instagram-дағы видеосы үшін 2 жылға бас бостандығынан айырылды.",
            ["Instagram-дағы видеосы"],
        ),
    ],
)
def test_fined_or_jailed_for_a_post(text: str, expected: list[str]) -> None:
    case = extract_cases(f"Ерлан Досов 2025 жылғы 1 маусымда ұсталды. {text}")[0]
    assert [a["description"] for a in case["acts"]] == expected


@pytest.mark.parametrize(
    ("sentence", "mentions"),
    [
        # refused as a given name: a word in the locative opening a sentence ("in the video"),
        # a conjunction, a role noun with a possessive ending ("our lawyer")
        ("Бейнежазбада Жаманқұлов инспектормен дауласып тұр.", []),
        ("Ал Жаманқұлов журналистерге бір-ақ сөз айтты.", []),
        ("Адвокатымыз Бауыржан Тілеуов шағым дайындап жатыр.", [["Бауыржан", "Тілеуов"]]),
        # accepted: a given name in «-зада» is no locative
        ("Айзада Серікова сотталды.", [["Айзада", "Серікова"]]),
    ],
)
def test_a_kazakh_word_that_only_looks_like_a_given_name(
    sentence: str, mentions: list[list[str]]
) -> None:
    from bot.extract.names import find_title_mentions

    found = find_title_mentions("Сот үкім шығарды. " + sentence)
    assert [m.words for m in found] == mentions


def test_a_kazakh_feature_naming_the_person_after_in_the_video_and_but_is_one_case() -> None:
    text = (
        "2026 жылғы 9 қазанда Арал аудандық соты 52 жастағы балықшы Нұрлыбек Жаманқұловқа "
        "1 жыл бас бостандығын шектеу жазасын тағайындады. Бейнежазбада Жаманқұлов "
        "инспектормен дауласып тұрғаны көрінеді. Ал Жаманқұлов журналистерге бір-ақ сөз айтты."
    )
    assert [case["person"]["name"] for case in extract_cases(text)] == ["Нұрлыбек Жаманқұлов"]


@pytest.mark.parametrize(
    ("description", "act", "who"),
    [
        # a town named after a person after the one who did it is the place, not a name
        (
            "Бекжанов Қонаев қалалық әкімдігінің алдында жиын ұйымдастырған",
            "Қонаев қалалық әкімдігінің алдында жиын ұйымдастырған",
            "Бекжанов",
        ),
        (
            "Бекжанов Қонаев қаласында жиын ұйымдастырған",
            "Қонаев қаласында жиын ұйымдастырған",
            "Бекжанов",
        ),
        # a given name, then the surname: both are who did it
        (
            "Айгерім Тоқтарова Facebook-та пост жариялаған",
            "Facebook-та пост жариялаған",
            "Тоқтарова",
        ),
    ],
)
def test_a_town_named_after_a_person_is_no_name(description: str, act: str, who: str) -> None:
    assert act_spans.without_lead(description, "kk") == (act, who)


@pytest.mark.parametrize(
    ("language", "description", "act", "who"),
    [
        # initials before or after the surname, a courtesy title: all of who did it
        (
            "kk",
            "Б. Қ. Нұрланов Telegram-арнада үндеу жариялаған",
            "Telegram-арнада үндеу жариялаған",
            "Нұрланов",
        ),
        (
            "kk",
            "Нұрланов Б. Қ. Telegram-арнада үндеу жариялаған",
            "Telegram-арнада үндеу жариялаған",
            "Нұрланов",
        ),
        (
            "en",
            "Mr. Nurlanov posted an appeal on Telegram",
            "posted an appeal on Telegram",
            "Nurlanov",
        ),
        (
            "en",
            "B. K. Nurlanov, acting on his own, posted an appeal on Telegram",
            "posted an appeal on Telegram",
            "Nurlanov",
        ),
        (
            "ru",
            "Б. К. Нурланов разместил обращение в Telegram",
            "разместил обращение в Telegram",
            "Нурланов",
        ),
        # two people did it: the act is not one's alone
        (
            "kk",
            "Нұрланов пен Б. Сәкенов жиын ұйымдастырған",
            "жиын ұйымдастырған",
            None,
        ),
        (
            "en",
            "Nurlanov and B. Sakenov organised a gathering",
            "organised a gathering",
            None,
        ),
        (
            "ru",
            "Нурланов и Сакенов организовали собрание",
            "организовали собрание",
            None,
        ),
        # the month and year after the last day of a period are the time's, not the deed's
        (
            "ru",
            "Нурланов в период с 3 по 17 апреля 2026 года разместил обращение в Telegram",
            "разместил обращение в Telegram",
            "Нурланов",
        ),
        # refused: a capitalised word that is no surname stays in the deed
        (
            "en",
            "Telegram users posted an appeal",
            "Telegram users posted an appeal",
            None,
        ),
    ],
)
def test_initials_titles_and_a_second_doer_before_the_deed(
    language: str, description: str, act: str, who: str | None
) -> None:
    assert act_spans.without_lead(description, language) == (act, who)


@pytest.mark.parametrize(
    ("second", "date"),
    [
        # at the gathering told before: its day
        ("ал Сәрсенғалиева сол жиынға қатысып, мегафонмен сөз сөйлеген", "2026-07-06"),
        # in a chat, which lasts: no day of its own
        ("ал Сәрсенғалиева сол чатқа видео жіберген", None),
    ],
)
def test_a_co_defendants_act_at_the_same_gathering(second: str, date: str | None) -> None:
    text = (
        "Қонаев қалалық соты 2026 жылғы 11 қарашада Нұрлан Бекжанов пен Айгерім "
        "Сәрсенғалиеваны кінәлі деп таныды.\n\nСудья Бекжановқа бір жыл бас бостандығын шектеу "
        "жазасын тағайындады. Сәрсенғалиеваға 100 АЕК айыппұл салынды.\n\nАйыптау бойынша, "
        "Бекжанов 2026 жылғы 6 шілдеде Қонаев қалалық әкімдігі ғимаратының алдында рұқсатсыз "
        f"жиын ұйымдастырған, {second}.\n"
    )
    acts = {
        c["person"]["name"]: [(a["date"], a["description"]) for a in c["acts"]]
        for c in extract_cases(text)
    }
    assert acts["Нұрлан Бекжанов"] == [
        ("2026-07-06", "Қонаев қалалық әкімдігі ғимаратының алдында рұқсатсыз жиын ұйымдастырған")
    ]
    assert [d for d, _ in acts["Айгерім Сәрсенғалиева"]] == [date]


@pytest.mark.parametrize(
    ("clause", "act", "who"),
    [
        # a court's release: who the person is, up to the initials and the surname
        (
            "Ақсай қаласының тұрғыны, бұрын сотталмаған, жеке кәсіпкер А.Қ. Есімқұлов 2026 "
            "жылғы 12 сәуірде WhatsApp тобында үндеулері бар бейнежазбаларды таратқан",
            "WhatsApp тобында үндеулері бар бейнежазбаларды таратқан",
            "Есімқұлов",
        ),
        (
            "Д.Ж. Есенғалиев Telegram-арнада жалған ақпарат таратқан",
            "Telegram-арнада жалған ақпарат таратқан",
            "Есенғалиев",
        ),
        # a name in another case inside the act is no lead: the act stays whole
        (
            "WhatsApp тобында Б. Сейтқалиевтің үндеулері бар бейнежазбаларды таратқан",
            "WhatsApp тобында Б. Сейтқалиевтің үндеулері бар бейнежазбаларды таратқан",
            None,
        ),
    ],
)
def test_who_did_it_by_initials_and_surname(clause: str, act: str, who: str | None) -> None:
    found = acts._act(clause, "kk")
    assert (found["description"], found.get("told_of")) == (act, who)


@pytest.mark.parametrize(
    ("act_told", "act"),
    [
        # the day inside the deed's clause, its verb last before «үшін»: the deed's day
        (
            "Ол 2026 жылғы 2 маусымда WhatsApp топтарына су құбыры туралы аудиохабарлама "
            "таратқаны үшін айыпталған.",
            ("2026-06-02", "WhatsApp топтарына су құбыры туралы аудиохабарлама таратқаны"),
        ),
        # a thing, no verb: the day is the arrest's
        (
            "Ол 2026 жылғы 2 маусымда су құбыры туралы аудиохабарламасы үшін ұсталған.",
            (None, "су құбыры туралы аудиохабарламасы"),
        ),
    ],
)
def test_a_day_inside_the_deeds_clause(act_told: str, act: tuple) -> None:
    text = (
        "Өскемен қалалық соты зейнеткер Людмила ПЕТРЕНКОҒА 300 сағат қоғамдық жұмыстарға "
        f"тарту жазасын тағайындады. {act_told}"
    )
    [case] = extract_cases(text)
    assert [(a["date"], a["description"]) for a in case["acts"]] == [act]


@pytest.mark.parametrize(
    ("told", "act"),
    [
        # the code's name before the article, the offence's name in brackets after: cut
        (
            "TikTok-қа жемқорлық туралы видео салғаны үшін ҚК-нің 174-бабының 1-бөлігі бойынша "
            "(әлеуметтік алауыздықты қоздыру)",
            "TikTok-қа жемқорлық туралы видео салғаны",
        ),
        (
            "Facebook-та пост жариялағаны үшін ҚР ҚК 274-бабы бойынша",
            "Facebook-та пост жариялағаны",
        ),
        # a bracket with a figure is no offence's name: it stays
        ("TikTok-қа видео (2 минуттық) салғаны", "TikTok-қа видео (2 минуттық) салғаны"),
    ],
)
def test_the_article_with_its_code_and_offence_name_is_cut(told: str, act: str) -> None:
    assert acts._act(told, "kk")["description"] == act


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # "that day": the one day the sentence before gives
        (
            "Нұрлыбек Жаманқұлов 2026 жылғы 2 қазанда сотталды. 2026 жылғы 18 мамырда ауыл "
            "маңында дау шықты. Айыптау нұсқасы бойынша, сол күні Жаманқұлов инспектордың "
            "бейнетіркегішін сындырған.",
            ("2026-05-18", "инспектордың бейнетіркегішін сындырған"),
        ),
        (
            "Ерлан Досов осуждён 2 октября 2026 года. 18 мая 2026 года у села произошёл "
            "конфликт. По версии следствия, в тот же день Досов разбил видеорегистратор "
            "инспектора.",
            ("2026-05-18", "разбил видеорегистратор инспектора"),
        ),
        # the sentence before gives no day: none
        (
            "Нұрлыбек Жаманқұлов 2026 жылғы 2 қазанда сотталды. Ауыл маңында дау шықты. "
            "Айыптау нұсқасы бойынша, сол күні Жаманқұлов инспектордың бейнетіркегішін "
            "сындырған.",
            (None, "инспектордың бейнетіркегішін сындырған"),
        ),
    ],
)
def test_an_act_told_that_day(text: str, act: tuple) -> None:
    [case] = extract_cases(text)
    assert [(a["date"], a["description"]) for a in case["acts"]] == [act]


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        (
            "Іс материалдарына сәйкес, ол 2026 жылғы 12 сәуірде WhatsApp тобында "
            "бейнежазбаларды таратқан.",
            ("2026-04-12", "WhatsApp тобында бейнежазбаларды таратқан"),
        ),
        # the case materials were sent to court: no deed
        ("Іс материалдары сотқа 2026 жылғы 1 қыркүйекте жіберілді.", None),
    ],
)
def test_what_the_case_materials_say_in_kazakh(sentence: str, act: tuple | None) -> None:
    text = f"Асхат Есімқұлов 2026 жылғы 5 қарашада сотталды. {sentence}"
    [case] = extract_cases(text)
    assert [(a["date"], a["description"]) for a in case["acts"]] == ([act] if act else [])


@pytest.mark.parametrize(
    ("before", "date"),
    [
        ("Қалиев 2026 жылғы 12 ақпанда бейнеүндеу жазды.", "2026-02-12"),
        ("Зауыт жұмысын жалғастырды.", None),  # no day before: none
    ],
)
def test_a_deed_told_plainly_that_day_in_kazakh(before: str, date: str | None) -> None:
    text = (
        "Динара Омарова 2026 жылғы 2 шілдеде ҚК-нің 272-бабы бойынша сотталды. "
        f"{before} Сол күні Омарова видеоны чатқа жіберген."
    )
    [case] = extract_cases(text)
    assert [(a["date"], a["description"]) for a in case["acts"]] == [
        (date, "видеоны чатқа жіберген")
    ]


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        (
            "Тергеу органының мәліметінше, ол 2026 жылғы 3 мамырда митингке шақыратын пост "
            "жариялаған.",
            ("2026-05-03", "митингке шақыратын пост жариялаған"),
        ),
        (
            "Прокуратураның айтуынша, Беков 2026 жылғы 3 мамырда митингке шақыратын пост "
            "жариялаған.",
            ("2026-05-03", "митингке шақыратын пост жариялаған"),
        ),
    ],
)
def test_what_the_investigating_body_says_he_did(sentence: str, act: tuple) -> None:
    [case] = extract_cases(f"Арман Беков 2026 жылғы 10 мамырда ұсталды. {sentence}")
    assert [(a["date"], a["description"]) for a in case["acts"]] == [act]


@pytest.mark.parametrize(
    ("told", "act"),
    [
        # who saw the work is no part of the deed
        (
            "Айыптау бойынша, ол 2026 жылғы 3 мамырда Instagram-да әкімді сынаған видео "
            "жариялап, оны 5 мың адам көрген.",
            ("2026-05-03", "Instagram-да әкімді сынаған видео жариялап"),
        ),
        # a second deed of his on the work stays
        (
            "Айыптау бойынша, ол 2026 жылғы 3 мамырда Instagram-да видео жариялап, оны "
            "WhatsApp-та таратқан.",
            ("2026-05-03", "Instagram-да видео жариялап, оны WhatsApp-та таратқан"),
        ),
    ],
)
def test_what_stays_of_a_kazakh_act(told: str, act: tuple) -> None:
    [case] = extract_cases(f"Арман Беков 2026 жылғы 10 мамырда ұсталды. {told}")
    assert [(a["date"], a["description"]) for a in case["acts"]] == [act]


@pytest.mark.parametrize(
    ("sentence", "acts_told"),
    [
        (
            "Үкімге сәйкес, Беков 2026 жылғы 3 мамырда Facebook-та әкімді балағаттаған.",
            [("2026-05-03", "Facebook-та әкімді балағаттаған")],
        ),
        # two days joined by «мен»: one act on each
        (
            "Оған 2026 жылғы 3 мамыр мен 5 мамырда жариялаған екі посты үшін айып тағылды.",
            [("2026-05-05", "жариялаған екі посты"), ("2026-05-03", "жариялаған екі посты")],
        ),
        # the verdict's entry into force is no deed
        ("Үкімге сәйкес, жаза 2026 жылғы 1 шілдеде күшіне енеді.", []),
    ],
)
def test_what_the_verdict_says_and_two_days(sentence: str, acts_told: list) -> None:
    [case] = extract_cases(f"Арман Беков 2026 жылғы 10 маусымда сотталды. {sentence}")
    assert [(a["date"], a["description"]) for a in case["acts"]] == acts_told


@pytest.mark.parametrize(
    ("line", "acts_told"),
    [
        # a list's line: the act, «үшін», the article and the term's noun
        (
            "1. Бауыржан ҚАЛИБЕКОВ (Шымкент), 45 жаста, имам – YouTube-тағы уағыздары үшін "
            "ҚК-нің 174-бабы бойынша 5 жыл бас бостандығынан айыру; 2026 жылғы 2 қазан.",
            ["YouTube-тағы уағыздары"],
        ),
        # the term alone: no act
        (
            "1. Бауыржан ҚАЛИБЕКОВ (Шымкент), 45 жаста, имам – ҚК-нің 174-бабы бойынша 5 жыл "
            "бас бостандығынан айыру; 2026 жылғы 2 қазан.",
            [],
        ),
    ],
)
def test_a_kazakh_lists_act_then_term(line: str, acts_told: list) -> None:
    [case] = extract_cases(line)
    assert [a["description"] for a in case["acts"]] == acts_told


# --- sentences and events as rights groups' lists word them (issue 15, h17b) ------------------

_REDUCED = (
    "Саяси уәжді қудалау: 2026 жылғы қараша\n\nАпелляция:\n• Бекзат ОРАЗАЛИЕВ (Ақтау), 29 жаста, "
    "блогер – Маңғыстау облыстық сотының апелляциялық алқасы 24 қарашада Ақтау қалалық сотының "
    "9 қыркүйектегі үкімімен ҚК-нің 174-бабының 1-бөлігі бойынша тағайындалған 3 жыл бас "
    "бостандығынан айыру жазасын 2 жыл бас бостандығын шектеуге ауыстырды. 2 маусымнан бері "
    "қамауда отырған Оразалиев сот залында босатылды."
)


@pytest.mark.parametrize(
    ("text", "events", "sentence"),
    [
        # accepted: the verdict named by a day without its year, its punishment replaced; held
        # since a day in a participle clause, then released in the courtroom
        (
            _REDUCED,
            [
                ("detention", "2026-06-02"),
                ("verdict", "2026-09-09"),
                ("appeal_ruling", "2026-11-24"),
                ("release", "2026-11-24"),
            ],
            [
                ("verdict", "imprisonment", 36, None, None),
                ("appeal_ruling", "restriction_of_liberty", 24, None, None),
            ],
        ),
        # refused: a verdict left unchanged replaces nothing; the whole punishment stands
        (
            "Маңғыстау облыстық сотының апелляциялық алқасы 2026 жылғы 24 қарашада Ақтау қалалық "
            "сотының 9 қыркүйектегі Бекзат Оразалиевке қатысты үкімін өзгеріссіз қалдырды. "
            "Оразалиев 3 жыл бас бостандығынан айырылған.",
            [("verdict", "2026-09-09"), ("appeal_ruling", "2026-11-24")],
            [
                ("verdict", "imprisonment", 36, None, None),
                ("appeal_ruling", "imprisonment", 36, None, None),
            ],
        ),
    ],
)
def test_a_replaced_punishment_is_the_verdicts(
    text: str, events: list[tuple[str, str]], sentence: list[tuple[object, ...]]
) -> None:
    from bench.extract import case_fields

    [case] = extract_cases(text)
    fields = case_fields(case)
    assert fields["events"] == events
    assert fields["sentence"] == sentence


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # accepted as a request: Kazakh names what was asked for before the verb, across commas
        (
            "Прокурор жарыссөзде Бекжановқа екі жыл бас бостандығын шектеуді, "
            "Сәрсенғалиеваға 200 АЕК айыппұл салуды сұраған еді.",
            "",
        ),
        # refused: the court's own decision before the prosecutor's clause stays
        (
            "Сот оған бір жыл бас бостандығын шектеу жазасын тағайындады, прокурор екі жыл "
            "сұраған еді.",
            "Сот оған бір жыл бас бостандығын шектеу жазасын тағайындады,",
        ),
        (
            "Сот оған бір жыл бас бостандығын шектеу жазасын тағайындады, ал прокурор екі жыл "
            "сұраған еді.",
            "Сот оған бір жыл бас бостандығын шектеу жазасын тағайындады,",
        ),
    ],
)
def test_a_kazakh_request_reaches_back_to_the_courts_clause(text: str, kept: str) -> None:
    from bot.extract.blocks import Sentence
    from bot.extract.references import without_requests

    assert " ".join(without_requests(Sentence(0, text), "kk").text.split()).rstrip(". ") == kept


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # accepted: a ban on posting in telecommunication networks is a social-network ban
        (
            "Сонымен қатар ол 2 (екі) жыл мерзімге телекоммуникация желілерінде материалдар "
            "орналастыруға байланысты қызметпен айналысу құқығынан айырылды.",
            [("ban_social_networks", 24)],
        ),
        # refused: the charge's networks («желілерін пайдаланып ... таратты») ban nothing
        (
            "Ол телекоммуникация желілерін пайдаланып 2 жыл бойы жалған ақпарат таратты деп "
            "айыпталды.",
            [],
        ),
    ],
)
def test_a_ban_on_posting_online(text: str, parts: list[tuple[str, int]]) -> None:
    from bot.extract.sentence import find_parts

    assert [(p.kind, p.term_months) for p in find_parts(text, "kk")] == parts


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Оған жарты жылға бас бостандығын шектеу жазасы тағайындалды.", 6),  # half a year
        ("Оған бір жылға бас бостандығын шектеу жазасы тағайындалды.", 12),  # a year, no half
    ],
)
def test_half_a_year_in_kazakh(text: str, months: int) -> None:
    from bot.extract.sentence import find_parts

    assert [(p.kind, p.term_months) for p in find_parts(text, "kk")] == [
        ("restriction_of_liberty", months)
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # accepted: a case that began to be heard (the passive)
        ("Оның ісі 1 наурызда Тараз қалалық сотында қарала бастады.", "trial"),
        # refused: a case to be heard later is no trial yet; a post that began to spread is not
        ("Оның ісі келесі айда қаралады.", None),
        ("Жазба әлеуметтік желіде тарала бастады.", None),
    ],
)
def test_a_case_began_to_be_heard(text: str, kind: str | None) -> None:
    from bot.extract.scopes import _event_kind

    assert _event_kind(text, "kk") == kind


@pytest.mark.parametrize(
    ("text", "appeal", "outcome"),
    [
        # accepted: the prosecution's appeal granted and a prison term imposed instead
        (
            "Тараз қалалық соты 2026 жылғы 3 наурызда белсенді Нұрлан Әбеновті 2 жыл бас "
            "бостандығын шектеуге соттады. Жамбыл облыстық сотының апелляциялық алқасы 2026 "
            "жылғы 20 мамырда прокурордың наразылығын қанағаттандырып, оған 2 жыл бас "
            "бостандығынан айыру жазасын тағайындады.",
            [("appeal_ruling", "imprisonment", 24, None, None)],
            "increased",
        ),
        (
            "On 3 March 2026, the Taraz city court sentenced activist Nurlan Abenov to two years "
            "of restricted freedom. On 20 May 2026, the regional court granted the prosecutor's "
            "appeal and sentenced him to two years in prison.",
            [("appeal_ruling", "imprisonment", 24, None, None)],
            "increased",
        ),
        # refused: a ruling that tells the verdict again keeps it
        (
            "Тараз қалалық соты 2026 жылғы 3 наурызда белсенді Нұрлан Әбеновті 2 жыл бас "
            "бостандығын шектеуге соттады. Жамбыл облыстық сотының апелляциялық алқасы 2026 "
            "жылғы 20 мамырда үкімді өзгеріссіз қалдырды.",
            [("appeal_ruling", "restriction_of_liberty", 24, None, None)],
            "upheld",
        ),
    ],
)
def test_the_prosecutions_appeal_granted_with_a_new_punishment(
    text: str, appeal: list[tuple[object, ...]], outcome: str
) -> None:
    from tests.extract_support import appeal_reading

    after_appeal, outcomes = appeal_reading(text)
    assert after_appeal == appeal
    assert outcomes == [(outcome,)]


@pytest.mark.parametrize(
    ("second", "parts"),
    [
        # the prosecutor's request for each, clause by clause: nobody's punishment
        (
            "Прокурор жарыссөзде Бекжановқа екі жыл бас бостандығын шектеуді, Сәрсенғалиеваға "
            "200 АЕК айыппұл салуды сұраған еді.",
            [("restriction_of_liberty", 12)],
        ),
        # a verdict's clause before the request's stays the verdict
        (
            "Бекжанов бір жылға бас бостандығын шектеуге сотталды, ал прокурор екі жыл "
            "сұраған еді.",
            [("restriction_of_liberty", 12)],
        ),
    ],
)
def test_a_kazakh_request_governs_each_clause_it_asks_for(
    second: str, parts: list[tuple[str, int]]
) -> None:
    (case,) = extract_cases(
        "2026 жылғы 20 қарашада аудандық сот белсенді Нұрлан БЕКЖАНОВҚА бір жыл бас "
        "бостандығын шектеу жазасын тағайындады. " + second
    )
    verdict = next(e for e in case["events"] if e["kind"] == "verdict")
    assert [(p["kind"], p["term_months"]) for p in verdict["sentence"]] == parts


_OTHER_PERSON_THEN_LINK = (
    "Дәурен Сапарғалиев – «Үштөбе таңы» газетінің бұрынғы тілшісі. Журналистке ҚК-нің "
    "274-бабының 2-бөлігі бойынша айып тағылды. Сот процесі 2026 жылғы 17 қарашада Қаратал "
    "аудандық сотында басталды.\n\n"
    "Иә. 2024 жылы Сапарғалиевке ӘҚБтК бойынша 15 АЕК айыппұл салынған. Ал оның арнасында "
    "сұхбат берген зейнеткер Күләш Омарова 2025 жылы «жала жапқаны» үшін әкімшілік "
    "жауапкершілікке тартылып, айыппұл төлеген.\n\n"
)


@pytest.mark.parametrize(
    ("footer", "sources"),
    [
        # the link closing a story of one case is its source, though a paragraph naming
        # someone else (a pensioner fined) came between (h18d)
        (
            "https://jetisu.example.kz/kk/saparghaliev-isi\n",
            ["https://jetisu.example.kz/kk/saparghaliev-isi"],
        ),
        # refused: a last paragraph naming someone else is no footer
        ("Күләш Омарованың ісі туралы: https://jetisu.example.kz/kk/omarova\n", []),
    ],
)
def test_the_link_closing_a_story_of_one_case(footer: str, sources: list[str]) -> None:
    [case] = extract_cases(_OTHER_PERSON_THEN_LINK + footer)
    assert [s["url"] for s in case["sources"]] == sources


@pytest.mark.parametrize(
    ("text", "name", "occupation"),
    [
        # a trade in brackets right after a name is that name's
        (
            "белсенділер Бауыржан Сыздықов (41 жаста, жеке кәсіпкер) пен Динара Әлімжанова "
            "(36 жаста, бастауыш сынып мұғалімі) ұсталды.",
            "Бауыржан Сыздықов",
            "белсенді, жеке кәсіпкер",
        ),
        (
            "белсенділер Бауыржан Сыздықов (41 жаста, жеке кәсіпкер) пен Динара Әлімжанова "
            "(36 жаста, бастауыш сынып мұғалімі) ұсталды.",
            "Динара Әлімжанова",
            "белсенді, бастауыш сынып мұғалімі",
        ),
        (
            "Dana Omarova (45, a nurse) and Aidos Sadykov (38, a welder) were detained.",
            "Aidos Sadykov",
            "welder",
        ),
        # a school's level goes with the class or school the trade is of
        (
            "Динара Әлімжанова, орта мектеп мұғалімі, ұсталды.",
            "Динара Әлімжанова",
            "орта мектеп мұғалімі",
        ),
        # refused: brackets no name opens; a level not before the tied word
        ("Динара Әлімжанова ұсталды (ол мектеп мұғалімі).", "Динара Әлімжанова", "мектеп мұғалімі"),
        ("Динара Әлімжанова, орта жастағы мұғалім, ұсталды.", "Динара Әлімжанова", "мұғалім"),
    ],
)
def test_a_trade_in_brackets_after_a_name_and_a_schools_level(
    text: str, name: str, occupation: str
) -> None:
    from bot.extract.occupation import _occupation

    language = "en" if text.isascii() else "kk"
    people = re.findall(r"[A-ZА-ЯӘҒҚҢӨҰҮҺІ]\w+ [A-ZА-ЯӘҒҚҢӨҰҮҺІ]\w+", text)
    spans = [(text.index(p), text.index(p) + len(p)) for p in people]
    own = [s for s in spans if text[s[0] : s[1]] == name]
    others = [s for s in spans if text[s[0] : s[1]] != name]
    assert _occupation(text, language, own, others) == occupation


@pytest.mark.parametrize(
    ("description", "deed", "surname"),
    [
        # who did it, told by an apposition ending in their trade or status, then the name
        (
            "металлургия комбинатының бұрынғы жұмысшысы Жақыпов YouTube-арнасына видео жариялаған",
            "YouTube-арнасына видео жариялаған",
            "Жақыпов",
        ),
        (
            "Қаражал қаласының тұрғыны, бұрын сотталмаған, жұмыссыз Нұрахметов Бауыржан Серікұлы "
            "Telegram арнасын ашқан",
            "Telegram арнасын ашқан",
            "Нұрахметов",
        ),
        # refused: a name a postposition governs; no trade or status before the name
        (
            "ауыл тұрғыны Серіков туралы видео жариялаған",
            "ауыл тұрғыны Серіков туралы видео жариялаған",
            None,
        ),
        (
            "Facebook-те ауыл әкімі Серіков туралы пост жазған",
            "Facebook-те ауыл әкімі Серіков туралы пост жазған",
            None,
        ),
    ],
)
def test_who_did_it_told_by_a_longer_apposition(
    description: str, deed: str, surname: str | None
) -> None:
    assert act_spans.without_lead(description, "kk") == (deed, surname)


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        # the deed's day first, then the subject and the deed
        ("2026 жылғы 9 тамызда Сапарғалиев YouTube-арнасына пара туралы видео жариялады.", True),
        ("2026 жылғы 3 наурызда, Омарова Facebook-те әкімдік туралы пост жазған.", True),
        # refused: the day and a subject that is not the person's deed told plainly
        ("2026 жылғы 9 тамызда сот Сапарғалиевке үкім шығарды.", False),
        ("2026 жылғы 9 тамызда Сапарғалиев ұсталды.", False),
    ],
)
def test_a_kazakh_deed_told_plainly_after_its_day(sentence: str, told: bool) -> None:
    assert bool(act_told.TOLD["kk"].search(sentence)) is told


def test_a_kazakh_deed_told_plainly_dated_by_its_opening_day() -> None:
    text = (
        "Үштөбелік журналист Дәурен Сапарғалиевтің соты басталды. 2026 жылғы 9 тамызда "
        "Сапарғалиев YouTube-арнасына пара туралы видео жариялады. Журналистке ҚК-нің "
        "274-бабының 2-бөлігі бойынша айып тағылды. 2026 жылғы 25 қарашада Үштөбе аудандық "
        "соты Сапарғалиевті кінәлі деп танып, оған 150 АЕК айыппұл салды."
    )
    (case,) = extract_cases(text)
    assert [(a["date"], a["description"]) for a in case["acts"]] == [
        ("2026-08-09", "YouTube-арнасына пара туралы видео жариялады")
    ]


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        # an age is not a word of the workplace
        (
            "Бекболат Нұрмағамбетов, 47 жастағы цемент зауытының жұмысшысы, ұсталды.",
            "цемент зауытының жұмысшысы",
        ),
        # a trade nobody had («аудармашы болмағанын»), a trade in the genitive with no name
        # after it («жетекшісінің видеосын»): no one of the case
        ("Асқар Төлеубекұлы – жүргізуші. Сотта аудармашы болмағанын айтты.", "жүргізуші"),
        ("Асқар Төлеубекұлы – жүргізуші. Ол қозғалыс жетекшісінің видеосын бөлісті.", "жүргізуші"),
        # refused: a trade that was there; the possessive not in the genitive
        ("Асқар Төлеубекұлы – жүргізуші, бұрын аудармашы болған.", "жүргізуші, аудармашы"),
        ("Асқар Төлеубекұлы, зауыт жұмысшысы, ұсталды.", "зауыт жұмысшысы"),
    ],
)
def test_a_kazakh_trade_of_no_one_and_an_age_before_a_workplace(text: str, occupation: str) -> None:
    from bot.extract.occupation import _occupation

    assert _occupation(text, "kk", [(0, 17)]) == occupation


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        # what the investigators say he did
        (
            "Тергеушілер ол 2026 жылғы 3 ақпанда ауыл тобына үндеу жіберді дейді.",
            "2026 жылғы 3 ақпанда ауыл тобына үндеу жіберді",
        ),
        ("Прокурор олар чатқа видео таратты деп есептейді.", "чатқа видео таратты"),
        # refused: no one the investigators tell of; what the person says
        ("Тергеушілер бұл туралы ештеңе айтпады.", None),
        ("Ол видео жіберген жоқпын дейді.", None),
    ],
)
def test_what_the_investigators_say_he_did(sentence: str, act: str | None) -> None:
    assert act_cues.enclosed(sentence, "kk") == act


@pytest.mark.parametrize(
    ("clause", "parts"),
    [
        # a day of its own after a comma starts another act
        (
            "ауыл тобына үндеуін жіберді, 20 наурызда сол қозғалыстың жиналысына қатысты",
            ["ауыл тобына үндеуін жіберді", "20 наурызда сол қозғалыстың жиналысына қатысты"],
        ),
        # refused: a day inside one act, no comma before it
        ("20 наурызда өткен жиналысқа қатысты", ["20 наурызда өткен жиналысқа қатысты"]),
    ],
)
def test_a_day_of_its_own_starts_another_kazakh_act(clause: str, parts: list[str]) -> None:
    assert act_spans.by_person(clause, "kk") == parts


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        # the reporter whose report it is, after «деп хабарлайды»
        (
            "Нұржан Әбдіқадыров құрылысшы. Іс бойынша үкім шықты, деп хабарлайды «Ұлытау Таңы» "
            "тілшісі.",
            "құрылысшы",
        ),
        ("Нұржан Әбдіқадыров құрылысшы. Үкім шықты, деп жазады газет тілшісі.", "құрылысшы"),
        # refused: the person's own trade told before any report
        ("Нұржан Әбдіқадыров, газет тілшісі, ұсталды.", "газет тілшісі"),
    ],
)
def test_the_reporter_whose_report_it_is(text: str, occupation: str) -> None:
    from bot.extract.occupation import _occupation

    assert _occupation(text, "kk", [(0, 18)]) == occupation


@pytest.mark.parametrize(
    ("text", "ruling"),
    [
        # a lawyer saying he will file an appeal («апелляциялық шағым беретінін»): no ruling
        ("Оразбайдың адвокаты үкімге апелляциялық шағым беретінін айтты.", False),
        ("Адвокат кассациялық шағым түсіретінін мәлімдеді.", False),
        # the appeal board's ruling is one
        (
            "2026 жылғы 20 қарашада облыстық соттың апелляциялық алқасы үкімді өзгеріссіз "
            "қалдырды.",
            True,
        ),
    ],
)
def test_an_appeal_to_be_filed_is_no_ruling(text: str, ruling: bool) -> None:
    from bot.extract.scopes import _event_kind

    assert (_event_kind(text, "kk") == "appeal_ruling") is ruling


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the law's sanction listing two kinds: no punishment of the person
        (
            "274-баптың 2-бөлігі бойынша бес жылға дейін бас бостандығынан айыру немесе бас "
            "бостандығын шектеу жазасы қарастырылған.",
            [],
        ),
        # the court's own sentence stays
        ("Сот оны 2 жыл бас бостандығын шектеуге соттады.", [("restriction_of_liberty", 24)]),
    ],
)
def test_the_laws_sanction_with_a_list_of_kinds_is_no_sentence(
    text: str, kept: list[tuple[str, int]]
) -> None:
    from bot.extract.blocks import Sentence
    from bot.extract.references import without_requests
    from bot.extract.sentence import find_parts

    left = without_requests(Sentence(0, text), "kk").text
    assert [(p.kind, p.term_months) for p in find_parts(left, "kk")] == kept


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # a standing charge in the perfect, undated: the dateline's day is no charge's
        (
            "Jetisu Journal, 2026 жылғы 25 қараша\n\nЖурналист Дәурен Сапарғалиевке «жалған "
            "ақпарат таратты» деген айып тағылған. Сот процесі 2026 жылғы 17 қарашада Қаратал "
            "аудандық сотында басталды.",
            [("trial", "2026-11-17")],
        ),
        # a charge with its own day is one
        (
            "Журналист Дәурен Сапарғалиевке 2026 жылғы 5 қыркүйекте айып тағылды. Сот процесі "
            "2026 жылғы 17 қарашада басталды.",
            [("charge", "2026-09-05"), ("trial", "2026-11-17")],
        ),
    ],
)
def test_a_standing_charge_takes_no_dateline(text: str, events: list[tuple[str, str]]) -> None:
    [case] = extract_cases(text)
    assert [(e["kind"], e["date"]) for e in case["events"]] == events


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # a headline's round figure and the story's exact amount: the exact one
        (
            "Жезқазғанда тұрғынға 650 мың теңгеге жуық айыппұл салынды\n\n"
            "Жезқазған қалалық соты 2026 жылғы 18 қарашада Нұржан Әбдіқадыровты кінәлі деп "
            "танып, оған 150 АЕК, яғни 648 750 теңге көлемінде айыппұл тағайындады.",
            ["648750.00"],
        ),
        # a rough amount alone stays (nothing exact to take its place)
        (
            "Жезқазған қалалық соты 2026 жылғы 18 қарашада Нұржан Әбдіқадыровқа 650 мың теңгеге "
            "жуық айыппұл салды.",
            ["650000.00"],
        ),
    ],
)
def test_a_rough_amount_gives_way_to_the_exact_one(text: str, amounts: list[str]) -> None:
    [case] = extract_cases(text)
    [verdict] = [e for e in case["events"] if e["kind"] == "verdict"]
    assert [p["amount"] for p in verdict["sentence"] if p["kind"] == "fine"] == amounts


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # an administrative arrest served and left is no release of the criminal case, nor
        # its preventive measure; the arrest told with it stands (h19b)
        (
            "Қостанай, 12 наурыз 2026 жыл.\n\nБелсенді Асхат Нұрланов 15 тәуліктік әкімшілік "
            "қамаудан босатылған күні қайтадан ұсталды. Оған Қылмыстық кодекстің 274-бабы "
            "бойынша күдік келтірілді.",
            [("detention", "2026-03-12", None)],
        ),
        (
            "March 12, 2026\n\nOn March 2 activist Askhat Nurlanov was placed in custody for 10 "
            "days of administrative arrest. On March 12 he was detained under Article 274 of the "
            "Criminal Code.",
            [("detention", "2026-03-12", None)],
        ),
        # refused: a release from pre-trial detention, custody ordered for months
        (
            "Қостанай, 12 наурыз 2026 жыл.\n\nБелсенді Асхат Нұрланов 12 наурызда тергеу "
            "изоляторынан босатылды.",
            [("release", "2026-03-12", None)],
        ),
        (
            "March 12, 2026\n\nOn March 2 activist Askhat Nurlanov was placed in custody for two "
            "months. On March 12 he was charged under Article 274 of the Criminal Code.",
            [("preventive_measure", "2026-03-02", "custody"), ("charge", "2026-03-12", None)],
        ),
    ],
)
def test_an_administrative_arrest_is_no_measure_or_release(
    text: str, events: list[tuple[str, str, str | None]]
) -> None:
    [case] = extract_cases(text)
    assert [(e["kind"], e["date"], e["measure"]) for e in case["events"]] == events


@pytest.mark.parametrize(
    ("text", "after", "outcome"),
    [
        # «жаза ... дейін төмендетілді»: the appeal lowered the sentence, though a later review
        # left the court acts unchanged (h19b)
        (
            "Орал қалалық сотының 2026 жылғы 10 ақпандағы үкімімен Асхат Нұрланов 5 (бес) жылға "
            "бас бостандығынан айырылды. Облыстық соттың апелляциялық алқасының 2026 жылғы 14 "
            "сәуірдегі қаулысымен жаза 4 (төрт) жылға бас бостандығынан айыруға дейін "
            "төмендетілді. Кассациялық алқа сот актілерін өзгеріссіз қалдырды.",
            [("appeal_ruling", "imprisonment", 48, None, None)],
            [("reduced",)],
        ),
        # refused: the appeal that left the sentence as it was
        (
            "Орал қалалық сотының 2026 жылғы 10 ақпандағы үкімімен Асхат Нұрланов 5 (бес) жылға "
            "бас бостандығынан айырылды. Облыстық соттың апелляциялық алқасы 2026 жылғы 14 "
            "сәуірде үкімді өзгеріссіз қалдырды.",
            [("appeal_ruling", "imprisonment", 60, None, None)],
            [("upheld",)],
        ),
    ],
)
def test_a_sentence_lowered_on_appeal(
    text: str, after: list[tuple[object, ...]], outcome: list[tuple[str]]
) -> None:
    from tests.extract_support import appeal_reading

    assert appeal_reading(text) == (after, outcome)


@pytest.mark.parametrize(
    ("description", "offence"),
    [
        # the Code's words, led by who is charged and how the court named the body
        ("Үшеуі де тыйым салынған «Ақ Жол» ұйымының қызметіне қатысқан", True),
        ("Олар террористік деп танылып, тыйым салынған партияның қызметін ұйымдастырған", True),
        ("экстремистік ұйымның қызметіне қатысқаны", True),
        # refused: a deed with its platform or its work
        ("қозғалыстың Telegram-арнасына жазылып, үнпарақтар таратқан", False),
        ("Екеуі де тыйым салынған қозғалыстың жиынында сөз сөйлеген", False),
    ],
)
def test_kazakh_offence_wording_with_its_lead(description: str, offence: bool) -> None:
    assert act_spans.worded_as_offence(description, "kk") is offence


def test_kazakh_joint_offence_gives_way_to_each_ones_deed() -> None:
    text = (
        "Қарағанды қалалық сотында 10 қарашада Нұрлан Бекенов пен Дана Әбілова ісі бойынша "
        "сот процесі басталды. Екеуі де тыйым салынған «Ақ Жол» ұйымының қызметіне қатысты "
        "деп айыпталып отыр (Қылмыстық кодекстің 405-бабының 2-бөлігі).\n\n"
        "Айыптау актісіне қарағанда, 30 жастағы инженер Бекенов 2026 жылдың қысында "
        "ұйымның чатына үндеулер жариялаған. Әбілова 3 наурызда өз пәтерінде ұйым "
        "мүшелерінің жиынын өткізген деп айыпталады."
    )
    acts_by_name = {
        case["person"]["name"]: [(a["description"], a["date"]) for a in case["acts"]]
        for case in extract_cases(text)
    }
    assert acts_by_name == {
        "Нұрлан Бекенов": [("ұйымның чатына үндеулер жариялаған", None)],
        "Дана Әбілова": [("өз пәтерінде ұйым мүшелерінің жиынын өткізген", "2026-03-03")],
    }


@pytest.mark.parametrize(
    ("bracket", "aliases"),
    [
        # accepted: the documents' spelling, the surname first and a patronymic last
        ("(құжаттары бойынша Токсанбаев Ерлан Бекович)", ["Ерлан Бекович Токсанбаев"]),
        ("(төлқұжаты бойынша Ерлан Токсанбаев)", ["Ерлан Токсанбаев"]),
        # refused: a bracket with no word that it is a spelling
        ("(Павлодар қаласының тұрғыны)", []),
    ],
)
def test_the_documents_spelling_after_the_convicted(bracket: str, aliases: list[str]) -> None:
    text = (
        "Павлодар облыстық сотының алқасы Тоқсанбай Ерлан Бекұлына қатысты қылмыстық істі "
        "апелляциялық тәртіппен қарады.\n\n"
        "Павлодар қалалық сотының 2026 жылғы 10 қыркүйектегі үкімімен Тоқсанбай Е.Б. "
        "Қылмыстық кодекстің 174-бабының 1-бөлігімен кінәлі деп танылып, 2 жылға бас "
        "бостандығынан айырылды.\n\n"
        f"Сотталған адам {bracket} үкімді бұзуды сұраған."
    )
    (case,) = extract_cases(text)
    assert case["person"]["aliases"] == aliases


@pytest.mark.parametrize(
    ("who", "occupation"),
    [
        # accepted: a Latin acronym joined to a trade
        ("30 жастағы SMM-маман", "smm-маман"),
        ("IT-маман", "it-маман"),
        # refused: an acronym joined to what is no trade
        ("IT-компанияның негізін қалаған", None),
    ],
)
def test_a_kazakh_trade_after_a_latin_acronym(who: str, occupation: str | None) -> None:
    text = (
        f"Ақтөбе қалалық соты 2025 жылғы 4 наурызда {who} Самат ЕРЖАНОВҚА 2 жыл бас "
        "бостандығын шектеу жазасын тағайындады."
    )
    (case,) = extract_cases(text)
    assert case["person"]["occupation"] == occupation


def _events_by_name(text: str) -> dict[str, list[tuple[str, str | None]]]:
    """Each case's events as (kind, date), by the person's name."""
    return {
        c["person"]["name"]: [(e["kind"], e["date"]) for e in c["events"]]
        for c in extract_cases(text)
    }


_KK_VERDICT = (
    "2026 жылғы 3 наурызда Қостанай қалалық соты блогер Арман Сейітовті екі жылға бас "
    "бостандығын шектеуге соттады. "
)


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # a call to undo the verdict, dated, is a wish and no appeal ruling (h19f)
        (
            _KK_VERDICT + "2026 жылғы 10 наурызда халықаралық ұйым апелляциялық сотты "
            "үкімді бұзуға шақырды.",
            [("verdict", "2026-03-03")],
        ),
        (
            _KK_VERDICT + "2026 жылғы 12 наурызда құқық қорғаушылар блогердің жазасын "
            "жеңілдетуді талап етеді.",
            [("verdict", "2026-03-03")],
        ),
        (
            _KK_VERDICT + "2026 жылғы 14 наурызда ұйым Жоғарғы сотты үкімді қайта қарауға үндеді.",
            [("verdict", "2026-03-03")],
        ),
        # refused: the appeal court's ruling told as done
        (
            _KK_VERDICT + "2026 жылғы 20 сәуірде апелляциялық сот үкімді өзгеріссіз қалдырды.",
            [("verdict", "2026-03-03"), ("appeal_ruling", "2026-04-20")],
        ),
    ],
)
def test_a_kazakh_call_to_act_is_no_event(text: str, events: list[tuple[str, str | None]]) -> None:
    assert _events_by_name(text) == {"Арман Сейітов": events}


@pytest.mark.parametrize(
    ("written", "name"),
    [
        # refused: the capitalised word after the surname is the sentence going on
        ("Сот Бауыржан ТӨЛЕУОВТІ Қылмыстық", "Бауыржан Төлеуов"),  # a suffix ends the name
        ("Сот Бауыржан ТӨЛЕУОВКЕ Әкімшілік", "Бауыржан Төлеуов"),
        ("Бауыржан ТӨЛЕУОВ Қылмыстық", "Бауыржан Төлеуов"),  # a Kazakh adjective
        # accepted: a patronymic after a full name is part of it
        ("Бауыржан ТӨЛЕУОВ Асқарұлы", "Бауыржан Асқарұлы Төлеуов"),
    ],
)
def test_an_ordinary_capitalised_word_after_a_surname_in_capitals(written: str, name: str) -> None:
    text = (
        f"{written} кодекстің 174-бабы бойынша 3 жылға бас бостандығынан айырды деген "
        "хабар тарады. Сот 2025 жылғы 12 мамырда өтті."
    )
    (case,) = extract_cases(text)
    assert case["person"]["name"] == name


@pytest.mark.parametrize(
    ("told", "acts"),
    [
        # accepted: what was said, told by the verb that reports it; a bullet or a given name
        # before the surname may open the sentence
        (
            "• Самат Ержанов 3 қаңтарда TikTok-та «әкім отставкаға кетсін» деп жазған.",
            [("TikTok-та «әкім отставкаға кетсін» деп жазған", "2025-01-03")],
        ),
        (
            "Ержанов жиында «жайылымды бермейміз» деп, ауыл әкімін сынаған.",
            [("жиында «жайылымды бермейміз» деп, ауыл әкімін сынаған", None)],
        ),
        (
            "Ол жиналыста «жерді сатпаймыз» деген.",
            [("жиналыста «жерді сатпаймыз» деген", None)],
        ),
        # refused: a reported word not closing the sentence, and no subject told
        ("Ержанов «жерді сатпаймыз» деген пікірмен келіспеді.", []),
        ("Көршілері «ол жақсы адам» деген.", []),
    ],
)
def test_kazakh_acts_told_as_reported_speech(told: str, acts: list[tuple[str, str | None]]) -> None:
    (case,) = extract_cases(_LEAD + told)
    assert [(a["description"], a["date"]) for a in case.get("acts") or []] == acts


def test_each_co_defendants_deed_told_by_given_name_and_surname() -> None:
    text = (
        "Қазалы жаңалықтары, [3.03.2026 10:15]\n"
        "Бүгін Қазалы кентінде азаматтық белсенді Ерлан Досқали мен мектеп мұғалімі Гүлнар "
        "Әбілқасымова ұсталды. Екеуіне де ҚК-нің 174-бабының 1-бөлігі бойынша күдік "
        "келтірілген.\n\n"
        "▪️ Ерлан Досқали 1 наурызда Facebook-те видео жариялап, әкімдікті сынаған.\n"
        "▪️ Гүлнар Әбілқасымова сол видеоны 2 наурызда WhatsApp топтарына таратып, "
        "«үндемейміз» деп жазған."
    )
    acts = {
        case["person"]["name"]: [(a["description"], a["date"]) for a in case.get("acts") or []]
        for case in extract_cases(text)
    }
    assert acts == {
        "Ерлан Досқали": [("Facebook-те видео жариялап, әкімдікті сынаған", "2026-03-01")],
        "Гүлнар Әбілқасымова": [
            ("сол видеоны WhatsApp топтарына таратып, «үндемейміз» деп жазған", "2026-03-02")
        ],
    }


_ZHUMABAEV_DETAINED = "Ақтөбелік белсенді Ерлан Жұмабаев 2026 жылғы 3 наурызда ұсталды. "


@pytest.mark.parametrize(
    ("told", "events"),
    [
        # «санкциялады», «санкциялаған»: an investigating judge ordering the arrest
        (
            "Тергеу судьясы 5 наурызда оған екі ай мерзімге қамауға алуды санкциялаған.",
            [("detention", "2026-03-03", None), ("preventive_measure", "2026-03-05", "custody")],
        ),
        (
            "5 наурызда сот оны күзетпен ұстауды санкциялады.",
            [("detention", "2026-03-03", None), ("preventive_measure", "2026-03-05", "custody")],
        ),
        # refused: sanctions against a country are no event of the case
        (
            "5 наурызда Еуропарламент Қазақстанға санкция салуды ұсынды.",
            [("detention", "2026-03-03", None)],
        ),
    ],
)
def test_a_kazakh_arrest_sanctioned_by_a_judge(
    told: str, events: list[tuple[str, str | None, str | None]]
) -> None:
    (case,) = extract_cases(
        "Ақтөбелік белсенді Ерлан Жұмабаев 2026 жылғы 3 наурызда ұсталды. " + told
    )
    assert [(e["kind"], e["date"], e.get("measure")) for e in case["events"]] == events


_TWO_SENTENCED_IN_ZHEZKAZGAN = (
    "Жезқазған қалалық соты екі белсендіге үкім шығарды.\n\n"
    "2026 жылғы 20 қарашада Жезқазған қалалық соты Дәурен ТАСБОЛАТОВҚА ҚК-нің 174-бабының "
    "1-бөлігі бойынша 3 жыл бас бостандығынан айыру жазасын тағайындады.\n"
    "Ержан МҰСАЕВКЕ 174-баптың 1-бөлігі бойынша 2 жыл бас бостандығын шектеу жазасы "
    "тағайындалды.\n\n"
    "Тасболатов 5 мамырдан бері тергеу изоляторында отыр.\n"
)


@pytest.mark.parametrize(
    ("request_line", "prosecutor"),
    [
        # only a name's last word takes the case ending: the word in the dative after the
        # prosecutor's surname is the defendant's (h20d; heldout15 kk04)
        ("Прокурор Айдос Серікбаев Тасболатовқа 6 жыл сұраған.", "Айдос Серікбаев"),
        # refused: a patronymic between the given name and the surname is one name
        ("Прокурор Айдос Жұмабайұлы Серікбаев 6 жыл сұраған.", "Айдос Жұмабайұлы Серікбаев"),
    ],
)
def test_the_defendant_in_the_dative_ends_the_prosecutors_name(
    request_line: str, prosecutor: str
) -> None:
    cases = extract_cases(_TWO_SENTENCED_IN_ZHEZKAZGAN + request_line)
    assert cases
    assert {c["prosecutor"] for c in cases} == {prosecutor}


_PAVLODAR = (
    "Павлодар, 12 желтоқсан 2026. Кеше Павлодар қалалық соты белсенділер Ерлан Бекболатов пен "
    "Айдос Серікұлына 2 жыл бас бостандығын шектеу жазасын тағайындады. "
)


@pytest.mark.parametrize(
    ("told", "acts"),
    [
        # accepted: a day without its year, then the doer's surname: the surname is no part of
        # the act, and the act is the doer's alone (not the co-defendant's too)
        (
            "Айыптау бойынша, 14 қазанда Бекболатов жұмысшылардың Telegram тобына «ереуілге "
            "шығамыз» деген хабарлама жазған, ал Серікұлы оны Facebook-те таратқан.",
            {
                "Ерлан Бекболатов": [
                    (
                        "жұмысшылардың Telegram тобына «ереуілге шығамыз» деген хабарлама жазған",
                        "2026-10-14",
                    )
                ],
                "Айдос Серікұлы": [("оны Facebook-те таратқан", None)],
            },
        ),
        # accepted: "the two (too)" of a joint case opening the act after its day
        (
            "Тергеу мәліметінше, 2026 жылғы 5 қазанда екеуі де WhatsApp-та жұмысшылар тобын "
            "құрып, оған ереуіл туралы үндеу жариялаған.",
            {
                name: [
                    (
                        "WhatsApp-та жұмысшылар тобын құрып, оған ереуіл туралы үндеу жариялаған",
                        "2026-10-05",
                    )
                ]
                for name in ("Ерлан Бекболатов", "Айдос Серікұлы")
            },
        ),
    ],
)
def test_the_doer_after_the_acts_day_is_no_part_of_it(
    told: str, acts: dict[str, list[tuple[str, str | None]]]
) -> None:
    found = {
        case["person"]["name"]: [(a["description"], a["date"]) for a in case.get("acts") or []]
        for case in extract_cases(_PAVLODAR + told)
    }
    assert found == acts


@pytest.mark.parametrize(
    ("told", "act"),
    [
        # accepted: an en dash after the cue word, before the day that is cut
        (
            "Себебі – 2026 жылғы 14 қазанда жұмысшылардың жиналысында сөз сөйлеп, ереуілге "
            "шақырған.",
            ("жұмысшылардың жиналысында сөз сөйлеп, ереуілге шақырған", "2026-10-14"),
        ),
        # refused: a capitalised word after the day that is a place (an oblast's office), not
        # the doer, stays
        (
            "Айыптау бойынша, 14 қазанда Павлодар облыстық әкімдігінің ғимараты алдында ол "
            "пикет өткізген.",
            (
                "Павлодар облыстық әкімдігінің ғимараты алдында ол пикет өткізген",
                "2026-10-14",
            ),
        ),
    ],
)
def test_an_act_opens_with_its_deed_not_a_dash_or_a_place_cut(
    told: str, act: tuple[str, str | None]
) -> None:
    lead = (
        "Павлодар, 12 желтоқсан 2026. Кеше Павлодар қалалық соты белсенді Ерлан Бекболатовқа "
        "2 жыл бас бостандығын шектеу жазасын тағайындады. "
    )
    (case,) = extract_cases(lead + told)
    assert [(a["description"], a["date"]) for a in case.get("acts") or []] == [act]


@pytest.mark.parametrize(
    ("opening", "occupation"),
    [
        # accepted: the workplace's noun opening the sentence is capitalised, and stays
        ("Құрылыс компаниясының жүргізушісі", "Құрылыс компаниясының жүргізушісі"),
        ("Цемент зауытының бұрынғы слесарі", "Цемент зауытының бұрынғы слесарі"),
        # refused: a time opening the sentence is no part of the workplace
        ("Сәуірде компанияның жүргізушісі", "компанияның жүргізушісі"),
    ],
)
def test_a_workplace_opening_the_sentence_before_the_trade(opening: str, occupation: str) -> None:
    text = (
        f"Атырау, 30 мамыр 2026. {opening} Сағынтай Бекұлы ұсталды. Оған ҚК-нің 174-бабының "
        "1-бөлігі бойынша күдік келтірілген."
    )
    (case,) = extract_cases(text)
    assert case["person"]["occupation"] == occupation


@pytest.mark.parametrize(
    "law",
    [
        "Бұл бап 7 жылға дейін бас бостандығынан айыруды қарастырады.",
        "174-баптың 1-бөлігі 7 жылға дейін бас бостандығынан айыруды көздейді.",
        "Бапта 7 жылға дейін бас бостандығынан айыру көзделген.",
    ],
)
def test_what_the_article_provides_in_the_active_voice_is_no_punishment(law: str) -> None:
    text = (
        "Орал қалалық соты 12 наурызда белсенді Асхат Серікұлын ҚК-нің 174-бабының 1-бөлігі "
        f"бойынша кінәлі деп тауып, 3 жылға бас бостандығын шектеді. {law}"
    )
    (record,) = extract_cases(text)
    assert [(p["kind"], p["term_months"]) for e in record["events"] for p in e["sentence"]] == [
        ("restriction_of_liberty", 36)
    ]


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        # refused: a word told of a plural noun after it («жұмыссыз қалған отбасылар», the
        # families left without work) is no trade of the person
        (
            "Жаңатастық мұғалім Әсел Бекова 2026 жылғы 3 қазанда ҚК 174-бабының 1-бөлігі "
            "бойынша сотталды. Ол видеосында жұмыссыз қалған отбасылар туралы айтқан.",
            "мұғалім",
        ),
        # accepted: the same word said of her
        (
            "Жаңатастық Әсел Бекова 2026 жылғы 3 қазанда ҚК 174-бабының 1-бөлігі бойынша "
            "сотталды. Ол қазір жұмыссыз, бұрын мұғалім болған.",
            "жұмыссыз, мұғалім",
        ),
    ],
)
def test_a_word_told_of_others_after_it_is_no_trade(text: str, occupation: str) -> None:
    (case,) = extract_cases(text)
    assert case["person"]["occupation"] == occupation
