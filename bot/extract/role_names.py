"""How the name of someone in a role (a judge, a prosecutor, a lawyer) is read beside the role
word: a name in title case or by initials right after it («Судья — Нурлан Оспанов», "judge A.
K. OSPANOVA"), initials written after a surname, and a line opening with a name before ",
<role>" ("– Aibek Nurlanov, lawyer of ..."); a name in the possessive or the genitive before
the role it owns ("Dinara X's lawyer", «Динара X-ның қорғаушысы») is the client, not the one
in the role."""

from __future__ import annotations

import re

from bot.extract import names, places

_TITLE_NAME = re.compile(
    # ("The lawyer (Dauren X, ...)": the name in brackets after the role)
    rf"^[\s:—–,(-]*((?:[{names.UPPER}][{names.LOWER}'’-]+[ \u00a0]+){{1,2}}"
    rf"[{names.UPPER}][{names.LOWER}'’-]+)"
)


_INITIALS_NAME = re.compile(
    # (a Latin initial of two letters for one Kazakh or Russian letter: "Ye.", "Zh.", "Sh.")
    rf"^[\s:—–,-]*((?:(?:{names.LATIN_DIGRAPH_INITIALS}|[{names.UPPER}])\.[ \u00a0]?){{1,2}}"
    rf"[ \u00a0]?"
    rf"[{names.UPPER}][{names.UPPER}{names.LOWER}'’-]+)"
)


#: Initials written after a surname ("ZHANBYRBAYEV T.", «КАПАНОВ Р. Б.»), before a sentence's
#: end or a line's.
TRAILING_INITIALS = re.compile(
    rf"[ \u00a0]+((?:(?:{names.LATIN_DIGRAPH_INITIALS}|[{names.UPPER}])\.[ \u00a0]?){{1,2}})"
    r"(?=\s|$)"
)


def initials_name(text: str, offset: int) -> names.Mention | None:
    """A judge or prosecutor named by initials, as court papers do: "judge A. K. OSPANOVA",
    «Судья — Р. Б. КАПАНОВ», "Judge: M. Aldabergenov"."""
    match = _INITIALS_NAME.match(text)
    if not match:
        return None
    # the initials as written: «Н.С. Жумагалиевой» keeps «Н.С.», «Н. С.» its space
    split = re.match(r"(.*\.)[ \u00a0]?(\S+)$", match.group(1))
    assert split is not None  # the pattern ends with initials, then a word
    words = [*split.group(1).split(), split.group(2)]
    if not names.looks_like_surname(words[-1]) and not words[-1].isupper():
        return None
    start = offset + match.start(1)
    return names.Mention(start, start + len(match.group(1)), words, len(words) - 1)


#: A surname alone right after the role word («Судья Бейсенова начала читать», "Prosecutor
#: Yessenov asked for ...", «Прокурор Есенов просил»), before a lower-case word or a stop.
_SURNAME_ALONE = re.compile(
    rf"^[ \u00a0]*[:—–-]?[ \u00a0]*([{names.UPPER}][{names.LOWER}'’-]+)"
    rf"(?=[ \u00a0]+[{names.LOWER}]|[ \u00a0]*[,.;:)]|[ \u00a0]*$)"
)


#: A surname's nominative ending: not the dative or the genitive of one sentenced («Судья
#: Бекжановқа бір жыл», «Судья Иванову назначил»).
_NOMINATIVE_SURNAME = re.compile(
    r"(?:[оеё]в|[иы]н|[оеё]ва|[иы]на|ск(?:ий|ая)|[ұу]лы|[қк]ызы|бай|бек|енко|ov|ev|ova|eva|in|ina|"
    r"uly|kyzy|bay|bek|enko|sky|skaya)$",
    re.IGNORECASE,
)


def surname_alone(text: str, offset: int) -> names.Mention | None:
    """A judge or prosecutor named by the surname alone right after the role word; the word must
    end like a surname and be no common word."""
    match = _SURNAME_ALONE.match(text)
    if not match:
        return None
    word = match.group(1)
    if not _NOMINATIVE_SURNAME.search(word) or names.is_common_word(word):
        return None  # («Судья Бекжановқа бір жыл ...»: the one sentenced, in the dative)
    start = offset + match.start(1)
    return names.Mention(start, start + len(word), [word], 0)


