"""The two things every piece of chat HTML needs: text in the reader's script, and escaping.

escape(in_script(plan_text, "simplified"))
"""

from __future__ import annotations

import html
from typing import Literal

from corpus.text import to_simplified, to_traditional

Script = Literal["auto", "traditional", "simplified"]
SCRIPTS: tuple[Script, ...] = ("auto", "traditional", "simplified")


def in_script(text: str, script: str) -> str:
    """The text as the reader chose to see it; "auto" keeps it as written (answers follow the question's script)."""
    if script == "simplified":
        return to_simplified(text)
    if script == "traditional":
        return to_traditional(text)
    if script == "auto":
        return text
    raise ValueError(f"script must be one of {', '.join(SCRIPTS)}, got {script!r}")


def escape(text: str) -> str:
    """HTML-escaped text with line breaks kept as <br> (so a message stays one HTML block)."""
    lines = html.escape(text, quote=True).splitlines()
    return "<br>".join(lines)


__all__ = ["SCRIPTS", "Script", "escape", "in_script"]
