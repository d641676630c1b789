"""Export and import of cases (`casewatch export`, `casewatch import`).

The JSON format is a public contract, described by schema/casewatch-cases.schema.json (shipped in
the package as bot/schema/...). Import validates the whole file against it, reports each problem
with its line and JSON path, and writes everything in one transaction or nothing. Re-importing a
case whose `id` is already known creates nothing. Imported cases are published (approved): an
organisation imports its own vetted list; records marked anything but approved are refused.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from jsonschema import Draft202012Validator, FormatChecker
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.services.changes import import_case
from db.exchange import (
    FORMAT_NAME,
    FORMAT_VERSION,
    Record,
    case_to_record,
    cases_for_export,
    existing_external_ids,
    external_ids_for,
    record_to_case,
)

SCHEMA_NAME = "casewatch-cases.schema.json"
_BOT = Path(__file__).resolve().parent.parent  # bot/
#: The schema inside the installed package (setup.py copies it to bot/schema/), else in the
#: source tree (editable installs).
_SCHEMA_CANDIDATES = (
    _BOT / "schema" / SCHEMA_NAME,
    _BOT.parent / "schema" / SCHEMA_NAME,
)
#: Refuse files larger than this before parsing (a case record is a few kilobytes).
MAX_IMPORT_BYTES = 200 * 1024 * 1024

T = TypeVar("T")


def schema_path() -> Path:
    for candidate in _SCHEMA_CANDIDATES:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"{SCHEMA_NAME} is missing from the installation")


@cache
def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(schema_path().read_text(encoding="utf-8"))
    return loaded


def progress(items: Iterable[T], description: str, total: int | None = None) -> Iterator[T]:
    """Iterate with a progress bar on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        yield from items
        return
    from rich.console import Console
    from rich.progress import track

    yield from track(items, description=description, total=total, console=Console(stderr=True))


# --- export ----------------------------------------------------------------------------------


async def export_records(
    sessionmaker: async_sessionmaker[AsyncSession], *, include_all: bool = False
) -> list[Record]:
    """Records of the approved cases (all cases with `include_all`). Gives cases that have no
    exchange id yet a stable one (committed), so later exports and imports match them."""
    async with sessionmaker() as session, session.begin():
        cases = await cases_for_export(session, include_all=include_all)
        ids = await external_ids_for(session, cases)
        return [
            case_to_record(case, ids[case.id])
            for case in progress(cases, "Exporting", total=len(cases))
        ]


def document(records: list[Record]) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "cases": records,
    }


def to_json(records: list[Record]) -> str:
    return json.dumps(document(records), ensure_ascii=False, indent=2) + "\n"


CSV_COLUMNS = (
    "id",
    "publication",
    "stage",
    "name",
    "surname",
    "given_names",
    "patronymic",
    "aliases",
    "region",
    "city",
    "occupation",
    "articles",
    "court",
    "judge",
    "prosecutor",
    "detention_date",
    "verdict_date",
    "verdict_sentence",
    "appeal_date",
    "appeal_outcome",
    "appeal_sentence",
    "acts",
    "sources",
)
#: A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _sentence_text(event: Record | None) -> str:
    if event is None:
        return ""
    parts = []
    for part in event["sentence"]:
        if part["term_months"] is not None:
            parts.append(f"{part['kind']} {part['term_months']} months")
        elif part["hours"] is not None:
            parts.append(f"{part['kind']} {part['hours']} hours")
        else:
            money = f"{part['kind']} {part['amount']} {part['currency'] or ''}".strip()
            if part.get("amount_usd") is not None:
                money += f" (≈ ${part['amount_usd']} as reported)"
            parts.append(money)
    return "; ".join(parts)


def _first(events: list[Record], kind: str) -> Record | None:
    return next((e for e in events if e["kind"] == kind), None)


def _last(events: list[Record], kind: str) -> Record | None:
    return next((e for e in reversed(events) if e["kind"] == kind), None)


def to_csv(records: list[Record]) -> str:
    """One row per case, for spreadsheets (export only: import takes the JSON format)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for record in records:
        person, events = record["person"], record["events"]
        detention = _first(events, "detention")
        verdict = _first(events, "verdict")
        appeal = _last(events, "appeal_ruling")
        row = {
            "id": record["id"],
            "publication": record["publication"],
            "stage": record["stage"],
            "name": person["name"],
            "surname": person["surname"],
            "given_names": person["given_names"],
            "patronymic": person["patronymic"],
            "aliases": "; ".join(person["aliases"]),
            "region": person["region"],
            "city": person["city"],
            "occupation": person["occupation"],
            "articles": "; ".join(
                c["article"] + (f".{c['part']}" if c["part"] else "") for c in record["charges"]
            ),
            "court": record["court"],
            "judge": record["judge"],
            "prosecutor": record["prosecutor"],
            "detention_date": detention["date"] if detention else None,
            "verdict_date": verdict["date"] if verdict else None,
            "verdict_sentence": _sentence_text(verdict),
            "appeal_date": appeal["date"] if appeal else None,
            "appeal_outcome": appeal["appeal_outcome"] if appeal else None,
            "appeal_sentence": _sentence_text(appeal),
            "acts": "; ".join(
                (f"{a['date']} " if a["date"] else "") + a["description"] for a in record["acts"]
            ),
            "sources": " ".join(s["url"] for s in record["sources"]),
        }
        writer.writerow([_cell(row[column]) for column in CSV_COLUMNS])
    return out.getvalue()


# --- import ----------------------------------------------------------------------------------


class ImportRefused(Exception):
    """The file was not imported; nothing was written. `problems` say where and why."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass
