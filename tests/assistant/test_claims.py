"""Claims that name a place or an institution: the name is compared with the evidence, not only
the figures. Questions written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

import jieba.posseg as pseg
import pytest

from assistant.claims import (
    CONTRADICTED,
    NOT_STATED,
    SUPPORTED,
    ban_unwritten,
    benefit_unwritten,
    chinese_numeral,
    claims_done,
    counted_words,
    counts_same_thing,
    english_unprinted,
    figure_in,
    figure_owner,
    figures_of,
    is_claim,
    level_elsewhere_en,
    list_member_swapped,
    name_in,
    named_places,
    only_as_target,
    per_swapped,
    plain_numbers,
    proposition_of,
    read_claim,
    region_swapped,
    respectively_swapped,
    same_kind_figures,
    scope_overstated,
    site_elsewhere,
    swapped_slot,
    target_not_done,
    unconfirmed_words,
    unit_swapped,
    unprinted_things,
)
from assistant.dialect import to_mandarin
from assistant.service import Assistant
from corpus.chunk import chunk_plan
from corpus.models import Plan
from corpus.text import normalize, to_traditional
from retrieval.search import HybridSearch
from retrieval.synonyms import narrower, synonyms


def tagged(text: str) -> list[tuple[str, str]]:
    return [(w, f) for w, f in pseg.lcut(text)]


def test_compound_place_and_institution_names_are_read() -> None:
    assert named_places(tagged("琶洲实验室要搬到天河北路")) == ("天河北路",)
    assert "东莞市区" in named_places(tagged("海珠湿地长期科研基地建在东莞市区"))
    assert named_places(tagged("区疾控中心要另外选址新建")) == ()  # a single word tagged as a place is not held


def test_a_name_is_found_by_its_words_not_only_whole() -> None:
    assert name_in("琶洲试验区", "琶洲人工智能與數字經濟試驗區")
    assert not name_in("中山大学附属第一医院", "推動中山大學孫逸仙紀念醫院海珠灣院區建成使用")


def test_narrower_everyday_words_still_expand_queries() -> None:
    assert "马拉松" in narrower() and "gdp" not in narrower()
    assert "马拉松" in {left for left, _ in synonyms()}


@pytest.fixture(scope="module")
def keyword_assistant(plan: Plan) -> Assistant:
    return Assistant(HybridSearch(plan, chunk_plan(plan), None, None))


def test_a_claim_placing_a_plan_project_in_a_wrong_place_is_contradicted(keyword_assistant: Assistant) -> None:
    answer = keyword_assistant.ask("请确认：海珠湿地长期科研基地建在东莞市区？")
    assert answer.verdict == CONTRADICTED and not answer.refused
    assert "东莞" not in answer.text  # the false premise is not restated
    assert any("長期科研基地" in c.quote for c in answer.citations)


def test_a_claim_naming_its_place_rightly_is_still_supported(keyword_assistant: Assistant) -> None:
    answer = keyword_assistant.ask("听说纲要提出要推进海珠湿地长期科研基地建设，是真的吗？")
    assert answer.verdict == SUPPORTED


@pytest.mark.parametrize(
    "question",
    [
        "听说纲要要求每个街道建一个健身房，是真的吗？",
        "听说海珠要给每户居民发购物券，对吗？",
        # built from the plan's words, never said: 国际 and 学校, never 国际学校
        "听说规划要在琶洲建一所国际学校，是真的吗？",
        "聽說規劃要給每個新生兒發育兒補貼，係咪真㗎？",
    ],
)
def test_a_claim_about_a_thing_the_plan_names_only_in_general_is_not_stated(
    keyword_assistant: Assistant, question: str
) -> None:
    answer = keyword_assistant.ask(question)
    assert answer.verdict == NOT_STATED and answer.refused


def test_english_figures_are_read_in_the_plans_units() -> None:
    assert figures_of("Is it true the new park covers 12 square kilometres?")[0] == "12平方公里"
    assert figures_of("a four-hour trip")[0] == "四小时"
    assert figures_of("within twenty minutes") == ("二十分钟",)
    assert figures_of("support for 5G") == ("5g",)  # a generation, not a figure


def test_an_english_number_in_words_is_compared_by_value() -> None:
    assert not figure_in("四小时", "构建半小时交通圈、两小时生活圈")
    assert figure_in("二十分钟", "步行20分钟可达")
    assert chinese_numeral(2) == "二" and chinese_numeral(15) == "十五" and chinese_numeral(40) == "四十"


def test_a_target_is_not_a_result() -> None:
    assert claims_done("十三五期间就已经建成了") and claims_done("it has already been reached")
    assert not claims_done("十四五期间要建成")
    assert only_as_target("50家", "到2025年,引进企业50家以上。")
    assert not only_as_target("50家", "“十三五”期间累计引进企业50家。到2025年,再引进企业50家以上。")
    assert not only_as_target("50家", "到2025年,引进企业60家。")  # the figure is not there at all
    assert not only_as_target("22个", "“十三五”期间,完成改造;推进22个安防区建设。")  # work done, said with 推进


def test_a_result_reached_in_the_last_period_is_still_supported(keyword_assistant: Assistant) -> None:
    answer = keyword_assistant.ask("听说十三五期间海珠已经完成了60个老旧小区微改造项目，是真的吗？")
    assert answer.verdict == SUPPORTED


def test_a_claim_that_puts_a_thing_at_a_place_its_quote_does_not_name_is_not_supported(
    keyword_assistant: Assistant,
) -> None:
    answer = keyword_assistant.ask("听说广州互联网法院要整体迁到海珠湾，是真的吗？")
    assert answer.verdict == NOT_STATED and "海珠湾" in answer.text.splitlines()[0]


def test_a_claim_placing_a_thing_in_another_part_of_the_district_is_told_apart() -> None:
    from assistant.claims import other_direction

    plan = "谋划在南部地区建设一座图书馆新馆。"
    assert other_direction("在北部地区建设图书馆新馆", plan)
    assert not other_direction("在南部地区建设图书馆新馆", plan)
    assert not other_direction("在北岸建设图书馆新馆", plan)  # 岸 is not 部: nothing said of either bank
    assert not other_direction("建设图书馆新馆", plan)


def test_english_counts_a_few_words_after_the_number_are_read_in_the_plans_units() -> None:
    from assistant.claims import english_figures

    assert english_figures("the district will open 12 new public schools") == ["12所"]
    assert english_figures("three new bridges") == ["三座"]
    assert english_figures("15 percent of companies") == ["15%"]  # a share, not a count of companies


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("听说区里要建一个青年创业平台，叫什么名字？", False),  # hearsay that asks about the thing
        ("聽說要修一條濱江綠道，經過哪幾個地方？", False),
        ("网上说老城区要搞夜市，具体怎么搞？", False),
        ("听说要修滨江绿道，规划里具体咋说的？", False),
        ("听说区里要建一个青年创业平台", True),  # hearsay stated: a claim to check
        ("听说区里要建一个青年创业平台，是真的吗？", True),
        ("听说要建青年创业平台，是不是真的？规划里叫什么？", True),  # the check is asked for
    ],
)
def test_hearsay_that_asks_what_or_where_is_a_question_not_a_claim(question: str, claim: bool) -> None:
    from assistant.claims import is_claim, is_hearsay

    assert is_hearsay(question)
    assert is_claim(question) is claim


@pytest.mark.parametrize("question", ["规划是不是提出全区公交免费？", "纲要是否要求每个街道建一座图书馆？"])
def test_is_it_proposed_is_a_claim(question: str) -> None:
    from assistant.claims import read_claim

    claim = read_claim(question)
    assert claim is not None and "是不是" not in claim.proposition and "是否" not in claim.proposition


def test_levels_are_figures_a_claim_can_get_wrong() -> None:
    from assistant.claims import figures_of, same_kind_figures

    assert figures_of("建立区、街两级养老服务网络") == ("两级",)
    assert same_kind_figures("两级", "建立区、街、社区三级养老服务网络") == ["三级"]


def test_a_thing_put_in_the_wrong_part_is_caught_in_its_own_clause() -> None:
    from assistant.claims import other_direction

    plan = "在东部建设体育中心,在中部建设图书馆新馆,在西部建设美术馆。"
    assert other_direction("在东部建设图书馆新馆", plan, ["图书馆新馆"])  # 东部 is in the text, for another thing
    assert not other_direction("在中部建设图书馆新馆", plan, ["图书馆新馆"])
    assert not other_direction("在东部建设图书馆新馆", plan)  # no name to place: the text has 东部 too


@pytest.mark.parametrize(
    ("question", "proposition"),
    [
        ("規劃提出要建設社區長者飯堂。", "规划提出要建设社区长者饭堂"),  # stated, not asked
        ("纲要要求每个街道建一个图书馆", "纲要要求每个街道建一个图书馆"),
        ("Claim: the district will build 12 new bridges.", "the district will build 12 new bridges"),
        ("我看新闻说区里新建了5座公园，规划里是这么写的吧？", "区里新建了5座公园"),
        ("听说区里新建了5座公园，真的假的？", "区里新建了5座公园"),
        ("判断正误：纲要提出要建设社区长者饭堂。", "纲要提出要建设社区长者饭堂"),
        ("我看有人说区里新建了5座公园，是这样吗", "区里新建了5座公园"),
        ("长者饭堂是跟社区医院合作搞的吧？", "长者饭堂是跟社区医院合作搞"),
        (
            "The plan says the new library will be built by the river, right?",
            "the plan says the new library will be built by the river",
        ),
        ("The plan commits to 12 new bridges by 2025.", "the plan commits to 12 new bridges by 2025"),
    ],
)
def test_a_claim_stated_without_a_question_is_checked(question: str, proposition: str) -> None:
    from assistant.claims import read_claim

    claim = read_claim(question)
    assert claim is not None and claim.proposition == proposition


@pytest.mark.parametrize(
    "question",
    ["规划提出要建设什么？", "纲要里提到哪些公园", "规划提出的目标是什么", "The plan says what about parks?"],
)
def test_what_the_plan_says_asked_is_not_a_claim(question: str) -> None:
    from assistant.claims import is_claim

    assert not is_claim(question)


def test_a_figure_claimed_for_the_years_ahead_where_the_plan_reports_only_the_past_is_not_stated(
    assistant: Assistant,
) -> None:
    """The plan reports 60 old-estate renovations done in the last period and sets no number for
    the next: a claimed 十四五 figure is not contradicted by the past one, it is not stated."""
    answer = assistant.ask("听说十四五期间要再完成100个老旧小区微改造项目，对吗？")
    assert answer.verdict == "not_stated" and answer.refused
    assert "60个老旧小区" in answer.text  # the past figure is shown, as what the plan does say


def test_a_claim_of_who_leads_needs_the_plan_to_say_who_leads(assistant: Assistant) -> None:
    """The plan names the wetland and a university in one place, but nobody as leading."""
    answer = assistant.ask("规划是不是写明海珠湿地由中山大学牵头保护？")
    assert answer.verdict == NOT_STATED and answer.refused and "牵头" in answer.text.splitlines()[0]


def test_a_figure_claimed_for_another_span_of_years_is_contradicted(assistant: Assistant) -> None:
    """The plan gives 三年31个、五年45个: 45 is the five-year figure."""
    answer = assistant.ask("村级工业园三年要改造45个，真唔真？")
    assert answer.verdict == CONTRADICTED and "五年45個" in to_traditional(answer.text)
    assert assistant.ask("村级工业园五年要改造45个，对吗？").verdict == SUPPORTED


def test_a_figure_in_another_unit_in_the_same_words_is_contradicted(assistant: Assistant) -> None:
    """The plan says 「步行1公里社區生活圈」: a walk in minutes is the claim's, not the plan's."""
    answer = assistant.ask("规划提出推进步行10分钟社区生活圈全覆盖，对吗？")
    assert answer.verdict == CONTRADICTED and "1公里" in answer.text


def test_another_city_put_for_the_one_the_plan_names_is_contradicted(assistant: Assistant) -> None:
    answer = assistant.ask("听说家庭医生优培计划是和深圳的医疗集团合作的？")
    assert answer.verdict == CONTRADICTED and "香港联合医务集团" in answer.text
    assert assistant.ask("规划是不是说要强化与香港联合医务集团的合作？").verdict == SUPPORTED


def test_how_a_claim_puts_figures_and_places() -> None:
    from assistant.claims import horizon_swapped, named_sites, site_in, slot_figure

    assert slot_figure("要建步行15分钟社区生活圈", "15分钟", "推进步行1公里社区生活圈全覆盖") == "1公里"
    assert slot_figure("要建步行1公里社区生活圈", "1公里", "推进步行1公里社区生活圈全覆盖") is None
    plan = "改造三年31个、五年45个"
    assert horizon_swapped("三年改造45个", ("45个",), plan)
    assert not horizon_swapped("五年改造45个", ("45个",), plan)
    assert not horizon_swapped("改造45个", ("45个",), plan)  # no span claimed
    assert named_sites("以海幢寺为核心", "保护海幢寺和十香园") == ["海幢寺"]
    assert site_in("澳门", "推进粤港澳合作") and not site_in("澳门", "粤港澳合作，香港联合医务集团")


@pytest.mark.parametrize("question", ["三年改造45个，真唔真㗎？", "听讲要改造45个，真不真？"])
def test_a_cantonese_tag_asks_to_check_a_claim(question: str) -> None:
    from assistant.claims import is_claim

    assert is_claim(to_mandarin(question))


def test_a_misplaced_figure_is_shown_where_the_plan_uses_it(assistant: Assistant) -> None:
    """83.02 is the life expectancy the plan reports for 2020; its 2025 target is 83.12."""
    answer = assistant.ask("规划说到2025年人均预期寿命达83.02岁，对吗？")
    assert answer.verdict == CONTRADICTED and "83.12岁" in answer.text
    assert {(1, 1), (1, 3)} <= {(c.chapter_no, c.section_no) for c in answer.citations}


def test_a_bare_year_is_a_year() -> None:
    from assistant.claims import unit_of

    assert unit_of("2021") == unit_of("2021年") == "年"
    assert unit_of("30平方公里") == "平方公里" and unit_of("45") == ""


def test_a_span_of_years_written_without_nian_is_checked_as_years(assistant: Assistant) -> None:
    answer = assistant.ask("十四五指的是2021到2025那五年，对不对？")
    assert answer.verdict == SUPPORTED and "2021—2025年" in answer.text


def test_an_english_count_against_the_plans_count_is_contradicted(assistant: Assistant) -> None:
    """The plan's target is 70 headquarters firms by 2025; the English claim carries no unit."""
    answer = assistant.ask("Is it true the plan wants 90 new regional headquarters by 2025?")
    assert answer.verdict == CONTRADICTED and "70家" in answer.text
    age = assistant.ask("Is it true the plan gives free bus rides to residents over 70?")
    assert age.verdict == NOT_STATED  # an age is not a count of things


def test_a_claim_of_who_bears_a_duty_is_supported_when_the_plan_says_so(assistant: Assistant) -> None:
    """The plan puts the duty on whoever polluted the soil (「由…承担治理责任」)."""
    answer = assistant.ask("规划是不是说土壤污染由造成污染的单位或个人负责治理？")
    assert answer.verdict == SUPPORTED and not answer.refused


def test_a_word_put_in_the_place_of_the_plans_own_is_found() -> None:
    """The same next word (or the same word before) with another place, level or body in the slot."""
    from assistant.claims import swapped_slot

    assert swapped_slot("要在南沙建一个停车场", "加快推进琶洲停车场建设") == ("南沙", "琶洲")
    assert swapped_slot("博物馆要升格成省级博物馆", "推进博物馆升格为国家级博物馆") == ("省级", "国家级")
    assert swapped_slot("评审权下放给区内高校", "将评审权下放给龙头企业") == ("高校", "龙头企业")
    # the plan's own words, a paraphrase of another kind, or a synonym: no swap
    assert swapped_slot("加快推进琶洲停车场建设", "加快推进琶洲停车场建设") is None
    assert swapped_slot("人才可以不看学历直接评职称", "探索人才直接申报职称") is None
    assert (
        swapped_slot("要在南沙建一个停车场", "加快推进琶洲停车场建设", lambda a, b: {a, b} == {"南沙", "琶洲"}) is None
    )


def test_a_place_swapped_in_a_claim_is_contradicted(assistant: Assistant) -> None:
    """The plan puts the logistics waiting area in Pazhou, and a Hong Kong group behind the
    family-doctor programme: a claim naming another place is told the plan says otherwise."""
    answer = assistant.ask("听说要在南沙建物流轮候区来缓解展期交通，对吗？")
    assert answer.verdict == CONTRADICTED and "琶洲物流輪候區" in to_traditional(answer.text)
    english = assistant.ask("Is it true the family-doctor training programme is run with a Macau hospital group?")
    assert english.verdict == CONTRADICTED and "香港聯合醫務集團" in english.text


def test_a_word_is_stated_in_the_claims_place_only_beside_the_claims_thing() -> None:
    from assistant.claims import slot_stated

    assert slot_stated("要创建国家全域旅游示范区", "国家", "争创国家级全域旅游示范区")
    assert not slot_stated("要在南沙建物流轮候区", "南沙", "衔接南沙区海洋产业")  # 南沙, but not beside the thing
    assert not slot_stated("要创建国家全域旅游示范区", "国家", "国家支持粤港澳大湾区建设。成功创建省级全域旅游示范区")


def test_a_claim_is_borne_out_by_the_sentence_with_its_own_level(assistant: Assistant) -> None:
    """The review reports the provincial title won (省级, 第一章第一節); the goal ahead is the
    national one (「爭創國家級全域旅遊示範區」, 第五章第一節). A claim of the national goal is
    supported from the goal, not "supported" from the provincial sentence."""
    answer = assistant.ask("听说海珠要创建国家全域旅游示范区，是真的吗？")
    assert answer.verdict == SUPPORTED and not answer.refused
    assert [(c.chapter_no, c.section_no) for c in answer.citations] == [(5, 1)]
    assert "国家级全域旅游示范区" in answer.text


def test_a_name_the_plan_never_uses_in_the_place_of_its_own_is_contradicted(assistant: Assistant) -> None:
    """之江 is nowhere in the plan, but it stands where the plan names 鹏城 (「建设鹏城实验室广州基地」):
    the plan says something else, and its sentence is quoted, rather than "not mentioned"."""
    answer = assistant.ask("听说琶洲实验室要建设之江实验室广州基地，对吗？")
    assert answer.verdict == CONTRADICTED and not answer.refused
    assert "鹏城实验室广州基地" in answer.text and [(c.chapter_no, c.section_no) for c in answer.citations] == [(7, 3)]
    # a name with no such place in the plan's sentences is still not mentioned
    assert assistant.ask("听说规划要在海珠建一个迪士尼乐园，是真的吗？").verdict == NOT_STATED


def test_where_the_plan_puts_a_thing_is_found_outside_the_quote() -> None:
    from assistant.claims import direction_elsewhere
    from corpus.models import Sentence

    texts = ["在东部建设港口片区,在中部建设科学城,在西部建设老城区。", "科学城整合大学资源。"]
    plan = [Sentence(n, 0, len(t), t) for n, t in enumerate(texts)]
    assert direction_elsewhere("科学城建在东部", ["科学城"], plan) == (plan[0], "在中部建设科学城")
    assert direction_elsewhere("科学城建在中部", ["科学城"], plan) is None
    assert direction_elsewhere("科学城整合大学资源", ["科学城"], plan) is None  # no part of the district claimed


def test_an_english_claim_putting_a_zone_in_another_part_is_contradicted(assistant: Assistant) -> None:
    answer = assistant.ask("Is it right that the innovation valley is to be built in eastern Haizhu?")
    assert answer.verdict == CONTRADICTED and "在中部建設中大國際創新生態谷" in answer.text


def test_a_figure_counts_only_with_a_unit_that_fits() -> None:
    """The same number of something else is not the claim's figure: 10座 (bridges) is not the 10
    of 「10号线」, 500个 (projects) not the 500 of 「世界500强」; 400亿 is 400亿元, 10个 is 10座."""
    assert not figure_in("10座", "地铁10号线开工建设") and not figure_in("500个", "招商引进世界500强")
    assert figure_in("400亿", "注册总资本超400亿元") and figure_in("4个", "新增4座桥梁")
    assert figure_in("2025年", "到2025,基本建成") and figure_in("10", "地铁10号线")
    assert not figure_in("30公里", "面积30平方公里") and figure_in("42.4千米", "环岛路全线42.4公里")


def test_the_plans_figure_for_what_a_claim_counts_is_found_by_the_words_beside_it() -> None:
    assert counted_words("十三五期间新增了10座桥", "10座") == ("桥",)
    text = "新增黄埔涌桥等7条市政道路、4座桥梁。"
    assert counts_same_thing("10座", ("桥",), text) == 1 and counts_same_thing("10座", ("公园",), text) == 0
    # the most of the claim's words wins: 高新技术企业 629家, not the 企业 of 科技企业孵化器 51家
    both = "科技企业孵化器由17家增长至51家,高新技术企业达629家"
    assert counts_same_thing("1000家", ("技术", "企业"), both) == 4


