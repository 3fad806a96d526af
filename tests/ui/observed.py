"""What the hostile-input suite saw: every response it checked, for `test_openapi.py` to hold
against `/openapi.json` (run after it: files run in name order).

    record(response)      # in test_hostile.sent()
    SEEN[0].status, SEEN[0].path
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    status: int
    content_type: str
    text: str


SEEN: list[Seen] = []


def record(r: Any) -> None:
    """Keep a response that came with its request (httpx and TestClient responses do)."""
    request = getattr(r, "request", None)
    if request is None:
        return
    SEEN.append(Seen(request.method, request.url.path, r.status_code, r.headers.get("content-type", ""), r.text))
