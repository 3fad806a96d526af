from __future__ import annotations

import re

import pytest

from assistant.extractive import question_kind
from assistant.questions import (
    asked_unit,
    asks_besides,
    asks_for,
    asks_per_head,
    asks_place,
    asks_whether,
    asks_which_exactly,
    counted_noun_en,
    counts_thing,
    measured_thing,
    per_head,
    states_figure,
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("琶洲试验区占地多大？", "number"),
        ("琶洲試驗區佔地多大？", "number"),
        ("要引进几家总部企业？", "number"),
        ("户籍人口百分之几有医保？", "number"),
        ("What share of GDP goes to R&D?", "number"),
        ("地铁什么时候通车", "time"),
        ("几月开工？", "time"),
        ("When will the line open?", "time"),
        ("保障性住房有哪几种", None),
        ("海珠湿地有什么规划？", None),
        ("By when should the bridge be finished?", "time"),
        ("Which partners should the district court when opening up trade?", None),  # a conjunction
        ("甚麼時候完工？", "time"),  # the Hong Kong spelling of 什麼
        ("What year is the new library due to open?", "time"),
        ("十四五时期具体是指哪几年？", "time"),
        ("Which month does the bridge work start?", "time"),
        ("What share of the budget goes to each year?", "number"),  # a year named, not asked
        ("坐船去香港要多久？", "number"),  # how long: a figure of time taken, not a date
        ("湿地公园几点开门？", "time"),
        ("行政执法要做到哪几点？", None),  # which points: a list, not a time of day
    ],
)
def test_what_a_question_asks_for(question: str, kind: str | None) -> None:
    assert asks_for(question) == kind


def test_the_answer_and_the_refusal_rule_read_a_question_the_same_way() -> None:
    for question in ("琶洲试验区占地多大？", "几月开工？", "户籍人口百分之几有医保？", "海珠湿地有什么规划？"):
        assert question_kind(question) == (asks_for(question) or "fact")
    assert question_kind("固体废物处理在哪一节？") == "where"  # where/who come before what is asked for


def test_a_why_question_is_its_own_kind() -> None:
    assert question_kind("為甚麼目標定得比去年低？") == "why" and question_kind("为何要迁址？") == "why"
    # 为 as "as" after a verb, then 什么 "what": 「列为什么内容」 asks what, not why
    assert question_kind("纲要把实施情况列为什么内容？") != "why" and question_kind("它定位为什么？") != "why"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What is the registered population of Haizhu today?", "number"),
        ("What is the land area of the innovation valley?", "number"),
        ("What was the price of a ferry ticket last year?", "number"),
        ("What does the plan say about population services for the elderly?", None),
        ("How does the district link up with the Greater Bay Area?", None),
        ("What recycling rate is the district targeting for 2025?", "number"),
        ("Which coverage rate does the plan set for kindergartens?", "number"),
        ("What share of the work does the plan give the streets?", "number"),
        ("What rate of progress does the plan describe?", None),  # (no rate named by its kind)
        ("What will a bus ride from the station to the museum cost?", "number"),
        ("Does the plan say who pays for the new bridge and what it will cost?", "number"),
        ("What exact revenue figure does the zone aim for?", "number"),
        ("新码头的具体投资金额系点？", "number"),
    ],
)
def test_an_english_question_asks_for_a_figure_by_naming_it(question: str, kind: str | None) -> None:
    assert asks_for(question) == kind


def test_an_english_figure_question_names_the_unit_its_answer_carries() -> None:
    population = asked_unit("What is the registered population of Haizhu today?")
    area = asked_unit("What is the land area of the innovation valley?")
    assert population is not None and states_figure("常住人口約180萬人", population)
    assert area is not None and states_figure("佔地約12平方公里", area)


def test_a_footnote_number_or_a_per_capita_measure_is_not_a_head_count() -> None:
    people = re.compile("万人|人")
    assert not states_figure("注:2.人均指標按常住人口計算", people)
    assert not states_figure("每千人擁有床位數", people)
    assert not states_figure("全区有3人均收入", people)
    assert states_figure("新增就業2.5萬人", people) and states_figure("服務三千人", people)


