"""Named things of the plan as search vocabulary: bodies, places, parks, fairs — anything with a name.

    named_terms("支持琶洲實驗室建設,科學系統保護海珠濕地")   # ('琶洲實驗室', '海珠濕地')

Keyword search keeps these whole (jieba would cut 海珠濕地 apart). They are deliberately broad:
for who does a task, `corpus.tasks.named_bodies` keeps organisations and acting zones only.
"""

from __future__ import annotations

import re

# Named bodies and places end in one of these words; the name is the run of CJK characters
# (and quotes) in front of it, cut at the last verb-like boundary.
_TERM_SUFFIXES = (
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
_TERM_RE = re.compile(rf"({_NAME_CHARS}{{2,18}}?(?:{'|'.join(map(re.escape, _TERM_SUFFIXES))}))")
# verbs and function words that start a clause, not a name: cut the name after the last one
_CUT_RE = re.compile(
    r".*(?:推動|推進|加快|建設|打造|依托|支持|發揮|引進|建立|完善|提升|促進|加強|圍繞|以|及|、|等|在|的|為|對|將|把|向|從|到|是)"
)
_GENERIC = {"中心", "基地", "平臺", "園區", "公司", "集團", "總部", "街道", "大學", "醫院", "學校", "村", "島", "港"}


def named_terms(text: str) -> tuple[str, ...]:
    """Names in a paragraph ending in a body or place word, in order of first mention, without repeats."""
    out: list[str] = []
    for m in _TERM_RE.finditer(text):
        name = m.group(1)
        cut = _CUT_RE.match(name)
        if cut and cut.end() < len(name):
            name = name[cut.end() :]
        name = name.strip("“”()（）")
        if len(name) < 3 or name in _GENERIC or name in out:
            continue
        out.append(name)
    return tuple(out)
