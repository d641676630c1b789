"""Lookup of approved cases by name (any spelling), place, article, judge or prosecutor.

Keys are folded in Python (db.names) and stored as rows of `search_keys` (kind, key, case_id),
whose primary key is the only index a lookup needs. Every query joins `cases` and keeps only
`publication = approved`: pending, rejected and merged cases are never returned, whatever the
keys say. Typos are found through `search_terms`, the deletion neighbourhood of each distinct
word (one indexed IN look-up over the vocabulary, then the normal key look-up).

Names are matched in tiers, the first tier with a result wins: pairs of words as typed (order
free), pairs allowing one typo per word, then any single word, then single words with a typo.
"""

from __future__ import annotations

import enum
import itertools
import re
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, delete, func, insert, literal, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased, joinedload, selectinload

from db.cases import CASE_LOAD_OPTIONS
from db.models import Case, Person, Publication, SearchKey, SearchTerm
from db.names import (
    deletions,
    name_pairs,
    name_tokens,
    name_words,
    place_key,
    within_one_edit,
)


class Kind(enum.StrEnum):
    """What a key of `search_keys` is (one letter: the table is large)."""

    NAME = "n"
    NAME_PAIR = "N"
    #: A name word with its ending as written (Yesenova), ranked before the stem (Yesen-).
    NAME_FULL = "f"
    PLACE = "c"
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
_MAX_CANDIDATES = 8
_MAX_PAIRS = 64
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
    terms: set[tuple[str, str, str]]


def _add_name(
    into: CaseKeys, spellings: Iterable[str | None], word: Kind, pair: Kind, vocabulary: str
) -> None:
    for spelling in spellings:
        if not spelling:
            continue
        words = name_words(spelling)
        tokens = [key for key, _full in words]
        into.keys.update((word.value, t) for t in tokens)
        into.keys.update((pair.value, p) for p in name_pairs(tokens))
        if word is Kind.NAME:
            into.keys.update((Kind.NAME_FULL.value, f) for k, f in words if f != k)
        for key, full in words:
            into.terms.update((vocabulary, v, key) for v in deletions(key) | deletions(full))


def case_keys(
    *,
    names: Iterable[str | None],
    city: str | None,
    articles: Iterable[tuple[str, int | None]],
    judges: Iterable[str | None] = (),
    prosecutors: Iterable[str | None] = (),
) -> CaseKeys:
    """Every (kind, key) under which a case is found, and the typo vocabulary rows of its
    words. Pure: the bench uses it for bulk loads."""
    result = CaseKeys(set(), set())
    _add_name(result, names, Kind.NAME, Kind.NAME_PAIR, "n")
    _add_name(result, judges, Kind.JUDGE, Kind.JUDGE_PAIR, "j")
    _add_name(result, prosecutors, Kind.PROSECUTOR, Kind.PROSECUTOR_PAIR, "j")
    place = place_key(city) if city else ""
    if place:
        result.keys.add((Kind.PLACE.value, place))
        result.terms.update(("c", v, place) for v in deletions(place))
    for article, part in articles:
        base = article_key(article)
        if base:
            number = base.split(".")[0]
            result.keys.add((Kind.ARTICLE.value, number))
            if part:
                result.keys.add((Kind.ARTICLE.value, f"{number}.{part}"))
    return result


def keys_of(case: Case) -> CaseKeys:
    """The keys of a loaded case (person with aliases, charges and events loaded)."""
    person = case.person
    return case_keys(
        names=[person.name_as_entered, *(a.spelling for a in person.aliases)],
        city=person.city,
        articles=[(c.article, c.part) for c in case.charges],
        judges=[case.judge, *(e.judge for e in case.events)],
        prosecutors=[case.prosecutor, *(e.prosecutor for e in case.events)],
    )


def _insert_ignoring_duplicates(session: AsyncSession, table: type[SearchTerm]) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    return sqlite.insert(table).on_conflict_do_nothing()


