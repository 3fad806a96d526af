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
        ("By when should the bridge be finished?", "time"),
        ("Which partners should the district court when opening up trade?", None),  # a conjunction
        ("甚麼時候完工？", "time"),  # the Hong Kong spelling of 什麼
    ],
)
def test_what_a_question_asks_for(question: str, kind: str | None) -> None:
    assert asks_for(question) == kind


def test_the_answer_and_the_refusal_rule_read_a_question_the_same_way() -> None:
    for question in ("琶洲试验区占地多大？", "几月开工？", "户籍人口百分之几有医保？", "海珠湿地有什么规划？"):
        assert question_kind(question) == (asks_for(question) or "fact")
    assert question_kind("固体废物处理在哪一节？") == "where"  # where/who come before what is asked for


def test_a_why_question_is_its_own_kind() -> None:
    assert question_kind("為甚麼目標定得比去年低？") == "why" and question_kind("为何要迁址？") == "why"
