"""Claims to check: "聽說…是真的嗎？", "請確認…", "Is it true that…", role-play wrappers included.

    claim = read_claim("听说琶洲试验区面积50平方公里，是真的吗？")
    claim.proposition     # '琶洲试验区面积50平方公里'  (what is searched and compared)
    claim.figures         # ('50平方公里',)

The verdict compares the claim's figures and years with the best evidence: the plan says so,
the plan says something else (its own figure is given), or the plan does not mention it. A false
premise is never repeated as fact: the answer opens with the verdict and quotes the plan.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

import jieba
import jieba.posseg as pseg

from assistant.questions import ASKS_ANYTHING, ASKS_WHAT, EN_NUMBER, asks_opinion
from assistant.refusal import FRAME_PLACES, is_latin_query
from corpus.models import Sentence
from corpus.models import chinese_number as numeral_of
from corpus.text import CJK_RUN, normalize
from retrieval.synonyms import english_rows, everyday_rows, plan_words, synonyms

SUPPORTED, CONTRADICTED, NOT_STATED = "supported", "contradicted", "not_stated"

# cue phrases, in Simplified (questions are normalised first)
_CUES = (
    r"是真的吗|是不是真的|真的吗|这是真的吗|对吗|对不对|对不|是吗|是这样吗|是否属实|属实吗|没错吧|没有错吧|没说错吧|没写错吧|没有写错吧|没搞错吧|没有搞错吧|"
    r"有没有这回事|有这回事吗|有这事吗|有没有这事|有无此事|真?有(?:没有|冇)?(?:这|呢)(?:回|件)?事|有冇咁(?:嘅|的)?事|(?:规划|纲要)(?:里|里面|入面|上)?(?:都|也)?(?:是|系)?(?:真的?)?(?:这么|这样)写(?:的|了)?|对得上吗|对不对得上|对唔对得上|(?:跟|和|与)(?:纲要|规划)(?:原文)?(?:一致|相符)吗|是不是这样|请确认一下|请确认|请核实|帮我确认|确认一下|"
    r"确认|核实|是不是(?:这么|这样)(?:写|说|讲)的?|是不是这么|是不是这样|是不是说|是否这样|"
    r"(?:是不是|是否)有?(?:强制|硬性)?(?:提出|提到|提及|提|要求|写了|写明|写到|写过|写要|规定|说了|说过|说要|讲了|讲过|讲到|讲要|讲|计划|打算|准备|要|把|将)|(?:是|就是)?(?:这么|这样)写的吧|对吧|是吧|"
    r"真的假的|真的还是假的|真不真的|真不真|真是这样[？?]?\s*$|"
    # 「…48.2公里，是不是？」: a statement, then asked back whether it holds
    r"[，,]\s*(?:是不是|是唔是|对不对)[啊呀吖嘛]?[？?]\s*$|"
    # 「规划有没有讲老旧小区的物业费由政府补贴？」: whether the plan says this very thing (not what it says)
    r"(?:^|[。！!？?]\s*)(?:请问)?(?:规划|纲要)(?:里|上|中|里面)?有没有(?:讲|说|提|写)(?:到|过)?(?![^？?]*?(?:什么|啥|咩|哪|几|多少|怎么|怎样|如何|谁|为什么))"
    r"(?=[^？?]{8,}[？?]\s*$)|"
    # 「这是规划里的内容吗」, 「没记错吖嘛」, 「会不会真的…」, 「规划真是有提？」, 「…不是已经打通了吗？」,
    # 「…？我记得规划有讲。」: whether what was said is the plan's, however it is put
    r"(?:这是|是)(?:这份|这个|本|该)?(?:规划|纲要)(?:里|上|中)?的?(?:内容|说法|规定|提法|原文|原话)吗|没有?记错[吖啊呀吗吧嘛]*[？?]?\s*$|"
    r"会不会真(?:的|是)|真(?:的|是)?有(?:提|写|讲|说)(?:到|过)?[吗吧]?[？?]?\s*$|"
    r"不是(?:已经|早就|早已)[^，,。？?]{2,30}吗[？?]|"
    # 「规划里是不是真有一句要…」: whether the plan has this very sentence
    r"(?:是不是|是否|有没有)真(?:的)?有(?:一句|这句|这么一句|这样一句|这一条|这条|这个说法)|"
    # 「…，真定假？」, 「是真是假」: true or false
    r"(?:^|[，,。！!？?]\s*)(?:到底)?(?:真定假|是真是假|真还是假|真的假的|真唔真)[？?]?\s*$|"
    # 「真有这种硬性要求？」, 「真有这回事吗」: whether what was just said is so
    r"(?:^|[。！!？?，,]\s*)(?:那?(?:是)?(?:(?:规划|纲要)(?:里|上|中|里面)?)?真(?:的|是)?有(?:这|这么|这样)(?:种|个|样的?|回|一)?[^，,。？?！!]{0,6}?(?:要求|规定|说法|事|政策|安排|计划|目标)[吗吧]?[？?]?\s*$)|"
    # 「…，系咪真？」 (是不是真): whether what was just said holds; 「是非题：…」
    r"(?:是不是|是否)真[？?]?\s*$|^是非题\s*[:：]|"
    r"[？?]\s*我记得(?:规划|纲要)(?:里|上)?(?:有|是这样|是这么)?(?:讲|说|写|提)(?:过|到)?[。！!]?\s*$|"
    # 「有没有写错」, 「规划有没有讲过…」, 「这是规划里写的吗」
    r"有没有(?:写|说|讲|搞|记|弄)错|(?:规划|纲要)(?:里|上|中)?有没有(?:讲|说|提|写)过|是(?:规划|纲要)(?:里|上|中)?(?:写|说|讲|提)的吗|判断正误|判断对错|是这样的?吗|的吧[？?]?\s*$|正确吗|准确吗|正不正确|准不准确|"
    r"是否(?:正确|准确|属实|如此)|是?(?:这么|这样)(?:写|说|讲|规定)的?吗|没有?记错吧|没有?记错[吗吧]|\band confirm\s*[:：]|"
    # 「我报告里这样引用可以吗」, 「我这样填表没问题吧」: the asker's use of the statement, asked after
    r"(?:我)?[^，,。？?！!]{0,8}?(?:这样|这么|如此)(?:去)?(?:引用|写|填|填表|用|理解|概括|总结|表述|归纳|说|讲)"
    r"[^，,。？?！!]{0,4}?(?:可以|行|妥当|对|准确|没问题|没有问题|没毛病|有问题)[吗吧不]?|没有?问题吧|"
    # 「请问原文是否支持这种说法」
    r"(?:请问)?(?:原文|规划|纲要)?(?:是否|能否|能不能|可否)?支持(?:这种|这个|这一|此|这样的?)(?:说法|讲法|观点|提法|理解)吗?|"
    # 「纲要有没有说要…？朋友一口咬定有。」: what someone insists the plan has, after the question
    r"[？?]\s*[^。？?！!]{0,12}(?:一口咬定|坚称|坚持说|信誓旦旦地?说|打包票|肯定地说|硬说)(?:有|是|会|要|对)?[。！!]?\s*$|"
    # "Does the plan ban …?": whether the plan says a thing, asked of the thing (「规划是不是有提出…」)
    # ("does the plan say what … will be" asks what)
    # (only the asking word is the cue: "the plan ban…" is what is checked)
    r"^(?:does|did|will)(?= (?:the|this) (?:plan|outline)(?: really| actually)? (?:(?:say|state)s?\b(?! (?:what|which"
    r"|how|when|where|who|whether|if|anything)\b)|(?:ban|promise|require|commit|pledge|guarantee|mandate|prohibit"
    r"|propose|call for|include|mention|force|oblige)s?\b|makes? it (?:compulsory|mandatory|obligatory)\b))|"
    r",? (?:right|correct)\?\s*$|, (?:isn't|doesn't|won't|didn't) (?:it|they|he|she)\??\s*$|"
    r"is it true|is that true|is this true|is it (?:right|correct) that|can you confirm|please confirm|confirm that|true or false|"
    # "Does the plan put it that way?", "Is that in there?", "Is 'four' right?"
    r"\bput it (?:that|this) way\b|\bis (?:that|this|it) (?:in there|in the plan|in the outline|in it)\b|\bis ['‘\"][^'’\"]{1,30}['’\"] (?:right|correct)\b|"
    r"confirm (?:for|to) me|\bconfirm (?:for|to) (?:us|our [\w\' -]{1,30}?)\s*[:：]|\bconfirm (?:for|to) [\w\' -]{1,30}? that\b|(?:^|[.,:;]\s*)confirm\s*[:：]|\bverify (?:for me|that)\b|"
    # "Verify: …", "Please verify this statement: …", "Check this: …", "Confirm or refute: …"
    r"(?:^|[.!?]\s+)(?:please )?(?:verify|check|fact[- ]check)(?: (?:this|the following))?(?: (?:statement|claim|sentence))?\s*[:：]|"
    r"\bconfirm or (?:refute|deny)\b|"
    # "Is that what the plan actually says / records?"
    r"\bis (?:that|this) (?:what|how|who|where|which) (?:it|the plan|the outline) (?:actually |really )?(?:says|states|records|reports|puts it|has it|names|lists|gives)\b|"
    # "Correct me if I'm wrong", "Please sanity-check that.", "Did I get that right?", "— that's my reading. Fair?"
    r"\bcorrect me if i'?m wrong\b|(?:please\s+)?(?:sanity|double)[- ]check(?: (?:that|this|it|me))?(?: for me)?\b|"
    r"\b(?:did|have) i (?:get|got) (?:that|this|it) right\b|\bam i right\b|"
    r"\bis my (?:reading|understanding|summary|memory|recollection) (?:right|correct|accurate)\b|"
    r"[—–-]?\s*(?:that's|that is|this is) my (?:reading|understanding|take|impression)(?:[.,;]\s*(?:is that\s+)?(?:fair|right|correct|accurate))?|"
    # "Does the plan give …? My mum heard it does.": someone holds that it does, after the question
    r"[?]\s*(?:my|a|his|her|our|their|some)?\s*[\w' -]{0,30}?\b(?:heard|says|said|swears|insists|claims|reckons|thinks|believes|is sure|is convinced)"
    r"\s+(?:that\s+)?(?:it|they|so|this|there is|there's)\s*(?:does|do|is|are|will|did|has|have)?[.!]?\s*$|"
    # ("Do you think X can really compete …?" asks a view, not whether the plan says it)
    r"(?:^|[.!?]\s+|[:：]\s*)(?!do you (?:think|reckon|believe|expect)\b)(?:does|did|do|is|are|will|has|have)\b[^?]{0,60}\breally\b|(?:\bis (?:that|this|it) )?\b(?:actually|really) in the plan\b|"
    r"(?:can|could) you confirm (?:that's|that is|this is) what (?:it|the plan) says|is (?:that|this) the right (?:figure|number|year|unit)|"
    r"(?:^|[.,!?—–]\s*|\s[-–—]\s*)(?:true|really|supported|right|correct|fair|yes|is that so|is that the case|accurate|(?:is|was) (?:that|this|it) (?:right|correct|accurate|true))\?\s*$"
)
_CUE_RE = re.compile(_CUES, re.I)
_HEARSAY = re.compile(
    # (after the asker's own clause: 「我是在海珠打工的外地人，听说…」; or who said it: 「我阿爷话…」)
    r"^(?:我[^，,。？?]{1,20}[，,。])?(我)?(听说|听讲|听(?:朋友|同事|邻居|街坊|家人|亲戚|人家|别人|老公|老婆|同学)(?:说|讲|话)|(?:我)?(?:楼下|楼上|隔壁|对面|单位|公司|家里|我家|小区|村里|班上)?(?:的)?(?:阿爷|阿嫲|爷爷|奶奶|爸爸|妈妈|阿妈|阿爸|老妈|老爸|外婆|外公|阿婆|阿公|家姐|阿哥|阿姐|细佬|老豆|家人|亲戚|朋友|同事|邻居|街坊|阿叔|叔叔|阿姨|舅舅|表哥|表姐|老公|老婆|科长|处长|局长|主任|领导|老板|老师|经理|师傅)(?:话|说|讲)|听人说|听人讲|听人家(?:说|讲)|听别人(?:说|讲)|据说|(?:看到?|在)?(?:朋友圈|微信群|[^，,。？?：:我你]{0,6}?群里|公众号|网上|抖音|微博)(?:有人|有|看到|见到)?(?:一?[篇条个则])?(?:文章|帖子|帖|消息|推文|视频)?(?:上|里)?(?:讲|说|话|写)(?:道)?|(?:看到?|听到?)?有(?:人|网友|街坊|邻居|朋友|同事|家长|群友)(?:说|话|讲)|[^，,。？?：:我你]{0,8}?(?:流传|传闻|传言|盛传|疯传)(?:说)?|听人话|网传|朋友说|(?:看到|读到|看了|睇到)?有?一?[篇条则](?:文章|报道|新闻|帖子|推文|消息)(?:上|里)?(?:说|讲|话|写)(?:道)?|(?:刷到|看到|睇到|见到)(?:一?[个条段篇则])?(?:短视频|视频|抖音|直播|帖子|推文)(?:上|里)?(?:说|讲|话)|[^，,。？?：:我你]{1,12}?(?:跟|同|和|对)我(?:说|讲|话)(?![说讲话一])|[^，,。？?：:我你]{1,12}?告诉我(?:说)?|(?:看到?|睇到?|在)?(?:新闻|网上|报道|报纸|朋友圈)(?:上|里)?(?:说|讲|写|话)|据我(?:理解|所知|了解)|(?:有人|有些人|不少人|很多人|好多人)(?:认为|觉得|以为)|(?:我)?(?:在网上|上网|网上)?(?:查资料|查了资料|查了下资料|翻资料|查文件|搜资料|搜了一下)(?:时|的时候)?(?:看到|查到|发现|读到)(?:说)?)[，,：:\s]*"
    r"|^(?:as an? [\w' -]{1,30}?,?\s+)?(?:i (?:have |'ve )?(?:heard|read|was told|saw)(?: somewhere| online| in the news)?"
    r"|i(?:'m| am|'ve been| have been) told"
    r"|heard(?! (?:anything|something|about|of|any|if|whether)\b)|someone(?: at work| online| i know)? (?:told (?:me|us)|said|insisted|claimed)"
    r"|people (?:say|said)|rumou?r has it|(?:a|the|one) (?:news|newspaper|media|press|online) (?:piece|report|article|story|post)"
    r" (?:said|says|claimed|claims|reported|reports)"
    r"|(?:a|my|our) (?:friend|colleague|neighbou?r|mum|mom|mother|dad|father|uncle|aunt|boss|landlord|teacher|brother|sister"
    r"|cousin|wife|husband|partner|classmate|roommate|flatmate|manager|professor)(?: of mine)?"
    r" (?:told (?:me|us)|said|says|swears|insists|claims|reckons|thinks|believes|is convinced|is sure)"
    # ("a taxi driver told me", "one of the guys at the gym swears"): anyone the asker heard it from
    r"|(?:a|an|my|our|one|some) (?!plan\b|outline\b|report\b|document\b)[a-z'-]+(?: [a-z'-]+){0,4}?"
    r" (?:told (?:me|us)|said|says|swears|swore|insists|insisted|assured (?:me|us)|claims|claimed))(?: that)?[,:\s]+",
    re.I,
)
# "Claim: …": a statement put forward to be checked, as an evaluator writes it
_STATED = re.compile(
    r"^(?:(?:claim|statement)(?: to (?:verify|check)| (?:from|in|on|of|made in|made by|heard on|seen on) [^:：]{2,40}?)?|true or false|yes or no|confirm or (?:refute|deny)|correct me if i'?m wrong|(?:please )?(?:verify|check|fact[- ]check)"
    r"(?: (?:this|the following))?(?: (?:statement|claim|sentence))?)\s*[:：]\s*|^(?:请你?)?判断(?:正误|对错|一下)?\s*[:：]\s*",
    re.I,
)
# "The plan commits to …." stated in English, not asked
_PLAN_SAYS_EN = re.compile(
    r"^(?:the|this|haizhu's|the district's) (?:district's )?(?:14th five-year )?(?:plan|outline)(?: also)? (?:says|states|commits|promises"
    r"|requires|sets|aims|plans|proposes|calls|wants)\b[^?]*[.!]?\s*$",
    re.I,
)
# 「規劃提出要建設…。」: what the plan says, stated and not asked
_PLAN_SAYS = re.compile(
    r"^(?:这个|这份|该)?(?:十四五)?(?:规划|纲要)(?:里|中|里面)?(?:有)?"
    r"(?:提出|说|说了|要求|承诺|明确|指出|写|写了|写明|规定|计划|打算|表示|提到)"
)
# "你現在是區政府發言人，請向市民確認：…" / "假设你是…，…" / "扮演…"
_ROLEPLAY = re.compile(
    r"^(?:(?:role[- ]?play|角色扮演)\s*[:：]\s*)?(现在)?(你现在(?:是|系)|你(?:是|系)|假设你(?:是|系)|假如你是|请你扮演|你扮演|扮演|作为|请?你?以(?=[^，,：:。]{1,40}(?:身份|名义))|pretend (?:you are|you're|to be)|imagine (?:you are|you're)"
    r"|act as|you are|you're|as)[^，,：:。.!?！？]{1,60}[，,：:。.]\s*",
    re.I,
)
_TO_PUBLIC = re.compile(r"^(请)?(向|跟|对)(市民|公众|大家|群众|居民)[^，,：:]{0,8}[，,：:]?\s*")
# 「…，规划里有写吗？」: whether the plan writes what was just stated (after a question of the asker's
# own, 「…有没有机会坐直升机？纲要有提吗？」, it asks whether the plan has that: no claim)
_WRITTEN_ASKED = r"(?:规划|纲要)(?:里|上|中|里面)?(?:有|有没有)(?:写|讲|说|提)(?:到|过)?吗"
_STATED_THEN_WRITTEN_ASKED = re.compile(r"(?<![？?\s])" + _WRITTEN_ASKED)
_TRAILING = re.compile(
    r"[，,。.\s]*(?:(?:规划|纲要)(?:里|中|上)?)?(?:(?:原文|原话)是?)?("
    + _CUES
    + "|"
    + _WRITTEN_ASKED
    + r"|是不是|有没有|会不会|吗)?[㗎啊呀嘛啦喇咧哦吧吗]*[？?！!。.\s]*$",
    re.I,
)
_LEADING_ASK = re.compile(r"^(请问|请|麻烦|确认|确认一下|核实)[，,：:\s]*")
# a digit that does not begin a year (「2025年」 dates a statement, it states no figure)
_NOT_A_YEAR_DIGIT = r"(?<![\d.])(?!(?:19|20)\d\d(?![\d.]))\d"
_SHI_BU_SHI = re.compile(r"是不是|是否|有没有|会不会|能不能|系咪|系唔系")
# 「…目标是不是90%？」, 「…系咪五年13个？」, 「有没有写到…打造10到15分钟…圈」: a figure put, yes or no (a
# year alone puts none)
_FIGURE_PUT_ZH = re.compile(
    r"(?:是不是|是否|系咪|系唔系|有没有(?:写|提|说|讲)(?:到|过)?)[^，,。？?]{0,30}?" + _NOT_A_YEAR_DIGIT
)
# 「我在区商务局跟外贸这块，帮我核一下：…」: who asks and the request, before the statement
_REQUEST = re.compile(r"^[^：:？?。]{0,40}?(?:帮我|请你?|麻烦你?)(?:核|核对|核实|确认|查|看)(?:一下|下)?\s*[：:]\s*")

# a figure: a number with its unit (or a year); units the plan uses
_UNIT = r"(?:平方公里|平方米|公顷|万平方米|万亩|亩|公里|千米|海里|米|千瓦|千伏|毫克|微克|亿美元|万美元|美元|亿港元|港元|亿元|万元|元|万人|人次|人|名|位|个|家|项|条|所|座|张|支|辆|种|宗|栋|套|间|户|段|件|%|％|倍|岁|分钟|小时|天|年|期|级|届|亿|万)"
# not a digit inside a name (5G, R&D 3.0 aside): no Latin letter right before or after
FIGURE_RE = re.compile(r"(?<![A-Za-z\d.])(\d+(?:\.\d+)?)(?![\d.]*[A-Za-z])\s*(" + _UNIT + r")?")
YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年")


@dataclass(frozen=True)
class Claim:
    question: str
    proposition: str  # the statement itself, wrappers removed (Simplified)
    figures: tuple[str, ...]  # "30平方公里", "2025年", "86%"
    names: tuple[str, ...] = ()  # places and institutions it names: "滨江东路", "中山大学附属第一医院"


# "check for me": a claim to check when it states something, a question when it asks what
_CONFIRM = re.compile(
    r"^(?:请确认一下|请确认|请核实|帮我确认|确认一下|确认|核实|can you confirm|please confirm)$", re.I
)


_EN_WH = re.compile(r"\b(?:how (?:many|much|long|big|far)|what|which|when|where|who)\b", re.I)


# "confirm that's what it says": the plan's words, not a question of what
_WHAT_IT_SAYS = re.compile(r"\bwhat (?:it|the plan|the outline) (?:says|states|said)\b", re.I)


def _cued(q: str) -> bool:
    """A claim's cue, not "confirm" asked of a wh-question (「想确认下…做到多少了？」 asks how much)."""
    cues = [m.group(0) for m in _CUE_RE.finditer(q)]
    asks = ASKS_WHAT.search(q) or _EN_WH.search(_WHAT_IT_SAYS.sub("", q))
    if cues and all(_CONFIRM.match(c) for c in cues) and asks and not _SHI_BU_SHI.search(q):
        return False
    return bool(cues)


# a doubt or a tag put after the statement itself (「…真係加咗咁多咩？」 真是…吗, 「规划是说要…吧？」), or a
# statement of who or what asked back
_DOUBTED = re.compile(
    r"真(?:的|是)[^，,。？?]{0,12}吗[？?]?\s*$|(?:规划|纲要)(?:里|上|中)?(?:是)?(?:说|讲|写)[^？?]{4,}吧[？?]?\s*$"
    # 「规划里要推动整合重组的是市属国企？」: who or what it is, said and asked back
    r"|^[^，,。？?]{4,}的是[^，,。？?的]{2,16}[？?]\s*$"
    # 「“教育名片”是广州美术学院吧？」: a statement put with 吧, to be agreed with
    r"|[^，,。？?]{4,}吧[？?]\s*$"
)


# asking that a statement be checked against the plan, in the many ways people ask it
_CHECK_ASKED = re.compile(
    r"核(?:一核|一下|对|实|查|下)|查核|查证|查一?查|查下|对一?对|对照|对番|对回|挑(?:挑)?错|有没有毛病|有无毛病"
    r"|有(?:没有)?(?:根据|依据)|出处|站得住|靠谱|可信|属实|真假|真伪|真有其事|有没有这回事|判断|判定|判官"
    r"|(?:能|可以)不?(?:能|可以)?这么(?:讲|说|写|概括|跟)|可否(?:直接)?引用|能不能引用|标注出自|口径一致"
    # 「这句能不能放进工作要点」: whether a sentence can go into the asker's own document as the plan's
    r"|(?:能|可以|可)不?(?:能|可以)?(?:直接)?(?:放进|放入|写进|写入|用进|用在|用于|加进|加入|引到)"
    r"|(?:与|跟|和)(?:纲要|规划|原文)(?:相符|一致|对得上)|原文|原话|原意|准不准确|夸大|要不要删|要不要原样"
    r"|半信半疑|怀疑|没听过|不太确定|不肯定|确有此|确有其事|真是有写|真是写|核一句|对一下"
    # 「这是规划原有的表述，还是我们自己加的」: whether the words are the plan's
    r"|(?:规划|纲要)(?:原有|原来|本来|自己)?的(?:表述|说法|提法|原话|措辞|写法)|(?:我们|我)自己(?:加|写|编|添)的"
    r"|是这(?:几|些)(?:个|项|样)?吗|真有吗|有(?:这|此)(?:项|个|条)?(?:内容|规定|说法|提法)吗"
    r"|有没有(?:这|此)(?:个|种|项|条)?(?:内容|规定|说法|提法|讲法)"
    r"|\bfact[- ]?check|\bdouble[- ]check|\bverify\b|\bcheck (?:it|this|that|whether|if)\b|\bcheck(?:ed|ing)?\b.{0,30}\bagainst\b"
    r"|\b(?:accurate|correct|right|true|wrong|legit)\b[^.?!]{0,25}\?|\breal or made up\b|\bmade up\b|\bsquare with\b"
    r"|\bmatch(?:es)? the plan|\bsupported by the text\b|\bsupported, contradicted\b|\bclassify\b"
    r"|\bactually (?:in there|say|says|promise|promises)\b(?! about)|\bwho'?s right\b|\bgood to go\b|\bshould i fix\b"
    r"|\bbacked up\b|\bback(?:s|ed)? (?:him|her|them|me|us|this|that|it) up\b|\bif true\b|\bhow do you respond\b"
    # "OK to publish?", "Can I keep it?": the asker's use of the statement (「这样引用可以吗」)
    r"|\b(?:ok|okay|fine|safe|good) to (?:publish|print|use|quote|cite|keep|post|run|send|include)\b"
    r"|\bcan (?:i|we) (?:keep|use|print|publish|quote|cite|run) (?:it|this|that)(?: line| sentence)?\?"
    # 「請幫我挑挑毛病」, 「有冇問題」, 「可以印證」, 「求證」, 「附得出來嗎」, 「會不會被老師挑出來」, 「是不是綱要裡的」,
    # 「寫進綱要了？」, 「真有這一句」, 「問清楚先」; "as the source", "back the word", "anything I should fix",
    # "green light?", "any truth in that?", "verdict please"
    r"|挑(?:挑)?毛病|有没有问题|有无问题|有没有错|印证|求证|附得出|挑出来|挑刺|问清楚"
    r"|是不是(?:纲要|规划)(?:里|上|中)?的|写进(?:了)?(?:纲要|规划)|真有这一?句"
    r"|\bas the source\b|\bback (?:the|this|that) (?:word|claim|line|figure|number|statement)\b"
    r"|\banything (?:i|we) should (?:fix|change|correct)\b|\bgreen light\b|\bany truth (?:in|to)\b|\bverdict\b",
    re.I,
)
# a statement put to be checked: quoted (「…」, “…”, '…'), reported (「老板说…」, "my uncle says…") or
# set after a colon (「下面这句话有没有毛病：…」)
_QUOTED_STATEMENT = re.compile(r"[“「『\"]([^“”「」『』\"]{10,300})[”」』\"]|(?<![a-z])'([^']{25,300})'(?![a-z])", re.I)
_REPORTED = re.compile(
    r"(?:说|讲|话|称|提到|提及|提|写着|写了|写明|跟我说|告诉我|吹)[,，:：\s]*([^。！？!?]{10,300})"
    r"|\b(?:says?|said|claims?|claimed|asserts?|told (?:me|us|her|him|them)|tells (?:me|us|her|him|them)|reckons|insist(?:s|ed)?|keeps? bragging|wrote|written|writes|noted|stated)\b(?: that)?[,:\s]+((?:[^.?!]|(?<=\d)\.(?=\d)){25,300})"
    r"|\b(?:read|heard|saw)(?: it)?(?: somewhere| online| on [a-z]+| in [a-z]+)? that\s+((?:[^.?!]|(?<=\d)\.(?=\d)){25,300})"
    r"|\b(?:writing|arguing|saying|claiming) that\s+((?:[^.?!]|(?<=\d)\.(?=\d)){25,300})",
    re.I,
)
_ASKS_WHICH = re.compile(r"是不是同一|哪个|哪些|多少|几多|\b(?:how many|how much|which|what)\b", re.I)
_AFTER_COLON = re.compile(r"[:：]\s*([^。！？!?]{12,300})")


# a quoted thing the asker places under a heading of the plan: 「把“X”归到Y下面」, 「将“X”列入Y」
_PLACED_QUOTE = re.compile(
    r"[把将]\s*([“「『\"][^“”「」『』\"]{2,40}[”」』\"])\s*"
    r"((?:归到|归入|归在|放在|放到|放进|列在|列入|列到|划到|划入|划在|算在|算到|写在|排在)[^，,。？?！!；;]{2,40})"
)


def statement_in(question: str) -> str | None:
    """The statement a question puts to be checked: quoted, else set after a colon, else reported;
    a statement after a colon that holds the quoted words is the whole of it (「下面这句话有没有毛病：
    纲要在“…”一节里，把…」). Without the asker's own words after it (「…，叫我找出处」). None when
    the question states nothing."""
    q = normalize(question)

    def found(pattern: re.Pattern[str]) -> list[str]:
        out = [g.strip(" ，,：:'\"") for m in pattern.finditer(q) for g in m.groups() if g]
        out = [_without_asker(f) for f in out]
        # (a name is no statement; nor is what asks: 「核对：到2025年…要控制在多少以下」)
        return [f for f in out if _states_something(f, MIN_STATEMENT_CHARS)]

    if (placed := _PLACED_QUOTE.search(q)) is not None:
        # 「把“X”归到Y下面」: where the asker puts the quoted thing is the statement, not the thing alone
        return _MARKS.sub("", placed.group(1)) + placed.group(2)
    quoted, colon, reported = found(_QUOTED_STATEMENT), found(_AFTER_COLON), found(_REPORTED)
    if quoted:
        best = max(quoted, key=len)
        holding = [c for c in colon if _MARKS.sub("", best) in _MARKS.sub("", c)]
        return max(holding, key=len) if holding else best
    if colon and reported and is_latin_query(longest := max(colon, key=len)):
        # "My notes say the skeleton has four parts: river, creeks and parks": what is said of the
        # list before its colon is part of the statement
        # (the colon's own sentence, not what is asked after it)
        after = re.split(r"(?<=[a-z\d])\.\s", longest)[0].rstrip(" .")
        # (a statement before the colon, not the asker's errand: "Claim to verify: …")
        holding = [
            r for r in reported if after in r and len(r) > len(after) and len(r.split(":")[0].split()) >= MIN_LEAD_WORDS
        ]
        if holding:
            return max(holding, key=len)
    for candidates in (colon, reported):
        if candidates:
            return max(candidates, key=len)
    # the statement first, the asking after, in a sentence of its own or after a dash
    # (「…——这个说法站得住吗？」, "X. I'm quoting that in a paper. Green light?")
    first, rest = _split_lead(q)
    if rest and _CHECK_ASKED.search(rest):
        stated = _without_asker(first.strip(" ，,—-"))
        if _states_something(stated, MIN_CLAIM_CHARS) and not _ASKING_WORD.search(stated):
            return stated
    return None


