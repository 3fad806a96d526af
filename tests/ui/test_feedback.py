from __future__ import annotations

import csv
import io
import json
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.service import Assistant
from tests.ui.conftest import settings_for
from ui.backend import Backend
from ui.feedback import FeedbackError, FeedbackStore, export
from ui.server import create_app
from ui.web import FEEDBACK_QUEUED, Exchange, rate_exchange

CITATIONS = [
    {
        "chapter_no": 9,
        "section_no": 2,
        "breadcrumb": "第九章 … > 第二節 嚴格執行污染防治",
        "quote": "提升固體廢物處理能力。",
        "lines": [276],
    }
]


def test_rate_change_and_withdraw(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "sub" / "fb.sqlite3")
    a = store.rate("固體廢物在哪一節？", "在第九章第二節。", CITATIONS, 1, mode="extractive", query="固體廢物")
    b = store.rate("天河區GDP？", "綱要沒有寫到。", [], -1)
    assert a.written and b.written and a.uid != b.uid
    assert store.change(a.uid, -1).written
    records = store.records()
    assert [(r.question, r.rating) for r in records] == [("固體廢物在哪一節？", -1), ("天河區GDP？", -1)]
    first = records[0]
    assert first.question == "固體廢物在哪一節？" and first.answer == "在第九章第二節。" and first.query == "固體廢物"
    assert json.loads(first.citations) == CITATIONS
    assert first.created_at.endswith("+00:00")
    assert store.change(b.uid, 0).written
    assert [r.question for r in store.records()] == ["固體廢物在哪一節？"]


def test_rating_must_be_plus_or_minus_one(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "fb.sqlite3")
    with pytest.raises(ValueError, match="rating must be 1"):
        store.rate("q", "a", [], 0)
    with pytest.raises(ValueError, match="rating must be 1"):
        store.change(store.rate("q", "a", [], 1).uid, 2)


def test_reading_before_any_rating_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(FeedbackError, match="no feedback recorded yet"):
        FeedbackStore(tmp_path / "missing.sqlite3").records()
    assert not (tmp_path / "missing.sqlite3").exists()  # reading never creates the file


