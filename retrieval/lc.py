"""A LangChain `BaseRetriever` over the hybrid search, for use in any LangChain chain.

retriever = PlanRetriever(search=search, k=5)
docs = retriever.invoke("海珠湿地有啥规划")
docs[0].metadata["breadcrumb"]
"""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, Field

from retrieval.search import HybridSearch


class PlanRetriever(BaseRetriever):
    """Returns the best chunk of each of the top-k sections, with 章/節 metadata."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    search: HybridSearch
    k: int = Field(default=5, ge=1, le=50)

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        result = self.search.search(query, k=self.k)
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
