"""People named in a report: the mentions of a name (the nominative is in `nominative`).

Reports write a surname in capitals next to the given name ("Asylkhan ZHAUBATYROV",
"SABANSHIYEV Yerkyn", «Айгерим САПАРОВОЙ», «Ерболат ҚАЛИЕВКЕ»). A mention is such a capitalised
surname with up to two adjacent given-name words. English names are kept as written; Russian
and Kazakh ones are put in the nominative («Айгерим Сапарова», «Ерболат Қалиев»): Russian by the
surname's ending and the gender (pymorphy3 for given names, the context for the gender), Kazakh by
removing the case suffix that follows a surname ending.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from bot.extract import title_order
from bot.extract.name_context import (
    beside_organisation_word,
    is_demonym,
    letter_addressee,
    opens_sentence,
)
from bot.extract.name_trades import INTRODUCES, is_occupation, is_trade
from bot.extract.not_names import PRONOUNS, english_role, in_quotes, kazakh_not_given
from bot.extract.short_surnames import known_short_surname

UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
LOWER = "a-zа-яёәғқңөұүһі"
_CAPS = rf"[{UPPER}][{UPPER}'’-]{{2,}}"
_TITLE = rf"[{UPPER}][{LOWER}'’-]+"
#: A word all in capitals («ЕРМЕКОВ») and one in title case («Ермеков»), for other modules.
CAPITALS_WORD, TITLE_WORD = _CAPS, _TITLE
_MENTION = re.compile(
    rf"(?<![\w-])(?:(?:{_TITLE})[ \u00a0]+){{0,2}}{_CAPS}"
    # A trailing given name, unless it starts the next person's name ("Гүлнар СЕЙІТОВА Ерболат
    # ҚАЛИЕВКЕ").
    rf"(?:[ \u00a0]+{_TITLE}(?![ \u00a0]+{_CAPS})){{0,2}}(?![\w-])"
)
#: A Russian-pattern surname: its stem and its case ending.
RU_SURNAME = re.compile(r"^(?P<stem>.+?(?:ов|ев|ёв|ин|ын))(?P<ending>|а|у|ым|е|ой|ой)$", re.I)
#: A surname in the nominative that tells its bearer's sex: "Serikbayeva", «Ахметова»,
#: «Жұмабайқызы» (a woman); "Akhmetov", «Ахметов», «Асқарұлы» (a man).
_WOMANS_SURNAME = re.compile(r"(?:ova|eva|yeva|ina|kyzy|ова|ева|ёва|ина|ына|ая|қызы)$", re.I)
_MANS_SURNAME = re.compile(r"(?:ov|ev|yev|in|uly|ов|ев|ёв|ин|ын|ий|ұлы|улы)$", re.I)


def gender_of_nominative(surname: str) -> str | None:
    """The gender ("masc" or "femn") a surname in the nominative tells by its ending, if any."""
    if _WOMANS_SURNAME.search(surname):
        return "femn"
    return "masc" if _MANS_SURNAME.search(surname) else None


#: Initials written in Latin letters with two letters for one Cyrillic letter ("Ye. KIM").
LATIN_DIGRAPH_INITIALS = "Zh|Sh|Kh|Ch|Ts|Ye|Yu|Ya|Yo"
#: A vowel: every surname has one, an abbreviation in capitals may have none.
_VOWEL = re.compile(r"[AEIOUYАЕЁИОУЫЭЮЯӘӨҰҮІ]", re.IGNORECASE)
#: Capitals that are not surnames.
ACRONYMS = frozenset(
    "URGENT DCK NSC USD KZT EU UK US USA UN OSCE NGO ДВК ҚР ҚК УК РК АҚШ ОБСЕ ООН КНБ МВД ҰҚК "
    "ІІМ ҚДК KNB RFE RL АЭС АЕК ЖЭО "
    # a company's form («сварщика ТОО «Павлодар Металл»»), units and places of detention
    "ТОО АО ИП ГКП КГП РГП МРП СИЗО ИВС ДКНБ КМБПЧ "
    # a Soviet republic, where someone was born («Казахская ССР», "Kazakh SSR")
    "ССР СССР КазССР SSR USSR "
    # a code of laws or a state body written short after an article («ст. 128 УПК Республики
    # Казахстан», «ҚПК 106-бабы», «сотрудники УИС»): no surname, whatever follows it
    "УПК ГПК ГК УИК АППК ҚПК АПК ҚАК ӘПК АФМ ОВД УВД УИС УП ЕСПЧ ОПГ СМИ БАҚ "
    # English words a heading writes in capitals among words in title case ("Reasons FOR ...")
    "FOR THE AND WITH FROM INTO OVER".split()
)
#: Capitalised words next to a surname that are not given names.
NOT_GIVEN = frozenset(
    """judge prosecutor prosecutors on in the a an political prisoner journalist blogger activist
    civil mr ms mrs dr prof court article part verdict trial appeal source more minister general
    head deputy he she his her of and since also spelled when after before today yesterday against
    release free freed jailed sentenced detained arrested convicted urgent breaking update case
    no nr issue vol
    kazakhstan казахстан қазақстан освободите свободу
    судья судьи судьёй судье прокурор прокурора государственный обвинитель политзаключённый
    политзаключенный политзаключённая политзаключенная напомним председательствует источник
    активист активистка блогер журналист журналистка гражданский гражданская гражданскую
    судьясы прокурор айыптаушы саяси азаматтық толығырақ ол оған оның аптаның приговоры
    гособвинитель гособвинителя председательствующий председательствующая адвокат адвоката
    подзащитный подзащитная подсудимый подсудимая осуждённый осужденный осуждённая осужденная
    lawyer attorney defendant қорғаушы қорғаушысы
    сотталушы сотталған айыпталушы күдікті тұтқын жәбірленуші куә подсудимая свидетель
    потерпевший обвиняемый обвиняемая задержанный задержанная
    advocate counsel two three four both kazakh
    investigator следователь следователя тергеуші тергеушісі ombudsman омбудсмен witness
    kazakhs posted
    my brother sister husband wife son daughter father mother
    брат брата сестра сестру муж мужа жена жену сын сына дочь отец мать мой моя моего мою
    інім ағам әкем анам ұлым қызым күйеуім әйелім бауырым қарындасым сіңлім апам
    анасы әкесі әйелі жұбайы зайыбы күйеуі інісі ағасы әпкесі апасы қарындасы сіңлісі бауыры
    супруг супруга супругу супруги
    екеуі екеуін екеуіне екеуінің үшеуі үшеуін үшеуіне ағайынды олар
    president senator mayor akim президент президента аким акима президенті әкім
    ал бірақ және алайда дегенмен сонымен содан кейін осы сол бұл енді сондай-ақ
    бүгін кеше ертең
    dear уважаемый уважаемая уважаемые құрметті"""
    # the case, the court, the verdict opening a sentence before a surname («Іс Жұмабаеваның
    # жазбасынан басталды», «Суд Ахметову ...»): a common noun, no given name
    """ іс ісі істі сот соты сотта үкім үкімі тергеу шешім айып айыптау полиция прокуратура
    дело суд приговор следствие обвинение police hearing charge charges"""
    # an organisation's or a medium's word ("Radio Azattyq", "Zhetysu Times", "Alga Party"):
    # English has no dictionary here to tell a common noun, and none of these is a name
    """ radio tv television channel news times post press agency service media bureau gazette
    herald journal daily weekly magazine newspaper foundation fund party movement union council
    committee institute university school bank group company network club centre center society
    association federation ministry department office"""
    # an English adverb or conjunction opening a sentence before a surname ("Here Temirkhanov is
    # at his best", "Then Kassenov ..."): no given name
    """ here there then now thus still yet so but however meanwhile later earlier instead only
    even which while where"""
    # an English pronoun, determiner or quantifier opening a sentence or a quote ("Everything
    # Yerlan said ...", "Each Tokayev decree ...", "Nobody Abenov knew ..."): English has no
    # dictionary here, and none of these closed-class words is a given name
    """ everything everyone everybody nothing nobody none something someone somebody anything
    anyone anybody all each every both either neither this that these those what whatever
    whoever whom whose why how if though although because unless until my our your their its
    i it me us them many most some several few such other another any""".split()
) | PRONOUNS

#: Given names that are also a town's name (Astana was Nur-Sultan, 2019–2022; Aral, Arys):
#: next to a surname in capitals they are the given name («имам Нұрсұлтан ӘБДІҚАДЫРОВҚА»).
GIVEN_NAMES_OF_TOWNS = frozenset("нұрсұлтан нурсултан nursultan арал aral арыс arys".split())


@dataclass
class Mention:
    start: int
    end: int
    words: list[str]
    surname_index: int

    @property
    def surname(self) -> str:
        return self.words[self.surname_index]

    @property
    def text(self) -> str:
        return " ".join(self.words)

    @property
    def given(self) -> list[str]:
        return [w for i, w in enumerate(self.words) if i != self.surname_index]


@cache
def morph() -> Any:
    import logging

    import pymorphy3

    logging.getLogger("pymorphy3").setLevel(logging.WARNING)  # no "loading dictionaries" line
    return pymorphy3.MorphAnalyzer()


def is_patronymic(word: str) -> bool:
    """«Кайратович», «Серікұлы», "Muratovich", "Kairatovna", in any case."""
    return bool(PATRONYMIC.search(word))


@lru_cache(maxsize=8192)
def named_given(word: str) -> bool:
    """A Russian given name the dictionary knows («Дмитрия»), in any case."""
    if not re.match(r"[А-ЯЁ]", word):
        return False
    grammemes = [p.tag.grammemes for p in morph().parse(word.lower())]
    return any("Name" in g for g in grammemes) and not any("Surn" in g for g in grammemes)


@cache
def given_lemma(word: str) -> str:
    """A Russian given name in the nominative («Дине», «Дину» -> «дина»; «Тимура» -> «тимур»)
    where the dictionary knows it as a name; otherwise the word itself, folded."""
    lower = word.casefold()
    if not re.match(r"[а-яё]", lower):
        return lower
    for parse in morph().parse(lower):
        if "Name" in parse.tag.grammemes:
            return str(parse.normal_form)
    return lower


#: Kazakh given names that the Russian dictionary knows only as words (a rope, an uhlan, a
#: diamond...): «Каната Абилкаирова», «Тохтаров Улан» are people.
GIVEN_NAMES_OF_WORDS = frozenset("канат улан алмаз темир дархан баян диас".split())


@lru_cache(maxsize=8192)  # (the same words come up in every sentence of a text)
def is_common_word(word: str) -> bool:
    """A capitalised word the dictionary knows as something other than a name."""
    if not re.match(r"[А-ЯЁа-яё]", word):
        return False
    lower = word.lower()
    if any(lower[: len(lower) - cut] in GIVEN_NAMES_OF_WORDS for cut in range(3)):
        return False  # the name or a case form of it («Каната», «Канатом»)
    parses = morph().parse(word.lower())
    known = [p for p in parses if p.is_known]
    return bool(known) and not any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in known)


def _joins_a_word(character: str) -> bool:
    """What `[\\w-]` matches: a letter, a digit of any script, the underscore or a hyphen."""
    return character.isalnum() or character in "_-"


def whole_word_spans(word: str, text: str) -> list[tuple[int, int]]:
    """(start, end) of each time `word` stands in `text` as a whole word, neither a letter nor
    a hyphen on either side: what the pattern `(?<![\\w-])WORD(?![\\w-])` finds, without
    compiling a pattern for each name (hundreds per text would overflow `re`'s cache)."""
    spans: list[tuple[int, int]] = []
    at = text.find(word) if word else -1
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _joins_a_word(text[at - 1])) and (
            end == len(text) or not _joins_a_word(text[end])
        ):
            spans.append((at, end))
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)
    return spans


