"""Answer composition: a search result → a `Composition` (text, citations, refused), offline.

    composer = Composer(plan)
    done = composer.extractive(question, query, result)
    done.text, done.citations[0].quote, done.refused

Every sentence of an extractive answer is the plan's own (a quote with its 章/節); what the
composer adds is framing — where the quote sits, who carries the task — or a refusal that says
why and points to the nearest sections.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assistant.answer import Citation
from assistant.extractive import (
    Scored,
    SentencePicker,
    expand_leads,
    location_phrase,
    pick,
    question_kind,
    sentences_of,
)
from assistant.questions import asks_for
from assistant.refusal import Evidence, has_quantity, is_latin_query, out_of_scope, weak
from corpus.models import Plan, Sentence, Table
from corpus.records import records_for
from corpus.text import is_simplified_query, to_simplified
from retrieval.search import SearchResult


@dataclass(frozen=True)
class Composition:
    text: str
    citations: tuple[Citation, ...]
    refused: bool  # True: the plan does not answer the question


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


class Composer:
    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.picker = SentencePicker()
        self.tasks_by_line = records_for(plan).tasks_by_line

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
        where = location_phrase(self.plan, table.chapter_no, table.section_no)
        text = (
            f"{table.label}「{table.title}」的表格內容沒有收錄在公開發佈的綱要文本中（正文只保留了標題），"
            f"所以無法回答其中的具體項目或數字。該{table.label}位於{where}。"
        )
        cite = citation_for(self.plan, table.chapter_no, table.section_no, self.plan.line_text(table.line).strip(), [table.line])
        return Composition(in_user_script(question, text), (cite,), True)

    def no_figure(self, question: str, best: Scored, kind: str) -> Composition:
        """The topic is in the plan but the number or date asked for is not: say so, show where."""
        key = (best.chunk.chapter_no, best.chunk.section_no)
        what = "時間" if kind == "time" else "數字"
        text = f"綱要在{short_ref(self.plan, *key)}提到相關內容，但沒有給出具體{what}。原文：「{best.sentence.text}」"
        cite = citation_for(self.plan, *key, best.sentence.text, [best.sentence.line])
        return Composition(in_user_script(question, text), (cite,), True)

    def extractive(self, question: str, query: str, result: SearchResult) -> Composition:
        """The answer from the plan's own sentences, or a refusal that says why."""
        if not result.sections:
            return self.refusal(question, result, result.reason and "問題裡沒有可以查找的字詞")
        if result.route is not None and result.route.table is not None:
            return self.table_answer(question, result.route.table)
        reason = out_of_scope(query, sentences_of(result).plan_text)
        if reason:
            return self.refusal(question, result, reason)
        kind = question_kind(question)
        scored = self.picker.score(query, result, kind)
        if not scored or (result.route is None and weak(self.evidence(query, scored, result))):
            return self.refusal(question, result)
        quantity = asks_for(question)
        if quantity and not any(has_quantity(sc.sentence.text, quantity) for sc in scored[:3]):
            return self.no_figure(question, scored[0], quantity)
        chosen = pick(scored)
        sentences = expand_leads(chosen)
        by_section: dict[tuple[int, int], list[tuple[Sentence, Scored]]] = {}
        chunk_of = {(c.sentence.line, c.sentence.start): c for c in chosen}
        for s in sentences:
            owner = chunk_of.get((s.line, s.start)) or next(c for c in chosen if c.sentence.line == s.line)
            by_section.setdefault((owner.chunk.chapter_no, owner.chunk.section_no), []).append((s, owner))
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
        text = "\n".join(parts)
        if is_latin_query(question):
            refs = "; ".join(f"Chapter {k[0]}, Section {k[1]}" if k[0] else "Preface" for k in by_section)
            text = f"From the plan ({refs}):\n{text}"
        return Composition(in_user_script(question, text), tuple(citations), False)

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
                extra += f"文中提到的主體或地點：{'、'.join(task.bodies)}。"
            else:
                extra += "綱要在這裡沒有寫明牽頭或承擔單位。"
        return f"{head}{extra}原文：「{body}」"
