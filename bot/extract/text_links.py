"""Which case a link of the text is the source of.

Invariant: a link goes to every case only when the text gives it for all of them (a list's head
or its closing paragraph that names none of the cases' people, a press contact after it set
aside); a link whose address names one person is that person's alone; a link labelled as the
publisher's offer ("Subscribe: .../subscribe") is no one's. Pure: text in, lists of links out.
"""

from __future__ import annotations

import re

from bot.extract.blocks import PARAGRAPH, paragraph_breaks
from bot.extract.record import Record

#: A link in running text.
URL = re.compile(r"https?://[^\s<>\"'«»]+")


def own_sources(records: list[Record]) -> None:
    """A link whose address names one of the people ("https://.../zhumabayeva-arrest") is the
    source of that person's case only."""
    surnames = [_surname_in_urls(record) for record in records]
    for record, own in zip(records, surnames, strict=True):
        others = {s for s in surnames if s and s != own}
        kept = [
            source
            for source in record["sources"]
            if (own and own in _url_path(source["url"]))
            or not any(other in _url_path(source["url"]) for other in others)
        ]
        if not kept and record["court"] is not None and record["charges"]:
            # (a charged co-defendant tried by the same court, left with no link of their own: the
            # story's one link, naming the first of them, was given for both)
            kept = [
                source
                for source in record["sources"]
                if all(
                    other["court"] == record["court"]
                    for other, name in zip(records, surnames, strict=True)
                    if name and name != own and name in _url_path(source["url"])
                )
            ]
        record["sources"] = kept


def _url_path(url: str) -> str:
    """An address after its site ("prisoners-watch.example.org" is the site's name, no
    person's: "https://prisoners-watch.example.org/cases/163" -> "/cases/163"), lower case."""
    return re.sub(r"^[a-z]+://[^/]*", "", url.lower())


def _surname_in_urls(record: Record) -> str | None:
    """The person's surname as an address would spell it: Latin letters, lower case."""
    words = (record["person"].get("name") or "").split()
    surname = words[-1].lower() if words else ""
    return surname if re.fullmatch(r"[a-z]{4,}", surname) else None


#: A closing line told of every case: "Sources for both: ...", «Документы по всем делам: ...».
_OF_EVERYONE = re.compile(
    r"\b(?:both|all|each|every|оба|обе|обоим|всем|все|каждому|барлық|екеуі|әрқайсы)\w*",
    re.IGNORECASE,
)

#: A short last line with no link and no figure: a sign-off ("Please share this post.",
#: «Поделитесь постом», «#FreeAsem»), not the story.
_SIGN_OFF = re.compile(r"(?!.*https?://)[^\n\d]{1,120}$")


#: A closing press contact ("Media contact: ...", «Контактное лицо: ...», «Байланыс: ...»):
#: the publisher's, naming its press officer, no case's person.
_CONTACT = re.compile(
    r"\s*(?:(?:media|press)\s+)?(?:contacts?|контакт\w*(?:\s+лицо)?|для\s+связи|"
    r"байланыс\w*)(?:\s+(?:person|for\s+media))?\s*:[^\n]{0,200}\s*$",
    re.IGNORECASE,
)

#: A line of a link alone, or a note's: "[2] https://...", "https://...".
_LINK_LINE = re.compile(r"\s*(?:\[\d{1,3}\]\s*)?https?://\S+\s*")


def case_keys_of(records: list[Record], language: str) -> set[str]:
    """The surname keys of the people the records are the cases of."""
    from bot.extract.nominative import surname_key

    # (the record's surname, not the name's last word: «Жакупов Арман Серикович», «Ким В. А.»)
    return {
        surname_key(surname, language)
        for record in records
        if (surname := record["person"].get("surname"))
    }


def head_urls(text: str, case_keys: set[str], language: str) -> list[str]:
    """URLs of a list's head, the paragraphs before the first that names one of its several
    cases' people ("Only changed entries are shown. Full list: https://..."): the list's own
    address, every case's source."""
    from bot.extract import names
    from bot.extract.nominative import surname_key

    if len(case_keys) < 2:
        return []
    found: list[str] = []
    for paragraph in paragraph_breaks(text).split(text.strip()):
        mentions = names.find_mentions(paragraph) + names.find_title_mentions(paragraph)
        if any(surname_key(m.surname, language) in case_keys for m in mentions):
            break
        found += [u.rstrip(".,;:)") for u in URL.findall(paragraph)]
    return found


