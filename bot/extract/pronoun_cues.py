"""A person told prosecuted by a pronoun right after their name.

A story often names someone in one clause and tells what was done to them in the next, by a
pronoun: "Aibek X is a 20-year-old student. He was detained on 18 November", «Вадим X – это
человек, который ... С 15 сентября он сидит под домашним арестом», «… Бауыржан X. Того же дня
суд приговорил его …», «Мақсат X-ке қатысты: ол 10 қарашада ұсталды», «Ерсаина X, которого
14 октября суд приговорил …».

Invariants:
- the pronoun is read only in the rest of the sentence naming the person and in the one
  sentence after it, up to the next two capitalised words that could be another person's name
  (a name written after ours takes the pronoun over: "… came with Y. She was detained"), and
  up to a quotation or a verb of speech (a neighbour who "said: 'they found him guilty'"
  speaks of someone else); never after a speaker's label ("X: The court found him guilty");
- the pronoun agrees with the surname's gender where the surname shows one (a Russian or
  Kazakh «-ова», «-ева», «-ина», «-қызы» is a woman's, «-ов», «-ев», «-ин», «-ұлы» a man's);
  Kazakh pronouns have no gender;
- the verb is a prosecution's (detained, charged, sentenced, held in custody), never a
  speech's or a trade's, so a witness who "said he was ..." is still told of no prosecution
  of their own unless that clause names them.
This is a cue only: whoever asks (a co-defendant's split) still checks the person is not in a
role (a lawyer, a judge) and that the sentences naming them tell of a criminal case.
"""

from __future__ import annotations

import re

from bot.extract import names

#: A pronoun as the subject of a prosecution's passive or of being held, or as the object of a
#: prosecution's verb, per language and gender ("m", "f"; Kazakh "").
_VERB_EN = (
    r"(?:detained|arrested|charged|sentenced|convicted|remanded|jailed|indicted|"
    r"found\s+guilty|placed\s+(?:in\s+custody|under\s+house\s+arrest))"
)
_EN_SUBJECT = (
    r"\s+(?:was|has\s+been|had\s+been|is\s+being|got|were)\s+(?:[a-z]+ly\s+)?(?:also\s+)?"
    + _VERB_EN
)
_EN_OBJECT = (
    r"\b(?:detained|arrested|charged|sentenced|convicted|jailed|remanded|indicted|found)\s+"
)
_PRONOUN_CUE = {
    ("en", "m"): re.compile(rf"\b(?i:he){_EN_SUBJECT}\b|{_EN_OBJECT}him\b"),
    ("en", "f"): re.compile(rf"\b(?i:she){_EN_SUBJECT}\b|{_EN_OBJECT}her\b"),
}
_RU_PASSIVE = (
    r"(?:был[аи]?\s+)?(?:задержан|арестован|осужд[её]н|приговор[её]н|обвин[её]н|"
    r"взят\w*\s+под\s+стражу|помещ[её]н\w*\s+(?:в\s+СИЗО|под\s+(?:домашний\s+)?арест)|"
    r"(?:сидит|находится|содержится)\s+(?:под\s+(?:домашним\s+)?арестом|под\s+стражей|в\s+СИЗО))"
)
_RU_VERB = r"(?:задержал|арестовал|осудил|приговорил|обвинил|предъявил|взял)\w*"


def _ru(subject: str, objects: str, relatives: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?i:(?<![\w-])(?:{subject})\s+{_RU_PASSIVE}"
        rf"|(?<![\w-])(?:{objects})\s+(?:[а-яё]+\s+){{0,2}}{_RU_VERB}"
        rf"|{_RU_VERB}\s+(?:[а-яё]+\s+){{0,1}}(?:{objects})(?![\w-]))"
        # «Ерсаина X, которого 14 октября суд приговорил»: a relative pronoun right after
        rf"|^\s*,\s*(?i:{relatives})\b[^;!?\n]{{0,100}}?(?:{_RU_VERB}|{_RU_PASSIVE})"
    )


#: «…, которого суд приговорил»: a man's relative pronoun in the genitive right after a name.
_RU_MAN_GENITIVE_WHICH = re.compile(
    rf"^\s*,\s*(?i:которого)\b[^;!?\n]{{0,100}}?(?:{_RU_VERB}|{_RU_PASSIVE})"
)


