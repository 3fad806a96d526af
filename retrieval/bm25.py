"""BM25 over jieba tokens of the Simplified text, with the plan's own terms in the dictionary.

jieba's stock dictionary splits plan vocabulary (琶洲試驗區, 一區一谷一圈, 文商旅); adding the TOC
titles, task titles, named bodies and places keeps them whole, while search mode still emits
their parts, so `琶洲` and `琶洲实验室` both match. Words jieba itself finds in the plan without
knowing them (碧道, 文旅) join the dictionary too, so a question cuts them as the plan's text does.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

import jieba
import numpy as np

from corpus.models import Plan
from corpus.records import records_for
from corpus.terms import named_terms
from corpus.text import normalize

jieba.setLogLevel(logging.WARNING)

# Function words and question words that carry no topic (Simplified: text is normalised first).
STOPWORDS = frozenset(
    """的 了 和 与 及 或 是 在 有 为 对 把 被 将 等 也 都 而 并 其 之 以 于 从 到 由 向 个 这 那 哪 什么 啥 怎么 怎样
    如何 多少 几 吗 呢 吧 啊 呀 么 请问 请 一下 一些 哪些 哪个 哪里 里面 关于 方面 什么样 是否 有没有 能不能 可以 会
    我 我们 你 你们 他 她 它 他们 要 想 知道 告诉 说 讲 提 提到 提出 规划 纲要 里 中 上 下 现在 目前 具体 主要 情况 问题
    the a an of in on for to and or is are what which how does do plan""".split()
)
_WORD_RE = re.compile(r"[\w]+", re.UNICODE)
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
K1, B = 1.5, 0.75  # the usual BM25 constants; short chunks make b matter less than k1


def plan_terms(plan: Plan) -> set[str]:
    """Domain terms for jieba: TOC titles, task titles, named bodies and places, quoted names."""
    terms: set[str] = set()
    for chapter in plan.chapters:
        terms.update(re.split(r"[,，、]", chapter.title))
        for section in chapter.sections:
            terms.update(re.split(r"[,，、]", section.title))
    for task in records_for(plan).tasks:
        terms.add(task.title)
        terms.update(named_terms(task.text))  # bodies and places: broader than task.bodies
    for item in plan.items:
        terms.update(re.findall(r"“([^”]{2,12})”", item.text))
    return {normalize(t).strip("“”\"' ") for t in terms if 2 <= len(t.strip()) <= 16}


MIN_FOUND_WORD = 3  # times jieba must find a word of the plan it does not know to make it one


def found_words(plan: Plan, known: Tokenizer) -> set[str]:
    """Words jieba finds in the plan's text without knowing them (碧道, 文旅, 职住), at least
    MIN_FOUND_WORD times: found in context, they would be cut apart elsewhere (「多长的碧道」 →
    碧 / 道), so a question would not match the plan's own token."""
    counts: Counter[str] = Counter()
    for item in plan.items:
        counts.update(
            w for w in known.words(item.text) if len(w) >= 2 and _CJK_ONLY.fullmatch(w) and not known.is_word(w)
        )
    return {w for w, n in counts.items() if n >= MIN_FOUND_WORD}


class Tokenizer:
    """jieba search-mode tokens of normalised text, without stopwords and punctuation."""

    def __init__(self, user_terms: Iterable[str] = ()) -> None:
        self._jieba = jieba.Tokenizer()
        self._jieba.initialize()
        for term in user_terms:
            self._jieba.add_word(term, freq=2000)

    def add(self, words: Iterable[str]) -> None:
        for word in words:
            self._jieba.add_word(word, freq=2000)

    def words(self, text: str) -> list[str]:
        """jieba's words of normalised text, as cut (not search mode)."""
        return self._jieba.lcut(normalize(text))

    def is_word(self, text: str) -> bool:
        """Whether `text` is a word of the dictionary (jieba's or the plan's), not just a prefix of one."""
        return self._jieba.FREQ.get(text, 0) > 0

    def __call__(self, text: str) -> list[str]:
        tokens = self._jieba.lcut_for_search(normalize(text))
        return [t for t in tokens if _WORD_RE.fullmatch(t) and t not in STOPWORDS]


class BM25:
    """Okapi BM25 over a fixed corpus; `scores(query_tokens)` gives one score per document."""

    def __init__(self, docs: Sequence[Sequence[str]], k1: float = K1, b: float = B) -> None:
        if not docs:
            raise ValueError("BM25 needs at least one document")
        self.k1, self.b = k1, b
        self._tf = [Counter(d) for d in docs]
        self._len = np.array([len(d) for d in docs], dtype=np.float64)
        self._avg = float(self._len.mean()) or 1.0
        df: Counter[str] = Counter()
        for tf in self._tf:
            df.update(tf.keys())
        n = len(docs)
        # the "plus one" form keeps idf positive for terms in more than half the documents
        self._idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
        self._postings: dict[str, list[tuple[int, int]]] = {}
        for i, tf in enumerate(self._tf):
            for t, c in tf.items():
                self._postings.setdefault(t, []).append((i, c))

    def scores(self, query: Sequence[str]) -> np.ndarray:
        out = np.zeros(len(self._tf))
        norm = self.k1 * (1 - self.b + self.b * self._len / self._avg)
        for term in set(query):
            idf = self._idf.get(term)
            if idf is None:
                continue
            for i, c in self._postings[term]:
                out[i] += idf * c * (self.k1 + 1) / (c + norm[i])
        return out

    def __contains__(self, term: object) -> bool:
        """Whether `term` occurs in some document."""
        return term in self._idf

    def idf(self, term: str) -> float:
        """The term's idf; an unseen term gets the idf of a term in no document."""
        return self._idf.get(term, math.log(1 + (len(self._tf) + 0.5) / 0.5))
