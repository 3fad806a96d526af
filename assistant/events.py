"""What `Assistant.stream` yields, in order: `Composed` once the search and the extractive answer
are done, `Delta`s of text as they are ready (a `Reset` discards those streamed so far), and one
`Final` with the checked `Answer`.

    for event in assistant.stream("海珠湿地有啥规划"):
        match event:
            case Delta(text): print(text, end="")
            case Reset(): print("\\n(retracted)")
            case Final(answer): citations = answer.citations
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.answer import Answer


@dataclass(frozen=True)
class Composed:
    """Search and composition are done: a caller that serialises them may let others in now
    (what follows is streaming, or an LLM's reply)."""


@dataclass(frozen=True)
class Delta:
    """A piece of the answer's text."""

    text: str


@dataclass(frozen=True)
class Reset:
    """Discard the text streamed so far: an LLM reply failed the checks; the checked answer follows."""


@dataclass(frozen=True)
class Final:
    """The last event: the checked answer (its text may differ from the pieces streamed)."""

    answer: Answer


Event = Composed | Delta | Reset | Final
