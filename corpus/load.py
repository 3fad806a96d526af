"""Read a plan file into text, with errors that say what is wrong and what to do.

Plans are read as UTF-8 (with or without a BOM). GB18030, the other encoding Chinese government
documents ship in, is read when asked for (`encoding="gb18030"`, or `"auto"` to try UTF-8 then
GB18030); a GB18030 file read as UTF-8 is refused with a message that says how to read it.
Anything that decodes but is not mostly text is refused.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from corpus.errors import PlanLoadError

MAX_BYTES = 20 * 1024 * 1024  # a five-year plan is ~150 KB; 20 MB is clearly something else
_ENCODINGS = ("utf-8-sig", "gb18030")


@dataclass(frozen=True)
class RawText:
    text: str
    encoding: str
    sha256: str  # of the decoded text as UTF-8: the same plan in another encoding hashes the same
    source: str


def bundled_plan_path() -> Path:
    """The copy of the Haizhu 14th Five-Year Plan that ships inside the package."""
    return Path(str(resources.files("corpus") / "data" / "haizhu_14th_fyp.txt"))


def read_plan_bytes(path: Path) -> bytes:
    if not path.exists():
        raise PlanLoadError(f"plan file not found: {path} — check the path (omit --plan to use the bundled plan)")
    if path.is_dir():
        raise PlanLoadError(f"plan path is a directory, not a file: {path}")
    size = path.stat().st_size
    if size == 0:
        raise PlanLoadError(f"plan file is empty: {path}")
    if size > MAX_BYTES:
        raise PlanLoadError(f"plan file is {size:,} bytes, over the {MAX_BYTES:,}-byte limit: {path}")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise PlanLoadError(f"cannot read plan file {path}: {exc.strerror or exc}") from exc


ENCODINGS = ("utf-8", "gb18030", "auto")


def decode_plan(data: bytes, source: str = "<bytes>", encoding: str = "utf-8") -> RawText:
    """Decode plan bytes in `encoding` ('utf-8', 'gb18030' or 'auto'); refuse binary data."""
    if encoding not in ENCODINGS:
        raise PlanLoadError(f"encoding must be one of {', '.join(ENCODINGS)}, got {encoding!r}")
    if not data.strip():
        raise PlanLoadError(f"plan file is empty: {source}")
    if b"\x00" in data:
        raise PlanLoadError(f"plan file is binary, not text (it contains NUL bytes): {source}")
    tries = {"utf-8": ("utf-8-sig",), "gb18030": ("gb18030",), "auto": _ENCODINGS}[encoding]
    for codec in tries:
        text = _decode(data, codec)
        if text is not None:
            return RawText(
                text=text,
                encoding="utf-8" if codec == "utf-8-sig" else codec,
                sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                source=source,
            )
    if encoding == "utf-8" and _decode(data, "gb18030") is not None:
        raise PlanLoadError(
            f"plan file is not UTF-8 but looks GB18030-encoded: {source} — convert it "
            "(iconv -f GB18030 -t UTF-8) or pass --encoding gb18030"
        )
    raise PlanLoadError(
        f"plan file is not {'UTF-8 or GB18030' if encoding == 'auto' else encoding.upper()} text: {source}"
    )


def _decode(data: bytes, codec: str) -> str | None:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if not _looks_like_text(text):
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_like_text(text: str) -> bool:
    """Reject decodes full of control or private-use characters (random bytes decode as GB18030)."""
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\n\r\t") or 0xE000 <= ord(ch) <= 0xF8FF)
    return bad <= len(text) * 0.001


def load_text(path: Path | None = None, encoding: str = "utf-8") -> RawText:
    """Read and decode the plan at `path` (the bundled plan when None)."""
    path = path or bundled_plan_path()
    return decode_plan(read_plan_bytes(path), source=str(path), encoding=encoding)