def test_a_count_in_another_measure_word_still_counts_the_thing_asked_about() -> None:
    assert counts_thing("全區完成45處老舊社區改造", "老旧")
    assert not counts_thing("推進老舊社區改造", "老旧")  # no number
    assert not counts_thing("45處公園,老舊社區改造", "老旧")  # the number counts something else


def test_money_asked_for_in_english_is_a_figure_in_yuan() -> None:
    for question in (
        "What is the total budget, in yuan, for the new sports centre?",
        "How much funding does the district give to start-ups?",
        "What is the investment in the riverside greenway?",
    ):
        unit = asked_unit(question)
        assert asks_for(question) == "number" and unit is not None, question
        assert states_figure("總投資約12億元", unit) and not states_figure("建設綠道12公里", unit)


def test_how_a_count_changes_is_not_what_it_counts() -> None:
    assert measured_thing("两类园区各从几家增长到几家？") is None
    assert measured_thing("学校从几所提高到几所") is None
    assert measured_thing("景区由多少间加到多少间？") is None  # (加到: the change, not what is counted)
    assert measured_thing("地区生产总值从多少涨到多少") is None  # how the figure changed, not a thing counted
    assert measured_thing("生物种类涨到多少种了") is None  # 了 says it happened
    assert measured_thing("全区有多少家医院") == "医院"


def test_a_count_asked_without_a_measure_word_still_names_what_it_counts() -> None:
    assert measured_thing("那个计划一共解决了多少房源") == "房源"
    assert counts_thing("为外来务工人员解决超1200套房源", "房源")
    assert measured_thing("修路一共花了多少钱") is None  # an amount, not a thing counted
    assert measured_thing("公园面积有多少平方米") is None
    assert measured_thing("要新增多少万人就业") is None
    assert measured_thing("湿地现在有多少种呀？") is None  # a friendly particle is not what is counted
    assert measured_thing("湿地有多少种鸟类呀？") == "鸟类"


def test_a_question_whether_the_plan_says_something() -> None:
    assert asks_whether("规划有没有说要修一座新的体育馆？")
    assert asks_whether("綱要有提到社區食堂嗎？")
    assert asks_whether("Does the plan mention a new stadium?")
    assert not asks_whether("新体育馆建在哪里？")
    # whether something will happen: 会不会, 要不要, 「会…吗」
    assert asks_whether("体育馆门票会不会涨价？")
    assert asks_whether("要不要建一座新码头？")
    assert asks_whether("以后公园会免费开放吗？")
    assert not asks_whether("公园有几个吗哪")


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("新图书馆建在哪条路？", True),
        ("區醫院新址揀咗喺邊？", True),  # Cantonese, as people type it
        ("康复中心的地址是什么", True),
        ("Which street will the new clinic be on?", True),
        ("工作站设在哪一个层级？", False),  # a level, not a place
        ("是不是要另外选址新建？", False),  # a claim about a site, not a question for one
        ("琶洲试验区在哪一节？", False),
        ("新的污水处理厂要建在哪里？", True),  # where something is to be built
        ("区档案馆要搬去哪里？", True),  # moving away, to where
        ("图书馆会搬到哪里？", True),
        ("要在哪里选址新建？", True),
        ("试验区在哪里？", False),  # where a thing that exists is: the plan's own words say
    ],
)
def test_a_street_road_or_address_asked_for(question: str, place: bool) -> None:
    from assistant.questions import asks_place

    assert asks_place(question) is place


def test_a_share_of_gdp_is_a_percentage_not_money() -> None:
    share = asked_unit("研发经费占GDP比重是多少？")
    assert share is not None and states_figure("比重達3.3%左右", share) and not states_figure("69.79億元", share)
    assert asked_unit("单位地区生产总值能耗下降了多少？") is None  # per unit of GDP: not money
    money = asked_unit("GDP是多少？")
    assert money is not None and states_figure("2086.93億元", money)
    # how fast it grows a year is a rate
    for question in ("GDP每年打算涨多少？", "产值一年大概增长多少", "What annual growth rate is set for GDP?"):
        rate = asked_unit(question)
        assert rate is not None and states_figure("年均增長6%左右", rate), question


