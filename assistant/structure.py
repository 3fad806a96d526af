"""Follow-ups that point at the plan's structure: "這一章還有哪些節？", "這一節還講了什麼？".

    target = structural_follow_up("这一章一共有哪几节？", history)
    target.scope, target.chapter_no     # 'chapter', 8  (from "第八章第三節" in the last answer)

The chapter or section is read from the previous answer's text ("據綱要第九章第二節…"), which is
what any client sends back, whether or not it kept the citations. When the text names none, the
caller locates it by searching the previous answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.conversation import Turn
from corpus.models import chinese_number
from corpus.text import normalize

_CHAPTER_REF = re.compile(r"这一?章|本章|该章|此章|同一章|\b(?:this|that|the same|same) chapter\b", re.I)
# (a paragraph pointed at is read in its 節: 「同一段」, "that same paragraph"; not 「这段时间」)
_SECTION_REF = re.compile(
    r"这一?节|本节|该节|此节|同一节|(?:这|那|同)一?段(?!时|日|期|路|历|话)"
    r"|(?:这|那|同一)部分(?!人)|\b(?:this|that|the same|same) (?:section|paragraph|passage|part of the plan)\b",
    re.I,
)
_LIST = re.compile(
    r"哪些节|哪几节|几节|几个节|分成|分为|有哪些部分|包括哪|包含哪|由哪|什么节|哪几部分|目录"
    r"|\b(?:which|what|how many) sections\b|\bsections? (?:does it|are there)\b",
    re.I,
)
# what else a part says (「这一章还讲了什么」): the part's contents asked for as a whole
_WHAT_ELSE = re.compile(
    r"还(?:讲|说|写|提|有)(?:了|到)?(?:什么|啥|哪些|别的)|(?:讲|说|写)(?:了|的)?(?:什么|啥|是什么)(?:内容)?[?？]?$|什么内容|主要内容"
    r"|\bwhat else\b|\bwhat (?:does|is) (?:it|this chapter|that chapter) (?:say|cover|about)\b",
    re.I,
)
_PLACE = re.compile(
    r"第([一二三四五六七八九十]+|\d+)章(?:第([一二三四五六七八九十]+|\d+)节)?"
    r"|\bchapter\s+(\d{1,2})(?:\s*,?\s*section\s+(\d{1,2}))?",  # an answer in English: "Chapter 13, Section 1"
    re.I,
)
_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def chinese_to_int(text: str) -> int:
    """一…九十九 or digits → int (the plan numbers 章/節 up to 十四)."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_DIGITS.get(tens, 1) if tens else 1) * 10 + _DIGITS.get(ones, 0)
    return _DIGITS.get(text, 0)


@dataclass(frozen=True)
class StructuralFollowUp:
    scope: str  # "chapter": list the chapter's sections; "section": what else the section says
    chapter_no: int | None  # None: not named in the last answer — locate it
    section_no: int | None


def place_in(text: str) -> tuple[int, int | None] | None:
    """The first 第X章(第Y節) named in `text`."""
    m = _PLACE.search(normalize(text))
    if not m:
        return None
    chapter, section = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return chinese_to_int(chapter), (chinese_to_int(section) if section else None)


def structural_follow_up(question: str, history: Sequence[Turn]) -> StructuralFollowUp | None:
    """A question about "this chapter / this section" of the previous answer, else None."""
    if not history:
        return None
    q = normalize(question)
    chapter, section = bool(_CHAPTER_REF.search(q)), bool(_SECTION_REF.search(q))
    if not (chapter or section):
        return None
    if chapter and not section and not (_LIST.search(q) or _WHAT_ELSE.search(q)):
        # 「这章讲…那一节说要落实啥原则」, "in that chapter, which hotline…": a question of its own,
        # searched with the chapter as context, not a request for the chapter's sections
        return None
    scope = "chapter" if chapter and (_LIST.search(q) or not section) else "section"
    last = next((t.content for t in reversed(history) if t.role == "assistant" and t.content.strip()), "")
    named = place_in(last)
    if named is None:
        return StructuralFollowUp(scope, None, None)
    return StructuralFollowUp(scope, named[0], named[1])


def place_ref(chapter_no: int, section_no: int | None) -> str:
    """第八章 / 第八章第三節: how the plan names a place, and what search routes by."""
    if chapter_no == 0:
        return "前言"
    ref = f"第{chinese_number(chapter_no)}章"
    return ref + (f"第{chinese_number(section_no)}節" if section_no else "")
