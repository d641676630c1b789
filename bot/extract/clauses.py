"""Where a sentence's clauses part, each telling its own event: "detained on 17 April and
placed in custody on 19 April", a custody told in passing before a release, a verdict and the
release in the courtroom in one sentence. `_event_kind` names the event a text tells (the first
of `lexicon.EVENT_ORDER` whose cue it has, wishes and awaited verdicts aside)."""

from __future__ import annotations

import itertools
import re

from bot.extract import lexicon
from bot.extract.blocks import Sentence
from bot.extract.datelines import AFTER_VERDICT, COURTROOM, WORK_OF, held_since
from bot.extract.sentence import find_parts
from bot.extract.values import find_dates


def _event_kind(text: str, language: str) -> str | None:
    # "Both will appeal", "is expected to read the verdict": not yet
    text = lexicon.APPEAL_INTENDED[language].sub(" ", text)
    text = lexicon.VERDICT_EXPECTED[language].sub(" ", text)
    for kind in lexicon.EVENT_ORDER:
        if lexicon.EVENTS[kind][language].search(text):
            return kind
    return None


def _cues(text: str, language: str) -> list[tuple[int, int]]:
    """Spans of every event and measure cue in a text."""
    spans = [
        (m.start(), m.end())
        for table in (*lexicon.EVENTS.values(), *lexicon.MEASURES.values())
        for m in table[language].finditer(text)
    ]
    return sorted(spans)


_CLAUSE_END = re.compile(r"[;,()—–]\s*|\s(?:and|then|и|затем|а|және|ал)\s")


#: A relative clause telling how long the person has been held ("..., who had been held in
#: the remand centre since his arrest on 11 November 2024, ...", «..., находившийся под стражей
#: с 3 марта 2025 года, ...»).
_HELD_SINCE_CLAUSE = {
    "en": re.compile(
        r",\s*who\s+(?:had|has)\s+been\s+(?:held|kept|detained|in\s+custody)\b[^,;]{0,80}?"
        r"\bsince\b[^,;]{0,60},",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r",\s*(?:находивш|содержавш|сидевш)\w*\s+[^,;]{0,60}?\bс\s+[^,;]{0,40},", re.IGNORECASE
    ),
    "kk": re.compile(r"(?!)"),
}


#: Where a verdict's clause ends and the release's begins: "; ", ", and ", " and ", «, и ».
_VERDICT_RELEASE_JOINT = {
    "en": re.compile(r"\s*;\s*|,?\s+and\s+(?=(?:he|she|they|was|were|[A-Z])\b)"),
    "ru": re.compile(r"\s*;\s*|,?\s+и\s+(?=(?:он|она|они|был\w*|освобо|[А-ЯЁ]))"),
    "kk": re.compile(r"\s*;\s*|,?\s+және\s+"),
}


#: A Kazakh participle ending a clause told of someone named after it («қамауда отырған»).
_KK_PARTICIPLE = re.compile(r"(?<=\w)(?:ған|ген|қан|кен)(?![\w-])")


