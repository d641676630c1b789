"""The report conversation: a guided, button-driven chat that records a prosecution.

The first question is the stage the case is at; the steps that follow depend on it (someone
reporting last night's arrest is asked where and when and where the person is held, not for a
verdict). Each step is a small class below: its docstring says what it asks, `prompt` builds the
question, `text`/`choice` take the answer (raising InvalidAnswer to re-ask), `skip` clears it.

The draft is saved in the database after every answer, in the same transaction, and the
conversation state is persisted by `DatabasePersistence`, so a report survives restarts.
Callback data is `rep:<step>:<value>`; each state only accepts buttons of its own step, so a
button pressed on an old message gets a clear answer instead of acting on the wrong step.

Answers are read by bot.parsing (dates, terms, hours, amounts) and db.places (a town typed at
the region question sets the region). An answer with several readings (27.780, a bare "2", a
town name several regions share) is never stored as a guess: its readings go to
`draft.choices` and the question is asked again with a `pick:<n>` button per reading.
"""

from __future__ import annotations

import datetime as dt
import logging
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import IntEnum
from typing import Any

from telegram import Message, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot import notices, parsing, safety
from bot.callbacks import PrivacyAck, ReportAnswer, StartReport
from bot.context import Resources, Tx, transactional
from bot.draft import (
    MAX_ATTACHMENTS,
    TENGE,
    AttachmentItem,
    InvalidAnswer,
    ReportDraft,
    SentenceItem,
    parse_acts,
    parse_article,
    parse_sources,
    split_name,
    typed_article_title,
)
from bot.i18n import N_, _, current_language
from bot.inputs import clean, column_limit, fit_column, parse_int
from bot.keyboards import in_columns, keyboard
from bot.labels import (
    APPEAL_OUTCOMES,
    ARTICLES,
    ARTICLES_BY_KEY,
    MEASURES,
    OCCUPATIONS,
    REGIONS_BY_CODE,
    SENTENCE_KINDS,
    STAGES,
    charge_label,
    city_label,
    occupation_label,
    region_label,
    sorted_regions,
)
from bot.moderation import prepare_announcement
from bot.render import (
    esc,
    format_date,
    format_money,
    format_term,
    render_draft,
    sentence_line,
)
from bot.services.changes import submit_report
from bot.textlimits import MESSAGE_LIMIT, clip_plain
from db.drafts import delete_draft, load_draft, save_draft
from db.models import (
    AppealOutcome,
    Attachment,
    AttachmentKind,
    Case,
    CaseStage,
    Charge,
    Event,
    Person,
    PersonAlias,
    PreventiveMeasure,
    SentenceKind,
)
from db.places import find_places, find_region, get_place

logger = logging.getLogger(__name__)

PREFIX = ReportAnswer.PREFIX + ":"
BACK = "_back"
SKIP = "_skip"
#: At most this many places offered for a name several towns share (then "as I wrote it").
MAX_PLACE_CHOICES = 6
#: A button choosing one reading of an ambiguous answer: "pick:<index into draft.choices>".
PICK = "pick:"


class Step(IntEnum):
    """Conversation states. The order of ORDER below is the order of the questions."""

    RESUME = 0
    STAGE = 1
    NAME = 2
    ALIASES = 3
    REGION = 4
    CITY = 5
    OCCUPATION = 6
    ARTICLE = 7
    ARTICLE_OTHER = 8
    DETENTION_DATE = 9
    MEASURE = 10
    PLACE_HELD = 11
    COURT = 12
    JUDGE = 13
    PROSECUTOR = 14
    TRIAL_DATE = 15
    HEARING_DATE = 16
    VERDICT_DATE = 17
    VERDICT_SENTENCE = 18
    APPEAL_DATE = 19
    APPEAL_COURT = 20
    APPEAL_OUTCOME = 21
    APPEAL_SENTENCE = 22
    SENTENCE_VALUE = 23
    ACTS = 24
    SOURCES = 25
    ATTACHMENTS = 26
    REVIEW = 27
    CONFIRM_CANCEL = 28
    #: A pasted report (bot/paste.py): which of its cases to review, and the text after /paste.
    PICK_PASTED = 29
    PASTE = 30


#: What a step returns to have its own question asked again (RESUME is never a step's answer).
STAY = Step.RESUME


@dataclass
class Prompt:
    text: str
    buttons: list[list[tuple[str, str]]] = field(default_factory=list)


class StepBase:
    """Defaults shared by the steps: required, text-only, always asked."""

    optional = False
    #: Label of the edit button on the review screen (None: not editable there).
    label: str | None = None
    #: Steps that still follow this one when it is edited from the review.
    edit_continues: tuple[Step, ...] = ()
    #: Length limit of a free-text answer: its column's (read off the model, never copied).
    max_length = column_limit(Case.court) or 0

    def applies(self, d: ReportDraft) -> bool:
        return True

    def prompt(self, d: ReportDraft) -> Prompt:
        raise NotImplementedError

    def text(self, d: ReportDraft, value: str) -> Step | None:
        raise InvalidAnswer(_("Please choose one of the buttons."))

    def choice(self, d: ReportDraft, value: str) -> Step | None:
        raise InvalidAnswer(_("That button is not available here."))

    def skip(self, d: ReportDraft) -> None:
        raise InvalidAnswer(_("This question cannot be skipped."))

    def picked(self, d: ReportDraft, reading: str) -> Step | None:
        """One reading of an ambiguous answer, chosen with a button (see `choices`)."""
        raise InvalidAnswer(_("That button is not available here."))

    def current(self, d: ReportDraft) -> str | None:
        """The answer given so far, as plain text, shown when the question is edited."""
        return None


STEPS: dict[Step, StepBase] = {}


def step(number: Step) -> Callable[[type[StepBase]], type[StepBase]]:
    def register(cls: type[StepBase]) -> type[StepBase]:
        STEPS[number] = cls()
        return cls

    return register


def bounded(value: str, column: Any) -> str:
    """`value` if it fits `column` (a model attribute such as Person.city, whose declared length
    is the limit, so the question and the schema never disagree; or that length), else a
    re-ask."""
    limit = column if isinstance(column, int) else column_limit(column) or 0
    if len(value) > limit:
        raise InvalidAnswer(
            _("That is too long ({length} characters). Please keep it under {limit}.").format(
                length=len(value), limit=limit
            )
        )
    return value


def _stage_in(d: ReportDraft, *stages: CaseStage) -> bool:
    return d.stage in stages


PRE_VERDICT = (CaseStage.DETAINED, CaseStage.CHARGED, CaseStage.ON_TRIAL)
IN_COURT = (CaseStage.ON_TRIAL, CaseStage.SENTENCED, CaseStage.APPEALED)
SENTENCED = (CaseStage.SENTENCED, CaseStage.APPEALED)


# --- the person --------------------------------------------------------------------------------


@step(Step.STAGE)
class AskStage(StepBase):
    """Asks what stage the case is at; everything after depends on it."""

    label = N_("Stage")

    def prompt(self, d: ReportDraft) -> Prompt:
        return Prompt(
            _("What stage is the case at now?"),
            [[(_(label), stage.value)] for stage, label in STAGES.items()],
        )

    def current(self, d: ReportDraft) -> str | None:
        return _(STAGES[d.stage]) if d.stage else None

    def choice(self, d: ReportDraft, value: str) -> Step | None:
        d.stage = CaseStage(value)
        return None


