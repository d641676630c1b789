"""Field-level accuracy of `casewatch parse-report` on labelled report texts.

    python -m bench extract                # the held-out set, tests/data/reports/*.txt
    python -m bench extract --seeds        # the published seed reports (goal 1.00)
    python -m bench extract --data DIR     # another labelled set (tests/data/reports-dev, ...)
    python -m bench extract --all          # one line per labelled set, seeds first

Each text has its expected cases in a .json next to it (fields left out are empty). A case's
fields are compared one by one: stage, name, each other spelling, city, region, each occupation
item, court, judge, prosecutor, each charge (article and part), each event (kind and date), each
preventive measure, each appeal outcome, each sentence part (event, kind and term, hours or
amount), each act (date, and the description at least 80% similar) and each source.
Accuracy = matched / (expected + spurious): a wrong value counts once as not matched, a value
where none was expected (or more items than expected) counts as spurious. Expected and
extracted cases are paired by the person's name; an unpaired case counts all its fields.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from bot.extract import extract_cases

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT = ROOT / "tests" / "data" / "reports"
SEEDS = ROOT / "tests" / "data" / "seeds"

Item = tuple[Any, ...]


def _fold(value: Any) -> Any:
    return " ".join(value.split()).casefold() if isinstance(value, str) else value


def case_fields(case: dict[str, Any]) -> dict[str, list[Item]]:
    """Comparable items of each field of a case (a partial expected record is fine)."""
    person = case.get("person", {})
    fields: dict[str, list[Item]] = defaultdict(list)

    def scalar(name: str, value: Any) -> None:
        if value not in (None, "", []):
            fields[name].append((_fold(value),))

    scalar("stage", case.get("stage"))
    scalar("name", person.get("name"))
    for alias in person.get("aliases") or []:
        fields["aliases"].append((_fold(alias),))
    scalar("city", person.get("city"))
    scalar("region", person.get("region"))
    for item in (person.get("occupation") or "").split(","):
        if item.strip():
            fields["occupation"].append((_fold(item),))
    for name in ("court", "judge", "prosecutor"):
        scalar(name, case.get(name))
    for charge in case.get("charges") or []:
        fields["charges"].append((charge["article"], charge.get("part")))
    for event in case.get("events") or []:
        fields["events"].append((event["kind"], event.get("date")))
        if event.get("measure"):
            fields["measure"].append((event["kind"], event["measure"]))
        if event.get("appeal_outcome"):
            fields["appeal_outcome"].append((event["appeal_outcome"],))
        for part in event.get("sentence") or []:
            fields["sentence"].append(
                (
                    event["kind"],
                    part["kind"],
                    part.get("term_months"),
                    part.get("hours"),
                    part.get("amount"),
                )
            )
    for act in case.get("acts") or []:
        fields["acts"].append((act.get("date"), _fold(act["description"])))
    for source in case.get("sources") or []:
        fields["sources"].append((source["url"],))
    return fields


def _same(field: str, expected: Item, got: Item) -> bool:
    if field == "acts":
        return expected[0] == got[0] and SequenceMatcher(None, expected[1], got[1]).ratio() >= 0.8
    return expected == got


def compare(expected: dict[str, Any], got: dict[str, Any]) -> dict[str, list[int]]:
    """Per field: [matched, expected, spurious]."""
    want, have = case_fields(expected), case_fields(got)
    counts: dict[str, list[int]] = {}
    for field in set(want) | set(have):
        remaining = list(have.get(field, []))
        matched = 0
        for item in want.get(field, []):
            hit = next((g for g in remaining if _same(field, item, g)), None)
            if hit is not None:
                remaining.remove(hit)
                matched += 1
        expected_count = len(want.get(field, []))
        spurious = max(0, len(have.get(field, [])) - expected_count)
        counts[field] = [matched, expected_count, spurious]
    return counts


def _surname_similarity(a: dict[str, Any], b: dict[str, Any]) -> float:
    return SequenceMatcher(None, _fold(a["person"]["name"]), _fold(b["person"]["name"])).ratio()


def score_text(expected: list[dict[str, Any]], got: list[dict[str, Any]]) -> dict[str, list[int]]:
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    unpaired = list(got)
    for case in expected:
        best = max(unpaired, key=lambda g: _surname_similarity(case, g), default=None)
        if best is not None and _surname_similarity(case, best) >= 0.5:
            unpaired.remove(best)
        else:
            best = {"person": {}}
        for field, (m, e, s) in compare(case, best).items():
            totals[field][0] += m
            totals[field][1] += e
            totals[field][2] += s
    for extra in unpaired:
        for field, items in case_fields(extra).items():
            totals[field][2] += len(items)
    return dict(totals)


def accuracy(counts: list[int]) -> float:
    matched, expected, spurious = counts
    return matched / (expected + spurious) if expected + spurious else 1.0


def labelled_texts(directory: Path) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(name, text, expected cases) of every labelled text in the directory."""
    items = []
    if (directory / "expected.json").exists():
        expected = json.loads((directory / "expected.json").read_text(encoding="utf-8"))
        for name, doc in sorted(expected.items()):
            items.append((name, (directory / name).read_text(encoding="utf-8"), doc["cases"]))
        return items
    for path in sorted(directory.glob("*.txt")):
        if not path.with_suffix(".json").exists():  # a note such as FIRST_RUN.txt, not a text
            continue
        doc = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        items.append((path.name, path.read_text(encoding="utf-8"), doc["cases"]))
    return items


