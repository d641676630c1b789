"""Assembling the cases of a report: blocks, sentences, scopes, and the records they give.

A numbered report ("1) ...", "2. ...") holds one case per item, otherwise the text is one case.
Within a case, each sentence with a date and an event cue opens a scope (verdict, appeal ruling,
trial, detention, measure, release); the sentences after it without a date of their own continue
it, so "Judge X also imposed 100 hours..." adds to the verdict. Sentences that are not about the
case (calls for sanctions, parliament resolutions) are dropped first: their names and dates
never reach a record.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from bot.extract import act_cues, court_papers, english, lexicon, names, places
from bot.extract.blocks import Sentence, split_sentences
from bot.extract.codefendants import authors, given_key
from bot.extract.lexicon import IN_SENTENCE
from bot.extract.sentence import Part, find_kinds, find_parts, sort_of
from bot.extract.values import WORD_NUMBERS, find_dates, find_terms, mask, resolve_dates
from db.places import find_region

Record = dict[str, Any]


def detect_language(text: str) -> str:
    cyrillic = len(re.findall(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    if cyrillic <= latin:
        return "en"
    # A post written in both languages («ҮКІМ ШЫҚТЫ / ПРИГОВОР ОГЛАШЁН», a paragraph in each)
    # is read in the one most of its words are in: words with a Kazakh letter and Kazakh
    # function words against Russian function words (names with Kazakh letters in a Russian
    # text are few beside its prepositions).
    kazakh = len(_KK_WORD.findall(text)) + len(_KK_FUNCTION_WORD.findall(text))
    russian = len(_RU_FUNCTION_WORD.findall(text))
    return "kk" if kazakh > russian else "ru"


#: A word with a Kazakh letter, not a name (written in lower case).
_KK_WORD = re.compile(r"(?<![\w-])(?=[а-яёәғқңөұүһі])[\w-]*[әғқңөұүһі][\w-]*")
_KK_FUNCTION_WORD = re.compile(
    r"(?<![\w-])(?:және|мен|бен|пен|бойынша|жылғы|деп|бұл|ол|оның|оған|үшін|соты|сотталды|"
    r"бабының|да|де|та|те|жыл|жылға)(?![\w-])",
    re.IGNORECASE,
)
_RU_FUNCTION_WORD = re.compile(
    r"(?<![\w-])(?:в|во|на|по|и|с|со|к|не|что|за|от|до|из|под|о|об|при|у|года|лет|как|он|она|"
    r"его|её|ее|был|была|были|это|который|которая|также)(?![\w-])",
    re.IGNORECASE,
)


# --- one case ------------------------------------------------------------------------------------


@dataclass
class Scope:
    kind: str
    date: dt.date | None
    sentences: list[Sentence] = field(default_factory=list)
    measure: str | None = None
    #: What an appeal court decided, read from its whole sentences (before any cut).
    outcome: str | None = None
    #: A release in the courtroom, dated by the ruling it follows.
    courtroom: bool = False
    #: Dated only by the dateline before it (a headline's "Journalist fined"), not by itself.
    assumed: bool = False


def extract_case(
    block: str,
    language: str,
    person_key: str | None = None,
    default_year: int | None = None,
    date_before: dt.date | None = None,
) -> Record | None:
    """The case a block describes; `person_key` names its person among co-defendants."""
    sentences = [s for s in split_sentences(block) if not _boilerplate(s.text, language)]
    if not sentences:
        return None
    relevant = "\n".join(s.text for s in sentences)
    mentions = [m for s in sentences for m in _shifted(names.find_mentions(s.text), s.start)]
    in_capitals = mentions
    if not any(m.given for m in mentions):
        # No surname in capitals with a given name: people are named as ordinary words
        # ("Bauyrzhan Iskakov", as news agencies write), judges and lawyers too.
        mentions = [
            m
            for s in sentences
            for m in _shifted(names.find_title_mentions(s.text, block), s.start)
        ] or mentions
    judge_mentions = _role_mentions(block, sentences, mentions, lexicon.JUDGE[language], language)
    prosecutor_mentions = _role_mentions(
        block, sentences, mentions, lexicon.PROSECUTOR[language], language
    )
    role_keys = {
        names.surname_key(m.surname, language) for m, _ in judge_mentions + prosecutor_mentions
    }
    groups = names.group_by_surname(mentions, language)
    candidates = {k: g for k, g in groups.items() if k not in role_keys}
    everyone_named = candidates
    # (an English text in title case: "Posted by Advocate Dana Yessenova" names no case)
    news_style = language == "en" and mentions is not in_capitals
    candidates = _without_lawyers(
        block, sentences, mentions, candidates, language, keep_if_none=not news_style
    )
    only_lawyers = candidates is everyone_named and bool(
        _role_mentions(block, sentences, mentions, lexicon.LAWYER[language], language)
    )
    if only_lawyers or not any(m.given for g in candidates.values() for m in g):
        # No surname in capitals with a given name: names written as ordinary words
        # ("Bauyrzhan Iskakov"); a lone capitalised word (a dateline's "ALMATY", «СИЗО») is
        # no person when a name written so is found.
        titled = [
            m
            for s in sentences
            for m in _shifted(names.find_title_mentions(s.text, block), s.start)
        ]
        role_starts = {m.start for m, _ in judge_mentions + prosecutor_mentions}
        lawyer_keys = set(candidates) - set(
            _without_lawyers(block, sentences, mentions, candidates, language, keep_if_none=False)
        )
        lawyer_keys |= {
            names.surname_key(m.surname, language)
            for m, _cue in _role_mentions(
                block, sentences, titled, lexicon.LAWYER[language], language
            )
        }
        titled_candidates = {
            k: g
            for k, g in names.group_by_surname(titled, language).items()
            if k not in role_keys
            and k not in lawyer_keys
            and not any(m.start in role_starts for m in g)
        }
        # "an appeal filed by lawyers of activist Dauren Amanzhol ... his lawyer, Bekzat
        # Tulenov": a lawyer named in ordinary letters is no more the case than in capitals
        titled_candidates = _without_lawyers(
            block, sentences, titled, titled_candidates, language, keep_if_none=language != "en"
        )
        # with only lawyers named in capitals («адвокат Айгүл НҰРЛАНОВА»), the person named in
        # title case («журналист Мөлдір Серікқызы») is the case
        candidates = titled_candidates or candidates
    if language == "en":
        # "His mother, Zhanat Amanzholova, says ...": a relative told in the story, no case
        apposed = {
            names.surname_key(other, language)
            for s in sentences
            if (other := english.someone_else(s.text))
        }
        candidates = {k: g for k, g in candidates.items() if k not in apposed}
    if not candidates:
        return None
    key = max(candidates, key=lambda k: _person_rank(block, candidates[k], k, language))
    given_stem = None
    if person_key is not None and "|" in person_key:
        person_key, given_stem = person_key.split("|", 1)  # one of a family (codefendants)
    if person_key in candidates:
        key = person_key
    group = candidates[key]
    if given_stem is not None:
        group = [m for m in group if m.given and given_key(m.given[0]) == given_stem] or group
    titled_all = [
        m for s in sentences for m in _shifted(names.find_title_mentions(s.text, block), s.start)
    ]
    everyone = in_capitals + titled_all
    if given_stem is None:
        # the same person written without capitals further on («Ержану САПАРБЕКУЛЫ» in the
        # headline, «Ержану Сапарбекулы (в документах суда — Ержан Сапарбеков)» in the story)
        starts = {m.start for m in group}
        own_given = {given_key(w) for m in group for w in m.given}
        group = group + [
            m
            for m in titled_all
            if names.surname_key(m.surname, language) == key
            and m.given
            and {given_key(w) for w in m.given} <= own_given  # not a brother, not «Іс ...»
            and m.start not in starts
            and not any(g.start <= m.start < g.end for g in group)
        ]  # after the mentions in capitals: the name is written as they write it
    writers = authors(block, everyone)
    if writers:
        group = [m for m in group if not (m.given and given_key(m.given[0]) in writers)] or group
    others = [
        (m.start, m.end)
        for m in everyone
        if names.surname_key(m.surname, language) != key
        or (given_stem is not None and m.given and given_key(m.given[0]) != given_stem)
    ]
    boilerplate = [
        (s.start, s.start + len(s.text))
        for s in split_sentences(block)
        if _boilerplate(s.text, language)
        # "Another Zhezkazgan blogger, Erlan Tasbolat, ...": another person's trade
        or (language == "en" and english.not_of_the_case(s.text, group[0].surname))
    ]
    person = _person(block, group, language, relevant)
    # the person's other spelling («(в документах суда — Ержан Сапарбеков)») is no one else
    spellings = {a.casefold() for a in person["aliases"]}
    others = [(a, b) for a, b in others if " ".join(block[a:b].split()).casefold() not in spellings]
    person["occupation"] = _occupation(
        mask(block, boilerplate), language, [(m.start, m.end) for m in group], others
    )
    scopes = _scopes(sentences, language, default_year, date_before, person["surname"])
    events, stage = _events(scopes, language)
    if stage is None:
        return None
    heading_date = court_papers.verdict_heading_date(block) if language == "ru" else None
    for event in events:
        if event["kind"] == "verdict" and event["date"] is None and heading_date is not None:
            event["date"] = heading_date.isoformat()
    court = _court(scopes, language) or _court_named_alone(sentences, scopes, language)
    judge = _role_name(judge_mentions, language)
    prosecutor = _role_name(prosecutor_mentions, language)
    for event in events:
        if event["kind"] == "verdict":
            event.update(court=court, judge=judge, prosecutor=prosecutor)
        elif event["kind"] == "trial":
            event.update(court=court, judge=judge)
    return {
        "stage": stage,
        "person": person,
        "court": court,
        "judge": judge,
        "prosecutor": prosecutor,
        "summary": None,
        "charges": _charges(relevant, language),
        "acts": _own_acts(
            _acts(
                block,
                [
                    s
                    for s in sentences
                    if language != "en" or not english.not_of_the_case(s.text, person["surname"])
                ],
                language,
            ),
            key,
            language,
        ),
        "sources": [{"url": u, "title": None} for u in _urls(block)],
        "events": events,
    }


def _own_acts(acts: list[Record], key: str, language: str) -> list[Record]:
    """The acts without those a clause tells of someone else by surname («Мейірханов ...
    құрған, ал Омарова сол чатта ... таратқан»), unless nothing else is left."""
    own = []
    for act in acts:
        told_of = act.pop("told_of", None)
        if told_of is None or names.surname_key(told_of, language) == key:
            own.append(act)
    return own or acts


def _without_lawyers(
    block: str,
    sentences: list[Sentence],
    mentions: list[names.Mention],
    candidates: dict[str, list[names.Mention]],
    language: str,
    keep_if_none: bool = True,
) -> dict[str, list[names.Mention]]:
    """The candidates less the defence lawyers named ("five questions to lawyer X", «интервью
    с адвокатом X»), while someone named with a given name is left: a lawyer who is the one
    prosecuted is then still the case."""
    lawyers = _role_mentions(
        block, sentences, mentions, lexicon.LAWYER[language], language, every=True
    )
    keys = set()
    for lawyer, _cue in lawyers:
        sentence = next(
            (s for s in sentences if s.start <= lawyer.start < s.start + len(s.text)), None
        )
        rest = sentence.text[lawyer.end - sentence.start :] if sentence else ""
        alone = sentence is not None and not any(
            m is not lawyer and sentence.start <= m.start < sentence.start + len(sentence.text)
            for m in mentions
            if m.given
        )
        if alone and _event_kind(rest, language) is not None:
            continue  # "Lawyer Gulnara BEKOVA was detained ...": the lawyer is prosecuted
        keys.add(names.surname_key(lawyer.surname, language))
    left = {k: g for k, g in candidates.items() if k not in keys}
    if not keep_if_none:
        return left  # "Posted by Advocate Dana Yessenova": a lawyer's own line is no case
    return left if any(m.given for g in left.values() for m in g) else candidates


def _person_rank(
    block: str, group: list[names.Mention], key: str, language: str
) -> tuple[bool | int, ...]:
    """Who the case is about: a surname written with a given name beats a lone capitalised
    word (a headline's "PRESS", a dateline's "KOKSHETAU", «СИЗО»), then the surname said most
    often in any spelling («Исабекова подозревают» counts for «Дархана ИСАБЕКОВА»)."""
    with_given = any(m.given for m in group)
    looks_like_surname = any(names.looks_like_surname(m.surname) for m in group)
    said = sum(
        1
        for word in re.findall(rf"[{names.UPPER}][\w'’-]+", block)
        if names.surname_key(word, language) == key
    )
    if language == "en":
        # Latin spellings of Kazakh surnames ("Amanzhol", "Sarsenbay") do not look like
        # surnames; the person's mother "Zhanat Amanzholova", said once, does: say-count first
        return with_given, max(said, len(group)) > 1, looks_like_surname, said, -group[0].start
    return with_given, looks_like_surname, max(said, len(group)), -group[0].start


def _shifted(mentions: list[names.Mention], offset: int) -> list[names.Mention]:
    for mention in mentions:
        mention.start += offset
        mention.end += offset
    return mentions


def _only_court_between(text: str, language: str) -> bool:
    """Between a role word and a name: nothing, a colon or dash, the court's name, or the
    role's title again («мемлекеттік айыптаушы — прокурор Бақыт ЖҰМАБЕКОВ»)."""
    rest = lexicon.COURT[language].sub("", text)
    rest = re.sub(r"(?i)\b(?:прокурор|prosecutor|судья|judge)\b", "", rest)
    return not re.sub(r"[\s:—–,-]", "", rest)


_TITLE_NAME = re.compile(
    rf"^[\s:—–,-]*((?:[{names.UPPER}][{names.LOWER}'’-]+[ \u00a0]+){{1,2}}"
    rf"[{names.UPPER}][{names.LOWER}'’-]+)"
)


_INITIALS_NAME = re.compile(
    # (a Latin initial of two letters for one Kazakh or Russian letter: "Ye.", "Zh.", "Sh.")
    rf"^[\s:—–,-]*((?:(?:{names.LATIN_DIGRAPH_INITIALS}|[{names.UPPER}])\.[ \u00a0]?){{1,2}}"
    rf"[ \u00a0]?"
    rf"[{names.UPPER}][{names.UPPER}{names.LOWER}'’-]+)"
)


#: Initials written after a surname ("ZHANBYRBAYEV T.", «КАПАНОВ Р. Б.»), before a sentence's
#: end or a line's.
_TRAILING_INITIALS = re.compile(
    rf"[ \u00a0]+((?:(?:{names.LATIN_DIGRAPH_INITIALS}|[{names.UPPER}])\.[ \u00a0]?){{1,2}})"
    r"(?=\s|$)"
)


def _initials_name(text: str, offset: int) -> names.Mention | None:
    """A judge or prosecutor named by initials, as court papers do: "judge A. K. OSPANOVA",
    «Судья — Р. Б. КАПАНОВ», "Judge: M. Aldabergenov"."""
    match = _INITIALS_NAME.match(text)
    if not match:
        return None
    words = re.sub(r"\.(?=\S)", ". ", match.group(1)).split()
    if not names.looks_like_surname(words[-1]) and not words[-1].isupper():
        return None
    start = offset + match.start(1)
    return names.Mention(start, start + len(match.group(1)), words, len(words) - 1)


def _title_case_name(text: str, offset: int) -> names.Mention | None:
    """A name written without capitals right after a role word: «Судья — Нурлан Оспанов»,
    "Judge Kairat Mukhamedzhanov"; the last word must end like a surname."""
    match = _TITLE_NAME.match(text)
    if not match:
        return None
    words = match.group(1).split()
    if not names.looks_like_surname(words[-1]) and not _plain_two_word_name(text, match):
        return None
    start = offset + match.start(1)
    return names.Mention(start, start + len(match.group(1)), words, len(words) - 1)


def _plain_two_word_name(text: str, match: re.Match[str]) -> bool:
    """«судья Ерлан Сейітқали жариялады»: a given name and a surname without a usual ending,
    right after the role word and before a lowercase word or the sentence's end; neither a
    dictionary word, a town nor a role word."""
    words = match.group(1).split()
    return (
        len(words) == 2
        and bool(re.match(r"[\s,;:.)]|\s*$|\s+[a-zа-яёәғқңөұүһі]", text[match.end() :]))
        and not any(
            w.lower() in names.NOT_GIVEN
            or w.upper() in names.ACRONYMS
            or names._is_common_word(w)
            or places.find_town(w) is not None
            for w in words
        )
    )


