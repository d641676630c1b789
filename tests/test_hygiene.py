"""Rules about the code itself: public library APIs only, every benchmark listed."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from bench.__main__ import BENCHMARKS, SUPPORT

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    path
    for folder in ("bot", "db", "bench", "tests", "migrations")
    for path in (ROOT / folder).rglob("*.py")
]


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def is_private(module: str) -> bool:
    """`telegram._utils`, `telegram.ext._utils.types`, `telegram.request._requestparameter` …"""
    top, *rest = module.split(".")
    return top == "telegram" and any(part.startswith("_") for part in rest)


def test_no_private_telegram_imports() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}: {module}"
        for path in SOURCES
        for module in imported_modules(path)
        if is_private(module)
    ]
    assert not offenders, "use python-telegram-bot's public API: " + ", ".join(offenders)


def test_the_private_import_check_catches_one() -> None:
    assert is_private("telegram.ext._utils.types")
    assert is_private("telegram._utils.defaultvalue")
    assert not is_private("telegram.request")


@pytest.mark.parametrize("path", sorted((ROOT / "bench").glob("*.py")), ids=lambda p: p.stem)
def test_every_benchmark_is_listed(path: Path) -> None:
    if path.stem.startswith("_") or path.stem in SUPPORT:
        return
    module = importlib.import_module(f"bench.{path.stem}")
    if hasattr(module, "main"):
        assert path.stem in BENCHMARKS, f"add {path.stem} to bench/__main__.py BENCHMARKS"
