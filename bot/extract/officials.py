"""The officials of a case: the court of the verdict or trial, and the judge and the prosecutor
named around a role word.

Invariants: the court is the one that tried the person, as the verdict names it before a
trial's mention, never the appeal court nor the investigating judge's (a court named with
«следственный судья», "investigating judge", «тергеу судьясы» is skipped wherever it is told);
an English court's name never opens with a month nor, for a district's or a town's court, ends
with its region; a judge's or prosecutor's name is read only after a role word («судья»,
"prosecutor", «мемлекеттік айыптаушы») and the office or title written after it («прокурор г.
Семей», «прокурорының көмекшісі», "Ms.") in the same sentence, or right before it when none
follows; the verdict's officials win over the appeal board's; a Russian or Kazakh name is
returned in the nominative, initials as written («Н.С.» stays «Н.С.», «Н. С.» keeps its space;
a court paper's compact initials after the surname, «Жакупов Р.М.», stay after it, spaced ones
go first).
"""

from __future__ import annotations

import re

from bot.extract import court_papers, lexicon, names, nominative, places, role_names, values
from bot.extract.blocks import Sentence, split_sentences
from bot.extract.record import Scope

# --- the court -----------------------------------------------------------------------------------

_RU_ADJECTIVE = (
    (r"ского\b|скому\b|ским\b|ском\b", "ский"),
    (r"ного\b|ному\b|ным\b|ном\b", "ный"),
)


#: («алқа» a word of its own: «Шалқар аудандық соты», «Балқаш қалалық соты» are trial courts)
_APPEAL_COURT = re.compile(
    r"regional|областн|облыстық|appeal|апелляц|(?<![\w-])алқа", re.IGNORECASE
)


_SAME_COURT_RU = re.compile(r"\b(?:тот\s+же|том\s+же|тем\s+же)\s+суд", re.IGNORECASE)


def _court(scopes: list[Scope], language: str) -> str | None:
    """The court of the verdict or trial; else a city or district court the appeal ruling names
    (the regional court that heard the appeal is not "the court"). A court left alone with a
    date where another co-defendant's part of a sentence was blanked out ("12 March   Khromtau
    District Court") gives way to one the person's own sentences name."""
    return _verdict_court(scopes, language, remnants=False) or _verdict_court(
        scopes, language, remnants=True
    )


def _kept_alone(text: str, start: int, end: int) -> bool:
    """Whether the court from `start` to `end` stands between blanked-out words (runs of
    spaces where another co-defendant's part of the sentence was): kept for its date only."""
    return bool(
        re.match(r"\s{3}", text[end:]) and re.search(r"\s{3}", text[max(0, start - 25) : start])
    )


def _verdict_court(scopes: list[Scope], language: str, remnants: bool) -> str | None:
    # (the verdict's own words first: «13 мая – начало суда в Жылыойском районном суде», then
    # «Жылыойский районный суд Атырауской области приговорил ...» names the court in full)
    ordered = [s for s in scopes if s.kind == "verdict"] + [s for s in scopes if s.kind == "trial"]
    for scope in ordered:
        for sentence in scope.sentences:
            # "Both verdicts can be appealed to the Zhambyl regional court": not its court
            intended = lexicon.APPEAL_INTENDED[language].search(sentence.text)
            for match in lexicon.COURT[language].finditer(sentence.text):
                if _owns_appeal_board(sentence.text, match.end(), match.start()):
                    continue
                if _investigating_judges(sentence.text, match.start(), match.end()):
                    continue
                if not remnants and _kept_alone(sentence.text, match.start(), match.end()):
                    continue
                if _APPEAL_COURT.search(match.group()) and _press_service(
                    sentence.text, match.start(), match.end()
                ):
                    continue  # the regional court's press service tells of a lower court's verdict
                if not (intended and _APPEAL_COURT.search(match.group())):
                    return _court_nominative(_without_given_name(match.group()), language)
            if language == "ru" and _SAME_COURT_RU.search(sentence.text):
                # «Ходатайство об УДО удовлетворил Талдыкорганский городской суд. ... 22
                # декабря 2022 года тот же суд приговорил его»: the court named before
                told = sorted(
                    (s for other in scopes for s in other.sentences if s.start < sentence.start),
                    key=lambda s: s.start,
                )
                for earlier in reversed(told):
                    named = [
                        m.group()
                        for m in lexicon.COURT[language].finditer(earlier.text)
                        if not _APPEAL_COURT.search(m.group())
                    ]
                    if named:
                        return _court_nominative(_without_given_name(named[-1]), language)
    for scope in scopes:
        if scope.kind != "appeal_ruling":
            continue
        for sentence in scope.sentences:
            for match in lexicon.COURT[language].finditer(sentence.text):
                if (
                    not _APPEAL_COURT.search(match.group())
                    and not _owns_appeal_board(sentence.text, match.end(), match.start())
                    and not _investigating_judges(sentence.text, match.start(), match.end())
                ):
                    return _court_nominative(_without_given_name(match.group()), language)
    return None


