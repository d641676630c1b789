"""English wordings of real published reports (wire stories, NGO briefing papers, urgent
actions), read by `bot.extract`: each class of wording with accepted and refused examples.

The phrases were collected from published English reports on prosecutions in Kazakhstan
(RFE/RL, HRW, IPHR/KIBHR papers, Amnesty urgent actions, Eurasianet, Vlast.kz); the names,
places of the cases and facts here are invented. tests/data/reports-dev9-en holds 16 texts in
those styles (README: first untouched run and score after these rules).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bench.extract import HELD_OUT, accuracy, labelled_texts, score_text
from bot.extract import (
    act_chronology,
    act_cues,
    act_spans,
    act_told,
    act_words,
    english,
    extract_cases,
)
from bot.extract.officials import officials_alone
from bot.extract.places import find_town
from bot.extract.sentence import find_parts
from bot.extract.values import find_dates, resolve_dates


def _dates(text: str, year: int = 2025) -> list[dt.date]:
    return [f.value for f in resolve_dates(find_dates(text), year)]


def _parts(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(p.kind, p.term_months, p.hours) for p in find_parts(text, "en")]


def _one(text: str) -> dict[str, Any]:
    [case] = extract_cases(text)
    return case


def _events(case: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(e["kind"], e["date"]) for e in case["events"]]


def _sentence(case: dict[str, Any], kind: str) -> list[tuple[str, int | None, int | None]]:
    [event] = [e for e in case["events"] if e["kind"] == kind]
    return [(p["kind"], p.get("term_months"), p.get("hours")) for p in event["sentence"]]


# --- dates as a wire report writes them ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # accepted: a day after a capitalised month, the year from the dateline's
        ("The Qarasai district court on April 7 sentenced 41-year-old", [dt.date(2025, 4, 7)]),
        ("A city court in Taraz late on March 2 sentenced", [dt.date(2025, 3, 2)]),
        ("detained on Sept. 12 and charged", [dt.date(2025, 9, 12)]),
        ("was arrested on January 11, 2024, in Shymkent", [dt.date(2024, 1, 11)]),
        # "last year": the year before the text's
        (
            "detained and placed under house arrest on November 14 last year",
            [dt.date(2024, 11, 14)],
        ),
        # refused: a modal verb, a month and a year, a time of day
        ("she may 2 years later appeal", []),
        ("charged in March 2025", []),
        ("April 08, 2025 11:42 GMT", [dt.date(2025, 4, 8)]),
    ],
)
def test_month_day_without_a_year(text: str, expected: list[dt.date]) -> None:
    assert _dates(text) == expected


# --- the parts of a sentence in wire wording ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'sentenced him to one year of "freedom limitation"',
            [("restriction_of_liberty", 12, None)],
        ),
        ("handed a two-year freedom-limitation sentence", [("restriction_of_liberty", 24, None)]),
        (
            "instead imposing restrictions on their freedom for a period of two years",
            [("restriction_of_liberty", 24, None)],
        ),
        (
            "barred both from civic activities for five years",
            [("ban_social_activity", 60, None)],
        ),
        (
            "barred him from taking part in any social or political activity, publishing "
            "articles in the media or on the Internet, and attending public gatherings for "
            "three years",
            [("ban_social_activity", 36, None)],
        ),
        (
            "and barred him from using social networks for two years",
            [("ban_social_networks", 24, None)],
        ),
        ("to 100 hours of community work", [("community_service", None, 100)]),
        # refused: a ban on journalism is no ban on public activity (reports/en01 labels none)
        ("He was also banned from journalistic activity for three years.", []),
        ("banned from journalism for two years", []),
        # refused: freedom of speech is no restriction of liberty; a parole-like word alone
        ("freedom of speech for two years", []),
        ("handed a parole-like sentence", []),
    ],
)
def test_sentence_parts_in_wire_wording(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert _parts(text) == expected


# --- articles listed together ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "under Articles 378, Part 2, and 174, Part 1, of the Criminal Code",
            [("378", 2), ("174", 1)],
        ),
        ("under Articles 174, Part 2, and 256, Part 2", [("174", 2), ("256", 2)]),
        ("under Articles 174(1) and 274(2) of the Criminal Code", [("174", 1), ("274", 2)]),
        ("Arts. 174, 274 and 405", [("174", None), ("274", None), ("405", None)]),
        # refused: one article, a list of years
        ("under Article 174, Part 1", []),
        ("in 2021, 2022 and 2023", []),
    ],
)
def test_plural_article_lists(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert [(a, p) for _, a, p in english.article_list(text)] == expected


# --- who is someone else ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("His deputy, Aigul Kenzhebekova, was questioned and released the same day.", True),
        ("One of them, Asel Nurbakova, was detained by police.", True),
        ("Another Zhezkazgan blogger, Erlan Tasbolat, is still serving a three-year term.", True),
        ("If convicted, she faces up to six years in prison.", True),
        ("The offence is punishable by up to seven years.", True),
        # refused: the person's own events
        ("Aliya Begaliyeva was detained by police on 5 March 2025.", False),
        ("His lawyer said he would appeal.", False),
        ("He was sentenced to up to two years of restricted freedom.", False),
    ],
)
def test_sentences_not_of_the_case(sentence: str, expected: bool) -> None:
    assert english.not_of_the_case(sentence) is expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("filmed on 5 August 2024, in which he called the akim a thief.", True),
        ("posted on 2 February 2025,", True),
        ("which he published on Facebook on 9 May", True),
        ("On 9 May the court sentenced him", False),
        ("detained on 2 April 2025", False),
    ],
)
def test_clauses_that_date_an_act(clause: str, expected: bool) -> None:
    assert english.act_date_clause(clause) is expected


@pytest.mark.parametrize(
    ("word", "town"),
    [
        ("Petropavl", "Petropavl"),
        ("Qaskelen", "Kaskelen"),
        # refused: a people and a country
        ("Kazakh", None),
        ("Kazakhstan", None),
    ],
)
def test_kazakh_is_no_town(word: str, town: str | None) -> None:
    found = find_town(word)
    assert (found.name("en") if found else None) == town


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amanzhol, a 39-year-old construction worker, has been held", ["construction worker"]),
        (
            "was initially sentenced. Baimukhanov, a 47-year-old former bank clerk,",
            ["former bank clerk"],
        ),
        ("Aliya Begaliyeva, a 33-year-old nurse from Taraz, was detained", ["nurse"]),
        ("Zarina Omarova, a 26-year-old schoolteacher and mother of two", ["schoolteacher"]),
        (
            "sentenced Marat Zhandosov, 45, the leader of a local farmers' association, to",
            ["leader of a local farmers' association"],
        ),
        # refused: who, not what; an age alone
        ("Aliya Begaliyeva, a 33-year-old woman from Taraz, was detained", []),
        ("sentenced 41-year-old Bauyrzhan Tolegenuly to one year", []),
        ("a 33-year-old mother of two", []),
        ("Arsen Kuttybayev, 35, has been under a travel ban", []),
    ],
)
def test_trades_after_an_age(text: str, expected: list[str]) -> None:
    assert [trade for _, _, trade in english.age_trades(text)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("KARAGANDA, 10 July 2025 -- The appeal board on 9 July quashed the verdict", True),
        ("ASTANA/ESIK, Kazakhstan -- Two activists have been handed", True),
        ("The appeal board on 9 July quashed the verdict", False),
        ("On 3 May 2025, the town court sentenced him", False),
    ],
)
def test_a_dateline_opening_a_sentence(sentence: str, expected: bool) -> None:
    assert english.opens_with_dateline(sentence) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Shymkent City Court pronounced its decision on June 22.", True),
        ("The court announced its ruling on 3 May.", True),
        ("The court sentenced him on 3 May.", False),
        ("He said the decision was unfair.", False),
    ],
)
def test_a_sentence_that_dates_a_decision(sentence: str, expected: bool) -> None:
    assert english.dates_a_decision(sentence) is expected


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ('"insulting a representative of the authorities" and "inciting social discord"', True),
        ('"repeated dissemination of knowingly false information" (Article 274, Part 3)', True),
        ("a poem he posted on Facebook that mocked the akim", False),
        ('a video titled "Where is the money?" about the akimat', False),
    ],
)
def test_only_offence_names_are_no_act(description: str, expected: bool) -> None:
    assert english.only_offence_names(description) is expected


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        (
            "The court sentenced him after finding him guilty of participating in the "
            "activities of the outlawed Tugan Zher movement.",
            "participating in the activities of the outlawed Tugan Zher movement",
        ),
        (
            "He was charged under Article 405, Part 2, in March after posting videos on social "
            "media showing rallies.",
            "posting videos on social media showing rallies",
        ),
        (
            'The court sentenced him for "insulting a government official" (Article 378, Part '
            "2) over a YouTube video in which he called the akim a thief.",
            "a YouTube video in which he called the akim a thief",
        ),
        (
            'She was placed under house arrest on charges of "inciting social discord" (Article '
            "174, Part 1), in connection with a video address to the President.",
            "a video address to the President",
        ),
        (
            "They were detained on 12 June 2025 after taking part in a rally organized by the "
            "movement's leader, who lives in exile.",
            "taking part in a rally organized by the movement's leader",
        ),
    ],
)
def test_acts_in_wire_wording(sentence: str, act: str) -> None:
    text = f"Arman Serikbayev, a blogger from Taraz, was sentenced on 1 October 2025. {sentence}"
    case = _one(text)
    assert [a["description"] for a in case["acts"]] == [act]


def test_the_acts_of_an_appeal_ruling_and_of_others_are_not_the_case() -> None:
    text = (
        "On 3 May 2025 the Shakhtinsk town court sentenced Vitaliy Kornienko, a miner, to two "
        "years of restricted freedom over a Facebook post of 14 February 2025 about unpaid "
        "wages, and ordered him to pay 15,728 tenge in court costs. On 9 July 2025 the "
        "regional court quashed the verdict and sent the case back. The appeal judges found "
        "that the trial court had not examined the expert report. In 2023, a blogger in "
        "Aral, Ruslan Tokhtarov, was jailed for two years over posts about a local official."
    )
    case = _one(text)
    assert [(a["date"], a["description"]) for a in case["acts"]] == [
        ("2025-02-14", "a Facebook post about unpaid wages")
    ]
    assert _sentence(case, "verdict") == [
        ("restriction_of_liberty", 24, None),
        ("court_fees", None, None),
    ]


def test_several_activists_are_others_and_the_town_of_a_district_court() -> None:
    text = (
        "The Yesil district court in Astana on October 15, 2025 sentenced Bakhyt Zhumadilov, "
        "a retired engineer, to one year of freedom limitation. Several activists across the "
        "country have been handed such sentences."
    )
    case = _one(text)
    assert case["person"]["occupation"] == "retired engineer"
    assert (case["person"]["city"], case["person"]["region"]) == ("Astana", "astana")


def test_a_term_increased_to_a_new_term() -> None:
    text = (
        "Nurzhan Baimukhanov was sentenced by the Medeu district court on 31 August 2025 to "
        "two years in prison. On 20 October 2025 the Almaty City Court ruled that his two-year "
        "prison term must be increased to two years and six months."
    )
    case = _one(text)
    assert _sentence(case, "appeal_ruling") == [("imprisonment", 30, None)]


# --- who is a case: press releases, forms, earlier cases (h16c) -----------------------------------


@pytest.mark.parametrize(
    ("these", "those", "same"),
    [
        ({"kassymbekov"}, {"касымбеков"}, True),  # "(in Cyrillic: Даурен Касымбеков)"
        ({"zhaksylykov"}, {"жаксылыков"}, True),
        ({"shevchenko"}, {"шевченко"}, True),
        ({"kassymbekov"}, {"қасымбеков"}, True),  # a Kazakh letter
        ({"qasymbekov"}, {"касымбеков"}, True),  # the Kazakh Latin alphabet's q
        # refused: other surnames, and two in one alphabet that differ
        ({"kassymbekov"}, {"касымов"}, False),
        ({"omarov"}, {"umarov"}, False),
    ],
)
def test_one_surname_in_two_alphabets_is_one_person(
    these: set[str], those: set[str], same: bool
) -> None:
    from bot.extract.blocks import same_people

    assert same_people(these, those) is same


@pytest.mark.parametrize(
    ("lead", "role"),
    [
        ("The state prosecutor, Ms. ", True),
        ("presided over by Judge ", True),
        ("supported by the prosecutor of the Zhambyl regional prosecutor's office ", True),
        # refused: the person of the case
        ("The court sentenced ", False),
        ("In the matter of Mr. ", False),
    ],
)
def test_a_role_before_a_name(lead: str, role: bool) -> None:
    from bot.extract.blocks import ROLE_BEFORE

    assert bool(ROLE_BEFORE.search(lead[-40:])) is role


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        (
            "In 2024, local activist Yerlan Myrzakhmetov was sentenced to five years.",
            "Myrzakhmetov",
        ),
        ("In March 2023, a blogger Ruslan Tokhtarov was jailed for two years.", "Tokhtarov"),
        # refused: the case's own story
        ("On 14 October 2026, the court sentenced Bekarys Tolegenov.", None),
        ("In 2024, Bekarys Tolegenov was detained.", None),
    ],
)
def test_an_earlier_case_told_for_comparison(sentence: str, other: str | None) -> None:
    assert english.someone_else(sentence) == other


def test_a_press_release_names_defendants_by_initials_then_in_full() -> None:
    text = (
        "PRESS SERVICE OF THE ATYRAU REGIONAL COURT\n\n"
        "On 5 November 2026 the specialised inter-district criminal court of Atyrau region, "
        "chaired by Judge N. Sarsenbayeva, delivered its verdict in the criminal case against "
        "Ye. Baizhanov and G. Mukhtarova.\n\n"
        "Yerzhan Baizhanov, born in 1986, unemployed, resident of Atyrau, was found guilty under "
        "Article 405, Part 1, of the Criminal Code and sentenced to 4 (four) years of "
        "imprisonment.\n\n"
        "Gaukhar Mukhtarova, born in 1992, housewife, resident of Atyrau, was found guilty under "
        "Article 405, Part 2, of the Criminal Code and fined 500 MCI.\n\n"
        "The state prosecution was supported by prosecutor A. Zhumagaliyev."
    )
    cases = {c["person"]["name"]: c["person"]["occupation"] for c in extract_cases(text)}
    assert cases == {"Yerzhan Baizhanov": "unemployed", "Gaukhar Mukhtarova": "housewife"}


def test_a_prosecutor_named_by_initials_and_a_president_are_no_cases() -> None:
    text = (
        "On 26 May 2026 the Taraz city court sentenced Almas Yesengeldiyev to five years of "
        "imprisonment, in a case that rights groups say shows the limits of President "
        "Tokayev's reforms.\n\n"
        "The state prosecution was supported by the prosecutor of the Zhambyl regional "
        "prosecutor's office M. T. Sultanbekov on 26 May 2026."
    )
    assert [c["person"]["name"] for c in extract_cases(text)] == ["Almas Yesengeldiyev"]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "police detained Ainur Zhaksybekova, 44, a nurse at the Karasai district hospital who "
            "lives in the village of Shamalgan.",
            "Shamalgan",
        ),
        (
            "Gaukhar Mukhtarova, born in 1992, housewife, resident of the village of Makhambet, "
            "Atyrau region, was fined.",
            "Makhambet",
        ),
        ("NURMAGAMBETOVA, an accountant from the town of Shu, published the leaflets.", "Shu"),
        ("Aigerim Tleu, a resident of the southern Kazakh city of Shymkent, was held.", "Shymkent"),
        # a party's name is no town, the court's is
        (
            "Marat Zhylanbayev, an activist with the banned Alga Kazakhstan party, was sentenced "
            "by the Astana city court.",
            "Astana",
        ),
        # a channel's name is no town
        (
            "Forwarded from Qazaq Courtwatch\nThe Kyzylorda court upheld the verdict against "
            "Kyzylorda blogger Darkhan Serikuly.",
            "Kyzylorda",
        ),
        # where news or a letter comes from is not where the person is from
        (
            "Bad news from Kostanay. The regional court heard my client. Aslan is a 44-year-old "
            "miner and activist from Rudny.",
            "Rudny",
        ),
        ("A letter from Aktobe: my son Aslan, a miner from Khromtau, was arrested.", "Khromtau"),
        # ... but a person from a town still is
        ("Bad news today. Aslan, a miner from Kostanay, was arrested.", "Kostanay"),
    ],
)
def test_where_the_person_lives(text: str, city: str) -> None:
    from bot.extract.person import _place

    assert _place(text, [], "en")[0] == city


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        ("Nurlybek Sarsengaliyev, 46, a former bus driver, to five years", "former bus driver"),
        (
            "Gaziz Abdrakhmanov, an underground electrician at a copper mine, was",
            "underground electrician at a copper mine",
        ),
        ("Ruslan Temirkhanov, a driving instructor, from engaging in", "driving instructor"),
        (
            "Aizhan Tulegenova, a reporter for an independent YouTube channel, was",
            "reporter for an independent YouTube channel",
        ),
        (
            "Dauren Kassymbekov: trade-union organiser at a construction company",
            "trade-union organiser at a construction company",
        ),
        (
            'Vitaly Shevchenko, admin of the "Kostanay Without Lies" Telegram chat, was',
            'admin of the "Kostanay Without Lies" Telegram chat',
        ),
        # the trade in apposition after the name and its other spelling in brackets
        (
            "my husband Nurzhan Abdikarimuly (Nurzhan Abdikarimov in his passport), the oil "
            "worker from Zhanaozen",
            "oil worker",
        ),
        # said more fully elsewhere: the fuller one only
        ("Ermekkyzy, a history teacher, was detained. The teacher denies it.", "history teacher"),
        # a second trade with "the" in a bracket opened after the name, after the age
        (
            "my husband Vitaly Shevchenko (40, welder at the Kostanay diesel plant and the admin "
            'of the "Kostanay Without Lies" Telegram chat) was tried',
            'welder at the Kostanay diesel plant, admin of the "Kostanay Without Lies" Telegram '
            "chat",
        ),
        # refused: "the" trade further on in a sentence of its own is someone else's
        ("Vitaly Shevchenko (40, welder) was tried. The admin of the chat left.", "welder"),
    ],
)
def test_an_english_trade_with_its_kind_and_workplace(text: str, occupation: str) -> None:
    from bot.extract import names
    from bot.extract.occupation import _occupation

    own = [(m.start, m.end) for m in names.find_title_mentions(text) if m.given][:1]
    assert _occupation(text, "en", own) == occupation


@pytest.mark.parametrize(
    ("text", "occupations"),
    [
        # the whole trade after an age, not its last word the word list knows; a trade closing
        # the apposition of the name before "and" is that name's
        (
            "On 5 November 2026 the court found Nurbol Izbassarov, 33, who is unemployed, and "
            "Marat Tleuov, 27, an oil field operator, guilty under Article 272, Part 3. The "
            "court sentenced Izbassarov to three years of restricted freedom. Tleuov was fined "
            "500 MCI, which amounts to 2,162,500 tenge.",
            {"Nurbol Izbassarov": "unemployed", "Marat Tleuov": "oil field operator"},
        ),
        # refused: "and" before another name is no apposition's end when no name comes before
        (
            "On 5 November 2026 the court sentenced unemployed Nurbol Izbassarov to three years "
            "of restricted freedom under Article 272, Part 3.",
            {"Nurbol Izbassarov": "unemployed"},
        ),
        # another person told of without a name, a thing's operator, a trade before another's
        # given name: no one's of the case
        (
            "On 5 November 2026 the court sentenced Marat Tleuov, a welder, under Article 272. "
            "Another member of the chat, a 19-year-old college student, was earlier given 10 "
            "days of administrative arrest. The smelter's operator was not a party to the "
            "case. Our host talks to correspondent Dmitry about it.",
            {"Marat Tleuov": "welder"},
        ),
        # a headline's title before the name gives way to the story's title before it
        (
            "Zhezkazgan reporter Aliya Serikkyzy sentenced\n\nOn 19 August 2026 the court "
            "sentenced journalist Aliya Serikkyzy, a correspondent for a regional weekly, to one "
            "year of restricted freedom under Article 378.",
            {"Aliya Serikkyzy": "journalist, correspondent"},
        ),
        # ... but a headline's title stays where the story names none before the name
        (
            "Zhezkazgan reporter Aliya Serikkyzy sentenced\n\nOn 19 August 2026 the court "
            "sentenced Aliya Serikkyzy to one year of restricted freedom under Article 378.",
            {"Aliya Serikkyzy": "reporter"},
        ),
        # someone the story does not name, with "a" after a verb or a preposition
        (
            "On 2 March 2025 the court sentenced Marat Zhumabekov to two years of restricted "
            "freedom. In August, a court fined a pensioner over a post. He gave an interview to "
            "a journalist. Help us find a human rights lawyer.",
            {"Marat Zhumabekov": None},
        ),
        # refused: a name later in the clause ("against a political prisoner and civil
        # activist from Aktobe, Asylkhan ZHAUBATYROV")
        (
            "Verdict.\n\nOn 10 September 2021 a verdict was pronounced in the case. The case "
            "is against a political prisoner and civil activist from Aktobe, Asylkhan "
            "ZHAUBATYROV, sentenced to 5 years.",
            {"Asylkhan ZHAUBATYROV": "political prisoner, civil activist"},
        ),
        # a trade told with "works as", and where
        (
            "On 3 May 2026 the court sentenced Aigul Abenova, a mother of three who works as a "
            "cleaner at a local school, to two years of restricted freedom under Article 274.",
            {"Aigul Abenova": "cleaner at a local school"},
        ),
        # refused: a relative's "works as"
        (
            "On 3 May 2026 the court sentenced Dauren Abenov to two years of restricted freedom "
            "under Article 274. His wife works as a nurse.",
            {"Dauren Abenov": None},
        ),
        # refused: "X is a ...", "worked as a ...", the first sentence's "sentenced a ..."
        (
            "A court has sentenced a schoolteacher to two years of restricted freedom on 2 March "
            "2025. Marat Zhumabekov is a blogger. He worked as a taxi driver.",
            {"Marat Zhumabekov": "schoolteacher, blogger, taxi driver"},
        ),
        # the surname said alone is the person: the second trade in its apposition is hers
        (
            "Journalist Timur Sabyrov was detained.\n\nOn 6 November 2026 police detained "
            "Sabyrov, a journalist and the editor-in-chief of a news website, at his home.",
            {"Timur Sabyrov": "journalist, editor-in-chief of a news website"},
        ),
    ],
)
def test_whose_trade_in_a_wire_story(text: str, occupations: dict[str, str | None]) -> None:
    found = {c["person"]["name"]: c["person"]["occupation"] for c in extract_cases(text)}
    assert found == occupations


@pytest.mark.parametrize(
    ("text", "charges"),
    [
        # co-defendants whose own part cites no article: the article of the shared story
        (
            "The Talgar district court on 21 April 2025 sentenced Marat Zhandosov, 45, to four "
            'years in prison for "inciting social discord" (Article 174, Part 1). His '
            "co-defendants, Yerlan Bakirov and Aigerim Temirkhanova, received two years of "
            "restricted freedom each.",
            {
                "Marat Zhandosov": [("174", 1)],
                "Yerlan Bakirov": [("174", 1)],
                "Aigerim Temirkhanova": [("174", 1)],
            },
        ),
        # refused: each one's own article stays each one's
        (
            "On 21 April 2025 the court sentenced Marat Zhandosov to four years in prison under "
            "Article 174, and Yerlan Bakirov to two years of restricted freedom under Article "
            "378.",
            {"Marat Zhandosov": [("174", None)], "Yerlan Bakirov": [("378", None)]},
        ),
    ],
)
def test_the_article_of_co_defendants(
    text: str, charges: dict[str, list[tuple[str, int | None]]]
) -> None:
    found = {
        c["person"]["name"]: [(x["article"], x["part"]) for x in c["charges"]]
        for c in extract_cases(text)
    }
    assert found == charges


def test_a_name_in_full_and_its_spellings_in_a_bracket() -> None:
    text = (
        "Yerlan Tokhtarov\n\n"
        "Yerlan Bakytuly Tokhtarov (Kazakh: Ерлан Бақытұлы Тоқтаров; also spelled Erlan "
        "Toktarov; born 4 January 1987) is a Kazakh blogger. On 3 March 2025 the Shymkent city "
        "court sentenced Tokhtarov to three years in prison."
    )
    person = _one(text)["person"]
    assert person["name"] == "Yerlan Bakytuly Tokhtarov"
    assert person["aliases"] == ["Ерлан Бақытұлы Тоқтаров", "Erlan Toktarov"]


def test_a_forms_surname_with_its_cyrillic_spelling() -> None:
    text = (
        "In the matter of Mr. Dauren Kassymbekov\n\n"
        "1. Family name: KASSYMBEKOV (in Cyrillic: Даурен Касымбеков)\n"
        "2. First name: Dauren\n"
        "3. On 20 August 2025 the Baikonur district court of Astana sentenced Mr. Kassymbekov "
        "to four years' imprisonment. The state prosecutor, Ms. Zhanar Ibrayeva, had requested "
        "five years."
    )
    [case] = extract_cases(text)
    assert case["person"]["name"] == "Dauren Kassymbekov"
    assert case["person"]["aliases"] == ["Даурен Касымбеков"]


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        (
            "Yerlan Sagyndykov, chairman of the independent trade union, was",
            "chairman of the independent trade union",
        ),
        (
            "Kuanysh Sarsenov, an operator at an oil-pumping station, was",
            "operator at an oil-pumping station",
        ),
        (
            "Lyazzat Karimova, a trade union leader at a chromium plant, was",
            "trade union leader at a chromium plant",
        ),
        ("Zhanna Kassymova, a civil society activist, was fined.", "civil society activist"),
        ("Nurlybek Sarsenbay, a former school principal, was", "former school principal"),
        # refused: nobody in particular
        ("Timur Akhmetzhanov was jailed. 'A message to every reporter,' said Elena Marsh.", None),
    ],
)
def test_more_english_trades(text: str, occupation: str | None) -> None:
    from bot.extract import names
    from bot.extract.occupation import _occupation

    own = [(m.start, m.end) for m in names.find_title_mentions(text) if m.given][:1]
    others = [(m.start, m.end) for m in names.find_title_mentions(text) if m.given][1:]
    assert _occupation(text, "en", own, others) == occupation


def test_a_story_opening_on_a_year_is_still_its_persons_case() -> None:
    text = (
        "In 2024, local activist Yerlan Myrzakhmetov was detained in Taraz. On 5 March 2025 the "
        "Taraz city court sentenced Myrzakhmetov to five years in prison under Article 405."
    )
    assert [c["person"]["name"] for c in extract_cases(text)] == ["Yerlan Myrzakhmetov"]


def test_a_paragraph_opening_on_a_year_is_a_digests_next_item() -> None:
    assert english.someone_else("In 2025, blogger Aigerim Tleuova was fined.", opening=True) is None
    assert english.someone_else("In 2025, blogger Aigerim Tleuova was fined.") == "Tleuova"


def test_the_name_the_text_uses_before_the_documents_spelling() -> None:
    text = (
        "Hello. I am writing about my brother Daulet Serikbayuly (in his documents he is Daulet "
        "SERIKBAYEV). He is 34, a welder. On 12 March 2025 the Aktau city court sentenced him "
        "to three years in prison under Article 174."
    )
    person = _one(text)["person"]
    assert (person["name"], person["aliases"]) == ("Daulet Serikbayuly", ["Daulet SERIKBAYEV"])


# --- whole reports --------------------------------------------------------------------------------

_WIRE = """Kazakh Activist Handed Parole-Like Sentence

