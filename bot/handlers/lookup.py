"""Lookup: anyone finds approved cases by name (any spelling), city, article, judge or prosecutor.

`/search <name>` (or any plain text in a private chat outside a conversation), `/city`,
`/article`, `/judge`; result pages with a button per case (`OpenCase`) and paging buttons
(`SearchPage`, the query itself kept in chat_data under a short key so callback data stays far
below 64 bytes); a case card with buttons to other cases in the same place, under the same
article, before the same judge or prosecutor (`RelatedCases`); and inline mode
(`@bot name` in any chat) to share a card. Only approved cases are ever shown (db.search filters
on publication), and never anything about who reported them. Result lines and cards are read as
plain rows, not ORM objects (db.search.search_lines, db.cards): they are only rendered.

Handlers only read (`transactional(read_only=True)`): they query and render in the transaction
and talk to Telegram after it (`Tx.after_commit`), so no connection waits on a round trip.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot.handlers import guidance
from bot.infra.context import Tx, resources, transactional
from bot.infra.i18n import _
from bot.ui.callbacks import Callback, FollowCase, OpenCase, RelatedCases, SearchPage
from bot.ui.edits import edit_text
from bot.ui.inputs import clean, parse_int
from bot.ui.keyboards import keyboard
from bot.ui.labels import EVENTS, charge_label, city_label, region_label
from bot.ui.render import esc, format_date, render_case_card
from db.cards import CardEvent, CaseCard, get_public_card
from db.models import Case, Event
from db.search import CaseLine, Field, LineEvent, Page, search_cards, search_lines

logger = logging.getLogger(__name__)

PAGE_SIZE = 5
INLINE_PAGE_SIZE = 10
MAX_QUERY = 200
#: Inline paging stops here (Telegram users never scroll that far; offsets are untrusted).
MAX_INLINE_OFFSET = 1000
#: Searches kept per chat for paging buttons (the oldest are forgotten first).
MAX_KEPT_SEARCHES = 30
_SEARCHES = "searches"


# --- rendering ------------------------------------------------------------------------------


def latest_event(case: Case | CaseLine | CaseCard) -> Event | LineEvent | CardEvent | None:
    """The last event that happened (scheduled ones only when nothing has happened yet)."""
    happened = [e for e in case.events if not e.scheduled]
    events = happened or list(case.events)
    return events[-1] if events else None


def summary(case: Case | CaseLine | CaseCard, clip: int = 80) -> str:
    """'Aktobe · Art. 405 part 2 · Verdict, 10 September 2021' as escaped HTML."""
    person = case.person
    parts: list[str] = []
    place = city_label(person.city, person.region) if person.city else region_label(person.region)
    if place:
        parts.append(esc(place, clip))
    if case.charges:
        first = case.charges[0]
        parts.append(esc(charge_label(first.article, first.part, None), clip))
    event = latest_event(case)
    if event is not None:
        label = _(EVENTS[event.kind])
        if event.scheduled:
            label += " (" + _("scheduled") + ")"
        parts.append(f"{label}, {format_date(event.event_date)}")
    return " · ".join(parts)


def _title(field: Field, text: str) -> str:
    titles = {
        Field.NAME: _("Cases for «{query}»"),
        Field.PLACE: _("Cases in {query}"),
        Field.ARTICLE: _("Cases under article {query}"),
        Field.JUDGE: _("Cases before judge {query}"),
        Field.PROSECUTOR: _("Cases with prosecutor {query}"),
    }
    return titles[field].format(query=esc(text, 80))


def render_page(field: Field, text: str, page: Page[CaseLine]) -> str:
    head = "<b>" + _title(field, text) + "</b>"
    if not page.cases:
        return head + "\n" + _("No more results.")
    first = page.offset + 1
    lines = [
        head,
        _("Results {first}–{last}").format(first=first, last=first + len(page.cases) - 1),
    ]
    for number, case in enumerate(page.cases, start=first):
        lines.append(
            f"\n{number}. <b>{esc(case.person.name_as_entered, 120)}</b>\n   {summary(case)}"
        )
    if field is Field.NAME and page.offset == 0 and page.has_more and len(text.split()) == 1:
        # One word (often a first name many people share): say how to narrow it down.
        lines.append("\n" + _("Many people match one word. Add the surname or the city."))
    return "\n".join(lines)


def page_keyboard(key: str, page: Page[CaseLine]) -> Any:
    rows: list[list[tuple[str, Callback]]] = [
        [(f"{n}. {_clip(case.person.name_as_entered, 40)}", OpenCase(case.id))]
        for n, case in enumerate(page.cases, start=page.offset + 1)
    ]
    paging: list[tuple[str, Callback]] = []
    if page.offset > 0:
        back = max(page.offset - PAGE_SIZE, 0)
        paging.append((_("◀ Previous"), SearchPage(key, back)))
    if page.has_more:
        paging.append((_("Next ▶"), SearchPage(key, page.offset + PAGE_SIZE)))
    rows.append(paging)
    return keyboard(rows)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def share_url(address: str, text: str) -> str:
    """Telegram's "share" dialog for an address (the reader picks the chat)."""
    return f"https://t.me/share/url?url={quote(address, safe='')}&text={quote(text, safe='')}"


