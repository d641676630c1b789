"""Words and spans that look like part of a person's name but are not.

Invariant: each test here refuses only; none makes a name. A word refused is no given name (it
is who the person is to someone: a role, a relative); a span refused is no person at all (an
organisation's or a work's name between quotation marks).
"""

from __future__ import annotations

import re

#: A Kazakh kinship noun with a possessive ending («Ұлың Ернар» signing a letter: your son;
#: «Ініміз Асқар ...», «Әпкесі Гүлнар», «Жолдасым Серік ...»: my husband): who the person is
#: to the writer, no given name.
_KK_KIN_WITH_ENDING = re.compile(
    r"(?:ұл|қыз|іні|аға|әке|ана|апа|әпке|күйеу|әйел|бауыр|қарындас|сіңлі|жұбай|зайыб|"
    r"жолдас|жар|шеше|әже|жиен|немере|бала)"
    r"(?:ым|ың|ыңыз|ымыз|ы|ыңның|ымның|ымызды|ымызға|ымыздың|ымды|ыма|"
    r"ім|ің|іңіз|іміз|і|імнің|імізді|імізге|іміздің|імді|іме|"
    r"м|ң|ңыз|ңіз|мыз|міз|сы|сі|мызды|мізді|мның|мнің)"
)

#: Personal pronouns opening a sentence before a given name («Біз Айбекті жақсы білеміз»: we
#: know Aibek; «Мы Ерлана знаем», "We Aibek's classmates"): the speaker, no given name or
#: surname. (Kazakh «мен» is also "and"; «ол», «олар», he, she are already refused in names.)
PRONOUNS = frozenset(
    """біз сіз сен біздер сіздер сендер мен
    мы вы ты он она они
    we you they""".split()
)

#: Quotation marks: a name standing alone between them is an organisation's, a channel's or a
#: work's ("the independent union "Adal Enbek"", «"Ел Үні" газеті»), not a person's.
_QUOTES_OPEN = "\"«“„'‘"
_QUOTES_CLOSE = "\"»”“'’"


def kazakh_kin(lower: str) -> bool:
    """A lower-case Kazakh word is a kinship noun with a possessive ending."""
    return bool(_KK_KIN_WITH_ENDING.fullmatch(lower))


#: A Kazakh role noun with a possessive or case ending («Адвокатымыз Бауыржан Тілеуов ...»: our
#: lawyer; a newsroom's staff: «Тілшіміз Руслан X», «Әріптесіміз ...», «Редакторы ...»), and a
#: word in the locative starting a sentence («Бейнежазбада Жаманқұлов ...»: in the video), are
#: no given name. Given names in «-зада» (Айзада, Гүлзада) are not locatives.
_KK_ROLE_WITH_ENDING = re.compile(
    r"(?:адвокат|қорғаушы|айыптаушы|судья|прокурор|тергеуші|"
    r"(?:фото)?тілші|журналис|редактор|әріптес|қызметкер|шолушы|корреспондент)\w+"
)
_KK_LOCATIVE = re.compile(r"\w{4,}(?<!за)(?:да|де|та|те|нда|нде)")
#: A Kazakh word in the dative after a final «қ», «к» («деді Азаттыққа Сәкеновтің адвокаты»: told
#: Azattyq): in Kazakh a name's case ending goes on its last word, so a word before a surname
#: bearing one is no given name. (Not «-ға», «-ке» alone: «Дариға», «Мәлике» are given names.)
_KK_DATIVE = re.compile(r"\w{3,}(?:ққа|кке)")
#: A Kazakh word made an attribute by «-дағы», «-дегі», «-тағы», «-тегі» («Қорғауымдағы Жандос
#: X-ұлы»: the one under my defence; «Алматыдағы», «соттағы»): it says where or whose someone
#: is, and no Kazakh given name or surname ends so.
_KK_LOCATIVE_ATTRIBUTE = re.compile(r"\w{3,}(?:дағы|дегі|тағы|тегі)")
#: A Kazakh verbal noun («қудалау», «сөйлеу»), opening a sentence: no given name.
_KK_VERBAL_NOUN = re.compile(r"\w{3,}(?:лау|леу|дау|деу|тау|теу)")


def kazakh_not_given(word: str, first_in_sentence: bool) -> bool:
    """A Kazakh capitalised word before a surname that is no given name (see above)."""
    lower = word.lower()
    if (
        _KK_ROLE_WITH_ENDING.fullmatch(lower)
        or kazakh_kin(lower)
        or _KK_DATIVE.fullmatch(lower)
        or _KK_LOCATIVE_ATTRIBUTE.fullmatch(lower)
    ):
        return True
    # («Қудалау Серікқызының мақаласынан кейін басталды»: a verbal noun, the persecution)
    return first_in_sentence and bool(
        _KK_LOCATIVE.fullmatch(lower) or _KK_VERBAL_NOUN.fullmatch(lower)
    )


def english_role(word: str) -> bool:
    """ "Host Dina X", "Moderator Aliya X": an English role noun (`roles.ROLE_NOUN`)."""
    from bot.extract.roles import ROLE_NOUN  # (roles reads names: imported when first asked)

    return bool(ROLE_NOUN["en"].fullmatch(word))


def in_quotes(text: str, start: int, end: int) -> bool:
    """The span `text[start:end]` stands alone between quotation marks."""
    return (
        start > 0
        and text[start - 1] in _QUOTES_OPEN
        and end < len(text)
        and text[end] in _QUOTES_CLOSE
    )
