"""Fold any spelling of a name or place of Kazakhstan to one canonical phonetic key.

People write the same name in Kazakh Cyrillic (Ерқын), Russian Cyrillic (Еркин), Uzbek,
Uyghur, Tatar or Ukrainian Cyrillic, and in several Latin spellings (Yerkyn, Yerkin, Erkin,
Jerkin), surname first or last. Transliteration packages get Kazakh letters wrong (one turns
Әлібек into "@libek"), so the mapping is explicit here, table by table, and tested; the keys are
computed in Python and stored.

Invariants:

- Every spelling is first written in plain lower-case Latin (`romanise`: Cyrillic letters of
  every alphabet above to their usual romanisation, Latin diacritics and apostrophes folded), then
  the differences between romanisations are erased by the same ordered rewrites (`fold_word`),
  whatever the script typed: a rule therefore never breaks cross-script agreement, it only merges.
- The key is deliberately lossy, in the direction of recall. Its alphabet is a-z where
  j = ж/zh/dzh/j, x = ш/sh/sch/shch/š, c = ч/ch/tch/č, g = г/ғ/х/һ/h/kh/gh/x (Russian writes
  Ukrainian г and Kazakh h alike), k = к/қ/q/c (before a, o, u), i = и/і/ы/й/y, e = е/ё/э/ye/yo.
- Surname and patronymic endings are cut from a word's end (the stem keeps 3+ letters), so
  Zhaubatyrov, Zhaubatyrova and Zhaubatyr share a key, and Kairatovich, Kairatovna, Kairatuly and
  Kairatkyzy all give "kairat", the father's given name.
- `edits_allowed` grows with the length of a key: typo look-ups tolerate one edit up to 7
  letters and two beyond.

Places map every name the gazetteer (db.places) knows — current, former, Kazakh, Russian, Latin
— to today's (Aktyubinsk → Aktobe, Alma-Ata → Almaty, Leninogorsk → Ridder).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import NamedTuple

from rapidfuzz.distance import OSA

from db.places import REGION_CODES, all_names, all_places, canonical_name, find_region

#: Cyrillic letters to plain Latin. Kazakh, Uzbek, Uyghur, Tatar, Karakalpak and Ukrainian
#: letters fold to what a Russian document would write for them (қ→к, ұ/ү/ў→у, ә→а, ө→о,
#: ғ/ґ→г, ң→н, і/ї→и, һ/ҳ→х, җ→ж, є→е).
CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "sh", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Kazakh
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    # Uzbek, Tajik, Karakalpak
    "ў": "u", "ҳ": "h", "ӯ": "u", "ӣ": "i",
    # Uyghur, Tatar, Bashkir
    "җ": "zh", "ҙ": "z", "ҫ": "s", "ӊ": "n",
    # Ukrainian, Belarusian
    "є": "ye", "ї": "yi", "ґ": "g",
}  # fmt: skip

#: Latin letters that NFKD would not fold the way these names need: Kazakh 2021, Turkish-style,
#: Azerbaijani, ISO 9 / scholarly (š č ž: Ševčuk is Shevchuk), Polish.
LATIN = {
    "ä": "a", "ö": "o", "ü": "u", "ū": "u", "ğ": "g", "ş": "sh", "ç": "ch", "ñ": "n",
    "ı": "i", "ə": "a", "ß": "ss", "æ": "ae", "ø": "o",
    "š": "sh", "č": "ch", "ž": "zh", "ś": "sh", "ć": "ch", "ź": "z", "ż": "zh", "ł": "l",
    "ǧ": "g", "ǵ": "g", "ṣ": "s", "ḥ": "h", "ġ": "g", "ŋ": "ng", "ʒ": "zh",
}  # fmt: skip

#: Korean surnames of Kazakhstan's Koryo-saram: the Latin romanisations (South Korean,
#: McCune–Reischauer, English press) to the Russian form their documents carry, as romanised.
#: Matched on the whole romanised word.
KOREAN_SURNAMES = {
    "lee": "li", "rhee": "li", "yi": "li", "ri": "li", "rhie": "li",
    "park": "pak", "bak": "pak", "pack": "pak", "paek": "pak",
    "choi": "tsoi", "choe": "tsoi", "choy": "tsoi", "tsoy": "tsoi", "coi": "tsoi",
    "hwang": "khvan", "hvan": "khvan", "khwan": "khvan",
    "kwon": "kvon", "gwon": "kvon",
    "gim": "kim", "kimm": "kim",
    "ahn": "an",
    "yoon": "yun",
    "kang": "kan", "gang": "kan",
    "moon": "mun",
    "jeong": "ten", "chong": "ten", "chung": "ten", "jung": "ten",
    "sin": "shin",
    "song": "son",
    "hong": "khon",
    "yang": "yan",
    "oh": "o",
    "nahm": "nam",
}  # fmt: skip

#: Apostrophes and turned commas (ʻ is Uzbek and Karakalpak oʻ, gʻ). In the Uzbek Latin
#: alphabet oʻ is ў (Russian у); the 2018 Kazakh alphabet's S'=ш, C'=ч; other apostrophes drop.
_APOSTROPHE_CHARS = "'’ʼ`´ʻ‘ʹ"
_UZBEK_O = re.compile(f"o[{_APOSTROPHE_CHARS}]")
_APOSTROPHE = re.compile(f"([sc])[{_APOSTROPHE_CHARS}]")
_APOSTROPHES = re.compile(f"[{_APOSTROPHE_CHARS}]")
_NON_LETTERS = re.compile(r"[^a-z]+")
_VOWELS = "aeiou"

#: Ordered rewrites of a romanised word (order matters: each rule sees the output of the
#: previous ones). One line per class of romanisation difference.
_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = (
    # j as й (Sergej, Nikolaj, Majkov): at the end of a word or between a vowel and a consonant.
    # Elsewhere j is ж (Kazakh Latin: Jaubatyrov, Nurjan).
    (re.compile(r"(?<=[aeiouy])j(?=[^aeiouy]|$)"), "y"),
    # ... and before -ev- after a vowel, as ISO writes Nikolajevič, Andrejev (Николаевич).
    (re.compile(r"(?<=[aeiou])j(?=ev)"), "y"),
    # Uzbek o for Russian a in the names of Arabic origin (Ismoil = Исмаил, Abdulloh =
    # Абдулла, Nurulloh = Нурулла).
    (re.compile(r"moil"), "mail"),
    (re.compile(r"ulloh?(?=[^aeiou]|$)"), "ulla"),
    # x as ks only in the European names that use it (Alexandr, Maxim, Xenia); otherwise x is
    # х, as Uzbek, Uyghur, Azerbaijani and informal Kazakh Latin write it (Xalilov).
    (re.compile(r"^(ale|ma)x"), r"\1ks"),
    (re.compile(r"^xen"), "ksen"),
    (re.compile(r"x"), "kh"),
    (re.compile(r"w"), "u"),
    (re.compile(r"ph"), "f"),
    # щ: shch, sch (Shchukin, Ishchenko, Ischenko) are ш.
    (re.compile(r"shch|sch|szcz"), "sh"),
    (re.compile(r"tch|tsch|cz"), "ch"),
    # ж
    (re.compile(r"dzh|dj|zh"), "j"),
    # c: ch stays ч; ck and c before a, o, u or a consonant are к (Constantine); before e, i, y
    # c is ц (Cigankov).
    (re.compile(r"ck"), "k"),
    (re.compile(r"c(?=[eiy])"), "ts"),
    (re.compile(r"c(?!h)"), "k"),
    # ш and ч become one letter each (x, c), so that h is free to mean one thing.
    (re.compile(r"sh"), "x"),
    (re.compile(r"ch"), "c"),
    # х, һ, Ukrainian г (Hnatiuk, Oleh) and Kazakh ғ (gh) all become g.
    (re.compile(r"kh|gh|h"), "g"),
    (re.compile(r"q"), "k"),
    # н: ng (English press for ң, Korean names: Kang, Song; Cyrillic нг alike) is н.
    (re.compile(r"ng+"), "n"),
    (re.compile(r"y"), "i"),
    # е: a leading ye/ie (Yerkin/Erkin, Есенов/Yesenov), and ё as yo/io after a consonant or
    # at the start (Fyodorov, Semyonova, Artyom = Фёдоров, Семёнова, Артём).
    (re.compile(r"^ie"), "e"),
    (re.compile(r"(?<![aeiou])io"), "e"),
    # Uzbek -boy is Kazakh and Russian -бай (Oʻrinboyev = Уринбаев).
    (re.compile(r"(?<=[a-z]{3})boi?(?=ev$)"), "ba"),
    (re.compile(r"(?<=[a-z]{3})boi$"), "bai"),
    # i between vowels drops (Baktybayev/Baktybaev).
    (re.compile(r"(?<=[aeiou])i(?=[aeiou])"), ""),
)
_DOUBLED = re.compile(r"(.)\1+")

#: Endings cut from folded words, longest first, to the stem they leave. Surname endings name
#: the family (-ov/-ova, -in/-ina, -sky/-skaya); patronymic endings name the father, whose given
#: name is the stem (-ovich/-ovna Russian, -ivna Ukrainian, -uly/-kyzy Kazakh, -ogly/-ugli Uzbek
#: and Azerbaijani).
SURNAME_ENDINGS = ("skaa", "skii", "ova", "eva", "ina", "ski", "ov", "ev", "in")
PATRONYMIC_ENDINGS = ("ovic", "evic", "ovna", "evna", "ivna", "icna", "kizi", "ogli", "ugli", "uli")
_ENDINGS = tuple(sorted((*SURNAME_ENDINGS, *PATRONYMIC_ENDINGS), key=lambda e: (-len(e), e)))
_STEM_OF = {"skaa": "sk", "skii": "sk", "ski": "sk"}
#: Endings that need a longer stem to be cut: -in/-ina end many given names (Marina, Galina).
_MIN_STEM = {"in": 4, "ina": 4}
#: Separate words saying "son/daughter of" (Nurlan uly, Ali ogly, Gulnora qizi).
_PATRONYMIC_WORDS = frozenset({"uli", "kizi", "ogli", "ugli", "oglu"})


def romanise(text: str) -> str:
    """Lower-case plain Latin: Cyrillic of every alphabet in CYRILLIC, Latin diacritics and
    apostrophes folded."""
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
    plain = _UZBEK_O.sub("u", plain)
    plain = _APOSTROPHE.sub(lambda m: m.group(1) + "h", plain)
    return _APOSTROPHES.sub("", plain)


def _fold_unmerged(word: str) -> str:
    word = KOREAN_SURNAMES.get(word, word)
    for pattern, replacement in _REWRITES:
        word = pattern.sub(replacement, word)
    return word


def fold_word(word: str) -> str:
    """The phonetic key of one romanised word (letters a-z only), ending kept."""
    return _DOUBLED.sub(r"\1", _fold_unmerged(word))


def _split_ending(folded: str) -> tuple[str, str]:
    """(stem, ending) of an unmerged folded word; ending '' when none is cut."""
    if folded in _PATRONYMIC_WORDS:
        return folded, ""
    for ending in _ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= _MIN_STEM.get(ending, 3):
            return folded[: -len(ending)] + _STEM_OF.get(ending, ""), ending
    return folded, ""


class Word(NamedTuple):
    """One word of a name: `key` the stem, `full` the word with its ending, `ending` what was
    cut ('' when nothing was)."""

    key: str
    full: str
    ending: str

    @property
    def looks_patronymic(self) -> bool:
        return self.ending in PATRONYMIC_ENDINGS

    @property
    def looks_surname(self) -> bool:
        return self.ending in SURNAME_ENDINGS


def name_parts(text: str, limit: int = 6) -> list[Word]:
    """The words of a name, in order, without duplicates or "uly"/"kyzy" words."""
    return list(_name_parts(text, limit))


@functools.lru_cache(maxsize=1 << 16)
def _name_parts(text: str, limit: int) -> tuple[Word, ...]:
    # Cached: names repeat (judges, common names), and a bulk reindex folds millions.
    words: list[Word] = []
    seen: set[str] = set()
    for raw in _NON_LETTERS.split(romanise(text)):
        if not raw:
            continue
        folded = _fold_unmerged(raw)
        # Endings are cut before doubled letters merge: Төлеуұлы → toleu|uli, as Төлеуов.
        stem, ending = _split_ending(folded)
        key = _DOUBLED.sub(r"\1", stem)
        # Initials (A. A.) say too little to be keys.
        if len(key) < 2 or key in _PATRONYMIC_WORDS or key in seen:
            continue
        seen.add(key)
        words.append(Word(key, _DOUBLED.sub(r"\1", folded), ending))
        if len(words) >= limit:
            break
    return tuple(words)


def name_words(text: str, limit: int = 6) -> list[tuple[str, str]]:
    """(key, unstemmed key) of each word of a name (see name_parts). The unstemmed form lets a
    typo in a surname ending still be found."""
    return [(w.key, w.full) for w in name_parts(text, limit)]


def name_tokens(text: str, limit: int = 6) -> list[str]:
    """The keys of the words of a name (see name_parts)."""
    return [w.key for w in name_parts(text, limit)]


#: Surname endings (male, female) by family, for a surname typed with another ending than the
#: one recorded (Yesenov for Yesenova). The same family is closest (-ov/-ova are one suffix
#: inflected for gender; -uly/-kyzy are patronymic words, which thousands of people carry as
#: "son of Esen" without being Yesenovs), and within a family the same gender.
_ENDING_FAMILIES = (
    (("ov", "ev"), ("ova", "eva")),
    (("in",), ("ina",)),
    (("uli",), ("kizi",)),
)


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


def pair_key(first: str, second: str) -> str:
    """An order-free key of two name words: 'Sabanshiev Yerkin' = 'Yerkin Sabanshiev'."""
    return " ".join(sorted((first, second)))


def name_pairs(tokens: list[str]) -> list[str]:
    return list(
        dict.fromkeys(
            pair_key(a, b) for i, a in enumerate(tokens) for b in tokens[i + 1 :] if a != b
        )
    )


# --- roles ------------------------------------------------------------------------------------

SURNAME, GIVEN, PATRONYMIC = "s", "g", "p"
#: A surname word with its ending as written (Yesenova, Serikuly): ranks the surname typed
#: exactly before the same stem with another ending.
SURNAME_AS_WRITTEN = "S"


def role_key(role: str, key: str) -> str:
    """A word's key tagged with its role in the name: 's:jaubatir', 'g:asilgan', 'p:kairat'."""
    return f"{role}:{key}"


