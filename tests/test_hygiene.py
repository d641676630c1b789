"""Rules about the code itself: public library APIs only, every benchmark listed, a service
layer (bot/services) free of telegram, callback data built only by the kinds of
bot/ui/callbacks.py."""

from __future__ import annotations

import ast
import importlib
import re
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


# --- callback data is built only in bot/ui/callbacks.py -------------------------------------------

CALLBACKS_MODULE = ROOT / "bot" / "ui" / "callbacks.py"


def callback_shape() -> re.Pattern[str]:
    """Text that spells callback data: a kind's first prefix part ("mod", "tl"...), or what
    followed "mod:" when the moderation menus wrote their data relative to it (an action "ap",
    "ekk"..., or "q", "role"), then ":", with no space anywhere (prose such as "case: {value}"
    has one), optionally after a regex's "^" and a placeholder (f"{PREFIX}ap:{sid}")."""
    from bot.ui import callbacks

    prefixes = [kind.PREFIX.split(":") for kind in callbacks.ALL_KINDS]
    heads = {parts[0] for parts in prefixes}
    heads |= {parts[1] for parts in prefixes if parts[0] == "mod" and len(parts) > 1}
    heads |= {action.value for action in callbacks.ModAction}
    alternatives = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
    return re.compile(rf"\^?(?:\{{\}})?(?:{alternatives}):\S*")


def _text_of(node: ast.JoinedStr) -> str:
    """An f-string's literal text, each placeholder as "{}"."""
    return "".join(part.value if isinstance(part, ast.Constant) else "{}" for part in node.values)


def _is_packed(node: ast.expr) -> bool:
    """`<button>.pack()`, or a value that is not text (`callback_data=False` in persistence)."""
    if isinstance(node, ast.Call):
        return isinstance(node.func, ast.Attribute) and node.func.attr == "pack"
    return isinstance(node, ast.Constant) and not isinstance(node.value, str)


def callback_data_built_as_text(source: str) -> list[int]:
    """Lines of `source` that build (or take apart) callback data by hand: a string or f-string
    of the callback shape (docstrings aside), or `callback_data=` given anything but a kind's
    `.pack()`."""
    shape = callback_shape()
    tree = ast.parse(source)
    docs = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    inside_fstrings = {
        id(part)
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
        for part in node.values
    }
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = _text_of(node)
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docs | inside_fstrings
        ):
            text = node.value
        elif isinstance(node, ast.keyword) and node.arg == "callback_data":
            if not _is_packed(node.value):
                lines.add(node.value.lineno)
            continue
        else:
            continue
        if shape.fullmatch(text):
            lines.add(node.lineno)
    return sorted(lines)


def test_callback_data_is_built_only_in_the_callbacks_module() -> None:
    """Every button's data is built by its kind (bot/ui/callbacks.py), the one place that knows
    each layout: nowhere else is it written as text, concatenated, or given to a button except
    as a kind's `.pack()` (`keyboard()` takes the kinds themselves and refuses text)."""
    offenders = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in sorted((ROOT / "bot").rglob("*.py"))
        if path != CALLBACKS_MODULE
        for line in callback_data_built_as_text(path.read_text())
    ]
    assert offenders == [], "build it with a kind of bot/ui/callbacks.py: " + ", ".join(offenders)


def test_the_callback_data_check_catches_text_built_data() -> None:
    source = '''
"""Module docs may say "mod:ap:<id>"."""
PREFIX = "mod:"
a = f"mod:ap:{sid}"
b = (label, f"{PREFIX}ap:{sid}")
c = "tl:k:" + kind
d = InlineKeyboardButton("x", callback_data=data)
e = InlineKeyboardButton("x", callback_data=f"case:{case_id}")
f = pattern=rf"^{PREFIX}ekk:\\d+:\\d+$"
g = "rep:{}:{}".format(step, value)
h = data.startswith("safe:ack")
i = [("Make moderator", f"role:add:{telegram_id}"), ("Older", f"q:{page - 1}")]
ok1 = _("case: {value}").format(value=v)
ok2 = InlineKeyboardButton("x", callback_data=OpenCase(case_id).pack())
ok3 = PersistenceInput(callback_data=False)
ok4 = f"edit:{number}", f"pick:{n}", f"https://t.me/{name}?start=case_{n}", "%s: %r"
ok5 = keyboard([[(label, SubmissionAction(ModAction.APPROVE, sid))]])
'''
    assert callback_data_built_as_text(source) == [3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