MIN_STATEMENT_CHARS = 10  # characters of a quoted, colon-set or reported statement (a name is shorter)
MIN_STATEMENT_WORDS = 5  # … or words, in English


def _states_something(text: str, least: int) -> bool:
    """`text` is long enough to state something (`least` characters, or five English words) and
    does not ask what or which."""
    long_enough = len(re.findall(r"[\u4e00-\u9fff]", text)) >= least or len(text.split()) >= MIN_STATEMENT_WORDS
    return long_enough and not ASKS_WHAT.search(text) and not _ASKS_WHICH.search(text)


# a question word: a first sentence that asks (「究竟係根據邊份文件編制」) states nothing to check
_ASKING_WORD = re.compile(
    r"哪|边[个份间度位啲条样]|什么|咩|谁|几|多少|怎|为何|为什么|\b(?:what|which|who|whom|when|where|why|how)\b", re.I
)
# where a leading statement ends: a sentence's end, or a dash before the asking
_LEAD_END = re.compile(r"(?<=[。！!？?])\s*|(?<=[a-z0-9][.!?])\s+(?=[a-z])|——|\s[—–-]\s", re.I)


def _split_lead(q: str) -> tuple[str, str]:
    """The question's first sentence (or what comes before a dash), and the rest."""
    m = _LEAD_END.search(q)
    return (q[: m.start()], q[m.end() :]) if m else (q, "")


# the asker's own words after a statement: what they were told to do, what they ask of us
_ASKER_TAIL = re.compile(
    r"[，,；;]\s*(?:叫我|让我|(?:还|又|仲)?问我|我(?![区市省国校院局])|你|帮|麻烦|请|要不要|能不能|可不可以|是不是|不知|"
    r"(?:if|can|could|does|do|is|please|i|you|before)\b).*$",
    re.I,
)


# … or an English question of the asker's after the closing quotation mark ("…zone.' does that match?")
_ASKED_AFTER_QUOTE = re.compile(
    r"(?<=['’”\"])\s*(?:does|do|is|are|can|could|would|should|will|did|has|have|any|verdict|ok|okay|safe|fine|good|green"
    r"|right|correct|true|accurate|legit|thoughts)\b(?:[^'’”\"]|(?<=[a-z])['’](?=[a-z]))*$",
    re.I,
)


MIN_LEAD_WORDS = 3  # words before a list's colon that say something of it ("the skeleton has four parts")
MIN_QUOTED_STATEMENT_WORDS = 4  # a quoted term ("'ecological skeleton'") is shorter than a quoted statement


def _without_asker(statement: str) -> str:
    kept = _ASKER_TAIL.sub("", statement).strip(" ，,")
    asked = _ASKED_AFTER_QUOTE.search(kept)
    if asked is None:
        return kept
    # (what follows a quoted term, "the 'ecological skeleton' has four parts", is still the statement)
    opened = max(kept.rfind(mark, 0, asked.start() - 1) for mark in "'‘“\"")
    if opened >= 0 and len(kept[opened + 1 : asked.start() - 1].split()) < MIN_QUOTED_STATEMENT_WORDS:
        return kept
    return kept[: asked.start()].rstrip(" '’”\"")


# a yes-or-no question put after a statement someone made or wrote (「…規劃入面個平台係咪真係叫「海珠人才通」？」,
# "… Does the plan support that timing?"): the statement is what is asked about
_YES_NO_ZH = re.compile(r"吗|是不是|是否|有没有|有冇|对不对|能不能|可不可以|可否|准不准|成不成立|成立|站得住|真是|真的")
_YES_NO_EN = re.compile(
    r"^\s*(?:so\s+|and\s+)?(?:is|isn't|does|doesn't|do|did|can|could|was|were|are|has|have|will|would|should)\b", re.I
)
_QUESTION_END = re.compile(r"(?<=[？?])")
# (a sentence may end inside quotation marks: 「…建設。」請對照…, "…(2021–2025).' Does the plan…")
_STATEMENT_END = re.compile(r"[。！!][」”’\"']?\s*|(?<=[a-z0-9)\"'”’])\.[\"'”’]?\s+", re.I)


def reported_then_asked(question: str) -> str | None:
    """The statement the asker reports (quoted, after a colon, or said by someone) and then asks,
    yes or no, whether it holds — however the yes-or-no question is put; else None."""
    q = normalize(question)
    asked = [s for s in _QUESTION_END.split(q) if s.strip().endswith(("？", "?"))]
    if not asked:
        return None
    sentence = _STATEMENT_END.split(asked[-1].strip())[-1]
    # the question is its last sentence, or the last clause of it (「聽同事講…，規劃係咪…？」)
    for last in (sentence, _CLAUSE_END.split(sentence)[-1]):
        if ASKS_WHAT.search(last) or _EN_WH.search(last):
            return None
        last = last.strip(" 」”’\"'")
        yes_no = _YES_NO_EN.search(last) if is_latin_query(last) else _YES_NO_ZH.search(last)
        before = q[: q.rindex(last)]  # (the statement is set out before the question, not inside it)
        if yes_no is not None and before.strip() and (stated := statement_in(before)) is not None:
            return stated
    return None


# "Does the plan commit to …?": whether the plan undertakes a thing, asked of it in English
_PLAN_ASKED_EN = re.compile(
    r"(?:^|[:：]\s*)(?:so\s+|and\s+)?(?:does|did|will)\s+(?:the|this)\s+(?:haizhu\s+)?(?:district\s+)?(?:plan|outline)\s+"
    r"(?:really\s+|actually\s+|also\s+)?(?:commit|promise|pledge|aim|call|require|propose)\b",
    re.I,
)


def asks_undertaking(question: str) -> str | None:
    """What the question's last sentence asks whether the plan undertakes ("Does the plan commit
    to holding …?", the asker's words before it left out): a claim to check, yes or no, not a
    question of what the plan says; else None."""
    last = _STATEMENT_END.split(normalize(question).strip())[-1]
    m = _PLAN_ASKED_EN.search(last)
    return last[m.start() :].lstrip(":： ") if m else None


def asks_check(question: str) -> bool:
    """The question puts a statement about the plan to be checked (「帮我对一对原文」, "good to go?"),
    however it asks."""
    q = normalize(question)
    return _CHECK_ASKED.search(q) is not None and statement_in(q) is not None


# a yes-or-no question quoted in a role-play ("… a reporter asks you: 'Is Haizhu bringing in …?'")
_QUOTED_YES_NO = re.compile(
    r"[\"“‘']\s*((?:is|are|does|do|will|did|has|have|can|could|would|should)\b[^\"”’]{8,}?)\?\s*[\"”’']"
    # (「街坊问“纲要系咪有讲要…？”」: the asker's quoted question, yes or no)
    r"|[“「](?=[^”」]{6,})([^”」]*?(?:是不是|是否|系咪|有没有|有冇|会不会|吗)[^”」]*?)[？?]\s*[”」]",
    re.I,
)
# the asker's errand before a colon ("Background for my story:", "Green campaigner here:") or what
# they wrote it in ("In my analyst note I list …"): not part of the statement
_EN_ASKER_LEAD = re.compile(
    r"^(?=[^:：]{0,60}\b(?:my|i|i'm|i am|here|we|our)\b)[^:：\d\"“'‘]{0,60}[:：]\s+(?=\S)"
    r"|^(?:in|for) (?:my|our|a|the) [\w' -]{1,30}?,?\s+(?:i|we) (?:list|write|wrote|say|said|state|stated|put|describe"
    r"|described|call|called|claim|note|noted)(?: that)?\s+",
    re.I,
)


# 「…是不是依托天心、星群、陈李济…五大药厂？」: whether the plan names these very things, three or more
_LIST_ASKED = re.compile(r"(?:是不是|是否)[^？?。]*?[\u4e00-\u9fff]{2,}(?:[、—–][\u4e00-\u9fff]{2,}){2,}")


# 「…是不是被评为全省最具…」, 「…是不是由中山大学牵头」, 「…是不是有一个X创新产业园」: a title, a lead
# or a named thing put, yes or no
_NAME_PUT_ZH = re.compile(
    r"(?:是不是|是否|系咪|系唔系)(?:已经|早就|都)?(?:(?:被|获)?(?:评为|评上|列为|列入|命名为|认定为|授予|称为|定为|定位为|叫做?"
    r"|有一?[个家所座间条])[^，,。？?]{4,}|由[^，,。？?]{2,16}(?:牵头|负责|承担|主导|运营))"
    # 「…是不是十三五期间已经建好开放了」: a thing put as done, yes or no
    r"|(?:是不是|是否|系咪)[^，,。？?]{0,12}(?:已经|早就|早已)[^，,。？?]{3,}"
)


def is_claim(question: str) -> bool:
    q = normalize(question)
    if (
        _LIST_ASKED.search(q)
        or (_NAME_PUT_ZH.search(q) and not ASKS_WHAT.search(q))
        or _STATED_THEN_WRITTEN_ASKED.search(q)
        or _cued(q)
        or (_DOUBTED.search(q) and not ASKS_WHAT.search(q))
        or (_ROLEPLAY.search(q.strip()) and (_SHI_BU_SHI.search(q) or _QUOTED_YES_NO.search(q)))
        or _STATED.search(q.strip())
        or _PLAN_SAYS_EN.search(q.strip())
        or asks_check(q)
        or reported_then_asked(q) is not None
        or asks_undertaking(q) is not None
        or (_FIGURE_PUT_ZH.search(q) and not ASKS_WHAT.search(q))
    ):
        return True
    if _PLAN_SAYS.search(q.strip()) and not re.search(r"[？?]\s*$", q) and not _SHI_BU_SHI.search(q):
        return not ASKS_WHAT.search(q)  # stated, not asked
    if _SAID_ASKED.match(q.strip()) and not ASKS_ANYTHING.search(q) and not _ASKS_ELSE.search(q):
        return True  # 「海珠十四五还要争创省级全域旅游示范区？」: a statement, asked back by its mark alone
    if _STATED_ASKED_EN.match(q.strip()) or _figure_asked_en(q):
        return True
    if _ROLEPLAY.search(q.strip()) and _ASKED_WHETHER_EN.search(q):
        return True  # "you are an officer. A resident asks you whether the plan introduces …"
    return is_hearsay(q) and not ASKS_WHAT.search(q) and not _EN_WH.search(q)


# a statement of what the district or the plan will do or has as a figure, with no word that asks
# anything: only the question mark asks whether it holds (「规划目标是到2025年人均预期寿命达到83.02岁?」;
# a year alone is no figure stated: 「规划里2025年的常住人口目标？」 asks for one)
_SAID_ASKED = re.compile(
    r"^(?=[^？?。！!]*(?:海珠|本区|区里|区政府|规划|纲要))"
    r"(?=[^？?。！!]*(?:要|将|会|已经|计划|打算|准备|争创|建成|实现|" + _NOT_A_YEAR_DIGIT + r"))"
    r"[^？?。！!a-z]{8,}[？?]\s*$"
)
# … nor in a word read as Mandarin only in part (边: which; 点: how; 多远; 要不要; A还是B)
_ASKS_ELSE = re.compile(r"边|点|多远|不|还是|或者|定")


# "So by 2035 Pazhou is supposed to become …?": an English statement asked back by its mark alone —
# one sentence, no word that asks, not opened by an auxiliary verb ("In your view, will …" asks)
_STATED_ASKED_EN = re.compile(
    r"^(?![^?]*\b(?:what|which|who|whom|whose|when|where|why|how|whether|or|anything|any)\b)"
    r"(?![^?]*(?:^|,\s*)(?:so,? |and |but )?(?:is|are|does|do|did|will|would|can|could|should|has|have|was|were)\b)"
    r"(?=(?:[^\s?]+\s+){5,})[a-z][^?。？.!]*\b(?:will|is|are|has|have|was|were)\b[^?。？.!]*\?\s*$",
    re.I,
)
# "Is the plan's 2025 target for R&D spending 3.61% of GDP?": a figure put, yes or no
_POLAR_EN = re.compile(r"^(?:so,?\s+)?(?:is|are|does|do|did|will|has|have|was|were)\b", re.I)
# "A resident asks you whether the plan introduces …": what a role's asker wants confirmed
_ASKED_WHETHER_EN = re.compile(
    r"\basks? (?:you |me |us )?(?:whether|if) ((?:the|this) (?:plan|outline) [^.?!]{8,})", re.I
)


# a number that names a thing, not an amount of it: "phase 2", "Line 13", "Chapter 4"
_LABEL_NUMBER = re.compile(r"\b(?:phase|line|no\.?|number|chapter|section|column|article|item|round)\s+\d+\b", re.I)


# what opens a request or a question, not a statement ("Tell me the 3 …?", "Can …", "Should …")
_ASKING_VERB_EN = re.compile(
    r"(?:please|tell|show|list|give|explain|describe|summari[sz]e|name|compare|can|could|would|should|may|must|shall)\b",
    re.I,
)


def _figure_asked_en(question: str) -> bool:
    """An English yes-or-no question that puts a figure ("… 3.61% of GDP?", "… 10,000 parking
    spaces?"), asking no word's worth of anything else."""
    last = _STATEMENT_END.split(question.strip())[-1]
    # (or a statement asked back by its mark alone: "Pazhou hosts more than 200 exhibitions a month?")
    # ("In your view, was the 6% target too ambitious?" asks a view)
    stated = (
        re.match(r"[a-z]", last, re.I) is not None
        and len(last.split()) >= 5
        and not _ASKING_VERB_EN.match(last)
        and not asks_opinion(last)
    )
    return (
        (_POLAR_EN.match(last) is not None or stated)
        and last.rstrip().endswith("?")
        and not _EN_WH.search(last)
        and not re.search(r"\b(?:any|anything|or)\b", last, re.I)
        and (
            any(not re.fullmatch(r"(?:19|20)\d\d年?|\d+[a-z]+", f) for f in figures_of(_LABEL_NUMBER.sub("", last)))
            # (a detail in words only in a yes-or-no question: "How do the three zones compare?" asks how)
            or (_POLAR_EN.match(last) is not None and _DETAIL_PUT_EN.search(last) is not None)
        )
    )


# a detail put in words, yes or no: a grade ("a Grade II hospital"), a count ("four batches")
_DETAIL_PUT_EN = re.compile(
    r"\b(?:grade|class|level|tier)[\s-]+(?:[ivx]+|\d)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:[\s-]+[a-z]+){0,2}?[\s-]+(?!years?\b|months?\b|days?\b|times\b)[a-z]+s\b",
    re.I,
)


def is_hearsay(question: str) -> bool:
    """The question opens with what someone said (「聽說…」, 「網上說…」)."""
    return _HEARSAY.search(normalize(question).strip()) is not None


# a thousands separator, which the plan never writes: "4,000" is 4000
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def plain_numbers(text: str) -> str:
    """`text` with numbers written as the plan writes them: without thousands separators, and a
    share in words in digits (百分之九十四点五 → 94.5%)."""
    return _PERCENT_WORDS.sub(_percent_in_digits, _THOUSANDS.sub("", text))


_PERCENT_WORDS = re.compile(r"百分之([零一二两三四五六七八九十百]+)(?:[点點]([零一二三四五六七八九]+))?")


def _percent_in_digits(m: re.Match[str]) -> str:
    whole = chinese_number(m.group(1))
    if whole is None:
        return m.group(0)
    decimals = "".join(str(_CN_DIGIT[c]) for c in m.group(2) or "")
    return f"{whole}.{decimals}%" if decimals else f"{whole}%"


MIN_CLAIM_CHARS = 8  # characters a sentence must state, its wrappers aside, to be the claim
_SENTENCE_BREAK = re.compile(r"(?<=[。！!])\s*|(?<=[a-z0-9][.!])\s+(?=[a-z])", re.I)


# 「规划里有没有提到…」, 「纲要是不是说…」: a sentence that asks the plan whether it says a thing
_PLAN_ASKED = re.compile(r"(?:请问)?(?:规划|纲要)(?:里|上|中|里面)?(?:有没有|是不是|是否)")


def _without_context(q: str) -> str:
    """The claim without the asker's context before it (「我在区体育社团工作。听说规划要…」, "I'm
    drafting guidance. Does the plan really…"): from the first later sentence that opens as a claim
    does (hearsay, a role, a request to check, a statement put to be judged) or holds a cue."""
    sentences = [s for s in _SENTENCE_BREAK.split(q) if s.strip()]
    for n, sentence in enumerate(sentences[1:], start=1):
        s = sentence.strip()
        opens = (
            _HEARSAY.search(s) or _ROLEPLAY.search(s) or _STATED.search(s) or _REQUEST.search(s) or _PLAN_ASKED.match(s)
        )
        said = _TRAILING.sub("", _HEARSAY.sub("", s))  # (「我听说的，是真的吗」 states nothing itself)
        if opens and len(re.sub(r"[\W_]+", "", said)) >= MIN_CLAIM_CHARS:
            if not any(_cued(before) for before in sentences[:n]):
                return " ".join(x.strip() for x in sentences[n:])
            break
    return q


# a quoted statement someone is reported to have said or written, with nothing of its own after it
_REPORTED_QUOTE = re.compile(
    r"(?:[:：]|引述|转发|转载|贴了?|写着|写道|写了一句|一句话?|说|讲|话|称|提到)\s*[“「『]([^“”「」『』]{10,300})[”」』]([^“「『]*)$"
)
# the asker's own sentences after the statement (「我有点怀疑，你就直说」)
_ASKER_AFTER = re.compile(
    r"(?:[。！!？?]\s*(?:我|你|请|麻烦|帮我|所以|如果|要是|假如|谢谢|多谢|想)[^。！!]*)+[。！!]?\s*$"
)
# 「…啊？定系净系讲下测试咁？」: the other answer the asker offers, after the question
_ALTERNATIVE_AFTER = re.compile(r"[？?]\s*(?:还是|定是|抑或|或者|或是|or\b).*$", re.I)
# 「…，我觉得有啲高喔，…」: the asker's own view, between the statement and the question
_ASKERS_VIEW = re.compile(r"[，,]\s*我(?:觉得|认为|感觉|估计|猜)[^，,。？?]*(?=[，,。？?]|$)")
# 「…不是已经全线打通了吗？」: asked back, it states that it has been done
_ASKED_BACK = re.compile(r"不是(?=已经|早就|早已)")


_ASKER_ONLY = re.compile(
    r"\s*(?:[，,。！!；;]?\s*(?:请|你|我|叫|让|帮|麻烦|想|这个|这句|不过|但|可是)[^\d]*|[，,。！!？?\s]*"
    # (or what of it is asked, in a word: 「…”。名次对不对？」)
    r"|[。！!？?]\s*[\u4e00-\u9fff]{1,4}[？?]?)$"
)


def _quoted_report(q: str) -> str | None:
    m = _REPORTED_QUOTE.search(q)
    if (
        m is None
        or len(re.findall(r"[\u4e00-\u9fff]", m.group(1))) < 10
        or not _ASKER_ONLY.match(_TRAILING.sub("", m.group(2)))
    ):
        return None
    return m.group(1).strip(" ，,。！!")


# the asker's last sentence asks about what was set out before it as "this" (「前言确实是这么定性的吧？」)
_REFERS_BACK = re.compile(r"这么|这样|如此|咁|这个说法|这句|呢句|呢个讲法")


def _stated_before_asked(q: str) -> str | None:
    """A statement set after a colon (「想引用前言的一个说法：…。」) and asked about in a sentence of
    its own that points back at it and carries the only cue: the statement, else None."""
    sentences = [s for s in _SENTENCE_BREAK.split(q) if s.strip()]
    if len(sentences) < 2 or not _REFERS_BACK.search(last := sentences[-1]) or not _cued(last):
        return None
    before = " ".join(sentences[:-1])
    if _cued(before) or (colon := _AFTER_COLON.search(before)) is None:
        return None
    stated = colon.group(1).strip(" ，,")
    return stated if len(re.findall(r"[\u4e00-\u9fff]", stated)) >= MIN_CLAIM_CHARS else None


def proposition_of(question: str) -> str:
    """The statement to check: hearsay, role-play and request wrappers and trailing cues removed;
    for a check asked in other words (「帮我对一对原文」), the statement it puts (quoted, reported or
    after a colon)."""
    whole = plain_numbers(normalize(question).strip())
    q = _without_context(whole)
    if _ROLEPLAY.search(q) and (asked := _QUOTED_YES_NO.search(q) or _ASKED_WHETHER_EN.search(q)):
        # a role-play's quoted question: "is haizhu bringing in …" (or 「规划系咪有讲…」) is what is checked
        q = asked.group(1) or asked.group(2)
    if (stated := _stated_before_asked(q)) is not None:
        q = stated
    # (asks_check, without reading the statement twice; a statement quoted whole, before any
    # sentence break inside it: "… about to say: 'The plan commits … zone.' Does that match?")
    if (undertaken := asks_undertaking(q)) is not None:
        q = undertaken  # "I'm drafting a memo: does the plan commit to …?"
    elif not _cued(q) and (reported := reported_then_asked(q)) is not None:
        q = reported  # 「听同事讲…，规划里面是不是点名…？」: what was said, before the question
    elif not _cued(q) and _CHECK_ASKED.search(q) and (stated := statement_in(q) or statement_in(whole)) is not None:
        q = stated
    elif (quoted := _quoted_report(q)) is not None:
        q = quoted  # 「有记者引述纲要说「…」，请你回应这个引述准不准确」: the quote is what is checked
    for _ in range(3):  # wrappers nest: 你是发言人，请向市民确认：听说…
        before = q
        q = _ROLEPLAY.sub("", q)
        q = _EN_ASKER_LEAD.sub("", q)
        q = _TO_PUBLIC.sub("", q)
        q = _LEADING_ASK.sub("", q)
        q = _REQUEST.sub("", q)
        q = _HEARSAY.sub("", q)
        q = _STATED.sub("", q)
        q = re.sub(
            r"^(" + _CUES + r")[㗎啊呀嘛啦喇咧哦吧]*[，,：:？?\s]*", "", q, flags=re.I
        )  # (「是不是真的？我朋友说…」)
        if q == before:
            break
    for _ in range(2):  # 「…，規劃都係咁寫，係咪？」: a cue before the last one
        q = _TRAILING.sub("", q)
    for after in (_ASKER_AFTER, _ALTERNATIVE_AFTER):
        if len(re.sub(r"[\W_]+", "", kept := after.sub("", q))) >= MIN_CLAIM_CHARS:
            q = kept  # 「…全面铺开了。我有点怀疑，你就直说」: the asker's own sentences after the statement
    q = _TRAILING.sub("", _ASKED_BACK.sub("", _ASKERS_VIEW.sub("", q)))
    if len(re.sub(r"[\W_]+", "", wrote := _WROTE_LEAD.sub("", q))) >= MIN_CLAIM_CHARS:
        q = wrote
    q = _FIGURES_ASKED.sub("", q)
    q = re.sub(r"^that\s+", "", q, flags=re.I)
    q = re.sub(f"(?:{_SHI_BU_SHI.pattern})(?:真的|真是)?", "", q, count=1) if _SHI_BU_SHI.search(q) else q
    return _trimmed(q) or normalize(question).strip()


# 「做回顾PPT，我这页写的是：…」: what the asker wrote, set after a colon, is the statement
_WROTE_LEAD = re.compile(r"^[^。！!？?]{0,30}?我[^，,。：:]{0,8}?(?:写|寫)(?:的是|了|咗|的)\s*[:：]\s*")
# 「…。三个数都没毛病吧」: the asker's last words ask of the figures just given, they give none
_FIGURES_ASKED = re.compile(
    r"[。！!；;，,]\s*(?:这|那|呢)?(?:[一二两三四五六七八九十几\d]+个|这些|几个)(?:数|数字|数据|数字都|数都)[^。！!？?]{0,10}$"
)

_PAIRED_MARKS = {"”": "“", "」": "「", "』": "『"}


def _trimmed(statement: str) -> str:
    """A statement without the separators and quotation marks around it, but for a closing mark
    whose opening one it holds (「做到生活垃圾「零填埋」」 keeps the name's own 」)."""
    s = statement.strip("，,：: “「『")
    while s and s[-1] in _PAIRED_MARKS and s.count(_PAIRED_MARKS[s[-1]]) < s.count(s[-1]):
        s = s[:-1].rstrip("，,：: ")
    return s.rstrip("，,：: ")


# a number in words, as people say them: 两千多种, 五百, 一千二百个
_CN_DIGIT = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SCALE = {"十": 10, "百": 100, "千": 1000, "万": 10000}
CN_FIGURE_RE = re.compile(
    r"(?<![第零一二两三四五六七八九十百千万])([一二两三四五六七八九十][零一二两三四五六七八九十百千万]*)(多|余)?\s*("
    + _UNIT
    + r")"
)


# a grade or generation written with a number: 5A (景區), 5G — compared with codes of the same letters
CODE_RE = re.compile(r"(?<![A-Za-z\d])(\d+)([A-Za-z]+)(?![A-Za-z\d])")


def chinese_number(text: str) -> int | None:
    """一千二百 → 1200, 两千 → 2000, 十五 → 15; None when it is not a plain number."""
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGIT:
            current = _CN_DIGIT[ch]
        elif ch in _CN_SCALE:
            scale = _CN_SCALE[ch]
            if scale == 10000:
                total = (total + (current or 1)) * scale
            else:
                total += (current or 1) * scale
            current = 0
        else:
            return None
    return total + current


# English figures ("a three-hour circle", "30 square kilometres"), read as the plan writes them
_EN_UNIT = (
    (r"square kilomet(?:re|er)s?|sq\.? ?km|km2|km²", "平方公里"),
    (r"hectares?|ha", "公顷"),
    (r"square met(?:re|er)s?|sq\.? ?m|m2|m²", "平方米"),
    (r"kilomet(?:re|er)s?|km", "公里"),
    (r"hours?", "小时"),
    (r"minutes?", "分钟"),
    (r"days?", "天"),
    (r"years? old|years of age", "岁"),
    (r"percent|per cent", "%"),
    (r"yuan", "元"),
    (r"kilowatts?|kw", "千瓦"),
    (r"kilovolts?|kv", "千伏"),
    (r"milligrams?|mg", "毫克"),
    (r"micrograms?|μg|ug", "微克"),
)
_EN_NUMBERS = "|".join(EN_NUMBER)
_EN_UNITS = "|".join(u for u, _ in _EN_UNIT)
EN_FIGURE_RE = re.compile(rf"(?<![a-z\d.])(\d+(?:\.\d+)?[万亿]?|{_EN_NUMBERS})[\s-]*({_EN_UNITS})(?![a-z])", re.I)
# things counted, which English may put a few words after the number ("80 new headquarters companies")
_EN_COUNTED = (
    (r"compan(?:y|ies)|enterprises?|firms?|businesses", "家"),
    (r"people|persons|residents", "人"),
    (r"schools?", "所"),
    (r"species", "种"),
    (r"bridges?", "座"),
    (r"projects?", "个"),
    (r"sites|places|locations|venues", "个"),
    (r"trees", "棵"),
    (r"households|families", "户"),
)
EN_COUNT_RE = re.compile(
    rf"(?<![a-z\d.])(\d+(?:\.\d+)?万?|{_EN_NUMBERS})(?![\s-]*(?:{_EN_UNITS})(?![a-z]))(?:[\s-]+['‘“]?[a-z][a-z-]*['’”,]?){{0,4}}?[\s-]+({'|'.join(u for u, _ in _EN_COUNTED)})(?![a-z])",
    re.I,
)
_CN_DIGITS = "零一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """3 → 三, 15 → 十五, 30 → 三十, 100 → 一百 (whole numbers up to 100)."""
    if n == 100:
        return "一百"
    tens, ones = divmod(n, 10)
    if not tens:
        return _CN_DIGITS[ones]
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")


def english_figures(text: str) -> list[str]:
    """English figures in the plan's units: "three-hour" → 三小时, "30 km" → 30公里. A number in
    words is kept in words, so it is compared by value with the plan's (两小时 is not 三小时)."""
    out = []
    text = _EN_SCALED.sub(_scaled, text)  # "one million trees" → 1000000 trees
    text = _EN_AGE.sub(r"\1 years old", text)  # "a life expectancy of 85 years": an age
    for m in EN_FIGURE_RE.finditer(text):
        number, unit_text = m.group(1).lower(), m.group(2).lower()
        out.append(_en_figure(number, next(cn for pattern, cn in _EN_UNIT if re.fullmatch(pattern, unit_text))))
    for m in EN_COUNT_RE.finditer(text):
        number, noun = m.group(1).lower(), m.group(2).lower()
        out.append(_en_figure(number, next(cn for pattern, cn in _EN_COUNTED if re.fullmatch(pattern, noun))))
    return out


# years that are an age, not a span: "a life expectancy of 85 years", "aged 60 years"
_EN_AGE = re.compile(
    r"(\b(?:life expectancy|lifespan|aged?)\b[^.?!\d]{0,20}?\d+(?:\.\d+)?)\s*years?\b(?! old| of age)", re.I
)
_EN_SCALED = re.compile(r"(?<![a-z\d.])(a|one|\d+(?:\.\d+)?)\s+(billion|million|thousand)\b", re.I)


def _scaled(m: re.Match[str]) -> str:
    number = 1.0 if m.group(1).lower() in ("a", "one") else float(m.group(1))
    if m.group(2).lower() == "billion":  # as the plan writes it: 29.6 billion → 296亿
        return f"{number * 10:g}亿"
    if m.group(2).lower() == "million":  # as the plan writes it: 100万
        return f"{number * 100:g}万"
    value = number * 1_000
    return str(int(value)) if value.is_integer() else str(value)


def _en_figure(number: str, unit: str) -> str:
    """An English number with the plan's unit: digits kept, a number in words written in Chinese."""
    return number + unit if number[0].isdigit() else chinese_numeral(EN_NUMBER[number]) + unit


# an English ordinal of a recurring event ("the 11th award", "the 3rd expo"): the plan's 第N届;
# not the plan periods ("13th FYP")
_EN_ORDINAL = re.compile(
    r"(?<![a-z\d.])(\d{1,3})(?:st|nd|rd|th)\b(?!\s+(?:five-year|fyp|plan|period))"
    # (of an event: "CETC's 7th Research Institute" is a name, not the 7th of anything recurring)
    r"(?=(?:[\s-]+[\w'()-]+){0,4}?[\s-]+(?:awards?|expos?|sessions?|festivals?|conferences?|forums?|games|congress"
    r"|fairs?|editions?|summits?|exhibitions?|plenums?|plenary|meetings?|competitions?|marathons?|biennales?)\b)",
    re.I,
)


