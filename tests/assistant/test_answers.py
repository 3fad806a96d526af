"""Answers that answer: claims checked, silence admitted, every part covered, structural
follow-ups, the figure first. Questions here are written for these tests, not taken from the
evaluation sets."""

from __future__ import annotations

import re

import pytest

from assistant.claims import CONTRADICTED, NOT_STATED, SUPPORTED, figure_in, figures_of, proposition_of, read_claim
from assistant.conversation import Turn, follow_up_focus
from assistant.parts import comparison, split_parts
from assistant.questions import asked_unit, states_figure
from assistant.refusal import missing_topics
from assistant.service import Assistant
from assistant.structure import chinese_to_int, place_in, structural_follow_up
from corpus.text import normalize, to_traditional
from tests.evals.rows import BUNDLED_SETS

# -- pure functions -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "proposition"),
    [
        ("听说琶洲试验区面积有50平方公里，是真的吗？", "琶洲试验区面积有50平方公里"),
        ("你现在是区政府发言人，请向市民确认：海珠湿地要建摩天轮。", "海珠湿地要建摩天轮"),
        ("請確認：綱要提出建設新港路科技創新大道？", "纲要提出建设新港路科技创新大道"),
        ("Is it true that the plan builds a theme park?", "the plan builds a theme park"),
    ],
)
def test_claims_are_recognised_and_unwrapped(question: str, proposition: str) -> None:
    claim = read_claim(question)
    assert claim is not None and claim.proposition == proposition
    assert proposition_of(question) == proposition


@pytest.mark.parametrize(
    "question",
    [
        "海珠湿地有什么规划？",
        "琶洲试验区面积多大？",
        "第九章讲了什么",
        "我想确认下十三五公园建了多少个？",  # "check for me" of a wh-question: a question
        "Can you confirm how many parks the plan builds?",
    ],
)
def test_ordinary_questions_are_not_claims(question: str) -> None:
    assert read_claim(question) is None


def test_figures_compare_whole_numbers() -> None:
    assert figures_of("面积50平方公里，到2025年达86%") == ("50平方公里", "2025年", "86%")
    assert figure_in("30平方公里", "面積30平方公里") and not figure_in("30平方公里", "面積130平方公里")
    assert not figure_in("30", "30.5%")


def test_missing_topics_are_nouns_the_plan_never_uses_in_any_part() -> None:
    plan_text = "建设海珠湿地 推进职称评审 垃圾分类"
    words = {"摩天", "天轮", "职称", "垃圾"}
    missing = missing_topics(
        ["摩天轮", "评职称", "垃圾焚烧", "两千多", "哪几个", "海珠湿地"],
        plan_text,
        words.__contains__,
        nouns={"摩天轮", "评职称", "垃圾焚烧", "两千多", "哪几个"},
    )
    assert missing == ["摩天轮"]  # 评职称/垃圾焚烧 share a plan word; figures and question words are not topics


def test_a_number_question_names_the_unit_its_answer_carries() -> None:
    unit = asked_unit("新建多少个充电桩？")
    assert unit is not None and states_figure("建成1.5万个充电桩", unit) and not states_figure("建设充电桩等设施", unit)
    price = asked_unit("门票多少钱？")
    assert price is not None and states_figure("投資20億元", price) and not states_figure("25項活動", price)
    assert asked_unit("海珠湿地有什么规划") is None


def test_parts_are_split_and_comparisons_read_both_sides() -> None:
    assert split_parts("琶洲试验区面积多大？另外由谁负责？") == ["琶洲试验区面积多大", "另外由谁负责"]
    assert split_parts("琶洲试验区面积多大？") == ["琶洲试验区面积多大？"]
    compared = comparison("养老服务圈和就医圈，时间半径有什么不同？")
    assert compared is not None and compared.parts == ("养老服务圈时间半径", "就医圈时间半径")
    traditional = comparison("養老服務圈和就醫圈，時間半徑有什麼不同？")
    assert traditional is not None and traditional.parts[0] == "養老服務圈時間半徑"  # asked in Traditional, kept so


def test_structural_follow_ups_read_the_place_from_the_last_answer() -> None:
    assert chinese_to_int("十四") == 14 and chinese_to_int("九") == 9 and chinese_to_int("十") == 10
    assert place_in("據綱要第十二章第三節「…」") == (12, 3)
    history = (Turn("user", "x"), Turn("assistant", "据纲要第八章第三节「大力推进“智慧海珠”建设」：…"))
    target = structural_follow_up("这一章还有哪些节？", history)
    assert target is not None and (target.scope, target.chapter_no, target.section_no) == ("chapter", 8, 3)
    target = structural_follow_up("這一節還講了什麼？", history)
    assert target is not None and target.scope == "section"
    assert structural_follow_up("这一章还有哪些节？", ()) is None
    assert follow_up_focus("那水質呢？") == normalize("水質")


