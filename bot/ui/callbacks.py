"""Callback data of every inline button: packed and parsed here, and only here.

Each kind of button is a frozen dataclass with `pack()` (the callback_data string) and
`parse(data)` (the dataclass, or None). Menus build buttons as kinds (bot/ui/keyboards.py packs
them); handlers register with `pattern=Kind.matches` (or `moderation_button(action)`) and read
their values with `Kind.parse(query.data)`.

Invariants:
- This is the one place that knows a layout: nowhere else is callback data written as text,
  concatenated, split or matched by a regex of its own (tests/test_hygiene.py and
  tests/test_moderation_forms.py check the tree).
- The wire format never changes for an existing kind or action: buttons in messages already
  sent must keep working after a deploy (tests/test_callbacks_inputs.py pins it).
- `pack()` yields ASCII of 1 to 64 bytes (Telegram's limit) or raises ValueError: a button
  that Telegram would refuse never leaves the bot.
- `parse()` accepts exactly what `pack()` produces (it re-packs and compares), so forged data
  with extra fields, leading zeros, Unicode digits ("²", "٣") or out-of-range numbers is None.
- Ids are range-checked here (database ids fit INTEGER, Telegram user ids 52 bits): a number
  that reaches a query from a button always fits its column.
- Tokens (codes, choices) come from a small ASCII alphabet; enumerated ones are checked against
  their fixed set.

Roles are not checked here: a well-formed button can still be pressed by the wrong person, and
handlers re-check the presser's role on every press.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any, ClassVar, Self, get_type_hints

from bot.ui.inputs import DB_INT_MAX, MESSAGE_ID_MAX, TELEGRAM_USER_ID_MAX, parse_int
from bot.ui.labels import ARTICLES_BY_KEY
from db.models import AppealOutcome, EventKind, SentenceKind

MAX_CALLBACK_BYTES = 64
_TOKEN = re.compile(r"[a-z0-9_.-]{1,32}")
#: Report answers may carry a sub-choice ("edit:5") and upper case codes.
_ANSWER_VALUE = re.compile(r"[A-Za-z0-9_.-]{1,32}(?::[A-Za-z0-9_.-]{1,16})?")
#: Paging keys of kept searches (secrets.token_hex(4)).
_SEARCH_KEY = re.compile(r"[0-9a-f]{8}")
#: The furthest page offset a paging button can carry (far beyond any real result list).
MAX_OFFSET = 1_000_000
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def _id(text: str, maximum: int = DB_INT_MAX) -> int:
    value = parse_int(text, minimum=1, maximum=maximum)
    if value is None:
        raise ValueError(text)
    return value


def _number(text: str, maximum: int) -> int:
    value = parse_int(text, minimum=0, maximum=maximum)
    if value is None:
        raise ValueError(text)
    return value


def _token(
    text: str, allowed: frozenset[str] | None = None, pattern: re.Pattern[str] = _TOKEN
) -> str:
    if not pattern.fullmatch(text) or (allowed is not None and text not in allowed):
        raise ValueError(text)
    return text


@dataclass(frozen=True)
class Codec:
    """How one field of a button is read back from its text (ValueError when it is not valid)
    and written (`str` unless said otherwise). Fields declare theirs with `Annotated`."""

    read: Callable[[str], Any]
    write: Callable[[Any], str] = str


def Id(maximum: int = DB_INT_MAX) -> Codec:
    """A positive id up to `maximum` (database INTEGER unless said)."""
    return Codec(lambda text: _id(text, maximum))


def Number(maximum: int) -> Codec:
    """A count or offset from 0 to `maximum`."""
    return Codec(lambda text: _number(text, maximum))


def Token(allowed: frozenset[str] | None = None, pattern: re.Pattern[str] = _TOKEN) -> Codec:
    """A word of a small ASCII alphabet, from a fixed set when `allowed` is given."""
    return Codec(lambda text: _token(text, allowed, pattern))


def Flag(yes: str, no: str) -> Codec:
    """A boolean written as one of two words."""
    return Codec(
        lambda text: _token(text, frozenset({yes, no})) == yes, lambda value: yes if value else no
    )


@dataclass(frozen=True)
class Callback:
    """Base of every button kind: PREFIX names the kind ("case", "safe:ack"...); the fields,
    in order, are the packed parts after it, each read and written by its `Codec`. A kind whose
    layout is not one codec per part (optional or compound parts) overrides `fields` and
    `from_fields`."""

    PREFIX: ClassVar[str]

    @classmethod
    def codecs(cls) -> tuple[tuple[str, Codec], ...]:
        """(field name, codec) of every dataclass field, from the `Annotated` declarations."""
        cached: tuple[tuple[str, Codec], ...] | None = cls.__dict__.get("_codecs")
        if cached is None:
            hints = get_type_hints(cls, include_extras=True)
            cached = tuple(
                (field.name, _codec_of(hints[field.name])) for field in dataclasses.fields(cls)
            )
            setattr(cls, "_codecs", cached)  # noqa: B010 (a frozen dataclass's class attribute)
        return cached

    def fields(self) -> tuple[str, ...]:
        """The packed fields after the prefix."""
        return tuple(codec.write(getattr(self, name)) for name, codec in self.codecs())

    @classmethod
    def from_fields(cls, fields: list[str]) -> Self:
        """The button from the fields after the prefix; ValueError when they are not valid."""
        codecs = cls.codecs()
        if len(fields) != len(codecs):
            raise ValueError(fields)
        return cls(*(codec.read(text) for (_name, codec), text in zip(codecs, fields, strict=True)))

    def pack(self) -> str:
        fields = self.fields()
        data = ":".join((self.PREFIX, *fields))
        if not data.isascii() or not 1 <= len(data) <= MAX_CALLBACK_BYTES:
            raise ValueError(
                f"callback data over {MAX_CALLBACK_BYTES} bytes or not ASCII: {data!r}"
            )
        # What is packed must parse back to the same button: a field out of its range or
        # alphabet is a bug here, not a button that silently stops working.
        if type(self).from_fields(":".join(fields).split(":") if fields else []) != self:
            raise ValueError(f"callback data does not parse back: {data!r}")
        return data

    @classmethod
    def parse(cls, data: object) -> Self | None:
        if not isinstance(data, str) or len(data) > MAX_CALLBACK_BYTES or not data.isascii():
            return None
        head = cls.PREFIX + ":"
        if data == cls.PREFIX:
            rest: list[str] = []
        elif data.startswith(head):
            rest = data[len(head) :].split(":")
        else:
            return None
        try:
            button = cls.from_fields(rest)
            return button if button.pack() == data else None
        except (ValueError, KeyError, IndexError):
            return None

    @classmethod
    def matches(cls, data: object) -> bool:
        """For `CallbackQueryHandler(pattern=Kind.matches)`."""
        return cls.parse(data) is not None


def _codec_of(hint: Any) -> Codec:
    codec = next((m for m in getattr(hint, "__metadata__", ()) if isinstance(m, Codec)), None)
    if codec is None:
        raise TypeError(f"a button field needs Annotated[..., Codec]: {hint!r}")
    return codec


def any_of(*kinds: type[Callback]) -> Callable[[object], bool]:
    """A handler pattern accepting any of `kinds`."""
    return lambda data: any(kind.parse(data) is not None for kind in kinds)


# --- lookup --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenCase(Callback):
    """case:<id> — the card of a published case."""

    PREFIX: ClassVar[str] = "case"
    case_id: Annotated[int, Id()]


@dataclass(frozen=True)
class SearchPage(Callback):
    """find:p:<key>:<offset> — another page of a search kept under `key`."""

    PREFIX: ClassVar[str] = "find:p"
    key: Annotated[str, Token(pattern=_SEARCH_KEY)]
    offset: Annotated[int, Number(MAX_OFFSET)]


RELATED_FIELDS = frozenset({"place", "article", "judge", "prosecutor"})


@dataclass(frozen=True)
class RelatedCases(Callback):
    """find:<field>:<case_id> — published cases sharing this case's place, article, judge..."""

    PREFIX: ClassVar[str] = "find"
    field: Annotated[str, Token(RELATED_FIELDS)]
    case_id: Annotated[int, Id()]


