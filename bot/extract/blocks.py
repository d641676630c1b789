"""Where one case ends and the next begins, and where a sentence ends.

A report lists cases as numbered items ("1) ...", "2. ", a thread's "2/ "), bullets ("•", "—",
"-") or table rows ("Name | City | Article | ..."). Such items are separate cases only when
they name different people: the bulleted procedural history of one person ("- 17.04.2023 —
detained ...") stays one case. An item that names nobody continues the case before it. A text
without items is one case. Kin named in passing, and the officials and lawyers of a trial, name
nobody here; in a paste that lost its blank lines, a heading line goes with the lines under it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from bot.extract import names, nominative, roles
from bot.extract.field_cards import with_card_headings
from bot.extract.paragraph_people import goes_on_about
from bot.extract.report_layout import ROSTER_HEADING, dated, signature_only
from bot.extract.role_words import ROLE_BEFORE as ROLE_BEFORE
from bot.extract.sentence import find_parts
from bot.extract.tables import TABLE_RULE, is_table_row

_ITEM = re.compile(
    r"^[ \t]*(?:(?:№[ \t]*)?\d{1,2}[.)/][ \t]+|[•·▪●*–—-][ \t]+|\|?[^|\n]*\|[^|\n]*\||"
    # headings: "Case 1: NAME", «Дело № 2. ИМЯ», «1-іс. ЕСІМ»
    r"(?:case|дело|іс)\s*(?:№\s*)?\d{1,3}\s*[.:)—–-]|\d{1,3}-іс\b|"
    # a briefing paper's heading line "Case of Marlen Zhaksylykov (Aktobe)"
    r"(?:the\s+)?case\s+of\s+(?-i:[A-Z])[^\n]{0,60}$)",
    re.MULTILINE | re.IGNORECASE,
)
#: A question asked on a line opened by a dash: the text is an interview.
_DIALOGUE = re.compile(r"^[ \t]*[–—][ \t]+[^\n]{3,200}\?[ \t]*$", re.MULTILINE)


def writes_names_in_capitals(text: str) -> bool:
    """Whether a text writes its people's surnames in capitals ("Asylkhan ZHAUBATYROV", as
    rights groups do) rather than as ordinary words ("Asylkhan Zhaubatyrov", as news agencies
    do). Decided once per text: in the first kind a name in title case is someone mentioned in
    passing, in the second it is how everyone is named. A spelling in the other script («(в
    латинском написании – Dauren MUKASHEV)» in a Russian text) tells nothing of the text's way."""
    return any(m.given for m in in_texts_script(names.find_mentions(text), text))


def in_texts_script(mentions: list[names.Mention], text: str) -> list[names.Mention]:
    """The mentions written in the text's own script: a Cyrillic text's Latin spelling of a
    name («в латинском написании – Dauren MUKASHEV») is another spelling, not how it names."""
    if len(_CYRILLIC.findall(text)) <= len(_LATIN.findall(text)):
        return mentions
    return [m for m in mentions if not all(w.isascii() for w in m.words)]


_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)


#: What joins two names told as one role's holders: "X and Y", «X и Y», «X пен Y», "X, Y".
#: (the case ending of the first name, «Жасұлан Әлімов-тің», stays with it)
_JOINED_TO_ROLE = re.compile(
    r"[\w'’-]{0,4}\s*(?:,|(?<![\w-])(?:and|и|мен|бен|пен|және)(?![\w-]))\s*", re.IGNORECASE
)