April 08, 2025 11:42 GMT

QASKELEN, Kazakhstan -- A court in Kazakhstan's Almaty region has handed a parole-like \
sentence to an activist.

The Qarasai district court on April 7 sentenced 41-year-old Arman Tolegenuly to one year of \
"freedom limitation" after finding him guilty of participating in a banned movement.

The court also sentenced Tolegenuly to 100 hours of community work and barred him from using \
social networks for two years.

One of his supporters, Dana Serikova, was detained by police and later released.
"""


def test_a_wire_report_with_a_parole_like_sentence() -> None:
    case = _one(_WIRE)
    assert case["person"]["name"] == "Arman Tolegenuly"
    assert case["person"]["city"] == "Kaskelen"
    assert _events(case) == [("verdict", "2025-04-07")]  # no release: "parole-like", another's
    assert _sentence(case, "verdict") == [
        ("restriction_of_liberty", 12, None),
        ("community_service", None, 100),
        ("ban_social_networks", 24, None),
    ]


_APPEAL = """Kazakh Activist's Appeal Rejected

June 23, 2025

SHYMKENT, Kazakhstan -- A court in Shymkent has rejected an appeal filed by lawyers of \
opposition activist Daniyar Serikbay against a ruling sentencing him to seven years in prison.

On May 16, the Al-Farabi district court in Shymkent sentenced Serikbay under Articles 174, \
Part 2, and 256, Part 2, of the Criminal Code.

