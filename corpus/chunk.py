"""Section-aware chunks: never cross a 節, ~200–600 characters, sentences kept addressable.

A long paragraph is cut at sentence ends (。；) into windows of at most `max_chars` with one
sentence of overlap; short neighbours in the same 節 are packed together up to `max_chars`.
A chunk keeps the lead phrases of the task paragraphs it holds. Headings and sub-headings
are not chunked on their own: they ride in the breadcrumb or the
chunk they introduce.
"""

from __future__ import annotations

from dataclasses import dataclass

from corpus.models import BodyItem, Chunk, Kind, Plan, Sentence
from corpus.text import normalize, sentence_spans

CHUNKER_VERSION = "4"  # bump whenever chunk boundaries or embed_text change: the index keys on it


@dataclass(frozen=True)
class ChunkConfig:
    min_chars: int = 200
    max_chars: int = 600
    overlap_sentences: int = 1

    def __post_init__(self) -> None:
        if not 0 < self.min_chars <= self.max_chars:
            raise ValueError(f"need 0 < min_chars <= max_chars, got {self.min_chars}, {self.max_chars}")
        if self.overlap_sentences < 0:
            raise ValueError(f"overlap_sentences must be >= 0, got {self.overlap_sentences}")


def _sentences(item: BodyItem) -> list[Sentence]:
    return [Sentence(item.line, a, b, item.text[a:b]) for a, b in sentence_spans(item.text)]


def _windows(sents: list[Sentence], cfg: ChunkConfig) -> list[list[Sentence]]:
    """Greedy windows of whole sentences, each ≤ max_chars (a longer sentence stands alone)."""
    out: list[list[Sentence]] = []
    i = 0
    while i < len(sents):
        win = [sents[i]]
        size = len(sents[i].text)
        j = i + 1
        while j < len(sents) and size + len(sents[j].text) <= cfg.max_chars:
            win.append(sents[j])
            size += len(sents[j].text)
            j += 1
        out.append(win)
        if j >= len(sents):
            break
        i = max(j - cfg.overlap_sentences, i + 1)
    return out


def _units(items: list[BodyItem], cfg: ChunkConfig) -> list[tuple[list[BodyItem], list[Sentence]]]:
    """Split one 節's items into chunk-sized units of (items, sentences)."""
    units: list[tuple[list[BodyItem], list[Sentence]]] = []
    pending: list[BodyItem] = []  # sub-headings waiting for the paragraph they introduce
    for item in items:
        if item.kind in (Kind.CHAPTER_HEADING, Kind.SECTION_HEADING):
            continue
        if item.kind is Kind.SUBHEADING:
            pending.append(item)
            continue
        sents = [s for p in pending for s in _sentences(p)] + _sentences(item)
        group = [*pending, item]
        pending = []
        if sum(len(s.text) for s in sents) > cfg.max_chars:
            for win in _windows(sents, cfg):
                lines = {s.line for s in win}
                units.append(([g for g in group if g.line in lines], win))
            continue
        last = units[-1] if units else None
        # pack a short unit with its neighbour in the same 節
        if (
            last is not None
            and sum(len(s.text) for s in last[1]) < cfg.min_chars
            and sum(len(s.text) for s in last[1]) + sum(len(s.text) for s in sents) <= cfg.max_chars
        ):
            units[-1] = (last[0] + group, last[1] + sents)
        else:
            units.append((group, sents))
    if pending:  # a trailing sub-heading with no text after it still gets found
        sents = [s for p in pending for s in _sentences(p)]
        units.append((pending, sents))
    return units


def chunk_plan(plan: Plan, cfg: ChunkConfig | None = None) -> tuple[Chunk, ...]:
    """All chunks of the plan, in reading order.

    >>> chunks = chunk_plan(load_plan())
    >>> chunks[0].breadcrumb
    '前言'
    """
    cfg = cfg or ChunkConfig()
    chunks: list[Chunk] = []
    for section in plan.sections:
        items = list(plan.items_in(*section.key))
        chapter = plan.chapter(section.chapter_no)
        crumb = plan.breadcrumb(*section.key)
        for n, (group, sents) in enumerate(_units(items, cfg)):
            text = "".join(s.text for s in sents)
            leads = tuple(dict.fromkeys(g.lead for g in group if g.lead))
            chunks.append(
                Chunk(
                    chunk_id=f"c{section.chapter_no:02d}s{section.section_no:02d}-{n:03d}",
                    chapter_no=section.chapter_no,
                    section_no=section.section_no,
                    chapter_title=chapter.title,
                    section_title=section.title if section.section_no else "",
                    breadcrumb=crumb,
                    lines=tuple(sorted({s.line for s in sents})),
                    text=text,
                    leads=leads,
                    sentences=tuple(sents),
                    embed_text=normalize(f"{crumb}\n{text}"),
                )
            )
    return tuple(chunks)
