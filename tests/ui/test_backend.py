"""The backend both front ends call: repeated questions are served from the answer cache."""

from __future__ import annotations

import json
import threading
import time

import pytest
from fastapi.testclient import TestClient

from assistant.answer import Answer
from assistant.cache import AnswerCache
from ui.backend import FairLock


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
