"""Cases read from a published report (English, Russian or Kazakh), as exchange records.

`extract_cases(text)` returns one record per case the text describes, in the JSON exchange
format of schema/casewatch-cases.schema.json (publication "pending"). Rule-based and pure: no
Telegram, no database. Nothing read here is trusted: the bot puts a record into a draft that
the person checks on the usual review before anything is submitted.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.extract.administrative import (
    administrative_only,
    own_paragraphs_administrative_only,
    own_sentences_administrative_only,
)
from bot.extract.blocks import (
    people_named,
    split_blocks,
)
from bot.extract.cases import Record, detect_language, extract_case
from bot.extract.charges import _charges, same_article_charges
from bot.extract.chats import without_chat_writers
from bot.extract.codefendants import split_codefendants
from bot.extract.credits import without_credit_names
from bot.extract.datelines import text_own_day
from bot.extract.footnotes import footnoted_sources
from bot.extract.full_names import complete_names
from bot.extract.lead_terms import without_contents
from bot.extract.letters import without_relatives_signatures
from bot.extract.mastheads import without_masthead_titles
from bot.extract.names import UPPER
from bot.extract.namesakes import merge_namesakes
from bot.extract.nominative import surname_key
from bot.extract.officials import officials_alone, only_trial_court
from bot.extract.panels import without_panel_members
from bot.extract.paper_signers import without_paper_signers
from bot.extract.places import give_court_towns
from bot.extract.surname_first import without_register_commas
from bot.extract.tables import as_bar_table, with_notes_in_rows, with_table_labels
from bot.extract.text_links import (
    URL,
    case_keys_of,
    footer_urls,
    head_urls,
    offered_urls,
    own_sources,
)
from bot.extract.titled_names import with_full_names, with_headings_in_title_case
from bot.extract.trade_owners import leave_named_trades
from bot.extract.values import DateMention, Found, find_dates, resolve_dates

__all__ = ["Record", "extract_cases", "looks_like_report", "year_of_yearless"]

#: Longest text read: a Telegram message is at most 4,096 characters; a file of a few reports.
MAX_TEXT = 200_000


def extract_cases(
    text: str, *, id_prefix: str = "extracted", today: dt.date | None = None
) -> list[Record]:
    """The cases `text` describes. `today` is the day the text is read (a pasted message's
    day): it gives the year of dates a text writes with none anywhere («2 декабря в 21:07 ·»
    over a post, "On 24 November ..."); without it such dates are left out."""
    text = text[:MAX_TEXT].replace("\r\n", "\n")
    pasted = text  # (with its note marks, «[2]», read by footnoted_sources)
    text = _without_citation_marks(_without_notes(_without_post_author(text)))
    # «Азаттық Дауысы | 2026 жылғы 25 қараша»: a publication's title, no one's name
    text = without_masthead_titles(text)
    # "Photo: Lee Min-ho; text: Aigerim N.": who made the text, no case
    text = without_credit_names(text)
    # «Ұлым Ерлан X ... Күлпаш X,\nАрал қаласы»: a relative who signs a letter, no case
    text = without_relatives_signatures(text)
    # «советник юстиции        Утебаев Д. Ж.»: a paper's signer or addressee, no case
    text = without_paper_signers(text)
    text = _MAIL_HEADER_NAME.sub(r"\g<label>\g<address>", text)
    # an encyclopedia's stress marks split a name's words; no chat writer and no judge of a
    # panel is a case
    text = without_panel_members(without_chat_writers(_without_stress_marks(text)))
    text = _when_answered(_questions_answered(_live_blog_dated(_plain_bullets(text))))
    text = without_register_commas(text)  # "KAIRATOV, Yerzhan (blogger)" in a register
    text = without_contents(text)  # a digest's "In this issue: one new arrest, ..."
    text = as_bar_table(text)
    language = detect_language(text)
    text = with_full_names(with_notes_in_rows(text, language), language)
    text = with_headings_in_title_case(text)
    records: list[Record] = []
    found = find_dates(text)
    # (else the latest year the text writes: a digest's «25 қарашада» in an item of its own,
    # with «2026 жылғы 9 қыркүйекте» told only in another item)
    year = _heading_year(text) or year_of_yearless(found, today) or _latest_year(found)
    dates = resolve_dates(found, year)
    text_day = text_own_day(text)  # "yesterday", "on Wednesday": counted back from it
    block_records: list[Record] = []  # the records of the last block that gave any
    no_case: list[str] = []  # the blocks that gave no case (people outside the courthouse)
    this_block: list[Record] = []
    administrative: list[Record] = []  # the records of administrative offences only
    blocks = split_blocks(text, language)
    # the people each block names in full: a block naming another's by surname alone ("Judge
    # X handed Kemelbayev four years and Omirzakov five") leaves what it tells of them to them
    # (a table's row names its person with no story: a note under the table on them is no
    # other block's; an encyclopedia's one line of categories "1979 births | Living people |"
    # is no table)
    named = [
        people_named(block, language, text) if not _a_table(block) else set() for _, block in blocks
    ]
    for number, (offset, block) in enumerate(blocks):
        elsewhere = set().union(*named[:number], *named[number + 1 :]) - named[number]
        # "In the same day the same court fined ...": the last date told before this item
        told = [f.value for f in dates if f.start < offset]
        if records:
            # "On the same day the board left unchanged ...": the day of the item before is
            # the day its last event happened, not the last date it mentioned in passing
            days = [e["date"] for e in records[-1]["events"] if e["date"]]
            if days:
                told.append(dt.date.fromisoformat(max(days)))
        block = with_table_labels(block, text, language)
        block_records = this_block or block_records
        this_block = []
        told_before = len(records)
        for person_key, variant in split_codefendants(block, language, elsewhere):
            record = extract_case(
                variant,
                language,
                person_key,
                default_year=year,
                date_before=told[-1] if told else None,
                text_day=text_day,
                after_a_case=bool(records),
                detained_before=_last_arrest(records),
            )
            if record is not None and not record["charges"]:
                # "sentenced another activist ... under the same article"
                record["charges"] = same_article_charges(variant, [block, text[:offset]], language)
            if record is not None and not record["charges"] and records:
                # «Сол іс бойынша екінші айыпталушы ...», "a co-defendant in the same case":
                # the charges of the case told before
                if _SAME_CASE[language].search(variant):
                    record["charges"] = [dict(c) for c in records[-1]["charges"]]
            if record is not None and not record["charges"] and person_key is not None:
                # "sentenced X ... (Article 174, Part 1). His co-defendants, Y and Z, received
                # two years ...": tried together, under the article the shared story cites
                record["charges"] = _charges(block, language)
            if record is None:
                if person_key is None and block_records:
                    # a paragraph of its own naming only the trial's judge and prosecutor
                    # tells them of the case(s) of the paragraph before
                    _give_officials(block_records, officials_alone(variant, language))
                continue
            if (
                records
                and _SAME_COURT[language].search(variant)
                and record["court"] in (None, records[-1]["court"])
            ):
                # "Same court, same judge: NAME ..." (a thread's or a list's next item); an item
                # that names a court of its own means it («Қордай аудандық соты ... осы соттың
                # үкімімен ... тағы бір тұрғыны»), not the court of the item before
                for role in ("court", "judge", "prosecutor"):
                    if record[role] is None and records[-1][role] is not None:
                        record[role] = records[-1][role]
                        for event in record["events"]:
                            if event["kind"] in ("verdict", "trial") and role in event:
                                event[role] = records[-1][role]
                if _SAME_TRIAL[language].search(variant):
                    _same_verdict_day(record, records[-1], text_day)
            number = len(records) + 1
            records.append({"id": f"{id_prefix}-{number}", "publication": "pending", **record})
            this_block.append(records[-1])
            own_key = person_key.split("|")[0] if person_key else _surname_key(record, language)
            if person_key is None and own_paragraphs_administrative_only(block, own_key, language):
                # a paragraph of the story on someone fined for an administrative offence, the
                # charges (or a term) read from the story's other paragraphs
                administrative.append(records[-1])
            elif _sentenced_for_a_crime(record) and not own_sentences_administrative_only(
                block, own_key, language
            ):
                pass  # years of prison or of restricted freedom, told of them: no fine or days
            elif not record["charges"] and administrative_only(variant, language):
                administrative.append(records[-1])
            elif person_key is not None and own_sentences_administrative_only(
                block, person_key.split("|")[0], language
            ):
                # one named beside co-defendants, only their administrative arrest told
                administrative.append(records[-1])
        if len(records) == told_before:
            no_case.append(block)
        _share_verdict_day(this_block)
    leave_named_trades(records)  # "Pavlodar activist" of a headline: "civil activist X"'s
    if administrative and len(administrative) < len(records):
        # a bulletin's item on an administrative fine or arrest, beside criminal cases: no case
        # of its own (a text telling of that fine alone is still read as one)
        records = [r for r in records if all(r is not a for a in administrative)]
        for number, record in enumerate(records, 1):
            record["id"] = f"{id_prefix}-{number}"
    _share_trial_court(records)
    if len(records) == 1 and records[0]["court"] is None:
        _give_only_court(records[0], "\n\n".join(no_case), language)
    elif records and all(r["court"] is None for r in records):
        # co-defendants none of whose sentences names the court: the one trial court the whole
        # text names (a thread's opening "Verdict just in from X City Court" above one post per
        # defendant)
        court = only_trial_court(text, language)
        for record in records:
            _give_court(record, court)
    give_court_towns(records, language)
    if len(records) >= 2 or (records and not records[0]["sources"]):
        # "More: https://..." closing a bulletin of several cases is the source of each; the
        # link closing a story of one case is its source, though a paragraph naming someone
        # else (a pensioner fined, a lawyer quoted) came between
        keys = case_keys_of(records, language)
        for url in head_urls(text, keys, language) + footer_urls(text, keys, language):
            for record in records:
                if all(s["url"] != url for s in record["sources"]):
                    record["sources"].append({"url": url, "title": None})
        own_sources(records)
    footnoted_sources(records, pasted, language)
    offered = offered_urls(text)  # "Subscribe: https://...": the publisher's, no case's
    for record in records:
        record["sources"] = [s for s in record["sources"] if s["url"] not in offered]
    # «Ким В. А.» in the paragraph the case is read from, «Кима Виктора Алексеевича» above it
    complete_names(records, text, language)
    return merge_namesakes(records, id_prefix)


#: Penalties the Code of Administrative Offences does not give (its arrest is of days).
_CRIMINAL_PENALTIES = frozenset({"imprisonment", "restriction_of_liberty"})


def _surname_key(record: Record, language: str) -> str:
    person = record["person"]
    return surname_key(person["surname"] or person["name"].split()[-1], language)


def _sentenced_for_a_crime(record: Record) -> bool:
    """Whether a verdict or an appeal ruling read for the person gives a term of prison or of
    restricted freedom: a criminal case, whatever else its block tells of administrative
    arrests («бес белсенді әкімшілік тәртіппен 10 тәулікке қамалды» in a digest's last item)."""
    return any(
        part["kind"] in _CRIMINAL_PENALTIES and part.get("term_months")
        for event in record["events"]
        for part in event.get("sentence") or []
    )


def _a_table(block: str) -> bool:
    """A block of table rows (a row with a note or a link under it): its prose is not three
    times as long as its rows (a story under a byline "Steppe Rights Watch | 27 November 2026 |
    For immediate release" is prose, and names its people as any story does)."""
    rows = sum(len(m.group()) for m in _TABLE_ROW_LINE.finditer(block))
    return rows > 0 and len(block.strip()) - rows <= 3 * rows


#: A line of a table: cells between bars, not a labelled line of them ("Categories: 1979
#: births | Living people").
_TABLE_ROW = re.compile(r"^(?![ \t]*[^\W\d_]+(?:[ \t][^\W\d_]+)?:[ \t])[^\n]*\|[^\n]*\|", re.M)
_TABLE_ROW_LINE = re.compile(_TABLE_ROW.pattern + r"[^\n]*", re.M)


def _share_verdict_day(block_records: list[Record]) -> None:
    """Co-defendants of one story are sentenced on one day: «Приговором суда от 24 ноября 2026
    года Ахметжанов Т.К. признан виновным ... Ли Р.С. признан виновным ...» dates Ли's verdict
    too, when the story gives the verdict one day only."""
    verdicts = [e for r in block_records for e in r["events"] if e["kind"] == "verdict"]
    days = {e["date"] for e in verdicts if e["date"]}
    if len(block_records) < 2 or len(days) != 1:
        return
    for event in verdicts:
        event["date"] = event["date"] or next(iter(days))
    for record in block_records:
        record["events"].sort(key=lambda e: e["date"] or "")  # as bot.extract.events orders them


def _share_trial_court(records: list[Record]) -> None:
    """People whose verdicts one prosecutor asked for were tried together, by one court and one
    judge: "Judge A of the B court found X guilty ... His co-defendant, Y, was convicted ...
    Prosecutor C had asked for five years for X and two for Y" gives Y the court and judge
    told with X. Only where those people's records name one court and one judge between them
    (a record naming another court keeps it, and gets no judge of another court)."""
    tried: dict[str, list[Record]] = {}
    for record in records:
        if record["prosecutor"] and any(e["kind"] == "verdict" for e in record["events"]):
            tried.setdefault(record["prosecutor"], []).append(record)
    for together in tried.values():
        courts = {r["court"] for r in together} - {None}
        judges = {r["judge"] for r in together} - {None}
        if len(together) < 2 or len(courts) > 1 or len(judges) > 1:
            continue
        for role, told in (("court", courts), ("judge", judges)):
            for record in together:
                if not told or record[role] is not None:
                    continue
                record[role] = next(iter(told))
                for event in record["events"]:
                    if event["kind"] == "verdict" or (event["kind"] == "trial" and role == "judge"):
                        event[role] = record[role]


#: A list item marked as channels mark it ("▪️ ", "👉 ", "🔹 ", "➖ "): a symbol or a pictograph
#: (with its variation selector) before the line's words.
_EMOJI_BULLET = re.compile(
    r"^([ \t]*)(?:[\u25a0-\u25ff\u2190-\u21ff\u2794-\u27bf\u2796\u2b05-\u2b07\u2b95]"
    r"|[\U0001f446-\U0001f449\U0001f537-\U0001f539\u2705\u2714\u2611])\ufe0f?[ \t]+",
    re.MULTILINE,
)


#: An encyclopedia's note marks: "... in custody.[1] He was accused", "[citation needed]".
_CITATION_MARK = re.compile(r"(?<=[.,;:)\w])(?:\[(?:\d{1,3}|citation needed|нужен источник)\])+")


#: A social network post copied with its header: the author's name alone on the first line
#: (two or three capitalised words), then a short line telling when it was posted ("2 h · 🌐",
#: «27 ноября в 18:54 ·», "Yesterday at 10:12", «5 сағ.»). A story's first sentence is no such
#: line, even when it tells a time («В 10:00 суд начал …»).
_AUTHOR_LINE = re.compile(rf"[{UPPER}][\w'’-]*(?:[ \u00a0][{UPPER}][\w'’-]*){{1,2}}")
_POSTED_LINE = re.compile(
    r"[^\n]{0,30}·[^\n]{0,10}"
    r"|[^\n]{0,25}\b(?:в|at)\s+\d{1,2}:\d{2}"
    r"|\d{1,2}\s*(?:h|hrs?|ч|мин|min|сағ)\.?",
    re.IGNORECASE,
)


#: A forwarded e-mail's header line naming its sender or addressee ("From: Aigul X
#: <aigul@example.com>", «От: ...», «Кімнен: ...», «Кому: ...»): whoever writes or receives
#: the letter, no case; the address stays.
_MAIL_HEADER_NAME = re.compile(
    r"^(?P<label>[ \t]*(?i:from|to|cc|от|кому|копия|кімнен|кімге)[ \t]*:[ \t]*)[^\n<@]{1,80}?"
    r"(?P<address>[ \t]*<[^<>\n@]+@[^<>\n]+>[ \t]*)$",
    re.MULTILINE,
)


#: A post's header on one line: the author's name, their handle, then when it was posted.
_AUTHOR_HANDLE_LINE = re.compile(r"(?P<author>[^@\n·]+?)\s+@[\w.]+\s*·\s*(?P<posted>[^\n]+)$")

#: A repost's header over the post it forwards: "Forwarded from Steppe Watch", «Переслано из
#: канала ...», «... арнасынан жіберілді» (a channel's name, no one's case).
_FORWARDED_HEADER = re.compile(
    r"\s*(?:(?i:forwarded\s+from|reposted\s+from|переслано\s+(?:из|от)|репост\s+из)\b[^\n]*"
    r"|[^\n]{1,80}\s(?i:арнасынан|парақшасынан)\s+(?i:жіберілді|бөлісілді))[ \t]*\n"
)


def _without_post_author(text: str) -> str:
    """The post without its author's name: a lawyer or a relative who writes about the person,
    never the person's case (the line telling when it was posted stays: it dates "today")."""
    forwarded = _FORWARDED_HEADER.match(text)
    head = text[: forwarded.end()] if forwarded else ""
    lines = text[len(head) :].lstrip().split("\n", 2)
    if (
        len(lines) == 3
        and _AUTHOR_LINE.fullmatch(lines[0].strip())
        and _POSTED_LINE.fullmatch(lines[1].strip())
    ):
        return head + "\n".join(lines[1:])
    one_line = _AUTHOR_HANDLE_LINE.match(lines[0].strip())
    if one_line and _AUTHOR_LINE.fullmatch(one_line.group("author")):
        # "Dinara Abisheva @dinara_kz · 26 Nov 2026" on one line: its date stays
        return head + "\n".join([one_line.group("posted"), *lines[1:]])
    return text


#: A note at the foot of a report: "[32] Verdict of Atyrau City Court No. 2, September 2, 2026
#: (on file with Human Rights Watch).", "[1] https://...".
#: An encyclopedia's reference under its article: " 7. ^ "Appeal court cuts ...". Vlast. 30
#: October 2025. https://...", the caret pointing back to where it is cited.
_NOTE_LINE = re.compile(
    r"^(?P<mark>[ \t]*(?:\[\d{1,3}\]|(?:\d{1,3}\.[ \t]*)?\^))[ \t]+(?P<body>[^\n]*)$",
    re.MULTILINE,
)


def _without_notes(text: str) -> str:
    """The text without its foot notes' words: a note cites where a fact comes from (an
    interview's day, a court paper's date, a letter), so its dates are no events and the people
    it names no cases. A note's links stay, as the sources they are."""

    def links_only(match: re.Match[str]) -> str:
        links = URL.findall(match.group("body"))
        return match.group("mark") + " " + " ".join(links) if links else ""

    return _NOTE_LINE.sub(links_only, text)


def _without_stress_marks(text: str) -> str:
    """The text without the stress marks an encyclopedia or a dictionary puts over a vowel
    («Ану́ар Саги́нтаевич Бейсе́нов»): a combining accent splits a word in two for every
    pattern that reads letters."""
    return _STRESS_MARK.sub("", text)


#: A combining acute or grave accent (U+0301, U+0300) after a letter.
_STRESS_MARK = re.compile(r"(?<=\w)[\u0300\u0301]")


def _last_arrest(records: list[Record]) -> dt.date | None:
    """The day of the arrest of the last record told that gives one ("... his friend was
    detained the same morning" goes back to it)."""
    days = [
        e["date"] for e in (records[-1]["events"] if records else []) if e["kind"] == "detention"
    ]
    return dt.date.fromisoformat(days[0]) if days and days[0] else None


def _without_citation_marks(text: str) -> str:
    """The text without an article's note marks, so "custody.[1] He" ends a sentence."""
    return _CITATION_MARK.sub("", text)


def _give_only_court(record: Record, text: str, language: str) -> None:
    """The court of a text's one case tried or sentenced, where its own paragraphs name none:
    the one court of first instance named in the paragraphs that gave no case (`text`: the
    people gathered outside the courthouse, a relative's words)."""
    _give_court(record, only_trial_court(text, language))


def _give_court(record: Record, court: str | None) -> None:
    """`court` as the court of a record tried or sentenced, and of its verdict and trial (a
    schedule's row on trial, its verdict put off, with no event told, too)."""
    if court is None:
        return
    if not any(e["kind"] in ("verdict", "trial") for e in record["events"]):
        if record["stage"] == "on_trial" and not record["events"]:
            record["court"] = court
        return
    record["court"] = court
    for event in record["events"]:
        if event["kind"] in ("verdict", "trial"):
            event["court"] = court


def _give_officials(records: list[Record], officials: dict[str, str | None] | None) -> None:
    """Each record's judge and prosecutor, where it names none, from `officials`; its verdict's
    and trial's too."""
    for role, name in (officials or {}).items():
        for record in records:
            if name is None or record[role] is not None:
                continue
            record[role] = name
            for event in record["events"]:
                if event["kind"] == "verdict" or (event["kind"] == "trial" and role == "judge"):
                    event[role] = name


def _plain_bullets(text: str) -> str:
    """Pictograph bullets written as "• ", the mark the rules of a list read (a line's other
    emoji, «📅 2025 жылғы 9 қазан», «⚖️ Семей ...», say what the line is and stay)."""
    return _EMOJI_BULLET.sub(lambda m: m.group(1) + "• ", text)


#: An item told by the same court (and judge) as the item before it ("In the same trial, X
#: was sentenced ...": a co-defendant's, by the court, judge and prosecutor of the one before).
_SAME_COURT = {
    # ("His co-defendant, X, was convicted ...": tried together)
    "en": re.compile(
        r"\b(?:the\s+)?same\s+(?:court|judge|trial)\b|^\W*(?:his|her|their)\s+co-?defendants?\b",
        re.IGNORECASE | re.MULTILINE,
    ),
    "ru": re.compile(r"\b(?:тот\s+же|том\s+же|тем\s+же)\s+(?:суд|судь|процесс)", re.IGNORECASE),
    "kk": re.compile(r"\b(?:сол|осы)\s+(?:сот|судья)", re.IGNORECASE),
}
#: A co-defendant's verdict told as given at the same trial as the item before's.
_SAME_TRIAL = {
    "en": re.compile(
        r"\b(?:in|at)\s+the\s+same\s+trial\b|^\W*(?:his|her|their)\s+co-?defendants?\b",
        re.IGNORECASE | re.MULTILINE,
    ),
    "ru": re.compile(r"\b(?:в|на)\s+том\s+же\s+(?:судебном\s+)?процессе\b", re.IGNORECASE),
    "kk": re.compile(r"\b(?:сол|осы)\s+сот\s+(?:процесінде|отырысында)", re.IGNORECASE),
}


def _same_verdict_day(record: Record, before: Record, text_day: dt.date | None) -> None:
    """A verdict given at the same trial as the one before is of that verdict's day, where its
    own story dates it by no day but the text's ("In the same trial, Y was sentenced to ...",
    under a wire story's dateline)."""
    days = [e["date"] for e in before["events"] if e["kind"] == "verdict" and e["date"]]
    if not days:
        return
    for event in record["events"]:
        if event["kind"] == "verdict" and event["date"] in (
            None,
            text_day.isoformat() if text_day else None,
        ):
            event["date"] = days[-1]
    record["events"].sort(key=lambda e: e["date"] or "")


#: "in the same case", «по тому же делу», «сол іс бойынша»: a co-defendant of the case before.
_SAME_CASE = {
    "en": re.compile(r"\b(?:in|under)\s+the\s+same\s+case\b", re.IGNORECASE),
    "ru": re.compile(r"\bпо\s+(?:тому\s+же|этому\s+же|этому|тому)\s+делу\b", re.IGNORECASE),
    "kk": re.compile(r"(?<![\w-])(?:сол|осы)\s+іс\s+бойынша\b", re.IGNORECASE),
}


#: A live blog's entry: "16:05 - VERDICT. ...", «10:40 Сотталушылар — ...».
# (a colon only: "12.05 — detained" is the 12th of May)
_TIMESTAMP = re.compile(
    r"^[ \t]*(?:[01]?\d|2[0-3]):[0-5]\d\b[ \t]*(?:[-–—:|]+[ \t]*)?", re.MULTILINE
)


def _live_blog_dated(text: str) -> str:
    """A live blog (three or more entries headed by a time of day) is written on the day its
    heading gives: each entry that gives no date of its own is told as of that day, its time
    replaced by the date ("16:05 - VERDICT. NAME: 2 years ..." -> "4 June 2025. VERDICT. ...")."""
    stamps = list(_TIMESTAMP.finditer(text))
    if len(stamps) < 3:
        return text
    heading = [f for f in find_dates(text[: stamps[0].start()]) if f.value.year is not None]
    if not heading:
        return text
    day = text[heading[-1].start : heading[-1].end]
    pieces: list[str] = []
    last = 0
    for stamp in stamps:
        line_end = text.find("\n", stamp.end())
        line = text[stamp.end() : line_end if line_end >= 0 else len(text)]
        pieces.append(text[last : stamp.start()])
        pieces.append(stamp.group() if find_dates(line) else f"{day}. ")
        last = stamp.end()
    pieces.append(text[last:])
    return "".join(pieces)


#: An interview's question and the answer on the next line ("Q: What is he charged with?\n
#: A: Article 174, for posts about the akim."), in the three languages.
_QUESTION_ANSWER = re.compile(
    r"\?[ \t]*\n[ \t]*(?:A|Answer|О|Ответ|Ж|Жауап)[ \t]*[:.)][ \t]*", re.IGNORECASE
)


#: An interview's question asking when something happened, alone on its line, and the answer
#: in the next paragraph ("When was your brother detained?\n\nOn 20 July, at six ...").
_WHEN_ASKED = re.compile(
    r"^([^\n?]{0,80}\b(?:when|когда|қашан)\b[^\n?]{3,120})\?[ \t]*\n(?:[ \t]*\n)*(?=[^\n]*\d)",
    re.IGNORECASE | re.MULTILINE,
)


def _when_answered(text: str) -> str:
    """The answer to "when was he detained?" told with its question ("When was your brother
    detained — On 20 July, at six in the morning."): the day the answer gives is the day of
    the event the question names."""
    return _WHEN_ASKED.sub(lambda m: m.group(1) + " — ", text)


def _questions_answered(text: str) -> str:
    """An interview's answer told in the words of its question: "What is he charged with?
    Article 174, for posts" -> "What is he charged with — Article 174, for posts" (one
    sentence), so that what the question asks is read with what the answer says."""
    if len(_QUESTION_ANSWER.findall(text)) < 2:
        return text
    return _QUESTION_ANSWER.sub(lambda m: " — " + " " * (len(m.group()) - 3), text)


def year_of_yearless(mentions: list[Found[DateMention]], today: dt.date | None) -> int | None:
    """The year of a text that writes its dates without one anywhere ("On 24 November ..."),
    as of `today`, the day it is read: this year, or the last one when a day it tells would be
    more than two months ahead (a post of 28 December read on 5 January). None while the text
    writes any year, or tells no date, or `today` is not known."""
    if today is None or not mentions or any(m.value.year is not None for m in mentions):
        return None
    ahead = today + dt.timedelta(days=61)
    latest = max((m.value.month, m.value.day) for m in mentions)
    if ahead.year > today.year or latest <= (ahead.month, ahead.day):
        return today.year
    return today.year - 1


def _latest_year(mentions: list[Found[DateMention]]) -> int | None:
    return max((m.value.year for m in mentions if m.value.year is not None), default=None)


def _heading_year(text: str) -> int | None:
    """The year a text's opening lines give ("Weekly digest, 22–28 April 2024", «Апта шолуы
    (2024 жылғы 15–21 қаңтар)»): items that write "On 23 April" take it."""
    found = next(
        (
            y
            for y in _OPENING_YEAR.finditer(text[:300])
            if not _BIRTH_YEAR_AFTER.match(text, y.end())
            and not _BIRTH_YEAR_BEFORE.search(text[: y.start()])
        ),
        None,
    )
    return int(found.group(1)) if found else None


_OPENING_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
#: A birth year is no year of the report's events: «1991 года рождения», «1991 г.р.»,
#: «1991 жылы туған», "1991-born"; "born in 1991", "(b. 1991)", «родился в 1991 году».
_BIRTH_YEAR_AFTER = re.compile(
    r"\s*(?:года|г\.|жылы|ж\.)?\s*(?:рождения|г\.\s?р\.|туған|-?born\b)", re.IGNORECASE
)
_BIRTH_YEAR_BEFORE = re.compile(
    r"(?:\bborn|\bb\.|\bродил(?:ся|ась)|\bрожд\.)(?:\s+in)?(?:\s+в)?\s*$", re.IGNORECASE
)


_CUES = re.compile(
    r"\b(?:article|sentenced|verdict|court|judge|detained|ст\.|стать\w+|приговор\w*|суд\w*|"
    r"осужд\w+|задержа\w+|бап\w*|сот\w*|үкім\w*|ұстал\w*)\b",
    re.IGNORECASE,
)


def looks_like_report(text: str) -> bool:
    """A long text written like a published report (several cue words of a prosecution)."""
    return len(text) >= 400 and len({m.group().lower() for m in _CUES.finditer(text)}) >= 3