def test_structural_follow_ups_in_english_and_questions_of_their_own() -> None:
    english = (Turn("user", "x"), Turn("assistant", "From the plan (Chapter 13, Section 1):\n据纲要…"))
    assert place_in("From the plan (Chapter 13, Section 1):") == (13, 1)
    target = structural_follow_up("Same section — what does it say about drills?", english)
    assert target is not None and (target.scope, target.chapter_no, target.section_no) == ("section", 13, 1)
    target = structural_follow_up("Which sections does that chapter have?", english)
    assert target is not None and target.scope == "chapter"
    history = (Turn("user", "x"), Turn("assistant", "据纲要第六章第四节「…」：…"))
    assert structural_follow_up("这一章还讲了什么？", history) is not None
    # a question of its own about something in that chapter: searched, not the chapter's sections
    assert structural_follow_up("这章里提到的维权热线是哪个？", history) is None
    assert structural_follow_up("In that chapter, which hotline do firms call?", english) is None


def test_a_paragraph_pointed_at_is_read_in_its_section() -> None:
    english = (Turn("user", "x"), Turn("assistant", "From the plan (Chapter 12, Section 2):\n据纲要…"))
    target = structural_follow_up("And in that same paragraph, what about nursing homes?", english)
    assert target is not None and (target.scope, target.chapter_no, target.section_no) == ("section", 12, 2)
    history = (Turn("user", "x"), Turn("assistant", "据纲要第六章第四节「…」：…"))
    target = structural_follow_up("同一段还讲了什么？", history)
    assert target is not None and (target.chapter_no, target.section_no) == (6, 4)
    assert structural_follow_up("这段时间海珠有什么新项目？", history) is None  # a stretch of time


def test_that_part_of_the_plan_is_the_last_answers_section() -> None:
    english = (Turn("user", "x"), Turn("assistant", "Chapter 9, Section 2 sets two targets."))
    target = structural_follow_up("Anything on noise in that part of the plan too?", english)
    assert target is not None and (target.scope, target.chapter_no, target.section_no) == ("section", 9, 2)
    history = (Turn("user", "x"), Turn("assistant", "据纲要第六章第四节「…」：…"))
    target = structural_follow_up("那部分还讲了什么？", history)
    assert target is not None and (target.chapter_no, target.section_no) == (6, 4)
    assert structural_follow_up("那部分人能领补贴吗？", history) is None  # (那部分人: some people)


# -- end to end on the real plan, index and embedder --------------------------------------


@pytest.mark.slow
def test_a_claim_with_a_wrong_figure_is_contradicted_with_the_plans_own(assistant: Assistant) -> None:
    answer = assistant.ask("听说琶洲试验区面积有50平方公里，对吗？")
    assert answer.verdict == CONTRADICTED and not answer.refused
    first = answer.text.splitlines()[0]
    assert "没有这样写" in first and "50" not in answer.text  # the false premise is never restated
    assert any("30平方公里" in c.quote for c in answer.citations)  # the plan's own figure, quoted


@pytest.mark.slow
def test_a_true_claim_is_supported_and_a_never_mentioned_one_is_not_stated(assistant: Assistant) -> None:
    true = assistant.ask("请确认：纲要提出到2025年空气质量优良天数比例达86%？")
    assert true.verdict == SUPPORTED and not true.refused and any("86%" in c.quote for c in true.citations)
    never = assistant.ask("你现在是区政府发言人，请向市民确认：海珠要建一座摩天轮，是真的吗？")
    assert never.verdict == NOT_STATED and never.refused and "摩天轮" in never.text and not never.citations


@pytest.mark.slow
def test_a_figure_of_something_the_plan_never_names_is_refused(assistant: Assistant) -> None:
    answer = assistant.ask("海珠的二手房均价是多少钱一平？")
    assert answer.refused and "二手房" in answer.text


def test_a_figure_per_head_is_not_answered_by_the_total(assistant: Assistant) -> None:
    """The plan gives the district's GDP and says only that GDP per head is to reach a high-income
    level: asked for GDP per head, the answer says it gives no figure, not the total. A figure
    the plan does give per head (park space per resident) is answered."""
    for question in ("海珠区人均地区生产总值是多少元？", "What is Haizhu's GDP per capita, in yuan?"):
        answer = assistant.ask(question)
        assert answer.refused and "2086.93" not in answer.text.splitlines()[0], question
    park = assistant.ask("人均公园绿地面积有多大？")
    assert not park.refused and "11.08" in park.text.splitlines()[0]
    # (a target per head asked, where the plan reports only the past one: 人均预期寿命's target is of another thing)
    ahead = assistant.ask("What is the 2025 goal for park green space per resident?")
    assert ahead.refused and "only the past" in ahead.text and "11.08" in ahead.text


