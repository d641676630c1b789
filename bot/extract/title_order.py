"""Which word of a name written in title case is the surname, and where one name ends and the
next begins, when no capitals tell it.

Forms and court papers write the surname first («АХМЕТОВА Жанар», «судья ЖАҚЫПОВ Қайрат»); a
news agency writes the same «Ахметова Жанар», «судья Жақыпов Қайрат», and two names may run
on without a comma («судьясы Салтанат Мұратова Арман Жүсіповті ... соттады»). `names` reads the
capitals; this module decides the same from the words' endings alone.

Invariants: a surname first must end as only a surname does (-ов, -ева, -ұлы, -қызы ...; not
-ин or -бек, which given names end with too), in Cyrillic (an English title-case headline's
"Akhmetova Denies ..." is no name reversed), and the word after it must be no surname, no
patronymic, no dictionary word, no town and no Kazakh word in a case form (in «Прокурор Сапаров
Мирасқа 5 жыл сұрады» the second word is whom the prosecutor asked it for). A name ends before
the next one only where the word after a surname is a given name followed by another surname.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

#: Endings only a surname (or a Kazakh father's name used as one) has, in the nominative.
_SURNAME_ONLY_ENDING = re.compile(r"(?:ов|ев|ёв|ова|ева|ёва|ұлы|улы|қызы|кызы)$", re.IGNORECASE)
_CYRILLIC_WORD = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі-]+")
#: A Kazakh word in a case form (dative, accusative, genitive, ablative, instrumental, locative).
KK_CASE_FORM = re.compile(
    r"^(?=\w*[әғқңөұүһі])\w+(?:ға|ге|қа|ке|ны|ні|ды|ді|ты|ті|ның|нің|дың|дің|тың|тің|нан|нен|"
    r"дан|ден|тан|тен|мен|бен|пен|да|де|та|те)$",
    re.IGNORECASE,
)

#: The genitive a Kazakh name takes on its last word, surname first («Ермеков Санжардың
#: шағымы»: Sanzhar Yermekov's appeal); another case after a surname is whom it acts on.
_KK_GENITIVE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$", re.IGNORECASE)
#: A Kazakh adjective («Әкімшілік», «Қылмыстық»): no given name ends so.
_KK_ADJECTIVE = re.compile(r"(?:лық|лік|дық|дік|тық|тік)$", re.IGNORECASE)


def surname_first(words: list[str], following: str | None) -> int | None:
    """Where a surname-first name starts among two or three title-case words («Ахметова Жанар»,
    «Судья Жақыпов Қайрат»): 0 or 1 (after a role word), or None when the words are not one.
    `following` is the title-case word right after them, if any: a longer run («Адвокат
    Ташенова Сергей Ким»: Tashenov's lawyer Sergei Kim) is no name written surname first."""
    from bot.extract.names import (
        NOT_GIVEN,
        is_common_word,
        is_patronymic,
        is_word_before_name,
        looks_like_surname,
        named_given,
    )
    from bot.extract.places import find_town

    if following is not None:
        return None
    lead = 1 if len(words) == 3 and is_word_before_name(words[0]) else 0
    if len(words) - lead != 2:
        return None
    surname, given = words[lead:]
    if not (
        _CYRILLIC_WORD.fullmatch(surname + given)
        and _SURNAME_ONLY_ENDING.search(surname)
        and len(surname) >= 5
    ):
        return None
    if (
        given.lower() in NOT_GIVEN
        or is_patronymic(given)
        or (KK_CASE_FORM.fullmatch(given) and not _KK_GENITIVE.search(given))
        or _KK_ADJECTIVE.search(given)
        or (is_common_word(given) and not named_given(given))
        or find_town(given) is not None
        or (looks_like_surname(given) and not named_given(given))
        or surname.lower() in NOT_GIVEN
        or (is_common_word(surname) and not _plural_only(surname))
    ):
        return None
    return lead


@lru_cache(maxsize=4096)
def _plural_only(word: str) -> bool:
    """A surname that the dictionary reads only as some noun's genitive plural or a short
    adjective («Калиев»: of potassiums, potassium's), never as a noun of its own."""
    from bot.extract.names import morph

    known = [p for p in morph().parse(word.lower()) if p.is_known]
    return bool(known) and all(
        {"gent", "plur"} <= set(p.tag.grammemes) or "ADJS" in p.tag.grammemes for p in known
    )


def next_name_starts(words: list[str], following: str | None) -> bool:
    """Three title-case words whose third is the given name of the next person: «Салтанат
    Мұратова Арман Жүсіповті» (the judge, then the accused), «Рүстем Баймұханов Мирасқа» (the
    prosecutor, then whom he asked a term for: a Kazakh case form)."""
    from bot.extract.names import KK_SURNAME_IN_CASE, RU_SURNAME, is_patronymic, looks_like_surname

    if len(words) != 3:
        return False
    second, third = words[1], words[2]
    if not (RU_SURNAME.match(second) or _SURNAME_ONLY_ENDING.search(second)):
        return False
    if is_patronymic(second) or is_patronymic(third) or looks_like_surname(third):
        return False
    if KK_CASE_FORM.fullmatch(third):
        return True
    return following is not None and bool(
        looks_like_surname(following) or KK_SURNAME_IN_CASE.search(following)
    )


def word_after(text: str, end: int) -> str | None:
    """The title-case word right after `end`, with only spaces between, if any."""
    found = _word_after_pattern().match(text, end)
    return found.group(1) if found else None


@lru_cache(maxsize=1)
def _word_after_pattern() -> re.Pattern[str]:
    # (compiled on first use: `names`, which holds the letters, imports this module)
    from bot.extract.names import LOWER, UPPER

    return re.compile(rf"[ \u00a0]+([{UPPER}][{LOWER}'’-]+)(?![\w-])")


def title_runs(text: str) -> Iterator[re.Match[str]]:
    """Runs of two or three title-case words (`names.TITLE_PAIR`); three of which the third
    starts the next name («Салтанат Мұратова Арман Жүсіповті») give the first two, and the
    third is read again with what follows it."""
    from bot.extract.names import TITLE_PAIR

    at = 0
    while (match := TITLE_PAIR.search(text, at)) is not None:
        words = [w for w in match.groups() if w]
        if next_name_starts(words, word_after(text, match.end())):
            short = TITLE_PAIR.match(text, match.start(), match.end(2))
            if short is not None:
                yield short
            at = match.start(3)
            continue
        yield match
        at = match.end()