# --- alerts --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FollowCase(Callback):
    """follow:<case_id> — follow one published case."""

    PREFIX: ClassVar[str] = "follow"
    case_id: Annotated[int, Id()]


@dataclass(frozen=True)
class RemoveSubscription(Callback):
    """unsub:<rule_id> — remove one of the presser's own rules."""

    PREFIX: ClassVar[str] = "unsub"
    rule_id: Annotated[int, Id()]


SUBSCRIBE_CHOICES = frozenset({"all", "regions", "city", "articles", "region", "article", "menu"})


@dataclass(frozen=True)
class SubscribeMenu(Callback):
    """sub:<choice>[:<value>] — the /subscribe menu (value: a region code or an article)."""

    PREFIX: ClassVar[str] = "sub"
    choice: str
    value: str = ""

    def fields(self) -> tuple[str, ...]:
        return (self.choice, self.value) if self.value else (self.choice,)

    @classmethod
    def from_fields(cls, fields: list[str]) -> Self:
        choice, *value = fields
        if choice in ("region", "article"):
            [item] = value
            return cls(choice, _token(item))
        if value:
            raise ValueError(fields)
        return cls(_token(choice, SUBSCRIBE_CHOICES))


# --- language, safety, start ---------------------------------------------------------------------


@dataclass(frozen=True)
class ChooseLanguage(Callback):
    """lang:<code>"""

    PREFIX: ClassVar[str] = "lang"
    code: Annotated[str, Token(pattern=_LANGUAGE_CODE)]


