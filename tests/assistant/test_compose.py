"""Composition rules that choose what an answer quotes: a list brings every item of the plan's
enumeration, a "why" brings the plan's stated reason, and "why" about a 專欄 is not answered with
where the table sits. Keyword-only search over the real plan; questions written for these tests."""

from __future__ import annotations

import pytest

from assistant.compose import OVERVIEW_CHARS, _cut_across, _with_shared_head, _written_in, asks_places
from assistant.conversation import Turn
from assistant.service import Assistant
from corpus.chunk import chunk_plan
from corpus.models import Plan
from corpus.text import normalize, to_traditional
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


def test_what_else_a_section_says_quotes_each_paragraph_beyond_its_lead(keyword_assistant: Assistant) -> None:
    history = [
        Turn("user", "规划对大气污染防治有什么要求？"),
        Turn("assistant", "据纲要第九章第二节「严格执行污染防治」，要以细颗粒物和臭氧协同控制为目标"),
    ]
    answer = keyword_assistant.ask("這一節還講了什麼？", history)
    assert {(c.chapter_no, c.section_no) for c in answer.citations} == {(9, 2)}
    # every paragraph is quoted with what it says, not just its lead phrase (「持續優化水環境質量。」)
    assert all(c.quote.count("。") >= 2 for c in answer.citations)
    assert sum(len(c.quote) for c in answer.citations) <= OVERVIEW_CHARS + 200


def test_an_english_question_on_a_tables_contents_is_refused_its_title_answered(keyword_assistant: Assistant) -> None:
    about = "In the plan's table of sub-district orientations for the Zhongda innovation valley (中大國際創新生態谷)"
    contents = keyword_assistant.ask(f"{about}, what orientation is given for 新港街?")
    title = keyword_assistant.ask(f"{about}, what is the table called?")
    assert contents.refused and "專欄4" in contents.text
    assert not title.refused and "專欄4" in title.text


def test_a_count_in_another_measure_word_answers_the_question(keyword_assistant: Assistant) -> None:
    answer = keyword_assistant.ask("十三五期间全区一共有多少座老旧小区完成了微改造？")
    assert not answer.refused and "60个老旧小区" in answer.text.splitlines()[0]


def test_a_follow_up_asking_which_year_is_refused_when_only_the_earlier_topic_has_a_year(
    keyword_assistant: Assistant,
) -> None:
    history = [Turn("user", "海珠的轨道交通有什么规划？"), Turn("assistant", "纲要提出加快推进轨道交通建设")]
    answer = keyword_assistant.ask("那广佛环线哪一年通车？", history)
    assert answer.refused and "沒有給出具體時間" in to_traditional(answer.text)


def test_the_sentence_that_carries_on_from_the_best_one_joins_the_answer(keyword_assistant: Assistant) -> None:
    answer = keyword_assistant.ask("中大纺织商圈要怎么转型？")
    text = normalize(answer.text)
    # 「依托服装、布料产业基础…」 is followed by what it builds: 「…快反工厂、共享工厂和透明工厂…」
    assert "引进时尚产业资源" in text and "快反工厂" in text
    assert {(c.chapter_no, c.section_no) for c in answer.citations} == {(2, 2)}


@pytest.mark.parametrize("question", ["规划有没有说要在海珠建赛车场或者滑雪场？", "坐船过江有没有船票优惠？"])
def test_whether_the_plan_has_a_thing_it_never_names_is_answered_plainly(
    keyword_assistant: Assistant, question: str
) -> None:
    answer = keyword_assistant.ask(question)
    assert answer.refused and answer.text.startswith("纲要没有提到") and "相关内容最接近的是" in answer.text


def test_a_change_is_compared_by_both_its_ends() -> None:
    from assistant.compose import _from_to

    assert _from_to("40家", "甲类园区由10家增长至40家,乙类由5家增长至25家") == "由10家增长至40家"
    assert _from_to("25家", "甲类园区由10家增长至40家,乙类由5家增长至25家") == "由5家增长至25家"
    assert _from_to("30平方公里", "面积30平方公里") == "30平方公里"


def test_amounts_in_words_are_compared_by_value() -> None:
    from assistant.claims import value_range
    from assistant.compose import _order

    def order(a: str, b: str) -> int | None:
        ra, rb = value_range(a), value_range(b)
        assert ra is not None and rb is not None
        return _order(ra, rb)

    assert order("十八条", "十条") == 1 and order("六项", "129项") == -1 and order("3家", "三家") == 0
    # 两千多 is between 2000 and 3000: above 2000, below 3000, and not comparable with 2500
    assert order("两千多种", "2000种") == 1 and order("3000种", "两千多种") == 1
    assert order("两千多种", "2500种") is None and order("两千多种", "两千多种") is None