def title_case_name(text: str, offset: int) -> names.Mention | None:
    """A name written without capitals right after a role word: «Судья — Нурлан Оспанов»,
    "Judge Kairat Mukhamedzhanov"; the last word must end like a surname."""
    match = _TITLE_NAME.match(text)
    if not match:
        return None
    words = match.group(1).split()
    start = offset + match.start(1)
    if names.another_surname_after(words):
        # «Прокурор Мәди Құрманғалиев Нұрмановқа ... сұраған»: whom the prosecutor asked for
        words = words[:2]
        return names.Mention(start, start + len(" ".join(words)), words, 1)
    # «Судья — Серикбаева Айгуль Кайратовна»: surname first, before a patronymic
    if len(words) == 3 and names.is_patronymic(words[2]) and names.looks_like_surname(words[0]):
        return names.Mention(start, start + len(match.group(1)), words, 0)
    # «Судья — Виктор Андреевич Ли»: a patronymic between tells a name whatever its surname
    patronymic = len(words) == 3 and names.is_patronymic(words[1])
    if len(words) == 3 and (
        (
            not patronymic
            and (names.RU_SURNAME.match(words[1]) or names.looks_like_surname(words[1]))
            and names.looks_like_surname(words[2])
        )
        or names.KK_SURNAME_IN_CASE.search(words[2])
    ):
        # «Прокурор Мәди Құрманғалиев Нұрмановқа 7 жыл сұраған», «прокурор Асет Калиев
        # Омарову запросил ...», «Прокурор Ерлан Бекұлы Сейтовқа ...»: the role's holder is
        # the sentence's subject; a surname after their name (in a case form) is whom it
        # speaks of
        words = words[:2]
        return names.Mention(start, start + len(" ".join(words)), words, 1)
    if (
        not names.looks_like_surname(words[-1])
        and not patronymic
        and not _plain_two_word_name(text, match)
    ):
        return None
    return names.Mention(start, start + len(match.group(1)), words, len(words) - 1)


def _plain_two_word_name(text: str, match: re.Match[str]) -> bool:
    """«судья Ерлан Сейітқали жариялады»: a given name and a surname without a usual ending,
    right after the role word and before a lowercase word or the sentence's end; neither a
    dictionary word, a town nor a role word."""
    words = match.group(1).split()
    return (
        len(words) == 2
        and bool(re.match(r"[\s,;:.)]|\s*$|\s+[a-zа-яёәғқңөұүһі]", text[match.end() :]))
        and not any(
            w.lower() in names.NOT_GIVEN
            or w.upper() in names.ACRONYMS
            or names.is_common_word(w)
            or places.find_town(w) is not None
            for w in words
        )
    )


#: A name in the possessive or the genitive, before the role it is the owner of: "Dana
#: Yessenova's (lawyer)", «Жанна Әбдікәрімованың (қорғаушысы)»: the client.
WHOSE = re.compile(r"['’]s?\s*$|(?:ның|нің|тың|тің|дың|дің)\s*$", re.IGNORECASE)
_ROLE_OWNED = re.compile(
    r"(?:['’]s)?\s+(?:defen[cs]e\s+)?(?:lawyer|attorney|counsel|қорғаушысы|адвокаты)\b",
    re.IGNORECASE,
)


def named_before_role(
    block: str, mentions: list[names.Mention], cue_start: int
) -> names.Mention | None:
    """The name opening a line (a list's item, a guest's line) just before ", <role>": "–
    Aibek Nurlanov, lawyer of ...", «Айбек Нурланов, адвокат Динары ...»: the one in the role,
    whoever is named after it."""
    for mention in mentions:
        line_start = block.rfind("\n", 0, mention.start) + 1
        if re.fullmatch(r"\s*,\s*", block[mention.end : cue_start]) and re.fullmatch(
            r"[ \t]*(?:[–—•*-][ \t]*)?", block[line_start : mention.start]
        ):
            return mention
    return None


def client_named(block: str, start: int, end: int) -> bool:
    """Whether the name at start..end is whose lawyer the next word is, not the lawyer."""
    possessive = block[end : end + 1] in "'’" or WHOSE.search(block[start:end]) is not None
    return possessive and _ROLE_OWNED.match(block, end) is not None