class ImportResult:
    created: list[str] = field(default_factory=list)
    already_present: list[str] = field(default_factory=list)


Path_ = tuple[str | int, ...]
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def _value_positions(text: str) -> dict[Path_, int]:
    """The offset where each value of a JSON text starts, by path (to report line numbers)."""
    positions: dict[Path_, int] = {}

    def skip(index: int) -> int:
        match = _WHITESPACE.match(text, index)
        return match.end() if match else index

    def walk(index: int, path: Path_) -> int:
        index = skip(index)
        positions[path] = index
        char = text[index : index + 1]
        if char == "{":
            index = skip(index + 1)
            if text[index] == "}":
                return index + 1
            while True:
                key, index = _DECODER.raw_decode(text, skip(index))
                index = skip(index) + 1  # the colon
                index = skip(walk(index, (*path, key)))
                if text[index] == "}":
                    return index + 1
                index += 1  # the comma
        if char == "[":
            index = skip(index + 1)
            if text[index] == "]":
                return index + 1
            position = 0
            while True:
                index = skip(walk(index, (*path, position)))
                position += 1
                if text[index] == "]":
                    return index + 1
                index += 1
        _value, end = _DECODER.raw_decode(text, index)
        return int(end)

    walk(0, ())
    return positions


def _path_text(path: Iterable[str | int]) -> str:
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out or "(document)"


def validate_text(text: str) -> dict[str, Any]:
    """Parse and validate an import file; raise ImportRefused listing every problem (up to 20)
    as 'line N: path: reason'."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as problem:
        raise ImportRefused(
            [f"line {problem.lineno}, column {problem.colno}: not valid JSON: {problem.msg}"]
        ) from None
    positions = _value_positions(text)

    def line_of(path: Iterable[str | int]) -> int:
        steps = tuple(path)
        while steps not in positions and steps:
            steps = steps[:-1]
        return text.count("\n", 0, positions.get(steps, 0)) + 1

    validator = Draft202012Validator(schema(), format_checker=FormatChecker())
    errors = sorted(validator.iter_errors(data), key=lambda e: line_of(e.absolute_path))
    problems = [
        f"line {line_of(e.absolute_path)}: {_path_text(e.absolute_path)}: {e.message}"
        for e in errors[:20]
    ]
    if not problems:
        seen: dict[str, int] = {}
        for index, record in enumerate(data["cases"]):
            path = ("cases", index)
            publication = record.get("publication", "approved")
            if publication != "approved":
                problems.append(
                    f"line {line_of((*path, 'publication'))}: {_path_text(path)}.publication: "
                    f"only approved cases are imported, this one is {publication!r}"
                )
            if record["id"] in seen:
                problems.append(
                    f"line {line_of((*path, 'id'))}: {_path_text(path)}.id: {record['id']!r} "
                    f"is also the id of cases[{seen[record['id']]}]"
                )
            seen.setdefault(record["id"], index)
    if problems:
        raise ImportRefused(problems)
    return dict(data)


def read_import_file(path: Path) -> dict[str, Any]:
    if path.stat().st_size > MAX_IMPORT_BYTES:
        raise ImportRefused([f"{path}: larger than {MAX_IMPORT_BYTES // 2**20} MiB"])
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as problem:
        raise ImportRefused([f"{path}: not UTF-8 text ({problem.reason})"]) from None
    return validate_text(text)


async def import_document(
    sessionmaker: async_sessionmaker[AsyncSession], data: dict[str, Any]
) -> ImportResult:
    """Store the new cases of a validated document in one transaction (all or nothing)."""
    records: list[Record] = data["cases"]
    result = ImportResult()
    async with sessionmaker() as session, session.begin():
        known = await existing_external_ids(session, [r["id"] for r in records])
        for record in progress(records, "Importing", total=len(records)):
            if record["id"] in known:
                result.already_present.append(record["id"])
                continue
            # One service: stored public, indexed, audited (bot/services).
            await import_case(session, record_to_case(record), record["id"])
            result.created.append(record["id"])
    return result
