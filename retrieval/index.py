"""Build or reuse the index: keyed by corpus hash + embedder id + chunker version.

    store = ensure_index(plan, chunks, embedder, client, progress=True)

A collection whose key matches and which was marked complete is reused as it is; anything
else (a new plan text, another embedder, a new chunker, a build killed halfway) is rebuilt.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass

from corpus.chunk import CHUNKER_VERSION
from corpus.models import Chunk, Plan
from retrieval.embed import Embedder
from retrieval.store import ChromaStore, wipe_collections_except

BATCH = 16


@dataclass(frozen=True)
class IndexKey:
    corpus_sha256: str
    embedder_id: str
    chunker_version: str = CHUNKER_VERSION

    @property
    def digest(self) -> str:
        raw = f"{self.corpus_sha256}|{self.embedder_id}|{self.chunker_version}"
        return hashlib.sha256(raw.encode()).hexdigest()[:16]

    @property
    def collection_name(self) -> str:
        return f"plan-{self.digest}"


@dataclass(frozen=True)
class IndexStatus:
    key: IndexKey
    built: bool  # True when this call (re)built the index
    n_chunks: int
    seconds: float


def ensure_index(
    plan: Plan, chunks: Sequence[Chunk], embedder: Embedder, client, *, progress: bool = False, force: bool = False  # type: ignore[no-untyped-def]
) -> tuple[ChromaStore, IndexStatus]:
    """The store for this plan + embedder + chunker, built if missing, stale or incomplete."""
    t0 = time.perf_counter()
    key = IndexKey(plan.source_sha256, embedder.embedder_id)
    store = ChromaStore(client, key.collection_name)
    if not force and store.is_complete(len(chunks)):
        return store, IndexStatus(key, False, len(chunks), time.perf_counter() - t0)
    store.reset()
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(chunks), desc="embedding chunks", unit="chunk")
    for start in range(0, len(chunks), BATCH):
        batch = chunks[start : start + BATCH]
        store.add(batch, embedder.embed_passages([c.embed_text for c in batch]))
        if bar:
            bar.update(len(batch))
    if bar:
        bar.close()
    store.mark_complete(len(chunks), {"corpus_sha256": key.corpus_sha256, "embedder_id": key.embedder_id, "chunker_version": key.chunker_version})
    wipe_collections_except(client, key.collection_name)
    return store, IndexStatus(key, True, len(chunks), time.perf_counter() - t0)
