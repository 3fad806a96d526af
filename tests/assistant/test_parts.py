"""Several-part questions: one part per chapter named, English "…, and what…", comparisons read
side by side, lists whose items sit under a sub-heading or in several 節, a group's members
compared. Questions here are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from assistant.extractive import asks_for_list
from assistant.parts import (
    asks_across_group,
    carried_context,
    chapter_parts,
    comparison,
    leans_on_first,
    listed_members,
    member_parts,
    names_no_subject,
    own_english_subject,
    pointed_topic,
    question_parts,
    section_parts,
    split_parts,
    strip_lead,
)
from assistant.questions import asks_for
from assistant.service import Assistant
from corpus.models import Plan
from corpus.text import normalize

# -- pure functions -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("海珠湿地在第二章和第九章里分别怎么写？", ["海珠湿地在第二章里怎么写？", "海珠湿地在第九章里怎么写？"]),
        (
            "在第三、四章中，數據要素有哪些安排？",
            ["在第三章中，數據要素有哪些安排？", "在第四章中，數據要素有哪些安排？"],
        ),
        (
            "What do chapters 4 and 6 say about data?",
            ["What do chapter 4 say about data?", "What do chapter 6 say about data?"],
        ),
    ],
)
def test_two_chapters_named_by_number_make_one_part_each(question: str, parts: list[str]) -> None:
    assert chapter_parts(question) == parts
    assert question_parts(question) == (parts, None)


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("第九章第二节和第三节分别讲什么？", ["第九章第二节讲什么？", "第九章第三节讲什么？"]),
        (
            "碧道在第九章第三節與第十章第三節各自怎麼寫？兩處有甚麼不同？",
            ["碧道在第九章第三節怎麼寫？", "碧道在第十章第三節怎麼寫？"],
        ),
        (
            "What do sections 2 and 3 of chapter 9 say about rivers?",
            ["What do chapter 9 section 2 say about rivers?", "What do chapter 9 section 3 say about rivers?"],
        ),
    ],
)
def test_two_sections_named_by_number_make_one_part_each(question: str, parts: list[str]) -> None:
    assert section_parts(question) == parts
    assert question_parts(question) == (parts, None)  # (not the comparison of 「第九章第二节」 with 「第三节」)


def test_one_section_is_one_part() -> None:
    assert section_parts("第九章第三节讲了什么？") == []


def test_one_chapter_is_one_part() -> None:
    assert chapter_parts("第九章讲了什么") == []
    assert chapter_parts("第五章和第五章") == []


def test_an_english_question_splits_at_and_what() -> None:
    assert split_parts("Where will the lab be built, and which body leads the wetland work?") == [
        "Where will the lab be built",
        "which body leads the wetland work",
    ]
    assert split_parts("What are the plans for schools and hospitals?") == [
        "What are the plans for schools and hospitals?"
    ]


def test_an_english_question_splits_before_a_yes_no_part_and_a_preposition() -> None:
    assert split_parts("Which park will be rebuilt, and does the plan say when it opens?") == [
        "Which park will be rebuilt",
        "does the plan say when it opens",
    ]
    assert split_parts("Which lab will be built, and in which field will it do national projects?") == [
        "Which lab will be built",
        "in which field will it do national projects",
    ]
    # an English part that quotes the plan's Chinese still asks something
    assert (
        len(split_parts("What was planted along the river in 2019, and what role does the river get in the 碧道 plan?"))
        == 2
    )
    assert split_parts("What are the plans for parks and is there a budget") == [
        "What are the plans for parks and is there a budget"
    ]


def test_an_english_question_of_a_versus_b_asks_it_of_each() -> None:
    compared = comparison("What does the plan rely on for brain-inspired intelligence versus nanotechnology?")
    assert compared is not None
    assert compared.parts == (
        "what does the plan rely on for brain-inspired intelligence",
        "what does the plan rely on for nanotechnology",
    )
    assert comparison("What is the role of Pazhou vs the valley?") is not None
    assert comparison("What does the plan say about nanotechnology?") is None


def test_an_english_later_part_about_the_years_ahead_carries_the_subject_without_the_past() -> None:
    first = "How many old buildings got lifts during the 13th FYP"
    assert carried_context(first, "what is the goal for the 14th") == "old buildings got lifts"
    assert carried_context(first, "what does the new plan do with them") == "old buildings got lifts"
    assert carried_context(first, "where were they") == first  # leans on the first part as asked
    assert names_no_subject("what is the goal for the 14th") and not names_no_subject("what is the goal for parks")


def test_a_measure_said_once_after_both_sides_is_each_sides() -> None:
    compared = comparison("请比较琶洲试验区与融合圈的面积")
    assert compared is not None and compared.parts == ("琶洲试验区的面积", "融合圈的面积")
    cantonese = comparison("比較琶洲試驗區同融合圈嘅人口")
    assert cantonese is not None and "人口" in cantonese.parts[0]


def test_a_stretch_of_years_is_not_a_question_of_how_many() -> None:
    compared = comparison("那几年，公园的面积和绿道的长度，哪个更大？")
    assert compared is not None and "公园的面积" in compared.parts[0] and "绿道的长度" in compared.parts[1]


def test_what_the_last_period_did_then_what_comes_next_are_two_parts() -> None:
    assert split_parts("十三五期间公园建成了20个，十四五还打算怎么建？") == [
        "十三五期间公园建成了20个",
        "十四五还打算怎么建",
    ]
    # a place in the plan named first is not a statement of what was done
    assert len(split_parts("专栏1“十三五”指标完成情况表里,公园的目标值是多少?")) == 1
    # nor a statement about the same period as the question
    assert len(split_parts("十三五期间公园建成了20个，是真的吗？")) == 1


def test_a_later_part_keeps_its_own_period() -> None:
    first = "琶洲十三五期间引进了多少企业"
    assert "十三五" not in carried_context(first, "另外规划要把它建成什么样")  # asks what the plan intends
    assert "十三五" not in carried_context(first, "那十四五呢")  # names its own period
    assert carried_context(first, "另外它们在哪里") == first  # leans on the first part as asked


def test_a_later_part_that_names_only_its_period_is_about_the_first_parts_subject() -> None:
    assert names_no_subject("“十四五”目标又是多少") and names_no_subject("那2030年呢")
    assert not names_no_subject("十四五期间绿化覆盖率目标多少")  # names its own subject
    # a verb of carrying on says what is asked of the subject, not another subject
    assert names_no_subject("十四五还要深化到哪一步")
    assert not names_no_subject("十四五还要深化医药卫生体制改革吗")
    assert carried_context("绿化覆盖率“十三五”末达到多少", "“十四五”目标又是多少") == "绿化覆盖率"


def test_a_measured_than_comparison_is_read_side_by_side() -> None:
    compared = comparison("2030年的绿化目标,比十三五末的实际水平高还是低")
    assert compared is not None
    assert compared.left == "2030年的绿化目标" and compared.right.startswith("十三五末的实际水平")
    # the second side names only its period: it is asked about the first side's subject
    assert "绿化" in compared.parts[1]
    parts, with_why = question_parts("2030年的绿化目标比十三五末的水平高还是低？为什么？")
    # the "why" asks about the comparison as a whole
    assert with_why is not None and parts[-1].endswith("为什么") and "绿化目标" in parts[-1] and len(parts) == 3


@pytest.mark.parametrize(
    "question",
    [
        "公园绿地率的2030年目标，比十三五末高多少？",
        "公园绿地率的2030年目标比十三五末是升了还是降了",
        "公园绿地率的2030年目标较十三五末增加了多少",
    ],
)
def test_by_how_much_and_rose_or_fell_are_compared_side_by_side(question: str) -> None:
    compared = comparison(question)
    assert compared is not None and compared.left == "公园绿地率的2030年目标"
    assert compared.parts[1].startswith("十三五末") and "公园绿地率" in compared.parts[1]


def test_a_topic_named_first_is_carried_into_both_sides() -> None:
    compared = comparison("人均公园面积，2030年目标比2019年实际是升了还是降了？")
    assert compared is not None and (compared.left, compared.right) == ("2030年目标", "2019年实际")
    assert all(p.startswith("人均公园面积 ") for p in compared.parts)
    assert comparison("比去年高多少？") is None  # no side before 比


def test_a_side_runs_up_to_de() -> None:
    compared = comparison("城中村和旧街区的五年改造目标哪个多")
    assert compared is not None and compared.right == "旧街区"
    assert compared.parts == ("城中村的五年改造目标多", "旧街区的五年改造目标多")


def test_a_group_compared_without_its_members_named() -> None:
    assert asks_across_group("三个园区里哪个面积最大？")
    assert asks_across_group("How do the two parks compare in size?")
    assert not asks_across_group("孵化器和众创空间哪个增加得更多？")  # two sides named: a comparison
    parts, compared = member_parts("三個園區哪個佔地最大？", ["甲園區", "乙園區"])
    assert [normalize(p) for p in parts] == ["甲园区 占地", "乙园区 占地"] and compared.members == ("甲園區", "乙園區")


def test_members_named_one_by_one_are_each_measured() -> None:
    assert listed_members("海珠湿地、琶洲、广州塔，这三处哪个游客最多？") == ["海珠湿地", "琶洲", "广州塔"]
    assert listed_members("甲园区、乙园区和丙园区哪个占地最小") == ["甲园区", "乙园区", "丙园区"]
    assert listed_members("海珠湿地有多大？") == []
    parts, compared = question_parts("甲園區、乙園區、丙園區，這三塊哪個面積最大？")
    assert [normalize(p) for p in parts] == ["甲园区 面积", "乙园区 面积", "丙园区 面积"]
    assert compared is not None and compared.members == ("甲園區", "乙園區", "丙園區")


@pytest.mark.parametrize(
    ("part", "own"),
    [
        (
            "And what's the new facility planned for young entrepreneurs",
            "what's the new facility planned for young entrepreneurs",
        ),
        ("Also, which body leads it", "which body leads it"),
        ("plus: how long is the route", "how long is the route"),
        ("另外，碧道建了多少公里", "碧道建了多少公里"),
        ("Andrew's question: where is it", "Andrew's question: where is it"),  # (a word, not "and")
    ],
)
def test_a_later_part_loses_the_word_that_joins_it_to_the_first(part: str, own: str) -> None:
    assert strip_lead(part) == own


# -- the assistant, end to end ---------------------------------------------------------------


@pytest.mark.slow
def test_what_lies_ahead_is_not_answered_by_the_review_the_first_part_quoted(assistant: Assistant) -> None:
    """The review (第一章第一節) reports the greenway built; the years ahead are in 第九章第三節. The
    later part, which the review's sentence would also match, is answered from the plan's task."""
    answer = assistant.ask("十三五期间碧道建了多少公里？十四五碧道又怎么安排？")
    cited = {(c.chapter_no, c.section_no) for c in answer.citations}
    assert {(1, 1), (9, 3)} <= cited and "38.8公里" in answer.text


@pytest.mark.slow
def test_an_english_part_after_and_is_searched_for_what_it_asks(assistant: Assistant) -> None:
    """ "… ? And what …" is a question of its own: searched with the first part's words, the review
    (第一章第一節) would answer it too, and the plan's task for it (第七章第四節) is not reached."""
    answer = assistant.ask(
        "How many tech business incubators did Haizhu have by 2020? "
        "And what service complex is planned for young Hong Kong and Macao entrepreneurs?"
    )
    cited = {(c.chapter_no, c.section_no) for c in answer.citations}
    assert {(1, 1), (7, 4)} <= cited and not answer.refused


