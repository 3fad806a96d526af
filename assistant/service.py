"""The assistant: question (+ history) → standalone query → search → `Answer`.

    assistant = Assistant(search)
    answer = assistant.ask("海珠湿地有啥规划")
    answer.text, answer.citations[0].breadcrumb

`stream` yields typed events (`assistant.events`); composition is `assistant.compose`, the LLM
client and its reply deadline are `assistant.llm`.
"""

from __future__ import annotations

import re
import time
from collections.abc import Generator, Iterator, Sequence
from dataclasses import replace
from itertools import zip_longest
from os.path import commonprefix

import jieba.posseg as pseg

from assistant.answer import Answer, Citation
from assistant.claims import NOT_STATED, read_claim
from assistant.compose import Composer, Composition, asks_places, bigrams, citation_for, short_ref
from assistant.conversation import Turn, follow_up_focus, standalone_query, swap_topic, swapped_query
from assistant.dialect import to_mandarin
from assistant.events import Composed, Delta, Event, Final, Reset
from assistant.llm import LLMClient, Passage, PromptEchoError, check_reply, stated_verdict, within
from assistant.parts import (
    asks_across_group,
    carried_context,
    member_parts,
    names_no_subject,
    own_english_subject,
    pointed_topic,
    question_parts,
    strip_lead,
    without_plan_period,
)
from assistant.questions import WHY_Q, asks_for, splits_given_total
from assistant.structure import StructuralFollowUp, place_ref, structural_follow_up
from corpus.models import Chunk
from corpus.text import normalize
from retrieval.search import MAX_QUERY_CHARS, HybridSearch, SearchResult, check_query, printable
from retrieval.sentences import SentenceIndex
from retrieval.synonyms import expand

MODES = ("extractive", "llm")
# jieba's tags for words that frame a question rather than name its topic: time and place words,
# adverbs, adjectives, pronouns, numbers, verbs, function words
FRAME_TAGS = frozenset({"f", "t", "d", "a", "ad", "r", "m", "q", "p", "c", "u", "uj", "ul", "y", "v", "x"})
MIN_SHARED_TOPIC = 4  # characters of a topic said before every part (「海珠搞足球」, "On exhibitions")
LLM_PASSAGES = 4  # passages shown to the model: enough for most questions, short enough for a CPU model


def _passage_chunks(results: Sequence[SearchResult]) -> list[Chunk]:
    """Up to LLM_PASSAGES chunks: each result's best sections in turn (the first of each, then the
    second…), a section's best chunk that has text to quote (a 專欄 title alone tells the model
    nothing), each chunk once."""
    ranked = [
        [
            c
            for s in r.sections[:LLM_PASSAGES]
            if (c := next((h.chunk for h in s.hits if _has_text(r.sentences, h.chunk)), None))
        ]
        for r in results
    ]
    chosen: dict[str, Chunk] = {}
    for row in zip_longest(*ranked):
        for chunk in row:
            if chunk is not None and len(chosen) < LLM_PASSAGES:
                chosen.setdefault(chunk.chunk_id, chunk)
    return list(chosen.values())


def _pieces(text: str, size: int = 24) -> Iterator[str]:
    for i in range(0, len(text), size):
        yield text[i : i + size]


