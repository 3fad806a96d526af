"""Answer composition: a search result → a `Composition` (text, citations, refused), offline.

    composer = Composer(plan)
    done = composer.extractive(question, query, result)
    done.text, done.citations[0].quote, done.refused

Every sentence of an extractive answer is the plan's own (a quote with its 章/節); what the
composer adds is framing — where the quote sits, who carries the task — or a refusal that says
why and points to the nearest sections.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial

import jieba
import jieba.posseg as pseg
import numpy as np

from assistant.answer import Citation
from assistant.claims import (
    ANY_YEAR,
    CODE_RE,
    CONTRADICTED,
    COUNTS,
    MIN_SHARED_THING,
    NOT_STATED,
    SUPPORTED,
    YEAR_RE,
    Claim,
    agent_swapped,
    ban_unwritten,
    benefit_unwritten,
    big_count_off,
    big_count_off_en,
    body_elsewhere_en,
    body_name_unprinted_en,
    body_swapped,
    body_swapped_en,
    body_unquoted_en,
    bracket_place_swapped,
    chain_order_off,
    change_off,
    change_years_off,
    claimed_part,
    claims_done,
    class_off,
    clause_holding,
    count_of_another,
    count_off,
    count_value,
    counted_apart_en,
    counted_words,
    counts_a_list,
    counts_own_list,
    counts_same_thing,
    counts_things,
    designation_unprinted,
    designation_unprinted_en,
    direction_elsewhere,
    direction_reversed,
    each_unstated,
    en_counted_words,
    english_absent_rows,
    english_names_unknown,
    english_unknown_names,
    english_unprinted,
    enumeration_counted,
    event_name_unprinted_en,
    figure_direction_reversed,
    figure_in,
    figure_owner,
    figure_thing_off,
    figures_crossed,
    figures_crossed_en,
    figures_of,
    filler_swapped,
    frequency_off,
    glossed_in,
    horizon_swapped,
    hospital_grade_off,
    is_hearsay,
    is_target_sentence,
    kind_count_off,
    kind_ordinal_off,
    label_crossed_en,
    label_named_otherwise,
    leader_elsewhere,
    level_elsewhere_en,
    level_held_en,
    level_named_otherwise,
    list_count_off,
    list_count_off_en,
    list_member_swapped,
    list_member_swapped_en,
    mandate_softened,
    mandate_unwritten,
    name_head_swapped,
    name_in,
    name_swapped,
    named_sites,
    number_of,
    one_character_off,
    only_as_target,
    order_reversed,
    ordinal_off_en,
    other_direction,
    pairs_crossed,
    per_swapped,
    place_unquoted_en,
    proper_name_in,
    quoted_names_unprinted,
    rank_off,
    rank_overstated,
    ranks_of,
    reach_off,
    region_swapped,
    respectively_swapped,
    reviewed_period_year,
    rounded_in,
    same_kind_figures,
    scope_overstated,
    scope_swapped,
    shared_run,
    sharing_most,
    site_elsewhere,
    site_in,
    slogan_numbers_off,
    slot_figure,
    slot_figure_en,
    slot_stated,
    span_end_off,
    span_start_held,
    split_sentences,
    stage_behind,
    stands_for_other,
    statement_year_held,
    statement_year_off,
    swapped_slot,
    target_not_done,
    task_taken_for_done,
    tenths_off,
    threshold_off,
    tier_swapped,
    unconfirmed_rows_en,
    unconfirmed_words,
    unit_of,
    unit_swapped,
    unprinted_things,
    value_range,
    verb_reversed,
    words_never_printed,
    year_off,
)
from assistant.conversation import is_follow_up
from assistant.extractive import (
    SECTIONS_CONSIDERED,
    Scored,
    SentencePicker,
    asks_for_list,
    expand_enumeration,
    expand_leads,
    heading_items,
    location_phrase,
    phrase_sentences,
    pick,
    question_kind,
    sentences_of,
    task_paragraph,
    with_task_leads,
)
from assistant.parts import (
    SEEN_TWICE,
    Comparison,
    english_content,
    leans_on_first,
    pointed_topic,
    section_parts,
    split_parts,
)
from assistant.periods import (
    REVIEW_SECTION,
    asks_ahead,
    asks_ahead_now,
    asks_back,
    asks_both,
    looks_ahead,
    looks_back,
    named_period,
    reports_done,
    states_target,
)
from assistant.questions import (
    AREA_UNITS,
    ASKS_ANYTHING,
    CLAUSE,
    MIN_LIST_MARKS,
    NUMBER_Q,
    PROCEDURE_WORDS,
    asked_unit,
    asks_besides,
    asks_count_and_names,
    asks_for,
    asks_members,
    asks_opinion,
    asks_per_head,
    asks_place,
    asks_procedure,
    asks_split,
    asks_whether,
    asks_which_exactly,
    counted_noun,
    counted_noun_en,
    counted_phrase,
    counts_thing,
    in_words,
    measured_thing,
    measured_word,
    per_head,
    states_figure,
)
from assistant.refusal import (
    BUILT_HEADS,
    EVENT_HEADS,
    GENERIC_NOUNS,
    NOUNS,
    Evidence,
    english_missing_benefits,
    english_unknown_institutions,
    has_quantity,
    is_latin_query,
    missing_benefits,
    missing_codes,
    missing_heads,
    missing_institutions,
    missing_objects,
    missing_policies,
    missing_topics,
    out_of_scope,
    salient_places,
    weak,
)
from corpus.bodies import named_bodies
from corpus.models import Kind, Plan, Sentence, Table, chinese_number
from corpus.records import records_for
from corpus.text import CJK_RUN, is_simplified_query, normalize, to_simplified, to_traditional, without_enumerators
from retrieval.search import SearchResult
from retrieval.sentences import SentenceIndex
from retrieval.synonyms import english_rows, everyday_chinese, expand, narrower, plan_words, synonyms

_PERCENT = ("%", "％")  # the units of a rate
# words every claim about the plan may hold, naming no thing it measures
_PLAN_FRAME = frozenset({"目标", "规划", "纲要", "海珠", "海珠区", "广州", "十四五", "十三五"})
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?:\s*年)?(?!\d)")
_TIME_IN_CLAUSE = re.compile(r"\d{4}\s*年|年底|年前|年內|年内")
_DIGIT = re.compile(r"\d")
_YEAR_TERM = re.compile(r"(?:19|20)\d\d")


def _not_per_head(subject: Mapping[str, float]) -> dict[str, float]:
    """The subject without its per-head words (人均): they do not make a sentence about the thing
    asked per head (人均预期寿命 for 人均公园绿地面积)."""
    return {t: w for t, w in subject.items() if not per_head(t)}


def _per_head_figure(sc: Scored) -> bool:
    """A clause of the sentence gives a figure per person (「人均公园绿地面积约11.08平方米」)."""
    return any(_has_figure(c) and per_head(c) for c in CLAUSE.split(sc.sentence.text))


# what "how many" counts when it is people: the unit asked says so already (万人, 人)
_EN_PEOPLE = frozenset(("people", "persons", "residents", "inhabitants", "times", "years"))


def _counted_in_plan_words(question: str) -> tuple[str, ...]:
    """The plan's words for what an English "how many X" counts ("visitors" → 游客; each glossary
    row of X's words, for a row may be narrower than the plan's wording: "sports and fitness
    venues" → 体育, 健身, 场馆 for the plan's 体育健身场地); () when the question is not English,
    counts people, or has no row."""
    phrase = counted_noun_en(question) if is_latin_query(question) else None
    if phrase and (measured := _MEASURED_OF_EN.search(normalize(question))):
        phrase = measured.group(1)  # "how many hectares of farmland": farmland is what is measured
    if not phrase or phrase.split()[0] in _EN_PEOPLE:
        return ()
    return tuple(w for _, zh in english_rows(phrase) for w in zh)


# an amount of a thing in a unit of measure: "how many hectares of farmland …"
_MEASURED_OF_EN = re.compile(
    r"\bhow many (?:hectares|square (?:kilometres|kilometers|metres|meters)|km2|kilometres|kilometers|km|metres|meters|mu|acres)"
    r" of ([a-z][a-z' -]{2,40}?)(?= (?:does|do|is|are|will|did|has|have|was|were|in|inside|within|under|for)\b|\s*[?.,]|$)"
)


def _counts_in(sentence: str, words: Sequence[str]) -> bool:
    """The sentence gives a figure and names one of `words` (what is counted), or its first two
    characters: a glossary word may be narrower than the plan's (服务业 for "services", 政务服务)."""
    text = normalize(sentence)
    return _has_figure(sentence) and any(w[:2] in text for w in words)


def _has_figure(clause: str) -> bool:
    """A digit that is a figure, not one counting off items (「注:1.」, 「(3)」)."""
    return _DIGIT.search(without_enumerators(clause)) is not None


_AT_END = re.compile(r"最后|最後|结尾|結尾|末尾|收尾|\b(?:at the end|last|finally)\b", re.I)
_POSITION_FRAME = re.compile(
    r"^(?:这一?节|這一?節|这一?章|這一?章|这节|這節|提到|写到|寫到|还|還|什么|什麼|甚麼|要|讲|講|说|說|内容|內容|方面|怎么|怎麼|怎样|"
    r"其他|其它|别的|別的|哪些|还有|還有|讲了|講了|说了|說了|提了|写了|寫了|要求|有没有|有沒有"
    r"|一节|一節|一章|同一|那同|这同|這同|部分|那部分|这部分|這部分|一段|这段|這段)$"
)
# the words of an English "what else does that section say (about …)", not what it asks about
_EN_SECTION_FRAME = frozenset(
    "same section sections chapter chapters else anything something more other part paragraph say says said "
    "mention mentions mentioned named there also besides this that".split()
)
MIN_OWN_EN_WORDS = 2
_AT_START = re.compile(r"开头|開頭|开篇|開篇|第一句|\b(?:at the (?:start|beginning)|first sentence|opens with)\b", re.I)
_FRAME_WORD = re.compile(
    r"^(?:之前|以前|以后|以後|之后|之後|打算|计划|計劃|时候|時候|一年|哪一年|什么|甚麼|啥|规划|規劃|纲要|綱要|海珠区|海珠|"
    r"预计|預計|准备|準備|能够|能夠|可以|是否|哪年|年份|目标|目標|期间|期間|十四五|十三五|全区|全區|多少|还要|還要"
    r"|十四|四五|十三|三五|实现|达到|完成|建成|开通|通车|开放|启用|完工|竣工|投用|落成|到底|究竟|大概|大约|具体|不是|是不是|就是|还是|但是|可是|不过|要求|需要|提出)$"
)
# what measures a thing, not the thing: 面积, 增速, 每年
_MEASURE_WORD = re.compile(
    r"面积|占地|增速|增长|增幅|增加|每年|年均|平均|比例|比重|占比|规模|数量|总量|水平|速度|总额|金额|多大|多少|达到"
    r"|^(?:这|那|哪)|^第|[章节]$"
)
PAST_FIGURE_DEPTH = 8  # sentences searched for a target before saying the plan gives only the past figure
COUNTED_BONUS = 0.5  # a clause that counts the very thing a "多少個X" question names comes first
MIN_PLAN_NAME_CHARS = 5  # a zone or body name the plan uses, long enough not to be a common word (省法院)
ALT_EVIDENCE_MARGIN = (
    0.15  # searched without the names it places things at, a claim's other words must match this much better
)
MIN_RECORD_COVERAGE = 0.2  # share of a claim's words a sentence reporting a result must hold
# … of an English claim's plan words (the glossary's Chinese for its words, broader than an
# asker's own Chinese: more of them must be held)
MIN_RECORD_COVERAGE_EN = 0.3
TOP_SENTENCE_BONUS = 0.2  # the answer's first clause comes from the best sentence unless another matches far better
MAX_OVERVIEW = 5  # paragraphs listed for "what else does this section say"
SHOWN_PREFIX = 10  # characters of a sentence's opening that mark it as already quoted
OVERVIEW_CHARS = 1200  # shared by those paragraphs: each gives its lead and as many sentences as its share holds
# what a follow-up leaves out of a part: 「婦女以外的部分」, 「除了婦女」
_LEFT_OUT = re.compile(
    r"除了?([\u4e00-\u9fff]{2,8}?)(?:以外|之外|外)?(?=[，,的]|$)|([\u4e00-\u9fff]{2,8}?)(?:以外|之外)的?"
)
# a question about a 專欄's contents (its rows were not published), not about where it sits or what it is
_TABLE_CONTENTS = re.compile(
    r"哪些|哪几|多少|具体|内容|项目|列了|列出|包括|包含|明细|目标值|数据|数字|几个|几项|分别|which|what (are|projects)|how (many|much)|list"
    r"|\bwhat\b(?!.*\b(?:called|titled|title|named|name|about|where)\b)",
    re.I,
)


# a question for the places the plan speaks of a thing: 「出现在哪两处」, "appears twice" (not
# 「哪两个地方的品牌」: places that own the thing asked about; nor 「贵州哪两个地方」, which are
# localities: 地方 is a place of the plan only where something is said or found there)
_PLACES_Q = re.compile(
    r"(?:哪(?:两|几)处|两处|哪两节|哪两个部分|几处|两块)(?![的嘅])"
    r"|在哪?两个地方|两个地方(?:提到|提及|出现|讲|说|写|有提|都有)|(?:appears?|mentioned|comes up) (?:twice|in two places)"
    r"|\btwo places\b",
    re.I,
)
# (「一次在…，另一次…」: the question names each place itself, and asks of each)
_EACH_NAMED = re.compile(
    r"另一次|另一处|(?<!第)一次(?:在|是)|第[一二]次(?:在|是|出现|提到)|\b(?:first|second) (?:time|mention|one)\b|\bonce\b|\bthe other\b",
    re.I,
)
MIN_PLACES, MAX_PLACES = 2, 4
_SHARE_Q = re.compile(r"占比|比重|比例|百分比|\bshare\b|\bpercentage\b|\bproportion\b", re.I)
_SHARE_S = re.compile(r"占比|比重|比例|占[^，,。；;]{0,12}的?(?:比重|比例)?")
# a comparison that asks which is more, or for figures: the two sides' figures are set side by side
_ASKS_MEASURE = re.compile(
    NUMBER_Q.pattern
    + r"|哪(?:个|一个|边个|样)?[^，,。？?\s]{0,4}?(?:更|比较|较)?[大多长高快远少小低宽重深早晚]"
    + r"|谁[^，,。？?\s]{0,4}?(?:更|比较)?[大多长高快少小低]"
    + r"|更[大多长高快远少小低宽]|[大多长高快少小低]还是[大多长高快少小低]|增长|增速|涨|超过|相比|差距|差多少"
    + r"|\b(?:larger|bigger|more|faster|higher|longer|smaller|less|fewer|lower|shorter|earlier|later|greater)\b",
    re.I,
)
SWAP_DEPTH = 3  # the best sentences a claim's unknown name is looked for in another's place
# the words that ask for the places, not the thing: 「各自」「分别」「两处」「任务部分」
_PLACES_FRAME = re.compile(ASKS_ANYTHING.pattern + r"|各自|分别|各个|两处|两块|地方|部分|任务|提到|出现|提了|讲了")


def asks_places(question: str) -> bool:
    """The question asks where (all) the plan speaks of a thing, in more than one place."""
    q = normalize(question)
    if section_parts(q):
        return False  # 「A在第三章第一節和第三節…兩處有何不同」: the two places are named, each is read
    return _PLACES_Q.search(q) is not None or (
        SEEN_TWICE.search(q) is not None and not _EACH_NAMED.search(q) and len(split_parts(q)) <= 1
    )


# a claim's verdict line when the plan says something else (its words follow)
_QUOTE_MARKS = re.compile(r"[“”「」『』\"'‘’]")
MIN_PLACED_RUN = 8  # characters of a claim's own words a quote must share to be the text it places
_SAYS_OTHERWISE = ("綱要沒有這樣寫；綱要寫的是：", "No: the plan does not say that. It says:")
# … and when it does
_SAYS_SO = ("是的，綱要有這樣的內容：", "Yes, the plan says so:")
# … when the nearest text does not state what the claim says
_NOT_CONFIRMED = (
    "綱要沒有寫明這一點，無法證實這個說法。相關內容最接近的是：",
    "The plan does not state this, so it cannot be confirmed. The nearest text:",
)
# … and when it takes for a goal what the plan reports as done
_DONE_NOT_TARGET = (
    "綱要沒有這樣寫：這是「十三五」時期已經完成的，不是今後的目標。",
    "No: the plan reports this as already achieved in the last plan period, not as a goal ahead.",
)
# … and when it takes for done what the plan sets as a target
_TARGET_NOT_DONE = (
    "綱要沒有這樣寫：這是綱要提出的目標，不是已經做到的事。相關原文：",
    "No: this is a target the plan sets, not something already done. The text:",
)
_LAST_PERIOD_YEAR = re.compile(r"201[6-9]|2020")  # the years of the last plan period, which the plan reviews
_COUNT_UNITS = frozenset("家 个 所 项 座 条 张 名 人 万人 宗 栋 套 间 户 场 次 艘 辆".split())  # a count of things
# who leads or carries a task, in a claim: the quote must say so too
_LEAD_ROLE = re.compile(r"牵头|负责|主导|主办|承办")
# how the plan says who carries a task: the same words, or 「由…承担…责任」
_ROLE_STATED = re.compile(rf"{_LEAD_ROLE.pattern}|由[^,，。;；]{{1,24}}(?:承担|实施|落实)|责任")


# an English question that names a table (专栏 by number is routed before this)
_EN_TABLE = re.compile(r"\btables?\b", re.I)


@dataclass(frozen=True)
class Composition:
    text: str
    citations: tuple[Citation, ...]
    refused: bool  # True: the plan does not answer the question
    verdict: str | None = None  # for a claim: supported | contradicted | not_stated


def short_ref(plan: Plan, chapter_no: int, section_no: int) -> str:
    """第九章第二節「嚴格執行污染防治」 — compact enough to follow each quote."""
    if chapter_no == 0:
        return "前言"
    chapter = plan.chapter(chapter_no).label.split(" ")[0]
    if section_no == 0:
        return f"{chapter}章首"
    section = plan.section(chapter_no, section_no)
    return f"{chapter}{section.label.split(' ')[0]}「{section.title}」"


def citation_for(plan: Plan, chapter_no: int, section_no: int, quote: str, lines: Sequence[int]) -> Citation:
    chapter = plan.chapter(chapter_no)
    section = plan.section(chapter_no, section_no)
    return Citation(
        chapter_no=chapter_no,
        chapter_title=chapter.title,
        section_no=section_no,
        section_title=section.title if section_no else "",
        breadcrumb=plan.breadcrumb(chapter_no, section_no),
        quote=quote,
        lines=tuple(sorted(set(lines))),
    )


MANY_UNSAID = 3  # a claim's words for what it is about that its quote lacks: so many, it is about something else
MANY_UNSAID_EN = 2  # (of an English claim, the words the glossary knows: fewer, as it knows fewer)


