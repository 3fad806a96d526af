"""👍/👎 feedback on answers, kept in one SQLite file and exported as CSV or JSON Lines.

    store = FeedbackStore(Path("feedback.sqlite3"))
    receipt = store.rate(question, answer_text, citations_json, +1)   # receipt.uid names it
    store.change(receipt.uid, -1)         # the user changed their mind (0 withdraws it)
    receipt.written                       # False: queued, the database is locked or read-only
    export(store.records(), "csv", sys.stdout)

A rating the database does not take (locked, read-only, unreachable) is logged and kept in
order in a pending queue, in memory and in a JSON Lines spool next to the database (or in the
temporary folder when that folder is read-only too); the queue is written on the next rating,
on `records()`, and every `retry_s` seconds, in one transaction. Ratings carry a unique id, so
writing a queue again after a crash adds no row twice. A new store picks up a spool left
behind.

A connection is opened per call: the UI rates from worker threads and SQLite connections
must not cross threads; at a few writes a minute the cost is nothing.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import os
import sqlite3
import tempfile
import threading
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TextIO

from corpus.errors import PlanAssistantError

FORMATS = ("csv", "jsonl")
RETRY_S = 30.0  # how often a pending queue is retried when no new rating comes to flush it
log = logging.getLogger("plan_assistant.feedback")

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


@dataclass(frozen=True)
class Receipt:
    """What became of one rating: `uid` names it for later changes; `written` is False while it
    waits in the pending queue (`pending` operations wait in all)."""

    uid: str
    written: bool
    pending: int


@dataclass(frozen=True)
class PendingOp:
    """One queued write: a new rating ("add"), a changed one ("set") or a withdrawn one ("delete")."""

    kind: Literal["add", "set", "delete"]
    uid: str
    rating: int = 0
    created_at: str = ""
    question: str = ""
    answer: str = ""
    citations: str = "[]"
    mode: str = ""
    query: str = ""
    op_id: str = field(default_factory=lambda: uuid.uuid4().hex)


def _check_rating(rating: int) -> int:
    if rating not in (1, -1):
        raise ValueError(f"rating must be 1 (thumbs up) or -1 (thumbs down), got {rating!r}")
    return rating


class FeedbackStore:
    def __init__(
        self,
        path: Path,
        *,
        timeout_s: float = 10.0,
        retry_s: float | None = RETRY_S,
        spool_dirs: Sequence[Path] | None = None,
    ) -> None:
        """`timeout_s`: how long a write waits for a lock; `retry_s`: how often a pending queue is
        retried (None: only on the next rating or `records()`); `spool_dirs`: where the queue may be
        saved, first writable wins (default: next to the database, then the temporary folder)."""
        self.path = Path(path)
        self.timeout_s = timeout_s
        self.retry_s = retry_s
        name = f"{self.path.name}.pending.jsonl"
        tag = hashlib.sha256(str(self.path.absolute()).encode()).hexdigest()[:12]
        dirs = list(spool_dirs) if spool_dirs is not None else [self.path.parent, Path(tempfile.gettempdir())]
        self.spool_paths = [d / name if n == 0 else d / f"plan-assistant-{tag}-{name}" for n, d in enumerate(dirs)]
        self._lock = threading.Lock()
        self._pending: list[PendingOp] = self._load_spool()
        self._timer: threading.Timer | None = None

    @contextmanager
    def _connect(self, *, create: bool) -> Iterator[sqlite3.Connection]:
        if not create and not self.path.exists():
            raise FeedbackError(
                f"no feedback recorded yet: {self.path} does not exist — rate an answer in the chat UI first"
            )
        try:
            if create:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=self.timeout_s)
        except (OSError, sqlite3.Error) as exc:
            raise FeedbackError(
                f"cannot open the feedback database {self.path}: {exc} — set PLAN_ASSISTANT_FEEDBACK_DB to a writable file"
            ) from exc
        try:
            with conn:
                conn.execute(_SCHEMA)
                if create:
                    _add_uid_column(conn)
                yield conn
        except sqlite3.Error as exc:
            raise FeedbackError(
                f"feedback database {self.path}: {exc} — set PLAN_ASSISTANT_FEEDBACK_DB to a writable file"
            ) from exc
        finally:
            conn.close()

    # -- writing: never raises for a locked or read-only database ---------------------------
    def rate(
        self,
        question: str,
        answer: str,
        citations: Sequence[dict[str, Any]],
        rating: int,
        *,
        mode: str = "",
        query: str = "",
    ) -> Receipt:
        """Record a new rating (written now, or queued and written later)."""
        _check_rating(rating)
        now = datetime.now(UTC).isoformat(timespec="seconds")
        op = PendingOp(
            "add",
            uuid.uuid4().hex,
            rating,
            now,
            question,
            answer,
            json.dumps(list(citations), ensure_ascii=False),
            mode,
            query,
        )
        return self._submit(op)

    def change(self, uid: str, rating: int) -> Receipt:
        """Change a rating made with `rate` (1 or -1), or withdraw it (0)."""
        if rating == 0:
            return self._submit(PendingOp("delete", uid))
        return self._submit(PendingOp("set", uid, _check_rating(rating)))

    @property
    def pending(self) -> int:
        return len(self._pending)

    def flush(self) -> bool:
        """Write the pending queue now; True when nothing is left waiting."""
        with self._lock:
            return self._flush_locked()

    def _submit(self, op: PendingOp) -> Receipt:
        with self._lock:
            self._pending.append(op)  # behind anything already waiting: the order of writes is kept
            written = self._flush_locked()
            return Receipt(op.uid, written, len(self._pending))

    def _flush_locked(self) -> bool:
        if not self._pending:
            return True
        try:
            with self._connect(create=True) as conn:
                for op in self._pending:
                    _apply(conn, op)
        except FeedbackError as exc:
            where = self._save_spool()
            log.warning(
                "feedback not written (%s); %d pending, kept %s, retried on the next rating%s",
                exc,
                len(self._pending),
                where,
                f" or in {self.retry_s:g} s" if self.retry_s else "",
            )
            self._schedule_retry()
            return False
        n = len(self._pending)
        self._pending.clear()
        self._remove_spools()
        if n > 1:
            log.info("feedback: %d pending writes are now in %s", n, self.path)
        return True

    def _schedule_retry(self) -> None:
        if self.retry_s is None or (self._timer is not None and self._timer.is_alive()):
            return
        self._timer = threading.Timer(self.retry_s, self._retry)
        self._timer.daemon = True
        self._timer.start()

    def _retry(self) -> None:
        with self._lock:
            self._timer = None
            self._flush_locked()

    def _save_spool(self) -> str:
        """Write the whole queue to the first writable spool location; say where it went."""
        body = "".join(json.dumps(asdict(op), ensure_ascii=False) + "\n" for op in self._pending)
        for n, spool in enumerate(self.spool_paths):
            try:
                spool.parent.mkdir(parents=True, exist_ok=True)
                tmp = spool.with_name(spool.name + ".tmp")
                tmp.write_text(body, encoding="utf-8")
                os.replace(tmp, spool)
            except OSError:
                continue
            for other in self.spool_paths[n + 1 :]:
                other.unlink(missing_ok=True)
            return f"in {spool}"
        log.error(
            "feedback: no spool location is writable (%s); %d pending writes are kept in memory only",
            ", ".join(map(str, self.spool_paths)),
            len(self._pending),
        )
        return "in memory only"

    def _remove_spools(self) -> None:
        for spool in self.spool_paths:
            try:
                spool.unlink(missing_ok=True)
            except OSError as exc:  # left behind: writing it again later adds nothing twice
                log.warning("feedback: cannot remove the spool %s (%s)", spool, exc)

    def _load_spool(self) -> list[PendingOp]:
        ops: list[PendingOp] = []
        seen: set[str] = set()
        for spool in self.spool_paths:
            try:
                lines = spool.read_text(encoding="utf-8").splitlines()
            except OSError:
                continue
            for line in lines:
                try:
                    op = PendingOp(**json.loads(line))
                except (ValueError, TypeError) as exc:  # a line cut short by a crash
                    log.warning("feedback: skipping an unreadable line in %s (%s)", spool, exc)
                    continue
                if op.op_id not in seen:
                    seen.add(op.op_id)
                    ops.append(op)
        if ops:
            log.info("feedback: %d pending writes found in a spool; they are written with the next rating", len(ops))
        return ops

    def records(self) -> list[FeedbackRecord]:
        """Every rating, oldest first (pending ones are written first, when the database lets us);
        `FeedbackError` when nothing was ever recorded."""
        if self._pending:
            self.flush()
        with self._connect(create=False) as conn:
            rows = conn.execute(
                "SELECT id, created_at, rating, question, answer, citations, mode, query FROM feedback ORDER BY id"
            ).fetchall()
        return [FeedbackRecord(*row) for row in rows]


def _add_uid_column(conn: sqlite3.Connection) -> None:
    """Databases from before the pending queue have no `uid`: add it (NULL for their rows)."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(feedback)")}
    if "uid" not in columns:
        conn.execute("ALTER TABLE feedback ADD COLUMN uid TEXT")
    conn.execute("CREATE UNIQUE INDEX IF NOT EXISTS feedback_uid ON feedback(uid)")


def _apply(conn: sqlite3.Connection, op: PendingOp) -> None:
    """One queued write; writing the same queue twice leaves the same rows (adds are keyed by uid)."""
    if op.kind == "add":
        conn.execute(
            "INSERT OR IGNORE INTO feedback (uid, created_at, rating, question, answer, citations, mode, query) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (op.uid, op.created_at, op.rating, op.question, op.answer, op.citations, op.mode, op.query),
        )
    elif op.kind == "set":
        conn.execute("UPDATE feedback SET rating = ? WHERE uid = ?", (op.rating, op.uid))
    elif op.kind == "delete":
        conn.execute("DELETE FROM feedback WHERE uid = ?", (op.uid,))
    else:
        raise ValueError(f"unknown feedback operation {op.kind!r}")


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