_INVESTIGATING = re.compile(r"investigat|следствен|тергеу", re.IGNORECASE)
#: A court whose appeal board is named right after it («Шымкент қалалық сотының қылмыстық
#: істер жөніндегі апелляциялық алқасы», «коллегия ... Алматинского городского суда» is the
#: other order) heard the appeal: it is not the court of the verdict.
_APPEAL_BOARD_AFTER = re.compile(
    r"\s*(?:қылмыстық\s+істер\s+жөніндегі\s+)?апелляциялық\s+(?:сот\s+)?алқа", re.IGNORECASE
)


#: The other order: the board first, its court after it («апелляционная коллегия
#: Алматинского городского суда», "the judicial board for criminal cases of the Astana City
#: Court").
_APPEAL_BOARD_BEFORE = re.compile(
    r"(?:коллеги\w*(?:\s+по\s+уголовным\s+делам)?|"
    r"\b(?:board|panel|collegium|chamber)(?:\s+for\s+criminal\s+cases)?\s+of(?:\s+the)?)\s*$",
    re.IGNORECASE,
)


#: A court's press service, after its name or before it: «Батыс Қазақстан облыстық сотының
#: баспасөз қызметі», «пресс-служба Карагандинского областного суда», "the Atyrau regional
#: court's press service", "the press service of the Atyrau Regional Court".
_PRESS_AFTER = re.compile(r"\s*(?:['’]s\s+)?(?:баспасөз\s+қызмет|press\s+service)", re.IGNORECASE)
_PRESS_BEFORE = re.compile(
    r"(?:пресс-служб\w*|press\s+service\s+of(?:\s+the)?|баспасөз\s+қызметі)\s*$", re.IGNORECASE
)


#: An investigating judge's court, named after the judge ("an investigating judge of the Atyrau
#: City Court", «следственный судья Петропавловского городского суда») or before it («Орал
#: қалалық сотының тергеу судьясы»): it ordered a measure, it did not try the case.
_INVESTIGATING_BEFORE = re.compile(
    r"(?:investigating\s+judge\s+(?:of|at)(?:\s+the)?|следственн\w+\s+суд\w*(?:\s+суда)?|"
    r"тергеу\s+судьясы)\s*$",
    re.IGNORECASE,
)
_INVESTIGATING_AFTER = re.compile(
    r"(?:['’]s)?\s*(?:investigating\s+judge|тергеу\s+судья|следственн\w+\s+суд)", re.IGNORECASE
)


def _investigating_judges(text: str, start: int, end: int) -> bool:
    """Whether the court named from `start` to `end` is named as an investigating judge's."""
    return bool(
        _INVESTIGATING_BEFORE.search(text[max(0, start - 40) : start])
        or _INVESTIGATING_AFTER.match(text, end)
    )


