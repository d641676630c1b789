"""Operations: export and import, the webhook server and /healthz, /stats, update logs, the admin
CLI. Database tests run on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
import os
import re
import signal
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.app import OFFLINE_TOKEN, build_application
from bot.cli.main import main
from bot.infra.crypto import IdentityVault
from bot.infra.logs import JsonFormatter
from bot.infra.offline import OfflineBotAPI, UpdateFactory
from bot.services.exchange import (
    ImportRefused,
    export_records,
    import_document,
    schema,
    to_csv,
    to_json,
    validate_text,
)
from bot.web.webhook import SECRET_HEADER, bind_socket, build_web_app, make_server, run_with_server
from db import migrate
from db.cases import CASE_LOAD_OPTIONS
from db.engine import create_engine, create_sessionmaker
from db.models import (
    AlertOutbox,
    AuditEntry,
    Base,
    Case,
    Publication,
    PublishedEvent,
    Role,
    SearchKey,
    Submission,
    User,
)
from db.search import keys_of
from tests.conftest import (
    ADMIN_ID,
    POSTGRES_URL,
    SECRET,
    BotHarness,
    _pg_admin,
    make_settings,
)
from tests.seeds import report_baktybayev, report_sabanshiyev, report_zhaubatyrov

EXAMPLE = Path(__file__).resolve().parent.parent / "schema" / "example-cases.json"


# --- helpers ---------------------------------------------------------------------------------


async def enter_seeds(bot: BotHarness) -> None:
    await report_zhaubatyrov(bot.chat(111))
    await report_sabanshiyev(bot.chat(222))
    await report_baktybayev(bot.chat(333))


async def approve(sessionmaker: async_sessionmaker[AsyncSession], count: int | None = None) -> None:
    """What a moderator's approval leaves in the database (the moderation flow is elsewhere)."""
    async with sessionmaker() as session, session.begin():
        cases = list(await session.scalars(select(Case).order_by(Case.id)))
        for case in cases[:count]:
            case.publication = Publication.APPROVED
            case.approved_at = dt.datetime.now(dt.UTC)


_NOT_FACTS = {"id", "created_at", "updated_at", "approved_at"}
_CHILDREN = {
    "Case": ("person", "charges", "acts", "sources", "events"),
    "Person": ("aliases",),
    "Event": ("sentence",),
}


def facts(obj: Any) -> dict[str, Any]:
    """Every column of a loaded case and of its rows, without keys and timestamps."""
    mapper = obj.__mapper__
    out = {
        column.key: getattr(obj, column.key)
        for column in mapper.column_attrs
        if column.key not in _NOT_FACTS and not column.key.endswith("_id")
    }
    for name in _CHILDREN.get(type(obj).__name__, ()):
        value = getattr(obj, name)
        out[name] = [facts(v) for v in value] if isinstance(value, list) else facts(value)
    return out


async def all_facts(sessionmaker: async_sessionmaker[AsyncSession]) -> list[dict[str, Any]]:
    async with sessionmaker() as session:
        cases = await session.scalars(select(Case).options(*CASE_LOAD_OPTIONS).order_by(Case.id))
        return [facts(case) for case in cases]


