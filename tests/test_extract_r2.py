"""Who is no case: a publication's masthead, the staff a report names by their post, the credits
of a text. Driven through `extract_cases`; names, papers and wording are invented.
"""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_cases

_READ_ON = dt.date(2026, 12, 1)


def _names(text: str) -> list[str]:
    return [case["person"]["name"] for case in extract_cases(text, today=_READ_ON)]


# -- a masthead line: the publication's title beside its date or issue is no one's name --------

_KK_APPEAL = (
    "Қызылорда облыстық сотының апелляциялық алқасы 24 қарашада қоғам белсендісі Ғалымжан "
    "Төлеуұлы Сейітқалиевке тағайындалған үш жыл бас бостандығынан айыру жазасын екі жыл бас "
    "бостандығын шектеуге ауыстырды. Сейітқалиев сот залынан босатылды.\n\n"
    "Апелляциялық алқа үкімді күшінде қалдырғанымен, жазаны екі жыл бас бостандығын шектеу мен "
    "200 сағат мәжбүрлі еңбекке ауыстырды. Сот шығыны өзгеріссіз қалды.\n"
)


def test_kazakh_masthead_is_no_case() -> None:
    text = "Азаттық Дауысы | 2026 жылғы 25 қараша\n\n" + _KK_APPEAL
    [case] = extract_cases(text, today=_READ_ON)
    assert case["person"]["name"] == "Ғалымжан Төлеуұлы Сейітқалиев"
    assert case["stage"] == "appealed"


def test_masthead_date_still_dates_the_text() -> None:
    # the title goes, the masthead's year stays the year of the yearless «24 қарашада»
    text = "Азаттық Дауысы | 2026 жылғы 25 қараша\n\n" + _KK_APPEAL
    [case] = extract_cases(text)
    assert ("appeal_ruling", "2026-11-24") in [(e["kind"], e["date"]) for e in case["events"]]


def test_english_and_russian_mastheads_are_no_case() -> None:
    english = (
        "The Almaty City Court on 17 November 2026 upheld the sentence of blogger Yerlan Bekov, "
        "two years of restriction of liberty under Article 274, Part 2 of the Criminal Code.\n"
    )
    russian = (
        "Карагандинский областной суд 2 ноября оставил в силе приговор активисту Ерлану Бекову: "
        "два года ограничения свободы по ч. 2 ст. 274 УК РК.\n"
    )
    for head in ("Qazaq Times | 18 November 2026", "STEPPE MONITOR | Issue 41"):
        assert _names(head + "\n\n" + english) == ["Yerlan Bekov"]
    assert _names("Новости Караганды | 3 ноября\n\n" + russian) == ["Ерлан Беков"]


def test_publication_title_in_the_story_is_no_trade() -> None:
    text = (
        "Vostok Courier | 26 November 2026\n\n"
        "The Ridder City Court on 8 September 2026 sentenced civic activist Vitaliy Kovalchuk to "
        "two years in prison under Article 274, Part 2 of the Criminal Code.\n\n"
        '"He is innocent," his lawyer told Vostok Courier.\n'
    )
    [case] = extract_cases(text, today=_READ_ON)
    assert case["person"]["name"] == "Vitaliy Kovalchuk"
    assert case["person"]["occupation"] == "civic activist"


def test_a_table_row_with_a_date_is_kept() -> None:
    # rows of a table: a name beside a date is a defendant, not a masthead
    text = (
        "Defendant | Verdict\n"
        "Yerlan Bekov | 17 November 2026\n"
        "Aliya Serikova | 18 November 2026\n\n"
        "Both were sentenced by the Almaty District Court to two years of restriction of liberty "
        "under Article 274, Part 2 of the Criminal Code.\n"
    )
    names = _names(text)
    assert "Yerlan Bekov" in names


# -- Kazakh staff nouns in the possessive before a name: a reporter or a colleague, no case -----

_KK_SENTENCED = (
    "Павлодарлық белсенді Ерлан Тоқтаров 2026 жылғы 20 қарашада Қылмыстық кодекстің "
    "174-бабының 1-бөлігі бойынша екі жыл бас бостандығын шектеуге сотталды."
)


def test_reporter_of_a_story_told_by_surname_is_no_case() -> None:
    text = (
        "Павлодар қаласында белсенді Тоқтаров сотталды\n\n"
        "Тоқтаров 2026 жылғы 20 қарашада Қылмыстық кодекстің 174-бабының 1-бөлігі бойынша екі "
        "жыл бас бостандығын шектеуге сотталды. Ол 2026 жылғы 5 наурызда ұсталған.\n\n"
        "Бұл туралы «Ертіс таңы» газетінің тілшісі Айгүл Серікова хабарлады.\n"
    )
    assert "Айгүл Серікова" not in _names(text)