His mother, Gulnar Serikbayeva, and his lawyer, Bolat Kenzhe, say Serikbay is innocent. \
Kenzhe told RFE/RL that Serikbay will appeal to the Supreme Court.
"""


def test_an_appeal_rejected_is_upheld_and_the_lawyer_and_mother_are_not_the_case() -> None:
    case = _one(_APPEAL)
    assert case["person"]["name"] == "Daniyar Serikbay"
    assert [(c["article"], c["part"]) for c in case["charges"]] == [("174", 2), ("256", 2)]
    assert [e["appeal_outcome"] for e in case["events"] if e["kind"] == "appeal_ruling"] == [
        "upheld"
    ]


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("The Almaty City Court has toughened the sentence of a jailed activist.", "increased"),
        ("A court ruled that his two-year prison term must be increased.", "increased"),
        ("The appeals court converted the prison terms into restricted freedom.", "reduced"),
        ("The activist lost an appeal against the verdict.", "upheld"),
        ("The regional court rejected his appeal.", "upheld"),
    ],
)
def test_appeal_wordings(sentence: str, outcome: str) -> None:
    text = (
        "Serik Abenov was sentenced by the Medeu district court on 31 August 2025 to two years "
        f"in prison.\n\nOn 20 October 2025: {sentence}"
    )
    case = _one(text)
    [ruling] = [e for e in case["events"] if e["kind"] == "appeal_ruling"]
    assert ruling["appeal_outcome"] == outcome


def test_two_people_in_title_case_are_two_cases() -> None:
    text = (
        "Two activists, Yerbol Tanirbergen and Saule Mukanova, were convicted on January 22, "
        "2026. The Bostandyk District Court in Almaty sentenced Tanirbergen to three years in "
        "prison and Mukanova to two years of restricted freedom."
    )
    cases = {c["person"]["name"]: c for c in extract_cases(text)}
    assert set(cases) == {"Yerbol Tanirbergen", "Saule Mukanova"}
    assert _sentence(cases["Yerbol Tanirbergen"], "verdict") == [("imprisonment", 36, None)]
    assert _sentence(cases["Saule Mukanova"], "verdict") == [("restriction_of_liberty", 24, None)]


def test_case_of_headings_split_a_briefing_paper() -> None:
    text = (
        "KAZAKHSTAN: CASES OF CONCERN\n\n"
        "Case of Marlen Zhaksylykov (Aktobe)\n"
        "Journalist Marlen Zhaksylykov was arrested on 3 August 2024. On 12 February 2025 the "
        "Aktobe city court sentenced him to five years in prison.\n\n"
        "Case of Gaukhar Ibrayeva (Oral)\n"
        "Pensioner Gaukhar Ibrayeva was placed under house arrest on 9 May 2025. Her trial "
        "started on 2 September 2025 at the Oral City Court No. 2.\n"
    )
    cases = {c["person"]["name"]: c for c in extract_cases(text)}
    assert set(cases) == {"Marlen Zhaksylykov", "Gaukhar Ibrayeva"}
    assert cases["Gaukhar Ibrayeva"]["stage"] == "on_trial"
    assert cases["Marlen Zhaksylykov"]["person"]["city"] == "Aktobe"


def test_a_statutory_maximum_and_pretrial_detention() -> None:
    text = (
        "Aliya Serikova, a 33-year-old nurse from Taraz, was detained on 5 March 2025. On 7 "
        "March the Taraz city court placed her in pretrial detention for two months. If "
        "convicted, she faces up to six years in prison."
    )
    case = _one(text)
    assert case["stage"] == "detained"
    assert _events(case) == [("detention", "2025-03-05"), ("preventive_measure", "2025-03-07")]
    assert case["events"][1]["measure"] == "custody"


def test_a_title_case_name_that_reads_as_a_town_is_still_a_name() -> None:
    text = (
        "EKIBASTUZ -- The trial of Zarina Omarova, a schoolteacher, opened on 14 October 2025 "
        "at the Ekibastuz town court."
    )
    case = _one(text)
    assert case["person"]["name"] == "Zarina Omarova"
    assert case["person"]["occupation"] == "schoolteacher"
    assert case["court"] == "Ekibastuz town court"


# --- wordings found by dev9-en2 (written after the rules above) --------------------------------


def test_women_sentenced_together_and_a_man_two_days_earlier() -> None:
    text = (
        "TARAZ, Kazakhstan -- Two women have been handed parole-like sentences.\n\nMay 6, 2025\n\n"
        "A city court in Taraz on May 5 sentenced both Gulmira Seitkali and Raushan "
        'Abdrakhmanova to two years of "freedom limitation". Abdrakhmanova was also sentenced '
        "to 120 hours of community work.\n\nTwo days earlier, the same court sentenced "
        'another activist, Nurlan Kaidarov, to one year of "freedom limitation".'
    )
    cases = {c["person"]["name"]: c for c in extract_cases(text)}
    assert set(cases) == {"Gulmira Seitkali", "Raushan Abdrakhmanova", "Nurlan Kaidarov"}
    assert _sentence(cases["Gulmira Seitkali"], "verdict") == [("restriction_of_liberty", 24, None)]
    assert _sentence(cases["Raushan Abdrakhmanova"], "verdict") == [
        ("restriction_of_liberty", 24, None),
        ("community_service", None, 120),
    ]
    assert _events(cases["Nurlan Kaidarov"]) == [("verdict", "2025-05-03")]


def test_held_since_a_later_day_than_the_arrest_is_a_measure_of_that_year() -> None:
    text = (
        "New York, February 19, 2026. The group condemned the sentence of journalist Timur "
        "Akhmetzhanov. Police arrested Akhmetzhanov on August 21, 2025, after the website "
        "published a series of reports on road contracts. He has been in pre-trial detention "
        "since August 23."
    )
    case = _one(text)
    assert _events(case) == [("detention", "2025-08-21"), ("preventive_measure", "2025-08-23")]


def test_a_headline_dated_appeal_keeps_its_sentence_and_the_town_of() -> None:
    text = (
        "September 30, 2025\n\nAQTAU, Kazakhstan -- The Mangystau regional court has upheld a "
        "five-year prison sentence handed to an oil worker in the western town of Zhanaozen.\n\n"
        "The court on September 29 rejected an appeal filed by Yerzhan Dauletov, 34. "
        "Prosecutors said Dauletov had used a WhatsApp group to call on colleagues to block a "
        "road.\n\nHis wife, Asem Dauletova, said the family would go to the Supreme Court."
    )
    case = _one(text)
    assert case["person"]["city"] == "Zhanaozen"
    [ruling] = [e for e in case["events"] if e["kind"] == "appeal_ruling"]
    assert (ruling["date"], ruling["appeal_outcome"]) == ("2025-09-29", "upheld")
    assert _sentence(case, "appeal_ruling") == [("imprisonment", 60, None)]
    assert [a["description"] for a in case["acts"]] == [
        "used a WhatsApp group to call on colleagues to block a road"
    ]


def test_pending_trial_in_relation_to_and_a_nationality() -> None:
    text = (
        "VIENNA, 14 November 2025 - The Representative called on the authorities to release "
        "Kazakh blogger Askhat Nurpeisov pending trial. Nurpeisov was detained in Aktobe on 10 "
        "November 2025. On 12 November, a court placed him in pre-trial detention on charges "
        "under Article 274, Part 2, in relation to a video about drinking water."
    )
    case = _one(text)
    assert case["stage"] == "detained"
    assert case["person"]["occupation"] == "blogger"
    assert [a["description"] for a in case["acts"]] == ["a video about drinking water"]


@pytest.mark.parametrize(
    ("text", "judge", "prosecutor"),
    [
        # a given name in title case before a surname in capitals
        (
            "On 20 November 2025 the Taraz City Court began hearing the case of imam Serik "
            "OMIRZAKOV. Judge Bakhyt ALDABERGENOV presides; the prosecution is represented by "
            "prosecutor Zarina KENZHEBAYEVA.",
            "Bakhyt ALDABERGENOV",
            "Zarina KENZHEBAYEVA",
        ),
        # a courtesy title, whose point ends no sentence
        (
            "On 20 August 2025 the Baikonur district court of Astana found Dauren Kassymbekov "
            "guilty and sentenced him to four years' imprisonment. The state prosecutor, Ms. "
            "Zhanar Ibrayeva, had requested five years.",
            None,
            "Zhanar Ibrayeva",
        ),
        # the prosecutor's office between the role and the name
        (
            "On 26 May 2026 the Taraz city court sentenced Almas Yesengeldiyev to five years in "
            "prison. The state prosecution was supported by the prosecutor of the Zhambyl "
            "regional prosecutor's office M. T. Sultanbekov.",
            None,
            "M. T. Sultanbekov",
        ),
        (
            "On 12 March 2025 the Almaty district court of Astana sentenced Dana ZHUMABAYEVA to "
            "two years of restricted freedom. The prosecution, represented by Nurlan Abenov, had "
            "asked for three years.",
            None,
            "Nurlan Abenov",
        ),
        # surname first with initials after it; the court between "Judge of the" and the name
        (
            "On 12 March 2025 the Almaty district court of Astana sentenced Dana ZHUMABAYEVA to "
            "two years of restricted freedom. Judge Serikbayeva A. K. read out the verdict.",
            "Serikbayeva A. K.",
            None,
        ),
        (
            "On 12 March 2025 the Almaty district court of Astana sentenced Dana ZHUMABAYEVA to "
            "two years of restricted freedom. Judge of the Almaty district court Aigul "
            "Serikbayeva read the verdict.",
            "Aigul Serikbayeva",
            None,
        ),
        # the Prosecutor General is no prosecutor of the case
        (
            "On 12 March 2025 the Almaty district court of Astana sentenced Dana ZHUMABAYEVA to "
            "two years of restricted freedom. Prosecutor General Berik Asylov said the case was "
            "lawful.",
            None,
            None,
        ),
        # a letter's "a young man called X"
        (
            "The trial of my husband Vitaly Shevchenko started on 3 March 2026 in the Kostanay "
            "city court. The judge is Gulmira Sadykova, the prosecutor is a young man called "
            "Daniyar Auyelbekov.",
            "Gulmira Sadykova",
            "Daniyar Auyelbekov",
        ),
    ],
)
def test_judge_and_prosecutor_wordings(
    text: str, judge: str | None, prosecutor: str | None
) -> None:
    [case] = extract_cases(text)
    assert (case["judge"], case["prosecutor"]) == (judge, prosecutor)


@pytest.mark.parametrize(
    ("text", "judge", "prosecutor"),
    [
        # the prosecutor who addressed the appeals court is not the trial's
        (
            "On 9 October 2026 the Kokshetau city court sentenced teacher Marat ZHUNUSOV to two "
            "years of restricted freedom.\n\nOn 20 November prosecutor Samat Abenov asked the "
            "appeals court to send him to prison, but it refused.\n\nAt the trial the "
            "prosecution was represented by Dinara Kassenova.",
            None,
            "Dinara Kassenova",
        ),
        # a reporting judge sits only on an appeal board
        (
            "On 9 October 2026 the Kokshetau city court sentenced teacher Marat ZHUNUSOV to two "
            "years of restricted freedom.\n\nOn 20 November the reporting judge, Samat Abenov, "
            "read out the ruling: the sentence stands.\n\nJudge Dinara Kassenova had heard the "
            "case.",
            "Dinara Kassenova",
            None,
        ),
        # (refused: the appeals court told beside the verdict's judge leaves her the judge)
        (
            "The Kokshetau city court sentenced teacher Marat ZHUNUSOV to two years of restricted "
            "freedom on 9 October 2026.\n\nJudge Dinara Kassenova, whose verdict the appeals "
            "court later upheld, refused to call the defence's witnesses.",
            "Dinara Kassenova",
            None,
        ),
    ],
)
def test_the_officials_of_the_trial_not_of_the_appeal(
    text: str, judge: str | None, prosecutor: str | None
) -> None:
    [case] = extract_cases(text)
    assert (case["judge"], case["prosecutor"]) == (judge, prosecutor)


@pytest.mark.parametrize(
    ("paragraph", "officials"),
    [
        (
            "The case was heard by Judge D. S. Alimkulov. The state prosecution was supported by "
            "the prosecutor of the Zhambyl regional prosecutor's office M. T. Sultanbekov.",
            {"judge": "D. S. Alimkulov", "prosecutor": "M. T. Sultanbekov"},
        ),
        # someone else named: a case of its own, not the officials of the one before
        ("Judge Aliya Sarsembina fined blogger Marat Zhumabekov on 3 May.", None),
        ("The verdict may be appealed within 15 days.", None),
    ],
)
def test_a_paragraph_naming_only_the_officials(
    paragraph: str, officials: dict[str, str | None] | None
) -> None:
    assert officials_alone(paragraph, "en") == officials


def test_a_formal_charge_with_a_travel_ban() -> None:
    text = (
        "Dinara Sultanbekova is a human rights defender from Semey.\n\n21 January 2026: "
        'Sultanbekova was formally charged with "insulting a representative of the '
        'authorities" (Article 378, Part 2) and was ordered not to leave Semey.'
    )
    case = _one(text)
    assert _events(case) == [("charge", "2026-01-21"), ("preventive_measure", "2026-01-21")]


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        (
            "The court convicted him for having shared videos of the movement on Telegram.",
            "shared videos of the movement on Telegram",
        ),
        (
            'The court sentenced him for organizing an unsanctioned rally and "inciting social '
            'discord" (Article 174, Part 1).',
            "organizing an unsanctioned rally",
        ),
    ],
)
def test_acts_without_having_or_an_offence_name(sentence: str, act: str) -> None:
    text = f"By a staff writer\n\nArman Serikbayev, 40, was sentenced on 1 October 2025. {sentence}"
    case = _one(text)
    assert [a["description"] for a in case["acts"]] == [act]
    assert case["person"]["occupation"] is None  # the byline's writer is no trade of his


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day weeks after a full date told just before goes on from it
        (
            "arrested on August 21, 2025, after the site published reports on contracts. He has "
            "been held since August 23.",
            [dt.date(2025, 8, 21), dt.date(2025, 8, 23)],
        ),
        # refused: a day months before the full date told far before takes the latest year
        (
            "sentenced on 20 October 2025 after a long trial in which many witnesses for the "
            "defence were heard. The appeal is set for 3 March.",
            [dt.date(2025, 10, 20), dt.date(2026, 3, 3)],
        ),
    ],
)
def test_year_of_a_day_told_after_a_full_date(text: str, expected: list[dt.date]) -> None:
    assert _dates("February 19, 2026. " + text)[1:] == expected


def test_a_lawyers_post_in_title_case() -> None:
    """The lawyer's own line is no case; the post's date gives the year of "Today, 11 March"
    though a date of the year before is told later."""
    text = (
        "Posted by Advocate Dana Yessenova · 11 March 2025\n\n"
        "Today, 11 March, the Taldykorgan city court delivered its verdict in the case of my "
        "client Askar Zhakupov, a 44-year-old veterinarian.\n\n"
        "Judge Ainur Seitova found him guilty under Article 174, Part 1, for a comment he left "
        "on 23 September 2024. He was sentenced to three years of restricted freedom."
    )
    case = _one(text)
    assert case["person"]["name"] == "Askar Zhakupov"
    assert _events(case) == [("verdict", "2025-03-11")]


def test_a_relatives_paragraph_is_no_case_of_its_own() -> None:
    text = (
        "On May 16, 2025, the Al-Farabi district court in Shymkent sentenced Dauren Amanzhol "
        "to seven years in prison. Amanzhol rejects the charges.\n\n"
        "His mother, Zhanat Amanzholova, and his lawyer say he has been held in a detention "
        "center since his arrest on January 11, 2024."
    )
    case = _one(text)
    assert case["person"]["name"] == "Dauren Amanzhol"
    assert ("detention", "2024-01-11") in _events(case)


# --- the dev set of real English styles -----------------------------------------------------------


def test_dev_set_9_english_does_not_fall_below_its_score_after_the_fixes() -> None:
    """tests/data/reports-dev9-en (16 English texts in the styles of real published reports,
    written before any change of this session) scored 0.406 on its first untouched run and
    0.932 after the rules in this file, merged with main's news-style names (README): later
    changes must not lose ground."""
    totals = [0, 0, 0]
    for _name, text, expected in labelled_texts(HELD_OUT.with_name("reports-dev9-en")):
        for counts in score_text(expected, extract_cases(text)).values():
            totals = [t + c for t, c in zip(totals, counts, strict=True)]
    assert accuracy(totals) >= 0.92


def test_dev_set_9_english_second_part_does_not_fall_below_its_score_after_the_fixes() -> None:
    """tests/data/reports-dev9-en2 (8 English texts in further real styles, written after the
    dev9-en rules) scored 0.714 on its first untouched run (0.436 before h15o) and 0.957 after
    fixing the classes it showed (README): later changes must not lose ground."""
    totals = [0, 0, 0]
    for _name, text, expected in labelled_texts(HELD_OUT.with_name("reports-dev9-en2")):
        for counts in score_text(expected, extract_cases(text)).values():
            totals = [t + c for t, c in zip(totals, counts, strict=True)]
    assert accuracy(totals) >= 0.93


def test_dev_set_9_english_third_part_does_not_fall_below_its_untouched_run() -> None:
    """tests/data/reports-dev9-en3 (5 English texts written after all the rules above and not
    fitted) scored 0.893 on its untouched run, 0.515 before h15o (README)."""
    totals = [0, 0, 0]
    for _name, text, expected in labelled_texts(HELD_OUT.with_name("reports-dev9-en3")):
        for counts in score_text(expected, extract_cases(text)).values():
            totals = [t + c for t, c in zip(totals, counts, strict=True)]
    assert accuracy(totals) >= 0.89


# --- sentence parts (h16a) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # accepted: a term in a prison of a security level, costs after "in"
        (
            "gave him 3 years in a minimum-security prison, a 3-year ban on using social "
            "networks and 14,960 tenge in court costs.",
            [
                ("imprisonment", 36, None),
                ("ban_social_networks", 36, None),
                ("court_fees", None, None),
            ],
        ),
        # accepted: a colony of a regime; a fine in MCI written out, then its tenge
        (
            "sentenced to five years in a general-regime penal colony",
            [("imprisonment", 60, None)],
        ),
        (
            "ordered to pay a fine of 300 monthly calculation indices, or 1,179,600 tenge",
            [("fine", None, None)],
        ),
        # refused: the imprisonment named again by its institution takes no second term
        (
            "sentenced him to four years of imprisonment in a minimum security institution and "
            "a three-year ban on public activity.",
            [("imprisonment", 48, None), ("ban_social_activity", 36, None)],
        ),
    ],
)
def test_english_prison_terms_and_costs(
    text: str, parts: list[tuple[str, int | None, int | None]]
) -> None:
    assert _parts(text) == parts


@pytest.mark.parametrize(
    ("ruling", "outcome", "parts"),
    [
        # accepted: the kind replaced, told in the passive
        (
            "On 27 January 2026 the regional court changed the verdict: the prison term was "
            "replaced with three years of restricted freedom.",
            "reduced",
            [("restriction_of_liberty", 36)],
        ),
        # refused: a passive with no kind before it replaces nothing
        (
            "On 27 January 2026 the regional court upheld the verdict; the hearing was changed to "
            "a closed one.",
            "upheld",
            [("imprisonment", 36)],
        ),
    ],
)
def test_a_kind_replaced_in_the_passive(
    ruling: str, outcome: str, parts: list[tuple[str, int]]
) -> None:
    case = _one(
        "On 11 November 2025 the Konaev city court sentenced Ruslan Nurmagambetov to three "
        "years' imprisonment. " + ruling
    )
    [appeal] = [e for e in case["events"] if e["kind"] == "appeal_ruling"]
    assert appeal["appeal_outcome"] == outcome
    assert [(p["kind"], p["term_months"]) for p in appeal["sentence"]] == parts


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # accepted: the colony it is served in names the same imprisonment; a bare "ban" takes
        # its own term
        (
            "replaced the restricted freedom with two years of imprisonment in a minimum-security "
            "colony and kept the three-year ban.",
            [("restriction_of_liberty", None, None), ("imprisonment", 24, None)],
        ),
        # refused: a term before a named kind still goes to it
        (
            "sentenced him to two years in prison and a three-year ban on public activity.",
            [("imprisonment", 24, None), ("ban_social_activity", 36, None)],
        ),
    ],
)
def test_a_colony_names_the_imprisonment_again(
    text: str, parts: list[tuple[str, int | None, int | None]]
) -> None:
    assert [p for p in _parts(text) if p[1] or p[2]] == [p for p in parts if p[1] or p[2]]


def test_an_appeal_asked_for_is_no_part_of_the_ruling() -> None:
    case = _one(
        "On 10 July 2025 the Rudny City Court gave Dmitry Ostapenko two years of restricted "
        "freedom. The prosecutor's office appealed, asking for three years behind bars. On 27 "
        "November 2025 the appeal board replaced the restricted freedom with two years of "
        "imprisonment."
    )
    [appeal] = [e for e in case["events"] if e["kind"] == "appeal_ruling"]
    assert [(p["kind"], p["term_months"]) for p in appeal["sentence"]] == [("imprisonment", 24)]


@pytest.mark.parametrize(
    ("clause", "act_date"),
    [
        # accepted: the date a work was published on is the act's
        ("for insulting a police officer in a Facebook comment published on 12 May 2025", True),
        ("over a video posted on 3 March 2025", True),
        # refused: a court publishing its reasons is no work of the person's
        ("the court published on 12 May 2025 its reasons", False),
    ],
)
def test_a_works_publication_date(clause: str, act_date: bool) -> None:
    assert english.act_date_clause(clause) is act_date


def test_a_works_publication_date_does_not_end_the_verdict() -> None:
    case = _one(
        "On 5 November 2025 the Aktobe City Court sentenced pensioner Valentina Moroz to a fine "
        "of 200 MCI (786,400 tenge) for a Facebook comment published on 12 May 2025. She was "
        "also ordered to pay 11,200 tenge in court costs."
    )
    [verdict] = [e for e in case["events"] if e["kind"] == "verdict"]
    assert [p["kind"] for p in verdict["sentence"]] == ["fine", "court_fees"]


@pytest.mark.parametrize(
    ("last", "release"),
    [
        # accepted: "walked out of the courtroom the same day" after the ruling, though the
        # verdict it changed was told in between
        ("walked out of the courtroom the same day.", ("release", "2026-11-24")),
        # refused: one still held walks out of nothing
        ("remains in custody.", None),
    ],
)
def test_walked_out_of_the_courtroom_after_the_ruling(
    last: str, release: tuple[str, str] | None
) -> None:
    case = _one(
        "On Tuesday, 24 November 2026, the Kostanay regional court reduced the sentence of "
        "Viktor Lisitsyn, a farmer from Arkalyk. The Arkalyk city court had sentenced him on 9 "
        "September to two years in prison. The appeal judges replaced the prison term with one "
        "and a half years of restricted freedom. Lisitsyn, who had been in custody since 30 "
        "June, " + last
    )
    releases = [(e["kind"], e["date"]) for e in case["events"] if e["kind"] == "release"]
    assert releases == ([release] if release else [])


@pytest.mark.parametrize(
    ("mark", "events"),
    [
        # accepted: an encyclopedia's note mark after a full stop still ends the sentence
        ("[3]", [("verdict", "2025-06-30"), ("appeal_ruling", "2025-09-02")]),
        ("[citation needed]", [("verdict", "2025-06-30"), ("appeal_ruling", "2025-09-02")]),
        # refused: no mark, the same
        ("", [("verdict", "2025-06-30"), ("appeal_ruling", "2025-09-02")]),
    ],
)
def test_note_marks_end_sentences(mark: str, events: list[tuple[str, str]]) -> None:
    case = _one(
        "On 30 June 2025 the Al-Farabi district court of Shymkent sentenced Yerlan Tokhtarov to "
        f"two years and six months in prison.{mark} On 2 September 2025 the Shymkent city court "
        "reduced the prison term to two years."
    )
    assert _events(case) == events


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # accepted: a court appeal
        (
            "On 5 January 2026 the board dismissed the appeal of Almas Yesengeldiyev.",
            "appeal_ruling",
        ),
        # refused: a published appeal is a call, no court's
        (
            'On 5 January 2026 Yesengeldiyev published an appeal to "take the akimat building".',
            None,
        ),
        ("On 5 January 2026 he posted a video appeal calling for a rally.", None),
    ],
)
def test_a_published_appeal_is_no_ruling(text: str, kind: str | None) -> None:
    from bot.extract.scopes import _event_kind

    assert _event_kind(text, "en") == kind


def test_what_the_article_carries_is_no_sentence() -> None:
    case = _one(
        "The Taraz city court on October 14, 2026 sentenced Bekarys Tolegenov to two years of "
        '"freedom limitation." Part 2 of the article carries a prison term of up to six years.'
    )
    [verdict] = [e for e in case["events"] if e["kind"] == "verdict"]
    assert [(p["kind"], p["term_months"]) for p in verdict["sentence"]] == [
        ("restriction_of_liberty", 24)
    ]


@pytest.mark.parametrize(
    ("second", "measures"),
    [
        # accepted: each co-defendant's own measure in one sentence, the date with its part
        (
            "Yesengeldiyev has been held in custody since 21 January 2026; Zhanabergenova was "
            "under a travel ban.",
            {"Yesengeldiyev": [("detention", "2026-01-21")], "Zhanabergenova": []},
        ),
        # refused: "the same day" told of the second keeps the first's date
        (
            "Yesengeldiyev was remanded in custody on 21 January 2026, while Zhanabergenova was "
            "placed under house arrest the same day.",
            {
                "Yesengeldiyev": [("preventive_measure", "2026-01-21")],
                "Zhanabergenova": [("preventive_measure", "2026-01-21")],
            },
        ),
    ],
)
def test_co_defendants_own_measures_in_one_sentence(
    second: str, measures: dict[str, list[tuple[str, str]]]
) -> None:
    text = (
        "On 26 May 2026 the court delivered its verdict against Almas Yesengeldiyev and Botagoz "
        "Zhanabergenova. Yesengeldiyev was sentenced to five years of imprisonment. "
        "Zhanabergenova was sentenced to two years of restriction of liberty. " + second
    )
    got = {
        c["person"]["name"].split()[-1]: [
            (e["kind"], e["date"])
            for e in c["events"]
            if e["kind"] in ("detention", "preventive_measure") and e["date"]
        ]
        for c in extract_cases(text)
    }
    assert got == measures


# --- where an act begins: the deed without its lead, each person's own --------------------------


@pytest.mark.parametrize(
    ("sentence", "acts"),
    [
        (  # a verdict's time, "the defendants" and an aside between commas are no part of it
            "The court established that in January 2026 the defendants, acting by prior "
            'agreement, created the Instagram page "Dala Voice" on which they published '
            "appeals.",
            ['created the Instagram page "Dala Voice" on which they published appeals'],
        ),
        (  # a span of months and the surname with an aside
            "The court established that from January to April 2025 Serikbayev, an unemployed "
            "resident of Taraz, administered a Telegram chat of the banned movement.",
            ["administered a Telegram chat of the banned movement"],
        ),
        (  # a noun act is never cut: no verb follows a lead
            "The charge concerns a video in which Serikbayev called the akim a thief.",
            ["a video in which Serikbayev called the akim a thief"],
        ),
    ],
)
def test_an_act_without_its_lead(sentence: str, acts: list[str]) -> None:
    text = f"Arman Serikbayev, a blogger from Taraz, was sentenced on 1 October 2025. {sentence}"
    assert [a["description"] for a in _one(text)["acts"]] == acts


def test_each_defendant_keeps_their_own_act() -> None:
    text = (
        "On 3 June 2025 the Taraz city court sentenced Azamat DZHAKSYBEKOV and Rauza "
        "NURMAGAMBETOVA. The court established that DZHAKSYBEKOV administered a Telegram chat "
        "of the banned movement, and that NURMAGAMBETOVA, an accountant from Shu, published "
        "the movement's leaflets in the chat."
    )
    acts = {c["person"]["name"]: [a["description"] for a in c["acts"]] for c in extract_cases(text)}
    assert acts == {
        "Azamat DZHAKSYBEKOV": ["administered a Telegram chat of the banned movement"],
        "Rauza NURMAGAMBETOVA": ["published the movement's leaflets in the chat"],
    }


@pytest.mark.parametrize(
    ("sentence", "acts"),
    [
        (  # the one named and the deed's verb after "according to the indictment"
            "According to the indictment, Serikbayev transferred money to the movement's "
            "account and took part in its online meetings in the spring of 2025.",
            ["transferred money to the movement's account", "took part in its online meetings"],
        ),
        (
            "The charge rests on messages he published in the channel in which he called the "
            'managers "thieves".',
            ['messages he published in the channel in which he called the managers "thieves"'],
        ),
        (
            'The "crime": a YouTube stream in which he accused the akimat of theft.',
            ["a YouTube stream in which he accused the akimat of theft"],
        ),
        (  # a remark on the movement with its own subject closes no act
            "He was charged last spring after he posted videos on Facebook showing rallies "
            'organized by the movement, which the authorities labelled "extremist" in 2018.',
            ["posted videos on Facebook showing rallies organized by the movement"],
        ),
    ],
)
def test_more_wordings_of_the_accusation(sentence: str, acts: list[str]) -> None:
    text = f"Arman Serikbayev, a blogger from Taraz, was sentenced on 1 October 2025. {sentence}"
    assert [a["description"] for a in _one(text)["acts"]] == acts


def test_a_chronology_line_tells_the_deed_and_its_day() -> None:
    text = (
        "Case chronology: Arman Serikbayev (Taraz)\n\n"
        "- 17 May 2025 - posts a video on TikTok accusing officials of theft.\n"
        "- 3 June 2025 - detained at his home by police; his phone is seized.\n"
        "- 11 November 2025 - verdict: three years' imprisonment.\n"
    )
    assert [(a["date"], a["description"]) for a in _one(text)["acts"]] == [
        ("2025-05-17", "posts a video on TikTok accusing officials of theft")
    ]


def test_for_this_he_was_charged_points_to_the_sentence_before() -> None:
    text = (
        "Arman Serikbayev is a farmer from Rudny. On 2 February 2025 he recorded a video "
        'address in which he called officials "traitors". For this he was charged with '
        "inciting social discord, Art. 174 part 1 of the Criminal Code. On 10 July 2025 the "
        "Rudny City Court sentenced him to two years of restricted freedom."
    )
    assert [(a["date"], a["description"]) for a in _one(text)["acts"]] == [
        ("2025-02-02", 'recorded a video address in which he called officials "traitors"')
    ]


@pytest.mark.parametrize(
    ("sentence", "acts"),
    [
        (
            "The reason was her Facebook post of 28 August 2025 about shortages of insulin and "
            "painkillers at the district hospital.",
            [
                (
                    "2025-08-28",
                    "Facebook post about shortages of insulin and painkillers at the district "
                    "hospital",
                )
            ],
        ),
        (
            "The only thing he did was record a voice message in the chat on 29 September "
            "2025, asking neighbours to go to the akimat and complain about the tariffs.",
            [
                (
                    "2025-09-29",
                    "record a voice message in the chat, asking neighbours to go to the akimat "
                    "and complain about the tariffs",
                )
            ],
        ),
        (  # a platform's videos after "over"
            'He was sentenced for "inciting social discord" (Art. 174 p.1 CC RK) over TikTok '
            "videos criticising the regional akim.",
            [(None, "TikTok videos criticising the regional akim")],
        ),
    ],
)
def test_the_reason_and_one_act_across_and(sentence: str, acts: list[tuple[str, str]]) -> None:
    text = f"Arman Serikbayev, a blogger from Taraz, was sentenced on 1 October 2025. {sentence}"
    assert [(a["date"], a["description"]) for a in _one(text)["acts"]] == acts


@pytest.mark.parametrize(
    ("left", "right", "one"),
    [
        ("a post about shortages of insulin", "painkillers at the hospital", True),
        ("transferred money to the movement", "shared its videos", False),
        ("a YouTube stream in which he accused the akimat,", "comments under it", False),
        ("donating money to a banned movement", "for reposting its videos", False),
        ("organizing an unsanctioned rally", '"inciting social discord"', False),
        ("recorded a message, asking neighbours to go out", "complain together", True),
    ],
)
def test_one_english_act_across_and(left: str, right: str, one: bool) -> None:
    assert act_cues.one_act_across_and(left, right, "en") is one


def test_comments_after_a_stream_are_a_second_act() -> None:
    text = (
        "Arman Serikbayev, a blogger from Taraz, was sentenced on 1 October 2025. The "
        '"crime": a YouTube stream of 7 March 2025 in which he accused the akimat of theft, '
        'and comments under it about "outsiders" running the region.'
    )
    assert [(a["date"], a["description"]) for a in _one(text)["acts"]] == [
        ("2025-03-07", "a YouTube stream in which he accused the akimat of theft"),
        (None, 'comments under it about "outsiders" running the region'),
    ]


@pytest.mark.parametrize(
    ("sentence", "acts"),
    [
        (  # a date and "the three" between the cue and the deed
            "According to the prosecution, on 2 June 2025 the three called on colleagues in a "
            "WhatsApp group to stop work.",
            [("2025-06-02", "called on colleagues in a WhatsApp group to stop work")],
        ),
        (
            "The prosecution's case rested on messages he allegedly posted in the channel "
            "urging readers to attend a rally.",
            [
                (
                    None,
                    "messages he allegedly posted in the channel urging readers to attend a rally",
                )
            ],
        ),
        (
            'They say he "insulted a representative of the authorities" (art. 378 part 2) '
            "because of comments under a police video on Facebook that he wrote on 28 April "
            "2025.",
            [("2025-04-28", "comments under a police video on Facebook")],
        ),
        (  # who published it is no part of the act
            "The charge concerns an investigation into the sale of pasture land, published by "
            "the outlet Aulie-Ata Times.",
            [(None, "an investigation into the sale of pasture land")],
        ),
    ],
)
def test_the_deed_after_a_date_or_a_bracketed_article(
    sentence: str, acts: list[tuple[str | None, str]]
) -> None:
    text = f"Arman Serikbayev, a blogger from Taraz, was sentenced on 1 October 2025. {sentence}"
    assert [(a["date"], a["description"]) for a in _one(text)["acts"]] == acts


def test_the_offence_in_other_words_gives_way_to_the_deed() -> None:
    text = (
        "Arman Serikbayev, a blogger from Taraz, was sentenced on 1 October 2025 for taking "
        "part in the activities of a banned opposition movement. According to the indictment, "
        "he shared videos of the movement's leader in a WhatsApp group."
    )
    assert [a["description"] for a in _one(text)["acts"]] == [
        "shared videos of the movement's leader in a WhatsApp group"
    ]


def test_the_indictment_states_that_he_did() -> None:
    text = (
        "Arman Serikbayev, a blogger from Taraz, was sentenced on 1 October 2025. The "
        "indictment states that Serikbayev posted a video calling for a strike."
    )
    assert [a["description"] for a in _one(text)["acts"]] == ["posted a video calling for a strike"]


def test_posts_of_two_days_are_two_acts() -> None:
    text = (
        "Arman Serikbayev, a blogger from Taraz, was detained on 2 December 2025. They charge "
        "him under Art. 274 part 4 (false information), over his posts of 19 and 20 November "
        "2025 about the heating breakdown."
    )
    assert [(a["date"], a["description"]) for a in _one(text)["acts"]] == [
        ("2025-11-19", "his posts about the heating breakdown"),
        ("2025-11-20", "his posts about the heating breakdown"),
    ]


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (  # the offence alone gives way to what a "who" clause says the person did
            "On 9 September 2025 the Arkalyk city court sentenced Arman Serikbayev, a farmer "
            "who had written on Instagram that officials sold off pasture land, to two years "
            "for spreading false information (Article 274, Part 3).",
            ["had written on Instagram that officials sold off pasture land"],
        ),
        (  # several people's deed is not this one person's
            "Three farmers who organized a protest against the sale of pastures were "
            "sentenced on 9 September 2025. Arman Serikbayev was found guilty of organizing an "
            "unsanctioned rally (Article 400).",
            ["organizing an unsanctioned rally"],
        ),
    ],
)
def test_a_deed_told_in_a_who_clause(text: str, acts: list[str]) -> None:
    assert [a["description"] for a in _one(text)["acts"]] == acts


def test_a_dated_deed_told_right_after_the_court_found() -> None:
    text = (
        "On 26 May 2026 the Taraz court delivered its verdict against Arman Serikbayev. The "
        "court established that in January 2026 he created the Instagram page Taraz Voice. On "
        '5 January 2026 Serikbayev published an appeal to "take the akimat building". He was '
        "sentenced to five years."
    )
    assert [(a["date"], a["description"]) for a in _one(text)["acts"]] == [
        (None, "created the Instagram page Taraz Voice"),
        ("2026-01-05", 'published an appeal to "take the akimat building"'),
    ]


@pytest.mark.parametrize(
    ("text", "someone_else"),
    [
        ("Another activist was jailed in May for", True),
        ("A court in Turkistan has fined a poet for", False),  # a wire's lead on the person
        ("the court found Roza ABILDINA, 52, a pensioner, guilty over", False),
    ],
)
def test_another_person_is_not_the_case(text: str, someone_else: bool) -> None:
    assert act_cues.someone_else(text, "en") is someone_else


def test_the_work_an_offence_was_done_in_without_who_says_so() -> None:
    text = (
        "Arman Serikbayev, a blogger from Taraz, was sentenced on 1 October 2025. He was "
        "accused under Article 174, Part 1, of the Criminal Code of inciting social discord in "
        "a speech he gave at a public hearing on 9 December 2024, in which, according to the "
        'prosecution, he described investors as "colonisers".'
    )
    assert [(a["date"], a["description"]) for a in _one(text)["acts"]] == [
        (
            "2024-12-09",
            'a speech he gave at a public hearing, in which he described investors as "colonisers"',
        )
    ]


@pytest.mark.parametrize(
    ("sentence", "acts"),
    [
        (
            "The authorities accuse him of running a Telegram channel that criticised the "
            "government.",
            ["running a Telegram channel that criticised the government"],
        ),
        (  # a place is no work: the offence's words stay
            "Investigators accuse Serikbayev of calling for mass riots in a Telegram chat.",
            ["calling for mass riots in a Telegram chat"],
        ),
    ],
)
def test_accuse_him_of(sentence: str, acts: list[str]) -> None:
    text = f"Arman Serikbayev, a blogger from Taraz, was detained on 1 June 2025. {sentence}"
    assert [a["description"] for a in _one(text)["acts"]] == acts


def test_a_plain_statement_with_no_object_keeps_its_verb() -> None:
    text = (
        "Arman Serikbayev, a blogger from Taraz, was detained on 1 June 2025. The case was "
        "opened after he wrote on Facebook that the akim had stolen money."
    )
    assert [a["description"] for a in _one(text)["acts"]] == [
        "wrote on Facebook that the akim had stolen money"
    ]


@pytest.mark.parametrize(
    ("sentence", "acts"),
    [
        (
            "He is accused of sharing a video of the movement's leader on 3 March 2025 and of "
            "transferring 10,000 tenge to the movement on 5 April 2025.",
            [
                ("2025-03-03", "sharing a video of the movement's leader"),
                ("2025-04-05", "transferring 10,000 tenge to the movement"),
            ],
        ),
        (
            "According to investigators, he posted a video on 3 May 2025, and on 5 June 2025 he "
            "shared a post calling for a rally.",
            [("2025-05-03", "posted a video"), ("2025-06-05", "shared a post calling for a rally")],
        ),
    ],
)
def test_two_dated_deeds_in_one_sentence(sentence: str, acts: list[tuple[str, str]]) -> None:
    text = f"Arman Serikbayev, a blogger from Taraz, was detained on 1 June 2025. {sentence}"
    assert [(a["date"], a["description"]) for a in _one(text)["acts"]] == acts


@pytest.mark.parametrize(
    ("sentence", "acts"),
    [
        (
            "He just wrote a comment under a video about the akim on 12 May 2025.",
            [("2025-05-12", "a comment under a video about the akim")],
        ),
        (
            "The blogger was detained over a Facebook post about the akimat, published on 12 "
            "May 2025.",
            [("2025-05-12", "a Facebook post about the akimat")],
        ),
    ],
)
def test_a_relatives_only_deed_and_a_participle_left_alone(
    sentence: str, acts: list[tuple[str, str]]
) -> None:
    text = f"Arman Serikbayev was detained on 1 June 2025. {sentence}"
    assert [(a["date"], a["description"]) for a in _one(text)["acts"]] == acts


def test_targeted_because_of() -> None:
    text = (
        "Aigul Bekova was detained on 1 June 2025. She was targeted because of her Facebook "
        "posts criticising the akim."
    )
    assert [a["description"] for a in _one(text)["acts"]] == [
        "her Facebook posts criticising the akim"
    ]


@pytest.mark.parametrize(
    ("sentence", "acts"),
    [
        (
            "The court ruled that Serikbayev had insulted the akim in a Facebook comment on 5 "
            "March 2025.",
            [("2025-03-05", "had insulted the akim in a Facebook comment")],
        ),
        (
            "He was convicted of publishing a video in which he called the president a thief.",
            [(None, "publishing a video in which he called the president a thief")],
        ),
        (
            "Investigators allege that Serikbayev sent money to the banned movement and "
            "recruited new members.",
            [(None, "sent money to the banned movement"), (None, "recruited new members")],
        ),
    ],
)
def test_the_court_ruled_and_convicted_of(
    sentence: str, acts: list[tuple[str | None, str]]
) -> None:
    text = f"Arman Serikbayev, a blogger from Taraz, was sentenced on 1 October 2025. {sentence}"
    assert [(a["date"], a["description"]) for a in _one(text)["acts"]] == acts


def test_inciting_a_strike_is_the_offence_in_other_words() -> None:
    assert act_spans.worded_as_offence("inciting a strike in the town of Zhanaozen", "en")
    assert not act_spans.worded_as_offence("a video about the strike in Zhanaozen", "en")


def test_acts_listed_after_according_to_the_prosecution_he() -> None:
    text = (
        "Arman Serikbayev, a blogger, was sentenced on 1 October 2025.\n\n"
        "According to the prosecution, he:\n"
        "- posted a video about the flood on 3 May 2025;\n"
        "- shared a post calling for a rally on 5 June 2025.\n"
    )
    assert [(a["date"], a["description"]) for a in _one(text)["acts"]] == [
        ("2025-05-03", "posted a video about the flood"),
        ("2025-06-05", "shared a post calling for a rally"),
    ]


@pytest.mark.parametrize(
    ("sentence", "acts"),
    [
        (
            "He was charged with 'disseminating false information' after he criticised the "
            "response to floods in a Facebook post.",
            [(None, "criticised the response to floods in a Facebook post")],
        ),
        (
            "He was prosecuted for his peaceful activism, including organising a rally on 5 "
            "January 2025.",
            [("2025-01-05", "organising a rally")],
        ),
        (
            "He is accused of calling for the violent seizure of power in a video he posted on "
            "YouTube on 3 March 2025.",
            [("2025-03-03", "a video he posted on YouTube")],
        ),
    ],
)
def test_the_deed_after_a_quoted_offence_or_including(
    sentence: str, acts: list[tuple[str | None, str]]
) -> None:
    text = f"Arman Serikbayev, a blogger from Taraz, was detained on 1 June 2025. {sentence}"
    assert [(a["date"], a["description"]) for a in _one(text)["acts"]] == acts


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (  # AFP: the offence's words, then the deed after "after he"; "and his kinsmen" one
            # object more
            "Kazakhstan on Thursday sentenced Ablovas Jumayev to three years in prison for "
            "inciting hatred on social media after he took a swipe at the country's leader and "
            "his kinsmen.",
            ["took a swipe at the country's leader and his kinsmen"],
        ),
        (  # what was done to him since is no part of the act; the offence gives way
            "Activist Ashkat Zheksebaev has been sentenced to five years in prison for Facebook "
            "posts that encouraged people to attend rallies. Zheksebaev was convicted of "
            'creating and participating in an "extremist group" and has been forbidden from '
            "engaging in political activities.",
            ["Facebook posts that encouraged people to attend rallies"],
        ),
    ],
)
def test_real_wire_wordings(text: str, acts: list[str]) -> None:
    assert [a["description"] for a in _one(text)["acts"]] == acts


def test_as_well_as_tells_another_act() -> None:
    text = (
        "Arman Serikbayev was detained on 1 June 2025. He is accused of sharing videos of the "
        "movement, as well as transferring money to its account."
    )
    assert [a["description"] for a in _one(text)["acts"]] == [
        "sharing videos of the movement",
        "transferring money to its account",
    ]


def test_who_posted_it_before_in_which_is_no_part_of_the_act() -> None:
    text = (
        "Arman Serikbayev was sentenced on 1 October 2025. The case stems from a video "
        "Serikbayev posted on March 3, 2025, in which he said the hospital had run out of "
        "insulin."
    )
    assert [(a["date"], a["description"]) for a in _one(text)["acts"]] == [
        ("2025-03-03", "a video in which he said the hospital had run out of insulin")
    ]


def test_an_act_told_in_a_relatives_quote() -> None:
    text = (
        'Arman Serikbayev was detained on 1 June 2025. "My husband just shared a video about '
        'the flood on 3 May," his wife said.'
    )
    assert [(a["date"], a["description"]) for a in _one(text)["acts"]] == [
        ("2025-05-03", "a video about the flood")
    ]


def test_his_arrest_followed_a_post() -> None:
    text = (
        "Arman Serikbayev was detained on 1 June 2025. His arrest followed a Facebook post in "
        "which he criticised the akim."
    )
    assert [a["description"] for a in _one(text)["acts"]] == [
        "a Facebook post in which he criticised the akim"
    ]


def test_the_offence_by_doing_the_deed() -> None:
    text = (
        "Arman Serikbayev was detained on 1 June 2025. He is accused of inciting social "
        "discord by posting a video about the akim on TikTok."
    )
    assert [a["description"] for a in _one(text)["acts"]] == [
        "posting a video about the akim on TikTok"
    ]


@pytest.mark.parametrize(
    ("clause", "deed"),
    [
        (
            "the oil worker who spoke at the gathering of dismissed workers",
            "spoke at the gathering of dismissed workers",
        ),
        ("his wife, who spoke to journalists after the hearing", None),  # what anyone does
        ("a neighbour who called the police", None),
    ],
)
def test_a_who_clause_tells_a_deed(clause: str, deed: str | None) -> None:
    assert act_cues.who_did(clause, "en") == deed


@pytest.mark.parametrize(
    ("line", "deed"),
    [
        ("- 17 May 2025 - posts a video on TikTok.", "posts a video on TikTok"),
        ("- 22 October 2025 - reads his final statement in court.", None),
        ("- 3 June 2025 - detained at his home by police; his phone is seized.", None),
    ],
)
def test_a_chronology_line_tells_a_deed(line: str, deed: str | None) -> None:
    told = act_chronology.chronology_deed(line, "en")
    assert (told[1] if told else None) == deed


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("He was fined for a post about the akim.", "fined for "),
        ("She was charged for a video about the akimat.", "charged for "),
        # a word that holds the cue is no cue
        ("He spends his days confined to his flat for doing what unionists do.", None),
        ("He received three years for his posts.", "received three years for "),
        # what was received is no punishment
        ("The information received for her lawyer's file was incomplete.", None),
        ("The case was left uncharged for a month.", None),
    ],
)
def test_a_verdicts_verb_is_a_word_of_its_own(sentence: str, cue: str | None) -> None:
    found = act_words.ACTS["en"].search(sentence)
    assert (found.group().endswith(cue) if found and cue else found is cue) is True


@pytest.mark.parametrize(
    ("sentence", "administrative"),
    [
        ("In 2025 he was fined under the Code of Administrative Offences for filming.", True),
        ("Eight others were given administrative arrest of 10 days.", True),
        ("Он оштрафован по статье 488 КоАП за участие в пикете.", True),
        ("Ол Әкімшілік құқық бұзушылық туралы кодекстің 488-бабы бойынша айыппұл төлеген.", True),
        ("He is charged under Article 274 of the Criminal Code over a post.", False),
        ("Её обвиняют по ч. 2 ст. 274 УК РК за пост о больнице.", False),
        # an arrest counted in days, a court of administrative cases, a penalty told as earlier
        ("Two of her neighbours were arrested for ten days over the rally.", True),
        ("Его соратник отбыл 15 суток за пикет.", True),
        ("Оның әріптесі 10 тәулікке қамалды.", True),
        ("Суд по административным делам наложил на него штраф.", True),
        ("He had previously been fined 30 MCI for a picket at the akimat.", True),
        ("She was already fined in May for an unsanctioned rally.", True),
        ("Ранее его уже оштрафовали за одиночный пикет.", True),
        # refused: a criminal term in years or months, a fine with no earlier time
        ("He was jailed for five years for a post.", False),
        ("The court fined him 200 MCI for a post about the police.", False),
        ("Его арестовали на два месяца.", False),
        ("Он уже три месяца находится в СИЗО.", False),
    ],
)
def test_a_sentence_telling_an_administrative_case(sentence: str, administrative: bool) -> None:
    assert act_cues.administrative(sentence) is administrative


def test_an_earlier_administrative_case_is_not_the_act() -> None:
    text = (
        "Journalist Timur Abenov was detained on 6 November 2026. He is suspected of "
        "disseminating false information under Article 274 of the Criminal Code. The case "
        "stems from an article he published on 23 October 2026 about ambulance purchases. "
        "In March 2024, a court fined him under the Code of Administrative Offences for "
        "filming a protest outside the akimat."
    )
    assert [(a["date"], a["description"]) for a in _one(text)["acts"]] == [
        ("2026-10-23", "an article he published about ambulance purchases")
    ]


def test_an_earlier_fine_or_a_days_arrest_is_not_the_act() -> None:
    text = (
        "Blogger Arman Seitov was detained on 3 October 2026 and charged under Article 274 "
        "of the Criminal Code over a video about the price of coal. He had previously been "
        "fined 40 MCI for a rally at the akimat. His neighbour was arrested for ten days in "
        "July for joining the same rally."
    )
    assert [a["description"] for a in _one(text)["acts"]] == ["a video about the price of coal"]


def test_a_headlines_act_gives_way_to_a_who_clause() -> None:
    text = (
        "Pensioner convicted over online remarks\n\n"
        "Kostanay, 12 November 2026. Gulmira Abenova, a pensioner who forwarded a petition "
        'to her neighbours, was convicted of "inciting discord" under Article 174, Part 1, '
        "of the Criminal Code and fined 400 MCI."
    )
    assert [a["description"] for a in _one(text)["acts"]] == [
        "forwarded a petition to her neighbours"
    ]


def test_an_administrative_case_alone_keeps_its_act() -> None:
    text = (
        "Activist Timur Abenov was fined on 6 November 2026 under the Code of "
        "Administrative Offences for filming a protest outside the akimat."
    )
    assert [a["description"] for a in _one(text)["acts"]] == [
        "filming a protest outside the akimat"
    ]


@pytest.mark.parametrize(
    ("sentence", "goes_on"),
    [
        ("On 5 January 2026 Yesengeldiyev published an appeal to the akim.", True),
        ("Tleuov posted a video in the same chat on 13 July calling on people to rally.", True),
        ("She also shared the video on March 14 with her followers.", True),
        # no day, or not a surname as the subject: no deed of the person
        ("Tleuov posted a video in the same chat.", False),
        ("Police published a statement on 13 July about the case.", False),
    ],
)
def test_a_sentence_going_on_with_a_deed(sentence: str, goes_on: bool) -> None:
    assert act_cues.goes_on_telling(sentence, "en") is goes_on


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        (
            "According to the case materials, on 11 July 2026 Izbassarov posted messages "
            "calling on residents to block the highway.",
            "posted messages calling on residents to block the highway",
        ),
        (
            "According to the case files, Izbassarov posted messages calling for a rally.",
            "posted messages calling for a rally",
        ),
        # what the case materials say is no deed of his
        ("According to the case materials, the chat had 300 members.", None),
    ],
)
def test_what_the_case_materials_say_he_did(sentence: str, act: str | None) -> None:
    text = (
        "Nurbol Izbassarov, 33, was sentenced on 5 November 2026 under Article 272 of the "
        f"Criminal Code. {sentence}"
    )
    acts = [a["description"] for a in _one(text)["acts"]]
    assert acts == ([act] if act else [])


def test_a_co_defendants_deed_told_plainly_after_the_others() -> None:
    text = (
        "Two residents sentenced for calling for mass riots online\n\n"
        "On 5 November 2026, the court found Nurbol Izbassarov, 33, who is unemployed, and "
        "Marat Tleuov, 27, an oil field operator, guilty under Article 272, Part 3, of the "
        "Criminal Code.\n\nAccording to the case materials, on 11 July 2026 Izbassarov "
        "posted messages calling on residents to block the highway. Tleuov posted a video in "
        'the same chat on 13 July calling on people to come out "with sticks".\n\nThe court '
        "sentenced Izbassarov to three years of restricted freedom. Tleuov was fined 500 MCI, "
        "which amounts to 2,162,500 tenge.\n"
    )
    acts = {
        c["person"]["name"]: [(a["date"], a["description"]) for a in c["acts"]]
        for c in extract_cases(text)
    }
    assert acts["Marat Tleuov"] == [
        ("2026-07-13", 'a video in the same chat calling on people to come out "with sticks"')
    ]
    assert acts["Nurbol Izbassarov"] == [
        ("2026-07-11", "posted messages calling on residents to block the highway")
    ]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # the sentence opens with the deed's day, then its subject
        (
            "Aslan Bekov, a miner from Rudny, was detained on 1 April 2026. On 19 March 2026 he "
            "posted a Facebook video about the park. He was charged under Art. 274 p.2 CC RK.",
            ("2026-03-19", "a Facebook video about the park"),
        ),
        (
            "Данияла Исмаилова задержали 1 апреля 2026 года. 2 февраля 2026 года он опубликовал "
            "в Facebook пост о мосте. Против него возбудили дело по ч. 2 ст. 274 УК РК.",
            ("2026-02-02", "в Facebook пост о мосте"),
        ),
        # another event's day before the subject: not the deed's
        (
            "Aslan Bekov, a miner from Rudny, was detained on 1 April 2026. Released on 19 March "
            "2026, he posted a Facebook video about the park. He was charged under Art. 274.",
            (None, "a Facebook video about the park"),
        ),
    ],
)
def test_a_deed_told_plainly_dated_by_its_opening_day(text: str, act: tuple) -> None:
    assert [(a["date"], a["description"]) for a in _one(text)["acts"]] == [act]


@pytest.mark.parametrize(
    ("sentence", "acts"),
    [
        (
            "According to investigators, a video he posted on February 9, in which he "
            'accused officials of "treating villagers like cattle," and a video posted on March '
            "14 calling on residents to stop paying for garbage collection contained "
            '"signs of inciting social discord."',
            [
                (
                    "2026-02-09",
                    'a video he posted, in which he accused officials of "treating villagers '
                    'like cattle,"',
                ),
                (
                    "2026-03-14",
                    "a video posted calling on residents to stop paying for garbage collection",
                ),
            ],
        ),
        (
            "According to the expert report, his posts about the akim contained signs of insult.",
            [(None, "his posts about the akim")],
        ),
        # what the investigators say of a work with no signs found is no act
        ("According to investigators, his video was watched 5,000 times.", []),
    ],
)
def test_the_works_an_expert_found_signs_in(sentence: str, acts: list) -> None:
    text = f"Arman Bekov, a blogger from Kokshetau, was arrested on 27 May 2026. {sentence}"
    assert [(a["date"], a["description"]) for a in _one(text)["acts"]] == acts


@pytest.mark.parametrize(
    ("header", "labels"),
    [
        # a label may say the day the list is told as of
        (
            "No. | Name | Charge | Grounds | Status as of 31 October 2026",
            ["No.", "Name", "Charge", "Grounds", "Status as of 31 October 2026"],
        ),
        ("№ | ФИО | статья | Статус на 31.10.2026", ["№", "ФИО", "статья", "Статус на 31.10.2026"]),
        # a row with a figure of its own is no header
        ("1 | Name | Charge | Grounds", None),
        ("No. | Name | Art. 174 | Grounds", None),
    ],
)
def test_a_table_header_told_as_of_a_day(header: str, labels: list[str] | None) -> None:
    from bot.extract.tables import _table_header

    got = _table_header(header + "\n1 | Marat ISKAKOV | Art. 405 | posts | Sentenced")
    assert (list(got) if got is not None else None) == labels


def test_a_table_rows_grounds_cell_is_the_act() -> None:
    text = (
        "Politically motivated criminal cases — monthly update, October 2026\n\n"
        "No. | Name | Age, occupation | Charge | Grounds | Status as of 31 October 2026\n"
        "1 | Marat ISKAKOV | 51, civil activist | Art. 405(2) CC RK | posts in a Telegram chat "
        "of a banned movement | Sentenced on 8 October 2026 to 1 year 6 months' imprisonment\n"
        "2 | Gaukhar BEKTEMIROVA | 39, nurse | Art. 174(1) CC RK | a TikTok video about "
        "salaries at the hospital, posted on 3 March 2026 | Trial opened on 20 October 2026\n"
    )
    acts = {
        c["person"]["name"]: [(a["date"], a["description"]) for a in c["acts"]]
        for c in extract_cases(text)
    }
    assert acts == {
        "Marat ISKAKOV": [(None, "posts in a Telegram chat of a banned movement")],
        "Gaukhar BEKTEMIROVA": [("2026-03-03", "a TikTok video about salaries at the hospital")],
    }


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Yerzhanov had posted a video calling for a rally.", True),
        # the day first, a title, an aside on who the person is
        ("On 18 January 2026, Ms. Ospankyzy recorded an audio message in a group.", True),
        ("Omarova, who administers a parents' chat, forwarded the video to its members.", True),
        # no surname as the subject, or what is no deed
        ("On 18 January 2026, the akimat recorded a video message.", False),
        ("Ospankyzy chaired the union of workers of a coal-mining contractor.", False),
    ],
)
def test_a_deed_told_plainly_by_its_doer(sentence: str, told: bool) -> None:
    assert bool(act_told.TOLD["en"].search(sentence)) is told


def test_a_title_before_a_name_ends_no_sentence() -> None:
    from bot.extract.blocks import split_sentences

    text = "On 18 January 2026, Ms. Ospankyzy recorded an audio message. Dr. Bekov spoke."
    assert [s.text.strip() for s in split_sentences(text)] == [
        "On 18 January 2026, Ms. Ospankyzy recorded an audio message.",
        "Dr. Bekov spoke.",
    ]


def test_a_remarks_day_closing_the_act_is_not_the_acts() -> None:
    text = (
        "Zhanar Ospankyzy, a trade union leader, was sentenced on 2 June 2026. On 18 January "
        "2026, Ms. Ospankyzy recorded an audio message in a WhatsApp group, urging workers to "
        "continue the strike, which a court had declared unlawful on 15 January 2026."
    )
    assert [(a["date"], a["description"]) for a in _one(text)["acts"]] == [
        (
            "2026-01-18",
            "an audio message in a WhatsApp group, urging workers to continue the strike",
        )
    ]


@pytest.mark.parametrize(
    ("language", "act", "evidence"),
    [
        ("en", 'a linguistic expert report, which found "signs of a call to mass disorder"', True),
        ("en", "the testimony of police officers", True),
        ("en", "a report about a gas leak at a refinery", False),  # a journalist's report: a deed
        ("ru", "заключении лингвистической экспертизы", True),
        ("ru", "показаниях сотрудников полиции", True),
        ("ru", "публикации о заключении экспертизы по делу", False),
        ("kk", "лингвистикалық сараптама қорытындысы", True),
        ("kk", "сараптама туралы пост жариялағаны", False),
    ],
)
def test_the_evidence_is_no_act(language: str, act: str, evidence: bool) -> None:
    assert act_spans.is_evidence(act, language) is evidence


@pytest.mark.parametrize(
    ("language", "lead", "else_"),
    [
        ("en", "In May, the regional ecology department fined the company for ", True),
        ("en", "In May, the court fined him for ", False),
        ("ru", "В мае департамент экологии оштрафовал компанию за ", True),
        ("ru", "В мае суд оштрафовал его за ", False),
        ("kk", "Мамырда экология департаменті компанияға айыппұл", True),
        ("kk", "Мамырда сот оған айыппұл", False),
        # a crowd counted is not the person
        ("en", "In other news, police in Kulsary have fined twelve people for ", True),
        ("en", "Police detained five activists, including Bekov, for ", False),
        ("ru", "Полиция оштрафовала двенадцать человек за ", True),
        ("ru", "Полиция задержала пять человек, в том числе Бекова, за ", False),
    ],
)
def test_a_companys_penalty_is_someone_elses(language: str, lead: str, else_: bool) -> None:
    assert act_cues.someone_else(lead, language) is else_


def test_two_deeds_told_plainly_each_of_its_doer() -> None:
    text = (
        "Satpayev court sentences two for calls to mass disorder\n\n"
        "On 2 July 2026 the Satpayev city court sentenced Yerbol Kaliyev, 44, to three years "
        "in prison and Dilnaz Omarova, 38, to two years of restricted freedom.\n\n"
        "On 12 February 2026 Kaliyev recorded a video address in which he called on residents "
        "to come out to the square. Omarova, who administers a WhatsApp chat for parents, "
        "forwarded the video to the chat's 3,000 members on the same day, 12 February.\n\n"
        "The prosecution's case rested on a linguistic expert report, which found \"signs of a "
        'call to mass disorder" in the phrase.\n'
    )
    acts = {
        c["person"]["name"]: [(a["date"], a["description"]) for a in c["acts"]]
        for c in extract_cases(text)
    }
    assert acts == {
        "Yerbol Kaliyev": [
            (
                "2026-02-12",
                "a video address in which he called on residents to come out to the square",
            )
        ],
        "Dilnaz Omarova": [("2026-02-12", "the video to the chat's 3,000 members")],
    }


@pytest.mark.parametrize(
    ("heading", "act"),
    [
        (
            "Podcast summary, published 24 November 2025",
            ("2025-03-12", "a report about a gas leak at a refinery"),
        ),
        # a full date in the story is nearer than the heading's year
        (
            "Podcast summary, published 24 November 2025\n\nOn 3 March 2024 nothing happened.",
            ("2024-03-12", "a report about a gas leak at a refinery"),
        ),
    ],
)
def test_a_yearless_act_day_takes_the_headings_year(heading: str, act: tuple) -> None:
    text = (
        f"{heading}\n\n"
        "[19:30] Atyrau. On 20 November the Atyrau regional court heard the appeal of "
        "journalist Aizhan Tulegenova, 29. On 16 September the Atyrau city court had given her "
        "one year of restricted freedom under Article 274, Part 3, over a report of 12 March "
        "about a gas leak at a refinery. The appeal judges upheld the sentence.\n"
    )
    assert [(a["date"], a["description"]) for a in _one(text)["acts"]] == [act]


@pytest.mark.parametrize(
    ("term", "act"),
    [
        ("5 years in prison under Art. 174 for sermons on YouTube", "sermons on YouTube"),
        ("5 years in prison under Art. 174 for a video about the akim", "a video about the akim"),
        ("5 years in prison under Art. 174 for his posts", "his posts"),
        # what the term is for in time is no act
        ("5 years in prison under Art. 174 for the rest of his term", None),
        ("2 years of restricted freedom for a further 6 months", None),
    ],
)
def test_a_lists_term_then_what_for_in_english(term: str, act: str | None) -> None:
    text = f"1. Bauyrzhan KALIBEKOV (Shymkent), 45, imam – {term}; district court, 2 October 2026."
    assert [a["description"] for a in _one(text)["acts"]] == ([act] if act else [])


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "Dilnaz Omarova, 38, was sentenced on 2 July 2026 under Article 272 of the Criminal "
            "Code. Kaliyev recorded a video address on 12 February 2026. On the same day, "
            "Omarova forwarded the video to the members of a chat.",
            ("2026-02-12", "the video to the members of a chat"),
        ),
        (
            "Динару Омарову осудили 2 июля 2026 года по ст. 272 УК РК. Калиев записал "
            "видеообращение 12 февраля 2026 года. В тот же день Омарова переслала видео "
            "участникам чата.",
            ("2026-02-12", "видео участникам чата"),
        ),
        # the sentence before gives no day: none
        (
            "Dilnaz Omarova, 38, was sentenced on 2 July 2026 under Article 272 of the Criminal "
            "Code. The smelter kept working. On the same day, Omarova forwarded the video to the "
            "members of a chat.",
            (None, "the video to the members of a chat"),
        ),
    ],
)
def test_a_deed_told_plainly_on_the_same_day(text: str, act: tuple) -> None:
    assert [(a["date"], a["description"]) for a in _one(text)["acts"]] == [act]


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        (
            "Prosecutors allege that on 3 May 2026 he published a post calling for a rally.",
            ("2026-05-03", "published a post calling for a rally"),
        ),
        (
            "Investigators believe that on 3 May 2026 Bekov published a post calling for a rally.",
            ("2026-05-03", "published a post calling for a rally"),
        ),
        (
            "The indictment says that on 3 May 2026 Bekov published a post calling for a rally.",
            ("2026-05-03", "published a post calling for a rally"),
        ),
        # what the defence says he did not do is no act
        ("His lawyer says that he published nothing illegal.", None),
    ],
)
def test_what_the_prosecution_alleges_with_its_day(sentence: str, act: tuple | None) -> None:
    text = f"Arman Bekov, a blogger from Aktau, was detained on 10 May 2026. {sentence}"
    assert [(a["date"], a["description"]) for a in _one(text)["acts"]] == ([act] if act else [])


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        # the deed's own verb before the day: the day is the deed's, not the arrest's
        (
            "He was arrested over a comment he left under a news post on 3 May 2026.",
            ("2026-05-03", "a comment he left under a news post"),
        ),
        (
            "He was arrested over a video address he recorded on 3 May 2026.",
            ("2026-05-03", "a video address he recorded"),
        ),
        # no verb of the deed: the day is the arrest's
        (
            "He was arrested on 3 May 2026 over a comment under a news post.",
            (None, "a comment under a news post"),
        ),
    ],
)
def test_a_reasons_own_verb_dates_it(sentence: str, act: tuple) -> None:
    text = f"Arman Bekov, a blogger from Aktau, was sentenced on 10 June 2026. {sentence}"
    assert [(a["date"], a["description"]) for a in _one(text)["acts"]] == [act]


@pytest.mark.parametrize(
    ("description", "cleaned"),
    [
        ("a TikTok video posted", "a TikTok video"),
        (
            "a video posted calling on residents to stop paying",
            "a video calling on residents to stop paying",
        ),
        # bare before what the work says
        ("a report published that accused the akim", "a report that accused the akim"),
        (
            "a report published, in which he accused the akim",
            "a report, in which he accused the akim",
        ),
        # (refused: with its maker it is the writer's phrase, kept as written)
        ("a song she recorded about the dam", "a song she recorded about the dam"),
        # its subject or its place keep it
        ("a video he posted", "a video he posted"),
        ("a video posted on Instagram", "a video posted on Instagram"),
        ("a poem he posted on his page, in which", "a poem he posted on his page, in which"),
    ],
)
def test_a_bare_participle_left_by_the_cut_date(description: str, cleaned: str) -> None:
    assert english.without_empty_participle(description) == cleaned


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        # the participle whose day (with or without its year) was cut, between its work and
        # what the work says, goes with the day
        (
            "en",
            "On 20 March 2026 the Atyrau City Court sentenced Bakhtiyar NURMUKHANOV to two years "
            "of restricted freedom under Article 274 for a video published on 3 January 2026, "
            "in which he spoke about the closure of a hospital.",
            "a video, in which he spoke about the closure of a hospital",
        ),
        (
            "ru",
            "20 марта 2026 года Атырауский городской суд приговорил Бахтияра НУРМУХАНОВА к двум "
            "годам ограничения свободы по ч. 2 ст. 274 УК РК за видеообращение, опубликованное 3 "
            "января 2026 года, в котором он рассказал о закрытии больницы.",
            "видеообращение, в котором он рассказал о закрытии больницы",
        ),
    ],
)
def test_a_participle_left_bare_by_its_cut_day(language: str, text: str, act: str) -> None:
    [case] = extract_cases(text)
    assert [(a["date"], a["description"]) for a in case["acts"]] == [("2026-01-03", act)]


def test_who_says_so_closes_no_act() -> None:
    text = (
        "Arman Bekov was sentenced on 10 June 2026. He posted videos on 3 May 2026 and 5 May "
        "2026 calling for a rally, according to the verdict."
    )
    assert [(a["date"], a["description"]) for a in _one(text)["acts"]] == [
        ("2026-05-05", "videos calling for a rally"),
        ("2026-05-03", "videos calling for a rally"),
    ]
    # what it is according to is part of the deed when it is no source
    assert act_spans.without_tail("a post, according to which the akim had lied", "en") == (
        "a post, according to which the akim had lied"
    )


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (
            "Arman Bekov was sentenced on 10 June 2026. The court said Bekov had posted a video "
            "on 3 May 2026 urging residents to block the road.",
            [("2026-05-03", "posted a video urging residents to block the road")],
        ),
        (
            "Arman Bekov was sentenced on 10 June 2026. Prosecutors accused him of posting, on 3 "
            "May 2026, a video urging residents to block the road.",
            [("2026-05-03", "posting a video urging residents to block the road")],
        ),
        (
            "Arman Bekov was sentenced on 10 June 2026 over two Facebook posts, dated 3 May and 5 "
            "May 2026, criticising the akim.",
            [
                ("2026-05-05", "two Facebook posts criticising the akim"),
                ("2026-05-03", "two Facebook posts criticising the akim"),
            ],
        ),
        # what the court said of the hearing is no deed
        (
            "Arman Bekov was sentenced on 10 June 2026. The court said the hearing would resume "
            "on 3 July 2026.",
            [],
        ),
    ],
)
def test_more_wire_wordings_of_the_deed(text: str, acts: list) -> None:
    assert [(a["date"], a["description"]) for a in _one(text)["acts"]] == acts


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        (
            "He is charged over a Facebook post (3 May 2026) about river pollution.",
            "a Facebook post about river pollution",
        ),
        (
            "He is charged over a Facebook post dated May 3, 2026, about river pollution.",
            "a Facebook post about river pollution",
        ),
        (
            "He is charged over a May 3, 2026, Facebook post about river pollution.",
            "a Facebook post about river pollution",
        ),
        # a comma of the sentence's own after a day written without one stays
        (
            "He is charged over a Facebook post of 3 May 2026, which criticised the akim.",
            "a Facebook post, which criticised the akim",
        ),
    ],
)
def test_what_goes_with_a_cut_day(sentence: str, act: str) -> None:
    text = f"Arman Bekov was detained on 10 May 2026. {sentence}"
    assert [(a["date"], a["description"]) for a in _one(text)["acts"]] == [("2026-05-03", act)]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "Arman Bekov was sentenced on 10 June 2026. His crime, according to the court, was "
            "a Facebook post about the akim.",
            "a Facebook post about the akim",
        ),
        (
            "Армана Бекова осудили 10 июня 2026 года. Вся его вина, по словам адвоката, — пост "
            "об акиме в Facebook.",
            "пост об акиме в Facebook",
        ),
        # a crime that is no claim on his deed
        ("Arman Bekov was sentenced on 10 June 2026. His crime rate study was cited.", None),
    ],
)
def test_his_crime_with_who_says_so_between(text: str, act: str | None) -> None:
    assert [a["description"] for a in _one(text)["acts"]] == ([act] if act else [])


# --- sentences as wire stories and court press services word them (issue 15, h17b) -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # accepted: a half written as a fraction, in a headline or a story
        ("sentenced a blogger to 2 1/2 years in prison", [("imprisonment", 30, None)]),
        ("Gets 2½ Years In Prison", [("imprisonment", 30, None)]),
        ("sentenced to two and a half years in prison", [("imprisonment", 30, None)]),
        ("a two-and-a-half-year prison term", [("imprisonment", 30, None)]),
        # the half after the unit, and half a year with no number
        (
            "sentenced to a year and a half of restricted freedom",
            [("restriction_of_liberty", 18, None)],
        ),
        ("sentenced to half a year of restricted freedom", [("restriction_of_liberty", 6, None)]),
        ("a half-year ban on social media", [("ban_social_networks", 6, None)]),
        # refused: the year of a fraction alone is no term of two years; "a year" is no half
        ("a sentence 1/2 years shorter", []),
        ("sentenced to a year of restricted freedom", [("restriction_of_liberty", 12, None)]),
    ],
)
def test_a_half_written_as_a_fraction(text: str, expected: list[tuple[str, Any, Any]]) -> None:
    assert _parts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # accepted: kinds listed under one verb share the term written after them
        (
            "sentenced him to restricted freedom and a ban on social networks for three years",
            [("restriction_of_liberty", 36, None), ("ban_social_networks", 36, None)],
        ),
        # refused: a second verb begins a part of its own; the colony is where the term told
        # before is served, no term of the ban
        (
            "ordered him to serve the term in a medium-security penal colony and barred him from "
            "using social networks for three years after his release",
            [("ban_social_networks", 36, None)],
        ),
    ],
)
def test_a_term_is_shared_only_under_one_verb(
    text: str, expected: list[tuple[str, Any, Any]]
) -> None:
    assert _parts(text) == expected


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # accepted: "found ... guilty" with two people, their ages and trades between
        (
            "On 5 November 2026, the court found Nurbol Izbassarov, 33, who is unemployed, and "
            "Marat Tleuov, 27, an oil field operator, guilty under Article 272, Part 3, of the "
            "Criminal Code. The court sentenced Izbassarov to three years of restricted freedom. "
            "Tleuov was fined 2,162,500 tenge.",
            "2026-11-05",
        ),
        # refused: "found" and "guilty" in two sentences tell no verdict of that day
        (
            "On 5 November 2026, investigators found a video posted by Nurbol Izbassarov. He "
            "pleaded not guilty. Later the court sentenced Izbassarov to three years of "
            "restricted freedom.",
            None,
        ),
    ],
)
def test_found_guilty_with_a_long_apposition(text: str, date: str | None) -> None:
    verdicts = [
        e["date"] for case in extract_cases(text) for e in case["events"] if e["kind"] == "verdict"
    ]
    assert verdicts and set(verdicts) == {date}


@pytest.mark.parametrize(
    ("headline", "named"),
    [
        # accepted: a name in a title-case headline
        (
            "Kazakh Court Sentences Marat Zhumabekov",
            [["Marat", "Zhumabekov"]],
        ),
        # refused: a capitalised preposition is never inside a name
        ("Aktobe Blogger Handed Restricted Freedom Over Video About Insulin Shortages", []),
    ],
)
def test_a_headline_preposition_is_no_given_name(headline: str, named: list[list[str]]) -> None:
    from bot.extract import names

    assert [m.words for m in names.find_title_mentions(headline) if m.given] == named


_TWO_DEFENDANTS = (
    "Two days later, on 15 February 2026, Yerbol Kaliyev was detained at the school where he "
    "teaches. He has been held in the pre-trial detention centre ever since. On 17 February 2026 "
    "Dilnaz Omarova was placed under house arrest.\n\nOn 6 October 2026 the judge found both "
    "defendants guilty. He sentenced Kaliyev to three years of restricted freedom; Omarova "
    "received two years of restricted freedom. Kaliyev was released in the courtroom."
)


@pytest.mark.parametrize(
    ("name", "events", "sentence"),
    [
        # each co-defendant's own arrest, measure, release and punishment are theirs ...
        (
            "Yerbol Kaliyev",
            [("detention", "2026-02-15"), ("release", "2026-10-06"), ("verdict", "2026-10-06")],
            [("verdict", "restriction_of_liberty", 36, None, None)],
        ),
        # ... and not the other's (refused: Kaliyev's arrest, custody and release)
        (
            "Dilnaz Omarova",
            [("preventive_measure", "2026-02-17"), ("verdict", "2026-10-06")],
            [("verdict", "restriction_of_liberty", 24, None, None)],
        ),
    ],
)
def test_what_is_told_of_one_co_defendant_alone_is_theirs(
    name: str, events: list[tuple[str, str]], sentence: list[tuple[object, ...]]
) -> None:
    from bench.extract import case_fields

    [case] = [c for c in extract_cases(_TWO_DEFENDANTS) if c["person"]["name"] == name]
    fields = case_fields(case)
    assert sorted(fields["events"]) == events
    assert fields["sentence"] == sentence


_HELD_SINCE = (
    "Journalist Timur Sadvakasov has been held in pre-trial detention in Kyzylorda since 6 March "
    "2026. He is charged under Article 274, Part 2, of the Criminal Code."
)


@pytest.mark.parametrize(
    ("text", "events", "measure"),
    [
        # accepted: held since the day a judge ordered custody, the arrest told later
        (
            _HELD_SINCE + "\n\nTimur Sadvakasov was detained by police in Kyzylorda on 4 March "
            "2026. On 6 March 2026 an investigating judge of the Kyzylorda City Court remanded "
            "him in custody for two months.",
            [("detention", "2026-03-04"), ("preventive_measure", "2026-03-06")],
            [("preventive_measure", "custody")],
        ),
        # refused: with no earlier arrest told, held since a day is held since the arrest
        (_HELD_SINCE, [("detention", "2026-03-06")], [("detention", "custody")]),
    ],
)
def test_held_since_the_day_custody_was_ordered(
    text: str, events: list[tuple[str, str]], measure: list[tuple[str, str]]
) -> None:
    from bench.extract import case_fields

    fields = case_fields(_one(text))
    assert sorted(fields["events"]) == events
    assert fields["measure"] == measure


_TABLE_HEAD = (
    "No. | Name | Age, occupation | Town | Charge | Grounds | Status as of 31 October 2026\n"
)


@pytest.mark.parametrize(
    ("row", "events"),
    [
        # accepted: the status cell's days are the events'; the grounds cell's day the act's
        (
            "1 | Gaukhar BEKTEMIROVA | 39, nurse | Kokshetau | Art. 174(1) CC RK | a TikTok video "
            "about salaries, posted on 3 March 2026 | Trial opened at Kokshetau City Court on 20 "
            "October 2026; under house arrest since 2 June 2026",
            [("preventive_measure", "2026-06-02"), ("trial", "2026-10-20")],
        ),
        (
            "1 | Ruslan KAIYRBEK | 27, courier | Almaty | Art. 272(3) CC RK | messages posted in a "
            "WhatsApp group on 22 October 2026 | Detained on 24 October 2026; remanded in custody "
            "by the investigating court on 26 October 2026",
            [("detention", "2026-10-24"), ("preventive_measure", "2026-10-26")],
        ),
        # refused: nothing to tell apart in a row whose grounds give no day
        (
            "1 | Ruslan KAIYRBEK | 27, courier | Almaty | Art. 272(3) CC RK | messages in a "
            "WhatsApp group | Detained on 24 October 2026; remanded in custody by the "
            "investigating court on 26 October 2026",
            [("detention", "2026-10-24"), ("preventive_measure", "2026-10-26")],
        ),
    ],
)
def test_a_table_cell_keeps_its_own_days(row: str, events: list[tuple[str, str]]) -> None:
    from bench.extract import case_fields

    assert sorted(case_fields(_one(_TABLE_HEAD + row))["events"]) == events


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # accepted as one sentence: a courtesy title's point goes on to the name
        ("On 5 May 2026, the court found Ms. Ospankyzy guilty and sentenced her.", 1),
        ("Mr. Sadvakasov was detained on 4 March.", 1),
        # refused: a sentence ending in a word like a title still ends there
        ("She was fined. Ms Ospankyzy appealed.", 2),
        ("The court sentenced her to two years. Mrs. Ospankyzy's lawyer appealed.", 2),
    ],
)
def test_a_courtesy_title_ends_no_sentence(text: str, count: int) -> None:
    from bot.extract.blocks import split_sentences

    assert len(split_sentences(text)) == count


_TWO_PUNISHED = (
    "On 5 November 2026 the Atyrau court delivered its verdict. Yerzhan Baizhanov was found "
    "guilty under Article 405, Part 1, of the Criminal Code and sentenced to 4 years of "
    "imprisonment. The costs of the forensic linguistic examination, 112,400 tenge, were "
    "recovered from him. Gaukhar Mukhtarova was found guilty under Article 405, Part 2, and "
    "fined 500 MCI, i.e. 2,162,500 tenge. "
)


@pytest.mark.parametrize(
    ("text", "name", "sentence"),
    [
        # accepted: "i.e." goes on to the sum; "recovered from him" is the person just named
        (
            _TWO_PUNISHED,
            "Gaukhar Mukhtarova",
            [("verdict", "fine", None, None, "2162500.00")],
        ),
        (
            _TWO_PUNISHED,
            "Yerzhan Baizhanov",
            [
                ("verdict", "imprisonment", 48, None, None),
                ("verdict", "forensic_fee", None, None, "112400.00"),
            ],
        ),
        # refused: "each of them" is told of both
        (
            _TWO_PUNISHED + "Each of them must also pay 17,300 tenge to the Victims' Compensation "
            "Fund.",
            "Gaukhar Mukhtarova",
            [
                ("verdict", "fine", None, None, "2162500.00"),
                ("verdict", "victims_fund", None, None, "17300.00"),
            ],
        ),
    ],
)
def test_a_punishment_told_by_a_pronoun_is_the_last_named(
    text: str, name: str, sentence: list[tuple[object, ...]]
) -> None:
    from bench.extract import case_fields

    [case] = [c for c in extract_cases(text) if c["person"]["name"] == name]
    assert case_fields(case)["sentence"] == sentence


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        # accepted: a petition's labelled field and a relative's words for the arrest
        ("en", "8. Date of arrest: 9 April 2025", "detention"),
        (
            "en",
            "On 2 October 2026 police officers came to our flat early in the morning.",
            "detention",
        ),
        ("ru", "Утром 5 марта 2025 года к нам домой пришли сотрудники полиции.", "detention"),
        ("ru", "Дата задержания: 5 марта 2025 года", "detention"),
        ("kk", "Ұсталған күні: 2025 жылғы 5 наурыз", "detention"),
        # refused: a court's arrest is its measure; the police named for something else
        ("en", "On 12.09.2023 the court in Kokshetau arrested him for 2 months.", None),
        ("ru", "Активист Нурлан Абенов 12 января 2026 года арестован на два месяца.", None),
        ("ru", "Активист Нурлан Абенов арестован 10 января 2026 года.", "detention"),
        ("en", "The police refused to register the complaint.", None),
        ("ru", "Сотрудники полиции отказались принять заявление.", None),
    ],
)
def test_how_an_arrest_is_told(language: str, text: str, kind: str | None) -> None:
    from bot.extract.scopes import _event_kind

    assert _event_kind(text, language) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # accepted: a statement's noun for the verdict, with its day
        (
            "The European Union notes with concern the convictions on 19 November 2026 of the "
            "activists Askar Temirkhanov and Zhanar Baimukhanova.",
            "verdict",
        ),
        ("We condemn the conviction on 3 May of journalist Dana Iskakova.", "verdict"),
        # refused: a conviction named for something else
        ("Article 174 convictions rose sharply last year.", None),
        ("She has no previous convictions for any offence.", None),
    ],
)
def test_a_conviction_on_a_day(text: str, kind: str | None) -> None:
    from bot.extract.scopes import _event_kind

    assert _event_kind(text, "en") == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # accepted: a wire's "jailed for", "imprisoned for" a term
        (
            "Activist Nurlan Abenov was jailed for four years on 3 March 2026.",
            [("imprisonment", 48, None)],
        ),
        ("He was imprisoned for six years.", [("imprisonment", 72, None)]),
        # refused: days of administrative arrest are no term; "the jailed activist" names none
        ("He was jailed for 10 days under the Code of Administrative Offences.", []),
        (
            "the jailed activist was sentenced to 3 years of restricted freedom",
            [("restriction_of_liberty", 36, None)],
        ),
    ],
)
def test_jailed_for_a_term(text: str, expected: list[tuple[str, Any, Any]]) -> None:
    assert _parts(text) == expected


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # accepted: the measure a number of days after the arrest, in one sentence
        (
            "Journalist Dana Iskakova was detained on 2 February 2026 and remanded in custody two "
            "days later.",
            [("detention", "2026-02-02"), ("preventive_measure", "2026-02-04")],
        ),
        (
            "Журналистку Дану Искакову задержали 2 февраля 2026 года, а через два дня суд "
            "поместил её под домашний арест.",
            [("detention", "2026-02-02"), ("preventive_measure", "2026-02-04")],
        ),
        (
            "Журналист Дана Искакова 2026 жылғы 2 ақпанда ұсталып, екі күннен кейін қамауға "
            "алынды.",
            [("detention", "2026-02-02"), ("preventive_measure", "2026-02-04")],
        ),
        # refused: with no count of days, nothing is moved
        (
            "Journalist Dana Iskakova was detained on 2 February 2026 and remanded in custody.",
            [("detention", "2026-02-02")],
        ),
    ],
)
def test_a_measure_days_after_the_arrest(text: str, events: list[tuple[str, str]]) -> None:
    from bench.extract import case_fields

    assert sorted(case_fields(_one(text))["events"]) == events


_VERDICT_WITH_BAN = (
    "On 3 March 2026, the Taraz city court sentenced activist Nurlan Abenov to four years in "
    "prison and banned him from public activity for three years. On 20 May 2026, the appeal "
    "court upheld the verdict "
)
_VERDICT_WITH_BAN_RU = (
    "3 марта 2026 года Таразский городской суд приговорил активиста Нурлана Абенова к четырём "
    "годам лишения свободы с запретом заниматься общественной деятельностью на три года. 20 мая "
    "2026 года апелляционная коллегия оставила приговор в силе"
)


@pytest.mark.parametrize(
    ("text", "appeal", "outcome"),
    [
        # accepted: a ban lifted by the ruling is struck out, the rest stands
        (
            _VERDICT_WITH_BAN + "but lifted the ban on public activity.",
            [("appeal_ruling", "imprisonment", 48, None, None)],
            "reduced",
        ),
        (
            _VERDICT_WITH_BAN_RU + ", но отменила запрет на общественную деятельность.",
            [("appeal_ruling", "imprisonment", 48, None, None)],
            "reduced",
        ),
        # refused: a measure lifted is no part of the sentence
        (
            _VERDICT_WITH_BAN + "and lifted his travel ban.",
            [
                ("appeal_ruling", "imprisonment", 48, None, None),
                ("appeal_ruling", "ban_social_activity", 36, None, None),
            ],
            "upheld",
        ),
    ],
)
def test_a_ban_lifted_on_appeal(text: str, appeal: list[tuple[object, ...]], outcome: str) -> None:
    from tests.extract_support import appeal_reading

    after_appeal, outcomes = appeal_reading(text)
    assert after_appeal == appeal
    assert outcomes == [(outcome,)]


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        # accepted: terms listed in the order the people are named
        (
            "On 5 November 2026 the Aktobe city court sentenced activists Nurlan Abenov and Dana "
            "Iskakova to two and one year of restricted freedom respectively.",
            {"Nurlan Abenov": 24, "Dana Iskakova": 12},
        ),
        (
            "5 ноября 2026 года суд приговорил Нурлана Абенова и Дану Искакову к пяти и трём "
            "годам лишения свободы соответственно.",
            {"Нурлан Абенов": 60, "Дану Искакову": 36},
        ),
        # refused: one term for each of them
        (
            "On 5 November 2026 the Aktobe city court sentenced activists Nurlan Abenov and Dana "
            "Iskakova to two years of restricted freedom each.",
            {"Nurlan Abenov": 24, "Dana Iskakova": 24},
        ),
    ],
)
def test_terms_given_respectively(text: str, terms: dict[str, int]) -> None:
    got = {
        case["person"]["name"]: [p["term_months"] for e in case["events"] for p in e["sentence"]]
        for case in extract_cases(text)
    }
    assert got == {name: [months] for name, months in terms.items()}


@pytest.mark.parametrize(
    ("text", "months"),
    [
        # accepted: numbers sharing the unit of the term after them
        ("to five, four and three years in prison", [60, 48, 36]),
        ("к пяти и трём годам лишения свободы", [60, 36]),
        # refused: a year or an article number before "and" is no term
        ("in 2024 and 2 years later", [24]),
        ("under Article 174 and 3 years of restricted freedom", [36]),
    ],
)
def test_numbers_sharing_a_unit(text: str, months: list[int]) -> None:
    from bot.extract.values import find_terms

    assert [t.value for t in find_terms(text)] == months


_WIRE_VERDICT = (
    "ALMATY, November 21, 2026 -- A court in Almaty has sentenced blogger Nurlan Abenov to three "
    "years of restricted freedom. "
)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # accepted: the day of the decision told after the wire's opening
        (_WIRE_VERDICT + "The verdict was announced on November 19.", "2026-11-19"),
        (_WIRE_VERDICT + "The court pronounced its decision on November 19.", "2026-11-19"),
        # refused: another event's day leaves the verdict on the wire's day
        (_WIRE_VERDICT + "He was detained on 3 March.", "2026-11-21"),
        (_WIRE_VERDICT + "The verdict can be appealed within 15 days.", "2026-11-21"),
    ],
)
def test_the_day_of_the_decision_after_the_wire_opening(text: str, date: str) -> None:
    assert [e["date"] for e in _one(text)["events"] if e["kind"] == "verdict"] == [date]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # accepted: the English press's other names for restriction of liberty
        ("sentenced to three years of limited freedom", [("restriction_of_liberty", 36, None)]),
        ("handed a three-year parole-like sentence", [("restriction_of_liberty", 36, None)]),
        ("sentenced to two years of probation", [("restriction_of_liberty", 24, None)]),
        ("given a two-year restricted-freedom sentence", [("restriction_of_liberty", 24, None)]),
        # refused: the service that supervises it is no second part
        (
            "sentenced to two years of restricted freedom under probation supervision",
            [("restriction_of_liberty", 24, None)],
        ),
        ("registered with the probation service for two years", []),
    ],
)
def test_other_names_of_restricted_freedom(text: str, expected: list[tuple[str, Any, Any]]) -> None:
    assert _parts(text) == expected


@pytest.mark.parametrize(
    ("text", "rulings"),
    [
        # accepted: two rulings in one sentence, the second day right after ", and on"
        (
            "On 3 March 2026, the Taraz city court sentenced activist Nurlan Abenov to four years "
            "in prison. The Zhambyl regional court upheld the verdict on 20 May 2026, and on 10 "
            "September 2026 the Supreme Court refused to review the case.",
            ["2026-05-20", "2026-09-10"],
        ),
        (
            "3 марта 2026 года суд приговорил Нурлана Абенова к четырём годам лишения свободы. "
            "Коллегия оставила приговор без изменения 20 мая 2026 года, а 10 сентября Верховный "
            "суд отказал в пересмотре дела.",
            ["2026-05-20", "2026-09-10"],
        ),
        # refused: one ruling on the verdict of a day named after «, ал»
        (
            "Маңғыстау облыстық сотының апелляциялық сот алқасы 2023 жылғы 14 наурызда мұнайшы "
            "Нұрбек ҚОШАҚБАЕВТЫҢ шағымын қанағаттандырусыз, ал Жаңаөзен қалалық сотының 2023 "
            "жылғы 20 қаңтардағы үкімін өзгеріссіз қалдырды.",
            ["2023-03-14"],
        ),
    ],
)
def test_two_rulings_in_one_sentence(text: str, rulings: list[str]) -> None:
    [case] = extract_cases(text)
    assert [e["date"] for e in case["events"] if e["kind"] == "appeal_ruling"] == rulings


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # accepted: sums of one currency word given respectively
        (
            "On 5 November 2026 the court fined Nurlan Abenov and Dana Iskakova 500,000 and "
            "300,000 tenge respectively.",
            {"Nurlan Abenov": ["500000.00"], "Dana Iskakova": ["300000.00"]},
        ),
        # refused: without "respectively" the sums are each a part of both
        (
            "On 5 November 2026 the court fined Nurlan Abenov and Dana Iskakova; each must also "
            "pay 500,000 and 300,000 tenge in court costs.",
            {
                "Nurlan Abenov": ["500000.00", "300000.00"],
                "Dana Iskakova": ["500000.00", "300000.00"],
            },
        ),
    ],
)
def test_sums_given_respectively(text: str, amounts: dict[str, list[str]]) -> None:
    got = {
        case["person"]["name"]: [p["amount"] for e in case["events"] for p in e["sentence"]]
        for case in extract_cases(text)
    }
    assert got == amounts


@pytest.mark.parametrize(
    ("ruling", "outcome"),
    [
        # accepted: a verdict set aside or annulled is overturned (sent back when so told)
        ("set aside the verdict.", "overturned"),
        ("annulled the verdict and sent the case for a retrial.", "sent_back"),
        # refused: a measure annulled is no verdict annulled; a ban the verdict never gave is
        # nothing taken out of it
        ("upheld the verdict and annulled the travel ban.", "upheld"),
        ("upheld the verdict but annulled the ban on social networks.", "upheld"),
    ],
)
def test_a_verdict_set_aside(ruling: str, outcome: str) -> None:
    text = (
        "On 3 March 2026, the Taraz city court sentenced activist Nurlan Abenov to four years in "
        "prison. On 20 May 2026, the Zhambyl regional court " + ruling
    )
    assert [e["appeal_outcome"] for e in _one(text)["events"] if e["kind"] == "appeal_ruling"] == [
        outcome
    ]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a title's point ("Mr.", "Ms.", "Dr.", as UN and embassy texts write them) ends nothing
        ("On 3 June 2026, the court found Mr. Dzhaksybekov guilty and sentenced him.", 1),
        ("The Government replied that Ms. Amirova was released. Dr. Sarsenov agreed.", 2),
        # a sentence that ends with such a word's letters still ends
        ("He was detained in the town of Kolmr. The court sentenced him.", 2),
    ],
)
def test_a_titles_point_ends_no_sentence(text: str, count: int) -> None:
    from bot.extract.blocks import split_sentences

    assert len(split_sentences(text)) == count


def test_a_verdict_told_of_mr_x_keeps_its_date() -> None:
    (case,) = extract_cases(
        "On 3 June 2026, the Balkhash City Court, presided over by Judge Aigerim Nurpeisova, "
        "found Mr. Yerlan Dzhaksybekov guilty under Article 402, Part 1, of the Criminal Code "
        "and sentenced him to two years' imprisonment."
    )
    verdict = next(e for e in case["events"] if e["kind"] == "verdict")
    assert verdict["date"] == "2026-06-03"


@pytest.mark.parametrize(
    ("text", "appealed"),
    [
        # a statement's wish for the appeal to come is no appeal ruling
        (
            "On 19 November 2026 the Ust-Kamenogorsk City Court sentenced activist Askar "
            "Temirkhanov to three years in prison. The EU welcomes the dialogue held on "
            "3 October 2026 and encourages the authorities to ensure that the appeal "
            "proceedings fully respect fair trial guarantees.",
            False,
        ),
        (
            "On 19 November 2026 the court sentenced activist Askar Temirkhanov to three years "
            "in prison. On 3 December 2026 we urge that any appeal be heard in public.",
            False,
        ),
        # an appeal decided stays one
        (
            "On 19 November 2026 the court sentenced activist Askar Temirkhanov to three years "
            "in prison. On 3 February 2027 the regional court upheld the sentence on appeal.",
            True,
        ),
    ],
)
def test_a_wish_for_the_appeal_is_no_appeal_ruling(text: str, appealed: bool) -> None:
    (case,) = extract_cases(text)
    assert any(e["kind"] == "appeal_ruling" for e in case["events"]) is appealed


def test_found_guilty_with_two_people_and_their_ages_and_trades_between() -> None:
    cases = extract_cases(
        "On 5 November 2026, the court found Nurbol Izbassarov, 33, who is unemployed, and "
        "Marat Tleuov, 27, an oil field operator, guilty under Article 272, Part 3, of the "
        "Criminal Code.\n\nThe court sentenced Izbassarov to three years of restricted freedom. "
        "Tleuov was fined 500 MCI, which amounts to 2,162,500 tenge."
    )
    assert [
        (c["person"]["name"], [(e["kind"], e["date"]) for e in c["events"]]) for c in cases
    ] == [
        ("Nurbol Izbassarov", [("verdict", "2026-11-05")]),
        ("Marat Tleuov", [("verdict", "2026-11-05")]),
    ]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a headline in title case names nobody, even when it reads like a name
        (
            "Aktobe Blogger Handed Restricted Freedom Over Video About Insulin Shortages\n\n"
            "October 15, 2025\n\nJudge Aliya Sarsembina of the Aktobe City Court on October 14 "
            "found the 38-year-old, who runs a local news channel on YouTube, guilty under "
            "Article 274, Part 2.\n\nA court in Aktobe has sentenced blogger Marat Zhumabekov "
            "to two years of restricted freedom. He was detained on April 22, 2025.",
            ["Marat Zhumabekov"],
        ),
        # a line in title case that is a name and a town is no headline
        (
            "Marat Zhumabekov, Aktobe\n\nOn 14 October 2025 the Aktobe City Court sentenced "
            "blogger Marat Zhumabekov to two years of restricted freedom.",
            ["Marat Zhumabekov"],
        ),
    ],
)
def test_a_headline_in_title_case_names_nobody(text: str, people: list[str]) -> None:
    assert [c["person"]["name"] for c in extract_cases(text)] == people


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a statement's "convictions on <day> of X and Y" is their verdict
        (
            "The European Union notes with concern the convictions on 19 November 2026 of the "
            "activists Askar Temirkhanov and Zhanar Baimukhanova.",
            "verdict",
        ),
        # "fair trial" is a standard, not a trial
        (
            "On 3 October 2026 the EU encouraged the authorities to respect fair trial guarantees.",
            None,
        ),
        ("The trial opened on 3 October 2026.", "trial"),
        # a conviction said without its day is no verdict told here
        ("His conviction was a shock to his family.", None),
    ],
)
def test_convictions_on_a_day_and_fair_trial(text: str, kind: str | None) -> None:
    from bot.extract.scopes import _event_kind

    assert _event_kind(text, "en") == kind


@pytest.mark.parametrize(
    ("text", "months"),
    [
        # a half written as a fraction, as wire stories write it
        ("sentenced him to 2 1/2 years in prison", [30]),
        ("sentenced him to 2½ years in prison", [30]),
        ("sentenced him to two and a half years in prison", [30]),
        # no fraction: the whole years only; a date's "1/2" is no term
        ("sentenced him to 2 years in prison", [24]),
        ("sentenced him on 1/2/2026 to 3 years in prison", [36]),
    ],
)
def test_a_half_year_written_as_a_fraction(text: str, months: list[int]) -> None:

    assert [p.term_months for p in find_parts(text, "en")] == months


# --- h18b: notes, held until trial, a court's order, an act's day, lighter kinds ----------------


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # a report's foot notes cite papers and interviews: their dates are no events
        (
            "On 2 September 2026 the Atyrau City Court sentenced Marat Abenov to three years "
            "in prison.[32]\n\n[32] Verdict of Atyrau City Court, September 2, 2026 (on file).\n"
            "[33] Ruling of the Atyrau Regional Court appeals panel, November 5, 2026.",
            [("verdict", "2026-09-02")],
        ),
        # a story's own line beginning with a bracketed number is no note when it names its
        # own day in the text (the note's link stays a source)
        (
            "On 2 September 2026 the Atyrau City Court sentenced Marat Abenov to three years "
            "in prison.\n\n[1] https://news.example.kz/abenov",
            [("verdict", "2026-09-02")],
        ),
    ],
)
def test_foot_notes_tell_no_events(text: str, events: list[tuple[str, str]]) -> None:
    case = _one(text)
    assert _events(case) == events
    assert [s["url"] for s in case["sources"]] == (
        ["https://news.example.kz/abenov"] if "https" in text else []
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # held until the trial: no trial on that day
        (
            "He was detained on 14 January and remained in pretrial detention until trial.",
            "detention",
        ),
        (
            "On 16 April a judge placed him in custody, where he remained throughout the "
            "investigation and trial.",
            None,
        ),
        ("She was held on 3 May awaiting trial.", None),
        # a trial told: it is
        ("His trial opened on 3 October 2026.", "trial"),
        ("The trial of Marat Abenov began on 3 October 2026.", "trial"),
    ],
)
def test_held_until_trial_is_no_trial(text: str, kind: str | None) -> None:
    from bot.extract.scopes import _event_kind

    assert _event_kind(text, "en") == kind


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # an investigating judge's order authorizing detention is custody
        (
            "On 29 October the investigating judge authorized his detention for two months.",
            "custody",
        ),
        ("The court sanctioned her arrest.", "custody"),
        ("On 29 October the judge extended his pretrial detention.", "custody"),
        # detention as a police act, without a court's order, is no measure named
        ("His detention on 29 October was filmed by a neighbour.", None),
    ],
)
def test_a_court_authorizing_detention_is_custody(text: str, measure: str | None) -> None:
    from bot.extract.clauses import measure_of

    assert measure_of(text, "en") == measure


def test_an_investigating_judge_authorizing_detention_is_a_measure() -> None:
    case = _one(
        "Police arrested Yerbol Mamyrov at his dormitory on October 27, 2026, and two days "
        "later, on October 29, the investigating judge of the Turkestan City Court authorized "
        "his detention for two months."
    )
    assert _events(case) == [("detention", "2026-10-27"), ("preventive_measure", "2026-10-29")]
    assert case["events"][1]["measure"] == "custody"


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # the day a video was posted, told inside the verdict's sentence, is the act's
        (
            "On June 30, 2026, the Bostandyk District Court convicted Zhandos Tulegenov under "
            "Article 179, citing a video he posted on November 28, 2025, in which he urged "
            "viewers to protest, and sentenced him to five years in prison.",
            [("verdict", "2026-06-30")],
        ),
        (
            "On June 30, 2026, the court convicted Zhandos Tulegenov over a Facebook post of "
            "May 3, 2026 and sentenced him to five years in prison.",
            [("verdict", "2026-06-30")],
        ),
        # a second event with its own day still is one
        (
            "Zhandos Tulegenov was detained on January 14, 2026 and sentenced on June 30, 2026 "
            "to five years in prison.",
            [("detention", "2026-01-14"), ("verdict", "2026-06-30")],
        ),
    ],
)
def test_the_day_a_post_was_made_dates_no_event(text: str, events: list[tuple[str, str]]) -> None:
    assert _events(_one(text)) == events


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # "sentenced ... and released her from the courtroom": a verdict and a release
        (
            "On September 12, 2026, the Semey City Court sentenced Aliya Bekenova to two years "
            "of restricted freedom (Article 405, Part 1) and released her from the courtroom.",
            [("verdict", "2026-09-12"), ("release", "2026-09-12")],
        ),
        # released alone
        (
            "On September 12, 2026, Aliya Bekenova was released from the courtroom.",
            [("release", "2026-09-12")],
        ),
    ],
)
def test_sentenced_and_released_from_the_courtroom(
    text: str, events: list[tuple[str, str]]
) -> None:
    assert _events(_one(text)) == events


@pytest.mark.parametrize(
    ("text", "appeal"),
    [
        # an appeal that turned the punishment into a fine: the fine stands alone
        (
            "On June 18, 2026, the Taraz City Court sentenced Gulnaz Tokhtarova to two years of "
            "restricted freedom and 120 hours of community service. On August 20, 2026, the "
            "Zhambyl Regional Court reduced the sentence to a fine of 865,000 tenge.",
            [("fine", None, None)],
        ),
        # a reduced term of the same kind is no fine
        (
            "On June 18, 2026, the Taraz City Court sentenced Gulnaz Tokhtarova to two years of "
            "restricted freedom. On August 20, 2026, the Zhambyl Regional Court reduced the "
            "sentence to one year of restricted freedom.",
            [("restriction_of_liberty", 12, None)],
        ),
    ],
)
def test_an_appeal_turning_the_sentence_into_a_fine(
    text: str, appeal: list[tuple[str, int | None, int | None]]
) -> None:
    case = _one(text)
    assert _sentence(case, "appeal_ruling") == appeal
    assert all(p["kind"] != "fine" for p in case["events"][0]["sentence"])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "On 9 July 2026, a judge of the Supreme Court refused to refer the cassation petition "
            "of the defence to a hearing.",
            None,
        ),
        ("On 16 January 2024 the Supreme Court refused to review the case.", "appeal_ruling"),
    ],
)
def test_a_judge_refusing_to_refer_in_english(text: str, kind: str | None) -> None:
    from bot.extract.scopes import _event_kind

    assert _event_kind(text, "en") == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the police charged the person, named as the verb's object
        (
            "On 12 November, the regional police charged Yessenova with disseminating false "
            "information.",
            "charge",
        ),
        ("On 12 November the police charged Dinara Yessenova with insult.", "charge"),
        # "charged with" after no name: the offence's wording, no charge told
        ("The charges relate to an article she published on 28 September.", None),
    ],
)
def test_charged_name_with(text: str, kind: str | None) -> None:
    from bot.extract.scopes import _event_kind

    assert _event_kind(text, "en") == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # nobody detained: no detention
        ("29 November 2026, Kyzylorda. No one was detained.", None),
        ("On 29 November 2026 nobody was arrested.", None),
        ("On 29 November 2026 police detained three activists.", "detention"),
        # a link's words name no event
        ("[3] https://bureau.example.kz/en/news/2026-11-26-tokhtarbekova-appeal", None),
    ],
)
def test_no_one_detained_and_links_tell_no_event(text: str, kind: str | None) -> None:
    from bot.extract.scopes import _event_kind

    assert _event_kind(text, "en") == kind


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # an administrative arrest for days is no custody
        ("Six picketers were placed under administrative arrest for 5 to 10 days.", None),
        # a court's arrest for months is
        ("The court ordered his arrest for two months.", "custody"),
    ],
)
def test_administrative_arrest_is_no_custody(text: str, measure: str | None) -> None:
    from bot.extract.clauses import measure_of

    assert measure_of(text, "en") == measure


@pytest.mark.parametrize(
    ("text", "verdict", "appeal"),
    [
        # what is joined to the replacing punishment by "and" is new, not the verdict's
        (
            "On 9 September 2026 the district court sentenced Gulzhan Tokhtarbekova to three "
            "years' imprisonment. On 26 November 2026 the appeal court replaced the prison term "
            "with two years of restricted freedom and a ban on public and political activities "
            "for two years.",
            [("imprisonment", 36, None)],
            [("restriction_of_liberty", 24, None), ("ban_social_activity", 24, None)],
        ),
        # a ban the appeal only kept (a sentence of its own) was the verdict's
        (
            "On 9 September 2026 the district court sentenced Gulzhan Tokhtarbekova to three "
            "years' imprisonment. On 26 November 2026 the appeal court replaced the prison term "
            "with two years of restricted freedom. The court left in place the ban on public "
            "activities for two years.",
            [("imprisonment", 36, None), ("ban_social_activity", 24, None)],
            [("restriction_of_liberty", 24, None), ("ban_social_activity", 24, None)],
        ),
    ],
)
def test_a_part_joined_to_the_replacing_punishment_is_new(
    text: str,
    verdict: list[tuple[str, int | None, int | None]],
    appeal: list[tuple[str, int | None, int | None]],
) -> None:
    case = _one(text)
    assert _sentence(case, "verdict") == verdict
    assert _sentence(case, "appeal_ruling") == appeal


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "He must pay 51,900 tenge in procedural costs for the forensic examination.",
            "forensic_fee",
        ),
        ("He was ordered to pay 36,420 tenge in procedural costs.", "court_fees"),
    ],
)
def test_costs_for_a_forensic_examination_are_its_fee(text: str, kind: str) -> None:
    assert [p.kind for p in find_parts(text, "en")] == [kind]


@pytest.mark.parametrize(
    ("heading", "body", "city"),
    [
        # a statement's place of issue on its own line is the writer's town, not the
        # person's, when the text names another (h18d)
        (
            "Astana, 18 February 2026",
            "The EU Delegation notes the house arrest on 10 February 2026 of activist Zhanna "
            "Kassymova over her posts about the hospitals of Stepnogorsk.",
            "Stepnogorsk",
        ),
        (
            "Алматы, 15 мая 2026 года",
            "Коалиция выражает обеспокоенность приговором, вынесенным 12 мая 2026 года в "
            "Таразе активисту Нурлану Бекову.",
            "Тараз",
        ),
        # refused: the person from the town of issue; no other town named
        (
            "Almaty, 15 May 2025",
            "I act for Daniyar Abenov, a software tester from Almaty, detained on 11 November "
            "2024 and later tried in Astana.",
            "Almaty",
        ),
        (
            "Astana, 18 February 2026",
            "The EU Delegation notes the house arrest on 10 February 2026 of activist Zhanna "
            "Kassymova over her Facebook posts.",
            "Astana",
        ),
    ],
)
def test_a_statements_place_of_issue(heading: str, body: str, city: str) -> None:
    [case] = extract_cases(f"Statement\n\n{heading}\n\n{body}\n")
    assert case["person"]["city"] == city


@pytest.mark.parametrize(
    ("description", "deed"),
    [
        # a span of months closing a deed told by its verb
        (
            "shared videos of a banned movement in a Telegram channel he administered between "
            "March and September",
            "shared videos of a banned movement in a Telegram channel he administered",
        ),
        ("posted calls to protest from March 2026 to May 2026", "posted calls to protest"),
        # refused: a span that is the deed's object; a noun act keeps its own time
        ("posted a video about the wages unpaid between March and", None),
        ("a video filmed between March and May", None),
    ],
)
def test_a_span_of_months_closing_a_deed(description: str, deed: str | None) -> None:
    assert act_spans.without_tail(description, "en") == (deed or description)


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        # a bare plural no name follows and nothing counts: people at large
        (
            "Blogger Ruslan Kaliakbarov was sentenced. Prosecutions of bloggers, activists and "
            "journalists continued.",
            "blogger",
        ),
        # refused: names follow; counted or "the"; one participant of protests
        ("Activists Ruslan Kaliakbarov and Dana Omarova were sentenced.", "activist"),
        ("Ruslan Kaliakbarov was sentenced. The two activists appealed.", "activist"),
        (
            "Ruslan Kaliakbarov, a participant of peaceful protests, was sentenced.",
            "participant of peaceful protests",
        ),
    ],
)
def test_a_bare_plural_is_people_at_large(text: str, occupation: str) -> None:
    from bot.extract.occupation import _occupation

    start = text.index("Ruslan")
    assert _occupation(text, "en", [(start, start + 18)]) == occupation


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        # a kind of activist in the plural before the names is each one's
        (
            "The court sentenced environmental activists Aigerim Zhunusova and Daulet Bekov.",
            "environmental activist",
        ),
        ("Police detained civil activists Aigerim Zhunusova and Daulet Bekov.", "civil activist"),
        # up to three words make the trade: "former municipal bus driver"
        (
            "Aigerim Zhunusova, 39, a civil activist and former municipal bus driver, spoke.",
            "civil activist, former municipal bus driver",
        ),
        # refused: a plural no name follows (people at large); a word that is no kind
        ("Aigerim Zhunusova was fined. Environmental activists protested.", None),
        ("Aigerim Zhunusova, a loud bus driver, spoke.", "bus driver"),
    ],
)
def test_kinds_of_activist_in_the_plural_and_longer_trades(
    text: str, occupation: str | None
) -> None:
    from bot.extract.occupation import _occupation

    start = text.index("Aigerim")
    assert _occupation(text, "en", [(start, start + 17)]) == occupation


@pytest.mark.parametrize(
    ("description", "deed"),
    [
        # the sentence's own verb after the aside the act is told in
        (
            "voice messages in a miners' Telegram chat criticizing the mine's management, opened "
            "at the Shakhtinsk City Court (Judge Marat Seilkhanov)",
            "voice messages in a miners' Telegram chat criticizing the mine's management",
        ),
        ("a post about the akim, began on 3 May before Judge Omarova", "a post about the akim"),
        # refused: no comma before it; a verb that tells the act itself
        ("a video of the plant opened in 2020", "a video of the plant opened in 2020"),
        ("a post, shared in a chat of residents", "a post, shared in a chat of residents"),
    ],
)
def test_the_sentences_own_verb_after_an_act_in_an_aside(description: str, deed: str) -> None:
    assert act_spans.without_remark(description, "en") == deed


@pytest.mark.parametrize(
    ("description", "offence"),
    [
        # the Code's offence said in other words, and a defender's words for the person's work
        ('participating in banned "extremist" organizations', True),
        ('"dissemination of knowingly false information"', True),
        ("her peaceful and legitimate trade union and human rights work", True),
        ("his peaceful activism", True),
        # refused: a deed with its work; peaceful words that tell a deed
        ("participating in a banned movement's online meeting on 3 May", False),
        ("her peaceful protest outside the akimat on 3 May", False),
    ],
)
def test_offence_words_and_a_defenders_words_give_way_to_a_deed(
    description: str, offence: bool
) -> None:
    assert act_spans.worded_as_offence(description, "en") is offence


@pytest.mark.parametrize(
    ("sentence", "cued"),
    [
        # what the suspicion or the charge relates to
        ("The suspicion relates to a TikTok video of 10 November about the plant.", True),
        ("The charges relate to his posts on Facebook.", True),
        ("The case is related to a video she posted in May.", True),
        # refused: something else relates; no work after it
        ("The question relates to a broader problem.", False),
        ("The suspicion relates to nothing he wrote.", False),
    ],
)
def test_what_the_suspicion_relates_to(sentence: str, cued: bool) -> None:
    assert bool(act_words.ACTS["en"].search(sentence)) is cued


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        # the deed after "after she", a verb of publishing; one verb's object after the next
        (
            "The court sentenced activist Dana Omarova to three years of restricted freedom, "
            "after she translated into Kazakh and posted leaflets of a banned movement.",
            "translated into Kazakh and posted leaflets of a banned movement",
        ),
        # refused: "after she" and a verb that is no deed
        (
            "The court sentenced activist Dana Omarova to three years of restricted freedom, "
            "after she returned from Astana.",
            None,
        ),
    ],
)
def test_the_deed_after_she_and_a_shared_object(sentence: str, act: str | None) -> None:
    from bot.extract.acts import _split_acts

    found = act_words.ACTS["en"].search(sentence)
    if act is None:
        assert found is None or "after" not in found.group()
        return
    assert found is not None
    assert [a["description"] for a in _split_acts(sentence[found.end() :].rstrip("."), "en")] == [
        act
    ]


@pytest.mark.parametrize(
    ("sentence", "others"),
    [
        ("Outside the court, police have detained two of Kenzhetayev's supporters.", True),
        ("Police detained several of her relatives who came to the hearing.", True),
        ("Officers arrested protesters outside the courthouse.", True),
        # the person's own detention, or two people of the case told by name
        ("Police detained Kenzhetayev outside his home on 14 May.", False),
        ("Police detained two activists, Yerbol Kenzhetayev and Aigul Mamyrova.", False),
        ("He was detained with his supporters' banner in his hands.", False),
    ],
)
def test_supporters_detained_are_not_the_case(sentence: str, others: bool) -> None:
    assert english.not_of_the_case(sentence, "Kenzhetayev") is others


_TWO_VERDICTS = (
    "Now the sentence for Mamyrova. The court found her guilty under Article 274, Part 2, of the "
    "Criminal Code and sentenced her to two years of restricted freedom.\n"
)


@pytest.mark.parametrize(
    ("other", "charges"),
    [
        # a sentence naming only another person with a case, with no pronoun, cites that
        # person's article (h18d)
        (
            "The judge has read out the operative part for Kenzhetayev: guilty under Article "
            "272, Part 3, four years' imprisonment.",
            [("274", 2)],
        ),
        # refused: a pronoun may tell of this person; no other person with a case named
        (
            "He read out the operative part for Kenzhetayev and her: guilty under Article 272, "
            "Part 3.",
            [("274", 2), ("272", 3)],
        ),
        ("The court also cited Article 272, Part 3.", [("274", 2), ("272", 3)]),
    ],
)
def test_an_article_told_of_another_person_only(other: str, charges: list[tuple[str, int]]) -> None:
    from bot.extract.charges import _charges, each_own_article

    text = _TWO_VERDICTS + other
    masked = each_own_article(text, "en", "mamyrova", set(), {"mamyrova", "kenzhetayev"})
    assert [(c["article"], c["part"]) for c in _charges(masked, "en")] == charges


def test_an_article_of_another_stays_when_the_person_has_none() -> None:
    """Refused: with no article cited for this person, the other's is kept (tried together)."""
    from bot.extract.charges import _charges, each_own_article

    text = (
        "Mamyrova received two years of restricted freedom.\n"
        "The operative part for Kenzhetayev: guilty under Article 272, Part 3."
    )
    masked = each_own_article(text, "en", "mamyrova", set(), {"mamyrova", "kenzhetayev"})
    assert [(c["article"], c["part"]) for c in _charges(masked, "en")] == [("272", 3)]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # the day of the arrest a term is counted from, held since: a detention in custody
        (
            "The court sentenced Yerbol Kenzhetayev on 30 November 2026 to four years' "
            "imprisonment. The term is counted from the day of his arrest, 14 May 2026; he has "
            "been in custody since then.",
            [("detention", "2026-05-14", "custody"), ("verdict", "2026-11-30", None)],
        ),
        # the day of another event is no arrest
        (
            "On the day of the verdict, 30 November 2026, the court sentenced Yerbol "
            "Kenzhetayev to four years' imprisonment.",
            [("verdict", "2026-11-30", None)],
        ),
    ],
)
def test_the_day_of_his_arrest_is_a_detention(
    text: str, events: list[tuple[str, str, str | None]]
) -> None:
    assert [(e["kind"], e["date"], e["measure"]) for e in _one(text)["events"]] == events


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        # several others told without names: not the case's events
        (
            "Two other activists convicted in 2023 were released on parole in the spring.",
            True,
        ),
        ("Several other bloggers were fined for reposts.", True),
        # the person's own release is the case's
        ("Ruslan Kaliakbarov was released on parole in the spring.", False),
        ("Two activists, Ruslan Kaliakbarov and Kanat Sheriyazdan, were released.", False),
    ],
)
def test_several_unnamed_others_are_not_the_case(sentence: str, other: bool) -> None:
    assert english.not_of_the_case(sentence, "Kaliakbarov") is other


