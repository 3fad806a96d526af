from __future__ import annotations

import pytest

from assistant.answer import Answer, Citation
from ui.render import (
    answer_html,
    deltas,
    escape,
    in_script,
    progressive,
    question_html,
    queued_html,
    sources_text,
)

CITE = Citation(
    9,
    "加強生態文明建設",
    2,
    "嚴格執行污染防治",
    "第九章 加強生態文明建設 > 第二節 嚴格執行污染防治",
    "提升固體廢物處理能力。",
    (276,),
)


def answer(
    text: str = "據綱要第九章第二節：提升固體廢物處理能力。",
    citations: tuple[Citation, ...] = (CITE,),
    refused: bool = False,
) -> Answer:
    return Answer("問題", text, citations, refused, "extractive", "問題", None, {})


def test_escape_neutralises_html_and_keeps_one_block() -> None:
    out = escape('<script>alert("x")</script>\n\n第二行')
    assert "<script>" not in out and "&lt;script&gt;" in out and "&quot;x&quot;" in out
    assert "\n" not in out  # a blank line would end the HTML block in the Markdown renderer
    assert out.endswith("<br><br>第二行")


def test_question_html_escapes() -> None:
    assert (
        question_html("<img src=x onerror=alert(1)>")
        == '<div class="pa-question">&lt;img src=x onerror=alert(1)&gt;</div>'
    )


def test_answer_html_has_one_expandable_source_per_citation() -> None:
    html = answer_html(answer(citations=(CITE, CITE)), "traditional")
    assert html.count('<details class="pa-source">') == 2
    assert html.count('<div class="pa-group-head">第九章 加強生態文明建設 &gt; 第二節 嚴格執行污染防治</div>') == 1
    assert "<summary>[1] 「提升固體廢物處理能力。」第 276 行</summary>" in html
    assert '<blockquote class="pa-quote">提升固體廢物處理能力。</blockquote>' in html
    assert 'href="?c=9&amp;s=2&amp;line=276"' in html
    assert "pa-original" not in html  # Traditional is the printed text: no 原文 toggle


def test_answer_html_has_a_copy_button_with_the_plain_text() -> None:
    html = answer_html(answer(), "simplified")
    assert '<button type="button" class="pa-copy"' in html and "复制回答" in html
    plain = html.split('<pre class="pa-copy-text">')[1].split("</pre>")[0]
    assert "\n" not in plain and "<br>" not in plain  # one HTML block; lines as &#10;
    assert plain.split("&#10;")[0] == "据纲要第九章第二节：提升固体废物处理能力。"
    assert "[1] 「提升固体废物处理能力。」（第 276 行）" in plain


def test_queued_question_is_marked_in_the_script() -> None:
    html = queued_html("<b>第二問</b>", "simplified")
    assert "pa-queued" in html and "排队中" in html and "&lt;b&gt;" in html


def test_answer_html_escapes_answer_text_and_quotes() -> None:
    evil = Citation(1, "t", 1, "s", "<b>crumb</b>", "<i>quote</i>", (1,))
    html = answer_html(answer("<script>x</script>", (evil,)), "auto")
    assert "<script>" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;i&gt;quote&lt;/i&gt;" in html


def test_refusal_has_no_sources_and_is_marked() -> None:
    html = answer_html(answer("綱要沒有寫到這個問題的答案。", (), refused=True), "auto")
    assert "pa-refused" in html and "<details" not in html


def test_partial_answer_streams_without_sources() -> None:
    html = answer_html(answer(), "auto", partial="據綱要")
    assert "pa-streaming" in html and "據綱要" in html and "<details" not in html


@pytest.mark.parametrize(
    ("script", "expected"), [("auto", "據綱要"), ("simplified", "据纲要"), ("traditional", "據綱要")]
)
def test_script_switch_converts_text_and_sources(script: str, expected: str) -> None:
    html = answer_html(answer(), script)
    assert expected in html
    if script == "simplified":
        assert "严格执行污染防治" in html and "提升固体废物处理能力" in html
        # a Simplified quote is not what the plan prints: the exact text is one click away
        assert '<details class="pa-original"><summary>原文</summary>' in html
        assert '<blockquote class="pa-quote" lang="zh-Hant">提升固體廢物處理能力。</blockquote>' in html


def test_in_script_traditional_from_simplified() -> None:
    assert in_script("据纲要", "traditional") == "據綱要"
    with pytest.raises(ValueError, match="script must be one of"):
        in_script("x", "klingon")


def test_progressive_prefixes_end_with_the_whole_text() -> None:
    text = "一二三四五六七八九十甲乙丙"
    steps = list(progressive(text, step=4))
    assert steps == ["一二三四", "一二三四五六七八", "一二三四五六七八九十甲乙", text]
    assert list(progressive("", step=4)) == [""]


def test_deltas_concatenate_to_the_text() -> None:
    text = "據綱要第九章第二節「嚴格執行污染防治」：提升固體廢物處理能力。"
    pieces = list(deltas(text, step=5))
    assert "".join(pieces) == text and all(len(p) <= 5 for p in pieces) and len(pieces) == 7
    with pytest.raises(ValueError):
        list(deltas(text, step=0))


def test_sources_text_lists_breadcrumb_and_quote() -> None:
    assert (
        sources_text((CITE,))
        == "\n\n出處：\n[1] 第九章 加強生態文明建設 > 第二節 嚴格執行污染防治：「提升固體廢物處理能力。」"
    )
    assert sources_text(()) == ""