def test_reporter_editor_and_colleague_beside_the_case() -> None:
    text = (
        _KK_SENTENCED + "\n\n"
        "Сот отырысын «Ертіс таңы» газетінің тілшісі Айгүл Серікова бақылады. Сайттың бас "
        "редакторы Марат Жақыпов істі соңына дейін бақылайтынын айтты. Оның әріптесі Ғалым "
        "Нұрланов пен зауыт қызметкері Бауыржан Оспанов та сот залында болды.\n"
    )
    assert _names(text) == ["Ерлан Тоқтаров"]


def test_reporter_told_prosecuted_is_the_case() -> None:
    text = (
        "«Ертіс таңы» газетінің тілшісі Айгүл Серікова 2026 жылғы 3 маусымда ұсталды. Оған "
        "Қылмыстық кодекстің 274-бабының 2-бөлігі бойынша айып тағылды.\n\n"
        "Газеттің бас редакторы Марат Жақыпов тілшіні қолдайтынын айтты.\n"
    )
    [case] = extract_cases(text, today=_READ_ON)
    assert case["person"]["name"] == "Айгүл Серікова"
    assert case["stage"] == "detained"


def test_reporter_whose_trial_opened_is_the_case() -> None:
    text = (
        "Атырау қалалық сотында 2025 жылғы 25 қарашада «Жайық тынысы» газетінің тілшісі Сәуле "
        "Қуанышқызының ісі бойынша сот процесі басталды. Журналист ҚК-нің 274-бабының "
        "3-бөлігі бойынша айыпталып отыр.\n"
    )
    assert _names(text) == ["Сәуле Қуанышқызы"]


def test_our_reporter_is_no_given_name() -> None:
    # «Тілшіміз Руслан X»: "our correspondent", the newsroom's own reporter, held
    text = (
        "Тілшіміз Руслан Жақыпов қылмыскер емес\n\n"
        "10 қарашада Руслан Жақыпов редакциядан шыға бере ұсталды. 20 қарашада оған ҚК-нің "
        "274-бабының 2-бөлігі бойынша ресми айып тағылды.\n"
    )
    assert _names(text) == ["Руслан Жақыпов"]


# -- credits: who wrote the text or took its photographs is no case ------------------------------


def test_english_credits_under_a_story_told_by_surname() -> None:
    story = (
        "Bekov was detained on 2 June 2026. On 17 November 2026 the Almaty District Court "
        "sentenced him to two years of restriction of liberty under Article 274, Part 2 of the "
        "Criminal Code.\n\n"
    )
    for credits in (
        "Photo: Lee Min-ho; text: Aigerim Nurlanova",
        "Reporting by Aigerim Nurlanova; editing by Daniyar Seitov",
    ):
        assert _names(story + credits + "\n") == []


def test_russian_and_kazakh_credits_under_a_story_told_by_surname() -> None:
    russian = (
        "Бекова 2 июня 2026 года задержали в Алматы. 17 ноября 2026 года суд приговорил его к "
        "двум годам ограничения свободы по ч. 2 ст. 274 УК РК.\n\n"
        "Фото: Ли Мин Хо, текст: Айгерим Нурланова\n"
    )
    kazakh = (
        "Бекұлы 2026 жылғы 2 маусымда ұсталды. 2026 жылғы 17 қарашада сот оны Қылмыстық "
        "кодекстің 274-бабының 2-бөлігі бойынша екі жыл бас бостандығын шектеуге соттады.\n\n"
        "Суреттер: Дана Оспан. Мәтін: Айгерім Нұрланова\n"
    )
    assert _names(russian) == []
    assert _names(kazakh) == []


def test_credits_beside_the_case_named_in_full() -> None:
    text = (
        "Алматылық блогер Ерлан Беков 2026 жылғы 17 қарашада Қылмыстық кодекстің 274-бабының "
        "2-бөлігі бойынша екі жыл бас бостандығын шектеуге сотталды.\n\n"
        "Суреттер: Дана Оспан, Айгерім Нұрланова\n"
    )
    [case] = extract_cases(text, today=_READ_ON)
    assert case["person"]["name"] == "Ерлан Беков"
    assert case["stage"] == "sentenced"


def test_a_caption_telling_of_the_person_is_no_credit() -> None:
    # "Photo: NAME in court ...": a caption of the person, not a credit; the story is theirs
    text = (
        "The Almaty District Court on 17 November 2026 sentenced blogger Yerlan Bekov to two "
        "years of restriction of liberty under Article 274, Part 2 of the Criminal Code.\n\n"
        "Photo: Yerlan Bekov in court on 17 November.\n"
    )
    assert _names(text) == ["Yerlan Bekov"]


