"""Several people sentenced in one sentence: one case each.

"Nurzhan ABDIKARIMOV was sentenced to 5 years of imprisonment, and Yerlan SAGYNOV to 3 years of
restriction of liberty" names two co-defendants, each followed by their own punishment. Each
gets a copy of the case text in which the other's part of that sentence is blanked out (offsets
kept), so everything the paragraph says of both (court, judge, date, article, arrest) is read
for each, and each punishment only for the person written before it. A sentence naming two people
without a punishment after each ("X and his lawyer Y") splits nothing. The words of one name
(«Даурен Жомартұлы Есенғалиев») and the other spelling in brackets after it are one person.
A sentence naming only another co-defendant is that one's; terms given "respectively" go to the
people in the order they are named.
"""

from __future__ import annotations

import itertools
import re

from bot.extract import lexicon, names, nominative, roles
from bot.extract.administrative import administrative_only
from bot.extract.blocks import (
    other_spellings,
    sentences_naming,
    split_sentences,
    surnames_told,
    writes_names_in_capitals,
)
from bot.extract.chats import speaker_keys
from bot.extract.clauses import event_kind
from bot.extract.codefendant_spans import (
    HE_OR_SHE,
    by_given_name,
    earlier_case_keys,
    given_name_aliases,
    mask_keeping_dates,
    name_start,
    one_person_keys,
    told_of_others_elsewhere,
)
from bot.extract.families import MEASURE, family_variants, is_requested
from bot.extract.lead_terms import headline_for_later
from bot.extract.name_trades import is_trade
from bot.extract.occupation import occupation_words
from bot.extract.pronoun_cues import pronoun_after
from bot.extract.references import REQUEST
from bot.extract.relatives import KK_KIN, kin_introduced
from bot.extract.roles import role_before
from bot.extract.sentence import find_parts, spans_keeping_lent_kinds
from bot.extract.values import find_amounts, find_terms, mask

#: All the co-defendants as the subject: "all three", "both of them", «все трое», «екеуі де».
_EACH_OF_THEM = re.compile(
    r"\b(?:all\s+(?:two|three|four|five|of\s+them)|both\s+(?:of\s+them|men|women|defendants)|"
    r"все\s+(?:двое|трое|четверо|пятеро|они)|(?:екеуі|үшеуі|төртеуі)\s+де)\b",
    re.IGNORECASE,
)
#: The person told of before, by a pronoun, joined to another named ("both him and Yerzhanova",
#: "Yerzhanova and him.", «ему и Ержановой», «оны және Ержанованы»).
_HIM_AND = re.compile(
    r"\b(?:him|her)\s+and\s+[A-Z]|\band\s+(?:him|her)\b(?=\s*[,.;])|"
    r"\b(?:его|её|ему|ей)\s+и\s+[А-ЯЁ]|\b(?:оны|оған)\s+(?:және|мен)\s+[А-ЯӘҒҚҢӨҰҮІ]"
)
#: A punishment told of each co-defendant ("each of them was fined", «с каждого из осуждённых
#: взыскано», «әрқайсысынан ... өндірілді»).
_EACH_ONE = re.compile(
    r"\b(?:each\s+of\s+(?:them|the)|each\s+(?:defendant|man|woman)|с\s+каждого|каждому|"
    r"каждый\s+из|әрқайсы\w*)",
    re.IGNORECASE,
)


def _shared_head_end(head: str, language: str) -> int:
    """Where the clause told of each co-defendant ends, in the words before the first one named
    (its last comma or semicolon), or 0 when they tell no punishment of each."""
    cut = max(head.rfind(","), head.rfind(";"))
    if cut <= 0 or not _EACH_ONE.search(head[:cut]) or not find_parts(head[:cut], language):
        return 0
    return cut


