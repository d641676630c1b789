"""How much of `casewatch parse-report`'s accuracy survives a change of surface form.

    python -m bench perturb                 # every labelled set, every perturbation
    python -m bench perturb --sets heldout5,dev8 --only frame,caps

Every labelled text is extracted again after a change that keeps its labels true: the facts,
names, dates and wording of the acts stay; only what a different writer, channel or paste would
change moves. Each column is the field accuracy (`bench.extract`) of a set after one change; the
drop from the first column says how much of a set's score hangs on its own surface form, which a
fix fitted to that set cannot tell. A held-out set measures generalisation once; this measures it
again on every run, though only along the axes below.

Perturbations (each keeps every label of every text true):
- frame: a "forwarded from" header and a call to share at the end, as a channel repost has;
- context: a paragraph of background without people, places, dates or figures after the first
  paragraph, as news agencies insert (one of three per language: the law, a movement's leader,
  others sentenced);
- one-break: blank lines between paragraphs lost (a paste that keeps single line breaks only);
- typography: quotes as «» or “”, hyphens between spaces as dashes, a no-break space
  between a number and the word after it;
- news-case: surnames written in capitals beside a given name or an initial written in title case
  instead, as news agencies write every name ("Marat ISSABEKOV" -> "Marat Issabekov");
- dates: a day-month-year written in words ("9 December 2025", «9 декабря 2025 года», «2025
  жылғы 9 желтоқсанда») written as 09.12.2025;
- short-months: the month abbreviated ("9 Dec. 2025", «9 дек. 2025 г.»);
- emoji-bullets: list items marked "▪️ ", "👉 " as channels do;
- lawyer-quote: «"We will appeal," said the defence lawyer, X» before the last paragraph;
- all-at-once: news-case, dates, typography, context, a lawyer's quote, emoji bullets, a frame
  and lost blank lines together.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from typing import Any

from bench.extract import (
    HELD_OUT,
    LABELS_AS_OF,
    SEEDS,
    accuracy,
    labelled_texts,
    score_text,
    warm_up,
)
from bot.extract import extract_cases

Perturbation = Callable[[str, str, list[dict[str, Any]]], str]

_FRAME = {
    "en": ("Forwarded from Steppe Watch\n\n", "\n\nPlease share this post."),
    "ru": ("Переслано из канала «Степной дозор»\n\n", "\n\nПоделитесь этим постом."),
    "kk": ("«Дала дозоры» арнасынан жіберілді\n\n", "\n\nОсы жазбамен бөлісіңіз."),
}
#: Background paragraphs as news agencies insert them: about the law, a movement's leader and
#: other people sentenced, none naming a person, a place, a date or a figure. A text gets one of
#: them by its length, so each set sees all three.
_CONTEXT = {
    "en": (
        "Human rights groups say the law on public gatherings contradicts international "
        "standards; the authorities deny that anyone is prosecuted for their views.",
        "The banned movement is led by a fugitive former banker whom the authorities accuse of "
        "embezzlement; his supporters reject the accusations as politically motivated.",
        "Several activists across the country have been handed prison terms or parole-like "
        "sentences in recent years for their involvement in opposition groups.",
    ),
    "ru": (
        "Правозащитники считают, что закон о мирных собраниях противоречит международным "
        "стандартам; власти отрицают, что кого-либо преследуют за убеждения.",
        "Движение возглавляет бывший банкир, которого власти обвиняют в хищениях; его "
        "сторонники считают обвинения политически мотивированными.",
        "В последние годы несколько активистов по всей стране получили реальные сроки или "
        "ограничение свободы за участие в оппозиционных группах.",
    ),
    "kk": (
        "Құқық қорғаушылар бейбіт жиындар туралы заң халықаралық стандарттарға қайшы деп "
        "санайды; билік ешкімді көзқарасы үшін қудаламайтынын айтады.",
        "Қозғалысты бұрынғы банкир басқарады, билік оны ақша жымқырды деп айыптайды; "
        "жақтастары айыптауды саяси қудалау деп санайды.",
        "Соңғы жылдары елдегі бірнеше белсенді оппозициялық топтарға қатысқаны үшін түрмеге "
        "қамалды немесе бас бостандығы шектелді.",
    ),
}


def frame(text: str, language: str, _cases: list[dict[str, Any]]) -> str:
    head, tail = _FRAME[language]
    return head + text.strip() + tail


def context(text: str, language: str, _cases: list[dict[str, Any]]) -> str:
    background = _CONTEXT[language][len(text) % len(_CONTEXT[language])]
    paragraphs = re.split(r"\n\s*\n", text.strip(), maxsplit=1)
    if len(paragraphs) < 2:
        return text.strip() + "\n\n" + background
    return f"{paragraphs[0]}\n\n{background}\n\n{paragraphs[1]}"


def one_break(text: str, _language: str, _cases: list[dict[str, Any]]) -> str:
    return re.sub(r"\n[ \t]*\n\s*", "\n", text.strip())


def typography(text: str, language: str, _cases: list[dict[str, Any]]) -> str:
    opening, closing = ("“", "”") if language == "en" else ("«", "»")
    text = re.sub(r'"([^"\n]*)"', rf"{opening}\1{closing}", text)
    text = text.replace(" - ", " — ")
    return re.sub(r"(?<=\d) (?=[^\W\d])", "\u00a0", text)


_WORD = re.compile(r"https?://\S+|[^\W\d_][\w'’-]*\.?")
_ACRONYMS = frozenset(
    "URGENT NSC KNB USD KZT EU UK US USA UN OSCE NGO RFE ДВК КНБ МВД ҚР ҚК УК РК".split()
)


def _title_word(word: str) -> bool:
    """A given name's shape ("Marat", "Ruslan." ending a sentence); "No." is none."""
    bare = word.rstrip(".")
    return len(bare) > 2 and bare[0].isupper() and bare[1:].isalpha() and bare[1:].islower()


