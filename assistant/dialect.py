"""Cantonese as Guangzhou residents type it, read as the written Mandarin the plan is in.

「琶洲一年辦幾多場展覽？」 asks 「辦多少場」; 「規劃有冇講…」 asks 「有沒有講」. The rules that read a
question (what it asks for, whether it is a claim, which words are its topic) and the keyword
search are written for Mandarin, so a question is read through this first. Only words that
written Mandarin does not use are replaced, each in the question's own script; the asker's
words are still what the answer shows.
"""

from __future__ import annotations

import re

from corpus.text import is_simplified_query, to_traditional

# (Cantonese, both scripts) → Mandarin (Simplified; written in Traditional for a Traditional question)
_WORDS: tuple[tuple[str, str], ...] = (
    (r"[係系]咪|[係系]唔[係系]", "是不是"),
    (r"有冇", "有没有"),
    (r"冇", "没有"),
    (r"嘅", "的"),
    (r"咗", "了"),
    (r"喺", "在"),
    (r"乜嘢|咩|乜", "什么"),
    (r"[嗰𠮶]", "那"),
    (r"啲", "些"),
    (r"佢[哋地]", "他们"),
    (r"佢", "它"),
    (r"睇", "看"),
    (r"[搵揾]", "找"),
    (r"[畀俾]", "给"),
    (r"嚟", "来"),
    (r"唔", "不"),
    (r"啱", "对"),
    (r"咁", "这么"),
    (r"噉", "这样"),
    (r"而家", "现在"),
    (r"[點点][樣样]", "怎样"),
    (r"[幾几]多|[幾几](?=[錢钱])", "多少"),
    (r"[邊边]度", "哪里"),
    (r"呢度", "这里"),
    (r"[邊边](?=[個个間间條条啲一位處处幾几])", "哪"),
    (r"呢(?=[個个度啲排次種种間间條条位])", "这"),
    (r"(?<=[在去到])[邊边](?![\u4e00-\u9fff])", "哪里"),  # 「新址喺邊?」
    (r"[點点]解", "为什么"),
    (r"(?<=[算做搞辦办講讲])[點点](?![\u4e00-\u9fff])|[點点](?=[做搞辦办講讲處处])", "怎么"),
    (r"入面", "里面"),
    (r"[幾几]大(?=\s*[?？。！!呀啊㗎]|\s*$)", "多大"),  # 「有幾大？」 how big (not 「哪幾大產業」)
    (r"(?<=[幾几多][個个])[鐘钟](?:[頭头])?", "小时"),  # 「幾個鐘」 hours  # 「打算點?」「點做」
    (r"仲(?=[會会有要係系是可未在])", "还"),
    # 「規劃話要…」「佢話」: says (not 對話, 電話)
    (r"(?<=[劃划要佢冇們们])[話话]", "说"),
    # 同 (埋) joins two things (「城中村改造同舊街區改造」), outside the words it forms (同比, 共同, 同時)
    (r"同埋", "和"),
    (
        r"(?<![共相不合協协陪如會会連连贊赞認认雷趨趋混陣阵等])同"
        r"(?![比步時时等一意級级類类志城心樣样期年學学事伴胞盟行業业仁質质化屬属])",
        "和",
    ),
    # the copula 係 (not 關係, 聯係: in written Mandarin 係 is only ever part of a word)
    (r"(?<![關关聯联干幹體体派維维])係", "是"),
)
_PATTERNS = tuple((re.compile(p), m) for p, m in _WORDS)


def to_mandarin(text: str) -> str:
    """`text` with its Cantonese words put in written Mandarin, in the text's own script."""
    traditional = not is_simplified_query(text)
    for pattern, mandarin in _PATTERNS:
        if pattern.search(text):
            text = pattern.sub(to_traditional(mandarin) if traditional else mandarin, text)
    return text