def _people(text: str, language: str, titled: bool = False) -> set[str]:
    """Surname keys of the people an item names (a capitalised surname with a given name; in
    a text that names people in title case, or a table row written so, a name in title case)."""
    mentions = [m for m in names.find_mentions(text) if m.given]
    if not mentions and (titled or text.count("|") >= 2):
        # (not the words of a headline written in title case: "Aktobe Blogger Handed
        # Restricted Freedom Over Video About Insulin Shortages")
        mentions = [
            m for m in names.find_title_mentions(text) if not title_case_line(text, m.start)
        ]
    # a relative who writes or speaks («Мен, Айгүл X, Ерлан X-тың анасымын», «Жена осуждённого
    # Асель X рассказала») opens no case of their own
    from bot.extract.relatives import authors, given_key

    speakers = authors(text, mentions)
    mentions = [m for m in mentions if not (m.given and given_key(m.given[0]) in speakers)]
    # "Serikkyzy (Aliya Serikova in her identity documents)": the person's other spelling
    spelled = other_spellings(text, language)
    mentions = [m for m in mentions if not any(a <= m.start < b for a, b in spelled)]
    # a relative named as the person's kin in passing («Блогердің әйелі Мөлдір X-тың
    # айтуынша», "his wife, Gaukhar X, said") opens no case of their own
    from bot.extract.relatives import kin_introduced

    mentions = [m for m in mentions if not kin_introduced(text, m.start)]
    people: set[str] = set()
    role_ends: list[int] = []  # where each name told after a role word ends
    for mention in mentions:
        lead = " ".join(text[max(0, mention.start - 120) : mention.start].split())[-60:] + " "
        # (a verdict's signature line spaces out «Төрағалық етуші          Ж. Қ. Мұхамбетова»)
        # (the police's spokeswoman, a guest, "the lawyer (X, ...)": no one's case)
        if (
            roles.only_in_role(text, [mention], language)
            or ROLE_BEFORE.search(lead)
            or any(_JOINED_TO_ROLE.fullmatch(text[end : mention.start]) for end in role_ends)
        ):
            # "lawyers Zhasulan X and Aliya Y", «адвокаттары Жасұлан X пен Алия Y»: the second
            # name joined to the first holds the same role
            role_ends.append(mention.end)
            continue
        people.add(nominative.surname_key(mention.surname, language))
    if language == "en" and people:
        # "His mother, Zhanat Amanzholova, says ...": a relative told in the case's story
        from bot.extract import english

        people -= {
            nominative.surname_key(other, language)
            for i, s in enumerate(split_sentences(text))
            if (other := english.someone_else(s.text, opening=i == 0))
        }
    return people


#: A form's name field ("Full name: Zhakupov Arman Serikovich (Жакупов Арман Серикович)"): the
#: name and its other spelling fill the line with capitalised words, and no headline opens so.
_NAME_FIELD = re.compile(
    r"(?:full\s+name|name|фио|ф\.\s?и\.\s?о\.|полное\s+имя|аты-жөні|толық\s+аты-жөні|есімі)"
    r"[ \t]*:",
    re.IGNORECASE,
)


