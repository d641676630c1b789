"""What a dated sentence says besides its date, read by `scopes` before it opens a scope: a
decision taking effect, which of several events' cues shares the date's clause, a letter's place
line written from custody, a court deciding on a measure, a birth date, a "today" told apart.

Each reads one sentence (or the text after a date) and tells, never opens or dates a scope.
"""

from __future__ import annotations

import re

from bot.extract import english, lexicon
from bot.extract.blocks import Sentence
from bot.extract.clauses import event_kind as _event_kind
from bot.extract.clauses import measure_of
from bot.extract.datelines import TODAY, set_for_later
from bot.extract.record import Scope
from bot.extract.values import find_dates, mask

#: A decision taking effect: "entered into (legal) force", «вступил в законную силу», «заңды
#: күшіне енді».
IN_FORCE = lexicon.compile_table(
    {
        # (not "has not yet entered into force": the day told is then the verdict's own)
        "en": r"(?<!not )(?<!not yet )(?<!n't )(?<!n't yet )"
        r"\b(?:entered|came|comes|enters)\s+into\s+(?:legal\s+)?force\b|"
        r"\btook\s+(?:legal\s+)?effect\b",
        "ru": r"(?<!\bне )(?<!\bещё не )(?<!\bеще не )"
        r"\bвступ(?:ил|ила|ило|ает|ят|или)\w*\s+в\s+(?:законную\s+)?силу\b",
        "kk": r"\bзаңды\s+күшіне\s+ен(?:ді|ген|еді)\b(?!\s+жоқ)",
    }
)


#: A punishment told of each of several people: "each of the two must pay", "both were
#: ordered", «с каждого из осуждённых взыскано», «обоим», «екеуінен де», «әрқайсысынан».
OF_EACH = lexicon.compile_table(
    {
        "en": r"\beach\s+of\s+(?:them|the\s+(?:two|three|four|five|defendants|convicted|accused)|"
        r"these)\b|\beach\s+(?:defendant|man|woman|activist|of\s+us)\b|"
        r"\bboth\s+(?:of\s+them|men|women|defendants)\b|"
        r"\bboth\s+(?:must|were|are|have|had|will|also)\b",
        "ru": r"\bс\s+каждого\b|\bкаждому\b|\bкаждый\s+из\b|\bс\s+обоих\b|\bобоим\b|"
        r"\b(?:оба|обе)\b",
        "kk": r"\bәрқайсы\w*|\bекеуі\w*",
    }
)


def kind_nearest_date(text: str, language: str) -> str | None:
    """In a sentence with one date and cues of several events ("Zhakupbekov, who was detained
    on 19 October 2023, was convicted ..."), the event whose cue shares the date's clause; a
    measure's clause with no event cue ("trial opened; adjourned to 2 December [in custody since
    14 July]": the day a hearing is set for is none) is the measure's."""
    found = [f for f in find_dates(text) if not set_for_later(text, f.start)]
    if len(found) != 1:
        return None
    date = found[0]
    separators = [m.end() for m in re.finditer(r"[,;()—–\[\]]", text)]
    low = max([p for p in separators if p <= date.start], default=0)
    high = min([p - 1 for p in separators if p > date.end], default=len(text))
    clause = text[low:high]
    kinds = [k for k in lexicon.EVENT_ORDER if lexicon.EVENTS[k][language].search(text)]
    if measure_of(text, language) is not None:
        kinds.append("preventive_measure")
    if len(kinds) < 2:
        return None
    in_clause = [
        k
        for k in kinds
        if (
            measure_of(clause, language) is not None
            if k == "preventive_measure"
            else lexicon.EVENTS[k][language].search(clause)
        )
    ]
    return in_clause[0] if len(in_clause) == 1 else None


#: A letter's place line written from custody («СИЗО г. Шымкента, 26 ноября», "Pre-trial
#: detention centre No. 1, Almaty, 3 May"): where it was written, no measure ordered that day.
WRITTEN_IN_CUSTODY = re.compile(
    r"\s*(?:СИЗО|ИВС|SIZO|тергеу\s+изолятор\w*|(?:pre-?trial\s+)?detention\s+cent(?:re|er)|"
    r"remand\s+(?:cent(?:re|er)|prison))\b[^,\n]{0,40},",
    re.IGNORECASE,
)


#: A court deciding on a measure, not on a verdict: «изменила меру пресечения на домашний
#: арест», «оставила меру пресечения без изменения».
MEASURE_CHANGED_RU = re.compile(r"\bмер\w*\s+пресечения\b", re.IGNORECASE)


#: What makes a date a birth date: «12.04.1993 года рождения», «1981 г.р.».
BIRTH_DATE = re.compile(r"\s*(?:года|г\.)?\s*(?:рождения|г\.\s?р\.)", re.IGNORECASE)


def today_told_apart(text: str, language: str) -> bool:
    """A "today" in a clause of its own that tells no event ("The trial began on 1 September
    2025; today the judge is expected to read the verdict"): the sentence's own date stays."""
    for clause in re.split(r";|\s[—–]\s|,?\s+(?:and|but|while|а|но|и|ал|және)\s+", text):
        if TODAY[language].search(clause):
            return not find_dates(clause) and _event_kind(clause, language) is None
    return False


