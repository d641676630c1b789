"""The public web catalogue (`casewatch web`) through Starlette's TestClient, on SQLite and
PostgreSQL: every page and feed, the open data set against its schema, languages, filters that
combine, nothing unapproved reachable by any URL, hostile text escaped everywhere, the safety
headers, rate limiting and noindex."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from starlette.testclient import TestClient

from bot.infra.i18n import use_locale
from bot.services.exchange import CSV_COLUMNS, schema
from bot.ui.render import sentence_line
from bot.web.app import build_catalogue
from bot.web.guard import CONTENT_SECURITY_POLICY
from db.exchange import FORMAT_NAME
from db.models import Publication, SentenceKind
from tests.conftest import make_settings
from tests.web_support import EXAMPLE, SECRET_NAME, Seeded, seed

ATOM = "{http://www.w3.org/2005/Atom}"
ZHAUBATYROV = "Asylkhan ZHAUBATYROV"
SABANSHIYEV = "SABANSHIYEV Yerkyn"
BAKTYBAYEV = "Baghdat BAKTYBAYEV"
MAX_PAGE_BYTES = 60 * 1024


@pytest.fixture
def seeded(database_url: str) -> Seeded:
    return seed(database_url)


def client_for(database_url: str, **settings: Any) -> Iterator[TestClient]:
    app = build_catalogue(make_settings(database_url, BOT_USERNAME="casewatch_bot", **settings))
    with TestClient(app) as client:
        yield client


@pytest.fixture
def web(database_url: str, seeded: Seeded) -> Iterator[TestClient]:
    yield from client_for(database_url)


def case_links(html: str) -> list[int]:
    """Case ids linked from the result list (in order)."""
    results = html.split('class="cases"', 1)[-1]
    return [int(i) for i in re.findall(r'href="/cases/(\d+)(?:\?[^"]*)?"', results)]


# --- pages ------------------------------------------------------------------------------------


def test_every_page_answers_small_safe_and_without_cookies(web: TestClient, seeded: Seeded) -> None:
    case_id = seeded.approved[ZHAUBATYROV]
    for path in ("/", "/cases", f"/cases/{case_id}", "/stats", "/cases?name=Zhaubatyrov"):
        response = web.get(path)
        assert response.status_code == 200, path
        assert response.headers["content-type"].startswith("text/html")
        assert len(response.content) < MAX_PAGE_BYTES, path
        assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert "script-src" not in CONTENT_SECURITY_POLICY  # default-src 'none': no script
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["referrer-policy"] == "no-referrer"
        assert "set-cookie" not in response.headers
        # Nothing loaded from elsewhere: every image and stylesheet is on this origin (links
        # to other sites are only navigation, the reader's choice).
        loaded = re.findall(r'src="([^"]+)"', response.text)
        loaded += re.findall(
            r'<link rel="(?:stylesheet|icon|preload)" href="([^"]+)"', response.text
        )
        assert loaded and all(url.startswith("/") and not url.startswith("//") for url in loaded)
        assert "<script>" not in response.text and "<script " not in response.text.replace(
            '<script type="application/ld+json">', ""
        )
    for path in ("/stats/chart.svg", "/feed.atom", f"/cases/{case_id}/feed.atom", "/healthz"):
        assert web.get(path).status_code == 200, path
    assert web.get("/healthz").json() == {"status": "ok"}
    assert web.get("/static/site.css").status_code == 200


def test_language_by_link_then_accept_language(web: TestClient, seeded: Seeded) -> None:
    case_id = seeded.approved[ZHAUBATYROV]
    english = web.get(f"/cases/{case_id}")
    assert '<html lang="en">' in english.text and "Timeline" in english.text
    russian = web.get(f"/cases/{case_id}", headers={"Accept-Language": "ru-RU,ru;q=0.9,en;q=0.5"})
    assert '<html lang="ru">' in russian.text and "Хронология" in russian.text
    assert "10 сентября 2021" in russian.text
    assert russian.headers["content-language"] == "ru"
    assert "Accept-Language" in russian.headers["vary"]
    # A link beats the header, and every link of the page keeps the choice.
    kazakh = web.get(f"/cases/{case_id}?lang=kk", headers={"Accept-Language": "ru"})
    assert '<html lang="kk">' in kazakh.text and "Үкім" in kazakh.text
    assert 'href="/cases?lang=kk"' in kazakh.text
    assert f'href="/cases/{case_id}?lang=en"' in kazakh.text  # the switch to English
    assert (
        web.get("/", headers={"Accept-Language": "de, kk;q=0.3"}).headers["content-language"]
        == "kk"
    )
    assert web.get("/?lang=xx").headers["content-language"] == "en"


def test_search_finds_every_spelling(web: TestClient, seeded: Seeded) -> None:
    for query, name in (
        ("Жаубатыров", ZHAUBATYROV),
        ("Zhaubatyrov", ZHAUBATYROV),
        ("Сабаншиев Еркин", SABANSHIYEV),
        ("baktybaev", BAKTYBAYEV),
    ):
        page = web.get("/cases", params={"name": query})
        assert case_links(page.text)[:1] == [seeded.approved[name]], query
    nothing = web.get("/cases", params={"name": "Nobodyknown Nonexistentov"})
    assert case_links(nothing.text) == []
    assert "No published case matches" in nothing.text


def test_filters_combine(web: TestClient, seeded: Seeded) -> None:
    ids = seeded.approved

    def found(**params: str) -> set[int]:
        return set(case_links(web.get("/cases", params=params).text))

    everything = found()
    assert everything == {*ids.values(), seeded.hostile}
    assert found(place="Актобе") == {ids[ZHAUBATYROV], seeded.hostile}
    assert found(place="Aktobe", article="405.2", year="2021") == {ids[ZHAUBATYROV]}
    assert found(place="Zhambyl region") == {ids[BAKTYBAYEV]}  # a region by its name
    assert found(article="405.1") == {ids[BAKTYBAYEV]}
    assert found(article="405", year="2021") == set(ids.values())
    assert found(official="Adilova") == {ids[ZHAUBATYROV]}
    assert found(official="Абденова") == {ids[ZHAUBATYROV]}  # the prosecutor, in Cyrillic
    assert found(stage="appealed") == {ids[BAKTYBAYEV]}
    assert found(name="Yerkin", place="Talgar") == {ids[SABANSHIYEV]}
    assert found(name="Yerkin", place="Aktobe") == set()
    assert found(stage="nonsense", year="12345", page="-1") == everything  # ignored, no error


def test_paging(database_url: str, seeded: Seeded, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bot.web.app.PAGE_SIZE", 2)
    for web in client_for(database_url):
        first = web.get("/cases")
        assert len(case_links(first.text)) == 2 and 'rel="next"' in first.text
        second = web.get("/cases?page=2")
        assert len(case_links(second.text)) == 2 and 'rel="prev"' in second.text
        assert not set(case_links(first.text)) & set(case_links(second.text))
        assert 'rel="next"' not in second.text


def test_case_page_shows_every_fact_and_every_sentence_part(
    web: TestClient, seeded: Seeded
) -> None:
    records = json.loads(EXAMPLE.read_text(encoding="utf-8"))["cases"]
    for record in records:
        name = record["person"]["name"]
        page = web.get(f"/cases/{seeded.approved[name]}").text
        assert name in page
        for alias in record["person"]["aliases"]:
            assert alias in page
        for fact in (record["judge"], record["prosecutor"], record["court"]):
            if fact:
                assert fact in page
        for act in record["acts"]:
            assert act["description"].split("\n")[0] in page
        for source in record["sources"]:
            assert f'href="{source["url"]}"' in page
        parts = [part for event in record["events"] for part in event["sentence"]]
        assert parts
        with use_locale("en"):
            for part in parts:
                line = sentence_line(_Part(part))
                assert line.replace("'", "&#39;") in page, line
        assert "No documents of this case are published on the web yet" in page
        assert f"https://t.me/casewatch_bot?start=case_{seeded.approved[name]}" in page
        assert "https://t.me/share/url?url=" in page
        [structured] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page)
        data = json.loads(structured)
        assert data["about"]["name"] == name and data["url"].endswith(
            f"/cases/{seeded.approved[name]}"
        )


class _Part:
    def __init__(self, record: dict[str, Any]) -> None:
        from decimal import Decimal

        self.kind = SentenceKind(record["kind"])
        self.term_months = record["term_months"]
        self.hours = record["hours"]
        self.amount = Decimal(record["amount"]) if record["amount"] else None
        self.currency = record["currency"]
        usd = record.get("amount_usd")
        self.amount_usd = Decimal(usd) if usd else None


# --- nothing unapproved -----------------------------------------------------------------------


def test_nothing_unapproved_is_reachable_by_any_url(web: TestClient, seeded: Seeded) -> None:
    hidden = set(seeded.hidden.values())
    unknown = web.get("/cases/999999")
    assert unknown.status_code == 404
    # Every id in sequence, and one past the end: a hidden id answers exactly as an unknown one.
    for case_id in range(1, max(hidden | {seeded.hostile}) + 2):
        for suffix in ("", "/feed.atom"):
            response = web.get(f"/cases/{case_id}{suffix}")
            if case_id in hidden or case_id > seeded.hostile:
                assert response.status_code == 404
                assert response.content == web.get(f"/cases/999999{suffix}").content
            else:
                assert response.status_code == 200
    assert web.get(f"/cases/{2**31}").status_code == 404
    assert web.get(f"/cases/{10**30}").status_code == 404
    searches = [
        web.get("/cases", params={"name": SECRET_NAME}).text,
        web.get("/cases", params={"official": "Secretjudge Hiddenova"}).text,
    ]
    for page in searches:
        assert case_links(page) == []
    everywhere = [
        web.get("/").text,
        web.get("/cases").text,
        *(page.split('<section class="results"')[1] for page in searches),
        web.get("/feed.atom").text,
        web.get("/data/cases.json").text,
        web.get("/data/cases.csv").text,
    ]
    for text in everywhere:
        assert "Secretname" not in text and "Hiddenova" not in text
        assert "Pendingova" not in text
    stats = web.get("/stats").text
    assert f": {len(seeded.approved) + 1}<" in stats or f"{len(seeded.approved) + 1}</" in stats


# --- hostile text -----------------------------------------------------------------------------


def test_a_hostile_name_is_text_in_every_page_feed_and_file(
    web: TestClient, seeded: Seeded
) -> None:
    page = web.get(f"/cases/{seeded.hostile}").text
    assert '<script>alert("x")' not in page
    assert "&lt;script&gt;alert(" in page
    assert 'onmouseover="alert' not in page  # the quote of a hostile address is escaped
    [structured] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert "</" not in structured and json.loads(structured)["name"].startswith("<script>")
    listing = web.get("/cases").text
    assert '<script>alert("x")' not in listing and "&lt;script&gt;" in listing

    feed = parse_xml(web.get("/feed.atom").content)
    titles = [e.findtext(f"{ATOM}title") or "" for e in feed.iter(f"{ATOM}entry")]
    assert any(t.startswith('<script>alert("x")</script>') for t in titles)
    assert not any("\x07" in t for t in titles)  # dropped: XML cannot carry it

    rows = list(csv.DictReader(io.StringIO(web.get("/data/cases.csv").text)))
    [row] = [r for r in rows if "alert" in r["name"]]
    assert row["name"].startswith("<script>")
    assert json.loads(web.get("/data/cases.json").text)  # still valid JSON
    formula = next(r for r in rows if "alert" in r["name"])
    assert all(not value.startswith(("=", "+", "-", "@")) for value in formula.values())


# --- feeds and data ---------------------------------------------------------------------------


def parse_xml(document: bytes) -> ET.Element:
    """Our own feed (the parser's entity-expansion risk is about untrusted documents)."""
    return ET.fromstring(document)  # noqa: S314


def _check_atom(document: bytes) -> ET.Element:
    """RFC 4287: a feed has id, title, updated (RFC 3339), an author (here at feed level) and
    a self link; each entry has id, title, updated and an alternate link or content."""
    feed = parse_xml(document)
    assert feed.tag == f"{ATOM}feed"
    for element in (feed, *feed.iter(f"{ATOM}entry")):
        for required in ("id", "title", "updated"):
            assert len(element.findall(f"{ATOM}{required}")) == 1, required
        assert re.fullmatch(
            r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)", element.findtext(f"{ATOM}updated")
        )
        assert re.match(r"https?://", element.findtext(f"{ATOM}id") or "")
    assert feed.find(f"{ATOM}author/{ATOM}name") is not None
    assert feed.find(f"{ATOM}link[@rel='self']") is not None
    for entry in feed.iter(f"{ATOM}entry"):
        assert entry.find(f"{ATOM}link[@rel='alternate']") is not None
    ids = [e.findtext(f"{ATOM}id") for e in feed.iter(f"{ATOM}entry")]
    assert len(ids) == len(set(ids))
    return feed