def title_case_line(text: str, position: int) -> bool:
    """Whether the line at `position` is a headline in title case: six or more words, nearly
    all of them capitalised, and no full stop inside."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start : end if end >= 0 else len(text)].strip()
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    if len(words) < 6 or re.search(r"\.\s", line) or _NAME_FIELD.match(line):
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised >= 0.8 * len(words)


#: A bracket right after a capitalised word that says it gives the documents' or another
#: alphabet's spelling of that name: "Serikkyzy (Aliya Serikova in her identity documents)",
#: «Әбілқасымұлы (құжаттарда — Абилкасымов)», «(в документах суда — Ержан Сапарбеков)».
SPELLING_BRACKET = re.compile(
    rf"(?P<name>[{names.UPPER}][\w'’-]+)[ \u00a0]*(?P<bracket>\()"
    r"(?=[^()\n]{0,80}?(?:documents?|passport|spelled|spelt|also known as|a\.k\.a\.|"
    r"документ|паспорт|по-казахски|по-русски|латиниц|кириллиц|құжат|төлқұжат|қазақша|орысша|"
    # an identity card: "ID card", «удостоверении личности», «жеке куәлігінде»
    r"ID card|identity card|удостоверени|куәлі|"
    # an encyclopedia's name in the other language: «(каз. Әнуар Бейсенов; род. ...)»
    r"каз\.|рус\.|қаз\.|орыс\.|Kaz\.|Rus\.|Kazakh:|Russian:))"
    r"(?P<inside>[^()\n;]{3,80})[);]",
    re.IGNORECASE,
)


_TWO_WORDS = rf"(?P<name>[{names.UPPER}][\w'’-]+\s+[{names.UPPER}][\w'’-]+)"
#: Another spelling told in a sentence of its own.
SPELLED = {
    "en": rf"\b(?:(?:spells?|spelled|spelt|writes?|wrote|written)\s+(?:him|her|his name|her name)"
    # "his passport gives his name as", "he is registered as"
    rf"|(?:gives?|lists?)\s+(?:his|her)\s+name"
    # "whose name is spelled (transliterated) X in some media"
    rf"|(?:is|was)\s+(?:also\s+)?(?:registered|recorded|written|spelled|spelt|transliterated))"
    rf"\s+(?:as\s+)?{_TWO_WORDS}",
    "ru": rf"\b(?:(?:пишут|писали|называют)\s+(?:его|её|ее)\s+(?:фамилию\s+)?"
    # «в паспорте он записан как Ержан Абилкасымов»
    rf"|(?:записан|записана|значится|указан|указана)\s+)(?:как\s+)?{_TWO_WORDS}",
    # («... деп жазылған»: written so in a document)
    "kk": rf"{_TWO_WORDS}\s+деп\s+(?:жазады|жазып|жазған|жазылған|жазылады|жазылды|тіркелген)",
}


#: An encyclopedia's lead gives the name in the other language in a bracket, after that
#: language's abbreviation: «Ануар Сагинтаевич Бейсенов (каз. Әнуар Сағынтайұлы Бейсенов; род.
#: ...)», "Aliya Serikova (Kazakh: Әлия Серікқызы; born ...)".
LANGUAGE_SPELLING = re.compile(
    r"\((?i:каз\.|рус\.|қаз\.|орыс\.|kaz\.|rus\.|kazakh:|russian:)[ \u00a0]*"
    rf"(?P<name>[{names.UPPER}][\w'’-]+(?:[ \u00a0]+[{names.UPPER}][\w'’-]+){{1,2}})(?=[;,)])"
)


def other_spellings(text: str, language: str) -> list[tuple[int, int]]:
    """Where a text gives another spelling of a person's name, in a bracket after it or in a
    sentence of its own ("Some papers spell him Baurzhan Zhanabayev", «... Ержан Абилкасымов
    деп жазылған»): the same person, no one new."""
    spans = [(b.start("inside"), b.end("inside")) for b in SPELLING_BRACKET.finditer(text)]
    spans += [(m.start("name"), m.end("name")) for m in LANGUAGE_SPELLING.finditer(text)]
    if language in SPELLED:
        spans += [(m.start("name"), m.end("name")) for m in re.finditer(SPELLED[language], text)]
    return spans


PARAGRAPH = re.compile(r"\n[ \t]*\n")
_LINE_BREAK = re.compile(r"\n")


def paragraph_breaks(text: str) -> re.Pattern[str]:
    """What separates a text's paragraphs: blank lines, or in a text pasted without any
    (a copy that kept single line breaks only), each line break."""
    return PARAGRAPH if PARAGRAPH.search(text.strip()) else _LINE_BREAK


def same_people(these: set[str], those: set[str]) -> bool:
    """Whether two sets of surname keys share a person: one key may extend another by a case
    ending the key does not strip («ПАК» and «ПАККА»); an English text's "Kassymbekov" is its
    "(in Cyrillic: Даурен Касымбеков)"."""
    return any(
        a == b
        or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)))
        or _same_in_latin(a, b)
        for a in these
        for b in those
    )


_CYRILLIC_TO_LATIN = str.maketrans(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
    "abvgdeejziiklmnoprstufhccss_y_euaagknouuhi",
)


def consonants(key: str) -> str:
    """A surname's consonants in Latin letters, doubled ones once: «касымбеков» and
    "kassymbekov" both read "ksmbkv"."""
    latin = key.translate(_CYRILLIC_TO_LATIN)
    for digraph, letter in (
        ("kh", "h"), ("zh", "j"), ("sh", "s"), ("ch", "c"), ("ts", "c"), ("q", "k"), ("x", "ks")
    ):  # fmt: skip
        latin = latin.replace(digraph, letter)
    latin = re.sub(r"[aeiouy_'’-]", "", latin)
    return re.sub(r"(.)\1+", r"\1", latin)


def _same_in_latin(a: str, b: str) -> bool:
    """One surname written in both alphabets (a Latin key beside a Cyrillic one)."""
    if a.isascii() == b.isascii():
        return False
    letters = consonants(a)
    return len(letters) >= 4 and letters == consonants(b)


#: How a line that is a sentence, or a list's entry, ends (a heading ends with none of these).
_LINE_END = re.compile(r"[.!?:;,…»\"”')\]\d]\s*$")


def _without_heading_breaks(text: str, starts: list[int], language: str, titled: bool) -> list[int]:
    """In a text pasted without blank lines, each line is a paragraph; a heading line ("About
    Nurgul Seitkali", «Соттағы жағдай») that ends no sentence and names nobody the rules can
    tell is read with the line under it, as the blank lines kept them."""
    kept = [starts[0]]
    for previous, start in itertools.pairwise(starts):
        line = text[previous:start].strip()
        # (a heading is a few words without figures: "Case file: https://..." closes the item
        # above, «ст. 272 ч. 2 УК РК — 3 года лишения свободы 😡» is an item's last line)
        heading = (
            line
            and not _LINE_END.search(line)
            and len(line.split()) <= 8
            and not re.search(r"\d|https?://", line)
        )
        if not (heading and not _people(line, language, titled)):
            kept.append(start)
    return kept


def _paragraphs(text: str, language: str, titled: bool) -> list[tuple[int, str]]:
    """Paragraphs telling about different people ("In Pavlodar, activist Olga YEGOROVA was
    fined ... / Meanwhile in Almaty, blogger Timur ISKAKOV was detained ..."): one case each.
    A paragraph naming nobody new continues the case before it."""
    breaks = paragraph_breaks(text)
    starts = [0, *(m.end() for m in breaks.finditer(text))]
    if breaks is _LINE_BREAK:
        starts = _without_heading_breaks(text, starts, language, titled)
    ends = [*starts[1:], len(text)]
    blocks: list[tuple[int, str, set[str]]] = []
    current = -1  # the block the paragraph before went to
    for start, end in zip(starts, ends, strict=True):
        paragraph = text[start:end]
        people = _people(paragraph, language, titled)
        if blocks and not people:
            # an explainer's «Что решил суд? / Судья признала Муканову виновной ...» after a
            # co-defendant's paragraph: a paragraph naming by surname only a person told
            # earlier (and not the one told last) goes back to that person's case
            current = _returns_to(paragraph, blocks, current, language)
        if blocks and (
            not people
            or same_people(people, blocks[current][2])
            or not blocks[-1][2]
            or goes_on_about(paragraph, people, blocks[current][2], language)
        ):
            offset, previous, known = blocks[current]
            blocks[current] = (offset, previous + paragraph, known | people)
        else:
            blocks.append((start, paragraph, people))
            current = len(blocks) - 1
    if len(blocks) >= 3 and signature_only(blocks[-1][1]):
        # «Представитель Уполномоченного ... Г. Сейтказина» closing a report of several
        # people's cases: its writer, no co-defendant of the case told last
        offset, previous, known = blocks[-2]
        blocks[-2:] = [(offset, previous + blocks[-1][1], known)]
    named = [(s, t) for s, t, p in blocks if p]
    if len(named) < 2 or not all(dated(t) for _, t in named):
        return [(0, text)]
    return _both_told_before(
        _shared_paragraphs(text, starts, ends, blocks, language, titled), language
    )


#: Two people as the subject: "both", «оба», «с обоих», «екеуі»; or each of them ("each of
#: them", «с каждого из осуждённых», «әрқайсысы»).
_BOTH = re.compile(
    r"\b(?:both|оба|обе|обоих|обеих|обоим|обеим|екеуі\w*|"
    r"each\s+of\s+(?:them|the\s+(?:two|defendants|convicted))|с\s+каждого|каждому|"
    r"каждый\s+из|әрқайсы\w*)\b",
    re.IGNORECASE,
)


def _both_told_before(blocks: list[tuple[int, str]], language: str) -> list[tuple[int, str]]:
    """A sentence of one person's paragraph telling of "both" («Ляхову суд назначил 2 года
    ... С обоих также взыскано по 9 800 тенге издержек») is told of the person of the block
    before too: it goes to the end of that block as well."""
    result = list(blocks)
    for number in range(1, len(blocks)):
        told = [
            s.text.strip()
            for s in split_sentences(blocks[number][1])
            if _BOTH.search(s.text) and _names_neither(s.text, language)
        ]
        offset, previous = result[number - 1]
        told = [t for t in told if t not in previous]  # (a shared paragraph each block has)
        if told:
            result[number - 1] = (offset, previous.rstrip() + "\n\n" + " ".join(told) + "\n")
    return result


def _names_neither(sentence: str, language: str) -> bool:
    """A sentence told of both names neither of them by name; the judge who ordered a
    punishment of both is no one of the two ("Judge X also ordered each of them to pay ...")."""
    if names.find_mentions(sentence):
        return False
    punishes = bool(find_parts(sentence, language))
    return not any(
        m.given and not (punishes and roles.role_before(sentence, m.start))
        for m in names.find_title_mentions(sentence)
    )


def _returns_to(
    paragraph: str, blocks: list[tuple[int, str, set[str]]], current: int, language: str
) -> int:
    """The block a paragraph naming nobody new continues: the one told before it, unless it
    names by surname only people of one earlier block."""
    named = {
        key
        for word in re.findall(rf"[{names.UPPER}][\w'’-]+", paragraph)
        if (key := nominative.surname_key(word, language))
    }
    if not named or named & blocks[current][2]:
        return current
    earlier = [i for i, (_, _, keys) in enumerate(blocks) if keys and named & keys]
    return earlier[-1] if len(earlier) == 1 else current


def _shared_paragraphs(
    text: str,
    starts: list[int],
    ends: list[int],
    blocks: list[tuple[int, str, set[str]]],
    language: str,
    titled: bool,
) -> list[tuple[int, str]]:
    """The paragraphs of people told one after another, with what is told of several of them:
    a lead naming nobody that tells the verdict or trial («Суд огласил приговор по делу ...»,
    then a paragraph per defendant) is told of each; a later paragraph naming nobody new but
    two of them by surname («Мейірханов үшін 6 жыл, Омарова үшін 3 жыл ...»), or all of them
    ("Both ...", «Оба ...»), is told of each it names."""
    from bot.extract.lexicon import EVENTS

    people: set[str] = set().union(*(keys for _, _, keys in blocks))
    paragraphs = [(s, text[s:e]) for s, e in zip(starts, ends, strict=True)]
    lead_end = next((s for s, p in paragraphs if _people(p, language, titled)), 0)
    lead = text[:lead_end]
    told_of_all = any(
        EVENTS[kind][language].search(lead) for kind in ("verdict", "trial", "appeal_ruling")
    )
    firsts = {offset for offset, _, _ in blocks}
    shared: list[tuple[int, str, set[str]]] = []
    for start, paragraph in paragraphs:
        if start in firsts or start < lead_end:
            continue
        named = {
            key
            for word in re.findall(rf"[{names.UPPER}][\w'’-]+", paragraph)
            if (key := nominative.surname_key(word, language)) in people
        }
        if len(named) >= 2 or (not named and _TOLD_OF_ALL.search(paragraph)):
            shared.append((start, paragraph, named))
    from bot.extract.lead_terms import lead_for_later

    result: list[tuple[int, str]] = []
    for number, (offset, block, keys) in enumerate(blocks):
        told = lead_for_later(lead, block, language) if number else lead
        body = told + block if told_of_all and offset >= lead_end else block
        extra = "".join(
            paragraph
            for start, paragraph, named in shared
            if not offset <= start < offset + len(block) and (not named or named & keys)
        )
        result.append((offset, body + extra))
    return result


def _marker_kind(item: str) -> str:
    """The kind of an item's list marker: "number" for «1.», «2)», "3/", else its mark («—»,
    «•»), else the item's first word (a heading's "Case")."""
    head = item.lstrip()
    if head[:1].isdigit() or head.startswith("№"):
        return "number"
    return head.split(maxsplit=1)[0].casefold() if head else ""


def split_blocks(text: str, language: str = "en") -> list[tuple[int, str]]:
    """(offset, text) of each case: the items naming different people, else the paragraphs
    naming different people, else the whole text."""
    titled = not writes_names_in_capitals(text)
    starts = [m.start() for m in _ITEM.finditer(text)]
    if _DIALOGUE.search(text):
        # an interview's «— В чём обвиняют Кайрата Бекова?» / «— В возбуждении ...»: the
        # dashes open turns of a dialogue, not items of a list
        starts = [s for s in starts if not re.match(r"[ \t]*[–—-][ \t]", text[s : s + 4])]
    starts = [s for s in starts if not _lone_dash_line(text, s)]
    starts = with_card_headings(text, [s for s in starts if not _demands_below(text, s)])
    if len(starts) < 2:
        return _paragraphs(text, language, titled)
    if ROSTER_HEADING.search(text[: starts[0]]):
        # a court paper's roster of the convicted, their story told of all of them below it
        return [(0, text)]
    ends = [*starts[1:], len(text)]
    items = [(s, text[s:e]) for s, e in zip(starts, ends, strict=True)]
    items = [(s, t) for s, t in items if not TABLE_RULE.match(t.strip())]
    named = [(s, t, _people(t, language, titled)) for s, t in items]
    distinct = {frozenset(p) for _, _, p in named if p}
    if len(distinct) < 2:
        return _paragraphs(text, language, titled)
    blocks: list[tuple[int, str]] = []
    whose: list[set[str]] = []  # the people each block names
    lead = _charged_all(text[: items[0][0]] if items else "", language)
    for start, item, people in named:
        if blocks and not people:
            offset, previous = blocks[-1]
            # (a table's row naming no one, a civil suit's, is no part of the row above)
            item = item.partition("\n")[2] if is_table_row(item) else item
            blocks[-1] = (offset, previous + item)
            told = surnames_told(item, language) & set().union(*whose[:-1])
            if told and not any(is_table_row(t) for _, t in blocks):  # (notes under a table)
                # "4/ Recap: on 14 September Kenzhebayev sent ..." after the item of his
                # co-defendant: one story of people tried together, told apart later
                first = min(i for i, p in enumerate(whose) if p & told)
                if _marker_kind(item) != _marker_kind(blocks[first][1]):
                    # ("— Two residents who reposted Yermekov's posts were warned" under a
                    # register's numbered items: a note of another list, no recap of his)
                    continue
                blocks[first:] = [(blocks[first][0], "".join(t for _, t in blocks[first:]))]
                whose[first:] = [set().union(*whose[first:])]
        elif people:
            blocks.append((start, item))
            whose.append(set(people))
        else:
            lead += item
    if lead and _TOLD_OF_ALL.search(lead):
        # A thread's opening post naming nobody ("1/ Two bloggers sentenced in Taraz today,
        # 11 November 2025"): what it tells is told of each item after it.
        blocks = [(start, lead + item) for start, item in blocks]
    return _prose_above(text, items[0][0], whose, language, titled) + blocks


def _prose_above(
    text: str, first_item: int, listed: list[set[str]], language: str, titled: bool
) -> list[tuple[int, str]]:
    """The paragraphs above a list that name people none of its items names: a collective
    letter's story above the table of its signatories, a memo's account above its bullet
    points. They tell cases of their own; without them the list's rows would be all the text."""
    above = text[:first_item]
    people = _people(above, language, titled) - set().union(*listed)
    if not people:
        return []
    return [(s, t) for s, t in _paragraphs(above, language, titled) if _people(t, language, titled)]


