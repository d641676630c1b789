"""Who writes in a pasted chat or speaks in a transcript: never the case for it.

A chat copied from a messenger heads each message with its writer and the time ("Dana Kalieva,
[27.11.2026 09:31]" from Telegram, "[24.11.2026, 21:40:12] Aliya N.: ..." or "24/11/2026, 21:40 -
Aliya N.: ..." from WhatsApp): the writers are relatives and supporters telling of someone
else's trial. The writers' names are taken out of the headers (the time stays: it dates the
"today" of the message). A hearing's or an interview's transcript labels each turn with who
speaks ("Dr Akhmetova: Thank you, Chair."): the speakers are witnesses, experts, interviewers;
`speaker_keys` gives their surnames, no case while someone else is named.
"""

from __future__ import annotations

import re

from bot.extract import names, nominative

#: One to four words of a writer's name ("Марат Ж.", "Ақмарал", "Aliya Nurzhanova").
_WRITER = rf"[{names.UPPER}][\w'’.-]*(?:[ \u00a0]+[{names.UPPER}][\w'’.-]*){{0,3}}"
_DAY = r"\d{1,2}[./]\d{1,2}[./]\d{2,4}"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \u00a0]?[AaPp][Mm])?"

#: A chat message's header naming its writer, in the formats messengers copy.
_CHAT_HEADERS = (
    # Telegram: "Dana Kalieva, [27.11.2026 09:31]" on a line of its own
    re.compile(rf"^(?P<writer>{_WRITER}),[ \t]*(?=\[{_DAY},?[ \t]+{_TIME}\][ \t]*$)", re.M),
    # WhatsApp (iOS): "[24.11.2026, 21:40:12] Aliya Nurzhanova: text"
    re.compile(rf"^(?:\[{_DAY},?[ \t]+{_TIME}\][ \t]*)(?P<writer>{_WRITER}):", re.M),
    # WhatsApp (Android): "24.11.2026, 21:40 - Aliya Nurzhanova: text"
    re.compile(rf"^(?:{_DAY},?[ \t]+{_TIME}[ \t]+[-–][ \t]+)(?P<writer>{_WRITER}):", re.M),
    # a meeting app's automatic transcript: "Helen Marsh  0:04" on a line of its own, the
    # speaker's name and how far into the recording the turn starts
    re.compile(rf"^(?P<writer>{_WRITER})[ \t]+(?=\d{{1,2}}:\d{{2}}(?::\d{{2}})?[ \t]*$)", re.M),
)

#: Fewer headers than this are no chat (one quoted message is the text's own).
_CHAT_MESSAGES = 3


def without_chat_writers(text: str) -> str:
    """The chat without the names of its messages' writers; each header keeps its time alone
    ("[27.11.2026 09:31]"), which dates the message's "today" as a post's header does."""
    for header in _CHAT_HEADERS:
        found = list(header.finditer(text))
        if len(found) < _CHAT_MESSAGES:
            continue
        pieces: list[str] = []
        last = 0
        for match in found:
            pieces.append(text[last : match.start("writer")])  # the writer's name is cut out
            last = match.end()
        pieces.append(text[last:])
        return "".join(pieces)
    return text


#: A transcript's turn: a line opening with who speaks and a colon ("Dr Akhmetova: ...",
#: «Судья Ахметов: ...» is a role, not this), an optional title before the name.
_TURN = re.compile(
    rf"^[ \t]*(?:Q\d+[ \t]+)?(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Dame|Sir|Lord|Baroness)\.?"
    rf"[ \t]+)?(?P<name>[{names.UPPER}][\w'’-]+(?:[ \t]+[{names.UPPER}][\w'’-]+){{0,2}}):[ \t]",
    re.M,
)

#: Turns by one speaker in a transcript: two, so a report's "Verdict: ..." label is no speaker.
_TURNS_OF_A_SPEAKER = 2


def speaker_keys(text: str, language: str) -> set[str]:
    """Surname keys of the people who speak in turns of a transcript (each heading two turns
    or more): witnesses, experts, interviewers, a committee's members; not one who tells in
    their own turn of being detained or sentenced (an interview with the person prosecuted)."""
    turns = list(_TURN.finditer(text))
    if not turns:
        return set()
    counts: dict[str, int] = {}
    themselves: set[str] = set()
    for turn, after in zip(turns, [*turns[1:], None], strict=True):
        key = nominative.surname_key(turn.group("name").split()[-1], language)
        counts[key] = counts.get(key, 0) + 1
        said = text[turn.end() : after.start() if after else len(text)]
        if _DEFENDANT.search(turn.group("name")) or _PROSECUTED_MYSELF[language].search(said):
            themselves.add(key)
    return {k for k, n in counts.items() if n >= _TURNS_OF_A_SPEAKER} - themselves


#: The role of the one tried, labelling their turn («Подсудимый Беков:», "Defendant Bekov:").
_DEFENDANT = re.compile(
    r"(?<![\w-])(?:defendant|accused|подсудим\w*|обвиняем\w*|осужд[её]нн\w*|сотталушы\w*|"
    r"айыпталушы\w*|сотталған\w*)",
    re.IGNORECASE,
)

#: Told of oneself: "I was detained", «меня задержали», «мені ұстады».
_PROSECUTED_MYSELF = {
    "en": re.compile(
        r"\bI\s+(?:was|am|have\s+been|had\s+been)\s+(?:\w+\s+)?"
        r"(?:detained|arrested|charged|sentenced|convicted|fined|jailed|remanded)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:меня\s+(?:\w+\s+)?(?:задерж|арестов|осуди|обвини|приговори|оштрафова)"
        r"|я\s+(?:был[аи]?\s+)?(?:задержан|арестован|осужд|приговор))",
        re.IGNORECASE,
    ),
    "kk": re.compile(
        r"(?<![\w-])(?:мені\s+(?:\w+\s+)?(?:ұстады|қамады|соттады|айыптады)"
        r"|мен\s+(?:\w+\s+)?(?:ұсталдым|сотталдым|айыпталдым|қамалдым))",
        re.IGNORECASE,
    ),
}
