from __future__ import annotations

import pytest

from corpus.chunk import chunk_plan
from corpus.models import Plan
from retrieval.bm25 import BM25, Tokenizer, found_words, plan_terms


@pytest.fixture(scope="module")
def tokenizer(plan: Plan) -> Tokenizer:
    return Tokenizer(plan_terms(plan))


def test_plan_terms_include_domain_vocabulary(plan: Plan) -> None:
    terms = plan_terms(plan)
    for term in ("一区一谷一圈", "中大国际创新生态谷", "城中村", "琶洲实验室"):
        assert term in terms, term


def test_tokenizer_keeps_plan_terms_and_drops_question_words(tokenizer: Tokenizer) -> None:
    tokens = tokenizer("“一區一谷一圈”說的是哪三個地方？")
    assert "一区一谷一圈" in tokens
    assert "什么" not in tokenizer("琶洲实验室是什么")
    assert tokenizer("琶洲實驗室") == tokenizer("琶洲实验室")


def test_words_are_told_from_prefixes_and_fragments(tokenizer: Tokenizer) -> None:
    assert tokenizer.is_word("中大") and tokenizer.is_word("中大国际创新生态谷")  # jieba's word, the plan's term
    assert not tokenizer.is_word("琶洲实")  # only a prefix of the plan's 琶洲实验室
    assert not tokenizer.is_word("心沙")  # a fragment: 海心 | 沙


def test_bm25_ranks_the_matching_document_first() -> None:
    bm = BM25([["湿地", "公园"], ["数字", "经济"], ["湿地", "保护", "湿地"]])
    scores = bm.scores(["湿地"])
    assert scores[1] == 0
    assert scores.argmax() == 2
    assert bm.scores(["火星"]).sum() == 0
    assert "湿地" in bm and "火星" not in bm


def test_bm25_rejects_empty_corpus() -> None:
    with pytest.raises(ValueError):
        BM25([])


def test_a_chunks_embed_text_tokenises_as_its_breadcrumb_then_its_text(plan: Plan, tokenizer: Tokenizer) -> None:
    """What lets the search tokenise each chunk once for BM25 and the sentence index."""
    for c in chunk_plan(plan):
        assert tokenizer(c.embed_text) == tokenizer(c.breadcrumb) + tokenizer(c.text), c.chunk_id


def test_words_jieba_finds_in_the_plan_are_kept_whole_in_any_question(plan: Plan) -> None:
    """碧道 is found in the plan's 「建设碧道」 but cut apart in 「多长的碧道」: once it is a word of
    the dictionary, a question matches the plan's own token."""
    tokenizer = Tokenizer(plan_terms(plan))
    assert "碧道" not in tokenizer("十三五期间建了多长的碧道")
    found = found_words(plan, tokenizer)
    assert "碧道" in found and "琶洲" not in found  # (only words jieba did not know)
    tokenizer.add(found)
    assert "碧道" in tokenizer("十三五期间建了多长的碧道")
    assert not tokenizer.is_word("心沙")  # (a fragment stays one)
