"""SQLAlchemy models of CaseWatch.

Every fact of a human-rights report is a field or a row: the person and the spellings of their
name, charges, alleged acts, sources, a timeline of events each with its own sentence parts, and
the submission that brought it in. No Telegram id is stored in clear: users are found by an HMAC
of their id (`tg_hash`), and a chat id the bot must write to later is kept encrypted (`chat_enc`).
"""

from __future__ import annotations

import datetime as dt
import enum
import secrets
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    false,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def str_enum(enum_cls: type[enum.StrEnum]) -> Enum:
    """Store an enum as its value in a VARCHAR: portable and cheap to extend by migration."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
    )


Timestamp = DateTime(timezone=True)


class Role(enum.StrEnum):
    USER = "user"
    MODERATOR = "moderator"
    ADMIN = "admin"


class CaseStage(enum.StrEnum):
    """How far the prosecution has gone, as the reporter knows it."""

    DETAINED = "detained"
    CHARGED = "charged"
    ON_TRIAL = "on_trial"
    SENTENCED = "sentenced"
    APPEALED = "appealed"


class Publication(enum.StrEnum):
    """Whether a case may be shown to the public. Only APPROVED ever is."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    MERGED = "merged"


class EventKind(enum.StrEnum):
    DETENTION = "detention"
    CHARGE = "charge"
    PREVENTIVE_MEASURE = "preventive_measure"
    TRIAL = "trial"
    HEARING = "hearing"
    VERDICT = "verdict"
    APPEAL_RULING = "appeal_ruling"
    RELEASE = "release"


class PreventiveMeasure(enum.StrEnum):
    CUSTODY = "custody"
    HOUSE_ARREST = "house_arrest"
    TRAVEL_BAN = "travel_ban"
    OTHER = "other"


class AppealOutcome(enum.StrEnum):
    UPHELD = "upheld"
    REDUCED = "reduced"
    INCREASED = "increased"
    OVERTURNED = "overturned"
    SENT_BACK = "sent_back"


class SentenceKind(enum.StrEnum):
    IMPRISONMENT = "imprisonment"
    RESTRICTION_OF_LIBERTY = "restriction_of_liberty"
    BAN_SOCIAL_ACTIVITY = "ban_social_activity"
    BAN_SOCIAL_NETWORKS = "ban_social_networks"
    COMMUNITY_SERVICE = "community_service"
    COURT_FEES = "court_fees"
    FORENSIC_FEE = "forensic_fee"
    VICTIMS_FUND = "victims_fund"
    FINE = "fine"

    @property
    def measure(self) -> str:
        """What the quantity of this kind is: a term in months, hours, or money."""
        if self is SentenceKind.COMMUNITY_SERVICE:
            return "hours"
        if self in (
            SentenceKind.COURT_FEES,
            SentenceKind.FORENSIC_FEE,
            SentenceKind.VICTIMS_FUND,
            SentenceKind.FINE,
        ):
            return "money"
        return "term"


