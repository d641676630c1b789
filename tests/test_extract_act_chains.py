"""Russian and Kazakh acts told in a chain, on a card's labelled line, or plainly after their
day (h28d), as table tests in invented wording: what the extractor must read (accepted) and
must not (refused). English has none of these forms here (see test_extract_english.py)."""

from __future__ import annotations

import pytest

from bot.extract import act_chains, act_chronology, act_spans, extract_cases

TODAY = __import__("datetime").date(2026, 12, 1)


def _acts(text: str) -> dict[str, list[tuple[str | None, str]]]:
    return {
        c["person"]["name"]: [(a["date"], a["description"]) for a in c["acts"]]
        for c in extract_cases(text, today=TODAY)
    }


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # a paper's labelled line «Фабула обвинения:» before the deed
        (
            "Обвиняемый: Сапаров Ержан Болатович, 1990 г. р., житель г. Тараза.\n"
            "Обвинение предъявлено 03.10.2026 по ч. 2 ст. 174 УК РК.\n"
            "Фабула обвинения: Сапаров Е. Б. 5 августа 2026 года разместил в канале «Тараз "
            "жастары» аудиозапись лекции.",
            [("2026-08-05", "разместил в канале «Тараз жастары» аудиозапись лекции")],
        ),
        # «, а <day> <verb>»: the next deed of the chain on its own day
        (
            "Арман Тулегенов задержан 2 марта 2026 года по ч. 2 ст. 405 УК РК. Основание: по "
            "версии следствия, 10.01.2026 участвовал в собрании сторонников движения в Zoom, а "
            "14.02.2026 раздавал газеты движения у вокзала.",
            [
                ("2026-01-10", "участвовал в собрании сторонников движения в Zoom"),
                ("2026-02-14", "раздавал газеты движения у вокзала"),
            ],
        ),
        # a payment told by its past verb after «и» is a deed, not a cost
        (
            "Гульнар Серикова задержана 20 апреля 2026 года по ч. 2 ст. 405 УК РК. По версии "
            "обвинения, 3 апреля 2026 года Серикова приняла участие в онлайн-встрече "
            "сторонников движения и отправила «на нужды движения» 3 000 тенге.",
            [
                ("2026-04-03", "приняла участие в онлайн-встрече сторонников движения"),
                (None, "отправила «на нужды движения» 3 000 тенге"),
            ],
        ),
    ],
)
def test_russian_acts(text: str, acts: list[tuple[str | None, str]]) -> None:
    assert list(_acts(text).values()) == [acts]


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # «посадили за то, что он ...»
        (
            "Моего мужа Асета Жумагулова задержали 4 мая 2026 года, а потом посадили за то, что "
            "он вёл страницу движения в Instagram.",
            [(None, "вёл страницу движения в Instagram")],
        ),
        # «Весь «состав» – это то, что <given name> <time> <verb>»
        (
            "Берика Оспанова задержали 7 мая 2026 года по ч. 2 ст. 405 УК РК. Весь «состав» – "
            "это то, что Берик в апреле отправил в чат друзей ссылку на эфир.",
            [(None, "отправил в чат друзей ссылку на эфир")],
        ),
        # refused: a quoted word and a dash with no «это» is no such cue
        (
            "Берика Оспанова задержали 7 мая 2026 года. Весь «город» – за него.",
            [],
        ),
    ],
)
def test_russian_acts_after_what_the_charge_is(
    text: str, acts: list[tuple[str | None, str]]
) -> None:
    assert list(_acts(text).values()) == [acts]


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # told plainly after its day, the one who did it named in between
        (
            "Сварщика Нурлана Абенова из Аксу 2 ноября 2026 года задержали по ч. 1 ст. 174 УК РК. "
            "4 октября 2026 года в чате дома Абенов написал, что соседей «надо выселить».",
            [("2026-10-04", "в чате дома написал, что соседей «надо выселить»")],
        ),
        # a passive «опубликован материал»: the work
        (
            "Журналистку Динару Омарову 1 октября 2026 года задержали по ч. 2 ст. 274 УК РК. "
            "9 июля 2026 года на сайте издания опубликован материал о том, что мост построили без "
            "экспертизы.",
            [("2026-07-09", "материал о том, что мост построили без экспертизы")],
        ),
        # «судят за ложную информацию»: the offence's object alone gives way to the deed
        (
            "Журналистку Айгуль Бекову 3 ноября 2026 года задержали по ч. 2 ст. 274 УК РК. Теперь "
            "ее судят за ложную информацию. 9 июля 2026 года Бекова опубликовала пост о мосте.",
            [("2026-07-09", "опубликовала пост о мосте")],
        ),
    ],
)
def test_russian_deeds_told_plainly(text: str, acts: list[tuple[str | None, str]]) -> None:
    assert list(_acts(text).values()) == [acts]


