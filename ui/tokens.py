"""Token counts for `usage`, and `max_tokens` / `stop` applied to a reply as it streams.

    count_tokens("面積30平方公里 (30 km²)")   # → 13: 面 積 30 平 方 公 里 ( 30 km ² )
    cut = Cutter(stop=("出處",), max_tokens=100)
    sent = cut.feed("…") + cut.feed("…") + cut.close()   # cut.finish_reason: "stop" or "length"

There is no model tokenizer here (answers are quoted, not generated), so a token is counted the
way a Chinese reader counts words on a page: one Chinese character, one run of Latin letters or
digits, or one other visible character. Whitespace is free. For Chinese text this is close to
what OpenAI's tokenizers report (≈ 1 token per character); for English it counts words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

_TOKEN = re.compile(r"[0-9A-Za-z]+|\S")
FinishReason = Literal["stop", "length"]


def token_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _TOKEN.finditer(text)]


def count_tokens(text: str) -> int:
    """How many tokens `text` is, by the rule in the module docstring."""
    return sum(1 for _ in _TOKEN.finditer(text))


class Cutter:
    """Applies OpenAI's `stop` and `max_tokens` to text that arrives in pieces.

    A reply ends before the first stop string (which is not sent) or after `max_tokens` tokens,
    whichever comes first; the pieces released add up to exactly what a whole-text cut gives.
    Text that could still turn out to start a stop string, or to be half of a longer word, is
    held back until the next piece (or `close`) decides it.
    """

    def __init__(self, stop: Sequence[str] = (), max_tokens: int | None = None) -> None:
        if any(not s for s in stop):
            raise ValueError("stop strings must not be empty")
        if max_tokens is not None and max_tokens < 1:
            raise ValueError(f"max_tokens must be at least 1, got {max_tokens}")
        self.stop = tuple(stop)
        self.max_tokens = max_tokens
        self.finish_reason: FinishReason = "stop"
        self.done = False  # the reply has been cut: later pieces are dropped
        self._text = ""
        self._sent = 0

    def _limit(self, final: bool) -> int:
        """How much of the text so far may be sent; sets `done` and `finish_reason` on a cut."""
        text = self._text
        end = len(text)
        found = [i for i in (text.find(s) for s in self.stop) if i >= 0]
        if found:
            end, self.done = min(found), True
        if self.max_tokens is not None:
            spans = token_spans(text[:end])
            # a token after the last one allowed: that one is whole, and the reply is too long
            if len(spans) > self.max_tokens:
                end, self.done, self.finish_reason = spans[self.max_tokens - 1][1], True, "length"
        if self.done or final:
            return end
        hold = max((len(s) - 1 for s in self.stop), default=0)
        safe = len(text) - hold
        if self.max_tokens is not None:
            tail = re.search(r"[0-9A-Za-z]+$", text[:safe])
            if tail:
                safe = tail.start()
        return max(self._sent, safe)

    def _release(self, final: bool) -> str:
        end = self._limit(final)
        piece = self._text[self._sent : end]
        self._sent = max(self._sent, end)
        return piece

    def feed(self, piece: str) -> str:
        """The part of everything fed so far that can be sent now and was not sent before."""
        if self.done:
            return ""
        self._text += piece
        return self._release(final=False)

    def close(self) -> str:
        """The rest, once no more text is coming."""
        if self.done:
            return ""
        return self._release(final=True)

    def cut(self, text: str) -> str:
        """The whole reply at once: `feed(text) + close()`."""
        return self.feed(text) + self.close()