def card_keyboard(
    case: Case | CaseCard, *, web_base: str | None = None, bot_username: str | None = None
) -> Any:
    """Buttons to other approved cases sharing this case's place, article, judge, prosecutor;
    then the case's web page (when PUBLIC_BASE_URL is set) and a share link (to the web page,
    else to the bot's deep link `?start=case_<id>`)."""
    rows: list[list[tuple[str, Callback]]] = []
    place = case.person.city
    if place:
        rows.append(
            [
                (
                    _("Cases in {place}").format(
                        place=_clip(city_label(place, case.person.region), 30)
                    ),
                    RelatedCases("place", case.id),
                )
            ]
        )
    if case.charges:
        label = charge_label(case.charges[0].article, case.charges[0].part, None)
        rows.append(
            [
                (
                    _("Cases under {article}").format(article=label),
                    RelatedCases("article", case.id),
                )
            ]
        )
    if case.judge:
        rows.append(
            [
                (
                    _("Judge {name}: cases").format(name=_clip(case.judge, 30)),
                    RelatedCases("judge", case.id),
                )
            ]
        )
    if case.prosecutor:
        rows.append(
            [
                (
                    _("Prosecutor {name}: cases").format(name=_clip(case.prosecutor, 30)),
                    RelatedCases("prosecutor", case.id),
                )
            ]
        )
    rows.append([(_("🔔 Follow this case"), FollowCase(case.id))])
    markup = keyboard(rows)
    assert markup is not None
    links: list[InlineKeyboardButton] = []
    address = f"https://t.me/{bot_username}?start=case_{case.id}" if bot_username else None
    if web_base:
        address = f"{web_base}/cases/{case.id}"
        links.append(InlineKeyboardButton(_("🌐 Web page"), url=address))
    if address:
        name = _clip(case.person.name_as_entered, 100)
        links.append(InlineKeyboardButton(_("↗️ Share"), url=share_url(address, name)))
    return InlineKeyboardMarkup([*markup.inline_keyboard, links]) if links else markup


async def send_case(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx, case_id: int
) -> bool:
    """Send the card of an approved case to the chat after commit; False (nothing queued) for
    any other id."""
    case = await get_public_card(tx.session, case_id)
    if case is None:
        return False
    send_card(update, context, tx, case)
    return True


def send_card(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx, case: CaseCard) -> None:
    """Render `case`'s card now (in the transaction) and send it after commit: no connection
    waits on Telegram."""
    chat = update.effective_chat
    assert chat is not None
    web_base = resources(context.application).settings.public_base_url
    card = render_case_card(case)
    markup = card_keyboard(case, web_base=web_base, bot_username=context.bot.username)
    tx.after_commit(lambda: chat.send_message(card, reply_markup=markup))


def case_id_of(text: str) -> int | None:
    """'12', '#12' → 12; anything else (non-ASCII digits, out of range) → None."""
    digits = text.strip().removeprefix("#")
    if digits.isascii() and digits.isdigit() and len(digits) <= 9:
        return int(digits)
    return None


# --- searches and their pages ---------------------------------------------------------------


