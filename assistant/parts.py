"""Questions with several parts: two questions in one message, "A和B分别…", "A跟B比哪个…".

    split_parts("琶洲试验区面积多大？另外由哪个部门负责？")
    # ['琶洲试验区面积多大', '另外由哪个部门负责']  (the second leans on the first: a follow-up)
    comparison("孵化器和众创空间哪个增加得更多？")
    # Comparison(left='孵化器', right='众创空间', parts=('孵化器增加得更多', '众创空间增加得更多'))

Each part is then searched and answered from its own evidence, with its own citations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import jieba.posseg as pseg

from assistant.conversation import NEW_TOPIC
from assistant.periods import NAMED_PERIOD, THIS_PLAN, asks_ahead, asks_back
from assistant.questions import ASKS_ANYTHING, COUNT_Q, NUMBER_Q, asks_besides
from assistant.refusal import is_latin_query
from corpus.text import CJK_RUN, is_simplified_query, normalize, to_simplified, to_traditional
from retrieval.synonyms import expand

MIN_PART_CHARS = 4  # shorter pieces ("是吗", "为什么") do not stand as questions of their own
MAX_PARTS = 3

# English question words, and the verbs a yes/no question opens with
_EN_WH = "what|which|who|whom|how|when|where|why"
_EN_AUX = "does|do|did|is|are|was|were|will|can|could|has|have|should"
_BREAK = re.compile(
    rf"[？?]+|[；;]|,?\s+and\s+(?=(?:(?:in|on|at|for|from|to|with|by|under)\s+)?(?:{_EN_WH})\b)"
    rf"|,\s+and\s+(?=(?:{_EN_AUX})\s)|(?<=[，,。])\s*(?=另外|此外|还有|還有|同时|同時|以及|并且|並且|再问|再問)|(?<=[。])"
    r"|(?<=[，,])\s*(?=为何|為何|为什么|為什麼|为啥|為啥|怎么会|怎麼會)"  # a stated premise, then "why"
)
_LEAD = re.compile(
    r"^(另外|此外|还有|還有|同时|同時|以及|并且|並且|再问一下|再問一下|再问|再問|那么|那麼|那)[，,：:\s]*"
    # (English: "… ? And what's the new facility …", "Also, which …", "Plus: …")
    r"|^(?:and also|and|also|plus|besides|in addition|additionally|then)\b[,:\s]*",
    re.I,
)
_AND = r"和|与|跟|同|及|以及|还是|and|vs\.?|versus"
_COMPARE = re.compile(
    rf"^(?P<pre>.*?)(?P<left>[^\s，,、和与跟同及]{{2,16}}?)\s*(?:{_AND})\s*(?P<right>[^\s，,、]{{2,16}}?)\s*(?:相比|比较|比起来|比)?[，,]?\s*"
    r"(?P<mid>[^，,]{0,12}?)"
    r"(?P<cue>哪个|哪一个|哪项|谁|哪边|(?:有)?(?:什么|啥|何)?(?:不一样|不同|区别|差别)|差多少|相差|分别|各自|各|都(?=.*(?:吗|是不是|一样)$))(?P<rest>.*)$",
    re.I,
)
# what the sides are measured by, said once after the second (「…融合圈嘅面积」)
_MEASURED_AFTER = re.compile(r"(?:的|嘅)(?P<measure>面积|人口|规模|长度|目标|定位|增速|比例|数量|功能|作用|任务)$")
# 「请比较A与B」: the comparison is asked for first, the two sides follow
_COMPARE_FIRST = re.compile(
    r"^(?:请|麻烦)?(?:比较|对比)(?:一下)?\s*(?P<left>[^，,]{2,30}?)\s*(?:与|和|跟|同)\s*(?P<right>[^，,]{2,30}?)(?:的(?:差别|区别|不同))?$"
)
# 「A跟B比，怎么样」: the two sides, then how they compare asked in general
_COMPARE_WITH = re.compile(
    r"^(?P<left>[^，,]{2,40}?)(?:跟|和|与|同)(?P<right>[^，,]{2,40}?)(?:相比|比较|比)[，,]?\s*"
    r"(?:怎么样|怎样|如何|有什么变化|有何变化|有什么不同|变化如何)$"
)
# 「A,比B高还是低」: A measured against B
# (「X，2025年目标比2019年实际升了还是降了」: the topic first, then its two sides)
_COMPARE_THAN = re.compile(
    r"^(?:(?P<pre>[^，,]{2,30})[，,]\s*)?(?P<left>[^，,]{2,40}?)[，,]?\s*(?:比|比起|相比|相对于|较)(?P<right>[^，,]{2,30}?)(?:是|的)?"
    r"(?:高还是低|低还是高|多还是少|少还是多|大还是小|小还是大|快还是慢|慢还是快|长还是短|短还是长"
    r"|(?:是)?(?:升|涨|增|上升|提高|增加)了?还是(?:降|跌|减|下降|降低|减少)了?"
    r"|(?:高|低|多|少|大|小|长|短|快|慢|增加|提高|下降|降低|减少)(?:了)?(?:多少|几|幾)\S{0,2})$"
)
# 「（时候，）A，和B，哪个高」: two long sides set apart by commas, then which is more
_COMPARE_APART = re.compile(
    r"^(?:(?P<pre>[^，,]{2,30})[，,]\s*)?(?P<left>[^，,？?]{4,40})[，,]\s*(?:和|与|跟|同|及)(?P<right>[^，,？?]{4,40})[，,]?\s*"
    r"(?:哪个|哪一个|哪项|哪一项|谁)(?:更|比较|较)?(?:高|低|大|小|多|少|早|晚|快|慢|长|短)"
)
_EN_COMPARATIVES = r"higher|lower|bigger|smaller|larger|greater|more|less|fewer|faster|slower|longer|shorter"
# "How does A compare with B": the two sides in English
_COMPARE_EN = re.compile(
    r"^(?:how (?:does|do|did|will) (?P<left>.{3,120}?) compare (?:with|to|against) (?P<right>.{3,120}?)"
    r"|(?:please )?compare (?P<left2>.{3,80}?) (?:with|to|against|and) (?P<right2>.{3,80}?)"
    # (after a clause of when: "by the end of the 13th fyp, which was bigger: A or B?")
    r"|(?:(?P<when>[^,?:]{3,60}),\s*)?which (?:[\w-]+ ){0,2}(?:is|was|has|one is|comes?|came|happens?|will be)"
    r" (?P<comparative>bigger|larger|smaller|higher|lower|greater|more|first|earlier|later|sooner)\w*(?: in the plan)?[,:]?\s*"
    r"(?P<left3>.{3,80}?) or (?P<right3>.{3,80}?)"
    # "is A higher or lower than B": A measured against B (a target against what was achieved)
    rf"|(?:is|are|was|were|will) (?P<left4>.{{3,120}}?) (?:{_EN_COMPARATIVES})(?: or (?:{_EN_COMPARATIVES}))? than (?P<right4>.{{3,120}}?))"
    r"\s*(?:,|\?|\.(?!\d)|$)",
    re.I,
)
# "… for A versus B": one question asked of two things
_VERSUS_EN = re.compile(
    r"^(?P<pre>.*\b(?:for|of|on|in|about|to|with)\s+)(?P<left>[^,?;]{3,60}?)\s+(?:versus|vs\.?)\s+"
    r"(?P<right>[^,?;]{3,60}?)(?P<rest>\s*[,;].*)?$",
    re.I,
)
_EN_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\b1[34]th (?:fyp|five-year plan)\b", re.I)
# what says when and in what stance a figure is asked, not what it is of
_EN_FRAME = re.compile(
    r"\b(?:what|was|were|is|are|has|have|had|been|achieved|reached|attained|actual(?:ly)?|level|value|during|in|at"
    r"|by|of|the|its|their|end|period|plan|five-year|fyp|target|goal|set|for|it|then|now|so far|how|does|do|did"
    r"|already|haizhu(?:'s)?)\b",
    re.I,
)
_EN_REFERS = re.compile(r"^(?:its|their|the)\b|\b(?:target|goal|figure|level|value|one)s?\b", re.I)
# what two sides are compared by, when it follows the second side (「A和B面积哪个大」)
_MEASURE = re.compile(
    r"面积|人口|规模|目标|增速|增幅|增长|增加|数量|比例|比重|长度|时间|速度|指标|标准|水平|定位|作用|功能|任务|重点|区别|不同|差别"
    r"|哪|谁|更|较|比较|分别|各|都|相比|有|在|是|要|会|能|的"
)
# 「…几种新型工厂？都是啥？」: which ones, of the things just counted — the same question
_NAMES_ONLY = re.compile(
    r"(?:那|它们|他们|这些|那些|其中)?(?:都|分别|具体)?(?:是|叫|有|包括|系)?(?:哪些|哪几[个种项条家所间]|什么|啥|咩|乜嘢?|边几[个种项条家所间])(?:呢|啊|呀|嘛|嚟)?"
)
_MENTION_TAG = re.compile(
    r"(?:那)?(?:纲要|綱要|规划|規劃|里面|裡面)?(?:有没有|有沒有|有冇|是否|有)?"
    r"(?:提到|提及|讲到|講到|说到|說到|写到|寫到|讲|講|说|說|写|寫|提|给出|給出|列出)(?:过|過|了)?"
    # (「規劃有冇講年份？」 after 「幾時建好？」: whether it gives what was just asked for)
    r"(?:具体|具體)?(?:的)?(?:年份|时间|時間|日期|数字|數字|数据|數據|数目|數目|名单|名單|金额|金額|时间表|時間表)?"
    r"(?:吗|嗎|呢|没有|沒有|冇)?"
)
_WHY = re.compile(
    r"(?:那|这是|這是)?(?:为什么|為什麼|为何|為何|为啥|為啥)(?:会|會)?(?:这样|這樣|如此)?(?:呢|啊)?|why", re.I
)  # (「为什么会这样」: why, of what was just asked)
# (「“一区”和“一圈”这俩的定位」: 这俩 points back at both sides, it is neither's)
_SIDE_TRIM = re.compile(r"^(的|在|对|把|将|给|要|会)|(的|呢|了|(?:这|那)?(?:俩|两个|两者|二者|两样|两项))$")
# what a side is measured by, within it (「“一圈”两个片区的面积差距有几大」)
_MEASURE_IN_SIDE = re.compile(r"(?:的|嘅)(?P<measure>面积|人口|长度|增速)")
_BOTH_SIDES = re.compile(r"(?:这|那)?(?:两|二|俩)(?:个|者)?(?:片区|地方|区域|区|园区|项目)?$")


# 「第五章和第七章…分别」, 「第八、九章中」, "chapters 8 and 9": one part per chapter named
_NUM = r"[一二三四五六七八九十]+|\d{1,2}"
_CHAPTERS = re.compile(
    rf"第\s*(?P<a>{_NUM})\s*(?:章\s*)?(?:和|与|與|及|跟|、|,|，|以及)\s*(?:第\s*)?(?P<b>{_NUM})\s*章"
    r"|\bchapters\s+(?P<ea>\d{1,2})\s*(?:and|&|,)\s*(?P<eb>\d{1,2})\b",
    re.I,
)
# two 節 named by number: 「第三章第一節和第三節」, 「第三章第一節與第四章第二節」, "sections 1 and 3 of chapter 3"
_SECTIONS = re.compile(
    rf"第\s*(?P<c>{_NUM})\s*章\s*第\s*(?P<a>{_NUM})\s*(?P<j>[节節])\s*(?:和|与|與|及|跟|、|,|，|以及)\s*"
    rf"(?:第\s*(?P<d>{_NUM})\s*章\s*)?第\s*(?P<b>{_NUM})\s*[节節]"
    r"|\bsections\s+(?P<ea>\d{1,2})\s*(?:and|&|,)\s*(?P<eb>\d{1,2})\s+of\s+chapter\s+(?P<ec>\d{1,2})\b",
    re.I,
)
_EACH = re.compile(r"分别|分別|各自|\brespectively\b", re.I)
# what says whether a figure is achieved or aimed at, not what it measures
_STANCE = re.compile(r"(?:实际|實際|实绩|實績|目标|目標)(?:值|数|數)?|(?:纲要|綱要|规划|規劃)(?:定的|提出的|里|裡)?")
# 「研发经费支出占GDP比重：A和B各是多少」: the topic said first, then the two sides
_TOPIC_FIRST = re.compile(r"^(?P<topic>[^：:？?，,]{2,24})[：:]\s*")
# words that say a figure is asked for, not what it is of (「实际达到的水平」)
_GENERIC = re.compile(r"达到|達到|水平|情况|情況|数字|數字|数值|數值|的|末|底")
_OWN_TIME = re.compile(
    r"十[三四]五|20[0-3]\d\s*年|规划|規劃|打算|目标|目標|以后|以後|今后|今後|往后|往後|将来|將來|未来|未來|计划|計劃|要把|想把"
)


@dataclass(frozen=True)
class Comparison:
    left: str
    right: str
    parts: tuple[str, str]
    members: tuple[str, ...] = ()  # a group's members compared by name (three zones), else ()


def _content(text: str) -> int:
    return len(re.sub(r"[\W_]+", "", text))


# an English clause that opens with a question of its own ("which phase of the fair…", "how many
# shows…", not a relative clause: "…the valley, which covers…" is followed by its verb), and one
# that asks, at its start or after a colon ("Three quick ones: how many…")
_EN_OPENS_ASKING = re.compile(
    r"^\s*(?:how (?:many|much|long|big|large|often|far)|(?:what|which) (?!(?:is|are|was|were|has|have|had|will|would"
    r"|can|could|may|might|should|must|does|do|did)\b)[a-z]+(?<!ed)\b"
    # (a word in s is a noun asked of — "what kinds of", "which events are" — not a verb: "which covers")
    r"(?:(?<!s)|(?=\s+(?:of|are|were|do|did|will|would|have|can)\b))(?!\s+(?:to|that|the|a|an|it|its)\b))",
    re.I,
)
_EN_ASKS_AT = re.compile(rf"(?:^|[:：.]\s*)(?:{_EN_WH}|{_EN_AUX})\b", re.I)


def _asked_clauses(piece: str) -> list[str]:
    """A piece cut at a comma when what comes before it asks something and so does what follows
    (「2020年实际是多少，2025年目标又是多少」), else the piece whole."""
    clauses = re.split(r"(?<=[，,])", piece)
    out: list[str] = []
    for clause in clauses:
        asks = _asks_in(clause) or _EN_OPENS_ASKING.match(clause) is not None
        if out and asks and (_asks_in(out[-1]) or _EN_ASKS_AT.search(out[-1]) or _past_premise(out[-1], clause)):
            if _content(out[-1]) >= MIN_PART_CHARS and _content(clause) >= MIN_PART_CHARS:
                out.append(clause)
                continue
        if out:
            out[-1] += clause
        else:
            out.append(clause)
    return out


# an English question, though it quotes the plan's Chinese ("what role … in the greenway (碧道) plan")
_EN_ASKS = re.compile(rf"^\s*(?:and\s+)?(?:{_EN_WH}|{_EN_AUX})\b", re.I)


# 「那几年」, 「这几年」: a stretch of years, not "how many"; 「老听人说什么创新生态谷」: hearsay of
# "some" thing, not "what"
_NOT_ASKING = re.compile(r"[那这前近头后过]几年|(?<=[听聽])[^，,？?]{0,3}[说讲话]什么(?![？?]|$)")


def _asks_in(clause: str) -> bool:
    return ASKS_ANYTHING.search(_NOT_ASKING.sub("", normalize(clause))) is not None


def _past_premise(said: str, asked: str) -> bool:
    """A statement of what the last period did, then a question of what comes next (「十三五建成咗
    …，十四五又打算点推…？」): the statement is a part of its own, found in the review, not the
    question's topic (searched together, the review's words outweigh the question's)."""
    return (
        asks_back(said)
        and _DONE.search(normalize(said)) is not None
        and not ASKS_ANYTHING.search(normalize(said))
        and asks_ahead(asked)
    )