# a figure asked per so many people ("per 10,000 residents", 「每千人」), and the plan's figure of one
_PER_POPULATION_Q = re.compile(
    r"\bper (?:1,?000|10,?000|100,?000|thousand|ten thousand|hundred thousand)\b|每(?:万|千|十万)(?:名|个)?"
    r"(?:人|常住人口|户籍人口|老人|居民)",
    re.I,
)
_PER_POPULATION = re.compile(r"每(?:万|千|十万)(?:名|个)?[^，,。；;、]{0,16}?\d")
# a sum asked for by the benefit it is (a reward, a subsidy, a grant), and the plan's words for one
_BENEFIT_SUM_Q = re.compile(
    r"\b(?:cash |financial )?(?:rewards?|subsid(?:y|ies)|grants?|bonus(?:es)?|prizes?)\b|奖励|奖金|补贴|补助|资助", re.I
)
_BENEFIT_WORDS = re.compile(r"奖|补贴|补助|资助|扶持资金")  # (奖: 奖励, 奖金, 奖补, 创新企业奖)


def _as_written(word: str, question: str) -> str:
    """An English word as the question writes it ("Tencent" for the table's "tencent")."""
    m = re.search(re.escape(word), question, re.I)
    return m.group(0) if m else word


def in_user_script(question: str, text: str) -> str:
    """Composed text (written in Traditional) in the question's script."""
    return to_simplified(text) if is_simplified_query(question) else text


def _contiguous(sentences: list[Sentence]) -> bool:
    return all(a.line == b.line and a.end == b.start for a, b in zip(sentences, sentences[1:]))


# measure words of a count: 16条 and 16个 are both sixteen of something


def _order(a: tuple[float, float], b: tuple[float, float]) -> int | None:
    """How two amounts compare (1: the first is larger, -1: smaller, 0: the same), or None when
    the plan's words leave it open: 两千多种 is [2000, 3000), neither above nor below 2500."""
    if a == b and a[0] == a[1]:
        return 0
    if a[0] >= b[1] and a != b:
        return 1
    if b[0] >= a[1] and a != b:
        return -1
    return None


def _same_measure(a: str, b: str) -> bool:
    ua, ub = unit_of(a), unit_of(b)
    return ua == ub or (ua in COUNTS and ub in COUNTS)


def bigrams(text: str) -> set[str]:
    """The character pairs of `text`: how much two pieces of (normalised) text share."""
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _side_figures(part: str, comp: Composition) -> list[tuple[str, str]]:
    """The figures (not years) of one side's quotes with the sentence each is in, those closest
    to the side's question first: a sentence of the side's period (the review for 十三五, the
    targets for 十四五), then the one that shares most of its words, then the figure whose label
    (the words just before it) the question names — 「十年16条」 for the ten-year target."""

    def grams(text: str) -> set[str]:
        return bigrams(normalize(text))

    # (an English side is read by the plan's words for it: "good-air-quality days" → 空气质量优良天数)
    asked, side = grams(expand(part) if is_latin_query(part) else part), normalize(part)
    past, future = asks_back(side), asks_ahead(side)
    ranked: list[tuple[int, int, int, int, str, str]] = []
    for cite in comp.citations:
        for sentence in re.split(r"[。；;]", cite.quote):
            text = normalize(sentence)
            other = (past and looks_ahead(text)) or (future and looks_back(text))
            near = len(asked & grams(sentence))
            for clause in re.split(r"[，,：:、]", sentence):
                for f in figures_of(clause):
                    if unit_of(f) in ("", "年"):
                        continue
                    at = normalize(clause).find(number_of(f))
                    label = normalize(clause)[max(at - 2, 0) : max(at, 0)]
                    # 「由82.99岁延长到83.02岁」: what was reached, not where it started
                    start = int(label.endswith(("由", "从")))
                    ranked.append((int(other), -near, start - len(asked & grams(label)), len(ranked), f, text))
    return [(f, text) for *_, f, text in sorted(ranked)]


_HEAD = re.compile(r"^([^的，,？?]{2,12})的")


def _with_shared_head(first: str, second: str) -> str:
    """The second side read with what the first side's figure is of, when only the first names
    it (「舊街區改造的三年目標和五年目標」: the five-year target is the 舊街區's too, not the first
    five-year figure of the quote's list)."""
    head = _HEAD.match(normalize(first))
    if head is None or head.group(1) in normalize(second) or "的" in normalize(second):
        return second
    return f"{head.group(1)}的{second}"


def _from_to(figure: str, sentence: str) -> str:
    """The figure with where it started, when the sentence says so (「由17家增长至51家」 for 51家):
    a change is compared by both ends."""
    if not figure[:1].isdigit():
        return figure
    m = re.search(
        rf"(?:由|从)\s*\d+(?:\.\d+)?\s*[^\d,，。；;]{{0,4}}?(?:增长|增加|提高|提升|扩大|上升|下降|减少|延长)?\s*(?:到|至){re.escape(figure)}",
        normalize(sentence),
    )
    return m.group(0) if m else figure


def _states(text: str, unit: re.Pattern[str], thing: str | None) -> bool:
    """A clause of `text` gives a figure in `unit` (of `thing`, when the question names what it counts)."""
    things = _words_for(thing) if thing is not None else ()
    return any(
        (states_figure(c, unit) and (thing is None or any(_names_short(t, normalize(c)) for t in things)))
        or any(counts_thing(c, t) for t in things)
        for c in CLAUSE.split(text)
    )


# what a sum of money measures, as a question names it → the plan's words for that measure
_MONEY_MEASURES = (
    (re.compile(r"投资|\binvest", re.I), ("投资",)),
    (re.compile(r"营收|营业收入|\brevenues?\b|\bturnover\b", re.I), ("营业收入", "营收", "收入")),
    (re.compile(r"财政收入|税收|纳税|\btax", re.I), ("税", "收入")),
    (re.compile(r"产值|\boutput\b", re.I), ("产值", "增加值", "生产总值")),
    (re.compile(r"gdp|生产总值|经济总量", re.I), ("生产总值",)),
    (re.compile(r"预算|\bbudget", re.I), ("预算",)),
)


_OF_GDP = re.compile(r"\b(?:of|in) (?:the )?(?:district's |haizhu's |its )?(?:gdp|economy|economic output)\b", re.I)


def _states_share(text: str, unit: re.Pattern[str], things: Sequence[str], of_gdp: bool) -> bool:
    """The sentence `text` gives a percentage and names one of `things`; a share of GDP asked
    (`of_gdp`) is given only by a clause that names 生产总值 with its percentage."""
    t = normalize(text)
    if not states_figure(t, unit) or not any(w in t for w in things):
        return False
    return not of_gdp or _states_measure(text, unit, ("生产总值",))


def _money_measures(question: str) -> tuple[str, ...]:
    """The plan's words for what the sum a question asks measures (投资 of 「总投资多少钱」), () when
    it names no measure."""
    q = normalize(question)
    return tuple(w for cue, words in _MONEY_MEASURES if cue.search(q) for w in words)


NAMED_HEADING_DEPTH = 5  # best sentences searched for a sub-heading a list question names
MIN_DASHED_ITEMS = 2  # items set out with dashes under a named sub-heading, for them to be its list
_HEADING_NUMBER = re.compile(r"^\s*\d+\s*[.．、]\s*")
MIN_HEADING_NAME = 4  # characters of a sub-heading's title (高端服务) a question must write whole


def _heading_named(heading: str, question: str) -> bool:
    """The question writes the sub-heading's title whole (新一代信息技术 of 「1.新一代信息技术」)."""
    title = _HEADING_NUMBER.sub("", normalize(heading)).strip()
    return len(title) >= MIN_HEADING_NAME and title in normalize(question)


_THOSE_YEARS = re.compile(r"[这那]几年")
MIN_NAME_CHARS = 3  # characters of a word that names a thing of its own (文化館, 試驗區), not a kind
_DISTRICT_WORDS = frozenset("海珠 海珠区 全区 区".split())  # the district as a whole, not a thing in it


def _names_subject(sc: Scored, subject: Mapping[str, float]) -> bool:
    """The sentence (or its section's heading) names one of the question's subject terms other
    than the measure asked (营收, 投资); a question with none names nothing to look for."""
    things = [t for t in subject if not any(cue.search(t) for cue, _ in _MONEY_MEASURES)]
    text = normalize(f"{sc.sentence.text} {sc.chunk.breadcrumb}")
    return not things or any(_titled(t, text) for t in things)


def _states_measure(text: str, unit: re.Pattern[str], measures: Sequence[str]) -> bool:
    """A clause of `text` gives a sum in `unit` and names one of the `measures`."""
    return any(states_figure(c, unit) and any(m in normalize(c) for m in measures) for c in CLAUSE.split(text))


# the words of a share itself, not of what it is a share of or what has it (比重, GDP, 目标)
_SHARE_FRAME = frozenset("地区生产总值 生产总值 比重 比例 占比 百分比 目标 海珠 海珠区 广州 规划".split())


def _share_things_en(question: str) -> tuple[str, ...]:
    """The plan's words for what an English question asks the share or rate of ("the exhibition
    industry" 会展业 of "what share of GDP did the exhibition industry contribute"), () when the
    glossary knows none."""
    return tuple(w for _, words in english_rows(question) for w in words if w not in _SHARE_FRAME)


def _names_short(thing: str, clause: str) -> bool:
    """The clause names the thing, or, for a word of two characters, its full name of which the
    word is the usual shortening (旧楼 of 「旧住宅楼宇」: its first and last characters, close)."""
    return thing in clause or (
        len(thing) == 2
        and re.search(f"{re.escape(thing[0])}[\u4e00-\u9fff]{{1,3}}{re.escape(thing[1])}", clause) is not None
    )


@lru_cache(maxsize=256)
def _words_for(thing: str) -> tuple[str, ...]:
    """The thing counted, and the plan's words for an everyday word it begins (展览 → 展会)."""
    return (thing, *(w for left, right in synonyms() if left.startswith(thing) for w in right.split()))


# an amount the plan leaves open: 「每年建设新增一批小公园」 gives no number of parks
_OPEN_WORDS = ("一批", "一大批", "若干", "一些", "一系列", "多个")
_OPEN_AMOUNT = re.compile(f"(?:{'|'.join(_OPEN_WORDS)})([\u4e00-\u9fff、]{{1,10}})")


def _left_open(question: str, scored: Sequence[Scored]) -> bool:
    """The best sentence speaks of what a "how many" question counts with an amount it leaves
    open (一批, 若干), and no top sentence gives a count in a clause naming that thing."""
    asked = [
        w
        for w in jieba.lcut(normalize(question))
        if len(w) >= 2 and CJK_RUN.fullmatch(w) and not _FRAME_WORD.search(w) and not _MEASURE_WORD.search(w)
    ]
    if not asked or not scored:
        return False
    opened = [
        w
        for c in CLAUSE.split(normalize(scored[0].sentence.text))
        for m in _OPEN_AMOUNT.finditer(c)
        for w in asked
        if w in m.group(1)
    ]
    # (a count of things, not any figure: 「人均公园绿地面积约11.08平方米」 counts no parks)
    counted = (normalize(c) for sc in scored[:3] for c in CLAUSE.split(sc.sentence.text) if counts_things(c))
    return bool(opened) and not any(w in c for c in counted for w in opened)


_NAMED_DEPTH = 8  # the best sentences searched for a count or a list of what is asked
# the question asks in which one of a kind a thing is to be put (「设在哪家医院」, 「建在哪所学校」)
_SITED_IN = re.compile(r"(?:设|建|放|落户|搬|迁|开|落)(?:在|到|于)哪(?:一)?(?:家|间|个|所|座|栋|条|片)")


def _neither_counted_nor_named(question: str, scored: Sequence[Scored]) -> bool:
    """ "How many X, and which?": no top sentence counts X or lists items in a clause naming X
    (「优化调整公交线网」 gives neither the number of bus lines nor their names)."""
    phrase = counted_phrase(question)
    if phrase is None or phrase[:2] in GENERIC_NOUNS or phrase[-2:] in GENERIC_NOUNS:
        return False  # 「哪几个方面」 counts no thing of its own
    words = (*_words_for(phrase[:2]), phrase[-2:])  # (its head too: 工厂 of 新型工厂)
    for sc in scored[:_NAMED_DEPTH]:
        for clause in CLAUSE.split(sc.sentence.text):
            c = normalize(clause)
            if any(w in c for w in words) and ("、" in c or counts_things(c)):
                return False
    return True


# what a "which exactly" may ask for that names no thing of its own (哪几年, 哪几个方面)
_NOT_NAMED_THINGS = GENERIC_NOUNS | frozenset("年 月 天 日 次 些 位 方面 样 一批".split())
# jieba's tags for a word that can name one thing before its kind (金融城 片区, 凤阳 … 等 街道)
_NAMING_TAGS = frozenset(("n", "ns", "nr", "nt", "nz", "nrt", "eng", "j", "x"))
# (the words before one thing that leave it unnamed: an open amount, 各, 每个, 一条)
_OPEN_AMOUNTS = frozenset((*_OPEN_WORDS, *"各 每个 一条 一个".split()))


def _thing_words(thing: str) -> tuple[str, ...]:
    """The plan's words for a thing asked about: its own (Chinese) and what the synonym table
    gives for it (商场 → 商业综合体; "roads" → 道路)."""
    if thing.isascii():
        return tuple(plan_words(thing))
    return _words_for(thing)


_COUNTED_ITEM = re.compile(r"\d|[一二两三四五六七八九十百]+[个条座所家间年项处]")


# words that say what sort a thing is, not which one: 智慧派出所, 头部企业, 星级酒店
_SORT_WORDS = frozenset(
    "智慧 头部 星级 高端 主题 特色 龙头 重点 优质 大型 新型 骨干 示范 知名 本土 各类 相关 领军 "
    "专业 综合 公办 民办 国有 优势 品牌 智能 现代 高品质 国际化 社区".split()
)


def _sort_only(item: str, word: str) -> bool:
    """`word` in `item` is qualified by its sort alone (「定位高端的星级酒店」, 「智慧派出所」)."""
    head = item[: item.find(word)]
    before = [w for w in jieba.lcut(head) if w.strip()]
    return bool(before) and (before[-1] in _SORT_WORDS or before[-1] == "的")


# words for a kind of place, not one place by its name (城中村 is no village's name)
_KINDS_OF = frozenset("城中村 乡村 农村 村落 村社".split())
_KIND_OF = re.compile("|".join(sorted(_KINDS_OF, key=len, reverse=True)))


def _names_items(clause: str, words: Sequence[str]) -> bool:
    """The clause enumerates things by name around the thing asked (「人工智能与数字经济、城市更新
    “双引擎”」), not counts (「三年4条、五年13条」), an open amount of it (「一批小公园、小广场」)
    or sorts of it (「智慧办证中心、智慧派出所」)."""
    items = [_KIND_OF.sub("", item) for item in clause.split("、")]  # (周边村落: no village named)
    if len(items) < 2 or sum(not _COUNTED_ITEM.search(item) for item in items) < 2:
        return False
    return any(
        any(w in item and not _sort_only(item, w) for w in words) and not _OPEN_AMOUNT.search(item) for item in items
    )


MIN_RATE_CHARS = 3  # a rate named by what it measures (失业率, 覆盖率), not 率 or 比率 alone


def _rates_asked(question: str) -> list[str]:
    """The rates a Chinese question names (失业率 of 「城镇调查失业率目标是多少」); [] when it names
    none. (The glossary is not read: it sends a search for 失业率 to the plan's 就业率, a neighbour
    worth reading, not the same figure.)"""
    if is_latin_query(question):
        return []
    return [w for w in jieba.lcut(normalize(question)) if len(w) >= MIN_RATE_CHARS and w.endswith("率")]


def _gives_rate(text: str, rates: Sequence[str]) -> bool:
    """`text` names one of the rates: whole, or what it measures with at most two characters more
    before 率 (绿化覆盖率 for 绿化率; not 失业人员就业率 for 失业率)."""
    t = normalize(text)
    return any(r in t or re.search(re.escape(r[:-1]) + r"[\u4e00-\u9fff]{0,2}率", t) for r in rates)


# a body asked for by its kind alone: any body the sentence names answers
_BODY_KINDS = frozenset(
    "机构 部门 单位 body bodies agency agencies institution institutions organisation organization department".split()
)
# who is to carry out a task, asked by kind ("which company will run …"): the plan seldom says
_WHO_DOES_IT = frozenset(
    "company firm operator developer contractor designer architect bank 公司 企业 承建商 开发商 运营商 银行".split()
)


def _bears_out(claim: Claim, figures: Sequence[str], found: Scored) -> bool:
    """Every one of the claim's `figures` is in the sentence `found`, in a clause naming what
    the claim counts by it (its nouns there, or the glossary's words for an English claim's),
    and the sentence states no figure as a target the claim takes for done."""
    text = found.sentence.text
    for f in figures:
        if not figure_in(f, text):
            return False
        words = (
            en_counted_words(claim.proposition, f)
            if is_latin_query(claim.proposition)
            else counted_words(claim.proposition, f)
        )
        clause = clause_holding(f, text)
        # (or two characters of a longer word side by side: 体育场地 for 健身场地)
        if not words or not any(w in clause or (len(w) >= 3 and len(shared_run(w, clause)) >= 2) for w in words):
            return False
    return not (claims_done(claim.proposition) and is_target_sentence(text))


def _kind_of(thing: str) -> str:
    """The kind an English thing asked for is of: its last word, singular ("firm" of "design
    firms"); a Chinese one as it is."""
    if not thing.isascii():
        return thing
    last = thing.split()[-1]
    return last[:-3] + "y" if last.endswith("ies") else last.removesuffix("s")


MIN_COUNTED_MEMBERS = 3  # a group this large the plan would list with 、 if it named its members


def _restated(question: str, scored: Sequence[Scored]) -> list[tuple[str, Scored]]:
    """The figures written in digits that the question gives itself (「這8家」, "17 logistics parks",
    「296億元」), each with the top sentence that holds it (no year: when is not what)."""
    found = []
    for f in figures_of(question):
        if not f[:1].isdigit() or unit_of(f) == "年" or YEAR_RE.fullmatch(f):
            continue
        if (sc := next((sc for sc in scored[:3] if figure_in(f, sc.sentence.text)), None)) is not None:
            found.append((f, sc))
    return found


def _members_unlisted(question: str, scored: Sequence[Scored]) -> bool:
    """ "Which are the 8 listed firms?": the plan counts the group (「上市企業由3家增至8家」) and no
    top sentence sets out that many names with 、."""
    # (a count by its measure word, 8家; a bare number only in English, "17 logistics parks": in
    # Chinese it is part of a name, 「1314幸福線」)
    english = is_latin_query(question)
    counts = [
        n
        for f, _ in _restated(question, scored)
        if (unit_of(f) in COUNTS or (english and f.isdigit())) and (n := count_value(f)) and n >= MIN_COUNTED_MEMBERS
    ]
    return bool(counts) and not any(normalize(sc.sentence.text).count("、") >= max(counts) - 1 for sc in scored[:3])


