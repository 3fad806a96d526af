"""Extractive answers: the plan's own sentences, chosen for the question, each with its 章/節.

No model writes anything here, so nothing can be invented: every sentence in the answer is a
quote. The work is choosing them — lexical overlap with the question (idf-weighted jieba
tokens), the rank of their section in the search, and the kind of question (a number, a list,
a place in the plan, a body that carries a task).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from assistant.periods import (
    REVIEW_SECTION,
    asked_periods,
    named_period,
    only_other_period,
    reports_done,
    states_target,
)
from assistant.questions import (
    WHY_Q,
    asked_unit,
    asks_count_and_names,
    asks_for,
    in_words,
    list_lengths,
    listed_count,
    states_figure,
)
from assistant.refusal import is_latin_query
from corpus.models import Chunk, Plan, Sentence
from corpus.text import normalize
from retrieval.search import SearchResult
from retrieval.sentences import SectionKey, SentenceIndex

_WHERE = re.compile(
    r"哪一?章|哪一?节|第几章|第几节|哪个部分|哪部分|哪一部分|在哪里提|写在哪|出自|which (chapter|section|part)|where in the plan",
    re.I,
)
_OWNER = re.compile(
    # (「承担什么」 asks what a body takes on, not which body)
    r"谁|哪个部门|哪个单位|哪些部门|哪个机构|哪个片区|哪个区域|哪片|由谁|(?:牵头|负责|承担)(?!了?(?:什么|啥|哪些|些什么))|落在"
    r"|who|which (body|agency|zone|area)",
    re.I,
)
_LIST_Q = re.compile(r"哪些|哪几|几个方面|几方面|几条|几项|包括什么|有什么|what are|which", re.I)
_ENUM_FIRST = re.compile(r"一是")
_ENUM_NEXT = re.compile(r"^[二三四五六七八九十]是")
# "综合考虑…" opens many a paragraph without giving a reason, so 考虑 alone is not a cause
_CAUSE = re.compile(r"因为|由于|受.{1,20}影响|主要考虑|原因|导致|鉴于|(?:^|[\d.,，;；:：])因(?!地)")
W_CAUSE = 0.3  # a "why" question: a sentence that gives a cause ranks above one that restates the fact
# A question about what has been done (十三五, 现在, 已经) is answered by the plan's review of the
# past period, not by its targets, which often give a figure for the same measure
_PERIOD_WORDS = frozenset(("十三五", "十三", "三五", "十四五", "十四", "四五"))
W_PAST = 0.2
MIN_REVIEW_COVERAGE = 0.3
# a question that names one plan period (十三五 or 十四五) is not answered by a sentence that names
# only the other: 「十三五时期年均增速」 is the review's 6.3%, not the target's 6%
W_OTHER_PERIOD = 0.5
# 「想建什么级别的医院」 asks for a grade: the sentence that states one (三级甲等, 5A级, 国家级)
_LEVEL_Q = re.compile(r"级别|等级|档次|几级|什么级|啥级|哪一?级")
_LEVEL_S = re.compile(
    r"[一二三四五][级級](?:甲等|乙等)?|三甲|[1-5]A(?![A-Za-z])|(?:世界|国际|國際|国家|國家|省|市)[级級]"
)
W_LEVEL = 0.3
W_LISTED = 0.3  # a sentence listing as many things as the question asks for …
LISTED_SHARE = 0.5  # … that holds at least half the question's words the best sentence holds
W_OUTSIDE = 0.3  # a sentence outside the part the asker named
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\d{4}\s*年")
FOCUS_WEIGHT = 3.0  # a follow-up's own terms weigh this much more than the carried-over topic
SECTIONS_CONSIDERED = 3
MAX_SENTENCES = 3
MAX_HOME_SENTENCES = 4  # one more may come from the best sentence's own 節: no further 節 to read
W_SENTENCE_DENSE = 0.5  # weight of the (scaled) sentence–question cosine beside lexical coverage
W_QUOTED = 0.3  # a sentence holding a phrase the asker quotes from the plan (「“凤阳守望台”被定为什么」)
MIN_QUOTED_CHARS = 3  # a shorter quoted phrase (「“双区”」) is a word many sentences hold
MAX_QUOTED_PLACES = 2  # a quoted phrase the plan writes more often names a topic, not one passage
KEEP_RATIO = 0.6  # a further sentence of the best sentence's 節 joins the answer if it scores ≥ 60% of the best
OTHER_SECTION_RATIO = 0.9  # one from another 節 must come close to the best: every 節 cited is one more to read


@dataclass(frozen=True)
class Scored:
    sentence: Sentence
    chunk: Chunk
    score: float
    coverage: float  # idf-weighted share of the question's terms found in the sentence
    section_rank: int


def question_kind(question: str) -> str:
    q = normalize(question)
    if _WHERE.search(q):
        return "where"
    if _OWNER.search(q):
        return "ownership"
    if WHY_Q.search(q):
        return "why"
    return asks_for(q) or "fact"


def asks_for_list(question: str) -> bool:
    return _LIST_Q.search(normalize(question)) is not None or asks_count_and_names(question)


class SentencePicker:
    """Scores candidate sentences from a search result against the question."""

    def score(
        self, query: str, result: SearchResult, kind: str, focus: Mapping[str, float] | None = None
    ) -> list[Scored]:
        """Every sentence of the top sections, best first (sections are short: read them whole).

        `focus`: the terms a follow-up adds (「那水質呢？」 after a question on air quality): the
        search finds the place with the whole rewritten query, the sentences are picked for what
        is new."""
        index = sentences_of(result)
        terms: Mapping[str, float] = result.terms
        if focus:
            terms = dict(terms) | {t: w * FOCUS_WEIGHT for t, w in focus.items()}
        units = asked_unit(query) if kind == "number" else None
        past, ahead = asked_periods(query)
        # (an English question shares fewer words with a sentence: the period weighs half as much)
        w_past = W_PAST / 2 if is_latin_query(query) else W_PAST
        if past or ahead:
            # the period says when, and is weighed as such below: as words (十三五 cut three ways:
            # 十三, 三五, 十三五) it would pull every sentence that names it
            terms = {t: w for t, w in terms.items() if t not in _PERIOD_WORDS}
        asked_period = named_period(query)
        # 「哪四个定位」, "the four zones": a sentence listing that many things is the list asked for
        wanted = listed_count(query)
        # (a question that names the grade itself asks which thing has it)
        levels = _LEVEL_Q.search(normalize(query)) is not None and _LEVEL_S.search(normalize(query)) is None
        hit_ids = {h.chunk.chunk_id: h for s in result.sections for h in s.hits}
        # a part the asker named by its topic (「体育那节」): what it says, before what another part says
        named = result.route if result.route is not None and result.route.by_topic else None
        candidates: list[tuple[int, Chunk, Sentence]] = []
        seen: set[tuple[int, int]] = set()
        keys = [section.key for section in result.sections[:SECTIONS_CONSIDERED]]
        searched = len(keys)
        if past and REVIEW_SECTION not in keys:
            # what the last period did is reported in its review, wherever the search ranks it
            # (below the sections searched, a review sentence must still share the question's words)
            keys.append(REVIEW_SECTION)
        for rank, section_key in enumerate(keys):
            for chunk in index.chunks_by_section.get(section_key, ()):
                for s in chunk.sentences:
                    key = (s.line, s.start)
                    # only answer-bearing sentences (not 專欄/圖 titles or footnotes) have tokens
                    if key not in seen and index.has_text(s):
                        seen.add(key)
                        candidates.append((rank, chunk, s))
        sims = self._dense_similarities(result, index, [s for _, _, s in candidates])
        quoted = [
            p
            for m in _QUOTED.finditer(normalize(query))
            # (「“十三五”」 is quoted by the plan itself: a period, not a phrase; a phrase the plan
            # writes often, such as a zone's name, is a topic)
            if len(p := m.group(1).strip()) >= MIN_QUOTED_CHARS
            and p not in _PERIOD_WORDS
            and 0 < index.plan_text.count(p) <= MAX_QUOTED_PLACES
        ]
        # (the paragraphs holding it: its neighbours keep their standing beside it)
        quoting = {s.line for _, _, s in candidates if quoted and any(p in normalize(s.text) for p in quoted)}
        # a sentence is read under its 節's heading: 「整體定位為…」 under 「海珠新活力文商旅融合圈」
        covs = [
            index.coverage(
                terms, index.tokens_of(s) | index.heading_tokens.get((chunk.chapter_no, chunk.section_no), frozenset())
            )
            for _, chunk, s in candidates
        ]
        # (an English question shares fewer words with any sentence: a review sentence that holds as
        # many of them as the best sentence does is about the same thing)
        best_cov = max(covs, default=0.0)
        review_floor = min(MIN_REVIEW_COVERAGE, best_cov) if is_latin_query(query) else MIN_REVIEW_COVERAGE
        out: list[Scored] = []
        for (rank, chunk, s), sim, cov in zip(candidates, sims, covs):
            reviews_it = cov > 0 and cov >= review_floor  # (what a review sentence must share of the question)
            if rank >= searched and not reviews_it:
                continue  # (a review sentence the search did not reach, about something else)
            hit = hit_ids.get(chunk.chunk_id)
            score = cov + W_SENTENCE_DENSE * sim + 0.25 / (1 + rank) + (0.05 if hit is not None else 0.0)
            if hit is not None and hit.routed:
                score += 0.1
            if named is not None and not (
                chunk.chapter_no == named.chapter_no and named.section_no in (None, chunk.section_no)
            ):
                score -= W_OUTSIDE
            # (a figure in words counts in the unit asked: 「全國第三家」; 「三個一批」 is a set phrase)
            # (or a share in tenths, 「占比约八成」, for a percentage)
            if kind == "number" and (
                _DIGIT.search(s.text)
                or (units is not None and (in_words(s.text, units) or states_figure(s.text, units)))
            ):
                score += 0.15
                if units is not None and units.search(normalize(s.text)):
                    score += 0.3
            if kind == "time" and _YEAR.search(s.text):
                score += 0.3
            in_review = (chunk.chapter_no, chunk.section_no) == REVIEW_SECTION
            if past:
                # what was done is reported in the review of the last period, or said to be done
                # (a review sentence about something else is not lifted: it must share the question's words)
                review = in_review and reviews_it
                done = max(reports_done(s.text), review)
                # (a task elsewhere in the plan, that reports nothing done, is what lies ahead)
                score += w_past * (done - states_target(s.text)) - (w_past / 2 if not done and not in_review else 0.0)
            elif ahead and in_review:
                score -= w_past  # what lies ahead is not in the review of the last period
            if asked_period is not None and only_other_period(s.text, asked_period):  # same in both scripts
                score -= W_OTHER_PERIOD
            # (of the sentences about what is asked: another list of as many things is not the one)
            if wanted is not None and cov > 0 and cov >= best_cov * LISTED_SHARE and wanted in list_lengths(s.text):
                score += W_LISTED
            if levels and _LEVEL_S.search(s.text):
                score += W_LEVEL
            if kind == "why" and _CAUSE.search(normalize(s.text)):
                score += W_CAUSE
            if s.line in quoting:
                score += W_QUOTED
            out.append(Scored(s, chunk, score, cov, rank))
        out.sort(key=lambda x: -x.score)
        return out

    def _dense_similarities(self, result: SearchResult, index: SentenceIndex, sentences: list[Sentence]) -> list[float]:
        """Cosine of each sentence to the query, min-max scaled over the candidates (0 without vectors)."""
        if result.query_vector is None or not index.vectors or not sentences:
            return [0.0] * len(sentences)
        q = result.query_vector
        raw = [float(v @ q) if (v := index.vector_of(s)) is not None else None for s in sentences]
        known = [r for r in raw if r is not None]
        lo, hi = (min(known), max(known)) if known else (0.0, 1.0)
        span = (hi - lo) or 1.0
        return [0.0 if r is None else (r - lo) / span for r in raw]


def sentences_of(result: SearchResult) -> SentenceIndex:
    """The sentence index a result was searched with (every result from `HybridSearch` has one)."""
    if result.sentences is None:
        raise ValueError("this search result carries no sentence index: answers are composed from HybridSearch results")
    return result.sentences


def pick(scored: list[Scored]) -> list[Scored]:
    """The best sentence and up to two more that score close to it, in reading order."""
    if not scored:
        return []
    top = scored[0]
    home = (top.chunk.chapter_no, top.chunk.section_no)
    return [
        s
        for rank, s in enumerate(scored[:MAX_HOME_SENTENCES])
        if (rank < MAX_SENTENCES or (s.chunk.chapter_no, s.chunk.section_no) == home)
        and s.score
        >= (KEEP_RATIO if (s.chunk.chapter_no, s.chunk.section_no) == home else OTHER_SECTION_RATIO) * top.score
    ]


def is_lead_only(s: Sentence, chunk: Chunk) -> bool:
    """A sentence that is just a task's lead phrase (`提升固體廢物處理能力。`) says little alone."""
    return s.start == 0 and len(s.text) <= 34 and any(s.text.rstrip("。").endswith(lead) for lead in chunk.leads)


