"""Deeds told plainly by their doer (`act_told`): who the doer may be and what opens the deed."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.extract import act_spans, act_told, acts, extract_cases


@pytest.mark.parametrize(
    ("sentence", "deed"),
    [
        # a given name before the surname; a deed other than publishing keeps its verb
        (
            "Timur Akhmetov, a 61-year-old beekeeper, read out an open letter to the akim.",
            "read out an open letter",
        ),
        # an age in brackets, then who they are
        ("Kovalchuk (59), a retired teacher, forwarded the clip to two chats.", "the clip"),
        # an age and a description between commas, and "had written on"
        (
            "Serikbayev, 44, a driver who also runs a blog, had written on Instagram that the "
            "bridge was unsafe.",
            "written on Instagram",
        ),
        # who says so before the doer
        (
            "Prosecutors say Zhaksybekov, a former teacher, posted a clip in which he mocked the "
            "governor.",
            "a clip in which",
        ),
        ("Bolat Nurpeisov sent an audio message to the parents' chat.", "sent an audio message"),
        # not a person: an institution or a plain capitalised word
        ("Police sent a summons to his address.", None),
        ("The akimat organised a meeting with residents.", None),
        ("Investigators said the video was posted by an unknown user.", None),
    ],
)
def test_an_english_deed_told_plainly_by_its_doer(sentence: str, deed: str | None) -> None:
    told = act_told.TOLD["en"].search(sentence)
    assert (told is not None) is (deed is not None)
    if told and deed:
        assert sentence[told.end() :].startswith(deed)


@pytest.mark.parametrize(
    ("sentence", "deed"),
    [
        # the surname, given name and patronymic; the day after the doer stays with the deed
        (
            "Мухамедиев Серик Айдарович 3 июня 2026 года разместил в Instagram ролик о свалке.",
            "3 июня 2026 года разместил",
        ),
        # an age and trade before the surname
        ("52-летний водитель автобуса Есенов назвал в чате депутата «позором».", "назвал в чате"),
        # who they are between commas, a paper's «говорится, что» leading
        (
            "В обвинительном акте говорится, что Сарсенова, будучи администратором группы, "
            "приняла участие в записи обращения.",
            "приняла участие",
        ),
        # no deed's verb after the doer, or no surname
        ("Мухамедиев Серик Айдарович 3 июня 2026 года был задержан полицией.", None),
        ("Городской акимат разместил в Instagram опровержение.", None),
    ],
)
def test_a_russian_deed_told_plainly_by_its_doer(sentence: str, deed: str | None) -> None:
    told = act_told.TOLD["ru"].search(sentence)
    assert (told is not None) is (deed is not None)
    if told and deed:
        assert sentence[told.end() :].startswith(deed)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "Almaty, 4 March 2026. The Medeu District Court sentenced Arman Seitkaliyev to two "
            "years of restricted freedom for inciting social discord. Seitkaliyev, 35, a courier "
            "who runs a small blog, had written on Facebook on 12 January 2026 that the new "
            'tariffs were "robbery of the poor".',
            ("2026-01-12", "written on Facebook that the new tariffs"),
        ),
        (
            "Актобе, 4 марта 2026 года. Суд приговорил Алибека Жанузакова к штрафу за "
            "распространение заведомо ложной информации. 41-летний электрик Жанузаков назвал "
            "в комментарии под постом акимата его сотрудников «ворами».",
            (None, "назвал в комментарии под постом акимата"),
        ),
    ],
)
def test_a_plain_deed_stands_for_the_offence_named(text: str, act: tuple) -> None:
    (case,) = extract_cases(text, today=dt.date(2026, 12, 1))
    ((date, description),) = [(a["date"], a["description"]) for a in case["acts"]]
    assert date == act[0] and description.startswith(act[1])


@pytest.mark.parametrize(
    ("closing", "acts"),
    [
        # many unnamed people prosecuted: background, no act of the person
        ("Since 2020, dozens of people have been prosecuted for alleged ties to the movement.", 1),
        ("С 2020 года десятки человек осуждены за участие в движении.", 1),
    ],
)
def test_many_unnamed_people_tell_no_act(closing: str, acts: int) -> None:
    language = "en" if closing.isascii() else "ru"
    lead = (
        "Almaty, 4 March 2026. A court sentenced Arman Seitkaliyev to a fine over a Facebook "
        "post about the akim. "
        if language == "en"
        else "Алматы, 4 марта 2026 года. Суд оштрафовал Армана Сейткалиева за пост в Facebook "
        "об акиме. "
    )
    (case,) = extract_cases(lead + closing, today=dt.date(2026, 12, 1))
    assert len(case["acts"]) == acts


@pytest.mark.parametrize(
    ("story", "acts"),
    [
        # the lede sums up the case; the story then tells the deed: the deed alone
        (
            "ATYRAU, Kazakhstan -- A court on Monday sentenced activist Marat Zhumabekov to "
            "a year of restricted freedom over Facebook posts criticizing the city's water "
            "utility, his lawyer said.\n\n"
            "According to the verdict, on 3 May 2026 Zhumabekov posted a video in which he said "
            'the utility "poisons the city".',
            [("2026-05-03", "posted a video in which he said")],
        ),
        # a lede alone tells the act
        (
            "ATYRAU, Kazakhstan -- A court on Monday sentenced activist Marat Zhumabekov to "
            "a year of restricted freedom over Facebook posts criticizing the city's water "
            "utility, his lawyer said.",
            [(None, "Facebook posts criticizing the city's water utility")],
        ),
    ],
)
def test_a_ledes_summary_gives_way_to_the_deed_told(story: str, acts: list[tuple]) -> None:
    (case,) = extract_cases(story, today=dt.date(2026, 12, 1))
    got = [(a["date"], a["description"]) for a in case["acts"]]
    assert len(got) == len(acts)
    for (date, description), (want_date, opening) in zip(got, acts, strict=True):
        assert date == want_date and description.startswith(opening)


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # the sentence's own verb after the aside that told the act is cut
        (
            "a speech at a rally, was released from prison on 3 May 2026",
            "en",
            "a speech at a rally",
        ),
        # (a deed that goes on after a comma stays)
        (
            "a video on TikTok, filmed at the plant gates",
            "en",
            "a video on TikTok, filmed at the plant gates",
        ),
        # the clause that dated the act, bare once its day is cut
        (
            "назвал в комментарии акима «вором», комментарий был опубликован 19 мая 2025 года",
            "ru",
            "назвал в комментарии акима «вором»",
        ),
        # (a clause telling something else of the work stays)
        (
            "назвал акима «вором» в комментарии, пост был удалён через час",
            "ru",
            "назвал акима «вором» в комментарии, пост был удалён через час",
        ),
    ],
)
def test_what_closes_an_act_after_it(text: str, language: str, want: str) -> None:
    assert acts._act(text, language)["description"] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the writer's gloss after a dash («речь шла о ...», «имелся в виду ...») closes the act
        (
            "написал, что аким «кормит обещаниями» – речь шла о ремонте дороги",
            "написал, что аким «кормит обещаниями»",
        ),
        (
            "назвал депутата «балаболом» — имелся в виду глава маслихата",
            "назвал депутата «балаболом»",
        ),
        # (a dash that goes on telling the act stays)
        (
            "назвал депутата «балаболом» – и повторил это в эфире",
            "назвал депутата «балаболом» – и повторил это в эфире",
        ),
    ],
)
def test_a_writers_gloss_after_a_dash_closes_the_act(text: str, want: str) -> None:
    assert act_spans.without_remark(text, "ru") == want