def _total_unsplit(question: str, scored: Sequence[Scored]) -> bool:
    """ "How do the 296億元 divide?": the sentence that gives the total gives no other figure in its
    unit after it (a part of it, 「其中…92個」)."""
    for f, sc in _restated(question, scored):
        text = normalize(sc.sentence.text)
        after = text[text.find(number_of(f)) + len(number_of(f)) :]
        if unit_of(f) and not any(unit_of(g) == unit_of(f) for g in figures_of(after)):
            return True
    return False


_PROPER_FLAGS = ("nz", "j")  # jieba's tags for a thing's own name (登革热) and a short form (房产税)


def _cut_across(word: str, query: str, plan_text: str, is_word: Callable[[str], bool]) -> bool:
    """`word` is a piece jieba cut across one of the plan's words: a two-character word of the plan
    straddles its first or last character in the query (「搞成分时步行街」 cut 搞 成分 时步行街, across
    the plan's 分时 of 分时制步行街), so the plan's word, not this piece, is what was written."""
    for m in re.finditer(re.escape(word), query):
        for a in (m.start() - 1, m.end() - 1):
            pair = query[a : a + 2] if a >= 0 else ""
            if len(pair) == 2 and CJK_RUN.fullmatch(pair) and is_word(pair) and pair in plan_text:
                return True
    return False


def _names_none(question: str, thing: str, scored: Sequence[Scored]) -> bool:
    """ "Which X exactly?": the best sentence about X names no X — each X it writes is counted or
    qualified, not named (「建设一批离境退税商店」; 「城中村改造五年13条」, where 城中村 is the
    asker's own word). False when it names some (「凤阳、瑞宝…等街道」, 「金融城片区」), or no top
    sentence uses any word the plan has for X."""
    if thing in _BODY_KINDS and scored and named_bodies(scored[0].sentence.text):
        return False  # 「由哪个机构来建」: 「支持琶洲实验室建设…」 names one, whatever kind of body it is
    words = _thing_words(thing)
    about = next((sc for sc in scored[:_NAMED_DEPTH] if any(w in normalize(sc.sentence.text) for w in words)), None)
    asked = normalize(question)
    if (
        (_SITED_IN.search(asked) or _kind_of(thing) in _WHO_DOES_IT)
        and scored
        and not any(w in normalize(scored[0].sentence.text) for w in words)
    ):
        # 「资源中心设在哪家医院」, "which company will run the pilot": the sentence about the thing
        # puts it in no 医院, names no firm
        return True
    if about is None:
        return False
    for clause in CLAUSE.split(normalize(about.sentence.text)):
        if _names_items(clause, words):
            return False  # 「人工智能与数字经济、城市更新“双引擎”」
        tagged = [("", ""), *((w, flag) for w, flag in pseg.lcut(clause) if w.strip())]
        for (before, flag), (word, _) in zip(tagged, tagged[1:]):
            kind = next((w for w in words if word.endswith(w)), None)
            if kind is None or flag in ("m", "q", "mq") or before in _OPEN_AMOUNTS or before in _SORT_WORDS:
                continue  # an amount of them (一批小公园, 13条) or a sort (头部企业), not one by its name
            if word != kind:
                if word not in asked and len(word) - len(kind) >= 2 and word not in _KINDS_OF:
                    return False  # one of them by its name (黄埔村), not a kind (城中村 asked, 小公园)
            elif before == "等" or (flag in _NAMING_TAGS and before + kind not in asked):
                return False  # 「凤阳、瑞宝…等街道」, 「金融城 片区」
    return True


def _names_only_given(given: str, scored: Sequence[Scored]) -> bool:
    """ "Besides X, which other…?": the best sentence naming X names it alone, as an example of
    its kind (「将艺苑路段等夜间经济重要路段调整为…」): the plan gives no others."""
    words = [normalize(given)] if CJK_RUN.search(given) else plan_words(given)
    for sc in scored[:_NAMED_DEPTH]:
        text = normalize(sc.sentence.text)
        word = next((w for w in words if w and w in text), None)
        if word is None:
            continue
        clause = next(c for c in CLAUSE.split(text) if word in c)
        at = clause.find(word)
        listed = (
            "、" in clause[:at] or "、" in clause[at : clause.find("等", at) if "等" in clause[at:] else len(clause)]
        )
        return not listed and re.match(r"[\u4e00-\u9fff]{0,3}等", clause[at + len(word) :]) is not None
    return False


def _continuation(top: Scored, scored: Sequence[Scored], taken: Sequence[Sentence]) -> Sentence | None:
    """The sentence after the best one, in its paragraph, when it carries on with the question's
    words (「建設“無界濕地”…」 then 「支持濕地周邊…構建…創投生態圈」): what the plan does next
    about the thing asked for is part of the answer."""
    sents = top.chunk.sentences
    i = sents.index(top.sentence)
    if i + 1 >= len(sents) or sents[i + 1].line != top.sentence.line or sents[i + 1] in taken:
        return None
    nxt = next((sc for sc in scored if sc.sentence == sents[i + 1]), None)
    return nxt.sentence if nxt is not None and nxt.coverage > 0 else None


def _dated(text: str, terms: Mapping[str, float]) -> bool:
    """A clause of `text` gives a year and names one of `terms`."""
    return any(_TIME_IN_CLAUSE.search(c) and any(t in normalize(c) for t in terms) for c in CLAUSE.split(text))


def _names(text: str, terms: Iterable[str]) -> bool:
    """`text` names one of `terms` (normalised words)."""
    t = normalize(text)
    return any(term in t for term in terms)


def _naming(scored: Sequence[Scored], terms: Iterable[str]) -> Scored:
    """The best of the top sentences that names one of `terms` (to show where the plan speaks of
    the thing asked when it gives no figure or date), else the best one."""
    return next((sc for sc in scored[:3] if _names(sc.sentence.text, terms)), scored[0])


def _most_named(ordered: Sequence[Sentence], words: Sequence[str]) -> list[Sentence]:
    """The sentences that name the most of `words` (none when no sentence names any)."""
    hits = [sum(t in normalize(s.text) for t in set(words)) for s in ordered]
    return [s for s, n in zip(ordered, hits) if n and n == max(hits)]


NEAREST = 2  # sentences quoted for a follow-up that names its thing in other words than the plan's


def _nearest(ordered: Sequence[Sentence], index: SentenceIndex, query_vector: np.ndarray | None) -> list[Sentence]:
    """The NEAREST sentences to the query by their vectors, in reading order (none without vectors)."""
    if query_vector is None:
        return []
    scored = [(float(v @ query_vector), n) for n, s in enumerate(ordered) if (v := index.vector_of(s)) is not None]
    return [ordered[n] for n in sorted(n for _, n in sorted(scored, reverse=True)[:NEAREST])]


def _covering(ordered: Sequence[Sentence], words: Sequence[str]) -> list[Sentence]:
    """The sentences that name the most of `words`, then each one that names an asked word they
    leave out (「对国有物业和国有资产监管怎么说」: the 国有物业 sentence too), in reading order."""
    asked = set(words)
    named = [{t for t in asked if t in normalize(s.text)} for s in ordered]
    most = max((len(n) for n in named), default=0)
    taken = {i for i, n in enumerate(named) if n and len(n) == most}
    covered = set().union(*(named[i] for i in taken))
    while True:
        gain, best = max(((len(named[i] - covered), i) for i in range(len(ordered)) if i not in taken), default=(0, -1))
        if not gain:
            break
        taken.add(best)
        covered |= named[best]
    return [s for i, s in enumerate(ordered) if i in taken]


def _lead_text(question: str, clause: str) -> str:
    """「綱要寫明：…。」 of a clause of a quote, in the user's script."""
    clause = clause.strip().rstrip("。；;，,")
    if clause.count("“") != clause.count("”"):  # a clause cut from a quoted list keeps one mark
        clause = clause.replace("“", "").replace("”", "")
    return in_user_script(question, f"綱要寫明：{clause}。")


@lru_cache(maxsize=64)
def _tagged(query: str) -> tuple[tuple[str, str], ...]:
    """The query's words with jieba's parts of speech (read for missing topics and for benefits)."""
    return tuple((w, flag) for w, flag in pseg.lcut(normalize(query)))


def _about(sc: Scored, subject: Iterable[str], *, titles: bool = True) -> bool:
    """The sentence, or (`titles`) the title of its 章 or 節, names `subject`."""
    text = normalize(sc.sentence.text)
    heads = normalize(f"{sc.chunk.chapter_title} {sc.chunk.section_title}") if titles else ""
    return any(t in text or (heads and _titled(t, heads)) for t in subject)


def _dated_about(sc: Scored, subject: Mapping[str, float]) -> bool:
    """The sentence gives a year, and it or the title of its 章 or 節 names the subject's rarest
    word (a year in a paragraph that mentions the thing among others may date something else;
    「保利廣場…2015年」 does not date 海珠橋南廣場, though both are 廣場)."""
    rarest = max(subject, key=lambda t: subject[t])
    return any(_TIME_IN_CLAUSE.search(c) for c in CLAUSE.split(sc.sentence.text)) and _about(sc, [rarest])


def _figure_about(
    sc: Scored,
    subject: Mapping[str, float],
    unit: re.Pattern[str] | None = None,
    thing: str | None = None,
    *,
    in_text: bool = False,
    counted: str | None = None,
) -> bool:
    """A clause of the sentence gives a figure (in `unit`, or counting `thing`, when one is
    asked for), and the sentence or its 章/節 title names the subject (a rate in a sentence
    about something else measures that; 500千伏 is not a budget). `in_text`: the sentence
    itself names the subject, not only its title."""

    def fits(clause: str) -> bool:
        if unit is not None and in_words(clause, unit):  # 「全國第三家」「兩小時」 in the unit asked
            return True
        if not _has_figure(clause):
            return False
        if unit is None and counted is not None:  # 「多少研究人员」: a figure of the people counted, not 就业率
            return counted[:2] in normalize(clause) or counts_thing(clause, counted[:2])
        return unit is None or states_figure(clause, unit) or (thing is not None and counts_thing(clause, thing))

    return any(fits(c) for c in CLAUSE.split(sc.sentence.text)) and _about(sc, subject, titles=not in_text)


# a street or road by name (阅江西路, 新港路, 广州大道, 南华西街), not a word for roads in general
_STREET = re.compile(r"[\u4e00-\u9fff]{2,4}(?:大道|大街|路|街)(?!道|网|灯|线|径)")
_NOT_A_STREET = re.compile(
    r"(?:道|思|线|铁|马|出|网|之|进|门|干|支|头|电|的|质|范|理|术|要|身|织|学|本|通|区|边)(?:路|街)$"
)


# where the plan puts a thing in a named zone or site (「落户琶洲人工智能与数字经济试验区」)
_SITED = re.compile(
    r"(?:落户|落地|位于|设在|建在|落在|坐落)(?:于|在|到)?[\u4e00-\u9fff]{2,16}?"
    r"(?:试验区|片区|园区|商圈|街道|街|村|岛|新城|核心区|公园|广场|大道|路)"
)
# a question for the street or road itself, which a zone does not give
_STREET_Q = re.compile(
    r"哪一?(?:个|条)?(?:街道|街|路)|什么(?:街|路)|地址|门牌|\bwhich (?:street|road)\b|\baddress\b", re.I
)


def _listed_with(proposition: str, word: str, others: Sequence[str]) -> bool:
    """One of `others` is listed with `word` in the claim (「华南理工大学和中科院广州分院」): the
    two stand in the same slot, where the plan names its own."""
    text = normalize(proposition)
    return any(
        re.search(rf"{re.escape(word)}(?:和|与|及|以及|、|跟|同)[^，,。；;]{{0,4}}?{re.escape(o)}", text) is not None
        for o in others
    )


def _places_it(text: str, subject: Mapping[str, float], zone: bool = False) -> bool:
    """`text` names the subject and a street or road (or, with `zone`, puts it in a named zone)."""
    t = normalize(text)
    return _names(text, subject) and (
        any(not _NOT_A_STREET.search(m.group(0)) for m in _STREET.finditer(t))
        or (zone and (_SITED.search(t) is not None or _place_named_before(t, subject)))
    )


def _swapped_in_sentence(claim: Claim, question: str, sentence: str, missing: Sequence[str]) -> bool:
    """`sentence` has its own name or word where the claim has one the plan never uses (`missing`)."""
    if name_swapped(claim.proposition, question, sentence, missing) is not None:
        return True  # 「品牌叫“羊城不夜天”」 where the plan's brand is “YOUNG城YEAH市”: another name
    if is_latin_query(claim.proposition):
        return False
    swap = swapped_slot(claim.proposition, sentence, _one_thing)
    member = list_member_swapped(claim.proposition, sentence)
    # (or a list's member: 「政务网、政务云和政务App」 where the plan lists 政务数据中心)
    return (swap is not None and (swap[0] in missing or _listed_with(claim.proposition, swap[0], missing))) or (
        member is not None and any(w in member[0] for w in missing)
    )


def _place_named_before(text: str, subject: Mapping[str, float]) -> bool:
    """The thing's name begins with a place (「广州塔极限运动功能区」): where it is, in its name."""
    for at in (m.start() for term in subject for m in re.finditer(re.escape(term), text)):
        tail = [(w, flag) for w, flag in pseg.lcut(text[max(0, at - 6) : at]) if w.strip()]
        if tail and (tail[-1][1] == "ns" or (len(tail) >= 2 and tail[-2][1] == "ns" and len(tail[-1][0]) == 1)):
            return True
    return False


_BARE_YEAR = re.compile(r"(?:19|20)\d\d")


_HORIZON_YEARS = frozenset(("2025", "2035"))


def _reports_past(text: str, key: tuple[int, int] | None) -> bool:
    """The text, from the 節 `key`, reports what was done (in the review of the last plan period,
    or in words that say so), not a target."""
    return not states_target(text) and (key == REVIEW_SECTION or reports_done(text))


def _asked_in(question: str, terms: Iterable[str]) -> list[str]:
    """The terms that are words of the question as jieba reads it, not a sub-word across two
    words (地面 of 湿地面积) or the plan's word for an everyday one (营业 for 营收)."""
    words = [w for w in jieba.lcut(normalize(question)) if len(w) >= 2] if terms else []
    return [t for t in terms if any(t in word for word in words)]


def _titled(term: str, titles: str) -> bool:
    """A title names `term`, whole or shortened the usual way, keeping its head and tail
    (琶洲试验区 for 琶洲人工智能与数字经济试验区)."""
    return term in titles or (len(term) >= 4 and term[:2] in titles and term[-2:] in titles)


def _one_thing(a: str, b: str) -> bool:
    """Two words for one thing: one is the plan's wording for the other (公交 / 公共交通)."""
    return b in expand(a) or a in expand(b)


def _everyday_chinese(word: str) -> str:
    """The standard Chinese of an everyday English word the plan never names, in brackets after it
    in the Chinese line (「school bus」（校车）); '' for any other word."""
    chinese = everyday_chinese(word) if word.isascii() else ()
    return f"（{chinese[0]}）" if chinese else ""


def _en_ref(key: tuple[int, int]) -> str:
    """Chapter 4, Section 2 / Chapter 4 (its opening) / the preface: a place named in English."""
    if key[0] == 0:
        return "the preface"
    return f"Chapter {key[0]}, Section {key[1]}" if key[1] else f"Chapter {key[0]} (its opening)"


def _in_english_too(question: str, english: str, text: str) -> str:
    """An answer that says the plan does not answer, led in English for an English question (the
    plan's words and the Chinese reason follow)."""
    return f"{english}\n{text}" if is_latin_query(question) else text


def _head(question: str, zh: str, en: str) -> str:
    """A claim's verdict line in the asker's language and script (the quotes stay the plan's)."""
    return en if is_latin_query(question) else in_user_script(question, zh)


def _contradicted(question: str, base: Composition, wording: tuple[str, str] = _SAYS_OTHERWISE) -> Composition:
    """The plan says otherwise (or `wording`'s other case of it): the verdict line, then the quotes."""
    return Composition(_head(question, *wording) + "\n" + base.text, base.citations, False, CONTRADICTED)


def _with_what_follows(hits: list[Sentence], ordered: list[Sentence]) -> list[Sentence]:
    """Each paragraph's sentences from its first hit on, within an even share of the overview's
    length: what a paragraph goes on to say about the thing named belongs to the answer."""
    lines = list(dict.fromkeys(s.line for s in hits))
    budget = OVERVIEW_CHARS // len(lines)
    taken: list[Sentence] = []
    for line in lines:
        paragraph = [s for s in ordered if s.line == line]
        first = next(i for i, s in enumerate(paragraph) if s in hits)
        size = 0
        for s in paragraph[first:]:
            if size and size + len(s.text) > budget and s not in hits:
                break
            taken.append(s)
            size += len(s.text)
    return taken


