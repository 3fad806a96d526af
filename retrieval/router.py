"""Structural routing: a query that names 第X章 / 第X節, 專欄N or a TOC title goes straight there.

Civil servants type `第九章第二节讲什么`, `专栏3`, or a section title; no similarity search is as
reliable as reading the number they typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.models import Plan, Table
from corpus.text import CJK_RUN, normalize, parse_chinese_numeral
from retrieval.synonyms import expand

_NUM = r"([一二三四五六七八九十零〇]+|\d{1,2})"
_CHAPTER_RE = re.compile(rf"第\s*{_NUM}\s*章")
_SECTION_RE = re.compile(rf"第\s*{_NUM}\s*[节節]")
_EN_CHAPTER_RE = re.compile(r"\bchapter\s+(\d{1,2})\b", re.I)
_EN_SECTION_RE = re.compile(r"\bsection\s+(\d{1,2})\b", re.I)
_TABLE_RE = re.compile(r"(?:专栏|專欄|\b(?:box|table|column|panel))\s*(\d{1,2})", re.I)
_INTRO_RE = re.compile(r"开篇|开头|篇首|引言|导语|总述|总体要求|章首|intro|opening", re.I)
# the sections of a chapter asked for: its table of contents, not its opening text
_SECTIONS_RE = re.compile(r"各节|哪几节|哪些节|几节|几个节|分成|分为|\bsections\b", re.I)
_PREFACE_RE = re.compile(r"前言|preface|foreword", re.I)
_MIN_TITLE_CHARS = 4  # shorter titles (發展環境) are too generic to route on


@dataclass(frozen=True)
class Route:
    """Where the query points: a section (`section_no` may be None = whole chapter) or a table."""

    chapter_no: int
    section_no: int | None
    table: Table | None = None
    reason: str = ""
    by_title: bool = False  # matched a TOC title rather than a number the user typed
    sections: bool = False  # asks for the chapter's sections ("第八章有哪几节"), not what it says
    by_topic: bool = False  # named by the words of its title (「体育那节」): the answer stays there


def _number(token: str) -> int | None:
    try:
        return parse_chinese_numeral(token)
    except ValueError:
        return None


_TABLE_WORD_RE = re.compile(r"专栏|表|table", re.I)
_TABLE_TITLE_NOISE = re.compile(r"海珠区|“?十四五”?|期间|一览表|明细表|[“”()（）]")
_QUERY_FILLER = re.compile(r"[的条个]")  # 「各条街道的发展导向」 says 「各街道发展导向」
MIN_TABLE_TITLE_OVERLAP = 0.6  # share of a table title's character pairs the query must contain
MIN_UNNAMED_TABLE_TITLE_OVERLAP = 0.85  # the same, when the query does not say it means a table
_ROWS_ASKED = re.compile(
    r"哪些|哪几|哪幾|具体|具體|清单|清單|明细|明細|项目|項目|投资|投資|多少钱|多少錢|预算|預算|分别|分別|各自"
)


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _abbreviated(title: str, q: str) -> str:
    """The title with a long name shortened as the query shortens it, keeping its head and tail
    (琶洲人工智能与数字经济试验区 → 琶洲试验区), so the shortening is not counted as missing."""
    for size in range(len(title), 5, -1):
        for i in range(len(title) - size + 1):
            name = title[i : i + size]
            short = name[:2] + name[-3:]
            if short in q:
                return title.replace(name, short, 1)
    return title


def table_by_title(q: str, tables: tuple[Table, ...]) -> Table | None:
    """A table the (normalised) query describes by its title, e.g. 城中村改造计划明细表 → 專欄10;
    without the word 专栏 or 表, only a title given almost whole with its rows asked for
    (「卫生健康重大工程有哪几个项目」 → 專欄13, whose rows are not published)."""
    named = _TABLE_WORD_RE.search(q) is not None
    if not named and not _ROWS_ASKED.search(q):
        return None
    q = _QUERY_FILLER.sub("", q)
    grams = _bigrams(q)
    best, best_share = None, 0.0
    for t in tables:
        title = _bigrams(_abbreviated(_TABLE_TITLE_NOISE.sub("", normalize(t.title)), q))
        share = len(title & grams) / len(title) if title else 0.0
        if share > best_share:
            best, best_share = t, share
    return best if best_share >= (MIN_TABLE_TITLE_OVERLAP if named else MIN_UNNAMED_TABLE_TITLE_OVERLAP) else None


_QUOTES = re.compile(r"[“”「」『』\"'‘’《》\s]")


def _unquoted(text: str) -> str:
    return _QUOTES.sub("", text)


_QUOTED_PHRASE = re.compile(r"[“「『\"]([^”」』\"]{4,30})[”」』\"]")


def _by_lead(q: str, plan: Plan) -> Route | None:
    """A task named whole by its lead phrase in quotes (「强化基层治理能力」那段): the one 節 it opens
    a paragraph of, like a title typed; the answer stays there."""
    for m in _QUOTED_PHRASE.finditer(q):
        name = _unquoted(m.group(1))
        found = {
            (item.chapter_no, item.section_no)
            for item in plan.items
            if item.lead and _unquoted(normalize(item.lead)).rstrip("。") == name
        }
        if len(found) == 1:
            chapter_no, section_no = found.pop()
            return Route(chapter_no, section_no, reason=f"task {name}", by_topic=True)
    return None


# 「科技创新那章」「体育嗰节」「文化设施的一节」: a part named by the words of its title just before it
_PART_MARK = re.compile(r"(?:那|这|嗰|𠮶|的)?一?(章|节)")
MAX_TOPIC_CHARS = 8


def by_topic(q: str, plan: Plan) -> Route | None:
    """The one chapter (章) or section (节) whose title holds the words the (normalised) query puts
    before 「那章」/「这一节」: the longest such tail of them, when no other part's title has it.
    The asker says where to look, as with a number: not a hint, as a title inside a question is."""
    for m in _PART_MARK.finditer(q):
        # (「「大力推進智慧海珠建設」一節」: the title quoted, its own quotes left out)
        before = _unquoted(q[: m.start()])[-MAX_TOPIC_CHARS:]
        titles: list[tuple[int, int | None, str]]
        if m.group(1) == "章":
            titles = [(c.chapter_no, None, _unquoted(normalize(c.title))) for c in plan.chapters if c.chapter_no]
        else:
            titles = [
                (s.chapter_no, s.section_no, _unquoted(normalize(s.title))) for s in plan.sections if s.section_no
            ]
        for size in range(len(before), 1, -1):
            tail = before[-size:]
            if not CJK_RUN.fullmatch(tail):
                continue
            found = [t for t in titles if tail in t[2]]
            if len(found) == 1:
                chapter_no, section_no, _ = found[0]
                return Route(chapter_no, section_no, reason=f"{tail}{m.group(1)}", by_topic=True)
            if found:
                break  # several parts have these words: the query does not say which
    return None


# "the culture chapter", "the headquarters-economy section", "the chapter on consumption"
_EN_PART = re.compile(
    r"\bthe ((?:[a-z][a-z'-]*\s){0,2}[a-z][a-z'-]*)[\s-](chapter|section)\b"
    r"|\bthe (chapter|section) (?:on|about) ((?:[a-z][a-z'-]*\s){0,2}[a-z][a-z'-]*)",
    re.I,
)


def by_english_topic(q: str, plan: Plan) -> Route | None:
    """The one chapter or section an English query names by its subject ("the culture chapter"):
    the subject's words in the plan's (the synonym table), found in that part's titles alone — a
    chapter by its own title and its sections' titles, when it holds more of them than any other."""
    for m in _EN_PART.finditer(q):
        words, kind = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        terms = set(CJK_RUN.findall(expand(words)))
        if not terms:
            continue
        if kind.lower() == "section":
            found = [s for s in plan.sections if s.section_no and any(t in normalize(s.title) for t in terms)]
            if len(found) == 1:
                return Route(found[0].chapter_no, found[0].section_no, reason=f"the {words} section", by_topic=True)
            continue
        scores: dict[int, int] = {}
        for c in plan.chapters:
            if c.chapter_no:
                titles = [normalize(c.title)] + [
                    normalize(s.title) for s in plan.sections if s.chapter_no == c.chapter_no and s.section_no
                ]
                scores[c.chapter_no] = sum(t in title for t in terms for title in titles)
        best = max(scores.values(), default=0)
        leaders = [n for n, score in scores.items() if score == best]
        if best and len(leaders) == 1:
            return Route(leaders[0], None, reason=f"the {words} chapter", by_topic=True)
    return None


