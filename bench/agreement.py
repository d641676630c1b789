"""How far two labellers of the same report texts agree: the ceiling of `bench extract`.

    python -m bench agreement          # every second labelling (reports*/second-labeller/)
    python -m bench agreement --diff   # and, per text and case, the items only one labeller wrote

A set's `second-labeller/` folder holds NAME.json for some of the set's texts, written by another
labeller who read the same conventions (`docs/labelling.md`) and texts but not the set's labels.
Both labellings are scored with `bench.extract.score_text`, which is symmetric for paired cases
(matched / the larger of the two counts, field by field): the share two careful people agree on.
The extractor is scored on the same texts against each labelling, so its figure and the
labellers' agreement are measured on exactly the same items.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from bench.extract import (
    HELD_OUT,
    LABELS_AS_OF,
    ROOT,
    accuracy,
    case_fields,
    labelled_texts,
    score_text,
)
from bot.extract import extract_cases

SECOND = "second-labeller"
Counts = dict[str, list[int]]


def second_labellings() -> list[Path]:
    return sorted(p for p in HELD_OUT.parent.glob(f"reports*/{SECOND}") if p.is_dir())


def _add(total: dict[str, Counts], language: str, counts: Counts) -> None:
    for field, triple in counts.items():
        for key in (language, "all"):
            target = total[key].setdefault(field, [0, 0, 0])
            for i in range(3):
                target[i] += triple[i]


def _sum(fields: Counts) -> list[int]:
    return [sum(c[i] for c in fields.values()) for i in range(3)]


def _items(case: dict[str, Any]) -> set[tuple[str, tuple[Any, ...]]]:
    return {(field, item) for field, items in case_fields(case).items() for item in items}


def _print_diff(name: str, first: list[dict[str, Any]], second: list[dict[str, Any]]) -> None:
    """Items only one labeller wrote, per case of the same name in both (a case named
    differently by the two is listed as only in one)."""

    def label(case: dict[str, Any]) -> str:
        return str(case.get("person", {}).get("name", "?"))

    seconds = {label(c): c for c in second}
    for case in first:
        other = seconds.pop(label(case), None)
        if other is None:
            print(f"  {name}: case only in the first labels: {label(case)}")
            continue
        only_first = sorted(_items(case) - _items(other), key=str)
        only_second = sorted(_items(other) - _items(case), key=str)
        for field, item in only_first:
            print(f"  {name} {label(case)}: first  {field} {item}")
        for field, item in only_second:
            print(f"  {name} {label(case)}: second {field} {item}")
    for rest in seconds:
        print(f"  {name}: case only in the second labels: {rest}")


def measure(show_diff: bool) -> None:
    pairs: dict[str, Counts] = defaultdict(dict)
    machine_first: dict[str, Counts] = defaultdict(dict)
    machine_second: dict[str, Counts] = defaultdict(dict)
    texts = 0
    per_set: list[tuple[str, int, float, float]] = []
    folders = second_labellings()
    for folder in folders:
        set_pairs: dict[str, Counts] = defaultdict(dict)
        set_machine: dict[str, Counts] = defaultdict(dict)
        labelled = {name: (text, cases) for name, text, cases in labelled_texts(folder.parent)}
        for path in sorted(folder.glob("*.json")):
            name = path.with_suffix(".txt").name
            text, first = labelled[name]
            second = json.loads(path.read_text(encoding="utf-8"))["cases"]
            got = extract_cases(text, today=LABELS_AS_OF)
            language = name[:2]
            _add(pairs, language, score_text(first, second))
            _add(machine_first, language, score_text(first, got))
            _add(machine_second, language, score_text(second, got))
            _add(set_pairs, language, score_text(first, second))
            _add(set_machine, language, score_text(first, got))
            texts += 1
            if show_diff:
                _print_diff(f"{folder.parent.name}/{name}", first, second)
        per_set.append(
            (
                folder.parent.name,
                len(list(folder.glob("*.json"))),
                accuracy(_sum(set_pairs["all"])),
                accuracy(_sum(set_machine["all"])),
            )
        )
    sets = ", ".join(f.parent.name for f in folders)
    print(f"Agreement on {texts} texts labelled twice ({sets})")
    print("(matched / (expected + spurious), as bench extract scores)\n")
    print(f"{'language':10} {'labellers':>10} {'extractor/1st':>14} {'extractor/2nd':>14}")
    for language in ("en", "ru", "kk", "all"):
        if language not in pairs:
            continue
        cells = [accuracy(_sum(t[language])) for t in (pairs, machine_first, machine_second)]
        print(f"{language:10} {cells[0]:10.3f} {cells[1]:14.3f} {cells[2]:14.3f}")
    print(f"\n{'set':24} {'texts':>5} {'labellers':>10} {'extractor/1st':>14}")
    for name, count, agreed, by_machine in per_set:
        print(f"{name:24} {count:5} {agreed:10.3f} {by_machine:14.3f}")
    m, e, s = _sum(pairs["all"])
    print(f"\nitems: {m} agreed of {e} in the first labels, {s} more in the second\n")
    print(f"{'field':16} {'labellers':>10} {'extractor/1st':>14} {'items (1st)':>12}")
    for field in sorted(pairs["all"], key=lambda f: accuracy(pairs["all"][f])):
        counts = pairs["all"][field]
        machine = machine_first["all"].get(field, [0, 0, 0])
        print(f"{field:16} {accuracy(counts):10.3f} {accuracy(machine):14.3f} {counts[1]:12}")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench agreement", description=__doc__)
    parser.add_argument("--diff", action="store_true", help="list the items only one wrote")
    args = parser.parse_args(argv)
    if not second_labellings():
        print(f"no {SECOND}/ folder under {HELD_OUT.parent.relative_to(ROOT)}")
        return
    measure(args.diff)
