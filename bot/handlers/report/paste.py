"""Paste a published report: the bot reads the cases in it and opens the usual review, filled in.

A person (or a moderator) pastes or forwards a report — a long text that reads like one, or any
text after /paste. The extractor (bot/extract) finds the cases; one case goes straight to the
review, several are offered to pick from (one draft at a time). The draft is the normal report
draft: the person checks every field, edits it with the usual buttons and submits through the
usual submit path. Nothing is submitted without that review. What the form has no place for
(a second charge, a release date) is listed so the person can tell the moderators.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from decimal import Decimal
from typing import Any

from telegram import Message, Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes, ConversationHandler, filters

from bot.extract import Record, extract_cases, looks_like_report
from bot.handlers import safety
from bot.handlers.report.draft import (
    MAX_LIST_ITEMS,
    TENGE,
    ActItem,
    InvalidAnswer,
    ReportDraft,
    SentenceItem,
    split_name,
)
from bot.handlers.report.flow import State, ask, load_report, private_only_text, save_report, tell
from bot.handlers.report.questions import Prompt
from bot.handlers.report.steps import STEPS, Step, StepBase, step
from bot.infra.context import Tx, transactional
from bot.infra.i18n import _
from bot.services.clock import local_day
from bot.ui.inputs import clean, column_limit, mask_foreign_digits, parse_int
from bot.ui.labels import charge_label
from bot.ui.render import esc, format_date
from bot.ui.textlimits import clip_plain
from db.models import (
    AppealOutcome,
    Case,
    CaseStage,
    Person,
    PersonAlias,
    PreventiveMeasure,
    SentenceKind,
    Source,
)

#: The longest text read (a forwarded post is at most 4,096 characters; a pasted file more).
MAX_PASTE = 20_000
#: Cases offered to pick from.
MAX_CASES = 10
#: Zero-width and direction-override characters: a pasted text may carry them, a name must not.
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


class ReportText(filters.MessageFilter):
    """A long text that reads like a published report (see bot.extract.looks_like_report)."""

    def filter(self, message: Message) -> bool:
        return looks_like_report(message.text or "")


REPORT_TEXT = ReportText(name="ReportText")


def _clean(value: Any, limit: Any) -> str | None:
    """Extracted text for the draft: control characters stripped (bot/ui/inputs), spaces collapsed,
    cut to `limit` (a model column, whose declared length is the limit, or a number)."""
    if value is None:
        return None
    text = " ".join(_INVISIBLE.sub(" ", clean(str(value))).split())
    size = limit if isinstance(limit, int) else column_limit(limit)
    return (text[:size] if size is not None else text) or None


def _name(value: Any) -> str | None:
    """The person's name, or None (asked at the review) when a part would not fit its column."""
    name = _clean(value, Person.name_as_entered)
    if name is None:
        return None
    columns = (Person.surname, Person.given_names, Person.patronymic)
    for part, column in zip(split_name(name), columns, strict=True):
        if part is not None and len(part) > (column_limit(column) or 0):
            return None
    return name


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _sentence(parts: list[Record]) -> list[SentenceItem]:
    return [
        SentenceItem(
            kind=SentenceKind(p["kind"]),
            term_months=p.get("term_months"),
            hours=p.get("hours"),
            amount=Decimal(p["amount"]) if p.get("amount") is not None else None,
            currency=TENGE if p.get("amount") is not None else None,
            amount_usd=Decimal(p["amount_usd"]) if p.get("amount_usd") is not None else None,
        )
        for p in parts
    ][:MAX_LIST_ITEMS]


def fill_draft(d: ReportDraft, record: Record) -> list[str]:
    """Put an extracted case into the draft; return what the form has no place for."""
    person = record["person"]
    d.stage = CaseStage(record["stage"])
    d.person_name = _name(person["name"])
    aliases = (_clean(s, PersonAlias.spelling) for s in person.get("aliases", [])[:10])
    d.aliases = [a for a in aliases if a]
    d.region = _clean(person.get("region"), Person.region)
    d.city = _clean(person.get("city"), Person.city)
    d.occupation = _clean(person.get("occupation"), Person.occupation)
    d.court = _clean(record.get("court"), Case.court)
    d.judge = _clean(record.get("judge"), Case.judge)
    d.prosecutor = _clean(record.get("prosecutor"), Case.prosecutor)
    left_out: list[str] = []
    charges = record.get("charges", [])
    if charges:
        first = charges[0]
        d.article, d.part, d.article_title = first["article"], first["part"], first.get("title")
        left_out += [charge_label(c["article"], c["part"], None) for c in charges[1:]]
    by_kind: dict[str, Record] = {}
    for event in record.get("events", []):
        by_kind.setdefault(event["kind"], event)
    detention, measure = by_kind.get("detention"), by_kind.get("preventive_measure")
    if detention:
        d.detention_date = _date(detention["date"])
    chosen_measure = (detention or {}).get("measure") or (measure or {}).get("measure")
    d.measure = PreventiveMeasure(chosen_measure) if chosen_measure else None
    if detention and measure and measure.get("date"):
        left_out.append(
            _("preventive measure from {date}").format(date=format_date(_date(measure["date"])))
        )
    if "trial" in by_kind:
        d.trial_date = _date(by_kind["trial"]["date"])
    if "verdict" in by_kind:
        d.verdict_date = _date(by_kind["verdict"]["date"])
        d.verdict_sentence = _sentence(by_kind["verdict"]["sentence"])
    if "appeal_ruling" in by_kind:
        appeal = by_kind["appeal_ruling"]
        d.appeal_date = _date(appeal["date"])
        outcome = appeal.get("appeal_outcome")
        d.appeal_outcome = AppealOutcome(outcome) if outcome else None
        d.appeal_sentence = _sentence(appeal["sentence"])
    if "release" in by_kind:
        left_out.append(
            _("release on {date}").format(date=format_date(_date(by_kind["release"]["date"])))
        )
    d.acts = [
        ActItem(description=text, act_date=_date(a.get("date")))
        for a in record.get("acts", [])[:MAX_LIST_ITEMS]
        if (text := _clean(a["description"], 2000))
    ]
    d.sources = [
        url
        for s in record.get("sources", [])[:MAX_LIST_ITEMS]
        if (url := _clean(s["url"], Source.url))
    ]
    d.from_paste = True
    return left_out