def find_mentions(text: str) -> list[Mention]:
    mentions: list[Mention] = []
    for match in _MENTION.finditer(text):
        words = [re.sub(r"['’][sS]$", "", w) for w in match.group().split()]
        # (a word in capitals without a vowel, «ССР», "SSR", «ДКНБ», is an abbreviation)
        caps = [
            i
            for i, w in enumerate(words)
            if re.fullmatch(_CAPS, w) and w not in ACRONYMS and _VOWEL.search(w)
        ]
        if len(caps) != 1:
            continue
        index = caps[0]
        if beside_organisation_word(text, match, words, index):
            continue
        if _DATELINE_TOWN.match(text, match.end()) and len(words) == 1:
            from bot.extract.places import find_town

            if find_town(words[0]) is not None:
                continue  # "PETROPAVL, Kazakhstan -- A court ...": a dateline's town
        # Drop neighbours that are role words, towns, or (only where any word has a capital,
        # at the start of a sentence) dictionary words: mid-sentence «— Канат БЕКОВ» is a name
        # although «канат» is also a word; «Политзаключённый Марат ...» at a line start is not.
        sentence_start = opens_sentence(text, match.start())

        def not_given(word: str, first: bool) -> bool:
            if word.lower() in NOT_GIVEN or kazakh_not_given(word, first):
                return True
            from bot.extract.places import find_town

            if find_town(word) is not None and word.lower() not in GIVEN_NAMES_OF_TOWNS:
                return True
            return first and (is_common_word(word) or is_occupation(word))

        start_word, end_word = 0, len(words)
        while start_word < index and (
            not_given(words[start_word], start_word == 0 and sentence_start)
            # «Актюбинке Гульмире ИСКАКОВОЙ»: where she is from, before her given name
            or (start_word + 1 < index and is_demonym(words[start_word]))
        ):
            start_word += 1
        if (
            index - start_word == 2
            and looks_like_surname(words[index - 1])
            and not PATRONYMIC.search(words[index - 1])
        ):
            # «Судья Ерболат Қасымов СЕЙІТҚАЗИЕВКЕ 3 жыл ...»: a name in title case (a given
            # name and a surname), then whom it speaks of: the surname in capitals stands alone
            start_word = index
        while end_word - 1 > index and (
            not_given(words[end_word - 1], False)
            # «айыптаушы Мұрат ӘЛІМЖАНОВ Мейірханов үшін ...»: after a given name, a word
            # ending like a surname starts what is said of someone else
            or (start_word < index and _OTHER_SURNAME.search(words[end_word - 1]))
            # «айыптаушы Рүстем БАЙМҰХАНОВ Мирасқа 5 жыл сұраған»: a Kazakh word in a case
            # form after a full name is whom the sentence speaks of next
            or (start_word < index and title_order.KK_CASE_FORM.search(words[end_word - 1]))
            # «Ерлан ҚАЙРАТОВ Қылмыстық кодекстің ...», «Ерлана КАЙРАТОВА Виновным ...»: after
            # a full name, a dictionary word or a Kazakh adjective is the sentence going on
            or (start_word < index and _is_ordinary_word(words[end_word - 1]))
            # «Ерлан ҚАЙРАТОВТЫ Қылмыстық ...»: a Kazakh case suffix goes on a name's last word,
            # so a surname that carries one ends the name
            or KK_SURNAME_IN_CASE.search(words[index])
        ):
            end_word -= 1
        kept = words[start_word:end_word]
        offset = match.start() + sum(len(w) + 1 for w in words[:start_word])
        mentions.append(Mention(offset, offset + len(" ".join(kept)), kept, index - start_word))
    return [m for m in _names_in_capitals(text, mentions) if not letter_addressee(text, m.start)]


