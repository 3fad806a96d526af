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
from typing import TYPE_CHECKING

import numpy as np

from corpus.chunk import CHUNKER_VERSION
from corpus.models import Chunk, Kind, Plan, Sentence
from corpus.text import normalize
from retrieval.embed import Embedder
from retrieval.store import ChromaStore, Metadata, place, wipe_collections_except

if TYPE_CHECKING:
    from chromadb.api import ClientAPI

BATCH = 32  # texts per embedding call (the batches decide the vectors to the last bit: keep it)
# what is stored besides chunk vectors (bump on any change): 2: sentences and section headings;
# 3: every record carries its text and metadata (chapter_no, section_no, breadcrumb, lines, kind)
INDEX_LAYOUT = "3"
log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from tqdm import tqdm


@dataclass(frozen=True)
class IndexKey:
    corpus_sha256: str
    embedder_id: str
    chunker_version: str = CHUNKER_VERSION
    layout: str = INDEX_LAYOUT

    @property
    def digest(self) -> str:
        raw = f"{self.corpus_sha256}|{self.embedder_id}|{self.chunker_version}|{self.layout}"
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


def section_headings(plan: Plan, chunks: Sequence[Chunk]) -> dict[tuple[int, int], str]:
    """The heading of every 節 that has chunks; an unheaded chapter intro is headed by its chapter's title."""
    have = {(c.chapter_no, c.section_no) for c in chunks}
    return {
        (ch.chapter_no, sec.section_no): sec.title or ch.title
        for ch in plan.chapters
        for sec in ch.sections
        if (ch.chapter_no, sec.section_no) in have
    }


def heading_id(key: tuple[int, int]) -> str:
    return f"heading:{key[0]}:{key[1]}"


@dataclass(frozen=True)
class Record:
    """A short text of the sentence collection: its id, its text as printed, its place."""

    id: str
    text: str
    metadata: Metadata


def short_texts(plan: Plan, chunks: Sequence[Chunk]) -> list[Record]:
    """Every quotable sentence, then every 節 heading, with the 章/節 each belongs to.

    A heading's line is where it is printed in the body; "" when it appears only in the table
    of contents (21 of the 55 節 headings: see README, "The plan as a tree")."""
    where: dict[tuple[int, int], Chunk] = {}
    for c in chunks:
        for s in c.sentences:
            where.setdefault((s.line, s.start), c)
    records = []
    for s in unique_sentences(chunks):
        c = where[(s.line, s.start)]
        records.append(
            Record(sentence_id(s), s.text, place(c.chapter_no, c.section_no, c.breadcrumb, (s.line,), "sentence"))
        )
    heading_kinds = (Kind.SECTION_HEADING, Kind.CHAPTER_HEADING)
    for key, title in section_headings(plan, chunks).items():
        printed = [i.line for i in plan.items_in(*key) if i.kind in heading_kinds][:1]
        records.append(Record(heading_id(key), title, place(*key, plan.breadcrumb(*key), printed, "heading")))
    return records


@dataclass(frozen=True)
class IndexStatus:
    key: IndexKey
    built: bool  # True when this call (re)built the index
    n_chunks: int
    seconds: float


