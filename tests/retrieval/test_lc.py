"""`PlanRetriever` as LangChain users meet it: langchain-tests' standard `RetrieversIntegrationTests`
over the real index, and `k` per call, per config and beyond what exists."""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.retrievers import BaseRetriever
from langchain_tests.integration_tests import RetrieversIntegrationTests

from retrieval.lc import SEARCH_MAX_K, PlanRetriever
from retrieval.search import HybridSearch

pytestmark = pytest.mark.slow
QUERY = "固体废物处理能力"


class TestPlanRetrieverStandard(RetrieversIntegrationTests):
    @pytest.fixture(autouse=True)
    def _search(self, search: HybridSearch) -> None:
        self.hybrid = search

    @property
    def retriever_constructor(self) -> type[BaseRetriever]:
        return PlanRetriever

    @property
    def retriever_constructor_params(self) -> dict[str, Any]:
        return {"search": self.hybrid}

    @property
    def retriever_query_example(self) -> str:
        return "海珠湿地有啥规划"


def keys(docs: list[Any]) -> list[tuple[int, int]]:
    return [(d.metadata["chapter_no"], d.metadata["section_no"]) for d in docs]


def test_documents_carry_their_section(search: HybridSearch) -> None:
    docs = PlanRetriever(search=search, k=3).invoke(QUERY)
    assert len(docs) == 3 and keys(docs)[0] == (9, 2)
    meta = docs[0].metadata
    assert meta["breadcrumb"].endswith("第二節 嚴格執行污染防治")
    assert docs[0].page_content in "".join(search.plan.line_text(n) for n in meta["lines"])


def test_k_on_the_call_wins_over_the_constructor(search: HybridSearch) -> None:
    retriever = PlanRetriever(search=search, k=5)
    five = retriever.invoke(QUERY)
    assert len(five) == 5
    assert keys(retriever.invoke(QUERY, k=2)) == keys(five)[:2]


def test_k_from_the_config(search: HybridSearch) -> None:
    retriever = PlanRetriever(search=search, k=5)
    configured = retriever.with_config(configurable={"k": 1})
    assert len(configured.invoke(QUERY)) == 1
    assert [len(d) for d in configured.batch([QUERY, "海珠湿地"])] == [1, 1]
    assert len(configured.invoke(QUERY, k=3)) == 3  # the call's own k still wins


async def test_k_async_too(search: HybridSearch) -> None:
    retriever = PlanRetriever(search=search)
    assert len(await retriever.ainvoke(QUERY, k=2)) == 2
    assert len(await retriever.with_config(configurable={"k": 1}).ainvoke(QUERY)) == 1


def test_k_beyond_what_exists_returns_what_exists(search: HybridSearch) -> None:
    n_sections = len({(c.chapter_no, c.section_no) for c in search.chunks})
    docs = PlanRetriever(search=search, k=10_000).invoke(QUERY)
    assert len(docs) == len(search.search(QUERY, k=SEARCH_MAX_K).sections) <= n_sections
    assert len(set(keys(docs))) == len(docs) > 20  # one per section


@pytest.mark.parametrize("k", [0, -1, "3", 2.5, True])
def test_bad_k_says_what_k_must_be(search: HybridSearch, k: object) -> None:
    with pytest.raises(ValueError, match="k must be a whole number"):
        PlanRetriever(search=search).invoke(QUERY, k=k)
