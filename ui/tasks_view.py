"""The 任務查詢 tab: the task index for civil servants, as cards that read on a phone.

    with gr.Tab("任務查詢", id="tasks"):
        add_task_tab(backend, script, open_section, reader, current, tabs)

Each task shows its title, its 章/節 (a button that opens the 節 in 瀏覽綱要), the organisations
and acting zones it names, its zone, its targets (each clause once) and its full text (click to
expand). At 600 px and wider the cards line up as a table with a header row; narrower, each is a
card with its own labels.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import gradio as gr

from ui.backend import Backend
from ui.render import escape, in_script

OpenSection = Callable[
    [int, int, str, int | None], str
]  # (chapter, section, script, line to highlight) → the reader's HTML
PRIVATE = "private"
NO_BODY = "綱要未點名"
PLACEHOLDER = "輸入關鍵詞，例如：固體廢物、琶洲、濕地（空白＝全部任務）"
SEARCH = "查詢"
HEADERS = ("任務", "章/節", "主體", "片區", "目標")

# a click on a 章/節 button becomes an "open" event with the button's 章, 節 and line
OPEN_JS = """
element.addEventListener('click', (event) => {
  const button = event.target.closest('button.pa-task-open');
  if (!button) return;
  trigger('open', {chapter: Number(button.dataset.chapter), section: Number(button.dataset.section),
                   line: Number(button.dataset.line)});
});
"""

SCROLL_JS = """() => { setTimeout(() => {
  const line = document.querySelector('#pa-reader .pa-hl');
  if (line) line.scrollIntoView({block: 'center'});
}, 100); }"""

CSS = """
#pa-task-cards .pa-task-list { display: flex; flex-direction: column; gap: .6rem; }
#pa-task-cards .pa-task { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: .6rem .8rem; }
#pa-task-cards .pa-task-head { display: none; }
#pa-task-cards .pa-task h3 { font-size: 1rem; margin: 0 0 .3rem 0; }
#pa-task-cards .pa-field { margin: .2rem 0; line-height: 1.6; }
#pa-task-cards .pa-label { font-weight: 600; margin-right: .4rem; }
#pa-task-cards .pa-none { color: var(--body-text-color-subdued); }
#pa-task-cards .pa-targets { margin: 0; padding-left: 1.1rem; }
#pa-task-cards .pa-task-open { all: unset; cursor: pointer; color: var(--link-text-color, #0f5f57);
  text-decoration: underline; overflow-wrap: anywhere; }