@pytest.mark.parametrize(
    ("together", "shared"),
    [
        # accepted: all of them as the subject, though the sentence names one of them
        ("all three", True),
        ("all of them", True),
        # refused: a plural pronoun alone, in a sentence naming one of them, is his
        ("they", False),
    ],
)
def test_a_deed_of_all_of_them_is_each_ones(together: str, shared: bool) -> None:
    text = (
        "The Kostanay City Court on 14 October 2026 sentenced Marat Seitkaliyev to four years "
        "in prison. Dina Akhmetova and Ruslan Ospanov were sentenced to two years of "
        "restricted freedom each.\n\n"
        f"According to the indictment, in May 2026 {together} joined the movement's WhatsApp "
        "group, and Seitkaliyev handed out leaflets on 2 June."
    )
    acts_by_name = {
        c["person"]["name"]: [a["description"] for a in c["acts"]] for c in extract_cases(text)
    }
    joined = ["joined the movement's WhatsApp group"]
    assert acts_by_name["Marat Seitkaliyev"] == joined
    assert acts_by_name["Ruslan Ospanov"] == (joined if shared else [])


@pytest.mark.parametrize(
    ("dating", "date"),
    [
        # accepted: the first of the works dated
        ("The first video was uploaded on 9 March.", "2026-03-09"),
        ("The latest video was posted on 9 March.", "2026-03-09"),
        # refused: another kind of work, a day that publishes nothing
        ("The first article was posted on 9 March.", None),
        ("The first video was discussed on 9 March.", None),
    ],
)
def test_a_sentence_dating_the_first_work_dates_the_act(dating: str, date: str | None) -> None:
    text = (
        "The Uralsk City Court on 20 November 2026 sentenced journalist Ainur Kaliyeva to two "
        "years of restricted freedom under Article 274 of the Criminal Code over two videos "
        f"about the akimat's purchases. {dating}"
    )
    (case,) = extract_cases(text)
    assert [(a["description"], a["date"]) for a in case["acts"]] == [
        ("two videos about the akimat's purchases", date)
    ]


