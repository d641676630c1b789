"""Acts told apart (second pass): a Russian chain of two deeds with a time phrase before the
second verb, a labelled line listing works by nouns, and an act told of two people one of
whom bears an adjectival surname («Лозовая», «Лозовой»)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.extract import extract_cases, nominative, ru_joined

TODAY = dt.date(2026, 12, 1)


def _acts(text: str) -> list[str]:
    (case,) = extract_cases(text, today=TODAY)
    return [a["description"] for a in case["acts"]]


@pytest.mark.parametrize(
    ("deeds", "expected"),
    [
        # a time phrase then the second verb, of the first verb's doer: two deeds
        (
            "создал в Telegram канал для сторонников движения и с мая по июль 2026 года "
            "проводил встречи сторонников в своём кафе",
            [
                "создал в Telegram канал для сторонников движения",
                "проводил встречи сторонников в своём кафе",
            ],
        ),
        (
            "распространяла листовки движения и в течение лета собирала деньги на аренду помещения",
            ["распространяла листовки движения", "собирала деньги на аренду помещения"],
        ),
        # a second object after a preposition, no verb of its own: one deed
        (
            "писал в чате про начальство шахты и про условия в забоях",
            ["писал в чате про начальство шахты и про условия в забоях"],
        ),
    ],
)
def test_a_russian_chain_with_a_time_phrase_before_the_second_verb(
    deeds: str, expected: list[str]
) -> None:
    text = (
        "Павлодар, 3 сентября 2026 года. Суд приговорил Тимура Аманова к двум годам "
        f"ограничения свободы. По версии следствия, Аманов {deeds}."
    )
    assert _acts(text) == expected


@pytest.mark.parametrize(
    ("left", "right", "two"),
    [
        ("создал закрытую группу", " в период с июля по август организовывал собрания", True),
        # the verb after «и» is in another gender: not the left's doer
        ("создал закрытую группу", " в её чате участники обсуждали митинг", False),
        # the left opens a clause of its own («, что ...») the verb may go on
        ("написал, что аким брал взятки", " в итоге уволился", False),
        # no verb on the left: nothing to be a second deed of
        ("публикации о руководстве компании", " в чате обсуждали", False),
    ],
)
def test_verb_after_adverbial(left: str, right: str, two: bool) -> None:
    assert ru_joined.verb_after_adverbial(left, right) is two


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # nouns listed after the label's colon: each its own act
        (
            "Обвинение: участие в собраниях запрещённого движения, денежные переводы его "
            "сторонникам.",
            ["участие в собраниях запрещённого движения", "денежные переводы его сторонникам"],
        ),
        # a relative clause after the comma: one work
        (
            "Обвинение: видео о закрытии рынка, в котором он назвал акима «вором».",
            ["видео о закрытии рынка, в котором он назвал акима «вором»"],
        ),
        # a participle after the comma: one work
        (
            "Обвинение: пост в Facebook о стройке, опубликованный в городской группе.",
            ["пост в Facebook о стройке, опубликованный в городской группе"],
        ),
    ],
)
def test_a_labelled_line_listing_works_by_nouns(line: str, expected: list[str]) -> None:
    text = (
        "Костанай, 5 октября 2026 года. Суд приговорил Марата Сейтжанова к трём годам "
        f"лишения свободы по ч. 2 ст. 405 УК РК.\n{line}"
    )
    assert _acts(text) == expected


def test_noun_list_refuses_a_finite_verb() -> None:
    listed = "участие в собраниях, денежные переводы активистам, которые он отправлял"
    assert ru_joined.noun_list(listed) == [listed]


@pytest.mark.parametrize(
    ("forms", "same"),
    [
        (["Лозовая", "Лозовой", "Лозовую", "Лозовой"], True),
        (["Петровская", "Петровской", "Петровский", "Петровского"], True),
        (["Сапарова", "Сапаровой", "Сапаров"], True),
        # an adjective's ending after no surname's suffix: left as written
        (["Белая", "Белой"], False),
    ],
)
def test_an_adjectival_surname_has_one_key(forms: list[str], same: bool) -> None:
    keys = {nominative.surname_key(form, "ru") for form in forms}
    assert (len(keys) == 1) is same


def test_an_act_told_of_two_people_with_an_adjectival_surname_is_each_ones() -> None:
    text = (
        "Петропавловск, 10 ноября 2026 года. Городской суд вынес приговор по делу активиста "
        "Ерлана Касымова и пенсионерки Виктории Лозовой по ч. 2 ст. 174 УК РК. Касымову "
        "назначили четыре года лишения свободы, Лозовой – два года ограничения свободы.\n\n"
        "По версии обвинения, Касымов и Лозовая публиковали в Telegram-канале посты против "
        "приезжих жителей города."
    )
    cases = extract_cases(text, today=TODAY)
    assert len(cases) == 2
    for case in cases:
        assert [a["description"] for a in case["acts"]] == [
            "публиковали в Telegram-канале посты против приезжих жителей города"
        ]


@pytest.mark.parametrize(
    ("second", "act"),
    [
        # «на следующий день» after a co-defendant's dated act: the day after, the words cut
        (
            "а Лебедев на следующий день зачитал это обращение у проходной шахты",
            ("2026-05-30", "зачитал это обращение у проходной шахты"),
        ),
        # refused: no such lead, no day of its own: no day given
        (
            "а Лебедев зачитал это обращение у проходной шахты",
            (None, "зачитал это обращение у проходной шахты"),
        ),
    ],
)
def test_a_co_defendants_deed_the_next_day(second: str, act: tuple[str | None, str]) -> None:
    text = (
        "Караганда, 20 ноября 2026 года. Суд приговорил Дениса Орлова и Павла Лебедева к "
        "штрафам по ч. 1 ст. 402 УК РК. По версии обвинения, 29 мая 2026 года Орлов в чате "
        f"смены призвал горняков не выходить на работу, {second}."
    )
    by_surname = {
        c["person"]["surname"]: [(a["date"], a["description"]) for a in c["acts"]]
        for c in extract_cases(text, today=TODAY)
    }
    assert act in by_surname["Лебедев"]
