"""What a question asks for, read from its wording (normalised to Simplified first).

    asks_for("琶洲试验区占地多大？")      # 'number'
    asks_for("什么时候建成？")            # 'time'
    asks_for("海珠湿地有什么规划？")      # None

One reading serves both the answer (which sentences to pick) and the refusal rule (a figure
asked for but absent from the evidence), so the two never disagree about a question.
"""

from __future__ import annotations

import re

import jieba
import jieba.posseg as pseg

from corpus.text import CJK_RUN, normalize, parse_chinese_numeral

# what a (normalised) question asks for — a thing, a figure, a place, a time, a reason — as opposed to
# stating something (「聽說…，叫什麼名字？」 asks; 「聽說要建X」 claims)
ASKS_WHAT = re.compile(r"什么|啥|咩|哪|多少|几|怎么|怎样|如何|谁|多大|多久|多长|多高|何时|为什么|为何|为啥|咋")
# … or whether (吗, 是不是, 有没有 …): anything a question asks, as opposed to a remark
ASKS_ANYTHING = re.compile(ASKS_WHAT.pattern + r"|吗|呢|能不能|会不会|是不是|有没有|可不可以|是否|何|没$")

# the power a plant or a substation carries (千瓦, 千伏安), and a sum named by what it is ("minimum
# purchase amount"): figures asked for by name, each in its own unit (`UNIT_HINTS`)
_POWER_CAPACITY = r"装机容量|变电容量|\b(?:transformer|installed|generating|power|substation) capacity\b"
_SUM_BY_NAME = r"\b(?:purchase|spending|minimum) amount\b"

AREA_UNITS = "平方公里|平方米|公顷|亩"  # the units an area is given in

NUMBER_Q = re.compile(
    r"面积|占地(?!区)|长度|人口(?!均衡|结构|发展|服务|政策|管理|流动|素质|老龄)|人数|多久|多长时间|[台户套座间]数(?!据|字|码|量)|具体(?:的)?(?:数字|数目|数量)|多少|几多|几钱|(?<![哪前近好])几[家项条所年种座万千百%天周倍米]|(?<![哪第这那好])几(?:期(?![待盼望])|[场次班台床间户栋套宗张名辆艘层]|车道)|(?<![哪这那好])几个|多大|多长|多高|多远|比例|百分|目标值|几折|多少折"
    r"|how (many|much|long|large|big|often)|what (percentage|share)"
    # a sum asked for by name (「投資金額同選址係點」, 「票價」), or what a thing will cost
    rf"|金额|票价|收费标准|{_POWER_CAPACITY}|{_SUM_BY_NAME}"
    r"|\bwhat (?:will|would|does|do|did) [\w' ()\u4e00-\u9fff–-]{0,80}\bcost\s*\?|\bwhat it (?:will|would) cost\b"
    r"|\b(?:what|which) (?:exact |precise |specific )?(?:gdp|revenue|output|income) (?:figure|number|amount)\b"
    # English figures asked for by name: "what was X's resident population", "the price of …"
    r"|\bwhat(?:'s|’s| is| was| will be) [\w' ]{0,40}\b(?:population|price|(?:total|land|floor) area|(?:growth|unemployment|coverage) rate"
    r"|budget|cost|investment|funding|per[- ]capita [\w ]{1,30}|[\w-]+ (?:rate|ratio|share|proportion)|number of [\w-]+)\b"
    r"|\b(?:population|price|area) (?:figure|size|count|of|in)\b(?! (?:the )?(?:plan|greater bay|china|pilot|free trade))"
    # money asked for in its unit: "in yuan", "how much will … cost"
    r"|\bin (?:rmb|yuan|cny)\b|\bhow much (?:money|funding)\b|\bhow much [\w' ]{0,40}\b(?:cost|invest|spend)"
    # a target asked for by its thing: "what revenue target does the plan set", "target for the number of"
    r"|\bwhat (?:[\w-]+ ){0,3}target (?:does|did|is|was|has|will)\b|\btarget (?:for|of) the number of\b"
    # a sum or a measure asked for by its name as "what X does/is …": "What annual budget has …",
    # "What cash reward does …", "What floor area is planned …", "What subsidy per building does …"
    r"|\bwhat (?:[\w-]+ ){0,2}(?:budgets?|floor area|land area|cash (?:rewards?|prizes?)|subsid(?:y|ies)|grants?|fees?"
    r"|prices?|salar(?:y|ies)|wages?|allowances?|bonus(?:es)?)\b(?= (?:has|have|does|do|did|is|are|was|were|will|would|per|for)\b)"
    # a figure per head asked for: "what is the goal for park space per resident"
    r"|\bwhat (?:is|was|will be) [\w' ]{0,60}\bper (?:capita|person|head|resident)\b"
    # money earned asked for by its name: "what annual revenue does X bring in"
    r"|\bwhat (?:[\w-]+ ){0,2}(?:revenues?|turnover|income|output value)\b"
    # a rate asked for by its name: "what recycling rate is it targeting", "which coverage rate"
    r"|\b(?:what|which) (?:[\w-]+ ){1,3}(?:rate|ratio|proportion|percentage)\b(?! of (?:the )?(?:plan|work|task))",
    re.I,
)
# English "when" asks for a time only as a question word ("when will…", "by when"), not as a
# conjunction ("…should integrate into when opening up")
TIME_Q = re.compile(
    r"什么时[候侯]|何时|何年|哪一?年|哪几年|哪些年|哪一?天|几号|几时|几月|(?<!哪)几点|啥时[候侯]|什么日子|具体(?:的)?(?:日子|日期|时间|年份)|^\s*when\b|by when|\b(?:what|which) (?:year|date|month|day)\b|\bwhen (?:will|does|did|is|are|was|were|do|should|can|could)\b",
    re.I,
)


