"""Moderator edits asked by the report's own questions, and a moderation dialog whose place is
its draft row (issue 12, items 3 and 7), through the real Application on both backends.

Town and region are the report's place question: a typed town sets its region from the
gazetteer, namesakes are offered, a region is picked with the report's buttons; the summary has
its own question with the edit service's limit. Where a moderator is in a dialog lives only in
the draft row: a new process (the Application rebuilt on the same database) with no
conversation state at all still applies the answer.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from bot.handlers.report.questions import CASE_SUMMARY
from bot.infra.context import resources
from bot.infra.offline import SentMessage
from bot.ui.callbacks import FieldAnswer, parse_any
from db import migrate
from db.cases import get_case
from db.models import AuditEntry, ConversationState, Draft, EditLock, User
from tests.conftest import ADMIN_ID, BotHarness, ChatDriver
from tests.seeds import report_sabanshiyev
from tests.test_moderation import answers, cards, only_submission, submitter
from tests.test_throughput import statements


async def _person(bot: BotHarness, case_id: int) -> Any:
    async with bot.sessionmaker() as session:
        case = await get_case(session, case_id)
        assert case is not None
        return case


async def _moderation_draft(bot: BotHarness) -> dict[str, Any] | None:
    async with bot.sessionmaker() as session:
        draft = await session.scalar(select(Draft).where(Draft.kind == "moderation"))
        return dict(draft.data) if draft else None


async def _editing(bot: BotHarness, field: str) -> tuple[Any, ChatDriver, SentMessage]:
    """A submitted report, and the admin who pressed Edit → `field` on its card: the
    submission, the admin's chat, the question asked."""
    await report_sabanshiyev(submitter(bot))
    submission = await only_submission(bot)
    admin = bot.chat(ADMIN_ID)
    await admin.press("Edit", cards(bot, ADMIN_ID)[-1])
    [prompt] = await admin.press(field)
    return submission, admin, prompt


async def _edits(bot: BotHarness) -> list[AuditEntry]:
    async with bot.sessionmaker() as session:
        rows = await session.scalars(
            select(AuditEntry).where(AuditEntry.action == "edit").order_by(AuditEntry.id)
        )
        return list(rows)


async def test_town_edit_is_the_reports_place_question_a_town_sets_its_region(
    bot: BotHarness,
) -> None:
    submission, admin, prompt = await _editing(bot, "Town")
    # The report's question and region buttons, and the place now as the review shows it.
    assert "Choose the region, or type the town or village." in prompt.text
    assert "Now: Talgar, Almaty region" in prompt.text
    labels = [label for label, _data in prompt.buttons]
    assert "Zhambyl region" in labels and "Skip ➡️" in labels
    assert all(isinstance(parse_any(data), FieldAnswer) for _label, data in prompt.buttons)
    assert (await _moderation_draft(bot) or {}).get("ask") == "region"
    await admin.send("Taraz")
    assert "Edited by Moderator #" in cards(bot, ADMIN_ID)[-1].text
    person = (await _person(bot, submission.case_id)).person
    assert (person.city, person.region) == ("Taraz", "zhambyl")
    edits = {e.details["field"]: e.details for e in await _edits(bot)}
    assert edits["region"]["before"] == "almaty" and edits["region"]["after"] == "zhambyl"
    assert edits["city"]["before"] == "Talgar" and edits["city"]["after"] == "Taraz"
    assert await _moderation_draft(bot) is None
    async with bot.sessionmaker() as session:
        assert await session.scalar(select(EditLock)) is None  # released


async def test_a_town_several_regions_share_is_offered_never_guessed(bot: BotHarness) -> None:
    submission, admin, _prompt = await _editing(bot, "Town")
    [choice] = await admin.send("Aktobe")
    assert "Which place do you mean?" in choice.text
    labels = [label for label, _data in choice.buttons]
    assert "Aktobe, Aktobe region" in labels and any("As I wrote it" in x for x in labels)
    person = (await _person(bot, submission.case_id)).person
    assert (person.city, person.region) == ("Talgar", "almaty")  # nothing stored yet
    await admin.press("Aktobe, Aktobe region", choice)
    person = (await _person(bot, submission.case_id)).person
    assert (person.city, person.region) == ("Aktobe", "aktobe")


async def test_region_edit_uses_the_report_buttons_then_asks_the_town(bot: BotHarness) -> None:
    submission, admin, prompt = await _editing(bot, "Region")
    [town] = await admin.press("Pavlodar region", prompt)
    assert "Which town or village?" in town.text
    # A region button of the earlier question is no longer taken.
    await admin.press("Zhambyl region", prompt)
    assert answers(bot)[-1] == "This button is no longer active."
    await admin.press("Pavlodar", town)  # the regional centre, as in the report
    person = (await _person(bot, submission.case_id)).person
    assert (person.city, person.region) == ("Pavlodar", "pavlodar")


