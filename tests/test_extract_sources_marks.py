"""Sources: notes marked by superscript digits (`footnotes`), and the publisher's own offer
(a subscription, a donation, a trailer) that is no case's source (`text_links.offered_urls`)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.extract import extract_cases, footnotes, text_links

TODAY = dt.date(2026, 12, 1)

_TWO_CASES = (
    "Алматы, 20 ноября 2026 года.\n\n"
    "Журналистка Асель Нурмаганбетова из Уральска осуждена 14 марта 2026 года городским "
    "судом по ч. 2 ст. 274 УК РК к двум годам ограничения свободы{one}.\n\n"
    "Пенсионер Виктор Гончаренко из Петропавловска задержан 3 июня 2026 года по ч. 1 ст. "
    "174 УК РК, суд приговорил его к трём годам лишения свободы{two}.\n\n"
    "{notes}"
)


def _sources(text: str) -> list[list[str]]:
    return [[s["url"] for s in c["sources"]] for c in extract_cases(text, today=TODAY)]


def test_superscript_notes_are_each_cases_own() -> None:
    text = _TWO_CASES.format(
        one="¹",
        two="²",
        notes="¹ https://rights.example.kz/cases/a1\n² https://rights.example.kz/cases/b2\n",
    )
    assert _sources(text) == [
        ["https://rights.example.kz/cases/a1"],
        ["https://rights.example.kz/cases/b2"],
    ]


@pytest.mark.parametrize(
    ("text", "bracketed"),
    [
        ("приговор оставлен без изменения².", "приговор оставлен без изменения[2]."),
        ("¹ https://x.example.kz/a", "[1] https://x.example.kz/a"),
        # a unit's square metres and a power after a digit are no marks
        ("участок 600 м² у реки", "участок 600 м² у реки"),
        ("10³ тенге", "10³ тенге"),
    ],
)
def test_superscript_marks_read_as_bracketed(text: str, bracketed: str) -> None:
    assert footnotes._bracketed(text) == bracketed


@pytest.mark.parametrize(
    ("line", "offered"),
    [
        ("Subscribe: https://watch.example.org/subscribe", True),
        ("Поддержать фонд: https://fund.example.kz/donate", True),
        ("Келесі шолу — 5 желтоқсанда. Жазылу: https://news.example.kz/kk/digest", True),
        ("Trailer and stills: https://film.example.com/press", True),
        # refused: a channel's post or a case's fundraiser under an offer's label
        ("👉 Подписаться: https://t.me/channel_example/1187", False),
        ("Please share. Donations for the fine: https://t.me/free_example/88", False),
        # refused: a source's label, a petition signed, a text written, the list's address
        ("Source: https://watch.example.org/cases/omarova", False),
        ("Петицию подписали 3 000 человек: https://petition.example.kz/free-arman", False),
        ("Жазылған мақала: https://news.example.kz/kk/article-12", False),
        ("Full list: https://watch.example.org/list", False),
    ],
)
def test_a_publishers_offer_is_no_source(line: str, offered: bool) -> None:
    assert bool(text_links.offered_urls(line)) is offered


def test_a_closing_subscription_link_is_dropped_but_the_case_link_kept() -> None:
    text = (
        "Алматы, 20 ноября 2026 года. Городской суд приговорил блогера Арсена Жунусова к двум "
        "годам ограничения свободы по ч. 2 ст. 274 УК РК.\nПодробнее: "
        "https://news.example.kz/zhunusov\n\nПодпишитесь на рассылку: "
        "https://news.example.kz/subscribe\n"
    )
    assert _sources(text) == [["https://news.example.kz/zhunusov"]]


@pytest.mark.parametrize(
    ("closing", "sources"),
    [
        # a press contact after the closing link: the link is still each case's
        ("Контактное лицо: Мадина Оразбаева, пресс-секретарь, +7 700 000 00 00\n", True),
        ("Media contact: Dana Serikova, +7 701 000 00 00\n", True),
        # refused: a last paragraph of news on one case, no contact label: the link above it
        # is no closing link of every case, only of the block it stands in
        ("Следующее заседание по делу Гончаренко назначено на 5 декабря, 10:00.\n", False),
    ],
)
def test_a_press_contact_after_the_closing_link(closing: str, sources: bool) -> None:
    text = _TWO_CASES.format(
        one="", two="", notes="Подробнее о делах: https://rights.example.kz/cases/2026-11\n\n"
    )
    link = ["https://rights.example.kz/cases/2026-11"]
    assert _sources(text + closing) == ([link, link] if sources else [[], link])
