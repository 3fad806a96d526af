"""The `eval` subcommand, registered into the `plan-assistant` parser (entry point
`plan_assistant.commands`).

    plan-assistant eval --dataset my_questions.jsonl --out out/eval --baseline naive
    plan-assistant eval --out out/after --compare out/before/report.json
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from assistant.settings import Settings


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    import json

    from assistant.runtime import open_assistant
    from evals.compare import compare, compare_markdown, load_previous
    from evals.run import DEFAULT_DATASET, load_dataset, run_eval

    previous = load_previous(Path(args.compare)) if args.compare else None  # a bad path fails before the run
    dataset = Path(args.dataset) if args.dataset else DEFAULT_DATASET
    load_dataset(dataset)  # a malformed file is reported before the index is opened (or built: minutes)
    assistant = open_assistant(settings, progress=True)
    out = Path(args.out)
    embedder = assistant.search.embedder
    run_eval(
        assistant,
        dataset,
        mode=args.mode or settings.mode,
        k=args.k,
        baseline=args.baseline,
        out=out,
        embedder_id=embedder.embedder_id if embedder else "",
        strict=args.strict,
    )
    print((out / "report.md").read_text(encoding="utf-8"))
    written = [out / "report.json", out / "report.md", out / "accuracy.png"]
    if previous is not None:
        current = json.loads((out / "report.json").read_text(encoding="utf-8"))
        diff = compare(previous, current)
        (out / "compare.json").write_text(json.dumps(diff, ensure_ascii=False, indent=2), encoding="utf-8")
        (out / "compare.md").write_text(compare_markdown(diff), encoding="utf-8")
        print(compare_markdown(diff))
        written += [out / "compare.md", out / "compare.json"]
    print("written: " + ", ".join(str(p) for p in written))
    return 0


def register(subparsers: Any) -> None:
    """Add `eval` to the CLI (`subparsers` from `add_subparsers`)."""
    p = subparsers.add_parser("eval", help="score the product on a Q&A set (JSONL); writes report.json/.md/.png")
    p.add_argument("--dataset", help="JSONL file in the evaluation schema (default: the bundled set)")
    p.add_argument("--mode", choices=["extractive", "llm"])
    p.add_argument("--k", type=int, default=5)
    p.add_argument("--baseline", choices=["naive"])
    p.add_argument("--out", default="out/eval")
    p.add_argument(
        "--strict",
        action="store_true",
        help="refuse a dataset with any item that does not fit the plan (default: score it, list warnings, skip what cannot be scored)",
    )
    p.add_argument(
        "--compare", metavar="PREVIOUS/report.json", help="show the items that flipped and how each metric moved"
    )
    p.set_defaults(func=cmd_eval)