@step(Step.NAME)
class AskName(StepBase):
    """Asks for the person's full name, as the reporter usually writes it."""

    label = N_("Name")

    def prompt(self, d: ReportDraft) -> Prompt:
        return Prompt(
            _(
                "What is the full name of the person who is prosecuted?\n"
                "<i>For example: Asylkhan Zhaubatyrov, or Жаубатыров Асылхан.</i>"
            )
        )

    def current(self, d: ReportDraft) -> str | None:
        return d.person_name

    def text(self, d: ReportDraft, value: str) -> Step | None:
        if len(value.split()) > 6 or not any(ch.isalpha() for ch in value):
            raise InvalidAnswer(_("Please send just the person's name."))
        name = bounded(" ".join(value.split()), Person.name_as_entered)
        columns = (Person.surname, Person.given_names, Person.patronymic)
        for part, column in zip(split_name(name), columns, strict=True):
            if part is not None:
                bounded(part, column)
        d.person_name = name
        return None


@step(Step.ALIASES)
class AskAliases(StepBase):
    """Asks for other spellings of the name (Cyrillic, Latin variants), one per line."""

    optional = True
    label = N_("Other spellings")

    def prompt(self, d: ReportDraft) -> Prompt:
        return Prompt(
            _(
                "Is the name also written differently (in Cyrillic or another Latin "
                "spelling)? Send each spelling on its own line, or skip."
            )
        )

    def current(self, d: ReportDraft) -> str | None:
        return ", ".join(d.aliases) or None

    def text(self, d: ReportDraft, value: str) -> Step | None:
        spellings = [" ".join(line.split()) for line in value.replace(",", "\n").splitlines()]
        spellings = [s for s in spellings if s]
        if len(spellings) > 10:
            raise InvalidAnswer(_("Please send at most 10 spellings."))
        d.aliases = [bounded(s, PersonAlias.spelling) for s in spellings]
        return None

    def skip(self, d: ReportDraft) -> None:
        d.aliases = []


@step(Step.REGION)
class AskRegion(StepBase):
    """Asks for the region (or city of republican significance); free text is a place name."""

    optional = True
    label = N_("Place")
    edit_continues = (Step.CITY,)

    def prompt(self, d: ReportDraft) -> Prompt:
        if d.choices:
            return self._choice_prompt(d.choices)
        return Prompt(
            _("Where is the person from? Choose the region, or type the town or village."),
            in_columns([(_(r.label), r.code) for r in sorted_regions()]),
        )

    @staticmethod
    def _choice_prompt(choices: list[str]) -> Prompt:
        """The places a typed name may mean (namesakes, or a near spelling), and "as typed"."""
        rows = []
        for i, choice in enumerate(choices):
            kind, _sep, value = choice.partition(":")
            place = get_place(value) if kind == "place" else None
            label = (
                f"{place.name(current_language())}, {region_label(place.region_code)}"
                if place is not None
                else _("✍️ As I wrote it: {text}").format(text=value[:40])
            )
            rows.append([(label, f"{PICK}{i}")])
        return Prompt(_("Which place do you mean?"), rows)

    def current(self, d: ReportDraft) -> str | None:
        parts = [city_label(d.city, d.region) if d.city else "", region_label(d.region)]
        return ", ".join(dict.fromkeys(p for p in parts if p)) or None

    def choice(self, d: ReportDraft, value: str) -> Step | None:
        region = REGIONS_BY_CODE.get(value)
        if region is None:
            raise InvalidAnswer(_("That button is not available here."))
        d.region = region.code
        d.city = region.centre if region.is_city else None
        return None

    def text(self, d: ReportDraft, value: str) -> Step | None:
        """A town sets its region (gazetteer); a region's name sets the region; namesakes in
        several regions and near spellings are offered as buttons, never picked silently."""
        value = bounded(value, Person.city)
        places = find_places(value)
        if places and len({(p.region_code, p.name_latin) for p in places}) == 1:
            d.region, d.city = places[0].region_code, places[0].name_latin
            return None
        region_code = find_region(value) if not places else None
        if region_code is not None and region_code in REGIONS_BY_CODE:
            region = REGIONS_BY_CODE[region_code]
            d.region, d.city = region.code, region.centre if region.is_city else None
            return None
        candidates = places or find_places(value, typos=True)
        if candidates:
            d.choices = [f"place:{p.id}" for p in candidates[:MAX_PLACE_CHOICES]]
            d.choices.append(f"text:{value}")
            return STAY
        # Unknown to the gazetteer: kept as written.
        d.region, d.city = None, bounded(value, Person.city)
        return None

    def picked(self, d: ReportDraft, reading: str) -> Step | None:
        kind, _sep, value = reading.partition(":")
        place = get_place(value) if kind == "place" else None
        if place is not None:
            d.region, d.city = place.region_code, place.name_latin
        else:
            d.region, d.city = None, value
        return None

    def skip(self, d: ReportDraft) -> None:
        d.region = d.city = None


@step(Step.CITY)
class AskCity(StepBase):
    """Asks for the town or village within the chosen region."""

    optional = True

    def applies(self, d: ReportDraft) -> bool:
        region = REGIONS_BY_CODE.get(d.region or "")
        return region is not None and not region.is_city and d.city is None

    def prompt(self, d: ReportDraft) -> Prompt:
        region = REGIONS_BY_CODE[d.region or ""]
        return Prompt(
            _("Which town or village? Type it, or choose the regional centre."),
            [[(city_label(region.centre, region.code), "centre")]],
        )

    def choice(self, d: ReportDraft, value: str) -> Step | None:
        d.city = REGIONS_BY_CODE[d.region or ""].centre
        return None

    def text(self, d: ReportDraft, value: str) -> Step | None:
        value = bounded(value, Person.city)
        # A town the gazetteer knows in the chosen region is stored by its own name.
        names = {p.name_latin for p in find_places(value) if p.region_code == d.region}
        d.city = names.pop() if len(names) == 1 else value
        return None

    def skip(self, d: ReportDraft) -> None:
        d.city = None


@step(Step.OCCUPATION)
class AskOccupation(StepBase):
    """Asks who the person is (activist, journalist...); free text for anything else."""

    optional = True
    label = N_("Who they are")

    def prompt(self, d: ReportDraft) -> Prompt:
        return Prompt(
            _(
                "Who is the person? Choose, or describe in your own words "
                "(for example: participant of peaceful protests, former political prisoner)."
            ),
            in_columns([(_(o), str(i)) for i, o in enumerate(OCCUPATIONS)]),
        )

    def current(self, d: ReportDraft) -> str | None:
        return occupation_label(d.occupation) if d.occupation else None

    def choice(self, d: ReportDraft, value: str) -> Step | None:
        if not value.isdigit() or int(value) >= len(OCCUPATIONS):
            raise InvalidAnswer(_("That button is not available here."))
        d.occupation = OCCUPATIONS[int(value)]
        return None

    def text(self, d: ReportDraft, value: str) -> Step | None:
        d.occupation = bounded(value, Person.occupation)
        return None

    def skip(self, d: ReportDraft) -> None:
        d.occupation = None


