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
  paragraph, as news agencies insert;
- one-break: blank lines between paragraphs lost (a paste that keeps single line breaks only);
- typography: quotes as «» or “”, hyphens between spaces as dashes, a no-break space
  between a number and the word after it;
- news-case: surnames written in capitals beside a given name or an initial written in title case
  instead, as news agencies write every name ("Marat ISSABEKOV" -> "Marat Issabekov");
- dates: a day-month-year written in words ("9 December 2025", «9 декабря 2025 года», «2025
  жылғы 9 желтоқсанда») written as 09.12.2025.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from typing import Any

from bench.extract import HELD_OUT, SEEDS, accuracy, labelled_texts, score_text, warm_up
from bot.extract import extract_cases

Perturbation = Callable[[str, str, list[dict[str, Any]]], str]

_FRAME = {
    "en": ("Forwarded from Steppe Watch\n\n", "\n\nPlease share this post."),
    "ru": ("Переслано из канала «Степной дозор»\n\n", "\n\nПоделитесь этим постом."),
    "kk": ("«Дала дозоры» арнасынан жіберілді\n\n", "\n\nОсы жазбамен бөлісіңіз."),
}
_CONTEXT = {
    "en": "Human rights groups say the law on public gatherings contradicts international "
    "standards; the authorities deny that anyone is prosecuted for their views.",
    "ru": "Правозащитники считают, что закон о мирных собраниях противоречит международным "
    "стандартам; власти отрицают, что кого-либо преследуют за убеждения.",
    "kk": "Құқық қорғаушылар бейбіт жиындар туралы заң халықаралық стандарттарға қайшы деп "
    "санайды; билік ешкімді көзқарасы үшін қудаламайтынын айтады.",
}


def frame(text: str, language: str, _cases: list[dict[str, Any]]) -> str:
    head, tail = _FRAME[language]
    return head + text.strip() + tail


def context(text: str, language: str, _cases: list[dict[str, Any]]) -> str:
    paragraphs = re.split(r"\n\s*\n", text.strip(), maxsplit=1)
    if len(paragraphs) < 2:
        return text.strip() + "\n\n" + _CONTEXT[language]
    return f"{paragraphs[0]}\n\n{_CONTEXT[language]}\n\n{paragraphs[1]}"


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
    return len(word) > 1 and word[0].isupper() and word[1:].rstrip(".").islower()


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


PERTURBATIONS: dict[str, Perturbation] = {
    "frame": frame,
    "context": context,
    "one-break": one_break,
    "typography": typography,
    "news-case": news_case,
    "dates": dates,
}


def set_accuracy(
    texts: list[tuple[str, str, list[dict[str, Any]]]], change: Perturbation | None
) -> float:
    totals = [0, 0, 0]
    for name, text, expected in texts:
        language = name[:2] if name[:2] in ("en", "ru", "kk") else "en"
        changed = change(text, language, expected) if change else text
        for counts in score_text(expected, extract_cases(changed)).values():
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
