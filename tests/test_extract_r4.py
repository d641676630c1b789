"""The person's occupation read through `extract_cases` on short invented texts: trade words
that are not the person's trade (a word made from a trade, the writer's own trade, a byline,
a woman's trade said of a man) and trades said in full."""

from __future__ import annotations

import datetime

import pytest

from bot.extract import extract_cases

TODAY = datetime.date(2026, 12, 1)


def _occupations(text: str) -> dict[str, str | None]:
    cases = extract_cases(text, today=TODAY)
    return {c["person"]["name"]: c["person"]["occupation"] for c in cases}


@pytest.mark.parametrize(
    ("text", "name", "occupation"),
    [
        # a Russian adjective made from a trade is no trade
        (
            "Суд Шымкента 20 ноября 2026 года приговорил Асель Маратовну Жумагулову по ч. 2 ст. "
            "274 УК РК к трём годам ограничения свободы. Жумагулова — главный редактор сайта "
            "«Шымкент Таймс». Её лишили права заниматься журналистской деятельностью.",
            "Асель Маратовна Жумагулова",
            "главный редактор сайта «Шымкент Таймс»",
        ),
        # a Kazakh -лік word made from a trade («заңгерлік көмек») is no trade
        (
            "Алматы аудандық соты 2026 жылғы 20 қарашада бапкер Ерлан Сәбитұлы Жұмабековты ҚК-нің "
            "274-бабының 3-бөлігі бойынша 2 жылға бас бостандығын шектеуге соттады. Клуб "
            "оған заңгерлік көмек көрсетеді.",
            "Ерлан Сәбитұлы Жұмабеков",
            "бапкер",
        ),
        # the letter's writer tells her own trade: not her son's
        (
            "Уважаемая редакция! Я пенсионерка, 34 года проработала медсестрой в больнице. "
            "Мой сын Кирилл Андреевич Головин, студент-заочник, 20 ноября 2026 года осуждён "
            "Рудненским городским судом по ч. 2 ст. 274 УК РК к году ограничения свободы.",
            "Кирилл Андреевич Головин",
            "студент-заочник",
        ),
        # a speaker in a transcript tells of herself
        (
            "Жандос Бекболатұлы Иманғалиев – жеке кәсіпкер. Атырау қалалық соты 2026 жылғы 20 "
            "қарашада оны ҚК-нің 174-бабының 1-бөлігі бойынша 2 жылға бас бостандығынан "
            "айырды. Сотта ол: «Мен тек сұрақ қойдым», – деді. Залдағы бір әйел: Мен журналист "
            "ретінде болған оқиғаны көрсеттім, – деді.",
            "Жандос Бекболатұлы Иманғалиев",
            "жеке кәсіпкер",
        ),
        # a news agency's byline names who wrote the story
        (
            "Жаңаөзенде мұнайшы сотталды\n"
            "Жаңаөзен, 26 қараша 2026 жыл. «Маңғыстау ақпарат» тілшісі.\n"
            "Жаңаөзен қалалық соты 2026 жылғы 25 қарашада мұнайшы Нұржан Сапарбекұлы "
            "Төлегеновті ҚК-нің 272-бабының 2-бөлігі бойынша 4 жылға бас бостандығынан айырды.",
            "Нұржан Сапарбекұлы Төлегенов",
            "мұнайшы",
        ),
    ],
)
def test_trade_words_not_the_persons(text: str, name: str, occupation: str | None) -> None:
    assert _occupations(text)[name] == occupation


def test_a_womans_trade_is_not_a_mans() -> None:
    text = (
        "Курьер Ерасыл Муратов 20 ноября 2026 года осуждён Рудненским городским судом по ч. 2 "
        "ст. 274 УК РК к году ограничения свободы. Пенсионерка, бывшая медсестра, пришла "
        "поддержать его в суд."
    )
    assert _occupations(text)["Ерасыл Муратов"] == "курьер"


_KK_VERDICT = (
    " Талдықорған қалалық соты 2026 жылғы 20 қарашада оны ҚК-нің 174-бабының 1-бөлігі бойынша "
    "2 жылға бас бостандығынан айырды."
)