@pytest.mark.parametrize(
    ("question", "kind", "unit"),
    [
        ("十四五期間新建幾多所幼兒園？", "number", "所"),  # Cantonese 幾多, as people type it
        ("渡轮一日有几多班？", "number", "班"),
        ("区里有幾多間高新技术企业？", "number", "家"),  # Cantonese 間 for firms, the plan's 家
        ("加装电梯的具体台数目标有冇写？", "number", "台"),
        ("隧道预计何年通车？", "time", None),
        ("图书馆啥时侯开放", "time", None),  # the common slip 侯 for 候
        ("规划有没有讲开工的具体日子？", "time", None),
        ("What is the 2025 target for per-capita library books?", "number", None),
        ("What was the forest coverage rate?", "number", "%"),
        ("How many smart lamp posts will be installed?", "number", "个"),  # a count: with a measure word
        ("What is the target for the number of listed companies?", "number", "家"),
    ],
)
def test_a_figure_or_a_date_asked_in_everyday_wording(question: str, kind: str, unit: str | None) -> None:
    assert asks_for(question) == kind
    found = asked_unit(question)
    assert (found.pattern if found is not None else None) == unit or (unit and found and unit in found.pattern)


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("Where exactly will the new stadium be built?", True),
        ("Where will the sports centre be relocated to?", True),
        ("Where does the plan talk about sports?", False),
    ],
)
def test_an_english_question_for_an_exact_site(question: str, place: bool) -> None:
    from assistant.questions import asks_place

    assert asks_place(question) is place


@pytest.mark.parametrize(
    ("question", "procedure"),
    [
        ("申请人才公寓要满足什么条件？", True),
        ("入学要准备哪些材料？", True),
        ("去哪里办理居住证？", True),
        ("怎么办居住证？", True),
        ("遇到纠纷怎么办？", False),  # what to do, not how to apply
        ("How do I apply for a startup subsidy?", True),
        ("Who is eligible for the housing scheme?", True),
        ("人才公寓有多少套？", False),
        ("规划为人才创造了什么条件？", False),  # conditions the plan creates, not ones to meet
        ("海珠湿地有什么规划？", False),
    ],
)
def test_a_question_for_conditions_or_a_procedure(question: str, procedure: bool) -> None:
    from assistant.questions import asks_procedure

    assert asks_procedure(question) is procedure


def test_the_word_a_figure_is_asked_of_is_not_the_thing_it_belongs_to() -> None:
    from assistant.questions import measured_word

    assert measured_word("新医院设计床位是多少张？") == "床位"
    assert measured_word("湿地公园面积是多少？") == "面积"
    assert measured_word("湿地公园有多大？") is None  # the thing itself, not a measure of it
    assert measured_word("这是什么意思？") is None
    assert measured_word("琶洲试验区有多少个新拍地项目？") is None  # projects are counted, of the zone


def test_what_a_thing_is_asked_formally_is_not_why() -> None:
    from assistant.questions import WHY_Q

    assert not WHY_Q.search("试验区的整体定位为何？")  # "is what", at the end
    assert WHY_Q.search("为何要建设试验区？")