# a time of day ("till 2am", 晚上十点): the plan sets no opening hours, so it is a figure it never gives
_CLOCK = re.compile(
    r"(?<![\d.:])(?:(\d{1,2})(?::\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?)"
    r"|(?<=[凌早上中下晚夜])(?:晨|上|午|里|间)?([一二两三四五六七八九十]{1,3}|\d{1,2})[点時时](?!代|期|间|候|刻|半年))",
    re.I,
)


def _clock_hour(m: re.Match[str]) -> int | None:
    hour = m.group(1) or m.group(2)
    return int(hour) if hour.isdigit() else chinese_number(hour)


def figures_of(text: str) -> tuple[str, ...]:
    """Numbers with their units, and years, as written (normalised); numbers in words too."""
    t = plain_numbers(normalize(text))
    out: list[str] = english_figures(t) + [f"{m.group(1)}届" for m in _EN_ORDINAL.finditer(t)]
    english = tuple(out)
    t = _EN_SCALED.sub(_scaled, t)  # "45.34 billion" is 453.4亿, not 45.34
    for m in FIGURE_RE.finditer(t):
        value, unit = m.group(1), m.group(2) or ""
        if not any(f.startswith(value + unit) for f in english):  # (100万 of 「100万棵」, read already)
            out.append(value + unit)
    for m in CN_FIGURE_RE.finditer(t):
        n = chinese_number(m.group(1))
        # 一个/一座 is an article, not a count; years are written in digits here
        if n is not None and (n != 1 or m.group(2)) and m.group(3) not in ("年", "期"):
            out.append(m.group(0).replace(" ", ""))
    out += [f"{_clock_hour(m)}点" for m in _CLOCK.finditer(t)]
    out += [
        m.group(0).lower()
        for m in CODE_RE.finditer(t)
        if m.group(2).lower() not in ("st", "nd", "rd", "th", "am", "pm")
    ]
    return tuple(dict.fromkeys(out))


# a span of years (2021—2025, "2021–2025", 2016至2020年): a plan period when it is one of the plan's
_YEAR_SPAN = re.compile(r"(20\d\d)\s*年?\s*(?:[-–—~至到]|\bto\b)\s*(20\d\d)", re.I)
_PERIOD_OF_SPAN = {("2016", "2020"): "十三五", ("2021", "2025"): "十四五"}


def span_start_held(figure: str, proposition: str, quoted: str) -> bool:
    """A year that opens a span of years in the claim that is a plan period (2021 of 「2021—2025年」),
    where the quote names the span by its end (到2025年) or by the period (“十四五”时期): the claim
    names the period, and its first year is no figure of its own. (Another span, 2018—2020年度,
    is a figure of the claim's.)"""
    year = figure.removesuffix("年")
    said = normalize(quoted)
    for m in _YEAR_SPAN.finditer(normalize(proposition)):
        period = _PERIOD_OF_SPAN.get((m.group(1), m.group(2)))
        if m.group(1) == year and period is not None and (m.group(2) in said or period in said):
            return True
    return False


def reviewed_period_year(figure: str, proposition: str) -> bool:
    """A year of a span the claim gives that is the last plan period (2016 or 2020 of
    "2016-2020"): read against the plan's review of that period, it names the period."""
    year = figure.removesuffix("年")
    return any(
        _PERIOD_OF_SPAN.get((m.group(1), m.group(2))) == "十三五" and year in (m.group(1), m.group(2))
        for m in _YEAR_SPAN.finditer(normalize(proposition))
    )


def value_range(figure: str) -> tuple[float, float] | None:
    """The values a figure allows: 30平方公里 → [30, 30]; 两千多种 → [2000, 3000)."""
    if m := FIGURE_RE.fullmatch(figure):
        v = float(m.group(1))
        return (v, v)
    if (m := CN_FIGURE_RE.fullmatch(figure)) and (n := chinese_number(m.group(1))) is not None:
        if not m.group(2):
            return (float(n), float(n))
        magnitude = 10 ** (len(str(n)) - 1)
        return (float(n), float(n + magnitude))
    return None


def read_claim(question: str) -> Claim | None:
    if not is_claim(question):
        return None
    prop = proposition_of(question)
    figures = figures_of(_ASKERS_COUNT.sub(" ", prop))
    return Claim(question, prop, figures, named_places([(w, f) for w, f in pseg.lcut(prop)]))


# how many things the asker asks about (「核一下两个说法」, 「两点都对吗」): no figure of the plan's
_ASKERS_COUNT = re.compile(
    r"(?:[两二三四五六七八九十]|\d{1,2})\s*(?:个|件|句)?\s*(?:说法|问题|事情|件事|句话|疑问|地方要核)"
    r"|(?:[两二三四五六七八九十]|\d{1,2})\s*点(?=\s*(?:都|是不是|对不对|是否|有没有))"
    # 「丽影、乐峰这两个老广场」: the asker pointing at things already named, no figure claimed
    r"|(?<=[这那])[两二三四五六七八九十]\s*[个家间座所条项]"
)


def number_of(figure: str) -> str:
    m = FIGURE_RE.match(figure)
    return m.group(1) if m else figure


_BARE_YEAR = re.compile(r"(?:19|20)\d\d")


def unit_of(figure: str) -> str:
    if m := CODE_RE.fullmatch(figure):
        return m.group(2).lower()
    if m := FIGURE_RE.fullmatch(figure):
        # (a bare 19xx/20xx is a year: 「2021到2025这五年」)
        return m.group(2) or ("年" if _BARE_YEAR.fullmatch(m.group(1)) else "")
    if m := CN_FIGURE_RE.fullmatch(figure):
        return m.group(3)
    return ""


def figure_in(figure: str, text: str) -> bool:
    """The text states the figure: the same number as a whole number (30 is not in 130 or 30.5),
    or, for a number in words ("两千多种"), a figure of the same unit in its range."""
    if CODE_RE.fullmatch(figure):  # a code the text does not use at all is a name here, not a figure
        codes = same_kind_figures(figure, text)
        return not codes or figure.lower() in codes
    if m := FIGURE_RE.fullmatch(figure):
        number, unit = m.group(1), m.group(2) or ""
        if not unit or (unit == "年" and _BARE_YEAR.fullmatch(number)):  # years are written bare too
            return re.search(rf"(?<![\d.]){re.escape(number)}(?![\d]|\.\d)", normalize(text)) is not None
        # the same number of something else is not the figure: 10座 (bridges) is not in 「10号线」,
        # nor 500个 (projects) in 「世界500强」; the same amount in another scale is (173900人 is
        # the plan's 17.39万人)
        return any(
            (other.group(1) == number and units_agree(unit, other.group(2) or ""))
            or _same_amount((number, unit), (other.group(1), other.group(2) or ""))
            for other in FIGURE_RE.finditer(normalize(text))
        )
    allowed = value_range(figure)
    if allowed is None:
        return figure in normalize(text)
    lo, hi = allowed
    for other in same_kind_figures(figure, text):
        span = value_range(other)
        if span is not None and (lo <= span[0] <= hi if lo == hi else lo <= span[0] < hi):
            return True
    return False


# a figure the claim gives as near (「约1405亿元」, "roughly 208.7 billion yuan"): the plan's more exact
# figure that rounds to it (1405.4億元, 2086.93億元) states it
_APPROXIMATE = re.compile(
    r"约|大约|大概|左右|差不多|\b(?:about|around|roughly|approximately|nearly|almost|some)\b", re.I
)


MIN_ROUNDED_DIGITS = 3  # digits a near figure must give to be read as a rounding (1405, 208.7)


def rounded_in(figure: str, proposition: str, text: str) -> bool:
    """The claim gives `figure` as near, and the text gives a figure in the same unit, written
    more exactly, that rounds to it (a year or a bare number is never rounded)."""
    m = FIGURE_RE.fullmatch(figure)
    if m is None or not m.group(2) or m.group(2) == "年" or not _APPROXIMATE.search(normalize(proposition)):
        return False
    number, unit = m.group(1), m.group(2)
    if len(number.replace(".", "").lstrip("0")) < MIN_ROUNDED_DIGITS:
        return False  # (「6%左右」 is the plan's own rounding of a target, not 6.3% rounded)
    places = len(number.partition(".")[2])
    for other in FIGURE_RE.finditer(normalize(text)):
        written = other.group(1)
        if (
            len(written.partition(".")[2]) > places
            and (other.group(2) or "") == unit
            and round(float(written), places) == float(number)
        ):
            return True
    return False


_SCALES = (("亿", 100_000_000), ("万", 10_000))


def _amount(number: str, unit: str) -> tuple[float, str]:
    """A figure as an amount of its base unit: 17.39万人 → (173900, 人)."""
    for word, size in _SCALES:
        if unit.startswith(word) and unit != word:
            return float(number) * size, unit[len(word) :]
    return float(number), unit


