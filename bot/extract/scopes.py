"""When each event happened: a sentence with a date and an event cue opens a scope (verdict,
appeal ruling, trial, detention, measure, release); the sentences after it without a date of
their own continue it. "The same day" is told apart here; a sentence's clauses and the event and
measure each tells by bot.extract.clauses; how a date is told (datelines, an act's own date) by
bot.extract.datelines, and requests and references to an earlier verdict by
bot.extract.references."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from bot.extract import act_cues, court_papers, english, lexicon
from bot.extract.blocks import Sentence
from bot.extract.clauses import SPENT_UNDER, split_clauses
from bot.extract.clauses import event_kind as _event_kind
from bot.extract.clauses import measure_of as _measure
from bot.extract.datelines import (
    AFTER_VERDICT,
    COURTROOM,
    STANDING_CHARGE,
    TODAY,
    date_in_act,
    day_after_yesterday,
    days_before_news,
    days_later,
    earlier_case,
    ends_a_term,
    held_since,
    is_dateline,
    measure_later,
    names_a_work_of,
    of_the_person,
    opens_with_dateline,
    own_dates,
    petition_days_only,
    published_on,
    set_for_later,
    told_later_of,
)
from bot.extract.record import Scope
from bot.extract.references import (
    INSTEAD_OF,
    REPLACED_BEFORE,
    imposed_on,
    outcome_of,
    replaced_at,
    ruling_on_the_verdict,
    verdict_reference,
    without_requests,
)
from bot.extract.scope_cues import (
    A_COURT,
    BIRTH_DATE,
    HELD_KINDS,
    IN_FORCE,
    MEASURE_CHANGED_RU,
    OF_EACH,
    WRITTEN_IN_CUSTODY,
    arrived_to_serve,
    dates_a_decision,
    kind_nearest_date,
    last_told,
    leftover_in_dated,
    today_told_apart,
)
from bot.extract.scope_merges import settled_scopes
from bot.extract.sentence import find_parts
from bot.extract.values import find_dates, resolve_dates

# --- events --------------------------------------------------------------------------------------


def _scopes(
    sentences: list[Sentence],
    language: str,
    default_year: int | None = None,
    date_before: dt.date | None = None,
    surname: str | None = None,
    text_day: dt.date | None = None,
    detained_before: dt.date | None = None,
) -> list[Scope]:
    """The scopes of a person's `sentences`; `date_before` is the day of the last event told
    before them, `detained_before` the day of the last arrest told before them (another's)."""
    sentences = [c for s in sentences for c in split_clauses(s, language)]
    joined = "\n".join(s.text for s in sentences)
    mentions = find_dates(joined)
    resolved = {
        f.start: f.value
        for f in resolve_dates(mentions, default_year, heading_first=True)
        if not BIRTH_DATE.match(joined, f.end)  # «12.04.1993 года рождения»: no event's
        and not ends_a_term(joined, f.start)  # "house arrest until 19 January"
        and not set_for_later(joined, f.start)  # "adjourned to 2 December": none held then
    }
    # Dates per sentence, by offsets in the joined text.
    scopes: list[Scope] = []
    current: Scope | None = None
    position = 0
    dateline: list[dt.date] = []
    waiting: list[tuple[str, Sentence]] = []  # undated sentences about an event not yet dated
    after_waiting: list[Sentence] = []  # undated punishments told after a waiting verdict
    published = published_on(sentences, resolved)
    own_day = published  # the item's own day, "on Wednesday" counted back from it
    following = {id(a): b.text for a, b in itertools.pairwise(sentences)}
    days_told: list[dt.date] = []  # every day told so far, of an event or not
    paper_date: dt.date | None = None  # a court paper's date line, under its heading
    item_day: dt.date | None = None  # the item's own day, once its "yesterday" was told
    for sentence in sentences:
        assumed = False
        end = position + len(sentence.text)
        dates = own_dates(sentence.text, resolved, position, end)
        position = end + 1
        if dates and petition_days_only(sentence.text, language):
            # «Ваше обращение от 23 октября 2026 года по вопросу законности осуждения ...
            # рассмотрено»: the day a letter was written, no event of the case
            dates = []
        days_told += dates
        if language == "en" and english.not_of_the_case(sentence.text, surname):
            continue
        days_after = told_later_of(sentence.text, surname, language) if dates else None
        if days_after and len(dates) == 2 and dates[1] != dates[0] + dt.timedelta(days_after):
            days_after = None  # a second day of another event, not "the next day, 3 March"
        if days_after and len(dates) <= 2:
            # «Сарсенова задержали 11 апреля, Утешеву — на следующий день»: this person's day
            dates = [dates[0] + dt.timedelta(days=days_after)]
        if (
            language == "en"
            and dates
            and english.act_date_clause(sentence.text)
            and _event_kind(sentence.text, language) is None
        ):
            # "over a Facebook post of 14 February 2025 ..., and ordered him to pay ...": the
            # date is the act's; the clause goes on with the event told before it
            dates = []
        if len(dates) >= 2 and opens_with_dateline(sentence.text, language):
            dates = dates[1:]  # "KARAGANDA, 10 July 2025 -- The board on 9 July quashed ..."
        if (
            dates
            and current is not None
            and current.assumed
            and _event_kind(sentence.text, language) in (None, current.kind)
            and dates_a_decision(sentence.text, language)
        ):
            # "... has rejected an appeal ... The court pronounced its decision on June 22":
            # the day of the ruling told after it, not the dateline's
            for freed in scopes:  # ("... and he was released in the courtroom": that day too)
                if freed.courtroom and freed.assumed and freed.date == current.date:
                    freed.date, freed.assumed = dates[0], False
            current.date = dates[0]
            current.assumed = False
            current.sentences.append(sentence)
            continue
        if (
            not dates
            and court_papers.LABEL.fullmatch(sentence.text)
            and sentence.text.strip().isupper()
            and not court_papers.OPERATIVE.match(sentence.text)
        ):
            continue  # «ПРИГОВОР. 12.11.2026, с. Зеренда»: a bulletin item's label, dated after
        if (
            court_papers.OPERATIVE_VERDICT.match(sentence.text)
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
        if kind in ("release", "preventive_measure", None) and act_cues.administrative(
            sentence.text
        ):
            # «10 тәуліктік әкімшілік қамаудан босатылған күні қайтадан ұсталды», "10 days of
            # administrative arrest": a penalty of an administrative case, served and left; no
            # measure of the criminal case, no release from it (an arrest told with it stands)
            detained = lexicon.EVENTS["detention"][language].search(sentence.text)
            kind = "detention" if kind == "release" and detained else None
            measure = None
        if (
            kind == "verdict"
            and scopes
            and act_cues.administrative(sentence.text)
            and not act_cues.cites_criminal_code(sentence.text)
        ):
            # "Three picketers were fined 20 MCI each under the Administrative Code on 27
            # November", told after the case's own events: a penalty of an administrative case,
            # no verdict of the criminal one (an administrative case told alone is the case)
            kind = None
        if kind == "verdict" and dates and arrived_to_serve(sentence.text, language):
            # "arrived at the colony on 5 May to serve the sentence imposed ... on 12 February":
            # the first day is the transfer's; the verdict's is the one after it, if written
            dates = dates[1:]
        if kind == "release" and len(dates) == 1 and held_since(sentence.text, language):
            # "He was released in the courtroom after seven months in the detention centre — he
            # had been there since April 22": the day is the one the custody began; the release
            # is undated, told of the day it happened (a ruling's, read below)
            scopes.append(Scope("detention", dates[0], [sentence], measure or "custody"))
            dates = []
        if (
            dates
            and kind in ("appeal_ruling", "verdict", "trial")
            and lexicon.SCHEDULED[language].search(sentence.text)
        ):
            continue  # "An appeal hearing is scheduled for 15 November": not yet
        if (
            len(dates) == 1
            and kind in ("appeal_ruling", "verdict")
            and IN_FORCE[language].search(sentence.text)
        ):
            continue  # «Приговор вступил в законную силу 5 декабря»: the day it took effect
        if len(dates) == 1 and kind is not None:
            nearest = kind_nearest_date(sentence.text, language)
            # («В тот же день коллегия оставила без изменения приговор ..., осуждённого 20
            # декабря 2022 года»: the one date is the verdict's the ruling refers to)
            if not (
                kind == "appeal_ruling"
                and nearest == "verdict"
                and outcome_of(sentence.text, language) is not None
                and verdict_reference(sentence, language, skip_first=False) is not None
            ):
                kind = nearest or kind
        ruling = ruling_on_the_verdict(sentence, dates, scopes, language)
        if ruling is not None:
            # «... 2025 жылғы 15 қыркүйектегі ... үкімі өзгеріссіз ... қалдырылсын», «Приговор ...
            # от 18 сентября 2025 года ... изменить: ...»: the ruling told before decides on the
            # verdict of that day, the only date written
            ruling.sentences.append(sentence)
            ruling.outcome = ruling.outcome or outcome_of(sentence.text, language)
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
            and MEASURE_CHANGED_RU.search(sentence.text)
            and not find_parts(sentence.text, language)
        ):
            # «апелляционная коллегия ... изменила ему меру пресечения на домашний арест»: an
            # appeal against the measure, which is the event
            kind = "preventive_measure"
        if (
            dates
            and kind is None
            and (measure is None or WRITTEN_IN_CUSTODY.match(sentence.text))
            and is_dateline(sentence.text)
            # What is left of a co-defendant's sentence (its dates, kept in a blank) dates only
            # "the same day" told next, not the next person's own undated sentence.
            and (
                not re.match(r"[ ]{8,}", sentence.text)
                or days_later(following.get(id(sentence), ""), language) == 0
            )
        ):
            dateline = dates  # "KOKSHETAU, 22.11.2023." dates the news that follows
            own_day = dates[0]
            paper_date = paper_date or dates[0]
            continue
        if (
            len(dates) == 1
            and kind in ("verdict", "trial")
            and (current is not None or dateline)
            and date_in_act(sentence.text, language)
        ):
            # «Его признали виновным ... за видео, опубликованное 20.01.2025», "• 18 March 2022
            # – Almaty. The court fined X for a post published on 9 January 2022": the one date
            # is the act's; the verdict is the one told before, or the dateline's.
            dates = []
        appeal_release = (
            not dates
            and kind == "release"
            and bool(COURTROOM[language].search(sentence.text))
            and (
                bool(lexicon.EVENTS["appeal_ruling"][language].search(sentence.text))
                # "... replaced with restricted freedom. Daniyar ... was released in the
                # courtroom": told right after the ruling
                # (the ruling last told of, though the verdict it changed was dated after it:
                # "... The appeal judges replaced the prison term ... Lisitsyn, who had been in
                # custody since 30 June, walked out of the courtroom the same day")
                or "appeal_ruling"
                in (
                    last_told(scopes),
                    next((s.kind for s in reversed(scopes) if s.kind not in HELD_KINDS), None),
                )
            )
            and any(scope.kind == "appeal_ruling" and scope.date for scope in scopes)
        )
        if not dates and not appeal_release and (kind is not None or measure is not None):
            days = days_later(sentence.text, language)
            # (a scope dated only by the dateline is no day told: "the same day" after a
            # statement's "the sentences handed down last week" is the day told before it)
            told_scopes = [scope for scope in scopes if not scope.assumed]
            dated = [scope.date for scope in told_scopes if scope.date is not None] or (
                [date_before] if date_before and not told_scopes else []
            )
            if language == "en" and not dated:
                # "The court on May 5 sentenced X and Y ... Two days earlier, the same court
                # sentenced Z": the day told before, though it dates someone else's verdict
                dated = days_told[-1:]
            if days == 0 and kind == "detention" and detained_before and not told_scopes:
                # «Вместе с Айбеком в то же утро задержали его друга ...» opening this person's
                # story: the morning of the arrest told before, not of the last event told
                dated = [detained_before]
            if days is not None and dated:
                # "Two days later, a court ordered ...", «На следующий день», «Екі күннен кейін»
                dates = [dated[-1] + dt.timedelta(days=days)]
        item_day = day_after_yesterday(sentence.text, language, dates) or item_day
        # («26 ноября 2026 г. · Кентау / ... / Сегодня апелляционная коллегия ...»: a post's
        # date line told before the item, when the item opens with "today")
        news_day = published or (date_before if not scopes and not days_told else None)
        if news_day is None and (kind is not None or A_COURT[language].search(sentence.text)):
            # "Yesterday police detained him ... Today a court ordered his arrest": the item's
            # day (not "he is in custody today", a state with no one ordering it)
            news_day = item_day
        if (
            not dates
            and not dateline
            and news_day is not None
            and (kind is not None or measure is not None)
            and TODAY[language].search(sentence.text)
        ):
            # "Aktobe, 3 July 2024 – On 1 July police detained ... Today the investigating judge
            # ordered her pre-trial detention": today is the day the news is dated.
            dates = [news_day]
        today = bool(dateline) and bool(TODAY[language].search(sentence.text))
        if today and dates and today_told_apart(sentence.text, language):
            today = False  # "The trial began on 1 September; today nothing happened yet"
        if kind == "appeal_ruling" and dates and not today and not dateline:
            # "On the same day the board left unchanged the verdict of the X court of 30
            # December 2024 against ...": the only date is the verdict's; the ruling's day is
            # the one told before.
            days = days_later(sentence.text, language)
            dated = [scope.date for scope in scopes if scope.date is not None] or (
                [date_before] if date_before else []
            )
            reference = verdict_reference(sentence, language, skip_first=False)
            if days is not None and dated and reference is not None and reference[0] == dates[0]:
                dates = [dated[-1] + dt.timedelta(days=days), *dates]
                today = True
        if dateline and kind == "appeal_ruling" and dates and not today:
            # «Уральск, 9 сентября 2025 г. Коллегия рассмотрела жалобу на приговор ... от 24 июня
            # 2025 года»: the only date is the verdict's; the ruling is the dateline's day.
            reference = verdict_reference(sentence, language, skip_first=False)
            if reference is not None and reference[0] == dates[0]:
                dates = dateline + dates
                today = True
        if (
            not dates
            and not today
            and measure is not None
            and kind in (None, "preventive_measure")
            and SPENT_UNDER[language].search(sentence.text)
        ):
            # «... почти пять месяцев провел под домашним арестом, а затем получил приговор»:
            # a look back on how long, no measure ordered on the dateline's day
            measure = kind = None
        if kind == "charge" and not dates and STANDING_CHARGE[language].search(sentence.text):
            # «Оған ... айып тағылған», "she has been charged with ...": what she stands charged
            # with, no charge brought on the day the news is dated
            kind = None
        punishment = not dates and kind is None and bool(find_parts(sentence.text, language))
        opening = len(dates) == 1 and opens_with_dateline(sentence.text, language)
        news: dt.date | None = None
        back: int | None = None
        if opening:
            news = dates[0]
        elif not dates:
            outside = text_day if of_the_person(sentence.text, surname, bool(scopes)) else None
            news = dateline[0] if dateline else own_day or outside
        if news is not None and (kind is not None or punishment or measure is not None):
            # "ALMATY, November 21 -- A court on Thursday sentenced ...", «Алматы, 21 ноября.
            # Вчера суд ...»: the day named, counted back from the item's
            back = days_before_news(sentence.text, language, news)
            if back is not None:
                dates = [news - dt.timedelta(days=back)]
                dateline = []
                item_day = news  # a "today" told after "yesterday" is still the item's day
            elif opening:
                # "ALMATY, November 21 -- A court has sentenced ...": the wire's day, until a
                # sentence tells the day of the decision ("The verdict was announced on ...")
                assumed = True
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
            and (
                re.search(REPLACED_BEFORE[language].rstrip("$"), sentence.text, re.IGNORECASE)
                # "Instead of three years in a colony, the judges gave him three years of
                # restricted freedom", «Вместо трёх лет колонии ему назначили ...»
                or INSTEAD_OF[language].match(sentence.text)
            )
        ):
            # "The court replaced the 4 years imposed on him with ...": still the appeal.
            kind = "appeal_ruling"
        # (a day counted back is written nowhere: "suspected of ...; on Thursday" dates no act)
        acts = back is None and date_in_act(sentence.text, language)
        if kind is None and measure is not None:
            kind = "preventive_measure"
        if (
            kind is None
            and dates
            and find_parts(without_requests(sentence, language).text, language)
        ):
            # a dated punishment needs no cue: a table row, "12 Jan: 2 years" (not one the
            # prosecutor asked for: «попросил назначить ей четыре года ...»)
            kind = "verdict"
        if kind == "preventive_measure" and measure == "custody" and dates:
            if held_since(sentence.text, language) and not (
                # "arrested on August 21 ... in pre-trial detention since August 23": held
                # from a later day than the arrest told, by a measure of that day
                language == "en"
                and any(s.kind == "detention" and s.date and s.date < dates[0] for s in scopes)
            ):
                kind = "detention"  # "in SIZO since 12 September", «под стражей с 2 января»
            elif held_since(sentence.text, language, under_measure=True) and not any(
                s.kind == "detention" for s in scopes
            ):
                # «Бұлтартпау шарасы – 4 қыркүйектен бастап қамауда», no arrest told before
                # it: held since that day (after «Задержан: 06.01.2022», «Мера пресечения: под
                # стражей с 08.01.2022» is the measure ordered two days later)
                kind = "detention"
        imposed = imposed_on(sentence, language) if kind == "appeal_ruling" and dates else None
        if imposed is not None and not (acts and kind in ("detention", "preventive_measure")):
            # "increased the sentence: the 2 years of restriction of liberty imposed by the
            # Taraz city court on 10 March 2025 under Article 274(3) were replaced by 4 years in
            # prison": the verdict is the clause from its term to its date; the appeal reads the
            # whole sentence (the change from that term to the new one).
            verdict_date, low, high = imposed
            text = sentence.text
            current = Scope("appeal_ruling", dates[0], [sentence], measure)
            current.outcome = outcome_of(text, language)
            scopes.append(
                Scope("verdict", verdict_date, [Sentence(sentence.start + low, text[low:high])])
            )
            scopes.append(current)
        elif (
            dates and kind and not (acts and kind in ("detention", "preventive_measure", "charge"))
        ):
            reference = (
                verdict_reference(sentence, language, skip_first=not today, ruled=dates[0])
                if kind == "appeal_ruling"
                else None
            )
            if reference is not None:
                # "overturned her verdict of 20 January 2022 (2 years ...)": the verdict too.
                verdict_date, cut = reference
                head = Sentence(sentence.start, sentence.text[:cut])
                tail = Sentence(sentence.start + cut, sentence.text[cut:])
                replaced = replaced_at(tail.text, language)
                if replaced is not None:
                    # «... 9 қыркүйектегі үкімімен тағайындалған 3 жыл ... айыру жазасын 2 жыл
                    # ... шектеуге ауыстырды»: the verdict's punishment is the one replaced; the
                    # ruling reads the whole change
                    tail = Sentence(tail.start, tail.text[:replaced])
                    head = sentence
                current = Scope("appeal_ruling", dates[0], [head], measure)
                scopes.append(Scope("verdict", verdict_date, [tail]))
                current.outcome = outcome_of(sentence.text, language)
            elif (
                kind in ("release", "appeal_ruling")
                and lexicon.EVENTS["appeal_ruling"][language].search(sentence.text)
                and lexicon.EVENTS["release"][language].search(sentence.text)
                and COURTROOM[language].search(sentence.text)
            ):
                # «... апелляциялық алқасы жазаны ... алмастырып, әкемді сот залында босатты»:
                # the ruling, and the release in the courtroom that day (the ruling's kind
                # nearest the date: «Апелляция 22 сәуірде ... ауыстырады, ... сол күні
                # Ерсайын түрмеден шығады»)
                scopes.append(
                    Scope("release", dates[0], [sentence], courtroom=True, assumed=assumed)
                )
                current = Scope("appeal_ruling", dates[0], [sentence], measure, assumed=assumed)
                current.outcome = outcome_of(sentence.text, language)
            elif kind == "charge" and measure:
                # "charged ... and placed in pre-trial detention": both on that day; "charged on
                # 9 September ... over a video of 21 August, and has been under a travel ban
                # since the same day": the charge's day, not the act's told between
                same_day = days_later(sentence.text, language) == 0
                scopes.append(Scope("charge", dates[0], [sentence]))
                day = dates[0] if same_day else dates[-1]
                current = Scope("preventive_measure", day, [sentence], measure)
            elif (
                kind == "detention"
                and measure
                and len(dates) >= 2
                # ("detained on 17 April and remanded over a video of 29 March": the act's day)
                and not names_a_work_of(sentence.text, language, dates[1])
            ):
                scopes.append(Scope("detention", dates[0], [sentence]))
                current = Scope("preventive_measure", dates[1], [sentence], measure)
            elif (
                kind in HELD_KINDS
                and measure
                and len(dates) == 1
                and len(days_told) > 1
                and (written := find_dates(sentence.text))
                and (lead := sentence.text[: written[0].start])
                and days_later(lead, language) == 0
                and lexicon.EVENTS["detention"][language].search(lead)
            ):
                # «19 ноября выступил на сходе. В тот же вечер его задержали, 21 ноября суд
                # арестовал его»: the arrest on the day told before, the measure on its own
                scopes.append(Scope("detention", days_told[-2], [sentence]))
                current = Scope("preventive_measure", dates[0], [sentence], measure)
            elif (
                kind == "detention"
                and measure
                and (after_days := measure_later(sentence.text, language))
            ):
                # "detained on 2 February 2026 and remanded in custody two days later"
                scopes.append(Scope("detention", dates[0], [sentence]))
                day = dates[0] + dt.timedelta(days=after_days)
                current = Scope("preventive_measure", day, [sentence], measure)
            else:
                current = Scope(kind, dates[0], [sentence], measure, assumed=assumed)
                current.outcome = outcome_of(sentence.text, language)
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
        elif dates and not (acts and kind is None) and not leftover_in_dated(sentence, current):
            # a dated sentence about something else ends the scope (not one whose day is the
            # act's, told between a verdict and its costs: «Повод — сторис от 14 августа ...»)
            current = None
        elif appeal_release:
            # "The appeal court replaced the prison term with 3 years of restriction of liberty,
            # and she was released in the courtroom the same day": the appeal's new sentence,
            # and a release on the appeal's day (not on the verdict's told in between).
            ruling = [scope for scope in scopes if scope.kind == "appeal_ruling" and scope.date][-1]
            ruling.sentences.append(sentence)
            ruling.outcome = ruling.outcome or outcome_of(sentence.text, language)
            scopes.append(Scope("release", ruling.date, [sentence], courtroom=True))
            current = ruling
        elif (
            kind in ("release", "detention")
            and current is not None
            and current.kind in ("appeal_ruling", "verdict")
            and current.date is not None
            and COURTROOM[language].search(sentence.text)
        ):
            # "... reduced his sentence. He was released in the courtroom": that day; so is
            # «... жазасын күшейтті. Жандарбеков сот залында күзетке алынды».
            scopes.append(Scope(kind, current.date, [sentence], courtroom=True))
        elif (
            kind == "release"
            and (
                AFTER_VERDICT[language].search(sentence.text)
                # «... ұсталып, ... тергеу изоляторында отырды. Екеуі де сот залында
                # босатылды»: released in the courtroom, told after the custody
                or (
                    COURTROOM[language].search(sentence.text)
                    and current is not None
                    and current.kind in HELD_KINDS
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
            and COURTROOM[language].search(sentence.text)
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
        elif current is not None and earlier_case(sentence.text, current) and kind is None:
            current = None  # "she had already been convicted in 2018": another case
        elif (
            punishment
            and current is not None
            and current.kind in HELD_KINDS
            and any(scope.kind == "verdict" for scope in scopes)
        ):
            # "... He has been in custody since 18 June. Each of the three must also pay 4,720
            # tenge in court costs": a punishment told after the custody is the verdict's
            [scope for scope in scopes if scope.kind == "verdict"][-1].sentences.append(sentence)
        elif (
            punishment
            and current is None
            and OF_EACH[language].search(sentence.text)
            and any(scope.kind == "verdict" for scope in scopes)
        ):
            # "X was found guilty ... On August 14 X posted ... The court ordered each of the
            # two to pay 43,250 tenge": told of each after a dated sentence on the act, still
            # the verdict's
            [scope for scope in scopes if scope.kind == "verdict"][-1].sentences.append(sentence)
        elif (
            current is not None
            and kind in (None, current.kind)
            and not earlier_case(sentence.text, current)
        ):
            current.sentences.append(sentence)
            current.measure = current.measure or measure
            current.outcome = current.outcome or outcome_of(sentence.text, language)
        elif (
            current is None
            and kind is None
            and not dates
            and any(k == "verdict" for k, _ in waiting)
            and find_parts(sentence.text, language)
        ):
            after_waiting.append(sentence)  # "Plus 1,276 tenge court fees." before its date
        elif kind in ("verdict", "appeal_ruling") and not earlier_case(sentence.text, None):
            # "The first-instance court had sentenced him to ...": back to that scope.
            earlier = [scope for scope in scopes if scope.kind == kind]
            if earlier:
                current = earlier[-1]
                current.sentences.append(sentence)
                # «Апелляционная коллегия приговор оставила без изменения» told last
                current.outcome = current.outcome or outcome_of(sentence.text, language)
            else:
                waiting.append((kind, sentence))
    return settled_scopes(scopes, waiting, after_waiting, language, surname)