async def count(sessionmaker: async_sessionmaker[AsyncSession], model: type[Base]) -> int:
    async with sessionmaker() as session:
        return await session.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def second_database_url(database_url: str, tmp_path: Path) -> Iterator[str]:
    """Another empty, migrated database of the same kind: where an organisation imports."""
    if database_url.startswith("sqlite"):
        url = f"sqlite+aiosqlite:///{tmp_path / 'second.db'}"
        migrate.upgrade(url)
        yield url
        return
    name = f"casewatch_test_{uuid.uuid4().hex[:12]}"
    asyncio.run(_pg_admin(f'CREATE DATABASE "{name}"'))
    url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    try:
        migrate.upgrade(url)
        yield url
    finally:
        asyncio.run(_pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@contextlib.asynccontextmanager
async def sessionmaker_for(url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    engine = create_engine(url)
    try:
        yield create_sessionmaker(engine)
    finally:
        await engine.dispose()


# --- export and import -----------------------------------------------------------------------


async def test_export_import_round_trip_field_by_field(
    bot: BotHarness, second_database_url: str
) -> None:
    await enter_seeds(bot)
    await approve(bot.sessionmaker)
    records = await export_records(bot.sessionmaker)
    text = to_json(records)
    data = validate_text(text)  # our own export satisfies the published schema
    assert [r["person"]["surname"] for r in records] == [
        "Zhaubatyrov",
        "Sabanshiyev",
        "Baktybayev",
    ]

    async with sessionmaker_for(second_database_url) as imported:
        result = await import_document(imported, data)
        assert len(result.created) == 3 and result.already_present == []
        # Field by field, straight from the database, minus attachments (Telegram file ids are
        # valid only for the bot that received them, so they are not exported).
        original = await all_facts(bot.sessionmaker)
        copied = await all_facts(imported)
        for case in original:
            case.pop("attachments", None)
        assert copied == original
        assert copied[2]["events"][1]["sentence"][0]["term_months"] == 12  # the reduced appeal
        # Exporting the copy gives the same records, ids included.
        again = await export_records(imported)
        assert again == records
        # Importing into the database the cases came from matches them by id: nothing new.
        back = await import_document(bot.sessionmaker, data)
        assert back.created == [] and len(back.already_present) == 3
    assert await count(bot.sessionmaker, Case) == 3


async def test_export_holds_no_reporter_data_and_only_approved_cases(bot: BotHarness) -> None:
    await enter_seeds(bot)
    await approve(bot.sessionmaker, count=2)
    async with bot.sessionmaker() as session:
        references = list(await session.scalars(select(Submission.reference)))
        hashes = list(await session.scalars(select(User.tg_hash)))
        chats = [c for c in await session.scalars(select(User.chat_enc)) if c]
    records = await export_records(bot.sessionmaker)
    assert [r["person"]["surname"] for r in records] == ["Zhaubatyrov", "Sabanshiyev"]
    everything = await export_records(bot.sessionmaker, include_all=True)
    assert [r["publication"] for r in everything] == ["approved", "approved", "pending"]
    for output in (to_json(everything), to_csv(everything)):
        for secret in [*references, *hashes, *chats, "photo-file-1", "submitter"]:
            assert secret not in output
        assert not re.search(r"\b(111|222|333|9000001)\b", output)
    # A pending case in a file is refused by import: only vetted cases are published.
    with pytest.raises(ImportRefused) as refused:
        validate_text(to_json(everything))
    assert "cases[2].publication: only approved cases are imported" in refused.value.problems[0]


def test_example_file_holds_the_seed_cases_as_the_bot_enters_them() -> None:
    data = validate_text(EXAMPLE.read_text(encoding="utf-8"))
    people = [(c["person"]["surname"], c["person"]["city"]) for c in data["cases"]]
    assert people == [("Zhaubatyrov", "Aktobe"), ("Sabanshiyev", "Talgar"), ("Baktybayev", "Shu")]
    charges = [(c["charges"][0]["article"], c["charges"][0]["part"]) for c in data["cases"]]
    assert charges == [("405", 2), ("405", 2), ("405", 1)]
    verdicts = [
        [(e["kind"], e["date"]) for e in c["events"] if e["kind"] != "trial"] for c in data["cases"]
    ]
    assert verdicts == [
        [("verdict", "2021-09-10")],
        [("verdict", "2021-04-07")],
        [("verdict", "2021-02-04"), ("appeal_ruling", "2021-04-07")],
    ]
    assert schema()["properties"]["format"]["const"] == "casewatch-cases"


async def test_example_file_equals_the_export_of_the_seeds(bot: BotHarness) -> None:
    """The documented example is exactly what the bot stores for the three seed reports."""
    await enter_seeds(bot)
    await approve(bot.sessionmaker)
    exported = await export_records(bot.sessionmaker)
    example = json.loads(EXAMPLE.read_text(encoding="utf-8"))["cases"]
    for record in (*exported, *example):
        record.pop("id")
    assert exported == example


def run_cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, database_url: str, *argv: str) -> int:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("SECRET_KEY", SECRET)
    monkeypatch.setenv("ADMIN_IDS", str(ADMIN_ID))
    try:
        main(list(argv))
    except SystemExit as stop:
        return 0 if stop.code in (None, 0) else 1
    return 0


async def _cases(url: str) -> list[tuple[str, Publication]]:
    async with sessionmaker_for(url) as sessionmaker, sessionmaker() as session:
        rows = await session.execute(select(Case.stage, Case.publication).order_by(Case.id))
        return [(stage.value, publication) for stage, publication in rows]


def test_cli_import_twice_creates_nothing_new(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    assert run_cli(monkeypatch, tmp_path, database_url, "import", str(EXAMPLE)) == 0
    assert "imported 3 new cases, 0 already present" in capsys.readouterr().out
    assert run_cli(monkeypatch, tmp_path, database_url, "import", str(EXAMPLE)) == 0
    assert "imported 0 new cases, 3 already present" in capsys.readouterr().out
    cases = asyncio.run(_cases(database_url))
    assert cases == [
        ("sentenced", Publication.APPROVED),
        ("sentenced", Publication.APPROVED),
        ("appealed", Publication.APPROVED),
    ]
    # And the CLI export gives them back with the ids of the file.
    out = tmp_path / "out.json"
    assert run_cli(monkeypatch, tmp_path, database_url, "export", "-o", str(out)) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))["cases"]
    original = json.loads(EXAMPLE.read_text(encoding="utf-8"))["cases"]
    assert exported == original
    csv_out = tmp_path / "out.csv"
    exported_csv = run_cli(
        monkeypatch, tmp_path, database_url, "export", "--format", "csv", "-o", str(csv_out)
    )
    assert exported_csv == 0
    lines = csv_out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4 and lines[0].startswith("id,publication,stage,name")
    assert "2021-02-04" in lines[3] and "restriction_of_liberty 12 months" in lines[3]


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        # A bad amount deep inside the third case.
        (
            lambda t: t.replace('"amount": "25736.00"', '"amount": "25 736"', 1),
            ('"amount": "25 736"', "cases[2].events[0].sentence[2].amount"),
        ),
        # An impossible date.
        (
            lambda t: t.replace('"date": "2021-04-07"', '"date": "2021-04-31"', 1),
            ('"date": "2021-04-31"', "cases[1].events[0].date"),
        ),
        # Not JSON at all from some line on (a missing comma).
        (
            lambda t: t.replace('"stage": "appealed",', '"stage": "appealed"', 1),
            ('"person": {\n        "name": "Baghdat', "not valid JSON"),
        ),
        # The same id twice.
        (
            lambda t: t.replace("example-baktybayev-2021", "example-zhaubatyrov-2021", 1),
            (
                '"id": "example-zhaubatyrov-2021",\n      "publication": "approved",\n'
                '      "stage": "appealed"',
                "cases[2].id",
            ),
        ),
    ],
)
def test_cli_import_of_a_broken_file_changes_nothing_and_says_where(
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
    mutate: Any,
    expected: tuple[str, str],
) -> None:
    text = mutate(EXAMPLE.read_text(encoding="utf-8"))
    broken = tmp_path / "broken.json"
    broken.write_text(text, encoding="utf-8")
    needle, reason = expected
    assert run_cli(monkeypatch, tmp_path, database_url, "import", str(broken)) == 1
    err = capsys.readouterr().err
    assert f"line {_line_of(text, needle)}" in err, err
    assert reason in err
    assert asyncio.run(_cases(database_url)) == []