def _role_mentions(
    block: str,
    sentences: list[Sentence],
    mentions: list[names.Mention],
    cue: re.Pattern[str],
    language: str,
    every: bool = False,
) -> list[tuple[names.Mention, str]]:
    """Mentions that follow a role word ('Judge', «судьи») within the same sentence; a name
    right before the word only when none follows it anywhere («(судья Ержан ТОКТАРОВ,
    государственный обвинитель — прокурор Дархан Бейсенов)» names the judge first). `every`:
    both kinds, for a role several people may have ("I, Gulnar X, advocate ..." and "said the
    defence lawyer, Aigul Y")."""
    found: list[tuple[names.Mention, str]] = []
    preceding: list[tuple[names.Mention, str]] = []
    for sentence in sentences:
        for match in cue.finditer(sentence.text):
            start = sentence.start + match.end()
            limit = sentence.start + len(sentence.text)
            after = [m for m in mentions if start <= m.start < min(limit, start + 70)]
            titled = _title_case_name(block[start:limit], start) or _initials_name(
                block[start:limit], start
            )
            court = lexicon.COURT[language].match(
                block, start + len(block[start:limit]) - len(block[start:limit].lstrip())
            )
            if titled is None and court is not None:
                # «судья Шымкентского городского суда Мадина Абдуллаева»
                end = court.start() + len(_without_given_name(court.group()))
                titled = _title_case_name(block[end:limit], end)
            if titled is None and language == "ru":
                titled = _court_paper_name(block, start, limit)
            if after and _only_court_between(block[start : after[0].start], language):
                mention = after[0]
                initials = _TRAILING_INITIALS.match(block, mention.end)
                if initials and not mention.given:
                    # "Prosecutor: ZHANBYRBAYEV T.", «Судья: КАПАНОВ Р. Б.»
                    words = [mention.surname, *initials.group(1).replace(". ", ".").split(".")]
                    words = [mention.surname] + [f"{w}." for w in words[1:] if w.strip()]
                    mention = names.Mention(mention.start, initials.end(), words, 0)
                found.append((mention, match.group().strip(" :")))
            elif titled is not None:
                found.append((titled, match.group().strip(" :")))
            else:
                # "ABDENOVA Saule, prosecutor" style is rare; a name right before the cue
                before = [
                    m
                    for m in mentions
                    if sentence.start <= m.end <= sentence.start + match.start()
                    and sentence.start + match.start() - m.end <= 3
                ]
                if before:
                    preceding.append((before[-1], match.group().strip(" :")))
    return found + preceding if every else found or preceding


def _court_paper_name(block: str, start: int, limit: int) -> names.Mention | None:
    """A court paper's way after a role word: «судьи Сапаровой А. Б.», «прокурор Костанайской
    областной прокуратуры Т. С. Абенов» (see court_papers)."""
    for at in dict.fromkeys((start, start + court_papers.office_length(block[start:limit]))):
        text = block[at:limit]
        found = court_papers.surname_initials_name(text, at)
        if found is None and at != start:
            found = _title_case_name(text, at) or _initials_name(text, at)
        if found is not None:
            return found
    return None


def _role_name(found: list[tuple[names.Mention, str]], language: str) -> str | None:
    if not found:
        return None
    mention, cue = max(found, key=lambda f: (len(f[0].words), -f[0].start))
    if language == "en":
        return mention.text
    initials = [w for w in mention.given if re.fullmatch(r"\w\w?\.", w)]
    if initials:  # «Р. Б. КАПАНОВ»: the surname in the nominative, the initials as written
        surname = names.Mention(mention.start, mention.end, [mention.surname], 0)
        return " ".join([*initials, _role_name([(surname, cue)], language) or ""])
    if language == "kk":
        return names.kk_nominative(mention)
    case = names.case_of_word(cue.split()[-1]) if cue else "nomn"
    gender = names.ru_surname_gender(mention.surname) or names.ru_surname_gender_by_case(
        mention.surname, case
    )
    name = names.ru_nominative(mention, gender)
    if case == "gent" and gender == "femn" and mention.surname_index == len(mention.words) - 1:
        # «под председательством судьи Сауле Исмагуловой»: a woman's name in the genitive
        # never ends in «-е», so a given name that does is one that does not decline
        words = name.split()
        for index, given in enumerate(mention.given):
            if given.lower().endswith("е") and index < len(words) - 1:
                words[index] = given
        name = " ".join(words)
    return name


# --- the person ----------------------------------------------------------------------------------

_ALIAS_AFTER = re.compile(
    rf"^\s*\((?:also (?:spelled|written|known as)\s+|также\s+\w+\s+|a\.k\.a\.\s+|"
    # "(in his documents he is X)", «(по-казахски X)», «(құжаттарда — X)», «(по паспорту X)»
    rf"[^(){names.UPPER}]{{0,30}}?(?:documents?|passport|in (?:Kazakh|Russian)|spelled|"
    rf"документ\w*|паспорт\w*|по-казахски|по-русски|құжат\w*|төлқұжат\w*|қазақша|орысша)"
    # «(в документах суда — X)», "(in court documents he is X)": whose documents, too
    rf"(?:\s+(?:суда|следствия|сотының|сот|of the court))?"
    rf"(?:\s+(?:he|she)\s+is)?[\s:,—–-]+)?"
    rf"([{names.UPPER}][\w'’-]+(?:\s+[{names.UPPER}][\w'’-]+){{1,2}})\)"
)


def _given_first(mention: names.Mention) -> str:
    """An English text's name as written, but a court paper's "Yesengeldiyev Almas Muratovich"
    (the surname first, then the given name and a patronymic) given name first, as the record
    writes every Russian and Kazakh name."""
    words = mention.words
    if (
        mention.surname_index == 0
        and len(words) == 3
        and names.is_patronymic(words[2])
        and not words[0].isupper()
    ):
        return " ".join([words[1], words[2], words[0]])
    return mention.text


def _initials_only(mention: names.Mention) -> bool:
    """«Е. Жумабаев», "B. K. Zhanabergenova": given names by their initials only."""
    return bool(mention.given) and all(re.fullmatch(r"\w{1,2}\.", w) for w in mention.given)


def _person(block: str, group: list[names.Mention], language: str, context: str) -> Record:
    with_given = [m for m in group if m.given] or group
    # the name in full where the text gives it, not a press release's initials
    with_given = [m for m in with_given if not _initials_only(m)] or with_given
    if language == "en":
        # an English text names the person in Latin letters where it can ("Mr. Dauren
        # Kassymbekov ... (in Cyrillic: Даурен Касымбеков)")
        latin = [m for m in with_given if all(w.isascii() for w in m.words)]
        with_given = latin or with_given
        display = [_given_first(m) for m in with_given]
        name = display[0]
    else:
        # the words around this person's own mentions («учительницу Асель ... её мужа Тимура»)
        # (a table row's cells all tell of its person: «ФИО: САДЫКОВА Жибек | город: Шымкент |
        # род занятий: студентка»)
        reach = 90 if block.count(" | ") >= 2 else 30
        around = "\n".join(block[max(0, m.start - reach) : m.end + reach] for m in group)
        gender = (
            names.ru_patronymic_gender(group)
            or names.ru_surname_gender_of(group)
            or names.ru_gender_governed(block, group)
            or names.ru_gender_near(group, around)
            or names.ru_person_gender(group, context)
            if language == "ru"
            else None
        )
        best = max(with_given, key=lambda m: (len(m.words), -m.start))

        def nominative(m: names.Mention) -> str:
            return names.ru_nominative(m, gender) if language == "ru" else names.kk_nominative(m)

        name = nominative(best)
        display = [nominative(m) for m in with_given]
    words = set(name.casefold().split())
    aliases: list[str] = []
    for spelling in display:
        if not set(spelling.casefold().split()) <= words:
            aliases.append(spelling)
    for mention in group:
        match = _ALIAS_AFTER.match(block[mention.end :])
        if match:
            aliases.append(match.group(1))
        elif (other := _alias_in_brackets(block[mention.end :], name)) is not None:
            aliases.append(other)
        else:
            # «Інім Ерболат Бекжанұлы туралы жазып отырмын (құжаттарда — Ерболат Бекжанов)»:
            # a bracket a few words on that says it is how the documents spell the name
            later = re.match(r"(?:[^.!?()\n]|(?<=\d)\.(?=\d)){1,60}?(?=\()", block[mention.end :])
            if later:
                rest = block[mention.end + later.end() :]
                bracket = _BRACKET.match(rest)
                if bracket and _SPELLING_CUE.search(bracket.group(1)):
                    other = _alias_in_brackets(rest, name)
                    if other is not None:
                        aliases.append(other)
    if len(group) and language in _SPELLED:
        # "Some papers spell him Baurzhan Zhanabayev", «В СМИ его пишут как Арсен Жакупов»
        for match in re.finditer(_SPELLED[language], block):
            other = match.group("name")
            if names.looks_like_surname(other.split()[-1]):
                aliases.append(other)
    # "(ZHUMABEK Ruslan)" after "Ruslan Zhumabek" is the same spelling, surname first
    aliases = list(
        {a.casefold(): a for a in aliases if not set(a.casefold().split()) <= words}.values()
    )
    surname, given = _split(name, language)
    city, region = _place(block, group, language)
    return {
        "name": name,
        "surname": surname,
        "given_names": given,
        "patronymic": None,
        "aliases": aliases,
        "region": region,
        "city": city,
        "occupation": _occupation(context, language),
    }


_TWO_WORDS = rf"(?P<name>[{names.UPPER}][\w'’-]+\s+[{names.UPPER}][\w'’-]+)"
#: Another spelling told in a sentence of its own.
_SPELLED = {
    "en": rf"\b(?:spells?|spelled|spelt|writes?|wrote|written)\s+(?:him|her|his name|her name)"
    rf"\s+(?:as\s+)?{_TWO_WORDS}",
    "ru": rf"\b(?:пишут|писали|называют)\s+(?:его|её|ее)\s+(?:фамилию\s+)?(?:как\s+)?{_TWO_WORDS}",
    "kk": rf"{_TWO_WORDS}\s+деп\s+(?:жазады|жазып|жазған)",
}
_BRACKET = re.compile(r"^\s*\(([^()]{3,80})\)")
_SPELLING_CUE = re.compile(
    r"documents?|passport|spelled|spelling|known as|also|документ|паспорт|также|иначе|"
    r"құжат|төлқұжат|паспорт",
    re.IGNORECASE,
)
_NAME_WORDS = re.compile(rf"[{names.UPPER}][\w'’-]+(?:\s+[{names.UPPER}][\w'’-]+){{0,2}}")


def _alias_in_brackets(after: str, name: str) -> str | None:
    """Another spelling in brackets after the name, whatever words go with it: "(who also
    signs his articles as Daniyar Koshkinbayuly)", "(Ербол Тасболатов in his documents)",
    «(по документам он Ермеков)» -> the given name with that surname. Towns, articles and
    roles in brackets are not names."""
    from bot.extract.places import find_town

    bracket = _BRACKET.match(after)
    if not bracket:
        return None
    for found in _NAME_WORDS.finditer(bracket.group(1)):
        words = found.group().split()
        if not names.looks_like_surname(words[-1]) or any(
            w.lower() in names.NOT_GIVEN or w in names.ACRONYMS or find_town(w) for w in words
        ):
            continue
        if len(words) == 1:
            given = name.split()[:-1]
            if not given:
                continue
            words = [*given, names._title(words[0])]
        return " ".join(words)
    return None


def _split(name: str, language: str) -> tuple[str | None, str | None]:
    words = name.split()
    caps = [w for w in words if w.isupper() and len(w) > 1]
    surname = caps[0] if caps else words[-1]
    given = " ".join(w for w in words if w is not surname) or None
    return (surname.capitalize() if surname.isupper() else surname), given


def _place(block: str, group: list[names.Mention], language: str) -> tuple[str | None, str | None]:
    town: places.Town | None = None
    for match in lexicon.ORIGIN[language].finditer(block):
        word = next(g for g in match.groups() if g)
        # «қоғамдық» is an adjective too, but no village: only towns take that form here.
        adjective = language == "kk" and match.group(1) is not None
        if not adjective and not word[:1].isupper():
            continue  # «переслано из канала ...»: a town is written with a capital
        town = places.find_town(word, villages=not adjective)
        if town is not None:
            break
    if town is None:
        placed = [
            (position, t)
            for position, t in places.towns_in(block)
            if _capitalised_or_adjective(block, position)
            and not _REGIONAL_COURT.match(block[position : position + 60])
            and not _REGION_NAMED.match(block[position : position + 60])
        ]
        if language == "en":
            # "The Yesil district court in Astana": a district named like a town, the town
            # named after its court
            towns = [(p, t) for p, t in placed if not _DISTRICT_COURT_IN.match(block[p : p + 80])]
            placed = towns or placed
        found = [t for _, t in placed]
        town = found[0] if found else _town_of_court(block, language)
    region = places.find_region_mention(block) or (town.region if town else None)
    if region is None:
        # «Бурабайский районный суд Акмолинской области»: the region named outright.
        for match in _REGION_NAMED.finditer(block):
            region = find_region(match.group())
            if region is not None:
                break
    return (town.name(language) if town else None), region


#: "Akmola region", «Акмолинской области», «Ақмола облысы»: a region (not the old town name
#: Akmolinsk that the adjective also reads as).
_REGION_NAMED = re.compile(r"\S+\s+(?:region|oblast|област\w*|облыс\w*)\b", re.IGNORECASE)
#: "Yesil district court in Astana": the court of a district, in the town named after it.
_DISTRICT_COURT_IN = re.compile(
    r"\S+\s+district\s+court\s+(?:in|of)\s+(?:the\s+(?:capital|city|town)\s*,?\s+(?:of\s+)?)?"
    r"(?-i:[A-Z])",
    re.IGNORECASE,
)
#: "Karaganda regional court", «Карагандинского областного суда»: a region, not a town.
_REGIONAL_COURT = re.compile(
    r"\S+\s+(?:regional|областн\w*|облыстық)\s+(?:court|суд|сот)", re.IGNORECASE
)


def _town_of_court(block: str, language: str) -> places.Town | None:
    """«Темиртауский городской суд» -> Темиртау, «Уральский» -> Уральск: the town a Russian
    court's adjective is made from, when nothing else names a town; «Қордай аудандық соты» ->
    the district's village of that name."""
    if language == "kk":
        for match in re.finditer(
            r"(?<![\w-])([А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+)\s+(?:аудандық|қалалық)\s+сот", block
        ):
            town = places.find_town(match.group(1), villages=True)
            if town is not None:
                return town
        return None
    if language != "ru":
        return None
    for match in re.finditer(
        r"([А-ЯЁ][а-яё-]+?)(?:ский|ского|скому|ским|ском)\s+(?:городск|районн)", block
    ):
        stem = match.group(1)
        for candidate in (stem + "ск", stem, stem + "а", stem[:-1] + "а", stem[:-1]):
            town = places.find_town(candidate)
            if town is not None:
                return town
    return None


def _capitalised_or_adjective(block: str, position: int) -> bool:
    word = re.match(r"\S+", block[position:])
    text = word.group() if word else ""
    return text[:1].isupper() or bool(re.search(r"(?:лық|лік|дық|дік|тық|тік)$", text))


_STATUS = re.compile(r"prisoner|политзаключ|тұтқын", re.IGNORECASE)


def _body_start(context: str) -> int:
    """Where the story starts after its headline lines (short lines with no final point)."""
    position = 0
    for line in context.splitlines(keepends=True):
        text = line.strip()
        if text and (len(text) >= 150 or re.search(r"[.!?:;]$", text)):
            return position
        position += len(line)
    return 0


def _occupation_words(context: str, language: str) -> list[tuple[int, int, str]]:
    """(start, end, value) of each trade the table OCCUPATIONS does not know: Russian by the
    dictionary lemma of a singular noun (any case), English and Kazakh by the word."""
    found: list[tuple[int, int, str]] = []
    words = lexicon.OCCUPATION_WORDS[language]
    if language == "ru":
        found += _after_age(context)
    for match in re.finditer(r"[\w-]+", context):
        word = match.group()
        lower = word.lower()
        if language == "ru":
            if lower[:3].replace("ё", "е") not in _ru_occupation_prefixes():
                continue  # no form of a known trade starts so: spare the dictionary look-up
            parses = [
                p
                for p in names._morph().parse(lower)
                if p.tag.POS == "NOUN" and "sing" in p.tag.grammemes and p.normal_form in words
            ]
            if parses:
                found.append((match.start(), match.end(), str(parses[0].normal_form)))
        elif language == "kk":
            stem = next((w for w in words if lower.startswith(w)), None)
            sentence_start = re.search(r"(?:^|[.!?:\n])\s*$", context[: match.start()])
            if (
                stem
                and (word[:1].islower() or sentence_start)  # «Ғалымжан» is a name, not «ғалым»
                and _KK_NOUN_ENDING.fullmatch(lower[len(stem) :])
            ):
                found.append((match.start(), match.end(), stem))
        elif lower in words:
            found.append((match.start(), match.end(), lower))
    if language == "en":
        # "a 39-year-old construction worker": a trade the word list need not know
        found += [
            t
            for t in english.age_trades(context)
            if not any(s < t[1] and t[0] < e for s, e, _ in found)
        ]
    return found