def split_clauses(sentence: Sentence, language: str) -> list[Sentence]:
    """A sentence with several dated events cut into clauses, one date each: "detained on 17
    April and placed in custody on 19 April", «задержан 28 августа ... и освобождён 30 января»,
    «11 қаңтарда ұсталды, 13 қаңтарда қамауға алынды». An appeal ruling stays whole: the
    verdict it names is read from the whole sentence."""
    text = sentence.text
    dates = find_dates(text)
    released = lexicon.EVENTS["release"][language].search(text)
    if (
        released
        and COURTROOM[language].search(text, released.start())
        and lexicon.EVENTS["verdict"][language].search(text[: released.start()])
        and find_parts(text[: released.start()], language)
    ):
        # "sentenced X to three years of restricted freedom and he was released in the
        # courtroom", "...; X was released in the courtroom": the verdict and the release,
        # each its own clause (the release is dated by the verdict)
        joints = list(_VERDICT_RELEASE_JOINT[language].finditer(text, 0, released.start()))
        if joints:
            joint = joints[-1]
            return [
                Sentence(sentence.start, text[: joint.start()]),
                Sentence(sentence.start + joint.end(), text[joint.end() :]),
            ]
    held = _HELD_SINCE_CLAUSE[language].search(text)
    if held and len(dates) == 1 and held.start() < dates[0].start < held.end():
        # "Daniyar, who had been held in the remand centre since his arrest on 11 November
        # 2024, was released in the courtroom": the custody told in passing is its own event
        rest = text[: held.start()] + " " * (held.end() - held.start()) + text[held.end() :]
        if _event_kind(rest, language) is not None:
            return [
                Sentence(sentence.start + held.start(), text[held.start() : held.end()]),
                Sentence(sentence.start, rest),
            ]
    if len(dates) == 1 and held_since(text, language):
        # «Ол 2 шілдеден бері тергеу изоляторында отырған еді, үкімнен кейін сот залында
        # босатылды», "held since 2 July, she was released in the courtroom after the verdict":
        # the custody and the release, each its own clause (the release is dated by the verdict)
        clause_ends = [(e.start(), e.end()) for e in _CLAUSE_END.finditer(text, dates[0].end)]
        # «2 маусымнан бері қамауда отырған Оразалиев сот залында босатылды»: no comma, the
        # custody told by a participle before the person
        participle = _KK_PARTICIPLE.search(text, dates[0].end) if language == "kk" else None
        if participle:
            clause_ends.append((participle.end(), participle.end()))
        for start, end in clause_ends:
            tail = text[end:]
            if _event_kind(tail, language) == "release" and (
                AFTER_VERDICT[language].search(tail) or COURTROOM[language].search(tail)
            ):
                return [
                    Sentence(sentence.start, text[:start]),
                    Sentence(sentence.start + end, tail),
                ]
    if len(dates) < 2:
        return [sentence]
    if _event_kind(text, language) == "appeal_ruling":
        # "She was sentenced on 10 October 2023 ...; the city court upheld the sentence on 12
        # December 2023": clauses told apart by a semicolon, each with its date and its event.
        cut = text.find(";")
        halves = (text[:cut], text[cut + 1 :]) if cut > 0 else ()
        if halves and all(find_dates(h) and _event_kind(h, language) for h in halves):
            return [
                Sentence(sentence.start, text[: cut + 1]),
                Sentence(sentence.start + cut + 1, halves[1]),
            ]
        return [sentence]
    cues = _cues(text, language)
    cuts: list[int] = []
    low = 0
    for first, second in itertools.pairwise(dates):
        if WORK_OF[language].search(text[: second.start]):
            continue  # «... за комментарий под постом акимата от 7 марта»: the act's date
        cue_before_date = any(low <= c < first.start for c, _ in cues)
        between = [c for c, _ in cues if first.end <= c < second.start]
        limit = between[0] if cue_before_date and between else second.start
        after_second = [c for c, _ in cues if c >= second.end]
        if not cue_before_date and len(between) >= 2 and not after_second:
            # «26 марта суд поместил под домашний арест X, задержанную накануне, 25 марта»:
            # the last cue before the second date is that date's
            limit = between[-1]
        ends = [m.end() for m in _CLAUSE_END.finditer(text, first.end, limit)]
        if not ends and not cue_before_date and any(first.end <= c < second.start for c, _ in cues):
            # «22 тамызда ... айырылған белсенді 17 қарашада ... босатылды»: no comma between.
            lead = re.search(r"(?:\b(?:on|в)\s+)?$", text[first.end : second.start])
            ends = [first.end + lead.start()] if lead else [second.start]
        if not ends:
            continue
        cuts.append(ends[-1])
        low = ends[-1]
    if not cuts:
        return [sentence]
    bounds = [0, *cuts, len(text)]
    return [
        Sentence(sentence.start + a, text[a:b])
        for a, b in itertools.pairwise(bounds)
        if text[a:b].strip()
    ]