def test_each_section_named_is_answered_from_that_section(assistant: Assistant) -> None:
    # (「兩處」 here asks of the two 節 it names, not where in the plan the thing comes up)
    answer = assistant.ask("海珠濕地在第九章第三節和第二章第二節各自怎麼寫？兩處有甚麼不同？")
    assert not answer.refused
    assert {(c.chapter_no, c.section_no) for c in answer.citations} == {(9, 3), (2, 2)}


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "What did the 13th FYP period achieve for youth football?",
        "How does the 2025 life-expectancy target compare with what was achieved in the 13th FYP?",
    ],
)
def test_what_the_last_period_did_is_quoted_from_its_review(assistant: Assistant, question: str) -> None:
    """The sentences that hold most of the question's words are the tasks ahead (12.4's football,
    1.3's target): the review's sentence on the same thing (第一章第一節) is quoted too."""
    answer = assistant.ask(question)
    assert (1, 1) in {(c.chapter_no, c.section_no) for c in answer.citations} and not answer.refused
    review = "".join(c.quote for c in answer.citations if (c.chapter_no, c.section_no) == (1, 1))
    assert "足球" in review or "83.02" in review


def test_each_chapter_named_is_answered_from_that_chapter(assistant: Assistant) -> None:
    answer = assistant.ask("海珠湿地在第二章和第九章里分别怎么写？")
    assert not answer.refused
    assert {c.chapter_no for c in answer.citations} == {2, 9}


