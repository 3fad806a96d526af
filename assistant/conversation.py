"""Follow-up questions → standalone queries, using the conversation history.

`那它的面積呢？` after a question about 琶洲試驗區 is searched as `琶洲試驗區 … 面積`. Offline this
is rule-based: a question that leans on the previous turn (a pronoun, a leading 那/還有, a
trailing 呢, or too short to stand alone) carries over the previous question's topic.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from corpus.text import normalize
from retrieval.search import MAX_QUERY_CHARS

_LEANING_START = re.compile(r"^(那么?|那个|还有|另外|再|以及|并且|而且|and|what about|how about)", re.I)
_PRONOUN = re.compile(
    r"(它|它们|其|该|这个|那个|这些|那些|这里|那里|那边|这边|他们|它的|在那(?![个些么样])|\bit\b|\bthey\b|\bthat\b"
    # what the answer just said, pointed back at (「你头先提到…」, "you mentioned")
    r"|(?:刚才|刚刚|头先|啱先|前面|上面)(?:你)?(?:提到|提及|说|讲|话|讲到|说到)|\byou (?:just )?(?:mentioned|said)\b)",
    re.I,
)
_TRAILING_NE = re.compile(r"呢[？?。!！]*$")
_FILLER = re.compile(r"^(那个|那么?|还有|另外|再问一下|请问)[,，\s]*")
STANDALONE_MIN_CHARS = 8  # shorter questions almost never stand alone (`旧厂房呢？`)
TOPIC_MAX_CHARS = 200  # a topic carried over is a question's subject, never a whole pasted document


@dataclass(frozen=True)
class Turn:
    role: str  # "user" | "assistant"
    content: str


def is_follow_up(question: str) -> bool:
    q = normalize(question).strip()
    content = re.sub(r"[\W_]+", "", q)
    if _AND_ALSO.search(q) and _asks_on_its_own(q):
        return False  # 「还有那个环岛黄金岸线又是多少公里？」: "and" before a whole question of its own
    return bool(
        _LEANING_START.search(q) or _PRONOUN.search(q) or _TRAILING_NE.search(q) or len(content) < STANDALONE_MIN_CHARS
    )


# "and also", "that one" (not 那, "then", which leans on what was just said: 「那建好之后由谁来管？」)
_AND_ALSO = re.compile(r"^(?:还有|另外|以及|并且|而且|那个)")
OWN_QUESTION_CHARS = 10  # characters of a question of its own after a leading "and" or "that"


def _asks_on_its_own(q: str) -> bool:
    """After its leading words (还有, 那个), the question names a thing at length and asks of it,
    with no pronoun and no 呢 to lean on what came before."""
    own = q
    while (stripped := _FILLER.sub("", own)) != own:
        own = stripped
    content = re.sub(r"[\W_]+", "", own)
    return (
        len(content) >= OWN_QUESTION_CHARS
        and _ASKING_WORD.search(own) is not None
        and not _PRONOUN.search(own)
        and not _TRAILING_NE.search(own)
        and not own.isascii()
    )


def standalone_query(question: str, history: Sequence[Turn]) -> str:
    """The query to search: the question itself, or the previous topic plus the question."""
    if (member := listed_member(question, history)) is not None:
        return member  # "the last one on that list": that item of the last answer's list
    previous = [t.content for t in history if t.role == "user" and t.content.strip()]
    if not previous or not is_follow_up(question):
        return question.strip()
    topic = previous[-1].strip()
    # a chain of follow-ups keeps the last question that stood on its own
    for earlier in reversed(previous):
        if not is_follow_up(earlier):
            topic = earlier.strip() if earlier is not previous[-1] else topic
            break
    if topic != previous[-1].strip() and is_follow_up(previous[-1]):
        topic = f"{topic} {previous[-1].strip()}"
    own = _FILLER.sub("", question.strip())
    if (m := _SWAP_THEN_ASKED.match(normalize(question).strip())) and not (
        _PRONOUN.search(m.group("topic")) or _ASKS_WHAT.search(m.group("topic"))
    ):
        return f"{m.group('topic')} {m.group('rest')}"  # 「那X呢？有多大、定位是什么？」: X, asked on its own
    if (named := _named_by_definition(own, history)) != own:
        return named  # 「那个“一圈”…」 after an answer saying what “一圈” is: the name stands alone
    named_topic = _named_by_definition(topic, history)
    if named_topic != topic and _ASKS_MEANING.search(normalize(topic)):
        # 「“一区”指的是啥？」 answered 「“一区”指琶洲…试验区」: what is asked next is of that thing,
        # not of the words that asked what it means
        named_topic = " ".join(re.findall(r"“([^“”]{2,30})”", named_topic)) or named_topic
    return f"{bounded_topic(named_topic, len(own))} {own}".strip()


# one item of a list by its place in it: "the last one (on that list)", "the second of them", 「最后一个」
_ORDINAL = re.compile(
    r"\b(?:(?:as )?for\s+)?(?:the\s+)?(first|second|third|fourth|fifth|last|final)\s+(?:one|item|of (?:them|those|these))"
    r"(?:\s+(?:on|in|of) (?:that|the|your) list)?\b|(第[一二三四五]|最后|头一)(?:一)?(?:个|项|类|条|种)",
    re.I,
)
_PLACE_IN_LIST = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "last": -1, "final": -1}
_PLACE_IN_LIST_ZH = {"第一": 0, "头一": 0, "第二": 1, "第三": 2, "第四": 3, "第五": 4, "最后": -1}
# a list an answer gives after a colon, up to the end of its sentence
_LISTED = re.compile(r"[:：]\s*([^:：。]+?)(?:[。]|\.(?:\s|$)|$)")
_ITEM_CUT = re.compile(r"\s*[,，、;；]\s*(?:and\s+|以及|和|及)?")
_LAST_JOIN = re.compile(r"\s+and\s+|以及|和|及")
MIN_LISTED = 3  # items an answer's list has (fewer is a pair, said in other ways)


def listed_member(question: str, history: Sequence[Turn]) -> str | None:
    """For a question that points at one item of the last answer's list by its place ("for the
    last one, …", 「第二个呢」), that item and the question without the pointer; else None."""
    answers = [t.content for t in history if t.role == "assistant" and t.content.strip()]
    q = normalize(question)
    m = _ORDINAL.search(q)
    if not answers or m is None:
        return None
    place = _PLACE_IN_LIST[m.group(1).lower()] if m.group(1) else _PLACE_IN_LIST_ZH[m.group(2)]
    for listed in _LISTED.finditer(answers[-1]):
        items = [i.strip(" .") for i in _ITEM_CUT.split(listed.group(1)) if i.strip(" .")]
        if len(items) < 2:
            continue
        last = [i.strip() for i in _LAST_JOIN.split(items[-1], maxsplit=1) if i.strip()]
        items = items[:-1] + last if len(last) == 2 else items
        if len(items) >= MIN_LISTED and place < len(items):
            own = re.sub(r"\s+", " ", q[: m.start()] + q[m.end() :]).strip(" ,，")
            return f"{items[place]} {own}"
    return None


