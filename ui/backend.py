"""The one object the chat UI and the JSON API both call: answers, search, the plan tree, tasks.

    backend = Backend(open_assistant(settings, progress=True), FeedbackStore(settings.feedback_db))
    backend.ask("海珠濕地有甚麼規劃？").citations[0].breadcrumb
    backend.section(9, 2)["items"][0]["text"]

A few questions are searched side by side (`concurrency`, default 4), the rest queue here
first come, first served instead of competing for the cores. A question asked again is answered
from the answer cache without queueing, and one asked while the same question is being answered
waits for that answer instead of computing it a second time.
"""

from __future__ import annotations

import itertools
import threading
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from typing import Any

from assistant.answer import Answer
from assistant.cache import AnswerCache, Key, cache_key
from assistant.conversation import Turn
from assistant.events import Composed, Delta, Event, Final
from assistant.service import Assistant
from corpus.models import Plan, Table, Task
from corpus.records import PlanRecords, records_for
from retrieval.search import SearchResult
from ui.feedback import FeedbackStore


class FairLock:
    """First come, first served, with up to `permits` holders at once: under load a waiting
    question is not overtaken by later ones (`threading.Lock` and `Semaphore` wake waiters in
    no particular order, which stretches the slowest waits).

    A leaving holder hands its permit straight to the longest waiter, waking that thread alone:
    a shared condition would wake every waiter on each release only for all but one to sleep
    again, which on a busy server costs a measurable share of the CPU."""

    def __init__(self, permits: int = 1) -> None:
        if not isinstance(permits, int) or permits < 1:
            raise ValueError(f"permits must be a positive integer, got {permits!r}")
        self.permits = permits
        self._mutex = threading.Lock()
        self._free = permits
        self._waiting: deque[threading.Lock] = deque()  # one locked gate per waiter, in arrival order

    def __enter__(self) -> None:
        with self._mutex:
            if self._free and not self._waiting:
                self._free -= 1
                return
            gate = threading.Lock()
            gate.acquire()
            self._waiting.append(gate)
        gate.acquire()  # opened by the holder that hands this thread its permit

    @property
    def waiting(self) -> int:
        """Threads queued for a permit now."""
        return len(self._waiting)

    def __exit__(self, *exc: object) -> None:
        with self._mutex:
            if self._waiting:
                self._waiting.popleft().release()  # the permit passes on without being freed
            else:
                self._free += 1


