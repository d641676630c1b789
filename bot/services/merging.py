"""Merging two reports of the same person into one truth.

Events of the same kind on the same date are one real-world event: the source's copy is not
added again, its missing details fill the target's, and where the two disagree (sentence parts
and amounts, appeal outcome, court, judge, prosecutor) the difference is shown to the moderator,
who picks which side wins (`picks`: keys of the differences where the reported value wins; the
target's value is kept otherwise). Case and person fields work the same way. Lists (aliases,
charges, acts, sources, attachments) are joined without repeats; new events are moved over.

`differences` is pure (it reads the two loaded cases); `apply_merge` writes and returns what
came from where for the audit. Neither publishes: the caller decides (bot.services.changes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from db.models import (
    AllegedAct,
    Attachment,
    Case,
    CaseStage,
    Charge,
    Event,
    PersonAlias,
    SentencePart,
    Source,
)
from db.names import name_tokens

_STAGE_ORDER = list(CaseStage)
_PERSON_FIELDS = ("surname", "given_names", "patronymic", "city", "region", "occupation")
_CASE_FIELDS = ("court", "judge", "prosecutor", "summary")
_EVENT_FIELDS = ("appeal_outcome", "court", "judge", "prosecutor", "outcome", "place_held")


@dataclass(frozen=True)
class Difference:
    """Two values of one fact. `key` is stable across calls on the same two cases."""

    key: str
    field: str
    kept: Any
    reported: Any
    #: The target event this difference is about ("verdict 2021-09-10"), if any.
    event: str | None = None


@dataclass
class MergeOutcome:
    """What a merge did, for the audit (JSON-able through db.moderation.audit)."""

    source_case: int
    added: dict[str, list[Any]] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    moved_events: list[Event] = field(default_factory=list)
    #: (source event description, target event id): one real-world event reported twice.
    unified_events: list[tuple[str, int]] = field(default_factory=list)

    def note(self, what: str, value: Any) -> None:
        self.added.setdefault(what, []).append(value)

    def as_json(self) -> dict[str, Any]:
        return {
            "source_case": self.source_case,
            "added": self.added,
            "conflicts": self.conflicts,
            "events": [e.id for e in self.moved_events],
            "unified_events": [{"reported": d, "into": i} for d, i in self.unified_events],
        }


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


_NAME_FIELDS = ("surname", "given_names", "patronymic")


def _same(a: Any, b: Any, name: str = "") -> bool:
    """Equal values; names equal under the project's one folding (Сабаншиев = Sabanshiyev)."""
    if isinstance(a, str) and isinstance(b, str):
        if name in _NAME_FIELDS and name_tokens(a) and name_tokens(a) == name_tokens(b):
            return True
        return a.strip().casefold() == b.strip().casefold()
    return bool(a == b)


def event_label(event: Event) -> str:
    return f"{event.kind.value} {event.event_date.isoformat() if event.event_date else ''}".strip()


def sentence_signature(event: Event) -> list[tuple[str, int | None, int | None, str | None]]:
    """The sentence as comparable, displayable values, in order."""
    return [
        (
            p.kind.value,
            p.term_months,
            p.hours,
            None if p.amount is None else format(p.amount.normalize(), "f"),
        )
        for p in event.sentence
    ]


def _match(event: Event, target: Case) -> Event | None:
    """The target's copy of the same real-world event (same kind, same known date)."""
    if event.event_date is None:
        return None
    for candidate in target.events:
        if candidate.kind is event.kind and candidate.event_date == event.event_date:
            return candidate
    return None


def differences(source: Case, target: Case) -> list[Difference]:
    """Every fact both cases have with different values (empty fields are not differences)."""
    found: list[Difference] = []

    def compare(key: str, name: str, kept: Any, reported: Any, event: str | None = None) -> None:
        if not _blank(kept) and not _blank(reported) and not _same(kept, reported, name):
            found.append(Difference(key, name, kept, reported, event))

    if source.person_id != target.person_id:
        for name in _PERSON_FIELDS:
            compare(
                f"person.{name}", name, getattr(target.person, name), getattr(source.person, name)
            )
    for name in _CASE_FIELDS:
        compare(f"case.{name}", name, getattr(target, name), getattr(source, name))
    for event in source.events:
        twin = _match(event, target)
        if twin is None:
            continue
        label = event_label(twin)
        for name in _EVENT_FIELDS:
            compare(
                f"event.{twin.id}.{name}", name, getattr(twin, name), getattr(event, name), label
            )
        kept, reported = sentence_signature(twin), sentence_signature(event)
        if kept and reported and kept != reported:
            found.append(Difference(f"event.{twin.id}.sentence", "sentence", kept, reported, label))
    return found