#: «44-летнего электромонтёра», «31-летней поэтессы»: a noun after an age in figures.
_AGE_THEN_NOUN = re.compile(r"(?<![\w-])\d{1,3}\s*-\s*летн\w+\s+([а-яё-]+)", re.IGNORECASE)
#: Nouns after an age that say who, not what trade.
_NO_TRADE = frozenset(
    """житель жительница мужчина женщина человек гражданин гражданка парень девушка юноша
    уроженец уроженка мать отец сын дочь муж жена брат сестра мама папа подросток пенсионер
    пенсионерка задержанный задержанная осуждённый осуждённая обвиняемый обвиняемая""".split()
)


def _after_age(context: str) -> list[tuple[int, int, str]]:
    """(start, end, value) of a trade written after an age («приговорил 44-летнего
    электромонтёра»): a singular animate noun the trade lexicon need not know; not «жителя»,
    «мужчину», a relative, or a status."""
    found: list[tuple[int, int, str]] = []
    for match in _AGE_THEN_NOUN.finditer(context):
        parse = names._morph().parse(match.group(1).lower())[0]
        grammemes = set(parse.tag.grammemes)
        if (
            parse.tag.POS == "NOUN"
            and {"anim", "sing"} <= grammemes
            and not {"Name", "Surn", "Patr", "Geox"} & grammemes
            and str(parse.normal_form) not in _NO_TRADE
        ):
            found.append((match.start(1), match.end(1), str(parse.normal_form)))
    return found


@functools.cache
def _ru_occupation_prefixes() -> frozenset[str]:
    """The first three letters of every form of every Russian trade of OCCUPATION_WORDS
    («бойца» of «боец»): a word starting otherwise is no trade, without parsing it."""
    prefixes = set()
    for lemma in lexicon.OCCUPATION_WORDS["ru"]:
        prefixes.add(lemma[:3])
        for parse in names._morph().parse(lemma):
            if parse.normal_form == lemma:
                prefixes.update(form.word[:3] for form in parse.lexeme)
    return frozenset(p.replace("ё", "е") for p in prefixes)


#: A singular Kazakh noun's endings: possessive, then case (not the plural -лар/-лер ...).
_KK_NOUN_ENDING = re.compile(
    r"(?:с?[ыі])?(?:н|ны|ні|ға|ге|қа|ке|на|не|ның|нің|дың|дің|тың|тің|мен|бен|пен|дан|ден|"
    r"тан|тен|нан|нен|да|де|та|те|нда|нде|ды|ді|ты|ті)?"
)


#: A given name and a surname right after a plural trade: the people it is said of.
_NAMES_FOLLOW = re.compile(
    rf"[\s,:—–-]+[{names.UPPER}][{names.LOWER}]+\s+[{names.UPPER}][{names.LOWER}{names.UPPER}]+"
)


def _after_noun(context: str, start: int) -> bool:
    """The word before is a noun («забастовке нефтяников»): the plural names others; after a
    numeral or an adjective («двум местным активистам») it names the people of the case."""
    before = re.search(r"([а-яёА-ЯЁ-]+)\s+$", context[max(0, start - 40) : start])
    if not before:
        return False
    parses = names._morph().parse(before.group(1).lower())
    return bool(parses) and parses[0].tag.POS == "NOUN"


def _plural_only(phrase: str) -> bool:
    """Russian nouns that can only be plural («нефтяников», «участников мирных митингов»):
    other people, not this one."""
    nouns = [
        [p for p in names._morph().parse(word.lower()) if p.tag.POS == "NOUN"]
        for word in re.findall(r"[а-яёА-ЯЁ-]+", phrase)
    ]
    nouns = [parses for parses in nouns if parses]
    return bool(nouns) and all(
        not any("sing" in p.tag.grammemes for p in parses) for parses in nouns
    )


_LANGUAGES_EN = frozenset({"kazakh", "russian", "english"})
_ORGANISATION_AFTER = re.compile(
    r"\s+((?:[а-яё-]+\s+)?[а-яё-]+|ТОО|АО|ИП|ГКП|КГП|РГП)\s+(«[^»\n]{1,40}»)"
)


#: Where a trade is exercised, after it: "at the Kostanay diesel plant", "of the Telegram
#: channel "Qostanai Today"", "at a copper mine" (a workplace's noun ends it, a name may follow).
_WORKPLACE_EN = re.compile(
    r"\s+((?:at|of|for)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+(?:and\s+)?){0,4}?"
    r"(?:plant|factory|mine|hospital|school|company|refinery|station|college|university|"
    r"clinic|farm|mill|depot|firm|association|union|group|channel|chat|outlet|website|site|"
    r"newspaper|paper|centre|center|bank|enterprise|combine|works|foundation|movement)s?\b"
    r"(?:\s+(?:\"[^\"\n]{1,40}\"|“[^”\n]{1,40}”|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}))?)"
)


#: A workplace in the genitive right before a Kazakh trade: «ферроқорытпа зауытының»,
#: «"Өзенмұнайгаз" кәсіпорнының» (not a code's «ҚК-нің 174-бабының»).
_WORKPLACE_KK = re.compile(
    r"((?:«[^»\n]{1,40}»\s+)?(?:[а-яәғқңөұүһі-]+\s+){0,2}"
    r"(?:зауыт|кәсіпорн|комбинат|кеніш|мектеп|аурухана|газет|сайт|кәсіподағ|бірлестіг|"
    r"қоғамдастығ|ұйым|компания|фабрика|шахта|колледж|университет|емхана|орталығ|серіктестіг)"
    r"\w*(?:ның|нің|дың|дің|тың|тің))\s+$"
)


def _with_modifiers(context: str, start: int, end: int, value: str, language: str) -> str:
    """The trade with what the text writes with it: "school teacher", «учитель истории»,
    «университет студенті»."""
    if language == "en":
        words: list[str] = []
        rest = context[max(0, start - 40) : start]
        while True:
            found = re.search(r"([A-Za-z][A-Za-z-]*)\s+$", rest)
            if not found or found.group(1).lower() not in lexicon.OCCUPATION_MODIFIERS_EN:
                break
            following = words[0] if words else context[start:end]
            if (
                found.group(1).lower() in _LANGUAGES_EN
                and not re.match(r"-?language\b", following, re.IGNORECASE)
                and not re.search(r"teacher|lecturer|philologist|translator", value)
            ):
                break  # "Kazakh blogger" is where he is from; "Kazakh language teacher" a trade
            words.insert(0, found.group(1))
            rest = rest[: found.start()]
            if len(words) == 2:
                break
        extra = [w for w in words if w not in value.split()]
        value = " ".join([*extra, value]) if extra else value
        # "a welder at the Kostanay diesel plant", "correspondent of the online outlet Dala
        # Times": where the person works, as the text writes it
        place = _WORKPLACE_EN.match(context, end)
        return f"{value} {' '.join(place.group(1).split())}" if place else value
    if language == "kk":
        # «"Өзенмұнайгаз" кәсіпорнының бұрғылаушысы», «ферроқорытпа зауытының слесарі»: where
        # the person works, in the genitive before the trade with its possessive ending
        written = context[start:end]
        place = _WORKPLACE_KK.search(context[max(0, start - 80) : start])
        if place and re.search(r"(?:сы|сі|ы|і)$", written.lower()):
            return f"{' '.join(place.group(1).split())} {written.lower()}"
    if language == "ru":
        # «журналист интернет-издания «Актобе Таймс»», «сварщика ТОО «Павлодар Металл»»: the
        # organisation the person works for, named in quotes after a genitive noun
        org = _ORGANISATION_AFTER.match(context[end:])
        if org and (org.group(1).isupper() or _genitive_phrase(org.group(1).lower().split())):
            return f"{value} {org.group(1)} {org.group(2)}"
    if language == "ru" and len(value.split()) == 1:
        compound = re.match(r"-[а-яё]+\b", context[end:])
        if compound and context[start:end].lower() == value:
            return value + compound.group()  # «Инженер-строитель», written in the nominative
        if compound:
            # «инженера-энергетика»: the whole compound in the nominative
            whole = (context[start:end] + compound.group()).lower()
            lemmas = [
                str(p.normal_form)
                for p in names._morph().parse(whole)
                if p.tag.POS == "NOUN" and str(p.normal_form).startswith(value + "-")
            ]
            if lemmas:
                return lemmas[0]
        # «учитель истории», «слесаря медеплавильного завода», «студента третьего курса»: a
        # genitive noun (with its adjective) before punctuation, a line's end, a preposition
        # or the name
        stop = r"(?=[ \t]*(?:[,.;)]|\n|$)|\s+(?:из|в|на|с|и|—)\b|\s+[А-ЯЁ])"
        for pattern in (
            # «электрика местного горно-обогатительного комбината»: two adjectives, one noun
            rf"\s+([а-яё-]+\s+[а-яё-]+\s+[а-яё-]+){stop}",
            rf"\s+([а-яё-]+\s+[а-яё-]+){stop}",
            rf"\s+([а-яё-]+){stop}",
        ):
            after = re.match(pattern, context[end:])
            if after and _genitive_phrase(after.group(1).split()):
                return f"{value} {after.group(1)}"
    if language == "kk":
        word = context[start:end].lower()
        possessive = re.fullmatch(
            rf"{re.escape(value.split()[-1])}(с?[ыі])(?:н|не|нің|нде|нен|мен)?", word
        )
        before = re.search(r"(?<![\w-])([а-яәғқңөұүһі]+)\s+$", context[max(0, start - 30) : start])
        if (
            possessive
            and before
            and not before.group(1).endswith(("лық", "лік", "дық", "дік", "тық", "тік"))
            # «тергеу судьясы журналисті»: a noun with its own possessive heads another phrase
            and not before.group(1).endswith(("сы", "сі"))
        ):
            return f"{before.group(1)} {value}{possessive.group(1)}"
        # «бұрынғы кенші», «зейнеткер мұғалім»: "former", "retired" stay with the trade, as
        # «бұрынғы саяси тұтқын» does
        before_word = re.search(
            r"(?<![\w-])(бұрынғы|зейнеткер)\s+$", context[max(0, start - 12) : start], re.I
        )
        if before_word and not value.startswith(before_word.group(1).lower()):
            return f"{before_word.group(1).lower()} {value}"
    return value


def _genitive_phrase(words: list[str]) -> bool:
    """A thing in the genitive, with an adjective or not: «истории», «медеплавильного завода»."""
    noun = names._morph().parse(words[-1])
    if not noun or not (
        noun[0].tag.POS == "NOUN" and {"inan", "gent"} <= set(noun[0].tag.grammemes)
    ):
        return False
    if len(words) == 1:
        return True
    adjectives = [names._morph().parse(word) for word in words[:-1]]
    return all(
        bool(adjective) and adjective[0].tag.POS == "ADJF" and "gent" in adjective[0].tag.grammemes
        for adjective in adjectives
    )


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def _ru_singular_noun(word: str) -> bool:
    """A Russian singular noun the dictionary knows («бухгалтер», «лидера»)."""
    if not re.fullmatch(r"[А-ЯЁа-яё-]+", word):
        return False
    parse = names._morph().parse(word.lower())[0]
    return parse.is_known and parse.tag.POS == "NOUN" and "sing" in parse.tag.grammemes


def _ru_plural_before_names(word: str, after: str) -> bool:
    """A Russian plural trade right before a list of names is said of each of them."""
    if not re.fullmatch(r"[А-ЯЁа-яё-]+", word):
        return False
    if not re.match(rf"\s+[{names.UPPER}]\w+\s+[{names.UPPER}]\w+\s*(?:,|\sи\s)", after):
        return False
    parse = names._morph().parse(word.lower())[0]
    return parse.tag.POS == "NOUN" and "plur" in parse.tag.grammemes


def _said_of_another(
    span: tuple[int, int],
    own: list[tuple[int, int]],
    others: list[tuple[int, int]],
    context: str = "",
) -> bool:
    """A trade written right next to another person's name («её мужа, индивидуального
    предпринимателя Тимура НУРГАЛИЕВА», "his lawyer Nurlan X") is theirs, not this person's;
    so is one said with "the"/"his" and no name ("The lawyer says ..."). A plural
    ("activists X and Y", «белсенділер X мен Y») is said of each."""
    word = context[span[0] : span[1]]
    # an English plural ends in -s ("activists", not "nurse"); a Kazakh one may take endings
    # (a Kazakh plural ending, not a Russian word that ends so: «бухгалтер», «лидер»)
    kk_plural = bool(re.search(r"(?:лар|лер|дар|дер|тар|тер)\w{0,3}$", word)) and not (
        _ru_singular_noun(word)
    )
    plural = (
        word.endswith("s") and not word.endswith("ss")
        if re.match(r"[A-Za-z]", word)
        else kk_plural
        # «Активисты Нурлан Жаулов, Жанат Казаков и Айдар Мубаров получили ...»
        or _ru_plural_before_names(word, context[span[1] :])
    )
    if (
        plural
        and re.fullmatch(r"[A-Za-z-]+", word)
        and re.search(
            r"\b(?:several|many|other|some|numerous|dozens of|hundreds of|scores of|fellow)\s+"
            r"(?:[\w-]+\s+){0,2}$",
            context[max(0, span[0] - 40) : span[0]],
            re.IGNORECASE,
        )
    ):
        # "Several activists across the nation have been sentenced": others, unless names
        # follow ("several activists, among them Yerbol Tanirbergen")
        return not re.match(r"[\s,:—–-]+[A-Z]", context[span[1] :])
    if plural:
        # ... but a Kazakh plural no name follows («Сот залына ... журналистер жиналды») is
        # said of others
        return kk_plural and not re.match(rf"[\s,:—–-]+[«\"]?[{names.UPPER}]", context[span[1] :])
    other = min((_distance(span, o) for o in others), default=10**9)
    mine = min((_distance(span, o) for o in own), default=10**9)
    lead = re.search(
        r"\b(?:the|his|her|our|their|my)\s+$", context[max(0, span[0] - 8) : span[0]], re.I
    )
    # ... but "Arman MUKHTAROV: the activist from Kaskelen" is said of the name just before
    if lead and not (mine <= len(lead.group()) + 2 and mine < other):
        if not re.match(r"\s+[A-Z]", context[span[1] :]):
            return True
    if other <= 3 and other < mine:
        return True
    # «председатель независимого профсоюза Сабит Жуков»: the trade's own words lead to the
    # other person's name right after it
    return any(
        start > span[1]
        and start - span[1] < mine
        and re.fullmatch(r"(?:\s+[а-яё-]+){1,3}\s+", context[span[1] : start])
        for start, _end in others
    )


_BARE_ACTIVIST = frozenset({"белсенді", "активист", "activist"})
_ACTIVIST_KIND = re.compile(r"активист|белсенді|activist", re.IGNORECASE)


