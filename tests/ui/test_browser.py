"""The chat UI in headless Chromium against a real uvicorn server: what a citizen sees and clicks."""

from __future__ import annotations

import argparse
import csv
from pathlib import Path
from typing import Any

import pytest

from assistant.settings import Settings
from corpus.models import Plan
from corpus.tasks import build_tables
from corpus.text import to_simplified
from evals.screenshot import ask_in_browser
from tests.ui.waiting import wait_for
from ui.commands import cmd_feedback_export
from ui.feedback import FeedbackError

pytestmark = pytest.mark.slow

By: Any = pytest.importorskip("selenium.webdriver.common.by").By


def open_ui(browser: Any, live_server: dict[str, Any]) -> None:
    browser.get(live_server["url"] + "/")


def click_tab(browser: Any, label: str) -> None:
    wait_for(lambda: [b for b in browser.find_elements(By.CSS_SELECTOR, "button[role='tab']") if label in b.text])[
        0
    ].click()


def test_question_gets_a_streamed_answer_citing_the_section(
    browser: Any, live_server: dict[str, Any], tmp_path: Path
) -> None:
    open_ui(browser, live_server)
    answer, streamed = ask_in_browser(browser, "提升固體廢物處理能力的任務在哪一節？")
    assert streamed, "the answer text should appear progressively"
    assert "第九章" in answer.text and "第二節 嚴格執行污染防治" in answer.text
    head = browser.find_element(By.CSS_SELECTOR, "#pa-chat .pa-group-head")
    assert head.is_displayed() and "第二節 嚴格執行污染防治" in head.text
    summary = browser.find_element(By.CSS_SELECTOR, "#pa-chat details.pa-source summary")
    assert summary.text.startswith("[1] 「提升固體廢物處理能力")
    quote = browser.find_element(By.CSS_SELECTOR, "#pa-chat details.pa-source .pa-quote")
    assert not quote.is_displayed()  # collapsed until asked for
    summary.click()
    wait_for(quote.is_displayed)
    assert quote.text.startswith("提升固體廢物處理能力")
    browser.save_screenshot(str(tmp_path / "answer.png"))
    assert (tmp_path / "answer.png").stat().st_size > 10_000


def test_html_in_a_question_is_shown_as_text(browser: Any, live_server: dict[str, Any]) -> None:
    open_ui(browser, live_server)
    browser.execute_script("window.__pwned = false")
    ask_in_browser(browser, '<img src=x onerror="window.__pwned=true">海珠濕地有甚麼規劃？')
    bubble = browser.find_elements(By.CSS_SELECTOR, "#pa-chat .pa-question")[-1]
    assert bubble.text.startswith("<img src=x onerror=")
    assert not browser.find_elements(By.CSS_SELECTOR, "#pa-chat img[src='x']")
    assert browser.execute_script("return window.__pwned") is False


def test_follow_up_script_switch_and_start_over(browser: Any, live_server: dict[str, Any]) -> None:
    open_ui(browser, live_server)
    ask_in_browser(browser, "琶洲試驗區占地多大？")
    second, _ = ask_in_browser(browser, "那它打算什麼時候建成？")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#pa-chat .pa-question")) == 2
    assert "琶洲" in second.text  # the follow-up was searched with the previous question's topic
    first = browser.find_elements(By.CSS_SELECTOR, "#pa-chat .pa-answer")[0].text
    assert to_simplified(first) != first  # the plan's Traditional script, so the switch shows
    next(label for label in browser.find_elements(By.CSS_SELECTOR, "#pa-script label") if "简体" in label.text).click()
    wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "#pa-chat .pa-answer")[0].text == to_simplified(first))
    browser.find_element(By.CSS_SELECTOR, "#pa-clear").click()
    wait_for(lambda: not browser.find_elements(By.CSS_SELECTOR, "#pa-chat .pa-question"))
    fresh, _ = ask_in_browser(browser, "那它打算什麼時候建成？")  # no history any more: a fresh conversation
    assert len(browser.find_elements(By.CSS_SELECTOR, "#pa-chat .pa-question")) == 1
    assert "琶洲" not in fresh.text


