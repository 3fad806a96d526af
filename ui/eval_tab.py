"""The 評測 tab: the latest evaluation report, and runs of an evaluator's own JSONL file.

    with gr.Tab("評測", id="eval"):
        add_eval_tab(evaluator, script)

The tab shows a report (a table of metrics overall, by language and by question type; the
accuracy chart; every failing item) and lets an evaluator upload a JSONL file in the published
schema, run it with a progress bar, and download its `report.json`. The UI knows nothing of how
a run is scored: that is the `Evaluator` it is given (`evals.webrun.UploadRunner`, found through
the `plan_assistant.evaluator` entry point, so that `ui` never imports `evals`).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, Protocol

import gradio as gr

from ui.render import in_script

EVALUATOR_GROUP = "plan_assistant.evaluator"  # entry point: a factory (settings, backend) → Evaluator
PRIVATE = "private"
UPLOAD_LABEL = "評測集（.jsonl）"
RUN_LABEL = "開始評測"
DOWNLOAD_LABEL = "下載 report.json"
CHART_LABEL = "答對率（按題型、按語言）"
NO_REPORT = "還沒有評測報告：在命令列執行 `plan-assistant eval`，或在下面上傳一個 JSONL 檔案開始評測。"
METRICS = (
    ("題數", lambda b: str(b["n"])),
    ("hit@1", lambda b: f"{b['retrieval']['hit@1']:.3f}"),
    ("MRR", lambda b: f"{b['retrieval']['mrr']:.3f}"),
    ("關鍵事實覆蓋", lambda b: f"{b['answer']['key_fact_coverage']:.3f}"),
    ("引用準確", lambda b: f"{b['answer']['citation_accuracy']:.3f}"),
    ("引用精確", lambda b: f"{b['answer']['citation_precision']:.3f}"),
    ("答對率", lambda b: f"{b['answer']['accuracy']:.3f}"),
    ("拒答召回", lambda b: f"{b['refusal']['recall']:.3f}"),
    ("誤拒率", lambda b: f"{b['refusal']['false_refusal_rate']:.3f}"),
)

# Files over the limit are stopped in the browser, before they are sent: the server would refuse a
# body that large before any of this code could explain why (`ui.bodylimit`).
GUARD_JS = """
const limit = Number(element.querySelector('[data-max-bytes]')?.dataset.maxBytes || 0);
const tooBig = (files) => Array.from(files || []).find((f) => limit && f.size > limit);
const stop = (event, file) => {
  event.stopImmediatePropagation();
  event.preventDefault();
  if (event.target && event.target.value !== undefined) event.target.value = '';
  trigger('too_large', {size: file.size, name: file.name});
};
document.addEventListener('change', (event) => {
  if (!event.target.closest || !event.target.closest('#pa-eval-upload')) return;
  const file = tooBig(event.target.files);
  if (file) stop(event, file);
}, true);
document.addEventListener('drop', (event) => {
  if (!event.target.closest || !event.target.closest('#pa-eval-upload')) return;
  const file = tooBig(event.dataTransfer && event.dataTransfer.files);
  if (file) stop(event, file);
}, true);
"""

CSS = """
#pa-eval-report .pa-eval-scroll { overflow-x: auto; }
#pa-eval-report table { border-collapse: collapse; font-size: .9rem; }
#pa-eval-report th, #pa-eval-report td { border: 1px solid var(--border-color-primary); padding: .25rem .5rem; text-align: left; vertical-align: top; }
#pa-eval-report td.pa-num { text-align: right; font-variant-numeric: tabular-nums; }
"""


@dataclass(frozen=True)
class EvalOutcome:
    """What a run (or the newest report) gives the tab: a message to show, and the report if there is one."""

    message: str
    report: dict[str, Any] | None = None
    report_json: Path | None = None
    chart: Path | None = None


class Evaluator(Protocol):
    """Runs evaluations for the tab; every refusal (busy, too large, malformed) is a message, never an exception."""

    max_items: int
    max_upload_bytes: int
    folders: tuple[Path, ...]  # where its reports are written: the server may serve files from them

    def latest(self) -> EvalOutcome | None: ...

    def run(self, upload: Path | None, progress: Callable[[int, int], None]) -> EvalOutcome: ...


def load_evaluator(settings: Any, backend: Any) -> Evaluator | None:
    """The evaluator registered under the `plan_assistant.evaluator` entry point, or None if none is installed."""
    for ep in entry_points(group=EVALUATOR_GROUP):
        factory = ep.load()
        evaluator: Evaluator = factory(settings, backend)
        return evaluator
    return None


def too_large_message(size: int, limit: int) -> str:
    """What an evaluator hears about a file over the upload limit (the same words as the server's check)."""
    return f"檔案太大（{size / 1024:,.0f} KB），上限是 {limit / 1024:,.0f} KB。請分成幾個檔案分別評測。"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def metrics_html(report: dict[str, Any], script: str) -> str:
    """The metrics table: all items, then each language and question type."""
    rows = [("全部", report)]
    rows += [(f"語言 {name}", block) for name, block in report.get("by_lang", {}).items()]
    rows += [(f"題型 {name}", block) for name, block in report.get("by_type", {}).items()]
    head = "".join(f"<th>{_e(in_script(h, script))}</th>" for h in ("子集", *(m[0] for m in METRICS)))
    body = "".join(
        f"<tr><th>{_e(in_script(name, script))}</th>"
        + "".join(f'<td class="pa-num">{_e(cell(block))}</td>' for _, cell in METRICS)
        + "</tr>"
        for name, block in rows
    )
    return f'<div class="pa-eval-scroll"><table class="pa-eval-metrics"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'


def _sections(keys: list[list[int]]) -> str:
    return "、".join(f"{c}.{s}" for c, s in keys) or "—"


def failing_html(report: dict[str, Any], script: str) -> str:
    """Every item the run got wrong: its question, the gold 節, what was cited, the key facts missed."""
    items = report.get("items", [])
    failing = [i for i in items if not i.get("correct")]
    title = in_script(f"答錯的題目（{len(failing)} / {len(items)}）", script)
    if not failing:
        return f"<h4>{_e(title)}</h4><p>{_e(in_script('沒有答錯的題目。', script))}</p>"
    head = "".join(
        f"<th>{_e(in_script(h, script))}</th>"
        for h in ("id", "題型", "問題", "應引用", "實際引用", "缺少的關鍵事實", "拒答")
    )
    rows = "".join(
        "<tr>"
        f"<td>{_e(i['id'])}</td><td>{_e(i['type'])}</td><td>{_e(i['question'])}</td>"
        f"<td>{_e(_sections(i['expected']))}</td><td>{_e(_sections(i['cited']))}</td>"
        f"<td>{_e('、'.join(i['missing_key_facts']) or '—')}</td>"
        f"<td>{_e(in_script('是' if i['refused'] else '否', script))}</td>"
        "</tr>"
        for i in failing
    )
    return (
        f'<h4>{_e(title)}</h4><div class="pa-eval-scroll"><table class="pa-eval-failing">'
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>"
    )


def report_html(outcome: EvalOutcome | None, script: str) -> str:
    """The whole report view: where it came from, the metrics, the failing items."""
    if outcome is None or outcome.report is None:
        return f"<p>{_e(in_script(NO_REPORT, script))}</p>"
    report = outcome.report
    config = report.get("config", {})
    source = in_script(
        f"報告：資料集 {config.get('dataset', '?')}，模式 {config.get('mode', '?')}，k={config.get('k', '?')}，"
        f"時間 {config.get('when', '?')}",
        script,
    )
    return f'<p class="pa-eval-source">{_e(source)}</p>' + metrics_html(report, script) + failing_html(report, script)


def shown(outcome: EvalOutcome | None, script: str) -> tuple[Any, ...]:
    """The report view, chart, download button and state for `outcome` (None: no report yet)."""
    chart = outcome.chart if outcome else None
    report_json = outcome.report_json if outcome else None
    return (
        report_html(outcome, script),
        gr.Image(value=str(chart) if chart else None, visible=chart is not None),
        gr.DownloadButton(value=str(report_json) if report_json else None, visible=report_json is not None),
        outcome,
    )


def add_eval_tab(evaluator: Evaluator, script: gr.Radio, tab: gr.Tab) -> None:
    """Build the tab's body (call inside `tab`) and wire its events; opening the tab shows the newest report."""
    limits = (
        f"上傳評測集：JSONL 檔案，每行一題，格式同 `evals/data/qa.jsonl`（見 README「Evaluate」）。"
        f"最多 {evaluator.max_items} 題、{evaluator.max_upload_bytes // 1024} KB；同一時間只進行一個評測。"
    )
    intro = gr.Markdown(limits, elem_id="pa-eval-limits")
    with gr.Row():
        upload = gr.File(label=UPLOAD_LABEL, file_types=[".jsonl"], type="filepath", elem_id="pa-eval-upload")
        with gr.Column():
            start = gr.Button(RUN_LABEL, variant="primary", elem_id="pa-eval-run")
            status = gr.Markdown("", elem_id="pa-eval-status")
            download = gr.DownloadButton(DOWNLOAD_LABEL, elem_id="pa-eval-download", visible=False)
    guard = gr.HTML(
        f'<span data-max-bytes="{int(evaluator.max_upload_bytes)}" hidden></span>',
        js_on_load=GUARD_JS,
        elem_id="pa-eval-guard",
        container=False,
    )
    chart = gr.Image(
        label=CHART_LABEL, height=320, type="filepath", interactive=False, elem_id="pa-eval-chart", visible=False
    )
    report = gr.HTML(report_html(None, "auto"), elem_id="pa-eval-report")
    current = gr.State(None)
    views = [report, chart, download, current]

    def refresh(s: str) -> tuple[Any, ...]:
        return shown(evaluator.latest(), s)

    tab.select(refresh, [script], views, api_visibility=PRIVATE)

    def run(path: str | None, s: str, progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008 (how Gradio finds the bar)
        def tick(done: int, total: int) -> None:
            progress((done, total), desc=in_script("評測中", s), unit="題")

        outcome = evaluator.run(Path(path) if path else None, tick)
        message = in_script(outcome.message, s)
        if outcome.report is None:
            return message, gr.skip(), gr.skip(), gr.skip(), gr.skip()
        return (message, *shown(outcome, s))

    def too_large(s: str, evt: gr.EventData) -> str:
        size = int(getattr(evt, "size", 0))
        return in_script(too_large_message(size, evaluator.max_upload_bytes), s)

    guard.too_large(too_large, [script], [status], api_visibility=PRIVATE)

    # no concurrency limit here: a second run must reach the evaluator to hear that one is running
    start.click(run, [upload, script], [status, *views], concurrency_limit=None, api_visibility=PRIVATE)

    def switch(s: str, outcome: EvalOutcome | None) -> tuple[Any, ...]:
        return (
            report_html(outcome, s),
            in_script(limits, s),
            gr.File(label=in_script(UPLOAD_LABEL, s)),
            gr.Button(value=in_script(RUN_LABEL, s)),
            gr.DownloadButton(label=in_script(DOWNLOAD_LABEL, s)),
            gr.Image(label=in_script(CHART_LABEL, s)),
        )

    script.change(switch, [script, current], [report, intro, upload, start, download, chart], api_visibility=PRIVATE)
