"""The questions of the report: one small class per question, registered under its step id.

Each step's docstring says what it asks; `prompt` builds the question, `text`/`choice` take the
answer (raising InvalidAnswer to re-ask), `picked` takes one reading of an ambiguous answer,
`skip` clears it. A step returns the step to go to (None: the next one that applies, STAY: ask
again). Steps know nothing of Telegram: they read and change a ReportDraft only.

Answers are read by bot.parsing (dates, terms, hours, amounts) and db.places (a town typed at
the region question sets the region). An answer with several readings (27.780, a bare "2", a
town name several regions share) is never stored as a guess: its readings go to
`draft.choices` and the question is asked again with a `pick:<n>` button per reading.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from bot import parsing
from bot.handlers.report.draft import (
    InvalidAnswer,
    ReportDraft,
    SentenceItem,
    parse_acts,
    parse_article,
    parse_sources,
    split_name,
    typed_article_title,
)
from bot.handlers.report.questions import (
    EVENT_DATES,
    PICK,
    DateQuestion,
    Prompt,
    SentencePartQuestion,
    date_hint,
)
from bot.infra.i18n import N_, _, current_language
from bot.ui.inputs import column_limit
from bot.ui.keyboards import in_columns
from bot.ui.labels import (
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
from bot.ui.render import esc, format_date, render_draft, sentence_line
from db.models import (
    AppealOutcome,
    Case,
    CaseStage,
    Charge,
    Event,
    EventKind,
    Person,
    PersonAlias,
    PreventiveMeasure,
    SentenceKind,
)
from db.places import Place, find_places, find_region, get_place

logger = logging.getLogger(__name__)

BACK = "_back"
SKIP = "_skip"
#: Near spellings offered for a name that matches nothing as written (namesakes are offered
#: one per region, at most the 20 regions).
MAX_PLACE_CHOICES = 6


class Step(StrEnum):
    """Where a person is in the report: the draft row's `step` (the one record of it) and the
    `<step>` of a button's callback data. The values are stable: they are stored in drafts and
    in buttons already sent, so a step is never renamed (migration 0008_h12b turned the old
    integer values into these)."""

    #: "Continue or start over?" when /report finds an unfinished draft (a side question).
    RESUME = "resume"
    STAGE = "stage"
    NAME = "name"
    ALIASES = "aliases"
    REGION = "region"
    CITY = "city"
    OCCUPATION = "occupation"
    ARTICLE = "article"
    ARTICLE_OTHER = "article_other"
    DETENTION_DATE = "detention_date"
    MEASURE = "measure"
    PLACE_HELD = "place_held"
    COURT = "court"
    JUDGE = "judge"
    PROSECUTOR = "prosecutor"
    TRIAL_DATE = "trial_date"
    HEARING_DATE = "hearing_date"
    VERDICT_DATE = "verdict_date"
    VERDICT_SENTENCE = "verdict_sentence"
    APPEAL_DATE = "appeal_date"
    APPEAL_COURT = "appeal_court"
    APPEAL_OUTCOME = "appeal_outcome"
    APPEAL_SENTENCE = "appeal_sentence"
    #: The value of one sentence part (reached from a sentence step's kind buttons).
    SENTENCE_VALUE = "sentence_value"
    ACTS = "acts"
    SOURCES = "sources"
    ATTACHMENTS = "attachments"
    REVIEW = "review"
    #: "Discard this report?" (a side question).
    CONFIRM_CANCEL = "confirm_cancel"
    #: A pasted report (bot/handlers/report/paste.py): which of its cases to review, and the text
    #: after /paste.
    PICK_PASTED = "pick_pasted"
    PASTE = "paste"


#: Side questions: asked in front of the current question, which is kept on the draft's history
#: and asked again after them (see flow.hold / flow.release).
SIDE_QUESTIONS = (Step.RESUME, Step.CONFIRM_CANCEL)

#: What a step returns to have its own question asked again (a side question is never a step's
#: answer, so RESUME can stand for "stay").
STAY = Step.RESUME


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
        if places:
            # Namesakes (a village name often recurs in many regions): one button per region,
            # the most populous place of each, so every region the name may mean is offered.
            first_of_region: dict[str, Place] = {}
            for place in places:
                first_of_region.setdefault(place.region_code, place)
            candidates = list(first_of_region.values())
        else:
            candidates = find_places(value, typos=True)[:MAX_PLACE_CHOICES]
        if candidates:
            d.choices = [f"place:{p.id}" for p in candidates]
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
    """A date answer to the shared question `date` (questions.EVENT_DATES); `field_name` is
    the draft field."""

    optional = True
    field_name = ""
    date: DateQuestion

    def prompt(self, d: ReportDraft) -> Prompt:
        if d.choices:
            return self.date.readings_prompt(d.choices)
        return self.date.prompt()

    def future_allowed(self, d: ReportDraft) -> bool:
        return self.date.allow_future

    def text(self, d: ReportDraft, value: str) -> Step | None:
        try:
            date = self.date.read(value, allow_future=self.future_allowed(d))
        except parsing.Ambiguous as problem:
            d.choices = self.date.readings(problem)
            return STAY
        setattr(d, self.field_name, date)
        return None

    def picked(self, d: ReportDraft, reading: str) -> Step | None:
        setattr(d, self.field_name, self.date.picked(reading))
        return None

    def skip(self, d: ReportDraft) -> None:
        setattr(d, self.field_name, None)

    def current(self, d: ReportDraft) -> str | None:
        value = getattr(d, self.field_name)
        return format_date(value) if value else None


@step(Step.DETENTION_DATE)
class AskDetentionDate(DateStep):
    """Asks when the person was detained or arrested."""

    label = N_("Detained on")
    field_name = "detention_date"

    date = EVENT_DATES[EventKind.DETENTION]


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

    date = EVENT_DATES[EventKind.TRIAL]


@step(Step.HEARING_DATE)
class AskHearingDate(DateStep):
    """Asks for the next court hearing, which may be in the future."""

    label = N_("Next hearing")
    field_name = "hearing_date"

    def applies(self, d: ReportDraft) -> bool:
        return _stage_in(d, CaseStage.CHARGED, CaseStage.ON_TRIAL)

    date = EVENT_DATES[EventKind.HEARING]


# --- verdict and appeal --------------------------------------------------------------------------


@step(Step.VERDICT_DATE)
class AskVerdictDate(DateStep):
    """Asks when the verdict was pronounced."""

    label = N_("Verdict")
    field_name = "verdict_date"

    def applies(self, d: ReportDraft) -> bool:
        return _stage_in(d, *SENTENCED)

    date = EVENT_DATES[EventKind.VERDICT]


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

    date = EVENT_DATES[EventKind.APPEAL_RULING]

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


@step(Step.SENTENCE_VALUE)
class AskSentenceValue(StepBase):
    """Asks the term, hours or amount of the sentence part just chosen: the shared
    questions.SentencePartQuestion of its kind."""

    def applies(self, d: ReportDraft) -> bool:
        return False  # reached only from a sentence step

    @staticmethod
    def question(d: ReportDraft) -> SentencePartQuestion:
        if d.pending_kind is None:
            raise InvalidAnswer(_("Please choose a part of the sentence first."))
        return SentencePartQuestion(d.pending_kind)

    def prompt(self, d: ReportDraft) -> Prompt:
        question = SentencePartQuestion(d.pending_kind or SentenceKind.FINE)
        return question.readings_prompt(d.choices) if d.choices else question.prompt()

    def _add(self, d: ReportDraft, item: SentenceItem) -> Step:
        d.sentence_of(d.sentence_target).append(item)
        d.pending_kind = None
        return Step.APPEAL_SENTENCE if d.sentence_target == "appeal" else Step.VERDICT_SENTENCE

    def choice(self, d: ReportDraft, value: str) -> Step | None:
        return self._add(d, self.question(d).choice(value))

    def picked(self, d: ReportDraft, reading: str) -> Step | None:
        return self._add(d, self.question(d).picked(reading))

    def text(self, d: ReportDraft, value: str) -> Step | None:
        question = self.question(d)
        try:
            return self._add(d, question.read(value))
        except parsing.Ambiguous as problem:
            # Never guess a figure in a legal record: offer the readings as buttons.
            d.choices = question.readings(problem)
            return STAY


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
            ("✏️ " + _(spec.label), f"edit:{number}")
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


@step(Step.RESUME)
class OfferResume(StepBase):
    """/report found an unfinished draft: continue it or start over (flow.resume)."""

    def applies(self, d: ReportDraft) -> bool:
        return False  # a side question, reached only by /report

    def prompt(self, d: ReportDraft) -> Prompt:
        return Prompt(
            _("You have an unfinished report ({name}). Continue it or start over?").format(
                name=esc(d.person_name or "…", 100)
            ),
            [[(_("Continue"), "continue"), (_("Start over"), "restart")]],
        )


@step(Step.CONFIRM_CANCEL)
class ConfirmCancel(StepBase):
    """/cancel or Discard: asks before the draft is deleted (flow.discard_or_continue)."""

    def applies(self, d: ReportDraft) -> bool:
        return False  # a side question, reached only by /cancel or Discard

    def prompt(self, d: ReportDraft) -> Prompt:
        return Prompt(
            _("Discard this report? Everything you entered will be deleted."),
            [[(_("Yes, discard"), "yes"), (_("No, continue"), "no")]],
        )


#: The order of the questions; steps not applying to the draft's stage are passed over. Side
#: questions, sentence values and the pasted-report steps are reached otherwise.
ORDER = (
    Step.STAGE,
    Step.NAME,
    Step.ALIASES,
    Step.REGION,
    Step.CITY,
    Step.OCCUPATION,
    Step.ARTICLE,
    Step.ARTICLE_OTHER,
    Step.DETENTION_DATE,
    Step.MEASURE,
    Step.PLACE_HELD,
    Step.COURT,
    Step.JUDGE,
    Step.PROSECUTOR,
    Step.TRIAL_DATE,
    Step.HEARING_DATE,
    Step.VERDICT_DATE,
    Step.VERDICT_SENTENCE,
    Step.APPEAL_DATE,
    Step.APPEAL_COURT,
    Step.APPEAL_OUTCOME,
    Step.APPEAL_SENTENCE,
    Step.ACTS,
    Step.SOURCES,
    Step.ATTACHMENTS,
    Step.REVIEW,
)


def following(d: ReportDraft, current: Step) -> Step:
    """The next question after `current` that applies to this draft."""
    position = ORDER.index(current) if current in ORDER else -1
    for candidate in ORDER[position + 1 :]:
        if STEPS[candidate].applies(d):
            return candidate
    return Step.REVIEW
