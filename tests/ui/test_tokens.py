"""Token counts and the `stop` / `max_tokens` cut, whole and in pieces."""

from __future__ import annotations

import random

import pytest

from ui.tokens import Cutter, count_tokens

TEXT = "綱要寫明：面積30平方公里 (30 km2)。\n\n出處：\n[1] 第二章 … > 第一節 琶洲：「面積30平方公里。」"


@pytest.mark.parametrize(
    ("text", "n"),
    [("", 0), ("   \n", 0), ("面積", 2), ("30平方公里", 5), ("plan assistant", 2), ("GDP2086.93億元", 5), ("a-b", 3)],
)
def test_a_token_is_a_character_or_a_latin_run(text: str, n: int) -> None:
    assert count_tokens(text) == n


def test_max_tokens_cuts_after_the_last_whole_token() -> None:
    cut = Cutter(max_tokens=8)
    out = cut.cut(TEXT)
    assert out == "綱要寫明：面積30" and cut.finish_reason == "length" and count_tokens(out) == 8


def test_stop_cuts_before_the_stop_string() -> None:
    cut = Cutter(stop=("出處", "。"))
    assert cut.cut(TEXT) == "綱要寫明：面積30平方公里 (30 km2)" and cut.finish_reason == "stop"


def test_nothing_to_cut_is_a_normal_stop() -> None:
    cut = Cutter(stop=("never",), max_tokens=count_tokens(TEXT))
    assert cut.cut(TEXT) == TEXT and cut.finish_reason == "stop" and not cut.done


def test_whichever_comes_first_wins() -> None:
    early_stop = Cutter(stop=("面積",), max_tokens=50)
    assert early_stop.cut(TEXT) == "綱要寫明：" and early_stop.finish_reason == "stop"
    early_length = Cutter(stop=("出處",), max_tokens=3)
    assert early_length.cut(TEXT) == "綱要寫" and early_length.finish_reason == "length"


@pytest.mark.parametrize("seed", range(30))
@pytest.mark.parametrize(
    ("stop", "max_tokens"), [(("出處",), None), ((), 9), (("km2)", "第二章"), 40), (("。\n",), 13), ((), None)]
)
def test_pieces_add_up_to_the_whole_cut(seed: int, stop: tuple[str, ...], max_tokens: int | None) -> None:
    rng = random.Random(seed)
    bounds = sorted(rng.sample(range(1, len(TEXT)), 6))
    pieces = [TEXT[a:b] for a, b in zip([0, *bounds], [*bounds, len(TEXT)])]
    whole = Cutter(stop, max_tokens)
    expected = whole.cut(TEXT)
    cut = Cutter(stop, max_tokens)
    assert "".join(cut.feed(p) for p in pieces) + cut.close() == expected
    assert cut.finish_reason == whole.finish_reason


def test_a_word_split_across_pieces_counts_once() -> None:
    cut = Cutter(max_tokens=2)
    assert cut.feed("plan ass") == "plan "  # "ass" may go on
    assert cut.feed("istant here") == "assistant" and cut.finish_reason == "length"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"stop": ("",)}, "must not be empty"), ({"max_tokens": 0}, "at least 1")],
)
def test_bad_arguments_say_what_is_wrong(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Cutter(**kwargs)  # type: ignore[arg-type]
