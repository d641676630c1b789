"""A text's credits: who wrote it, took its photographs, edited or translated it.

A story may close (or open) with a line or a paragraph crediting its makers ("Photo: Lee
Min-ho; text: Aigerim Nurlanova", «Фото: Ли Мин Хо, текст: Айгерим Нурланова», «Суреттер:
Дана Оспан», "Reporting by Asel Omarova; editing by Daniyar Seitkali"). The people it names
are writers and photographers, never a case; where the story names its person by surname
alone, they would be the only names read in full.

Invariant: only a line made wholly of credits (each a credit's label and one or more names) is
rewritten, and only its names go: the labels stay, so no line is added or removed and the
text's paragraphs stay as they were.
"""

from __future__ import annotations

import re

from bot.extract.names import LOWER, UPPER

#: A credit's label, then a colon or "by": what the person named after it did for the text.
_LABEL = (
    r"(?i:(?:photo(?:graph)?s?|pictures?|images?|text|words|story|video|camera|illustrations?|"
    r"design|layout|graphics|infographics?|editor|translation|translator|author|"
    r"фото(?:графи[ия])?|снимки|текст|видео|иллюстраци[ия]|дизайн|верстка|вёрстка|монтаж|"
    r"оператор|автор|редактор|перевод|инфографика|"
    r"сурет(?:тер)?|мәтін|бейне(?:жазба)?|аударған|аудармашы|безендірген)\s*:"
    r"|(?:(?:photo(?:graph)?s?|pictures?|text|words|video|illustrations?)\s+)?"
    r"(?:reporting|reported|written|editing|edited|photographed|filmed|translated|produced|"
    r"additional\s+reporting)\s+by|(?:photos?|pictures?|text|words|video)\s+by)"
)
#: One person's name in a credit: capitalised words, initials, an agency's name in quotes.
_WORD = rf"(?:[{UPPER}]\.|[{UPPER}][{UPPER}{LOWER}'’-]*(?:\.[a-z]{{2,3}}\b)?|«[^»\n]{{1,40}}»)"
_NAME = rf"(?:{_WORD}|\"[^\"\n]{{1,40}}\")(?:[ \t]+(?!{_LABEL}){_WORD}){{0,3}}"
#: The names of one credit: one or several, joined by commas, "and", «и», «мен», a slash.
_NAMES = rf"{_NAME}(?:[ \t]*(?:,|/|&|\band\b|\bи\b|\bмен\b|\bжәне\b)[ \t]*(?!{_LABEL}){_NAME})*"
#: One credit: its label and the names after it.
_CREDIT = re.compile(rf"(?P<label>{_LABEL})[ \t]*(?P<names>{_NAMES})")
#: A whole line of credits, separated by semicolons, commas, points, bars or slashes.
_CREDITS_LINE = re.compile(
    rf"^[ \t]*(?:{_LABEL})[ \t]*{_NAMES}"
    rf"(?:[ \t]*[;,.|/·][ \t]*(?:{_LABEL})[ \t]*{_NAMES})*[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)


def without_credit_names(text: str) -> str:
    """The text with the names cut out of each line of credits (the labels kept)."""
    return _CREDITS_LINE.sub(_labels_only, text)


def _labels_only(line: re.Match[str]) -> str:
    """A credits line with its labels alone ("Photo: ; text:")."""
    return _CREDIT.sub(lambda credit: credit.group("label"), line.group())
