"""The chat UI's pieces that need no browser: chat rendering, history, the section reader (the task cards: test_tasks_view.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.service import Assistant
from corpus.tasks import build_tables
from ui.backend import Backend
from ui.feedback import FeedbackStore
from ui.web import Exchange, history_of, rate_exchange, reader_request, render_chat, section_html


@pytest.fixture
def backend(keyword_assistant: Assistant, tmp_path: Path) -> Backend:
    return Backend(keyword_assistant, FeedbackStore(tmp_path / "fb.sqlite3"))


def test_history_skips_errors_and_keeps_order(backend: Backend) -> None:
    a1 = backend.ask("琶洲試驗區占地多大？")
    exchanges = [Exchange("琶洲試驗區占地多大？", a1), Exchange("x" * 3000, error="問題太長")]
    turns = history_of(exchanges)
    assert [(t.role, t.content) for t in turns] == [("user", "琶洲試驗區占地多大？"), ("assistant", a1.text)]


def test_render_chat_pairs_questions_and_answers(backend: Backend) -> None:
    answer = backend.ask("提升固體廢物處理能力的任務在哪一節？")
    messages = render_chat(
        [Exchange("<b>提升固體廢物處理能力</b>的任務在哪一節？", answer), Exchange("?", error="無法回答")], "auto"
    )
    assert [m["role"] for m in messages] == ["user", "assistant", "user", "assistant"]
    assert "&lt;b&gt;" in messages[0]["content"] and "<b>" not in messages[0]["content"]
    assert "第二節 嚴格執行污染防治</div>" in messages[1]["content"]
    assert "pa-error" in messages[3]["content"]


def test_section_reader_marks_unpublished_tables(backend: Backend) -> None:
    table = build_tables(backend.plan)[0]
    html = section_html(backend, table.chapter_no, table.section_no, "auto")
    assert f"{table.label}「{table.title}」：表格內容未隨綱要正文公佈" in html
    assert html.count('class="pa-unpublished"') == len(backend.tables_in(table.chapter_no, table.section_no))


def test_section_reader_shows_lines_in_the_chosen_script(backend: Backend) -> None:
    html = section_html(backend, 9, 2, "simplified")
    assert "严格执行污染防治" in html
    assert '<div id="L276"><p class="pa-item"><a class="pa-line" href="?c=9&amp;s=2&amp;line=276"' in html
    assert ">276</a>提升固体废物处理能力" in html


def test_section_reader_highlights_the_linked_line(backend: Backend) -> None:
    html = section_html(backend, 9, 2, "traditional", highlight=276)
    assert html.count("pa-hl") == 1 and '<div id="L276" class="pa-hl">' in html


def test_render_chat_shows_the_current_answer_then_queued_questions(backend: Backend) -> None:
    messages = render_chat([], "simplified", ("第一問", "<div>…</div>"), ("第二問", "第三問"))
    assert [m["role"] for m in messages] == ["user", "assistant", "user", "user"]
    assert "pa-queued" not in messages[0]["content"] and messages[1]["content"] == "<div>…</div>"
    assert all("排队中" in m["content"] for m in messages[2:])


def test_reader_request_from_the_url() -> None:
    assert reader_request({"c": "9", "s": "2", "line": "276"}) == (9, 2, 276)
    assert reader_request({"c": "3", "s": "0"}) == (3, 0, None)
    assert reader_request({"q": "海珠"}) is None and reader_request({"c": "x", "s": "1"}) is None


def test_a_rating_is_acknowledged(backend: Backend) -> None:
    answer = backend.ask("垃圾分類有甚麼新措施？")
    exchanges, message = rate_exchange(backend, [Exchange("垃圾分類有甚麼新措施？", answer)], 0, 1)
    assert message == "已記錄，謝謝" and exchanges[0].feedback_uid is not None
    assert rate_exchange(backend, [Exchange("?", error="無法回答")], 0, 1)[1] is None  # nothing to rate