def _remember(context: ContextTypes.DEFAULT_TYPE, field: Field, text: str) -> str:
    """Keep the search server-side under a short random key for its paging buttons."""
    kept: dict[str, tuple[str, str]] = context.chat_data.setdefault(_SEARCHES, {})  # type: ignore[union-attr]
    key = secrets.token_hex(4)
    kept[key] = (field.value, text)
    while len(kept) > MAX_KEPT_SEARCHES:
        kept.pop(next(iter(kept)))
    return key


def _recall(context: ContextTypes.DEFAULT_TYPE, key: str) -> tuple[Field, str] | None:
    kept = (context.chat_data or {}).get(_SEARCHES, {})
    found = kept.get(key)
    return (Field(found[0]), found[1]) if found else None


async def _reply_with_results(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx, field: Field, text: str
) -> None:
    chat = update.effective_chat
    assert chat is not None
    text = " ".join(clean(text).split())[:MAX_QUERY]
    if not text:
        hint = _("Send a name to look it up, or /help to see what I can do.")
        tx.after_commit(lambda: chat.send_message(hint))
        return
    page = await search_lines(tx.session, field, text, limit=PAGE_SIZE)
    # Rendered in the transaction, sent after it: no connection waits on Telegram.
    if not page.cases:
        nothing = _(
            "No published case matches «{query}».\n"
            "If you know of such a prosecution, please report it with /report."
        ).format(query=esc(text, 80))
        tx.after_commit(lambda: chat.send_message(nothing))
        return
    key = _remember(context, field, text)
    reply, markup = render_page(field, text, page), page_keyboard(key, page)
    tx.after_commit(lambda: chat.send_message(reply, reply_markup=markup))


def _command_text(context: ContextTypes.DEFAULT_TYPE) -> str:
    return " ".join(context.args or []).strip()


#: The lookup commands, their field, and the question asked when one is sent alone.
_LOOKUPS: dict[str, tuple[Field, Callable[[], str]]] = {
    "search": (Field.NAME, lambda: _("Whose case are you looking for? Send the name.")),
    "city": (Field.PLACE, lambda: _("Which town or city? Send its name.")),
    "article": (Field.ARTICLE, lambda: _("Which article? Send its number, e.g. 405 or 405.2")),
    "judge": (Field.JUDGE, lambda: _("Which judge? Send the name.")),
}


async def _command(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx, command: str, usage: str
) -> None:
    field, question = _LOOKUPS[command]
    text = _command_text(context)
    if not text:
        message = update.effective_message
        assert message is not None
        if guidance.is_private(update):
            # Sent alone (as the command menu does): ask, and take the next message. Recording
            # the question writes: a read-only lookup is run again as a writing one.
            guidance.await_argument(tx, command)
            asked = question()
            tx.after_commit(lambda: message.reply_text(asked))
        else:
            tx.after_commit(lambda: message.reply_text(usage))
        return
    await _reply_with_results(update, context, tx, field, text)


def _lookup_taker(command: str) -> guidance.Taker:
    async def take(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx, text: str) -> None:
        await _reply_with_results(update, context, tx, _LOOKUPS[command][0], text)

    return take


for _name in _LOOKUPS:
    guidance.on_argument(_name)(_lookup_taker(_name))


@transactional(read_only=True, remembered_user=True)
async def search_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/search <name>: approved cases of people with that name, in any spelling."""
    await _command(
        update, context, tx, "search", _("Send a name after /search, e.g. /search Zhaubatyrov")
    )


@transactional(read_only=True, remembered_user=True)
async def city_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/city <name>: approved cases in a town or city (old names too)."""
    await _command(update, context, tx, "city", _("Send a city after /city, e.g. /city Aktobe"))


@transactional(read_only=True, remembered_user=True)
async def article_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/article <number>: approved cases under an article (and part: 405.2)."""
    await _command(
        update,
        context,
        tx,
        "article",
        _("Send an article number after /article, e.g. /article 405 or /article 405.2"),
    )


@transactional(read_only=True, remembered_user=True)
async def judge_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/judge <name>: approved cases before a judge."""
    await _command(
        update, context, tx, "judge", _("Send a judge's name after /judge, e.g. /judge Adilova")
    )