def test_a_figure_in_words_is_a_figure_but_not_a_set_phrase() -> None:
    from assistant.questions import in_words

    assert in_words("全國第三家互聯網法院", re.compile("家"))
    assert in_words("两小时经济圈", re.compile("小时"))
    assert not in_words("按照三个一批加快消化", re.compile("个"))
    assert not in_words("打通最后一公里", re.compile("公里"))


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("新建的消防站具体是哪几个？要建在哪几条街上", None),  # what it asks for comes before
        ("改造的专业批发市场具体是哪些市场？", "市场"),
        ("那幾間醫院究竟係邊幾間醫院？", "医院"),
        ("老旧小区到底要改造哪13个小区？", "小区"),
        ("Which bridges exactly will be rebuilt?", "bridges"),
        ("Exactly which streets will get the new lamps?", "streets"),
        ("有哪些医院？", None),  # a plain list question, not "which ones exactly"
        # the ones that will be picked, asked for by name: an answer has to name them too
        ("Which bridges will be rebuilt?", "bridges"),
        ("Which companies or institutes will be designated as pilots?", "companies"),
        ("Which industry is the district's pillar?", None),  # what the plan says, not ones to be picked
        ("新线会设哪几个站？", "站"),  # which ones are set up, one by one
        ("同时要组建哪些区级资源中心？", None),  # what is formed, not where it is set up
        ("规划里提到的“老旧码头”具体是哪几个？", "码头"),  # what it calls them comes first, quoted
        ("“十大工程”是什么？", None),
    ],
)
def test_which_ones_exactly_names_what_is_asked_for(question: str, thing: str | None) -> None:
    assert asks_which_exactly(question) == thing


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("会由哪家银行来做？", "银行"),  # one body by its name, 具体 or not
        ("具体边间学校？", "学校"),  # Cantonese
        ("到底是哪个医院？", "医院"),
        ("去哪个片区？", None),  # a part of the district is no body named by name
        ("会新建哪所职业学校？", "学校"),  # (its kind after what sort it is)
        ("Which company will operate the new ferry line?", "company"),  # the one, in English
        ("Which firm has been contracted to build the stadium?", "firm"),
        ("Which company is the biggest taxpayer?", None),  # (not who is to carry out a task)
    ],
)
def test_one_body_or_venue_is_asked_for_by_name(question: str, thing: str | None) -> None:
    assert asks_which_exactly(question) == thing


def test_these_few_is_not_how_many_and_how_many_days_is() -> None:
    assert asks_for("规划有没有写要落实这几个培训计划？") is None  # 这几个: these, not how many
    assert asks_for("每家要囤几天的物资？") == "number"
    assert asks_for("这一条要几周办完？") == "number"


def test_how_long_in_time_is_not_a_length() -> None:
    unit = asked_unit("坐船要多长时间？")
    assert unit is not None and unit.search("1小时") and not unit.search("3公里")
    length = asked_unit("How many kilometres of cycle paths will be built?")
    assert length is not None and length.search("10公里")


@pytest.mark.parametrize(
    ("question", "besides"),
    [
        ("除了艺苑路段，还有哪些路段要改成步行街？", ("艺苑路段", "路段")),
        ("除了琶洲以外还有哪几个片区？", ("琶洲", "片区")),
        ("Besides the Canton Tower, which other landmarks will be lit up?", ("canton tower", "landmarks")),
        ("Which other landmarks will be lit up besides the Canton Tower?", ("canton tower", "landmarks")),
        ("除了增加绿地，还要做什么？", None),  # no "which others" asked
    ],
)
def test_besides_x_which_others_names_what_is_given_and_what_is_asked(
    question: str, besides: tuple[str, str] | None
) -> None:
    assert asks_besides(question) == besides


def test_the_names_of_things_the_plan_counts_are_asked_for() -> None:
    assert asks_which_exactly("规划里要创建的1至2家国家级创新中心，具体叫什么名字？") == "中心"
    assert asks_which_exactly("那个夜间消费品牌叫什么名字？") is None  # one thing, which the plan may name


def test_a_reward_a_ticket_and_how_often_ask_for_their_own_units() -> None:
    money = asked_unit("楼宇评上星级，区里会给多少奖励？")
    assert money is not None and money.search("50万元")
    assert money.search("几钱") is None and asked_unit("门票几钱？") is not None
    often = asked_unit("How often will the boats run?")
    assert often is not None and often.search("每天10班") and not often.search("10公里")