# what a statement says was done (「建成咗」, 「完成了」), not a place it points at (「专栏1“十三五”…表里」)
_DONE = re.compile(r"了|咗|过|過|建成|实现|達到|达到|新增|累计|已经")


_REQUEST = re.compile(r"请|請|说说|說說|讲讲|講講|介绍|介紹|列出|列一下|告诉|告訴|解释|解釋|比较|比較|对比|對比")


def _asks_something(piece: str) -> bool:
    """The piece asks or requests something (a question word, 「请…」, any English), as opposed to
    a remark about the asker."""
    return (
        bool(
            ASKS_ANYTHING.search(normalize(piece))
            or _REQUEST.search(piece)
            or _WHY.search(piece)
            or _EN_ASKS.match(piece)
        )
        or piece.isascii()
    )


_ABOUT_ASKER = re.compile(
    r"(?:我|我们|我們|我家|我哋|俺|本人|作为|作為)(?!听|聽|看|记得|記得|知道)|(?:i'm|i am|i work|we're|we are|as a|my)\b",
    re.I,
)


_ASKERS_ROLE = re.compile(
    r"(?:我|我们|我們|我哋|本人)(?:这边|這邊|呢边|呢邊)?(?:在|喺|是|係|系|做|负责|負責|管|跟|从事|從事)|作为|作為|(?:i'm|i am|i work|we're|we are|as a)\b",
    re.I,
)