@pytest.mark.slow
def test_a_list_under_a_sub_heading_gives_its_items(assistant: Assistant) -> None:
    answer = assistant.ask("綱要第四章的新一代信息技術包括哪幾個領域？")
    quoted = "".join(c.quote for c in answer.citations)
    assert "——人工智能。" in quoted and "——數字創意。" in quoted


@pytest.mark.slow
def test_a_quoted_kind_of_item_is_collected_from_every_section(assistant: Assistant) -> None:
    answer = assistant.ask("规划里有哪些“互联网法院”的内容？")
    assert {(c.chapter_no, c.section_no) for c in answer.citations} == {(1, 1), (3, 3)}
    assert all("互联网法院" in normalize(c.quote) for c in answer.citations)


@pytest.mark.slow
def test_a_past_level_and_a_target_are_compared_by_their_own_figures(assistant: Assistant) -> None:
    answer = assistant.ask("2025年人均预期寿命目标比十三五末的水平高还是低？")
    lead = answer.text.splitlines()[0]
    assert "83.12" in lead and "83.02" in lead and "前者较大" in lead  # the level reached, not where it started
    quoted = "".join(c.quote for c in answer.citations)
    assert "83.12" in quoted and "83.02" in quoted


@pytest.mark.slow
def test_a_groups_members_are_each_measured(assistant: Assistant) -> None:
    answer = assistant.ask("「一區一谷一圈」哪個片區占地最小？")
    lead = answer.text.splitlines()[0]
    assert "最小的是「海珠新活力文商旅融合圈」" in lead
    assert {(2, 1), (2, 2), (2, 3)} <= {(c.chapter_no, c.section_no) for c in answer.citations}
    quoted = "".join(c.quote for c in answer.citations)
    assert all(figure in quoted for figure in ("30平方公里", "36.8平方公里", "16平方公里"))


