"""Events of a case from its scopes: each event's kind, date and details, its sentence parts and
the appeal's outcome (what an appeal changed, struck out or kept: read by
bot.extract.appeal_changes, combined with the verdict's parts here)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from bot.extract import lexicon
from bot.extract.appeal_changes import (
    MAIN_KINDS,
    PUNISHMENT_QUASHED,
    PUNISHMENT_REPLACED,
    changes_in_appeal,
    imposed_instead,
    lone_new_term,
    new_main_part,
    struck_out,
    term_changed_by,
    turned_into_lighter,
)
from bot.extract.blocks import Sentence
from bot.extract.record import Record, Scope
from bot.extract.references import without_requests
from bot.extract.sentence import Part, find_parts

#: A verdict told as no prison ("received a fine, not prison", "was not sent to prison",
#: «не к лишению свободы», «түрмеге қамалған жоқ»).
_NO_PRISON = lexicon.compile_table(
    {
        "en": r"\bnot\s+(?:a\s+)?(?:prison|jail)\b(?!\s+(?:officials?|authorities|staff|guards?))|"
        r"\b(?:was|were|is|has\s+not\s+been)\s+not\s+(?:jailed|imprisoned|"
        r"sent\s+to\s+(?:prison|jail|a\s+(?:penal\s+)?colony))\b|"
        r"\b(?:did\s+not|didn['’]t|will\s+not|won['’]t)\s+(?:go|be\s+sent)\s+to\s+"
        r"(?:prison|jail)\b",
        "ru": r"\bне\s+(?:к\s+)?(?:лишени\w+\s+свободы|реальн\w+\s+срок\w*|тюрьм\w+|колони\w+)|"
        r"\bне\s+(?:был[аи]?\s+)?(?:посадил\w*|лишил\w*\s+свободы|"
        r"отправил\w*\s+в\s+(?:тюрьму|колонию)|отправлен\w*\s+в\s+(?:тюрьму|колонию))",
        "kk": r"түрмеге\s+(?:қамал|жабыл|отырғызыл|жіберіл)\w*\s+жоқ|"
        r"түрмеге\s+(?:қамал|жабыл|отырғызыл|жіберіл)(?:ма|ме)\w*|"
        r"бас\s+бостандығынан\s+айырылған\s+жоқ",
    }
)


def _parts(scope: Scope, language: str, others: Others = None) -> list[Part]:
    sentences = [without_requests(s, language) for s in scope.sentences]
    return [
        p
        for s in sentences
        if not (others and told_of_another(s, *others))
        for p in find_parts(s.text, language, s.start)
    ]


#: The spans of the person's own names and of the other people told as cases in the block.
Others = tuple[list[tuple[int, int]], list[tuple[int, int]]] | None


def told_of_another(
    sentence: Sentence, own: list[tuple[int, int]], rivals: list[tuple[int, int]]
) -> bool:
    """The sentence names another person of the block and not this one: «Лысенко, 52-летний
    водитель, приговорен к штрафу ...» in his co-defendant's story tells his punishment."""
    end = sentence.start + len(sentence.text)
    return any(sentence.start <= a < end for a, _ in rivals) and not any(
        sentence.start <= a < end for a, _ in own
    )


def _unique(parts: list[Part]) -> list[Part]:
    kept: list[Part] = []
    for part in parts:
        if part.approximate and any(
            other.kind == part.kind
            and not other.approximate
            and other.amount is not None
            and part.amount is not None
            and abs(other.amount - part.amount) <= part.amount / 10
            for other in parts
        ):
            continue  # a headline's "about 650,000 tenge" for the story's exact 648,750
        if not any(part.same_value(k) for k in kept):
            kept.append(part)
    return kept


