from __future__ import annotations

import pytest

from assistant.dialect import to_mandarin
from assistant.refusal import Evidence, has_quantity, missing_codes, missing_heads, missing_topics, out_of_scope, weak
from corpus.models import Plan
from corpus.text import normalize


def test_out_of_scope(plan: Plan) -> None:
    text = normalize("\n".join(plan.source_lines))
    assert out_of_scope("天河区的地铁规划", text)
    assert out_of_scope("2023年海珠实际GDP是多少", text)
    assert out_of_scope("海珠区2025年的空气质量目标", text) is None
    assert out_of_scope("黄埔古港要怎么开发", text) is None  # a place in Haizhu, not 黄埔区
    assert out_of_scope("How did the economy do in 2023?", text)
    assert out_of_scope("听说累计发了1980张卡？", text) is None  # a count, not the year 1980
    # the plan names bodies, not the people in post
    assert out_of_scope("现在的区长是谁", text)
    assert out_of_scope("Who is the current district mayor?", text)
    assert out_of_scope("由哪个部门负责", text) is None
    # what happened once the plan was out
    assert out_of_scope("海珠湿地后来有没有被列入国际重要湿地名录？", text)
    assert out_of_scope("Since the plan came out, has Haizhu been named a national demonstration zone?", text)
    assert out_of_scope("规划印发前海珠做了什么？", text) is None
    assert out_of_scope("2022年全区实际新增了多少家高新技术企业？", text)  # a year after the plan, as it came out
    assert out_of_scope("What did the district actually spend on parks in 2023?", text)
    assert out_of_scope("2025年要新增多少家高新技术企业？", text) is None  # the plan's target for that year
    assert out_of_scope(to_mandarin("而家区长系边个？"), text)  # (Cantonese: 系边个 is 是哪个)
    # another district, of Guangzhou or a neighbouring city, in either language
    assert "天河區" in (out_of_scope("How does Haizhu's GDP compare with Tianhe District's?", text) or "")
    assert "南山區" in (out_of_scope("海珠的数字经济跟深圳南山区比怎么样？", text) or "")
    assert out_of_scope("What does the plan say about the Huangpu ancient port?", text) is None


def test_codes_the_plan_never_uses_are_missing(plan: Plan) -> None:
    text = normalize("\n".join(plan.source_lines))
    assert missing_codes("PM10的目标是多少", text) == ["PM10"]
    assert missing_codes("CO2排放要降多少", text) == ["CO2"]
    assert missing_codes("PM2.5的目标", text) == [] and missing_codes("pm25 target", text) == []
    assert missing_codes("5G基站", text) == [] and missing_codes("13th FYP", text) == []  # not letters then digits
    assert missing_codes("covers roughly 16 km²", text) == []  # a unit


def test_a_word_of_when_is_no_topic_the_plan_leaves_out() -> None:
    # 「接下来要打造哪一段」 asks of the years ahead; 摩天轮 is a thing the plan never names
    plan_text = "高标准打造示范段"
    assert missing_topics(["接下来", "下一步", "摩天轮"], plan_text, lambda w: False) == ["摩天轮"]


def test_quantities_in_evidence() -> None:
    assert has_quantity("面積30平方公里", "number")
    assert has_quantity("到2025年建成", "time")
    assert not has_quantity("繼續推進地鐵8號線東延段建設", "time")
    assert not has_quantity("推動一批優質醫療機構建成使用", "number")


def test_weak_evidence() -> None:
    assert weak(Evidence(coverage=0.0, dense_score=0.7, latin_query=False))
    assert not weak(Evidence(coverage=0.4, dense_score=0.7, latin_query=False))
    assert not weak(Evidence(coverage=0.0, dense_score=0.78, latin_query=True))


def test_a_noun_whose_head_the_plan_never_uses_is_missing() -> None:
    """购物券/消费券: the first part is a plan word, the head (券) is not a word of the plan."""
    plan_text = "证券 购物 消费 职称评审 健身"
    vocabulary = {"证券", "购物", "消费", "职称", "评审", "健身"}
    words = {"购物", "消费", "职称", "评职", "健身"}
    cut = [("发", "v"), ("消费", "vn"), ("券", "n")]  # jieba cuts the tail off
    kept = [("发", "v"), ("购物券", "n"), ("和", "c"), ("评职称", "n")]
    assert missing_heads(cut, plan_text, vocabulary, words.__contains__) == ["消费券"]
    assert missing_heads(kept, plan_text, vocabulary, words.__contains__) == ["购物券"]  # 职称 is a word: 评职称 is not
    assert missing_heads(cut, plan_text, vocabulary | {"券"}, words.__contains__) == []  # the plan uses 券


