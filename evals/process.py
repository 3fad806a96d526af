"""A real `uvicorn` server process on loopback, for the load test, the screenshot and the tests.

with uvicorn_server({"PLAN_ASSISTANT_INDEX_DIR": "/tmp/index"}) as (url, proc):
    httpx.get(url + "/healthz").json()
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import IO, Any

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def stop_process(proc: subprocess.Popen[bytes], timeout_s: float = 15.0) -> None:
    """Ask a child process to stop (SIGTERM); kill it if it has not stopped after `timeout_s`."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def wait_healthy(url: str, proc: subprocess.Popen[bytes] | None = None, timeout_s: float = 900.0) -> dict[str, object]:
    """Poll /healthz until the server answers (the first start may build the index for minutes)."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            r = httpx.get(url.rstrip("/") + "/healthz", timeout=2.0)
            if r.status_code == 200:
                data: dict[str, object] = r.json()
                return data
        except httpx.HTTPError:
            pass
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"the server exited with code {proc.returncode} before it was healthy")
        if time.monotonic() > deadline:
            raise TimeoutError(f"{url} was not healthy after {timeout_s:.0f} s")
        time.sleep(0.3)


@contextmanager
def uvicorn_server(
    env: Mapping[str, str] | None = None, port: int | None = None, log: int | IO[Any] | None = subprocess.DEVNULL
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A real `uvicorn ui.server:app_factory` process on loopback, stopped on exit.

    `env` is the server's whole environment (default: this process's), so a caller can drop
    PLAN_ASSISTANT_* variables as well as set them.
    """
    port = port or free_port()
    cmd = [
        sys.executable,
        "-m",
        "uvicorn",
        "ui.server:app_factory",
        "--factory",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
        "--no-proxy-headers",  # the app reads X-Forwarded-For itself (PLAN_ASSISTANT_TRUSTED_PROXIES)
    ]
    proc = subprocess.Popen(cmd, env=dict(os.environ if env is None else env), stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc)
        yield url, proc
    finally:
        stop_process(proc)