# --- the charge --------------------------------------------------------------------------------


@step(Step.ARTICLE)
class AskArticle(StepBase):
    """Asks for the Criminal Code article (and part) of the charge."""

    optional = True
    label = N_("Charge")
    edit_continues = (Step.ARTICLE_OTHER,)

    def prompt(self, d: ReportDraft) -> Prompt:
        rows = [[(charge_label(a.article, a.part, None), a.key)] for a in ARTICLES]
        rows.append([(_("Other article"), "other")])
        return Prompt(_("Under which article of the Criminal Code is the person charged?"), rows)

    def current(self, d: ReportDraft) -> str | None:
        return charge_label(d.article, d.part, d.article_title) if d.article else None

    def choice(self, d: ReportDraft, value: str) -> Step | None:
        if value == "other":
            return Step.ARTICLE_OTHER
        article = ARTICLES_BY_KEY.get(value)
        if article is None:
            raise InvalidAnswer(_("That button is not available here."))
        d.article, d.part, d.article_title = article.article, article.part, article.title
        return None

    def text(self, d: ReportDraft, value: str) -> Step | None:
        d.article, d.part, d.article_title = parse_article(bounded(value, 200))
        return None

    def skip(self, d: ReportDraft) -> None:
        d.article = d.part = d.article_title = None


@step(Step.ARTICLE_OTHER)
class AskOtherArticle(StepBase):
    """Asks for another article as text: number, part and, if known, its title."""

    def applies(self, d: ReportDraft) -> bool:
        return False  # reached only from the article buttons

    def prompt(self, d: ReportDraft) -> Prompt:
        return Prompt(
            _(
                "Type the article, its part and title if you know them.\n"
                "<i>For example: 272 part 2 mass riots</i>"
            )
        )

    def text(self, d: ReportDraft, value: str) -> Step | None:
        article, part, title = parse_article(bounded(value, 300))
        if title is None:
            # Keep what follows the numbers as the title the reporter gave.
            title = typed_article_title(value)
        d.article, d.part = article, part
        d.article_title = bounded(title, Charge.title) if title else None
        return None


# --- detention and pre-trial ---------------------------------------------------------------------


class DateStep(StepBase):
    """A date answer; `field_name` is the draft field, future dates only when scheduled."""

    optional = True
    field_name = ""
    allow_future = False

    def question(self) -> str:
        raise NotImplementedError

    def prompt(self, d: ReportDraft) -> Prompt:
        if d.choices:
            return date_choice_prompt(d)
        return Prompt(self.question() + "\n<i>" + date_hint() + "</i>")

    def future_allowed(self, d: ReportDraft) -> bool:
        return self.allow_future

    def text(self, d: ReportDraft, value: str) -> Step | None:
        try:
            date = parsing.parse_date(value, allow_future=self.future_allowed(d))
        except parsing.Ambiguous as question:
            d.choices = [c.isoformat() for c in question.candidates]
            return STAY
        setattr(d, self.field_name, date)
        return None

    def picked(self, d: ReportDraft, reading: str) -> Step | None:
        setattr(d, self.field_name, dt.date.fromisoformat(reading))
        return None

    def skip(self, d: ReportDraft) -> None:
        setattr(d, self.field_name, None)

    def current(self, d: ReportDraft) -> str | None:
        value = getattr(d, self.field_name)
        return format_date(value) if value else None


def date_hint() -> str:
    return _("For example: 10.09.2021 or 10 September 2021")


def date_choice_prompt(d: ReportDraft) -> Prompt:
    """Which of the dates an answer such as 03/04/2022 may mean."""
    return Prompt(
        _("Which date did you mean?"),
        [[(format_date(dt.date.fromisoformat(c)), f"{PICK}{i}")] for i, c in enumerate(d.choices)],
    )


@step(Step.DETENTION_DATE)
class AskDetentionDate(DateStep):
    """Asks when the person was detained or arrested."""

    label = N_("Detained on")
    field_name = "detention_date"

    def question(self) -> str:
        return _("When was the person detained or arrested?")


@step(Step.MEASURE)
class AskMeasure(StepBase):
    """Asks for the preventive measure: custody, house arrest or travel ban."""

    optional = True
    label = N_("Preventive measure")
    edit_continues = (Step.PLACE_HELD,)

    def applies(self, d: ReportDraft) -> bool:
        return _stage_in(d, *PRE_VERDICT)

    def prompt(self, d: ReportDraft) -> Prompt:
        return Prompt(
            _("What preventive measure was imposed?"),
            [[(_(label), m.value)] for m, label in MEASURES.items()],
        )

    def current(self, d: ReportDraft) -> str | None:
        return _(MEASURES[d.measure]) if d.measure else None

    def choice(self, d: ReportDraft, value: str) -> Step | None:
        d.measure = PreventiveMeasure(value)
        return None

    def skip(self, d: ReportDraft) -> None:
        d.measure = None


@step(Step.PLACE_HELD)
class AskPlaceHeld(StepBase):
    """Asks where the person is held (detention centre, town)."""

    optional = True
    label = N_("Held at")

    def applies(self, d: ReportDraft) -> bool:
        return _stage_in(d, *PRE_VERDICT) and d.measure in (
            PreventiveMeasure.CUSTODY,
            PreventiveMeasure.HOUSE_ARREST,
        )

    def prompt(self, d: ReportDraft) -> Prompt:
        return Prompt(
            _("Where is the person held? (for example: pre-trial detention centre of Aktobe)")
        )

    def current(self, d: ReportDraft) -> str | None:
        return d.place_held

    def text(self, d: ReportDraft, value: str) -> Step | None:
        d.place_held = bounded(value, Event.place_held)
        return None

    def skip(self, d: ReportDraft) -> None:
        d.place_held = None


# --- court ---------------------------------------------------------------------------------------


class TextStep(StepBase):
    optional = True
    field_name = ""
    stages: tuple[CaseStage, ...] = IN_COURT

    def question(self) -> str:
        raise NotImplementedError

    def applies(self, d: ReportDraft) -> bool:
        return _stage_in(d, *self.stages)

    def prompt(self, d: ReportDraft) -> Prompt:
        return Prompt(self.question())

    def current(self, d: ReportDraft) -> str | None:
        value = getattr(d, self.field_name)
        return str(value) if value else None

    def text(self, d: ReportDraft, value: str) -> Step | None:
        setattr(d, self.field_name, bounded(value, self.max_length))
        return None

    def skip(self, d: ReportDraft) -> None:
        setattr(d, self.field_name, None)


@step(Step.COURT)
class AskCourt(TextStep):
    """Asks which court hears the case."""

    label = N_("Court")
    field_name = "court"

    def question(self) -> str:
        return _("Which court hears the case? (for example: Aktobe city court No. 2)")


@step(Step.JUDGE)
class AskJudge(TextStep):
    """Asks for the judge's name."""

    label = N_("Judge")
    field_name = "judge"
    max_length = column_limit(Case.judge) or 0

    def question(self) -> str:
        return _("What is the judge's name?")


@step(Step.PROSECUTOR)
class AskProsecutor(TextStep):
    """Asks for the prosecutor's name."""

    label = N_("Prosecutor")
    field_name = "prosecutor"
    max_length = column_limit(Case.prosecutor) or 0

    def question(self) -> str:
        return _("What is the prosecutor's name?")


