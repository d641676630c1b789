"""The statistics chart: verdicts per year as columns over every year (none dropped, empty years
shown as zero), then optional horizontal-bar panels (region, article, sentence) drawn on one
shared scale so they compare at a glance; a title, an "as of" date and the source line.

Drawn with matplotlib's Agg backend (no display) from plain data, so it runs in a worker
thread; PNG for Telegram, SVG for the web (text kept as text, so it stays small and sharp).
Layout is matplotlib's "constrained" engine, which grows margins until no label is cut off;
long labels are clipped to LABEL_CHARS first. Reporter-typed labels are never parsed as
matplotlib math.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from functools import lru_cache

from bot.infra.i18n import _
from bot.ui.render import format_date

LABEL_CHARS = 40
#: Rows shown per bar panel.
TOP = 10
COLUMN = "#3b6ea8"

Panels = tuple[tuple[str, tuple[tuple[str, int], ...]], ...]


def plain(text: str, clip: int | None = None) -> str:
    """Matplotlib reads text between dollar signs as math: a region typed by a reporter must
    never be parsed (a lone '$' pair could fail the whole chart). Labels are clipped to `clip`."""
    if clip is not None and len(text) > clip:
        text = text[: clip - 1] + "…"
    return text.replace("$", r"\$")


def every_year(by_year: Mapping[int, int]) -> list[tuple[int, int]]:
    """(year, verdicts) for every year from the first to the last, gaps as zero."""
    if not by_year:
        return []
    first, last = min(by_year), max(by_year)
    return [(year, by_year.get(year, 0)) for year in range(first, last + 1)]


def years_chart(
    by_year: Mapping[int, int],
    fmt: str,
    as_of: dt.date,
    panels: Sequence[tuple[str, Sequence[tuple[str, int]]]] = (),
) -> bytes:
    """The chart as PNG or SVG bytes (`fmt` "png" or "svg"), texts in the current language."""
    texts = (
        _("Verdicts per year"),
        _("As of {date}").format(date=format_date(as_of)),
        _("Source: CaseWatch, published (moderated) cases; year of the first verdict."),
        _("No dated verdicts yet."),
    )
    frozen = tuple((heading, tuple(rows[:TOP])) for heading, rows in panels if rows)
    return _draw(tuple(every_year(by_year)), frozen, fmt, texts)


@lru_cache(maxsize=32)
def _draw(
    years: tuple[tuple[int, int], ...], panels: Panels, fmt: str, texts: tuple[str, ...]
) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    title, as_of, source, empty = texts
    width = max(7.0, min(16.0, 2.0 + 0.45 * len(years)))
    heights = [3.4] + [0.9 + 0.3 * len(rows) for _heading, rows in panels]
    figure = Figure(figsize=(width, sum(heights) + 1.0), dpi=100, layout="constrained")
    axes = figure.subplots(len(heights), 1, squeeze=False, height_ratios=heights)[:, 0]
    figure.suptitle(plain(title) + "\n" + plain(as_of), x=0.01, ha="left", fontsize=12)
    figure.supxlabel(plain(source), x=0.01, ha="left", fontsize=8, color="#555555")

    ax = axes[0]
    if years:
        labels = [str(year) for year, _n in years]
        counts = [n for _year, n in years]
        bars = ax.bar(labels, counts, color=COLUMN)
        ax.bar_label(bars, padding=2, fontsize=8)
        ax.set_ylim(0, max(counts) * 1.15 + 1)
        ax.yaxis.get_major_locator().set_params(integer=True)
        if len(years) > 12:
            ax.tick_params(axis="x", labelrotation=90)
        # A few years are drawn as columns of the usual width, not as wide blocks.
        spare = max(0.0, (8 - len(years)) / 2)
        ax.set_xlim(-0.5 - spare, len(years) - 0.5 + spare)
    else:
        ax.text(0.5, 0.5, plain(empty), ha="center", va="center", transform=ax.transAxes)
        ax.set_xticks([])
        ax.set_yticks([])
    ax.spines[["top", "right"]].set_visible(False)

    # One scale for every bar panel: the same length means the same number of cases.
    longest = max((n for _h, rows in panels for _label, n in rows), default=1)
    for ax, (heading, rows) in zip(axes[1:], panels, strict=True):
        counts = [n for _label, n in rows]
        ax.barh(range(len(rows)), counts, color=COLUMN)
        ax.set_yticks(range(len(rows)), [plain(label, LABEL_CHARS) for label, _n in rows])
        ax.invert_yaxis()
        ax.set_xlim(0, longest * 1.15 + 0.5)
        ax.set_title(plain(heading), loc="left", fontsize=11)
        ax.xaxis.get_major_locator().set_params(integer=True)
        for position, n in enumerate(counts):
            ax.text(n, position, f" {n}", va="center", fontsize=9)
        ax.spines[["top", "right"]].set_visible(False)
    buffer = io.BytesIO()
    # SVG: text stays text (the reader's fonts, selectable, a third of the size), no date
    # stamp (the same numbers give the same bytes).
    metadata = {"Date": None} if fmt == "svg" else {}
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "casewatch"}):
        figure.savefig(buffer, format=fmt, metadata=metadata)
    return buffer.getvalue()