def surnames_told(item: str, language: str) -> set[str]:
    """Surname keys of the capitalised words of a text (a surname said alone, "Kenzhebayev
    sent ...", «Омарову назначили ...»)."""
    return {
        nominative.surname_key(re.sub(r"['’]s$", "", w.group()), language)
        for w in re.finditer(rf"[{names.UPPER}][\w'’-]+", item)
    }


def sentences_naming(block: str, key: str, language: str) -> list[str]:
    """The sentences of `block` whose capitalised words name the person of surname `key`."""
    return [s.text for s in split_sentences(block) if key in surnames_told(s.text, language)]


_DASH_LINE = re.compile(r"[ \t]*[–—-][ \t]")

#: A line announcing what a letter asks for or demands, a list following: "We demand:", "We
#: call on the authorities to:", «Просим:», «Требуем:», «Сізден сұрайтынымыз:».
_DEMANDS = re.compile(
    # (a deputy's inquiry, a petition: «Сізден:», «Прошу Вас:», "I ask you to:", the verb
    # perhaps after the list: «... сұраймын.»)
    r"\b(?:(?:we|i)\s+(?:demand|ask|urge|call\s+on|request)|our\s+demands|"
    r"прос(?:им|ят)|прошу|требуем|требования|призываем|"
    r"сізден|сұрай\w*|талап\w*)\b[^\n]{0,80}:[ \t]*$",
    re.IGNORECASE,
)


