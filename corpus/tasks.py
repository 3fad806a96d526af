"""The task index for civil servants, and the record of 專欄 tables and figures.

A task is a body paragraph that opens with a lead phrase (`提升固體廢物處理能力。…`) or a
`——…。` item. For each we keep where it sits, the bodies and places it names, the zone it
belongs to (for a chapter organised by zones, such as 一區一谷一圈), and its quantified targets.
"""

from __future__ import annotations

import re

from corpus.models import Kind, Plan, Table, Target, Task
from corpus.parse import FIGURE_RE, TABLE_RE
from corpus.text import normalize

# Named bodies and places end in one of these words; the name is the run of CJK characters
# (and quotes) in front of it, cut at the last verb-like boundary.
_BODY_SUFFIXES = (
    "實驗室",
    "研究院",
    "研究所",
    "研究中心",
    "中心",
    "領導小組",
    "委員會",
    "辦公室",
    "街道",
    "大學",
    "醫院",
    "學校",
    "法院",
    "產業園",
    "園區",
    "試驗區",
    "示范區",
    "示範區",
    "基地",
    "平臺",
    "創新生態谷",
    "融合圈",
    "商圈",
    "博覽會",
    "交易會",
    "碼頭",
    "公園",
    "濕地",
    "大廈",
    "總部",
    "集團",
    "公司",
    "村",
    "島",
    "港",
)
_NAME_CHARS = r"[\u4e00-\u9fff“”A-Za-z0-9()（）]"
_BODY_RE = re.compile(rf"({_NAME_CHARS}{{2,18}}?(?:{'|'.join(map(re.escape, _BODY_SUFFIXES))}))")
# verbs and function words that start a clause, not a name: cut the name after the last one
_CUT_RE = re.compile(
    r".*(?:推動|推進|加快|建設|打造|依托|支持|發揮|引進|建立|完善|提升|促進|加強|圍繞|以|及|、|等|在|的|為|對|將|把|向|從|到|是)"
)
_GENERIC = {"中心", "基地", "平臺", "園區", "公司", "集團", "總部", "街道", "大學", "醫院", "學校", "村", "島", "港"}

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


def named_bodies(text: str) -> tuple[str, ...]:
    """Bodies and places named in a paragraph, in order of first mention, without repeats."""
    out: list[str] = []
    for m in _BODY_RE.finditer(text):
        name = m.group(1)
        cut = _CUT_RE.match(name)
        if cut and cut.end() < len(name):
            name = name[cut.end() :]
        name = name.strip("“”()（）")
        if len(name) < 3 or name in _GENERIC or name in out:
            continue
        out.append(name)
    return tuple(out)


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
