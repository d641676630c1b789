"""When each event happened: a sentence with a date and an event cue opens a scope (verdict,
appeal ruling, trial, detention, measure, release); the sentences after it without a date of
their own continue it. Clauses, datelines, "the same day", requests and references to an
earlier verdict are told apart here."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from bot.extract import english, lexicon
from bot.extract.blocks import Sentence
from bot.extract.details import _OWN_DATE
from bot.extract.lexicon import IN_SENTENCE
from bot.extract.record import Scope
from bot.extract.sentence import find_parts
from bot.extract.values import WORD_NUMBERS, find_dates, find_terms, resolve_dates

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
    if len(dates) == 1 and _held_since(text, language):
        # «Ол 2 шілдеден бері тергеу изоляторында отырған еді, үкімнен кейін сот залында
        # босатылды», "held since 2 July, she was released in the courtroom after the verdict":
        # the custody and the release, each its own clause (the release is dated by the verdict)
        for end in _CLAUSE_END.finditer(text, dates[0].end):
            tail = text[end.end() :]
            if _event_kind(tail, language) == "release" and (
                _AFTER_VERDICT[language].search(tail) or _COURTROOM[language].search(tail)
            ):
                return [
                    Sentence(sentence.start, text[: end.start()]),
                    Sentence(sentence.start + end.end(), tail),
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
        if _WORK_OF[language].search(text[: second.start]):
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
        for f in resolve_dates(mentions, default_year, heading_first=True)
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
    paper_date: dt.date | None = None  # a court paper's date line, under its heading
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
        if (
            not dates
            and _LABEL.fullmatch(sentence.text)
            and sentence.text.strip().isupper()
            and not _OPERATIVE.match(sentence.text)
        ):
            continue  # «ПРИГОВОР. 12.11.2026, с. Зеренда»: a bulletin item's label, dated after
        if (
            _OPERATIVE_VERDICT.match(sentence.text)
            and paper_date is not None
            and not any(scope.kind == "verdict" and scope.date for scope in scopes)
        ):
            # «ПРИГОВОРИЛ:», «ҮКІМ ЕТТІ:»: what follows is the verdict, of the paper's own date
            # («г. Усть-Каменогорск   9 июля 2025 года» under its heading)
            # (the preamble's «рассмотрел уголовное дело» that day is the hearing it ended)
            hearings = [x for x in scopes if x.kind == "trial" and x.date == paper_date]
            scopes = [x for x in scopes if x not in hearings]
            told = [x for hearing in hearings for x in hearing.sentences]
            current = Scope("verdict", paper_date, [*told, sentence])
            scopes.append(current)
            dateline = []
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
        ruling = _ruling_on_the_verdict(sentence, dates, scopes, language)
        if ruling is not None:
            # «... 2025 жылғы 15 қыркүйектегі ... үкімі өзгеріссіз ... қалдырылсын», «Приговор ...
            # от 18 сентября 2025 года ... изменить: ...»: the ruling told before decides on the
            # verdict of that day, the only date written
            ruling.sentences.append(sentence)
            ruling.outcome = ruling.outcome or _outcome(sentence.text, language)
            current = ruling
            continue
        if kind == "verdict" and measure and not find_parts(sentence.text, language):
            # "house arrest, imposed on 4 February": a measure, not a sentence; «была взята под
            # стражу в зале суда при оглашении приговора 18 сентября»: taken into custody
            detained = lexicon.EVENTS["detention"][language].search(sentence.text)
            kind = "detention" if detained else None
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
            paper_date = paper_date or dates[0]
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
                # (the ruling last told of, though the verdict it changed was dated after it:
                # "... The appeal judges replaced the prison term ... Lisitsyn, who had been in
                # custody since 30 June, walked out of the courtroom the same day")
                or "appeal_ruling"
                in (
                    _last_told(scopes),
                    next((s.kind for s in reversed(scopes) if s.kind not in _HELD_KINDS), None),
                )
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
        # («26 ноября 2026 г. · Кентау / ... / Сегодня апелляционная коллегия ...»: a post's
        # date line told before the item, when the item opens with "today")
        news_day = published or (date_before if not scopes and not days_told else None)
        if (
            not dates
            and not dateline
            and news_day is not None
            and (kind is not None or measure is not None)
            and _TODAY[language].search(sentence.text)
        ):
            # "Aktobe, 3 July 2024 – On 1 July police detained ... Today the investigating judge
            # ordered her pre-trial detention": today is the day the news is dated.
            dates = [news_day]
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
            elif (
                kind == "release"
                and lexicon.EVENTS["appeal_ruling"][language].search(sentence.text)
                and _COURTROOM[language].search(sentence.text)
            ):
                # «... апелляциялық алқасы жазаны ... алмастырып, әкемді сот залында босатты»:
                # the ruling, and the release in the courtroom that day
                scopes.append(Scope("release", dates[0], [sentence], courtroom=True))
                current = Scope("appeal_ruling", dates[0], [sentence], measure)
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
            and (
                _AFTER_VERDICT[language].search(sentence.text)
                # «... ұсталып, ... тергеу изоляторында отырды. Екеуі де сот залында
                # босатылды»: released in the courtroom, told after the custody
                or (
                    _COURTROOM[language].search(sentence.text)
                    and current is not None
                    and current.kind in _HELD_KINDS
                )
            )
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
        elif (
            kind == "preventive_measure"
            and not dates
            and current is not None
            and current.kind == "detention"
            and measure == "custody"
        ):
            # "14 октября его задержали ... С того дня он сидит в СИЗО": held since the arrest
            current.sentences.append(sentence)
            current.measure = current.measure or measure
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


#: A label of one or two words ("VERDICT.", «ПРИГОВОР.», «АРЕСТ:»): what the item is about.
_LABEL = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[.:]?\s*")


#: The heading of a verdict's operative part: «ПРИГОВОРИЛ:», «ҮКІМ ЕТТІ:».
_OPERATIVE_VERDICT = re.compile(r"^\s*(?:ПРИГОВОРИЛ|ҮКІМ\s+ЕТТІ)\s*:\s*$")
#: Any court paper's operative heading («ПОСТАНОВИЛА:», «ҚАУЛЫ ЕТТІ:» of a ruling too).
_OPERATIVE = re.compile(r"^\s*(?:ПРИГОВОРИЛ|ПОСТАНОВИЛ\w*|ОПРЕДЕЛИЛ\w*|[ҮҚ]\w+\s+ЕТТІ)\s*:\s*$")


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


#: «тергеу оны ... мақала жазды деп айыптайды»: the investigators accuse, the act before it.
_ACCUSES = lexicon.compile_table({"en": r"(?!)", "ru": r"(?!)", "kk": r"\bдеп\s+айыпта\w*"})


#: A published work named by its date, as Russian reports and verdicts write it: «за
#: публикацию от 2 августа», «пост в Facebook от 05.06.2026», «видеообращение от ...».
_WORK_OF = lexicon.compile_table(
    {
        "en": r"(?!)",
        "ru": r"\b(?:публикаци|пост|видео|видеообращени|комментари|запис|стать|сообщени|"
        r"выступлени|стрим|эфир)\w*(?:\s+(?:в|на|под)\s+[\w-]+)?(?:\s+[\w-]+){0,2}?\s+от\s*$",
        "kk": r"(?!)",
    }
)


def _date_in_act(text: str, language: str) -> bool:
    """The sentence's first date is inside what the person is accused of ("accused of a post
    of 5 May"), so it dates the act, not an arrest the same sentence may name."""
    match = lexicon.ACTS[language].search(text) or _ACCUSES[language].search(text)
    dates = find_dates(text)
    reason = lexicon.REASONS[language].search(text)
    if (
        language != "kk"
        and reason
        and dates
        and re.search(_OWN_DATE, text[reason.end() : dates[0].start], re.IGNORECASE)
    ):
        return True  # "charged ... because of a video he put on Instagram on 28 May"
    if dates and _WORK_OF[language].search(text[: dates[0].start]):
        return True  # «За публикацию от 2 августа 2025 года её признали виновной ...»
    if not match or not dates:
        return bool(match)
    if language == "kk":  # «Ол ... жазба жариялады деп айыпталды»: the act comes first
        # («айып тағылған: тергеу оны ... 28 желтоқсанда мақала жазды деп айыптайды»)
        low = max((m.end() for m in re.finditer(r"[,;:]", text[: match.start()])), default=0)
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
    # «18.11.2026, г. Экибастуз, Павлодарская область.»: the region after a comma
    rest = re.sub(
        r",\s*[\w-]+\s+(?:область|облысы|region|oblast|район|ауданы)\b", "", rest, flags=re.I
    )
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
#: What the prosecution asked for, and what the law provides at most ("Part 1 of Article 405
#: provides for up to six years", «статья предусматривает до ...», «... дейін жаза көзделген»):
#: no punishment of the person.
_REQUEST = {
    "en": r"\b(?:asked|requested|demanded|sought|had asked|asking|requesting|demanding|seeking)\b|"
    r"\b(?:provides?\s+for|punishable\s+by|carries)\s+(?:a\s+(?:maximum|penalty)\s+of\s+)?up\s+to\b|"
    # "Part 2 of the article carries a prison term of up to six years"
    r"\bcarries\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?of\s+up\s+to\b|"
    # "she faces up to seven years in prison if convicted", "the maximum penalty is ..."
    r"\bfac(?:es|ing|e)\s+up\s+to\b|\bmaximum\s+(?:penalty|sentence)\b",
    "ru": r"\b(?:просил|просит|попросил|попросит|запрашивал|требовал|требует|запросил)\w*|"
    r"\bпредусматрива\w+\s+(?:наказание\s+)?(?:вплоть\s+)?до\b|\bкарается\b|"
    # «ей грозит до семи лет лишения свободы», «максимальное наказание — ...»
    r"\bгрозит\s+(?:\w+\s+){0,2}?до\b|\bмаксимальн\w+\s+наказани\w*",
    "kk": r"\bсұра(?:ды|ған|п)|талап ет|дейін\s+(?:\w+\s+){0,4}(?:көзделген|қарастырылған)|"
    r"ең ауыр жаза",
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
        tail = sentence.text[found.end : found.end + 60]
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


#: A court paper's operative words on the verdict: «Приговор ... изменить», «... отменить»,
#: «үкімі өзгертілсін», «... қалдырылсын» (the outcome itself may be told by what follows).
_DECIDES = lexicon.compile_table(
    {
        "en": r"(?!)",
        "ru": r"\b(?:изменить|отменить|оставить)\b",
        "kk": r"(?:өзгертілсін|қалдырылсын|жойылсын)\b",
    }
)


def _last_told(scopes: list[Scope]) -> str | None:
    """The kind of the event (not a custody) that the text told of last."""
    told = [
        (max(x.start for x in scope.sentences), scope.kind)
        for scope in scopes
        if scope.kind not in _HELD_KINDS and scope.sentences
    ]
    return max(told)[1] if told else None


def _ruling_on_the_verdict(
    sentence: Sentence, dates: list[dt.date], scopes: list[Scope], language: str
) -> Scope | None:
    """The appeal ruling told before, when this sentence decides on a verdict and its only
    date is that verdict's (a court paper's operative part names the verdict by its date)."""
    if len(dates) != 1:
        return None
    rulings = [s for s in scopes if s.kind == "appeal_ruling" and s.date is not None]
    if not rulings or rulings[-1].date == dates[0]:
        return None
    if _outcome(sentence.text, language) is None and not _DECIDES[language].search(sentence.text):
        return None
    reference = _verdict_reference(sentence, language, skip_first=False)
    return rulings[-1] if reference is not None and reference[0] == dates[0] else None


def _outcome(text: str, language: str) -> str | None:
    for outcome, table in lexicon.OUTCOMES.items():
        if table[language].search(text):
            return outcome
    return None


_REPLACED_BEFORE = {
    "en": r"\b(?:replaced|substituted|commuted|changed|converted)\b" + IN_SENTENCE + r"{0,30}$",
    "ru": r"\bзамен\w*(?:[^.;]|(?<=\d)\.(?=\d)){0,30}$",
    "kk": r"\b(?:алмастыр|ауыстыр)\w*(?:[^.;]|(?<=\d)\.(?=\d)){0,30}$",
}
