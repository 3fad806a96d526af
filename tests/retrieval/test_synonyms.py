from __future__ import annotations

from collections import Counter

import pytest

from corpus.models import Plan
from corpus.text import normalize
from retrieval.synonyms import english_rows, expand, narrower, synonyms


def test_everyday_words_bring_the_plans_wording() -> None:
    assert expand("海珠区GDP现在多少了").endswith(" 地区生产总值")
    assert "医疗" in expand("附近看病方便吗")
    assert "违法建设" in expand("楼顶僭建有人管吗")  # Cantonese
    assert expand("海珠湿地") == "海珠湿地"  # nothing to add: the plan's own words


def test_latin_words_match_whole_words_only() -> None:
    assert "人工智能" in expand("AI产业有什么支持")
    assert "人工智能" in expand("support for AI firms")
    assert "人工智能" not in expand("air quality targets")  # not "ai"
    assert "人工智能" not in expand("maintain the river")


def test_english_words_bring_the_plans_wording() -> None:
    assert "湿地" in expand("Will the wetlands be protected?")  # a plural
    assert "空气质量" in expand("What are the air-quality goals?")  # a hyphenated phrase
    assert "学校" in expand("a new school") and "医院" in expand("a new hospital")
    assert "学位" in expand("new school places")  # a phrase: the plan counts places as 学位
    assert "垃圾分类" in expand("How will waste sorting work?")
    assert "未来产业" in expand("Which future industries will it back?") and "落户" in expand("help with hukou")


def test_a_matched_english_phrase_is_used_up() -> None:
    """The phrase "pilot zone" brings 试验区; its words do not also bring what "pilot" and "zone" alone mean."""
    expanded = expand("the pilot zone")
    assert "试验区" in expanded and "试点" not in expanded and "片区" not in expanded
    assert expanded.count("试验区") == 1


def test_english_rows_are_found_through_their_first_word() -> None:
    """Only rows whose first word the query holds are tried: plurals ("buses"), words joined by
    a sign ("R&D centre", "people's congress") must still reach their rows."""
    assert "公交" in expand("more buses please")
    assert "研发中心" in expand("a new R&D centre") and "研发经费" not in expand("a new R&D centre")
    assert "研发经费" in expand("R&D spending share")
    assert "人大" in expand("the district people's congress")


def test_a_plural_in_ies_reaches_its_rows_singular() -> None:
    """ "companies", "policies", "technologies": the row is written in the singular."""
    assert "企业" in expand("which companies will move in")
    assert "政策" in expand("what policies does it copy")
    assert "科技" in expand("new technologies")
    assert expand("keys") == "keys"  # (a vowel before y: no such plural)


def test_every_official_word_is_in_the_plan(plan: Plan) -> None:
    """An expansion the plan does not contain can only add noise to the query."""
    text = normalize("\n".join(plan.source_lines))
    missing = [(left, word) for left, right in synonyms() for word in right.split() if word not in text]
    assert not missing


def test_each_everyday_word_is_listed_once() -> None:
    counts = Counter(left for left, _ in synonyms())
    assert not [w for w, n in counts.items() if n > 1]
    assert all(left and right for left, right in synonyms())


def test_a_narrower_word_is_one_the_plan_never_uses(plan: Plan) -> None:
    """`narrower` makes a claim or figure about the word "not mentioned": true only if the plan
    never writes it (the rule in synonyms.tsv's header)."""
    text = normalize("\n".join(plan.source_lines))
    assert len(narrower()) >= 40
    assert [word for word in narrower() if word in text] == []


def test_a_word_inside_a_longer_listed_word_is_read_as_its_part() -> None:
    """The plan's own short names (“一区”指“琶洲…试验区”) are expanded on their own, but not
    inside the chapter's name 「一区一谷一圈」, where the three together are one thing."""
    assert "琶洲人工智能与数字经济试验区" in expand("“一区”和“一圈”哪个面积大")
    assert expand("“一区一谷一圈”说的是哪三个地方") == normalize("“一区一谷一圈”说的是哪三个地方")


def test_english_rows_give_each_phrase_with_the_plans_words() -> None:
    rows = english_rows("Haizhu joins the Guangzhou–Foshan forum with Belarus")
    assert ("foshan", ("佛山",)) in rows and ("belarus", ("白俄罗斯",)) in rows
    # (a longer phrase is used up first: its words are not matched again on their own)
    academy = english_rows("the Belarus Academy of Sciences centre")
    assert academy[0] == ("belarus academy of sciences", ("白俄罗斯国家科学院",))
    assert all(english != "belarus" for english, _ in academy)
    assert english_rows("海珠湿地") == []


def test_everyday_english_is_found_whole_and_longest_first() -> None:
    from retrieval.synonyms import everyday_rows

    assert everyday_rows("Are there plans for school buses?") == [("school bus", ("校车",))]
    assert everyday_rows("a busy schoolbusiness") == []  # (whole words only)
    found = dict(everyday_rows("Will the minimum wage rise?"))
    assert found == {"minimum wage": ("最低工资标准", "最低工资")}


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("Is there anything about banning smoking indoors?", "smoking ban"),  # the other way round, as a deed
        ("Is there a ban on smoking in parks?", "smoking ban"),  # … or after a preposition
        ("What are the fees for parking near the wetland?", "parking fee"),
        ("Does it cover hospice or end-of-life care?", "hospice care"),  # two words between
        ("How will the plan stop buses from idling?", None),  # (a verb before the other word: no deed done)
        ("the plan cares about cars", None),
        ("Are minimum standards for the wage set?", None),  # (three words between)
    ],
)
def test_everyday_pairs_are_found_put_otherwise(question: str, row: str | None) -> None:
    from retrieval.synonyms import everyday_rows

    assert [left for left, _ in everyday_rows(question)] == ([row] if row else [])


def test_everyday_english_names_only_what_the_plan_never_prints(plan: Plan) -> None:
    """A word the plan uses belongs to the plan's own table (synonyms.tsv), where it expands a
    query; the everyday list holds only what the plan never names, and no English is in both."""
    from retrieval.synonyms import _everyday

    text = normalize("\n".join(plan.source_lines))
    assert not [(left, w) for left, words in _everyday() for w in words if w in text]
    table = {left for left, _ in synonyms()}
    assert not [left for left, _ in _everyday() if left in table]
    assert len(_everyday()) > 200


def test_an_everyday_row_is_looked_up_by_its_english() -> None:
    from retrieval.synonyms import everyday_chinese

    assert everyday_chinese("School bus") == ("校车",)
    assert everyday_chinese("school") == ()  # (a row's whole English, not a word of it)


def test_a_phrase_inside_a_longer_glossary_phrase_is_not_everyday() -> None:
    from retrieval.synonyms import everyday_rows

    # (any dash joins a phrase's words: "Hong Kong–Macao")
    assert everyday_rows("What did the Hong Kong–Macao ferry terminal achieve?") == []
    assert everyday_rows("When will a new ferry terminal open?") != []
    assert everyday_rows("Is there a school bus service?") == [("school bus", ("校车",))]  # (its words glossed apart)


def test_compass_words_read_as_the_plans_parts() -> None:
    assert "西部" in expand("a sports venue in the western old town")
    assert "北侧" in expand("the walkway on the north side of the road")
    assert "西部" not in expand("along Yuejiang West Road")