def guess_roles(text: str) -> tuple[str | None, str | None, str | None]:
    """(surname, given names, patronymic) of a name whose parts were not recorded, or Nones
    when the name does not say: the one word in capitals is the surname (SABANSHIYEV Yerkyn),
    else the one word with a surname ending; a last word with a patronymic ending after two
    others is the patronymic."""
    raw = [w for w in re.split(r"[\s,]+", text.strip()) if w]
    if len(raw) < 2:
        return None, None, None
    caps = [w for w in raw if w.isupper() and len(w) > 1]
    parts = [name_parts(w, 1) for w in raw]
    if len(caps) == 1:
        surname = caps[0]
    else:
        surnamish = [w for w, p in zip(raw, parts, strict=True) if p and p[0].looks_surname]
        if len(surnamish) != 1:
            return None, None, None
        surname = surnamish[0]
    rest = [w for w in raw if w is not surname]
    patronymic = None
    last = name_parts(rest[-1], 1)
    if len(rest) >= 2 and last and last[0].looks_patronymic:
        patronymic = rest.pop()
    return surname, " ".join(rest) or None, patronymic


def role_keys(surname: str | None, given: str | None, patronymic: str | None) -> set[str]:
    """The role keys of a name recorded in parts (every word of a double surname or of
    hyphenated given names)."""
    keys: set[str] = set()
    for role, text in ((SURNAME, surname), (GIVEN, given), (PATRONYMIC, patronymic)):
        if text:
            keys.update(role_key(role, w.key) for w in name_parts(text))
    if surname:
        keys.update(role_key(SURNAME_AS_WRITTEN, w.full) for w in name_parts(surname))
    return keys


