"""People a report names who are no case, second pass: a relative told by a kin word before a
surname in the genitive («брат Сапарова Азамат»). Each rule with accepted and refused
examples."""

from __future__ import annotations

import pytest

from bot.extract import extract_cases, names, roles
from bot.extract.administrative import administrative_only, own_paragraphs_administrative_only
from bot.extract.relatives import kin_introduced


def _names(text: str) -> list[str]:
    return [c["person"]["name"] for c in extract_cases(text)]


# --- a kin word before a surname in the genitive, the relative's given name after -----------


@pytest.mark.parametrize(
    ("text", "name", "kin"),
    [
        ("Ранее брат Кенжебаева Нурлан был оштрафован.", "Кенжебаева", True),
        ("Так, жена Омарова Динара Омарова получила штраф.", "Омарова", True),
        ("Сестра Исаева Жанна пришла в суд.", "Исаева", True),
        # refused: no kin word; a surname with no
        # genitive ending
        ("Ранее Кенжебаева Нурлан не видела.", "Кенжебаева", False),
        ("Ранее брат Ким Нурлан был оштрафован.", "Ким", False),
        # charged in the sentence: prosecuted, not only kin
        ("Брат Кенжебаева Нурлан осуждён по ч. 1 ст. 174 УК.", "Кенжебаева", False),
    ],
)
def test_a_kin_word_before_a_genitive_surname(text: str, name: str, kin: bool) -> None:
    assert kin_introduced(text, text.index(name)) is kin


def test_the_kin_of_a_convict_is_no_case_of_the_family() -> None:
    text = (
        "Уральский суд 3 ноября 2026 года приговорил Марата Кенжебаева к 4 годам лишения "
        "свободы по ч. 2 ст. 174 УК РК. Кенжебаев находится под стражей с 1 мая 2026 года.\n\n"
        "Напомним, в мае брат Кенжебаева Нурлан был оштрафован на 10 МРП по статье 488 КоАП."
    )
    assert _names(text) == ["Марат Кенжебаев"]


# --- a relative of the family whose own sentences tell no prosecution -------------------------


def test_the_convicts_mother_in_his_own_letter_is_no_case() -> None:
    text = (
        "Приговором Уральского городского суда от 3 марта 2025 года я, Кенжебаев Марат "
        "Болатович, был осуждён по ч. 2 ст. 174 УК РК к 4 годам лишения свободы.\n\n"
        "Моя мать, Кенжебаева Гульнар, пенсионерка, нуждается в постоянном уходе.\n\n"
        "Прошу помиловать меня."
    )
    assert _names(text) == ["Марат Болатович Кенжебаев"]


def test_a_relative_told_as_a_lawyer_in_kazakh_is_no_case() -> None:
    text = (
        "Асқар Серікұлы Омаров (1980 ж.т.), жүргізуші. 2025 жылғы 4 наурызда ұсталып, "
        "ҚК-нің 174-бабы 1-бөлігі бойынша айыпталды. 2025 жылғы 2 маусымда сот оған 2 жыл "
        "бас бостандығын шектеу жазасын тағайындады.\n\n"
        "Мадина Серікқызы Омарова (1985 ж.т.), заңгер. Асқардың сотында қорғаушы болған."
    )
    assert _names(text) == ["Асқар Серікұлы Омаров"]


def test_two_relatives_each_told_prosecuted_stay_two_cases() -> None:
    # refused: the son's detention is his, though his father's given name is said in it (as
    # whose son, and in his patronymic)
    text = (
        "Приговором районного суда от 3 октября 2026 года Марат Кенжебаев осуждён по ч. 2 "
        "ст. 274 УК РК к 2 годам ограничения свободы.\n\n"
        "20 ноября 2026 года был задержан сын Марата, Нурлан Маратович Кенжебаев, по ч. 1 "
        "ст. 378 УК РК."
    )
    assert _names(text) == ["Марат Кенжебаев", "Нурлан Маратович Кенжебаев"]


# --- a paragraph of the story on someone fined under the administrative code --------------------


