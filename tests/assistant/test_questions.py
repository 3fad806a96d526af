from __future__ import annotations

import pytest

from assistant.extractive import question_kind
from assistant.questions import asks_for


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("琶洲试验区占地多大？", "number"),
        ("琶洲試驗區佔地多大？", "number"),
        ("要引进几家总部企业？", "number"),
        ("户籍人口百分之几有医保？", "number"),
        ("What share of GDP goes to R&D?", "number"),
        ("地铁什么时候通车", "time"),
        ("几月开工？", "time"),
        ("When will the line open?", "time"),
        ("保障性住房有哪几种", None),
        ("海珠湿地有什么规划？", None),
    ],
)
def test_what_a_question_asks_for(question: str, kind: str | None) -> None:
    assert asks_for(question) == kind


def test_the_answer_and_the_refusal_rule_read_a_question_the_same_way() -> None:
    for question in ("琶洲试验区占地多大？", "几月开工？", "户籍人口百分之几有医保？", "海珠湿地有什么规划？"):
        assert question_kind(question) == (asks_for(question) or "fact")
    assert question_kind("固体废物处理在哪一节？") == "where"  # where/who come before what is asked for
