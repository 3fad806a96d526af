from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from corpus.chunk import chunk_plan
from corpus.models import Plan
from retrieval.embed import Embedder
from retrieval.index import IndexKey, ensure_index, section_headings, unique_sentences
from retrieval.store import ChromaStore, connect

pytestmark = pytest.mark.slow


class CountingEmbedder:
    """The real embedder, counting passages embedded (to see whether an index was rebuilt)."""

    def __init__(self, inner: Embedder, suffix: str = "") -> None:
        self.inner, self.suffix, self.passages = inner, suffix, 0

    @property
    def embedder_id(self) -> str:
        return self.inner.embedder_id + self.suffix

    def embed_queries(self, texts):  # type: ignore[no-untyped-def]
        return self.inner.embed_queries(texts)

    def embed_passages(self, texts):  # type: ignore[no-untyped-def]
        self.passages += len(texts)
        return self.inner.embed_passages(texts)


def test_reused_when_unchanged_and_rebuilt_when_embedder_changes(
    plan: Plan, embedder: Embedder, index_dir: Path, search
) -> None:  # type: ignore[no-untyped-def]
    # `search` built the index in index_dir already
    chunks = chunk_plan(plan)
    counting = CountingEmbedder(embedder)
    store, status = ensure_index(plan, chunks, counting, connect(index_dir))
    assert not status.built and counting.passages == 0
    assert store.count() == len(chunks)

    other = CountingEmbedder(embedder, suffix="-v2")
    key = IndexKey(plan.source_sha256, other.embedder_id)
    assert key.collection_name != IndexKey(plan.source_sha256, embedder.embedder_id).collection_name
    # what the index holds besides chunks is part of the key too: an index without headings is rebuilt
    assert (
        IndexKey(plan.source_sha256, embedder.embedder_id, layout="1").collection_name
        != IndexKey(plan.source_sha256, embedder.embedder_id).collection_name
    )


def test_partial_build_is_detected_and_rebuilt(plan: Plan, embedder: Embedder, tmp_path: Path) -> None:
    chunks = chunk_plan(plan)[:20]
    client = connect(tmp_path)
    key = IndexKey(plan.source_sha256, embedder.embedder_id)
    # a build killed halfway: some vectors in, never marked complete
    half = ChromaStore(client, key.collection_name)
    half.add(chunks[:8], np.asarray(embedder.embed_passages([c.embed_text for c in chunks[:8]])))
    assert not half.is_complete(len(chunks))
    counting = CountingEmbedder(embedder)
    store, status = ensure_index(plan, chunks, counting, client)
    assert status.built and counting.passages == len(chunks) + len(unique_sentences(chunks)) + len(
        section_headings(plan, chunks)
    )
    assert store.is_complete(len(chunks))
    # and now it is reused
    again = CountingEmbedder(embedder)
    _, status = ensure_index(plan, chunks, again, connect(tmp_path))
    assert not status.built and again.passages == 0


def test_corrupt_index_directory_is_wiped_and_reopened(tmp_path: Path) -> None:
    chroma_dir = tmp_path / "chroma"
    chroma_dir.mkdir()
    (chroma_dir / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)
    client = connect(tmp_path)
    assert client.list_collections() == []


def test_stale_collections_are_dropped(plan: Plan, embedder: Embedder, tmp_path: Path) -> None:
    chunks = chunk_plan(plan)[:5]
    client = connect(tmp_path)
    ensure_index(plan, chunks, CountingEmbedder(embedder, "-old"), client)
    ensure_index(plan, chunks, CountingEmbedder(embedder, "-new"), client)
    names = sorted(c.name for c in client.list_collections())
    key = IndexKey(plan.source_sha256, embedder.embedder_id + "-new")
    assert names == sorted([key.collection_name, key.sentence_collection_name])
