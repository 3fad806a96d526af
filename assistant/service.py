"""The assistant: question (+ history) → standalone query → search → `Answer`.

    assistant = Assistant(search)
    answer = assistant.ask("海珠湿地有啥规划")
    answer.text, answer.citations[0].breadcrumb
"""

from __future__ import annotations

import queue
import re
import threading
import time
from collections.abc import Iterator, Sequence

from assistant.answer import Answer, Citation
from assistant.conversation import Turn, standalone_query
from assistant.extractive import (
    Scored,
    SentencePicker,
    expand_leads,
    location_phrase,
    pick,
    question_kind,
)
from assistant.llm import LLMClient, Passage, PromptEchoError, check_reply
from assistant.questions import asks_for
from assistant.refusal import (
    Evidence,
    has_quantity,
    is_latin_query,
    out_of_scope,
    weak,
)
from corpus.models import Chunk, Plan, Sentence, Table
from corpus.text import is_simplified_query, normalize, to_simplified
from retrieval.search import HybridSearch, SearchResult, check_query
from retrieval.synonyms import expand

MODES = ("extractive", "llm")
LLM_PASSAGES = 4  # passages shown to the model: enough for most questions, short enough for a CPU model


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


RESET = "\x00RESET\x00"  # tells a streaming client to discard the text streamed so far


def _pieces(text: str, size: int = 24) -> Iterator[str]:
    for i in range(0, len(text), size):
        yield text[i : i + size]


def _grams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


