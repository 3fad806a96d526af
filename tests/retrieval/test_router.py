from __future__ import annotations

import pytest

from corpus.models import Plan
from corpus.tasks import build_tables
from retrieval.router import route


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("第九章第二节讲了什么", (9, 2)),
        ("第9章第2節", (9, 2)),
        ("第十二章 第七節", (12, 7)),
        ("chapter 9 section 2", (9, 2)),
        ("第五章开篇怎么说", (5, 0)),
        ("第十四章", (14, None)),
        ("前言讲了什么", (0, 0)),
        ("专栏12", (8, 1)),
        ("專欄3的內容", (2, 1)),
    ],
)
def test_routes(plan: Plan, query: str, expected: tuple[int, int | None]) -> None:
    r = route(query, plan, build_tables(plan))
    assert r is not None
    assert (r.chapter_no, r.section_no) == expected
    assert not r.by_title


def test_title_route_is_marked_soft(plan: Plan) -> None:
    r = route("严格执行污染防治包括哪些", plan)
    assert r is not None and (r.chapter_no, r.section_no) == (9, 2) and r.by_title


def test_no_route(plan: Plan) -> None:
    assert route("海珠湿地有啥规划", plan) is None
    assert route("第二十章", plan) is None  # no such chapter: fall back to search


def test_a_question_for_a_chapters_sections_is_marked(plan: Plan) -> None:
    asked = route("第十二章分成哪几节", plan)
    assert asked is not None and (asked.chapter_no, asked.section_no) == (12, None) and asked.sections
    said = route("第十二章讲了什么", plan)
    assert said is not None and not said.sections


@pytest.mark.parametrize(
    ("query", "number"),
    [
        ("教育事业重大工程具体有哪些项目？", 14),
        ("未来产业重大工程要投资多少钱", 9),
        ("城市更新旧厂房改造计划明细有哪几个", 12),
        ("卫生健康方面有哪些重大工程", 13),
        ("中大谷各条街道的发展导向分别是什么？", 4),  # the zone's name shortened as people do
    ],
)
def test_a_table_asked_for_its_rows_by_its_title_alone(plan: Plan, query: str, number: int) -> None:
    r = route(query, plan, build_tables(plan))
    assert r is not None and r.table is not None and r.table.number == number


@pytest.mark.parametrize("query", ["教育事业有什么安排？", "科创体系建设有哪些项目？", "旧厂房改造有哪几个项目"])
def test_a_title_only_partly_given_or_rows_not_asked_is_no_table(plan: Plan, query: str) -> None:
    r = route(query, plan, build_tables(plan))
    assert r is None or r.table is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("科技创新那章对实验室有什么要求", (3, None)),
        ("體育那一節講了什麼", (12, 4)),  # either script
        ("文化设施的一节提到哪些场馆", (10, 3)),
        ("住房保障这一节说了啥", (12, 7)),
        # in English, by the plan's words for the subject: its titles (a chapter's and its sections')
        ("What does the education chapter say about teachers?", (12, None)),
        ("What does the consumption chapter want for night-time spending?", (5, None)),
        ("Which platform does the headquarters-economy section name?", (4, 2)),
    ],
)
def test_a_part_named_by_the_words_of_its_title_is_where_to_look(
    plan: Plan, query: str, expected: tuple[int, int | None]
) -> None:
    r = route(query, plan)
    assert r is not None and (r.chapter_no, r.section_no) == expected and not r.by_title and r.by_topic


@pytest.mark.parametrize(
    "query",
    [
        "发展那章讲了什么",
        "这一章还有哪些节",
        "创新那一节在哪",
        "What else does the same section say?",
        "the first chapter",
    ],
)
def test_words_that_several_titles_share_name_no_part(plan: Plan, query: str) -> None:
    assert route(query, plan) is None


def test_a_section_named_by_its_title_in_quotes_is_routed_there(plan: Plan) -> None:
    """The title of 8.3 has its own quotes (大力推進“智慧海珠”建設); an asker quotes it whole and
    leaves those out."""
    for query in ("「大力推进智慧海珠建设」一节讲什么", "“大力推进智慧海珠建设”这一节说了啥"):
        r = route(query, plan, build_tables(plan))
        assert r is not None and (r.chapter_no, r.section_no) == (8, 3)


def test_a_task_named_whole_by_its_lead_in_quotes_is_routed_to_its_section(plan: Plan) -> None:
    for query, expected in (("「提升固体废物处理能力」那段讲咩", (9, 2)), ("“加快文化设施建设”这段说了什么", (10, 3))):
        r = route(query, plan, build_tables(plan))
        assert r is not None and (r.chapter_no, r.section_no) == expected and r.by_topic
    assert route("「海珠湿地」有什么", plan, build_tables(plan)) is None  # a name, not a task's lead