def test_a_length_or_area_asked_in_its_english_unit_is_read() -> None:
    from assistant.questions import asked_unit

    length = asked_unit("How long, in kilometres, is the riverside greenway?")
    area = asked_unit("How big, in square metres, is the new plaza?")
    assert length is not None and length.search("12公里") and not length.search("12个")
    assert area is not None and area.search("3万平方米")


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("研究院现在有多少研究人员？", "研究人员"),
        ("湿地一年接待多少游客？", "游客"),
        ("低保标准由多少调整至多少？", None),  # a change, not a thing counted
        ("小程序能办多少件事？", None),
        ("低保标准是多少一个月？", None),
        ("对新增学位订了多少目标？", None),  # what the figure is called
    ],
)
def test_the_thing_a_how_many_question_counts(question: str, counted: str | None) -> None:
    from assistant.questions import counted_noun

    assert counted_noun(question) == counted


def test_how_many_times_or_rounds_asks_a_number_but_which_round_does_not() -> None:
    from assistant.questions import asks_for

    assert asks_for("书画展每年办几期？") == "number"
    assert asks_for("文化节每年办几场？") == "number"
    assert asks_for("会展中心要建到第几期？") != "number"  # which phase, not how many
    assert asks_for("那几张名片分别是什么？") != "number"  # those few, not how many


def test_how_large_a_share_asks_a_percentage_not_an_area() -> None:
    share = asked_unit("旧厂房占全区建设用地多大比例？")
    assert share is not None and share.search("30%") and not share.search("30平方公里")
    area = asked_unit("这个公园有多大？")
    assert area is not None and area.search("平方公里")


def test_a_route_asked_is_not_a_street() -> None:
    from assistant.questions import asks_place

    assert not asks_place("这些纪念馆要串成什么路线？")
    assert asks_place("新馆建在什么路？")


def test_an_english_target_asked_by_its_thing_asks_for_a_figure() -> None:
    assert asks_for("What revenue target does the plan set for the creative park?") == "number"
    assert asks_for("What is the target for the number of new libraries by 2025?") == "number"
    assert asks_for("What does the plan say about targets for culture?") is None


def test_a_price_per_area_asks_for_yuan_per_area() -> None:
    from assistant.questions import asked_unit

    unit = asked_unit("琶洲新楼盘多少钱一平？")
    assert unit is not None and unit.search("均价3万元/平方米") and not unit.search("总投资50亿元")
    unit = asked_unit("What is the price per square metre of new flats?")
    assert unit is not None and not unit.search("营业收入达2690.14亿元")
    money = asked_unit("琶洲试验区总投资多少钱？")
    assert money is not None and money.search("总投资50亿元")


def test_a_figure_asked_per_head_and_the_clauses_that_give_one() -> None:
    assert asks_per_head("全区人均可支配收入是多少？") and asks_per_head("What is the per-capita GDP?")
    assert asks_per_head("how much park space is there per resident") and not asks_per_head("全区GDP是多少？")
    assert asks_for("What is the goal for park space per resident?") == "number"
    assert per_head("人均公園綠地面積約11.08平方米") and per_head("每千名老人擁有養老床位數35.3張")
    assert per_head("每萬人擁有高價值發明專利數") and not per_head("地區生產總值達到2086.93億元")


def test_what_an_english_how_many_question_counts() -> None:
    assert counted_noun_en("How many visitors does the museum get each year?") == "visitors"
    assert counted_noun_en("How many 'smart parking lots' will be built?") == "smart parking lots"
    assert counted_noun_en("how many bridges, in total?") == "bridges"
    assert counted_noun_en("What is the total?") is None


def test_money_earned_asked_for_in_english_is_a_figure_in_yuan() -> None:
    for question in ("What annual revenue does the new mall bring in?", "How much income does the port make?"):
        unit = asked_unit(question)
        assert asks_for(question) == "number" and unit is not None, question
        assert states_figure("營業收入45億元", unit) and not states_figure("展會超200場次", unit)