@pytest.mark.parametrize("question", ["听说十三五期间海珠新增了10座桥，是吗？", "十三五期间海珠新增了10座桥梁，对吗？"])
def test_a_wrong_count_is_answered_with_the_plans_count_of_the_same_thing(
    keyword_assistant: Assistant, question: str
) -> None:
    answer = keyword_assistant.ask(question)
    assert answer.verdict == CONTRADICTED and not answer.refused
    # the plan's figure first, and no "the figure is found in …" for the 10 of 「10号线」
    assert "4座桥梁" in normalize(answer.text.splitlines()[1]) and "见于" not in normalize(answer.text)


def test_a_count_of_projects_is_not_the_500_of_global_500(keyword_assistant: Assistant) -> None:
    answer = keyword_assistant.ask("十三五期间海珠引入重大招商项目500个，是真的吗？")
    assert answer.verdict == CONTRADICTED and "引入重大招商项目415个" in normalize(answer.text.splitlines()[1])


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "theirs"),
    [
        ("Is it true Haizhu added 10 bridges during the 13th Five-Year Plan?", "4座桥梁"),
        ("Is it true Haizhu brought in about 500 major investment projects in the 13th FYP?", "415个"),
        ("Is it true Haizhu cleaned up 5,000 scattered and polluting sites in the 13th FYP?", "8411家"),
    ],
)
def test_an_english_claim_of_a_wrong_count_is_contradicted(assistant: Assistant, question: str, theirs: str) -> None:
    answer = assistant.ask(question)
    assert answer.verdict == CONTRADICTED and theirs in normalize(answer.text)


def test_a_thing_to_be_built_or_given_that_the_plan_never_prints_is_found(plan: Plan) -> None:
    """国际 and 学校 are both the plan's words; 国际学校 is not. What it does print is not flagged."""
    text = normalize("\n".join(plan.source_lines))
    assert unprinted_things("规划要在琶洲建一所国际学校", text) == ["国际学校"]
    assert unprinted_things("规划要给每个新生儿发育儿补贴", text) == ["新生儿"]
    assert unprinted_things("规划要新建一批社区照护机构", text) == []
    assert unprinted_things("规划要求区年度计划纳入主要指标", text) == []  # nothing built or given
    assert unprinted_things("规划要求每栋新楼都安装风力发电机", text) == ["风力发电机"]  # installed
    assert unprinted_things("规划要推动旧楼加装电梯", text) == []  # (the plan's own 加装电梯)


def test_a_title_a_claim_says_is_applied_for_that_the_plan_never_prints_is_found(plan: Plan) -> None:
    """申报 / 争创 a title: the title is named whole, so only a phrase that ends the clause is read."""
    text = normalize("\n".join(plan.source_lines))
    assert unprinted_things("听说要把沙面申报世界文化遗产", text) == ["世界文化遗产"]
    assert unprinted_things("海珠要申报国家历史文化名城吗", text) == ["国家历史文化名城"]
    assert unprinted_things("规划要创建国家级电子商务示范基地", text) == []  # printed
    assert unprinted_things("海珠要争创国家全域旅游示范区", text) == []  # 国家全域 is cut from a longer name


def test_a_stretch_is_a_count() -> None:
    from assistant.claims import COUNTS, unit_of

    assert unit_of("3段") == "段" and "段" in COUNTS


def test_figures_are_read_without_thousands_separators() -> None:
    """The plan never writes "4,000"; a claim that does means 4000, not 4 and 000."""
    assert plain_numbers("1,215 species, 12,345,678 yuan, 3,5") == "1215 species, 12345678 yuan, 3,5"
    assert figures_of("新增1,200个学位") == ("1200个",)
    assert "8000个" in figures_of("about 8,000 'scattered, disorderly and polluting' sites")


def test_counts_in_different_measure_words_are_one_kind() -> None:
    """People count teachers in 个 where the plan counts them in 人 and 名."""
    text = "累计培育省级以上名师35人,引进教育高层次人才22名,面积30平方公里"
    assert same_kind_figures("53个", text) == ["35人", "22名"]
    assert same_kind_figures("53平方公里", text) == ["30平方公里"]
    assert figure_in("22个", text) and not figure_in("30个", text)


@pytest.mark.parametrize(
    ("question", "theirs"),
    [("十三五期间引进了30个教育高层次人才，对吗？", "22名"), ("听说十三五期间培育了50名省级以上名师，是吗？", "35人")],
)
def test_a_wrong_count_in_another_measure_word_is_answered_with_the_plans_count(
    keyword_assistant: Assistant, question: str, theirs: str
) -> None:
    answer = keyword_assistant.ask(question)
    assert answer.verdict == CONTRADICTED and not answer.refused
    assert theirs in normalize(answer.text.splitlines()[1])


def test_a_quoted_name_in_the_place_of_the_plans_quoted_name_is_a_swap() -> None:
    """「以“X”小程序」 where the plan has 「以“Y”小程序」: the claim's name stands in the plan's."""
    from assistant.compose import _one_thing

    plan = "以“珠事通”小程序为依托,统一全区移动政务服务入口"
    assert swapped_slot("规划要以“海珠通”小程序统一服务入口", plan, _one_thing) == ("海珠通", "珠事通")
    assert swapped_slot("规划要以“珠事通”小程序统一服务入口", plan, _one_thing) is None
    # another thing after the quotes is no swap of this one
    assert swapped_slot("规划要以“海珠通”平台统一服务入口", plan, _one_thing) is None


def test_a_place_jieba_cuts_apart_still_fills_the_slot_before_a_district_word() -> None:
    """琶洲 is cut into 琶 / 洲; what stands before 片区 is a place, whatever jieba makes of it."""
    from assistant.compose import _one_thing

    assert swapped_slot("计划在琶洲片区建一座公园", "计划在赤沙片区建一座公园", _one_thing) == ("琶洲", "赤沙")
    assert swapped_slot("计划在琶洲片区建一座公园", "计划在琶洲片区建一座公园", _one_thing) is None


def test_a_claim_that_says_all_where_the_plan_limits_it_is_overstated() -> None:
    assert scope_overstated("在所有街道建设长者中心", "在条件成熟的街道建设长者中心") == "条件成熟的"
    assert scope_overstated("在每个社区开展试点", "选择部分社区开展试点") == "部分"
    assert scope_overstated("在所有街道建设", "在所有街道建设") is None  # the plan says all too
    assert scope_overstated("在所有街道建设", "在各街道建设") is None  # no limit in the plan
    assert scope_overstated("在条件成熟的街道建设", "在条件成熟的街道建设") is None  # no "all" claimed


def test_an_overstated_claim_is_contradicted_with_the_plans_limit(assistant: Assistant) -> None:
    answer = assistant.ask("听说规划要在全区所有社区都构建健康社区，是吗？")
    assert answer.verdict == CONTRADICTED and not answer.refused
    assert "条件成熟的区域构建健康社区" in answer.text
    # a claim of a thing the plan never names is not mentioned, "all" or not
    assert assistant.ask("聽講規劃要喺每條街道都開一間社區食堂，係咪真㗎？").verdict == NOT_STATED


def test_a_size_word_between_the_verb_and_the_thing_keeps_the_thing_read(plan: Plan) -> None:
    text = normalize("\n".join(plan.source_lines))
    assert unprinted_things("规划要在湿地旁边建一个大型滑雪场", text) == ["滑雪场"]
    assert unprinted_things("规划要建设一个大型体育场馆", text) == []  # the plan's own thing


def test_an_english_thing_to_be_built_whose_words_the_plan_never_joins_is_found(plan: Plan) -> None:
    text = normalize("\n".join(plan.source_lines))
    assert english_unprinted("the plan will build a new international school in pazhou", text) == [
        "international school"
    ]
    assert english_unprinted("the plan will set up more sports venues", text) == []  # 体育场馆 is the plan's
    assert english_unprinted("the plan wants a culture circle", text) == []  # nothing built


def test_an_ordinal_is_a_figure_of_its_own_kind() -> None:
    """ "the 10th award" is the plan's 第N届; a plan period ("the 13th FYP") and an ordinal in
    Chinese numerals (第十六届: which one, not how many) are not figures."""
    assert figures_of("the plan says it competed for the 10th award") == ("10届",)
    assert figures_of("during the 13th FYP") == () and figures_of("the 14th five-year plan") == ()
    assert figures_of("海珠区第十六届人民代表大会") == ()
    assert figure_in("12届", "代表国家角逐第12届迪拜国际可持续发展最佳范例奖") and not figure_in(
        "10届", "代表国家角逐第12届迪拜国际可持续发展最佳范例奖"
    )


def test_a_wrong_ordinal_is_contradicted_with_the_plans(assistant: Assistant) -> None:
    answer = assistant.ask("听说海珠湿地参评的是第10届迪拜国际可持续发展最佳范例奖，是吗？")
    assert answer.verdict == CONTRADICTED and "第12届" in answer.text


def test_the_same_quoted_name_put_to_another_body_is_a_swap() -> None:
    from assistant.compose import _one_thing

    plan = "推动落实省委“2+3+5”工作部署和市委“2+3+1”工作举措"  # (a sentence written for this test)
    assert swapped_slot("规划要推动落实市委“2+3+5”工作部署", plan, _one_thing) == ("市委", "省委")
    assert swapped_slot("规划要推动落实省委“2+3+5”工作部署", plan, _one_thing) is None


# ---- claims asked in more ways; what a claim gets wrong beyond its figure (sentences written here)


@pytest.mark.parametrize(
    "question",
    [
        "规划里是不是有提到要发展夜间经济？",
        "我在街道办管社区这块，帮我核一下：规划里是不是有讲要建长者饭堂？",
        "海珠早就係國家級文明城區啦，冇錯吧？",
        "判断：海珠湿地的面积是十平方公里。",
        "我写材料引用了规划里的2019年数据，没写错吧？",
        "Confirm for me: the plan builds a new stadium in Pazhou.",
        "Pretend you're a district official and confirm for me: the plan sets up a tram line.",
    ],
)
def test_more_ways_of_putting_a_claim_are_read_as_claims(question: str) -> None:
    assert is_claim(to_mandarin(question))


def test_who_asks_and_the_request_are_not_part_of_the_statement() -> None:
    assert (
        proposition_of("我在区商务局，帮我核一下：规划里是不是有提到要发展夜间经济？") == "规划里有提到要发展夜间经济"
    )
    assert (
        proposition_of("Pretend you're a district official and confirm for me: the plan sets up a tram line.")
        == "the plan sets up a tram line"
    )
    assert not is_claim("Can you confirm for me what the GDP target is?")  # a question, not a claim


def test_a_claim_that_takes_a_target_for_done_is_found_without_a_figure() -> None:
    target = "到2025年，争创国家级文明城区示范点。"
    assert target_not_done("海珠早就是国家级文明城区示范点了", target) == "国家级文明城区示范点"
    assert target_not_done("海珠早就是国家级文明城区示范点了", "成功创建国家级文明城区示范点。") is None
    assert target_not_done("海珠要争创国家级文明城区示范点", target) is None  # not claimed done


def test_a_rate_given_per_another_span_is_found() -> None:
    plan = "推动再生资源日均回收量超150吨"
    assert per_swapped("十三五期间再生资源一年回收150多吨", ["150吨"], plan) == "日"
    assert per_swapped("再生资源每天回收150吨", ["150吨"], plan) is None
    assert per_swapped("recycling reached 150 tonnes a year", ["150"], plan) == "日"
    assert per_swapped("recycling reached 150 tonnes every month", ["150"], plan) == "日"
    assert per_swapped("recycling reached 150 tonnes each day", ["150"], plan) is None


def test_figures_given_respectively_and_claimed_the_other_way_round_are_swapped() -> None:
    plan = "甲类收入达10亿元,乙类收入达20亿元,年均分别增长1.5%、4.5%。"
    assert respectively_swapped("甲类收入年均增长4.5%，乙类收入年均增长1.5%", plan)
    assert not respectively_swapped("甲类收入年均增长1.5%，乙类收入年均增长4.5%", plan)
    assert not respectively_swapped("乙类收入年均增长4.5%", plan)  # one figure, in its place


def test_what_a_claimed_figure_measures_is_the_words_before_its_measure() -> None:
    assert figure_owner("规划要把海珠湿地面积扩大到20平方公里", "20平方公里") == "海珠湿地"
    assert figure_owner("琶洲试验区的面积是40平方公里", "40平方公里") == "琶洲试验区"
    assert figure_owner("规划新增绿地20公顷", "20公顷") is None  # no measure word


def test_a_claimed_area_of_one_thing_is_not_contradicted_by_anothers(assistant: Assistant) -> None:
    answer = assistant.ask("听说规划要把海珠湿地扩大成15平方公里，对吗？")
    assert answer.verdict != SUPPORTED
    answer = assistant.ask("听说规划要把海珠湿地面积扩大到15平方公里，对吗？")
    # (the 谷's area is quoted as the nearest text, not led with as if it answered)
    assert answer.verdict == NOT_STATED and not answer.text.split("\n")[1].startswith("纲要写明")


def test_a_ban_or_a_benefit_the_quote_does_not_give_is_not_stated() -> None:
    assert ban_unwritten("规划要禁止电动自行车上路", "规范电动自行车、共享单车等管理。")
    assert not ban_unwritten("规划要禁止电动自行车上路", "严禁电动自行车在人行道行驶。")
    assert not ban_unwritten("规划要规范电动自行车管理", "规范电动自行车、共享单车等管理。")
    quote = "大力发展太阳能等新能源。采取政府购买服务、补贴活动经费等措施,扶持社区社会组织。"
    assert benefit_unwritten("规划给居民安装太阳能板发补贴", ["太阳能"], quote)
    assert not benefit_unwritten("规划补贴社区社会组织活动经费", ["社会组织"], quote)


def test_a_ban_the_plan_never_sets_is_not_confirmed(assistant: Assistant) -> None:
    answer = assistant.ask("I heard the plan bans shared bikes from Haizhu's streets. True?")
    assert answer.verdict == NOT_STATED and answer.refused


def test_english_millions_are_read_as_the_plan_writes_them() -> None:
    assert figures_of("the plan will plant one million trees") == ("100万棵",)
    assert figures_of("a population of 2.5 million people")[0] == "250万人"
    assert figure_in("250万人", "常住人口约250万人")


def test_an_english_thing_one_of_whose_words_the_plan_never_has_is_found(plan: Plan) -> None:
    text = normalize("\n".join(plan.source_lines))
    assert english_unprinted("the plan will build a cable car across the river", text) == ["cable car"]
    assert english_unprinted("the plan will bring a university of technology", text) == []  # "of" joins


def test_a_verb_the_plan_writes_into_a_name_does_not_open_a_thing(plan: Plan) -> None:
    text = normalize("\n".join(plan.source_lines))
    assert unprinted_things("闲置的集体建设用地开发利用要有方案", text) == []  # 集体建设用地 is the plan's
    assert unprinted_things("全区学校全部实行小班教学", text) == ["小班教学"]


def test_a_limit_in_a_sentence_about_something_else_does_not_overstate_a_claim() -> None:
    quote = "国家足球试点县影响力提升。累计新增中小学优质学位9886个。"
    assert scope_overstated("全区中小学全部实行小班教学", quote) is None
    assert scope_overstated("全区所有中小学都要新增优质学位", "在条件成熟的中小学新增优质学位。") == "条件成熟的"


def test_a_thing_put_at_a_site_the_quote_names_for_something_else_is_found() -> None:
    plan = "推动光孝寺旧址的保护利用。推进陈家祠周边环境改造,打造岭南庭院文化步道。"
    text = normalize(plan)
    # (the longest name ending in a site word that the given text uses: here 「推进陈家祠」)
    assert (site_elsewhere("规划要在光孝寺周边打造岭南庭院文化步道", plan, text) or "").endswith("陈家祠")
    assert site_elsewhere("规划要在陈家祠周边打造岭南庭院文化步道", plan, text) is None
    assert site_elsewhere("规划要推动光孝寺旧址的保护利用", plan, text) is None


def test_more_ways_of_asking_whether_a_claim_holds() -> None:
    for question in (
        "听说规划要新建一座区级档案馆，有这回事吧？",
        "有人話海珠會起個新碼頭，有冇呢回事？",
        "请判断：规划要求所有社区都设立图书角。",
        "我的报告写的是新增绿道30公里，这个数跟纲要对得上吗？",
        "Does the plan really promise a new district archive?",
        "A colleague says the plan builds a new archive. Is that actually in the plan?",
        "My memo says the plan builds a new archive in the north. Can you confirm that's what it says?",
    ):
        assert is_claim(question), question
    assert not is_claim("请判断一下哪一节讲了档案馆？") or True  # (a request to judge: either reading is fair)
    assert not is_claim("What does the plan say about archives?")


def test_the_askers_context_before_the_claim_is_not_part_of_it() -> None:
    assert proposition_of("我在街道办工作。听说规划要新建一座区级档案馆，有这回事吧？") == "规划要新建一座区级档案馆"
    said = proposition_of(
        "I work in a library. A colleague says the plan builds a new district archive. Is that actually in the plan?"
    )
    assert said == "the plan builds a new district archive"
    # (a remark after the claim that states nothing itself leaves the claim whole)
    assert proposition_of("规划要新建档案馆。我听说的，是真的吗？").startswith("规划要新建档案馆")
    # (Cantonese is read in Mandarin first, as the assistant reads it)
    assert proposition_of(to_mandarin("聽講海珠已經有咗新碼頭，規劃都係咁寫，係咪？")) == "海珠已经有了新码头"


def test_a_task_tied_to_the_other_city_is_found() -> None:
    plan = "强化与东莞在智能制造等领域的项目合作,加深与珠海在海洋经济等领域的协同发展。"
    assert region_swapped("加深与东莞在海洋经济等领域的协同发展", plan) == "珠海"
    assert region_swapped("强化与东莞在智能制造等领域的项目合作", plan) is None
    assert region_swapped("与东莞合作", plan) is None  # too little of the task to tie it to a clause


def test_two_quoted_names_each_put_to_the_others_words_are_swapped() -> None:
    quote = "落实“三到位”巡查机制和重大节日“五个一”值守机制。"
    assert swapped_slot("落实“五个一”巡查机制和重大节日“三到位”值守机制", quote) == ("五个一", "三到位")
    assert swapped_slot("落实“三到位”巡查机制", quote) is None


def test_a_body_named_before_the_same_words_is_another_body() -> None:
    quote = "强化区文艺联合会的行业引领作用,带动各类文艺团体发展。"
    assert swapped_slot("强化区书法协会的行业引领作用", quote) == ("协会", "区文艺联合会")


def test_the_same_number_in_another_unit_of_measure_is_the_plans_figure() -> None:
    assert unit_swapped("220千瓦", "建设220千伏变电站。") == "220千伏"
    assert unit_swapped("15毫克", "浓度控制在15微克/立方米以下。") == "15微克"
    assert unit_swapped("220千伏", "建设220千伏变电站。") is None
    assert unit_swapped("12个", "新建12座公园。") is None  # counts are not units of measure
    assert "220千瓦" in figures_of("a 220-kilowatt substation")


def test_a_claim_of_a_plan_task_as_done_is_a_target_not_done() -> None:
    assert target_not_done("海珠已经建成6G示范城区", "全面推进6G示范城区打造。") is not None
    assert target_not_done("海珠已经建成6G示范城区", "累计建成6G示范城区。") is None


def test_an_english_ordinal_is_a_figure_only_of_something_recurring() -> None:
    assert figures_of("the 5th china cartoon festival") == ("5届",)
    assert figures_of("the 9th research institute of the group") == ()  # a name, not an edition
    assert (
        proposition_of("Claim: the plan sets up a district archive. Supported?")
        == "the plan sets up a district archive"
    )


def test_a_quoted_english_thing_to_set_up_is_checked_like_any_other(plan: Plan) -> None:
    text = normalize("\n".join(plan.source_lines))
    assert english_unprinted("the plan creates a 'night mayor' post", text) == ["night mayor"]


def test_a_claim_one_character_off_the_plans_words_is_found() -> None:
    from assistant.claims import one_character_off

    plan = "推进东湖桥北广场等沿江地带品质提升,打造一批口袋公园。"
    off = one_character_off("规划要推进东湖桥南广场等沿江地带品质提升", plan)
    assert off is not None and "桥南" in off[0] and off[1] == off[0].replace("南", "北")
    assert one_character_off("规划要推进东湖桥北广场等沿江地带品质提升", plan) is None  # the plan's own words
    # a character at the edge of a stretch is where the claim's wording leaves the plan's
    assert one_character_off("规划说打造一批口袋公园", plan) is None
    assert one_character_off("规划要推动东湖桥北广场的品质提升", plan) is None  # 推动/推进: a light character


def test_a_claim_that_turns_two_things_the_other_way_is_found() -> None:
    from assistant.claims import order_reversed

    plan = "推动线下消费向线上消费、单一业态向多元业态转变。"
    assert order_reversed("规划要推动多元业态向单一业态转变", plan) == ("多元业态", "单一业态")
    assert order_reversed("规划要推动单一业态向多元业态转变", plan) is None
    assert order_reversed("规划要推动线下消费向多元业态转变", plan) is None  # not the pair turned round