def _same_amount(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two figures that give one amount in different scales (173900人, 17.39万人); a figure
    without a unit of its own, or two in one scale, is compared as written elsewhere."""
    (x, unit_x), (y, unit_y) = _amount(*a), _amount(*b)
    if a[1] == b[1] or not unit_x or unit_x != unit_y or unit_x in ("亿", "万"):
        return False
    return abs(x - y) <= 1e-9 * max(abs(x), abs(y), 1.0)


# classifiers people swap: 10个 for 10座, 53个名师 for 35人
COUNTS = frozenset("个個条條家项項所座宗栋棟套间間户戶辆輛张張支名人位段件")
_SAME_UNIT = ({"公里", "千米"},)


def units_agree(claimed: str, written: str) -> bool:
    """A claim's unit fits the text's: the same, one the other's start (亿 and 亿元), two words
    for one unit (公里, 千米), or both counts of things (个 and 座)."""
    if claimed == written:
        return True
    if not written:
        return False
    if claimed.startswith(written) or written.startswith(claimed):
        return True
    return any({claimed, written} <= same for same in _SAME_UNIT) or (claimed in COUNTS and written in COUNTS)


def same_kind_figures(figure: str, text: str) -> list[str]:
    """Figures in `text` with the same unit as `figure` (years count as a unit; every count of
    things is one unit, as people swap their classifiers: 53个名师 is measured against 35人)."""
    kind = _unit_kind(unit_of(figure))
    return [f for f in figures_of(text) if _unit_kind(unit_of(f)) == kind] if kind else []


# units of measure people mistake for one another (千瓦 for 千伏, 毫克 for 微克, 公里 for 平方公里, 天 for %)
_MEASURES = frozenset(
    "平方公里 平方米 公顷 万平方米 万亩 亩 公里 千米 海里 米 千瓦 千伏 毫克 微克 小时 分钟 天 % ％ 亿元 万元 元 亿美元 万美元 美元 亿港元 港元".split()
)


def unit_swapped(figure: str, text: str) -> str | None:
    """The text's figure with the claim's number in another unit of measure (「500千伏」 for a
    claim of 500千瓦), else None."""
    number, unit = number_of(figure), unit_of(figure)
    if unit not in _MEASURES:
        return None
    # (a time for a time only: a 30-minute commute is not put as 「面积30平方公里」)
    return next(
        (
            f
            for f in figures_of(text)
            if number_of(f) == number
            and unit_of(f) in _MEASURES
            and not units_agree(unit, unit_of(f))
            and (unit in _DURATIONS) == (unit_of(f) in _DURATIONS)
        ),
        None,
    )


_DURATIONS = frozenset(("小时", "分钟"))


def _unit_kind(unit: str) -> str:
    """A unit, or "count" for every classifier of things (个, 座, 人 …)."""
    return "count" if unit in COUNTS else unit


def counts_things(text: str) -> bool:
    """The text gives a count of things (a number with a classifier), not just any figure."""
    return any(unit_of(f) in COUNTS for f in figures_of(text))


_FLANK = 2  # characters on each side of a figure that place it in a phrase


def slot_figure(proposition: str, figure: str, text: str) -> str | None:
    """The figure `text` puts where a claim puts `figure`, with the same words on both sides
    (「步行1公里社区生活圈」 for 「步行15分钟社区生活圈」), when it differs; else None."""
    p, t = normalize(proposition), normalize(text)
    at = p.find(figure)
    if at < 0:
        return None
    left, right = p[max(0, at - _FLANK) : at], p[at + len(figure) : at + len(figure) + _FLANK]
    if len(right) < _FLANK or not CJK_RUN.fullmatch(right):
        return None
    if len(left) < _FLANK or not CJK_RUN.fullmatch(left):
        # a name that opens with its number (「“520幸福线”」): the name's own words after it
        named = re.match(rf"\d+(?:\.\d+)?([\u4e00-\u9fff]{{{_NAME_AFTER_FIGURE},6}})(?:[”」』\"']|$)", p[at:])
        if named is None or not (at == 0 or p[at - 1] in "“「『\"'"):
            return None
        m = re.search(r"(?<![\d.])(\d+(?:\.\d+)?)" + re.escape(named.group(1)), t)
        return m.group(1) if m and m.group(1) != number_of(figure) else None
    m = re.search(re.escape(left) + r"(\d+(?:\.\d+)?\s*[\u4e00-\u9fff%％]{0,4}?)" + re.escape(right), t)
    return m.group(1) if m and m.group(1) != figure else None


_NAME_AFTER_FIGURE = 3  # characters of a name after the number it opens with (“1314幸福线”)
_EN_AFTER_NUMBER = 4  # English words after a number that say what it counts ("50 listed companies in …")


def _words_after(number: str, text: str) -> re.Match[str] | None:
    """The English words right after `number` in `text` (group 1: "listed companies in" of "50 listed
    companies in …"), up to `_EN_AFTER_NUMBER` of them; None when a word does not follow it."""
    return re.search(rf"(?<![\d.]){re.escape(number)}(?![\d.])\s+((?:[a-z][\w'-]*\s*){{1,{_EN_AFTER_NUMBER}}})", text)


def slot_figure_en(proposition: str, figure: str, text: str) -> str | None:
    """The English counterpart of a name that opens with its number: "the '520 Happiness Line'"
    where the glossary's words for the name (幸福线) follow another number in the text (1314幸福线):
    that number, else None."""
    claim = normalize(proposition)
    if not is_latin_query(claim):
        return None
    number = number_of(figure)
    at = _words_after(number, claim)
    if at is None:
        return None
    for _, words in english_rows(at.group(1)):
        for w in words:
            name = re.sub(r"^\d+(?:\.\d+)?", "", w)
            if len(name) >= _NAME_AFTER_FIGURE and (
                m := re.search(rf"(?<![\d.])(\d+(?:\.\d+)?){re.escape(name)}", normalize(text))
            ):
                return m.group(1) if m.group(1) != number else None
    return None


# a span of years a target is set for (三年, 5年) or a year (2025年)
_HORIZON = re.compile(r"(?<![\d一二两三四五六七八九十])(?:[一二两三四五六七八九十]|\d{1,2}|\d{4})年(?![代级])")
_ITEM_END = re.compile(r"[，,、;；。:：]")


def horizon_swapped(proposition: str, figures: Sequence[str], text: str) -> bool:
    """The text gives a claimed figure for another span of years than the claim's, and names the
    claim's span for something else: 「三年内改造51个」 where the plan says 「三年25个、五年51个」."""
    claimed = {m.group(0) for m in _HORIZON.finditer(normalize(proposition))}
    t = normalize(text)
    if not claimed or not any(h in t for h in claimed):
        return False
    for figure in figures:
        if unit_of(figure) == "年":
            continue
        for item in _ITEM_END.split(t):
            theirs = {m.group(0) for m in _HORIZON.finditer(item)}
            if figure_in(figure, item) and theirs and not theirs & claimed:
                return True
    return False


# a ranking: 「全市第二名」, 「排名第一」, "ranked number one", "second place in the city"
_RANK_CN = re.compile(
    r"(?:(?:全市|全区|全省|全国)第|(?:排名|名列|位居|位列|排)第?)([一二三四五六七八九十]|\d{1,2})(?![章节条款项个次届期批家所座轮])"
    r"|第([一二三四五六七八九十]|\d{1,2})[名位](?![置次于])"
)
_RANK_EN = re.compile(
    r"\b(?:ranked|ranks|ranking|rank|placed|came|comes|is|was)\s+(?:at\s+)?(?:the\s+)?(?:number\s+|no\.?\s*|#)?"
    r"(one|two|three|four|five|first|second|third|fourth|fifth|top|\d{1,2})(?:st|nd|rd|th)?"
    r"(?=\s+(?:in|among|place|across|of)\b|\s*$|[,.;])"
    r"|\b(first|second|third|fourth|fifth|top)\s+place\b|\bnumber (one|two|three|four|five)\b(?=\s+in\b)",
    re.I,
)
_EN_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
_EN_RANKS = {"top": 1, **_EN_ORDINALS}


def _rank_value(word: str) -> int | None:
    w = word.lower()
    if w.isdigit():
        return int(w)
    return _EN_RANKS.get(w) or EN_NUMBER.get(w) or chinese_number(w)


def ranks_of(text: str) -> set[int]:
    """The places a text ranks something at: 「全市第二名」 → {2}; "ranked number one" → {1}."""
    t = normalize(text)
    found = [g for m in _RANK_CN.finditer(t) for g in m.groups() if g]
    found += [g for m in _RANK_EN.finditer(t) for g in m.groups() if g]
    return {v for g in found if (v := _rank_value(g)) is not None}


def rank_off(proposition: str, quoted: str) -> tuple[int, int] | None:
    """The claim ranks a thing at a place the quote does not give, where the quote ranks it at
    another: (the claim's, the plan's); "ranked first" where the plan has 「全市第二名」."""
    claimed, written = ranks_of(proposition), ranks_of(quoted)
    if claimed and written and not claimed & written:
        return min(claimed), min(written)
    return None


# a chain of stages written with dashes or arrows: 「众创空间—孵化器—加速器—科技园」
_CHAIN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{1,12}(?:\s*(?:—+|–|->|→|-)\s*[\u4e00-\u9fffA-Za-z0-9]{1,12}){2,}")
_CHAIN_LINK = re.compile(r"\s*(?:—+|–|->|→|-)\s*")


def chain_order_off(proposition: str, quoted: str) -> tuple[str, str] | None:
    """The claim writes a chain of stages (「孵化器—众创空间—加速器—科技园」) whose links the quote
    chains in another order (「众创空间—孵化器—…」): (the claim's chain, the plan's), else None."""
    said = [_CHAIN_LINK.split(m.group(0)) for m in _CHAIN.finditer(normalize(quoted))]
    for m in _CHAIN.finditer(normalize(proposition)):
        mine = _CHAIN_LINK.split(m.group(0))
        for theirs in said:
            if mine != theirs and sorted(mine) == sorted(theirs):
                return "—".join(mine), "—".join(theirs)
    return None


# the how-manieth of its kind at a reach: 「全国第三家互联网法院」, 「全省首个…」, 「全国第一间」
_KIND_ORDINAL = re.compile(r"(全国|全省|全市|全区)(?:第([一二三四五六七八九十]|\d{1,2})|(首))[家间个所座]")
MIN_ORDINAL_THING = 4  # characters of the thing the claim and the quote's clause must share (互联网法院)


def kind_ordinal_off(proposition: str, quoted: str) -> tuple[int, int] | None:
    """The claim makes a thing the how-manieth of its kind at a reach (「全国第一间」) that the
    quote's clause on the same thing makes another (「全国第三家互联网法院」): (the claim's, the
    plan's), else None."""
    claim = normalize(proposition)
    mine = _kind_ordinals(claim)
    if not mine:
        return None
    for clause in _CLAUSE_CUT.split(normalize(quoted)):
        if len(shared_run(claim, clause)) < MIN_ORDINAL_THING:
            continue
        for reach, theirs in _kind_ordinals(clause):
            for value in (v for r, v in mine if r == reach and v != theirs):
                return value, theirs
    return None


def _kind_ordinals(text: str) -> list[tuple[str, int]]:
    """Each how-manieth of a kind the text writes: (its reach, its place) — 首 is the first."""
    found = [(m.group(1), 1 if m.group(3) else _rank_value(m.group(2))) for m in _KIND_ORDINAL.finditer(text)]
    return [(reach, value) for reach, value in found if value is not None]


# first of all, said without a place number: 「全市最高」, "the highest of any district in Guangzhou"
_FIRST_OF_ALL = re.compile(
    r"(?:全市|全区|全省|全国|各区|广州)[^，,。；;]{0,4}?(?:最高|最多|最大|最好|最快|之最|居首|首位|领跑)"
    r"|\b(?:the\s+)?(?:highest|largest|biggest|best|top)\b[^.?!]{0,30}?\b(?:of any|of all|among|in (?:all of )?"
    r"(?:guangzhou|the city|the province|guangdong|china))\b|\b(?:top|first) in (?:guangzhou|the city|the province)\b",
    re.I,
)
# among the leaders, which is not first: 「位居全市前列」, 「名列前茅」
_AMONG_LEADERS = re.compile(r"(?:位居|位列|名列|居于?|走在)?[^，,。；;]{0,4}?(?:前列|前茅|第一方阵|前几位)")


def rank_overstated(proposition: str, quoted: str) -> str | None:
    """The claim puts a thing first (「全市第一」, 「全市最高」, "the highest of any district") where
    the quote's sentence sharing the claim's words puts it only among the leaders (「位居全市前列」):
    the plan's words, else None."""
    claim = normalize(proposition)
    if ranks_of(claim) != {1} and not _FIRST_OF_ALL.search(claim):
        return None
    said = normalize(quoted)
    if ranks_of(said) & {1}:
        return None
    for sentence in _SENTENCE_END.split(said):
        if (m := _AMONG_LEADERS.search(sentence)) and (
            not CJK_RUN.search(_EN_WORDS.sub("", claim)) or len(shared_run(claim, sentence)) >= MIN_SHARED_SCOPE
        ):
            return m.group(0)
    return None


_EN_WORDS = re.compile(r"[A-Za-z0-9\s.,'’-]+")


# a number before a one-character word the items it counts end in: 「“五办”服务模式」
_COUNTED_ENDING = re.compile(
    r"(?<![第\d一二三四五六七八九十])([一二三四五六七八九十])([\u4e00-\u9fff])(?=[”」』\"]|服务|模式)"
)
_LISTED = re.compile(r"[\u4e00-\u9fff]{1,6}(?:、[\u4e00-\u9fff]{1,6})+")


def count_off(proposition: str, quoted: str) -> tuple[int, int] | None:
    """The claim counts a list by the word its items end in (「五办」) where the quote lists
    another number of them (网上办、掌上办、…、诸事办: six): (the claim's, the quote's)."""
    claim, text = normalize(proposition), normalize(quoted)
    for m in _COUNTED_ENDING.finditer(claim):
        n, ending = chinese_number(m.group(1)), m.group(2)
        if n is None or m.group(0) in text:
            continue
        for run in _LISTED.finditer(text):
            items = run.group(0).split("、")
            if all(item.endswith(ending) for item in items) and len(items) != n:
                return n, len(items)
    return None


# 「三大药厂」, 「六张名片」 aside: a count of the plan's kind, N大 + what is counted
_BIG_COUNT = re.compile(r"(?<![第\d一二两三四五六七八九十])([一二两三四五六七八九十\d]{1,2})大([\u4e00-\u9fff]{2})")


def big_count_off(proposition: str, quoted: str) -> tuple[int, int] | None:
    """The claim counts «N大» things (「三大药厂」) where the quote counts the same things with
    another number (「五大药厂」): (the claim's, the quote's), else None."""
    written: dict[str, set[int]] = {}
    for m in _BIG_COUNT.finditer(normalize(quoted)):
        if (n := count_value(m.group(1))) is not None:
            written.setdefault(m.group(2), set()).add(n)
    for m in _BIG_COUNT.finditer(normalize(proposition)):
        n, theirs = count_value(m.group(1)), written.get(m.group(2), set())
        if n is not None and theirs and n not in theirs:
            return n, min(theirs)
    return None


# an English count of a kind ("five leading industries", "five signature 'name cards'"), and the
# plan's count of a kind: a numeral with its classifier, then what is counted a few characters on
# (「五大主導產業」, 「六張獨具特色和魅力的名片」)
_EN_COUNTED_KIND = re.compile(
    rf"(?<![a-z\d.,])({_EN_NUMBERS}|\d{{1,2}})(?![\d.,])((?:[\s-]+['‘“]?[a-z][a-z-]*['’”]?){{1,4}})", re.I
)
_PLAN_COUNT = r"(?<![第\d一二两三四五六七八九十])([一二两三四五六七八九十]|\d{1,2})\s*[大个张项类种条]"
_COUNT_REACH = 10  # characters between the plan's numeral and what it counts


def big_count_off_en(proposition: str, quoted: str) -> tuple[int, int] | None:
    """The English counterpart of `big_count_off`: the claim counts a kind the quote counts with
    another number ("five signature 'name cards'" where the quote has 「六張…名片」): (the
    claim's, the quote's), else None."""
    if not is_latin_query(proposition):
        return None
    text = normalize(quoted)
    for m in _EN_COUNTED_KIND.finditer(normalize(proposition)):
        number = m.group(1).lower()
        n = int(number) if number.isdigit() else EN_NUMBER[number]
        for _, words in english_rows(m.group(2)):
            for word in (w for w in words if CJK_RUN.fullmatch(w)):
                counted = rf"{_PLAN_COUNT}[^，,。；;、]{{0,{_COUNT_REACH}}}?{re.escape(word)}"
                written = {v for c in re.finditer(counted, text) if (v := count_value(c.group(1))) is not None}
                if written and n not in written:
                    return n, min(written)
    return None


# what is done to a counted thing: made or brought in, against moved out or shut
_MADE = re.compile(r"新建|建成|建设|新增|增加|开通|开设|引进|落户|兴建|新开|设立")
_UNMADE = re.compile(r"疏解|关停|拆除|搬迁|清理|整治|淘汰|关闭|取缔|腾退|撤销|减少|外迁|整顿")
_VERB_REACH = 8  # characters before a figure its verb stands in


def verb_reversed(proposition: str, quoted: str) -> tuple[str, str] | None:
    """The claim makes or brings in a counted thing the quote moves out or shuts, by the same
    figure (「新建了24家专业批发市场」 where the plan has 「转型疏解24家专业批发市场」), or the other
    way round: (the claim's verb, the plan's)."""
    claim, text = normalize(proposition), normalize(quoted)
    for m in FIGURE_RE.finditer(claim):
        if not m.group(2) or m.group(2) not in COUNTS:
            continue
        ours = claim[max(0, m.start() - _VERB_REACH) : m.start()]
        for other in re.finditer(rf"(?<![\d.]){re.escape(m.group(0))}", text):
            theirs = text[max(0, other.start() - _VERB_REACH) : other.start()]
            for a, b in ((_MADE, _UNMADE), (_UNMADE, _MADE)):
                if (x := a.search(ours)) and (y := b.search(theirs)) and not a.search(theirs) and not b.search(ours):
                    return x.group(0), y.group(0)
    return None


# which way a claim moves a thing, and which way the plan does: more of it against less of it
_UP = re.compile(
    r"提高|增加|扩大|提升|增长|上升|加大|增强|做大|高了|升高|上涨|涨了|多了|\b(?:increas\w*|rais\w*|boost\w*|expand\w*|grow\w*|grew|higher|enlarg\w*"
    r"|rise|rises|rising|rose|risen|went up|go(?:es)? up|climb\w*|jump\w*|speed\w* up|sped up|accelerat\w*|quicken\w*)\b",
    re.I,
)
_DOWN = re.compile(
    r"降低|减少|压缩|缩小|下降|削减|压减|收窄|低了|降了|下跌|跌了|少了|趋缓|放缓|减缓|\b(?:slow\w*|decelerat\w*|reduc\w*|cut|cutting|shrink\w*|shrank|shrunk|lower\w*|decreas\w*|curb\w*|scal\w* back"
    r"|phas\w* out|less|fewer|drop\w*|fell|fall|falls|falling|fallen|went down|go(?:es)? down|declin\w*)\b",
    re.I,
)


def _way_moved(claim: str) -> tuple[re.Match[str], re.Pattern[str], re.Pattern[str]] | None:
    """Which way a claim moves things: (its word for it, the words for that way, the words for the
    other way), else None when it moves nothing or moves things both ways."""
    up, down = _UP.search(claim), _DOWN.search(claim)
    if up is not None and down is None:
        return up, _UP, _DOWN
    if down is not None and up is None:
        return down, _DOWN, _UP
    return None


def direction_reversed(proposition: str, quoted: str) -> tuple[str, str] | None:
    """The claim moves a thing one way (shrink natural gas's share, 降低…比重) where the clause of
    the quote naming the thing moves it the other (「持续提高天然气…的比重」) and never the claim's:
    (the claim's word, the plan's), else None. A claim that moves things both ways is not read."""
    claim, said = normalize(proposition), normalize(quoted)
    if (way := _way_moved(claim)) is None:
        return None
    mine, ours, against = way
    if is_latin_query(claim):
        things = [w for _, words in english_rows(claim) for w in words if len(w) >= 2 and w not in FRAME_PLACES]
    else:
        things = [w for w in jieba.lcut(claim) if len(w) >= 2 and CJK_RUN.fullmatch(w) and w not in FRAME_PLACES]
    # (the clauses naming most of the claim's things: 「“十三五”期间…警情年均下降」 shares only the
    # period with a claim of sewage treatment raised)
    hits = {c: sum(w in c for w in things) for c in _CLAIM_CLAUSE.split(said)}
    most = max(hits.values(), default=0)
    best = [c for c, n in hits.items() if n and n == most]
    if any(ours.search(c) for c in best):
        return None
    for clause in best:
        if theirs := against.search(clause):
            return mine.group(0), theirs.group(0)
    return None


# how far a built thing has got: finished and in use, against only started
_FINISHED = re.compile(
    r"开通|通车|建成|完工|竣工|落成|投入使用|投用|开业|运营|\b(?:opened|completed|finished|in service)\b", re.I
)
_STARTED = re.compile(
    r"开工|动工|启动建设|开始建设|加快建设|推进建设|规划建设|谋划|设计招标|完成设计|选址|立项|前期工作"
    r"|方案通过|通过(?:市|区|省)?审批|方案获批"  # (only the scheme approved: 「片区策划方案通过市审批」)
)
_THING_CODE = re.compile(r"\d+号线|[\u4e00-\u9fff]{2,}(?:线|站|桥|隧道|馆|中心|大楼|大厦|院区|校区)")


_LIST_ITEM_SEP = re.compile(r"[、,，]|和|及")
MIN_LISTED_THING = 4  # characters of a listed thing a claim must name whole (广佛环线)


def stage_behind(proposition: str, quoted: str) -> str | None:
    """The claim says a thing is finished (开通, 建成, "opened") where the clause of the quote that
    names it says it was only started or designed (开工建设, 完成设计招标): 「10号线已经开通」 against
    「地铁10号线、11号线…开工建设」; "the new campus opened" against 「…院区完成设计招标」. The thing
    (for an English claim, in the plan's words), else None."""
    claim, text = normalize(proposition), normalize(quoted)
    if not _FINISHED.search(claim):
        return None
    if is_latin_query(claim):  # (an English claim's things in the plan's words: 海珠湾院区)
        things = [w for w in plan_words(claim) if len(w) >= 3 and CJK_RUN.fullmatch(w) and w not in FRAME_PLACES]
    else:
        # (or an item the quote lists as started that the claim names: 「广佛环线」 of 「广佛环线、
        # 穗莞深城际琶洲支线…开工建设」)
        listed = [
            item
            for clause in _CLAIM_CLAUSE.split(text)
            if (started := _STARTED.search(clause)) and not _FINISHED.search(clause)
            for item in _LIST_ITEM_SEP.split(clause[: started.start()])
            if len(item) >= MIN_LISTED_THING and item in claim
        ]
        things = [*_THING_CODE.findall(claim), *listed]
    for thing in dict.fromkeys(things):
        for clause in _CLAIM_CLAUSE.split(text):
            if (
                re.search(rf"(?<!\d){re.escape(thing)}", clause)
                and _STARTED.search(clause)
                and not _FINISHED.search(clause)
            ):
                return thing
    return None


_YEAR_CLAUSE_END = re.compile(r"[;；。]")
ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def year_off(figures: Sequence[str], text: str) -> bool:
    """The text gives the claim's figures with another year than the claim's, in one clause:
    "R&D spending of 69.79亿 in 2020" where the plan has 「69.79亿元(2019年)」."""
    years = {number_of(f) for f in figures if unit_of(f) == "年" and _BARE_YEAR.fullmatch(number_of(f))}
    measured = [f for f in figures if unit_of(f) not in ("年", "")]
    if len(years) != 1 or not measured:
        return False
    for clause in _YEAR_CLAUSE_END.split(normalize(text)):
        theirs = set(ANY_YEAR.findall(clause))
        if theirs and not theirs & years and all(figure_in(f, clause) for f in measured):
            return True
    return False


def change_years_off(figures: Sequence[str], text: str) -> bool:
    """The claim dates a change by two years ("from 140.54 billion in 2016 to 208.69 billion in
    2020") where the sentence of the text giving both its figures dates them otherwise, by a year
    the claim does not have (「从2015年的1405.4亿元增长到2020年的2086.93亿元」)."""
    years = {number_of(f) for f in figures if _BARE_YEAR.fullmatch(number_of(f)) and unit_of(f) in ("年", "")}
    measured = [f for f in figures if unit_of(f) not in ("年", "")]
    if len(years) < 2 or len(measured) < 2:
        return False
    for clause in _YEAR_CLAUSE_END.split(normalize(text)):
        if all(figure_in(f, clause) for f in measured):
            theirs = set(ANY_YEAR.findall(clause))
            return bool(years - theirs) and bool(theirs - years)
    return False


_CLAIMED_SPAN = re.compile(rf"{_YEAR_SPAN.pattern}|\bbetween (20\d\d) and (20\d\d)\b", re.I)


def span_end_off(proposition: str, figures: Sequence[str], text: str) -> tuple[str, str] | None:
    """The claim dates its figure by a span of years ("between 2016 and 2020") where the clause
    of the text giving that figure has a span from the same year to another
    (「2016至2019年…累计下降17.02%」): (the claim's last year, the text's), else None."""
    measured = [f for f in figures if unit_of(f) not in ("年", "")]
    if not measured:
        return None
    for m in _CLAIMED_SPAN.finditer(normalize(proposition)):
        first, last = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        for clause in _YEAR_CLAUSE_END.split(normalize(text)):
            if not any(figure_in(f, clause) for f in measured):
                continue
            for theirs in _YEAR_SPAN.finditer(clause):
                if theirs.group(1) == first and theirs.group(2) != last:
                    return last, theirs.group(2)
    return None


MIN_SHARED_DATED = 6  # characters of the claim a sentence must share to be the one it dates


def statement_year_off(proposition: str, figures: Sequence[str], text: str) -> tuple[str, str] | None:
    """The claim dates a statement with one year, and the text dates the clause that holds the
    statement with another: 「到2025年东部、中部和西部发展差距显著缩小」 where the plan's sentence
    opens 「展望2035年」 and the clause follows it. (the claim's year, the text's), else None. A
    clause with no year of its own is dated by the last year before it in its sentence."""
    dated = _dated_years(proposition, figures, text)
    if dated is None:
        return None
    year, theirs = dated
    return (year, theirs[0]) if theirs and year not in theirs else None


def statement_year_held(proposition: str, figures: Sequence[str], text: str) -> bool:
    """The text dates the clause holding the claim's statement with the claim's own year (「展望
    2035年,…琶洲建成世界一流的数字经济示范区」 for 「到2035年琶洲要建成…」), though the quoted
    clause alone does not write it."""
    dated = _dated_years(proposition, figures, text)
    return dated is not None and dated[0] in dated[1]


def _dated_years(proposition: str, figures: Sequence[str], text: str) -> tuple[str, list[str]] | None:
    """The claim's one year, and the years `text` dates the clause sharing most of the claim with
    (its own, its plan period's, or else the last year before it in its sentence); None when the
    claim gives no year or more than one, or no clause shares enough of it."""
    years = {number_of(f) for f in figures if unit_of(f) == "年" and _BARE_YEAR.fullmatch(number_of(f))}
    if len(years) != 1:
        return None
    claim, said = ANY_YEAR.sub(" ", normalize(proposition)), normalize(text)
    best = max(_DATED_CLAUSE.finditer(said), key=lambda m: len(shared_run(claim, m.group(0))), default=None)
    if best is None or len(shared_run(claim, best.group(0))) < MIN_SHARED_DATED:
        return None
    theirs = ANY_YEAR.findall(best.group(0)) or [y for name, ys in _PERIOD_YEARS if name in best.group(0) for y in ys]
    if not theirs:
        before = said[: best.start()]
        opening = max(before.rfind("。"), before.rfind("："), before.rfind(":"))
        theirs = ANY_YEAR.findall(before[opening + 1 :])[-1:]
    return next(iter(years)), theirs


_DATED_CLAUSE = re.compile(r"[^。；;\s]+")
# a plan period dates a clause with each of its years (“十四五”时期: 2021 to 2025)
_PERIOD_YEARS = (("十三五", tuple(map(str, range(2016, 2021)))), ("十四五", tuple(map(str, range(2021, 2026)))))


# the span a rate is counted over: 日均收运量超280吨 is per day, not 「一年能收运280吨」
_PER = (
    ("日", re.compile(r"日均|每日|每天|一天|天天|per day|a day|daily|(?:every|each) day", re.I)),
    ("月", re.compile(r"月均|每月|每个月|一个月|per month|a month|monthly|(?:every|each) month", re.I)),
    (
        "年",
        re.compile(
            r"年均(?!增长|下降|提高|递增)|每年|一年|全年|per year|a year|annually|yearly|(?:every|each) year", re.I
        ),
    ),
    # … or the many it is counted for: 每千名老人 (per thousand older people), not per hundred
    ("百", re.compile(r"每百|per (?:one )?hundred\b|per 100\b", re.I)),
    ("千", re.compile(r"每千|per (?:one )?thousand\b|per 1000\b", re.I)),
    ("万", re.compile(r"每万|per ten thousand\b|per 10000\b", re.I)),
)
_PER_REACH = 10  # characters before a figure a rate's span word may stand
_PER_REACH_EN = 40  # … or after it, in English
_PER_REACH_MANY = 16  # … or, for the many it is counted for (每千名老人), this far before it


_PER_AFTER = re.compile(r"^[^\d，,。；;/]{0,4}/\s*(日|天|月|年)")
_PER_AFTER_REACH = 8


def _per_after(text: str) -> str | None:
    """The span a figure is counted per, written after its unit (「650元/月」), else None."""
    m = _PER_AFTER.match(text)
    return None if m is None else {"天": "日"}.get(m.group(1), m.group(1))


def _per(text: str, spans: str = "日月年百千万") -> str | None:
    found = [(m.end(), span) for span, pattern in _PER if span in spans for m in pattern.finditer(text)]
    return max(found)[1] if found else None  # the nearest one before the figure


def per_swapped(proposition: str, figures: Sequence[str], text: str) -> str | None:
    """The plan gives a claimed figure per another span (per day, not per year): the plan's span
    word before the figure, when the claim has another before its own; else None."""
    claim, t = normalize(proposition), normalize(text)
    for figure in figures:
        number = number_of(figure)
        at = claim.find(number)
        claimed = _per(claim[max(0, at - _PER_REACH) : at]) if at >= 0 else None
        if claimed is None and at >= 0 and not CJK_RUN.search(claim):
            claimed = _per(claim[at : at + _PER_REACH_EN])  # "280 tonnes of kitchen waste a year"
        if claimed is None:
            continue
        for m in re.finditer(rf"(?<![\d.]){re.escape(number)}(?![\d.])", t):
            theirs = (
                _per(t[max(0, m.start() - _PER_REACH) : m.start()])
                or _per(t[max(0, m.start() - _PER_REACH_MANY) : m.start()], "百千万")
                or _per_after(t[m.end() : m.end() + _PER_AFTER_REACH])
            )  # (「每千名老人拥有养老床位数从19张」: the many it is counted for stands further back;
            # 「650元/月」: the span after the figure's unit)
            if theirs is not None and theirs != claimed and figure_in(figure, t[m.start() : m.start() + 12]):
                return theirs
    return None


_RESPECTIVELY = re.compile(
    r"分别[^，,。；;、]{0,8}?((?:[\d.]+\s*" + _UNIT + r"?[、和与及]){1,4}[\d.]+\s*" + _UNIT + r"?)"
)
MIN_ITEM_MATCH = 3  # characters of a claim's words that tie it to one of the plan's items


def respectively_swapped(proposition: str, text: str) -> bool:
    """The plan gives figures of several things 「分别」 in order (「一般公共预算收入…，税收总收入…，
    年均分别增长0.7%、3.2%」) and the claim gives them to the things the other way round."""
    claim = plain_numbers(normalize(proposition))
    for sentence in _SENTENCE_END.split(normalize(text)):
        for m in _RESPECTIVELY.finditer(sentence):
            numbers = [number_of(f) for f in re.split(r"[、和与及]", m.group(1)) if f.strip()]
            items = [c for c in re.split(r"[,，;；]", sentence[: m.start()]) if c.strip()]
            # (the clause 分别 stands in heads the figures: 「年均」; the things are the ones before it)
            items = items[-len(numbers) - 1 : -1] if len(items) > len(numbers) else items
            found = sorted((at, n) for n, number in enumerate(numbers) if number and (at := claim.find(number)) >= 0)
            if len(items) != len(numbers) or len(found) != len(numbers):
                continue
            previous = 0
            for at, n in found:
                window, previous = claim[previous:at], at + len(numbers[n])
                sizes = [len(shared_run(window, item)) for item in items]
                best = max(range(len(items)), key=lambda i: sizes[i])
                if sizes[best] >= MIN_ITEM_MATCH and sizes.count(sizes[best]) == 1 and best != n:
                    return True
    return False


# a figure with its unit and the thing it counts right after it (「19间发热诊室」), up to the next item
_FIGURE_THING = re.compile(r"(\d+(?:\.\d+)?" + _UNIT + r")([\u4e00-\u9fff]{2,})")
_THING_KEY = 4  # characters of a counted thing that tell it from the next one (发热诊室, 发热门诊)


# what follows a figure without being the thing it counts: a change (「由17家增至51家」), a bound
_NOT_A_THING = re.compile(r"^(?:增|减|降|升|提高|提升|达|到|至|以上|以下|左右|比|之|为|是)")


def _figure_things(text: str) -> list[tuple[str, str]]:
    return [
        (m.group(1), re.split(r"[和与及]", m.group(2))[0][:_THING_KEY])
        for m in _FIGURE_THING.finditer(plain_numbers(normalize(text)))
        if not _NOT_A_THING.match(m.group(2))
    ]


def figures_crossed(proposition: str, quoted: str) -> tuple[str, str] | None:
    """Two figures the claim gives to two things, which the quote gives the other way round
    (「4间发热诊室和19间发热门诊」 where the plan has 19间发热诊室和4间发热门诊): the claim's two
    figures, else None."""
    claimed = _figure_things(proposition)
    written = {(number_of(f), thing) for f, thing in _figure_things(quoted)}  # (the unit goes with the thing)
    for i, (f, a) in enumerate(claimed):
        for g, b in claimed[i + 1 :]:
            m, n = number_of(f), number_of(g)
            if m != n and a != b and (m, b) in written and (n, a) in written and (m, a) not in written:
                return f, g
    return None


# 「孵化器由17家增长至51家」: a thing, then its change from one figure to another
_FIGURE_CHANGE = re.compile(
    r"([\u4e00-\u9fff]{2,12}?)(?:数量|数|总数|规模)?[，,]?\s*(?:从|由)(\d+(?:\.\d+)?)" + _UNIT + r"?"
    r"\s*(?:增长|增加|增|提高|提升|上升|扩大|下降|减少|降低|减|降)(?:了)?(?:至|到)(\d+(?:\.\d+)?)"
)
_CHANGE_HEAD = 3  # characters at the end of a thing's name that name it (孵化器 of 科技企业孵化器)


def _changes(text: str) -> list[tuple[str, tuple[str, str]]]:
    return [(m.group(1), (m.group(2), m.group(3))) for m in _FIGURE_CHANGE.finditer(plain_numbers(normalize(text)))]


def figure_direction_reversed(proposition: str, figures: Sequence[str], quoted: str) -> tuple[str, str] | None:
    """A change the claim gives one way by a figure ("revenue shrank by 0.7% a year") where the
    quote's clause stating that figure moves the other way (「年均分別增長0.7%」): (the claim's
    word, the plan's), else None. A claim that moves things both ways is not read."""
    claim = normalize(proposition)
    if (way := _way_moved(claim)) is None:
        return None
    mine, ours, against = way
    for f in figures:
        if not (unit_of(f) in ("%", "％") or _in_points(f, claim)) or not figure_in(f, quoted):
            continue
        clause = clause_holding(f, quoted)
        if (theirs := against.search(clause)) and not ours.search(clause):
            return mine.group(0), theirs.group(0)
    return None


def _in_points(figure: str, claim: str) -> bool:
    """The claim gives `figure` in percentage points (「下降了7.7个百分点」, "fell 7.7 percentage
    points"): a share's change, read as a percentage is."""
    number = re.escape(number_of(figure))
    return re.search(rf"(?<![\d.]){number}\s*个?百分点|(?<![\d.]){number}\s*percentage points?\b", claim) is not None


def change_off(proposition: str, quoted: str) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """A thing whose change the claim gives from one figure to another where the quote gives the
    same thing's change with other figures (「孵化器由12家增加到36家」 where the plan has 「科技企业
    孵化器由17家增长至51家，众创空间由12家增长至36家」: the figures are another thing's): the claim's
    pair and the plan's, else None."""
    written = _changes(quoted)
    for thing, pair in _changes(proposition):
        # the quote's thing whose name ends most like the claim's (图书馆分馆, not 文化馆分馆)
        ends = [(len(os.path.commonprefix([thing[::-1], other[::-1]])), theirs) for other, theirs in written]
        best = max((n for n, _ in ends), default=0)
        same = [theirs for n, theirs in ends if n == best]
        if best >= _CHANGE_HEAD and pair not in same:
            return pair, same[0]
    return None


# 「半小时交通圈」: a half written as a word is the figure 0.5 in its unit
_HALF = re.compile(r"(?<![一二两三四五六七八九十\d])半(?=小时|个小时|天|年|个月)")


def figure_thing_off(proposition: str, quoted: str) -> tuple[str, str] | None:
    """A thing the claim gives a figure that the quote gives another figure in the same unit, and
    never the claim's (「1小时交通圈」 where the plan has 「1小时生活圈」 and 「半小时交通圈」: the claim's
    figure is the plan's, of another thing): (the claim's figure, the plan's), else None."""
    claimed = _figure_things(_HALF.sub("0.5", normalize(proposition)))
    written = _figure_things(_HALF.sub("0.5", normalize(quoted)))
    for f, thing in claimed:
        # (a year dates the thing, it does not measure it: 「到2025年…」 beside a footnote's 2020年)
        if not thing or unit_of(f) == "年" or any(number_of(g) == number_of(f) and t == thing for g, t in written):
            continue
        for g, t in written:
            if t == thing and unit_of(g) == unit_of(f) and number_of(g) != number_of(f):
                return f, g
    return None


_TASK_END = re.compile(r"[;；。]")  # where one listed task or reported result ends
MIN_THING_WORDS = 2  # of the claim's own words, in the clause that names its thing best
_NUMERAL_RUN = re.compile(r"[零一二两三四五六七八九十百千万亿几\d]+[年个项条]?")  # 五年, 三个: no thing


def count_of_another(proposition: str, quoted: str) -> tuple[str, str] | None:
    """The one count a claim gives its thing (「旧街区改造五年13个」) where the quote's part naming
    that thing best, and no other part as well, counts it otherwise in the same unit (「旧街区改造
    三年33个、五年48个」) and never by the claim's figure — which, if the quote has it, counts another
    thing (「旧厂房改造…五年13个」): (the claim's figure, the plan's), else None."""
    claim = normalize(proposition)
    counted = [f for f in figures_of(claim) if unit_of(f) in COUNTS]
    if len(counted) != 1:
        return None
    figure = counted[0]
    words = {
        w
        for w in jieba.lcut(claim.replace(figure, " "))
        if len(w) >= 2 and CJK_RUN.fullmatch(w) and w not in _FRAME_WORDS and not _NUMERAL_RUN.fullmatch(w)
    }
    parts = [p for p in _TASK_END.split(normalize(quoted)) if p.strip()]
    hits = [sum(w in p for w in words) for p in parts]
    most = max(hits, default=0)
    if most < MIN_THING_WORDS or hits.count(most) != 1:
        return None
    part = parts[hits.index(most)]
    if figure_in(figure, part):
        return None
    theirs = [g for g in figures_of(part) if unit_of(g) == unit_of(figure)]
    return (figure, theirs[0]) if theirs else None


_EN_PIECE = re.compile(r"[;,.:]\s|\band\b|\s[—–-]{1,2}\s(?=[a-z])", re.I)
_BARE_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")


def figures_crossed_en(proposition: str, quoted: str) -> tuple[str, str] | None:
    """The English counterpart of `figures_crossed`: two pieces of the claim that each give one
    thing of the plan (by the glossary) one figure ("village-level industrial parks — 51 …;
    wholesale markets — 45 …"), where the quote's clause of each thing has the other's figure and
    not its own. The claim's two figures, else None."""
    if not is_latin_query(proposition):
        return None
    # (a piece may give a change, "grew from 12 to 36": its two figures cross together)
    pieces: list[tuple[frozenset[str], tuple[str, ...]]] = []
    for piece in _EN_PIECE.split(plain_numbers(normalize(proposition))):
        numbers = [n for n in _BARE_NUMBER.findall(piece) if not _BARE_YEAR.fullmatch(n)]
        words = tuple(w for _, ws in english_rows(piece) for w in ws)
        if len(numbers) in (1, 2) and words:
            pieces.append((frozenset(numbers), words))
    said = plain_numbers(normalize(quoted))
    # (two things of one sentence may be told apart only by its commas: 「孵化器由17家增长至51家,众创空间由12家…」)
    for cut in (_YEAR_CLAUSE_END, _CLAIM_CLAUSE):
        clauses = [c for c in cut.split(said) if c.strip()]

        def figures_with(words: tuple[str, ...], clauses: list[str] = clauses) -> set[str]:
            return {n for c in clauses if any(w in c for w in words) for n in _BARE_NUMBER.findall(c)}

        for i, (f, a) in enumerate(pieces):
            for g, b in pieces[i + 1 :]:
                if f & g or set(a) & set(b):
                    continue
                of_a, of_b = figures_with(a), figures_with(b)
                if g <= of_a and f <= of_b and not f & of_a and not g & of_b:
                    return min(f), min(g)
    return None


# a list of things: items joined by 、 (and the last by 和/及/与), each a run of characters or letters
_LIST_RUN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9.]{2,12}(?:(?:、|和|及|与|以及)[\u4e00-\u9fffA-Za-z0-9.]{2,12})+")
_LIST_JOIN = re.compile(r"、|以及|和|及|与")


_SAME_ITEM_CHARS = 3  # characters two items must share at one end to be one thing (政务网, not 政务 alone)


def _same_item(a: str, b: str) -> bool:
    """Two items of lists that are one thing: the same but for words run on before the first item
    (完善政务网, 是政务网) or after the last (政务数据中心三大基础设施)."""
    ends = os.path.commonprefix([a[::-1], b[::-1]])[::-1]
    starts = os.path.commonprefix([a, b])

    def names(shared: str) -> bool:  # (two of them Chinese, not a number: 智慧园区1.0 is not 智慧社区1.0)
        return len(shared) >= _SAME_ITEM_CHARS and len("".join(CJK_RUN.findall(shared))) >= 2

    return a == b or names(ends) or names(starts)


def _same_kind(a: str, b: str) -> bool:
    return a[0] == b[0] or a[-1] == b[-1]


# the words a list's run takes in before its first member (「依托天心、…」) and after its last
# (「…光华等五大药厂」, 「…王老吉五大药厂」)
_BEFORE_FIRST = re.compile(r"^.*(?:依托|依靠|包括|包含|以|由|把|将|是|有|如)(?=[\u4e00-\u9fffA-Za-z0-9]{2,}$)")
_AFTER_LAST = re.compile(r"(?:等|这|那|呢|[一二两三四五六七八九十](?:大|个|家|所|项|座|类|种)|\d).*$")


def _members(run: str) -> list[str]:
    """A list's members, its first without what leads into the list and its last without what
    follows the list (a count, 等)."""
    items = _LIST_JOIN.split(run)
    first, last = _BEFORE_FIRST.sub("", items[0]), _AFTER_LAST.sub("", items[-1])
    if len(first) >= 2:
        items[0] = first
    if len(last) >= 2:
        items[-1] = last
    return items


MIN_SHARED_MEMBERS = 3  # members a claim's list shares with the plan's for any other one to be a swap
MIN_PAIR_MEMBER = 3  # characters of the member a pair shares with the plan's, for its other to be swapped


def list_member_swapped(proposition: str, quoted: str) -> tuple[str, str] | None:
    """A list the claim gives with one member the plan's list lacks, where the plan's list of the
    same length has another in its place (「政务网、政务云和政务App」 where the plan lists 政务网、
    政务云、政务数据中心): (the claim's member, the plan's), else None."""
    said = plain_numbers(normalize(quoted))
    theirs = [_members(m.group(0)) for m in _LIST_RUN.finditer(said)]
    for m in _LIST_RUN.finditer(plain_numbers(normalize(proposition))):
        mine = _members(m.group(0))
        for items in theirs:
            if len(items) != len(mine):
                continue
            extra = [a for a in mine if not any(_same_item(a, b) for b in items)]
            lacking = [b for b in items if not any(_same_item(a, b) for a in mine)]
            # (the two stand for one kind of thing: 政务App for 政务数据中心, sharing an end; or the
            # list shares MIN_SHARED_MEMBERS with the plan's, and only the place of this one differs)
            # (a pair set apart by 、, 「中海油、中石化」 for 「中石油、中石化」: its other member a name,
            # and neither of the two a longer writing of the other, 「规划说要强化」 of 「强化」)
            shared = [a for a in mine if a not in extra]
            pair = (
                len(shared) == 1
                and len(shared[0]) >= MIN_PAIR_MEMBER
                and "、" in m.group(0)
                and len(extra) == 1 == len(lacking)
                and abs(len(extra[0]) - len(lacking[0])) <= 1  # (two names of a kind: 中海油, 中石油)
                and not (extra[0] in lacking[0] or lacking[0] in extra[0])
            )
            if (
                len(extra) == 1 == len(lacking)
                and (len(shared) >= 2 or pair)
                and (_same_kind(extra[0], lacking[0]) or len(shared) >= MIN_SHARED_MEMBERS)
            ):
                return extra[0], lacking[0]
    return None


_EN_COMMA = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?")
_EN_LAST_JOIN = re.compile(r"\s+(?:and|or)\s+")


# what opens a list in an English sentence: the members follow it
_EN_LIST_LEAD = re.compile(r"\b(?:such as|including|namely|like)\s+|[:：]\s*")


def _en_list_segments(text: str) -> list[str]:
    """An English sentence cut at the commas of a list; the last piece cut at its "and" too,
    unless the list closes with a comma before it (", and city-image showcase"), where an "and"
    inside a member ("education and medical centre") is the member's own."""
    if (lead := list(_EN_LIST_LEAD.finditer(text))) and _EN_COMMA.search(text[lead[-1].end() :]):
        text = text[lead[-1].end() :]  # "…, and pilots such as A, B and C": the list is what follows
    pieces = [p for p in _EN_COMMA.split(text) if p.strip()]
    if pieces and not re.search(r",\s*(?:and|or)\s+", text):
        pieces[-1:] = [p for p in _EN_LAST_JOIN.split(pieces[-1], maxsplit=1) if p.strip()]
    return pieces


_EN_COUNT = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten)\b", re.I)


def list_count_off_en(proposition: str, quoted: str) -> tuple[int, int] | None:
    """The English counterpart of `list_count_off`: a claim that counts a list it gives ("its four
    functions — A, B, C, and D") where the quote's list holding all of its members but one at
    most has another number of them (five): (the claim's, the quote's), else None."""
    if not is_latin_query(proposition):
        return None
    claim = normalize(proposition)
    segments = _en_list_segments(claim)
    counts = {EN_NUMBER[m.group(1).lower()] for m in _EN_COUNT.finditer(claim)}
    if len(segments) < MIN_LIST_ITEMS or len(segments) not in counts:
        return None
    n = len(segments)
    words = [_en_item_words(s, -1 if i == 0 else 1 if i == n - 1 else 0) for i, s in enumerate(segments)]
    for run in _LIST_RUN.finditer(plain_numbers(normalize(quoted))):
        items = _LIST_JOIN.split(run.group(0))
        held = sum(any(w in item for w in ws for item in items) for ws in words)
        if len(items) != n and held >= n - 1 and held >= MIN_LIST_ITEMS - 1:
            return n, len(items)
    return None


MIN_LIST_ITEMS = 3  # members an English list needs for one of them to stand out as swapped


def _en_item_words(segment: str, side: int) -> tuple[str, ...]:
    """The plan's words for one member of an English list: of the first segment (side -1) the
    glossary phrases within its last words, of the last (side 1) those within its first words,
    of a middle one all of them."""
    rows = [
        (m.start(), m.end(), ws) for phrase, ws in english_rows(segment) if (m := re.search(re.escape(phrase), segment))
    ]
    words = list(re.finditer(r"\S+", segment))
    if side < 0 and len(words) > _EN_ITEM_WORDS:
        rows = [r for r in rows if r[0] >= words[-_EN_ITEM_WORDS].start()]
    if side > 0 and len(words) > _EN_ITEM_WORDS:
        rows = [r for r in rows if r[1] <= words[_EN_ITEM_WORDS - 1].end()]
    return tuple(w for _, _, ws in rows for w in ws)


_EN_ITEM_WORDS = 4  # words at the list's end of the first or last segment that may name its member


def list_member_swapped_en(proposition: str, quoted: str) -> tuple[str, str] | None:
    """The English counterpart of `list_member_swapped`: a list of the claim ("quantum computing,
    blockchain and nanotechnology") whose members but one are those of a list of the quote as
    long (类脑智能、区块链、纳米科技), and whose other member is in the glossary's words something
    the list does not hold (量子): (the claim's member, the plan's), else None."""
    if not is_latin_query(proposition):
        return None
    segments = _en_list_segments(normalize(proposition))
    if len(segments) < MIN_LIST_ITEMS:
        return None
    words = [_en_item_words(s, -1 if i == 0 else 1 if i == len(segments) - 1 else 0) for i, s in enumerate(segments)]
    said = plain_numbers(normalize(quoted))
    for run in _LIST_RUN.finditer(said):
        items = _LIST_JOIN.split(run.group(0))
        if len(items) != len(segments):
            continue
        held = [any(w in item for w in ws for item in items) for ws in words]
        if held.count(False) == 1:
            j = held.index(False)
            lacking = [item for item in items if not any(w in item for ws in words for w in ws)]
            if words[j] and len(lacking) == 1:
                return segments[j], lacking[0]
    return None


# a list the claim counts right after it (「1.0和2.0两轮改革」)
_COUNTED_LIST = re.compile(
    r"([\u4e00-\u9fffA-Za-z0-9.]{1,12}(?:(?:、|和|及|与)[\u4e00-\u9fffA-Za-z0-9.]{1,12}?)+)"
    r"([两二三四五六七八九十]|\d{1,2})(?:轮|期|项|个|类|种|大|条|批|次|方面)"
)


def counts_a_list(proposition: str) -> bool:
    """The claim gives a list and counts it (「1.0和2.0两轮改革」): what `list_count_off` reads."""
    return _COUNTED_LIST.search(normalize(proposition)) is not None


_LIST_COUNT_UNITS = ("个", "项", "类", "种", "条", "大", "方面", "家", "所")


def counts_own_list(proposition: str, figure: str, quoted: str) -> bool:
    """A count the claim gives of a list it gives too (「布局了三个领域：量子计算、区块链、纳米科技」),
    where the quote has a list of as many members sharing one of them: the count is the plan's
    as well, and what the list holds is read on its own (`list_member_swapped`)."""
    span = value_range(figure)
    if span is None or span[0] != span[1] or unit_of(figure) not in _LIST_COUNT_UNITS:
        return False
    n = int(span[0])
    mine = [_LIST_JOIN.split(run.group(0)) for run in _LIST_RUN.finditer(normalize(proposition))]
    theirs = [_LIST_JOIN.split(run.group(0)) for run in _LIST_RUN.finditer(plain_numbers(normalize(quoted)))]
    return any(len(a) == n == len(b) and any(_same_item(x, y) for x in a for y in b) for a in mine for b in theirs)


def list_count_off(proposition: str, quoted: str) -> tuple[int, int] | None:
    """The claim counts a list it gives (「营商环境1.0和2.0两轮改革」) where the quote's list holding
    those members has another number of them (1.0、2.0、3.0: three): (the claim's, the quote's)."""
    said = plain_numbers(normalize(quoted))
    for m in _COUNTED_LIST.finditer(normalize(proposition)):
        mine, n = _LIST_JOIN.split(m.group(1)), chinese_number(m.group(2)) or int(m.group(2))
        for run in _LIST_RUN.finditer(said):
            items = _LIST_JOIN.split(run.group(0))
            if len(items) != n and all(any(_same_item(a, b) for b in items) for a in mine):
                return n, len(items)
    return None


