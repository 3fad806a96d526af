"""Micro-batching: callers on many threads share one call of a batch function.

    embed_one = MicroBatcher(lambda texts: list(model.embed(texts)), max_batch=16)
    vector = embed_one("海珠湿地有什么规划？")   # from any thread

A caller that finds the function idle runs it at once on its own item plus whatever is already
waiting (never waiting for more to arrive), so a lone caller pays nothing. Callers arriving
while it runs queue up; when it returns, one of them runs the next batch for all that queued.
Under load the function therefore runs back to back on batches of whatever arrived during the
previous call: on a CPU-bound model, one call of n items costs far less than n calls, because
the weights are streamed once and the threads synchronise once per step instead of n times.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class _Slot(Generic[T, R]):
    __slots__ = ("item", "result", "error", "done")

    def __init__(self, item: T) -> None:
        self.item = item
        self.result: R | None = None
        self.error: BaseException | None = None
        self.done = False


class MicroBatcher(Generic[T, R]):
    """Calls `fn(items)` → one result per item, in order; `max_batch` caps a call's items."""

    def __init__(self, fn: Callable[[list[T]], Sequence[R]], max_batch: int = 16) -> None:
        if not isinstance(max_batch, int) or max_batch < 1:
            raise ValueError(f"max_batch must be a positive integer, got {max_batch!r}")
        self._fn = fn
        self.max_batch = max_batch
        self._cond = threading.Condition()
        self._waiting: list[_Slot[T, R]] = []
        self._busy = False
        self.calls = 0  # batch calls made (for tests and benchmarks)
        self.items = 0  # items they carried

    def __call__(self, item: T) -> R:
        """`fn([item, …])`'s result for `item`; an exception `fn` raised is raised here too, in
        every caller whose item was in that batch."""
        slot: _Slot[T, R] = _Slot(item)
        with self._cond:
            self._waiting.append(slot)
            self._cond.wait_for(lambda: slot.done or not self._busy)
            if not slot.done:  # idle: run this item and the oldest others waiting
                self._waiting.remove(slot)
                batch = [slot, *self._waiting[: self.max_batch - 1]]
                del self._waiting[: self.max_batch - 1]
                self._busy = True
        if not slot.done:
            self._run(batch)
        if slot.error is not None:
            raise slot.error
        return slot.result  # type: ignore[return-value]

    def _run(self, batch: list[_Slot[T, R]]) -> None:
        try:
            results = list(self._fn([s.item for s in batch]))
            if len(results) != len(batch):
                raise RuntimeError(f"the batch function returned {len(results)} results for {len(batch)} items")
            for s, r in zip(batch, results):
                s.result = r
        except BaseException as exc:  # handed to every caller of this batch, raised in each
            for s in batch:
                s.error = exc
        finally:
            with self._cond:
                for s in batch:
                    s.done = True
                self._busy = False
                self.calls += 1
                self.items += len(batch)
                self._cond.notify_all()
