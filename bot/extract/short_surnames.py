"""Short surnames that end like no Russian or Kazakh surname: those of Kazakhstan's Koreans
(Ким, Пак, Ли, Цой, Тен, Югай ...), as common in its reports as any. Without a list of them a
name such as «Виктория Ли» or "Elena Pak" is read as no name at all, since a short word with no
surname's ending is most often something else.

Invariant: a word is one of these surnames only right after a given name (one the dictionary
knows, in Cyrillic; a capitalised word that is no role or common word, in Latin letters), in
any Russian case form («Виктора Кима», «Цою»).
"""

from __future__ import annotations

import re

#: The surnames' nominatives, Cyrillic and Latin.
SHORT_SURNAMES = frozenset(
    """ким пак ли цой цхай тен тян ни шин лим кан ян эм ан чой чен хон сон нам югай огай когай
    лигай хегай тягай пягай шегай магай мун
    kim pak park li tsoi tsoy ten tyan ni shin lim kan yan em choi chen hon yugai ogai kogai
    ligai khegai tyagai pyagai shegai magai mun""".split()
)
#: Russian case endings a man's surname ending in a consonant or «-й» takes («Кима», «Цою»).
_RU_CASE = re.compile(r"(?:а|у|ом|е|я|ю|ем|ым)$")


def known_short_surname(words: list[str]) -> bool:
    """Whether `words` are a given name and one of the short surnames above."""
    from bot.extract import names  # (names reads this module)

    if len(words) != 2 or not words[1][:1].isupper():
        return False
    given, surname = words
    folded = surname.casefold()
    stems = {folded, _RU_CASE.sub("", folded), _RU_CASE.sub("й", folded)}
    if not stems & SHORT_SURNAMES:
        return False
    if given.isascii():
        return (
            len(given) >= 3
            and given.lower() not in names.NOT_GIVEN
            and not names.is_common_word(given)
        )
    return names.named_given(given)