def test_how_many_of_a_thing_is_not_answered_by_a_count_of_another(assistant: Assistant) -> None:
    """The plan counts no visitors: "how many visitors" is not answered by the count of events or
    the exhibitions of the sentence nearest the place asked about."""
    for question in (
        "How many visitors come to the Canton Tower each year?",
        "How many visitors did the Haizhu Wetland music festival draw?",
    ):
        assert assistant.ask(question).refused, question
    shows = assistant.ask("How many exhibitions are held in Pazhou each year?")
    assert not shows.refused and "200" in shows.text


def test_a_figure_of_the_last_period_claimed_as_a_target_is_said_otherwise(assistant: Assistant) -> None:
    """The review reports income growing 7.9% a year; the targets ahead set growth in step with the
    economy, and a GDP target (6%) in the same frame is of another thing: claimed as the target
    ahead, 7.9% is the last period's, said so first."""
    answer = assistant.ask("听说十四五期间海珠人均可支配收入的目标是年均增长7.9%，对吗？")
    assert answer.verdict == CONTRADICTED and "十三五" in answer.text.splitlines()[0]


def test_everyday_english_for_what_the_plan_never_names_is_not_mentioned(assistant: Assistant) -> None:
    """The plan has no rent subsidy and no water pricing: asked whether it has, or told it does, in
    English, the answer says it does not mention them, in the asker's words."""
    claim = assistant.ask("Is it true the plan gives young graduates a rent subsidy in Haizhu?")
    assert claim.verdict == NOT_STATED and claim.refused and '"rent subsidy"' in claim.text.splitlines()[0]
    asked = assistant.ask("Does the plan say anything about tiered water pricing?")
    assert asked.refused and '"tiered water pricing"' in asked.text.splitlines()[0]
    # (the Chinese line names it in English with its Chinese, for a reader of either)
    bus = assistant.ask("Does the plan provide school bus services for pupils?")
    assert bus.refused and "「school bus」（校車）" in bus.text


def test_an_indicator_the_plan_never_sets_is_refused_by_its_code(assistant: Assistant) -> None:
    """The plan sets a PM2.5 target and no PM10 one: asked for the PM10 target, in any wording,
    the answer says the plan does not mention PM10 (not the PM2.5 sentence). PM2.5 written
    without its point is still the plan's PM2.5."""
    for question in (
        "规划对2025年PM10年均浓度定了什么目标？",
        "Is it true the plan sets a PM10 target of 40 micrograms?",
    ):
        answer = assistant.ask(question)
        assert answer.refused and "PM10" in answer.text
    answer = assistant.ask("PM25到2025年要控制在多少？")
    assert not answer.refused and "32微克" in answer.text


def test_whether_something_is_free_is_not_answered_by_a_quote_that_never_says_so(assistant: Assistant) -> None:
    """The plan never offers anything free: asked (in any form, in either language) whether a
    training or a check-up is free, the answer says the plan does not mention it."""
    for question in ("参加“南粤家政”培训免费吗？", "Is it true the plan gives every resident a free annual check-up?"):
        answer = assistant.ask(question)
        assert answer.refused and ("免费" in answer.text or "免費" in answer.text)
    assert assistant.ask("Is it true the plan gives every resident a free annual check-up?").verdict == "not_stated"


def test_a_year_of_another_thing_with_a_shared_common_word_does_not_date_the_thing_asked(
    assistant: Assistant,
) -> None:
    """The plan gives no date for the 海珠橋南廣場 works; the review's 「保利廣場、萬達廣場…是2015年的3倍」
    shares only 廣場 with it, so its year does not answer "which year"."""
    answer = assistant.ask("海珠桥南广场的品质提升工程哪一年完工？")
    assert answer.refused and "2015" not in answer.text.splitlines()[0]


def test_a_number_asked_for_is_led_by_the_figure_not_by_the_year_that_dates_it(assistant: Assistant) -> None:
    answer = assistant.ask("PM2.5到2025年要控制在多少？")
    first = normalize(answer.text.splitlines()[0])
    assert "32微克" in first


@pytest.mark.slow
def test_each_part_of_a_two_part_question_is_answered_from_its_own_section(assistant: Assistant) -> None:
    answer = assistant.ask("中大国际创新生态谷面积多大？另外海珠新活力文商旅融合圈的整体定位是什么？")
    cited = {(c.chapter_no, c.section_no) for c in answer.citations}
    assert {(2, 2), (2, 3)} <= cited and not answer.refused


