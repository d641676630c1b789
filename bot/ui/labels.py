"""Human labels for the fixed vocabularies: regions, articles, stages, events, sentence kinds.

Labels are marked with N_ and translated when shown, so a stored value (a code such as
"zhambyl" or "ban_social_networks") renders in each reader's language.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.infra.i18n import N_, SUPPORTED_LANGUAGES, _, current_language, use_locale
from db.models import AppealOutcome, CaseStage, EventKind, PreventiveMeasure, SentenceKind
from db.places import find_places


@dataclass(frozen=True)
class Region:
    code: str
    label: str
    #: The administrative centre, offered as the default city. Stored in English (the msgid),
    #: shown translated.
    centre: str
    #: True for cities of republican significance (the region is the city).
    is_city: bool = False


REGIONS: tuple[Region, ...] = (
    Region("astana", N_("Astana"), N_("Astana"), is_city=True),
    Region("almaty_city", N_("Almaty (city)"), N_("Almaty"), is_city=True),
    Region("shymkent", N_("Shymkent"), N_("Shymkent"), is_city=True),
    Region("abai", N_("Abai region"), N_("Semey")),
    Region("akmola", N_("Akmola region"), N_("Kokshetau")),
    Region("aktobe", N_("Aktobe region"), N_("Aktobe")),
    Region("almaty", N_("Almaty region"), N_("Konaev")),
    Region("atyrau", N_("Atyrau region"), N_("Atyrau")),
    Region("east_kazakhstan", N_("East Kazakhstan region"), N_("Oskemen")),
    Region("zhambyl", N_("Zhambyl region"), N_("Taraz")),
    Region("zhetysu", N_("Zhetysu region"), N_("Taldykorgan")),
    Region("karaganda", N_("Karaganda region"), N_("Karaganda")),
    Region("kostanay", N_("Kostanay region"), N_("Kostanay")),
    Region("kyzylorda", N_("Kyzylorda region"), N_("Kyzylorda")),
    Region("mangystau", N_("Mangystau region"), N_("Aktau")),
    Region("north_kazakhstan", N_("North Kazakhstan region"), N_("Petropavl")),
    Region("pavlodar", N_("Pavlodar region"), N_("Pavlodar")),
    Region("turkistan", N_("Turkistan region"), N_("Turkistan")),
    Region("ulytau", N_("Ulytau region"), N_("Zhezkazgan")),
    Region("west_kazakhstan", N_("West Kazakhstan region"), N_("Oral")),
)
REGIONS_BY_CODE = {region.code: region for region in REGIONS}


CENTRES = frozenset(region.centre for region in REGIONS)


def region_label(code: str | None) -> str:
    if not code:
        return ""
    region = REGIONS_BY_CODE.get(code)
    return _(region.label) if region else code


def city_label(city: str, region: str | None = None) -> str:
    """A town in the reader's language (from the gazetteer: «Талғар», «Талгар», "Talgar"),
    within `region` when given; a name the gazetteer does not know, or shares between towns of
    different names, as the reporter wrote it."""
    return _city_label(city, region, current_language())


@functools.lru_cache(maxsize=4096)
def _city_label(city: str, region: str | None, language: str) -> str:
    """`city_label` in `language` (the current one): the gazetteer does not change while the
    process runs, so each town is looked up once per language (a result page shows five)."""
    places = [p for p in find_places(city) if region in (None, p.region_code)]
    names = {p.name(language) for p in places}
    if len(names) == 1:
        return names.pop()
    return _(city) if city in CENTRES else city


def _alphabet_key(language: str) -> Callable[[str], tuple[int, ...]]:
    """Sort key in the reader's alphabet: Kazakh letters (Ә after А, Ғ after Г, Қ after К...)
    and Russian Ё in their places, then Latin; what no alphabet lists comes last."""
    alphabet = _ALPHABETS.get(language, "") + _LATIN
    position = {letter: i for i, letter in enumerate(alphabet)}
    return lambda text: tuple(position.get(ch, len(alphabet) + ord(ch)) for ch in text.lower())


_LATIN = "abcdefghijklmnopqrstuvwxyz"
_ALPHABETS = {
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "kk": "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя",
}


def sorted_regions() -> list[Region]:
    """The cities of republican significance, then the regions, each in the reader's
    alphabet."""
    key = _alphabet_key(current_language())

    def by_name(region: Region) -> tuple[int, ...]:
        # «область Абай», «город Алматы»: sorted by the name, not by the word before it.
        return key(_REGION_WORDS.sub("", _(region.label)))

    cities = sorted((r for r in REGIONS if r.is_city), key=by_name)
    regions = sorted((r for r in REGIONS if not r.is_city), key=by_name)
    return cities + regions


_REGION_WORDS = re.compile(r"^(?:область|город|облысы|қаласы)\s+", re.IGNORECASE)


def find_region(text: str) -> Region | None:
    """The region whose name or centre is `text`, in any supported language ("Актобе",
    "Ақтөбе облысы", "aktobe")."""
    folded = " ".join(text.split()).casefold()
    for language in SUPPORTED_LANGUAGES:
        with use_locale(language):
            for region in REGIONS:
                names = (_(region.label), _(region.centre), region.code)
                if folded in (name.casefold() for name in names):
                    return region
    return None


@dataclass(frozen=True)
class Article:
    """A Criminal Code article (part) commonly used in politically motivated cases."""

    key: str
    article: str
    part: int | None
    title: str


ARTICLES: tuple[Article, ...] = (
    Article("405.1", "405", 1, N_("organisation of the activities of an extremist organisation")),
    Article("405.2", "405", 2, N_("participation in the activities of an extremist organisation")),
    Article(
        "174",
        "174",
        None,
        N_("incitement of social, national, clan, racial, class or religious discord"),
    ),
    Article("179", "179", None, N_("propaganda or public calls to seize or retain power")),
    Article("274", "274", None, N_("dissemination of knowingly false information")),
)
ARTICLES_BY_KEY = {a.key: a for a in ARTICLES}


def article_title(article: str, part: int | None) -> str | None:
    """The known title of an article (part), untranslated, or None."""
    for known in ARTICLES:
        if known.article == article and known.part in (part, None):
            return known.title
    return None


KNOWN_TITLES = frozenset(a.title for a in ARTICLES)


def charge_label(article: str, part: int | None, title: str | None) -> str:
    """'Art. 405 part 2 «participation in ...»'; a title the reporter typed stays as typed."""
    head = (
        _("Art. {article} part {part}").format(article=article, part=part)
        if part
        else _("Art. {article}").format(article=article)
    )
    if not title:
        return head
    return f"{head} «{_(title) if title in KNOWN_TITLES else title}»"


STAGES = {
    CaseStage.DETAINED: N_("Detained or arrested"),
    CaseStage.CHARGED: N_("Charged, awaiting trial"),
    CaseStage.ON_TRIAL: N_("On trial"),
    CaseStage.SENTENCED: N_("Sentenced"),
    CaseStage.APPEALED: N_("Appeal decided"),
}

EVENTS = {
    EventKind.DETENTION: N_("Detention"),
    EventKind.CHARGE: N_("Charge"),
    EventKind.PREVENTIVE_MEASURE: N_("Preventive measure"),
    EventKind.TRIAL: N_("Trial"),
    EventKind.HEARING: N_("Hearing"),
    EventKind.VERDICT: N_("Verdict"),
    EventKind.APPEAL_RULING: N_("Appeal ruling"),
    EventKind.RELEASE: N_("Release"),
}

MEASURES = {
    PreventiveMeasure.CUSTODY: N_("Custody"),
    PreventiveMeasure.HOUSE_ARREST: N_("House arrest"),
    PreventiveMeasure.TRAVEL_BAN: N_("Travel ban"),
    PreventiveMeasure.OTHER: N_("Other measure"),
}

APPEAL_OUTCOMES = {
    AppealOutcome.UPHELD: N_("Sentence upheld"),
    AppealOutcome.REDUCED: N_("Sentence reduced"),
    AppealOutcome.INCREASED: N_("Sentence increased"),
    AppealOutcome.OVERTURNED: N_("Sentence overturned"),
    AppealOutcome.SENT_BACK: N_("Sent back for retrial"),
}

SENTENCE_KINDS = {
    SentenceKind.IMPRISONMENT: N_("Imprisonment"),
    SentenceKind.RESTRICTION_OF_LIBERTY: N_("Restriction of liberty"),
    SentenceKind.BAN_SOCIAL_ACTIVITY: N_("Ban on social and political activity"),
    SentenceKind.BAN_SOCIAL_NETWORKS: N_("Ban on using social networks"),
    SentenceKind.COMMUNITY_SERVICE: N_("Community service"),
    SentenceKind.COURT_FEES: N_("Court fees"),
    SentenceKind.FORENSIC_FEE: N_("Forensic examination fee"),
    SentenceKind.VICTIMS_FUND: N_("Payment to the Crime Victims' Compensation Fund"),
    SentenceKind.FINE: N_("Fine"),
}

OCCUPATIONS = (
    N_("Civil activist"),
    N_("Journalist"),
    N_("Blogger"),
    N_("Human rights defender"),
    N_("Opposition supporter"),
    N_("Religious believer"),
    N_("Former political prisoner"),
)


def occupation_label(occupation: str) -> str:
    """One of OCCUPATIONS (stored in English) in the reader's language; free text as written."""
    return _(occupation) if occupation in OCCUPATIONS else occupation
