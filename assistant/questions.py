"""What a question asks for, read from its wording (normalised to Simplified first).

    asks_for("琶洲试验区占地多大？")      # 'number'
    asks_for("什么时候建成？")            # 'time'
    asks_for("海珠湿地有什么规划？")      # None

One reading serves both the answer (which sentences to pick) and the refusal rule (a figure
asked for but absent from the evidence), so the two never disagree about a question.
"""

from __future__ import annotations

import re

from corpus.text import normalize

NUMBER_Q = re.compile(
    r"面积|占地|长度|人口|人数|多少|(?<!哪)几[个家项条所年种座万千百%]|多大|多长|多高|多远|比例|百分|目标值"
    r"|how (many|much|long|large)|what (percentage|share)",
    re.I,
)
TIME_Q = re.compile(r"什么时候|何时|哪一?年|几时|几月|啥时候|when\b", re.I)


def asks_for(question: str) -> str | None:
    """'time' or 'number' when the question asks for one, else None."""
    q = normalize(question)
    if TIME_Q.search(q):
        return "time"
    if NUMBER_Q.search(q):
        return "number"
    return None