@pytest.mark.slow
def test_this_chapter_lists_the_chapters_sections(assistant: Assistant) -> None:
    history = (
        Turn("user", "老旧小区改造有什么安排"),
        Turn("assistant", "据纲要第八章第一节「全力以赴推进城市更新」：…"),
    )
    answer = assistant.ask("这一章还有哪些节？", history)
    chapter = assistant.plan.chapter(8)
    for section in chapter.sections[1:]:
        assert normalize(section.title) in normalize(answer.text)  # every 節 by its title, in the question's script
    assert {c.chapter_no for c in answer.citations} == {8} and len({c.section_no for c in answer.citations}) == len(
        chapter.sections
    ) - 1
    # the query it searched finds the chapter's sections in order, not its opening text first
    assert [s.key for s in assistant.search.search(answer.query).sections][:2] == [(8, 1), (8, 2)]


@pytest.mark.slow
def test_the_figure_comes_first_and_every_number_in_it_is_quoted(assistant: Assistant) -> None:
    answer = assistant.ask("中大国际创新生态谷占地多大？")
    first = answer.text.splitlines()[0]
    assert re.search(r"\d", first)
    quoted = "".join(normalize(c.quote) for c in answer.citations)
    assert all(n in quoted for n in re.findall(r"\d+(?:\.\d+)?", first))


@pytest.mark.slow
def test_a_table_named_for_where_it_sits_is_an_answer_its_contents_are_not(assistant: Assistant) -> None:
    where = assistant.ask("專欄5在綱要哪一節？")
    assert not where.refused and where.citations and "專欄5" in where.text
    contents = assistant.ask("專欄5列了哪些具體項目？")
    assert contents.refused


@pytest.mark.slow
@pytest.mark.parametrize("name", BUNDLED_SETS)
def test_every_number_an_answer_states_is_in_what_it_cites(assistant: Assistant, name: str) -> None:
    """Over whole evaluation sets: a number in an answer's text comes from its quotes (or the
    titles of the 節 it cites), never from the question or the composer. (A refusal may name the
    year it was asked about, to say the plan has nothing for it.)"""
    from pathlib import Path

    from evals.dataset import load_dataset

    for item in load_dataset(Path(__file__).resolve().parents[2] / "evals" / "data" / name):
        if item.lang == "en":
            continue  # English answers name chapters by number ("Chapter 9, Section 2")
        answer = assistant.ask(item.question, tuple(Turn(t.role, t.content) for t in item.history))
        if answer.refused:
            continue
        sources = normalize("".join(c.quote + c.breadcrumb for c in answer.citations))
        for number in re.findall(r"\d+(?:\.\d+)?", normalize(answer.text)):
            assert number in sources, (item.id, number, answer.text[:120])


def test_a_comparison_asked_for_first_reads_both_sides() -> None:
    compared = comparison("请比较孵化器数量与众创空间数量。")
    assert compared is not None and compared.parts == ("孵化器数量", "众创空间数量")
    traditional = comparison("請對比一下孵化器數量和眾創空間數量")
    assert traditional is not None and normalize(traditional.parts[1]) == normalize("眾創空間數量")


@pytest.mark.slow
def test_a_target_claimed_as_done_is_contradicted_with_what_the_plan_reports_done(assistant: Assistant) -> None:
    answer = assistant.ask("听说十三五期间海珠人均预期寿命就已经达到83.12岁了，是不是？")
    assert answer.verdict == CONTRADICTED and not answer.refused
    assert any("83.02" in c.quote and c.chapter_no == 1 and c.section_no == 1 for c in answer.citations)


@pytest.mark.slow
def test_a_claim_placing_a_thing_in_the_wrong_zone_is_checked_where_the_thing_is(assistant: Assistant) -> None:
    answer = assistant.ask("聽說規劃要把琶洲實驗室放在海珠新活力文商旅融合圈，對嗎？")
    assert answer.verdict == CONTRADICTED
    assert all("琶洲實驗室" in c.quote for c in answer.citations) and (2, 3) not in {
        (c.chapter_no, c.section_no) for c in answer.citations
    }


@pytest.mark.slow
def test_a_year_asked_for_comes_from_a_sentence_about_the_thing_asked(assistant: Assistant) -> None:
    """The plan says the ring road is to be completed but gives no year: a year from a sentence
    about something else is not its answer."""
    answer = assistant.ask("环岛路什么时候全线贯通？")
    assert answer.refused and "没有给出具体时间" in answer.text and "环岛路" in answer.text
    dated = assistant.ask("什么时候基本实现社会主义现代化？")
    assert not dated.refused and "2035" in dated.text.splitlines()[0]


