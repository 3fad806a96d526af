"""The backend both front ends call: repeated questions are served from the answer cache."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.answer import Answer
from assistant.cache import AnswerCache
from assistant.conversation import Turn
from assistant.events import Composed, Event, Final
from corpus.models import Plan
from ui.backend import Backend, FairLock
from ui.feedback import FeedbackStore


def test_a_repeated_question_is_answered_from_the_cache_with_the_same_citations(client: TestClient) -> None:
    question = "十四五期間海珠區要新建多少所學校？（緩存測試）"
    before = client.get("/healthz").json()["answer_cache"]
    first = client.post("/api/ask", json={"question": question}).json()
    second = client.post("/api/ask", json={"question": question}).json()
    after = client.get("/healthz").json()["answer_cache"]
    assert "cached" not in first["timings_ms"]
    assert second["timings_ms"]["cached"] == 1.0
    assert (second["text"], second["citations"], second["query"]) == (first["text"], first["citations"], first["query"])
    assert after["hits"] == before["hits"] + 1
    assert after["misses"] == before["misses"] + 1  # the miss is counted once, though checked in two places


def test_a_cached_answer_streams_its_text_like_a_fresh_one(client: TestClient) -> None:
    question = "垃圾分類有什麼安排？（緩存串流）"
    body = {"model": "plan-assistant", "messages": [{"role": "user", "content": question}]}
    fresh = client.post("/v1/chat/completions", json=body).json()["choices"][0]["message"]["content"]
    with client.stream("POST", "/v1/chat/completions", json=body | {"stream": True}) as r:
        lines = [line for line in r.iter_lines() if line.startswith("data: {")]
    streamed = "".join(json.loads(line[6:])["choices"][0]["delta"].get("content", "") for line in lines)
    assert streamed == fresh


def test_the_answer_lock_serves_waiters_in_arrival_order() -> None:
    lock = FairLock()
    order: list[int] = []

    def waiter(n: int) -> None:
        with lock:
            order.append(n)

    threads = []
    with lock:  # everyone queues behind this
        for n in range(6):
            t = threading.Thread(target=waiter, args=(n,))
            t.start()
            threads.append(t)
            deadline = time.monotonic() + 5
            while lock.waiting != n + 1 and time.monotonic() < deadline:  # n is in the queue
                time.sleep(0.001)
    for t in threads:
        t.join(5)
    assert order == list(range(6))


def test_a_question_answered_while_another_waited_is_not_computed_twice() -> None:
    cache = AnswerCache(4)
    a = Answer("問題", "答", (), False, "extractive", "問題")
    assert cache.get("問題", (), "extractive") is None  # the waiter's first look: a miss
    cache.put("問題", (), "extractive", a)  # meanwhile the first asker finished
    assert cache.recheck("問題", (), "extractive") is not None
    assert (cache.hits, cache.misses) == (1, 0)


def test_the_answer_lock_lets_permits_holders_in_at_once_and_the_rest_in_arrival_order() -> None:
    lock = FairLock(permits=2)
    inside: list[int] = []
    peak = [0]
    gate = threading.Event()
    guard = threading.Lock()

    def holder(n: int) -> None:
        with lock:
            with guard:
                inside.append(n)
                peak[0] = max(peak[0], len(inside))
            gate.wait(5)
            with guard:
                inside.remove(n)

    threads = [threading.Thread(target=holder, args=(n,)) for n in range(5)]
    for n, t in enumerate(threads):
        t.start()
        deadline = time.monotonic() + 5
        while len(inside) + lock.waiting != n + 1 and time.monotonic() < deadline:  # n is in, or queued
            time.sleep(0.001)
    deadline = time.monotonic() + 5
    while len(inside) < 2 and time.monotonic() < deadline:
        time.sleep(0.001)
    assert sorted(inside) == [0, 1] and lock.waiting == 3  # the first two hold it together; 2, 3, 4 wait
    gate.set()
    for t in threads:
        t.join(5)
    assert peak[0] == 2 and not inside


def test_the_answer_lock_needs_a_positive_number_of_permits() -> None:
    with pytest.raises(ValueError, match="permits must be a positive integer"):
        FairLock(permits=0)


class CountingAssistant:
    """Stands in for the assistant behind the backend: counts the questions it computes, each
    taking a moment, so that a second asker arrives while the first is still being answered."""

    def __init__(self, plan: Plan, notice: str | None = None) -> None:
        self.plan = plan
        self.notice = notice
        self.calls = 0

    def stream(self, question: str, history: tuple[Turn, ...], mode: str) -> Iterator[Event]:
        self.calls += 1
        time.sleep(0.3)
        yield Composed()
        yield Final(Answer(question, "答：水鄉公園。", (), False, mode, question, notice=self.notice))


def ask_together(backend: Backend, questions: list[str]) -> list[Answer]:
    with ThreadPoolExecutor(max_workers=len(questions)) as pool:
        futures = []
        for q in questions:
            futures.append(pool.submit(backend.ask, q))
            time.sleep(0.05)  # in this order, the later ones while the first is busy
        return [f.result(10) for f in futures]


def test_the_same_question_asked_while_it_is_being_answered_waits_for_that_answer(plan: Plan, tmp_path: Path) -> None:
    fake = CountingAssistant(plan)
    backend = Backend(fake, FeedbackStore(tmp_path / "fb.sqlite3"), cache_size=8)  # type: ignore[arg-type]
    answers = ask_together(backend, ["水鄉公園在哪？", "水鄉公園在哪？", "水鄉公園在哪？", "另一個問題？"])
    assert fake.calls == 2  # once per distinct question
    assert len({a.text for a in answers}) == 1
    assert backend.cache.stats()["hits"] == 2 and not backend._inflight


def test_an_answer_that_cannot_be_cached_is_computed_for_each_asker(plan: Plan, tmp_path: Path) -> None:
    fake = CountingAssistant(plan, notice="the model did not answer in time")  # such answers are never reused
    backend = Backend(fake, FeedbackStore(tmp_path / "fb.sqlite3"), cache_size=8)  # type: ignore[arg-type]
    ask_together(backend, ["水鄉公園在哪？", "水鄉公園在哪？"])
    assert fake.calls == 2 and not backend._inflight


def test_waiters_go_on_once_the_answer_is_there_even_if_its_stream_is_left_open(plan: Plan, tmp_path: Path) -> None:
    fake = CountingAssistant(plan)
    backend = Backend(fake, FeedbackStore(tmp_path / "fb.sqlite3"), cache_size=8)  # type: ignore[arg-type]
    stream = backend.stream("水鄉公園在哪？")
    with ThreadPoolExecutor(max_workers=1) as pool:
        next(stream)  # the first asker is being answered …
        waiter = pool.submit(backend.ask, "水鄉公園在哪？")
        assert any(isinstance(e, Final) for e in stream)  # … and has its answer, its stream still open
        assert waiter.result(5).text == "答：水鄉公園。"
    assert fake.calls == 1