def test_a_writers_own_reason_is_no_act() -> None:
    text = (
        "Моего брата Тимура Ахметова задержали 5 ноября 2026 года по ч. 2 ст. 405 УК РК. Пишу, "
        "потому что не знаю, "
        "к кому ещё обратиться."
    )
    assert _acts(text) == {"Тимур Ахметов": []}


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # a card's labelled line «Айып мәні:» and a chain split where a day opens a link
        (
            "ЕРЛАНОВ Асқар Бекұлы\nҚаласы: Орал\nБап: ҚР ҚК 405-бабының 2-бөлігі\nҰсталған күні: "
            "16.03.2026\n"
            "Айып мәні: тергеу дерегі бойынша, 2026 жылғы 3 наурызда тыйым салынған "
            "қозғалыстың жиынына қатысып, 2026 жылғы 9 наурызда қозғалыстың үндеуін "
            "Telegram-арнасында таратқан.",
            [
                ("2026-03-03", "тыйым салынған қозғалыстың жиынына қатысып"),
                ("2026-03-09", "қозғалыстың үндеуін Telegram-арнасында таратқан"),
            ],
        ),
        # «Не үшін:» on a card
        (
            "Арман Қасымов 2026 жылғы 5 мамырда ұсталды.\nБап: ҚК-нің 174-бабы\nНе үшін: 2026 "
            "жылғы 4 мамырда "
            "Instagram-да жарияланған өлеңі.",
            [("2026-05-04", "Instagram-да жарияланған өлеңі")],
        ),
        # «Сот Xға ... деп айып таққан»: charged with having done X
        (
            "Сот Айгүл Әлімоваға 2026 жылғы 8 маусымда TikTok-та аудан әкімін «жалқау» деп атады "
            "деп айып таққан. Әлімова 2026 жылғы 1 шілдеде ұсталды.",
            [("2026-06-08", "TikTok-та аудан әкімін «жалқау» деп атады")],
        ),
        # «тергеу оның ... өлеңін негізге алды»
        (
            "Ақын Серік Оспанов 2026 жылғы 2 қазанда ұсталды. Оған ҚК-нің 174-бабы бойынша "
            "айып тағылды; тергеу оның 2026 жылғы 5 қыркүйекте Facebook-те жариялаған "
            "«Дала әні» өлеңін негізге алды.",
            [("2026-09-05", "Facebook-те жариялаған «Дала әні» өлеңін")],
        ),
        # a full day opens the sentence, a deed's verb closes it, no one named
        (
            "Шахтер Бауыржан Сейітов 2026 жылғы 2 сәуірде ұсталды. Оған ҚК-нің 272-бабы бойынша "
            "айып тағылды. "
            "2026 жылғы 12 наурызда WhatsApp-та аудиохабарлама жіберіп, жұмысшыларды алаңға "
            "шығуға шақырған.",
            [
                (
                    "2026-03-12",
                    "WhatsApp-та аудиохабарлама жіберіп, жұмысшыларды алаңға шығуға шақырған",
                )
            ],
        ),
        # refused: what the court did after a day is no deed
        (
            "Дәулет Нұрланов 2025 жылы сотталды. 2026 жылғы 20 ақпанда облыстық соттың "
            "алқасы үкімнің күшін жойып, істі қайта қарауға жіберді.",
            [],
        ),
    ],
)
def test_kazakh_acts(text: str, acts: list[tuple[str | None, str]]) -> None:
    assert list(_acts(text).values()) == [acts]