def test_a_comparison_of_counts_written_in_words_answers(keyword_assistant: Assistant) -> None:
    """A side whose figure is written in words (十八条) is compared, not a crash."""
    answer = keyword_assistant.ask("十八条和十条分别是什么？哪个条数多？")
    assert not answer.refused and "前者较大" in answer.text.splitlines()[0]


def test_a_figure_in_a_sentence_about_something_else_does_not_answer(keyword_assistant: Assistant) -> None:
    """A growth rate asked of a thing the plan names without a figure: the 6 % of GDP in the
    same 節 is not its answer."""
    answer = keyword_assistant.ask("十四五期间夜间经济年均增速目标是多少？")
    assert answer.refused and "没有给出具体数字" in answer.text
    assert not answer.text.startswith("纲要写明")


def test_a_later_parts_quote_already_shown_whole_is_not_repeated(assistant: Assistant) -> None:
    """Both sides of a comparison find the same review sentence, one side inside its paragraph:
    it is shown once."""
    answer = assistant.ask("城镇生活污水处理率2025年目标，比十三五末高多少？")
    quotes = [c.quote for c in answer.citations]
    assert quotes and not any(a != b and a in b for a in quotes for b in quotes)  # no quote inside another
    assert "97%" in answer.text  # the level reached is still quoted


def test_what_lies_ahead_is_not_answered_from_the_review_alone(assistant: Assistant) -> None:
    """「今後有什麼要求」 of a scheme the review reports on: the 節 that sets its course is quoted."""
    answer = assistant.ask("人才安居计划今后有什么要求")
    assert any((c.chapter_no, c.section_no) != (1, 1) for c in answer.citations)


def test_a_budget_asked_is_not_answered_by_another_figure_of_the_project(keyword_assistant: Assistant) -> None:
    """The plan names the 500 kV project (its voltage is a number) but gives no budget."""
    answer = keyword_assistant.ask("500千伏海珠输变电工程要花多少亿元？")
    assert answer.refused and not answer.text.startswith("纲要写明")


def test_a_street_asked_of_a_thing_the_plan_places_nowhere_is_not_answered(keyword_assistant: Assistant) -> None:
    answer = keyword_assistant.ask("国际湿地馆会建在哪条路上？")
    assert answer.refused and "没有给出具体地点" in answer.text
    named = keyword_assistant.ask("那条1314幸福线沿着哪条路走？")  # the plan names the road
    assert not named.refused and "阅江西路" in named.text


def test_the_pieces_of_a_plan_period_are_not_what_a_question_is_about(keyword_assistant: Assistant) -> None:
    """「十四五」 is searched as 十四 and 四五 too; neither is the subject a figure must be about."""
    question = "十四五期间养老床位打算再加多少张？"
    subject = keyword_assistant.composer.subject_terms(keyword_assistant.search.search(question))
    assert subject and not {"十四", "四五", "十四五"} & set(subject)


def test_a_quoted_phrase_asked_for_by_kind_is_listed_from_every_place(keyword_assistant: Assistant) -> None:
    """「“15分钟”…分别是哪几类」: the quoted phrase comes before what is asked; every 節 that has
    it is quoted."""
    answer = keyword_assistant.ask("纲要里那些“15分钟”的圈，分别是哪几类？")
    sections = {(c.chapter_no, c.section_no) for c in answer.citations}
    assert {(10, 3), (12, 2)} <= sections


def test_conditions_asked_of_a_thing_the_plan_gives_none_for_are_not_answered(keyword_assistant: Assistant) -> None:
    answer = keyword_assistant.ask("想申请“梦想·家”人才公寓，要什么条件？")
    assert answer.refused and "没有给出具体条件或办理方式" in answer.text
    stated = keyword_assistant.ask("企业要符合什么条件才能获得人才职称评审权？")  # the plan says which
    assert not stated.refused and "头部企业" in stated.text


def test_a_figure_of_one_thing_is_not_answered_by_the_same_measure_of_another(keyword_assistant: Assistant) -> None:
    """The plan counts 养老床位 and names the tunnel, but gives the tunnel no lanes and no year."""
    assert keyword_assistant.ask("海珠湾隧道设计车道是多少条？").refused
    assert keyword_assistant.ask("海珠湾隧道何年通车？").refused


def test_a_question_typed_in_cantonese_is_answered_in_its_own_words(keyword_assistant: Assistant) -> None:
    answer = keyword_assistant.ask("海珠濕地徒步大會呢啲精品活動辦咗幾多項？")
    assert not answer.refused and answer.text.startswith("綱要寫明") and "25項" in answer.text
    assert answer.question == "海珠濕地徒步大會呢啲精品活動辦咗幾多項？"  # as asked, not as read