_KK_VERB = (
    r"(?:ұсталды|ұстады|ұсталған|қамауға\s+алы\w+|сотталды|сотталған|айыпталды|айыпталған|"
    r"айып\s+тағыл\w+|кінәлі\s+деп\s+таны\w+|айыр(?:ды|ған)|күдікті\s+(?:ретінде\s+)?таныл\w+|"
    r"жаза\s+тағайында\w+|үкім\s+шығарды)"
)
_PRONOUN_CUE.update(
    {
        ("ru", "m"): _ru("он", "его|ему", "которого|который|которому"),
        ("ru", "f"): _ru("она", "её|ее|ей", "которую|которая|которой"),
        ("kk", ""): re.compile(
            rf"(?<![\w-])(?i:ол|оны|оған)(?:\s+[^\s.!?;]+){{0,12}}?\s+{_KK_VERB}(?![\w-])"
        ),
    }
)

#: A sentence's end (a full stop not of an initial or of an abbreviation like "Art."), a
#: question's or an exclamation's, or a paragraph's.
_SENTENCE_END = re.compile(r"(?<![\s(]\w)(?<![\s(]\w\w)(?<![A-ZА-ЯЁӘҒҚҢӨҰҮІ])[.!?](?=\s)|\n\s*\n")
#: Where the person starts to speak: a quotation's mark or a verb of speech ("X, a neighbour,
#: said: \"The court found him guilty\"" tells of someone else).
_SPEECH = re.compile(
    r"[«“„\"]|\b(?:said|says|told|wrote|asked|сказал\w*|говорит|заявил\w*|пишет|написал\w*|"
    r"деді|дейді|айтты|жазды)\b",
    re.IGNORECASE,
)
#: Two capitalised words in a row: another person's given name and surname, or a court's or a
#: town's name (told apart by `_NO_PERSON`).
_OTHER_NAME = re.compile(rf"(?<![\w-])([{names.UPPER}][\w'’-]+)[ \t]+([{names.UPPER}][\w'’-]+)")


def _gender(surname: str, language: str) -> str:
    """ "f", "m", or "" (unknown, or a Kazakh text, whose pronouns have no gender)."""
    if language == "kk":
        return ""
    word = surname.casefold()
    if re.search(r"(?:ova|eva|yeva|ina|yna|kyzy|qyzy|ова|ева|ина|ына|кызы|қызы|ая)$", word):
        return "f"
    if re.search(r"(?:ov|ev|yev|in|yn|uly|ov[ae]?|ов|ев|ин|ын|улы|ұлы)$", word):
        return "m"
    return ""


def pronoun_after(block: str, end: int, surname: str, language: str) -> bool:
    """Whether the words after a name ending at `end` tell its person prosecuted by a pronoun
    (see the module's invariants)."""
    genders = (
        [_gender(surname, language)]
        if language == "kk" or _gender(surname, language)
        else ["m", "f"]
    )
    if re.match(r"[ \t]*(?:\([^()\n]*\))?[ \t]*:", block[end:]):
        return False  # "ZHAKENOV: The court found him guilty": a speaker's label, another's story
    cues = [_PRONOUN_CUE[(language, g)] for g in genders if (language, g) in _PRONOUN_CUE]
    if language == "ru" and genders == ["f"] and re.search(r"(?:ова|ева|ина|ына)$", surname):
        # «Ерсаина X-ова, которого ... суд приговорил»: «-ова» is also a man's surname in the
        # genitive, told so by the relative pronoun's own case right after it
        cues.append(_RU_MAN_GENITIVE_WHICH)
    if not cues:
        return False
    window = _window(block, end, surname)
    return any(cue.search(window) for cue in cues)


def _window(block: str, end: int, surname: str) -> str:
    """The rest of the name's sentence and the next one, cut before another capitalised word
    that is no form of `surname` (its first four letters)."""
    rest = block[end : end + 400]
    ends = [m.end() for m in _SENTENCE_END.finditer(rest)]
    if len(ends) >= 2:
        rest = rest[: ends[1]]
    speech = _SPEECH.search(rest)
    if speech:
        rest = rest[: speech.start()]
    stem = surname[:4].casefold()
    for pair in _OTHER_NAME.finditer(rest):
        words = pair.groups()
        if all(w[:4].casefold() != stem for w in words) and not any(map(_common_capital, words)):
            return rest[: pair.start()]
    return rest


#: Capitalised words that name no person: courts, months, weekdays, code names and the like
#: (a capital after a comma is most often one of these, or a town).
_NO_PERSON = re.compile(
    r"(?i:the|on|in|at|an?|for|of|by|his|her|their|after|since|when|court|city|district|regional|article|part|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|criminal|code|instagram|facebook|telegram|tiktok|youtube|whatsapp|"
    r"суд\w*|район\w*|город\w*|област\w*|стать\w*|УК|УПК|КоАП|ч|ст|"
    r"сот\w*|облыс\w*|қала\w*|аудан\w*|ҚК|ҚПК|бап\w*)"
)


def _common_capital(word: str) -> bool:
    return bool(_NO_PERSON.fullmatch(word)) or (word.isupper() and len(word) <= 4)
