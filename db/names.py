"""Fold any spelling of a Kazakh or Russian name or place to one canonical phonetic key.

People write the same name in Kazakh Cyrillic (Ерқын), in Russian Cyrillic (Еркин) and in
several Latin spellings (Yerkyn, Yerkin, Erkin), surname first or last. Transliteration
packages get Kazakh letters wrong, and PostgreSQL's unaccent/trigram support folds almost none of
them, so the mapping is explicit here and the keys are computed in Python and stored.

The key is deliberately lossy, in the direction of recall: every spelling is first written
in a plain Latin alphabet (Kazakh and Russian letters to their usual romanisation, Latin
diacritics dropped), then the differences between romanisations are erased:

- zh, dzh, j → j          (Жаубатыров, Zhaubatyrov, Jaubatyrov)
- y → i, ii → i           (Yerkyn/Yerkin, Sabanshiyev/Sabanshiev)
- a leading ye/ie → e     (Yerkin/Erkin, Есенов/Yesenov)
- i between vowels drops  (Baktybayev/Baktybaev)
- kh → h, gh → g, q → k, w → u, x → ks, doubled letters once
- surname endings -ov/-ev/-ova/-eva and the Kazakh -uly/-kyzy are cut from a word's end, so
  Zhaubatyrov, Zhaubatyrova and Zhaubatyr share a key; separate "uly"/"kyzy" words drop.

Places also map old and Russian names to today's (Aktyubinsk → Aktobe, Alma-Ata → Almaty).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

#: Kazakh and Russian Cyrillic to a plain Latin romanisation. Kazakh letters fold to the Russian
#: letter a Russian document would write for them (қ→к, ұ/ү→у, ә→а, ө→о, ғ→г, ң→н, і→и, һ→х).
CYRILLIC = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "zh", "з": "z", "и": "i", "й": "i", "і": "i", "к": "k", "қ": "k", "л": "l", "м": "m",
    "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "sh", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip

#: Latin letters of the Kazakh (2021), Turkish-style and other alphabets that NFKD would not
#: fold the way Kazakh names need (ı is not i + accent; ş is sh, not s).
LATIN = {
    "ä": "a", "ö": "o", "ü": "u", "ū": "u", "ğ": "g", "ş": "sh", "ç": "ch", "ñ": "n",
    "ı": "i", "ə": "a", "ß": "ss", "æ": "ae", "ø": "o",
}  # fmt: skip

#: The 2018 apostrophe alphabet (S'=ш, C'=ч); other apostrophes just drop.
_APOSTROPHE = re.compile(r"([sc])['’ʼ`´]")
_APOSTROPHES = re.compile(r"['’ʼ`´]")
_NON_LETTERS = re.compile(r"[^a-z]+")
_VOWELS = "aeiou"
#: Ordered rewrites on the romanised word (order matters: dzh before zh, kh before h...).
_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"dzh|dj|zh"), "j"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"gh"), "g"),
    (re.compile(r"q"), "k"),
    (re.compile(r"w"), "u"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"y"), "i"),
    (re.compile(r"^ie"), "e"),
    (re.compile(r"(?<=[aeiou])i(?=[aeiou])"), ""),
)
_DOUBLED = re.compile(r"(.)\1+")
#: Endings cut from folded name words (longest first); the stem must keep 3+ letters.
_SURNAME_ENDINGS = ("ova", "eva", "kizi", "uli", "ov", "ev")
_PATRONYMIC_WORDS = frozenset({"uli", "kizi", "ogli", "ugli"})


def romanise(text: str) -> str:
    """Lower-case plain Latin: Cyrillic (Kazakh and Russian) and Latin diacritics folded."""
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text.lower()):
        if char in CYRILLIC:
            out.append(CYRILLIC[char])
        elif char in LATIN:
            out.append(LATIN[char])
        else:
            out.append(char)
    plain = unicodedata.normalize("NFKD", "".join(out))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    plain = _APOSTROPHE.sub(lambda m: m.group(1) + "h", plain)
    return _APOSTROPHES.sub("", plain)


def fold_word(word: str) -> str:
    """The phonetic key of one romanised word (letters a-z only)."""
    for pattern, replacement in _REWRITES:
        word = pattern.sub(replacement, word)
    return _DOUBLED.sub(r"\1", word)


def _stem_unmerged(word: str) -> str:
    for pattern, replacement in _REWRITES:
        word = pattern.sub(replacement, word)
    if word in _PATRONYMIC_WORDS:
        return word
    for ending in _SURNAME_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    return _DOUBLED.sub(r"\1", word)


#: Surname endings (male, female) by family, for a surname typed with another ending than the
#: one recorded (Yesenov for Yesenova). The same family is closest (-ov/-ova are one suffix
#: inflected for gender; -uly/-kyzy are patronymic words, which thousands of people carry as
#: "son of Esen" without being Yesenovs), and within a family the same gender.
_ENDING_FAMILIES = ((("ov", "ev"), ("ova", "eva")), (("uli",), ("kizi",)))


def ending_variants(key: str, full: str) -> list[str]:
    """Other surname forms of a word typed with a surname ending, closest first, as stored
    (folded, doubled letters merged): 'esenov' → esenev, esenova, eseneva, esenuli, esenkizi.
    Empty when the word has no surname ending (a given name, or a surname typed bare)."""
    if full == key:
        return []
    ending = full[len(key) :] if full.startswith(key) else ""
    families = sorted(_ENDING_FAMILIES, key=lambda f: ending not in (*f[0], *f[1]))
    forms: list[str] = []
    for male, female in families:
        for endings in (female, male) if ending in female else (male, female):
            forms.extend(_DOUBLED.sub(r"\1", key + e) for e in endings)
    return [form for form in dict.fromkeys(forms) if form != full]


def name_words(text: str, limit: int = 6) -> list[tuple[str, str]]:
    """(key, unstemmed key) of each word of a name, in order, without duplicates or
    "uly"/"kyzy" words. The unstemmed form lets a typo in a surname ending still be found."""
    words: list[tuple[str, str]] = []
    seen: set[str] = set()
    for word in _NON_LETTERS.split(romanise(text)):
        if not word:
            continue
        # Endings are cut before doubled letters merge: Төлеуұлы → toleu|uli, as Төлеуов.
        key = _stem_unmerged(word)
        # Initials (A. A.) say too little to be keys.
        if len(key) < 2 or key in _PATRONYMIC_WORDS or key in seen:
            continue
        seen.add(key)
        words.append((key, fold_word(word)))
        if len(words) >= limit:
            break
    return words


def name_tokens(text: str, limit: int = 6) -> list[str]:
    """The keys of the words of a name (see name_words)."""
    return [key for key, _full in name_words(text, limit)]


def pair_key(first: str, second: str) -> str:
    """An order-free key of two name words: 'Sabanshiev Yerkin' = 'Yerkin Sabanshiev'."""
    return " ".join(sorted((first, second)))


def name_pairs(tokens: list[str]) -> list[str]:
    return list(
        dict.fromkeys(
            pair_key(a, b) for i, a in enumerate(tokens) for b in tokens[i + 1 :] if a != b
        )
    )


#: Today's names of places (as the bot writes them) with old, Russian and other spellings.
PLACE_NAMES: dict[str, tuple[str, ...]] = {
    "Aktobe": ("Aktyubinsk", "Актюбинск", "Ақтөбе", "Актобе", "Aqtöbe"),
    "Almaty": ("Alma-Ata", "Алма-Ата", "Алматы", "Verny", "Верный"),
    "Oral": ("Uralsk", "Уральск", "Орал"),
    "Oskemen": ("Ust-Kamenogorsk", "Усть-Каменогорск", "Өскемен"),
    "Semey": ("Semipalatinsk", "Семипалатинск", "Семей"),
    "Astana": ("Nur-Sultan", "Нур-Султан", "Nursultan", "Tselinograd", "Целиноград", "Akmolinsk"),
    "Shymkent": ("Chimkent", "Чимкент", "Шымкент"),
    "Taraz": ("Dzhambul", "Джамбул", "Aulie-Ata", "Әулиеата"),
    "Atyrau": ("Guryev", "Гурьев"),
    "Aktau": ("Shevchenko", "Шевченко"),
    "Petropavl": ("Petropavlovsk", "Петропавловск"),
    "Kyzylorda": ("Kzyl-Orda", "Кзыл-Орда", "Қызылорда"),
    "Konaev": ("Kapchagay", "Kapshagay", "Капчагай", "Қонаев", "Qonaev"),
    "Karaganda": ("Karagandy", "Qaragandy", "Қарағанды"),
    "Kostanay": ("Kustanay", "Кустанай", "Қостанай"),
    "Kokshetau": ("Kokchetav", "Кокчетав", "Көкшетау"),
    "Taldykorgan": ("Taldy-Kurgan", "Талды-Курган", "Талдықорған"),
    "Zhezkazgan": ("Dzhezkazgan", "Джезказган", "Жезқазған"),
    "Turkistan": ("Turkestan", "Туркестан", "Түркістан"),
    "Ekibastuz": ("Ekibastuz", "Екибастуз", "Екібастұз"),
}


def _place_key(text: str) -> str:
    return fold_word(_NON_LETTERS.sub("", romanise(text)))


_PLACE_CANONICAL: dict[str, str] = {}
for _today, _others in PLACE_NAMES.items():
    for _spelling in (_today, *_others):
        _PLACE_CANONICAL[_place_key(_spelling)] = _place_key(_today)


def place_key(text: str) -> str:
    """The key of a place: all words run together, folded, old names mapped to today's.

    Aktobe, Aqtöbe, Актобе, Ақтөбе and Aktyubinsk all give the same key.
    """
    key = _place_key(text)
    return _PLACE_CANONICAL.get(key, key)


def deletions(key: str, min_length: int = 4) -> set[str]:
    """The key and every string one letter shorter (the deletion neighbourhood): two keys
    within one edit of each other share at least one member."""
    variants = {key}
    if len(key) >= min_length:
        variants.update(key[:i] + key[i + 1 :] for i in range(len(key)))
    return variants


def within_one_edit(a: str, b: str) -> bool:
    """True when a and b differ by at most one insertion, deletion, substitution or swap of
    two neighbouring letters (Damerau distance ≤ 1)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


def unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))