def test_a_part_named_by_its_topic_is_answered_from_that_part(keyword_assistant: Assistant) -> None:
    """Football is in the culture chapter (足球之鄉) and in the sports section: the asker says which."""
    answer = keyword_assistant.ask("体育那一节怎么讲足球？")
    assert {(c.chapter_no, c.section_no) for c in answer.citations} == {(12, 4)}


def test_what_a_body_takes_on_is_not_asked_who_takes_it_on(keyword_assistant: Assistant) -> None:
    from assistant.extractive import question_kind

    assert question_kind("琶洲实验室在类脑智能方向承担什么任务？") != "ownership"
    assert question_kind("这项工作由哪个部门承担？") == "ownership"


def test_a_figure_asked_is_found_in_words_and_under_the_plans_word(keyword_assistant: Assistant) -> None:
    ordinal = keyword_assistant.ask("广州互联网法院在全国排第几家？")
    assert not ordinal.refused and "第三家" in ordinal.text.splitlines()[0]
    shows = keyword_assistant.ask("琶洲展览一年多少场？")  # the plan says 展會
    assert not shows.refused and "200场次" in shows.text.splitlines()[0]


def test_each_side_of_a_comparison_is_its_own_subject(keyword_assistant: Assistant) -> None:
    """「西边那个…」 names the second side; it does not point back at the first."""
    answer = keyword_assistant.ask("琶洲试验区和西边那个文商旅融合圈，哪个大？")
    assert {(2, 1), (2, 3)} <= {(c.chapter_no, c.section_no) for c in answer.citations}


def test_the_places_the_plan_speaks_of_a_thing_are_each_quoted(keyword_assistant: Assistant) -> None:
    answer = keyword_assistant.ask("琶洲港澳客运口岸在规划里出现在哪几处？各自怎么说？")
    cited = {(c.chapter_no, c.section_no) for c in answer.citations}
    assert {(4, 3), (7, 1)} <= cited and all("口岸" in c.quote for c in answer.citations)
    # 自动驾驶 is in one place: 自动 alone (自动体外除颤器) is not what is asked about
    single = keyword_assistant.ask("自动驾驶在规划里出现在哪几处？")
    assert all("自动驾驶" in normalize(c.quote) for c in single.citations)


def test_places_that_own_what_is_asked_are_not_where_the_plan_speaks_of_it() -> None:
    assert asks_places("这个提法在规划里出现在哪两处？") and asks_places("琶洲在哪两个地方提到？")
    assert not asks_places("夜间经济要依托哪两个地方的品牌优势？")
    assert not asks_places("扶贫协作的是贵州哪两个地方？")  # localities, not places in the plan
    assert asks_places("海珠湿地在规划里两个地方都有讲，分别讲什么？")


@pytest.mark.parametrize(
    ("question", "frame"),
    [
        ("2025年人均公园绿地面积的目标是多少？", "2025"),  # a year is when, not what about
        ("海珠湾隧道到底哪年通车？", "到底"),  # a filler word
    ],
)
def test_what_frames_a_question_is_not_what_it_is_about(
    keyword_assistant: Assistant, question: str, frame: str
) -> None:
    subject = keyword_assistant.composer.subject_terms(keyword_assistant.search.search(question))
    assert subject and frame not in subject


def test_the_size_of_a_thing_asked_of_the_thing_itself_is_answered(keyword_assistant: Assistant) -> None:
    """「试验区有多大」: 试验区 is the thing, not a measure of something else."""
    answer = keyword_assistant.ask("中大那个创新生态谷有多大？")
    assert not answer.refused and "36.8平方公里" in answer.text


def test_a_part_named_in_the_last_answer_does_not_hold_the_next_answer_there(assistant: Assistant) -> None:
    """The last answer cites 第二章引言; the follow-up asks the size, which the 節 itself gives."""
    history = (
        Turn("user", "一区一谷一圈里的“一谷”是什么？"),
        Turn("assistant", "“一谷”指中大国际创新生态谷（第二章引言）。"),
    )
    answer = assistant.ask("那它面积多大？", history)
    assert "36.8平方公里" in answer.text


def test_where_a_facility_the_plan_never_names_is_to_be_built_is_refused(keyword_assistant: Assistant) -> None:
    """The plan treats household waste but never names an incinerator: neither where one goes nor
    whether there is one is answered with a waste-sorting paragraph."""
    for question in (
        "海珠的垃圾焚烧厂要建在哪里？",
        "规划有没有讲在海珠建垃圾焚烧厂？",
        "規劃有冇講喺海珠起垃圾焚燒廠?",
    ):
        answer = keyword_assistant.ask(question)
        assert answer.refused and "焚" in answer.text.splitlines()[0], question


