"""Evaluations from the 評測 tab: what an upload must be, the bounds, one run at a time, the report."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest

from assistant.service import Assistant
from assistant.settings import Settings
from corpus.chunk import chunk_plan
from corpus.models import Plan
from evals.webrun import BUSY, NO_FILE, UploadError, UploadRunner, check_upload
from retrieval.search import HybridSearch
from tests.evals.rows import AIR_TARGET, NOT_IN_PLAN, jsonl

ROWS: list[dict[str, Any]] = [
    AIR_TARGET | {"id": "w1"},
    {
        "id": "w2",
        "question": "提升固體廢物處理能力的任務在哪一節？",
        "lang": "zh-Hant",
        "persona": "civil_servant",
        "type": "where",
        "answer": "第九章第二節",
        "key_facts": [],
        "citations": [{"chapter_no": 9, "section_no": 2}],
        "lines": [276],
    },
    NOT_IN_PLAN | {"id": "w3"},
]


@pytest.fixture(scope="module")
def keyword_assistant(plan: Plan) -> Assistant:
    return Assistant(HybridSearch(plan, chunk_plan(plan), None, None))


@pytest.fixture
def upload(tmp_path: Path) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text(jsonl(ROWS), encoding="utf-8")
    return path


def runner_for(assistant: Assistant, tmp_path: Path, **kw: Any) -> UploadRunner:
    args: dict[str, Any] = {"reports_dir": tmp_path / "out" / "eval", "max_items": 10, "max_upload_bytes": 64 * 1024}
    return UploadRunner(assistant, **(args | kw))


def test_a_good_file_is_read(upload: Path) -> None:
    items = check_upload(upload, max_items=10, max_bytes=64 * 1024)
    assert [i.id for i in items] == ["w1", "w2", "w3"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "不是文字檔"),
        ("題目".encode("big5"), "不是 UTF-8"),
        (b"", "沒有任何題目"),
        (b"   \n\n", "沒有任何題目"),
        (json.dumps(ROWS, ensure_ascii=False).encode(), "JSON 陣列"),
        (b"id,question\nw1,hello\n", "第 1 行不是有效的 JSON"),
        ((jsonl(ROWS[:1]) + "{oops\n").encode(), "第 2 行不是有效的 JSON"),
        (b'["a", "b"]\n[1]\n', "第 1 行不是 JSON 物件"),
        (json.dumps({k: v for k, v in ROWS[0].items() if k != "lang"}).encode(), "第 1 行缺少欄位「lang」"),
        (json.dumps(ROWS[0] | {"lang": "fr"}).encode(), "第 1 行的欄位「lang」不符合格式：應是 "),
        (json.dumps(ROWS[0] | {"lines": "273"}).encode(), "第 1 行的欄位「lines」不符合格式：應是整數（行號）的列表"),
        (
            json.dumps(ROWS[0] | {"key_facts": "86%"}).encode(),
            "第 1 行的欄位「key_facts」不符合格式：應是非空字串的列表",
        ),
        (json.dumps(ROWS[0] | {"verdict": "supported"}).encode(), "「verdict」不符合格式：只用於 type 為 claim 的題目"),
        (jsonl([ROWS[0], ROWS[0]]).encode(), "第 2 行的 id「w1」與前面的題目重複"),
    ],
)
def test_malformed_uploads_get_a_message(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(content)
    with pytest.raises(UploadError) as caught:
        check_upload(path, max_items=10, max_bytes=64 * 1024)
    assert message in str(caught.value)
    assert "Traceback" not in str(caught.value)


def test_bounds_on_size_and_items(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(jsonl([ROWS[0] | {"id": f"x{n}"} for n in range(11)]), encoding="utf-8")
    with pytest.raises(UploadError, match="題目太多（11 題），每次評測最多 10 題"):
        check_upload(path, max_items=10, max_bytes=64 * 1024)
    with pytest.raises(UploadError, match="檔案太大.*上限是 2 KB"):
        check_upload(path, max_items=100, max_bytes=2048)


def test_a_run_writes_the_report_and_reports_progress(
    keyword_assistant: Assistant, upload: Path, tmp_path: Path
) -> None:
    runner = runner_for(keyword_assistant, tmp_path)
    assert runner.latest() is None
    seen: list[tuple[int, int]] = []
    outcome = runner.run(upload, lambda done, total: seen.append((done, total)))
    assert outcome.report is not None and outcome.report_json is not None
    assert outcome.message.startswith("評測完成：3 題已評分")
    saved = json.loads(outcome.report_json.read_text(encoding="utf-8"))
    assert [i["id"] for i in saved["items"]] == ["w1", "w2", "w3"]
    assert outcome.report_json.parent.parent == tmp_path / "out" / "eval-ui"
    assert outcome.chart is not None and outcome.chart.stat().st_size > 1000
    # 3 questions, then the 3 Chinese ones again in the other script
    assert seen == [(n, 6) for n in range(1, 7)]
    latest = runner.latest()
    assert latest is not None and latest.report_json == outcome.report_json


def test_the_newest_report_is_shown(keyword_assistant: Assistant, upload: Path, tmp_path: Path) -> None:
    import os
    import time

    runner = runner_for(keyword_assistant, tmp_path)
    first = runner.run(upload, lambda d, t: None)
    assert first.report_json is not None
    cli = tmp_path / "out" / "eval" / "report.json"
    cli.parent.mkdir(parents=True)
    cli.write_text(json.dumps(first.report | {"config": first.report["config"] | {"dataset": "cli.jsonl"}}))  # type: ignore[operator]
    later = time.time() + 5
    os.utime(cli, (later, later))
    latest = runner.latest()
    assert latest is not None and latest.report_json == cli and latest.report["config"]["dataset"] == "cli.jsonl"  # type: ignore[index]
    cli.write_text("{not json")  # a damaged report is passed over
    latest = runner.latest()
    assert latest is not None and latest.report_json == first.report_json


def test_one_run_at_a_time(keyword_assistant: Assistant, upload: Path, tmp_path: Path) -> None:
    entered, release = threading.Event(), threading.Event()

    class Gate:  # the server's search lock, held up by the test
        def __enter__(self) -> None:
            entered.set()
            assert release.wait(30)

        def __exit__(self, *exc: object) -> None:
            return None

    runner = runner_for(keyword_assistant, tmp_path, lock=Gate())
    results: list[Any] = []
    first = threading.Thread(target=lambda: results.append(runner.run(upload, lambda d, t: None)))
    first.start()
    assert entered.wait(30)
    assert runner.busy
    second = runner.run(upload, lambda d, t: None)
    assert second.message == BUSY and second.report is None
    release.set()
    first.join(60)
    assert results and results[0].report is not None
    assert not runner.busy
    assert runner.run(upload, lambda d, t: None).report is not None  # free again


def test_a_file_that_cannot_be_scored_and_no_file(keyword_assistant: Assistant, tmp_path: Path) -> None:
    runner = runner_for(keyword_assistant, tmp_path)
    assert runner.run(None, lambda d, t: None).message == NO_FILE
    path = tmp_path / "nowhere.jsonl"
    path.write_text(jsonl([ROWS[0] | {"citations": [{"chapter_no": 99, "section_no": 1}]}]), encoding="utf-8")
    outcome = runner.run(path, lambda d, t: None)
    assert outcome.report is None and outcome.message.startswith("這個評測集無法評分")
    assert not runner.busy


def test_the_tab_is_off_on_a_public_address() -> None:
    assert Settings(host="127.0.0.1").eval_tab_enabled
    assert not Settings(host="0.0.0.0").eval_tab_enabled
    assert Settings(host="0.0.0.0", eval_tab="on").eval_tab_enabled
    assert not Settings(host="127.0.0.1", eval_tab="off").eval_tab_enabled


def test_the_evaluator_entry_point_is_declared() -> None:
    import tomllib

    from evals.webrun import make_evaluator

    project = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8"))
    target = project["project"]["entry-points"]["plan_assistant.evaluator"]["uploads"]
    module, name = target.split(":")
    assert (module, name) == (make_evaluator.__module__, make_evaluator.__name__)


def test_the_server_finds_the_runner_through_its_entry_point(
    keyword_assistant: Assistant, upload: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from importlib.metadata import EntryPoint

    import ui.eval_tab
    from ui.backend import Backend
    from ui.feedback import FeedbackStore

    point = EntryPoint("uploads", "evals.webrun:make_evaluator", "plan_assistant.evaluator")
    monkeypatch.setattr(ui.eval_tab, "entry_points", lambda group: [point] if group == point.group else [])
    backend = Backend(keyword_assistant, FeedbackStore(tmp_path / "fb.sqlite3"))
    settings = Settings(eval_dir=tmp_path / "out" / "eval", eval_max_items=2)
    runner = ui.eval_tab.load_evaluator(settings, backend)
    assert isinstance(runner, UploadRunner)
    assert runner.lock is backend.lock and runner.max_items == 2  # questions queue with the chat's
    assert "最多 2 題" in runner.run(upload, lambda d, t: None).message
    monkeypatch.setattr(ui.eval_tab, "entry_points", lambda group: [])
    assert ui.eval_tab.load_evaluator(settings, backend) is None  # evals not installed: no tab


def test_uploads_stay_within_the_body_limit(keyword_assistant: Assistant, tmp_path: Path) -> None:
    from evals.webrun import make_evaluator
    from ui.backend import Backend
    from ui.feedback import FeedbackStore

    backend = Backend(keyword_assistant, FeedbackStore(tmp_path / "fb.sqlite3"))
    roomy = make_evaluator(Settings(eval_max_upload_bytes=100 * 1024, max_body_bytes=1024 * 1024), backend)
    assert roomy.max_upload_bytes == 100 * 1024
    tight = make_evaluator(Settings(eval_max_upload_bytes=4 * 1024 * 1024, max_body_bytes=1024 * 1024), backend)
    assert tight.max_upload_bytes == 1024 * 1024 - 16 * 1024
