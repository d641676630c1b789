"""What an appeal ruling changed in the sentence, read from its sentences: the parts it states,
the values it changed from, the kinds it replaced or struck out, a term it cut or raised, and a
punishment it imposed instead of the verdict's (a lighter kind: a fine, community service).

Invariant: every reader here looks at the appeal's scope only; combining what it finds with the
verdict's parts is bot.extract.events' work.
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from bot.extract.lexicon import IN_SENTENCE
from bot.extract.record import Scope
from bot.extract.references import REPLACED_BEFORE, without_requests
from bot.extract.sentence import Part, find_kinds, find_parts, sort_of
from bot.extract.values import find_terms

_FROM = {"en": r"\bfrom\s*$", "ru": r"\bс[оo]?\s*$", "kk": r"(?!)"}


_TO = {"en": r"\bto\b", "ru": r"\bдо\b", "kk": r"(?!)"}


#: "instead of 4 years of imprisonment she now faces 2 years ...": no "to" needed.
_INSTEAD = {"en": r"\binstead of\s*$", "ru": r"\bвместо\s*$", "kk": r"(?!)"}
#: The new term told first, the old after it: "two years of restricted freedom instead of three
#: years in prison", «два года ограничения свободы вместо трёх лет лишения свободы».
_NEW_BEFORE_OLD = {"en": r"\binstead\s+of\b", "ru": r"\bвместо\b", "kk": r"(?!)"}


#: "3 years ... were replaced with 3 years of ...", «3 года ... заменены на 3 года ...».
_REPLACED = {
    "en": r"\b(?:replaced|substituted|commuted|changed|converted)\b.{0,20}\b(?:with|by|to|into)\b|"
    # "his two-year prison term must be increased to two years and six months"
    r"\b(?:increased|reduced|raised|lowered|cut|extended|shortened|lengthened)\s+to\b",
    "ru": r"\bзамен\w*|\bизмен\w*\s+на\b",
    "kk": r"\bорнына\b",
}


_WITH = {"en": r"\b(?:with|by|to|into)\b", "ru": r"\bна\b", "kk": r"(?!)"}


#: "the 2 years of ... imposed by the Taraz city court on 10 March 2025 under Article 274(3)
#: were replaced by 4 years in prison": the change told in the passive, after the old term.
_REPLACED_PASSIVE = {
    "en": r"\b(?:was|were)\s+(?:replaced|substituted|changed|converted)\s+(?:with|by|to|into)\s*$",
    "ru": r"(?!)",
    "kk": r"(?!)",
}


#: A pronoun for the punishment just named ("replaced it with ...", «заменил его на ...»).
_IT = {"en": {"it"}, "ru": {"его", "её", "ее", "им"}, "kk": set()}


#: A kind replaced by a term of another, the first written without its term: "replaced the
#: prison term with 3 years of restriction of liberty", «заменил лишение свободы на 2 года ...».
_REPLACED_KIND = {
    "en": r"\b(?:replaced|substituted|commuted|changed|converted)\b"
    r"((?:[^.;\d]|(?<=\d)\.(?=\d)){0,40}?)\b(?:with|by|to|into)\b|"
    # "the prison term is replaced with three years of restricted freedom": the passive
    r"([^.;:\d]{3,40}?)\s+(?:is|was|were|has been|have been)\s+"
    r"(?:replaced|substituted|commuted|changed|converted)\s+(?:with|by|to|into)\b",
    "ru": r"\bзамени\w*((?:[^.;\d]|(?<=\d)\.(?=\d)){0,60}?)\bна\b|"
    # «наказание в виде лишения свободы заменено на 2 года ограничения свободы»: the passive
    r"([^.;:\d]{3,80}?)\s+замен(?:ено|ена|ены|[её]н)\s+на\b",
    "kk": r"(?!)",
}


def changes_in_appeal(scope: Scope, language: str) -> tuple[list[Part], list[Part], set[str]]:
    """(parts the appeal states, the 'from' values of changes, kinds replaced by another)."""
    stated: list[Part] = []
    before: list[Part] = []
    replaced: set[str] = set()
    new_kinds: list[str] = []
    for told in scope.sentences:
        # ("The prosecutor's office appealed, asking for three years behind bars": no change)
        sentence = without_requests(told, language)
        parts = find_parts(sentence.text, language, sentence.start)
        text = sentence.text
        terms = find_terms(text)
        for first, second in itertools.pairwise(terms):
            between = text[first.end : second.start]
            lead = text[max(0, first.start - 12) : first.start]
            new_first = len(between) <= 60 and re.search(
                _NEW_BEFORE_OLD[language], between, re.IGNORECASE
            )
            if new_first:
                first, second = second, first
            kazakh_from = (
                language == "kk"
                and (
                    re.search(r"(?:дан|ден|тан|тен|нан|нен)$", text[first.start : first.end])
                    or re.search(r"\w(?:дан|ден|тан|тен|нан|нен)\s*$", between)
                    # «3 жыл ... жазасын 2 жыл ... шектеуге ауыстырды»: the accusative is replaced
                    or (
                        re.search(r"(?:ды|ді|ты|ті|ны|ні|сын|сін)\b", between)
                        and re.search(r"алмастыр|ауыстыр", text)
                    )
                    # «5 жыл бас бостандығынан айыру жазасы 3 жылға қысқартылды»: the term is cut
                    or (
                        re.search(r"\bжазас(?:ы|ын)\b", between)
                        and re.match(
                            r"\s*(?:\S+\s+){0,3}?(?:қысқарт|ұзарт|азайт|төмендет)\w*",
                            text[second.end :],
                        )
                    )
                )
            )
            is_change = (
                new_first
                or kazakh_from
                or re.search(_INSTEAD[language], lead, re.IGNORECASE)
                or re.search(_REPLACED[language], between, re.IGNORECASE)
                # "replaced the 4 years of imprisonment imposed on him with 2 years of ...",
                # «заменил 4 года лишения свободы на 2 года ограничения свободы»
                or (
                    re.search(
                        REPLACED_BEFORE[language],
                        text[max(0, first.start - 40) : first.start],
                        re.IGNORECASE,
                    )
                    and re.search(_WITH[language], between, re.IGNORECASE)
                )
                or (
                    re.search(_FROM[language], lead, re.IGNORECASE)
                    and re.search(_TO[language], between, re.IGNORECASE)
                )
            )
            passive = re.search(_REPLACED_PASSIVE[language], between, re.IGNORECASE)
            if not (is_change or passive) or len(between) > (160 if passive else 60):
                continue
            to_part = next((p for p in parts if p.value_position == second.start), None)
            from_part = next((p for p in parts if p.value_position == first.start), None)
            kinds_between = [] if new_first else find_kinds(between, language)
            to_kind = to_part.kind if to_part else None
            from_kind = (
                kinds_between[0].kind if kinds_between else (from_part.kind if from_part else None)
            )
            to_kind = to_kind or from_kind or _nearest_term_kind(text, language)
            from_kind = from_kind or to_kind
            if to_kind is None or from_kind is None:
                continue
            parts = [p for p in parts if p.value_position not in (first.start, second.start)]
            stated.append(
                Part(
                    to_kind,
                    term_months=second.value,
                    position=sentence.start + second.start,
                    value_position=sentence.start + second.start,
                    changed=True,
                )
            )
            before.append(Part(from_kind, term_months=first.value))
            if from_kind != to_kind:
                replaced.add(from_kind)
        for match in re.finditer(_REPLACED_KIND[language], text, re.IGNORECASE):
            said = next((group for group in match.groups() if group is not None), "")
            kinds = find_kinds(said, language)
            if match.lastindex == 2:
                kinds = kinds[-1:]  # the subject of the passive: the kind right before the verb
            if not kinds and said.strip().lower() in _IT[language]:
                # "found the fine too lenient and replaced it with two years of ...": the
                # kind named last before the pronoun
                kinds = find_kinds(text[max(0, match.start() - 80) : match.start()], language)[-1:]
            # (not the old kind sharing the new term: «заменила лишение свободы на ограничение
            # свободы сроком на 2 года»)
            to_part = next(
                (
                    p
                    for p in parts
                    if p.value_position >= match.end() and not (kinds and p.kind == kinds[0].kind)
                ),
                None,
            )
            if not kinds or to_part is None or to_part.kind == kinds[0].kind:
                continue
            gap = text[match.end() : to_part.value_position]
            # («заменила лишение свободы на ограничение свободы сроком на 2 года»: the new kind
            # named before its term)
            named = any(k.kind == to_part.kind for k in find_kinds(gap, language))
            if (len(gap) > 20 and not (named and len(gap) <= 50)) or kinds[0].kind in replaced:
                continue
            parts.remove(to_part)
            # (the replaced kind sharing the new term across «на» is no part of its own)
            parts = [
                p
                for p in parts
                if not (p.kind == kinds[0].kind and p.term_months == to_part.term_months)
            ]
            stated.append(dataclasses.replace(to_part, changed=True))
            # "replaced the prison term with two years of restricted freedom and a ban on
            # public activity for two years": what is joined to the new punishment is new too
            for joined in _joined_after(text, to_part, parts, language):
                parts.remove(joined)
                stated.append(dataclasses.replace(joined, changed=True))
            before.append(Part(kinds[0].kind))
            replaced.add(kinds[0].kind)
        for old_kind, new_kind in _kind_replaced(text, language):
            # the old kind is named only to be replaced: a term next to it is the new one's
            parts = [p for p in parts if p.kind != old_kind]
            if old_kind not in replaced:  # the new kind's term may be told in a later sentence
                before.append(Part(old_kind))
                replaced.add(old_kind)
                new_kinds.append(new_kind)
        stated.extend(parts)
    for new_kind in new_kinds:
        index = next((i for i, p in enumerate(stated) if p.kind == new_kind), None)
        if index is None:
            stated.append(Part(new_kind, position=scope.sentences[0].start, changed=True))
        else:
            stated[index] = dataclasses.replace(stated[index], changed=True)
    stated.sort(key=lambda p: (p.position, p.value_position))
    return stated, before, replaced


_JOINED = {"en": r"\band\b", "ru": r"\bи\b", "kk": r"\bжәне\b|(?:мен|бен|пен)\b"}


def _joined_after(text: str, first: Part, parts: list[Part], language: str) -> list[Part]:
    """The parts joined by "and" after `first` in one clause, each right after the one before
    (no semicolon, no second verb)."""
    joined: list[Part] = []
    last = first
    for part in sorted(parts, key=lambda p: p.value_position):
        if part.value_position <= last.value_position or part.kind == last.kind:
            continue
        gap = text[last.value_position : part.value_position]  # (offsets in the sentence)
        if (
            len(gap) > 120
            or ";" in gap
            or not re.search(_JOINED[language], gap, re.IGNORECASE)
            or find_terms(gap)[1:]
        ):
            break
        joined.append(part)
        last = part
    return joined


#: «бас бостандығынан айыру жазасын бас бостандығын шектеуге ауыстырды»: a Kazakh appeal
#: replacing one kind by another, no term written (the term may follow in the next sentence).
_KK_KIND_REPLACED = re.compile(
    r"(?P<old>\S+\s+\S+\s+\S+)\s+жазасын\s+(?P<new>[^.;\d]{3,60}?)\s*(?:ауыстыр|алмастыр)\w*|"
    # «бас бостандығынан айыруды бір жыл бас бостандығын шектеумен алмастырып»
    r"(?P<old2>\S+\s+\S+\s+\S+(?:ды|ді|ты|ті))\s+(?P<new2>[^.;]{3,60}?(?:мен|бен|пен|ға|ге|қа|ке))"
    r"\s+(?:ауыстыр|алмастыр)\w*",
    re.IGNORECASE,
)


#: «Лишение свободы ей заменили ограничением свободы», «заменила лишение свободы штрафом»: a
#: Russian appeal replacing one kind by another in the instrumental, no «на» and no term (the
#: term may follow in the next sentence).
_RU_KIND_REPLACED = re.compile(
    r"(?P<old>(?:лишени|ограничени)\w+\s+свободы)\s+(?:[\w-]+\s+){0,2}?замен\w*\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<new>(?:ограничением|лишением)\s+свободы|штрафом|"
    r"общественными\s+работами)|"
    r"\bзамени\w*\s+(?:[\w-]+\s+){0,2}?(?P<old2>(?:лишение|ограничение)\s+свободы)\s+"
    r"(?P<new2>(?:ограничением|лишением)\s+свободы|штрафом|общественными\s+работами)",
    re.IGNORECASE,
)
_KIND_REPLACED = {"kk": _KK_KIND_REPLACED, "ru": _RU_KIND_REPLACED}


def _kind_replaced(text: str, language: str) -> list[tuple[str, str]]:
    """(old kind, new kind) of each change of one kind into another told without a term."""
    if language not in _KIND_REPLACED:
        return []
    found = []
    for match in _KIND_REPLACED[language].finditer(text):
        old = find_kinds(match.group("old") or match.group("old2"), language)
        new = find_kinds(match.group("new") or match.group("new2"), language)
        if old and new and old[-1].kind != new[0].kind:
            found.append((old[-1].kind, new[0].kind))
    return found


#: A part of the sentence taken out by the appeal: "struck out the ban on ...", «исключила из
#: приговора запрет на ...», «қоғамдық жұмысты үкімнен алып тастады» (the kind after the
#: verb in English and Russian, before it in Kazakh).
_STRUCK_OUT = {
    # ("upheld the verdict but lifted the ban on public activity")
    "en": r"\b(?:struck|removed|deleted|excluded|lifted|revoked|annulled|cancell?ed)\s+(?:out\s+)?"
    r"(?:from\s+the\s+(?:verdict|"
    r"sentence)\s+)?((?:[^.;]|(?<=\d)\.(?=\d)){3,60})",
    "ru": r"\b(?:исключил\w*|исключен\w*)\s+(?:из\s+приговора\s+)?(" + IN_SENTENCE + r"{3,60})|"
    # «оставила приговор в силе, но отменила запрет на ...»: a ban lifted
    r"\b(?:отменил\w*|снял\w*)\s+((?:дополнительное\s+наказание\s+в\s+виде\s+)?запрет"
    + IN_SENTENCE
    + r"{3,60})|"
    # a ruling's operative part: «дополнительное наказание в виде лишения права заниматься
    # общественной деятельностью исключить»
    r"(" + IN_SENTENCE + r"{3,80}?)\s+исключить\b|"
    # «Принудительный труд отменен», «запрет ... исключен»: the passive, the kind first
    r"(" + IN_SENTENCE + r"{3,60}?)\s+(?:отмен[её]н|исключ[её]н)\w*\b",
    "kk": r"("
    + IN_SENTENCE
    + r"{3,60}?)\s+(?:үкімнен\s+)?(?:алып таста|алынып таста|алып тасталды)",
}


def struck_out(scope: Scope, language: str) -> set[str]:
    """The kinds of punishment an appeal ruling took out of the sentence."""
    kinds: set[str] = set()
    for sentence in scope.sentences:
        for match in re.finditer(_STRUCK_OUT[language], sentence.text, re.IGNORECASE):
            # (in Kazakh, the words right before the verb: «қоғамдық жұмысты үкімнен ...»)
            said = next(group for group in match.groups() if group)
            told = " ".join(said.split()[-3:]) if language == "kk" else said
            found = find_kinds(told, language)
            if found and not find_terms(told):
                kinds.add(found[0].kind)
    return kinds


_UP_TO = {
    "en": (r"\b(?:to|down to|up to)\s*$", r"(?!)"),
    "ru": (r"\bдо\s*$", r"(?!)"),
    "kk": (r"(?!)", r"^\S*\s+дейін"),
}


def lone_new_term(scope: Scope, language: str) -> int | None:
    """A term an appeal reduced or increased the sentence to, written without its kind
    ("reduced the sentence to 3 years", «смягчила приговор до 3 лет», «3 жылға дейін»)."""
    before, after = _UP_TO[language]
    for sentence in scope.sentences:
        text = sentence.text
        owned = {p.value_position for p in find_parts(text, language)}
        for term in find_terms(text):
            if term.start in owned:
                continue
            if re.search(before, text[: term.start], re.IGNORECASE) or re.search(
                after, text[term.end :], re.IGNORECASE
            ):
                return term.value
    return None


#: A term an appeal took off or added: "reduced his sentence by one year", «сократила срок на
#: один год» (Kazakh «бір жылға қысқартты» may be "to" or "by": not read).
_BY = {
    "en": r"\b(?P<verb>reduced|cut|shortened|lowered|increased|extended|lengthened)\b"
    + IN_SENTENCE
    + r"{0,60}?\bby\s*$",
    "ru": r"\b(?P<verb>сократил|снизил|уменьшил|смягчил|увеличил|продлил|ужесточил)\w*"
    + IN_SENTENCE
    + r"{0,60}?\bна\s*$",
    "kk": r"(?!)",
}
_MORE = re.compile(r"increased|extended|lengthened|увеличил|продлил|ужесточил", re.IGNORECASE)


def term_changed_by(scope: Scope, language: str) -> int | None:
    """The months an appeal added (positive) or took off (negative), told with "by"."""
    for sentence in scope.sentences:
        text = sentence.text
        for term in find_terms(text):
            match = re.search(_BY[language], text[: term.start], re.IGNORECASE)
            if match:
                return term.value if _MORE.match(match.group("verb")) else -term.value
    return None


#: The punishment replaced by a term of another kind, the punishment named by no kind:
#: «Коллегия заменила срок на 3 года ограничения свободы», «алқасы жазаны 2 жыл бас
#: бостандығын шектеумен алмастырып».
PUNISHMENT_REPLACED = {
    # ("replaced the four-year prison term of X with three years of restricted freedom", "will
    # serve three years of restricted freedom instead of the prison term")
    "en": (
        r"\b(?:replaced|substituted|swapped)\b" + IN_SENTENCE + r"{0,160}?\bwith\s+(?:an?\s+)?$",
        r"^[^.;]{0,40}?\binstead\s+of\b",
    ),
    # («наказание изменено на 2 года лишения свободы», «изменила наказание на ...»; the kind
    # first: «наказание заменено на ограничение свободы сроком на 2 года»)
    "ru": (
        r"\b(?:(?:замени|измени)\w*\s+(?:срок|наказание|приговор)\w*|"
        r"(?:срок|наказание)\s+(?:изменено|изменен|заменено|заменен))\s+на\b[^\d.;:,]{0,60}$|"
        # «коллегия изменила приговор: 2 года лишения свободы»: the new punishment after a colon
        r"\bизменил\w*\s+приговор\w*\s*:\s*$",
        # («назначила два года ограничения свободы вместо трёх лет лишения свободы»)
        r"^[^.;]{0,40}?\bвместо\b",
    ),
    # («... айырудың орнына 2 жыл бас бостандығын шектеу»: the new punishment after «орнына»)
    "kk": (r"\bжаза(?:ны|сын)\s*$|\bорнына\s+$", r"(?!)"),
}


MAIN_KINDS = ("imprisonment", "restriction_of_liberty")
#: A verdict quashed as to the punishment only: «отменила приговор в части наказания».
PUNISHMENT_QUASHED = {
    "en": re.compile(r"(?!)"),
    "ru": re.compile(
        r"\bотмен\w*\s+приговор\w*[^.;]{0,80}\bв части\s+(?:назначенного\s+)?наказани"
    ),
    "kk": re.compile(r"(?!)"),
}


#: Within a sentence, past a person's initials ("Ж.Н.-ға", «Иванову А.Б.»), which a court paper
#: names the convict by right after the verdict's change.
_PAST_INITIALS = r"(?:[^.;]|(?<=\d)\.(?=\d)|(?<=(?<![^\W\d_])[^\W\d_])\.)"

#: A ruling that changed the verdict and imposed a punishment of its own: «коллегия изменила
#: приговор и назначила ему 3 года лишения свободы», "amended the sentence and sentenced him
#: to ...", «үкімді өзгертіп, оған 3 жыл ... тағайындады».
_CHANGED_AND_IMPOSED = {
    # (or granted the prosecution's appeal: "granted the prosecutor's appeal and sentenced him
    # to", «удовлетворила протест прокурора и назначила», «наразылығын қанағаттандырып ...
    # тағайындады»)
    "en": r"\b(?:(?:changed|amended|modified)\s+the\s+(?:verdict|sentence)|"
    r"(?:granted|upheld|satisfied)\s+the\s+prosecut\w+\W{0,2}s?\s+(?:appeal|protest|motion))\b"
    + IN_SENTENCE
    # ("changed the verdict, sentencing him to ...": the participle tells the new punishment)
    + r"{0,80}?\b(?:sentenc(?:ed|ing)|impos(?:ed|ing)|gave|giving)\b",
    "ru": r"\b(?:изменил\w*\s+приговор\w*|удовлетворил\w*\s+(?:апелляционн\w+\s+)?"
    r"(?:протест|ходатайств|представлени)\w*\s+прокурор\w*)"
    + IN_SENTENCE
    + r"{0,80}?\bназначил\w*|"
    # the passive of a court paper: «приговор изменён: назначено 2 года лишения свободы»
    r"\bприговор\w*"
    + IN_SENTENCE
    + r"{0,120}?\bизмен[её]н\w*"
    + _PAST_INITIALS
    + r"{0,80}?\bназначен\w*",
    "kk": r"\b(?:үкімді\s+өзгерт|(?:прокурордың\s+)?наразылығын\s+қанағаттандыр)\w*"
    + IN_SENTENCE
    + r"{0,120}?тағайында\w*|"
    # the passive: «үкімі жаза тағайындау бөлігінде өзгертілді: оған 2 жыл ... тағайындалды»
    r"\bүкімі\b" + IN_SENTENCE + r"{0,120}?өзгертіл\w*" + _PAST_INITIALS + r"{0,120}?тағайындал\w*",
}


def imposed_instead(scope: Scope, language: str) -> Part | None:
    """The prison or restriction term a ruling imposed itself after changing the verdict: the
    punishment that stands instead of the verdict's main one."""
    for sentence in scope.sentences:
        match = re.search(_CHANGED_AND_IMPOSED[language], sentence.text, re.IGNORECASE)
        if match is None:
            continue
        for part in find_parts(sentence.text, language):
            if part.kind in MAIN_KINDS and part.term_months and part.position >= match.start():
                return part
    return None


