"""A text's credits: who wrote it, took its photographs, edited or translated it.

A story may close (or open) with a line or a paragraph crediting its makers ("Photo: Lee
Min-ho; text: Aigerim Nurlanova", «Фото: Ли Мин Хо, текст: Айгерим Нурланова», «Суреттер:
Дана Оспан», "Reporting by Asel Omarova; editing by Daniyar Seitkali"), or a byline under its
headline ("By Dana Yermekova", «Құрастырған: Сәкен X»). The people it names
are writers and photographers, never a case; where the story names its person by surname
alone, they would be the only names read in full.

Invariant: only a line made wholly of credits (each a credit's label and one or more names), a
byline or a compiler's credit is rewritten, and only its names go (a byline's line is blanked
whole, joining the lines around it): no other line is added or removed and the text's
paragraphs stay as they were.
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
#: The names of one credit: one or several, joined by commas, "and" (", and"), «и», «мен», a
#: slash.
_NAMES = (
    rf"{_NAME}(?:[ \t]*(?:,(?:[ \t]*and\b)?|/|&|\band\b|\bи\b|\bмен\b|\bжәне\b)[ \t]*"
    rf"(?!{_LABEL}){_NAME})*"
)
#: One credit: its label and the names after it.
_CREDIT = re.compile(rf"(?P<label>{_LABEL})[ \t]*(?P<names>{_NAMES})")
#: A whole line of credits, separated by semicolons, commas, points, bars or slashes.
_CREDITS_LINE = re.compile(
    rf"^[ \t]*(?:{_LABEL})[ \t]*{_NAMES}"
    rf"(?:[ \t]*[;,.|/·][ \t]*(?:{_LABEL})[ \t]*{_NAMES})*[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)


#: A person's name in a byline: two or three capitalised words, no agency's ("RFE/RL's Kazakh
#: Service" stays: the lines around it read it as a byline).
_PERSON = rf"[{UPPER}][{LOWER}'’-]+(?:[ \t]+[{UPPER}][{LOWER}'’-]+){{1,2}}"
#: A byline alone on its line: "By Dana X", "By Dilnaz X, News Editor, and Tom Y, Staff
#: Writer". ("By the court's verdict, ..." opens prose: a word in lower case is no name; a
#: byline's cells, "By Dana X | Steppe Courier | 27 November 2026", are a dateline's, read there.)
_BYLINE = re.compile(
    rf"^[ \t]*(?:By|BY)[ \t]+{_PERSON}(?:,[ \t]*{_PERSON}|[ \t]*,?[ \t]+and[ \t]+{_PERSON})*"
    r"[ \t]*$",
    re.MULTILINE,
)
#: A compiler's credit opening its line, whatever the line tells of them after a comma:
#: «Құрастырған: Сәкен X, ақсақал, зейнеткер.», «Составитель: Ерлан X», "Compiled by Dana X".
_COMPILER = re.compile(
    r"^(?P<label>[ \t]*(?i:compiled\s+by|составител[ьи]|составил[аи]?|құрастырған(?:дар)?|"
    rf"құрастырушы)[ \t]*:?[ \t]+)(?P<names>{_NAMES})(?P<rest>[ \t]*(?:[,.;|·][^\n]*)?)$",
    re.MULTILINE,
)


def without_credit_names(text: str) -> str:
    """The text with the names cut out of each line of credits and of a byline (the labels
    kept)."""
    text = _CREDITS_LINE.sub(_labels_only, text)
    # (a byline's line blanked whole, with its line break: the dateline under it stays the
    # headline's next line, as a masked byline leaves it)
    text = _BYLINE.sub(lambda m: " " * len(m.group()), text)
    return _COMPILER.sub(lambda m: m.group("label") + m.group("rest"), text)


def _labels_only(line: re.Match[str]) -> str:
    """A credits line with its labels alone ("Photo: ; text:")."""
    return _CREDIT.sub(lambda credit: credit.group("label"), line.group())
