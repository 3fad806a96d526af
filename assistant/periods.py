"""Which plan period a question asks about, and which one a sentence of the plan speaks of.

The plan is the 十四五 plan. Its 第一章第一節 reviews the last period (十三五: what was done, 「累计…」,
「由…增长到…」); the rest sets targets (「到2025年…」, 「力争…」) and tasks. A question asks about the
past (「十三五末」, 「现在」, 「已经」) or the years ahead (「十四五」, 「目标」, 「2025年」, 「打算」), or
neither; a sentence reports what was done, states a target, or neither.

    asks_back("人均预期寿命十三五末是多少")            # True
    asks_ahead("2025年人均预期寿命目标多少")           # True
    looks_back("累计新增中小学优质学位9886个")         # True
    looks_ahead("到2025年,人均预期寿命达83.12岁")      # True

Every text is read normalised (Simplified); callers pass `normalize`d text or anything else,
the readers normalise it once.
"""

from __future__ import annotations

import re

from corpus.text import normalize

REVIEW_SECTION = (1, 1)  # 發展環境: what the last plan period achieved
PLAN_PERIODS = ("十三五", "十四五")

# a plan period or a year named, with the words that go with it (「“十三五”时期」, 「2020年底」)
NAMED_PERIOD = re.compile(
    r"[“”「」\"']?十[三四]五[“”「」\"']?(?:期间|期間|时期|時期|规划|規劃|末)?|20[0-3]\d\s*年(?:底|末|前)?"
)
# this plan's own period: the whole plan is about it, so in a question it says "from now on"
THIS_PLAN = re.compile(r"[“”「」\"']?十四五[“”「」\"']?(?:期间|期間|时期|時期|规划|規劃)?")

_ASKS_BACK = re.compile(
    r"十三五|(?<!十四五)(?<!十四五”)(?<!十四五」)末|实际|现在|目前|已经|至今|过去|之前|以前|此前|原来|原先|本来|以往|(?<!\d)(?:19\d\d|20[01]\d|2020)\s*年"
    r"|13th (?:five-year|fyp)|\bso far\b|\balready\b|\bcurrently\b|\bin (?:19|20[01])\d\b|\bin 2020\b|\bachieved\b"
    r"|\bbefore 2021\b|\b(?:by|at|as of|up to|until) (?:the )?(?:end of )?2020\b|\bend of 2020\b"
    r"|\b(?:last|past|previous) (?:five|5) years\b|\bprevious (?:plan|five-year plan)\b|\b2016\s*[-–]\s*2020\b"
    # a record kept so many years in a row (「连续18年获…」)
    r"|连续(?:多少|几|\d+)年|\bin a row\b|\bconsecutive(?:ly)?\b"
)
_ASKS_AHEAD = re.compile(
    r"十四五|目标(?!管理)|(?:202[1-9]|203\d)\s*年|将来|以后|(?:^|(?<=[，,。？?：:\s]))之后|今后|往后|未来|打算|计划(?!生育)"
    r"|14th (?:five-year|fyp)|\b(?:by|in) (?:202[1-9]|203\d)\b|\btarget(?:s|ed|ing)?\b(?![\s-]+(?:management|responsibility))|\bgoals?\b|\baim(?:s|ed|ing)? (?:for|at)\b|\bfor (?:202[1-9]|203\d)\b|\bwill\b|\bplans? to\b"
    # "during 2021–2025", "is to build", "going to", "over the next five years"
    r"|\b2021\s*(?:[-–—~]|to)\s*2025\b|\b(?:is|are) to (?!be\b)[a-z]+|\bgoing to\b|\bover the (?:next|coming)\b|\bin the coming\b"
)
_SAYS_DONE = re.compile(
    r"十三五|累计|完成|已|完工|竣工|落成|投入使用|开通运营|[比较]20[01]\d年|由[^,，。]{1,20}[到至]|从[^,，。]{1,20}[到至]"
)
_SAYS_TARGET = re.compile(r"到20(?:2[1-9]|3\d)年|十四五|力争|加快推进")  # (「增长到2020年的…」 reports the past)


def reports_done(sentence: str) -> bool:
    """The sentence reports something achieved (「累计」, 「由…到…」, 「十三五」)."""
    return _SAYS_DONE.search(normalize(sentence)) is not None


def states_target(sentence: str) -> bool:
    """The sentence states a target (「到2025年」, 「力争」, 「十四五」)."""
    return _SAYS_TARGET.search(normalize(sentence)) is not None


def asks_back(text: str) -> bool:
    """The question (or a side of it) asks what was done or where things stand, and not what is aimed at."""
    q = normalize(text)
    return _ASKS_BACK.search(q) is not None and _ASKS_AHEAD.search(q) is None


def asks_both(text: str) -> bool:
    """The question asks of both periods at once: what was done and what is aimed at ("how does the
    2025 target compare with what was achieved in the 13th FYP")."""
    q = normalize(text)
    return _ASKS_BACK.search(q) is not None and _ASKS_AHEAD.search(q) is not None


def asks_ahead(text: str) -> bool:
    """The question (or a side of it) asks about the years ahead: a target, 十四五, 2025."""
    q = normalize(text)
    return _ASKS_AHEAD.search(q) is not None and _ASKS_BACK.search(q) is None


_SENTENCES = re.compile(r"(?<=[。！？!?])\s*|(?<=\.)\s+")


def asks_ahead_now(text: str) -> bool:
    """The question asks about the years ahead, in the whole of it or in its last sentence, after
    the asker's own sentences about the past ("During the 13th FYP … . How many does the new plan
    commit to for 2021–2025?")."""
    sentences = [s for s in _SENTENCES.split(normalize(text)) if s.strip()]
    return asked_periods(text)[1] or (len(sentences) > 1 and asks_ahead(sentences[-1]))


# where a statement ends and the asking begins: a sentence's end, a dash
_STATED_THEN_ASKED = re.compile(r"(?<=[。！!.;；])\s*|\s*(?:——|—|--| - )\s*")


def asked_periods(text: str) -> tuple[bool, bool]:
    """(asks back, asks ahead) of the question; where the whole asks of neither period alone (it
    names both), of its last sentence or the clause after its dash ("… reached 38% by 2020 — what is the 2025 target?"):
    the asker states what is known, then asks what is not."""
    back, ahead = asks_back(text), asks_ahead(text)
    if back or ahead:
        return back, ahead
    pieces = [p for p in _STATED_THEN_ASKED.split(normalize(text)) if p.strip()]
    if len(pieces) < 2:
        return False, False
    return asks_back(pieces[-1]), asks_ahead(pieces[-1])


def looks_back(sentence: str) -> bool:
    """The sentence reports what the last period achieved, and states no target."""
    return reports_done(sentence) and not states_target(sentence)


def looks_ahead(sentence: str) -> bool:
    """The sentence states a target, and reports nothing achieved."""
    return states_target(sentence) and not reports_done(sentence)


def named_period(text: str) -> str | None:
    """The one plan period a text names (十三五 or 十四五), else None."""
    named = [p for p in PLAN_PERIODS if p in normalize(text)]
    return named[0] if len(named) == 1 else None


def only_other_period(sentence: str, period: str) -> bool:
    """The sentence names a plan period, and not `period`."""
    s = normalize(sentence)
    return period not in s and any(p in s for p in PLAN_PERIODS if p != period)