#: A line of a pronoun alone before a list whose last item says what is asked («Біз:», «Мы:»,
#: "We:"), and that verb: «... талап етеміз», «... требуем», "... we demand".
_WE_COLON = re.compile(r"[ \t]*(?:біз|мы|we)\b[^\n]{0,60}:[ \t]*$", re.IGNORECASE)
_DEMAND_VERB = re.compile(
    r"\b(?:талап\s+ет\w*|сұраймыз|өтінеміз|требуем|просим|призываем|demand|urge|call\s+for)\b",
    re.IGNORECASE,
)


#: A line announcing who speaks, a list following: "Guests in the studio:", "Speakers:",
#: «Гости эфира:», «Участники:», «Студиядағы қонақтар:», «Спикерлер:» (each guest's role after
#: the name: a lawyer, an expert), no list of cases.
_SPEAKERS = re.compile(
    r"^[^\n]{0,40}\b(?:guests?|speakers?|panel(?:lists)?|participants|гост[ьи]|участники|"
    r"спикеры|эксперты|қонақ\w*|спикер\w*|қатысушы\w*|сарапшы\w*)\b[^\n]{0,30}:[ \t]*$",
    re.IGNORECASE,
)


def _demands_below(text: str, start: int) -> bool:
    """An item under a line announcing demands (the lines between are items too): what an open
    letter asks for («1. Мұрат X-ке қатысты қылмыстық істі жабуды;»), no case of its own; the
    letter's story above is the case. So is an item under a line announcing a programme's
    guests ("Guests:", «Студиядағы қонақтар:»): who speaks of the case."""
    for line in reversed(text[:start].splitlines()):
        if not line.strip():
            continue
        if _DEMANDS.search(line) or _SPEAKERS.search(line):
            return True
        if _WE_COLON.match(line) and _DEMAND_VERB.search(text[start:].split("\n\n")[0]):
            return True  # «Біз:\n– X-ті ақтауды;\n– ...талап етеміз.»: the verb after the list
        if not _ITEM.match(line) and not line[:1].isspace():
            return False
    return False


