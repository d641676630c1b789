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
