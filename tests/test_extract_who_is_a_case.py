"""Who is a case and by what name: positive tests of a person (a surname in capitals beside a
given name, a prosecution told of them) and of who is no case (a relative, a witness, someone
fined for an administrative offence, a reporter), in the three languages."""

from __future__ import annotations

import pytest

from bot.extract import extract_cases, names, roles
from bot.extract.administrative import administrative_only
from bot.extract.not_names import kazakh_kin


def _names(text: str) -> list[str]:
    return [c["person"]["name"] for c in extract_cases(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # accepted: a register's entry, the surname in capitals with a given name and a bracketed
        # spelling (a line all of capitalised words), under a heading in capitals
        (
            "REGISTER OF PRISONERS — MONTHLY ENTRIES\nKept by the Prisoners Register team.\n\n"
            "No. 12\nSADYKOV Yerlan Bolatovich (Садыков Ерлан Болатович)\n"
            "Article: 174, Part 1 of the Criminal Code.\n"
            "Verdict: 3 March 2026, Taraz City Court — 2 years of restricted freedom.",
            "SADYKOV",
        ),
        # refused: the heading's words in capitals are nobody, the entry's name is the case
        (
            "WATCH LIST — NEW PRISONERS\n\nKASSYMOVA Dana (Касымова Дана)\n"
            "Verdict: 3 March 2026, Taraz City Court — 2 years of restricted freedom.",
            "KASSYMOVA",
        ),
    ],
)
def test_a_register_name_beats_a_headings_capitals(text: str, name: str) -> None:
    found = _names(text)
    assert len(found) == 1 and name in found[0]


@pytest.mark.parametrize(
    ("word", "kin"),
    [
        ("жолдасым", True),  # my husband
        ("жарым", True),  # my spouse
        ("шешем", True),  # my mother
        ("жиенім", True),  # my nephew
        ("немереміз", True),  # our grandchild
        ("баламыз", True),  # our child
        ("жолдасбек", False),  # a given name
        ("жарылқасын", False),  # a given name
        ("балабек", False),
    ],
)
def test_kazakh_kin_words_with_a_possessive(word: str, kin: bool) -> None:
    assert kazakh_kin(word) is kin


def test_a_wife_writing_of_her_husband_by_a_kin_word() -> None:
    text = (
        "Достар, көмектесіңіздер!\n\nЖолдасым Ержан Бақытұлы Сейітовті 12 қарашада Жезқазған "
        "қалалық соты 4 жылға бас бостандығынан айырды. Ол ҚК 174-бабының 1-бөлігімен "
        "айыпталды.\n\nГүлнар Сейітова, Жезқазған"
    )
    assert _names(text) == ["Ержан Бақытұлы Сейітов"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Кәсіподақ мәлімдемесі\n\nТөрағамыз Асқар Нұрланұлы Бекболатовқа қатысты үкімге "
            "наразылық білдіреміз. Атырау қалалық соты 2026 жылғы 3 қарашада Бекболатовты ҚК "
            "402-бабының 1-бөлігі бойынша 2 жылға бас бостандығын шектеуге кесті.\n\nБіз:\n"
            "– Асқар Бекболатовты ақтауды;\n– қудалауды тоқтатуды талап етеміз.",
            "Асқар Нұрланұлы Бекболатов",
        ),
        (
            "Заявление профсоюза\n\nАтырауский городской суд 3 ноября 2026 года приговорил "
            "председателя профсоюза Аскара Бекболатова к двум годам ограничения свободы по "
            "ч. 1 ст. 402 УК РК.\n\nМы:\n– Аскара Бекболатова оправдать;\n"
            "– прекратить преследование профсоюзов требуем.",
            "Аскар Бекболатов",
        ),
        (
            "Union statement\n\nOn 3 November 2026 the Atyrau City Court sentenced our chair "
            "Askar BEKBOLATOV to two years of restricted freedom under Article 402, Part 1.\n\n"
            "We:\n- Askar BEKBOLATOV acquitted;\n- an end to the persecution of unions, we demand.",
            "Askar BEKBOLATOV",
        ),
    ],
)
def test_a_demands_list_after_we_with_the_verb_at_its_end(text: str, name: str) -> None:
    found = _names(text)  # (one case, the story's person, not one per demand)
    assert len(found) == 1 and found[0].split()[-1] == name.split()[-1]


