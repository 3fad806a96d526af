"""Write report.json, report.md and a PNG chart of accuracy by question type and language."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any


def write_json(report: dict[str, Any], out: Path) -> Path:
    path = out / "report.json"
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def _row(name: str, block: dict[str, Any], k: int) -> str:
    r, a, f = block["retrieval"], block["answer"], block["refusal"]
    return (
        f"| {name} | {block['n']} | {r['hit@1']:.3f} | {r[f'hit@{k}']:.3f} | {r['mrr']:.3f} | "
        f"{a['key_fact_coverage']:.3f} | {a['citation_accuracy']:.3f} | {a['citation_precision']:.3f} | {a['accuracy']:.3f} | "
        f"{f['recall']:.3f} | {f['false_refusal_rate']:.3f} |"
    )


def write_markdown(report: dict[str, Any], out: Path) -> Path:
    k = report["config"]["k"]
    head = (
        f"| subset | n | hit@1 | hit@{k} | mrr | key facts | cite acc | cite prec | accuracy | refusal recall | false refusal |\n"
        "|---|---|---|---|---|---|---|---|---|---|---|"
    )
    lines = [
        "# Evaluation report",
        "",
        f"dataset `{report['config']['dataset']}` · mode `{report['config']['mode']}` · k {k} · "
        f"embedder `{report['config']['embedder']}` · {report['config']['when']}",
        "",
        head,
        _row("**all**", report, k),
    ]
    lines += [_row(f"lang {name}", block, k) for name, block in report["by_lang"].items()]
    lines += [_row(f"type {name}", block, k) for name, block in report["by_type"].items()]
    if "script_parity" in report:
        sp = report["script_parity"]
        lines += [
            "",
            f"## Script parity: the same {sp['n']} Chinese questions asked in each script",
            "",
            "| asked in | hit@1 | key facts | cite acc | accuracy | refusal recall | false refusal |",
            "|---|---|---|---|---|---|---|",
        ]
        for lang in ("zh-Hans", "zh-Hant"):
            b = sp[lang]
            lines.append(
                f"| {lang} | {b['retrieval']['hit@1']:.3f} | {b['answer']['key_fact_coverage']:.3f} | {b['answer']['citation_accuracy']:.3f} | "
                f"{b['answer']['accuracy']:.3f} | {b['refusal']['recall']:.3f} | {b['refusal']['false_refusal_rate']:.3f} |"
            )
    if "claim" in report:
        c = report["claim"]
        lines += [
            "",
            f"Claims ({c['n']}): verdict right {c['verdict_accuracy']:.3f}, accuracy {c['accuracy']:.3f} "
            "(verdict right and, unless the plan never states it, the plan's own figures with a gold citation).",
        ]
    lat = report["latency_ms"]
    lines += ["", f"Answer latency: p50 {lat['p50']} ms, p95 {lat['p95']} ms."]
    lines += dataset_lines(report.get("dataset"))
    lines += failing_lines(report.get("items", []))
    if "baseline" in report:
        b = report["baseline"]
        lines += [
            "",
            f"## Baseline: {b['name']}",
            "",
            f"| retriever | hit@1 | hit@{k} | mrr |",
            "|---|---|---|---|",
            f"| plan-assistant (hybrid, section-aware) | {report['retrieval']['hit@1']:.3f} | {report['retrieval'][f'hit@{k}']:.3f} | {report['retrieval']['mrr']:.3f} |",
            f"| textbook recipe ({b['description']}) | {b['retrieval']['hit@1']:.3f} | {b['retrieval'][f'hit@{k}']:.3f} | {b['retrieval']['mrr']:.3f} |",
        ]
    lines += [
        "",
        "How to read it: *hit@1/hit@k/mrr* — is a gold 節 the first / among the first k sections retrieved (answerable items);",
        "*key facts* — share of the gold key facts the answer states (script, width and punctuation ignored, numbers exact);",
        "*cite acc* — the answer cites at least one gold 節; *cite prec* — share of cited 節 that are gold;",
        "*accuracy* — every key fact and a gold citation, not refused; *refusal recall* — unanswerable items refused;",
        "*false refusal* — answerable items refused.",
    ]
    path = out / "report.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def cell(text: object) -> str:
    """Text for a Markdown table cell: one line, pipes escaped."""
    return " ".join(str(text).split()).replace("|", "\\|")


def sections(keys: list[list[int]]) -> str:
    return ", ".join(f"{c}.{s}" for c, s in keys) or "—"


def dataset_lines(block: dict[str, Any] | None) -> list[str]:
    """What was scored, what was skipped and why, and every labelling warning."""
    if not block:
        return []
    lines = [
        "",
        "## The dataset",
        "",
        f"{block['n_items']} items: {block['n_scored']} scored, {block['n_skipped']} skipped (cannot be scored), "
        f"{len(block['warnings'])} warning(s) on items scored anyway.",
    ]
    if block["skipped"]:
        lines += ["", "Skipped:", ""] + [f"- `{s['id']}`: {'; '.join(s['problems'])}" for s in block["skipped"]]
    if block["warnings"]:
        lines += ["", "Warnings (the item was scored as labelled):", ""]
        lines += [f"- `{w['id']}`: {w['problem']}" for w in block["warnings"]]
    return lines


def why(item: dict[str, Any]) -> str:
    """What else an item got wrong, beyond the table's columns."""
    notes = []
    if item["expect_refusal"] and not item["refused"]:
        notes.append("expected a refusal")
    if item.get("expected_verdict") and item.get("verdict") != item["expected_verdict"]:
        notes.append(f"verdict {item.get('verdict')}, expected {item['expected_verdict']}")
    if not item["expect_refusal"] and not set(map(tuple, item["cited"])) & set(map(tuple, item["expected"])):
        notes.append("no gold 節 cited")
    if item.get("warnings"):
        notes.append("labelling warning")
    return "; ".join(notes)


