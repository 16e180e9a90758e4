"""What a person sees, measured in a real headless Chromium at desktop (1280 px) and phone (390 px) widths
against `kyodo serve` with KYODO_HOME=kodaira. The screenshots go to test-artifacts/screenshots/;
`KYODO_SCREENSHOT_DIR=docs/screenshots python -m pytest tests/web/test_layout.py` refreshes the docs' copies."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

from tests.web.test_browser import browser, screenshot  # noqa: F401 — the browser fixture

DESKTOP = (1280, 800)
PHONE = (390, 844)
COMPARED = "協働相手の選び方"  # four guidelines treat it, one does not: both kinds of column


@contextlib.contextmanager
def viewport(driver: WebDriver, size: tuple[int, int], *, mobile: bool = False) -> Iterator[None]:
    width, height = size
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
    try:
        yield
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def box(driver: WebDriver, element: WebElement) -> dict[str, float]:
    """The element's rectangle in page coordinates (CSS pixels)."""
    return driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return {x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height,"
        " bottom: r.bottom + scrollY, right: r.right + scrollX};", element)


def page_width(driver: WebDriver) -> float:
    return driver.execute_script("return document.documentElement.scrollWidth")


def test_compare_columns_side_by_side_on_a_desktop(browser, home_server):  # noqa: F811
    with viewport(browser, DESKTOP):
        browser.get(f"{home_server.url}/compare?q={quote(COMPARED)}")
        columns = browser.find_elements(By.CSS_SELECTOR, ".compare-column")
        assert len(columns) == 5
        boxes = [box(browser, c) for c in columns]
        assert len({round(b["y"]) for b in boxes}) == 1, "all columns start on one row"
        assert [b["x"] for b in boxes] == sorted(b["x"] for b in boxes)
        assert all(b["width"] >= 180 for b in boxes), "columns wide enough to read"
        assert "本市の指針" in columns[0].text and "小平市" in columns[0].text
        assert page_width(browser) <= DESKTOP[0]
        screenshot(browser, "compare-desktop")


def test_compare_columns_stack_on_a_phone(browser, home_server):  # noqa: F811
    with viewport(browser, PHONE, mobile=True):
        browser.get(f"{home_server.url}/compare?q={quote(COMPARED)}")
        columns = browser.find_elements(By.CSS_SELECTOR, ".compare-column")
        boxes = [box(browser, c) for c in columns]
        assert len({round(b["x"]) for b in boxes}) == 1, "one column under the other"
        assert all(a["bottom"] <= b["y"] for a, b in zip(boxes, boxes[1:], strict=False))
        assert page_width(browser) <= PHONE[0], "the page scrolls sideways on a phone"
        assert "本市の指針" in columns[0].text
        screenshot(browser, "compare-phone")


SPLIT_LINES = """
    const found = {checked: 0, split: []};
    for (const el of document.querySelectorAll('.snippet, .qa-answer, .passage-title, .compare-title')) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const chars = [];
      for (let node; (node = walker.nextNode());) {
        for (let i = 0; i < node.data.length; i++) chars.push([node, i]);
      }
      const top = ([node, i]) => {
        const range = document.createRange(); range.setStart(node, i); range.setEnd(node, i + 1);
        return range.getClientRects()[0]?.top;
      };
      const text = chars.map(([node, i]) => node.data[i]).join('');
      for (const word of ['協働', '後援', '指針', '「']) {
        for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
          found.checked++;
          const last = word === '「' ? at + 1 : at + word.length - 1;  // 「 must not end a line
          if (last < chars.length && top(chars[at]) !== top(chars[last])) {
            found.split.push(text.slice(Math.max(at - 8, 0), at + 10));
          }
        }
      }
    }
    return found;"""


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_lines_never_break_inside_a_word_or_after_an_opening_bracket(browser, home_server, size):  # noqa: F811
    """Every 協働, 後援 and 指針 in excerpts, answers and titles has its characters on one line, and 「 is
    on the line of what follows it: on the comparison and on an answer, at both widths."""
    checked = 0
    with viewport(browser, size, mobile=size == PHONE):
        for path in (f"/compare?q={quote(COMPARED)}", f"/?q={quote('実行委員会でやるときの注意点は？')}"):
            browser.get(home_server.url + path)
            found = browser.execute_script(SPLIT_LINES)
            assert found["split"] == [], path
            checked += found["checked"]
    assert checked >= 30


DIRECT = "実行委員会でやるときの注意点は？"


def test_on_a_desktop_the_direct_answer_and_the_checklist_are_in_view_without_scrolling(browser, home_server):  # noqa: F811
    with viewport(browser, DESKTOP):
        browser.get(f"{home_server.url}/?q={quote(DIRECT)}")
        direct = browser.find_element(By.CSS_SELECTOR, ".direct-answer")
        checklist = browser.find_element(By.CSS_SELECTOR, ".checklist-box a")
        compare = browser.find_element(By.CSS_SELECTOR, ".compare-box a")
        first = browser.find_element(By.CSS_SELECTOR, ".passage")
        fold = DESKTOP[1]
        assert box(browser, direct)["y"] < fold / 2, "the direct answer starts in the upper half"
        assert box(browser, checklist)["bottom"] <= fold and box(browser, compare)["bottom"] <= fold
        assert box(browser, direct)["bottom"] <= box(browser, first)["y"], "the direct answer before the passages"
        assert box(browser, checklist)["x"] > box(browser, direct)["right"], "the checklist beside the answer"
        assert page_width(browser) <= DESKTOP[0]
        screenshot(browser, "answer-desktop")
        screenshot(browser, "answer-desktop-fold", full_page=False)


