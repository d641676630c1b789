"""Tokens and numbers written in words, in Russian, Kazakh and English.

Used by the term, hours and amount parsers. `number_from_words` reads a run of number words
("двадцать пять", "жиырма бес", "twenty-five", "екі жүз") and returns None for anything it does
not know, so a caller refuses rather than guesses. Values are bounded (at most 999 999).
"""

from __future__ import annotations

import re
import unicodedata

#: Words that are a value on their own (added to the running number).
_UNITS: dict[str, int] = {}
#: Words that multiply what precedes them ("екі жүз", "two hundred", "две тысячи").
_MULTIPLIERS: dict[str, int] = {}


def _add(values: dict[str, int], value: int, *forms: str) -> None:
    for form in forms:
        values[form] = value


# Russian (nominative, with the feminine and accusative forms used with «год»/«неделя»).
for value, forms in (
    (1, ("один", "одна", "одну", "одного", "одно")),
    (2, ("два", "две", "двух")),
    (3, ("три", "трех", "трёх")),
    (4, ("четыре", "четырех", "четырёх")),
    (5, ("пять", "пяти")),
    (6, ("шесть", "шести")),
    (7, ("семь", "семи")),
    (8, ("восемь", "восьми")),
    (9, ("девять", "девяти")),
    (10, ("десять", "десяти")),
    (11, ("одиннадцать",)),
    (12, ("двенадцать",)),
    (13, ("тринадцать",)),
    (14, ("четырнадцать",)),
    (15, ("пятнадцать",)),
    (16, ("шестнадцать",)),
    (17, ("семнадцать",)),
    (18, ("восемнадцать",)),
    (19, ("девятнадцать",)),
    (20, ("двадцать",)),
    (30, ("тридцать",)),
    (40, ("сорок",)),
    (50, ("пятьдесят",)),
    (60, ("шестьдесят",)),
    (70, ("семьдесят",)),
    (80, ("восемьдесят",)),
    (90, ("девяносто",)),
    (100, ("сто",)),
    (200, ("двести",)),
    (300, ("триста",)),
    (400, ("четыреста",)),
    (500, ("пятьсот",)),
    (600, ("шестьсот",)),
    (700, ("семьсот",)),
    (800, ("восемьсот",)),
    (900, ("девятьсот",)),
):
    _add(_UNITS, value, *forms)
_add(_MULTIPLIERS, 1000, "тысяча", "тысячи", "тысяч")

# Kazakh: tens are words of their own, hundreds and thousands multiply ("екі жүз").
for value, forms in (
    (1, ("бір",)),
    (2, ("екі",)),
    (3, ("үш",)),
    (4, ("төрт",)),
    (5, ("бес",)),
    (6, ("алты",)),
    (7, ("жеті",)),
    (8, ("сегіз",)),
    (9, ("тоғыз",)),
    (10, ("он",)),
    (20, ("жиырма",)),
    (30, ("отыз",)),
    (40, ("қырық",)),
    (50, ("елу",)),
    (60, ("алпыс",)),
    (70, ("жетпіс",)),
    (80, ("сексен",)),
    (90, ("тоқсан",)),
):
    _add(_UNITS, value, *forms)
_add(_MULTIPLIERS, 100, "жүз")
_add(_MULTIPLIERS, 1000, "мың")

# English.
for value, forms in (
    (1, ("one", "a", "an")),
    (2, ("two",)),
    (3, ("three",)),
    (4, ("four",)),
    (5, ("five",)),
    (6, ("six",)),
    (7, ("seven",)),
    (8, ("eight",)),
    (9, ("nine",)),
    (10, ("ten",)),
    (11, ("eleven",)),
    (12, ("twelve",)),
    (13, ("thirteen",)),
    (14, ("fourteen",)),
    (15, ("fifteen",)),
    (16, ("sixteen",)),
    (17, ("seventeen",)),
    (18, ("eighteen",)),
    (19, ("nineteen",)),
    (20, ("twenty",)),
    (30, ("thirty",)),
    (40, ("forty",)),
    (50, ("fifty",)),
    (60, ("sixty",)),
    (70, ("seventy",)),
    (80, ("eighty",)),
    (90, ("ninety",)),
):
    _add(_UNITS, value, *forms)
_add(_MULTIPLIERS, 100, "hundred")
_add(_MULTIPLIERS, 1000, "thousand")

MAX_WORDS_VALUE = 999_999

#: Letters people type for the Kazakh ones on a Russian keyboard ("кыркуйек" for «қыркүйек»).
_KAZAKH_FOLD = str.maketrans("әғқңөұүһі", "агкноуухи")


def fold_kazakh(word: str) -> str:
    return word.translate(_KAZAKH_FOLD)


_UNITS.update({fold_kazakh(k): v for k, v in list(_UNITS.items())})
_MULTIPLIERS.update({fold_kazakh(k): v for k, v in list(_MULTIPLIERS.items())})


def is_number_word(word: str) -> bool:
    return word in _UNITS or word in _MULTIPLIERS


def number_from_words(words: list[str]) -> int | None:
    """The number a run of number words spells, or None if any word is not one or the run is
    malformed ("сто сто")."""
    if not words:
        return None
    total = current = 0
    last_small = 10**9  # the previous additive value: values must decrease ("двадцать пять")
    for word in words:
        if word in _MULTIPLIERS:
            factor = _MULTIPLIERS[word]
            if factor == 1000:
                total += max(current, 1) * 1000
                current, last_small = 0, 10**9
            else:  # hundred
                current = max(current, 1) * factor
                last_small = factor
            continue
        value = _UNITS.get(word)
        if value is None or value >= last_small:
            return None
        current += value
        last_small = value
    result = total + current
    return result if 0 < result <= MAX_WORDS_VALUE else None


_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+", re.UNICODE)


def normalise(text: str) -> str:
    """Lower case, NFC, ё as е, hyphens and dashes between words as spaces."""
    text = unicodedata.normalize("NFC", text).casefold().replace("ё", "е")
    return re.sub(r"[\u2010-\u2015\-]", " ", text)


def tokens(text: str) -> list[str]:
    """Numbers (with an optional decimal part) and words; punctuation is dropped."""
    return _TOKEN.findall(normalise(text))
