"""The acts of a case: what the person is accused of doing, each with its day.

An act is the deed as a reader quotes it, from the sentence that says what the person is
accused of (a cue in `act_words.ACTS`, `act_cues.AFTER`, a Kazakh act enclosed by its verb), a
list under an act heading, a chronology's line, or a deed told plainly where nothing else says
it. Its span is cut by `act_spans` (the lead and the closing time are no part of it) and here
(the article cited, the court's next verb, a cost). Invariants:

- An offence's name ("participating in the activities of a banned organisation", «по ч. 2 ст.
  274») is an act only where the text tells no deed; a headline's act gives way to the story's,
  and the lede's (the story's first sentence, summing up) to the deeds told after it.
- A date in the act's own words is its date; the day of an arrest told with its reason is not;
  a co-defendant's deed told «на следующий день» after a dated act is the next day's.
- An act told of a co-defendant by surname (`told_of`) is theirs alone.
- An earlier administrative case's deed ("fined under the Code of Administrative Offences
  for ...") gives way to the criminal case's; the evidence (an expert report) is no act.
- Where the words give no full date, `act_dates` dates the act.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from bot.extract import (
    act_chains,
    act_chronology,
    act_cues,
    act_dates,
    act_plain_en,
    act_spans,
    act_told,
    act_words,
    court_papers,
    english,
    names,
    ru_joined,
)
from bot.extract.act_patterns import (
    AND,
    CITED_ARTICLE,
    DANGLING,
    EMOJI_OR_PLUS,
    FOR,
    KK_CASE_ENDING,
    KK_DATED_DEED,
    KK_SUBJECT_PRONOUN,
    KK_YEARLESS_DAY,
    MONEY,
    NEXT_DAY,
    OFFENCE_NAME,
    OWN_DATE,
    PAYMENT,
    QUOTE_CLOSED,
    SAME_GATHERING,
    TRAILING_CLAUSE,
)
from bot.extract.blocks import Sentence
from bot.extract.headlines import story_start
from bot.extract.record import Record
from bot.extract.values import find_dates, resolve_dates

_BULLET = re.compile(r"^\s*(?:[•·\-–—*]|\d{1,2}[.)])\s+(.+)$")


#: A statement about people in general, not about the person of the case.
_ANYONE = re.compile(
    r"\b(?:anyone|anybody|no one|nobody|everyone|people are|кого-либо|кого-нибудь|никого|"
    r"никто|каждого|ешкім\w*|әркім\w*|"
    # ("dozens of people have been prosecuted for alleged links to it": many, unnamed)
    r"(?:dozens|scores|hundreds|thousands)\s+of|десятк\w+|сотни|сотен|ондаған|жүздеген)\b",
    re.IGNORECASE,
)


def _acts(
    block: str, sentences: list[Sentence], language: str, default_year: int | None = None
) -> list[Record]:
    """The acts the block tells: a list under an act heading; else each sentence's after its
    cue (a sentence before "For this he was charged", a dated one going on from an act's);
    where that names only the offence or nothing, a chronology's deeds or a "who" clause; where
    nothing at all, a deed told plainly. Each act is dated by its own words."""
    acts: list[Record] = []
    lines = block.splitlines()
    for index, line in enumerate(lines):
        if line.rstrip().endswith(":") and (
            act_words.ACTS[language].search(line)
            or act_words.ACT_LIST_HEADINGS.search(line)
            or act_cues.list_heading(line, language)
        ):
            for following in lines[index + 1 :]:
                bullet = _BULLET.match(following)
                if not bullet:
                    if following.strip():
                        break
                    continue
                first = re.split(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])", bullet.group(1))[0]
                act = _act(first, language)
                if act["description"]:
                    acts.append(act)
    if acts:
        for act in acts:
            act.pop("same_day", None)
        return acts
    body_start = story_start(block)
    # the story's first sentence (its lede): what it says of several people gives way to the
    # deeds the story goes on to tell of each
    lede_start = min((s.start for s in sentences if s.start >= body_start), default=-1)
    if block[body_start:lede_start].strip():
        lede_start = -1
    told_at: set[int] = set()  # the sentences an act was read from
    counted = len(acts)
    for index, sentence in enumerate(sentences):
        if len(acts) > counted:  # the sentence before this one told an act
            told_at.add(index - 1)
            _told_in(acts[counted:], sentences, index - 1)
        counted = len(acts)
        headline = sentence.start < body_start
        lede = sentence.start == lede_start
        # "On 2 February he recorded a video .... For this he was charged with ...": the act
        # is what was told before
        for_that = act_cues.charged_for_what_came_before(sentence.text, language)
        told_before = sentence.text[:for_that] if for_that else ""
        if for_that == 0 and index:
            before = sentences[index - 1]
            if 0 <= sentence.start - (before.start + len(before.text)) <= 3:
                told_before = before.text
        if told_before.strip():
            acts += [a for a in _split_acts(told_before, language) if a["description"]]
            continue
        if index and act_chains.asks_what_was_done(sentences[index - 1].text, language):
            # «Ол не істеді? 4 тамызда жиналыста ... сөйледі.»: the answer is the act
            acts += [a for a in _split_acts(sentence.text, language) if a["description"]]
            continue
        inside = act_cues.enclosed(sentence.text, language)
        if inside:
            # («Ол ... таратты деп айыпталған»: what he is accused of, often the charge's own
            # words; it gives way to a deed told elsewhere, as an offence's name does)
            accused = act_cues.told_as_accused(sentence.text, inside, language)
            acts += [
                {**a, "headline": headline, "lede": lede, **({"offence": True} if accused else {})}
                for a in _split_acts(inside, language)
                if a["description"]
            ]
            continue
        after_kk = language == "kk" and (
            act_words.ACTS_AFTER_KK.search(sentence.text)
            or act_cues.AFTER[language].search(sentence.text)
        )
        if after_kk:
            acts += [
                a
                for a in _split_acts(sentence.text[after_kk.end() :], language)
                if a["description"]
            ]
            continue
        match = (
            act_plain_en.work(sentence.text, language)
            or act_words.ACTS[language].search(sentence.text)
            or act_cues.AFTER[language].search(sentence.text)
            or act_plain_en.lead(sentence.text, language)
        )
        reason = match is None and (
            act_words.REASONS[language].search(sentence.text)
            or act_cues.REASONS[language].search(sentence.text)
            or act_plain_en.after_deed(sentence.text, language)
        )
        match = match or reason or None
        if match is None and language == "ru" and court_papers.after_established(block, sentence):
            # a verdict's «УСТАНОВИЛ:» heading: the paragraph after it tells the act
            match = re.match(r"", sentence.text)
        if (
            match is None
            and index
            and index - 1 in told_at
            and (
                act_cues.goes_on_telling(sentence.text, language)
                or act_plain_en.goes_on(sentence.text, language)
            )
        ):  # "The court established that ... . On 5 January 2026 X published an appeal ..."
            match = re.match(r"", sentence.text)
        # (a question, «... оған не үшін айып тағылды?», "What is he accused of?", tells none)
        if not match or sentence.text.rstrip().endswith((":", "?")):
            continue
        if _ANYONE.search(sentence.text[: match.start()]):
            continue  # "the authorities deny that anyone is prosecuted for their views"
        if act_cues.someone_else(
            sentence.text[: match.end()], language
        ) or act_plain_en.someone_else(sentence.text[: match.end()], language):
            continue  # "In August, a court fined a pensioner over a Facebook post about ..."
        inner = re.match(
            r"айып\s+(.*?)\s*(?:байланысты|қатысты|үшін)\s+тағыл\w*$", match.group(), re.IGNORECASE
        )
        if inner:  # «Айып ... мақаласына байланысты тағылды»: the act is inside the cue
            described = inner.group(1)
        elif language == "kk":
            described = sentence.text[: match.start()]
            # (not at a converb's comma: «ақша аударып, оның эфирлерін ... көмектескені үшін»
            # is one chain of deeds)
            # (nor a list line's dash: «имам – YouTube-тағы уағыздары үшін ...»)
            # (nor a comma inside quotes: «ауылға су жоқ, әкім тойда» деген видеосы)
            described = act_chains.last_unquoted(re.split(r"(?<!ып)(?<!іп),|;|\s[–—]\s", described))
            # «Ол», «Оған», «Белсендіге», «Бекованы»: the one charged, in the dative or the
            # accusative, opens the sentence; the act follows
            described = re.sub(
                rf"^\s*(?:Ол|Оған|Оны|[{names.UPPER}][{names.LOWER}-]+"
                r"(?:ға|ге|қа|ке|на|не|ны|ні|ды|ді|ты|ті))\s+",
                "",
                described,
            )
            described = re.sub(rf"^\s*(?:[{names.UPPER}]{{2,}}\S*\s+)+", "", described)
        else:
            # (a table's cell, "Grounds: posts in ... | Status: ...", ends at the next cell)
            described = sentence.text[match.end() :].split(" | ")[0]
            if re.search(r"\bto\s*$", match.group()):
                # "point to a video ..., and to comments in a WhatsApp group": two acts
                described = re.sub(r",?\s+and\s+to\s+", " and ", described)
            # ", and that NURMAGAMBETOVA published ...": a co-defendant's act is kept apart
            described = " ; ".join(
                # (", and comments under it about ...": a second thing published goes on)
                # (", and on 5 June 2025 she shared ...": another deed on its own day)
                re.split(
                    r"[;]|,\s+(?:when|and(?!\s+(?:comments?|posts?|videos?|reposts?|on\s+\d|"
                    # (", and that on March 21 he took part ...": a day by its month first)
                    rf"(?:that\s+)?on\s+{act_plain_en.DAY}|"
                    r"(?:he|she|they)\s+(?:also\s+)?[a-z]+ed|(?:his|her|their)\s+(?:[\w'-]+\s+)"
                    r"{0,2}?(?:posts|videos|messages|comments|speech|speeches|articles))\b)|"
                    # (not «..., а «акимат это скрывает»»: the words told go on)
                    # (nor «, а также назвал ...» that `by_person` left whole: what the work
                    # said goes on)
                    r"но|а(?=\s+[^«\"“\s])(?!\s+также\s+[а-яё]+(?:л|ла|ли)\b)|"
                    r"когда)\s",
                    part,
                )[0]
                for listed in act_plain_en.listed(match.group(), described, language)
                for person in act_spans.by_person(listed, language)
                # («..., а затем опубликовали видео», «..., а 07.12.2025 распространял
                # листовки»: the next deed of the chain, told by its own verb)
                for part in act_chains.next_deeds(person, language)
            )
        # "... because of his video that he posted on 28.08.2023": a relative clause dates the act.
        # "... a video he put on Instagram on 28 May", «пост, опубликованный 5 мая»: a
        # publishing verb dates the act too.
        own_date = re.search(OWN_DATE, described, re.IGNORECASE) or (
            language == "kk" and KK_DATED_DEED.search(described)
        )
        if language == "en" and (ending := re.search(TRAILING_CLAUSE[language], described)):
            # "guilty of spreading false information (Article 274, Part 2) and fined him ...":
            # the offence's name before its article, once the court's next verb is cut
            described = described[: ending.start()]
        offence = bool(
            OFFENCE_NAME.match(described) or act_cues.offence_name(described)
        ) or court_papers.is_offence_name(described)
        for act in _split_acts(described, language):
            if reason and not own_date:
                act["date"] = None  # the date is the arrest's
                act["reason"] = True
            if act["date"] is None and language == "en":  # "..., hours after he told ..."
                act["date"] = act_plain_en.hours_after_day(sentence.text, match)
            act["headline"] = headline
            act["lede"] = lede
            # «ч. 2 ст. 274 УК РК — распространение заведомо ложной информации» once cut
            act["offence"] = (
                offence
                or court_papers.is_offence_name(act["description"])
                or court_papers.law_remnant(act["description"])
                or act_spans.worded_as_offence(act["description"], language)
            )
            if act["description"]:
                acts.append(act)
    if sentences:
        _told_in(acts[counted:], sentences, len(sentences) - 1)
    # "In 2025 he was fined under the Code of Administrative Offences for filming a protest":
    # an earlier administrative case's deed gives way to what the person is accused of now,
    # and is none where the text cites the Criminal Code (the case is a criminal one).
    if any(not a.get("administrative") for a in acts) or act_cues.cites_criminal_code(block):
        acts = [a for a in acts if not a.get("administrative")]
    for act in acts:
        act.pop("administrative", None)
    # A headline's "fined for a post about the akim" gives way to what the story says, even
    # where the story tells the deed only in a "who" clause or a chronology's line.
    only_headlines = bool(acts) and all(a.get("headline") for a in acts)
    if any(not a.get("headline") for a in acts):
        acts = [a for a in acts if not a.get("headline")]
    for act in acts:
        act.pop("headline", None)
    if any(not a.get("lede") and not a.get("offence") for a in acts):
        acts = [a for a in acts if not a.get("lede")]
    for act in acts:
        act.pop("lede", None)
    # "guilty of participating in ... a banned organisation (Article 405(2) ...)": the
    # offence's name before its article gives way to what the person did, told elsewhere.
    only_offences = bool(acts) and all(a.get("offence") for a in acts)
    if any(not a.get("offence") for a in acts):
        acts = [a for a in acts if not a.get("offence")]
    for act in acts:
        act.pop("offence", None)
    # A reason for an arrest ("arrested over a post") is an act only if nothing else says what
    # the person is accused of.
    stated = [a for a in acts if not a.pop("reason", False)]
    if not acts or only_offences or only_headlines:
        # what a chronology lists, or "..., a farmer who had written on Instagram that ...",
        # says what the person did where the text names only the offence
        # (and a deed told plainly, "Tleuov posted a video in the same chat on 13 July", where
        # a headline named only the offence: "sentenced for calling for mass riots online")
        deeds = (
            _chronology_acts(block, language)
            or _told_by_who(sentences, language)
            or act_told.told_plainly(sentences, language, _act)
            or act_plain_en.told_with_day(sentences, language, _split_acts)
            or _works_in_cells(block, language)
        )
        if deeds:  # ("wrote on June 8 that ..., and on July 2 he published ...": two deeds)
            acts = stated = act_plain_en.split_by_day(deeds, language, _act)
    for act in stated or acts:
        act.pop("same_day", None)
    found_acts = act_dates.each_day(stated or acts)
    act_dates.date_published_acts(found_acts, sentences, language, block, default_year)
    act_dates.date_yearless_acts(found_acts, block, default_year)
    return found_acts


def _told_in(acts: list[Record], sentences: list[Sentence], index: int) -> None:
    """Of the acts read from sentence `index`: mark those of an administrative case; date one
    told "that day" («Айыптау нұсқасы бойынша, сол күні Жаманқұлов ...») by the one day the
    sentence before gives («2026 жылғы 18 мамырда ... дау шықты.»)."""
    if act_cues.administrative(sentences[index].text):
        for act in acts:
            act["administrative"] = True
    before = resolve_dates(find_dates(sentences[index - 1].text)) if index else []
    for act in acts:
        if act.pop("same_day", False) and act["date"] is None and len(before) == 1:
            act["date"] = before[0].value.isoformat()


def _told_by_who(sentences: list[Sentence], language: str) -> list[Record]:
    """The deed a relative clause on the person tells ("the oil worker who spoke at the
    gathering of dismissed workers on 16 June 2025"): the first one."""
    for sentence in sentences:
        deed = act_cues.who_did(sentence.text, language)
        if deed:
            act = _act(deed, language)
            if act["description"]:
                return [act]
    return []


def _works_in_cells(block: str, language: str) -> list[Record]:
    """The work a table row's cells name, where nothing else tells the deed: the first one."""
    work = act_chronology.work_in_cells(block)
    act = _act(work, language) if work else None
    # ("Article of the Criminal Code: Art. 274": a column naming the law is no work)
    if not act or not act["description"] or court_papers.law_remnant(act["description"]):
        return []
    return [act]


def _chronology_acts(block: str, language: str) -> list[Record]:
    """The deeds a case's chronology lists, each with its line's date ("- 17 May 2025 - posts
    a video on TikTok ...")."""
    acts: list[Record] = []
    lines = [act_chronology.chronology_deed(line, language) for line in block.splitlines()]
    # (an infographic's day alone on its line, what happened on the next)
    for told in [t for t in lines if t] or act_chronology.stacked_deeds(block, language):
        dates = resolve_dates(find_dates(told[0]))
        if len(dates) == 1:
            acts.append({"description": told[1], "date": dates[0].value.isoformat()})
    return acts


#: Kazakh «, сондай-ақ» closing the part before a deed: the next deed told in the same breath,
#: on the same day as the one before it.
_ADDED_IN_PASSING = re.compile(r",\s+сондай-ақ\s+$", re.IGNORECASE)
#: (not one with a time of its own: «, сондай-ақ қазан айында ... тартқан»)
_OWN_TIME_KK = re.compile(
    r"\b(?:\d{4}|айында|жылы|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|"
    r"қазан(?:\s+айы|да)|қараша|желтоқсан|кейін|соңынан)",
    re.IGNORECASE,
)


def _split_acts(text: str, language: str) -> list[Record]:
    """The acts of one clause: each side of a top-level "and" when both read as an act."""
    # «за пост в Facebook ... и назначил ему два года»: the court's next verb is no second act
    ending = re.search(TRAILING_CLAUSE[language], text)
    if ending:
        text = text[: ending.start()]
    people = [part for chunk in text.split(" ; ") for part in act_spans.by_person(chunk, language)]
    if len(people) > 1:  # «... қосқан, ал Әлиев ... таратқан»: each their own act
        each: list[Record] = []
        for part in people:
            acts = _split_acts(part, language)
            if (
                acts
                and _ADDED_IN_PASSING.search(text[: text.find(part)])
                and not _OWN_TIME_KK.search(part)
            ):
                acts[0]["same_day"] = True  # «..., сондай-ақ ... деп айтқан»: in the same breath
            each += acts
        for before, act in itertools.pairwise(each):
            if act["date"] is None and (
                SAME_GATHERING[language].search(act["description"]) or act.get("same_day")
            ):
                # «..., ал Сәрсенғалиева сол жиынға қатысып», «..., а Бекенов в тот же день»
                act["date"] = before["date"]
            next_day = NEXT_DAY[language].match(act["description"])
            if act["date"] is None and next_day:
                # «..., а Литвинов на следующий день зачитал ...»: the day after the one before
                act["description"] = act["description"][next_day.end() :]
                if before["date"]:
                    day = dt.date.fromisoformat(before["date"]) + dt.timedelta(days=1)
                    act["date"] = day.isoformat()
        return each
    days = act_plain_en.by_day(text, language)
    if len(days) > 1:  # "wrote on June 8 that ..., and on July 2 he published ...": two deeds
        return [act for part in days for act in _split_acts(part, language)]
    links = act_chains.dated_links(text, language)
    if len(links) > 1:  # «жиналысына қатысып, 2026 жылғы 5 наурызда ... жариялаған»: two acts
        return [act for link in links for act in _split_acts(link, language)]
    whole = _act(text, language)
    depth = 0
    cuts: list[tuple[int, int]] = []
    pattern = re.compile(AND[language], re.IGNORECASE)
    for index, char in enumerate(text):
        if char in "(«“":
            depth += 1
        elif char in ")»”" and depth:
            depth -= 1
        elif depth == 0 and (found := pattern.match(text, index)) and text[index] in " \n,":
            if not cuts or index >= cuts[-1][1]:
                cuts.append((index, found.end()))
    if len(cuts) != 1 or not whole["description"]:
        return [whole]
    left, right = text[: cuts[0][0]], text[cuts[0][1] :]
    if (
        act_cues.one_act_across_and(left, right, language)
        or act_plain_en.one_deed(right, language, left)
        or act_plain_en.one_work(left, right, language)
    ):
        return [whole]
    if language == "en" and english.only_offence_names(CITED_ARTICLE.sub(" ", right)):
        # 'organizing an unsanctioned rally and "inciting social discord" (Article 174)'
        return [_act(left, language)]
    if language == "ru" and ru_joined.adjectives_joined(left, right):
        return [whole]  # «песни на казахском и русском языках»: one thing, two adjectives
    if language == "ru" and ru_joined.objects_joined(left, right):
        return [whole]  # «призывы к массовым беспорядкам и неподчинению ...»: one call, two aims
    if language == "ru" and (ru_joined.between_joined(left) or ru_joined.said_goes_on(right)):
        return [whole]  # «между X и Y», «призвал «выйти» и не подчиняться», «что ... и что ...»
    # ("on 12 March 2026 he posted a video and sent the link ...": the day is each deed's)
    shared = act_plain_en.opening_day(left, language) if not find_dates(right) else ""
    if language == "ru":  # «... и с мая по июль 2026 года проводил встречи»: the deed alone
        right = ru_joined.without_time_before_verb(right)
    parts = [_act(left, language), _act(shared + right, language)]
    if "told_of" in parts[0] and "told_of" not in parts[1]:
        parts[1]["told_of"] = parts[0]["told_of"]  # "X administered ... and recruited ...": X's
    if all(len(re.findall(r"\w{3,}", p["description"])) >= 2 for p in parts):
        return parts
    return [whole]


_EMPTY_PARTICIPLE = re.compile(
    r",\s*(?:опубликованн|размещ[её]нн|записанн|распространённ|распространенн)\w*\s*(?=,)|"
    r",\s*(?:жарияланған|таратылған|жазылған|орналастырылған)\s*(?=,)|"
    # («назвал ... «вором», комментарий был опубликован» once its day is cut: the clause dated
    # the act and says no more)
    r",\s*(?:[а-яё]+\s+)?(?:был|была|было|были)\s+(?:опубликован|размещ[её]н|выложен)\w*\s*$",
    re.IGNORECASE,
)


#: Words that only point back at acts told elsewhere ("these actions", «указанные действия»,
#: «аталған әрекеттер»): no deed of their own.
_ONLY_ANAPHOR = re.compile(
    r"(?:these|those|such|the\s+said|the\s+above|(?:the\s+)?same)\s+(?:acts?|actions?|deeds?)|"
    r"(?:указанн|данн|эт|так|подобн|вышеуказанн)\w*\s+(?:действи|деяни)\w*|"
    r"(?:аталған|көрсетілген|осы|бұл|мұндай|сол)\s+(?:іс-)?әрекет\w*",
    re.IGNORECASE,
)


#: Kazakh: who the person is and their full name with the patronymic (given name first or
#: surname first) opening the act, up to the deed.
_KK_FULL_NAME_LEAD = re.compile(
    rf"^(?:[^.;«»]{{0,100}}?\s)?(?:"
    rf"[{names.UPPER}][{names.LOWER}]+\s+[{names.UPPER}][{names.LOWER}]+(?:ұлы|қызы)\s+"
    rf"(?P<surname>[{names.UPPER}][{names.LOWER}-]+)|"
    rf"(?P<surname_first>[{names.UPPER}][{names.LOWER}-]+)\s+[{names.UPPER}][{names.LOWER}]+\s+"
    rf"[{names.UPPER}][{names.LOWER}]+(?:ұлы|қызы)|"
    # («Әйгерім Қуанышқызы ...»: a patronymic name standing as the surname)
    rf"[{names.UPPER}][{names.LOWER}]+\s+(?P<patronymic>[{names.UPPER}][{names.LOWER}]+(?:ұлы|қызы)))"
    rf"\s+(?=\S)"
)


def _act(text: str, language: str) -> Record:
    told_of: str | None = None  # a surname the clause opens with (a co-defendant's act)
    cited = CITED_ARTICLE.search(text)
    if cited:
        after = re.match(FOR[language], text[cited.end() :], re.IGNORECASE)
        if after:
            text = text[cited.end() + after.end() :]
    text = CITED_ARTICLE.sub(" ", text)
    for ending in (re.search(TRAILING_CLAUSE[language], text), EMOJI_OR_PLUS.search(text)):
        if ending:
            text = text[: ending.start()]
    text = act_spans.without_remark(text, language)
    dates = resolve_dates(find_dates(text))
    description = text
    date = None
    if dates and act_cues.ends_a_range(text[: dates[0].start]):
        dates = []  # «с 7 по 17 ноября 2024 года»: a span, kept in the words
    also_on: list[str] = []
    if dates:
        found = dates[0]
        date = found.value.isoformat()
        lead = re.search(r"(?:\b(?:on|of|dated|в|от)\s+)?$", description[: found.start], re.I)
        cut = lead.start() if lead else found.start
        # "his posts of 19 and 20 November 2025": one act on each day
        days = act_dates.DAYS_BEFORE.search(description[: found.start])
        if days:
            also_on, cut = act_dates.earlier_days(days.group("days"), found.value), days.start()
        end = found.end
        # «3 мая 2026 года и 5 мая 2026 года опубликовал два поста»: one act on each day
        second = dates[1] if len(dates) > 1 else None
        if second and act_dates.days_joined(description, found, second):
            also_on.append(second.value.isoformat())
            end = second.end
        head, tail = description[:cut].rstrip(), description[end:]
        if language == "en" and head.endswith(",") and tail.lstrip().startswith(","):
            # "posting, on 3 May 2026, a video ...": the commas round the day go with it (a
            # verdict's «Досов Е.М., 12 мая 2025 года, находясь ...» keeps one: its aside)
            head, tail = head[:-1], " " + tail.lstrip()[1:]
        elif language == "en" and "," in text[found.start : end] and tail.lstrip()[:1] == ",":
            tail = " " + tail.lstrip()[1:]  # "a May 3, 2026, Facebook post": the day's own comma
        # «пост в Facebook (3 мая 2026 года) о ...»: the brackets go with the day they held
        description = act_dates.without_same_day(re.sub(r"\s*\(\s*\)", "", head + " " + tail))
    if language == "en":
        # "an Instagram video, posted on 2 February 2025, in which ..." once the date is cut;
        # "... and for reposting its videos": the second act without its "for"
        description = english.without_empty_participle(description)
        description = re.sub(r"^\s*(?:for|over|of)\s+(?=\w+ing\b)", "", description)
        description = re.sub(r"^\s*having\s+(?=\w+ed\b)", "", description)  # "having shared"
        if english.only_offence_names(description):
            description = ""
    # (an en dash too: «Себебі – 2 шілдесінде ...», «а 6 апреля – видеоролик ...» once the day
    # before or after it is cut; an act never opens or closes with a dash)
    description = " ".join(description.split()).strip(" ;,.:—–-")
    description = re.sub(r"\s+(?=[,;])", "", description)  # «слушаниях , где» once a date is cut
    # «видеообращение, опубликованное, в котором ...», «мақала, жарияланған, онда ...»: the
    # participle whose date was cut, left bare between commas
    description = _EMPTY_PARTICIPLE.sub("", description)
    description = re.sub(r",(?:\s*,)+", ",", description)  # «Бекова А.М., , находясь» likewise
    description = re.sub(
        r"^(?:the (?:defendant|accused)|подсудим\w+|обвиняем\w+|сотталушы)\s+",
        "",
        description,
        flags=re.IGNORECASE,
    )
    description = DANGLING.sub("", description).strip(" ;,.:—–-")
    # "that day", «сол күні», «в тот же день» opening the act: dated by the sentence before
    same_day = act_dates.SAME_DAY_LEAD.match(description)
    if same_day:
        description = description[same_day.end() :]
    # "in January 2026 the defendants, acting by prior agreement, created ...": the deed alone
    description, told_of = act_spans.without_lead(description, language)
    if told_of is None:  # "Yensebayev on May 28 posted ...": a day between doer and verb
        description, told_of = act_plain_en.without_doer(description, language)
    # «..., а Бекенов в тот же день разместил ...»: "that day" after the doer's name
    if told_of and not same_day:
        same_day = act_dates.SAME_DAY_LEAD.match(description)
    if same_day and told_of:
        description = act_dates.SAME_DAY_LEAD.sub("", description)
    description = act_spans.without_tail(description, language)
    description = act_plain_en.without_judgement(description, language)
    description = act_spans.without_hearsay(description, language)
    if language == "ru":
        # «его публикацией о вырубке леса, вышедшей» once the date is cut: the possessive
        # before and the participle left alone after say nothing of the act.
        description = re.sub(
            r"^(?:его|её|ее|их|своей|своим|своих|свою|свои|своего|моего|моей|моих|мой|мою|мои)\s+",
            "",
            description,
        )
        # «по версии следствия, 3 января Лебедев призвал ...»: the person's surname opens it
        description = court_papers.without_period(description)
        description = act_chains.without_appeared(description)
        # (after a day without its year, which is cut later: «7 марта Искакова приняла
        # участие ...»: the day stays, the doer goes)
        first = re.match(
            rf"({act_chains.RU_YEARLESS_DAY})([А-ЯЁ][а-яё-]+)\s+(?=[а-яё])", description
        )
        if first and names.looks_like_surname(first.group(2)):
            description = first.group(1) + description[first.end() :]
        description = court_papers.without_framing(description)
        # «— за то, что он якобы состоял в чате»: what he did, without "that he allegedly"
        description = re.sub(
            r"^том?,?\s+что\s+(?:(?:он|она|они)\s+)?(?:якобы\s+)?",
            "",
            description,
            flags=re.IGNORECASE,
        )
        last = re.search(r",\s*([а-яё]+)$", description)
        if last and any(p.tag.POS == "PRTF" for p in names.morph().parse(last.group(1))[:1]):
            description = description[: last.start()]
    # "a video Zhumabekov posted, in which ...", "... that he posted on Facebook": who posted it
    description = act_plain_en.without_poster(description)
    if language == "kk":  # «Нұрбек САДЫҚОВ ... қатысқаны»: the person's name opens the clause
        description = re.sub(r"\s+ғана$", "", description)  # «... бейнеүндеуі ғана»: "only"
        description, genitive = act_chains.kk_genitive_doer(description, language)
        told_of = told_of or genitive  # «Б. Тұрсынбаевтың ... таратқаны»: his
        # «видео жариялап, оны 5 мың адам көрген»: who saw the work, told after the deed's
        # converb, is not the deed (what it said, «, онда «...» деген», the labels keep or not)
        description = re.sub(
            r"((?:ып|іп|п)),\s+оны\s+[^,]*?(?:адам|қолданушы|рет)\s+(?:көр|қара)\w*.*$",
            r"\1",
            description,
            flags=re.IGNORECASE | re.DOTALL,
        )
        # "his", "he" («Айыптау бойынша, ол ... аударған»): nothing more
        # ("the two", "the three" of a joint case: «2026 жылғы 10 наурызда екеуі Telegram-да
        # чат құрған»)
        description = KK_SUBJECT_PRONOUN.sub(r"\g<day>", description)
        # (an acronym in the act, «ДВК-ның», «ҰҚК», is no name: it stays)
        not_acronym = rf"(?!(?:{'|'.join(sorted(names.ACRONYMS))})(?![{names.UPPER}]))"
        description = re.sub(
            rf"^(?:[{names.UPPER}][\w-]+\s+)?{not_acronym}[{names.UPPER}]{{2,}}\S*\s+",
            "",
            description,
        )
        # «Семей қаласының тұрғыны Ерасыл ДҮЙСЕНБАЙҰЛЫ Семейдегі митингке қатысқаны»: who
        # the person is, up to their name, is not the act
        description = re.sub(
            rf"^.{{0,80}}?(?<![\w-]){not_acronym}[{names.UPPER}]{{3,}}\S*\s+", "", description
        )
        # «Ақсай қаласының тұрғыны, бұрын сотталмаған, жеке кәсіпкер А.Қ. Есімқұлов WhatsApp
        # ...» (a court's release names the person by initials and surname): likewise
        initials = re.match(
            rf"^(?:[^.;]{{0,120}}?\s)?[{names.UPPER}]\.\s?(?:[{names.UPPER}]\.\s?)?"
            rf"([{names.UPPER}][{names.LOWER}-]+)\s+(?=\S)",
            description,
        )
        if (
            initials
            and names.looks_like_surname(initials.group(1))
            # (the one who did it, not «Б. Сейтқалиевтің үндеулері»: a name in another case)
            and not KK_CASE_ENDING.search(initials.group(1))
        ):
            description = description[initials.end() :]
            told_of = told_of or initials.group(1)
        # «жеке кәсіпкер Бекзат Жұмабайұлы Әбдіқадыров 2026 жылғы 9 қазанда ...», «тұрғыны
        # Дәулетов Дәурен Ерланұлы ...»: who, named in full with the patronymic, and when
        full = _KK_FULL_NAME_LEAD.match(description)
        surname = full and (
            full.group("surname") or full.group("surname_first") or full.group("patronymic")
        )
        if full and surname and not KK_CASE_ENDING.search(surname):
            description, _ = act_spans.without_lead(description[full.end() :], language)
            told_of = told_of or surname
        # (once: the one who did it is named first, then the time; a capitalised word left
        # after them is a place, «Қонаев қалалық әкімдігі», a town named after a person)
        # (after a day without its year, which is cut later: «20 қарашада Қалдыбаев
        # мұнайшылардың тобына ... жіберген»: the day stays, the doer goes and owns the act)
        first = re.match(
            rf"({KK_YEARLESS_DAY})([{names.UPPER}][{names.LOWER}-]+)\s+"
            rf"(?!{act_spans.KK_PLACE_NOUN}\b)(?=\S+\s+\S)",
            description,
        )
        if first and told_of is None and names.looks_like_surname(first.group(2)):
            description = first.group(1) + description[first.end() :]  # «Әлімов Facebook-та»
            told_of = first.group(2)
            description, _ = act_spans.without_lead(description, language)  # «2025 жылғы наурызда»
    # «пост о паводке», — сказала его жена»: a quote's end, then who said it, closes the act
    # told in the quote
    description = QUOTE_CLOSED.sub(r"\1", description)
    # «(Daulet Nurlanuly) YouTube арнасында ...»: a name's other spelling in brackets, left
    # first once the name is cut
    description = re.sub(r"^\([^()]{2,60}\)\s*", "", description)
    money = MONEY.search(description)
    paid = (
        re.search(PAYMENT[language], description[: money.end() + 30], re.IGNORECASE)
        if money
        else None
    )
    if money and (
        # «за проведение экспертизы — 3 450 тенге»: a cost, told by its amount last; not a
        # payment that is the act ("donating 5,000 tenge to a fund of ...", «перечислил на
        # счёт объединения 50 000 тенге»: the deed's verb opens it)
        not (
            description[money.end() :].strip(" .;,)")
            or (paid and act_chains.deed_opens_clause(description, paid.start(), language))
        )
        or not paid
    ):
        description = ""
    # «Екеуі де ҚК-нің (272-бабы бойынша)»: who and the code's name, once the article is cut
    said = re.sub(
        r"(?<![\w-])(?:ҚР\s+)?(?:ҚК|УК|CC)(?:\s+(?:РК|RK))?(?:-\w+)?(?![\w-])|"
        r"(?i:\b(?:екеуі|үшеуі|both|all three|оба|обе|все трое)\b(?:\s+де)?)",
        " ",
        description,
    )
    if act_spans.is_evidence(description, language):
        description = ""  # "The case rested on a linguistic expert report": the proof, no deed
    if re.match(r"(?:nothing|ничего|ештеңе|еш\s+нәрсе)\b", description, re.IGNORECASE):
        description = ""  # "his lawyer says he published nothing illegal": no deed told
    if _ONLY_ANAPHOR.fullmatch(description):
        description = ""  # «Аталған әрекеттер үшін ... қарастырылған»: acts told elsewhere
    if len(re.findall(r"\w{3,}", said)) < 2 or re.fullmatch(
        r"\(?[\"«“][^\"«»“”]*[\"»”]\)?", description
    ):
        description = ""  # only an article, or only the offence's name in quotes
    act: Record = {"description": description[:2000], "date": date}
    if same_day and date is None:
        act["same_day"] = True
    if also_on:
        act["also_on"] = also_on
    if told_of is not None:
        act["told_of"] = told_of
    return act