@pytest.mark.slow
def test_zones_named_one_by_one_are_ranked_by_their_figures(assistant: Assistant) -> None:
    answer = assistant.ask("文商旅融合圈、琶洲试验区，这两个哪个面积最小？")
    lead = answer.text.splitlines()[0]
    assert "16平方公里" in lead and "30平方公里" in lead and "最小的是「文商旅融合圈」" in lead


def test_an_english_comparison_and_its_why() -> None:
    parts, compared = question_parts("How does the district's 2018 jobless rate compare with its 2030 goal, and why?")
    assert compared is not None and compared.left == "the district's 2018 jobless rate"
    assert parts[1].startswith("its 2030 goal") and "jobless rate" in parts[1]  # the subject carried over
    assert parts[2].endswith("why") and "compare with" in parts[2]  # the comparison as a whole
    _, plain = question_parts("How does the old pier compare to the new ferry terminal?")
    assert plain is not None and plain.right == "the new ferry terminal"


def test_an_english_which_is_bigger_after_a_clause_of_when_gives_both_sides_that_time() -> None:
    compared = comparison("By the end of the 13th FYP, which was bigger: the zone's revenue or the district's GDP?")
    assert compared is not None
    assert compared.left == "the zone's revenue by the end of the 13th fyp"
    assert compared.right == "the district's gdp by the end of the 13th fyp"
    plain = comparison("Which is larger, the wetland or the valley?")
    assert plain is not None and (plain.left, plain.right) == ("the wetland", "the valley")


def test_a_side_is_not_cut_inside_its_name_and_both_can_be_asked_about() -> None:
    named = comparison("甲园区和创新空间哪个更大")
    assert named is not None and named.right == "创新空间"
    both = comparison("社区食堂和长者饭堂，规划都说要建吗")
    assert both is not None and (both.left, both.right) == ("社区食堂", "长者饭堂")
    assert comparison("社区食堂和长者饭堂都有哪些安排") is None  # not a yes-or-no asked of each