#: The day the newest labels were written (1 December 2026): the day every text is read on, so a
#: text that writes its dates with no year anywhere is dated as its labels date it.
LABELS_AS_OF = dt.date(2026, 12, 1)

_WARM_UP_TEXT = "Иван Петров задержан в Алматы 1 мая 2024 года по статье 174 УК РК."


def warm_up() -> float:
    """CPU seconds of a first extraction, which loads the gazetteer, the pymorphy3 dictionaries
    and the labels' models once per process: timed apart so a set's time per text is the
    extraction's own (else the load of a cold start is spread over the set's few texts)."""
    started = time.process_time()
    extract_cases(_WARM_UP_TEXT)
    return time.process_time() - started


def evaluate(directory: Path) -> tuple[dict[str, dict[str, list[int]]], float]:
    """Counts by language and field, and the CPU seconds spent extracting (process time, so a
    loaded machine slows it less than a wall clock)."""
    by_language: dict[str, dict[str, list[int]]] = defaultdict(
        lambda: defaultdict(lambda: [0, 0, 0])
    )
    spent = 0.0
    for name, text, expected in labelled_texts(directory):
        language = name[:2] if name[:2] in ("en", "ru", "kk") else "en"
        started = time.process_time()
        got = extract_cases(text, today=LABELS_AS_OF)
        spent += time.process_time() - started
        for field, counts in score_text(expected, got).items():
            for target in (by_language[language][field], by_language["all"][field]):
                for i in range(3):
                    target[i] += counts[i]
    return by_language, spent


def _total(fields: dict[str, list[int]]) -> list[int]:
    return [sum(c[i] for c in fields.values()) for i in range(3)]


def report(directory: Path) -> None:
    cold = warm_up()
    by_language, spent = evaluate(directory)
    texts = len(labelled_texts(directory))
    print(f"Field accuracy on {texts} texts in {directory.relative_to(ROOT)}")
    print("(matched / (expected + spurious))\n")
    print(f"{'language':10} {'accuracy':>9} {'matched':>8} {'expected':>9} {'spurious':>9}")
    for language in ("en", "ru", "kk", "all"):
        if language not in by_language:
            continue
        m, e, s = _total(by_language[language])
        print(f"{language:10} {accuracy([m, e, s]):9.3f} {m:8} {e:9} {s:9}")
    print(f"\n{'field':16} " + " ".join(f"{lang:>7}" for lang in ("en", "ru", "kk", "all")))
    fields = sorted(by_language["all"])
    for field in fields:
        cells = []
        for language in ("en", "ru", "kk", "all"):
            counts = by_language.get(language, {}).get(field)
            cells.append(f"{accuracy(counts):7.2f}" if counts and any(counts) else "      -")
        print(f"{field:16} " + " ".join(cells))
    print(f"\nextraction time: {spent * 1000 / max(texts, 1):.1f} ms CPU per text")
    print(f"first extraction of the process (loading): {cold * 1000:.0f} ms CPU")
    try:
        import os

        print("load average: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    except OSError:
        pass


def summary() -> None:
    """Every labelled set on one line each: a regression check after changing a rule."""
    sets = [SEEDS, *sorted(p for p in HELD_OUT.parent.glob("reports*") if p.is_dir())]
    cold = warm_up()
    print(f"{'set':24} {'texts':>5} {'en':>6} {'ru':>6} {'kk':>6} {'all':>6}")
    spent_all, texts_all = 0.0, 0
    for directory in sets:
        by_language, spent = evaluate(directory)
        texts = len(labelled_texts(directory))
        spent_all, texts_all = spent_all + spent, texts_all + texts
        cells = [
            f"{accuracy(_total(by_language[lang])):6.3f}" if lang in by_language else "     -"
            for lang in ("en", "ru", "kk", "all")
        ]
        print(f"{directory.name:24} {texts:5} " + " ".join(cells))
    print(f"\nextraction time: {spent_all * 1000 / max(texts_all, 1):.1f} ms CPU per text")
    print(f"first extraction of the process (loading): {cold * 1000:.0f} ms CPU")
    try:
        import os

        print("load average: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    except OSError:
        pass


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench extract", description=__doc__)
    parser.add_argument("--seeds", action="store_true", help="score the seed reports instead")
    parser.add_argument("--data", type=Path, help="a directory of NAME.txt + NAME.json")
    parser.add_argument("--all", action="store_true", help="one line per labelled set")
    args = parser.parse_args(argv)
    if args.all:
        summary()
        return
    report((args.data or (SEEDS if args.seeds else HELD_OUT)).resolve())