def footer_urls(text: str, case_keys: set[str], language: str) -> list[str]:
    """URLs of the text's last paragraph (after any sign-off) when that paragraph names nobody;
    closing a list of several cases, when it names none of the cases' people (a list's credits,
    "Compiled by A and B. Full list: https://...", name only its writers; a story of one case
    closing on another person, "On X's case: https://...", links to that person's story)."""
    from bot.extract import names
    from bot.extract.nominative import surname_key

    def names_someone(part: str) -> bool:
        mentions = [m for m in names.find_mentions(part) if m.given]
        mentions += names.find_title_mentions(part)
        if len(case_keys) < 2:
            return bool(mentions)
        return any(surname_key(m.surname, language) in case_keys for m in mentions)

    breaks = paragraph_breaks(text)
    paragraphs = breaks.split(text.strip())
    while len(paragraphs) > 1 and (
        _SIGN_OFF.match(paragraphs[-1]) or _CONTACT.match(paragraphs[-1])
    ):
        paragraphs.pop()  # "Please share this post." or the press contact after the links
    if breaks is not PARAGRAPH:
        # a paste that lost its blank lines: the notes' links closing it ("[1] https://...",
        # one a line) are still one paragraph
        links = 0
        while links < len(paragraphs) - 1 and _LINK_LINE.fullmatch(paragraphs[-1 - links]):
            links += 1
        if links >= 2:
            paragraphs = [*paragraphs[:-links], "\n".join(paragraphs[-links:])]
            breaks = PARAGRAPH
    last = paragraphs[-1]
    if (
        breaks is not PARAGRAPH
        and not _OF_EVERYONE.search(last)
        and re.search(r"https?://", "\n".join(paragraphs[:-1]))
    ):
        # no blank lines, and items with links of their own: the last line is the last
        # item's "Source: ..."
        return []
    if len(case_keys) >= 2 and _item_link_label(last, paragraphs[:-1]):
        # «Карточка: https://...» closing the last item as it closes each item before it: that
        # item's own link (its person perhaps no case read), not the list's
        return []
    if names_someone(last):
        # a thread's last post naming nobody ("5/ Both verdicts ... Details: https://...")
        last = last.strip().splitlines()[-1]
        if names_someone(last) or not re.match(r"\s*\d{1,2}[./)]\s", last):
            return []
    return [u.rstrip(".,;:)") for u in re.findall(r"https?://[^\s<>\"'«»]+", last)]


#: A link on a line of its own after a label: "Source: https://...", «Карточка: https://...».
_LABELLED_LINK = re.compile(r"^[ \t]*([^\W\d_][^:\n]{0,30}):[ \t]*https?://", re.MULTILINE)


def _item_link_label(last: str, before: list[str]) -> bool:
    """Whether the last paragraph's link follows the label that the links of at least two
    paragraphs before it follow (each item's "Source:"), in a paragraph that says more than
    the link."""
    labels = [m.group(1).casefold() for m in _LABELLED_LINK.finditer(last)]
    if not labels or len(last.strip().splitlines()) < 2:
        return False
    items = [
        p
        for p in before
        if labels[-1] in {m.group(1).casefold() for m in _LABELLED_LINK.finditer(p)}
    ]
    return len(items) >= 2


#: What a link is labelled with on its line when it is no case's source but the publisher's
#: own offer: a subscription, a donation, a film's trailer ("Subscribe: https://...",
#: «Поддержать фонд: https://...», «Жазылу: https://...»). (A list's "Full list:" is the list's
#: own address, every case's source, and a book's "Read an extract:" its author's: not here.)
_OFFER_LABEL = re.compile(
    r"(?:\b(?:subscri\w*|newsletter|donat\w*|support\s+(?:us|our\s+work)|trailer|stills|"
    r"press\s+kit|tickets?)|"
    # (not «подписали», «подписчиков», «жазылған»: signed, subscribers, written)
    r"(?<![\w-])(?:подписаться|подпишитесь|подписк\w*|рассылк\w*|"
    r"поддерж\w*\s+(?:нас|фонд|редакци\w*|проект)|пожертв\w*|донат\w*|трейлер\w*|жазылу|"
    r"жазылыңыз|демеушілік|қайырымдылық))"
    r"[^\n]{0,60}?(?=https?://)",
    re.IGNORECASE,
)


#: The address of such an offer's own page: its last part is the offer's word
#: (".../subscribe", ".../donate", ".../kk/digest", ".../press"), not a post or a case.
_OFFER_PAGE = re.compile(
    r"/(?:subscribe|subscription|donate|donations?|digest|newsletter|press|support|"
    r"podpiska|podderzhat)/?$",
    re.IGNORECASE,
)


def offered_urls(text: str) -> set[str]:
    """The links the text labels as its publisher's offer (a subscription, a donation, a
    trailer) with the label on its own line before it, whose address is the offer's own page:
    no case's source. (A channel's post or a case's fundraiser, «Подписаться:
    https://t.me/channel/1187», "Donations for the fine: https://...", stays a source.)"""
    found: set[str] = set()
    for line in text.splitlines():
        label = _OFFER_LABEL.search(line)
        if label is not None:
            urls = {u.rstrip(".,;:)") for u in URL.findall(line[label.end() :])}
            found |= {u for u in urls if _OFFER_PAGE.search(u)}
    return found