#: A pronoun anywhere in a sentence naming nobody («19 қазанда оны полиция ұстады», "On 3 May
#: police detained him"): it goes on about the one person named just before.
_HIM_OR_HER = re.compile(
    r"(?<![\w-])(?:him|her|его|её|ее|ему|ей|оны|оған|одан)(?![\w-])", re.IGNORECASE
)
#: A sentence opening with its date, then a pronoun as its subject («С 16 января 2026 года он
#: в СИЗО», "Since 2 March 2026 she has been under house arrest", «2026 жылғы 5 наурыздан бері
#: ол қамауда»): it goes on about the one person named just before.
_DATED_HE_OR_SHE = re.compile(
    r"\s*(?:(?:since|from|on|in|с|со|в|с\s+момента)\s+)?[^,.;!?\n]{3,35}?\d{4}"
    r"(?:\s*(?:года|г\.|жылғы|жылы)?[^,.;!?\s]*)?,?\s+(?:he|she|он|она|ол)\b",
    re.IGNORECASE,
)
#: A pronoun of one person anywhere in a sentence ("recovered from him", «взыскано с неё»).
_ONE_PRONOUN = re.compile(
    r"\b(?:him|her|his|he|she|ему|ей|его|её|него|неё|нее|с\s+него|оған|одан|оның)\b", re.IGNORECASE
)
#: Between two people written as one subject: "X and Y", «X и Y», «X мен Y», "X, Y"; the
#: second one's trade may come before their name ("X and schoolteacher Y", «X мен мектеп
#: мұғалімі Y», «X и учительница Y»), but not whose kin or lawyer they are ("X and his wife
#: Y", «X и его адвокат Y»: a possessive word), nor their office («X и аким города Y»).
_AND = re.compile(
    r"\s*(?:,|,?\s+(?:and|и|мен|бен|пен|және))\s+"
    rf"(?P<trade>(?:(?!(?:his|her|their|its|the|a|an|его|её|ее|их|оның|олардың)\s)"
    rf"[{names.LOWER}][\w-]*,?\s+){{0,3}})"
)


def joins_two(between: str) -> bool:
    """Whether the text between two names joins them as one subject (see `_AND`): the words
    before the second name, if any, end in a trade."""
    found = _AND.fullmatch(between)
    if found is None:
        return False
    words = found.group("trade").replace(",", " ").split()
    return not words or is_trade(words[-1])


def _before_request(text: str, language: str) -> str:
    """The sentence up to what the prosecution asked for or the law provides at most."""
    found = re.search(REQUEST[language], text, re.IGNORECASE)
    return text[: found.start()] if found else text


def split_codefendants(
    block: str, language: str, elsewhere: set[str] | frozenset[str] = frozenset()
) -> list[tuple[str | None, str]]:
    """(surname key, text) per co-defendant, or [(None, block)] when there is one person.
    `elsewhere`: the surname keys of the people other blocks of the text tell of by name; said
    here by surname alone ("Judge X handed Kemelbayev four years and Omirzakov five"), what is
    told of them only is theirs, not this block's person's."""
    family = family_variants(block, language)
    if family is not None:
        # (and anyone else told prosecuted beside the family: «по этому же делу был осуждён мой
        # знакомый X» in a mother's letter about her son)
        return _with_others_prosecuted(block, family, language)
    present = elsewhere & surnames_told(block, language)
    earlier = earlier_case_keys(block, language)
    if present:
        variants = _each_with_own_sentences(block, language, extra=set(present))
        variants = [(k, v) for k, v in variants if k not in present] or [(None, block)]
        variants = [(k, v) for k, v in variants if k not in earlier] or variants
        if len(variants) == 1:
            key, text = variants[0]
            return [(key, told_of_others_elsewhere(text, set(present), language))]
    variants = _codefendants(block, language)
    if language == "en" and len(variants) > 1:
        # "In 2024, local activist Yerlan Myrzakhmetov was sentenced ...": an earlier case told
        # for comparison is no co-defendant
        variants = [(k, v) for k, v in variants if k not in earlier] or variants
        if len(variants) == 1:
            return [(None, block)]
    if len(variants) > 1:
        variants = _respectively(block, variants, language)
        # the headline's punishment, told before anyone is named, is the first one's
        variants = headline_for_later(block, variants, language)
        variants = _with_others_prosecuted(block, variants, language)
    elif variants == [(None, block)]:
        # "... reduced the sentence of oil worker X, but left unchanged that of his
        # co-defendant, welder Y": one story, each named in full and told prosecuted; the block
        # stays whole for the one it is most about, each other one gets their own sentences
        others = _with_others_prosecuted(block, [], language)
        if len(others) >= 2:
            return [(None, block), *others]
        if len(others) == 1:
            return _beside_main_person(block, others[0][0], language) or [(None, block)]
    elif len(variants) == 1:
        # one person told apart by their own sentences (a mother's question about her son's
        # verdict), another named in full and told prosecuted in the same block (the man a
        # speaker before her asked about, "Vadim X ... since 15 September he has been under
        # house arrest"): a case of their own
        return _with_others_prosecuted(block, variants, language)
    return variants


