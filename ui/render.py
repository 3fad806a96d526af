"""Answers as the chat shows them: escaped HTML with expandable sources, in the chosen script.

    html = answer_html(answer, "simplified")      # text + <details> per citation
    for prefix in progressive(answer.text): ...    # what the chat streams

Everything that came from a user or from the plan goes through `escape` before it is put into
HTML; the chat renders Markdown, so every message is one HTML block (no blank lines) that the
Markdown renderer passes through as it is.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Sequence
from typing import Literal

from assistant.answer import Answer, Citation
from corpus.text import to_simplified, to_traditional

Script = Literal["auto", "traditional", "simplified"]
SCRIPTS: tuple[Script, ...] = ("auto", "traditional", "simplified")
STREAM_STEP = 6  # characters per streamed update: fast enough to read as it arrives


def in_script(text: str, script: str) -> str:
    """The text as the reader chose to see it; "auto" keeps it as written (answers follow the question's script)."""
    if script == "simplified":
        return to_simplified(text)
    if script == "traditional":
        return to_traditional(text)
    if script == "auto":
        return text
    raise ValueError(f"script must be one of {', '.join(SCRIPTS)}, got {script!r}")


def escape(text: str) -> str:
    """HTML-escaped text with line breaks kept as <br> (so a message stays one HTML block)."""
    lines = html.escape(text, quote=True).splitlines()
    return "<br>".join(lines)


def question_html(question: str) -> str:
    return f'<div class="pa-question">{escape(question)}</div>'


def citation_html(n: int, citation: Citation, script: str) -> str:
    lines = "、".join(str(x) for x in citation.lines)
    return (
        f'<details class="pa-source"><summary>[{n}] {escape(in_script(citation.breadcrumb, script))}</summary>'
        f'<blockquote class="pa-quote">{escape(in_script(citation.quote, script))}</blockquote>'
        f'<div class="pa-lines">綱要原文第 {lines} 行</div></details>'
    )


def answer_html(answer: Answer | None, script: str, *, partial: str | None = None) -> str:
    """The answer with its notice and sources — or, while it streams, the `partial` text so far."""
    if partial is not None or answer is None:
        return f'<div class="pa-answer pa-streaming">{escape(in_script(partial or "", script))}<span class="pa-cursor">▌</span></div>'
    parts = [
        f'<div class="pa-answer{" pa-refused" if answer.refused else ""}">{escape(in_script(answer.text, script))}</div>'
    ]
    if answer.notice:
        parts.append(f'<div class="pa-notice">{escape(in_script(answer.notice, script))}</div>')
    if answer.citations:
        sources = "".join(citation_html(n, c, script) for n, c in enumerate(answer.citations, start=1))
        parts.append(
            f'<div class="pa-sources"><div class="pa-sources-title">{in_script("出處（點擊展開原文）", script)}</div>{sources}</div>'
        )
    return "".join(parts)


def error_html(message: str, script: str) -> str:
    return f'<div class="pa-answer pa-error">{escape(in_script(message, script))}</div>'


def progressive(text: str, step: int = STREAM_STEP) -> Iterator[str]:
    """Ever longer prefixes of `text`, ending with the whole text."""
    if step < 1:
        raise ValueError(f"step must be at least 1, got {step}")
    for end in range(step, len(text), step):
        yield text[:end]
    yield text


def deltas(text: str, step: int = STREAM_STEP) -> Iterator[str]:
    """`text` cut into consecutive pieces of `step` characters (what an SSE stream sends)."""
    if step < 1:
        raise ValueError(f"step must be at least 1, got {step}")
    for start in range(0, len(text), step):
        yield text[start : start + step]


def sources_text(citations: Sequence[Citation]) -> str:
    """Citations as plain text to follow an answer in a chat message (the OpenAI endpoint)."""
    if not citations:
        return ""
    lines = [f"[{n}] {c.breadcrumb}：「{c.quote}」" for n, c in enumerate(citations, start=1)]
    return "\n\n出處：\n" + "\n".join(lines)


def tail_text(answer: Answer) -> str:
    """What follows the answer text in a plain-text message: the notice, if any, then the sources."""
    notice = f"\n\n（{answer.notice}）" if answer.notice else ""
    return notice + sources_text(answer.citations)


def message_text(answer: Answer) -> str:
    """The answer as one plain-text message (the OpenAI endpoint, Gradio's `/ask`)."""
    return answer.text + tail_text(answer)
