"""A bounded cache of finished answers, for the questions people ask again and again.

    cache = AnswerCache(1024)
    answer = cache.get(question, history, mode)      # None on a miss
    cache.put(question, history, mode, answer)        # stored only when it is safe to reuse

An extractive answer is a pure function of (question, history, mode) over one index, so a
repeat can be served from memory: the server then answers a popular question in well under a
millisecond instead of spending ≈ 30 ms of CPU on the embedding and the search. Answers that
depend on the moment are never stored: degraded ones (vector search unavailable), ones that
carry a notice (an LLM fallback, a condensation failure) and LLM answers. The cache belongs to one
index; whoever swaps the index clears it. Least recently used entries go first, so memory
stays flat however many distinct questions arrive.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace

from assistant.answer import Answer
from assistant.conversation import Turn

Key = tuple[str, tuple[tuple[str, str], ...], str]


def cache_key(question: str, history: Sequence[Turn], mode: str) -> Key:
    """Exact text, not normalised: the script of the question decides the script of the answer."""
    return (question.strip(), tuple((t.role, t.content) for t in history), mode)


def reusable(answer: Answer) -> bool:
    return answer.mode == "extractive" and answer.notice is None and not getattr(answer, "degraded", False)


class AnswerCache:
    def __init__(self, size: int) -> None:
        if size < 0:
            raise ValueError(f"answer cache size must be 0 (off) or more, got {size}")
        self.size = size
        self.hits = 0
        self.misses = 0
        self._items: OrderedDict[Key, Answer] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, question: str, history: Sequence[Turn], mode: str) -> Answer | None:
        if not self.size:
            return None
        t0 = time.perf_counter()
        key = cache_key(question, history, mode)
        with self._lock:
            answer = self._items.get(key)
            if answer is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
        # the caller's own wording and timing; text, citations and query are those computed before
        return replace(
            answer, question=question, timings_ms={"total_ms": (time.perf_counter() - t0) * 1000, "cached": 1.0}
        )

    def recheck(self, question: str, history: Sequence[Turn], mode: str) -> Answer | None:
        """`get` again after waiting for a turn: a hit turns the earlier miss into a hit."""
        if not self.size:
            return None
        with self._lock:
            found = cache_key(question, history, mode) in self._items
            if found:
                self.misses -= 1
        return self.get(question, history, mode) if found else None

    def put(self, question: str, history: Sequence[Turn], mode: str, answer: Answer) -> bool:
        """Keep `answer` to the question as asked; False when it must not be reused (or the cache is off)."""
        if not self.size or not reusable(answer):
            return False
        key = cache_key(question, history, mode)
        with self._lock:
            self._items[key] = answer
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return True

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __contains__(self, key: object) -> bool:
        """Whether an answer is stored under `key` (a `cache_key`); not counted as a hit or miss."""
        with self._lock:
            return key in self._items

    def __len__(self) -> int:
        return len(self._items)

    def stats(self) -> dict[str, float]:
        asked = self.hits + self.misses
        return {
            "size": self.size,
            "entries": len(self._items),
            "hits": self.hits,
            "misses": self.misses,
            "hit_rate": round(self.hits / asked, 3) if asked else 0.0,
        }