def _press_service(text: str, start: int, end: int) -> bool:
    """Whether the court named from `start` to `end` is named as the one whose press service
    reports: the publisher, not the court of the verdict."""
    return bool(
        _PRESS_AFTER.match(text, end) or _PRESS_BEFORE.search(text[max(0, start - 40) : start])
    )


def _owns_appeal_board(text: str, end: int, start: int | None = None) -> bool:
    """Whether the court that ends at `end` (and starts at `start`) is named with its appeal
    board."""
    if start is not None and _APPEAL_BOARD_BEFORE.search(text[max(0, start - 60) : start]):
        return True
    return _APPEAL_BOARD_AFTER.match(text, end) is not None


def _court_named_alone(sentences: list[Sentence], scopes: list[Scope], language: str) -> str | None:
    """A sentenced person's court written on a line of its own (a card's "🏛 Enbekshi district
    court of Shymkent, judge ..."), or the court of a trial named where the story tells of a
    hearing («Процесс по делу ... в специализированном межрайонном суде ... отложен»): the first
    city or district court outside what is said of an arrest or a measure."""
    if not any(scope.kind in ("verdict", "trial") for scope in scopes):
        return None
    elsewhere = {
        s.start
        for scope in scopes
        if scope.kind not in ("verdict", "trial")
        for s in scope.sentences
    }
    for sentence in sentences:
        if sentence.start in elsewhere or _INVESTIGATING.search(sentence.text):
            continue
        for match in lexicon.COURT[language].finditer(sentence.text):
            if not _APPEAL_COURT.search(match.group()) and not _owns_appeal_board(
                sentence.text, match.end(), match.start()
            ):
                return _court_nominative(match.group(), language)
    return None


def only_trial_court(text: str, language: str) -> str | None:
    """The one court of first instance a whole text names (a live blog's «У здания Атырауского
    городского суда собралось ...» before the posts about the trial): the court of its one case
    when the case's own paragraphs name none. None when the text names two or none (not an
    appeal court, an appeal board's, an investigating judge's or a press service's)."""
    from bot.extract.scopes import _event_kind

    found = {
        _court_nominative(_without_given_name(match.group()), language)
        for sentence in split_sentences(text)
        if not _INVESTIGATING.search(sentence.text)
        # (not "The Karasai district court granted his request for early release": the court
        # of another event)
        and _event_kind(sentence.text, language) in (None, "verdict", "trial")
        for match in lexicon.COURT[language].finditer(sentence.text)
        if not _APPEAL_COURT.search(match.group())
        and not _owns_appeal_board(sentence.text, match.end(), match.start())
        and not _press_service(sentence.text, match.start(), match.end())
    }
    return found.pop() if len(found) == 1 else None


def _court_of_judge(
    sentences: list[Sentence], judges: list[tuple[names.Mention, str]], language: str
) -> str | None:
    """The court named in the sentence that names the judge (a verdict's preamble: «Ақтөбе
    облысы Шалқар аудандық соты төрағалық етуші судья Ж. Қ. Мұхамбетова ...»), when no event
    says which court it was; not an appeal court."""
    for judge, _cue in judges:
        sentence = next(
            (s for s in sentences if s.start <= judge.start < s.start + len(s.text)), None
        )
        if sentence is None:
            continue
        for match in lexicon.COURT[language].finditer(sentence.text):
            if not _APPEAL_COURT.search(match.group()) and not _owns_appeal_board(
                sentence.text, match.end(), match.start()
            ):
                return _court_nominative(_without_given_name(match.group()), language)
    return None


def _without_given_name(court: str) -> str:
    """«Шымкентского городского суда Мадина» -> without the judge's given name the court's
    pattern took for a town's genitive."""
    words = court.split()
    last = words[-1] if len(words) > 2 else ""
    if (
        re.fullmatch(r"[А-ЯЁ][а-яё-]+", last)
        and places.find_town(last) is None
        and (
            any("Name" in p.tag.grammemes for p in names.morph().parse(last.lower())[:2])
            # «Балхашского городского суда Тлеужанова Мадина»: the judge's surname first, as a
            # form writes it (not a district named after someone: «суд района имени ...»)
            or (names.RU_SURNAME.match(last) is not None and "имени" not in words)
        )
    ):
        return court[: court.rstrip().rfind(last)].rstrip()
    return court


