"""Reports that name people as news agencies do: "Marat Issabekov", not "Marat ISSABEKOV".

Rights groups write surnames in capitals; wire services, newspapers and most Telegram channels
write every name as an ordinary word. `python -m bench perturb` (news-case) rewrites every
labelled set so; these tables pin the rules it led to. Names are invented.
"""

from __future__ import annotations

import pytest

from bot.extract import extract_cases
from bot.extract.blocks import split_blocks, writes_names_in_capitals
from bot.extract.names import find_title_mentions, is_trade


@pytest.mark.parametrize(
    ("word", "trade"),
    [
        ("Driller", True),
        ("Welder", True),
        ("Зейнеткер", True),
        ("Белсенді", True),
        ("Мұнайшы", True),
        ("Инженер-строитель", True),
        ("Yerzhan", False),
        ("Гүлшат", False),
        ("Ғалым", False),  # a given name, though «ғалым» is a scientist
        ("Bolat", False),
        ("Мадина", False),
    ],
)
def test_a_trade_is_no_given_name(word: str, trade: bool) -> None:
    assert is_trade(word) is trade


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Driller Yerzhan Tasbolatov, 36, was given two years.", [["Yerzhan", "Tasbolatov"]]),
        ("Зейнеткер Гүлшат Омарова үш жылға сотталды.", [["Гүлшат", "Омарова"]]),
        ("Инженер-строитель Даурен Серикбаев осуждён.", [["Даурен", "Серикбаев"]]),
        ("Ғалым Қожахметов сотталды.", [["Ғалым", "Қожахметов"]]),
    ],
)
def test_a_trade_before_a_name_is_not_part_of_it(text: str, names: list[list[str]]) -> None:
    assert [m.words for m in find_title_mentions(text)] == names


NEWS_STYLE = """\
Verdicts in Kostanay and Ridder

Kostanay, 14 October 2025. The Kostanay city court (judge Marat Issabekov) found pensioner \
Tatyana Grigoryeva, 71, guilty under Article 274, Part 1, of the Criminal Code and sentenced \
her to one year of restricted freedom.

Ridder, 21 October 2025. The Ridder city court sentenced environmental activist Olzhas \
Bekmukhanov, 29, to two years in prison under Article 405, Part 2.
"""

IN_CAPITALS = NEWS_STYLE.replace("Grigoryeva", "GRIGORYEVA").replace("Bekmukhanov", "BEKMUKHANOV")


def test_whether_a_text_writes_surnames_in_capitals() -> None:
    assert writes_names_in_capitals(IN_CAPITALS)
    assert not writes_names_in_capitals(NEWS_STYLE)


@pytest.mark.parametrize("text", [NEWS_STYLE, IN_CAPITALS])
def test_people_in_title_case_are_cases_of_their_own(text: str) -> None:
    assert len(split_blocks(text, "en")) == 2
    cases = extract_cases(text)
    assert [c["person"]["name"].casefold() for c in cases] == [
        "tatyana grigoryeva",
        "olzhas bekmukhanov",
    ]
    first, second = cases
    assert first["judge"] == "Marat Issabekov"  # the judge, not a third case
    assert first["person"]["occupation"] == "pensioner"
    assert first["events"][-1]["sentence"][0]["kind"] == "restriction_of_liberty"
    assert second["events"][-1]["sentence"][0]["kind"] == "imprisonment"
    assert second["person"]["city"] == "Ridder"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a surname with no usual ending is a name when something says so
        ("Same court: Zhanar Kudaibergen, blogger and mother of three, was fined.", True),
        ("Zhanar Kudaibergen, 34, was fined.", True),
        ("Виктор Ким, 41 год, получил штраф.", False),  # «Ким»: too short to tell by itself
        ("Name: Madina Zhumagali | Town: Kulsary", True),
        ("| Madina Zhumagali   | Kulsary |", True),
        ("Zhanar Kudaibergen was fined. Later Kudaibergen appealed.", True),
        # ... and not otherwise
        ("Zhanar Kudaibergen was fined.", False),
        ("Visit Burabay Resort, open daily.", False),
    ],
)
def test_a_name_without_a_surname_ending_is_told_by_its_context(text: str, found: bool) -> None:
    assert bool(find_title_mentions(text)) is found


REPOST = """\
Переслано из канала «Степной дозор»

10 сентября 2021 года Талдыкорганский городской суд приговорил гражданскую активистку из \
Талдыкоргана Айгерим САПАРОВУ к 1 году ограничения свободы по ч. 2 ст. 405 УК РК.

Ранее в этом месяце в Уральске осудили Дину МУКАШЕВУ: 2 года ограничения свободы по ст. 174 УК РК.

Подробнее: https://monitor.example.kz/cases/saparova

Поделитесь этим постом."""


def test_a_repost_frame_changes_nothing() -> None:
    """A "forwarded from" header and a call to share after the links: the town is the one
    written with a capital (not «из канала»), and the links before the sign-off are sources."""
    cases = extract_cases(REPOST)
    assert [c["person"]["city"] for c in cases] == ["Талдыкорган", "Уральск"]
    for case in cases:
        assert case["sources"] == [
            {"url": "https://monitor.example.kz/cases/saparova", "title": None}
        ]


def test_a_paste_without_blank_lines_still_splits_people() -> None:
    """A copy that kept single line breaks only: each line is a paragraph."""
    pasted = "\n".join(line for line in NEWS_STYLE.splitlines() if line.strip())
    assert "\n\n" not in pasted
    assert [c["person"]["name"].casefold() for c in extract_cases(pasted)] == [
        "tatyana grigoryeva",
        "olzhas bekmukhanov",
    ]