def test_an_unwritable_path_is_logged_with_the_setting_to_change(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    store = FeedbackStore(blocker / "fb.sqlite3", retry_s=None, spool_dirs=[tmp_path / "spool"])
    with caplog.at_level(logging.WARNING, logger="plan_assistant.feedback"):
        assert not store.rate("q", "a", [], 1).written
    assert "PLAN_ASSISTANT_FEEDBACK_DB" in caplog.text


def test_export_csv_and_jsonl(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "fb.sqlite3")
    store.rate("問題一, 帶逗號", "答案\n兩行", CITATIONS, 1)
    store.rate("問題二", "答案二", [], -1)
    out = io.StringIO()
    assert export(store.records(), "csv", out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["question"] for r in rows] == ["問題一, 帶逗號", "問題二"]
    assert (
        rows[0]["answer"] == "答案\n兩行"
        and json.loads(rows[0]["citations"]) == CITATIONS
        and rows[1]["rating"] == "-1"
    )
    out = io.StringIO()
    assert export(store.records(), "jsonl", out) == 2
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    assert lines[0]["citations"] == CITATIONS and lines[1]["rating"] == -1
    with pytest.raises(ValueError, match="format must be"):
        export(store.records(), "xml", io.StringIO())


# -- a database that is locked or read-only: ratings are queued, logged and written later once ----

QUEUED = "feedback not written"


@contextmanager
def locked(db: Path) -> Iterator[None]:
    """Another connection holding an exclusive lock (a backup, a long export, a stuck process)."""
    conn = sqlite3.connect(db, timeout=0, isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        conn.execute("ROLLBACK")
        conn.close()


@contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """Make files and folders read-only for real: chmod, or `chattr +i` for root (whom chmod does not stop)."""
    if os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in paths}
        for p in paths:
            p.chmod(0o555 if p.is_dir() else 0o444)
        try:
            yield
        finally:
            for p, mode in modes.items():
                p.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("running as root without chattr: nothing here makes a file read-only for root")
    done: list[Path] = []
    try:
        for p in paths:
            if subprocess.run([chattr, "+i", str(p)], capture_output=True).returncode != 0:
                pytest.skip(f"`chattr +i` is not supported on this filesystem ({p}); root ignores chmod")
            done.append(p)
        yield
    finally:
        for p in done:
            subprocess.run([chattr, "-i", str(p)], check=True)


def rows(db: Path) -> list[tuple[str, int]]:
    """(question, rating) straight from the file, without the store (which would flush its queue)."""
    with closing(sqlite3.connect(db)) as conn:
        return [(q, r) for q, r in conn.execute("SELECT question, rating FROM feedback ORDER BY id")]


def test_locked_database_queues_ratings_and_writes_each_exactly_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "fb.sqlite3"
    store = FeedbackStore(db, timeout_s=0.2, retry_s=None)
    a = store.rate("一", "答一", CITATIONS, 1)
    assert a.written and a.pending == 0
    with locked(db), caplog.at_level(logging.WARNING, logger="plan_assistant.feedback"):
        b = store.rate("二", "答二", [], -1, mode="extractive", query="二")
        assert not b.written and b.pending == 1
        assert not store.change(a.uid, -1).written  # a change to a written rating waits too, in order
        store.change(b.uid, 1)
        c = store.rate("三", "答三", [], 1)
        store.change(c.uid, 0)  # withdrawn before it was ever written
        d = store.rate("四", "答四", [], 1)
        assert store.pending == 6 and not store.flush()
        assert "database is locked" in caplog.text and QUEUED in caplog.text
        spool = store.spool_paths[0]
        assert spool.exists() and len(spool.read_text(encoding="utf-8").splitlines()) == 6
        left_behind = spool.read_text(encoding="utf-8")
    assert store.rate("五", "答五", [], -1).written  # the next rating writes the queue first, then itself
    assert store.pending == 0 and not spool.exists()
    expected = [("一", -1), ("二", 1), ("四", 1), ("五", -1)]
    assert rows(db) == expected
    records = store.records()
    assert [(r.question, r.rating) for r in records] == expected and records[1].query == "二"
    assert {d.uid} <= {uid for (uid,) in sqlite3.connect(db).execute("SELECT uid FROM feedback")}
    # a crash after the queue was written but before its spool was removed: written again, nothing doubles
    spool.write_text(left_behind, encoding="utf-8")
    again = FeedbackStore(db, retry_s=None)
    assert again.pending == 6 and again.flush()
    assert rows(db) == expected


def test_queue_is_retried_on_a_timer(tmp_path: Path) -> None:
    db = tmp_path / "fb.sqlite3"
    store = FeedbackStore(db, timeout_s=0.1, retry_s=0.2)
    store.rate("一", "答一", [], 1)
    with locked(db):
        assert not store.rate("二", "答二", [], 1).written
    deadline = time.monotonic() + 20
    # nobody calls the store: its timer writes the queue (rows first, then the queue is cleared)
    while rows(db) != [("一", 1), ("二", 1)] or store.pending:
        assert time.monotonic() < deadline, (
            f"the pending rating was never retried: rows {rows(db)}, pending {store.pending}"
        )
        time.sleep(0.1)


def test_read_only_database_and_folder(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    folder = tmp_path / "data"
    db = folder / "fb.sqlite3"
    fallback = tmp_path / "fallback"
    store = FeedbackStore(db, timeout_s=0.2, retry_s=None, spool_dirs=[folder, fallback])
    store.rate("一", "答一", [], 1)
    with read_only(db, folder), caplog.at_level(logging.WARNING, logger="plan_assistant.feedback"):
        with pytest.raises(OSError):  # really read-only (for root too)
            db.open("ab")
        receipt = store.rate("二", "答二", [], -1)
        assert not receipt.written and QUEUED in caplog.text and "readonly" in caplog.text
        assert (
            not store.spool_paths[0].exists() and store.spool_paths[1].exists()
        )  # next to the database is read-only too
        assert [(r.question, r.rating) for r in FeedbackStore(db).records()] == [("一", 1)]  # reading still works
    assert store.flush() and rows(db) == [("一", 1), ("二", -1)]
    assert not store.spool_paths[1].exists()


def test_a_database_folder_that_cannot_exist_yet(tmp_path: Path) -> None:
    """The configured path runs through a file (a typo, a volume not mounted yet): queued until it can."""
    blocker = tmp_path / "volume"
    blocker.write_text("not a folder")
    db = blocker / "fb.sqlite3"
    store = FeedbackStore(db, retry_s=None, spool_dirs=[blocker, tmp_path / "fallback"])
    assert not store.rate("一", "答一", [], 1).written and store.spool_paths[1].exists()
    blocker.unlink()
    blocker.mkdir()
    assert store.flush() and rows(db) == [("一", 1)]


def test_a_spool_left_by_a_stopped_server_is_written_by_the_next_store(tmp_path: Path) -> None:
    db = tmp_path / "fb.sqlite3"
    with locked(db):
        assert not FeedbackStore(db, timeout_s=0.1, retry_s=None).rate("一", "答一", CITATIONS, 1).written
    # the server stopped with its queue in the spool; the export command (or the next server) writes it
    assert [(r.question, r.rating) for r in FeedbackStore(db).records()] == [("一", 1)]
    assert rows(db) == [("一", 1)] and not FeedbackStore(db).spool_paths[0].exists()


# the table as the first releases created it, before ratings had a `uid`
LEGACY_SCHEMA = """
CREATE TABLE feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL, rating INTEGER NOT NULL CHECK (rating IN (1, -1)),
    question TEXT NOT NULL, answer TEXT NOT NULL, citations TEXT NOT NULL,
    mode TEXT NOT NULL DEFAULT '', query TEXT NOT NULL DEFAULT ''
)
"""


def test_a_database_from_before_the_queue_is_upgraded(tmp_path: Path) -> None:
    db = tmp_path / "fb.sqlite3"
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute(LEGACY_SCHEMA)
        conn.execute(
            "INSERT INTO feedback (created_at, rating, question, answer, citations) VALUES ('2026-01-01T00:00:00+00:00', 1, '舊', '舊答', '[]')"
        )
    store = FeedbackStore(db)
    receipt = store.rate("新", "新答", [], -1)
    assert receipt.written and store.change(receipt.uid, 1).written
    assert [(r.question, r.rating) for r in store.records()] == [("舊", 1), ("新", 1)]


def test_thumbs_in_the_chat_while_the_database_is_locked(keyword_assistant: Assistant, tmp_path: Path) -> None:
    """The 👍 handler never fails: a locked database gets "評價已收到，稍後寫入", and questions go on."""
    db = tmp_path / "fb.sqlite3"
    app = create_app(settings_for(tmp_path / "index", db), keyword_assistant)
    backend: Backend = app.state.backend
    backend.feedback = FeedbackStore(db, timeout_s=0.2, retry_s=None)  # the server's store, with a short lock wait
    with TestClient(app, raise_server_exceptions=False) as client:
        r = client.post("/api/ask", json={"question": "海珠濕地有甚麼規劃？"})
        answer = backend.ask("海珠濕地有甚麼規劃？")
        exchanges = [Exchange("海珠濕地有甚麼規劃？", answer)]
        with locked(db):
            exchanges, message = rate_exchange(backend, exchanges, 0, 1)
            assert message == FEEDBACK_QUEUED and exchanges[0].feedback_uid
            r = client.post(
                "/api/ask", json={"question": "提升固體廢物處理能力的任務在哪一節？"}
            )  # answering is not held up
            assert r.status_code == 200 and r.json()["citations"]
            exchanges, message = rate_exchange(backend, exchanges, 0, -1)  # changed their mind, still locked
            assert message == FEEDBACK_QUEUED
        exchanges, message = rate_exchange(backend, exchanges, 0, -1)
        assert message == "已記錄，謝謝"
        assert [(q, r) for q, r in rows(db)] == [("海珠濕地有甚麼規劃？", -1)]
        exchanges, message = rate_exchange(backend, exchanges, 0, 0)  # withdrawn
        assert message == "已取消評價" and exchanges[0].feedback_uid is None and rows(db) == []


def test_a_postgres_url_without_its_driver_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as on an install without the `postgres` extra
    with pytest.raises(FeedbackError, match=r"pip install 'plan-assistant\[postgres\]'"):
        FeedbackStore("postgresql://plan@127.0.0.1/plan")


def test_a_sqlite_url_is_the_same_file(tmp_path: Path) -> None:
    db = tmp_path / "fb.sqlite3"
    assert FeedbackStore(f"sqlite:///{db}").rate("一", "答一", [], 1).written
    assert [(r.question, r.rating) for r in FeedbackStore(db).records()] == [("一", 1)]