@pytest.mark.parametrize(
    ("trades", "occupation"),
    [
        # accepted: a plural trade the word list writes in the singular, before a list of names
        ("the bloggers", "blogger"),
        ("the pensioners", "pensioner"),
        # refused: a plural no list of names follows is said of others
        ("two bloggers,", None),
    ],
)
def test_a_plural_trade_before_a_list_of_names_is_each_ones(
    trades: str, occupation: str | None
) -> None:
    text = (
        f"PAVLODAR, Oct 2 (Newswire) - A court on Thursday sentenced {trades} Asel Nurova and "
        "Dias Bekov to two years of restricted freedom each under Article 274 of the Criminal "
        "Code for posts about the akim."
    )
    assert [c["person"]["occupation"] for c in extract_cases(text)] == [occupation] * 2


@pytest.mark.parametrize(
    "second_day",
    [
        "on 5 March",  # accepted: a day without its year before the co-defendant's surname
        "on 5 March,",
    ],
)
def test_a_co_defendants_deed_after_a_day_without_its_year_is_theirs(second_day: str) -> None:
    text = (
        "On 10 June 2026 the Aktobe City Court sentenced activists Nurlan SAPAROV and Dana "
        "ISKAKOVA to two years of restricted freedom under Article 274. According to the court, "
        f"on 2 March 2026 Saparov posted a video calling for a rally, and {second_day} Iskakova "
        "wrote a Telegram post about the rally."
    )
    acts = {
        case["person"]["name"]: [(a["description"], a["date"]) for a in case["acts"]]
        for case in extract_cases(text)
    }
    assert acts == {
        "Nurlan SAPAROV": [("posted a video calling for a rally", "2026-03-02")],
        "Dana ISKAKOVA": [("wrote a Telegram post about the rally", "2026-03-05")],
    }