def _names_in_capitals(text: str, mentions: list[Mention]) -> list[Mention]:
    """A heading's name all in capitals («АЙДАНА БӨЛЕКБАЙҚЫЗЫНЫҢ ІСІ»): a given name, then a
    word that ends like a surname, each read alone above; one mention of a given name and a
    surname (not a role, a town or a surname twice)."""
    from bot.extract.places import find_town

    merged: list[Mention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and len(previous.words) == 1
            and len(mention.words) == 1
            and re.fullmatch(r"[ \u00a0]+", text[previous.end : mention.start])
            and looks_like_surname(mention.surname)
            and not looks_like_surname(previous.surname)
            # (Cyrillic, or Latin opening a list's item with the person's town or age after it:
            # "▪ MAKSAT ALIBEKOV (Kentau), 36, ..."; an English heading's "WEEKLY BULLETIN" is no
            # name)
            and (
                re.fullmatch(r"[А-ЯЁӘҒҚҢӨҰҮҺІ]+", previous.surname + mention.surname) is not None
                or (
                    re.fullmatch(r"[A-Z]+", previous.surname + mention.surname) is not None
                    and _ITEM_HEAD_BEFORE.search(text[: previous.start]) is not None
                    and _TOWN_OR_AGE_AFTER.match(text, mention.end) is not None
                )
            )
            # (not the last two of a verdict's «КАЛИЕВА НУРЛАНА ЕРЛАНУЛЫ», the surname first)
            and not re.search(
                rf"{_CAPS}[ \u00a0]+$", text[max(0, previous.start - 40) : previous.start]
            )
            and previous.surname.lower() not in NOT_GIVEN
            # (a village's name is a given name often enough: «Максат», "Maksat"; only where a
            # list's item opens with the name and the person's town or age follows it)
            and find_town(previous.surname, villages=not previous.surname.isascii()) is None
            and not is_common_word(previous.surname.capitalize())
        ):
            merged[-1] = Mention(previous.start, mention.end, [*previous.words, mention.surname], 1)
            continue
        merged.append(mention)
    return merged


