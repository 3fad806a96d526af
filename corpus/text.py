"""Text helpers shared by every stage: script normalisation, sentences, numerals, lead phrases.

The plan mixes character forms (濕/為 beside 示范/基于) and users type either script, so all
matching happens on a Simplified, half-width, lower-cased form; the original is kept for display.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

_T2S = opencc.OpenCC("t2s")
_S2T = opencc.OpenCC("s2t")

# Full-width forms the plan and users mix with half-width ones; NFKC folds most of them.
_PUNCT_RE = re.compile(r"[\s\W_]+", re.UNICODE)
CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")  # a run of Chinese characters
_SENTENCE_END = "。；;！!？?"
_CN_NUM = {c: i for i, c in enumerate("零一二三四五六七八九")}


@lru_cache(maxsize=65536)
def to_simplified(text: str) -> str:
    """Traditional (or mixed) → Simplified, character for character (OpenCC t2s)."""
    return _T2S.convert(text)


@lru_cache(maxsize=4096)
def to_traditional(text: str) -> str:
    return _S2T.convert(text)


def normalize(text: str) -> str:
    """The matching form: NFKC (half-width digits and punctuation), Simplified, lower case.

    甚麼 (the Hong Kong and Taiwan spelling of 什麼) becomes 什么: OpenCC leaves it 甚么, and every
    question-word rule is written with 什么."""
    return to_simplified(unicodedata.normalize("NFKC", text)).lower().replace("甚么", "什么")


def strip_punct(text: str) -> str:
    """`normalize` without punctuation or spaces, for substring checks that ignore them."""
    return _PUNCT_RE.sub("", normalize(text))


def is_simplified_query(text: str) -> bool:
    """True when the text has Simplified-only characters and no Traditional-only ones.

    Characters shared by both scripts say nothing; with no evidence either way we answer
    in Traditional, the plan's own script.
    """
    simp = to_simplified(text)
    trad = to_traditional(text)
    has_trad_only = simp != text
    has_simp_only = trad != text
    return has_simp_only and not has_trad_only


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence [start, end) offsets, cut after 。；！？ (the plan's sentence ends), but not at a
    ； inside quotation marks: 「推進“村級工業園改造…五年45個;專業批發市場改造…;物流園轉型升級1個”的
    目標任務」 is one target, its items joined by semicolons.

    Offsets are into the original string so a quote is always an exact slice of the plan.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    quoted = 0  # “ opened and not yet closed
    for i, ch in enumerate(text):
        quoted = quoted + 1 if ch == "“" else max(quoted - 1, 0) if ch == "”" else quoted
        if ch in _SENTENCE_END and not (quoted and ch in "；;"):
            # keep a closing quote or bracket that follows the stop inside the sentence
            end = i + 1
            while end < len(text) and text[end] in "”’」』)）":
                end += 1
            if text[start:end].strip():
                spans.append((start, end))
            start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


_ENUMERATOR = re.compile(r"(?:^|(?<=[:：;；。,，\s]))\d{1,2}\.(?!\d)|[(（]\d{1,2}[)）]")


def without_enumerators(text: str) -> str:
    """`text` without the numbers that count off items (「注:1.…」, 「(3)…」): they are not figures."""
    return _ENUMERATOR.sub(" ", text)


def parse_chinese_numeral(token: str) -> int:
    """一 → 1, 十 → 10, 十四 → 14, 二十一 → 21; Arabic digits pass through."""
    token = token.strip()
    if token.isdigit():
        return int(unicodedata.normalize("NFKC", token))
    if not token or any(c not in _CN_NUM and c != "十" for c in token):
        raise ValueError(f"not a Chinese numeral: {token!r}")
    if "十" not in token:
        value = 0
        for c in token:
            value = value * 10 + _CN_NUM[c]
        return value
    tens, _, ones = token.partition("十")
    return (_CN_NUM[tens] if tens else 1) * 10 + (_CN_NUM[ones] if ones else 0)


_LEAD_RE = re.compile(r"^(?:——)?([^,，。;；:：!?！？]{2,32}?)。")


def lead_phrase(text: str) -> str | None:
    """The short title a task paragraph opens with: `提升固體廢物處理能力。…` → 提升固體廢物處理能力.

    A lead phrase has no comma or colon before its full stop; prose openings (`“十三五”時期,…`)
    have none.
    """
    match = _LEAD_RE.match(text)
    return match.group(1) if match else None