def test_a_later_part_with_its_own_subject_is_searched_without_the_plans_period() -> None:
    from assistant.parts import without_plan_period

    assert without_plan_period("“十四五”期间要把公园打造成什么") == "要把公园打造成什么"
    assert without_plan_period("十四五目标又是多少") == "十四五目标又是多少"  # no subject: it leans on the first part
    assert without_plan_period("十三五建了几座桥") == "十三五建了几座桥"  # a past period says where to look


@pytest.mark.parametrize(
    "part", ["「十四五」又要求做到什么", "十四五对它有什么要求", "以后又有什么安排", "今后有哪些举措"]
)
def test_a_later_part_that_asks_only_what_is_required_has_no_subject_of_its_own(part: str) -> None:
    assert names_no_subject(part)
    assert not names_no_subject("十四五对社区食堂有什么要求")


def test_a_later_part_carries_the_first_parts_subject_not_what_it_asked() -> None:
    assert carried_context("青年驿站计划十三五解决了多少床位", "十四五对它有什么要求") == "青年驿站计划"
    assert carried_context("滨江公园在「十三五」完成了什么", "「十四五」又要做什么") == "滨江公园"
    assert carried_context("滨江公园建了几年", "面积又有多大") == "滨江公园建了几年"  # no period of its own: all of it
    assert carried_context("滨江公园建了几年", "那它的面积呢") == "滨江公园"  # 它: the thing, not what was asked of it


def test_a_horizon_before_the_first_side_is_both_sides() -> None:
    parts, compared = question_parts("五年内甲园区改造和乙市场改造，哪个数量多？")
    assert compared is not None and (compared.left, compared.right) == ("甲园区改造", "乙市场改造")
    assert all(p.startswith("五年内") for p in parts)


def test_a_second_side_that_is_only_a_horizon_belongs_to_the_first_sides_subject() -> None:
    parts, compared = question_parts("乙市场改造的三年和五年目标各是多少？")
    assert compared is not None and compared.right == "乙市场改造的五年"
    assert parts[1] == "乙市场改造的五年目标是多少"


def test_two_questions_joined_by_a_comma_are_two_parts() -> None:
    assert split_parts("绿化覆盖率2020年实际是多少，2025年目标又是多少？") == [
        "绿化覆盖率2020年实际是多少",
        "2025年目标又是多少",
    ]
    assert split_parts("湿地公园在哪，面积多大") == ["湿地公园在哪", "面积多大"]
    assert split_parts("按照规划，湿地公园面积多大？") == ["按照规划，湿地公园面积多大？"]  # one question
    assert names_no_subject("到2025年想提到多少")  # only its period and the change asked


def test_a_and_b_compared_in_general_are_read_side_by_side() -> None:
    compared = comparison("十三五绿化覆盖率跟十四五定的目标比，怎么样？")
    assert compared is not None and (compared.left, compared.right) == ("十三五绿化覆盖率", "十四五定的目标")
    english = comparison("Compare the district's 2019 jobless rate with the 2025 target.")
    assert english is not None and english.left == "the district's 2019 jobless rate"
    assert "jobless rate" in english.right  # the target is of the first side's measure


def test_a_topic_before_a_colon_is_every_parts_topic() -> None:
    parts, _ = question_parts("社区食堂：十三五建了几间？十四五又要推进咩试点？")
    assert parts == ["社区食堂：十三五建了几间", "社区食堂 十四五又要推进咩试点"]


def test_a_remark_after_the_question_is_not_a_part_but_a_premise_before_it_is() -> None:
    assert split_parts("十四五要新建几座公园啊？孩子天天吵着要去玩") == ["十四五要新建几座公园啊？孩子天天吵着要去玩"]
    assert split_parts("公园已有30座，为什么还要新建？") == ["公园已有30座", "为什么还要新建"]
    assert split_parts("公园有几座？以后咋管？") == ["公园有几座", "以后咋管"]
    # nor is asking whether it gives what was just asked for
    assert split_parts("新图书馆几时开？规划有冇讲日期？") == ["新图书馆几时开？规划有冇讲日期？"]
    assert split_parts("体育公园要花多少钱？纲要有没有给出具体数字？") == [
        "体育公园要花多少钱？纲要有没有给出具体数字？"
    ]


