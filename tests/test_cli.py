from __future__ import annotations

import json

import pytest

from assistant.cli import main


def test_outline_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outline", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["items"]) == 275
    assert set(data["items"][0]) == {"line", "kind", "chapter_no", "section_no", "text"}
    assert len(data["chapters"]) == 15
    assert data["notice"]["doc_no"] == "海府〔2021〕18號"


def test_section(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["section", "2", "2"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].endswith("第二節 中大國際創新生態谷")
    assert "[146]" in out


def test_tasks_query_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tasks", "固体废物", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [t["title"] for t in data] == ["提升固體廢物處理能力"]


def test_tasks_no_match(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tasks", "火星基地"]) == 0
    assert "沒有找到" in capsys.readouterr().out