def test_a_price_the_plan_never_gives_is_refused(keyword_assistant: Assistant) -> None:
    for question in ("以后坐地铁的票价会调整吗？", "广州塔门票会不会降价？"):
        assert keyword_assistant.ask(question).refused, question


def test_who_holds_an_office_is_not_in_a_plan(keyword_assistant: Assistant) -> None:
    answer = keyword_assistant.ask("海珠区的区委书记是谁？")
    assert answer.refused and "姓名" in answer.text.splitlines()[0]


def test_a_past_level_asked_as_what_it_was_comes_from_the_review(keyword_assistant: Assistant) -> None:
    """「原来」 asks for the level the last period reached, and a later part for the target."""
    text = to_traditional(keyword_assistant.ask("人均寿命原来是多少岁，2025年要达到多少？").text)
    assert "83.02歲" in text and "83.12歲" in text


def test_an_english_question_the_plan_does_not_answer_is_told_so_in_english(assistant: Assistant) -> None:
    answer = assistant.ask("What absolute GDP figure in yuan does the plan set for the district in 2025?")
    assert answer.refused and answer.text.startswith("The plan gives no such figure for the years ahead")
    assert "2086.93" in answer.text  # the past figure the plan does give, quoted


def test_a_past_side_is_not_answered_by_a_target(assistant: Assistant) -> None:
    """Asked for the share of good-air days reached and the target, each side gets its own figure."""
    text = assistant.ask(
        "How does the share of good-air-quality days reached by the end of the 13th Five-Year Plan compare "
        "with the 2025 target?"
    ).text
    assert "兩者相同" not in text and "89.3%" in text and "86%" in text


def test_what_was_done_in_the_last_period_is_read_from_the_review(assistant: Assistant) -> None:
    """A past question is answered by what the review reports, not by the task the plan sets now,
    and not by the review's opening lines that only name the period."""
    text = to_traditional(assistant.ask("首席服务官制度在十三五得到过什么肯定？").text)
    assert "民營經濟十條" in text
    mileage = to_traditional(assistant.ask("十三五期间环岛路打通了多长？").text)
    assert "24.9公里" in mileage


def test_a_target_claimed_as_done_is_contradicted_by_where_the_plan_sets_it(assistant: Assistant) -> None:
    answer = assistant.ask("十三五期间海珠已经建成了42.4公里环岛路，对吗？")
    assert answer.verdict == "contradicted" and not answer.refused
    assert "42.4公里" in answer.text and "目標" in to_traditional(answer.text.splitlines()[0])


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "规划提出要争创省级全域旅游示范区，是真的吗？",
        "Is it right that the plan's new goal is to become a provincial-level all-for-one tourism demonstration zone?",
    ],
)
def test_a_goal_claimed_at_the_level_the_plan_reports_as_done_is_contradicted(
    assistant: Assistant, question: str
) -> None:
    """The plan reports 省级 as done in the review and aims at 国家级: the claim's 省级 goal is not the plan's."""
    answer = assistant.ask(question)
    assert answer.verdict == "contradicted" and not answer.refused


def test_a_list_without_a_total_answers_how_many_and_which(keyword_assistant: Assistant) -> None:
    """The plan names the six 名片 without a count question's figure: the names answer it."""
    answer = keyword_assistant.ask("规划提了几个“名片”？都是哪些？")
    assert not answer.refused and "六大名片" in answer.text


@pytest.mark.parametrize("question", ["每年要提升打造多少条品质路？", "要打通几条断头路？是哪几条？"])
def test_a_count_the_plan_leaves_open_is_not_answered(keyword_assistant: Assistant, question: str) -> None:
    """「提升打造一批品质路」, 「打通断头路」: the plan gives neither how many nor which."""
    answer = keyword_assistant.ask(question)
    assert answer.refused and "具体数字" in normalize(answer.text)


def test_a_question_opening_with_a_rhetorical_not_is_about_what_it_counts(keyword_assistant: Assistant) -> None:
    answer = keyword_assistant.ask("海珠不是搞养老嘛，十三五末每千名老人有多少张养老床位？")
    assert not answer.refused and "35.3张" in answer.text


@pytest.mark.slow
def test_an_english_count_the_plan_never_gives_is_refused(assistant: Assistant) -> None:
    """「全面推进智慧灯杆…建设」 gives no number of lamp posts; the counts beside it count other things."""
    answer = assistant.ask("How many smart lamp posts will the plan add in Haizhu?")
    assert answer.refused and answer.text.startswith("The plan mentions this")


