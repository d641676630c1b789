"""English deeds told plainly (`bot.extract.act_plain_en`): the account that leads them, the
work a case rests on, two deeds on two days in one sentence, and what is no deed of the case.

The pattern is English wording: the Russian and Kazakh cues for the same deeds live in
`act_words` and `act_cues` and are tested in `test_extract_russian.py` and
`test_extract_kazakh.py`."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.extract import act_chronology, act_plain_en, extract_cases

_HEAD = (
    "Bolat Nurlanov, an engineer from Taraz, was charged under Article 274, Part 2, of the "
    "Criminal Code on 3 September 2026. "
)


def _acts(sentence: str) -> list[tuple[str, str | None]]:
    cases = extract_cases(_HEAD + sentence, today=dt.date(2026, 12, 1))
    assert len(cases) == 1
    return [(a["description"], a["date"]) for a in cases[0]["acts"]]


@pytest.mark.parametrize(
    ("sentence", "acts"),
    [
        # two deeds, each on its own day (the month first; the year from the text)
        (
            "According to the indictment, Nurlanov wrote on July 4 that the district hospital "
            "had closed its maternity ward, and on August 9 he published a list of officials "
            "who he said owned the private clinic.",
            [
                ("wrote that the district hospital had closed its maternity ward", "2026-07-04"),
                (
                    "published a list of officials who he said owned the private clinic",
                    "2026-08-09",
                ),
            ],
        ),
        # the account's lead, a day before the doer
        (
            "According to the prosecution, on June 2 Nurlanov sent a voice message to a farmers' "
            "chat urging them to block the highway.",
            [
                (
                    "sent a voice message to a farmers' chat urging them to block the highway",
                    "2026-06-02",
                )
            ],
        ),
        # the day between the doer and the verb
        (
            "Per the investigators, Nurlanov on 14 June 2026 recorded a video asking neighbours "
            "to come to the akimat.",
            [("recorded a video asking neighbours to come to the akimat", "2026-06-14")],
        ),
        # "and that on April 4 he ...": the second deed of what investigators said
        (
            "Investigators said that between March and May 2026 he posted 9 videos on his "
            "channel urging viewers to join the banned party, which a court outlawed in 2019, "
            "and that on April 4 he took part in an online call organised by its leader.",
            [
                ("posted 9 videos on his channel urging viewers to join the banned party", None),
                ("took part in an online call organised by its leader", "2026-04-04"),
            ],
        ),
        # a day opening the clause is the day of both deeds it joins
        (
            "According to the verdict, on 12 March 2026 Nurlanov posted a video on YouTube and "
            "sent the link to a workers' chat.",
            [
                ("posted a video on YouTube", "2026-03-12"),
                ("sent the link to a workers' chat", "2026-03-12"),
            ],
        ),
        # refused: "urged them" goes on with the same audience, one deed
        (
            "According to the verdict, on 12 March 2026 Nurlanov addressed the strikers at the "
            "mine gates and urged them not to return to work.",
            [
                (
                    "addressed the strikers at the mine gates and urged them not to return to work",
                    "2026-03-12",
                )
            ],
        ),
        # a deed told with its day where nothing else tells one; "He also ..." on the same day
        (
            "On 5 May 2026, after the akim refused to meet the villagers, Nurlanov read out an "
            'appeal at the bus station. He also called the akim "a coward who hides from his '
            'people".',
            [
                ("read out an appeal at the bus station", "2026-05-05"),
                ('called the akim "a coward who hides from his people"', "2026-05-05"),
            ],
        ),
        # the work a case rests on
        (
            "His offence: a TikTok video on 4 April 2026 in which he mocked the regional governor.",
            [("a TikTok video in which he mocked the regional governor", "2026-04-04")],
        ),
        (
            "Investigators cited an interview he gave to a local newspaper on 2 February 2026.",
            [("an interview he gave to a local newspaper", "2026-02-02")],
        ),
        (
            "He is suspected under Article 405, Part 2, of the Criminal Code (participation in a "
            "banned organisation) for sharing livestreams of the banned movement in a "
            "neighbourhood chat.",
            [("sharing livestreams of the banned movement in a neighbourhood chat", None)],
        ),
        (
            "He was detained in connection with comments he allegedly left on 2 May 2026 under "
            "a news post about the floods.",
            [("comments he allegedly left under a news post about the floods", "2026-05-02")],
        ),
        # what the work is said to have done is no part of it
        (
            "According to the court, a video he posted on 9 April 2026 about queues at the "
            'clinic "created a threat to public order."',
            [("a video he posted about queues at the clinic", "2026-04-09")],
        ),
        # the deed after the arrest, told by "days after he ..."; "hours after" is the same day
        (
            "He was detained on 14 April 2026, three days after he posted a video on Instagram "
            "on 11 April 2026 urging drivers to block the ring road.",
            [("posted a video on Instagram urging drivers to block the ring road", "2026-04-11")],
        ),
        (
            "On 20 June 2026 he was detained at home, hours after he told a radio station that "
            "the akim's nephew owned the quarry.",
            [("told a radio station that the akim's nephew owned the quarry", "2026-06-20")],
        ),
        # the offence's name and article, then the work it is charged over
        (
            "He has been held since his arrest on 19 September 2026 on charges of inciting "
            "social discord (Article 174, Part 1) over a song he sang at a wedding in Shu on 6 "
            "September 2026.",
            [("a song he sang at a wedding in Shu", "2026-09-06")],
        ),
        # a labelled line lists each deed after its colon, apart by semicolons
        (
            "Grounds: a speech at a miners' meeting on 2 March 2026 in which he called the "
            'director "a thief"; a video address posted on Telegram on 4 March 2026 urging '
            "miners to stay at home.",
            [
                (
                    'a speech at a miners\' meeting in which he called the director "a thief"',
                    "2026-03-02",
                ),
                ("a video address posted on Telegram urging miners to stay at home", "2026-03-04"),
            ],
        ),
        # works named by two participles of them: one act
        (
            "He was convicted over lectures recorded in 2023 and uploaded to YouTube by his "
            "students.",
            [("lectures recorded in 2023 and uploaded to YouTube by his students", None)],
        ),
        # a participle's clause going on after "and": one act
        (
            "According to the indictment, on 21 August 2026 he published a video on TikTok "
            "mocking the akim and insulting the local police.",
            [
                (
                    "published a video on TikTok mocking the akim and insulting the local police",
                    "2026-08-21",
                )
            ],
        ),
        # the place before the day and the doer goes
        (
            "According to the verdict, at a picket outside the regional court on May 3, "
            'Nurlanov called the judges "servants of the akim".',
            [('called the judges "servants of the akim"', "2026-05-03")],
        ),
        # told plainly with no cue: the doer first, each deed on its own day
        (
            "Nurlanov wrote on Facebook on July 4 that the district hospital had closed its "
            "maternity ward, and on August 9 he published a list of officials.",
            [
                (
                    "wrote on Facebook that the district hospital had closed its maternity ward",
                    "2026-07-04",
                ),
                ("published a list of officials", "2026-08-09"),
            ],
        ),
        # who did it named by a role or a number
        (
            "According to the indictment, on 5 May 2026 the blogger posted a video calling "
            "drivers to block the bridge.",
            [("posted a video calling drivers to block the bridge", "2026-05-05")],
        ),
        (
            "The two had organised a peaceful gathering on 12 January 2025 against rising gas "
            "prices.",
            [("organised a peaceful gathering against rising gas prices", "2025-01-12")],
        ),
        # refused: two verbs, the second with its own object, are two deeds
        (
            "According to the verdict, he recorded a video in 2023 and uploaded it to YouTube.",
            [("recorded a video", None), ("uploaded it to YouTube", None)],
        ),
        # an account's words, then the deed or the work
        (
            "The indictment says that on 4 May 2026 he posted a video calling farmers to block "
            "the highway.",
            [("posted a video calling farmers to block the highway", "2026-05-04")],
        ),
        (
            "He was charged after he shared a cartoon of the regional governor in a chat of 300 "
            "teachers.",
            [("shared a cartoon of the regional governor in a chat of 300 teachers", None)],
        ),
        (
            "According to the charge sheet, a video he published on 9 May 2026 showed police "
            "beating a teenager.",
            [("a video he published showed police beating a teenager", "2026-05-09")],
        ),
        # guilty because of a work; the work the court's version names, without its verdict
        (
            "On 3 November 2026 the district court found him guilty under Article 174, Part 1 "
            "(inciting social discord) because of a song he performed at a wedding on 6 June 2026.",
            [("a song he performed at a wedding", "2026-06-06")],
        ),
        (
            "The court accepted the investigators' version that Nurlanov's Telegram post of 2 "
            "April 2026, claiming that the dam would burst, contained false information.",
            [("Telegram post, claiming that the dam would burst", "2026-04-02")],
        ),
        # refused: someone else found guilty; an arrest's "after" with no deed of the person
        (
            "A second man was found guilty under the same article of forwarding the song to a "
            "school chat.",
            [],
        ),
        ("According to the court, he was detained at home after a search.", []),
        ("He was released after he paid the fine.", []),
        ("According to the indictment, his video was shared 3,000 times.", []),
        # the work his outlet published, told as the arrest's reason
        (
            "Police arrested him on 2 May 2026, after his channel aired a series of interviews "
            "with striking miners.",
            [("a series of interviews with striking miners", None)],
        ),
        ("Police arrested him on 2 May 2026, after the website published his phone number.", []),
        # refused: what a law punishes people in general for
        (
            "Rights groups say the article punishes residents for complaining about the akim.",
            [],
        ),
        # the arrest's reason gives way to what the indictment says he did
        (
            "He was detained on 2 May 2026, hours after he criticised the akim on the radio. "
            "According to the indictment, on 28 April 2026 he posted a video calling for mass "
            "unrest.",
            [("posted a video calling for mass unrest", "2026-04-28")],
        ),
        # refused: someone unnamed accused of their own deed; an account telling no deed
        (
            "He was detained on 5 May 2026. His sister had organised a protest of women "
            "demanding justice for a police officer accused of beating a teenager.",
            [],
        ),
        ("According to the court, the hearing will resume on 5 December.", []),
    ],
)
def test_plain_english_deeds(sentence: str, acts: list[tuple[str, str | None]]) -> None:
    assert _acts(sentence) == acts


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "wrote on May 2 that the mill was closing, and on May 9 she posted a photo",
            ["wrote on May 2 that the mill was closing", "on May 9 posted a photo"],
        ),
        # refused: "and" with no new day; a day inside brackets
        (
            "wrote that the mill was closing and posted a photo",
            ["wrote that the mill was closing and posted a photo"],
        ),
        (
            "wrote a post (and on May 9 posted it again) about the mill",
            ["wrote a post (and on May 9 posted it again) about the mill"],
        ),
    ],
)
def test_a_new_day_opens_a_new_deed(text: str, parts: list[str]) -> None:
    assert act_plain_en.by_day(text, "en") == parts


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Sadykova, they said, forwarded the video to a school chat.", True),
        ("According to the charge sheet, she posted a video on 3 May.", True),
        # refused: no deed's verb after the doer; no account
        ("According to the court, he was detained at home.", False),
        ("He posted a video on 3 May.", False),
    ],
)
def test_an_account_leads_a_deed(sentence: str, found: bool) -> None:
    assert (act_plain_en.lead(sentence, "en") is not None) is found


def test_only_english() -> None:
    assert act_plain_en.lead("According to the indictment, he posted a video.", "ru") is None
    assert act_plain_en.by_day("a, and on May 9 he posted b", "kk") == [
        "a, and on May 9 he posted b"
    ]


@pytest.mark.parametrize(
    ("row", "work"),
    [
        # a cell told with its column's name; a speech at a meeting
        (
            "No.: 3 | Name: OSPANOV Erlan | Town: Oral | Article: Art. 174 | Notes: speech at a "
            "farmers' meeting on 02.03.2026",
            "speech at a farmers' meeting on 02.03.2026",
        ),
        # a row written with slashes between its cells
        (
            "3. / OSPANOV Erlan / Oral / teacher / Art. 174 / post of 02.03.2026 about the akim",
            "post of 02.03.2026 about the akim",
        ),
        # refused: a column naming the law; a line with too few cells
        ("Columns: No. / Name / Town / Article of the Criminal Code / Court / Notes", None),
        ("He wrote a post about the akim / and a song", None),
    ],
)
def test_the_work_a_table_row_names(row: str, work: str | None) -> None:
    assert act_chronology.work_in_cells(row) == work