def _lone_dash_line(text: str, start: int) -> bool:
    """A line opened by a dash with no such line before or after it (blank lines skipped): a
    quotation under its speaker («СИНХРОН: Ерлан Жақыпов, басқарма басшысы:\n– Жәдігерлердің
    бәрі орнында.»), not an item of a list, whose items come two or more in a row."""
    if not _DASH_LINE.match(text, start):
        return False
    before = [line for line in text[:start].splitlines() if line.strip()]
    after = [line for line in text[start:].splitlines()[1:] if line.strip()]
    return not (before and _DASH_LINE.match(before[-1])) and not (
        after and _DASH_LINE.match(after[0])
    )


def _charged_all(preamble: str, language: str) -> str:
    """The sentences of the text before a list that tell the charge or the town of everyone on
    it («Всем троим предъявлено обвинение по части 3 статьи 272 УК РК.», «... трёх жителей
    Жанаозена ...» above the three numbered people): told of each item. A headline naming
    the count and neither ("Two activists sentenced in Shymkent and Taraz") tells each item
    nothing of its own."""
    from bot.extract.charges import _charges

    return "".join(
        s.text + "\n"
        for s in split_sentences(preamble)
        if _TOLD_OF_ALL.search(s.text)
        and (_charges(s.text, language) or _RESIDENTS_OF.search(s.text))
    )


