"""Chroma as the vector store: embedded (`PersistentClient` in the index directory) or a server.

We always pass our own vectors; Chroma's default embedding function would try to download a
model. Every record also carries its text and its place in the plan (`place`), so the index can
be read with plain `chromadb` and `retrieval.chroma_ef.PlanEmbeddingFunction`. A collection is marked complete in its metadata only after every chunk is in, so a
build killed halfway is seen as incomplete and rebuilt.

Faults while serving: a Chroma server that stops answering raises `StoreUnavailableError`
within `HTTP_TIMEOUT_S` (the search then falls back to keywords), and the same client works
again once the server is back. `ChromaStore.check` is the live probe behind `/healthz`.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from corpus.errors import PlanAssistantError
from corpus.models import Chunk

if TYPE_CHECKING:
    from chromadb.api import ClientAPI

log = logging.getLogger(__name__)

HTTP_TIMEOUT_S = 20.0  # one request to a Chroma server; its client would otherwise wait forever


class StoreUnavailableError(PlanAssistantError):
    """The vector store cannot be reached or opened."""


def _settings():  # type: ignore[no-untyped-def]
    import chromadb

    return chromadb.Settings(anonymized_telemetry=False, allow_reset=False)


def connect(
    index_dir: Path | None, host: str | None = None, port: int = 8000, *, timeout_s: float = HTTP_TIMEOUT_S
) -> ClientAPI:
    """A Chroma client: a server at host:port when host is set, else embedded in `index_dir`."""
    import chromadb

    if host:
        try:
            client = chromadb.HttpClient(host=host, port=port, settings=_settings())
            _set_http_timeout(client, timeout_s)
            client.heartbeat()
            return client
        except Exception as exc:
            raise StoreUnavailableError(
                f"Chroma server at {host}:{port} is unreachable ({exc.__class__.__name__}) — start it with `chroma run` or unset PLAN_ASSISTANT_CHROMA_HOST"
            ) from exc
    if index_dir is None:
        raise ValueError("index_dir is required for an embedded Chroma")
    path = index_dir / "chroma"
    for attempt in (1, 2):
        try:
            path.mkdir(parents=True, exist_ok=True)
            client = chromadb.PersistentClient(path=str(path), settings=_settings())
            client.list_collections()
            return client
        except Exception as exc:
            if attempt == 2:
                raise StoreUnavailableError(
                    f"cannot open the index at {path}: {exc} — delete the folder and run `plan-assistant index`"
                ) from exc
            log.warning("index at %s is unreadable (%s); wiping it for a rebuild", path, exc)
            _forget_clients()
            shutil.rmtree(path, ignore_errors=True)
    raise AssertionError("unreachable")


def _set_http_timeout(client, timeout_s: float) -> None:  # type: ignore[no-untyped-def]
    """Chroma's HTTP client has no timeout setting (its httpx session waits forever on a hung
    server); set one on the session it shares with its collections, when it has one."""
    import httpx

    session = getattr(getattr(client, "_server", None), "_session", None)
    if isinstance(session, httpx.Client):
        session.timeout = httpx.Timeout(timeout_s)
    else:
        log.warning(
            "cannot set a timeout on this Chroma client (%s); a hung server would block searches", type(client).__name__
        )


def _forget_clients() -> None:
    """Chroma caches one client per path; a broken one must go before the path is reopened."""
    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()


Metadata = dict[str, str | int]


def place(chapter_no: int, section_no: int, breadcrumb: str, lines: Sequence[int], kind: str) -> Metadata:
    """A record's metadata: where it sits in the plan, in Chroma's scalar values (so `where`
    filters work: `{"chapter_no": 9}`, `{"kind": "sentence"}`, `{"line_first": {"$gte": 270}}`).
    `lines` is the line numbers joined by commas ("140,141"; "" for a heading only in the TOC)."""
    return {
        "chapter_no": chapter_no,
        "section_no": section_no,
        "breadcrumb": breadcrumb,
        "lines": ",".join(str(n) for n in lines),
        "line_first": min(lines, default=0),
        "line_last": max(lines, default=0),
        "kind": kind,
    }


class ChromaStore:
    """One collection of vectors with their text and metadata (`place`), named by the index key."""

    def __init__(self, client, name: str) -> None:  # type: ignore[no-untyped-def]
        self._client = client
        self.name = name
        self._col = None

    def _collection(self):  # type: ignore[no-untyped-def]
        """The collection, created if missing (for building)."""
        if self._col is None:
            self._col = self._client.get_or_create_collection(
                self.name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
            )
        return self._col

    def _existing(self):  # type: ignore[no-untyped-def]
        """The collection for reading: never created (an empty one would hide a lost index)."""
        if self._col is None:
            self._col = self._client.get_collection(self.name, embedding_function=None)
        return self._col

    def is_complete(self, n_chunks: int, n_sentences: int | None = None) -> bool:
        try:
            col = self._client.get_collection(self.name, embedding_function=None)
            meta = col.metadata or {}
            if meta.get("complete") != "yes" or meta.get("n_chunks") != n_chunks:
                return False
            if n_sentences is not None and meta.get("n_sentences") != n_sentences:
                return False
            return bool(col.count() == n_chunks)
        except Exception:  # missing, or unreadable: either way not a complete index
            return False

    def reset(self) -> None:
        try:
            self._client.delete_collection(self.name)
        except Exception:
            pass  # nothing to delete
        self._col = None

    def add(self, chunks: Sequence[Chunk], vectors: np.ndarray) -> None:
        """Chunks with their vectors, their text as printed and their place in the plan."""
        self.add_vectors(
            [c.chunk_id for c in chunks],
            vectors,
            [place(c.chapter_no, c.section_no, c.breadcrumb, c.lines, "chunk") for c in chunks],
            [c.text for c in chunks],
        )

    def add_vectors(
        self,
        ids: Sequence[str],
        vectors: np.ndarray,
        metadatas: Sequence[Metadata] | None = None,
        documents: Sequence[str] | None = None,
    ) -> None:
        self._collection().add(
            ids=list(ids),
            embeddings=vectors.astype(np.float32),
            metadatas=list(metadatas) if metadatas else None,
            documents=list(documents) if documents else None,
        )

    def all_vectors(self) -> tuple[list[str], np.ndarray]:
        """Every id and vector in the collection (for small collections held in memory)."""
        try:
            got = self._existing().get(include=["embeddings"])
        except Exception as exc:
            raise StoreUnavailableError(f"cannot read vectors ({exc.__class__.__name__}: {exc})") from exc
        return list(got["ids"]), np.asarray(got["embeddings"], dtype=np.float32)

    def mark_complete(self, n_chunks: int, extra: dict[str, str | int]) -> None:
        self._collection().modify(metadata={"complete": "yes", "n_chunks": n_chunks, **extra})

    def query(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        """The k nearest chunk ids with cosine similarity (1 − Chroma's cosine distance)."""
        try:
            res = self._existing().query(
                query_embeddings=vector[None, :].astype(np.float32), n_results=k, include=["distances"]
            )
        except Exception as exc:
            raise StoreUnavailableError(f"vector search failed ({exc.__class__.__name__}: {exc})") from exc
        return [(cid, 1.0 - float(d)) for cid, d in zip(res["ids"][0], res["distances"][0])]

    def count(self) -> int:
        return int(self._collection().count())

    def check(self, n_expected: int, *, every_vector: bool = False) -> str | None:
        """None when the collection holds `n_expected` vectors and answers a query; else what is wrong.

        Cheap (a count, one vector, a 1-NN query): the live probe behind `/healthz`. With
        `every_vector`, every vector is read back too (before an index is reused at start-up).
        """
        try:
            col = self._client.get_collection(self.name, embedding_function=None)
            n = col.count()
            if n != n_expected:
                return f"the index holds {n} of {n_expected} vectors"
            if n:
                first = col.get(limit=1, include=["embeddings"])
                vector = np.asarray(first["embeddings"][:1], dtype=np.float32)
                found = col.query(query_embeddings=vector, n_results=1, include=["distances"])
                if not found["ids"] or not found["ids"][0]:
                    return "a vector search over the index finds nothing"
            if every_vector:
                ids, _ = self.all_vectors()
                if len(ids) != n_expected:
                    return f"only {len(ids)} of {n_expected} vectors can be read back"
        except Exception as exc:
            return f"{exc.__class__.__name__}: {str(exc)[:200]}"
        return None

    def missing_files(self) -> str | None:
        """For an embedded index: why its files are gone (deleted while serving), else None."""
        try:
            conf = self._client.get_settings()
        except Exception:
            return None
        if not conf.is_persistent or not conf.persist_directory:
            return None
        db = Path(conf.persist_directory) / "chroma.sqlite3"
        return None if db.is_file() else f"the index file {db} is gone"

    @property
    def remote(self) -> bool:
        try:
            return not self._client.get_settings().is_persistent
        except Exception:
            return False

    @property
    def client(self):  # type: ignore[no-untyped-def]
        return self._client


def wipe_collections_except(client, keep: Sequence[str], prefix: str = "plan-") -> None:  # type: ignore[no-untyped-def]
    """Drop stale plan collections (older corpus, embedder or chunker) so the index does not grow."""
    for col in client.list_collections():
        name = getattr(col, "name", col)
        if name.startswith(prefix) and name not in keep:
            client.delete_collection(name)