# -- a letter's signer: the relative (or reader) who writes to the paper is no case -------------


def test_kazakh_mothers_letter_signature_is_no_case() -> None:
    text = (
        "ОҚЫРМАН ХАТЫ\n\n"
        "Құрметті редакция! Мен – Арал қаласының тұрғыны, зейнеткер ұстазбын.\n\n"
        "Ұлым Ерлан Сейітұлы Ахметов – балықшы, белсенді. Оған Қылмыстық кодекстің 147-бабының "
        "1-бөлігі бойынша іс қозғалды. Арал аудандық соты 2026 жылғы 21 қазанда Ерланды кінәлі "
        "деп танып, 300 АЕК айыппұл салды.\n\n"
        "Күлпаш АХМЕТОВА,\nАрал қаласы\n"
    )
    [case] = extract_cases(text, today=_READ_ON)
    assert case["person"]["name"] == "Ерлан Сейітұлы Ахметов"
    assert case["stage"] == "sentenced"


def test_russian_mothers_letter_signature_is_no_case() -> None:
    text = (
        "ПИСЬМО В РЕДАКЦИЮ\n\n"
        "Уважаемая редакция! Пишу вам о моём сыне.\n\n"
        "Мой сын Ерлан Сейтович Ахметов – рыбак и активист. 21 октября 2026 года Аральский "
        "районный суд признал его виновным по ч. 1 ст. 147 УК РК и оштрафовал на 300 МРП.\n\n"
        "Гульнара АХМЕТОВА,\nг. Аральск\n"
    )
    assert _names(text) == ["Ерлан Сейтович Ахметов"]


def test_a_prisoners_own_letter_keeps_its_signer() -> None:
    # no kin of the writer's and no greeting to the paper: the signer writes of their own case
    text = (
        "Мен, Ерлан Сейітұлы Ахметов, 2026 жылғы 21 қазанда Арал аудандық сотында Қылмыстық "
        "кодекстің 147-бабының 1-бөлігі бойынша сотталдым. Мен кінәсізбін.\n\n"
        "Ерлан АХМЕТОВ,\nАрал қаласы\n"
    )
    assert [n.split()[0] for n in _names(text)] == ["Ерлан"]


# -- a Kazakh parent told as the kin of the given name after theirs is no case -----------------


def test_mother_named_with_her_son_after_is_no_case() -> None:
    text = (
        "Семей. Сәуле Қасымова ұлы Асқардың мектеп бітірген кездегі суретін ұстап отыр. Асқар "
        "Қасымов, 28 жастағы жүргізуші, 2026 жылғы 14 ақпанда ұсталып, сол күннен бері қамауда. "
        "Семей қалалық соты 2026 жылғы 3 шілдеде оны ҚК-нің 405-бабының 2-бөлігі бойынша 5 "
        "жылға бас бостандығынан айырды.\n"
    )
    [case] = extract_cases(text, today=_READ_ON)
    assert case["person"]["name"] == "Асқар Қасымов"
    assert case["stage"] == "sentenced"


def test_father_named_with_his_daughter_after_is_still_the_case() -> None:
    # the father's surname said alone further on: he is the one the story tells of
    text = (
        "Орал. Мал дәрігері Ербол Нұрғалиев қызы Томирисқа сабақ оқытып отыр. Нұрғалиев 2026 "
        "жылғы 2 тамызда ұсталып, сол күні үй қамағына алынды. Ол ҚК-нің 174-бабының 1-бөлігі "
        "бойынша айыпталып отыр.\n"
    )
    assert _names(text) == ["Ербол Нұрғалиев"]


def test_appeal_panels_chair_is_no_case() -> None:
    # «Алқа төрағасы X»: the judge who chaired the appeal panel
    text = (
        "Өскемен қалалық соты 2026 жылғы 9 қыркүйекте тілші Талғат Бекболатұлы Жанғазиевті "
        "ҚК-нің 405-бабының 2-бөлігі бойынша 3 жылға бас бостандығынан айырған.\n\n"
        "Алқа төрағасы Қанат Сәрсенбаев бастаған апелляциялық алқа 2026 жылғы 24 қарашада "
        "Жанғазиевке қатысты үкімді өзгертіп, жазаны 2 жыл бас бостандығын шектеуге ауыстырды.\n"
    )
    assert _names(text) == ["Талғат Бекболатұлы Жанғазиев"]