# 「出现了两回」, "pops up twice": the places asked for, when the question does not ask each itself
SEEN_TWICE = re.compile(
    r"(?:出现|提到|提及|露面)了?(?:两|二|2)(?:回|次|遍)"
    r"|(?:appeared|came up|shows up|showed up|pops up|popped up|turns up|crops up) (?:twice|two times)",
    re.I,
)
_ZH_TOPIC_FIRST = re.compile(r"^([^：:？?，,]{2,20})[：:]")
_EN_TOPIC_FIRST = re.compile(r"^([^:?,]{2,60}):\s")
_ZH_TOPIC_THERE = re.compile(r"^([^：:？?，,]{2,20}(?:那边|那邊|这边|這邊|那里|那裡|方面|这块|這塊))[，,]")


def split_parts(question: str) -> list[str]:
    """The question's parts, in order (one part: the question itself)."""
    q = question.strip()
    pieces = [c.strip(" ，,。") for p in _BREAK.split(q) for c in _asked_clauses(p)]
    # a short "why?" after a question asks about it (「…高还是低？为什么？」), it is a part too
    parts = [p for n, p in enumerate(pieces) if _content(p) >= MIN_PART_CHARS or (n and _WHY.fullmatch(p))]
    # 「几种新型工厂？都是啥？」: the names of what was just counted are asked with the count
    merged: list[str] = []
    for p in parts:
        if (
            merged
            and _NAMES_ONLY.fullmatch(to_simplified(p).strip(" ，,。？?！!"))
            and COUNT_Q.search(normalize(merged[-1]))
        ):
            merged[-1] += "？" + p
        else:
            merged.append(p)
    parts = merged
    # 「那疾控中心呢，有提到吗？」: asking whether the plan mentions it is the same question again
    parts = [p for n, p in enumerate(parts) if not (n and _MENTION_TAG.fullmatch(p.strip(" ，,。？?！!")))]
    # a remark after the question that asks nothing (「…？孩子明年上小学有点慌」) is the asker's
    # context, not a part (a statement before a question is its premise, and stays)
    while len(parts) > 1 and not _asks_something(parts[-1]) and _asks_something(parts[-2]):
        parts = parts[:-1]
    # … and so is a remark about the asker before it (「我家宝宝快两岁了。」, 「我哋街坊好關心治安。」): it
    # says what the first question is about, not a part to answer (a premise about the plan stays a
    # part: 「十三五建成了…，十四五又…？」)
    while len(parts) > 1 and _ABOUT_ASKER.match(parts[0].strip()) and not _asks_something(parts[0]):
        # (where the asker works says nothing of the topic: 「我在社区居委会」 would pull to 居民委员会)
        role = _ASKERS_ROLE.match(parts[0].strip()) is not None
        parts = parts[1:] if role else [f"{parts[0]}，{parts[1]}", *parts[2:]]
    if len(parts) < 2:
        return [q]
    # 「海珠搞足球：十三五…？十四五…？」, 「广州塔那边，…？…？」: the topic said first is every part's
    # (an English topic runs longer: "Three quick ones on exhibitions: how many…, which…")
    colon = _EN_TOPIC_FIRST if is_latin_query(parts[0]) else _ZH_TOPIC_FIRST
    if (topic := colon.match(parts[0])) is not None:
        said, before_colon = topic.group(1), True
    elif (topic := _ZH_TOPIC_THERE.match(parts[0])) is not None:
        said, before_colon = topic.group(1), False
    if topic is not None and not ASKS_ANYTHING.search(normalize(said)):
        if before_colon and (_ABOUT_ASKER.match(said) or SEEN_TWICE.search(said)):
            # 「我对会展比较感兴趣：…？…？」: the asker's own remark, not every part's topic; nor
            # 「凤阳在规划里出现了两次：…？…？」, whose parts each ask of one place
            parts = [parts[0][topic.end() :].strip(), *parts[1:]]
        else:
            parts = [parts[0], *(f"{said} {p}" for p in parts[1:])]
    return parts[:MAX_PARTS]