async def index_case(session: AsyncSession, case: Case) -> None:
    """(Re)write the keys of `case`: safe to call again after any change. Needs the case
    loaded with CASE_LOAD_OPTIONS (see index_person)."""
    await session.flush()
    found = keys_of(case)
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


@dataclass(frozen=True)
class Page:
    cases: list[Case]
    offset: int
    has_more: bool


def _ranked(kind: str, keys: Sequence[str], prefer: Sequence[str] = ()) -> Select:
    """(case_id, hits) of approved cases under any of `keys`: most keys first, then those with
    a word written with the same ending (`prefer`, NAME_FULL keys: Yesenova over a namesake's
    Yesenkyzy), newest first."""
    if len(keys) == 1 and not prefer:
        # One key: the primary-key B-tree yields ids in order, so LIMIT stops early.
        return (
            select(SearchKey.case_id, literal(1).label("hits"))
            .join(Case, Case.id == SearchKey.case_id)
            .where(
                SearchKey.kind == kind,
                SearchKey.key == keys[0],
                Case.publication == Publication.APPROVED,
            )
            .order_by(SearchKey.case_id.desc())
        )
    hits: ColumnElement[int] = func.count()
    if prefer:
        written = aliased(SearchKey)
        same_ending = (
            select(func.count())
            .where(
                written.case_id == SearchKey.case_id,
                written.kind == Kind.NAME_FULL.value,
                written.key.in_(prefer),
            )
            .scalar_subquery()
        )
        hits = hits * 8 + func.max(same_ending)
    return (
        select(SearchKey.case_id, hits.label("hits"))
        .join(Case, Case.id == SearchKey.case_id)
        .where(
            SearchKey.kind == kind,
            SearchKey.key.in_(keys),
            Case.publication == Publication.APPROVED,
        )
        .group_by(SearchKey.case_id)
        .order_by(hits.desc(), SearchKey.case_id.desc())
    )


def _closeness(key: str) -> Callable[[str], tuple[bool, bool, str]]:
    return lambda term: (term != key, not within_one_edit(term, key), term)


async def _similar(session: AsyncSession, vocabulary: str, keys: Sequence[str]) -> list[list[str]]:
    """For each key, the indexed words within one typo of it (the key itself first when it is
    indexed), found with one query for all keys."""
    neighbourhoods = [deletions(key) for key in keys]
    terms = await session.execute(
        select(SearchTerm.variant, SearchTerm.term).where(
            SearchTerm.kind == vocabulary,
            SearchTerm.variant.in_(sorted(set().union(*neighbourhoods))),
        )
    )
    by_variant: dict[str, set[str]] = {}
    for variant, term in terms:
        by_variant.setdefault(variant, set()).add(term)
    similar = []
    for key, neighbourhood in zip(keys, neighbourhoods, strict=True):
        found = set().union(*(by_variant.get(v, set()) for v in neighbourhood))
        # Closest first: the word itself, then words one edit away, then those one edit away
        # from its unstemmed form (a typo in the ending: Baktybaeb → Baktybaev).
        similar.append(sorted(found, key=_closeness(key))[:_MAX_CANDIDATES] or [key])
    return similar