#: A fine: "was fined", «оштрафовали», «айыппұл салынды» (most often an administrative one).
_FINED = re.compile(r"\bfined\b|оштраф\w*|айыппұл", re.IGNORECASE)
#: An article's number: "Article 174", «ст. 174», «174-бабы».
_ARTICLE = re.compile(r"\b(?:article|art\.|ст\.|статьи|статья)\s*\d+|\d+-?\s*бап", re.IGNORECASE)


def _criminal_of(block: str, key: str, language: str) -> bool:
    """Whether the sentences naming the person of `key` tell a criminal case's event (a
    detention, a charge, a trial, a verdict), not a fine alone (a fine told with no article is
    most often an administrative one)."""
    # (with the sentence after, where a pronoun tells them prosecuted)
    told = sentences_naming(block, key, language) + _pronoun_sentences(block, key, language)
    own = " ".join(told)
    if not own or administrative_only(own, language):
        return False
    if _FINED.search(own) and not _ARTICLE.search(own):
        return False
    return event_kind(own, language) is not None


def _pronoun_sentences(block: str, key: str, language: str) -> list[str]:
    """The sentence after each one naming the person of `key` where a pronoun tells them
    prosecuted ("X is a student. He was detained on 18 November", `pronoun_cues`)."""
    sentences = split_sentences(block)
    found: list[str] = []
    for here, after in itertools.pairwise(sentences):
        if key not in surnames_told(here.text, language) or key in surnames_told(
            after.text, language
        ):
            continue
        words = [
            w
            for w in re.finditer(rf"[{names.UPPER}][\w'’-]+", here.text)
            if nominative.surname_key(re.sub(r"['’]s$", "", w.group()), language) == key
        ]
        last = words[-1] if words else None
        if last and pronoun_after(block, here.start + last.end(), last.group(), language):
            found.append(after.text)
    return found


def _beside_main_person(block: str, key: str | None, language: str) -> list[tuple[str | None, str]]:
    """The one person the block names in full and tells prosecuted, when the block's own case
    goes to someone else (named more often, or in capitals: a press conference's questioner
    "NURLAN X (Radio Dala)", a podcast's second guest): a case of their own, the sentences
    naming only the other hidden from it ("... the court sentenced journalist Anara Y ...
    Her colleague Ruslan X, asked about it, said ..." gives Y her court and X's words to
    him). Nothing when the block's case is this person's already."""
    from bot.extract.cases import extract_case  # (cases reads this module's neighbours)

    record = extract_case(block, language)
    name = (record or {}).get("person", {}).get("name") or ""
    main = {nominative.surname_key(w, language) for w in name.split()}
    if not main or key in main:
        return []
    # (the block's own person keeps the whole block: hiding this one's sentences from it
    # loses the court and dates a story tells once, beside either name)
    return [(None, block), (key, _told_of(block, key, main, language))]


def _told_of(block: str, key: str | None, main: set[str], language: str) -> str:
    """The block as told of the person of `key` beside the people of `main`: the sentences
    naming them and not this one blanked; when this one is named once, after them, only their
    own sentences (and a pronoun's after) are kept — someone told in passing in another's
    story («по этому же делу был осуждён мой знакомый X, который ...»); named first, the story
    is theirs ("In this episode, the story of journalist Anara X ..." before the host's name)."""
    sentences = split_sentences(block)
    naming = [i for i, s in enumerate(sentences) if key and key in surnames_told(s.text, language)]
    first_main = next(
        (i for i, s in enumerate(sentences) if surnames_told(s.text, language) & main), 0
    )
    passing = len(naming) == 1 and naming[0] > first_main
    own = {s for s in sentences_naming(block, key, language) if passing} if key else set()
    own |= set(_pronoun_sentences(block, key, language)) if key and own else set()
    hidden = [
        (sentence.start, sentence.start + len(sentence.text.rstrip(" .!?\n")))
        for sentence in sentences
        if ((told := surnames_told(sentence.text, language)) & main and key not in told)
        or (own and sentence.text not in own)
    ]
    return mask_keeping_dates(block, hidden, language)