#pa-task-cards .pa-task-open:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }
#pa-task-cards details.pa-task-text summary { cursor: pointer; }
#pa-task-cards details.pa-task-text p { margin: .3rem 0 0 0; line-height: 1.7; }
#pa-reader p:has(> .pa-target-line), #pa-reader h4:has(> .pa-target-line) { background: #fef3c7; }
@media (min-width: 600px) {
  #pa-task-cards .pa-task-head, #pa-task-cards .pa-task {
    display: grid; grid-template-columns: 18% 22% 20% 12% 1fr; gap: .6rem; align-items: start; }
  #pa-task-cards .pa-task-head { font-weight: 600; padding: 0 .8rem; }
  #pa-task-cards .pa-task .pa-label { display: none; }
  #pa-task-cards .pa-task > details.pa-task-text { grid-column: 1 / -1; }
}
"""


def _field(cls: str, label: str, body: str, script: str) -> str:
    return f'<div class="pa-field {cls}"><span class="pa-label">{escape(in_script(label, script))}</span>{body}</div>'


def task_card(task: dict[str, Any], script: str) -> str:
    """One task (a `Backend.find_tasks` row) as an HTML card; everything from the plan is escaped."""
    line = task["lines"][0]
    where = escape(in_script(f"{task['breadcrumb']}（第{line}行）", script))
    open_button = (
        f'<button type="button" class="pa-task-open" data-chapter="{int(task["chapter_no"])}" '
        f'data-section="{int(task["section_no"])}" data-line="{int(line)}" '
        f'title="{escape(in_script("在「瀏覽綱要」打開這一節", script))}">{where}</button>'
    )
    bodies = "、".join(task["bodies"])
    body_html = (
        escape(in_script(bodies, script)) if bodies else f'<span class="pa-none">{in_script(NO_BODY, script)}</span>'
    )
    clauses = list(dict.fromkeys(t["clause"] for t in task["targets"]))
    targets = (
        '<ul class="pa-targets">' + "".join(f"<li>{escape(in_script(c, script))}</li>" for c in clauses) + "</ul>"
        if clauses
        else '<span class="pa-none">—</span>'
    )
    zone = escape(in_script(task["zone"], script)) if task["zone"] else '<span class="pa-none">—</span>'
    return (
        f'<article class="pa-task" id="pa-task-{escape(task["task_id"])}">'
        f'<h3 class="pa-task-title">{escape(in_script(task["title"], script))}</h3>'
        + _field("pa-where", "章/節", open_button, script)
        + _field("pa-bodies", "主體", body_html, script)
        + _field("pa-zone", "片區", zone, script)
        + _field("pa-goal", "目標", targets, script)
        + f'<details class="pa-task-text"><summary>{in_script("任務全文（點擊展開）", script)}</summary>'
        f"<p>{escape(in_script(task['text'], script))}</p></details></article>"
    )


def task_cards(tasks: Sequence[dict[str, Any]], script: str) -> str:
    """The task list: a header row (shown as a table at 600 px and wider), then a card per task."""
    head = "".join(f"<span>{in_script(h, script)}</span>" for h in HEADERS)
    cards = "".join(task_card(t, script) for t in tasks)
    return f'<div class="pa-task-list"><div class="pa-task-head" aria-hidden="true">{head}</div>{cards}</div>'


def find(backend: Backend, query: str, script: str) -> tuple[str, str]:
    """The cards for `query` (either script; blank = every task) and the line counting them."""
    query = (query or "").strip()[:200]
    tasks = backend.find_tasks(query)
    count = f"共 {len(tasks)} 項任務" if tasks else f"沒有找到與「{query}」相關的任務"
    return task_cards(tasks, script), in_script(count, script)


@dataclass(frozen=True)
class TaskTab:
    """The tab's components that follow the conversation's script (the page restyles them)."""

    box: gr.Textbox
    button: gr.Button
    cards: gr.HTML
    count: gr.Markdown


ScriptOf = Callable[[str, Any], str]  # (the script choice, the chat session) → the conversation's script


def add_task_tab(
    backend: Backend,
    script: gr.Radio,
    session: gr.State,
    script_of: ScriptOf,
    open_section: OpenSection,
    reader: gr.HTML,
    current: gr.State,
    tabs: gr.Tabs,
) -> TaskTab:
    """Build the tab's body (call inside its `gr.Tab`) and wire its events. The cards, count and
    labels are shown in the conversation's script (`script_of`); the page redraws them (`find`)
    when that script changes."""
    with gr.Row():
        box = gr.Textbox(
            placeholder=PLACEHOLDER,
            show_label=False,
            label="關鍵詞",
            scale=8,
            elem_id="pa-task-query",
        )
        button = gr.Button(SEARCH, variant="primary", scale=1, min_width=80, elem_id="pa-task-search")
    first_cards, first_count = find(backend, "", "traditional")
    count = gr.Markdown(first_count, elem_id="pa-task-count")
    cards = gr.HTML(first_cards, elem_id="pa-task-cards", js_on_load=OPEN_JS)

    def search(query: str, chat: Any, chosen: str) -> tuple[str, str]:
        return find(backend, query, script_of(chosen, chat))

    for event in (box.submit, button.click):
        event(search, [box, session, script], [cards, count], api_visibility=PRIVATE)

    def open_task(chat: Any, chosen: str, evt: gr.EventData) -> tuple[str, tuple[int, int, int], Any]:
        chapter, section, line = int(evt.chapter), int(evt.section), int(evt.line)
        page = open_section(chapter, section, script_of(chosen, chat), line)
        return page, (chapter, section, line), gr.Tabs(selected="browse")

    cards.open(open_task, [session, script], [reader, current, tabs], api_visibility=PRIVATE).then(
        None, js=SCROLL_JS, api_visibility=PRIVATE
    )
    return TaskTab(box, button, cards, count)