@dataclass(frozen=True)
class PrivacyAck(Callback):
    """safe:ack[:<message_id>] — "I understand" under the privacy notice; the id of the message
    that asked for the report may follow, so that it is erased with the rest."""

    PREFIX: ClassVar[str] = "safe:ack"
    asked_by: int | None = None

    def fields(self) -> tuple[str, ...]:
        return (str(self.asked_by),) if self.asked_by else ()

    @classmethod
    def from_fields(cls, fields: list[str]) -> Self:
        if not fields:
            return cls()
        [asked_by] = fields
        return cls(_id(asked_by, MESSAGE_ID_MAX))


@dataclass(frozen=True)
class ForgetChoice(Callback):
    """safe:forget:yes|no — the confirmation of /forget."""

    PREFIX: ClassVar[str] = "safe:forget"
    confirmed: Annotated[bool, Flag("yes", "no")]


@dataclass(frozen=True)
class EraseChat(Callback):
    """safe:erase — "Erase our chat" under a submission confirmation."""

    PREFIX: ClassVar[str] = "safe:erase"


@dataclass(frozen=True)
class StartReport(Callback):
    """menu:report — "Report a case" under /start."""

    PREFIX: ClassVar[str] = "menu:report"


@dataclass(frozen=True)
class FindMenu(Callback):
    """menu:search — "Find a case" under /start."""

    PREFIX: ClassVar[str] = "menu:search"


@dataclass(frozen=True)
class FollowMenu(Callback):
    """menu:follow — "Follow cases" under /start."""

    PREFIX: ClassVar[str] = "menu:follow"


@dataclass(frozen=True)
class LanguageMenu(Callback):
    """menu:language — "Language" under /start."""

    PREFIX: ClassVar[str] = "menu:language"


# --- the report conversation ---------------------------------------------------------------------


@dataclass(frozen=True)
class ReportAnswer(Callback):
    """rep:<step>:<value> — a button of the question asked at `step` (a string id of
    bot.handlers.report.steps.Step) — a choice, back, skip, a review action such as "edit:name"."""

    PREFIX: ClassVar[str] = "rep"
    step: str
    value: str

    def fields(self) -> tuple[str, ...]:
        return (self.step, self.value)

    @classmethod
    def from_fields(cls, fields: list[str]) -> Self:
        step, *value = fields
        return cls(_token(step), _token(":".join(value), pattern=_ANSWER_VALUE))

    @classmethod
    def at_step(cls, step: str) -> Callable[[object], bool]:
        """A pattern matching the buttons of one step."""

        def matches(data: object) -> bool:
            button = cls.parse(data)
            return button is not None and button.step == step

        return matches


# --- moderation (bot/handlers/moderation/) -------------------------------------------------------