class Assistant:
    def __init__(
        self, search: HybridSearch, *, llm: LLMClient | None = None, llm_timeout_s: float | None = None
    ) -> None:
        """`llm_timeout_s` bounds a whole model reply (a stalled or trickling endpoint included);
        after it the extractive answer is given, with a notice."""
        self.search = search
        self.plan = search.plan
        self.composer = Composer(search.plan)
        self.llm = llm
        self.llm_timeout_s = llm_timeout_s

    def warm_up(self) -> None:
        """Load lazy parts (jieba's dictionaries, OpenCC, the vector index) before the first user:
        the part-of-speech tagger's dictionary alone takes about a second to load, and loading it
        holds every other thread up."""
        pseg.lcut("海珠區發展目標")
        self.ask("海珠區發展目標")

    # -- answers --------------------------------------------------------------------------
    def ask(self, question: str, history: Sequence[Turn] = (), mode: str = "extractive") -> Answer:
        """Answer one question; `history` makes follow-ups work; `mode` is 'extractive' or 'llm'."""
        for event in self.stream(question, history, mode):
            if isinstance(event, Final):
                return event.answer
        raise AssertionError("Assistant.stream ends with a Final event")

    def stream(self, question: str, history: Sequence[Turn] = (), mode: str = "extractive") -> Iterator[Event]:
        """`Composed` once searched and composed, `Delta`s of text as they are ready, then `Final`
        with the checked `Answer` (which may differ: an LLM reply that fails the citation checks
        is withdrawn with `Reset` and replaced by the extractive answer)."""
        if mode not in MODES:
            raise ValueError(f"mode must be 'extractive' or 'llm', got {mode!r}")
        t0 = time.perf_counter()
        asked = check_query(question)  # once: the searches below take checked text
        # read in written Mandarin (「有冇」 → 「有沒有」); the answer is to the question as asked
        question = to_mandarin(asked)
        history = [Turn(t.role, to_mandarin(t.content)) if t.role == "user" else t for t in history]
        notices: list[str] = []
        claim = read_claim(question)
        query = standalone_query(claim.proposition if claim else question, history)
        if (topic := swap_topic(question)) is not None and (previous := self._previous_question(history)):
            frame = [w for w, flag in pseg.lcut(normalize(previous)) if flag in FRAME_TAGS]
            query = swapped_query(previous, topic, self.search.query_terms(previous), frame) or query
        structural = structural_follow_up(question, history)
        place = self._locate(structural, history) if structural is not None else None
        if structural is not None and place is not None:  # searched as 第X章(第Y節): what it is about
            # (with the question's own words, which the 節 is read for: 「同一節有冇講到老人家讀書」)
            query = (
                f"{place_ref(*place)} {question}"
                if structural.scope == "section"
                else place_ref(place[0], None) + "各節"
            )
        if mode == "llm" and self.llm is not None and history and query != question:
            try:
                query = self.llm.condense(question, history)[:MAX_QUERY_CHARS]  # a model may ramble
            except Exception as exc:  # the endpoint is remote: any failure falls back to the rule
                notices.append(f"改寫追問時模型不可用（{exc.__class__.__name__}），已用規則改寫")
        # (「出现在哪两处，分别怎么说」 is one question: the places are its parts)
        # (nor is 「296億元裡出口和進口各佔多少」: the total it gives is split, its parts are not compared)
        single = claim or asks_places(question) or splits_given_total(question)
        parts, compared = ([], None) if single else question_parts(question)
        # (「这三块哪块面积最大？各多大？」: the group is measured member by member, each part with it)
        across = (
            not claim
            and structural is None
            and (asks_across_group(question) or bool(parts) and all(asks_across_group(p) for p in parts))
        )
        # a question split into parts is answered from the parts' own searches: the whole question
        # is searched only when something reads its result (a group's members, a model's passages)
        # 「十四五」 names the whole plan: it says where to look only when a figure or date is asked
        # (the target, not the review's figure); otherwise it pulls to the plan's opening and closing
        plain = structural is None and not claim and asks_for(question) is None
        searched = without_plan_period(query) if plain else query
        whole = self._search(searched) if not parts or across or structural is not None or mode == "llm" else None
        if whole is not None and across and len(members := self._members(whole)) >= 2:
            parts, compared = member_parts(question, members)  # each member searched in its own 節
        answered: list[tuple[str, str, SearchResult]] = []
        if parts:  # each part searched and answered on its own; a later part may lean on the first
            for n, part in enumerate(parts):
                part = strip_lead(part) if n else part  # 另外/還有… join the parts, they do not lean
                # (the sides of a comparison each name their own subject: 「西边那个融合圈」 is not the first side)
                side = compared is not None and part in compared.parts
                # (a part that opens with the topic every part was given leans on that, not on the first part)
                topical = n and len(commonprefix([parts[0], part]).strip()) >= MIN_SHARED_TOPIC
                leans = n and not side and not topical and not own_english_subject(part)
                carried = (Turn("user", carried_context(parts[0], part)),) if leans else ()
                part_query = standalone_query(part, tuple(history) + carried)
                if n and WHY_Q.search(normalize(part)) and part_query == part:
                    part_query = f"{parts[0]} {part}"  # "why" asks about the premise stated before it
                elif n and not side and part_query == part and names_no_subject(part):
                    part_query = f"{carried_context(parts[0], part)} {part}"
                elif n and part_query == part and pointed_topic(part) == "":
                    # 「…對來穗人員怎麼說？社會治理那節又提了啥？」: the first part's topic, in the 節 pointed at
                    part_query = f"{pointed_topic(parts[0]) or carried_context(parts[0], part)} {part}"
                searched_part = part_query
                if n and part_query == part:
                    # searched without 「十四五」 (it pulls to the plan's opening), read with it: the
                    # years ahead, not the review of the last period the first part asked about
                    searched_part = without_plan_period(part)
                answered.append((part, part_query, self._search(searched_part)))
        result = whole if whole is not None else answered[0][2]
        if result.degraded or any(r.degraded for _, _, r in answered):
            notices.append("向量檢索暫不可用，本回答只用關鍵詞檢索")
        t1 = time.perf_counter()
        if structural is not None:
            done = self._structural(question, structural, place, history, result)
        elif claim:
            unnamed_query = self.composer.without_pulling_names(claim, query, result)
            unnamed = (unnamed_query, self._search(unnamed_query)) if unnamed_query is not None else None
            done = self.composer.claim(question, claim, query, result, unnamed)
        elif parts:
            done = self.composer.parts(question, answered, compared)
        else:
            focus = self.search.query_terms(expand(follow_up_focus(question))) if query != question else None
            done = self.composer.extractive(question, query, result, focus)
        timings = {"search_ms": (t1 - t0) * 1000, "compose_ms": (time.perf_counter() - t1) * 1000}
        # a caller that serialises search and composition (ui.backend holds a lock until the
        # first event) lets other questions in from here, while text streams or a model answers
        yield Composed()
        used = "extractive"
        if mode == "llm" and not done.refused:
            if self.llm is None:
                notices.append("未設定大語言模型（PLAN_ASSISTANT_LLM_BASE_URL），以下為摘錄式回答")
            else:
                t2 = time.perf_counter()
                each = [r for _, _, r in answered]  # each part's own evidence, then the whole question's
                llm_done = yield from self._llm_answer(
                    question, result, notices, done.verdict if claim else None, (*each, result) if each else ()
                )
                timings["llm_ms"] = (time.perf_counter() - t2) * 1000
                if llm_done is not None:
                    done = llm_done
                    used = "llm"
        if used == "extractive":
            for piece in _pieces(done.text):
                yield Delta(piece)
        timings["total_ms"] = (time.perf_counter() - t0) * 1000
        notice = "；".join(notices) or None
        yield Final(
            Answer(
                asked,
                done.text,
                done.citations,
                done.refused,
                used,
                query,
                notice,
                timings,
                degraded=result.degraded,
                verdict=done.verdict,
            )
        )

    def _members(self, result: SearchResult) -> list[str]:
        """The 節 titles that the best section's sentences name together (「“一區”指“琶洲…試驗區”,
        “一谷”指“中大…生態谷”…」 under 第二章 names its 節 2.1–2.3): a group whose members
        the plan treats one by one (at most three)."""
        if not result.sections or result.sentences is None:
            return []
        chapter_no, section_no = result.sections[0].key
        titles = [
            s.title
            for s in self.plan.chapter(chapter_no).sections
            if s.section_no and s.section_no != section_no and len(s.title) >= 4
        ]
        for sentence in result.sentences.by_section.get((chapter_no, section_no), []):
            text = normalize(sentence.text)
            named = [t for t in titles if normalize(t) in text]
            if len(named) >= 2:
                return named[:3]
        return []

    @staticmethod
    def _previous_question(history: Sequence[Turn]) -> str | None:
        """The last question asked, as it was searched (a follow-up with the topic it carried)."""
        users = [t for t in history if t.role == "user" and t.content.strip()]
        if not users:
            return None
        return standalone_query(users[-1].content, tuple(history[: history.index(users[-1])]))

    def _search(self, query: str) -> SearchResult:
        """Search a query built from the checked question and the history (or an LLM's rewrite):
        only their control characters are left to remove, and a follow-up's query joins two
        texts, so it may run past the question's length limit (its start is what counts)."""
        return self.search.search_checked(printable(query)[:MAX_QUERY_CHARS], k=5)

    def _locate(self, target: StructuralFollowUp, history: Sequence[Turn]) -> tuple[int, int | None] | None:
        """The 章 (and 節) a "這一章/這一節…" follow-up means: named in the previous answer's text,
        or where that text is found in the plan."""
        chapter_no, section_no = target.chapter_no, target.section_no
        if chapter_no is None or (target.scope == "section" and section_no is None):
            last = next((t.content for t in reversed(history) if t.role == "assistant" and t.content.strip()), "")
            earlier = last or next((t.content for t in reversed(history) if t.role == "user"), "")
            found = self.search.search(earlier[:MAX_QUERY_CHARS], k=1).sections if earlier.strip() else ()
            if found and (chapter_no is None or found[0].chapter_no == chapter_no):
                chapter_no, section_no = found[0].key
            elif chapter_no is not None:
                section_no = 0
        return None if chapter_no is None else (chapter_no, section_no)

    def _structural(
        self,
        question: str,
        target: StructuralFollowUp,
        place: tuple[int, int | None] | None,
        history: Sequence[Turn],
        result: SearchResult,
    ) -> Composition:
        """Answer "這一章/這一節…" from the located chapter or section."""
        if place is None:
            return self.composer.refusal(question, result, "無法確定上一個回答出自哪一章")
        last = next((t.content for t in reversed(history) if t.role == "assistant" and t.content.strip()), "")
        if target.scope == "chapter":
            return self.composer.chapter_sections(question, place[0], result)
        return self.composer.section_overview(question, (place[0], place[1] or 0), result, last)

    def _llm_answer(
        self,
        question: str,
        result: SearchResult,
        notices: list[str],
        checked_verdict: str | None = None,
        by_part: Sequence[SearchResult] = (),
    ) -> Generator[Event, None, Composition | None]:
        """Stream the model's reply; return its `Composition` if it passes the checks. For a claim
        (`checked_verdict`: the extractive check's verdict) the reply must open with its verdict,
        and that verdict must agree with the check. `by_part`: the searches of a several-part
        question's parts; the model is shown the best sections of each in turn, so every part
        has its evidence (the whole question's search alone may miss a part's)."""
        assert self.llm is not None
        passages = [Passage(n, c) for n, c in enumerate(_passage_chunks(by_part or (result,)), start=1)]
        parts: list[str] = []
        try:
            for delta in within(self.llm.stream_answer(question, passages), self.llm_timeout_s):
                parts.append(delta)
                yield Delta(delta)
        except PromptEchoError as exc:  # cut off before the echo reached the user
            notices.append(f"模型回答未通過引用核對（{exc}），以下為摘錄式回答")
            yield Reset()
            return None
        except Exception as exc:  # timeouts, refused connections, HTTP errors from the endpoint
            notices.append(f"大語言模型暫不可用（{exc.__class__.__name__}），以下為摘錄式回答")
            yield Reset()
            return None
        checked = check_reply("".join(parts), passages)
        if not checked.ok:
            notices.append(f"模型回答未通過引用核對（{checked.problem}），以下為摘錄式回答")
            yield Reset()
            return None
        if checked.says_no_answer:
            yield Reset()
            return replace(self.composer.refusal(question, result), verdict=NOT_STATED if checked_verdict else None)
        verdict = stated_verdict(checked.text) if checked_verdict else None
        if checked_verdict and verdict != checked_verdict:
            problem = (
                "回答第一句沒有判斷這個說法是否屬實"
                if verdict is None
                else f"回答判斷為「{VERDICT_WORDS[verdict]}」，綱要原文卻是「{VERDICT_WORDS[checked_verdict]}」"
            )
            notices.append(f"模型回答未通過核對（{problem}），以下為摘錄式回答")
            yield Reset()
            return None
        citations = tuple(self._quote_for(checked.text, p, result.sentences) for p in checked.cited)
        return Composition(checked.text, citations, False, verdict)

    def _quote_for(self, claim_text: str, passage: Passage, index: SentenceIndex | None) -> Citation:
        """Cite the passage by its sentence closest to what the reply says (an exact quote)."""
        marker = f"[{passage.number}]"
        claims = [c for c in re.split(r"(?<=[。；;！？!?\n])", claim_text) if marker in c] or [claim_text]
        target = bigrams(normalize("".join(claims)))
        quotable = [s for s in passage.chunk.sentences if index is not None and index.has_text(s)] or list(
            passage.chunk.sentences
        )
        best = max(quotable, key=lambda s: len(bigrams(normalize(s.text)) & target))
        c = passage.chunk
        return citation_for(self.plan, c.chapter_no, c.section_no, best.text, [best.line])


VERDICT_WORDS = {"supported": "綱要有這樣寫", "contradicted": "綱要寫的不同", "not_stated": "綱要沒有提到"}


def _has_text(index: SentenceIndex | None, chunk: Chunk) -> bool:
    return index is not None and any(index.has_text(s) for s in chunk.sentences)


__all__ = ["Assistant", "MODES", "citation_for", "short_ref"]
