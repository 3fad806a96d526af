"""The chat UI's programmatic API: three named endpoints, for `gradio_client` and `gr.load`.

    from gradio_client import Client
    client = Client("http://127.0.0.1:7860/")
    text, citations, refused = client.predict("海珠濕地有甚麼規劃？", [], api_name="/ask")
    citations[0]["breadcrumb"], citations[0]["quote"]
    client.predict(9, 2, api_name="/section")       # one 節 as plain text
    client.predict("固體廢物", api_name="/tasks")    # the task index, as data

Every other event of the UI (buttons, the chat's own streaming HTML, the script switch) is
private: `client.view_api()` lists these three and nothing else. Text comes back plain (the
plan's own text, unescaped and unrendered), the citations as data.
"""

# no `from __future__ import annotations`: gr.api reads the endpoints' types from their live
# annotations (a string annotation would make /ask one untyped output instead of three)
from typing import Any

import gradio as gr

from assistant.conversation import Turn
from corpus.errors import PlanAssistantError
from retrieval.search import MAX_QUERY_CHARS
from ui.backend import Backend
from ui.render import message_text

CONCURRENCY_ID = "answers"  # /ask shares the chat's slots: answers run at most `ANSWER_SLOTS` at a time
ANSWER_SLOTS = 4
MAX_HISTORY_TURNS = 50


def history_turns(history: Any) -> list[Turn]:
    """`[{"role": "user"|"assistant", "content": "…"}, …]` as turns, or `gr.Error` saying what to send."""
    if history is None:
        return []
    if not isinstance(history, list) or len(history) > MAX_HISTORY_TURNS:
        raise gr.Error(f"history must be a list of at most {MAX_HISTORY_TURNS} turns, oldest first")
    turns = []
    for n, turn in enumerate(history):
        if not (
            isinstance(turn, dict)
            and turn.get("role") in ("user", "assistant")
            and isinstance(turn.get("content"), str)
        ):
            raise gr.Error(f'history[{n}] must be {{"role": "user" or "assistant", "content": "…"}}')
        turns.append(Turn(turn["role"], turn["content"]))
    return turns


def add_api(backend: Backend) -> None:
    """Register the endpoints; call inside the `gr.Blocks` context."""

    def ask(question: str, history: list[dict[str, str]] | None = None) -> tuple[str, list[dict[str, Any]], bool]:
        """An answer from the plan: its text (plain, with the sources listed after it), the
        citations as data (章/節, breadcrumb, exact quote, lines) and whether the plan does not answer."""
        if not isinstance(question, str):
            raise gr.Error(f"question must be text, got {type(question).__name__}")
        if not question.strip():
            raise gr.Error("question is empty — type a question about the plan")
        if len(question.strip()) > MAX_QUERY_CHARS:
            raise gr.Error(f"question is {len(question.strip()):,} characters; the limit is {MAX_QUERY_CHARS:,}")
        try:
            answer = backend.ask(question, history_turns(history))
        except PlanAssistantError as exc:
            raise gr.Error(str(exc)) from None
        return message_text(answer), answer.to_json()["citations"], answer.refused

    def section(chapter_no: int, section_no: int) -> str:
        """One 節 as plain text: its breadcrumb, then each body line as `line: text`."""
        try:
            data = backend.section(int(chapter_no), int(section_no))
        except (PlanAssistantError, TypeError, ValueError) as exc:
            raise gr.Error(str(exc)) from None
        lines = [data["breadcrumb"], *(f"{item['line']}: {item['text']}" for item in data["items"])]
        return "\n".join(lines)

    def tasks(query: str = "") -> list[dict[str, Any]]:
        """Tasks containing every term of `query` (either script; empty = all), with their 章/節."""
        if not isinstance(query, str) or len(query) > 200:
            raise gr.Error("query must be text of at most 200 characters")
        return backend.find_tasks(query)

    gr.api(ask, api_name="ask", concurrency_limit=ANSWER_SLOTS, concurrency_id=CONCURRENCY_ID)
    gr.api(section, api_name="section")
    gr.api(tasks, api_name="tasks")
