"""Events of a case from its scopes: each event's kind, date and details, its sentence parts and
the appeal's outcome (what an appeal changed, struck out or kept)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re

from bot.extract.lexicon import IN_SENTENCE
from bot.extract.record import Record, Scope

# --- events --------------------------------------------------------------------------------------
from bot.extract.references import REPLACED_BEFORE, without_requests
from bot.extract.sentence import Part, find_kinds, find_parts, sort_of
from bot.extract.values import find_terms


def _parts(scope: Scope, language: str) -> list[Part]:
    sentences = [without_requests(s, language) for s in scope.sentences]
    return [p for s in sentences for p in find_parts(s.text, language, s.start)]


_FROM = {"en": r"\bfrom\s*$", "ru": r"\bс[оo]?\s*$", "kk": r"(?!)"}


_TO = {"en": r"\bto\b", "ru": r"\bдо\b", "kk": r"(?!)"}


#: "instead of 4 years of imprisonment she now faces 2 years ...": no "to" needed.
_INSTEAD = {"en": r"\binstead of\s*$", "ru": r"\bвместо\s*$", "kk": r"(?!)"}


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
    "ru": r"\bзамени\w*((?:[^.;\d]|(?<=\d)\.(?=\d)){0,60}?)\bна\b",
    "kk": r"(?!)",
}


def _appeal_changes(scope: Scope, language: str) -> tuple[list[Part], list[Part], set[str]]:
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
                kazakh_from
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
            kinds_between = find_kinds(between, language)
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
        for old_kind, new_kind in _kk_kind_replaced(text, language):
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


def _kk_kind_replaced(text: str, language: str) -> list[tuple[str, str]]:
    if language != "kk":
        return []
    found = []
    for match in _KK_KIND_REPLACED.finditer(text):
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


def _struck_out(scope: Scope, language: str) -> set[str]:
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


def _lone_new_term(scope: Scope, language: str) -> int | None:
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


def _term_changed_by(scope: Scope, language: str) -> int | None:
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
_PUNISHMENT_REPLACED = {
    "en": (r"(?!)", r"(?!)"),
    # («наказание изменено на 2 года лишения свободы», «изменила наказание на ...»)
    "ru": (
        r"\b(?:(?:замени|измени)\w*\s+(?:срок|наказание|приговор)\w*|"
        r"(?:срок|наказание)\s+(?:изменено|изменен|заменено|заменен))\s+на\s*$|"
        # «коллегия изменила приговор: 2 года лишения свободы»: the new punishment after a colon
        r"\bизменил\w*\s+приговор\w*\s*:\s*$",
        r"(?!)",
    ),
    "kk": (r"\bжаза(?:ны|сын)\s*$", r"(?!)"),
}


_MAIN_KINDS = ("imprisonment", "restriction_of_liberty")
#: A verdict quashed as to the punishment only: «отменила приговор в части наказания».
_PUNISHMENT_QUASHED = {
    "en": re.compile(r"(?!)"),
    "ru": re.compile(
        r"\bотмен\w*\s+приговор\w*[^.;]{0,80}\bв части\s+(?:назначенного\s+)?наказани"
    ),
    "kk": re.compile(r"(?!)"),
}


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
    + r"{0,80}?\b(?:sentenced|imposed|gave)\b",
    "ru": r"\b(?:изменил\w*\s+приговор\w*|удовлетворил\w*\s+(?:апелляционн\w+\s+)?"
    r"(?:протест|ходатайств|представлени)\w*\s+прокурор\w*)"
    + IN_SENTENCE
    + r"{0,80}?\bназначил\w*",
    "kk": r"\b(?:үкімді\s+өзгерт|(?:прокурордың\s+)?наразылығын\s+қанағаттандыр)\w*"
    + IN_SENTENCE
    + r"{0,120}?тағайында\w*",
}


def _imposed_instead(scope: Scope, language: str) -> Part | None:
    """The prison or restriction term a ruling imposed itself after changing the verdict: the
    punishment that stands instead of the verdict's main one."""
    for sentence in scope.sentences:
        match = re.search(_CHANGED_AND_IMPOSED[language], sentence.text, re.IGNORECASE)
        if match is None:
            continue
        for part in find_parts(sentence.text, language):
            if part.kind in _MAIN_KINDS and part.term_months and part.position >= match.start():
                return part
    return None


