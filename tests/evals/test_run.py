"""`plan-assistant eval` end to end on a small dataset made here, with the real assistant."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.service import Assistant
from evals.run import run_eval

pytestmark = pytest.mark.slow

ROWS = [
    {
        "id": "t1",
        "question": "到2025年空气质量优良天数比例目标是多少？",
        "lang": "zh-Hans",
        "persona": "citizen",
        "type": "number",
        "answer": "86%",
        "key_facts": ["86%"],
        "citations": [{"chapter_no": 9, "section_no": 2}],
        "lines": [273],
    },
    {
        "id": "t2",
        "question": "人才公寓怎麼建設？",
        "lang": "zh-Hant",
        "persona": "civil_servant",
        "type": "fact",
        "answer": "…",
        "key_facts": [],
        "citations": [{"chapter_no": 12, "section_no": 7}],
        "lines": [335],
    },
    {
        "id": "t3",
        "question": "那它的面积呢？",
        "history": [{"role": "user", "content": "琶洲试验区是干啥的"}, {"role": "assistant", "content": "…"}],
        "lang": "zh-Hans",
        "persona": "citizen",
        "type": "follow_up",
        "answer": "30平方公里",
        "key_facts": ["面積30平方公里"],
        "citations": [{"chapter_no": 2, "section_no": 1}],
        "lines": [140],
    },
    {
        "id": "t4",
        "question": "天河区的夜间经济怎么规划？",
        "lang": "zh-Hans",
        "persona": "citizen",
        "type": "unanswerable",
        "answer": "不涉及",
        "key_facts": [],
        "citations": [],
        "lines": [],
    },
]


@pytest.fixture
def small_set(tmp_path: Path) -> Path:
    path = tmp_path / "small.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS) + "\n", encoding="utf-8")
    return path


def test_run_eval_writes_the_report(assistant: Assistant, small_set: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    report = run_eval(assistant, small_set, out=out, progress=False, baseline="naive")
    assert set(report) >= {
        "n",
        "retrieval",
        "answer",
        "refusal",
        "latency_ms",
        "by_lang",
        "by_type",
        "config",
        "baseline",
        "script_parity",
    }
    assert report["n"] == 4
    for block in report["by_lang"].values():
        assert set(block) >= {"n", "retrieval", "answer", "refusal"}
    assert set(report["by_type"]) == {"number", "fact", "follow_up", "unanswerable"}
    assert report["refusal"]["recall"] == 1.0
    for value in [*report["retrieval"].values(), *report["answer"].values()]:
        assert 0 <= value <= 4
    assert (out / "report.md").read_text(encoding="utf-8").startswith("# Evaluation report")
    assert (out / "accuracy.png").read_bytes()[:4] == b"\x89PNG"
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["n"] == 4
    assert 0 <= report["baseline"]["retrieval"]["hit@1"] <= 1


def test_cli_eval_reports_a_bad_dataset_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], shared_index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLAN_ASSISTANT_INDEX_DIR", str(shared_index_dir))
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(ROWS[0], ensure_ascii=False) + '\n{"id": 3}\n', encoding="utf-8")
    assert main(["eval", "--dataset", str(bad), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bad.jsonl line 2" in err[0] and "Traceback" not in err[0]