#: Words blanked out of a co-defendant's copy of the text (spaces kept in their place): a name
#: does not run across them ("Judge A         Semey City Court", "of the" blanked).
_BLANKED = re.compile(r" {3,}")


def _court_nominative(text: str, language: str) -> str:
    text = " ".join(_BLANKED.split(text.strip())[-1].split())
    if language == "en":
        # "Almaty's Medeu District Court": the court's own name, as «Астанадағы» goes below;
        # a month before it ("On 12 March Khromtau District Court ...") is a date's, no name's
        text = re.sub(
            rf"^(?:{values.EN_MONTH})\s+(?!(?:City|Town|District|Regional|Inter|Speciali)\w*\b)"
            r"(?=[A-Z][\w'-]+\s+(?:[A-Z]|(?:city|town|district)\b))",
            "",
            text,
        )
        if not re.search(r"(?i)inter-?district|speciali[sz]ed", text):
            # "the Zhylyoi District Court of Atyrau region": a district's or a town's court is
            # named by its district or town, the region only says where that is (an
            # inter-district court is named by its region: that stays)
            text = re.sub(r"\s+of\s+[A-Z][\w-]+\s+(?:region|oblast)$", "", text, flags=re.I)
        return re.sub(r"^(?:the|The)\s+|^[A-Z][\w-]+['’]s\s+", "", text)
    if language == "kk":
        # «Астанадағы Есіл аудандық соты», «Астана қаласының Есіл ...»: the court's own name.
        text = re.sub(r"^\S+(?:дағы|дегі|тағы|тегі)\s+(?=\S+\s+(?:аудандық|қалалық))", "", text)
        text = re.sub(r"^\S+\s+қаласының\s+(?=\S+(?:\s+\S+)?\s+аудандық)", "", text)
        if re.search(r"\sбойынша\s", text):  # «X облысы бойынша ... сот»: no possessive
            return re.sub(r"сот\w*$", "сот", text)
        return re.sub(r"сот\w*$", "соты", text)
    words = text.split()
    out = []
    for index, word in enumerate(words):
        if re.fullmatch(r"(?:спец)?суд\w*", word, re.IGNORECASE):
            # («спецсуде по уголовным делам»: the short name, its rest as written)
            out.append("спецсуд" if word.lower().startswith("спец") else "суд")
            if index == 0:  # «суда района имени ...»: the rest stays as written
                out.extend(words[1:])
                break
            out.extend(words[index + 1 :])
            break
        if re.match(r"(?:городск|областн)", word):
            out.append("городской" if word.startswith("городск") else "областной")
            continue
        for pattern, ending in _RU_ADJECTIVE:
            word = re.sub(pattern, ending, word)
        out.append(word)
    return " ".join(out)


# --- the judge and the prosecutor ----------------------------------------------------------------


def _only_court_between(text: str, language: str) -> bool:
    """Between a role word and a name: nothing, a colon or dash, the court's name, or the
    role's title again («мемлекеттік айыптаушы — прокурор Бақыт ЖҰМАБЕКОВ»)."""
    rest = lexicon.COURT[language].sub("", text)
    rest = re.sub(r"(?i)\b(?:прокурор|prosecutor|судья|judge)\b", "", rest)
    return not re.sub(r"[\s:—–,-]", "", rest)