def test_an_english_which_is_bigger_question_is_read_side_by_side() -> None:
    compared = comparison("Which is bigger, the river park or the old port, and by how much?")
    assert compared is not None and (compared.left, compared.right) == ("the river park", "the old port")


def test_a_topic_before_a_colon_and_two_stances_are_each_sides_own() -> None:
    """「X：过去的实际值与今后的目标值各为多少」: the topic is both sides', each stance its own side's."""
    compared = comparison("公园绿地面积：十三五末的实际值与2025年目标值各为多少？")
    assert compared is not None
    assert (compared.left, compared.right) == ("十三五末的实际值", "2025年目标值")
    assert compared.parts == ("公园绿地面积 十三五末的实际值为多少", "公园绿地面积 2025年目标值为多少")
    parts, _ = question_parts("绿化覆盖率：2019年实际值和2025年目标值各是多少？为何目标更低？")
    assert parts[:2] == ["绿化覆盖率 2019年实际值是多少", "绿化覆盖率 2025年目标值是多少"]


def test_an_english_side_that_names_only_its_period_is_about_the_other_sides_measure() -> None:
    compared = comparison(
        "How does the 2030 target for the share of households with rooftop solar panels compare with "
        "what was achieved during the 13th Five-Year Plan period?"
    )
    assert compared is not None and "rooftop solar panels" in compared.right


def test_asking_whether_the_plan_mentions_it_is_not_another_part() -> None:
    assert split_parts("那图书馆呢，有提到吗？") == ["那图书馆呢，有提到吗？"]
    assert split_parts("体育公园呢？规划有没有讲过？") == ["体育公园呢？规划有没有讲过？"]
    assert split_parts("公园有几座？以后咋管？") == ["公园有几座", "以后咋管"]
    # nor is asking whether it gives what was just asked for
    assert split_parts("新图书馆几时开？规划有冇讲日期？") == ["新图书馆几时开？规划有冇讲日期？"]
    assert split_parts("体育公园要花多少钱？纲要有没有给出具体数字？") == [
        "体育公园要花多少钱？纲要有没有给出具体数字？"
    ]


def test_a_later_part_that_points_back_carries_only_the_thing_the_first_is_about() -> None:
    from assistant.parts import carried_context

    assert carried_context("图书馆新馆将来要建多大的面积", "规划又把它和哪个剧院放在一起讲") == "图书馆新馆"
    assert carried_context("琶洲试验区面积多大", "另外由哪个部门负责") == "琶洲试验区面积多大"  # no pointing back


def test_which_piece_is_largest_asks_across_a_group() -> None:
    from assistant.parts import asks_across_group

    assert asks_across_group("这几块里哪块人口最多？")
    assert asks_across_group("哪一片绿地面积最大")
    assert not asks_across_group("这块地有多大？")


def test_a_group_measured_and_each_asked_gives_every_member(assistant: Assistant) -> None:
    text = assistant.ask("一区一谷一圈里哪一块面积最大？分别多大？").text
    assert "30平方公里" in text and "36.8平方公里" in text and "16平方公里" in text
    assert "面積" not in text and "面积" in text  # asked in Simplified, answered in Simplified


@pytest.mark.parametrize(
    "question",
    [
        "规划提了几个“名片”？都是哪些？",
        "海珠有几个国家级创新平台？分别是什么？",
        "要建幾種新型工廠？都係咩？",
        "要打通幾多條斷頭路？係邊幾條？",
    ],
)
def test_which_ones_after_how_many_is_the_same_question(question: str) -> None:
    assert split_parts(question) == [question]
    assert split_parts("湿地公园有多大？是什么级别？") == ["湿地公园有多大", "是什么级别"]


def test_how_many_and_which_is_a_list_question_not_a_figure() -> None:
    assert asks_for("中大布匹市场要建几种新型工厂？都是啥？") is None
    assert asks_for_list("中大布匹市场要建几种新型工厂？都是啥？")
    assert asks_for("中大布匹市场要建几种新型工厂？") == "number"


