from __future__ import annotations

import re

from corpus.load import bundled_plan_path
from corpus.models import Kind, Plan
from corpus.plan import load_plan

SOURCE = bundled_plan_path().read_text(encoding="utf-8").split("\n")


def test_notice(plan: Plan) -> None:
    assert plan.notice is not None
    assert plan.notice.doc_no == "海府〔2021〕18號"
    assert plan.notice.issuer == "海珠區人民政府"
    assert plan.notice.date == "2021-07-26"
    assert plan.notice.title == "廣州市海珠區國民經濟和社會發展第十四個五年規劃和2035年遠景目標綱要"
    assert plan.title == plan.notice.title


def test_toc_titles_match_the_source_exactly(plan: Plan) -> None:
    toc_lines = [ln for ln in SOURCE[7:84] if re.match(r"^第.+[章節] ", ln)]
    labels = [c.label for c in plan.chapters if c.chapter_no] + [
        s.label for c in plan.chapters for s in c.sections if s.section_no
    ]
    assert sorted(labels) == sorted(toc_lines)
    assert plan.chapters[0].title == "前言"
    assert len(plan.chapters) == 15  # 前言 + 14 章
    assert sum(1 for s in plan.sections if s.section_no) == 55
    assert [c.chapter_no for c in plan.chapters] == list(range(15))


def test_sub_items(plan: Plan) -> None:
    assert plan.section(1, 1).sub_items == (
        "1.高水平全面建成小康社會取得決定性成就",
        "2.海珠區發展環境面臨深刻復雜變化",
        "3.認清優勢與短板",
    )
    assert plan.section(1, 3).sub_items[0] == "1.2035年遠景目標"
    assert plan.section(2, 1).sub_items == ()


def test_every_body_line_placed_in_order(plan: Plan) -> None:
    assert [i.line for i in plan.items] == list(range(85, 360))
    keys = [(i.chapter_no, i.section_no) for i in plan.items]
    assert keys == sorted(keys), "order must never go backwards"
    for item in plan.items:
        assert item.text == SOURCE[item.line - 1].strip()
        plan.section(item.chapter_no, item.section_no)  # exists


def test_every_section_has_text(plan: Plan) -> None:
    for section in plan.sections:
        if section.section_no:
            body = [i for i in plan.items_in(*section.key) if i.kind is not Kind.SECTION_HEADING]
            assert body, section.label


def test_kinds(plan: Plan) -> None:
    by_line = {i.line: i for i in plan.items}
    assert by_line[336].kind is Kind.CHAPTER_HEADING
    assert by_line[107].kind is Kind.SECTION_HEADING
    assert by_line[86].kind is Kind.SUBHEADING
    assert by_line[106].kind is Kind.TABLE
    assert by_line[139].kind is Kind.FIGURE
    assert {by_line[n].kind for n in range(127, 133)} == {Kind.FOOTNOTE}
    assert by_line[276].lead == "提升固體廢物處理能力"
    assert by_line[111].lead == "堅持黨的全面領導"
    assert by_line[87].lead is None


def test_bundled_plan_is_cached() -> None:
    assert load_plan() is load_plan()