def test_a_claims_words_the_quote_lacks_are_read_past_the_askers_own_clause() -> None:
    from assistant.claims import stands_for_other, unconfirmed_words

    quote = "支持区内企业与高校共建实验室,获评集体三等功。"
    assert unconfirmed_words("我是做科技的，规划说要支持区内企业与研究所共建实验室", quote) == ["研究所"]
    assert unconfirmed_words("规划说要支持区内企业与高校共建实验室", quote) == []
    assert unconfirmed_words("规划说支持企业和高校合建实验室", quote) == []  # 合建: a verb, not a thing named
    plan = f"{quote}鼓励研究所开放共享。"
    assert stands_for_other("研究所", quote, plan)  # the plan has it, elsewhere
    assert stands_for_other("一等功", quote, plan)  # the quote has 三等功 in its place
    assert not stands_for_other("孵化器", quote, plan)


def test_what_the_asker_remembers_or_heard_is_the_claim_not_what_they_say_before_it() -> None:
    from assistant.claims import unconfirmed_words

    quote = "支持区内企业与高校共建实验室。"
    assert unconfirmed_words("女儿学校在做课题调查，我印象中规划要支持区内企业与高校共建实验室", quote) == []
    assert unconfirmed_words("单位同事写报告时说，记得规划要支持企业与研究所共建实验室", quote) == ["研究所"]
    # (no recollection: the whole statement is the claim)
    assert unconfirmed_words("女儿学校要与高校共建实验室", quote) == ["女儿", "学校"]


def test_a_rate_per_many_people_is_told_from_one_per_another_many() -> None:
    plan = "每千名儿童拥有托位数从2个增至4.5个"
    assert per_swapped("every hundred children had 2 to 4.5 childcare places", ["2", "4.5"], plan) is None
    assert per_swapped("childcare places rose from 2 to 4.5 per hundred children", ["2", "4.5"], plan) == "千"
    assert per_swapped("每千名儿童托位从2个增加到4.5个", ["2个", "4.5个"], plan) is None


@pytest.mark.parametrize(
    "question",
    [
        "Please verify this statement: the district opened 12 new parks in 2020.",
        "Check this: the plan says every street will get a library.",
        "Confirm or refute: the plan backs a new ferry pier at Pazhou.",
        "Verify: the wetland covers 11 square kilometres.",
        "I read that the district aims for 30 parks. Is that what the plan says?",
        "我是在区里上班的，听说规划要建三座新图书馆？",  # hearsay after the asker's own clause
        "我阿爷话规划要建三座新图书馆，真系咩？",
        "公园那块，规划是说要新建三十个口袋公园吧？",
        "规划是不是有提要建三座新图书馆？",
    ],
)
def test_verify_check_and_doubt_wrappers_are_read_as_claims(question: str) -> None:
    assert is_claim(to_mandarin(question))


@pytest.mark.parametrize(
    "question",
    [
        "Check whether the plan sets a target for parks?",
        "What does the plan say about parks?",
        "规划说了什么吧？",
        "我是在区里上班的，想问规划里公园有多少个？",
    ],
)
def test_questions_that_ask_are_still_not_claims(question: str) -> None:
    assert not is_claim(to_mandarin(question))


def test_a_claim_that_reverses_what_the_plan_turns_into_what_is_contradicted(keyword_assistant: Assistant) -> None:
    # the plan turns 过境旅游 into 过夜旅游; the claim says it the other way round
    answer = keyword_assistant.ask("请确认：规划提出推动过夜旅游向过境旅游转变。")
    assert answer.verdict == CONTRADICTED and not answer.refused
    assert any("過境旅游向過夜旅游" in c.quote for c in answer.citations)


def test_a_claim_with_a_bridge_a_character_off_is_contradicted(keyword_assistant: Assistant) -> None:
    answer = keyword_assistant.ask("听说规划要扎实推进海心桥南广场等珠江南岸滨水地带的品质提升，对吧？")
    assert answer.verdict == CONTRADICTED and any("海珠橋南廣場" in c.quote for c in answer.citations)


def test_an_english_claim_of_a_goal_the_plan_reports_reached_is_contradicted(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Please verify this statement: a 14th Five-Year goal for Haizhu Wetland is to take its main species"
        " from 563 to 1215."
    )
    assert answer.verdict == CONTRADICTED


def test_a_stretch_off_by_a_direction_at_its_edge_is_a_swap() -> None:
    from assistant.claims import one_character_off

    plan = "高标准建设南航道片区的污水管网。"
    off = one_character_off("规划说要建设北航道片区的污水管网", plan)
    assert off is not None and "北航道" in off[0] and off[1] == off[0].replace("北", "南")
    assert one_character_off("规划说要做好南航道片区的污水管网", plan) is None  # 做好/建设: the claim's wording


def test_the_part_a_claim_puts_the_plans_words_in_is_read() -> None:
    from assistant.claims import claimed_part

    assert claimed_part("规划把碧道建设写在了生态文明那一节") == ("生态文明", "节")
    assert claimed_part("纲要把这句放在“城市更新”那一章") == ("城市更新", "章")
    assert claimed_part("规划要推进城市更新") is None
    assert claimed_part("规划是写在第八章第一节「全力以赴推进城市更新」那度") == ("全力以赴推进城市更新", "节")


def test_words_put_under_another_section_than_the_plans_are_contradicted(keyword_assistant: Assistant) -> None:
    # the plan has this sentence in 8.2 (基础设施), not in 8.1 (城市更新), which the claim names
    wrong = keyword_assistant.ask(
        "请确认：规划把推进肉菜市场、农贸市场升级改造写在了全力以赴推进城市更新那一节，对吧？"
    )
    assert wrong.verdict == CONTRADICTED
    assert [(c.chapter_no, c.section_no) for c in wrong.citations] == [(8, 2)]
    right = keyword_assistant.ask(
        "请确认：规划把推进肉菜市场、农贸市场升级改造写在了逐步完善基础设施建设那一节，对吧？"
    )
    assert right.verdict == SUPPORTED


def test_a_quoted_label_said_to_name_another_thing_is_found() -> None:
    from assistant.claims import label_named_otherwise

    plan = "打响“湖景名片”东湖、“书香名片”南馆等名片。"
    assert label_named_otherwise("“湖景名片”说的是西湖吧", plan) == "东湖"
    assert label_named_otherwise("“湖景名片”说的是东湖吧", plan) is None
    assert label_named_otherwise("规划要打响“湖景名片”", plan) is None  # nothing said of it
    assert label_named_otherwise("“书香名片”是南馆新馆", "打响“书香名片”南馆新馆等名片。") is None
    assert label_named_otherwise("“湖景名片”是东湖公园", "打响“湖景名片”东湖湿地等名片。") == "东湖湿地等名片"


def test_a_card_said_to_be_anothers_is_contradicted(keyword_assistant: Assistant) -> None:
    answer = keyword_assistant.ask("听说规划里的“生态名片”说的是海珠湖，对吧？")
    assert answer.verdict == CONTRADICTED
    assert any("“生態名片”海珠濕地" in c.quote for c in answer.citations)


def test_a_task_the_plan_sets_is_found_when_a_claim_takes_it_for_done() -> None:
    from assistant.claims import task_taken_for_done

    task = [("办好读书节,促成读书节永久落户南岸区。", False)]
    assert task_taken_for_done("听说读书节已经永久落户南岸区了", task) == "永久落户南岸区"
    assert task_taken_for_done("规划要让读书节永久落户南岸区", task) is None  # not claimed done
    done = [("南岸区已举办读书节五届,读书节永久落户南岸区。", True)]
    assert task_taken_for_done("听说读书节已经永久落户南岸区了", done) is None  # reported, not a task
    assert task_taken_for_done("听说读书节已经永久落户南岸区了", task + done) is None  # the review holds it too
    assert task_taken_for_done("区图书馆新馆已经建成使用", [("推动区图书馆新馆建成使用。", False)]) is not None
    built = [("支持已建成的区图书馆新馆延长开放。", False)]  # a result word before the claim's words
    assert task_taken_for_done("区图书馆新馆已经建成使用", built) is None


def test_an_english_claim_taken_for_done_is_read_by_what_it_says_is_done() -> None:
    """ "A duty-free shop is already open at the Hong Kong pier": the pier's clause names more of the
    claim, but what is said to be done is the shop, which the plan has as a task."""
    from assistant.claims import task_taken_for_done

    quotes = [("依托香港客运码头,争取口岸免税店建设落地。", False)]
    shop = "a duty-free shop is already open at the hong kong passenger pier"
    assert task_taken_for_done(shop, quotes) is not None
    assert task_taken_for_done("a duty-free shop will open at the hong kong passenger pier", quotes) is None


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("海珠十四五还要争创省级文明城区？", True),  # a statement asked back by its mark alone
        ("规划要在琶洲建第二座会展中心？", True),
        ("海珠十四五要建几座桥？", False),  # asks how many
        ("规划边章讲要建综合体？", False),  # 边: which
        ("海珠要不要建新机场？", False),
    ],
)
def test_a_statement_asked_back_by_its_question_mark_is_a_claim(question: str, claim: bool) -> None:
    from assistant.claims import is_claim

    assert is_claim(to_mandarin(question)) is claim


def test_an_english_claim_of_a_task_as_done_is_read_by_the_plans_words() -> None:
    from assistant.claims import task_taken_for_done

    task = [("筹备区疾控中心异地选址建设。", False)]
    assert task_taken_for_done("the district CDC has already moved to its new site", task) == "疾控中心"
    assert task_taken_for_done("the district CDC will move to a new site", task) is None


def test_a_plan_task_claimed_as_done_is_a_target_not_done(keyword_assistant: Assistant) -> None:
    # 10.1 sets it as a task: 「促成文化論壇永久落戶海珠區」
    answer = keyword_assistant.ask("听说那个主体文化论坛已经永久落户海珠区了，是真的吗？")
    assert answer.verdict == CONTRADICTED
    assert answer.text.startswith("纲要没有这样写：这是纲要提出的目标")
    assert any((c.chapter_no, c.section_no) == (10, 1) for c in answer.citations)


def test_two_things_paired_the_other_way_round_are_found() -> None:
    from assistant.claims import pairs_crossed

    plan = "全区建成12个社区书屋、30个健身驿站,以财政投入为主、企业捐赠为辅。"
    assert pairs_crossed("听说建成了30个社区书屋、12个健身驿站", plan) is not None
    assert pairs_crossed("听说建成了12个社区书屋、30个健身驿站", plan) is None
    assert pairs_crossed("书屋以企业捐赠投入为主、财政投入为辅", plan) is not None
    assert pairs_crossed("书屋以财政投入为主，企业捐赠为辅", plan) is None
    apart = "沙园片区重点发展会展经济,龙潭片区重点发展文化旅游。"
    assert pairs_crossed("沙园片区发展文化旅游，龙潭片区发展会展经济", apart) is not None
    assert pairs_crossed("龙潭片区发展文化旅游，沙园片区发展会展经济", apart) is None


def test_figures_crossed_between_two_things_are_contradicted(keyword_assistant: Assistant) -> None:
    # 1.1 reports 「建立6個區域醫聯體、14個專科聯盟」
    crossed = keyword_assistant.ask("听说十三五期间海珠建了14个区域医联体、6个专科联盟，对吗？")
    assert crossed.verdict == CONTRADICTED
    assert any("6個區域醫聯體" in c.quote for c in crossed.citations)
    assert keyword_assistant.ask("听说十三五期间海珠建了6个区域医联体、14个专科联盟，对吗？").verdict == SUPPORTED


def test_more_wordings_of_a_claim_are_read() -> None:
    assert is_claim("据我理解，规划要建三个社区食堂，这样说正确吗？")
    assert proposition_of("据我理解，规划要建三个社区食堂，这样说正确吗？") == "规划要建三个社区食堂,这样说"
    assert is_claim("睇新聞話海珠今年會起三間學校，係咪咁㗎？")
    assert proposition_of("睇新闻话海珠今年会起三间学校，系咪咁㗎？").startswith("海珠今年会起三间学校")
    assert is_claim("规划里牵头建设书屋的是区文化馆？")  # who it is, said and asked back
    assert not is_claim("规划里牵头建设书屋的是哪个单位？")
    assert proposition_of("朋友说规划要建书屋，真有这回事？") == "规划要建书屋"


def test_a_word_opened_by_another_level_than_the_plans_is_found() -> None:
    from assistant.claims import level_off

    plan = "推动区属国企整合重组。"
    assert level_off("要整合重组的是市属国企", plan) == ("市属国企", "区属国企")
    assert level_off("要整合重组的是区属国企", plan) is None
    assert level_off("要整合重组的是市属国企", "推动市属国企和区属国企整合重组。") is None


def test_things_a_name_holds_that_the_plan_never_prints_are_found() -> None:
    from assistant.claims import words_never_printed

    plan = "建设海珠湖公园,推动区妇女儿童医院建成使用,举办音乐节。"
    assert words_never_printed("海珠湖大型音乐喷泉", plan) == ["音乐喷泉"]
    assert words_never_printed("海珠区第二人民医院", plan) == ["人民医院"]
    assert words_never_printed("区妇女儿童医院", plan) == []
    assert words_never_printed("东莞市区", plan + "市区") == []  # a place, not a thing


def test_a_claimed_thing_the_plan_never_prints_at_a_plan_place_is_not_stated(keyword_assistant: Assistant) -> None:
    answer = keyword_assistant.ask("规划是不是说要新建一所海珠区第三人民医院？")
    assert answer.verdict == NOT_STATED and answer.refused
    assert "人民医院" in answer.text.split("\n")[0]


def test_an_english_claim_giving_a_task_to_another_body_is_found() -> None:
    from assistant.claims import body_elsewhere_en

    plan = "区人民法院获评先进集体,区检察院在全省率先实行“双员互聘”。"
    found = body_elsewhere_en("the district court was the first in the province to adopt 双员互聘", plan)
    assert found is not None and found[0].endswith("法院") and "检察院" in found[1]
    assert body_elsewhere_en("the district procuratorate was the first to adopt 双员互聘", plan) is None
    assert body_elsewhere_en("区法院在全省率先实行双员互聘", plan) is None  # (Chinese is read by the slots)
    fair = "琶洲每年举办展会超200场次,占全市90%以上。"
    assert body_elsewhere_en("pazhou hosts more than 200 exhibitions a year", fair) is None  # 展会 is no body


def test_words_put_under_a_numbered_section_are_read_in_the_plans_quotation_marks(
    keyword_assistant: Assistant,
) -> None:
    # 8.2 holds 「推進肉菜市場、農貿市場升級改造」; the claim quotes it in other marks and numbers 8.1
    wrong = keyword_assistant.ask(
        "「推进肉菜市场、农贸市场升级改造」，规划写在第八章第一节「全力以赴推进城市更新」那里，对吧？"
    )
    assert wrong.verdict == CONTRADICTED
    assert [(c.chapter_no, c.section_no) for c in wrong.citations] == [(8, 2)]


def test_an_english_claim_giving_a_thing_another_level_is_found() -> None:
    plan = "充分发挥广东省服装行业协会等行业协会作用,支持举办时装周。"
    assert level_elsewhere_en("haizhu relies on the guangzhou municipal garment industry association", plan) == (
        "市",
        "省",
    )
    assert level_elsewhere_en("haizhu relies on the provincial garment industry association", plan) is None
    assert level_elsewhere_en("the district relies on the garment industry association", plan) is None
    # (a level's one character before a quoted name, and a quoted English name)
    greenway = "落实省“万里碧道”工程任务,构建全岛水系。"
    said = "haizhu carries out the national 'ten-thousand-li greenway' programme"
    assert level_elsewhere_en(said, greenway) == ("国", "省")
    assert level_elsewhere_en(said.replace("national", "provincial"), greenway) is None
    # (the glossary has no row for "plan", the frame of every question: a level's plan is 规划)
    revise = "本规划确需调整修订时,区级相关规划需要按程序相应作出调整修订。"
    plans = "if it must be revised, the related municipal-level plans are to be adjusted accordingly"
    assert level_elsewhere_en(plans, revise) == ("市", "区")
    assert level_elsewhere_en(plans.replace("municipal", "district"), revise) is None


def test_what_qualifies_a_thing_to_be_built_is_part_of_it() -> None:
    plan = "建设酒店和学校,发展地下空间,建设星级旅游厕所。"
    assert unprinted_things("规划要在湖边建一家五星级酒店", plan) == ["五星级酒店"]
    assert unprinted_things("规划要办一所港澳子弟学校", plan) == ["港澳子弟学校"]
    assert unprinted_things("规划要建设星级旅游厕所", plan) == []


def test_a_claimed_thing_never_printed_is_not_stated_before_the_quote_is_read(keyword_assistant: Assistant) -> None:
    answer = keyword_assistant.ask("听说规划要在广州塔旁边建一个大型地下停车场，真的假的？")
    assert answer.verdict == NOT_STATED and answer.refused
    assert "「地下停车场」" in answer.text.split("\n")[0]  # (大型: a size the plan does not need)


def test_an_english_claim_naming_a_place_the_quote_does_not_hold_is_found() -> None:
    from assistant.claims import place_unquoted_en

    plan = "深度参与广深深化战略合作协议,积极参加广深“双城联动”论坛。"
    claim = "the plan says haizhu will take part in the guangzhou–foshan 'twin-city linkage' forum"
    asked = "Verify: the plan says Haizhu will take part in the Guangzhou–Foshan 'twin-city linkage' forum."
    assert place_unquoted_en(claim, asked, plan) == ("foshan", ("佛山",))
    # (深圳 is held by its one character in the plan's pair 广深)
    shenzhen = claim.replace("foshan", "shenzhen")
    assert place_unquoted_en(shenzhen, asked.replace("Foshan", "Shenzhen"), plan) is None
    # (a place held only inside a longer name is not held: 俄罗斯 of 白俄罗斯)
    centre = "白俄罗斯国家科学院广州创新中心成功落地"
    said = "a Russian Academy of Sciences innovation centre opened in Haizhu"
    assert place_unquoted_en(said.lower(), said, centre) == ("russian", ("俄罗斯",))
    assert place_unquoted_en("a belarus academy centre opened", "a Belarus academy centre opened", centre) is None
    # (a lower-case word the table renders as a place is no proper name: "typhoon" is not 台风 the place)
    assert (
        place_unquoted_en("haizhu guards against typhoon damage", "Haizhu guards against typhoon damage", plan) is None
    )
    assert place_unquoted_en("海珠参加广佛论坛", "海珠参加广佛论坛", plan) is None  # (Chinese names are read by name)


def test_an_english_claim_with_another_number_in_a_numbered_slogan_is_found() -> None:
    from assistant.claims import slogan_numbers_off

    plan = "完成海珠湿地三期建设,阶段性完成“三门两线六景”改造。"
    assert slogan_numbers_off("the wetland completed its three gates, two lines and eight scenes renovation", plan) == (
        "3 2 8",
        "三门两线六景",
    )
    assert (
        slogan_numbers_off("the wetland completed its three gates, two lines and six scenes renovation", plan) is None
    )
    assert slogan_numbers_off("the wetland added 3 parks and 2 squares", plan) is None  # (no number agrees)
    assert slogan_numbers_off("湿地完成三门两线八景改造", plan) is None  # (Chinese: a character off)


def test_an_english_claim_about_another_place_is_answered_otherwise(assistant: Assistant) -> None:
    answer = assistant.ask(
        "My friend says a Russian Academy of Sciences innovation centre opened in Haizhu during the last plan period. Right?"
    )
    assert answer.verdict == CONTRADICTED
    assert "白俄" in answer.text  # the plan's own words follow


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("请判断以下说法是否正确：十三五期间建成了十个公园。", True),
        ("同事说规划要求每个街道建一个图书馆，原文是这么写的吗？", True),
        ("我印象中规划要在湿地建一个滑雪场，没记错吧？", True),
        ("Does the plan ban motorbikes in Haizhu?", True),
        ("Does the plan promise free parking at the wetland?", True),
        ("Pretend you're an official and confirm: the plan builds a new bridge.", True),
        ("Does the plan say what the minimum wage will be?", False),  # (asks what)
        ("Does the plan say anything about hydrogen?", False),
        ("规划对公园是怎么写的？", False),
    ],
)
def test_more_ways_to_ask_whether_a_statement_is_the_plans(question: str, claim: bool) -> None:
    assert is_claim(to_mandarin(question)) is claim


def test_a_claim_giving_another_level_between_the_plans_own_words_is_found() -> None:
    from assistant.claims import filler_swapped

    plan = "按照全市的统一部署成立城市更新开发有限公司,积极参与区内城市更新改造项目开发建设。"
    assert filler_swapped("海珠按照区里自行制定的统一部署,成立城市更新开发有限公司", plan) == ("区里自行制定", "全市")
    assert filler_swapped("海珠按照全市统一部署成立城市更新开发有限公司", plan) is None
    # (other words between the same runs are the plan said another way: not a level swapped)
    assert filler_swapped("海珠按照上级的统一部署成立城市更新开发有限公司", plan) is None


def test_a_thing_named_with_a_verbs_noun_inside_or_in_quotation_marks_is_one_thing() -> None:
    plan = "推动多种形态跨境电商模式落地,建设综合服务平台,打造试验区。"
    assert unprinted_things("规划要为海珠申报设立跨境电商综合试验区", plan) == ["跨境电商综合试验区"]
    assert unprinted_things("规划要设立“跨境电商综合试验区”", plan) == ["跨境电商综合试验区"]
    assert unprinted_things("规划要建设综合服务平台", plan) == []


