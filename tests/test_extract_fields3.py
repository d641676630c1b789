"""Field classes fitted on heldout45–48: amounts owed "each" keep the kind written after
them; a kind told again before a new passive clause lends it no term."""

from decimal import Decimal

from bot.extract.sentence import find_parts


def _parts(text: str, language: str) -> list[tuple[str, int | None, Decimal | None]]:
    return [(p.kind, p.term_months, p.amount) for p in find_parts(text, language)]


def test_amount_each_goes_to_the_kind_after_it() -> None:
    assert _parts(
        "Both must pay 12,400 tenge each in court costs and 30,000 tenge each to the "
        "Victims' Compensation Fund.",
        "en",
    ) == [("court_fees", None, Decimal("12400")), ("victims_fund", None, Decimal("30000"))]
    assert _parts(
        "С осуждённых взыскано по 9 100 тенге судебных издержек и по 30 000 тенге с "
        "каждого в Фонд компенсации потерпевшим.",
        "ru",
    ) == [("court_fees", None, Decimal("9100")), ("victims_fund", None, Decimal("30000"))]


def test_amount_without_each_still_joins_as_before() -> None:
    # refused: a plain list of "value kind" pairs is unchanged
    assert _parts("He paid 5,000 tenge in court costs and a fine of 80,000 tenge.", "en") == [
        ("court_fees", None, Decimal("5000")),
        ("fine", None, Decimal("80000")),
    ]


def test_kind_told_again_before_a_passive_clause_gets_no_term() -> None:
    assert _parts(
        "Apart from the prison term, the teacher was barred from public activities for two years.",
        "en",
    ) == [("ban_social_activity", 24, None)]


def test_kinds_joined_by_and_still_share_the_term() -> None:
    # refused: no new clause between them
    assert _parts(
        "She was handed two years of restricted freedom and a ban on social media.", "en"
    ) == [("restriction_of_liberty", 24, None), ("ban_social_networks", 24, None)]


def _events(text: str) -> list[tuple[str, str | None]]:
    from bench.extract import LABELS_AS_OF
    from bot.extract import extract_cases

    cases = extract_cases(text, today=LABELS_AS_OF)
    return sorted((e["kind"], e["date"]) for c in cases for e in c["events"])


def test_charged_on_a_day_in_a_list_of_steps() -> None:
    text = (
        "Activist detained in Taraz\n\n"
        "Blogger Serik Amanov was detained on 3 March 2026, charged on 5 March 2026 under "
        "Article 274, Part 2, and on 6 March a judge placed him under house arrest."
    )
    assert ("charge", "2026-03-05") in _events(text)
    assert ("detention", "2026-03-03") in _events(text)


def test_charged_with_no_day_is_no_dated_charge() -> None:
    # refused: "charged" with no day after it adds no dated charge of its own
    text = (
        "Activist detained in Taraz\n\n"
        "Blogger Serik Amanov was detained on 3 March 2026, charged under Article 274, "
        "Part 2, and held in custody."
    )
    assert _events(text) == [("detention", "2026-03-03")]


def test_ban_from_release_is_no_release() -> None:
    from bot.extract.clauses import event_kind

    # a release told as the day a ban begins
    assert (
        event_kind(
            "Оған сонымен қатар босатылғаннан кейін 2 жыл бойы қоғамдық қызметпен айналысуға "
            "тыйым салынды.",
            "kk",
        )
        is None
    )
    assert (
        event_kind(
            "Сотталушыға жазасын өтеп шыққаннан кейін 3 жыл бойы саяси қызметке тыйым салынды.",
            "kk",
        )
        is None
    )
    # refused: a release that happened stays one
    assert event_kind("Ол 5 наурызда колониядан босатылды.", "kk") == "release"
    assert event_kind("Ол жазасын толық өтеп, бостандыққа шықты.", "kk") == "release"


def test_public_activism_ban_and_a_state_fund_for_victims() -> None:
    assert _parts("Оған 4 жыл бойы қоғамдық белсенділікпен айналысуға тыйым салынды.", "kk") == [
        ("ban_social_activity", 48, None)
    ]
    assert _parts(
        "Each must pay 9,000 tenge in court costs and 30,000 tenge to a state fund for crime "
        "victims.",
        "en",
    ) == [("court_fees", None, Decimal("9000")), ("victims_fund", None, Decimal("30000"))]
    # refused: a state fund for something else is no victims' fund
    assert _parts("He paid 9,000 tenge to a state fund for road repairs.", "en") == []
