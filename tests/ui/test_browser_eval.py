"""The 評測 tab in headless Chromium: upload a small set, watch it run, download report.json; and
the messages for a second run, a set over the limit and files that are not JSONL."""

from __future__ import annotations

import functools
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.service import Assistant
from assistant.settings import Settings
from evals.webrun import BUSY, UploadRunner
from tests.evals.rows import jsonl
from tests.evals.test_webrun import ROWS
from tests.ui import waiting
from tests.ui.conftest import settings_for
from tests.ui.inprocess import serve
from ui.backend import Backend
from ui.server import create_app

pytestmark = pytest.mark.slow

By: Any = pytest.importorskip("selenium.webdriver.common.by").By
wait_for = functools.partial(waiting.wait_for, timeout_s=30.0)  # answers on a busy machine
MAX_ITEMS = 5


class Gate:
    """Stands in for the server's search lock: the test can hold a run after some questions."""

    def __init__(self) -> None:
        self.passed = 0
        self.hold_after: int | None = None
        self.held = threading.Event()
        self.release = threading.Event()

    def __enter__(self) -> None:
        if self.hold_after is not None and self.passed >= self.hold_after:
            self.held.set()
            assert self.release.wait(60)
        self.passed += 1

    def __exit__(self, *exc: object) -> None:
        return None


@pytest.fixture(scope="module")
def eval_server(keyword_assistant: Assistant, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    work = tmp_path_factory.mktemp("eval-ui")
    settings = settings_for(work / "index", work / "feedback.sqlite3").model_copy(
        update={"eval_tab": "on", "eval_dir": work / "out" / "eval"}
    )
    gate = Gate()
    runners: list[UploadRunner] = []

    def evaluator(s: Settings, backend: Backend) -> UploadRunner:
        runner = UploadRunner(
            backend.assistant, reports_dir=s.eval_dir, max_items=MAX_ITEMS, max_upload_bytes=64 * 1024, lock=gate
        )
        runners.append(runner)
        return runner

    app = create_app(settings, keyword_assistant, evaluator=evaluator)
    with serve(app) as url:
        yield {"url": url, "gate": gate, "runner": runners[0], "work": work}


def open_eval_tab(browser: Any, url: str) -> None:
    browser.set_window_size(1280, 900)
    browser.get(url + "/")
    tab = wait_for(
        lambda: [b for b in browser.find_elements(By.CSS_SELECTOR, "button[role='tab']") if "評測" in b.text]
    )
    tab[0].click()
    wait_for(lambda: browser.find_element(By.CSS_SELECTOR, "#pa-eval-run").is_displayed())


def upload_and_run(browser: Any, path: Path) -> None:
    choose(browser, path)
    wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, f"#pa-eval-upload td.filename[aria-label='{path.name}']"))
    browser.find_element(By.CSS_SELECTOR, "#pa-eval-run").click()


def choose(browser: Any, path: Path) -> None:
    field = wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "#pa-eval-upload input[type='file']"))[0]
    field.send_keys(str(path))


def status(browser: Any) -> str:
    return str(browser.find_element(By.CSS_SELECTOR, "#pa-eval-status").text)