def _role_mentions(
    block: str,
    sentences: list[Sentence],
    mentions: list[names.Mention],
    cue: re.Pattern[str],
    language: str,
    every: bool = False,
    verdict_stage: bool = False,
) -> list[tuple[names.Mention, str]]:
    """Mentions that follow a role word ('Judge', «судьи») within the same sentence; a name
    right before the word only when none follows it anywhere («(судья Ержан ТОКТАРОВ,
    государственный обвинитель — прокурор Дархан Бейсенов)» names the judge first). `every`:
    both kinds, for a role several people may have ("I, Gulnar X, advocate ..." and "said the
    defence lawyer, Aigul Y"). `verdict_stage`: the officials of the case, none of an
    investigating judge's hearing on a measure of restraint, and an appeal's (its prosecutor's
    sentence telling of the appeal court, a reporting judge) only when no other is named."""
    found: list[tuple[names.Mention, str]] = []
    preceding: list[tuple[names.Mention, str]] = []
    of_appeal: set[int] = set()  # starts of the names an appeal board's hearing gives
    for index, sentence in enumerate(sentences):
        for match in cue.finditer(sentence.text):
            start = sentence.start + match.end()
            limit = sentence.start + len(sentence.text)
            if _COURTESY_TITLE_END.search(sentence.text) and index + 1 < len(sentences):
                # "The state prosecutor, Ms. | Zhanar Ibrayeva, had requested ...": the point
                # of the title ended no sentence
                following = sentences[index + 1]
                limit = following.start + len(following.text)
            # «прокурор г. Семей Т. Б. Оспанов», "the prosecutor, Ms. Zhanar Ibrayeva"
            start += court_papers.office_length(block[start:limit], language)
            if _at_appeal_hearing(block, sentence.start + match.start()) or (
                verdict_stage and _beside_hearing(sentence.text, _APPEAL_HEARING)
            ):
                of_appeal.add(start)
            if verdict_stage and _beside_hearing(
                _with_listed_lines(sentences, index), _INVESTIGATING_HEARING
            ):
                continue
            apposed = role_names.named_before_role(block, mentions, sentence.start + match.start())
            if apposed is not None:
                # "– Aibek Nurlanov, lawyer of Dinara X": a line naming someone, then their role
                found.append((apposed, _case_word(sentence.text, match)))
                continue
            after = [
                m
                for m in mentions
                if start <= m.start < min(limit, start + 70)
                and not role_names.client_named(
                    block, m.start, m.end
                )  # «адвокат, Жанна X-ның қорғаушысы»
            ]
            titled = role_names.title_case_name(
                block[start:limit], start
            ) or role_names.initials_name(block[start:limit], start)
            # ("Judge of the Almaty district court Aigul Serikbayeva")
            of_the = re.match(r"\s*(?:of\s+(?:the\s+)?)?", block[start:limit])
            court = lexicon.COURT[language].match(block, start + (of_the.end() if of_the else 0))
            if titled is None and court is not None:
                # «судья Шымкентского городского суда Мадина Абдуллаева»
                end = court.start() + len(_without_given_name(court.group()))
                titled = role_names.title_case_name(block[end:limit], end)
            if titled is None:  # «судьи Сапаровой А. Б.», "Judge Serikbayeva A. K."
                titled = _court_paper_name(block, start, limit, language)
            if titled is None:  # «Судья Бейсенова начала читать»
                titled = role_names.surname_alone(block[start:limit], start)
                if titled is not None and after and titled.end <= after[0].start:
                    after = []  # "Judge Abenova sentenced Nurlan X": the judge's name first
            if (
                after
                and titled is not None
                and titled.start == after[0].start
                and any("." in w for w in titled.given)
            ):
                after = []  # «судья Б.Қ. Нұрғалиев»: the initials as written, read below
            given = _given_before(block, start, after[0]) if after else None
            if given is not None:
                after = [given]  # "prosecutor Zarina KENZHEBAYEVA"
            if after and _only_court_between(block[start : after[0].start], language):
                mention = after[0]
                initials = role_names.TRAILING_INITIALS.match(block, mention.end)
                if initials and not mention.given:
                    # "Prosecutor: ZHANBYRBAYEV T.", «Судья: КАПАНОВ Р. Б.» (as written)
                    words = [mention.surname, *initials.group(1).split()]
                    mention = names.Mention(mention.start, initials.end(), words, 0)
                if start in of_appeal:
                    of_appeal.add(mention.start)
                found.append((mention, _case_word(sentence.text, match)))
            elif titled is not None and not role_names.client_named(
                block, titled.start, titled.end
            ):
                if start in of_appeal:
                    of_appeal.add(titled.start)
                found.append((titled, _case_word(sentence.text, match)))
            else:
                # "ABDENOVA Saule, prosecutor" style is rare; a name right before the cue
                before = [
                    m
                    for m in mentions
                    if sentence.start <= m.end <= sentence.start + match.start()
                    and sentence.start + match.start() - m.end <= 3
                ]
                if (
                    before
                    and not _OTHER_ROLE_BEFORE.search(
                        block[max(0, before[-1].start - 40) : before[-1].start]
                    )
                    # ("Dana Yessenova's lawyer", «Жанна Әбдікәрімованың қорғаушысы»: whose
                    # lawyer it is, the client)
                    and not role_names.WHOSE.search(
                        block[before[-1].start : sentence.start + match.start()]
                    )
                ):
                    preceding.append((before[-1], match.group().strip(" :")))
    if every:
        return found + preceding
    # the verdict's judge and prosecutor, not the appeal hearing's, when both are named
    # the verdict's judge and prosecutor, not the appeal hearing's, when both are named
    found = [f for f in found if f[0].start not in of_appeal] or found
    return found or preceding