@pytest.mark.parametrize(
    "question",
    ["旧街区改造五年48个，那48个旧街区具体是哪些街区?", "離境退稅商店具體要開喺邊幾個商場？"],
)
def test_which_ones_exactly_of_things_the_plan_only_counts_is_refused(
    keyword_assistant: Assistant, question: str
) -> None:
    """「旧街区改造…五年48个」, 「在各高端商业综合体建设一批离境退税商店」: counted or left open, never named."""
    answer = keyword_assistant.ask(question)
    assert answer.refused and "具体名称" in normalize(answer.text)


def test_which_ones_exactly_is_answered_when_the_plan_names_them(keyword_assistant: Assistant) -> None:
    answer = keyword_assistant.ask("红色纪念设施具体要保护哪几处故居？")
    assert not answer.refused and "卫国尧故居" in normalize(answer.text)


@pytest.mark.slow
def test_an_english_which_exactly_of_unnamed_things_is_refused(assistant: Assistant) -> None:
    """「每年建设新增一批小公园」 names no park."""
    answer = assistant.ask("Which parks exactly will be added each year?")
    assert answer.refused and answer.text.startswith("The plan mentions this") and "no names" in answer.text


def test_a_section_follow_up_about_two_things_quotes_both(keyword_assistant: Assistant) -> None:
    """「这一节对A和B怎么说」: the sentence naming most of the words, and the one naming what it leaves out."""
    history = [
        Turn("user", "医疗方面有什么规划？"),
        Turn("assistant", "据纲要第十二章第二节「大力推动健康海珠建设」：…"),
    ]
    text = normalize(keyword_assistant.ask("那这一节对互联网医院、远程医疗和职业病防治又怎么说？", history).text)
    assert "远程医疗" in text and "职业病防治" in text


@pytest.mark.slow
@pytest.mark.parametrize(
    "follow_up",
    ["同一節有沒有提到退休長者進修？", "Does that same section say anything about classes for retired people?"],
)
def test_a_section_follow_up_in_other_words_than_the_plans_quotes_what_it_means(
    assistant: Assistant, follow_up: str
) -> None:
    """No sentence of 12.3 writes 退休, 長者 or 進修: the one nearest in meaning (老年教育) is quoted,
    not an overview of the 節."""
    history = [
        Turn("user", "學前教育有甚麼安排？"),
        Turn("assistant", "第十二章第三節提到促進學前教育普及普惠發展，增加公辦幼兒園學位。"),
    ]
    answer = assistant.ask(follow_up, history)
    assert {(c.chapter_no, c.section_no) for c in answer.citations} == {(12, 3)}
    assert "老年教育" in answer.text and "集團化提升存量" not in answer.text


def test_a_bare_second_side_takes_what_the_first_side_is_of() -> None:
    assert _with_shared_head("舊廠房改造的三年目標", "十年目標") == "旧厂房改造的十年目標"  # (read in Simplified)
    assert _with_shared_head("孵化器的数量", "众创空间的数量") == "众创空间的数量"  # it names its own
    assert _with_shared_head("孵化器数量", "众创空间数量") == "众创空间数量"  # no 的: nothing shared


def test_a_count_of_stalls_is_not_a_count_of_markets(keyword_assistant: Assistant) -> None:
    # 档口 is narrower than the plan's 专业批发市场: the plan counts markets, never stalls
    answer = keyword_assistant.ask("琶洲那边的专业市场一共有多少个档口？")
    assert answer.refused and "档口" in answer.text.splitlines()[0]


def test_a_count_of_people_is_not_answered_by_a_rate_beside_the_subject(
    keyword_assistant: Assistant,
) -> None:
    # the paragraph that founds the 研究院 gives an employment rate, not how many researchers
    answer = keyword_assistant.ask("区教育发展研究院现在有多少研究人员？")
    assert answer.refused


def test_a_two_part_question_whose_second_part_the_plan_leaves_open_is_refused(keyword_assistant: Assistant) -> None:
    # 1.1 reports the incubators (17 → 51 家); the plan sets no number of them for the years ahead
    answer = keyword_assistant.ask("十三五期间科技企业孵化器增长到多少家？十四五的孵化器数量目标是多少家？")
    assert answer.refused
    assert "51家" in answer.text.splitlines()[0]
    assert "没有给出今后（「十四五」时期）的这个数字" in answer.text  # (the past figure shown is no target)


def test_a_later_part_pointing_back_at_a_past_figure_keeps_its_refusal(keyword_assistant: Assistant) -> None:
    # 1.1 reports the employment rate of the registered unemployed; no target is set for the years ahead
    answer = keyword_assistant.ask("“十三五”城镇登记失业人员就业率保持在多少?“十四五”这个指标的目标又定了多少?")
    assert answer.refused
    assert "70%" in answer.text.splitlines()[0]
    assert "没有给出今后" in answer.text and "18个指标" not in answer.text  # (not another sentence's figure)