# (「定位为何？」 at the end asks what it is, in formal wording, not why)
# (「列为什么内容」, 「定位为什么」: 为 is "as" after a verb, and 什么 asks what)
WHY_Q = re.compile(r"为何(?![？?。!！\s]*$)|(?<![列作成称视定认改划评选设变分转升名位])为(?:什么|啥)|何以|why\b", re.I)


# a count asked together with the things counted (「要建几种新型工厂？都是啥？」): their names answer
# both, and a plan that lists them without a total is not silent on the count
COUNT_Q = re.compile(r"(?<![哪边])几多?[个家项条所种座类样张间]|多少(?:个|种|项|条|家|所|座|类|张)|\bhow many\b", re.I)
_NAMES_TOO = re.compile(
    r"都是|分别|是哪|有哪|哪些|边几|边个|边啲|叫什么|叫啥|是什么|是啥|系咩|有咩|\bwhat are (?:they|those|these|the)\b|\bwhich (?:ones|are)\b|\bname them\b",
    re.I,
)


def asks_count_and_names(question: str) -> bool:
    """「几种新型工厂？都是啥？」: how many, and which — a list question."""
    q = normalize(question)
    return COUNT_Q.search(q) is not None and _NAMES_TOO.search(q) is not None


# "which ones exactly": named things asked for (「具体是哪几个商场」, 「到底开在边几间」, "which roads
# exactly"), where an answer has to name them; what the question calls them follows
_WHICH_EXACTLY = re.compile(
    r"(?:具体|到底|究竟|确切)[^，,。？?；;]{0,6}?(?:哪些|哪几|边几|边啲|哪\d+|哪[两三四五六七八九十]+|哪一?[个家间所条座]|边一?[个间家所条座])"
    r"\s*(?:个|家|条|所|座|间|处|类|种|项|片|位|只)?\s*(?![个家条所座间处类种项片位只])([\u4e00-\u9fff][^，,。？?；;!！]*)"
    # one body or venue by its name (「哪家酒店」, 「哪个派出所」): 具体 or not, a name is what is asked
    r"|(?:哪|边)[个家间所]\s*(?:职业|技工|民办|公办|国际)?((?:公司|企业|派出所|学校|医院|酒店|银行|商场|高校|大学|机构|单位|品牌)[^，,。？?；;!！]*)"
    # where something goes, one by one (「会建在哪几条村」, 「開喺邊幾個商場」), or which ones are set up
    # (「新线会设哪几个站」): 具体 or not; only 设 and 开 go without 在 (「组建哪些中心」 asks what is formed)
    r"|(?:(?:建|起|落|放|选)(?:在|喺|于)|(?<![建假])(?:设|开)(?:在|喺|于)?)\s*(?:哪几|边几|哪些)\s*(?:个|家|条|所|座|间|处)?\s*([\u4e00-\u9fff][^，,。？?；;!！]*)"
)
_WHICH_EXACTLY_EN = re.compile(
    r"\b(?:exactly which|which specific|which particular|which exact) ([a-z][\w-]*(?: [a-z][\w-]*)?)"
    r"|\bwhich ([a-z][\w-]*(?: [a-z][\w-]*)?) exactly\b"
    # the ones that will be picked, by name: "Which companies will be designated as …?"
    # (or the second part of a question: "Which nights … and which streets will it run on?")
    r"|(?:^|\band )which ((?:[a-z-]+ )?[a-z-]+s)(?: or [a-z-]+s)? (?:will|would|are going to|are to)\b"
    # … or the one: "Which company will run the pilot?", "Which firm has been contracted …?"
    r"|^which ((?:[a-z-]+ )?(?:company|firm|operator|developer|contractor|enterprise|university|hospital|bank|school))"
    r" (?:will|would|is going to|is to|has been|was|got|gets|won|wins|has (?:got|won)|did|does)\b"
    # … or who runs, builds or designs it: "Which company operates …?", "Which design firm was behind …?"
    r"|^which (?!kinds?\b|types?\b|sorts?\b)((?:[\w-]+ ){0,3}(?:company|companies|firm|firms|operator|developer|contractor|designer|architect))"
    r" (?:did|does|do|operates?|runs?|built|builds?|designed|designs?|manages?|owns?|(?:is|are|was|were) (?:behind|[a-z]+ing)\b)\b",
    re.I,
)
# "what are the names of the three … bases that…": the things wanted by name, its last word the noun
_NAMES_OF_EN = re.compile(
    r"\b(?:what are|what're|give me|list|tell me) (?:the |their )?names of (?:the |these |those |all |its )?"
    r"([a-z][\w-]*(?: [a-z][\w-]*){0,9}?)(?= that\b| which\b| who\b| in\b| under\b| the plan\b|\s*[?,.]|$)"
)
_SEVERAL = re.compile(
    r"\d+(?:至\d+)?\s*[家个所座项条间]|[一二两三四五六七八九十几]+[家个所座项条间](?!\w*[指是])|一批|若干|多家|多个"
)
_NAME_ASKED = re.compile(
    r"([\u4e00-\u9fff]{2,})[，,]?\s*(?:它们|他们|这些|分别|具体|到底)*(?:都)?(?:叫|系|是)(?:什么|啥|乜嘢?|咩)(?:名字|名称|名)"
    # 「那6所足球推广学校是哪几间？」: which ones, of things the question counts
    r"|([\u4e00-\u9fff]{2,}?)[，,]?\s*(?:分别|具体|到底)?(?:是|系)?(?:哪|边)(?:几|些)[所个家间条座项]?\s*[？?]?\s*$"
)
_EN_FUNCTION = frozenset("will be are is the a an of in to do does would should and".split())
# 「除了艺苑路段，还有哪些路段…」 / "besides X, which other streets…": the others, by name
_BESIDES = re.compile(
    r"除了?([^，,。？?；;]{2,20}?)(?:以外|之外|外)?[，,]?\s*(?:还有|还会有|另外还有|其他还有)?(?:哪些|哪几|边几|边啲)"
    r"\s*(?:个|家|条|所|座|间|处|类|种|项|片|位)?\s*([\u4e00-\u9fff][^，,。？?；;!！]*)"
)
_BESIDES_EN = re.compile(
    r"\b(?:besides|apart from|other than|aside from|except(?: for)?)\s+(?:the\s+)?([\w\s'’-]{2,40}?),?\s+"
    r"(?:which|what)\s+other\s+([a-z][\w-]*)"
    r"|\b(?:which|what)\s+other\s+([a-z][\w-]*)[^?]*?\b(?:besides|apart from|other than|aside from)\s+(?:the\s+)?([\w\s'’-]{2,40})",
    re.I,
)


