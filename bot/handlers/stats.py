"""/stats for everyone, and `casewatch stats`: counts of approved cases, as text and a chart.

The chart (bot.ui.chart) is drawn with matplotlib's Agg backend (no display) in a worker thread,
so drawing never blocks other updates, and sent as a PNG upload with sendPhoto.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging

from telegram import InputFile, Update
from telegram.ext import ContextTypes

from bot.infra.context import Tx, transactional
from bot.infra.i18n import _
from bot.services.clock import local_day
from bot.ui.chart import years_chart
from bot.ui.labels import SENTENCE_KINDS, charge_label, region_label
from bot.ui.render import TELEGRAM_LIMIT, esc
from db.stats import CaseStats, case_stats

logger = logging.getLogger(__name__)

#: Rows shown per group in the text (years are all shown: they are few and ordered).
TOP = 10


def labelled(stats: CaseStats) -> list[tuple[str, list[tuple[str, int]]]]:
    """(heading, [(label, count)]) per group, labels translated into the current language.
    Region labels may be free text from reports: callers escape them for HTML."""
    return [
        (_("By year of verdict"), [(str(year), n) for year, n in stats.by_year.items()]),
        (
            _("By region"),
            [(region_label(code) or _("unknown"), n) for code, n in stats.by_region.items()],
        ),
        (
            _("By article"),
            [(charge_label(a, p, None), n) for (a, p), n in stats.by_article.items()],
        ),
        (
            _("By sentence"),
            [(_(SENTENCE_KINDS[kind]), n) for kind, n in stats.by_sentence_kind.items()],
        ),
    ]


def render_stats_text(stats: CaseStats) -> str:
    """Plain-text statistics (also what `casewatch stats` prints)."""
    lines = [_("Published cases: {n}").format(n=stats.total)]
    for index, (heading, rows) in enumerate(labelled(stats)):
        if not rows:
            continue
        lines += ["", heading]
        top = len(rows) if index == 0 else TOP  # every year; the top rows of other groups
        lines += [f"  {label}: {n}" for label, n in rows[:top]]
        if len(rows) > top:
            lines.append("  " + _("… and {n} more").format(n=len(rows) - TOP))
    return "\n".join(lines)


def render_stats_html(stats: CaseStats) -> str:
    lines = ["<b>" + esc(_("Published cases: {n}").format(n=stats.total)) + "</b>"]
    for index, (heading, rows) in enumerate(labelled(stats)):
        if not rows:
            continue
        lines += ["", "<b>" + esc(heading) + "</b>"]
        top = len(rows) if index == 0 else TOP
        lines += [f"{esc(label, 80)}: {n}" for label, n in rows[:top]]
        if len(rows) > top:
            lines.append(esc(_("… and {n} more").format(n=len(rows) - top)))
    text = "\n".join(lines)
    return text if len(text) <= TELEGRAM_LIMIT else text[: TELEGRAM_LIMIT - 1]


def draw_chart(stats: CaseStats, fmt: str = "png", as_of: dt.date | None = None) -> bytes:
    """Verdicts per year over every year, then the other groups on one shared scale
    (bot.ui.chart). Charts of the same numbers are drawn once (lru_cache there)."""
    year_heading, *panels = labelled(stats)
    del year_heading  # the years are the column chart on top
    return years_chart(stats.by_year, fmt, as_of or local_day(), panels)


@transactional
async def stats_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/stats: counts of published cases as text, then as a chart."""
    message = update.effective_message
    assert message is not None
    stats = await case_stats(tx.session)
    tx.call_after_commit(message.reply_text, render_stats_html(stats))
    if stats.total == 0:
        return
    caption = _("Published cases")

    async def send_chart() -> None:
        # Drawn after the commit: the figures are read, no connection waits on matplotlib.
        png = await asyncio.to_thread(draw_chart, stats)
        await message.reply_photo(InputFile(png, filename="casewatch-stats.png"), caption=caption)

    tx.after_commit(send_chart)
