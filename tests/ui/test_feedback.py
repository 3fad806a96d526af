from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from ui.feedback import FeedbackError, FeedbackStore, export

CITATIONS = [{"chapter_no": 9, "section_no": 2, "breadcrumb": "第九章 … > 第二節 嚴格執行污染防治", "quote": "提升固體廢物處理能力。", "lines": [276]}]


def test_add_change_and_withdraw(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "sub" / "fb.sqlite3")
    a = store.add("固體廢物在哪一節？", "在第九章第二節。", CITATIONS, 1, mode="extractive", query="固體廢物")
    b = store.add("天河區GDP？", "綱要沒有寫到。", [], -1)
    store.set_rating(a, -1)
    records = store.records()
    assert [(r.id, r.rating) for r in records] == [(a, -1), (b, -1)]
    first = records[0]
    assert first.question == "固體廢物在哪一節？" and first.answer == "在第九章第二節。" and first.query == "固體廢物"
    assert json.loads(first.citations) == CITATIONS
    assert first.created_at.endswith("+00:00")
    store.delete(b)
    assert [r.id for r in store.records()] == [a]


def test_rating_must_be_plus_or_minus_one(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="rating must be 1"):
        FeedbackStore(tmp_path / "fb.sqlite3").add("q", "a", [], 0)


def test_reading_before_any_rating_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(FeedbackError, match="no feedback recorded yet"):
        FeedbackStore(tmp_path / "missing.sqlite3").records()
    assert not (tmp_path / "missing.sqlite3").exists()  # reading never creates the file


def test_unwritable_path_is_a_clean_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(FeedbackError, match="PLAN_ASSISTANT_FEEDBACK_DB"):
        FeedbackStore(blocker / "fb.sqlite3").add("q", "a", [], 1)


def test_export_csv_and_jsonl(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "fb.sqlite3")
    store.add("問題一, 帶逗號", "答案\n兩行", CITATIONS, 1)
    store.add("問題二", "答案二", [], -1)
    out = io.StringIO()
    assert export(store.records(), "csv", out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["question"] for r in rows] == ["問題一, 帶逗號", "問題二"]
    assert rows[0]["answer"] == "答案\n兩行" and json.loads(rows[0]["citations"]) == CITATIONS and rows[1]["rating"] == "-1"
    out = io.StringIO()
    assert export(store.records(), "jsonl", out) == 2
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    assert lines[0]["citations"] == CITATIONS and lines[1]["rating"] == -1
    with pytest.raises(ValueError, match="format must be"):
        export(store.records(), "xml", io.StringIO())
