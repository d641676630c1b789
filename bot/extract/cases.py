"""Assembling the cases of a report: blocks, sentences, scopes, and the records they give.

A numbered report ("1) ...", "2. ...") holds one case per item, otherwise the text is one case.
Within a case, each sentence with a date and an event cue opens a scope (verdict, appeal ruling,
trial, detention, measure, release); the sentences after it without a date of their own continue
it, so "Judge X also imposed 100 hours..." adds to the verdict. Sentences that are not about the
case (calls for sanctions, parliament resolutions) are dropped first: their names and dates
never reach a record.

This module picks the case's person among the names (a defence lawyer, a relative who writes,
the court's staff never, while someone else is named; a lawyer the text tells prosecuted, "on
the detention of advocate X", is the case) and assembles the record; what each field
is read from lives beside it: `person` (name, other spellings, town, occupation), `scopes` (when
each event happened), `events` (events, sentence parts, appeal outcomes), `officials` (court,
judge, prosecutor), `charges` (articles and parts), `details` (acts, sources, sentences that
are no part of the case), `record` (the record and the scope types).
"""

from __future__ import annotations

import datetime as dt
import re

from bot.extract import court_papers, english, lexicon, names, nominative, roles, trade_owners
from bot.extract.blocks import (
    ROLE_BEFORE,
    Sentence,
    in_texts_script,
    split_sentences,
    title_case_line,
)
from bot.extract.charges import _charges, each_own_article
from bot.extract.chats import speaker_keys
from bot.extract.details import _acts, _boilerplate, _urls
from bot.extract.events import _events
from bot.extract.officials import (
    _court,
    _court_named_alone,
    _court_of_judge,
    _role_mentions,
    _role_name,
)
from bot.extract.person import _occupation, _person
from bot.extract.record import Record, Scope
from bot.extract.relatives import authors, given_key, kin_introduced
from bot.extract.role_words import KK_STAFF_BEFORE
from bot.extract.scopes import _event_kind, _measure, _scopes
from bot.extract.values import find_dates, mask, resolve_dates


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


