"""Who a task names: organisations, administrative areas and acting zones — never places or fragments.

    named_bodies("支持琶洲實驗室建設,區法院刑事審判庭和執行局被省法院記集體二等功")
    # ('琶洲實驗室', '區法院刑事審判庭', '省法院')

General rules only (no list of this plan's bodies): a body is a run of text ending in an
organisation or zone word, cut at verbs and function words, kept only if it is a proper name.
Checked against a hand-labelled list of tasks (tests/data/task_bodies.jsonl).
"""

from __future__ import annotations

import re

__all__ = ["named_bodies"]

# Bodies are organisations and acting zones, never places: a name is a run of CJK characters
# ending in an organisation or zone word. A *strong* ending names a body by itself once it has a
# name in front (琶洲實驗室, 中山大學); a *weak* ending is also used for generic kinds and
# places (國際消費中心, 區內綜合醫院, 智慧教育示範區), so its name must carry a proper name — a
# jurisdiction or a named place (國家, 廣州, 琶洲, 區…). Places (濕地, 碼頭, 商圈, 村, 島, 公園),
# facilities (平臺, 基地, 產業園) and events (交易會) are not bodies and have no ending here.
_STRONG_SUFFIXES = (
    "實驗室",
    "科學院",
    "大學",
    "法院",
    "檢察院",
    "常委會",
    "領導小組",
    "紀念館",
)
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
    "聯合會",
    "總會",
    "慈善會",
    "仲裁院",
    "派出所",
    "試驗區",
    "示范區",
    "示範區",
    "交易會",
)
# named carriers that are also places (parks, ports, museums, science cities): a jurisdiction's
# level alone (省人工智能產業園, a title) does not make them a name
_CARRIER_SUFFIXES = (
    "美術館",
    "文化館",
    "科學館",
    "博物館",
    "產業園",
    "創意園",
    "裝備園",
    "園區",
    "科學城",
    "知識城",
    "港",
)
# parts of a body, named only after it: 中山大學孫逸仙紀念醫院海珠灣院區, …試驗區廣州南沙新區片區
_BRANCH_SUFFIXES = ("院區", "片區", "核心區", "基地", "服務站", "工作站", "審判庭")
_SUFFIXES = sorted(_STRONG_SUFFIXES + _WEAK_SUFFIXES + _CARRIER_SUFFIXES + _BRANCH_SUFFIXES, key=len, reverse=True)
# 中心城區, 大學城, 港澳, ChicHK港·潮流: the ending is part of a longer word
_SUFFIX_RE = re.compile("(?:" + "|".join(map(re.escape, _SUFFIXES)) + ")(?!城|澳|·)")
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
            "牽頭|擴大|推出|實現|落戶|入駐|成為|落實|實施|培育|集聚|聯動|對接|帶動|依靠|協同|攜手|配合|發展|學習|借鑒",
            "協作|幫扶|扶貧|對口|結對|與(?=香港|澳門|港澳|粵港|廣深|省|市)",
            "以及|和|及|或|同|并|並|等|的|在|于|於|向|對|把|將|為|以|被",  # not 由, 有: 自由, 有限公司
        )
    )
)
# the kind of thing, not one named body: quantities, levels, "each", "existing", "leading"…
_GENERIC_RE = re.compile(
    r"(?:國家|省|市|區)級|[0-9一二三四五六七八九十兩多幾]+(?:個|家|批|所|類|地)|姊妹|^(?:各|現有|區內|全國|國際|國內外|大型|頭部|本土|特色|綜合|行業|專科|相關|優質|一批|新|智慧|互聯網|老年)"
)
# words of places and venues: a name holding one is somewhere, not someone (海珠濕地…示範區, 海珠體育中心)
_PLACE_RE = re.compile(r"濕地|公園|碼頭|古港|廣州塔|商圈|體育|文體|演出|會展中心|國際中心|大廈|城中村|村|島")
_PAREN_RE = re.compile(r"[(（][\u4e00-\u9fff]{1,4}[)）]")  # 中國(廣州)…: a short gloss stays in the name
_TITLE_RE = re.compile(r"《[^》]*》")  # a document's title, not a body: 《廣州人工智能與數字經濟試驗區建設總體方案》
_CLAUSE_RE = re.compile(r"[^,，;；。:：、!?！？()（）“”\"「」『』《》—\s]+")


def _clauses(text: str) -> list[str]:
    """Runs of text between punctuation; a short parenthesised gloss stays inside its run."""
    text = _TITLE_RE.sub("、", text)
    glossed = _PAREN_RE.sub(lambda m: "\0" * len(m.group(0)), text)
    out = []
    for m in _CLAUSE_RE.finditer(glossed):
        out.append(text[m.start() : m.end()])
    return out


