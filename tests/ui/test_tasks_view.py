"""The task cards without a browser: what each card shows, in which script, escaped."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.service import Assistant
from ui.backend import Backend
from ui.feedback import FeedbackStore
from ui.tasks_view import find, task_card, task_cards


@pytest.fixture
def backend(keyword_assistant: Assistant, tmp_path: Path) -> Backend:
    return Backend(keyword_assistant, FeedbackStore(tmp_path / "fb.sqlite3"))


def test_a_task_shows_its_full_text_and_a_button_to_its_section(backend: Backend) -> None:
    html, count = find(backend, "固体废物", "auto")
    assert count == "共 1 項任務"
    assert html.count('<article class="pa-task"') == 1
    assert '<h3 class="pa-task-title">提升固體廢物處理能力</h3>' in html
    button = re.search(r'<button type="button" class="pa-task-open"([^>]*)>([^<]*)</button>', html)
    assert button is not None
    assert 'data-chapter="9" data-section="2" data-line="276"' in button.group(1)
    assert "第二節 嚴格執行污染防治" in button.group(2) and "第276行" in button.group(2)
    text = backend.find_tasks("固体废物")[0]["text"]
    assert f'<details class="pa-task-text"><summary>任務全文（點擊展開）</summary><p>{text}</p>' in html
    assert "綱要未點名" in html  # no organisation is named in this task: said so, not left blank


def test_targets_are_shown_once_each(backend: Backend) -> None:
    task = next(t for t in backend.find_tasks("三舊") if t["title"] == "全力推進“三舊”改造")
    assert len(task["targets"]) > 3  # several numbers in one clause
    card = task_card(task, "auto")
    goals = re.findall(r"<li>([^<]*)</li>", card)
    assert goals and len(goals) == len(set(goals))
    assert sum("城中村改造三年4條" in g for g in goals) == 1


def test_bodies_are_organisations_not_places(backend: Backend) -> None:
    cards = {t["title"]: task_card(t, "auto") for t in backend.find_tasks("")}
    assert "城中村、鼓勵舊村" not in cards["全力推進“三舊”改造"]
    assert "綱要未點名" in cards["全力推進“三舊”改造"]
    bodies = re.search(r'pa-bodies"><span class="pa-label">主體</span>([^<]*)<', cards["社會治理卓有成效"])
    assert bodies is not None and {"區法院刑事審判庭", "省法院"} <= set(bodies.group(1).split("、"))
    assert "區法院刑事審判庭和執行局被省法院" not in bodies.group(1)


def test_cards_follow_the_script(backend: Backend) -> None:
    simplified, count = find(backend, "固體廢物", "simplified")
    assert "提升固体废物处理能力" in simplified and "严格执行污染防治" in simplified
    assert "任务全文" in simplified and "纲要未点名" in simplified and count == "共 1 项任务"
    assert "處理" not in simplified
    traditional, _ = find(backend, "固体废物", "traditional")
    assert "提升固體廢物處理能力" in traditional


def test_nothing_found_says_so(backend: Backend) -> None:
    html, count = find(backend, "火星基地", "simplified")
    assert count == "没有找到与「火星基地」相关的任务" and "pa-task-open" not in html


def test_plan_text_and_queries_are_escaped(backend: Backend) -> None:
    task = dict(backend.find_tasks("固体废物")[0], title="<img src=x onerror=alert(1)>", bodies=["<b>x</b>"])
    card = task_card(task, "auto")
    assert "<img" not in card and "&lt;img src=x" in card and "<b>x" not in card
    assert task_cards([], "auto").count('pa-task"') == 0
    _, count = find(backend, "<script>", "auto")
    assert "<script>" in count  # Markdown output: gr.Markdown sanitises it; the count is text