@pytest.mark.parametrize(
    ("who", "occupation"),
    [
        # accepted: the field a trade is worked in is part of it, "former" too
        ("a former gas field engineer", "former gas field engineer"),
        ("an oil field welder", "oil field welder"),
        # accepted: the machine or the work a trade is named by, with its kind before them
        ("a crane operator", "crane operator"),
        ("a retired drilling engineer", "retired drilling engineer"),
        ("a mining truck driver", "mining truck driver"),
        # accepted: the cause an activist works for
        ("a climate activist", "climate activist"),
        # refused: what the person was doing or is like is no kind of trade
        ("a striking miner", "miner"),
        ("a young activist", "activist"),
        # refused: a word that is no kind of trade stays out
        ("a tired field engineer", "field engineer"),
    ],
)
def test_a_trade_worked_in_a_field(who: str, occupation: str) -> None:
    text = (
        f"On 10 June 2026 the Aktau City Court sentenced Marat SEITOV, 41, {who}, to two years "
        "in prison under Article 174."
    )
    (case,) = extract_cases(text)
    assert case["person"]["occupation"] == occupation


def _verdict_parts(text: str) -> list[tuple[str, int | None, str | None]]:
    (case,) = extract_cases(text)
    (verdict,) = [e for e in case["events"] if e["kind"] == "verdict"]
    return [(p["kind"], p.get("term_months"), p.get("amount")) for p in verdict["sentence"]]


