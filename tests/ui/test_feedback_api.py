"""`POST /api/feedback` in-process, and whose X-Forwarded-For the per-client rate limit believes."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.service import Assistant
from tests.ui.conftest import settings_for
from ui.backend import Backend
from ui.feedback import FeedbackStore
from ui.server import create_app

CITATION = {
    "chapter_no": 9,
    "chapter_title": "建設美麗海珠",
    "section_no": 2,
    "section_title": "嚴格執行污染防治",
    "breadcrumb": "第九章 … > 第二節 嚴格執行污染防治",
    "quote": "提升固體廢物處理能力。",
    "lines": [276],
}


def body(**extra: object) -> dict[str, object]:
    return {"rating": 1, "question": "固體廢物在哪一節？", "answer": "第九章第二節。", "citations": [CITATION]} | extra


def rows(db: Path) -> list[tuple[str, int, str]]:
    with closing(sqlite3.connect(db)) as conn:
        return list(conn.execute("SELECT uid, rating, citations FROM feedback ORDER BY id"))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "fb.sqlite3"


@pytest.fixture
def client(keyword_assistant: Assistant, db: Path, tmp_path: Path) -> TestClient:
    return TestClient(
        create_app(settings_for(tmp_path / "index", db), keyword_assistant), raise_server_exceptions=False
    )


def test_a_rating_with_its_own_id_is_stored_once(client: TestClient, db: Path) -> None:
    first = client.post("/api/feedback", json=body(id="my-rating-0001"))
    assert first.status_code == 200 and first.json() == {"id": "my-rating-0001", "written": True, "pending": 0}
    again = client.post("/api/feedback", json=body(id="my-rating-0001", rating=-1))  # a retry: the first one stands
    assert again.status_code == 200 and again.json()["id"] == "my-rating-0001"
    made_up = client.post("/api/feedback", json=body(rating=-1))
    assert made_up.status_code == 200 and len(made_up.json()["id"]) == 32
    stored = rows(db)
    assert [(uid, rating) for uid, rating, _ in stored] == [("my-rating-0001", 1), (made_up.json()["id"], -1)]
    assert '"第九章 … > 第二節 嚴格執行污染防治"' in stored[0][2]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"rating": 0}, "rating"),
        ({"rating": "1"}, "rating"),
        ({"id": "short"}, "id"),
        ({"id": "has spaces in it"}, "id"),
        ({"question": "  "}, "question"),
        ({"citations": [{"quote": "x"}]}, "citations"),
        ({"citations": [CITATION] * 51}, "citations"),
        ({"answer": "長" * 20_001}, "answer"),
        ({"extra": 1}, "extra"),
    ],
)
def test_bad_ratings_are_422_naming_the_field(
    client: TestClient, db: Path, fields: dict[str, object], field: str
) -> None:
    r = client.post("/api/feedback", json=body(**fields))
    assert r.status_code == 422 and field in r.json()["error"]["message"]
    assert not db.exists()


def test_a_locked_database_queues_the_rating(client: TestClient, db: Path) -> None:
    backend: Backend = client.app.state.backend  # type: ignore[attr-defined]
    backend.feedback = FeedbackStore(db, timeout_s=0.1, retry_s=None)
    assert client.post("/api/feedback", json=body(id="before-the-lock")).json()["written"]
    with closing(sqlite3.connect(db, timeout=0, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")
        r = client.post("/api/feedback", json=body(id="during-the-lock"))
        assert r.status_code == 200 and r.json() == {"id": "during-the-lock", "written": False, "pending": 1}
        other.execute("ROLLBACK")
    assert client.post("/api/feedback", json=body(id="after-the-lock")).json()["written"]
    assert [uid for uid, _, _ in rows(db)] == ["before-the-lock", "during-the-lock", "after-the-lock"]


def proxied_client(assistant: Assistant, tmp_path: Path, peer: str, trusted: str) -> TestClient:
    settings = settings_for(tmp_path / "index", tmp_path / "fb.sqlite3").model_copy(
        update={"rate_limit_per_minute": 2, "trusted_proxies": trusted}
    )
    return TestClient(create_app(settings, assistant), client=(peer, 40000), raise_server_exceptions=False)


def search(client: TestClient, forwarded_for: str) -> int:
    r = client.post("/api/search", json={"query": "濕地"}, headers={"X-Forwarded-For": forwarded_for})
    return r.status_code


def test_a_trusted_proxy_names_the_client(keyword_assistant: Assistant, tmp_path: Path) -> None:
    client = proxied_client(keyword_assistant, tmp_path, "10.0.0.7", "10.0.0.0/24")
    assert [search(client, "198.51.100.1") for _ in range(3)] == [200, 200, 429]
    assert search(client, "198.51.100.2") == 200  # another citizen behind the same proxy
    assert search(client, "198.51.100.9, 198.51.100.1") == 429  # the address the proxy added counts, not the rest


def test_forwarded_headers_from_anyone_else_are_ignored(keyword_assistant: Assistant, tmp_path: Path) -> None:
    client = proxied_client(keyword_assistant, tmp_path, "192.0.2.50", "10.0.0.7")
    assert [search(client, f"198.51.100.{i}") for i in range(3)] == [200, 200, 429]  # one client, whatever it says
    nobody = proxied_client(keyword_assistant, tmp_path, "10.0.0.7", "")
    assert [search(nobody, f"198.51.100.{i}") for i in range(3)] == [200, 200, 429]  # '' trusts no proxy


def test_trusted_proxies_must_be_addresses() -> None:
    from pydantic import ValidationError

    from assistant.settings import Settings

    with pytest.raises(ValidationError, match="not an IP address or network"):
        Settings(trusted_proxies="10.0.0.1, proxy.example")
    assert Settings(trusted_proxies="10.0.0.1, 10.1.0.0/16, ::1").trusted_proxies