def test_where_a_thing_is_put_is_refused_when_its_sentence_puts_it_nowhere(keyword_assistant: Assistant) -> None:
    # 12.2 has the resource centres to be set up, in no hospital; it names hospitals elsewhere
    answer = keyword_assistant.ask("心电影像检验资源中心设在哪家医院？")
    assert answer.refused
    assert "没有给出具体名称" in answer.text
    said = keyword_assistant.ask("孙逸仙纪念医院海珠湾院区建在哪家医院？")  # (its sentence names the 医院)
    assert "没有给出具体名称" not in said.text


def test_an_english_target_asked_where_the_plan_gives_only_the_past_figure_is_refused(assistant: Assistant) -> None:
    # 1.1 reports the recycling rate reached (38.42%); 9.2 sets no rate for 2025
    answer = assistant.ask(
        "Haizhu's household waste recycling rate reached about 38% by 2020 — what recycling rate is it targeting for 2025?"
    )
    assert answer.refused
    assert answer.text.startswith("The plan gives no such figure for the years ahead")


def test_a_remark_that_a_thing_comes_up_twice_is_not_each_parts_topic(keyword_assistant: Assistant) -> None:
    # each part asks one thing of one place: 1.1 (the watch post) and 2.2 (the streets' sites)
    answer = keyword_assistant.ask(
        "凤阳在规划里出现了两次:“十三五”时“凤阳守望台”被定为什么?“十四五”中大国际创新生态谷又要升级改造凤阳等街道的什么?"
    )
    assert "省、市智慧新防控示范点" in answer.text
    assert {(1, 1), (2, 2)} <= {(c.chapter_no, c.section_no) for c in answer.citations}


def test_where_exactly_is_answered_by_the_zone_the_plan_puts_it_in(assistant: Assistant) -> None:
    # 4.3: 「争取世界5G大会永久会址落户琶洲人工智能与数字经济试验区」 — a zone, not a street
    answer = assistant.ask(
        "I heard Haizhu wants the permanent venue of the World 5G Conference. Where exactly would it be?"
    )
    assert not answer.refused and "永久會址落戶琶洲" in answer.text
    street = assistant.ask("世界5G大会永久会址具体落在哪条路？")
    assert street.refused  # (the street asked is not given)


def test_a_share_given_in_tenths_is_the_figure_asked_for(keyword_assistant: Assistant) -> None:
    # 1.1: 「一般公共预算民生支出占比约八成」, beside a sentence with the R&D share 3.61%
    answer = keyword_assistant.ask("一般公共预算民生支出占比是多少？")
    assert answer.text.splitlines()[0] == "纲要写明：一般公共预算民生支出占比约八成。"


def test_a_rate_asked_is_given_only_by_a_sentence_naming_that_rate() -> None:
    """失业率 asked: a sentence giving 失业人员就业率 gives another rate; 绿化率 asked: 绿化覆盖率 is
    the same rate in the plan's fuller words."""
    from assistant.compose import _gives_rate, _rates_asked

    assert _rates_asked("城镇调查失业率的目标是多少？")[0] == "失业率"
    assert _rates_asked("What is the unemployment rate target?") == []
    assert not _gives_rate("城镇登记失业人员就业率保持70%以上", ["失业率"])
    assert _gives_rate("建成区绿化覆盖率约30.5%", ["绿化率"])
    assert _gives_rate("城镇调查失业率控制在5.5%以内", ["失业率"])


def test_a_body_asked_by_its_kind_is_answered_by_any_body_named(plan: Plan) -> None:
    from assistant.compose import _names_none
    from assistant.extractive import Scored
    from corpus.models import Sentence

    chunk = chunk_plan(plan)[0]

    def scored(*texts: str) -> list[Scored]:
        return [Scored(Sentence(1, 0, len(t), t), chunk, 1.0, 1.0, 0) for t in texts]

    asked = "丙丁基地由哪个机构来建？"
    assert not _names_none(asked, "机构", scored("全方位支持海心实验室建设丙丁基地", "培育一批新型研发机构"))
    assert _names_none(asked, "机构", scored("加快丙丁基地建设", "支持各类机构参与丙丁基地建设"))


def test_a_thing_whose_name_begins_with_a_place_is_placed_by_it() -> None:
    from assistant.compose import _place_named_before

    subject = {"极限运动": 4.8, "功能区": 4.3}
    assert _place_named_before("规划建设以徒步为特色的广州塔极限运动功能区", subject)
    assert not _place_named_before("规划建设以徒步为特色的极限运动功能区", subject)


