"""The web catalogue in a real headless Chromium (Debian's `chromium` and `chromium-driver`,
driven by Selenium pointed at those executables: nothing is downloaded at run time), served by
uvicorn on loopback, on SQLite and PostgreSQL: search in Cyrillic and Latin, filters that
combine, every sentence part on a case page, the language switch, nothing unapproved reachable,
a hostile name shown as text, and no request leaving the page's own origin.

Skipped when chromium, chromedriver or selenium is missing (CI installs them:
`apt-get install -y chromium chromium-driver`).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from bot.web.app import build_catalogue
from bot.web.webhook import Server
from tests.conftest import make_settings
from tests.web_support import EXAMPLE, SECRET_NAME, Seeded, seed

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
HAVE_BROWSER = Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()
if not HAVE_BROWSER and os.environ.get("CI") == "true":
    # .ci/run installs them: under CI a missing browser is a failure, never a silent skip.
    pytest.fail("chromium and chromium-driver are required under CI=true", pytrace=False)
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not HAVE_BROWSER, reason="chromium and chromium-driver are not installed"),
]

from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.expected_conditions import staleness_of  # noqa: E402
from selenium.webdriver.support.wait import WebDriverWait  # noqa: E402

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-dev-shm-usage",
    "--window-size=1100,1400",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def site(database_url: str) -> Iterator[tuple[str, Seeded]]:
    """The catalogue on a loopback port, in a thread, over a seeded database."""
    seeded = seed(database_url)
    port = free_port()
    app = build_catalogue(make_settings(database_url, BOT_USERNAME="casewatch_bot"))
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, access_log=False)
    server = Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the catalogue did not start"
    try:
        yield f"http://127.0.0.1:{port}", seeded
    finally:
        server.should_exit = True
        thread.join(timeout=20)


@pytest.fixture
def browser() -> Iterator[Any]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def and_wait(driver: Any, action: Any) -> None:
    """Do what loads a new page (submit, click) and wait until it has replaced the old one."""
    old = driver.find_element(By.TAG_NAME, "html")
    action()
    WebDriverWait(driver, 20).until(staleness_of(old))


def result_names(driver: Any) -> list[str]:
    return [a.text for a in driver.find_elements(By.CSS_SELECTOR, ".cases li > a")]


def assert_same_origin_only(driver: Any, origin: str) -> None:
    """Every resource the page loaded came from its own origin, and no Content-Security-Policy
    violation was reported (nothing was even attempted elsewhere)."""
    names = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
    )
    assert all(name.startswith(origin + "/") for name in names), names
    problems = [
        entry["message"]
        for entry in driver.get_log("browser")
        if "Content Security Policy" in entry["message"] or "Refused" in entry["message"]
    ]
    assert not problems, problems


def test_search_in_cyrillic_and_latin_and_filters_combine(
    site: tuple[str, Seeded], browser: Any
) -> None:
    origin, _seeded = site
    for query, expected in (("Жаубатыров", "Asylkhan ZHAUBATYROV"), ("Sabanshiev", "SABANSHIYEV")):
        browser.get(origin + "/")
        box = browser.find_element(By.ID, "q-name")
        box.send_keys(query)
        and_wait(browser, box.submit)
        assert expected in result_names(browser)[0], query
        assert_same_origin_only(browser, origin)

    browser.get(origin + "/cases")
    browser.find_element(By.ID, "f-place").send_keys("Ақтөбе")
    browser.find_element(By.ID, "f-article").send_keys("405.2")
    browser.find_element(By.ID, "f-year").send_keys("2021")
    and_wait(browser, browser.find_element(By.ID, "f-article").submit)
    assert result_names(browser) == ["Asylkhan ZHAUBATYROV"]
    browser.find_element(By.ID, "f-year").clear()
    browser.find_element(By.ID, "f-year").send_keys("2020")
    and_wait(browser, browser.find_element(By.ID, "f-year").submit)
    assert result_names(browser) == []
    assert_same_origin_only(browser, origin)


def test_case_page_and_language_switch(site: tuple[str, Seeded], browser: Any) -> None:
    origin, seeded = site
    record = json.loads(EXAMPLE.read_text("utf-8"))["cases"][1]  # Sabanshiyev: 7 parts
    case_id = seeded.approved[record["person"]["name"]]
    browser.get(f"{origin}/cases/{case_id}")
    parts = browser.find_elements(By.CSS_SELECTOR, ".sentence li")
    assert len(parts) == sum(len(e["sentence"]) for e in record["events"])
    assert "Court fees: 840 ₸" in [p.text for p in parts]
    assert_same_origin_only(browser, origin)

    and_wait(browser, browser.find_element(By.LINK_TEXT, "Русский").click)
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ru"
    assert "Хронология" in browser.page_source
    and_wait(
        browser, browser.find_element(By.LINK_TEXT, "Дела").click
    )  # the choice travels with the links
    assert browser.find_element(By.TAG_NAME, "h1").text == "Опубликованные дела"
    and_wait(browser, browser.find_element(By.LINK_TEXT, "Қазақша").click)
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "kk"
    browser.get(f"{origin}/stats?lang=kk")
    chart = browser.find_element(By.CSS_SELECTOR, ".chart img")
    assert browser.execute_script("return arguments[0].naturalWidth", chart) > 0
    assert_same_origin_only(browser, origin)


def test_nothing_hidden_reachable_and_hostile_name_is_text(
    site: tuple[str, Seeded], browser: Any
) -> None:
    origin, seeded = site
    not_found = None
    for case_id in range(1, seeded.hostile + 2):
        browser.get(f"{origin}/cases/{case_id}")
        heading = browser.find_element(By.TAG_NAME, "h1").text
        if case_id in seeded.hidden.values() or case_id > seeded.hostile:
            not_found = not_found or heading
            assert heading == not_found == "Not found"
        assert SECRET_NAME not in browser.page_source
    browser.get(f"{origin}/cases/{seeded.hostile}")
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith('<script>alert("x")</script>')
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 (no script ran: no alert)
    assert_same_origin_only(browser, origin)