def test_two_sections_named_in_quotes_each_keep_the_thing_asked_about() -> None:
    parts, _ = question_parts("「海绵城市」在「发展定位」一节和「严格执行污染防治」一节中分别怎么讲？")
    assert parts == ["「海绵城市」在「发展定位」一节怎么讲", "「海绵城市」在「严格执行污染防治」一节中怎么讲"]
    # a side with one quoted name of its own keeps what comes before it
    parts, _ = question_parts("第九章说的「碧道」和第十章说的环岛路，表述有何不同？")
    assert parts[0].startswith("第九章说的「碧道」")


def test_a_later_english_part_whose_it_is_the_plan_stands_on_its_own_subject() -> None:
    assert own_english_subject("which old markets does it want to upgrade")
    assert own_english_subject("and which parks does it also plan to open")
    assert not own_english_subject("what does it want to do with it")  # "it" is still the first part's
    assert not own_english_subject("what does it aim for")  # nothing of its own
    assert not own_english_subject("哪些市场要升级")


def test_a_word_pointing_at_both_sides_belongs_to_neither() -> None:
    parts, compared = question_parts("“一区”和“一圈”这俩的整体定位有啥不一样？")
    assert compared is not None and all("这俩" not in p for p in parts)


def test_besides_x_which_others_is_one_question() -> None:
    assert question_parts("除了艺苑路段之外，还有哪些路段要改成分时步行街？") == ([], None)


def test_a_later_part_asking_one_word_of_the_first_parts_thing_has_no_subject_of_its_own() -> None:
    assert names_no_subject("門票幾錢")
    assert names_no_subject("票价是多少")
    assert not names_no_subject("海珠湿地门票多少钱")


def test_a_remark_about_the_asker_is_no_part_of_its_own() -> None:
    # (what the asker is worried about says what the question is about; where they work does not)
    assert split_parts("我家老人快八十了。养老床位要新增多少张？护理员有几多个？") == [
        "我家老人快八十了，养老床位要新增多少张",
        "护理员有几多个",
    ]
    assert split_parts("我在街道办工作。养老床位要新增多少张？护理员有几多个？") == [
        "养老床位要新增多少张",
        "护理员有几多个",
    ]
    # (what the asker heard is a premise about the plan, and stays a part)
    assert split_parts("我听说十三五建成了10个公园。十四五又打算建几个？")[0].startswith("我听说")


def test_a_later_part_without_a_plan_word_of_its_own_leans_on_the_first(plan: Plan) -> None:
    plan_text = normalize("\n".join(plan.source_lines))
    assert leans_on_first("里面会有哪些餐厅", "滨江商圈什么时候建成", plan_text)
    assert not leans_on_first("琶洲试验区面积多大", "海珠湿地门票多少钱", plan_text)
    assert leans_on_first("and who will run it", "When will the wetland museum open", plan_text)


@pytest.mark.slow
def test_a_detail_of_a_thing_the_plan_gives_no_detail_of_is_not_answered_by_other_text(
    assistant: Assistant,
) -> None:
    answer = assistant.ask("滨江商圈什么时候建成？里面会有哪些餐厅？")
    assert answer.refused and "滨江商圈" in answer.text


def test_a_part_pointing_at_a_place_in_the_plan_asks_its_own_topic_there_or_the_first_parts() -> None:
    assert pointed_topic("教育那节又提了啥") == ""  # nothing of its own: the first part's topic
    assert "养老床位" in (pointed_topic("讲民生那部分又说养老床位要怎么增加") or "")
    assert pointed_topic("养老床位要怎么增加") is None  # points at no place


@pytest.mark.slow
def test_a_section_pointed_at_is_searched_for_the_first_parts_topic(assistant: Assistant) -> None:
    answer = assistant.ask("规划在文化设施那节对老年人怎么说？教育那节又提了啥？")
    education = [c.quote for c in answer.citations if (c.chapter_no, c.section_no) == (12, 3)]
    assert education and any("老年" in q for q in education)  # what the 節 says of them, not its opening


def test_hearsay_of_some_thing_is_not_a_question_of_what() -> None:
    question = "我住在附近，最近老听人说什么湿地新公园，我就想知道这个公园有多大"
    assert split_parts(question) == [question]
    assert len(split_parts("规划说了什么？新公园有多大？")) == 2


