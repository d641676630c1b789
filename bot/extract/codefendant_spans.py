"""Where one co-defendant's words are in a shared text: the words of one person's name (and
the other spelling in brackets after it) told apart from another person's, where a name begins
before its surname, and a text with what is said of the others blanked but their dates, the
court and the judge kept (they are each one's).
"""

from __future__ import annotations

import re

from bot.extract import english, lexicon, names, nominative
from bot.extract.blocks import split_sentences, surnames_told
from bot.extract.sentence import find_parts
from bot.extract.values import find_dates, mask

#: A sentence that goes on about the person named just before («Он», "She", «Ол»).
HE_OR_SHE = re.compile(
    # («Кроме того, суд обязал его перечислить ...»: the court's verb between)
    r"\s*(?:(?:Also|Сонымен\s+қатар|Сондай-ақ|Также|Кроме\s+того),?\s+(?:(?:суд|сот|the\s+court)\s+\w+\s+)?"
    # «Сонымен қатар оған 3 жыл ... тыйым салынды»: a pronoun in another case too
    r"(?i:he|she|him|her|он|она|ему|ей|его|её|ол|оған|одан|оны)|"
    r"He|She|Он|Она|Ол|Оған|Одан|Ему|Ей)\b(?!\s+(?:and|и|мен)\b)"
)
#: Between two words of one person's name: a space («Даурен Жомартұлы Есенғалиев»), or the
#: bracket opening their other spelling («Бекнұр Тасқараұлына (құжаттарында Бекнур Таскараев)»,
#: «(в документах суда — ...)»).
_SAME_NAME_GAP = re.compile(rf"[ \u00a0]+|\s*\(\s*(?:[{names.LOWER}][\w]*\s+){{0,3}}(?:[—–:-]\s*)?")


def one_person_keys(
    block: str, people: set[str], language: str, joined: set[str]
) -> dict[str, str]:
    """Surname keys that are one person's: the words of one name and the other spelling in
    brackets after it, each mapped to one key (the one told jointly with another person, else
    the first written)."""
    runs: list[list[str]] = []
    previous_end = -1
    for word in re.finditer(rf"[{names.UPPER}][\w'’-]+", block):
        key = nominative.surname_key(word.group(), language)
        joins = previous_end >= 0 and _SAME_NAME_GAP.fullmatch(block[previous_end : word.start()])
        if key not in people:
            # a given name inside the run («Бекнур» of «(құжаттарында Бекнур Таскараев)»)
            previous_end = word.end() if joins else -1
            continue
        if runs and joins:
            runs[-1].append(key)
        else:
            runs.append([key])
        previous_end = word.end()
    same: dict[str, str] = {}
    for run in runs:
        keys = list(dict.fromkeys(same.get(k, k) for k in run))
        if len(keys) < 2:
            continue
        chosen = next((k for k in keys if k in joined), keys[0])
        for key in keys:
            same[key] = chosen
    return same


#: A judge's or a prosecutor's role word and the name after it.
_ROLE_AND_NAME = re.compile(
    rf"\b(?:judge|prosecutor|судь(?:я|и|ёй|ей)|прокурор\w*|судьясы|айыптаушы)[\s:—–-]+"
    # (the name's capitals are capitals: «тергеу судьясы екі айға қамауға ...» names no one)
    rf"(?-i:[{names.UPPER}][\w'’-]*\.?[ \u00a0]*){{1,3}}",
    re.IGNORECASE,
)
#: Given names written right before a surname («Жандос Оспанов»).
_GIVEN_BEFORE = re.compile(rf"(?:[{names.UPPER}][\w'’-]+[ \u00a0]+){{1,2}}$")


def name_start(block: str, surname_start: int) -> int:
    """Where the name whose surname starts here begins: a part of a shared sentence about one
    person starts with their given name, not between it and the surname."""
    before = _GIVEN_BEFORE.search(block[max(0, surname_start - 40) : surname_start])
    return surname_start - len(before.group()) if before else surname_start


#: A day told by reference to a day told before ("the same day", "two days later", «в тот же
#: день», «через два дня», «сол күні», «екі күннен кейін»).
_DAY_TOLD_BY_ANOTHER = re.compile(
    r"\b(?:same|that|next|following)\s+day\b|\bdays?\s+(?:later|earlier|after|before)\b|"
    r"\b(?:тот\s+же|тот|следующий|этот\s+же)\s+день|\bдн(?:я|ей)\s+(?:спустя|позже|позднее)|"
    r"\bчерез\s+(?:\w+\s+)?(?:дн|сут)|\bсол\s+күн|\bкелесі\s+күн|күннен\s+(?:кейін|соң)|"
    r"\bнакануне\b|\bthe\s+day\s+before\b|\bбір\s+күн\s+бұрын",
    re.IGNORECASE,
)