#: A list item's start: the line's start, then a bullet or a number, if any.
_ITEM_HEAD_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[▪•●◦*–—-]|\d{1,3}[.)])?[ \t]*$")
#: After a name opening a list's item: a bracket (the town) or the age.
_TOWN_OR_AGE_AFTER = re.compile(r"[ \t]*(?:\(|,[ \t]*\d{2}\b)")
#: What follows a town in a news dateline: ", Kazakhstan --", «, Казахстан —».
_DATELINE_TOWN = re.compile(r"\s*,\s*(?:Kazakhstan|Казахстан|Қазақстан)\s*(?:--|[—–-])")
#: A surname ending, then a Kazakh case suffix: «ҚАЙРАТОВТЫ», «КАЙРАТОВҚА», «НҰРҰЛЫНЫҢ» (no
#: Russian case form ends so: «ИВАНОВА», «ИВАНОВУ», «ИВАНОВЫМ»).
KK_SURNAME_IN_CASE = re.compile(
    r"(?:ов|ев|ёв|ин|ын)(?:ты|ті|тың|тің|қа|ке|тан|тен|пен|та|те|ға|ге|ды|ді|дың|дің|нан|нен|"
    r"мен|да|де)$|(?:ұлы|улы|қызы|кызы)(?:н|ны|на|ның|нан|мен|нда)$",
    re.IGNORECASE,
)
#: A Kazakh adjective («Қылмыстық», «Әкімшілік»): no given name or patronymic ends so.
_KK_ADJECTIVE = re.compile(r"(?:лық|лік|дық|дік|тық|тік)$", re.IGNORECASE)