async def test_summary_edit_is_read_with_the_summary_question_and_its_limit(
    bot: BotHarness,
) -> None:
    submission, admin, prompt = await _editing(bot, "Summary")
    assert "Type a short summary of the case" in prompt.text and "Now: —" in prompt.text
    [refused] = await admin.send("x" * (CASE_SUMMARY.limit + 1))
    assert refused.text.startswith("That is too long")
    assert (await _person(bot, submission.case_id)).summary is None
    await admin.send("Convicted for \x00taking part in peaceful protests.")
    assert (await _person(bot, submission.case_id)).summary == (
        "Convicted for taking part in peaceful protests."
    )
    await admin.press("Edit", cards(bot, ADMIN_ID)[-1])
    [again] = await admin.press("Summary")
    assert "Now: Convicted for taking part in peaceful protests." in again.text


async def test_an_edit_started_before_a_restart_is_applied_after_it(bot: BotHarness) -> None:
    """The dialog's place is the draft row: a new process, with no conversation state at all,
    takes the moderator's answer as the answer to the question asked before."""
    submission, admin, _prompt = await _editing(bot, "Judge")
    assert (await _moderation_draft(bot) or {}).get("ask") == "edit"
    await bot.restart()
    async with bot.sessionmaker() as session, session.begin():
        await session.execute(delete(ConversationState))  # whatever PTB kept is gone too
    [card] = await admin.send("ZHUMABAYEV Daniyar")
    assert "Edited by Moderator #" in card.text
    assert (await _person(bot, submission.case_id)).judge == "ZHUMABAYEV Daniyar"
    assert await _moderation_draft(bot) is None
    # Answered: the next text is a lookup again, not another value.
    [lookup] = await admin.send("ZHUMABAYEV Daniyar")
    assert "Edited by" not in lookup.text


async def test_a_place_question_survives_a_restart_with_its_buttons(bot: BotHarness) -> None:
    submission, admin, prompt = await _editing(bot, "Region")
    await bot.restart()
    [town] = await admin.press("Zhambyl region", prompt)
    await bot.restart()
    await admin.send("Shu")
    person = (await _person(bot, submission.case_id)).person
    assert (person.city, person.region) == ("Shu", "zhambyl")
    assert "Which town or village?" in town.text


async def test_cancel_stops_the_dialog_and_releases_the_lock(bot: BotHarness) -> None:
    submission, admin, _prompt = await _editing(bot, "Town")
    await bot.restart()
    [stopped] = await admin.send("/cancel")
    assert stopped.text == "Stopped. Nothing was changed."
    assert await _moderation_draft(bot) is None
    async with bot.sessionmaker() as session:
        assert await session.scalar(select(EditLock)) is None
    person = (await _person(bot, submission.case_id)).person
    assert (person.city, person.region) == ("Talgar", "almaty")


async def _seed_0008(url: str) -> None:
    engine = create_async_engine(url)
    try:
        async with async_sessionmaker(engine)() as session, session.begin():
            users = [User(tg_hash=c * 64, language="en") for c in "abc"]
            session.add_all(users)
            await session.flush()
            waiting, kept, merging = users
            session.add_all(
                [
                    Draft(
                        user_id=waiting.id,
                        kind="moderation",
                        data={"action": "edit", "sid": 3, "field": "judge"},
                    ),
                    # A typed reason kept for its confirming tap waits for no text.
                    Draft(
                        user_id=kept.id,
                        kind="moderation",
                        data={"action": "reason", "sid": 3, "reason": "no source"},
                    ),
                    Draft(
                        user_id=merging.id,
                        kind="moderation",
                        data={"action": "merge", "sid": 3, "case": 1, "picks": []},
                    ),
                    ConversationState(name="moderation", key_hash="m", key_enc="e", state=1),
                    ConversationState(name="report", key_hash="r", key_enc="e", state="open"),
                ]
            )
    finally:
        await engine.dispose()


async def _rows(url: str) -> tuple[list[dict[str, Any]], list[str]]:
    engine = create_async_engine(url)
    try:
        async with async_sessionmaker(engine)() as session:
            drafts = [d.data for d in await session.scalars(select(Draft).order_by(Draft.id))]
            names = [s.name for s in await session.scalars(select(ConversationState))]
            return drafts, names
    finally:
        await engine.dispose()


def test_waiting_dialogs_keep_waiting_across_the_migration(empty_database_url: str) -> None:
    url = empty_database_url
    config = migrate.alembic_config(url)
    command.upgrade(config, "0008_h12b")
    asyncio.run(_seed_0008(url))
    command.upgrade(config, "0009_h12e")
    drafts, names = asyncio.run(_rows(url))
    assert drafts[0] == {"action": "edit", "sid": 3, "field": "judge", "ask": "edit"}
    assert "ask" not in drafts[1] and "ask" not in drafts[2]
    assert names == ["report"]  # the moderation conversation's states are gone
    command.downgrade(config, "0008_h12b")
    drafts, _names = asyncio.run(_rows(url))
    assert drafts[0] == {"action": "edit", "sid": 3, "field": "judge"}