class ModAction(StrEnum):
    """What a `mod:<action>:...` button does. The value is the wire spelling: buttons in
    messages already sent carry it, so a value never changes (a new action gets a new one).
    Each action belongs to one kind below, which fixes what follows it."""

    # SubmissionAction: mod:<action>:<submission_id>
    APPROVE = "ap"
    CONFIRM_APPROVE = "ac"
    REJECT = "rj"
    TYPE_REASON = "rt"
    BACK = "bk"
    DUPLICATE = "du"
    TYPE_DUPLICATE = "dt"
    EDIT = "ed"
    SHOW = "sh"
    ASK = "ask"
    FILES = "fl"
    EVENTS = "ev"
    STAGES = "sg"
    # SubmissionCode: mod:<action>:<submission_id>:<code>
    REJECT_REASON = "rr"
    CONFIRM_REJECT = "rc"
    EDIT_FIELD = "ef"
    ADD_EVENT = "ea"
    SET_STAGE = "sgs"
    # SubmissionItem: mod:<action>:<submission_id>:<event or file id>
    EVENT = "eo"
    EVENT_KINDS = "ekd"
    DELETE_EVENT = "edl"
    EVENT_DATE = "edd"
    PART_KINDS = "epa"
    FILE_PUBLIC = "fp"
    # SubmissionItemCode: mod:<action>:<submission_id>:<event id>:<code>
    SET_EVENT_KIND = "ekk"
    ADD_PART = "epk"
    # SubmissionItemIndex: mod:<action>:<submission_id>:<event or case id>:<position>
    PART = "ep"
    DELETE_PART = "epd"
    PART_VALUE = "epv"
    PICK_DIFFERENCE = "dp"
    # DuplicateOf: mod:<action>:<submission_id>:<case_id>
    PICK_DUPLICATE = "dm"
    CONFIRM_MERGE = "dc"


#: Actions on one submission: approve (and its confirming tap), the reject menu, type a reason,
#: back to the card, the duplicate menu, type a duplicate's number, the edit menu, show the
#: card, ask the submitter, the files, the events menu, the stage menu.
SUBMISSION_ACTIONS = frozenset(
    {
        ModAction.APPROVE,
        ModAction.CONFIRM_APPROVE,
        ModAction.REJECT,
        ModAction.TYPE_REASON,
        ModAction.BACK,
        ModAction.DUPLICATE,
        ModAction.TYPE_DUPLICATE,
        ModAction.EDIT,
        ModAction.SHOW,
        ModAction.ASK,
        ModAction.FILES,
        ModAction.EVENTS,
        ModAction.STAGES,
    }
)
#: Actions with a code: a reject reason, confirm a reason, edit a field, add an event of a kind,
#: set the stage.
SUBMISSION_CODE_ACTIONS = frozenset(
    {
        ModAction.REJECT_REASON,
        ModAction.CONFIRM_REJECT,
        ModAction.EDIT_FIELD,
        ModAction.ADD_EVENT,
        ModAction.SET_STAGE,
    }
)
#: Actions on one item of a submission's case (an event, a file): open an event, its kind
#: menu, delete it, type its date, add a sentence part; toggle a file's public flag.
ITEM_ACTIONS = frozenset(
    {
        ModAction.EVENT,
        ModAction.EVENT_KINDS,
        ModAction.DELETE_EVENT,
        ModAction.EVENT_DATE,
        ModAction.PART_KINDS,
        ModAction.FILE_PUBLIC,
    }
)
#: Actions on an item with a code: set an event's kind, add a sentence part of a kind.
ITEM_CODE_ACTIONS = frozenset({ModAction.SET_EVENT_KIND, ModAction.ADD_PART})
#: Actions on an item with a position: a sentence part's menu, delete it, type its value; pick
#: one side of a merge difference (the item is the target case).
ITEM_INDEX_ACTIONS = frozenset(
    {ModAction.PART, ModAction.DELETE_PART, ModAction.PART_VALUE, ModAction.PICK_DIFFERENCE}
)
MAX_POSITION = 99
#: The codes moderation buttons carry (reasons, fields, event and sentence kinds, stages): the
#: handlers check each against its own set.
_CODE = re.compile(r"[a-z_]{1,32}")
#: Actions with another case: pick it as the original, confirm.
DUPLICATE_ACTIONS = frozenset({ModAction.PICK_DUPLICATE, ModAction.CONFIRM_MERGE})


def _action(allowed: frozenset[ModAction]) -> Codec:
    """A moderation action of one kind's set."""
    return Codec(lambda text: ModAction(_token(text, allowed)))


@dataclass(frozen=True)
class ModerationAction(Callback):
    """Base of the `mod:<action>:<submission_id>...` kinds: ACTIONS are the actions the kind
    carries (no two kinds share one)."""

    PREFIX: ClassVar[str] = "mod"
    ACTIONS: ClassVar[frozenset[ModAction]] = frozenset()

    @classmethod
    def acting(cls, action: ModAction) -> Callable[[object], bool]:
        """A handler pattern: a button of this kind doing `action`."""
        if action not in cls.ACTIONS:
            raise ValueError(f"{cls.__name__} does not carry {action!r}")

        def matches(data: object) -> bool:
            button = cls.parse(data)
            return button is not None and getattr(button, "action", None) == action

        return matches


