"""What stands next to a name without being part of it: where a sentence opens, a word for
where someone is from («Актюбинке Гульмире ...»), a letter's address title («Гражданке ...»),
an organisation's word beside capitals ("PEN International").

Each function reads only the word or the few characters before a name (they run for every
name in a text); none of them finds a name.
"""

from __future__ import annotations

import re

#: What ends a sentence before a word that opens the next (a quote or bracket may come between).
_SENTENCE_END_BEFORE = re.compile(r"[.!?:\n]\s*[«\"“(]?$")
_ONLY_SPACE = re.compile(r"\s*")


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens the text or a sentence (only the few characters before
    it are read: this runs for every name in a text)."""
    return _ONLY_SPACE.fullmatch(text, 0, start) is not None or bool(
        _SENTENCE_END_BEFORE.search(text, max(0, start - 40), start)
    )


#: A woman or man named by their town, in any case: «карагандинка», «Актюбинке», «шымкентку»,
#: «алматинцу», «павлодарца», «астанчанину», «семейчанкой». No Kazakh given name ends so (the
#: «-ка» of a woman's town follows «ин», «ан» or a consonant: «Малика», «Айка» are names).
_DEMONYM = re.compile(
    r"(?:(?:ин|ан|[бвгджзклмнпрстфхцчшщ])к(?:а|и|е|у|ой|ою)"
    r"|(?:ин|ан|[аеиоуяюйь]|[бвгджзклмнпрстфхцчшщ])(?:ец|ц(?:а|у|ем|ом|е))"
    r"|(?:ч|[аеиоуяю])анин(?:а|у|ом|е)?)$",
    re.IGNORECASE,
)


def is_demonym(word: str) -> bool:
    """«Актюбинке», «Алматинец», «Астанчанину»: a word for where someone is from (Russian)."""
    return bool(re.match(r"[А-ЯЁа-яё]", word)) and bool(_DEMONYM.search(word))


#: A letter's address line before the name of whom it is sent to: «Гражданке Ермековой Б.С.»,
#: «Господину ...», «Кому: ...», "To: ...". A state body's reply answers the one who wrote to it
#: (a mother, a lawyer) about someone else's case; the person convicted is «осуждённому».
_ADDRESSEE_TITLE = re.compile(
    # (a notice's greeting opening its line, «Уважаемая Жунусова Асель Бахытовна!», greets the
    # one who gets it)
    r"[ \t]*(?:граждан(?:ке|ину)|господину|госпоже|г-ну|г-же|кому[ \t]*:|to[ \t]*:|"
    r"уважаем(?:ая|ый)|құрметті|dear)[ \t]*",
    re.IGNORECASE,
)


def letter_addressee(text: str, start: int) -> bool:
    """Whether the name at `start` follows only a letter's address title on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    return _ADDRESSEE_TITLE.fullmatch(text, line_start, start) is not None


#: Words that make the capitals beside them an organisation's name, not a surname: "PEN
#: International", "ERKIN SOZ International Foundation", "Radio AZATTYQ", "KIBHR Bureau".
ORGANISATION_WORDS = frozenset(
    """radio tv television channel news times press agency service media bureau gazette
    herald journal magazine newspaper foundation fund party movement union council committee
    institute university bank group company network club centre center society association
    federation ministry department international watch coalition alliance initiative
    organisation organization project trust""".split()
)

_NEXT_WORD = re.compile(r"[ \u00a0]+([\w'’-]+)")
_WORD_BEFORE = re.compile(r"([\w'’-]+)[ \u00a0]+$")


def beside_organisation_word(text: str, match: re.Match[str], words: list[str], index: int) -> bool:
    """Capitals with an organisation's word right before or after them ("PEN International
    said", "the ERKIN SOZ International Foundation", "Radio AZATTYQ reported") name the
    organisation: a surname is never followed or led by such a word."""
    before = words[index - 1] if index > 0 else None
    if before is None:
        found = _WORD_BEFORE.search(text, 0, match.start())
        before = found.group(1) if found else None
    # the capitalised words after them, up to the one after the match ("ERKIN Soz
    # International Foundation": the organisation's word may come after more of its name)
    after: list[str | None] = list(words[index + 1 :])
    found = _NEXT_WORD.match(text, match.end())
    if found or not after:
        after.append(found.group(1) if found else None)
    return any(
        word is not None and word[:1].isupper() and word.lower() in ORGANISATION_WORDS
        for word in (before, *after)
    )
