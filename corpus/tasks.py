"""The task index for civil servants, and the record of 專欄 tables and figures.

A task is a body paragraph that opens with a lead phrase (`提升固體廢物處理能力。…`) or a
`——…。` item. For each we keep where it sits, the bodies it names (`corpus.bodies`), the zone it
belongs to (for a chapter organised by zones, such as 一區一谷一圈), and its quantified targets.
"""

from __future__ import annotations

import re

from corpus.bodies import named_bodies
from corpus.models import Kind, Plan, Table, Target, Task
from corpus.parse import FIGURE_RE, TABLE_RE
from corpus.text import normalize

_UNITS = (
    "萬平方米",
    "平方公里",
    "平方米",
    "億元",
    "萬元",
    "億美元",
    "萬人次",
    "萬人",
    "萬戶",
    "萬家",
    "公里",
    "千米",
    "米",
    "%",
    "個",
    "家",
    "所",
    "間",
    "張",
    "條",
    "座",
    "項",
    "場",
    "人",
    "戶",
    "處",
    "宗",
    "萬輛",
    "輛",
    "噸",
    "天",
    "倍",
    "年",
)
_NUM_RE = re.compile(rf"(?<![A-Za-z0-9.])(\d+(?:\.\d+)?)\s*({'|'.join(map(re.escape, _UNITS))})")
_YEAR_RE = re.compile(r"(20\d\d)年")
_CLAUSE_SPLIT = re.compile(r"[,，;；。:：]")


def _zone_names(plan: Plan, chapter_no: int) -> dict[int, str]:
    """Zone labels for a chapter whose title names its zones (“一區一谷一圈” → 一區/一谷/一圈)."""
    title = plan.chapter(chapter_no).title
    m = re.search(r"“?((?:一[\u4e00-\u9fff]){2,})”?", title)
    if not m:
        return {}
    parts = [m.group(1)[i : i + 2] for i in range(0, len(m.group(1)), 2)]
    sections = [s for s in plan.chapter(chapter_no).sections if s.section_no]
    if len(parts) != len(sections):
        return {}
    return {s.section_no: f"{p} {s.title}" for p, s in zip(parts, sections)}


def targets(text: str) -> tuple[Target, ...]:
    """Numbers with units (and the year of their clause), e.g. 建成5G基站3000座 → 3000 座."""
    out: list[Target] = []
    for clause in _CLAUSE_SPLIT.split(text):
        for m in _NUM_RE.finditer(clause):
            if m.group(2) == "年" and len(m.group(1)) == 4:
                continue  # a bare year, not a quantity
            year = _YEAR_RE.search(clause)
            if any(t.value == m.group(1) and t.unit == m.group(2) and t.clause == clause.strip() for t in out):
                continue
            out.append(Target(m.group(1), m.group(2), clause.strip(), year.group(1) if year else None))
    return tuple(out)


def build_tasks(plan: Plan) -> tuple[Task, ...]:
    """Every lead-phrase paragraph of the body as a `Task`."""
    zones: dict[int, dict[int, str]] = {}
    tasks: list[Task] = []
    for item in plan.items:
        if item.kind not in (Kind.PARAGRAPH, Kind.INTRO) or not item.lead:
            continue
        if item.chapter_no not in zones:
            zones[item.chapter_no] = _zone_names(plan, item.chapter_no) if item.chapter_no else {}
        tasks.append(
            Task(
                task_id=f"t{item.line}",
                title=item.lead,
                chapter_no=item.chapter_no,
                section_no=item.section_no,
                lines=(item.line,),
                text=item.text,
                bodies=named_bodies(item.text),
                zone=zones[item.chapter_no].get(item.section_no),
                targets=targets(item.text),
            )
        )
    return tuple(tasks)


def search_tasks(tasks: tuple[Task, ...], query: str) -> tuple[Task, ...]:
    """Tasks whose title, text or bodies contain every term of `query` (either script)."""
    terms = [normalize(t) for t in query.split() if t.strip()]
    if not terms:
        return tasks
    return tuple(t for t in tasks if all(term in normalize(t.title + t.text) for term in terms))


def build_tables(plan: Plan) -> tuple[Table, ...]:
    """The 專欄 tables and figures: title lines whose content the published text leaves out."""
    out: list[Table] = []
    for item in plan.items:
        if item.kind is Kind.TABLE and (m := TABLE_RE.match(item.text)):
            out.append(Table("table", int(m.group(1)), m.group(2).strip(), item.chapter_no, item.section_no, item.line))
        elif item.kind is Kind.FIGURE and (m := FIGURE_RE.match(item.text)):
            number = int(m.group(1)) if m.group(1) else None
            out.append(Table("figure", number, m.group(2).strip(), item.chapter_no, item.section_no, item.line))
    return tuple(out)


def target_clauses(found: tuple[Target, ...]) -> tuple[str, ...]:
    """Each clause stating a target once, in order (one clause often holds several numbers:
    「城中村改造三年4條、五年13條、十年16條」)."""
    return tuple(dict.fromkeys(t.clause for t in found))
