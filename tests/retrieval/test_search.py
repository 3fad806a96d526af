from __future__ import annotations

import pytest

from corpus.text import to_traditional
from retrieval.search import (
    DENSE_QUERY_CHARS,
    RERANK_DENSE,
    RERANK_LEXICAL,
    HybridSearch,
    QueryError,
    table_of_contents,
)
from retrieval.synonyms import expand

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("query", "section"),
    [
        ("固体废物处理能力", (9, 2)),
        ("夜间经济", (5, 2)),
        ("人才公寓建设", (12, 7)),
        ("中医药传承创新", (12, 2)),
        ("食品药品安全", (13, 3)),
    ],
)
def test_finds_the_section(search: HybridSearch, query: str, section: tuple[int, int]) -> None:
    result = search.search(query, k=5)
    assert result.sections[0].key == section
    assert not result.degraded


@pytest.mark.parametrize("query", ["海珠湿地有啥规划", "小朋友上学的事", "老旧小区改造"])
def test_either_script_gives_the_same_sections(search: HybridSearch, query: str) -> None:
    simp = search.search(query, k=5)
    trad = search.search(to_traditional(query), k=5)
    assert [s.key for s in simp.sections] == [s.key for s in trad.sections]


def test_hit_carries_both_retrievers(search: HybridSearch) -> None:
    hit = search.search("琶洲实验室", k=3).hits[0]
    assert hit.dense_rank is not None and hit.bm25_rank is not None
    assert hit.dense_score is not None and -1 <= hit.dense_score <= 1
    assert "琶洲實驗室" in hit.chunk.text or "琶洲实验室" in hit.chunk.embed_text


def test_routed_query_comes_first(search: HybridSearch) -> None:
    result = search.search("第十三章第二节讲什么", k=3)
    assert result.sections[0].key == (13, 2)
    assert result.route is not None and result.sections[0].hits[0].routed


def test_table_query_routes_to_its_section(search: HybridSearch) -> None:
    result = search.search("专栏13 卫生健康重大工程有哪些", k=3)
    assert result.route is not None and result.route.table is not None
    assert result.route.table.number == 13
    assert result.sections[0].key == (12, 2)


@pytest.mark.parametrize("query", ["", "   \n\t "])
def test_empty_queries_are_errors(search: HybridSearch, query: str) -> None:
    with pytest.raises(QueryError, match="empty"):
        search.search(query)


def test_huge_query_is_an_error(search: HybridSearch) -> None:
    with pytest.raises(QueryError, match="10,000 characters"):
        search.search("海" * 10_000)


def test_a_long_query_embeds_only_its_start(search: HybridSearch) -> None:
    """A 2,000-character query would cost ≈ 2 s of embedding; the embedder gets its first
    DENSE_QUERY_CHARS characters, keyword search gets all of it."""
    seen: list[str] = []

    class Recording:
        embedder_id = search.embedder.embedder_id  # type: ignore[union-attr]

        def embed_queries(self, texts):  # type: ignore[no-untyped-def]
            seen.extend(texts)
            return search.embedder.embed_queries(texts)  # type: ignore[union-attr]

    probe = HybridSearch(search.plan, search.chunks, Recording(), search.store, search.tokenizer, search.status)  # type: ignore[arg-type]
    tail = "固体废物处理能力"  # only at the end, beyond what the embedder reads
    result = probe.search("关于海珠的规划" * 280 + tail)
    assert len(seen) == 1 and len(seen[0]) <= DENSE_QUERY_CHARS and tail not in seen[0]
    assert not result.degraded and (9, 2) in [s.key for s in result.sections]  # BM25 still read the tail
    probe.search("海珠湿地有什么规划？")
    assert seen[1] == expand("海珠湿地有什么规划？")  # a normal question is embedded whole


@pytest.mark.parametrize("query", ["？！。。", "😀🎉🔥", "…—～"])
def test_symbol_only_queries_return_empty_with_reason(search: HybridSearch, query: str) -> None:
    result = search.search(query)
    assert result.sections == () and result.reason and "no words" in result.reason


def test_bad_k(search: HybridSearch) -> None:
    with pytest.raises(QueryError, match="k must be"):
        search.search("湿地", k=0)


def test_control_characters_are_stripped(search: HybridSearch) -> None:
    result = search.search("夜间\x00经济\x1b[31m")
    assert result.sections and "\x00" not in result.query