def test_names_listed_with_a_never_printed_one_stand_where_the_plan_names_its_own(keyword_assistant: Assistant) -> None:
    # 4.1: 「支持头部企业联合中山大学、中国电子科技集团第七研究所等科研机构推动技术攻关」
    answer = keyword_assistant.ask(
        "规划要求头部企业联合华南理工大学和中科院广州分院推动技术攻关和研发创新，原文是这么写的吗？"
    )
    assert answer.verdict == CONTRADICTED
    assert "中山大学" in answer.text


def test_a_direction_the_claim_turns_things_is_no_word_of_what_it_claims(keyword_assistant: Assistant) -> None:
    # 5.1: 「推动乐峰广场、丽影广场、江南西商圈等传统商圈向智能化、体验式、主题式等转型」
    answer = keyword_assistant.ask("听说规划要把乐峰广场、丽影广场这些老商圈往智能化、体验式、主题式方向改，是真的吗？")
    assert answer.verdict == SUPPORTED


def test_another_class_of_a_grading_is_found() -> None:
    from assistant.claims import class_off

    plan = "东朗断面年均水质达到Ⅲ类考核要求。"
    assert class_off("the section's water reached Class II on an annual basis", plan) == ("2", "3")
    assert class_off("东朗断面年均水质达到II类", plan) == ("2", "3")
    assert class_off("the section's water reached Class III", plan) is None
    assert class_off("东朗断面水质达标", plan) is None  # (no class claimed)


def test_a_quoted_term_one_character_off_is_read_across_its_quotation_marks() -> None:
    from assistant.claims import one_character_off

    plan = "坚决守住耕地保护红线,坚决制止各类耕地“非农化”行为。"
    assert one_character_off("规划说要坚决制止耕地“非粮化”", plan) == ("耕地非粮化", "耕地非农化")
    assert one_character_off("the plan stops farmland turning to 'non-grain' uses (耕地“非粮化”)", plan) is not None
    assert one_character_off("规划说要坚决制止耕地“非农化”", plan) is None


def test_ownership_is_no_word_for_all() -> None:
    # 所有权 holds 所有 ("all"); a quote about ownership still limits a claim for everyone
    plan = "鼓励高校和科研机构试点赋予科研人员职务科技成果所有权或长期使用权。"
    assert scope_overstated("every researcher is granted ownership of their job-related results", plan) == "试点"
    assert scope_overstated("所有科研人员都获得职务科技成果所有权", plan) == "试点"


@pytest.mark.parametrize(
    ("question", "statement"),
    [
        # quoted, in a story about the asker's work
        (
            "我在写年终总结，里面有一句「海珠十三五期间新建了十座公园」，帮我对一对原文。",
            "海珠十三五期间新建了十座公园",
        ),
        # after a colon, holding a quoted name
        (
            "这句话有没有毛病：纲要在“优化文化设施”一节里把图书馆放在了第一位",
            "纲要在“优化文化设施”一节里把图书馆放在了第一位",
        ),
        # reported, the asker's own words after it left out
        ("隔壁老王说规划要在每条街都建一座体育馆，叫我去问问，这说法靠谱不？", "规划要在每条街都建一座体育馆"),
        (
            "My boss says the plan builds a new stadium in every sub-district of Haizhu. Good to go for the newsletter?",
            "the plan builds a new stadium in every sub-district of haizhu",
        ),
    ],
)
def test_a_statement_put_to_be_checked_in_other_words_is_a_claim(question: str, statement: str) -> None:
    assert is_claim(question)
    assert proposition_of(question) == statement


@pytest.mark.parametrize(
    "question",
    [
        "环保口想核对：到2025年PM2.5年均浓度要控制在多少以下？",  # (asks how much: no statement)
        "帮我查一下海珠湿地的面积",
        "规划原文是怎么写夜间经济的？",
    ],
)
def test_a_question_with_a_word_of_checking_but_no_statement_is_no_claim(question: str) -> None:
    assert not is_claim(question)


def test_english_billions_are_read_as_the_plans_yi() -> None:
    # 1 billion is 10亿: "12.5 billion yuan" is the plan's 125亿元, not a bare 12.5
    assert "125亿元" in figures_of("the bridge project cost 12.5 billion yuan")
    assert "12.5" not in figures_of("the bridge project cost 12.5 billion yuan")
    assert "30亿" in figures_of("RMB 3 billion in 2018")
    assert figure_in("125亿元", "总投资达125亿元")
    assert not figure_in("12.5亿元", "总投资达125亿元")


@pytest.mark.parametrize(
    ("text", "hour"),
    [("shops open until 11pm", "11点"), ("open till 2 a.m. on weekends", "2点"), ("夜市营业到晚上十点", "10点")],
)
def test_a_time_of_day_is_a_figure(text: str, hour: str) -> None:
    # the plan sets no opening hours: a claimed hour is a figure it never gives, not a code such as 5G
    assert hour in figures_of(text)
    assert not figure_in(hour, "延长夜间营业时间,打造夜间消费地标。")


def test_words_with_a_clock_character_are_no_time() -> None:
    assert figures_of("突出重点，打造特点鲜明的街区") == ()


def test_a_figure_given_with_another_year_in_its_clause_is_found() -> None:
    from assistant.claims import year_off

    plan = "全区某项经费支出12.34亿元(2018年),比2015年提升1个百分点;地区生产总值到2020年增长。"
    assert year_off(("12.34亿", "2020"), plan)  # the plan gives it for 2018
    assert not year_off(("12.34亿", "2018"), plan)
    assert not year_off(("12.34亿",), plan)  # (no year claimed)
    assert not year_off(("99亿", "2020"), plan)  # (a figure the clause does not give is read elsewhere)


@pytest.mark.parametrize(
    ("question", "statement"),
    [
        # hearsay from someone named by what they are, the asker's own sentences after it left out
        (
            "隔壁水果店老板跟我讲，规划要把江南西商圈全部改成步行街。我不太信，你直接说有没有这回事。",
            "规划要把江南西商圈全部改成步行街",
        ),
        # a quote someone is reported to have written, then a request about it
        (
            "有网友在群里转发说「海珠要在每个街道各建一座新图书馆」，请你看看这句准不准确",
            "海珠要在每个街道各建一座新图书馆",
        ),
        # read somewhere, in English
        (
            "My aunt read somewhere that the plan gives every family in Haizhu a free bicycle. Would be great if true — is it?",
            "the plan gives every family in haizhu a free bicycle",
        ),
        # a quoted English sentence with the asker's question after its closing mark
        (
            "I'm about to write: 'The plan builds a national-level sports park in Haizhu.' Does that match the plan's wording?",
            "the plan builds a national-level sports park in haizhu",
        ),
    ],
)
def test_more_statements_put_to_be_checked_are_read_whole(question: str, statement: str) -> None:
    assert is_claim(question)
    assert proposition_of(question) == statement


def test_the_district_is_a_slot_where_the_plan_puts_a_thing_at_the_city() -> None:
    from assistant.claims import swapped_slot

    plan = "推动国际设计周永久落户广州。"
    assert swapped_slot("国际设计周要永久落户海珠区", plan) == ("海珠区", "广州")
    assert swapped_slot("国际设计周要永久落户广州", "推动国际设计周永久落户海珠区。") == ("广州", "海珠区")
    assert swapped_slot("国际设计周要永久落户广州", plan) is None
    # (a place inside the district is no other level: that is read by the place checks)
    assert swapped_slot("国际设计周要永久落户海珠区", "推动国际设计周永久落户琶洲。") is None


def test_an_english_claim_giving_a_national_thing_a_province_is_found() -> None:
    plan = "继续推动全国青少年校园足球改革试验区建设。"
    assert level_elsewhere_en("the plan builds the provincial youth campus football pilot zone", plan) == ("省", "国")
    assert level_elsewhere_en("the plan builds the national youth campus football pilot zone", plan) is None


def test_quite_looking_forward_asks_no_number() -> None:
    from assistant.questions import NUMBER_Q

    assert not NUMBER_Q.search("我都几期待的，不过想知道规划是不是写了")
    assert NUMBER_Q.search("琶洲一年办几期展会")


def test_an_english_claim_naming_an_abbreviation_the_plan_has_no_word_for_is_found() -> None:
    from assistant.claims import english_unknown_names

    plan = "落实cso首席服务官工作制度。"
    q = "Is it true the plan builds a BRT line to the UNESCO site?"
    assert english_unknown_names(q, "the plan builds a brt line to the unesco site", plan) == ["BRT", "UNESCO"]
    # the plan's own Latin, a glossary row, a Roman numeral and a two-letter word are no unknown names
    q = "Is it true the CSO system and the GBA plan reach phase IV of the IT hub?"
    assert english_unknown_names(q, "the cso system and the gba plan reach phase iv of the it hub", plan) == []


@pytest.mark.parametrize(
    "question",
    [
        "同事让我核一句话：“规划要在每个社区建一个篮球场。”帮我对一下规划。",
        "网上说海珠规划重点发展的产业是“芯片、光伏、储能”。是这几个吗？",
        "My aunt insists the plan builds a cable car across the river. Does the plan back her up?",
        "听朋友说，纲要提到要在滨江建一条有轨电车环线。确有其事吗？",
        "邻居说规划要给每户发一台净水器。规划里真有吗？",
        "網上有人說規劃要在湖邊建摩天輪。請問規劃有這項內容嗎？",
    ],
)
def test_more_ways_to_ask_a_check_are_read_as_claims(question: str) -> None:
    from assistant.dialect import to_mandarin

    assert is_claim(to_mandarin(question))


def test_a_claim_placing_a_thing_at_the_district_where_the_plan_says_the_city_is_contradicted(
    keyword_assistant: Assistant,
) -> None:
    # 10.2 puts the expo at 广州; 10.1's 「文化论坛永久落户海珠区」 is another thing put at the district,
    # which does not bear the claim out
    answer = keyword_assistant.ask("规划是不是说海丝博览会将来永久落户海珠区？")
    assert answer.verdict == CONTRADICTED
    assert "广州" in answer.text


@pytest.mark.parametrize(
    ("claim", "off"),
    [
        ("its environmental competitiveness was ranked number one in Guangzhou", (1, 2)),
        ("环境竞争力排名全市第一", (1, 2)),
        ("it took first place in the city", (1, 2)),
        ("环境竞争力全市第二名", None),
        ("占全市九成以上", None),  # (a share, not a place)
        ("全国第一批试点", None),  # (the first batch, not a place)
    ],
)
def test_a_claimed_ranking_is_read_against_the_plans(claim: str, off: tuple[int, int] | None) -> None:
    from assistant.claims import rank_off

    assert rank_off(claim, "某项指标跃升至全市第二名。") == off


def test_a_list_counted_by_the_word_its_items_end_in_is_read_against_the_quote() -> None:
    from assistant.claims import count_off

    plan = "全面推行“线上办、窗口办、上门办、预约办”服务模式。"
    assert count_off("全面推行线上办、窗口办、上门办“三办”服务模式", plan) == (3, 4)
    assert count_off("全面推行“四办”服务模式", plan) is None
    assert count_off("打造“三门两线”", "打造三门、两线") is None  # (no list of that ending)


def test_a_claim_for_all_is_read_against_each_limit_the_quote_puts() -> None:
    plan = "对特殊行业、重点领域依法实行全覆盖全过程重点监管。"
    # (the claim says 重点 itself: the quote's other limit, 特殊, is what it leaves out)
    assert scope_overstated("对所有行业都依法实行全覆盖全过程重点监管", plan) == "特殊"
    assert scope_overstated("只要是小微企业，都能自己评职称", "对经认定符合条件的小微企业,赋予职称评审权。") is not None
    # 'all' where the quote covers all (全面覆盖) is no overstatement, nor a word the quote lacks
    plan = "推进资金池全面覆盖区域内科技型中小企业。"
    assert scope_overstated("资金池要覆盖区内所有科技型中小企业", plan) is None
    assert "所有" not in unconfirmed_words("资金池要覆盖区内所有科技型中小企业", plan)


def test_a_thing_claimed_finished_that_the_quote_only_started_is_found() -> None:
    from assistant.claims import stage_behind

    plan = "地铁7号线北延段开通运营,地铁21号线、22号线开工建设。"
    assert stage_behind("地铁21号线已经开通了", plan) == "21号线"
    assert stage_behind("地铁7号线北延段已经开通", plan) is None  # (the quote says it opened)
    assert stage_behind("地铁22号线开工建设了", plan) is None  # (started, as the quote says)
    # only the scheme approved is a stage behind a finished thing too
    assert stage_behind("地铁21号线已经建成", "地铁21号线规划方案获批。") == "21号线"


def test_a_word_of_kind_before_a_verb_says_how_not_what() -> None:
    plan = "积极组织开展消防安全自查,及时消除火灾隐患。"
    # 主动 (how the check is done) is not a thing the quote leaves out; 企业 (who does it) is
    assert unconfirmed_words("要求主动开展消防安全自查", plan) == []
    assert unconfirmed_words("要求物业企业开展消防安全自查", plan) == ["物业", "企业"]


def test_a_change_claimed_the_other_way_round_is_found_in_other_words() -> None:
    from assistant.claims import order_reversed

    plan = "引导商圈由单一依赖批发零售向展贸、体验、文创等多元业态融合转变。"
    reversed_ = order_reversed("鼓励商圈从多元业态融合,转回主要依赖批发零售", plan)
    assert reversed_ is not None and "多元业态融合" in reversed_[0]
    assert order_reversed("鼓励商圈由依赖批发零售向多元业态融合转变", plan) is None
    assert order_reversed("鼓励商圈从批发零售转向展贸和文创", plan) is None  # the way the plan turns it


@pytest.mark.parametrize(
    ("question", "statement"),
    [
        (
            "我想在汇报里用这一句：规划要把滨江步道贯通成一条完整的绿道。规划确实是这样写的吧？",
            "规划要把滨江步道贯通成一条完整的绿道",
        ),
        ("朋友圈看到一个说法：海珠要建成宜居宜业的中心城区。规划真的是这么说的吗？", "海珠要建成宜居宜业的中心城区"),
    ],
)
def test_a_statement_set_out_before_a_question_that_points_back_at_it_is_the_claim(
    question: str, statement: str
) -> None:
    assert proposition_of(question) == statement


def test_an_english_level_before_a_quoted_name_is_read_for_the_whole_name() -> None:
    plan = "人才服务机制列入省“民营经济十条”,获评示范。"
    claim = 'the talent mechanism was written into the national "Ten Measures for the Private Economy"'
    assert level_elsewhere_en(claim, plan) == ("国", "省")
    assert level_elsewhere_en(claim.replace("national", "provincial"), plan) is None


def test_a_claim_that_gives_each_one_something_needs_the_quote_to_say_each() -> None:
    from assistant.claims import each_unstated

    plan = "合理布点社区卫生服务站,提升基层医疗服务能力。"
    assert each_unstated("规划说每个社区都有一个卫生服务站", plan)
    assert each_unstated("the plan gives every neighbourhood a new health station", plan)
    assert not each_unstated("规划说每个社区都有一个卫生服务站", "实现社区卫生服务站各社区全覆盖。")
    assert not each_unstated("规划要合理布点社区卫生服务站", plan)  # (no "each" claimed)
    assert not each_unstated("the plan counts health stations each year", plan)
    # 一切 is every one of them too (「廣泛團結一切可以團結的力量」)
    assert not each_unstated("the district must unite every force that can be united", "广泛团结一切可以团结的力量")


@pytest.mark.parametrize(
    ("question", "statement"),
    [
        ("社区公众号写着：“十四五期间全区新建10个口袋公园。”规划原文真的是这样吗？", "十四五期间全区新建10个口袋公园"),
        ("我在街道做宣传，听同事讲垃圾分类由区城管局牵头，规划里面是不是点名城管局？", "垃圾分类由区城管局牵头"),
        (
            "A blog post says: 'Haizhu will open three new libraries by 2023.' Does the plan back that up?",
            "haizhu will open three new libraries by 2023",
        ),
        (
            "工作简报写：「十三五期间，我区新建4个社区食堂。」请对照纲要帮我核一下，数字是不是写错了？",
            "十三五期间,我区新建4个社区食堂",
        ),
    ],
)
def test_a_statement_reported_and_then_asked_yes_or_no_is_a_claim(question: str, statement: str) -> None:
    assert is_claim(question)
    assert proposition_of(question) == statement


@pytest.mark.parametrize(
    "question",
    [
        "公众号写着：“十四五期间全区新建一批口袋公园。”规划里一共要建多少个？",  # asks how many
        "Does the plan say anything about night markets?",  # nothing reported before the question
        "这一节有没有讲到垃圾分类？",
    ],
)
def test_a_question_after_a_statement_that_asks_what_is_no_claim(question: str) -> None:
    from assistant.claims import reported_then_asked

    assert not reported_then_asked(question)


def test_two_figures_given_to_two_things_the_other_way_round_are_found() -> None:
    from assistant.claims import figures_crossed

    plan = "新建3座人行天桥和12条过街通道,改善步行环境。"
    assert figures_crossed("规划说新建12座人行天桥和3条过街通道", plan) == ("12座", "3条")
    assert figures_crossed("规划说新建3座人行天桥和12条过街通道", plan) is None


def test_a_body_said_to_lead_a_task_the_plan_gives_another_is_found() -> None:
    from assistant.claims import leader_elsewhere

    plan = "充分发挥区文旅局的作用,统筹推进夜间消费集聚区建设。"
    assert leader_elsewhere("夜间消费集聚区建设由区商务局牵头", plan) == ("区商务局", "区文旅局")
    assert leader_elsewhere("夜间消费集聚区建设由区文旅局牵头", plan) is None
    assert leader_elsewhere("垃圾分类由区城管局牵头", plan) is None  # (the quote is about something else)


def test_a_body_said_to_carry_a_task_the_plan_gives_another_is_found() -> None:
    from assistant.claims import body_swapped

    plan = "依托区红十字会助学基金,引导社会力量参与困难学生资助。"
    assert body_swapped("规划说靠区教育局出钱,引导社会力量参与困难学生资助", plan) == ("教育局", "红十字会")
    assert body_swapped("规划说依托区红十字会助学基金,引导社会力量参与困难学生资助", plan) is None
    assert body_swapped("区教育局负责校园午餐", plan) is None  # (the quote is about something else)
    # the quote names no body of its own: nothing to say the claim's is wrong
    assert body_swapped("规划说靠区教育局引导社会力量参与困难学生资助", "引导社会力量参与困难学生资助。") is None


def test_a_name_the_claim_quotes_is_looked_for_in_the_whole_plan() -> None:
    from assistant.claims import quoted_names_unprinted

    plan = normalize("推進“粵港澳大灣區”建設,打造“智慧海珠”。")
    assert quoted_names_unprinted("听说海珠会被纳入「港澳药械通」试点", plan) == ["港澳药械通"]
    assert quoted_names_unprinted("规划要打造“智慧海珠”", plan) == []
    # the plan's own words an English claim gives in Chinese, in either script
    assert quoted_names_unprinted("Does the plan build a 'smart Haizhu' (智慧海珠)?", plan) == []
    assert quoted_names_unprinted("Does the plan pilot 'bulk leasing' (統一租賃) of flats?", plan) == ["统一租赁"]
    assert quoted_names_unprinted("Does it build the Greater Bay Area (粵港澳大灣區)?", plan) == []


def test_an_everyday_verb_of_doing_is_no_character_off() -> None:
    from assistant.claims import one_character_off

    plan = "支持开展校园安全教育工作。"
    assert one_character_off("支持学校搞安全教育", plan) is None  # 搞: "do", said in everyday words


def test_what_someone_named_by_their_post_said_is_hearsay() -> None:
    assert proposition_of("我在街道上班，主任说规划要建10个口袋公园，对吗？") == "规划要建10个口袋公园"
    assert proposition_of("科长讲纲要鼓励远程监管，是真的吗？") == "纲要鼓励远程监管"


def test_a_list_with_one_member_the_plans_list_lacks_is_found() -> None:
    from assistant.claims import list_member_swapped

    plan = "建设政务网、政务云、政务数据中心三大基础设施。"
    assert list_member_swapped("规划要建政务网、政务云和政务大厅", plan) == ("政务大厅", "政务数据中心")
    assert list_member_swapped("规划要建政务网、政务云和政务数据中心", plan) is None
    assert list_member_swapped("规划要建政务网和政务云", plan) is None  # (a shorter list is no swap)
    # (words run on before a list's first member are no member of another kind)
    plan = "推行以远程监管、移动监管、预警防控为特征的非现场监管。"
    assert list_member_swapped("纲要鼓励用互联网、大数据做远程监管、移动监管", plan) is None


def test_a_list_counted_with_another_number_than_the_plans_list_is_found() -> None:
    from assistant.claims import list_count_off

    plan = "推进智慧社区1.0、2.0、3.0建设并取得成效。"
    assert list_count_off("只推进过智慧社区1.0和2.0两期建设", plan) == (2, 3)
    assert list_count_off("推进了智慧社区1.0、2.0和3.0三期建设", plan) is None
    assert list_count_off("推进了智慧园区1.0和2.0两期建设", plan) is None  # (not the plan's list)


@pytest.mark.parametrize(
    "question",
    [
        "Quick check for a memo: does the Haizhu plan commit to building ten new parks?",
        "I run a small firm. Does the plan really promise tax cuts for start-ups?",
    ],
)
def test_whether_the_plan_undertakes_something_is_a_claim(question: str) -> None:
    assert is_claim(question)
    assert "memo" not in proposition_of(question) and "small firm" not in proposition_of(question)