def asks_besides(question: str) -> tuple[str, str] | None:
    """What a "besides X, which other Y" question already names and what it asks for: (X, Y),
    else None."""
    q = normalize(question)
    if m := _BESIDES.search(q):
        first = next((w for w in jieba.lcut(m.group(2)) if w.strip()), "")
        return (m.group(1).strip(), first) if CJK_RUN.fullmatch(first) else None
    if m := _BESIDES_EN.search(q):
        return ((m.group(1) or m.group(4)).strip(), m.group(2) or m.group(3))
    return None


# the members of a group the question counts itself (「這8家是哪些公司」, "Which 17 logistics parks
# … can you name them?"): named one by one, which a count does not do
_MEMBERS_Q = re.compile(
    r"(?:哪些|哪几|边啲|边几)(?!年|方面|时候)|分别由?(?:哪|边)|分布在哪"
    r"|\bname them\b|\bname (?:all|each) of (?:them|these|those)\b|\b(?:can|could) you (?:name|list) (?:them|all|each)\b"
    r"|\bwhich (?:are|were) they\b|\bwhich \d+\b",
    re.I,
)
# the parts of a total the question gives itself (「296億元裡出口和進口各佔多少」)
_SPLIT_Q = re.compile(
    r"各(?:自)?(?:占|是|有|系|係)?(?:多少|几多)|分别(?:是|有|占)?(?:多少|几多)"
    r"|\bbreak ?down\b|\bhow much (?:did|does|do|was|is|went to) each\b|\beach (?:get|got|account|accounted)\b",
    re.I,
)


def asks_members(question: str) -> bool:
    """The question asks which things a group is, one by one."""
    return _MEMBERS_Q.search(normalize(question)) is not None


def asks_split(question: str) -> bool:
    """The question asks how a total divides among its parts."""
    return _SPLIT_Q.search(normalize(question)) is not None


# a sum or count written in digits, not a year (「296億元」, 「415個」)
# (not a threshold: 「註冊資本1億元以上的企業」 names a class of firms)
_GIVEN_TOTAL = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿)?\s*(?:元|个|家|项|宗|所|座|条)(?!以上|以下|以内|及以上)")


def splits_given_total(question: str) -> bool:
    """「296億元裡出口和進口各佔多少」: one question about a total it gives, not a comparison of
    the parts it names."""
    q = normalize(question)
    return asks_split(q) and _GIVEN_TOTAL.search(q) is not None


# the things named before the asking (「这些“重点河涌”具体是哪几条？」): what it calls them comes first
_NAMED_THEN_WHICH = re.compile(
    r"[“「\"']([\u4e00-\u9fff]{2,8})[”」\"']\s*(?:具体|到底|究竟)(?:是|系|指)?(?:哪些|哪几|边几|边啲)"
    r"\s*[个条家所座间处类种项片位只]?\s*[？?]?\s*$"
)


def asks_which_exactly(question: str) -> str | None:
    """The things a question wants named one by one (商场 of 「离境退税商店具体会开在哪几个商场」,
    "roads" of "which roads exactly will…", 河涌 of 「这些“重点河涌”具体是哪几条」), else None."""
    q = normalize(question)
    if m := _NAMED_THEN_WHICH.search(q):
        last = [w for w in jieba.lcut(m.group(1)) if w.strip()][-1:]
        return last[0] if last and len(last[0]) >= 2 else None
    if m := _WHICH_EXACTLY.search(q):
        if m.group(3) and re.search(r"哪|边", q[: m.start()]):
            return None  # (「…具体是哪几个？要建在哪几条街上」: what it asks for came before)
        first = next((w for w in jieba.lcut(m.group(1) or m.group(2) or m.group(3)) if w.strip()), "")
        return first if CJK_RUN.fullmatch(first) else None
    if (m := _NAME_ASKED.search(q)) and _SEVERAL.search(q[: m.end(m.lastindex or 1)]):
        # 「1至2家国家级创新中心…，具体叫什么名字」: the names of things the plan counts
        last = [w for w in jieba.lcut(m.group(m.lastindex or 1)) if w.strip()][-1:]
        return last[0] if last and len(last[0]) >= 2 and CJK_RUN.fullmatch(last[0]) else None
    if m := _WHICH_EXACTLY_EN.search(q):
        words = [w for w in next(g for g in m.groups() if g).split() if w not in _EN_FUNCTION]
        return " ".join(words) or None
    if m := _NAMES_OF_EN.search(q):
        return m.group(1).split()[-1]  # the head noun: "bases" of "youth innovation bases"
    return None


