"""`within`: the time limit on a whole model reply, whatever the endpoint does meanwhile."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from assistant.llm import LLMTimeoutError, within


def pieces(*items: str | float | BaseException, closed: threading.Event | None = None) -> Iterator[str]:
    """Yield strings, sleep for floats, raise exceptions; set `closed` when the generator ends."""
    try:
        for item in items:
            if isinstance(item, BaseException):
                raise item
            if isinstance(item, float):
                time.sleep(item)
            else:
                yield item
    finally:
        if closed is not None:
            closed.set()


def test_passes_a_prompt_reply_through() -> None:
    assert list(within(pieces("海", "珠"), 5.0)) == ["海", "珠"]
    assert list(within(pieces("海"), None)) == ["海"]


def test_errors_from_the_endpoint_reach_the_caller() -> None:
    with pytest.raises(ConnectionError, match="refused"):
        list(within(pieces("海", ConnectionError("refused")), 5.0))


@pytest.mark.parametrize(
    "reply",
    [("海", 2.5, "珠"), ("海", 0.3, "珠", 0.3, "江", 0.3, "河", 0.3, "湖", 2.5, "海")],
    ids=["stalls", "trickles"],
)
def test_a_reply_over_time_stops_at_the_limit(reply: tuple[str | float, ...]) -> None:
    closed = threading.Event()
    got: list[str] = []
    t0 = time.monotonic()
    with pytest.raises(LLMTimeoutError, match="within 1 s"):
        for piece in within(pieces(*reply, closed=closed), 1.0):
            got.append(piece)
    assert 1.0 <= time.monotonic() - t0 < 5.0 and got[0] == "海"
    assert closed.wait(10)  # the worker, once the endpoint stirs, stops reading and closes the reply
