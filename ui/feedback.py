"""👍/👎 feedback on answers, kept in a database (one SQLite file by default, or PostgreSQL shared
by several replicas) and exported as CSV or JSON Lines.

    store = FeedbackStore(Path("feedback.sqlite3"))               # or FeedbackStore("postgresql://…")
    receipt = store.rate(question, answer_text, citations_json, +1)   # receipt.uid names it
    store.change(receipt.uid, -1)         # the user changed their mind (0 withdraws it)
    receipt.written                       # False: queued, the database is locked, read-only or down
    export(store.records(), "csv", sys.stdout)

A rating the database does not take (locked, read-only, unreachable) is logged and kept in
order in a pending queue, in memory and in a JSON Lines spool (next to a SQLite file, in the
working folder for a database URL; the temporary folder when that folder is read-only too); the
queue is written on the next rating, on `records()`, and every `retry_s` seconds, in one
transaction. Ratings carry a unique id, so writing a queue again after a crash, or a client
sending the same rating twice, adds no row twice. A new store picks up a spool left behind.

SQL goes through SQLAlchemy Core, so the same code writes SQLite and PostgreSQL (psycopg 3).
A SQLite connection is opened per call: the UI rates from worker threads and at a few writes a
minute the cost is nothing; a server database keeps a small pool, checked before each use.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import os
import tempfile
import threading
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TextIO

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import NullPool

from assistant.settings import Settings
from corpus.errors import PlanAssistantError

FORMATS = ("csv", "jsonl")
RETRY_S = 30.0  # how often a pending queue is retried when no new rating comes to flush it
log = logging.getLogger("plan_assistant.feedback")

DIALECTS = ("sqlite", "postgresql")

# The SQLite files written before SQLAlchemy had this table (and `uid` added later): the same columns.
_metadata = sa.MetaData()
_table = sa.Table(
    "feedback",
    _metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("created_at", sa.Text, nullable=False),  # ISO 8601, UTC
    sa.Column("rating", sa.Integer, sa.CheckConstraint("rating IN (1, -1)"), nullable=False),
    sa.Column("question", sa.Text, nullable=False),
    sa.Column("answer", sa.Text, nullable=False),
    sa.Column("citations", sa.Text, nullable=False),  # JSON list of Citation objects
    sa.Column("mode", sa.Text, nullable=False, server_default=""),
    sa.Column("query", sa.Text, nullable=False, server_default=""),  # the standalone query actually searched
    sa.Column("uid", sa.Text),  # names a rating for changes; NULL on rows from before the pending queue
    sqlite_autoincrement=True,
)
_uid_index = sa.Index("feedback_uid", _table.c.uid, unique=True)


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
        target: Path | str,
        *,
        timeout_s: float = 10.0,
        retry_s: float | None = RETRY_S,
        spool_dirs: Sequence[Path] | None = None,
        spool_tag: str = "",
    ) -> None:
        """`target`: a SQLite file, or a database URL (`sqlite:///…`, `postgresql://…`); `timeout_s`:
        how long a write waits for a lock or a connection; `retry_s`: how often a pending queue is
        retried (None: only on the next rating or `records()`); `spool_dirs`: where the queue may be
        saved, first writable wins (default: next to a SQLite file or in the working folder, then
        the temporary folder); `spool_tag`: part of the spool's name, so replicas sharing a folder
        and a database keep separate queues (`open_feedback` uses the server's port)."""
        self.timeout_s = timeout_s
        self.retry_s = retry_s
        self.url, self.path = _parse_target(target)
        self.where = str(self.path) if self.path is not None else self.url.render_as_string(hide_password=True)
        is_url = isinstance(target, str) and "://" in target
        self.setting = "PLAN_ASSISTANT_FEEDBACK_URL" if is_url else "PLAN_ASSISTANT_FEEDBACK_DB"
        self.engine = self._engine()
        if self.path is not None:
            name = f"{self.path.name}{'-' + spool_tag if spool_tag else ''}.pending.jsonl"
            key = str(self.path.absolute()) + spool_tag
            home = self.path.parent
        else:
            key = self.url.render_as_string(hide_password=True) + spool_tag
            name = f".plan_feedback-{hashlib.sha256(key.encode()).hexdigest()[:12]}.pending.jsonl"
            home = Path.cwd()
        tag = hashlib.sha256(key.encode()).hexdigest()[:12]
        dirs = list(spool_dirs) if spool_dirs is not None else [home, Path(tempfile.gettempdir())]
        self.spool_paths = [d / name if n == 0 else d / f"plan-assistant-{tag}-{name}" for n, d in enumerate(dirs)]
        self._lock = threading.Lock()
        self._ready = False  # the table and its index are known to be there
        self._pending: list[PendingOp] = self._load_spool()
        self._timer: threading.Timer | None = None

    def _engine(self) -> Engine:
        try:
            if self.url.get_backend_name() == "sqlite":
                # a connection per call (NullPool): nothing holds the file open between ratings
                return sa.create_engine(self.url, poolclass=NullPool, connect_args={"timeout": self.timeout_s})
            return sa.create_engine(
                self.url,
                pool_size=2,
                max_overflow=4,
                pool_pre_ping=True,  # a database restarted since the last rating: reconnect, do not fail
                pool_timeout=self.timeout_s,
                connect_args={"connect_timeout": max(1, round(self.timeout_s))},
            )
        except ImportError as exc:
            raise FeedbackError(
                f"cannot use the feedback database {self.where}: its driver is not installed ({exc}) — "
                "pip install 'plan-assistant[postgres]'"
            ) from exc
        except (sa.exc.ArgumentError, TypeError, ValueError) as exc:
            raise FeedbackError(f"bad feedback database URL {self.where}: {exc} — check {self.setting}") from exc

    @contextmanager
    def _connect(self, *, create: bool) -> Iterator[Connection]:
        """One transaction; the table is created on the first write. `FeedbackError` for any database failure."""
        if self.path is not None:
            if not create and not self.path.exists():
                raise FeedbackError(
                    f"no feedback recorded yet: {self.path} does not exist — rate an answer in the chat UI first"
                )
            try:
                if create:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise FeedbackError(
                    f"cannot open the feedback database {self.path}: {exc} — set {self.setting} to a writable file"
                ) from exc
        try:
            with self.engine.begin() as conn:
                if create and not self._ready:
                    _create_schema(conn)
                elif not create and not sa.inspect(conn).has_table("feedback"):
                    raise FeedbackError(
                        f"no feedback recorded yet in {self.where} — rate an answer in the chat UI first"
                    )
                yield conn
            self._ready = self._ready or create
        except sa.exc.SQLAlchemyError as exc:
            self._ready = False  # a file deleted or a database recreated meanwhile: check again next time
            reason = getattr(exc, "orig", None) or exc
            next_step = (
                f"set {self.setting} to a writable file"
                if self.path is not None
                else f"check that the database is up and {self.setting} is right"
            )
            raise FeedbackError(f"feedback database {self.where}: {str(reason).strip()} — {next_step}") from exc

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
        uid: str | None = None,
    ) -> Receipt:
        """Record a new rating (written now, or queued and written later). `uid`: the caller's own id
        for it (an API client's, so that sending it again after a lost reply adds nothing); default a new one."""
        _check_rating(rating)
        now = datetime.now(UTC).isoformat(timespec="seconds")
        op = PendingOp(
            "add",
            uid or uuid.uuid4().hex,
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
            log.info("feedback: %d pending writes are now in %s", n, self.where)
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
        t = _table.c
        query = sa.select(t.id, t.created_at, t.rating, t.question, t.answer, t.citations, t.mode, t.query)
        with self._connect(create=False) as conn:
            rows = conn.execute(query.order_by(t.id)).all()
        return [FeedbackRecord(*row) for row in rows]


def _parse_target(target: Path | str) -> tuple[sa.URL, Path | None]:
    """A path or a URL as (URL, SQLite file or None); `postgresql://` means psycopg 3."""
    if isinstance(target, Path) or "://" not in target:
        path = Path(target)
        return sa.URL.create("sqlite", database=str(path)), path
    try:
        url = sa.make_url(
            target.replace("postgres://", "postgresql://", 1) if target.startswith("postgres://") else target
        )
    except (sa.exc.ArgumentError, ValueError) as exc:
        raise FeedbackError(f"bad feedback database URL: {exc} — check PLAN_ASSISTANT_FEEDBACK_URL") from exc
    backend = url.get_backend_name()
    if backend not in DIALECTS:
        raise FeedbackError(
            f"feedback databases are SQLite or PostgreSQL, got a {backend!r} URL — use sqlite:///file or "
            "postgresql://user:password@host/database in PLAN_ASSISTANT_FEEDBACK_URL"
        )
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        return url, Path(url.database or "") if url.database not in (None, "", ":memory:") else None
    return url, None


def _create_schema(conn: Connection) -> None:
    """The table and the unique index on `uid`; SQLite files from before the pending queue get `uid` added."""
    _metadata.create_all(conn, checkfirst=True)
    columns = {column["name"] for column in sa.inspect(conn).get_columns("feedback")}
    if "uid" not in columns:
        conn.execute(sa.text("ALTER TABLE feedback ADD COLUMN uid TEXT"))
    _uid_index.create(conn, checkfirst=True)


def _apply(conn: Connection, op: PendingOp) -> None:
    """One queued write; writing the same queue twice leaves the same rows (adds are keyed by uid)."""
    t = _table.c
    if op.kind == "add":
        insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
        values = {
            "uid": op.uid,
            "created_at": op.created_at,
            "rating": op.rating,
            "question": op.question,
            "answer": op.answer,
            "citations": op.citations,
            "mode": op.mode,
            "query": op.query,
        }
        conn.execute(insert(_table).values(values).on_conflict_do_nothing(index_elements=["uid"]))
    elif op.kind == "set":
        conn.execute(sa.update(_table).where(t.uid == op.uid).values(rating=op.rating))
    elif op.kind == "delete":
        conn.execute(sa.delete(_table).where(t.uid == op.uid))
    else:
        raise ValueError(f"unknown feedback operation {op.kind!r}")


def open_feedback(settings: Settings) -> FeedbackStore:
    """The store the settings name: `feedback_url` when set, else the SQLite file `feedback_db`."""
    if settings.feedback_url:
        return FeedbackStore(settings.feedback_url, spool_tag=str(settings.port))
    return FeedbackStore(settings.feedback_db)


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