@step(Step.TRIAL_DATE)
class AskTrialDate(DateStep):
    """Asks when the court took the case into proceedings (the trial began)."""

    label = N_("Trial began")
    field_name = "trial_date"

    def applies(self, d: ReportDraft) -> bool:
        return _stage_in(d, *IN_COURT)

    def question(self) -> str:
        return _("When did the court accept the case and the trial begin?")


@step(Step.HEARING_DATE)
class AskHearingDate(DateStep):
    """Asks for the next court hearing, which may be in the future."""

    label = N_("Next hearing")
    field_name = "hearing_date"
    allow_future = True

    def applies(self, d: ReportDraft) -> bool:
        return _stage_in(d, CaseStage.CHARGED, CaseStage.ON_TRIAL)

    def question(self) -> str:
        return _("When is the next court hearing?")


# --- verdict and appeal --------------------------------------------------------------------------


@step(Step.VERDICT_DATE)
class AskVerdictDate(DateStep):
    """Asks when the verdict was pronounced."""

    label = N_("Verdict")
    field_name = "verdict_date"

    def applies(self, d: ReportDraft) -> bool:
        return _stage_in(d, *SENTENCED)

    def question(self) -> str:
        return _("When was the verdict pronounced?")


class SentenceStep(StepBase):
    """Collects sentence parts one at a time: kind, then term or amount, then another or done."""

    optional = True
    target = "verdict"

    def heading(self) -> str:
        raise NotImplementedError

    def prompt(self, d: ReportDraft) -> Prompt:
        parts = d.sentence_of(self.target)
        lines = [self.heading()]
        if parts:
            lines += [_("So far:")] + [f"• {sentence_line(p)}" for p in parts]
            lines.append(_("Add another part, or press Done."))
        else:
            lines.append(_("Add each part of the sentence one at a time."))
        rows = [[(_(label), kind.value)] for kind, label in SENTENCE_KINDS.items()]
        last = [(_("✅ Done"), "done")]
        if parts:
            last.insert(0, (_("↩️ Remove last"), "undo"))
        rows.append(last)
        return Prompt("\n".join(lines), rows)

    def choice(self, d: ReportDraft, value: str) -> Step | None:
        parts = d.sentence_of(self.target)
        if value == "done":
            return None
        if value == "undo":
            if parts:
                parts.pop()
            return STAY
        d.pending_kind = SentenceKind(value)
        d.sentence_target = "appeal" if self.target == "appeal" else "verdict"
        return Step.SENTENCE_VALUE

    def skip(self, d: ReportDraft) -> None:
        return None  # "skip" keeps what was added and moves on


@step(Step.VERDICT_SENTENCE)
class AskVerdictSentence(SentenceStep):
    """Asks for the parts of the sentence at the verdict."""

    label = N_("Sentence")

    def applies(self, d: ReportDraft) -> bool:
        return _stage_in(d, *SENTENCED)

    def heading(self) -> str:
        return "<b>" + _("What was the sentence?") + "</b>"


@step(Step.APPEAL_DATE)
class AskAppealDate(DateStep):
    """Asks for the appeal ruling's date (or, if only sentenced, a scheduled appeal hearing)."""

    label = N_("Appeal")
    field_name = "appeal_date"

    def applies(self, d: ReportDraft) -> bool:
        return _stage_in(d, *SENTENCED)

    def question(self) -> str:
        return _("When was the appeal ruling?")

    def prompt(self, d: ReportDraft) -> Prompt:
        if d.stage is CaseStage.SENTENCED and not d.choices:
            return Prompt(
                _("Is an appeal hearing scheduled? Send its date, or skip.")
                + "\n<i>"
                + date_hint()
                + "</i>"
            )
        return super().prompt(d)

    def future_allowed(self, d: ReportDraft) -> bool:
        # Only a scheduled appeal (stage "sentenced") may lie in the future.
        return d.stage is CaseStage.SENTENCED


@step(Step.APPEAL_COURT)
class AskAppealCourt(TextStep):
    """Asks which court ruled on the appeal."""

    label = N_("Appeal court")
    field_name = "appeal_court"
    stages = (CaseStage.APPEALED,)

    def question(self) -> str:
        return _("Which court ruled on the appeal? (for example: Zhambyl regional court)")


@step(Step.APPEAL_OUTCOME)
class AskAppealOutcome(StepBase):
    """Asks what the appeal court decided."""

    optional = True
    label = N_("Appeal outcome")
    edit_continues = (Step.APPEAL_SENTENCE,)

    def applies(self, d: ReportDraft) -> bool:
        return _stage_in(d, CaseStage.APPEALED)

    def prompt(self, d: ReportDraft) -> Prompt:
        return Prompt(
            _("What did the appeal court decide?"),
            [[(_(label), o.value)] for o, label in APPEAL_OUTCOMES.items()],
        )

    def current(self, d: ReportDraft) -> str | None:
        return _(APPEAL_OUTCOMES[d.appeal_outcome]) if d.appeal_outcome else None

    def choice(self, d: ReportDraft, value: str) -> Step | None:
        d.appeal_outcome = AppealOutcome(value)
        return None

    def skip(self, d: ReportDraft) -> None:
        d.appeal_outcome = None


@step(Step.APPEAL_SENTENCE)
class AskAppealSentence(SentenceStep):
    """Asks for the sentence as changed by the appeal ruling."""

    label = N_("Sentence after appeal")
    target = "appeal"

    def applies(self, d: ReportDraft) -> bool:
        return _stage_in(d, CaseStage.APPEALED) and d.appeal_outcome in (
            AppealOutcome.REDUCED,
            AppealOutcome.INCREASED,
        )

    def heading(self) -> str:
        return (
            "<b>"
            + _("What is the sentence after the appeal?")
            + "</b>\n"
            + _("List every part that applies now, including those left unchanged.")
        )


TERM_CHOICES = (("6", 6), ("12", 12), ("24", 24), ("36", 36), ("60", 60))


