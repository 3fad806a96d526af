"""One script per conversation, and Gradio's own strings replaced with Chinese."""

from __future__ import annotations

import pytest

from ui.script import GRADIO_LOCALES, conversation_script, gradio_translations, lang_tag, ui_text


@pytest.mark.parametrize(
    ("chosen", "first", "expected"),
    [
        ("auto", "海珠湿地有啥规划", "simplified"),
        ("auto", "海珠濕地有甚麼規劃？", "traditional"),
        ("auto", None, "traditional"),
        ("auto", "海珠", "traditional"),  # no evidence either way: the plan's own script
        ("traditional", "海珠湿地有啥规划", "traditional"),
        ("simplified", "海珠濕地有甚麼規劃？", "simplified"),
    ],
)
def test_conversation_script(chosen: str, first: str | None, expected: str) -> None:
    assert conversation_script(chosen, first) == expected


def test_unknown_script_is_refused_with_the_valid_ones() -> None:
    with pytest.raises(ValueError, match="auto, traditional, simplified"):
        conversation_script("pinyin", None)


def test_lang_and_labels() -> None:
    assert lang_tag("simplified") == "zh-Hans" and lang_tag("traditional") == "zh-Hant"
    assert ui_text("瀏覽綱要", "simplified") == "浏览纲要" and ui_text("浏览纲要", "traditional") == "瀏覽綱要"


def test_gradio_strings_are_chinese_in_every_locale() -> None:
    translations = gradio_translations()
    assert set(GRADIO_LOCALES) <= set(translations)
    assert translations["en"]["chatbot.like"] == "讚好" and translations["zh-CN"]["chatbot.like"] == "赞好"
    for strings in translations.values():
        assert not [v for v in strings.values() if any("a" <= ch.lower() <= "z" for ch in v.replace("Gradio", ""))]