def _is_ordinary_word(word: str) -> bool:
    return bool(_KK_ADJECTIVE.search(word)) or is_common_word(word)


#: A title-case word after a full name that is another person's surname, not a given name.
_OTHER_SURNAME = re.compile(
    r"(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ой|е)?$|(?:ov|ev|ova|eva)$", re.IGNORECASE
)


#: Where a table cell or a form's field starts: "| ", "ФИО: ", a line's start.
#: Where a form or a list writes the surname first: a table cell, after a label ("Client:",
#: «ФИО:») or an item's number («1-іс.», "2.", "3)").
_TABLE_CELL = re.compile(
    r"(?:^|\n|\|)\s*$|:\s*$|(?:^|\n)[ \t]*(?:№[ \t]*)?\d{1,3}(?:-іс\.?|[.)])[ \t]*$"
    r"|(?:^|\n)[ \t]*(?:дело|case|іс)\s*№?\s*\d{1,3}[.:)]?[ \t]*$",
    re.IGNORECASE,
)
#: A patronymic in any case («Серикбаевич», «Серикбаевичу», «Ермековны»).
PATRONYMIC = re.compile(
    # («Тәжібаев Құрманғазы Бекенұлына»: a Kazakh patronymic with a case ending)
    r"(?:ович|евич|ич)(?:а|у|ем|е)?$|(?:овн|евн|ичн)(?:а|ы|е|у|ой)$|"
    r"(?:ұлы|улы|қызы|кызы)(?:на|ның|нан|ны|нда|мен)?$"
    r"|(?:ovich|evich|ovna|evna|uly|kyzy|qyzy)$",
    re.IGNORECASE,
)
#: A Russian patronymic in any case, not a Kazakh one.
RU_PATRONYMIC_FORM = re.compile(r"(?:ович|евич)\w{0,2}$|(?:овн|евн)\w{1,2}$", re.IGNORECASE)
TITLE_PAIR = re.compile(
    rf"(?<![\w-])({_TITLE})[ \u00a0]+(?:({_TITLE})[ \u00a0]+)?({_TITLE})(?![\w-])"
)


#: An age after a name, as news writes it: "Zhanar Kudaibergen, 34, ...", «Виктор Ким, 41 год».
_AGE_AFTER = re.compile(r"\s*,\s*\d{2}\s*(?:,|\)|years?\b|лет\b|год\w*|жаста\w*|жас\b)")