def _events(
    scopes: list[Scope],
    language: str,
    own: list[tuple[int, int]] | None = None,
    rivals: list[tuple[int, int]] | None = None,
) -> tuple[list[Record], str | None]:
    """The events of a case and its stage, from its `scopes`; no punishment is read from a
    sentence that names one of the `rivals` (another person's) and none of `own`."""
    others: Others = (own or [], rivals) if rivals else None
    first: dict[str, Scope] = {}
    for scope in scopes:
        first.setdefault(scope.kind, scope)
    rulings = [s for s in scopes if s.kind == "appeal_ruling" and s.date is not None]
    if rulings:  # the appeal, then a cassation, whatever order the report tells them in
        # (of one day's, the one that tells the outcome: «Бүгін ... апелляциясы» announced in the
        # morning, «алқа үкімді өзгеріссіз қалдырды» at noon)
        first["appeal_ruling"] = min(
            rulings, key=lambda s: (s.date or dt.date.max, s.outcome is None)
        )
    verdict_parts: list[Part] = []
    if "verdict" in first:
        # "16:05 VERDICT. / 16:07 NAME: a fine of ...": the same day's verdict told again
        same_day = [
            scope
            for scope in scopes
            if scope.kind == "verdict"
            and (scope is first["verdict"] or (scope.date and scope.date == first["verdict"].date))
        ]
        verdict_parts = _unique([p for scope in same_day for p in _parts(scope, language, others)])
        if any(_NO_PRISON[language].search(x.text) for scope in same_day for x in scope.sentences):
            # "she received a fine, not prison", «его не лишили свободы»: the verdict says no
            # prison, so a prison term read elsewhere (a rumour quoted, a headline) is not its
            verdict_parts = [p for p in verdict_parts if p.kind != "imprisonment"]
    appeal = first.get("appeal_ruling")
    appeal_parts: list[Part] = []
    outcome = None
    if appeal is not None:
        outcome = appeal.outcome
        stated, before, replaced = changes_in_appeal(appeal, language)
        stated = _unique(stated)
        struck = struck_out(appeal, language)
        if verdict_parts:
            # (only what the verdict gave can be taken out of it)
            struck &= {p.kind for p in verdict_parts}
        if struck:
            # «Коллегия исключила из приговора запрет на пользование соцсетями»: the rest
            # stands; a part taken out makes the sentence lighter
            stated = [p for p in stated if p.kind not in struck]
            replaced |= struck
            if outcome in (None, "upheld"):
                outcome = "reduced"
        replacing = new_main_part(appeal, language, PUNISHMENT_REPLACED)
        if replacing is not None and outcome == "upheld":
            # «приговор изменен: наказание заменено на ограничение свободы ... Постановление
            # апелляционной коллегии оставлено без изменения»: the ruling replaced the
            # punishment; what was left unchanged is that ruling, by a higher court after it
            outcome = None
        if replacing is None and PUNISHMENT_QUASHED[language].search(
            " ".join(s.text for s in appeal.sentences)
        ):
            # «отменила приговор в части наказания. Коллегия ... назначила 3 года лишения
            # свободы»: the new punishment the ruling gave instead of the verdict's
            replacing = next(
                (p for p in _parts(appeal, language) if p.kind in MAIN_KINDS and p.term_months),
                None,
            )
        if replacing is None and outcome is None:
            # "changed the verdict, sentencing him to ...", «жазасы айыппұлмен ауыстырылды»: a
            # ruling that names no direction still tells the punishment standing instead
            replacing = imposed_instead(appeal, language) or turned_into_lighter(appeal, language)
        if (outcome in ("reduced", "increased") or (replacing and outcome is None)) and not any(
            p.changed for p in stated
        ):
            lone = lone_new_term(appeal, language) if outcome is not None else None
            main = next(
                (p for p in verdict_parts if p.kind in ("imprisonment", "restriction_of_liberty")),
                None,
            )
            new = (
                (new_main_part(appeal, language) if outcome else None)
                or replacing
                or (turned_into_lighter(appeal, language) if outcome == "reduced" else None)
            )
            if lone is None and main is not None and main.term_months and outcome is not None:
                by = term_changed_by(appeal, language)
                if by is not None and main.term_months + by >= 1:
                    lone = main.term_months + by  # "reduced his sentence by one year"
            if lone is not None and main is not None and lone != main.term_months:
                # «апелляция смягчила приговор до 3 лет»: the verdict's main term, changed.
                stated = [p for p in stated if p.kind != main.kind]
                stated.append(Part(main.kind, term_months=lone, changed=True))
                before.append(main)
            elif new is not None and main is not None and new.kind != main.kind:
                # "the punishment was reduced to 3 years of restriction of liberty" after 5
                # years of prison: another kind of punishment instead of the verdict's.
                # (the old term the ruling names as what it replaced is the verdict's, not its
                # own: "replaced the four-year prison term with three years of ...")
                stated = [p for p in stated if not p.same_value(new) and not p.same_value(main)]
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
            # the compulsory labour (art. 44) of a restriction of liberty the ruling imposed in
            # place of the verdict's punishment («смягчить до 2 лет ограничения свободы с
            # привлечением к принудительному труду 100 часов») is the new punishment's
            new_liberty_term = (
                any(p.kind == "restriction_of_liberty" and p.changed for p in stated)
                and "restriction_of_liberty" not in verdict_kinds
            )
            for part in stated:
                if part.kind not in verdict_kinds:
                    appeal_parts.append(part)
                    if (
                        outcome in ("reduced", "upheld")
                        and not part.changed
                        and not (part.kind == "community_service" and new_liberty_term)
                    ):
                        verdict_parts.append(part)  # "left ... 80 hours": part of the verdict
            if (
                "restriction_of_liberty" in replaced
                and not any(p.kind == "restriction_of_liberty" for p in appeal_parts)
                and not any(p.kind == "community_service" for p in stated)
            ):
                # the Criminal Code (art. 44) attaches compulsory labour to restriction of
                # liberty: «вместо 2 лет ограничения свободы (и 100 часов принудительного
                # труда) ... к 1 году лишения свободы» takes the hours away with it
                appeal_parts = [p for p in appeal_parts if p.kind != "community_service"]
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
        elif first.get(scope.kind) is not scope and not _taken_in_court(scope, first):
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
    events = _measure_ordered_later(_one_day_arrest(events))
    events.sort(key=lambda e: e["date"] or "")
    kinds = {e["kind"] for e in events}
    if "detention" not in kinds and all(
        e["measure"] == "travel_ban" for e in events if e["kind"] == "preventive_measure"
    ):
        # a travel ban alone («избрали меру пресечения в виде запрета на выезд») is imposed on
        # someone charged and left free, not held
        kinds = {"charge" if k == "preventive_measure" else k for k in kinds}
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


