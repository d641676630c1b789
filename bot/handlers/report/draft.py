"""The report draft (what the conversation collects), its parsers, and its conversion to models.

The draft is a pydantic model stored as JSON in `drafts.data` after every answer, so a report in
progress survives restarts. Parsers return the parsed value or raise `InvalidAnswer` carrying a
message for the user.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any, Literal

from babel.numbers import format_decimal
from pydantic import BaseModel, Field, PrivateAttr

from bot import parsing
from bot.infra.i18n import _, current_language
from bot.services.clock import local_day
from bot.ui.inputs import has_foreign_digits
from bot.ui.labels import article_title
from db.models import (
    AllegedAct,
    AppealOutcome,
    Attachment,
    AttachmentKind,
    Case,
    CaseStage,
    Charge,
    Event,
    EventKind,
    Person,
    PersonAlias,
    PreventiveMeasure,
    SentenceKind,
    SentencePart,
    Source,
)

TENGE = "KZT"
MAX_ATTACHMENTS = 20
MAX_LIST_ITEMS = 30


#: An answer that cannot be used; `str(exc)` is shown to the user. The parsers' own error, so
#: what they refuse and what a step refuses are handled alike.
InvalidAnswer = parsing.Unreadable


class SentenceItem(BaseModel):
    kind: SentenceKind
    term_months: int | None = None
    hours: int | None = None
    amount: Decimal | None = None
    currency: str | None = None
    #: The dollar figure reported beside the amount («27780 тенге ($65)»), kept as reported.
    amount_usd: Decimal | None = None


class ActItem(BaseModel):
    description: str
    act_date: dt.date | None = None


class AttachmentItem(BaseModel):
    kind: AttachmentKind
    file_id: str
    file_unique_id: str
    file_name: str | None = None
    mime_type: str | None = None


class ReportDraft(BaseModel):
    """Everything a report holds, plus where the reporter is in the conversation."""

    stage: CaseStage | None = None
    person_name: str | None = None
    aliases: list[str] = Field(default_factory=list)
    region: str | None = None
    city: str | None = None
    occupation: str | None = None
    article: str | None = None
    part: int | None = None
    article_title: str | None = None
    detention_date: dt.date | None = None
    measure: PreventiveMeasure | None = None
    place_held: str | None = None
    court: str | None = None
    judge: str | None = None
    prosecutor: str | None = None
    trial_date: dt.date | None = None
    hearing_date: dt.date | None = None
    verdict_date: dt.date | None = None
    verdict_sentence: list[SentenceItem] = Field(default_factory=list)
    appeal_date: dt.date | None = None
    appeal_court: str | None = None
    appeal_outcome: AppealOutcome | None = None
    appeal_sentence: list[SentenceItem] = Field(default_factory=list)
    acts: list[ActItem] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    attachments: list[AttachmentItem] = Field(default_factory=list)

    # Navigation: the current step, the steps behind it (for /back), review-edit mode. Steps are
    # the string ids of bot.handlers.report.steps.Step; this row is the one record of where the
    # person is.
    step: str | None = None
    history: list[str] = Field(default_factory=list)
    editing: bool = False
    sentence_target: Literal["verdict", "appeal"] = "verdict"
    pending_kind: SentenceKind | None = None
    #: The readings of an ambiguous answer to the current question ("27.780": 27780 or 27.78),
    #: offered as buttons; nothing is stored until one is chosen.
    choices: list[str] = Field(default_factory=list)
    #: Send without any way back to the reporter (no submitter, no chat id kept).
    anonymous: bool = False
    #: Cases read from a pasted report, waiting for the person to pick one
    #: (bot/handlers/report/paste.py).
    pasted: list[dict[str, Any]] = Field(default_factory=list)
    #: Filled in from a pasted report: the review asks to check every field.
    from_paste: bool = False
    #: Ids of the messages of this conversation (both sides), for "Erase our chat".
    message_ids: list[int] = Field(default_factory=list)
    #: The database row this draft was loaded from or saved to (not serialised).
    _row: Any = PrivateAttr(default=None)

    def sentence_of(self, target: str) -> list[SentenceItem]:
        return self.appeal_sentence if target == "appeal" else self.verdict_sentence

    def to_case(self) -> Case:
        """Build the (pending) case with its person, charges, events and sentence parts."""
        assert self.stage is not None and self.person_name is not None
        surname, given, patronymic = split_name(self.person_name)
        person = Person(
            name_as_entered=self.person_name,
            surname=surname,
            given_names=given,
            patronymic=patronymic,
            city=self.city,
            region=self.region,
            occupation=self.occupation,
            aliases=[PersonAlias(spelling=s) for s in dict.fromkeys(self.aliases)],
        )
        case = Case(
            person=person,
            stage=self.stage,
            court=self.court,
            judge=self.judge,
            prosecutor=self.prosecutor,
        )
        if self.article:
            case.charges.append(
                Charge(article=self.article, part=self.part, title=self.article_title)
            )
        case.acts = [
            AllegedAct(description=a.description, act_date=a.act_date, position=i)
            for i, a in enumerate(self.acts)
        ]
        case.sources = [Source(url=url) for url in self.sources]
        case.attachments = [Attachment.copy_of(a) for a in self.attachments]
        case.events = self._events()
        return case

    def _events(self) -> list[Event]:
        today = local_day()
        events: list[Event] = []
        if self.detention_date or self.measure or self.place_held:
            events.append(
                Event(
                    kind=EventKind.DETENTION
                    if self.detention_date
                    else EventKind.PREVENTIVE_MEASURE,
                    event_date=self.detention_date,
                    measure=self.measure,
                    place_held=self.place_held,
                )
            )
        if self.trial_date:
            events.append(
                Event(
                    kind=EventKind.TRIAL,
                    event_date=self.trial_date,
                    court=self.court,
                    judge=self.judge,
                )
            )
        if self.hearing_date:
            events.append(
                Event(
                    kind=EventKind.HEARING,
                    event_date=self.hearing_date,
                    scheduled=self.hearing_date > today,
                    court=self.court,
                    judge=self.judge,
                )
            )
        if self.stage in (CaseStage.SENTENCED, CaseStage.APPEALED):
            events.append(
                Event(
                    kind=EventKind.VERDICT,
                    event_date=self.verdict_date,
                    court=self.court,
                    judge=self.judge,
                    prosecutor=self.prosecutor,
                    sentence=sentence_rows(self.verdict_sentence),
                )
            )
        if self.stage is CaseStage.SENTENCED and self.appeal_date:
            # Sentenced and an appeal hearing is announced: a scheduled appeal ruling.
            events.append(
                Event(
                    kind=EventKind.APPEAL_RULING,
                    event_date=self.appeal_date,
                    scheduled=self.appeal_date > today,
                    court=self.appeal_court,
                )
            )
        if self.stage is CaseStage.APPEALED:
            parts = self.appeal_sentence
            if self.appeal_outcome is AppealOutcome.UPHELD and not parts:
                parts = self.verdict_sentence  # upheld: the same sentence stands after appeal
            events.append(
                Event(
                    kind=EventKind.APPEAL_RULING,
                    event_date=self.appeal_date,
                    court=self.appeal_court,
                    appeal_outcome=self.appeal_outcome,
                    sentence=sentence_rows(parts),
                )
            )
        return events


def sentence_rows(items: list[SentenceItem]) -> list[SentencePart]:
    """Database rows of sentence parts, in the order they were entered."""
    return [
        SentencePart(
            kind=i.kind,
            term_months=i.term_months,
            hours=i.hours,
            amount=i.amount,
            currency=i.currency,
            amount_usd=i.amount_usd,
            position=n,
        )
        for n, i in enumerate(items)
    ]


# --- parsers ---------------------------------------------------------------------------------
# The readers live in bot.parsing (shared with the report extraction). The report form offers a
# choice when an answer has several readings; these wrappers are for dialogs that do not (the
# moderators' case updates): an ambiguous answer is refused with the readings named, never guessed.


def parse_date(text: str, *, allow_future: bool, today: dt.date | None = None) -> dt.date:
    try:
        return parsing.parse_date(text, allow_future=allow_future, today=today)
    except parsing.Ambiguous:
        raise InvalidAnswer(
            _(
                "Is that the day or the month first? Please write the month in words, "
                "for example 3 April 2022."
            )
        ) from None


def parse_term(text: str) -> int:
    try:
        return parsing.parse_term(text)
    except parsing.Ambiguous:
        raise InvalidAnswer(
            _("Years or months? Please write it like '2 years' or '18 months'.")
        ) from None


def parse_hours(text: str) -> int:
    return parsing.parse_hours(text)


def parse_amount(text: str) -> Decimal:
    return read_amount(text).value


def read_amount(text: str) -> parsing.Amount:
    """The amount and the dollar figure written beside it; a figure with two readings is
    refused with both shown (these dialogs offer no choice)."""
    try:
        return parsing.parse_amount(text)
    except parsing.Ambiguous as question:
        readings = [format_decimal(a.value, locale=current_language()) for a in question.candidates]
        raise InvalidAnswer(
            _(
                "That amount can be read as {readings}. Please write it in full with spaces "
                "between the thousands, for example 27 780."
            ).format(readings=" / ".join(f"{r} ₸" for r in readings))
        ) from None


_LEADING_DATE = re.compile(
    r"^(?P<date>\d{1,2}([./-])\d{1,2}\2(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})\s*[-–—:,]?\s*(?P<rest>.+)$"
)
#: A date in words before a dash or colon: «10 сентября 2021 — пикет», "3 Mar 2022: a post".
_LEADING_WORDS_DATE = re.compile(r"^(?P<date>[^-–—:]{5,40}?)\s*[-–—:]\s*(?P<rest>.+)$")


def parse_acts(text: str) -> list[ActItem]:
    """One act per line, each optionally starting with its date ('01.05.2019 — a protest')."""
    acts: list[ActItem] = []
    for line in text.splitlines():
        line = line.strip().lstrip("•*-–— \t").strip()
        if not line:
            continue
        match = _LEADING_DATE.match(line)
        if match:
            date = parse_date(match.group("date"), allow_future=False)
            acts.append(ActItem(description=match.group("rest").strip(), act_date=date))
            continue
        match = _LEADING_WORDS_DATE.match(line)
        if match and any(ch.isdigit() for ch in match.group("date")):
            try:
                date = parse_date(match.group("date"), allow_future=False)
            except InvalidAnswer:
                pass  # not a date: the dash is part of the description
            else:
                acts.append(ActItem(description=match.group("rest").strip(), act_date=date))
                continue
        acts.append(ActItem(description=line))
    if not acts:
        raise InvalidAnswer(_("Please describe at least one act, one per line."))
    if len(acts) > MAX_LIST_ITEMS:
        raise InvalidAnswer(_("That is too many lines. Please send at most 30 acts."))
    return acts


_URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)


def parse_sources(text: str) -> list[str]:
    urls = list(dict.fromkeys(u.rstrip(".,;)") for u in _URL.findall(text)))
    if not urls:
        raise InvalidAnswer(
            _("Please send links starting with http:// or https://, one or more per message.")
        )
    if len(urls) > MAX_LIST_ITEMS or any(len(u) > 2000 for u in urls):
        raise InvalidAnswer(_("That is too many or too long links."))
    return urls


_ARTICLE = re.compile(r"(\d{2,3}(?:-\d)?)(?:\D+?(\d))?\b")
#: Kazakh puts the word after the part number ("2-бөлік"): it is not part of the title.
_PART_WORD = re.compile(r"^\W*(?:бөлігі|бөлік)\b", re.IGNORECASE)


def typed_article_title(text: str) -> str | None:
    """The title a reporter typed after the numbers: '272 part 2 mass riots' -> 'mass riots',
    'ст. 272 ч. 2 массовые беспорядки', '272-бап 2-бөлік жаппай тәртіпсіздіктер' likewise."""
    match = _ARTICLE.search(text)
    if not match:
        return None
    rest = _PART_WORD.sub("", text[match.end() :], count=1).strip(" .,-–—«»\"'")
    return rest or None


def parse_article(text: str) -> tuple[str, int | None, str | None]:
    """'405-2', '405 part 2', 'ст. 405 ч. 2', '174' -> ('405', 2, known title)."""
    # ASCII digits only (bot/ui/inputs): int() would read "٣" too.
    match = None if has_foreign_digits(text) else _ARTICLE.search(text)
    if not match:
        raise InvalidAnswer(_("Please send the article number, for example '405 part 2' or '174'."))
    article = match.group(1)
    part = int(match.group(2)) if match.group(2) else None
    if "-" in article and part is None:
        article, raw_part = article.split("-")
        part = int(raw_part)
    return article, part, article_title(article, part)


_SURNAME_ENDINGS = (
    "ov",
    "ev",
    "ova",
    "eva",
    "in",
    "ina",
    "uly",
    "kyzy",
    "yev",
    "yeva",
    "ulu",
    "ов",
    "ев",
    "ова",
    "ева",
    "ин",
    "ина",
    "улы",
    "ұлы",
    "кызы",
    "қызы",
)


def split_name(name: str) -> tuple[str | None, str | None, str | None]:
    """(surname, given names, patronymic) from a name in any order.

    Reports write 'SABANSHIYEV Yerkyn' or 'Asylkhan ZHAUBATYROV': a word in capitals is the
    surname. Otherwise a word with a surname ending, else the first word ('Surname Given').
    """
    words = name.split()
    if len(words) == 1:
        return _title(words[0]), None, None
    caps = [w for w in words if w.isupper() and len(w) > 1]
    if len(caps) == 1:
        surname = caps[0]
    else:
        surname = next((w for w in words if w.lower().endswith(_SURNAME_ENDINGS)), words[0])
    rest = [w for w in words if w is not surname]
    patronymic = None
    if len(rest) >= 2 and rest[-1].lower().endswith(
        ("ovich", "evich", "ovna", "evna", "ович", "евич", "овна", "евна", "uly", "ұлы", "qyzy")
    ):
        patronymic = rest.pop()
    return _title(surname), " ".join(rest) or None, patronymic


def _title(word: str) -> str:
    return word if not word.isupper() else word.capitalize()