def _occupation(
    context: str,
    language: str,
    own: list[tuple[int, int]] | None = None,
    others: list[tuple[int, int]] | None = None,
) -> str | None:
    seen: dict[str, list[int]] = {}
    taken: list[tuple[int, int]] = []
    own, others = own or [], others or []
    for pattern, canonical in lexicon.OCCUPATIONS[language]:
        for match in re.finditer(pattern, context, re.IGNORECASE):
            if (
                language == "ru"
                and _plural_only(match.group())
                and (
                    # («на два месяца гражданских активистов Бахыта X и Галию Y»: a noun before,
                    # yet the people of the case named right after)
                    (
                        _after_noun(context, match.start())
                        and not _NAMES_FOLLOW.match(context[match.end() :])
                    )
                    # «Просим журналистов и дипломатов следить за делом»: people no name
                    # follows are others
                    or not (
                        re.match(rf"[\s,:—–-]+[«\"]?[{names.UPPER}]", context[match.end() :])
                        # «двум местным активистам»: counted, they are the people of the case
                        or re.search(
                            r"(?<!\w)(?:два|двух|двум|двое|двоих|три|трёх|трех|трём|трем|трое|"
                            r"троих|оба|обе|обоих|обеих|обоим|четыр\w*|пят\w*)\s+(?:\w+\s+)?$",
                            context[max(0, match.start() - 30) : match.start()],
                            re.IGNORECASE,
                        )
                    )
                )
            ):
                continue
            if _said_of_another((match.start(), match.end()), own, others, context):
                taken.append((match.start(), match.end()))
                continue
            value = canonical.format(*(g.lower() for g in match.groups()))
            value = _with_modifiers(context, match.start(), match.end(), value, language)
            seen.setdefault(value, []).append(match.start())
            taken.append((match.start(), match.end()))
    for start, end, value in _occupation_words(context, language):
        if any(s < end and start < e for s, e in taken) or _said_of_another(
            (start, end), own, others, context
        ):
            continue
        value = _with_modifiers(context, start, end, value, language)
        seen.setdefault(value, []).append(start)
    body_start = _body_start(context)
    in_body = {v for v, positions in seen.items() if max(positions) >= body_start}
    values = sorted(seen, key=lambda v: min(seen[v]))
    kept: list[str] = []
    for value in values:
        # A headline's "Political prisoner X released" frames the story: a status only the
        # headline gives is dropped when the body says who the person is.
        if body_start and in_body and value not in in_body and _STATUS.search(value):
            continue
        # One word per kind of person: "civil activist" makes a bare "activist", or another
        # "... activist" only the headline uses, redundant.
        head = value.split()[-1]
        if any(v.startswith(value + " ") for v in values):
            continue  # «зейнеткер» inside «зейнеткер мұғалім»: a modifier of the trade
        if value in _BARE_ACTIVIST and any(v != value and _ACTIVIST_KIND.search(v) for v in values):
            continue  # «фемактивист» told, «Белсенді ... айтты» later says no more
        if any(
            v != value and " " not in v + value and (v.endswith(value) or value.endswith(v))
            for v in kept
        ):
            continue  # "teacher" then "schoolteacher": one trade, as first written
        same_kind = [v for v in values if v != value and v.split()[-1] == head]
        told_in_body = any(v in in_body for v in same_kind)
        if same_kind and (
            # (a headline's "Kazakh schoolteacher" leaves the body's "schoolteacher")
            (len(value.split()) == 1 and (language != "en" or value not in in_body or told_in_body))
            or (value not in in_body and told_in_body)
        ):
            continue
        # «шахтёра» in the headline, «шахтёра разреза «Восточный-2»» in the story: the trade
        # said with what it is of makes the bare word redundant
        if len(value.split()) == 1 and any(v.startswith(value + " ") for v in values):
            continue
        kept.append(value)
    return ", ".join(kept) if kept else None


# --- events --------------------------------------------------------------------------------------


def _kind_nearest_date(text: str, language: str) -> str | None:
    """In a sentence with one date and cues of several events ("Zhakupbekov, who was detained
    on 19 October 2023, was convicted ..."), the event whose cue shares the date's clause."""
    found = find_dates(text)
    if len(found) != 1:
        return None
    date = found[0]
    separators = [m.end() for m in re.finditer(r"[,;()—–]", text)]
    low = max([p for p in separators if p <= date.start], default=0)
    high = min([p - 1 for p in separators if p > date.end], default=len(text))
    clause = text[low:high]
    kinds = [k for k in lexicon.EVENT_ORDER if lexicon.EVENTS[k][language].search(text)]
    if len(kinds) < 2:
        return None
    in_clause = [k for k in kinds if lexicon.EVENTS[k][language].search(clause)]
    return in_clause[0] if len(in_clause) == 1 else None


def _event_kind(text: str, language: str) -> str | None:
    # "Both will appeal", "is expected to read the verdict": not yet
    text = lexicon.APPEAL_INTENDED[language].sub(" ", text)
    text = lexicon.VERDICT_EXPECTED[language].sub(" ", text)
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


def _measure(text: str, language: str) -> str | None:
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


_CLAUSE_END = re.compile(r"[;,()—–]\s*|\s(?:and|then|и|затем|а|және|ал)\s")


_HELD_KINDS = ("detention", "preventive_measure")
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


def split_clauses(sentence: Sentence, language: str) -> list[Sentence]:
    """A sentence with several dated events cut into clauses, one date each: "detained on 17
    April and placed in custody on 19 April", «задержан 28 августа ... и освобождён 30 января»,
    «11 қаңтарда ұсталды, 13 қаңтарда қамауға алынды». An appeal ruling stays whole: the
    verdict it names is read from the whole sentence."""
    text = sentence.text
    dates = find_dates(text)
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


#: A court deciding on a measure, not on a verdict: «изменила меру пресечения на домашний
#: арест», «оставила меру пресечения без изменения».
_MEASURE_CHANGED_RU = re.compile(r"\bмер\w*\s+пресечения\b", re.IGNORECASE)

#: What makes a date a birth date: «12.04.1993 года рождения», «1981 г.р.».
_BIRTH_DATE = re.compile(r"\s*(?:года|г\.)?\s*(?:рождения|г\.\s?р\.)", re.IGNORECASE)


def _scopes(
    sentences: list[Sentence],
    language: str,
    default_year: int | None = None,
    date_before: dt.date | None = None,
    surname: str | None = None,
) -> list[Scope]:
    sentences = [c for s in sentences for c in split_clauses(s, language)]
    joined = "\n".join(s.text for s in sentences)
    mentions = find_dates(joined)
    resolved = {
        f.start: f.value
        for f in resolve_dates(mentions, default_year, heading_first=language == "en")
        if not _BIRTH_DATE.match(joined, f.end)  # «12.04.1993 года рождения»: no event's
    }
    # Dates per sentence, by offsets in the joined text.
    scopes: list[Scope] = []
    current: Scope | None = None
    position = 0
    dateline: list[dt.date] = []
    waiting: list[tuple[str, Sentence]] = []  # undated sentences about an event not yet dated
    after_waiting: list[Sentence] = []  # undated punishments told after a waiting verdict
    published = _published(sentences, resolved)
    following = {id(a): b.text for a, b in itertools.pairwise(sentences)}
    days_told: list[dt.date] = []  # every day told so far, of an event or not
    for sentence in sentences:
        assumed = False
        end = position + len(sentence.text)
        dates = [value for start, value in resolved.items() if position <= start < end]
        position = end + 1
        days_told += dates
        if language == "en" and english.not_of_the_case(sentence.text, surname):
            continue
        if (
            language == "en"
            and dates
            and english.act_date_clause(sentence.text)
            and _event_kind(sentence.text, language) is None
        ):
            # "over a Facebook post of 14 February 2025 ..., and ordered him to pay ...": the
            # date is the act's; the clause goes on with the event told before it
            dates = []
        if language == "en" and len(dates) >= 2 and english.opens_with_dateline(sentence.text):
            dates = dates[1:]  # "KARAGANDA, 10 July 2025 -- The board on 9 July quashed ..."
        if (
            language == "en"
            and dates
            and current is not None
            and current.assumed
            and _event_kind(sentence.text, language) is None
            and english.dates_a_decision(sentence.text)
        ):
            # "... has rejected an appeal ... The court pronounced its decision on June 22":
            # the day of the ruling told after it, not the dateline's
            current.date = dates[0]
            current.assumed = False
            current.sentences.append(sentence)
            continue
        kind = _event_kind(sentence.text, language)
        measure = _measure(sentence.text, language)
        if (
            dates
            and kind in ("appeal_ruling", "verdict", "trial")
            and lexicon.SCHEDULED[language].search(sentence.text)
        ):
            continue  # "An appeal hearing is scheduled for 15 November": not yet
        if len(dates) == 1 and kind is not None:
            kind = _kind_nearest_date(sentence.text, language) or kind
        if kind == "verdict" and measure and not find_parts(sentence.text, language):
            kind = None  # "house arrest, imposed on 4 February": a measure, not a sentence
        if (
            kind == "appeal_ruling"
            and measure
            and language == "ru"
            and _MEASURE_CHANGED_RU.search(sentence.text)
            and not find_parts(sentence.text, language)
        ):
            # «апелляционная коллегия ... изменила ему меру пресечения на домашний арест»: an
            # appeal against the measure, which is the event
            kind = "preventive_measure"
        if (
            dates
            and kind is None
            and measure is None
            and _is_dateline(sentence.text)
            # What is left of a co-defendant's sentence (its dates, kept in a blank) dates only
            # "the same day" told next, not the next person's own undated sentence.
            and (
                not re.match(r"[ ]{8,}", sentence.text)
                or _days_later(following.get(id(sentence), ""), language) == 0
            )
        ):
            dateline = dates  # "KOKSHETAU, 22.11.2023." dates the news that follows
            continue
        if (
            len(dates) == 1
            and kind in ("verdict", "trial")
            and (current is not None or dateline)
            and _date_in_act(sentence.text, language)
        ):
            # «Его признали виновным ... за видео, опубликованное 20.01.2025», "• 18 March 2022
            # – Almaty. The court fined X for a post published on 9 January 2022": the one date
            # is the act's; the verdict is the one told before, or the dateline's.
            dates = []
        appeal_release = (
            not dates
            and kind == "release"
            and bool(_COURTROOM[language].search(sentence.text))
            and (
                bool(lexicon.EVENTS["appeal_ruling"][language].search(sentence.text))
                # "... replaced with restricted freedom. Daniyar ... was released in the
                # courtroom": told right after the ruling
                or [s.kind for s in scopes if s.kind not in _HELD_KINDS][-1:] == ["appeal_ruling"]
            )
            and any(scope.kind == "appeal_ruling" and scope.date for scope in scopes)
        )
        if not dates and not appeal_release and (kind is not None or measure is not None):
            days = _days_later(sentence.text, language)
            dated = [scope.date for scope in scopes if scope.date is not None] or (
                [date_before] if date_before and not scopes else []
            )
            if language == "en" and not dated:
                # "The court on May 5 sentenced X and Y ... Two days earlier, the same court
                # sentenced Z": the day told before, though it dates someone else's verdict
                dated = days_told[-1:]
            if days is not None and dated:
                # "Two days later, a court ordered him held in pre-trial detention",
                # «На следующий день ...», «Екі күннен кейін ...»
                dates = [dated[-1] + dt.timedelta(days=days)]
        if (
            not dates
            and not dateline
            and published is not None
            and (kind is not None or measure is not None)
            and _TODAY[language].search(sentence.text)
        ):
            # "Aktobe, 3 July 2024 – On 1 July police detained ... Today the investigating judge
            # ordered her pre-trial detention": today is the day the news is dated.
            dates = [published]
        today = bool(dateline) and bool(_TODAY[language].search(sentence.text))
        if today and dates and _today_told_apart(sentence.text, language):
            today = False  # "The trial began on 1 September; today nothing happened yet"
        if kind == "appeal_ruling" and dates and not today and not dateline:
            # "On the same day the board left unchanged the verdict of the X court of 30
            # December 2024 against ...": the only date is the verdict's; the ruling's day is
            # the one told before.
            days = _days_later(sentence.text, language)
            dated = [scope.date for scope in scopes if scope.date is not None] or (
                [date_before] if date_before else []
            )
            reference = _verdict_reference(sentence, language, skip_first=False)
            if days is not None and dated and reference is not None and reference[0] == dates[0]:
                dates = [dated[-1] + dt.timedelta(days=days), *dates]
                today = True
        if dateline and kind == "appeal_ruling" and dates and not today:
            # «Уральск, 9 сентября 2025 г. Коллегия рассмотрела жалобу на приговор ... от 24 июня
            # 2025 года»: the only date is the verdict's; the ruling is the dateline's day.
            reference = _verdict_reference(sentence, language, skip_first=False)
            if reference is not None and reference[0] == dates[0]:
                dates = dateline + dates
                today = True
        punishment = not dates and kind is None and bool(find_parts(sentence.text, language))
        if (
            dateline
            and (kind is not None or punishment or measure is not None)
            and (not dates or today)
        ):
            # "Kostanay, 14 September 2023. Today the court of appeal left unchanged the
            # sentence ... passed on 20 July 2023": today is the dateline's day; a card's
            # "📅 6 March 2024 ... 🔒 3 years of imprisonment" dates its punishment.
            assumed = not dates
            dates = dateline + dates
            if today:
                kind = _event_kind(sentence.text, language)
        if dates or kind is not None:
            dateline = []
        if (
            not dates
            and kind == "verdict"
            and current is not None
            and current.kind == "appeal_ruling"
            and re.search(_REPLACED_BEFORE[language].rstrip("$"), sentence.text, re.IGNORECASE)
        ):
            # "The court replaced the 4 years imposed on him with ...": still the appeal.
            kind = "appeal_ruling"
        acts = _date_in_act(sentence.text, language)
        if kind is None and measure is not None:
            kind = "preventive_measure"
        if (
            kind is None
            and dates
            and find_parts(_without_requests(sentence, language).text, language)
        ):
            # a dated punishment needs no cue: a table row, "12 Jan: 2 years" (not one the
            # prosecutor asked for: «попросил назначить ей четыре года ...»)
            kind = "verdict"
        if kind == "preventive_measure" and measure == "custody" and dates:
            if _held_since(sentence.text, language) and not (
                # "arrested on August 21 ... in pre-trial detention since August 23": held
                # from a later day than the arrest told, by a measure of that day
                language == "en"
                and any(s.kind == "detention" and s.date and s.date < dates[0] for s in scopes)
            ):
                kind = "detention"  # "in SIZO since 12 September", «под стражей с 2 января»
        imposed = _imposed_on(sentence, language) if kind == "appeal_ruling" and dates else None
        if imposed is not None and not (acts and kind in ("detention", "preventive_measure")):
            # "increased the sentence: the 2 years of restriction of liberty imposed by the
            # Taraz city court on 10 March 2025 under Article 274(3) were replaced by 4 years in
            # prison": the verdict is the clause from its term to its date; the appeal reads the
            # whole sentence (the change from that term to the new one).
            verdict_date, low, high = imposed
            text = sentence.text
            current = Scope("appeal_ruling", dates[0], [sentence], measure)
            current.outcome = _outcome(text, language)
            scopes.append(
                Scope("verdict", verdict_date, [Sentence(sentence.start + low, text[low:high])])
            )
            scopes.append(current)
        elif (
            dates and kind and not (acts and kind in ("detention", "preventive_measure", "charge"))
        ):
            reference = (
                _verdict_reference(sentence, language, skip_first=not today)
                if kind == "appeal_ruling"
                else None
            )
            if reference is not None:
                # "overturned her verdict of 20 January 2022 (2 years ...)": the verdict too.
                verdict_date, cut = reference
                head = Sentence(sentence.start, sentence.text[:cut])
                tail = Sentence(sentence.start + cut, sentence.text[cut:])
                current = Scope("appeal_ruling", dates[0], [head], measure)
                scopes.append(Scope("verdict", verdict_date, [tail]))
                current.outcome = _outcome(sentence.text, language)
            elif kind == "charge" and measure:
                # "charged ... and placed in pre-trial detention": both on that day.
                scopes.append(Scope("charge", dates[0], [sentence]))
                current = Scope("preventive_measure", dates[-1], [sentence], measure)
            elif kind == "detention" and measure and len(dates) >= 2:
                scopes.append(Scope("detention", dates[0], [sentence]))
                current = Scope("preventive_measure", dates[1], [sentence], measure)
            else:
                current = Scope(kind, dates[0], [sentence], measure, assumed=assumed)
                current.outcome = _outcome(sentence.text, language)
            scopes.append(current)
        elif (
            dates
            and kind is None
            and any(k == "verdict" for k, _ in waiting)
            and not any(scope.kind == "verdict" for scope in scopes)
            and lexicon.COURT[language].search(sentence.text)
        ):
            # "pensioner X fined 737,400 tenge under Art. 174(1) ... Konaev city court,
            # 20.11.2024.": a court and a date told after an undated verdict date it.
            told = [s for k, s in waiting if k == "verdict"]
            waiting = [(k, s) for k, s in waiting if k != "verdict"]
            current = Scope("verdict", dates[0], [*told, *after_waiting, sentence])
            scopes.append(current)
        elif dates:
            current = None  # a dated sentence about something else ends the scope
        elif appeal_release:
            # "The appeal court replaced the prison term with 3 years of restriction of liberty,
            # and she was released in the courtroom the same day": the appeal's new sentence,
            # and a release on the appeal's day (not on the verdict's told in between).
            ruling = [scope for scope in scopes if scope.kind == "appeal_ruling" and scope.date][-1]
            ruling.sentences.append(sentence)
            ruling.outcome = ruling.outcome or _outcome(sentence.text, language)
            scopes.append(Scope("release", ruling.date, [sentence], courtroom=True))
            current = ruling
        elif (
            kind in ("release", "detention")
            and current is not None
            and current.kind in ("appeal_ruling", "verdict")
            and current.date is not None
            and _COURTROOM[language].search(sentence.text)
        ):
            # "... reduced his sentence. He was released in the courtroom": that day; so is
            # «... жазасын күшейтті. Жандарбеков сот залында күзетке алынды».
            scopes.append(Scope(kind, current.date, [sentence], courtroom=True))
        elif (
            kind == "release"
            and _AFTER_VERDICT[language].search(sentence.text)
            and any(scope.kind == "verdict" and scope.date for scope in scopes)
        ):
            # «Үкімнен кейін олар сот залынан босатылды» told after the custody: the verdict's
            # day, not the arrest's
            verdict = [scope for scope in scopes if scope.kind == "verdict" and scope.date][-1]
            scopes.append(Scope("release", verdict.date, [sentence], courtroom=True))
        elif (
            kind == "detention"
            and not dates
            and current is not None
            and current.kind in ("appeal_ruling", "verdict")
            and current.date is not None
            and _COURTROOM[language].search(sentence.text)
        ):
            # «... заменено на лишение свободы. Белоусов взят под стражу в зале суда»: taken
            # into custody on the day of the ruling told before
            scopes.append(Scope("detention", current.date, [sentence], courtroom=True))
        elif current is not None and _earlier_case(sentence.text, current) and kind is None:
            current = None  # "she had already been convicted in 2018": another case
        elif (
            punishment
            and current is not None
            and current.kind in _HELD_KINDS
            and any(scope.kind == "verdict" for scope in scopes)
        ):
            # "... He has been in custody since 18 June. Each of the three must also pay 4,720
            # tenge in court costs": a punishment told after the custody is the verdict's
            [scope for scope in scopes if scope.kind == "verdict"][-1].sentences.append(sentence)
        elif (
            current is not None
            and kind in (None, current.kind)
            and not _earlier_case(sentence.text, current)
        ):
            current.sentences.append(sentence)
            current.measure = current.measure or measure
            current.outcome = current.outcome or _outcome(sentence.text, language)
        elif (
            current is None
            and kind is None
            and not dates
            and any(k == "verdict" for k, _ in waiting)
            and find_parts(sentence.text, language)
        ):
            after_waiting.append(sentence)  # "Plus 1,276 tenge court fees." before its date
        elif kind in ("verdict", "appeal_ruling") and not _earlier_case(sentence.text, None):
            # "The first-instance court had sentenced him to ...": back to that scope.
            earlier = [scope for scope in scopes if scope.kind == kind]
            if earlier:
                current = earlier[-1]
                current.sentences.append(sentence)
                # «Апелляционная коллегия приговор оставила без изменения» told last
                current.outcome = current.outcome or _outcome(sentence.text, language)
            else:
                waiting.append((kind, sentence))
    # «16 января 2025 года. Журналистку оштрафовали ... Пятнадцатого января 2025 года суд
    # признал ...»: a headline dated only by the release's dateline gives way to the same
    # event told with its own date.
    if language == "en":
        # "AQTAU -- The court has upheld a five-year prison sentence ... The court on September
        # 29 rejected an appeal": what the headline-dated scope told is the dated one's
        for scope in scopes:
            same = [
                o
                for o in scopes
                if scope.assumed and o.kind == scope.kind and not o.assumed and o.date != scope.date
            ]
            if same:
                same[0].sentences[:0] = scope.sentences
    scopes = [
        scope
        for scope in scopes
        if not scope.assumed
        or not any(
            other.kind == scope.kind and not other.assumed and other.date != scope.date
            for other in scopes
        )
    ]
    # "In October 2022 she was sentenced to one year ... The verdict was of 25 October 2022."
    for kind, sentence in waiting:
        later = next((scope for scope in scopes if scope.kind == kind), None)
        if later is not None and not _earlier_case(sentence.text, later):
            later.sentences.insert(0, sentence)
        elif later is None and kind == "verdict":
            # "On 11 October the court considered the case ... The court sentenced him to ...":
            # the verdict of the hearing it follows.
            hearing = next((s for s in scopes if s.kind == "trial" and s.date), None)
            if hearing is not None and find_parts(sentence.text, language):
                scopes.remove(hearing)
                scopes.append(Scope("verdict", hearing.date, [*hearing.sentences, sentence]))
    # «Сот ... тағайындады. Сондай-ақ 2 жылға ... тыйым салынды. Үкім 2025 жылғы 20 қаңтарда
    # жарияланды.»: a punishment told after the undated verdict goes with it to its date
    dated_verdict = next((scope for scope in scopes if scope.kind == "verdict"), None)
    placed = {x.start for scope in scopes for x in scope.sentences}
    if dated_verdict is not None:
        dated_verdict.sentences.extend(s for s in after_waiting if s.start not in placed)
    if not any(scope.kind == "verdict" for scope in scopes):
        # "On 4 June the Oral city court sentenced X to 3 years in prison" with no year told
        # anywhere: a verdict all the same, its day unknown.
        told = [
            s
            for kind, s in waiting
            if kind == "verdict"
            and find_parts(_without_requests(s, language).text, language)
            and not _earlier_case(s.text, None)
        ]
        if told:
            scopes.append(Scope("verdict", None, told))
    return scopes


