from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

import pytest

from assistant.settings import Settings
from ui.commands import cmd_feedback_export, cmd_serve, register
from ui.feedback import FeedbackError, FeedbackStore


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="plan-assistant")
    register(p.add_subparsers(dest="command", required=True))
    return p


def test_register_adds_serve_and_feedback_export() -> None:
    args = parser().parse_args(["serve", "--host", "0.0.0.0", "--port", "8080"])
    assert (args.func, args.host, args.port) == (cmd_serve, "0.0.0.0", 8080)
    args = parser().parse_args(["feedback", "export", "--format", "jsonl", "--out", "x.jsonl"])
    assert (args.func, args.format, args.out) == (cmd_feedback_export, "jsonl", "x.jsonl")
    assert parser().parse_args(["feedback", "export"]).format == "csv"


@pytest.mark.parametrize(
    "argv",
    [["serve", "--port", "0"], ["serve", "--port", "70000"], ["feedback"], ["feedback", "export", "--format", "xml"]],
)
def test_bad_arguments_exit_with_usage(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        parser().parse_args(argv)
    assert exc.value.code == 2


def test_settings_read_feedback_db_and_port_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLAN_ASSISTANT_PORT", "9001")
    settings = Settings()
    assert settings.feedback_db == tmp_path / "feedback.sqlite3"  # set by the autouse fixture
    assert (settings.host, settings.port) == ("127.0.0.1", 9001)


def test_feedback_export_to_file_and_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    settings = Settings()
    assert (
        FeedbackStore(settings.feedback_db)
        .rate("海珠濕地有甚麼規劃？", "據綱要…", [{"chapter_no": 2, "section_no": 2}], 1)
        .written
    )
    out = tmp_path / "export" / "fb.csv"
    assert cmd_feedback_export(parser().parse_args(["feedback", "export", "--out", str(out)]), settings) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[0]["question"] == "海珠濕地有甚麼規劃？" and rows[0]["rating"] == "1"
    assert "exported 1 ratings" in capsys.readouterr().err
    assert cmd_feedback_export(parser().parse_args(["feedback", "export", "--format", "jsonl"]), settings) == 0
    line = json.loads(capsys.readouterr().out)
    assert line["citations"] == [{"chapter_no": 2, "section_no": 2}]


def test_feedback_export_without_ratings_is_a_clean_error() -> None:
    with pytest.raises(FeedbackError, match="rate an answer in the chat UI first"):
        cmd_feedback_export(parser().parse_args(["feedback", "export"]), Settings())
