"""The catalogs: complete, faithful to the source's placeholders and HTML, and up to date.

The staleness check extracts the strings from the code as `make i18n` does and compares them with
bot/locale/casewatch.pot: a feature that adds a user-visible string fails here until `make i18n`
is run and the new entries are translated in every catalog.
"""

from __future__ import annotations

import datetime as dt
import gettext
import re
import string
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

from bot.infra import i18n
from bot.infra.i18n import _, ngettext, use_locale
from bot.ui.labels import charge_label, find_region
from bot.ui.render import format_date, format_money, format_term

ROOT = Path(__file__).resolve().parent.parent
POT = i18n.LOCALE_DIR / f"{i18n.DOMAIN}.pot"
#: Languages whose catalog must translate every message (English is the source: an empty msgstr
#: there means "as in the code").
TRANSLATED = ("ru", "kk")
#: The same keywords as the Makefile's EXTRACT_KEYWORDS.
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
_TAG = re.compile(r"</?([a-zA-Z][\w-]*)[^>]*>")


def read_catalog(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


def ids(catalog: Catalog) -> set[object]:
    return {m.id for m in catalog if m.id}


def placeholders(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name is not None}


def tags(text: str) -> Counter[str]:
    return Counter(match.group(0).split()[0].rstrip(">") + ">" for match in _TAG.finditer(text))


def sources(message: Message) -> list[str]:
    return list(message.id) if isinstance(message.id, tuple) else [message.id]


def translations(message: Message) -> list[str]:
    return list(message.string) if isinstance(message.string, tuple) else [message.string]


def test_pot_is_up_to_date_with_the_code() -> None:
    """Every string marked in bot/ and db/ is in the .pot, and nothing else (run `make i18n`)."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    extracted = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(ROOT), method_map, options_map, keywords=KEYWORDS
    ):
        extracted.add(message)
    pot = ids(read_catalog(POT))
    assert not extracted - pot, f"not in the .pot, run `make i18n`: {sorted(extracted - pot)}"
    assert not pot - extracted, f"no longer in the code, run `make i18n`: {sorted(pot - extracted)}"
    assert len(pot) > 150


@pytest.mark.parametrize("language", i18n.SUPPORTED_LANGUAGES)
def test_catalog_has_exactly_the_messages_of_the_pot(language: str) -> None:
    catalog = read_catalog(i18n.catalog_path(language), language)
    assert ids(catalog) == ids(read_catalog(POT))
    assert not catalog.obsolete


def assert_same_plural_rule(ours: str, babels: str) -> None:
    """Two plural formulas agree when they pick the same form for every n: compared as text,
    a new Babel release that writes the same rule differently would fail the suite."""
    ours_rule, babels_rule = gettext.c2py(ours), gettext.c2py(babels)
    differ = [n for n in range(201) if ours_rule(n) != babels_rule(n)]
    assert not differ, f"plural forms differ from Babel's for n = {differ[:10]}"


def test_plural_rules_are_compared_by_value() -> None:
    written_differently = (
        "(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)"
    )
    assert_same_plural_rule(written_differently, get_plural("ru").plural_expr)
    with pytest.raises(AssertionError):
        assert_same_plural_rule("(n != 1)", get_plural("ru").plural_expr)


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated(language: str) -> None:
    catalog = read_catalog(i18n.catalog_path(language), language)
    assert catalog.num_plurals == get_plural(language).num_plurals
    assert_same_plural_rule(catalog.plural_expr, get_plural(language).plural_expr)
    untranslated = [
        m.id
        for m in catalog
        if m.id
        and (
            m.fuzzy
            or not all(t.strip() for t in translations(m))
            or (m.pluralizable and len(translations(m)) != catalog.num_plurals)
        )
    ]
    assert not untranslated, f"{language}: untranslated or fuzzy: {untranslated}"


@pytest.mark.parametrize("language", i18n.SUPPORTED_LANGUAGES)
def test_translations_keep_placeholders_and_html(language: str) -> None:
    """`{name}` fields and <b>/<i>/<code> tags of the source survive in every translation."""
    catalog = read_catalog(i18n.catalog_path(language), language)
    problems = []
    for message in catalog:
        if not message.id:
            continue
        expected = set().union(*(placeholders(s) for s in sources(message)))
        expected_tags = tags(sources(message)[0])
        for text in translations(message):
            if not text:
                continue  # only allowed in English (checked above for the others)
            if placeholders(text) != expected:
                problems.append((message.id, "placeholders", placeholders(text), expected))
            if tags(text) != expected_tags:
                problems.append((message.id, "tags", tags(text), expected_tags))
    assert not problems


def test_placeholders_are_detected() -> None:
    """The checks above would catch a lost or renamed placeholder or tag."""
    assert placeholders("Reference: <code>{reference}</code> {n}") == {"reference", "n"}
    assert tags("<b>a</b> <i>b</i>") == Counter({"<b>": 1, "</b>": 1, "<i>": 1, "</i>": 1})
    assert tags("<b>a</b>") != tags("<b>a")


def test_missing_mo_falls_back_to_the_po() -> None:
    for language in TRANSLATED:
        from_po = i18n._translations_from_po(i18n.catalog_path(language), language)
        assert from_po.gettext("Sentenced") != "Sentenced"
        assert from_po.gettext("Sentenced") == i18n.translations(language).gettext("Sentenced")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ("Sentenced", "Restriction of liberty", "Art. 405 part 2")),
        ("ru", ("Вынесен приговор", "Ограничение свободы", "ст. 405 ч. 2")),
        ("kk", ("Үкім шығарылды", "Бас бостандығын шектеу", "405-бап 2-бөлік")),
    ],
)
def test_labels_in_each_language(language: str, expected: tuple[str, str, str]) -> None:
    with use_locale(language):
        assert (_("Sentenced"), _("Restriction of liberty"), charge_label("405", 2, None)) == (
            expected
        )


def test_legal_terms_and_regions() -> None:
    with use_locale("ru"):
        assert _("Imprisonment") == "Лишение свободы"
        # The official Russian names of the regions formed in 2022 (decree of 8 June 2022).
        assert _("Abai region") == "область Абай"
        assert _("Ulytau region") == "область Ұлытау"
        assert charge_label(
            "174", None, "incitement of social, national, clan, racial, class or religious discord"
        ) == (
            "ст. 174 «возбуждение социальной, национальной, родовой, расовой, сословной или "
            "религиозной розни»"
        )
        # A title the reporter typed is shown as typed, never looked up in the catalog.
        assert charge_label("272", 2, "Stage") == "ст. 272 ч. 2 «Stage»"
    with use_locale("kk"):
        assert _("Imprisonment") == "Бас бостандығынан айыру"
        assert _("Zhetysu region") == "Жетісу облысы"
        assert _("Payment to the Crime Victims' Compensation Fund") == (
            "Жәбірленушілерге өтемақы қорына мәжбүрлі төлем"
        )


#: Every sentence kind, preventive measure and appeal outcome in the words of the Criminal Code
#: (УК РК / ҚР ҚК: arts. 40–50, 98-1) and the Code of Criminal Procedure (arts. 137–147, 442).
LEGAL_TERMS = {
    "Imprisonment": ("Лишение свободы", "Бас бостандығынан айыру"),
    "Restriction of liberty": ("Ограничение свободы", "Бас бостандығын шектеу"),
    "Community service": ("Общественные работы", "Қоғамдық жұмыстар"),
    "Fine": ("Штраф", "Айыппұл"),
    "Ban on social and political activity": (
        "Лишение права заниматься общественно-политической деятельностью",
        "Қоғамдық-саяси қызметпен айналысу құқығынан айыру",
    ),
    "Court fees": ("Процессуальные издержки", "Процестік шығындар"),
    "Payment to the Crime Victims' Compensation Fund": (
        "Принудительный платёж в Фонд компенсации потерпевшим",
        "Жәбірленушілерге өтемақы қорына мәжбүрлі төлем",
    ),
    "Custody": ("Содержание под стражей", "Күзетпен ұстау"),
    "House arrest": ("Домашний арест", "Үйқамақ"),
    "Travel ban": (
        "Подписка о невыезде и надлежащем поведении",
        "Кетпеу және тиісті мінез-құлық туралы қолхат",
    ),
    "Preventive measure": ("Мера пресечения", "Бұлтартпау шарасы"),
    "Sentence upheld": ("Приговор оставлен без изменения", "Үкім өзгеріссіз қалдырылды"),
    "Sentence reduced": (
        "Приговор изменён, наказание смягчено",
        "Үкім өзгертілді, жаза жеңілдетілді",
    ),
    "Sentence increased": (
        "Приговор изменён, наказание усилено",
        "Үкім өзгертілді, жаза күшейтілді",
    ),
    "Sentence overturned": ("Приговор отменён", "Үкімнің күші жойылды"),
}


@pytest.mark.parametrize(("term", "translations"), LEGAL_TERMS.items())
def test_legal_terms_follow_the_codes(term: str, translations: tuple[str, str]) -> None:
    for language, expected in zip(("ru", "kk"), translations, strict=True):
        with use_locale(language):
            assert _(term) == expected


def test_a_case_report_is_not_called_a_chat_message() -> None:
    """«сообщение»/«хабарлама» is a chat message: a report about a case is an «обращение» /
    «өтініш», so "Erased 5 messages" and "your report" never read alike."""
    report_strings = [
        "Please check your report",
        "New report waiting for review",
        "Discard this report? Everything you entered will be deleted.",
        "You have an unfinished report ({name}). Continue it or start over?",
        "Reports linked to you:",
    ]
    for language, chat_word, report_word in (
        ("ru", "сообщ", "обращ"),
        ("kk", "хабарлам", "өтініш"),
    ):
        with use_locale(language):
            for text in report_strings:
                assert chat_word not in _(text).lower() and report_word in _(text).lower(), text
            assert (
                chat_word
                in ngettext(
                    "Erased {n} message of our conversation.",
                    "Erased {n} messages of our conversation.",
                    5,
                ).lower()
            )


def test_plural_forms() -> None:
    with use_locale("ru"):
        assert [ngettext("{n} year", "{n} years", n).format(n=n) for n in (1, 3, 5, 21)] == [
            "1 год",
            "3 года",
            "5 лет",
            "21 год",
        ]
        assert format_term(30) == "2 года 6 месяцев"
    with use_locale("kk"):
        # Kazakh nouns stay singular after a numeral; Babel's kk rule has two identical forms.
        assert [format_term(m) for m in (12, 36, 5)] == ["1 жыл", "3 жыл", "5 ай"]


def test_dates_and_amounts_per_locale() -> None:
    day, amount = dt.date(2021, 9, 10), Decimal("27780")
    expected = {
        "en": ("September 10, 2021", "27,780 ₸"),
        "ru": ("10 сентября 2021\u00a0г.", "27\u00a0780 ₸"),
        "kk": ("10 қыркүйек 2021 ж.", "27\u00a0780 ₸"),
    }
    for language, (date_text, money_text) in expected.items():
        with use_locale(language):
            assert (format_date(day), format_money(amount)) == (date_text, money_text)


def test_regions_are_recognised_in_any_language() -> None:
    for typed in ("Актобе", "Ақтөбе облысы", "aktobe region", "Актюбинская  область"):
        region = find_region(typed)
        assert region is not None and region.code == "aktobe", typed
    oral = find_region("Уральск")
    assert oral is not None and oral.code == "west_kazakhstan"
    assert find_region("Shu") is None