def strip_lead(part: str) -> str:
    return _LEAD.sub("", part).strip()


_SIZES = frozenset({"bigger", "larger", "smaller"})
# what an English side is measured by, when it says: its area, its count, a rate, a figure
_EN_MEASURE = re.compile(
    r"\d|\b(?:area|size|population|number|numbers|count|share|rate|ratio|gdp|output|revenue|income|investment|figure"
    r"|target|growth|spending|budget|length|capacity|total)\b",
    re.I,
)
# what a comparison itself asks after its two sides: by how much they differ
_BY_HOW_MUCH = re.compile(
    r"^(?:and\s+)?(?:by\s+)?how much(?: (?:more|less|bigger|larger|smaller|higher|lower))?(?: is it)?$"
    r"|^(?:大|多|高|低|少|差|相差)(?:了|出)?(?:多少|几多)$|^差(?:距)?(?:有)?(?:多少|多大|几多)$"
)


def comparison(question: str) -> Comparison | None:
    """Two things compared or asked about side by side, each to be answered on its own."""
    q = normalize(question).strip().rstrip("？?。！!")
    if first := _COMPARE_FIRST.match(q):
        left, right = first.group("left"), first.group("right")
        if (measure := _MEASURED_AFTER.search(right)) and not _MEASURED_AFTER.search(left):
            # 「比较A同B嘅面积」: what is compared is measured of both sides
            left = f"{left}的{measure.group('measure')}"
        return _sides(question, left, right, "", "")
    if paired := _COMPARE_WITH.match(q):
        return _sides(question, paired.group("left"), paired.group("right"), "", "")
    if than := _COMPARE_THAN.match(q):
        pre = than.group("pre")
        return _sides(question, than.group("left"), than.group("right"), f"{pre} " if pre else "", "")
    if apart := _COMPARE_APART.match(q):
        pre = apart.group("pre")
        return _sides(question, apart.group("left"), apart.group("right"), f"{pre} " if pre else "", "")
    if english := _COMPARE_EN.match(q):
        left = next(g for g in english.group("left", "left2", "left3", "left4") if g).strip(" ,")
        right = next(g for g in english.group("right", "right2", "right3", "right4") if g).strip(" ,")
        if when := english.group("when"):  # "by the end of the 13th fyp, which was bigger…": both sides' time
            left, right = f"{left} {when}", f"{right} {when}"
        # "its 2025 target": the second side names only its year and what it is; it is about
        # the first side's subject
        own = _EN_FRAME.sub("", _EN_REFERS.sub("", _EN_YEAR.sub("", right))).strip(" ,'")
        # (or only what the first side names too: "the growth achieved in 2016–2020" of "the gdp growth target")
        if all(re.search(rf"\b{w}\b", left, re.I) for w in re.findall(r"[a-z]{3,}", own, re.I)):
            # ("what was achieved during the 13th FYP": a period and a stance, nothing of its own)
            right = f"{right} {_EN_FRAME.sub('', _EN_YEAR.sub('', left)).strip()}"
        if (english.group("comparative") or "").lower() in _SIZES and not any(
            _EN_MEASURE.search(s) for s in (left, right)
        ):
            # "which is larger, the pilot zone or the valley": two places compared by their size
            return Comparison(left, right, (f"how big is {left}", f"how big is {right}"))
        return Comparison(left, right, (left, right))
    if versus := _VERSUS_EN.match(q):
        # "what does it rely on for A versus B": the same question of each side
        pre, rest = versus.group("pre"), versus.group("rest") or ""
        left, right = versus.group("left").strip(), versus.group("right").strip()
        return Comparison(left, right, (f"{pre}{left}{rest}".strip(), f"{pre}{right}{rest}".strip()))
    topic = _TOPIC_FIRST.match(q)
    m = _COMPARE.match(q[topic.end() :]) if topic else None
    if m is None:
        topic, m = None, _COMPARE.match(q)
    if not m:
        return None
    right, mid = m.group("right"), m.group("mid")
    if mid and m.end("right") == m.start("mid"):
        # the shortest right side cut a name (「众创|空间哪个…」): up to what it is compared by
        # (面积, 的…), what follows it is still the side
        at = next((i for i in range(len(mid)) if _MEASURE.match(mid, i) or NUMBER_Q.match(mid, i)), len(mid))
        right, mid = right + mid[:at], mid[at:]
        if (stance := _STANCE.match(mid)) and (_STANCE.search(m.group("left")) or NAMED_PERIOD.search(m.group("left"))):
            # 「十三五末的实际值与2025年目标值各为多少」: the stance after the second side is its
            # own when the first side has its own period or stance
            right, mid = right + stance.group(0), mid[stance.end() :]
    if "的" in mid:  # 「A和专业批发市场的五年目标哪个多」: the side runs up to 的
        head, _, tail = mid.partition("的")
        right, mid = right + head, "的" + tail
    rest = re.sub(r"^(更|较|比较)", "", mid + m.group("rest"))
    pre = f"{topic.group('topic')} {m.group('pre')}" if topic else m.group("pre")
    return _sides(question, m.group("left"), right, pre, rest)