class Assistant:
    def __init__(self, search: HybridSearch, *, llm: LLMClient | None = None, llm_timeout_s: float | None = None) -> None:
        """`llm_timeout_s` bounds a whole model reply (a stalled or trickling endpoint included);
        after it the extractive answer is given, with a notice."""
        self.search = search
        self.plan = search.plan
        self.picker = SentencePicker(search)
        self.llm = llm
        self.llm_timeout_s = llm_timeout_s

    def warm_up(self) -> None:
        """Load lazy parts (jieba's dictionary, OpenCC, the vector index) before the first user."""
        self.ask("海珠區發展目標")

    # -- evidence -------------------------------------------------------------------------
    def evidence(self, query: str, scored: list[Scored], result: SearchResult) -> Evidence:
        """How much of the question the best passages contain, and how close the best vector is."""
        terms = self.picker.query_terms(expand(query))
        coverage = 0.0
        for sc in scored[:1]:
            tokens = frozenset(self.search.tokenizer(sc.chunk.text))
            coverage = self.picker.coverage(terms, tokens)
        dense = max((h.dense_score or 0.0 for h in result.hits), default=0.0)
        return Evidence(coverage, dense, is_latin_query(query))

    # -- answers --------------------------------------------------------------------------
    def ask(self, question: str, history: Sequence[Turn] = (), mode: str = "extractive") -> Answer:
        """Answer one question; `history` makes follow-ups work; `mode` is 'extractive' or 'llm'."""
        answer: Answer | None = None
        for event in self.stream(question, history, mode):
            if isinstance(event, Answer):
                answer = event
        assert answer is not None
        return answer

    def stream(self, question: str, history: Sequence[Turn] = (), mode: str = "extractive") -> Iterator[str | Answer]:
        """Text pieces as they are ready, then the final, checked `Answer` (which may differ:
        an LLM reply that fails the citation checks is replaced by the extractive answer)."""
        if mode not in MODES:
            raise ValueError(f"mode must be 'extractive' or 'llm', got {mode!r}")
        t0 = time.perf_counter()
        question = check_query(question)
        notices: list[str] = []
        query = standalone_query(question, history)
        if mode == "llm" and self.llm is not None and history and query != question:
            try:
                query = self.llm.condense(question, history)
            except Exception as exc:  # the endpoint is remote: any failure falls back to the rule
                notices.append(f"改寫追問時模型不可用（{exc.__class__.__name__}），已用規則改寫")
        result = self.search.search(query, k=5)
        if result.degraded:
            notices.append("向量檢索暫不可用，本回答只用關鍵詞檢索")
        t1 = time.perf_counter()
        text, citations, refused = self._extractive(question, query, result)
        timings = {"search_ms": (t1 - t0) * 1000, "compose_ms": (time.perf_counter() - t1) * 1000}
        used = "extractive"
        if mode == "llm" and not refused:
            if self.llm is None:
                notices.append("未設定大語言模型（PLAN_ASSISTANT_LLM_BASE_URL），以下為摘錄式回答")
            else:
                # search and composition are done: a caller that serialises them (ui.backend holds
                # a lock until the first event) lets other questions in while the model answers
                yield ""
                t2 = time.perf_counter()
                llm_answer = yield from self._llm_answer(question, result, notices)
                timings["llm_ms"] = (time.perf_counter() - t2) * 1000
                if llm_answer is not None:
                    text, citations, refused = llm_answer
                    used = "llm"
        if used == "extractive":
            yield from _pieces(text)
        timings["total_ms"] = (time.perf_counter() - t0) * 1000
        yield Answer(question, text, citations, refused, used, query, "；".join(notices) or None, timings, degraded=result.degraded)

    def _llm_answer(self, question: str, result: SearchResult, notices: list[str]) -> Iterator[str]:  # type: ignore[misc]
        """Stream the model's reply; return (text, citations, refused) if it passes the checks."""
        assert self.llm is not None
        # a section's best chunk that has text to quote (a 專欄 title alone tells the model nothing)
        chunks = [next((h.chunk for h in s.hits if self._has_text(h.chunk)), None) for s in result.sections[:LLM_PASSAGES]]
        passages = [Passage(n, c) for n, c in enumerate((c for c in chunks if c is not None), start=1)]
        parts: list[str] = []
        try:
            for delta in within(self.llm.stream_answer(question, passages), self.llm_timeout_s):
                parts.append(delta)
                yield delta
        except PromptEchoError as exc:  # cut off before the echo reached the user
            notices.append(f"模型回答未通過引用核對（{exc}），以下為摘錄式回答")
            yield RESET
            return None
        except Exception as exc:  # timeouts, refused connections, HTTP errors from the endpoint
            notices.append(f"大語言模型暫不可用（{exc.__class__.__name__}），以下為摘錄式回答")
            yield RESET
            return None
        checked = check_reply("".join(parts), passages)
        if not checked.ok:
            notices.append(f"模型回答未通過引用核對（{checked.problem}），以下為摘錄式回答")
            yield RESET
            return None
        if checked.says_no_answer:
            yield RESET
            refusal = self._refusal(question, result)
            return refusal
        citations = tuple(self._quote_for(checked.text, p) for p in checked.cited)
        return checked.text, citations, False

    def _has_text(self, chunk: Chunk) -> bool:
        return any((s.line, s.start) in self.search.sentence_tokens for s in chunk.sentences)

    def _quote_for(self, claim_text: str, passage: Passage) -> Citation:
        """Cite the passage by its sentence closest to what the reply says (an exact quote)."""
        marker = f"[{passage.number}]"
        claims = [c for c in re.split(r"(?<=[。；;！？!?\n])", claim_text) if marker in c] or [claim_text]
        target = _grams(normalize("".join(claims)))
        quotable = [s for s in passage.chunk.sentences if (s.line, s.start) in self.search.sentence_tokens] or list(passage.chunk.sentences)
        best = max(quotable, key=lambda s: len(_grams(normalize(s.text)) & target))
        c = passage.chunk
        return citation_for(self.plan, c.chapter_no, c.section_no, best.text, [best.line])

    def _in_user_script(self, question: str, text: str) -> str:
        return to_simplified(text) if is_simplified_query(question) else text

    def _table_answer(self, question: str, table: Table) -> tuple[str, tuple[Citation, ...], bool]:
        where = location_phrase(self.plan, table.chapter_no, table.section_no)
        text = (
            f"{table.label}「{table.title}」的表格內容沒有收錄在公開發佈的綱要文本中（正文只保留了標題），"
            f"所以無法回答其中的具體項目或數字。該{table.label}位於{where}。"
        )
        cite = citation_for(self.plan, table.chapter_no, table.section_no, self.plan.line_text(table.line).strip(), [table.line])
        return self._in_user_script(question, text), (cite,), True

    def _refusal(self, question: str, result: SearchResult, reason: str | None = None) -> tuple[str, tuple[Citation, ...], bool]:
        nearest = "、".join(short_ref(self.plan, *s.key) for s in result.sections[:2])
        text = f"{reason}，無法據此回答。" if reason else "綱要沒有寫到這個問題的答案，無法據此回答。"
        if nearest:
            text += f"相關內容最接近的是{nearest}，可以查看這些章節。"
        return self._in_user_script(question, text), (), True

    def _no_figure(self, question: str, best: Scored, kind: str) -> tuple[str, tuple[Citation, ...], bool]:
        """The topic is in the plan but the number or date asked for is not: say so, show where."""
        key = (best.chunk.chapter_no, best.chunk.section_no)
        what = "時間" if kind == "time" else "數字"
        text = f"綱要在{short_ref(self.plan, *key)}提到相關內容，但沒有給出具體{what}。原文：「{best.sentence.text}」"
        cite = citation_for(self.plan, *key, best.sentence.text, [best.sentence.line])
        return self._in_user_script(question, text), (cite,), True

    def _extractive(self, question: str, query: str, result: SearchResult) -> tuple[str, tuple[Citation, ...], bool]:
        if not result.sections:
            return self._refusal(question, result, result.reason and "問題裡沒有可以查找的字詞")
        if result.route is not None and result.route.table is not None:
            return self._table_answer(question, result.route.table)
        reason = out_of_scope(query, self.search.plan_text)
        if reason:
            return self._refusal(question, result, reason)
        kind = question_kind(question)
        scored = self.picker.score(query, result, kind)
        if not scored or (result.route is None and weak(self.evidence(query, scored, result))):
            return self._refusal(question, result)
        quantity = asks_for(question)
        if quantity and not any(has_quantity(sc.sentence.text, quantity) for sc in scored[:3]):
            return self._no_figure(question, scored[0], quantity)
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
            parts.append(self._frame(kind, key, sents[0].line, "".join(s.text for s in sents)))
        text = "\n".join(parts)
        if is_latin_query(question):
            refs = "; ".join(f"Chapter {k[0]}, Section {k[1]}" if k[0] else "Preface" for k in by_section)
            text = f"From the plan ({refs}):\n{text}"
        return self._in_user_script(question, text), tuple(citations), False

    def _frame(self, kind: str, key: tuple[int, int], line: int, body: str) -> str:
        ref = short_ref(self.plan, *key)
        if kind not in ("where", "ownership"):
            return f"據綱要{ref}：{body}"
        where = location_phrase(self.plan, *key)
        task = self.picker.tasks_by_line.get(line)
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


