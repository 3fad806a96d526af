"""The plan's quotable sentences and 節 headings, with their tokens and vectors: what search
reranks by and what answers are composed from.

    sentences = SentenceIndex(plan, chunks, tokenizer)
    sentences.load_vectors(ids, vectors)           # from the index's sentence collection
    sentences.coverage(terms, sentences.tokens_of(s))

A `SearchResult` carries the index it was searched with, so answer composition never reaches
into the search object.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from corpus.models import Chunk, Kind, Plan, Sentence
from corpus.text import normalize
from retrieval.bm25 import Tokenizer
from retrieval.index import heading_id, section_headings

SectionKey = tuple[int, int]  # (chapter_no, section_no)
SentenceKey = tuple[int, int]  # (line, start)


def sentence_key(s: Sentence) -> SentenceKey:
    return (s.line, s.start)


def coverage(terms: Mapping[str, float], tokens: frozenset[str]) -> float:
    """Idf-weighted share of the query terms present in a token set."""
    total = sum(terms.values())
    return sum(w for t, w in terms.items() if t in tokens) / total if total else 0.0


class SentenceIndex:
    """Sentences that can carry an answer (not 專欄/圖 titles or table footnotes), each 節's
    heading (its chapter's title for an unheaded intro), their jieba tokens and, once loaded,
    their vectors. Rows: every sentence, then every heading, for array-wide scoring."""

    def __init__(
        self,
        plan: Plan,
        chunks: Sequence[Chunk],
        tokenizer: Tokenizer,
        chunk_tokens: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        """`chunk_tokens`: each chunk's text already tokenised (by chunk id), when the caller has it."""
        self.tokenizer = tokenizer
        self.plan_text = normalize("\n".join(plan.source_lines))  # for "does the plan mention …"
        skip = {i.line for i in plan.items if i.kind in (Kind.TABLE, Kind.FIGURE)}
        self.by_section: dict[SectionKey, list[Sentence]] = {}
        self.tokens: dict[SentenceKey, frozenset[str]] = {}
        self.chunks_by_section: dict[SectionKey, list[Chunk]] = {}
        for c in chunks:
            self.chunks_by_section.setdefault((c.chapter_no, c.section_no), []).append(c)
            for sent in c.sentences:
                key = sentence_key(sent)
                if sent.line in skip or key in self.tokens:
                    continue
                self.tokens[key] = frozenset(tokenizer(sent.text))
                self.by_section.setdefault((c.chapter_no, c.section_no), []).append(sent)
        # every chunk's tokens up front (about a second at start-up): a question should not pay for them
        given = chunk_tokens or {}
        self._chunk_tokens: dict[str, frozenset[str]] = {
            c.chunk_id: frozenset(given[c.chunk_id] if c.chunk_id in given else tokenizer(c.text)) for c in chunks
        }
        self.headings = section_headings(plan, chunks)
        self.heading_tokens = {key: frozenset(tokenizer(title)) for key, title in self.headings.items()}
        self.vectors: dict[SentenceKey, np.ndarray] = {}
        self.heading_vectors: dict[SectionKey, np.ndarray] = {}
        self.sentence_rows = {key: row for row, key in enumerate(self.tokens)}
        self.heading_rows = {key: len(self.sentence_rows) + n for n, key in enumerate(self.headings)}
        self.section_rows = {
            sec: np.array(
                [self.sentence_rows[sentence_key(s)] for s in self.by_section.get(sec, ())] + [row], dtype=np.intp
            )
            for sec, row in self.heading_rows.items()
        }
        term_rows: dict[str, list[int]] = {}
        for key, row in self.sentence_rows.items():
            for term in self.tokens[key]:
                term_rows.setdefault(term, []).append(row)
        for hkey, row in self.heading_rows.items():
            for term in self.heading_tokens[hkey]:
                term_rows.setdefault(term, []).append(row)
        self._term_rows = {term: np.array(rows) for term, rows in term_rows.items()}
        # every token the plan's sentences and headings use: 券 is not one (only inside 证券)
        self.vocabulary = frozenset(term_rows)
        self.n_rows = len(self.sentence_rows) + len(self.heading_rows)
        self._row_matrix = np.zeros((self.n_rows, 0), dtype=np.float32)

    # -- per sentence ---------------------------------------------------------------------
    def has_text(self, s: Sentence) -> bool:
        """Whether `s` can carry an answer (a 專欄 title or a footnote cannot)."""
        return sentence_key(s) in self.tokens

    def tokens_of(self, s: Sentence) -> frozenset[str]:
        return self.tokens[sentence_key(s)]

    def vector_of(self, s: Sentence) -> np.ndarray | None:
        return self.vectors.get(sentence_key(s))

    def chunk_tokens(self, chunk: Chunk) -> frozenset[str]:
        """The tokens of a whole chunk's text (computed at start-up; a chunk from elsewhere, once)."""
        tokens = self._chunk_tokens.get(chunk.chunk_id)
        if tokens is None:
            tokens = self._chunk_tokens[chunk.chunk_id] = frozenset(self.tokenizer(chunk.text))
        return tokens

    @staticmethod
    def coverage(terms: Mapping[str, float], tokens: frozenset[str]) -> float:
        return coverage(terms, tokens)

    # -- vectors --------------------------------------------------------------------------
    def load_vectors(self, ids: Sequence[str], vectors: np.ndarray) -> None:
        """Take the stored vectors (sentence ids `line:start`, heading ids from `heading_id`)."""
        by_id = {i: vectors[n] for n, i in enumerate(ids)}
        self.heading_vectors = {
            key: by_id.pop(heading_id(key)) for key in self.heading_rows if heading_id(key) in by_id
        }
        self.vectors = {}
        for sid, vec in by_id.items():
            line, start = sid.split(":")
            self.vectors[(int(line), int(start))] = vec
        matrix = np.zeros((self.n_rows, vectors.shape[1] if len(vectors) else 0), dtype=np.float32)
        # a text without a vector scores 0 on the dense side
        for key, row in self.sentence_rows.items():
            if key in self.vectors:
                matrix[row] = self.vectors[key]
        for hkey, row in self.heading_rows.items():
            if hkey in self.heading_vectors:
                matrix[row] = self.heading_vectors[hkey]
        self._row_matrix = matrix

    # -- all rows at once -----------------------------------------------------------------
    def evidence(self, terms: Mapping[str, float], qvec: np.ndarray | None, lexical: float, dense: float) -> np.ndarray:
        """How well each sentence and heading matches: `lexical` × idf-weighted coverage +
        `dense` × cosine (rows: sentences, then headings)."""
        cover = np.zeros(self.n_rows)
        total = sum(terms.values())
        if total:
            for term, weight in terms.items():
                rows = self._term_rows.get(term)
                if rows is not None:
                    cover[rows] += weight
            cover /= total
        score = lexical * cover
        if qvec is not None and self._row_matrix.shape[1] == len(qvec):
            score += dense * (self._row_matrix @ qvec).astype(np.float64)
        return np.asarray(score)

    def best_in_section(self, evidence: np.ndarray, key: SectionKey) -> float:
        """The section's best row (every section with chunks has at least its heading's)."""
        return float(evidence[self.section_rows[key]].max())