def test_rerank_evidence_is_coverage_plus_cosine_for_every_sentence_and_heading(search: HybridSearch) -> None:
    """`SentenceIndex.evidence` scores all sentences and headings at once (an inverted index and
    one matrix product): it must equal the per-text definition, lexical coverage plus weighted cosine."""
    index = search.sentences
    query = expand("海珠湿地有什么规划？")
    terms = search.query_terms(query)
    qvec = search.embedder.embed_queries([query])[0]  # type: ignore[union-attr]
    evidence = index.evidence(terms, qvec, RERANK_LEXICAL, RERANK_DENSE)
    lexical_only = index.evidence(terms, None, RERANK_LEXICAL, RERANK_DENSE)
    assert len(evidence) == len(index.tokens) + len(index.headings) and set(index.tokens) <= set(index.vectors)
    assert set(index.heading_vectors) == set(index.headings)
    texts = [(index.sentence_rows[key], tokens, index.vectors[key]) for key, tokens in index.tokens.items()]
    texts += [
        (index.heading_rows[key], index.heading_tokens[key], index.heading_vectors[key]) for key in index.headings
    ]
    for row, tokens, vector in texts:
        lexical = RERANK_LEXICAL * index.coverage(terms, tokens)
        assert lexical_only[row] == pytest.approx(lexical, abs=1e-12)
        assert evidence[row] == pytest.approx(lexical + RERANK_DENSE * float(vector @ qvec), abs=1e-6)
    assert evidence.max() > 1.0  # some sentence matches well on both sides


def test_every_section_is_reranked_with_its_heading(search: HybridSearch) -> None:
    index = search.sentences
    sections = {(c.chapter_no, c.section_no) for c in search.chunks}
    assert set(index.headings) == sections == set(index.section_rows)
    for key, rows in index.section_rows.items():
        assert rows[-1] == index.heading_rows[key]
        assert len(rows) == len(index.by_section.get(key, ())) + 1
    assert index.headings[(9, 2)] == "嚴格執行污染防治"
    assert index.headings[(5, 0)] == search.plan.chapters[5].title  # an unheaded intro is headed by its chapter


def test_a_result_carries_its_query_terms_and_sentence_index(search: HybridSearch) -> None:
    """Answer composition reads the terms and sentences from the result, never from the search."""
    result = search.search("海珠湿地有什么规划？")
    assert result.sentences is search.sentences
    assert dict(result.terms) == search.query_terms(expand("海珠湿地有什么规划？")) and "湿地" in result.terms
    data = result.to_json()
    assert data["sections"][0]["chapter_no"] == result.sections[0].chapter_no and data["query"] == result.query


def test_query_terms_keep_the_querys_order(search: HybridSearch) -> None:
    """Not a set's order, which changes with the process's hash seed: equally rare terms are then
    told apart by where they stand, and the same question gets the same answer in every process."""
    text = "旧厂房改造和人才公寓建设，旧厂房呢"
    tokens = search.query_tokens(text)
    assert list(search.query_terms(text)) == list(dict.fromkeys(tokens)) and len(set(tokens)) >= 4


def test_plan_words_that_jieba_cuts_apart_still_match(search: HybridSearch) -> None:
    query = "中大附近的布行"  # jieba: 中 | 大 | 附近 | 的 | 布行, so the plan's 中大 is lost
    assert "中大" not in search.tokenizer(query)
    assert "中大" in search.query_tokens(query) and "中大" in search.query_terms(query)
    assert search.search(query).sections[0].key == (2, 2)  # 中大國際創新生態谷
    assert "心沙" not in search.query_tokens("海心沙桥")  # a fragment the plan's text contains, not a word
    assert search.query_tokens("air quality") == search.tokenizer("air quality")  # no substrings of Latin words


def test_a_chapters_sections_come_in_plan_order_before_its_opening(search: HybridSearch) -> None:
    keys = [s.key for s in search.search("第十章分成哪几节").sections]
    assert keys[:3] == [(10, 1), (10, 2), (10, 3)]


def test_table_of_contents_keeps_the_rest_as_ranked() -> None:
    ranked = [((3, 0), 0.9), ((5, 1), 0.8), ((3, 2), 0.7), ((3, 1), 0.1)]
    assert table_of_contents(ranked, 3) == [((3, 1), 0.1), ((3, 2), 0.7), ((3, 0), 0.9), ((5, 1), 0.8)]