def _copy_sentence(parts: list[SentencePart]) -> list[SentencePart]:
    return [
        SentencePart(
            kind=p.kind,
            term_months=p.term_months,
            hours=p.hours,
            amount=p.amount,
            currency=p.currency,
            amount_usd=p.amount_usd,
            position=i,
        )
        for i, p in enumerate(parts)
    ]


def _settle(
    outcome: MergeOutcome,
    picks: set[str],
    key: str,
    target: object,
    source: object,
    name: str,
    event: str | None = None,
) -> None:
    """One scalar: fill it when empty, else keep or take the reported value as picked."""
    new, old = getattr(source, name), getattr(target, name)
    if _blank(new) or _same(old, new, name):
        return
    if _blank(old):
        setattr(target, name, new)
        outcome.note(name if event is None else f"{event}: {name}", new)
        return
    chosen = "reported" if key in picks else "kept"
    outcome.conflicts.append(
        {"field": name, "event": event, "kept": old, "reported": new, "chosen": chosen}
    )
    if chosen == "reported":
        setattr(target, name, new)


def apply_merge(source: Case, target: Case, picks: set[str] | frozenset[str]) -> MergeOutcome:
    """Move every fact of `source` into `target` (both loaded with CASE_LOAD_OPTIONS)."""
    picks = set(picks)
    outcome = MergeOutcome(source_case=source.id)
    if source.person_id != target.person_id:
        person, other = target.person, source.person
        known = {
            person.name_as_entered.casefold(),
            *(a.spelling.casefold() for a in person.aliases),
        }
        for spelling in [other.name_as_entered, *(a.spelling for a in other.aliases)]:
            if spelling.casefold() not in known:
                known.add(spelling.casefold())
                person.aliases.append(PersonAlias(spelling=spelling))
                outcome.note("aliases", spelling)
        for name in _PERSON_FIELDS:
            _settle(outcome, picks, f"person.{name}", person, other, name)
    for name in _CASE_FIELDS:
        _settle(outcome, picks, f"case.{name}", target, source, name)
    if _STAGE_ORDER.index(source.stage) > _STAGE_ORDER.index(target.stage):
        outcome.note("stage", source.stage.value)
        target.stage = source.stage
    _join_lists(outcome, source, target)
    for event in list(source.events):
        twin = _match(event, target)
        if twin is None:
            # Re-parent the row itself: it keeps its sentence parts and its id.
            source.events.remove(event)
            target.events.append(event)
            outcome.moved_events.append(event)
            outcome.note("events", event_label(event))
            continue
        label = event_label(twin)
        outcome.unified_events.append((event_label(event), twin.id))
        for name in _EVENT_FIELDS:
            _settle(outcome, picks, f"event.{twin.id}.{name}", twin, event, name, label)
        kept, reported = sentence_signature(twin), sentence_signature(event)
        if reported and not kept:
            twin.sentence = _copy_sentence(event.sentence)
            outcome.note(f"{label}: sentence", reported)
        elif reported and kept != reported:
            key = f"event.{twin.id}.sentence"
            chosen = "reported" if key in picks else "kept"
            outcome.conflicts.append(
                {
                    "field": "sentence",
                    "event": label,
                    "kept": kept,
                    "reported": reported,
                    "chosen": chosen,
                }
            )
            if chosen == "reported":
                twin.sentence = _copy_sentence(event.sentence)
    return outcome


def _join_lists(outcome: MergeOutcome, source: Case, target: Case) -> None:
    charges = {(c.article, c.part) for c in target.charges}
    for charge in source.charges:
        if (charge.article, charge.part) not in charges:
            charges.add((charge.article, charge.part))
            target.charges.append(
                Charge(
                    article=charge.article,
                    part=charge.part,
                    title=charge.title,
                    position=len(target.charges),
                )
            )
            outcome.note("charges", f"{charge.article}.{charge.part or ''}")
    acts = {a.description.strip().casefold() for a in target.acts}
    for act in source.acts:
        if act.description.strip().casefold() not in acts:
            acts.add(act.description.strip().casefold())
            target.acts.append(
                AllegedAct(
                    description=act.description, act_date=act.act_date, position=len(target.acts)
                )
            )
            outcome.note("acts", act.description)
    urls = {s.url for s in target.sources}
    for src in source.sources:
        if src.url not in urls:
            urls.add(src.url)
            target.sources.append(Source(url=src.url, title=src.title))
            outcome.note("sources", src.url)
    files = {a.file_unique_id for a in target.attachments}
    for attachment in source.attachments:
        if attachment.file_unique_id not in files:
            files.add(attachment.file_unique_id)
            target.attachments.append(Attachment.copy_of(attachment))
            outcome.note("attachments", attachment.file_unique_id)
