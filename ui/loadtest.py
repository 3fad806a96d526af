"""Requests/s and latency of `POST /api/ask` over loopback, against a real uvicorn server.

    python -m ui.loadtest --spawn                          # start a server on a free port, measure, stop it
    python -m ui.loadtest --url http://127.0.0.1:7860      # measure a server that is already running

Bounded on purpose: a fixed number of requests (default 200) at a fixed concurrency (default 8),
loopback addresses only, and a deadline after which it stops on its own.
"""

from __future__ import annotations

import argparse
import ipaddress
import math
import os
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlparse

import httpx

from ui.process import uvicorn_server

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


@dataclass(frozen=True)
class LoadResult:
    requests: int
    errors: int
    concurrency: int
    seconds: float
    latencies_ms: tuple[float, ...]

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
        return (
            f"POST /api/ask  requests={self.requests} concurrency={self.concurrency} errors={self.errors}\n"
            f"  throughput {self.rps:.1f} req/s over {self.seconds:.1f} s\n"
            f"  latency ms: p50 {self.percentile(50):.0f}  p95 {self.percentile(95):.0f}  max {max(self.latencies_ms, default=0):.0f}"
        )


def check_loopback(url: str) -> None:
    """Load is only ever sent to this machine."""
    host = urlparse(url).hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise SystemExit(f"refusing to load-test {host!r}: only loopback addresses (127.0.0.1, ::1, localhost) are allowed")


def run_load(url: str, requests: int = 200, concurrency: int = 8, timeout_s: float = 300.0) -> LoadResult:
    check_loopback(url)
    if requests < 1 or concurrency < 1:
        raise ValueError(f"requests and concurrency must be at least 1, got {requests} and {concurrency}")
    deadline = time.monotonic() + timeout_s
    endpoint = url.rstrip("/") + "/api/ask"

    with httpx.Client(timeout=60.0, limits=httpx.Limits(max_connections=concurrency)) as client:
        client.post(endpoint, json={"question": QUESTIONS[0]}).raise_for_status()  # warm-up, not counted

        def one(i: int) -> float | None:
            if time.monotonic() > deadline:
                return None
            t0 = time.perf_counter()
            try:
                ok = client.post(endpoint, json={"question": QUESTIONS[i % len(QUESTIONS)]}).status_code == 200
            except httpx.HTTPError:
                ok = False
            return (time.perf_counter() - t0) * 1000 if ok else None

        t0 = time.perf_counter()
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            results = list(pool.map(one, range(requests)))
        seconds = time.perf_counter() - t0
    latencies = tuple(r for r in results if r is not None)
    return LoadResult(requests, requests - len(latencies), concurrency, seconds, latencies)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.loadtest", description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--url", help="a running server on loopback, e.g. http://127.0.0.1:7860")
    where.add_argument("--spawn", action="store_true", help="start `uvicorn ui.server:app_factory` on a free port for the run")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args(argv)
    if args.url:
        print(run_load(args.url, args.requests, args.concurrency).report())
        return 0
    print("starting a server (the first start builds the index)…", file=sys.stderr)
    # one client measures capacity, not the per-client rate limit: switch the limit off for the run
    env = dict(os.environ) | {"PLAN_ASSISTANT_RATE_LIMIT_PER_MINUTE": "0", "PLAN_ASSISTANT_MAX_PENDING": "10000"}
    with uvicorn_server(env, log=None) as (url, _):
        print(run_load(url, args.requests, args.concurrency).report())
    return 0


if __name__ == "__main__":
    sys.exit(main())
