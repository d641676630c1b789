"""Lookup of approved cases by name (any spelling), place, article, judge or prosecutor.

Keys are folded in Python (db.names) and stored as rows of `search_keys` (kind, key, case_id):
a lookup reads postings through the primary key, and a candidate case's own role and ending
keys through the (case_id, kind, key) index. Every query joins `cases` and keeps only
`publication = approved` (read from the small (id, publication) index): pending, rejected and
merged cases are never returned, whatever the keys say. Typos are found through `search_terms`,
the deletion neighbourhood of each distinct word (one indexed IN look-up over the vocabulary,
then the normal key look-up).

Names are matched in tiers, the first tier with a result wins: pairs of words as typed (order
free), pairs allowing one typo per word, then any single word, then single words with a typo.
Pair postings are short and are counted; word postings can be long (a common given name), so a
word tier reads each key only as deep as the page needs (see WordTier): the cost of a lookup is
bounded whatever the words and however many cases there are.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import itertools
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    any_,
    bindparam,
    delete,
    func,
    insert,
    literal,
    select,
    union_all,
)
from sqlalchemy import case as sql_case
from sqlalchemy import text as sql_text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased, joinedload

from db.cards import CaseCard, card_rows, cards_of
from db.cases import CASE_LOAD_OPTIONS
from db.engine import generic_plans_connection
from db.models import (
    Case,
    Charge,
    Event,
    EventKind,
    Person,
    Publication,
    SearchKey,
    SearchTerm,
)
from db.names import (
    PATRONYMIC_ENDINGS,
    SURNAME,
    SURNAME_AS_WRITTEN,
    SURNAME_ENDINGS,
    Word,
    deletions,
    edit_distance,
    edits_allowed,
    ending_variants,
    guess_roles,
    name_pairs,
    name_parts,
    pair_key,
    place_key,
    query_roles,
    region_of,
    role_key,
    role_keys,
    unique,
)
from db.places import find_places, place_region


class Kind(enum.StrEnum):
    """What a key of `search_keys` is (one letter: the table is large)."""

    NAME = "n"
    NAME_PAIR = "N"
    #: A name word with its ending as written (Yesenova), ranked before the stem (Yesen-).
    NAME_FULL = "f"
    #: A name word's stem tagged with its role: 's:<surname>', 'g:<given>', 'p:<father>'
    #: (db.names.role_key), from the person's recorded surname, given names and patronymic.
    NAME_ROLE = "r"
    #: A town: today's name in the gazetteer, folded (db.names.place_key).
    PLACE = "c"
    #: A region code (db.places.REGION_CODES), from the case or its town.
    REGION = "o"
    ARTICLE = "a"
    JUDGE = "j"
    JUDGE_PAIR = "J"
    PROSECUTOR = "r"
    PROSECUTOR_PAIR = "R"


class Field(enum.StrEnum):
    """What a user looks up."""

    NAME = "name"
    PLACE = "place"
    ARTICLE = "article"
    JUDGE = "judge"
    PROSECUTOR = "prosecutor"


#: Name-like fields: (word kind, pair kind, vocabulary kind for typos).
_NAME_KINDS = {
    Field.NAME: (Kind.NAME, Kind.NAME_PAIR, "n"),
    Field.JUDGE: (Kind.JUDGE, Kind.JUDGE_PAIR, "j"),
    Field.PROSECUTOR: (Kind.PROSECUTOR, Kind.PROSECUTOR_PAIR, "j"),
}
_MAX_CANDIDATES = 16
_MAX_PAIRS = 256
_MAX_PAIR_EDITS = 2
_ARTICLE = re.compile(r"(\d{1,4})(?:\D{1,12}?(\d{1,2}))?")


# --- keys -------------------------------------------------------------------------------------


def article_key(text: str) -> str | None:
    """'405', '405.2', 'Art. 405 part 2', 'ст. 405 ч. 2' → '405' or '405.2'."""
    match = _ARTICLE.search(text)
    if match is None:
        return None
    article, part = match.groups()
    return f"{int(article)}.{int(part)}" if part else str(int(article))


@dataclass
class CaseKeys:
    """What index_case writes: rows of search_keys (kind, key) and of search_terms
    (vocabulary, variant, term)."""

    keys: set[tuple[str, str]]
    #: (vocabulary, stem, as written) of every word; `terms` expands them to rows. Kept
    #: apart so that a bulk load expands each distinct word once.
    words: set[tuple[str, str, str]]

    @property
    def terms(self) -> set[tuple[str, str, str]]:
        return term_rows(self.words)


def term_rows(words: Iterable[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    """The search_terms rows (vocabulary, variant, term) of (vocabulary, stem, as written)
    words."""
    rows: set[tuple[str, str, str]] = set()
    for word in words:
        rows |= _term_rows(*word)
    return rows


def _add_name(
    into: CaseKeys, spellings: Iterable[str | None], word: Kind, pair: Kind, vocabulary: str
) -> None:
    for spelling in spellings:
        if not spelling:
            continue
        words = name_parts(spelling)
        tokens = [w.key for w in words]
        into.keys.update((word.value, t) for t in tokens)
        into.keys.update((pair.value, p) for p in name_pairs(tokens))
        if word is Kind.NAME:
            into.keys.update((Kind.NAME_FULL.value, w.full) for w in words if w.full != w.key)
        into.words.update((vocabulary, key, full) for key, full, _ending in words)


@functools.lru_cache(maxsize=1 << 16)
def _term_rows(vocabulary: str, key: str, full: str) -> frozenset[tuple[str, str, str]]:
    """The search_terms rows of a word: its deletion neighbourhoods, stem and as written."""
    return frozenset((vocabulary, v, key) for v in deletions(key) | deletions(full))


def case_keys(
    *,
    names: Iterable[str | None],
    city: str | None,
    articles: Iterable[tuple[str, int | None]],
    judges: Iterable[str | None] = (),
    prosecutors: Iterable[str | None] = (),
    roles: tuple[str | None, str | None, str | None] = (None, None, None),
    region: str | None = None,
) -> CaseKeys:
    """Every (kind, key) under which a case is found, and the typo vocabulary rows of its
    words. `roles` is the person's (surname, given names, patronymic) where known; when none
    is, they are guessed from the first name if it says (a word in capitals...). Pure: the
    bench uses it for bulk loads. `region` is a region code or name; without it the region of
    the town is used when the gazetteer places that name in one region (a city wins over the
    villages sharing its name)."""
    result = CaseKeys(set(), set())
    names = list(names)
    _add_name(result, names, Kind.NAME, Kind.NAME_PAIR, "n")
    if not any(roles) and names and names[0]:
        roles = guess_roles(names[0])
    result.keys.update((Kind.NAME_ROLE.value, k) for k in role_keys(*roles))
    _add_name(result, judges, Kind.JUDGE, Kind.JUDGE_PAIR, "j")
    _add_name(result, prosecutors, Kind.PROSECUTOR, Kind.PROSECUTOR_PAIR, "j")
    place = place_key(city) if city else ""
    if place:
        result.keys.add((Kind.PLACE.value, place))
        result.words.add(("c", place, place))
    region_code = region_of(region) or (_region_of_town(city) if city else None)
    if region_code:
        result.keys.add((Kind.REGION.value, region_code))
    for article, part in articles:
        base = article_key(article)
        if base:
            number = base.split(".")[0]
            result.keys.add((Kind.ARTICLE.value, number))
            if part:
                result.keys.add((Kind.ARTICLE.value, f"{number}.{part}"))
    # A word folded longer than the key column (a 121-letter "name", a run of emoji) cannot be
    # stored and would make the report unsubmittable on PostgreSQL: it is not indexed, the
    # case is still found by its other words.
    key_limit: int = getattr(SearchKey.__table__.c.key.type, "length", None) or 120
    term_limit: int = getattr(SearchTerm.__table__.c.term.type, "length", None) or 120
    result.keys = {(k, v) for k, v in result.keys if len(v) <= key_limit}
    # A word's term rows are its deletion variants: none is longer than the word itself.
    result.words = {
        (vocabulary, key, full)
        for vocabulary, key, full in result.words
        if len(key) <= term_limit and len(full) <= term_limit
    }
    return result


@functools.lru_cache(maxsize=4096)
def _region_of_town(city: str) -> str | None:
    # A city wins over the villages that share its name (Ақтөбе), as at the region question.
    return place_region(city)


def keys_of(case: Case) -> CaseKeys:
    """The keys of a loaded case (person with aliases, charges and events loaded)."""
    person = case.person
    return case_keys(
        names=[person.name_as_entered, *(a.spelling for a in person.aliases)],
        city=person.city,
        articles=[(c.article, c.part) for c in case.charges],
        judges=[case.judge, *(e.judge for e in case.events)],
        prosecutors=[case.prosecutor, *(e.prosecutor for e in case.events)],
        roles=(person.surname, person.given_names, person.patronymic),
        region=person.region,
    )


def _insert_ignoring_duplicates(session: AsyncSession, table: type[SearchTerm]) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    return sqlite.insert(table).on_conflict_do_nothing()


async def index_case(session: AsyncSession, case: Case, *, new: bool = False) -> None:
    """(Re)write the keys of `case`: safe to call again after any change. Needs the case
    loaded with CASE_LOAD_OPTIONS (see index_person). `new`: the case was inserted in this
    transaction, so it has no keys to delete yet."""
    await session.flush()
    found = keys_of(case)
    if not new:
        await session.execute(delete(SearchKey).where(SearchKey.case_id == case.id))
    if found.keys:
        await session.execute(
            insert(SearchKey),
            [{"kind": k, "key": v, "case_id": case.id} for k, v in sorted(found.keys)],
        )
    terms = found.terms
    if terms:
        await session.execute(
            _insert_ignoring_duplicates(session, SearchTerm),
            [{"kind": k, "variant": v, "term": t} for k, v, t in sorted(terms)],
        )


async def index_person(session: AsyncSession, person: Person) -> None:
    """Re-index every case of `person` (call after creating or changing a person, its
    aliases or its cases). Never commits."""
    await session.flush()
    cases = await session.scalars(
        select(Case)
        .where(Case.person_id == person.id)
        .options(*CASE_LOAD_OPTIONS)
        .execution_options(populate_existing=True)
    )
    for case in cases:
        await index_case(session, case)


# --- lookups ----------------------------------------------------------------------------------


_Found = TypeVar("_Found")


@dataclass(frozen=True)
class Page(Generic[_Found]):
    cases: list[_Found]
    offset: int
    has_more: bool


@dataclass(frozen=True, slots=True)
class LinePerson:
    name_as_entered: str
    city: str | None
    region: str | None


@dataclass(frozen=True, slots=True)
class LineCharge:
    article: str
    part: int | None


@dataclass(frozen=True, slots=True)
class LineEvent:
    kind: EventKind
    scheduled: bool
    event_date: dt.date | None


@dataclass(slots=True)
class CaseLine:
    """What a result line shows of an approved case (its person's name and place, charges and
    events in the order of `Case.charges` and `Case.events`), read as plain rows: a page of
    lines costs a fraction of loading the same cases as ORM objects (`search_lines`)."""

    id: int
    person: LinePerson
    charges: list[LineCharge]
    events: list[LineEvent]


#: Postings counted to tell a rare word from a common one: a capped count reads at most this
#: many index entries, however common the word.
_RARITY_CAP = 100
#: The deepest result a lookup pages to; an arm of a word tier reads at most this many postings.
_MAX_DEPTH = 1000
_MAX_ARMS = 64
_T = TypeVar("_T")


@dataclass(frozen=True)
class Arm:
    """One key of a word tier. `rank` is a closeness class: every result of a lower class
    comes before any result of a higher one. Arms that `interleave` give their n-th result
    before the (n+1)-th result of any other interleaving arm of their class."""

    kind: str
    key: str
    rank: int = 0
    interleave: bool = False


@dataclass(frozen=True)
class WordTier:
    """Single words, whose postings can be long (a common given name has thousands of cases).
    Each arm reads only its newest `offset + limit + 1` approved postings through the primary
    key, so the cost is bounded whatever the words; the union is then ranked by class, then
    (interleaving arms) the n-th result of every arm before the (n+1)-th, then (`by_rarity`)
    the arm with fewer postings first, then arm order, newest first."""

    arms: tuple[Arm, ...]
    by_rarity: bool = False


@dataclass(frozen=True)
class PairTier:
    """Order-free pairs of words. Pair postings are short (a surname with one given name), so
    all of them are read and counted: most pairs matched first, then a word written with the
    same ending (`prefer`, NAME_FULL keys: Yesenova over a namesake's Yesenkyzy), then the
    closest pair (`weights`, lower is closer: typo tiers), newest first."""

    kind: str
    keys: tuple[str, ...]
    prefer: tuple[str, ...] = ()
    weights: tuple[int, ...] = ()
    roles: tuple[str, ...] = ()


Tier = WordTier | PairTier


def _postings(arm: int) -> Select:
    """Approved cases under the key of arm `arm` (parameters kind_<arm>, key_<arm>), newest
    first: the primary-key B-tree yields them in that order, so a LIMIT stops early."""
    return (
        select(SearchKey.case_id)
        .join(Case, Case.id == SearchKey.case_id)
        .where(
            SearchKey.kind == bindparam(f"kind_{arm}"),
            SearchKey.key == bindparam(f"key_{arm}"),
            Case.publication == Publication.APPROVED,
        )
        .order_by(SearchKey.case_id.desc())
    )


def _rarity(arm: int) -> ColumnElement[int]:
    """How many cases (up to _RARITY_CAP) have the arm's key: an uncorrelated subquery, read
    once per statement from the primary key alone (an index-only scan on PostgreSQL)."""
    counted = aliased(SearchKey)
    capped = (
        select(counted.case_id)
        .where(counted.kind == bindparam(f"kind_{arm}"), counted.key == bindparam(f"key_{arm}"))
        .limit(_RARITY_CAP)
        .subquery()
    )
    return select(func.count()).select_from(capped).scalar_subquery()


def _ranked_words(arms: int, by_rarity: bool) -> Select:
    """(case_id, score) of a word tier of `arms` arms (parameters kind_<i>, key_<i>, and the
    class_<i> and turns_<i> (interleave: 1) of each), best (lowest score) first."""
    if arms == 1:
        return _postings(0).add_columns(literal(0, Integer).label("score"))
    depth = bindparam("depth", type_=Integer)
    branches = []
    for arm in range(arms):
        branch = (
            _postings(arm)
            .add_columns(
                literal(arm, Integer).label("arm"),
                bindparam(f"class_{arm}", type_=Integer).label("rank"),
                bindparam(f"turns_{arm}", type_=Integer).label("interleave"),
                (_rarity(arm) if by_rarity else literal(0, Integer)).label("rarity"),
            )
            .limit(depth)
            .subquery()
        )
        branches.append(select(branch))
    union = union_all(*branches).subquery()
    position = func.row_number().over(partition_by=union.c.arm, order_by=union.c.case_id.desc()) - 1
    # One integer in lexicographic order (class, interleaved position, rarity, arm, position),
    # so that a case found by several arms keeps its best place (min).
    outer_position = position * union.c.interleave
    score = (
        ((union.c.rank * (_MAX_DEPTH + 1) + outer_position) * (_RARITY_CAP + 1) + union.c.rarity)
        * _MAX_ARMS
        + union.c.arm
    ) * (_MAX_DEPTH + 1) + position
    scored = select(union.c.case_id, score.label("score")).subquery()
    best = func.min(scored.c.score)
    return (
        select(scored.c.case_id, best.label("score"))
        .group_by(scored.c.case_id)
        .order_by(best, scored.c.case_id.desc())
    )


def _one_of(column: Any, parameter: str, postgres: bool) -> ColumnElement[bool]:
    """`column` is one of the strings of the list parameter `parameter`. On PostgreSQL an array
    (`= ANY($n)`): one SQL text whatever the list's length, so one server-side prepared
    statement (and plan) serves every lookup of a shape; elsewhere an expanding IN."""
    if postgres:
        return column == any_(bindparam(parameter, type_=postgresql.ARRAY(String)))
    return column.in_(bindparam(parameter, expanding=True))


def _case_bonus(case_id: Any, roles: bool, prefer: bool, postgres: bool) -> ColumnElement[int]:
    """256 per role key (Kind.NAME_ROLE) of the case in the list parameter `roles`, plus 1 per
    word written with its ending (Kind.NAME_FULL) in `prefer`: one range of the case's own
    keys through the case_id index (the kinds alone bound it: a handful of rows), evaluated
    once per candidate case rather than one primary-key probe per listed key and posting."""
    other = aliased(SearchKey)
    weights = []
    kinds = []
    if roles:
        weights.append(
            ((other.kind == Kind.NAME_ROLE.value) & _one_of(other.key, "roles", postgres), 256)
        )
        kinds.append(Kind.NAME_ROLE.value)
    if prefer:
        weights.append(
            ((other.kind == Kind.NAME_FULL.value) & _one_of(other.key, "prefer", postgres), 1)
        )
        kinds.append(Kind.NAME_FULL.value)
    return (
        select(func.coalesce(func.sum(sql_case(*weights, else_=0)), 0))
        .where(other.case_id == case_id, other.kind.in_(kinds))
        .scalar_subquery()
    )


def _ranked_pairs(
    single: bool, prefer: bool, weighted: bool, roles: bool, postgres: bool
) -> Select:
    """(case_id, score) of a pair tier (parameters kind, keys, prefer, roles; when `weighted`
    the keys of closeness 0 and 1 in weight_0 and weight_1, the others being 2 apart), best
    (lowest score) first: most pairs, then most words in a role they can have (surname, given
    name, patronymic: Fyodorova Tatyana before Anna Fyodorovna, even one edit closer), then
    the closest spelling, then most words written with the same ending.

    The postings are grouped per case from the primary key alone first; the case's
    publication and its role and ending bonus are then read once per candidate case (a
    common name pair has hundreds of postings: per-posting subqueries were most of a
    lookup's time at a million cases)."""
    closeness: ColumnElement[int] = literal(0, Integer)
    if weighted:
        closeness = sql_case(
            (_one_of(SearchKey.key, "weight_0", postgres), 0),
            (_one_of(SearchKey.key, "weight_1", postgres), 1),
            else_=_MAX_PAIR_EDITS,
        )
    matched = select(
        SearchKey.case_id.label("case_id"),
        (literal(1, Integer) if single else func.count()).label("hits"),
        (closeness if single else func.min(closeness)).label("closeness"),
    ).where(SearchKey.kind == bindparam("kind"), _one_of(SearchKey.key, "keys", postgres))
    if not single:
        matched = matched.group_by(SearchKey.case_id)
    grouped = matched.subquery("matched")
    candidates = (
        select(grouped.c.case_id, grouped.c.hits, grouped.c.closeness)
        .join(Case, Case.id == grouped.c.case_id)
        .where(Case.publication == Publication.APPROVED)
    )
    approved = candidates.cte("approved") if not single else candidates.subquery("approved")
    score = approved.c.closeness * 16 - approved.c.hits * 4096
    if roles or prefer:
        score = score - _case_bonus(approved.c.case_id, roles, prefer, postgres)
    ranked = select(approved.c.case_id, score.label("score"))
    if not single:
        # Most pairs first whatever the bonus (the bonus is below 4096): a case with fewer
        # pairs than the `depth`-th best cannot reach the page, so its bonus is not read
        # (three words of a common name: a thousand candidates, a few dozen with 2+ pairs).
        threshold = (
            select(approved.c.hits)
            .order_by(approved.c.hits.desc())
            .offset(bindparam("depth", type_=Integer) - 1)
            .limit(1)
            .scalar_subquery()
        )
        ranked = ranked.where(approved.c.hits >= func.coalesce(threshold, 0))
    return ranked.order_by(score, approved.c.case_id.desc())


@functools.lru_cache(maxsize=1024)
def _ranked(shape: tuple[Any, ...], postgres: bool) -> Select:
    """The ranking statement of a tier shape, built once: building a union of a dozen arms
    costs more Python time than running it."""
    if shape[0] == "words":
        return _ranked_words(*shape[1:])
    single, prefer, weighted, roles = shape[1:]
    return _ranked_pairs(single, prefer, weighted, roles, postgres)


def _page_of(shape: tuple[Any, ...], postgres: bool) -> Any:
    """The page (parameters offset, limit) of a tier's ranking: (case_id, score) rows."""
    return (
        _ranked(shape, postgres)
        .offset(bindparam("offset", type_=Integer))
        .limit(bindparam("limit", type_=Integer))
        .subquery()
    )


@functools.lru_cache(maxsize=1024)
def _page_statement(shape: tuple[Any, ...], full: bool, postgres: bool) -> Select:
    """A page (parameters offset, limit) of a tier's ranking and its cases, in one statement
    (plus the eager loads of a full card)."""
    page = _page_of(shape, postgres)
    return (
        select(Case)
        .join(page, Case.id == page.c.case_id)
        .where(Case.publication == Publication.APPROVED)
        .order_by(page.c.score, Case.id.desc())
        .options(*_load_options(full))
    )


@functools.lru_cache(maxsize=1024)
def _lines_statement(shape: tuple[Any, ...], postgres: bool) -> Select:
    """A page of a tier's ranking as result lines: one row per case, charge and event, in
    the page's order and then in the order of the `Case.charges` and `Case.events`
    relationships (the rows a joined load of those would read, without the ORM)."""
    page = _page_of(shape, postgres)
    return (
        select(
            Case.id,
            Person.name_as_entered,
            Person.city,
            Person.region,
            Charge.id,
            Charge.article,
            Charge.part,
            Event.id,
            Event.kind,
            Event.scheduled,
            Event.event_date,
        )
        .join(page, Case.id == page.c.case_id)
        .join(Person, Person.id == Case.person_id)
        .outerjoin(Charge, Charge.case_id == Case.id)
        .outerjoin(Event, Event.case_id == Case.id)
        .where(Case.publication == Publication.APPROVED)
        .order_by(
            page.c.score, Case.id.desc(), Charge.position, Charge.id, Event.event_date, Event.id
        )
    )


@functools.lru_cache(maxsize=1024)
def _cards_statement(shape: tuple[Any, ...], postgres: bool) -> Select:
    """A page of a tier's ranking as the own rows of public cards (db.cards.card_rows)."""
    page = _page_of(shape, postgres)
    return card_rows().join(page, Case.id == page.c.case_id).order_by(page.c.score, Case.id.desc())


def _case_lines(rows: Iterable[Any]) -> list[CaseLine]:
    """Rows of `_lines_statement` (a case's rows adjacent) → one CaseLine per case."""
    lines: list[CaseLine] = []
    charges_seen: set[int] = set()
    events_seen: set[int] = set()
    for row in rows:
        case_id, name, city, region, charge_id, article, part, event_id, kind, scheduled, day = row
        if not lines or lines[-1].id != case_id:
            lines.append(CaseLine(case_id, LinePerson(name, city, region), [], []))
            charges_seen.clear()
            events_seen.clear()
        line = lines[-1]
        if charge_id is not None and charge_id not in charges_seen:
            charges_seen.add(charge_id)
            line.charges.append(LineCharge(article, part))
        if event_id is not None and event_id not in events_seen:
            events_seen.add(event_id)
            line.events.append(LineEvent(kind, scheduled, day))
    return lines


def _padded(values: Sequence[_T]) -> list[_T]:
    """`values` with the last repeated up to a power of two: lists of 5, 6, 7 or 8 keys then
    give one SQL text, so PostgreSQL reuses one prepared statement (and SQLAlchemy one compiled
    form) instead of preparing a new one per list length. Repeats change no result."""
    size = 1
    while size < len(values):
        size *= 2
    return [*values, *[values[-1]] * (size - len(values))] if values else []


def _shape(tier: Tier) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """The statement shape of a tier and its parameters."""
    if isinstance(tier, PairTier) and len(tier.keys) == 1 and not tier.prefer and not tier.roles:
        tier = WordTier((Arm(tier.kind, tier.keys[0]),))
    if isinstance(tier, WordTier):
        # Padded with arms that match nothing (no kind is empty): one statement per power of
        # two arms, whatever their keys and classes.
        arms = _padded([*tier.arms[:_MAX_ARMS]])
        params: dict[str, Any] = {}
        for i, arm in enumerate(arms):
            padding = i >= len(tier.arms)
            params |= {
                f"kind_{i}": "" if padding else arm.kind,
                f"key_{i}": arm.key,
                f"class_{i}": arm.rank,
                f"turns_{i}": int(arm.interleave),
            }
        return ("words", len(arms), tier.by_rarity), params
    keys = _padded(tier.keys)
    weighted = len(set(tier.weights)) > 1
    params = {
        "kind": tier.kind,
        "keys": keys,
        "prefer": _padded(tier.prefer),
        "roles": _padded(tier.roles),
    }
    if weighted:
        for closeness in (0, 1):
            params[f"weight_{closeness}"] = _padded(
                [key for key, w in zip(tier.keys, tier.weights, strict=True) if w == closeness]
            )
    shape = ("pairs", len(tier.keys) == 1, bool(tier.prefer), weighted, bool(tier.roles))
    return shape, params


_ENDINGS = ("", *SURNAME_ENDINGS, *PATRONYMIC_ENDINGS)


def _closeness(key: str, full: str, term: str) -> int:
    """The edits between a typed word (its stem `key` or as written, `full`) and an indexed
    stem, or the stem with any ending (a typo in the ending: Baktybaeb → Baktybaev): 0 the
    word itself."""
    if term == key:
        return 0
    return min(edit_distance(typed, term + ending) for typed in {key, full} for ending in _ENDINGS)


@functools.cache
def _vocabulary_statement(postgres: bool) -> Select:
    """(variant, term) of the typo vocabulary (parameters vocabulary, variants)."""
    return select(SearchTerm.variant, SearchTerm.term).where(
        SearchTerm.kind == bindparam("vocabulary"),
        _one_of(SearchTerm.variant, "variants", postgres),
    )


#: PostgreSQL plans a prepared statement anew for each execution ("custom plans") as long as it
#: guesses that this beats one generic plan, and planning a word tier's union costs 1–10 ms,
#: more than running it. Every lookup statement is driven by primary-key probes whose plan does
#: not depend on the keys, so the lookup's transaction uses the generic plan of each statement,
#: made once per connection. In a transaction SET LOCAL ends with it; a reading session runs in
#: autocommit (db/engine.py), where SET LOCAL would do nothing: there the connection keeps the
#: setting while lookups reuse it, and anything else that checks it out gets the default back
#: first (db.engine.generic_plans_connection: no round trip per lookup for the setting).
_GENERIC_PLANS = sql_text("SET LOCAL plan_cache_mode = force_generic_plan")


def _autocommit(session: AsyncSession) -> bool:
    return session.get_bind().get_execution_options().get("isolation_level") == "AUTOCOMMIT"


def _is_postgres(session: AsyncSession) -> bool:
    return session.get_bind().dialect.name == "postgresql"


async def _similar(
    session: AsyncSession, vocabulary: str, words: Sequence[tuple[str, str]]
) -> list[list[tuple[str, int]]]:
    """For each key, the indexed words within its typo allowance (db.names.edits_allowed: one
    edit, two in long words) with their closeness (the key itself first when it is indexed;
    the key alone when nothing is), at most _MAX_CANDIDATES, found with one indexed query
    over the vocabulary for all keys: no scan. The allowance is that of the word as typed
    (Konovalova typed with two slips is a long word, though its stem Konoval is not)."""
    neighbourhoods = [deletions(key, edits_allowed(full)) | deletions(full) for key, full in words]
    terms = await session.execute(
        _vocabulary_statement(_is_postgres(session)),
        {
            "vocabulary": vocabulary,
            "variants": _padded(sorted(set().union(*neighbourhoods))),
        },
    )
    by_variant: dict[str, set[str]] = {}
    for variant, term in terms:
        by_variant.setdefault(variant, set()).add(term)
    similar = []
    for (key, full), neighbourhood in zip(words, neighbourhoods, strict=True):
        found = set().union(*(by_variant.get(v, set()) for v in neighbourhood))
        allowed = edits_allowed(full)
        # Closest first; at the same distance, the length nearest the word typed.
        ranked = sorted(
            (rank, abs(len(term) - len(key)), term)
            for term in found
            if (rank := _closeness(key, full, term)) <= allowed
        )[:_MAX_CANDIDATES]
        similar.append([(term, rank) for rank, _length, term in ranked] or [(key, 0)])
    return similar


def _typo_arms(
    kind: str, candidates: Iterable[tuple[str, int]], skip: Iterable[str] = (), after: int = 0
) -> list[Arm]:
    """Words within one typo (but not `skip`), in classes from `after`: the closest first, and
    within a class one case of each word in turn, rarer words first (a rare spelling one edit
    away is not buried under the thousands of cases of a common one: Zaubatyrov → Zhaubatyrov
    before Daubatyrov)."""
    best: dict[str, int] = {}
    for term, rank in candidates:
        best[term] = min(rank, best.get(term, rank))
    for term in skip:
        best.pop(term, None)
    ordered = sorted(best.items(), key=lambda item: item[1])
    return [Arm(kind, term, after + rank, interleave=True) for term, rank in ordered]


async def _tiers(session: AsyncSession, field: Field, text: str) -> AsyncIterator[Tier]:
    """The tiers of a lookup, most exact first. Typo tiers cost a small query each, so they
    are only built when the earlier tiers found nothing."""
    if field is Field.ARTICLE:
        key = article_key(text)
        if key:
            yield WordTier((Arm(Kind.ARTICLE.value, key),))
        return
    if field is Field.PLACE:
        key = place_key(text)
        if key:
            # Every town the gazetteer finds under the name (Aksu: three of them), else the
            # name folded; then the region when the text names one that is not the towns'
            # (Akmola: Astana's former name, and a region), alone for "Aktobe oblast".
            towns = find_places(text)
            town_keys = unique(place_key(town.name_latin) for town in towns) or [key]
            arms = [Arm(Kind.PLACE.value, k) for k in town_keys]
            region_code = region_of(text)
            if region_code and region_code not in {town.region_code for town in towns}:
                arms.append(Arm(Kind.REGION.value, region_code, rank=1))
            yield WordTier(tuple(arms))
            [similar] = await _similar(session, "c", [(key, key)])
            if {term for term, _rank in similar} - {key}:
                yield WordTier(tuple(_typo_arms(Kind.PLACE.value, similar)), by_rarity=True)
        return
    word, pair, vocabulary = _NAME_KINDS[field]
    words = name_parts(text, limit=4)
    tokens = [w.key for w in words]
    if not tokens:
        return
    is_name = field is Field.NAME
    written = [w.full for w in words if w.full != w.key] if is_name else []
    if len(tokens) >= 2:
        exact_pairs = name_pairs(tokens)
        roles = _roles(words, [[(w.key, 0)] for w in words]) if is_name else ()
        yield PairTier(pair.value, tuple(exact_pairs), tuple(written), roles=roles)
        candidates = await _similar(session, vocabulary, [(w.key, w.full) for w in words])
        fuzzy: dict[str, int] = {}
        for ci, cj in itertools.combinations(candidates, 2):
            for (a, rank_a), (b, rank_b) in itertools.product(ci, cj):
                if a != b:
                    key = pair_key(a, b)
                    fuzzy[key] = min(rank_a + rank_b, fuzzy.get(key, rank_a + rank_b))
        # At most two edits over the pair: beyond that, the exact word of the word tier
        # (Fyodorova Tayana: the surname as written) says more than a doubly-distant pair.
        closest = sorted(
            ((key, rank) for key, rank in fuzzy.items() if rank <= _MAX_PAIR_EDITS),
            key=lambda item: item[1],
        )[:_MAX_PAIRS]
        if {key for key, _rank in closest} - set(exact_pairs):
            keys, weights = zip(*closest, strict=True)
            roles = _roles(words, candidates) if is_name else ()
            yield PairTier(pair.value, keys, tuple(written), weights, roles)
        # No pair: single words, rarest first (a surname says more than a common given
        # name), then words within the typo allowance, in one statement.
        arms = [Arm(Kind.NAME_FULL.value, f, 0) for f in written]
        arms += [Arm(word.value, t, 1) for t in tokens]
        similar = [c for cs in candidates for c in cs]
        arms += _typo_arms(word.value, similar, skip=tokens, after=2)
        yield WordTier(tuple(arms), by_rarity=True)
        return
    [(key, full, _ending)] = words
    arms = []
    if is_name and full != key:
        # The surname as written, the word as written in any role, then people whose
        # recorded surname has this stem, then the surname with its other endings (same
        # gender first: Yesenov finds Yesenova before the given name Esen), then the stem.
        arms = [
            Arm(Kind.NAME_ROLE.value, role_key(SURNAME_AS_WRITTEN, full)),
            Arm(Kind.NAME_FULL.value, full),
            Arm(Kind.NAME_ROLE.value, role_key(SURNAME, key)),
            *(Arm(Kind.NAME_FULL.value, f) for f in ending_variants(key, full)),
        ]
    elif is_name:
        # A bare word: a recorded surname first (Zhaubatyr, Kim, Pak), then any word.
        arms = [Arm(Kind.NAME_ROLE.value, role_key(SURNAME, key))]
    yield WordTier((*arms, Arm(word.value, key)))
    [similar] = await _similar(session, vocabulary, [(key, full)])
    typos = _typo_arms(word.value, similar, skip=tokens)
    if typos:
        yield WordTier(tuple(typos), by_rarity=True)


def _roles(
    words: Sequence[Word], candidates: Sequence[Sequence[tuple[str, int]]]
) -> tuple[str, ...]:
    """The role keys a query can match: each word (or each of its typo candidates) in the
    roles its ending allows (db.names.query_roles)."""
    roles = [
        role
        for word, similar in zip(words, candidates, strict=True)
        for term, _rank in similar
        for role in query_roles(word, term)
    ]
    return tuple(dict.fromkeys(roles))


async def search_cases(
    session: AsyncSession,
    field: Field,
    text: str,
    *,
    offset: int = 0,
    limit: int = 5,
    full: bool = False,
) -> Page[Case]:
    """A page of approved cases matching `text` in `field`, best first, as ORM objects.

    `full` loads everything a case card shows; otherwise what a result line shows (person,
    charges, events). Only to show them, plain rows are cheaper: `search_lines` (result lines),
    `search_cards` (cards: the bot's inline results)."""

    async def found(shape: tuple[Any, ...], params: dict[str, Any]) -> list[Case]:
        rows = await session.scalars(_page_statement(shape, full, _is_postgres(session)), params)
        return list(rows.unique())

    return await _with_plans(session, field, text[:200], offset, limit, found)


async def search_lines(
    session: AsyncSession, field: Field, text: str, *, offset: int = 0, limit: int = 5
) -> Page[CaseLine]:
    """The same page as `search_cases`, as result lines (`CaseLine`) read without the ORM."""

    async def found(shape: tuple[Any, ...], params: dict[str, Any]) -> list[CaseLine]:
        rows = await session.execute(_lines_statement(shape, _is_postgres(session)), params)
        return _case_lines(rows)

    return await _with_plans(session, field, text[:200], offset, limit, found)


async def search_cards(
    session: AsyncSession, field: Field, text: str, *, offset: int = 0, limit: int = 5
) -> Page[CaseCard]:
    """The same page as `search_cases`, as public cards (db.cards.CaseCard: everything a card
    shows, read as plain rows): inline results."""

    async def found(shape: tuple[Any, ...], params: dict[str, Any]) -> list[CaseCard]:
        rows = await session.execute(_cards_statement(shape, _is_postgres(session)), params)
        return await cards_of(session, rows)

    return await _with_plans(session, field, text[:200], offset, limit, found)


_Finder = Callable[[tuple[Any, ...], dict[str, Any]], Awaitable[list[_Found]]]


async def _with_plans(
    session: AsyncSession,
    field: Field,
    text: str,
    offset: int,
    limit: int,
    found: _Finder[_Found],
) -> Page[_Found]:
    """`_search` with PostgreSQL's generic plans (one plan per statement shape, not one per
    lookup), for this transaction, or for this search when the session runs in autocommit."""
    if not _is_postgres(session):
        return await _search(session, field, text, offset, limit, found)
    if _autocommit(session):
        await generic_plans_connection(session)
    else:
        await session.execute(_GENERIC_PLANS)
    return await _search(session, field, text, offset, limit, found)


async def _search(
    session: AsyncSession,
    field: Field,
    text: str,
    offset: int,
    limit: int,
    found: _Finder[_Found],
) -> Page[_Found]:
    postgres = _is_postgres(session)
    async for tier in _tiers(session, field, text):
        shape, params = _shape(tier)
        params["depth"] = min(offset + limit + 1, _MAX_DEPTH)
        cases = await found(shape, params | {"offset": offset, "limit": limit + 1})
        if not cases and offset:
            first = await session.scalar(_ranked(shape, postgres).limit(1), params)
            if first is not None:  # this tier has results, just not this far
                return Page([], offset, False)
        if cases:
            return Page(cases[:limit], offset, len(cases) > limit)
    return Page([], offset, False)


def _load_options(full: bool) -> Sequence[Any]:
    """What a result line shows is joined into the page's own statement (one round trip: a
    case has one person and a few charges and events, so the product of its rows is small);
    a full card keeps its separate loads (attachments, sentences, sources...)."""
    if full:
        return CASE_LOAD_OPTIONS
    return (joinedload(Case.person), joinedload(Case.charges), joinedload(Case.events))


async def load_public_cases(
    session: AsyncSession, ids: Sequence[int], *, full: bool = False
) -> list[Case]:
    """Approved cases by id, in the order given (others are silently left out)."""
    rows = await session.scalars(
        select(Case)
        .where(Case.id.in_(ids), Case.publication == Publication.APPROVED)
        .options(*_load_options(full))
    )
    by_id = {case.id: case for case in rows.unique()}
    return [by_id[i] for i in ids if i in by_id]


async def reindex_all(session: AsyncSession, batch: int = 500) -> int:
    """Rewrite the keys of every case (after a change of db.names), and the typo vocabulary
    from scratch (its words change with the folding too). Never commits."""
    await session.execute(delete(SearchTerm))
    count, last_id = 0, 0
    while True:
        cases = list(
            await session.scalars(
                select(Case)
                .where(Case.id > last_id)
                .order_by(Case.id)
                .limit(batch)
                .options(*CASE_LOAD_OPTIONS)
            )
        )
        if not cases:
            return count
        for case in cases:
            await index_case(session, case)
        count += len(cases)
        last_id = cases[-1].id


async def search_index_is_missing(url: str) -> bool:
    """Whether there are cases but no lookup keys at all (after a migration re-created the
    search tables, or a restore of a dump without them)."""
    from db.engine import create_engine

    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            has_cases = await connection.scalar(select(Case.id).limit(1))
            has_keys = await connection.scalar(select(SearchKey.case_id).limit(1))
        return has_cases is not None and has_keys is None
    finally:
        await engine.dispose()


async def reindex_database(url: str) -> int:
    """`casewatch db reindex`: reindex_all in one transaction."""
    from db.engine import create_engine, create_sessionmaker

    engine = create_engine(url)
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            return await reindex_all(session)
    finally:
        await engine.dispose()
