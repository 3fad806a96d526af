"""Cantonese as people type it is read as written Mandarin, in the asker's own script; Mandarin
words that share a character with a Cantonese one are left alone. Sentences written for these tests."""

from __future__ import annotations

import pytest

from assistant.dialect import to_mandarin


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("呢度嘅公园有冇开放？", "这里的公园有没有开放？"),
        ("規劃有冇講圖書館幾時開？", "規劃有沒有講圖書館幾時開？"),  # Traditional stays Traditional
        ("嗰條隧道建咗幾多公里？", "那條隧道建了多少公里？"),
        ("邊個部門負責？", "哪個部門負責？"),
        ("醫院新址揀咗喺邊?", "醫院新址揀了在哪裏?"),
        ("佢哋話要搞咩？", "他們說要搞什麼？"),
        ("门票要几钱？", "门票要多少钱？"),
        ("点解要改造旧厂房", "为什么要改造旧厂房"),
        ("十四五又打算点？", "十四五又打算怎么？"),
        ("老城区同新城区边个大啲？", "老城区和新城区哪个大些？"),
        ("公園真係多咗咁多咩？", "公園真是多了這麼多嗎？"),  # a doubt ending in 咩 asks yes or no
        ("嗰個公園個名係咩？", "那個公園個名是什麼？"),  # … after 係 it asks what
        ("系咪真嘅？", "是不是真的？"),
        ("规划话要建几多个公园？", "规划说要建多少个公园？"),
        ("路边停车每小时收10蚊？夏天蚊好多", "路边停车每小时收10元？夏天蚊好多"),  # 蚊 after a figure is yuan
        ("幸福线串连边几个地方？", "幸福线串连哪几个地方？"),
        ("养老服务想喺边两方面加强？", "养老服务想在哪两方面加强？"),  # 邊 + any count: which
        ("又话要办好边啲活动？", "又说要办好哪些活动？"),  # (啲 is read as 些 first)
        ("琶洲那边三个项目几时开工？", "琶洲那边三个项目几时开工？"),  # (那边: over there)
        ("嗰个公园有幾大？", "那个公园有多大？"),
        ("条隧道要起幾耐？", "条隧道要起多久？"),  # how long
        ("坐船去要幾個鐘？", "坐船去要幾個小時？"),
        ("湿地入面啲高压线点处理？", "湿地里面些高压线怎么处理？"),
        ("呢三年修咗几多条路？", "这三年修了多少条路？"),  # 呢 + a count: "these"
        ("公园又点安排?", "公园又怎么安排?"),
        ("公園又點安排?", "公園又怎麼安排?"),
        ("係咪真㗎?", "是不是真的?"),
        ("话会喺江边起一座博物馆", "说会在江边建一座博物馆"),
        ("隧道話要幾時通？", "隧道說要幾時通？"),
        ("体育嗰part有冇讲游泳池？", "体育那部分有没有讲游泳池？"),  # English dropped into Chinese
        ("智慧乡村嗰度有冇讲？", "智慧乡村那里有没有讲？"),  # 嗰度: there
        ("将承包耕地呢啲嘢变成数据", "将承包耕地这些东西变成数据"),  # 啲嘢: these things
    ],
)
def test_cantonese_words_are_read_in_written_mandarin(typed: str, read: str) -> None:
    assert to_mandarin(typed) == read


@pytest.mark.parametrize(
    "mandarin",
    [
        "加强政企关系与商会联系",
        "完善劳动仲裁",
        "同比增长百分之六",
        "共同缔造",
        "同时推进",
        "加强对话合作",
        "不同街道",
        "召开电话会议",
        "重点发展数字经济",
        "一起推进",
        "What is the plan for the riverside?",  # an English question keeps its words
    ],
)
def test_mandarin_words_are_left_alone(mandarin: str) -> None:
    assert to_mandarin(mandarin) == mandarin