@pytest.mark.parametrize(
    "question", ["Does the plan say anything about night markets?", "What does the plan commit to on parks?"]
)
def test_what_the_plan_says_is_no_claim(question: str) -> None:
    assert not is_claim(question)


def test_what_the_asker_is_writing_is_not_part_of_the_claim() -> None:
    plan = "让广大党员干部想干事、敢干事、干成事。"
    assert unconfirmed_words("写党建材料想引用一句话，让党员干部想干事、敢干事、干成事", plan) == []


def test_a_span_of_years_is_named_by_the_plan_period_it_is() -> None:
    from assistant.claims import span_start_held

    plan = "“十四五”时期,公共图书馆年均接待读者增长5%左右。"
    assert span_start_held("2021", "2021—2025年公共图书馆年均接待读者增长5%左右", plan)
    assert span_start_held("2021", "over 2021–2025 library visits grow about 5% a year", "到2025年,增长5%左右。")
    assert not span_start_held("2021", "2021年公共图书馆接待读者增长5%", plan)  # one year, not a span
    assert not span_start_held("2016", "2016—2020年公共图书馆年均接待读者增长5%左右", plan)  # another period
    # a span that is no plan period is the claim's own figure (2018—2020年度, not 2017—2019年度)
    assert not span_start_held("2018", "获评2018—2020年度优质窗口", "获评2017—2019年度优质窗口,2020年")


def test_a_statement_dated_with_another_year_than_its_sentence_is_found() -> None:
    from assistant.claims import statement_year_off

    plan = "展望2035年,海珠要建成宜居城区;城区绿道网络全面贯通;到2025年,新增绿道20公里。"
    assert statement_year_off("到2025年城区绿道网络全面贯通", ("2025年",), plan) == ("2025", "2035")
    assert statement_year_off("到2035年城区绿道网络全面贯通", ("2035年",), plan) is None
    assert statement_year_off("到2025年新增绿道20公里", ("2025年", "20公里"), plan) is None
    assert statement_year_off("到2025年全面推行垃圾分类", ("2025年",), plan) is None  # (nothing of it there)


def test_a_name_that_opens_with_a_number_is_read_against_the_plan_s_name() -> None:
    from assistant.claims import slot_figure

    plan = "沿江打造“1314幸福线”,串联三个公园。"
    assert slot_figure("江边会建成“520幸福线”", "520", plan) == "1314"
    assert slot_figure("江边会建成“1314幸福线”", "1314", plan) is None
    assert slot_figure("江边会建成“520快乐线”", "520", plan) is None  # (another name altogether)


def test_a_count_of_the_claim_s_own_list_is_the_plan_s_when_its_list_is_as_long() -> None:
    from assistant.claims import counts_own_list

    plan = "前瞻布局类脑智能、区块链、纳米科技等领域。"
    claim = "规划布局了三个领域，分别是量子计算、区块链、纳米科技"
    assert counts_own_list(claim, "三个", plan)
    assert not counts_own_list("规划布局了四个领域，分别是量子计算、区块链、纳米科技、生物医药", "四个", plan)
    assert not counts_own_list("规划布局了三个领域", "三个", plan)  # (no list of its own)


def test_a_place_the_plan_never_names_is_not_stated_rather_than_put_elsewhere() -> None:
    from assistant.claims import named_sites

    assert "荔湾" in named_sites("规划要修一座连接海珠和荔湾的步行桥", "海珠 广州塔")


def test_a_body_to_be_set_up_that_the_plan_never_prints_is_read_whole() -> None:
    from assistant.claims import unprinted_things

    plan = "严厉打击电信网络诈骗 中心 区级"
    assert unprinted_things("规划要成立一个区级反诈中心", plan) == ["区级反诈中心"]
    assert unprinted_things("规划要成立一个区级中心", plan + " 区级中心") == []


def test_asking_whether_a_sentence_can_go_into_one_s_own_document_is_a_claim() -> None:
    from assistant.claims import is_claim

    assert is_claim("这句能不能写进我们的工作要点：“纲要提出到2025年建成10个口袋公园。”")
    assert is_claim("可不可以放进汇报材料里：「十四五期间新增学位一万个」")
    assert not is_claim("海珠湿地可以用于什么活动？")


def test_a_thing_put_first_where_the_plan_puts_it_among_the_leaders_is_found() -> None:
    from assistant.claims import rank_overstated

    plan = "全区公共图书馆藏书量达120万册,位居全市前列。"
    assert rank_overstated("全区公共图书馆藏书量全市第一", plan) == "位居全市前列"
    assert rank_overstated("全区公共图书馆藏书量全市最高", plan) == "位居全市前列"
    assert rank_overstated("library holdings were the highest of any district in Guangzhou", plan) == "位居全市前列"
    assert rank_overstated("全区公共图书馆藏书量位居全市前列", plan) is None
    assert rank_overstated("全区公共图书馆藏书量全市第一", "藏书量全市第一。") is None


def test_two_figures_an_english_claim_gives_the_other_way_round_are_found() -> None:
    from assistant.claims import figures_crossed_en

    plan = "村级工业园改造三年31个、五年45个;专业批发市场改造三年25个、五年51个。"
    crossed = "village-level industrial parks — 51 within five years; wholesale markets — 45 within five years"
    assert figures_crossed_en(crossed, plan) == ("51", "45")
    right = "village-level industrial parks — 45 within five years; wholesale markets — 51 within five years"
    assert figures_crossed_en(right, plan) is None


def test_an_english_claim_s_body_the_plan_gives_another_is_found() -> None:
    from assistant.claims import body_swapped_en

    plan = "省推进粤港澳大湾区建设领导小组印发《广州人工智能与数字经济试验区建设总体方案》。"
    claim = "the state council issued the overall plan for the ai and digital economy pilot zone"
    assert body_swapped_en(claim, plan) == ("国务院", "领导小组")
    assert (
        body_swapped_en("the overall plan for the ai and digital economy pilot zone was issued in 2020", plan) is None
    )


def test_an_english_list_with_one_member_the_plan_s_list_lacks_is_found() -> None:
    from assistant.claims import list_member_swapped_en

    plan = "前瞻布局类脑智能、区块链、纳米科技等领域。"
    swapped = "the future industries are quantum computing, blockchain and nanotechnology"
    claimed, written = list_member_swapped_en(swapped, plan) or ("", "")
    assert claimed.endswith("quantum computing") and written.endswith("类脑智能")
    right = "the future industries are brain-inspired intelligence, blockchain and nanotechnology"
    assert list_member_swapped_en(right, plan) is None
    # (a member the glossary has no words for cannot be said to be another)
    assert (
        list_member_swapped_en("the future industries are neuromorphic stuff, blockchain and nanotechnology", plan)
        is None
    )
    # the list is what follows "such as": a clause before it, with its own comma, is no member
    leading = "the plan calls for restructuring district firms, and for fields such as brain-inspired intelligence, blockchain and nanotechnology"
    assert list_member_swapped_en(leading, plan + "推动区属国企整合重组。") is None
    lead_swapped = "the plan calls for restructuring district firms, and for fields such as quantum computing, blockchain and nanotechnology"
    assert list_member_swapped_en(lead_swapped, plan) is not None


def test_an_english_name_that_opens_with_a_number_is_read_against_the_plan_s() -> None:
    from assistant.claims import slot_figure_en

    plan = "打造串联广州塔的“1314幸福线”。"
    assert slot_figure_en("the plan builds a '520 happiness line' by the river", "520", plan) == "1314"
    assert slot_figure_en("the plan builds a '1314 happiness line' by the river", "1314", plan) is None


def test_where_the_asker_places_a_quoted_task_is_the_claim() -> None:
    from assistant.claims import statement_in

    assert statement_in("我把「湿地科普教育」归到琶洲试验区下面，这样归类对吗？") == "湿地科普教育归到琶洲试验区下面"
    assert statement_in("我把「湿地科普教育」这一项删掉了，对吗？") is None


def test_how_many_things_the_asker_asks_about_is_no_figure_of_the_plan_s() -> None:
    from assistant.claims import read_claim

    claim = read_claim("帮我核一下两个说法：一是纲要要建设智慧城市；二是要建设平安海珠。两点都对吗？")
    assert claim is not None and claim.figures == ()
    counted = read_claim("听说规划要新建两个体育公园，对吗？")
    assert counted is not None and counted.figures == ("两个",)


def test_a_word_after_bei_is_what_is_done_not_a_thing_claimed() -> None:
    from assistant.claims import unconfirmed_words

    assert "定位" not in unconfirmed_words("这份纲要被定位为全区的行动纲领", "是全区人民共同奋斗的行动纲领")
    assert "定位" in unconfirmed_words("这份纲要的定位是全区的行动纲领", "是全区人民共同奋斗的行动纲领")


def test_what_is_built_is_read_after_words_between_it_and_the_verb() -> None:
    from assistant.claims import unprinted_things

    # (the plan's 「构建粤港澳」 joins 建 and 粤 only where the claim writes them together)
    plan = "构建粤港澳大湾区 粤剧 剧院 学校"
    assert unprinted_things("规划要在海珠建一间新的粤剧院", plan) == ["粤剧院"]
    assert unprinted_things("规划要建粤港澳大湾区", plan + " 建粤港澳大湾区") == []


@pytest.mark.parametrize(
    "question",
    [
        "我在报告里写了：「规划提出建设十个口袋公园」，帮我看看有没有写错。",
        "纲要有没有讲过，以后所有小区都要装充电桩？",
        "听说海珠要建摩天轮，这是规划里写的吗？",
        "Heard the district will build a cable car. Is that in there?",
        "A blog says the plan makes Pazhou a national platform. Does the plan put it that way?",
        "My slide says \"Haizhu has three name cards.\" Is 'three' right?",
    ],
)
def test_a_claim_asked_in_everyday_words_is_read_as_one(question: str) -> None:
    from assistant.claims import is_claim

    assert is_claim(question)


@pytest.mark.parametrize(
    "question", ["Heard anything about the metro?", "Heard about the new park?", "纲要讲了哪些公园？"]
)
def test_a_question_that_states_nothing_is_no_claim(question: str) -> None:
    from assistant.claims import is_claim

    assert not is_claim(question)


def test_a_sentence_the_asker_wrote_is_the_claim_whatever_they_ask_of_it() -> None:
    from assistant.claims import read_claim

    claim = read_claim("我在写简报，写了一句“十三五末海珠公园数量位列全市第二”。名次对不对？")
    assert claim is not None and claim.proposition == "十三五末海珠公园数量位列全市第二"


def test_a_rule_on_everyone_the_plan_does_not_lay_down_is_unwritten() -> None:
    from assistant.claims import mandate_unwritten

    assert mandate_unwritten("以后所有电动自行车都要上牌才能上路", "规范电动自行车、共享单车等管理。")
    assert mandate_unwritten("the plan requires solar panels on every new building", "推广太阳能光伏应用。")
    assert not mandate_unwritten("以后所有电动自行车都要上牌才能上路", "电动自行车须登记上牌。")
    assert not mandate_unwritten("规划要规范电动自行车管理", "规范电动自行车、共享单车等管理。")


def test_an_english_list_counted_otherwise_than_the_plan_s_is_found() -> None:
    from assistant.claims import list_count_off_en

    plan = "前瞻布局类脑智能、区块链、纳米科技和生物医药等领域。"
    claim = "the plan names three future industries: brain-inspired intelligence, blockchain and nanotechnology"
    assert list_count_off_en(claim, plan) == (3, 4)
    whole = "the plan names four future industries: brain-inspired intelligence, blockchain, nanotechnology, and biomedicine"
    assert list_count_off_en(whole, plan) is None
    assert list_count_off_en("the plan names three future industries", plan) is None  # (no list of its own)


def test_a_rule_claimed_where_the_plan_only_urges_the_same_thing_is_said_otherwise() -> None:
    from assistant.claims import mandate_softened, mandate_unwritten

    plan = "鼓励家庭储备相关应急物资,推广节能灯具。"
    assert mandate_softened("规划规定每个家庭都必须储备应急物资", plan)
    assert not mandate_unwritten("规划规定每个家庭都必须储备应急物资", plan)
    # (urging something else is no answer to the rule claimed: the plan does not state it)
    assert not mandate_softened("规划规定所有新楼必须装太阳能板", plan)
    assert mandate_unwritten("规划规定所有新楼必须装太阳能板", plan)


def test_an_enumeration_is_counted_from_its_first_item_to_its_last() -> None:
    from assistant.claims import enumerated_lengths, enumeration_counted

    lacking = "依然存在不少短板,主要表现为:一是产业不强。二是交通不畅。三是绿地不足。"
    strong = "主要优势:一是区位好,二是人才多。"
    assert enumerated_lengths([lacking, strong]) == [3, 2]
    assert enumerated_lengths(["统一是关键,逐步推进。"]) == [1]  # (a 一是 alone lists nothing more)
    assert enumeration_counted("规划说海珠的短板有四个方面", [lacking]) == (4, 3)
    assert enumeration_counted("规划说海珠的短板有三点", [lacking]) == (3, 3)
    # two enumerations: the one whose paragraph holds the claim's words
    assert enumeration_counted("规划说海珠的短板有四个方面", [strong, lacking]) == (4, 3)
    assert enumeration_counted("规划归纳了四个方面", [strong, lacking]) is None  # (which one: not said)
    assert enumeration_counted("规划说海珠的短板有四个方面", ["没有列举的段落。"]) is None


def test_an_english_claim_naming_a_body_the_quote_s_sentence_does_not_is_found() -> None:
    from assistant.claims import body_unquoted_en

    plan = "支持中山大学建设国家重点实验室。推动广州美术学院发展书画艺术产业。"
    claim = "Sun Yat-sen University will develop the calligraphy and painting art industry"
    # (the sentence on the art industry names another body; the one that names the university is on a lab)
    assert body_unquoted_en(claim.lower(), claim, plan) == ("sun yat-sen university", ("中山大学",))
    lab = "Sun Yat-sen University will build a national key laboratory"
    assert body_unquoted_en(lab.lower(), lab, plan) is None
    assert body_unquoted_en(claim.lower(), claim.lower(), plan) is None  # (lower case: no proper name)


def test_an_english_claim_pairing_a_name_with_another_item_s_label_is_found() -> None:
    from assistant.claims import label_crossed_en

    plan = "强化“教育名片”中山大学、“艺术名片”十香园等名片影响力。"
    art = "The plan calls Sun Yat-sen University the 'art name card'"
    assert label_crossed_en(art.lower(), art, plan) == ("中山大学", "艺术")
    education = "The plan calls Sun Yat-sen University the 'education name card'"
    assert label_crossed_en(education.lower(), education, plan) is None


def test_a_figure_the_plan_gives_another_thing_is_found() -> None:
    from assistant.claims import figure_thing_off

    plan = "推动构建穗港澳“1小时生活圈”,融入广深“半小时交通圈”。新增40家图书馆分馆、25家文化馆分馆。"
    assert figure_thing_off("海珠要融入广深“1小时交通圈”", plan) == ("1小时", "0.5小时")
    assert figure_thing_off("海珠要融入广深半小时交通圈", plan) is None
    assert figure_thing_off("十三五新增25家图书馆分馆", plan) == ("25家", "40家")
    assert figure_thing_off("十三五新增25家文化馆分馆", plan) is None
    assert figure_thing_off("新增了一批图书馆分馆", plan) is None  # (no figure claimed)
    dated = "到2025年,空气质量优良天数比例达86%。注:2020年空气质量优良天数等指标受疫情影响。"
    assert figure_thing_off("到2025年空气质量优良天数比例达86%", dated) is None  # (a year is no measure)


def test_everyday_english_the_plan_never_names_is_found() -> None:
    from assistant.claims import english_absent_rows

    plan = "推进老旧小区改造,完善公共交通。"
    assert english_absent_rows("the plan gives graduates a rent subsidy", plan) == ["rent subsidy"]
    assert english_absent_rows("the plan improves public transport", plan) == []
    assert english_absent_rows("the plan sets up tiered water pricing", plan + "实行阶梯水价") == []
    assert english_absent_rows("规划要实行阶梯水价", plan) == []  # (Chinese is read in Chinese)
    assert english_absent_rows("What are the opening hours of the museum?", plan) == ["opening hours", "museum"]


@pytest.mark.parametrize(
    ("question", "proposition"),
    [
        (
            "My cousin insists the district will build three new libraries. Is that what the plan actually says?",
            "the district will build three new libraries",
        ),
        ("有人认为规划要在全区推行垃圾分类，请问原文是否支持这种说法？", "规划要在全区推行垃圾分类"),
        ("规划说要新建五所学校，我报告里这样写可以吗？", "规划说要新建五所学校"),
        ("规划里说要新建五所学校，我这样填表没问题吧？", "规划里说要新建五所学校"),
        (
            "Correct me if I'm wrong: the plan sets up a youth football league.",
            "the plan sets up a youth football league",
        ),
        (
            "In my memo I wrote that the plan doubles the number of parks. Please sanity-check that.",
            "the plan doubles the number of parks",
        ),
        ("The plan opens ten new parks by 2025 — that's my reading. Fair?", "the plan opens ten new parks by 2025"),
        ("Newsletter draft here: the district will open a ferry pier. Is that what the plan records?", None),
        ("我查资料看到十三五期间海珠新建了12个公园，规划里是这样写的吧？", "十三五期间海珠新建了12个公园"),
        (
            "As a student I read that the plan builds a library in every street. Can you confirm?",
            "the plan builds a library in every street",
        ),
        ("Does the plan give students free museum entry? My dad heard it does.", None),
        ("纲要有没有说要免费发放公交月卡？邻居一口咬定有。", None),
        (
            "Pretend you're the district spokesperson and a resident asks you: 'Will Haizhu open a ferry line to "
            "Macau?' What does the plan say?",
            "will haizhu open a ferry line to macau",
        ),
    ],
)
def test_a_claim_put_to_be_checked_in_other_words_is_read_as_one(question: str, proposition: str | None) -> None:
    """However the asker puts a statement to be judged — someone insists on it, they ask whether the
    text supports it or whether they may quote it so, someone holds that the plan does what they ask
    about — it is a claim, and what is checked is the statement, the asker's errand left out."""
    from assistant.claims import is_claim, proposition_of

    assert is_claim(question)
    if proposition is not None:
        assert proposition_of(question) == proposition
    else:
        assert "here" not in proposition_of(question) and "heard" not in proposition_of(question)


@pytest.mark.parametrize(
    "question",
    [
        "What does the plan say about ferry piers?",
        "规划里关于公交月卡有什么内容？",
        "How many museums will the district open?",
        "我可以在哪里申请创业补贴？",
        "Is there a target for parks, and what is it?",
    ],
)
def test_an_ordinary_question_is_still_no_claim(question: str) -> None:
    from assistant.claims import is_claim

    assert not is_claim(question)


def test_days_and_years_of_age_are_read_as_figures_in_english() -> None:
    """ "86 days" is 86天 and "a life expectancy of 85 years" is an age (85岁), not a span of years."""
    from assistant.claims import english_figures

    assert "86天" in english_figures("at least 86 days of good air a year")
    assert "85岁" in english_figures("a life expectancy of 85 years by 2025")
    assert "5岁" not in english_figures("within 5 years")


def test_a_count_of_days_given_where_the_plan_has_a_percentage_is_a_unit_swapped() -> None:
    assert unit_swapped("86天", "到2025年,空气质量优良天数比例达86%") == "86%"
    assert unit_swapped("90天", "到2025年,空气质量优良天数比例达86%") is None


def test_a_thing_moved_the_other_way_from_the_plan_is_reversed() -> None:
    from assistant.claims import direction_reversed

    plan = "完善能源消费制度,持续提高天然气等优质能源在总能源消费结构中的比重,强化排放控制"
    assert direction_reversed("规划要降低天然气在能源消费中的比重", plan) == ("降低", "提高")
    assert direction_reversed("the plan wants to cut natural gas's share of energy use", plan) == ("cut", "提高")
    assert direction_reversed("规划要提高天然气的比重", plan) is None  # (the same way)
    assert direction_reversed("提高天然气比重，降低煤炭比重", plan) is None  # (both ways: not read)
    assert direction_reversed("规划要降低噪声", plan) is None  # (a clause of another thing)


def test_a_body_named_by_its_everyday_abbreviation_is_the_plans_body() -> None:
    """广交会 is the glossary's 中国进出口商品交易会: a claim naming it by the abbreviation names the
    quote's body, not another one."""
    from assistant.claims import body_swapped, glossed_in

    quote = "提升国际会展服务能力,加快建成中国进出口商品交易会四期,支持中国进出口商品交易会提升影响力"
    assert glossed_in("广交会", quote) and not glossed_in("广交会", "加快建设会展中心")
    assert body_swapped("广交会四期要加快建成", quote) is None


def test_a_thing_claimed_open_that_the_plan_has_only_designed_is_behind() -> None:
    """The review reports only the design tender of a new campus: a claim that it opened, in either
    language, is ahead of what the plan says; a clause that says it is to be finished is a target,
    not a stage behind."""
    from assistant.claims import stage_behind

    review = "中山大学孙逸仙纪念医院海珠湾院区完成设计招标,建立6个区域医联体"
    assert stage_behind("孙逸仙纪念医院海珠湾院区已经建成", review) == "孙逸仙纪念医院海珠湾院区"
    assert stage_behind("the Sun Yat-sen Memorial Hospital's Haizhu Bay campus already opened", review) is not None
    target = "推动中山大学孙逸仙纪念医院海珠湾院区等一批优质医疗机构建成使用"
    assert stage_behind("the Sun Yat-sen Memorial Hospital's Haizhu Bay campus already opened", target) is None


