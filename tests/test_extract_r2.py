"""Who is no case: a publication's masthead, the staff a report names by their post, the credits
of a text. Driven through `extract_cases`; names, papers and wording are invented.
"""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_cases

_READ_ON = dt.date(2026, 12, 1)


def _names(text: str) -> list[str]:
    return [case["person"]["name"] for case in extract_cases(text, today=_READ_ON)]


# -- a masthead line: the publication's title beside its date or issue is no one's name --------

_KK_APPEAL = (
    "Қызылорда облыстық сотының апелляциялық алқасы 24 қарашада қоғам белсендісі Ғалымжан "
    "Төлеуұлы Сейітқалиевке тағайындалған үш жыл бас бостандығынан айыру жазасын екі жыл бас "
    "бостандығын шектеуге ауыстырды. Сейітқалиев сот залынан босатылды.\n\n"
    "Апелляциялық алқа үкімді күшінде қалдырғанымен, жазаны екі жыл бас бостандығын шектеу мен "
    "200 сағат мәжбүрлі еңбекке ауыстырды. Сот шығыны өзгеріссіз қалды.\n"
)


def test_kazakh_masthead_is_no_case() -> None:
    text = "Азаттық Дауысы | 2026 жылғы 25 қараша\n\n" + _KK_APPEAL
    [case] = extract_cases(text, today=_READ_ON)
    assert case["person"]["name"] == "Ғалымжан Төлеуұлы Сейітқалиев"
    assert case["stage"] == "appealed"


def test_masthead_date_still_dates_the_text() -> None:
    # the title goes, the masthead's year stays the year of the yearless «24 қарашада»
    text = "Азаттық Дауысы | 2026 жылғы 25 қараша\n\n" + _KK_APPEAL
    [case] = extract_cases(text)
    assert ("appeal_ruling", "2026-11-24") in [(e["kind"], e["date"]) for e in case["events"]]


def test_english_and_russian_mastheads_are_no_case() -> None:
    english = (
        "The Almaty City Court on 17 November 2026 upheld the sentence of blogger Yerlan Bekov, "
        "two years of restriction of liberty under Article 274, Part 2 of the Criminal Code.\n"
    )
    russian = (
        "Карагандинский областной суд 2 ноября оставил в силе приговор активисту Ерлану Бекову: "
        "два года ограничения свободы по ч. 2 ст. 274 УК РК.\n"
    )
    for head in ("Qazaq Times | 18 November 2026", "STEPPE MONITOR | Issue 41"):
        assert _names(head + "\n\n" + english) == ["Yerlan Bekov"]
    assert _names("Новости Караганды | 3 ноября\n\n" + russian) == ["Ерлан Беков"]


def test_publication_title_in_the_story_is_no_trade() -> None:
    text = (
        "Vostok Courier | 26 November 2026\n\n"
        "The Ridder City Court on 8 September 2026 sentenced civic activist Vitaliy Kovalchuk to "
        "two years in prison under Article 274, Part 2 of the Criminal Code.\n\n"
        '"He is innocent," his lawyer told Vostok Courier.\n'
    )
    [case] = extract_cases(text, today=_READ_ON)
    assert case["person"]["name"] == "Vitaliy Kovalchuk"
    assert case["person"]["occupation"] == "civic activist"


def test_a_table_row_with_a_date_is_kept() -> None:
    # rows of a table: a name beside a date is a defendant, not a masthead
    text = (
        "Defendant | Verdict\n"
        "Yerlan Bekov | 17 November 2026\n"
        "Aliya Serikova | 18 November 2026\n\n"
        "Both were sentenced by the Almaty District Court to two years of restriction of liberty "
        "under Article 274, Part 2 of the Criminal Code.\n"
    )
    names = _names(text)
    assert "Yerlan Bekov" in names