def _with_others_prosecuted(
    block: str, variants: list[tuple[str | None, str]], language: str
) -> list[tuple[str | None, str]]:
    """The co-defendants told apart by their punishments, and anyone else the block names in
    full and tells prosecuted with no punishment of their own yet («... белсендісі Әсел X
    ұсталды» beside «Жанболат Y-ке айып тағылды ... қолхат берді»): each a case, with the
    sentences naming only the others blanked."""
    keys = {k.split("|")[0] for k, _ in variants if k}  # (one of a family: "key|given")
    mentions = [m for m in names.find_mentions(block) if m.given]
    # (a text writing one surname in capitals, «ЕСЕНЖОЛОВУ Кадыру», may name another
    # prosecuted in title case, «соратник ... Бауыржан Ермеков»)
    mentions += [
        m
        for m in names.find_title_mentions(block)
        if m.given
        and not any(o.start < m.end and m.start < o.end for o in mentions)
        # (a name in brackets is another spelling or a role's holder, no one new: "Serikkyzy
        # (Aliya Serikova in her documents)")
        and block.rfind("(", 0, m.start) <= block.rfind(")", 0, m.start)
    ]
    spelled = other_spellings(block, language)  # "(also spelled Saken X)": no one new
    added: list[tuple[int, str]] = []
    for mention in mentions:
        key = nominative.surname_key(mention.surname, language)
        if (
            key in keys
            or any(a <= mention.start < b for a, b in spelled)
            or any(key == k for _, k in added)
            or role_before(block, mention.start)
            or kin_introduced(block, mention.start)  # "the wife of the jailed blogger, X"
            or roles.only_in_role(block, [mention], language)
            or not roles.told_prosecuted(
                block, mention.surname, language, mention.given[0], pronouns=True
            )
            or not (mention.surname.isupper() or names.looks_like_surname(mention.surname))
            or not _criminal_of(block, key, language)
        ):
            continue
        added.append((mention.start, key))
    if not added:
        return variants
    everyone = keys | {k for _, k in added}
    variants = list(variants)
    for _, key in added:
        # (every sentence naming the others and not this one: what is told of them only)
        variants.append((key, _told_of(block, key, everyone - {key}, language)))
    return variants


#: A sum in figures, its thousands grouped or not ("500,000", «300 000», "1.2").
_FIGURE = re.compile(r"\d{1,3}(?:[ \u00a0,.]\d{3})+(?![\d])|\d+(?:[.,]\d+)?")


def _listed_values(text: str, count: int) -> list[tuple[int, int]] | None:
    """The spans of `count` numbers listed under one unit: the terms sharing the last one's
    unit ("four and two years", each number's own word), else the sums of one currency word
    ("500,000 and 300,000 tenge")."""
    terms = find_terms(text)
    if len(terms) >= count:
        return [
            (t.start, t.start + len(re.split(r"[\s-]", text[t.start :], maxsplit=1)[0]))
            for t in terms[-count:]
        ]
    sums = [f for f in find_amounts(text) if len(f.value) == count]
    if sums:
        figures = list(_FIGURE.finditer(text, sums[-1].start, sums[-1].end))
        if len(figures) == count:
            return [(m.start(), m.end()) for m in figures]
    return None


_RESPECTIVELY = re.compile(r"\brespectively\b|\bсоответственно\b|\bтиісінше\b", re.IGNORECASE)


def _respectively(
    block: str, variants: list[tuple[str | None, str]], language: str
) -> list[tuple[str | None, str]]:
    """ "sentenced Abenov and Iskakova to two and one year of restricted freedom respectively":
    the terms go to the people in the order they are named; each variant keeps its own number
    (the others and the words joining them blanked, so "two ... year" reads as a term)."""
    titled = not writes_names_in_capitals(block)
    known = _titled_people(block, language)
    masks: dict[str, list[tuple[int, int]]] = {}
    for sentence in split_sentences(block):
        if not _RESPECTIVELY.search(sentence.text):
            continue
        keys = list(
            dict.fromkeys(k for k, _, _ in _named(sentence.text, language, titled, known, block))
        )
        if len(keys) < 2:
            continue
        numbers = _listed_values(sentence.text, len(keys))
        if numbers is None:
            continue
        if any(b[0] - a[1] > 12 for a, b in itertools.pairwise(numbers)):
            continue  # not one run "five and three years"
        low, high = numbers[0][0], numbers[-1][1]
        for key, (start, end) in zip(keys, numbers, strict=False):
            at = sentence.start
            masks.setdefault(key, []).extend([(at + low, at + start), (at + end, at + high)])
    if not masks:
        return variants
    return [
        (key, mask(text, [(a, b) for a, b in masks.get(key or "", []) if b > a]))
        for key, text in variants
    ]


#: An age written before a title («31-летнему», "45-year-old", «41 жастағы»).
_AGE_BEFORE = re.compile(r"\d{2}[ \t]*-?[ \t]*(?:летн|year-old|жаст|жасар)[\w-]*[ \t]+$", re.I)