async def _tiers(
    session: AsyncSession, field: Field, text: str
) -> AsyncIterator[tuple[str, list[str], list[str]]]:
    """The (kind, keys) tiers of a lookup, most exact first. Typo tiers cost a small query
    each, so they are only built when the earlier tiers found nothing."""
    if field is Field.ARTICLE:
        key = article_key(text)
        if key:
            yield Kind.ARTICLE.value, [key], []
        return
    if field is Field.PLACE:
        key = place_key(text)
        if key:
            yield Kind.PLACE.value, [key], []
            [similar] = await _similar(session, "c", [key])
            if similar != [key]:
                yield Kind.PLACE.value, similar, []
        return
    word, pair, vocabulary = _NAME_KINDS[field]
    tokens = name_tokens(text, limit=4)
    if not tokens:
        return
    written = [f for k, f in name_words(text, limit=4) if f != k] if field is Field.NAME else []
    if len(tokens) >= 2:
        yield pair.value, name_pairs(tokens), written
        candidates = await _similar(session, vocabulary, tokens)
        fuzzy_pairs = list(
            dict.fromkeys(
                " ".join(sorted((a, b)))
                for (i, ci), (j, cj) in itertools.combinations(enumerate(candidates), 2)
                for a in ci
                for b in cj
                if a != b
            )
        )[:_MAX_PAIRS]
        if set(fuzzy_pairs) - set(name_pairs(tokens)):
            yield pair.value, fuzzy_pairs, written
        yield word.value, tokens, written
        similar_words = list(dict.fromkeys(w for c in candidates for w in c))
    else:
        [(_key, full)] = name_words(text, limit=1)
        if field is Field.NAME and full != tokens[0]:
            yield Kind.NAME_FULL.value, [full], []
        yield word.value, tokens, []
        [similar_words] = await _similar(session, vocabulary, tokens)
    if set(similar_words) - set(tokens):
        yield word.value, similar_words, written


async def search_cases(
    session: AsyncSession,
    field: Field,
    text: str,
    *,
    offset: int = 0,
    limit: int = 5,
    full: bool = False,
) -> Page:
    """A page of approved cases matching `text` in `field`, best first.

    `full` loads everything a case card shows (inline results); otherwise what a result line
    shows (person, charges, events)."""
    text = text[:200]
    async for kind, keys, prefer in _tiers(session, field, text):
        ranked = _ranked(kind, keys, prefer)
        cases = await _load_ranked(session, ranked, offset, limit + 1, full)
        if not cases and offset:
            first = await session.scalar(ranked.limit(1))
            if first is not None:  # this tier has results, just not this far
                return Page([], offset, False)
        if cases:
            return Page(cases[:limit], offset, len(cases) > limit)
    return Page([], offset, False)


def _load_options(full: bool) -> Sequence[Any]:
    if full:
        return CASE_LOAD_OPTIONS
    return (joinedload(Case.person), selectinload(Case.charges), selectinload(Case.events))


async def _load_ranked(
    session: AsyncSession, ranked: Select, offset: int, limit: int, full: bool
) -> list[Case]:
    """One page of `ranked` and its cases in one statement (plus the eager loads)."""
    page = ranked.offset(offset).limit(limit).subquery()
    rows = await session.scalars(
        select(Case)
        .join(page, Case.id == page.c.case_id)
        .where(Case.publication == Publication.APPROVED)
        .order_by(page.c.hits.desc(), Case.id.desc())
        .options(*_load_options(full))
    )
    return list(rows.unique())


async def load_public_cases(
    session: AsyncSession, ids: Sequence[int], *, full: bool = False
) -> list[Case]:
    """Approved cases by id, in the order given (others are silently left out)."""
    rows = await session.scalars(
        select(Case)
        .where(Case.id.in_(ids), Case.publication == Publication.APPROVED)
        .options(*_load_options(full))
    )
    by_id = {case.id: case for case in rows}
    return [by_id[i] for i in ids if i in by_id]


async def get_public_case(session: AsyncSession, case_id: int) -> Case | None:
    """An approved case with everything its card shows, or None (pending, rejected, merged
    and unknown ids are all the same None)."""
    case = await session.scalar(
        select(Case)
        .where(Case.id == case_id, Case.publication == Publication.APPROVED)
        .options(*CASE_LOAD_OPTIONS)
        .execution_options(populate_existing=True)
    )
    return case


async def reindex_all(session: AsyncSession, batch: int = 500) -> int:
    """Rewrite the keys of every case (after a change of db.names). Never commits."""
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


async def reindex_database(url: str) -> int:
    """`casewatch db reindex`: reindex_all in one transaction."""
    from db.engine import create_engine, create_sessionmaker

    engine = create_engine(url)
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            return await reindex_all(session)
    finally:
        await engine.dispose()
