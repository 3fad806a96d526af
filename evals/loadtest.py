"""Load test: `POST /api/ask` over loopback against a real uvicorn server — throughput, latency, errors, memory.

    python -m evals.loadtest --spawn                          # 2,000 requests at concurrency 16 on a server it starts
    python -m evals.loadtest --spawn --no-cache               # every request computed (the answer cache off)
    python -m evals.loadtest --url http://127.0.0.1:7860      # a server that is already running

Questions are a mix: the evaluation sets' single-turn questions when the repo has them (both
scripts, English, unanswerable ones), otherwise a built-in list; request i asks question
i mod n, so each distinct question recurs like a popular one does in real traffic. With
`--spawn` the server's resident memory is sampled through the run (is it flat?).

Bounded on purpose: a fixed number of requests at a fixed concurrency, loopback addresses only,
and a deadline after which it stops on its own.
"""

from __future__ import annotations

import argparse
import http.client
import ipaddress
import json
import math
import os
import sys
import threading
import time
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import httpx

from evals.process import uvicorn_server

QUESTIONS = (
    "海珠濕地有甚麼規劃？",
    "老旧小区改造有哪些安排？",
    "琶洲試驗區占地多大？",
    "十四五期間要引進多少家總部企業？",
    "提升固體廢物處理能力的任務在哪一節？",
    "「一區一谷一圈」分別指甚麼？",
    "垃圾分类有什么新措施？",
    "天河区十四五期间GDP目标是多少？",  # a refusal costs the same search
)
EVAL_SETS = ("evals/data/qa.jsonl", "evals/data/heldout.jsonl")


def question_mix(root: Path = Path(".")) -> tuple[str, ...]:
    """Distinct single-turn questions from the evaluation sets, in file order; the built-in list without them."""
    seen: dict[str, None] = {}
    for name in EVAL_SETS:
        path = root / name
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                item = json.loads(line)
            except ValueError:
                continue
            if isinstance(item, dict) and isinstance(item.get("question"), str) and not item.get("history"):
                seen.setdefault(item["question"], None)
    return tuple(seen) or QUESTIONS


@dataclass(frozen=True)
class MemoryTrace:
    """Resident memory (MB) of the server process, sampled through the run."""

    samples_mb: tuple[float, ...]

    def at(self, fraction: float) -> float:
        return (
            self.samples_mb[min(len(self.samples_mb) - 1, int(fraction * (len(self.samples_mb) - 1)))]
            if self.samples_mb
            else 0.0
        )

    def report(self) -> str:
        if not self.samples_mb:
            return "  server memory: not sampled (only with --spawn on Linux)"
        start, mid, end, peak = self.at(0), self.at(0.5), self.at(1), max(self.samples_mb)
        return f"  server RSS MB: start {start:.0f}  half-way {mid:.0f}  end {end:.0f}  peak {peak:.0f}  (second half {end - mid:+.0f} MB)"


@dataclass(frozen=True)
class LoadResult:
    requests: int
    errors: int
    concurrency: int
    seconds: float
    latencies_ms: tuple[float, ...]
    statuses: dict[str, int] = field(default_factory=dict)  # "200", "503", "timeout", …
    distinct_questions: int = 0
    memory: MemoryTrace = MemoryTrace(())
    cache: dict[str, float] = field(default_factory=dict)
    rejected_ms: tuple[float, ...] = ()  # how long a 429/503 took to come back

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        """Nearest-rank percentile: the value below which p % of the requests finished."""
        ordered = sorted(self.latencies_ms)
        if not ordered:
            return 0.0
        rank = max(1, min(len(ordered), math.ceil(p / 100 * len(ordered))))
        return ordered[rank - 1]

    def report(self) -> str:
        codes = ", ".join(f"{k}: {v}" for k, v in sorted(self.statuses.items()))
        lines = [
            f"POST /api/ask  requests={self.requests} concurrency={self.concurrency} distinct questions={self.distinct_questions} errors={self.errors}",
            f"  throughput {self.rps:.1f} req/s over {self.seconds:.1f} s   responses: {codes}",
            f"  latency ms (successful): p50 {self.percentile(50):.0f}  p95 {self.percentile(95):.0f}  p99 {self.percentile(99):.0f}  max {max(self.latencies_ms, default=0):.0f}",
            self.memory.report(),
        ]
        if self.rejected_ms:
            ordered = sorted(self.rejected_ms)
            lines.insert(
                3,
                f"  turned away (429/503): {len(ordered)}, answered in p50 {ordered[len(ordered) // 2]:.0f} ms, max {ordered[-1]:.0f} ms",
            )
        if self.cache:
            lines.append(
                f"  answer cache: {self.cache.get('hits', 0):.0f} hits, {self.cache.get('misses', 0):.0f} misses (hit rate {self.cache.get('hit_rate', 0):.2f})"
            )
        return "\n".join(lines)


def check_loopback(url: str) -> None:
    """Load is only ever sent to this machine."""
    host = urlparse(url).hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise SystemExit(
            f"refusing to load-test {host!r}: only loopback addresses (127.0.0.1, ::1, localhost) are allowed"
        )


def rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def run_load(
    url: str,
    requests: int = 2000,
    concurrency: int = 16,
    timeout_s: float = 600.0,
    questions: Sequence[str] = QUESTIONS,
    server_pid: int | None = None,
) -> LoadResult:
    check_loopback(url)
    if requests < 1 or concurrency < 1 or not questions:
        raise ValueError(
            f"requests and concurrency must be at least 1 and questions non-empty, got {requests}, {concurrency}, {len(questions)}"
        )
    deadline = time.monotonic() + timeout_s
    base = url.rstrip("/")
    endpoint = base + "/api/ask"
    samples: list[float] = []
    done = threading.Event()

    def sample() -> None:
        while server_pid is not None and not done.is_set():
            mb = rss_mb(server_pid)
            if mb is not None:
                samples.append(mb)
            done.wait(0.25)

    # the client shares the machine with the server: each worker thread keeps one keep-alive
    # connection of its own (the standard library's, no pool to share) and the bodies are encoded
    # once, so the client costs a fraction of what a pooled async-capable client would
    target = urlparse(endpoint)
    bodies = [json.dumps({"question": q}, ensure_ascii=False).encode() for q in questions]
    local = threading.local()
    opened: list[http.client.HTTPConnection] = []

    def post(body: bytes) -> int:
        conn = getattr(local, "conn", None)
        if conn is None:
            conn = local.conn = http.client.HTTPConnection(target.hostname or "", target.port, timeout=60.0)
            opened.append(conn)
        try:
            conn.request("POST", target.path, body, {"Content-Type": "application/json"})
            response = conn.getresponse()
            response.read()
            return response.status
        except BaseException:
            conn.close()  # a broken connection is not reused
            local.conn = None
            raise

    with httpx.Client(timeout=60.0) as client:
        client.post(
            endpoint, json={"question": "海珠區的發展定位是甚麼？（預熱）"}
        ).raise_for_status()  # warm-up, not counted
        before = client.get(base + "/healthz").json().get("answer_cache", {})

        def one(i: int) -> tuple[str, float | None]:
            if time.monotonic() > deadline:
                return "deadline", None
            t0 = time.perf_counter()
            try:
                status = post(bodies[i % len(bodies)])
            except TimeoutError:
                return "timeout", None
            except (OSError, http.client.HTTPException) as exc:
                return exc.__class__.__name__, None
            return str(status), (time.perf_counter() - t0) * 1000

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        t0 = time.perf_counter()
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            results = list(pool.map(one, range(requests)))
        seconds = time.perf_counter() - t0
        done.set()
        sampler.join()
        for conn in opened:
            conn.close()
        after = client.get(base + "/healthz").json().get("answer_cache", {})
    cache = {k: after[k] - before.get(k, 0) for k in ("hits", "misses") if k in after}
    if cache and (cache["hits"] + cache["misses"]):
        cache["hit_rate"] = round(cache["hits"] / (cache["hits"] + cache["misses"]), 3)
    latencies = tuple(ms for code, ms in results if code == "200" and ms is not None)
    rejected = tuple(ms for code, ms in results if code in ("429", "503") and ms is not None)
    statuses = dict(Counter(code for code, _ in results))
    return LoadResult(
        requests,
        requests - len(latencies),
        concurrency,
        seconds,
        latencies,
        statuses,
        min(requests, len(set(questions))),
        MemoryTrace(tuple(samples)),
        cache,
        rejected,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.loadtest", description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--url", help="a running server on loopback, e.g. http://127.0.0.1:7860")
    where.add_argument(
        "--spawn", action="store_true", help="start `uvicorn ui.server:app_factory` on a free port for the run"
    )
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="with --spawn: switch the answer cache off, so every request is computed",
    )
    parser.add_argument(
        "--max-pending",
        type=int,
        default=10_000,
        help="with --spawn: the server's bound on answers in flight (503 beyond it)",
    )
    args = parser.parse_args(argv)
    questions = question_mix()
    if args.url:
        print(run_load(args.url, args.requests, args.concurrency, questions=questions).report())
        return 0
    print("starting a server (the first start builds the index)…", file=sys.stderr)
    # one client measures capacity, not the per-client rate limit: switch the limit off for the run
    env = dict(os.environ) | {
        "PLAN_ASSISTANT_RATE_LIMIT_PER_MINUTE": "0",
        "PLAN_ASSISTANT_MAX_PENDING": str(args.max_pending),
        "PLAN_ASSISTANT_ANSWER_CACHE_SIZE": "0"
        if args.no_cache
        else os.environ.get("PLAN_ASSISTANT_ANSWER_CACHE_SIZE", "1024"),
    }
    with uvicorn_server(env, log=None) as (url, proc):
        print(run_load(url, args.requests, args.concurrency, questions=questions, server_pid=proc.pid).report())
    return 0


if __name__ == "__main__":
    sys.exit(main())