@dataclass(frozen=True)
class SubmissionAction(ModerationAction):
    """mod:<action>:<submission_id>"""

    ACTIONS: ClassVar[frozenset[ModAction]] = SUBMISSION_ACTIONS
    action: Annotated[ModAction, _action(SUBMISSION_ACTIONS)]
    submission_id: Annotated[int, Id()]


@dataclass(frozen=True)
class SubmissionCode(ModerationAction):
    """mod:<action>:<submission_id>:<code> — a reject reason, a field to edit, an event kind to
    add, a stage."""

    ACTIONS: ClassVar[frozenset[ModAction]] = SUBMISSION_CODE_ACTIONS
    action: Annotated[ModAction, _action(SUBMISSION_CODE_ACTIONS)]
    submission_id: Annotated[int, Id()]
    code: Annotated[str, Token(pattern=_CODE)]


#: The code of SubmissionCode(CONFIRM_REJECT, ...) confirming the reason the moderator typed
#: (kept in their draft) rather than one of the fixed reasons.
TYPED_REASON = "t"


@dataclass(frozen=True)
class DuplicateOf(ModerationAction):
    """mod:<dm|dc>:<submission_id>:<case_id> — mark a submission as a duplicate of a case."""

    ACTIONS: ClassVar[frozenset[ModAction]] = DUPLICATE_ACTIONS
    action: Annotated[ModAction, _action(DUPLICATE_ACTIONS)]
    submission_id: Annotated[int, Id()]
    case_id: Annotated[int, Id()]


@dataclass(frozen=True)
class SubmissionItem(ModerationAction):
    """mod:<action>:<submission_id>:<item_id> — an event or a file of the submission's case."""

    ACTIONS: ClassVar[frozenset[ModAction]] = ITEM_ACTIONS
    action: Annotated[ModAction, _action(ITEM_ACTIONS)]
    submission_id: Annotated[int, Id()]
    item_id: Annotated[int, Id()]


@dataclass(frozen=True)
class SubmissionItemCode(ModerationAction):
    """mod:<action>:<submission_id>:<item_id>:<code>"""

    ACTIONS: ClassVar[frozenset[ModAction]] = ITEM_CODE_ACTIONS
    action: Annotated[ModAction, _action(ITEM_CODE_ACTIONS)]
    submission_id: Annotated[int, Id()]
    item_id: Annotated[int, Id()]
    code: Annotated[str, Token(pattern=_CODE)]


@dataclass(frozen=True)
class SubmissionItemIndex(ModerationAction):
    """mod:<action>:<submission_id>:<item_id>:<position>"""

    ACTIONS: ClassVar[frozenset[ModAction]] = ITEM_INDEX_ACTIONS
    action: Annotated[ModAction, _action(ITEM_INDEX_ACTIONS)]
    submission_id: Annotated[int, Id()]
    item_id: Annotated[int, Id()]
    position: Annotated[int, Number(MAX_POSITION)]


#: The kinds of `mod:<action>:...` buttons.
ACTION_KINDS: tuple[type[ModerationAction], ...] = (
    SubmissionAction,
    SubmissionCode,
    DuplicateOf,
    SubmissionItem,
    SubmissionItemCode,
    SubmissionItemIndex,
)


def moderation_button(action: ModAction) -> Callable[[object], bool]:
    """A handler pattern: a `mod:` button doing `action`, parsed by the one kind carrying it."""
    [kind] = [kind for kind in ACTION_KINDS if action in kind.ACTIONS]
    return kind.acting(action)


@dataclass(frozen=True)
class FieldAnswer(Callback):
    """mod:efa:<submission_id>:<step>:<value> — a button of a report question asked by a
    moderator's Edit (the place: a region, a namesake `pick:<n>`, the regional centre, skip);
    `step` is the report step's string id, checked against the dialog's draft."""

    PREFIX: ClassVar[str] = "mod:efa"
    submission_id: int
    step: str
    value: str

    def fields(self) -> tuple[str, ...]:
        return (str(self.submission_id), self.step, self.value)

    @classmethod
    def from_fields(cls, fields: list[str]) -> Self:
        submission_id, step, *value = fields
        return cls(_id(submission_id), _token(step), _token(":".join(value), pattern=_ANSWER_VALUE))