_HORIZON = re.compile(r"[一二三四五六七八九十\d]+年(?:内|里|间)?|20[2-3]\d\s*年(?:前|底|末)?")
_HORIZON_TAIL = re.compile(rf"(的?)(?:{_HORIZON.pattern})$")
_HORIZON_HEAD = re.compile(rf"^(?:到|至|在)?(?:{_HORIZON.pattern})[，,\s]*")


def _sides(question: str, left: str, right: str, pre: str, rest: str) -> Comparison | None:
    """Each side asked on its own: what comes before the two sides, the side, what comes after."""
    left, right = _SIDE_TRIM.sub("", left), _SIDE_TRIM.sub("", right)
    if (measured := _MEASURE_IN_SIDE.search(right)) and not _MEASURE_IN_SIDE.search(left):
        # 「“一谷”同“一圈”两个片区嘅面积差距有几大」: what the second side is measured by is the
        # first's too, and what follows it (the difference asked) is neither side
        measure = measured.group("measure")
        left = f"{left}的{measure}"
        right = f"{_BOTH_SIDES.sub('', right[: measured.start()])}的{measure}"
    marks = re.findall(r"[「」“”]", left)
    opened = sum(m in "「“" for m in marks)
    if marks and (marks[0] in "」”" or opened >= 2) and (cut := max(left.rfind("「"), left.rfind("“"))) > 0:
        # 「「城市大脑」在纲要「发展定位」一节和…」 (the side holds the thing asked about, quoted, and
        # then the first place named): the side is the name quoted last, what comes before it is both sides'
        pre, left = f"{pre}{left[:cut]}", left[cut:]
    named = right.lstrip().startswith(("「", "“"))  # a section or thing named in quotes has no horizon of its own
    if (head := _HORIZON_HEAD.match(left)) and not named and not (_HORIZON.search(right) or NAMED_PERIOD.search(right)):
        # 「五年内A和B，哪个多」: the horizon before the first side is both sides'
        pre, left = f"{pre}{head.group(0)}", left[head.end() :]
    if (
        _HORIZON.fullmatch(right.strip())
        and (tail := _HORIZON_TAIL.search(left))
        and _content(left[: tail.start()]) >= 2
    ):
        # 「X的三年和五年目标」: the second side is only a horizon, of the first side's subject
        right = f"{left[: tail.start()]}{tail.group(1)}{right.strip()}"
    if _content(left) < 2 or _content(right) < 2:
        return None
    parts = (f"{pre}{left}{rest}".strip(), f"{pre}{right}{rest}".strip())
    if NAMED_PERIOD.search(left) and NAMED_PERIOD.search(right):
        # 「十三五时期GDP年均增速与十四五目标增速」: the second side names only its period and
        # measure; it is about the same subject as the first
        subject = NAMED_PERIOD.sub("", _STANCE.sub("", left)).strip(" ，,的")
        own = _GENERIC.sub("", NAMED_PERIOD.sub("", _STANCE.sub("", right)))
        if _content(own) < MIN_PART_CHARS and _content(subject) >= 2:
            parts = (parts[0], f"{parts[1]} {subject}")
    if not is_simplified_query(question):  # matched in Simplified; asked in Traditional
        left, right, parts = (
            to_traditional(left),
            to_traditional(right),
            (to_traditional(parts[0]), to_traditional(parts[1])),
        )
    return Comparison(left, right, parts)


