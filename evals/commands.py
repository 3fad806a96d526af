"""The `eval` subcommand, registered into the `plan-assistant` parser (entry point
`plan_assistant.commands`).

    plan-assistant eval --dataset my_questions.jsonl --out out/eval --baseline naive
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from assistant.settings import Settings


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.runtime import open_assistant
    from evals.run import DEFAULT_DATASET, run_eval

    assistant = open_assistant(settings, progress=True)
    out = Path(args.out)
    embedder = assistant.search.embedder
    run_eval(
        assistant,
        Path(args.dataset) if args.dataset else DEFAULT_DATASET,
        mode=args.mode or settings.mode,
        k=args.k,
        baseline=args.baseline,
        out=out,
        embedder_id=embedder.embedder_id if embedder else "",
    )
    print((out / "report.md").read_text(encoding="utf-8"))
    print(f"written: {out / 'report.json'}, {out / 'report.md'}, {out / 'accuracy.png'}")
    return 0


def register(subparsers: Any) -> None:
    """Add `eval` to the CLI (`subparsers` from `add_subparsers`)."""
    p = subparsers.add_parser("eval", help="score the product on a Q&A set (JSONL); writes report.json/.md/.png")
    p.add_argument("--dataset", help="JSONL file in the evaluation schema (default: the bundled set)")
    p.add_argument("--mode", choices=["extractive", "llm"])
    p.add_argument("--k", type=int, default=5)
    p.add_argument("--baseline", choices=["naive"])
    p.add_argument("--out", default="out/eval")
    p.set_defaults(func=cmd_eval)
