"""Clauses of a sentence, one dated event each, and the event and measure a clause tells.

A sentence telling several dated events is cut into clauses ("detained on 17 April and placed in
custody on 19 April"); a table row is cut into its cells first (each cell's days are its own), and
a clause that only tells how long someone has been held is its own event. The event a text tells
is the first of lexicon.EVENT_ORDER whose cue it has, once what is still to come ("will appeal"),
a filing and a court's arrest (a measure) are left out.
"""

from __future__ import annotations

import itertools
import re

from bot.extract import lexicon
from bot.extract.blocks import Sentence
from bot.extract.datelines import AFTER_VERDICT, COURTROOM, WORK_OF, held_since
from bot.extract.sentence import find_parts
from bot.extract.values import find_dates

#: "the court in Kokshetau arrested him for 2 months": a court's arrest is the measure it
#: ordered (read from the measure's words), not the police arrest.
_COURT_ARRESTED = lexicon.compile_table(
    {
        "en": r"\b(?:court|judge)\b" + lexicon.IN_SENTENCE + r"{0,60}?\barrested\b",
        # «арестован на два месяца»: the court's measure for a term, not the police arrest
        "ru": r"\bарестова\w+\s+(?:\w+\s+)?на\s+(?:\d+|один|одного|два|двух|три|трёх|трех)\s+"
        r"месяц",
        "kk": r"(?!)",
    }
)


#: Someone else detained, brought in by a common noun and a clause about them ("police detained
#: a blogger who was streaming outside", «полицейские задержали блогера, который вёл прямой эфир»):
#: a bystander of the story, not the person of the case (who is named).
_SOMEONE_ELSE_DETAINED = {
    "en": re.compile(
        r"\b(?:detained|arrested)\s+(?:a|an|another|one)\s+(?:[a-z-]+\s+){0,3}?(?:who|that)\b"
        r"[^.;]*"
    ),
    "ru": re.compile(
        r"(?i:\bзадержа(?:ли|л|ла|н|на|ны)\s+)(?:[а-яё-]+\s+){0,2}?[а-яё-]+,\s+"
        r"котор(?:ый|ая|ые|ого|ой|ых)\b[^.;]*"
    ),
    "kk": re.compile(r"(?!)"),
}
#: Other people as the sentence's subject ("Two other activists convicted in 2023 were released
#: on parole", «Ещё двое активистов были освобождены», «Тағы екі белсенді босатылды»): what
#: befell them is no event of the case.
_OTHERS_TOLD = lexicon.compile_table(
    {
        # (not "X and two other activists were detained": the person of the case among them)
        "en": r"(?<!\band\s)(?<!\bwith\s)\b(?:two|three|four|five|six|several|\d+)\s+other\b"
        r"[^.;]*|"
        # a count of many ("Hundreds more were fined or detained", «Сотни человек были
        # оштрафованы», «Жүздеген адам айыппұл төледі»): an overview, nobody's case
        r"\b(?:hundreds|dozens|scores|thousands)\s+(?:more|of)\b[^.;]*",
        "ru": r"(?<!\bи\s)(?<!\bс\s)\b(?:ещё|еще)\s+(?:двое|трое|четверо|пятеро|несколько|\d+)"
        r"\b[^.;]*|"
        r"\b(?:сотни|десятки|тысячи)\s+(?:человек|людей|активистов|участников|граждан)\b[^.;]*",
        "kk": r"(?<!\bжәне\s)(?<!\bмен\s)\bтағы\s+(?:екі|үш|төрт|бес|бірнеше|\d+)\s+[^.;]*|"
        r"\b(?:жүздеген|ондаған|мыңдаған)\s+(?:адам|белсенді|азамат|қатысушы)\w*[^.;]*",
    }
)


#: Where what the person did is told from, opening the sentence ("According to the verdict, on
#: March 3 she called ...", «Согласно приговору, 3 марта он ...», «Үкімге сәйкес, ол ...»): the
#: paper's name tells no event, so the sentence's day is the deed's (a punishment told with it
#: still makes it the verdict).
_SOURCE_OF_ACT = lexicon.compile_table(
    {
        "en": r"^\W*according\s+to\s+(?:the\s+)?(?:court['’]s\s+|trial\s+)?(?:verdict|ruling|"
        r"judgment|indictment|charge\s+sheet|sentence)\b,?",
        "ru": r"^\W*(?:согласно|по\s+тексту)\s+(?:(?:обвинительному\s+)?приговор\w*|"
        r"обвинительн\w+\s+(?:акт|заключени)\w*)(?:\s+суда)?,?",
        "kk": r"^\W*(?:сот\s+)?(?:үкім(?:ге|іне)|айыптау\s+(?:актісіне|қорытындысына))\s+"
        r"(?:сәйкес|сай|қарағанда),?",
    }
)