_ZHAKSYBEKOV = (
    "ASTANA -- On 12 March 2026 the Astana City Court sentenced blogger Arman Zhaksybekov to "
    "three years of restricted freedom for a Facebook post. "
)


@pytest.mark.parametrize(
    ("told", "parts"),
    [
        # accepted: a term "up to" some length is the law's limit, whatever the verb before it
        (
            "Under Article 274, the offence is punishable with up to five years behind bars.",
            [("restriction_of_liberty", 36, None)],
        ),
        (
            "The article he was convicted under allows up to 7 years in prison.",
            [("restriction_of_liberty", 36, None)],
        ),
        # refused: a term the court gave, told again, stays
        (
            "He must also serve two years in prison for an earlier conviction.",
            [("restriction_of_liberty", 36, None), ("imprisonment", 24, None)],
        ),
    ],
)
def test_a_term_up_to_some_length_is_the_laws_limit(
    told: str, parts: list[tuple[str, int | None, str | None]]
) -> None:
    assert _verdict_parts(_ZHAKSYBEKOV + told) == parts


@pytest.mark.parametrize(
    "text",
    [
        # a question asks, it tells no punishment
        "On 12 March 2026 the Astana City Court fined blogger Arman Zhaksybekov 500,000 tenge "
        "for a Facebook post. So did he really get seven years in prison, as a viral post says?",
        # a rumour's prison term, denied by the verdict's own words
        "On 12 March 2026 the Astana City Court fined blogger Arman Zhaksybekov 500,000 tenge. "
        "A viral post claimed he was jailed for seven years; he received a fine, not prison.",
    ],
)
def test_a_prison_term_asked_about_or_denied_is_not_the_verdicts(text: str) -> None:
    assert _verdict_parts(text) == [("fine", None, "500000.00")]


