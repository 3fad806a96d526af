"""Parse plan text into the issuing notice, the table of contents and classified body lines.

Layout this expects (the usual layout of a district five-year plan as published online):
an issuing notice (文號 line, recipients, body, issuer, date), the plan title, a table of
contents made of heading-shaped lines (前言, 第X章…, 第X節…, numbered sub-items), then the
body, one paragraph per line. Placing body lines in the tree is `corpus.align`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.errors import PlanFormatError
from corpus.load import RawText
from corpus.models import Chapter, Kind, Notice, Section
from corpus.text import lead_phrase, normalize, parse_chinese_numeral

_NUMERAL = r"[一二三四五六七八九十百零〇\d]+"
CHAPTER_RE = re.compile(rf"^第({_NUMERAL})章\s*(.+)$")
SECTION_RE = re.compile(rf"^第({_NUMERAL})節\s*(.+)$")
PREFACE_RE = re.compile(r"^前\s*言$")
SUBITEM_RE = re.compile(r"^(\d{1,2})[\.．、]\s*(\S.*)$")
TABLE_RE = re.compile(r"^專欄\s*(\d+)\s*[:：]\s*(.+)$")
FIGURE_RE = re.compile(r"^圖\s*(\d*)\s*[:：]\s*(.+)$")
FOOTNOTE_RE = re.compile(r"^注\s*[:：]")
DOC_NO_RE = re.compile(r"〔\d{4}〕\s*\d+\s*號")
DATE_RE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")

MAX_HEADING_CHARS = 60  # longer lines are paragraphs, never headings


@dataclass(frozen=True)
class RawItem:
    """A body line before alignment: its shape, and the slot it names if it is a heading."""

    line: int
    kind: Kind
    text: str
    lead: str | None = None
    heading_of: tuple[int, int] | None = None  # (chapter_no, section_no) a heading names
    sub_item_of: tuple[int, int] | None = None  # section whose TOC lists this sub-item


def _is_heading_shaped(text: str) -> bool:
    return bool(
        len(text) <= MAX_HEADING_CHARS
        and not text.endswith("。")
        and (PREFACE_RE.match(text) or CHAPTER_RE.match(text) or SECTION_RE.match(text) or SUBITEM_RE.match(text))
    )


def parse_notice(lines: list[str], title_idx: int) -> Notice | None:
    """Read the notice from the lines before the title; None when the plan has no notice."""
    head = [(i, ln.strip()) for i, ln in enumerate(lines[:title_idx]) if ln.strip()]
    doc = next(((i, t) for i, t in head if DOC_NO_RE.search(t)), None)
    date = next(((i, t) for i, t in head if DATE_RE.match(t)), None)
    if doc is None or date is None:
        return None
    y, m, d = (int(g) for g in DATE_RE.match(date[1]).groups())  # type: ignore[union-attr]
    between = [t for i, t in head if doc[0] < i < date[0]]
    recipients = between[0] if between else ""
    issuer = between[-1] if len(between) >= 2 else ""
    text = "\n".join(between[1:-1]) if len(between) >= 3 else ""
    return Notice(
        doc_no=re.sub(r"\s+", "", doc[1]),
        recipients=recipients,
        text=text,
        issuer=issuer,
        date=f"{y:04d}-{m:02d}-{d:02d}",
        title=lines[title_idx].strip(),
    )


def parse_toc(lines: list[str]) -> tuple[int, int, tuple[Chapter, ...]]:
    """Find the table of contents: the first run of heading-shaped lines holding chapters.

    Returns (index of the title line, index of the first body line, chapters). Indices are
    0-based into `lines`.
    """
    start = None
    for i, raw in enumerate(lines):
        text = raw.strip()
        if PREFACE_RE.match(text) or CHAPTER_RE.match(text):
            start = i
            break
    if start is None:
        raise PlanFormatError("no table of contents found: expected a 前言 or 第一章 heading line before the body")
    end = start
    while end < len(lines) and (not lines[end].strip() or _is_heading_shaped(lines[end].strip())):
        end += 1

    chapters: list[tuple[int, str, list[Section]]] = []
    has_preface = False
    for raw in lines[start:end]:
        text = raw.strip()
        if not text:
            continue
        if PREFACE_RE.match(text):
            has_preface = True
        elif m := CHAPTER_RE.match(text):
            number = parse_chinese_numeral(m.group(1))
            if number != len(chapters) + 1:
                raise PlanFormatError(
                    f"table of contents skips a chapter: found 第{m.group(1)}章 after chapter {len(chapters)}"
                )
            chapters.append((number, m.group(2).strip(), [Section(number, 0, "")]))
        elif m := SECTION_RE.match(text):
            if not chapters:
                raise PlanFormatError(f"table of contents has a section before any chapter: {text}")
            cno, _, secs = chapters[-1]
            secs.append(Section(cno, parse_chinese_numeral(m.group(1)), m.group(2).strip()))
        elif m := SUBITEM_RE.match(text):
            if chapters and len(chapters[-1][2]) > 1:
                secs = chapters[-1][2]
                last = secs[-1]
                secs[-1] = Section(last.chapter_no, last.section_no, last.title, last.sub_items + (text,))
    if not chapters:
        raise PlanFormatError("table of contents lists no chapters (第一章…): is this a plan?")
    if end >= len(lines) or not any(ln.strip() for ln in lines[end:]):
        raise PlanFormatError("the plan has a table of contents but no body text after it")
    tree: list[Chapter] = []
    if has_preface:
        tree.append(Chapter(0, "前言", (Section(0, 0, "前言"),)))
    tree.extend(Chapter(n, title, tuple(secs)) for n, title, secs in chapters)
    # the title is the last non-empty line before the TOC
    title_idx = max((i for i in range(start) if lines[i].strip()), default=start)
    return title_idx, end, tuple(tree)


def _sub_item_index(chapters: tuple[Chapter, ...]) -> dict[str, tuple[int, int]]:
    """Normalised TOC sub-item text → the section listing it (only when unique)."""
    seen: dict[str, list[tuple[int, int]]] = {}
    for chapter in chapters:
        for section in chapter.sections:
            for sub in section.sub_items:
                seen.setdefault(normalize(sub), []).append(section.key)
    return {k: v[0] for k, v in seen.items() if len(v) == 1}


def classify_body(lines: list[str], body_start: int, chapters: tuple[Chapter, ...]) -> list[RawItem]:
    """Give each non-empty body line a kind; headings also name the slot they open."""
    titles = {(c.chapter_no, 0): normalize(c.title) for c in chapters}
    titles.update({s.key: normalize(s.title) for c in chapters for s in c.sections if s.section_no})
    sub_items = _sub_item_index(chapters)
    items: list[RawItem] = []
    in_footnotes = False
    for idx in range(body_start, len(lines)):
        text = lines[idx].strip()
        if not text:
            continue
        line = idx + 1
        short = len(text) <= MAX_HEADING_CHARS and not text.endswith("。")
        if short and (m := CHAPTER_RE.match(text)):
            key = (parse_chinese_numeral(m.group(1)), 0)
            in_footnotes = False
            items.append(RawItem(line, Kind.CHAPTER_HEADING, text, heading_of=key if key in titles else None))
            continue
        if short and (m := SECTION_RE.match(text)):
            title = normalize(m.group(2))
            # the section number alone is ambiguous (every chapter has a 第一節): match the title
            matches = [k for k, t in titles.items() if k[1] and t == title]
            in_footnotes = False
            items.append(
                RawItem(line, Kind.SECTION_HEADING, text, heading_of=matches[0] if len(matches) == 1 else None)
            )
            continue
        if TABLE_RE.match(text):
            in_footnotes = False
            items.append(RawItem(line, Kind.TABLE, text))
            continue
        if FIGURE_RE.match(text):
            in_footnotes = False
            items.append(RawItem(line, Kind.FIGURE, text))
            continue
        if FOOTNOTE_RE.match(text):
            in_footnotes = True
            items.append(RawItem(line, Kind.FOOTNOTE, text))
            continue
        m = SUBITEM_RE.match(text)
        if in_footnotes and m:
            items.append(RawItem(line, Kind.FOOTNOTE, text))
            continue
        in_footnotes = False
        if m and short:
            items.append(RawItem(line, Kind.SUBHEADING, text, sub_item_of=sub_items.get(normalize(text))))
            continue
        items.append(RawItem(line, Kind.PARAGRAPH, text, lead=lead_phrase(text)))
    if not items:
        raise PlanFormatError("the plan body is empty")
    return items


@dataclass(frozen=True)
class ParsedText:
    raw: RawText
    lines: tuple[str, ...]
    title: str
    notice: Notice | None
    chapters: tuple[Chapter, ...]
    items: tuple[RawItem, ...]


def parse_text(raw: RawText) -> ParsedText:
    lines = raw.text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    title_idx, body_start, chapters = parse_toc(lines)
    return ParsedText(
        raw=raw,
        lines=tuple(lines),
        title=lines[title_idx].strip(),
        notice=parse_notice(lines, title_idx),
        chapters=chapters,
        items=tuple(classify_body(lines, body_start, chapters)),
    )
