"""Human labels for the fixed vocabularies: regions, articles, stages, events, sentence kinds.

Labels are marked with N_ and translated when shown, so a stored value (a code such as
"zhambyl" or "ban_social_networks") renders in each reader's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.i18n import N_, _
from db.models import AppealOutcome, CaseStage, EventKind, PreventiveMeasure, SentenceKind


@dataclass(frozen=True)
class Region:
    code: str
    label: str
    #: The administrative centre, offered as the default city.
    centre: str
    #: True for cities of republican significance (the region is the city).
    is_city: bool = False


REGIONS: tuple[Region, ...] = (
    Region("astana", N_("Astana"), "Astana", is_city=True),
    Region("almaty_city", N_("Almaty (city)"), "Almaty", is_city=True),
    Region("shymkent", N_("Shymkent"), "Shymkent", is_city=True),
    Region("abai", N_("Abai region"), "Semey"),
    Region("akmola", N_("Akmola region"), "Kokshetau"),
    Region("aktobe", N_("Aktobe region"), "Aktobe"),
    Region("almaty", N_("Almaty region"), "Konaev"),
    Region("atyrau", N_("Atyrau region"), "Atyrau"),
    Region("east_kazakhstan", N_("East Kazakhstan region"), "Oskemen"),
    Region("zhambyl", N_("Zhambyl region"), "Taraz"),
    Region("zhetysu", N_("Zhetysu region"), "Taldykorgan"),
    Region("karaganda", N_("Karaganda region"), "Karaganda"),
    Region("kostanay", N_("Kostanay region"), "Kostanay"),
    Region("kyzylorda", N_("Kyzylorda region"), "Kyzylorda"),
    Region("mangystau", N_("Mangystau region"), "Aktau"),
    Region("north_kazakhstan", N_("North Kazakhstan region"), "Petropavl"),
    Region("pavlodar", N_("Pavlodar region"), "Pavlodar"),
    Region("turkistan", N_("Turkistan region"), "Turkistan"),
    Region("ulytau", N_("Ulytau region"), "Zhezkazgan"),
    Region("west_kazakhstan", N_("West Kazakhstan region"), "Oral"),
)
REGIONS_BY_CODE = {region.code: region for region in REGIONS}


def region_label(code: str | None) -> str:
    if not code:
        return ""
    region = REGIONS_BY_CODE.get(code)
    return _(region.label) if region else code


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


def charge_label(article: str, part: int | None, title: str | None) -> str:
    head = (
        _("Art. {article} part {part}").format(article=article, part=part)
        if part
        else _("Art. {article}").format(article=article)
    )
    return f"{head} «{_(title)}»" if title else head


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
