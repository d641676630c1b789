"""Each case of the seeds, entered through the conversation and read back field by field."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from db.cases import get_case
from db.models import (
    AppealOutcome,
    AttachmentKind,
    Case,
    CaseStage,
    EventKind,
    Publication,
    SentenceKind,
    Submission,
    SubmissionStatus,
)
from tests.conftest import ADMIN_ID, BotHarness
from tests.seeds import report_baktybayev, report_sabanshiyev, report_zhaubatyrov

K = SentenceKind


def parts(event: object) -> list[tuple[SentenceKind, int | None, int | None, Decimal | None]]:
    return [(p.kind, p.term_months, p.hours, p.amount) for p in event.sentence]  # type: ignore[attr-defined]


async def only_case(bot: BotHarness) -> tuple[Case, Submission]:
    async with bot.sessionmaker() as session:
        submission = (await session.scalars(select(Submission))).one()
        case = await get_case(session, submission.case_id)
        assert case is not None
        return case, submission


async def test_zhaubatyrov_field_by_field(bot: BotHarness) -> None:
    chat = bot.chat(111)
    await report_zhaubatyrov(chat)
    case, submission = await only_case(bot)

    assert submission.status is SubmissionStatus.PENDING
    assert case.publication is Publication.PENDING
    assert case.stage is CaseStage.SENTENCED
    person = case.person
    assert person.name_as_entered == "Asylkhan ZHAUBATYROV"
    assert (person.surname, person.given_names) == ("Zhaubatyrov", "Asylkhan")
    assert [a.spelling for a in person.aliases] == ["Жаубатыров Асылхан", "Zhaubatyrov Asylkhan"]
    assert (person.city, person.region) == ("Aktobe", "aktobe")
    assert person.occupation == "Civil activist and political prisoner"
    [charge] = case.charges
    assert (charge.article, charge.part) == ("405", 2)
    assert charge.title == "participation in the activities of an extremist organisation"
    assert case.judge == "ADILOVA Alima Salimgireyevna"
    assert case.prosecutor == "ABDENOVA Saule"

    trial, verdict = case.events
    assert (trial.kind, trial.event_date) == (EventKind.TRIAL, dt.date(2021, 8, 5))
    assert (verdict.kind, verdict.event_date) == (EventKind.VERDICT, dt.date(2021, 9, 10))
    assert verdict.judge == "ADILOVA Alima Salimgireyevna"
    assert parts(verdict) == [
        (K.RESTRICTION_OF_LIBERTY, 12, None, None),
        (K.BAN_SOCIAL_ACTIVITY, 12, None, None),
        (K.BAN_SOCIAL_NETWORKS, 12, None, None),
        (K.VICTIMS_FUND, None, None, Decimal("27780")),
    ]
    assert verdict.sentence[-1].currency == "KZT"

    acts = [(a.act_date, a.description) for a in case.acts]
    assert acts[0] == (dt.date(2019, 5, 1), "participation in a peaceful protest")
    assert acts[1][0] is None and acts[1][1].startswith("photo with a blank sheet")
    assert "Augusto Santos Silva" in acts[2][1]
    assert [s.url for s in case.sources] == ["https://example.org/zhaubatyrov-verdict"]
    [attachment] = case.attachments
    assert (attachment.kind, attachment.file_id) == (AttachmentKind.PHOTO, "photo-file-1")

    # The reporter got a reference; the admin got the card of the pending report.
    confirmation = [m for m in bot.api.messages.values() if submission.reference in m.text]
    assert {m.chat_id for m in confirmation} == {111, ADMIN_ID}
    admin_notice = next(m for m in confirmation if m.chat_id == ADMIN_ID)
    assert "New report waiting for review" in admin_notice.text
    assert "Restriction of liberty: 1 year" in admin_notice.text
    assert "27,780 ₸" in admin_notice.text


async def test_sabanshiyev_field_by_field(bot: BotHarness) -> None:
    await report_sabanshiyev(bot.chat(222))
    case, _submission = await only_case(bot)

    person = case.person
    assert (person.surname, person.given_names) == ("Sabanshiyev", "Yerkyn")
    assert [a.spelling for a in person.aliases] == ["Yerkin SABANSHIYEV"]
    assert (person.city, person.region) == ("Talgar", "almaty")
    assert "former political prisoner" in (person.occupation or "")
    assert (case.charges[0].article, case.charges[0].part) == ("405", 2)
    assert case.judge == "KELEMSEITOV Yerkebulan"
    assert case.prosecutor is None
    [verdict] = case.events
    assert (verdict.kind, verdict.event_date) == (EventKind.VERDICT, dt.date(2021, 4, 7))
    assert parts(verdict) == [
        (K.RESTRICTION_OF_LIBERTY, 12, None, None),
        (K.COMMUNITY_SERVICE, None, 100, None),
        (K.COURT_FEES, None, None, Decimal("840")),
        (K.COURT_FEES, None, None, Decimal("50")),
        (K.VICTIMS_FUND, None, None, Decimal("27780")),
        (K.BAN_SOCIAL_ACTIVITY, 36, None, None),
        (K.BAN_SOCIAL_NETWORKS, 36, None, None),
    ]


async def test_baktybayev_appeal_is_a_second_event_and_both_remain(bot: BotHarness) -> None:
    await report_baktybayev(bot.chat(333))
    case, _submission = await only_case(bot)

    assert case.stage is CaseStage.APPEALED
    person = case.person
    assert (person.surname, person.given_names) == ("Baktybayev", "Baghdat")
    assert (person.city, person.region) == ("Shu", "zhambyl")
    charge = case.charges[0]
    assert (charge.article, charge.part) == ("405", 1)
    assert charge.title == "organisation of the activities of an extremist organisation"

    verdict, appeal = case.events
    assert (verdict.kind, verdict.event_date) == (EventKind.VERDICT, dt.date(2021, 2, 4))
    assert parts(verdict) == [
        (K.RESTRICTION_OF_LIBERTY, 24, None, None),
        (K.BAN_SOCIAL_NETWORKS, 60, None, None),
        (K.FORENSIC_FEE, None, None, Decimal("25736")),
        (K.VICTIMS_FUND, None, None, Decimal("55560")),
        (K.COMMUNITY_SERVICE, None, 80, None),
    ]
    assert (appeal.kind, appeal.event_date) == (EventKind.APPEAL_RULING, dt.date(2021, 4, 7))
    assert appeal.appeal_outcome is AppealOutcome.REDUCED
    assert parts(appeal) == [
        (K.RESTRICTION_OF_LIBERTY, 12, None, None),
        (K.BAN_SOCIAL_NETWORKS, 60, None, None),
        (K.FORENSIC_FEE, None, None, Decimal("25736")),
        (K.VICTIMS_FUND, None, None, Decimal("55560")),
        (K.COMMUNITY_SERVICE, None, 80, None),
    ]