def test_what_was_reached_is_not_answered_by_the_target(assistant: Assistant) -> None:
    reached = assistant.ask("2020年海珠的PM2.5年均浓度实际去到几多微克？")
    assert reached.refused and "目标" in reached.text.splitlines()[0]
    # (where the plan reports what was reached, that is the answer)
    air = assistant.ask("2020年海珠空气优良天数比例实际有几多？")
    assert not air.refused and "89.3%" in air.text.splitlines()[0]


def test_a_short_word_names_its_full_name() -> None:
    from assistant.compose import _names_short

    assert _names_short("旧楼", "累计完成873宗旧住宅楼宇加装电梯")
    assert not _names_short("旧楼", "旧厂房改造和楼宇经济")  # (too far apart)


def test_the_words_of_asking_for_a_street_are_not_the_thing(assistant: Assistant) -> None:
    answer = assistant.ask("区妇女儿童医院会建在哪一条街？")
    assert answer.refused and "一条街" not in answer.text  # (the plan's 「非遗一条街」 is no answer)


def test_a_company_the_plan_never_names_is_named_as_the_asker_wrote_it(assistant: Assistant) -> None:
    answer = assistant.ask("Will Huawei open a research campus in the district?")
    assert answer.refused and '"Huawei"' in answer.text


def test_a_reward_asked_is_not_answered_by_another_sum(assistant: Assistant) -> None:
    assert assistant.ask("What grant does a start-up get for setting up in Pazhou?").refused
    allowance = assistant.ask("低保标准现在是每月多少钱？")  # (a sum by its own name)
    assert not allowance.refused and "1080" in allowance.text.splitlines()[0]


def test_a_year_claimed_where_a_near_sentence_dates_the_thing_otherwise(assistant: Assistant) -> None:
    from assistant.claims import read_claim

    claim = read_claim("Is it true that Pazhou should be a digital economy demonstration zone before 2040?")
    assert claim is not None
    result = assistant._search(claim.proposition)
    dated = assistant.composer.dated_otherwise(claim, claim.proposition, result, "")
    assert dated is not None and "2030" in dated.sentence.text


def test_a_figure_per_so_many_people_is_given_per_so_many_people(assistant: Assistant) -> None:
    assert assistant.ask("What's the target for sports venues per 10,000 people by 2025?").refused
    beds = assistant.ask("How many elderly-care beds per 1,000 older people did Haizhu have in 2020?")
    assert not beds.refused and "35.3" in beds.text


def test_a_claimed_figure_another_sentence_gives_of_the_same_thing_bears_it_out(
    keyword_assistant: Assistant,
) -> None:
    """The nearest text on sports gives no count; the review's sentence counts the venues by the
    claim's very figure: the claim holds, from that sentence."""
    answer = keyword_assistant.ask("听说全区体育健身场地一共有1840个，是真的吗？")
    assert answer.verdict == "supported" and any("1840" in c.quote for c in answer.citations)
    wrong = keyword_assistant.ask("听说全区体育健身场地一共有1480个，是真的吗？")
    assert wrong.verdict != "supported"


def test_a_task_ahead_claimed_done_in_the_last_periods_years_is_said_otherwise(assistant: Assistant) -> None:
    """The plan sets moving the wetland's high-voltage lines underground as a task; a claim that
    it was done in 2016–2020 takes the task for done."""
    answer = assistant.ask("Is it true that Haizhu Wetland's high-voltage lines were put underground over 2016-2020?")
    assert answer.verdict == "contradicted" and "target" in answer.text


def test_a_sum_asked_by_its_measure_is_stated_only_by_a_clause_naming_it() -> None:
    from assistant.compose import _money_measures, _states_measure
    from assistant.questions import asked_unit

    unit = asked_unit("那个项目总投资是多少钱？")
    assert unit is not None and _money_measures("那个项目总投资是多少钱？") == ("投资",)
    assert not _states_measure("试验区营业收入达2690.14亿元", unit, ("投资",))
    assert _states_measure("重点项目完成投资超665亿元", unit, ("投资",))
    assert _money_measures("How much was invested in the key projects?") == ("投资",)
    assert _money_measures("门票多少钱？") == ()


def test_a_share_asked_is_given_only_by_a_sentence_naming_its_thing() -> None:
    from assistant.compose import _share_things_en, _states_share
    from assistant.questions import asked_unit

    question = "What share of the district's GDP did the exhibition industry contribute?"
    unit, things = asked_unit(question), _share_things_en(question)
    assert unit is not None and things == ("会展业",)
    fairs = "会展业发展优势明显,琶洲每年举办展会超200场次,占全市90%以上"
    assert not _states_share(fairs, unit, things, of_gdp=True)  # (a share of the city's fairs, not of GDP)
    assert _states_share(fairs, unit, things, of_gdp=False)
    assert _states_share("会展业增加值占地区生产总值比重达5%", unit, things, of_gdp=True)