def chapter_parts(question: str) -> list[str]:
    """One part per chapter when a question names two chapters by number (「A在第五章和第七章
    里分别…」 → 「A在第五章里…」, 「A在第七章里…」): each is searched in its own chapter."""
    m = _CHAPTERS.search(question)
    if not m:
        return []
    english = m.group("ea") is not None
    numbers = (m.group("ea"), m.group("eb")) if english else (m.group("a"), m.group("b"))
    if numbers[0] == numbers[1]:
        return []
    head, tail = question[: m.start()], _EACH.sub("", question[m.end() :])
    return [f"{head}{'chapter ' + n if english else '第' + n + '章'}{tail}".strip() for n in numbers]


def section_parts(question: str) -> list[str]:
    """One part per 節 when a question names two by number (「A在第三章第一節和第三節分別…」 →
    「A在第三章第一節…」, 「A在第三章第三節…」): each is searched in its own 節."""
    m = _SECTIONS.search(question)
    if not m:
        return []
    if m.group("ea") is not None:
        chapter = m.group("ec")
        places = [f"chapter {chapter} section {n}" for n in (m.group("ea"), m.group("eb"))]
    else:
        mark = m.group("j")
        places = [
            f"第{m.group('c')}章第{m.group('a')}{mark}",
            f"第{m.group('d') or m.group('c')}章第{m.group('b')}{mark}",
        ]
    if places[0] == places[1]:
        return []
    # (up to the end of its sentence: 「兩處有何不同」 after it asks of both, not of each)
    head, tail = question[: m.start()], _EACH.sub("", re.split(r"(?<=[？?。!！])", question[m.end() :])[0])
    return [f"{head}{place}{tail}".strip() for place in places]


_ASKING = re.compile(
    r"(?:多少|几多|幾多|几|幾)(?:钱|錢)|多少|几|幾|什么|什麼|甚麼|啥|咩|怎么样|怎麼樣|如何|呢|吗|嗎|又|是|还|還|达到|達到|定为|定為"
)


# what a part asks the plan to say, not what about (「十四五又要求做到什么」, 「对它有什么要求」), and
# the small words around it
_DEMAND = re.compile(
    r"要求|做到|要做|做些|干什么|安排|部署|提出|打算|举措|措施|任务|怎么做|怎么办|以后|今后|将来|未来|哪些"
    r"|提高|提升|增长|增加|降低|下降|深化|推进|加强|加快|推动|完善|落实|一步|提到|升到|降到|想|[对對它其有要这這那个個们們再则則在于於哪到至达]"
)


# an English part's period, with the words that place it (「during the 13th FYP」, 「by the end of 2020」)
_EN_PERIOD = re.compile(
    r"\b(?:(?:during|in|over|by|at|for|through(?:out)?)\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
    r"(?:1[34]th(?:\s+(?:five-year\s+plan|fyp))?(?:\s+period)?|(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)\b",
    re.I,
)
# an English part that says what is planned from now on (its own time, not the first part's past)
_EN_OWN_TIME = re.compile(
    r"\b(?:14th|new plan|from now on|next|will|going to|plans? to|aims?|targets?|goals?|future|ahead|wants?|promises?|(?:202[1-9]|203\d))\b",
    re.I,
)
_EN_ASKED = re.compile(r"^\s*(?:how\s+(?:many|much|far|long)|what(?:'s)?|which|who|when|where|why|how)\b", re.I)
_EN_CONTENT = re.compile(r"[a-z][a-z\-']+|[\u4e00-\u9fff]+", re.I)
_EN_NOT_SUBJECT = frozenset(
    "a an the is are was were be been do does did has have had it its they them their this that these those "
    "what which who how when where why many much far so now then say says said give given get got new old plan "
    "plans planned haizhu district role goal goals target targets figure level value one ones about for of to in on "
    "at by from with and or as into any there here there's should supposed will would can could".split()
)


def _english_subject(first: str) -> str:
    """The first part of an English question without what it asks and its period: "How many
    old buildings got lifts during the 13th FYP" → "old buildings got lifts"."""
    return re.sub(r"\s+", " ", _EN_PERIOD.sub(" ", _EN_ASKED.sub("", first))).strip(" ,.?—-")


def english_content(part: str) -> list[str]:
    return [w for w in _EN_CONTENT.findall(_EN_PERIOD.sub(" ", part)) if w.lower() not in _EN_NOT_SUBJECT]


# "does it now want…": "it" is the plan, not something the first part named
_PLAN_IT = re.compile(
    r"\b(?:does|did|will|would|do)\s+it\s+(?:now\s+|also\s+|still\s+)?"
    r"(?:want|plan|aim|say|propose|intend|hope|expect|call|commit|promise|set)\b",
    re.I,
)
MIN_OWN_WORDS = 2


