"""👍/👎 feedback on answers, kept in one SQLite file and exported as CSV or JSON Lines.

    store = FeedbackStore(Path("feedback.sqlite3"))
    row_id = store.add(question, answer_text, citations_json, rating=+1)
    store.set_rating(row_id, -1)          # the user changed their mind
    export(store.records(), "csv", sys.stdout)

A connection is opened per call: the UI rates from worker threads and SQLite connections
must not cross threads; at a few writes a minute the cost is nothing.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from corpus.errors import PlanAssistantError

FORMATS = ("csv", "jsonl")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at  TEXT    NOT NULL,              -- ISO 8601, UTC
    rating      INTEGER NOT NULL CHECK (rating IN (1, -1)),
    question    TEXT    NOT NULL,
    answer      TEXT    NOT NULL,
    citations   TEXT    NOT NULL,              -- JSON list of Citation objects
    mode        TEXT    NOT NULL DEFAULT '',
    query       TEXT    NOT NULL DEFAULT ''    -- the standalone query actually searched
)
"""


class FeedbackError(PlanAssistantError):
    """The feedback database cannot be opened or written; the message names the file."""


@dataclass(frozen=True)
class FeedbackRecord:
    id: int
    created_at: str
    rating: int
    question: str
    answer: str
    citations: str  # JSON text, as stored
    mode: str
    query: str


def _check_rating(rating: int) -> int:
    if rating not in (1, -1):
        raise ValueError(f"rating must be 1 (thumbs up) or -1 (thumbs down), got {rating!r}")
    return rating


class FeedbackStore:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    @contextmanager
    def _connect(self, *, create: bool) -> Iterator[sqlite3.Connection]:
        if not create and not self.path.exists():
            raise FeedbackError(f"no feedback recorded yet: {self.path} does not exist — rate an answer in the chat UI first")
        try:
            if create:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=10)
        except (OSError, sqlite3.Error) as exc:
            raise FeedbackError(f"cannot open the feedback database {self.path}: {exc} — set PLAN_ASSISTANT_FEEDBACK_DB to a writable file") from exc
        try:
            with conn:
                conn.execute(_SCHEMA)
                yield conn
        except sqlite3.Error as exc:
            raise FeedbackError(f"feedback database {self.path}: {exc} — set PLAN_ASSISTANT_FEEDBACK_DB to a writable file") from exc
        finally:
            conn.close()

    def add(self, question: str, answer: str, citations: Sequence[dict[str, Any]], rating: int, *, mode: str = "", query: str = "") -> int:
        """Store one rating and return its row id (to change or withdraw it later)."""
        _check_rating(rating)
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._connect(create=True) as conn:
            cur = conn.execute(
                "INSERT INTO feedback (created_at, rating, question, answer, citations, mode, query) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (now, rating, question, answer, json.dumps(list(citations), ensure_ascii=False), mode, query),
            )
            assert cur.lastrowid is not None
            return int(cur.lastrowid)

    def set_rating(self, row_id: int, rating: int) -> None:
        _check_rating(rating)
        with self._connect(create=True) as conn:
            conn.execute("UPDATE feedback SET rating = ? WHERE id = ?", (rating, row_id))

    def delete(self, row_id: int) -> None:
        """Withdraw a rating (the user clicked the same thumb again)."""
        with self._connect(create=True) as conn:
            conn.execute("DELETE FROM feedback WHERE id = ?", (row_id,))

    def records(self) -> list[FeedbackRecord]:
        """Every rating, oldest first; `FeedbackError` when nothing was ever recorded."""
        with self._connect(create=False) as conn:
            rows = conn.execute(
                "SELECT id, created_at, rating, question, answer, citations, mode, query FROM feedback ORDER BY id"
            ).fetchall()
        return [FeedbackRecord(*row) for row in rows]


def export(records: Iterable[FeedbackRecord], fmt: str, out: TextIO) -> int:
    """Write records as CSV (one row each, citations as JSON text) or JSON Lines; returns the count."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be 'csv' or 'jsonl', got {fmt!r}")
    n = 0
    fields = list(FeedbackRecord.__dataclass_fields__)
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n") if fmt == "csv" else None
    if writer:
        writer.writeheader()
    for record in records:
        row = asdict(record)
        if writer:
            writer.writerow(row)
        else:
            row["citations"] = json.loads(record.citations)
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n
