"""People a report names who are no case: a story's byline, a relative of the person's surname
introduced as kin or quoted as the writer, someone fined for an administrative offence beside
the criminal case told. Each rule with accepted and refused examples, in the three languages."""

from __future__ import annotations

import pytest

from bot.extract import extract_cases, names
from bot.extract.administrative import fined_alone, own_sentences_administrative_only
from bot.extract.credits import without_credit_names
from bot.extract.relatives import authors, kin_introduced


def _names(text: str) -> list[str]:
    return [c["person"]["name"] for c in extract_cases(text)]


# --- a byline ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "blanked"),
    [
        ("By Aliya Tursynova", True),
        ("By Aliya Tursynova and Mark Fenton", True),
        ("By Aliya Tursynova, Ruslan Ibrayev", True),
        # refused: an agency, prose, a byline's cells (a dateline's), a staff writer
        ("By RFE/RL's Kazakh Service", False),
        ("By the court's verdict, Ruslan Ibrayev was found guilty", False),
        ("By Aliya Tursynova | Steppe Courier | 3 May 2026", False),
        ("By a staff writer", False),
    ],
)
def test_a_byline_alone_on_its_line_is_blanked(line: str, blanked: bool) -> None:
    out = without_credit_names(f"Headline\n\n{line}\n4 May 2026\n\nStory.")
    assert (line not in out) is blanked
    assert out.count("\n") == 5  # no line added or removed


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Құрастырған: Бақыт Сейітұлы Нұрланов, зейнеткер.", "Құрастырған: , зейнеткер."),
        ("Составитель: Ольга Ким", "Составитель: "),
        ("Compiled by Dina Ospan", "Compiled by "),
        # refused: a group, no one's name
        ("Compiled by the Steppe Rights Group", "Compiled by the Steppe Rights Group"),
    ],
)
def test_a_compilers_name_goes(line: str, kept: str) -> None:
    assert without_credit_names(line) == kept


def test_the_writer_of_a_byline_is_no_case() -> None:
    text = (
        "Court Jails Teacher Over Post\n\nBy Aliya Tursynova\n4 May 2026 10:00 GMT\n\n"
        "KOSTANAY -- Judge Marat Ibrayev of the Kostanay City Court on 3 May found Serik "
        "Zhumabayev, 40, guilty under Article 174, Part 1, and sentenced him to two years in "
        "prison. His co-defendant, Olga Smirnova, received one year of restricted freedom."
    )
    found = _names(text)
    assert "Aliya Tursynova" not in found
    assert {"Serik Zhumabayev", "Olga Smirnova"} <= set(found)


# --- a relative of the person's surname ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "given", "kin"),
    [
        # accepted: kin by a given name or a noun in the genitive, an adjective between, kin in
        # brackets, a Kazakh kin word after a clause's comma
        ("Суд огласил приговор. Жена Ерлана, Асель Нуралиева, плакала.", "Асель", True),
        ("Картину передала жена художника Дана Сейтова.", "Дана", True),
        ("Вместе с ним задержан его старший брат Марат Кенесов.", "Марат", True),
        ("Анықтама Гүлнар Сапарқызы Оспановаға (сотталғанның анасы) берілді.", "Гүлнар", True),
        ("Мұғалімнің үш баласы бар, жұбайы Әсел Нұрланова да мұғалім.", "Әсел", True),
        ("Filed for Dana Ibrayeva (the defendant's mother) on request.", "Dana", True),
        # refused: one joined to the person prosecuted, one charged in that sentence, a name
        # whose brackets give another spelling
        ("Ерлан Нуралиев и его жена Асель Нуралиева задержаны.", "Асель", False),
        ("Ерлан Сапаров, жұбайы Әсел Сапарова ұсталды ҚК 174-бабы бойынша.", "Әсел", False),
        ("Суд оштрафовал фермера Нұрлан Омарұлына (Нурлан Омаров).", "Нұрлан", False),
        ("Многодетная мать Асель Нуралиева задержана.", "Асель", False),
    ],
)
def test_kin_introduced(text: str, given: str, kin: bool) -> None:
    assert kin_introduced(text, text.index(given)) is kin


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        ("Бөлісіңіздер, Гүлмира Сапарова жазды: інім Ерлан Сапаров сотталды.", "гүлм"),
        ("Асель Нуралиева пишет: моего брата Ерлана Нуралиева осудили.", "асел"),
        ("Dana Omarova wrote: my brother Yerlan Omarov was jailed.", "dana"),
    ],
)
def test_one_who_writes_is_an_author(text: str, writer: str) -> None:
    mentions = [m for m in names.find_title_mentions(text) if m.given]
    assert writer in authors(text, mentions)
    assert writer not in authors(text.replace(":", " that"), mentions)


