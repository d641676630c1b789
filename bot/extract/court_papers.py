"""How Russian court papers and press releases name the judge and the prosecutor, and how a
court paper is laid out (its heading's date, its operative part «ПРИГОВОРИЛ:», «ҮКІМ ЕТТІ:»,
a bulletin item's label «ПРИГОВОР.»).

A verdict's preamble and a court's press release write a role with the office it belongs to and
the name surname first, with initials after it:

    «в составе председательствующего судьи Сапаровой А. Б.»
    «с участием государственного обвинителя Жумадилова Е. К.»
    «обвинение поддерживал прокурор Костанайской областной прокуратуры Т. С. Абенов»
    «прокурор отдела Алматинской областной прокуратуры Ержанов Д.»

Invariants: a name is read only right after the role word (or after the office that follows
it), never across a sentence; a surname first must end like a Russian or Kazakh surname and be
followed by one or two initials, so «судьи Шымкентского городского суда» is no name.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.extract import names
from bot.extract.blocks import Sentence

#: The prosecutor's office written between the role word and the name: «прокурор Костанайской
#: областной прокуратуры», «прокурор отдела ... прокуратуры города Алматы».
_OFFICE = re.compile(
    r"^\s+(?:(?:отдела|управления|департамента)\s+)?(?:[\w-]+\s+){0,4}?прокуратур\w+"
    rf"(?:\s+(?:города|г\.|района)\s+[{names.UPPER}][\w-]+|\s+[{names.UPPER}][\w-]+(?:ой|ей)"
    r"\s+области)?",
)

_SURNAME_THEN_INITIALS = re.compile(
    rf"^[\s:—–,-]*(?P<surname>[{names.UPPER}][{names.LOWER}'’-]+)[ \u00a0]+"
    rf"(?P<initials>(?:[{names.UPPER}]\.[ \u00a0]?){{1,2}})(?=[\s,.;)]|$)"
)


#: The office or title written between a role word and the name in any language: a town's or a
#: district's prosecutor («прокурор г. Семей Т. Б. Оспанов», «прокурора города Жезказгана
#: Сейтказиев Д. А.», «прокурор района Алмаз Нургожин»), an assistant («аудан прокурорының
#: көмекшісі Н. С. Жақыпов»), "the prosecutor of the Zhambyl regional prosecutor's office M. T.
#: Sultanbekov", a courtesy title ("The state prosecutor, Ms. Zhanar Ibrayeva") or a story's
#: "the prosecutor is a young man called Daniyar Auyelbekov"; the instance («судья первой
#: инстанции — Тулеубаева С. А.»).
_OFFICE_OF_PLACE = {
    "ru": re.compile(
        rf"^\s+(?:(?:города|г\.)\s*[{names.UPPER}][\w-]+|(?:района|области)(?![\w-])|"
        rf"[{names.UPPER}][\w-]+(?:ого|его)\s+района(?:\s+(?:города|г\.)\s*[{names.UPPER}][\w-]+)?|"
        rf"[{names.UPPER}][\w-]+(?:ой|ей)\s+области|"
        # «(судья первой инстанции — Тулеубаева С. А.)» told in an appeal ruling
        r"перв\w+\s+инстанции)"
    ),
    "kk": re.compile(r"^\s+(?:аға\s+)?көмекшісі(?![\w-])"),
    "en": re.compile(
        rf"^,?\s+(?:of\s+(?:the\s+)?(?:[{names.UPPER}][\w-]+\s+){{0,3}}"
        r"(?:(?:regional|city|district)\s+)?prosecutor['’]s\s+office|"
        r"(?-i:Mr|Ms|Mrs|Miss)\.?(?=\s)|(?:a|an)\s+(?:[a-z]+\s+){0,2}(?:called|named)(?=\s))",
        re.IGNORECASE,
    ),
}


def office_length(text: str, language: str = "ru") -> int:
    """How many characters of `text` (what follows a role word) name the role's office."""
    match = _OFFICE.match(text) if language == "ru" else None
    match = match or _OFFICE_OF_PLACE[language].match(text)
    return match.end() if match else 0


def surname_initials_name(text: str, offset: int) -> names.Mention | None:
    """A name written surname first with initials after it, right at the start of `text`:
    «Сапаровой А. Б.» -> words [Сапаровой, А., Б.] with the surname first («Сапаровой А.Б.»
    -> [Сапаровой, А.Б.]: the initials as written)."""
    match = _SURNAME_THEN_INITIALS.match(text)
    if not match:
        return None
    surname = match.group("surname")
    # («в составе председательствующего судьи Ким Е. В.»: a short surname without a usual
    # ending is still one before two initials)
    two_initials = len(re.findall(r"\w", match.group("initials"))) == 2
    if not names.looks_like_surname(surname) and (
        not two_initials or names.is_common_word(surname)
    ):
        return None
    initials = match.group("initials").split()  # as written: «А. Б.» or «А.Б.»
    start = offset + match.start("surname")
    return names.Mention(
        start, offset + match.end("initials"), [match.group("surname"), *initials], 0
    )