def _title_start(block: str, start: int, language: str, floor: int) -> int:
    """Where the words written as a person's title before their name begin (a trade, an age
    before it), not before `floor` (the previous name's end); the name's start if none."""
    window = block[max(floor, start - 80) : start]
    offset = start - len(window)
    trades = [
        (m.start(), m.end())
        for pattern, _canonical in lexicon.OCCUPATION_PATTERNS[language]
        for m in pattern.finditer(window)
    ] + [(a, b) for a, b, _value in occupation_words(window, language)]
    begin = min((a for a, b in trades if re.fullmatch(r"[ \t]+", window[b:])), default=None)
    if begin is None:
        return start
    age = _AGE_BEFORE.search(window[:begin])
    return offset + (age.start() if age else begin)


def _codefendants(block: str, language: str) -> list[tuple[str | None, str]]:
    cuts: list[list[tuple[str, int]]] = []  # per shared sentence: (key, start) in order
    joined: list[str] = []  # "X and Y were sentenced to ...": everything said is said of each
    titled = not writes_names_in_capitals(block)
    known = _titled_people(block, language)  # English: a surname said alone counts too
    for sentence in split_sentences(block):
        people: list[tuple[str, int]] = []
        ends: list[int] = []
        for key, start, end in _named(sentence.text, language, titled, known, block):
            if all(key != k for k, _ in people):
                people.append((key, sentence.start + start))
                ends.append(sentence.start + end)
        if len(people) < 2:
            continue
        if all(
            joins_two(block[end:start]) for end, (_, start) in zip(ends, people[1:], strict=False)
        ) and _tells_of_a_case(sentence.text, language):
            joined += [k for k, _ in people if k not in joined]
        values = [sentence.start + p.value_position for p in find_parts(sentence.text, language)]
        # (the last person's share ends before the sentence's full stop: "...; Omarova
        # received two years. Kaliyev was released ..." stays two sentences once masked)
        # (each share starts at the person's title, not their name: «31-летнему программисту
        # Лысенко назначили ..., 46-летнему предпринимателю Кабдуллину – 2 года»)
        bounds = [
            _title_start(block, start, language, floor)
            for (_, start), floor in zip(people, [sentence.start, *ends], strict=False)
        ] + [sentence.start + len(sentence.text.rstrip(" .!?\n"))]
        if all(any(low < v < high for v in values) for low, high in itertools.pairwise(bounds)):
            cuts.append([*people, ("", bounds[-1])])
    if not cuts:
        if len(joined) >= 2:
            # "X and Y were sentenced to ... Y was also ... Two days earlier the court
            # sentenced Z": what is said of both is each one's, what is said of one is theirs
            each = _each_with_own_sentences(block, language, set(joined))
            if len(each) > 1:
                return each
            return [(k, block) for k in joined]
        return _each_with_own_sentences(block, language)
    keys = list(dict.fromkeys(k for shared in cuts for k, _ in shared if k))
    # «Дамир А. приговорён к пяти годам. Руслан К. получил четыре года ..., Жандос О. — три
    # года ...»: one more co-defendant punished in a sentence of their own; each person's
    # own sentences and parts are told apart there
    each_alone = _each_with_own_sentences(block, language)
    if set(keys) < {k for k, _ in each_alone if k}:
        return each_alone
    variants: list[tuple[str | None, str]] = []
    for key in keys:
        spans: list[tuple[int, int]] = []
        for shared in cuts:
            first = shared[0][1]
            own = [i for i, (k, _) in enumerate(shared) if k == key]
            if not own:
                continue
            low, high = shared[own[0]][1], shared[own[0] + 1][1]
            spans += [(first, low), (high, shared[-1][1])]
        spans = spans_keeping_lent_kinds([(a, b) for a, b in spans if b > a], block, cuts, language)
        alone = _about_others_only(block, key, set(keys), language)
        variants.append((key, mask(mask_keeping_dates(block, alone, language), spans)))
    return variants


def _tells_of_a_case(text: str, language: str) -> bool:
    """Whether a sentence naming people together tells something of a prosecution (an event,
    a measure, a punishment, an article): "X and Y were detained" makes them co-defendants, a
    report's sign-off «Айдана Серікқызы, Ерасыл Төлеуов, «Кешкі жаңалықтар», Қостанай»
    (its reporter and cameraman) does not, nor does a fine both were given for an administrative
    offence ("X and Y were fined under the Code of Administrative Offences")."""
    return not administrative_only(text, language) and (
        any(table[language].search(text) for table in lexicon.EVENTS.values())
        or MEASURE.search(text) is not None
        or bool(find_parts(text, language))
        or re.search(r"\d", text) is not None
    )