@transactional(read_only=True, remembered_user=True)
async def search_text(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """Plain text in a private chat outside a conversation: look it up as a name."""
    message = update.effective_message
    assert message is not None and message.text is not None
    await _reply_with_results(update, context, tx, Field.NAME, message.text)


@transactional(read_only=True, remembered_user=True)
async def open_case(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """case:<id>: the card of an approved case, with buttons to related cases."""
    query = update.callback_query
    assert query is not None
    button = OpenCase.parse(query.data)
    case = await get_public_card(tx.session, button.case_id) if button else None
    if case is None:
        # The same answer for pending, rejected, merged and unknown ids: nothing leaks.
        unavailable = _("This case is not available.")
        tx.after_commit(lambda: query.answer(unavailable, show_alert=True))
        return
    tx.alongside_after_commit(query.answer)
    send_card(update, context, tx, case)


@transactional(read_only=True, remembered_user=True)
async def case_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/case <number>: the card of an approved case (the number is on its web page)."""
    message = update.effective_message
    assert message is not None
    case_id = case_id_of(_command_text(context))
    if case_id is None:
        usage = _("Send a case number after /case, e.g. /case 12")
        tx.after_commit(lambda: message.reply_text(usage))
        return
    if not await send_case(update, context, tx, case_id):
        unavailable = _("This case is not available.")
        tx.after_commit(lambda: message.reply_text(unavailable))


@transactional(read_only=True, remembered_user=True)
async def find_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """find:p:<key>:<offset> turns a page; find:<field>:<case_id> looks up related cases."""
    query = update.callback_query
    assert query is not None
    page_button = SearchPage.parse(query.data)
    if page_button is not None:
        recalled = _recall(context, page_button.key)
        if recalled is None:
            expired = _("This search has expired. Please send it again.")
            tx.after_commit(lambda: query.answer(expired, show_alert=True))
            return
        field, text = recalled
        page = await search_lines(
            tx.session, field, text, offset=page_button.offset, limit=PAGE_SIZE
        )
        reply, markup = render_page(field, text, page), page_keyboard(page_button.key, page)

        async def answer_and_turn() -> None:
            await query.answer()
            await edit_text(update, reply, markup)

        tx.after_commit(answer_and_turn)
        return
    related = RelatedCases.parse(query.data)
    case = await get_public_card(tx.session, related.case_id) if related else None
    if case is None or related is None:
        unavailable = _("This case is not available.")
        tx.after_commit(lambda: query.answer(unavailable, show_alert=True))
        return
    field = Field(related.field)
    if field is Field.PLACE:
        text = case.person.city or ""
    elif field is Field.ARTICLE:
        charge = case.charges[0] if case.charges else None
        text = (
            f"{charge.article}.{charge.part}"
            if charge and charge.part
            else (charge.article if charge else "")
        )
    elif field is Field.JUDGE:
        text = case.judge or ""
    else:
        text = case.prosecutor or ""
    tx.alongside_after_commit(query.answer)
    await _reply_with_results(update, context, tx, field, text)


@transactional(read_only=True, remembered_user=True)
async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """@bot <name> in any chat: approved case cards to share."""
    inline = update.inline_query
    assert inline is not None
    text = " ".join(clean(inline.query).split())[:MAX_QUERY]
    offset = parse_int(inline.offset, maximum=MAX_INLINE_OFFSET) or 0
    if len(text) < 2:
        tx.after_commit(lambda: inline.answer([], cache_time=60, is_personal=False))
        return
    page = await search_cards(tx.session, Field.NAME, text, offset=offset, limit=INLINE_PAGE_SIZE)
    results = [
        InlineQueryResultArticle(
            id=f"case-{case.id}",
            title=_clip(case.person.name_as_entered, 100),
            description=_clip(_plain(summary(case)), 200),
            input_message_content=InputTextMessageContent(
                render_case_card(case), parse_mode=ParseMode.HTML
            ),
        )
        for case in page.cases
    ]
    next_offset = str(offset + INLINE_PAGE_SIZE) if page.has_more else ""
    tx.after_commit(
        lambda: inline.answer(results, cache_time=60, is_personal=False, next_offset=next_offset)
    )


def _plain(html_text: str) -> str:
    import html

    return html.unescape(html_text)