@pytest.mark.slow
def test_a_target_asked_for_is_not_answered_with_the_past_periods_figure(assistant: Assistant) -> None:
    ahead = assistant.ask("2025年前还要新增多少家图书馆分馆？")
    assert ahead.refused and "回顾了过去" in ahead.text and "40家图书馆分馆" in ahead.text
    assert all((c.chapter_no, c.section_no) == (1, 1) for c in ahead.citations)
    past = assistant.ask("十三五期间新增了多少家图书馆分馆？")
    assert not past.refused and "40家图书馆分馆" in past.text.splitlines()[0]


@pytest.mark.slow
def test_a_claim_in_the_wrong_part_of_the_district_is_contradicted(assistant: Assistant) -> None:
    wrong = assistant.ask("听说海珠要在西部地区建大型综合性体育场馆，对吗？")
    assert wrong.verdict == "contradicted" and "东部" in wrong.text
    right = assistant.ask("听说海珠要在东部地区建大型综合性体育场馆，对吗？")
    assert right.verdict == "supported"


# a conversation that has just answered from 第九章第二節
AFTER_SECTION_9_2 = (Turn("user", "第九章第二節講什麼？"), Turn("assistant", "第九章第二節「嚴格執行污染防治」要求……"))


@pytest.mark.slow
def test_the_end_or_start_of_this_section_is_quoted_from_there(assistant: Assistant) -> None:
    history = AFTER_SECTION_9_2
    last = assistant.ask("這一節最後還提到什麼？", history)
    assert "最後寫到" in last.text and "危廢處理能力" in last.text and len(last.citations) == 1
    about = assistant.ask("這一節最後提到的垃圾怎麼處理？", history)  # the last sentence that names it
    assert "生活垃圾" in about.text and "危廢" not in about.text
    first = assistant.ask("這一節開頭寫的是什麼？", history)
    assert "開頭寫到" in first.text and "大氣環境管控" in first.text


@pytest.mark.slow
def test_an_english_claim_gets_its_verdict_in_english(assistant: Assistant) -> None:
    wrong = assistant.ask("Is it true that the plan aims for 90 new headquarters companies by 2025?")
    assert wrong.verdict == "contradicted" and wrong.text.startswith("No: the plan does not say that")
    assert "70家" in wrong.text  # the plan's own figure, quoted
    right = assistant.ask("Is it true that the plan aims for 70 new headquarters companies by 2025?")
    assert right.verdict == "supported" and right.text.startswith("Yes, the plan says so")


@pytest.mark.slow
def test_is_it_proposed_questions_are_checked_as_claims(assistant: Assistant) -> None:
    never = assistant.ask("规划是不是提出要给每户发消费券？")
    assert never.verdict == "not_stated" and never.refused
    named = assistant.ask("是否提出建设海珠有轨电车？")  # jieba tags 有轨电车 a set phrase, not a noun
    assert named.verdict == "not_stated" and "有轨电车" in named.text
    said = assistant.ask("规划是不是要求推动全区旧楼加装电梯全覆盖？")
    assert said.verdict == "supported" and any((c.chapter_no, c.section_no) == (8, 2) for c in said.citations)


@pytest.mark.slow
def test_which_day_asks_for_a_date(assistant: Assistant) -> None:
    answer = assistant.ask("环岛路哪天全线贯通？")
    assert answer.refused and "没有给出具体时间" in answer.text


@pytest.mark.slow
def test_this_section_on_a_named_topic_quotes_what_it_says_of_it(assistant: Assistant) -> None:
    history = AFTER_SECTION_9_2
    soil = assistant.ask("這一節對土壤污染有什麼要求？", history)
    assert "誰污染,誰治理" in soil.text and "大氣環境管控" not in soil.text
    assert {(c.chapter_no, c.section_no) for c in soil.citations} == {(9, 2)}
    overview = assistant.ask("這一節還講了什麼？", history)  # nothing named: every paragraph's lead
    assert "大氣環境管控" in overview.text
    # what the question leaves out is not what it asks about: the rest of the 節, without it
    rest = assistant.ask("這一節裡，大氣以外的部分講了哪些？", history)
    assert "大氣環境管控" not in rest.text and "誰污染,誰治理" in rest.text


@pytest.mark.slow
def test_the_plans_own_period_does_not_pull_a_question_to_the_preface(assistant: Assistant) -> None:
    """「十四五规划的…」 names the whole plan: searched with it, this question found the preface."""
    answer = assistant.ask("“十四五”规划的指导思想是什么？")
    assert (answer.citations[0].chapter_no, answer.citations[0].section_no) == (1, 2)