def expand_leads(chosen: list[Scored]) -> list[Sentence]:
    """Replace a lead-only sentence by the lead plus the sentence after it."""
    out: list[Sentence] = []
    for sc in chosen:
        sents = sc.chunk.sentences
        out.append(sc.sentence)
        if is_lead_only(sc.sentence, sc.chunk):
            idx = sents.index(sc.sentence)
            if idx + 1 < len(sents) and sents[idx + 1].line == sc.sentence.line:
                out.append(sents[idx + 1])
    # drop repeats, keep plan order within a line
    unique: dict[tuple[int, int], Sentence] = {}
    for s in out:
        unique.setdefault((s.line, s.start), s)
    return list(unique.values())


def with_task_leads(sentences: list[Sentence], chosen: list[Scored]) -> list[Sentence]:
    """A sentence from inside a task's paragraph brings the task's lead (「構建…示范區。」), which
    names what the task is: the part of a question it answers is often in the lead."""
    out = list(sentences)
    for sc in chosen:
        first = next((s for s in sc.chunk.sentences if s.line == sc.sentence.line), None)
        if first is not None and first != sc.sentence and first.start == 0 and is_lead_only(first, sc.chunk):
            out.append(first)
    return list({(s.line, s.start): s for s in out}.values())


def expand_enumeration(sentences: list[Sentence], index: SentenceIndex, key: SectionKey) -> list[Sentence]:
    """A sentence that opens an enumeration (「主要表現為:一是…」) brings the rest of its items
    (「二是…」, 「三是…」 in the same paragraph): a list question wants every item."""
    section = index.by_section.get(key, [])
    out = list(sentences)
    for s in sentences:
        if not _ENUM_FIRST.search(s.text) or s not in section:
            continue
        for nxt in section[section.index(s) + 1 :]:
            if nxt.line != s.line:
                break
            if _ENUM_NEXT.match(nxt.text):  # an item; the sentences that explain it stay out
                out.append(nxt)
    return list({(s.line, s.start): s for s in out}.values())


