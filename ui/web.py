"""The chat UI (Gradio Blocks, in Chinese): ask, browse the plan, look up tasks.

    app = mount_ui(FastAPI(), backend)    # the UI at "/", next to the JSON API

問答: answers stream in, each followed by its sources (章/節 path and the exact quote, click to
expand); 👍/👎 go to the feedback store; follow-ups see the conversation so far.
瀏覽綱要: the table of contents as a tree; pick a 節 to read it (專欄 tables are marked as not
published). 任務查詢: the task index as a table. A switch shows everything in 繁體 or 简体.
"""

from __future__ import annotations

import threading
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
from ui.citations import reader_href
from ui.eval_tab import CSS as EVAL_CSS
from ui.eval_tab import Evaluator, add_eval_tab
from ui.gradio_api import ANSWER_SLOTS, CONCURRENCY_ID, add_api
from ui.page_js import HEAD
from ui.render import (
    answer_html,
    error_html,
    escape,
    in_script,
    progressive,
    question_html,
    queued_html,
)
from ui.script import Resolved, conversation_script, gradio_translations, lang_tag, ui_text
from ui.tasks_view import CSS as TASKS_CSS
from ui.tasks_view import PLACEHOLDER as TASK_PLACEHOLDER
from ui.tasks_view import SEARCH as TASK_SEARCH
from ui.tasks_view import add_task_tab
from ui.tasks_view import find as find_tasks
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
PLACEHOLDER = "輸入關於綱要的問題，例如：海珠濕地有甚麼規劃？（繁體、简体都可以）"
FOOTNOTE = "回答只摘錄綱要原文，不代表政府的正式解釋。可用回答下方的讚好／不讚好按鈕評分，幫助我們改進。"
BROWSE_INTRO = "點選章節閱讀原文。▦ 表示本節有專欄：專欄的表格內容沒有隨綱要正文公佈。"
READER_EMPTY = "← 請在左邊選擇一節。"
SCRIPT_CHOICES = [("自動（跟隨提問）", "auto"), ("繁體", "traditional"), ("简体", "simplified")]


@dataclass(frozen=True)
class Exchange:
    """One question and what the chat showed for it: an answer, or an error message."""

    question: str
    answer: Answer | None = None
    error: str | None = None
    feedback_uid: str | None = None  # the stored 👍/👎 (see FeedbackStore.rate), to change or withdraw it


class ChatSession:
    """One browser tab's conversation, shared (not copied) by its events: a question sent while
    another is answered goes to `pending`, and the event answering takes it next. (A plain
    class: Gradio serialises a dataclass in gr.State's config, and a lock cannot be.)"""

    def __init__(self) -> None:
        self.exchanges: list[Exchange] = []
        self.pending: list[str] = []
        self.busy = False  # an event is answering this session's questions
        self.epoch = 0  # bumped by 重新開始: an answer to a question from before is dropped
        self.shown_script = ""  # the script the labels are in now ("" before the first restyle)
        self.lock = threading.Lock()

    def __deepcopy__(self, memo: dict[int, Any]) -> ChatSession:  # gr.State copies its initial value
        return ChatSession()

    def first_question(self) -> str | None:
        if self.exchanges:
            return self.exchanges[0].question
        return self.pending[0] if self.pending else None


def history_of(exchanges: list[Exchange]) -> list[Turn]:
    turns: list[Turn] = []
    for ex in exchanges:
        if ex.answer is not None:
            turns += [Turn("user", ex.question), Turn("assistant", ex.answer.text)]
    return turns


def render_chat(
    exchanges: list[Exchange],
    script: str,
    current: tuple[str, str] | None = None,
    pending: list[str] | tuple[str, ...] = (),
) -> list[dict[str, str]]:
    """The chat's messages: finished exchanges, the one being answered (question, HTML so far),
    then the questions waiting their turn."""
    messages: list[dict[str, str]] = []
    for ex in exchanges:
        messages.append({"role": "user", "content": question_html(ex.question)})
        body = answer_html(ex.answer, script) if ex.answer is not None else error_html(ex.error or "", script)
        messages.append({"role": "assistant", "content": body})
    if current is not None:
        messages.append({"role": "user", "content": question_html(current[0])})
        messages.append({"role": "assistant", "content": current[1]})
    messages += [{"role": "user", "content": queued_html(q, script)} for q in pending]
    return messages