#: A news item's place and date before a dash: "Aktobe, 3 July 2024 –", "ALMATY, March 14, 2024 —".
#: A release told as following the verdict: "after the verdict", «после приговора»,
#: «үкімнен кейін».
_AFTER_VERDICT = lexicon.compile_table(
    {
        "en": r"\bafter the (?:verdict|sentencing)\b",
        "ru": r"\bпосле (?:оглашения )?приговора\b",
        "kk": r"\bүкім(?:нен| жарияланғаннан)\s+кейін\b",
    }
)
_DATELINE_LEAD = re.compile(r"^\s*[^\W\d][\w-]*(?:\s[\w-]+)?,\s*$")


_NEXT_DAY = {
    "en": r"\b(?:the\s+)?(?:next|following)\s+day\b|\bday\s+after\b",
    "ru": r"\bна\s+следующий\s+день\b|\bна\s+другой\s+день\b|\bназавтра\b",
    "kk": r"\bкелесі\s+күні\b|\bертесі(?:\s+күні)?\b",
}
_SAME_DAY = {
    "en": r"\b(?:on\s+)?the\s+same\s+day\b|\bthat\s+(?:same\s+)?day\b",
    "ru": r"\bв\s+тот\s+же\s+день\b|\bв\s+этот\s+же\s+день\b",
    "kk": r"\bсол\s+күні\b|\bсол\s+күні\s+ақ\b",
}
_DAYS_LATER = {
    "en": r"\b(\w+)\s+days?\s+later\b",
    "ru": r"\bчерез\s+(\w+)\s+(?:дн|сут)\w*|\b(\w+)\s+(?:дн|сут)\w*\s+спустя\b",
    "kk": r"\b(\w+)\s+күннен\s+(?:кейін|соң)\b",
}


def _days_later(text: str, language: str) -> int | None:
    """Days after the event told before: "the same day" 0, "the next day" 1, "two days later"
    2, «через три дня» 3, «екі күннен кейін» 2."""
    if re.search(_NEXT_DAY[language], text, re.IGNORECASE):
        return 1
    if re.search(_SAME_DAY[language], text, re.IGNORECASE):
        return 0
    match = re.search(_DAYS_LATER[language], text, re.IGNORECASE)
    earlier = language == "en" and re.search(r"\b(\w+)\s+days?\s+(?:earlier|before)\b", text, re.I)
    if earlier and not match:
        # "Two days earlier, the same court sentenced another activist": before, not after
        days = _days_later(f"{earlier.group(1)} days later", language)
        return -days if days else None
    if not match:
        return None
    word = next(g for g in match.groups() if g).lower()
    if word.isdigit():
        return int(word) if 0 < int(word) < 60 else None
    number = WORD_NUMBERS.get(word) or {"дня": 1, "двое": 2, "трое": 3}.get(word)
    return int(number) if number else None


def _published(sentences: list[Sentence], resolved: dict[int, dt.date]) -> dt.date | None:
    """The date a news item gives itself at its opening ("Aktobe, 3 July 2024 – ...")."""
    position = 0
    for sentence in sentences[:4]:
        for found in find_dates(sentence.text):
            lead = sentence.text[: found.start]
            after = sentence.text[found.end : found.end + 4]
            value = resolved.get(position + found.start)
            if (
                value
                and _DATELINE_LEAD.match(lead.split("\n")[-1])
                and re.match(r"\s*[–—-]", after)
            ):
                return value
            break
        position += len(sentence.text) + 1
    return None


_EARLIER = lexicon.compile_table(
    {"en": r"\balready\b|\bpreviously\b", "ru": r"\bранее\b|\bуже\b", "kk": r"\bбұрын\b"}
)


def _earlier_case(text: str, scope: Scope | None) -> bool:
    """An undated sentence about an earlier case: "already convicted in 2018", «ранее, в 2018
    году, она уже была осуждена»: a year other than the scope's, or "already"/«ранее»."""
    years = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)}
    if scope is not None and scope.date is not None and years and scope.date.year not in years:
        return True
    return bool(years) and bool(
        _EARLIER["en"].search(text) or _EARLIER["ru"].search(text) or _EARLIER["kk"].search(text)
    )


_COURTROOM = lexicon.compile_table(
    {
        "en": r"\bcourt\s?room\b|\bin (?:the )?court\b|\b(?:the )?same day\b",
        "ru": r"\bзал\w*\s+(?:суда|судебного\s+заседания)\b|\bв тот же день\b",
        "kk": r"\bсот\s+зал\w*|\bсол күні\b",
    }
)
_TODAY = lexicon.compile_table({"en": r"\btoday\b", "ru": r"\bсегодня\b", "kk": r"\bбүгін\w*"})
#: An explicit preventive measure «Мера пресечения: арест (с 24 ноября)» is that measure,
#: even with "since".
_MEASURE_WORD = r"measure|мер\w* пресечения|бұлтартпау"


def _date_in_act(text: str, language: str) -> bool:
    """The sentence's first date is inside what the person is accused of ("accused of a post
    of 5 May"), so it dates the act, not an arrest the same sentence may name."""
    match = lexicon.ACTS[language].search(text)
    dates = find_dates(text)
    reason = lexicon.REASONS[language].search(text)
    if (
        language != "kk"
        and reason
        and dates
        and re.search(_OWN_DATE, text[reason.end() : dates[0].start], re.IGNORECASE)
    ):
        return True  # "charged ... because of a video he put on Instagram on 28 May"
    if not match or not dates:
        return bool(match)
    if language == "kk":  # «Ол ... жазба жариялады деп айыпталды»: the act comes first
        low = max((m.end() for m in re.finditer(r"[,;]", text[: match.start()])), default=0)
        return low <= dates[0].start < match.start()
    return dates[0].start >= match.end()


def _today_told_apart(text: str, language: str) -> bool:
    """A "today" in a clause of its own that tells no event ("The trial began on 1 September
    2025; today the judge is expected to read the verdict"): the sentence's own date stays."""
    for clause in re.split(r";|\s[—–]\s|,?\s+(?:and|but|while|а|но|и|ал|және)\s+", text):
        if _TODAY[language].search(clause):
            return not find_dates(clause) and _event_kind(clause, language) is None
    return False