# a count the claim gives of a kind of thing (「四个领域」, 「五大战略性支柱产业」)
_KIND_COUNTED = re.compile(r"([两二三四五六七八九十]|\d{1,2})\s*(?:个|大|类|项|种)\s*([\u4e00-\u9fff]{2,10})")
_LIST_CLOSER = 4  # characters between a list and the kind it lists, after 等 (「等战略性支柱产业」)
_KIND_ITEM = r"[\u4e00-\u9fffA-Za-z0-9.]{2,12}?"  # one member of a list of a kind, as short as it can be
_COUNT_ITEM = re.compile(r"(?:\d|[一二两三四五六七八九十])\s*[个项大类种家所座条]")


def kind_count_off(proposition: str, quoted: str) -> tuple[int, int] | None:
    """The claim counts a kind of thing (「未来产业一共有四个领域」) where the quote lists the things
    of that kind with another number of them (「类脑智能、区块链、纳米科技等领域」: three): (the
    claim's, the quote's), else None."""
    said, claim = plain_numbers(normalize(quoted)), normalize(proposition)
    mine = [x for r in _LIST_RUN.finditer(claim) for x in _LIST_JOIN.split(r.group(0))]
    for m in _KIND_COUNTED.finditer(claim):
        n, words = count_value(m.group(1)), m.group(2)
        kind = next((words[:k] for k in range(len(words), 1, -1) if words[:k] in said), None)
        if n is None or kind is None:
            continue
        listed = rf"({_KIND_ITEM}(?:(?:、|和|及|与|以及){_KIND_ITEM})+)(?:等[\u4e00-\u9fff]{{0,{_LIST_CLOSER}}}?)?{re.escape(kind)}"
        for run in re.finditer(listed, said):
            items = _LIST_JOIN.split(run.group(1))
            if any(_COUNT_ITEM.search(x) for x in items):
                continue  # (「6个区域医联体、14个专科联盟」: counts of two things, not a list of one kind)
            # (the list the claim means: one sharing a member with the claim's own list, or, when it
            # lists none, one in a sentence sharing a run of its words: 「前瞻布局」)
            sentence = said[: run.end()].split("。")[-1]
            ours = (
                any(_same_item(a, b) for a in mine for b in items)
                if mine
                else len(shared_run(claim, sentence)) >= MIN_SHARED_SCOPE
            )
            if ours and len(items) != n:
                return n, len(items)
    return None


# what a claim counts in aspects or points (「归纳了五个方面的问题」, 「列了三点」)
_COUNTED_ASPECTS = re.compile(r"([两二三四五六七八九十]|\d{1,2})\s*(?:个|大)?\s*(?:方面|点|条)")
_LAST_NUMERAL = 10  # an enumeration is counted up to 十是


def count_value(figure: str) -> int | None:
    """The number a count opens with (「五个」: 5, 「6项」: 6), else None."""
    m = re.match(r"\d{1,2}|[两二三四五六七八九十]+", figure)
    return None if m is None else int(m.group(0)) if m.group(0).isdigit() else chinese_number(m.group(0))


def enumerated_lengths(paragraphs: Sequence[str]) -> list[int]:
    """How many items each enumeration of the paragraphs has (「一是…二是…六是…」: six), in order;
    an enumeration runs from 一是 through each next numeral the paragraph writes after it."""
    out: list[int] = []
    for paragraph in paragraphs:
        text = normalize(paragraph)
        at = text.find("一是")
        while at >= 0:
            n = 1
            while n < _LAST_NUMERAL and (nxt := text.find(f"{numeral_of(n + 1)}是", at)) >= 0:
                at, n = nxt, n + 1
            out.append(n)
            at = text.find("一是", at + 2)
    return out


def enumeration_counted(proposition: str, paragraphs: Sequence[str]) -> tuple[int, int] | None:
    """The count a claim gives of the aspects or points the plan enumerates (「五个方面」), with
    the enumeration's own length, where the paragraphs hold exactly one enumeration: (claim's, plan's)."""
    lengths = {p: enumerated_lengths([p]) for p in dict.fromkeys(paragraphs)}
    listing = [p for p, found in lengths.items() if found]
    if len({n for p in listing for n in lengths[p]}) > 1:
        # (the paragraph that holds most of the claim's words: 「短板」 of the one on what is lacking)
        words = {w for w in jieba.lcut(normalize(proposition)) if len(w) >= 2 and CJK_RUN.fullmatch(w)}
        held = sorted(((sum(w in normalize(p) for w in words), p) for p in listing), reverse=True)
        listing = [held[0][1]] if held[0][0] > held[1][0] else []
    counts = {n for p in listing for n in lengths[p]}
    if len(counts) != 1:
        return None
    for m in _COUNTED_ASPECTS.finditer(normalize(proposition)):
        if (n := count_value(m.group(1))) is not None:
            return n, counts.pop()
    return None


# a ban the claim says the plan sets, and the plan's words for one
_BAN_CLAIMED = re.compile(
    r"禁止|严禁|禁行|禁售|取缔|不准|不许|\bban(?:s|ned|ning)?\b|\bprohibit|\boutlaw|\bforbid", re.I
)
_BAN_WRITTEN = re.compile(r"禁|取缔|不得|杜绝")
# a rule the claim says the plan lays on everyone (「都要上牌才能上路」, "requires solar panels on
# every new building"), and the plan's words for requiring
_MANDATE_CLAIMED = re.compile(
    r"必须|一律|强制|硬性|都(?:要|得)[^，,。？?]{1,12}(?:才|先)(?:能|可以|可|准)|不[\u4e00-\u9fff]{1,2}不(?:行|得|可)"
    r"|\bmust\b|\bmandator(?:y|ily)\b|\bcompulsor(?:y|ily)\b|\brequires?\b(?! (?:that )?the plan)|\bobliged\b",
    re.I,
)
_MANDATE_WRITTEN = re.compile(r"必须|须|应当|要求|强制|一律|规定|不得")


_URGED = re.compile(r"鼓励|倡导|引导|支持|提倡")
# a thing the claim says the plan commits to (「承诺」, "commits Haizhu to launching", "orders … to
# become") that the plan only explores or studies (「探索发展低空旅游产业」): less than that
_COMMITTED = re.compile(
    r"承诺|保证|一定(?:会|要)|\bcommit(?:s|ted)?\b(?! (?:itself )?to (?:exploring|studying|considering))"
    r"|\bpledge[sd]?\b|\bguarantee[sd]?\b|\borders\b|\bordered\b|\bdecree[sd]?\b",
    re.I,
)
_EXPLORED = re.compile(r"探索|研究|谋划")
_URGED_OR_EXPLORED = re.compile(f"{_URGED.pattern}|{_EXPLORED.pattern}")


def mandate_unwritten(proposition: str, quoted: str) -> bool:
    """The claim says the plan makes something compulsory and no quote has a word of requiring,
    nor urges the same thing (that is `mandate_softened`): the plan regulates it (「规范电动自行车
    管理」), which is no such rule."""
    said = normalize(quoted)
    return (
        mandate_claimed(proposition) and not _MANDATE_WRITTEN.search(said) and not mandate_softened(proposition, quoted)
    )


def mandate_softened(proposition: str, quoted: str) -> bool:
    """The claim says the plan makes something compulsory where a clause of the quote only urges
    the same thing (「鼓励…家庭储备相关应急物资」 for 「每个家庭都必须储备应急物资」): the plan says
    otherwise. The same thing: a run of the claim's words, or two of an English claim's."""
    said = normalize(quoted)
    claim = normalize(proposition)
    committed, required = _COMMITTED.search(claim) is not None, mandate_claimed(proposition)
    if not (committed or required):
        return False
    # (what the claim says is required may be urged or only explored; what it says is committed to, explored)
    softer = _EXPLORED if committed and not required else _URGED_OR_EXPLORED
    english = [w for _, ws in english_rows(claim) for w in ws] if is_latin_query(claim) else []
    for clause in _CLAUSE_END.split(said):
        # (the clause urges it and requires nothing: a 要求 elsewhere in the quote is of another thing;
        # one term of the plan's of four characters or more, 第三方评估, names the thing as two words do)
        held = sum(min(len(w) // 2, 2) for w in english if w in clause)
        if (
            softer.search(clause)
            and not _MANDATE_WRITTEN.search(clause)
            and (len(shared_run(claim, clause)) >= MIN_SHARED_SCOPE or held >= 2)
        ):
            return True
    return False


def mandate_claimed(proposition: str) -> bool:
    return _MANDATE_CLAIMED.search(normalize(proposition)) is not None


# a benefit the claim says the plan hands out, and the plan's words for one
_BENEFIT_CLAIMED = re.compile(
    r"补贴|补助|奖励|资助|免费|免租|减免|\bsubsid|\bgrants?\b|(?<![-\w])free\b(?![-\s]?(?:trade|port|zone))|\brewards?\b|\bbonus|\ballowance",
    re.I,
)
_BENEFIT_WRITTEN = re.compile(r"补贴|补助|奖励|资助|免费|免租|减免|奖补")


def ban_unwritten(proposition: str, quoted: str) -> bool:
    """The claim says the plan bans something (「禁止电动车上路」, "bans e-bikes") and no quote has
    a word of banning: the plan regulates or guides it, which is not a ban. (A quoted name is no
    word of the claim's: the 'Sui Kuai Ban' mini-program bans nothing.)"""
    claim = _QUOTED_SPAN.sub(" ", normalize(proposition))
    return _BAN_CLAIMED.search(claim) is not None and not _BAN_WRITTEN.search(normalize(quoted))


_QUOTED_SPAN = re.compile(r"(?<![a-z])['‘\"“「『][^'’\"”」』]{1,40}['’\"”」』](?![a-z])", re.I)


def benefit_unwritten(proposition: str, things: Sequence[str], quoted: str) -> bool:
    """The claim says the plan hands out a benefit for something (a subsidy for rooftop solar) and
    no sentence of the quote with a word of benefit names any of `things` (the claim's other words
    in the plan's wording): the plan's 补贴 there is for something else."""
    if _BENEFIT_CLAIMED.search(normalize(proposition)) is None:
        return False
    things = [t for t in things if len(t) >= 2 and not _BENEFIT_WRITTEN.search(t)]
    giving = [s for s in _SENTENCE_END.split(normalize(quoted)) if _BENEFIT_WRITTEN.search(s)]
    return bool(things) and not any(t in s for s in giving for t in things)


# Places a claim may put in the wrong place: cities and districts around (Hong Kong for Macau), and
# sites by the plan's own names (十香园 for 海幢寺), which jieba often cuts apart
REGIONS = (
    "香港", "澳门", "深圳", "佛山", "东莞", "珠海", "江门", "惠州", "肇庆", "北京", "上海",
    "南沙", "天河", "越秀", "荔湾", "白云", "黄埔", "番禺", "花都", "从化", "增城",
)  # fmt: skip
_SITE_END = re.compile(r"[寺园馆塔仓祠庙宫苑楼]|湿地")
_HK_MACAU = {"香港": "澳门", "澳门": "香港"}  # each the other half of 「港澳」
MIN_SITE_CHARS, MAX_SITE_CHARS = 3, 8


def named_sites(text: str, plan_text: str) -> list[str]:
    """The regions and the sites `text` names: a region word, or the longest name ending in a
    site word (寺, 园, 馆…) that the plan itself uses."""
    t = normalize(text)
    found = [r for r in REGIONS if r in t]
    for m in _SITE_END.finditer(t):
        for start in range(max(0, m.end() - MAX_SITE_CHARS), m.end() - MIN_SITE_CHARS + 1):
            name = t[start : m.end()]
            if CJK_RUN.fullmatch(name) and name in plan_text:
                found.append(name)
                break
    return list(dict.fromkeys(found))


def site_in(site: str, text: str) -> bool:
    """`text` names the region or site (香港 and 澳门 are in 「港澳」 and 「粤港澳」, unless the text
    names the other one in full)."""
    t = normalize(text)
    # (not when the text names the other one in full: 「粤港澳…香港联合医务集团」 is not about Macau)
    return site in t or (site in _HK_MACAU and "港澳" in t and _HK_MACAU[site] not in t)


MIN_SITE_TASK = 6  # characters of the claim's own words that pin the sentence it is about


def site_elsewhere(proposition: str, quoted: str, plan_text: str) -> str | None:
    """The claim puts a thing at a site the quote names, but the sentence that does the thing
    (the one sharing the longest run of the claim's words) names another site and not the claim's
    (「在海幢寺周边打造…景观带」 where 「推进十香园纪念馆周边环境升级改造,打造…景观带」): the
    plan's site there, else None."""
    claim = normalize(proposition)
    sites = [n for n in named_sites(claim, plan_text) if n not in REGIONS and site_in(n, quoted)]
    if not sites:
        return None
    rest = claim
    for site in sites:
        rest = rest.replace(site, "|")
    best, holding = sharing_most(rest, _SENTENCE_END.split(normalize(quoted)))
    if best < MIN_SITE_TASK or any(site_in(n, holding) for n in sites):
        return None
    others = [n for n in named_sites(holding, plan_text) if n not in REGIONS]
    return others[0] if others else None


_CLAIM_CLAUSE = re.compile(r"[，,；;。]|同时|并且|而且")


# the tiers below the district a task sits at: a street office's station is not one in every community
_TIERS = {"街道": "street", "镇街": "street", "社区": "community", "居委": "community", "村居": "community"}
_TIERED = re.compile(r"(街道|镇街|社区|居委会?|村居)([\u4e00-\u9fff]{4,12})")
MIN_TIERED_THING = 4  # characters of what sits at a tier that the claim must write (未成年人保护工作站)


def tier_swapped(proposition: str, quoted: str) -> tuple[str, str] | None:
    """The claim puts at one tier (「每个社区居委设一个未成年人保护工作站」) what the quote sets at
    another (「设立街道未成年人保护工作站」): (the claim's tier, the quote's), else None."""
    claim = normalize(proposition)
    for m in _TIERED.finditer(normalize(quoted)):
        tier = _TIERS[m.group(1)[:2]]
        thing = next(
            (m.group(2)[:n] for n in range(len(m.group(2)), MIN_TIERED_THING - 1, -1) if m.group(2)[:n] in claim), None
        )
        if thing is None:
            continue
        at = claim.index(thing)
        before = claim[max(0, at - MAX_TIER_GAP) : at]
        said = {_TIERS[w] for w in _TIERS if w in before}
        if said and tier not in said and m.group(1)[:2] not in claim:
            return ",".join(sorted(said)), tier
    return None


MAX_TIER_GAP = 12  # characters before the thing in which a claim names its tier


def region_swapped(proposition: str, quoted: str) -> str | None:
    """A clause of the claim ties a task to one city or district (「与深圳在工业互联网…协同发展」)
    and the quote's clause doing that task (sharing the longest run of its words, at least
    MIN_SITE_TASK characters) names another city and not the claim's (「加深与佛山在工业互联网…」):
    that city, else None."""
    plan_clauses = [c for c in _CLAIM_CLAUSE.split(normalize(quoted)) if c.strip()]
    for clause in _CLAIM_CLAUSE.split(normalize(proposition)):
        regions = [r for r in REGIONS if r in clause]
        if len(regions) != 1:
            continue
        best, holding = sharing_most(clause.replace(regions[0], "|"), plan_clauses)
        if best < MIN_SITE_TASK or site_in(regions[0], holding):
            continue
        if others := [r for r in REGIONS if r != regions[0] and site_in(r, holding)]:
            return others[0]
    return None


# a place or an institution opens a name (jieba's tags); nouns, numbers and attributes extend it:
# 滨江/ns 东路/ns, 中山大学/nt 附属/b 第一/m 医院/n
_NAME_OPENS = ("ns", "nt")
_NAME_GOES_ON = ("ns", "nt", "nz", "n", "b", "m", "j")
MIN_NAME_CHARS = 4  # jieba tags common two-character words as places too (上门, 新建)


def named_places(tagged: Sequence[tuple[str, str]]) -> tuple[str, ...]:
    """Compound names of places and institutions in a tagged text: a place or institution word
    followed by at least one more name part. A single word is left out: jieba's place and
    institution tags on single words are too often wrong to hold a claim against."""
    names: list[str] = []
    run: list[str] = []
    for word, flag in [*tagged, ("", "x")]:
        if run and flag in _NAME_GOES_ON and word.strip():
            run.append(word)
            continue
        # (what follows a count: not 「新建一所」 of 「新建一所海珠区第二人民医院」)
        name = _NOT_A_NAME.split("".join(run))[-1]
        if len(run) >= 2 and len(name) >= MIN_NAME_CHARS and not _THE_PLAN_ITSELF.search(name):
            names.append(name)
        run = [word] if flag in _NAME_OPENS and word not in _VERBS_TAGGED_PLACES else []
    return tuple(names)


# verbs jieba's dictionary holds as places too (新建 is a county): 「新建住宅」 names no place
_VERBS_TAGGED_PLACES = frozenset("新建 新增 扩建 改建 重建 建成".split())


# the document itself (「海珠区十四五规划」): the frame of every question, not a place in it
_THE_PLAN_ITSELF = re.compile(r"(?:规划|纲要)$")
# a count, and a verb before it, that jieba's tags run into a name (「新建一所」 of 「新建一所海珠区属…高校」)
_NOT_A_NAME = re.compile(r"[\u4e00-\u9fff]*?[一二两三四五六七八九十几\d][所个座家条间处]")


_DISTRICT = re.compile(r"^(?:广州市)?海珠区?")
_NAME_GAP = 14  # characters between the words of a name written in full (琶洲…试验区)


def name_in(name: str, text: str) -> bool:
    """`text` names the place: the whole name, or every word of it (琶洲试验区 in
    「琶洲人工智能与数字经济试验区」). 中山大学附属第一医院 is not in 「中山大学孙逸仙纪念医院」."""
    t = normalize(text)
    if name in t:
        return True
    if (rest := _DISTRICT.sub("", name)) != name and len(rest) >= 2 and rest in t:
        return True  # 「海珠区人均…」: the plan is the district's, a name it opens is named by the rest
    words = [re.escape(w.word) for w in pseg.lcut(name) if len(w.word) >= 2]
    # (in order, within one run of words: 凤阳派出所 is not in 「“凤阳守望台”…,南华西派出所」)
    gap = rf"[^\W\d_]{{0,{_NAME_GAP}}}?"
    return bool(words) and re.search(gap.join(words), t) is not None


# A claim that something is already done ("十三五期间就已经…", "already"), and the plan's wording
# for a target still to be met ("到2025年", "加快推进") or for a result ("累计完成", "比2015年增长").
_DONE_CLAIM = re.compile(
    r"十三五|已经|早已|早就|(?<![而得])已(?=[\u4e00-\u9fff])|\balready\b|\bhas been\b|\bhave been\b|13th (?:five-year|fyp)"
    # (something done, in the last period's years: "were moved underground during 2016–2020")
    r"|\b(?:was|were)\b[^.?!]{0,60}\b(?:during|in|over|between) (?:2016|the years 2016)\s*(?:[-–—]|to|and)\s*2020\b",
    re.I,
)
# (推进/推动 alone are left out: the review of the last period uses them for work done)
# (a year ahead of the plan's start: 「增长到2020年的…」 reports the last period)
_TARGET_WORDING = re.compile(
    r"到20(?:2[1-9]|[3-9]\d)年|十四五|力争|争取|争创|加快|加速|推进|探索|谋划|打造|目标|预计|展望"
)
# (what is to be sped up or striven for is not done: 「加快建成…四期」)
_DONE_WORDING = re.compile(
    r"十三五|累计|已经|已|(?<!加快)(?<!加速)(?<!力争)(?<!争取)(?<!确保)(?:完成|建成|完工|竣工|落成)|实现了|比20\d\d年"
)
_SENTENCE_END = re.compile(r"[。！？!?]")  # not at ；: a clause keeps the period its sentence names


def shared_run(a: str, b: str) -> str:
    """The longest run of characters `a` and `b` both have (the claim's own wording in a quote)."""
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return a[m.a : m.a + m.size]


def sharing_most(words: str, pieces: Sequence[str]) -> tuple[int, str]:
    """The piece of the plan's text (a sentence, a clause) that shares the longest run of `words`
    (a claim's own wording), with that run's length: (0, "") when none shares any."""
    best, holding = 0, ""
    for piece in pieces:
        if (size := len(shared_run(words, piece))) > best:
            best, holding = size, piece
    return best, holding


def split_sentences(text: str) -> list[str]:
    """`text` cut at its sentence ends (not at ；)."""
    return _SENTENCE_END.split(text)


def claims_done(proposition: str) -> bool:
    """The claim says the thing has already happened (in the last plan period, or "already")."""
    return _DONE_CLAIM.search(normalize(proposition)) is not None


def is_target_sentence(sentence: str) -> bool:
    """A sentence that sets a target or a task (到2025年…, 加快推进…) and reports no result."""
    s = normalize(sentence)
    return _TARGET_WORDING.search(s) is not None and _DONE_WORDING.search(s) is None


def only_as_target(figure: str, text: str) -> bool:
    """Every sentence of `text` that states `figure` sets it as a target: a claim that it has been
    reached is not what the plan says (the plan's 2025 target is not a past result)."""
    holding = [s for s in _SENTENCE_END.split(text) if s.strip() and figure_in(figure, s)]
    return bool(holding) and all(is_target_sentence(s) for s in holding)


MAX_OWNER_CHARS = 12  # characters of what a claimed figure measures
_MEASURE = re.compile(r"(?:的)?(?:面积|长度|总长|里程|(?:常住|户籍)?人口|人数|总投资|投资额|规模|产值|收入)")
_OWNER_START = re.compile(r".*[把将让使说话是在,，:：、]|^(?:规划|纲要)(?:里|中)?(?:要|提出|说)?")


def figure_owner(proposition: str, figure: str) -> str | None:
    """What a claim measures by `figure`: the words before its measure word (「海珠湿地」 of
    「把海珠湿地面积扩大到20平方公里」), else None."""
    text = normalize(proposition)
    at = text.find(number_of(figure))
    measures = list(_MEASURE.finditer(text[: max(at, 0)]))
    if at < 0 or not measures:
        return None
    before = text[: measures[-1].start()]
    start = _OWNER_START.match(before)
    owner = before[start.end() :] if start else before
    return owner if 2 <= len(owner) <= MAX_OWNER_CHARS and CJK_RUN.fullmatch(owner) else None


MIN_SHARED_THING = 6  # characters of a claim's own wording a target sentence must share
_NOT_WORD = re.compile(r"[^\u4e00-\u9fffa-z0-9]")


def target_not_done(proposition: str, text: str) -> str | None:
    """What a claim takes for done (「早就是国家级全域旅游示范区」) that the plan has only as a
    target: the longest run of the claim's words (at least MIN_SHARED_THING characters) in
    `text`, when every sentence of `text` holding it sets a target; else None."""
    claim = normalize(proposition)
    if not claims_done(claim):
        return None
    plain = normalize(text)
    shared = shared_run(claim, plain)
    if _NOT_WORD.search(shared) or len(shared) < MIN_SHARED_THING:
        return None  # (a run of the plan's words only, 5G among them: no punctuation)
    holding = [s for s in _SENTENCE_END.split(plain) if shared in s]
    return shared if holding and all(is_target_sentence(s) for s in holding) else None


def _in_plan_words(claim: str, text: str) -> str:
    """The claim with each everyday Chinese name the glossary gives the plan's words for (广交会)
    written as `text` writes it (中国进出口商品交易会)."""
    for left, right in _chinese_synonyms():
        if left in claim and (plan := next((w for w in right.split() if w in text), None)) is not None:
            claim = claim.replace(left, plan)
    return claim


# the plan's verbs for work still to do: a thing one of them governs is a task, not a result
_TO_DO = re.compile(
    r"推动|推进|促成|促进|筹备|筹建|探索|争创|力争|争取|加快|加速|谋划|打造|规划|支持|鼓励|实施|开展|启动|引导"
    r"|构建|建立|培育|引进|创建|申报|着力|逐步|稳步|有序|大力|积极|深化|完善"
)
MIN_TASK_THING = 4  # characters of a claim's own wording a task's clause must share
_CLAUSE_CUT = re.compile(r"[，,；;。！？!?]")


_EN_ALREADY = re.compile(r"\b(?:already|has been|have been)\b", re.I)


def task_taken_for_done(proposition: str, quotes: Sequence[tuple[str, bool]]) -> str | None:
    """What a claim takes for done (「文化论坛已经永久落户海珠」) that the plan sets as a task
    (「促成文化论坛永久落户海珠区」): the longest run of the claim's words (at least MIN_TASK_THING
    characters; for an English claim, the most of the plan's words for its words) in a clause of
    the quotes where a to-do verb and no word of a result comes before it; None when the claim
    does not say done, or a quote that reports the past (`quotes`: each text with whether it
    does) holds as much of the claim. An English claim is read again by the plan's words for
    the first thing it names before "already" alone: "a duty-free shop is already open at the
    port" is of the shop, whatever else the sentence names."""
    claim = normalize(proposition)
    if not claims_done(claim):
        return None
    if not is_latin_query(claim):
        # (广交会 of the claim in the plan's words, 中国进出口商品交易会)
        return _task_held(_in_plan_words(claim, normalize(" ".join(t for t, _ in quotes))), None, quotes)
    english = [w for w in plan_words(claim) if CJK_RUN.fullmatch(w)]
    if (found := _task_held(claim, english, quotes)) is not None or not (done := _EN_ALREADY.search(claim)):
        return found
    before = claim[: done.start()]
    named = sorted(
        (before.find(left.split()[0]), words)
        for left, words in english_rows(before)
        if left not in _EN_FRAME and any(CJK_RUN.fullmatch(w) for w in words)
    )
    subject = [w for w in english if named and w in named[0][1]]
    return _task_held(claim, subject, quotes) if subject else None


def _task_held(claim: str, english: list[str] | None, quotes: Sequence[tuple[str, bool]]) -> str | None:
    """`task_taken_for_done` by a run of the claim's own words, or by `english` (plan words)."""
    best: tuple[int, str] = (0, "")
    task = False
    for text, past in quotes:
        for sentence in _SENTENCE_END.split(normalize(text)):
            for clause in _CLAUSE_CUT.split(sentence):
                if english is not None:
                    held = [w for w in english if w in clause]
                    size, run = len(held), min(held, key=clause.find, default="")
                else:
                    run = shared_run(claim, clause)
                    size = len(run) if len(run) >= MIN_TASK_THING and not _NOT_WORD.search(run) else 0
                if not size or size < best[0]:
                    continue
                before = clause[: clause.find(run)]
                is_task = not past and _TO_DO.search(before) is not None and _DONE_WORDING.search(before) is None
                if size > best[0] or not is_task:
                    best, task = (size, run), is_task
    return best[1] if task else None


# the last characters of a body's name (区检察院, 区法院, 区教育局, 行业协会)
_BODY_ENDS = r"(?:[院局委厅署办]|协会|商会|学会|联合会|基金会|委员会)"
_BODY_TAIL = re.compile(_BODY_ENDS + "$")
_BODY_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}?" + _BODY_ENDS)


_LED_BY = re.compile(r"由([\u4e00-\u9fff]{2,12}?)(?:来|去)?(?:牵头|负责|主导|主办|承办|承担)")
# a body the plan gives a task to (「发挥区楼宇办的作用」, 「依托…中心」, 「由…」)
_PLAN_BODY = re.compile(rf"(?:发挥|依托|由)([\u4e00-\u9fff]{{1,10}}?(?:{_BODY_ENDS}|中心))")


def leader_elsewhere(proposition: str, quoted: str) -> tuple[str, str] | None:
    """A body the claim says leads a task (「由区商务局牵头」) that the quote does not name, where the
    sentence of the quote sharing most of the claim's words gives the task to another body
    (「发挥区楼宇办的作用…开展楼宇评星评奖」): (the claim's body, the plan's), else None."""
    claim, said = normalize(proposition), normalize(quoted)
    led = _LED_BY.search(claim)
    if led is None or led.group(1) in said:
        return None
    rest = claim.replace(led.group(0), "")
    sentence = max(_SENTENCE_END.split(said), key=lambda s: len(shared_run(rest, s)), default="")
    if len(shared_run(rest, sentence)) < MIN_SHARED_SCOPE:
        return None
    # (or who it says bears the duty, named by what they did: 「由造成土壤污染的单位或个人承担」)
    # (written a little otherwise, 「造成污染的单位或者个人」, it is the same one)
    bodies = [*_PLAN_BODY.finditer(sentence), *_BORNE_BY.finditer(sentence)]
    theirs = [m.group(1) for m in bodies if len(shared_run(m.group(1), led.group(1))) < _SAME_ITEM_CHARS]
    return (led.group(1), theirs[0]) if theirs else None


# 「由中山大学来建设鹏城实验室广州基地」: who, by the claim, does what to which thing
_AGENT_DOES = re.compile(
    # (「支持中山大学建设X」, 「依托X打造Y」: the body the plan backs in the task is its agent too)
    r"(?:由|支持|依托)([\u4e00-\u9fff]{2,12}?)(?:来|去|负责|牵头|统一|全部)?(建设|建|打造|运营|承办|主办|举办|组建|开发|管理|承担)([\u4e00-\u9fff]{3,})"
)


_JOINED = re.compile(r"[和与及同、]")


def agent_swapped(proposition: str, quoted: str) -> tuple[str, str] | None:
    """The claim gives a task to a body (「由中山大学来建设X」) where the quote's sentence doing the
    same to the same thing names another before it (「支持琶洲实验室建设X」): (the claim's body, the
    words before the task in the quote), else None."""
    m = _AGENT_DOES.search(normalize(proposition))
    if m is None:
        return None
    agent, act = m.group(1), m.group(2) + m.group(3)
    for sentence in _SENTENCE_END.split(normalize(quoted)):
        run = shared_run(act, sentence)
        if len(run) < MIN_SHARED_SCOPE or not run.startswith(m.group(2)):
            continue
        before = re.split(r"[，,。；;、:：]", sentence[: sentence.index(run)])[-1]
        # (「港澳和区内科研机构」 is the plan's 「港澳与区内科研机构」: joined by another word)
        if (
            len(before) >= 2
            and _JOINED.sub("", agent) not in _JOINED.sub("", before)
            and not _close_together(agent, before)
        ):
            return agent, before
    return None


MIN_BRACKETED_THING = 6  # characters of the bracketed thing's name the claim must share (旅游集散中心)
# 「广州旅游集散中心(海珠客运站)」: a thing with where it is, in brackets after it
_PLACED_IN_BRACKETS = re.compile(r"([\u4e00-\u9fff]{3,20})[(（]([\u4e00-\u9fff]{2,10})[)）]")


def bracket_place_swapped(proposition: str, quoted: str) -> tuple[str, str] | None:
    """The claim puts a thing the quote places in brackets (「集散中心(海珠客运站)」) at the place the
    quote gives another thing (「问询中心(广州塔)」), and not at its own: (the claim's place, the
    quote's place for the thing), else None."""
    claim = normalize(proposition)
    placed = [(m.group(1), m.group(2)) for m in _PLACED_IN_BRACKETS.finditer(normalize(quoted))]
    for thing, place in placed:
        if len(shared_run(thing, claim)) < MIN_BRACKETED_THING or place in claim:
            continue
        for other, there in placed:
            if other != thing and there in claim and there != place:
                return there, place
    return None


# a word that names a body or a fund that carries a task (教育局, 慈善会, 互联网法院, 研究中心)
_BODY_WORD = re.compile(r"(?:[局委院厅署办]|[^社机都大晚聚学]会|中心|基金|法院|小组|政府)$")
_BODY_FLAGS = ("n", "nt", "nr", "nz", "ns", "j")


def _body_words(text: str) -> list[str]:
    return [w for w, flag in pseg.lcut(text) if len(w) >= 2 and flag in _BODY_FLAGS and _BODY_WORD.search(w)]


def body_swapped(proposition: str, quoted: str) -> tuple[str, str] | None:
    """A body the claim says carries the task (「靠区教育局的专项基金」) that the quote does not
    name, where the quote's sentence sharing most of the claim's other words names another body
    that the claim does not (「依托区慈善会教科文卫基金」): (the claim's body, the plan's), else None."""
    claim, said = normalize(proposition), normalize(quoted)
    mine = [w for w in _body_words(claim) if w not in said and not _close_together(w, said) and not glossed_in(w, said)]
    if not mine:
        return None
    rest = claim
    for w in mine:
        rest = rest.replace(w, " ")
    sentence = max(_SENTENCE_END.split(said), key=lambda s: len(shared_run(rest, s)), default="")
    if len(shared_run(rest, sentence)) < MIN_SHARED_SCOPE:
        return None
    # (jieba may cut a body's name apart, 仲裁 院: then it is read by how it ends)
    named = _body_words(sentence) or [m.group(0) for m in _BODY_NAME.finditer(sentence)]
    theirs = [w for w in named if w not in claim and not any(w in m or m in w for m in mine)]
    return (mine[0], theirs[0]) if theirs else None


def glossed_in(word: str, text: str) -> bool:
    """The glossary gives `word` (an abbreviation or everyday name: 广交会) the plan's own wording
    (中国进出口商品交易会), and `text` writes that wording."""
    return any(left in word and right in text for left, right in _chinese_synonyms())


@lru_cache(maxsize=1)
def _chinese_synonyms() -> tuple[tuple[str, str], ...]:
    """The glossary's rows whose everyday word is Chinese (广交会), of the ≈ 3,850."""
    return tuple((left, right) for left, right in synonyms() if CJK_RUN.fullmatch(left))


def body_swapped_en(proposition: str, quoted: str) -> tuple[str, str] | None:
    """The English counterpart of `body_swapped`: a body the claim names in the glossary's words
    ("the State Council": 国务院) that the quote does not, where the quote's sentence holding the
    claim's other things names another body (省…领导小组): (the claim's body, the plan's), else None."""
    if not is_latin_query(proposition):
        return None
    said = normalize(quoted)
    rows = [ws for _, ws in english_rows(proposition)]
    words = [w for ws in rows for w in ws]
    # (a row the quote holds in one of its words is not put otherwise: "fair" is 展会 as well as 交易会)
    mine = [w for ws in rows if not any(x in said for x in ws) for w in ws if _BODY_WORD.search(w)]
    things = [w for w in words if not _BODY_WORD.search(w) and w in said]
    if not mine or not things:
        return None
    hits = {s: sum(w in s for w in things) for s in _SENTENCE_END.split(said)}
    sentence = max(hits, key=lambda s: hits[s])
    theirs = [w for w in _body_words(sentence) if not any(w in m or m in w for m in mine)]
    if theirs and hits[sentence]:
        return mine[0], theirs[0]
    # who bears a duty, in the sentences holding all but one of the claim's things: which of them
    # says it is not told by one more shared word (「…治理与修复终身责任制」 beside 「由…承担治理责任」)
    near = sorted((s for s, n in hits.items() if n >= max(hits[sentence] - 1, 2)), key=lambda s: -hits[s])
    borne = [m.group(1) for s in near for m in _BORNE_BY.finditer(s) if not any(w in m.group(1) for w in mine)]
    return (mine[0], borne[0]) if borne else None


# who the plan says bears a duty, named by what they did (「由造成土壤污染的单位或个人承担治理责任」)
_BORNE_BY = re.compile(r"由([\u4e00-\u9fff]{2,16}?)(?:承担|负责)")


def _body_kind(name: str) -> str:
    """What kind of body a name ends as: 院, 局, 协会…"""
    m = _BODY_TAIL.search(name)
    return m.group(0) if m else ""


# a zone named by the plan: a name before a zone word (中大纺织商圈, 琶洲核心片区), not the word alone
_ZONE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,}(?:商圈|片区|核心区|试验区|新城|商务区|园区|科学城|大学城|知识城)$")
# a road, a station, a bridge or a square by its name (新港路, 海珠客运站), which jieba seldom tags
_SITE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,}(?:路|大道|大街|客运站|站|桥|码头|口岸|广场)$")