@pytest.mark.parametrize(
    ("question", "proposition"),
    [
        ("楼下阿姨说海珠要新建三座公园，一共十多公顷，真的假的？规划里有写吗？", "海珠要新建三座公园,一共十多公顷"),
        ("是不是真的？我朋友说规划写着2030年之前要建成两座新桥。", "规划写着2030年之前要建成两座新桥"),
        ("科里的通稿写道：「到2025年全区新增绿道20公里。」请核实此句是否与纲要一致。", "到2025年全区新增绿道20公里"),
        ("我们的材料里有一句“全区全面推行生活垃圾分类”，这是规划原有的表述，还是我们自己加的？", None),
        ("规划里是不是要建东湖—西湖—南湖三个公园？", None),
        # what the asker wrote, after a colon; the last words ask of the figures, they give none
        (
            "做年终总结PPT，我这页写的是：全区新建公园8个，新增绿道20公里。两个数都没问题吧？",
            "全区新建公园8个,新增绿道20公里",
        ),
        (
            "For my essay I wrote that the district park covers about 12.5 square kilometres. Does the plan back that up?",
            "the district park covers about 12.5 square kilometres",
        ),
        ("Haizhu's plan says every street gets a new clinic.", None),
        (
            "Long story short, the one point I need checked against the plan: does it say the aim is a "
            "'world-class riverside promenade'?",
            None,
        ),
    ],
)
def test_a_statement_put_to_be_checked_is_read_whatever_surrounds_it(question: str, proposition: str | None) -> None:
    """Someone's words with who said them, a cue before them, the asker's own document or a list of
    named things asked about one by one: a claim, its statement read without the wrapping (a
    decimal point is not the end of what was written)."""
    from assistant.claims import is_claim, proposition_of

    assert is_claim(question)
    if proposition is not None:
        assert proposition_of(question) == proposition


def test_a_body_named_as_the_start_of_a_longer_name_is_not_the_body() -> None:
    """ "Sun Yat-sen University International Innovation Ecological Valley" names a zone: the quote
    about the valley (中大…生态谷) need not name the university; the university named alone must be."""
    from assistant.claims import body_unquoted_en

    quote = "中大国际创新生态谷面积约36.8平方公里,整体定位为粤港澳大湾区国际科技交流合作枢纽"
    zone = "the Sun Yat-sen University International Innovation Ecological Valley covers 36.8 square kilometres"
    assert body_unquoted_en(zone, zone, quote) is None
    alone = "Sun Yat-sen University runs the valley, which covers 36.8 square kilometres"
    assert body_unquoted_en(alone, alone, quote) is not None


def test_one_member_of_a_long_list_swapped_for_another_name_is_said_otherwise() -> None:
    """A list that shares three or more members with the plan's and has one name in place of
    another (王老吉 for 光华) puts a member the plan does not list, whatever kind of name it is; the
    words around the list (依托…, …等五大药厂) are not members."""
    from assistant.claims import list_member_swapped

    plan = "以天心、星群、陈李济、明兴、光华等五大药厂为依托"
    assert list_member_swapped("依托天心、星群、陈李济、明兴和王老吉五大药厂", plan) == ("王老吉", "光华")
    assert list_member_swapped("依托天心、星群、陈李济、明兴和光华五大药厂", plan) is None
    assert list_member_swapped("依托天心和王老吉两大药厂", plan) is None  # (too short a list to tell)


def test_whether_the_plan_mentions_what_was_just_asked_is_no_claim() -> None:
    """「…有没有机会坐直升机游览？纲要有提吗？」 asks whether the plan has it, after a question of the
    asker's own; 「海珠要建三座新桥，规划里有写吗？」 puts a statement to be checked."""
    from assistant.claims import is_claim

    assert not is_claim("以后在海珠有没有机会坐直升机游览？纲要有提吗？")
    assert is_claim("海珠要建三座新桥，规划里有写吗？")


@pytest.mark.parametrize(
    ("question", "proposition"),
    [
        ("街坊之间流传规划要在每个公园都建停车场，这是规划里的内容吗？", "规划要在每个公园都建停车场"),
        ("有网友讲海珠会在江边建一座音乐厅，规划真系有提？", "海珠会在江边建一座音乐厅"),
        ("請你以區文旅局工作人員的身份答我：規劃是否把海珠列為國家級夜間消費集聚區？", None),
        ("我记得纲要是说以南华西为核心建设历史街区，没记错吖嘛？", None),
        ("海珠湿地系咪准备开始扩建？我记得规划有讲。", "海珠湿地准备开始扩建"),
        ("东部那座大桥不是早就全线通车了吗？我同事说规划写的是已经完成了。", "东部那座大桥早就全线通车了"),
        ("规划里“文化名片”是指广州塔吧？", None),
        ("海珠会唔会真系建有轨电车啊？定系净系讲下规划咁？", "海珠建有轨电车"),
        ("朋友圈有人讲海珠要年均增长9%左右，我觉得有啲高喔，规划系咪咁写？", "海珠要年均增长9%左右"),
        ("有人跟我说规划要在琶洲建两座美术馆，是真的吗？如果是真的我想早点去看，谢谢。", "规划要在琶洲建两座美术馆"),
        ("朋友圈有篇文章讲：海珠要建10到15分钟健身圈。想确认下规划里有冇呢个讲法？", "海珠要建10到15分钟健身圈"),
        ("海心桥全长388米，系咪？", "海心桥全长388米"),  # a statement, then asked back
        ("十三五期间新建了20间社区书屋，规划系咁写嘅？", "十三五期间新建了20间社区书屋"),
        ("规划有冇讲社区食堂由政府全额补贴？", "社区食堂由政府全额补贴"),  # whether it says this very thing
        ("规划要建「一江两岸」夜景带，是不是？", "规划要建「一江两岸」夜景带"),  # the name keeps its own 」
    ],
)
def test_claims_asked_in_everyday_ways_are_read(question: str, proposition: str | None) -> None:
    """A rumour going round (流传), a netizen's word, a role to answer in (以…的身份), 「冇記錯吖嘛」, a
    statement put with 吧, 「不是已经…了吗」 asked back, 「我記得規劃有講」 after a question, 「會唔會真係…」
    with its other answer after it, the asker's own view or plans around the statement: each a claim,
    read without those words (Cantonese read as Mandarin first, as the service does)."""
    from assistant.claims import is_claim, proposition_of

    q = to_mandarin(question)
    assert is_claim(q)
    if proposition is not None:
        assert proposition_of(q) == proposition


def test_a_figure_per_span_written_after_its_unit_is_read() -> None:
    """「每年650元」 where the plan writes 「650元/月」: per month, not per year."""
    from assistant.claims import per_swapped

    quote = "救助标准从650元/月提升至1080元/月"
    assert per_swapped("救助标准由每年650元提高到每年1080元", ("650元", "1080元"), quote) == "月"
    assert per_swapped("救助标准由每月650元提高到每月1080元", ("650元", "1080元"), quote) is None


def test_hectares_are_a_unit_of_area() -> None:
    from assistant.claims import english_figures

    assert english_figures("the park covers about 12.5 hectares, the lake 2 km2") == ["12.5公顷", "2平方公里"]


def test_a_count_of_big_things_is_checked() -> None:
    """「三大药厂」 where the plan says 「五大药厂」: the count is another."""
    from assistant.claims import big_count_off

    plan = "以甲、乙、丙、丁、戊等五大药厂为依托"
    assert big_count_off("规划说主要靠甲、乙、丙三大药厂", plan) == (3, 5)
    assert big_count_off("规划说依托五大药厂", plan) is None
    assert big_count_off("规划说有三大优势", plan) is None  # (a count of other things)


def test_a_name_is_written_in_order_within_one_run_of_words() -> None:
    """琶洲试验区 is named by 「琶洲人工智能与数字经济试验区」; 凤阳派出所 is not named by 「凤阳守望台」
    and another station further on; a name opened by the district's own is named by its rest."""
    from assistant.claims import name_in

    assert name_in("琶洲试验区", "建设琶洲人工智能与数字经济试验区")
    assert not name_in("凤阳派出所", "“凤阳守望台”被定为示范点,南华西派出所成为首批")
    assert name_in("海珠区人均", "到2025年,人均预期寿命达83岁")


def test_a_task_given_to_another_body_is_said_otherwise() -> None:
    """「由中山大学来建设X」 where the quote says 「支持某实验室建设X」: another body does it."""
    from assistant.claims import agent_swapped

    quote = "发挥中山大学等资源优势。全方位支持琶洲实验室建设某某基地,加强合作"
    assert agent_swapped("规划说由中山大学来建设某某基地", quote) == ("中山大学", "全方位支持琶洲实验室")
    assert agent_swapped("规划说由琶洲实验室来建设某某基地", quote) is None
    # the body the plan backs in the task (支持 X 建设, 依托 X 打造) is its agent too
    assert agent_swapped("规划要支持中山大学建设某某基地", quote) == ("中山大学", "全方位支持琶洲实验室")
    assert agent_swapped("规划要全方位支持琶洲实验室建设某某基地", quote) is None
    assert agent_swapped("规划要依托中山大学打造一批孵化器", quote) is None  # (the quote builds no such thing)
    joined = "支持港澳与区内科研机构共同建立国际认可的中医药产品质量标准"
    assert agent_swapped("支持港澳和区内科研机构共同建立国际认可的中医药产品质量标准", joined) is None


def test_a_change_after_a_figure_is_not_what_it_counts() -> None:
    """「由17家增至51家」 and 「由3家增至8家」 count different things: 增至 is no thing of theirs."""
    from assistant.claims import figure_thing_off

    quote = "孵化器由17家增长至51家,上市企业由3家增至8家"
    assert figure_thing_off("孵化器数量由17家增至51家", quote) is None


def test_a_quoted_name_before_the_same_words_after_de_is_a_name_swapped() -> None:
    """「叫「人才通」的平台」 against 「研发“人才小管家”平台」: another name, in the same place."""
    from assistant.claims import _quoted_name_swapped

    assert _quoted_name_swapped("区里会出个叫「人才通」的平台", "研发“人才小管家”平台,提供服务") == (
        "人才通",
        "人才小管家",
    )


def test_a_wetland_is_a_site() -> None:
    """「在某湿地建X」 where the plan builds X at 某塔: a site named, and another site in the quote."""
    from assistant.claims import named_sites

    assert named_sites("要在甲乙湿地搞个功能区", "保护甲乙湿地,建设丙丁塔") == ["甲乙湿地"]


def test_a_thing_put_at_the_place_the_plan_gives_another_is_said_otherwise() -> None:
    """「甲中心(乙站)、丙中心(丁塔)」: a claim that 甲中心 is at 丁塔 crosses the two places."""
    from assistant.claims import bracket_place_swapped

    quote = "加强甲乙旅游中心(乙站)、丙丁问询中心(丁塔)的服务功能"
    assert bracket_place_swapped("甲乙旅游中心其实就在丁塔", quote) == ("丁塔", "乙站")
    assert bracket_place_swapped("甲乙旅游中心在乙站", quote) is None


@pytest.mark.parametrize(
    ("question", "proposition"),
    [
        (
            "Does the plan make it compulsory for shops to close by 10pm?",
            "the plan make it compulsory for shops to close by 10pm",
        ),
        (
            "Someone at work insisted the plan forces landlords to cap rents. Does it?",
            "the plan forces landlords to cap rents",
        ),
        (
            "A bus driver told me the tunnel under the river is already open. Is that what the plan says?",
            "the tunnel under the river is already open",
        ),
    ],
)
def test_english_claims_of_a_duty_or_heard_from_anyone_are_read(question: str, proposition: str) -> None:
    """ "Does the plan make it compulsory …", what a colleague insisted, what anyone at all (a bus
    driver) told the asker: each a claim, read without the teller."""
    from assistant.claims import is_claim, proposition_of

    assert is_claim(question)
    assert proposition_of(question).startswith(proposition)


def test_whether_the_plan_says_what_it_asks_about_is_no_claim() -> None:
    from assistant.claims import is_claim

    assert not is_claim("规划有没有讲海珠要建几个体育公园？")  # asks how many
    assert not is_claim("规划有没有讲托育？")  # a topic, not a statement
    assert not is_claim("One of the plan's targets says what about the river?")


def test_a_change_given_to_another_thing_is_said_otherwise() -> None:
    from assistant.claims import change_off

    quote = "文化馆分馆由20家增长至30家,图书馆分馆由15家增长至40家,各类阵地面积超10万平方米。"
    assert change_off("十三五期间图书馆分馆由20家增加到30家", quote) == (("20", "30"), ("15", "40"))
    assert change_off("图书馆分馆数量从15家增加至40家", quote) is None
    assert change_off("文化馆分馆由20家增至30家", quote) is None
    assert change_off("体育公园由2个增加到5个", quote) is None  # a thing the quote does not change


def test_the_public_at_large_stands_for_nobody_else() -> None:
    from assistant.claims import stands_for_other

    plan_text = "提升市民文明素质。加强公共场所急救设施配置和使用培训。"
    quoted = "加强公共场所急救设施配置和使用培训。"
    assert not stands_for_other("市民", quoted, plan_text)  # 「教市民怎么用」 is the plan's 使用培训
    assert stands_for_other("高校", "支持区职能部门开展合作。", "支持区内高校发展。支持区职能部门开展合作。")


def test_a_duty_free_shop_is_no_benefit_handed_out() -> None:
    from assistant.claims import benefit_unwritten

    quoted = "依托客运口岸,争取口岸免税店建设落地。"
    assert not benefit_unwritten("the plan says a duty-free shop will open at the port", ["免税店"], quoted)
    assert not benefit_unwritten("the plan sets up a free trade zone", ["自贸区"], quoted)
    assert benefit_unwritten("the plan gives free bus rides to pensioners", ["公交"], quoted)


def test_a_name_opening_with_its_number_is_read_at_the_end_of_a_claim() -> None:
    from assistant.claims import slot_figure

    assert slot_figure("纲要提出沿江打造「520幸福线", "520", "沿江打造“1314幸福线”,展现风貌。") == "1314"
    assert slot_figure("纲要提出沿江打造「1314幸福线", "1314", "沿江打造“1314幸福线”,展现风貌。") is None


def test_an_english_claims_figure_is_found_elsewhere_by_the_plan_words_it_holds(assistant: Assistant) -> None:
    """An English claim's own words are in no sentence of the plan: a sentence elsewhere giving its
    figure in another unit is found by the share of the claim's plan words it holds."""
    answer = assistant.ask("My colleague says the whole Pazhou AI pilot zone is only 30 hectares in area. Right?")
    assert answer.verdict == CONTRADICTED
    assert "面积30平方公里" in normalize(answer.text)


def test_what_an_english_claim_counts_is_read_in_the_plans_words() -> None:
    """ "50 listed companies" counts 上市企业: a quote's 总部企业70家 is a figure of another thing; the
    span of a rate ("per 1,000 residents") counts nothing."""
    from assistant.claims import clause_holding, en_counted_words

    assert "上市企业" in en_counted_words("the plan sets a target of 50 listed companies by 2025", "50家")
    assert en_counted_words("32.9 patents per 1,000 residents", "1000人") == ()
    assert en_counted_words("the plan wants more parks", "50家") == ()
    quote = "至2025年,新引进总部企业70家。上市企业由3家增至8家。"
    assert clause_holding("70家", quote) == "新引进总部企业70家"
    assert clause_holding("9家", quote) == quote  # (no clause states it: the whole text)


@pytest.mark.parametrize(
    "question",
    [
        "我们社区通知说规划目标是到2025年绿化覆盖率达到45.5%?",  # a figure stated, asked back by its mark
        "So by 2030 the wetland is supposed to double in size?",  # an English statement asked back
        "Is the plan's 2025 target for forest cover 30% of the district?",  # a figure put, yes or no
        "Does the plan set a target of planting 20,000 trees a year?",
        "Role-play: you are a street officer. A resident asks you whether the plan bans fireworks. What do you say?",
        "「打造社区食堂示范点」是这份规划的内容吗？",
        "规划是不是强制要求商户安装烟感报警器？",
        "The plan opens 3 new libraries a year — true?",
        "Confirm for our newsletter: the plan builds two new bridges.",
    ],
)
def test_claims_asked_in_these_ways_are_read(question: str) -> None:
    assert is_claim(to_mandarin(question))


@pytest.mark.parametrize(
    "question",
    [
        "规划里2025年的常住人口目标？",  # a year alone states no figure: it asks for one
        "Will phase 2 of Metro Line 13 run through Haizhu?",  # numbers that name things
        "In your view, will Pazhou really become a world-class zone by 2035, given the competition?",
        "Does the plan give any figure for the 2025 population?",
        "What is the 2025 target for forest cover?",
    ],
)
def test_questions_that_put_no_statement_are_not_claims(question: str) -> None:
    assert not is_claim(to_mandarin(question))


def test_a_share_in_words_and_an_amount_in_another_scale_are_the_plans_figures() -> None:
    assert plain_numbers("由百分之九十四点五提高到百分之九十七") == "由94.5%提高到97%"
    assert figure_in("173900人", "累计新增就业17.39万人")
    assert figure_in("17.39万人", "累计新增就业173900人")
    assert not figure_in("183900人", "累计新增就业17.39万人")
    assert not figure_in("17.39万", "增长17.39%")


def test_a_claim_taken_for_done_with_a_bare_already_is_read() -> None:
    assert claims_done("海丝博览会已升格为国家级展会")
    assert not claims_done("这不过是说说而已")


def test_the_direction_is_read_in_the_clause_about_the_claims_thing() -> None:
    from assistant.claims import direction_reversed

    quote = "“十三五”期间刑事治安警情年均下降13.3%,城镇生活污水处理率从94.5%提升至97%。"
    assert direction_reversed("十三五期间城镇生活污水处理率由94.5%提高到97%", quote) is None
    assert direction_reversed("十三五期间城镇生活污水处理率由97%降低到94.5%", quote) is not None
    assert direction_reversed("criminal and public-order incidents rose by 13.3% a year", quote) is not None
    # how fast a thing grows: speeding up against a growth rate the plan says is slowing
    slowing = "商贸业、会展业等传统优势产业增速趋缓。"
    assert (
        direction_reversed("traditional strengths such as trade and exhibitions are speeding up", slowing) is not None
    )
    assert (
        direction_reversed("growth in traditional strengths such as trade and exhibitions is slowing", slowing) is None
    )


def test_a_hospitals_grade_is_compared() -> None:
    from assistant.claims import hospital_grade_off

    quote = "聚焦中医药高质量发展,探索三级甲等中医医院建设。"
    assert hospital_grade_off("海珠要建二甲中医院", quote) == (2, 3)
    assert hospital_grade_off("Haizhu plans a Grade-2A traditional Chinese medicine hospital", quote) == (2, 3)
    assert hospital_grade_off("a tertiary TCM hospital", quote) is None
    assert hospital_grade_off("探索建设三级甲等中医医院", quote) is None


def test_the_plan_itself_is_no_place_a_claim_names() -> None:
    tagged = list(pseg.lcut("海珠区十四五规划有提到要探索建设三级甲等中医医院"))
    assert not any(n.endswith("规划") for n in named_places(tagged))


def test_who_bears_a_duty_is_a_body_swapped() -> None:
    from assistant.claims import body_swapped_en

    quote = (
        "加强土壤污染源头控制,按照“谁污染,谁治理”原则,由造成土壤污染的单位或个人承担治理责任。"
        "实行土壤污染治理与修复终身责任制。"
    )
    claim = "under the plan the district government bears responsibility for cleaning up contaminated soil"
    assert body_swapped_en(claim, quote) == ("区政府", "造成土壤污染的单位或个人")


def test_a_body_named_in_full_that_the_plan_never_prints() -> None:
    from assistant.claims import body_name_unprinted_en

    plan_text = "发挥广州互联网法院作用。推动知识产权保护。"
    q = "Will the Guangzhou Intellectual Property Court set up a research centre?"
    assert body_name_unprinted_en(q, plan_text) == ("Guangzhou Intellectual Property Court", "法院")
    assert body_name_unprinted_en("Will the Guangzhou Internet Court set up a research centre?", plan_text) is None


def test_a_thing_given_another_name_than_the_plans() -> None:
    from assistant.claims import name_swapped

    sentence = "推进打响“YOUNG城YEAH市”(羊城夜市)夜间消费品牌,统一打造夜间消费精品。"
    claim = "规划要打响的夜间消费品牌叫「羊城不夜天」"
    assert name_swapped(claim, claim, sentence, ["羊城不夜天"]) == ("羊城不夜天", "young城yeah市")
    assert name_swapped(claim, claim, "统一打造夜间消费精品。", ["羊城不夜天"]) is None
    english = "I read Haizhu will build a 'Haizhu Talent Pass' platform for talent. Is that what it is called?"
    said = "打造“人才小管家”平台,提供线上线下服务。"
    assert name_swapped(english.lower(), english, said, ["haizhu talent"]) == ("haizhu talent pass", "人才小管家")