def ensure_index(
    plan: Plan,
    chunks: Sequence[Chunk],
    embedder: Embedder,
    client: ClientAPI,
    *,
    progress: bool = False,
    force: bool = False,
) -> tuple[ChromaStore, IndexStatus]:
    """The store for this plan + embedder + chunker, built if missing, stale or incomplete."""
    t0 = time.perf_counter()
    key = IndexKey(plan.source_sha256, embedder.embedder_id)
    store = ChromaStore(client, key.collection_name)
    sentences_store = ChromaStore(client, key.sentence_collection_name)
    # sentences and headings share a collection: both are short texts the rerank scores
    texts = short_texts(plan, chunks)
    if not force and _reusable(store, sentences_store, len(chunks), len(texts)):
        return store, IndexStatus(key, False, len(chunks), time.perf_counter() - t0)
    store.reset()
    sentences_store.reset()
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(chunks) + len(texts), desc="embedding the plan", unit="text")
    chunk_vectors, text_vectors = embed_all(
        embedder, [[c.embed_text for c in chunks], [normalize(r.text) for r in texts]], bar
    )
    # one insert per collection (up to Chroma's batch limit): 32 records a call cost ≈ 4× the CPU
    step = max_batch_size(client)
    for start in range(0, len(chunks), step):
        store.add(chunks[start : start + step], chunk_vectors[start : start + step])
    for start in range(0, len(texts), step):
        rows = texts[start : start + step]
        sentences_store.add_vectors(
            [r.id for r in rows],
            text_vectors[start : start + step],
            [r.metadata for r in rows],
            [r.text for r in rows],
        )
    if bar:
        bar.close()
    # marked last: a build killed before this line is incomplete and is rebuilt next time
    store.mark_complete(
        len(chunks),
        {
            "n_sentences": len(texts),
            "corpus_sha256": key.corpus_sha256,
            "embedder_id": key.embedder_id,
            "chunker_version": key.chunker_version,
            "layout": key.layout,
        },
    )
    wipe_collections_except(client, [key.collection_name, key.sentence_collection_name])
    return store, IndexStatus(key, True, len(chunks), time.perf_counter() - t0)


def embed_in_batches(embedder: Embedder, texts: Sequence[str], bar: tqdm | None = None) -> np.ndarray:
    """Passage vectors for `texts`, in their order. Embedded in batches of `BATCH` texts of
    similar length (shortest first), so a batch pads little; `bar` advances per batch."""
    return embed_all(embedder, [texts], bar)[0]


def embed_all(embedder: Embedder, lists: Sequence[Sequence[str]], bar: tqdm | None = None) -> list[np.ndarray]:
    """`embed_in_batches` for each list of texts, all in one pass: each list is batched on its
    own (so its vectors do not depend on the other lists), and an embedder that can run several
    batches at once (`embed_passage_batches`) gets all of them together."""
    groups: list[tuple[int, list[int]]] = []  # (list, rows of one batch)
    for n, texts in enumerate(lists):
        lengths = [len(t) for t in texts]
        order = sorted(range(len(texts)), key=lengths.__getitem__)
        groups += [(n, order[start : start + BATCH]) for start in range(0, len(order), BATCH)]
    batches = [[lists[n][i] for i in rows] for n, rows in groups]
    parallel = getattr(embedder, "embed_passage_batches", None)
    results = parallel(batches) if parallel else (embedder.embed_passages(b) for b in batches)
    out: list[np.ndarray | None] = [None] * len(lists)
    for (n, rows), batch in zip(groups, results, strict=True):
        batch = np.asarray(batch, dtype=np.float32)
        vectors = out[n]
        if vectors is None:
            vectors = out[n] = np.empty((len(lists[n]), batch.shape[1]), dtype=np.float32)
        vectors[rows] = batch
        if bar:
            bar.update(len(rows))
    return [v if v is not None else np.empty((0, 0), dtype=np.float32) for v in out]


def max_batch_size(client: ClientAPI, default: int = 1000) -> int:
    """Records one `add` may carry (Chroma's limit; `default` when the client cannot say)."""
    try:
        return max(1, int(client.get_max_batch_size()))
    except Exception:  # an older or remote client without the call: a size every backend takes
        return default


def _reusable(store: ChromaStore, sentences_store: ChromaStore, n_chunks: int, n_sentences: int) -> bool:
    """Complete and readable: damaged segment files fail only when read, so read everything once."""
    if not store.is_complete(n_chunks, n_sentences):
        return False
    problem = store.check(n_chunks, every_vector=True) or sentences_store.check(n_sentences, every_vector=True)
    if problem:
        log.warning("the index %s is damaged (%s); rebuilding it", store.name, problem)
        return False
    return True
