"""The parts of a sentence named in one sentence of a report, each with its term, hours or
amount.

Each part of a sentence is a phrase naming its kind ("restriction of liberty", «ограничение
свободы», «бас бостандығын шектеу») and a value next to it: a term, hours or tenge. A value goes
to the kind it is written with: the kind right after it ("27780 tenge to the Fund", "1 year of
restriction") or right before it ("ban ... for 3 years", «штраф в размере 100 000 тенге»), else
the nearest one of its sort; a value never jumps over another value or a semicolon, and crossing
a comma costs. A term kind with no value of its own shares the term of the kind it is joined to
by "and" («запрет на ... деятельностью и пользование социальными сетями сроком на 1 год»).
Several amounts with one currency word are each a part ("court fees of 840 and 50 tenge").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from bot.extract.values import DOLLARS, dollars_beside, find_amounts, find_hours, find_terms, mask

KIND_PATTERNS: dict[str, dict[str, str]] = {
    "en": {
        "imprisonment": r"imprisonment|in prison|of prison|deprivation of liberty|"
        r"(?:prison|jail) (?:sentence|term)|in jail|behind bars|"
        r"in (?:a )?(?:general|strict|minimum|medium|maximum)[- ]security (?:penal )?colony|"
        # "five years in a general-regime penal colony"
        r"in (?:a )?(?:general|strict|special)[- ]regime (?:penal )?colony|"
        # "3 years in a minimum-security prison" (RFE/RL: "in a regular prison"); not "...
        # imprisonment in a minimum security institution", the same imprisonment named again
        r"in (?:a )?(?:(?:minimum|medium|maximum)[- ]security|regular) prison\b|"
        r"in (?:a )?penal colony|in (?:a )?(?:correctional|prison) colony|in (?:a )?colony\b|"
        # a wire's "was jailed for four years", "imprisoned for six years"
        r"\b(?:jailed|imprisoned)(?=\s+for\b)",
        # "one year of 'freedom limitation'", "restrictions on their freedom" (a wire's words)
        "restriction_of_liberty": r"restrict(?:ion|ed) (?:of |on )?(?:liberty|freedom)|"
        r"restricted[- ]freedom|freedom[- ]limitation|limitation (?:of|on) (?:liberty|freedom)|"
        # (English press also writes "limited freedom", "freedom restriction", a "parole-like"
        # sentence and "probation" for it; not the probation service that supervises it)
        r"limited freedom|freedom restriction|parole-like|"
        r"probation(?:ary)?\b(?!\s+(?:service|officer|supervision|control|department))|"
        r"restrictions? (?:on|of) (?:his|her|their) (?:liberty|freedom)",
        # "barred from taking part in any social or political activity", "civic activities"
        # (a table's "ban on public/political activity")
        "ban_social_activity": r"(?:social|public|civic)(?:\s*(?:\band\b|\bor\b|/)\s*"
        r"(?:political|public|social)|-political)? activit(?:y|ies)|political(?:\s*(?:\band\b|"
        r"\bor\b|/)\s*(?:social|public))? activit(?:y|ies)",
        "ban_social_networks": r"social (?:media|networks?)",
        "community_service": r"community (?:service|work)|public works|(?:compulsory|forced) "
        r"(?:labour|labor|work)",
        # (not "procedural costs for the forensic examination": the examination's fee)
        "court_fees": r"(?:court (?:fees|costs)|legal costs|procedural costs)"
        r"(?!\s+(?:for|of)\s+(?:the\s+|a\s+)?(?:forensic|linguistic|expert)\b)",
        "forensic_fee": r"forensic (?:\w+ )?(?:examination|expertise|fee|analysis)|"
        r"expert examination|forensic linguist\w*|"
        r"(?:linguistic|psychological|philological)\s+(?:expert\s+)?(?:examination|expertise|"
        r"analysis)",
        # ("a fund for victims of crimes", "the crime victims' fund")
        # ("to a state fund for crime victims": the fund's owner is part of its name)
        "victims_fund": r"(?:crime )?victims['’]? (?:compensation )?fund|"
        r"compensation fund|(?:state |special )?fund for (?:the )?"
        r"(?:compensation of |compensating )?(?:crime )?victims\b",
        "fine": r"\bfined?\b|\bfines\b",
        # a ban the record has no kind for: religious activity, holding office; a ban on
        # journalism is no ban on public activity (reports/en01 labels none)
        "other_ban": r"(?:ban(?:ned)? (?:on|from) )?religious activit(?:y|ies)|"
        r"hold(?:ing)? (?:public |certain |any )?(?:office|posts?|positions?)\b|"
        r"journalistic activit(?:y|ies)|(?<=from )journalism\b|"
        r"(?:working|work) as a journalist\b|(?:working|work) in journalism\b",
    },
    "ru": {
        "imprisonment": r"лишени\w+ свободы|лишению свободы|"
        r"(?:в )?колони\w+ (?:общего|строгого|особого|минимальной|средней|максимальной)\s+"
        r"(?:режима|безопасности)|реальн\w+ срок\w*|(?<=\s)колони(?:и|ю)\b|"
        # «к пяти годам тюрьмы», «тюремный срок»
        r"\bтюрьм(?:ы|у|е)\b|\bтюремн\w+\s+(?:срок|заключени)\w*|"
        # «к пяти годам заключения» (right after the term: not «заключение под стражу», a
        # measure, nor an expert's «заключение»)
        r"(?:(?<=лет )|(?<=годам )|(?<=года )|(?<=году ))заключени(?:я|ю)\b(?!\s+под\s+страж)",
        "restriction_of_liberty": r"ограничени\w+ свободы",
        "ban_social_activity": r"общественно-политическ\w+ деятельност\w+|общественн\w+ "
        r"деятельност\w+|политическ\w+ деятельност\w+",
        # («... деятельностью, связанной с размещением материалов в сетях телекоммуникаций»,
        # «... с администрированием сайтов в информационно-телекоммуникационных сетях»: a ban
        # on posting online, not the charge's «с использованием сетей телекоммуникаций»)
        "ban_social_networks": r"социальн\w+ сет\w+|соцсет\w+|"
        r"(?:размещени|администрировани|публикаци)\w*\s+(?:[\w-]+\s+){0,3}?(?:в\s+)?"
        r"(?:сет\w+\s+телекоммуникаци\w*|(?:информационно-)?телекоммуникационн\w+\s+сет\w+|"
        r"сети\s+«?интернет»?)",
        # Reports often say «часов принудительного труда» for the hours of public works.
        # («150 часов принудительных работ»: the hours of compulsory labour, as a relative
        # writes them)
        "community_service": r"общественн\w+ работ\w*|принудительн\w+ (?:труд|работ)\w*",
        # (not the costs «за проведение экспертизы»: the examination's fee, read below)
        "court_fees": r"(?:судебн|процессуальн)\w+ издерж\w+\b"
        r"(?!\s+(?:за|на)\s+(?:проведение\s+)?(?:[\w-]+\s+)?экспертиз)",
        "forensic_fee": r"(?:(?:судебн|процессуальн)\w+\s+)?(?:расход\w+|затрат\w+|издерж\w+)\s+"
        r"(?:(?:за|на)\s+)?(?:проведение\s+)?"
        r"(?:судебн\w+\s+)?экспертиз\w+|судебн\w+ экспертиз\w+|"
        # «15 700 тенге за лингвистическую экспертизу»: the kind of examination with it
        r"(?:(?:лингвистическ|психолого-лингвистическ|филологическ|психологическ|"
        r"криминалистическ|комплексн)\w*\s+)?экспертиз\w+",
        "victims_fund": r"фонд\w* компенсации потерпевш\w+|компенсаци\w+ потерпевш\w+|"
        r"фонд\w* (?:помощи )?потерпевш\w+",
        "fine": r"\bо?штраф\w*",
        "other_ban": r"(?:запрет\w* на )?религиозн\w+ деятельност\w*|"
        r"занима\w+ (?:определ\w+ |руководящ\w+ )?должност\w*",
    },
    "kk": {
        # («бас бостандығын айыру», a slip of the ablative as with restriction; «бас
        # бостандығынан 5 жылға айырылды», the term inside the phrase)
        "imprisonment": r"бас бостандығынан айыр\w*|колонияға|колонияда|түрмеге|"
        r"бас бостандығын айыр\w*|"
        r"бас бостандығынан(?=\s+(?:[\w.,]+\s+){1,3}?айыр(?:ыл|у|ды|ып)\w*)",
        # «бас бостандығын шектеп» (a converb), «бас бостандығын 4 жылға шектеу» (the term
        # inside the phrase): the kind is where «бас бостандығын» is written
        # («бас бостандығынан шектеу», a common slip of court press releases, is the same)
        "restriction_of_liberty": r"бас бостандығ(?:ын|ынан) шекте(?:у\w*|п\b|ді\b)|"
        r"бас бостандығын(?=\s+(?:[\w.,]+\s+){1,3}?шекте(?:у|п\b|ді\b))",
        # («қоғамдық белсенділікпен айналысуға тыйым»: public activism, the same ban)
        "ban_social_activity": r"қоғамдық-саяси қызмет\w*|қоғамдық қызмет\w*|саяси қызмет\w*|"
        r"қоғамдық белсенділік\w*",
        # («телекоммуникация желілерінде материалдар орналастыруға байланысты қызметпен
        # айналысу құқығынан»: a ban on posting online, as «... в сетях телекоммуникаций»)
        "ban_social_networks": r"әлеуметтік желі\w*|"
        r"(?:телекоммуникация(?:лық)?|интернет)\w*\s+желі\w*\s+(?:[\w-]+\s+){0,2}?"
        r"(?:орналастыр|жариял|тарат)\w*\s+байланысты",
        "community_service": r"қоғамдық жұмыс\w*|мәжбүрлі (?:еңбек|жұмыс)\w*",
        # «4 325 теңге процестік шығынды өндіріп алды» (court press releases write процестік,
        # some reports процессуалдық)
        "court_fees": r"сот шығын\w*|(?:процестік|процессуалдық)\s+шығын\w*",
        "forensic_fee": r"(?:сот[ -])?сараптама\w*(?:\s+шығын\w*)?",
        "victims_fund": r"жәбірленушілерге өтемақы\w*(?: қор\w*)?|өтемақы қор\w*",
        "fine": r"\bайыппұл\w*",
        # («кәсіподақта басшы лауазым атқаруға»: where the office is held is part of it)
        "other_ban": r"діни қызмет\w*|"
        r"(?:[\w-]+(?:та|те|да|де)\s+)?(?:басшы\s+)?лауазым\w*\s+атқар\w*",
    },
}
TERM_KINDS = (
    "imprisonment",
    "restriction_of_liberty",
    "ban_social_activity",
    "ban_social_networks",
    "other_ban",  # a ban the record has no kind for (religious activity): its term is dropped
)
MONEY_KINDS = ("court_fees", "forensic_fee", "victims_fund", "fine")
_COMPILED = {
    language: [(kind, re.compile(p, re.IGNORECASE)) for kind, p in patterns.items()]
    for language, patterns in KIND_PATTERNS.items()
}


@dataclass
class Part:
    """One part of a sentence, at `position` in the text (for the order parts were written)."""

    kind: str
    term_months: int | None = None
    hours: int | None = None
    amount: Decimal | None = None
    #: The dollar figure the report wrote beside the amount («27780 тенге ($65)»), as reported.
    amount_usd: Decimal | None = None
    position: int = 0
    #: The value's own offset: parts written in one phrase keep the order of their values.
    value_position: int = 0
    #: The new value of a change an appeal made ("from 2 years to 1 year"): not the verdict's.
    changed: bool = False
    #: An amount told roughly ("about 650,000 tenge", «650 мың теңгеге жуық»): a headline's
    #: round figure for the exact one the story gives.
    approximate: bool = False

    def same_value(self, other: Part) -> bool:
        return (self.kind, self.term_months, self.hours, self.amount) == (
            other.kind,
            other.term_months,
            other.hours,
            other.amount,
        )


@dataclass
class _Kind:
    kind: str
    start: int
    end: int


def sort_of(kind: str) -> str:
    if kind in TERM_KINDS:
        return "term"
    if kind == "community_service":
        return "hours"
    return "money"


def find_kinds(text: str, language: str) -> list[_Kind]:
    found: list[_Kind] = []
    for kind, pattern in _COMPILED[language]:
        for match in pattern.finditer(text):
            if any(k.start < match.end() and match.start() < k.end for k in found):
                continue
            found.append(_Kind(kind, match.start(), match.end()))
    found.sort(key=lambda k: k.start)
    # "two years of imprisonment in a minimum-security colony", «лишения свободы с отбыванием
    # в колонии общего режима»: the place it is served in names the same imprisonment again
    return [
        k
        for i, k in enumerate(found)
        if not (
            i
            and k.kind == found[i - 1].kind == "imprisonment"
            and _SERVED_IN.fullmatch(text[found[i - 1].end : k.start])
        )
    ]


_SERVED_IN = re.compile(
    r"\s*(?:(?:to be |being )?served\s+|с\s+отбывани\w+\s+(?:наказани\w+\s+)?(?:в\s+)?)?",
    re.IGNORECASE,
)


_RIGHT_LINK = re.compile(
    # "11,200 tenge in court costs", «15 800 тенге за проведение лингвистической экспертизы»
    r"^[\s\W]*(?:(?:to|for|into|in|as|a|an|the|of|compulsory|obligatory|mandatory|payment|ban|on|"
    r"using|use|в|во|за|на|качестве|виде|принудительн\w*|платеж\w*|платёж\w*|и|запрет\w*|"
    r"пользовани\w*|пользоваться|занятие|проведени\w*|"
    # "43,250 tenge each to the Fund", «по 43 250 тенге каждый в Фонд», «әрқайсысы»: an
    # amount owed by each of several people is still the amount of the kind after it
    r"each|apiece|кажд\w+|с\s+кажд\w+|әрқайсы\w*)[\s\W]*)*$",
    re.IGNORECASE,
)
_NOTE = re.compile(r"\s*\((?:about\s+|approx\w*\s+|около\s+|шамамен\s+)?[$€][^()]{0,20}\)")
_DASH_LINK = re.compile(r"\s*[—–]\s*")
_LEFT_LINK = re.compile(
    # «сот сараптамасы шығыны ретінде 25 736 теңге»: "as"
    r"^[\s\W]*(?:(?:in|the|amount|of|в|размере|сумме|сроком|на|for|ретінде|—|-)[\s\W]*)*$",
    re.IGNORECASE,
)


def find_parts(sentence: str, language: str, offset: int = 0) -> list[Part]:
    """The parts named in one sentence, in the order they were written."""
    text = mask(sentence, [(m.start(), m.end()) for m in DOLLARS.finditer(sentence)])
    kinds = find_kinds(text, language)
    values: list[tuple[int, int, str, object]] = []
    for amount in find_amounts(text):
        values.append((amount.start, amount.end, "money", amount.value))
    taken = [(v[0], v[1]) for v in values]
    for hours in find_hours(text):
        if not any(s < hours.end and hours.start < e for s, e in taken):
            values.append((hours.start, hours.end, "hours", hours.value))
    taken = [(v[0], v[1]) for v in values]
    for term in find_terms(text):
        if not any(s < term.end and term.start < e for s, e in taken):
            values.append((term.start, term.end, "term", term.value))
    values.sort()
    paired = _paired_amounts(text, kinds, values)
    parts: list[Part] = []
    valued: dict[int, int] = {}  # kind index -> term months given
    for start, end, sort, value in values:
        index = _kind_for(text, kinds, values, start, end, sort)
        if start in paired:
            index = paired[start][0]
        if index is None:
            continue
        kind = kinds[index]
        position = offset + min(kind.start, start)
        if sort == "money" and start in paired:
            assert isinstance(value, list)
            usd = dollars_beside(sentence, start, end)
            for n, (amount, own) in enumerate(zip(value, paired[start], strict=True)):
                parts.append(
                    Part(
                        kinds[own].kind,
                        amount=amount,
                        amount_usd=usd if n == len(value) - 1 else None,
                        position=offset + kinds[own].start,
                        value_position=start + n,
                    )
                )
        elif sort == "money":
            assert isinstance(value, list)
            # A dollar figure in brackets belongs to the amount it follows (the last of a list).
            usd = dollars_beside(sentence, start, end)
            rough = bool(
                _ABOUT_BEFORE.search(text[max(0, start - 20) : start])
                or _ABOUT_AFTER.match(text, end)
                or _IN_MILLIONS.search(text[start:end])
            )
            for n, amount in enumerate(value):
                parts.append(
                    Part(
                        kind.kind,
                        amount=amount,
                        amount_usd=usd if n == len(value) - 1 else None,
                        position=position,
                        value_position=start + n,
                        approximate=rough,
                    )
                )
        elif sort == "hours":
            parts.append(Part(kind.kind, hours=int(str(value)), position=position))
        else:
            months = int(str(value))
            valued[index] = months
            parts.append(
                Part(kind.kind, term_months=months, position=position, value_position=start)
            )
    # Term kinds without a value share the term of the kind they are joined to by "and".
    for index, kind in enumerate(kinds):
        if sort_of(kind.kind) != "term" or index in valued:
            continue
        for other in (index + 1, index - 1):
            if other in valued and 0 <= other < len(kinds):
                low, high = sorted((kinds[index], kinds[other]), key=lambda k: k.start)
                between = text[low.end : high.start]
                # (not across a term in words: "replaced the restriction of liberty with two
                # years of imprisonment" gives the term to imprisonment only)
                if (
                    len(between) <= 40
                    and not re.search(r"[;\d]", between)
                    # (not across a contrast: «... екі жылға дейін қысқартты, ал әлеуметтік
                    # желілерге тыйым өзгеріссіз қалды», "..., but the ban ...")
                    and not re.search(r",\s*(?:ал|а|но|but|while|whereas)\s", between)
                    # (not across a verb of its own: "ordered him to serve the term in a penal
                    # colony and barred him from using social networks for three years" names
                    # the ban's term only; the colony is where the term told before is served)
                    and not _NEW_PREDICATE.search(between)
                    and not (language == "kk" and _KK_CLAUSE_END.search(between))
                    and not (
                        find_terms(between)
                        and re.search(r"\b(?:with|by|into|instead|на|вместо|орнына)\b", between)
                    )
                ):
                    parts.append(
                        Part(
                            kind.kind,
                            term_months=valued[other],
                            position=offset + kind.start,
                            value_position=offset + kind.start,
                        )
                    )
                    break
    if language == "en":
        parts += _listed_bans(text, kinds, values, valued, offset)
    parts = [p for p in parts if p.kind != "other_ban"]
    parts.sort(key=lambda p: (p.position, p.value_position))
    return parts


#: What joins two kinds of money named in a row: "court costs and a payment to the Fund",
#: «процессуальные издержки и принудительный платеж в Фонд», «сот шығындары мен сараптама».
_KINDS_JOINED = re.compile(r"^[^\d.;:]{0,40}$")
_JOIN_WORD = re.compile(r"(?:^|[\s,])(?:and|и|мен|пен|бен|және)(?=\s)|,", re.IGNORECASE)
#: What may stand between two amounts of one list: "21,600 tenge ($42) and 43,250 tenge".
_AMOUNTS_JOINED = re.compile(r"^[\s,]*(?:and|и|және|мен)?\s*$", re.IGNORECASE)


def _paired_amounts(
    text: str, kinds: list[_Kind], values: list[tuple[int, int, str, object]]
) -> dict[int, list[int]]:
    """ "court costs and a forensic fee of 11,800 and 61,000 tenge respectively", «сот
    шығындары мен Жәбірленушілерге өтемақы қорына төлем: 12 300 және 43 250 теңге»: n kinds of
    money named in a row, then a list of n amounts, pair in the order written. Maps the start
    of each money value in such a list to the kind index of each of its amounts."""
    paired: dict[int, list[int]] = {}
    index = 0
    while index < len(kinds):
        run = [index]
        while (
            run[-1] + 1 < len(kinds)
            and sort_of(kinds[run[-1]].kind) == "money"
            and sort_of(kinds[run[-1] + 1].kind) == "money"
            and _KINDS_JOINED.match(gap := text[kinds[run[-1]].end : kinds[run[-1] + 1].start])
            and _JOIN_WORD.search(gap)
        ):
            run.append(run[-1] + 1)
        index = run[-1] + 1
        names = [kinds[i].kind for i in run]
        if len(run) < 2 or len(set(names)) < len(names):
            continue
        last = kinds[run[-1]]
        following = [v for v in values if v[0] >= last.end]
        listed: list[tuple[int, int, str, object]] = []
        count = 0
        for value in following:
            previous_end = listed[-1][1] if listed else last.end
            gap = text[previous_end : value[0]]
            if value[2] != "money" or count >= len(run):
                break
            if listed and not _AMOUNTS_JOINED.match(gap):
                break
            if not listed and (len(gap) > 60 or re.search(r"[\d;]", gap)):
                break
            if any(previous_end <= k.start < value[0] for k in kinds):
                break
            listed.append(value)
            assert isinstance(value[3], list)
            count += len(value[3])
        if count != len(run):
            continue
        owners = iter(run)
        for value in listed:
            assert isinstance(value[3], list)
            paired[value[0]] = [next(owners) for _ in value[3]]
    return paired


#: "about", «около», «шамамен» before an amount; «жуық», «шамасында» after it (Kazakh).
_ABOUT_BEFORE = re.compile(
    r"\b(?:about|around|nearly|almost|some|roughly|approximately|около|почти|порядка|примерно|"
    r"шамамен|шамасы)\s*$",
    re.IGNORECASE,
)
_ABOUT_AFTER = re.compile(r"\s*\w*\s+(?:жуық|шамасында)\b", re.IGNORECASE)
#: An amount written in millions ("2.1 million tenge", «2,1 млн тенге», «2,1 миллион теңге»):
#: a headline's round figure for the story's exact sum.
_IN_MILLIONS = re.compile(r"\b(?:million|mln|млн|миллион\w*|billion|млрд|миллиард\w*)", re.I)


#: "and barred him", «и запретил ему»: a second verb, so what follows is a part of its own.
_NEW_PREDICATE = re.compile(
    r"\band\s+(?:also\s+)?(?:barred|banned|prohibited|forbade|ordered|deprived|sentenced|"
    r"fined|imposed|handed|gave)\b|"
    # "Besides the prison term, he was barred from public activities for five years": a
    # passive verb of its own starts a new clause, its term not the prison term's
    r"\b(?:was|were|is|are)\s+(?:also\s+)?(?:barred|banned|prohibited|ordered|deprived|"
    r"sentenced|fined|handed|given)\b|"
    r"\bи\s+(?:также\s+)?(?:запретил|обязал|назначил|лишил|приговорил|оштрафовал)\w*",
    re.IGNORECASE,
)
#: A Kazakh finite verb closing a clause before a comma («... шектеуге ауыстырады, қоғамдық
#: қызметке тыйым өзгеріссіз қалады»): what follows is told apart, its term not shared.
_KK_CLAUSE_END = re.compile(r"\w(?:ады|еді|йды|йді|ды|ді|ты|ті)\s*,", re.IGNORECASE)
_BARRED_FROM = re.compile(
    r"\b(?:barred|banned|prohibited|forbidden|bans?)\b[^.;]{0,60}?\bfrom\b", re.IGNORECASE
)
_FOR_TERM = re.compile(r"\bfor\s*$", re.IGNORECASE)


def _listed_bans(
    text: str,
    kinds: list[_Kind],
    values: list[tuple[int, int, str, object]],
    valued: dict[int, int],
    offset: int,
) -> list[Part]:
    """ "barred him from taking part in any social or political activity, publishing articles
    in the media, and attending public gatherings for three years": the term closing a list of
    what is banned is the term of each ban in it, however long the list."""
    parts: list[Part] = []
    for index, kind in enumerate(kinds):
        if kind.kind not in ("ban_social_activity", "ban_social_networks") or index in valued:
            continue
        barred = [m for m in _BARRED_FROM.finditer(text, 0, kind.start)]
        if not barred or re.search(r"[.;]", text[barred[-1].end() : kind.start]):
            continue
        term = next(
            (v for v in values if v[2] == "term" and v[0] >= kind.end),
            None,
        )
        if term is None or term[0] - kind.end > 160 or re.search(r"[.;]", text[kind.end : term[0]]):
            continue
        if not _FOR_TERM.search(text[: term[0]]):
            continue
        if any(
            k.start > kind.end
            and k.end <= term[0]
            and sort_of(k.kind) == "term"
            and k.kind not in ("ban_social_activity", "ban_social_networks")
            for k in kinds
        ):
            continue
        parts.append(
            Part(
                kind.kind,
                term_months=int(str(term[3])),
                position=offset + kind.start,
                value_position=offset + kind.start,
            )
        )
    return parts


#: A fine counted in monthly calculation indices, with the number in words or not.
_MCI_COUNT = re.compile(
    r"\d[\d\s]*(?:\([^()\d]{1,40}\)\s*)?(?:месячн\w+\s+расч[её]тн\w+\s+показател\w+|"
    # ("a fine of 300 monthly calculation indices, or 1,179,600 tenge", «200 АЕК»)
    r"monthly\s+calculation\s+ind\w+|айлық\s+есептік\s+көрсеткіш\w*|МРП|MCI|АЕК)",
    re.IGNORECASE,
)


#: "in the amount of", «в размере», «в сумме», «мөлшерінде»: the amount is that kind's size.
_SIZED = re.compile(r"\b(?:amount|размере|сумме|мөлшер\w*)\b", re.IGNORECASE)
_AND = re.compile(r"^\s*(?:and|и|және)\s", re.IGNORECASE)


_A_BAN = re.compile(r"[\s-]*(?:ban|prohibition|запрет\w*|тыйым)\b", re.IGNORECASE)
_BANS = ("ban_social_activity", "ban_social_networks", "other_ban")


def _kind_for(
    text: str,
    kinds: list[_Kind],
    values: list[tuple[int, int, str, object]],
    start: int,
    end: int,
    sort: str,
) -> int | None:
    candidates = [i for i, k in enumerate(kinds) if sort_of(k.kind) == sort]
    if sort == "term" and _A_BAN.match(text, end):
        # "kept the three-year ban": the term of a ban, never of the prison term before it
        candidates = [i for i in candidates if kinds[i].kind in _BANS]
    if not candidates:
        return None

    def blocked(low: int, high: int) -> bool:
        if ";" in text[low:high]:
            return True
        return any(low <= v[0] < high and (v[0], v[1]) != (start, end) for v in values)

    after = [i for i in candidates if kinds[i].start >= end and not blocked(end, kinds[i].start)]
    before = [i for i in candidates if kinds[i].end <= start and not blocked(kinds[i].end, start)]
    left_linked = (
        before
        and _LEFT_LINK.match(text[kinds[before[-1]].end : start])
        and (start - kinds[before[-1]].end <= 30)
    )
    # (a dollar figure in brackets is a note: "96,400 tenge ($189) for a linguistic ...")
    right_gap = _NOTE.sub(" ", text[end : kinds[after[0]].start]) if after else ""
    # «процессуальные издержки – 18 460 тенге и ... платеж в Фонд ... – 43 250 тенге»: a list
    # of "kind – value" pairs, each value dashed to the kind before it, the next pair after
    # "and" (not «издержки — 15 700 тенге за лингвистическую экспертизу»: what they are for)
    dashed = (
        left_linked
        and _DASH_LINK.fullmatch(text[kinds[before[-1]].end : start])
        and _AND.match(right_gap)
    )
    if after and _RIGHT_LINK.match(right_gap) and len(right_gap) <= 45 and not dashed:
        # "штраф 1 035 000 тг., судебные издержки 4 200 тг.": a list of "kind value" pairs;
        # a comma after the value and a kind right before it bind it to the left.
        # «процессуальные издержки в сумме 12 450 тенге и принудительный платёж в Фонд ...»:
        # an amount said to be the size of the kind before it stays with it across "and"
        sized = left_linked and _SIZED.search(text[kinds[before[-1]].end : start])
        if not (left_linked and re.search(r"[,;]", right_gap)) and not (
            sized and _AND.match(right_gap)
        ):
            return after[0]
    if left_linked:
        return before[-1]

    def cost(index: int) -> int:
        kind = kinds[index]
        gap = text[end : kind.start] if kind.start >= end else text[kind.end : start]
        # «штрафа в размере 300 (трёхсот) месячных расчётных показателей, что составляет
        # 1 179 600 тенге»: the fine in MCI restates the amount and costs nothing
        gap = _MCI_COUNT.sub("", gap)
        return len(gap) + 15 * gap.count(",")

    near = [i for i in (after[:1] + before[-1:]) if i is not None]
    if not near:
        return None
    best = min(near, key=cost)
    return best if cost(best) <= 80 else None


def kinds_lent(block: str, start: int, end: int, language: str) -> list[tuple[int, int, int]]:
    """(start, end, figure) of each kind named once for two terms in block[start:end]: in "X
    three years in prison and Y two years" (a term is in the share of its own figure) "in
    prison" is lent to Y's term, told in X's share."""
    text = block[start:end]
    kinds = find_kinds(text, language)
    lent = []
    for part in find_parts(text, language):
        if part.position >= part.value_position:
            continue
        kind = next((k for k in kinds if k.start == part.position), None)
        if kind is not None:
            lent.append((start + kind.start, start + kind.end, start + part.value_position))
    return lent


def spans_keeping_lent_kinds(
    spans: list[tuple[int, int]], block: str, cuts: list[list[tuple[str, int]]], language: str
) -> list[tuple[int, int]]:
    """The spans to blank, less the kind a term left unblanked borrows from a blanked share
    (`cuts`: each shared sentence's people and where their shares start, then its end)."""
    lent = [k for shared in cuts for k in kinds_lent(block, shared[0][1], shared[-1][1], language)]
    kept: list[tuple[int, int]] = []
    for low, high in spans:
        pieces = [(low, high)]
        for start, end, figure in lent:
            if low <= start < high and not low <= figure < high:
                pieces = [
                    piece
                    for a, b in pieces
                    for piece in ((a, min(b, start)), (max(a, end), b))
                    if piece[1] > piece[0]
                ]
        kept += pieces
    return kept