def _about_others_only(
    block: str, key: str, keys: set[str], language: str
) -> list[tuple[int, int]]:
    """Sentences that name another co-defendant and not this one ("On 17 February Omarova was
    placed under house arrest"), with the "He has been held ..." sentences that go on about
    them: what happened to the other one only."""
    spans: list[tuple[int, int]] = []
    last: set[str] = set()
    for sentence in split_sentences(block):
        named = {
            k
            for w in re.finditer(rf"[{names.UPPER}][\w'’-]+", sentence.text)
            if (k := nominative.surname_key(re.sub(r"['’]s$", "", w.group()), language)) in keys
        }
        if not named and len(last) == 1 and HE_OR_SHE.match(sentence.text):
            named = set(last)
        if (
            named
            and key not in named
            and len(named) == 1
            and not _EACH_OF_THEM.search(sentence.text)
        ):
            # (its full stop kept: a date kept from it stays in a sentence of its own)
            spans.append((sentence.start, sentence.start + len(sentence.text.rstrip(" .!?\n"))))
        last = named
    return spans


def _titled_people(block: str, language: str) -> set[str] | None:
    """Surname keys of the people an English text names in title case ("Yerbol Tanirbergen"),
    when it writes no surname in capitals; None for any other text. Such a text goes on to
    name them by surname alone ("sentenced Tanirbergen ... and Mukanova ...")."""
    if language != "en" or any(m.given for m in names.find_mentions(block)):
        return None
    return {
        nominative.surname_key(m.surname, language)
        for m in names.find_title_mentions(block)
        if m.given and not role_before(block, m.start)
    }


def _named(
    text: str, language: str, titled: bool, known: set[str] | None, context: str
) -> list[tuple[str, int, int]]:
    """(surname key, start, end) of each person a sentence names with a given name, not after
    a role word (in title case in a text that writes no surname in capitals); in an English
    text of that kind, a `known` person's surname alone counts too."""
    found: list[tuple[str, int, int]] = []
    mentions = names.find_title_mentions(text, context) if titled else names.find_mentions(text)
    for mention in mentions:
        if not mention.given or role_before(text, mention.start):
            continue
        found.append(
            (nominative.surname_key(mention.surname, language), mention.start, mention.end)
        )
    if known:
        for word in re.finditer(rf"[{names.UPPER}][\w'’-]+", text):
            key = nominative.surname_key(re.sub(r"['’]s$", "", word.group()), language)
            if key in known and not any(s <= word.start() < e for _, s, e in found):
                if not role_before(text, word.start()):
                    found.append((key, word.start(), word.end()))
    return sorted(found, key=lambda f: f[1])


