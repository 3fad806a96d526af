from __future__ import annotations

import pytest

from assistant.conversation import TOPIC_MAX_CHARS, Turn, is_follow_up, standalone_query
from retrieval.search import MAX_QUERY_CHARS, check_query


@pytest.mark.parametrize(
    "q",
    [
        "那它的面積呢？",
        "旧厂房呢？",
        "还有别的吗",
        "它在哪里",
        "what about it?",
        "你刚才提到要建智慧平台，平台会涵盖哪些方面？",  # pointed back at what the answer said
        "You mentioned a smart platform: what will the platform cover?",
    ],
)
def test_follow_ups(q: str) -> None:
    assert is_follow_up(q)


@pytest.mark.parametrize("q", ["海珠区的夜间经济有什么规划？", "綱要對人才公寓建設有什麼要求？"])
def test_standalone(q: str) -> None:
    assert not is_follow_up(q)


def test_rewrite_carries_previous_topic() -> None:
    history = [Turn("user", "琶洲试验区是干啥的"), Turn("assistant", "……")]
    assert standalone_query("那它的面积呢？", history) == "琶洲试验区是干啥的 它的面积呢？"
    assert standalone_query("海珠湿地有啥规划", history) == "海珠湿地有啥规划"
    assert standalone_query("它的面积呢？", []) == "它的面积呢？"


def test_chain_of_follow_ups_keeps_the_topic() -> None:
    history = [
        Turn("user", "城市更新有什么安排"),
        Turn("assistant", "…"),
        Turn("user", "旧厂房呢？"),
        Turn("assistant", "…"),
    ]
    q = standalone_query("那旧街区呢？", history)
    assert q.startswith("城市更新有什么安排") and "旧厂房" in q and q.endswith("旧街区呢？")


def test_a_new_topic_is_swapped_into_the_previous_questions_frame() -> None:
    from assistant.conversation import swap_topic, swapped_query

    assert swap_topic("那噪音呢？") == "噪音" and swap_topic("那么绿化呢") == "绿化"
    assert swap_topic("那它的面积呢？") is None and swap_topic("那面积呢？") is None  # more about the same topic
    assert swap_topic("噪音治理有什么安排？") is None
    assert swap_topic("那另外那个甲园呢？") == "甲园"  # the other one, by its name
    terms = {"海珠": 0.6, "扬尘": 3.5, "以后": 5.9, "治理": 1.2}
    assert swapped_query("海珠的扬尘以后怎么治理？", "噪音", terms, ["以后", "怎么"]) == "海珠的噪音以后怎么治理?"
    assert swapped_query("以后会更好吗", "噪音", {"以后": 5.9}, ["以后"]) is None  # nothing but the frame
    # two equally rare words: the later one is swapped, the head of the noun phrase, whatever the terms' order
    tied = {"市属": 4.0, "医院": 4.0}
    for order in (tied, dict(reversed(tied.items()))):
        assert swapped_query("规划对市属医院有什么要求？", "学校", order, []) == "规划对市属学校有什么要求?"


def test_a_long_earlier_turn_never_makes_a_short_follow_up_too_long() -> None:
    history = [Turn("user", "琶洲试验区" + "很长的文字" * 600), Turn("assistant", "…")]
    q = standalone_query("那它的面积呢？", history)
    assert q.startswith("琶洲试验区") and q.endswith("它的面积呢？")
    assert len(q) <= TOPIC_MAX_CHARS + len("它的面积呢？") + 1
    check_query(q)  # what the search does first: no "query is too long"
    long_own = "它" + "的" * (MAX_QUERY_CHARS - 2) + "呢"
    assert len(check_query(standalone_query(long_own, history))) <= MAX_QUERY_CHARS


def test_a_question_word_is_never_the_topic_swapped_out() -> None:
    from assistant.conversation import swapped_query

    terms = {"公园": 3.0, "面积": 2.0, "多大": 5.9}  # 多大 is rarer in the plan than any topic
    assert swapped_query("公园面积多大？", "广场", terms, []) == "广场面积多大?"