class Composer:
    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.picker = SentencePicker()
        self.tasks_by_line = records_for(plan).tasks_by_line
        self.subheadings = frozenset(i.line for i in plan.items if i.kind is Kind.SUBHEADING)
        self.section_of_line = {i.line: (i.chapter_no, i.section_no) for i in plan.items}
        self.tables = records_for(plan).tables
        # the plan's own names of zones and bodies (jieba does not know 中大國際創新生態谷)
        tasks = records_for(plan).tasks_by_line.values()
        zones = {t.zone.split(" ")[-1] for t in tasks if t.zone}
        bodies = {b for t in tasks for b in t.bodies if len(b) >= MIN_PLAN_NAME_CHARS}
        self.plan_names = tuple(sorted({normalize(n) for n in zones | bodies}, key=len, reverse=True))
        # everyday words that mean the plan's wording are not topics the plan lacks (a narrower
        # one, 马拉松 for 赛事, names a thing the plan does not)
        self.narrower = narrower()
        self.casual = frozenset(left for left, _ in synonyms()) - self.narrower

    def evidence(self, query: str, scored: list[Scored], result: SearchResult) -> Evidence:
        """How much of the question the best passages contain, and how close the best vector is."""
        index = sentences_of(result)
        coverage = 0.0
        for sc in scored[:1]:
            coverage = index.coverage(result.terms, index.chunk_tokens(sc.chunk))
        dense = max((h.dense_score or 0.0 for h in result.hits), default=0.0)
        return Evidence(coverage, dense, is_latin_query(query))

    def refusal(
        self, question: str, result: SearchResult, reason: str | None = None, reason_en: str | None = None
    ) -> Composition:
        nearest = "、".join(short_ref(self.plan, *s.key) for s in result.sections[:2])
        text = f"{reason}，無法據此回答。" if reason else "綱要沒有寫到這個問題的答案，無法據此回答。"
        if nearest:
            text += f"相關內容最接近的是{nearest}，可以查看這些章節。"
        nearest_en = "; ".join(_en_ref(s.key) for s in result.sections[:2])
        english = (reason_en or "The plan does not answer this.") + (
            f" The nearest sections: {nearest_en}." if nearest_en else ""
        )
        return Composition(_in_english_too(question, english, in_user_script(question, text)), (), True)

    def table_answer(self, question: str, table: Table) -> Composition:
        """Where a 專欄 sits and what it is called is an answer (with a caveat); its rows are not
        published, so a question about its contents is refused."""
        where = location_phrase(self.plan, table.chapter_no, table.section_no)
        cite = citation_for(
            self.plan, table.chapter_no, table.section_no, self.plan.line_text(table.line).strip(), [table.line]
        )
        if _TABLE_CONTENTS.search(normalize(question)):
            text = (
                f"{table.label}「{table.title}」的表格內容沒有收錄在公開發佈的綱要文本中（正文只保留了標題），"
                f"所以無法回答其中的具體項目或數字。該{table.label}位於{where}。"
            )
            english = (
                f"The contents of {table.label} 「{table.title}」 are not in the published plan, only its title, "
                f"so this cannot be answered; it sits in {_en_ref((table.chapter_no, table.section_no))}."
            )
            return Composition(_in_english_too(question, english, in_user_script(question, text)), (cite,), True)
        text = f"{table.label}是「{table.title}」，位於{where}。注意：公開發佈的綱要文本只保留了它的標題，表格內容沒有刊載。"
        english = (
            f"{table.label} is titled 「{table.title}」 and sits in {_en_ref((table.chapter_no, table.section_no))}; "
            "the published plan keeps only its title, not the table itself."
        )
        return Composition(_in_english_too(question, english, in_user_script(question, text)), (cite,), False)

    def english_table(self, question: str, result: SearchResult) -> Table | None:
        """The 專欄 an English question describes ("the plan's table of …"): English cannot match a
        Chinese title word for word, so it is the one table of the best-ranked 節, if that 節 has
        exactly one."""
        if not (is_latin_query(question) and _EN_TABLE.search(question)):
            return None
        key = result.sections[0].key
        found = [t for t in self.tables if (t.chapter_no, t.section_no) == key and t.kind == "table"]
        return found[0] if len(found) == 1 else None

    def no_figure(self, question: str, best: Scored, kind: str) -> Composition:
        """The topic is in the plan but the number or date asked for is not: say so, show where."""
        key = (best.chunk.chapter_no, best.chunk.section_no)
        what = {"time": "時間", "place": "地點", "procedure": "條件或辦理方式", "names": "名稱"}.get(kind, "數字")
        text = f"綱要在{short_ref(self.plan, *key)}提到相關內容，但沒有給出具體{what}。原文：「{best.sentence.text}」"
        cite = citation_for(self.plan, *key, best.sentence.text, [best.sentence.line])
        what_en = {"time": "date", "place": "place", "procedure": "conditions or procedure", "names": "names"}.get(
            kind, "figure"
        )
        english = f"The plan mentions this in {_en_ref(key)} but gives no {what_en} for it."
        return Composition(_in_english_too(question, english, in_user_script(question, text)), (cite,), True)

    def review_of(self, result: SearchResult, chosen: Sequence[Scored]) -> Scored | None:
        """The review's sentence on what the question is about (its rarest plan word), when a
        question about the last period is answered by none: the best sentences are what lies ahead
        for the same thing (an English question shares few words with the review's figures, and a
        task often holds more of them)."""
        if any((c.chunk.chapter_no, c.chunk.section_no) == REVIEW_SECTION for c in chosen):
            return None
        subject = self.subject_terms(result)
        if not subject:
            return None
        rarest = max(subject, key=lambda t: subject[t])
        index = sentences_of(result)
        # (an English word is in a sentence by the plan's words for it: "ai" by 人工智能)
        words = {t: (t, *plan_words(t)) if t.isascii() else (t,) for t in subject}

        def has(term: str, text: str) -> bool:
            return any(w in text for w in words[term])

        found = [
            (sum(w for t, w in subject.items() if has(t, text)), s, chunk)
            for chunk in index.chunks_by_section.get(REVIEW_SECTION, ())
            for s in chunk.sentences
            if index.has_text(s) and has(rarest, text := normalize(s.text))
        ]
        if not found:
            return None
        _, sentence, chunk = max(found, key=lambda f: f[0])  # (the first of the best: max keeps it)
        return Scored(sentence, chunk, chosen[0].score if chosen else 0.0, 0.0, SECTIONS_CONSIDERED)

    def from_review(self, sc: Scored) -> bool:
        """The sentence reports what was done (the review of the last plan period), not a target."""
        return _reports_past(sc.sentence.text, self.section_of_line.get(sc.sentence.line))

    def only_past_figure(self, question: str, past: Scored) -> Composition:
        """A target or a figure for the years ahead asked for, and the plan gives only the past one."""
        return self._only_other_figure(
            question,
            past,
            "綱要沒有給出今後（「十四五」時期）的這個數字；{ref}只回顧了過去的情況，",
            "The plan gives no such figure for the years ahead; {ref} reports only the past.",
        )

    def only_target_figure(self, question: str, target: Scored) -> Composition:
        """What was reached asked for, and the plan gives only its target for the years ahead."""
        return self._only_other_figure(
            question,
            target,
            "綱要沒有給出已達到的這個數字；{ref}寫的是今後的目標，",
            "The plan gives no such figure for what has been reached; {ref} gives only the target.",
        )

    def _only_other_figure(self, question: str, sc: Scored, said: str, said_en: str) -> Composition:
        """A refusal for a figure of the other period than the one asked: what the plan gives
        instead (`said`, `said_en`, each with {ref} for the 節), then the sentence that gives it."""
        key = self.section_of_line.get(sc.sentence.line, (sc.chunk.chapter_no, sc.chunk.section_no))
        text = said.format(ref=short_ref(self.plan, *key)) + f"原文：「{sc.sentence.text}」"
        cite = citation_for(self.plan, *key, sc.sentence.text, [sc.sentence.line])
        english = said_en.format(ref=_en_ref(key))
        return Composition(_in_english_too(question, english, in_user_script(question, text)), (cite,), True)

    def extractive(
        self,
        question: str,
        query: str,
        result: SearchResult,
        focus: Mapping[str, float] | None = None,
        *,
        task_leads: bool = False,
        answered: Sequence[str] = (),
        claimed: bool = False,
    ) -> Composition:
        """The answer from the plan's own sentences, or a refusal that says why (`focus`: see
        `SentencePicker.score`; `task_leads`: a sentence from inside a task's paragraph is quoted
        with the task's lead, as each part of a several-part question is; `answered`: what an
        earlier part of the question quoted, which answers it and not this part; `claimed`: the
        question is a claim, whose year the plan not having is checked against the plan's own)."""
        if not result.sections:
            return self.refusal(question, result, result.reason and "問題裡沒有可以查找的字詞")
        table = (result.route.table if result.route is not None else None) or self.english_table(question, result)
        if table is not None and question_kind(question) != "why":
            # "why" is answered by the plan's notes and prose, not by where a 專欄 sits
            return self.table_answer(question, table)
        if not claimed and asks_opinion(question):
            # 「你觉得房价会涨还是跌」: what the plan sets is quoted elsewhere; a view or forecast it has not
            return self.refusal(
                question,
                result,
                "綱要只寫目標和任務，不作評價或預測",
                "The plan sets targets and tasks; it gives no opinions or forecasts.",
            )
        reason = out_of_scope(query, sentences_of(result).plan_text, years=not claimed)
        if reason:
            return self.refusal(question, result, reason)
        if codes := missing_codes(query, sentences_of(result).plan_text):
            return self.not_mentioned(question, result, codes)  # 「PM10的目标」: the plan sets PM2.5 only
        if not claimed and (unknown := english_unknown_institutions(question, sentences_of(result).plan_text)):
            # "the Sun Yat-sen University Affiliated Middle School": a school the plan never names (a
            # claim naming one is read against the quote: the plan may name another in its place)
            return self.not_mentioned(question, result, unknown)
        kind = question_kind(question)
        if (asks_for(question) == "number" or asks_place(question)) and (missing := self.missing(query, result)):
            # a figure of something the plan never names, or where it is to be built
            return self.not_mentioned(question, result, missing)
        # (read in Mandarin too: 「规划有冇讲…」 asks as 「有没有讲」 does)
        if (asks_whether(question) or asks_whether(query) or is_hearsay(question)) and (
            missing := self.missing(query, result, named_only=True)
        ):  # "does the plan say…", "I heard… what is it?" of a thing it never names
            return self.not_mentioned(question, result, missing)
        if benefits := self.missing_benefits(query, result):
            return self.not_mentioned(question, result, benefits)  # 「…培训免费吗」: the plan never says free
        if not claimed and (absent := english_absent_rows(question, sentences_of(result).plan_text)):
            # "what are the opening hours of …": everyday things residents ask of that the plan never names
            return self.not_mentioned(question, result, absent)
        scored = self.picker.score(query, result, kind, focus)
        if answered:
            scored = [sc for sc in scored if not any(sc.sentence.text in quote for quote in answered)]
        if not scored or (result.route is None and weak(self.evidence(query, scored, result))):
            return self.refusal(question, result)
        if not (focus or claimed) and asks_members(question) and _members_unlisted(question, scored):
            return self.no_figure(question, scored[0], "names")  # 「這8家是哪些公司」 of 「由3家增至8家」
        if not (focus or claimed) and asks_split(question) and _total_unsplit(question, scored):
            return self.no_figure(question, scored[0], "number")  # 「296億元裡出口和進口各佔多少」
        # (a claim asks for what its statement names, not for what the asker's own words do: 「做了十几年」)
        # (nor 「十三五那几年」: the years a claim points at, not a number it asks)
        quantity = asks_for(_THOSE_YEARS.sub("", query) if claimed else question)
        if quantity and not any(has_quantity(sc.sentence.text, quantity) for sc in scored[:3]):
            return self.no_figure(question, scored[0], quantity)
        if quantity == "number" and not (focus or claimed) and self.figure_elsewhere(question, result, scored):
            return self.no_figure(question, scored[0], quantity)
        if not focus and asks_count_and_names(question) and _neither_counted_nor_named(question, scored):
            return self.no_figure(question, scored[0], "number")  # 「新开几条公交线？是哪几条？」 of 「优化公交线网」
        if not (focus or quantity) and (thing := asks_which_exactly(question)) and thing not in _NOT_NAMED_THINGS:
            if _names_none(question, thing, scored):
                return self.no_figure(question, scored[0], "names")  # 「具体开在哪几个商场」 of 「各高端商业综合体」
        if not (focus or quantity) and (besides := asks_besides(question)) and _names_only_given(besides[0], scored):
            return self.no_figure(question, scored[0], "names")  # 「除了艺苑路段还有哪些」 of 「艺苑路段等」
        if quantity == "number" and not focus and _left_open(question, scored):
            return self.no_figure(question, scored[0], quantity)  # 「一批小公园」: how many is left open
        if quantity == "time" and not focus:
            # "when will X…": a year in a sentence that is not about X answers something else
            subject = self.subject_terms(result)
            if subject and not any(_dated_about(sc, subject) for sc in scored[:3]):
                return self.no_figure(question, _naming(scored, subject), quantity)
        if quantity == "time" and focus and not any(_dated(sc.sentence.text, focus) for sc in scored[:3]):
            # a follow-up's "which year" is about what it adds (航線 after 口岸): a year in a
            # sentence about the carried-over topic alone answers something else
            return self.no_figure(question, _naming(scored, focus), quantity)
        unit = asked_unit(question) if quantity == "number" else None
        thing = measured_thing(question)
        per = asks_per_head(question)
        if quantity == "number" and asks_ahead_now(question):
            subject = self.subject_terms(result)
            # (the figures of what is asked: in its unit, when the question names one)
            # (a target further down still answers: the review's figures may outrank it on words)
            # (per head, when asked so: a target of more parks is not one of park space per resident,
            # and 人均 alone does not make a sentence about it: 人均预期寿命)
            named = (_not_per_head(subject) if per else subject) or subject
            giving = [sc for sc in scored[:PAST_FIGURE_DEPTH] if _figure_about(sc, named, unit, thing, in_text=True)]
            figures = [sc for sc in giving if not per or _per_head_figure(sc)] or giving
            if figures and all(self.from_review(sc) for sc in figures):
                return self.only_past_figure(question, figures[0])  # a target asked, a past figure found
        if unit is not None and not any(_states(sc.sentence.text, unit, thing) for sc in scored[:3]):
            return self.no_figure(question, scored[0], quantity or "number")  # a figure, but not of what was asked
        if (
            unit is not None
            and unit.pattern == AREA_UNITS
            and not (focus or claimed or answered)
            and self.area_of_another(question, result, unit, thing, scored)
        ):
            return self.no_figure(question, scored[0], quantity or "number")  # 「廣州文化館有多大」 of the 融合圈's
        if (
            unit is not None
            and unit.search("%")
            and is_latin_query(question)
            and (shared := _share_things_en(question))
            and not any(
                _states_share(sc.sentence.text, unit, shared, _OF_GDP.search(question) is not None) for sc in scored[:3]
            )
        ):
            # "what share of GDP did the exhibition industry contribute": a percentage in a sentence
            # that names no such thing, or a share of something else (占全市90%以上, of the fairs
            # held, is no share of GDP), is not its share
            return self.no_figure(question, scored[0], quantity or "number")
        if unit is not None and unit.search("亿元") and (measures := _money_measures(question)):
            # 「那个项目总投资多少钱」: a sum in 亿元 of another measure (营业收入达2690.14亿元) is not it,
            # nor one of another thing (「91个重点项目…完成投资超665亿元」 for 复星's project)
            asked_of = self.figure_subject(result)
            if not any(
                _states_measure(sc.sentence.text, unit, measures) and _names_subject(sc, asked_of) for sc in scored[:3]
            ):
                return self.no_figure(question, scored[0], quantity or "number")
        if quantity == "number" and unit is not None and not (focus or claimed) and asks_back(question):
            # 「2020年PM2.5年均浓度实际是多少」: what was reached is asked, the plan gives only the target
            giving = [sc for sc in scored[:3] if _states(sc.sentence.text, unit, thing)]
            if giving and all(is_target_sentence(sc.sentence.text) and not self.from_review(sc) for sc in giving):
                return self.only_target_figure(question, giving[0])
        if quantity == "number" and per and not any(_per_head_figure(sc) for sc in scored[:3]):
            return self.no_figure(question, scored[0], quantity)  # 「人均GDP」 of a sentence that gives the total
        if not (focus or claimed) and _PER_POPULATION_Q.search(normalize(question)):
            # "per 10,000 people" asks a figure per so many people (每万人…32.9件), not another figure
            # of the indicator's sentence, nor a list of indicators' names
            if not any(_PER_POPULATION.search(normalize(sc.sentence.text)) for sc in scored[:3]):
                return self.no_figure(question, scored[0], quantity or "number")
        if quantity == "number" and not focus and _BENEFIT_SUM_Q.search(normalize(question)):
            # "what cash reward does a company get": a sum the sentence names as no reward (注册总资本超400亿元)
            if not any(_BENEFIT_WORDS.search(normalize(sc.sentence.text)) for sc in scored[:3]):
                return self.no_figure(question, scored[0], quantity)
        if quantity == "number" and not focus and (rates := _rates_asked(question)):
            # 「城镇调查失业率的目标」: a sentence giving another rate (失业人员就业率70%) does not say
            if not any(_gives_rate(sc.sentence.text, rates) for sc in scored[:3]):
                return self.no_figure(question, scored[0], quantity)
        if quantity == "number" and not focus and (counted_zh := _counted_in_plan_words(question)):
            # "how many visitors": a sentence whose figure counts something else (活动300余场) does not say
            if not any(_counts_in(sc.sentence.text, counted_zh) for sc in scored[:3]):
                return self.no_figure(question, scored[0], quantity)
        # (a claim states what it asks about: 「写申报材料…」 is the asker's errand, not a procedure asked for)
        procedure = not focus and not claimed and asks_procedure(question)
        subject = (
            self.figure_subject(result)
            if not focus and (quantity == "number" or asks_place(question) or procedure)
            else {}
        )
        if subject and asks_place(question) and not claimed:  # (a claim's places are read by the claim check)
            # 「新址选在哪个街道」: a sentence about the thing that names no street does not say
            street = _STREET_Q.search(normalize(question))
            zone = street is None  # ("where exactly": a zone answers)
            # (the words of the asking are not the thing: 一条 of 「哪一条街」 is not 「非遗一条街」)
            placed = {t: w for t, w in subject.items() if street is None or t not in street.group(0)} or subject
            if not any(_places_it(sc.sentence.text, placed, zone) for sc in scored[:3]):
                return self.no_figure(question, _naming(scored, placed), "place")
        if procedure:
            # 「人才绿卡需要满足啥条件」: a sentence about the thing that gives no conditions does not say
            about = {t: w for t, w in subject.items() if not PROCEDURE_WORDS.search(t)}
            if not any(
                (not about or _names(sc.sentence.text, about)) and PROCEDURE_WORDS.search(normalize(sc.sentence.text))
                for sc in scored[:3]
            ):
                return self.no_figure(question, _naming(scored, about), "procedure")
        # (an English question is read in the plan's words: "high-tech enterprises" → 高新技术企业)
        if quantity == "number" and _asked_in(expand(question) if is_latin_query(question) else question, subject):
            # 「固定资产投资年均增速」: a rate in a sentence about GDP answers something else
            # (「妇女儿童医院设计床位是多少张」 asks of the hospital: 养老床位 are other beds)
            measure = measured_word(question)
            # (人均 alone does not make a sentence about the thing asked per head: 人均预期寿命)
            asked_of = _not_per_head(subject) if per else subject
            of = {t: w for t, w in asked_of.items() if not measure or t not in measure} or subject
            counted = counted_noun(question)
            if not any(_figure_about(sc, of, unit, thing, counted=counted) for sc in scored[:3]):
                return self.no_figure(question, _naming(scored, subject), quantity)
        chosen = pick(scored)
        back = asks_back(query)
        if not (focus or claimed or answered) and (back or asks_both(query)):
            if (review := self.review_of(result, chosen)) is not None:
                # what the last period did, before what lies ahead for the same thing (after it, when
                # both are asked: "how does the 2025 target compare with what was achieved")
                chosen = [review, *chosen] if back else [*chosen, review]
        sentences = expand_leads(chosen)
        if kind == "fact" and (more := _continuation(chosen[0], scored, sentences)) is not None:
            sentences.append(more)
        if task_leads:
            sentences = with_task_leads(sentences, chosen)
        if asks_places(question) and (found := self.places_of(question, result)):
            sentences = found  # 「出现在哪两处」: each place the plan speaks of it, quoted where it is
        elif asks_for_list(question):
            top = (chosen[0].chunk.chapter_no, chosen[0].chunk.section_no)
            index = sentences_of(result)
            # (or the sub-heading the question names, 「“新一代信息技术”细分成哪几块」, among the best)
            titled = next(
                (
                    sc
                    for sc in scored[:NAMED_HEADING_DEPTH]
                    if sc.sentence.line in self.subheadings and _heading_named(sc.sentence.text, question)
                ),
                None,
            )
            under = (
                heading_items(
                    titled.sentence, index, (titled.chunk.chapter_no, titled.chunk.section_no), self.subheadings
                )
                if titled is not None
                else []
            )
            if sum(s.text.startswith("——") for s in under) >= MIN_DASHED_ITEMS:
                sentences = under  # (its items set out with dashes: 「——软件与信息服务。——人工智能。」)
            elif items := heading_items(chosen[0].sentence, index, top, self.subheadings):
                sentences = items  # the heading's items are the answer, its neighbours are not
            elif found := phrase_sentences(question, index):
                sentences = found  # the items sit in several 節: each is quoted where it is
            else:
                sentences = expand_enumeration(sentences, index, top) + task_paragraph(chosen[0], index, top)
                sentences = list({(s.line, s.start): s for s in sentences}.values())
        by_section: dict[tuple[int, int], list[tuple[Sentence, Scored]]] = {}
        chunk_of = {(c.sentence.line, c.sentence.start): c for c in chosen}
        for s in sentences:
            owner = chunk_of.get((s.line, s.start)) or next((c for c in chosen if c.sentence.line == s.line), chosen[0])
            key = self.section_of_line.get(s.line, (owner.chunk.chapter_no, owner.chunk.section_no))
            by_section.setdefault(key, []).append((s, owner))
        parts: list[str] = []
        citations: list[Citation] = []
        for key, group in by_section.items():
            group.sort(key=lambda g: (g[0].line, g[0].start))
            sents = [s for s, _ in group]
            if _contiguous(sents):
                citations.append(citation_for(self.plan, *key, "".join(s.text for s in sents), [s.line for s in sents]))
            else:
                citations.extend(citation_for(self.plan, *key, s.text, [s.line]) for s in sents)
            parts.append(self.frame(kind, key, sents[0].line, "".join(s.text for s in sents)))
        lead = self.lead(
            question, kind, [s for group in by_section.values() for s, _ in group], result, chosen[0].sentence
        )
        text = "\n".join(([lead] if lead else []) + parts)
        if is_latin_query(question):
            refs = "; ".join(f"Chapter {k[0]}, Section {k[1]}" if k[0] else "Preface" for k in by_section)
            text = f"From the plan ({refs}):\n{text}"
        return Composition(in_user_script(question, text), tuple(citations), False)

    def parts(
        self, question: str, answered: Sequence[tuple[str, str, SearchResult]], compared: Comparison | None
    ) -> Composition:
        """One answer from several parts (part question, its query, its result), each from its own
        evidence; a part that adds no new quote is left out. A comparison of two figures of the
        same unit says which is larger."""
        done: list[Composition] = []
        first = answered[0][0]
        for n, (part, query, result) in enumerate(answered):
            if n and done[0].refused and is_follow_up(part):
                continue  # it leans on the first part, which the plan does not answer
            comp = self.extractive(part, query, result, self.pointed_focus(part, first, result), task_leads=True)
            # 「十三五…多少？十四五又怎么安排？」: what the first part quoted of its own period does not
            # answer this part's other period (a target it quoted too answers this part as well)
            after_past = asks_back(first) and asks_ahead(part)
            other_period = n and (after_past or asks_ahead(first) and asks_back(part))
            quoted = (
                [
                    c.quote
                    for c in done[0].citations
                    if _reports_past(c.quote, (c.chapter_no, c.section_no)) == after_past
                ]
                if other_period
                else []
            )
            # (a refusal that shows the first part's past figure says this part's is not given: kept)
            if (
                quoted
                and not comp.refused
                and comp.citations
                and all(any(c.quote in q for q in quoted) for c in comp.citations)
            ):
                comp = self.extractive(part, query, result, task_leads=True, answered=quoted)
            if n and done[0].refused and not comp.refused and self.off_subject(part, first, answered[0][2], comp):
                comp = replace(comp, refused=True)  # (not said: the plan leaves the first part's thing there)
            done.append(comp)
        seen: set[tuple[int, int, str]] = set()
        texts: list[str] = []
        citations: list[Citation] = []
        for comp in done:
            # a quote that an earlier part's quote already holds whole is not new either
            new = [
                c
                for c in comp.citations
                if not any((c.chapter_no, c.section_no) == (ch, se) and c.quote in quote for ch, se, quote in seen)
            ]
            if comp.citations and not new:
                if comp.refused:  # what this part asks is not given: said, its quote shown already
                    texts.append(re.split("原文：|原文:", comp.text.split("\n")[0])[0])
                continue
            if len(new) < len(comp.citations):  # shown again only as far as it is new
                comp = replace(comp, text=self.without_quotes(comp, new))
            seen.update((c.chapter_no, c.section_no, c.quote) for c in new)
            citations += new
            texts.append(comp.text)
        answered_parts = [c for c in done if not c.refused]
        if not answered_parts:
            # no part is answered: each says what the plan leaves out — a word it never uses, or
            # what the first part's own 節 does not give (a later part's nearest text elsewhere is no answer)
            home = {(c.chapter_no, c.section_no) for c in done[0].citations}
            said = [done[0]] + [
                comp
                for comp in done[1:]
                if not comp.citations or any((c.chapter_no, c.section_no) in home for c in comp.citations)
            ]
            text = "\n".join(dict.fromkeys(comp.text for comp in said))
            cites = tuple(dict.fromkeys(c for comp in said for c in comp.citations))
            return replace(done[0], text=text, citations=cites)
        asked = [part for part, _, _ in answered]
        if compared is not None and len(compared.members) == len(done) > 1:
            lead = self._rank(question, done, asked, compared.members)
        else:
            lead = self._compare(question, done, asked) if compared is not None else None
        text = "\n".join(([lead] if lead else []) + texts)
        return Composition(text, tuple(citations), len(answered_parts) < len(done))

    @staticmethod
    def pointed_focus(part: str, first: str, result: SearchResult) -> dict[str, float] | None:
        """A part that points at a place in the plan (「社會治理那節」) is answered by what it asks
        about there — its own topic, or the first part's when it has none — not by the words that
        name the place (which only find the 節)."""
        topic = pointed_topic(part)
        if topic is None:
            return None
        about = normalize(topic or pointed_topic(first) or "")
        focus = {t: w for t, w in result.terms.items() if len(t) >= 2 and t in about}
        return focus or None

    def off_subject(self, part: str, first: str, first_result: SearchResult, comp: Composition) -> bool:
        """A later part that asks only of the first part's thing (「…什么时候建成？里面会有哪些商场？」),
        answered by quotes that never name it (the rarest word of the first part's subject): the
        nearest text is about something else, and the plan, silent on the first part's detail,
        is silent on this one too."""
        subject = self.figure_subject(first_result)
        if not subject or not leans_on_first(part, first, sentences_of(first_result).plan_text):
            return False
        rarest = max(subject, key=lambda t: subject[t])
        return not any(rarest in normalize(c.quote) for c in comp.citations)

    def _rank(self, question: str, done: list[Composition], parts: Sequence[str], members: Sequence[str]) -> str | None:
        """A group's members side by side: each one's figure, the largest and the smallest (when
        every member has a figure of the same measure)."""
        ranked = [[] if comp.refused else _side_figures(part, comp) for part, comp in zip(parts, done)]
        # the measure every member states (a member's quotes may hold other figures too: 兩小時),
        # tried in the order of the first member's best figures; each member's best of that measure
        for candidate, _ in ranked[0]:
            figures = [next((f for f, _ in side if _same_measure(candidate, f)), None) for side in ranked]
            if all(f is not None for f in figures):
                break
        else:
            return None
        named = [(f, name) for f, name in zip(figures, members) if f is not None]
        each = "，".join(f"「{name}」{figure}" for figure, name in named)
        ranges = [value_range(f) for f, _ in named]
        if any(r is None for r in ranges):  # a code, not an amount: nothing to rank
            return in_user_script(question, f"比較：{each}。")
        amounts = [(r, name) for r, (_, name) in zip(ranges, named) if r is not None]
        if all(_order(r, amounts[0][0]) == 0 for r, _ in amounts):
            return in_user_script(question, f"比較：{each}，一樣大。")

        def beats_all(n: int, sign: int) -> bool:
            return all(_order(amounts[n][0], r) in (0, sign) for m, (r, _) in enumerate(amounts) if m != n)

        top = next((amounts[n][1] for n in range(len(amounts)) if beats_all(n, 1)), None)
        bottom = next((amounts[n][1] for n in range(len(amounts)) if beats_all(n, -1)), None)
        if top is None or bottom is None:  # 兩千多 against 2500: which is larger the plan does not say
            return in_user_script(question, f"比較：{each}。")
        return in_user_script(question, f"比較：{each}；最大的是「{top}」，最小的是「{bottom}」。")

    def _compare(self, question: str, done: list[Composition], parts: Sequence[str]) -> str | None:
        if not _ASKS_MEASURE.search(normalize(question)):
            return None  # 「两者的整体定位有啥不一样」 compares no figures: their areas are not asked
        read_as = [parts[0], _with_shared_head(parts[0], parts[1])] if len(parts) > 1 else list(parts)
        sides = [[] if comp.refused else _side_figures(part, comp) for part, comp in zip(read_as, done[:2])]
        # a side asking what was done is not answered by a target, nor one asking the target by the
        # past ("89.3% reached" against "the 2025 target")
        sides = [
            [(f, text) for f, text in side if not (asks_back(part) and looks_ahead(text))]
            if not asks_ahead(part)
            else [(f, text) for f, text in side if not looks_back(text)]
            for part, side in zip(parts, sides)
        ]
        if _SHARE_Q.search(normalize(question)):  # a share asked: a sum of money is not one (「占比…哪个高」)
            # (a percentage of a sentence that gives no share, 「年均增长0.7%」, is a rate, not one)
            sides = [[(f, t) for f, t in side if unit_of(f) == "%" and _SHARE_S.search(t)] for side in sides]
        # the best-matching figure of one side with a figure of the same unit on the other (years
        # are dates, not what is compared)
        # (one figure read for both sides, from the same sentence, compares nothing)
        pair = next(
            (
                ((a, at), (b, bt))
                for a, at in sides[0]
                for b, bt in sides[1]
                if _same_measure(a, b) and not (a == b and at == bt)
            ),
            None,
        )
        if pair is None:
            return None
        (a, at), (b, bt) = pair
        ra, rb = value_range(a), value_range(b)
        order = _order(ra, rb) if ra is not None and rb is not None else None
        if is_latin_query(question):  # (the figures as the plan prints them, the rest in English)
            said_en = {0: "; they are the same", 1: "; the first is larger", -1: "; the second is larger"}
            said = said_en.get(order, "") if order is not None else ""
            return f"Side by side: the first is {_from_to(a, at)}, the second {_from_to(b, bt)}{said}."
        relation = {0: "，兩者相同", 1: "，前者較大", -1: "，後者較大"}.get(order, "") if order is not None else ""
        return in_user_script(
            question,
            f"兩者比較：前者{to_traditional(_from_to(a, at))}，後者{to_traditional(_from_to(b, bt))}{relation}。",
        )

    def chapter_sections(self, question: str, chapter_no: int, result: SearchResult) -> Composition:
        """ "這一章有哪些節": the chapter's 節 by title, each cited by its opening sentence."""
        index = sentences_of(result)
        chapter = self.plan.chapter(chapter_no)
        sections = [s for s in chapter.sections if s.section_no]
        if not sections:
            return self.section_overview(question, (chapter_no, 0), result, "")
        names = "；".join(f"{s.label.split(' ')[0]}「{s.title}」" for s in sections)
        text = f"{chapter.label.split(' ')[0]}「{chapter.title}」共有{chinese_number(len(sections))}節：{names}。"
        citations = []
        for s in sections:
            opening = index.by_section.get(s.key, [])
            if opening:
                citations.append(citation_for(self.plan, *s.key, opening[0].text, [opening[0].line]))
        return Composition(in_user_script(question, text), tuple(citations), False)

    def section_overview(self, question: str, key: tuple[int, int], result: SearchResult, already: str) -> Composition:
        """ "這一節還講了什麼": the opening sentence of each paragraph of the 節 that the previous
        answer (`already`) did not quote."""
        index = sentences_of(result)
        ordered = sorted(index.by_section.get(key, []), key=lambda s: (s.line, s.start))
        end, start = _AT_END.search(question) is not None, _AT_START.search(question) is not None
        if ordered and (end or start):
            # 「這一節最後還提到…改革」, 「開頭寫的是…」: the sentence at that end of the 節, the
            # last (first) one that names what is asked about when the question names something
            words = index.tokenizer(_AT_END.sub(" ", _AT_START.sub(" ", question)))
            named = [t for t in words if len(t) >= 2 and not _POSITION_FRAME.search(t)]
            about = _most_named(ordered, named) or ordered
            s = about[-1] if end else about[0]
            where = "最後" if end else "開頭"
            text = f"{short_ref(self.plan, *key)}{where}寫到：「{s.text}」"
            return Composition(
                in_user_script(question, text), (citation_for(self.plan, *key, s.text, [s.line]),), False
            )
        # (an English question by the plan's words for it: "emergency" → 应急)
        asked = expand(question) if is_latin_query(question) else question
        # 「婦女以外的部分講了哪些」: the part already asked about is left out, not asked about
        left_out = [t for m in _LEFT_OUT.finditer(normalize(asked)) for t in index.tokenizer(m.group(1) or m.group(2))]
        asked = _LEFT_OUT.sub(" ", normalize(asked))
        words = [t for t in index.tokenizer(asked) if len(t) >= 2 and not _POSITION_FRAME.search(t)]
        own_en = False
        if is_latin_query(question):
            words = [t for t in words if CJK_RUN.fullmatch(t)]
            # (an English question names its own thing in words the glossary may not know: "classes
            # for retired people")
            own_en = (
                len([w for w in english_content(question) if w.lower() not in _EN_SECTION_FRAME]) >= MIN_OWN_EN_WORDS
            )
        if ordered and (words or own_en):
            # 「那老年教育方面，這一節怎麼說」: what the 節 says of the thing named, not an overview
            if words and (about := _covering(ordered, words)[:MAX_OVERVIEW]):
                return self._section_on(question, key, _with_what_follows(about, ordered))
            # (named in other words than the plan's, 「老人家讀書」 for 老年教育: the sentence of the 節
            # nearest in meaning to the question, which was searched with the 節)
            if nearest := _nearest(ordered, index, result.query_vector):
                return self._section_on(question, key, _with_what_follows(nearest, ordered))
        shown = normalize(already)
        paragraphs: dict[int, list[Sentence]] = {}
        for s in index.by_section.get(key, []):
            paragraphs.setdefault(s.line, []).append(s)
        # a paragraph the previous answer quoted from (any sentence's opening words) is not news
        # (nor one that opens on what the question leaves out)
        fresh = [
            p
            for p in paragraphs.values()
            if not any(normalize(s.text)[:SHOWN_PREFIX] in shown for s in p)
            and not any(t in normalize(p[0].text) for t in left_out if len(t) >= 2)
        ][:MAX_OVERVIEW]
        if not fresh:
            return self.refusal(question, result, f"{short_ref(self.plan, *key)}沒有更多內容")
        # a paragraph's lead (「提升應急防控能力。」) names its topic; what the paragraph says follows
        budget = OVERVIEW_CHARS // len(fresh)
        quotes: list[tuple[int, str]] = []
        for p in fresh:
            taken = [p[0]]
            for s in p[1:]:
                if not _contiguous([taken[-1], s]) or (
                    len(taken) > 1 and sum(len(t.text) for t in taken) + len(s.text) > budget
                ):
                    break
                taken.append(s)
            quotes.append((p[0].line, "".join(s.text for s in taken)))
        body = "\n".join(f"・{q}" for _, q in quotes)
        text = f"{short_ref(self.plan, *key)}還寫到：\n{body}"
        citations = tuple(citation_for(self.plan, *key, q, [line]) for line, q in quotes)
        return Composition(in_user_script(question, text), citations, False)

    def _section_on(self, question: str, key: tuple[int, int], about: list[Sentence]) -> Composition:
        """The sentences of a 節 that name what a follow-up asks about, each cited where it is."""
        if _contiguous(about):
            body = "".join(s.text for s in about)
            text = f"{short_ref(self.plan, *key)}寫到：{body}"
            cites: tuple[Citation, ...] = (citation_for(self.plan, *key, body, [s.line for s in about]),)
        else:
            text = f"{short_ref(self.plan, *key)}寫到：\n" + "\n".join(f"・{s.text}" for s in about)
            cites = tuple(citation_for(self.plan, *key, s.text, [s.line]) for s in about)
        return Composition(in_user_script(question, text), cites, False)

    def missing(self, query: str, result: SearchResult, *, named_only: bool = False) -> list[str]:
        """Topic words of the query that occur nowhere in the plan (see `refusal.missing_topics`).
        `named_only`: only the things a question names as what it asks about (a narrower everyday
        word, what is to be built, what a benefit is for), not every rare word of a free question."""
        index = sentences_of(result)
        codes = missing_codes(query, index.plan_text)
        if is_latin_query(query):
            # (and what the glossary renders only in words the plan never prints: "school bus", 校车)
            absent = [w for w in english_absent_rows(query, index.plan_text) if w not in codes]
            return [*codes, *english_missing_benefits(query, index.plan_text), *absent]
        tagged = _tagged(query)
        named = [t for t in result.terms if t in self.narrower and t not in index.plan_text]
        objects = missing_objects(tagged, index.plan_text, self.casual)
        # a thing named by a compound the plan lacks (消费券, 垃圾焚烧厂)
        heads = [
            h
            for h in missing_heads(tagged, index.plan_text, index.vocabulary, index.tokenizer.is_word)
            if h not in self.casual
        ]
        policies = missing_policies(tagged, index.plan_text, self.casual)
        codes += missing_institutions(tagged, index.plan_text)  # 南武中学: a school the plan never names
        asked = normalize(query)

        def written(word: str) -> bool:  # (not a piece jieba cut across a word of the plan)
            return not _cut_across(word, asked, index.plan_text, index.tokenizer.is_word)

        if named_only:  # (of those, a facility: what "is there / will they build" asks about)
            # (or a thing's own name or short form, 登革热 or 房产税, none of whose parts the plan uses)
            proper = {w for w, flag in tagged if flag in _PROPER_FLAGS}
            names = missing_topics(result.terms, index.plan_text, index.tokenizer.is_word, self.casual, proper)
            built = (h for h in heads if h[-1] in BUILT_HEADS | EVENT_HEADS)
            return sorted(w for w in {*named, *objects, *codes, *policies, *built, *names} if written(w))
        # (jieba tags some names of things as set phrases, "l": 有轨电车)
        nouns = {w for w, flag in tagged if flag in NOUNS or flag == "l"}
        found = missing_topics(result.terms, index.plan_text, index.tokenizer.is_word, self.casual, nouns)
        found += policies
        # a narrower everyday word (马拉松, 健身房) names a thing: the plan using a part of it is not enough
        words = {*found, *named, *objects, *heads, *codes}
        return sorted(
            w
            for w in words
            if not any(w != longer and w in longer for longer in words) and written(w)  # 村史馆, not 史馆 too
        )

    def figure_elsewhere(self, question: str, result: SearchResult, scored: Sequence[Scored]) -> bool:
        """The best sentence is about the thing asked (it has the question's rarest subject word)
        but gives no figure (in the asked unit), and the first of the next ones that gives one is
        not about it: 「琶洲综合能源项目总投资多少钱」 of 「探索实施琶洲综合能源项目」, where
        another project's 「完成投资超665亿元」 is not the answer."""
        unit, thing = asked_unit(question), measured_thing(question)
        if unit is None:
            return False

        def gives(sc: Scored) -> bool:
            return _states(sc.sentence.text, unit, thing)  # (「60个老旧小区」 for 「多少座老旧小区」)

        if not scored or gives(scored[0]):
            return False
        subject = self.figure_subject(result)
        if not subject:
            return False
        rarest = max(subject, key=lambda t: subject[t])
        stating = next((sc for sc in scored[1:3] if gives(sc)), None)
        return (
            stating is not None
            and rarest in normalize(scored[0].sentence.text)
            and rarest not in normalize(stating.sentence.text)
        )

    def missing_benefits(self, query: str, result: SearchResult) -> list[str]:
        """A benefit or price the question asks about that the plan never names (免费, 票价; "free",
        "a fine"): see `refusal.missing_benefits`."""
        plan_text = sentences_of(result).plan_text
        if is_latin_query(query):
            return english_missing_benefits(query, plan_text)
        return missing_benefits(_tagged(query), plan_text, self.casual)

    def places_of(self, question: str, result: SearchResult) -> list[Sentence]:
        """The first sentence of each 節 that names the question's thing, when two to four 節 do:
        of the question's words that the plan uses in so few places, the longest (then the one
        in most). A question about the years ahead leaves out the review of the last period."""
        index = sentences_of(result)
        ahead, asked = asks_ahead(question) or named_period(question) == "十四五", normalize(question)
        best: tuple[int, int, float, list[Sentence]] | None = None
        named: list[str] = []  # words the plan uses: a part of one (自动 of 自动驾驶) is not the thing
        terms = list(result.terms)
        # (two words the asker runs together name one thing when the plan does too: 自动 + 驾驶)
        joined = [a + b for a, b in zip(terms, terms[1:]) if a + b in asked and a + b in index.plan_text]
        words = [
            w
            for w in [*joined, *terms]
            if len(w) >= 2 and w in asked and not _FRAME_WORD.search(w) and not _PLACES_FRAME.search(w)
        ]  # (the asker's own words: an English question's expansions are too general)
        quotable = [
            (key, [(s, normalize(s.text)) for s in sents if index.has_text(s)])
            for key, sents in index.by_section.items()
            if not (ahead and key == REVIEW_SECTION)
        ]
        for word in sorted(words, key=len, reverse=True):
            if any(word in longer for longer in named):
                continue
            where: dict[tuple[int, int], Sentence] = {}
            for key, sents in quotable:
                found = next((s for s, text in sents if word in text), None)
                if found is not None:
                    where[key] = found
            if where:
                named.append(word)
            if MIN_PLACES <= len(where) <= MAX_PLACES:
                rank = (len(word), len(where), result.terms.get(word, 0.0), list(where.values()))
                if best is None or rank[:3] > best[:3]:
                    best = rank
        return sorted(best[3], key=lambda s: (s.line, s.start)) if best is not None else []

    def subject_terms(self, result: SearchResult, n: int = 3) -> dict[str, float]:
        """The question's rarest words that the plan uses, without the words that frame it (when,
        plans to, before): what the question is about."""
        text = sentences_of(result).plan_text
        # (a year is when, not what the question is about: 2025)
        found = [
            (t, w)
            for t, w in result.terms.items()
            if len(t) >= 2 and _written_in(t, text) and not _FRAME_WORD.search(t) and not _YEAR_TERM.fullmatch(t)
        ]
        # the asker's own words first: the plan's words a glossary adds (垃圾 → 固体废物) are rarer,
        # but say less of what is asked than 「垃圾分类样板小区」
        asked = normalize(result.query)
        return dict(sorted(found, key=lambda tw: (tw[0] not in asked, -tw[1]))[:n])

    def area_of_another(
        self, question: str, result: SearchResult, unit: re.Pattern[str], thing: str | None, scored: Sequence[Scored]
    ) -> bool:
        """「廣州文化館有多大」: the top sentences' areas are of other things — none is in a sentence (or
        under a heading) that names what is asked about (the 融合圈's 16平方公里) — or the whole
        district's is asked, which the plan never gives (its name is in every heading)."""
        # (by its longer words: 廣州 and 文化 are in the 融合圈's sentence too; a unit is no thing)
        # (the question's own Chinese words only: 「面積有多大」 after a first part asks of what that
        # part named; "AI" of an English question is no name the plan's heading writes)
        asked = normalize(question)
        asked_of = {
            t: w
            for t, w in self.figure_subject(result).items()
            if t in asked
            and CJK_RUN.fullmatch(t)
            and t not in _DISTRICT_WORDS
            and not unit.search(t)
            and not t.endswith("方公里")
        }
        # (a name, three characters or more: 「分別多大」 names nothing, 分別 is no thing)
        named = {t: w for t, w in asked_of.items() if len(t) >= MIN_NAME_CHARS}
        if not asked_of and any(w in asked for w in _DISTRICT_WORDS & set(result.terms)):
            return True  # 「海珠全區總面積」
        return bool(named) and not any(
            _states(sc.sentence.text, unit, thing) and _names_subject(sc, named) for sc in scored[:3]
        )

    def figure_subject(self, result: SearchResult) -> dict[str, float]:
        """What a figure or a place is asked of: the subject terms without what measures it (面积,
        增速, 每年), pointing words (这个) or a 章/節 named."""
        return {t: w for t, w in self.subject_terms(result).items() if not _MEASURE_WORD.search(t)}

    def not_mentioned(
        self, question: str, result: SearchResult, missing: list[str], verdict: str | None = None
    ) -> Composition:
        words = "、".join(f"「{w}」{_everyday_chinese(w)}" for w in missing)
        if not is_simplified_query(question):  # the words were read in Simplified
            words = to_traditional(words)
        # (an English question's own words the plan never uses are named in English too: "school bus")
        english = ", ".join(f'"{_as_written(w, question)}"' for w in missing if w.isascii())
        done = self.refusal(
            question, result, f"綱要沒有提到{words}", f"The plan does not mention {english}." if english else None
        )
        return replace(done, verdict=verdict)

    def claim_names(self, claim: Claim, said: str | None = None) -> tuple[str, ...]:
        """The places and bodies a claim names: compound names jieba tags, and the plan's own zone
        and body names it contains (or `said`, the claim in the plan's words: an English one expanded)."""
        found = list(claim.names)
        text = claim.proposition if said is None else normalize(said)
        for name in self.plan_names:
            if name in text and not any(name in n for n in found):
                found.append(name)
        return tuple(found)

    def pulling_heading(self, result: SearchResult) -> str:
        """The titles of the best-ranked section's 章 and 節 (normalized), "" when none."""
        if not result.sections:
            return ""
        chapter_no, section_no = result.sections[0].key
        heading = self.plan.chapter(chapter_no).title if chapter_no else ""
        if section_no:
            heading += " " + self.plan.section(chapter_no, section_no).title
        return normalize(heading)

    def without_pulling_names(self, claim: Claim, query: str, result: SearchResult) -> str | None:
        """The claim's query without the names that title the best-ranked section (they, not the
        rest of the claim, may be what drew the search there; see `claim`'s `unnamed`), nor the
        title words of the part it says the plan puts its words in (「写在了X那一节」), to be
        searched again; None when nothing pulled it."""
        heading = self.pulling_heading(result)
        if not heading:
            return None
        part = claimed_part(claim.proposition)
        pulling = [n for n in self.claim_names(claim) if n in heading] + (
            [part[0]] if part and part[0] in heading else []
        )
        unnamed = query
        for name in pulling:
            unnamed = unnamed.replace(name, " ")
        return unnamed if unnamed != query and unnamed.strip() else None

    def claim(
        self,
        question: str,
        claim: Claim,
        query: str,
        result: SearchResult,
        unnamed: tuple[str, SearchResult] | None = None,
    ) -> Composition:
        """Check a claim (`checked_claim`); a claim that a thing was done, which the plan's review of
        the last period says otherwise, also gets the plan's task ahead for that thing."""
        checked = self.checked_claim(question, claim, query, result, unnamed)
        return self.with_task_ahead(question, claim, query, result, checked)

    def with_task_ahead(
        self, question: str, claim: Claim, query: str, result: SearchResult, checked: Composition
    ) -> Composition:
        """「8號線東延段十三五期間已經開通」: the review of 十三五 says what opened (北延段); that the
        plan sets 東延段 as a task ahead (「繼續推進地鐵8號線東延段」) is the other half of the
        answer — the thing is not done, it is still to do."""
        if (
            checked.verdict != CONTRADICTED
            or not checked.citations
            or not claims_done(claim.proposition)
            or any((c.chapter_no, c.section_no) != REVIEW_SECTION for c in checked.citations)
        ):
            return checked
        quoted = " ".join(c.quote for c in checked.citations)
        subject = self.subject_terms(result)

        def sets_task(text: str) -> bool:
            plain = normalize(text)
            return is_target_sentence(text) and any(t in plain for t in subject)

        task = self.unquoted_figure(query, result, quoted, sets_task, outside=REVIEW_SECTION)
        text, citations = self.with_quote(question, checked, task, "綱要把它列為今後的任務（{ref}）：")
        return replace(checked, text=text, citations=citations)

    def checked_claim(
        self,
        question: str,
        claim: Claim,
        query: str,
        result: SearchResult,
        unnamed: tuple[str, SearchResult] | None = None,
    ) -> Composition:
        """Check a claim against the plan and say which case it is, first: the plan says so, the
        plan says something else (its own words follow), or the plan does not mention it.

        `unnamed`: the claim searched without the names it places things at (query, result). A
        name pulls the search to its own section ("把X放在中大國際創新生態谷" finds the 谷), where
        X may not be; when the rest of the claim matches the plan much better elsewhere, that is
        the evidence, and the name is checked against it."""
        missing = self.missing(query, result)
        if missing:
            if (swapped := self.swapped_in(question, claim, query, result, missing)) is not None:
                return swapped
            return self.not_mentioned(question, result, missing, NOT_STATED)
        base = self.extractive(question, query, result, claimed=True)
        if unnamed is not None and not base.refused:
            other = self.extractive(question, *unnamed, claimed=True)
            cited = {(c.chapter_no, c.section_no) for c in base.citations}
            first = (other.citations[0].chapter_no, other.citations[0].section_no) if other.citations else None
            if not other.refused and first is not None and first not in cited:  # the name pulled elsewhere
                index = sentences_of(unnamed[1])

                def matched(comp: Composition) -> float:
                    quoted = frozenset(index.tokenizer(" ".join(c.quote for c in comp.citations)))
                    return index.coverage(unnamed[1].terms, quoted)

                if matched(other) >= matched(base) + ALT_EVIDENCE_MARGIN:
                    base = other
        if base.refused and (
            unnamed_places := [p for p in salient_places(claim.proposition) if p not in sentences_of(result).plan_text]
        ):
            # 「衔接黄埔区的海洋产业」: a district the plan never names, where its sentence names
            # another (衔接南沙区海洋产业), is said otherwise, not out of the plan's reach
            if (swapped := self.swapped_in(question, claim, query, result, unnamed_places)) is not None:
                return swapped
        if base.refused or not base.citations:
            return replace(base, verdict=NOT_STATED, refused=True)
        quoted = " ".join(c.quote for c in base.citations)
        if scope_swapped(claim.proposition, quoted) is not None or frequency_off(claim.proposition, quoted) is not None:
            # 「世界领先」 where the quote has 「全国领先」, "quarterly" where it has 「年度」: read before
            # the words the plan never prints, which the claim's own reach would be
            return _contradicted(question, base)
        if not is_latin_query(claim.proposition) and (
            leveled := level_named_otherwise(claim.proposition, sentences_of(result).plan_text)
        ):
            # 「省级新一代人工智能创新发展试验区」 where the plan writes 国家…: the plan's sentence that
            # names it at its level says otherwise (the quote may be another sentence)
            name = leveled[1]
            at_level = self.unquoted_figure(query, result, quoted, lambda text: name in normalize(text))
            if at_level is not None:
                return self.said_first(question, at_level, base)
            if name in normalize(quoted):
                return _contradicted(question, base)
        if (never := self.never_in_plan(claim, quoted, sentences_of(result).plan_text)) is not None:
            # 「在海珠湿地建一家五星级酒店」: what is to be built the plan never prints (before any
            # reading of the quote, whose nearest words would make it "something else")
            return self.never_printed(question, never, base)
        unprinted = designation_unprinted_en if is_latin_query(claim.proposition) else designation_unprinted
        if title := unprinted(claim.proposition, sentences_of(result).plan_text):
            return self.never_printed(question, [title], base)  # 「争创国家生态文明建设示范区」
        wrong = [
            f
            for f in claim.figures
            if (not figure_in(f, quoted) or counted_apart_en(claim.proposition, f, quoted))
            and not rounded_in(f, claim.proposition, quoted)
            and not span_start_held(f, claim.proposition, quoted)
            and not counts_own_list(claim.proposition, f, quoted)
        ]
        cited_paragraphs = [self.plan.source_lines[n - 1] for c in base.citations for n in c.lines]
        if any(unit_of(f) == "年" or _BARE_YEAR.fullmatch(f) for f in wrong) and all(
            (c.chapter_no, c.section_no) == REVIEW_SECTION for c in base.citations
        ):
            # "in 2016-2020 …" against the review of the last plan period, which is those years
            wrong = [f for f in wrong if not reviewed_period_year(f, claim.proposition)]
        if any(unit_of(f) == "年" for f in wrong) and statement_year_held(
            claim.proposition, claim.figures, " ".join(cited_paragraphs)
        ):  # 「到2035年琶洲要建成…」: the quote's paragraph opens 「展望2035年」
            wrong = [f for f in wrong if unit_of(f) != "年"]
        if (enumerated := enumeration_counted(claim.proposition, cited_paragraphs)) is not None:
            mine, listed_n = enumerated
            if mine != listed_n:
                # 「归纳了五个方面的问题」 where the plan's paragraph runs 一是…六是
                last = chinese_number(listed_n)
                head = _head(
                    question,
                    f"綱要沒有這樣寫：原文列的是{last}項（一是至{last}是）：",
                    f"The plan says otherwise: its list runs from 一是 to {last}是:",
                )
                return Composition(head + "\n" + base.text, base.citations, False, CONTRADICTED)
            wrong = [f for f in wrong if count_value(f) != mine]  # the count is the plan's
        if wrong and list_count_off(claim.proposition, quoted) is not None:
            # 「1.0和2.0两轮改革」 where the quote lists 1.0、2.0、3.0: the count is of the plan's list
            return _contradicted(question, base)
        # (the list's members are enough to find its sentence: it may share few other words)
        near = (
            self.picker.score(query, result, "number")[:SWAP_DEPTH]
            if wrong and counts_a_list(claim.proposition)
            else []
        )
        if listed := next(
            (
                sc
                for sc in near
                if sc.sentence.text not in quoted and list_count_off(claim.proposition, sc.sentence.text)
            ),
            None,
        ):
            return self.said_first(question, listed, base)  # (the list is in a sentence near the quote)
        # (an English claim names what it counts in the plan's words: "bridges" → 桥)
        claim_words = expand(claim.proposition) if is_latin_query(claim.proposition) else claim.proposition
        counted_as = [(f, counted_words(claim_words, f)) for f in wrong]
        owners = [o for f in wrong if (o := figure_owner(claim.proposition, f))]  # 海珠湿地 of its 面积

        def counted_there() -> Composition | None:
            """The plan counts the same thing elsewhere, in the same unit (「新增…4座桥梁」 for a
            claim of 10座桥): that figure is the answer, the nearest text is not needed."""
            counts = self.unquoted_figure(
                query, result, quoted, lambda text: any(w and counts_same_thing(f, w, text) > 0 for f, w in counted_as)
            )
            if counts is None:
                return None
            if owners and not all(name_in(o, f"{counts.sentence.text} {counts.chunk.breadcrumb}") for o in owners):
                return None  # the plan's figure there is of another thing than the claim measures
            said_there, cite = self.quoted(question, counts)
            return Composition(f"{_head(question, *_SAYS_OTHERWISE)}\n{said_there}", (cite,), False, CONTRADICTED)

        if wrong:
            theirs = [g for f in wrong for g in same_kind_figures(f, quoted)]
            if theirs and owners:
                # the quote's figure measures something the claim does not name (the 谷's 36.8平方公里
                # for a claim about 海珠湿地): it is not the plan's figure for the claim's thing
                theirs = [g for g in theirs if self.figure_of_named(g, owners, base.citations)]
            rates = [w for f, words in counted_as if unit_of(f) in _PERCENT for w in words if w.endswith("率")]
            if rates and not is_latin_query(claim.proposition):
                # a rate the claim names (失业率) is not one the quote's clause names otherwise
                # (城镇登记失业人员就业率保持70%以上)
                theirs = [g for g in theirs if any(w in clause_holding(g, quoted) for w in rates)]
            # (or in another unit, in the same words: 「步行1公里社区生活圈」 for 「步行15分钟…」)
            theirs = theirs or [g for f in wrong if (g := slot_figure(claim.proposition, f, quoted))]
            theirs = theirs or [g for f in wrong if (g := slot_figure_en(claim.proposition, f, quoted))]
            theirs = theirs or [g for f in wrong if (g := unit_swapped(f, quoted))]  # 500千伏, not 500千瓦
            if theirs and is_latin_query(claim.proposition):
                # "50 listed companies": a figure the quote gives of another thing (总部企业70家) is not
                # the plan's figure for what the claim counts (上市企业)
                counted_en = {w for f in wrong for w in en_counted_words(claim.proposition, f)}
                if counted_en:
                    theirs = [g for g in theirs if any(w in clause_holding(g, quoted) for w in counted_en)]
                # … nor a rate in a sentence that names none of the claim's things (86% of good-air
                # days for a claim of the waste recycling rate)
                things = [w for w in plan_words(claim.proposition) if CJK_RUN.fullmatch(w) and w not in _PLAN_FRAME]
                sentences = split_sentences(normalize(quoted))
                theirs = [
                    g
                    for g in theirs
                    if unit_of(g) not in _PERCENT or any(w in s for s in sentences if figure_in(g, s) for w in things)
                ]
            if not theirs and is_latin_query(claim.proposition):
                # an English claim gives its figure without a Chinese unit ("100 headquarters"):
                # the quote's counted figures are what it is measured against (「总部企业70家」)
                counted = [
                    f for f in wrong if not unit_of(f) and re.search(rf"\b{re.escape(f)}\s+[a-z]", claim.proposition)
                ]
                theirs = [g for f in counted for g in figures_of(quoted) if unit_of(g) in _COUNT_UNITS]
            if theirs and asks_ahead(claim.proposition) and self.only_reviewed(wrong, base.citations):
                # 「十四五新增一萬個學位」 where the plan reports 9886 for 十三五 and sets no target
                head = _head(
                    question,
                    "綱要沒有給出今後（「十四五」時期）的這個數字，無法證實這個說法；它只回顧了過去的情況：",
                    "The plan sets no such figure for the years ahead, so this cannot be confirmed; it reports only the past:",
                )
                return Composition(head + "\n" + base.text, base.citations, True, NOT_STATED)
            # where the plan uses the claimed figure: for something else, or as a target (「十三五已
            # 贯通42.4公里」 where 42.4公里 is what is yet to be done); 「十四五打通24.9公里」: the
            # plan's 24.9公里 is what the last period did
            # (a code such as 4A is "in" any text that uses no code: only where it is written is it used)
            # (nor the plan's horizon, "by 2025": dozens of its sentences are dated so)
            used = [f for f in wrong if not CODE_RE.fullmatch(f) and f.removesuffix("年") not in _HORIZON_YEARS]
            # (or the same number in another unit: 「30平方公里」 for a claim of 30 hectares)
            elsewhere = self.unquoted_figure(
                query, result, quoted, lambda text: any(figure_in(f, text) or unit_swapped(f, text) for f in used)
            )
            if not theirs and elsewhere is not None and _bears_out(claim, wrong, elsewhere):
                # the nearest text gives no figure, another sentence gives the claim's figure of the
                # claim's thing (「全区体育健身场地共计1840个」 for "1,840 sports venues"): that one bears
                # the claim out
                return self.borne_out(question, elsewhere)
            if theirs or elsewhere is not None:
                target = (
                    elsewhere is not None
                    and claims_done(claim.proposition)
                    and is_target_sentence(elsewhere.sentence.text)
                )
                # (the claim's own figure is not repeated)
                head = _head(question, *(_TARGET_NOT_DONE if target else _SAYS_OTHERWISE))
                said = None if target else self.their_figure(question, base.citations, counted_as)
                counts_only = all(unit_of(f) in COUNTS for f in wrong)
                if not target and elsewhere is None and said is None and counts_only:
                    # the quotes count other things (「四个全面」); the plan may count this one elsewhere
                    if (counts := counted_there()) is not None:
                        return counts
                leads = to_simplified(base.text.split("\n")[0])
                if said and not (leads.startswith("纲要写明") and to_simplified(said[1 : said.index("」")]) in leads):
                    head += "\n" + said  # the plan's figure for the same thing first (unless it leads already)
                text, citations = self.with_quote(question, base, elsewhere, "綱要中的這個數字見於{ref}，說的是：")
                return Composition(head + "\n" + text, citations, False, CONTRADICTED)
            if (counts := counted_there()) is not None:
                return counts
            if kind_count_off(claim.proposition, quoted) is not None:
                # 「未来产业有四个领域」 where the quote lists three: the plan's list is the answer
                return _contradicted(question, base)
            # the plan does not answer the claim (refused), the nearest text is shown
            # (an English claim writes its years bare: "2021–2025")
            years = all((unit_of(f) == "年" and YEAR_RE.fullmatch(f)) or _BARE_YEAR.fullmatch(f) for f in wrong)
            paragraphs = " ".join(self.plan.source_lines[n - 1] for c in base.citations for n in c.lines)
            if years and change_years_off(claim.figures, quoted):
                # "from … in 2016 to … in 2020" where the plan's sentence has 2015 and 2020
                return _contradicted(question, base)
            if years and statement_year_off(claim.proposition, claim.figures, paragraphs) is not None:
                # the quote's clause is dated by its sentence (「展望2035年,…」) with another year
                return _contradicted(question, base)
            if years and (dated := self.dated_otherwise(claim, query, result, quoted)) is not None:
                # "by 2028" where a near sentence dates the same thing 「2030年前」
                return self.said_first(question, dated, base)
            past = [_reports_past(c.quote, (c.chapter_no, c.section_no)) for c in base.citations]
            if (
                years
                and all(_LAST_PERIOD_YEAR.fullmatch(number_of(f)) for f in wrong)
                and claims_done(claim.proposition)
                and all((c.chapter_no, c.section_no) != REVIEW_SECTION for c in base.citations)
                and any(is_target_sentence(c.quote) for c in base.citations)
            ):
                # "moved underground during 2016–2020" of what the plan sets as a task ahead (加快…):
                # the claim takes for done what is yet to be done
                return _contradicted(question, base, _TARGET_NOT_DONE)
            if years and asks_ahead(claim.proposition) and all(past) and reports_done(quoted):
                # 「十四五期间开工」 of what the plan reports done in the last period (碼頭主體工程完工):
                # the years the claim gives are not the plan's, the thing is behind it already
                return _contradicted(question, base, _DONE_NOT_TARGET)
            head = _head(
                question,
                f"綱要沒有給出這個{'年份' if years else '數字'}，無法證實這個說法。相關原文：",
                f"The plan gives no such {'year' if years else 'figure'}, so this cannot be confirmed. The nearest text:",
            )
            # (not the answer's lead: its figure is of something else, it would read as the answer)
            lines = base.text.split("\n")
            if len(lines) > 1 and to_simplified(lines[0]).startswith(("纲要写明", "The plan states")):
                lines = lines[1:]
            return Composition(head + "\n" + "\n".join(lines), base.citations, True, NOT_STATED)
        # (an English claim is read by the plan's words for its places: "Macau" → 澳门, "eastern Haizhu" → 东部)
        said = expand(claim.proposition) if is_latin_query(claim.proposition) else claim.proposition
        names = self.claim_names(claim, said)
        index = sentences_of(result)
        elsewhere_here = other_direction(said, quoted, names)
        everywhere = (s for sents in index.by_section.values() for s in sents if index.has_text(s))
        if not elsewhere_here and (found := direction_elsewhere(said, names, everywhere)):
            # the quote does not say where the thing is; another sentence of the plan puts it elsewhere
            where, clause = found
            key = self.section_of_line.get(where.line, (0, 0))
            said_there = in_user_script(question, f"{short_ref(self.plan, *key)}寫的是：「{clause}」")
            cite = citation_for(self.plan, *key, clause, [where.line])
            head = _head(question, *_SAYS_OTHERWISE)
            return Composition(f"{head}\n{said_there}\n{base.text}", (cite, *base.citations), False, CONTRADICTED)
        if (
            elsewhere_here
            or horizon_swapped(claim.proposition, claim.figures, quoted)
            or year_off(claim.figures, quoted)
            or change_years_off(claim.figures, quoted)
            or span_end_off(claim.proposition, claim.figures, quoted) is not None
            or statement_year_off(claim.proposition, claim.figures, quoted) is not None
            or per_swapped(claim.proposition, claim.figures, quoted)
            or respectively_swapped(claim.proposition, quoted)
            or figures_crossed(claim.proposition, quoted) is not None
            or change_off(claim.proposition, quoted) is not None
            or figure_thing_off(claim.proposition, quoted) is not None
            or count_of_another(claim.proposition, quoted) is not None
            or figures_crossed_en(claim.proposition, quoted) is not None
            or list_member_swapped(claim.proposition, quoted) is not None
            or list_member_swapped_en(claim.proposition, quoted) is not None
            or name_head_swapped(claim.proposition, quoted, index.plan_text) is not None
            or threshold_off(claim.proposition, quoted) is not None
            or list_count_off_en(claim.proposition, quoted) is not None
            or site_elsewhere(claim.proposition, quoted, index.plan_text) is not None
            or region_swapped(claim.proposition, quoted) is not None
            or tier_swapped(claim.proposition, quoted) is not None
            or tenths_off(claim.proposition, quoted) is not None
        ):  # 東部, not the claim's 西部; the five-year figure, not the three-year one; per day, not per year
            return _contradicted(question, base)
        swaps = (swapped_slot(claim.proposition, c.quote, _one_thing) for c in base.citations)
        if (swap := next((s for s in swaps if s is not None), None)) is not None and (
            stated := self.states_slot(claim, swap[0], query, result, quoted)
        ):
            # the quote has 省级 where the claim says 国家; another sentence has the claim's word
            # in that place (「爭創國家級全域旅遊示範區」): that one bears the claim out
            return self.borne_out(question, stated)
        ahead = asks_ahead(said) or is_target_sentence(said)
        reported = [_reports_past(c.quote, (c.chapter_no, c.section_no)) for c in base.citations]
        # (the quotes that give the claim's figures: a goal of 1215种 the plan reports as reached)
        measured = [f for f in claim.figures if unit_of(f) != "年"]
        giving = [
            past
            for c, past in zip(base.citations, reported, strict=True)
            if all(figure_in(f, c.quote) for f in measured)
        ]
        if ahead and (all(reported) or (measured and giving and all(giving))):
            # 「十四五的目标是建成省级全域旅游示范区」 where the plan reports 省级 as done in 十三五
            def aims(text: str) -> bool:
                return states_target(text) and not reports_done(text)

            # a target of the same thing with another word in the claim's place (国家级 for 省级)
            goal = self.unquoted_figure(
                query, result, quoted, lambda t: aims(t) and swapped_slot(claim.proposition, t, _one_thing) is not None
            )
            # (a target of another thing in the same frame, 「十四五时期,地区生产总值年均增长6%」 for a
            # claim on income, is no target of the claim's thing: the target must name its rarest word)
            subject = self.subject_terms(result)
            rarest = max(subject, key=lambda t: subject[t]) if subject else ""

            def aims_at(text: str) -> bool:
                return aims(text) and rarest in normalize(text)

            if goal is not None or self.unquoted_figure(query, result, quoted, aims_at) is None:
                head = _head(question, *_DONE_NOT_TARGET)
                text, citations = self.with_quote(question, base, goal, "綱要今後的目標見於{ref}：")
                return Composition(head + "\n" + text, citations, False, CONTRADICTED)
        counted = [f for f in claim.figures if unit_of(f) != "年"]
        if counted and claims_done(claim.proposition) and all(only_as_target(f, quoted) for f in counted):
            head = _head(question, *_TARGET_NOT_DONE)
            # what the plan reports as done so far, beside the target the claim took for done
            record = self.unquoted_figure(
                query,
                result,
                quoted,
                lambda text: not is_target_sentence(text) and any(same_kind_figures(f, text) for f in counted),
            )
            text, citations = self.with_quote(question, base, record, "綱要記載已完成的是（{ref}）：")
            return Composition(head + "\n" + text, citations, False, CONTRADICTED)
        # (a code is a name, not a count: 5G of 「世界5G大会」)
        if not [f for f in counted if not CODE_RE.fullmatch(f)] and (
            target_not_done(claim.proposition, quoted) is not None
            or task_taken_for_done(
                claim.proposition, list(zip((c.quote for c in base.citations), reported, strict=True))
            )
            is not None
        ):
            # 「早就是国家级全域旅游示范区」 where the plan's sentence sets it as a target (争创…)
            return _contradicted(question, base, _TARGET_NOT_DONE)
        headings = " ".join(c.breadcrumb for c in base.citations)
        plan_text = index.plan_text
        if any(not name_in(n, f"{quoted} {headings}") for n in self.claim_names(claim)) or (
            place_unquoted_en(claim.proposition, question, quoted, headings) is not None
        ):
            # a place or body the plan does not name here: the plan puts it elsewhere (quoted); (a
            # thing said to be there that the plan never prints was read first: `never_in_plan`)
            return _contradicted(question, base)
        if is_latin_query(claim.proposition) and (event := event_name_unprinted_en(question, plan_text)):
            return self.never_printed(question, [event], base)  # "the World Artificial Intelligence Conference"
        if is_latin_query(claim.proposition) and (
            named := body_name_unprinted_en(question, plan_text)
        ):  # "the Guangzhou Intellectual Property Court": no 知识产权法院 in the plan
            if re.search(rf"[\u4e00-\u9fff]{{2}}{re.escape(named[1])}", normalize(quoted)):
                return _contradicted(question, base)  # the quote names another court there
            return self.never_printed(question, [named[0]], base)
        if (body := body_unquoted_en(claim.proposition, question, f"{quoted} {headings}")) is not None:
            # "Sun Yat-sen University" where the quote's sentence names 广州美术学院: another body
            # carries it (a body the plan never names is not put elsewhere by it)
            if not any(w in plan_text for w in body[1]):
                return self.never_printed(question, [body[0]], base)
            return _contradicted(question, base)
        if absent := [n for n in named_sites(said, plan_text) if not site_in(n, f"{quoted} {headings}")]:
            if unknown := [n for n in absent if not site_in(n, plan_text)]:
                # 「连接海珠和荔湾的步行桥」: a place the plan never names is not put elsewhere by it
                return self.never_printed(question, unknown, base)
            # 「以海幢寺為核心」 where the quote says 十香園: another site of the plan is named there
            # (not one sharing its head: 湿地公园 in a quote about 海珠湿地 is the same place)
            if any(
                n not in absent and not any(len(shared_run(n, a)) >= 2 for a in absent)
                for n in named_sites(quoted, plan_text)
            ):
                return _contradicted(question, base)
        # (a claim about the years ahead is read against the plan's targets, not its review)
        targets = [c.quote for c, past in zip(base.citations, reported, strict=True) if not past]
        if swapped_slot(claim.proposition, " ".join(targets) if ahead and targets else quoted, _one_thing):
            # 「在南沙建物流轮候区」 where the plan says 琶洲物流轮候区: another word in the same place
            return _contradicted(question, base)
        if (
            leader_elsewhere(claim.proposition, quoted) is not None
            or agent_swapped(claim.proposition, quoted) is not None
            or bracket_place_swapped(claim.proposition, quoted) is not None
            or body_swapped(claim.proposition, quoted) is not None
            or body_swapped_en(claim.proposition, quoted) is not None
        ):
            # 「由区商务局牵头」 where the plan gives the task to 区楼宇办
            return _contradicted(question, base)
        if unstated := self.unquoted_places(claim, f"{quoted} {headings}"):
            # the quote is about something near, but does not say what the claim says of it
            words = "、".join(f"「{w}」" for w in unstated)
            words = words if is_simplified_query(question) else to_traditional(words)
            head = _head(
                question,
                f"綱要沒有寫明這一點（引文沒有提到{words}），無法證實這個說法。相關原文：",
                f"The plan does not state this (the text does not mention {words}), so it cannot be confirmed. The nearest text:",
            )
            return Composition(head + "\n" + base.text, base.citations, True, NOT_STATED)
        if (role := _LEAD_ROLE.search(normalize(claim.proposition))) and not _ROLE_STATED.search(normalize(quoted)):
            # 「由中山大學牽頭建設」: the quote names the bodies but not who leads
            word = role.group(0) if is_simplified_query(question) else to_traditional(role.group(0))
            head = _head(
                question,
                f"綱要沒有寫明由誰{word}，無法證實這個說法。相關原文：",
                f"The plan does not say who leads this ({word}), so it cannot be confirmed. The nearest text:",
            )
            return Composition(head + "\n" + base.text, base.citations, True, NOT_STATED)
        subject = self.subject_terms(result)
        if (
            subject
            and not _names(f"{quoted} {headings}", subject)
            and len(shared_run(normalize(claim.proposition), normalize(quoted))) < MIN_SHARED_THING
        ):
            # the quote is the nearest text, but names nothing the claim is about: not a confirmation
            # (a long run of the claim's own words in it, 「争取世界5G大会」, names what it is about)
            head = _head(question, *_NOT_CONFIRMED)
            return Composition(head + "\n" + base.text, base.citations, True, NOT_STATED)
        if not is_latin_query(claim.proposition) and (never := unprinted_things(claim.proposition, index.plan_text)):
            return self.never_printed(question, never, base)  # 「在琶洲建一所国际学校」: never a 国际学校
        if (
            is_latin_query(claim.proposition)
            and (
                never := english_unprinted(claim.proposition, index.plan_text)
                or english_unknown_names(question, claim.proposition, index.plan_text)
            )
            # (a level the plan gives the thing otherwise is what is wrong: read below)
            and level_elsewhere_en(claim.proposition, quoted) is None
        ):
            # "build a new international school": 国际 and 学校 are the plan's words, 国际学校 is not
            if (renamed := self.renamed(question, claim, never, base)) is not None:
                return renamed  # "a 'Haizhu Talent Pass' platform" where the plan's is “人才小管家”平台
            words = ", ".join(f'"{w}"' for w in never)
            head = f"The plan does not mention {words}, so this cannot be confirmed. The nearest text:"
            return Composition(head + "\n" + base.text, base.citations, True, NOT_STATED)
        if mandate_softened(claim.proposition, quoted):
            # 「都必须储备」 where the plan says 「鼓励…储备」: urged, not required
            return _contradicted(question, base)
        if (
            ban_unwritten(claim.proposition, quoted)
            or mandate_unwritten(claim.proposition, quoted)
            or benefit_unwritten(claim.proposition, list(self.subject_terms(result)), quoted)
        ):
            # "bans e-bikes" where the plan says 规范…管理; a subsidy the plan gives for something else
            head = _head(question, *_NOT_CONFIRMED)
            return Composition(head + "\n" + base.text, base.citations, True, NOT_STATED)
        if scope_overstated(claim.proposition, quoted) is not None:
            # 「全区所有区域」 where the plan says 「在条件成熟的区域」: the plan says less than that
            return _contradicted(question, base)
        if each_unstated(claim.proposition, quoted):
            # "every sub-district gets a new kindergarten" where the plan says 合理布点幼儿园
            head = _head(
                question,
                "綱要沒有寫明每一個都這樣，無法證實這個說法。相關內容最接近的是：",
                "The plan does not say this of every one, so it cannot be confirmed. The nearest text:",
            )
            return Composition(head + "\n" + base.text, base.citations, True, NOT_STATED)
        if (moved := self.placed_elsewhere(question, claim, base)) is not None:
            return moved
        unsaid = unconfirmed_words(claim.proposition, f"{quoted} {headings}")
        if is_latin_query(claim.proposition) and (
            len(unheld := unconfirmed_rows_en(claim.proposition, f"{quoted} {headings}")) >= MANY_UNSAID_EN
            and any(proper_name_in(w, question) for w in unheld)
        ):
            # "a flagship branch of the library in Pazhou" against a quote on libraries that names
            # neither Pazhou nor a flagship: what the claim says of them is not said there (a place
            # by its name among them: the glossary's words for common things are too narrow)
            head = _head(question, *_NOT_CONFIRMED)
            return Composition(head + "\n" + base.text, base.citations, True, NOT_STATED)
        if len(unsaid) >= MANY_UNSAID:
            # 「把龙舟文化申报世界非遗」 against a quote on 非物质文化遗产 alone: most of what the claim
            # is about is not in the quote, so it is not said there, rather than said otherwise
            head = _head(question, *_NOT_CONFIRMED)
            return Composition(head + "\n" + base.text, base.citations, True, NOT_STATED)
        if (
            level_elsewhere_en(claim.proposition, quoted) is not None
            and (held := self.unquoted_figure(query, result, quoted, partial(level_held_en, claim.proposition)))
            and (not claims_done(claim.proposition) or reports_done(held.sentence.text))
        ):
            # the quote reports 省級 where the claim says "national"; another sentence has the claim's
            # level for the same thing (「爭創國家級全域旅游示范區」): that one bears the claim out
            return self.borne_out(question, held)
        if (
            any(stands_for_other(w, normalize(quoted), plan_text) for w in unsaid)
            or one_character_off(claim.proposition, quoted) is not None
            or order_reversed(claim.proposition, quoted) is not None
            or chain_order_off(claim.proposition, quoted) is not None
            or label_named_otherwise(claim.proposition, quoted) is not None
            or pairs_crossed(claim.proposition, quoted) is not None
            or label_crossed_en(claim.proposition, question, quoted) is not None
            or body_elsewhere_en(claim.proposition, quoted) is not None
            or level_elsewhere_en(claim.proposition, quoted) is not None
            or slogan_numbers_off(claim.proposition, quoted) is not None
            or filler_swapped(claim.proposition, quoted) is not None
            or class_off(claim.proposition, quoted) is not None
            or kind_count_off(claim.proposition, quoted) is not None
            or hospital_grade_off(claim.proposition, quoted) is not None
            or reach_off(claim.proposition, quoted) is not None
            or rank_off(claim.proposition, quoted) is not None
            or kind_ordinal_off(claim.proposition, quoted) is not None
            or rank_overstated(claim.proposition, quoted) is not None
            or count_off(claim.proposition, quoted) is not None
            or big_count_off(claim.proposition, quoted) is not None
            or big_count_off_en(claim.proposition, quoted) is not None
            or verb_reversed(claim.proposition, quoted) is not None
            or stage_behind(claim.proposition, quoted) is not None
            or direction_reversed(claim.proposition, quoted) is not None
            or figure_direction_reversed(claim.proposition, claim.figures, quoted) is not None
            or ordinal_off_en(claim.proposition, quoted) is not None
        ):
            # the quote has another word where the claim has one the plan uses elsewhere (区内高校,
            # where the plan gives the power to 区职能部门) or one a character off (二等功, not 一等功;
            # 海珠桥, not 海印桥), or turns two things the other way (过境旅游向过夜旅游)
            return _contradicted(question, base)
        if (claimed := ranks_of(claim.proposition)) and not ranks_of(quoted):
            # a place claimed ("ranked number one") that the quotes give none of: the plan's own
            # ranking of the same thing, where a near sentence gives one

            def ranks_otherwise(text: str) -> bool:
                written = ranks_of(text)
                return bool(written) and not written & claimed

            ranked = self.unquoted_figure(query, result, quoted, ranks_otherwise)
            if ranked is not None:
                return self.said_first(question, ranked, base)
        if never := quoted_names_unprinted(claim.proposition, plan_text):
            # 「被纳入“港澳药械通”」: the name the claim quotes is nowhere in the plan, whatever else
            # of the claim the quote holds (a name put otherwise was read above), unless the quote
            # names the same thing otherwise
            return self.renamed(question, claim, never, base) or self.never_printed(question, never, base)
        if (unknown := english_names_unknown(claim.proposition)) and (
            renamed := self.renamed(question, claim, unknown, base)
        ) is not None:
            return renamed  # "the 'Sui Kuai Ban' mini-program" where the plan's is the “珠事通”小程序
        return Composition(_head(question, *_SAYS_SO) + "\n" + base.text, base.citations, False, SUPPORTED)

    def never_in_plan(self, claim: Claim, quoted: str, plan_text: str) -> list[str] | None:
        """The things a Chinese claim says are to be built or given (or names) that the plan never
        prints, else None; a claim that is the quote's sentence with another name in it
        (「依托X打造常态化交流对接平台」) shares a long run of the quote's words and is not read so."""
        if is_latin_query(claim.proposition):
            return None
        if len(shared_run(normalize(claim.proposition), normalize(quoted))) >= MIN_SHARED_THING:
            return None
        never = unprinted_things(claim.proposition, plan_text) or [
            w for n in self.claim_names(claim) for w in words_never_printed(n, plan_text)
        ]
        return never or None

    def renamed(self, question: str, claim: Claim, never: Sequence[str], base: Composition) -> Composition | None:
        """A claim whose name for a thing is one the plan never prints (`never`), where a quote
        gives the same kind of thing another quoted name (`claims.name_swapped`): the plan says
        something else; None when no quote does."""
        for c in base.citations:
            for sentence in split_sentences(c.quote):
                if name_swapped(claim.proposition, question, sentence, never) is not None:
                    return _contradicted(question, base)
        return None

    def never_printed(self, question: str, never: Sequence[str], base: Composition) -> Composition:
        """The plan does not mention the things a claim says are to be built or given (「国际学校」,
        where the plan has 国际 and 学校 apart): not stated, with the nearest text."""
        words = "、".join(f"「{w}」" for w in never)
        if is_latin_query(question):
            # (the Chinese an English question writes, shown as it is written: 統租, not 统租)
            written = {normalize(run): run for run in CJK_RUN.findall(question)}
            words = "、".join(f"「{written.get(w, w)}」" for w in never)
            head = f"The plan never mentions {words}, so this cannot be confirmed. The nearest text:"
        else:
            words = words if is_simplified_query(question) else to_traditional(words)
            head = in_user_script(question, f"綱要沒有提到{words}，無法證實這個說法。相關內容最接近的是：")
        return Composition(head + "\n" + base.text, base.citations, True, NOT_STATED)

    def placed_elsewhere(self, question: str, claim: Claim, base: Composition) -> Composition | None:
        """A claim that the plan puts its words under a 節 or 章 it names (「…写在了X那一节」), where
        the quote that holds those words sits in another: the plan says something else, with that
        quote. None when the claim names no part, no title has its words, or the quote is there."""
        if (put := claimed_part(claim.proposition)) is None:
            return None
        words, kind = put
        named = {
            (s.chapter_no, s.section_no)
            for c in self.plan.chapters
            for s in c.sections
            if words in normalize(s.title) or (kind != "节" and words in normalize(c.title))
        }
        if not named:
            return None
        # (quotation marks aside: 「快进慢游」 in the claim is “快进慢游” in the plan)
        rest = _QUOTE_MARKS.sub("", claim.proposition.replace(words, " "))
        size, holding = sharing_most(rest, [_QUOTE_MARKS.sub("", normalize(c.quote)) for c in base.citations])
        best = [c for c in base.citations if _QUOTE_MARKS.sub("", normalize(c.quote)) == holding]
        if size < MIN_PLACED_RUN or not best or (best[0].chapter_no, best[0].section_no) in named:
            return None
        head = _head(question, *_SAYS_OTHERWISE)
        return Composition(f"{head}\n{self.without_quotes(base, best)}", tuple(best), False, CONTRADICTED)

    def swapped_in(
        self, question: str, claim: Claim, query: str, result: SearchResult, missing: Sequence[str]
    ) -> Composition | None:
        """A name the plan never uses, standing in a claim where the plan's own sentence has
        another (「建设深圳湾实验室广州基地」 where the plan says 鹏城实验室广州基地): the plan says
        something else, not nothing. None when no quote has such a slot."""
        for sc in self.picker.score(query, result, question_kind(question))[:SWAP_DEPTH]:
            if _swapped_in_sentence(claim, question, sc.sentence.text, missing):
                said, cite = self.quoted(question, sc, "據綱要{ref}：")
                return Composition(f"{_head(question, *_SAYS_OTHERWISE)}\n{said}", (cite,), False, CONTRADICTED)
        return None

    def states_slot(self, claim: Claim, word: str, query: str, result: SearchResult, quoted: str) -> Scored | None:
        """A sentence of the top sections, not quoted, that has the claim's own `word` where the
        quote has another (国家 where the quote says 省级), and no other word swapped."""

        # (the quote's words the claim holds: jieba reads the claim's own run on, 「说海丝」)
        claimed = normalize(claim.proposition)
        shared_by_quote = [
            w for w in dict.fromkeys(jieba.lcut(normalize(quoted))) if len(w) >= 2 and w != word and w in claimed
        ]

        def states(text: str) -> bool:
            said = normalize(text)
            return (
                slot_stated(claim.proposition, word, text)
                and swapped_slot(claim.proposition, text, _one_thing) is None
                # (of the same thing: 「文化论坛永久落户海珠区」 does not bear out 海丝博览会 落户海珠区)
                and sum(w not in said for w in shared_by_quote) <= 1
            )

        return self.unquoted_figure(query, result, quoted, states)

    def only_reviewed(self, figures: Sequence[str], citations: Sequence[Citation]) -> bool:
        """Every quote giving a figure of the same kind as `figures` reports the past (the review of
        the last period, or a sentence that says it was done) and sets no target."""
        giving = [c for c in citations if any(same_kind_figures(f, c.quote) for f in figures)]
        return bool(giving) and all(_reports_past(c.quote, (c.chapter_no, c.section_no)) for c in giving)

    @staticmethod
    def figure_of_named(figure: str, names: Sequence[str], citations: Sequence[Citation]) -> bool:
        """A sentence of the citations states `figure` and names each of `names` (in the sentence
        or its 節's heading)."""
        for c in citations:
            for sentence in split_sentences(c.quote):
                if figure_in(figure, sentence) and all(name_in(n, f"{sentence} {c.breadcrumb}") for n in names):
                    return True
        return False

    def unquoted_places(self, claim: Claim, quoted: str) -> list[str]:
        """The places a claim puts things at (「搬到海珠湾」) that the evidence does not name: a quote
        about the thing that says nothing of that place does not bear the claim out."""
        text = normalize(quoted)
        return [
            p
            for p in salient_places(claim.proposition)
            if p not in text and not name_in(p, text) and not glossed_in(p, text)  # (广交会: 中国进出口商品交易会)
        ]

    def dated_otherwise(self, claim: Claim, query: str, result: SearchResult, quoted: str) -> Scored | None:
        """A sentence near the quote that dates the claim's thing (one of its rarest words in the
        clause of the year, 「2030年前打造成为…数字经济示范区」) with years none of the claim's: the
        plan's own date for it, else None."""
        subject = self.subject_terms(result)
        if not subject:
            return None
        claimed = {number_of(f) for f in claim.figures}

        def dates_it(text: str) -> bool:
            return any(
                any(t in clause for t in subject) and (years := set(ANY_YEAR.findall(clause))) and not years & claimed
                for clause in CLAUSE.split(normalize(text))
            )

        return self.unquoted_figure(query, result, quoted, dates_it)

    def unquoted_figure(
        self,
        query: str,
        result: SearchResult,
        quoted: str,
        gives: Callable[[str], bool],
        outside: tuple[int, int] | None = None,
    ) -> Scored | None:
        """The best sentence of the top sections, not quoted yet and sharing enough of a claim's
        words, whose text `gives` the figure looked for: the plan's report of a result in the same
        unit (「貫通24.9公里」 for a claim that a 42.4公里 target is already met), or where the plan
        uses the figure a claim misplaces. `outside`: a section whose sentences are passed over."""
        index = sentences_of(result)
        # (an English query's own words are in no sentence: its share is of the plan's words it
        # holds — the glossary's Chinese for its words —, or no sentence would ever share enough)
        scale, least = 1.0, MIN_RECORD_COVERAGE
        if is_latin_query(query):
            total = sum(result.terms.values())
            plan_words = sum(w for t, w in result.terms.items() if t in index.vocabulary)
            scale = total / plan_words if plan_words else 1.0
            least = MIN_RECORD_COVERAGE_EN
        for sc in self.picker.score(query, result, "number"):
            text = sc.sentence.text
            if outside is not None and self.section_of_line.get(sc.sentence.line) == outside:
                continue
            if sc.coverage * scale >= least and text not in quoted and gives(text):
                return sc
        return None

    def their_figure(
        self, question: str, citations: Sequence[Citation], counted_as: Sequence[tuple[str, Sequence[str]]]
    ) -> str | None:
        """The clause of a quote that gives the plan's figure for what a claim counts (the claim's
        unit, one of its words beside it), with its 章/節 — for Chinese answers, which quote it."""
        if is_latin_query(question):
            return None
        scored = [
            (max(counts_same_thing(f, words, clause) for f, words in counted_as), clause.strip(), c)
            for c in citations
            for clause in CLAUSE.split(c.quote)
        ]
        best = max(scored, key=lambda s: s[0], default=None)  # the first of the best: the clause naming most
        if best is None or not best[0]:
            return None
        _, clause, c = best
        return in_user_script(question, f"「{clause}」（{short_ref(self.plan, c.chapter_no, c.section_no)}）")

    def said_first(self, question: str, sc: Scored, base: Composition) -> Composition:
        """The plan says otherwise: `sc`'s sentence, where it says what the claim gets wrong, then
        `base`'s quotes."""
        said, cite = self.quoted(question, sc, "{ref}寫的是：")
        head = _head(question, *_SAYS_OTHERWISE)
        return Composition(f"{head}\n{said}\n{base.text}", (cite, *base.citations), False, CONTRADICTED)

    def borne_out(self, question: str, sc: Scored) -> Composition:
        """The plan says so: `sc`'s sentence bears the claim out (the nearest text did not)."""
        said, cite = self.quoted(question, sc)
        return Composition(f"{_head(question, *_SAYS_SO)}\n{said}", (cite,), False, SUPPORTED)

    def quoted(self, question: str, sc: Scored, intro: str = "{ref}：") -> tuple[str, Citation]:
        """`sc`'s sentence after `intro` (its `{ref}` the 章/節 the line sits in), in the
        question's script, and its citation."""
        key = self.section_of_line.get(sc.sentence.line, (sc.chunk.chapter_no, sc.chunk.section_no))
        said = intro.format(ref=short_ref(self.plan, *key)) + sc.sentence.text
        return in_user_script(question, said), citation_for(self.plan, *key, sc.sentence.text, [sc.sentence.line])

    def with_quote(
        self, question: str, base: Composition, sc: Scored | None, intro: str
    ) -> tuple[str, tuple[Citation, ...]]:
        """`base`'s text and citations, with `sc`'s sentence after `intro` (its `{ref}` the 章/節)."""
        if sc is None:
            return base.text, base.citations
        said, cite = self.quoted(question, sc, intro)
        return base.text + "\n" + said, (*base.citations, cite)

    def lead(
        self,
        question: str,
        kind: str,
        sentences: Sequence[Sentence],
        result: SearchResult,
        top: Sentence | None = None,
    ) -> str | None:
        """The answer first, for a number or a date: the clause of the quotes that states it
        (`面積30平方公里`), chosen by the question's terms; for a list asked for, the clause that
        lists (`社會公德、職業道德、家庭美德、個人品德教育`). Always a substring of a quote."""
        if is_latin_query(question):
            return None
        if kind == "fact" and asks_for_list(question):
            return self.list_lead(question, sentences, result, top)
        if kind not in ("number", "time"):
            return None
        unit = asked_unit(question) if kind == "number" else None
        thing = measured_thing(question) if kind == "number" else None
        index = sentences_of(result)
        best: tuple[float, str] | None = None
        for s in sentences:
            for clause in CLAUSE.split(s.text):
                clause = clause.strip()
                if kind == "time" and not _TIME_IN_CLAUSE.search(clause):
                    continue
                counted = thing is not None and counts_thing(clause, thing)
                if kind == "number" and not (
                    counted or (states_figure(clause, unit) if unit is not None else _has_figure(_YEAR.sub("", clause)))
                ):  # (「到2025年」 dates a figure; it is not the figure asked for)
                    continue
                score = index.coverage(result.terms, frozenset(index.tokenizer(clause)))
                if counted:  # 「873宗舊住宅樓宇」 for "多少棟舊住宅樓": the thing asked about, counted
                    score += COUNTED_BONUS
                if s == top:  # the sentence the picker ranked first (a past figure for "now")
                    score += TOP_SENTENCE_BONUS
                if best is None or score > best[0]:
                    best = (score, clause)
        return _lead_text(question, best[1]) if best is not None else None

    def list_lead(
        self, question: str, sentences: Sequence[Sentence], result: SearchResult, top: Sentence | None
    ) -> str | None:
        """The clause of the quotes that lists things (three or more, set apart by 、), the one
        holding most of the question's terms: the items asked for, before the quotes that hold
        them. None when no clause lists, or none shares a term with the question."""
        if top is None or top not in sentences:
            return None  # (the items quoted are another sentence's: 「——軟件與信息服務。——人工智能。」)
        index = sentences_of(result)
        # (the best sentence's list: another quote's list is of something near, not what is asked)
        lists = [c.strip() for c in CLAUSE.split(top.text) if c.count("、") >= MIN_LIST_MARKS]
        scored = [(index.coverage(result.terms, frozenset(index.tokenizer(c))), c) for c in lists]
        best = max(scored, key=lambda sc: sc[0], default=None)
        return _lead_text(question, best[1]) if best is not None and best[0] > 0 else None

    @staticmethod
    def without_quotes(comp: Composition, kept: Sequence[Citation]) -> str:
        """The composition's text without the lines that show only quotes not `kept`."""

        def held(line: str) -> list[Citation]:
            return [c for c in comp.citations if normalize(c.quote) in normalize(line)]

        lines = comp.text.split("\n")
        return "\n".join(line for line in lines if not (quotes := held(line)) or any(c in kept for c in quotes))

    def frame(self, kind: str, key: tuple[int, int], line: int, body: str) -> str:
        ref = short_ref(self.plan, *key)
        if kind not in ("where", "ownership"):
            return f"據綱要{ref}：{body}"
        where = location_phrase(self.plan, *key)
        task = self.tasks_by_line.get(line)
        head = f"這項內容在{where}" + (f"，任務「{task.title}」" if task else "") + "。"
        extra = ""
        if task and task.zone:
            extra += f"屬於{task.zone}。"
        if kind == "ownership":
            if task and task.bodies:
                extra += f"文中點名的機構或片區：{'、'.join(task.bodies)}。"
            else:
                extra += "綱要在這裡沒有寫明牽頭或承擔單位。"
        return f"{head}{extra}原文：「{body}」"


def _written_in(term: str, text: str) -> bool:
    """The plan writes the term: a Latin word as a word of its own ("hk" is not in 「ChicHK港」), a
    Chinese one anywhere."""
    if not term.isascii():
        return term in text
    return re.search(rf"(?<![a-z0-9]){re.escape(term)}(?![a-z0-9])", text) is not None