# a question that asks what a name means (「“一区”指的是啥？」, 「“双引擎”是什么意思？」)
_ASKS_MEANING = re.compile(r"指的是|是指|指啥|指什么|是什么意思|啥意思|什么意思|是啥|是什么|系咩|是咩")


_QUOTED_TERM = re.compile(r"[“「\"']([^“”「」\"']{2,8})[”」\"']")


def _named_by_definition(text: str, history: Sequence[Turn]) -> str:
    """`text` with each quoted short name replaced by what the last answer says it means
    (「“一圈”指海珠新活力文商旅融合圈」): the shorthand is the previous answer's, the plan
    speaks of the thing by its full name."""
    answers = [t.content for t in history if t.role == "assistant"]
    if not answers:
        return text
    said = normalize(answers[-1])

    def full_name(m: re.Match[str]) -> str:
        term = re.escape(m.group(1))
        meant = re.search(
            rf"[“「\"']?{term}[”」\"']?\s*(?:是指|指的是|指|即|就是)\s*[“「\"']?([^“”「」\"'，,。；;：:、\s]{{4,30}})",
            said,
        )
        return f"“{meant.group(1)}”" if meant else m.group(0)

    named = _QUOTED_TERM.sub(full_name, normalize(text))
    return named if named != normalize(text) else text


