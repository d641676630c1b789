"""A story's lead told of each co-defendant, without the punishment it tells of the first.

A wire story opens with a paragraph naming nobody ("A court in X region has sentenced a farmer
who led protests to five years in prison"), then a paragraph per defendant. The lead's court, day
and place are each one's; the punishment it tells is the one of the person the story is about,
told first. A later defendant whose own paragraphs tell their punishment ("In the same trial, Y
was sentenced to two years of freedom limitation") gets the lead with its terms, sums and hours
blanked (offsets kept); one whose paragraphs tell none still reads them there. A digest's
contents line ("In this issue: one new arrest, one appeal ruling", «В этом выпуске: ...») tells
nothing of anyone: it is blanked before the text is read.
"""

from __future__ import annotations

import re

from bot.extract import names
from bot.extract.blocks import split_sentences
from bot.extract.sentence import find_parts
from bot.extract.values import find_amounts, find_hours, find_terms, mask


def lead_for_later(lead: str, block: str, language: str) -> str:
    """`lead` as read with a later defendant's `block`: without its punishments' values when
    `block` tells a punishment of its own."""
    if not any(find_parts(s.text, language) for s in split_sentences(block)):
        return lead
    spans: list[tuple[int, int]] = []
    for sentence in split_sentences(lead):
        if not find_parts(sentence.text, language):
            continue
        text = sentence.text
        found = [(v.start, v.end) for v in find_terms(text)]
        found += [(v.start, v.end) for v in find_amounts(text)]
        found += [(v.start, v.end) for v in find_hours(text)]
        spans += [(sentence.start + a, sentence.start + b) for a, b in found]
    return mask(lead, spans)


def headline_for_later(
    block: str, variants: list[tuple[str | None, str]], language: str
) -> list[tuple[str | None, str]]:
    """Co-defendants' texts of one block, the headline's or lead's punishment told before anyone
    is named ("... jailed: the businessman gets 4 years") left to the first one only (see
    `lead_for_later`)."""
    mentions = names.find_mentions(block) + names.find_title_mentions(block)
    first = min((m.start for m in mentions), default=0)
    return variants[:1] + [
        (key, lead_for_later(text[:first], text[first:], language) + text[first:])
        for key, text in variants[1:]
    ]


#: A digest's contents line: what the issue holds, listed after a colon, no event of any case
#: (not "In this episode we discuss X's case. She was charged on ...", a story's opening).
_CONTENTS = re.compile(
    r"^[^\w\n]*(?:in\s+(?:this|today['’]s)\s+(?:issue|edition|digest|bulletin)|"
    r"в\s+(?:этом|сегодняшнем)\s+(?:выпуске|номере|дайджесте|бюллетене)|"
    r"бұл\s+(?:санда|шығарылымда|дайджестте))\s*:[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)


def without_contents(text: str) -> str:
    """`text` with a digest's contents line blanked (offsets kept)."""
    return _CONTENTS.sub(lambda m: " " * len(m.group()), text)