#: The "freedom limitation" sentence told by its likeness to parole ("a form of parole",
#: "parole-style", "akin to parole"): no release on parole.
_LIKE_PAROLE = re.compile(
    r"\b(?:(?:a\s+)?(?:form|kind|type|sort)\s+of|akin\s+to|similar\s+to)\s+parole\b|"
    r"\bparole[-\s](?:like|style)\b",
    re.IGNORECASE,
)


#: No appeal made, in a register's appeal cell or a report's words: "Appeal: not appealed",
#: «приговор не обжаловался», «Апелляция: шағым берілмеген». No ruling is told there.
_NO_APPEAL = lexicon.compile_table(
    {
        "en": r"(?:\bappeal\w*\s*:\s*)?(?:\b(?:was|were|has\s+not\s+been|have\s+not\s+been)\s+)?"
        r"\bnot\s+appealed\b|(?:\bappeal\w*\s*:\s*)?\bno\s+appeal\s+(?:was\s+)?(?:filed|lodged)\b|"
        r"\bappeal\w*\s*:\s*none\b",
        "ru": r"(?:\bапелляци\w*\s*:\s*)?(?:\bне\s+обжалова\w*|"
        r"\b(?:жалоб|апелляци)\w*\s+не\s+(?:подавал\w*|подан\w*|поступал\w*)|"
        r"\bне\s+подавал\w*\s+(?:апелляци|жалоб)\w*)",
        "kk": r"(?:\bапелляция\w*\s*:\s*)?(?:\bшағым\w*\s+(?:берілмеген|бермеген|берілмеді|"
        r"түспеген)|\bшағымданба(?:ған|ды)\w*)",
    }
)


#: A digest's contents line: "In this issue: one new arrest, one appeal ruling", «В этом
#: выпуске: ...», «Бұл санда: ...» lists its kinds of news, no event of anyone's.
_CONTENTS = re.compile(
    r"\b(?:in\s+this\s+(?:issue|edition|digest|week's\s+digest)|в\s+(?:этом|сегодняшнем)\s+"
    r"(?:выпуске|номере|обзоре|дайджесте)|бұл\s+(?:санда|шығарылымда|дайджестте))\s*:[^\n]*",
    re.IGNORECASE,
)


#: A release told as the day a ban begins («босатылғаннан кейін 2 жыл бойы ... тыйым салынды»,
#: «жазасын өтеп шыққаннан кейін», "barred ... for three years after his release"): when the
#: ban runs from, no release that happened.
_AFTER_RELEASE = lexicon.compile_table(
    {
        # (English and Russian are read where a ban's term is: «после освобождения из СИЗО 12
        # мая» is a release told)
        "en": r"(?!)",
        "ru": r"(?!)",
        "kk": r"(?:босатыл|жазасын\s+(?:толық\s+)?өтеп\s+шық|жазасын\s+(?:толық\s+)?өте)"
        r"(?:ғаннан|ганнан|қаннан|кеннен|геннен)\s+(?:кейін|соң)",
    }
)


def event_kind(text: str, language: str) -> str | None:
    text = _AFTER_RELEASE[language].sub(" ", text)
    # "Both will appeal", "is expected to read the verdict": not yet
    text = lexicon.APPEAL_INTENDED[language].sub(" ", text)
    text = _NO_APPEAL[language].sub(" ", text)
    text = lexicon.CALL_TO_ACT[language].sub(" ", text)
    text = _CONTENTS.sub(" ", text)
    text = lexicon.VERDICT_EXPECTED[language].sub(" ", text)
    text = _COURT_ARRESTED[language].sub(" ", text)
    text = _SOMEONE_ELSE_DETAINED[language].sub(" ", text)
    text = _OTHERS_TOLD[language].sub(" ", text)
    if not find_parts(text, language):
        text = _SOURCE_OF_ACT[language].sub(" ", text)
    if language == "en":
        text = _LIKE_PAROLE.sub(" ", text)
    if lexicon.REFERRAL_REFUSED_WORDS[language].search(text):
        text = lexicon.REFERRAL_REFUSED[language].sub(" ", text)
    # (a link's words name no event: ".../2026-11-26-tokhtarbekova-appeal")
    text = re.sub(r"https?://\S+", " ", text)
    for kind in lexicon.EVENT_ORDER:
        if lexicon.EVENTS[kind][language].search(text):
            return kind
    return None


