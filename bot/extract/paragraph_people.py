"""Whether a paragraph that names someone new still goes on with the person of the paragraphs
before it: it opens with them, names them first in the sentence naming the new one, or gives them
a punishment before the new one is named. Co-defendants told together stay in one block, to be
told apart sentence by sentence (bot.extract.codefendants).

Invariant: the person before is named by a word that ends like a surname, and a paragraph that
names only new people never goes on with the one before.
"""

from __future__ import annotations

import re

from bot.extract import names, nominative


def goes_on_about(paragraph: str, people: set[str], known: set[str], language: str) -> bool:
    """Whether a paragraph naming someone new goes on with a person of the case before, named
    by surname alone: it opens with them ("Ospanov, 41, a blogger, ... he and his cousin Ruslan
    K. went live"), or the sentence naming the new one names them first («... жүктеген
    Бекмырзаевтың досы, дизайнер Ермек Т.»). The new one is told beside them (co-defendants are
    told apart within a block)."""
    words = list(re.finditer(rf"(?<![\w-])[{names.UPPER}][\w'’-]+", paragraph))
    opening = re.match(rf"\s*(?:[^\W\d_][\w-]*\s+){{0,3}}?([{names.UPPER}][\w'’-]+)", paragraph)
    if opening is not None and words and words[0].start() == opening.start(1):
        # the paragraph opens with the person before ("Ospanov, 41, a blogger, ...")
        first = nominative.surname_key(re.sub(r"['’]s$", "", words[0].group()), language)
        if first in known and first not in people:
            return True
    for index, word in enumerate(words):
        key = nominative.surname_key(re.sub(r"['’]s$", "", word.group()), language)
        if key not in known or key in people or not names.looks_like_surname(word.group()):
            continue
        if _punished_first(paragraph, word, words[index + 1 :], people, language):
            return True
        for later in words[index + 1 :]:
            if re.search(r"[.!?](?:\s|$)", paragraph[word.end() : later.start()]):
                break
            if nominative.surname_key(later.group(), language) in people:
                return True
    return False


def _punished_first(
    paragraph: str, word: re.Match[str], later: list[re.Match[str]], people: set[str], language: str
) -> bool:
    """Whether the person before, named by surname, is given a punishment in a sentence of the
    paragraph before the new one is named ("judge X sentenced Tleubayev to six years. His deputy,
    Saule Ibrayeva, ..."): a co-defendant's story, told beside theirs."""
    from bot.extract.sentence import find_parts

    new = [w for w in later if nominative.surname_key(w.group(), language) in people]
    if not new:
        return False
    start = max(paragraph.rfind(". ", 0, word.start()), 0)
    end = paragraph.find(". ", word.end())
    return 0 <= end < new[0].start() and bool(find_parts(paragraph[start:end], language))
