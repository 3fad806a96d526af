"""What the assistant returns: an `Answer` with `Citation`s that quote the plan exactly."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Citation:
    chapter_no: int
    chapter_title: str
    section_no: int
    section_title: str
    breadcrumb: str
    quote: str  # an exact substring of the cited section's text, in the plan's own script
    lines: tuple[int, ...]


@dataclass(frozen=True)
class Answer:
    question: str
    text: str
    citations: tuple[Citation, ...]
    refused: bool
    mode: str  # "extractive" | "llm"
    query: str  # the standalone query actually searched (follow-ups rewritten)
    notice: str | None = None  # e.g. "LLM unavailable: extractive answer" or "keyword search only"
    timings_ms: dict[str, float] = field(default_factory=dict)
    degraded: bool = False  # vector search was unavailable: the passages were found by keywords only
    # for a claim to check ("是真的嗎?"): "supported", "contradicted" or "not_stated"; None otherwise
    verdict: str | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["citations"] = [dict(c, lines=list(c["lines"])) for c in data["citations"]]
        return data
