"""The committed lock installs what pyproject.toml asks for, and only from pinned, hashed files.

`make run` installs requirements/main.txt, `make test` and CI requirements/dev.txt; both are made
by `make lock` (pip-compile --generate-hashes). This fails when pyproject.toml changed without a
re-lock, so a fresh machine can never install something other than what was tested.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s\\;]+)")


def read_lock(name: str) -> dict[str, Version]:
    """Package → pinned version; asserts that every pin carries at least one hash."""
    text = (ROOT / "requirements" / name).read_text()
    pins: dict[str, Version] = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        match = PIN.match(block)
        if match is None:
            continue
        assert "--hash=sha256:" in block, f"{name}: {match.group(1)} is pinned without a hash"
        pins[canonicalize_name(match.group(1))] = Version(match.group(2))
    assert pins, f"{name} pins nothing"
    return pins


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())


def unsatisfied(requirements: list[str], pins: dict[str, Version]) -> list[str]:
    missing = []
    for line in requirements:
        requirement = Requirement(line)
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        pinned = pins.get(canonicalize_name(requirement.name))
        if pinned is None or pinned not in requirement.specifier:
            missing.append(f"{line} (locked: {pinned})")
    return missing


def test_runtime_lock_satisfies_pyproject() -> None:
    project = pyproject()
    needed = project["project"]["dependencies"] + project["build-system"]["requires"]
    assert not unsatisfied(needed, read_lock("main.txt")), "run `make lock`"


def test_dev_lock_satisfies_pyproject_with_dev_extras() -> None:
    project = pyproject()
    needed = (
        project["project"]["dependencies"]
        + project["project"]["optional-dependencies"]["dev"]
        + project["build-system"]["requires"]
    )
    assert not unsatisfied(needed, read_lock("dev.txt")), "run `make lock`"


def test_dev_lock_agrees_with_runtime_lock() -> None:
    main, dev = read_lock("main.txt"), read_lock("dev.txt")
    differing = {name: (main[name], dev.get(name)) for name in main if dev.get(name) != main[name]}
    assert not differing, f"runtime and dev locks disagree: {differing}"


@pytest.mark.parametrize("stamp", ["$(VENV)/.installed-main:", "$(STAMP):"])
def test_make_installs_from_the_lock_with_hashes(stamp: str) -> None:
    makefile = (ROOT / "Makefile").read_text()
    recipe = makefile[makefile.index("\n" + stamp) :].split("\n\n", 1)[0]
    assert "--require-hashes" in recipe and "-r requirements/" in recipe
    assert "--no-deps" in recipe  # the project itself: nothing resolved outside the lock
