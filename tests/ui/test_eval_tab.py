"""The 評測 tab's report view without a browser: the metrics, the failing items, escaped, in the chosen script."""

from __future__ import annotations

from typing import Any

from ui.eval_tab import EvalOutcome, failing_html, metrics_html, report_html, too_large_message


def block(n: int, accuracy: float) -> dict[str, Any]:
    return {
        "n": n,
        "retrieval": {"hit@1": 0.5, "hit@5": 1.0, "mrr": 0.75},
        "answer": {
            "key_fact_coverage": 0.5,
            "citation_accuracy": 1.0,
            "citation_precision": 0.5,
            "accuracy": accuracy,
            "n": n,
        },
        "refusal": {"recall": 1.0, "false_refusal_rate": 0.0},
    }


def item(id_: str, correct: bool) -> dict[str, Any]:
    return {
        "id": id_,
        "type": "fact",
        "question": "<b>海珠濕地</b>有甚麼規劃？",
        "expected": [[9, 3]],
        "cited": [[9, 2]],
        "missing_key_facts": ["濕地公園"],
        "refused": False,
        "correct": correct,
    }


REPORT = block(2, 0.5) | {
    "by_lang": {"zh-Hant": block(2, 0.5)},
    "by_type": {"fact": block(2, 0.5)},
    "items": [item("a1", True), item("a2", False)],
    "config": {"dataset": "mine.jsonl", "mode": "extractive", "k": 5, "when": "2026-12-02T01:00:00+00:00"},
}


def test_metrics_table_has_a_row_per_subset() -> None:
    html = metrics_html(REPORT, "auto")
    assert html.count("<tr>") == 4  # header, all, one language, one type
    assert "<th>全部</th>" in html and "<th>語言 zh-Hant</th>" in html and "<th>題型 fact</th>" in html
    assert '<td class="pa-num">0.500</td>' in html


def test_failing_items_only_and_escaped() -> None:
    html = failing_html(REPORT, "auto")
    assert "答錯的題目（1 / 2）" in html
    assert "a2" in html and ">a1<" not in html
    assert "&lt;b&gt;海珠濕地&lt;/b&gt;" in html and "<b>" not in html
    assert "<td>9.3</td><td>9.2</td><td>濕地公園</td><td>否</td>" in html
    none = failing_html(REPORT | {"items": [item("a1", True)]}, "auto")
    assert "沒有答錯的題目" in none


def test_report_in_simplified_and_without_a_report() -> None:
    html = report_html(EvalOutcome("", REPORT), "simplified")
    assert "答错的题目" in html and "数据集" not in html and "资料集 mine.jsonl" in html
    assert "还没有评测报告" in report_html(None, "simplified")
    assert "還沒有評測報告" in report_html(EvalOutcome("busy"), "auto")


def test_too_large_message_names_both_sizes() -> None:
    assert (
        too_large_message(2 * 1024 * 1024, 512 * 1024)
        == "檔案太大（2,048 KB），上限是 512 KB。請分成幾個檔案分別評測。"
    )