#: An appeal board's hearing: «Судебная коллегия по уголовным делам ... в составе
#: председательствующего ..., с участием прокурора ...», «... апелляциялық сот алқасы
#: төрағалық етуші ..., прокурор ...», "the appeal hearing ..."; a first-instance word after
#: it («судья первой инстанции», «приговором», «үкімі») turns to the verdict.
_APPEAL_BOARD = re.compile(r"коллеги|(?<![\w-])алқа|appeal|апелляц|кассац", re.IGNORECASE)
_FIRST_INSTANCE = re.compile(
    r"перв\w*\s+инстанц|бірінші\s+сатыдағы|үкім|приговор|verdict|trial\s+court", re.IGNORECASE
)


def _at_appeal_hearing(block: str, cue_start: int) -> bool:
    """Whether the role word at `cue_start` is told on a line about an appeal board's hearing."""
    lead = block[block.rfind("\n", 0, cue_start) + 1 : cue_start]
    boards = list(_APPEAL_BOARD.finditer(lead))
    return bool(boards) and not _FIRST_INSTANCE.search(lead[boards[-1].end() :])


#: A hearing that is not the trial, told in the role word's own sentence: the appeal court the
#: prosecutor addressed ("asked the appeals court to ...", «просил апелляционную коллегию ...»)
#: or the reporting judge only an appeal board has («судья-докладчик», «баяндамашы судья»).
_APPEAL_HEARING = re.compile(
    r"\bappeals?\s+(?:court|judges|panel|hearing)|апелляционн\w+\s+(?:суд|инстанц|коллеги)|"
    r"апелляциялық\s+(?:сот|алқа|сатыда)|докладчик|баяндамашы|reporting\s+judge|rapporteur",
    re.IGNORECASE,
)
_INVESTIGATING_HEARING = re.compile(
    r"следственн\w+\s+суд|investigating\s+judge|тергеу\s+судья", re.IGNORECASE
)


def _with_listed_lines(sentences: list[Sentence], index: int) -> str:
    """A sentence with the lines before it that end in a comma: a court paper's preamble lists
    its participants one a line («Следственный судья ...,» / «с участием прокурора ...,»)."""
    first = index
    while first > 0 and sentences[first - 1].text.rstrip().endswith(","):
        first -= 1
    return " ".join(s.text for s in sentences[first : index + 1])


