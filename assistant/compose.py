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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import jieba.posseg as pseg

from assistant.answer import Citation
from assistant.claims import (
    CONTRADICTED,
    NOT_STATED,
    SUPPORTED,
    Claim,
    claims_done,
    figure_in,
    figures_of,
    name_in,
    number_of,
    only_as_target,
    same_kind_figures,
    unit_of,
)
from assistant.conversation import is_follow_up
from assistant.extractive import (
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
from assistant.parts import Comparison
from assistant.questions import asked_unit, asks_for, measured_thing, states_figure
from assistant.refusal import (
    NOUNS,
    Evidence,
    has_quantity,
    is_latin_query,
    missing_heads,
    missing_topics,
    out_of_scope,
    weak,
)
from corpus.models import Kind, Plan, Sentence, Table, chinese_number
from corpus.records import records_for
from corpus.text import is_simplified_query, normalize, to_simplified
from retrieval.search import SearchResult
from retrieval.synonyms import narrower, synonyms

_CLAUSE = re.compile(r"[，,；;：:。]")
_TIME_IN_CLAUSE = re.compile(r"\d{4}\s*年|年底|年前|年內|年内")
_DIGIT_IN_CLAUSE = re.compile(r"\d")
TOP_SENTENCE_BONUS = 0.2  # the answer's first clause comes from the best sentence unless another matches far better
MAX_OVERVIEW = 5  # paragraphs listed for "what else does this section say"
# a question about a 專欄's contents (its rows were not published), not about where it sits or what it is
_TABLE_CONTENTS = re.compile(
    r"哪些|哪几|多少|具体|内容|项目|列了|列出|包括|包含|明细|目标值|数据|数字|几个|几项|分别|which|what (are|projects)|how (many|much)|list",
    re.I,
)


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


def in_user_script(question: str, text: str) -> str:
    """Composed text (written in Traditional) in the question's script."""
    return to_simplified(text) if is_simplified_query(question) else text


def _contiguous(sentences: list[Sentence]) -> bool:
    return all(a.line == b.line and a.end == b.start for a, b in zip(sentences, sentences[1:]))


# measure words of a count: 16条 and 16个 are both sixteen of something
_COUNTS = frozenset("个個条條家项項所座宗栋棟套间間户戶辆輛张張名")


def _same_measure(a: str, b: str) -> bool:
    ua, ub = unit_of(a), unit_of(b)
    return ua == ub or (ua in _COUNTS and ub in _COUNTS)


_SIDE_PAST = re.compile(r"十三五|末|实际|现在|目前|已经")
_SIDE_FUTURE = re.compile(r"十四五|目标|20[2-3]\d\s*年|将来|以后|未来")
_SENTENCE_PAST = re.compile(r"十三五|累计|由[^,，。]{1,20}[到至]|从[^,，。]{1,20}[到至]|[比较]20[01]\d年")
_SENTENCE_TARGET = re.compile(r"到20[2-3]\d年|十四五|力争")


def _side_figures(part: str, comp: Composition) -> list[tuple[str, str]]:
    """The figures (not years) of one side's quotes with the sentence each is in, those closest
    to the side's question first: a sentence of the side's period (the review for 十三五, the
    targets for 十四五), then the one that shares most of its words, then the figure whose label
    (the words just before it) the question names — 「十年16条」 for the ten-year target."""

    def grams(text: str) -> set[str]:
        t = normalize(text)
        return {t[i : i + 2] for i in range(len(t) - 1)}

    asked, side = grams(part), normalize(part)
    past = _SIDE_PAST.search(side) is not None and _SIDE_FUTURE.search(side) is None
    future = _SIDE_FUTURE.search(side) is not None and _SIDE_PAST.search(side) is None
    ranked: list[tuple[int, int, int, int, str, str]] = []
    for cite in comp.citations:
        for sentence in re.split(r"[。；;]", cite.quote):
            text = normalize(sentence)
            other = (past and _SENTENCE_TARGET.search(text) is not None and _SENTENCE_PAST.search(text) is None) or (
                future and _SENTENCE_PAST.search(text) is not None and _SENTENCE_TARGET.search(text) is None
            )
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


def _states(text: str, unit: re.Pattern[str], thing: str | None) -> bool:
    """A clause of `text` gives a figure in `unit` (of `thing`, when the question names what it counts)."""
    return any(states_figure(c, unit) and (thing is None or thing in normalize(c)) for c in _CLAUSE.split(text))


class Composer:
    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.picker = SentencePicker()
        self.tasks_by_line = records_for(plan).tasks_by_line
        self.subheadings = frozenset(i.line for i in plan.items if i.kind is Kind.SUBHEADING)
        self.section_of_line = {i.line: (i.chapter_no, i.section_no) for i in plan.items}
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

    def refusal(self, question: str, result: SearchResult, reason: str | None = None) -> Composition:
        nearest = "、".join(short_ref(self.plan, *s.key) for s in result.sections[:2])
        text = f"{reason}，無法據此回答。" if reason else "綱要沒有寫到這個問題的答案，無法據此回答。"
        if nearest:
            text += f"相關內容最接近的是{nearest}，可以查看這些章節。"
        return Composition(in_user_script(question, text), (), True)

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
            return Composition(in_user_script(question, text), (cite,), True)
        text = f"{table.label}是「{table.title}」，位於{where}。注意：公開發佈的綱要文本只保留了它的標題，表格內容沒有刊載。"
        return Composition(in_user_script(question, text), (cite,), False)

    def no_figure(self, question: str, best: Scored, kind: str) -> Composition:
        """The topic is in the plan but the number or date asked for is not: say so, show where."""
        key = (best.chunk.chapter_no, best.chunk.section_no)
        what = "時間" if kind == "time" else "數字"
        text = f"綱要在{short_ref(self.plan, *key)}提到相關內容，但沒有給出具體{what}。原文：「{best.sentence.text}」"
        cite = citation_for(self.plan, *key, best.sentence.text, [best.sentence.line])
        return Composition(in_user_script(question, text), (cite,), True)

    def extractive(
        self,
        question: str,
        query: str,
        result: SearchResult,
        focus: Mapping[str, float] | None = None,
        *,
        task_leads: bool = False,
    ) -> Composition:
        """The answer from the plan's own sentences, or a refusal that says why (`focus`: see
        `SentencePicker.score`; `task_leads`: a sentence from inside a task's paragraph is quoted
        with the task's lead, as each part of a several-part question is)."""
        if not result.sections:
            return self.refusal(question, result, result.reason and "問題裡沒有可以查找的字詞")
        if result.route is not None and result.route.table is not None and question_kind(question) != "why":
            # "why" is answered by the plan's notes and prose, not by where a 專欄 sits
            return self.table_answer(question, result.route.table)
        reason = out_of_scope(query, sentences_of(result).plan_text)
        if reason:
            return self.refusal(question, result, reason)
        kind = question_kind(question)
        if asks_for(question) == "number" and (missing := self.missing(query, result)):
            return self.not_mentioned(question, result, missing)  # a figure of something the plan never names
        scored = self.picker.score(query, result, kind, focus)
        if not scored or (result.route is None and weak(self.evidence(query, scored, result))):
            return self.refusal(question, result)
        quantity = asks_for(question)
        if quantity and not any(has_quantity(sc.sentence.text, quantity) for sc in scored[:3]):
            return self.no_figure(question, scored[0], quantity)
        unit = asked_unit(question) if quantity == "number" else None
        thing = measured_thing(question)
        if unit is not None and not any(_states(sc.sentence.text, unit, thing) for sc in scored[:3]):
            return self.no_figure(question, scored[0], quantity or "number")  # a figure, but not of what was asked
        chosen = pick(scored)
        sentences = expand_leads(chosen)
        if task_leads:
            sentences = with_task_leads(sentences, chosen)
        if asks_for_list(question):
            top = (chosen[0].chunk.chapter_no, chosen[0].chunk.section_no)
            index = sentences_of(result)
            if items := heading_items(chosen[0].sentence, index, top, self.subheadings):
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
        for n, (part, query, result) in enumerate(answered):
            if n and done[0].refused and is_follow_up(part):
                continue  # it leans on the first part, which the plan does not answer
            done.append(self.extractive(part, query, result, task_leads=True))
        seen: set[tuple[int, int, str]] = set()
        texts: list[str] = []
        citations: list[Citation] = []
        for comp in done:
            new = [c for c in comp.citations if (c.chapter_no, c.section_no, c.quote) not in seen]
            if comp.citations and not new:
                continue
            seen.update((c.chapter_no, c.section_no, c.quote) for c in new)
            citations += new
            texts.append(comp.text)
        answered_parts = [c for c in done if not c.refused]
        if not answered_parts:
            return done[0]
        asked = [part for part, _, _ in answered]
        if compared is not None and len(compared.members) == len(done) > 1:
            lead = self._rank(question, done, asked, compared.members)
        else:
            lead = self._compare(question, done, asked) if compared is not None else None
        text = "\n".join(([lead] if lead else []) + texts)
        return Composition(text, tuple(citations), False)

    def _rank(self, question: str, done: list[Composition], parts: Sequence[str], members: Sequence[str]) -> str | None:
        """A group's members side by side: each one's figure, the largest and the smallest (when
        every member has a figure of the same measure)."""
        figures = [
            None if comp.refused else next(iter(_side_figures(part, comp)), None) for part, comp in zip(parts, done)
        ]
        first = figures[0]
        if first is None or any(f is None or not _same_measure(first[0], f[0]) for f in figures):
            return None
        values = [(float(number_of(f[0])), name, f[0]) for f, name in zip(figures, members) if f is not None]
        each = "，".join(f"「{name}」{figure}" for _, name, figure in values)
        top, bottom = max(values), min(values)
        if top[0] == bottom[0]:
            return in_user_script(question, f"比較：{each}，一樣大。")
        return in_user_script(question, f"比較：{each}；最大的是「{top[1]}」，最小的是「{bottom[1]}」。")

    def _compare(self, question: str, done: list[Composition], parts: Sequence[str]) -> str | None:
        sides = [[] if comp.refused else _side_figures(part, comp) for part, comp in zip(parts, done[:2])]
        # the best-matching figure of one side with a figure of the same unit on the other (years
        # are dates, not what is compared)
        # (one figure read for both sides, from the same sentence, compares nothing)
        pair = next(
            ((a, b) for a, at in sides[0] for b, bt in sides[1] if _same_measure(a, b) and not (a == b and at == bt)),
            None,
        )
        if pair is None:
            return None
        a, b = pair
        x, y = float(number_of(a)), float(number_of(b))
        relation = "兩者相同" if x == y else ("前者較大" if x > y else "後者較大")
        return in_user_script(question, f"兩者比較：前者{a}，後者{b}，{relation}。")

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
        shown = normalize(already)
        openings: list[Sentence] = []
        for s in index.by_section.get(key, []):
            if any(o.line == s.line for o in openings) or normalize(s.text)[:16] in shown:
                continue
            openings.append(s)
        if not openings:
            return self.refusal(question, result, f"{short_ref(self.plan, *key)}沒有更多內容")
        openings = openings[:MAX_OVERVIEW]
        body = "\n".join(f"・{s.text}" for s in openings)
        text = f"{short_ref(self.plan, *key)}還寫到：\n{body}"
        citations = tuple(citation_for(self.plan, *key, s.text, [s.line]) for s in openings)
        return Composition(in_user_script(question, text), citations, False)

    def missing(self, query: str, result: SearchResult) -> list[str]:
        """Topic words of the query that occur nowhere in the plan (see `refusal.missing_topics`)."""
        if is_latin_query(query):
            return []
        index = sentences_of(result)
        tagged = [(w, flag) for w, flag in pseg.lcut(normalize(query))]
        nouns = {w for w, flag in tagged if flag in NOUNS}
        found = missing_topics(result.terms, index.plan_text, index.tokenizer.is_word, self.casual, nouns)
        heads = missing_heads(tagged, index.plan_text, index.vocabulary, index.tokenizer.is_word)
        # a narrower everyday word (马拉松, 健身房) names a thing: the plan using a part of it is not enough
        named = [t for t in result.terms if t in self.narrower and t not in index.plan_text]
        return sorted({*found, *named, *(h for h in heads if h not in self.casual)})

    def not_mentioned(
        self, question: str, result: SearchResult, missing: list[str], verdict: str | None = None
    ) -> Composition:
        words = "、".join(f"「{w}」" for w in missing)
        done = self.refusal(question, result, f"綱要沒有提到{words}")
        return replace(done, verdict=verdict)

    def claim(self, question: str, claim: Claim, query: str, result: SearchResult) -> Composition:
        """Check a claim against the plan and say which case it is, first: the plan says so, the
        plan says something else (its own words follow), or the plan does not mention it."""
        missing = self.missing(query, result)
        if missing:
            return self.not_mentioned(question, result, missing, NOT_STATED)
        base = self.extractive(question, query, result)
        if base.refused or not base.citations:
            return replace(base, verdict=NOT_STATED, refused=True)
        quoted = " ".join(c.quote for c in base.citations)
        wrong = [f for f in claim.figures if not figure_in(f, quoted)]
        if wrong:
            theirs = [g for f in wrong for g in same_kind_figures(f, quoted)]
            if theirs:
                head = "綱要沒有這樣寫；綱要寫的是："  # the claim's own figure is not repeated
                return Composition(
                    in_user_script(question, head) + "\n" + base.text, base.citations, False, CONTRADICTED
                )
            head = "綱要沒有給出這個數字，無法證實這個說法。相關原文："
            return Composition(in_user_script(question, head) + "\n" + base.text, base.citations, False, NOT_STATED)
        counted = [f for f in claim.figures if unit_of(f) != "年"]
        if counted and claims_done(claim.proposition) and all(only_as_target(f, quoted) for f in counted):
            head = "綱要沒有這樣寫：這是綱要提出的目標，不是已經做到的事。相關原文："
            return Composition(in_user_script(question, head) + "\n" + base.text, base.citations, False, CONTRADICTED)
        headings = " ".join(c.breadcrumb for c in base.citations)
        if any(not name_in(n, f"{quoted} {headings}") for n in claim.names):
            # a place or body the plan does not name here: the plan puts it elsewhere (quoted)
            head = "綱要沒有這樣寫；綱要寫的是："
            return Composition(in_user_script(question, head) + "\n" + base.text, base.citations, False, CONTRADICTED)
        head = "是的，綱要有這樣的內容："
        return Composition(in_user_script(question, head) + "\n" + base.text, base.citations, False, SUPPORTED)

    def lead(
        self,
        question: str,
        kind: str,
        sentences: Sequence[Sentence],
        result: SearchResult,
        top: Sentence | None = None,
    ) -> str | None:
        """The answer first, for a number or a date: the clause of the quotes that states it
        (`面積30平方公里`), chosen by the question's terms. Always a substring of a quote."""
        if kind not in ("number", "time") or is_latin_query(question):
            return None
        unit = asked_unit(question) if kind == "number" else None
        index = sentences_of(result)
        best: tuple[float, str] | None = None
        for s in sentences:
            for clause in _CLAUSE.split(s.text):
                clause = clause.strip()
                if kind == "time" and not _TIME_IN_CLAUSE.search(clause):
                    continue
                if kind == "number" and not (
                    states_figure(clause, unit) if unit is not None else _DIGIT_IN_CLAUSE.search(clause)
                ):
                    continue
                score = index.coverage(result.terms, frozenset(index.tokenizer(clause)))
                if s == top:  # the sentence the picker ranked first (a past figure for "now")
                    score += TOP_SENTENCE_BONUS
                if best is None or score > best[0]:
                    best = (score, clause)
        if best is None:
            return None
        return in_user_script(question, f"綱要寫明：{best[1].rstrip('。；;，,')}。")

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