def place_unquoted_en(
    proposition: str, question: str, quoted: str, headings: str = ""
) -> tuple[str, tuple[str, ...]] | None:
    """A place an English claim (`proposition`, as asked in `question`) names by its proper name
    ("Foshan", "Russian"), that the quote (its sentences holding the claim's other things, or
    its `headings`) does not hold ("Guangzhou–Foshan twin-city forum" where the plan has 广深): the English name
    and the plan's words for it, else None. A name held only inside a longer one (俄罗斯 of
    白俄罗斯) is not held; the frame (Haizhu, Guangzhou) is not what a claim says."""

    def place(words: Sequence[str]) -> bool:
        # (a zone by its plan name, 「中大纺织商圈」, is a place too, though jieba has no tag for it)
        return all(
            w not in FRAME_PLACES
            and (pseg.dt.word_tag_tab.get(w) == "ns" or _ZONE_NAME.search(w) is not None or _SITE_NAME.search(w))
            for w in words
        )

    # (held by the sentences that hold the rest of the claim: 广州科学城 named in another sentence of
    # the quote, as a model to learn from, does not put the claim's thing there)
    # (the quote's headings name where all of it is)
    # (two things at least: one, 琶洲 the asker names in passing, does not say which sentence is about it)
    held = f"{_holding(proposition, quoted, place, least=2)} {normalize(headings)}"
    return _proper_name_unquoted(proposition, question, held, place, _place_held)


def _holding(proposition: str, quoted: str, kind: Callable[[Sequence[str]], bool], least: int = 1) -> str:
    """The sentences of the quote holding the most of an English claim's things (the glossary's
    plan words, but for those of `kind`: places, bodies); the whole quote when none holds
    `least` of them."""
    said = normalize(quoted)
    things = [w for _, ws in english_rows(proposition) if not kind(ws) for w in ws if w in said]
    sentences = [s for s in _SENTENCE_END.split(said) if s.strip()] or [said]
    most = max(sum(w in s for w in things) for s in sentences)
    return " ".join(s for s in sentences if sum(w in s for w in things) == most) if most >= least else said


# what a body's name ends as in the plan's words (中山大学, 广州美术学院, 区法院, 市委)
_EN_BODY_END = re.compile(
    r"(?:大学|学院|研究院|研究所|实验室|法院|检察院|政府|委员会|基金会|政协|人大|常委会|[局委院厅署办])$"
)


def body_unquoted_en(proposition: str, question: str, quoted: str) -> tuple[str, tuple[str, ...]] | None:
    """A body an English claim names by its proper name ("Sun Yat-sen University", "the Municipal
    Party Committee") that the quote's sentences holding most of the claim's other things do not
    name (中山大学 where the sentence on the 名片 names 广州美术学院; a body named in another
    sentence of the quote carries something else): the English name and the plan's words for
    it, else None."""
    if not is_latin_query(proposition):
        return None
    return _proper_name_unquoted(
        proposition,
        question,
        _holding(proposition, quoted, _all_bodies),
        _all_bodies,
        lambda word, text: word in text,
        whole=True,
    )


def body_name_unprinted_en(question: str, plan_text: str) -> tuple[str, str] | None:
    """A body an English claim names in full ("the Guangzhou Intellectual Property Court") whose
    last two parts are each the plan's words (知识产权, 法院) but never together: (the English
    name as written, the plan's word for its kind of body: 法院), else None. The plan's
    广州互联网法院 is another court."""
    # (each of names joined by "and": "Pazhou and Sun Yat-sen University" is two)
    for name in (n.lower() for m in _EN_PROPER.finditer(question) for n in re.split(r"\s+(?:and|&)\s+", m.group(1))):
        found = [(english, words) for english, words in english_rows(name) if any(CJK_RUN.fullmatch(w) for w in words)]
        found.sort(key=lambda row: name.find(row[0]))  # (in the name's order: the body's kind last)
        rows = [words for _, words in found]
        if len(rows) < 2 or not name.endswith(found[-1][0]) or not all(_EN_BODY_END.search(w) for w in rows[-1]):
            continue
        if not any(x + y in plan_text for x in rows[-2] for y in rows[-1]):
            return _written_name(name, question), rows[-1][0]
    return None


# an event by its English name ("the World Artificial Intelligence Conference") and the plan's named
# events (世界5G大会, 中国(广州)国际投资年会, 湿地国际音乐节)
_EN_EVENT = re.compile(
    r"\b(?:conference|convention|congress|summit|forum|expo|exposition|festival|fair|games|biennale)$"
)
_PLAN_EVENT = re.compile(
    r"[\u4e00-\u9fffA-Za-z0-9()（）]{0,14}(?:大会|年会|会议|论坛|峰会|博览会|交易会|展览会|艺术节|音乐节|文化节|大赛)"
)
# the words every event's name may carry that say nothing of what it is about
_EVENT_FRAME = frozenset("世界 国际 全球 全国 中国 广州 海珠 年度 国家".split())


@lru_cache(maxsize=1)
def _plan_events(plan_text: str) -> tuple[str, ...]:
    """The events the plan names (read once: the plan's text does not change)."""
    return tuple(m.group(0) for m in _PLAN_EVENT.finditer(plan_text))


def event_name_unprinted_en(question: str, plan_text: str) -> str | None:
    """An event an English claim names in full ("the World Artificial Intelligence Conference")
    whose subject, in the glossary's words (人工智能), no event the plan names is about (the plan
    seeks a home for the 世界5G大会): the name as written, else None."""
    events = _plan_events(plan_text)
    for m in _EN_PROPER.finditer(question):
        name = m.group(1).lower()
        if not _EN_EVENT.search(name):
            continue
        subject = [
            w
            for english, words in english_rows(name)
            if not _EN_EVENT.search(english)
            for w in words
            if CJK_RUN.fullmatch(w) and w not in _EVENT_FRAME
        ]
        if subject and not any(w in e for w in subject for e in events):
            return _written_name(name, question)
    return None


# what a claim says a thing is called: 「品牌叫“羊城不夜天”」, 「名为X」; a quoted name with the noun
# it names after it: 「“X”平台」, "a 'Haizhu Talent Pass' platform"
_CALLED = re.compile(
    r"([\u4e00-\u9fff]{2,4})(?:叫做?|名为|名叫|称为|称作|命名为)\s*[“「『\"]?([^“”「」『』\"，,。？?！!\s]{2,20}?)[”」』\"]?(?=[，,。？?！!\s]|$)"
)
_QUOTED_THEN = re.compile(r"[“「『\"]([^“”「」『』\"]{2,20})[”」』\"]([\u4e00-\u9fff]{2,4})")
_QUOTED_THEN_EN = re.compile(r"(?<![a-z])['‘\"“]([a-z][^'’\"”]{2,40})['’\"”]\s+([a-z]{3,}(?:-[a-z]+)?)", re.I)
_PLAN_QUOTED = re.compile(r"[“「『\"]([^“”「」『』\"]{2,20})[”」』\"](?:[(（][^)）]{1,12}[)）])?")
_NAME_REACH = 8  # characters from the plan's quoted name to the noun it names


def name_swapped(proposition: str, question: str, sentence: str, missing: Sequence[str]) -> tuple[str, str] | None:
    """A name the claim gives a thing (「夜间消费品牌叫“羊城不夜天”」, "a 'Haizhu Talent Pass'
    platform") that the plan never prints (`missing`), where `sentence` gives the same kind of
    thing another quoted name (「打响“YOUNG城YEAH市”(羊城夜市)夜间消费品牌」, 「“人才小管家”平台」):
    (the claim's name, the plan's), else None."""
    claim = normalize(proposition)
    named: list[tuple[str, tuple[str, ...]]] = []  # (the claim's name, the plan's words for its noun)
    if is_latin_query(claim):
        for m in _QUOTED_THEN_EN.finditer(normalize(question)):
            named.append((m.group(1), tuple(w for w in plan_words(m.group(2)) if CJK_RUN.fullmatch(w))))
    else:
        named += [(m.group(2), (m.group(1)[-2:],)) for m in _CALLED.finditer(claim)]
        named += [(m.group(1), (m.group(2)[:2],)) for m in _QUOTED_THEN.finditer(claim)]
    said = normalize(sentence)
    for name, nouns in named:
        if not nouns or not any(w in name.lower() or name.lower() in w for w in missing):
            continue
        for theirs in _PLAN_QUOTED.finditer(said):
            after = said[theirs.end() : theirs.end() + _NAME_REACH]
            if theirs.group(1) != name and any(n in after for n in nouns):
                return name, theirs.group(1)
    return None


def _written_name(name: str, question: str) -> str:
    """`name` as `question` writes it (its capitals kept)."""
    at = question.lower().find(name)
    return question[at : at + len(name)] if at >= 0 else name


def _all_bodies(words: Sequence[str]) -> bool:
    return bool(words) and all(pseg.dt.word_tag_tab.get(w) == "nt" or _EN_BODY_END.search(w) is not None for w in words)


_LIST_PIECE = re.compile(r"[、，,；;。！？!?]")


def label_crossed_en(proposition: str, question: str, quoted: str) -> tuple[str, str] | None:
    """An English claim that pairs a body or place it names by its proper name with a word that
    the quote's list gives another item ("Sun Yat-sen University as the 'art name card'" where
    the list runs 「“教育名片”中山大学、“艺术名片”十香园」): the two items share the list's word
    (名片), the claim's word is with the other: (the name's plan word, the claim's word), else
    None. A piece of the quote holding both bears the claim out."""
    if not is_latin_query(proposition):
        return None
    said = normalize(quoted)
    pieces = [p for p in _LIST_PIECE.split(said) if p.strip()]
    names: list[str] = []
    others: list[str] = []
    for english, words in english_rows(proposition):
        named = _written_proper(english, question) and (
            _all_bodies(words) or all(pseg.dt.word_tag_tab.get(w) == "ns" for w in words)
        )
        (names if named else others).extend(w for w in words if w in said)
    for x in names:
        for w in others:
            if any(x in p and w in p for p in pieces):
                continue
            for mine in (p for p in pieces if x in p):
                shared = [c for c in others if c != w and c in mine]
                if any(w in p and x not in p and any(c in p for c in shared) for p in pieces):
                    return x, w
    return None


def _proper_name_unquoted(
    proposition: str,
    question: str,
    quoted: str,
    kind: Callable[[Sequence[str]], bool],
    held: Callable[[str, str], bool],
    *,
    whole: bool = False,
) -> tuple[str, tuple[str, ...]] | None:
    """The first glossary row of an English claim whose plan words are of `kind`, written
    capitalised in `question` (a proper name, not "typhoon" or "the court"), none of them `held`
    by the quote: (its English, its plan words), else None. `whole`: a name that opens a longer
    proper name is not read (a body's name before a zone's words)."""
    if not is_latin_query(proposition):
        return None
    said = normalize(quoted)
    for english, words in english_rows(proposition):
        if (
            words
            and kind(words)
            and _written_proper(english, question)
            and not (whole and _opens_longer_name(english, question))
            and not any(held(w, said) for w in words)
        ):
            return english, words
    return None


def _written(english: str, question: str) -> re.Match[str] | None:
    """Where `question` writes the glossary's `english` (its words apart or hyphenated)."""
    return re.search(r"(?<![A-Za-z])" + r"[\s\-]+".join(map(re.escape, english.split())), question, re.I)


def _opens_longer_name(english: str, question: str) -> bool:
    """`question` writes `english` as the start of a longer proper name ("Sun Yat-sen University
    International Innovation Ecological Valley" is a zone, not the university)."""
    written = _written(english, question)
    return written is not None and re.match(r"\s+(?:of\s+|and\s+|&\s+)?[A-Z]", question[written.end() :]) is not None


def _written_proper(english: str, question: str) -> bool:
    """`question` writes the glossary's `english` capitalised: a proper name, not "typhoon"."""
    written = _written(english, question)
    return written is not None and written.group(0)[0].isupper()


# the one-character names of the Greater Bay Area's cities, joined in the plan's pairs (广深, 港澳, 深莞)
_BAY_SHORT = "穗广深港澳佛莞珠"


def _place_held(place: str, text: str) -> bool:
    """`text` names the place, not only as the end of a longer place name (白俄罗斯 for 俄罗斯),
    or by its one character in a pair of the bay's cities (深圳 in 「广深合作」)."""
    for ch in {place[0], place[-1]} & set(_BAY_SHORT):
        if re.search(rf"[{_BAY_SHORT}]{ch}|{ch}[{_BAY_SHORT}]", text):
            return True
    for m in re.finditer(re.escape(place), text):
        i, j = m.start(), m.end()
        longer = (text[a:b] for a in range(max(0, i - 3), i) for b in range(j, min(len(text), j + 3) + 1))
        if not any(pseg.dt.word_tag_tab.get(w) == "ns" for w in longer):
            return True
    return False


# the plan's numbered slogans, a numeral before each word (三门两线六景, 一区一谷一圈), and an
# English run of small numbers a few words apart ("three gates, two lines and eight scenes")
_SLOGAN = re.compile(r"(?:[一二两三四五六七八九十][\u4e00-\u9fff](?<![一二两三四五六七八九十]{2})){2,}")
_EN_SMALL_NUMBER = re.compile(rf"(?<![\w.])({_EN_NUMBERS}|[1-9])(?=[\s-]+[a-z])", re.I)
_SLOGAN_GAP = 20  # characters at most from one number of an English run to the next


def slogan_numbers_off(proposition: str, quoted: str) -> tuple[str, str] | None:
    """An English claim that gives a numbered slogan of the plan with another number in it
    ("three gates, two lines and eight scenes" where the plan has 三门两线六景): the claim's
    numbers, in order, and the plan's slogan, where they are as many, at least one agrees and
    one does not. Else None."""
    claim = normalize(proposition)
    if not is_latin_query(claim):
        return None
    runs: list[list[int]] = []
    last = -_SLOGAN_GAP - 1
    for m in _EN_SMALL_NUMBER.finditer(claim):
        word = m.group(1).lower()
        n = int(word) if word.isdigit() else EN_NUMBER[word]
        if runs and m.start() - last <= _SLOGAN_GAP:
            runs[-1].append(n)
        else:
            runs.append([n])
        last = m.start()
    for slogan in _SLOGAN.findall(normalize(quoted)):
        theirs = [chinese_number(ch) for ch in slogan[::2]]
        for ours in runs:
            if len(ours) == len(theirs) >= 2 and ours != theirs and any(a == b for a, b in zip(ours, theirs)):
                return " ".join(map(str, ours)), slogan
    return None


def body_elsewhere_en(proposition: str, quoted: str) -> tuple[str, str] | None:
    """An English claim that gives a task to a body the quote does not name where it says the
    task ("the district court adopted 双员互聘" where the plan has 区检察院…率先实行“双员互聘”): the
    clause of the quote holding most of the claim's other words names another body of the same
    kind (…院 for …院, …协会 for …协会) and none of the claim's. (the claim's body, the clause) or None."""
    claim = normalize(proposition)
    if not is_latin_query(claim):
        return None
    words = [w for w in (*plan_words(claim), *CJK_RUN.findall(claim)) if CJK_RUN.fullmatch(w) and len(w) >= 2]
    bodies = [w for w in words if _body_kind(w)]
    others = [w for w in words if w not in bodies]
    if not bodies or not others:
        return None
    clauses = [c for c in _CLAUSE_CUT.split(normalize(quoted)) if c]
    held, clause = max(((sum(w in c for w in others), c) for c in clauses), default=(0, ""))
    # (a body is held in any of the glossary's words for it: "research institutes" is 科研院所 too)
    rows = [ws for _, ws in english_rows(claim)]
    if not held or any(b in clause or any(x in clause for ws in rows if b in ws for x in ws) for b in bodies):
        return None
    theirs = {_body_kind(m.group(0)) for m in _BODY_NAME.finditer(clause)}
    return next(((b, clause) for b in bodies if _body_kind(b) in theirs), None)


# the level an English claim gives a body, a plan or a title ("municipal", "provincial"), in the
# plan's one character; and the levels a clause of the plan writes (区级, 市委, 广东省, 国家)
_EN_LEVELS = (
    (r"municipal|city", "市"),
    (r"provincial|province|guangdong provincial", "省"),
    (r"national|state|nationwide", "国"),
    (r"district", "区"),
)
# (the noun phrase may be quoted: "the national 'ten-thousand-li greenway' programme")
# (a quoted name is taken whole: the national "Ten Measures for the Private Economy")
_EN_LEVEL_NOUN = (
    r"\b(?:{words})(?:[- ](?:level|run|owned))?\s+"
    r"([‘“\"][a-z][a-z -]{{2,60}}[’”\"]|(?:['‘“\"]?[a-z-]+['’”\"]?\s+){{0,3}}['‘“\"]?[a-z-]+)"
)
# (or a level's one character before a quoted name: 落实省“万里碧道”工程任务; the city by its name: 广州市人才绿卡制度)
_PLAN_LEVEL = re.compile(
    r"([国省市区])(?:级|委|属|直属)|(?<=广东)(省)|(?<=广州)(市)(?![区场民])|(国)家|(?<=全)(国)|(?<![城都超门])([省市])(?=[“「])"
)
_EN_LEVEL_HEADS = {"plan": "规划", "plans": "规划", "planning": "规划"}
_EN_LEVEL_NEEDS = re.compile(r"[- ](?:level|run|owned)\b|\b(?:municipal|provincial|national)\b", re.I)


def level_elsewhere_en(proposition: str, quoted: str) -> tuple[str, str] | None:
    """An English claim that gives a thing a level ("municipal-level plans", "the Guangzhou
    Municipal … Association") where every clause of the quote naming that thing in the plan's
    words writes another level and never the claim's (区级相关规划, 广东省…协会): (the claim's
    level, the levels written), else None. ("the district" alone is Haizhu, not a level.)"""
    for level, written in _levels_written_en(proposition, quoted):
        if written and level not in written:
            return level, "".join(sorted(written))
    return None


def level_held_en(proposition: str, text: str) -> bool:
    """A clause of `text` naming the English claim's leveled thing writes the claim's level
    (「爭創國家級全域旅游示范區」 for "a national all-for-one tourism demonstration zone")."""
    return any(level in written for level, written in _levels_written_en(proposition, text, every=True))


def _levels_written_en(proposition: str, quoted: str, every: bool = False) -> list[tuple[str, set[str]]]:
    """Each level an English claim gives a thing, with the levels the quote's clauses naming that
    thing (in the plan's words; `every`: two of them at least) write."""
    claim = normalize(proposition)
    if not is_latin_query(claim):
        return []
    out: list[tuple[str, set[str]]] = []
    clauses = [c for c in _CLAUSE_CUT.split(normalize(quoted)) if c]
    for words, level in _EN_LEVELS:
        for m in re.finditer(_EN_LEVEL_NOUN.format(words=words), claim, re.I):
            if not _EN_LEVEL_NEEDS.search(m.group(0)):
                continue
            # (the glossary leaves "plan" out, the frame of every question: a level's plan is 规划)
            head = m.group(1).split()[0].strip("'‘’\"“”").lower()
            found = [*plan_words(m.group(1)), *([_EN_LEVEL_HEADS[head]] if head in _EN_LEVEL_HEADS else [])]
            if head in ("one", "ones"):  # "the AI industrial park … is a national-level one": what it stands for
                found = plan_words(claim[: m.start()])
            things = [w for w in found if CJK_RUN.fullmatch(w) and not _PLAN_LEVEL.search(w)]
            least = min(2, len(things)) if every else 1  # (the glossary gives a word's readings: 旅游 or 文旅)
            naming = [c for c in clauses if things and sum(w in c for w in things) >= least]
            out.append((level, {next(g for g in lv.groups() if g) for c in naming for lv in _PLAN_LEVEL.finditer(c)}))
    return out


_DIRECTION = re.compile(r"([东西南北中])(部|侧|面|岸|边|片区)")
# the same in English: a compass point, as a part ("western") or a side ("the south side", "north bank")
# (not a bare point, which names a road: "Yuejiang West Road")
_EN_DIRECTION = re.compile(
    r"\b(north|south|east|west)(?:ern\b(?:\s+(side|bank|part|area)\b)?|\s+(side|bank|part|area)\b)"
)
_COMPASS = {"north": "北", "south": "南", "east": "东", "west": "西"}
_SIDE = {"side": "侧", "bank": "岸", "part": "部", "area": "部", "": "部"}
_CLAUSE_END = re.compile(r"[，,；;。]")


def other_direction(proposition: str, quoted: str, names: Sequence[str] = ()) -> bool:
    """The claim puts something in one part of the district (西部) and the evidence names another
    part of the same kind (东部) but not the claim's — or, for a thing the claim names (`names`),
    the clause of the evidence that names it gives another part (「在中部建设中大国际创新生态谷」
    against a claim of 东部): the plan says it is elsewhere."""
    text = normalize(quoted)
    clauses = [c for c in _CLAUSE_END.split(text) if any(normalize(n) in c for n in names)]

    def other(m: re.Match[str], where: str) -> bool:
        return any(o.group(2) == m.group(2) and o.group(1) != m.group(1) for o in _DIRECTION.finditer(where))

    claim = normalize(proposition)
    if is_latin_query(claim):  # ("the south side of the road": 南侧; "its western old town": 西部)
        claim += " " + " ".join(
            _COMPASS[m.group(1)] + _SIDE[m.group(2) or m.group(3) or ""] for m in _EN_DIRECTION.finditer(claim)
        )
    for m in _DIRECTION.finditer(claim):
        if m.group(0) not in text and other(m, text):
            return True
        if any(m.group(0) not in clause and other(m, clause) for clause in clauses):
            return True  # the clause that names the thing puts it elsewhere
    return False


# what a claim may name in a slot the plan fills with something else: a thing, place, body or
# kind (jieba's nouns, names, abbreviations and distinguishing words: 全日 in 「全日步行街」)
_SLOT_FLAGS = frozenset(("n", "ns", "nt", "nz", "nr", "j", "b", "l", "eng"))
_LINK = frozenset("给到为在至于向由和与及的")  # what stands between a slot and its anchor
_GENERIC = frozenset("规划 纲要 海珠 海珠区 广州 广州市 全区 区里 政府".split())  # the plan's own frame
# … which is still a slot where the plan puts the thing at another level of it (落户广州, not 海珠区)
_FRAME_LEVEL = {
    "海珠": "区", "海珠区": "区", "广州": "市", "广州市": "市", "广东": "省", "广东省": "省",
    "全国": "国", "中国": "国", "国家": "国",
}  # fmt: skip


def swapped_slot(
    proposition: str, quoted: str, same: Callable[[str, str], bool] = lambda a, b: False
) -> tuple[str, str] | None:
    """A word of the claim the quote does not have, where the quote has another word in the
    same place: before the same next word (南沙 / 琶洲 before 物流輪候區; 全日 / 分時制 before
    步行街), or after the same word before it (下放給 区内高校 / 數字產業頭部企業). `same(a, b)`:
    the two are one thing in other words (a synonym). Returns (the claim's word, the plan's)."""
    text = normalize(quoted)
    if (named := _quoted_name_swapped(normalize(proposition), text)) is not None:
        return named
    words = _joined_names([(w, f) for w, f in pseg.lcut(normalize(proposition)) if w.strip()])

    def fills(theirs: str, word: str, anchor: str = "") -> bool:
        if word in _GENERIC and (frame := _FRAME_LEVEL.get(word)) is not None:  # 落户海珠区 where the plan has 落户广州
            return _FRAME_LEVEL.get(theirs, frame) != frame
        kind = _slot_kind(word)
        return (
            bool(theirs)
            and theirs not in proposition
            and not same(word, theirs)
            # a place for a place, a level for a level (what comes before 片区 is a place)
            and (_slot_kind(theirs) == kind or (kind == "place" and anchor in _PLACE_HEADS))
        )

    for i, (word, flag) in enumerate(words):
        if len(word) < 2 or flag not in _SLOT_FLAGS or word in text or (word in _GENERIC and word not in _FRAME_LEVEL):
            continue
        if not CJK_RUN.fullmatch(word) or _slot_kind(word) is None:
            continue
        if word[0] in _BEFORE_OBJECT and word not in pseg.dt.word_tag_tab:
            continue  # 「将村集体…」: jieba's guess joins 将 to what it takes (将村), no word of the claim
        after = next((w for w, _ in words[i + 1 : i + 4] if len(w) >= 2 and w in text), None)
        if after is not None:
            for m in re.finditer(re.escape(after), text):
                if fills(theirs := _slot_before(text[: m.start()]), word, after):
                    return word, theirs
        before = next((w for w, _ in reversed(words[max(i - 3, 0) : i]) if len(w) >= 2 and w in text), None)
        if before is not None:
            for m in re.finditer(re.escape(before), text):
                if fills(theirs := _slot_after(text[m.end() :]), word):
                    return word, theirs
    return None


# the characters that put what follows as the object (将, 把) or the place (在, 向) of a verb
_BEFORE_OBJECT = frozenset("将把被在对向从给让为以与和跟及")
_PLACE_HEADS = frozenset(("片区", "地区", "区域", "板块", "组团", "一带", "沿线", "周边"))
_NAME_WORDS = 4  # characters after a quoted name that say what it names (应急响应, 应急处置)
_QUOTED_NAME = re.compile(r"[“\"「『]([^”\"」』]{2,12})[”\"」』]的?(.{2})")