def _beside_hearing(sentence: str, hearing: re.Pattern[str]) -> bool:
    """Whether the role word's sentence tells of that hearing and of no verdict ("Judge X,
    whose verdict the appeals court upheld, ..." is the trial's judge)."""
    return bool(hearing.search(sentence)) and not _FIRST_INSTANCE.search(sentence)


#: A deputy or an assistant of the role («помощник прокурора района Динара Утепова»): the name
#: takes the case of that word, not of the role word after it.
_DEPUTY_BEFORE = re.compile(r"(помощни\w+|заместител\w+)\s+$", re.IGNORECASE)


def _case_word(text: str, match: re.Match[str]) -> str:
    """The role word whose case the name after it takes."""
    deputy = _DEPUTY_BEFORE.search(text[: match.start()])
    return deputy.group(1) if deputy else match.group().strip(" :")


#: A name that follows a role word of its own is that role's («сот отырысының хатшысы А.
#: Ерланқызы, мемлекеттік айыптаушы — ...»: the secretary, not the prosecutor).
_OTHER_ROLE_BEFORE = re.compile(
    r"(?:хатшы\w*|секретар\w*|secretary|clerk|адвокат\w*|lawyer|attorney|қорғаушы\w*|"
    r"защитник\w*|эксперт\w*|expert|судь\w*|судья\w*|judge|прокурор\w*|prosecutor)"
    r"[\s:—–,-]*$",
    re.IGNORECASE,
)
_COURTESY_TITLE_END = re.compile(r"\b(?:Mr|Ms|Mrs)\.\s*$")
_GIVEN_BETWEEN = re.compile(rf"^[\s:—–,-]*([{names.UPPER}][{names.LOWER}'’-]+)[ \u00a0]+$")


def _given_before(block: str, start: int, mention: names.Mention) -> names.Mention | None:
    """The name with its given name when one word in title case stands between the role word
    and a surname in capitals the mention has alone ("prosecutor Zarina KENZHEBAYEVA")."""
    if mention.given:
        return None
    between = _GIVEN_BETWEEN.match(block[start : mention.start])
    if between is None or names.is_common_word(between.group(1)):
        return None
    word_start = start + between.start(1)
    return names.Mention(word_start, mention.end, [between.group(1), *mention.words], 1)


def _court_paper_name(
    block: str, start: int, limit: int, language: str = "ru"
) -> names.Mention | None:
    """A court paper's way after a role word: «судьи Сапаровой А. Б.», «прокурор Костанайской
    областной прокуратуры Т. С. Абенов» (see court_papers)."""
    office = court_papers.office_length(block[start:limit], language)
    for at in dict.fromkeys((start, start + office)):
        text = block[at:limit]
        found = court_papers.surname_initials_name(text, at)
        if found is None and at != start:
            found = role_names.title_case_name(text, at) or role_names.initials_name(text, at)
        if found is not None:
            return found
    return None


#: Two initials written together without a space («Р.М.», «Ж.Қ.»).
_COMPACT_INITIALS = re.compile(r"\w\.\w\.")