def bounded_topic(topic: str, own_chars: int) -> str:
    """The carried-over topic cut so that topic + question stay within the search's limit: a
    3,000-character paste earlier in the chat must never make a 3-character follow-up fail.
    The opening is kept (a long paste usually names its subject first)."""
    room = min(TOPIC_MAX_CHARS, MAX_QUERY_CHARS - own_chars - 1)
    return topic[: max(room, 0)].strip()


_PRONOUNS_ETC = re.compile(r"它们?的?|其|该|这个|那个|这些|那些|这里|那里|那边|这边|他们的?|这块|那块|呢|吗|啊|吧")


def follow_up_focus(question: str) -> str:
    """What a follow-up adds to the topic it carries over: 「那水質呢？」 → 水质."""
    q = _FILLER.sub("", normalize(question).strip())
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", _PRONOUNS_ETC.sub(" ", q))).strip()


# 「那水質呢？」: a new topic in the previous question's frame (not 「那它的面積呢？」, which keeps the topic)
# what a question asks (多大, 多少, 什么): rare in the plan, but never what the question is about
_ASKING_WORD = re.compile(r"多大|多少|多长|多高|多远|多久|多快|几|什么|甚么|啥|哪|谁|怎么|怎样|如何")
# (「那另外那个X呢」: the other one, X)
_SWAP = re.compile(
    r"^(?:那么?|那个|还有)\s*(?:另外|另一个|其他)?(?:那个|这个|的)?\s*(?P<topic>[^\s，,。？?！!]{1,8}?)\s*呢[？?。!！]*$"
)
# 「X呢」 after 那: a new topic named (not 「X方面呢」, a side of what was just answered)
NEW_TOPIC = r"\s*(?P<topic>[^\s，,。？?！!]{2,20}?)(?<!方面)\s*呢"
# 「那X呢？有多大？」: a new topic, and what is asked of it, said after
_SWAP_THEN_ASKED = re.compile(r"^(?:那么?|那个|还有)" + NEW_TOPIC + r"[？?]\s*(?P<rest>\S.{3,})$")
# what is asked about a topic, not a topic: 那面积呢 / 那谁负责呢 keep the previous topic
_ASKS_WHAT = re.compile(
    r"面积|占地|多大|多少|几|人口|比例|比重|目标|指标|时间|时候|何时|哪年|谁|负责|牵头|哪里|在哪|位置|进度|投资|资金|规模|定位|意思|作用"
)


def swap_topic(question: str) -> str | None:
    """The new topic of a 「那X呢」 follow-up that asks about something else in the same way (水质
    after 空气质量), else None: X with a pronoun (它的面积) or naming what is asked (面积, 谁负责,
    什么时候) asks more about the same topic."""
    m = _SWAP.match(normalize(question).strip())
    if not m:
        return None
    topic = m.group("topic")
    if _PRONOUN.search(topic) or _ASKS_WHAT.search(topic):
        return None
    return topic


def swapped_query(previous: str, topic: str, terms: Mapping[str, float], not_topics: Collection[str]) -> str | None:
    """The previous question with its most specific term (highest idf; the longest word holding
    it) replaced by the new topic: 「纲要对空气质量定了什么目标」 + 水质 → 「纲要对水质定了什么目标」.
    `terms`: the previous question's terms with their idf; `not_topics`: its words that cannot be
    what it is about (以后, 更好: rare in the plan, but time words and adverbs). None when no term
    is left."""
    text = normalize(previous).strip()
    present = {
        t: w
        for t, w in terms.items()
        if len(t) >= 2 and t in text and t not in not_topics and not t.isascii() and not _ASKING_WORD.search(t)
    }
    if not present:
        return None
    # on a tie, the later word: a Chinese noun phrase ends in its head (区属国企 is about 国企)
    best = max(present, key=lambda t: (present[t], len(t), text.rfind(t)))
    whole = max((t for t in present if best in t), key=len)
    return text.replace(whole, topic, 1)
