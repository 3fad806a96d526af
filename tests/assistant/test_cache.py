from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.answer import Answer, Citation
from assistant.cache import AnswerCache, cache_key, reusable
from assistant.conversation import Turn

CITE = Citation(9, "建設美麗海珠", 3, "促進生態環境質量持續改善", "第九章 > 第三節", "海珠濕地", (200,))


def answer(question: str = "海珠濕地有甚麼規劃？", **changes: object) -> Answer:
    base = Answer(question, "海珠濕地……", (CITE,), False, "extractive", question, None, {"total_ms": 30.0})
    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_repeat_comes_back_with_the_same_text_and_citations_and_a_cached_timing() -> None:
    cache = AnswerCache(8)
    first = answer()
    assert cache.get(first.question, (), "extractive") is None
    assert cache.put(first.question, (), "extractive", first)
    again = cache.get("  海珠濕地有甚麼規劃？ ", (), "extractive")
    assert again is not None
    assert (again.text, again.citations, again.query) == (first.text, first.citations, first.query)
    assert again.question == "  海珠濕地有甚麼規劃？ "
    assert again.timings_ms["cached"] == 1.0
    assert cache.stats()["hits"] == 1 and cache.stats()["misses"] == 1


def test_the_script_history_and_mode_are_part_of_the_key() -> None:
    cache = AnswerCache(8)
    cache.put("海珠湿地有什么规划？", (), "extractive", answer("海珠湿地有什么规划？"))
    assert cache.get("海珠濕地有甚麼規劃？", (), "extractive") is None  # Traditional asks get a Traditional answer
    assert cache.get("海珠湿地有什么规划？", (Turn("user", "琶洲呢？"),), "extractive") is None
    assert cache.get("海珠湿地有什么规划？", (), "llm") is None
    assert cache.get("海珠湿地有什么规划？", (), "extractive") is not None
    assert cache_key("a", (Turn("user", "b"),), "extractive") != cache_key("a", (Turn("assistant", "b"),), "extractive")


@pytest.mark.parametrize(
    "changes",
    [
        {"mode": "llm"},
        {"notice": "大語言模型暫不可用（ConnectError），以下為摘錄式回答"},
        {"notice": "向量檢索暫不可用，本回答只用關鍵詞檢索"},
    ],
)
def test_answers_that_depend_on_the_moment_are_not_kept(changes: dict[str, object]) -> None:
    cache = AnswerCache(8)
    a = answer(**changes)
    assert not reusable(a)
    assert not cache.put(a.question, (), "extractive", a)
    assert cache.get(a.question, (), "extractive") is None


def test_least_recently_used_entries_go_first_and_the_size_is_bounded() -> None:
    cache = AnswerCache(3)
    for n in range(3):
        cache.put(f"問題{n}", (), "extractive", answer(f"問題{n}"))
    assert cache.get("問題0", (), "extractive") is not None  # 0 is now the most recent
    for n in range(3, 10):
        cache.put(f"問題{n}", (), "extractive", answer(f"問題{n}"))
    assert len(cache) == 3
    assert cache.get("問題0", (), "extractive") is None
    assert [cache.get(f"問題{n}", (), "extractive") is not None for n in (7, 8, 9)] == [True, True, True]
    cache.clear()
    assert len(cache) == 0


def test_size_zero_switches_it_off_and_a_negative_size_is_refused() -> None:
    off = AnswerCache(0)
    assert not off.put("問題", (), "extractive", answer("問題"))
    assert off.get("問題", (), "extractive") is None
    with pytest.raises(ValueError, match="0 \\(off\\)"):
        AnswerCache(-1)
