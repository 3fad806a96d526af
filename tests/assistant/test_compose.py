"""Composition rules that choose what an answer quotes: a list brings every item of the plan's
enumeration, a "why" brings the plan's stated reason, and "why" about a 專欄 is not answered with
where the table sits. Keyword-only search over the real plan; questions written for these tests."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from corpus.chunk import chunk_plan
from corpus.models import Plan
from corpus.text import normalize
from retrieval.search import HybridSearch


@pytest.fixture(scope="module")
def keyword_assistant(plan: Plan) -> Assistant:
    return Assistant(HybridSearch(plan, chunk_plan(plan), None, None))


def test_a_list_question_gets_every_item_of_an_enumeration(keyword_assistant: Assistant) -> None:
    text = normalize(keyword_assistant.ask("从国际环境看，海珠面临哪些新机遇？").text)
    opened = text.index("一是新型国际关系")
    assert "二是" in text[opened:] and "三是" in text[opened:]


def test_a_why_question_quotes_the_reason_the_plan_gives(keyword_assistant: Assistant) -> None:
    answer = keyword_assistant.ask("研发经费比重的目标为什么下调了？")
    assert any("遷移" in c.quote for c in answer.citations)


def test_why_about_a_table_is_not_answered_with_where_the_table_sits(keyword_assistant: Assistant) -> None:
    answer = keyword_assistant.ask("專欄2的指標為甚麼這樣定？")
    assert not answer.text.startswith("專欄2是") and any("影響" in c.quote for c in answer.citations)


def test_a_question_about_now_is_answered_from_the_review_not_the_target(keyword_assistant: Assistant) -> None:
    answer = keyword_assistant.ask("人均预期寿命目前实际是多少岁？")
    assert "83.02" in answer.text.splitlines()[0] and (1, 1) in {(c.chapter_no, c.section_no) for c in answer.citations}