#: A measure changed for another: «үй қамағын қамауға ауыстырды», "changed his house arrest
#: to custody", «изменил меру пресечения с домашнего ареста на арест».
_MEASURE_CHANGED = lexicon.compile_table(
    {
        "en": r"\b(?:changed|replaced|converted)\b[^.;]{0,60}?\b(?:to|with|into)\b",
        "ru": r"\b(?:изменил|заменил|измен[её]н|замен[её]н)\w*[^.;]{0,60}?\bна\b",
        "kk": r"\b(?:ауыстыр|алмастыр)\w*",
    }
)


#: Time spent under a measure, told looking back: «почти пять месяцев провел под домашним
#: арестом», "spent five months under house arrest", «бес ай үй қамағында отырды». It says how
#: long, not on what day the measure was ordered.
SPENT_UNDER = lexicon.compile_table(
    {
        "en": r"\bspent\s+(?:\w+\s+){0,4}?(?:under|in)\s+(?:house\s+arrest|custody|pre-?trial\s+"
        r"detention)\b",
        "ru": r"\b(?:провел|провёл|провела|провели)\s+(?:\w+\s+){0,4}?(?:под\s+домашним\s+арестом|"
        r"под\s+стражей|в\s+СИЗО)",
        "kk": r"\b(?:\w+\s+)?ай(?:ын|ды)?\s+(?:үй\s+қамағында|қамауда|тергеу\s+изоляторында)\s+"
        r"(?:отырды|болды|өткізді)",
    }
)


def measure_of(text: str, language: str) -> str | None:
    found = [
        (match.start(), measure)
        for measure, table in lexicon.MEASURES.items()
        if (match := table[language].search(text))
    ]
    if len(found) > 1 and _MEASURE_CHANGED[language].search(text):
        # the new measure is named last: after "to"/«на», or in the dative before the verb
        return max(found)[1]
    return min(found, key=lambda f: list(lexicon.MEASURES).index(f[1]))[1] if found else None


def _cues(text: str, language: str) -> list[tuple[int, int]]:
    """Spans of every event and measure cue in a text."""
    spans = [
        (m.start(), m.end())
        for table in (*lexicon.EVENTS.values(), *lexicon.MEASURES.values())
        for m in table[language].finditer(text)
    ]
    return sorted(spans)


#: A comma and "and" (or «, а», «, ал») joining two events' clauses.
_AND_THEN = re.compile(r",\s*(?:and|а|и|ал|және)\s", re.IGNORECASE)

_CLAUSE_END = re.compile(r"[;,()—–]\s*|\s(?:and|then|и|затем|а|және|ал)\s")


#: The participle closing a Kazakh "held since" clause («... бері қамауда отырған», «жатқан»).
_KK_HELD_PARTICIPLE = re.compile(r"(?<=\s)(?:отыр|жат|ұстал|қамал)(?:ған|қан)\s", re.IGNORECASE)

