"""Stories of issue 12, through the real Application on both backends: a moderator opens the
evidence, corrects facts, merges a partial duplicate, adds a charge that lookups find at once;
an old verdict is announced honestly; a moderator's /forget keeps history apart."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select

from db.cases import get_case
from db.models import (
    AlertKind,
    AlertOutbox,
    Attachment,
    Draft,
    EventKind,
    PublishedEvent,
    SentenceKind,
)
from tests.conftest import ADMIN_ID, BotHarness
from tests.seeds import report_sabanshiyev, report_zhaubatyrov
from tests.test_alerts import alerts_to, drain
from tests.test_moderation import (
    MODERATOR_ID,
    SUBMITTER_ID,
    answers,
    audit_actions,
    cards,
    only_submission,
    submitter,
)

FOLLOWER_ID = 6161


async def test_moderator_opens_the_files_and_decides_which_may_be_public(bot: BotHarness) -> None:
    await report_zhaubatyrov(submitter(bot))
    submission = await only_submission(bot)
    admin = bot.chat(ADMIN_ID)
    [card] = cards(bot, ADMIN_ID)
    await admin.press("Files (1)", card)
    [photo] = [m for m in bot.api.messages.values() if m.method == "sendPhoto"]
    assert photo.chat_id == ADMIN_ID and photo.params["photo"] == "photo-file-1"
    assert f"1 of 1 · {submission.reference}" in photo.text
    async with bot.sessionmaker() as session:
        [attachment] = (await session.scalars(select(Attachment))).all()
        assert attachment.public is False  # no until a moderator says yes
    await admin.press("Not public", photo)
    assert answers(bot)[-1] == "This file may be shown publicly."
    async with bot.sessionmaker() as session:
        [attachment] = (await session.scalars(select(Attachment))).all()
        assert attachment.public is True
    [edit] = [a for a in await audit_actions(bot) if a.action == "edit"]
    assert edit.details["before"] is False and edit.details["after"] is True


async def test_moderator_corrects_a_verdict_date_and_an_amount(bot: BotHarness) -> None:
    await report_sabanshiyev(submitter(bot))
    submission = await only_submission(bot)
    admin = bot.chat(ADMIN_ID)
    await admin.press("Edit", cards(bot, ADMIN_ID)[-1])
    await admin.press("Events")
    await admin.press("Verdict")
    await admin.press("Date")
    await admin.send("08.04.2021")
    await admin.press("Edit", cards(bot, ADMIN_ID)[-1])
    await admin.press("Events")
    await admin.press("Verdict")
    await admin.press("Court fees: 840")
    await admin.press("New value")
    await admin.send("940")
    card = cards(bot, ADMIN_ID)[-1]
    assert "Edited by Moderator #" in card.text
    async with bot.sessionmaker() as session:
        case = await get_case(session, submission.case_id)
        assert case is not None
        [verdict] = case.events
        assert verdict.event_date == dt.date(2021, 4, 8)
        fees = [p.amount for p in verdict.sentence if p.kind is SentenceKind.COURT_FEES]
        assert fees == [Decimal("940"), Decimal("50")]
    edits = [a.details for a in await audit_actions(bot) if a.action == "edit"]
    assert edits[0]["before"]["date"] == "2021-04-07" and edits[0]["after"]["date"] == "2021-04-08"
    assert ["court_fees", None, None, "840"] in edits[1]["before"]["sentence"]
    assert ["court_fees", None, None, "940"] in edits[1]["after"]["sentence"]


async def test_merging_a_partial_duplicate_keeps_one_verdict_and_one_alert(
    bot: BotHarness,
) -> None:
    await bot.chat(FOLLOWER_ID).send("/subscribe all")
    await report_sabanshiyev(submitter(bot))
    first = await only_submission(bot)
    admin = bot.chat(ADMIN_ID)
    await admin.press("Approve", cards(bot, ADMIN_ID)[-1])
    await drain(bot)
    assert len(alerts_to(bot, FOLLOWER_ID)) == 1

    # The same person and verdict date, from another relative, with fewer sentence parts.
    await report_sabanshiyev(bot.chat(SUBMITTER_ID + 1))
    second = await only_submission(bot)
    async with bot.sessionmaker() as session, session.begin():
        case = await get_case(session, second.case_id)
        assert case is not None
        del case.events[0].sentence[1:]
    card = cards(bot, ADMIN_ID)[-1]
    assert "Possibly the same person" in card.text
    # Approving a likely duplicate needs a second tap; Back instead, then Duplicate of….
    await admin.press("Approve", card)
    assert "Approve anyway" in admin.last_with_buttons().buttons[0][0]
    await admin.press("Back")
    await admin.press("Duplicate of", card)
    await admin.press(f"#{first.case_id} ")
    differences = admin.last_with_buttons()
    assert "disagree" in differences.text and "Sentence" in differences.text
    await admin.press("Confirm: merge", differences)

    async with bot.sessionmaker() as session:
        target = await get_case(session, first.case_id)
        assert target is not None
        assert [e.kind for e in target.events] == [EventKind.VERDICT]
        assert len(target.events[0].sentence) == 7  # the published case's parts were kept
        assert await session.scalar(select(func.count(PublishedEvent.id))) == 1
        alerts = select(func.count(AlertOutbox.id)).where(AlertOutbox.kind != AlertKind.NOTICE)
        assert await session.scalar(alerts) == 1  # (the reporters' confirmations are notices)
    await bot.chat(FOLLOWER_ID).press_data(f"case:{first.case_id}")
    public = bot.chat(FOLLOWER_ID).last().text
    assert public.count("Verdict") == 1
    await drain(bot)
    assert len(alerts_to(bot, FOLLOWER_ID)) == 1
    # Every copy of the card shows the decision, without buttons.
    closed = bot.api.messages[(ADMIN_ID, card.message_id)]
    assert closed.text.startswith("🔗 Merged into case #") and not closed.buttons
    assert "New report waiting for review" not in closed.text


async def test_a_charge_added_with_event_is_found_by_article_at_once(bot: BotHarness) -> None:
    await report_sabanshiyev(submitter(bot))
    submission = await only_submission(bot)
    admin = bot.chat(ADMIN_ID)
    await admin.press("Approve", cards(bot, ADMIN_ID)[-1])
    reader = bot.chat(FOLLOWER_ID)
    await reader.send("/article 174")
    assert "SABANSHIYEV" not in reader.last().text
    await admin.send(f"/event {submission.case_id}")
    await admin.press("Charge")
    await admin.send("01.02.2022")
    await admin.send("174 part 1")
    await admin.send("/skip")
    await reader.send("/article 174")
    assert "SABANSHIYEV" in reader.last().text


async def test_an_old_verdict_is_added_to_the_record_not_new(bot: BotHarness) -> None:
    await bot.chat(FOLLOWER_ID).send("/subscribe all")
    await report_sabanshiyev(submitter(bot))  # verdict of 7 April 2021
    await bot.chat(ADMIN_ID).press("Approve", cards(bot, ADMIN_ID)[-1])
    await drain(bot)
    [alert] = alerts_to(bot, FOLLOWER_ID)
    assert "Verdict added to the record" in alert.text and "New verdict" not in alert.text


async def test_a_forgotten_moderator_stays_a_distinct_former_moderator(bot: BotHarness) -> None:
    admin = bot.chat(ADMIN_ID)
    await admin.send(f"/moderators add {MODERATOR_ID}")
    moderator = bot.chat(MODERATOR_ID, first_name="Marat")
    await moderator.send("/start")
    await report_sabanshiyev(submitter(bot))
    submission = await only_submission(bot)
    await moderator.press("Edit", cards(bot, MODERATOR_ID)[-1])
    await moderator.press("Judge")
    await moderator.send("OTHER Judge")
    await admin.press("Approve", cards(bot, ADMIN_ID)[-1])
    await moderator.send("/forget")
    await moderator.press("Yes, erase")

    await admin.send(f"/history {submission.case_id}")
    history = admin.last().text
    assert "Former moderator #" in history and "Moderator #" in history
    actors = {a.actor_id for a in await audit_actions(bot) if a.action in ("edit", "approve")}
    assert len(actors) == 2 and None not in actors


async def test_an_update_that_disagrees_shows_the_differences_and_keeps_the_pick(
    bot: BotHarness,
) -> None:
    """A proposed update of a public case that disagrees with it (the same verdict, another
    sentence) is approved as a merge is: the differences shown, the moderator's pick kept,
    the choice audited, and the verdict not announced a second time."""
    await bot.chat(FOLLOWER_ID).send("/subscribe all")
    await report_sabanshiyev(submitter(bot))
    first = await only_submission(bot)
    admin = bot.chat(ADMIN_ID)
    await admin.press("Approve", cards(bot, ADMIN_ID)[-1])
    case_id = first.case_id

    me = submitter(bot)
    await me.send(f"/update {case_id}")
    await me.press("Verdict")
    await me.send("07.04.2021")
    await me.press("Restriction of liberty")
    await me.send("2 years")
    await me.press("Done")
    await me.send("/skip")
    assert "sent to the moderators" in me.last().text
    update_card = cards(bot, ADMIN_ID)[-1]
    assert f"Proposed update to case #{case_id}" in update_card.text

    await admin.press("Approve", update_card)
    view = admin.last_with_buttons()
    assert "proposed update and case" in view.text and "Sentence" in view.text
    async with bot.sessionmaker() as session:
        case = await get_case(session, case_id)
        assert case is not None and len(case.events[0].sentence) == 7  # nothing changed yet
    await admin.press("keep the report's", view)
    view = bot.api.messages[(ADMIN_ID, view.message_id)]
    assert "keep the case's" in view.buttons[0][0]
    await admin.press("Confirm: update case", view)
    assert answers(bot)[-1] == "Approved."

    async with bot.sessionmaker() as session:
        case = await get_case(session, case_id)
        assert case is not None
        [verdict] = case.events  # one real-world verdict, not two
        assert [(p.kind, p.term_months) for p in verdict.sentence] == [
            (SentenceKind.RESTRICTION_OF_LIBERTY, 24)
        ]
        assert await session.scalar(select(func.count(PublishedEvent.id))) == 1
    [approval] = [a for a in await audit_actions(bot) if a.action == "approve"][1:]
    assert approval.details["update_of"] == case_id
    [conflict] = approval.details["conflicts"]
    assert conflict["field"] == "sentence" and conflict["chosen"] == "reported"
    await drain(bot)
    assert len(alerts_to(bot, FOLLOWER_ID)) == 1  # the first approval's, only
    closed = bot.api.messages[(ADMIN_ID, update_card.message_id)]
    assert closed.text.startswith("✅ Approved by") and not closed.buttons


async def test_a_moderator_edit_of_a_text_field_asks_the_reporters_question(
    bot: BotHarness,
) -> None:
    """Edit → Charge asks the report's article question, shows the charge as the report does,
    refuses what the report refuses (text that is no article) and reads the rest alike."""
    await report_sabanshiyev(submitter(bot))
    submission = await only_submission(bot)
    admin = bot.chat(ADMIN_ID)
    await admin.press("Edit", cards(bot, ADMIN_ID)[-1])
    await admin.press("Charge")
    prompt = admin.last().text
    assert "Type the article, its part and title if you know them." in prompt
    assert "New value for «Charge»" in prompt
    await admin.send("mass riots, no number")
    assert admin.last().text == "Please send the article number, for example '405 part 2' or '174'."
    await admin.send("405 part 2")
    assert "Edited by Moderator #" in cards(bot, ADMIN_ID)[-1].text
    async with bot.sessionmaker() as session:
        case = await get_case(session, submission.case_id)
        assert case is not None
        assert [(c.article, c.part) for c in case.charges] == [("405", 2)]


async def test_a_moderator_edit_of_the_name_refuses_what_the_report_refuses(
    bot: BotHarness,
) -> None:
    await report_sabanshiyev(submitter(bot))
    submission = await only_submission(bot)
    admin = bot.chat(ADMIN_ID)
    await admin.press("Edit", cards(bot, ADMIN_ID)[-1])
    await admin.press("Name")
    assert "What is the full name of the person who is prosecuted?" in admin.last().text
    await admin.send("he was detained on the square with seven other people")
    assert admin.last().text == "Please send just the person's name."
    await admin.send("Sabanshiyev   Nurlan")
    async with bot.sessionmaker() as session:
        case = await get_case(session, submission.case_id)
        assert case is not None
        assert case.person.name_as_entered == "Sabanshiyev Nurlan"


async def test_an_event_dialog_keeps_its_question_in_the_draft(bot: BotHarness) -> None:
    """/event: the draft row records the question waited for; a button of an earlier question
    is refused, the dialog survives a restart, and its answers are read in order."""
    await report_sabanshiyev(submitter(bot))
    submission = await only_submission(bot)
    admin = bot.chat(ADMIN_ID)
    await admin.press("Approve", cards(bot, ADMIN_ID)[-1])
    await admin.send(f"/event {submission.case_id}")
    kinds = admin.last_with_buttons()
    await admin.press("Charge", kinds)
    async with bot.sessionmaker() as session:
        [draft] = (await session.scalars(select(Draft).where(Draft.kind == "timeline"))).all()
        assert draft.data["ask"] == "date"
    await admin.press("Release", kinds)  # the kind was chosen already
    assert answers(bot)[-1] == "This button is no longer active."
    await bot.restart()
    await admin.send("01.02.2022")
    await admin.send("174 part 1")
    await admin.send("/skip")
    assert f"Added to case #{submission.case_id}" in admin.last().text
    async with bot.sessionmaker() as session:
        case = await get_case(session, submission.case_id)
        assert case is not None
        assert [e.kind for e in case.events if e.event_date == dt.date(2022, 2, 1)] == [
            EventKind.CHARGE
        ]
