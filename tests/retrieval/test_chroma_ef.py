"""The index read with nothing but `chromadb` and the exported embedding function — the README's
session, run as written — and the metadata every record carries."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path
from typing import Any

import chromadb
import numpy as np
import pytest
from chromadb.utils.embedding_functions import known_embedding_functions

from corpus.models import Plan
from retrieval.chroma_ef import PlanEmbeddingFunction, chunk_collection
from retrieval.search import HybridSearch
from retrieval.synonyms import expand
from tests.retrieval.conftest import copy_index

pytestmark = pytest.mark.slow
README = Path(__file__).resolve().parents[2] / "README.md"


def readme_session() -> str:
    """The README's python block under "The index from plain `chromadb`"."""
    text = README.read_text(encoding="utf-8")
    start = text.index("**The index from plain `chromadb`.**")
    match = re.search(r"```python\n(.*?)```", text[start:], re.S)
    assert match, "the README lost its chromadb session"
    return match.group(1)


@pytest.fixture(scope="module")
def plain_copy(search: HybridSearch, index_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the session's index (built by `search`), opened here by a default-settings client."""
    return copy_index(index_dir, tmp_path_factory.mktemp("plain-chroma"))


def test_the_readme_session_runs_as_written(plain_copy: Path, plan: Plan) -> None:
    code = readme_session()
    assert 'path=".plan_index/chroma"' in code
    code = code.replace('".plan_index/chroma"', repr(str(plain_copy / "chroma")))
    names: dict[str, Any] = {}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "README.md", "exec"), names)
    found, best = names["found"], names["best"]
    top = found["metadatas"][0][0]
    assert (top["chapter_no"], top["section_no"], top["kind"]) == (9, 2, "chunk")
    assert found["documents"][0][0] in "".join(plan.line_text(int(n)) for n in top["lines"].split(","))
    sentence, said = best["metadatas"][0][0], best["documents"][0][0]
    line = int(sentence["lines"])
    assert sentence["kind"] == "sentence" and said in plan.line_text(line) and "優良天數比例達86%" in said
    assert next(i for i in plan.items if i.line == line).chapter_no == sentence["chapter_no"]
    assert top["breadcrumb"] in printed.getvalue()


def test_plain_chroma_finds_what_the_search_finds(plain_copy: Path, search: HybridSearch) -> None:
    client = chromadb.PersistentClient(path=str(plain_copy / "chroma"))
    chunks = client.get_collection(chunk_collection(client), embedding_function=PlanEmbeddingFunction())
    for query in ("海珠湿地有啥规划", "夜間經濟", "GDP目标"):
        found = chunks.query(query_texts=[query], n_results=5)
        assert search.store is not None and search.embedder is not None
        product = search.store.query(search.embedder.embed_queries([expand(query)])[0], 5)
        assert found["ids"][0] == [cid for cid, _ in product], query


def test_every_record_carries_its_text_and_place(search: HybridSearch, plan: Plan) -> None:
    assert search.store is not None
    client = search.store.client
    for name in (chunk_collection(client), chunk_collection(client) + "-sentences"):
        got = client.get_collection(name, embedding_function=None).get(include=["documents", "metadatas"])
        assert got["ids"] and all(got["documents"])
        for doc, meta in zip(got["documents"], got["metadatas"]):
            assert set(meta) == {"chapter_no", "section_no", "breadcrumb", "lines", "line_first", "line_last", "kind"}
            assert meta["breadcrumb"] == plan.breadcrumb(meta["chapter_no"], meta["section_no"])
            lines = [int(n) for n in str(meta["lines"]).split(",") if n]
            if meta["kind"] == "heading":
                assert not lines or plan.line_text(lines[0]).strip().endswith(doc)
            else:
                assert lines and doc in "".join(plan.line_text(n) for n in lines)
                assert (meta["line_first"], meta["line_last"]) == (min(lines), max(lines))
    kinds = {m["kind"] for m in client.get_collection(chunk_collection(client) + "-sentences").get()["metadatas"]}
    assert kinds == {"sentence", "heading"}


def test_it_is_a_proper_chroma_embedding_function() -> None:
    ef = PlanEmbeddingFunction()
    assert known_embedding_functions["plan-assistant"] is PlanEmbeddingFunction and not ef.is_legacy()
    again = PlanEmbeddingFunction.build_from_config(ef.get_config())
    assert again.embedder_id == ef.embedder_id and ef.default_space() == "cosine"
    query, passage = ef.embed_query(["海珠湿地"])[0], ef(["海珠湿地"])[0]
    assert abs(float(np.linalg.norm(query)) - 1) < 1e-4 and not np.allclose(query, passage)  # E5 prefixes differ
    with pytest.raises(ValueError, match="embedder must be"):
        PlanEmbeddingFunction.validate_config({"embedder": "openai"})
    with pytest.raises(ValueError, match="engine must be"):
        PlanEmbeddingFunction.validate_config({"engine": "cuda"})