def entry_cases(feed: ET.Element) -> set[int]:
    return {
        int(re.search(r"/cases/(\d+)", e.findtext(f"{ATOM}id") or "").group(1))  # type: ignore[union-attr]
        for e in feed.iter(f"{ATOM}entry")
    }


def test_feeds_are_valid_atom_and_filter(web: TestClient, seeded: Seeded) -> None:
    ids = seeded.approved
    response = web.get("/feed.atom")
    assert response.headers["content-type"].startswith("application/atom+xml")
    everything = _check_atom(response.content)
    assert entry_cases(everything) == {*ids.values(), seeded.hostile}
    # Four verdicts and one appeal ruling among the examples, plus the hostile case's verdict.
    assert len(everything.findall(f"{ATOM}entry")) == 5
    by_region = _check_atom(web.get("/feed.atom?region=Zhambyl region").content)
    assert entry_cases(by_region) == {ids[BAKTYBAYEV]}
    by_code = _check_atom(web.get("/feed.atom?region=aktobe&article=405").content)
    assert entry_cases(by_code) == {ids[ZHAUBATYROV], seeded.hostile}
    assert entry_cases(_check_atom(web.get("/feed.atom?article=405.1").content)) == {
        ids[BAKTYBAYEV]
    }
    one = _check_atom(web.get(f"/cases/{ids[BAKTYBAYEV]}/feed.atom").content)
    assert entry_cases(one) == {ids[BAKTYBAYEV]}
    assert len(one.findall(f"{ATOM}entry")) == 2
    russian = parse_xml(web.get("/feed.atom?lang=ru").content)
    assert any("Приговор" in (e.findtext(f"{ATOM}title") or "") for e in russian)


