from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.cli import main
from corpus.errors import PlanFormatError, PlanLoadError
from corpus.load import bundled_plan_path, decode_plan
from corpus.plan import load_plan


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_clean_line(code: int, err: str, needle: str) -> None:
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert needle in lines[0]


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(["--plan", str(tmp_path / "nope.txt"), "outline"], capsys)
    assert_one_clean_line(code, err, "not found")


def test_empty_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    code, _, err = run_cli(["--plan", str(path), "outline"], capsys)
    assert_one_clean_line(code, err, "empty")


def test_random_bytes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "random.bin"
    path.write_bytes(os.urandom(4096))
    code, _, err = run_cli(["--plan", str(path), "outline"], capsys)
    assert_one_clean_line(code, err, "plan file")


def test_text_without_toc(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "prose.txt"
    path.write_text("這是一段普通的文字。\n沒有目錄。\n", encoding="utf-8")
    code, _, err = run_cli(["--plan", str(path), "outline"], capsys)
    assert_one_clean_line(code, err, "table of contents")


def test_toc_without_body(tmp_path: Path) -> None:
    path = tmp_path / "toc_only.txt"
    path.write_text("標題\n前 言\n第一章 總則\n第一節 目標\n", encoding="utf-8")
    with pytest.raises(PlanFormatError, match="no body"):
        load_plan(path)


def test_unknown_section(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(["section", "9", "9"], capsys)
    assert_one_clean_line(code, err, "no section 9 in chapter 9")
    code, _, err = run_cli(["section", "15", "1"], capsys)
    assert_one_clean_line(code, err, "no chapter 15")


def _gb_copy(tmp_path: Path) -> Path:
    path = tmp_path / "gb.txt"
    path.write_bytes(bundled_plan_path().read_text(encoding="utf-8").encode("gb18030"))
    return path


def test_gb18030_copy_is_refused_with_the_way_to_read_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(["--plan", str(_gb_copy(tmp_path)), "outline"], capsys)
    assert_one_clean_line(code, err, "looks GB18030-encoded")
    assert "--encoding gb18030" in err


@pytest.mark.parametrize("encoding", ["gb18030", "auto"])
def test_gb18030_copy_reads_as_the_same_plan_when_asked(tmp_path: Path, encoding: str) -> None:
    plan = load_plan(_gb_copy(tmp_path), encoding=encoding)
    assert plan.encoding == "gb18030"
    original = load_plan()
    assert plan.source_sha256 == original.source_sha256  # so the document's overrides still apply
    assert [(i.line, i.chapter_no, i.section_no) for i in plan.items] == [
        (i.line, i.chapter_no, i.section_no) for i in original.items
    ]


def test_gb18030_copy_via_cli_with_encoding(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(["--plan", str(_gb_copy(tmp_path)), "--encoding", "gb18030", "section", "9", "2"], capsys)
    assert code == 0 and err == ""
    assert "嚴格執行污染防治" in out


def test_binary_with_nul() -> None:
    with pytest.raises(PlanLoadError, match="binary"):
        decode_plan(b"abc\x00def")


def test_directory_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(PlanLoadError, match="directory"):
        load_plan(tmp_path)
