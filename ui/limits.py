"""Admission control for the expensive HTTP routes: a per-client rate limit and a bounded queue.

A public endpoint is hammered; answering everything slowly helps nobody. A client over its
rate gets 429 with Retry-After; when more answers are in flight than the server can hold,
new ones get 503 at once instead of an unbounded queue.

A client is its connection's address, or, when that connection comes from a reverse proxy
named in `trusted_proxies`, the address the proxy put in X-Forwarded-For (the last one not
itself a trusted proxy). Forwarded headers from anyone else are ignored, so a client cannot
pick a fresh identity per request. The limits are per process: n replicas allow n times as much.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from fastapi import FastAPI
from starlette.types import ASGIApp, Receive, Scope, Send
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from ui.errors import error_response

LIMITED = (("POST", "/api/ask"), ("POST", "/api/search"), ("POST", "/v1/chat/completions"), ("POST", "/api/feedback"))
MAX_CLIENTS = 10_000  # forget idle clients beyond this many, so the table cannot grow without bound


@dataclass
class RateLimiter:
    """Token bucket per client: `per_minute` requests a minute, bursts up to the same number."""

    per_minute: int
    clock: Callable[[], float] = time.monotonic
    _buckets: dict[str, tuple[float, float]] = field(default_factory=dict)  # client → (tokens, last time)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def check(self, client: str) -> float:
        """0 when the request may go ahead (a token is taken), else seconds until it may."""
        if self.per_minute <= 0:
            return 0.0
        rate = self.per_minute / 60.0
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.get(client, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - last) * rate)
            if tokens >= 1.0:
                self._buckets[client] = (tokens - 1.0, now)
                if len(self._buckets) > MAX_CLIENTS:
                    self._buckets.pop(next(iter(self._buckets)))
                return 0.0
            self._buckets[client] = (tokens, now)
            return (1.0 - tokens) / rate


@dataclass
class PendingLimit:
    """Counts answers in flight; refuses a new one beyond `limit`."""

    limit: int
    _n: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def enter(self) -> bool:
        with self._lock:
            if self._n >= self.limit:
                return False
            self._n += 1
            return True

    def leave(self) -> None:
        with self._lock:
            self._n = max(0, self._n - 1)

    @property
    def pending(self) -> int:
        return self._n


def install_limits(app: FastAPI, per_minute: int, max_pending: int, trusted_proxies: str = "") -> None:
    """`trusted_proxies`: comma-separated addresses/networks whose X-Forwarded-For names the client."""
    rate = RateLimiter(per_minute)
    pending = PendingLimit(max_pending)
    app.state.rate_limiter, app.state.pending_limit = rate, pending
    app.add_middleware(Admission, rate=rate, pending=pending)
    proxies = [p.strip() for p in trusted_proxies.split(",") if p.strip()]
    if proxies:  # outside Admission: the client address is settled before it is counted
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=proxies)


class Admission:
    """Pure ASGI middleware in front of the `LIMITED` routes: 429 over a client's rate, 503 when
    `pending` is full. An answer stays counted until its last byte is sent (a stream included).

    Not `@app.middleware("http")`: Starlette's BaseHTTPMiddleware runs every request through an
    extra task and memory stream, a measurable share of a cached answer's cost under load."""

    def __init__(self, app: ASGIApp, rate: RateLimiter, pending: PendingLimit) -> None:
        self.app = app
        self.rate = rate
        self.pending = pending

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or (scope["method"], scope["path"]) not in LIMITED:
            await self.app(scope, receive, send)
            return
        client = scope["client"][0] if scope.get("client") else "unknown"
        wait = self.rate.check(client)
        if wait > 0:
            seconds = max(1, math.ceil(wait))
            response = error_response(
                429,
                f"too many requests from this client (limit {self.rate.per_minute} a minute) — try again in {seconds} s",
                headers={"Retry-After": str(seconds)},
            )
            await response(scope, receive, send)
            return
        if not self.pending.enter():
            response = error_response(
                503,
                f"the server is busy ({self.pending.pending} answers in progress) — try again in a moment",
                headers={"Retry-After": "1"},
            )
            await response(scope, receive, send)
            return
        try:
            await self.app(scope, receive, send)
        finally:
            self.pending.leave()