def _quoted_name_swapped(proposition: str, text: str) -> tuple[str, str] | None:
    """A name the claim puts in quotes that the quote lacks, where the quote has another quoted
    name before the same words: 「以“穗好办”小程序」 against 「以“珠事通”小程序」."""
    for m in _QUOTED_NAME.finditer(proposition):
        name, follows = m.group(1), m.group(2)
        if name in text:
            # the same quoted name, put to another body or level: 「市委“1+1+9”」 against 「省委“1+1+9”」
            ours = _last_word(proposition[: m.start()])
            for at in re.finditer(re.escape(name), text):
                body = _last_word(text[: max(at.start() - 1, 0)])
                if ours and body and ours != body and _slot_kind(ours) == _slot_kind(body) is not None:
                    if ours not in text[max(at.start() - 6, 0) : at.start()]:
                        return ours, body
            # two quoted names each put to the other's words: 「“四个一”应急响应…“一盘棋”应急处置」
            # against 「“一盘棋”应急响应…“四个一”应急处置」
            words = proposition[m.start(2) : m.start(2) + _NAME_WORDS]
            own = [o for o in _QUOTED_NAME.finditer(text) if o.group(1) == name]
            if len(words) == _NAME_WORDS and own and all(text[o.start(2) :].find(words) != 0 for o in own):
                for other in _QUOTED_NAME.finditer(text):
                    if (
                        other.group(1) != name
                        and other.group(1) in proposition
                        and text[other.start(2) :].startswith(words)
                    ):
                        return name, other.group(1)
            continue
        for other in _QUOTED_NAME.finditer(text):
            if other.group(2) == follows and other.group(1) != name:
                return name, other.group(1)
    return None


def _last_word(text: str) -> str:
    words = [w for w in pseg.lcut(text[-8:]) if w.word.strip()]
    return words[-1].word if words else ""


def _joined_names(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Characters jieba does not know, put back together: 琶 (x) + 洲 (ng) is the name 琶洲."""
    out: list[tuple[str, str]] = []
    for w, f in words:
        if out and len(w) == 1 and f in ("x", "ng") and out[-1][1] in ("x", "ng", "nz") and CJK_RUN.fullmatch(w):
            out[-1] = (out[-1][0] + w, "nz")
        else:
            out.append((w, "nz" if f in ("x", "ng") and CJK_RUN.fullmatch(w) else f))
    return out


# (国家 alone is a level too: 「国家全域旅游示范区」 is how people say 国家级…)
def slot_stated(proposition: str, word: str, quoted: str) -> bool:
    """Whether `quoted` has the claim's `word` in the claim's place: right before the claim's
    next word (国家 + 全域 in 「爭創國家級全域旅遊示範區」) or right after its word before it —
    not merely somewhere (「銜接南沙區海洋產業」 does not put 南沙 before 物流輪候區)."""
    text = normalize(quoted)
    words = [w for w, _ in pseg.lcut(normalize(proposition)) if w.strip()]
    if word not in words:
        return False
    i = words.index(word)
    after = next((w for w in words[i + 1 : i + 4] if len(w) >= 2), None)
    before = next((w for w in reversed(words[max(i - 3, 0) : i]) if len(w) >= 2), None)
    near = r".{0,3}"
    return bool(
        (after and re.search(re.escape(word) + near + re.escape(after), text))
        or (before and re.search(re.escape(before) + near + re.escape(word), text))
    )


_LEVEL = re.compile(r"(?:国家|省|市|区|县|街道|镇|世界|国际)级|国家")
_BODY_END = re.compile(
    r"(?:企业|公司|高校|大学|学院|学校|医院|集团|中心|实验室|研究院|研究所|机构|部门|政府|委员会|[省市区县党]委|协会|总会|联合会|学会|基金会|工会|商会|法院|银行)$"
)
_PLACE_END = "湾岛洲村路街港园桥江河湖山塘涌城"


def _slot_kind(word: str) -> str | None:
    """What kind of thing fills a slot: a level (省级), a body (高校, 头部企业), a place (南沙,
    琶洲, 东部), else None (a word of another kind is no swap: 评职称 for 申报)."""
    if _LEVEL.fullmatch(word):
        return "level"
    if _BODY_END.search(word):
        return "body"
    if (
        word in REGIONS
        or word[-1] in _PLACE_END
        or _DIRECTION.fullmatch(word)
        or any(f == "ns" for _, f in pseg.lcut(word))
    ):
        return "place"
    return None


def _name_like(word: str, flag: str, after_name: bool) -> bool:
    """A word that belongs to a name filling a slot: a noun, name or morpheme (jieba's x for a
    character it does not know, 琶), or a verbal noun or adjective once a name has begun."""
    return (
        flag in _SLOT_FLAGS
        or flag == "ng"
        or (flag == "x" and CJK_RUN.fullmatch(word) is not None)
        or (flag in ("vn", "a") and after_name)
    )


def _slot_before(text: str) -> str:
    """The name-like words at the end of `text` (what fills the slot before an anchor)."""
    taken: list[str] = []
    text = text[:-1] if text.endswith("的") else text  # (「区体育总会的」 before 「行业指导作用」)
    for w, f in reversed([(w, f) for w, f in pseg.lcut(text[-12:]) if w.strip()]):
        if _name_like(w, f, bool(taken)):
            taken.insert(0, w)
        elif len(w) == 1 and not taken and w not in _LINK and f not in ("x", "uj", "p", "c", "v"):
            taken.insert(0, w)  # a one-character head: 分时 + 制
        else:
            break
    found = "".join(taken)
    return found if len(found) >= 2 else ""


def _slot_after(text: str) -> str:
    """The name-like words at the start of `text`, after a linking character (给, 到, 为…)."""
    text = text.lstrip("".join(_LINK))
    taken: list[str] = []
    for w, f in [(w, f) for w, f in pseg.lcut(text[:16]) if w.strip()]:
        if _name_like(w, f, bool(taken)):
            taken.append(w)
        else:
            break
    found = "".join(taken)
    return found if len(found) >= 2 else ""


def direction_elsewhere(
    proposition: str, names: Sequence[str], sentences: Iterable[Sentence]
) -> tuple[Sentence, str] | None:
    """A clause of the plan naming one of `names` that puts it in another part of the district
    than the claim does (「在中部建设中大国际创新生态谷」 against a claim of 东部): (its sentence,
    the clause as the plan writes it), else None. `sentences` are read only when the claim puts
    something in a part of the district."""
    claimed = list(_DIRECTION.finditer(normalize(proposition)))
    if not claimed or not names:
        return None
    for sentence in sentences:
        # (normalising keeps the punctuation: the plan's own clause is cut the same way)
        for clause, own in zip(_CLAUSE_END.split(normalize(sentence.text)), _CLAUSE_END.split(sentence.text)):
            if not any(n in clause for n in names):
                continue
            for said in _DIRECTION.finditer(clause):
                if any(said.group(2) == m.group(2) and said.group(1) != m.group(1) for m in claimed):
                    return sentence, own
    return None


_NEAR = 6  # characters either side of a figure where the thing it counts is named
_AFTER = 8  # a claim names what it counts after its figure at more length (「30名教育高层次人才」)


def counted_words(proposition: str, figure: str) -> tuple[str, ...]:
    """The nouns a claim puts beside its figure, what the figure counts or measures
    (「新增10座桥」 → 桥; 「招商项目500个」 → 项目, 招商)."""
    p = normalize(proposition)
    at = p.find(figure)
    if at < 0:
        return ()
    near = p[max(0, at - _NEAR) : at] + "，" + p[at + len(figure) : at + len(figure) + _AFTER]
    return tuple(
        dict.fromkeys(w for w, flag in pseg.lcut(near) if flag[0] == "n" and CJK_RUN.fullmatch(w) and w not in _GENERIC)
    )


def en_counted_words(proposition: str, figure: str) -> tuple[str, ...]:
    """The plan's words for what an English claim counts by `figure` ("50 listed companies" →
    上市企业), from the glossary rows of the words right after its number; () when none."""
    number = number_of(figure)
    text = plain_numbers(normalize(proposition))
    m = _words_after(number, text)
    if m is None or text[: m.start()].rstrip().endswith(("per", "every")):
        return ()  # (the span of a rate, "per 1,000 residents", counts nothing)
    return tuple(w for _, words in english_rows(m.group(1)) for w in words if CJK_RUN.fullmatch(w))


def counted_apart_en(proposition: str, figure: str, quoted: str) -> bool:
    """An English claim counts something (「300 exhibitions」 → 会展, 展会) that the quote counts
    with the same number only in sentences naming none of it (「文化惠民活动300余场」): the
    figure there counts something else."""
    if unit_of(figure) not in COUNTS | {""} or not (words := en_counted_words(proposition, figure)):
        return False
    holding = [s for s in _SENTENCE_OR_CLAUSE_END.split(normalize(quoted)) if figure_in(figure, s)]
    return bool(holding) and not any(w in s for s in holding for w in words)


_SENTENCE_OR_CLAUSE_END = re.compile(r"[。！？!?；;]")


def clause_holding(figure: str, text: str) -> str:
    """The clause of `text` that states `figure` (all of `text` when none does; a code, 5A, is
    stated where it is written, not in a clause that uses no code)."""
    code = CODE_RE.fullmatch(figure) is not None
    return next(
        (c for c in _CLAIM_CLAUSE.split(normalize(text)) if (figure.lower() in c if code else figure_in(figure, c))),
        normalize(text),
    )


def counts_same_thing(figure: str, words: Sequence[str], text: str) -> int:
    """How well a figure of `text` in the claim figure's unit counts what the claim counts: the
    characters of the claim's `words` beside it (「4座桥梁」 for 「10座桥」: 1); 0 when none."""
    t = normalize(text)
    best = 0
    for other in same_kind_figures(figure, t):
        start = t.find(other)
        while start >= 0:
            near = t[max(0, start - _NEAR) : start + len(other) + _NEAR]
            best = max(best, sum(len(w) for w in words if w in near))
            start = t.find(other, start + 1)
    return best


_THING_FLAGS = frozenset(("n", "nz", "nl", "ng", "l"))
_QUALIFIER_FLAGS = frozenset(("b", "j", "s", "ns"))  # 五星级, 港澳, 地下, 商城 (jieba's tags)
# what a claim says is to be built, opened or handed out (not 打造 or 提供, which the plan says of anything)
_BUILDS = frozenset(
    "建 新建 兴建 修建 建设 建成 建个 设立 设置 开 开设 开办 办 引进 发 发放 给 配 配备 实行 推行 普及"
    " 成立 组建 筹建 增设 新设 安装 加装".split()
)  # (实行/推行/普及: a practice put in place everywhere, 「全部实行小班教学」; 成立: a body set up)
# … or applied for as a title or a listing (申报世界自然遗产): read only when the phrase ends the
# clause, as a title is named whole (「争创国家全域旅游示范区」 is not about a 「国家全域」)
_APPLIES = frozenset("申报 申请 申遗 争创 入选 列入 评为 获评".split())
_PROVIDES = _BUILDS | _APPLIES
_PHRASE_END = frozenset("的 吗 呢 吧 啊 呀 了 么 嘛 哦".split())
# verbs' nouns that name a kind inside a name (跨境电商综合试验区, 科技创新示范基地), not an act (发育)
_NAME_VERBS = frozenset("综合 创新 示范 孵化 交易 展示 体验 检测 研发 试验 实验".split())
_COUNTED = frozenset(("m", "q", "mq", "r", "b"))  # 一所, 每个, 大型 between the verb and the thing
_NEW_THING = frozenset(("新", "的"))
_SIZE_WORDS = frozenset(
    ("大型", "中型", "小型", "超大型", "特大型", "微型")
)  # 「建一间新的粤剧院」: what is built is still the thing after them


# (not how often: "every year", "each month")
_ALL_OF = re.compile(
    r"所有(?![权制者])|全部|每一?个|每一?所|每一?条|各个|一律|只要是|\b(?:all|every|each|any)\b(?! (?:year|month|week|day|quarter|time)s?\b)",
    re.I,
)
MIN_SHARED_SCOPE = 4  # characters of the claim a limiting sentence must share
_WHERE_FIT = re.compile(r"(?:条件成熟|有条件|具备条件|符合条件)的|部分|试点|重点|特殊|经认定")


def scope_overstated(proposition: str, quoted: str) -> str | None:
    """The plan's limit on a claim that says all: 「在全区所有区域打造…」 against 「在条件成熟的
    区域打造…」. The limit the quote has (and the claim lacks), else None."""
    claim, text = normalize(proposition), normalize(quoted)
    if not _ALL_OF.search(claim) or _ALL_OF.search(text):
        return None
    for sentence in _SENTENCE_END.split(text):
        for limit in _WHERE_FIT.finditer(sentence):  # (the claim may say one of them: 重点监管)
            if limit.group(0) in claim:
                continue
            # (the limit is on what the claim is about: its sentence shares a run of the claim's words,
            # not 「国家足球试点县」 in a quote about something else; an English claim shares none)
            if not CJK_RUN.search(claim) or len(shared_run(claim, sentence)) >= MIN_SHARED_SCOPE:
                return limit.group(0)
    return None


# a claim that gives each of a kind something (「每个街道都有一所…」, "every sub-district gets …"), and
# the plan's words that give or cover each (各街道, 每万人, 全覆盖, 覆盖全区)
_EACH_GETS = re.compile(
    r"(?:每一?个|每一?所|每一?条|每一?家|各个)[\u4e00-\u9fff]{1,6}?(?:都|均|各)|\b(?:every|each)\s+(?!(?:one|other|year|day|month|week|time)\b)[a-z-]+",
    re.I,
)
_EACH_GIVEN = re.compile(r"每|各|全覆盖|全面覆盖|覆盖全|所有|全部|遍及|一切")


def each_unstated(proposition: str, quoted: str) -> bool:
    """The claim gives every one of a kind something (each sub-district a new kindergarten), where
    the quote says nothing that gives or covers each: the plan does not say so much."""
    return _EACH_GETS.search(normalize(proposition)) is not None and not _EACH_GIVEN.search(normalize(quoted))


def unprinted_things(proposition: str, plan_text: str) -> list[str]:
    """What a claim says is to be built or handed out that the plan never prints, even where it
    prints each word apart: 「建一所国际学校」 (国际 and 学校 are the plan's words, 国际学校 is not).
    A run of nouns after such a verb is read as one thing; `plan_text` is the whole plan, normalised."""
    out: list[str] = []
    # (a thing in quotation marks is the thing: 设立“跨境电商综合试验区”)
    words = [*pseg.lcut(re.sub(r"[“”「」『』\"]", "", normalize(proposition))), pseg.pair("", "x")]
    run: list[str] = []
    flags: list[str] = []  # jieba's tag of each word of the run
    verb = last_verb = ""  # the verb of building or giving (or applying) the run follows
    for n, (word, flag) in enumerate(words):
        # (what qualifies the thing after the verb is part of it: 五星级酒店, 大型地下商城, 港澳子弟学校;
        # so does a verb's noun inside the run, before its head: 跨境电商 综合 试验区)
        kinds = _THING_FLAGS | _QUALIFIER_FLAGS if run or last_verb else _THING_FLAGS
        # (or any verb's noun jieba tags so between the run and its head: 区级 反诈 中心; not one
        # that opens with a verb of giving, which jieba joined to the next word: 发育 of 「发育儿补贴」)
        verbal = flag == "vn" and word[:1] not in _PROVIDES
        inside = (
            (word in _NAME_VERBS or verbal) and bool(run) and n + 1 < len(words) and words[n + 1].flag in _THING_FLAGS
        )
        if (flag in kinds or inside) and CJK_RUN.fullmatch(word) and word not in _GENERIC and word not in _PROVIDES:
            if not run:
                # (「集体建设用地」: a verb the plan writes joined to the first word is part of a name)
                # (only the verb written right before it: 「建一间新的粤剧院」 is no 「建粤」)
                joined = n > 0 and words[n - 1].word == last_verb and last_verb + word in plan_text
                verb = "" if joined else last_verb
            run.append(word)
            flags.append(flag)
            continue
        thing = "".join(run)
        whole = verb in _BUILDS or not CJK_RUN.fullmatch(word) or word in _PHRASE_END
        # (a size says nothing of what it is: 「建设一个大型体育场馆」 builds the plan's 体育场馆)
        unsized = "".join(w for w in run if w not in _SIZE_WORDS)
        if verb and whole and len(thing) >= 3 and thing not in plan_text and unsized not in plan_text:
            # named without the size words before it that the plan does not need (滑雪场 of 大型滑雪场;
            # 五星级酒店 whole, the plan has 酒店)
            sized = next((i for i, f in enumerate(flags) if f != "b"), len(run))
            tails = ["".join(run[i:]) for i in range(sized, 0, -1)]
            out.append(next((t for t in tails if len(t) >= 2 and t not in plan_text), thing))
        run, flags = [], []
        kept = flag in _COUNTED or word in _NEW_THING
        last_verb = word if word in _PROVIDES else (last_verb if last_verb and kept else "")
    return out


# (a name may join two words with +, ·: 「河长+警长」)
_NAMED_IN_QUOTES = re.compile(r"[“「『]([\u4e00-\u9fff](?:[\u4e00-\u9fff]|[+＋·・](?=[\u4e00-\u9fff])){2,10})[”」』]")


# the plan's own words an English claim cites in Chinese ("'round-the-clock' (全天候) grid governance")
_CHINESE_CITED = re.compile(r"[\u4e00-\u9fff]{2,12}")


# a title a place wins or a scheme it joins (「争创国家生态文明建设示范区」): what precedes the kind is its name
_TITLE_KINDS = "先行示范区|示范区|示范城市|示范城区|示范市|示范县|示范基地|试验区|先行区|试点区|试点城市|标杆区|样板区"
_TITLE_KIND = rf"(?:{_TITLE_KINDS})"
_DESIGNATION = re.compile(
    r"(?:争创|创建|创成|获评|评为|入选|成为|建成|打造|申报|申创)(?:为|成)?(?:一个|一家|一批|一座)?"
    rf"(?P<title>(?:国家级?|全国|省级?|广东省|市级?|广州市)?(?P<name>[\u4e00-\u9fff]{{2,12}}?){_TITLE_KIND})"
)


# … and in English, quoted: "the 'National Food Safety Demonstration City' title"
_DESIGNATION_EN = re.compile(
    r"['‘\"“]([^'’\"”]{3,80}?)\s+(?:demonstration|model|pilot|exemplary)\s+(?:city|zone|district|area|base|county)['’\"”]",
    re.I,
)


def designation_unprinted_en(proposition: str, plan_text: str) -> str | None:
    """An English claim's quoted title ("'National Food Safety Demonstration City'") none of whose
    words the plan has as the name of any such title (食品安全 is in the plan, no 食品安全示范城市
    is), else None. (A name the glossary cannot read is left to the other checks.)"""
    for m in _DESIGNATION_EN.finditer(normalize(proposition)):
        words = [w for w in plan_words(m.group(1)) if CJK_RUN.fullmatch(w) and w not in FRAME_PLACES]
        titled = (re.search(re.escape(w) + r"[\u4e00-\u9fff]{0,6}?" + _TITLE_KIND, plan_text) for w in words)
        if words and not any(titled):
            return m.group(0).strip("'‘’\"“”")
    return None


# a body, zone or title named with its level (「省级新一代人工智能创新发展试验区」)
_LEVEL_WORDS = {
    "国家级": "nation", "国家": "nation", "全国": "nation", "省级": "province", "广东省": "province",
    "省": "province", "市级": "city", "广州市": "city", "区级": "district",
}  # fmt: skip
_LEVEL_RE = "|".join(sorted(_LEVEL_WORDS, key=len, reverse=True))
_LEVELED_NAME = re.compile(rf"({_LEVEL_RE})([\u4e00-\u9fff]{{4,16}}?(?:{_TITLE_KINDS}|基地|产业园|园区|实验室|中心))")


def level_named_otherwise(proposition: str, plan_text: str) -> tuple[str, str] | None:
    """A name the claim gives at one level (「省级新一代人工智能创新发展试验区」) that the plan
    writes only at another (「国家新一代人工智能创新发展试验区」): (the claim's leveled name, the
    plan's name as written), else None."""
    for m in _LEVELED_NAME.finditer(normalize(proposition)):
        level, name = m.group(1), m.group(2)
        if m.group(0) in plan_text or name not in plan_text:
            continue
        written = list(re.finditer(rf"({_LEVEL_RE}){re.escape(name)}", plan_text))
        if written and all(_LEVEL_WORDS[w.group(1)] != _LEVEL_WORDS[level] for w in written):
            return m.group(0), written[0].group(0)
    return None


def designation_unprinted(proposition: str, plan_text: str) -> str | None:
    """A title the claim says the district strives for or won (「争创国家生态文明建设示范区」) whose
    name the plan gives no such title at all — 生态文明建设 is in the plan, never as a 示范区 —,
    else None. (A name the plan has under another kind or level, 全域旅游示范区 at 省级, is
    said otherwise, not unprinted.)"""
    for m in _DESIGNATION.finditer(normalize(proposition)):
        if not re.search(re.escape(m.group("name")) + r"[\u4e00-\u9fff]{0,2}?" + _TITLE_KIND, plan_text):
            return m.group("title")
    return None


def quoted_names_unprinted(proposition: str, plan_text: str) -> list[str]:
    """The names a claim puts in quotation marks (「港澳药械通」), or an English claim writes in
    Chinese as the plan's own words ("unified leasing (統租)"), that the plan prints nowhere."""
    text = normalize(proposition)
    named = [m.group(1) for m in _NAMED_IN_QUOTES.finditer(text)]
    if is_latin_query(text):
        named += _CHINESE_CITED.findall(text)
    return list(dict.fromkeys(n for n in named if n not in plan_text))


def english_names_unknown(proposition: str) -> list[str]:
    """The quoted English names of things in a claim none of whose words the glossary knows (the
    'Sui Kuai Ban' mini-program, a 'Shixiang Cup' contest; "'Smart Haizhu'" is the plan's
    智慧海珠). Such a name may be the plan's thing in a spelling the glossary lacks: it says the
    claim is wrong only where the quote names the same kind of thing otherwise."""
    text = normalize(proposition)
    if not is_latin_query(text):
        return []
    return list(dict.fromkeys(m.group(1) for m in _QUOTED_THEN_EN.finditer(text) if not plan_words(m.group(1))))


def words_never_printed(name: str, plan_text: str) -> list[str]:
    """The things a name holds (runs of nouns, not places) that the plan prints nowhere (音乐喷泉 of
    「海珠湖…音乐喷泉」, 人民医院 of 「海珠区第二人民医院」): what is named is not the plan's, while a
    wrong place (东莞市区) is only put elsewhere."""
    out: list[str] = []
    run: list[str] = []
    for word, flag in [*pseg.lcut(normalize(name)), pseg.pair("", "x")]:
        if flag in _THING_FLAGS and CJK_RUN.fullmatch(word):
            run.append(word)
            continue
        thing = "".join(run)
        if len(thing) >= 2 and thing not in plan_text and thing not in out:
            out.append(thing)
        run = []
    return out


# "build a new international school": a thing of two words, after a verb of building or bringing
_EN_BUILDS = re.compile(
    r"\b(?:build|builds|building|built|set up|sets up|setting up|open|opens|opening|create|creates|creating"
    r"|bring|brings|bringing|establish|establishes|establishing|construct|constructs|constructing"
    r"|introduce|introduces|introducing|launch|launches|launching|turn \w+ into)\s+"
    r"(?:(?:a|an|the|its|one|more)\s+)?(?:(?:new|large|big|major|first|dedicated)\s+)*['\"‘“]?([a-z][a-z-]+)\s+([a-z][a-z-]+)\b",
    re.I,
)


def english_unprinted(proposition: str, plan_text: str) -> list[str]:
    """The English counterpart of `unprinted_things`: a two-word thing to be built or brought
    whose words are each the plan's ("international" 国际, "school" 学校) but never together
    (no 国际学校). A phrase with a row of its own is the plan's already."""
    out: list[str] = []
    for m in _EN_BUILDS.finditer(proposition):
        if proposition[m.end() : m.end() + 1] in ("-", "–", "—"):
            continue  # ("flagship university–locality projects": the second word qualifies a third)
        first, second = m.group(1).lower(), m.group(2).lower()
        a, b = plan_words(first), plan_words(second)
        if first in _EN_GLUE or second in _EN_GLUE or set(plan_words(f"{first} {second}")) - set(a) - set(b):
            continue
        if (a and b and not any(x + y in plan_text for x in a for y in b)) or bool(a) != bool(b):
            # (or one word the plan has no word for at all: a "cable car" is not its 汽车)
            out.append(f"{first} {second}")
    return out


def english_absent_rows(proposition: str, plan_text: str) -> list[str]:
    """The everyday English of a claim or question for things the plan never names ("carbon
    neutrality": 碳中和; "school bus": 校车; `retrieval.synonyms.everyday_rows`), unless the plan
    prints one of its Chinese words after all."""
    if not is_latin_query(proposition):
        return []
    return [english for english, words in everyday_rows(proposition) if not any(w in plan_text for w in words)]


# a proper name or an abbreviation in an English claim ("UNESCO", "BRT", "World Heritage List"):
# capitalised words in a run, not the sentence's first word
_EN_PROPER = re.compile(
    r"(?<![.!?:][\s\"'“‘(])(?<![\"'“‘(])(?<![.!?:]\s)(?<!^)\b((?:[A-Z][A-Za-z&-]*|[A-Z]{2,})(?:\s+(?:of|the|for|and)?\s*[A-Z][A-Za-z&-]*)*)"
)
# the frame every question stands in, which the table leaves out
_EN_FRAME = frozenset("haizhu guangzhou guangdong china chinese fyp plan outline district i".split())
# a currency written beside a sum ("RMB 20.19bn", "40 billion yuan (CNY)"): the sum's unit, no name
_CURRENCY_BY_SUM = re.compile(
    r"\b(?:RMB|CNY|HKD|USD)\s*(?=[\d¥$])|(?<=\d)\s*(?:bn|billion|million)?\s*(?:RMB|CNY|HKD|USD)\b"
)


def english_unknown_names(question: str, proposition: str, plan_text: str) -> list[str]:
    """The names an English claim states of the plan by an abbreviation the plan has no word for at
    all (no row of the table, no Latin of the plan's own: "CSO" is the plan's): "UNESCO", "BRT".
    (A name in full words may be the plan's in other words: only abbreviations are read.)"""
    out = []
    for m in _EN_PROPER.finditer(_CURRENCY_BY_SUM.sub(" ", question)):
        name = m.group(1).strip()
        words = [w for w in re.findall(r"[A-Za-z&-]+", name.lower()) if w not in _EN_GLUE]
        if not words or all(
            w in _EN_FRAME or re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", plan_text) for w in words
        ):
            continue
        if name.lower() not in proposition:
            continue
        # (an abbreviation the table has no row for, inside a longer name: "UNESCO World Heritage List")
        # (three letters at least, not a Roman numeral: "IT", "Class II" and "phase IV" are no names)
        unknown = [
            a
            for a in re.findall(r"\b[A-Z]{3,}\b", name)
            if not re.fullmatch(r"[IVXLC]+", a) and a.lower() not in _EN_FRAME and not plan_words(a)
        ]
        if unknown and not any(re.search(rf"(?<![a-z]){a.lower()}(?![a-z])", plan_text) for a in unknown):
            out.append(name)
    return list(dict.fromkeys(out))


# words that join a phrase, not things ("in the", "university of")
_EN_GLUE = frozenset("a an the of in on at to or and for from with by around near across two three".split())


# the words of a claim that name what it is about: nouns, set phrases and kinds (三甲, 一等功);
# jieba's tag in the sentence and in its dictionary must both say so (it tags 新建, 上门 places)
_CLAIMED_KINDS = frozenset(("n", "nz", "nt", "l", "b", "j"))
# how a claim is put or who told it, not what it says of the plan
_CLAIM_TALK = frozenset(
    "规划 纲要 海珠 海珠区 广州 说法 文件 内容 目标 期间 全部 所有 一切 全体 全区 区内 区里 工作 朋友 同事 网上 消息 新闻"
    " 规定 要求 提法 专门 方面 方向 事情 东西 情况 问题 时候 地方 计划 打算 部分 板块 章节 本区 我区 本市 我市".split()
)
# who carries out the plan as a whole (「区政府会搞一个…平台」 says "the plan will"): not a word of what
# the claim says, unless it is said to do the task instead of another (read by `agent_swapped`)
_THE_DISTRICT_ACTS = frozenset("区政府 政府 区里 区委".split())
# 「我是…的」, 「听同事讲」, 「写党建材料想引用…」 (what the asker is writing)
_ASKERS_OWN = re.compile(
    r"[我咱]|[听聽][^，,：:；;。]{0,6}[说讲話话]"
    r"|^(?:写|在写|起草|准备|整理)[^，,：:；;。]{0,8}(?:材料|稿|报告|汇报|文章|简报|总结|方案|ppt)"
)
_CLAUSE = re.compile(r"[，,：:；;。！!？?]")
# 「孩子学校在做调查，我印象中X」: what the asker remembers or heard is the claim, what comes before is theirs
_RECALLED = re.compile(r"我?(?:印象中|印象里|记得|记忆中|听说|听人说|据说|看到说)")


def unconfirmed_words(proposition: str, quoted: str) -> list[str]:
    """The claim's words for what it is about (nouns, kinds: 高校, 一等功, 三甲) that the quoted
    text does not hold, nor holds with its characters close together (违建 in 违法建设, 评职称 in
    职称评审). The asker's own clauses before the claim (「我是…的」, 「听同事讲」) are not the claim."""
    clauses = [c for c in _CLAUSE.split(normalize(proposition)) if c.strip()]
    while len(clauses) > 1 and _ASKERS_OWN.search(clauses[0]):
        clauses = clauses[1:]
    recalled = [n for n, c in enumerate(clauses) if _RECALLED.search(c)]
    if recalled and (rest := _RECALLED.split(clauses[recalled[-1]], maxsplit=1)[-1].strip()):
        clauses = [rest, *clauses[recalled[-1] + 1 :]]
    said = normalize(quoted)
    out: list[str] = []
    tagged = pseg.lcut("，".join(clauses))
    for n, (word, flag) in enumerate(tagged):
        if len(word) < 2 or flag not in _CLAIMED_KINDS or pseg.dt.word_tag_tab.get(word, flag) not in _CLAIMED_KINDS:
            continue
        if flag == "b" and n + 1 < len(tagged) and tagged[n + 1].flag.startswith("v"):
            continue  # 「主动开展」: a word of kind before a verb says how it is done, not which thing
        if n and tagged[n - 1].word == "被":
            continue  # 「被定位为」: after 被 the word is what is done to it, a verb, whatever jieba tags it
        if word in _CLAIM_TALK or word in _THE_DISTRICT_ACTS or not CJK_RUN.fullmatch(word):
            continue
        if word in said or _close_together(word, said):
            continue
        if (stem := _COMPLEMENT.sub("", word)) != word and len(stem) >= 2 and stem in said:
            continue  # 「衔接起来」 says what 「相衔接」 does: the verb is the quote's, 起来 adds nothing
        if word not in out:
            out.append(word)
    return out


