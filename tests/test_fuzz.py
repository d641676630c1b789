"""Fuzz: thousands of seeded random updates from dozens of people through the real Application.

Well-formed Telegram updates with hostile or careless content: texts in many scripts and sizes
(control characters, HTML, Unicode digits, 400-digit numbers), natural answers (ambiguous
amounts such as 27.780, dates and terms in words, towns), published reports pasted alone or after
/paste, commands sent alone and then their argument, commands in the middle of a flow, buttons
pressed on the latest message (the /start menu, choices among readings), stale buttons of other
people, forged callback data, inline queries with odd offsets, documents, photos and stickers
where text is expected, posts in a group and in a channel. An admin moderates along the way.

Asserted on SQLite and PostgreSQL: no handler raised, the offline Bot API refused nothing
(besides the "not modified"/"not found" answers the bot handles), every press was answered, and the
database holds nothing public without an approval in the audit and no orphans.

Default: FUZZ_DEFAULT_UPDATES per backend (well under a minute for both). A longer run:
`pytest tests/test_fuzz.py --fuzz-updates 5000 [--fuzz-seed 7] -s` (prints the figures).
"""

from __future__ import annotations

import datetime as dt
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from telegram import (
    Chat,
    Document,
    Message,
    MessageEntity,
    PhotoSize,
    Sticker,
    Update,
    Voice,
)

from bot.handlers.report.steps import Step
from bot.infra.offline import SentMessage, UpdateFactory
from bot.ui import callbacks as cb
from db.models import (
    AppealOutcome,
    AuditEntry,
    Case,
    EventKind,
    Person,
    Publication,
    PublishedEvent,
    SearchKey,
    SentenceKind,
    Submission,
    SubmissionStatus,
)
from tests.conftest import ADMIN_ID, BotHarness, ChatDriver
from tests.hostile import Watch

FUZZ_DEFAULT_UPDATES = 600
FUZZ_DEFAULT_SEED = 14
PEOPLE = 40
FIRST_ID = 731_000_001
GROUP_ID = -100_731_000
CHANNEL_ID = -100_731_999

SCRIPTS = [
    "Асылхан Жаубатыров",
    "Ерқын Сабаншиев",
    "Жасарал Қуанышәлин",
    "Asylkhan ZHAUBATYROV",
    "Талгар",
    "Алматы",
    "Aktobe",
    "محمد علي",  # Arabic
    "王小明",  # Chinese
    "Ελένη",  # Greek
    "👨‍👩‍👧 семья 🙂",
    "\u202eevil\u202c name",
    "zero\u200bwidth",
    "<b>bold</b> & <script>x</script>",
    "a&amp;b &lt; &#x41;",
    "NUL\x00in\x00text",
    "bell\x07 esc\x1b[31m",
    "tab\tand\nnewline",
    "405 part 2",
    "ст. 174 ч. 1",
    "10.09.2021",
    "2021-13-45",
    "01.01.2999",
    "2 years 6 months",
    "1,5 года",
    "27 780",
    "²",
    "٣٤٥",
    "１２３",
    "-5",
    "0",
    "skip",
    "yes",
    "https://example.org/news?id=1&x=<y>",
    "Reporter #ZFZEAM",
    # Natural answers (bot/parsing): ambiguous amounts, dates and terms in words, towns.
    "27.780",
    "27,780",
    "1.500.000 тенге",
    "двадцать пять тысяч тенге",
    "пятого мая 2021 года",
    "10 сентября 2021",
    "3 наурыз 2022 ж.",
    "03/04/2022",
    "вчера",
    "полтора года",
    "два года шесть месяцев",
    "2",
    "Taraz",
    "Тараз",
    "Шымкент",
    "",
]
COMMANDS = [
    "/start",
    "/help",
    "/report",
    "/cancel",
    "/back",
    "/skip",
    "/search",
    "/city",
    "/article",
    "/judge",
    "/update",
    "/event",
    "/history",
    "/queue",
    "/moderators",
    "/subscribe",
    "/subscriptions",
    "/unsubscribe",
    "/language",
    "/privacy",
    "/mydata",
    "/forget",
    "/stats",
    "/paste",
    "/nonsense",
]
#: Commands that, sent alone, ask for their argument (bot/handlers/guidance.py).
ASKING_COMMANDS = ["/search", "/city", "/article", "/judge", "/subscribe", "/paste"]
#: Published reports (labelled extraction sets): the texts /paste and long pastes read.
REPORTS = [
    path.read_text(encoding="utf-8")
    for path in sorted((Path(__file__).parent / "data" / "reports-fresh").glob("*.txt"))
]
FORGED = [
    "",
    "x",
    "case:",
    "case:²",
    "case:0",
    "rep:stage:",
    "rep:99:_back",
    "mod:ap:",
    "mod:role:add:-5",
    "sub:region:nowhere",
    "lang:zz",
    "safe:ack:0",
    "tl:k:verdict",
    "find:p:zzzzzzzz:5",
    "ans:١",
    "menu:",
    "menu:admin",
    "rep:city:pick:",
    "rep:city:pick:99",
    "rep:city:pick:١",
]