# English number words, as the plan would write them in figures
EN_NUMBER = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "hundred": 100,
}  # fmt: skip
# where a sentence's clauses break
CLAUSE = re.compile(r"[，,；;：:。]")
MIN_LIST_MARKS = 2  # 、 in a clause that lists: three things or more (two are often one name: 產學研)

# how many things a list question wants (「哪四个定位」, 「三大任务分别是什么」, "List the four zones",
# "What three kinds of …"): the plan's sentence that lists that many is the one that answers
_LIST_COUNT = re.compile(
    r"(?:哪|边)([两二三四五六七八九十]|\d{1,2})\s*[个项种类条张大方所家座点]"
    r"|(?<![\d第])([两二三四五六七八九十]|\d{1,2})\s*[个项种类条张大方所家座点][^，,。？?]{0,12}?(?:是什么|是啥|是哪|有哪|有什么|有啥|分别|包括|指什么|指的是)"
)
_LIST_COUNT_EN = re.compile(
    r"\b(?:the|list|name|which|what)\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+[a-z]", re.I
)


def listed_count(question: str) -> int | None:
    """The number of things a list question asks for, when it says one (2–10), else None."""
    q = normalize(question)
    if m := _LIST_COUNT.search(q):
        word = m.group(1) or m.group(2)
        n = int(word) if word.isdigit() else parse_chinese_numeral(word.replace("两", "二"))
    elif m := _LIST_COUNT_EN.search(q):
        word = m.group(1).lower()
        n = int(word) if word.isdigit() else EN_NUMBER[word]
    else:
        return None
    return n if 2 <= n <= 10 else None


# a list's last two items joined by a word (「A、B和C」): one item more than its 、 say
_LAST_JOINED = re.compile(r"[和及与]")


def list_lengths(text: str) -> set[int]:
    """The lengths of the lists a sentence writes with 、 (three or more items), clause by clause."""
    out: set[int] = set()
    for clause in CLAUSE.split(normalize(text)):
        marks = clause.count("、")
        if marks >= MIN_LIST_MARKS:
            out.add(marks + 1 + (1 if _LAST_JOINED.search(clause.rsplit("、", 1)[-1]) else 0))
    return out


def asks_for(question: str) -> str | None:
    """'time' or 'number' when the question asks for one, else None ("why" asks for a reason;
    how many things and which, a list)."""
    q = normalize(question)
    if WHY_Q.search(q):
        return None
    if TIME_Q.search(q):
        return "time"
    if NUMBER_Q.search(q) and not asks_count_and_names(q):
        return "number"
    return None