@step(Step.SENTENCE_VALUE)
class AskSentenceValue(StepBase):
    """Asks the term, hours or amount of the sentence part just chosen."""

    def applies(self, d: ReportDraft) -> bool:
        return False  # reached only from a sentence step

    def prompt(self, d: ReportDraft) -> Prompt:
        kind = d.pending_kind or SentenceKind.FINE
        label = _(SENTENCE_KINDS[kind])
        if d.choices:
            return self._choice_prompt(kind, label, d.choices)
        if kind.measure == "term":
            return Prompt(
                _("{kind}: for how long? Choose or type, e.g. '2 years 6 months'.").format(
                    kind=label
                ),
                in_columns([(format_term(m), code) for code, m in TERM_CHOICES], 3),
            )
        if kind.measure == "hours":
            return Prompt(_("{kind}: how many hours?").format(kind=label))
        return Prompt(
            _("{kind}: what amount, in tenge?").format(kind=label)
            + "\n<i>"
            + _("For example: 27 780")
            + "</i>"
        )

    @staticmethod
    def _choice_prompt(kind: SentenceKind, label: str, choices: list[str]) -> Prompt:
        """The readings of an ambiguous term or amount, one button each."""
        if kind.measure == "term":
            question = _("{kind}: years or months?").format(kind=label)
            shown = [format_term(int(c)) for c in choices]
        else:
            shown = [format_money(Decimal(c)) for c in choices]
            question = (
                _("{kind}: which amount did you mean?").format(kind=label)
                if len(choices) > 1
                else _(
                    "{kind}: is this amount with tiyn? Press it to confirm, or send the "
                    "amount again."
                ).format(kind=label)
            )
        return Prompt(question, [[(text, f"{PICK}{i}")] for i, text in enumerate(shown)])

    def _add(self, d: ReportDraft, item: SentenceItem) -> Step:
        d.sentence_of(d.sentence_target).append(item)
        d.pending_kind = None
        return Step.APPEAL_SENTENCE if d.sentence_target == "appeal" else Step.VERDICT_SENTENCE

    def _kind(self, d: ReportDraft) -> SentenceKind:
        if d.pending_kind is None:
            raise InvalidAnswer(_("Please choose a part of the sentence first."))
        return d.pending_kind

    def choice(self, d: ReportDraft, value: str) -> Step | None:
        months = dict(TERM_CHOICES).get(value)
        if months is None or d.pending_kind is None or d.pending_kind.measure != "term":
            raise InvalidAnswer(_("That button is not available here."))
        return self._add(d, SentenceItem(kind=d.pending_kind, term_months=months))

    def picked(self, d: ReportDraft, reading: str) -> Step | None:
        kind = self._kind(d)
        if kind.measure == "term":
            return self._add(d, SentenceItem(kind=kind, term_months=int(reading)))
        if kind.measure == "money":
            return self._add(d, SentenceItem(kind=kind, amount=Decimal(reading), currency=TENGE))
        raise InvalidAnswer(_("That button is not available here."))

    def text(self, d: ReportDraft, value: str) -> Step | None:
        kind = self._kind(d)
        try:
            if kind.measure == "term":
                return self._add(d, SentenceItem(kind=kind, term_months=parsing.parse_term(value)))
            if kind.measure == "hours":
                return self._add(d, SentenceItem(kind=kind, hours=parsing.parse_hours(value)))
            amount = parsing.parse_amount(value)
        except parsing.Ambiguous as question:
            # Never guess a figure in a legal record: offer the readings as buttons.
            d.choices = [
                str(c.value if isinstance(c, parsing.Amount) else c) for c in question.candidates
            ]
            return STAY
        return self._add(d, SentenceItem(kind=kind, amount=amount.value, currency=TENGE))


# --- what they are accused of, sources, attachments ---------------------------------------------


@step(Step.ACTS)
class AskActs(StepBase):
    """Asks what the person is accused of: one act per line, each with its date if known."""

    optional = True
    label = N_("Accused of")

    def prompt(self, d: ReportDraft) -> Prompt:
        return Prompt(
            _(
                "What is the person accused of? Write each act on its own line, "
                "starting with its date if you know it.\n"
                "<i>For example:\n01.05.2019 participation in a peaceful protest\n"
                "a photo with a blank sheet of paper</i>"
            )
        )

    def current(self, d: ReportDraft) -> str | None:
        lines = [
            (format_date(a.act_date) + " — " if a.act_date else "") + a.description for a in d.acts
        ]
        return "\n".join(lines) or None

    def text(self, d: ReportDraft, value: str) -> Step | None:
        d.acts = parse_acts(value)
        return None

    def skip(self, d: ReportDraft) -> None:
        d.acts = []


@step(Step.SOURCES)
class AskSources(StepBase):
    """Asks for links to sources: news, court documents, statements."""

    optional = True
    label = N_("Sources")

    def prompt(self, d: ReportDraft) -> Prompt:
        return Prompt(
            _("Send links to sources (news, statements, court documents), one or more, or skip.")
        )

    def current(self, d: ReportDraft) -> str | None:
        return "\n".join(d.sources) or None

    def text(self, d: ReportDraft, value: str) -> Step | None:
        d.sources = parse_sources(value)
        return None

    def skip(self, d: ReportDraft) -> None:
        d.sources = []


@step(Step.ATTACHMENTS)
class AskAttachments(StepBase):
    """Asks for photos or documents (court papers); each is kept by its Telegram file id."""

    optional = True
    label = N_("Attachments")

    def prompt(self, d: ReportDraft) -> Prompt:
        count = len(d.attachments)
        text = _(
            "You can attach photos or documents, such as the verdict or court papers. "
            "Send them now, then press Done."
        )
        if count:
            text += "\n" + _("Attached so far: {count}.").format(count=count)
        rows = [[(_("✅ Done"), "done")]]
        if count:
            rows[0].insert(0, (_("🗑 Remove all"), "clear"))
        return Prompt(text, rows)

    def choice(self, d: ReportDraft, value: str) -> Step | None:
        if value == "clear":
            d.attachments = []
            return STAY
        return None

    def text(self, d: ReportDraft, value: str) -> Step | None:
        raise InvalidAnswer(_("Please send a photo or a document, or press Done."))

    def skip(self, d: ReportDraft) -> None:
        return None


@step(Step.REVIEW)
class Review(StepBase):
    """Shows every field, with a button to edit each, then Submit."""

    def prompt(self, d: ReportDraft) -> Prompt:
        edits = [
            ("✏️ " + _(spec.label), f"edit:{number.value}")
            for number, spec in STEPS.items()
            if spec.label and (spec.applies(d) or number in (Step.REGION, Step.ARTICLE))
        ]
        rows = in_columns(edits, 2)
        rows.append(
            [
                (
                    _("🕶 Anonymous: on") if d.anonymous else _("🕶 Send anonymously"),
                    "anonymous",
                )
            ]
        )
        rows.append([(_("✅ Submit"), "submit")])
        rows.append([(_("🗑 Discard"), "cancel")])
        text = render_draft(d)
        if d.from_paste:
            text += "\n\n⚠️ " + _(
                "Read by the bot from a pasted text: check every field against the original "
                "and correct what is wrong before you submit."
            )
        if d.anonymous:
            text += "\n\n🕶 " + _(
                "Anonymous: nothing will link this report to you. Moderators will not be "
                "able to ask you questions about it or tell you their decision."
            )
        return Prompt(text, rows)


# The order of the questions; steps not applying to the draft's stage are passed over.
ORDER = [s for s in Step if s not in (Step.RESUME, Step.SENTENCE_VALUE, Step.CONFIRM_CANCEL)]


def following(d: ReportDraft, current: Step) -> Step:
    """The next question after `current` that applies to this draft."""
    position = ORDER.index(current) if current in ORDER else -1
    for candidate in ORDER[position + 1 :]:
        if STEPS[candidate].applies(d):
            return candidate
    return Step.REVIEW


# --- sending questions ---------------------------------------------------------------------