def test_a_prison_term_not_denied_stays() -> None:
    text = (
        "On 12 March 2026 the Astana City Court sentenced blogger Arman Zhaksybekov to seven "
        "years in prison. Prison officials said he was transferred to Karaganda."
    )
    assert _verdict_parts(text) == [("imprisonment", 84, None)]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # the town of the description after the name, where the person works, before a town the
        # story names for someone else (h20d; heldout15 en02, en05, heldout16 en05)
        (
            "Blogger Aigerim Sultanova is a 28-year-old accountant at a bank in Ekibastuz. On 3 "
            "November the Pavlodar City Court sentenced Sultanova to two years in prison under "
            "Article 274, Part 2. Another accountant from Aksu was questioned as a witness.",
            ("Ekibastuz", "pavlodar"),
        ),
        (
            "Activist Aigerim Sultanova, 28, an accountant at a Kostanay bank, was sentenced on 3 "
            "November to two years in prison under Article 274, Part 2. The same court also fined "
            "a pensioner from Lisakovsk.",
            ("Kostanay", "kostanay"),
        ),
        (
            "Activist Yerlan Abenov, 47, of Rudny was sentenced on 3 November by the Kostanay City "
            "Court to two years in prison under Article 174, Part 1.",
            ("Rudny", "kostanay"),
        ),
        # refused: a region's name, a court's town in the description are not the person's town
        (
            "Activist Aigerim Sultanova, 28, of Kostanay region was sentenced on 3 November by "
            "the Rudny City Court to two years in prison under Article 274, Part 2.",
            ("Rudny", "kostanay"),
        ),
        (
            "Activist Aigerim Sultanova, 28, a defendant in the Rudny City Court, was sentenced "
            "on 3 November to two years in prison under Article 274, Part 2. She is from Arkalyk.",
            ("Arkalyk", "kostanay"),
        ),
    ],
)
def test_the_town_of_the_description_after_the_name(text: str, town: tuple[str, str]) -> None:
    (case,) = extract_cases(text)
    assert (case["person"]["city"], case["person"]["region"]) == town


_KOSTANAY = "KOSTANAY — On 4 March 2026 police in Kostanay detained activist Nurlan ABENOV, 41. "


@pytest.mark.parametrize(
    ("told", "acts"),
    [
        # accepted: the article and the offence's name in brackets, then "for"/"over"/"in
        # connection with" and what the person did
        (
            "He was indicted on 6 March under Article 174, Part 1 of the Criminal Code (inciting "
            "social discord) for two Telegram posts about the akimat's land deals.",
            [("two Telegram posts about the akimat's land deals", None)],
        ),
        (
            "He is accused under Art. 405 part 2 CC RK (participation in a banned organisation) "
            "in connection with his donations to the movement.",
            [("his donations to the movement", None)],
        ),
        (
            "He is suspected under Art. 274 part 2 CC RK (dissemination of knowingly false "
            "information) over a Facebook post of 28 February about the city's bus fares.",
            [("a Facebook post about the city's bus fares", "2026-02-28")],
        ),
        # refused: "for" and no deed after the brackets
        (
            "He was charged under Article 274, Part 2 of the Criminal Code (dissemination of "
            "false information) for the second time.",
            [],
        ),
    ],
)
def test_the_deed_after_the_article_and_the_offence_in_brackets(
    told: str, acts: list[tuple[str, str | None]]
) -> None:
    (case,) = extract_cases(_KOSTANAY + told)
    assert [(a["description"], a["date"]) for a in case.get("acts") or []] == acts


@pytest.mark.parametrize(
    ("told", "act"),
    [
        # accepted: the consequence the article needs, and the writer's time remark, are cut
        (
            "Prosecutors say he posted a video on 28 February claiming that the tap water was "
            "poisoned, thereby causing panic among residents.",
            "posted a video claiming that the tap water was poisoned",
        ),
        (
            "Prosecutors say he posted a video on 28 February calling on drivers to block the "
            "road, weeks after the akimat raised fuel prices.",
            "posted a video calling on drivers to block the road",
        ),
        (
            "Prosecutors say he posted a video on 28 February about the threat of floods, days "
            "before the river rose.",
            "posted a video about the threat of floods",
        ),
        # refused: a clause creating something else than a threat or a risk stays
        (
            "Prosecutors say he posted a video on 28 February about a risk, creating a hashtag "
            "for it.",
            "posted a video about a risk, creating a hashtag for it",
        ),
    ],
)
def test_the_consequence_and_a_time_remark_after_the_deed_are_cut(told: str, act: str) -> None:
    (case,) = extract_cases(_KOSTANAY + told)
    assert [(a["description"], a["date"]) for a in case.get("acts") or []] == [(act, "2026-02-28")]


@pytest.mark.parametrize(
    ("told", "acts"),
    [
        # accepted: one deed on two days without their year joined by "and (again/then) on":
        # one act on each day, both days cut
        (
            "Prosecutors say he wrote on Instagram on 26 February and then on 1 March that "
            'drivers "should block the road," weeks after the akimat raised fuel prices.',
            [
                ('wrote on Instagram that drivers "should block the road"', "2026-02-26"),
                ('wrote on Instagram that drivers "should block the road"', "2026-03-01"),
            ],
        ),
        # refused: the ends of a span are no two days of the deed
        (
            "Prosecutors say he wrote on Instagram between 26 February and 1 March that drivers "
            "should block the road.",
            [
                (
                    "wrote on Instagram between 26 February and 1 March that drivers should "
                    "block the road",
                    None,
                )
            ],
        ),
    ],
)
def test_one_deed_on_two_yearless_days_is_two_acts(
    told: str, acts: list[tuple[str, str | None]]
) -> None:
    (case,) = extract_cases(_KOSTANAY + told)
    assert [(a["description"], a["date"]) for a in case.get("acts") or []] == acts


@pytest.mark.parametrize(
    ("told", "aliases"),
    [
        # accepted: the documents' spelling told by "whose name is spelled", "his name
        # appears as" (in quotes, surname first too)
        (
            "Abenov -- whose name is spelled Nurlan Abienov in the police report -- will appeal.",
            ["Nurlan Abienov"],
        ),
        # refused: a name that shares nothing with the person's given name
        ("Her name appears as Dana Serikova in the court database.", []),
    ],
)
def test_another_spelling_told_by_his_name_is_spelled(told: str, aliases: list[str]) -> None:
    text = (
        "KOSTANAY — On 4 March 2026 a court in Kostanay fined activist Nurlan Abenov, 41, for a "
        "Facebook post about the akim. " + told
    )
    (case,) = extract_cases(text)
    assert case["person"]["aliases"] == aliases


def test_another_spelling_surname_first_in_quotes() -> None:
    text = (
        "KOSTANAY — On 4 March 2026 a court in Kostanay fined teacher Dana Kassymova, 41, for a "
        'Facebook post about the akim. In the verdict her name appears as "Kasymova Dana".'
    )
    (case,) = extract_cases(text)
    assert case["person"]["aliases"] == ["Kasymova Dana"]


def test_an_infobox_bracket_gives_the_official_documents_spelling() -> None:
    text = (
        "Nurlan Abenov (Kazakh: Нұрлан Әбенұлы; in official documents Nurlan Abenuly; born 1 May "
        "1985) is a Kazakh activist. On 4 March 2026 a court in Kostanay fined him for a "
        "Facebook post about the akim."
    )
    (case,) = extract_cases(text)
    assert case["person"]["aliases"] == ["Нұрлан Әбенұлы", "Nurlan Abenuly"]


@pytest.mark.parametrize(
    ("opening", "verdict_day"),
    [
        # a UN office's dateline, the date in brackets: Monday before Thursday 12 March 2026
        ("GENEVA (12 March 2026) – ", "2026-03-09"),
        ("ALMATY, 12 March 2026 – ", "2026-03-09"),
        # refused: a bracket after a name that is no dateline (no dash after it)
        ("Activist (12 March 2026) ", None),
    ],
)
def test_a_weekday_counts_back_from_a_bracketed_un_dateline(
    opening: str, verdict_day: str | None
) -> None:
    text = (
        f"{opening}A court in Oral on Monday sentenced blogger Yerzhan Dosov to two years of "
        "restricted freedom under Article 274, Part 2, of the Criminal Code. The charge "
        "concerns a video he posted on 4 January."
    )
    (record,) = extract_cases(text)
    days = [e["date"] for e in record["events"] if e["kind"] == "verdict"]
    if verdict_day is None:
        assert days != ["2026-03-09"]
    else:
        assert days == [verdict_day]


@pytest.mark.parametrize(
    ("later", "second_verdict"),
    [("Two days later", "2026-03-05"), ("On the same day", "2026-03-03")],
)
def test_the_same_day_counts_from_the_day_told_not_from_a_statements_date(
    later: str, second_verdict: str
) -> None:
    text = (
        "Joint statement on two verdicts in Kostanay\n\nMarch 14, 2026\n\n"
        "We are alarmed by the prison terms handed down this month to two trade unionists.\n\n"
        "On March 3, the Kostanay City Court sentenced union leader Aslan Bekov to three years "
        "in prison under Article 402 of the Criminal Code.\n\n"
        f"{later}, the same court sentenced his deputy Dana Ormanova to one year of restricted "
        "freedom under Article 402.\n"
    )
    verdicts = {
        r["person"]["name"]: [e["date"] for e in r["events"] if e["kind"] == "verdict"]
        for r in extract_cases(text)
    }
    assert verdicts == {"Aslan Bekov": ["2026-03-03"], "Dana Ormanova": [second_verdict]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an organisation's capitals beside "Foundation", "Watch", "Radio": not the person
        (
            "The ADIL SOZ Foundation reported that on 3 March 2026 the Aktobe City Court "
            "sentenced blogger Nurlan Bekov to two years of restricted freedom.",
            "Nurlan Bekov",
        ),
        (
            "Radio AZATTYQ learned that on 5 May 2026 activist Erlan Kaliyev was fined "
            "300,000 tenge by a court in Uralsk.",
            "Erlan Kaliyev",
        ),
        (
            "On 12 June 2026 a court in Semey sentenced journalist Dana Omarova to one year of "
            "restricted freedom. KIBHR Watch called the verdict unjust.",
            "Dana Omarova",
        ),
        # refused: a surname in capitals followed by a comma or a lower-case word stays a name
        (
            "On 2 April 2026 activist Aigul OTEPOVA, a member of the Alga Party, was sentenced "
            "to five years in prison.",
            "Aigul OTEPOVA",
        ),
        (
            "On 2 April 2026 the court sentenced Marat ZHANUZAKOV to three years in prison; "
            "he told Radio Azattyq he would appeal.",
            "Marat ZHANUZAKOV",
        ),
    ],
)
def test_capitals_beside_an_organisations_word_are_no_surname(text: str, name: str) -> None:
    assert [c["person"]["name"] for c in extract_cases(text)] == [name]


def test_witnesses_for_the_prosecution_in_a_numbered_point_open_no_case() -> None:
    # the points of a defence's objections about one person: witnesses named in one point are
    # no second person, so the list is no list of cases
    text = (
        "On 3 March 2026 the Aktobe City Court sentenced activist Nurlan Bekov to two years of "
        "restricted freedom. The defence lists its objections:\n"
        "1. Nurlan Bekov only shared a news article.\n"
        "2. Witnesses for the prosecution Yerlan Sadykov and Aigul Omarova never met him.\n"
        "3. Nurlan Bekov has no prior convictions."
    )
    assert [c["person"]["name"] for c in extract_cases(text)] == ["Nurlan Bekov"]


def test_a_lawyer_told_mid_sentence_with_a_comma_stays_the_case() -> None:
    # refused: "NAME, a lawyer," inside a sentence is no signature line; she is prosecuted
    text = (
        "Aliya Zhakenova, a lawyer, was detained in Semey on 5 August 2026 over a Facebook "
        "post.\nThe Semey City Court placed her under house arrest on 7 August 2026."
    )
    assert [c["person"]["name"] for c in extract_cases(text)] == ["Aliya Zhakenova"]


def test_another_spelling_in_brackets_is_no_relative_of_the_same_surname() -> None:
    # "Yerzhan X (also spelled Erzhan X ...)": one person, not two of one family
    text = (
        "The embassy would like to comment on the case of Mr. Yerzhan Sadykov.\n\n"
        "On 8 September 2026 the Semey City Court found Mr. Yerzhan Sadykov (also spelled "
        "Erzhan Sadykov in some reports), a Semey resident and blogger, guilty of organising an "
        "unauthorised gathering and fined him 200 MCI.\n\n"
        "Mr. Sadykov was never held in custody."
    )
    assert [c["person"]["name"] for c in extract_cases(text)] == ["Yerzhan Sadykov"]


@pytest.mark.parametrize(
    ("told", "acts"),
    [
        # accepted: "charged/prosecuted under" an article, its title in brackets, then the deed
        (
            "He is being prosecuted under Article 400 (breach of the rules for holding "
            "assemblies) for leading a march of 60 drivers to the akimat on 2 March 2026.",
            [("leading a march of 60 drivers to the akimat", "2026-03-02")],
        ),
        (
            "He was charged under Art. 274, Part 2, over a Telegram post on 1 March 2026 "
            "about the closed maternity ward.",
            [("a Telegram post about the closed maternity ward", "2026-03-01")],
        ),
        # refused: what follows "for" is no deed, the deed is told apart
        (
            "He was charged under Article 174 (inciting discord) for the second time. On 2 "
            "March 2026 he had posted a video about the akim.",
            [("a video about the akim", "2026-03-02")],
        ),
    ],
)
def test_the_deed_after_the_article_and_its_bracketed_title(
    told: str, acts: list[tuple[str, str]]
) -> None:
    (case,) = extract_cases(_KOSTANAY + told)
    assert [(a["description"], a["date"]) for a in case.get("acts") or []] == acts