# --- moderators ------------------------------------------------------------------------------


def test_cli_moderators_by_telegram_id_never_shows_it(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    assert run_cli(monkeypatch, tmp_path, database_url, "moderators", "add", "555444333") == 0
    assert "is now a moderator" in capsys.readouterr().out
    assert run_cli(monkeypatch, tmp_path, database_url, "moderators", "list") == 0
    listing = capsys.readouterr().out
    assert "moderator" in listing and "555444333" not in listing

    vault = IdentityVault(SECRET)

    async def moderator() -> User | None:
        async with sessionmaker_for(database_url) as sm, sm() as session:
            return await session.scalar(
                select(User).where(User.tg_hash == vault.hash_id(555444333, kind="user"))
            )

    user = asyncio.run(moderator())
    assert user is not None and user.role is Role.MODERATOR
    assert user.chat_enc is not None and vault.decrypt_int(user.chat_enc) == 555444333
    assert run_cli(monkeypatch, tmp_path, database_url, "moderators", "remove", "555444333") == 0
    user = asyncio.run(moderator())
    assert user is not None and user.role is Role.USER
    # Admins come from ADMIN_IDS only.
    assert run_cli(monkeypatch, tmp_path, database_url, "moderators", "add", str(ADMIN_ID)) == 1


# --- /stats ----------------------------------------------------------------------------------


async def test_stats_sends_text_and_a_png_of_approved_cases_only(bot: BotHarness) -> None:
    await enter_seeds(bot)
    chat = bot.chat(4444)
    [empty] = await chat.send("/stats")
    assert "Published cases: 0" in empty.text

    await approve(bot.sessionmaker, count=2)  # Baktybayev stays pending
    text, photo = await chat.send("/stats")
    assert "Published cases: 2" in text.text
    assert "2021: 2" in text.text
    assert "Aktobe region: 1" in text.text and "Almaty region: 1" in text.text
    assert "Zhambyl" not in text.text
    assert "Art. 405 part 2: 2" in text.text and "405 part 1" not in text.text
    assert "Restriction of liberty: 2" in text.text
    assert "Community service: 1" in text.text
    assert photo.method == "sendPhoto" and photo.chat_id == 4444
    png = photo.files["photo"]
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5000

    await approve(bot.sessionmaker)
    text, _photo = await chat.send("/stats")
    # Baktybayev's sentence in force is the appeal's: restriction of liberty, social networks...
    assert "Published cases: 3" in text.text and "Zhambyl region: 1" in text.text
    assert "Ban on using social networks: 3" in text.text
    assert "Art. 405 part 1: 1" in text.text


def test_cli_stats_prints_counts_and_draws_the_chart(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    assert run_cli(monkeypatch, tmp_path, database_url, "import", str(EXAMPLE)) == 0
    capsys.readouterr()
    chart = tmp_path / "stats.png"
    assert run_cli(monkeypatch, tmp_path, database_url, "stats", "--chart", str(chart)) == 0
    out = capsys.readouterr().out
    assert "Published cases: 3" in out and "2021: 3" in out
    assert "Art. 405 part 2: 2" in out and "Art. 405 part 1: 1" in out
    assert chart.read_bytes().startswith(b"\x89PNG")


# --- logs ------------------------------------------------------------------------------------


async def test_update_logs_carry_no_user_text_or_ids(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    reporter = 736251849
    caplog.set_level(logging.DEBUG, logger="bot")
    caplog.set_level(logging.INFO)
    chat = bot.chat(reporter, first_name="Saltanat", username="saltanat_kz")
    await report_zhaubatyrov(chat)
    await chat.send("/stats")

    update_lines = [r for r in caplog.records if r.name == "bot.infra.logs"]
    assert len(update_lines) >= 30
    first = update_lines[0]
    assert first.getMessage().startswith("update update=message command=/report outcome=ok")
    assert all(re.search(r"duration_ms=\d+(\.\d)?$", r.getMessage()) for r in update_lines)
    assert {r.fields["outcome"] for r in update_lines} == {"ok"}  # type: ignore[attr-defined]
    assert "button:rep" in {r.fields["command"] for r in update_lines}  # type: ignore[attr-defined]
    assert update_lines[-1].fields["command"] == "/stats"  # type: ignore[attr-defined]

    vault = IdentityVault(SECRET)
    forbidden = [
        str(reporter),
        vault.hash_id(reporter, kind="user"),
        "Saltanat",
        "saltanat_kz",
        "ZHAUBATYROV",
        "Zhaubatyrov",
        "Жаубатыров",
        "ADILOVA",
        "ABDENOVA",
        "peaceful protest",
        "Augusto",
        "example.org",
        "photo-file-1",
    ]
    formatter = JsonFormatter()
    everything = "\n".join(
        [r.getMessage() for r in caplog.records] + [formatter.format(r) for r in caplog.records]
    )
    for secret in forbidden:
        assert secret not in everything, secret
    parsed = json.loads(formatter.format(first))
    assert (parsed["update"], parsed["command"], parsed["outcome"]) == ("message", "/report", "ok")


# --- webhook and /healthz --------------------------------------------------------------------

WEBHOOK_SECRET = "webhook-secret-0123456789abcdef"


@contextlib.asynccontextmanager
async def running_server(bot: BotHarness) -> AsyncIterator[str]:
    """The real web server on 127.0.0.1 and a free port, feeding the running Application."""
    settings = make_settings(
        bot.settings.database_url,
        WEBHOOK_URL="https://bot.example.org/telegram/hook",
        WEBHOOK_SECRET=WEBHOOK_SECRET,
    )
    sock = bind_socket("127.0.0.1", 0)
    port = sock.getsockname()[1]
    server = make_server(build_web_app(bot.app, settings), "127.0.0.1", port)
    await bot.app.start()
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        for _ in range(200):
            if server.started:
                break
            await asyncio.sleep(0.01)
        assert server.started
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task
        await bot.app.stop()
        sock.close()


async def _wait_for(predicate: Any, seconds: float = 5.0) -> bool:
    for _ in range(int(seconds / 0.02)):
        if predicate():
            return True
        await asyncio.sleep(0.02)
    return bool(predicate())


async def test_webhook_refuses_requests_without_the_secret(bot: BotHarness) -> None:
    update = bot.chat(5555).factory.text("/start").to_dict()
    async with running_server(bot) as base, httpx.AsyncClient(base_url=base) as client:
        health = await client.get("/healthz")
        assert health.status_code == 200 and health.json() == {"status": "ok"}

        for headers in ({}, {SECRET_HEADER: "wrong"}, {SECRET_HEADER: WEBHOOK_SECRET[:-1]}):
            response = await client.post("/telegram/hook", json=update, headers=headers)
            assert response.status_code == 403
        await asyncio.sleep(0.3)
        assert bot.app.update_queue.empty()
        assert not [m for m in bot.api.messages.values() if m.chat_id == 5555]
        assert await count(bot.sessionmaker, User) == 0

        bad = await client.post(
            "/telegram/hook", content=b"not json", headers={SECRET_HEADER: WEBHOOK_SECRET}
        )
        assert bad.status_code == 400
        not_update = await client.post(
            "/telegram/hook", json=[update], headers={SECRET_HEADER: WEBHOOK_SECRET}
        )
        assert not_update.status_code == 400
        wrong_path = await client.post("/other", json=update, headers={SECRET_HEADER: "x"})
        assert wrong_path.status_code == 404

        accepted = await client.post(
            "/telegram/hook", json=update, headers={SECRET_HEADER: WEBHOOK_SECRET}
        )
        assert accepted.status_code == 200
        assert await _wait_for(lambda: any(m.chat_id == 5555 for m in bot.api.messages.values()))
        assert "CaseWatch records" in bot.api.last_message(5555).text
    assert await count(bot.sessionmaker, User) == 1


async def test_healthz_without_webhook_and_503_when_stopped(bot: BotHarness) -> None:
    settings = make_settings(bot.settings.database_url)  # polling: /healthz only
    web_app = build_web_app(bot.app, settings)
    transport = httpx.ASGITransport(app=web_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://local") as client:
        assert (await client.get("/healthz")).status_code == 503  # not started yet
        await bot.app.start()
        try:
            assert (await client.get("/healthz")).json() == {"status": "ok"}
            assert (await client.post("/telegram/hook", json={})).status_code == 404
        finally:
            await bot.app.stop()


async def test_run_with_server_serves_the_webhook_and_stops_on_sigterm(
    database_url: str,
) -> None:
    """`casewatch run`'s webhook path end to end: registers the webhook with the secret,
    answers /healthz and updates, and shuts down cleanly on SIGTERM."""
    probe = bind_socket("127.0.0.1", 0)
    port = probe.getsockname()[1]
    probe.close()
    settings = make_settings(
        database_url,
        WEBHOOK_URL="https://bot.example.org/hook",
        WEBHOOK_SECRET=WEBHOOK_SECRET,
        LISTEN_PORT=str(port),
    )
    api = OfflineBotAPI()
    application = build_application(settings, request=api, token=OFFLINE_TOKEN)
    task = asyncio.create_task(run_with_server(application, settings))
    update = UpdateFactory(6666).text("/help").to_dict()
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:

        async def healthy() -> bool:
            try:
                return (await client.get("/healthz")).status_code == 200
            except httpx.TransportError:
                return False

        for _ in range(250):
            if await healthy():
                break
            await asyncio.sleep(0.02)
        assert await healthy()
        [webhook] = api.sent("setWebhook")
        assert webhook["url"] == "https://bot.example.org/hook"
        assert webhook["secret_token"] == WEBHOOK_SECRET
        response = await client.post("/hook", json=update, headers={SECRET_HEADER: WEBHOOK_SECRET})
        assert response.status_code == 200
        assert await _wait_for(lambda: any(m.chat_id == 6666 for m in api.messages.values()))
    os.kill(os.getpid(), signal.SIGTERM)
    await asyncio.wait_for(task, timeout=10)
    assert not application.running
    assert "What I can do" in api.last_message(6666).text


async def test_import_goes_through_the_service_audited_indexed_and_alerts_nobody(
    bot: BotHarness,
) -> None:
    """`casewatch import` stores each case through bot.services.changes.import_case: an audit
    entry per case, lookup keys at once (no reindex), verdicts recorded as published (never
    announced later as news), and no alert for a backlog."""
    follower = bot.chat(4242)
    await follower.send("/subscribe all")
    data = validate_text(EXAMPLE.read_text(encoding="utf-8"))
    result = await import_document(bot.sessionmaker, data)
    assert len(result.created) == 3
    async with bot.sessionmaker() as session:
        entries = list(
            await session.scalars(
                select(AuditEntry).where(AuditEntry.action == "import").order_by(AuditEntry.id)
            )
        )
        assert [e.details["external_id"] for e in entries] == [c["id"] for c in data["cases"]]
        assert all(e.actor_id is None and e.case_id for e in entries)
        published = await session.scalar(select(func.count(PublishedEvent.id)))
        assert published == 4  # three verdicts and one appeal ruling
        assert await session.scalar(select(func.count(AlertOutbox.id))) == 0
        for case in await session.scalars(select(Case).options(*CASE_LOAD_OPTIONS)):
            stored = set(
                await session.execute(
                    select(SearchKey.kind, SearchKey.key).where(SearchKey.case_id == case.id)
                )
            )
            assert stored == keys_of(case).keys
    sent = await follower.send("/search Sabanshiyev")
    assert any("Sabanshiyev" in message.text for message in sent)