@dataclass(frozen=True)
class QueuePage(Callback):
    """mod:q:<page> — a page of the moderation queue."""

    PREFIX: ClassVar[str] = "mod:q"
    page: Annotated[int, Number(MAX_OFFSET)]


@dataclass(frozen=True)
class RoleChange(Callback):
    """mod:role:add|rm:<telegram_id> — an admin makes or unmakes a moderator."""

    PREFIX: ClassVar[str] = "mod:role"
    add: Annotated[bool, Flag("add", "rm")]
    telegram_id: Annotated[int, Id(TELEGRAM_USER_ID_MAX)]


@dataclass(frozen=True)
class AnswerQuestion(Callback):
    """ans:<question_id> — the submitter's Reply under a relayed moderator question."""

    PREFIX: ClassVar[str] = "ans"
    question_id: Annotated[int, Id()]


# --- /event and /update (bot/handlers/timeline.py): one kind per question, its value typed ---


def _enum_codec(enum: type[StrEnum]) -> Codec:
    """A member of a string enum, written as its value (an unknown value is not valid)."""
    return Codec(lambda text: enum(_token(text)), lambda member: member.value)


@dataclass(frozen=True)
class TimelineKind(Callback):
    """tl:k:<event kind> — what happened (the dialog offers some kinds; the handler checks)."""

    PREFIX: ClassVar[str] = "tl:k"
    kind: Annotated[EventKind, _enum_codec(EventKind)]


@dataclass(frozen=True)
class TimelineOutcome(Callback):
    """tl:o:<appeal outcome> — what the appeal court decided."""

    PREFIX: ClassVar[str] = "tl:o"
    outcome: Annotated[AppealOutcome, _enum_codec(AppealOutcome)]


@dataclass(frozen=True)
class TimelineSentence(Callback):
    """tl:s:<sentence kind>|done — a sentence part to add (its value is typed next), or Done."""

    PREFIX: ClassVar[str] = "tl:s"
    #: None: Done.
    kind: SentenceKind | None

    def fields(self) -> tuple[str, ...]:
        return (self.kind.value if self.kind is not None else "done",)

    @classmethod
    def from_fields(cls, fields: list[str]) -> Self:
        [value] = fields
        return cls(None if value == "done" else SentenceKind(_token(value)))


#: The report's article buttons (bot/ui/labels.ARTICLES) and its "Other article".
TIMELINE_ARTICLES = frozenset({*ARTICLES_BY_KEY, "other"})


@dataclass(frozen=True)
class TimelineArticle(Callback):
    """tl:a:<article key>|other — the report's charge question's buttons, in /event."""

    PREFIX: ClassVar[str] = "tl:a"
    key: Annotated[str, Token(TIMELINE_ARTICLES)]


#: Every button of the /event and /update dialog.
TIMELINE_KINDS: tuple[type[Callback], ...] = (
    TimelineKind,
    TimelineOutcome,
    TimelineSentence,
    TimelineArticle,
)


def parse_timeline(data: object) -> Callback | None:
    """The /event or /update button `data` packs, or None."""
    return next((b for b in (k.parse(data) for k in TIMELINE_KINDS) if b is not None), None)


#: Every kind, for tests and for the fuzz test's forged presses.
ALL_KINDS: tuple[type[Callback], ...] = (
    OpenCase,
    SearchPage,
    RelatedCases,
    FollowCase,
    RemoveSubscription,
    SubscribeMenu,
    ChooseLanguage,
    PrivacyAck,
    ForgetChoice,
    EraseChat,
    StartReport,
    FindMenu,
    FollowMenu,
    LanguageMenu,
    ReportAnswer,
    *ACTION_KINDS,
    FieldAnswer,
    QueuePage,
    RoleChange,
    AnswerQuestion,
    *TIMELINE_KINDS,
)


def parse_any(data: object) -> Callback | None:
    """The first kind that parses `data` (for logs and tests)."""
    for kind in ALL_KINDS:
        button = kind.parse(data)
        if button is not None:
            return button
    return None


def namespace(*kinds: type[Callback]) -> Callable[[object], bool]:
    """A handler pattern for the last handler of a family of buttons: any data under the first
    part of these kinds' prefixes ("mod:...", "rep:..."), whether a kind parses it or not (so
    that forged data, or data of an old version, is answered rather than left unanswered)."""
    roots = tuple({kind.PREFIX.partition(":")[0] + ":" for kind in kinds})
    return lambda data: isinstance(data, str) and data.startswith(roots)
