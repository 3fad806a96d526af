"""One script per conversation: which one, and what the page says in it.

    script = conversation_script("auto", "海珠湿地有啥规划")    # "simplified"
    lang_tag(script)                                             # "zh-Hans"
    ui_text("送出", script)                                      # "送出"

Under 自動 ("auto") the conversation takes the script of its first question (Traditional, the
plan's own, when a question shows no preference); a chosen script overrides it. Every label,
placeholder, tooltip, error and quote on the page is then shown in that one script.
"""

from __future__ import annotations

from typing import Literal

from corpus.text import is_simplified_query, to_simplified, to_traditional

Resolved = Literal["traditional", "simplified"]
CHOICES = ("auto", "traditional", "simplified")


def conversation_script(chosen: str, first_question: str | None) -> Resolved:
    """The script the whole page uses: the chosen one, or under "auto" the first question's."""
    if chosen == "traditional":
        return "traditional"
    if chosen == "simplified":
        return "simplified"
    if chosen != "auto":
        raise ValueError(f"script must be one of {', '.join(CHOICES)}, got {chosen!r}")
    return "simplified" if first_question and is_simplified_query(first_question) else "traditional"


def lang_tag(script: Resolved) -> str:
    """The BCP 47 tag for `<html lang>`: screen readers and fonts pick the right glyphs from it."""
    return "zh-Hans" if script == "simplified" else "zh-Hant"


def ui_text(text: str, script: Resolved) -> str:
    """A label written in Traditional (as in the source), shown in `script`."""
    return to_simplified(text) if script == "simplified" else to_traditional(text)


# Gradio's own strings (tooltips, the settings panel) come from its locale files, chosen by the
# browser's language: an English browser would show "Like"/"Clear". These replace them, in
# every locale the browser may pick, so the Chinese page never shows English.
_GRADIO_STRINGS = {
    "chatbot.like": "讚好",
    "chatbot.dislike": "不讚好",
    "chatbot.clear": "清除對話",
    "chatbot.copy_message": "複製",
    "chatbot.copied_message": "已複製",
    "chatbot.retry": "重試",
    "chatbot.undo": "復原",
    "chatbot.edit": "編輯",
    "chatbot.submit": "送出",
    "chatbot.cancel": "取消",
    "chatbot.complete": "完成",
    "chatbot.conversation": "對話",
    "chatbot.chatbot": "對話",
    "common.clear": "清除",
    "common.complete": "完成",  # a finished event's status, read to screen readers (no locale has this key)
    "common.loading": "載入中",
    "common.error": "錯誤",
    "common.settings": "設定",
    "common.built_with_gradio": "使用 Gradio 建構",
    "common.copy": "複製",
    "common.copied": "已複製",
    "common.submit": "送出",
    "errors.lost_connection": "連線中斷，正在重新連線…",
    "errors.connection_can_break": "在手機上，離開此分頁或進入休眠可能令連線中斷。",
    "textbox.copy": "複製",
}


GRADIO_LOCALES = (  # the locale files Gradio 6 ships (gradio/templates/frontend/assets)
    "ar ca ckb de en es et eu fa fi fr he hi ja ko lt nb nl pl pt-BR pt ro ru sv ta th tr uk ur uz zh-CN zh-TW zh-HK"
).split()


def gradio_translations() -> dict[str, dict[str, str]]:
    """Locale → key → text for `gr.I18n`: Traditional everywhere, Simplified for zh-CN/zh-SG."""
    simplified = {k: to_simplified(v) for k, v in _GRADIO_STRINGS.items()}
    traditional = dict(_GRADIO_STRINGS)
    out = {loc: traditional for loc in GRADIO_LOCALES if loc != "zh-CN"}
    out |= {loc: simplified for loc in ("zh-CN", "zh-SG")}
    return out