def test_a_compound_whose_qualifier_the_plan_never_uses_is_missing() -> None:
    """垃圾焚烧厂: the plan has 垃圾 and 厂 (旧厂房), never 焚烧 — so no such 厂 either."""
    plan_text = "生活垃圾分类 旧厂房改造 实际 目标值相应调整 增加值"
    vocabulary = {"生活", "垃圾", "分类", "厂", "厂房", "改造", "目标值", "增加值"}
    words = {"垃圾", "焚烧", "厂房", "实际", "目标", "增加", "服装", "分类"}.__contains__
    assert missing_heads([("垃圾焚烧", "vn"), ("厂", "n")], plan_text, vocabulary, words) == ["垃圾焚烧厂"]
    assert missing_heads([("垃圾", "n"), ("焚烧", "v"), ("厂", "n")], plan_text, vocabulary, words) == ["焚烧厂"]
    assert missing_heads([("垃圾分类", "n"), ("厂", "n")], plan_text, vocabulary, words) == []
    # a building's head at the end of a question, which jieba tags a morpheme, still heads it; a
    # piece of a word it cut wrong (「改成分时」: 成分 + 时) does not
    assert missing_heads([("垃圾焚烧", "vn"), ("厂", "zg")], plan_text, vocabulary, words) == ["垃圾焚烧厂"]
    assert missing_heads([("成分", "n"), ("时", "ng")], plan_text, vocabulary | {"时"}, words) == []
    assert missing_heads([("成分", "n"), ("时", "n")], plan_text, vocabulary | {"时"}, words) == []
    # 值 heads the plan's own compounds (目标值): 实际值 is a way of asking for a figure
    assert missing_heads([("实际", "n"), ("值", "n")], plan_text, vocabulary - {"目标值"}, words) == []


def test_a_festival_the_plan_never_names_is_missing_though_its_words_are_the_plan_s() -> None:
    """灯光节: the plan has 灯光 and names festivals of its own (艺术节), never this one."""
    plan_text = "灯光 艺术节 美食 节能"
    vocabulary = {"灯光", "艺术节", "美食", "节", "节能"}
    words = {"灯光", "艺术", "美食", "节能"}.__contains__
    assert missing_heads([("灯光", "n"), ("节", "n")], plan_text, vocabulary, words) == ["灯光节"]
    assert missing_heads([("艺术", "n"), ("节", "n")], plan_text, vocabulary, words) == []  # the plan's own
    assert missing_heads([("美食", "n"), ("厂", "n")], plan_text, vocabulary | {"厂"}, words) == []  # not a festival


def test_what_is_to_be_built_or_made_cheaper_must_be_named_by_the_plan() -> None:
    import jieba.posseg as pseg

    from assistant.refusal import missing_objects

    plan_text = "推进地铁建设,建设码头,完善公共交通"  # normalised plan text is Simplified

    def tagged(text: str) -> list[tuple[str, str]]:
        return [(w, f) for w, f in pseg.lcut(text)]

    assert missing_objects(tagged("规划有没有说要建滑雪场或者赛马场"), plan_text) != []
    assert "有轨电车" in missing_objects(tagged("海珠有没有规划修有轨电车"), plan_text)  # jieba: a set phrase
    assert missing_objects(tagged("建成的码头长度是多少"), plan_text) == []  # a measure of the thing, not a thing
    assert "车票" in missing_objects(tagged("坐公交有没有车票优惠"), plan_text)
    assert missing_objects(tagged("是不是要建一个码头"), plan_text) == []
    assert missing_objects(tagged("规划里地铁怎么建"), plan_text) == []
    # what there will be (「会不会有…」) and a rule to be set (「订出罚则」) are things named too
    assert "泳池" in missing_objects(tagged("码头建好之后会不会有泳池"), plan_text)
    assert missing_objects(tagged("码头建好之后会不会有地铁"), plan_text) == []
    assert "罚则" in missing_objects(tagged("规划有没有订出罚则"), plan_text)
    assert missing_objects(tagged("规划有没有提到泳池"), plan_text) == []  # (what is mentioned is not built)
    # the benefit itself, when the plan never offers it: 「地铁全部免费」
    assert "免费" in missing_objects(tagged("规划是不是说地铁全部免费"), plan_text)
    assert missing_objects(tagged("公交有没有补贴"), plan_text + ",给予补贴") == []
    assert "全免" in missing_objects(tagged("以后公园门票全免吗"), plan_text)
    # a price change, or a price or fee the plan never names
    assert "降价" in missing_objects(tagged("博物馆门票会不会降价"), plan_text)
    assert "票价" in missing_objects(tagged("地铁票价会调整吗"), plan_text)
    assert missing_objects(tagged("地铁票价会调整吗"), plan_text + ",票价") == []


