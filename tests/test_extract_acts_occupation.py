"""Acts told plainly or after a cue, in wordings the earlier tables missed (round "acts"), as
table tests in invented wording: what the extractor must read (accepted) and must not
(refused)."""

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


# --- Kazakh: a deed told plainly, who the doer is told before the name --------------------------


@pytest.mark.parametrize(
    ("text", "name", "acts"),
    [
        # a townsman's word and a trade before the given name, patronymic and surname
        (
            "Кейс-2. Өскемендік тілші Динара Асқарқызы Бекова 2026 жылғы 3 мамырда өз "
            "арнасында қалалық ауруханада дәрі жетіспейді деп жазған. Өскемен қалалық соты 2026 "
            "жылғы 10 қазанда оны ҚК-нің 274-бабының 2-бөлігі бойынша кінәлі деп танып, айыппұл "
            "салды.",
            "Динара Асқарқызы Бекова",
            [("2026-05-03", "өз арнасында қалалық ауруханада дәрі жетіспейді деп жазған")],
        ),
        # a connective, an age and a trade before the given name and surname
        (
            "Бұл істе екі адам сотталды. Ал 40 жастағы мұғалім Сәуле Омарова WhatsApp тобында "
            "аудан әкімін «парақор» деп атаған аудиожазба таратқан. Қостанай қалалық соты 2026 "
            "жылғы 4 қарашада оны ҚК-нің 378-бабының 2-бөлігі бойынша кінәлі деп танып, айыппұл "
            "салды.",
            "Сәуле Омарова",
            [(None, "WhatsApp тобында аудан әкімін «парақор» деп атаған аудиожазба таратқан")],
        ),
    ],
)
def test_kk_told_plainly_after_who(
    text: str, name: str, acts: list[tuple[str | None, str]]
) -> None:
    assert _acts(text)[name] == acts


def test_kk_told_plainly_refuses_an_institution() -> None:
    # refused: the doer a court, told by a townsman's word too, not a person named by surname
    text = (
        "Кейс-3. Павлодар облыстық соты 2026 жылғы 3 мамырда шешімін сайтта жариялаған. "
        "Павлодар қалалық соты 2026 жылғы 10 қазанда Арман Серікұлы Тоқтаровты ҚК-нің "
        "274-бабының 2-бөлігі бойынша кінәлі деп танып, айыппұл салды."
    )
    assert _acts(text)["Арман Серікұлы Тоқтаров"] == []


# --- English: the deed after an article and the offence's name ---------------------------------


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # a platform's works, no article before them
        (
            "Yerlan BEKOV, a driver from Oral, was charged on 2 May 2026 under Art. 274 part 2 "
            "CC RK (dissemination of knowingly false information) over TikTok videos about a "
            "flooded underpass in the city centre.",
            [(None, "TikTok videos about a flooded underpass in the city centre")],
        ),
        # the sentence's own verb ("a term imposed ... under Article ..., for comments ...")
        (
            "Yerlan Bekov was released on 3 March 2026 after serving a one-year term imposed by "
            "the Oral City Court on 1 March 2025 under Article 174, Part 1 (inciting social "
            "discord), for comments about a local priest in a Telegram chat.",
            [(None, "comments about a local priest in a Telegram chat")],
        ),
        # the offence's name in quotes, its article, then the work
        (
            "Yerlan Bekov was detained in Oral on 4 May 2026. Investigators suspect him of "
            '"insulting a representative of authority" under Article 378, Part 2, over a video '
            "in which he called the city's police chief a liar.",
            [(None, "a video in which he called the city's police chief a liar")],
        ),
        # the article in brackets, then "after he" and the deed's past verb
        (
            "Yerlan Bekov, a miner from Satpayev, has been held in custody since 5 May 2026 on a "
            "charge of insulting a representative of authority (Article 378, Part 2) after he "
            'called the district akim "a thief" at a public meeting.',
            [(None, 'called the district akim "a thief" at a public meeting')],
        ),
    ],
)
def test_en_deed_after_article(text: str, acts: list[tuple[str | None, str]]) -> None:
    assert list(_acts(text).values()) == [acts]


@pytest.mark.parametrize(
    "text",
    [
        # refused: no work after the article, but what stood in the way
        "Yerlan Bekov was charged on 3 March 2026 under Art. 174 part 1 CC RK (inciting social "
        "discord) over objections from the defence.",
        # refused: "after he was" is no deed
        "Yerlan Bekov was detained on 5 May 2026 on a charge of insulting a representative of "
        "authority (Article 378, Part 2) after he was questioned.",
    ],
)
def test_en_deed_after_article_refused(text: str) -> None:
    assert list(_acts(text).values()) == [[]]