def test_each_one_named_in_the_genitive_owns_their_deed() -> None:
    text = (
        "Орал қалалық соты 2026 жылғы 25 қарашада Орал қаласының тұрғындары Сейтов Нұрлан Асанұлы "
        "мен Омаров Ерлан Бекұлына қатысты үкім шығарды. Сот отырысында Н. Сейтовтың тыйым "
        "салынған ұйымның "
        "материалдарын Telegram-арнада таратқаны, ал Е. Омаровтың 2026 жылғы 3 сәуірде ұйымның "
        "жиынын ұйымдастыруға көмектескені анықталды."
    )
    assert _acts(text) == {
        "Нұрлан Асанұлы Сейтов": [
            (None, "тыйым салынған ұйымның материалдарын Telegram-арнада таратқаны")
        ],
        "Ерлан Бекұлы Омаров": [("2026-04-03", "ұйымның жиынын ұйымдастыруға көмектескені")],
    }


@pytest.mark.parametrize(
    ("text", "language", "parts"),
    [
        ("жиынға қатысып, 2026 жылғы 5 наурызда үндеуді жариялаған", "kk", 2),
        ("жиынға қатысып, үндеуді жариялаған", "kk", 1),  # no day: one chain
        ("жиынға қатысып, 2026 жылғы 5 наурызда", "ru", 1),
    ],
)
def test_dated_links(text: str, language: str, parts: int) -> None:
    assert len(act_chains.dated_links(text, language)) == parts


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        ("5 октября Арман поделился в Facebook видео", "5 октября поделился в Facebook видео"),
        ("5 октября суд назначил ему штраф", None),  # no deed's verb
        ("В октябре Арман поделился видео", None),  # no day first
    ],
)
def test_told_with_day(text: str, deed: str | None) -> None:
    found = act_chains.told_with_day(text, "ru")
    assert (found[0] if found else None) == deed


@pytest.mark.parametrize(
    ("block", "language", "deeds"),
    [
        (
            "— 2026 —\n\n4 НАУРЫЗ\nInstagram-да әкімдік туралы видео жариялады\n\n"
            "9 НАУРЫЗ\nПолиция үйінен ұстап әкетті",
            "kk",
            [("4 НАУРЫЗ 2026", "Instagram-да әкімдік туралы видео жариялады")],
        ),
        (
            "2026\n\n03.04 ● Публикация\nПост о том, что в поликлинике нет врачей\n\n"
            "10.04 ● Задержание\nЕе задерживают дома",
            "ru",
            [("03.04.2026", "Пост о том, что в поликлинике нет врачей")],
        ),
        (
            "2026\n\n5 MAY\nposted a video about the dam\n\n9 MAY\nDetained at home",
            "en",
            [("5 MAY 2026", "posted a video about the dam")],
        ),
        # refused: no year anywhere for a day without one; a line that is no deed
        ("4 НАУРЫЗ\nInstagram-да видео жариялады", "kk", []),
        ("2026\n\n10.04 ● Задержание\nЕе задерживают дома", "ru", []),
    ],
)
def test_stacked_deeds(block: str, language: str, deeds: list[tuple[str, str]]) -> None:
    assert act_chronology.stacked_deeds(block, language) == deeds


def test_an_infographics_day_dates_the_deed_on_the_next_line() -> None:
    text = (
        "ИНФОГРАФИКА\n\nДЕЛО ЕРЖАНА АБДИЕВА\n\nСтатья: ч. 2 ст. 274 УК РК\n\n2026\n\n"
        "03.04 ● Публикация\nПост о том, что в поликлинике нет врачей\n\n"
        "10.04 ● Задержание\nЕржана Абдиева задерживают дома"
    )
    assert list(_acts(text).values()) == [
        [("2026-04-03", "Пост о том, что в поликлинике нет врачей")]
    ]