def own_english_subject(part: str) -> bool:
    """An English later part whose only "it" is the plan ("which shopping areas does it now want
    to upgrade"), with a subject of its own: nothing is carried over from the first part."""
    if not is_latin_query(part) or not _PLAN_IT.search(part):
        return False
    rest = _PLAN_IT.sub(" ", part)
    return not re.search(r"\b(?:it|its|they|them|their)\b", rest, re.I) and len(english_content(rest)) >= MIN_OWN_WORDS


def names_no_subject(part: str) -> bool:
    """A later part that says only its period and what it asks (「“十四五”目标又是多少」,
    「“十四五”又要求做到什么」, "what is the goal for the 14th"): it is about the first part's subject."""
    if is_latin_query(part):
        return not english_content(strip_lead(part))
    own = _ASKING.sub("", _GENERIC.sub("", _STANCE.sub("", NAMED_PERIOD.sub("", strip_lead(normalize(part))))))
    return _content(_DEMAND.sub("", own)) < MIN_OWN_SUBJECT_CHARS


# 「門票幾錢」 after 「赤崗塔開唔開放」: one two-character word is what is asked of the first
# part's thing (its ticket, its area), not a subject of its own
MIN_OWN_SUBJECT_CHARS = 3


def without_plan_period(part: str) -> str:
    """A later part with its own subject, without 「十四五」: the whole plan is the 十四五 plan, so
    the words say "from now on" (against the first part's past), not where to look; searched,
    they pull to the plan's opening and closing chapters instead of the subject's section."""
    if names_no_subject(part):
        return part
    return re.sub(r"\s+", " ", THIS_PLAN.sub(" ", part)).strip(" ，,") or part


_THEN = re.compile(r"之前|以前|此前|过去|過去|目前|现在|現在|至今")
_ASKED_FROM = re.compile(r"(?:多少|几|幾|什么|什麼|甚麼|啥|哪|怎么|怎麼|如何|吗|嗎).*$")
_DONE_TAIL = re.compile(r"(?:[\u4e00-\u9fff]{1,2}了|达到|達到|[在有是的为為])+$")


_PRONOUN = re.compile(r"它|其(?![他它余餘中次实實])|佢")
_NAME_FLAGS = frozenset(("n", "nz", "ns", "nt", "nr", "j", "l", "eng", "x"))


def _leading_name(text: str) -> str | None:
    """The name a text opens with: its first words while they are nouns or names (海丝博览会)."""
    taken: list[str] = []
    for word, flag in pseg.lcut(text):
        if flag in _NAME_FLAGS and not (flag == "x" and not CJK_RUN.fullmatch(word)):
            taken.append(word)
        elif taken or word.strip("“”「」\"' "):
            break
    name = "".join(taken)
    return name if len(name) >= 3 else None


def carried_context(first: str, part: str) -> str:
    """What a later part carries over from the first one: the first part, without its period
    (「十三五期间」) when the later part names its own or asks what the plan intends; only the
    thing the first part is about when the later part points back at it (「它」: 「海丝博览会将来
    要升格成什么…？规划又把它和哪个会议…」 is about 海丝博览会, not its 升格)."""
    chinese = CJK_RUN.search(first) is not None
    if is_latin_query(first) and is_latin_query(part):
        # "…during the 13th FYP, and what does the new plan do with it?": the subject, not the
        # past the first part asked about (searched, "13th FYP" pulls to the review)
        if _EN_OWN_TIME.search(part) and (subject := _english_subject(first)) and english_content(subject):
            return subject
        return first
    if chinese and _PRONOUN.search(strip_lead(part)) and (name := _leading_name(NAMED_PERIOD.sub("", first).strip())):
        if not ASKS_ANYTHING.search(normalize(name)):
            return name
    if not _OWN_TIME.search(strip_lead(part)):
        return first
    unperiodic = re.sub(r"\s+", " ", NAMED_PERIOD.sub("", first)).strip(" ，,") or first
    # and without what the first part asked (「解决了多少房源」): the later part asks its own
    subject = _DONE_TAIL.sub("", _ASKED_FROM.sub("", _THEN.sub("", unperiodic))).strip(" ，,“”「」")
    return subject if _content(subject) >= 2 else unperiodic


# 「那X呢」 opening a follow-up: a new topic, asked about in what follows
_TOPIC_OPENER = re.compile(r"(?:那么?|那个)" + NEW_TOPIC + r"[？?]?")
# 「哪个大些」, 「边个多啲」: which of the sides just named is larger, asked on its own
_WHICH_MORE = re.compile(
    r"(?:那|到底|究竟)?(?:哪|边)(?:个|一个|边)(?:更|比较)?(?:大|多|高|长|快|广)(?:些|啲|一些|一点|点)?"
)
# 「三个片区里哪个面积最大」, "how do the three zones compare": the members of a group, each measured
_EXTREME = re.compile(
    r"哪(?:一)?(?:个|项|块|片|边|家)?.{0,8}最|\bcompare\b|\b(?:largest|smallest|biggest|highest|lowest)\b", re.I
)


def asks_across_group(question: str) -> bool:
    """The question compares the members of a group it does not name one by one."""
    return _EXTREME.search(normalize(question)) is not None and comparison(question) is None


def member_parts(question: str, members: list[str]) -> tuple[list[str], Comparison]:
    """One part per member, asking for the measure the question compares (面积 for 「哪个面积最大」
    and "compare in size"), or the whole question when it names none."""
    measure = NUMBER_Q.search(expand(question))
    asked = measure.group(0) if measure and not measure.group(0).isascii() else None
    if asked and not is_simplified_query(question):  # the parts are answered in the question's script
        asked = to_traditional(asked)
    if is_simplified_query(question):  # (the members are the plan's names, in Traditional)
        members = [to_simplified(m) for m in members]
    parts = [f"{m} {asked}" if asked else f"{m} {question}" for m in members]
    return parts, Comparison(members[0], members[1], (parts[0], parts[1]), tuple(members))