MAX_LIST_ITEMS = 8  # paragraphs listed under a sub-heading
MAX_PARAGRAPH_SENTENCES = 5  # a task's paragraph quoted whole for a list question


def heading_items(top: Sentence, index: SentenceIndex, key: SectionKey, subheadings: frozenset[int]) -> list[Sentence]:
    """A list question whose best match is a sub-heading (「2.基本原則」): the heading and the
    opening sentence of each paragraph under it, up to the next sub-heading (empty when `top` is
    not a sub-heading or nothing follows it)."""
    section = index.by_section.get(key, [])
    if top.line not in subheadings or top not in section:
        return []
    out, lines = [top], {top.line}
    for s in section[section.index(top) + 1 :]:
        if s.line in subheadings or len(out) > MAX_LIST_ITEMS:
            break
        if s.line not in lines:
            lines.add(s.line)
            out.append(s)
    return out if len(out) > 1 else []


def task_paragraph(top: Scored, index: SentenceIndex, key: SectionKey) -> list[Sentence]:
    """A list question answered by a task's lead (「加快布局新基建。」): the task's paragraph, whose
    sentences are its items (empty when `top` is not a lead)."""
    if not is_lead_only(top.sentence, top.chunk):
        return []
    return [s for s in index.by_section.get(key, []) if s.line == top.sentence.line][:MAX_PARAGRAPH_SENTENCES]