def test_english_ways_of_asking_whether_the_plan_has_something() -> None:
    for question in (
        "Will the district launch robotaxi services in Pazhou?",
        "Are there any plans for school buses?",
        "Does Haizhu plan to cut parking fees?",
        "Is the plan going to build a zoo?",
    ):
        assert asks_whether(question), question
    assert not asks_whether("How many parks will the district build?")
    assert not asks_whether("Which body leads the wetland project?")


@pytest.mark.parametrize(
    "question",
    [
        "How much prize money does a start-up get from the talent award?",
        "How much subsidy will a family receive for installing a lift?",
        "Is there a cash reward for reporting pollution, and how big is it?",
    ],
)
def test_a_sum_of_money_asked_for_by_what_it_is_for_is_a_figure_in_yuan(question: str) -> None:
    """Prize money, a subsidy or a reward asked for "how much" is answered by a sum in 元, not by a
    count of awards."""
    unit = asked_unit(question)
    assert unit is not None and states_figure("奖励50万元", unit) and not states_figure("设立6大奖项", unit)


@pytest.mark.parametrize(
    ("question", "opinion"),
    [
        ("你觉得海珠以后会不会变成第二个天河？", True),
        ("你點睇琶洲啲寫字樓租金？", True),
        ("In your view, will the wetland still be this big in 2050?", True),
        ("Do you think the metro plans are realistic?", True),
        ("你觉得规划里有没有讲到垃圾分类？", False),  # what the plan says, asked casually
        ("Do you think the plan mentions cycling?", False),
        ("规划对房价有什么说法？", False),
        ("咁你估明年地铁票价会唔会加？", True),  # 你估: what do you guess
        ("海珠的税收会不会超过越秀区？", True),  # a race with another district
        ("Will the district's output catch up with Panyu District by 2030?", True),
        ("Will GDP surpass 300 billion yuan by 2025?", False),  # a figure: the plan may set one
    ],
)
def test_a_view_or_a_forecast_asked_for_is_an_opinion(question: str, opinion: bool) -> None:
    from assistant.questions import asks_opinion

    assert asks_opinion(question) is opinion


def test_which_firm_won_or_got_a_contract_asks_for_its_name() -> None:
    from assistant.questions import asks_which_exactly

    assert asks_which_exactly("Which construction company got the contract for the new bridge?") is not None
    assert asks_which_exactly("Which firm won the bid to run the ferry?") is not None
    assert asks_which_exactly("Which parks got new lighting in the last plan period?") is None


def test_so_many_after_a_count_is_no_thing_counted() -> None:
    from assistant.questions import measured_thing

    assert measured_thing("公园里的鸟类现在有多少种这么多？") is None  # 「有几多种咁多」: "so many" of them
    assert measured_thing("公园里有多少种鸟类？") == "鸟类"


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("规划说要打造无人驾驶示范段，具体设在哪一条路？", "路"),
        ("海珠区那6所国家级足球推广学校是哪几间？", "学校"),
        ("十三五建成的3个公园是哪些？", "公园"),
    ],
)
def test_which_ones_by_name(question: str, thing: str) -> None:
    assert asks_which_exactly(question) == thing


@pytest.mark.parametrize("question", ["规划提到哪些产业？", "未来产业有哪几个？"])
def test_which_ones_of_things_not_counted_is_a_list_question(question: str) -> None:
    assert asks_which_exactly(question) is None


def test_an_area_in_a_zones_name_is_no_figure_asked() -> None:
    q = "Which zone does the plan want included in the expansion of the Nansha area of the China (Guangdong) Pilot Free Trade Zone?"
    assert asks_for(q) is None
    assert asks_for("What is the area of the wetland park?") == "number"


def test_a_power_capacity_is_asked_in_units_of_power() -> None:
    q = "What installed capacity will the new rooftop solar plants have?"
    assert asks_for(q) == "number"
    unit = asked_unit(q)
    assert unit is not None and unit.search("装机规模10万千瓦") and not unit.search("500千伏")


def test_a_sum_named_by_what_it_is_is_money() -> None:
    q = "What's the minimum purchase amount for a shopping voucher?"
    assert asks_for(q) == "number"
    unit = asked_unit(q)
    assert unit is not None and unit.search("500元") and not unit.search("30家")


