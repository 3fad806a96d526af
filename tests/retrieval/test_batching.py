"""The micro-batcher with real threads: callers that arrive while a call runs share the next one."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from retrieval.batching import MicroBatcher


class Recorder:
    """A batch function that records each call's items and thread, and can be held mid-call."""

    def __init__(self) -> None:
        self.calls: list[list[int]] = []
        self.threads: list[str] = []
        self.entered = threading.Event()
        self.release = threading.Event()
        self.release.set()

    def __call__(self, items: list[int]) -> list[int]:
        self.calls.append(list(items))
        self.threads.append(threading.current_thread().name)
        self.entered.set()
        assert self.release.wait(10), "the test never released the batch function"
        return [i * 10 for i in items]


def waiting(batcher: MicroBatcher[int, int]) -> int:
    with batcher._cond:
        return len(batcher._waiting)


def wait_until(predicate, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = threading.Event()
    for _ in range(1000):
        if predicate():
            return
        deadline.wait(0.01)
    raise AssertionError(f"timed out waiting until {what}")


def test_a_lone_call_runs_at_once_in_the_callers_thread() -> None:
    fn = Recorder()
    batcher = MicroBatcher(fn)
    assert batcher(4) == 40
    assert fn.calls == [[4]] and fn.threads == [threading.current_thread().name]
    assert (batcher.calls, batcher.items) == (1, 1)


def test_callers_arriving_during_a_call_share_the_next_one() -> None:
    fn = Recorder()
    batcher = MicroBatcher(fn, max_batch=16)
    fn.release.clear()
    with ThreadPoolExecutor(max_workers=9) as pool:
        first = pool.submit(batcher, 0)
        assert fn.entered.wait(10)
        later = [pool.submit(batcher, n) for n in range(1, 9)]
        wait_until(lambda: waiting(batcher) == 8, "eight callers wait")
        fn.release.set()
        assert first.result(10) == 0
        assert [f.result(10) for f in later] == [n * 10 for n in range(1, 9)]  # each caller gets its own result
    assert fn.calls[0] == [0]
    assert sorted(fn.calls[1]) == list(range(1, 9)) and len(fn.calls) == 2  # all eight in one call


def test_a_call_takes_at_most_max_batch_items() -> None:
    fn = Recorder()
    batcher = MicroBatcher(fn, max_batch=3)
    fn.release.clear()
    with ThreadPoolExecutor(max_workers=8) as pool:
        first = pool.submit(batcher, 0)
        assert fn.entered.wait(10)
        later = [pool.submit(batcher, n) for n in range(1, 8)]
        wait_until(lambda: waiting(batcher) == 7, "seven callers wait")
        fn.release.set()
        assert [f.result(10) for f in [first, *later]] == [n * 10 for n in range(8)]
    assert all(len(c) <= 3 for c in fn.calls) and sorted(i for c in fn.calls for i in c) == list(range(8))
    assert len(fn.calls) == 1 + 3  # 0, then 7 waiting in batches of 3, 3, 1


def test_an_error_reaches_every_caller_of_that_batch_and_the_next_call_works() -> None:
    boom = {"on": True}

    def fn(items: list[int]) -> list[int]:
        if boom["on"]:
            raise ValueError("model failed")
        return items

    batcher = MicroBatcher(fn)
    with pytest.raises(ValueError, match="model failed"):
        batcher(1)
    boom["on"] = False
    assert batcher(2) == 2


def test_a_batch_function_returning_the_wrong_count_is_an_error() -> None:
    batcher = MicroBatcher(lambda items: items[:-1])
    with pytest.raises(RuntimeError, match="returned 0 results for 1 items"):
        batcher(1)


def test_many_threads_each_get_their_own_result() -> None:
    batcher = MicroBatcher(lambda items: [f"r{i}" for i in items], max_batch=5)
    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(batcher, range(400)))
    assert results == [f"r{i}" for i in range(400)]
    assert batcher.items == 400


@pytest.mark.parametrize("bad", [0, -1, 2.5])
def test_max_batch_must_be_a_positive_integer(bad: object) -> None:
    with pytest.raises(ValueError, match="max_batch must be a positive integer"):
        MicroBatcher(lambda items: items, max_batch=bad)  # type: ignore[arg-type]
