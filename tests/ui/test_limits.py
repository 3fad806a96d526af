"""Admission control: per-client rate limit (429) and a bounded number of answers in flight (503)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.service import Assistant
from tests.ui.conftest import settings_for
from ui.limits import PendingLimit, RateLimiter
from ui.server import create_app


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_token_bucket_per_client() -> None:
    clock = Clock()
    limiter = RateLimiter(per_minute=3, clock=clock)
    assert [limiter.check("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    wait = limiter.check("a")
    assert 19 < wait <= 20  # one token every 20 s
    assert limiter.check("b") == 0.0  # another client is not affected
    clock.now += 20
    assert limiter.check("a") == 0.0
    assert limiter.check("a") > 0


def test_zero_means_no_limit() -> None:
    limiter = RateLimiter(per_minute=0)
    assert all(limiter.check("a") == 0.0 for _ in range(1000))


def test_pending_limit() -> None:
    pending = PendingLimit(limit=2)
    assert pending.enter() and pending.enter()
    assert not pending.enter()
    pending.leave()
    assert pending.enter()


@pytest.fixture
def limited_client(keyword_assistant: Assistant, tmp_path: Path) -> Iterator[TestClient]:
    settings = settings_for(tmp_path / "index", tmp_path / "fb.sqlite3").model_copy(update={"rate_limit_per_minute": 3})
    with TestClient(create_app(settings, keyword_assistant), raise_server_exceptions=False) as c:
        yield c


def test_api_answers_429_over_the_limit(limited_client: TestClient) -> None:
    codes = [limited_client.post("/api/ask", json={"question": "夜间经济有什么规划"}).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    r = limited_client.post("/api/search", json={"query": "夜间经济"})
    assert r.status_code == 429
    assert int(r.headers["Retry-After"]) >= 1
    body = r.json()["error"]
    assert body["type"] == "rate_limit_error" and "try again" in body["message"]
    # reading the plan is not limited
    assert limited_client.get("/api/outline").status_code == 200


def test_api_answers_503_when_full(limited_client: TestClient) -> None:
    pending = limited_client.app.state.pending_limit  # type: ignore[attr-defined]
    pending.limit = 0
    r = limited_client.post("/api/ask", json={"question": "夜间经济有什么规划"})
    assert r.status_code == 503 and r.headers["Retry-After"] == "1"
    assert r.json()["error"]["type"] == "overloaded_error"


def test_chat_ui_queue_is_bounded_too(keyword_assistant: Assistant, tmp_path: Path) -> None:
    """The chat UI's own event queue stops at `max_pending` waiting events: a flood through
    Gradio's endpoints (here its public `/ask`, which shares the chat's slots) gets 503 at once,
    and the events already taken still finish."""
    settings = settings_for(tmp_path / "index", tmp_path / "fb.sqlite3").model_copy(update={"max_pending": 2})
    app = create_app(settings, keyword_assistant)
    lock = app.state.backend._lock
    with TestClient(app, raise_server_exceptions=False) as c:
        for _ in range(lock.permits):  # every permit held: every answer now waits, as on a busy server
            lock.__enter__()
        try:
            replies = [c.post("/gradio_api/call/ask", json={"data": [f"夜间经济 {n}", []]}) for n in range(10)]
        finally:
            for _ in range(lock.permits):
                lock.__exit__(None, None, None)
        codes = [r.status_code for r in replies]
        taken = codes.count(200)
        assert 2 <= taken <= 2 + 4, codes  # 2 waiting, plus up to 4 already running (concurrency_limit)
        assert codes == [200] * taken + [503] * (10 - taken)
        assert "Queue is full" in replies[-1].json()["detail"]
        done = c.get(f"/gradio_api/call/ask/{replies[0].json()['event_id']}")  # a taken event is answered
        assert "event: complete" in done.text
        text, citations, refused = [
            json.loads(line[5:]) for line in done.text.splitlines() if line.startswith("data:")
        ][-1]
        assert refused is False and citations and citations[0]["quote"] in text