def test_a_discount_a_loan_and_items_counted_in_their_own_words() -> None:
    assert asks_for("人才公寓的租金能打几折？") == "number"
    discount = asked_unit("人才公寓的租金能打几折？")
    assert discount is not None and states_figure("租金按市场价八折收取", discount)
    assert not states_figure("解决超3000套房源", discount)
    loan = asked_unit("How much can a start-up founder borrow under the scheme?")
    assert loan is not None and loan.search("元") and not states_figure("解决超3000套房源", loan)
    items = asked_unit("小程序能办的事项有多少项？")
    assert items is not None and states_figure("可办理约591个事项", items)
    assert not states_figure("可办理约591个窗口业务", items)
    assert asks_for("What's its budget?") == "number"


def test_a_sum_or_a_measure_asked_by_its_name_and_an_area_or_a_building_in_any_of_its_units() -> None:
    assert asks_for("What annual budget has the district set aside for the new library?") == "number"
    assert asks_for("What floor area is planned for the new arts centre?") == "number"
    assert asks_for("What subsidy per household does the scheme pay?") == "number"
    assert asks_for("What kind of budget process does the district follow?") is None  # (no figure asked)
    money = asked_unit("What subsidy per household does the scheme pay?")
    assert money is not None and money.search("500元")
    area = asked_unit("这个公园大概有几多公顷？")
    assert area is not None and states_figure("面积约3.6平方公里", area)
    buildings = asked_unit("老城区有几栋楼加装了电梯？")
    assert buildings is not None and states_figure("累计完成320宗旧楼宇加装电梯", buildings)
    assert asks_place("新图书馆会建在哪一条街？")


@pytest.mark.parametrize(
    ("question", "opinion"),
    [
        ("We want to rent near the wetland. Is now a good time to sign a lease?", True),
        ("Should I buy a flat in the old town?", True),
        ("Will rents keep rising around the exhibition centre?", True),
        ("老城区现在是不是买楼的好时机？", True),
        ("江边的楼价会不会继续涨？", True),
        ("What does the plan say about keeping house prices stable?", False),  # what the plan says
        ("规划对稳房价有什么要求？", False),
    ],
)
def test_advice_on_buying_and_where_prices_go_is_no_question_for_the_plan(question: str, opinion: bool) -> None:
    from assistant.questions import asks_opinion

    assert asks_opinion(question) is opinion


def test_which_firm_runs_or_designs_a_thing_asks_for_its_name() -> None:
    from assistant.questions import asks_which_exactly

    assert asks_which_exactly("Which company operates the new ferry pier?") == "company"
    assert asks_which_exactly("Which design firm was behind the park's makeover?") == "design firm"
    assert asks_which_exactly("Which architecture firm is designing the new museum?") == "architecture firm"
    assert asks_which_exactly("Which kinds of large companies does the plan want to attract?") is None
    assert asks_which_exactly("Which company is the biggest taxpayer?") is None


def test_how_tall_and_how_many_floors_carry_their_units() -> None:
    height, floors, space = (
        asked_unit("总部大厦有多高？"),
        asked_unit("总部大厦有多少层？"),
        asked_unit("How much floor space does the tower have?"),
    )
    assert height is not None and height.search("高300米") and not height.search("10万平方米")
    assert floors is not None and floors.search("48层")
    assert space is not None and space.search("10万平方米")
    assert asked_unit("隧道是双向几车道？") is not None
    # (a count of lanes or floors written straight after 几 asks a number too)
    assert asks_for("会展西路过江隧道建成后是双向几车道？") == "number"
    assert asks_for("总部大厦建成后有几层？") == "number"
    tall = asked_unit("广州塔到底有几米高？")
    assert asks_for("广州塔到底有几米高？") == "number" and tall is not None and tall.search("高600米")