def failing_lines(items: list[dict[str, Any]]) -> list[str]:
    failing = [i for i in items if not i["correct"]]
    if not items:
        return []
    lines = ["", f"## Failing items ({len(failing)} of {len(items)})", ""]
    if not failing:
        return lines + ["None."]
    lines += [
        "| id | type | question | expected 節 | cited | missing key facts | refused | why |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for i in failing:
        missing = "、".join(i["missing_key_facts"]) or "—"
        lines.append(
            f"| {cell(i['id'])} | {i['type']} | {cell(i['question'])} | {sections(i['expected'])} | "
            f"{sections(i['cited'])} | {cell(missing)} | {'yes' if i['refused'] else 'no'} | {cell(why(i))} |"
        )
    return lines


_LABELS_EN = ("accuracy by question type", "by language", "unanswerable: refusal recall")
_LABELS_ZH = ("各題型答對率", "各語言", "unanswerable（無解題）：拒答召回率")


@functools.cache
def _cjk_family() -> str | None:
    """A CJK font family matplotlib can draw with (Debian's fonts-noto-cjk), registered on first use."""
    from matplotlib import font_manager

    cjk = [f for f in font_manager.findSystemFonts() if "CJK" in Path(f).name and "Sans" in Path(f).name]
    for font in cjk:
        font_manager.fontManager.addfont(font)
    return font_manager.FontProperties(fname=cjk[0]).get_name() if cjk else None


def write_chart(report: dict[str, Any], out: Path) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    path = out / "accuracy.png"
    family = _cjk_family()  # Chinese titles when a CJK font is there, English otherwise
    labels = _LABELS_ZH if family else _LABELS_EN
    fonts = [family, *plt.rcParams["font.sans-serif"]] if family else plt.rcParams["font.sans-serif"]
    with plt.rc_context({"font.sans-serif": fonts}):
        fig, axes = plt.subplots(1, 2, figsize=(11, 4), gridspec_kw={"width_ratios": [3, 1]})
        for ax, group, title in ((axes[0], "by_type", labels[0]), (axes[1], "by_lang", labels[1])):
            names = list(report[group])
            values = [
                report[group][n]["answer"]["accuracy"]
                if report[group][n]["answer"]["n"]
                else report[group][n]["refusal"]["recall"]
                for n in names
            ]
            bars = ax.bar(names, values, color="#3b7dd8")
            ax.set_ylim(0, 1)
            ax.set_title(title)
            ax.tick_params(axis="x", rotation=35)
            for bar, value in zip(bars, values):
                ax.text(bar.get_x() + bar.get_width() / 2, value + 0.02, f"{value:.2f}", ha="center", fontsize=8)
        axes[0].text(0.01, -0.32, labels[2], transform=axes[0].transAxes, fontsize=8)
        fig.tight_layout()
        fig.savefig(path, dpi=110)
        plt.close(fig)
    return path