# 「A、B、C，这三块哪个面积最大」, 「A和B哪个人口最多」: members named one by one, then the extreme asked
_LISTED = re.compile(
    r"^(?P<list>[^，,？?。]{4,80}?)[，,]?\s*(?:这|那)?(?:[两二三四五六七八九几]?(?:个|块|项|片|处|家|者))?(?:之中|当中|里面|中|里)?\s*"
    r"(?:哪个|哪一个|哪项|哪块|哪一块|哪里|哪家|谁).{0,8}最"
)
_MEMBER_SEP = re.compile(r"、|和|与|跟|及|以及|还有")


def listed_members(question: str) -> list[str]:
    """The members a question names before asking which is largest/smallest: three or more
    joined by 、 (the last may be joined by 和/与), or two joined by 、/和/与/跟 (Simplified)."""
    m = _LISTED.match(normalize(question).strip())
    if not m or "、" not in m.group("list") and not re.search(r"和|与|跟", m.group("list")):
        return []
    members = [_SIDE_TRIM.sub("", p.strip(" ，,")) for p in _MEMBER_SEP.split(m.group("list"))]
    if len(members) < 2 or any(_content(p) < 2 for p in members) or len(members) > MAX_PARTS + 2:
        return []
    return members


def question_parts(question: str) -> tuple[list[str], Comparison | None]:
    """The parts to answer one by one (empty when the question has one part), and the
    comparison they make, if any."""
    if members := listed_members(question):  # each named member measured, then ranked
        if not is_simplified_query(question):
            members = [to_traditional(p) for p in members]
        return member_parts(question, members)
    if by_section := section_parts(question):  # (before the comparison 「第三章第一節和第三節」 would read)
        return by_section, None
    parts = split_parts(question)
    if len(parts) > 1 and asks_besides(parts[0] + "，" + parts[1]):
        parts = []  # 「除了X之外，还有哪些…」 is one question: the others besides X
    if len(parts) > 1 and _TOPIC_OPENER.fullmatch(normalize(parts[0]).strip()):
        parts = []  # 「那X呢？有多大、定位是什么？」: the new topic, then what is asked of it — one question
    if len(parts) > 1:
        # 「A比B高还是低？为什么？」: the comparison first, side by side, then the rest
        compared = comparison(parts[0])
        if compared is None and len(parts) == 2 and _WHICH_MORE.fullmatch(normalize(parts[1]).strip(" ，,？?")):
            # 「A同B嘅面积差距有几大，边个大啲？」: which is larger is asked of the two sides before it
            compared = comparison(question)
            return (list(compared.parts), compared) if compared is not None else (parts, None)
        if compared is not None:
            # a bare "why?" after it asks about the comparison as a whole, not about one side
            rest = [f"{parts[0]} {p}" if _WHY.fullmatch(p) else p for p in parts[1:]]
            # ("and by how much?": the difference, which the comparison gives)
            rest = [p for p in rest if not _BY_HOW_MUCH.match(normalize(p).strip(" ,，?？"))]
            return [*compared.parts, *rest][: MAX_PARTS + 1], compared
        return parts, None
    if by_chapter := chapter_parts(question):
        return by_chapter, None
    compared = comparison(question)
    return (list(compared.parts), compared) if compared else ([], None)


MIN_OWN_TERM_CHARS = 3  # a plan word this long in a later part is a subject of its own (试验区, 设计师)
MAX_LEANING_EN_WORDS = 2  # "how often will boats run": too few words to stand on their own


def leans_on_first(part: str, first: str, plan_text: str) -> bool:
    """A later part with no subject of its own that the plan could answer (「里面会有哪些商场」,
    「點樣聘請」, "which company will lead it"): what it asks is of the first part's thing. It
    names no plan word of MIN_OWN_TERM_CHARS characters that the first part does not."""
    if is_latin_query(part):
        own = [w for w in english_content(strip_lead(part)) if w.lower() not in first.lower()]
        return len(own) <= MAX_LEANING_EN_WORDS
    asked, before = normalize(strip_lead(part)), normalize(first)
    return not any(len(w) >= MIN_OWN_TERM_CHARS and w in plan_text and w not in before for w, _ in pseg.lcut(asked))


# 「社會治理那節」, 「講村社嗰部分」, 「在要素市場化配置那裡」: a place in the plan the asker points at by its
# subject, where the answer is to be found; not what is asked about there
_POINTER = re.compile(
    r"(?:在|讲|講|说|說|于|於)?([\u4e00-\u9fff]{2,14}?)(?:那一?节|那一?節|那部分|嗰部分|嗰節|嗰节|那里|那裡|那块|那塊|那边|那邊)"
)


def pointed_topic(part: str) -> str | None:
    """What a part that points at a place in the plan asks about there: the part without the
    pointer and its asking words (「在數據上要探索什麼」 → 數據…); "" when it asks nothing of its own
    there (「社會治理那節又提了啥」: the first part's topic); None when it points at no place."""
    m = _POINTER.search(part)
    if m is None:
        return None
    rest = part[: m.start()] + " " + part[m.end() :]
    own = _ASKING.sub("", _DEMAND.sub("", _GENERIC.sub("", _STANCE.sub("", normalize(rest)))))
    own = re.sub(r"说|說|讲|講|话|話|提|了|又|上|里|裡|要|什么|什麼|咩|点|點|规划|規劃|纲要|綱要", "", own)
    return rest.strip() if _content(own) >= 2 else ""
