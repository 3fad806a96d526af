"""Frozen records that every later stage reads: the plan tree, body items, chunks, tasks, tables.

A `Plan` is built once by `corpus.parse.parse_plan` and never mutated; chunks, tasks and
tables are derived from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from corpus.errors import SectionNotFoundError

CHINESE_DIGITS = "零一二三四五六七八九十"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 14 → 十四, 21 → 二十一 (enough for chapter and section numbers)."""
    if n < 0 or n >= 100:
        raise ValueError(f"number out of range for a chapter/section: {n}")
    if n <= 10:
        return CHINESE_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CHINESE_DIGITS[tens]
    return head + "十" + (CHINESE_DIGITS[ones] if ones else "")


class Kind(StrEnum):
    CHAPTER_HEADING = "chapter_heading"
    SECTION_HEADING = "section_heading"
    SUBHEADING = "subheading"
    INTRO = "intro"
    PARAGRAPH = "paragraph"
    FOOTNOTE = "footnote"
    TABLE = "table"
    FIGURE = "figure"


@dataclass(frozen=True)
class Notice:
    """The issuing notice in front of the plan (文號, 發文機關, 日期)."""

    doc_no: str
    recipients: str
    text: str
    issuer: str
    date: str  # ISO yyyy-mm-dd
    title: str


@dataclass(frozen=True)
class Section:
    chapter_no: int
    section_no: int  # 0 = the chapter's unheaded intro (or 前言 itself)
    title: str
    sub_items: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        if self.section_no == 0:
            return "前言" if self.chapter_no == 0 else "章首"
        return f"第{chinese_number(self.section_no)}節 {self.title}"

    @property
    def key(self) -> tuple[int, int]:
        return (self.chapter_no, self.section_no)


@dataclass(frozen=True)
class Chapter:
    chapter_no: int  # 0 = 前言
    title: str
    sections: tuple[Section, ...]  # sections[0] is the intro slot (section_no 0)

    @property
    def label(self) -> str:
        if self.chapter_no == 0:
            return "前言"
        return f"第{chinese_number(self.chapter_no)}章 {self.title}"


@dataclass(frozen=True)
class BodyItem:
    """One body line of the plan, placed in the 章/節 tree."""

    line: int  # 1-based line number in the source file
    kind: Kind
    chapter_no: int
    section_no: int
    text: str
    lead: str | None = None  # the paragraph's lead phrase, e.g. 提升固體廢物處理能力


@dataclass(frozen=True)
class Sentence:
    """A sentence that an answer can quote exactly: `text == plan line[start:end]`."""

    line: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Chunk:
    chunk_id: str
    chapter_no: int
    section_no: int
    chapter_title: str
    section_title: str
    breadcrumb: str  # 第九章 加強生態文明建設… > 第二節 嚴格執行污染防治
    lines: tuple[int, ...]
    text: str  # original script, for display and quoting
    leads: tuple[str, ...]  # lead phrases of the task paragraphs in the chunk
    sentences: tuple[Sentence, ...]
    embed_text: str  # breadcrumb + text, normalised to Simplified for matching


@dataclass(frozen=True)
class Target:
    """A quantified target: a number with its unit, optionally a year, and the clause around it."""

    value: str
    unit: str
    clause: str
    year: str | None = None


@dataclass(frozen=True)
class Task:
    task_id: str
    title: str
    chapter_no: int
    section_no: int
    lines: tuple[int, ...]
    text: str
    bodies: tuple[str, ...] = ()
    zone: str | None = None
    targets: tuple[Target, ...] = ()


@dataclass(frozen=True)
class Table:
    """A 專欄 table or a figure whose content is not in the published text — only its title line."""

    kind: str  # "table" | "figure"
    number: int | None
    title: str
    chapter_no: int
    section_no: int
    line: int
    published: bool = False

    @property
    def label(self) -> str:
        return f"專欄{self.number}" if self.kind == "table" else "圖"


@dataclass(frozen=True)
class Plan:
    title: str
    notice: Notice | None
    chapters: tuple[Chapter, ...]
    items: tuple[BodyItem, ...]
    source_sha256: str
    source_lines: tuple[str, ...] = field(repr=False, default=())
    encoding: str = "utf-8"

    def chapter(self, chapter_no: int) -> Chapter:
        for chapter in self.chapters:
            if chapter.chapter_no == chapter_no:
                return chapter
        valid = ", ".join(str(c.chapter_no) for c in self.chapters)
        raise SectionNotFoundError(f"no chapter {chapter_no} in the plan (chapters: {valid})")

    def section(self, chapter_no: int, section_no: int) -> Section:
        chapter = self.chapter(chapter_no)
        for section in chapter.sections:
            if section.section_no == section_no:
                return section
        last = chapter.sections[-1].section_no
        raise SectionNotFoundError(
            f"no section {section_no} in chapter {chapter_no} (valid: 0–{last}; 0 is the chapter intro)"
        )

    @property
    def sections(self) -> tuple[Section, ...]:
        return tuple(s for c in self.chapters for s in c.sections)

    def items_in(self, chapter_no: int, section_no: int) -> tuple[BodyItem, ...]:
        self.section(chapter_no, section_no)
        return tuple(i for i in self.items if i.chapter_no == chapter_no and i.section_no == section_no)

    def breadcrumb(self, chapter_no: int, section_no: int) -> str:
        chapter = self.chapter(chapter_no)
        if chapter_no == 0:
            return "前言"
        section = self.section(chapter_no, section_no)
        return f"{chapter.label} > {section.label}"

    def line_text(self, line: int) -> str:
        return self.source_lines[line - 1]