def _each_with_own_sentences(
    block: str, language: str, joined: set[str] | None = None, extra: set[str] | None = None
) -> list[tuple[str | None, str]]:
    """Two people, each named alone in a sentence with a punishment of their own ("Arman
    SADYKOV received three years in a penal colony. Dana ZHUNUSOVA received two years of
    restricted freedom"): each gets the text without the sentences that name only the other."""
    mentions = [m for m in names.find_mentions(block) if m.given] or names.find_title_mentions(
        block
    )
    spelled = other_spellings(block, language)  # the person's other spelling is no one else
    people = {
        nominative.surname_key(m.surname, language)
        for m in mentions
        if not role_before(block, m.start) and not any(a <= m.start < b for a, b in spelled)
    }
    # a transcript's speakers ("Dr Akhmetova: Viktor Lysenko, a steelworker ...") tell of the
    # people prosecuted; the person the turn names is who "He was detained ..." goes on about
    people = (people | (extra or set())) - speaker_keys(block, language)
    same = one_person_keys(block, people, language, joined or set())
    # (a given name of one person's two spellings is theirs: «Асқар ... (Аскар ...)»)
    aliases = {
        given: same.get(key, key)
        for given, key in given_name_aliases(mentions, people, language).items()
    }
    people = {same.get(k, k) for k in people}
    # «Біз Асқарды үй қамағына ...» read as a name: the given name of someone named in full
    people = {k for k in people if by_given_name(k, aliases) in (None, k)}
    if len(people) < 2:
        return [(None, block)]
    named: list[tuple[int, int, set[str], bool]] = []
    pieces: list[tuple[int, int, str]] = []  # a shared sentence's part about one of them
    first_said: dict[str, int] = {}  # where each is first named
    for sentence in split_sentences(block):
        words = [
            (sentence.start + w.start(), key)
            for w in re.finditer(rf"[{names.UPPER}][\w'’-]+", sentence.text)
            if (key := _person_key(w.group(), language, same, aliases, people)) in people
        ]
        # «Бекмырзаевтың досы, дизайнер Ермек Таңатаров»: one named as whose friend (or kin,
        # or colleague) the other is, is not who the sentence tells of
        owners = {
            key
            for position, key in words
            if _KK_WHOSE.match(block, position)
            and all(_KK_WHOSE.match(block, p) for p, k in words if k == key)
        }
        # ("Mr. X, a correspondent who had interviewed Ms. Y for a report, was detained": one
        # named only inside what is said of the first between commas)
        clause = _APPOSITIVE.search(sentence.text, words[0][0] - sentence.start) if words else None
        if clause is not None:
            low, high = sentence.start + clause.start(), sentence.start + clause.end()
            owners |= {
                key
                for _, key in words
                # (not one of the first's family: "Dinara X ... her husband, the blogger Nurlan
                # Xov," is told of too)
                if key.rstrip("a") != words[0][1].rstrip("a")
                and all(low <= p < high for p, k in words if k == key)
            }
        if len({key for _, key in words} - owners) >= 1:
            words = [(p, k) for p, k in words if k not in owners]
        keys = {key for _, key in words}
        for position, key in words:
            first_said.setdefault(key, position)
        own: list[tuple[int, int, str]] = []
        if len(keys) >= 2:
            # "SADYKOV was remanded in custody on 4 November, while ZHUNUSOVA was placed under
            # house arrest the same day": each part with its own measure or punishment (also of
            # two told together before: "X has been held in custody since ...; Y was under a
            # travel ban")
            firsts = [w for i, w in enumerate(words) if i == 0 or w[1] != words[i - 1][1]]
            # (each part starts at the person's title: «31-летнему программисту Лысенко
            # назначили ..., 46-летнему предпринимателю Кабдуллину – 2 года»)
            floors = [sentence.start, *(start for start, _ in firsts)]
            bounds = [
                _title_start(block, name_start(block, start), language, floor)
                for (start, _), floor in zip(firsts, floors, strict=False)
            ]
            # (the last one's part ends before the full stop: "... and Omirzakov five years.
            # The prosecutor had asked for six" stays two sentences once masked)
            bounds.append(sentence.start + len(sentence.text.rstrip(" .!?\n")))
            verb = _KK_LAST_WORD.search(sentence.text) if language == "kk" else None
            if verb and lexicon.EVENTS["verdict"]["kk"].match(verb.group(1)):
                # «X-ке 3 жыл ..., Y-ке 1 жыл ... тағайындалған»: the verb closing the sentence
                # is each one's, left in every part
                bounds[-1] = max(bounds[-2], sentence.start + verb.start(1))
            parts = [block[a:b] for a, b in itertools.pairwise(bounds)]
            if len(firsts) == len(keys) and all(
                find_parts(p, language) or MEASURE.search(p) for p in parts
            ):
                own = [(a, b, k) for a, b, (_, k) in zip(bounds, bounds[1:], firsts, strict=False)]
                pieces += own
        if joined and len(keys) >= 2 and keys <= joined and not own:
            # "Both X and Y were sentenced to ...": told of each of them
            punished = bool(find_parts(sentence.text, language))
            named.append((sentence.start, sentence.start + len(sentence.text), keys, punished))
            continue
        # what the prosecutor asked for is nobody's punishment
        requested = is_requested(sentence.text, language)
        # (a measure of one's own tells two co-defendants apart before any verdict: «X ...
        # қамауға алуға санкция берді. Y ... үй қамағына жіберілді»)
        # ("X has been held in pretrial detention since ...; if convicted, he faces up to seven
        # years": the measure told before the law's maximum is X's own)
        own_measure = bool(MEASURE.search(_before_request(sentence.text, language)))
        punished = (bool(find_parts(sentence.text, language)) and not requested) or own_measure
        # (the person named in one of the two sentences before: «X ... тағайындалды. Жазасын
        # ... өтейді. Сонымен қатар оған ... тыйым салынды»)
        last = next((k for _, _, k, _ in reversed(named[-2:]) if k), set())
        if (
            not keys
            and len(last) == 1
            and (
                HE_OR_SHE.match(sentence.text)
                or _DATED_HE_OR_SHE.match(sentence.text)
                or _HIM_OR_HER.search(sentence.text)
                # "The costs of the examination were recovered from him": a punishment told of
                # one person by a pronoun further on
                or (punished and _ONE_PRONOUN.search(sentence.text))
            )
        ):
            # "X received four years. He has been in custody since ...": still X
            keys = set(last)
        elif len(keys) == 1 and len(last) == 1 and last != keys and _HIM_AND.search(sentence.text):
            keys |= last  # "charged both him and X", «предъявили обвинение ему и X»: of both
        head = block[sentence.start : min((p for p, _ in words), default=sentence.start)]
        if len(keys) == 1 and punished and (shared_end := _shared_head_end(head, language)):
            # «с каждого из осужденных взыскан платёж ..., с Ахметжанова также взысканы
            # издержки»: the clause told of each of them before the one named is everyone's
            named.append((sentence.start, sentence.start + shared_end, set(), True))
            named.append(
                (sentence.start + shared_end, sentence.start + len(sentence.text), keys, True)
            )
            continue
        if len(keys) == 1 and not punished and _EACH_OF_THEM.search(sentence.text):
            # «все трое состояли в чате, а Ташенов провёл собрание»: told of each of them,
            # though it names one (what it tells of him by surname stays his)
            keys = set()
        if requested and len(keys) == 1 and not own_measure:
            # "The prosecutor had asked for seven years for X and three for the other two":
            # told of all of them (the prosecutor is each one's; a request is no sentence)
            keys = set()
        named.append((sentence.start, sentence.start + len(sentence.text), keys, punished))
    alone = {next(iter(k)) for _, _, k, punished in named if len(k) == 1 and punished}
    if joined:
        alone |= {k for _, _, keys, punished in named if punished and keys <= joined for k in keys}
    # «Руслан Ковалёв получил четыре года ограничения свободы, Жандос Оспанов — три года»: a
    # punishment of one's own in a shared sentence counts as a sentence of one's own
    alone |= {
        who
        for a, b, who in pieces
        if find_parts(block[a:b], language) and not is_requested(block[a:b], language)
    }
    if len(alone) < 2:
        return [(None, block)]
    variants: list[tuple[str | None, str]] = []
    # in the order the text names them (a set's own order changes from one run to the next)
    for key in sorted(
        alone,
        key=lambda k: (
            min(s for s, _, ks, _ in named if k in ks),
            first_said.get(k, 0),
        ),
    ):
        others = [
            (s, e)
            for s, e, keys, _ in named
            if key not in keys and (len(keys) == 1 or (joined and keys and keys <= joined))
        ]
        others += [(s, e) for s, e, who in pieces if who != key]
        # the other's part of a shared sentence goes with its date, unless this one's part is
        # told "the same day" («X was remanded on 4 November, while Y ... the same day»)
        dated_apart = [
            (s, e)
            for s, e, who in pieces
            if who != key
            and not any(
                w == key and _SAME_DAY.search(block[a:b]) for a, b, w in pieces if a < e + 400
            )
        ]
        variants.append((key, mask(mask_keeping_dates(block, others, language), dated_apart)))
    return variants