def test_the_tab_is_not_on_a_public_server(keyword_assistant: Assistant, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    settings = settings_for(tmp_path / "index", tmp_path / "fb.sqlite3")
    public = create_app(settings.model_copy(update={"host": "0.0.0.0"}), keyword_assistant, evaluator=lambda s, b: None)
    local = create_app(settings.model_copy(update={"eval_tab": "on"}), keyword_assistant, evaluator=lambda s, b: None)
    made: list[str] = []

    def spy(s: Settings, b: Backend) -> None:
        made.append(s.host)
        return None

    create_app(settings.model_copy(update={"host": "0.0.0.0"}), keyword_assistant, evaluator=spy)
    assert made == []  # never even made on a public address
    create_app(settings.model_copy(update={"host": "0.0.0.0", "eval_tab": "on"}), keyword_assistant, evaluator=spy)
    assert made == ["0.0.0.0"]
    for app in (public, local):
        with TestClient(app) as client:
            assert "評測" not in client.get("/config").text  # no evaluator installed: no tab either


def test_an_uploaded_set_runs_with_progress_and_its_report_downloads(
    browser: Any, eval_server: dict[str, Any], tmp_path: Path
) -> None:
    path = tmp_path / "three.jsonl"
    path.write_text(jsonl(ROWS), encoding="utf-8")
    gate: Gate = eval_server["gate"]
    gate.passed, gate.hold_after = 0, 2
    gate.release.clear()
    open_eval_tab(browser, eval_server["url"])
    upload_and_run(browser, path)
    assert gate.held.wait(30)
    # held after two of its six questions: the progress bar says so
    progress = wait_for(
        lambda: "評測中" in browser.find_element(By.TAG_NAME, "body").text and "2/6" in browser.page_source
    )
    assert progress
    gate.hold_after = None
    gate.release.set()
    wait_for(lambda: "評測完成" in status(browser), timeout_s=60)
    assert status(browser).startswith("評測完成：3 題已評分")
    report = browser.find_element(By.CSS_SELECTOR, "#pa-eval-report")
    assert "答錯的題目" in report.text and "全部" in report.text
    assert "three.jsonl" in report.text
    assert browser.find_element(By.CSS_SELECTOR, "#pa-eval-chart img").is_displayed()
    browser.save_screenshot(str(tmp_path / "eval.png"))
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    browser.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    button = browser.find_element(By.CSS_SELECTOR, "#pa-eval-download")
    assert button.is_displayed() and "report.json" in button.text
    button.click()
    saved_file = wait_for(lambda: [p for p in downloads.glob("*.json") if p.stat().st_size > 0])[0]
    time.sleep(0.5)  # let the browser finish writing it
    saved = json.loads(saved_file.read_text(encoding="utf-8"))
    assert [i["id"] for i in saved["items"]] == ["w1", "w2", "w3"]
    # the next visit shows this run as the latest report
    open_eval_tab(browser, eval_server["url"])
    wait_for(lambda: "three.jsonl" in browser.find_element(By.CSS_SELECTOR, "#pa-eval-report").text)


def test_a_second_run_while_one_runs_is_told_to_wait(browser: Any, eval_server: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "three.jsonl"
    path.write_text(jsonl(ROWS), encoding="utf-8")
    gate: Gate = eval_server["gate"]
    gate.passed, gate.hold_after = 0, 0
    gate.held.clear()
    gate.release.clear()
    runner: UploadRunner = eval_server["runner"]
    first = threading.Thread(target=runner.run, args=(path, lambda d, t: None))
    first.start()  # another evaluator's run, held before its first question
    try:
        assert gate.held.wait(30)
        open_eval_tab(browser, eval_server["url"])
        upload_and_run(browser, path)
        wait_for(lambda: BUSY in status(browser))
    finally:
        gate.hold_after = None
        gate.release.set()
        first.join(60)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (jsonl([ROWS[0] | {"id": f"x{n}"} for n in range(MAX_ITEMS + 1)]).encode(), "每次評測最多 5 題"),
        (b"\x00\x01\x02binary\xff\xfe", "不是文字檔"),
        (b"id,question\nw1,hello\n", "第 1 行不是有效的 JSON"),
        (json.dumps({k: v for k, v in ROWS[0].items() if k != "type"}).encode(), "第 1 行缺少欄位「type」"),
    ],
    ids=["too-many", "binary", "csv", "missing-field"],
)
def test_refused_uploads_get_a_message(
    browser: Any, eval_server: dict[str, Any], tmp_path: Path, content: bytes, message: str
) -> None:
    eval_server["gate"].hold_after = None
    path = tmp_path / "set.jsonl"
    path.write_bytes(content)
    open_eval_tab(browser, eval_server["url"])
    upload_and_run(browser, path)
    wait_for(lambda: message in status(browser))
    assert "Traceback" not in browser.page_source and "Error" not in status(browser)


@pytest.mark.parametrize("size", [70 * 1024, 2 * 1024 * 1024], ids=["over-the-tab-limit", "over-the-body-limit"])
def test_a_file_too_large_is_stopped_before_it_is_sent(
    browser: Any, eval_server: dict[str, Any], tmp_path: Path, size: int
) -> None:
    path = tmp_path / "big.jsonl"
    path.write_bytes(b"x" * size)
    open_eval_tab(browser, eval_server["url"])
    choose(browser, path)
    wait_for(lambda: "檔案太大" in status(browser) and "上限是 64 KB" in status(browser))
    assert not browser.find_elements(By.CSS_SELECTOR, "#pa-eval-upload td.filename")  # nothing was uploaded


def test_the_tab_follows_the_script(browser: Any, eval_server: dict[str, Any]) -> None:
    open_eval_tab(browser, eval_server["url"])
    assert browser.find_element(By.CSS_SELECTOR, "#pa-eval-run").text == "開始評測"
    [e for e in browser.find_elements(By.CSS_SELECTOR, "#pa-script label") if "简体" in e.text][0].click()
    wait_for(lambda: browser.find_element(By.CSS_SELECTOR, "#pa-eval-run").text == "开始评测")
    assert "同一时间只进行一个评测" in browser.find_element(By.CSS_SELECTOR, "#pa-eval-limits").text
    assert "评测集" in browser.find_element(By.CSS_SELECTOR, "#pa-eval-upload").text