_JURISDICTIONS = ("省", "市", "區")  # 區法院, 省法院: a court named by its level alone
_LEVEL_RE = re.compile(r"^(?:省|市|區)(?!級|域|內)")
# administrative areas in a list: 扶貧協作貴州省福泉市、甕安縣, 精準扶貧大埔縣35個
_AREA_RE = re.compile(r"([\u4e00-\u9fff]{2})[省市縣]")
_AREA_AFTER_RE = re.compile(r"$|[0-9]|已|等|和|與|及|[\u4e00-\u9fff]{2}[省市縣州]")
_NOT_AREA = "全各本該城都超夜門上下省市縣大小新老同"


def _is_body(name: str, suffix: str, *, continues: bool = False) -> bool:
    """Whether `name` (ending in `suffix`) names one body; `continues`: it follows a body directly."""
    stem = _PAREN_RE.sub("", name[: len(name) - len(suffix)])
    if _GENERIC_RE.search(name) or _PLACE_RE.search(name) or _BOUNDARY_RE.match(name):
        return False
    if continues:
        return len(stem) >= 2 or suffix in _BRANCH_SUFFIXES
    if len(stem) < 2 and stem not in _JURISDICTIONS:
        return False
    if suffix in _BRANCH_SUFFIXES:
        return False
    if suffix in _STRONG_SUFFIXES:
        return True
    if suffix in _CARRIER_SUFFIXES and _LEVEL_RE.match(stem):
        return False  # 省5G產業園, 省人工智能產業園: a title the level gives, not a named park
    return _PROPER_RE.search(stem) is not None


def _areas(clause: str) -> list[tuple[int, str]]:
    """Provinces, cities and counties named in a list of places helped or partnered (not 全市, 城市)."""
    out = []
    for m in _AREA_RE.finditer(clause):
        before, after = clause[: m.start()], clause[m.end() :]
        if m.group(1)[0] in _NOT_AREA or m.group(1)[1] in _NOT_AREA or _BOUNDARY_RE.search(m.group(1)):
            continue
        opens = not before or before.endswith(("協作", "幫扶", "扶貧", "對口", "結對", "省", "市", "縣", "州"))
        if opens and _AREA_AFTER_RE.match(after):
            out.append((m.start(), m.group(0)))
    return out


def named_bodies(text: str) -> tuple[str, ...]:
    """Organisations, administrative areas and acting zones named in a paragraph, in order of
    first mention, without repeats.

        named_bodies("支持琶洲實驗室建設,區法院刑事審判庭和執行局被省法院記集體二等功")
        # ('琶洲實驗室', '區法院刑事審判庭', '省法院')

    Places (海珠濕地, 城中村), kinds of body (區內綜合醫院, 行業協會), titles and fragments are left out.
    """
    found: list[tuple[int, int, str]] = []  # (clause, position, name)
    for n, clause in enumerate(_clauses(text)):
        found += [(n, pos, name) for pos, name in _areas(clause)]
        start = 0  # where the next name may begin: after a boundary word or the previous name
        previous: tuple[int, str] | None = None  # the body that ends at `start`: where it begins, its name
        for m in _SUFFIX_RE.finditer(clause):
            if m.start() < start:
                continue
            if clause.rfind("(", 0, m.start()) > clause.rfind(")", 0, m.start()):
                continue  # inside a gloss: 研究院(琶洲基地)
            head = clause[start : m.start()]
            if previous is not None and not _BOUNDARY_RE.search(head):
                # a body named through the one before it: 中山大學孫逸仙紀念醫院, …醫院海珠灣院區
                if _is_body(clause[start : m.end()], m.group(0), continues=True):
                    found.remove((n, previous[0], previous[1]))
                    previous = (previous[0], previous[1] + clause[start : m.end()])
                    found.append((n, *previous))
                else:
                    previous = None
                start = m.end()
                continue
            cuts = [0] + [b.end() for b in _BOUNDARY_RE.finditer(head)]
            # the last boundary, unless it leaves no name: then the word is part of the name
            # (區教育發展研究院, 人才發展聯盟)
            usable = [c for c in cuts if len(head) - c >= 1] or [0]
            begin = start + usable[-1]
            name = clause[begin : m.end()]
            previous = None
            if not _BOUNDARY_RE.match(name) and _is_body(name, m.group(0)):  # not 整合大學, 為中心
                previous = (begin, name)
                found.append((n, begin, name))
            start = m.end()
    return tuple(dict.fromkeys(name for _, _, name in sorted(found)))