def test_open_data_validates_against_the_schema(web: TestClient, seeded: Seeded) -> None:
    response = web.get("/data/cases.json")
    assert response.headers["content-type"].startswith("application/json")
    assert "/data/schema.json" in response.headers["link"]
    document = response.json()
    errors = list(
        Draft202012Validator(schema(), format_checker=FormatChecker()).iter_errors(document)
    )
    assert not errors, errors[:3]
    assert document["format"] == FORMAT_NAME
    assert {c["publication"] for c in document["cases"]} == {"approved"}
    assert len(document["cases"]) == len(seeded.approved) + 1
    example_ids = {c["id"] for c in json.loads(EXAMPLE.read_text("utf-8"))["cases"]}
    assert example_ids <= {c["id"] for c in document["cases"]}  # imported ids are kept
    assert web.get("/data/schema.json").json()["title"] == "CaseWatch cases"
    table = list(csv.reader(io.StringIO(web.get("/data/cases.csv").text)))
    assert tuple(table[0]) == CSV_COLUMNS
    assert len(table) == len(seeded.approved) + 2


# --- safety settings --------------------------------------------------------------------------


def test_rate_limit_per_client(database_url: str, seeded: Seeded) -> None:
    for web in client_for(database_url, WEB_RATE="0.5", WEB_BURST="3"):
        statuses = [web.get("/").status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        refused = web.get("/cases")
        assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
        assert web.get("/healthz").status_code == 200  # health checks are never limited


def test_noindex_and_public_base_url(database_url: str, seeded: Seeded) -> None:
    settings = {"WEB_NOINDEX": "true", "PUBLIC_BASE_URL": "https://cases.example.org/"}
    for web in client_for(database_url, **settings):
        page = web.get(f"/cases/{seeded.approved[ZHAUBATYROV]}")
        assert page.headers["x-robots-tag"] == "noindex, nofollow"
        assert '<meta name="robots" content="noindex, nofollow">' in page.text
        assert "max-age" in page.headers["strict-transport-security"]
        assert 'rel="canonical" href="https://cases.example.org/cases/' in page.text
        assert web.get("/robots.txt").text == "User-agent: *\nDisallow: /\n"
        feed = parse_xml(web.get("/feed.atom").content)
        assert feed.findtext(f"{ATOM}id") == "https://cases.example.org/feed.atom"


def test_hidden_publication_kinds_are_all_seeded(seeded: Seeded) -> None:
    """The no-leak test above covers every kind of unpublished case."""
    assert set(seeded.hidden) == {Publication.PENDING, Publication.REJECTED, Publication.MERGED}


def test_only_http_sources_become_links() -> None:
    from bot.web.app import safe_href

    assert safe_href("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for hostile in ("javascript:alert(1)", "data:text/html,x", "//evil.example", "https://a b"):
        assert safe_href(hostile) is None