def test_says_before_what_is_said_is_says() -> None:
    # 「我阿哥話，…」「文章話：「…」」: the verb, before what is said; 「呢句話：」 is the noun
    assert "說" in to_mandarin("我阿哥話，規劃寫明要建")
    assert "說：" in to_mandarin("有篇文章話：「要建」")
    assert to_mandarin("呢句話：好唔好").startswith("呢句話")


def test_a_classifier_after_a_verb_of_making_is_one_of_a_thing() -> None:
    assert "搞一條紅色文化產業鏈" in to_mandarin("搞條紅色文化產業鏈")
    assert to_mandarin("有個公園") == "有個公園"  # (Mandarin says 有个 too: left as it is)


def test_so_at_the_end_of_a_sentence_is_this_way() -> None:
    assert to_mandarin("真係咁？") == "真是這樣？"  # (in the asker's own script)
    assert to_mandarin("點解要咁做？").endswith("這麼做？")


def test_to_put_up_a_building_is_to_build() -> None:
    assert to_mandarin("要起一間新嘅戲院").startswith("要建一間")
    assert to_mandarin("一起去睇戲") == "一起去看戲"


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("规划真系有提？", "规划真是有提？"),  # 系 after 真 typed for 係
        ("规划系咪话要建？", "规划是不是说要建？"),  # 話 after 係咪: says
        ("唔怕吓亲雀仔咩？", "不怕吓亲雀仔吗？"),  # 咩 after a negative asks back
        ("区里会整个平台", "区里会搞一个平台"),  # 整個 after 會: makes one
        ("嗰阵起咗几长嘅绿道？", "那阵建了多长的绿道？"),  # 起咗: built; 幾長: how long
        ("咁甲园呢？有几大、定位系乜？", "那甲园呢？有多大、定位是什么？"),  # 咁 opening a follow-up: then
        ("咁多人点搞？", "这么多人怎么搞？"),  # (咁多: so many)
        ("咁甲园方面呢？要搭啲咩平台？", "这么甲园方面呢？要搭些什么平台？"),  # (a side of what was answered)
        ("加强系统建设和关系协调", "加强系统建设和关系协调"),  # 系 in written words stays
        ("评奖系由区商务局牵头", "评奖是由区商务局牵头"),  # 系 before 由: is (done) by
        ("这个体系由三部分组成", "这个体系由三部分组成"),  # (体系 stays)
    ],
)
def test_more_cantonese_read_in_written_mandarin(typed: str, read: str) -> None:
    assert to_mandarin(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("规划要求佢喺边年之前建成？", "规划要求它在哪年之前建成？"),  # 邊年: which year
        ("落户边家医院？", "落户哪家医院？"),  # 邊家: which one (of firms, hospitals)
        ("海边年年都有活动", "海边年年都有活动"),  # (海邊: the seaside, then 年年)
        ("咁另外嗰个甲园呢？", "那另外那个甲园呢？"),  # 咁 opening a follow-up alone: then
        ("咁“甲名片”嗰个，点样发挥？", "那“甲名片”那个，怎样发挥？"),  # … pointing at another thing
        ("咁之后点呢？", "这么之后点呢？"),  # (咁之後: not a new topic; left as it was)
    ],
)
def test_which_and_then_in_a_follow_up(typed: str, read: str) -> None:
    assert to_mandarin(typed) == read


def test_who_asked_in_cantonese() -> None:
    assert to_mandarin("区长系边个？") == "区长是哪个？"
    assert to_mandarin("呢个体系边个负责？") == "这个体系哪个负责？"  # (体系 is a word: its 系 stays)


def test_what_a_document_says_is_says() -> None:
    assert to_mandarin("聽講前言話十四五係第一個五年") == "聽講前言說十四五是第一個五年"
    assert to_mandarin("纲要话要建公园") == "纲要说要建公园"
    assert to_mandarin("报告话剧院要翻新").startswith("报告话剧院")  # (a theatre, not said)
