"""`python -m bench` lists the benchmarks; `python -m bench search --n 100000` runs one."""

from __future__ import annotations

import importlib
import sys

BENCHMARKS = {
    "parsers": "Dates, amounts, terms: ours vs dateparser and Babel, rows right per table",
    "places": "Gazetteer: load time, memory, find_places latency and recall over every spelling",
    "search": "Lookup latency (p50/p95/p99), load time, size and recall@5 on SQLite and PostgreSQL",
    "updates": "Updates through the real Application: updates/s, p50/p95/p99 at 0 and 50 ms "
    "Bot API latency, SQLite and PostgreSQL",
    "alerts": "Alert delivery (msg/s, CPU per message, 429s) through a fake Bot API on loopback",
    "moderation": "Moderation card of a new submission, duplicates included (p50/p95/p99)",
    "extract": "Field accuracy of parse-report per language and field on labelled report texts",
    "agreement": "Agreement of two labellers on the same report texts, and the extractor's "
    "score against each (the ceiling of bench extract)",
    "perturb": "Field accuracy of parse-report after label-preserving changes of surface form "
    "(a repost frame, context, lost blank lines, typography, names in title case, numeric dates)",
    "web": "Web catalogue: case and search pages, p50/p95/p99 and pages/s, on both backends",
}

#: Modules of bench/ that serve the benchmarks (runnable alone, but not a benchmark).
SUPPORT = {"fake_telegram"}


def main(argv: list[str]) -> None:
    if not argv or argv[0] not in BENCHMARKS:
        print("usage: python -m bench NAME [options]   (python -m bench NAME --help)\n")
        for name, what in BENCHMARKS.items():
            print(f"  {name:10} {what}")
        sys.exit(0 if not argv else 2)
    importlib.import_module(f"bench.{argv[0]}").main(argv[1:])


if __name__ == "__main__":
    main(sys.argv[1:])
