"""Build or reuse the index: keyed by corpus hash + embedder id + chunker version.

    store = ensure_index(plan, chunks, embedder, client, progress=True)

A collection whose key matches, which was marked complete and whose every vector reads back
is reused as it is; anything else (a new plan text, another embedder, a new chunker, a build
killed halfway, damaged or missing files) is rebuilt.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass

from corpus.chunk import CHUNKER_VERSION
from corpus.models import Chunk, Plan, Sentence
from corpus.text import normalize
from retrieval.embed import Embedder
from retrieval.store import ChromaStore, wipe_collections_except

BATCH = 16
log = logging.getLogger(__name__)


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

    @property
    def sentence_collection_name(self) -> str:
        return f"plan-{self.digest}-sentences"


def sentence_id(s: Sentence) -> str:
    return f"{s.line}:{s.start}"


def unique_sentences(chunks: Sequence[Chunk]) -> list[Sentence]:
    """Each sentence once (chunk windows overlap by a sentence), in reading order."""
    seen: dict[tuple[int, int], Sentence] = {}
    for c in chunks:
        for s in c.sentences:
            seen.setdefault((s.line, s.start), s)
    return list(seen.values())


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
    sentences_store = ChromaStore(client, key.sentence_collection_name)
    sentences = unique_sentences(chunks)
    if not force and _reusable(store, sentences_store, len(chunks), len(sentences)):
        return store, IndexStatus(key, False, len(chunks), time.perf_counter() - t0)
    store.reset()
    sentences_store.reset()
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(chunks) + len(sentences), desc="embedding the plan", unit="text")
    for start in range(0, len(chunks), BATCH):
        batch = chunks[start : start + BATCH]
        store.add(batch, embedder.embed_passages([c.embed_text for c in batch]))
        if bar:
            bar.update(len(batch))
    for start in range(0, len(sentences), BATCH * 2):
        sbatch = sentences[start : start + BATCH * 2]
        vectors = embedder.embed_passages([normalize(s.text) for s in sbatch])
        sentences_store.add_vectors([sentence_id(s) for s in sbatch], vectors)
        if bar:
            bar.update(len(sbatch))
    if bar:
        bar.close()
    # marked last: a build killed before this line is incomplete and is rebuilt next time
    store.mark_complete(
        len(chunks),
        {"n_sentences": len(sentences), "corpus_sha256": key.corpus_sha256, "embedder_id": key.embedder_id, "chunker_version": key.chunker_version},
    )
    wipe_collections_except(client, [key.collection_name, key.sentence_collection_name])
    return store, IndexStatus(key, True, len(chunks), time.perf_counter() - t0)


def _reusable(store: ChromaStore, sentences_store: ChromaStore, n_chunks: int, n_sentences: int) -> bool:
    """Complete and readable: damaged segment files fail only when read, so read everything once."""
    if not store.is_complete(n_chunks, n_sentences):
        return False
    problem = store.check(n_chunks, every_vector=True) or sentences_store.check(n_sentences, every_vector=True)
    if problem:
        log.warning("the index %s is damaged (%s); rebuilding it", store.name, problem)
        return False
    return True