def _named_so(text: str, start: int, words: list[str], context: str, end: int) -> bool:
    """A name whose surname has no usual ending ("Duman Mukhammedkarim"): introduced by what
    the person is or followed by an age or a trade, a table's cell of its own, written the
    same way twice, or its surname said again on its own in the text ("... Kudaibergen was
    fined"); none of its words a dictionary word, a town or a role."""
    from bot.extract.places import find_town

    if len(words) != 2 or any(
        w.lower() in NOT_GIVEN or is_common_word(w) or find_town(w) is not None for w in words
    ):
        return False
    written = len(whole_word_spans(" ".join(words), context))
    surname = words[1]
    stem = surname[: max(3, len(surname) - 2)]
    # said alone: neither after the given name nor after another capitalised word that is not
    # the first of its sentence ("Later Kudaibergen appealed", not "Foreign Affairs")
    given_before = re.compile(rf"(?<![\w-]){re.escape(words[0])}[ \u00a0]+$")
    said = 0
    for found in re.finditer(rf"(?<![\w-]){re.escape(stem)}[{LOWER}]{{0,4}}(?![\w-])", context):
        lead = context[max(0, found.start() - 30) : found.start()]
        if not given_before.search(lead) and not _after_capitalised_word(context, found.start()):
            said += 1
    trade_after = _WORD_AFTER.match(text, end)
    return (
        written >= 2
        or said >= 1
        or bool(INTRODUCES.search(text[max(0, start - 30) : start]))
        or bool(_AGE_AFTER.match(text, end))
        or bool(trade_after and is_trade(trade_after.group(1)))
        or bool(_CELL_BEFORE.search(text[:start]) and _CELL_AFTER.match(text, end))
        or bool(_NAME_LABEL.search(text[max(0, start - 30) : start]))
    )


#: A capitalised word right before, not the first of its sentence ("Foreign Affairs", but not
#: "Later Kudaibergen appealed"): the word after it is part of a longer name.
_CAPITALISED_BEFORE = re.compile(rf"(?<![.!?:\n]\s)(?<![.!?:\n])[{UPPER}][{LOWER}'’-]+[ \u00a0]+$")


def _after_capitalised_word(text: str, start: int) -> bool:
    lead = text[max(0, start - 30) : start]
    found = _CAPITALISED_BEFORE.search(lead)
    return found is not None and (found.start() > 0 or start > 30)


#: What follows a name: "Zhanar Kudaibergen, blogger and ...", «Виктор Ким, сварщик».
_WORD_AFTER = re.compile(r"\s*,\s*(?:an?\s+|the\s+)?([\w-]+)")
#: A name that is a whole table cell ("| Madina Zhumagali   | Kulsary |").
_CELL_BEFORE = re.compile(r"(?:^|\|)[ \t]*$", re.MULTILINE)
_CELL_AFTER = re.compile(r"[ \t]*\|")
#: A form's or a labelled table cell's label: "Name: Madina Zhumagali", «ФИО: ...».
_NAME_LABEL = re.compile(
    r"(?:^|[|\n])[ \t]*(?:name|full name|фио|ф\.и\.о\.|имя|аты-жөні|есімі)[ \t]*:[ \t]*$",
    re.IGNORECASE,
)


def _a_settlement(word: str) -> bool:
    from bot.extract.places import find_town

    return find_town(word, villages=True) is not None


def _town_not_name(word: str) -> bool:
    """A town's name that is not a given name here: «Абая Бегимова» is a man named Abai (the
    dictionary reads «Абая» first as a given name), «Кентау» only a town."""
    from bot.extract.places import find_town

    if find_town(word) is None or word.lower() in GIVEN_NAMES_OF_TOWNS:
        return False
    if not re.match(r"[А-ЯЁа-яё]", word):
        return True
    first = morph().parse(word.lower())[0]
    return "Name" not in first.tag.grammemes


def _town_word(word: str) -> bool:
    """A word that names a town before a name ("Taraz resident Aigerim ..."). A Latin word
    must be the town's own name: the gazetteer also reads "Zarina" or "Kazakh" as a declined
    form of some town, and those are a given name and a people."""
    from bot.extract.places import find_town

    town = find_town(word)
    if town is None:
        return False
    if not word.isascii():
        return True
    place = town.place
    spellings = {place.name_latin, place.name_ru, place.name_kk, *place.former_names}
    return word.casefold() in {s.casefold() for s in spellings}


#: English words a title-case headline capitalises that never stand inside a person's name.
_HEADLINE_LINKS = frozenset(
    (
        "about over for with from to at by into amid under of in on and the after before against"
    ).split()
)


#: Month names written with a capital (English): after a day's number, a date's month.
_MONTHS = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)


def is_word_before_name(word: str) -> bool:
    """A capitalised word before a name that is no given name: a role, a dictionary word, a
    town, or a trade at the start of a sentence ("Pensioner Gaukhar Ibrayeva was ...")."""
    return (
        word.lower() in NOT_GIVEN
        or is_common_word(word)
        or (_town_word(word) and _town_not_name(word))
        or is_trade(word)
        # (Latin only: «Ақынжан» is a given name that starts like «ақын»)
        or (word.isascii() and bool(INTRODUCES.search(word + " ")))
        # "Host Dina Abenova opens ...", "Moderator Aliya X": an English role noun
        or (word.isascii() and english_role(word))
        # «Instagram-да», «Facebook-тағы»: a Latin word with a Kazakh case ending (a network)
        or bool(_LATIN_WITH_CYRILLIC_ENDING.fullmatch(word))
    )