@pytest.mark.parametrize(
    ("text", "fined"),
    [
        (
            "On 3 May 2026 the Kostanay City Court sentenced journalist Aigerim Tulegenova to "
            "two years of restricted freedom under Article 274 of the Criminal Code.\n\n"
            "Her driver, Marat Seitov, was fined 30 MCI under the Code of Administrative "
            "Offences on 4 May; he faces no criminal charges.",
            "Marat Seitov",
        ),
        (
            "3 мая 2026 года суд Актау приговорил активиста Ерлана Жумабаева к 2 годам "
            "ограничения свободы по ч. 2 ст. 274 УК РК.\n\n"
            "У здания суда его знакомый Нурлан Сейтов был оштрафован на 20 МРП по статье 488 "
            "Кодекса об административных правонарушениях.",
            "Нурлан Сейтов",
        ),
        (
            "2026 жылғы 3 мамырда Ақтау қалалық соты белсенді Ерлан Жұмабаевқа ҚК-нің "
            "274-бабы бойынша 2 жыл бас бостандығын шектеу жазасын тағайындады.\n\n"
            "Сот ғимараты алдында Нұрлан Сейтов ӘҚБтК-нің 488-бабы бойынша 20 АЕК айыппұл "
            "төледі.",
            "Нұрлан Сейтов",
        ),
    ],
)
def test_a_paragraph_on_an_administrative_fine_is_no_case(text: str, fined: str) -> None:
    got = _names(text)
    assert fined not in got
    assert len(got) == 1


def test_own_paragraphs_with_a_term_are_no_administrative_fine() -> None:
    # refused: the paragraph tells a term of years, with an earlier administrative fine
    block = (
        "Суд приговорил Ерлана Жумабаева к 2 годам ограничения свободы. Ранее его "
        "оштрафовали по статье 488 КоАП."
    )
    assert not own_paragraphs_administrative_only(block, "жумабаев", "ru")
    assert own_paragraphs_administrative_only(
        "Ерлана Жумабаева оштрафовали на 20 МРП по статье 488 КоАП.", "жумабаев", "ru"
    )


# --- a Kazakh word in the dative («-ққа», «-кке») before a surname is no given name ---------


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("– Бұл әділетсіз, – деді Болашаққа Омаровтың адвокаты.", None),
        ("– Шағым береміз, – деді Еркіндікке Омаровтың анасы.", None),
        # refused: a given name as it is (the case ending on the surname), a Russian dative
        ("Сот Әсел Омароваға 2 жыл берді.", "Әсел"),
        ("Медбике Дариға Омарова да сотталды.", "Дариға"),
        ("Суд вынес приговор Ольге Омаровой.", "Ольге"),
    ],
)
def test_a_kazakh_dative_before_a_surname(text: str, given: str | None) -> None:
    found = [m.given[0] for m in names.find_title_mentions(text) if m.given]
    assert found == ([given] if given else [])


# --- a host named after a dash, the event they lead between -------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "in_role"),
    [
        ("Ведущий аукциона – Ерлан Сейтов. Вход свободный.", "Ерлан Сейтов", True),
        ("Модератор конференции: Ерлан Сейтов.", "Ерлан Сейтов", True),
        ("Host of the evening – Yerlan Seitov. Entry is free.", "Yerlan Seitov", True),
        # refused: a lawyer's client after the role; a dash with no role before it
        ("Адвокат блогера Ерлан Сейтов подал жалобу.", "Ерлан Сейтов", False),
        ("Задержан блогер – Ерлан Сейтов.", "Ерлан Сейтов", False),
    ],
)
def test_a_host_after_a_dash(text: str, name: str, in_role: bool) -> None:
    language = "en" if text[0].isascii() else "ru"
    start = text.index(name)
    assert roles.named_in_role(text, start, start + len(name), language) is in_role


# --- a criminal liability said not to exist ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "administrative"),
    [
        (
            "Сам Сейтов к уголовной ответственности не привлекался; в 2023 году он был "
            "оштрафован на 10 МРП по КоАП.",
            "ru",
            True,
        ),
        (
            "Seitov has never been held criminally liable; he was fined under the Code of "
            "Administrative Offences.",
            "en",
            True,
        ),
        (
            "Сейтов қылмыстық жауапкершілікке тартылмаған, ӘҚБтК бойынша айыппұл төлеген.",
            "kk",
            True,
        ),
        # refused: held criminally liable
        (
            "Сейтова привлекли к уголовной ответственности, ранее его штрафовали по КоАП.",
            "ru",
            False,
        ),
    ],
)
def test_no_criminal_liability_is_no_criminal_case(
    text: str, language: str, administrative: bool
) -> None:
    assert administrative_only(text, language) is administrative
