"""`eval --compare PREVIOUS/report.json`: what changed since an earlier run.

    diff = compare(json.load(open("out/before/report.json")), report)
    diff["fixed"], diff["broken"]          # item ids that flipped, each way
    diff["metrics"]["answer.accuracy"]     # {"before": 0.806, "after": 0.812, "change": 0.006}
    print(compare_markdown(diff))

Items are matched by id. An item in only one of the runs is listed as added or removed, not as
a flip: a changed dataset is not a changed product.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from evals.dataset import DatasetError

BLOCKS = ("retrieval", "answer", "refusal", "claim", "latency_ms")


def load_previous(path: Path) -> dict[str, Any]:
    """A report.json written by `eval`, with its per-item results; `DatasetError` saying what is wrong."""
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DatasetError(f"--compare: no report at {path} — give the report.json of an earlier `eval`") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DatasetError(f"--compare: {path} is not a JSON report ({exc})") from None
    if not isinstance(report, dict) or not isinstance(report.get("items"), list):
        raise DatasetError(
            f"--compare: {path} has no per-item results (written before `eval` kept them) — "
            "run `eval` once more with this version to make one to compare against"
        )
    return report


def metrics(report: dict[str, Any]) -> dict[str, float]:
    """The report's headline numbers, flattened: "retrieval.hit@1", "answer.accuracy", …"""
    flat: dict[str, float] = {}
    for block in BLOCKS:
        for key, value in (report.get(block) or {}).items():
            if isinstance(value, int | float) and not isinstance(value, bool):
                flat[f"{block}.{key}"] = float(value)
    return flat


def compare(previous: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
    """Flipped items both ways, items only in one run, and the change in every metric."""
    before = {i["id"]: i for i in previous.get("items", [])}
    after = {i["id"]: i for i in current.get("items", [])}
    both = [i for i in after if i in before]
    old, new = metrics(previous), metrics(current)
    return {
        "previous": previous.get("config", {}),
        "fixed": [i for i in both if after[i]["correct"] and not before[i]["correct"]],
        "broken": [i for i in both if before[i]["correct"] and not after[i]["correct"]],
        "added": [i for i in after if i not in before],
        "removed": [i for i in before if i not in after],
        "metrics": {
            name: {"before": old.get(name), "after": new.get(name), "change": _change(old.get(name), new.get(name))}
            for name in sorted(set(old) | set(new))
        },
        "questions": {i: after.get(i, before.get(i, {})).get("question", "") for i in set(before) | set(after)},
    }


def _change(before: float | None, after: float | None) -> float | None:
    return None if before is None or after is None else round(after - before, 4)


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:g}"


def compare_markdown(diff: dict[str, Any]) -> str:
    prev = diff["previous"]
    lines = [
        f"# Compared with `{prev.get('dataset', '?')}` ({prev.get('mode', '?')}, {prev.get('when', '?')})",
        "",
        f"Fixed (failing before, right now): {len(diff['fixed'])} · broken (right before, failing now): "
        f"{len(diff['broken'])} · added {len(diff['added'])} · removed {len(diff['removed'])}",
    ]
    for title, key in (("Fixed", "fixed"), ("Broken", "broken")):
        if diff[key]:
            lines += ["", f"## {title}", ""]
            lines += [f"- `{i}` {' '.join(diff['questions'][i].split())}" for i in diff[key]]
    lines += ["", "## Metrics", "", "| metric | before | after | change |", "|---|---|---|---|"]
    for name, m in diff["metrics"].items():
        change = m["change"]
        shown = "—" if change is None else f"{change:+g}" if change else "0"
        lines.append(f"| {name} | {_number(m['before'])} | {_number(m['after'])} | {shown} |")
    return "\n".join(lines) + "\n"
