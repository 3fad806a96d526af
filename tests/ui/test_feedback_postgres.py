"""Feedback in a real PostgreSQL server: what holds for the SQLite file holds here too — ratings
changed and withdrawn, the queue while the database is down or read-only, each rating written
once (across stores, as across replicas), and the export."""

from __future__ import annotations

import io
import json
import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.settings import Settings
from tests.services import PostgresServer
from ui.feedback import FeedbackError, FeedbackStore, export, open_feedback

pytestmark = pytest.mark.slow

CITATIONS = [
    {"chapter_no": 3, "section_no": 1, "breadcrumb": "第三章 … > 第一節", "quote": "建設濱水步道。", "lines": [88]}
]


@pytest.fixture(scope="module")
def pg() -> Iterator[PostgresServer]:
    with PostgresServer() as server:
        yield server


@pytest.fixture
def db(pg: PostgresServer) -> str:
    pg.sql("DROP TABLE IF EXISTS feedback")
    return pg.url


def store_for(url: str, tmp_path: Path, **kw: object) -> FeedbackStore:
    return FeedbackStore(url, timeout_s=2, retry_s=None, spool_dirs=[tmp_path / "spool"], **kw)  # type: ignore[arg-type]


def rows(pg: PostgresServer) -> list[tuple[str, int]]:
    return [(q, r) for q, r in pg.sql("SELECT question, rating FROM feedback ORDER BY id")]


def test_rate_change_withdraw_and_export(db: str, pg: PostgresServer, tmp_path: Path) -> None:
    store = store_for(db, tmp_path)
    with pytest.raises(FeedbackError, match="no feedback recorded yet"):
        store.records()
    a = store.rate("濱水步道在哪一節？", "在第三章第一節。", CITATIONS, 1, mode="extractive", query="濱水步道")
    b = store.rate("越秀區人口？", "綱要沒有寫到。", [], -1)
    assert a.written and b.written
    assert store.change(a.uid, -1).written and store.change(b.uid, 0).written
    assert rows(pg) == [("濱水步道在哪一節？", -1)]
    out = io.StringIO()
    assert export(store.records(), "jsonl", out) == 1
    line = json.loads(out.getvalue())
    assert line["citations"] == CITATIONS and line["query"] == "濱水步道" and line["created_at"].endswith("+00:00")
    assert "password" not in store.where and store.where.startswith("postgresql+psycopg://plan@127.0.0.1")


def test_the_same_id_twice_is_one_row(db: str, pg: PostgresServer, tmp_path: Path) -> None:
    first, second = store_for(db, tmp_path / "a"), store_for(db, tmp_path / "b")  # two replicas
    assert first.rate("問一", "答一", [], 1, uid="client-id-0001").written
    assert second.rate("問一", "答一", [], 1, uid="client-id-0001").written  # a retry through the other one
    assert pg.sql("SELECT uid, count(*) FROM feedback GROUP BY uid") == [("client-id-0001", 1)]


def test_two_stores_at_once_lose_and_double_nothing(db: str, pg: PostgresServer, tmp_path: Path) -> None:
    stores = [store_for(db, tmp_path / str(n)) for n in range(2)]
    uids: list[str] = []

    def rate_many(store: FeedbackStore, n: int) -> None:
        for i in range(25):
            uids.append(store.rate(f"問{n}-{i}", "答", [], 1 if i % 2 else -1).uid)

    threads = [threading.Thread(target=rate_many, args=(s, n)) for n, s in enumerate(stores)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(s.flush() for s in stores)  # a first-write race on the table queues; the next write catches up
    counts = dict(pg.sql("SELECT uid, count(*) FROM feedback GROUP BY uid"))
    assert sorted(counts) == sorted(uids) and set(counts.values()) == {1}


def test_database_down_queues_then_writes_each_once(
    db: str, pg: PostgresServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = store_for(db, tmp_path)
    first = store.rate("一", "答一", [], 1)
    pg.stop()
    try:
        with caplog.at_level(logging.WARNING, logger="plan_assistant.feedback"):
            second = store.rate("二", "答二", [], -1)
            store.change(first.uid, -1)
            third = store.rate("三", "答三", [], 1)
            assert not second.written and not third.written and store.pending == 3
        assert "feedback not written" in caplog.text and "PLAN_ASSISTANT_FEEDBACK_URL" in caplog.text
        spool = store.spool_paths[0]
        left_behind = spool.read_text(encoding="utf-8")
        assert len(left_behind.splitlines()) == 3
    finally:
        pg.start()
    assert store.flush() and store.pending == 0 and not spool.exists()
    assert rows(pg) == [("一", -1), ("二", -1), ("三", 1)]
    # a replica that died after writing but before removing its spool: the next one writes it again, nothing doubles
    spool.write_text(left_behind, encoding="utf-8")
    again = store_for(db, tmp_path)
    assert again.pending == 3 and again.flush()
    assert rows(pg) == [("一", -1), ("二", -1), ("三", 1)]


def test_read_only_database_queues(db: str, pg: PostgresServer, tmp_path: Path) -> None:
    store = store_for(db, tmp_path)
    assert store.rate("一", "答一", [], 1).written
    pg.sql("ALTER DATABASE postgres SET default_transaction_read_only = on")
    pg.sql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'postgres' AND pid <> pg_backend_pid()"
    )
    try:
        receipt = store.rate("二", "答二", [], -1)
        assert not receipt.written and receipt.pending == 1
    finally:
        pg.sql("ALTER DATABASE postgres SET default_transaction_read_only = off", dbname="template1")
        pg.sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'postgres' AND pid <> pg_backend_pid()"
        )
    assert store.flush() and rows(pg) == [("一", 1), ("二", -1)]


def test_settings_pick_the_database(pg: PostgresServer, tmp_path: Path) -> None:
    assert open_feedback(Settings(feedback_db=tmp_path / "fb.sqlite3")).path == tmp_path / "fb.sqlite3"  # the default
    store = open_feedback(Settings(feedback_url=pg.url, port=7861))
    assert store.path is None and store.url.drivername == "postgresql+psycopg"
    assert (
        "7861" not in store.spool_paths[0].name
        and store.spool_paths[0] != open_feedback(Settings(feedback_url=pg.url, port=7862)).spool_paths[0]
    )  # replicas in one folder keep separate queues


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://u@h/db", "SQLite or PostgreSQL"),
        ("postgresql://plan@127.0.0.1:notaport/x", "bad feedback database URL"),
    ],
)
def test_bad_urls_say_what_to_set(url: str, message: str) -> None:
    with pytest.raises(FeedbackError, match=message) as info:
        FeedbackStore(url)
    assert "PLAN_ASSISTANT_FEEDBACK_URL" in str(info.value)
