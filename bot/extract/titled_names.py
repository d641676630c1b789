"""Names told in a form the rest of the extraction does not read as a person's.

A person told by a courtesy title and surname alone ("Mr Seitkali", "Ms Ospanova", «г-н
Сейткали», «Сейтқали мырза») in a text that names them in full elsewhere ("the journalist
Marat Seitkali"): told by that full name instead.

Invariant: only a paragraph's first titled surname is replaced, in a paragraph naming in full
no one the text gives a title, and only when the text names exactly one person in full with
that surname, and names them in full only beside others (a question naming two people,
answered a paragraph each); otherwise the text is left as it is. (An answer to a
parliamentary question, an official statement or a letter names each person in full once,
then by title: the paragraph telling their case must name them as the first one does.)

A profile's heading naming a person wholly in capitals ("ZHANAT BEKMUKHAMBETOVA, civic
activist from Oral"), its story then calling them by a word of that name ("Zhanat ran a food
bank ..."): the heading's name is told in title case, as the story tells it. Invariant: only
a line that opens with two or three words in capitals, then a comma, a dash or the line's end,
and only when the next line opens with one of those words in title case.
"""

from __future__ import annotations

import re

from bot.extract import names, nominative

#: A courtesy title and the surname after it (or, in Kazakh, before it).
_TITLED = {
    "en": re.compile(r"\b(?:Mr|Mrs|Ms|Miss)\.?\s+(?P<surname>[A-Z][\w'’-]+)"),
    "ru": re.compile(r"(?<![\w-])(?:г-н|г-жа|господин|госпожа)\s+(?P<surname>[А-ЯЁ][\w-]+)"),
    "kk": re.compile(r"(?P<surname>[А-ЯЁӘІҢҒҮҰҚӨҺ][\w-]+)\s+(?:мырза|ханым)(?![\w-])"),
}


def with_full_names(text: str, language: str) -> str:
    """`text` with the first titled surname of each paragraph naming no titled person in full
    told by the full name of the person it is (the paragraph's subject: "Mr. Akhmetov, who had
    interviewed Ms. Ismailova, ..." tells Akhmetov's case)."""
    if not _TITLED[language].search(text):
        return text
    paragraphs = re.split(r"(\n[ \t]*\n)", text)
    full: dict[str, set[str]] = {}
    alone: set[str] = set()  # the people a paragraph names in full with no one else
    named: list[set[str]] = []  # whom each paragraph names in full
    titled = {
        nominative.surname_key(m.group("surname"), language)
        for m in _TITLED[language].finditer(text)
    }
    for paragraph in paragraphs:
        mentions = [*names.find_mentions(paragraph), *names.find_title_mentions(paragraph)]
        keys = {nominative.surname_key(m.surname, language) for m in mentions if m.given}
        for mention in mentions:
            if mention.given:
                key = nominative.surname_key(mention.surname, language)
                full.setdefault(key, set()).add(mention.text)
        alone |= keys if len(keys) == 1 else set()
        named.append(keys)
    for number, paragraph in enumerate(paragraphs):
        match = _TITLED[language].search(paragraph)
        if match is None or named[number] & titled:
            continue
        key = nominative.surname_key(match.group("surname"), language)
        told = full.get(key, set())
        if len(told) == 1 and key not in alone:
            paragraphs[number] = (
                paragraph[: match.start()] + next(iter(told)) + paragraph[match.end() :]
            )
    return "".join(paragraphs)


#: A line opening with two or three words wholly in capitals, then a comma, a dash or its end.
_CAPITALS_HEADING = re.compile(
    rf"^(?P<name>[{names.UPPER}][{names.UPPER}'’-]+(?:[ \t]+[{names.UPPER}][{names.UPPER}'’-]+)"
    rf"{{1,2}})(?=[ \t]*(?:,|[–—-][ \t]|$))",
    re.MULTILINE,
)


def with_headings_in_title_case(text: str) -> str:
    """`text` with each profile's heading naming a person in capitals told in title case."""

    def title_case(match: re.Match[str]) -> str:
        words = match.group("name").split()
        rest = text[match.end() :].split("\n", 1)
        following = rest[1].lstrip() if len(rest) > 1 else ""
        if not any(re.match(rf"{re.escape(w.capitalize())}\b", following) for w in words):
            return match.group()
        return " ".join(w.capitalize() for w in words)

    return _CAPITALS_HEADING.sub(title_case, text)
