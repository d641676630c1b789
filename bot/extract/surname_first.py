"""Names written surname first with a patronymic, as forms, court papers and registers write
them («ФИО: Кайратов Ержан Болатович», «Подсудимый: ЕРМЕКОВ ТАЛГАТ СЕРИКОВИЧ»): which three
words are one person's name, the surname the first."""

from __future__ import annotations

import re

from bot.extract.name_trades import is_trade
from bot.extract.names import (
    ACRONYMS,
    CAPITALS_WORD,
    NOT_GIVEN,
    PATRONYMIC,
    RU_SURNAME,
    TITLE_WORD,
    Mention,
    is_common_word,
    kazakh_not_given,
    looks_like_surname,
    named_given,
    title_case,
)
from bot.extract.places import find_town

_TITLE_TRIPLE = re.compile(
    rf"(?<![\w-])(?=({TITLE_WORD})[ \u00a0]+({TITLE_WORD})[ \u00a0]+({TITLE_WORD})(?![\w-]))"
)


#: A kind of settlement written before its name: «села», «с.», «пос.», «поселка», "village of".
_SETTLEMENT_KIND_BEFORE = re.compile(
    r"(?<![\w-])(?:сел[аоеу]|с\.|пос\.|посёлк\w*|поселк\w*|аул[аеу]?|ауылы|village\s+of|"
    r"village)\s*$",
    re.IGNORECASE,
)


def surname_first_with_patronymic(text: str) -> list[Mention]:
    """A form's «ФИО: Кайратов Ержан Болатович», «Әбенов Ғалымжан Серікұлы», a press release's
    «в отношении Кравченко Олега Викторовича», a verdict's «Признать Бекмуратова Айдоса
    Ерланулы виновным»: the surname (of any ending) first, then the given name and the
    patronymic, wherever the three stand (a capitalised word may come before them)."""
    found: list[Mention] = []
    for match in _TITLE_TRIPLE.finditer(text):
        words = [match.group(1), match.group(2), match.group(3)]
        if (
            PATRONYMIC.search(words[2])
            and (RU_SURNAME.match(words[0]) or not is_common_word(words[0]))
            and not any(w.lower() in NOT_GIVEN for w in words)
            and not is_trade(words[0])
            # «Ұлымыз Ернар Қайыржанұлы», «Адвокатымыз ...»: our son, our lawyer, no surname
            and not kazakh_not_given(words[0], False)
            # «из села Шетпе Жандосу Кайратулы»: a village's name before the given name (a
            # village told as one: «Сейтқали Ермек Бақытжанұлы» in a verdict is a man whose
            # surname is also a village's name)
            and not (
                not looks_like_surname(words[0])
                and find_town(words[0], villages=True) is not None
                and _SETTLEMENT_KIND_BEFORE.search(
                    text[max(0, match.start(1) - 30) : match.start(1)]
                )
            )
            and not any(m.start <= match.start() < m.end for m in found)
            # «айыптаушы Айдос Рахымжанов Сәуле Жұмабайқызына 7 жыл»: a given name before the
            # first word makes it that name's surname, the next person's name after it
            and not _given_name_before(text, match.start(1))
        ):
            end = match.start() + len(" ".join(words))
            found.append(Mention(match.start(), end, words, 0))
    # a court card's or a register's «Подсудимый: ЕРМЕКОВ ТАЛГАТ СЕРИКОВИЧ», «Сотталған: ТӨЛЕГЕН
    # ЖАНДОС НҰРЛАНҰЛЫ»: the same three words all in capitals, the last a patronymic (no
    # heading's three words end so), read as the name written in title case
    for match in _CAPS_TRIPLE.finditer(text):
        words = [title_case(w) for w in match.groups()]
        if (
            PATRONYMIC.search(words[2])
            and not PATRONYMIC.search(words[1])
            and not any(w.upper() in ACRONYMS or w.lower() in NOT_GIVEN for w in words)
            and not any(m.start <= match.start() < m.end for m in found)
        ):
            found.append(Mention(match.start(), match.end(), words, 0))
    return sorted(found, key=lambda m: m.start)


def _given_name_before(text: str, start: int) -> bool:
    """Whether the word right before `start` (a space between) is a given name the dictionary
    knows, not a word of the sentence («Признать», «Подсудимый»)."""
    before = re.search(r"(?<![\w-])([^\W\d_][\w-]*)[ \u00a0]+$", text[max(0, start - 30) : start])
    return (
        before is not None
        and before.group(1)[0].isupper()
        and named_given(before.group(1))
        and not is_common_word(before.group(1))
        and before.group(1).lower() not in NOT_GIVEN
    )


#: Three words all in capitals («ЕРМЕКОВ ТАЛГАТ СЕРИКОВИЧ»), on one line.
_CAPS_TRIPLE = re.compile(
    rf"(?<![\w-])({CAPITALS_WORD})[ \u00a0]+({CAPITALS_WORD})[ \u00a0]+({CAPITALS_WORD})(?![\w-])"
)


#: A register's or a CV's entry naming someone surname first, in capitals, a comma before the
#: given name and what they do or where from in brackets after it: "KAIRATOV, Yerzhan (blogger,
#: Aktau)", «ЕРМЕКОВА, Дана (журналист)», «ҚАЙРАТОВ, Ержан (белсенді)».
_REGISTER_ENTRY = re.compile(
    rf"(?<![\w-])(?P<surname>{CAPITALS_WORD}),(?P<space>[ \u00a0]+)"
    rf"(?P<given>{TITLE_WORD}(?:[ \u00a0]+{TITLE_WORD})?)(?=[ \t]*\()"
)


def without_register_commas(text: str) -> str:
    """The comma of a register's entry "SURNAME, Given (trade, town)" written as a space, as
    the entry's "SURNAME Given" is read; the text keeps its length and offsets."""
    return _REGISTER_ENTRY.sub(_entry_without_comma, text)


def _entry_without_comma(entry: re.Match[str]) -> str:
    surname, given = entry.group("surname"), entry.group("given")
    if find_town(surname) is not None or any(w.lower() in NOT_GIVEN for w in given.split()):
        return entry.group()  # a dateline's "ALMATY, Kazakhstan (Reuters)"
    return f"{surname} {entry.group('space')}{given}"