@pytest.mark.parametrize(
    ("text", "names_"),
    [
        (
            "Ақтау қалалық соты 2026 жылғы 3 қарашада Нұржан Бекболатовты ҚК 402-бабының "
            "1-бөлігі бойынша 2 жылға бас бостандығын шектеуге кесті.\n\n"
            "Кәсіподақтың басқа мүшелері – Айдар Сапаров пен Болат Жұмабаев – әкімшілік "
            "жауапқа тартылып, 20 АЕК айыппұл төледі.",
            ["Нұржан Бекболатов"],
        ),
        (
            "On 3 November 2026 the Aktau City Court sentenced Nurzhan BEKBOLATOV to two years "
            "of restricted freedom under Article 402, Part 1.\n\n"
            "Two other members, Aidar SAPAROV and Bolat ZHUMABAYEV, were fined 20 MCI each under "
            "the Code of Administrative Offences.",
            ["Nurzhan BEKBOLATOV"],
        ),
    ],
)
def test_people_fined_together_administratively_are_no_codefendants(
    text: str, names_: list[str]
) -> None:
    assert _names(text) == names_


def test_a_judge_with_a_short_surname_before_two_defendants() -> None:
    text = (
        "Под председательством судьи Олега Кима суд 19 ноября 2026 года признал активиста "
        "Виктора Андреевича Лысенко и общественницу Жанар Кенжебаевну Мусину виновными по ч. 1 "
        "ст. 400 УК РК. Лысенко приговорен к штрафу 865 000 тенге, Мусиной назначено "
        "ограничение свободы на один год."
    )
    assert sorted(_names(text)) == ["Виктор Андреевич Лысенко", "Жанар Кенжебаевна Мусина"]


@pytest.mark.parametrize(
    ("lead", "role"),
    [
        ("Судья ", True),
        ("Судья Дана Ахметова назначила ", False),
        ("председательствующий судья ", True),
        ("Под председательством судьи Олега Кима суд признал активиста ", False),
        ("Judge Yerlan Bekov sentenced ", False),
    ],
)
def test_a_role_before_a_name_is_not_across_another_name(lead: str, role: bool) -> None:
    assert roles.role_before(lead + "Марата Сапарова", len(lead)) is role


@pytest.mark.parametrize(
    ("text", "language", "only"),
    [
        ("Ержан X в сентябре был арестован на 15 суток в административном порядке.", "ru", True),
        (
            "Ержан X арестован на 15 суток в административном порядке. Уголовное дело против "
            "него не возбуждалось.",
            "ru",
            True,
        ),
        (
            "Административные дела в статистику уголовных преследований не включаются.",
            "ru",
            False,
        ),
        ("Оштрафован по КоАП. Экологи указывают на нарушения.", "ru", True),
        ("Оштрафован по КоАП, затем осужден по ст. 274 УК РК.", "ru", False),
        (
            "A co-worker was fined under the Code of Administrative Offences and is not a party "
            "to the criminal case.",
            "en",
            True,
        ),
        (
            "He was fined under the Code of Administrative Offences, then charged with a "
            "criminal offence.",
            "en",
            False,
        ),
        ("Ол әкімшілік жауапқа тартылып, 20 АЕК айыппұл төледі.", "kk", True),
        ("Ол әкімшілік тәртіппен 10 тәулікке қамалды, қылмыстық іс қозғалмаған.", "kk", True),
        ("Ол әкімшілік жауапқа тартылды, кейін ҚК 174-бабы бойынша сотталды.", "kk", False),
    ],
)
def test_administrative_only(text: str, language: str, only: bool) -> None:
    assert administrative_only(text, language) is only