def _is_dateline(text: str) -> bool:
    """A line of only a place and a date, or a date alone; or a heading of short cells one of
    which is that ("COURT NEWS | Almaty | 16 June 2025")."""
    if "|" in text:
        cells = [c.strip() for c in text.split("|")]
        if all(len(c.split()) <= 4 for c in cells) and any(
            find_dates(c) and _is_dateline(c) for c in cells
        ):
            return True
    # ("8. KARAGANDA - 3 March" in a list under a heading that gives the year: a date told
    # without its year too)
    for found in reversed(find_dates(text)):
        text = text[: found.start] + text[found.end :]
    rest = re.sub(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\s+\w+\s+\d{4}\s*\w*\.?", "", text)
    # «2025 жылғы 25 ақпан»: a date written year first
    rest = re.sub(r"\d{4}\s+жыл\w*\s+\d{1,2}\s+\w+", "", rest)
    # "• 16 March 2022 – Ekibastuz (Pavlodar region).": a bullet and the town's region too
    rest = re.sub(r"\([^()]{0,40}\)|^\s*[•·*]", "", rest)
    return len(rest.strip(" ,.—–-\n")) <= 25 and len(rest.split()) <= 3


_SINCE = {
    "en": r"\bsince\b(?:[^.;,]|(?<=\d)\.(?=\d)){0,25}$",
    # «со 2 июня»
    "ru": r"\bс[оo]?\s*$|\bс момента\b(?:[^.;,]|(?<=\d)\.(?=\d)){0,25}$",
    "kk": r"(?!)",
}


def _held_since(text: str, language: str) -> bool:
    found = find_dates(text)
    if not found or re.search(_MEASURE_WORD, text, re.IGNORECASE):
        return False
    first = found[0]
    before, after = text[: first.start], text[first.end :]
    return bool(
        re.search(_SINCE[language], before, re.IGNORECASE)
        or (language == "kk" and re.match(r"\S*\s+бері", after))
    )


#: A clause saying what the prosecution asked for: its terms are not the sentence.
_REQUEST = {
    "en": r"\b(?:asked|requested|demanded|sought|had asked)\b",
    "ru": r"\b(?:просил|просит|попросил|попросит|запрашивал|требовал|требует|запросил)\w*",
    "kk": r"\bсұра(?:ды|ған|п)|талап ет",
}


def _without_requests(sentence: Sentence, language: str) -> Sentence:
    text = sentence.text
    for match in re.finditer(_REQUEST[language], text, re.IGNORECASE):
        low = max(text.rfind(c, 0, match.start()) for c in ";,.")
        highs = [i for i in (text.find(c, match.end()) for c in ";,.") if i >= 0]
        high = min(highs) if highs else len(text)
        text = text[: low + 1] + " " * (high - low - 1) + text[high:]
    return Sentence(sentence.start, text)


_IMPOSED_ON = {
    "en": r"\bimposed\b(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\bon\s*$",
    "ru": r"(?!)",
    "kk": r"(?!)",
}


def _imposed_on(sentence: Sentence, language: str) -> tuple[dt.date, int, int] | None:
    """In an appeal's sentence, "<term> imposed by <court> on <date>": the verdict's date and
    the span of that clause (from its term to its date)."""
    for found in resolve_dates(find_dates(sentence.text))[1:]:
        lead = sentence.text[max(0, found.start - 80) : found.start]
        match = re.search(_IMPOSED_ON[language], lead, re.IGNORECASE)
        if match is None:
            continue
        at = found.start - (len(lead) - match.start())
        terms = find_terms(sentence.text[max(0, at - 60) : at])
        if not terms:
            return None
        return found.value, max(0, at - 60) + terms[-1].start, found.end
    return None


def _verdict_reference(
    sentence: Sentence, language: str, *, skip_first: bool = True
) -> tuple[dt.date, int] | None:
    """The date of the verdict an appeal sentence refers to, and where that reference starts
    (the sentence's first date is the ruling's own, unless a dateline gave it)."""
    before, after = lexicon.VERDICT_REFERENCE[language]
    for found in resolve_dates(find_dates(sentence.text))[1 if skip_first else 0 :]:
        lead = sentence.text[max(0, found.start - 80) : found.start]
        tail = sentence.text[found.end : found.end + 30]
        if re.search(before, lead, re.IGNORECASE) or re.search(after, tail, re.IGNORECASE):
            match = re.search(before, lead, re.IGNORECASE)
            cut = found.start - (len(lead) - match.start()) if match else found.start
            # "dismissed his appeal against the 4-year prison sentence handed down on ...":
            # the term written just before the reference is the verdict's.
            terms = find_terms(sentence.text[max(0, cut - 30) : cut])
            if terms:
                cut = max(0, cut - 30) + terms[-1].start
            return found.value, cut
    return None


def _outcome(text: str, language: str) -> str | None:
    for outcome, table in lexicon.OUTCOMES.items():
        if table[language].search(text):
            return outcome
    return None


def _parts(scope: Scope, language: str) -> list[Part]:
    sentences = [_without_requests(s, language) for s in scope.sentences]
    return [p for s in sentences for p in find_parts(s.text, language, s.start)]


_FROM = {"en": r"\bfrom\s*$", "ru": r"\bс[оo]?\s*$", "kk": r"(?!)"}
_TO = {"en": r"\bto\b", "ru": r"\bдо\b", "kk": r"(?!)"}
#: "instead of 4 years of imprisonment she now faces 2 years ...": no "to" needed.
_INSTEAD = {"en": r"\binstead of\s*$", "ru": r"\bвместо\s*$", "kk": r"(?!)"}
#: "3 years ... were replaced with 3 years of ...", «3 года ... заменены на 3 года ...».
_REPLACED = {
    "en": r"\b(?:replaced|substituted|commuted|changed|converted)\b.{0,20}\b(?:with|by|to|into)\b|"
    # "his two-year prison term must be increased to two years and six months"
    r"\b(?:increased|reduced|raised|lowered|cut|extended|shortened|lengthened)\s+to\b",
    "ru": r"\bзамен\w*|\bизмен\w*\s+на\b",
    "kk": r"\bорнына\b",
}

_REPLACED_BEFORE = {
    "en": r"\b(?:replaced|substituted|commuted|changed|converted)\b" + IN_SENTENCE + r"{0,30}$",
    "ru": r"\bзамен\w*(?:[^.;]|(?<=\d)\.(?=\d)){0,30}$",
    "kk": r"\b(?:алмастыр|ауыстыр)\w*(?:[^.;]|(?<=\d)\.(?=\d)){0,30}$",
}
_WITH = {"en": r"\b(?:with|by|to|into)\b", "ru": r"\bна\b", "kk": r"(?!)"}
#: "the 2 years of ... imposed by the Taraz city court on 10 March 2025 under Article 274(3)
#: were replaced by 4 years in prison": the change told in the passive, after the old term.
_REPLACED_PASSIVE = {
    "en": r"\b(?:was|were)\s+(?:replaced|substituted|changed|converted)\s+(?:with|by|to|into)\s*$",
    "ru": r"(?!)",
    "kk": r"(?!)",
}
#: A pronoun for the punishment just named ("replaced it with ...", «заменил его на ...»).
_IT = {"en": {"it"}, "ru": {"его", "её", "ее", "им"}, "kk": set()}
#: A kind replaced by a term of another, the first written without its term: "replaced the
#: prison term with 3 years of restriction of liberty", «заменил лишение свободы на 2 года ...».
_REPLACED_KIND = {
    "en": r"\b(?:replaced|substituted|commuted|changed|converted)\b"
    r"((?:[^.;\d]|(?<=\d)\.(?=\d)){0,40}?)\b(?:with|by|to|into)\b",
    "ru": r"\bзамени\w*((?:[^.;\d]|(?<=\d)\.(?=\d)){0,60}?)\bна\b",
    "kk": r"(?!)",
}


def _appeal_changes(scope: Scope, language: str) -> tuple[list[Part], list[Part], set[str]]:
    """(parts the appeal states, the 'from' values of changes, kinds replaced by another)."""
    stated: list[Part] = []
    before: list[Part] = []
    replaced: set[str] = set()
    new_kinds: list[str] = []
    for sentence in scope.sentences:
        parts = find_parts(sentence.text, language, sentence.start)
        text = sentence.text
        terms = find_terms(text)
        for first, second in itertools.pairwise(terms):
            between = text[first.end : second.start]
            lead = text[max(0, first.start - 12) : first.start]
            kazakh_from = (
                language == "kk"
                and (
                    re.search(r"(?:дан|ден|тан|тен|нан|нен)$", text[first.start : first.end])
                    or re.search(r"\w(?:дан|ден|тан|тен|нан|нен)\s*$", between)
                    # «3 жыл ... жазасын 2 жыл ... шектеуге ауыстырды»: the accusative is replaced
                    or (
                        re.search(r"(?:ды|ді|ты|ті|ны|ні|сын|сін)\b", between)
                        and re.search(r"алмастыр|ауыстыр", text)
                    )
                    # «5 жыл бас бостандығынан айыру жазасы 3 жылға қысқартылды»: the term is cut
                    or (
                        re.search(r"\bжазас(?:ы|ын)\b", between)
                        and re.match(
                            r"\s*(?:\S+\s+){0,3}?(?:қысқарт|ұзарт|азайт|төмендет)\w*",
                            text[second.end :],
                        )
                    )
                )
            )
            is_change = (
                kazakh_from
                or re.search(_INSTEAD[language], lead, re.IGNORECASE)
                or re.search(_REPLACED[language], between, re.IGNORECASE)
                # "replaced the 4 years of imprisonment imposed on him with 2 years of ...",
                # «заменил 4 года лишения свободы на 2 года ограничения свободы»
                or (
                    re.search(
                        _REPLACED_BEFORE[language],
                        text[max(0, first.start - 40) : first.start],
                        re.IGNORECASE,
                    )
                    and re.search(_WITH[language], between, re.IGNORECASE)
                )
                or (
                    re.search(_FROM[language], lead, re.IGNORECASE)
                    and re.search(_TO[language], between, re.IGNORECASE)
                )
            )
            passive = re.search(_REPLACED_PASSIVE[language], between, re.IGNORECASE)
            if not (is_change or passive) or len(between) > (160 if passive else 60):
                continue
            to_part = next((p for p in parts if p.value_position == second.start), None)
            from_part = next((p for p in parts if p.value_position == first.start), None)
            kinds_between = find_kinds(between, language)
            to_kind = to_part.kind if to_part else None
            from_kind = (
                kinds_between[0].kind if kinds_between else (from_part.kind if from_part else None)
            )
            to_kind = to_kind or from_kind or _nearest_term_kind(text, language)
            from_kind = from_kind or to_kind
            if to_kind is None or from_kind is None:
                continue
            parts = [p for p in parts if p.value_position not in (first.start, second.start)]
            stated.append(
                Part(
                    to_kind,
                    term_months=second.value,
                    position=sentence.start + second.start,
                    value_position=sentence.start + second.start,
                    changed=True,
                )
            )
            before.append(Part(from_kind, term_months=first.value))
            if from_kind != to_kind:
                replaced.add(from_kind)
        for match in re.finditer(_REPLACED_KIND[language], text, re.IGNORECASE):
            kinds = find_kinds(match.group(1), language)
            if not kinds and match.group(1).strip().lower() in _IT[language]:
                # "found the fine too lenient and replaced it with two years of ...": the
                # kind named last before the pronoun
                kinds = find_kinds(text[max(0, match.start() - 80) : match.start()], language)[-1:]
            to_part = next((p for p in parts if p.value_position >= match.end()), None)
            if not kinds or to_part is None or to_part.kind == kinds[0].kind:
                continue
            if to_part.value_position - match.end() > 20 or kinds[0].kind in replaced:
                continue
            parts.remove(to_part)
            stated.append(dataclasses.replace(to_part, changed=True))
            before.append(Part(kinds[0].kind))
            replaced.add(kinds[0].kind)
        for old_kind, new_kind in _kk_kind_replaced(text, language):
            # the old kind is named only to be replaced: a term next to it is the new one's
            parts = [p for p in parts if p.kind != old_kind]
            if old_kind not in replaced:  # the new kind's term may be told in a later sentence
                before.append(Part(old_kind))
                replaced.add(old_kind)
                new_kinds.append(new_kind)
        stated.extend(parts)
    for new_kind in new_kinds:
        index = next((i for i, p in enumerate(stated) if p.kind == new_kind), None)
        if index is None:
            stated.append(Part(new_kind, position=scope.sentences[0].start, changed=True))
        else:
            stated[index] = dataclasses.replace(stated[index], changed=True)
    stated.sort(key=lambda p: (p.position, p.value_position))
    return stated, before, replaced


#: «бас бостандығынан айыру жазасын бас бостандығын шектеуге ауыстырды»: a Kazakh appeal
#: replacing one kind by another, no term written (the term may follow in the next sentence).
_KK_KIND_REPLACED = re.compile(
    r"(?P<old>\S+\s+\S+\s+\S+)\s+жазасын\s+(?P<new>[^.;\d]{3,60}?)\s*(?:ауыстыр|алмастыр)\w*|"
    # «бас бостандығынан айыруды бір жыл бас бостандығын шектеумен алмастырып»
    r"(?P<old2>\S+\s+\S+\s+\S+(?:ды|ді|ты|ті))\s+(?P<new2>[^.;]{3,60}?(?:мен|бен|пен|ға|ге|қа|ке))"
    r"\s+(?:ауыстыр|алмастыр)\w*",
    re.IGNORECASE,
)


def _kk_kind_replaced(text: str, language: str) -> list[tuple[str, str]]:
    if language != "kk":
        return []
    found = []
    for match in _KK_KIND_REPLACED.finditer(text):
        old = find_kinds(match.group("old") or match.group("old2"), language)
        new = find_kinds(match.group("new") or match.group("new2"), language)
        if old and new and old[-1].kind != new[0].kind:
            found.append((old[-1].kind, new[0].kind))
    return found


#: A part of the sentence taken out by the appeal: "struck out the ban on ...", «исключила из
#: приговора запрет на ...», «қоғамдық жұмысты үкімнен алып тастады» (the kind after the
#: verb in English and Russian, before it in Kazakh).
_STRUCK_OUT = {
    "en": r"\b(?:struck|removed|deleted|excluded)\s+(?:out\s+)?(?:from\s+the\s+(?:verdict|"
    r"sentence)\s+)?((?:[^.;]|(?<=\d)\.(?=\d)){3,60})",
    "ru": r"\b(?:исключил\w*|исключен\w*)\s+(?:из\s+приговора\s+)?(" + IN_SENTENCE + r"{3,60})",
    "kk": r"("
    + IN_SENTENCE
    + r"{3,60}?)\s+(?:үкімнен\s+)?(?:алып таста|алынып таста|алып тасталды)",
}


def _struck_out(scope: Scope, language: str) -> set[str]:
    """The kinds of punishment an appeal ruling took out of the sentence."""
    kinds: set[str] = set()
    for sentence in scope.sentences:
        for match in re.finditer(_STRUCK_OUT[language], sentence.text, re.IGNORECASE):
            # (in Kazakh, the words right before the verb: «қоғамдық жұмысты үкімнен ...»)
            told = " ".join(match.group(1).split()[-3:]) if language == "kk" else match.group(1)
            found = find_kinds(told, language)
            if found and not find_terms(told):
                kinds.add(found[0].kind)
    return kinds


_UP_TO = {
    "en": (r"\b(?:to|down to|up to)\s*$", r"(?!)"),
    "ru": (r"\bдо\s*$", r"(?!)"),
    "kk": (r"(?!)", r"^\S*\s+дейін"),
}


def _lone_new_term(scope: Scope, language: str) -> int | None:
    """A term an appeal reduced or increased the sentence to, written without its kind
    ("reduced the sentence to 3 years", «смягчила приговор до 3 лет», «3 жылға дейін»)."""
    before, after = _UP_TO[language]
    for sentence in scope.sentences:
        text = sentence.text
        owned = {p.value_position for p in find_parts(text, language)}
        for term in find_terms(text):
            if term.start in owned:
                continue
            if re.search(before, text[: term.start], re.IGNORECASE) or re.search(
                after, text[term.end :], re.IGNORECASE
            ):
                return term.value
    return None


def _new_main_part(scope: Scope, language: str) -> Part | None:
    """A prison or restriction-of-liberty term an appeal reduced or increased the sentence to,
    written with its kind ("reduced to 3 years of restriction of liberty", «снизила до 2 лет
    ограничения свободы», «2 жылға дейін бас бостандығын шектеу»)."""
    before, after = _UP_TO[language]
    for sentence in scope.sentences:
        text = sentence.text
        for part in find_parts(text, language):
            if part.kind not in ("imprisonment", "restriction_of_liberty") or not part.term_months:
                continue
            at = part.value_position
            terms = [t for t in find_terms(text) if t.start == at]
            end = terms[0].end if terms else at
            if re.search(before, text[:at], re.IGNORECASE) or re.search(
                after, text[end:], re.IGNORECASE
            ):
                return part
    return None


def _nearest_term_kind(text: str, language: str) -> str | None:
    kinds = [k.kind for k in find_kinds(text, language) if sort_of(k.kind) == "term"]
    return kinds[0] if kinds else None


def _unique(parts: list[Part]) -> list[Part]:
    kept: list[Part] = []
    for part in parts:
        if not any(part.same_value(k) for k in kept):
            kept.append(part)
    return kept


def _events(scopes: list[Scope], language: str) -> tuple[list[Record], str | None]:
    first: dict[str, Scope] = {}
    for scope in scopes:
        first.setdefault(scope.kind, scope)
    rulings = [s for s in scopes if s.kind == "appeal_ruling" and s.date is not None]
    if rulings:  # the appeal, then a cassation, whatever order the report tells them in
        first["appeal_ruling"] = min(rulings, key=lambda s: s.date or dt.date.max)
    verdict_parts: list[Part] = []
    if "verdict" in first:
        # "16:05 VERDICT. / 16:07 NAME: a fine of ...": the same day's verdict told again
        same_day = [
            scope
            for scope in scopes
            if scope.kind == "verdict"
            and (scope is first["verdict"] or (scope.date and scope.date == first["verdict"].date))
        ]
        verdict_parts = _unique([p for scope in same_day for p in _parts(scope, language)])
    appeal = first.get("appeal_ruling")
    appeal_parts: list[Part] = []
    outcome = None
    if appeal is not None:
        outcome = appeal.outcome
        stated, before, replaced = _appeal_changes(appeal, language)
        stated = _unique(stated)
        struck = _struck_out(appeal, language)
        if struck:
            # «Коллегия исключила из приговора запрет на пользование соцсетями»: the rest
            # stands; a part taken out makes the sentence lighter
            stated = [p for p in stated if p.kind not in struck]
            replaced |= struck
            if outcome in (None, "upheld"):
                outcome = "reduced"
        if outcome in ("reduced", "increased") and not any(p.changed for p in stated):
            lone = _lone_new_term(appeal, language)
            main = next(
                (p for p in verdict_parts if p.kind in ("imprisonment", "restriction_of_liberty")),
                None,
            )
            new = _new_main_part(appeal, language)
            if lone is not None and main is not None and lone != main.term_months:
                # «апелляция смягчила приговор до 3 лет»: the verdict's main term, changed.
                stated = [p for p in stated if p.kind != main.kind]
                stated.append(Part(main.kind, term_months=lone, changed=True))
                before.append(main)
            elif new is not None and main is not None and new.kind != main.kind:
                # "the punishment was reduced to 3 years of restriction of liberty" after 5
                # years of prison: another kind of punishment instead of the verdict's.
                stated = [p for p in stated if not p.same_value(new)]
                stated.append(dataclasses.replace(new, changed=True))
                before.append(main)
                replaced.add(main.kind)
        changed = [p for p in stated if p.changed]
        if before and changed and outcome not in ("overturned", "sent_back"):
            # «изменила приговор ... в остальной части без изменения»: the change decides.
            outcome = _direction(before[0], changed[0]) or outcome
        verdict_kinds = {p.kind for p in verdict_parts}
        for part in before:
            if part.kind not in verdict_kinds:
                verdict_parts.append(part)
                verdict_kinds.add(part.kind)
        if outcome == "upheld" and not stated:
            appeal_parts = list(verdict_parts)
        elif outcome in ("overturned", "sent_back"):
            appeal_parts = stated
        else:
            stated_kinds = {p.kind for p in stated}
            for part in verdict_parts:
                if part.kind in replaced and part.kind not in stated_kinds:
                    continue
                if part.kind in stated_kinds:
                    appeal_parts += [
                        p for p in stated if p.kind == part.kind and p not in appeal_parts
                    ]
                else:
                    appeal_parts.append(part)
            for part in stated:
                if part.kind not in verdict_kinds:
                    appeal_parts.append(part)
                    if outcome in ("reduced", "upheld") and not part.changed:
                        verdict_parts.append(part)  # "left ... 80 hours": part of the verdict
    events: list[Record] = []
    measures_seen: set[tuple[dt.date | None, str | None]] = set()
    for scope in scopes:
        if scope.kind == "preventive_measure":
            # A measure can be changed ("changed the measure to house arrest"): each counts.
            if (scope.date, scope.measure) in measures_seen:
                continue
            measures_seen.add((scope.date, scope.measure))
        elif scope.kind == "appeal_ruling" and first.get(scope.kind) is not scope:
            # A later ruling on the same case (cassation, the Supreme Court refusing review).
            if appeal is None or scope.date is None or appeal.date is None:
                continue
            if scope.date <= appeal.date:
                continue
            later = _event(scope.kind, scope.date)
            later_parts = _unique(_parts(scope, language))
            later["appeal_outcome"] = scope.outcome
            if scope.outcome in ("overturned", "sent_back") or later_parts:
                later["sentence"] = [_part_record(p) for p in later_parts]
            else:
                later["sentence"] = [_part_record(p) for p in appeal_parts]
            events.append(later)
            continue
        elif first.get(scope.kind) is not scope:
            continue
        event = _event(scope.kind, scope.date)
        if (
            scope.courtroom
            and appeal is not None
            and appeal.date is not None
            and outcome in ("reduced", "overturned", "sent_back")
        ):
            # «Ранее ... суд признал её виновной. Ибраеву освободили в зале суда» told after the
            # verdict: the appeal that lightened the sentence freed her
            event["date"] = appeal.date.isoformat()
        if scope.kind in ("detention", "preventive_measure"):
            event["measure"] = scope.measure
        elif scope.kind == "verdict":
            event["sentence"] = [_part_record(p) for p in verdict_parts]
        elif scope.kind == "appeal_ruling":
            event["appeal_outcome"] = outcome
            event["sentence"] = [_part_record(p) for p in appeal_parts]
        events.append(event)
    events.sort(key=lambda e: e["date"] or "")
    kinds = {e["kind"] for e in events}
    stage = next(
        (
            stage
            for stage, kind in (
                ("appealed", "appeal_ruling"),
                ("sentenced", "verdict"),
                ("on_trial", "trial"),
                ("charged", "charge"),
                ("detained", "detention"),
                ("detained", "preventive_measure"),
                ("sentenced", "release"),
            )
            if kind in kinds
        ),
        None,
    )
    return events, stage


_SEVERITY = {"imprisonment": 3, "restriction_of_liberty": 2, "community_service": 1, "fine": 0}


def _direction(before: Part, after: Part) -> str | None:
    """'reduced' or 'increased': a lighter kind of punishment, or the same kind shorter."""
    old, new = _SEVERITY.get(before.kind), _SEVERITY.get(after.kind)
    if old is not None and new is not None and old != new:
        return "reduced" if new < old else "increased"
    if before.kind == after.kind and before.term_months and after.term_months:
        if after.term_months != before.term_months:
            return "reduced" if after.term_months < before.term_months else "increased"
    return None


def _event(kind: str, date: dt.date | None) -> Record:
    return {
        "kind": kind,
        "date": date.isoformat() if date else None,
        "scheduled": False,
        "court": None,
        "judge": None,
        "prosecutor": None,
        "measure": None,
        "place_held": None,
        "appeal_outcome": None,
        "outcome": None,
        "sentence": [],
    }


def _part_record(part: Part) -> Record:
    return {
        "kind": part.kind,
        "term_months": part.term_months,
        "hours": part.hours,
        "amount": f"{part.amount:.2f}" if part.amount is not None else None,
        "currency": "KZT" if part.amount is not None else None,
        "amount_usd": f"{part.amount_usd:.2f}" if part.amount_usd is not None else None,
    }


# --- court, charges, acts, sources ---------------------------------------------------------------

_RU_ADJECTIVE = (
    (r"ского\b|скому\b|ским\b|ском\b", "ский"),
    (r"ного\b|ному\b|ным\b|ном\b", "ный"),
)


_APPEAL_COURT = re.compile(r"regional|областн|облыстық|appeal|апелляц|алқа", re.IGNORECASE)


_SAME_COURT_RU = re.compile(r"\b(?:тот\s+же|том\s+же|тем\s+же)\s+суд", re.IGNORECASE)


def _court(scopes: list[Scope], language: str) -> str | None:
    """The court of the verdict or trial; else a city or district court the appeal ruling names
    (the regional court that heard the appeal is not "the court")."""
    for scope in scopes:
        if scope.kind not in ("verdict", "trial"):
            continue
        for sentence in scope.sentences:
            # "Both verdicts can be appealed to the Zhambyl regional court": not its court
            intended = lexicon.APPEAL_INTENDED[language].search(sentence.text)
            for match in lexicon.COURT[language].finditer(sentence.text):
                if _owns_appeal_board(sentence.text, match.end()):
                    continue
                if not (intended and _APPEAL_COURT.search(match.group())):
                    return _court_nominative(_without_given_name(match.group()), language)
            if language == "ru" and _SAME_COURT_RU.search(sentence.text):
                # «Ходатайство об УДО удовлетворил Талдыкорганский городской суд. ... 22
                # декабря 2022 года тот же суд приговорил его»: the court named before
                told = sorted(
                    (s for other in scopes for s in other.sentences if s.start < sentence.start),
                    key=lambda s: s.start,
                )
                for earlier in reversed(told):
                    named = [
                        m.group()
                        for m in lexicon.COURT[language].finditer(earlier.text)
                        if not _APPEAL_COURT.search(m.group())
                    ]
                    if named:
                        return _court_nominative(_without_given_name(named[-1]), language)
    for scope in scopes:
        if scope.kind != "appeal_ruling":
            continue
        for sentence in scope.sentences:
            for match in lexicon.COURT[language].finditer(sentence.text):
                if not _APPEAL_COURT.search(match.group()) and not _owns_appeal_board(
                    sentence.text, match.end()
                ):
                    return _court_nominative(_without_given_name(match.group()), language)
    return None


_INVESTIGATING = re.compile(r"investigat|следствен|тергеу", re.IGNORECASE)
#: A court whose appeal board is named right after it («Шымкент қалалық сотының қылмыстық
#: істер жөніндегі апелляциялық алқасы», «коллегия ... Алматинского городского суда» is the
#: other order) heard the appeal: it is not the court of the verdict.
_APPEAL_BOARD_AFTER = re.compile(
    r"\s*(?:қылмыстық\s+істер\s+жөніндегі\s+)?апелляциялық\s+(?:сот\s+)?алқа", re.IGNORECASE
)


def _owns_appeal_board(text: str, end: int) -> bool:
    return _APPEAL_BOARD_AFTER.match(text, end) is not None


def _court_named_alone(sentences: list[Sentence], scopes: list[Scope], language: str) -> str | None:
    """A sentenced person's court written on a line of its own (a card's "🏛 Enbekshi district
    court of Shymkent, judge ..."): the first city or district court outside what is said of an
    arrest or a measure."""
    if not any(scope.kind == "verdict" for scope in scopes):
        return None
    elsewhere = {s.start for scope in scopes if scope.kind != "verdict" for s in scope.sentences}
    for sentence in sentences:
        if sentence.start in elsewhere or _INVESTIGATING.search(sentence.text):
            continue
        for match in lexicon.COURT[language].finditer(sentence.text):
            if not _APPEAL_COURT.search(match.group()) and not _owns_appeal_board(
                sentence.text, match.end()
            ):
                return _court_nominative(match.group(), language)
    return None


def _without_given_name(court: str) -> str:
    """«Шымкентского городского суда Мадина» -> without the judge's given name the court's
    pattern took for a town's genitive."""
    words = court.split()
    last = words[-1] if len(words) > 2 else ""
    if (
        re.fullmatch(r"[А-ЯЁ][а-яё-]+", last)
        and places.find_town(last) is None
        and any("Name" in p.tag.grammemes for p in names._morph().parse(last.lower())[:2])
    ):
        return court[: court.rstrip().rfind(last)].rstrip()
    return court


def _court_nominative(text: str, language: str) -> str:
    text = " ".join(text.split())
    if language == "en":
        return re.sub(r"^(?:the|The)\s+", "", text)
    if language == "kk":
        # «Астанадағы Есіл аудандық соты», «Астана қаласының Есіл ...»: the court's own name.
        text = re.sub(r"^\S+(?:дағы|дегі|тағы|тегі)\s+(?=\S+\s+(?:аудандық|қалалық))", "", text)
        text = re.sub(r"^\S+\s+қаласының\s+(?=\S+(?:\s+\S+)?\s+аудандық)", "", text)
        if re.search(r"\sбойынша\s", text):  # «X облысы бойынша ... сот»: no possessive
            return re.sub(r"сот\w*$", "сот", text)
        return re.sub(r"сот\w*$", "соты", text)
    words = text.split()
    out = []
    for index, word in enumerate(words):
        if re.fullmatch(r"суд\w*", word, re.IGNORECASE):
            out.append("суд")
            if index == 0:  # «суда района имени ...»: the rest stays as written
                out.extend(words[1:])
                break
            out.extend(words[index + 1 :])
            break
        if re.match(r"(?:городск|областн)", word):
            out.append("городской" if word.startswith("городск") else "областной")
            continue
        for pattern, ending in _RU_ADJECTIVE:
            word = re.sub(pattern, ending, word)
        out.append(word)
    return " ".join(out)


# (a word of its own: "activist. 07.11.2023" holds no «ст.», "Start 2025" no "Art")
_EN_ARTICLE = r"(?<!\w)(?:Article|Art\.?):?\s*"  # a form's "Article: 405 Part 2" too
#: A part written as a word: "part two of article 274", «части второй статьи 274».
_PART_WORDS = {
    **dict.fromkeys(("one", "first", "первой", "первая", "первую", "бірінші"), 1),
    **dict.fromkeys(("two", "second", "второй", "вторая", "вторую", "екінші"), 2),
    **dict.fromkeys(("three", "third", "третьей", "третья", "третью", "үшінші"), 3),
    **dict.fromkeys(("four", "fourth", "четвёртой", "четвертой", "четвёртая", "төртінші"), 4),
}
_PART_NUMBER = r"(\d{1,2}(?!\d)|" + "|".join(_PART_WORDS) + r")\b"
_EN_PART = (
    r"(?:,?\s*(?:Part|part|p\.|pt\.?|para\.?|paragraph)\s*(\d{1,2})(?!\d)|\s*\((\d{1,2})\)"
    r"|-(\d{1,2})(?![\d-]))"  # "Art. 405-2"
)
_RU_PART = r"(?<!\w)(?:ч\.|част\w*)\s*"
_RU_ARTICLE = r"(?<!\w)(?:ст\.|стать\w*):?\s*"
_CHARGE_PATTERNS: dict[str, list[tuple[str, tuple[int, ...]]]] = {
    "en": [
        (rf"{_EN_ARTICLE}(\d{{2,4}})(?!\d){_EN_PART}", (1, 2, 3, 4)),
        (rf"Part\s+{_PART_NUMBER}\s+of\s+(?:the\s+)?Art(?:icle|\.)?\s*(\d{{2,4}})(?!\d)", (2, 1)),
        (rf"{_EN_ARTICLE}(\d{{2,4}})(?!\d)", (1,)),
    ],
    "ru": [
        (rf"{_RU_PART}{_PART_NUMBER}\s*{_RU_ARTICLE}(\d{{2,4}})(?!\d)", (2, 1)),
        (rf"{_RU_ARTICLE}(\d{{2,4}})(?!\d)\s*,?\s*{_RU_PART}(\d{{1,2}})(?!\d)", (1, 2)),
        (rf"(?<!ч\.\s)(?<!ч\.){_RU_ARTICLE}(\d{{2,4}})(?!\d)", (1,)),
    ],
    "kk": [
        (r"(\d{2,4})-ба(?:п|б)\w*\s+(\d{1,2})-бөлі\w*", (1, 2)),
        (r"(\d{2,4})-ба(?:п|б)\w*(?!\s+\d{1,2}-бөлі)", (1,)),
    ],
}


_ARTICLE_LIST = lexicon.compile_table(
    {
        "en": r"Articles\s+(?P<list>\d{2,4}(?:\s*,\s*\d{2,4})*\s*,?\s+and\s+\d{2,4})",
        "ru": r"(?:ст\.|стать\w*)\s*(?P<list>\d{2,4}(?:\s*,\s*\d{2,4})*\s+и\s+\d{2,4})",
        "kk": r"(?P<list>\d{2,4}(?:\s*,\s*\d{2,4})*\s+(?:және|мен)\s+\d{2,4})-ба[пб]",
    }
)


_BOTH_PARTS_RU = re.compile(
    r"\bпо\s+(?:обеим\s+частям|частям\s+(?P<parts>\d\s*(?:,\s*\d\s*)*и\s+\d))\s+"
    r"(?:ст\.|стать\w*)\s*(?P<article>\d{2,4})(?!\d)",
    re.IGNORECASE,
)


def _charges(text: str, language: str) -> list[Record]:
    from bot.ui.labels import article_title

    found: list[tuple[int, str, int | None]] = []
    taken: list[tuple[int, int]] = []
    # «по обеим частям статьи 405», «по частям 1 и 2 статьи 405»: each part of the article
    if language == "ru":
        for match in _BOTH_PARTS_RU.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            parts = [int(n) for n in re.findall(r"\d", match.group("parts") or "")] or [1, 2]
            found += [(match.start(), match.group("article"), n) for n in parts]
    for pattern, (article_group, *part_groups) in _CHARGE_PATTERNS[language]:
        for match in re.finditer(pattern, text, re.IGNORECASE):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            part_text = next((match.group(g) for g in part_groups if match.group(g)), None)
            part = (
                (int(part_text) if part_text.isdigit() else _PART_WORDS.get(part_text.lower()))
                if part_text
                else None
            )
            found.append((match.start(), match.group(article_group), part))
    if language == "en":
        for start, article, part in english.article_list(text):
            if not any(s <= start < e for s, e in taken):
                found.append((start, article, part))
                taken.append((start, start + len(article)))
    # "Articles 174 and 402", «ст. 174 и 402», «174 және 402-баптары»: each article listed.
    for match in _ARTICLE_LIST[language].finditer(text):
        for number in re.finditer(r"\d{2,4}", match.group("list")):
            start = match.start("list") + number.start()
            if not any(s <= start < e for s, e in taken):
                found.append((start, number.group(), None))
    charges: list[Record] = []
    for _position, article, part in sorted(found):
        if any(c["article"] == article and c["part"] in (part, None) for c in charges):
            continue
        charges = [c for c in charges if not (c["article"] == article and c["part"] is None)]
        charges.append({"article": article, "part": part, "title": article_title(article, part)})
    return charges


_BULLET = re.compile(r"^\s*(?:[•·\-–—*]|\d{1,2}[.)])\s+(.+)$")


def _boilerplate(sentence: str, language: str) -> bool:
    """A sentence that tells nothing of the case: a channel's boilerplate, or background about
    people in general ("Several activists across the country have been handed prison terms
    ...", «Движение возглавляет бывший банкир, которого ...») that names no one and gives no
    date."""
    if lexicon.BOILERPLATE[language].search(sentence):
        return True
    return (
        bool(_BACKGROUND.search(sentence))
        and not find_dates(sentence)
        and not any(m.given for m in names.find_mentions(sentence))
        and not names.find_title_mentions(sentence)
    )


#: Words of background about others: several activists, across the country, the movement's
#: leader, human rights groups (not «несколько постов»: what the person did).
_BACKGROUND = re.compile(
    r"\b(?:(?:several|many|numerous|other)\s+(?:\w+\s+)?(?:activists|people|supporters|"
    r"critics|journalists|bloggers|members|dissidents)|across the (?:country|nation)|"
    r"(?:is|was) led by|human rights groups|"
    r"(?:несколько|многие|многих|другие)\s+(?:\w+\s+)?(?:активист|человек|сторонник|журналист|"
    r"блогер|оппозиционер|критик)\w*|по всей стране|движение возглавляет|правозащитники|"
    r"(?:бірнеше|көптеген|басқа)\s+(?:\w+\s+)?(?:белсенді|адам|жақтас|журналист|блогер)\w*|"
    r"қозғалысты\s+\S+\s+\S+\s+басқарады|құқық қорғаушылар)\b",
    re.IGNORECASE,
)


#: A statement about people in general, not about the person of the case.
_ANYONE = re.compile(
    r"\b(?:anyone|anybody|no one|nobody|everyone|people are|кого-либо|кого-нибудь|никого|"
    r"никто|каждого|ешкім\w*|әркім\w*)\b",
    re.IGNORECASE,
)


def _acts(block: str, sentences: list[Sentence], language: str) -> list[Record]:
    acts: list[Record] = []
    lines = block.splitlines()
    for index, line in enumerate(lines):
        if line.rstrip().endswith(":") and (
            lexicon.ACTS[language].search(line) or lexicon.ACT_LIST_HEADINGS.search(line)
        ):
            for following in lines[index + 1 :]:
                bullet = _BULLET.match(following)
                if not bullet:
                    if following.strip():
                        break
                    continue
                first = re.split(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])", bullet.group(1))[0]
                act = _act(first, language)
                if act["description"]:
                    acts.append(act)
    if acts:
        return acts
    body_start = _body_start(block)
    for sentence in sentences:
        headline = sentence.start < body_start
        inside = act_cues.enclosed(sentence.text, language)
        if inside:
            acts += [
                {**a, "headline": headline}
                for a in _split_acts(inside, language)
                if a["description"]
            ]
            continue
        after_kk = language == "kk" and (
            lexicon.ACTS_AFTER_KK.search(sentence.text)
            or act_cues.AFTER[language].search(sentence.text)
        )
        if after_kk:
            acts += [
                a
                for a in _split_acts(sentence.text[after_kk.end() :], language)
                if a["description"]
            ]
            continue
        match = lexicon.ACTS[language].search(sentence.text) or act_cues.AFTER[language].search(
            sentence.text
        )
        reason = match is None and (
            lexicon.REASONS[language].search(sentence.text)
            or act_cues.REASONS[language].search(sentence.text)
        )
        match = match or reason or None
        if match is None and language == "ru" and court_papers.after_established(block, sentence):
            # a verdict's «УСТАНОВИЛ:» heading: the paragraph after it tells the act
            match = re.match(r"", sentence.text)
        if not match or sentence.text.rstrip().endswith(":"):
            continue
        if _ANYONE.search(sentence.text[: match.start()]):
            continue  # "the authorities deny that anyone is prosecuted for their views"
        inner = re.match(
            r"айып\s+(.*?)\s*(?:байланысты|үшін)\s+тағыл\w*$", match.group(), re.IGNORECASE
        )
        if inner:  # «Айып ... мақаласына байланысты тағылды»: the act is inside the cue
            described = inner.group(1)
        elif language == "kk":
            described = sentence.text[: match.start()]
            described = re.split(r"[,;]", described)[-1]
            described = re.sub(r"^\s*(?:Ол|Оған|Оны)\s+", "", described)
            described = re.sub(rf"^\s*(?:[{names.UPPER}]{{2,}}\S*\s+)+", "", described)
        else:
            described = sentence.text[match.end() :]
            if re.search(r"\bto\s*$", match.group()):
                # "point to a video ..., and to comments in a WhatsApp group": two acts
                described = re.sub(r",?\s+and\s+to\s+", " and ", described)
            described = re.split(r"[;]|,\s+(?:when|and|но|а|когда)\s", described)[0]
        # "... because of his video that he posted on 28.08.2023": a relative clause dates the act.
        # "... a video he put on Instagram on 28 May", «пост, опубликованный 5 мая»: a
        # publishing verb dates the act too.
        own_date = re.search(_OWN_DATE, described, re.IGNORECASE)
        if language == "en" and (ending := re.search(_TRAILING_CLAUSE[language], described)):
            # "guilty of spreading false information (Article 274, Part 2) and fined him ...":
            # the offence's name before its article, once the court's next verb is cut
            described = described[: ending.start()]
        offence = bool(
            _OFFENCE_NAME.match(described) or act_cues.offence_name(described)
        ) or court_papers.is_offence_name(described)
        for act in _split_acts(described, language):
            if reason and not own_date:
                act["date"] = None  # the date is the arrest's
                act["reason"] = True
            act["headline"] = headline
            act["offence"] = offence
            if act["description"]:
                acts.append(act)
    # A headline's "fined for a post about the akim" gives way to what the story says.
    if any(not a.get("headline") for a in acts):
        acts = [a for a in acts if not a.get("headline")]
    for act in acts:
        act.pop("headline", None)
    # "guilty of participating in ... a banned organisation (Article 405(2) ...)": the
    # offence's name before its article gives way to what the person did, told elsewhere.
    if any(not a.get("offence") for a in acts):
        acts = [a for a in acts if not a.get("offence")]
    for act in acts:
        act.pop("offence", None)
    # A reason for an arrest ("arrested over a post") is an act only if nothing else says what
    # the person is accused of.
    stated = [a for a in acts if not a.pop("reason", False)]
    if not acts:
        for sentence in sentences:
            told = lexicon.ACTS_TOLD[language].search(sentence.text) or act_cues.TOLD[
                language
            ].search(sentence.text)
            if told:
                act = _act(sentence.text[told.end() :], language)
                if act["description"]:
                    acts.append(act)
                break
    found_acts = stated or acts
    _date_published_acts(found_acts, sentences, language)
    return found_acts


