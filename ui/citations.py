"""An answer's sources as the chat shows them: one heading per 節, then its quotes.

    sources_html(answer.citations, "simplified")   # <div class="pa-sources">…
    copy_text(answer, "traditional")               # what the copy button puts on the clipboard
    reader_href(9, 2, 276)                         # "?c=9&s=2&line=276": the plan reader at that line

Each quote is labelled by its opening words and line number (three quotes from one 節 no longer
read alike) and links to the plan reader at that line. A quote shown in Simplified carries a
「原文」 toggle with the exact printed (Traditional) text: only that is a quote of the plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assistant.answer import Answer, Citation
from ui.markup import escape, in_script

OPENING_CHARS = 14  # enough to tell quotes of one 節 apart, short enough for a phone's line


@dataclass(frozen=True)
class SectionGroup:
    """The quotes of one 節, numbered as the answer cites them ([n] in an LLM reply)."""

    chapter_no: int
    section_no: int
    breadcrumb: str
    quotes: tuple[tuple[int, Citation], ...]


def group_by_section(citations: Sequence[Citation]) -> list[SectionGroup]:
    """Citations grouped by their 節, in the order each 節 is first cited."""
    order: list[tuple[int, int]] = []
    found: dict[tuple[int, int], list[tuple[int, Citation]]] = {}
    crumbs: dict[tuple[int, int], str] = {}
    for n, c in enumerate(citations, start=1):
        key = (c.chapter_no, c.section_no)
        if key not in found:
            order.append(key)
            found[key] = []
            crumbs[key] = c.breadcrumb
        found[key].append((n, c))
    return [SectionGroup(k[0], k[1], crumbs[k], tuple(found[k])) for k in order]


def opening(quote: str, chars: int = OPENING_CHARS) -> str:
    """The first words of a quote, with … when there is more."""
    text = quote.strip()
    return text if len(text) <= chars else text[:chars] + "…"


def reader_href(chapter_no: int, section_no: int, line: int | None = None) -> str:
    """A link (relative to the page) that opens the plan reader at a 章/節 and line."""
    href = f"?c={chapter_no}&s={section_no}"
    return href + (f"&line={line}" if line is not None else "")


def quote_html(quote: str, script: str) -> str:
    """The quote in the reader's script; in Simplified, with the exact printed text one click away."""
    if script != "simplified":
        return f'<blockquote class="pa-quote">{escape(quote)}</blockquote>'
    return (
        f'<blockquote class="pa-quote">{escape(in_script(quote, script))}</blockquote>'
        f'<details class="pa-original"><summary>原文</summary>'
        f'<blockquote class="pa-quote" lang="zh-Hant">{escape(quote)}</blockquote></details>'
    )


def _line_label(lines: Sequence[int], script: str) -> str:
    return in_script(f"第 {'、'.join(str(x) for x in lines)} 行", script)


def sources_html(citations: Sequence[Citation], script: str) -> str:
    if not citations:
        return ""
    out = [f'<div class="pa-sources"><div class="pa-sources-title">{in_script("出處（點擊展開原文）", script)}</div>']
    for group in group_by_section(citations):
        out.append(
            f'<div class="pa-group"><div class="pa-group-head">{escape(in_script(group.breadcrumb, script))}</div>'
        )
        for n, c in group.quotes:
            first = c.lines[0] if c.lines else None
            label = f"[{n}] 「{escape(in_script(opening(c.quote), script))}」{_line_label(c.lines, script)}"
            link = in_script(f"在綱要中閱讀第 {first} 行", script) if first is not None else ""
            out.append(
                f'<details class="pa-source"><summary>{label}</summary>{quote_html(c.quote, script)}'
                + (
                    f'<a class="pa-goto" href="{escape(reader_href(c.chapter_no, c.section_no, first))}" '
                    f'target="_blank" rel="noopener">{link} ↗</a>'
                    if first is not None
                    else ""
                )
                + "</details>"
            )
        out.append("</div>")
    out.append("</div>")
    return "".join(out)


def copy_text(answer: Answer, script: str) -> str:
    """The answer with its notice and sources as plain text, grouped like the chat shows them."""
    parts = [in_script(answer.text, script)]
    if answer.notice:
        parts.append(f"（{in_script(answer.notice, script)}）")
    if answer.citations:
        lines = [in_script("出處：", script)]
        for group in group_by_section(answer.citations):
            lines.append(in_script(group.breadcrumb, script))
            for n, c in group.quotes:
                lines.append(f"[{n}] 「{in_script(c.quote, script)}」（{_line_label(c.lines, script)}）")
        parts.append("\n".join(lines))
    return "\n\n".join(parts)
