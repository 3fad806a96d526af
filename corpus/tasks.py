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

# Bodies are organisations and acting zones, never places: a name is a run of CJK characters
# ending in an organisation or zone word. A *strong* ending names a body by itself once it has a
# name in front (琶洲實驗室, 中山大學); a *weak* ending is also used for generic kinds and
# places (國際消費中心, 區內綜合醫院, 智慧教育示範區), so its name must carry a proper name — a
# jurisdiction or a named place (國家, 廣州, 琶洲, 區…). Places (濕地, 碼頭, 商圈, 村, 島, 公園),
# facilities (平臺, 基地, 產業園) and events (交易會) are not bodies and have no ending here.
_STRONG_SUFFIXES = ("實驗室", "科學院", "大學", "法院", "檢察院", "常委會", "領導小組", "生態谷", "融合圈")
_WEAK_SUFFIXES = (
    "研究院",
    "研究所",
    "研究中心",
    "分中心",
    "中心",
    "委員會",
    "辦公室",
    "醫院",
    "學院",
    "學校",
    "集團",
    "有限公司",
    "公司",
    "聯盟",
    "協會",
    "派出所",
    "試驗區",
    "示范區",
    "示範區",
)
_SUFFIXES = sorted(_STRONG_SUFFIXES + _WEAK_SUFFIXES, key=len, reverse=True)
_SUFFIX_RE = re.compile("(?:" + "|".join(map(re.escape, _SUFFIXES)) + ")(?!城區)")  # 中心城區 is a part of a city
# a proper name: a jurisdiction or a named place of this plan's world
_PROPER_RE = re.compile(
    r"國家(?!級)|中國|廣東|廣州|海珠|琶洲|粵港澳|大灣區|香港|澳門|中山|^(?:省|市|區)(?!級|域|內)|[A-Za-z0-9]"
)
# where a name cannot run across: verbs and function words that open a clause or join two names
_BOUNDARY_RE = re.compile(
    "|".join(
        (
            "推動|推進|加快|建設|打造|依托|支持|發揮|引進|建立|完善|提升|促進|加強|圍繞|成立|組建|搭建|構建",
            "創建|爭創|謀劃|整合|利用|用好|參與|納入|賦能|設立|籌備|探索|布局|提高|增強|強化|完成|新增",
            "形成|鼓勵|引導|開展|涵蓋|健全|鞏固|深化|優化|聚焦|助推|吸引|建成|部署|串聯|開發|引入|共建|升級|拓展",
            "牽頭|擴大|推出|實現|落戶|入駐|成為|落實|實施|培育|集聚|聯動|對接|帶動|依靠|協同|攜手|配合|發展",
            "與(?=香港|澳門|港澳|粵港|廣深|省|市)",
            "以及|和|及|或|同|并|並|等|的|在|于|於|向|對|把|將|為|以|被",  # not 由, 有: 自由, 有限公司
        )
    )
)
# the kind of thing, not one named body: quantities, levels, "each", "existing", "leading"…
_GENERIC_RE = re.compile(
    r"(?:國家|省|市|區)級|[0-9一二三四五六七八九十兩多幾]+(?:個|家|批|所|類|地)|姊妹|^(?:各|現有|區內|全國|國際|國內外|大型|頭部|本土|特色|綜合|行業|專科|相關|優質|一批|新|智慧|互聯網)"
)
# words of places and venues: a name holding one is somewhere, not someone (海珠濕地…示範區, 海珠體育中心)
_PLACE_RE = re.compile(r"濕地|公園|碼頭|古港|廣州塔|商圈|體育|文體|演出|會展中心|國際中心|大廈|城中村|村|島")
_PAREN_RE = re.compile(r"[(（][\u4e00-\u9fff]{1,4}[)）]")  # 中國(廣州)…: a short gloss stays in the name
_CLAUSE_RE = re.compile(r"[^,，;；。:：、!?！？()（）“”\"「」『』《》—\s]+")


def _clauses(text: str) -> list[str]:
    """Runs of text between punctuation; a short parenthesised gloss stays inside its run."""
    glossed = _PAREN_RE.sub(lambda m: "\0" * len(m.group(0)), text)
    out = []
    for m in _CLAUSE_RE.finditer(glossed):
        out.append(text[m.start() : m.end()])
    return out


_JURISDICTIONS = ("省", "市", "區")  # 區法院, 省法院: a court named by its level alone


def _is_body(name: str, suffix: str) -> bool:
    stem = name[: len(name) - len(suffix)]
    bare = _PAREN_RE.sub("", stem)
    if (len(bare) < 2 and bare not in _JURISDICTIONS) or _GENERIC_RE.search(name) or _PLACE_RE.search(name):
        return False
    return suffix in _STRONG_SUFFIXES or bool(_PROPER_RE.search(_PAREN_RE.sub("", stem)))


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
    """Organisations and acting zones named in a paragraph, in order of first mention, without repeats.

        named_bodies("支持琶洲實驗室建設,區法院刑事審判庭和執行局被省法院記集體二等功")
        # ('琶洲實驗室', '區法院', '省法院')

    Places (海珠濕地, 城中村), kinds of body (區內綜合醫院, 行業協會) and fragments are left out.
    """
    out: list[str] = []
    for clause in _clauses(text):
        start = 0  # where the next name may begin: after a boundary word or the previous name
        previous_end = -1
        for m in _SUFFIX_RE.finditer(clause):
            if m.start() < start:
                continue
            head = clause[start : m.start()]
            cuts = [0] + [b.end() for b in _BOUNDARY_RE.finditer(head)]
            # the last boundary, unless it leaves no name: then the word is part of the name
            # (區教育發展研究院, 人才發展聯盟)
            usable = [c for c in cuts if len(head) - c >= 1] or [0]
            begin = start + usable[-1]
            name = clause[begin : m.end()]
            if _BOUNDARY_RE.match(name):  # 整合大學, 為中心: a verb and a kind, not a name
                start = m.end()
                continue
            if begin == previous_end and out and clause[:begin].endswith(out[-1]):
                name = out.pop() + name  # 中山大學孫逸仙紀念醫院: one body named through another
            if _is_body(name, m.group(0)):
                if name not in out:
                    out.append(name)
                previous_end = m.end()
            start = m.end()
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


def target_clauses(found: tuple[Target, ...]) -> tuple[str, ...]:
    """Each clause stating a target once, in order (one clause often holds several numbers:
    「城中村改造三年4條、五年13條、十年16條」)."""
    return tuple(dict.fromkeys(t.clause for t in found))