def _new_main_part(
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


def _turned_into_lighter(scope: Scope, language: str) -> Part | None:
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


def _unique(parts: list[Part]) -> list[Part]:
    kept: list[Part] = []
    for part in parts:
        if part.approximate and any(
            other.kind == part.kind
            and not other.approximate
            and other.amount is not None
            and part.amount is not None
            and abs(other.amount - part.amount) <= part.amount / 10
            for other in parts
        ):
            continue  # a headline's "about 650,000 tenge" for the story's exact 648,750
        if not any(part.same_value(k) for k in kept):
            kept.append(part)
    return kept


def _events(scopes: list[Scope], language: str) -> tuple[list[Record], str | None]:
    first: dict[str, Scope] = {}
    for scope in scopes:
        first.setdefault(scope.kind, scope)
    rulings = [s for s in scopes if s.kind == "appeal_ruling" and s.date is not None]
    if rulings:  # the appeal, then a cassation, whatever order the report tells them in
        first["appeal_ruling"] = min(rulings, key=lambda s: s.date or dt.date.max)
    verdict_parts: list[Part] = []
    if "verdict" in first:
        # "16:05 VERDICT. / 16:07 NAME: a fine of ...": the same day's verdict told again
        same_day = [
            scope
            for scope in scopes
            if scope.kind == "verdict"
            and (scope is first["verdict"] or (scope.date and scope.date == first["verdict"].date))
        ]
        verdict_parts = _unique([p for scope in same_day for p in _parts(scope, language)])
    appeal = first.get("appeal_ruling")
    appeal_parts: list[Part] = []
    outcome = None
    if appeal is not None:
        outcome = appeal.outcome
        stated, before, replaced = _appeal_changes(appeal, language)
        stated = _unique(stated)
        struck = _struck_out(appeal, language)
        if verdict_parts:
            # (only what the verdict gave can be taken out of it)
            struck &= {p.kind for p in verdict_parts}
        if struck:
            # «Коллегия исключила из приговора запрет на пользование соцсетями»: the rest
            # stands; a part taken out makes the sentence lighter
            stated = [p for p in stated if p.kind not in struck]
            replaced |= struck
            if outcome in (None, "upheld"):
                outcome = "reduced"
        replacing = _new_main_part(appeal, language, _PUNISHMENT_REPLACED)
        if replacing is None and _PUNISHMENT_QUASHED[language].search(
            " ".join(s.text for s in appeal.sentences)
        ):
            # «отменила приговор в части наказания. Коллегия ... назначила 3 года лишения
            # свободы»: the new punishment the ruling gave instead of the verdict's
            replacing = next(
                (p for p in _parts(appeal, language) if p.kind in _MAIN_KINDS and p.term_months),
                None,
            )
        if replacing is None and outcome is None:
            replacing = _imposed_instead(appeal, language)
        if (outcome in ("reduced", "increased") or (replacing and outcome is None)) and not any(
            p.changed for p in stated
        ):
            lone = _lone_new_term(appeal, language) if outcome is not None else None
            main = next(
                (p for p in verdict_parts if p.kind in ("imprisonment", "restriction_of_liberty")),
                None,
            )
            new = (
                (_new_main_part(appeal, language) if outcome else None)
                or replacing
                or (_turned_into_lighter(appeal, language) if outcome == "reduced" else None)
            )
            if lone is None and main is not None and main.term_months and outcome is not None:
                by = _term_changed_by(appeal, language)
                if by is not None and main.term_months + by >= 1:
                    lone = main.term_months + by  # "reduced his sentence by one year"
            if lone is not None and main is not None and lone != main.term_months:
                # «апелляция смягчила приговор до 3 лет»: the verdict's main term, changed.
                stated = [p for p in stated if p.kind != main.kind]
                stated.append(Part(main.kind, term_months=lone, changed=True))
                before.append(main)
            elif new is not None and main is not None and new.kind != main.kind:
                # "the punishment was reduced to 3 years of restriction of liberty" after 5
                # years of prison: another kind of punishment instead of the verdict's.
                stated = [p for p in stated if not p.same_value(new)]
                stated.append(dataclasses.replace(new, changed=True))
                before.append(main)
                replaced.add(main.kind)
        changed = [p for p in stated if p.changed]
        if before and changed and outcome not in ("overturned", "sent_back"):
            # «изменила приговор ... в остальной части без изменения»: the change decides.
            outcome = _direction(before[0], changed[0]) or outcome
        verdict_kinds = {p.kind for p in verdict_parts}
        for part in before:
            if part.kind not in verdict_kinds:
                verdict_parts.append(part)
                verdict_kinds.add(part.kind)
        if outcome == "upheld" and not stated:
            appeal_parts = list(verdict_parts)
        elif outcome in ("overturned", "sent_back"):
            appeal_parts = stated
        else:
            stated_kinds = {p.kind for p in stated}
            for part in verdict_parts:
                if part.kind in replaced and part.kind not in stated_kinds:
                    continue
                if part.kind in stated_kinds:
                    appeal_parts += [
                        p for p in stated if p.kind == part.kind and p not in appeal_parts
                    ]
                else:
                    appeal_parts.append(part)
            for part in stated:
                if part.kind not in verdict_kinds:
                    appeal_parts.append(part)
                    if outcome in ("reduced", "upheld") and not part.changed:
                        verdict_parts.append(part)  # "left ... 80 hours": part of the verdict
            if (
                "restriction_of_liberty" in replaced
                and not any(p.kind == "restriction_of_liberty" for p in appeal_parts)
                and not any(p.kind == "community_service" for p in stated)
            ):
                # the Criminal Code (art. 44) attaches compulsory labour to restriction of
                # liberty: «вместо 2 лет ограничения свободы (и 100 часов принудительного
                # труда) ... к 1 году лишения свободы» takes the hours away with it
                appeal_parts = [p for p in appeal_parts if p.kind != "community_service"]
    events: list[Record] = []
    measures_seen: set[tuple[dt.date | None, str | None]] = set()
    for scope in scopes:
        if scope.kind == "preventive_measure":
            # A measure can be changed ("changed the measure to house arrest"): each counts.
            if (scope.date, scope.measure) in measures_seen:
                continue
            measures_seen.add((scope.date, scope.measure))
        elif scope.kind == "appeal_ruling" and first.get(scope.kind) is not scope:
            # A later ruling on the same case (cassation, the Supreme Court refusing review).
            if appeal is None or scope.date is None or appeal.date is None:
                continue
            if scope.date <= appeal.date:
                continue
            later = _event(scope.kind, scope.date)
            later_parts = _unique(_parts(scope, language))
            later["appeal_outcome"] = scope.outcome
            if scope.outcome in ("overturned", "sent_back") or later_parts:
                later["sentence"] = [_part_record(p) for p in later_parts]
            else:
                later["sentence"] = [_part_record(p) for p in appeal_parts]
            events.append(later)
            continue
        elif first.get(scope.kind) is not scope and not _taken_in_court(scope, first):
            continue
        event = _event(scope.kind, scope.date)
        if (
            scope.courtroom
            and appeal is not None
            and appeal.date is not None
            and outcome in ("reduced", "overturned", "sent_back")
        ):
            # «Ранее ... суд признал её виновной. Ибраеву освободили в зале суда» told after the
            # verdict: the appeal that lightened the sentence freed her
            event["date"] = appeal.date.isoformat()
        if scope.kind in ("detention", "preventive_measure"):
            event["measure"] = scope.measure
        elif scope.kind == "verdict":
            event["sentence"] = [_part_record(p) for p in verdict_parts]
        elif scope.kind == "appeal_ruling":
            event["appeal_outcome"] = outcome
            event["sentence"] = [_part_record(p) for p in appeal_parts]
        events.append(event)
    events.sort(key=lambda e: e["date"] or "")
    kinds = {e["kind"] for e in events}
    if "detention" not in kinds and all(
        e["measure"] == "travel_ban" for e in events if e["kind"] == "preventive_measure"
    ):
        # a travel ban alone («избрали меру пресечения в виде запрета на выезд») is imposed on
        # someone charged and left free, not held
        kinds = {"charge" if k == "preventive_measure" else k for k in kinds}
    stage = next(
        (
            stage
            for stage, kind in (
                ("appealed", "appeal_ruling"),
                ("sentenced", "verdict"),
                ("on_trial", "trial"),
                ("charged", "charge"),
                ("detained", "detention"),
                ("detained", "preventive_measure"),
                ("sentenced", "release"),
            )
            if kind in kinds
        ),
        None,
    )
    return events, stage


def _taken_in_court(scope: Scope, first: dict[str, Scope]) -> bool:
    """A second detention that is the courtroom's on a verdict or an appeal ruling ("taken into
    custody in the courtroom" after a lighter sentence became prison) is an event of its own,
    after the arrest that began the case."""
    earlier = first.get("detention")
    rulings = [first[k].date for k in ("verdict", "appeal_ruling") if k in first]
    return (
        scope.kind == "detention"
        and scope.courtroom
        and earlier is not None
        and earlier.date is not None
        and scope.date is not None
        and scope.date > earlier.date
        and scope.date in rulings
    )


_SEVERITY = {"imprisonment": 3, "restriction_of_liberty": 2, "community_service": 1, "fine": 0}


def _direction(before: Part, after: Part) -> str | None:
    """'reduced' or 'increased': a lighter kind of punishment, or the same kind shorter."""
    old, new = _SEVERITY.get(before.kind), _SEVERITY.get(after.kind)
    if old is not None and new is not None and old != new:
        return "reduced" if new < old else "increased"
    if before.kind == after.kind and before.term_months and after.term_months:
        if after.term_months != before.term_months:
            return "reduced" if after.term_months < before.term_months else "increased"
    return None


def _event(kind: str, date: dt.date | None) -> Record:
    return {
        "kind": kind,
        "date": date.isoformat() if date else None,
        "scheduled": False,
        "court": None,
        "judge": None,
        "prosecutor": None,
        "measure": None,
        "place_held": None,
        "appeal_outcome": None,
        "outcome": None,
        "sentence": [],
    }


def _part_record(part: Part) -> Record:
    return {
        "kind": part.kind,
        "term_months": part.term_months,
        "hours": part.hours,
        "amount": f"{part.amount:.2f}" if part.amount is not None else None,
        "currency": "KZT" if part.amount is not None else None,
        "amount_usd": f"{part.amount_usd:.2f}" if part.amount_usd is not None else None,
    }
