"""The scopes of a case once every sentence is read: the same event told twice (a headline
dated by the dateline, then the event with its own day) becomes one scope; "held since" a day
that is a measure's order is that order's; a denied arrest is none; undated verdicts and
rulings told before their day join the scope of their kind. Every scope kept here was read by
bot.extract.scopes; none is made from a sentence it did not place, but for an undated verdict
that no dated one tells (kept with no day). Of a case's dated appeal rulings, no two share a
day: one ruling told twice (in the lead, then in the body) is one scope."""

from __future__ import annotations

from bot.extract.blocks import Sentence
from bot.extract.datelines import earlier_case
from bot.extract.record import Scope
from bot.extract.references import outcome_named, without_requests
from bot.extract.scope_cues import denied_arrest
from bot.extract.sentence import find_parts


def settled_scopes(
    scopes: list[Scope],
    waiting: list[tuple[str, Sentence]],
    after_waiting: list[Sentence],
    language: str,
    surname: str | None,
) -> list[Scope]:
    """`scopes` read in order, with the undated sentences `waiting` for an event of their kind
    and the punishments told after them (`after_waiting`), made into the case's scopes."""
    # «16 января 2025 года. Журналистку оштрафовали ... Пятнадцатого января 2025 года суд
    # признал ...»: a headline dated only by the release's dateline gives way to the same
    # event told with its own date.
    # "AQTAU -- The court has upheld a five-year prison sentence ... The court on September
    # 29 rejected an appeal", «Алматы, 21 ноября. Суд приговорил ... Приговор был оглашён 19
    # ноября»: what the scope dated by the dateline told is the dated one's
    for scope in scopes:
        same = [
            o
            for o in scopes
            if scope.assumed and o.kind == scope.kind and not o.assumed and o.date != scope.date
        ]
        if same:
            same[0].sentences[:0] = scope.sentences
    for held in [s for s in scopes if s.kind == "detention" and s.measure == "custody"]:
        # "held in pre-trial detention since 6 March" told before "detained on 4 March ... On 6
        # March remanded in custody": held since the order of that day, not arrested on it
        order = next(
            (o for o in scopes if o.kind == "preventive_measure" and o.date == held.date), None
        )
        if (
            order is not None
            and order.measure == "custody"
            and any(
                o.kind == "detention" and o.date and held.date and o.date < held.date
                for o in scopes
            )
        ):
            scopes.remove(held)
            order.sentences[:0] = held.sentences
    scopes = [
        scope
        for scope in scopes
        if not scope.assumed
        or not any(
            other.kind == scope.kind and not other.assumed and other.date != scope.date
            for other in scopes
        )
    ]
    scopes = [scope for scope in scopes if not denied_arrest(scope, language)]
    # "In October 2022 she was sentenced to one year ... The verdict was of 25 October 2022."
    for kind, sentence in waiting:
        later = next((scope for scope in scopes if scope.kind == kind), None)
        if later is not None and not earlier_case(sentence.text, later):
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
        # («Бүгін сот күйеуіме үкім шығарды. 2 жыл бас бостандығын шектеу.»: the punishment
        # in the sentences after the verdict's)
        told = [
            s
            for kind, s in waiting
            if kind == "verdict"
            and (find_parts(without_requests(s, language).text, language) or after_waiting)
            and not earlier_case(s.text, None)
        ]
        if told:
            scopes.append(Scope("verdict", None, [*told, *after_waiting]))
    scopes = _one_ruling_a_day(scopes)
    for ruling in (scope for scope in scopes if scope.kind == "appeal_ruling"):
        # co-defendants' different outcomes: what is told of this person by name decides
        ruling.outcome = outcome_named(ruling.sentences, surname, language) or ruling.outcome
    return scopes


def _one_ruling_a_day(scopes: list[Scope]) -> list[Scope]:
    """`scopes` with the appeal rulings of one day made one: «коллегия в четверг изменила
    приговор» in the lead and «коллегия 26 ноября заменила лишение свободы на 3 года ...» in
    the body are one ruling, whose outcome and new punishment may be told in either (so every
    sentence of both is the ruling's, in the text's order)."""
    kept: list[Scope] = []
    for scope in scopes:
        same = next(
            (
                ruling
                for ruling in kept
                if scope.kind == "appeal_ruling"
                and ruling.kind == "appeal_ruling"
                and scope.date is not None
                and ruling.date == scope.date
            ),
            None,
        )
        if same is None:
            kept.append(scope)
            continue
        told = {x.start for x in same.sentences}
        same.sentences = sorted(
            [*same.sentences, *(x for x in scope.sentences if x.start not in told)],
            key=lambda x: x.start,
        )
        same.outcome = same.outcome or scope.outcome
        same.courtroom = same.courtroom or scope.courtroom
    return kept