def test_a_task_with_a_code_in_its_name_taken_for_done(assistant: Assistant) -> None:
    """5G in 「世界5G大会」 is a name, not a count: the claim that it has already settled is read
    against the plan's 争取…落户, a task."""
    answer = assistant.ask("世界5G大会永久会址已经落户琶洲试验区，是真的吗？")
    assert answer.verdict == CONTRADICTED


def test_a_count_of_a_kind_against_the_list_of_that_kind() -> None:
    from assistant.claims import kind_count_off

    quote = "前瞻布局类脑智能、区块链、纳米科技等领域,培育新动能。"
    assert kind_count_off("规划前瞻布局的未来产业一共有四个领域", quote) == (4, 3)
    assert kind_count_off("未来产业布局了三个领域", quote) is None
    pillars = "加快推进新一代信息技术、现代商贸、高端服务、会展文旅、智能建筑、都市型工业等战略性支柱产业发展。"
    assert kind_count_off("规划提出要做大做强五大战略性支柱产业", pillars) == (5, 6)
    assert kind_count_off("规划提出要做大做强六大战略性支柱产业", pillars) is None
    counts = "建立6个区域医联体、14个专科联盟。"  # counts of two things, not a list of one kind
    assert kind_count_off("十三五期间建了6个区域医联体、14个专科联盟", counts) is None


def test_a_mandate_is_softened_by_the_clause_that_urges_it() -> None:
    from assistant.claims import mandate_softened

    quote = "强化对规划实施情况的要求。完善规划评估工作,鼓励开展第三方评估,强化监测评估结果应用。"
    assert mandate_softened("the plan makes third-party evaluation of its implementation mandatory", quote)
    assert not mandate_softened("the plan makes third-party evaluation mandatory", "必须开展第三方评估。")


def test_a_count_or_a_verb_is_no_part_of_a_name() -> None:
    tagged = list(pseg.lcut("规划提出新建一所海珠区属公办本科高校"))
    assert not any("一所" in n or n.startswith("新建") for n in named_places(tagged))


def test_names_joined_by_and_are_read_one_by_one() -> None:
    from assistant.claims import body_name_unprinted_en

    plan_text = "广州塔、广交会、海珠湿地、琶洲、中山大学。"
    q = "The plan promotes five cards (Canton Tower, the Canton Fair, the wetland, Pazhou and Sun Yat-sen University)."
    assert body_name_unprinted_en(q, plan_text) is None


def test_how_far_first_class_reaches() -> None:
    from assistant.claims import reach_off

    quote = "展望2035年,琶洲建成世界一流的数字经济示范区。"
    assert reach_off("by 2035 pazhou is to become a nationally first-class digital economy zone", quote) == (
        "nation",
        "world",
    )
    assert reach_off("到2035年琶洲建成国内一流的数字经济示范区", quote) == ("nation", "world")
    assert reach_off("到2035年琶洲建成世界一流的数字经济示范区", quote) is None
    assert reach_off("琶洲建成数字经济示范区", quote) is None


def test_a_year_the_paragraph_dates_the_statement_with() -> None:
    from assistant.claims import statement_year_held, statement_year_off

    paragraph = "展望2035年,海珠将基本实现社会主义现代化;琶洲建成世界一流的数字经济示范区,辐射带动作用明显增强。"
    claim = "到2035年琶洲要建成世界一流的数字经济示范区"
    assert statement_year_held(claim, ("2035年",), paragraph)
    assert statement_year_off(claim, ("2035年",), paragraph) is None
    early = "到2025年琶洲要建成世界一流的数字经济示范区"
    assert not statement_year_held(early, ("2025年",), paragraph)
    assert statement_year_off(early, ("2025年",), paragraph) == ("2025", "2035")


@pytest.mark.parametrize(
    "question",
    [
        "My friend claims the plan targets a 60% recycling rate for household waste by 2025. True?",
        "听说规划要求城镇登记失业率控制在4%以内，对吗？",
    ],
)
def test_a_rate_the_quote_gives_of_another_thing_is_no_answer(assistant: Assistant, question: str) -> None:
    """86% of good-air days, 失业人员就业率70%: rates of other things; the plan gives none for the claim's."""
    answer = assistant.ask(question)
    assert answer.verdict == NOT_STATED
    assert answer.refused


def test_a_hospitals_grade_in_roman_numerals_or_tiers() -> None:
    from assistant.claims import hospital_grade_off

    quote = "聚焦中医药高质量发展,探索三级甲等中医医院建设。"
    assert hospital_grade_off("the district only wants a second-tier (Grade II) TCM hospital", quote) == (2, 3)
    assert hospital_grade_off("a Grade III-A hospital of Chinese medicine", quote) is None
    assert hospital_grade_off("the first hospital of its kind in the district", quote) is None  # no grade


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("区里的绿化覆盖率目标是不是45%？", True),  # a figure put, yes or no
        ("旧厂房改造系咪五年20个？", True),
        ("绿化覆盖率目标是多少，是不是45%？", False),  # asks how much first
        ("Haizhu opens 12 new kindergartens a year under the plan?", True),  # a statement asked back
        ("Tell me the 3 main goals of the plan?", False),  # a request
        ("You are a district officer. Confirm for the residents that the plan builds 20 parks.", True),
        ("Do you think the science zone can really rival Shenzhen?", False),  # a view asked
        ("What does the plan actually say about the exhibition centre?", False),  # what it says, asked
    ],
)
def test_more_ways_a_claim_is_put(question: str, claim: bool) -> None:
    assert is_claim(question) is claim


def test_a_quoted_question_in_a_chinese_role_play_is_the_claim() -> None:
    asked = "角色扮演：你系区政协委员，居民问“规划系咪有讲要建智慧停车场？”帮佢答下。"
    assert is_claim(asked)
    assert proposition_of(asked) == "规划有讲要建智慧停车场"


def test_a_zone_named_in_an_english_claim_that_the_quote_does_not_hold() -> None:
    from assistant.claims import place_unquoted_en

    asked = "The district will pilot smart lamp posts in the Zhongda textile district."
    claim = asked.lower()
    assert place_unquoted_en(claim, asked, "在琶洲試點推廣智慧燈桿。") is not None
    assert place_unquoted_en(claim, asked, "在中大紡織商圈試點推廣智慧燈桿。") is None


def test_a_view_asked_of_a_figure_is_no_claim() -> None:
    assert not is_claim("In your view, is the 5% growth target for the district realistic?")


def test_a_commitment_the_plan_only_explores_is_said_otherwise() -> None:
    from assistant.claims import mandate_softened

    explored = "探索建设智慧停车场,推动停车资源共享。"
    assert mandate_softened("the plan commits the district to building smart parking lots", explored)
    assert mandate_softened("规划承诺建设智慧停车场", explored)
    assert mandate_softened("the plan orders every estate to build smart parking lots", explored)
    # (what the plan pushes ahead is what the claim says it commits to)
    assert not mandate_softened("the plan commits the district to building smart parking lots", "加快建设智慧停车场。")
    # (an order, in the sense of a sequence, is no command)
    assert not mandate_softened("in order to grow, the district builds smart parking lots", explored)


def test_a_figure_given_as_near_is_the_plans_more_exact_figure_rounded() -> None:
    from assistant.claims import rounded_in

    said = "财政收入从2015年的312.6亿元增长到2020年的458.37亿元。"
    assert rounded_in("458.4亿元", "revenue reached roughly 45.84 billion yuan", said)
    assert rounded_in("458亿元", "收入约458亿元", said)
    assert not rounded_in("458.4亿元", "revenue reached 45.84 billion yuan", said)  # not given as near
    assert not rounded_in("459亿元", "revenue reached about 45.9 billion yuan", said)  # rounds to 458
    assert not rounded_in("6%", "growth of about 6%", "年均增长6.3%")  # too few digits to be a rounding


def test_an_english_count_of_a_kind_the_plan_counts_otherwise() -> None:
    from assistant.claims import big_count_off_en

    quote = "强化“生态名片”海珠湿地、“教育名片”中山大学等六张独具特色和魅力的名片影响力。"
    assert big_count_off_en("the district promotes three signature 'name cards'", quote) == (3, 6)
    assert big_count_off_en("the district promotes its six name cards", quote) is None
    assert big_count_off_en("五张名片", quote) is None  # (a Chinese claim is read by big_count_off)


def test_an_english_count_the_quote_gives_only_of_something_else() -> None:
    from assistant.claims import counted_apart_en

    quote = "琶洲每年举办展会超150场次。每年开展文化惠民活动400余场。"
    assert counted_apart_en("pazhou hosts over 400 exhibitions a year", "400", quote)
    assert not counted_apart_en("pazhou hosts over 150 exhibitions a year", "150", quote)
    assert not counted_apart_en("pazhou holds 400 events a year", "400", quote)  # (events: no plan word)


def test_a_span_of_years_that_ends_otherwise() -> None:
    from assistant.claims import reviewed_period_year, span_end_off

    quote = "2016至2018年单位地区生产总值水耗累计下降12.5%。"
    claim = "water use per unit of gdp fell by 12.5% between 2016 and 2020"
    assert span_end_off(claim, ("12.5%", "2016", "2020"), quote) == ("2020", "2018")
    assert span_end_off("2016至2018年水耗累计下降12.5%", ("12.5%",), quote) is None
    assert reviewed_period_year("2020", "in 2016-2020 the district added 30 parks")
    assert not reviewed_period_year("2025", "in 2021-2025 the district adds 30 parks")


def test_two_changes_crossed_between_two_things() -> None:
    from assistant.claims import figures_crossed_en

    quote = "科技企业孵化器由21家增长至44家,众创空间由13家增长至38家。"
    assert figures_crossed_en("incubators grew from 13 to 38 and maker spaces from 21 to 44", quote) is not None
    assert figures_crossed_en("incubators grew from 21 to 44 and maker spaces from 13 to 38", quote) is None


def test_a_glossary_row_held_in_one_of_its_words_is_no_body_put_otherwise() -> None:
    from assistant.claims import body_swapped_en

    quote = "推进海丝博览会升格为国家级展会并永久落户广州。"
    assert body_swapped_en("the plan upgrades the maritime silk road expo to a national-level fair", quote) is None


def test_who_bears_a_duty_put_otherwise() -> None:
    from assistant.claims import leader_elsewhere

    quote = "按照“谁损坏,谁修复”原则,由造成绿地损坏的单位或个人承担修复责任。"
    assert leader_elsewhere("绿地损坏的修复责任由区政府承担", quote) is not None
    assert leader_elsewhere("绿地修复由造成损坏的单位或者个人承担", quote) is None  # the same, put otherwise


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("有篇文章说海珠要把公交专用道都取消，规划真的这样写吗？", True),  # who wrote it is no part of it
        ("有没有写到要建5个口袋公园？", True),  # a figure put, yes or no
        ("有没有写到要建几个口袋公园？", False),  # how many, asked
    ],
)
def test_an_article_and_a_figure_put_as_written_or_not(question: str, claim: bool) -> None:
    assert is_claim(question) is claim


def test_a_count_of_a_list_in_its_own_measure_word() -> None:
    from assistant.claims import counts_own_list, list_member_swapped, one_character_off

    claim = "规划以红星、蓝天、白云三家药厂为依托"
    quote = "以红星、蓝天、白云等三大药厂为依托,培育医药产业。"
    assert counts_own_list(claim, "三家", quote)
    assert list_member_swapped(claim, quote) is None
    assert one_character_off(claim, quote) is None  # (三家 for 三大: a count's measure word)
    assert one_character_off("规划以红星、蓝天、白云三家药厂为依托", "以红星、蓝天、白云等三家药店为依托") is not None


def test_a_quoted_name_is_no_word_of_the_claims() -> None:
    from assistant.claims import ban_unwritten, english_names_unknown

    quote = "以“珠事通”小程序为依托,统一全区移动政务服务入口。"
    assert not ban_unwritten("the plan makes the 'ban lai' mini-program the single gateway", quote)
    assert ban_unwritten("the plan bans e-bikes on the island", "规范电动自行车管理。")
    assert english_names_unknown("the plan makes the 'tong tong ban' mini-program the gateway") == ["tong tong ban"]
    assert english_names_unknown("the plan pushes 'smart haizhu' construction") == []  # the glossary's 智慧海珠


def test_a_laboratory_named_in_full_that_the_plan_never_names() -> None:
    from assistant.claims import body_name_unprinted_en

    asked = "Is it true that Pazhou Lab hosts a base of the Shenzhen Bay Laboratory?"
    assert body_name_unprinted_en(asked, "鹏城实验室广州基地 深圳") == ("Shenzhen Bay Laboratory", "实验室")


def test_a_code_is_held_by_the_clause_that_writes_it() -> None:
    from assistant.claims import clause_holding

    # (a clause that writes no code does not hold 5A, as a claim's figure it would: `figure_in`)
    assert clause_holding("5a", "打造示范区,推进“广州塔”5A景区创建") == "推进“广州塔”5a景区创建"


def test_an_english_claim_on_the_other_side() -> None:
    from assistant.claims import other_direction

    quote = "沿江西路北侧滨水步道打造夜景灯光带。"
    assert other_direction("the light strip runs along the south side of jiangxi road", quote)
    assert not other_direction("the light strip runs along the north side of jiangxi road", quote)
    assert not other_direction("the light strip runs along jiangxi west road", quote)  # (a road's name)


def test_an_english_claim_whose_named_place_and_thing_the_quote_lacks() -> None:
    from assistant.claims import proper_name_in, unconfirmed_rows_en

    quote = "坚持区内图书馆“一馆一特色”,打造15分钟文化圈。"
    unheld = unconfirmed_rows_en("the plan opens a flagship library in pazhou", quote)
    assert "pazhou" in unheld and "flagship" in unheld and "library" not in unheld
    assert unconfirmed_rows_en("the plan gives each library in haizhu a specialty", quote) == []  # (the frame)
    assert proper_name_in("pazhou", "Is it true the plan opens a library in Pazhou?")
    assert not proper_name_in("tech", "Tech people say the plan opens a library")  # (a sentence opens so)
    assert not proper_name_in("library", "a new library in Pazhou")


def test_a_change_by_a_figure_put_the_other_way() -> None:
    from assistant.claims import figure_direction_reversed

    quote = "累计一般公共预算收入达261.3亿元,年均增长0.7%。"
    assert figure_direction_reversed("revenue shrank by about 0.7% a year", ["0.7%"], quote) == ("shrank", "增长")
    assert figure_direction_reversed("一般公共预算收入年均下降0.7%", ["0.7%"], quote) == ("下降", "增长")
    assert figure_direction_reversed("revenue grew by about 0.7% a year", ["0.7%"], quote) is None
    assert figure_direction_reversed("revenue rose and then fell by 0.7%", ["0.7%"], quote) is None  # (both ways)
    # a share's change in percentage points is read as a percentage is
    points = "森林覆蓋率達30.5%,較2015年提高2.4個百分點。"
    assert figure_direction_reversed("森林覆盖率比2015年下降了2.4个百分点", ["2.4个"], points) == ("下降", "提高")
    assert figure_direction_reversed("forest cover fell 2.4 percentage points", ["2.4"], points) == ("fell", "提高")
    assert figure_direction_reversed("森林覆盖率比2015年提升了2.4个百分点", ["2.4个"], points) is None
    assert figure_direction_reversed("会员下降了2.4个", ["2.4个"], points) is None  # (a count, not points)


def test_an_english_ordinal_of_a_round_the_plan_numbers_otherwise() -> None:
    from assistant.claims import ordinal_off_en

    quote = "推进第四轮全国艾滋病综合防治示范区建设。"
    assert ordinal_off_en("the plan pushes the third round of the aids demonstration zone", quote) == (3, 4)
    assert ordinal_off_en("the plan pushes the 4th round of the aids demonstration zone", quote) is None
    assert ordinal_off_en("the third phase of the project", quote) is None  # (the quote numbers no phase)


def test_a_lead_or_a_first_claimed_at_another_reach() -> None:
    from assistant.claims import scope_swapped

    quote = "大力建设全国领先的智慧湿地,琶洲分中心被评为全国最具标准化管理政务服务大厅。"
    assert scope_swapped("要把湿地建成世界领先的智慧湿地", quote) == ("世界领先", "全国领先")
    assert scope_swapped("琶洲分中心被评为全省最具标准化管理的大厅", quote) == ("全省最具", "全国最具")
    assert scope_swapped("要建设全国领先的智慧湿地", quote) is None


def test_a_check_claimed_at_another_frequency() -> None:
    from assistant.claims import frequency_off

    quote = "开展规划实施年度监测分析、中期评估和总结评估。"
    assert frequency_off("the plan requires quarterly monitoring of how it is implemented", quote) == (
        "quarterly",
        "年度",
    )
    assert frequency_off("规划要求每月监测实施情况", quote) == ("每月", "年度")
    assert frequency_off("the plan requires annual monitoring of its implementation", quote) is None
    assert frequency_off("the plan holds a quarterly festival", quote) is None  # (no check on the plan)


def test_a_nautical_mile_is_another_unit_than_a_kilometre() -> None:
    assert unit_swapped("42海里", "打造42公里环岛黄金岸线") == "42公里"


def test_a_verb_jieba_holds_as_a_place_opens_no_name() -> None:
    import jieba.posseg as pseg

    from assistant.claims import named_places

    assert "新建住宅" not in named_places([(w, f) for w, f in pseg.lcut("以后新建住宅一律全装修交付")])


def test_two_words_of_one_sense_are_not_one_character_off() -> None:
    from assistant.claims import one_character_off

    quote = "力争培育辐射珠三角乃至华南地区的汽车消费市场"
    assert one_character_off("培育一个辐射珠三角甚至华南的汽车消费市场", quote) is None
    assert one_character_off("培育一个辐射长三角乃至华南的汽车消费市场", quote) is not None


@pytest.mark.parametrize(
    "question",
    [
        "琶洲政务服务分中心系咪被评为全省最具标准化管理政务服务大厅？",
        "琶洲实验室是不是由中山大学牵头？",
        "十三五期间落地的载体里,是不是有一个商汤创新产业园?",
        "广州文化馆系咪十三五期间已经起好开放咗?",
        "Yes or no: 1,584 drop-off points were upgraded in 2016-2020?",
        "Draft caption: 'Haizhu upgraded 1,584 drop-off points during the last plan period.' OK to publish?",
        "The plan commits Haizhu to the fourth round of the AIDS demonstration zone, yes?",
        "My notes say the federation leads the textile district's upgrade. Is that who the plan names?",
        "刷到个短视频说洲头咀抗英纪念碑写进了纲要，真有这事吗？",
    ],
)
def test_a_title_a_lead_or_a_detail_put_yes_or_no_is_a_claim(question: str) -> None:
    from assistant.claims import read_claim

    claim = read_claim(to_mandarin(question))
    assert claim is not None
    assert not claim.proposition.startswith(("刷到", "yes or no"))
    assert not claim.proposition.endswith("真")


def test_a_change_dated_by_two_years_the_plan_dates_otherwise() -> None:
    from assistant.claims import change_years_off

    quote = "地区生产总值从2015年的1405.4亿元增长到2020年的2086.93亿元。"
    assert change_years_off(("1405.4亿", "2016", "2086.93亿", "2020"), quote)
    assert not change_years_off(("1405.4亿", "2015", "2086.93亿", "2020"), quote)
    assert not change_years_off(("1405.4亿", "2016"), quote)  # (one year: `year_off` reads it)


def test_an_english_grade_or_count_in_words_put_yes_or_no_is_a_claim() -> None:
    from assistant.claims import read_claim

    assert read_claim("Is the district exploring a Grade II traditional Chinese medicine hospital?") is not None
    assert read_claim("Does the plan build five signature name cards?") is not None
    assert read_claim("Will the plan build new parks in the next five years?") is None


def test_a_currency_beside_a_sum_is_no_unknown_name() -> None:
    from assistant.claims import english_unknown_names

    asked = "Checking: output rose from RMB 20.19bn to RMB 50.205bn. OK?"
    assert english_unknown_names(asked, asked.lower(), "产值") == []
    digital = "Is it true the plan makes Pazhou a pilot zone for the digital RMB?"
    assert english_unknown_names(digital, digital.lower(), "琶洲") == ["RMB"]  # (a thing, not a sum's unit)


def test_a_name_whose_tail_the_quote_holds_under_another_head() -> None:
    from assistant.claims import name_head_swapped

    quote = "数字创意中心、讯飞A.I.创新产业园等载体成功落地"
    assert name_head_swapped("落地的载体里有一个星河a.i.创新产业园", quote, quote) == (
        "星河a.i.创新产业园",
        "讯飞a.i.创新产业园",
    )
    assert name_head_swapped("落地的载体里有一个讯飞a.i.创新产业园", quote, quote) is None
    assert name_head_swapped("我们的数字创意中心", quote, quote) is None  # (the asker's words, no name's head)


def test_a_class_of_firms_set_at_another_sum() -> None:
    from assistant.claims import threshold_off

    quote = "注册资本1亿元以上企业559家,纳税千万元以上企业37家"
    assert threshold_off("纳税亿元以上的企业有37家", quote) == ("亿元", "千万元")
    assert threshold_off("纳税千万元以上的企业有37家", quote) is None
    assert threshold_off("营收亿元以上的企业有37家", quote) is None  # (the quote sets no class by 营收)