# What a number question asks about → the unit its answer carries (general, not per question).
UNIT_HINTS = (
    # (「多大比例」 asks a share: the percentage below)
    (
        re.compile(
            r"多大(?!的?(?:比例|比重|占比|百分比|幅度))|面积|占地(?!区)|多少平方"
            r"|\bhow many (?:hectares|square (?:kilomet|met)|sq\.? ?km|km2|mu|acres)\b"
            # (not of a sum, "how big is the reward", nor of "it", whatever it is)
            r"|\bhow (?:big|large) (?:is|will|would|was)\b(?![^?]{0,40}\b(?:rewards?|prizes?|subsid\w*|grants?|funds?|funding"
            r"|budgets?|invest\w*|cash|bonus\w*|allowances?|sums?|amounts?|it)\b)|\b(?:floor|land|site|total) area\b",
            re.I,
        ),
        re.compile(AREA_UNITS),
    ),
    (re.compile(r"多长(?!时间)|多远|长度|里程|how many (?:kilomet|km)|how long is", re.I), re.compile(r"公里|千米|米")),
    (re.compile(r"多长时间|多久"), re.compile(r"小时|分钟|天|个月|年")),
    # how tall a building or a tower is: metres, not its floors or its cost
    (
        re.compile(r"(?<!提)多高(?![兴效])|几米高|高度|\bhow tall\b|\bheight\b", re.I),
        re.compile(r"(?<!平方)(?<!立方)米"),
    ),
    # (how fast a figure grows a year is a percentage, not money: 「GDP每年涨多少」)
    (
        re.compile(
            r"(?:每|一)年(?:打算|大概|要|会|能)?(?:涨|增长|增加|提高)(?:了)?多少|年均(?:增长|增速|涨)|增速|涨幅|增幅|growth rate|annual growth",
            re.I,
        ),
        re.compile(r"%|％"),
    ),
    # (a share of GDP is a percentage, not money: before the money words)
    # (or in tenths, as the plan gives some: 「民生支出占比约八成」)
    (
        re.compile(r"比例|比重|百分|占比|率|\brate\b|percentage|share of", re.I),
        re.compile(r"%|％|[一二三四五六七八九]成(?=[，,。；;]|$)"),
    ),
    # a discount (「租金能打几折」): so many tenths or a percentage off
    (re.compile(r"几折|多少折|折扣|\bdiscounts?\b", re.I), re.compile(r"折|%|％")),
    # a price per area (「几钱一呎」, 「每平方米多少钱」): a figure in 元 per area, which a total in 亿元 is not
    (
        re.compile(
            r"(?:多少钱|几钱|几多钱|价格|价钱|均价|房价|楼价|租金)[^？?，,。]{0,3}?(?:一|每)(?:平方米|平方|平米|平|呎|尺|方)"
            r"|每(?:平方米|平方|平米|平|呎|尺)[^？?，,。]{0,3}?(?:多少钱|几钱|几多钱|价格|价钱|均价)"
            r"|per square (?:met(?:re|er)|foot|feet)|\bpsf\b",
            re.I,
        ),
        re.compile(r"元\s*(?:/|每)\s*(?:平方米|平方|平米|平|呎|尺)"),
    ),
    (
        re.compile(
            r"多少钱|几钱|几多钱|票价|门票|价格|价钱|收费|房价|楼价|均价|租金|工资|投资|资金|金额|预算|营收|收入|产值|总值|gdp|规模"
            r"|(?:多少|几多)(?:奖励|奖金|补贴|补助|资助)|(?:奖励|奖金|补贴|补助|资助)(?:多少|几多)"
            r"|(?:多少|几)(?:个)?(?:亿|万元|元)|花(?:了)?多少"
            r"|how much (is|does|do|are)|cost|price|fee|\bfares?\b|ticket|budget|invest|funding|\byuan\b|\brmb\b"
            r"|\brevenues?\b|\bturnover\b|\bincome\b|\bspending\b|\boutput value\b"
            # "how much prize money", "how big a subsidy": a sum of money, by what it is for
            r"|\bhow much (?:[\w-]+ ){0,2}(?:money|cash|subsid(?:y|ies)|grants?|bonus(?:es)?|rewards?|compensation)\b"
            r"|\bprize money\b|\bcash (?:prizes?|rewards?|awards?)\b|\bwhat (?:[\w-]+ )?(?:subsid(?:y|ies)|grants?|allowances?)\b"
            # what one may borrow ("how much can a founder borrow", 「人才贷能贷多少」)
            r"|\bborrow\b|\bloan (?:limit|amount|cap|ceiling|size)s?\b|贷款额度|贷(?:款)?(?:多少|几多)|借(?:多少|几多)"
            # a sum by what it is: "minimum purchase amount" (not "registered capital above 100 million
            # yuan", which names a class of firms)
            rf"|{_SUM_BY_NAME}|起购金额|消费金额",
            re.I,
        ),
        re.compile(r"亿元|万元|元"),
    ),
    (
        re.compile(r"多少人|人口|人数|population|how many (?:people|residents|inhabitants)", re.I),
        re.compile(r"万人|人"),
    ),
    (
        re.compile(r"(?:total|land|floor|gross) area|floor ?space|how (?:large|big)|\bin square (?:kilomet|met)", re.I),
        re.compile(AREA_UNITS),
    ),
    (re.compile(r"\bin (?:kilomet|km\b)", re.I), re.compile(r"公里|千米|米")),  # "how long, in kilometres"
    (
        re.compile(r"how often|多久一班|几(?:多)?分钟一班|班次|(?:每天|一天)(?:有)?(?:几|多少)班", re.I),
        re.compile(r"班|次|分钟"),
    ),
    (re.compile(r"几分钟|多久|多长时间|(?:几|多少)个?小时"), re.compile(r"分钟|小时|天|个月|年(?!代)")),
    (re.compile(r"多少岁|寿命|年龄"), re.compile(r"岁")),
    # the power a plant or a substation carries: 千瓦, 千伏安 — not the voltage it runs at (500千伏)
    (
        re.compile(_POWER_CAPACITY, re.I),
        re.compile(r"千瓦|千伏安|兆瓦|兆伏安|\b(?:kw|kva|mw|mva)\b", re.I),
    ),
    # an English count of things ("how many base stations", "the number of listed companies"): a
    # number with a measure word, not a length, a share or a sum (those are asked above)
    (
        re.compile(
            r"\b(?:how many|number of)\b(?!\s+(?:years?|months?|days?|hours?|minutes?|times|km|kilomet|square|percent|yuan|billion|million)\b)",
            re.I,
        ),
        re.compile(r"个|家|项|条|所|座|张|名|人|种|宗|栋|套|间|户|辆|艘|场|次|处|台|根|支|批|位"),
    ),
)
# "多少个…", "几家…": the measure word the answer must carry after its number
_CLASSIFIER = re.compile(
    r"(?:多少|几多|(?<!好)几)\s*(个(?!小时|月|钟|星期)|家|项|条|所|座|张|名|种|宗|栋|幢|套|间|户|辆|艘|场|次|床|期|班|台|层|车道|公里|平方公里|公顷|平方米|亩|微克|毫克)"
    r"|([台户套座间])数(?!据|字|码|量)"  # 「加装电梯的台数」
)
_CLASSIFIER_FITS = {
    "名": "人|名", "间": "间|家|所", "项": "项|个(?=事项|项目)", "栋": "栋|幢|座|宗", "幢": "栋|幢|座|宗",
    "平方公里": AREA_UNITS, "公顷": AREA_UNITS, "平方米": AREA_UNITS, "亩": AREA_UNITS,
}  # fmt: skip
# (a footnote's number, 「注:1.人均…」, is not a count: its dot is followed by no digit)
_NUMBER = r"(?:\d+(?:[.,]\d+)*|[一二三四五六七八九十两][一二三四五六七八九十两百千]*)"
_NUMBER_THEN = _NUMBER + r"\s*(?:多|余|以上|左右)?\s*(?:万|亿|千|百)?\s*(?:{unit})(?!均)"