def new_main_part(
    scope: Scope, language: str, told: dict[str, tuple[str, str]] | None = None
) -> Part | None:
    """A prison or restriction-of-liberty term an appeal reduced or increased the sentence to,
    written with its kind ("reduced to 3 years of restriction of liberty", «снизила до 2 лет
    ограничения свободы», «2 жылға дейін бас бостандығын шектеу»); or with the `told` wording."""
    before, after = (told or _UP_TO)[language]
    for sentence in scope.sentences:
        text = sentence.text
        for part in find_parts(text, language):
            if part.kind not in ("imprisonment", "restriction_of_liberty") or not part.term_months:
                continue
            at = part.value_position
            terms = [t for t in find_terms(text) if t.start == at]
            end = terms[0].end if terms else at
            if re.search(before, text[:at], re.IGNORECASE) or re.search(
                after, text[end:], re.IGNORECASE
            ):
                return part
    return None


#: An appeal that turned the punishment into a lighter kind named right after its verb: "reduced
#: the sentence to a fine of ...", «смягчила наказание до штрафа», «заменил ... на штраф»,
#: «жазасын айыппұлға ауыстырды» (the Kazakh kind in the dative before the verb).
_TURNED_INTO = {
    "en": re.compile(
        r"\b(?:reduced|changed|commuted|converted|replaced|mitigated|softened)\b"
        + IN_SENTENCE
        + r"{0,60}?\b(?:to|with|into|by)\s+(?:a\s+|an\s+)?$",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"\b(?:смягчил|заменил|изменил|снизил|переквалифицир)\w*"
        + IN_SENTENCE
        + r"{0,60}?\b(?:до|на)\s+$",
        re.IGNORECASE,
    ),
    "kk": re.compile(r"(?!)"),
}
_KK_TURNED_INTO = re.compile(
    r"\w*(?:ға|ге|қа|ке|мен|бен|пен)\s+(?:\w+\s+)?(?:ауыстыр|алмастыр|жеңілдет)\w*", re.IGNORECASE
)
_LIGHTER_KINDS = ("fine", "community_service")


def turned_into_lighter(scope: Scope, language: str) -> Part | None:
    """A fine or community service an appeal turned the punishment into: it stands instead of
    the verdict's prison or restriction term (the amount or hours may follow the kind)."""
    for sentence in scope.sentences:
        text = sentence.text
        parts = find_parts(text, language)
        for kind in find_kinds(text, language):
            if kind.kind not in _LIGHTER_KINDS:
                continue
            if language == "kk":
                named = _KK_TURNED_INTO.match(text, kind.start)
            else:
                named = _TURNED_INTO[language].search(text[: kind.start])
            # (the amount or hours written before the kind or after it: the nearest)
            near = [p for p in parts if p.kind == kind.kind and abs(p.position - kind.start) < 80]
            if named and near:
                return min(near, key=lambda p: abs(p.position - kind.start))
    return None


def _nearest_term_kind(text: str, language: str) -> str | None:
    kinds = [k.kind for k in find_kinds(text, language) if sort_of(k.kind) == "term"]
    return kinds[0] if kinds else None
