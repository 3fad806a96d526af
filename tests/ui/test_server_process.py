"""The real thing over real HTTP: a `uvicorn` process on a loopback port (and `plan-assistant serve`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from evals.loadtest import LoadResult, check_loopback, question_mix, run_load
from evals.process import free_port, stop_process, wait_healthy

pytestmark = pytest.mark.slow


def test_health_ask_and_errors_over_http(live_server: dict[str, Any]) -> None:
    url = live_server["url"]
    health = httpx.get(f"{url}/healthz").json()
    assert (
        health["index"]["ready"] is True and health["index"]["built_at_startup"] is False
    )  # reused the session's index
    r = httpx.post(f"{url}/api/ask", json={"question": "提升固體廢物處理能力的任務在哪一節？"}, timeout=30)
    assert r.status_code == 200
    assert (r.json()["citations"][0]["chapter_no"], r.json()["citations"][0]["section_no"]) == (9, 2)
    bad = httpx.post(f"{url}/api/ask", content=b"\xff", headers={"content-type": "application/json"})
    assert bad.status_code == 400 and "UTF-8" in bad.json()["error"]["message"]
    assert httpx.get(f"{url}/").status_code == 200


def test_openai_streaming_over_http(live_server: dict[str, Any]) -> None:
    body = {"stream": True, "messages": [{"role": "user", "content": "海珠濕地有甚麼規劃？"}]}
    events = []
    with httpx.stream("POST", f"{live_server['url']}/v1/chat/completions", json=body, timeout=30) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        events = [line for line in r.iter_lines() if line.startswith("data: ")]
    assert events[-1] == "data: [DONE]" and len(events) > 4


def test_load_at_concurrency_8(live_server: dict[str, Any]) -> None:
    questions = question_mix()
    result = run_load(
        live_server["url"],
        requests=48,
        concurrency=8,
        timeout_s=180,
        questions=questions[:24],
        server_pid=live_server["proc"].pid,
    )
    print("\n" + result.report())
    assert result.errors == 0 and len(result.latencies_ms) == 48 and result.rps > 0
    assert result.statuses == {"200": 48}
    assert result.memory.samples_mb and min(result.memory.samples_mb) > 50  # the server's own RSS, sampled
    # the second round repeats the first; a repeat sent while its first asking is still being
    # answered (at most one per client, 8) misses the cache
    assert result.cache["hits"] + result.cache["misses"] == 48 and result.cache["hits"] >= 24 - 8


def test_loadtest_refuses_other_hosts() -> None:
    check_loopback("http://127.0.0.1:7860")
    check_loopback("http://[::1]:7860")
    check_loopback("http://localhost:7860")
    for url in ("http://10.0.0.5:7860", "http://example.org"):
        with pytest.raises(SystemExit, match="only loopback"):
            check_loopback(url)


def test_percentiles() -> None:
    r = LoadResult(10, 0, 2, 2.0, tuple(float(x) for x in range(1, 11)))
    assert (r.percentile(50), r.percentile(95), r.rps) == (5.0, 10.0, 5.0)


SERVE = """
import argparse, sys
from assistant.settings import Settings
from ui.commands import register
p = argparse.ArgumentParser(); register(p.add_subparsers(dest="command", required=True))
args = p.parse_args(sys.argv[1:])
sys.exit(args.func(args, Settings()))
"""


def test_serve_command_reuses_the_index_and_serves(ui_index_dir: Path, tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAN_ASSISTANT_")}
    env.update(PLAN_ASSISTANT_INDEX_DIR=str(ui_index_dir), PLAN_ASSISTANT_FEEDBACK_DB=str(tmp_path / "fb.sqlite3"))
    log = tmp_path / "serve.log"
    with log.open("wb") as fh:
        proc = subprocess.Popen(
            [sys.executable, "-c", SERVE, "serve", "--port", str(port)], env=env, stdout=fh, stderr=subprocess.STDOUT
        )
        try:
            health = wait_healthy(f"http://127.0.0.1:{port}", proc, timeout_s=300)
        finally:
            stop_process(proc)
    assert health["index"]["ready"] is True  # type: ignore[index]
    text = log.read_text(encoding="utf-8", errors="replace")
    assert "index reused" in text and f"http://127.0.0.1:{port}/docs" in text