def extract_case(
    block: str,
    language: str,
    person_key: str | None = None,
    default_year: int | None = None,
    date_before: dt.date | None = None,
    text_day: dt.date | None = None,
    after_a_case: bool = False,
    detained_before: dt.date | None = None,
) -> Record | None:
    """The case a block describes; `person_key` names its person among co-defendants;
    `text_day` is the day the whole text gives itself (datelines.text_own_day);
    `after_a_case`: a block before this one gave a case."""
    sentences = [s for s in split_sentences(block) if not _boilerplate(s.text, language)]
    if not sentences:
        return None
    relevant = "\n".join(s.text for s in sentences)
    mentions = in_texts_script(
        [m for s in sentences for m in _shifted(names.find_mentions(s.text), s.start)], block
    )
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
        nominative.surname_key(m.surname, language) for m, _ in judge_mentions + prosecutor_mentions
    }
    groups = nominative.group_by_surname(mentions, language)
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
            nominative.surname_key(m.surname, language)
            for m, _cue in _role_mentions(
                block, sentences, titled, lexicon.LAWYER[language], language
            )
        }
        titled_candidates = {
            k: g
            for k, g in nominative.group_by_surname(titled, language).items()
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
        apposed: dict[str, set[str]] = {}
        for s in sentences:
            if other := english.someone_else_name(s.text):
                key = nominative.surname_key(other.split()[-1], language)
                apposed.setdefault(key, set()).add(other.split()[0])
        # (unless no one else is named: "In 2024, activist X was detained" opening X's story;
        # "Her mother, Saule X" leaves the daughter "Aruzhan X", named by another given name)
        candidates = {
            k: g
            for k, g in candidates.items()
            if k not in apposed or any(m.given and m.given[0] not in apposed[k] for m in g)
        } or candidates
    # the court's secretary, an expert, a witness, a byline's writer («сот отырысының хатшысы
    # Серікбаева А.Н.»), the police's spokeswoman, a podcast's guest, an MP, "the lawyer (X,
    # ...)", «X, медиа-заңгер»: each mention told by a role or after a quote, and told of no
    # prosecution; no case while someone else is named (judges, prosecutors and lawyers are
    # told apart above: "Lawyer Gulnara BEKOVA was detained" is the case)
    # («газеттің тілшісі Айгүл X хабарлады» under a story naming its person by surname alone:
    # the reporter is no case, even as the only one named in full)
    staff = {k for k, g in candidates.items() if _kazakh_staff_only(block, g, language)}
    in_role = staff | {
        k
        for k, g in candidates.items()
        if roles.only_in_role(block, g, language, [_staff_before(block, m.start) for m in g])
    }
    if after_a_case and candidates and in_role == set(candidates):
        # a later paragraph naming only a witness, an official or a reporter ("UPDATES ... The
        # headmistress, Raisa X, testified ...") adds nothing to the case told above it
        return None
    candidates = {k: g for k, g in candidates.items() if k not in in_role} or {
        k: g for k, g in candidates.items() if k not in staff
    }
    # a transcript's witness, expert or interviewer ("Dr Akhmetova: The first is the case of
    # ..."), speaking in turns: no case while someone else is named
    speakers = speaker_keys(block, language)
    candidates = {k: g for k, g in candidates.items() if k not in speakers} or candidates
    if not candidates:
        return None
    # a relative who writes or speaks («Ерланның әйелі Асель Н. былай деді») is no case while
    # someone else is named
    speakers = authors(block, [m for g in candidates.values() for m in g])
    candidates = {
        k: g
        for k, g in candidates.items()
        if not all(m.given and given_key(m.given[0]) in speakers for m in g)
    } or candidates
    wanted = person_key.split("|")[0] if person_key else None
    if wanted is not None and wanted not in candidates:
        # a co-defendant named in title case in a text writing another's surname in capitals
        # («ЕСЕНЖОЛОВУ Кадыру ... соратник Есенжолова – Бауыржан Ермеков»)
        titled_here = [
            m
            for s in sentences
            for m in _shifted(names.find_title_mentions(s.text, block), s.start)
        ]
        titled_group = nominative.group_by_surname(titled_here, language).get(wanted)
        if (
            titled_group
            and any(m.given for m in titled_group)
            and not roles.only_in_role(block, titled_group, language)
        ):
            candidates = {**candidates, wanted: titled_group}
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
            if nominative.surname_key(m.surname, language) == key
            and m.given
            and {given_key(w) for w in m.given} <= own_given  # not a brother, not «Іс ...»
            and m.start not in starts
            and not any(g.start <= m.start < g.end for g in group)
        ]  # after the mentions in capitals: the name is written as they write it
    writers = authors(block, everyone)
    # ("... his wife Gaukhar X": the relative's own name is not the person's)
    writers |= {
        given_key(m.given[0]) for m in everyone if m.given and kin_introduced(block, m.start)
    }
    if writers:
        group = [m for m in group if not (m.given and given_key(m.given[0]) in writers)] or group
    # a namesake named in a role ("From: Aizhan X" over her forwarded message about Dauren X)
    group = [m for m in group if not roles.only_in_role(block, [m], language)] or group
    others = [
        (m.start, m.end)
        for m in everyone
        if nominative.surname_key(m.surname, language) != key
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
    own = [(m.start, m.end) for m in group]
    # the other people the block tells as cases, named in full somewhere (no judge, prosecutor
    # or lawyer; no "Konaev City Court")
    rivals = [
        (m.start, m.end)
        for k, g in candidates.items()
        if k != key and any(m.given for m in g)
        for m in g
    ]
    other_keys = set(groups) | {nominative.surname_key(m.surname, language) for m in everyone}
    if given_stem is None:
        # «44-летнего Есенгалиева, по профессии сварщика ... Кабдуллину, 39-летнюю бухгалтера»:
        # each co-defendant's surname said alone, next to their trade
        said_alone = _surnames_alone(block, candidates, key, own + others, language)
        own += said_alone.get(key, [])
        others += [span for k, spans in said_alone.items() if k != key for span in spans]
        rivals += [span for k, spans in said_alone.items() if k != key for span in spans]
    # a woman's surname in a form no man's takes («Кабдуллину», «Утешевой»)
    woman = language == "ru" and any(
        re.search(r"(?:ов|ев|ёв|ин|ын)(?:у|ой|ою)$", m.surname, re.IGNORECASE) for m in group
    )
    named_trades: set[str] = set()
    person["occupation"] = _occupation(
        mask(block, boilerplate), language, own, others, woman, named_trades
    )
    scopes = _scopes(
        sentences, language, default_year, date_before, person["surname"], text_day, detained_before
    )
    if not scopes and default_year is None and date_before is None:
        scopes = _undated_scopes(sentences, relevant, language)
    events, stage = _events(scopes, language, own, rivals)
    if stage is None and _DEFENDANT_CELL.search(block) and _charges(relevant, language):
        # a court's schedule row naming its defendant and the article, the verdict put off
        # («Сотталушы: X | ҚК бабы: 174-бап | Нәтижесі: Жариялау ... ауыстырылды»): on trial
        stage = "on_trial"
    if stage is None or (_CIVIL.search(block) and not _charges(relevant, language)):
        return None  # (a schedule's civil dispute, no article told: no prosecution)
    heading_date = court_papers.verdict_heading_date(block) if language == "ru" else None
    for event in events:
        if event["kind"] == "verdict" and event["date"] is None and heading_date is not None:
            event["date"] = heading_date.isoformat()
    court = (
        _court(scopes, language)
        or _court_named_alone(sentences, scopes, language)
        or _court_of_judge(sentences, judge_mentions, language)
    )
    # (the names above stay no candidates whichever hearing they sat at; the case's officials
    # are the trial's alone)
    judge = _role_name(
        _role_mentions(
            block, sentences, mentions, lexicon.JUDGE[language], language, verdict_stage=True
        ),
        language,
    )
    prosecutor = _role_name(
        _role_mentions(
            block, sentences, mentions, lexicon.PROSECUTOR[language], language, verdict_stage=True
        ),
        language,
    )
    for event in events:
        if event["kind"] == "verdict":
            event.update(court=court, judge=judge, prosecutor=prosecutor)
        elif event["kind"] == "trial":
            event.update(court=court, judge=judge)
    return {
        "stage": stage,
        "person": person,
        trade_owners.NAMED: named_trades,  # (read and dropped by extract_cases)
        "court": court,
        "judge": judge,
        "prosecutor": prosecutor,
        "summary": None,
        # («Ковалёву вменили ... (ч. 1 ст. 405), Жанибекову — ... (ч. 2 ст. 405)»)
        "charges": _charges(
            each_own_article(
                relevant, language, key, other_keys - {key}, set(candidates), person["surname"]
            ),
            language,
        ),
        "acts": _own_acts(
            _acts(
                block,
                [
                    s
                    for s in sentences
                    if language != "en" or not english.not_of_the_case(s.text, person["surname"])
                ],
                language,
                default_year,
            ),
            key,
            language,
        ),
        "sources": [{"url": u, "title": None} for u in _urls(block)],
        "events": events,
    }


#: A case said to be civil: "civil dispute", «гражданское дело», «азаматтық іс».
_CIVIL = re.compile(
    r"\bcivil\s+(?:dispute|case)s?\b|гражданск\w+\s+(?:дел|спор)\w*|"
    r"азаматтық\s+(?:іс|дау)(?!\w)",
    re.IGNORECASE,
)
#: A table's cell (or a form's line) that names the defendant: «Подсудимый: X», «Сотталушы: X».
_DEFENDANT_CELL = re.compile(
    r"(?:^|\||\n)[ \t]*(?:подсудим\w*|сотталушы|айыпталушы|defendant|accused)[ \t]*:",
    re.IGNORECASE,
)


def _undated_scopes(sentences: list[Sentence], relevant: str, language: str) -> list[Scope]:
    """The events of a text that writes its days with no year anywhere and is read on no known
    day («2 декабря в 21:07 · ... в пятницу забрали ... В воскресенье суд санкционировал
    арест»): each kind told, undated, so the case is still drafted with what the text says."""
    found = find_dates(relevant)
    if not found or resolve_dates(found):
        return []
    scopes: dict[str, Scope] = {}
    for sentence in sentences:
        measure = _measure(sentence.text, language)
        kind = _event_kind(sentence.text, language) or ("preventive_measure" if measure else None)
        if kind == "charge":
            continue  # a charge's day unknown: the charges say it («ему вменяют ...»)
        if kind is not None and kind not in scopes:
            scopes[kind] = Scope(kind, None, [sentence], measure)
        elif kind is not None:
            scopes[kind].sentences.append(sentence)
    return list(scopes.values())


_OFFICIAL_ROLE = re.compile(
    r"judge|prosecutor|lawyer|attorney|counsel|судь|прокурор|обвинител|адвокат|защитник|"
    r"қорғаушы|айыптаушы|председательствующ|төрағалық",
    re.IGNORECASE,
)


def _kazakh_staff_only(block: str, group: list[names.Mention], language: str) -> bool:
    """Whether a Kazakh text names the person as someone's staff («газеттің тілшісі Айгүл X»,
    «оның әріптесі Ғалым X») and otherwise in a role, and tells them of no prosecution."""
    if language != "kk":
        return False
    kk_staff = [_kk_staff_before(block, m.start) for m in group]
    if not any(kk_staff):
        return False
    if any(_KK_PROSECUTED_LATER.match(block, m.end) for m in group):
        return False  # «газеттің тілшісі Айгүл X 3 маусымда ұсталды»
    staff = [own or _staff_before(block, m.start) for own, m in zip(kk_staff, group, strict=True)]
    given = group[0].given[0] if group[0].given else None
    return roles.only_in_role(block, group, language, staff) and not roles.told_prosecuted(
        block, group[0].surname, language, given
    )


#: The rest of a Kazakh sentence telling its subject was prosecuted, however many words between
#: («... тілшісі Айгүл X 2026 жылғы 3 маусымда ұсталды»), or the name's own case right after it
#: («тілшісі Сәуле X-ның ісі бойынша сот процесі басталды»).
_KK_PROSECUTED_LATER = re.compile(
    r"\w*\s+іс(?:і|ін|іне|інде)(?![\w-])|"
    r"[^.!?\n]*?(?<![\w-])(?:ұсталды|ұсталып|ұсталған|қамауға\s+алын\w+|"
    r"үй\s+қамағына\s+алын\w+|сотталды|сотталып|сотталған|айыпталды|айыпталып|"
    r"айып\s+тағылды|тұтқындалды|қылмыстық\s+іс\s+қозғалды)(?![\w-])",
    re.IGNORECASE,
)


def _kk_staff_before(block: str, start: int) -> bool:
    """Whether a Kazakh staff noun in the possessive stands right before the name at `start`."""
    return bool(KK_STAFF_BEFORE.search(block, max(0, start - 40), start))


def _staff_before(block: str, start: int) -> bool:
    """Whether the name at `start` follows a role other than the judge's, the prosecutor's or
    a lawyer's (the court's secretary, an expert, a witness, a signatory, a byline)."""
    lead = " ".join(block[max(0, start - 120) : start].split())[-60:] + " "
    if _QUOTE_SAID_BY.search(lead):
        return True
    role = ROLE_BEFORE.search(lead)
    return role is not None and not _OFFICIAL_ROLE.search(role.group())


#: The end of a quoted answer, then who gave it: «..., – деді Ерік X», «... — сказал Ерлан X»,
#: '..." said Yerik X': the speaker (an official answering, a witness), each time they are named.
_QUOTE_SAID_BY = re.compile(
    r"(?:[,.!?…»\"”][ \t]*[–—-]|[,.!?…][\"”»])[ \t]*"
    r"(?:деді|деп\s+мәлімдеді|сказал[аи]?|заявил[аи]?|отметил[аи]?|said|says|told\s+\w+)"
    r"(?:\s+(?-i:[a-zа-яёәғқңөұүһі-]+)){0,2}\s+$",
    re.IGNORECASE,
)


def _surnames_alone(
    block: str,
    candidates: dict[str, list[names.Mention]],
    key: str,
    taken: list[tuple[int, int]],
    language: str,
) -> dict[str, list[tuple[int, int]]]:
    """(start, end) of each capitalised word that is a candidate's surname said alone, by
    surname key, where several people are candidates (with one, nothing is told apart)."""
    if len(candidates) < 2 or key not in candidates:
        return {}
    found: dict[str, list[tuple[int, int]]] = {}
    for word in re.finditer(rf"(?<![\w-])[{names.UPPER}][\w'’-]+", block):
        if any(a <= word.start() < b for a, b in taken):
            continue
        surname_key = nominative.surname_key(re.sub(r"['’]s$", "", word.group()), language)
        if surname_key in candidates and names.looks_like_surname(word.group()):
            found.setdefault(surname_key, []).append((word.start(), word.end()))
    return found


def _own_acts(acts: list[Record], key: str, language: str) -> list[Record]:
    """The acts without those a clause tells of someone else by surname («Мейірханов ...
    құрған, ал Омарова сол чатта ... таратқан»), unless nothing else is left."""
    own = []
    for act in acts:
        told_of = act.pop("told_of", None)
        if told_of is None or nominative.surname_key(told_of, language) == key:
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
        if roles.after_anothers_role(block, lawyer.start, language):
            continue  # «Ғалия X, адвокат, Жанна Y-ның қорғаушысы»: Жанна is the client
        if roles.told_prosecuted(block, lawyer.surname, language):
            continue  # "on the detention of advocate X", "Mr X was detained": a bar's statement
        keys.add(nominative.surname_key(lawyer.surname, language))
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
    # (a headline in title case, "Blogger Handed Restricted Freedom Over Video About Insulin
    # Shortages", names nobody: "Video About Insulin" is no person)
    # (a surname in capitals beside a given name, "ZHANABERGENOV Daulet Serikovich (Жанабергенов
    # Даулет Серикович)" heading a register's entry, is a person whatever the line looks like)
    with_given = any(
        m.given and (m.surname.isupper() or not title_case_line(block, m.start)) for m in group
    )
    looks_like_surname = any(names.looks_like_surname(m.surname) for m in group)
    said = sum(
        1
        for word in re.findall(rf"[{names.UPPER}][\w'’-]+", block)
        if nominative.surname_key(word, language) == key
    )
    # a letter's "my son Timur", «Менің жолдасым Ерболат»: the one its writer writes about
    mine = any(lexicon.MY_KIN.search(block[max(0, m.start - 40) : m.start]) for m in group)
    # a prosecution told of the person ("the court sentenced journalist Gaukhar X", "Ms X ...
    # was detained") beats a name said as often in another role ("Correspondent Timur Y
    # reports ..."; in English before the count of mentions, a surname's forms being fewer)
    prosecuted = roles.told_prosecuted(block, group[0].surname, language)
    if language == "en":
        # Latin spellings of Kazakh surnames ("Amanzhol", "Sarsenbay") do not look like
        # surnames; the person's mother "Zhanat Amanzholova", said once, does: say-count first
        return (
            with_given,
            mine,
            max(said, len(group)) > 1,
            looks_like_surname,
            prosecuted,
            said,
            -group[0].start,
        )
    return with_given, mine, looks_like_surname, max(said, len(group)), prosecuted, -group[0].start


def _shifted(mentions: list[names.Mention], offset: int) -> list[names.Mention]:
    for mention in mentions:
        mention.start += offset
        mention.end += offset
    return mentions
