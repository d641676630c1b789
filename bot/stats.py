"""/stats for everyone, and `casewatch stats`: counts of approved cases, as text and a chart.

The chart is drawn with matplotlib's Agg backend (no display) in a worker thread, so drawing
never blocks other updates, and sent as a PNG upload with sendPhoto.
"""

from __future__ import annotations

import asyncio
import io
import logging
from functools import lru_cache

from telegram import InputFile, Update
from telegram.ext import ContextTypes

from bot.context import Tx, transactional
from bot.i18n import _
from bot.labels import SENTENCE_KINDS, charge_label, region_label
from bot.render import TELEGRAM_LIMIT, esc
from db.stats import CaseStats, case_stats

logger = logging.getLogger(__name__)

#: Rows shown per group in the text; the chart shows as many.
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
    for heading, rows in labelled(stats):
        if not rows:
            continue
        lines += ["", heading]
        lines += [f"  {label}: {n}" for label, n in rows[:TOP]]
        if len(rows) > TOP:
            lines.append("  " + _("… and {n} more").format(n=len(rows) - TOP))
    return "\n".join(lines)


def render_stats_html(stats: CaseStats) -> str:
    lines = ["<b>" + esc(_("Published cases: {n}").format(n=stats.total)) + "</b>"]
    for heading, rows in labelled(stats):
        if not rows:
            continue
        lines += ["", "<b>" + esc(heading) + "</b>"]
        lines += [f"{esc(label, 80)}: {n}" for label, n in rows[:TOP]]
        if len(rows) > TOP:
            lines.append(esc(_("… and {n} more").format(n=len(rows) - TOP)))
    text = "\n".join(lines)
    return text if len(text) <= TELEGRAM_LIMIT else text[: TELEGRAM_LIMIT - 1]


Groups = tuple[tuple[str, tuple[tuple[str, int], ...]], ...]


def _plain(label: str) -> str:
    """Matplotlib reads text between dollar signs as math; a region typed by a reporter must
    never be parsed (a lone '$' pair could fail the whole chart)."""
    return label.replace("$", r"\$")


def draw_chart(groups: list[tuple[str, list[tuple[str, int]]]]) -> bytes:
    """A PNG with one horizontal bar chart per non-empty group. Charts of the same numbers
    are drawn once (repeated /stats cost no CPU until the counts change)."""
    return _draw_chart(tuple((heading, tuple(rows)) for heading, rows in groups))


@lru_cache(maxsize=16)
def _draw_chart(groups: Groups) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    shown = [(heading, rows[:TOP]) for heading, rows in groups if rows]
    # Height follows the number of bars, so one bar is not drawn as a block.
    heights = [0.9 + 0.3 * len(rows) for _heading, rows in shown]
    figure = Figure(figsize=(8, sum(heights) + 0.4), dpi=100, layout="constrained")
    axes = figure.subplots(len(shown), 1, squeeze=False, height_ratios=heights)[:, 0]
    for ax, (heading, rows) in zip(axes, shown, strict=True):
        labels = [_plain(label if len(label) <= 40 else label[:39] + "…") for label, _n in rows]
        counts = [n for _label, n in rows]
        ax.barh(range(len(rows)), counts, color="#3b6ea8")
        ax.set_yticks(range(len(rows)), labels)
        ax.invert_yaxis()
        ax.set_title(_plain(heading), loc="left", fontsize=11)
        ax.xaxis.get_major_locator().set_params(integer=True)
        for position, n in enumerate(counts):
            ax.text(n, position, f" {n}", va="center", fontsize=9)
        ax.spines[["top", "right"]].set_visible(False)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


@transactional
async def stats_command(update: Update, context: ContextTypes.DEFAULT_TYPE, tx: Tx) -> None:
    """/stats: counts of published cases as text, then as a chart."""
    message = update.effective_message
    assert message is not None
    stats = await case_stats(tx.session)
    await message.reply_text(render_stats_html(stats))
    if stats.total == 0:
        return
    png = await asyncio.to_thread(draw_chart, labelled(stats))
    await message.reply_photo(
        InputFile(png, filename="casewatch-stats.png"), caption=_("Published cases")
    )
