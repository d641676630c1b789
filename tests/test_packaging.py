"""What the Docker image does, without Docker: build the wheel, install it into a clean venv,
upgrade a fresh database with the packaged migrations and use the packaged schema.

The wheel is built with the locked build backend (no build isolation: nothing unpinned is
fetched) and installed as the Dockerfile does: the locked dependencies with their hashes, then the
wheel alone. Slow (about half a minute, mostly pip installing from its cache): marked `slow`;
skip it with `pytest -m "not slow"`.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*argv: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(  # noqa: S603 (our own interpreter and tools)
        [str(a) for a in argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, f"{argv}\n{result.stdout}\n{result.stderr}"
    return result.stdout + result.stderr


@pytest.mark.slow
def test_wheel_installs_into_a_clean_venv_and_runs(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    # Build from a copy: a stale build/ directory in the work tree would leak old files in.
    source = tmp_path / "source"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".venv", "build", ".git", "*.egg-info", "__pycache__", ".*_cache", "*.db"
        ),
    )
    run(
        sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
        "-w", dist, source, cwd=tmp_path,
    )  # fmt: skip
    [wheel] = dist.glob("casewatch-*.whl")

    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "migrations/env.py",
        "migrations/script.py.mako",
        "migrations/versions/__init__.py",
        "bot/schema/casewatch-cases.schema.json",
        "bot/schema/example-cases.json",
        "db/migrate.py",
        "db/places/data/places.json.gz",
        "db/places/data/SOURCE.md",
    ):
        assert required in names, required
    versions = {p.name for p in (ROOT / "migrations" / "versions").glob("*.py")}
    assert versions <= {Path(n).name for n in names if n.startswith("migrations/versions/")}
    catalogs = list((ROOT / "bot" / "locale").glob("*/LC_MESSAGES/*.po"))
    for po in catalogs:  # compiled at build time: .mo files are not kept in git
        relative = po.relative_to(ROOT).with_suffix(".mo").as_posix()
        assert relative in names, relative

    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    lock = ROOT / "requirements" / "main.txt"
    pip = venv / "bin" / "pip"
    run(pip, "install", "-q", "--require-hashes", "--no-deps", "-r", lock, cwd=tmp_path, env=env)
    run(pip, "install", "-q", "--no-deps", wheel, cwd=tmp_path, env=env)
    run(pip, "check", cwd=tmp_path, env=env)  # the lock left nothing unsatisfied

    work = tmp_path / "work"
    work.mkdir()
    database = work / "casewatch.db"
    env |= {
        "DATABASE_URL": f"sqlite+aiosqlite:///{database}",
        "SECRET_KEY": "packaging-test-secret-key-0123456789abcdef",
    }
    casewatch = venv / "bin" / "casewatch"
    assert "moderators" in run(casewatch, "--help", cwd=work, env=env)
    installed = run(venv / "bin" / "python", "-c", "import bot; print(bot.__file__)", cwd=work)
    assert str(venv) in installed  # the installed package, not this source tree
    gazetteer = "from db.places import find_region; print(find_region('Талғар'))"
    assert run(venv / "bin" / "python", "-c", gazetteer, cwd=work).strip() == "almaty"

    run(casewatch, "db", "upgrade", cwd=work, env=env)
    with sqlite3.connect(database) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        [(head,)] = connection.execute("SELECT version_num FROM alembic_version")
    assert {"cases", "users", "case_external_ids"} <= tables
    assert head in run(casewatch, "db", "current", cwd=work, env=env)

    example = venv.glob("lib/python*/site-packages/bot/schema/example-cases.json")
    out = run(casewatch, "import", next(example), cwd=work, env=env)
    assert "imported 3 new cases" in out
    assert "Published cases: 3" in run(casewatch, "stats", cwd=work, env=env)