@pytest.mark.parametrize(
    ("text", "name", "occupation"),
    [
        # a chain opening its sentence, its first word capitalised, is the trade's
        (
            "Мал дәрігері Ербол Нұрғалиев 2026 жылғы 3 қарашада ұсталды." + _KK_VERDICT,
            "Ербол Нұрғалиев",
            "мал дәрігері",
        ),
        # a verbal noun takes its object wherever it stands in the chain
        (
            "Ерболат Мұратұлы Сейітқали – ауылдағы мектептің дене шынықтыру пәнінің мұғалімі."
            + _KK_VERDICT,
            "Ерболат Мұратұлы Сейітқали",
            "дене шынықтыру пәнінің мұғалімі",
        ),
        # the subject says the trade: the school before it is where, not part of it
        (
            "Бауыржан Ермекұлы Сейітов – Талдықорғандағы №12 мектептің тарих пәнінің мұғалімі."
            + _KK_VERDICT,
            "Бауыржан Ермекұлы Сейітов",
            "тарих пәнінің мұғалімі",
        ),
        # a town before a workplace its own words name is left out
        (
            "Ақсу қаласындағы №3 мектептің мұғалімі Динара Қайратқызы Сәрсенбаева 2026 жылғы "
            "3 қарашада ұсталды." + _KK_VERDICT,
            "Динара Қайратқызы Сәрсенбаева",
            "№3 мектептің мұғалімі",
        ),
        # «ардагер» is a kind of the trade; «жылу» (heat) is no year
        (
            "Серік Жақыпбекұлы Омаров – ардагер мұнайшы, жылу желісінің монтершісі." + _KK_VERDICT,
            "Серік Жақыпбекұлы Омаров",
            "ардагер мұнайшы, жылу желісінің монтершісі",
        ),
    ],
)
def test_kazakh_trade_phrases(text: str, name: str, occupation: str) -> None:
    assert _occupations(text)[name] == occupation


@pytest.mark.parametrize(
    ("sentence", "occupation"),
    [
        ("Arman Zhaksylykov, a video blogger,", "video blogger"),
        ("Ruslan Tokhtarbayev, an individual entrepreneur,", "individual entrepreneur"),
        ("Nurzhan Seitkaliyev, a senior dispatcher,", "senior dispatcher"),
        ("Aigul Temirkhanova, a laboratory technician,", "laboratory technician"),
        ("Marat Yessenov, a minibus driver,", "minibus driver"),
    ],
)
def test_english_trades_with_their_kind(sentence: str, occupation: str) -> None:
    text = (
        f"On 20 November 2026 the Kostanay City Court sentenced {sentence} to two years of "
        "restricted freedom under Article 274, Part 2, of the Criminal Code."
    )
    [case] = extract_cases(text, today=TODAY)
    assert case["person"]["occupation"] == occupation


@pytest.mark.parametrize(
    ("text", "name", "occupation"),
    [
        # a trade, a name in quotes, then another's name: the other's trade
        (
            "Павлодарский городской суд 25 ноября 2026 года приговорил журналистку Светлану "
            "Игоревну Мельникову к двум годам ограничения свободы по ч. 2 ст. 274 УК РК. "
            "Главный редактор «Ертіс Times» Дмитрий Ким назвал приговор сигналом.",
            "Светлана Игоревна Мельникова",
            "журналистка",
        ),
        # an English trade right before someone else's full name, or a card's "Lawyer:" field
        (
            "On 20 November 2026 the Temirtau City Court sentenced Aigul Temirkhanova, a "
            "laboratory technician, to two years of restricted freedom under Article 174, "
            "Part 1, of the Criminal Code. In August five other workers, including welder "
            "Daulet Ospanov, were fined.\nLawyer: Oleg Brazhnik.",
            "Aigul Temirkhanova",
            "laboratory technician",
        ),
    ],
)
def test_a_trade_before_anothers_name(text: str, name: str, occupation: str) -> None:
    assert _occupations(text)[name] == occupation


_RU_VERDICT = (
    " Павлодарский городской суд 25 ноября 2026 года приговорил его к двум годам ограничения "
    "свободы по ч. 2 ст. 274 УК РК."
)


@pytest.mark.parametrize(
    ("text", "name", "occupation"),
    [
        # what the person studied is not their work
        (
            "Ерлан Бекмурзаевич Абдикаримов, по образованию инженер-строитель, вёл блог."
            + _RU_VERDICT,
            "Ерлан Бекмурзаевич Абдикаримов",
            None,
        ),
        # a channel's administrator, with the channel
        (
            "Ержан Калиевич Мусабаев — администратор Telegram-канала «Павлодар без цензуры»."
            + _RU_VERDICT,
            "Ержан Калиевич Мусабаев",
            "администратор Telegram-канала «Павлодар без цензуры»",
        ),
        # «нашего театра» says whose, not which workplace
        (
            "Данияр Маратович Искаков — актёр нашего театра." + _RU_VERDICT,
            "Данияр Маратович Искаков",
            "актёр",
        ),
    ],
)
def test_russian_trades(text: str, name: str, occupation: str | None) -> None:
    assert _occupations(text)[name] == occupation


def test_a_kazakh_trade_word_told_of_a_plural_noun() -> None:
    text = (
        "Серік Жақыпбекұлы Омаров – мұнайшы. Бар кінәсі — жиында жұмыссыз жастардың жағдайы "
        "туралы сөз сөйлегені." + _KK_VERDICT
    )
    assert _occupations(text)["Серік Жақыпбекұлы Омаров"] == "мұнайшы"