#: "three residents of Zhanaozen", «трёх жителей Жанаозена», «үш тұрғыны»: everyone's town.
_RESIDENTS_OF = re.compile(
    rf"\b(?:residents?\s+of|жител\w*|тұрғын\w*)\s+[{names.UPPER}]", re.IGNORECASE
)


#: An opening item that tells what happened to everyone listed after it.
_TOLD_OF_ALL = re.compile(
    r"\b(?:two|three|four|five|both|all|двое|трое|двоих|троих|оба|обе|все|екеуі|үшеуі|екі|үш|"
    # («Всем троим предъявлено обвинение ...», «преследованием трёх жителей»)
    r"двоим|троим|всем|двух|трёх|трех|екеуіне|үшеуіне)\b",
    re.IGNORECASE,
)


@dataclass
class Sentence:
    start: int
    text: str


_ABBREVIATIONS = frozenset(
    "ч ст г гг no п пп т им обл р ж art ул д pt p тыс млн cc мес мес-ца mr ms mrs dr "
    # "Sept. 12, 2024": a month's abbreviation goes on
    "jan feb apr aug sep sept oct nov dec янв фев апр авг сент окт нояб дек "
    # "Ms. Ospankyzy recorded ...": a title before a name goes on
    "mr ms mrs dr".split()
)
_BOUNDARY = re.compile(r"[.!?](?=[\s»\"”]*\s)|\n")
#: A month's abbreviation: the number after it is a day ("since Sept. 3. A third worker ..."),
#: not an article's part («ч. 2 ст. 405»), so a point after that day may end the sentence.
_MONTH_ABBREVIATIONS = frozenset(
    "jan feb apr aug sep sept oct nov dec янв фев апр авг сент окт нояб дек".split()
)


