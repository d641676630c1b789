"""A case's name in full where the text gives it anywhere.

A court's press release names the accused in full once («осуждённого Кима Виктора
Алексеевича») and by initials after that («Ким В. А.»); a chat's message names a woman by her
given name and patronymic («У Светланы Александровны ...») under a schedule that gives her
surname («Ким Светлана Александровна»). The case is read from the paragraph that tells of it,
which may hold only the short form; the record takes the full one.

Invariants: a name is completed only when it lacks something (its given names are initials
only, or its last word is a patronymic: no surname) and exactly one full name in the text fits
it: the same surname (in any case form) and given names beginning with the initials, or the
same given name and patronymic with a surname. A name that is complete is never changed, and
nothing is completed from a name that itself has initials only.
"""

from __future__ import annotations

import re

from bot.extract import names, nominative
from bot.extract.record import Record
from bot.extract.relatives import given_key

_INITIAL = re.compile(rf"(?:{names.LATIN_DIGRAPH_INITIALS}|[{names.UPPER}])\.")
#: The endings a Russian surname that ends in a consonant takes as a noun («Ким»: «Кима»,
#: «Киму», «Кимом», «Киме»), so a surname written in an oblique case is still the same.
#: A Russian patronymic («Александровна», «Серикбаевич»). A Kazakh one («Болатұлы»,
#: «Ермекқызы») is written as the surname too, so a name that ends in it is complete.
_RUSSIAN_PATRONYMIC = re.compile(r"(?:ович|евич|овна|евна|ична|ovich|evich|ovna|evna)$", re.I)
_NOUN_ENDING = re.compile(r"(?:а|у|ом|ем|е)$", re.IGNORECASE)
_SOFT_NOUN_ENDING = re.compile(r"(?:я|ю|ем|е)$", re.IGNORECASE)


def complete_names(records: list[Record], text: str, language: str) -> None:
    """Give each record whose name lacks a part the full name the text writes (in place)."""
    short = [r for r in records if _lacks_a_part(r["person"].get("name") or "")]
    if not short:
        return
    mentions = [
        m
        for m in names.find_mentions(text) + names.find_title_mentions(text)
        if m.given and not _initials(m.given) and not names.is_patronymic(m.surname)
    ]
    if language == "kk":
        mentions += _russian_names_in_kazakh_cases(text)
    for record in short:
        person = record["person"]
        words = person["name"].split()
        fitting = {
            full
            for m in mentions
            if _fits(words, m, language) and (full := _in_nominative(m, words, language))
        }
        if len(fitting) != 1:
            continue  # none, or two people it could be: left as the text wrote it
        full = fitting.pop()
        person["name"] = full
        full_words = full.split()
        person["surname"] = full_words[-1]
        person["given_names"] = " ".join(full_words[:-1]) or None


def _russian_names_in_kazakh_cases(text: str) -> list[names.Mention]:
    """A Kazakh text's Russian name surname first, its patronymic with a Kazakh case suffix
    («Колесников Сергей Владимировичке», «Петрова Анна Ивановнаға»): the name with the
    patronymic in the nominative."""
    found: list[names.Mention] = []
    for match in _SURNAME_GIVEN_PATRONYMIC_IN_CASE.finditer(text):
        surname, given, patronymic = match.group(1), match.group(2), match.group(3)
        if names.looks_like_surname(surname) and not names.looks_like_surname(given):
            found.append(names.Mention(match.start(), match.end(), [surname, given, patronymic], 0))
    return found


_SURNAME_GIVEN_PATRONYMIC_IN_CASE = re.compile(
    rf"(?<![\w-])([{names.UPPER}][{names.LOWER}]+)[ \u00a0]+([{names.UPPER}][{names.LOWER}]+)"
    rf"[ \u00a0]+([{names.UPPER}][{names.LOWER}]+(?:ович|евич|овна|евна))"
    r"(?:ке|ті|тің|тен|пен|те|ға|ны|ның|дан|мен|да)(?![\w-])"
)


def _initials(words: list[str]) -> bool:
    return bool(words) and all(_INITIAL.fullmatch(w) for w in words)


def _lacks_a_part(name: str) -> bool:
    """«В. А. Ким» (initials only), «Светлана Александровна» (no surname after a Russian
    patronymic)."""
    words = name.split()
    if len(words) < 2:
        return False
    return _initials(words[:-1]) or bool(_RUSSIAN_PATRONYMIC.search(words[-1]))


def _fits(words: list[str], mention: names.Mention, language: str) -> bool:
    """Whether the full name of `mention` is what the short name `words` stands for."""
    if _initials(words[:-1]):
        letters = [w.rstrip(".").casefold() for w in words[:-1]]
        given = mention.given
        return (
            len(given) >= len(letters)
            and all(g.casefold().startswith(a) for g, a in zip(given, letters, strict=False))
            and _same_surname(words[-1], mention.surname, language)
        )
    # the given name and the patronymic, in any case form
    given = mention.given
    return len(given) == len(words) and all(
        given_key(a) == given_key(b) for a, b in zip(given, words, strict=True)
    )


def _same_surname(short: str, written: str, language: str) -> bool:
    """«Ким» and «Кима», «Цой» and «Цоя» (a man's surname ending in a consonant declines as a
    noun), «Сапарова» and «САПАРОВОЙ» (by the surname's key)."""
    if nominative.surname_key(short, language) == nominative.surname_key(written, language):
        return True
    if language != "ru":
        return False
    folded, nominative_form = written.casefold(), short.casefold()
    if nominative_form.endswith("й"):
        # «Цой»: «Цоя», «Цою», «Цоем»
        soft = _SOFT_NOUN_ENDING.search(folded)
        return soft is not None and folded[: soft.start()] == nominative_form[:-1]
    ending = _NOUN_ENDING.search(folded)
    return ending is not None and folded[: ending.start()] == nominative_form


def _in_nominative(mention: names.Mention, short: list[str], language: str) -> str:
    """The full name as the record writes it: the given names first, in the nominative."""
    if language == "ru":
        gender = (
            nominative.ru_patronymic_gender([mention])
            or nominative.ru_surname_gender_of([mention])
            or names.gender_of_nominative(short[-1])
        )
        return nominative.ru_nominative(mention, gender)
    if language == "kk":
        return nominative.kk_nominative(mention)
    words = mention.words
    return " ".join([*mention.given, names.title_case(words[mention.surname_index])])
