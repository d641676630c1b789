"""Whose a trade is, written with a name and without one (bot/extract/trade_owners)."""

from __future__ import annotations

import pytest

from bot.extract import extract_cases


def _occupations(text: str) -> dict[str, str | None]:
    return {c["person"]["name"]: c["person"]["occupation"] for c in extract_cases(text)}


@pytest.mark.parametrize(
    ("text", "occupations"),
    [
        # the lead's trades with no name near them: each the one the story names with it
        (
            "Semey blogger and co-defendant sentenced\n\nSEMEY, Kazakhstan -- A court has "
            "sentenced a blogger and a retired mechanic over posts about a local dump.\n\nOn 4 "
            "October 2026 the Semey City Court found 40-year-old Arman Dzhaksybekov, a blogger, "
            "guilty of spreading false information under Article 274, Part 2, and sentenced "
            "him to two years of restricted freedom.\n\nIn the same trial, 52-year-old "
            "retired mechanic Yerlan Kuatov was sentenced to one year of restricted freedom "
            "under the same article.",
            {"Arman Dzhaksybekov": "blogger", "Yerlan Kuatov": "retired mechanic"},
        ),
        # refused: a dateline's town is no one the trade could be next to
        (
            "Kentau farmer fined\n\nKENTAU, Turkistan region - A farmer from the town has been "
            "fined for a post about the akim.\n\nOn 2 May 2026 the Kentau City Court fined "
            "Murat ALIYEV 100 MCI under Article 378.",
            {"Murat ALIYEV": "farmer"},
        ),
        # Russian: each his own
        (
            "Семей: блогер и механик осуждены\n\nСуд в Семее вынес приговор блогеру, который "
            "писал о свалке, и механику, который делился его постами.\n\n4 октября 2026 года "
            "Семейский городской суд приговорил 40-летнего блогера Армана Джаксыбекова к двум "
            "годам ограничения свободы по ч. 2 ст. 274 УК РК.\n\nПо этому же делу 52-летний "
            "механик Ерлан Куатов приговорён к одному году ограничения свободы.",
            {"Арман Джаксыбеков": "блогер", "Ерлан Куатов": "механик"},
        ),
        # Kazakh: the lead's «блогер мен ... механик», then each named with his own
        (
            "Семей: блогер мен механик сотталды\n\nСемейде қоқыс туралы жазған блогер мен оның "
            "жазбаларын таратқан механик сотталды.\n\n2026 жылғы 4 қазанда Семей қалалық соты "
            "40 жастағы блогер Арман Жақсыбековті ҚК-нің 274-бабының 2-бөлігі бойынша екі жыл "
            "бас бостандығын шектеуге соттады.\n\nОсы іс бойынша 52 жастағы механик Ерлан "
            "Қуатов бір жыл бас бостандығын шектеуге сотталды.",
            {"Арман Жақсыбеков": "блогер", "Ерлан Қуатов": "механик"},
        ),
    ],
)
def test_a_trade_written_without_a_name(text: str, occupations: dict[str, str | None]) -> None:
    assert _occupations(text) == occupations


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        # refused: a trade word capitalised inside a sentence names a place
        (
            "4 марта 2026 года Уральский городской суд оштрафовал сварщика Нурлана Абенова на "
            "100 МРП по ст. 274 УК РК. Суд проходил в здании у рынка в микрорайоне Строитель.",
            "сварщик",
        ),
        # refused: a plural after a body's noun is the body's name
        (
            "4 марта 2026 года Уральский городской суд оштрафовал Нурлана Абенова на 100 МРП по "
            "ст. 274 УК РК. Заявление в его поддержку подписал Союз независимых журналистов "
            "Приаралья.",
            None,
        ),
        # accepted: a capitalised trade after a label's colon
        (
            "Дело Нурлана Абенова\nРод занятий: Сварщик. 4 марта 2026 года Уральский городской "
            "суд оштрафовал Нурлана Абенова на 100 МРП по ст. 274 УК РК.",
            "сварщик",
        ),
    ],
)
def test_a_trade_word_naming_a_place_or_a_body(text: str, occupation: str | None) -> None:
    [case] = extract_cases(text)
    assert case["person"]["occupation"] == occupation


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        # refused: a trade said as the person's own ("Abenov's lawyer") is someone else's
        (
            "On 4 March 2026 a court in Kostanay fined Nurlan Abenov 100 MCI under Article 274. "
            "Abenov's lawyer told reporters that the verdict was unfair.",
            None,
        ),
        (
            "2026 жылғы 4 наурызда Қостанай қалалық соты Нұрлан Әбеновке ҚК-нің 274-бабы "
            "бойынша 100 АЕК айыппұл салды. Әбеновтің заңгері шағым түсіретінін айтты.",
            None,
        ),
        # accepted: a place's possessive before the person's own name
        (
            "On 4 March 2026 a court in Kostanay fined Nurlan Abenov 100 MCI under Article 274. "
            "Kostanay's best-known blogger Nurlan Abenov will appeal.",
            "blogger",
        ),
        # refused: "admin arrest" is no chat's admin
        (
            "On 4 March 2026 a court in Kostanay fined Nurlan Abenov, a courier, 100 MCI under "
            "Article 274. In 2023 he got 10 days of admin arrest for a post.",
            "courier",
        ),
    ],
)
def test_a_trade_of_someone_of_the_person(text: str, occupation: str | None) -> None:
    [case] = extract_cases(text)
    assert case["person"]["occupation"] == occupation


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        (
            "On 4 March 2026 a court in Kostanay fined Dana Abenova, a homemaker, 100 MCI under "
            "Article 274.",
            "homemaker",
        ),
        (
            "2026 жылғы 4 наурызда Қостанай қалалық соты шахтер Нұрлан Әбеновке ҚК-нің "
            "274-бабы бойынша 100 АЕК айыппұл салды.",
            "шахтер",
        ),
        # refused: the miners at large («шахтерлердің жиналысында»)
        (
            "2026 жылғы 4 наурызда Қостанай қалалық соты Нұрлан Әбеновке ҚК-нің 274-бабы "
            "бойынша 100 АЕК айыппұл салды. Ол шахтерлердің жиналысында сөз сөйлеген.",
            None,
        ),
        (
            "2026 жылғы 4 наурызда Қостанай қалалық соты зертханашы Дана Әбеноваға ҚК-нің "
            "274-бабы бойынша 100 АЕК айыппұл салды.",
            "зертханашы",
        ),
        (
            "4 марта 2026 года Костанайский городской суд оштрафовал тележурналиста Нурлана "
            "Абенова на 100 МРП по ст. 274 УК РК.",
            "тележурналист",
        ),
    ],
)
def test_trades_of_the_word_lists(text: str, occupation: str | None) -> None:
    [case] = extract_cases(text)
    assert case["person"]["occupation"] == occupation


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        # a Kazakh trade said more fully with its possessive ending: the fuller one only (its
        # subject says the trade; the school is where, as heldout34, 37 and 38 label it)
        (
            "2026 жылғы 4 наурызда Қостанай қалалық соты мұғалім Нұрлан Әбеновке ҚК-нің "
            "274-бабы бойынша 100 АЕК айыппұл салды. Ол №5 мектептің физика пәнінің мұғалімі.",
            "физика пәнінің мұғалімі",
        ),
        # refused: a kind of the trade before it («наиб имамы», a deputy imam) is another
        (
            "2026 жылғы 4 наурызда Қостанай қалалық соты имам Нұрлан Әбеновке ҚК-нің 174-бабы "
            "бойынша 100 АЕК айыппұл салды. Ол бұрын мешіттің наиб имамы болған.",
            "имам, наиб имамы",
        ),
        # refused: a thing's trade, no one named ("the hospital's chief doctor")
        (
            "On 4 March 2026 a court in Kostanay fined Dana Abenova, a nurse, 100 MCI under "
            "Article 274 over a post claiming that the hospital's chief doctor stole medicines.",
            "nurse",
        ),
    ],
)
def test_a_trade_said_more_fully_or_of_a_thing(text: str, occupation: str | None) -> None:
    [case] = extract_cases(text)
    assert case["person"]["occupation"] == occupation


