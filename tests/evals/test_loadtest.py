"""The load script's own parts (the run against a real server is in test_server_process)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from evals.loadtest import QUESTIONS, LoadResult, MemoryTrace, question_mix, rss_mb


def test_the_mix_is_the_distinct_single_turn_questions_of_the_evaluation_sets(tmp_path: Path) -> None:
    (tmp_path / "evals" / "data").mkdir(parents=True)
    rows = [
        {"question": "海珠濕地有甚麼規劃？"},
        {"question": "那它的面積呢？", "history": [{"role": "user", "content": "琶洲試驗區是什麼？"}]},
        {"question": "海珠濕地有甚麼規劃？"},
        {"question": "What is the GDP target?"},
    ]
    (tmp_path / "evals" / "data" / "qa.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\nnot json\n", encoding="utf-8"
    )
    assert question_mix(tmp_path) == ("海珠濕地有甚麼規劃？", "What is the GDP target?")
    assert question_mix(tmp_path / "elsewhere") == QUESTIONS
    assert len(question_mix()) > 150  # the repo's own sets


def test_memory_trace_reports_growth_over_the_second_half() -> None:
    trace = MemoryTrace((300.0, 310.0, 320.0, 321.0, 322.0))
    assert (trace.at(0), trace.at(0.5), trace.at(1)) == (300.0, 320.0, 322.0)
    assert "second half +2 MB" in trace.report()
    assert "not sampled" in MemoryTrace(()).report()
    assert (rss_mb(os.getpid()) or 0) > 10


def test_the_report_names_turned_away_requests_and_percentiles() -> None:
    r = LoadResult(
        12, 2, 4, 2.0, tuple(float(x) for x in range(1, 11)), {"200": 10, "503": 2}, 5, rejected_ms=(3.0, 4.0)
    )
    text = r.report()
    assert "errors=2" in text and "503: 2" in text and "p99 10" in text
    assert "turned away (429/503): 2" in text
