"""Trade words that are no trade of the person: a word made from a trade («журналистской
деятельностью», «заңгерлік көмек», «кәсіпкерлік»), a trade the writer or a speaker gives
themselves («Я пенсионерка», «Мен журналист ретінде», «зейнеткер ұстазбын»), a news agency's
byline («"Маңғыстау ақпарат" тілшісі.»), and a woman's trade said of a man.

Invariants: pure functions of the text, spans in it and the trade's value; each answers for
one trade at one place, never finds a name.
"""

from __future__ import annotations

import re

from bot.extract import names

#: A Russian adjective made from a trade: «журналистской», «блогерский», «активистских».
_RU_ADJECTIVE_ENDING = re.compile(r"ск(?:ий|ая|ое|ие|ого|ой|ому|ую|им|ими|их|ом|ою)$")
#: A Kazakh abstract noun or adjective made from a trade: «заңгерлік», «кәсіпкерлігі»,
#: «белсенділік», «мұғалімдік».
_KK_DERIVED = re.compile(r"(?:лық|лік|дық|дік|тық|тік)\w*$")


def derived_word(written: str, canonical: str, language: str) -> bool:
    """Whether the word written is made from the trade rather than the trade itself: a Russian
    adjective («журналистской деятельностью») or a Kazakh -лық/-лік word («заңгерлік көмек»)
    where the trade's own form is no such word («самозанятый», «азаматтық белсенді» are)."""
    words = written.split()
    if not words:
        return False
    last, trade_last = words[-1].lower(), canonical.split()[-1].lower()
    if language == "ru":
        return bool(_RU_ADJECTIVE_ENDING.search(last)) and not _RU_ADJECTIVE_ENDING.search(
            trade_last
        )
    if language == "kk":
        stem = trade_last[:-1] if trade_last.endswith("і") else trade_last
        return (
            last.startswith(stem)
            and bool(_KK_DERIVED.match(last[len(trade_last) :] or last[len(stem) :]))
            and not _KK_DERIVED.search(trade_last)
        )
    return False


#: The writer or a speaker saying who they are: «Я пенсионерка», «Мен – ... ұстазбын»,
#: «Мен журналист ретінде», "I am a teacher", "I'm a nurse" (up to three words between).
_FIRST_PERSON_BEFORE = re.compile(
    r"(?:(?<![\w-])Я|(?:^|(?<=[.!?:»\"\n])|(?<=[.!?:»\"\n][ \t]))[ \t]*Мен|"
    r"(?<![\w'-])I(?:'m|[ \t]+am|[ \t]+was))"
    r"(?![\w-])[ \t,—–-]*(?:(?:an?[ \t]+)?[^\s.!?;]+[ \t,]+){0,3}$"
)
#: A Kazakh first-person predicate ending: «ұстазбын», «журналистпін», «мұғаліммін».
_KK_FIRST_PERSON = re.compile(r"\w(?:мын|мін|бын|бін|пын|пін)$")


def said_by_the_writer(context: str, span: tuple[int, int], own: list[tuple[int, int]]) -> bool:
    """Whether the trade is one the writer or a speaker gives themselves («Я пенсионерка, 34
    года проработала медсестрой», «Мен – ... зейнеткер ұстазбын», «Мен журналист ретінде»),
    not the person's own (their name in the sentence, or labelling the line's speaker), nor
    words quoted in «»."""
    line_start = context.rfind("\n", 0, span[0]) + 1
    if context.count("«", line_start, span[0]) > context.count("»", line_start, span[0]):
        return False  # a speaker quoted: whose words they are is read in `occupation`
    sentence = re.split(r"[.!?](?:\s|$)", context[line_start : span[0]])[-1]
    following = re.match(r"\s*([\w-]+)", context[span[1] :])
    kazakh_self = _KK_FIRST_PERSON.search(context[span[0] : span[1]]) or (
        following and _KK_FIRST_PERSON.search(following.group(1))
    )
    if not (_FIRST_PERSON_BEFORE.search(sentence) or kazakh_self):
        return False
    if not re.search(r"(?<![\w-])(?:Я|Мен|I)(?![\w'-])", sentence) and not kazakh_self:
        return False
    sentence_start = span[0] - len(sentence)
    return not any(
        # (the person's name in the sentence, or labelling the speaker of the line: «X: ...»)
        sentence_start <= start < span[0]
        or (line_start <= start < span[0] and re.match(r"[^:\n]{0,12}:", context[end:]))
        for start, end in own
    )


#: A news agency's byline: «Жаңаөзен, 26 қараша 2026 жыл. «Маңғыстау ақпарат» тілшісі.»
_KK_BYLINE = re.compile(r"(?:^|[.!?\n])[ \t]*[«\"][^»\"\n]{1,40}[»\"][ \t]+$")


def a_byline(context: str, span: tuple[int, int]) -> bool:
    """A Kazakh reporter of a named agency standing as a sentence of its own: who wrote the
    story, no one of it."""
    return bool(
        _KK_BYLINE.search(context[max(0, span[0] - 60) : span[0]])
        and re.match(r"[ \t]*(?:[.\n]|$)", context[span[1] :])
    )


def a_man(context: str, own: list[tuple[int, int]]) -> bool:
    """Whether the person's name, as written, is a man's: a patronymic («Андреевич»,
    «Серікұлы») or a Russian surname in its masculine nominative («Муратов»), with nothing of
    a woman's. (Given names are not read: the dictionary calls «Аружан», «Сауле» a man's.)"""
    man = woman = False
    for start, end in own:
        for word in re.findall(r"[\w-]+", context[start:end]):
            lower = word.lower()
            if lower.endswith(("ұлы", "улы", "uly", "вич", "вича", "вичу", "вичем")):
                man = True
            elif lower.endswith(("қызы", "кызы", "kyzy", "вна", "вны", "вне", "вну", "вной")):
                woman = True
            elif re.search(r"[а-яё](?:овой|евой|иной|ыной)$", lower):
                woman = True
            elif re.search(r"[а-яё](?:ов|ев|ёв|ин)$", lower) and word[:1].isupper():
                man = True
    return man and not woman


def a_womans_trade(value: str) -> bool:
    """A Russian trade in the feminine («бывшая медсестра», «пенсионерка», «временно
    неработающая»): its first animate noun, or its first adjective where it has none."""
    for word in value.split():
        if not re.fullmatch(r"[а-яё-]+", word):
            continue
        parse = names.morph().parse(word)[0]
        if parse.tag.POS == "NOUN" and "anim" in parse.tag.grammemes:
            return "femn" in parse.tag.grammemes
        if parse.tag.POS in ("ADJF", "PRTF") and "nomn" in parse.tag.grammemes:
            return "femn" in parse.tag.grammemes
    return False
