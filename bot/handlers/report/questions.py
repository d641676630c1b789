"""Questions for structured input, shared by every form of the bot: the report's steps
(`steps.py`), `/event` and `/update` (bot/handlers/timeline.py) and the moderator's Edit
(bot/handlers/moderation/edits.py). A moderator correcting a verdict date or a fine is asked the
same question, read by the same parser, as the relative who reported it.

A question knows its wording, its buttons and how an answer is read; it knows nothing of where
the answer goes (a draft field, an event being added, a case under review) or of Telegram.
Invariant: an answer with several readings is never stored as a guess. `read` raises
`parsing.Ambiguous`; a form with buttons offers `readings` as `pick:<n>` buttons
(`readings_prompt`) and takes the chosen one with `picked`; a text-only form uses `read_typed`,
which refuses the answer and says how to write it unambiguously.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from bot import parsing
from bot.handlers.report.draft import (
    TENGE,
    InvalidAnswer,
    SentenceItem,
    parse_date,
    parse_term,
    read_amount,
)
from bot.infra.i18n import N_, _
from bot.services.changes import QUESTION_LIMIT, REASON_LIMIT, TEXT_FIELDS
from bot.ui.inputs import clean, column_limit, parse_int
from bot.ui.keyboards import in_columns
from bot.ui.labels import SENTENCE_KINDS
from bot.ui.render import format_date, format_money, format_term
from db.models import Case, EventKind, SentenceKind, Submission, ThreadMessage

#: A button choosing one reading of an ambiguous answer: "pick:<index into the readings>".
PICK = "pick:"


@dataclass
class Prompt:
    """A question as sent: HTML text and rows of (label, value) buttons."""

    text: str
    buttons: list[list[tuple[str, str]]] = field(default_factory=list)


def date_hint() -> str:
    return _("For example: 10.09.2021 or 10 September 2021")


def offered_reading(offered: list[str], value: str) -> str:
    """The reading a "pick:N" button stands for (N from the untrusted callback data)."""
    index = parse_int(value.removeprefix(PICK), maximum=len(offered) - 1)
    if index is None:
        raise InvalidAnswer(_("That button is not available here."))
    return offered[index]


def _pick_rows(shown: list[str]) -> list[list[tuple[str, str]]]:
    return [[(text, f"{PICK}{i}")] for i, text in enumerate(shown)]


@dataclass(frozen=True)
class DateQuestion:
    """A date. `wording` is an English msgid, translated when asked; future dates only when
    the event may be scheduled (a hearing)."""

    wording: str
    allow_future: bool = False

    def prompt(self) -> Prompt:
        return Prompt(_(self.wording) + "\n<i>" + date_hint() + "</i>")

    def read(self, text: str, *, allow_future: bool | None = None) -> dt.date:
        """The date typed; parsing.Ambiguous when it has several readings (03/04/2022)."""
        future = self.allow_future if allow_future is None else allow_future
        return parsing.parse_date(text, allow_future=future)

    def read_typed(self, text: str) -> dt.date:
        """For a text-only form: an ambiguous date is refused with how to write it."""
        return parse_date(text, allow_future=self.allow_future)

    @staticmethod
    def readings(problem: parsing.Ambiguous) -> list[str]:
        return [c.isoformat() for c in problem.candidates]

    @staticmethod
    def readings_prompt(readings: list[str]) -> Prompt:
        """Which of the dates an answer such as 03/04/2022 may mean."""
        shown = [format_date(dt.date.fromisoformat(r)) for r in readings]
        return Prompt(_("Which date did you mean?"), _pick_rows(shown))

    @staticmethod
    def picked(reading: str) -> dt.date:
        return dt.date.fromisoformat(reading)


#: The date question of each kind of event, as the report asks it; other kinds get ON_WHAT_DATE.
EVENT_DATES = {
    EventKind.DETENTION: DateQuestion(N_("When was the person detained or arrested?")),
    EventKind.TRIAL: DateQuestion(N_("When did the court accept the case and the trial begin?")),
    EventKind.HEARING: DateQuestion(N_("When is the next court hearing?"), allow_future=True),
    EventKind.VERDICT: DateQuestion(N_("When was the verdict pronounced?")),
    EventKind.APPEAL_RULING: DateQuestion(N_("When was the appeal ruling?")),
}
ON_WHAT_DATE = N_("On what date? (DD.MM.YYYY)")


def event_date(kind: EventKind) -> DateQuestion:
    """The date question for an event of `kind` (added or corrected in any form)."""
    return EVENT_DATES.get(kind) or DateQuestion(ON_WHAT_DATE, kind is EventKind.HEARING)


#: Term buttons offered with a term question: (value, months).
TERM_CHOICES = (("6", 6), ("12", 12), ("24", 24), ("36", 36), ("60", 60))
#: An amount reading kept while its tenge figure is asked: "27780|65" (the dollar figure the
#: person wrote in brackets, or nothing after the mark).
USD_MARK = "|"


@dataclass(frozen=True)
class SentencePartQuestion:
    """The term, hours or amount of one sentence part of `kind`; the answer is a SentenceItem."""

    kind: SentenceKind

    @property
    def label(self) -> str:
        return _(SENTENCE_KINDS[self.kind])

    def prompt(self, *, buttons: bool = True) -> Prompt:
        """The question; a term also offers common terms as buttons (`buttons=False`: a
        text-only form, asked to type it)."""
        if self.kind.measure == "term":
            if not buttons:
                return Prompt(
                    f"{self.label}: " + _("How long? For example '1 year' or '18 months'.")
                )
            return Prompt(
                _("{kind}: for how long? Choose or type, e.g. '2 years 6 months'.").format(
                    kind=self.label
                ),
                in_columns([(format_term(m), code) for code, m in TERM_CHOICES], 3),
            )
        if self.kind.measure == "hours":
            return Prompt(_("{kind}: how many hours?").format(kind=self.label))
        return Prompt(
            _("{kind}: what amount, in tenge?").format(kind=self.label)
            + "\n<i>"
            + _("For example: 27 780")
            + "</i>"
        )

    def read(self, text: str) -> SentenceItem:
        """The part typed; parsing.Ambiguous for "2" (years or months?) or "27.780"."""
        if self.kind.measure == "term":
            return SentenceItem(kind=self.kind, term_months=parsing.parse_term(text))
        if self.kind.measure == "hours":
            return SentenceItem(kind=self.kind, hours=parsing.parse_hours(text))
        amount = parsing.parse_amount(text)
        return SentenceItem(
            kind=self.kind, amount=amount.value, currency=TENGE, amount_usd=amount.usd
        )

    def read_typed(self, text: str) -> SentenceItem:
        """For a text-only form: an ambiguous term or amount is refused with how to write it."""
        if self.kind.measure == "term":
            return SentenceItem(kind=self.kind, term_months=parse_term(text))
        if self.kind.measure == "hours":
            return SentenceItem(kind=self.kind, hours=parsing.parse_hours(text))
        amount = read_amount(text)
        return SentenceItem(
            kind=self.kind, amount=amount.value, currency=TENGE, amount_usd=amount.usd
        )

    def choice(self, value: str) -> SentenceItem:
        """A term button."""
        months = dict(TERM_CHOICES).get(value)
        if months is None or self.kind.measure != "term":
            raise InvalidAnswer(_("That button is not available here."))
        return SentenceItem(kind=self.kind, term_months=months)

    @staticmethod
    def readings(problem: parsing.Ambiguous) -> list[str]:
        # An amount reading keeps the dollar figure written beside it: "27780|65".
        return [
            f"{c.value}{USD_MARK}{c.usd or ''}" if isinstance(c, parsing.Amount) else str(c)
            for c in problem.candidates
        ]

    def readings_prompt(self, readings: list[str]) -> Prompt:
        """The readings of an ambiguous term or amount, one button each."""
        label = self.label
        if self.kind.measure == "term":
            question = _("{kind}: years or months?").format(kind=label)
            shown = [format_term(int(r)) for r in readings]
        else:
            shown = [format_money(Decimal(r.partition(USD_MARK)[0])) for r in readings]
            question = (
                _("{kind}: which amount did you mean?").format(kind=label)
                if len(readings) > 1
                else _(
                    "{kind}: is this amount with tiyn? Press it to confirm, or send the "
                    "amount again."
                ).format(kind=label)
            )
        return Prompt(question, _pick_rows(shown))

    def picked(self, reading: str) -> SentenceItem:
        if self.kind.measure == "term":
            return SentenceItem(kind=self.kind, term_months=int(reading))
        if self.kind.measure == "money":
            value, _mark, usd = reading.partition(USD_MARK)
            return SentenceItem(
                kind=self.kind,
                amount=Decimal(value),
                currency=TENGE,
                amount_usd=Decimal(usd) if usd else None,
            )
        raise InvalidAnswer(_("That button is not available here."))


@dataclass(frozen=True)
class ReasonQuestion:
    """Free text a moderator writes for someone to read: a reject reason, a question to the
    submitter, the case's summary. Control characters are stripped (line breaks kept); the
    limit is the column's declared length, or the service's where the column is unbounded
    Text."""

    wording: str
    limit: int

    def prompt(self) -> Prompt:
        return Prompt(_(self.wording))

    def read(self, text: str) -> str:
        value = clean(text, multiline=True)
        if not value:
            raise InvalidAnswer(_("Please send some text."))
        if len(value) > self.limit:
            raise InvalidAnswer(
                _("That is too long ({length} characters). Please keep it under {limit}.").format(
                    length=len(value), limit=self.limit
                )
            )
        return value


REJECT_REASON = ReasonQuestion(
    N_("Type the reason for rejecting. The submitter will read it."),
    column_limit(Submission.decision_reason) or REASON_LIMIT,
)
QUESTION_TO_SUBMITTER = ReasonQuestion(
    N_("Type your question. The submitter will see it without your name."),
    column_limit(ThreadMessage.text) or QUESTION_LIMIT,
)
#: The case's summary, which the report does not ask (a moderator writes it for readers of the
#: case): Case.summary is unbounded Text, so the limit is the edit service's own.
CASE_SUMMARY = ReasonQuestion(
    N_(
        "Type a short summary of the case: what happened and why. "
        "It is shown with the published case."
    ),
    column_limit(Case.summary) or TEXT_FIELDS["summary"],
)
