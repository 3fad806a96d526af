"""The assistant's own work per question: the question is checked once, whatever it becomes
(a standalone query, parts), and the composer's word lists are built once, not per question.
Keyword-only search over the real plan: no index needed."""

from __future__ import annotations

import pytest

import assistant.compose as compose
import retrieval.search as search_module
from assistant.conversation import Turn
from assistant.service import Assistant
from corpus.chunk import chunk_plan
from corpus.models import Plan
from retrieval.search import HybridSearch, QueryError


@pytest.fixture(scope="module")
def keyword_assistant(plan: Plan) -> Assistant:
    return Assistant(HybridSearch(plan, chunk_plan(plan), None, None))


def test_a_question_is_checked_once_even_when_searched_in_parts(
    keyword_assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[object] = []
    real = search_module.check_query

    def counting(query: object) -> str:
        calls.append(query)
        return real(query)

    monkeypatch.setattr(search_module, "check_query", counting)
    monkeypatch.setattr("assistant.service.check_query", counting)
    answer = keyword_assistant.ask("人才公寓怎么建？另外旧厂房改造有什么安排？")
    assert answer.text and len(calls) == 1


def test_a_follow_up_query_longer_than_the_limit_is_searched_not_rejected(keyword_assistant: Assistant) -> None:
    """The question is within the limit; the previous turn it carries over makes the query longer."""
    long_turn = "海珠湿地保护" * 300
    answer = keyword_assistant.ask("那它的面积呢？", (Turn("user", long_turn),))
    assert answer.query.startswith("海珠湿地")
    with pytest.raises(QueryError):
        keyword_assistant.ask("湿" * (search_module.MAX_QUERY_CHARS + 1))


def test_the_casual_vocabulary_is_read_once_per_composer(
    keyword_assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail() -> list[tuple[str, str]]:
        raise AssertionError("synonyms() read again for a question")

    monkeypatch.setattr(compose, "synonyms", fail)
    answer = keyword_assistant.ask("摩天轮的门票多少钱？")
    assert answer.refused and keyword_assistant.composer.casual


def test_that_x_follow_up_searches_the_new_topic_in_the_previous_frame(keyword_assistant: Assistant) -> None:
    history = (Turn("user", "纲要对扬尘污染有什么要求？"), Turn("assistant", "…"))
    answer = keyword_assistant.ask("那噪音呢？", history)
    assert "噪音" in answer.query and "扬尘" not in answer.query


def test_a_question_in_parts_is_searched_once_per_part_not_also_whole(
    keyword_assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each part is answered from its own search; searching the whole question too would cost an
    embedding per question that no answer reads (a single question is still searched once)."""
    searched: list[str] = []
    real = keyword_assistant.search.search_checked

    def counting(query: str, k: int = 5) -> search_module.SearchResult:
        searched.append(query)
        return real(query, k=k)

    monkeypatch.setattr(keyword_assistant.search, "search_checked", counting)
    answer = keyword_assistant.ask("人才公寓怎么建？另外旧厂房改造有什么安排？")
    assert len(answer.citations) >= 2 and len(searched) == 2
    assert "人才公寓" in searched[0] and "旧厂房" in searched[1] and "人才公寓" not in searched[1]
    searched.clear()
    keyword_assistant.ask("人才公寓怎么建？")
    assert len(searched) == 1


def test_warming_up_loads_the_part_of_speech_dictionary(
    keyword_assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Loaded lazily it would hold the first question (and every other thread) up for about a second."""
    import jieba

    monkeypatch.setattr(jieba.dt, "initialized", False)  # as in a fresh process
    keyword_assistant.warm_up()
    assert jieba.dt.initialized
