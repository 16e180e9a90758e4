"""The pages in a real headless Chromium against `kyodo serve`: ask, follow, print, probe, and screenshot.

Debian's chromium and chromium-driver are used as installed (nothing downloads a
browser). Without them the tests skip, except under CI=true, where they must run.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from tests.web.conftest import ROOT, LiveServer
from tests.web.test_ask import NOT_COVERED, XSS_PROBES

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
# KYODO_SCREENSHOT_DIR=docs/screenshots refreshes the ones the docs show (python -m pytest tests/web/test_layout.py)
SCREENSHOTS = Path(os.environ.get("KYODO_SCREENSHOT_DIR") or ROOT / "test-artifacts" / "screenshots")
QUESTION = "後援は協働になりますか"
MAX_SCREENSHOT_HEIGHT = 5000


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        message = "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)"
        if os.environ.get("CI") == "true":
            pytest.fail(message + "; CI must run the browser tests")
        pytest.skip(message)
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--no-first-run", "--window-size=1280,900", "--lang=ja",
                     f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(20)
    try:
        yield driver
    finally:
        driver.quit()


def screenshot(driver: WebDriver, name: str, full_page: bool = True) -> Path:
    """By default the whole page, not only the window, so a reviewer sees the layout top to bottom."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    if not full_page:
        driver.save_screenshot(str(path))
        return path
    size = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
    clip = {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], MAX_SCREENSHOT_HEIGHT), "scale": 1}
    shot = driver.execute_cdp_cmd("Page.captureScreenshot",
                                  {"format": "png", "captureBeyondViewport": True, "clip": clip})
    path.write_bytes(base64.b64decode(shot["data"]))
    return path


def ask(driver: WebDriver, server: LiveServer, question: str) -> None:
    driver.get(server.url + "/")
    box = driver.find_element(By.ID, "page-q")
    assert driver.find_element(By.CSS_SELECTOR, "label[for='page-q']").text == "質問"
    box.clear()
    box.send_keys(question)
    driver.find_element(By.CSS_SELECTOR, ".ask-form button[type='submit']").click()
    WebDriverWait(driver, 10).until(lambda d: "?q=" in d.current_url)


def test_front_page(browser, live_server):
    browser.get(live_server.url + "/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ja"
    assert browser.find_element(By.TAG_NAME, "h1").text == "協働の指針に質問する"
    screenshot(browser, "home")


def test_ask_through_the_form_and_read_the_whole_passage(browser, live_server):
    ask(browser, live_server, QUESTION)
    passages = browser.find_elements(By.CSS_SELECTOR, ".passage")
    assert passages
    assert browser.find_elements(By.CSS_SELECTOR, ".snippet mark")
    first = passages[0]
    full_text = first.find_element(By.CSS_SELECTOR, ".passage-text")
    assert not full_text.is_displayed()
    first.find_element(By.TAG_NAME, "summary").click()
    assert full_text.is_displayed()
    screenshot(browser, "answer")


def test_a_passage_link_lands_on_its_section(browser, live_server):
    browser.get(f"{live_server.url}/?q={quote(QUESTION)}")
    link = browser.find_element(By.CSS_SELECTOR, ".passage-link a")
    expected = urlsplit(link.get_attribute("href"))
    link.click()
    WebDriverWait(browser, 10).until(lambda d: urlsplit(d.current_url).path == expected.path)
    landed = urlsplit(browser.current_url)
    assert landed.fragment == expected.fragment and landed.fragment
    section = browser.find_element(By.ID, landed.fragment)
    assert section.tag_name == "section" and section.is_displayed()
    assert browser.execute_script("return window.scrollY") > 0  # the browser scrolled to the anchor
    screenshot(browser, "docs", full_page=False)  # the window shows where the link landed


def test_a_long_pasted_question_and_the_next_click_both_work(browser, live_server):
    """A 9 KB question URL must not come back as a Referer header the server would refuse."""
    question = ("協働事業の評価と見直しをどう進めるか。" * 60)[:1000]
    browser.get(f"{live_server.url}/?q={quote(question)}")
    assert browser.find_elements(By.CSS_SELECTOR, ".passage")
    browser.find_element(By.CSS_SELECTOR, ".passage-link a").click()
    WebDriverWait(browser, 10).until(lambda d: "/docs/" in d.current_url)
    assert browser.find_element(By.CSS_SELECTOR, "nav.toc")


def test_open_a_checklist(browser, live_server, engine):
    assert engine.knowledge.checklists, "knowledge/checklists/ holds no checklist"
    browser.get(live_server.url + "/checklists")
    link = browser.find_element(By.CSS_SELECTOR, ".checklist-index a")
    title = link.text
    link.click()
    WebDriverWait(browser, 10).until(lambda d: "/checklists/" in d.current_url)
    assert browser.find_element(By.TAG_NAME, "h1").text == title
    items = browser.find_elements(By.CSS_SELECTOR, ".checklist > li")
    checklist = engine.knowledge.checklist(urlsplit(browser.current_url).path.rsplit("/", 1)[1])
    assert len(items) == len(checklist.items)
    screenshot(browser, "checklist")
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert not browser.find_element(By.CSS_SELECTOR, ".site-header").is_displayed()
        assert browser.find_element(By.CSS_SELECTOR, ".print-fields").is_displayed()
        screenshot(browser, "checklist-print")
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


@pytest.mark.parametrize("probe", XSS_PROBES)
def test_markup_typed_as_a_question_stays_text(browser, live_server, probe):
    ask(browser, live_server, probe)
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 — reading the alert is the check
    assert browser.find_elements(By.TAG_NAME, "img") == []
    assert browser.find_elements(By.TAG_NAME, "script") == []
    assert browser.find_element(By.ID, "page-q").get_attribute("value") == probe
    assert browser.find_element(By.CSS_SELECTOR, ".asked-text").text == probe
    assert NOT_COVERED in browser.find_element(By.TAG_NAME, "main").text


def test_reading_path_and_a_narrow_screen(browser, live_server):
    browser.get(live_server.url + "/start")
    steps = browser.find_elements(By.CSS_SELECTOR, ".step")
    assert len(steps) >= 5
    screenshot(browser, "start")
    browser.set_window_size(390, 844)
    try:
        browser.get(f"{live_server.url}/?q={quote(QUESTION)}")
        page_width = browser.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]["width"]
        assert page_width <= 390, "the answer page scrolls sideways on a phone"
        screenshot(browser, "answer-narrow")
    finally:
        browser.set_window_size(1280, 900)