@pytest.mark.parametrize(
    ("closing", "shared"),
    [
        # the only link, after the items: a source of each
        ("More: https://watch.example.kz/october", True),
        # each item has its link: the last line is the last item's own
        ("Source: https://watch.example.kz/b", False),
    ],
)
def test_a_closing_link_without_blank_lines(closing: str, shared: bool) -> None:
    own = "" if shared else " Source: https://watch.example.kz/a"
    text = (
        "Kostanay, 14 October 2025. The Kostanay city court sentenced pensioner Tatyana "
        f"GRIGORYEVA to one year of restricted freedom under Article 274.{own}\n"
        "Ridder, 21 October 2025. The Ridder city court sentenced activist Olzhas BEKMUKHANOV "
        "to two years in prison under Article 405.\n" + closing
    )
    first, second = extract_cases(text)
    url = closing.split()[-1]
    assert any(s["url"] == url for s in second["sources"])
    assert any(s["url"] == url for s in first["sources"]) is shared


KAZAKH_APPEAL = (
    "Жаңаөзен қалалық соты {verdict} мұнайшы Нұрлан ҚАЛДЫБАЕВТЫ ҚК-нің 174-бабының 1-бөлігі "
    "бойынша үш жылға бас бостандығын шектеуге соттады. Маңғыстау облыстық соты {appeal} бас "
    "бостандығын шектеу мерзімін бір жарым жылға дейін қысқартты."
)


@pytest.mark.parametrize(
    ("verdict", "appeal"),
    [
        ("2024 жылғы 20 наурызда", "2024 жылғы 28 мамырда"),
        ("20.03.2024", "28.05.2024"),
        ("20.03.2024 ж.", "28.05.2024 күні"),
    ],
)
def test_a_numeric_date_does_not_end_a_sentence_for_the_cues(verdict: str, appeal: str) -> None:
    """Cues that stay inside one sentence («облыстық соты ... қысқартты») read across a date
    written with points."""
    [case] = extract_cases(KAZAKH_APPEAL.format(verdict=verdict, appeal=appeal))
    assert [(e["kind"], e["date"]) for e in case["events"]] == [
        ("verdict", "2024-03-20"),
        ("appeal_ruling", "2024-05-28"),
    ]


def test_a_word_ending_in_st_before_a_date_is_no_article() -> None:
    """«Гражданский активист. 07.11.2023 ...»: «ст.» ends a word here, it is no «ст. 07»."""
    [case] = extract_cases(
        "Гражданский активист. 07.11.2023 Атырауский городской суд приговорил Ержана "
        "СМАГУЛОВА к 6 годам лишения свободы по ч. 2 ст. 405 УК РК."
    )
    assert [(c["article"], c["part"]) for c in case["charges"]] == [("405", 2)]


@pytest.mark.parametrize("day", ["2024 жылғы 5 желтоқсанда", "05.12.2024"])
def test_a_role_word_is_the_next_names_only(day: str) -> None:
    """«судьясы Ерлан Жұмағалиев ... Сәуле ҚАЙЫРБЕКОВА мен Нұрдәулет ТӨЛЕГЕНОВТЫ»: the judge
    is the name right after the role word, however short the date between is."""
    cases = extract_cases(
        f"Атырау қалалық сотының судьясы Ерлан Жұмағалиев {day} азаматтық белсенділер Сәуле "
        "ҚАЙЫРБЕКОВА мен Нұрдәулет ТӨЛЕГЕНОВТЫ ҚК 174-бабының 1-бөлігі бойынша кінәлі деп "
        "танып, екеуіне де 3 жыл бас бостандығын шектеу жазасын тағайындады."
    )
    assert [c["person"]["name"] for c in cases] == ["Сәуле Қайырбекова", "Нұрдәулет Төлегенов"]
    assert {c["judge"] for c in cases} == {"Ерлан Жұмағалиев"}


def test_words_of_a_title_are_no_name() -> None:
    """ "Minister of Foreign Affairs ... Minister of Internal Affairs": a word said twice, but
    each time after another capitalised word, is no surname."""
    text = (
        "He wrote to the Minister of Foreign Affairs. The Minister of Internal Affairs did not "
        "answer."
    )
    assert find_title_mentions(text, text) == []


def test_the_signature_under_a_letter_is_no_relative_prosecuted() -> None:
    """A mother's letter signed with her name: one case, her son's."""
    letter = (
        "Моего сына Бекзата Маратова, студента, 23 сентября 2025 года задержали в Туркестане. "
        "Ему предъявили обвинение по ч. 2 ст. 405 УК РК. 25 сентября 2025 года следственный суд "
        "дал санкцию на его арест.\n\nГульнар Маратова, г. Туркестан"
    )
    assert [c["person"]["name"] for c in extract_cases(letter)] == ["Бекзат Маратов"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("1-іс. Смағұлов Ержан, Атырау қаласы", ["Смағұлов", "Ержан"]),
        ("Client: Baizhanova Saule, born 1979, journalist", ["Baizhanova", "Saule"]),
        ("2. Жақсыбаева Мөлдір, Ақтау қаласы", ["Жақсыбаева", "Мөлдір"]),
    ],
)
def test_a_surname_first_after_an_item_number_or_a_label(text: str, words: list[str]) -> None:
    [mention] = find_title_mentions(text)
    assert mention.words == words
    assert mention.surname == words[0]
