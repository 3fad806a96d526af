"""The textbook LangChain recipe, as a baseline scored the same way as the product.

Whole file → RecursiveCharacterTextSplitter(500, 50) → Chroma with the same embedder → top-k.
Each chunk is mapped to the 節 of the body line it starts in (TOC and notice lines map to no
section, which counts as a miss), so its section hit@k is comparable with ours.
"""

from __future__ import annotations

import bisect
import uuid

import numpy as np
from langchain_text_splitters import RecursiveCharacterTextSplitter

from corpus.models import Plan
from retrieval.embed import Embedder


class NaiveBaseline:
    def __init__(self, plan: Plan, embedder: Embedder, chunk_size: int = 500, overlap: int = 50) -> None:
        import chromadb

        self.plan = plan
        self.embedder = embedder
        text = "\n".join(plan.source_lines)
        splitter = RecursiveCharacterTextSplitter(chunk_size=chunk_size, chunk_overlap=overlap, add_start_index=True)
        docs = splitter.create_documents([text])
        line_starts = [0]
        for source_line in plan.source_lines[:-1]:
            line_starts.append(line_starts[-1] + len(source_line) + 1)
        place = {i.line: (i.chapter_no, i.section_no) for i in plan.items}
        self.sections: list[tuple[int, int] | None] = []
        for d in docs:
            start = d.metadata["start_index"]
            line = bisect.bisect_right(line_starts, start)  # 1-based line holding the chunk start
            self.sections.append(place.get(line))
        client = chromadb.EphemeralClient(settings=chromadb.Settings(anonymized_telemetry=False))
        self._col = client.create_collection(
            f"naive-{uuid.uuid4().hex[:8]}", embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
        )
        # the textbook recipe embeds the raw text; our embedder expects a consistent script, and
        # we give the baseline the same normalisation so the comparison is about chunking alone
        from corpus.text import normalize

        vectors = np.vstack(
            [
                embedder.embed_passages([normalize(d.page_content) for d in docs[i : i + 16]])
                for i in range(0, len(docs), 16)
            ]
        )
        self._col.add(ids=[str(i) for i in range(len(docs))], embeddings=vectors.astype(np.float32))
        self.n_chunks = len(docs)

    def ranked_sections(self, query: str, k: int = 5) -> tuple[tuple[int, int], ...]:
        """Sections of the top chunks, in rank order, without repeats (a miss for non-body chunks)."""
        from corpus.text import normalize

        vec = self.embedder.embed_queries([normalize(query)])[0]
        res = self._col.query(
            query_embeddings=np.asarray(vec, dtype=np.float32)[None, :], n_results=min(k * 3, self.n_chunks)
        )
        out: list[tuple[int, int]] = []
        for cid in res["ids"][0]:
            sec = self.sections[int(cid)]
            key = sec if sec is not None else (-1, -1)
            if key not in out:
                out.append(key)
        return tuple(out[:k])