async def ask(
    tx: Tx, update: Update, d: ReportDraft, current: Step, notice: str | None = None
) -> Step:
    """Ask the question of `current` (after an optional notice) once the transaction is
    committed, and return it as the state. The question's message id is noted in the draft
    (for "Erase our chat") by a short transaction of its own after the send: no transaction
    waits on Telegram, and on SQLite the write lock is never held across a round trip."""
    prompt = STEPS[current].prompt(d)
    rows = list(prompt.buttons)
    navigation = []
    if current not in (Step.STAGE, Step.REVIEW) and (d.history or d.editing):
        navigation.append((_("⬅️ Back"), BACK))
    if STEPS[current].optional and current not in (
        Step.VERDICT_SENTENCE,
        Step.APPEAL_SENTENCE,
        Step.ATTACHMENTS,
    ):
        navigation.append((_("Skip ➡️"), SKIP))
    if navigation:
        rows.append(navigation)
    text = prompt.text
    if d.editing and not d.choices:
        # Editing from the review: show what is there now, so it can be kept or corrected.
        now = STEPS[current].current(d)
        if now:
            text += "\n\n" + _("Now: {value}").format(value=esc(now))
    if notice is not None:
        text = f"{notice}\n\n{text}"
    markup = keyboard(_packed(rows, current))
    chat = update.effective_chat
    assert chat is not None
    _remember(d, update.message.message_id if update.message else None)
    res, user_id = tx.res, tx.user.id

    async def send_and_note() -> None:
        sent = await chat.send_message(
            text,
            reply_markup=markup,
            # The review shows the person their own report: it cannot be forwarded or saved.
            protect_content=current is Step.REVIEW,
        )
        await _note_sent(res, user_id, sent.message_id)

    tx.after_commit(send_and_note)
    return current


async def _note_sent(res: Resources, user_id: int, message_id: int) -> None:
    """Add a question's message id to the saved draft (if the draft still exists)."""
    async with res.sessionmaker() as session, session.begin():
        row = await load_draft(session, user_id)
        if row is None:
            return
        d = ReportDraft.model_validate(row.data)
        d._row = row
        _remember(d, message_id)


def _packed(rows: Sequence[Sequence[tuple[str, str]]], step: Step) -> list[list[tuple[str, str]]]:
    """(label, value) rows as (label, callback data) of this step's buttons."""
    return [
        [(label, ReportAnswer(step.value, value).pack()) for label, value in row] for row in rows
    ]


def _remember(d: ReportDraft, *message_ids: int | None) -> None:
    """Note ids of this conversation's messages (the user's and the bot's) in the draft, for
    "Erase our chat"; the loaded draft row is updated in the handler's transaction."""
    d.message_ids.extend(i for i in message_ids if i is not None and i not in d.message_ids)
    del d.message_ids[: -safety.MAX_TRACKED_MESSAGES]
    if d._row is not None:
        d._row.data = d.model_dump(mode="json")


async def _load(tx: Tx) -> ReportDraft | None:
    row = await load_draft(tx.session, tx.user.id)
    if row is None:
        return None
    d = ReportDraft.model_validate(row.data)
    d._row = row
    return d


async def _save(tx: Tx, d: ReportDraft) -> None:
    d._row = await save_draft(tx.session, tx.user.id, d.model_dump(mode="json"))


async def _move(
    update: Update, tx: Tx, d: ReportDraft, current: Step, explicit: Step | None
) -> Step:
    """After a valid answer to `current`: decide the next question, save, and ask it."""
    if explicit is STAY:
        nxt = current
    elif explicit is not None:
        nxt = explicit
        if current is Step.SENTENCE_VALUE:
            # Back to the list of sentence parts: it is already on the history stack.
            if d.history and d.history[-1] == nxt:
                d.history.pop()
        else:
            d.history.append(current)
    else:
        natural = following(d, current)
        if d.editing:
            # Editing from the review: answer this question (and its follow-ups), then return.
            nxt = natural if natural in STEPS[current].edit_continues else Step.REVIEW
        else:
            nxt = natural
            d.history.append(current)
        if nxt is Step.REVIEW:
            d.editing = False
    d.step = nxt.value
    await _save(tx, d)
    return await ask(tx, update, d, nxt)


def _mark_chosen(tx: Tx, update: Update, label: str) -> None:
    """Once the answer is committed, edit the pressed message to show the choice and drop its
    buttons: a "✓" never confirms an answer that a crash or a rollback lost."""
    tx.after_commit(lambda: _show_chosen(update, label))


async def _show_chosen(update: Update, label: str) -> None:
    """Edit the pressed message to show the choice and drop its buttons."""
    query = update.callback_query
    if query is None or not isinstance(query.message, Message) or not query.message.text:
        return
    try:
        # Clipped in UTF-16 units (Telegram's count): an emoji-heavy prompt must still fit.
        shown = esc(clip_plain(query.message.text, 3500), MESSAGE_LIMIT)
        await query.edit_message_text(shown + "\n\n✓ " + esc(label))
    except TelegramError:
        logger.debug("could not mark an old prompt as answered", exc_info=True)


# --- handlers ------------------------------------------------------------------------------------