def query_roles(word: Word, key: str | None = None) -> list[str]:
    """The roles a query word can have, as role keys of `key` (default: the word's own):
    a patronymic ending says patronymic (or a surname of the -uly form), a surname ending says
    surname, a bare word is a given name or a surname written without ending."""
    key = key or word.key
    if word.looks_patronymic:
        return [role_key(PATRONYMIC, key), role_key(SURNAME, key)]
    if word.looks_surname:
        return [role_key(SURNAME, key)]
    return [role_key(GIVEN, key), role_key(SURNAME, key)]


# --- places -----------------------------------------------------------------------------------


def _place_key(text: str) -> str:
    return fold_word(_NON_LETTERS.sub("", romanise(text)))


@functools.cache
def _gazetteer_keys() -> dict[str, str]:
    """The folded key of every spelling in the gazetteer (db.places: current, former, Kazakh,
    Russian, Latin names) → the key of the place's name today. Where two places share a
    spelling, the more populous (listed first by the gazetteer per region) keeps it."""
    keys: dict[str, str] = {}
    places = sorted(all_places(), key=lambda p: -(p.population or 0))
    for place in places:
        today = _place_key(place.name_latin)
        for spelling in all_names(place):
            keys.setdefault(_place_key(spelling), today)
    return keys


def place_key(text: str) -> str:
    """The key of a place: today's name in the gazetteer (db.places), folded; for a place the
    gazetteer does not know, the text folded with all words run together.

    Aktobe, Aqtöbe, Актобе, Ақтөбе and Aktyubinsk all give the same key; so do Alma-Ata and
    Alma Ata, Tselinograd and Astana, Leninogorsk and Ridder.
    """
    today = canonical_name(text)
    key = _place_key(text)
    if today:
        return _place_key(today)
    return _gazetteer_keys().get(key, key)