def test_a_relative_beside_the_case_is_no_case() -> None:
    text = (
        "Приговор шахтёру\n\n25 ноября 2026 года Сарыаркинский районный суд Астаны признал "
        "Данияра Кенесова виновным по ч. 1 ст. 402 УК РК и приговорил к 3 годам лишения "
        "свободы.\n\nЖена Данияра, Айгерим Кенесова, вышла из зала со слезами."
    )
    assert _names(text) == ["Данияр Кенесов"]


def test_two_of_a_family_prosecuted_are_both_cases() -> None:
    text = (
        "25 ноября 2026 года суд Астаны приговорил Данияра Кенесова к 3 годам лишения "
        "свободы по ч. 1 ст. 402 УК РК. Его брат Марат Кенесов приговорён к 2 годам "
        "ограничения свободы по ч. 1 ст. 402 УК РК."
    )
    assert sorted(_names(text)) == ["Данияр Кенесов", "Марат Кенесов"]


# --- an administrative fine ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "alone"),
    [
        ("In May, X was fined 20 MCI for taking part in an unsanctioned rally.", "en", True),
        ("X was fined 30 monthly calculation indices over a picket.", "en", True),
        ("Х был оштрафован на 10 МРП за пикет.", "ru", True),
        ("Х-қа 50 АЕК айыппұл салынды.", "kk", True),
        # refused: a criminal court's fine, told with its article or verdict
        ("X was fined 2,000 MCI under Article 174 of the Criminal Code.", "en", False),
        ("Суд признал Х виновным и оштрафовал на 1000 МРП.", "ru", False),
        ("Сот Х-ке ҚК-нің 174-бабының 1-бөлігі бойынша 2 000 АЕК айыппұл салды.", "kk", False),
        ("X was fined 50,000 tenge.", "en", False),
    ],
)
def test_a_fine_in_monthly_indices_told_alone(text: str, language: str, alone: bool) -> None:
    assert fined_alone(text, language) is alone


@pytest.mark.parametrize(
    ("sentence", "language", "administrative"),
    [
        (
            "Её оператор Марат Лапин оштрафован на 50 МРП по КоАП; уголовного дела против "
            "него нет.",
            "ru",
            True,
        ),
        (
            "Her cameraman, Marat Lapin, was fined 50 MCI under the Code of Administrative "
            "Offences; he is not facing criminal charges.",
            "en",
            True,
        ),
        (
            "Оператор Марат Лапинге әкімшілік айыппұл салынды, бұл қылмыстық жаза емес.",
            "kk",
            True,
        ),
        # refused: a criminal charge told of them too
        (
            "Marat Lapin was fined 50 MCI under the Code of Administrative Offences and later "
            "charged under Article 274 of the Criminal Code.",
            "en",
            False,
        ),
    ],
)
def test_a_criminal_case_said_not_to_exist(
    sentence: str, language: str, administrative: bool
) -> None:
    block = sentence
    assert (
        own_sentences_administrative_only(block, "лапин" if language != "en" else "lapin", language)
        is administrative
    )


def test_a_bystander_fined_beside_the_case_is_no_case() -> None:
    text = (
        "Court Jails Welder Over Strike Chat\n\nATYRAU -- The Atyrau City Court on 26 November "
        "2026 found Nurlan Sadykov, 44, a welder, guilty under Article 402, Part 1, of the "
        "Criminal Code and sentenced him to four years in prison.\n\n"
        "In August, another member of the chat, Yerbol Tanatov, was fined 50 monthly "
        "calculation indices for taking part in an unsanctioned gathering."
    )
    assert _names(text) == ["Nurlan Sadykov"]
