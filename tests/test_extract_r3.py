"""Acts' span and split (round r3): where one act is told across «и», «а также», "and", and
where its words begin and end. Each test drives `extract_cases` on a short invented text and
asserts on the acts of the case returned: the misreading gone, the right reading present."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.extract import extract_cases

TODAY = dt.date(2026, 12, 1)


def _acts(text: str) -> dict[str, list[tuple[str | None, str]]]:
    return {
        c["person"]["name"]: [(a["date"], a["description"]) for a in c["acts"]]
        for c in extract_cases(text, today=TODAY)
    }


_RU_VERDICT = (
    "Суд приговорил Армана Серикова к двум годам ограничения свободы по ч. 1 ст. 174 УК РК. "
    "По версии обвинения, "
)


@pytest.mark.parametrize(
    ("deed", "act"),
    [
        # a second infinitive of one call: «призвал «выйти» и не подчиняться ...»
        (
            "14 марта 2026 года Сериков опубликовал в TikTok видеоролик, в котором призвал "
            "жителей «выйти на улицы» и не подчиняться распоряжениям акимата о сносе домов.",
            (
                "2026-03-14",
                "опубликовал в TikTok видеоролик, в котором призвал жителей «выйти на улицы» и "
                "не подчиняться распоряжениям акимата о сносе домов",
            ),
        ),
        # «, а также назвал ...» inside the video's relative clause: what the video said
        (
            "14 марта 2026 года Сериков опубликовал видео, в котором утверждал, что аким "
            "«делит землю», а также назвал жителей района «понаехавшими».",
            (
                "2026-03-14",
                "опубликовал видео, в котором утверждал, что аким «делит землю», а также назвал "
                "жителей района «понаехавшими»",
            ),
        ),
        # the two sides of «между ... и ...»
        (
            "14 марта 2026 года Сериков разместил публикации, направленные на возбуждение розни "
            "между жителями области и работниками государственных органов.",
            (
                "2026-03-14",
                "разместил публикации, направленные на возбуждение розни между жителями области "
                "и работниками государственных органов",
            ),
        ),
        # two quoted adjectives of one noun
        (
            "14 марта 2026 года Сериков опубликовал комментарии, в которых противопоставлял "
            "«городских» и «аульных» жителей.",
            (
                "2026-03-14",
                "опубликовал комментарии, в которых противопоставлял «городских» и «аульных» "
                "жителей",
            ),
        ),
        # a second «что» of one saying
        (
            "14 марта 2026 года Сериков написал в Facebook, что аким «раздает рынки своим» и "
            "что «люди скоро начнут уезжать».",
            (
                "2026-03-14",
                "написал в Facebook, что аким «раздает рынки своим» и что «люди скоро начнут "
                "уезжать»",
            ),
        ),
    ],
)
def test_ru_one_act_across_and(deed: str, act: tuple[str, str]) -> None:
    assert _acts(_RU_VERDICT + deed)["Арман Сериков"] == [act]


def test_ru_two_deeds_across_and_also_stay_two() -> None:
    """«, а также перечислил ...» after a plain deed (no relative clause) is a second act."""
    text = _RU_VERDICT + (
        "14 марта 2026 года Сериков распространил листовки движения у вокзала, а также "
        "перечислил 5 000 тенге на счет движения."
    )
    acts = _acts(text)["Арман Сериков"]
    assert len(acts) == 2
    assert acts[0] == ("2026-03-14", "распространил листовки движения у вокзала")


@pytest.mark.parametrize(
    ("deed", "act"),
    [
        # a span of months, then the doer: neither is the deed
        (
            "с января по май 2026 года Сериков публиковал на канале видео о земле.",
            "публиковал на канале видео о земле",
        ),
        # the doer named by a role, after the span: the verb stays whole
        (
            "в период с января по май 2026 года обвиняемый проводил в съемной квартире "
            "собрания сторонников движения.",
            "проводил в съемной квартире собрания сторонников движения",
        ),
    ],
)
def test_ru_span_of_months_and_doer_before_the_deed(deed: str, act: str) -> None:
    assert _acts(_RU_VERDICT + deed)["Арман Сериков"] == [(None, act)]


def test_en_span_of_months_and_doer_before_the_deed() -> None:
    text = (
        "The Atyrau City Court on 20 November 2026 sentenced oil workers Nurlan Tolegenov and "
        "Saltanat Mukhtarova to two years of restricted freedom each under Article 402, Part 1, "
        "of the Criminal Code.\n\nAccording to the indictment, between March and May the two "
        "ran a WhatsApp chat of some 300 oil workers in which they called for a strike."
    )
    act = (None, "ran a WhatsApp chat of some 300 oil workers in which they called for a strike")
    acts = _acts(text)
    assert acts["Nurlan Tolegenov"] == [act]
    assert acts["Saltanat Mukhtarova"] == [act]


@pytest.mark.parametrize(
    ("deed", "act"),
    [
        # the writer's concession after the deed
        (
            "14 марта 2026 года Сериков «толкал полицейских» у ограждения, хотя на видео видно, "
            "что его самого толкали.",
            ("2026-03-14", "«толкал полицейских» у ограждения"),
        ),
        # the verdict on the words, quoted or not
        (
            "14 марта 2026 года Сериков опубликовал статью о нехватке кислорода в больнице, «что "
            "не соответствовало действительности и вызвало панику среди населения».",
            ("2026-03-14", "опубликовал статью о нехватке кислорода в больнице"),
        ),
        (
            "14 марта 2026 года Сериков опубликовал статью о заражении воды, что вызвало панику "
            "среди жителей.",
            ("2026-03-14", "опубликовал статью о заражении воды"),
        ),
    ],
)
def test_ru_remark_after_the_deed_is_no_part_of_it(deed: str, act: tuple[str, str]) -> None:
    assert _acts(_RU_VERDICT + deed)["Арман Сериков"] == [act]


def test_en_who_clause_of_everyone_is_no_act() -> None:
    """ "thanks to everyone who wrote letters": people at large; the person's deed told plainly
    is the act."""
    text = (
        "My husband Kairat Mukhametzhanov was released on 20 November 2026 after serving his "
        "sentence under Article 274, Part 2 of the Criminal Code. The court found that he wrote "
        "that the education department had paid three times the market price for laptops. "
        "Thank you to everyone who wrote letters."
    )
    acts = _acts(text)["Kairat Mukhametzhanov"]
    assert (None, "wrote letters") not in acts
    assert acts == [
        (
            None,
            "wrote that the education department had paid three times the market price for laptops",
        )
    ]


_KK_RELEASE = (
    "Түркістан облысы прокуратурасы\n28.11.2026\n\nКентау қаласының тұрғындары Б. Ж. "
    "Әбдіқадыров пен Д. Ж. Әбдіқадыровқа қатысты Қылмыстық кодекстің 405-бабының 2-бөлігі "
    "бойынша сотқа дейінгі тергеп-тексеру жүргізілуде. 2026 жылғы 27 қарашада оларға ресми айып "
    "тағылды.\n\n"
)


def test_kk_full_name_lead_and_cue_of_the_investigation_data() -> None:
    """«Тергеу деректеріне сәйкес, жеке кәсіпкер Бекзат Жұмабайұлы Әбдіқадыров <day> ...
    жариялаған»: the act begins at the deed; «Аталған әрекеттер үшін ...» is none."""
    text = _KK_RELEASE + (
        "Тергеу деректеріне сәйкес, жеке кәсіпкер Бекзат Жұмабайұлы Әбдіқадыров 2026 жылғы 9 "
        "қазанда «Кентау ақпарат» Telegram-арнасында ұйым жетекшісінің үндеуін жариялаған.\n\n"
        "Аталған әрекеттер үшін Қылмыстық кодексте 6 жылға дейін бас бостандығынан айыру "
        "көзделген."
    )
    acts = _acts(text)["Бекзат Жұмабайұлы Әбдіқадыров"]
    assert acts == [
        (
            "2026-10-09",
            "«Кентау ақпарат» Telegram-арнасында ұйым жетекшісінің үндеуін жариялаған",
        )
    ]


def test_kk_surname_first_full_name_lead() -> None:
    text = _KK_RELEASE.replace(
        "Б. Ж. Әбдіқадыров пен Д. Ж. Әбдіқадыровқа", "Д. Е. Дәулетовке"
    ).replace("оларға", "оған") + (
        "Айыптау актісіне сәйкес, Тараз қаласының тұрғыны, жеке кәсіпкер Дәулетов Дәурен "
        "Ерланұлы 2026 жылғы наурыз-мамыр айларында ұйымның үндеулерін «Тараз жаңалықтары» "
        "чатында таратқан."
    )
    [(_, act)] = _acts(text)["Дәурен Ерланұлы Дәулетов"]
    assert act == "ұйымның үндеулерін «Тараз жаңалықтары» чатында таратқан"


def test_en_who_clause_of_everyone_somewhere_is_no_act() -> None:
    text = (
        "Askar Temirbekuly was sentenced on 20 November 2026 to two years of restricted freedom "
        "under Article 174, Part 1 of the Criminal Code. On 12 January 2026 Temirbekuly posted a "
        "video about the Pavlodar heating plant. Thank you to everyone in this network who "
        "wrote letters and shared the petition."
    )
    acts = _acts(text)["Askar Temirbekuly"]
    assert all("letters" not in description for _, description in acts)
    assert acts == [("2026-01-12", "a video about the Pavlodar heating plant")]


_KK_INDICTMENT = (
    "Қонаев қалалық соты 2026 жылғы 20 қарашада белсенді Жандос Иманғалиевті Қылмыстық "
    "кодекстің 174-бабының 1-бөлігі бойынша екі жылға бас бостандығын шектеуге соттады. "
    "Айыптау актісіне сәйкес, Иманғалиев Ж.Б. "
)


def _only_acts(text: str) -> list[tuple[str | None, str]]:
    """The acts of the one case the text tells (however its name is read)."""
    [acts] = _acts(text).values()
    return acts


def test_kk_deed_added_in_passing_shares_the_day() -> None:
    """«..., сондай-ақ ... деп айтқан»: the added deed is told in the same breath, on that day."""
    text = _KK_INDICTMENT + (
        "2026 жылғы 28 тамызда алаңдағы жиында сөз сөйлеп, жиналғандарды әкімдікке баруға "
        "шақырған, сондай-ақ басқа ұлт өкілдерін тасқынға кінәлі деп айтқан."
    )
    assert _only_acts(text) == [
        ("2026-08-28", "алаңдағы жиында сөз сөйлеп, жиналғандарды әкімдікке баруға шақырған"),
        ("2026-08-28", "басқа ұлт өкілдерін тасқынға кінәлі деп айтқан"),
    ]


def test_kk_deed_added_with_its_own_time_keeps_none() -> None:
    text = _KK_INDICTMENT + (
        "2026 жылғы 28 тамызда Telegram-арнасында аудиоуағыз жариялаған, сондай-ақ қазан айында "
        "жастарды жабық жиындарға тартқан."
    )
    acts = _only_acts(text)
    assert (None, "қазан айында жастарды жабық жиындарға тартқан") in acts


def test_ru_yearless_day_before_the_pronoun_dates_the_deed() -> None:
    """«— 4 марта он написал в Facebook, что ...» in an interview dated by its heading: the
    day before the pronoun is the deed's, in the text's year."""
    text = (
        "Интервью, 28 ноября 2026 года\n\n"
        "Николай Воронцов приговорен к двум годам ограничения свободы по ч. 2 ст. 274 УК РК.\n\n"
        "— За что именно его осудили?\n\n"
        "— 4 марта он написал в Facebook, что заместитель акима «купил должность»."
    )
    assert _acts(text)["Николай Воронцов"] == [
        ("2026-03-04", "написал в Facebook, что заместитель акима «купил должность»")
    ]


_KK_VERDICT = (
    "Атырау қалалық соты 2026 жылғы 20 қарашада белсенді Мұрат Төлегенұлы Төлегеновті "
    "Қылмыстық кодекстің 402-бабының 1-бөлігі бойынша екі жылға бас бостандығын шектеуге "
    "соттады. "
)


def test_kk_what_he_is_accused_of_is_the_act_where_nothing_else_is_told() -> None:
    text = _KK_VERDICT + "Ол мұнайшыларды ереуілге шақырды деп айыпталған."
    assert _only_acts(text) == [(None, "мұнайшыларды ереуілге шақырды")]


def test_kk_what_he_is_accused_of_gives_way_to_the_deed_told() -> None:
    text = _KK_VERDICT + (
        "Ол әлеуметтік желіде жалған ақпарат таратты деп айыпталған. Айыптау актісіне сәйкес, "
        "ол 2026 жылғы 3 мамырда Facebook-те мұражайдан жәдігерлер ұрланды деп жазған."
    )
    assert _only_acts(text) == [
        ("2026-05-03", "Facebook-те мұражайдан жәдігерлер ұрланды деп жазған")
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "Айыптау тарабының айтуынша, ол",
        "Сот үкімі бойынша, ол",
    ],
)
def test_kk_cues_of_the_prosecution_side_and_the_verdict(lead: str) -> None:
    text = _KK_VERDICT + (
        f"{lead} 2026 жылғы 14 тамызда облыс әкімдігінің алдында рұқсат етілмеген жиын "
        "ұйымдастырған."
    )
    assert _only_acts(text) == [
        ("2026-08-14", "облыс әкімдігінің алдында рұқсат етілмеген жиын ұйымдастырған")
    ]


def test_kk_given_name_and_patronymic_name_lead() -> None:
    """«Әйгерім Қуанышқызы <day> ... ұйымдастырған»: a patronymic name as the surname."""
    text = (
        "Атырау қалалық соты 2026 жылғы 20 қарашада белсенді Әйгерім Қуанышқызын Қылмыстық "
        "кодекстің 400-бабы бойынша айыппұлға соттады. Айыптау тарабының айтуынша, Әйгерім "
        "Қуанышқызы 2026 жылғы 14 тамызда облыс әкімдігінің алдында рұқсат етілмеген жиын "
        "ұйымдастырған."
    )
    assert _only_acts(text) == [
        ("2026-08-14", "облыс әкімдігінің алдында рұқсат етілмеген жиын ұйымдастырған")
    ]