def test_an_arrest_with_where_he_was_put_gives_the_reason() -> None:
    text = (
        "Курьера Асхата Нургалиева 5 мая 2026 года задержали и поместили в СИЗО за видео в "
        "TikTok от 2 мая 2026 года о мусоре во дворах."
    )
    assert list(_acts(text).values()) == [[("2026-05-02", "видео в TikTok о мусоре во дворах")]]


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # where the work appeared goes; «, а «...»» inside the words told goes on
        (
            "Админа канала Олега Смирнова задержали 20 ноября 2026 года. По данным полиции, "
            "15 ноября 2026 года в канале появилось сообщение о том, что в городе нет воды, а "
            "«власти молчат».",
            [("2026-11-15", "сообщение о том, что в городе нет воды, а «власти молчат»")],
        ),
        # refused: «, а» before another clause still closes the act
        (
            "Админа канала Олега Смирнова задержали 20 ноября 2026 года. По данным полиции, "
            "15 ноября 2026 года в канале появилось сообщение о перебоях с водой, а "
            "горожане стали скупать воду.",
            [("2026-11-15", "сообщение о перебоях с водой")],
        ),
    ],
)
def test_russian_work_that_appeared(text: str, acts: list[tuple[str | None, str]]) -> None:
    assert list(_acts(text).values()) == [acts]


def test_a_kazakh_deed_told_round_its_doers_initials() -> None:
    text = (
        "2026 жылғы 2 қазанда Атырау қаласының тұрғындары Бақыт Серікова мен Ерлан Жұмашев "
        "ұсталды. Хаттың мәтінін Б. Серікова жазған, ал видеоны Е. Жұмашев 2026 жылғы 29 "
        "қыркүйекте өзінің Facebook парақшасына жариялаған."
    )
    assert _acts(text) == {
        "Бақыт Серікова": [(None, "Хаттың мәтінін жазған")],
        "Ерлан Жұмашев": [("2026-09-29", "видеоны өзінің Facebook парақшасына жариялаған")],
    }


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Видеоны С. Омаров Instagram-ға жариялаған.",
            [("Видеоны Instagram-ға жариялаған", "Омаров")],
        ),
        # refused: the name in the genitive or the dative is not who did it
        ("С. Омаровтың видеосын полиция тексерген.", []),
        ("Видеоны С. Омаровқа көрсеткен.", []),
    ],
)
def test_kk_told_by_initials(text: str, told: list[tuple[str, str]]) -> None:
    assert act_chains.kk_told_by_initials(text) == told


def test_that_day_after_a_co_defendants_name_takes_the_day_before() -> None:
    text = (
        "Ерлан Нуров задержан 9 марта 2026 года по ч. 1 ст. 174 УК РК. По версии обвинения, "
        "2 марта 2026 года Петров в группе «Наш двор» назвал соседей «чужаками», "
        "а Нуров в тот же день разместил в этой группе оскорбительные комментарии."
    )
    assert _acts(text) == {
        "Ерлан Нуров": [("2026-03-02", "разместил в этой группе оскорбительные комментарии")]
    }


@pytest.mark.parametrize(
    ("description", "deed"),
    [
        # a place's quoted name before the verb
        (
            "Петров в группе «Наш двор» назвал соседей «чужаками»",
            "в группе «Наш двор» назвал соседей «чужаками»",
        ),
        # refused: a clause of its own as the aside keeps the lead
        (
            "Петров, который вёл группу, в группе назвал соседей «чужаками»",
            "Петров, который вёл группу, в группе назвал соседей «чужаками»",
        ),
    ],
)
def test_russian_lead_with_a_trade(description: str, deed: str) -> None:
    assert act_spans.without_lead(description, "ru")[0] == deed


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # «яғни <the offence>» gives way; what follows «күдік келтірілген:» is the deed
        (
            "Асқар Нұрғалиев 2026 жылғы 20 қарашада ұсталды. Оған ҚК-нің 174-бабы бойынша, "
            "яғни әлеуметтік араздықты қоздырғаны үшін күдік келтірілген: ол 2026 жылғы 9 "
            "қарашада үй чатына әкімдікті балағаттаған мәтін жариялаған.",
            [("2026-11-09", "үй чатына әкімдікті балағаттаған мәтін жариялаған")],
        ),
    ],
)
def test_kazakh_deed_after_the_charge(text: str, acts: list[tuple[str | None, str]]) -> None:
    assert list(_acts(text).values()) == [acts]