def _one_day_arrest(events: list[Record]) -> list[Record]:
    """An arrest and a measure ordered the same day are one arrest under that measure
    ("detained on 22 April and remanded in custody the same day", «задержан 22.04 ... под
    стражей с 22.04»): the measure is the arrest's."""
    arrests = {e["date"]: e for e in events if e["kind"] == "detention" and e["date"]}
    kept: list[Record] = []
    for event in events:
        arrest = arrests.get(event["date"]) if event["kind"] == "preventive_measure" else None
        if arrest is not None:
            arrest["measure"] = event["measure"] or arrest["measure"]
            continue
        kept.append(event)
    return kept


def _measure_ordered_later(events: list[Record]) -> list[Record]:
    """An arrest whose measure a court ordered on a later day ("Date of arrest: 12 November
    ... on 14 November the investigating judge sanctioned two months' custody", «Қамауға
    алынған күні: 12 қараша ... 14 қарашада ... қамауға алуға санкция берді») is an arrest
    without a measure; the measure is the order's (a different measure later is a change of
    it, and the arrest keeps its own). The order is the one the law requires within 72 hours of
    an arrest (Criminal Procedure Code, art. 131): a measure told days later (of another
    person's story, after a verdict) is no order on this arrest."""
    for arrest in events:
        if arrest["kind"] != "detention" or not arrest["date"] or not arrest["measure"]:
            continue
        day = dt.date.fromisoformat(arrest["date"])
        if any(
            e["kind"] == "preventive_measure"
            and e["date"]
            and 0 < (dt.date.fromisoformat(e["date"]) - day).days <= _ORDER_DAYS
            and e["measure"] == arrest["measure"]
            for e in events
        ):
            arrest["measure"] = None
    return events


#: Days from an arrest to the court's order on it (72 hours, a weekend's delay in telling).
_ORDER_DAYS = 4


def _taken_in_court(scope: Scope, first: dict[str, Scope]) -> bool:
    """A second detention that is the courtroom's on a verdict or an appeal ruling ("taken into
    custody in the courtroom" after a lighter sentence became prison) is an event of its own,
    after the arrest that began the case."""
    earlier = first.get("detention")
    rulings = [first[k].date for k in ("verdict", "appeal_ruling") if k in first]
    return (
        scope.kind == "detention"
        and scope.courtroom
        and earlier is not None
        and earlier.date is not None
        and scope.date is not None
        and scope.date > earlier.date
        and scope.date in rulings
    )


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
