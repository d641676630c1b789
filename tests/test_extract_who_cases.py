"""Who is a case: words that look like part of a name but are not (tests written for the round
fitted on reports-heldout45 … 48). Each rule has accepted and refused examples."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_cases
from bot.extract.names import find_mentions, find_title_mentions
from bot.extract.not_names import kazakh_not_given

TODAY = dt.date(2026, 12, 1)


def _names(text: str) -> list[str]:
    return [c["person"]["name"] for c in extract_cases(text, today=TODAY)]


# --- a code of laws or a state body written short is no surname --------------------------------


def test_code_abbreviation_is_no_surname() -> None:
    text = "Он задержан 9 мая 2026 года в порядке статьи 128 УПК Республики Казахстан."
    assert find_mentions(text) == []
    text = "Материалы переданы в ГПК Республики Казахстан и в УИС области."
    assert find_mentions(text) == []


def test_surname_in_capitals_still_read() -> None:
    # (a short surname in capitals stays a name: «КИМ», «ЦОЙ»)
    found = find_mentions("Суд приговорил Виктора КИМА к 3 годам лишения свободы.")
    assert [m.surname for m in found] == ["КИМА"]
    found = find_mentions("Блогер Марат ЖЫЛАНБАЕВ осуждён по ст. 174 УК.")
    assert [m.words for m in found] == [["Марат", "ЖЫЛАНБАЕВ"]]


# --- an English closed-class word opening a sentence is no given name ---------------------------


def test_english_pronoun_before_given_name_is_no_name() -> None:
    text = (
        "A court sentenced Nurlan Kassymov to two years. "
        '"Everything Nurlan wrote was true," his wife said. Nobody Kassymov knew came.'
    )
    found = [m.words for m in find_title_mentions(text)]
    assert ["Everything", "Nurlan"] not in found
    assert ["Nurlan", "Kassymov"] in found


def test_english_given_name_and_surname_kept() -> None:
    text = "Each said Aigul Serikbayeva was detained. Aigul Serikbayeva, 34, is a nurse."
    assert ["Aigul", "Serikbayeva"] in [m.words for m in find_title_mentions(text)]


# --- a Kazakh word in «-дағы», «-дегі» is no name ------------------------------------------------


def test_kazakh_locative_attribute_is_no_name() -> None:
    assert kazakh_not_given("Қорғауымдағы", False)
    assert kazakh_not_given("Алматыдағы", False)
    assert kazakh_not_given("Соттағы", True)
    assert not kazakh_not_given("Әлібекұлы", False)
    assert not kazakh_not_given("Айгерім", True)
    assert not kazakh_not_given("Жандос", True)


def test_kazakh_locative_attribute_before_a_name() -> None:
    text = (
        "Қорғауымдағы Нұрлан Серікұлы Бекенов туралы үкіммен келіспеймін. "
        "Сот Нұрлан Бекеновті 2026 жылғы 3 қарашада екі жылға бас бостандығынан айырды."
    )
    found = [m.words for m in find_title_mentions(text)]
    assert not any("Қорғауымдағы" in w for w in found)
    assert all("Қорғауымдағы" not in n for n in _names(text))


# --- a relative's letter signed with initials on its last line ----------------------------------


def test_relative_initials_signature_cut() -> None:
    from bot.extract.letters import without_relatives_signatures

    letter = (
        "Мой сын Арман осуждён 3 марта 2026 года по ч. 2 ст. 174 УК РК.\n\n"
        "20 ноября 2026 г.\nС. Т. Бекова\n"
    )
    assert "Бекова" not in without_relatives_signatures(letter)
    other_order = letter.replace("С. Т. Бекова", "Бекова С.Т.")
    assert "Бекова" not in without_relatives_signatures(other_order)


def test_own_letter_initials_signature_kept() -> None:
    from bot.extract.letters import without_relatives_signatures

    # (the one prosecuted writes: no kin of the writer's named, the signature stays)
    letter = (
        "Я осуждён 3 марта 2026 года по ч. 2 ст. 174 УК РК.\n\n20 ноября 2026 г.\nА. С. Беков\n"
    )
    assert "А. С. Беков" in without_relatives_signatures(letter)
    # (a name mid-text is no signature)
    text = "Мой сын Арман осуждён.\nА. С. Беков подал жалобу 5 мая.\n"
    assert "Беков" in without_relatives_signatures(text)


# --- a meeting app's transcript: who speaks is no case ------------------------------------------


def test_transcript_speakers_cut() -> None:
    from bot.extract.chats import without_chat_writers

    text = (
        "Dana Abenova  0:04\nWelcome everyone.\n\n"
        "Marat Seitov  1:02\nMy colleague was detained.\n\n"
        "Dana Abenova  2:10\nWhat is he accused of?\n"
    )
    cut = without_chat_writers(text)
    assert "Abenova" not in cut and "Seitov" not in cut
    assert "0:04" in cut and "My colleague was detained." in cut


def test_one_name_before_a_time_is_no_transcript() -> None:
    from bot.extract.chats import without_chat_writers

    # (fewer than three such lines: a schedule's or a report's own line stays)
    text = "Marat Seitov  10:00\nThe hearing opened.\n"
    assert without_chat_writers(text) == text