class SubmissionStatus(enum.StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    CHANGES_REQUESTED = "changes_requested"


class AttachmentKind(enum.StrEnum):
    PHOTO = "photo"
    DOCUMENT = "document"


def new_pseudonym_salt() -> str:
    return secrets.token_hex(16)


class User(Base):
    """A person who talked to the bot, known only by a keyed hash of their Telegram id."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    tg_hash: Mapped[str] = mapped_column(String(64), unique=True)
    #: Encrypted private chat id; NULL when the bot never needs to write back (anonymous).
    chat_enc: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8), default="en")
    role: Mapped[Role] = mapped_column(str_enum(Role), default=Role.USER)
    created_at: Mapped[dt.datetime] = mapped_column(Timestamp, default=utcnow)
    #: When the user acknowledged the privacy notice (shown before their first report).
    privacy_ack_at: Mapped[dt.datetime | None] = mapped_column(Timestamp)
    #: Random per user row: moderators' pseudonym of this reporter derives from it (not from
    #: tg_hash), so after /forget (a new row, a new salt) old and new reports cannot be linked.
    pseudonym_salt: Mapped[str] = mapped_column(String(32), default=new_pseudonym_salt)
    #: A command sent without its argument ("/city"): the user's next private message gives it
    #: (bot/handlers/guidance.py). Kept in the database so a restart does not lose the question.
    awaiting_command: Mapped[str | None] = mapped_column(String(16))

    submissions: Mapped[list[Submission]] = relationship(back_populates="submitter")


class Person(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_as_entered: Mapped[str] = mapped_column(String(300))
    surname: Mapped[str | None] = mapped_column(String(150))
    given_names: Mapped[str | None] = mapped_column(String(200))
    patronymic: Mapped[str | None] = mapped_column(String(150))
    city: Mapped[str | None] = mapped_column(String(150))
    #: Region code from bot.places (e.g. "zhambyl") or free text.
    region: Mapped[str | None] = mapped_column(String(150))
    #: Who they are: civil activist, journalist, former political prisoner...
    occupation: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[dt.datetime] = mapped_column(Timestamp, default=utcnow)

    aliases: Mapped[list[PersonAlias]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="PersonAlias.id"
    )
    cases: Mapped[list[Case]] = relationship(back_populates="person")


class PersonAlias(Base):
    """Another spelling of a person's name (Yerkin for Yerkyn, Cyrillic, ...)."""

    __tablename__ = "person_aliases"
    __table_args__ = (UniqueConstraint("person_id", "spelling"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    spelling: Mapped[str] = mapped_column(String(300))

    person: Mapped[Person] = relationship(back_populates="aliases")


class Case(Base):
    """One prosecution of one person. Public only when `publication` is APPROVED."""

    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_publication_updated", "publication", "updated_at"),
        #: Whether a case is public, from a small index: a name lookup filters up to a
        #: thousand candidate ids (a common name) without reading each case's row.
        Index("ix_cases_id_publication", "id", "publication"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    stage: Mapped[CaseStage] = mapped_column(str_enum(CaseStage))
    publication: Mapped[Publication] = mapped_column(
        str_enum(Publication), default=Publication.PENDING
    )
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    court: Mapped[str | None] = mapped_column(String(300))
    judge: Mapped[str | None] = mapped_column(String(200))
    prosecutor: Mapped[str | None] = mapped_column(String(200))
    #: A moderator's or reporter's summary, beyond the structured acts.
    summary: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(Timestamp, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(Timestamp, default=utcnow, onupdate=utcnow)
    approved_at: Mapped[dt.datetime | None] = mapped_column(Timestamp)

    person: Mapped[Person] = relationship(back_populates="cases")
    charges: Mapped[list[Charge]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Charge.position"
    )
    acts: Mapped[list[AllegedAct]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="AllegedAct.position"
    )
    sources: Mapped[list[Source]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Source.id"
    )
    events: Mapped[list[Event]] = relationship(
        back_populates="case",
        cascade="all, delete-orphan",
        order_by="(Event.event_date, Event.id)",
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Attachment.id"
    )
    submissions: Mapped[list[Submission]] = relationship(back_populates="case")


class Charge(Base):
    """A Criminal Code article (and part) the person is charged under."""

    __tablename__ = "charges"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    article: Mapped[str] = mapped_column(String(20), index=True)
    part: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(String(500))
    position: Mapped[int] = mapped_column(Integer, default=0)

    case: Mapped[Case] = relationship(back_populates="charges")


class AllegedAct(Base):
    """One thing the person is accused of (a protest, a post, a photo), dated where known."""

    __tablename__ = "alleged_acts"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(Text)
    act_date: Mapped[dt.date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)

    case: Mapped[Case] = relationship(back_populates="acts")


class Source(Base):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(String(2000))
    title: Mapped[str | None] = mapped_column(String(500))

    case: Mapped[Case] = relationship(back_populates="sources")


class Event(Base):
    """A dated step of the prosecution; a verdict or appeal ruling carries its own sentence."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[EventKind] = mapped_column(str_enum(EventKind))
    event_date: Mapped[dt.date | None] = mapped_column(Date)
    #: True for what is announced but has not happened yet (a hearing, an appeal).
    scheduled: Mapped[bool] = mapped_column(default=False)
    court: Mapped[str | None] = mapped_column(String(300))
    judge: Mapped[str | None] = mapped_column(String(200))
    prosecutor: Mapped[str | None] = mapped_column(String(200))
    measure: Mapped[PreventiveMeasure | None] = mapped_column(str_enum(PreventiveMeasure))
    #: Where the person is held (pre-trial detention centre, colony...).
    place_held: Mapped[str | None] = mapped_column(String(300))
    appeal_outcome: Mapped[AppealOutcome | None] = mapped_column(str_enum(AppealOutcome))
    outcome: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(Timestamp, default=utcnow)

    case: Mapped[Case] = relationship(back_populates="events")
    sentence: Mapped[list[SentencePart]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="SentencePart.position"
    )


class SentencePart(Base):
    """One component of a sentence: a term, hours of community service, or a payment."""

    __tablename__ = "sentence_parts"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    kind: Mapped[SentenceKind] = mapped_column(str_enum(SentenceKind))
    term_months: Mapped[int | None] = mapped_column(Integer)
    hours: Mapped[int | None] = mapped_column(Integer)
    amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    currency: Mapped[str | None] = mapped_column(String(3))
    #: The dollar figure the report gave beside the tenge amount («27780 тенге ($65)»), as
    #: reported: never converted or checked, shown as "≈ $65 as reported".
    amount_usd: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    position: Mapped[int] = mapped_column(Integer, default=0)

    event: Mapped[Event] = relationship(back_populates="sentence")


class Attachment(Base):
    """A photo or document (court papers), kept by Telegram file_id, never downloaded."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[AttachmentKind] = mapped_column(str_enum(AttachmentKind))
    file_id: Mapped[str] = mapped_column(String(300))
    file_unique_id: Mapped[str] = mapped_column(String(100))
    file_name: Mapped[str | None] = mapped_column(String(300))
    mime_type: Mapped[str | None] = mapped_column(String(100))
    #: A moderator decided this file may be shown publicly (court papers can name people who
    #: must stay hidden): no until someone says yes.
    public: Mapped[bool] = mapped_column(default=False, server_default=false())

    case: Mapped[Case] = relationship(back_populates="attachments")

    @classmethod
    def copy_of(cls, other: Any) -> Attachment:
        """A new row for the same Telegram file (from a draft item or another case's row)."""
        return cls(
            kind=other.kind,
            file_id=other.file_id,
            file_unique_id=other.file_unique_id,
            file_name=other.file_name,
            mime_type=other.mime_type,
        )


class Submission(Base):
    """A report waiting for, or past, moderation. `reference` is what the reporter is given."""

    __tablename__ = "submissions"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(16), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    #: NULL for anonymous reports and after the reporter asked to be forgotten.
    submitter_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[SubmissionStatus] = mapped_column(
        str_enum(SubmissionStatus), default=SubmissionStatus.PENDING, index=True
    )
    decision_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(Timestamp, default=utcnow)
    decided_at: Mapped[dt.datetime | None] = mapped_column(Timestamp)

    case: Mapped[Case] = relationship(back_populates="submissions")
    submitter: Mapped[User | None] = relationship(back_populates="submissions")


class Draft(Base):
    """A report being written, saved after every answer so it survives restarts."""

    __tablename__ = "drafts"
    __table_args__ = (UniqueConstraint("user_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32), default="report")
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[dt.datetime] = mapped_column(
        Timestamp, default=utcnow, onupdate=utcnow, server_default=func.now()
    )


class ConversationState(Base):
    """PTB conversation states, keyed by an HMAC of the (chat, user) key, the key encrypted."""

    __tablename__ = "conversation_states"
    __table_args__ = (UniqueConstraint("name", "key_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    key_hash: Mapped[str] = mapped_column(String(64))
    key_enc: Mapped[str] = mapped_column(Text)
    state: Mapped[Any] = mapped_column(JSON)


# --- Moderation (issue 3) ---------------------------------------------------------------------


class AuditEntry(Base):
    """One moderation action: who (users.id, never a Telegram id), when, and what (JSON)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    #: approve, reject, edit, merge, role, event, question, answer, update_proposed...
    action: Mapped[str] = mapped_column(String(32))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    submission_id: Mapped[int | None] = mapped_column(ForeignKey("submissions.id"), index=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(Timestamp, default=utcnow)


class ModerationCard(Base):
    """One copy of a submission's card sent to a moderation chat, so that a decision closes
    every copy (the group's, or each moderator's private one). The chat id is encrypted like
    every other chat id the bot keeps."""

    __tablename__ = "moderation_cards"

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submissions.id", ondelete="CASCADE"), index=True
    )
    chat_enc: Mapped[str] = mapped_column(Text)
    message_id: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(Timestamp, default=utcnow)


class EditLock(Base):
    """While a moderator edits a submission, others see it is taken; expires by itself."""

    __tablename__ = "edit_locks"

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submissions.id", ondelete="CASCADE"), unique=True
    )
    moderator_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    expires_at: Mapped[dt.datetime] = mapped_column(Timestamp)


class ThreadMessage(Base):
    """A moderator's question about a submission, or the submitter's answer, relayed by the bot
    so that neither side learns who the other is."""

    __tablename__ = "moderation_threads"

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submissions.id", ondelete="CASCADE"), index=True
    )
    #: "question" (moderator → submitter) or "answer" (submitter → moderators).
    kind: Mapped[str] = mapped_column(String(16))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    #: Id of the relayed question in the submitter's chat, to recognise a reply to it.
    relayed_message_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(Timestamp, default=utcnow)


class CaseUpdateProposal(Base):
    """A submission whose (pending) case is an update to an existing case: approving it merges
    the proposed facts into `target_case_id`."""

    __tablename__ = "case_update_proposals"

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submissions.id", ondelete="CASCADE"), unique=True
    )
    target_case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)


class PublishedEvent(Base):
    """A verdict or appeal ruling that became public, recorded once (consumed by alerts)."""

    __tablename__ = "published_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    published_at: Mapped[dt.datetime] = mapped_column(Timestamp, default=utcnow)


# --- Reporter safety (issue 8) ----------------------------------------------------------------


class FloodCounter(Base):
    """How many actions of one kind a user took in the current 24-hour window (flood control).

    One row per user and kind, updated in place: no row per action, so neither ids nor
    timestamps line up with the (possibly anonymous) submissions they counted. The window start
    is rounded down to the hour for the same reason.
    """

    __tablename__ = "flood_counters"
    __table_args__ = (UniqueConstraint("user_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    window_start: Mapped[dt.datetime] = mapped_column(Timestamp)
    count: Mapped[int] = mapped_column(Integer, default=0)


class ErasableChat(Base):
    """The message ids of a just-submitted report conversation, for "Erase our chat".

    Encrypted (chat id and message ids), never linked to the submission, and forgotten after
    erasing or once Telegram would refuse the deletion anyway (48 hours).
    """

    __tablename__ = "erasable_chats"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), unique=True)
    payload_enc: Mapped[str] = mapped_column(Text)
    expires_at: Mapped[dt.datetime] = mapped_column(Timestamp, index=True)


# --- Export and import (issue 7) ---------------------------------------------------------------


class CaseExternalId(Base):
    """The stable id of a case in the JSON exchange format (`casewatch export` / `import`).

    Given on first export (a random UUID) or taken from the imported record, so exporting and
    importing the same data again matches existing cases instead of duplicating them. Kept in its
    own table so the exchange format never constrains the case model.
    """

    __tablename__ = "case_external_ids"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), unique=True)
    external_id: Mapped[str] = mapped_column(String(128), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(Timestamp, default=utcnow)


# --- Subscriptions and alerts (issue 5) -------------------------------------------------------


class SubscriptionKind(enum.StrEnum):
    """What a subscriber follows: every verdict, a region, a city, an article, or one case."""

    ALL = "all"
    REGION = "region"
    CITY = "city"
    ARTICLE = "article"
    CASE = "case"


class Subscription(Base):
    """One rule of one subscriber. `value` is the region code, the city (lower case), the
    article number, the case id, or "" for everything. A user blocked the bot: inactive."""

    __tablename__ = "subscriptions"
    __table_args__ = (
        UniqueConstraint("user_id", "kind", "value"),
        Index("ix_subscriptions_kind_value", "kind", "value"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[SubscriptionKind] = mapped_column(str_enum(SubscriptionKind))
    value: Mapped[str] = mapped_column(String(150), default="")
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), index=True
    )
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(Timestamp, default=utcnow)


class AlertKind(enum.StrEnum):
    VERDICT = "verdict"
    APPEAL_RULING = "appeal_ruling"
    #: Reminders to followers of a case: a hearing tomorrow, a restriction or ban ending.
    HEARING_TOMORROW = "hearing_tomorrow"
    TERM_ENDS = "term_ends"
    #: A message the bot owes one person beyond its immediate reply (a reporter's confirmation
    #: with the reference...), rendered in their language in the transaction that owes it.
    NOTICE = "notice"


class OutboxStatus(enum.StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"


class AlertOutbox(Base):
    """One message to one person, written in the transaction that made it due and delivered
    by the worker. Nothing of it lives only in memory. Alerts are rendered when sent, to the
    user's `chat_enc`; a notice carries its rendered `payload` and its own encrypted chat (the
    person may keep no chat id, e.g. an anonymous reporter), both wiped once it is sent or
    has failed."""

    __tablename__ = "alert_outbox"
    __table_args__ = (
        UniqueConstraint("event_id", "user_id"),
        UniqueConstraint("reminder_key", "user_id"),
        Index("ix_alert_outbox_status_next_attempt_at", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[AlertKind] = mapped_column(str_enum(AlertKind))
    #: The case an alert or notice is about; NULL for a notice about none (a person's new role).
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), index=True
    )
    #: The verdict or appeal ruling announced (NULL for reminders).
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    #: What a reminder is about, e.g. "hearing:17:2026-03-02" (NULL for verdict alerts).
    reminder_key: Mapped[str | None] = mapped_column(String(100))
    #: Reminders: the event they refer to and the date (hearing date, end of the term).
    subject_event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE")
    )
    subject_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[OutboxStatus] = mapped_column(
        str_enum(OutboxStatus), default=OutboxStatus.PENDING
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(Timestamp, default=utcnow)
    claimed_at: Mapped[dt.datetime | None] = mapped_column(Timestamp)
    sent_at: Mapped[dt.datetime | None] = mapped_column(Timestamp)
    last_error: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(Timestamp, default=utcnow)
    #: Notices: the chat to write to (encrypted) and the message (text, keyboard, protection).
    chat_enc: Mapped[str | None] = mapped_column(Text)
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON)


# --- Lookup (issue 4) ----------------------------------------------------------------------------


class SearchKey(Base):
    """A folded lookup key of a case (db.names): a word or pair of words of the person's name,
    the place, an article, a judge's or prosecutor's name. Maintained by db.search.index_case;
    only the B-tree of the primary key is searched, so exact and 'IN' lookups stay fast at
    millions of rows on SQLite and PostgreSQL alike."""

    __tablename__ = "search_keys"
    #: (case_id, kind, key): re-indexing deletes by case, and a lookup reads the role and
    #: ending keys of each candidate case from this index alone (an index-only scan on
    #: PostgreSQL; on SQLite a WITHOUT ROWID table's index carries the key columns anyway).
    __table_args__ = (
        Index("ix_search_keys_case_kind_key", "case_id", "kind", "key"),
        {"sqlite_with_rowid": False},
    )

    #: db.search.Kind: n/N name word/pair, c place, a article, j/J judge, r/R prosecutor.
    kind: Mapped[str] = mapped_column(String(1), primary_key=True)
    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )


class SearchTerm(Base):
    """The deletion neighbourhood of every distinct name word ever indexed: `variant` is the
    word or the word less one letter, `term` the word. Two words within one typo share a
    variant, so a typo is found with one indexed 'IN' look-up over a small vocabulary."""

    __tablename__ = "search_terms"
    __table_args__ = ({"sqlite_with_rowid": False},)

    kind: Mapped[str] = mapped_column(String(1), primary_key=True)
    variant: Mapped[str] = mapped_column(String(120), primary_key=True)
    term: Mapped[str] = mapped_column(String(120), primary_key=True)
