"""Names told in another form: a courtesy title and surname after a full name told beside
others; a profile's heading naming a person in capitals."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_cases
from bot.extract.titled_names import with_full_names, with_headings_in_title_case

TODAY = dt.date(2026, 12, 1)


def test_titled_surname_told_by_the_full_name_told_beside_another() -> None:
    text = (
        "The senator asked about the blogger Nurlan Abishev and the nurse Aigul Temirova.\n\n"
        "Mr Abishev was sentenced in Taraz.\n\nMs Temirova, who met Mr Abishev, awaits trial."
    )
    told = with_full_names(text, "en")
    assert "Nurlan Abishev was sentenced" in told
    assert "Aigul Temirova, who met Mr Abishev, awaits trial" in told  # (the first only)


def test_titled_surname_left_when_the_person_is_named_alone() -> None:
    # a paragraph names him in full on his own: his paragraphs tell his case as they are
    text = "Nurlan Abishev is a blogger from Taraz.\n\nMr Abishev was arrested in May."
    assert with_full_names(text, "en") == text


def test_titled_surname_left_when_two_people_share_it() -> None:
    text = "Nurlan Abishev and his sister Dana Abishev came.\n\nMr Abishev spoke first."
    assert with_full_names(text, "en") == text


def test_russian_titled_surname() -> None:
    text = "Депутат спросил о Марате Ибраеве и Асель Нуртазиной.\n\nГ-н Ибраев осуждён."
    assert with_full_names(text, "ru") == text  # (an inflected full name is none to copy)
    text = "Депутат спросил: Марат Ибраев и Асель Нуртазина.\n\nг-н Ибраев осуждён."
    assert "Марат Ибраев осуждён" in with_full_names(text, "ru")


def test_capitals_heading_told_in_title_case_when_the_story_calls_them_so() -> None:
    text = "KANAT ZHUMABAYEV, teacher, Taraz\nKanat wrote a post about the akimat.\n"
    assert with_headings_in_title_case(text).startswith("Kanat Zhumabayev, teacher")
    text = "АЙГҮЛ СЕРІКОВА – мұғалім, Орал\nАйгүл видео жариялады.\n"
    assert with_headings_in_title_case(text).startswith("Айгүл Серікова – мұғалім")


def test_capitals_heading_left_when_the_story_opens_otherwise() -> None:
    text = "FREE SPEECH NOW, a campaign\nWe call on everyone to come.\n"
    assert with_headings_in_title_case(text) == text


FLYER = """\
STAND WITH THEM - VIGIL, SUNDAY 6 DECEMBER 2026, 5 PM, PARLIAMENT SQUARE

Two stories from home, told by their families.

KANAT ZHUMABAYEV, teacher, Taraz
Kanat wrote a post about the akimat's coal tenders. He was detained on 2 October and on
20 November the Taraz City Court sentenced him to 3 years in prison under Article 274, Part 2.

SAULE NURBEKOVA, nurse, Aktobe
Saule filmed the hospital's empty pharmacy. She was detained on 9 November and is held in
custody, charged under Article 174, Part 1.

Organised by volunteers. More: https://vigil.example.org/6-december
"""


def test_flyer_profiles_are_cases_of_their_people() -> None:
    cases = extract_cases(FLYER, today=TODAY)
    assert [c["person"]["name"] for c in cases] == ["Kanat Zhumabayev", "Saule Nurbekova"]
    assert cases[0]["charges"][0]["article"] == "274"
    assert cases[1]["charges"][0]["article"] == "174"
