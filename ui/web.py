"""The chat UI (Gradio Blocks, in Chinese): ask, browse the plan, look up tasks.

    app = mount_ui(FastAPI(), backend)    # the UI at "/", next to the JSON API

問答: answers stream in, each followed by its sources (章/節 path and the exact quote, click to
expand); 👍/👎 go to the feedback store; follow-ups see the conversation so far.
瀏覽綱要: the table of contents as a tree; pick a 節 to read it (專欄 tables are marked as not
published). 任務查詢: the task index as a table. A switch shows everything in 繁體 or 简体.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any, Literal

import gradio as gr
from fastapi import FastAPI

from assistant.answer import Answer
from assistant.conversation import Turn
from assistant.events import Delta, Final, Reset
from corpus.errors import PlanAssistantError
from corpus.models import Kind
from retrieval.search import MAX_QUERY_CHARS
from ui.backend import Backend
from ui.eval_tab import CSS as EVAL_CSS
from ui.eval_tab import Evaluator, add_eval_tab
from ui.gradio_api import ANSWER_SLOTS, CONCURRENCY_ID, add_api
from ui.render import (
    answer_html,
    error_html,
    escape,
    in_script,
    progressive,
    question_html,
)
from ui.tasks_view import CSS as TASKS_CSS
from ui.tasks_view import add_task_tab
from ui.theme import CSS, THEME

TITLE = "海珠區「十四五」規劃綱要問答"
PRIVATE: Literal["private"] = "private"  # an event the UI uses, not part of the API (`client.view_api()`)
PLAN_NAME = "《廣州市海珠區國民經濟和社會發展第十四個五年規劃和2035年遠景目標綱要》"
STREAM_DELAY_S = 0.03  # between streamed updates: reads as typing, adds < 1 s to an answer
THINKING = '<div class="pa-answer pa-thinking">正在查找綱要原文…</div>'

CITIZEN_EXAMPLES = (
    "海珠濕地有甚麼規劃？",
    "老舊小區改造有哪些安排？",
    "海珠區在教育方面有甚麼規劃？",
    "垃圾分類有甚麼新措施？",
)
OFFICIAL_EXAMPLES = (
    "「一區一谷一圈」分別指甚麼？",
    "十四五期間要引進多少家總部企業？",
    "提升固體廢物處理能力的任務在哪一節？",
    "第九章第二節講了甚麼？",
)
SCRIPT_CHOICES = [("自動（跟隨提問）", "auto"), ("繁體", "traditional"), ("简体", "simplified")]


@dataclass(frozen=True)
class Exchange:
    """One question and what the chat showed for it: an answer, or an error message."""

    question: str
    answer: Answer | None = None
    error: str | None = None
    feedback_uid: str | None = None  # the stored 👍/👎 (see FeedbackStore.rate), to change or withdraw it


def history_of(exchanges: list[Exchange]) -> list[Turn]:
    turns: list[Turn] = []
    for ex in exchanges:
        if ex.answer is not None:
            turns += [Turn("user", ex.question), Turn("assistant", ex.answer.text)]
    return turns


def render_chat(exchanges: list[Exchange], script: str) -> list[dict[str, str]]:
    messages: list[dict[str, str]] = []
    for ex in exchanges:
        messages.append({"role": "user", "content": question_html(ex.question)})
        body = answer_html(ex.answer, script) if ex.answer is not None else error_html(ex.error or "", script)
        messages.append({"role": "assistant", "content": body})
    return messages


def section_html(backend: Backend, chapter_no: int, section_no: int, script: str) -> str:
    """One 節 for reading: its lines in order, 專欄/圖 lines marked as not published."""
    data = backend.section(chapter_no, section_no)
    tables = {t["line"]: t for t in data["tables"]}
    out = [f'<div class="pa-reader"><div class="pa-crumb">{escape(in_script(data["breadcrumb"], script))}</div>']
    for item in data["items"]:
        text = escape(in_script(item["text"], script))
        line = f'<span class="pa-line">{item["line"]}</span>'
        if item["line"] in tables:
            t = tables[item["line"]]
            note = in_script(f"{t['label']}「{t['title']}」：表格內容未隨綱要正文公佈", script)
            out.append(f'<div class="pa-unpublished">{line}▦ {escape(note)}</div>')
        elif item["kind"] in (Kind.CHAPTER_HEADING, Kind.SECTION_HEADING, Kind.SUBHEADING):
            out.append(f'<h4 class="pa-heading">{line}{text}</h4>')
        elif item["kind"] == Kind.FOOTNOTE:
            out.append(f'<p class="pa-footnote">{line}{text}</p>')
        else:
            out.append(f'<p class="pa-item">{line}{text}</p>')
    if not data["items"]:
        out.append(f'<p class="pa-empty">{in_script("（本節在正文中沒有內容，只見於目錄）", script)}</p>')
    out.append("</div>")
    return "".join(out)


FEEDBACK_QUEUED = "評價已收到，稍後寫入"


def rate_exchange(
    backend: Backend, exchanges: list[Exchange], n: int, rating: int
) -> tuple[list[Exchange], str | None]:
    """Store a 👍 (1), 👎 (-1) or its withdrawal (0) for the n-th exchange; the message to show,
    if any. A database that is locked or read-only queues the rating (`FeedbackStore.rate`):
    the user hears that it will be written later, never an error."""
    if not 0 <= n < len(exchanges) or exchanges[n].answer is None:
        return exchanges, None
    ex = exchanges[n]
    answer = ex.answer
    assert answer is not None
    uid = ex.feedback_uid
    try:
        if uid is not None:
            receipt = backend.feedback.change(uid, rating)
            uid = None if rating == 0 else uid
        elif rating != 0:
            citations = answer.to_json()["citations"]
            receipt = backend.feedback.rate(
                ex.question, answer.text, citations, rating, mode=answer.mode, query=answer.query
            )
            uid = receipt.uid
        else:
            return exchanges, None
    except (PlanAssistantError, ValueError) as exc:
        return exchanges, f"評價未能保存：{exc}"
    message = None if receipt.written else FEEDBACK_QUEUED
    return exchanges[:n] + [replace(ex, feedback_uid=uid)] + exchanges[n + 1 :], message


def build_ui(backend: Backend, evaluator: Evaluator | None = None) -> gr.Blocks:
    plan = backend.plan

    def respond(
        question: str, exchanges: list[Exchange], script: str
    ) -> Iterator[tuple[str, list[dict[str, str]], list[Exchange]]]:
        question = (question or "").strip()
        if not question:
            yield "", render_chat(exchanges, script), exchanges
            return
        shown = render_chat(exchanges, script) + [{"role": "user", "content": question_html(question)}]
        yield "", shown + [{"role": "assistant", "content": THINKING}], exchanges
        if len(question) > MAX_QUERY_CHARS:
            done = exchanges + [
                Exchange(
                    question, error=f"問題太長（{len(question):,} 字），上限是 {MAX_QUERY_CHARS:,} 字，請縮短後再問。"
                )
            ]
            yield "", render_chat(done, script), done
            return
        text = ""
        answer: Answer | None = None
        try:
            for event in backend.stream(question, history_of(exchanges)):
                if isinstance(event, Final):
                    answer = event.answer
                elif isinstance(event, Reset):  # an LLM reply failed the checks: the checked answer follows
                    text = ""
                elif isinstance(event, Delta) and event.text:  # (Composed: keep "正在查找" until text comes)
                    for prefix in progressive(event.text):
                        yield (
                            "",
                            shown
                            + [{"role": "assistant", "content": answer_html(None, script, partial=text + prefix)}],
                            exchanges,
                        )
                        time.sleep(STREAM_DELAY_S)
                    text += event.text
        except PlanAssistantError as exc:
            done = exchanges + [Exchange(question, error=f"無法回答：{exc}")]
            yield "", render_chat(done, script), done
            return
        assert answer is not None, "Assistant.stream ends with an Answer"
        done = exchanges + [Exchange(question, answer)]
        yield "", render_chat(done, script), done

    def rate(exchanges: list[Exchange], data: gr.LikeData) -> list[Exchange]:
        index = data.index if isinstance(data.index, int) else data.index[0]
        rating = 1 if data.liked is True else -1 if data.liked is False else 0  # "" = withdrawn
        exchanges, message = rate_exchange(backend, exchanges, index // 2, rating)
        if message:
            gr.Info(message)
        return exchanges

    with gr.Blocks(title=TITLE, analytics_enabled=False) as demo:
        exchanges = gr.State([])
        current = gr.State(None)  # the (chapter, section) open in 瀏覽綱要
        with gr.Row(elem_id="pa-header"):
            gr.HTML(
                f'<div class="pa-title"><h1>{TITLE}</h1><p>根據{PLAN_NAME}原文回答，每個回答都註明出自哪一章哪一節；'
                f'綱要沒有寫到的，會直接說明。另有 <a href="/docs" target="_blank">JSON API</a>。</p></div>',
                scale=4,
            )
            script = gr.Radio(SCRIPT_CHOICES, value="auto", label="顯示文字", elem_id="pa-script", scale=1)

        with gr.Tabs() as tabs:
            with gr.Tab("問答", id="chat"):
                chatbot = gr.Chatbot(
                    label="對話",
                    elem_id="pa-chat",
                    height=560,
                    buttons=[],
                    latex_delimiters=[],
                    allow_tags=False,
                    placeholder="請在下面輸入問題，或點選範例問題。",
                    layout="bubble",
                )
                with gr.Row():
                    box = gr.Textbox(
                        placeholder="輸入關於綱要的問題，例如：海珠濕地有甚麼規劃？（繁體、简体都可以）",
                        show_label=False,
                        scale=8,
                        max_length=MAX_QUERY_CHARS,
                        elem_id="pa-question",
                        autofocus=True,
                    )
                    send = gr.Button("送出", variant="primary", scale=1, min_width=80, elem_id="pa-send")
                    clear = gr.Button("重新開始", scale=1, min_width=80, elem_id="pa-clear")
                with gr.Row():
                    with gr.Column():
                        gr.Markdown("**市民常問**")
                        citizen = [gr.Button(q, size="sm", elem_classes=["pa-example"]) for q in CITIZEN_EXAMPLES]
                    with gr.Column():
                        gr.Markdown("**公務員查詢**")
                        official = [gr.Button(q, size="sm", elem_classes=["pa-example"]) for q in OFFICIAL_EXAMPLES]
                gr.Markdown(
                    "回答只摘錄綱要原文，不代表政府的正式解釋。可用回答下方的讚好／不讚好按鈕評分，幫助我們改進。",
                    elem_classes=["pa-footnote-text"],
                )

            with gr.Tab("瀏覽綱要", id="browse"):
                with gr.Row():
                    with gr.Column(scale=2, elem_id="pa-tree"):
                        gr.Markdown("點選章節閱讀原文。▦ 表示本節有專欄：專欄的表格內容沒有隨綱要正文公佈。")
                        section_buttons: list[tuple[gr.Button, tuple[int, int]]] = []
                        for chapter in plan.chapters:
                            with gr.Accordion(chapter.label, open=chapter.chapter_no == 0):
                                for s in chapter.sections:
                                    if s.section_no == 0 and chapter.chapter_no != 0 and not plan.items_in(*s.key):
                                        continue
                                    label = s.label if chapter.chapter_no else "前言"
                                    if backend.tables_in(*s.key):
                                        label += " ▦"
                                    section_buttons.append(
                                        (gr.Button(label, size="sm", elem_classes=["pa-node"]), s.key)
                                    )
                    with gr.Column(scale=3):
                        reader = gr.HTML(
                            '<div class="pa-reader pa-empty">← 請在左邊選擇一節。</div>', elem_id="pa-reader"
                        )

            with gr.Tab("任務查詢", id="tasks"):
                add_task_tab(backend, script, lambda c, n, s: section_html(backend, c, n, s), reader, current, tabs)

            if evaluator is not None:  # off on a public deployment (`Settings.eval_tab`)
                with gr.Tab("評測", id="eval") as eval_tab:
                    add_eval_tab(evaluator, script, eval_tab)

        # -- events -----------------------------------------------------------------------
        # our own "正在查找" message shows progress; Gradio's overlay would hide the streaming text
        # every UI event is private: the API is the named endpoints of `ui.gradio_api`
        chat_io: dict[str, Any] = {
            "inputs": [box, exchanges, script],
            "outputs": [box, chatbot, exchanges],
            "show_progress": "hidden",
            "concurrency_limit": ANSWER_SLOTS,
            "concurrency_id": CONCURRENCY_ID,
            "api_visibility": PRIVATE,
        }
        box.submit(respond, **chat_io)
        send.click(respond, **chat_io)
        for button in citizen + official:
            button.click(_fill(button.value), None, box, show_progress="hidden", api_visibility=PRIVATE).then(
                respond, **chat_io
            )
        clear.click(
            lambda: ("", [], []), None, [box, chatbot, exchanges], show_progress="hidden", api_visibility=PRIVATE
        )
        chatbot.clear(lambda: [], None, exchanges, api_visibility=PRIVATE)
        chatbot.like(rate, [exchanges], [exchanges], api_visibility=PRIVATE)

        def open_section(key: tuple[int, int]) -> Callable[[str], tuple[str, tuple[int, int]]]:
            return lambda s: (section_html(backend, *key, s), key)

        for button, key in section_buttons:
            button.click(open_section(key), [script], [reader, current], api_visibility=PRIVATE)

        def switch(s: str, exs: list[Exchange], key: tuple[int, int] | None) -> tuple[Any, ...]:
            page = section_html(backend, *key, s) if key else gr.skip()
            return render_chat(exs, s), page

        script.change(switch, [script, exchanges, current], [chatbot, reader], api_visibility=PRIVATE)
        add_api(backend)
    return demo


def _fill(text: Any) -> Callable[[], str]:
    return lambda: str(text)


def mount_ui(
    app: FastAPI, backend: Backend, max_queue: int | None = None, evaluator: Evaluator | None = None
) -> FastAPI:
    """Mount the chat UI at "/" of `app` (mount it after the API routes so they take precedence).

    `max_queue` bounds the UI's own event queue (events waiting, beyond those running): once it
    is full, a new event is turned away with 503 "Queue is full" at once instead of waiting
    without bound; the HTTP API has its own bound (`ui.limits`)."""
    demo = build_ui(backend, evaluator).queue(max_size=max_queue)
    return gr.mount_gradio_app(
        app,
        demo,
        path="/",
        theme=THEME,
        css=CSS + TASKS_CSS + EVAL_CSS,
        footer_links=["settings"],
        run_history=False,
        ssr_mode=False,
        show_error=False,
        mcp_server=False,
        allowed_paths=[str(p) for p in evaluator.folders] if evaluator else None,  # reports to download
    )