def test_a_sum_of_the_measure_asked_is_of_the_thing_asked(keyword_assistant: Assistant) -> None:
    """A project's total investment is not answered by a clause giving the investment of other
    projects, nor by another measure in the sentence that names the project."""
    answer = keyword_assistant.ask("复星在琶洲南地块的那个项目，总投资是多少钱？")
    assert answer.refused and "没有给出具体数字" in answer.text
    given = keyword_assistant.ask("“十三五”期间重点项目完成投资多少亿元？")
    assert not given.refused and given.text.startswith("纲要写明：完成投资超665亿元")


def test_an_amount_in_a_unit_of_measure_is_of_the_thing_named_after_it(keyword_assistant: Assistant) -> None:
    """ "How many hectares of farmland": a sentence giving an area of something else (红线储备约96万平方米)
    does not answer; the plan gives no farmland area."""
    from assistant.compose import _counted_in_plan_words

    question = "How many hectares of farmland does Haizhu have to keep inside the farmland protection red line?"
    assert "耕地" in _counted_in_plan_words(question)
    assert keyword_assistant.ask(question).refused


def test_a_list_question_naming_a_sub_heading_gets_the_items_under_it(keyword_assistant: Assistant) -> None:
    answer = keyword_assistant.ask("“新一代信息技术”这个支柱产业，规划里细分成哪几块？")
    for item in ("软件与信息服务", "人工智能", "互联网相关服务", "数字创意"):
        assert item in answer.text


def test_the_members_of_a_group_the_plan_only_counts_are_not_named(keyword_assistant: Assistant) -> None:
    answer = keyword_assistant.ask("十三五全区上市企业由3家增至8家，这8家分别是哪些公司？")
    assert answer.refused and any("8家" in c.quote for c in answer.citations)
    listed = keyword_assistant.ask("十三五竣工的那3个项目是哪些？")  # 「阿里巴巴、復星(南地塊)、赫基等3個項目」
    assert not listed.refused and "阿里巴巴" in listed.text


def test_a_total_the_plan_does_not_split_is_not_split(keyword_assistant: Assistant) -> None:
    answer = keyword_assistant.ask("2020年外贸进出口总额296亿元，出口和进口各占多少？")
    assert answer.refused and answer.verdict is None
    assert any("296" in c.quote for c in answer.citations)


def test_an_area_is_of_the_thing_asked(keyword_assistant: Assistant) -> None:
    assert keyword_assistant.ask("广州文化馆占地有多大？").refused  # 16平方公里 is the 融合圈's
    assert keyword_assistant.ask("海珠全区面积有多少平方公里？").refused  # the plan gives no district area
    zone = keyword_assistant.ask("琶洲试验区面积多大？")
    assert not zone.refused and "30平方公里" in normalize(zone.text)


def test_a_list_asked_for_leads_with_the_clause_that_lists_it(assistant: Assistant) -> None:
    answer = assistant.ask("数据要素市场方面，规划要探索建立哪些机制？")
    first, *rest = answer.text.split("\n")
    assert first.startswith("纲要写明：") and "确权、开放、流通、交易" in first
    # (a clause of a quote, word for word; the quotes follow)
    assert first.removeprefix("纲要写明：").rstrip("。") in normalize(" ".join(c.quote for c in answer.citations))
    assert rest and answer.citations
    # the quoted items are another sentence's (a heading's dashed items): no lead from the first
    dashed = assistant.ask("新一代信息技术产业分成哪几个方向？")
    assert not dashed.text.startswith("纲要写明")


def test_a_latin_word_is_written_in_the_plan_only_as_a_word_of_its_own() -> None:
    # "hk" of "HK/Macau youth bases" is no subject the plan writes: only inside an exhibition's name
    assert not _written_in("hk", "促成的“chichk港·潮流”展览会首次")
    assert _written_in("5g", "建设5g基站") and _written_in("港澳", "港澳青年创新创业基地")


def test_a_piece_jieba_cut_across_a_plan_word_is_not_a_missing_topic() -> None:
    """「搞成分时步行街」 cut 搞 成分 时步行街: the plan's 分时 straddles both pieces, so neither is a
    word the asker wrote; 房产税 in 「试点房产税」 straddles none."""
    plan = "将艺苑路段等夜间经济重要路段调整为分时制步行街。探索试点。"
    words = {"分时", "步行街", "试点"}
    assert _cut_across("成分", "将这段搞成分时步行街", plan, words.__contains__)
    assert _cut_across("时步行街", "将这段搞成分时步行街", plan, words.__contains__)
    assert not _cut_across("房产税", "要试点房产税吗", plan, words.__contains__)
    assert not _cut_across("成分", "这个成分是什么", plan, words.__contains__)