def test_the_askers_own_remark_before_a_colon_is_no_parts_topic() -> None:
    parts = split_parts("我对体育比较感兴趣：海珠现在有多少个健身场地？十四五还要建什么场馆？")
    assert parts == ["海珠现在有多少个健身场地", "十四五还要建什么场馆"]
    topic = split_parts("海珠搞足球：十三五建了多少球场？十四五又有什么打算？")
    assert topic[1].startswith("海珠搞足球")


def test_english_questions_after_commas_are_parts_and_relative_clauses_are_not() -> None:
    assert split_parts("How big is the wetland, what kinds of birds live there?") == [
        "How big is the wetland",
        "what kinds of birds live there",
    ]
    assert split_parts("What is the target for 2025, which year is the baseline?") == [
        "What is the target for 2025",
        "which year is the baseline",
    ]
    # (a relative clause after a comma asks nothing of its own)
    assert split_parts("What is the valley, which covers a large area, meant to become?") == [
        "What is the valley, which covers a large area, meant to become?"
    ]
    assert len(split_parts("Is the zone, which hosts the fair, going to grow?")) == 1


def test_an_english_topic_before_a_colon_is_every_parts_topic() -> None:
    parts = split_parts(
        "On exhibitions: how many shows does Pazhou host a year, and which phase of the fair is to be built?"
    )
    assert parts == [
        "On exhibitions: how many shows does Pazhou host a year",
        "On exhibitions which phase of the fair is to be built",
    ]


def test_two_long_sides_set_apart_by_commas_are_compared() -> None:
    compared = comparison("十三五回顾里面，民生支出的占比，和五大主导产业增加值的比重，哪个高些")
    assert compared is not None
    assert compared.parts == ("十三五回顾里面 民生支出的占比", "十三五回顾里面 五大主导产业增加值的比重")


def test_which_comes_first_in_english_is_a_comparison_and_a_decimal_ends_no_side() -> None:
    compared = comparison(
        "Which deadline comes first: the zone becoming a demonstration zone, or R&D reaching 3.3% of GDP?"
    )
    assert compared is not None
    assert (compared.left, compared.right) == ("the zone becoming a demonstration zone", "r&d reaching 3.3% of gdp")


def test_two_places_compared_by_size_in_english_are_each_asked_how_big() -> None:
    """ "Which is larger, A or B, and by how much?": each side is asked its size (an area answers
    it), and "by how much" is the comparison's own question, not a third part."""
    parts, compared = question_parts("Which is larger, the eco-valley or the pilot zone, and by how much?")
    assert compared is not None and parts == ["how big is the eco-valley", "how big is the pilot zone"]
    # (a side that names its measure keeps it)
    _, by_count = question_parts("Which is larger, the number of parks or the number of schools?")
    assert by_count is not None and by_count.parts == ("the number of parks", "the number of schools")
    zh, _ = question_parts("琶洲试验区和生态谷哪个面积大？大多少？")
    assert len(zh) == 2


def test_which_is_larger_asked_after_two_sides_compares_them() -> None:
    """「甲园同乙园两个片区的面积差距有几大，哪个大些？」: the two sides, each by the measure named
    after the second, and not the difference asked about."""
    parts, compared = question_parts("甲园同乙园两个片区的面积差距有几大，哪个大些？")
    assert compared is not None and (compared.left, compared.right) == ("甲园的面积", "乙园的面积")
    assert len(parts) == 2 and all("差距" not in p for p in parts)


def test_a_new_topic_opening_a_follow_up_is_not_a_part_of_its_own() -> None:
    assert question_parts("那乙园区呢？有多大、定位是什么？") == ([], None)


def test_a_target_against_what_was_achieved_is_two_sides() -> None:
    compared = comparison(
        "Is the 2025 target for the recycling rate higher or lower than what Haizhu already achieved by 2020?"
    )
    assert compared is not None
    assert compared.left == "the 2025 target for the recycling rate"
    assert "recycling rate" in compared.right and "2020" in compared.right  # (the right side names only its time)
    growth = comparison(
        "Is the growth target for 2021-2025 higher or lower than the growth actually achieved in 2016-2020?"
    )
    assert growth is not None and "growth" in growth.right and "2016-2020" in growth.right
