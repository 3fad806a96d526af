from __future__ import annotations

import pytest

from corpus.chunk import ChunkConfig, chunk_plan
from corpus.models import Kind, Plan


@pytest.fixture(scope="module")
def chunks(plan: Plan):  # type: ignore[no-untyped-def]
    return chunk_plan(plan)


def test_chunks_never_cross_a_section(plan: Plan, chunks) -> None:  # type: ignore[no-untyped-def]
    place = {i.line: (i.chapter_no, i.section_no) for i in plan.items}
    for c in chunks:
        assert {place[line] for line in c.lines} == {(c.chapter_no, c.section_no)}


def test_chunk_sizes(chunks) -> None:  # type: ignore[no-untyped-def]
    sizes = [len(c.text) for c in chunks]
    too_long = [c for c in chunks if len(c.text) > 600 and len(c.sentences) > 1]
    assert not too_long
    # short chunks only where a whole section (or its tail) is short
    assert sum(1 for s in sizes if s < 200) <= len(sizes) * 0.25
    assert 200 <= sorted(sizes)[len(sizes) // 2] <= 600


def test_sentences_are_exact_slices(plan: Plan, chunks) -> None:  # type: ignore[no-untyped-def]
    for c in chunks:
        for s in c.sentences:
            assert plan.line_text(s.line)[s.start : s.end] == s.text


def test_every_paragraph_sentence_is_in_some_chunk(plan: Plan, chunks) -> None:  # type: ignore[no-untyped-def]
    covered = {(s.line, s.start) for c in chunks for s in c.sentences}
    for item in plan.items:
        if item.kind in (Kind.PARAGRAPH, Kind.INTRO):
            assert (item.line, 0) in covered, item.line


def test_metadata(chunks) -> None:  # type: ignore[no-untyped-def]
    c = next(c for c in chunks if 276 in c.lines)
    assert c.breadcrumb == "第九章 加強生態文明建設,打造“美麗中國”海珠樣本 > 第二節 嚴格執行污染防治"
    assert (c.chapter_no, c.section_no, c.section_title) == (9, 2, "嚴格執行污染防治")
    assert "提升固體廢物處理能力" in c.leads
    assert c.embed_text.startswith("第九章 加强生态文明建设")  # Simplified for matching
    assert len({c.chunk_id for c in chunks}) == len(chunks)


def test_long_paragraph_overlaps(chunks) -> None:  # type: ignore[no-untyped-def]
    parts = [c for c in chunks if c.lines == (97,)]
    assert len(parts) >= 2  # line 97 is longer than max_chars
    for a, b in zip(parts, parts[1:]):
        assert a.sentences[-1] == b.sentences[0]


def test_config_is_checked() -> None:
    with pytest.raises(ValueError, match="min_chars"):
        ChunkConfig(min_chars=700, max_chars=600)