# the kind of item asked for, quoted after the list word: 「哪些“15分钟”…圈」 (not 「“攻城拔寨”有哪些」,
# where the quote names the topic)
_QUOTED_ITEM = re.compile(r"(?:哪些|哪几)[^，,？?“「『\"‘']{0,6}[“「『\"‘']([^“”「」『』\"‘’']{2,20})[”」』\"’']")
# (an apostrophe inside an English word opens no quote: "Haizhu's 'name cards'")
_QUOTED = re.compile(r"(?<![a-z])[“「『\"‘']([^“”「」『』\"‘’']{2,20})[”」』\"’'](?![a-z])", re.I)
MAX_PHRASE_PLACES = 4  # sentences collected for a quoted phrase; one found more often is a topic, not an item


def phrase_sentences(question: str, index: SentenceIndex) -> list[Sentence]:
    """「纲要里提到了哪些“15分钟”…圈？」: every quotable sentence of the plan holding the phrase the
    list question quotes, when it sits in more than one 節 and in few sentences (else empty)."""
    q = normalize(question)
    m = _QUOTED_ITEM.search(q) or _QUOTED.search(q)  # 「哪些“X”」, or 「各种“X”…分别是哪几类」
    if not m:
        return []
    phrase = m.group(1).strip()
    lines = [n for n, text in enumerate(index.plan_text.split("\n"), start=1) if phrase in text]
    if not 2 <= len(lines) <= MAX_PHRASE_PLACES:
        return []
    found = [
        (key, s)
        for key, sents in index.by_section.items()
        for s in sents
        if s.line in lines and phrase in normalize(s.text) and index.has_text(s)
    ]
    if len({key for key, _ in found}) < 2 or len(found) > MAX_PHRASE_PLACES:
        return []
    return [s for _, s in sorted(found, key=lambda f: (f[1].line, f[1].start))]


def location_phrase(plan: Plan, chapter_no: int, section_no: int) -> str:
    if chapter_no == 0:
        return "前言"
    chapter = plan.chapter(chapter_no)
    if section_no == 0:
        return f"{chapter.label}（章首導語）"
    return f"{chapter.label} {plan.section(chapter_no, section_no).label}"
