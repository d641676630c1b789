"""Rules about the code itself: public library APIs only, every benchmark listed, a service
layer (bot/services) free of telegram."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
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


SERVICE_MODULES = sorted((ROOT / "bot" / "services").rglob("*.py"))


@pytest.mark.parametrize("path", SERVICE_MODULES, ids=lambda p: p.stem)
def test_services_never_import_telegram(path: Path) -> None:
    """bot/services is the layer every front end shares (the bot, the console, benchmarks):
    it imports neither telegram nor the bot's handler modules, only db/ and itself."""
    offenders = [
        module
        for module in imported_modules(path)
        if module.split(".")[0] == "telegram"
        or (module.startswith("bot.") and not module.startswith("bot.services"))
        or module == "bot"
    ]
    assert not offenders, f"{path.relative_to(ROOT)} imports {', '.join(offenders)}"


def test_importing_the_services_loads_no_telegram() -> None:
    """Transitively too (through db/ or bot/__init__): checked in a fresh interpreter."""
    modules = ", ".join(
        "bot.services" if path.stem == "__init__" else f"bot.services.{path.stem}"
        for path in SERVICE_MODULES
    )
    code = f"import sys, {modules}; print(any(m.split('.')[0] == 'telegram' for m in sys.modules))"
    result = subprocess.run(  # noqa: S603 (our own interpreter and a fixed program)
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_the_top_of_bot_holds_only_the_wiring() -> None:
    """bot/ shows the architecture (README, "Layout"): capabilities in bot/handlers, the one
    path of change in bot/services, the rest each in its own package; only the Application's
    wiring sits at the top."""
    loose = sorted(p.name for p in (ROOT / "bot").glob("*.py"))
    assert loose == ["__init__.py", "__main__.py", "app.py"]


def test_the_command_line_modules_do_not_import_each_other() -> None:
    """`casewatch`'s entry point dispatches to the operators' commands; they share only
    bot/cli/settings.py, never the entry point."""
    admin = ROOT / "bot" / "cli" / "admin.py"
    assert "bot.cli.main" not in imported_modules(admin)