def _date_published_acts(acts: list[Record], sentences: list[Sentence], language: str) -> None:
    """An act without a date takes the day a sentence of its own gives what was published
    («Поводом стал пост ... . Пост был опубликован 16 августа 2024 года.»)."""
    for sentence in sentences:
        stem = act_cues.published_on(sentence.text, language)
        if stem is None:
            continue
        dates = resolve_dates(find_dates(sentence.text))
        if len(dates) != 1:
            continue
        for act in acts:
            if act["date"] is None and re.match(
                rf"(?:\S+\s+){{0,3}}?{re.escape(stem)}", act["description"], re.IGNORECASE
            ):
                act["date"] = dates[0].value.isoformat()
                break


#: An offence's name and then only its article in brackets: "participating in the activities of
#: a banned organisation (Article 405(2) of the Criminal Code).", «в участии в деятельности
#: запрещённой организации (статья 405, часть 2 УК РК).»
_OFFENCE_NAME = re.compile(
    r"^[^()]{5,150}?\s*(?:\(\s*(?:Article|Art\.?|Part|стать\w*|ст\.|ч\.|част\w*)\s*\d"
    r"(?:[^()]|\(\d{1,2}\))*\)"
    # an interview's "What is he accused of — Inciting social discord, Article 174, Part 1."
    r"|,\s*(?:Article|Art\.?|стать\w*|ст\.)\s*\d(?:[^.;]|(?<=\d)\.(?=\d)){0,30})"
    r"[\s.;,]*$",
    re.IGNORECASE,
)
#: A clause that dates the act itself: a relative clause or a publishing verb before the date.
_OWN_DATE = (
    r"\b(?:that|which|котор\w+|posted|put|published|wrote|written|shared|uploaded|"
    r"опубликова\w*|написа\w*|размест\w*|распростран[её]н\w*)\b"
)


