"""Spelling-independent keys for place names, and the Latin spelling shown to readers.

A town is typed in Kazakh (Ақтөбе, Талғар), Russian (Актобе, Талгар) or one of several Latin
conventions (Aktobe, Aqtöbe, Talghar, Zhezqazghan, Dzhezkazgan). `key` folds all of them to one
string of plain Latin letters; the rules are explicit tables (no transliteration library writes
Kazakh correctly) and their order matters:

- Latin diacritics drop (ö → o, ū → u; ı, ş, ç, ğ as Turkish-style Kazakh Latin writes them);
  the 2018 alphabet's S'/C' are sh/ch;
- Kazakh letters become the Russian letter a Russian text writes for them (қ → к, ғ → г,
  ө → о, ұ/ү → у, ә → а, ң → н, і → и, һ → х), ё → е, й → и;
- Cyrillic is romanised, then the romanisations are erased: shch/sch → sh, dzh/dj/j → zh,
  kh → h, gh → g, q → k, y → i, ie → e, doubled letters once; spaces, hyphens and
  apostrophes drop (Ust-Kamenogorsk = Усть Каменогорск); digits stay
  (Целиноград-25 is not Целиноград).

Invariant: `key` is pure and deterministic; the packaged data is indexed with it at load time,
so changing a rule never needs a rebuild of the data file.
"""

from __future__ import annotations

import functools
import re
import unicodedata

#: Kazakh letters → the Russian letter written for them in Russian texts.
_KAZAKH_TO_RUSSIAN = str.maketrans("әғқңөұүһіёй", "агкноуухиеи")

_CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Letters of neighbouring alphabets that appear in spellings of Kazakh places.
    "ў": "u", "є": "e", "ї": "i", "ґ": "g", "ј": "j", "ҳ": "h", "ӣ": "i", "ӯ": "u",
}  # fmt: skip

#: Latin letters that NFKD does not decompose, or decomposes the wrong way for Kazakh.
_LATIN = {"ı": "i", "ş": "sh", "ç": "ch", "ğ": "g", "ə": "a", "ø": "o", "æ": "ae", "ß": "ss"}

_NON_LETTERS = re.compile(r"[^a-z0-9]+")
_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"shch|sch"), "sh"),
    (re.compile(r"dzh|dj|j"), "zh"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"gh"), "g"),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"ie"), "e"),
    (re.compile(r"(.)\1+"), r"\1"),
)


def _plain_letters(text: str) -> str:
    """Lower case with Latin diacritics dropped; Cyrillic letters kept as they are."""
    out = []
    for char in text.casefold():
        char = _LATIN.get(char, char)
        if "a" <= char <= "z" or "а" <= char <= "я" or char in "0123456789әғқңөұүһіёйўєїґјҳӣӯ":
            out.append(char)
            continue
        # ā, ö, ū ... → a, o, u. Cyrillic letters never reach here.
        base = unicodedata.normalize("NFKD", char)[:1]
        out.append(base if "a" <= base <= "z" else " ")
    return "".join(out)


#: The 2018 Kazakh Latin alphabet wrote ш and ч as S' and C' (S'ymkent); only before a vowel,
#: as Ukrainian and scholarly romanisations write a soft sign there (Ural's'k, Akmolins'k).
#: Other apostrophes (Aqto'be, Shul'ba) just drop.
_APOSTROPHE_DIGRAPH = re.compile(r"([sc])['’ʼ`´](?=[aeiouyäöüıəáéíóú])", re.IGNORECASE)


#: Single letters rewritten after the digraphs (q → k, w → v, y → i): one translate, as no
#: digraph rule produces or reads them.
_SINGLE_LETTERS = str.maketrans("qwy", "kvi")


@functools.lru_cache(maxsize=1 << 16)
def key(text: str) -> str:
    """The folded key of a place name: 'Ақтөбе', 'Актобе', 'Aqtöbe' and 'AKTOBE' are equal.
    Cached: the ~10,000 places share many names (Акжар, Ақжар), and queries repeat them."""
    text = _APOSTROPHE_DIGRAPH.sub(r"\1h", text)
    plain = _plain_letters(text).translate(_KAZAKH_TO_RUSSIAN)
    latin = "".join(_CYRILLIC_TO_LATIN.get(char, char) for char in plain)
    folded = _NON_LETTERS.sub("", latin)
    for pattern, replacement in _REWRITES[:4]:
        folded = pattern.sub(replacement, folded)
    folded = folded.translate(_SINGLE_LETTERS)
    for pattern, replacement in _REWRITES[4:]:
        folded = pattern.sub(replacement, folded)
    return folded


#: Kazakh/Russian Cyrillic → the Latin spelling used in English texts (Talgar, Zhezkazgan,
#: Oskemen, Konaev): the spelling of the project's region labels.
_DISPLAY_LATIN = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e",
    "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y", "і": "i", "к": "k", "қ": "k",
    "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
}  # fmt: skip


def display_latin(cyrillic: str) -> str:
    """'Талдықорған' → 'Taldykorgan', 'Усть-Таловка' → 'Ust-Talovka' (case kept per letter)."""
    out = []
    for char in cyrillic:
        lower = char.lower()
        latin = _DISPLAY_LATIN.get(lower)
        if latin is None:
            out.append(char)
        elif char != lower and latin:
            out.append(latin[0].upper() + latin[1:])
        else:
            out.append(latin)
    return "".join(out)


#: Letters only Kazakh (among Russian and Kazakh) writes.
KAZAKH_LETTERS = frozenset("әғқңөұүһі")
#: Letters of other Cyrillic alphabets (Uzbek, Tajik, Ukrainian, Belarusian, Serbian):
#: a name containing one is not a Kazakh or Russian spelling.
FOREIGN_CYRILLIC = frozenset("ўҳӣӯҷєїґјђћљњџ")