#: The legal name of what one is accused of, with no act in it: «в совершении уголовного
#: правонарушения, предусмотренного ч. 1 ст. 274 УК РК».
_LEGAL_FORMULA = re.compile(
    r"^(?:в\s+)?совершени\w+\s+(?:\w+\s+){0,2}?(?:уголовн\w+\s+)?"
    r"(?:правонарушени|преступлени|проступк)\w*(?:,?\s+предусмотренн\w+.*)?$",
    re.IGNORECASE,
)
#: A verdict's «в период с января по март 2024 года» opening the act.
_PERIOD = re.compile(
    r"^(?:в\s+)?период\s+(?:с|со|от)\s+[^,;]{1,40}?\s+по\s+\S+(?:\s+\d{4}\s+года)?\s+",
    re.IGNORECASE,
)
#: The way the act was done, told between the surname and the verb: «, используя сети
#: телекоммуникаций,».
_MANNER = re.compile(
    r"^(?:[А-ЯЁ][\w-]+)?,?\s*(?:используя|пользуясь|будучи|являясь)\b[^,]{0,80},\s*", re.I
)


def without_period(description: str) -> str:
    """The act without the period a verdict opens it with."""
    return _PERIOD.sub("", description)


def without_framing(description: str) -> str:
    """The act without a verdict's framing: nothing when it is only the offence's legal
    formula, else without the manner clause that opens it once the surname is cut."""
    if _LEGAL_FORMULA.match(description):
        return ""
    return _MANNER.sub("", description)


#: The offence's own name said as if it were the act: «участие в деятельности запрещённой
#: организации» (Article 405), «распространение заведомо ложной информации» (Article 274).
_OFFENCE_WORDS = re.compile(
    r"^(?:в\s+)?(?:участи\w+\s+в\s+деятельности\s+(?:\w+\s+){0,2}?"
    r"(?:организаци|объединени|движени)\w*|распространени\w+\s+заведомо\s+ложной\s+"
    r"информации|возбуждени\w+\s+(?:\w+\s+){0,3}?розни)[\s.,;]*$",
    re.IGNORECASE,
)
#: A verdict's heading over what the court found: «УСТАНОВИЛ:», «Суд установил:».
_ESTABLISHED = re.compile(r"(?:^|\n)[ \t]*(?:суд\s+)?установил\w*[ \t]*:[ \t]*\n\s*$", re.I)


def is_offence_name(description: str) -> bool:
    """Whether an act is only the name of the offence, which gives way to what the person did
    when the text tells that too."""
    return bool(_OFFENCE_WORDS.match(description.strip()))


#: The law itself in what was read as an act: "an article of the Criminal Code", «статьи
#: Уголовного кодекса», «Қылмыстық кодекстің», "a criminal offence under", «уголовное
#: правонарушение», or the code's "of the Republic of Kazakhstan (" before an article's title.
_LAW_WORDS = re.compile(
    r"\b(?:criminal\s+code|criminal\s+offen[cs]e|уголовн\w*\s+(?:кодекс|правонарушени)\w*|"
    r"қылмыстық\s+(?:кодекс|құқық\s+бұзушылық)\w*|"
    r"(?:republic\s+of\s+kazakhstan|республики\s+казахстан|қазақстан\s+республикасы\w*)"
    r"\s*\()",
    re.IGNORECASE,
)


def law_remnant(description: str) -> bool:
    """Whether an act is a piece of the law's citation, not a deed: it names the code or an
    offence in general, or ends an article's title in brackets opened before it ("organising
    peaceful assemblies)", «экстремизма) к 2 годам»)."""
    if _LAW_WORDS.search(description):
        return True
    depth = 0
    for char in description:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return True
    return False


def after_established(block: str, sentence: Sentence) -> bool:
    """Whether the sentence opens the paragraph under a verdict's «УСТАНОВИЛ:»."""
    return bool(_ESTABLISHED.search(block[max(0, sentence.start - 40) : sentence.start]))


#: A verdict's own heading: «ПРИГОВОР», «ПРИГОВОР ИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН».
_VERDICT_HEADING = re.compile(r"^\s*ПРИГОВОР\s*(?:\n|$)")


def verdict_heading_date(block: str) -> dt.date | None:
    """The date a verdict's text opens with, under its heading («ПРИГОВОР / ИМЕНЕМ РЕСПУБЛИКИ
    КАЗАХСТАН / 3 октября 2025 года   город Тараз»): the day the verdict was given."""
    from bot.extract.values import find_dates, resolve_dates

    if not _VERDICT_HEADING.match(block):
        return None
    head = "\n".join(block.strip().splitlines()[:4])
    found = resolve_dates(find_dates(head))
    return found[0].value if found else None


#: A label of one or two words ("VERDICT.", «ПРИГОВОР.», «АРЕСТ:»): what the item is about.
LABEL = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[.:]?\s*")


#: The heading of a verdict's operative part: «ПРИГОВОРИЛ:», «ҮКІМ ЕТТІ:».
OPERATIVE_VERDICT = re.compile(r"^\s*(?:ПРИГОВОРИЛ|ҮКІМ\s+ЕТТІ)\s*:\s*$")
#: Any court paper's operative heading («ПОСТАНОВИЛА:», «ҚАУЛЫ ЕТТІ:» of a ruling too).
OPERATIVE = re.compile(r"^\s*(?:ПРИГОВОРИЛ|ПОСТАНОВИЛ\w*|ОПРЕДЕЛИЛ\w*|[ҮҚ]\w+\s+ЕТТІ)\s*:\s*$")