@pytest.mark.parametrize(
    ("parts", "last"),
    [
        (
            ["видео жариялап", " «су жоқ", " әкім тойда» деген видеосы"],
            " «су жоқ, әкім тойда» деген видеосы",
        ),
        (["видео жариялап", " жазбасы"], " жазбасы"),  # no quote open: the last part alone
    ],
)
def test_last_unquoted(parts: list[str], last: str) -> None:
    assert act_chains.last_unquoted(parts) == last


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # a comma inside the quoted title of the work, before «үшін»
        (
            "Блогер Ерлан Сапаров 2026 жылғы 25 қарашада ұсталды. Тергеушілер оны күдікті "
            "дейді — 2026 жылғы 20 қарашадағы «жол жоқ, әкім демалыста» деген видеосы үшін.",
            [("2026-11-20", "«жол жоқ, әкім демалыста» деген видеосы")],
        ),
    ],
)
def test_kazakh_quoted_title_with_a_comma(text: str, acts: list[tuple[str | None, str]]) -> None:
    assert list(_acts(text).values()) == [acts]


def test_because_inside_quoted_words_is_no_reason() -> None:
    text = (
        "Блогера Асель Нуртаеву 3 июня 2026 года задержали за пост в Facebook о том, что в "
        "больнице «люди ждут, потому что нет врачей»."
    )
    assert list(_acts(text).values()) == [
        [(None, "пост в Facebook о том, что в больнице «люди ждут, потому что нет врачей»")]
    ]


def test_who_they_are_before_the_initials_is_no_part_of_the_deed() -> None:
    assert act_chains.kk_told_by_initials(
        "Ақсу қаласының тұрғыны, мұғалім А.Б. Серікова 2026 жылғы 8 сәуірде видеоны таратқан."
    ) == [("2026 жылғы 8 сәуірде видеоны таратқан", "Серікова")]


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # «Соның үшін ... айыпталды»: the deed is the sentence before; the question tells none
        (
            "Серік Жомартұлы кім және оған не үшін айып тағылды? Ол 2026 жылғы 2 сәуірде "
            "ұсталды. 2026 жылғы 10 наурызда ол Instagram-да қозғалыстың үндеуін бөліскен. "
            "Соның үшін ҚК-нің 405-бабының 2-бөлігі бойынша, яғни тыйым салынған ұйымның "
            "қызметіне қатысты деп айыпталды.",
            [("2026-03-10", "Instagram-да қозғалыстың үндеуін бөліскен")],
        ),
        # refused: only a question names the charge
        (
            "Серік Жомартұлы 2026 жылғы 2 сәуірде ұсталды. Оған не үшін айып тағылды?",
            [],
        ),
        (
            "Ерлан Досов задержан 2 апреля 2026 года. За что его судят по ч. 2 ст. 405 УК РК?",
            [],
        ),
        (
            "Yerlan Dosov was detained on 2 April 2026. Why was he charged over a post?",
            [],
        ),
    ],
)
def test_a_question_tells_no_act(text: str, acts: list[tuple[str | None, str]]) -> None:
    assert list(_acts(text).values()) == [acts]


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (
            "Мұнайшы Ержан Сейітов 2026 жылғы 9 тамызда ұсталды. Ол не істеді? 2026 жылғы 4 "
            "тамызда жиналыста жалақы туралы сөйледі.",
            [("2026-08-04", "жиналыста жалақы туралы сөйледі")],
        ),
        (
            "Нефтяника Ержана Сеитова задержали 9 августа 2026 года. Что же он сделал? 4 августа "
            "2026 года выступил на собрании о зарплате.",
            [("2026-08-04", "выступил на собрании о зарплате")],
        ),
        # refused: a question on what someone else did
        (
            "Мұнайшы Ержан Сейітов 2026 жылғы 9 тамызда ұсталды. Әкімдік не істеді? Ештеңе.",
            [],
        ),
    ],
)
def test_the_answer_to_what_did_he_do(text: str, acts: list[tuple[str | None, str]]) -> None:
    assert list(_acts(text).values()) == [acts]


@pytest.mark.parametrize(
    ("sentence", "language", "asks"),
    [
        ("What did he do?", "en", True),
        ("What did the court do?", "en", False),
        ("Что она сделала?", "ru", True),
        ("Олар не істеді?", "kk", True),
    ],
)
def test_asks_what_was_done(sentence: str, language: str, asks: bool) -> None:
    assert act_chains.asks_what_was_done(sentence, language) is asks