def too_long_message(n_chars: int) -> str:
    return (
        f"問題太長（{n_chars:,} 字），上限是 {MAX_QUERY_CHARS:,} 字：請刪減 {n_chars - MAX_QUERY_CHARS:,} 字後再送出。"
    )


def section_html(backend: Backend, chapter_no: int, section_no: int, script: str, highlight: int | None = None) -> str:
    """One 節 for reading: its lines in order, 專欄/圖 lines marked as not published. Each line
    number links to that line (a URL to share); the `highlight` line is marked."""
    data = backend.section(chapter_no, section_no)
    tables = {t["line"]: t for t in data["tables"]}
    out = [f'<div class="pa-reader"><div class="pa-crumb">{escape(in_script(data["breadcrumb"], script))}</div>']
    for item in data["items"]:
        text = escape(in_script(item["text"], script))
        n = item["line"]
        href = escape(reader_href(chapter_no, section_no, n))
        line = f'<a class="pa-line" href="{href}" aria-label="{in_script("第", script)} {n} {in_script("行", script)}">{n}</a>'
        attrs = f' id="L{n}"' + (' class="pa-hl"' if n == highlight else "")
        if n in tables:
            t = tables[n]
            note = in_script(f"{t['label']}「{t['title']}」：表格內容未隨綱要正文公佈", script)
            out.append(f'<div{attrs}><div class="pa-unpublished">{line}▦ {escape(note)}</div></div>')
        elif item["kind"] in (Kind.CHAPTER_HEADING, Kind.SECTION_HEADING, Kind.SUBHEADING):
            out.append(f'<div{attrs}><h4 class="pa-heading">{line}{text}</h4></div>')
        elif item["kind"] == Kind.FOOTNOTE:
            out.append(f'<div{attrs}><p class="pa-footnote">{line}{text}</p></div>')
        else:
            out.append(f'<div{attrs}><p class="pa-item">{line}{text}</p></div>')
    if not data["items"]:
        out.append(f'<p class="pa-empty">{in_script("（本節在正文中沒有內容，只見於目錄）", script)}</p>')
    out.append("</div>")
    return "".join(out)


FEEDBACK_QUEUED = "評價已收到，稍後寫入"
FEEDBACK_THANKS = "已記錄，謝謝"
FEEDBACK_WITHDRAWN = "已取消評價"


def rate_exchange(
    backend: Backend, exchanges: list[Exchange], n: int, rating: int
) -> tuple[list[Exchange], str | None]:
    """Store a 👍 (1), 👎 (-1) or its withdrawal (0) for the n-th exchange; the message to show
    (「已記錄，謝謝」), if any. A database that is locked or read-only queues the rating (`FeedbackStore.rate`):
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
    message = (FEEDBACK_THANKS if rating else FEEDBACK_WITHDRAWN) if receipt.written else FEEDBACK_QUEUED
    return exchanges[:n] + [replace(ex, feedback_uid=uid)] + exchanges[n + 1 :], message


class Labels:
    """The components whose text follows the conversation's script, with their Traditional text."""

    def __init__(self) -> None:
        self.items: list[tuple[Any, str, str]] = []

    def add(self, component: Any, attr: str, text: str) -> Any:
        self.items.append((component, attr, text))
        return component

    @property
    def components(self) -> list[Any]:
        return [c for c, _, _ in self.items]

    def updates(self, script: Resolved) -> list[Any]:
        return [{"__type__": "update", attr: ui_text(text, script)} for _, attr, text in self.items]


def header_html(script: Resolved) -> str:
    """The title and what the site does; on a phone the explanation folds under 「關於本站」."""
    intro = (
        f"根據{PLAN_NAME}原文回答，每個回答都註明出自哪一章哪一節；綱要沒有寫到的，會直接說明。"
        '另有 <a href="/docs" target="_blank">JSON API</a>。'
    )
    intro = ui_text(intro, script)
    return (
        f'<div class="pa-title"><h1>{ui_text(TITLE, script)}</h1><p class="pa-intro">{intro}</p>'
        f'<details class="pa-about"><summary>{ui_text("關於本站", script)}</summary><p>{intro}</p></details></div>'
    )


def lang_html(script: Resolved) -> str:
    return f'<span data-lang="{lang_tag(script)}"></span>'


def status_html(message: str = "", kind: str = "info") -> str:
    """The line under the question box: hints, the length limit, feedback acknowledgements."""
    if not message:
        return '<div class="pa-status" role="status"></div>'
    return f'<div class="pa-status pa-{kind}" role="status">{escape(message)}</div>'