# a street, road, address or site asked for (「新址选在哪个街道」, "which road"): a zone or a 節 is
# not an answer, the answer must name a street or road
_PLACE_Q = re.compile(
    r"哪一?(?:个|条)?(?:街道|街|路)(?!线|径|子)|什么(?:街|路)(?!线|径|子)|地址|(?:选址|新址)[^，,。？?]{0,4}(?:哪|什么地方)|喺边|边度"
    r"|(?:建|设|落户|搬|迁)(?:在|到)(?:哪里|哪儿|哪(?=[？?]|$)|什么地方)|(?:搬|迁)(?:去|往)(?:哪里|哪儿|哪(?=[？?]|$)|什么地方|边度)|(?:在|到)(?:哪里|哪儿|什么地方)(?:选址|落户|新建)"
    r"|\bwhich (?:street|road)\b|\baddress\b|\bwhere exactly\b|\bexact (?:location|site)\b|\bnew site\b"
    r"|\bwhere\b[\w' -]{0,60}\brelocated\b|\brelocated to where\b",
    re.I,
)


def asks_place(question: str) -> bool:
    """The question asks for a street, a road or an address."""
    return _PLACE_Q.search(normalize(question)) is not None


# how to get something done (conditions, procedure, where to apply): a strategic plan seldom says,
# and a sentence about the thing that gives no conditions or steps does not answer
_PROCEDURE_Q = re.compile(
    r"(?:满足|符合|具备)(?:什么|啥|哪些|哪几个)?(?:样的)?条件|(?<!创造)(?<!提供)(?<!营造)(?<!创造了)(?<!提供了)(?:什么|啥|哪些)(?:样的)?条件|(?:申请|申报|办理|报名)(?:的)?(?:条件|流程|手续|材料|资格|要求)"
    r"|(?:怎么|怎样|如何)(?:去)?(?:申请|申报|办理|报名)|(?:怎么|怎样|如何)办(?=[\u4e00-\u9fff])(?!法)|(?:去|到|在)哪(?:儿|里)?(?:办|申请|申报|报名)|(?:什么|啥|哪些)材料|找谁办"
    r"|\bhow (?:do|can|would|should) (?:i|we|you|one) (?:apply|register|sign up)\b|\bhow to (?:apply|register)\b"
    r"|\beligib\w*|\brequirements? (?:to|for)\b|\bwhere (?:do|can|should) (?:i|we|you) (?:apply|register|go)\b"
    # whom to phone or where to hand in papers: 「打什么电话」, 「去哪个部门递材料」, "what number do I call"
    r"|打(?:什么|啥|哪个|边个|几多号?)?电话|电话(?:号码)?(?:是|系)?(?:多少|几多)|[递交]材料"
    r"|\bwhat (?:number|phone number|hotline) (?:do|should|can|would) (?:i|we|you) (?:call|dial|ring|use)\b"
    r"|\bwho (?:do|should|can) (?:i|we) (?:call|phone|ring)\b|\b(?:phone|telephone|contact) number\b",
    re.I,
)
# what a sentence that gives conditions or a procedure says
PROCEDURE_WORDS = re.compile(r"条件|资格|申请|申报|办理|流程|手续|材料|窗口|报名|热线|电话")


def asks_procedure(question: str) -> bool:
    """The question asks what it takes to get something: conditions, steps, where to apply."""
    return _PROCEDURE_Q.search(normalize(question)) is not None


# an amount per unit of GDP (单位地区生产总值能耗) is an intensity, not an amount of money
_PER_UNIT_OF = re.compile(r"单位(?:地区)?(?:生产总值|gdp)|per unit of gdp", re.I)


def asked_unit(question: str) -> re.Pattern[str] | None:
    """The unit a number question's answer must carry, when the wording says (else None)."""
    q = _PER_UNIT_OF.sub(" ", normalize(question))
    if m := _CLASSIFIER.search(q):
        word = m.group(1) or m.group(2)
        # (Cantonese counts firms, shops and schools in 间, which the plan counts in 家 and 所)
        # (and 「多少项」 is answered by 「约591个事项」, items counted in 个)
        # (an area is asked in any of its units, 「几多公顷」 of a zone the plan measures in 平方公里; and
        # buildings counted in 栋 are the plan's 宗, 「873宗旧住宅楼宇」)
        unit = _CLASSIFIER_FITS.get(word, re.escape(word))
        return re.compile(unit)
    # ("how many investment projects" counts projects: what they are about is no sum asked)
    counting = _HOW_MANY_THINGS.search(q) is not None
    return next((unit for cue, unit in UNIT_HINTS if cue.search(q) and not (counting and unit.search("亿元"))), None)


_HOW_MANY_THINGS = re.compile(r"\bhow many\b(?! (?:billion|million|thousand|yuan|rmb)\b)")


_MEASURED = re.compile(
    r"(?:多少|几多|几)\s*(?:个|家|项|条|所|座|张|名|种|宗|栋|套|间|户|辆|艘|场|次|床|期)\s*([\u4e00-\u9fff]{2,})"
    # or no measure word (「解决了多少房源」), when what follows is not a unit or an amount
    r"|多少\s*((?![万亿千百平公米元人倍年岁分小天度钱个])[\u4e00-\u9fff]{2,})"
)