class Backend:
    def __init__(
        self,
        assistant: Assistant,
        feedback: FeedbackStore,
        *,
        default_mode: str = "extractive",
        cache_size: int = 1024,
        concurrency: int = 4,
    ) -> None:
        if default_mode not in ("extractive", "llm"):
            raise ValueError(f"default_mode must be 'extractive' or 'llm', got {default_mode!r}")
        self.assistant = assistant
        self.feedback = feedback
        self.default_mode = default_mode
        self.plan: Plan = assistant.plan
        self.records: PlanRecords = records_for(self.plan)
        self.tasks: tuple[Task, ...] = self.records.tasks
        self.tables: tuple[Table, ...] = self.records.tables
        self._lock = FairLock(concurrency)
        self.cache = AnswerCache(cache_size)
        # questions being answered now (cacheable ones): a second asker waits for the first's answer
        self._inflight: dict[Key, threading.Event] = {}
        self._inflight_mutex = threading.Lock()

    @property
    def lock(self) -> FairLock:
        """Held while a question is searched: whatever else searches with this assistant (an evaluation run) takes it too."""
        return self._lock

    # -- answers and search ---------------------------------------------------------------
    def cached(self, question: str, history: Sequence[Turn] = (), mode: str | None = None) -> Answer | None:
        """The cached answer to this question, or None (counted as a cache hit or miss): an
        async route checks here first and needs a worker thread only for a miss."""
        return self.cache.get(question, history, mode or self.default_mode)

    def stream(
        self, question: str, history: Sequence[Turn] = (), mode: str | None = None, *, cache_checked: bool = False
    ) -> Iterator[Event]:
        """`Assistant.stream`'s events: `Composed`, `Delta`s (or a `Reset`), then `Final`.

        Search and composition run before the first event, so a turn is held only until then;
        an LLM's reply streams afterwards without holding other questions up. A question asked
        before (same words, history and mode) is answered from `self.cache` without the lock;
        `cache_checked`: the caller has just asked `cached()`, which missed.
        """
        mode = mode or self.default_mode
        cached = None if cache_checked else self.cache.get(question, history, mode)
        if cached is not None:
            yield from self._replay(cached)
            return
        key, done = self._lead(question, history, mode)
        if done is None and (cached := self.cache.recheck(question, history, mode)) is not None:
            yield from self._replay(cached)  # answered by the same question asked just before
            return
        try:
            with self._lock:
                cached = self.cache.recheck(question, history, mode)  # answered while this one waited
                if cached is None:
                    events = self.assistant.stream(question, tuple(history), mode)
                    first = next(events)
            if cached is not None:
                yield from self._replay(cached)
                return
            for event in itertools.chain([first], events):
                if isinstance(event, Final):
                    self.cache.put(question, history, mode, event.answer)
                    self._release(key, done)  # waiters go on now, whenever this stream is read to its end
                yield event
        finally:
            self._release(key, done)

    def _release(self, key: Key, done: threading.Event | None) -> None:
        """Let the waiters for this question go (once; nothing when this caller led nothing)."""
        if done is None or done.is_set():
            return
        with self._inflight_mutex:
            if self._inflight.get(key) is done:
                del self._inflight[key]
        done.set()

    def _lead(self, question: str, history: Sequence[Turn], mode: str) -> tuple[Key, threading.Event | None]:
        """Single flight: when the same question (words, history, mode) is being answered now,
        wait for that answer instead of computing it again (it lands in the cache; if it could
        not be cached, this one is computed after all). Returns the key and, when this caller
        answers it, the event its waiters wait on."""
        key = cache_key(question, history, mode)
        if not self.cache.size or mode != "extractive":
            return key, None
        while True:
            with self._inflight_mutex:
                running = self._inflight.get(key)
                if running is None:
                    done = self._inflight[key] = threading.Event()
                    return key, done
            running.wait()
            if key in self.cache:
                return key, None

    @staticmethod
    def _replay(answer: Answer) -> Iterator[Event]:
        """A cached answer as the same events as a fresh one: composed, its text, then the answer."""
        yield Composed()
        yield Delta(answer.text)
        yield Final(answer)

    def ask(
        self, question: str, history: Sequence[Turn] = (), mode: str | None = None, *, cache_checked: bool = False
    ) -> Answer:
        for event in self.stream(question, history, mode, cache_checked=cache_checked):
            if isinstance(event, Final):
                return event.answer
        raise AssertionError("Assistant.stream ends with a Final event")

    def search(self, query: str, k: int = 5) -> SearchResult:
        with self._lock:
            return self.assistant.search.search(query, k=k)

    # -- the plan ---------------------------------------------------------------------------
    def tables_in(self, chapter_no: int, section_no: int) -> list[Table]:
        return self.records.tables_in(chapter_no, section_no)

    def outline(self) -> dict[str, Any]:
        """Title, issuing notice and the 章/節 tree with item counts and 專欄 titles."""
        return self.records.outline()

    def section(self, chapter_no: int, section_no: int) -> dict[str, Any]:
        """One 節 with its body lines; `SectionNotFoundError` names the valid numbers."""
        return self.records.section(chapter_no, section_no)

    def find_tasks(self, query: str) -> list[dict[str, Any]]:
        """Tasks matching every term of `query` (all tasks for an empty query), with their 章/節."""
        return [
            dict(asdict(t), breadcrumb=self.plan.breadcrumb(t.chapter_no, t.section_no))
            for t in self.records.find_tasks(query)
        ]

    # -- health ---------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        """Liveness plus a live probe of vector search: "status" is "degraded" (still HTTP 200:
        answers keep coming, by keyword search) when `dense_search.reason` needs attention."""
        search = self.assistant.search
        st = search.status
        dense = search.dense_health()
        return {
            "status": "degraded" if dense.state == "degraded" else "ok",
            "dense_search": {"state": dense.state, "reason": dense.reason},
            "plan": self.plan.title,
            "answer_cache": self.cache.stats(),
            "index": None
            if st is None
            else {
                "ready": True,
                "built_at_startup": st.built,
                "n_chunks": st.n_chunks,
                "key": st.key.digest,
                "embedder_id": st.key.embedder_id,
                "seconds": round(st.seconds, 2),
                "dense_search": search.store is not None and search.embedder is not None,
            },
        }