def _role_name(found: list[tuple[names.Mention, str]], language: str) -> str | None:
    if not found:
        return None
    mention, cue = max(found, key=lambda f: (_name_parts(f[0]), -f[0].start))
    if language == "en":
        return mention.text
    initials = [w for w in mention.given if re.fullmatch(r"(?:\w\w?\.)+", w)]
    if initials:  # «Р. Б. КАПАНОВ», «Н.С. Жумагалиева»: the surname in the nominative
        surname = names.Mention(mention.start, mention.end, [mention.surname], 0)
        surname_form = _role_name([(surname, cue)], language) or ""
        if mention.surname_index == 0 and _COMPACT_INITIALS.fullmatch(" ".join(initials)):
            # «судьи Жакупова Р.М.», «судья Ахметова Ж.Қ.»: a court paper's own compact form
            # (its signature line «Жакупов Р.М.») stays in its order; spaced initials after
            # the surname («Сапаровой А. Б.») are a name turned round for a list, put first
            return f"{surname_form} {initials[0]}"
        if mention.end - mention.start == sum(len(w) for w in mention.words):
            # «судья Б.Құлмағамбетов»: written with no space at all, kept as written
            return "".join([*initials, surname_form])
        return " ".join([*initials, surname_form])
    if language == "kk":
        return nominative.kk_nominative(_without_next_name(mention))
    case = nominative.case_of_word(cue.split()[-1]) if cue else "nomn"
    gender = (
        nominative.ru_surname_gender(mention.surname)
        or nominative.ru_surname_gender_by_case(mention.surname, case)
        or _given_gender_in_case(mention, case)
    )
    name = nominative.ru_nominative(mention, gender)
    if case == "gent" and gender == "femn" and mention.surname_index == len(mention.words) - 1:
        # «под председательством судьи Сауле Исмагуловой»: a woman's name in the genitive
        # never ends in «-е», so a given name that does is one that does not decline
        words = name.split()
        for index, given in enumerate(mention.given):
            if given.lower().endswith("е") and index < len(words) - 1:
                words[index] = given
        name = " ".join(words)
    return name


#: A Kazakh surname in its own form (not a patronymic, «Жұмабайұлы», which may stand between).
_KK_SURNAME = re.compile(r"(?:ов|ев|ин|ова|ева|ина)$")


def _without_next_name(mention: names.Mention) -> names.Mention:
    """A Kazakh name takes its case ending on its last word only: «Прокурор Мәди Құрманғалиев
    Нұрмановқа 7 жыл сұраған» names the prosecutor with two words, the third, in the dative,
    is the defendant's (a patronymic between, «Қайрат Жұмабайұлы Оспанов», is one name)."""
    words = mention.words
    if (
        len(words) == 3
        and mention.surname_index == 2
        and _KK_SURNAME.search(words[1].lower())
        and nominative.kk_stem(words[2]) != words[2]
    ):
        return names.Mention(mention.start, mention.end, words[:2], 1)
    return mention


def _given_gender_in_case(mention: names.Mention, case: str | None) -> str | None:
    """«под председательством судьи Рината Сейткали»: a surname that does not decline tells no
    gender, the given name in the case the role word governs does (a man's «Рината»)."""
    if not mention.given or case in (None, "nomn"):
        return None
    for parse in names.morph().parse(mention.given[0].lower()):
        if "Name" in parse.tag.grammemes and parse.tag.case == case and parse.is_known:
            return str(parse.tag.gender) if parse.tag.gender else None
    return None


def _name_parts(mention: names.Mention) -> int:
    """How many words and initials a name has («Н.С. Жумагалиева» three, as «Н. С. ...»)."""
    return sum(len(re.findall(r"\w\w?\.", w)) or 1 for w in mention.words)


def officials_alone(block: str, language: str) -> dict[str, str | None] | None:
    """The judge and the prosecutor of a paragraph that names no one else (a press release's
    closing "The case was heard by Judge D. S. Alimkulov. The state prosecution was supported
    by ... M. T. Sultanbekov."); None when it names someone with a given name who is neither."""
    sentences = split_sentences(block)
    mentions = [
        names.Mention(s.start + m.start, s.start + m.end, m.words, m.surname_index)
        for s in sentences
        for finder in (names.find_mentions, lambda t: names.find_title_mentions(t, block))
        for m in finder(s.text)
    ]
    judges = _role_mentions(block, sentences, mentions, lexicon.JUDGE[language], language)
    prosecutors = _role_mentions(block, sentences, mentions, lexicon.PROSECUTOR[language], language)
    if not judges and not prosecutors:
        return None
    told = {nominative.surname_key(m.surname, language) for m, _ in judges + prosecutors}
    if any(m.given and nominative.surname_key(m.surname, language) not in told for m in mentions):
        return None
    return {"judge": _role_name(judges, language), "prosecutor": _role_name(prosecutors, language)}
