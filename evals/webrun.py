"""Evaluations started from the web UI's 評測 tab: an uploaded JSONL file, checked, bounded, one at a time.

    runner = UploadRunner(assistant, reports_dir=Path("out/eval"), max_items=300, max_upload_bytes=512 * 1024)
    outcome = runner.run(Path("my_set.jsonl"), lambda done, total: ...)
    outcome.message, outcome.report_json           # "評測完成：…", out/eval-ui/20261202-011500/report.json

Every way an upload can be wrong (too large, binary, not UTF-8, not JSONL, a missing or wrong
field, too many items) and a second run while one runs come back as a message in Chinese naming
what to fix — never an exception. Runs are written to `<reports_dir>-ui/<time>/`, the same files
as `plan-assistant eval --out`.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from assistant.service import Assistant
from assistant.settings import Settings
from evals.dataset import FIELDS, MISSING_ZH, DatasetError, EvalItem, parse_item
from evals.run import run_eval
from ui.eval_tab import EvalOutcome, too_large_message

BUSY = "已有一個評測正在進行，同一時間只能進行一個評測。請等它完成後再試。"
NO_FILE = "請先選擇要上傳的 JSONL 評測檔案。"


class UploadError(ValueError):
    """An upload that cannot be run; the message (in Chinese) says what to fix."""


def _line_problem(number: int, exc: DatasetError) -> str:
    if exc.problem_zh == MISSING_ZH:
        return f"第 {number} 行缺少欄位「{exc.field}」（每題必須有：{'、'.join(FIELDS)}）。"
    if exc.field:
        return f"第 {number} 行的欄位「{exc.field}」不符合格式：{exc.problem_zh}。"
    return f"第 {number} 行不符合格式：{exc}。"


def check_upload(path: Path, *, max_items: int, max_bytes: int) -> list[EvalItem]:
    """The items of an uploaded file, or `UploadError` saying what is wrong with it (the first problem)."""
    size = path.stat().st_size
    if size > max_bytes:
        raise UploadError(too_large_message(size, max_bytes))
    data = path.read_bytes()
    if b"\x00" in data:
        raise UploadError("這不是文字檔（含有二進位內容）。請上傳 UTF-8 編碼的 JSONL 檔案：每行一個 JSON 物件。")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UploadError(
            f"檔案不是 UTF-8 文字（第 {exc.start + 1} 個位元組）。請以 UTF-8 編碼另存後再上傳。"
        ) from None
    lines = [(n, raw) for n, raw in enumerate(text.splitlines(), start=1) if raw.strip()]
    if not lines:
        raise UploadError("檔案是空的：沒有任何題目。")
    if len(lines) > max_items:
        raise UploadError(f"題目太多（{len(lines):,} 題），每次評測最多 {max_items:,} 題。請分成幾個檔案分別評測。")
    if len(lines) == 1 and lines[0][1].lstrip().startswith("["):
        raise UploadError("檔案是一個 JSON 陣列；評測檔須是 JSONL：每行一個 JSON 物件，不加方括號。")
    items: list[EvalItem] = []
    seen: set[str] = set()
    for number, raw in lines:
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise UploadError(
                f"第 {number} 行不是有效的 JSON（第 {exc.colno} 欄：{exc.msg}）。評測檔須是 JSONL：每行一個 JSON 物件。"
            ) from None
        if not isinstance(obj, dict):
            raise UploadError(
                f'第 {number} 行不是 JSON 物件（是 {type(obj).__name__}）。每行應是一題：{{"id": …, "question": …}}。'
            )
        try:
            item = parse_item(obj, f"line {number}")
        except DatasetError as exc:
            raise UploadError(_line_problem(number, exc)) from None
        if item.id in seen:
            raise UploadError(f"第 {number} 行的 id「{item.id}」與前面的題目重複。")
        seen.add(item.id)
        items.append(item)
    return items


def summary(report: dict[str, Any]) -> str:
    d = report["dataset"]
    skipped = f"，{d['n_skipped']} 題無法評分而略過" if d["n_skipped"] else ""
    warned = f"，{len(d['warnings'])} 個標註警告" if d["warnings"] else ""
    return (
        f"評測完成：{d['n_scored']} 題已評分{skipped}{warned}；答對率 {report['answer']['accuracy']:.3f}，"
        f"hit@1 {report['retrieval']['hit@1']:.3f}。"
    )


class UploadRunner:
    """The `ui.eval_tab.Evaluator` of a server: runs uploads over its assistant, one at a time."""

    def __init__(
        self,
        assistant: Assistant,
        *,
        reports_dir: Path,
        max_items: int,
        max_upload_bytes: int,
        mode: str = "extractive",
        k: int = 5,
        lock: AbstractContextManager[Any] | None = None,
        embedder_id: str = "",
    ) -> None:
        if max_items < 1 or max_upload_bytes < 1:
            raise ValueError(f"max_items and max_upload_bytes must be at least 1, got {max_items}, {max_upload_bytes}")
        self.assistant = assistant
        self.reports_dir = reports_dir
        self.runs_dir = reports_dir.with_name(reports_dir.name + "-ui")
        self.folders = (reports_dir, self.runs_dir)
        self.max_items = max_items
        self.max_upload_bytes = max_upload_bytes
        self.mode = mode
        self.k = k
        self.lock = lock
        self.embedder_id = embedder_id
        self._running = threading.Lock()

    @property
    def busy(self) -> bool:
        return self._running.locked()

    def latest(self) -> EvalOutcome | None:
        """The newest report: the CLI's (`reports_dir`) or a run from the tab, whichever was written last."""
        candidates = [self.reports_dir / "report.json", *self.runs_dir.glob("*/report.json")]
        found = [p for p in candidates if p.is_file()]
        for path in sorted(found, key=lambda p: p.stat().st_mtime, reverse=True):
            try:
                report = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue  # a half-written or damaged report: try the next
            if isinstance(report, dict) and "config" in report:
                chart = path.with_name("accuracy.png")
                return EvalOutcome(f"最新評測報告：{path}", report, path, chart if chart.is_file() else None)
        return None

    def run(self, upload: Path | None, progress: Callable[[int, int], None]) -> EvalOutcome:
        """Check and run one upload; a message instead of a report when it cannot run."""
        if upload is None:
            return EvalOutcome(NO_FILE)
        if not self._running.acquire(blocking=False):
            return EvalOutcome(BUSY)
        try:
            try:
                check_upload(upload, max_items=self.max_items, max_bytes=self.max_upload_bytes)
            except UploadError as exc:
                return EvalOutcome(str(exc))
            out = self.runs_dir / dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
            try:
                report = run_eval(
                    self.assistant,
                    upload,
                    mode=self.mode,
                    k=self.k,
                    out=out,
                    progress=False,
                    embedder_id=self.embedder_id,
                    lock=self.lock,
                    on_progress=progress,
                )
            except DatasetError as exc:
                detail = str(exc).split(": ", 1)[-1]
                return EvalOutcome(f"這個評測集無法評分：{detail}")
            return EvalOutcome(summary(report), report, out / "report.json", out / "accuracy.png")
        finally:
            self._running.release()


def make_evaluator(settings: Settings, backend: Any) -> UploadRunner:
    """The `plan_assistant.evaluator` entry point: a runner over the server's assistant and search lock."""
    embedder = backend.assistant.search.embedder
    return UploadRunner(
        backend.assistant,
        reports_dir=settings.eval_dir,
        max_items=settings.eval_max_items,
        # within the server's body limit, less room for the upload's form fields: a larger file would
        # be refused before the tab could say why
        max_upload_bytes=min(  # room for the multipart wrapping within the server's body limit
            settings.eval_max_upload_bytes, max(settings.max_body_bytes // 2, settings.max_body_bytes - 16 * 1024)
        ),
        mode=settings.mode,
        lock=backend.lock,
        embedder_id=embedder.embedder_id if embedder else "",
    )