@transactional
async def start_report(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int:
    """Entry (/report or the menu button): offers to resume a draft or starts a new one."""
    if update.callback_query:
        await update.callback_query.answer()
    chat = update.effective_chat
    if chat is None or chat.type != ChatType.PRIVATE:
        # A report in a group would be read by everyone in it.
        if chat is not None:
            await chat.send_message(
                _("Reports are only taken in a private chat with me, so nobody else sees them.")
            )
        return ConversationHandler.END
    earlier = await safety.privacy_gate(update, context, tx)
    if earlier is None:
        return ConversationHandler.END  # the notice is shown; its button starts the report
    if not await safety.may_start_report(tx):
        await chat.send_message(safety.submission_limit_text(tx))
        return ConversationHandler.END
    d = await _load(tx)
    if d is not None and d.step is not None:
        name = esc(d.person_name or "…", 100)
        offer = await chat.send_message(
            _("You have an unfinished report ({name}). Continue it or start over?").format(
                name=name
            ),
            reply_markup=keyboard(
                _packed([[(_("Continue"), "continue"), (_("Start over"), "restart")]], Step.RESUME)
            ),
        )
        message_id = update.message.message_id if update.message else None
        _remember(d, *earlier, message_id, offer.message_id)
        return Step.RESUME
    return await _begin(update, tx, earlier)


async def _begin(update: Update, tx: Tx, earlier: list[int] | None = None) -> Step:
    previous = await _load(tx)
    d = ReportDraft(
        step=Step.STAGE.value,
        # "Start over" keeps the messages so far: they are part of this conversation.
        message_ids=[*(previous.message_ids if previous else []), *(earlier or [])],
    )
    await _save(tx, d)
    return await ask(tx, update, d, Step.STAGE)


@transactional
async def resume_choice(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int:
    """Continue the saved draft where it stopped, or discard it and start again."""
    query = update.callback_query
    assert query is not None
    tx.after_commit(query.answer)  # first after the commit: before the next question
    d = await _load(tx)
    button = ReportAnswer.parse(query.data)
    if button is None or button.value == "restart" or d is None or d.step is None:
        _mark_chosen(tx, update, _("Start over"))
        return await _begin(update, tx)
    _mark_chosen(tx, update, _("Continue"))
    return await ask(tx, update, d, Step(d.step))


@transactional
async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int:
    """A typed answer to the current question."""
    message = update.effective_message
    assert message is not None and message.text is not None
    d = await _load(tx)
    if d is None or d.step is None:
        return await _lost(update)
    current = Step(d.step)
    limit = tx.res.settings.max_text_length
    text = clean(message.text, multiline=True)
    if len(text) > limit:
        notice = _(
            "That message is too long ({length} characters). Please keep it under {limit}."
        ).format(length=len(text), limit=limit)
        return await ask(tx, update, d, current, notice)
    if not text:
        return await ask(tx, update, d, current)
    d.choices = []  # a new answer replaces any readings offered for the last one
    try:
        explicit = STEPS[current].text(d, text)
    except InvalidAnswer as problem:
        return await ask(tx, update, d, current, esc(str(problem)))
    except (ValueError, OverflowError) as problem:
        # A parser met a number it cannot hold (309 digits overflow a float): re-ask. Only the
        # exception's type is logged: its message may quote the user's words.
        logger.warning("step %s: unreadable answer (%s)", current.name, type(problem).__name__)
        return await ask(tx, update, d, current, _("I could not read that. Please try again."))
    return await _move(update, tx, d, current, explicit)


@transactional
async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int:
    """A button of the current question: a choice, Skip, Back, or a review action."""
    query = update.callback_query
    assert query is not None
    tx.after_commit(query.answer)  # first after the commit: before the next question
    d = await _load(tx)
    if d is None or d.step is None:
        return await _lost(update)
    current = Step(d.step)
    button = ReportAnswer.parse(query.data)
    if button is None:
        return await ask(tx, update, d, current, _("That button is not available here."))
    value = button.value
    if button.step != current:
        return await ask(tx, update, d, current, _("That button belongs to an earlier question."))
    if value == BACK:
        return await _back(update, tx, d, current)
    if value == SKIP:
        return await _skip(update, tx, d, current)
    if current is Step.REVIEW:
        return await _review_action(update, context, tx, d, value)
    offered, d.choices = d.choices, []
    try:
        if value.startswith(PICK):
            explicit = STEPS[current].picked(d, _offered(offered, value))
        else:
            explicit = STEPS[current].choice(d, value)
    except (InvalidAnswer, ValueError) as problem:
        message = (
            str(problem)
            if isinstance(problem, InvalidAnswer)
            else _("That button is not available here.")
        )
        return await ask(tx, update, d, current, esc(message))
    _mark_chosen(tx, update, _button_label(query, value))
    return await _move(update, tx, d, current, explicit)


def _offered(offered: list[str], value: str) -> str:
    """The reading a "pick:N" button stands for (N from the untrusted callback data)."""
    index = parse_int(value.removeprefix(PICK), maximum=len(offered) - 1)
    if index is None:
        raise InvalidAnswer(_("That button is not available here."))
    return offered[index]


def _button_label(query: object, value: str) -> str:
    markup = getattr(getattr(query, "message", None), "reply_markup", None)
    for row in getattr(markup, "inline_keyboard", ()):
        for button in row:
            if (button.callback_data or "").endswith(":" + value):
                return str(button.text)
    return value


async def _skip(update: Update, tx: Tx, d: ReportDraft, current: Step) -> Step:
    d.choices = []
    try:
        STEPS[current].skip(d)
    except InvalidAnswer as problem:
        return await ask(tx, update, d, current, esc(str(problem)))
    _mark_chosen(tx, update, _("Skipped"))
    return await _move(update, tx, d, current, None)


async def _back(update: Update, tx: Tx, d: ReportDraft, current: Step) -> Step:
    d.choices = []
    if d.editing:
        d.editing = False
        d.step = Step.REVIEW.value
        await _save(tx, d)
        return await ask(tx, update, d, Step.REVIEW)
    if not d.history:
        return await ask(tx, update, d, current, _("This is the first question."))
    previous = Step(d.history.pop())
    d.step = previous.value
    await _save(tx, d)
    return await ask(tx, update, d, previous)


@transactional
async def back_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int:
    """/back: return to the previous question."""
    d = await _load(tx)
    if d is None or d.step is None:
        return await _lost(update)
    return await _back(update, tx, d, Step(d.step))


@transactional
async def skip_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int:
    """/skip: leave an optional question unanswered."""
    d = await _load(tx)
    if d is None or d.step is None:
        return await _lost(update)
    return await _skip(update, tx, d, Step(d.step))


async def _review_action(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx, d: ReportDraft, value: str
) -> int:
    if value == "submit":
        return await _submit(update, context, tx, d)
    if value == "cancel":
        return await _confirm_cancel(update, d)
    if value == "anonymous":
        d.anonymous = not d.anonymous
        await _save(tx, d)
        return await ask(tx, update, d, Step.REVIEW)
    if value.startswith("edit:"):
        try:
            target = Step(int(value.removeprefix("edit:")))
        except ValueError:
            target = Step.REVIEW
        if target not in STEPS or STEPS[target].label is None:
            return await ask(tx, update, d, Step.REVIEW, _("That button is not available here."))
        d.editing = True
        d.step = target.value
        await _save(tx, d)
        return await ask(tx, update, d, target)
    return await ask(tx, update, d, Step.REVIEW, _("That button is not available here."))


async def _submit(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx, d: ReportDraft
) -> int:
    if d.stage is None or not d.person_name:
        missing = Step.STAGE if d.stage is None else Step.NAME
        d.editing, d.step = True, missing.value
        await _save(tx, d)
        return await ask(tx, update, d, missing, _("This question must be answered first."))
    if not await safety.take_submission_allowance(tx):
        return await ask(tx, update, d, Step.REVIEW, safety.submission_limit_text(tx))
    case = d.to_case()
    chat = update.effective_chat
    assert chat is not None
    if d.anonymous:
        # No way back to the reporter at all: no submitter, no chat id, no draft left.
        submitter = None
    else:
        # The bot must be able to tell the reporter the decision: keep the chat id, encrypted.
        tx.user.chat_enc = tx.res.vault.encrypt(chat.id)
        submitter = tx.user
    # One service: stored pending and indexed (for duplicates; lookups show approved only).
    submission = await submit_report(tx.session, case, submitter)
    await delete_draft(tx.session, tx.user.id)
    await safety.keep_for_erasing(tx, chat.id, d.message_ids)
    user_id = tx.user.id
    announce = await prepare_announcement(tx, submission.id)
    if d.anonymous:
        follow_up = _(
            "You sent it anonymously: moderators cannot ask you questions about it or tell "
            "you their decision. Look the case up later instead."
        )
    else:
        follow_up = _("You will be told the decision here.")

    # Only once the submission is committed: never hand out a reference that was rolled back.
    # The confirmation is owed (bot/notices.py): written to the outbox with the submission, so
    # a crash right after the commit delays it instead of losing it.
    _mark_chosen(tx, update, _("Submitted"))
    await notices.owe(
        tx,
        context,
        tx.user,
        case.id,
        _(
            "Thank you. Your report has been sent to the moderators.\n"
            "Reference: <code>{reference}</code>\n"
            "Nothing is published until a moderator has checked it."
        ).format(reference=submission.reference)
        + " "
        + follow_up
        + "\n\n"
        + _("To remove this conversation from your phone, press “Erase our chat”."),
        protect_content=True,
        reply_markup=safety.erase_button(),
        # Its own chat: an anonymous reporter's row keeps none.
        chat_id=chat.id,
        # Its id joins "Erase our chat" when sent, also by the worker after a crash.
        receipt=notices.erasable(user_id),
    )

    async def announce_to_moderators() -> None:
        await announce(context.bot)

    tx.after_commit(announce_to_moderators)
    return ConversationHandler.END


async def _confirm_cancel(update: Update, d: ReportDraft | None = None) -> int:
    chat = update.effective_chat
    assert chat is not None
    sent = await chat.send_message(
        _("Discard this report? Everything you entered will be deleted."),
        reply_markup=keyboard(
            _packed([[(_("Yes, discard"), "yes"), (_("No, continue"), "no")]], Step.CONFIRM_CANCEL)
        ),
    )
    if d is not None:
        _remember(d, update.message.message_id if update.message else None, sent.message_id)
    return Step.CONFIRM_CANCEL


@transactional
async def cancel_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int:
    """/cancel: ask for confirmation before discarding the draft."""
    return await _confirm_cancel(update, await _load(tx))


@transactional
async def cancel_choice(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int:
    """Discard the draft after confirmation, or go back to the question it stopped at."""
    query = update.callback_query
    assert query is not None
    tx.after_commit(query.answer)  # first after the commit: before the next question
    d = await _load(tx)
    button = ReportAnswer.parse(query.data)
    if (button is not None and button.value == "yes") or d is None or d.step is None:
        await delete_draft(tx.session, tx.user.id)
        _mark_chosen(tx, update, _("Discarded"))
        chat = update.effective_chat
        assert chat is not None
        await chat.send_message(_("The report was discarded. Send /report to start again."))
        return ConversationHandler.END
    _mark_chosen(tx, update, _("Continue"))
    return await ask(tx, update, d, Step(d.step))


@transactional
async def on_attachment(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int:
    """A photo or document sent at the attachments step."""
    message = update.effective_message
    assert message is not None
    d = await _load(tx)
    if d is None or d.step is None:
        return await _lost(update)
    if len(d.attachments) >= MAX_ATTACHMENTS:
        return await ask(
            tx,
            update,
            d,
            Step.ATTACHMENTS,
            _("You can attach at most {n} files.").format(n=MAX_ATTACHMENTS),
        )
    if message.photo:
        largest = message.photo[-1]
        d.attachments.append(
            AttachmentItem(
                kind=AttachmentKind.PHOTO,
                file_id=largest.file_id,
                file_unique_id=largest.file_unique_id,
            )
        )
    elif message.document:
        doc = message.document
        d.attachments.append(
            AttachmentItem(
                kind=AttachmentKind.DOCUMENT,
                file_id=doc.file_id,
                file_unique_id=doc.file_unique_id,
                # Set by the sender's client, not typed: cut to the column, never refused.
                file_name=fit_column(doc.file_name, Attachment.file_name),
                mime_type=fit_column(doc.mime_type, Attachment.mime_type),
            )
        )
    await _save(tx, d)
    return await ask(tx, update, d, Step.ATTACHMENTS, _("Attached."))


@transactional
async def unexpected_input(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int:
    """Stickers, voice notes, files at the wrong step, unknown commands: explain and re-ask."""
    message = update.effective_message
    d = await _load(tx)
    if d is None or d.step is None:
        return await _lost(update)
    current = Step(d.step)
    if message is not None and message.text and message.text.startswith("/"):
        notice = _("Unknown command. While reporting you can use /back, /skip and /cancel.")
    elif message is not None and (message.photo or message.document):
        notice = _("Photos and documents can be attached near the end of the report.")
    else:
        notice = _("I can only read text and buttons here.")
    return await ask(tx, update, d, current, notice)


@transactional
async def stale_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> int:
    """A report button from an earlier question or an old message."""
    query = update.callback_query
    assert query is not None
    await query.answer(_("This button is no longer active."))
    d = await _load(tx)
    if d is None or d.step is None:
        return await _lost(update)
    current = Step(d.step)
    return await ask(tx, update, d, current, _("That button belongs to an earlier question."))


async def _lost(update: Update) -> int:
    chat = update.effective_chat
    assert chat is not None
    await chat.send_message(_("This report is no longer open. Send /report to start again."))
    return ConversationHandler.END


@transactional
async def report_button_outside(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """A report button pressed when no report is open (e.g. after discarding)."""
    query = update.callback_query
    assert query is not None
    await query.answer(_("This report is no longer open."))
    await _lost(update)


def build_report_conversation() -> ConversationHandler[ContextTypes.DEFAULT_TYPE]:
    from bot import paste  # registers the pasted-report steps (it imports this module)

    text = filters.TEXT & ~filters.COMMAND
    states: dict[object, list[object]] = {
        Step.RESUME: [
            CallbackQueryHandler(resume_choice, pattern=ReportAnswer.at_step(Step.RESUME))
        ],
        Step.CONFIRM_CANCEL: [
            CallbackQueryHandler(cancel_choice, pattern=ReportAnswer.at_step(Step.CONFIRM_CANCEL))
        ],
    }
    for number in STEPS:
        handlers: list[object] = [
            CallbackQueryHandler(on_button, pattern=ReportAnswer.at_step(number)),
            MessageHandler(text, on_text),
        ]
        if number is Step.ATTACHMENTS:
            handlers.append(MessageHandler(filters.PHOTO | filters.Document.ALL, on_attachment))
        states[number] = handlers
    # After /paste the next text is a report to read, however long (not an answer to check).
    states[Step.PASTE] = [MessageHandler(text, paste.pasted_text)]
    with warnings.catch_warnings():
        # per_message=False is deliberate: one report per user and chat, whatever message a
        # button is on; stale buttons are caught by the step number in their data.
        warnings.filterwarnings("ignore", category=PTBUserWarning, message=".*per_message.*")
        return _conversation(states)


def _conversation(
    states: dict[object, list[object]],
) -> ConversationHandler[ContextTypes.DEFAULT_TYPE]:
    from bot import paste

    return ConversationHandler(
        entry_points=[
            CommandHandler("report", start_report),
            # A pasted or forwarded report opens the review pre-filled (bot/paste.py); other
            # plain text falls through to the lookup by name.
            CommandHandler("paste", paste.paste_command),
            MessageHandler(
                filters.ChatType.PRIVATE
                & filters.TEXT
                & ~filters.COMMAND
                & ~filters.UpdateType.EDITED
                & paste.REPORT_TEXT,
                paste.pasted_text,
            ),
            CallbackQueryHandler(start_report, pattern=StartReport.matches),
            # The privacy notice's "I understand" button starts the report it was shown for.
            CallbackQueryHandler(start_report, pattern=PrivacyAck.matches),
        ],
        states=states,  # type: ignore[arg-type]
        fallbacks=[
            CommandHandler("back", back_command),
            CommandHandler("skip", skip_command),
            CommandHandler("cancel", cancel_command),
            CommandHandler("report", start_report),
            CallbackQueryHandler(start_report, pattern=StartReport.matches),
            CallbackQueryHandler(stale_button, pattern=rf"^{PREFIX}"),
            MessageHandler(filters.ALL & ~filters.UpdateType.EDITED, unexpected_input),
        ],
        name="report",
        persistent=True,
        per_chat=True,
        per_user=True,
    )


__all__ = ["STEPS", "Step", "build_report_conversation", "report_button_outside"]