def region_of(text: str | None) -> str | None:
    """The region code (db.places.REGION_CODES) of a region given as a code or named in any
    language and form ('aktobe', 'Aktobe oblast', «Актюбинская область», «Ақтөбе облысы»)."""
    if not text:
        return None
    if text in REGION_CODES:
        return text
    return find_region(text)


# --- typos ------------------------------------------------------------------------------------


def edits_allowed(key: str) -> int:
    """Typos tolerated in a key: one up to 7 letters (two-letter names too: Li/Le), two in
    longer words (Mukhammedzhanov typed with two slips)."""
    return 1 if len(key) <= 7 else 2


def deletions(key: str, depth: int | None = None) -> frozenset[str]:
    """The key and every string up to `depth` letters shorter (default edits_allowed): two
    keys within `depth` edits of each other share at least one member (symmetric deletion),
    so typo candidates come from one indexed IN look-up, never a scan."""
    return _deletions(key, edits_allowed(key) if depth is None else depth)


@functools.lru_cache(maxsize=1 << 16)
def _deletions(key: str, depth: int) -> frozenset[str]:
    variants = {key}
    frontier = {key}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier if len(w) > 1 for i in range(len(w))}
        variants |= frontier
    return frozenset(variants)


def edit_distance(a: str, b: str) -> int:
    """Insertions, deletions, substitutions and swaps of neighbouring letters (optimal string
    alignment distance)."""
    return int(OSA.distance(a, b))


def within_one_edit(a: str, b: str) -> bool:
    """True when a and b differ by at most one insertion, deletion, substitution or swap of
    two neighbouring letters."""
    return edit_distance(a, b) <= 1


def unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))
