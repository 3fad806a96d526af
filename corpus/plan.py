"""The one entry point later stages use: `load_plan()` → a parsed, aligned `Plan`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from corpus.align import align
from corpus.load import load_text
from corpus.models import Plan
from corpus.parse import parse_text


def load_plan(path: Path | None = None, *, use_overrides: bool = True, encoding: str = "utf-8") -> Plan:
    """Load, parse and align a plan (the bundled Haizhu plan when `path` is None).

    >>> plan = load_plan()
    >>> plan.breadcrumb(9, 2)
    '第九章 加強生態文明建設,打造“美麗中國”海珠樣本 > 第二節 嚴格執行污染防治'
    """
    if path is None:
        return _bundled(use_overrides)
    return align(parse_text(load_text(path, encoding)), use_overrides=use_overrides)


@lru_cache(maxsize=2)
def _bundled(use_overrides: bool) -> Plan:
    return align(parse_text(load_text(None)), use_overrides=use_overrides)