_LATIN_WITH_CYRILLIC_ENDING = re.compile(r"[A-Za-z]+-[а-яәғқңөұүһі]+")


#: A kind of place right after a word: the word is the place's name, not a surname
#: («Мойынқұм ауылының 214 тұрғыны», «Шиелі ауданы», "Zhanakorgan district", «села Шетпе» is
#: before its name and no concern here).
_PLACE_AFTER = re.compile(
    # (a place's own form, «ауылының», «ауданы»: «Сапаров ауылда тұрады» is a man who lives
    # in a village, «Сапаров аудандық сотта» one who speaks in a district court)
    r"[ \u00a0]+(?:(?:ауылы|ауданы|облысы|қаласы|кенті)\w*|"
    r"(?-i:district|village|region|oblast)s?)(?![\w-])",
    re.IGNORECASE,
)


def find_title_mentions(text: str, context: str | None = None) -> list[Mention]:
    """Names written without capitals ("Bauyrzhan Iskakov", «Бауыржана Искакова»): a given name
    and a word that ends like a surname, neither a dictionary word nor a town; or initials and
    a surname («Ж.Б. Сағынтаевқа»). Used only when a text writes no surname in capitals."""
    from bot.extract.initials import initials_mentions

    return [
        m
        for m in _title_pair_mentions(text, context) + initials_mentions(text)
        if not letter_addressee(text, m.start) and not in_quotes(text, m.start, m.end)
    ]