@pytest.mark.parametrize(
    ("text", "surname", "language", "told"),
    [
        (
            "Ms Ospanova, a lawyer based in Shymkent who has defended activists, was detained "
            "on 14 October.",
            "Ospanova",
            "en",
            True,
        ),
        (
            "The court sentenced local journalist and YouTube host Gaukhar Mukhtarkyzy to one "
            "year.",
            "Mukhtarkyzy",
            "en",
            True,
        ),
        ("Correspondent Timur Oralbay reports from Kyzylorda.", "Oralbay", "en", False),
        ("Ms Ospanova, who represents him, said he was detained.", "Ospanova", "en", False),
        (
            "Оспанова, адвокат из Шымкента, была задержана 14 октября.",
            "Оспанова",
            "ru",
            True,
        ),
        ("Суд признал виновной журналистку Дану Оспанову.", "Оспанову", "ru", True),
        ("Адвокат Дана Оспанова заявила, что обжалует приговор.", "Оспанова", "ru", False),
        (
            "Орал қалалық соты журналист Сәуле Жаңабайқызына 150 АЕК айыппұл салды.",
            "Жаңабайқызы",
            "kk",
            True,
        ),
        ("Судья Айгүл Досова Қайыповқа 2 жыл тағайындады.", "Қайыпов", "kk", True),
        # refused: the judge, in the nominative, is no one punished
        ("Судья Айгүл Досова Қайыповқа 2 жыл тағайындады.", "Досова", "kk", False),
        ("Тілші Бекзат Омаров хабарлайды.", "Омаров", "kk", False),
    ],
)
def test_told_prosecuted(text: str, surname: str, language: str, told: bool) -> None:
    assert roles.told_prosecuted(text, surname, language) is told


def test_a_reporter_named_first_is_no_case() -> None:
    text = (
        "Court case 1. Correspondent Timur Oralbay reports from Kyzylorda. On 12 November 2026 "
        "the Kyzylorda City Court sentenced local journalist and YouTube host Gaukhar "
        "Mukhtarkyzy to one year of restricted freedom under Article 274, Part 2. Oralbay says "
        "the prosecutor had asked for two years. Mukhtarkyzy will appeal."
    )
    assert _names(text) == ["Gaukhar Mukhtarkyzy"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "My sister, Madina ZHUNUSOVA, a teacher, was detained on 3 October 2026 and charged "
            "under Article 274, Part 3.\n\nUPDATES\n24 Nov 2026 — Second hearing held. The "
            "headmistress, Raisa Tokhtarova, testified that she had no complaints about Madina.",
            ["Madina ZHUNUSOVA"],
        ),
        (
            "Моя сестра Мадина ЖУНУСОВА задержана 3 октября 2026 года, ей предъявлено обвинение "
            "по ч. 3 ст. 274 УК РК.\n\nОБНОВЛЕНИЕ\n24 ноября 2026 — прошло второе заседание. "
            "Свидетель Раиса Тохтарова заявила, что претензий к Мадине не имеет.",
            ["Мадина Жунусова"],
        ),
    ],
)
def test_a_later_paragraph_naming_only_a_witness_adds_no_case(text: str, people: list[str]) -> None:
    assert _names(text) == people


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # refused: a name in title case, then whom the judge sentenced, in capitals
        ("Судья Ерболат Қасымов СЕЙІТҚАЗИЕВКЕ 3 жыл тағайындады.", ["СЕЙІТҚАЗИЕВКЕ"]),
        # accepted: a given name and a patronymic before the surname in capitals
        ("Судья Ерболат Қасымұлы СЕЙІТҚАЗИЕВКЕ 3 жыл тағайындады.", None),
        ("Белсенді Ерболат СЕЙІТҚАЗИЕВКЕ 3 жыл тағайындалды.", ["Ерболат", "СЕЙІТҚАЗИЕВКЕ"]),
    ],
)
def test_a_surname_in_capitals_after_another_persons_name(
    sentence: str, words: list[str] | None
) -> None:
    found = [m.words for m in names.find_mentions(sentence) if "СЕЙІТҚАЗИЕВКЕ" in m.words]
    if words is None:
        assert found and found[0][-2:] == ["Қасымұлы", "СЕЙІТҚАЗИЕВКЕ"]
    else:
        assert found == [words]