def test_on_a_phone_the_direct_answer_and_the_first_passage_come_first(browser, home_server):  # noqa: F811
    with viewport(browser, PHONE, mobile=True):
        browser.get(f"{home_server.url}/?q={quote(DIRECT)}")
        direct = box(browser, browser.find_element(By.CSS_SELECTOR, ".direct-answer"))
        first = box(browser, browser.find_element(By.CSS_SELECTOR, ".passage"))
        checklist = box(browser, browser.find_element(By.CSS_SELECTOR, ".checklist-box"))
        assert direct["bottom"] <= first["y"] < checklist["y"]
        assert direct["y"] < PHONE[1], "the direct answer starts on the first screen"
        assert page_width(browser) <= PHONE[0], "the answer page scrolls sideways on a phone"
        assert "本市の指針" in browser.find_element(By.CSS_SELECTOR, ".passage").text
        screenshot(browser, "answer-phone")


def test_contents_indent_every_level_alike(browser, home_server):  # noqa: F811
    with viewport(browser, DESKTOP):
        browser.get(f"{home_server.url}/docs/kodaira")
        top = browser.find_element(By.CSS_SELECTOR, "nav.toc > ul > li")
        nested = browser.find_element(By.CSS_SELECTOR, "nav.toc > ul > li > ul > li")
        nav = box(browser, browser.find_element(By.CSS_SELECTOR, "nav.toc h2"))
        step = box(browser, nested)["x"] - box(browser, top)["x"]
        assert step > 10 and abs((box(browser, top)["x"] - nav["x"]) - step) <= 1, "the top level is indented like the rest"
        markers = browser.execute_script(
            "return [...arguments].map(e => getComputedStyle(e).listStyleType)", top, nested)
        assert "none" not in markers, "every level shows its marker"
        screenshot(browser, "doc-contents-desktop", full_page=False)
    with viewport(browser, PHONE, mobile=True):
        browser.get(f"{home_server.url}/docs/kodaira")
        assert page_width(browser) <= PHONE[0]
        screenshot(browser, "doc-contents-phone", full_page=False)


def test_a_document_opened_from_an_answer_keeps_the_way_back_in_view(browser, home_server):  # noqa: F811
    for size, name in ((DESKTOP, "doc-desktop"), (PHONE, "doc-phone")):
        with viewport(browser, size, mobile=size == PHONE):
            browser.get(f"{home_server.url}/?q={quote(DIRECT)}")
            browser.find_element(By.CSS_SELECTOR, ".passage-link a").click()
            WebDriverWait(browser, 10).until(lambda d: "/docs/" in d.current_url)
            section = browser.find_element(By.ID, urlsplit(browser.current_url).fragment)
            back = browser.find_element(By.CSS_SELECTOR, ".back-to-answer a")
            scrolled = browser.execute_script("return window.scrollY")
            assert scrolled > 0, "the browser went to the section"
            back_box = browser.execute_script("return arguments[0].getBoundingClientRect().bottom", back)
            section_top = browser.execute_script("return arguments[0].getBoundingClientRect().top", section)
            assert 0 < back_box <= section_top, "回答に戻る is in view, above the section it landed on"
            screenshot(browser, name, full_page=False)
            back.click()
            WebDriverWait(browser, 10).until(lambda d: urlsplit(d.current_url).path == "/")
            assert browser.find_element(By.CSS_SELECTOR, ".direct-answer")
            assert parse_qs(urlsplit(browser.current_url).query)["q"] == [DIRECT]


def test_qa_topics_and_the_jump_list(browser, home_server):  # noqa: F811
    for size, name in ((DESKTOP, "qa-desktop"), (PHONE, "qa-phone")):
        with viewport(browser, size, mobile=size == PHONE):
            browser.get(f"{home_server.url}/qa")
            links = browser.find_elements(By.CSS_SELECTOR, ".topic-jump a")
            assert len(links) >= 5
            assert box(browser, links[-1])["bottom"] <= size[1], "the whole jump list is on the first screen"
            assert page_width(browser) <= size[0]
            screenshot(browser, name, full_page=False)  # the jump list and the first topic
            target = links[2].get_attribute("href").split("#")[1]
            links[2].click()
            WebDriverWait(browser, 10).until(lambda d: d.execute_script("return window.scrollY") > 0)
            heading = browser.find_element(By.ID, f"{target}-heading")
            assert 0 <= browser.execute_script("return arguments[0].getBoundingClientRect().top", heading) < 100


def test_the_home_guideline_leads_docs_and_start(browser, home_server):  # noqa: F811
    with viewport(browser, DESKTOP):
        browser.get(f"{home_server.url}/docs")
        first = browser.find_element(By.CSS_SELECTOR, ".doc-list li")
        assert first.text.startswith("本市の指針") and "小平市" in first.text
        screenshot(browser, "docs-home", full_page=False)
        browser.get(f"{home_server.url}/start")
        home = box(browser, browser.find_element(By.CSS_SELECTOR, ".home-guideline"))
        assert home["bottom"] <= box(browser, browser.find_element(By.CSS_SELECTOR, ".step"))["y"]
        assert home["bottom"] <= DESKTOP[1], "in view on arrival"
        screenshot(browser, "start-home", full_page=False)