def _person_key(
    word: str, language: str, same: dict[str, str], aliases: dict, people: set[str]
) -> str:
    """The surname key a capitalised word names: its own, or that of the one person whose
    given name it is when it is no surname («Серику 2 года», the given name alone); an English
    possessive is the name's ("reduced Tleubayev's prison term")."""
    if language == "en":
        word = re.sub(r"['’]s$", "", word)
    key = nominative.surname_key(word, language)
    key = same.get(key, key)
    if key in people:
        return key
    return by_given_name(word, aliases) or key


#: A Kazakh surname in the genitive before a word for someone related to its bearer
#: («Бекмырзаевтың досы», «Оразовтың әйелі», «Сейітовтің әріптесі»).
#: Or a surname with «бірге» (together with) after it: «Қайратұлымен бірге сотталған ...
#: Бекмұратовқа 2 жыл»: the sentence tells of the other.
_KK_WHOSE = re.compile(
    rf"[{names.UPPER}][\w'’-]*(?:(?:тың|тің|дың|дің|ның|нің)\s+(?:{KK_KIN}|досы|досы|"
    r"жолдасы|әріптесі|серіктесі|көршісі|адвокаты|қорғаушысы)|(?:мен|бен|пен)\s+бірге)(?![\w-])"
)


#: What is said of a person between commas ("X, a correspondent who had interviewed Y, ...").
_APPOSITIVE = re.compile(r",\s+(?:a|an|the|who|whose)\s[^,;]{3,160},")


#: A Kazakh sentence's last word, its verb.
_KK_LAST_WORD = re.compile(r"\s(\w+)[\s.!]*$")


_SAME_DAY = re.compile(r"\bsame day\b|\bтот же день\b|\bсол күні\b", re.IGNORECASE)
