"""The one reader of plan periods: what a question asks about, what a sentence speaks of."""

from __future__ import annotations

import pytest

from assistant.periods import (
    asks_ahead,
    asks_back,
    asks_both,
    looks_ahead,
    looks_back,
    named_period,
    only_other_period,
)


@pytest.mark.parametrize(
    ("question", "back", "ahead"),
    [
        ("公园数量十三五末有多少个？", True, False),
        ("現在有幾個公園？", True, False),  # either script
        ("2030年公园数量的目标是多少？", False, True),
        ("以后打算建几个公园？", False, True),
        ("公园数量十三五末多少，目标多少？", False, False),  # both: neither side alone
        ("公园有几个？", False, False),
        ("之前建了几个公园？", True, False),
        ("公园原来有几个？", True, False),  # 原来: before, as things stood
        ("2018年有几个公园？", True, False),  # a year before the plan
        ("2020年实际有几个公园？", True, False),  # the last year of the last period
        ("十四五末要达到几个公园？", False, True),  # the end of this period is ahead
        ("今后对公园有什么要求？", False, True),
        ("之後規劃話每年會點樣加公園？", False, True),  # 之後 opening a question: from now on
        ("公園建成之後，居民滿意度達到幾多？", False, False),  # after something was done: not ahead
        ("2019年的公园数和2025年目标比哪个多？", False, False),
        ("How many parks will the district add during the 14th FYP?", False, True),
        ("How many parks does the plan set for the district in 2030?", False, True),
        ("How many parks were built in the 13th Five-Year Plan period?", True, False),
        ("What park milestone does the review of the last five years mention?", True, False),
        ("How many parks were opened in 2016-2020?", True, False),
        ("How many parks is the district to open during 2021–2025?", False, True),
        ("How many parks are going to open?", False, True),
        ("How many parks will open over the next five years?", False, True),
        ("How many parks are to be found in Haizhu?", False, False),  # "are to be": no plan ahead
        ("What recycling rate is the district targeting for 2025?", False, True),
        ("Which coverage rate does it aim for?", False, True),
        ("What did the district do for 2020?", False, False),  # (a year gone by, not one ahead)
    ],
)
def test_a_question_asks_back_ahead_or_neither(question: str, back: bool, ahead: bool) -> None:
    assert (asks_back(question), asks_ahead(question)) == (back, ahead)


@pytest.mark.parametrize(
    ("sentence", "back", "ahead"),
    [
        ("累计新建口袋公园12个。", True, False),
        ("公园数量由20個增加到35個。", True, False),
        ("到2030年,口袋公园达50个。", False, True),
        ("力争建成一批口袋公园。", False, True),
        ("“十三五”期间建成12个,到2030年再建20个。", False, False),
        ("推进口袋公园建设。", False, False),
        ("公园从2015年的10个增长到2020年的25个。", True, False),  # reached by 2020: the past
    ],
)
def test_a_sentence_reports_the_past_states_a_target_or_neither(sentence: str, back: bool, ahead: bool) -> None:
    assert (looks_back(sentence), looks_ahead(sentence)) == (back, ahead)


def test_the_one_plan_period_named() -> None:
    assert named_period("“十三五”时期公园增加多少") == "十三五"
    assert named_period("十三五和十四五的公园") is None and named_period("公园") is None
    assert only_other_period("十四五期间再建20个", "十三五") and not only_other_period("再建20个", "十三五")


def test_words_holding_plan_or_target_are_not_the_years_ahead() -> None:
    assert not asks_ahead("连续18年获省计划生育目标管理责任制考核先进单位")
    assert asks_ahead("计划到2025年建成")


def test_a_question_after_the_askers_own_sentence_about_the_past_asks_ahead() -> None:
    from assistant.periods import asks_ahead_now

    question = "During the 13th FYP the district built 12 parks. How many will it build in 2021–2025?"
    assert not asks_ahead(question) and asks_ahead_now(question)
    assert not asks_ahead_now("How many parks were built during the 13th FYP?")


def test_works_finished_are_reported_done() -> None:
    from assistant.periods import reports_done

    assert reports_done("体育中心主体工程完工。")
    assert reports_done("新馆落成并投入使用。")
    assert not reports_done("加快推进体育中心建设。")


def test_a_record_kept_years_in_a_row_asks_back() -> None:
    # (nor is a "target-management" assessment a target)
    assert not asks_ahead("For how many years in a row has the district won the target-management award?")
    assert not asks_ahead("连续多少年获评先进单位？")
    assert asks_ahead("What is the district's target for new parks?")


@pytest.mark.parametrize(
    "question",
    [
        "What did the housing scheme deliver before 2021?",
        "How many parks were there by the end of 2020?",
        "How many parks did the district have as of 2020?",
    ],
)
def test_english_ways_to_say_the_last_period_ask_back(question: str) -> None:
    assert asks_back(question) and not asks_ahead(question)


def test_a_stated_past_then_a_question_ahead_asks_ahead() -> None:
    from assistant.periods import asked_periods

    # the asker states what is known, then asks what is not: after a dash or a sentence's end
    assert asked_periods("The recycling rate reached 38% by 2020 — what rate is it targeting for 2025?") == (
        False,
        True,
    )
    assert asked_periods("十三五末回收利用率达到38%。十四五的目标是多少？") == (False, True)
    assert asked_periods("2020年回收利用率是多少？") == (True, False)  # one period: the whole says it
    # both in one clause: neither side alone
    assert asked_periods("公园数量十三五末多少，目标多少？") == (False, False)


@pytest.mark.parametrize(
    ("question", "both"),
    [
        ("How does the 2025 target compare with what was achieved in the 13th FYP?", True),
        ("十四五的目标比十三五实际达到的高吗？", True),
        ("What did the 13th FYP achieve for parks?", False),
        ("What is the 2025 target for parks?", False),
    ],
)
def test_a_question_of_both_periods_at_once(question: str, both: bool) -> None:
    assert asks_both(question) is both
