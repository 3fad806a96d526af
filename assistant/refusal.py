"""When to say "the plan does not cover this" — rules that look at the question and the evidence.

A ranker always returns *something*, so its confidence says little. What does tell:
- the question names a place outside the plan's scope (another district) or a year the plan
  never mentions (it was issued in July 2021, so `2023年實際…` cannot be in it);
- it asks for a number or a date and none of the best-matching sentences holds one;
- almost none of its words occur in the best passages and the vector match is weak too.
Thresholds were set once on the whole evaluation set (`python -m evals.calibrate`), never per
question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

import jieba.posseg as pseg

from corpus.text import normalize, to_traditional, without_enumerators
from retrieval.synonyms import english_rows

# Guangzhou's other districts: a question about them is about another plan.
OTHER_DISTRICTS = ("天河", "越秀", "荔湾", "白云", "黄埔", "番禺", "花都", "南沙", "从化", "增城")
# … and the districts of the neighbouring cities people compare Haizhu with (Shenzhen, Foshan)
NEIGHBOUR_DISTRICTS = ("南山", "福田", "罗湖", "宝安", "龙岗", "南海", "顺德", "禅城")
_DISTRICT_RE = re.compile(rf"({'|'.join(OTHER_DISTRICTS + NEIGHBOUR_DISTRICTS)})区")
# the same in English ("Tianhe District's"): read as its Chinese name
_DISTRICT_EN = {
    "tianhe": "天河", "yuexiu": "越秀", "liwan": "荔湾", "baiyun": "白云", "huangpu": "黄埔", "panyu": "番禺",
    "huadu": "花都", "nansha": "南沙", "conghua": "从化", "zengcheng": "增城", "nanshan": "南山", "futian": "福田",
    "luohu": "罗湖", "bao'an": "宝安", "baoan": "宝安", "longgang": "龙岗", "nanhai": "南海", "shunde": "顺德",
    "chancheng": "禅城",
}  # fmt: skip
_DISTRICT_EN_RE = re.compile(rf"\b({'|'.join(re.escape(k) for k in _DISTRICT_EN)})(?:'s|’s)?\s+district\b", re.I)
# a year: with 年, or standing alone ("in 2023"); not a count (「1980张」)
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?![\d.])(?:\s*年|(?=\s*(?:[^\u4e00-\u9fff%\d]|$)))")
_QUANTITY = re.compile(r"\d|[二三四五六七八九十两百千万]+\s*[个项条家所座种类倍成亿万]")
_YEAR_IN_TEXT = re.compile(r"\d{4}年|\d{4}—\d{4}")

# Calibrated on the whole evaluation set (see module docstring).
# The sweep showed that lexical coverage and vector scores separate answerable from
# unanswerable questions poorly (casual questions share few words with the plan), so this rule
# only catches questions that nothing in the plan comes near; the scope and quantity rules
# above do most of the work.
MIN_COVERAGE = 0.05  # idf-weighted share of question terms present in the best passage
MIN_DENSE = 0.80  # cosine of the best passage (e5-small scores cluster in 0.75–0.93)
MIN_DENSE_LATIN = 0.70  # English questions match Chinese passages at ~0.77–0.81


@dataclass(frozen=True)
class Evidence:
    coverage: float
    dense_score: float
    latin_query: bool


# who holds an office (「现任区长是谁」): a plan names bodies, never the people in post
_OFFICE_HOLDER = re.compile(
    r"(?:区长|书记|市长|局长|主任|院长|校长|主席|负责人|领导|会长|董事长|总经理|总裁|行长|馆长|河长|理事长|秘书长)"
    r"(?:现在|现任|目前|而家|将来|将|会|将会|到时)?(?:是谁|叫什么|是哪位|是哪个|姓什么|叫啥|是边个|系边个|系谁)"
    r"|\bwho (?:is|was) (?:named (?:as )?|listed (?:as )?|appointed (?:as )?)?(?:the )?(?:current |present )?(?:district )?"
    r"(?:mayor|head|director|party secretary|chief|leader|president|chair(?:man|woman|person)?|principal|dean)\b"
    # … or by the post they hold, put as a verb ("Who heads the research institute?", "who will chair
    # it"): the plan gives a body its task, never a person a post (who leads a task is a body: kept out)
    r"|\bwho (?:currently |now )?(?:(?:will|would|is going to) )?(?:heads?|chairs?|directs?)\b"
    # a person by what they do ("Which official signed …", "Which famous calligrapher will head …")
    r"|^(?:which|what) (?:[a-z-]+ )?(?:official|calligrapher|artist|architect|designer|person)"
    r" (?:will|would|is|are|was|were|did|has|have|personally|signed|heads?|led|leads?)\b",
    re.I,
)


# the figure a target of the last plan set (「十三五规划当初定的增速目标是多少」): the plan reports
# what the last period did, and only that its targets were met, never what they were
_PAST_PLAN_TARGET = re.compile(
    r"十三五[^？?。]{0,16}(?:原本|当初|原来|原先|本来|定|设定|设|提出|订)[^？?。]{0,12}目标(?!任务)[^？?。]{0,8}(?:多少|几多|几|是什么|咩)"
    r"|\b13th (?:fyp|five-year plan)\b[^?.]{0,50}\b(?:originally|original|initially|had set|set)\b[^?.]{0,30}\b(?:target|goal)",
    re.I,
)


# a plan period after this one (「十五五」, "15th Five-Year Plan"): the plan sets its targets to 2025 and
# a vision to 2035, nothing for the periods between
_LATER_PERIOD = re.compile(r"十[五六七]五|\b1[5-7]th (?:five-year plan|fyp)\b", re.I)


# what happened once the plan was out (「规划出台后…」, 「后来有没有…」, "since the plan came out"):
# it was issued in July 2021 and reports nothing after
_AFTER_ISSUE = re.compile(
    r"(?:规划|纲要)(?:出台|发布|印发|公布|出来)(?:了)?(?:之?后|以后|以来)|后来(?:有没有|有冇|是否|有无|真的)"
    r"|\b(?:since|after) (?:the|this) (?:plan|outline) (?:came out|was (?:published|issued|released|adopted))\b"
    # what a year after the plan's start actually came to (「2021年实际新引进了多少」): no record of it
    r"|202[1-9]年[^，,。？?\s]{0,6}实际"
    r"|\bin 202[1-9]\b[^?]{0,60}\bactually\b|\bactually\b[^?]{0,60}\bin 202[1-9]\b",
    re.I,
)


def out_of_scope(question: str, plan_text: str, *, years: bool = True) -> str | None:
    """A reason the question is about something the plan cannot contain, else None (`years`:
    a year the plan never mentions is one; a claim's wrong year is checked against the plan's)."""
    q = normalize(question)
    if _OFFICE_HOLDER.search(q):
        return "綱要是規劃文件，只寫承擔任務的部門和機構，不寫任職人員的姓名"
    if (later := _LATER_PERIOD.search(q)) and later.group(0) not in plan_text:
        return f"綱要定的是「十四五」時期（2021—2025年）的目標和2035年遠景，沒有「{later.group(0)}」時期的安排"
    if _AFTER_ISSUE.search(q):
        return "綱要於2021年7月印發，沒有印發以後的情況或數據"
    if _PAST_PLAN_TARGET.search(q):
        return "綱要只回顧「十三五」時期的完成情況（主要目標任務如期完成），沒有列出「十三五」規劃當初定下的目標數字"
    m = _DISTRICT_RE.search(q)
    if m and m.group(0) not in plan_text:
        return f"這份綱要是海珠區的規劃，沒有涉及{to_traditional(m.group(0))}的安排"
    if (en := _DISTRICT_EN_RE.search(q)) and (district := _DISTRICT_EN[en.group(1).lower()] + "区") not in plan_text:
        return f"這份綱要是海珠區的規劃，沒有涉及{to_traditional(district)}的安排"
    for year in _YEAR_RE.findall(q) if years else ():
        if year not in plan_text:
            return f"綱要於2021年7月印發，沒有{year}年的情況或數據"
    return None


# an indicator or standard named by a code of letters then digits: PM10, PM2.5, CO2, H7N9 (not a
# unit with its power: km², as normalised, is km2)
_CODE = re.compile(
    r"(?<![a-z0-9.])(?!(?:km|cm|mm|kg|kw|mw|gw|kv|hz|mb|gb|tb|ml|sq)\d)(?![a-z]{2,}(?:19|20)\d\d(?![\d.a-z]))"
    r"[a-z]{2,}\d+(?:\.\d+)?(?:[a-z]+\d*)?(?![a-z0-9])"
)  # (a word typed against a year is the two: 「gdp2020年」)


# a metro line by its number: 「13号线」, "Metro Line 13"
_LINE_NO = re.compile(r"(?<!\d)(\d{1,2})\s*号线|\b(?:metro|subway)?\s*line\s+(?:no\.?\s*)?(\d{1,2})\b", re.I)


def missing_codes(question: str, plan_text: str) -> list[str]:
    """Codes of indicators or standards the question names that the plan never uses: it sets a
    PM2.5 target, so 「PM10的目标」 asks for one it does not set (PM25 is PM2.5 written without
    its point). Like a year the plan never mentions, such a code cannot be answered from it. So
    is a metro line by a number the plan never gives one (it names 10号线, 11号线…, not 13号线)."""
    bare = plan_text.replace(".", "")
    q = normalize(question)
    codes = {c.upper() for c in _CODE.findall(q) if c not in plan_text and c.replace(".", "") not in bare}
    lines = {f"{m.group(1) or m.group(2)}号线" for m in _LINE_NO.finditer(q)}
    return sorted(codes | {line for line in lines if not re.search(rf"(?<!\d){line}", plan_text)})


# what a named institution or place is (「南武中学」: a name, then its kind)
_INSTITUTION_HEADS = frozenset(
    "中学 小学 学校 幼儿园 医院 大学 学院 公园 商场 广场 酒店 车站 地铁站 码头 图书馆 体育馆 博物馆 菜市场".split()
)
_NAME_FLAGS = ("ns", "nr", "nz", "nt")


def missing_institutions(tagged: Sequence[tuple[str, str]], plan_text: str) -> list[str]:
    """A school, hospital or park the question names that the plan never names: a proper name the
    plan never prints, then the kind of thing it is (南武 + 中学)."""
    out = []
    words = [(w, f) for w, f in tagged if w.strip()]
    for (name, flag), (head, _) in zip(words, words[1:], strict=False):
        if flag in _NAME_FLAGS and len(name) >= 2 and head in _INSTITUTION_HEADS and name not in plan_text:
            out.append(name + head)
    return out


def has_quantity(text: str, kind: str) -> bool:
    t = normalize(text)
    return bool(_YEAR_IN_TEXT.search(t)) if kind == "time" else bool(_QUANTITY.search(without_enumerators(t)))


def weak(ev: Evidence) -> bool:
    if ev.latin_query:
        return ev.dense_score < MIN_DENSE_LATIN
    return ev.coverage < MIN_COVERAGE and ev.dense_score < MIN_DENSE


_LATIN = re.compile(r"[A-Za-z]")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def is_latin_query(query: str) -> bool:
    q = normalize(query)
    return len(_LATIN.findall(q)) > 2 * len(_CJK.findall(q))


# A number written in words (两千多种, 五百): a figure, not a topic.
_NUMERAL_WORD = re.compile(r"^[零一二三四五六七八九十百千万亿两几多余个种项年]+$")
_QUESTION_WORD = re.compile(r"哪|谁|几|啥|什么|多少|怎么|怎样|如何|是不是|有没有|会不会|能不能|这|那")
# when, not what: 「接下来要打造的示范段」 asks of the years ahead, not of a thing called 接下来
_WHEN_WORD = re.compile(r"^(?:接下来|接下去|下一步|下阶段|下一阶段|这之后|那之后)$")
MIN_TOPIC_CHARS = 3  # two-character words are too often casual wording the plan puts otherwise


NOUNS = ("n", "nz", "nr", "ns", "nt", "eng")  # jieba's part-of-speech tags for nouns and Latin words


def missing_topics(
    terms: Iterable[str],
    plan_text: str,
    is_word: Callable[[str], bool],
    casual: Collection[str] = (),
    nouns: Collection[str] | None = None,
) -> list[str]:
    """Topic words of a query that the plan never uses, in any part: 摩天轮 (neither 摩天 nor 天轮
    is in the plan), wifi. Not casual words (`casual`: the everyday vocabulary that maps to the
    plan's wording), figures written in words, question words, or words of which some dictionary
    part occurs in the plan (评职称: 职称 does)."""
    missing = []
    for term in terms:
        if (
            len(term) < MIN_TOPIC_CHARS
            or term in plan_text
            or term in casual
            or (nouns is not None and term not in nouns)
        ):
            continue
        if (
            _NUMERAL_WORD.match(term)
            or _QUESTION_WORD.search(term)
            or _WHEN_WORD.match(term)
            or any(ch.isdigit() for ch in term)
        ):
            continue
        parts = {term[i:j] for i in range(len(term)) for j in range(i + 2, len(term) + 1) if (i, j) != (0, len(term))}
        if any(p in plan_text for p in parts if is_word(p)):
            continue
        missing.append(term)
    return sorted(missing)


# verbs whose object is a policy: 「放宽限购」, 「取消限行」 (jieba tags such a policy as a verb)
_POLICY_VERBS = frozenset("放宽 收紧 取消 实行 实施 出台 推行 恢复 解除 放开 暂停".split())
BUILT_HEADS = frozenset("厂站馆场院楼塔桥港园")  # what a built thing's name ends in (垃圾焚烧厂, 高铁站)
# a festival is named by what it is of (美食节, 灯光节): the plan names each of its own
# (岭南书画艺术节), so one it never prints is not the plan's, however common its words are
EVENT_HEADS = frozenset("节")


# one-character heads of things handed out or paid: 消费券, 购物卡, 停车证, 门票, 停车费
_TOKEN_HEADS = frozenset("券 卡 证 票 费 税")


def missing_heads(
    tagged: Sequence[tuple[str, str]], plan_text: str, vocabulary: Collection[str], is_word: Callable[[str], bool]
) -> list[str]:
    """Nouns whose head — a last character the plan never uses as a word — makes them a thing the
    plan does not name, though their first part is a plan word: 消费券 as jieba cuts it (消费 / 券)
    or keeps it (购物券), 健身房; the plan has 券 only inside 证券. Not 评职称 (its last two
    characters, 职称, are a word). `tagged`: (word, part of speech) from jieba.posseg;
    `vocabulary`: the plan's tokens."""
    found = []
    for (first, flag), (tail, tail_flag) in pairwise([*tagged, ("", "x")]):
        # (jieba tags a building's one-character head a morpheme at the end of a question: 「…厂？」;
        # other such morphemes are pieces of words it cut wrong: 「改成分时」 is not 成分 + 时)
        # (… or a voucher, card or ticket the plan never writes as a word at all: 券 of 「消费券」)
        morpheme = tail_flag in ("ng", "zg") and (
            tail in BUILT_HEADS or (tail in _TOKEN_HEADS and tail not in vocabulary)
        )
        if len(tail) == 1 and (tail_flag == "n" or morpheme) and len(first) >= 2 and flag in (*NOUNS, "vn", "v"):
            phrase, head, modifier = first + tail, tail, first  # cut apart by jieba
        elif flag in NOUNS and len(first) >= MIN_TOPIC_CHARS and is_word(first[:-1]) and not is_word(first[-2:]):
            phrase, head, modifier = first, first[-1], first[:-1]
        else:
            continue
        if phrase in plan_text or _QUESTION_WORD.search(phrase):
            continue
        known_head = head in vocabulary or _heads_compounds(head, plan_text, is_word)
        # (a built thing qualified by a word the plan never uses: 垃圾焚烧厂; not any word jieba cut
        # wrong before a one-character noun: 「改成分时」)
        if (
            (not known_head and flag != "v")
            or (head in BUILT_HEADS and _unused_part(modifier, plan_text, is_word))
            or (head in EVENT_HEADS and flag != "v")
        ):
            found.append(phrase)
    return found


def _heads_compounds(head: str, plan_text: str, is_word: Callable[[str], bool]) -> bool:
    """Whether the plan puts `head` after a word of its own, as the head of a compound: 值 in
    目标值 and 增加值 (so 实际值 is a way of saying a figure), not 券 in 证券 (one word)."""
    start = plan_text.find(head)
    while start >= 0:
        if not is_word(plan_text[start - 1 : start + 1]) and any(
            start >= n and is_word(plan_text[start - n : start]) for n in (2, 3)
        ):
            return True
        start = plan_text.find(head, start + 1)
    return False


def _unused_part(modifier: str, plan_text: str, is_word: Callable[[str], bool]) -> bool:
    """Whether what a one-character head is qualified by holds a word the plan never uses:
    垃圾焚烧 of 垃圾焚烧厂 (the plan has 垃圾, never 焚烧), so the plan has no such 厂."""

    def unused(part: str) -> bool:  # (东莞市 is the plan's 东莞 named with its suffix: not unused)
        inner = (part[i:j] for i in range(len(part)) for j in range(i + 2, len(part) + 1) if (i, j) != (0, len(part)))
        return is_word(part) and part not in plan_text and not any(p in plan_text for p in inner)

    return any(unused(modifier[i:j]) for i in range(len(modifier)) for j in range(i + 2, len(modifier) + 1))


# what is built, set up or brought in (「要建机场或高铁站」, 「建一个国际邮轮码头」), and what a benefit is
# for (「票价优惠」) or whose price changes (「门票降价」): there the noun names the very thing asked about
_BUILD_VERB = re.compile(
    r"^(?:建|建设|新建|兴建|修|修建|建成|办|开设|设立|设置|引进|搞|开通|结为|结成|缔结|订出|定出|制定|出台|配备|配套)$"
)
# what completes a verb of building (搞成, 建好, 办到), not a part of the thing built
_RESULT_OF_VERB = frozenset("成 为 好 完 到 出".split())
# 「建好之后会不会有标准泳池」: what there will be is a thing named too
_WILL = frozenset("会 不会 会不会 将 将会 还会 也会 都会".split())
_BENEFIT = re.compile(r"^(?:优惠|补贴|减免|折扣|打折|免费|全免|免票|免收|半价|减半|降价|涨价|提价|加价)")
_PRICE = re.compile(r"..?(?:价|费)$|^[门车船机]票$")  # 票价, 房价, 学费, 停车费, 门票: what something costs
_PHRASE_GOES_ON = ("m", "q", "mq", "a", "c", "f", "uj")  # 一个, 大型, 或/和, 的
GENERIC_NOUNS = frozenset(
    "规划 纲要 海珠 广州 东西 事情 地方 问题 时候 情况 方面 名字 文件 内容 政策 打算 计划 安排 项目 国际 市民 居民".split()
    # what is measured of a thing, not a thing (「建成的碧道长度」)
    + "长度 面积 数量 规模 人数 金额 比例 高度 宽度 距离 总量 大小 多少".split()
    # … or the question word asking for it (「碧道有多长」: jieba tags 多长 a noun)
    + "多长 多大 多远 多高 多宽 多深 多重 多久 几多".split()
)


def missing_objects(tagged: Sequence[tuple[str, str]], plan_text: str, casual: Collection[str] = ()) -> list[str]:
    """Two-character nouns the plan never uses that name the thing a question asks about: what
    is to be built (「建机场」, 「建一个国际邮轮码头」), what a benefit is for (「票价优惠」), or a price
    or fee (「地铁票价会调整吗」). Shorter
    than `missing_topics` looks at, so only in these places, where the noun is the thing."""
    found: list[str] = []
    words = list(tagged)
    for i, (word, _) in enumerate(words):
        if _BUILD_VERB.match(word) or (word == "有" and i and words[i - 1][0] in _WILL):
            rest = list(words[i + 1 :])
            if rest and rest[0][0] in _RESULT_OF_VERB:
                rest = rest[1:]  # 「搞成步行街」: 成 completes the verb, it does not start the thing
            # (a one-character word jieba leaves before a noun starts it: 村 + 史馆 is 村史馆)
            rest = [
                (w + rest[j + 1][0], rest[j + 1][1])
                if len(w) == 1 and f in ("zg", "ng", "n") and j + 1 < len(rest) and rest[j + 1][1] in NOUNS
                else (w, f)
                for j, (w, f) in enumerate(rest)
            ]
            for nxt, flag in rest:
                # (jieba tags some built things as set phrases, "l": 有轨电车)
                if flag in (*NOUNS, "l") or flag in ("vn", "v") and len(nxt) == 1:
                    if _absent_noun(nxt, "n" if flag == "l" else flag, plan_text, casual):
                        found.append(nxt)
                elif flag not in _PHRASE_GOES_ON:
                    break
    return list(dict.fromkeys([*found, *missing_benefits(tagged, plan_text, casual)]))


def missing_benefits(tagged: Sequence[tuple[str, str]], plan_text: str, casual: Collection[str] = ()) -> list[str]:
    """A benefit (免费), what it is for (「票价优惠」: 票价), or a price or fee (停车费) that a
    question asks about and the plan never names. Whatever else the question says, the plan
    cannot say whether something is free or what it costs."""
    found: list[str] = []
    words = list(tagged)
    for i, (word, tag) in enumerate(words):
        if _BENEFIT.match(word) and len(word) == 2 and word not in plan_text and word not in casual:
            found.append(word)  # a benefit the plan never offers (免费): 「公交全面免费」
        if _BENEFIT.match(word) and i and _absent_noun(*words[i - 1], plan_text, casual):
            found.append(words[i - 1][0])
        if _PRICE.search(word) and _absent_noun(word, tag, plan_text, casual):
            found.append(word)  # a price or fee the plan never names (票价, 停车费)
    return list(dict.fromkeys(found))


def missing_policies(tagged: Sequence[tuple[str, str]], plan_text: str, casual: Collection[str] = ()) -> list[str]:
    """A policy the plan never names, after a verb of changing one (「放宽限购」, 「取消限行」):
    jieba tags such a policy as a verb, and two characters are enough for it."""
    return [
        word
        for (before, _), (word, flag) in zip(tagged, tagged[1:])
        if before in _POLICY_VERBS and flag == "v" and len(word) >= 2 and word not in plan_text and word not in casual
    ]


def _absent_noun(word: str, flag: str, plan_text: str, casual: Collection[str]) -> bool:
    return (
        flag in NOUNS
        and len(word) >= 2
        and word not in plan_text
        and word not in casual
        and word not in GENERIC_NOUNS
        and not _QUESTION_WORD.search(word)
        and not any(ch.isdigit() for ch in word)
    )


# English benefits, prices, taxes and everyday rules, in the words the plan would use for them:
# "is it free", "the ticket price", "a fine", "property tax" — asked of a plan that never names them
_EN_BENEFITS = (
    (re.compile(r"(?<![\w-])free(?:\s+of\s+charge)?(?![\w-])(?!\s+(?:trade|port|zone))|\bno\s+charge\b", re.I), "免费"),
    (re.compile(r"\bhalf[\s-]price\b", re.I), "半价"),
    (re.compile(r"\bdiscount(?:s|ed)?\b", re.I), "折扣"),
    (re.compile(r"\bfines\b|\bfined\b|\b(?:a|the|any)\s+fine\b(?!\s+particl)", re.I), "罚款"),
    (
        re.compile(
            r"\b(?:ticket|admission|entrance|entry)\s+(?:price|fee|cost|charge)s?\b|\btickets?\s+cost\b|\bfares?\b",
            re.I,
        ),
        "票价",
    ),
    (re.compile(r"\bparking\s+(?:fee|charge|price)s?\b", re.I), "停车费"),
    (re.compile(r"\b(?:tap[\s-]?)?water\s+(?:price|tariff|bill|charge|rate)s?\b", re.I), "水价"),
    (re.compile(r"\b(?:electricity|power)\s+(?:price|tariff|bill|rate)s?\b", re.I), "电价"),
    (re.compile(r"\btuition\b|\bschool\s+fees?\b", re.I), "学费"),
    (re.compile(r"\brents?\b(?!\s*-?\s*(?:al|ed))|\brental\s+price", re.I), "租金"),
    (re.compile(r"\bwages?\b|\bsalar(?:y|ies)\b", re.I), "工资"),
    (re.compile(r"\binterest\s+rates?\b|\bat\s+what\s+interest\b", re.I), "利率"),
    (re.compile(r"\bmortgages?\b", re.I), "房贷"),
    (re.compile(r"\bdown[\s-]payments?\b", re.I), "首付"),
    (re.compile(r"\bdeposits?\b", re.I), "押金"),
    # taxes and everyday rules a citizen asks after, which a district plan may never name
    (re.compile(r"\bproperty\s+tax(?:es)?\b", re.I), "房产税"),
    (re.compile(r"\bincome\s+tax(?:es)?\b", re.I), "所得税"),
    (
        re.compile(
            r"\b(?:import|export|trade)\s+tariffs?\b|\btariffs?\s+on\s+(?:imports?|goods)\b|\bcustoms\s+dut(?:y|ies)\b",
            re.I,
        ),
        "关税",
    ),
    (re.compile(r"\b(?:licen[cs]e|number)\s+plates?\b", re.I), "车牌"),
    (re.compile(r"\bfireworks?\b", re.I), "烟花"),
    (re.compile(r"\bprovident\s+fund\b", re.I), "公积金"),
    (re.compile(r"\bminimum\s+wage\b", re.I), "最低工资"),
)


def english_missing_benefits(question: str, plan_text: str) -> list[str]:
    """The English counterpart of `missing_benefits`: the plan's word for the benefit or price
    asked about, when the plan never uses it."""
    return [zh for pattern, zh in _EN_BENEFITS if pattern.search(question) and zh not in plan_text]


# an institution an English question names by its proper name: capitalised words before a head
_EN_INSTITUTION = re.compile(
    r"((?:(?:[A-Z][\w'’.-]*|of|the|and|for)\s+){1,6}"
    r"(?:School|Hospital|Museum|Library|Theatre|Theater|Stadium|Gymnasium|College|Kindergarten|Academy|Clinic|University))\b"
    r"(?!\s+[A-Z])"  # (the name goes on: "Guangzhou University Town" is no university)
)
_EN_NAME_GLUE = ("of", "the", "and", "for")
# capitalised at the head of a question, not of a name
_EN_OPENERS = frozenset(
    "is are was were will would does do did can could should has have what which when where why how "
    "when's where's what's tell please so and but or i my our".split()
)


def english_unknown_institutions(question: str, plan_text: str) -> list[str]:
    """The English counterpart of `missing_institutions`: a school, hospital or museum an English
    question names in full ("the Sun Yat-sen University Affiliated Middle School") that no row of
    the glossary names whole (a row of two words or more ending in its head, "Guangzhou Art
    Museum") and whose Latin the plan does not print: the plan names it nowhere."""
    out = []
    for m in _EN_INSTITUTION.finditer(question):
        words = m.group(1).split()
        while words and (words[0].lower() in _EN_NAME_GLUE or words[0].lower() in _EN_OPENERS):
            words = words[1:]
        if len(words) < 2:
            continue
        name, head = " ".join(words), words[-1].lower()
        whole = any(
            len(p.split()) >= 2 and p.split()[-1].rstrip("s") == head.rstrip("s") for p, _ in english_rows(name)
        )
        if not whole and normalize(name) not in plan_text:
            out.append(name)
    return out


_PLACE_SUFFIX = "湾岛洲村路街港园桥江河湖山塘涌"  # a one-character noun that makes a place name: 海珠 + 湾
_PLACE_FLAGS = ("ns", "nt")
MIN_PLACE_CHARS = 3  # jieba tags two-character common words as places too (上门)


# places every statement about the plan may name as its frame, not as what it says
FRAME_PLACES = frozenset("海珠 海珠区 广州 广州市 广东 广东省 中国 全国".split())


def salient_places(text: str) -> list[str]:
    """The places and bodies a statement puts things at: a place or institution word of three or
    more characters, or a noun joined to a one-character place word after it (海珠湾, as jieba
    cuts 海珠 / 湾); generic words (广州, 海珠) left out."""
    tagged = [(w, f) for w, f in pseg.lcut(normalize(text))]
    out: list[str] = []
    for (word, flag), (nxt, _) in zip(tagged, [*tagged[1:], ("", "x")]):
        if flag in NOUNS and len(word) >= 2 and len(nxt) == 1 and nxt in _PLACE_SUFFIX:
            out.append(word + nxt)
        elif flag in _PLACE_FLAGS and len(word) >= MIN_PLACE_CHARS and word not in GENERIC_NOUNS:
            out.append(word)
    # (海珠区, 广州市: the district and city every statement about the plan is in, as 海珠 is)
    return [p for p in dict.fromkeys(out) if p not in FRAME_PLACES]