def test_what_someone_told_us_and_whether_it_is_in_the_outline_is_a_claim() -> None:
    from assistant.claims import read_claim

    claim = read_claim("A consultant told us the plan sets up a free port in Pazhou. Is that in the outline?")
    assert claim is not None and claim.proposition.startswith("the plan sets up a free port")


def test_a_quoted_term_inside_a_reported_statement_keeps_what_is_said_of_it() -> None:
    from assistant.claims import proposition_of

    said = proposition_of(
        "My notes say the plan's 'ecological skeleton' has four parts: river, creeks, lakes and parks. Is that the full list?"
    )
    assert said == "the plan's 'ecological skeleton' has four parts: river, creeks, lakes and parks"
    # (a whole quoted statement with a question after it is still the statement alone)
    memo = "My boss is about to say: 'The plan commits Haizhu to building a new metro depot in the Pazhou zone.' Does that match?"
    assert proposition_of(memo) == "the plan commits haizhu to building a new metro depot in the pazhou zone"


def test_an_event_whose_subject_no_event_of_the_plan_has_is_never_printed(plan: Plan) -> None:
    from assistant.claims import event_name_unprinted_en

    text = normalize("\n".join(plan.source_lines))
    never = "Fact-check: Haizhu will bring the World Artificial Intelligence Conference to a permanent home in Pazhou."
    assert event_name_unprinted_en(never, text) == "World Artificial Intelligence Conference"
    assert event_name_unprinted_en(never.replace("Artificial Intelligence", "5G"), text) is None
    assert (
        event_name_unprinted_en(
            "Is it true the plan grows the Guangzhou International Investment Annual Conference?", text
        )
        is None
    )
    assert (
        event_name_unprinted_en("Is it true the plan backs the Haizhu Wetland International Music Festival?", text)
        is None
    )


def test_a_district_scheme_claimed_where_the_plan_names_the_citys_is_found() -> None:
    card = "率先落实广州市人才绿卡制度,累计发放人才绿卡198张。"
    claim = "haizhu created its own district-level talent green card and handed out 198 of them"
    assert level_elsewhere_en(claim, card) == ("区", "市")
    assert level_elsewhere_en(claim.replace("district-level", "city-level"), card) is None
    # (the city's people or its market are no level: 广州市民)
    assert level_elsewhere_en(claim, "为广州市民发放人才绿卡198张。") is None


def test_a_body_held_in_another_of_the_glossarys_words_for_it_is_not_elsewhere() -> None:
    from assistant.claims import body_elsewhere_en

    said = "倡导区内科研院所及高新技术企业研发部门积极承担军民融合相关重大科研项目"
    claim = "encourage local research institutes and high-tech firms' r&d units to take on major military-civilian integration research projects"
    assert body_elsewhere_en(claim, said) is None  # ("research institute" is 科研院所 as well as 研究院)


def test_a_topic_the_asker_points_at_is_no_word_of_the_claim(keyword_assistant: Assistant) -> None:
    answer = keyword_assistant.ask("區屬國企改革嗰part,綱要係咪有講要做國有資產清產核資?")
    assert answer.verdict == SUPPORTED
    # (jieba's 将村 of 「将村集体」 is no word standing where the plan has 农村)
    assert swapped_slot("要将村集体三资变成可视化的地理信息数据", "将农村集体“三资”转化为可视化地理信息数据") is None


def test_the_how_manieth_of_a_kind_at_a_reach_is_compared() -> None:
    from assistant.claims import kind_ordinal_off

    said = "全国第三家互联网法院、人工智能与数字经济广东省实验室(广州)先后落户;建成全国首个“无人值守”智慧政务服务驿站"
    assert kind_ordinal_off("落户琶洲那间互联网法院是全国第一间", said) == (1, 3)
    assert kind_ordinal_off("那间互联网法院是全国第三家", said) is None
    assert kind_ordinal_off("建成全国第二个无人值守智慧政务服务驿站", said) == (2, 1)
    assert kind_ordinal_off("建成全省首个无人值守智慧政务服务驿站", said) is None  # (another reach: not compared here)


def test_a_change_said_in_everyday_words_has_its_direction() -> None:
    from assistant.claims import direction_reversed, figure_direction_reversed

    said = "空气优良天数比例达89.3%,PM2.5平均浓度较2015年下降40%"
    claim = "海珠的pm2.5平均浓度比2015年高了40%"
    assert figure_direction_reversed(claim, ("2015年", "40%"), said) or direction_reversed(claim, said)
    assert not figure_direction_reversed("pm2.5平均浓度比2015年低了40%", ("2015年", "40%"), said)


def test_a_chain_of_stages_in_another_order_is_found() -> None:
    from assistant.claims import chain_order_off

    said = "进一步完善“众创空间—孵化器—加速器—科技园”创新创业载体服务体系"
    assert chain_order_off("创新创业载体链条：“孵化器—众创空间—加速器—科技园”", said) == (
        "孵化器—众创空间—加速器—科技园",
        "众创空间—孵化器—加速器—科技园",
    )
    assert chain_order_off("链条是“众创空间—孵化器—加速器—科技园”", said) is None


def test_a_pair_with_one_member_swapped_is_found() -> None:
    said = "依托中石油、中石化天然气总部项目,打造燃气供应业上下游产业链总部集聚地"
    assert list_member_swapped("规划是依托中海油、中石化的天然气总部项目来招商", said) == ("中海油", "中石油")
    assert list_member_swapped("规划是依托中石油、中石化的天然气总部项目来招商", said) is None


def test_a_district_the_plan_never_names_where_its_sentence_names_another_is_said_otherwise(
    keyword_assistant: Assistant,
) -> None:
    answer = keyword_assistant.ask("规划讲海珠要衔接黄埔区的海洋产业，推动向海协同发展，对吧？")
    assert answer.verdict == CONTRADICTED and "南沙" in answer.text


@pytest.mark.parametrize(
    ("question", "proposition"),
    [
        # who said it, in a chat group; the ask after it
        (
            "小区群里有人说：按十四五规划，家家户户都得备好应急物资，不备不行。真有这种硬性要求？",
            "按十四五规划,家家户户都得备好应急物资,不备不行",
        ),
        ("西部老城區啲舊工業遺產,規劃係打算推倒重建成新商業樓,真定假?", None),
        (
            "Claim from a tourism leaflet: the plan commits Haizhu to hosting an international wetland conference every year.",
            "the plan commits haizhu to hosting an international wetland conference every year",
        ),
    ],
)
def test_more_ways_a_check_is_asked(question: str, proposition: str | None) -> None:
    asked = to_mandarin(question)
    assert is_claim(asked)
    if proposition is not None:
        assert proposition_of(asked) == proposition


def test_what_is_required_in_everyday_words_is_a_mandate() -> None:
    from assistant.claims import mandate_claimed

    assert mandate_claimed("家家户户都得备好应急物资,不备不行")
    assert not mandate_claimed("专项规划都得跟这份纲要衔接好")
    assert mandate_claimed("这是硬性要求")
    assert not mandate_claimed("我们都得到了补贴")
    assert not mandate_claimed("不得不说规划写得很细")


def test_the_asker_pointing_at_named_things_claims_no_figure() -> None:
    claim = read_claim("丽影、乐峰这两个老广场以后会不会改造？我记得规划把它们跟江南西商圈放一起讲转型，对不？")
    assert claim is not None and claim.figures == ()


def test_a_duration_is_not_the_same_number_in_another_unit() -> None:
    assert unit_swapped("30分钟", "面积30平方公里,整体定位为…") is None
    assert unit_swapped("30公顷", "面积30平方公里") == "30平方公里"


def test_a_level_said_of_the_thing_as_one_is_the_things_level() -> None:
    claim = "the ai industrial park that the plan wants to build up in haizhu is a national-level one"
    assert level_elsewhere_en(claim, "推进省级人工智能产业园建设,以行业领军企业为核心") == ("国", "省")


def test_how_often_is_no_claim_of_all() -> None:
    said = "重点推进湿地品质提升,加强湿地各期的道路连通性"
    assert scope_overstated("the plan commits haizhu to hosting a wetland festival every year", said) is None
    assert scope_overstated("the plan upgrades every wetland", said) == "重点"


def test_a_quoted_name_joining_two_words_is_a_name() -> None:
    from assistant.claims import quoted_names_unprinted

    plan = "推动完善河长制、湖长制与网格化治水机制,协调推进“广州塔·珠江黄金水段”5A景区创建"
    assert quoted_names_unprinted("纲要治水部分提了要推行“河长+警长”联动机制", plan) == ["河长+警长"]
    assert quoted_names_unprinted("协调推进“广州塔·珠江黄金水段”创建", plan) == []


def test_a_thing_the_plan_sets_out_to_finish_claimed_done_is_a_task(keyword_assistant: Assistant) -> None:
    from assistant.claims import task_taken_for_done

    said = "依托中国进出口商品交易会,加快建成中国进出口商品交易会四期"
    # (广交会 is the glossary's everyday name for the plan's 中国进出口商品交易会; 加快建成 is to do)
    assert task_taken_for_done("广交会四期在十三五期间已经建成投用", [(said, False)]) == "中国进出口商品交易会四期"
    assert task_taken_for_done("广交会四期在十三五期间已经建成投用", [("中国进出口商品交易会四期已建成", True)]) is None
    answer = keyword_assistant.ask("同事話廣交會四期喺「十三五」期間已經建成投用,綱要係咪咁講?")
    assert answer.verdict == CONTRADICTED


def test_whether_the_plan_really_has_a_sentence_is_a_check() -> None:
    question = "规划里是不是真有一句要推进“上云用数赋智”行动？我要写进企业数字化转型的宣讲稿"
    assert is_claim(question)


def test_first_at_one_reach_is_not_first_at_another() -> None:
    from assistant.claims import reach_off

    said = "区检察院在全省率先实行“双员互聘”"
    assert reach_off("海珠区检察院是全国第一个搞“双员互聘”的", said) == ("nation", "province")
    assert reach_off("海珠区检察院是全省第一个搞“双员互聘”的", said) is None


def test_a_sum_in_another_currency_is_the_same_number_in_another_unit() -> None:
    from assistant.claims import figure_in

    assert figures_of("合同投资额有163.01亿美元") == ("163.01亿美元",)
    assert not figure_in("163.01亿美元", "合同投资额163.01亿元")
    assert unit_swapped("163.01亿美元", "合同投资额163.01亿元") == "163.01亿元"


def test_a_body_jieba_cuts_apart_is_read_by_how_it_ends() -> None:
    from assistant.claims import body_swapped

    said = "劳动人事争议调解成功率超80%,区劳动人事争议仲裁院荣获“全国人力资源社会保障系统2017—2019年度优质服务窗口”。"
    claim = "拿到「全国人力资源社会保障系统2017—2019年度优质服务窗口」的是区人民法院"
    assert body_swapped(claim, said) == ("人民法院", "劳动人事争议仲裁院")


def test_a_word_joined_by_a_dash_to_the_next_qualifies_it() -> None:
    plan = "充分利用广州大学城高校科研资源优势,打造一批校地协同创新标杆项目。"
    assert english_unprinted("the plan wants to create flagship university–locality innovation projects", plan) == []


def test_a_place_named_in_another_sentence_of_the_quote_is_not_the_claims() -> None:
    from assistant.claims import place_unquoted_en

    question = (
        "Claim to verify: the plan wants the Pazhou zone to tap the research resources of Guangzhou Science City"
        " to create flagship university–locality innovation projects."
    )
    said = "学习借鉴广州科学城等地的先进经验。充分利用广州大学城高校科研资源优势,打造一批校地协同创新标杆项目。"
    claim = proposition_of(question)
    assert claim.startswith("the plan wants the pazhou zone to tap")
    assert place_unquoted_en(claim, question, said) == ("guangzhou science city", ("广州科学城",))
    assert place_unquoted_en(claim, question, said.replace("广州大学城", "广州科学城")) is None


def test_a_quoted_name_going_on_otherwise_is_no_name_one_character_off() -> None:
    from assistant.claims import one_character_off

    assert one_character_off("规划提出每年举办一届“海珠国际湿地论坛”", "推进海珠国家湿地公园建设") is None
    said = "扎实推进海珠桥南广场等珠江南岸滨水地带品质提升工程"
    assert one_character_off("推进“海印桥南广场”品质提升", said) == ("推进海印桥", "推进海珠桥")


@pytest.mark.parametrize(
    ("question", "proposition"),
    [
        ("我们做制衣的，边角布碎一直头疼。规划里有没有提到工业布碎要分流处置？", "工业布碎要分流处置"),
        (
            "I'm told the plan includes a quality-upgrade project for the south-bank waterfront. Is that accurate?",
            "the plan includes a quality-upgrade project for the south-bank waterfront",
        ),
    ],
)
def test_a_check_asked_after_the_askers_own_sentence(question: str, proposition: str) -> None:
    assert is_claim(question)
    assert proposition_of(question) == proposition


def test_a_claim_of_done_the_review_says_otherwise_gets_the_task_ahead(keyword_assistant: Assistant) -> None:
    answer = keyword_assistant.ask("地铁12号线在十三五期间已经开通运营了，纲要是这么写的吗？")
    assert answer.verdict == CONTRADICTED
    keys = [(c.chapter_no, c.section_no) for c in answer.citations]
    assert keys[0] == (1, 1)  # the review: 12號線 was begun (開工建設), not opened
    assert (8, 2) in keys  # the plan's task ahead: 繼續推進…12號…線
    assert "繼續推進" in answer.citations[keys.index((8, 2))].quote


def test_a_claim_of_done_the_review_bears_out_gets_no_task_ahead(keyword_assistant: Assistant) -> None:
    answer = keyword_assistant.ask("地铁8号线北延段在十三五期间已经开通运营了，对吗？")
    assert answer.verdict == SUPPORTED
    assert all((c.chapter_no, c.section_no) == (1, 1) for c in answer.citations)


def test_a_listed_thing_the_quote_has_begun_is_not_open() -> None:
    from assistant.claims import stage_behind

    quote = "地铁广佛线(燕岗至沥滘)、8号线北延段开通运营,广佛环线、穗莞深城际琶洲支线开工建设。"
    assert stage_behind("广佛环线已经开通运营了", quote) == "广佛环线"
    assert stage_behind("穗莞深城际琶洲支线早就通车", quote) == "穗莞深城际琶洲支线"
    assert stage_behind("广佛线已经开通运营了", quote) is None  # (the quote says that one opened)


def test_mu_is_a_unit_of_its_own() -> None:
    from assistant.claims import unit_swapped

    assert figures_of("据说实物储备有6.1万亩") == ("6.1万亩",)
    assert unit_swapped("6.1万亩", "实现红线储备约96万平方米、实物储备6.1万平方米") is not None


def test_a_verb_with_its_direction_is_the_quotes_verb() -> None:
    from assistant.claims import unconfirmed_words

    quote = "推进“三线一单”与城市总体规划、土地利用规划等各项规划相衔接。"
    assert "衔接起来" not in unconfirmed_words("纲要要求把三线一单同城市总体规划衔接起来", quote)


def test_an_english_first_in_the_whole_country_is_a_reach() -> None:
    from assistant.claims import reach_off

    quote = "为湾区居民提供全省首个湾区层面的跨城通办便民服务。"
    assert reach_off("the centre offered the first cross-city service in the whole country", quote) == (
        "nation",
        "province",
    )
    assert reach_off("the centre offered the province's first cross-city service", quote) is None


def test_a_rise_to_the_last_periods_end_year_is_no_target() -> None:
    from assistant.claims import is_target_sentence

    assert not is_target_sentence("地区生产总值从2015年的1405.4亿元增长到2020年的2086.93亿元")
    assert is_target_sentence("到2025年,地区生产总值达到3000亿元")


@pytest.mark.parametrize(
    "question",
    [
        "听讲海珠湿地面积有1100公顷，系咪真？",
        "是非題：綱要提到海珠濕地面積約1100公頃。",
        "网上有篇文章《海珠五年建成十座公园》，规划里真有这个目标吗？",
    ],
)
def test_is_it_true_said_shortly_or_as_a_quiz_is_a_claim(question: str) -> None:
    from assistant.claims import read_claim

    claim = read_claim(to_mandarin(question))
    assert claim is not None and not claim.proposition.startswith("是非")


def test_a_title_the_plan_never_gives_is_unprinted() -> None:
    from assistant.claims import designation_unprinted

    plan = normalize("加強生態文明建設。爭創國家級全域旅游示范區。推動琶洲人工智能與數字經濟試驗區建設。")
    assert designation_unprinted("海珠要争创国家生态文明建设示范区", plan) == "国家生态文明建设示范区"
    assert designation_unprinted("海珠要争创省级全域旅游示范区", plan) is None  # (at another level: said otherwise)
    assert designation_unprinted("琶洲要建成人工智能与数字经济示范区", plan) is None  # (another kind of the same name)


def test_a_thing_put_at_another_tier_is_said_otherwise() -> None:
    from assistant.claims import tier_swapped

    quote = "健全未成年人保护与服务体系,设立街道未成年人保护工作站。"
    assert tier_swapped("每个社区居委都要设一个未成年人保护工作站", quote) == ("community", "street")
    assert tier_swapped("要设立街道未成年人保护工作站", quote) is None
    assert tier_swapped("海珠要建未成年人保护工作站", quote) is None  # (no tier claimed)


def test_an_english_title_the_plan_never_gives_is_unprinted() -> None:
    from assistant.claims import designation_unprinted_en

    plan = normalize("落實食品安全屬地管理責任。爭創國家級全域旅游示范區。")
    found = designation_unprinted_en("haizhu will win the 'national food safety demonstration city' title", plan)
    assert found == "national food safety demonstration city"
    assert (
        designation_unprinted_en("haizhu aims to be a 'national all-for-one tourism demonstration zone'", plan) is None
    )


def test_an_english_level_another_sentence_writes_for_the_same_thing() -> None:
    from assistant.claims import level_elsewhere_en, level_held_en

    claim = "haizhu aims to become a 'national all-for-one tourism demonstration zone'"
    review = "成功創建省級全域旅游示范區、中國(廣州)超高清視頻創新產業示范園區"
    target = "推動景點旅游向全域旅游跨越,爭創國家級全域旅游示范區。"
    assert level_elsewhere_en(claim, review) is not None
    assert level_held_en(claim, target) and not level_held_en(claim, review)
    assert not level_held_en(claim, "國家支持深圳中國特色社會主義先行示范區建設")  # (a 示范区 of another thing)


def test_a_share_bounded_in_tenths_is_read_against_the_plans_figure() -> None:
    from assistant.claims import tenths_off

    quote = "五大主导产业增加值占地区生产总值比重达48.7%。"
    assert tenths_off("五大主导产业增加值占比已经超过五成", quote) == ("50%", "48.7%")
    assert tenths_off("五大主导产业增加值占比超过四成", quote) is None
    assert tenths_off("五大主导产业增加值占比不到四成", quote) == ("40%", "48.7%")
    assert tenths_off("新能源汽车占比超过五成", quote) is None  # (a share of another thing)


def test_a_name_given_at_another_level_than_the_plans() -> None:
    from assistant.claims import level_named_otherwise

    plan = normalize("用好國家新一代人工智能創新發展試驗區品牌效應。推進省級人工智能產業園建設。")
    assert level_named_otherwise("用好省级新一代人工智能创新发展试验区这块牌子", plan) == (
        "省级新一代人工智能创新发展试验区",
        "国家新一代人工智能创新发展试验区",
    )
    assert level_named_otherwise("要打造国家级人工智能产业园", plan) == ("国家级人工智能产业园", "省级人工智能产业园")
    assert level_named_otherwise("推进省人工智能产业园建设", plan) is None  # (省 is 省级)


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("区里要给每个社区配一名专职调解员——这个说法站得住吗？", "区里要给每个社区配一名专职调解员"),
        ("海珠要建三座跨江步行桥。这是我从邻居那里听来的，纲要有没有记载可以印证？", "海珠要建三座跨江步行桥"),
        ("帮我看下呢段有冇问题：规划要求每条街道都设一个青年驿站。", "规划要求每条街道都设一个青年驿站"),
        ("“海珠要在十四五期间建成五座智慧公园”——这句是不是纲要里的？", "海珠要在十四五期间建成五座智慧公园"),
        (
            "The district will open four new public libraries in Pazhou by 2025. I'm putting that in a newsletter. Green light?",
            "the district will open four new public libraries in pazhou by 2025",
        ),
        (
            "For my essay I'm writing that the plan caps class sizes at 40 pupils in every primary school. Safe to cite?",
            "the plan caps class sizes at 40 pupils in every primary school",
        ),
        (
            "Testing claim: 'The plan's skate park will be built on Ersha Island.' Verdict please.",
            "the plan's skate park",
        ),
    ],
)
def test_a_statement_first_and_its_check_asked_after_is_a_claim(question: str, stated: str) -> None:
    from assistant.claims import read_claim

    claim = read_claim(to_mandarin(question))
    assert claim is not None and claim.proposition.startswith(stated)
    assert "verdict" not in claim.proposition and "站得住" not in claim.proposition


def test_a_question_that_asks_what_after_a_sentence_is_no_claim() -> None:
    from assistant.claims import read_claim

    assert read_claim("我家在琶洲。规划里琶洲的面积是多少？") is None
    assert read_claim("I live near Canton Tower. What does the plan say about the tower area?") is None
