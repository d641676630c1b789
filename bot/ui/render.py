"""Rendering of drafts and case cards as Telegram HTML. The one place cards are built.

Every value that came from a user passes through `esc` (HTML-escaped and clipped). Cards are
re-rendered with tighter clipping until they fit Telegram's 4,096-character limit.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Protocol

from babel.dates import format_date as babel_format_date
from babel.numbers import format_decimal

from bot.handlers.report.draft import ReportDraft
from bot.infra.i18n import _, current_language, ngettext
from bot.ui.labels import (
    APPEAL_OUTCOMES,
    EVENTS,
    MEASURES,
    SENTENCE_KINDS,
    STAGES,
    charge_label,
    city_label,
    occupation_label,
    region_label,
)
from bot.ui.textlimits import MESSAGE_LIMIT, shorten_html, visible_length
from db.cards import CardEvent, CaseCard
from db.models import Case, CaseStage, Event, SentenceKind

TELEGRAM_LIMIT = MESSAGE_LIMIT
_CLIPS = (400, 160, 80, 40)


def esc(value: object, clip: int = 400) -> str:
    """HTML-escape user text, clipped to `clip` characters."""
    text = str(value)
    if len(text) > clip:
        text = text[: clip - 1].rstrip() + "…"
    return html.escape(text, quote=False)


#: Date patterns where CLDR's differs from common usage: CLDR's Kazakh long date is
#: "2021 ж. 10 қыркүйек"; Kazakh media and letters write "10 қыркүйек 2021 ж.".
_DATE_PATTERNS = {"kk": "d MMMM y 'ж'."}


def format_date(value: dt.date | None) -> str:
    """'September 10, 2021', '10 сентября 2021 г.', '10 қыркүйек 2021 ж.'."""
    if value is None:
        return _("date unknown")
    language = current_language()
    text = babel_format_date(value, format=_DATE_PATTERNS.get(language, "long"), locale=language)
    # CLDR puts a narrow no-break space before "г."; some fonts lack it: use a no-break space.
    return text.replace("\u202f", "\u00a0")


def format_term(months: int) -> str:
    years, rest = divmod(months, 12)
    parts = []
    if years:
        parts.append(ngettext("{n} year", "{n} years", years).format(n=years))
    if rest:
        parts.append(ngettext("{n} month", "{n} months", rest).format(n=rest))
    return " ".join(parts)


def format_money(amount: Decimal, currency: str | None = "KZT") -> str:
    number = format_decimal(amount, locale=current_language(), format="#,##0.##")
    return f"{number} ₸" if currency in (None, "KZT") else f"{number} {currency}"


class SentenceLike(Protocol):
    kind: SentenceKind
    term_months: int | None
    hours: int | None
    amount: Decimal | None
    currency: str | None
    amount_usd: Decimal | None


def format_dollars(amount: Decimal) -> str:
    """'$65', '$1,200' (grouped as the reader's language groups thousands)."""
    return "$" + format_decimal(amount, locale=current_language(), format="#,##0.##")


def sentence_line(part: SentenceLike) -> str:
    """'Restriction of liberty: 1 year' — plain text, no user input involved."""
    label = _(SENTENCE_KINDS[part.kind])
    if part.term_months:
        return f"{label}: {format_term(part.term_months)}"
    if part.hours:
        return f"{label}: " + ngettext("{n} hour", "{n} hours", part.hours).format(n=part.hours)
    if part.amount is not None:
        money = format_money(part.amount, part.currency)
        if part.amount_usd is not None:
            # Kept as the report gave it: not a conversion, so it says where it comes from.
            money += " " + _("(≈ {dollars} as reported)").format(
                dollars=format_dollars(part.amount_usd)
            )
        return f"{label}: {money}"
    return label


def fit(render: Callable[[int], str], reserve: int = 0) -> str:
    """Render with decreasing clip lengths until the visible text fits one message (leaving
    `reserve` for a header the caller adds), counted in UTF-16 units as Telegram counts; if even
    the tightest clip is too long (dozens of emoji-heavy fields), shorten at a tag boundary."""
    text = ""
    for clip in _CLIPS:
        text = render(clip)
        if visible_length(text) + reserve <= TELEGRAM_LIMIT:
            return text
    return shorten_html(text, TELEGRAM_LIMIT - reserve)


def _line(label: str, value: str | None) -> str | None:
    return f"<b>{label}:</b> {value}" if value else None


def _join(lines: Iterable[str | None]) -> str:
    return "\n".join(line for line in lines if line is not None)


def _place(city: str | None, region: str | None, clip: int) -> str | None:
    shown_city = city_label(city, region) if city else ""
    parts = [esc(shown_city, clip)] if city else []
    if region and region_label(region) != shown_city:
        parts.append(esc(region_label(region), clip))
    return ", ".join(parts) or None


def render_draft(draft: ReportDraft) -> str:
    """The final review of a report before it is submitted."""
    return fit(lambda clip: _render_draft(draft, clip))


def _render_draft(d: ReportDraft, clip: int) -> str:
    def val(value: object) -> str | None:
        return esc(value, clip) if value not in (None, "", []) else None

    charge = charge_label(d.article, d.part, d.article_title) if d.article else None
    lines: list[str | None] = [
        "<b>" + _("Please check your report") + "</b>",
        "",
        _line(_("Stage"), _(STAGES[d.stage]) if d.stage else None),
        _line(_("Name"), val(d.person_name)),
        _line(_("Other spellings"), val(", ".join(d.aliases))),
        _line(_("Place"), _place(d.city, d.region, clip)),
        _line(_("Who they are"), val(occupation_label(d.occupation) if d.occupation else None)),
        _line(_("Charge"), esc(charge, clip) if charge else None),
        _line(_("Detained on"), format_date(d.detention_date) if d.detention_date else None),
        _line(_("Preventive measure"), _(MEASURES[d.measure]) if d.measure else None),
        _line(_("Held at"), val(d.place_held)),
        _line(_("Court"), val(d.court)),
        _line(_("Judge"), val(d.judge)),
        _line(_("Prosecutor"), val(d.prosecutor)),
        _line(_("Trial began"), format_date(d.trial_date) if d.trial_date else None),
        _line(_("Next hearing"), format_date(d.hearing_date) if d.hearing_date else None),
        _line(_("Verdict"), format_date(d.verdict_date) if d.verdict_date else None),
    ]
    lines += [f"  • {sentence_line(p)}" for p in d.verdict_sentence]
    if d.stage is CaseStage.SENTENCED:
        lines.append(
            _line(_("Appeal hearing"), format_date(d.appeal_date) if d.appeal_date else None)
        )
    if d.stage is CaseStage.APPEALED:
        lines.append(
            _line(_("Appeal ruling"), format_date(d.appeal_date) if d.appeal_date else None)
        )
        lines.append(_line(_("Appeal court"), val(d.appeal_court)))
        lines.append(
            _line(_("Outcome"), _(APPEAL_OUTCOMES[d.appeal_outcome]) if d.appeal_outcome else None)
        )
        lines += [f"  • {sentence_line(p)}" for p in d.appeal_sentence]
    if d.acts:
        lines.append("<b>" + _("Accused of") + ":</b>")
        lines += [f"  • {_act(a.description, a.act_date, clip)}" for a in d.acts]
    if d.sources:
        lines.append("<b>" + _("Sources") + ":</b>")
        lines += [f"  • {esc(u, clip)}" for u in d.sources]
    if d.attachments:
        lines.append(_line(_("Attachments"), str(len(d.attachments))))
    return _join(lines)


def _act(description: str, date: dt.date | None, clip: int) -> str:
    text = esc(description, clip)
    return f"{format_date(date)}: {text}" if date else text


def render_event(event: Event | CardEvent, clip: int = 400) -> str:
    head = f"<b>{format_date(event.event_date)}</b> — {_(EVENTS[event.kind])}"
    if event.scheduled:
        head += " (" + _("scheduled") + ")"
    lines: list[str | None] = [head]
    if event.court:
        lines.append("  " + esc(event.court, clip))
    if event.judge:
        lines.append("  " + _("Judge") + ": " + esc(event.judge, clip))
    if event.measure:
        lines.append("  " + _(MEASURES[event.measure]))
    if event.place_held:
        lines.append("  " + _("Held at") + ": " + esc(event.place_held, clip))
    if event.appeal_outcome:
        lines.append("  " + _(APPEAL_OUTCOMES[event.appeal_outcome]))
    if event.outcome:
        lines.append("  " + esc(event.outcome, clip))
    lines += [f"  • {sentence_line(p)}" for p in event.sentence]
    return _join(lines)


def render_case_card(
    case: Case | CaseCard, *, reference: str | None = None, reserve: int = 0
) -> str:
    """The case card: person, place, charges, timeline with sentences, acts, sources. A
    `CaseCard` (db.cards: read as plain rows) renders exactly as its case loaded in full."""
    return fit(lambda clip: _render_case(case, reference, clip), reserve)


def _render_case(case: Case | CaseCard, reference: str | None, clip: int) -> str:
    person = case.person
    names = esc(person.name_as_entered, clip)
    lines: list[str | None] = [f"<b>{names}</b>"]
    if person.aliases:
        lines.append("<i>" + esc(", ".join(a.spelling for a in person.aliases), clip) + "</i>")
    lines += [
        _line(_("Place"), _place(person.city, person.region, clip)),
        _line(
            _("Who they are"),
            esc(occupation_label(person.occupation), clip) if person.occupation else None,
        ),
        _line(_("Stage"), _(STAGES[case.stage])),
    ]
    for charge in case.charges:
        lines.append(
            _line(_("Charge"), esc(charge_label(charge.article, charge.part, charge.title), clip))
        )
    lines += [
        _line(_("Court"), esc(case.court, clip) if case.court else None),
        _line(_("Judge"), esc(case.judge, clip) if case.judge else None),
        _line(_("Prosecutor"), esc(case.prosecutor, clip) if case.prosecutor else None),
    ]
    if case.events:
        lines += ["", "<b>" + _("Timeline") + "</b>"]
        lines += [render_event(e, clip) for e in case.events]
    if case.acts:
        lines += ["", "<b>" + _("Accused of") + "</b>"]
        lines += [f"  • {_act(a.description, a.act_date, clip)}" for a in case.acts]
    if case.sources:
        lines += ["", "<b>" + _("Sources") + "</b>"]
        lines += [f"  • {esc(s.url, clip)}" for s in case.sources]
    # The public card counts only the files a moderator allowed to be shown (attachments.public).
    files = case.attachments if reference else [a for a in case.attachments if a.public]
    if files:
        lines.append(_line(_("Attachments"), str(len(files))))
    footer = _("Updated {date}").format(date=format_date(case.updated_at.date()))
    if reference:
        footer = _("Reference {reference}").format(reference=esc(reference)) + " · " + footer
    lines += ["", f"<i>{footer}</i>"]
    return _join(lines)
