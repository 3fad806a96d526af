"""Sweep the refusal thresholds over a whole dataset and print recall / false-refusal trade-offs.

    python -m evals.calibrate [--dataset PATH]

The thresholds in `assistant/refusal.py` were set once from this sweep on the bundled set
(the point with false refusals ≤ 5% and the best recall); nothing is tuned per question.
"""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

from assistant.conversation import Turn, standalone_query
from assistant.extractive import question_kind
from assistant.refusal import out_of_scope
from assistant.runtime import open_assistant
from assistant.settings import Settings
from evals.dataset import load_dataset
from evals.run import DEFAULT_DATASET


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", default=str(DEFAULT_DATASET))
    args = parser.parse_args()
    assistant = open_assistant(Settings())
    rows = []
    for item in load_dataset(Path(args.dataset)):
        query = standalone_query(item.question, tuple(Turn(t.role, t.content) for t in item.history))
        result = assistant.search.search(query, k=5)
        if result.route is not None or not result.sections or out_of_scope(query, assistant.search.sentences.plan_text):
            continue  # handled by routing or by the scope rules, not by the thresholds
        scored = assistant.composer.picker.score(query, result, question_kind(item.question))
        rows.append((item, assistant.composer.evidence(query, scored, result)))
    print(f"{len(rows)} items decided by the thresholds")
    for i, e in sorted(rows, key=lambda r: (r[1].coverage, r[1].dense_score)):
        if e.coverage < 0.35 or not i.answerable:
            print(f"{i.id:6s} {i.type:13s} cov {e.coverage:.2f} dense {e.dense_score:.3f}  {i.question[:40]}")
    print("\nmin_coverage min_dense  recall  false_refusal   (refuse when coverage < c and dense < d)")
    un = [i for i, _ in rows if not i.answerable]
    an = [i for i, _ in rows if i.answerable]
    for cov, dense in itertools.product((0.05, 0.1, 0.15, 0.2, 0.25, 0.3), (0.80, 0.82, 0.83, 0.84, 0.85, 0.87, 1.01)):
        ref = {
            i.id: (e.dense_score < dense if e.latin_query else (e.coverage < cov and e.dense_score < dense))
            for i, e in rows
        }
        recall = sum(ref[i.id] for i in un) / max(1, len(un))
        frr = sum(ref[i.id] for i in an) / max(1, len(an))
        print(f"{cov:12.2f} {dense:9.2f} {recall:7.3f} {frr:14.3f}")


if __name__ == "__main__":
    main()