def _case_title(record: Record) -> str:
    person = record["person"]
    dates = [e["date"] for e in record.get("events", []) if e.get("date")]
    when = f" ({format_date(_date(max(dates)))})" if dates else ""
    return f"{person['name']}{when}"


@step(Step.PICK_PASTED)
class PickPasted(StepBase):
    """Several cases were found in a pasted report: asks which one to review now."""

    def applies(self, d: ReportDraft) -> bool:
        return False  # reached only from a pasted report

    def prompt(self, d: ReportDraft) -> Prompt:
        text = _(
            "I found {count} cases in this text. Which one do you want to check and send now? "
            "You can paste the text again for the others."
        ).format(count=len(d.pasted))
        return Prompt(
            text,
            [
                [(clip_plain(_case_title(r), 60), str(i))]
                for i, r in enumerate(d.pasted[:MAX_CASES])
            ],
        )

    def choice(self, d: ReportDraft, value: str) -> Step | None:
        # The index comes from untrusted callback data: ASCII digits within the offered cases.
        index = parse_int(value, maximum=min(len(d.pasted), MAX_CASES) - 1)
        if index is None:
            raise InvalidAnswer(_("That button is not available here."))
        record = d.pasted[index]
        d.pasted = []
        fill_draft(d, record)
        return Step.REVIEW


@step(Step.PASTE)
class AskPaste(StepBase):
    """After /paste: asks for the text of the report."""

    def applies(self, d: ReportDraft) -> bool:
        return False  # reached only by /paste

    def prompt(self, d: ReportDraft) -> Prompt:
        return Prompt(
            _(
                "Paste or forward the text of a published report. I will read the cases in it "
                "and fill in the report for you to check before it is sent."
            )
        )


@transactional
async def paste_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> State:
    """/paste: take the report text that follows the command, or ask for it."""
    chat = update.effective_chat
    message = update.effective_message
    if chat is None or message is None:
        return ConversationHandler.END
    if chat.type != ChatType.PRIVATE:
        tell(tx, update, private_only_text())
        return ConversationHandler.END
    text = (message.text or "").partition(" ")[2].strip()
    if text:
        return await read_pasted(update, context, tx, text)
    d = await load_report(tx)
    if d is not None and d.step is not None:
        return _unfinished(tx, update, d)
    d = ReportDraft(step=Step.PASTE)
    await save_report(tx, d)
    if await safety.privacy_gate(update, context, tx) is None:
        return ConversationHandler.END  # the notice's button comes back to this question
    return await ask(tx, update, d, Step.PASTE)


@transactional
async def pasted_text(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> State:
    """A pasted or forwarded report (a long report-like text, or any text after /paste)."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None or chat.type != ChatType.PRIVATE:
        return ConversationHandler.END
    return await read_pasted(update, context, tx, message.text or "")


def _unfinished(tx: Tx, update: Update, d: ReportDraft) -> State:
    tell(
        tx,
        update,
        _(
            "You have an unfinished report ({name}). Send /report to continue or discard it, "
            "then send the text again."
        ).format(name=esc(d.person_name or "…", 100)),
    )
    return ConversationHandler.END


async def read_pasted(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx, text: str
) -> State:
    chat = update.effective_chat
    assert chat is not None
    d = await load_report(tx)
    if d is not None and d.step not in (None, Step.PASTE):
        return _unfinished(tx, update, d)
    if not await safety.may_start_report(tx):
        tell(tx, update, safety.submission_limit_text(tx))
        return ConversationHandler.END
    # Untrusted text: control characters stripped and digits other than 0-9 masked (bot/ui/inputs)
    # before the extractor reads it.
    # (the day the message was sent dates a post that writes its dates with no year)
    # In a worker thread: the extraction is pure CPU work (0.6 s for a hostile 4,096-character
    # message), and on the event loop it would stall every other chat for that long.
    message = update.effective_message
    records = await asyncio.to_thread(
        extract_cases,
        mask_foreign_digits(clean(text[:MAX_PASTE], multiline=True)),
        today=local_day(message.date) if message is not None else None,
    )
    fresh = ReportDraft(message_ids=d.message_ids if d is not None else [])
    if not records:
        nothing = _("I could not find a case in this text. Send /report to enter it step by step.")
        if d is not None:  # waiting after /paste: ask again
            return await ask(tx, update, d, Step.PASTE, nothing)
        tell(tx, update, nothing)
        return ConversationHandler.END
    notice: str | None = None
    if len(records) == 1:
        left_out = fill_draft(fresh, records[0])
        fresh.step = Step.REVIEW
        if left_out:
            notice = _("Also in the text, but the form has no place for it: {items}.").format(
                items=esc("; ".join(left_out), 600)
            )
    else:
        fresh.pasted = records[:MAX_CASES]
        fresh.step = Step.PICK_PASTED
    await save_report(tx, fresh)
    if await safety.privacy_gate(update, context, tx) is None:
        # The notice's button opens this draft ("continue") once it is acknowledged.
        return ConversationHandler.END
    return await ask(tx, update, fresh, Step(fresh.step), notice)


__all__ = ["REPORT_TEXT", "STEPS", "fill_draft", "paste_command", "pasted_text"]
