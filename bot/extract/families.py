"""One family in one text: relatives of one surname named with different given names are
each a case of their own («Асель НУРГАЛИЕВУ и её мужа Тимура НУРГАЛИЕВА»).

Invariant: a family is told apart only by the given names of people who share a surname; the
relative who writes, one introduced as the person's kin and a letter's signature are no case of
the family, nor is one whose own sentences (and those going on about them in their paragraph)
tell no event of a prosecution while another's do; what is said of one relative only is blanked
in the other's text (offsets kept).
"""

from __future__ import annotations

import itertools
import re

from bot.extract import lexicon, names, nominative, roles
from bot.extract.blocks import other_spellings, split_sentences
from bot.extract.clauses import event_kind
from bot.extract.references import REQUEST
from bot.extract.relatives import authors, given_key, kin_introduced
from bot.extract.roles import role_before
from bot.extract.sentence import find_parts
from bot.extract.values import mask

#: A preventive measure named in any language (house arrest, custody, a travel ban).
MEASURE = re.compile(
    "|".join(table[language].pattern for table in lexicon.MEASURES.values() for language in table),
    re.IGNORECASE,
)


def is_requested(text: str, language: str) -> bool:
    """What the prosecution asked for, or what the law provides at most: nobody's punishment."""
    return re.search(REQUEST[language], text, re.IGNORECASE) is not None


def signature(block: str, start: int) -> bool:
    """A name on the text's last line, short and with nothing told ("Гульнар Маратова, г.
    Туркестан" under a mother's letter; a sign-off such as «Поделитесь постом» may follow):
    who wrote it, not one of a family prosecuted."""
    line_start = block.rfind("\n", 0, start) + 1
    line_end = block.find("\n", start)
    line = block[line_start : line_end if line_end >= 0 else len(block)].strip()
    after = block[line_end:].strip() if line_end >= 0 else ""
    # the day it was signed («Айгерим Оспанова, 30 ноября 2026») is no age or birth year
    undated = SIGNED_ON.sub("", line)
    return (
        len(line) <= 80
        and not re.search(r"\d{4}|\d+\s*(?:лет|жыл|year)", undated)
        and all(
            len(rest) <= 80
            and not re.search(r"\d", rest)
            and not names.find_title_mentions(rest)
            and not any(m.given for m in names.find_mentions(rest))
            for rest in after.splitlines()
            # (a line of hashtags, «#свободуСейтжанову #Кызылорда #статья274», tells nothing)
            if rest.strip() and not _HASHTAGS.fullmatch(rest.strip())
        )
    )


_HASHTAGS = re.compile(r"#[\w-]+(?:\s+#[\w-]+)*")


#: A sign-off's date after the name: ", 30 ноября 2026", ", 30.11.2026", ", 2026 жылғы 30 қараша".
SIGNED_ON = re.compile(
    r",\s*(?:\d{1,2}\s+[^\W\d]+\s+\d{4}(?:\s*(?:года|г\.))?|\d{1,2}\.\d{1,2}\.\d{4}"
    r"|\d{4}\s+жылғы\s+\d{1,2}\s+[^\W\d]+)\s*$"
)


#: A Russian kin word before a name: «сын Талгата», «жена Марата» (the name in the genitive
#: is whose kin the one told is).
_RU_KIN_BEFORE = re.compile(
    r"(?<![\w-])(?i:сын|дочь|жена|супруга|муж|супруг|брат|сестра|мать|отец)[ \t]+$"
)


_PATRONYMIC = re.compile(r"(?:ович|евич|овна|евна|ична|[ұу]лы|[қк]ызы|uly|kyzy)\w{0,3}$", re.I)


def _kin_owner(text: str, start: int, word: str) -> bool:
    """Whether the given name `word` at `start` is told only as whose kin another is («был
    задержан сын Талгата, Нурсултан»: the sentence tells of Nursultan): after a kin word, in a
    case form other than its own (a name in the nominative there is the relative's own: «её муж
    Азамат»)."""
    word = re.sub(r"-\w+$", "", word)  # «Талгата-ага»: the name, without the address
    return bool(_RU_KIN_BEFORE.search(text[max(0, start - 12) : start])) and (
        names.given_lemma(word) != word.casefold()
    )