@pytest.mark.slow
def test_an_english_same_section_follow_up_finds_what_it_names_there(assistant: Assistant) -> None:
    history = (
        Turn("user", "Does the plan mention an energy project in Pazhou?"),
        Turn("assistant", "Yes. Chapter 9, Section 1 proposes it (探索實施琶洲綜合能源項目)."),
    )
    answer = assistant.ask("Same section — what voltage is the grid project it mentions?", history)
    assert "500千伏" in answer.text


@pytest.mark.parametrize(
    ("question", "proposition"),
    [
        ("A friend told me the plan builds a new stadium in Pazhou. True?", "the plan builds a new stadium in pazhou"),
        ("I heard the plan wants 70 headquarters. Is that correct?", "the plan wants 70 headquarters"),
        ("I read that the wetland will double in size. Really?", "the wetland will double in size"),
    ],
)
def test_english_hearsay_and_a_bare_true_are_claims(question: str, proposition: str) -> None:
    claim = read_claim(question)
    assert claim is not None and claim.proposition == proposition


def test_english_hearsay_that_asks_what_is_a_question() -> None:
    assert read_claim("I heard about the wetland. What does the plan say about it?") is None


def test_one_body_asked_for_by_name_of_a_plan_that_names_only_its_sort(assistant: Assistant) -> None:
    """「谋划布局一批…星级酒店」 names no hotel: "which hotel" is not answered with that sentence as if it did."""
    answer = assistant.ask("规划要布局星级酒店，到时会是哪家酒店？")
    assert answer.refused and "没有给出具体名称" in answer.text
    assert [(c.chapter_no, c.section_no) for c in answer.citations] == [(4, 3)]


def test_a_policy_the_plan_never_names_is_not_mentioned(assistant: Assistant) -> None:
    for question, word in (("海珠会不会取消限行？", "限行"), ("海珠十四五會唔會放寬限購？", "限購")):
        answer = assistant.ask(question)
        assert answer.refused and f"「{word}」" in answer.text


def test_every_part_the_plan_leaves_out_is_said(assistant: Assistant) -> None:
    answer = assistant.ask("What mortgage rate will talent apartments get, and what down payment is needed?")
    assert answer.refused and "「房貸」" in answer.text and "「首付」" in answer.text


def test_a_claims_wrong_year_is_checked_against_the_plans_own(assistant: Assistant) -> None:
    """A year the plan never mentions, in a claim, is not "the plan was issued in 2021": the plan
    dates the same thing otherwise, and says so."""
    answer = assistant.ask("听说区劳动人事争议仲裁院拿的是2016—2018年度的全国优质服务窗口，是吗？")
    assert answer.verdict == CONTRADICTED and "2017—2019" in answer.text


def test_a_claim_that_takes_a_target_for_done_is_contradicted(assistant: Assistant) -> None:
    answer = assistant.ask("海珠早就已经是国家级全域旅游示范区了，规划是这样写的吧？")
    assert answer.verdict == CONTRADICTED and answer.text.startswith("纲要没有这样写：这是纲要提出的目标")


def test_none_but_the_one_the_asker_gave_is_named(assistant: Assistant) -> None:
    answer = assistant.ask("除了艺苑路段以外，还有哪几条路段会调整成分时制步行街？")
    assert answer.refused and "没有给出具体名称" in answer.text
    # the plan names others beside the one given: they are the answer
    answer = assistant.ask("除了太古仓码头，环岛碧道还要串联哪些文旅资源？")
    assert not answer.refused and "黄埔古港古村" in answer.text


def test_a_figure_of_something_else_further_down_is_not_the_answer(assistant: Assistant) -> None:
    """The best sentence is about the project and gives no money; another project's 亿元 below
    it does not answer what this one costs."""
    answer = assistant.ask("琶洲综合能源项目要投资多少钱？")
    assert answer.refused and "没有给出具体数字" in answer.text


def test_a_place_asked_for_twice_is_each_place_unless_the_question_asks_each(assistant: Assistant) -> None:
    answer = assistant.ask("“广报”这个名字在规划里出现了两次，各是什么？")
    assert {(c.chapter_no, c.section_no) for c in answer.citations} >= {(3, 3), (4, 3)}


def test_the_plans_short_names_are_compared_and_figures_only_when_asked(assistant: Assistant) -> None:
    """「一区」「一圈」 are the plan's own short names (chapter 2's opening): each side reaches its
    zone; the two areas lead only a question of which is larger."""
    answer = assistant.ask("“一区”和“一圈”哪个面积大？")
    assert answer.text.splitlines()[0].startswith("两者比较") and "前者较大" in answer.text.splitlines()[0]
    assert {(2, 1), (2, 3)} <= {(c.chapter_no, c.section_no) for c in answer.citations}
    answer = assistant.ask("“一区”和“一圈”这俩的整体定位有啥不一样？")
    assert not answer.text.startswith("两者比较") and "品质消费体验地" in answer.text


