"""`plan-assistant eval`: score the product on a Q&A set and write report.json/.md/.png.

plan-assistant eval --dataset my_questions.jsonl --out out/eval --baseline naive

Evaluators' files never match one product's labelling conventions exactly: an item whose key
fact is not on its listed lines (or whose lines do not exist) is scored anyway, and the problem
is listed as a warning; an item that cannot be scored (a citation to a 節 the plan does not
have) is skipped and counted. `strict=True` refuses a file with any problem instead.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import replace
from pathlib import Path
from typing import Any

from tqdm import tqdm

from assistant.conversation import Turn
from assistant.service import Assistant
from corpus.text import to_simplified, to_traditional
from evals.dataset import DatasetError, EvalItem, Problem, item_problems, load_dataset
from evals.metrics import Prediction, item_result, mean, retrieval_scores, summarise
from evals.report import write_chart, write_json, write_markdown

DEFAULT_DATASET = Path(__file__).parent / "data" / "qa.jsonl"


Progress = Callable[[int, int], None]  # (questions asked so far, questions in the run)


def predict(
    assistant: Assistant, item: EvalItem, mode: str, k: int, lock: AbstractContextManager[Any] | None = None
) -> Prediction:
    """Ask one item; `lock` (a server's search lock) is held while the question is searched and answered."""
    history = tuple(Turn(t.role, t.content) for t in item.history)
    with lock or nullcontext():
        t0 = time.perf_counter()
        try:
            answer = assistant.ask(item.question, history, mode=mode)
        except Exception as exc:  # a defect on one item is reported with it, not the end of the run
            latency = (time.perf_counter() - t0) * 1000
            error = (
                f"the assistant failed on this item ({type(exc).__name__}: {exc}); scored as wrong — please report it"
            )
            return Prediction(item.id, (), "", (), False, latency, item.question, mode, error=error)
        latency = (time.perf_counter() - t0) * 1000
        ranked = tuple(s.key for s in assistant.search.search(answer.query, k=k).sections)
    cited = tuple(dict.fromkeys((c.chapter_no, c.section_no) for c in answer.citations))
    return Prediction(
        item.id,
        ranked,
        answer.text,
        cited,
        answer.refused,
        latency,
        answer.query,
        answer.mode,
        answer.notice,
        answer.verdict,
    )


def in_script(item: EvalItem, lang: str) -> EvalItem:
    """The same item with its question (and history) written in the other Chinese script."""
    convert = to_simplified if lang == "zh-Hans" else to_traditional
    history = tuple(Turn(t.role, convert(t.content)) for t in item.history)
    return replace(item, question=convert(item.question), lang=lang, history=history)  # type: ignore[arg-type]


def script_parity(
    assistant: Assistant,
    items: list[EvalItem],
    preds: dict[str, Prediction],
    mode: str,
    k: int,
    progress: bool,
    lock: AbstractContextManager[Any] | None = None,
    tick: Callable[[], None] = lambda: None,
) -> dict[str, Any]:
    """Every Chinese question asked in both scripts: the product should not care which.
    `tick` is called after each question asked again (one per Chinese item)."""
    zh = [i for i in items if i.lang in ("zh-Hans", "zh-Hant")]
    out: dict[str, Any] = {"n": len(zh)}
    for lang in ("zh-Hans", "zh-Hant"):
        variants = [i if i.lang == lang else in_script(i, lang) for i in zh]
        vpreds: dict[str, Prediction] = {}
        for v, orig in zip(variants, zh):
            if v is orig:
                vpreds[v.id] = preds[v.id]
            else:
                vpreds[v.id] = predict(assistant, v, mode, k, lock)
                tick()
        block = summarise(variants, vpreds, k)
        out[lang] = {key: block[key] for key in ("retrieval", "answer", "refusal")}
    return out


def _group(
    items: list[EvalItem], preds: dict[str, Prediction], key: Callable[[EvalItem], str], k: int
) -> dict[str, Any]:
    groups: dict[str, list[EvalItem]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return {name: summarise(group, preds, k) for name, group in sorted(groups.items())}


def triage(dataset: Path, items: list[EvalItem], problems: list[Problem], strict: bool) -> dict[str, Any]:
    """The report's `dataset` block: what was scored, skipped (and why), warned about.
    With `strict`, any problem refuses the file (`DatasetError`, naming the first)."""
    if strict and problems:
        bad = len({p.item_id for p in problems})
        raise DatasetError(
            f"{dataset}: {bad} item(s) do not fit this plan, first: {problems[0]} — drop --strict to score them anyway"
        )
    skipped = sorted({p.item_id for p in problems if p.unscorable})
    if len(skipped) == len(items):
        raise DatasetError(f"{dataset}: no item can be scored, first: {problems[0]}")
    return {
        "n_items": len(items),
        "n_scored": len(items) - len(skipped),
        "n_skipped": len(skipped),
        "skipped": [{"id": i, "problems": [p.message for p in problems if p.item_id == i]} for i in skipped],
        "warnings": [{"id": p.item_id, "problem": p.message} for p in problems if not p.unscorable],
    }


def run_eval(
    assistant: Assistant,
    dataset: Path = DEFAULT_DATASET,
    *,
    mode: str = "extractive",
    k: int = 5,
    baseline: str | None = None,
    out: Path = Path("out/eval"),
    progress: bool = True,
    embedder_id: str = "",
    parity: bool = True,
    strict: bool = False,
    lock: AbstractContextManager[Any] | None = None,
    on_progress: Progress | None = None,
) -> dict[str, Any]:
    """Score `dataset` and write the report files into `out`; returns the report.

    `lock` is held around each question (a server shares its search with a run); `on_progress`
    hears (done, total) after each question, the script-parity re-asks included."""
    if not 1 <= k <= 50:
        raise ValueError(f"k must be from 1 to 50, got {k}")
    loaded = list(load_dataset(dataset))
    checked = triage(dataset, loaded, item_problems(tuple(loaded), assistant.plan), strict)
    skipped = {s["id"] for s in checked["skipped"]}
    items = [i for i in loaded if i.id not in skipped]
    preds: dict[str, Prediction] = {}
    total = len(items) + (sum(i.lang in ("zh-Hans", "zh-Hant") for i in items) if parity else 0)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if on_progress is not None:
            on_progress(done, total)

    for item in tqdm(items, desc=f"eval ({mode})", unit="q", disable=not progress):
        preds[item.id] = predict(assistant, item, mode, k, lock)
        tick()
    report: dict[str, Any] = summarise(items, preds, k)
    report["by_lang"] = _group(items, preds, lambda i: i.lang, k)
    report["by_type"] = _group(items, preds, lambda i: i.type, k)
    if parity:
        report["script_parity"] = script_parity(assistant, items, preds, mode, k, progress, lock, tick)
    report["dataset"] = checked
    warned: dict[str, list[str]] = {}
    checked["warnings"] += [{"id": i.id, "problem": preds[i.id].error} for i in items if preds[i.id].error]
    for w in checked["warnings"]:
        warned.setdefault(w["id"], []).append(w["problem"])
    report["items"] = [item_result(i, preds[i.id]) | {"warnings": warned.get(i.id, [])} for i in items]
    report["config"] = {
        "dataset": str(dataset),
        "mode": mode,
        "k": k,
        "embedder": embedder_id,
        "baseline": baseline,
        "strict": strict,
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    if baseline == "naive":
        from evals.baseline import NaiveBaseline

        naive = NaiveBaseline(assistant.plan, assistant.search.embedder)  # type: ignore[arg-type]
        answerable = [i for i in items if i.answerable]
        scores = [
            retrieval_scores(i, naive.ranked_sections(preds[i.id].query, k), k)
            for i in tqdm(answerable, desc="baseline", unit="q", disable=not progress)
        ]
        report["baseline"] = {
            "name": "naive",
            "description": "whole file → RecursiveCharacterTextSplitter 500/50 → Chroma, same embedder → top-k",
            "n_chunks": naive.n_chunks,
            "retrieval": {key: round(mean([s[key] for s in scores]), 4) for key in ("hit@1", f"hit@{k}", "mrr")},
        }
    elif baseline is not None:
        raise ValueError(f"baseline must be 'naive', got {baseline!r}")
    out.mkdir(parents=True, exist_ok=True)
    write_json(report, out)
    write_markdown(report, out)
    write_chart(report, out)
    (out / "predictions.jsonl").write_text(
        "\n".join(
            json.dumps(
                {
                    "id": p.item_id,
                    "query": p.query,
                    "refused": p.refused,
                    "verdict": p.verdict,
                    "cited": p.cited,
                    "ranked": p.ranked_sections,
                    "answer": p.answer,
                    "mode": p.mode,
                    "notice": p.notice,
                    "latency_ms": round(p.latency_ms, 1),
                },
                ensure_ascii=False,
            )
            for p in preds.values()
        )
        + "\n",
        encoding="utf-8",
    )
    return report