async def _event_charge(bot: BotHarness) -> tuple[Any, Any]:
    """A published case and the admin at /event's charge question."""
    await report_sabanshiyev(submitter(bot))
    submission = await only_submission(bot)
    admin = bot.chat(ADMIN_ID)
    await admin.press("Approve", cards(bot, ADMIN_ID)[-1])
    await admin.send(f"/event {submission.case_id}")
    await admin.press("Charge", admin.last_with_buttons())
    await admin.send("01.02.2022")
    return submission, admin


async def _charges(bot: BotHarness, case_id: int) -> list[tuple[str, int | None, str | None]]:
    case = await _person(bot, case_id)
    return [(c.article, c.part, c.title) for c in case.charges]


async def test_event_charge_is_the_reports_charge_question_with_its_buttons(
    bot: BotHarness,
) -> None:
    submission, admin = await _event_charge(bot)
    question = admin.last_with_buttons()
    assert "Under which article of the Criminal Code is the person charged?" in question.text
    labels = [label for label, _data in question.buttons]
    assert labels == [
        "Art. 405 part 1",
        "Art. 405 part 2",
        "Art. 174",
        "Art. 179",
        "Art. 274",
        "Other article",
    ]
    assert all(data.startswith("tl:a:") for _label, data in question.buttons)
    await admin.press("Art. 179", question)
    await admin.press("Art. 174", question)  # answered already: refused
    assert answers(bot)[-1] == "This button is no longer active."
    await admin.send("/skip")
    assert f"Added to case #{submission.case_id}" in admin.last().text
    assert (
        "179",
        None,
        "propaganda or public calls to seize or retain power",
    ) in await _charges(bot, submission.case_id)


async def test_event_charge_typed_is_refused_and_read_as_the_report_reads_it(
    bot: BotHarness,
) -> None:
    submission, admin = await _event_charge(bot)
    [refused] = await admin.send("mass riots, no number")
    assert refused.text.startswith(
        "Please send the article number, for example '405 part 2' or '174'."
    )
    assert "Under which article of the Criminal Code" in refused.text  # asked again
    await admin.press("Other article", refused)
    assert "Type the article, its part and title if you know them." in admin.last().text
    await admin.send("272 part 2 mass riots")
    await admin.send("/skip")
    assert ("272", 2, "mass riots") in await _charges(bot, submission.case_id)
    async with bot.sessionmaker() as session:
        assert await session.scalar(select(Draft).where(Draft.kind == "timeline")) is None


def test_callback_data_is_split_only_in_the_callbacks_module() -> None:
    """Issue 12 item 8: callback data is packed and parsed in bot/ui/callbacks.py only; no
    handler takes it apart by hand."""
    root = Path(__file__).parent.parent / "bot"
    offenders = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if path.name != "callbacks.py"
        and re.search(r"""\.data\.split\(|split\(["']:["']\)""", path.read_text())
    ]
    assert offenders == []


async def test_event_buttons_are_typed_and_an_unoffered_kind_is_refused(bot: BotHarness) -> None:
    await report_sabanshiyev(submitter(bot))
    submission = await only_submission(bot)
    admin = bot.chat(ADMIN_ID)
    await admin.press("Approve", cards(bot, ADMIN_ID)[-1])
    await admin.send(f"/event {submission.case_id}")
    kinds = admin.last_with_buttons()
    assert [type(parse_any(data)).__name__ for _label, data in kinds.buttons] == [
        "TimelineKind"
    ] * len(kinds.buttons)
    # Well-formed, but a kind this dialog does not offer: answered, nothing asked.
    assert "tl:k:detention" not in [data for _label, data in kinds.buttons]
    assert await admin.press_data("tl:k:detention", kinds) == []
    assert answers(bot)[-1] == "That button is not available here."
    async with bot.sessionmaker() as session:
        draft = await session.scalar(select(Draft).where(Draft.kind == "timeline"))
        assert draft is not None and draft.data["ask"] == "kind" and "kind" not in draft.data
    await admin.press("Verdict", kinds)
    assert "When was the verdict pronounced?" in admin.last().text


async def test_text_costs_no_dialog_query_once_known_and_a_new_dialog_is_still_taken(
    bot: BotHarness,
) -> None:
    """The dialog check reads the draft row only while this process does not know that the
    person has no dialog waiting; a dialog asked here is noted, so its answer is never lost."""
    await report_sabanshiyev(submitter(bot))
    submission = await only_submission(bot)
    admin = bot.chat(ADMIN_ID)
    await admin.send("Talgar")  # a lookup: the row is read once, and no dialog is noted
    with statements(resources(bot.app)) as seen:
        await admin.send("Talgar")
    assert [s for s in seen if "FROM drafts" in s] == []
    await admin.press("Edit", cards(bot, ADMIN_ID)[-1])
    await admin.press("Judge")
    [card] = await admin.send("ZHUMABAYEV Daniyar")
    assert "Edited by Moderator #" in card.text
    assert (await _person(bot, submission.case_id)).judge == "ZHUMABAYEV Daniyar"