def test_example_question_button_asks_it(browser: Any, live_server: dict[str, Any]) -> None:
    open_ui(browser, live_server)
    button = wait_for(
        lambda: [b for b in browser.find_elements(By.CSS_SELECTOR, "button.pa-example") if "總部企業" in b.text]
    )
    button[0].click()
    head = wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "#pa-chat .pa-group-head"), timeout_s=60)[0]
    assert head.text.endswith("第二節 大力發展總部經濟")
    assert "70家" in browser.find_element(By.CSS_SELECTOR, "#pa-chat .pa-answer").text
    assert browser.find_element(By.CSS_SELECTOR, "#pa-chat .pa-question").text == "十四五期間要引進多少家總部企業？"


def test_thumbs_up_is_stored_and_exported(browser: Any, live_server: dict[str, Any], tmp_path: Path) -> None:
    open_ui(browser, live_server)
    question = "垃圾分類有甚麼新措施？"
    ask_in_browser(browser, question)
    browser.find_elements(By.CSS_SELECTOR, "#pa-chat button[aria-label='讚好']")[-1].click()
    out = tmp_path / "feedback.csv"
    settings = Settings(feedback_db=live_server["feedback_db"])

    def exported() -> list[dict[str, str]]:
        try:
            cmd_feedback_export(_args(out), settings)
        except FeedbackError:  # nothing stored yet
            return []
        return [r for r in csv.DictReader(out.open(encoding="utf-8")) if r["question"] == question]

    rows = wait_for(exported)
    # (the answer as shown: its first line, then the quotes with their 章/節)
    assert rows[-1]["rating"] == "1" and "第九章" in rows[-1]["citations"] and "據綱要第九章" in rows[-1]["answer"]


def _args(out: Path) -> argparse.Namespace:
    return argparse.Namespace(format="csv", out=str(out))


def open_section(browser: Any, chapter_label: str, section_label: str) -> Any:
    """Expand a chapter in the tree, click one of its 節 and return the reader once it shows that 節."""
    chapter = wait_for(
        lambda: [
            e
            for e in browser.find_elements(By.CSS_SELECTOR, "#pa-tree .label-wrap")
            if e.text.startswith(chapter_label)
        ]
    )
    chapter[0].click()
    node = wait_for(
        lambda: [
            b
            for b in browser.find_elements(By.CSS_SELECTOR, "button.pa-node")
            if b.is_displayed() and b.text.startswith(section_label)
        ]
    )
    node[0].click()
    reader = browser.find_element(By.CSS_SELECTOR, "#pa-reader")
    wait_for(lambda: section_label.split(" ")[-1].rstrip(" ▦") in reader.text)
    return reader


def test_browse_the_plan_tree(browser: Any, live_server: dict[str, Any], plan: Plan) -> None:
    open_ui(browser, live_server)
    click_tab(browser, "瀏覽綱要")
    reader = open_section(browser, "第九章", "第二節 嚴格執行污染防治")
    wait_for(lambda: "提升固體廢物處理能力" in reader.text)
    assert reader.text.startswith("第九章")

    table = build_tables(plan)[0]
    section = plan.section(table.chapter_no, table.section_no)
    reader = open_section(browser, plan.chapter(table.chapter_no).label.split(" ")[0], section.label + " ▦")
    wait_for(lambda: f"{table.label}「{table.title}」：表格內容未隨綱要正文公佈" in reader.text)
    unmarked = [
        b.text
        for b in browser.find_elements(By.CSS_SELECTOR, "button.pa-node")
        if b.is_displayed() and b.text.startswith("第二節 嚴格執行污染防治")
    ]
    assert unmarked == ["第二節 嚴格執行污染防治"]  # no 專欄 there, no mark