def test_an_english_benefit_or_price_is_read_in_the_plans_words() -> None:
    from assistant.refusal import english_missing_benefits

    plan_text = "建设自由贸易试验区,完善无障碍设施,落实补贴"
    assert english_missing_benefits("Will the museum be free for pensioners?", plan_text) == ["免费"]
    assert english_missing_benefits("What is the ticket price of the tower?", plan_text) == ["票价"]
    assert english_missing_benefits("How big are the fines for littering?", plan_text) == ["罚款"]
    assert english_missing_benefits("Will tap-water prices go up?", plan_text) == ["水价"]
    assert english_missing_benefits("Are electricity tariffs being cut?", plan_text) == ["电价"]
    # not a benefit: a free trade zone, barrier-free access, fine particles
    assert english_missing_benefits("Is there a free trade zone?", plan_text) == []
    assert english_missing_benefits("How will barrier-free access improve?", plan_text) == []
    assert english_missing_benefits("What is the target for fine particles?", plan_text) == []
    assert english_missing_benefits("Is it free?", plan_text + ",免费开放") == []  # the plan offers it


def test_the_places_a_statement_puts_things_at() -> None:
    from assistant.refusal import salient_places

    assert "海珠湾" in salient_places("要把区图书馆搬到海珠湾")
    assert salient_places("不用各个部门轮流上门查了") == []


def test_a_claims_year_is_not_out_of_scope_when_asked_to_be_checked(plan: Plan) -> None:
    text = normalize("\n".join(plan.source_lines))
    assert out_of_scope("2018年新增了多少学位", text) is not None
    assert out_of_scope("2018年新增了多少学位", text, years=False) is None


def test_the_question_word_for_a_length_is_not_a_thing_to_build(plan: Plan) -> None:
    import jieba.posseg as pseg

    from assistant.refusal import missing_objects

    text = normalize("\n".join(plan.source_lines))
    assert missing_objects([(w, f) for w, f in pseg.lcut("十三五建成的碧道有多长")], text) == []


def test_a_thing_to_build_that_jieba_cuts_after_its_first_character_is_read_whole(plan: Plan) -> None:
    import jieba.posseg as pseg

    from assistant.refusal import missing_benefits, missing_objects

    text = normalize("\n".join(plan.source_lines))
    assert "村史馆" in missing_objects([(w, f) for w, f in pseg.lcut("每条村都要建一个村史馆")], text)
    # (a ticket is what something costs: the plan never names one)
    assert missing_benefits([(w, f) for w, f in pseg.lcut("广州塔门票多少钱")], text) == ["门票"]


def test_the_district_itself_is_no_place_a_statement_puts_things_at() -> None:
    from assistant.refusal import salient_places

    assert salient_places("海珠区的规划也提出要弘扬工匠精神") == []
    assert salient_places("规划要把总部搬到海珠湾") == ["海珠湾"]


def test_a_metro_line_by_a_number_the_plan_never_gives_is_missing() -> None:
    from assistant.refusal import missing_codes

    plan = "地铁10号线、11号线开工建设。"
    assert missing_codes("地铁13号线会经过海珠吗？", plan) == ["13号线"]
    assert missing_codes("Will Metro Line 13 run through Haizhu?", plan) == ["13号线"]
    assert missing_codes("地铁11号线什么时候通车？", plan) == []
    assert missing_codes("Line 10 opens when?", plan) == []


def test_a_school_or_hospital_the_plan_never_names_is_missing() -> None:
    import jieba.posseg as pseg

    from assistant.refusal import missing_institutions

    plan = "推进中山大学附属医院建设，新建一批中小学。"
    tagged = [(w, f) for w, f in pseg.lcut("南武中学会不会扩建？")]
    assert missing_institutions(tagged, plan) == ["南武中学"]
    assert missing_institutions([(w, f) for w, f in pseg.lcut("中山大学附属医院会扩建吗？")], plan) == []


@pytest.mark.parametrize(
    ("question", "out"),
    [
        ("十三五规划当初定的常住人口目标是多少？", True),
        ("What did the 13th FYP originally set as its target for park area?", True),
        ("十三五期间公园面积增加了多少？", False),  # (what the last period did: the review gives it)
        ("十三五的主要目标任务完成了吗？", False),
    ],
)
def test_a_target_of_the_last_plan_is_out_of_scope(question: str, out: bool) -> None:
    assert (out_of_scope(question, "“十三五”规划确定的主要目标任务如期完成") is not None) == out