def _ends_date(text: str) -> bool:
    from bot.extract.values import find_dates

    found = find_dates(text[-40:])
    return bool(found) and found[-1].end == len(text[-40:]) and found[-1].value.year is not None


#: The rest of a short title after a point: up to its closing guillemet on the same line.
_TITLE_REST = re.compile(r"[^«».!?\n]{1,40}»")


def _inside_short_title(before: str, after: str) -> bool:
    """A point that falls inside «...» opened in this sentence and closed a few words later."""
    line = before.rsplit("\n", 1)[-1]
    opened = line.rfind("«")
    return opened > line.rfind("»") and bool(_TITLE_REST.match(after))


def split_sentences(text: str) -> list[Sentence]:
    """Sentences and lines; a point after an abbreviation or a number goes on."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group() != "\n":
            words = re.findall(r"\w+", text[start : match.start()])[-2:]
            word = words[-1] if words else ""
            after = text[match.end() :].lstrip(' »"”')
            if word.lower() in _ABBREVIATIONS:
                continue
            # "fined 500 MCI, i.e. 2,162,500 tenge": "that is" goes on
            if re.search(r"\b(?:i\.e|e\.g)$", text[max(start, match.start() - 4) : match.start()]):
                continue
            # a quoted title or saying that ends the quote, not the sentence: «Әкімдік неге
            # үнсіз?» атты жазбасы, «Я не виновен!» — сказал он
            if re.match(r"[»\"”]", text[match.end() :]) and re.match(
                r"[—–-]?\s*[a-zа-яёәғқңөұүһі]", after
            ):
                continue
            # a point inside a short title in guillemets: the channel «Аксай. Пробуждение», the
            # page «Атырау. Голос жителей» — the title closes before any other sentence end
            if _inside_short_title(text[start : match.start()], text[match.end() :]):
                continue
            # an initial: "judge A. K. OSPANOVA", «Судья — Р. Б. КАПАНОВ»
            if (
                (len(word) == 1 or re.fullmatch(names.LATIN_DIGRAPH_INITIALS, word))
                and word[:1].isupper()
                and text[match.start() - len(word) - 1 : match.start() - len(word)]
                in (" ", ".", "", "(")
            ):
                continue
            # "ч. 2 ст. 405 УК" goes on; "... Part 2. He was released" ends; so does a date's
            # year before a sentence written in lower case ("... on 28 April 2024. on 6 May").
            if (
                word.isdigit()
                and not _ends_date(text[start : match.start()])
                and not (
                    after[:1].isupper()
                    and (
                        len(words) < 2
                        or words[0].lower() not in _ABBREVIATIONS
                        or words[0].lower() in _MONTH_ABBREVIATIONS
                    )
                )
            ):
                continue
        end = match.end()
        if text[start:end].strip():
            sentences.append(Sentence(start, text[start:end]))
        start = end
    if text[start:].strip():
        sentences.append(Sentence(start, text[start:]))
    return sentences


def people_named(text: str, language: str, whole: str) -> set[str]:
    """Surname keys of the people a block of `whole` names with a given name (see `_people`)."""
    return _people(text, language, not writes_names_in_capitals(whole))
