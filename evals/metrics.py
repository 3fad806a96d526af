"""Metrics: pure functions from (item, prediction) to numbers in [0, 1]; key facts are matched
as `evals.facts` says."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from evals.dataset import EvalItem
from evals.facts import contains_fact


@dataclass(frozen=True)
class Prediction:
    """What the product did for one item: its ranked sections, answer text, cited sections."""

    item_id: str
    ranked_sections: tuple[tuple[int, int], ...]
    answer: str
    cited: tuple[tuple[int, int], ...]
    refused: bool
    latency_ms: float
    query: str = ""
    mode: str = "extractive"
    notice: str | None = None
    verdict: str | None = None  # the product's verdict on a claim, when it gave one
    error: str | None = None  # the assistant failed on the item (scored as a wrong answer)


def retrieval_scores(item: EvalItem, ranked: Sequence[tuple[int, int]], k: int = 5) -> dict[str, float]:
    gold = set(item.citations)
    rank = next((i for i, key in enumerate(ranked, start=1) if key in gold), None)
    return {
        "hit@1": float(rank == 1),
        f"hit@{k}": float(rank is not None and rank <= k),
        "mrr": 1.0 / rank if rank else 0.0,
    }


def answer_scores(item: EvalItem, pred: Prediction) -> dict[str, float]:
    gold = set(item.citations)
    facts = [contains_fact(pred.answer, f) for f in item.key_facts]
    coverage = sum(facts) / len(facts) if facts else 1.0
    cited = set(pred.cited)
    cite_ok = bool(cited & gold)
    precision = len(cited & gold) / len(cited) if cited else 0.0
    return {
        "key_fact_coverage": coverage,
        "citation_accuracy": float(cite_ok),
        "citation_precision": precision,
        "accuracy": float(cite_ok and all(facts) and not pred.refused),
    }


def claim_scores(item: EvalItem, pred: Prediction) -> dict[str, float]:
    """A claim is right when the verdict is, and — unless the plan never states it (a refusal is
    expected then) — the answer states what the plan says (key facts) with a gold citation."""
    verdict_ok = pred.verdict == item.verdict
    if item.verdict == "not_stated":
        ok = verdict_ok and pred.refused
    else:
        ok = verdict_ok and bool(answer_scores(item, pred)["accuracy"])
    return {"verdict_accuracy": float(verdict_ok), "accuracy": float(ok)}


def item_result(item: EvalItem, pred: Prediction) -> dict[str, Any]:
    """One item's outcome, as report.json keeps it (for the failing-items list and `--compare`).

    `correct` is the item's own bar: a claim's verdict (and figures), an unanswerable item's
    refusal, or, for any other item, `answer_scores`' accuracy (every key fact, a gold citation)."""
    if item.type == "claim":
        correct = bool(claim_scores(item, pred)["accuracy"])
    elif item.answerable:
        correct = bool(answer_scores(item, pred)["accuracy"])
    else:
        correct = pred.refused
    gold = set(item.citations)
    return {
        "id": item.id,
        "question": item.question,
        "type": item.type,
        "lang": item.lang,
        "correct": correct,
        "expected": [list(c) for c in item.citations],
        "cited": [list(c) for c in pred.cited],
        "rank": next((n for n, key in enumerate(pred.ranked_sections, start=1) if key in gold), None),
        "missing_key_facts": [f for f in item.key_facts if not contains_fact(pred.answer, f)],
        "refused": pred.refused,
        "expect_refusal": not item.answerable,
        "verdict": pred.verdict,
        "expected_verdict": item.verdict,
    }


def mean(values: Sequence[float]) -> float:
    return float(statistics.fmean(values)) if values else 0.0


def percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    idx = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return float(ordered[idx])


def summarise(items: Sequence[EvalItem], preds: dict[str, Prediction], k: int = 5) -> dict[str, object]:
    """The report block for a set of items: n, retrieval, answer, refusal, latency_ms."""
    answerable = [i for i in items if i.answerable]
    unanswerable = [i for i in items if not i.answerable]
    retr = [retrieval_scores(i, preds[i.id].ranked_sections, k) for i in answerable]
    ans = [answer_scores(i, preds[i.id]) for i in answerable]
    lat = [preds[i.id].latency_ms for i in items]
    claims = [i for i in items if i.type == "claim"]
    claim_block = {}
    if claims:
        scored = [claim_scores(i, preds[i.id]) for i in claims]
        claim_block = {
            "claim": {key: round(mean([c[key] for c in scored]), 4) for key in ("verdict_accuracy", "accuracy")}
            | {"n": len(claims)}
        }
    return claim_block | {
        "n": len(items),
        "retrieval": {key: round(mean([r[key] for r in retr]), 4) for key in ("hit@1", f"hit@{k}", "mrr")}
        | {"n": len(answerable)},
        "answer": {
            key: round(mean([a[key] for a in ans]), 4)
            for key in ("key_fact_coverage", "citation_accuracy", "citation_precision", "accuracy")
        }
        | {"n": len(answerable)},
        "refusal": {
            "recall": round(mean([float(preds[i.id].refused) for i in unanswerable]), 4),
            "false_refusal_rate": round(mean([float(preds[i.id].refused) for i in answerable]), 4),
            "n_unanswerable": len(unanswerable),
        },
        "latency_ms": {"p50": round(percentile(lat, 50), 1), "p95": round(percentile(lat, 95), 1)},
    }
