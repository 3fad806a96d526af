"""任務查詢 in headless Chromium: cards on a phone, the full text and the 章/節 link on a desktop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.service import Assistant
from tests.ui.conftest import settings_for
from tests.ui.inprocess import serve
from tests.ui.waiting import wait_for
from ui.server import create_app

pytestmark = pytest.mark.slow

By: Any = pytest.importorskip("selenium.webdriver.common.by").By


@pytest.fixture(scope="module")
def tasks_url(keyword_assistant: Assistant, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    work = tmp_path_factory.mktemp("tasks-ui")
    app = create_app(settings_for(work / "index", work / "feedback.sqlite3"), keyword_assistant)
    with serve(app) as url:
        yield url


def search_tasks(browser: Any, url: str, query: str, width: int, height: int) -> Any:
    browser.set_window_size(width, height)
    browser.get(url + "/")
    tab = wait_for(
        lambda: [b for b in browser.find_elements(By.CSS_SELECTOR, "button[role='tab']") if "任務查詢" in b.text]
    )
    tab[0].click()
    box = wait_for(
        lambda: [e for e in browser.find_elements(By.CSS_SELECTOR, "#pa-task-query textarea") if e.is_displayed()]
    )[0]
    box.send_keys(query)
    browser.find_element(By.CSS_SELECTOR, "#pa-task-search").click()
    wait_for(lambda: len(browser.find_elements(By.CSS_SELECTOR, "#pa-task-cards article.pa-task")) == 1)
    return browser.find_element(By.CSS_SELECTOR, "#pa-task-cards article.pa-task")


def test_tasks_are_cards_on_a_phone(browser: Any, tasks_url: str, tmp_path: Path) -> None:
    card = search_tasks(browser, tasks_url, "固体废物", 390, 844)
    assert browser.execute_script("return window.innerWidth") <= 600
    # a card: its fields stacked, each with its own visible label, nothing wider than the screen
    labels = [e.text for e in card.find_elements(By.CSS_SELECTOR, ".pa-label") if e.is_displayed()]
    assert labels == ["章/節", "主體", "片區", "目標"]
    assert not browser.find_element(By.CSS_SELECTOR, "#pa-task-cards .pa-task-head").is_displayed()
    fields = [e for e in card.find_elements(By.CSS_SELECTOR, ".pa-field")]
    lefts = {round(f.rect["x"]) for f in fields}
    assert len(lefts) == 1, "fields stack in one column"
    assert card.rect["x"] >= 0 and card.rect["x"] + card.rect["width"] <= 390
    page_width = browser.execute_script("return document.documentElement.scrollWidth")
    assert page_width <= 390, "no sideways scrolling"
    title = card.find_element(By.CSS_SELECTOR, ".pa-task-title")
    assert title.text == "提升固體廢物處理能力"
    assert browser.execute_script("return parseFloat(getComputedStyle(arguments[0]).fontSize)", title) >= 14
    assert "綱要未點名" in card.find_element(By.CSS_SELECTOR, ".pa-bodies").text
    browser.save_screenshot(str(tmp_path / "tasks-phone.png"))


def test_full_text_and_section_link_on_a_desktop(browser: Any, tasks_url: str, tmp_path: Path) -> None:
    card = search_tasks(browser, tasks_url, "固體廢物", 1280, 900)
    assert browser.execute_script("return window.innerWidth") >= 600
    head = browser.find_element(By.CSS_SELECTOR, "#pa-task-cards .pa-task-head")
    assert head.is_displayed() and head.text.split() == ["任務", "章/節", "主體", "片區", "目標"]
    cells = [card.find_element(By.CSS_SELECTOR, s) for s in (".pa-task-title", ".pa-where", ".pa-bodies", ".pa-zone")]
    tops, lefts = [c.rect["y"] for c in cells], [c.rect["x"] for c in cells]
    assert max(tops) - min(tops) < 12 and lefts == sorted(set(lefts)), "a table row: fields side by side"
    # the full text, expandable
    text = card.find_element(By.CSS_SELECTOR, "details.pa-task-text p")
    assert not text.is_displayed()
    card.find_element(By.CSS_SELECTOR, "details.pa-task-text summary").click()
    wait_for(text.is_displayed)
    assert text.text.startswith("提升固體廢物處理能力。堅持生活垃圾") and "危廢處理能力" in text.text
    browser.save_screenshot(str(tmp_path / "tasks-desktop.png"))
    # the 章/節 opens the plan reader at that 節, its line marked
    link = card.find_element(By.CSS_SELECTOR, "button.pa-task-open")
    assert "第二節 嚴格執行污染防治" in link.text
    link.click()
    reader = wait_for(
        lambda: [e for e in browser.find_elements(By.CSS_SELECTOR, "#pa-reader .pa-crumb") if e.is_displayed()]
    )[0]
    assert "第二節 嚴格執行污染防治" in reader.text
    selected = browser.find_element(By.CSS_SELECTOR, "button[role='tab'][aria-selected='true']")
    assert "瀏覽綱要" in selected.text
    marked = browser.find_element(By.CSS_SELECTOR, "#pa-reader .pa-hl")
    assert marked.get_attribute("id") == "L276" and marked.text.startswith("276提升固體廢物處理能力")
    wait_for(
        lambda: browser.execute_script(
            "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight",
            marked,
        )
    )


def test_script_switch_shows_simplified_cards(browser: Any, tasks_url: str) -> None:
    card = search_tasks(browser, tasks_url, "固体废物", 1280, 900)
    assert "提升固體廢物處理能力" in card.text
    radio = [e for e in browser.find_elements(By.CSS_SELECTOR, "#pa-script label") if "简体" in e.text][0]
    radio.click()
    wait_for(lambda: "提升固体废物处理能力" in browser.find_element(By.CSS_SELECTOR, "#pa-task-cards").text)
    assert "共 1 项任务" in browser.find_element(By.CSS_SELECTOR, "#pa-task-count").text
    assert "任务全文" in browser.find_element(By.CSS_SELECTOR, "#pa-task-cards").get_attribute("textContent")
    assert browser.find_element(By.CSS_SELECTOR, "#pa-task-search").text == "查询"
    placeholder = browser.find_element(By.CSS_SELECTOR, "#pa-task-query textarea").get_attribute("placeholder")
    assert placeholder.startswith("输入关键词")
