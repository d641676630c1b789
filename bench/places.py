"""`python -m bench places`: the gazetteer's cold load time, memory, lookup latency, and how
many of every place's own names (all spellings, former names, declined and typo'd forms) find it.

Each spelling in the data is one query; "declined" appends a Russian/Kazakh case ending to the
Russian/Kazakh name (в Талгаре → "Талгаре", Талғарда); "typo" drops one inner letter of a
Latin name of 6+ letters (asked with typos=True) of the places whose typos are forgiven (towns
and villages GeoNames counts; the names of small villages are matched as written). A query
counts as found when the place is among the places returned; "first" when it is the first.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

from db.places import (
    Place,
    all_names,
    all_places,
    find_places,
    find_region,
    forgives_typos,
)


def _percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)

    def at(q: float) -> float:
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000

    return f"{at(0.50):.3f}/{at(0.95):.3f}/{at(0.99):.3f}"


def _measure(
    label: str, queries: list[tuple[str, Place]], lookup: Callable[[str], list[Place]]
) -> None:
    timings: list[float] = []
    found = first = 0
    for text, place in queries:
        start = time.perf_counter()
        result = lookup(text)
        timings.append(time.perf_counter() - start)
        found += place in result
        first += bool(result) and result[0] == place
    n = len(queries)
    print(
        f"| {label:9} | {n:7} | {found / n:6.3f} | {first / n:6.3f} | {_percentiles(timings):>21} |"
    )


def _peak_memory_mib() -> float:
    """Peak memory of a cold load, measured in a fresh interpreter (tracemalloc slows the
    load it measures, so not in this one)."""
    code = (
        "import tracemalloc; tracemalloc.start(); import db.places as p; "
        "p.all_places(); p.find_places('Talgarr', typos=True); "
        "print(tracemalloc.get_traced_memory()[1])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout) / 2**20


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench places", description=__doc__)
    parser.parse_args(argv)

    start = time.perf_counter()
    places = all_places()
    find_places("Талгар", typos=True)  # builds the typo index too
    load = time.perf_counter() - start
    memory = _peak_memory_mib()

    regions = {place.region_code for place in places}
    print(
        f"{len(places)} places in {len(regions)} regions; cold load {load * 1000:.0f} ms "
        f"(data + indexes), peak memory {memory:.1f} MiB (Python objects); "
        f"load average {os.getloadavg()[0]:.2f}"
    )
    spellings = [(name, place) for place in places for name in all_names(place)]
    declined = [
        (name[:-1] + "е" if name.endswith("й") else name + ending, place)
        for place in places
        for name, ending in ((place.name_ru, "е"), (place.name_kk, "да"))
        # (a name ending in a number, «Каратал 1», is not declined)
        if name[-1:].lower() not in "аеёиоуыэюяәөұүі0123456789"
        and not name.endswith(("ий", "ый", "ой"))
    ]
    typos = [
        (name[:3] + name[4:], place)
        for place in places
        for name in (place.name_latin,)
        if len(name) >= 6 and forgives_typos(place)
    ]
    print("\n| queries   |       n |  found |  first | p50/p95/p99 ms        |")
    print("|-----------|---------|--------|--------|-----------------------|")
    _measure("spellings", spellings, find_places)
    _measure("declined", declined, find_places)
    _measure("typo", typos, lambda text: find_places(text, typos=True))
    region_queries = [(place.name_ru, place) for place in places]
    timings = []
    for text, _place in region_queries:
        start = time.perf_counter()
        find_region(text)
        timings.append(time.perf_counter() - start)
    print(f"\nfind_region over every Russian name: p50/p95/p99 {_percentiles(timings)} ms")
    ambiguous = sum(len(find_places(place.name_ru)) > 1 for place in places)
    print(
        f"names shared by several places (Russian name): {ambiguous} of {len(places)}; "
        f"median population {statistics.median(p.population or 0 for p in places):.0f}"
    )