@pytest.mark.parametrize(
    ("heading", "city"),
    [
        # a transcript's place with its date and hour is where it was held, not her town
        ("г. Астана, 25 ноября 2026 года, 15 часов", "Кызылорда"),
        ("Астана, 25 ноября 2026 года", "Кызылорда"),
    ],
)
def test_a_transcripts_place_and_hour(heading: str, city: str) -> None:
    text = (
        "Стенограмма заседания комитета\n" + heading + "\n\nИСКАКОВ Б.Т., депутат. Ко мне "
        "обратились жители Кызылорды. 3 октября 2026 года журналистке Камиле Айтжановой "
        "предъявлено обвинение по ч. 2 ст. 274 УК РК, избрана мера пресечения в виде подписки "
        "о невыезде."
    )
    [case] = extract_cases(text)
    assert case["person"]["city"] == city


@pytest.mark.parametrize(
    ("text", "occupations"),
    [
        # «екі белсендіні – мұнайшы X және дәрігер Y»: the two counted, then named with trades
        (
            "2026 жылғы 4 наурызда Атырауда полиция екі белсендіні – мұнайшы Нұрлан Әбеновті "
            "және дәрігер Дана Серікованы ұстады. Әбеновке ҚК-нің 174-бабы бойынша айып тағылды.",
            {"Нұрлан Әбенов": "белсенді, мұнайшы", "Дана Серікова": "белсенді, дәрігер"},
        ),
        # refused: two counted, no one named after them
        (
            "2026 жылғы 4 наурызда Атырауда екі белсенді ұсталды. Мұнайшы Нұрлан Әбеновке "
            "ҚК-нің 174-бабы бойынша айып тағылды.",
            {"Нұрлан Әбенов": "мұнайшы"},
        ),
    ],
)
def test_a_counted_plural_then_the_names(text: str, occupations: dict[str, str]) -> None:
    assert _occupations(text) == occupations
