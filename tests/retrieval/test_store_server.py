"""The same index and search against a real `chroma run` server over HTTP."""

from __future__ import annotations

import pytest

from corpus.models import Plan
from evals.process import free_port
from retrieval.embed import Embedder
from retrieval.search import HybridSearch
from retrieval.store import StoreUnavailableError, connect

pytestmark = pytest.mark.slow


def test_search_against_a_chroma_server(
    plan: Plan, embedder: Embedder, chroma_server: tuple[str, int], search: HybridSearch
) -> None:
    host, port = chroma_server
    remote = HybridSearch.open(plan, embedder, connect(None, host, port))
    assert remote.status is not None and remote.status.n_chunks == len(remote.chunks)
    for query in ("夜间经济", "人才公寓建设", "海珠湿地有啥规划"):
        local_keys = [s.key for s in search.search(query).sections]
        remote_keys = [s.key for s in remote.search(query).sections]
        assert remote_keys == local_keys
    # a second open reuses the server's collection
    again = HybridSearch.open(plan, embedder, connect(None, host, port))
    assert again.status is not None and not again.status.built


def test_unreachable_server_is_a_clear_error() -> None:
    with pytest.raises(StoreUnavailableError, match="unreachable"):
        connect(None, "127.0.0.1", free_port())
