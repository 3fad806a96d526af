from __future__ import annotations

import pytest

from retrieval.fusion import aggregate_sections, rrf


def test_rrf_rewards_agreement() -> None:
    fused = rrf({"dense": ["a", "b", "c"], "bm25": ["b", "a", "d"]}, k=10)
    assert fused["a"] == pytest.approx(1 / 11 + 1 / 12)
    assert set(fused) == {"a", "b", "c", "d"}
    assert fused["c"] == pytest.approx(1 / 13)


def test_rrf_weights() -> None:
    fused = rrf({"dense": ["a"], "bm25": ["b"]}, {"dense": 0.5, "bm25": 1.0}, k=10)
    assert fused["b"] > fused["a"]


def test_aggregate_takes_best_chunk() -> None:
    section_of = {"x1": (1, 1), "x2": (1, 1), "y1": (2, 1)}
    ranked = aggregate_sections({"x1": 0.3, "x2": 0.3, "y1": 0.4}, section_of, second_weight=0.0)
    assert ranked[0][0] == (2, 1)
    ranked = aggregate_sections({"x1": 0.3, "x2": 0.3, "y1": 0.4}, section_of, second_weight=0.5)
    assert ranked[0][0] == (1, 1)
