"""Polling for the browser tests: wait until the page shows what a test expects."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


def wait_for(predicate: Callable[[], Any], timeout_s: float = 20.0, every_s: float = 0.1) -> Any:
    """Return the first truthy value of `predicate()`; an element re-rendered under us counts as not yet."""
    from selenium.common.exceptions import StaleElementReferenceException

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            value = predicate()
        except StaleElementReferenceException:  # the chat re-rendered under us: look again
            value = None
        if value:
            return value
        time.sleep(every_s)
    raise AssertionError(f"condition not met within {timeout_s:.0f} s")
