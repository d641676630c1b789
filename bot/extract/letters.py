"""A letter signed by a relative of the person it tells of, or by a reader writing to the paper:
the signer is no case.

A newspaper prints a reader's letter («Құрметті редакция! ... Ұлым Ерлан X ...», «Мой сын ...»,
"My son ...") closed by its writer's name and town on lines of their own («Күлпаш АХМЕТОВА,\\nАрал
қаласы»). The writer tells of their own kin in the first person; their name in capitals would
otherwise read as the case's (and make the text one that writes its people's names so).

Invariant: only a signature (a paragraph of a name of two or three capitalised words, a comma,
and one short line under it with no digit) closing a letter whose words name the writer's own
kin in the first person, or that greets the paper's editors, loses its name (so does a
text's last line of initials and a surname alone, «К. Ж. Искакова», closing such a letter);
the comma and the town stay, no line is added or removed, and a letter written by the one
prosecuted («Мен, Ерлан X, ...», no kin of the writer's named, no greeting to the paper)
keeps its signature.
"""

from __future__ import annotations

import re

from bot.extract.names import LOWER, UPPER

#: A signature: the name on a line of its own after a blank line, a comma, the town under it.
_SIGNATURE = re.compile(
    rf"(?<=\n\n)(?P<name>[{UPPER}][{UPPER}{LOWER}'’-]+(?:[ \t]+[{UPPER}][{UPPER}{LOWER}'’-]+)"
    r"{1,2})(?P<rest>[ \t]*,[ \t]*\n[^\n\d]{2,40}(?:\n|$))"
)
#: A signature of initials and a surname on the letter's last line («К. Ж. Искакова», «Искакова
#: К.Ж.», "A. Serikova"), after the date or a blank line: the writer's, no line after it.
_INITIALS_SIGNATURE = re.compile(
    rf"(?<=\n)[ \t]*(?P<name>(?:[{UPPER}]\.[ \t]?){{1,2}}[{UPPER}][{LOWER}'’-]+"
    rf"|[{UPPER}][{LOWER}'’-]+[ \t]+(?:[{UPPER}]\.[ \t]?){{1,2}})[ \t]*(?=\s*$)"
)
#: The writer's own kin, in the first person: «Ұлым», «қызымның», «інілерім», «мой сын»,
#: «моего мужа», "my son".
_OWN_KIN = re.compile(
    r"(?<![\w-])(?:(?:ұл|қыз|іні|аға|күйеу|әйел|бауыр|жиен|немере)(?:ым|ім|лерім|ларым)"
    r"(?:ның|нің|ды|ді|ға|ге|мен)?|"
    r"(?:мо[йея]|моего|моей|моему|моим)\s+(?:сын|доч|муж|жен|брат|сестр|внук)\w*|"
    r"my\s+(?:son|daughter|husband|wife|brother|sister|grandson))(?![\w-])",
    re.IGNORECASE,
)
#: A letter to the editor's greeting: a reader writes to the paper («Құрметті редакция!»).
_TO_THE_EDITOR = re.compile(
    r"(?:құрметті\s+редакция|уважаемая\s+редакция|dear\s+(?:editor|editors|sir))",
    re.IGNORECASE,
)
#: Where one letter of a page of them ends and the next begins («* * *», a rule).
_LETTERS_APART = re.compile(r"\n[ \t]*(?:\*[ \t]*\*[ \t]*\*|[-—_=]{3,})[ \t]*\n")


def without_relatives_signatures(text: str) -> str:
    """The text with each relative's letter's signature name cut (its comma and town kept)."""

    def cut(signature: re.Match[str]) -> str:
        starts = [m.end() for m in _LETTERS_APART.finditer(text, 0, signature.start())]
        letter = text[max(starts, default=0) : signature.start()]
        if _OWN_KIN.search(letter) or _TO_THE_EDITOR.search(letter):
            return signature.group("rest")
        return signature.group()

    text = _SIGNATURE.sub(cut, text)
    # «Мой сын Даулет ... 20 ноября 2026 г.\nК. Ж. Искакова»: the mother's initials, not his
    last = _INITIALS_SIGNATURE.search(text)
    if last is not None:
        starts = [m.end() for m in _LETTERS_APART.finditer(text, 0, last.start())]
        letter = text[max(starts, default=0) : last.start()]
        if _OWN_KIN.search(letter) or _TO_THE_EDITOR.search(letter):
            return text[: last.start()] + text[last.end() :]
    return text