# what a question ends on to sound friendly (「有多少种呀?」), not what it asks about
_FINAL_PARTICLES = re.compile(r"[呀啊呢吗嘛啦哦喔咧嘞㗎]+(?=[\s?？!！。.]*$)")
# what follows "几家" may say how the count changes (「从几家增加到几家」), not what is counted
_CHANGE = re.compile(
    r"^(?:增加|增长|增至|增到|加到|加至|提高|提升|达到|减少|减到|减至|下降|扩大|变成|变为|到|至|升|降|涨|跌|上涨|左右|以上|以下)"
)


def measured_thing(question: str) -> str | None:
    """What a "多少個X" question counts: the first two characters of X (学生, 充电), else None."""
    thing = counted_phrase(question)
    return thing[:2] if thing else None


_ASPECT_END = re.compile(r"[了咗啦咯喇]+$")


def counted_phrase(question: str) -> str | None:
    """The words after a "多少個" (「新型工厂」 of 「几种新型工厂」), else None."""
    m = _MEASURED.search(_FINAL_PARTICLES.sub("", normalize(question)))
    thing = m and _ASPECT_END.sub("", m.group(1) or m.group(2))  # (「多少种了」: 了 is no thing)
    return thing if thing and len(thing) >= 2 and not _CHANGE.match(thing) and not _SO_MANY.match(thing) else None


# 「有几多种咁多」 (这么多: "so many" of them), said after the count, is no thing counted
_SO_MANY = re.compile(r"^(?:这么|那么|这样|那样)(?:多|大|长)?$")


# (only counting words: before 「有多大」 stands the thing itself, 「试验区有多大」)
_HOW_MANY = frozenset(("多少", "几多", "几"))
_LINKING = frozenset(("是", "有", "为", "共", "一共", "总共", "大概", "大约", "约", "达", "达到", "的"))


def measured_word(question: str) -> str | None:
    """The word a figure is asked of, right before "how many": 床位 in 「医院设计床位是多少张」 (what is
    counted; the thing it belongs to is the rest of the question), else None."""
    if counted_phrase(question) is not None:
        return None  # what is counted follows: 「试验区有多少个新拍地项目」 counts projects, of the zone
    words = [w for w in jieba.lcut(normalize(question)) if w.strip()]
    for i, word in enumerate(words):
        if word in _HOW_MANY:
            before = [w for w in words[:i] if w not in _LINKING]
            if before and len(before[-1]) >= 2 and CJK_RUN.fullmatch(before[-1]):
                return before[-1]
            return None
    return None


# a share in tenths, as the plan gives some (「民生支出占比约八成」, 「比重超五成」)
_TENTHS = re.compile(r"(?:约|超|近|逾)?(?<![\d一二三四五六七八九十])[一二三四五六七八九]成(?=[，,。；;]|$)")


def states_figure(text: str, unit: re.Pattern[str]) -> bool:
    """A number followed by the unit (`50家以上`, `1.5萬個`, `30平方公里`); a share in tenths
    when the unit is a percentage."""
    t = normalize(text)
    return re.search(_NUMBER_THEN.format(unit=unit.pattern), t) is not None or (
        unit.search("%") is not None and _TENTHS.search(t) is not None
    )


# a figure in words (「全国第三家」, 「两小时经济圈」) is a figure; not 「一」 alone (「最后一公里」) and not
# a count of 个, which in words is mostly a set phrase (「三个代表」, 「四个全面」)
_IN_WORDS = "(?:第[一二两三四五六七八九十]+|[二两三四五六七八九十半][一二两三四五六七八九十百千万]*)\\s*(?:{unit})"


def in_words(text: str, unit: re.Pattern[str]) -> bool:
    """A figure in words in `unit` (「第三家」, 「两小时」), not a set phrase counted in 个."""
    found = re.finditer(_IN_WORDS.format(unit=unit.pattern), normalize(text))
    return any(not m.group(0).endswith("个") or m.group(0).startswith("第") for m in found)


_ANY_CLASSIFIER = "个家项条所座张名种宗栋幢套间户辆艘场次床期处批班台"


def counts_thing(text: str, thing: str) -> bool:
    """A number with any measure word right before the thing counted: 「873宗旧住宅楼宇」 answers
    "多少栋旧住宅楼" though the plan's measure word is not the asker's."""
    return (
        re.search(rf"{_NUMBER}\s*(?:万|亿|千|百)?\s*[{_ANY_CLASSIFIER}]{re.escape(thing)}", normalize(text)) is not None
    )


# "does the plan say / is there …": the answer hinges on whether the plan names the thing at all
_WHETHER = re.compile(
    r"(?:有没有|有无|是否|是不是|会不会|要不要|能不能|可不可以)(?:说|提|写|讲|规划|计划|打算|安排|要)?|(?:说|提|写|讲)(?:到|过|了)?[^，,。？?]{0,6}吗|(?:会|要|能)[^，,。？?]{1,12}吗\s*[?？]?\s*$|\bdoes the plan (?:say|mention)"
    r"|\b(?:is|are) (?:the plan|haizhu|the district|the government) (?:going|planning) to\b"
    r"|^\s*(?:will|would|does|do|can|could|is|are) (?:the plan|the outline|haizhu|the district|the government|the city)\b"
    r"|\bis there anything\b|\bare there (?:any )?plans?\b|\bany plans? (?:for|to)\b",
    re.I,
)


def asks_whether(question: str) -> bool:
    """The question asks whether the plan says or has something (「规划有没有说…」, 「有没有…优惠」)."""
    return _WHETHER.search(normalize(question)) is not None