def _title_pair_mentions(text: str, context: str | None = None) -> list[Mention]:
    from bot.extract.surname_first import surname_first_with_patronymic

    mentions = surname_first_with_patronymic(text)
    unshaped: list[tuple[int, int, list[str]]] = []  # two Latin words, no surname's ending
    for match in title_order.title_runs(text):
        if any(m.start < match.end() and match.start() < m.end for m in mentions):
            continue  # «Признать Бекмуратова Айдоса Ерланулы»: read as surname first already
        # "Duman Mukhammedkarim's sentence": the name without the possessive
        words = [re.sub(r"['’]s$", "", w) for w in match.groups() if w]
        end = match.end()
        if len(words) == 3 and another_surname_after(words):
            # «айыптаушы Мұрат Әлімжанов Мейірханов үшін ...»: a name, then the next person's
            # surname
            words = words[:2]
            end = match.end(2)
        after = re.match(rf"[ \u00a0]+({_TITLE})(?![\w-])", text[end:])
        if (
            PATRONYMIC.search(words[-1])
            and after
            and looks_like_surname(after.group(1))
            and not PATRONYMIC.search(after.group(1))
        ):
            # «Сотталушы Даурен Жомартұлы Есенғалиев»: a role word, then a given name, a
            # patronymic and the surname (four capitalised words, the name the last three)
            words.append(after.group(1))
            end += after.end()
        surname = words[-1]
        if (
            len(words) == 2
            and not looks_like_surname(surname)
            and (RU_SURNAME.match(words[0]) or looks_like_surname(words[0]))
            and len(words[0]) >= 5
            # («Марина Сергеевна»: a given name and a patronymic, no surname first)
            and not is_patronymic(words[1])
            and not any(
                w.lower() in NOT_GIVEN
                or _is_ordinary_word(w)
                or _LATIN_WITH_CYRILLIC_ENDING.fullmatch(w)
                for w in words
            )
            and (_TABLE_CELL.search(text[: match.start()]) or named_given(words[1]))
        ):
            # a table's or a form's «Ахметов Берик», or «в отношении Коваленко Дмитрия» (a
            # name the dictionary knows after a surname): the surname first
            mentions.append(Mention(match.start(), end, words, 0))
            continue
        lead = title_order.surname_first(words, title_order.word_after(text, end))
        if lead is not None:
            # «Судья Ахметова Жанар», «Жақыпов Қайрат»: the surname first, as a form writes it
            start = match.start(2) if lead else match.start()
            mentions.append(Mention(start, end, words[lead:], 0))
            continue
        if (
            not looks_like_surname(surname)
            and len(words) == 3
            and _town_not_name(words[0])
            and _named_so(text, match.start(2), words[1:], context or text, end)
        ):
            # «блогеру из Талдыкоргана Серикболу Оразалы»: the town, then a name whose
            # surname has no usual ending
            words = words[1:]
        # «брату Асхату Нурланулы Сейткали»: a patronymic between a given name and a third
        # word makes that word the surname, whatever its ending
        patronymic_between = (
            len(words) == 3
            and is_patronymic(words[1])
            and not is_patronymic(words[2])
            and not _is_ordinary_word(words[2])
            and not _town_not_name(words[2])
        )
        if (
            not looks_like_surname(surname)
            and not patronymic_between
            and not _named_so(text, match.start(), words, context or text, end)
            and not known_short_surname(words)
        ):
            if len(words) == 2 and all(w.isascii() for w in words):
                unshaped.append((match.start(), match.end(), words))
            continue
        short = len(surname) < 5 and not known_short_surname(words)
        if (short and not patronymic_between) or _PLACE_AFTER.match(text, end):
            continue
        given = words[:-1]
        if len(given) == 2 and is_demonym(given[0]):
            given = given[1:]  # «Карагандинка Роза Мусина»: where she is from, not a name
        first = opens_sentence(text, match.start())
        if any(is_word_before_name(w) for w in given) or kazakh_not_given(given[0], first):
            # "Judge Aliya Mukanova", "Driller Yerzhan Tasbolatov": start after the role word.
            while given and (
                is_word_before_name(given[0])
                or kazakh_not_given(given[0], first and len(given) == len(words) - 1)
            ):
                given = given[1:]
            if not given:
                continue
        if given and given[0] in _MONTHS and re.search(r"\d[ \u00a0]*$", text[: match.start()]):
            # "on 4 May Mamyrova recorded ...", "On 12 June Tasbolatov ...": the date's month,
            # not a given name
            given = given[1:]
            if not given:
                continue
        if any(w.lower() in _HEADLINE_LINKS for w in given):
            # "... Over Video About Insulin Shortages": a headline in title case writes its
            # prepositions with a capital; what follows one is no given name before a surname
            given = given[max(i for i, w in enumerate(given) if w.lower() in _HEADLINE_LINKS) + 1 :]
            if not given:
                continue
        if (
            len(given) == 2
            and not PATRONYMIC.search(given[1])
            and not named_given(given[0])
            and _a_settlement(given[0])
        ):
            given = given[1:]  # «из села Шетпе Жандосу Кайратулы»: the village, then the name
        kept = [*given, surname]
        start = match.start() + text[match.start() : match.end()].find(kept[0])
        mentions.append(Mention(start, end, kept, len(kept) - 1))
    # "sentenced both Gulmira Seitkali and Raushan Abdrakhmanova": a name joined by "and" to
    # a name is a name, whatever its surname's ending
    joined = [
        Mention(start, end, words, 1)
        for start, end, words in unshaped
        if not any(is_word_before_name(w) for w in words)
        and len(words[1]) >= 5
        and any(
            re.fullmatch(r",?\s+and\s+|,\s+", text[end : m.start])
            or re.fullmatch(r",?\s+and\s+|,\s+", text[m.end : start])
            for m in mentions
        )
    ]
    return sorted(mentions + joined, key=lambda m: m.start) if joined else mentions


# --- the nominative ------------------------------------------------------------------------------

_SURNAME_ENDING = re.compile(
    r"(?:ov|ev|yev|ova|eva|yeva|in|ina|ko|uk|uly|ұлы|uli|kyzy|қызы|qyzy|bay|bai|bayev|bek|baev|"
    r"ов|ев|ёв|ова|ева|ин|ина|ын|ко|ук|ұлы|улы|қызы|кызы|бай|бек|баев|бекова|ская|ский)"
    r"(?:а|у|ым|е|ой|ға|ге|қа|ке|ны|ні|ды|ді|ты|ті|ның|нің|дың|дің|тың|тің)?$",
    re.IGNORECASE,
)


def another_surname_after(words: list[str]) -> bool:
    """A given name and a surname, then a word that is a surname too («Мұрат Әлімжанов
    Мейірханов үшін», «Прокурор Мәди Құрманғалиев Нұрмановқа 7 жыл сұраған»): the third word
    is someone else's, whom the sentence goes on to speak of."""
    return (
        len(words) == 3
        and bool(RU_SURNAME.match(words[1]))
        and looks_like_surname(words[2])
        and not PATRONYMIC.search(words[1])
    )


def looks_like_surname(word: str) -> bool:
    """Ends like a Kazakh or Russian surname (-ov, -eva, -uly, -kyzy, -bay, -bek, -ko)."""
    return bool(_SURNAME_ENDING.search(word))


def title_case(word: str) -> str:
    return "-".join(p.capitalize() for p in word.split("-")) if word.isupper() else word
