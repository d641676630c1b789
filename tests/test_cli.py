"""The command line: a clear line without a token, and the console end to end."""

from __future__ import annotations

import asyncio
import io
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from bot.cli.console import Console
from db import migrate
from db.models import Submission
from tests.conftest import make_settings


def casewatch_run(cwd: Path, **settings: str) -> subprocess.CompletedProcess[str]:
    """`casewatch run` in a subprocess, with no token or database from this environment."""
    env = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN", "DATABASE_URL")}
    env.update(SECRET_KEY="x" * 40, **settings)
    return subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_run_without_token_says_what_to_set(tmp_path: Path) -> None:
    result = casewatch_run(tmp_path)
    assert result.returncode != 0
    assert "BOT_TOKEN is not set" in result.stderr
    assert "Traceback" not in result.stderr


def test_run_without_network_says_what_to_check(tmp_path: Path) -> None:
    """A well-formed token and a Bot API nobody answers (a closed port on loopback): one line."""
    result = casewatch_run(
        tmp_path,
        BOT_TOKEN="123456:" + "A" * 35,
        TELEGRAM_API_URL="http://127.0.0.1:9/bot",
        LISTEN_PORT="0",
        LOG_FORMAT="json",
    )
    assert result.returncode != 0
    assert "cannot reach the Bot API at http://127.0.0.1:9/bot" in result.stderr
    assert "check TELEGRAM_API_URL / the network" in result.stderr
    assert "Traceback" not in result.stderr
    assert "AAAAAAAAAA" not in result.stderr + result.stdout


async def test_console_completes_a_report(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'console.db'}"
    await asyncio.to_thread(migrate.upgrade, url)
    out = io.StringIO()
    async with Console(make_settings(url), user_id=4242, language="en", out=out) as console:
        for line in ["/start", "1", "1", "4", "Asylkhan ZHAUBATYROV", "Жаубатыров Асылхан"]:
            await console.handle(line)
        assert "[1] Almaty (city)" in out.getvalue() and "[2] Astana" in out.getvalue()
        # Skip the remaining optional questions by pressing "Skip" or "Done" by number.
        for _ in range(40):
            if "Please check your report" in out.getvalue().rsplit("bot>", 1)[-1]:
                break
            labels = [label for label, _data in console.buttons]
            choice = next(
                i for i, label in enumerate(labels, 1) if "Skip" in label or "Done" in label
            )
            await console.handle(str(choice))
        await console.handle(":photo")  # not at the attachments step: explained, not lost
        labels = [label for label, _data in console.buttons]
        await console.handle(str(labels.index("✅ Submit") + 1))
        async with console.app.bot_data["casewatch"].sessionmaker() as session:
            submission = (await session.scalars(select(Submission))).one()
    assert f"Reference: {submission.reference}" in out.getvalue()


def test_run_freezes_start_up_and_collects_less_often_after_the_application_initialised() -> None:
    """`casewatch run` (and each of its WORKERS) chains gc.freeze after the Application's own
    post_init (which loads the gazetteer), so full collections skip the start-up objects, and
    collects the young generation less often; the
    kill -9 test runs it."""
    import gc
    from types import SimpleNamespace

    from bot.infra.front import SERVING_GC_THRESHOLDS, tune_collector_after_init

    initialised: list[object] = []

    async def post_init(app: object) -> None:
        initialised.append(app)

    application = SimpleNamespace(post_init=post_init)
    tune_collector_after_init(application)  # type: ignore[arg-type]
    before, thresholds = gc.get_freeze_count(), gc.get_threshold()
    try:
        asyncio.run(application.post_init(application))
        assert initialised == [application]
        assert gc.get_freeze_count() > before
        assert gc.get_threshold() == SERVING_GC_THRESHOLDS
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)