# a figure asked per head (人均GDP, "per-capita income", 每人): a total of the whole is another figure
_PER_HEAD_Q = re.compile(r"人均|每人|每个人|\bper[- ]capita\b|\bper (?:person|head|resident|inhabitant)\b", re.I)
# a figure given per head: 人均…, 每人…, 每千名老人…, 每万人…
_PER_HEAD = re.compile(
    r"人均|每人|每(?:十|百|千|万|十万)(?:名|个|位)?[\u4e00-\u9fff]{0,3}?(?:人|户|居民|老人|儿童|学生)"
)


def asks_per_head(question: str) -> bool:
    """The question asks a figure per person (「人均GDP多少」, "per-capita income")."""
    return _PER_HEAD_Q.search(normalize(question)) is not None


def per_head(clause: str) -> bool:
    """The clause gives its figure per person or per so many people (「人均公园绿地面积」, 「每千名老人」)."""
    return _PER_HEAD.search(normalize(clause)) is not None


# "how many visitors does…", "how many 'enterprise service workstations' will…": the words
# between "how many" and the verb are what is counted
_EN_COUNTED = re.compile(
    r"\bhow many\s+['\"‘“]?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)['\"’”]?"
    r"(?=\s+(?:does|do|did|will|would|are|is|were|was|has|have|had|can|could|should|in|of|for|to|by|at|on|per|each|a|every|under|there)\b|\s*[?,.]|$)",
    re.I,
)


def counted_noun_en(question: str) -> str | None:
    """What an English "how many X" question counts ("visitors", "enterprise service
    workstations"), else None."""
    m = _EN_COUNTED.search(normalize(question))
    return m.group(1) if m else None


_NOT_COUNTED = ("目标", "指标", "数字", "数据", "数量")  # what a figure is called, not a thing it counts


def counted_noun(question: str) -> str | None:
    """What a 「多少X」 question counts when X is a thing, not a change or a span (研究人员, 游客; not
    「调整至多少」, 「件事」, 「一个月」), else None."""
    phrase = counted_phrase(question)
    if not phrase or "多少" in phrase or "几" in phrase or phrase.startswith(_NOT_COUNTED):
        return None
    word, flag = next(iter(pseg.lcut(phrase)))
    return phrase if len(word) >= 2 and (flag.startswith("n") or flag == "vn") else None


# the asker's opinion or a forecast asked for (「你觉得房价会涨还是跌」, "in your view, will …"): the
# plan sets targets and tasks, it judges and forecasts nothing
_OPINION = re.compile(
    r"你(?:个人)?(?:觉得|认为|看好|估计|估|猜|预计|预测|怎么看|点睇)|依你看|在你看来|你的看法"
    r"|\bin your (?:view|opinion|estimation)\b|\bdo you (?:think|reckon|believe|expect|predict)\b"
    r"|\byour (?:personal )?(?:view|opinion|take|prediction|guess|forecast)\b|\bwhat do you reckon\b"
    r"|\bwould you (?:say|bet|predict|guess)\b"
    # a race with another district (「会不会超过天河区」, "overtake Tianhe District's"): a forecast
    r"|(?:会|能)(?:不会|不能|否)?(?:超过|超越|赶上|追上|赶超)[\u4e00-\u9fff]{2,4}区"
    r"|\b(?:overtake|surpass|outpace|outgrow|catch up with)\s+(?:[a-z-]+\s+){0,2}(?:district|city|county)\b"
    # advice on buying or renting, and where prices go: no plan says
    r"|\bis (?:now|this|it) (?:a )?(?:good|right|bad|the best) time to\b|\bshould (?:i|we) (?:buy|rent|sell|invest|move|register|set up|open|choose|pick|locate|base|relocate)\b"
    # which of two to choose, the asker's own choice (「我应该去琶洲还是生态谷注册」)
    r"|(?:我|我们|我间公司)(?:应该|应当|该)(?:选|去|在|把)[^？?]{0,30}还是|(?:选|去)哪(?:个|边|里)(?:更好|比较好|更划算|好些)"
    r"|\b(?:will|would) (?:house |home |property |flat |housing )?(?:prices|rents) (?:keep |continue (?:to )?)?(?:go(?:ing)? up|ris(?:e|ing)|fall(?:ing)?|drop(?:ping)?)"
    r"|\bis it worth (?:buying|investing|renting)\b"
    # advice asked of us: "Would you recommend opening …", 「你建议我…吗」
    r"|\b(?:would|do|can) you (?:recommend|advise|suggest)\b|\bis it (?:a )?(?:good|wise|smart) (?:idea|move|bet) to\b"
    r"|你(?:会)?(?:建议|推荐)(?:我|我们)?"
    r"|(?:现在|而家)?(?:是不是|是否|算不算)?(?:买房|买楼|置业|入市)的?(?:好)?时机|值(?:不值)?得(?:买|入手|投资)"
    r"|(?:房价|楼价|租金)(?:还)?(?:会不会|会|能不能|能)(?:继续)?(?:涨|升|跌|降)",
    re.I,
)
# (「你觉得规划里有没有讲…」, "do you think the plan mentions …": what the plan says, asked casually)
_ABOUT_THE_TEXT = re.compile(
    r"(?:规划|纲要|the plan|the outline)\s*(?:里|里面|中|上)?\s*(?:有没有|有|提到|提|说|讲|写|says?|mentions?|has|includes?|covers?)",
    re.I,
)


def asks_opinion(question: str) -> bool:
    """The question asks what the assistant thinks or foresees, not what the plan says."""
    q = normalize(question)
    m = _OPINION.search(q)
    return m is not None and _ABOUT_THE_TEXT.search(q[m.end() : m.end() + 20]) is None