# a directional complement after a verb (衔接起来, 定下来): how the doing goes, not what is done
_COMPLEMENT = re.compile(r"(?:起来|下来|出来|下去|上来|进来|起嚟|落嚟)$")


def _close_together(word: str, text: str) -> bool:
    """Every character of `word` within a stretch of the text two characters longer than it."""
    span = len(word) + 2
    return any(all(ch in text[i : i + span] for ch in word) for i in range(max(1, len(text) - span + 1)))


# the public at large: whom a service is for when nobody narrower is named (「教市民怎么用」 of
# the plan's 「使用培训」), not a group put in another's place
_THE_PUBLIC = frozenset("市民 居民 群众 公众 老百姓 大众 民众".split())


def stands_for_other(word: str, quoted: str, plan_text: str) -> bool:
    """An unconfirmed word of a claim that stands where the plan has another: the plan uses it,
    but elsewhere (高校), or the quote has a word of its length ending the same way after another
    modifier of one character (二等功 for 一等功). The public at large stands for nobody else."""
    if word in _THE_PUBLIC:
        return False
    if word in plan_text:
        # (not where the quote has a word of the same head: 学校 for its 校园, said in other words)
        return not any(w != word and word[-1] in w for w in jieba.lcut(quoted) if len(w) >= 2)
    return len(word) == 3 and re.search(rf"[\u4e00-\u9fff]{re.escape(word[1:])}", quoted.replace(word, "")) is not None


_PIECE_CUTS = (re.compile(r"[，,：:；;。！!？?]"), re.compile(r"[，,：:；;。！!？?、]"))  # clauses, then items
_FIGURE_WORD = re.compile(r"\d+(?:\.\d+)?%?")


def _piece_words(piece: str, said: str) -> frozenset[str]:
    """The words of a piece of a claim (or of the plan) that the plan's text `said` holds too:
    its figures and its words of two characters or more, the claim's frame left out."""
    words = {w for w in jieba.lcut(piece) if len(w) >= 2 and CJK_RUN.fullmatch(w) and w not in _CLAIM_TALK}
    words |= set(_FIGURE_WORD.findall(piece))
    return frozenset(w for w in words if w in said)


def pairs_crossed(proposition: str, quoted: str) -> tuple[str, str, str, str] | None:
    """Two things the claim pairs each with one word that the quote pairs the other way round
    (「25家图书馆分馆、40家文化馆分馆」 where the plan has 40家图书馆分馆、25家文化馆分馆; 「以社会力量
    投入为主、政府投入为辅」 where it has 以政府投入为主、社会力量参与为辅): (a, p, b, q) where the
    claim has a with p and b with q, and the quote a with q and b with p and never a with p nor
    b with q; else None. Pieces are clauses, or the items of a list."""
    claim, said = normalize(proposition), normalize(quoted)
    for cut in _PIECE_CUTS:
        mine = [w for piece in cut.split(claim) if len(w := _piece_words(piece, said)) >= 2]
        theirs = [_piece_words(piece, said) for piece in cut.split(said)]

        def together(x: str, y: str) -> bool:
            return any(x in t and y in t for t in theirs)  # noqa: B023 (read within this pass)

        for i, first in enumerate(mine):
            for second in mine[i + 1 :]:
                for a in first - second:
                    for p in first - second - {a}:
                        if together(a, p):
                            continue
                        for b in second - first:
                            for q in second - first - {b}:
                                if together(a, q) and together(b, p) and not together(b, q):
                                    return a, p, b, q
    return None


# characters that differ between two wordings of one thing (和/与, 推动/推进, 建设/建成): a stretch
# of a claim one of these off from the plan's is the plan's wording, not another thing
_LIGHT = frozenset(
    "的之和与及或并等在于到至为是有个了将把被对向从要会也都还就再着地得所其各该此这那推进动建设成加强提升化展发开实行搞做弄整"
)
SWAP_SPAN = 5  # characters of a claim's stretch read against the plan's
_MARKS = re.compile(r"[“”「」『』\"‘’]")


# closed sets whose members stand for each other: a direction, a size, an age, a level, a number
_OPPOSITES = (
    "前后左右东西南北上下内外中",
    "大小高低长短",
    "新旧老早晚",
    "国省市区县街镇村",
    "一二三四五六七八九十两百千万",
)


def _opposed(a: str, b: str) -> bool:
    """Two characters of one closed set (前 / 后, 市 / 区, 一 / 二)."""
    return any(a in kind and b in kind for kind in _OPPOSITES)


MIN_ANCHOR = 2  # characters a claim and the plan share on each side of the words between them
MAX_FILLER = 8  # characters at most of what stands between those shared words
_PARTICLES_ONLY = re.compile(r"^[的了和与及并也都要将把被在对、]*$")  # no words of their own
_LEVEL_WORD = re.compile(r"国家|全国|省|市|区")


def filler_swapped(proposition: str, quoted: str) -> tuple[str, str] | None:
    """Words naming a level of government that a claim puts between two runs it shares with the
    plan's clause, where the plan has words naming another level, sharing no character with them (「按照区里自行制定的统一部署」 where the plan has
    「按照全市的统一部署」): (the claim's words, the plan's), else None."""
    said = [c for c in _CLAUSE_CUT.split(normalize(quoted)) if c]
    for clause in (c for c in _CLAUSE_CUT.split(normalize(proposition)) if len(c) >= 2 * MIN_ANCHOR + 1):
        size, holding = sharing_most(clause, said)
        if size < MIN_ANCHOR:
            continue
        blocks = [b for b in SequenceMatcher(None, clause, holding, autojunk=False).get_matching_blocks() if b.size]
        for first, second in zip(blocks, blocks[1:]):
            if first.size < MIN_ANCHOR or second.size < MIN_ANCHOR:
                continue
            ours = clause[first.a + first.size : second.a]
            theirs = holding[first.b + first.size : second.b]
            if not (0 < len(ours) <= MAX_FILLER and 0 < len(theirs) <= MAX_FILLER):
                continue
            if (
                _PARTICLES_ONLY.match(ours)
                or _PARTICLES_ONLY.match(theirs)
                or set(ours) & set(theirs) - set("的了和与及")
            ):
                continue
            # (only where each names a level of government, and not the same one: 区里 for 全市;
            # other words between the same runs are as often the plan's said another way)
            levels = [set(_LEVEL_WORD.findall(x)) for x in (ours, theirs)]
            if CJK_RUN.fullmatch(ours) and CJK_RUN.fullmatch(theirs) and all(levels) and not levels[0] & levels[1]:
                return ours, theirs
    return None


# a class of a grading the plan writes in Roman numerals (Ⅲ类 水质, read iii类 once normalised)
_CLASS_EN = re.compile(r"\b(?:class|grade|category)[\s-]+(iv|v|i{1,3}|[1-5])\b", re.I)
_CLASS_PLAN = re.compile(r"(?<![a-z])(iv|v|i{1,3}|[1-5])\s*类")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}


def class_off(proposition: str, quoted: str) -> tuple[str, str] | None:
    """A claim that gives a thing another class of a grading than the quote (Class II water where
    the plan has Ⅲ类): (the claim's classes, the quote's), else None."""

    def value(mark: str) -> int:
        return int(mark) if mark.isdigit() else _ROMAN[mark.lower()]

    claim = normalize(proposition)
    ours = {value(m) for m in (_CLASS_EN if is_latin_query(claim) else _CLASS_PLAN).findall(claim)}
    theirs = {value(m) for m in _CLASS_PLAN.findall(normalize(quoted))}
    if ours and theirs and not ours & theirs:
        return ",".join(map(str, sorted(ours))), ",".join(map(str, sorted(theirs)))
    return None


# a hospital's grade: 三级甲等 (三甲), "Grade-3A", "tertiary"; its level is the number
_GRADE_CN = re.compile(
    r"([一二三])级(?:[甲乙丙]等)?(?=[\u4e00-\u9fff]{0,6}医院)|([一二三])[甲乙](?=[\u4e00-\u9fff]{0,6}医院)"
)
_GRADE_EN = re.compile(
    r"\bgrade[- ]?([123]|iii|ii|i)[- ]?[abc]?\b"
    r"|\b(primary|secondary|tertiary|(?:first|second|third)(?=[- ](?:tier|level)\b))\b(?=[^.?!]{0,40}\bhospital)",
    re.I,
)
_GRADE_WORD = {
    "primary": 1,
    "secondary": 2,
    "tertiary": 3,
    "i": 1,
    "ii": 2,
    "iii": 3,
    "first": 1,
    "second": 2,
    "third": 3,
}


def hospital_grade_off(proposition: str, quoted: str) -> tuple[int, int] | None:
    """A claim that gives a hospital another grade than the quote (a "Grade-2A" or 二甲 hospital
    where the plan has 三级甲等中医医院): (the claim's level, the plan's), else None."""
    claim = normalize(proposition)

    def levels(text: str, pattern: re.Pattern[str]) -> set[int]:
        marks = (next(g for g in m.groups() if g) for m in pattern.finditer(text))
        return {int(g) if g.isdigit() else _GRADE_WORD.get(g.lower()) or chinese_number(g) or 0 for g in marks} - {0}

    ours = levels(claim, _GRADE_EN if is_latin_query(claim) else _GRADE_CN)
    theirs = levels(normalize(quoted), _GRADE_CN)
    if ours and theirs and not ours & theirs:
        return min(ours), min(theirs)
    return None


# how far a "first-class" or "leading" reaches: the world, the nation, the province, the city
# (or first at it: 「全国第一个」 for the plan's 「在全省率先」)
_REACH_CN = re.compile(
    r"(世界|国际|全球|国内|全国|国家|全省|省内|全市|市内)(?:一流|领先|先进|前列|首个|首家|第一|率先|首创)"
)
_REACH_EN = re.compile(
    r"\b(world|global|international|national|nationally|domestic|provincial|city|municipal)"
    r"(?:[- ](?:class|level|wide))?[- ](?:first[- ]class|leading|top|advanced)\b",
    re.I,
)
_REACHES = {
    "世界": "world",
    "国际": "world",
    "全球": "world",
    "world": "world",
    "global": "world",
    "international": "world",
    "国内": "nation",
    "全国": "nation",
    "国家": "nation",
    "national": "nation",
    "nationally": "nation",
    "domestic": "nation",
    "全省": "province",
    "省内": "province",
    "provincial": "province",
    "全市": "city",
    "市内": "city",
    "city": "city",
    "municipal": "city",
    "country": "nation",
    "nation": "nation",
    "china": "nation",
    "province": "province",
    "guangdong": "province",
}
# a first at a reach, in English: "the first … in the whole country", "the nation's first"
_FIRST_AT_EN = re.compile(
    r"\bfirst\b[\w' -]{0,80}?\b(?:in|across|of) (?:the )?(?:whole |entire )?(country|nation|china|province|guangdong|world)\b"
    r"|\b(country|nation|china|province|guangdong|world)(?:'s|’s) first\b",
    re.I,
)


def reach_off(proposition: str, quoted: str) -> tuple[str, str] | None:
    """A claim that puts a thing first-class or leading at another reach than the quote
    ("nationally first-class" where the plan has 世界一流; 国内领先 for 国际领先): (the claim's reach,
    the plan's), else None."""
    claim = normalize(proposition)
    pattern = _REACH_EN if is_latin_query(claim) else _REACH_CN
    ours = {_REACHES[m.group(1).lower()] for m in pattern.finditer(claim)}
    if is_latin_query(claim):
        ours |= {_REACHES[(m.group(1) or m.group(2)).lower()] for m in _FIRST_AT_EN.finditer(claim)}
    theirs = {_REACHES[m.group(1)] for m in _REACH_CN.finditer(normalize(quoted))}
    if ours and theirs and not ours & theirs:
        return ",".join(sorted(ours)), ",".join(sorted(theirs))
    return None


def one_character_off(proposition: str, quoted: str) -> tuple[str, str] | None:
    """A stretch of the claim that the quote holds with one character different, where that
    character is not a light one (海珠桥南广场 for the claim's 海印桥南广场, 过境旅游 for 过夜旅游,
    集体二等功 for 集体一等功): (the claim's stretch, the quote's), else None. A character at the
    stretch's edge is read only when the two are of one closed set (后航道片区 for 前航道片区): else
    it is where the claim's wording and the plan's part (说闲置 / 用闲置)."""
    said = normalize(quoted)
    # (quotation marks aside: 耕地“非粮化” is read against 耕地“非农化” as one run)
    bare = _MARKS.sub("", said)
    keyed: dict[str, str] = {}
    for run in CJK_RUN.findall(bare):
        for i in range(len(run) - SWAP_SPAN + 1):
            window = run[i : i + SWAP_SPAN]
            for k in range(SWAP_SPAN):
                keyed.setdefault(f"{window[:k]}?{window[k + 1 :]}", window)
    names = [m.group(1) for m in _NAMED_IN_QUOTES.finditer(normalize(proposition))]
    for run in CJK_RUN.findall(_MARKS.sub("", normalize(proposition))):
        for i in range(len(run) - SWAP_SPAN + 1):
            window = run[i : i + SWAP_SPAN]
            if window in bare:
                continue
            for k in range(SWAP_SPAN):
                theirs = keyed.get(f"{window[:k]}?{window[k + 1 :]}")
                if theirs is None or window[k] in _LIGHT or theirs[k] in _LIGHT:
                    continue
                if k and window[k - 1] in _NUMERALS and {window[k], theirs[k]} <= _COUNT_WORDS:
                    continue  # (a count's measure word, swapped as people do: 五家药厂 for 五大药厂)
                if any({window[j : j + 2], theirs[j : j + 2]} in _SAME_WORDS for j in (k - 1, k) if j >= 0):
                    continue  # (one word for another of the same sense: 甚至 for 乃至)
                if _name_goes_on_otherwise(window, theirs, names, bare):
                    continue  # (「海珠国际湿地论坛」 is no 海珠国家湿地公园 one character off)
                if 0 < k < SWAP_SPAN - 1 or _opposed(window[k], theirs[k]):
                    return window, theirs
    return level_off(proposition, said)


def _name_goes_on_otherwise(window: str, theirs: str, names: Sequence[str], bare: str) -> bool:
    """The claim's window lies in a name it quotes, and what follows it in the name differs from
    what follows the quote's stretch within the next two characters: two names, not one off."""
    for name in names:
        at = name.find(window)
        if at < 0:
            continue
        rest = name[at + len(window) : at + len(window) + 2]
        there = bare.find(theirs)
        follows = bare[there + len(theirs) : there + len(theirs) + len(rest)]
        if rest and any(a != b for a, b in zip(rest, follows, strict=False)):
            return True
    return False


_NUMERALS = frozenset("一二两三四五六七八九十百千0123456789")
# two-character words of one sense that people put for each other
_SAME_WORDS = [{"甚至", "乃至"}, {"以至", "乃至"}]
_COUNT_WORDS = COUNTS | {"大"}
_LEVELS = "国省市区县街镇村"
_LEVELED = re.compile(rf"(?=([{_LEVELS}][\u4e00-\u9fff]{{3}}))")  # 市属国企, 区级规划 (overlapping)


def level_off(proposition: str, quoted: str) -> tuple[str, str] | None:
    """A word of four characters the claim opens with one level (市属国企) that the quote has with
    another (区属国企), and never with the claim's: (the claim's, the quote's), else None."""
    said = normalize(quoted)
    for m in _LEVELED.finditer(normalize(proposition)):
        word = m.group(1)
        if word in said:
            continue
        for level in _LEVELS:
            if level != word[0] and (theirs := level + word[1:]) in said:
                return word, theirs
    return None


# words that turn one thing into another (「过境旅游向过夜旅游」): read in order
_TOWARDS = ("向", "转向", "转为", "变为", "到")


def order_reversed(proposition: str, quoted: str) -> tuple[str, str] | None:
    """Two things the claim turns one into the other (「过夜旅游向过境旅游」) that the quote turns the
    other way (「过境旅游向过夜旅游」): the pair, else None."""
    said = normalize(quoted)
    claim = normalize(proposition)
    for word in _TOWARDS:
        for m in re.finditer(rf"([\u4e00-\u9fff]{{2,6}}?){re.escape(word)}([\u4e00-\u9fff]{{2,6}})", claim):
            for a_len in range(2, len(m.group(1)) + 1):
                a = m.group(1)[-a_len:]
                for b_len in range(2, len(m.group(2)) + 1):
                    b = m.group(2)[:b_len]
                    if a != b and f"{b}{word}{a}" in said and f"{a}{word}{b}" not in said:
                        return a, b
    return _change_reversed(claim, said)


# a change from one state to another: 「由单一依赖土地要素向…多元生产要素综合运用转变」, 「从…转回…」
_CHANGE = re.compile(
    r"(?:从|由)([^。；;！!？?]{2,40}?)[，,]?\s*(?:转回|转向|转为|转成|转变为|变为|变成|回到|向)([^。；;！!？?，,]{2,40})"
)


def _change_words(text: str) -> frozenset[str]:
    return frozenset(w for w in jieba.lcut(text) if len(w) >= 2 and CJK_RUN.fullmatch(w))


def _change_reversed(claim: str, said: str) -> tuple[str, str] | None:
    """A change the claim puts from A to B that the quote puts from B to A, in other words than
    the claim's (「从多元生产要素综合运用转回依赖土地要素」 where the plan has 由单一依赖土地要素向…多元
    生产要素综合运用转变): (A, B) as the claim words them, else None."""
    for mine in _CHANGE.finditer(claim):
        start, end = _change_words(mine.group(1)), _change_words(mine.group(2))
        for theirs in _CHANGE.finditer(said):
            their_start, their_end = _change_words(theirs.group(1)), _change_words(theirs.group(2))
            crossed = (start & their_end, end & their_start)
            kept = len(start & their_start) + len(end & their_end)
            if all(crossed) and len(crossed[0]) + len(crossed[1]) > kept:
                return mine.group(1), mine.group(2)
    return None


# 「…写在了海珠新活力文商旅融合圈那一节」, 「…放在生态那一章」: the part of the plan a claim puts its words in
_PUT_IN = re.compile(
    r"(?:写在|放在|列在|归在|出现在|见于|属于)(?:了)?(?:纲要|规划)?(?:的)?(?:第?[一二三四五六七八九十\d]+章)?"
    r"(?P<section>第?[一二三四五六七八九十\d]+节)?[“「\"]?(?P<words>(?!第)[\u4e00-\u9fff]{2,24}?)[”」\"]?"
    # (「写喺第五章第一节「…」嗰度」: "there", after a 节 it numbers)
    r"(?:那|这)?(?:一)?(?P<kind>节|章|部分|(?<=[”」\"])(?:那度|那里|这里|里面|里|度))"
)


def claimed_part(proposition: str) -> tuple[str, str] | None:
    """The title words a claim says the plan puts something under, and whether it names a 节 or a
    章 (「部分」 either): (words, "节" | "章" | "部分"), else None."""
    m = _PUT_IN.search(normalize(proposition))
    if m is None:
        return None
    kind = m.group("kind")
    return m.group("words"), kind if kind in ("节", "章", "部分") else "节" if m.group("section") else "部分"


# a label the claim says names something (「“艺术名片”说的是广州美术学院」), and the plan's own name
# right after that label (「“艺术名片”十香园」)
_LABEL_IS = re.compile(r"[“「\"]([^”」\"]{2,12})[”」\"](?:说的是|指的是|讲的是|就是|指|是)([\u4e00-\u9fff]{2,12})")
_LABEL_THEN = r"[“「\"]{label}[”」\"]([\u4e00-\u9fff]{{2,8}})"


def label_named_otherwise(proposition: str, quoted: str) -> str | None:
    """The name the plan gives right after a quoted label, where the claim says the label is
    another (「“艺术名片”十香园」 against 「“艺术名片”说的是广州美术学院」), else None."""
    text = normalize(quoted)
    for m in _LABEL_IS.finditer(normalize(proposition)):
        label, named = m.group(1), m.group(2)
        for theirs in re.finditer(_LABEL_THEN.format(label=re.escape(label)), text):
            name = theirs.group(1)
            if name not in named and named not in name and not (name[:2] == named[:2] and len(named) == 2):
                return name  # (海珠湖 is not 海珠湿地; 十香园 is 十香园等…)
    return None


# the plan's words that frame every claim about it, not what one claim says
_FRAME_WORDS = frozenset("规划 纲要 十四五 十三五 目标 发展 建设 推进 加快 区 全区 政府 区政府".split()) | FRAME_PLACES


def unconfirmed_rows_en(proposition: str, quoted: str) -> list[str]:
    """The English counterpart of `unconfirmed_words`: the claim's words the glossary knows
    ("library" 图书馆, "Pazhou" 琶洲) none of whose plan words the quoted text holds. The frame
    (the plan, Haizhu, Guangzhou) is not what a claim says."""
    said = normalize(quoted)
    out: list[str] = []
    for english, words in english_rows(proposition):
        words = tuple(w for w in words if w not in _FRAME_WORDS)
        if words and not any(w in said or _close_together(w, said) for w in words) and english not in out:
            out.append(english)
    return out


# what an ordinal numbers, in English and in the plan's words (the third round: 第三轮)
_ORDINAL_OF = {
    "round": "轮", "rounds": "轮", "batch": "批", "batches": "批", "phase": "期", "session": "届", "edition": "届",
    "stage": "阶段",
}  # fmt: skip
_ORDINAL_EN = re.compile(
    rf"\b(?:({'|'.join(_EN_ORDINALS)})|(\d{{1,2}})(?:st|nd|rd|th))[\s-]+(?:[a-z-]+\s+)?({'|'.join(_ORDINAL_OF)})\b",
    re.I,
)


def ordinal_off_en(proposition: str, quoted: str) -> tuple[int, int] | None:
    """An English claim numbers a round, batch, phase or session ("the third round") that the
    quote numbers otherwise (「第四輪」) and never as the claim does: (the claim's number, the
    plan's), else None."""
    said = normalize(quoted)
    for m in _ORDINAL_EN.finditer(proposition):
        if (mine := _rank_value(m.group(1) or m.group(2))) is None:
            continue
        unit = _ORDINAL_OF[m.group(3).lower()]
        written = re.findall(rf"第([一二三四五六七八九十]+|\d+){unit}", said)
        theirs = [n for w in written if (n := _rank_value(w)) is not None]
        if theirs and mine not in theirs:
            return mine, theirs[0]
    return None


def proper_name_in(english: str, question: str) -> bool:
    """`english` (a glossary phrase, lower case) is written in `question` as a proper name, each
    word capitalised ("Pazhou", "Canton Tower")."""
    words = english.split()
    pattern = r"\s+".join(re.escape(w[:1].upper()) + re.escape(w[1:]) for w in words)
    return any(
        not re.search(r"(?:^|[.!?:]\s*|['\"‘“]\s*)$", question[: m.start()])  # (not capitalised as a sentence opens)
        for m in re.finditer(rf"(?<![A-Za-z]){pattern}(?![a-z])", question)
    )


# how far a first or a lead reaches: the world, the nation, the province, the city, the district
_SCOPES = "世界|国际|全球|全国|国内|全省|省内|全市|市内|全区|区内"
_SCOPED = re.compile(
    rf"({_SCOPES})(?:范围内|上)?(?:的)?(领先|一流|先进|知名|首个|首家|首创|第一|前列|最具|最佳|率先|标杆)"
)


def scope_swapped(proposition: str, quoted: str) -> tuple[str, str] | None:
    """A first or a lead the claim gives one reach (「世界领先」, 「全省最具」) that the quote gives
    another (「全国领先」, 「全国最具」) and never the claim's: (the claim's, the quote's), else None."""
    claim, said = normalize(proposition), normalize(quoted)
    for m in _SCOPED.finditer(claim):
        if m.group(0) in said:
            continue
        theirs = [t for t in _SCOPED.finditer(said) if t.group(2) == m.group(2) and t.group(1) != m.group(1)]
        if theirs and not any(t.group(1) == m.group(1) for t in _SCOPED.finditer(said)):
            return m.group(0), theirs[0].group(0)
    return None


# how often a thing is done, in the claim's words and the plan's
_FREQUENCIES = (
    ("year", re.compile(r"每年|年度|逐年|一年一|\b(?:annual(?:ly)?|yearly|every year|each year|once a year)\b", re.I)),
    ("quarter", re.compile(r"每季度?|季度|\b(?:quarterly|every quarter|each quarter)\b", re.I)),
    ("month", re.compile(r"每月|每个月|月度|\b(?:monthly|every month|each month)\b", re.I)),
    ("half", re.compile(r"每半年|半年度|\b(?:half-yearly|semi-annual(?:ly)?|every six months|twice a year)\b", re.I)),
    ("week", re.compile(r"每周|每星期|\b(?:weekly|every week)\b", re.I)),
)
# what is done so often: a check on how the plan goes
_DONE_OFTEN = re.compile(
    r"监测|评估|分析|检查|考核|督查|报告|monitor|review|evaluat|assess|analy[sz]|report|inspect", re.I
)


def frequency_off(proposition: str, quoted: str) -> tuple[str, str] | None:
    """A check the claim says is done so often ("quarterly monitoring") where the quote's sentence
    on it says another period (「年度监测分析」) and never the claim's: (the claim's, the plan's)."""
    claim, said = normalize(proposition), normalize(quoted)
    if not _DONE_OFTEN.search(claim):
        return None
    mine = [(k, m.group(0)) for k, rx in _FREQUENCIES if (m := rx.search(claim))]
    if len(mine) != 1:
        return None
    for sentence in _SENTENCE_END.split(said):
        if not _DONE_OFTEN.search(sentence):
            continue
        theirs = [(k, m.group(0)) for k, rx in _FREQUENCIES if (m := rx.search(sentence))]
        if theirs and mine[0][0] not in {k for k, _ in theirs}:
            return mine[0][1], theirs[0][1]
    return None


# what ends the name of a place or a body (创新产业园, 服务中心, 博物馆): a thing one names
_NAMED_END = re.compile(r"(?:园|中心|馆|院|所|基地|平台|大厦|港|站|室|城|谷|街区|公司|集团)$")
MIN_NAME_TAIL = 5  # characters of a name's tail the claim and the quote share (a.i.创新产业园)


def name_head_swapped(proposition: str, quoted: str, plan_text: str) -> tuple[str, str] | None:
    """A name whose tail the quote holds under another head (「商汤A.I.创新产业园」 where the quote
    names 「科大讯飞A.I.创新产业园」), the claim's head being a noun the plan never uses: (the claim's
    name, the quote's), else None."""
    claim, said, plan = normalize(proposition), normalize(quoted), normalize(plan_text)
    at = 0
    for word, flag in pseg.lcut(claim):
        at += len(word)
        if len(word) < 2 or not CJK_RUN.fullmatch(word) or not flag.startswith("n") or word in plan:
            continue
        rest = claim[at:]
        for end in range(len(rest), MIN_NAME_TAIL - 1, -1):
            tail = rest[:end]
            if not _NAMED_END.search(tail) or tail not in said:
                continue
            where = said.find(tail)
            head = re.search(r"[\u4e00-\u9fff]{2,}$", said[:where])
            if head is not None:
                return word + tail, head.group(0)[-4:] + tail
            break
    return None


# a share put in tenths against a bound (「超过五成」, 「五成以上」; 「不到三成」)
_TENTHS_OVER = re.compile(
    r"(?:超过|超出|逾|多于|高于|大于)了?\s*([一二三四五六七八九])成|([一二三四五六七八九])成(?:以上|多)"
)
_TENTHS_UNDER = re.compile(r"(?:不到|低于|不足|少于|未到|未达)\s*([一二三四五六七八九])成")
_PERCENT_FIGURE = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]")
MIN_SHARED_WORD = 3  # characters of a word a claim and a quote's clause must share to speak of one share


def tenths_off(proposition: str, quoted: str) -> tuple[str, str] | None:
    """A share the claim bounds in tenths (「比重已经超过五成」) that the quote's clause on the same
    thing gives on the other side of the bound (「比重达48.7%」): (the claim's bound, the plan's
    figure), else None."""
    claim = normalize(proposition)
    over, under = _TENTHS_OVER.search(claim), _TENTHS_UNDER.search(claim)
    found = over or under
    tenths = chinese_number(next(g for g in found.groups() if g)) if found is not None else None
    if tenths is None:
        return None
    bound = tenths * 10
    words = [w for w in jieba.lcut(claim) if len(w) >= MIN_SHARED_WORD and CJK_RUN.fullmatch(w)]
    for clause in _CLAUSE_CUT.split(normalize(quoted)):
        if not any(w in clause for w in words):
            continue
        for m in _PERCENT_FIGURE.finditer(clause):
            value = float(m.group(1))
            if (over and value < bound) or (under and value >= bound):
                return f"{bound}%", m.group(0)
    return None


# a class of firms or buildings by a sum they reach (纳税千万元以上企业, 税收亿元楼宇)
_THRESHOLD = re.compile(
    r"(纳税|税收|营收|营业收入|产值|注册资本|投资|年产值)\s*(\d*(?:\.\d+)?\s*[一十百千]?[万亿]元)\s*(?:以上|及以上)?(?:的)?\s*(企业|项目|楼宇|商圈)"
)


def threshold_off(proposition: str, quoted: str) -> tuple[str, str] | None:
    """A class of things the claim sets at one sum (「纳税亿元以上的企业」) that the quote sets at
    another (「纳税千万元以上企业」) and never at the claim's: (the claim's sum, the plan's)."""
    said = normalize(quoted)
    written = [(m.group(1), m.group(2).replace(" ", ""), m.group(3)) for m in _THRESHOLD.finditer(said)]
    for m in _THRESHOLD.finditer(normalize(proposition)):
        measure, mine, thing = m.group(1), m.group(2).replace(" ", ""), m.group(3)
        same = [sum_ for what, sum_, of in written if what == measure and of == thing]
        if same and mine not in same:
            return mine, same[0]
    return None