# --- a sentence going on from an act's: a connective first, or the day without its year -------


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (
            "Almaty, 20 November 2026. The Almaty District Court sentenced Daulet Seitov to two "
            "years in prison on 19 November 2026. According to the indictment, Seitov ran a "
            "Telegram chat of drivers in which they called for a strike. On May 4, Seitov "
            "posted a voice message in the chat urging drivers to block the depot.",
            [
                (None, "ran a Telegram chat of drivers in which they called for a strike"),
                (
                    "2026-05-04",
                    "posted a voice message in the chat urging drivers to block the depot",
                ),
            ],
        ),
        (
            "Караганда, 20 ноября 2026 года. Суд приговорил Арманa Жумабекова к двум годам "
            "ограничения свободы 19 ноября 2026 года. По версии обвинения, Жумабеков публиковал "
            "в Telegram-канале призывы к забастовке. Кроме того, 4 мая 2026 года Жумабеков "
            "выступил перед рабочими у проходной шахты.",
            [
                (None, "публиковал в Telegram-канале призывы к забастовке"),
                ("2026-05-04", "выступил перед рабочими у проходной шахты"),
            ],
        ),
    ],
)
def test_goes_on_after_an_act(text: str, acts: list[tuple[str | None, str]]) -> None:
    assert list(_acts(text).values()) == [acts]


def test_goes_on_refuses_an_institution() -> None:
    # refused: the doer of the dated sentence is no person named by a surname
    text = (
        "Almaty, 20 November 2026. The Almaty District Court sentenced Daulet Seitov to two "
        "years in prison on 19 November 2026. According to the indictment, Seitov ran a "
        "Telegram chat of drivers in which they called for a strike. Also, on May 4, Police "
        "published a statement about the chat."
    )
    assert list(_acts(text).values()) == [
        [(None, "ran a Telegram chat of drivers in which they called for a strike")]
    ]


# --- Russian: what for, told by the work without a verb ----------------------------------------


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # an answer opening with «За» and the work
        (
            "Павлодарский городской суд 3 ноября 2026 года приговорил Армана Жумабекова к "
            "штрафу по ч. 2 ст. 274 УК РК. За пост в Instagram, где он написал, что в городе нет "
            "отопления.",
            "пост в Instagram, где он написал, что в городе нет отопления",
        ),
        # «Всё из-за ...»
        (
            "Павлодарский городской суд 3 ноября 2026 года приговорил Армана Жумабекова к "
            "штрафу по ч. 2 ст. 274 УК РК. Всё из-за видео в TikTok о протекающей крыше школы.",
            "видео в TikTok о протекающей крыше школы",
        ),
        # a labelled line «Обвинение:»
        (
            "Жумабеков Арман, 1988 г. р., задержан 3 ноября 2026 года по ч. 2 ст. 274 УК РК.\n"
            "Обвинение: публикации в Telegram о закупках угля в акимате.",
            "публикации в Telegram о закупках угля в акимате",
        ),
        # «Обвинение касалось ...»
        (
            "Павлодарский городской суд 3 ноября 2026 года приговорил Армана Жумабекова к "
            "штрафу по ч. 2 ст. 274 УК РК. Обвинение касалось его статьи о закупках угля.",
            "статьи о закупках угля",
        ),
    ],
)
def test_ru_work_without_verb(text: str, act: str) -> None:
    assert list(_acts(text).values()) == [[(None, act)]]


def test_ru_work_without_verb_refused() -> None:
    # refused: «За» opening a sentence of a term, not a work
    text = (
        "Павлодарский городской суд 3 ноября 2026 года приговорил Армана Жумабекова к штрафу по "
        "ч. 2 ст. 274 УК РК. За два года до этого он переехал в Павлодар."
    )
    assert list(_acts(text).values()) == [[]]


# --- occupation: a Russian workplace of two nouns in the genitive ------------------------------


def _occupations(text: str) -> list[str | None]:
    return [c["person"].get("occupation") for c in extract_cases(text, today=TODAY)]


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        (
            "Задержан курьер службы доставки Максат Тлеубаев, его обвиняют по ч. 2 ст. 174 УК "
            "РК. Он задержан 3 мая 2026 года.",
            "курьер службы доставки",
        ),
        (
            "Тлеубаев Максат, инженер отдела снабжения, задержан 3 мая 2026 года по ч. 2 ст. 174 "
            "УК РК.",
            "инженер отдела снабжения",
        ),
        # refused: a person in the genitive is no workplace
        (
            "Задержан охранник дочери акима Максат Тлеубаев, его обвиняют по ч. 2 ст. 174 УК РК. "
            "Он задержан 3 мая 2026 года.",
            "охранник",
        ),
    ],
)
def test_ru_two_noun_workplace(text: str, occupation: str) -> None:
    assert _occupations(text) == [occupation]