@pytest.mark.parametrize(
    ("text", "name", "language", "in_role"),
    [
        ("The headmistress, Raisa Tokhtarova, testified.", "Raisa Tokhtarova", "en", True),
        ("Chair of the Commission    Erlan Zhunusov", "Erlan Zhunusov", "en", True),
        ("Court Fines Two Villagers\n\nBy Daniyar Kemelov\nMay 2", "Daniyar Kemelov", "en", True),
        ("Fined by Daniyar Kemelov's court", "Daniyar Kemelov", "en", False),
        ("Заключение специалиста-социолога Елены Ким.", "Елены Ким", "ru", True),
        # refused: a reporter or a specialist is as often the one prosecuted
        ("Correspondent Timur Oralbay reports.", "Timur Oralbay", "en", False),
        ("IT-специалист Марат Ким задержан.", "Марат Ким", "ru", False),
        ("Blogger Timur Oralbay was detained.", "Timur Oralbay", "en", False),
    ],
)
def test_a_head_teacher_or_a_courts_specialist_is_in_a_role(
    text: str, name: str, language: str, in_role: bool
) -> None:
    start = text.index(name)
    assert roles.named_in_role(text, start, start + len(name), language) is in_role


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        # accepted: a schedule's row naming the defendant and the article, the verdict put off
        (
            "Дата: 25.11.2026 | Подсудимый: Кенжебаев Арман Серикович | Статья: ч. 2 ст. 405 УК "
            "РК | Результат: оглашение отложено на 02.12.2026",
            "on_trial",
        ),
        (
            "Күні: 19.11.2026 | Сотталушы: Серікбаев Олжас Бауыржанұлы | ҚК бабы: 174-бап "
            "1-бөлік | Нәтижесі: жариялау 03.12.2026 күнге ауыстырылды",
            "on_trial",
        ),
        # refused: a row naming a witness with no defendant's label is no case
        (
            "Дата: 25.11.2026 | Свидетель: Кенжебаев Арман Серикович | Статья: ч. 2 ст. 405 УК "
            "РК | Результат: оглашение отложено",
            None,
        ),
    ],
)
def test_a_schedules_defendant_with_the_verdict_put_off_is_on_trial(
    text: str, stage: str | None
) -> None:
    cases = extract_cases(text)
    assert (cases[0]["stage"] if cases else None) == stage


def test_a_kazakh_co_defendant_told_together_with_the_other() -> None:
    text = (
        "Кентау қалалық соты 2026 жылғы 27 қарашада кәсіпкер Ержан Қайратұлына ҚК 174-бабының "
        "1-бөлігі бойынша 5 жыл бас бостандығынан айыру жазасын кесті. Қайратұлымен бірге "
        "сотталған студент Әсет Бекмұратовқа 2 жыл бас бостандығын шектеу жазасы тағайындалды."
    )
    assert sorted(_names(text)) == ["Ержан Қайратұлы", "Әсет Бекмұратов"]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # accepted: a patronymic between a given name and a surname of no usual ending
        (
            "Суд вынес приговор моему брату Асхату Нурланулы Сейткали.",
            ["Асхату", "Нурланулы", "Сейткали"],
        ),
        (
            "Сот белсенді Асқар Нұрланұлы Сейітқалиға үкім шығарды.",
            ["Асқар", "Нұрланұлы", "Сейітқалиға"],
        ),
        # (a short surname too: «пенсионерке Ольге Петровне Швец»)
        ("Суд вынес приговор пенсионерке Ольге Петровне Швец.", ["Ольге", "Петровне", "Швец"]),
        # refused: no patronymic between, the third word is no surname
        ("Суд вынес приговор брату Асхату Нурлану Сейткали.", None),
    ],
)
def test_a_patronymic_between_makes_the_third_word_a_surname(
    sentence: str, words: list[str] | None
) -> None:
    found = [m.words for m in names.find_title_mentions(sentence) if len(m.words) == 3]
    assert (found[0] if found else None) == words