def test_a_short_name_the_last_answer_defined_is_searched_by_its_full_name() -> None:
    history = [
        Turn("user", "「两园一带」是什么？"),
        Turn("assistant", "「一带」指滨江绿色发展带，「两园」指湿地公园和科技园。"),
    ]
    query = standalone_query("那“一带”有多长？", history)
    assert "滨江绿色发展带" in query and "两园一带" not in query  # the name stands on its own
    carried = standalone_query("多长？", [*history, Turn("user", "那“一带”在哪")])
    assert "滨江绿色发展带" in carried  # also inside the topic a later part carries
    assert standalone_query("那“三园”呢？", history).endswith("“三园”呢？")  # not defined: kept as asked


@pytest.mark.parametrize("q", ["十四五打算在那开啥店", "以后在那建什么"])
def test_there_points_back_to_the_place_just_named(q: str) -> None:
    assert is_follow_up(q)
    assert not is_follow_up("在那么多公园里哪个最大")  # 那么: not a place


def test_a_follow_up_after_what_a_name_means_is_of_the_thing_named() -> None:
    # the earlier question asked what a shorthand means; the answer named the thing: 「它」 is that thing
    history = [
        Turn("user", "“两翼”指的是啥？"),
        Turn("assistant", "“两翼”指滨江东路创新带，见第二章。"),
    ]
    query = standalone_query("那它有多长？", history)
    assert query.startswith("滨江东路创新带")
    assert "指的是" not in query


def test_a_new_topic_with_what_is_asked_of_it_stands_alone() -> None:
    """「那X呢？有多大、定位是什么？」: X replaces the previous topic, and is asked about on its own."""
    history = [Turn("user", "甲园区有多大？"), Turn("assistant", "甲园区面积30平方公里。")]
    assert (
        standalone_query("那乙园区呢？有多大、定位是什么？", history) == "乙园区 有多大、定位是什么?"
    )  # (normalised: half-width marks)
    assert standalone_query("那它呢？有多大？", history).startswith("甲园区")  # (a pronoun keeps the topic)


def test_one_item_of_the_last_answers_list_is_searched_by_its_name() -> None:
    """ "For the last one, …", 「第二个呢」: the item of the list the last answer gave after a colon."""
    english = [
        Turn("user", "Which new industries does the plan back?"),
        Turn("assistant", "It names three: quantum sensing (量子传感), robotics and marine biology (海洋生物)."),
    ]
    assert standalone_query("For the last one, which places are named?", english).startswith(
        "marine biology (海洋生物)"
    )
    assert standalone_query("What about the first one?", english).startswith("quantum sensing (量子传感)")
    chinese = [Turn("user", "重点发展哪些产业？"), Turn("assistant", "规划提出三项：会展、商贸和文旅。")]
    assert standalone_query("第二个呢？", chinese).startswith("商贸")
    pair = [Turn("user", "重点发展哪些产业？"), Turn("assistant", "规划提出：会展和商贸。")]
    assert not standalone_query("第二个呢？", pair).startswith("商贸")  # a pair is no list to count in
    assert (
        standalone_query("For the last one, which places are named?", []) == "For the last one, which places are named?"
    )


def test_and_before_a_whole_question_of_its_own_does_not_lean() -> None:
    """「还有那个X又是多少公里？」 names its thing and asks of it: searched on its own; 「那建好之后
    由谁来管？」 ("then") and 「还有它的面积呢？」 lean on what came before."""
    history = [Turn("user", "甲园区的环路要贯通多长？"), Turn("assistant", "环路全线20公里贯通。")]
    assert standalone_query("还有那个乙园区的滨江绿道又是多少公里？", history).startswith("还有那个乙园区")
    assert standalone_query("那建好之后由谁来管、谁来养护？", history).startswith("甲园区")
    assert standalone_query("还有它的面积呢？", history).startswith("甲园区")
