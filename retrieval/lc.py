"""A LangChain `BaseRetriever` over the hybrid search, for use in any LangChain chain.

retriever = PlanRetriever(search=search, k=5)
docs = retriever.invoke("海珠湿地有啥规划")
docs[0].metadata["breadcrumb"]
retriever.invoke("海珠湿地有啥规划", k=1)                                   # k for one call
retriever.with_config(configurable={"k": 2}).invoke("海珠湿地有啥规划")     # k from the run's config

One document per section (its best chunk), best section first. A `k` larger than what the search
can rank (at most `SEARCH_MAX_K` sections, the plan has 69 with text) gives every section it
found, never an error.
"""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import AsyncCallbackManagerForRetrieverRun, CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import RunnableConfig
from pydantic import ConfigDict, Field

from retrieval.search import HybridSearch, SearchResult

SEARCH_MAX_K = 50  # the most sections `HybridSearch.search` ranks in one call


def valid_k(k: object) -> int:
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise ValueError(f"k must be a whole number of documents, 1 or more, got {k!r}")
    return k


def documents(result: SearchResult) -> list[Document]:
    """The best chunk of each section of `result`, with its 章/節 and ranks as metadata."""
    docs: list[Document] = []
    for section in result.sections:
        for hit in section.hits[:1]:
            c = hit.chunk
            meta: dict[str, Any] = {
                "chunk_id": c.chunk_id,
                "chapter_no": c.chapter_no,
                "section_no": c.section_no,
                "chapter_title": c.chapter_title,
                "section_title": c.section_title,
                "breadcrumb": c.breadcrumb,
                "lines": list(c.lines),
                "score": hit.score,
                "dense_rank": hit.dense_rank,
                "bm25_rank": hit.bm25_rank,
                "degraded": result.degraded,
            }
            docs.append(Document(page_content=c.text, metadata=meta, id=c.chunk_id))
    return docs


class PlanRetriever(BaseRetriever):
    """Returns the best chunk of each of the top-k sections, with 章/節 metadata."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    search: HybridSearch
    k: int = Field(default=5, ge=1, description="documents per call; `k=` on a call or configurable 'k' override it")

    @staticmethod
    def _k_from(config: RunnableConfig | None, kwargs: dict[str, Any]) -> dict[str, Any]:
        """`kwargs` with the run's configurable "k" added, unless the call names its own."""
        configured = ((config or {}).get("configurable") or {}).get("k")
        return kwargs if "k" in kwargs or configured is None else {**kwargs, "k": configured}

    def invoke(self, input: str, config: RunnableConfig | None = None, **kwargs: Any) -> list[Document]:
        return super().invoke(input, config, **self._k_from(config, kwargs))

    async def ainvoke(self, input: str, config: RunnableConfig | None = None, **kwargs: Any) -> list[Document]:
        return await super().ainvoke(input, config, **self._k_from(config, kwargs))

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun, k: int | None = None
    ) -> list[Document]:
        wanted = valid_k(self.k if k is None else k)
        return documents(self.search.search(query, k=min(wanted, SEARCH_MAX_K)))

    async def _aget_relevant_documents(
        self, query: str, *, run_manager: AsyncCallbackManagerForRetrieverRun, k: int | None = None
    ) -> list[Document]:
        # the search is CPU-bound and quick: run it as the sync path does (BaseRetriever's default
        # would hand it to a thread pool without the `k`)
        return self._get_relevant_documents(query, run_manager=run_manager.get_sync(), k=k)
