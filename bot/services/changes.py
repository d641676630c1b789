"""One function per change to a case (see services/__init__.py for what each one guarantees).

Text is parsed by the caller (the bot's parsers); these functions take typed values and check
what the database would otherwise truncate or refuse (lengths from the column sizes).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.clock import local_day
from bot.services.errors import ChangeRefused
from bot.services.merging import MergeOutcome, apply_merge, event_label, sentence_signature
from bot.services.publishing import ALERT_EVENTS, AlertPolicy, publish
from db.cases import create_submission, get_case
from db.models import (
    AllegedAct,
    Attachment,
    Case,
    CaseExternalId,
    CaseStage,
    CaseUpdateProposal,
    Charge,
    Event,
    EventKind,
    PersonAlias,
    Publication,
    SentenceKind,
    SentencePart,
    Source,
    Submission,
    SubmissionStatus,
    ThreadMessage,
    User,
    utcnow,
)
from db.moderation import (
    add_thread_message,
    audit,
    claim_decision,
    get_submission,
    set_open_status,
    update_target,
)
from db.search import index_case, index_person

_STAGE_ORDER = list(CaseStage)
#: The stage an event moves a case to (never backwards).
STAGE_AFTER = {EventKind.VERDICT: CaseStage.SENTENCED, EventKind.APPEAL_RULING: CaseStage.APPEALED}

#: Editable fields of a case: code -> longest accepted text (the column size).
TEXT_FIELDS = {
    "name": 300,
    "city": 150,
    "region": 150,
    "occupation": 500,
    "court": 300,
    "judge": 200,
    "prosecutor": 200,
    "summary": 4000,
}
LIST_FIELDS = ("aliases", "charges", "acts", "sources")
FIELDS = (*TEXT_FIELDS, "stage", *LIST_FIELDS)


@dataclass
class Decision:
    """A decision taken: the submission, the public case it concerns, what was announced."""

    submission: Submission
    case_id: int
    announced: list[Event] = field(default_factory=list)
    merge: MergeOutcome | None = None


# --- helpers -----------------------------------------------------------------------------------


async def reindex(session: AsyncSession, *cases: Case) -> None:
    """Re-index every case of the people of `cases` (names belong to the person)."""
    await session.flush()
    seen: set[int] = set()
    for case in cases:
        if case.person_id not in seen:
            seen.add(case.person_id)
            await index_person(session, case.person)


#: Longest reject reason and question to a submitter (their columns are Text: the limit is here).
REASON_LIMIT = 1000
QUESTION_LIMIT = 1500


def _bounded(text: str | None, limit: int, what: str) -> str | None:
    if text is None:
        return None
    text = text.strip()
    if len(text) > limit:
        raise ChangeRefused("too_long", f"{what} > {limit}")
    return text or None


async def _claim(
    session: AsyncSession, submission_id: int, status: SubmissionStatus, reason: str | None = None
) -> Submission:
    if not await claim_decision(session, submission_id, status, reason):
        raise ChangeRefused("decided")
    submission = await get_submission(session, submission_id)
    assert submission is not None
    return submission


def _advance_stage(case: Case, kind: EventKind) -> None:
    stage = STAGE_AFTER.get(kind)
    if stage is not None and _STAGE_ORDER.index(stage) > _STAGE_ORDER.index(case.stage):
        case.stage = stage


# --- reports and proposals ----------------------------------------------------------------------


async def submit_report(session: AsyncSession, case: Case, submitter: User | None) -> Submission:
    """A new report: stored pending and indexed (for duplicates; lookups show approved only)."""
    case.publication = Publication.PENDING
    new_person = case.person_id is None and case.person.id is None
    if new_person:
        # Assigned on the transient objects, these stay loaded after the flush: the keys of a
        # new person's only case are computed without reading anything back.
        # So is everything the moderation card shows (db.moderation.card_submission), so the
        # card of a new report is rendered without reading the case back.
        case.person.aliases = list(case.person.aliases)
        case.charges = list(case.charges)
        case.events = list(case.events)
        for event in case.events:
            event.sentence = list(event.sentence)
        case.acts = list(case.acts)
        case.sources = list(case.sources)
        case.attachments = list(case.attachments)
    session.add(case)
    submission = await create_submission(session, case, submitter)
    if new_person:
        await index_case(session, case, new=True)
    else:
        await reindex(session, case)
    return submission


async def propose_update(
    session: AsyncSession,
    proposer: User | None,
    target: Case,
    event: Event,
    charge: Charge | None = None,
) -> Submission:
    """News about a public case, for review: a pending case of the same person holding only
    the news, with an update proposal pointing at the target."""
    if target.publication is not Publication.APPROVED:
        raise ChangeRefused("not_public")
    proposal = Case(
        person_id=target.person_id,
        stage=STAGE_AFTER.get(event.kind, target.stage),
        publication=Publication.PENDING,
        events=[event],
        charges=[charge] if charge else [],
    )
    session.add(proposal)
    submission = await create_submission(session, proposal, proposer)
    session.add(CaseUpdateProposal(submission_id=submission.id, target_case_id=target.id))
    await audit(session, None, "update_proposed", case_id=target.id, submission_id=submission.id)
    fresh = await get_case(session, proposal.id)
    assert fresh is not None
    await reindex(session, fresh)
    return submission


async def import_case(session: AsyncSession, case: Case, external_id: str) -> Case:
    """A case from an organisation's vetted list (`casewatch import`): public at once under its
    exchange id, indexed, audited (actor: nobody, the operator's CLI). Its verdicts and rulings
    are recorded as published, so a later report or /event of the same one is never announced
    as news, but the import itself alerts nobody: a backlog of old cases is the record, not
    news. The caller skips exchange ids already present (one query for the whole file)."""
    if case.person_id is not None or case.person.id is not None:
        raise ChangeRefused("not_new")
    case.publication = Publication.APPROVED
    case.approved_at = utcnow()
    # Assigned on the transient objects, these stay loaded after the flush (see submit_report).
    case.person.aliases = list(case.person.aliases)
    case.charges = list(case.charges)
    case.events = list(case.events)
    session.add(case)
    await session.flush()
    session.add(CaseExternalId(case_id=case.id, external_id=external_id))
    await index_case(session, case, new=True)
    for event in case.events:
        await publish(session, event, AlertPolicy(), announce=False)
    await audit(
        session,
        None,
        "import",
        case_id=case.id,
        external_id=external_id,
        published_events=[e.id for e in case.events if e.kind in ALERT_EVENTS],
    )
    return case


# --- decisions ----------------------------------------------------------------------------------


async def approve(
    session: AsyncSession,
    actor: User,
    submission_id: int,
    policy: AlertPolicy,
    picks: frozenset[str] = frozenset(),
) -> Decision:
    """Approve: the case becomes public, or the proposed update joins its case (the moderator's
    `picks` settle differences). Verdicts and rulings are announced once."""
    submission = await _claim(session, submission_id, SubmissionStatus.APPROVED)
    target_id = await update_target(session, submission_id)
    if target_id is not None:
        target = await get_case(session, target_id)
        assert target is not None
        outcome, announced = await _merge_into(
            session, submission.case, target, picks, policy, announce=True
        )
        await audit(
            session,
            actor,
            "approve",
            case_id=target_id,
            submission_id=submission_id,
            update_of=target_id,
            **outcome.as_json(),
        )
        return Decision(submission, target_id, announced, outcome)
    case = submission.case
    case.publication = Publication.APPROVED
    case.approved_at = utcnow()
    announced = [e for e in case.events if await publish(session, e, policy)]
    await reindex(session, case)
    await audit(
        session,
        actor,
        "approve",
        case_id=case.id,
        submission_id=submission_id,
        published_events=[e.id for e in case.events if e.kind in ALERT_EVENTS],
    )
    return Decision(submission, case.id, announced)


async def reject(session: AsyncSession, actor: User, submission_id: int, reason: str) -> Decision:
    """Reject, once, with the reason the submitter will read."""
    reason = _bounded(reason, REASON_LIMIT, "reason") or ""
    if not reason:
        raise ChangeRefused("empty")
    submission = await _claim(session, submission_id, SubmissionStatus.REJECTED, reason)
    if submission.case.publication is Publication.PENDING:
        submission.case.publication = Publication.REJECTED
    await audit(
        session,
        actor,
        "reject",
        case_id=submission.case_id,
        submission_id=submission_id,
        reason=reason,
    )
    return Decision(submission, submission.case_id)


async def request_changes(
    session: AsyncSession,
    actor: User,
    submission: Submission,
    question: str,
    limit: int = QUESTION_LIMIT,
) -> ThreadMessage:
    """A question to the submitter: the submission waits for the answer."""
    question = _bounded(question, limit, "question") or ""
    if not question:
        raise ChangeRefused("empty")
    if submission.submitter is None:
        raise ChangeRefused("unreachable")
    message = await add_thread_message(session, submission.id, "question", actor.id, question)
    await set_open_status(session, submission.id, SubmissionStatus.CHANGES_REQUESTED)
    await audit(
        session,
        actor,
        "question",
        case_id=submission.case_id,
        submission_id=submission.id,
        text=question,
    )
    return message


def mergeable(submission: Submission, target: Case) -> bool:
    return target.id != submission.case_id and target.publication in (
        Publication.APPROVED,
        Publication.PENDING,
    )


async def merge(
    session: AsyncSession,
    actor: User,
    submission_id: int,
    target_id: int,
    policy: AlertPolicy,
    picks: frozenset[str] = frozenset(),
) -> Decision:
    """Decide a submission as a duplicate of `target_id`: every fact joins the target (one
    event per real-world event, differences as picked). A merge never alerts by itself: a new
    verdict it brings into a public case is recorded as published without an alert."""
    submission = await get_submission(session, submission_id)
    target = await get_case(session, target_id)
    if submission is None or target is None or not mergeable(submission, target):
        raise ChangeRefused("bad_target")
    submission = await _claim(
        session, submission_id, SubmissionStatus.APPROVED, f"merged into case {target_id}"
    )
    target = await get_case(session, target_id)
    assert target is not None
    outcome, _announced = await _merge_into(
        session, submission.case, target, picks, policy, announce=False
    )
    await audit(
        session,
        actor,
        "merge",
        case_id=target_id,
        submission_id=submission_id,
        **outcome.as_json(),
    )
    return Decision(submission, target_id, [], outcome)


async def _merge_into(
    session: AsyncSession,
    source: Case,
    target: Case,
    picks: frozenset[str],
    policy: AlertPolicy,
    *,
    announce: bool,
) -> tuple[MergeOutcome, list[Event]]:
    outcome = apply_merge(source, target, picks)
    source.publication = Publication.MERGED
    source.merged_into_id = target.id
    await session.flush()
    announced: list[Event] = []
    if target.publication is Publication.APPROVED:
        for event in outcome.moved_events:
            if await publish(session, event, policy, announce=announce):
                announced.append(event)
    await reindex(session, source, target)
    return outcome, announced


# --- edits --------------------------------------------------------------------------------------


def field_value(case: Case, code: str) -> Any:
    """A field as the audit records it (and the edit prompt shows it)."""
    person = case.person
    if code == "name":
        return person.name_as_entered
    if code == "aliases":
        return [a.spelling for a in person.aliases]
    if code in ("city", "region", "occupation"):
        return getattr(person, code)
    if code == "stage":
        return case.stage.value
    if code == "charges":
        return [f"{c.article}" + (f".{c.part}" if c.part else "") for c in case.charges]
    if code == "acts":
        return [
            (a.act_date.isoformat() + " " if a.act_date else "") + a.description for a in case.acts
        ]
    if code == "sources":
        return [s.url for s in case.sources]
    return getattr(case, code)


def _set_value(case: Case, code: str, value: Any) -> None:
    person = case.person
    if code == "name":
        # The caller's parser splits the name (value: text, or (text, (surname, given, patr.))).
        text, parts = (value, None) if isinstance(value, str) else value
        text = _bounded(text, TEXT_FIELDS["name"], "name")
        if not text:
            raise ChangeRefused("empty")
        person.name_as_entered = text
        person.surname, person.given_names, person.patronymic = parts or value_parts(text)
    elif code in TEXT_FIELDS:
        text = _bounded(value, TEXT_FIELDS[code], code)
        if code in ("city", "region", "occupation"):
            setattr(person, code, text)
        else:
            setattr(case, code, text)
    elif code == "stage":
        case.stage = CaseStage(value)
    elif code == "aliases":
        spellings = [s for s in dict.fromkeys(_bounded(s, 300, "alias") for s in value) if s]
        # Rows kept are reused: a delete and an insert of one spelling would collide (unique).
        existing = {a.spelling: a for a in person.aliases}
        person.aliases = [existing.get(s) or PersonAlias(spelling=s) for s in spellings]
    elif code == "charges":
        case.charges = [
            Charge(
                article=_bounded(article, 20, "article") or "",
                part=part,
                title=_bounded(title, 500, "title"),
                position=i,
            )
            for i, (article, part, title) in enumerate(value)
        ]
    elif code == "acts":
        case.acts = [
            AllegedAct(description=description, act_date=date, position=i)
            for i, (description, date) in enumerate(value)
        ]
    elif code == "sources":
        case.sources = [Source(url=_bounded(url, 2000, "url") or "") for url in value]
    else:
        raise ChangeRefused("unknown_field", code)


def value_parts(name: str) -> tuple[str | None, str | None, str | None]:
    """Surname, given names, patronymic of a name written SURNAME Given Patronymic."""
    words = name.split()
    surname = words[0][:150] if words else None
    given = words[1][:200] if len(words) > 1 else None
    patronymic = " ".join(words[2:])[:150] or None if len(words) > 2 else None
    return surname, given, patronymic


async def edit_field(
    session: AsyncSession, actor: User, submission: Submission, code: str, value: Any
) -> tuple[Any, Any]:
    """Set one field of the submission's case; returns (before, after), both audited."""
    if code not in FIELDS:
        raise ChangeRefused("unknown_field", code)
    case = submission.case
    before = field_value(case, code)
    _set_value(case, code, value)
    after = field_value(case, code)
    await _audit_edit(session, actor, submission, code, before, after)
    await reindex(session, case)
    return before, after


async def _audit_edit(
    session: AsyncSession,
    actor: User,
    submission: Submission,
    code: str,
    before: Any,
    after: Any,
) -> None:
    await audit(
        session,
        actor,
        "edit",
        case_id=submission.case_id,
        submission_id=submission.id,
        field=code,
        before=before,
        after=after,
    )


def _event_of(case: Case, event_id: int) -> Event:
    event = next((e for e in case.events if e.id == event_id), None)
    if event is None:
        raise ChangeRefused("unknown_event")
    return event


def describe_event(event: Event) -> dict[str, Any]:
    """An event as the audit records it."""
    return {
        "kind": event.kind.value,
        "date": event.event_date,
        "sentence": sentence_signature(event),
    }


async def edit_event(
    session: AsyncSession,
    actor: User,
    submission: Submission,
    event_id: int,
    *,
    kind: EventKind | None = None,
    date: dt.date | None = None,
) -> Event:
    """Change the kind or the date of an event of the submission's case."""
    case = submission.case
    event = _event_of(case, event_id)
    before = describe_event(event)
    if kind is not None:
        event.kind = kind
        if kind is not EventKind.APPEAL_RULING:
            event.appeal_outcome = None
    if date is not None:
        event.event_date = date
        event.scheduled = event.kind is EventKind.HEARING and date > local_day()
    await _audit_edit(
        session, actor, submission, f"event {event_label(event)}", before, describe_event(event)
    )
    await reindex(session, case)
    return event


async def add_case_event(
    session: AsyncSession, actor: User, submission: Submission, event: Event
) -> Event:
    """A moderator adds an event to a submission under review (published on approval)."""
    case = submission.case
    described = describe_event(event)  # before the flush expires its collections
    case.events.append(event)
    _advance_stage(case, event.kind)
    await session.flush()
    await _audit_edit(session, actor, submission, "events", None, described)
    await reindex(session, case)
    return event


async def delete_event(
    session: AsyncSession, actor: User, submission: Submission, event_id: int
) -> None:
    case = submission.case
    event = _event_of(case, event_id)
    before = describe_event(event)
    case.events.remove(event)
    await session.delete(event)
    await _audit_edit(session, actor, submission, "events", before, None)
    await reindex(session, case)


async def set_sentence_part(
    session: AsyncSession,
    actor: User,
    submission: Submission,
    event_id: int,
    position: int | None,
    kind: SentenceKind,
    *,
    term_months: int | None = None,
    hours: int | None = None,
    amount: Decimal | None = None,
    currency: str | None = None,
    amount_usd: Decimal | None = None,
) -> Event:
    """Add a sentence part (`position` None) or replace the one at `position`."""
    case = submission.case
    event = _event_of(case, event_id)
    before = describe_event(event)
    part = SentencePart(
        kind=kind,
        term_months=term_months,
        hours=hours,
        amount=amount,
        currency=currency,
        amount_usd=amount_usd,
    )
    parts = list(event.sentence)
    if position is None:
        parts.append(part)
    elif 0 <= position < len(parts):
        parts[position] = part
    else:
        raise ChangeRefused("unknown_part")
    return await _store_sentence(session, actor, submission, event, before, parts)


async def delete_sentence_part(
    session: AsyncSession, actor: User, submission: Submission, event_id: int, position: int
) -> Event:
    case = submission.case
    event = _event_of(case, event_id)
    before = describe_event(event)
    parts = list(event.sentence)
    if not 0 <= position < len(parts):
        raise ChangeRefused("unknown_part")
    del parts[position]
    return await _store_sentence(session, actor, submission, event, before, parts)


async def _store_sentence(
    session: AsyncSession,
    actor: User,
    submission: Submission,
    event: Event,
    before: dict[str, Any],
    parts: list[SentencePart],
) -> Event:
    """An event's new list of sentence parts, numbered in order, audited and re-indexed."""
    for i, p in enumerate(parts):
        p.position = i
    event.sentence = parts
    await _audit_edit(
        session,
        actor,
        submission,
        f"sentence of {event_label(event)}",
        before,
        describe_event(event),
    )
    await reindex(session, submission.case)
    return event


async def set_attachment_public(
    session: AsyncSession, actor: User, submission: Submission, attachment_id: int
) -> Attachment:
    """Toggle whether one file of the submission may be shown publicly (default: no)."""
    attachment = next((a for a in submission.case.attachments if a.id == attachment_id), None)
    if attachment is None:
        raise ChangeRefused("unknown_attachment")
    before = attachment.public
    attachment.public = not before
    await _audit_edit(
        session, actor, submission, f"file {attachment.id} public", before, attachment.public
    )
    return attachment


# --- events of public cases ---------------------------------------------------------------------


async def add_event(
    session: AsyncSession,
    actor: User,
    case: Case,
    event: Event,
    policy: AlertPolicy,
    charge: Charge | None = None,
    note_sentence: list[Any] | None = None,
) -> bool:
    """A moderator adds an event (and a charge) to a public case, at once: indexed now,
    audited, and a verdict or ruling announced once. True when subscribers were alerted."""
    if case.publication is not Publication.APPROVED:
        raise ChangeRefused("not_public")
    sentence = note_sentence if note_sentence is not None else sentence_signature(event)
    case.events.append(event)
    if charge is not None:
        charge.position = len(case.charges)
        case.charges.append(charge)
    _advance_stage(case, event.kind)
    await session.flush()
    alerted = await publish(session, event, policy)
    await audit(
        session,
        actor,
        "event",
        case_id=case.id,
        event_id=event.id,
        kind=event.kind.value,
        date=event.event_date,
        sentence=sentence,
        charge=f"{charge.article}.{charge.part or ''}" if charge else None,
        note=event.outcome,
    )
    await reindex(session, case)
    return alerted