def _initial(word: str) -> bool:
    """ "T." or a Latin digraph's "Ye." ("No." is no initial)."""
    return word.endswith(".") and (len(word) == 2 or word[:-1] in _DIGRAPHS) and word[0].isupper()


_DIGRAPHS = frozenset("Zh Sh Kh Ch Ts Ye Yu Ya Yo".split())


def _surname_in_caps(word: str) -> bool:
    bare = word.rstrip(".")
    return (
        len(bare) >= 3 and bare.isupper() and bare.isalpha() is not False and bare not in _ACRONYMS
    )


def _only_spaces(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    """Nothing but spaces between two words: «ҚОРЫТЫНДЫСЫ: Маңғыстау» is a heading and a town,
    and a heading's last word is no surname of the next line."""
    first = a if a.start() < b.start() else b
    if first.group(0).endswith(".") and not _initial(first.group(0)):
        return False  # «НОВОСТИ. Тараз»: a sentence ends between them
    return not text[min(a.end(), b.end()) : max(a.start(), b.start())].strip(" \u00a0")


def news_case(text: str, _language: str, _cases: list[dict[str, Any]]) -> str:
    """Names as news agencies write them: "Marat Issabekov", not "Marat ISSABEKOV". Only a
    surname in capitals beside a given name or an initial changes ("ZHANBYRBAYEV T.", «Гаухар
    Ермековны АМАНТАЕВОЙ»): a heading's words in capitals stay as they are."""
    words = list(_WORD.finditer(text))
    out, last = [], 0
    for i, match in enumerate(words):
        word = match.group(0)
        if word.startswith("http") or not _surname_in_caps(word):
            continue
        near = [
            words[j].group(0)
            for j in (i - 1, i + 1)
            if 0 <= j < len(words) and _only_spaces(text, words[j], match)
        ]
        if any(_title_word(w) or _initial(w) for w in near):
            out.append(text[last : match.start()])
            out.append("-".join(p.capitalize() for p in word.split("-")))
            last = match.end()
    out.append(text[last:])
    return "".join(out)


_MONTHS = {
    "en": "january february march april may june july august september october november december",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "kk": "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан",
}


def _month(language: str, word: str) -> int:
    for number, name in enumerate(_MONTHS[language].split(), start=1):
        if word.casefold().startswith(name):
            return number
    raise ValueError(word)


def dates(text: str, language: str, _cases: list[dict[str, Any]]) -> str:
    names = "|".join(_MONTHS[language].split())
    if language == "kk":
        # the bare or locative form only («9 қазанда»): «2 сәуірден» (since) keeps its sense
        # only in words
        pattern = (
            rf"\b(\d{{4}}) жыл(?:ғы|ы) (\d{{1,2}}) ({names})(?:да|де|та|те)?(?![а-яәғқңөұүһі])"
        )

        def kazakh(m: re.Match[str]) -> str:
            return f"{int(m.group(2)):02d}.{_month('kk', m.group(3)):02d}.{m.group(1)}"

        return re.sub(pattern, kazakh, text, flags=re.IGNORECASE)
    suffix = r"(?: года| г\.)?" if language == "ru" else ""
    pattern = rf"\b(\d{{1,2}}) ({names}),? (\d{{4}}){suffix}"

    def numeric(m: re.Match[str]) -> str:
        return f"{int(m.group(1)):02d}.{_month(language, m.group(2)):02d}.{m.group(3)}"

    return re.sub(pattern, numeric, text, flags=re.IGNORECASE)


_BULLET = re.compile(r"^([ \t]*)(?:[-•·*▪]|—)[ \t]+", re.MULTILINE)


def emoji_bullets(text: str, _language: str, _cases: list[dict[str, Any]]) -> str:
    """List items as Telegram channels mark them: "▪️ ", "👉 " instead of "- " or "• "."""
    marks = iter(["▪️ ", "👉 ", "🔹 "] * 1000)
    return _BULLET.sub(lambda m: m.group(1) + next(marks), text)


_SHORT_MONTHS = {
    "en": dict(
        zip(
            _MONTHS["en"].split(),
            "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split(),
            strict=True,
        )
    ),
    "ru": dict(
        zip(
            _MONTHS["ru"].split(),
            "янв. февр. марта апр. мая июня июля авг. сент. окт. нояб. дек.".split(),
            strict=True,
        )
    ),
}


def short_months(text: str, language: str, _cases: list[dict[str, Any]]) -> str:
    """Months as news writes them for short: "Dec. 9, 2025" style abbreviations ("9 Dec.
    2025", «9 дек. 2025 г.»); Kazakh texts are left as they are."""
    if language not in _SHORT_MONTHS:
        return text
    table = _SHORT_MONTHS[language]
    names = "|".join(table)
    suffix = r"( года)?" if language == "ru" else "()"

    def shorten(m: re.Match[str]) -> str:
        year = " г." if m.group(4) else ""
        return f"{m.group(1)} {table[m.group(2).lower()]} {m.group(3)}{year}"

    return re.sub(
        rf"\b(\d{{1,2}}) ({names}),? (\d{{4}}){suffix}", shorten, text, flags=re.IGNORECASE
    )


_LAWYER_QUOTE = {
    "en": '"We will appeal this verdict," said the defence lawyer, {name}.',
    "ru": "«Мы обжалуем приговор», — заявила адвокат {name}.",
    "kk": "«Үкімге шағымданамыз», — деді адвокат {name}.",
}
_LAWYER = {
    "en": ("Aigul", "Nurlanova"),
    "ru": ("Айгуль", "Нурланова"),
    "kk": ("Айгүл", "Нұрланова"),
}


def lawyer_quote(text: str, language: str, _cases: list[dict[str, Any]]) -> str:
    """A defence lawyer's words as a paragraph before the last one, her name written as the
    text writes names (a surname in capitals or not)."""
    from bot.extract.blocks import writes_names_in_capitals

    given, surname = _LAWYER[language]
    name = f"{given} {surname.upper() if writes_names_in_capitals(text) else surname}"
    quote = _LAWYER_QUOTE[language].format(name=name)
    paragraphs = re.split(r"\n\s*\n", text.strip())
    if len(paragraphs) < 2:
        return f"{text.strip()}\n\n{quote}"
    return "\n\n".join([*paragraphs[:-1], quote, paragraphs[-1]])


def everything(text: str, language: str, cases: list[dict[str, Any]]) -> str:
    """Every change above at once, as one repost of a news story would make them."""
    for change in (
        news_case,
        dates,
        typography,
        context,
        lawyer_quote,
        emoji_bullets,
        frame,
        one_break,
    ):
        text = change(text, language, cases)
    return text


PERTURBATIONS: dict[str, Perturbation] = {
    "frame": frame,
    "context": context,
    "one-break": one_break,
    "typography": typography,
    "news-case": news_case,
    "dates": dates,
    "short-months": short_months,
    "emoji-bullets": emoji_bullets,
    "lawyer-quote": lawyer_quote,
    "all-at-once": everything,
}


def set_accuracy(
    texts: list[tuple[str, str, list[dict[str, Any]]]], change: Perturbation | None
) -> float:
    totals = [0, 0, 0]
    for name, text, expected in texts:
        language = name[:2] if name[:2] in ("en", "ru", "kk") else "en"
        changed = change(text, language, expected) if change else text
        for counts in score_text(expected, extract_cases(changed, today=LABELS_AS_OF)).values():
            totals = [t + c for t, c in zip(totals, counts, strict=True)]
    return accuracy(totals)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench perturb",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--sets", help="comma-separated set names without 'reports-' (all)")
    parser.add_argument("--only", help="comma-separated perturbations (all)")
    args = parser.parse_args(argv)
    directories = [SEEDS, *sorted(p for p in HELD_OUT.parent.glob("reports*") if p.is_dir())]
    if args.sets:
        wanted = {
            f"reports-{s}" if s not in ("reports", "seeds") else s for s in args.sets.split(",")
        }
        directories = [d for d in directories if d.name in wanted]
    names = args.only.split(",") if args.only else list(PERTURBATIONS)
    warm_up()
    print(f"{'set':22} {'texts':>5} {'as is':>7} " + " ".join(f"{n:>10}" for n in names))
    sums = [0.0] * (len(names) + 1)
    for directory in directories:
        texts = labelled_texts(directory)
        scores = [set_accuracy(texts, None)]
        scores += [set_accuracy(texts, PERTURBATIONS[n]) for n in names]
        sums = [s + x for s, x in zip(sums, scores, strict=True)]
        print(
            f"{directory.name:22} {len(texts):5} {scores[0]:7.3f} "
            + " ".join(f"{x:10.3f}" for x in scores[1:])
        )
    mean = [s / len(directories) for s in sums]
    print(f"{'mean of sets':22} {'':5} {mean[0]:7.3f} " + " ".join(f"{x:10.3f}" for x in mean[1:]))
    print(
        "\nchange from 'as is' (mean of sets): "
        + ", ".join(f"{n} {x - mean[0]:+.3f}" for n, x in zip(names, mean[1:], strict=True))
    )
