"""A copy of the database alone must not reveal who reported."""

from __future__ import annotations

from sqlalchemy import MetaData, select

from bot.infra.context import resources
from db.models import Submission, User
from tests.conftest import BotHarness
from tests.seeds import report_zhaubatyrov

REPORTER_ID = 777001234


async def test_no_telegram_identity_in_clear_anywhere(bot: BotHarness) -> None:
    chat = bot.chat(REPORTER_ID, first_name="Gulnara", username="gulnara_reporter_kz")
    await report_zhaubatyrov(chat)

    async with bot.sessionmaker() as session:
        connection = await session.connection()
        metadata = MetaData()
        await connection.run_sync(metadata.reflect)
        dump: list[str] = []
        for table in metadata.sorted_tables:
            for row in (await session.execute(select(table))).all():
                dump.extend(str(value) for value in row)
    everything = "\n".join(dump)
    assert everything, "the scenario stored nothing"
    for secret in (str(REPORTER_ID), "gulnara_reporter_kz", "Gulnara"):
        assert secret not in everything

    # The bot can still write back: the chat id is there, encrypted, for the submitter.
    async with bot.sessionmaker() as session:
        submission = (await session.scalars(select(Submission))).one()
        submitter = await session.get(User, submission.submitter_id)
        assert submitter is not None and submitter.chat_enc is not None
        assert resources(bot.app).vault.decrypt_int(submitter.chat_enc) == REPORTER_ID
        assert submitter.tg_hash == resources(bot.app).user_hash(REPORTER_ID)
