from __future__ import annotations

from pathlib import Path

import pytest

from assistant.conversation import Turn
from assistant.service import Assistant
from corpus.text import to_traditional
from evals.dataset import load_dataset
from retrieval.search import QueryError

pytestmark = pytest.mark.slow
DATASET = Path(__file__).resolve().parents[2] / "evals" / "data" / "qa.jsonl"


def section_text(assistant: Assistant, chapter_no: int, section_no: int) -> str:
    return "\n".join(i.text for i in assistant.plan.items_in(chapter_no, section_no))


def test_answer_script_follows_the_question(assistant: Assistant) -> None:
    simp = assistant.ask("海珠湿地要怎么保护提升？")
    trad = assistant.ask(to_traditional("海珠湿地要怎么保护提升？"))
    assert not simp.refused and not trad.refused
    assert "湿地" in simp.text and "濕地" in trad.text
    # quotes stay exact, in the plan's own script, whatever the question's script
    assert [c.quote for c in simp.citations] == [c.quote for c in trad.citations]
    assert all("濕地" in c.quote or "湿地" not in c.quote for c in simp.citations)


def test_where_question_names_section_and_task(assistant: Assistant) -> None:
    answer = assistant.ask("提升固体废物处理能力在纲要哪一章哪一节？")
    assert not answer.refused
    assert (answer.citations[0].chapter_no, answer.citations[0].section_no) == (9, 2)
    assert "第九章" in answer.text and "第二节" in answer.text and "提升固体废物处理能力" in answer.text


def test_ownership_question_says_when_no_lead_body_is_named(assistant: Assistant) -> None:
    answer = assistant.ask("推行绿色生活方式由哪个部门负责？")
    assert not answer.refused
    assert "没有写明" in answer.text or "点名的机构或片区" in answer.text


def test_number_question_quotes_a_number(assistant: Assistant) -> None:
    answer = assistant.ask("到2025年空气质量优良天数比例要达到多少？")
    assert "86%" in answer.text
    assert any(c.section_no for c in answer.citations)


def test_table_contents_are_not_published(assistant: Assistant) -> None:
    answer = assistant.ask("专栏9里面的未来产业项目有哪些？")
    assert answer.refused
    assert "没有收录" in answer.text
    assert answer.citations and answer.citations[0].lines == (211,)
    assert answer.citations[0].quote.startswith("專欄9")


@pytest.mark.parametrize("question", ["越秀区的老城改造怎么安排？", "2024年海珠区新开了几所学校？"])
def test_out_of_scope_is_refused_with_pointers(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.refused and not answer.citations
    assert "无法据此回答" in answer.text


def test_missing_figure_is_said_plainly(assistant: Assistant) -> None:
    answer = assistant.ask("地铁8号线东延段什么时候通车？")
    assert answer.refused
    assert "没有给出具体时间" in answer.text
    assert answer.citations and "8號線" in answer.citations[0].quote


def test_follow_up_is_rewritten(assistant: Assistant) -> None:
    history = (Turn("user", "琶洲试验区是干啥的"), Turn("assistant", "……"))
    answer = assistant.ask("那它的面积呢？", history)
    assert answer.query.startswith("琶洲试验区")
    assert "30平方公里" in answer.text


def test_bad_questions(assistant: Assistant) -> None:
    with pytest.raises(QueryError):
        assistant.ask("   ")
    with pytest.raises(QueryError):
        assistant.ask("问" * 5000)
    answer = assistant.ask("？？？！！！")
    assert answer.refused
    with pytest.raises(ValueError, match="mode must be"):
        assistant.ask("湿地", mode="poetry")


def test_every_citation_over_the_eval_set_is_verbatim(assistant: Assistant) -> None:
    """Every citation in every answer names an existing 節 and quotes it exactly."""
    for item in load_dataset(DATASET):
        history = tuple(Turn(t.role, t.content) for t in item.history)
        answer = assistant.ask(item.question, history)
        for c in answer.citations:
            text = section_text(assistant, c.chapter_no, c.section_no)
            assert c.quote and c.quote in text, (item.id, c)
            assert all(c.quote in assistant.plan.line_text(n) or len(c.lines) > 1 for n in c.lines), (item.id, c)


def test_a_sentence_holding_the_phrase_the_asker_quotes_ranks_higher(assistant: Assistant) -> None:
    from assistant.extractive import W_QUOTED, SentencePicker

    def score_of(question: str, phrase: str) -> float:
        result = assistant.search.search(question)
        scored = SentencePicker().score(question, result, "fact")
        return next(sc.score for sc in scored if phrase in sc.sentence.text)

    quoted = score_of("十三五时“凤阳守望台”被定为什么", "守望臺")
    plain = score_of("十三五时凤阳守望台被定为什么", "守望臺")
    assert quoted - plain == pytest.approx(W_QUOTED, abs=0.05)
    # (「“十三五”」 is a period the plan itself quotes, not a phrase)
    assert score_of("“十三五”时凤阳守望台被定为什么", "守望臺") == pytest.approx(plain, abs=0.05)


def test_an_english_apostrophe_opens_no_quoted_phrase() -> None:
    from assistant.extractive import _QUOTED

    assert [m.group(1) for m in _QUOTED.finditer("which of haizhu's 'name cards' is it")] == ["name cards"]
    assert [m.group(1) for m in _QUOTED.finditer("纲要里提到了哪些“15分钟”生活圈")] == ["15分钟"]


def test_an_english_question_about_the_last_period_is_answered_from_its_review(assistant: Assistant) -> None:
    # an English question shares few words with any sentence: the review sentence that holds as
    # many of them as the best one does is what the last period did, ahead of the task still to do
    answer = assistant.ask("What did the 夢想·家 talent housing scheme achieve during the 13th FYP?")
    assert (answer.citations[0].chapter_no, answer.citations[0].section_no) == (1, 1)
    assert "夢想·家" in answer.citations[0].quote


def test_a_list_question_that_counts_its_items_quotes_the_sentence_listing_that_many(assistant: Assistant) -> None:
    # 1.4 lists the four positionings in one sentence, then takes each under a dashed heading
    answer = assistant.ask("What are the four development positionings of Haizhu in the plan?")
    assert "數字經濟示范區、產城融合引領區、城央生態宜居區、文商旅融合樣板區" in answer.citations[0].quote