def test_an_english_school_named_in_full_that_no_row_names_is_unknown() -> None:
    from assistant.refusal import english_unknown_institutions

    assert english_unknown_institutions("Is the Zhixin Middle School getting a new campus?", "学校") == [
        "Zhixin Middle School"
    ]
    assert (
        english_unknown_institutions("When will the Guangzhou Art Museum open?", "广州美术馆") == []
    )  # a row names it
    assert english_unknown_institutions("Will the district build a new school?", "学校") == []  # no name
    # a university too: the plan names Sun Yat-sen University (a row), never Tsinghua
    assert english_unknown_institutions("Will Tsinghua University open a campus here?", "中山大学") == [
        "Tsinghua University"
    ]
    assert english_unknown_institutions("What will Sun Yat-sen University do?", "中山大学") == []
    assert english_unknown_institutions("Which zone taps Guangzhou University Town's labs?", "广州大学城") == []


def test_english_taxes_and_everyday_rules_the_plan_never_names_are_missing() -> None:
    from assistant.refusal import english_missing_benefits

    assert english_missing_benefits("Will the district levy a property tax on flats?", "税收") == ["房产税"]
    assert english_missing_benefits("Can I get a licence plate faster in Haizhu?", "车辆") == ["车牌"]
    assert english_missing_benefits("Will the district levy a property tax on flats?", "房产税") == []
    assert english_missing_benefits("What does the plan say about tax revenue?", "税收") == []


def test_a_head_tagged_as_a_morpheme_the_plan_never_writes_is_missing() -> None:
    """jieba tags 券 of 「消费券」 a morpheme inside a longer sentence: a head the plan never writes
    as a word is still one (时 of 「改成分时」, a word of the plan's, is not)."""
    plan_text = "全面发掘消费潜力 证券 分时制步行街"
    vocabulary = {"消费", "潜力", "证券", "分时", "时", "步行街"}
    words = {"消费", "成分"}.__contains__
    assert missing_heads([("发放", "v"), ("消费", "vn"), ("券", "ng")], plan_text, vocabulary, words) == ["消费券"]
    assert missing_heads([("改", "v"), ("成分", "n"), ("时", "ng")], plan_text, vocabulary, words) == []


def test_what_completes_a_verb_of_building_is_no_part_of_the_thing() -> None:
    from assistant.refusal import missing_objects

    plan_text = "探索将艺苑路段等夜间经济重要路段调整为分时制步行街"
    tagged = [("会不会", "v"), ("搞", "v"), ("成", "n"), ("步行街", "n")]
    assert missing_objects(tagged, plan_text) == []
    assert missing_objects([("会", "v"), ("建", "v"), ("机场", "n")], plan_text) == ["机场"]


@pytest.mark.parametrize(
    "question",
    ["“十五五”期间海珠GDP增速目标定了多少？", "What growth target does the 15th Five-Year Plan set for Haizhu?"],
)
def test_a_later_plan_period_is_out_of_scope(question: str) -> None:
    assert out_of_scope(question, "“十四五”时期 2035年远景目标") is not None


def test_who_is_named_to_an_office_is_out_of_scope() -> None:
    assert out_of_scope("Who is named as the director of Pazhou Laboratory?", "琶洲实验室") is not None
    assert out_of_scope("Who will run the Pazhou Laboratory's new base?", "琶洲实验室") is None


@pytest.mark.parametrize(
    "question",
    [
        "纺织产业联合会嘅会长系边个？",
        "海珠區的總河長現在是誰?",
        "城市更新开发有限公司董事长会是谁?",
        "Which official personally signed off this plan?",
        "Which famous calligrapher will head the new art town?",
        "Who heads the district's new research institute for schools?",
        "And who will chair the alliance once it is set up?",
    ],
)
def test_who_holds_a_post_or_does_a_task_in_person_is_out_of_scope(question: str) -> None:
    assert out_of_scope(to_mandarin(question), "河长制") is not None


def test_a_group_of_people_or_who_leads_a_system_is_not_a_person() -> None:
    assert out_of_scope("Which people will benefit from the housing subsidy?", "") is None
    assert out_of_scope("河长制由谁负责?", "河长制") is None
    assert out_of_scope("Who leads the work on the river-chief system?", "河长制") is None


def test_a_word_typed_against_a_year_is_no_code() -> None:
    assert missing_codes("海珠GDP2020年是多少？", "地区生产总值") == []
    assert missing_codes("PM10的目标是多少", "PM2.5") == ["PM10"]
