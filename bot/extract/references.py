"""What a sentence says besides its own event: what the prosecution asked for and what the
law provides at most (no punishment of the person), a verdict referred to by its date inside an
appeal's sentence, a court paper's operative words on that verdict, the appeal's outcome."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from bot.extract import lexicon
from bot.extract.blocks import Sentence
from bot.extract.lexicon import IN_SENTENCE
from bot.extract.record import Scope
from bot.extract.values import Found, find_dates, find_terms, resolve_dates

#: A clause saying what the prosecution asked for: its terms are not the sentence.
#: What the prosecution asked for, and what the law provides at most ("Part 1 of Article 405
#: provides for up to six years", «статья предусматривает до ...», «... дейін жаза көзделген»):
#: no punishment of the person.
REQUEST = {
    "en": r"\b(?:asked|requested|demanded|sought|had asked|asking|requesting|demanding|seeking)\b|"
    r"\b(?:provides?\s+for|punishable\s+by|carries)\s+(?:a\s+(?:maximum|penalty)\s+of\s+)?up\s+to\b|"
    # "Part 2 of the article carries a prison term of up to six years"
    r"\bcarries\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?of\s+up\s+to\b|"
    # "she faces up to seven years in prison if convicted", "the maximum penalty is ..."
    r"\bfac(?:es|ing|e)\s+up\s+to\b|\bmaximum\s+(?:penalty|sentence)\b|"
    # a court gives a term, never "up to" one: "Article 402 envisages up to two years in
    # prison", "could get up to five years" (whatever the verb before it)
    r"\bup\s+to\s+(?=(?:[\w-]+\s+){0,2}?(?:years?|months?)\b)",
    "ru": r"\b(?:просил|просит|попросил|попросит|запрашивал|требовал|требует|запросил)\w*|"
    # («Статья 405 предусматривает за организацию деятельности ... до десяти лет»: what the
    # sanction is for, between the verb and its maximum; «предусмотрено наказание вплоть до
    # лишения свободы»: the participle)
    r"\bпредусм(?:атрива|отр)\w+\s+(?:[^.;,\d]{0,80}?\s)?(?:вплоть\s+)?до\b|\bкарается\b|"
    # a court gives a term, never one "up to": «вплоть до пяти лет», «на срок до 5 лет»,
    # «могут дать до пяти лет» (not «снизил срок до трёх лет», an appeal's new term)
    r"\bвплоть\s+до\b|\b(?:на\s+срок|сроком)\s+до\b(?!\s+\d{1,2}\s+[а-яё]+\s+\d{4})|"
    r"\b(?:дать|дадут|получить|грозит|грозило|светит)\s+до\b|"
    # «ей грозит до семи лет лишения свободы», «максимальное наказание — ...»
    r"\bгрозит\s+(?:\w+\s+){0,2}?до\b|\bмаксимальн\w+\s+наказани\w*",
    # («бес жылға дейін бас бостандығынан айыру немесе бас бостандығын шектеу жазасы
    # қарастырылған»: two kinds of the law's sanction, however long the list)
    "kk": r"\bсұра(?:ды|ған|п)|талап ет|"
    # (the passive and the active: «... дейін бас бостандығынан айыруды көздейді»)
    r"дейін\s+(?:[\w-]+\s+){0,10}?(?:көзде|қарастыр)\w*|"
    r"ең ауыр жаза",
}


#: Time already spent held, told with its length: "after nine months in jail", "having spent
#: two years behind bars", «проведя в СИЗО семь месяцев», «провёл под стражей год»: how long
#: someone was held, no punishment.
TIME_SPENT = {
    "en": r"\b(?:after|having\s+spent|spent|spending)\s+(?=(?:[\w-]+\s+){0,3}?(?:years?|months?)\s+"
    r"(?:in|behind|under)\b)",
    "ru": r"\b(?:проведя|провёл|провел|провела|провели|пробыл\w*|отсидев)\b",
    "kk": r"(?!)",
}


#: A Kazakh clause ending in a verbal noun in the accusative («... шектеуді», «... салуды»,
#: «... айыруды»), the object of a request told after it.
_KK_ASKED_FOR = re.compile(r"\w(?:уды|уді|ууды|ууді)\s*$", re.IGNORECASE)


def without_requests(sentence: Sentence, language: str) -> Sentence:
    """The sentence with what the prosecution asked for, what the law provides at most and the
    time already spent held blanked out; a question ("Was an Almaty teacher jailed for five
    years over a joke?") is blanked whole: it asks, it tells no punishment."""
    text = sentence.text
    if text.rstrip().endswith("?"):
        return Sentence(sentence.start, " " * len(text))
    told = itertools.chain(
        re.finditer(REQUEST[language], text, re.IGNORECASE),
        re.finditer(TIME_SPENT[language], text, re.IGNORECASE),
    )
    for match in told:
        # (a table row's cells, «Приговор: ... | Примечание: Прокурор просил ...», are apart)
        low = max(text.rfind(c, 0, match.start()) for c in ";,.|")
        if language == "kk":
            low = _kk_request_start(text, low)
        high = _request_end(text, match.end())
        text = text[: low + 1] + " " * (high - low - 1) + text[high:]
    return Sentence(sentence.start, text)


#: A clause's end: a semicolon, a comma, a table's cell border or a point (not an initial's:
#: «Ахметжанову Т.К. 4 года»).
_CLAUSE_END = re.compile(r"[;,|]|(?<![^\W\d_]{2})(?<!\b[^\W\d_])\.|(?<=\w{2})\.")
#: A clause of a list that leaves out its verb, a dash standing for it: «, Ли Р.С. – 2 года».
_ELLIPTIC = re.compile(r",\s*[^,;]{1,40}?\s[–—]\s+[^,;]{1,60}?(?=[,;.]|$)")


def _request_end(text: str, start: int) -> int:
    """Where a request ends: at its clause's end, over the elliptic clauses that follow it
    («просил назначить Ахметжанову Т.К. 4 года лишения свободы, Ли Р.С. – 2 года ограничения
    свободы»: both terms asked for)."""
    found = _CLAUSE_END.search(text, start)
    high = found.start() if found else len(text)
    while high < len(text) and text[high] == ",":
        elliptic = _ELLIPTIC.match(text, high)
        if elliptic is None:
            break
        found = _CLAUSE_END.search(text, elliptic.end())
        high = found.start() if found else len(text)
    return high


def _kk_request_start(text: str, low: int) -> int:
    """Kazakh puts the verb last: «Прокурор Бекжановқа екі жыл бас бостандығын шектеуді,
    Сәрсенғалиевағa 200 АЕК айыппұл салуды сұраған еді» asks for both punishments listed before
    «сұраған», across the comma. The request goes back clause by clause, up to a clause that
    tells the court's own decision («... тағайындады, ал прокурор ... сұраған») or a
    contrast («, ал», «, бірақ»)."""
    while low >= 0 and text[low] == ",":
        previous = max(text.rfind(c, 0, low) for c in ";,.")
        # (a verbal noun is what was asked for: «айыппұл салуды», «тағайындауды»)
        clause = re.sub(r"\w+(?:уды|уді|уын|уін)\b", " ", text[previous + 1 : low])
        if (
            re.match(r"\s*(?:ал|бірақ|алайда)\b", text[low + 1 :])
            or lexicon.EVENTS["verdict"]["kk"].search(clause)
            or lexicon.EVENTS["appeal_ruling"]["kk"].search(clause)
        ):
            break
        low = previous
    return low


IMPOSED_ON = {
    "en": r"\bimposed\b(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\bon\s*$",
    "ru": r"(?!)",
    "kk": r"(?!)",
}


def imposed_on(sentence: Sentence, language: str) -> tuple[dt.date, int, int] | None:
    """In an appeal's sentence, "<term> imposed by <court> on <date>": the verdict's date and
    the span of that clause (from its term to its date)."""
    for found in resolve_dates(find_dates(sentence.text))[1:]:
        lead = sentence.text[max(0, found.start - 80) : found.start]
        match = re.search(IMPOSED_ON[language], lead, re.IGNORECASE)
        if match is None:
            continue
        at = found.start - (len(lead) - match.start())
        terms = find_terms(sentence.text[max(0, at - 60) : at])
        if not terms:
            return None
        return found.value, max(0, at - 60) + terms[-1].start, found.end
    return None


def verdict_reference(
    sentence: Sentence, language: str, *, skip_first: bool = True, ruled: dt.date | None = None
) -> tuple[dt.date, int] | None:
    """The date of the verdict an appeal sentence refers to, and where that reference starts
    (the sentence's first date is the ruling's own, unless a dateline gave it). A date written
    without its year («24 қарашада ... 9 қыркүйектегі үкімімен») takes the year of the day the
    ruling is `ruled`, or the year before when that would put the verdict after the ruling."""
    before, after = lexicon.VERDICT_REFERENCE[language]
    found_dates = find_dates(sentence.text)
    resolved = resolve_dates(found_dates, ruled.year if ruled else None)
    if ruled is not None:
        resolved = [
            f
            if f.value <= ruled
            or any(d.start == f.start and d.value.year is not None for d in found_dates)
            else Found(f.start, f.end, f.value.replace(year=f.value.year - 1))
            for f in resolved
        ]
    for found in resolved[1 if skip_first else 0 :]:
        lead = sentence.text[max(0, found.start - 80) : found.start]
        tail = sentence.text[found.end : found.end + 60]
        if re.search(before, lead, re.IGNORECASE) or re.search(after, tail, re.IGNORECASE):
            match = re.search(before, lead, re.IGNORECASE)
            cut = found.start - (len(lead) - match.start()) if match else found.start
            # "dismissed his appeal against the 4-year prison sentence handed down on ...":
            # the term written just before the reference is the verdict's.
            terms = find_terms(sentence.text[max(0, cut - 30) : cut])
            if terms:
                cut = max(0, cut - 30) + terms[-1].start
            return found.value, cut
    return None


#: The old punishment named as the object of the change that replaces it: «... айыру жазасын
#: 2 жыл бас бостандығын шектеуге ауыстырды» (Kazakh puts the new term and the verb after it).
_REPLACED_OBJECT = {
    "en": r"(?!)",
    "ru": r"(?!)",
    "kk": r"\bжазас(?:ы|ын)\b(?=\s" + IN_SENTENCE + r"{0,100}?(?:ауыстыр|алмастыр|қысқарт|ұзарт|"
    r"азайт|төмендет)\w*)",
}


def replaced_at(text: str, language: str) -> int | None:
    """Where the punishment an appeal replaced ends, when the text names it before its
    replacement; None when it names no replaced punishment."""
    match = re.search(_REPLACED_OBJECT[language], text, re.IGNORECASE)
    return match.end() if match and find_terms(text[: match.start()]) else None


#: A court paper's operative words on the verdict: «Приговор ... изменить», «... отменить»,
#: «үкімі өзгертілсін», «... қалдырылсын» (the outcome itself may be told by what follows).
DECIDES = lexicon.compile_table(
    {
        # (the past a card or a report tells the ruling in: "the verdict of 5 October was
        # changed", «приговор от 5 октября изменён», «5 қазандағы үкімі ... өзгертілді»)
        "en": r"\b(?:was|were|has\s+been)\s+(?:changed|amended|modified)\b",
        "ru": r"\b(?:изменить|отменить|оставить|изменён|изменен|отменён|отменен)\b",
        "kk": r"(?:өзгертілсін|қалдырылсын|жойылсын|өзгертілді)\b",
    }
)


def ruling_on_the_verdict(
    sentence: Sentence, dates: list[dt.date], scopes: list[Scope], language: str
) -> Scope | None:
    """The appeal ruling told before, when this sentence decides on a verdict and its only
    date is that verdict's (a court paper's operative part names the verdict by its date)."""
    if len(dates) != 1:
        return None
    rulings = [s for s in scopes if s.kind == "appeal_ruling" and s.date is not None]
    if not rulings or rulings[-1].date == dates[0]:
        return None
    if outcome_of(sentence.text, language) is None and not DECIDES[language].search(sentence.text):
        return None
    reference = verdict_reference(sentence, language, skip_first=False)
    return rulings[-1] if reference is not None and reference[0] == dates[0] else None


#: The rest of a verdict left as it was, after the ruling changed one part of it: "the rest of
#: the sentence was left unchanged", «в остальной части приговор оставлен без изменения»,
#: «үкімнің қалған бөлігі өзгеріссіз қалдырылды». The change decides, not these words.
_REST_UNCHANGED = lexicon.compile_table(
    {
        "en": r"\b(?:the\s+(?:rest|remainder)\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?"
        r"(?:verdict|sentence|ruling|punishment)|(?:in\s+)?all\s+other\s+respects|otherwise)\b"
        + IN_SENTENCE
        + r"{0,60}?\b(?:unchanged|upheld|in\s+force)\b|"
        r"\b(?:unchanged|upheld)\s+(?:in\s+all\s+other\s+respects|otherwise)\b",
        "ru": r"\bв\s+остальн\w+(?:\s+части)?\b"
        + IN_SENTENCE
        + r"{0,60}?(?:без\s+изменени\w+|в\s+силе)|"
        r"(?:без\s+изменени\w+|в\s+силе)\s+в\s+остальн\w+(?:\s+части)?",
        "kk": r"\b(?:қалған|өзге|басқа)\s+бөл(?:ік|іг)\w*"
        + IN_SENTENCE
        + r"{0,60}?(?:өзгеріссіз|күшінде)(?:\s+қалд\w*)?",
    }
)


def without_rest_unchanged(text: str, language: str) -> str:
    """The text with the words that leave the rest of a changed verdict as it was blanked."""
    return _REST_UNCHANGED[language].sub(lambda m: " " * len(m.group()), text)


def outcome_of(text: str, language: str) -> str | None:
    """The appeal's outcome a sentence tells; what a party asked the court to do ("asked the
    appeals court to leave the sentence unchanged", «просил оставить приговор без изменения»)
    is no outcome."""
    text = without_rest_unchanged(without_requests(Sentence(0, text), language).text, language)
    for outcome, table in lexicon.OUTCOMES.items():
        if table[language].search(text):
            return outcome
    return None


def outcome_named(sentences: list[Sentence], surname: str | None, language: str) -> str | None:
    """The outcome the first sentence naming the person tells of them, the cue nearest to
    their name when it tells several (co-defendants' outcomes in one sentence: «Приговор
    Лаптеву оставлен без изменения, наказание Сулейменовой смягчено»); it outweighs a sentence
    that names no one ("reduced the sentence of an activist, but left the other's unchanged")."""
    if not surname or len(surname) < 4:
        return None
    stem = re.escape(surname[: max(4, len(surname) - 2)])
    for sentence in sorted(sentences, key=lambda s: s.start):
        text = without_rest_unchanged(without_requests(sentence, language).text, language)
        named = [m.start() for m in re.finditer(rf"\b{stem}", text, re.IGNORECASE)]
        cues = [
            (_distance(text, at, match.start(), match.end()), outcome, match.start())
            for outcome, table in lexicon.OUTCOMES.items()
            for match in table[language].finditer(text)
            for at in named
        ]
        if not cues:
            continue
        _, nearest, where = min(cues)
        if any(
            outcome != nearest
            and not any(
                not re.match(stem, word.group(), re.IGNORECASE)
                for word in _NAME.finditer(text, min(at, where), max(at, where))
            )
            for _, outcome, at in cues
        ):
            # "upheld Abilov's conviction but cut his term": one person's ruling, in two
            # cues with no one else named between them (the order of the cues decides)
            return outcome_of(text, language)
        if nearest == "overturned" and _SENT_BACK_AFTER[language].search(text):
            return "sent_back"  # "overturned the verdict and sent the case back": a retrial
        return nearest
    return None


#: A capitalised word past a sentence's first: another person named between two cues.
_NAME = re.compile(r"(?<=\s)[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]+")


#: Where a sentence turns to another person: "..., while", «..., а», «..., ал», a semicolon.
_TURN = re.compile(
    r";|,\s*(?:while|whereas|but|and|а|но|тогда как|ал|бірақ|алайда)\s", re.IGNORECASE
)


def _distance(text: str, at: int, start: int, end: int) -> int:
    """How far an outcome's cue is from a name; one across a turn to another person is far."""
    between = text[end:at] if end <= at else text[at:start]
    return abs(start - at) + (1000 if _TURN.search(between) else 0)


#: A verdict quashed and the case sent back in one breath: the outcome is the retrial.
_SENT_BACK_AFTER = {
    language: re.compile(
        "(?:"
        + lexicon.OUTCOME_CUES["overturned"][language]
        + r")[^.;]*?(?:"
        + lexicon.OUTCOME_CUES["sent_back"][language]
        + ")",
        re.IGNORECASE,
    )
    for language in ("en", "ru", "kk")
}


REPLACED_BEFORE = {
    "en": r"\b(?:replaced|substituted|commuted|changed|converted)\b" + IN_SENTENCE + r"{0,30}$",
    "ru": r"\bзамен\w*(?:[^.;]|(?<=\d)\.(?=\d)){0,30}$",
    "kk": r"\b(?:алмастыр|ауыстыр)\w*(?:[^.;]|(?<=\d)\.(?=\d)){0,30}$",
}


#: A sentence opening with the punishment that was replaced: "Instead of three years ...",
#: «Вместо трёх лет ...», «Үш жыл ... орнына ...» (told after an appeal: the appeal's change).
INSTEAD_OF = lexicon.compile_table(
    {
        "en": r"\s*instead\s+of\b",
        "ru": r"\s*вместо\b",
        "kk": r"[^.;]{0,80}?\bорнына\b",
    }
)
