"""Benchmark: parse + align + chunk time for the whole plan, and alignment accuracy.

    python -m evals.bench_corpus

Prints figures; it asserts nothing (targets live in the README and the issue).
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from corpus.align import align
from corpus.chunk import chunk_plan
from corpus.load import load_text
from corpus.models import Plan
from corpus.parse import parse_text
from corpus.tasks import build_tables, build_tasks

GOLD = Path(__file__).parent / "data" / "gold_alignment.tsv"


def read_gold() -> dict[int, tuple[int, int, str]]:
    """The hand-labelled alignment: body line → (chapter_no, section_no, kind)."""
    gold: dict[int, tuple[int, int, str]] = {}
    for row in GOLD.read_text(encoding="utf-8").splitlines():
        if row and not row.startswith(("#", "line\t")):
            line, ch, sec, kind, *_ = row.split("\t")
            gold[int(line)] = (int(ch), int(sec), kind)
    return gold


def gold_agreement(plan: Plan) -> float:
    """Share of body lines placed in the same 章/節 as the gold alignment."""
    gold = read_gold()
    hits = sum(1 for i in plan.items if i.line in gold and gold[i.line][:2] == (i.chapter_no, i.section_no))
    return hits / len(plan.items)


def main(repeats: int = 10) -> None:
    timings: dict[str, list[float]] = {"load": [], "parse": [], "align": [], "chunk": [], "tasks": []}
    plan = None
    for _ in range(repeats):
        t0 = time.perf_counter()
        raw = load_text()
        t1 = time.perf_counter()
        parsed = parse_text(raw)
        t2 = time.perf_counter()
        plan = align(parsed)
        t3 = time.perf_counter()
        chunks = chunk_plan(plan)
        t4 = time.perf_counter()
        build_tasks(plan), build_tables(plan)
        t5 = time.perf_counter()
        for key, value in zip(timings, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)):
            timings[key].append(value * 1000)
    assert plan is not None
    total = [sum(v) for v in zip(*timings.values())]
    print(
        f"plan: {len(plan.items)} body lines, {len(chunks)} chunks, "
        f"{len(build_tasks(plan))} tasks, {len(build_tables(plan))} tables/figures"
    )
    for key, values in timings.items():
        print(f"  {key:6s} median {statistics.median(values):7.1f} ms")
    print(
        f"load+parse+align+chunk+tasks: median {statistics.median(total):.1f} ms, "
        f"max {max(total):.1f} ms over {repeats} runs (first run includes OpenCC warm-up)  [target < 1000 ms]"
    )
    print(
        f"alignment vs gold: {gold_agreement(plan):.1%} with overrides, "
        f"{gold_agreement(align(parse_text(load_text()), use_overrides=False)):.1%} without"
    )


if __name__ == "__main__":
    main()