#: A table row's cell border.
_CELL = re.compile(r"[ \t]\|[ \t]")


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
    # ("sentenced her to ... and released her from the courtroom": the court's second verb)
    "en": re.compile(r"\s*;\s*|,?\s+and\s+(?=(?:he|she|they|was|were|released|freed|[A-Z])\b)"),
    "ru": re.compile(r"\s*;\s*|,?\s+и\s+(?=(?:он|она|они|был\w*|освобо|[А-ЯЁ]))"),
    "kk": re.compile(r"\s*;\s*|,?\s+және\s+"),
}


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
        # (the whole text searched: a joint's lookahead may read the release's own verb)
        joints = [
            m
            for m in _VERDICT_RELEASE_JOINT[language].finditer(text)
            if m.end() <= released.start()
        ]
        if joints:
            joint = joints[-1]
            return [
                Sentence(sentence.start, text[: joint.start()]),
                Sentence(sentence.start + joint.end(), text[joint.end() :]),
            ]
    cells = list(_CELL.finditer(text))
    if len(dates) >= 2 and len(cells) >= 2:
        # a table row: "... | a TikTok video posted on 3 March 2026 | Trial opened on 20
        # October 2026": each cell says one thing, its dates are its own
        bounds = [0, *(c.end() for c in cells), len(text)]
        return [
            clause
            for a, b in itertools.pairwise(bounds)
            if text[a:b].strip()
            for clause in split_clauses(Sentence(sentence.start + a, text[a:b]), language)
        ]
    held = _HELD_SINCE_CLAUSE[language].search(text)
    if held and len(dates) == 1 and held.start() < dates[0].start < held.end():
        # "Daniyar, who had been held in the remand centre since his arrest on 11 November
        # 2024, was released in the courtroom": the custody told in passing is its own event
        rest = text[: held.start()] + " " * (held.end() - held.start()) + text[held.end() :]
        if event_kind(rest, language) is not None:
            return [
                Sentence(sentence.start + held.start(), text[held.start() : held.end()]),
                Sentence(sentence.start, rest),
            ]
    if len(dates) == 1 and held_since(text, language):
        # «... 2 жыл бас бостандығын шектеу берді, ол 5 қыркүйектен бері СИЗО-да отырған еді,
        # ...», "sentenced to two years, he had been in custody since 5 May": the punishment
        # told before the custody is the verdict's, a clause of its own
        heads = [
            m
            for m in _CLAUSE_END.finditer(text, 0, dates[0].start)
            if find_parts(text[: m.start()], language)
            and not find_parts(text[m.end() : dates[0].start], language)
        ]
        if heads:
            head = heads[0]
            after = Sentence(sentence.start + head.end(), text[head.end() :])
            return [Sentence(sentence.start, text[: head.start()]), *split_clauses(after, language)]
    if len(dates) == 1 and held_since(text, language):
        # «Ол 2 шілдеден бері тергеу изоляторында отырған еді, үкімнен кейін сот залында
        # босатылды», "held since 2 July, she was released in the courtroom after the verdict":
        # the custody and the release, each its own clause (the release is dated by the verdict)
        held_ends = list(_CLAUSE_END.finditer(text, dates[0].end))
        if language == "kk":
            # «2 маусымнан бері қамауда отырған Оразалиев сот залында босатылды»: Kazakh ends
            # the held-since clause with a participle, no comma after it
            held_ends += list(_KK_HELD_PARTICIPLE.finditer(text, dates[0].end))
        for end in sorted(held_ends, key=lambda m: m.start()):
            tail = text[end.end() :]
            if event_kind(tail, language) == "release" and (
                AFTER_VERDICT[language].search(tail) or COURTROOM[language].search(tail)
            ):
                return [
                    Sentence(sentence.start, text[: end.start()]),
                    Sentence(sentence.start + end.end(), tail),
                ]
    if len(dates) < 2:
        return [sentence]
    if event_kind(text, language) == "appeal_ruling":
        # "She was sentenced on 10 October 2023 ...; the city court upheld the sentence on 12
        # December 2023": clauses told apart by a semicolon, each with its date and its event.
        cut = text.find(";")
        if cut < 0 and len(dates) == 2:
            # "The regional court upheld the verdict on 20 May, and on 10 September the Supreme
            # Court refused to review the case": a comma and "and" before the second event
            # (the second day right after the joiner: not «..., ал Жаңаөзен қалалық сотының 20
            # қаңтардағы үкімін өзгеріссіз қалдырды», one ruling on that day's verdict)
            joins = [
                m.start()
                for m in _AND_THEN.finditer(text, dates[0].end, dates[1].start)
                if re.fullmatch(r"(?:on|в|of)?\s*", text[m.end() : dates[1].start], re.I)
            ]
            cut = joins[-1] if joins else -1
        halves = (text[:cut], text[cut + 1 :]) if cut > 0 else ()
        if halves and all(find_dates(h) and event_kind(h, language) for h in halves):
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
        if cue_before_date and not between and not after_second:
            # «Ковалёва задержали 2 марта, Жанибекова — на следующий день, 3 марта, на работе»:
            # a day told again, with no event of its own, stays in the clause of the event
            continue
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