@pytest.mark.parametrize(
    ("word", "first", "refused"),
    [
        ("Қудалау", True, True),  # persecution, opening a sentence
        ("Тексеру", True, False),
        ("Сөйлеу", True, True),
        ("Қудалау", False, False),  # mid-sentence: left to the other tests
        ("Айдана", True, False),
        ("Ертай", True, False),
    ],
)
def test_a_kazakh_verbal_noun_opening_a_sentence_is_no_given_name(
    word: str, first: bool, refused: bool
) -> None:
    assert names.kazakh_not_given(word, first) is refused


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # refused: a notice's greeting names the one who gets it, not the convicted husband
        (
            "Уважаемая Сапарова Дана Маратовна!\nПо делу № 1-318 размещён судебный акт.\n"
            "Сапарова Ерлана Болатовича признать виновным по ч. 1 ст. 174 УК РК и назначить ему "
            "наказание в виде 3 лет лишения свободы. Приговор от 20.11.2026.",
            ["Ерлан Болатович Сапаров"],
        ),
        # refused: a schedule's civil dispute with no article is no case
        (
            "26.11.2026 | Kostanay City Court | KURMANOV Askhat | Art. 405 Part 2 CC | trial "
            "opened on 26.11.2026\n\n27.11.2026 | Kostanay Regional Court (appeals board) | "
            "ORAZBAYEV Serik | — | Appeal heard on 27.11.2026 [civil dispute, not monitored]",
            ["KURMANOV Askhat"],
        ),
        # refused: one named beside the convicted, their administrative arrest alone told
        (
            "Атырау қалалық соты 2026 жылғы 25 қарашада белсенді Ерболат Қайыповқа және Гүлнұр "
            "Омароваға ҚК 274-бабының 2-бөлігі бойынша үкім шығарды. Қайыповқа 2 жыл бас "
            "бостандығын шектеу, Омароваға 648 750 теңге айыппұл тағайындалды. Былтыр тағы бір "
            "белсенді – Мақсат Ізбасаров 10 тәулікке әкімшілік қамауға алынған.",
            ["Ерболат Қайыпов", "Гүлнұр Омарова"],
        ),
    ],
)
def test_who_is_greeted_fined_or_in_a_civil_dispute_is_no_case(
    text: str, people: list[str]
) -> None:
    assert _names(text) == people


def test_a_codefendant_detained_now_and_arrested_administratively_before_is_a_case() -> None:
    text = (
        "Бүгін, 2026 жылғы 28 қарашада, белсенді Ғалымжан Сейтқали мен мұғалім Меруерт "
        "Әбдіхалықова ұсталды. Екеуіне де ҚК-нің 174-бабының 1-бөлігі бойынша күдік келтірілген."
        "\n\nАйта кетейік, Ғалымжан Сейтқали 2025 жылы 10 тәулікке әкімшілік қамаққа алынған."
    )
    assert sorted(_names(text)) == sorted(["Ғалымжан Сейтқали", "Меруерт Әбдіхалықова"])


def test_a_daughters_signature_over_hashtags_is_no_case() -> None:
    text = (
        "Моего папу, Бахыта Каримовича Сейтжанова, 3 ноября 2026 года задержали в Кызылорде. "
        "4 ноября ему предъявили обвинение по ч. 2 ст. 274 УК РК.\n\n"
        "Алия Сейтжанова, дочь\n#свободуСейтжанову #Кызылорда"
    )
    assert _names(text) == ["Бахыт Каримович Сейтжанов"]


def test_a_person_named_inside_anothers_apposition_is_not_told_of() -> None:
    text = (
        "On 5 November 2026 the Atyrau City Court sentenced Ms. Dana ISMAILOVA, the head of "
        "the local group Adal Enbek, to three years of restricted freedom under Article 274, "
        "Part 2. Mr. Timur AKHMETOV, a correspondent who had interviewed Ms. Ismailova for a "
        "report on the trial, was detained on 9 November 2026. On 11 November 2026 an "
        "investigating judge ordered him held in custody for two months."
    )
    assert _names(text) == ["Dana ISMAILOVA", "Timur AKHMETOV"]


def test_one_detained_beside_two_told_apart_by_their_punishments_is_a_case() -> None:
    text = (
        "Бүгін, 2026 жылғы 30 қарашада, қозғалыс белсендісі Әсел Бақытжанқызы Темірбекова "
        "ұсталды. Оған ҚК-нің 174-бабының 1-бөлігі бойынша күдік келтірілді.\n\n"
        "24 қарашада студент Жанболат Оспановқа ҚК-нің 274-бабының 2-бөлігі бойынша айып "
        "тағылды, ол қаладан шықпау туралы қолхат берді.\n\n"
        "Қозғалыс жетекшісі Нұрсұлтан Әбілов былтыр 10 тәулікке әкімшілік қамауда отырды."
    )
    found = _names(text)
    assert "Әсел Бақытжанқызы Темірбекова" in found and "Нұрсұлтан Әбілов" not in found
