"""Subscriptions and the alerts subscribers receive.

A subscriber follows every new verdict, a region, a city, an article, or one case (/subscribe,
the Follow button of a case card). /subscriptions lists the rules with a button to remove each;
/unsubscribe removes them all. The bot stores the subscriber's chat id only encrypted
(User.chat_enc); the outbox and the rules refer to users.id.

Alerts are written to the outbox by `db.alerts.enqueue_alerts` in the approval transaction and
sent by `bot.outbox.worker.AlertWorker`; this module renders them, in each subscriber's language.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType
from telegram.ext import Application, ContextTypes

from bot.handlers import guidance
from bot.infra.context import Tx, resources, transactional
from bot.infra.i18n import _
from bot.services.publishing import is_news
from bot.ui.callbacks import Callback, FollowCase, OpenCase, RemoveSubscription, SubscribeMenu
from bot.ui.edits import edit_text
from bot.ui.inputs import clean, column_limit, parse_id
from bot.ui.keyboards import in_columns, keyboard
from bot.ui.labels import (
    APPEAL_OUTCOMES,
    EVENTS,
    REGIONS_BY_CODE,
    charge_label,
    city_label,
    region_label,
    sorted_regions,
)
from bot.ui.render import esc, format_date, sentence_line
from db import alerts as queries
from db.cases import get_case
from db.models import AlertKind, Case, Event, Publication, Subscription, SubscriptionKind
from db.users import get_or_create_user

if TYPE_CHECKING:
    from db.alerts import ClaimedAlert

logger = logging.getLogger(__name__)

#: Articles offered as buttons (any other number can be typed).
ARTICLE_BUTTONS = ("405", "174", "179", "274")
_ARTICLE = re.compile(r"^[0-9]{1,4}$")

#: Text and buttons of one alert.
AlertContent = tuple[str, InlineKeyboardMarkup | None]


def follow_button(case_id: int) -> InlineKeyboardButton:
    """The button a case card carries to follow that case."""
    return InlineKeyboardButton(_("🔔 Follow this case"), callback_data=FollowCase(case_id).pack())


def public_post_markup(
    case_id: int, bot_username: str | None, web_base: str | None
) -> InlineKeyboardMarkup | None:
    """Buttons of a post in a channel or group: links only. A callback button pressed there
    would make the bot answer into the channel itself."""
    row = []
    if web_base:
        row.append(InlineKeyboardButton(_("🌐 Web page"), url=f"{web_base}/cases/{case_id}"))
    if bot_username:
        row.append(
            InlineKeyboardButton(
                _("📂 Open the case"), url=f"https://t.me/{bot_username}?start=case_{case_id}"
            )
        )
    return InlineKeyboardMarkup([row]) if row else None


def open_case_markup(case_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(_("📂 Open the case"), callback_data=OpenCase(case_id).pack())]]
    )


# --- rendering -------------------------------------------------------------------------------
def _who_and_where(case: Case) -> list[str]:
    person = case.person
    lines = [f"<b>{esc(person.name_as_entered, 200)}</b>"]
    city = city_label(person.city, person.region) if person.city else ""
    place = [esc(city, 100)] if city else []
    if person.region and region_label(person.region) != city:
        place.append(esc(region_label(person.region), 100))
    if place:
        lines.append("📍 " + ", ".join(place))
    for charge in case.charges:
        lines.append("§ " + esc(charge_label(charge.article, charge.part, charge.title), 200))
    return lines


def _event(case: Case, event_id: int | None) -> Event | None:
    return next((event for event in case.events if event.id == event_id), None)


def render_alert(row: ClaimedAlert, case: Case, news_days: int = 30) -> AlertContent | None:
    """The alert for one outbox row, in the current language (the worker sets the
    subscriber's); None when what it refers to is gone. A verdict or ruling is called new only
    when dated within `news_days` of its publication; an older one was "added to the record"."""
    if case.publication is not Publication.APPROVED:
        return None
    if row.kind in (AlertKind.VERDICT, AlertKind.APPEAL_RULING):
        event = _event(case, row.event_id)
        if event is None:
            return None
        published_on = (row.queued_at or dt.datetime.now(dt.UTC)).date()
        news = is_news(event.event_date, published_on, news_days)
        if row.kind is AlertKind.VERDICT:
            title = _("New verdict") if news else _("Verdict added to the record")
        else:
            title = _("Appeal ruling") if news else _("Appeal ruling added to the record")
        head = "⚖️ <b>" + title + "</b>"
        lines = [head, "", *_who_and_where(case)]
        when = format_date(event.event_date)
        court = event.court or case.court
        lines.append("🗓 " + when + (" — " + esc(court, 200) if court else ""))
        if event.appeal_outcome:
            lines.append(_(APPEAL_OUTCOMES[event.appeal_outcome]))
        lines += [f"  • {sentence_line(part)}" for part in event.sentence]
    elif row.kind is AlertKind.HEARING_TOMORROW:
        event = _event(case, row.subject_event_id)
        if event is None:
            return None
        head = _("{event} tomorrow, {date}").format(
            event=_(EVENTS[event.kind]), date=format_date(event.event_date)
        )
        lines = ["📅 <b>" + head + "</b>", "", *_who_and_where(case)]
        court = event.court or case.court
        if court:
            lines.append(esc(court, 200))
    else:
        event = _event(case, row.subject_event_id)
        if event is None or event.event_date is None or row.subject_date is None:
            return None
        ending = [
            part
            for part in event.sentence
            if part.kind in queries.TERM_KINDS
            and part.term_months
            and queries.add_months(event.event_date, part.term_months) == row.subject_date
        ]
        head = _("A term ends today, {date}").format(date=format_date(row.subject_date))
        lines = ["🕊 <b>" + head + "</b>", "", *_who_and_where(case)]
        lines += [f"  • {sentence_line(part)}" for part in ending]
    return "\n".join(lines), open_case_markup(case.id)


# --- handlers --------------------------------------------------------------------------------
def _remember_chat(update: Update, tx: Tx) -> None:
    """Alerts go to the subscriber's private chat; its id is stored only encrypted."""
    tg_user = update.effective_user
    assert tg_user is not None
    tx.user.chat_enc = tx.res.vault.encrypt(tg_user.id)


def _menu() -> InlineKeyboardMarkup | None:
    return keyboard(
        [
            [(_("🔔 All new verdicts"), SubscribeMenu("all"))],
            [
                (_("📍 A region"), SubscribeMenu("regions")),
                (_("🏙 A city"), SubscribeMenu("city")),
            ],
            [(_("§ An article"), SubscribeMenu("articles"))],
        ]
    )


def rule_label(subscription: Subscription, case: Case | None = None) -> str:
    """A rule as the subscriber reads it (escaped)."""
    kind, value = subscription.kind, subscription.value
    if kind is SubscriptionKind.ALL:
        return _("All new verdicts")
    if kind is SubscriptionKind.REGION:
        return _("Region: {region}").format(region=esc(region_label(value), 100))
    if kind is SubscriptionKind.CITY:
        # The gazetteer's name in the reader's language ("taraz" → «Тараз»), else as stored.
        shown = city_label(value)
        return _("City: {city}").format(city=esc(shown if shown != value else value.title(), 100))
    if kind is SubscriptionKind.ARTICLE:
        return _("Art. {article}").format(article=esc(value, 10))
    name = esc(case.person.name_as_entered, 60) if case is not None else ""
    return _("Case #{id}").format(id=value) + (f" — {name}" if name else "")


async def _add(
    update: Update, tx: Tx, kind: SubscriptionKind, value: str = "", case: Case | None = None
) -> str:
    """Add a rule for the acting user; returns the confirmation to show."""
    existing = await queries.count_subscriptions(tx.session, tx.user.id)
    if existing >= queries.MAX_SUBSCRIPTIONS:
        return _("You follow too many things already. Remove some with /subscriptions.")
    _remember_chat(update, tx)
    subscription, created = await queries.subscribe(
        tx.session, tx.user, kind, value, case_id=case.id if case else None
    )
    label = rule_label(subscription, case)
    if not created:
        return _("You already follow this: {rule}.").format(rule=label)
    return (
        _("Done. You will be alerted about: {rule}.").format(rule=label)
        + "\n"
        + _("See or remove what you follow with /subscriptions.")
    )


async def _approved_case(tx: Tx, case_id: int) -> Case | None:
    case = await get_case(tx.session, case_id)
    if case is None or case.publication is not Publication.APPROVED:
        return None
    return case


def _private(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type == ChatType.PRIVATE


@transactional
async def subscribe_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/subscribe [all | region R | city C | article N | case ID]: follow new verdicts."""
    message = update.effective_message
    assert message is not None
    if not _private(update):
        tx.call_after_commit(message.reply_text, _("Please subscribe in a private chat with me."))
        return
    args = context.args or []
    if not args:
        # Sent alone: the menu, and the next message may name what to follow.
        guidance.await_argument(tx, "subscribe")
        tx.call_after_commit(
            message.reply_text,
            _("What would you like to follow? Choose, or send a region, a town or an article."),
            reply_markup=_menu(),
        )
        return
    await _subscribe_to(update, tx, args)


@transactional
async def follow_menu_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """menu:follow (from /start): the /subscribe menu."""
    query = update.callback_query
    assert query is not None
    tx.call_after_commit(query.answer)
    chat = update.effective_chat
    assert chat is not None
    if not _private(update):
        tx.call_after_commit(chat.send_message, _("Please subscribe in a private chat with me."))
        return
    guidance.await_argument(tx, "subscribe")
    tx.call_after_commit(
        chat.send_message,
        _("What would you like to follow? Choose, or send a region, a town or an article."),
        reply_markup=_menu(),
    )


_KEYWORDS = ("all", "region", "city", "article", "case")
_ALL_WORDS = ("all", "все", "всё", "барлығы", "барлық")


@guidance.on_argument("subscribe")
async def _subscribe_text(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx, text: str
) -> None:
    """The answer to /subscribe sent alone: a keyword form, else a region, an article, a town."""
    args = text.split()
    if args[0].lower() in _KEYWORDS:
        await _subscribe_to(update, tx, args)
    elif text.casefold() in _ALL_WORDS:
        await _subscribe_to(update, tx, ["all"])
    elif _find_region(text) is not None:
        await _subscribe_to(update, tx, ["region", text])
    elif _ARTICLE.match(text):
        await _subscribe_to(update, tx, ["article", text])
    else:
        await _subscribe_to(update, tx, ["city", text])


@guidance.on_argument("subscribe_city")
async def _subscribe_city_text(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx, text: str
) -> None:
    await _subscribe_to(update, tx, ["city", text])


async def _subscribe_to(update: Update, tx: Tx, args: list[str]) -> None:
    message = update.effective_message
    assert message is not None
    what, rest = args[0].lower(), " ".join(args[1:]).strip()
    if what == "all":
        tx.call_after_commit(message.reply_text, await _add(update, tx, SubscriptionKind.ALL))
    elif what == "region":
        region = _find_region(rest)
        if region is None:
            tx.call_after_commit(
                message.reply_text,
                _("I do not know that region. Choose one:"),
                reply_markup=_regions_markup(),
            )
            return
        tx.call_after_commit(
            message.reply_text, await _add(update, tx, SubscriptionKind.REGION, region)
        )
    elif what == "city":
        city = queries.normalize_city(clean(rest))
        limit = column_limit(Subscription.value)
        if not city or (limit is not None and len(city) > limit):
            tx.call_after_commit(message.reply_text, _city_hint())
            return
        tx.call_after_commit(
            message.reply_text, await _add(update, tx, SubscriptionKind.CITY, city)
        )
    elif what == "article":
        if not _ARTICLE.match(rest):
            tx.call_after_commit(
                message.reply_text,
                _("Send the article number, for example: /subscribe article 405"),
                reply_markup=_articles_markup(),
            )
            return
        tx.call_after_commit(
            message.reply_text, await _add(update, tx, SubscriptionKind.ARTICLE, rest)
        )
    elif what == "case":
        case_id = parse_id(rest)
        case = await _approved_case(tx, case_id) if case_id is not None else None
        if case is None:
            tx.call_after_commit(
                message.reply_text,
                _("There is no published case with that number. Example: /subscribe case 12"),
            )
            return
        tx.call_after_commit(
            message.reply_text,
            await _add(update, tx, SubscriptionKind.CASE, str(case.id), case=case),
        )
    else:
        tx.call_after_commit(
            message.reply_text, _("What would you like to follow?"), reply_markup=_menu()
        )


def _find_region(text: str) -> str | None:
    wanted = clean(text).casefold()
    for region in sorted_regions():
        if wanted in (region.code, region.label.casefold(), _(region.label).casefold()):
            return region.code
    return None


def _regions_markup() -> InlineKeyboardMarkup | None:
    return keyboard(
        in_columns(
            [(_(region.label), SubscribeMenu("region", region.code)) for region in sorted_regions()]
        )
    )


def _articles_markup() -> InlineKeyboardMarkup | None:
    return keyboard(
        [
            [
                (_("Art. {article}").format(article=a), SubscribeMenu("article", a))
                for a in ARTICLE_BUTTONS
            ]
        ]
    )


def _city_hint() -> str:
    return _("Send the town after the command, for example: /subscribe city Taraz")


@transactional
async def subscribe_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """A button of the /subscribe menu."""
    query = update.callback_query
    assert query is not None
    tx.call_after_commit(query.answer)
    button = SubscribeMenu.parse(query.data)
    choice, value = (button.choice, button.value) if button else ("menu", "")
    if choice == "regions":
        tx.call_after_commit(edit_text, update, _("Which region?"), _regions_markup())
    elif choice == "articles":
        tx.call_after_commit(
            edit_text,
            update,
            _("Which article? Another one: /subscribe article NUMBER"),
            _articles_markup(),
        )
    elif choice == "city":
        guidance.await_argument(tx, "subscribe_city")
        tx.call_after_commit(edit_text, update, _("Which town or city? Send its name."))
    elif choice == "all":
        tx.call_after_commit(edit_text, update, await _add(update, tx, SubscriptionKind.ALL))
    elif choice == "region" and value in REGIONS_BY_CODE:
        tx.call_after_commit(
            edit_text, update, await _add(update, tx, SubscriptionKind.REGION, value)
        )
    elif choice == "article" and _ARTICLE.match(value):
        tx.call_after_commit(
            edit_text, update, await _add(update, tx, SubscriptionKind.ARTICLE, value)
        )
    else:
        tx.call_after_commit(edit_text, update, _("What would you like to follow?"), _menu())


@transactional
async def follow_case(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """The Follow button of a case card."""
    query = update.callback_query
    assert query is not None
    tx.call_after_commit(query.answer)
    button = FollowCase.parse(query.data)
    case = await _approved_case(tx, button.case_id) if button else None
    chat = update.effective_chat
    assert chat is not None
    if case is None:
        tx.call_after_commit(chat.send_message, _("This case is not published."))
        return
    tx.call_after_commit(
        chat.send_message, await _add(update, tx, SubscriptionKind.CASE, str(case.id), case=case)
    )


async def _subscriptions_text(tx: Tx) -> tuple[str, InlineKeyboardMarkup | None]:
    rules = await queries.list_subscriptions(tx.session, tx.user.id)
    if not rules:
        return _("You follow nothing yet. Send /subscribe to start."), None
    lines = ["<b>" + _("You follow:") + "</b>"]
    buttons: list[list[tuple[str, Callback]]] = []
    for number, rule in enumerate(rules, 1):
        case = await get_case(tx.session, rule.case_id) if rule.case_id else None
        paused = "" if rule.active else " (" + _("paused") + ")"
        lines.append(f"{number}. {rule_label(rule, case)}{paused}")
        label = _("✖ Remove {number}").format(number=number)
        buttons.append([(label, RemoveSubscription(rule.id))])
    return "\n".join(lines), keyboard(buttons)


@transactional
async def subscriptions_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/subscriptions: what the user follows, with a button to remove each rule."""
    message = update.effective_message
    assert message is not None
    text, markup = await _subscriptions_text(tx)
    tx.call_after_commit(message.reply_text, text, reply_markup=markup)


@transactional
async def remove_subscription(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """✖ Remove under /subscriptions: only the user's own rule can be removed."""
    query = update.callback_query
    assert query is not None
    tx.call_after_commit(query.answer)
    button = RemoveSubscription.parse(query.data)
    removed = button is not None and await queries.unsubscribe(
        tx.session, tx.user.id, button.rule_id
    )
    text, markup = await _subscriptions_text(tx)
    if not removed:
        text = _("That rule was already removed.") + "\n\n" + text
    tx.call_after_commit(edit_text, update, text, markup)


@transactional
async def unsubscribe_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/unsubscribe: stop all alerts; nothing queued is sent any more."""
    message = update.effective_message
    assert message is not None
    removed = await queries.unsubscribe(tx.session, tx.user.id, None)
    if removed:
        tx.call_after_commit(message.reply_text, _("Done. You will receive no more alerts."))
    else:
        tx.call_after_commit(message.reply_text, _("You follow nothing. Send /subscribe to start."))


# --- jobs ------------------------------------------------------------------------------------
ALERT_WORKER_KEY = "casewatch.alerts"


async def register_public_channel(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """PUBLIC_CHANNEL_ID: the channel follows every verdict and appeal ruling as a subscriber of
    its own (hashed as a "channel", never matching a person), so its posts are written to the
    outbox in the approval transaction and sent with the outbox's pacing and retries."""
    res = resources(application)
    channel = res.settings.public_channel_id
    if channel is None:
        return
    async with res.sessionmaker() as session, session.begin():
        language = res.settings.public_channel_language
        user = await get_or_create_user(
            session, res.vault.hash_id(channel, kind="channel"), language=language
        )
        user.language = language
        if user.chat_enc is None:
            user.chat_enc = res.vault.encrypt(channel)
        await queries.subscribe(session, user, SubscriptionKind.ALL)


def alert_worker(application: Application[Any, Any, Any, Any, Any, Any]) -> Any:
    """The application's AlertWorker (bot.outbox.worker)."""
    return application.bot_data[ALERT_WORKER_KEY]


async def enqueue_reminders_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Daily: queue reminders of tomorrow's hearings and of terms ending today."""
    res = resources(context)
    today = dt.datetime.now(ZoneInfo(res.settings.alerts_timezone)).date()
    async with res.sessionmaker() as session, session.begin():
        added = await queries.enqueue_reminders(session, today)
    logger.info("queued %d reminders for %s", added, today)


async def start_delivery_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Runs once when the job queue starts (never in tests): the delivery loop."""
    alert_worker(context.application).start()
