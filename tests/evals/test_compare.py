"""`eval --compare`: flips both ways and the change in every metric, from two reports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from evals.compare import compare, compare_markdown, load_previous
from evals.dataset import DatasetError


def report(correct: dict[str, bool], accuracy: float, p95: float) -> dict[str, Any]:
    return {
        "config": {"dataset": "qa.jsonl", "mode": "extractive", "when": "2026-01-01T00:00:00+00:00"},
        "retrieval": {"hit@1": 0.9, "hit@5": 0.95, "mrr": 0.92, "n": 4},
        "answer": {"accuracy": accuracy, "key_fact_coverage": 0.8, "n": 4},
        "refusal": {"recall": 1.0, "false_refusal_rate": 0.0, "n_unanswerable": 1},
        "latency_ms": {"p50": 20.0, "p95": p95},
        "items": [{"id": i, "question": f"問題 {i}", "correct": ok} for i, ok in correct.items()],
    }


def test_flips_both_ways_and_metric_changes() -> None:
    before = report({"a": True, "b": False, "c": True, "gone": True}, 0.75, 40.0)
    after = report({"a": True, "b": True, "c": False, "new": False}, 0.8, 35.5)
    diff = compare(before, after)
    assert (diff["fixed"], diff["broken"], diff["added"], diff["removed"]) == (["b"], ["c"], ["new"], ["gone"])
    assert diff["metrics"]["answer.accuracy"] == {"before": 0.75, "after": 0.8, "change": 0.05}
    assert diff["metrics"]["latency_ms.p95"]["change"] == -4.5
    assert diff["metrics"]["retrieval.hit@1"]["change"] == 0.0
    md = compare_markdown(diff)
    assert "Fixed (failing before, right now): 1 · broken (right before, failing now): 1" in md
    assert "## Fixed\n\n- `b` 問題 b" in md and "## Broken\n\n- `c` 問題 c" in md
    assert "| answer.accuracy | 0.75 | 0.8 | +0.05 |" in md and "| latency_ms.p95 | 40 | 35.5 | -4.5 |" in md


def test_a_metric_in_only_one_report_has_no_change() -> None:
    before = report({"a": True}, 0.5, 1.0)
    after = report({"a": True}, 0.5, 1.0) | {"claim": {"verdict_accuracy": 0.6, "accuracy": 0.5, "n": 2}}
    diff = compare(before, after)
    assert diff["metrics"]["claim.accuracy"] == {"before": None, "after": 0.5, "change": None}
    assert "| claim.accuracy | — | 0.5 | — |" in compare_markdown(diff)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no report at"),
        ("{not json", "is not a JSON report"),
        (json.dumps({"answer": {"accuracy": 0.8}}), "has no per-item results"),
        (json.dumps([1, 2]), "has no per-item results"),
    ],
)
def test_a_previous_report_that_cannot_be_compared_says_why(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "report.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(DatasetError, match=message):
        load_previous(path)