Place = tuple[int, int, int | None]  # 章, 節 and the highlighted line (None: none) in the reader


def reader_request(query: dict[str, str]) -> tuple[int, int, int | None] | None:
    """`?c=9&s=2&line=276` (or `?c=9&s=2`) as numbers; None when absent or not numbers."""
    try:
        c, s = int(query["c"]), int(query["s"])
        line = int(query["line"]) if query.get("line") else None
    except (KeyError, ValueError):
        return None
    return c, s, line


def build_ui(backend: Backend, evaluator: Evaluator | None = None) -> gr.Blocks:
    plan = backend.plan
    labels = Labels()

    def resolved(chosen: str, session: ChatSession, question: str | None = None) -> Resolved:
        return conversation_script(chosen, session.first_question() or question)

    def take_question(text: str, session: ChatSession, chosen: str) -> tuple[Any, str]:
        """Take a question into the session's queue at once (the box is free again); `answer_all` answers it. (Not named `ask`: that name is the public API endpoint.)."""
        question = (text or "").strip()
        script = resolved(chosen, session, question)
        if not question:
            return gr.skip(), status_html(ui_text("請先輸入問題，再按送出。", script), "hint")
        if len(question) > MAX_QUERY_CHARS:  # the text stays in the box, to be shortened
            return gr.skip(), status_html(ui_text(too_long_message(len(question)), script), "hint")
        with session.lock:
            session.pending.append(question)
        return "", status_html()

    def answer_all(session: ChatSession, chosen: str) -> Iterator[Any]:
        """Answer the session's queued questions one after another, streaming each; a second
        event finding this one at work leaves its question to it."""
        with session.lock:
            if session.busy or not session.pending:
                yield gr.skip()
                return
            session.busy = True
        try:
            while True:
                with session.lock:
                    if not session.pending:
                        session.busy = False
                        return
                    question = session.pending.pop(0)
                    epoch = session.epoch
                yield from answer_one(session, question, chosen, epoch)
        finally:
            with session.lock:
                session.busy = False

    def answer_one(session: ChatSession, question: str, chosen: str, epoch: int) -> Iterator[Any]:
        script = resolved(chosen, session, question)

        def shown(current: str | None) -> list[dict[str, str]]:
            now = (question, current) if current is not None else None
            return render_chat(session.exchanges, script, now, tuple(session.pending))

        yield shown(THINKING)
        text = ""
        answer: Answer | None = None
        error: str | None = None
        try:
            for event in backend.stream(question, history_of(session.exchanges)):
                if isinstance(event, Final):
                    answer = event.answer
                elif isinstance(event, Reset):  # an LLM reply failed the checks: the checked answer follows
                    text = ""
                elif isinstance(event, Delta) and event.text:  # (Composed: keep "正在查找" until text comes)
                    for prefix in progressive(event.text):
                        yield shown(answer_html(None, script, partial=text + prefix))
                        time.sleep(STREAM_DELAY_S)
                    text += event.text
        except PlanAssistantError:
            error = "無法回答這個問題：請換個說法，或縮短後再問。"
        assert answer is not None or error is not None, "Assistant.stream ends with an Answer"
        with session.lock:
            if session.epoch == epoch:  # not started over meanwhile
                session.exchanges.append(Exchange(question, answer, error))
        yield render_chat(session.exchanges, script, None, tuple(session.pending))

    def rate(session: ChatSession, chosen: str, data: gr.LikeData) -> str:
        index = data.index if isinstance(data.index, int) else data.index[0]
        rating = 1 if data.liked is True else -1 if data.liked is False else 0  # "" = withdrawn
        with session.lock:
            exchanges, message = rate_exchange(backend, session.exchanges, index // 2, rating)
            session.exchanges[:] = exchanges
        kind = "error" if message and message.startswith("評價未能保存") else "ok"
        return status_html(ui_text(message, resolved(chosen, session)) if message else "", kind)

    def start_over(session: ChatSession) -> tuple[str, list[Any], str]:
        with session.lock:
            session.exchanges.clear()
            session.pending.clear()
            session.epoch += 1
        return "", [], status_html()

    with gr.Blocks(title=TITLE, analytics_enabled=False) as demo:
        session = gr.State(ChatSession())
        current = gr.State(None)  # the (chapter, section, highlighted line) open in 瀏覽綱要
        with gr.Row(elem_id="pa-header"):
            header = gr.HTML(header_html("traditional"), scale=4, elem_id="pa-title")
            script = labels.add(
                gr.Radio(SCRIPT_CHOICES, value="auto", label="顯示文字", elem_id="pa-script", scale=1),
                "label",
                "顯示文字",
            )
        lang = gr.HTML(lang_html("traditional"), elem_id="pa-lang")

        with gr.Tabs(elem_id="pa-tabs") as tabs:
            with labels.add(gr.Tab("問答", id="chat"), "label", "問答"):
                chatbot = gr.Chatbot(
                    label="對話",
                    show_label=False,
                    elem_id="pa-chat",
                    height=560,
                    buttons=[],
                    latex_delimiters=[],
                    allow_tags=False,
                    autoscroll=False,  # the page script scrolls to a new answer's first line
                    placeholder="請在下面輸入問題，或點選範例問題。",
                    layout="bubble",
                )
                labels.add(chatbot, "placeholder", "請在下面輸入問題，或點選範例問題。")
                with gr.Row(elem_id="pa-ask-row"):
                    box = labels.add(
                        gr.Textbox(
                            placeholder=PLACEHOLDER,
                            show_label=False,
                            label="問題",
                            scale=8,
                            elem_id="pa-question",
                        ),
                        "placeholder",
                        PLACEHOLDER,
                    )
                    send = labels.add(
                        gr.Button("送出", variant="primary", scale=1, min_width=80, elem_id="pa-send"), "value", "送出"
                    )
                    clear = labels.add(
                        gr.Button("重新開始", scale=1, min_width=80, elem_id="pa-clear"), "value", "重新開始"
                    )
                gr.HTML('<div id="pa-count" class="pa-count" aria-live="polite"></div>', elem_id="pa-count-wrap")
                status = gr.HTML(status_html(), elem_id="pa-status")
                with gr.Row():
                    with gr.Column():
                        labels.add(gr.Markdown("**市民常問**"), "value", "**市民常問**")
                        citizen = [
                            labels.add(gr.Button(q, size="sm", elem_classes=["pa-example"]), "value", q)
                            for q in CITIZEN_EXAMPLES
                        ]
                    with gr.Column():
                        labels.add(gr.Markdown("**公務員查詢**"), "value", "**公務員查詢**")
                        official = [
                            labels.add(gr.Button(q, size="sm", elem_classes=["pa-example"]), "value", q)
                            for q in OFFICIAL_EXAMPLES
                        ]
                labels.add(
                    gr.Markdown(FOOTNOTE, elem_classes=["pa-footnote-text"]),
                    "value",
                    FOOTNOTE,
                )

            with labels.add(gr.Tab("瀏覽綱要", id="browse"), "label", "瀏覽綱要"):
                with gr.Row():
                    with gr.Column(scale=2, elem_id="pa-tree"):
                        labels.add(gr.Markdown(BROWSE_INTRO), "value", BROWSE_INTRO)
                        section_buttons: list[tuple[gr.Button, tuple[int, int]]] = []
                        for chapter in plan.chapters:
                            with labels.add(
                                gr.Accordion(chapter.label, open=chapter.chapter_no == 0), "label", chapter.label
                            ):
                                for s in chapter.sections:
                                    if s.section_no == 0 and chapter.chapter_no != 0 and not plan.items_in(*s.key):
                                        continue
                                    label = s.label if chapter.chapter_no else "前言"
                                    if backend.tables_in(*s.key):
                                        label += " ▦"
                                    button = gr.Button(label, size="sm", elem_classes=["pa-node"])
                                    section_buttons.append((labels.add(button, "value", label), s.key))
                    with gr.Column(scale=3):
                        reader = gr.HTML(f'<div class="pa-reader pa-empty">{READER_EMPTY}</div>', elem_id="pa-reader")

            with labels.add(gr.Tab("任務查詢", id="tasks"), "label", "任務查詢"):
                task_tab = add_task_tab(
                    backend,
                    script,
                    session,
                    resolved,
                    lambda c, n, s, line: section_html(backend, c, n, s, highlight=line),
                    reader,
                    current,
                    tabs,
                )
                labels.add(task_tab.box, "placeholder", TASK_PLACEHOLDER)
                labels.add(task_tab.button, "value", TASK_SEARCH)

            if evaluator is not None:  # off on a public deployment (`Settings.eval_tab`)
                with labels.add(gr.Tab("評測", id="eval"), "label", "評測") as eval_tab:
                    add_eval_tab(evaluator, script, eval_tab)

        # -- events -----------------------------------------------------------------------
        # our own "正在查找" message shows progress; Gradio's overlay would hide the streaming text
        # every UI event is private: the API is the named endpoints of `ui.gradio_api`
        take: dict[str, Any] = {
            "outputs": [box, status],
            "show_progress": "hidden",
            "queue": False,  # instant, even while answers fill every slot
            "trigger_mode": "multiple",  # a second question while the first is answered is taken too
            "api_visibility": PRIVATE,
        }
        answering: dict[str, Any] = {
            "inputs": [session, script],
            "outputs": [chatbot],
            "show_progress": "hidden",
            "concurrency_limit": ANSWER_SLOTS,
            "concurrency_id": CONCURRENCY_ID,
            "trigger_mode": "multiple",  # never dropped: a question asked meanwhile waits in the session
            "api_visibility": PRIVATE,
        }

        restyled = [chatbot, reader, task_tab.cards, task_tab.count, header, lang, *labels.components]

        def restyle(
            session: ChatSession, chosen: str, key: Place | None, query: str, force: bool = True
        ) -> tuple[Any, ...]:
            """Everything on the page in the conversation's script (nothing, if it already is)."""
            s = resolved(chosen, session)
            if not force and s == session.shown_script:
                return tuple(gr.skip() for _ in restyled)
            session.shown_script = s
            page = (
                section_html(backend, *key[:2], s, highlight=key[2])
                if key
                else f'<div class="pa-reader pa-empty">{ui_text(READER_EMPTY, s)}</div>'
            )
            # while questions are being answered, the answering event draws the chat (a question
            # about to be answered is not "queued")
            chat = gr.skip() if session.busy or session.pending else render_chat(session.exchanges, s)
            cards, count = find_tasks(backend, query, s)
            return (chat, page, cards, count, header_html(s), lang_html(s), *labels.updates(s))

        def restyle_if_new(session: ChatSession, chosen: str, key: Place | None, query: str) -> tuple[Any, ...]:
            return restyle(session, chosen, key, query, force=False)

        restyle_io: dict[str, Any] = {
            "inputs": [session, script, current, task_tab.box],
            "outputs": restyled,
            "show_progress": "hidden",
            "api_visibility": PRIVATE,
        }
        for trigger in (box.submit, send.click):
            trigger(take_question, [box, session, script], **take).then(restyle_if_new, **restyle_io).then(
                answer_all, **answering
            )
        for button in citizen + official:
            button.click(take_question, [button, session, script], **take).then(restyle_if_new, **restyle_io).then(
                answer_all, **answering
            )
        clear.click(start_over, [session], [box, chatbot, status], show_progress="hidden", api_visibility=PRIVATE).then(
            restyle_if_new, **restyle_io
        )
        chatbot.like(rate, [session, script], [status], api_visibility=PRIVATE)
        script.change(restyle, **restyle_io)

        def open_section(key: tuple[int, int]) -> Callable[[ChatSession, str], tuple[str, Place]]:
            return lambda session, chosen: (section_html(backend, *key, resolved(chosen, session)), (*key, None))

        for button, key in section_buttons:
            button.click(open_section(key), [session, script], [reader, current], api_visibility=PRIVATE)

        def from_url(session: ChatSession, chosen: str, request: gr.Request) -> tuple[Any, ...]:
            """A shared link: `?q=…` asks the question, `?c=&s=&line=` opens the reader there."""
            query = dict(request.query_params) if request is not None else {}
            question = (query.get("q") or "").strip()
            if question and len(question) <= MAX_QUERY_CHARS:
                with session.lock:
                    session.pending.append(question)
            place = reader_request(query)
            if place is None:
                return gr.skip(), gr.skip(), gr.skip()
            c, s, line = place
            try:
                page = section_html(backend, c, s, resolved(chosen, session), highlight=line)
            except PlanAssistantError:
                return gr.skip(), gr.skip(), gr.skip()
            return page, (c, s, line), gr.Tabs(selected="browse")

        demo.load(from_url, [session, script], [reader, current, tabs], api_visibility=PRIVATE).then(
            restyle_if_new, **restyle_io
        ).then(answer_all, **answering)
        add_api(backend)
    return demo


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
        footer_links=[],  # Gradio's footer (API, "Built with Gradio", Settings) is in English
        i18n=gr.I18n(**gradio_translations()),
        head=HEAD,
        run_history=False,
        ssr_mode=False,
        show_error=False,
        mcp_server=False,
        allowed_paths=[str(p) for p in evaluator.folders] if evaluator else None,  # reports to download
    )
