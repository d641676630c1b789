"""A court panel's members, listed after a label, are officials: none of them is a case.

A court's case card or an appeal ruling lists the judges who sat: "Panel: Serikbayev Ye.N.,
Omarova L.T., Niyazbekov A.S.", «Состав коллегии: Серикбаев Е.Н., Омарова Л.Т.», «Алқа құрамы:
Серікбаев Е.Н., Омарова Л.Т., Ниязбеков А.С.». The judge who reported is told on a line of
its own ("Judge-rapporteur: ..."); the list names them all again, with the others, so its
names are blanked (offsets kept) and no panel member is taken for someone prosecuted.
"""

from __future__ import annotations

import re

#: The label of a list of the judges who sat, at a line's start.
_PANEL_LABEL = re.compile(
    r"^[ \t]*(?:(?:the\s+)?(?:appeal\s+)?(?:panel|bench|composition\s+of\s+the\s+(?:court|panel|"
    r"board))(?:\s+of\s+judges)?|judges|состав\s+(?:суда|(?:судебной\s+)?коллегии)|"
    r"(?:судебная\s+)?коллегия(?:\s+в\s+составе)?|судьи|алқа\s+(?:құрамы|мүшелері)|"
    r"сот\s+алқасының\s+құрамы|судьялар)[ \t]*[:—–-][ \t]*(?P<names>[^\n]+)$",
    re.IGNORECASE | re.MULTILINE,
)

#: At least two names in the list, joined by commas or "and": a panel, not one person.
_LISTED = re.compile(r",|\s(?:and|и|мен|және)\s")


def without_panel_members(text: str) -> str:
    """The text with the names listed after a court panel's label blanked."""

    def blank(match: re.Match[str]) -> str:
        if not _LISTED.search(match.group("names")):
            return match.group()
        cut = match.start("names") - match.start()
        return match.group()[:cut] + " " * (match.end() - match.start("names"))

    return _PANEL_LABEL.sub(blank, text)