def random_number(rng: random.Random) -> str:
    return rng.choice(
        [
            str(rng.randint(1, 30)),
            str(rng.randint(1, 10**6)),
            "9" * rng.randint(10, 400),
            rng.choice(["²", "٣", "１２", "-1", "#7", "1e9", "0x10", " 4 "]),
        ]
    )


def random_text(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.55:
        return rng.choice(SCRIPTS)
    if kind < 0.75:
        return " ".join(rng.choice(SCRIPTS) for _ in range(rng.randint(2, 8)))
    if kind < 0.85:
        return random_number(rng)
    if kind < 0.95:
        # Long: up to Telegram's own limit of 4,096 characters, emoji-heavy or not.
        unit = rng.choice(["😀", "ж", "a", "&", "<i>", "👨‍👩‍👧"])
        return (unit * 4096)[: rng.randint(200, 4096)]
    alphabet = [chr(rng.randint(0, 0x2FFF)) for _ in range(rng.randint(1, 60))]
    return "".join(c for c in alphabet if not 0xD800 <= ord(c) <= 0xDFFF)


def report_text(rng: random.Random) -> str:
    """A published report, whole or cut, perhaps several joined, with hostile bits mixed in."""
    text = "\n\n".join(rng.choice(REPORTS) for _ in range(rng.randint(1, 3)))
    roll = rng.random()
    if roll < 0.2:
        text = text[: rng.randint(50, len(text))]
    elif roll < 0.4:
        words = text.split(" ")
        spot = rng.randrange(len(words))
        words[spot] += rng.choice(["\x00", "\u202e", "٣", "9" * 400, "<b>", "&amp;"])
        text = " ".join(words)
    return text[:4096]


def random_command(rng: random.Random) -> str:
    command = rng.choice(COMMANDS)
    if rng.random() < 0.6:
        arguments = {
            "/update": random_number,
            "/event": random_number,
            "/history": random_number,
            "/moderators": lambda r: r.choice(["add ", "remove ", ""]) + random_number(r),
            "/subscribe": lambda r: (
                r.choice(["all", "region almaty", "city ", "article ", "case "])
                + r.choice(["", random_text(r)[:80], random_number(r)])
            ),
        }.get(command, lambda r: random_text(r)[:200])
        command += " " + arguments(rng)
    return command


def forged_data(rng: random.Random) -> str:
    """Callback data in every format the bot uses, with arbitrary values; or garbage."""
    if rng.random() < 0.3:
        return rng.choice(FORGED)
    number = rng.choice([1, 2, 3, rng.randint(1, 10**9), 2**31 - 1])
    candidates = [
        cb.OpenCase(number),
        cb.RelatedCases(rng.choice(sorted(cb.RELATED_FIELDS)), number),
        cb.SearchPage(f"{rng.getrandbits(32):08x}", rng.randint(0, 500)),
        cb.FollowCase(number),
        cb.RemoveSubscription(number),
        cb.SubscribeMenu(rng.choice(["all", "regions", "city", "articles", "menu"])),
        cb.ChooseLanguage(rng.choice(["ru", "kk", "en", "de"])),
        cb.PrivacyAck(rng.choice([None, number])),
        cb.ForgetChoice(confirmed=rng.random() < 0.3),
        cb.EraseChat(),
        cb.StartReport(),
        cb.FindMenu(),
        cb.FollowMenu(),
        cb.LanguageMenu(),
        cb.ReportAnswer(
            rng.choice([*Step, "stage0", "7"]),
            rng.choice(["_back", "_skip", "submit", "edit:name", "x", "pick:0", "pick:7"]),
        ),
        cb.SubmissionAction(rng.choice(sorted(cb.SUBMISSION_ACTIONS)), number),
        cb.SubmissionCode(rng.choice(sorted(cb.SUBMISSION_CODE_ACTIONS)), number, "spam"),
        cb.DuplicateOf(rng.choice(sorted(cb.DUPLICATE_ACTIONS)), number, rng.randint(1, 5)),
        cb.QueuePage(rng.randint(0, 50)),
        cb.RoleChange(add=rng.random() < 0.5, telegram_id=FIRST_ID + rng.randint(0, PEOPLE)),
        cb.AnswerQuestion(number),
        rng.choice(
            [
                cb.TimelineKind(rng.choice(list(EventKind))),
                cb.TimelineOutcome(rng.choice(list(AppealOutcome))),
                cb.TimelineSentence(rng.choice([None, *SentenceKind])),
                cb.TimelineArticle(rng.choice(sorted(cb.TIMELINE_ARTICLES))),
            ]
        ),
        cb.FieldAnswer(
            number,
            rng.choice(["region", "city", "name"]),
            rng.choice(["almaty", "centre", "_skip", "pick:0", "pick:9"]),
        ),
    ]
    return rng.choice(candidates).pack()


@dataclass
class Figures:
    updates: int = 0
    presses: int = 0
    pressed_ids: list[str] = field(default_factory=list)
    by_kind: dict[str, int] = field(default_factory=dict)

    def count(self, kind: str) -> None:
        self.updates += 1
        self.by_kind[kind] = self.by_kind.get(kind, 0) + 1


class Fuzzer:
    def __init__(self, bot: BotHarness, seed: int) -> None:
        self.bot = bot
        self.rng = random.Random(seed)
        self.people = [
            bot.chat(
                FIRST_ID + n,
                language_code=self.rng.choice(["ru", "kk", "en", None]),
                accept_privacy=self.rng.random() < 0.8,
            )
            for n in range(PEOPLE)
        ]
        self.admin = bot.chat(ADMIN_ID)
        self.group = UpdateFactory(FIRST_ID, chat_id=GROUP_ID)
        self.figures = Figures()
        self._channel_posts = iter(range(1, 10**9))

    # --- one random update -----------------------------------------------------------------
    async def step(self) -> None:
        rng = self.rng
        who = self.admin if rng.random() < 0.12 else rng.choice(self.people)
        roll = rng.random()
        if roll < 0.03 and who is not self.admin:
            await self._complete_report(who)
        elif roll < 0.05:
            await self._moderate()
        elif roll < 0.30:
            await self._press_latest(who)
        elif roll < 0.45:
            self.figures.count("text")
            await who.send(random_text(rng) or ".")
        elif roll < 0.49:
            await self._command_then_argument(who)
        elif roll < 0.52:
            await self._paste(who)
        elif roll < 0.68:
            self.figures.count("command")
            await who.send(random_command(rng))
        elif roll < 0.75:
            await self._press(who, forged_data(rng), "forged")
        elif roll < 0.80:
            await self._press_stale(who)
        elif roll < 0.86:
            await self._inline(who)
        elif roll < 0.93:
            await self._attachment(who)
        elif roll < 0.97:
            await self._group_message()
        else:
            await self._channel_post()

    async def _complete_report(self, who: ChatDriver) -> None:
        """A careful reporter: a report to its end (the admin then has cards to decide)."""
        self.figures.count("command")
        await who.send("/report")
        for _ in range(60):
            latest = self._latest(who)
            labels = [label for label, _d in latest.buttons] if latest else []
            if not latest:
                return
            if any("Submit" in label for label in labels) and "Please check" in latest.text:
                return await self._press_label(who, latest, "Submit")
            if any("Continue" in label for label in labels):
                await self._press_label(who, latest, "Start over")
            elif "What stage" in latest.text or "Какой" in latest.text:
                await self._press_label(who, latest, labels[self.rng.randrange(len(labels))])
            elif "full name" in latest.text or "ФИО" in latest.text or "аты" in latest.text:
                self.figures.count("text")
                await who.send(self.rng.choice(SCRIPTS[:4]) + " " + self.rng.choice(SCRIPTS[:7]))
            else:
                skip = next(
                    (x for x in labels if "Skip" in x or "Done" in x or "➡" in x or "✅" in x),
                    None,
                )
                if skip is None:
                    return
                await self._press_label(who, latest, skip)

    async def _command_then_argument(self, who: ChatDriver) -> None:
        """A command tapped in the menu (sent alone), then its argument, or something else."""
        self.figures.count("command")
        await who.send(self.rng.choice(ASKING_COMMANDS))
        self.figures.count("text")
        if self.rng.random() < 0.8:
            await who.send(random_text(self.rng) or ".")
        else:
            await who.send(random_command(self.rng))

    async def _paste(self, who: ChatDriver) -> None:
        """A published report: after /paste, pasted alone (long), or /paste and then the text."""
        self.figures.count("paste")
        text = report_text(self.rng)
        roll = self.rng.random()
        if roll < 0.4:
            await who.send(("/paste " + text)[:4096])
        elif roll < 0.7:
            await who.send(text)
        else:
            await who.send("/paste")
            await who.send(text)

    async def _moderate(self) -> None:
        """The admin decides on a random card: approve, reject, or another button on it."""
        cards = [
            m
            for m in self.admin.api.messages.values()
            if m.chat_id == ADMIN_ID and any("Approve" in t for t, _d in m.buttons)
        ]
        if not cards:
            return await self._press_latest(self.admin)
        card = self.rng.choice(cards)
        label = self.rng.choice(["Approve", "Approve", "Reject", "Duplicate", "Edit", "Ask"])
        if not any(label in t for t, _d in card.buttons):
            label = "Approve"
        await self._press_label(self.admin, card, label)

    async def _press_label(self, who: ChatDriver, message: SentMessage, label: str) -> None:
        data = next(d for t, d in message.buttons if label in t)
        await self._press(who, data, "button", message)

    async def _press(self, who: ChatDriver, data: str, kind: str, on: Any = None) -> None:
        self.figures.count(kind)
        message = on or self._latest(who)
        update = who.factory.press(data, message)
        assert update.callback_query is not None
        self.figures.pressed_ids.append(update.callback_query.id)
        await who._process(update)

    def _latest(self, who: ChatDriver) -> SentMessage | None:
        mine = [m for m in who.api.messages.values() if m.chat_id == who.user_id and m.buttons]
        return max(mine, key=lambda m: m.message_id) if mine else None

    async def _press_latest(self, who: ChatDriver) -> None:
        latest = self._latest(who)
        buttons = [d for _t, d in latest.buttons if d and "://" not in d] if latest else []
        if not latest or not buttons:
            self.figures.count("text")
            await who.send("/report" if self.rng.random() < 0.5 else "/subscribe")
            return
        await self._press(who, self.rng.choice(buttons), "button", latest)

    async def _press_stale(self, who: ChatDriver) -> None:
        """A button of an older message, or of someone else's message."""
        with_buttons = [m for m in who.api.messages.values() if m.buttons]
        if not with_buttons:
            return await self._press(who, forged_data(self.rng), "forged")
        message = self.rng.choice(with_buttons)
        data = self.rng.choice([d for _t, d in message.buttons if d])
        own = message if message.chat_id == who.user_id else None
        await self._press(who, data, "stale", own)

    async def _inline(self, who: ChatDriver) -> None:
        self.figures.count("inline")
        offset = self.rng.choice(["", "10", "²", "9" * 30, "-5", "abc"])
        update = who.factory.inline(random_text(self.rng)[:300], offset=offset)
        await self.bot.app.process_update(Update.de_json(update.to_dict(), self.bot.app.bot))

    async def _attachment(self, who: ChatDriver) -> None:
        self.figures.count("attachment")
        n = self.rng.randint(1, 10**6)
        choice = self.rng.randrange(4)
        if choice == 0:
            await who.send_message(
                document=Document(
                    f"doc-{n}",
                    f"u-doc-{n}",
                    file_name=random_text(self.rng)[:400] or None,
                    mime_type=self.rng.choice(["application/pdf", "x/" + "y" * 300, None]),
                )
            )
        elif choice == 1:
            await who.send_message(photo=[PhotoSize(f"ph-{n}", f"u-ph-{n}", 800, 600)])
        elif choice == 2:
            await who.send_message(
                sticker=Sticker(f"st-{n}", f"u-st-{n}", 512, 512, False, False, "regular")
            )
        else:
            await who.send_message(voice=Voice(f"v-{n}", f"u-v-{n}", 3))

    async def _group_message(self) -> None:
        self.figures.count("group")
        text = random_command(self.rng) if self.rng.random() < 0.6 else random_text(self.rng)
        update = self.group.text(text or ".")
        await self.bot.app.process_update(Update.de_json(update.to_dict(), self.bot.app.bot))

    async def _channel_post(self) -> None:
        self.figures.count("channel")
        channel = Chat(CHANNEL_ID, Chat.CHANNEL, title="News")
        text = self.rng.choice(["/start", "/report", "/search x", random_text(self.rng) or "."])
        entities = (
            [MessageEntity(MessageEntity.BOT_COMMAND, 0, len(text.split()[0]))]
            if text.startswith("/")
            else []
        )
        post = Message(
            next(self._channel_posts),
            dt.datetime.now(dt.UTC),
            channel,
            text=text,
            entities=entities,
            sender_chat=channel,
        )
        update = Update(next(self._channel_posts), channel_post=post)
        await self.bot.app.process_update(Update.de_json(update.to_dict(), self.bot.app.bot))


# --- the invariants ---------------------------------------------------------------------------


async def check_database(bot: BotHarness) -> dict[str, int]:
    async with bot.sessionmaker() as session:
        approved = set(
            await session.scalars(select(Case.id).where(Case.publication == Publication.APPROVED))
        )
        audited = set(
            await session.scalars(select(AuditEntry.case_id).where(AuditEntry.action == "approve"))
        )
        assert approved <= audited, f"public without an approval: {approved - audited}"
        published_cases = set(await session.scalars(select(PublishedEvent.case_id)))
        assert published_cases <= approved, "a published event of a case that is not public"
        approved_submissions = set(
            await session.scalars(
                select(Submission.id).where(Submission.status == SubmissionStatus.APPROVED)
            )
        )
        # A duplicate merged into another case is decided ("approved") by a "merge" entry.
        decided_in_audit = set(
            await session.scalars(
                select(AuditEntry.submission_id).where(AuditEntry.action.in_(("approve", "merge")))
            )
        )
        assert approved_submissions <= decided_in_audit
        orphans = {
            "people without a case": select(func.count(Person.id)).where(
                ~select(Case.id).where(Case.person_id == Person.id).exists()
            ),
            "cases without a submission": select(func.count(Case.id)).where(
                ~select(Submission.id).where(Submission.case_id == Case.id).exists()
            ),
            "keys of no case": select(func.count())
            .select_from(SearchKey)
            .where(~select(Case.id).where(Case.id == SearchKey.case_id).exists()),
        }
        for name, query in orphans.items():
            assert (await session.scalar(query)) == 0, name
        return {
            "submissions": int(await session.scalar(select(func.count(Submission.id))) or 0),
            "public cases": len(approved),
        }


@pytest.fixture
def fuzz_updates(request: pytest.FixtureRequest) -> int:
    value = request.config.getoption("--fuzz-updates")
    return int(value) if value else FUZZ_DEFAULT_UPDATES


@pytest.fixture
def fuzz_seed(request: pytest.FixtureRequest) -> int:
    value = request.config.getoption("--fuzz-seed")
    return int(value) if value is not None else FUZZ_DEFAULT_SEED


async def test_random_updates_never_crash_refuse_or_leak(
    bot: BotHarness, fuzz_updates: int, fuzz_seed: int
) -> None:
    watch = Watch(bot)
    fuzzer = Fuzzer(bot, fuzz_seed)
    started = time.perf_counter()
    while fuzzer.figures.updates < fuzz_updates:
        await fuzzer.step()
    elapsed = time.perf_counter() - started
    figures = fuzzer.figures
    database = await check_database(bot)
    handled = len(watch.all_refusals) - len(watch.refusals)
    unanswered = watch.unanswered(figures.pressed_ids)
    print(
        f"\nfuzz seed={fuzz_seed}: {figures.updates} updates ({figures.by_kind}) in "
        f"{elapsed:.1f}s; exceptions={len(watch.errors)} refusals={len(watch.refusals)} "
        f"(handled not-modified/not-found: {handled}) "
        f"unanswered presses={len(unanswered)}/{len(figures.pressed_ids)}; {database}"
    )
    watch.check(figures.pressed_ids)