#: A court or judge named as the one acting: what it did today is an event of the item's day.
A_COURT = lexicon.compile_table(
    {
        "en": r"\b(?:court|judge)\b",
        "ru": r"\bсуд(?:ья|ьи|а|у|ом)?\b",
        "kk": r"\bсот\w*|\bсудья\w*",
    }
)


#: The kinds of a custody: an arrest and a measure keeping the person held.
HELD_KINDS = ("detention", "preventive_measure")


def last_told(scopes: list[Scope]) -> str | None:
    """The kind of the event (not a custody) that the text told of last."""
    told = [
        (max(x.start for x in scope.sentences), scope.kind)
        for scope in scopes
        if scope.kind not in HELD_KINDS and scope.sentences
    ]
    return max(told)[1] if told else None


#: The day a decision was given, told after a lead that the dateline dated: «Решение коллегия
#: вынесла 12 марта», «Постановление оглашено ...», «Алқа шешімді 12 наурызда шығарды».
_DECISION_DAY = lexicon.compile_table(
    {
        "en": r"(?!)",  # (bot.extract.english.dates_a_decision)
        "ru": r"\b(?:решени|постановлени|определени|приговор)\w*\b[^.;]{0,80}?"
        r"\b(?:вынес|оглаш|огласил|объявл|объявил|принят|принял)\w*|"
        r"\b(?:вынес|огласил|объявил|принял)\w*\s+(?:сво[её]\s+)?(?:решени|постановлени)\w*",
        "kk": r"\b(?:шешім|қаулы|үкім)\w*\b[^.;]{0,80}?\b(?:шығар|жариял|қабылда)\w*",
    }
)


def dates_a_decision(text: str, language: str) -> bool:
    """A dated sentence that tells only the day of a decision whose court was told before."""
    if language == "en":
        return english.dates_a_decision(text)
    return bool(_DECISION_DAY[language].search(text))


#: A convict's arrival at the place where the sentence is served: "arrived at the colony on 5
#: May to serve the sentence", «прибыл в учреждение 9 ноября для отбывания наказания», «жазасын
#: өтеу үшін колонияға 5 мамырда жеткізілді». Its day is the transfer's, no verdict's.
_ARRIVED_TO_SERVE = lexicon.compile_table(
    {
        "en": r"\b(?:arrived|was\s+(?:transferred|taken|moved|sent|transported|brought))\s+"
        r"(?:\w+\s+){0,8}?to\s+serve\s+(?:the|his|her|their)\s+(?:sentence|term|punishment)\b",
        "ru": r"\b(?:прибыл|этапирова|переведен|переведён|доставлен|направлен)\w*\s+"
        r"(?:[\w.]+\s+){0,8}?для\s+(?:дальнейшего\s+)?отбывания\s+наказания\b",
        "kk": r"жаза(?:сын|ны)\s+өтеу\s+үшін\s+(?:[\w.-]+\s+){0,6}?"
        r"(?:келді|жеткізілді|ауыстырылды|әкелінді|жіберілді|этапталды)",
    }
)


def arrived_to_serve(text: str, language: str) -> bool:
    """Whether the sentence's first day is the one a convict arrived to serve the sentence on:
    told after the arrival's verb, or before the Kazakh verb that ends the clause ("sentenced
    on 5 May ... and taken to a colony to serve the sentence" is the verdict's day)."""
    arrival = _ARRIVED_TO_SERVE[language].search(text)
    found = find_dates(text)
    if arrival is None or not found:
        return False
    if language == "kk":
        return found[0].start < arrival.end()
    return arrival.start() < found[0].start


#: An arrest denied: "he has not been detained", «его никто не задерживал», «ол ұсталған жоқ».
_ARREST_DENIED = lexicon.compile_table(
    {
        "en": r"\b(?:was|were|has|have|had)\s+not\s+(?:been\s+)?(?:detained|arrested)\b|"
        r"\b(?:wasn['’]t|weren['’]t|hasn['’]t|haven['’]t)\s+(?:been\s+)?(?:detained|arrested)\b",
        "ru": r"\bне\s+(?:был[аио]?\s+)?(?:задержан|арестован)\w*|\bне\s+задерживал\w*",
        "kk": r"ұстал(?:ған|ды)\s+жоқ|ұсталма(?:ды|ған)|ұстамады",
    }
)


def denied_arrest(scope: Scope, language: str) -> bool:
    """An arrest told only as a rumour with the day the text is dated, then denied ("Reports
    say the blogger was detained. — No, he has not been detained"): no event."""
    return (
        scope.kind == "detention"
        and scope.assumed
        and any(_ARREST_DENIED[language].search(x.text) for x in scope.sentences)
    )


def leftover_in_dated(sentence: Sentence, current: Scope | None) -> bool:
    """Whether `sentence` is only the days kept of a co-defendant's blanked sentence ("      June
    12      .") told inside a dated scope: someone else's day, which ends nothing of this one's
    ("X, held since June 12, got three years. Y was handed two years ...": Y's verdict goes on)."""
    text = sentence.text
    return (
        current is not None
        and current.date is not None
        and re.match(r"[ ]{8,}", text) is not None
        and not re.search(r"[^\W\d]{3,}", mask(text, [(f.start, f.end) for f in find_dates(text)]))
    )