def test_whom_to_phone_or_where_to_hand_in_papers_asks_a_procedure() -> None:
    from assistant.questions import asks_procedure

    assert asks_procedure("想申请人才房，要去哪个部门递材料、打什么电话？")
    assert asks_procedure("What number do I call to report illegal construction in Haizhu?")
    assert not asks_procedure("规划里有多少个电话亭？")
    assert not asks_procedure("What number of parks will be built?")


def test_how_many_counts_things_whatever_they_are_about() -> None:
    projects = asked_unit("How many Fortune Global 500 investment projects did Haizhu bring in?")
    assert projects is not None and projects.search("92个") and not projects.search("665亿元")
    money = asked_unit("How many billion yuan of investment did the key projects complete?")
    assert money is not None and money.search("665亿元")


def test_advice_asked_of_the_assistant_is_an_opinion() -> None:
    from assistant.questions import asks_opinion

    assert asks_opinion("Would you recommend opening a live-streaming e-commerce studio in Haizhu right now?")
    assert asks_opinion("你建议我在琶洲开店吗？")
    assert not asks_opinion("What does the plan recommend for old factories?")
    assert not asks_opinion("规划建议怎么做？")


def test_the_past_few_years_is_no_number_asked() -> None:
    assert asks_for("海珠前几年推行过“四议两公开”工作机制吗？") is None
    assert asks_for("琶洲试验区要几年建成？") == "number"


def test_a_second_which_of_a_two_part_question_asks_for_names() -> None:
    assert asks_which_exactly("Which nights of the week and which streets will the night market run on?") == "streets"


@pytest.mark.parametrize(
    "question",
    [
        "I'm a founder. Should I register my company in Pazhou or in the eco-valley?",
        "我应该去琶洲还是去生态谷注册公司？",
    ],
)
def test_which_of_two_to_choose_is_the_askers_own_choice(question: str) -> None:
    from assistant.questions import asks_opinion

    assert asks_opinion(question)


def test_several_is_no_number_asked() -> None:
    assert asks_for("我们小区门口好几条路都不通，规划说要打通断头路吗？") is None  # 好几条: several
    assert asked_unit("路口好几个摊档都搬走了，规划怎么说？") is None
    assert asks_for("全区还有几条断头路？") == "number"


def test_a_total_the_question_gives_split_into_parts_is_one_question() -> None:
    from assistant.questions import asks_members, asks_split, splits_given_total

    assert splits_given_total("去年那笔56亿元投资，省里和市里各占多少？")
    assert not splits_given_total("琶洲和生态谷面积各多大？")  # two sides compared, no total given
    assert asks_split("How much did each district get? Give me the breakdown.")
    assert asks_members("这12家企业分别是哪些？") and asks_members("Which 12 firms? Can you name them?")
    assert not asks_members("这些企业在哪几年上市？")


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("规划提出的四个发展定位是什么？", 4),
        ("要重点培育哪三类社会组织？", 3),
        ("十四五要抓的三大任务分别是什么？", 3),  # (十四五 names a period, not a count)
        ("List the five priority industries.", 5),
        ("Which two bridges does the plan name?", 2),
        ("What 3 goals does the chapter set?", 3),
        ("规划有哪些任务？", None),  # no count said
        ("第三个是什么？", None),  # an ordinal, not how many
        ("Which one does the plan pick?", None),  # (one is not a list)
    ],
)
def test_how_many_things_a_list_question_asks_for(question: str, count: int | None) -> None:
    from assistant.questions import listed_count

    assert listed_count(question) == count


def test_the_lengths_of_the_lists_a_sentence_writes() -> None:
    from assistant.questions import list_lengths

    assert list_lengths("重点打造数字经济示范区、产城融合引领区、城央生态宜居区、文商旅融合样板区。") == {4}
    assert list_lengths("聚焦食品安全、环保、旅游和医疗等领域。") == {4}  # the last two joined by 和
    assert list_lengths("推进产学研合作，深化改革。") == set()  # (one 、 or none: no list of three)
    assert list_lengths("聚焦甲、乙、丙，推动丁、戊、己、庚。") == {3, 4}