#: An article cited next to an act: "(Article 274, Part 2)", «(ч. 2 ст. 274 УК РК)»,
#: «ҚК 405-бабының 2-бөлігі бойынша». The act is what the person did, not the article.
_CITED_ARTICLE = re.compile(
    r"\(?\s*(?:(?:ч\.|част\w*|п\.)\s*\d+\s*)*(?<![\w-])(?:ст\.|стать\w*|Art\.?|Article|"
    r"Part\s+\d+\s+of\s+Article)\s*\d+(?:\(\d{1,2}\))?"
    # "Article 272, Part 3", «ст. 174 ч. 1»: the part goes with it
    r"(?:,?\s*(?:Part|part|ч\.|част\w*)\s*\d{1,2}(?!\d))?"
    r"(?:[^()\n]{0,40}?(?:УК(?:\s+РК)?|Criminal Code|\bCC(?:\s+RK)?\b)\s*\)?"
    r"|[^()\n]{0,40}?\)|(?=[,.;]|$))|(?:(?:ҚР\s+)?ҚК\s+)?\d+-ба[пб]\w*(?:\s+\d+-бөлі\w*)?"
    r"(?:\s+(?:және|мен)\s+\d+-ба[пб]\w*(?:\s+\d+-бөлі\w*)?)*(?:\s+бойынша)?",
    re.IGNORECASE,
)
#: "accused of X (Article 274) for Y": Y is the act.
_FOR = {
    "en": r"[\s,]*\b(?:for|over|because of)\s+",
    "ru": r"[\s,]+(?:за|из-за|в\s+связи\s+с[оo]?)\s+",
    "kk": r"(?!)",
}

#: What follows the act in the same sentence and is not part of it: the court's next verb
#: ("... and sentenced him to", «... и назначил ей»), an emoji, a list of articles after "+".
_TRAILING_CLAUSE = {
    "en": r",?\s+and\s+(?:then\s+)?(?:sentenced|ordered|fined|imposed|gave|placed|jailed|"
    r"handed|banned)\b",
    "ru": r",?\s+и\s+(?:назначил|приговорил|оштрафовал|постановил|взыскал|обязал|поместил)\w*",
    "kk": r"(?!)",
}
_EMOJI_OR_PLUS = re.compile(r"[\U0001F000-\U0001FFFF\u2600-\u27BF]|\s\+\s")
#: A preposition or postposition left dangling once the article after or before it is cut.
_DANGLING = re.compile(
    r"(?:^(?:under|по)\s+)|(?:\s+(?:under|по|үшін|бойынша|байланысты|деп))+$", re.IGNORECASE
)
#: Costs are not acts: «за проведение экспертизы — 3 450 тенге».
_MONEY = re.compile(r"\d[\d\s.,]*\s*(?:тенге|теңге|tenge|тг|₸|KZT)", re.IGNORECASE)
#: A payment or a transfer that is itself what the person is accused of.
_PAYMENT = {
    "en": r"\b(?:donat\w+|transferr?\w*|sen(?:t|ding)|pa(?:id|ying)|contribut\w+)\b"
    r"(?:[^.;]|(?<=\d)\.(?=\d)){0,40}\b(?:to|into)\b",
    "ru": r"\b(?:перевод\w*|пожертвова\w*|перечисл\w*|отправ\w*)\b"
    + IN_SENTENCE
    + r"{0,40}\b(?:на|в)\s+"
    r"(?:сч[её]т|фонд|карт)",
    "kk": r"\b(?:аудар\w*|жібер\w*)\b",
}
#: Two acts joined in one clause: "X and Y", «X и Y», «X және Y».
_AND = {
    "en": r"\s+and\s+",
    "ru": r"\s+и\s+",
    # «Мейірханов ... чатын құрған, ал Омарова сол чатта ... таратқан»: "while X did Y"
    "kk": r"\s+(?:және|мен)\s+|,\s+ал\s+(?=[А-ЯЁӘҒҚҢӨҰҮҺІ])",
}


def _split_acts(text: str, language: str) -> list[Record]:
    """The acts of one clause: each side of a top-level "and" when both read as an act."""
    # «за пост в Facebook ... и назначил ему два года»: the court's next verb is no second act
    ending = re.search(_TRAILING_CLAUSE[language], text)
    if ending:
        text = text[: ending.start()]
    whole = _act(text, language)
    depth = 0
    cuts: list[tuple[int, int]] = []
    pattern = re.compile(_AND[language], re.IGNORECASE)
    for index, char in enumerate(text):
        if char in "(«“":
            depth += 1
        elif char in ")»”" and depth:
            depth -= 1
        elif depth == 0 and (found := pattern.match(text, index)) and text[index] in " \n,":
            if not cuts or index >= cuts[-1][1]:
                cuts.append((index, found.end()))
    if len(cuts) != 1 or not whole["description"]:
        return [whole]
    left, right = text[: cuts[0][0]], text[cuts[0][1] :]
    if act_cues.one_act_across_and(left, right, language):
        return [whole]
    if language == "en" and english.only_offence_names(_CITED_ARTICLE.sub(" ", right)):
        # 'organizing an unsanctioned rally and "inciting social discord" (Article 174)'
        return [_act(left, language)]
    if language == "ru" and _adjectives_joined(left, right):
        return [whole]  # «песни на казахском и русском языках»: one thing, two adjectives
    parts = [_act(left, language), _act(right, language)]
    if all(len(re.findall(r"\w{3,}", p["description"])) >= 2 for p in parts):
        return parts
    return [whole]


def _adjectives_joined(left: str, right: str) -> bool:
    """«на казахском | и | русском языках»: an adjective each side of «и», one noun after."""
    last = re.search(r"([а-яё]+)\s*$", left, re.IGNORECASE)
    first = re.match(r"\s*([а-яё]+)", right, re.IGNORECASE)
    if not last or not first:
        return False
    return all(
        names._morph().parse(word.lower())[0].tag.POS == "ADJF"
        for word in (last.group(1), first.group(1))
    )


def _act(text: str, language: str) -> Record:
    told_of: str | None = None  # a surname the clause opens with (a co-defendant's act)
    cited = _CITED_ARTICLE.search(text)
    if cited:
        after = re.match(_FOR[language], text[cited.end() :], re.IGNORECASE)
        if after:
            text = text[cited.end() + after.end() :]
    text = _CITED_ARTICLE.sub(" ", text)
    for ending in (re.search(_TRAILING_CLAUSE[language], text), _EMOJI_OR_PLUS.search(text)):
        if ending:
            text = text[: ending.start()]
    dates = resolve_dates(find_dates(text))
    description = text
    date = None
    if dates and act_cues.ends_a_range(text[: dates[0].start]):
        dates = []  # «с 7 по 17 ноября 2024 года»: a span, kept in the words
    if dates:
        found = dates[0]
        date = found.value.isoformat()
        lead = re.search(r"(?:\b(?:on|of|dated|в|от)\s+)?$", description[: found.start])
        cut = lead.start() if lead else found.start
        description = description[:cut] + description[found.end :]
    if language == "en":
        # "an Instagram video, posted on 2 February 2025, in which ..." once the date is cut;
        # "... and for reposting its videos": the second act without its "for"
        description = english.without_empty_participle(description)
        description = re.sub(r"^\s*(?:for|over)\s+(?=\w+ing\b)", "", description)
        description = re.sub(r"^\s*having\s+(?=\w+ed\b)", "", description)  # "having shared"
        if english.only_offence_names(description):
            description = ""
    description = " ".join(description.split()).strip(" ;,.:—-")
    description = re.sub(r"\s+(?=[,;])", "", description)  # «слушаниях , где» once a date is cut
    description = re.sub(
        r"^(?:the (?:defendant|accused)|подсудим\w+|обвиняем\w+|сотталушы)\s+",
        "",
        description,
        flags=re.IGNORECASE,
    )
    description = _DANGLING.sub("", description).strip(" ;,.:—-")
    if language == "ru":
        # «его публикацией о вырубке леса, вышедшей» once the date is cut: the possessive
        # before and the participle left alone after say nothing of the act.
        description = re.sub(
            r"^(?:его|её|ее|их|своей|своим|своих|свою|свои|своего|моего|моей|моих|мой|мою|мои)\s+",
            "",
            description,
        )
        # «по версии следствия, 3 января Лебедев призвал ...»: the person's surname opens it
        description = court_papers.without_period(description)
        first = re.match(r"([А-ЯЁ][а-яё-]+)\s+(?=[а-яё])", description)
        if first and names.looks_like_surname(first.group(1)):
            description = description[first.end() :]
        description = court_papers.without_framing(description)
        # «— за то, что он якобы состоял в чате»: what he did, without "that he allegedly"
        description = re.sub(
            r"^том?,?\s+что\s+(?:он|она|они)\s+(?:якобы\s+)?",
            "",
            description,
            flags=re.IGNORECASE,
        )
        last = re.search(r",\s*([а-яё]+)$", description)
        if last and any(p.tag.POS == "PRTF" for p in names._morph().parse(last.group(1))[:1]):
            description = description[: last.start()]
    # "a comment criticising the akimat that he posted on Facebook": what was posted, where
    description = re.sub(
        r",?\s+(?:that|which)\s+(?:he|she|they|my client)\s+(?=\w+ed\s+(?:on|in)\s+\w)",
        " ",
        description,
        flags=re.IGNORECASE,
    )
    # "... that he posted" once its date is cut says nothing more
    description = re.sub(
        r",?\s+(?:that|which)\s+(?:he|she|they)\s+\w+$", "", description, flags=re.IGNORECASE
    )
    if language == "kk":  # «Нұрбек САДЫҚОВ ... қатысқаны»: the person's name opens the clause
        description = re.sub(r"\s+ғана$", "", description)  # «... бейнеүндеуі ғана»: "only"
        description = re.sub(r"^(?:оның|олардың)\s+", "", description)  # "his": nothing more
        # (an acronym in the act, «ДВК-ның», «ҰҚК», is no name: it stays)
        not_acronym = rf"(?!(?:{'|'.join(sorted(names.ACRONYMS))})(?![{names.UPPER}]))"
        description = re.sub(
            rf"^(?:[{names.UPPER}][\w-]+\s+)?{not_acronym}[{names.UPPER}]{{2,}}\S*\s+",
            "",
            description,
        )
        # «Семей қаласының тұрғыны Ерасыл ДҮЙСЕНБАЙҰЛЫ Семейдегі митингке қатысқаны»: who
        # the person is, up to their name, is not the act
        description = re.sub(
            rf"^.{{0,80}}?(?<![\w-]){not_acronym}[{names.UPPER}]{{3,}}\S*\s+", "", description
        )
        first = re.match(rf"([{names.UPPER}][{names.LOWER}-]+)\s+(?=\S+\s+\S)", description)
        if first and names.looks_like_surname(first.group(1)):
            description = description[first.end() :]  # «Әлімов Facebook-та ... жариялаған»
            told_of = first.group(1)
    money = _MONEY.search(description)
    if money and (
        # «за проведение экспертизы — 3 450 тенге»: a cost, told by its amount last; not a
        # payment that is the act ("donating 5,000 tenge to a fund of ...")
        not description[money.end() :].strip(" .;,)")
        or not re.search(_PAYMENT[language], description[: money.end() + 30], re.IGNORECASE)
    ):
        description = ""
    # «Екеуі де ҚК-нің (272-бабы бойынша)»: who and the code's name, once the article is cut
    said = re.sub(
        r"(?<![\w-])(?:ҚР\s+)?(?:ҚК|УК|CC)(?:\s+(?:РК|RK))?(?:-\w+)?(?![\w-])|"
        r"(?i:\b(?:екеуі|үшеуі|both|all three|оба|обе|все трое)\b(?:\s+де)?)",
        " ",
        description,
    )
    if len(re.findall(r"\w{3,}", said)) < 2 or re.fullmatch(
        r"\(?[\"«“][^\"«»“”]*[\"»”]\)?", description
    ):
        description = ""  # only an article, or only the offence's name in quotes
    act: Record = {"description": description[:2000], "date": date}
    if told_of is not None:
        act["told_of"] = told_of
    return act


_URL = re.compile(r"https?://[^\s<>\"'«»]+", re.IGNORECASE)


def _urls(text: str) -> list[str]:
    return list(dict.fromkeys(u.rstrip(".,;:)") for u in _URL.findall(text)))