def route(query: str, plan: Plan, tables: tuple[Table, ...] = ()) -> Route | None:
    """The place the query names explicitly, or None."""
    q = normalize(query)
    if m := _TABLE_RE.search(q):
        n = int(m.group(1))
        for table in tables:
            if table.kind == "table" and table.number == n:
                return Route(table.chapter_no, table.section_no, table, reason=f"專欄{n}")
    if t := table_by_title(q, tables):
        return Route(t.chapter_no, t.section_no, t, reason=f"{t.label} by title")
    ch_m = _CHAPTER_RE.search(q) or _EN_CHAPTER_RE.search(q)
    sec_m = _SECTION_RE.search(q) or _EN_SECTION_RE.search(q)
    chapter = _number(ch_m.group(1)) if ch_m else None
    section = _number(sec_m.group(1)) if sec_m else None
    keys = {s.key for s in plan.sections}
    if chapter is not None and (chapter, 0) in keys:
        if section is not None and (chapter, section) in keys:
            return Route(chapter, section, reason=f"第{chapter}章第{section}節")
        if _INTRO_RE.search(q):
            return Route(chapter, 0, reason=f"第{chapter}章 intro")
        return Route(chapter, None, reason=f"第{chapter}章", sections=_SECTIONS_RE.search(q) is not None)
    if (0, 0) in keys and _PREFACE_RE.search(q):
        return Route(0, 0, reason="前言")
    if topic := by_topic(q, plan) or by_english_topic(q, plan):
        return topic
    # a TOC title typed (in either script) inside the query
    bare = _unquoted(q)
    found = [
        s
        for s in plan.sections
        if s.section_no and len(s.title) >= _MIN_TITLE_CHARS and _unquoted(normalize(s.title)) in bare
    ]
    if len(found) == 1:
        s = found[0]
        return Route(s.chapter_no, s.section_no, reason=f"title {s.title}", by_title=True)
    if task := _by_lead(q, plan):
        return task
    chapters = [c for c in plan.chapters if c.chapter_no and normalize(c.title) in q]
    if len(chapters) == 1:
        return Route(chapters[0].chapter_no, None, reason=f"title {chapters[0].title}", by_title=True)
    return None
