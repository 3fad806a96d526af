"""Answers as the chat shows them: escaped HTML with expandable sources, in the chosen script.

    html = answer_html(answer, "simplified")      # text + <details> per citation
    for prefix in progressive(answer.text): ...    # what the chat streams

Everything that came from a user or from the plan goes through `escape` before it is put into
HTML; the chat renders Markdown, so every message is one HTML block (no blank lines) that the
Markdown renderer passes through as it is.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from assistant.answer import Answer, Citation
from ui.citations import copy_text, sources_html
from ui.markup import SCRIPTS, Script, escape, in_script

STREAM_STEP = 6  # characters per streamed update: fast enough to read as it arrives


def question_html(question: str) -> str:
    return f'<div class="pa-question">{escape(question)}</div>'


def queued_html(question: str, script: str) -> str:
    """A question sent while another is answered: shown at once, marked as waiting its turn."""
    mark = in_script("排隊中：上一個問題答完後回答", script)
    return f'<div class="pa-question pa-queued">{escape(question)}<div class="pa-queued-mark">⏳ {mark}</div></div>'


def answer_html(answer: Answer | None, script: str, *, partial: str | None = None) -> str:
    """The answer with its notice, copy button and sources grouped by 節 — or, while it streams,
    the `partial` text so far (no sources, no buttons: nothing to rate or copy yet)."""
    if partial is not None or answer is None:
        return f'<div class="pa-answer pa-streaming">{escape(in_script(partial or "", script))}<span class="pa-cursor" aria-hidden="true">▌</span></div>'
    parts = [
        f'<div class="pa-answer{" pa-refused" if answer.refused else ""}">{escape(in_script(answer.text, script))}</div>'
    ]
    if answer.notice:
        parts.append(f'<div class="pa-notice">{escape(in_script(answer.notice, script))}</div>')
    parts.append(sources_html(answer.citations, script))
    label = in_script("複製回答及出處", script)
    parts.append(
        f'<div class="pa-tools"><button type="button" class="pa-copy" aria-label="{label}">{in_script("複製回答", script)}</button>'
        f'<span class="pa-copied" aria-live="polite"></span></div>'
        f'<pre class="pa-copy-text">{html_text(copy_text(answer, script))}</pre>'
    )
    return "".join(parts)


def html_text(text: str) -> str:
    """Plain text for a <pre>: escaped, newlines as &#10; (a blank line would end the Markdown HTML block)."""
    return "&#10;".join(escape(line) for line in text.split("\n"))


def error_html(message: str, script: str) -> str:
    return f'<div class="pa-answer pa-error" role="alert">{escape(in_script(message, script))}</div>'


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


__all__ = [
    "SCRIPTS",
    "Script",
    "answer_html",
    "deltas",
    "error_html",
    "escape",
    "in_script",
    "message_text",
    "progressive",
    "question_html",
    "queued_html",
    "sources_text",
    "tail_text",
]