def family_variants(block: str, language: str) -> list[tuple[str | None, str]] | None:
    """People of one family in one text («Асель НУРГАЛИЕВУ и её мужа Тимура НУРГАЛИЕВА»): one
    surname, different given names. Each gets the text without what is said of the other only
    (a sentence or, where each is named with a punishment or a measure, a part of one)."""
    mentions = [m for m in names.find_mentions(block) if m.given] or names.find_title_mentions(
        block
    )
    mentions = [
        m for m in mentions if not role_before(block, m.start) and not signature(block, m.start)
    ]
    mentions = [m for m in mentions if not roles.only_in_role(block, [m], language)]  # a sender
    # "Bauyrzhan X (also spelled Baurzhan X in some media)": the same person's other spelling,
    # no relative of the same surname
    spelled = other_spellings(block, language)
    mentions = [m for m in mentions if not any(a <= m.start < b for a, b in spelled)]
    # «Я, Асель Кудайбергенова, жена Бауыржана Кудайбергенова»: the relative who writes
    writers = authors(block, mentions)
    mentions = [m for m in mentions if given_key(m.given[0]) not in writers]
    by_surname: dict[str, list[str]] = {}
    for mention in mentions:
        stems = by_surname.setdefault(nominative.surname_key(mention.surname, language), [])
        if given_key(mention.given[0]) not in stems:
            stems.append(given_key(mention.given[0]))
    for stems in by_surname.values():
        # «Жумабаев Ерасыл ... Е. Жумабаева»: an initial of a given name told in full is that
        # name, not a relative's
        full = [s for s in stems if not s.endswith(".")]
        stems[:] = [s for s in stems if not (s.endswith(".") and any(f[:1] == s[:1] for f in full))]
    # «Мы поговорили с его женой Гаухар X», «Белсендінің жұбайы Айнұр X»: a relative
    # introduced as the person's kin speaks of the case, not one of a family prosecuted
    kin = {given_key(m.given[0]) for m in mentions if kin_introduced(block, m.start)}
    for stems in by_surname.values():
        if any(s not in kin for s in stems):
            stems[:] = [s for s in stems if s not in kin]
    families = [(key, stems) for key, stems in by_surname.items() if len(stems) >= 2]
    if len(families) != 1:
        return None
    surname, stems = families[0]
    # a letter's «мой сын Тимур» beside its writer «Лариса Жаксылыкова»: the one the writer
    # calls hers is the case
    mine = {
        given_key(m.given[0])
        for m in mentions
        if nominative.surname_key(m.surname, language) == surname
        and lexicon.MY_KIN.search(block[max(0, m.start - 40) : m.start])
    }
    if len(mine) == 1 and mine < set(stems):
        return [(f"{surname}|{next(iter(mine))}", block)]
    said: list[tuple[int, int, str]] = []  # (start, end, stem) of what is said of one of them
    for sentence in split_sentences(block):
        named = [
            (sentence.start + w.start(), given_key(w.group()))
            for w in re.finditer(rf"[{names.UPPER}][\w'’-]+", sentence.text)
            if given_key(w.group()) in stems
        ]
        named = [n for i, n in enumerate(named) if i == 0 or n[1] != named[i - 1][1]]
        end = sentence.start + len(sentence.text)
        if len({stem for _, stem in named}) == 1 and not is_requested(sentence.text, language):
            # (what the prosecutor asked for one of them is told of all: the prosecutor is each
            # one's, and a request is no sentence)
            said.append((sentence.start, end, named[0][1]))
        elif len(named) >= 2:
            bounds = [start for start, _ in named] + [end]
            pieces = [block[a:b] for a, b in itertools.pairwise(bounds)]
            if all(find_parts(p, language) or MEASURE.search(p) for p in pieces):
                said += [(a, b, stem) for (a, stem), b in zip(named, bounds[1:], strict=True)]
    # a relative told only in sentences of their own that tell no event of a prosecution (the
    # convict's mother «нуждается в уходе», a lawyer of the family), beside one whose own
    # sentences tell one: the relative is no case
    # (a sentence naming none of them goes on about the one named alone before it in its
    # paragraph: «Дәурен X (1985 ж.т.), инженер. 2023 жылғы 28 қарашада ұсталып ...»)
    prosecuted: set[str] = set()
    last: str | None = None
    said_to = 0
    for sentence in split_sentences(block):
        lead = len(sentence.text) - len(sentence.text.lstrip())
        if "\n\n" in block[said_to : sentence.start + lead]:
            last = None
        said_to = sentence.start + len(sentence.text)
        told = {
            given_key(w.group())
            for w in re.finditer(rf"[{names.UPPER}][\w'’-]+", sentence.text)
            if not _kin_owner(sentence.text, w.start(), w.group())
            and not _PATRONYMIC.search(w.group())  # «Нурсултан Талгатович»: no Talgat
        }
        told &= set(stems)
        if len(told) == 1:
            last = next(iter(told))
        elif told:
            last = None
        if last is not None and len(told) <= 1 and event_kind(sentence.text, language):
            prosecuted.add(last)
    if prosecuted and len(prosecuted) < len(stems):
        stems = [s for s in stems if s in prosecuted]
        if len(stems) == 1:
            return [(f"{surname}|{stems[0]}", block)]
    variants: list[tuple[str | None, str]] = []
    for stem in stems:
        others = [(a, b) for a, b, who in said if who != stem]
        variants.append((f"{surname}|{stem}", mask(block, others)))
    return variants