def mask_keeping_dates(block: str, spans: list[tuple[int, int]], language: str) -> str:
    """The block without what is said of the others, but with the dates it gives: "the same
    day" told of this person refers to them; in English, with the court too ("The Talgar
    district court on April 21 sentenced X ... His co-defendants, Y and Z, received ...")."""
    days = [(f.start, f.end) for f in find_dates(block)]
    others: list[tuple[int, int]] = []
    if language == "en":
        others += [(m.start(), m.end()) for m in lexicon.COURT["en"].finditer(block)]
    # the judge or prosecutor named with the other's punishment is each one's («Судья Ерлан
    # Бекмуханов приговорил Есенгалиева ...»)
    others += [(m.start(), m.end()) for m in _ROLE_AND_NAME.finditer(block)]
    # (a date of the sentence's own, not of the others' part blanked: "detained on April 3 and
    # placed under house arrest two days later" counts from April 3)
    own_days = [(a, b) for a, b in days if not any(s <= a and b <= e for s, e in spans)]
    by_reference = any(
        not _dated_before_in_sentence(block, found.start(), own_days)
        for found in _DAY_TOLD_BY_ANOTHER.finditer(block)
    )
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        # the other's day of sentencing dates this one's punishment told next without a day
        # of its own («24 қарашада сот X-ке 5 жыл ... тағайындады. Y-ке 3 жыл ...»), not
        # another event ("X was detained on June 3. Y has been under house arrest since ...")
        following = re.match(r"[^.!?\n]*[.!?\n]?[^.!?\n]*", block[end:])
        after = following.group() if following else ""
        sentenced_alike = (
            not any(end <= a < end + len(after) for a, _ in days)
            and bool(find_parts(block[start:end], language))
            and bool(find_parts(after, language))
        )
        kept_here = sorted(others + (days if by_reference or sentenced_alike else []))
        position = start
        for low, high in kept_here:
            if start <= low and high <= end:
                kept.append((position, low))
                position = high
        kept.append((position, end))
    return mask(block, [(a, b) for a, b in kept if b > a])


def _dated_before_in_sentence(block: str, at: int, days: list[tuple[int, int]]) -> bool:
    """Whether the sentence of the position `at` gives a date of its own before it ("detained
    on April 3 and placed under house arrest two days later"): "days later" counts from that
    date, not from a day told of someone else."""
    opening = max(block.rfind(mark, 0, at) for mark in (". ", "\n", "! ", "? ")) + 1
    return any(opening <= start and end <= at for start, end in days)


#: Case endings of a given name written alone («Серику», «Жандосу», «Асели», «Дәуренге»,
#: "Zhandos's"): the name's own form, or its stem with one of these.
_GIVEN_ENDINGS = (
    "",
    "'s",
    "’s",
    *"а у ом ем е ы и ой ей ю я ю".split(),
    *"ға ге қа ке ның нің дың дің тың тің ды ді ты ті ны ні ға ге мен бен пен".split(),
    *"да де та те дан ден тан тен нан нен".split(),
)
#: A word written before a given name that is no name of its own.
_TITLES = frozenset("dr mr mrs ms miss dame sir prof professor".split())


def given_name_aliases(mentions: list[names.Mention], keys: set[str], language: str) -> dict:
    """Each person's given name, in lower case, mapped to their surname key, where one person
    only bears it: a chat or a letter that has named «Серик Кадыров» and «Жандос Утепов» goes on
    with «Серику 2 года ..., Жандосу 1 год ...»."""
    bearers: dict[str, set[str]] = {}
    for mention in mentions:
        key = nominative.surname_key(mention.surname, language)
        if key not in keys:
            continue
        for given in mention.given:
            word = given.casefold()
            # (a pronoun or a word taken for a name, «Біз Асқарды», is no one's given name)
            if len(word) >= 4 and word not in _TITLES and not names.is_common_word(given):
                bearers.setdefault(word, set()).add(key)
    return {g: next(iter(k)) for g, k in bearers.items() if len(k) == 1 and g not in keys}


def by_given_name(word: str, aliases: dict) -> str | None:
    """The surname key of the person whose given name `word` is, in any case form."""
    lower = word.casefold()
    for given, key in aliases.items():
        stems = {given, given[:-1]} if given[-1] in "аяьй" else {given}
        # (the name first written in another case: «моему мужу Бауыржану ...», then
        # «Бауыржан – оператор ...»)
        stems |= {
            given[: -len(ending)]
            for ending in _GIVEN_ENDINGS
            if ending and given.endswith(ending) and len(given) - len(ending) >= 4
        }
        for stem in stems:
            if lower.startswith(stem) and lower[len(stem) :] in _GIVEN_ENDINGS:
                return str(key)
    return None


def told_of_others_elsewhere(block: str, others: set[str], language: str) -> str:
    """The block without its sentences that name by surname only people whose case another
    block tells («Второе – пенсионер Мухтаров ..., которого осудили ...» in the paragraph on
    Айтжанова), with the "He ..." sentences that go on about them; their dates kept."""
    spans: list[tuple[int, int]] = []
    last = False
    mentions = names.find_mentions(block) + names.find_title_mentions(block)
    own = {nominative.surname_key(m.surname, language) for m in mentions if m.given} - others
    for sentence in split_sentences(block):
        told = surnames_told(sentence.text, language)
        theirs = bool(told & others) and not (own & told)
        if theirs or (last and not told & others and HE_OR_SHE.match(sentence.text)):
            spans.append((sentence.start, sentence.start + len(sentence.text.rstrip(" .!?\n"))))
            last = True
        else:
            last = False
    return mask_keeping_dates(block, spans, language)


def earlier_case_keys(block: str, language: str) -> set[str]:
    """The surname keys of the people an English block tells of as an earlier case or someone
    else in passing (`english.someone_else`): no co-defendants."""
    if language != "en":
        return set()
    return {
        nominative.surname_key(other, language)
        for s in split_sentences(block)
        if (other := english.someone_else(s.text))
    }