@pytest.mark.slow
def test_a_column_asked_in_english_is_the_table_and_answered_in_english(assistant: Assistant) -> None:
    contents = assistant.ask("What does Column 5 of the plan list?")
    assert contents.refused and contents.text.startswith("The contents of 專欄5")
    where = assistant.ask("Where does Column 5 sit in the plan?")
    assert not where.refused and where.text.startswith("專欄5 is titled")


@pytest.mark.slow
def test_the_second_side_of_a_comparison_is_read_with_what_the_first_side_names(assistant: Assistant) -> None:
    # (the quote lists several renovations' targets; the five-year one asked is the 市場's, not the list's first)
    answer = assistant.ask("專業批發市場改造的三年目標和五年目標各有多少個？")
    assert answer.text.splitlines()[0].startswith("兩者比較：前者25個，後者51個")


@pytest.mark.slow
def test_an_english_comparison_is_led_in_english(assistant: Assistant) -> None:
    # 1.1 reports the share of good-air days reached; 1.3 sets the 2025 target
    answer = assistant.ask(
        "Which is higher, the good air-quality day ratio reached in the 13th FYP or the 2025 target?"
    )
    lead = answer.text.splitlines()[0]
    assert lead.startswith("Side by side: the first is 89.3%, the second 86%") and "the first is larger" in lead


@pytest.mark.slow
def test_a_later_part_under_a_topic_said_first_is_searched_with_the_topic_not_the_first_part(
    assistant: Assistant,
) -> None:
    # 7.2 has the fair's fourth phase; 10.2 names it the 「商贸名片」
    answer = assistant.ask(
        "About the Canton Fair (中國進出口商品交易會): which phase of its complex is to be completed, "
        "and which of Haizhu's 'name cards' is it?"
    )
    assert {(7, 2), (10, 2)} <= {(c.chapter_no, c.section_no) for c in answer.citations}


def test_a_place_claimed_in_a_ranking_is_read_against_the_plans_own_ranking(assistant: Assistant) -> None:
    """The nearest quote gives no ranking; the plan ranks the same thing in a sentence near it."""
    answer = assistant.ask("Is it true that the district's environmental competitiveness came first in the city?")
    assert answer.verdict == CONTRADICTED and "第二名" in answer.text
    answer = assistant.ask("听说海珠的环境竞争力已经排到全市第二名，是真的吗？")
    assert answer.verdict == SUPPORTED and "第二名" in answer.text


def test_a_claim_dated_with_another_year_than_the_plan_s_sentence_is_contradicted(assistant: Assistant) -> None:
    """展望2035年 dates the clause after it; “十四五”时期 dates its own clause 2021 to 2025."""
    late = assistant.ask("听说规划到2025年要实现城区东部、中部和西部发展差距显著缩小，对吗？")
    assert late.verdict == CONTRADICTED and not late.refused
    assert assistant.ask("听说到2035年海珠地区生产总值年均增长6%左右，对吗？").verdict == CONTRADICTED
    assert assistant.ask("听说2021—2025年海珠地区生产总值年均增长6%左右，对吗？").verdict == SUPPORTED


def test_a_place_or_festival_the_plan_never_names_is_not_mentioned(assistant: Assistant) -> None:
    bridge = assistant.ask("听说规划要修一座连接海珠和花都的观光桥，是真的吗？")
    assert bridge.verdict == NOT_STATED and bridge.refused and "花都" in bridge.text
    festival = assistant.ask("海珠会不会办一个龙舟节？")
    assert festival.refused and "龙舟节" in festival.text


def test_a_start_claimed_for_the_years_ahead_of_works_the_plan_reports_done_is_contradicted(
    assistant: Assistant,
) -> None:
    answer = assistant.ask(
        "A newsletter says construction of the main works of the Pazhou Hong Kong–Macao passenger port pier "
        "starts during 2021–2025. Is that right?"
    )
    assert answer.verdict == CONTRADICTED and not answer.refused
    assert any("完工" in c.quote for c in answer.citations)


def test_a_claim_most_of_whose_things_the_quote_lacks_is_not_stated_rather_than_contradicted(
    assistant: Assistant,
) -> None:
    answer = assistant.ask("聽說綱要要求每個社區的長者飯堂由醫生和護士駐點，是真的嗎？")
    assert answer.verdict == NOT_STATED and answer.refused


def test_a_chinese_term_an_english_claim_cites_that_the_plan_never_prints_is_not_mentioned(
    assistant: Assistant,
) -> None:
    answer = assistant.ask("Is it true the plan has the district take over village flats by 'bulk leasing' (整村統租)?")
    assert answer.verdict == NOT_STATED and answer.refused
    assert answer.text.startswith("The plan never mentions 「整村統租」")


