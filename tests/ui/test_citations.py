"""Citations grouped by 節, labelled by their opening words and line, linked to the reader."""

from __future__ import annotations

from assistant.answer import Answer, Citation
from ui.citations import copy_text, group_by_section, opening, reader_href, sources_html


def cite(chapter: int, section: int, quote: str, line: int) -> Citation:
    crumb = f"第{chapter}章 章名 > 第{section}節 節名"
    return Citation(chapter, "章名", section, "節名", crumb, quote, (line,))


A = cite(9, 2, "提升固體廢物處理能力，推進垃圾分類處理。", 276)
B = cite(2, 2, "科學系統保護海珠濕地生態系統。", 150)
C = cite(9, 2, "加強土壤污染防治。", 280)


def test_groups_keep_first_appearance_order_and_answer_numbers() -> None:
    groups = group_by_section([A, B, C])
    assert [(g.chapter_no, g.section_no) for g in groups] == [(9, 2), (2, 2)]
    assert [n for n, _ in groups[0].quotes] == [1, 3] and [n for n, _ in groups[1].quotes] == [2]


def test_one_heading_per_section_and_quotes_told_apart() -> None:
    html = sources_html([A, B, C], "traditional")
    assert html.count('class="pa-group-head"') == 2
    assert html.index("第9章 章名 &gt; 第2節 節名") < html.index("[1] 「提升固體廢物處理能力，推進垃…」第 276 行")
    assert "[3] 「加強土壤污染防治。」第 280 行" in html
    assert html.count('class="pa-goto"') == 3 and 'href="?c=2&amp;s=2&amp;line=150"' in html


def test_opening_and_reader_href() -> None:
    assert opening("一二三", 5) == "一二三" and opening("一二三四五六", 5) == "一二三四五…"
    assert reader_href(9, 2, 276) == "?c=9&s=2&line=276" and reader_href(3, 0) == "?c=3&s=0"


def test_copy_text_is_plain_grouped_and_in_script() -> None:
    answer = Answer("問", "據綱要：提升固體廢物處理能力。", (A, B, C), False, "extractive", "問", "註", {})
    text = copy_text(answer, "simplified")
    assert "<" not in text
    assert text.splitlines() == [
        "据纲要：提升固体废物处理能力。",
        "",
        "（注）",
        "",
        "出处：",
        "第9章 章名 > 第2节 节名",
        "[1] 「提升固体废物处理能力，推进垃圾分类处理。」（第 276 行）",
        "[3] 「加强土壤污染防治。」（第 280 行）",
        "第2章 章名 > 第2节 节名",
        "[2] 「科学系统保护海珠湿地生态系统。」（第 150 行）",
    ]