class LLMTimeoutError(TimeoutError):
    """The model did not finish its reply in the time allowed."""


def within(deltas: Iterator[str], seconds: float | None) -> Iterator[str]:
    """`deltas`, or `LLMTimeoutError` once `seconds` have passed since the first request.

    The reply is read in a worker thread, so neither a stalled endpoint nor one that trickles
    tokens can hold the answer up; the worker stops at the next piece (or the client's own read
    timeout) and closes the reply.
    """
    if seconds is None:
        yield from deltas
        return
    box: queue.Queue[tuple[str, object]] = queue.Queue()
    stop = threading.Event()

    def pump() -> None:
        try:
            for delta in deltas:
                if stop.is_set():
                    break
                box.put(("delta", delta))
            box.put(("end", None))
        except BaseException as exc:  # handed to the reader, which raises it
            box.put(("error", exc))
        finally:
            close = getattr(deltas, "close", None)
            if close is not None:
                close()

    threading.Thread(target=pump, name="llm-reply", daemon=True).start()
    deadline = time.monotonic() + seconds
    try:
        while True:
            try:
                kind, value = box.get(timeout=max(deadline - time.monotonic(), 0.0))
            except queue.Empty:
                raise LLMTimeoutError(f"no complete reply within {seconds:g} s") from None
            if kind == "end":
                return
            if kind == "error":
                assert isinstance(value, BaseException)
                raise value
            yield str(value)
    finally:
        stop.set()


def _contiguous(sentences: list[Sentence]) -> bool:
    return all(a.line == b.line and a.end == b.start for a, b in zip(sentences, sentences[1:]))


__all__ = ["Assistant", "MODES", "citation_for", "short_ref", "normalize"]