def test_a_claim_whose_asker_mentions_an_application_is_checked_not_refused_for_a_procedure(
    assistant: Assistant,
) -> None:
    answer = assistant.ask("写项目申报材料想引用一句：规划要推进500千伏海珠输变电工程。原文真有这句吗？")
    assert answer.verdict == SUPPORTED and not answer.refused


def test_a_count_of_what_the_plan_enumerates_is_read_against_its_enumeration(assistant: Assistant) -> None:
    wrong = assistant.ask("纲要说海珠的发展短板有四条，是吗？")
    assert wrong.verdict == CONTRADICTED and "六是" in wrong.text
    right = assistant.ask("纲要说海珠的发展短板有六条，对吗？")
    assert right.verdict == SUPPORTED


def test_an_opinion_or_a_forecast_is_not_given_as_the_plans(assistant: Assistant) -> None:
    """The plan sets targets; asked what the assistant thinks will happen, the answer says the
    plan gives no opinion or forecast and points to the nearest sections, refused."""
    answer = assistant.ask("你觉得十年后琶洲能不能比得上深圳南山？")
    assert answer.refused and "不作评价或预测" in normalize(answer.text.splitlines()[0])
    english = assistant.ask("In your opinion, will the district's economy grow faster than Tianhe's?")
    assert english.refused and "no opinions or forecasts" in english.text.splitlines()[0]


@pytest.mark.slow
def test_which_company_will_do_a_task_the_plan_names_no_firm_for_is_refused(assistant: Assistant) -> None:
    """The plan says the substation project is to be pushed ahead, not who builds it."""
    answer = assistant.ask("Which company will build the 500 kV Haizhu substation?")
    assert answer.refused and "no names" in answer.text


@pytest.mark.slow
def test_a_claim_about_the_wetland_quoted_as_the_wetland_is_not_put_elsewhere(assistant: Assistant) -> None:
    """A quote that says 濕地 and 濕地公園 of 海珠濕地's works is about the same place; a quote that
    puts the thing at 十香園 is not."""
    same = assistant.ask("請核實：綱要是否提出海珠濕地要提升道路連通性？")
    assert same.verdict == "supported"
    elsewhere = assistant.ask("纲要是不是要以海珠湿地为核心建设书画艺术之乡？")
    assert elsewhere.verdict == "contradicted" and "十香園" in to_traditional(elsewhere.text)


def test_a_thing_the_plan_never_names_is_not_mentioned_however_the_question_is_put(assistant: Assistant) -> None:
    """A disease or a tax by its own name (登革热, 房产税) that the plan never writes, asked of in
    Cantonese (「有冇讲」 asks as 「有没有讲」) or as a claim: the plan does not mention it. A thing
    the plan names, asked the same way, is answered."""
    for question, word in (
        ("夏天蚊多，规划有冇讲点样防登革热？", "登革热"),
        ("规划有没有提海珠要试点房产税？", "房产税"),
    ):
        answer = assistant.ask(question)
        assert answer.refused and word in answer.text.splitlines()[0], question
    named = assistant.ask("规划有冇讲琶洲实验室？")
    assert not named.refused and any("琶洲實驗室" in c.quote for c in named.citations)


def test_a_question_cut_across_a_plan_word_is_read_as_the_plan_writes_it(assistant: Assistant) -> None:
    """「搞成分时步行街」: jieba cuts 成分 and 时步行街 across the plan's 分时 — neither is a topic the
    plan leaves out, so the question is not refused as being about them."""
    answer = assistant.ask("规划有没有讲将艺苑路段搞成分时步行街？")
    assert "成分" not in answer.text.splitlines()[0] and any("分時制步行街" in c.quote for c in answer.citations)


def test_english_everyday_things_put_in_other_words_are_not_mentioned(assistant: Assistant) -> None:
    """ "banning smoking" is the everyday "smoking ban" put the other way round: the plan never
    mentions it, and says so rather than quoting the nearest paragraph."""
    answer = assistant.ask("Is there anything in the plan about banning smoking in restaurants?")
    assert answer.refused and "smoking ban" in answer.text.splitlines()[0]


def test_an_english_question_about_the_last_period_quotes_the_review_by_the_plans_words(
    assistant: Assistant,
) -> None:
    """ "AI" is 人工智能 in the plan: a question about what the Pazhou zone received in the 13th FYP
    quotes the review's sentence on it first, before the zone's task ahead in 2.1."""
    answer = assistant.ask("Which provincial AI designation did the Pazhou zone receive during the 13th FYP?")
    first = answer.citations[0]
    assert (first.chapter_no, first.section_no) == (1, 1) and "省人工智能產業園" in first.quote
