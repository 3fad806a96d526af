"""`plan-assistant eval` end to end on a small dataset made here, with the real assistant."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.service import Assistant
from evals.dataset import DatasetError
from evals.run import run_eval
from tests.evals.rows import AIR_TARGET, NOT_IN_PLAN, jsonl

pytestmark = pytest.mark.slow

ROWS = [
    AIR_TARGET | {"id": "t1"},
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
    NOT_IN_PLAN | {"id": "t4"},
]


@pytest.fixture
def small_set(tmp_path: Path) -> Path:
    path = tmp_path / "small.jsonl"
    path.write_text(jsonl(ROWS), encoding="utf-8")
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
    assert [i["id"] for i in report["items"]] == ["t1", "t2", "t3", "t4"]
    assert report["dataset"] == {"n_items": 4, "n_scored": 4, "n_skipped": 0, "skipped": [], "warnings": []}
    t4 = report["items"][3]
    assert t4["correct"] is True and t4["refused"] is True and t4["expect_refusal"] is True


def test_cli_eval_reports_a_bad_dataset_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is read before the index is opened: no index is built for a file that cannot run."""
    monkeypatch.setenv("PLAN_ASSISTANT_INDEX_DIR", str(tmp_path / "no-index"))
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(ROWS[0], ensure_ascii=False) + '\n{"id": 3}\n', encoding="utf-8")
    assert main(["eval", "--dataset", str(bad), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bad.jsonl line 2" in err[0] and "Traceback" not in err[0]
    assert not (tmp_path / "no-index").exists()


# an evaluator's labelling: the key fact of a "where" item is a 節 title printed only in the table
# of contents, not on the listed evidence line; and one item cites a 節 the plan does not have
TOC_ITEM = {
    "id": "w1",
    "question": "夜間經濟的任務寫在哪一節？",
    "lang": "zh-Hant",
    "persona": "evaluator",
    "type": "where",
    "answer": "第五章第二節 激發夜間經濟活力",
    "key_facts": ["激發夜間經濟活力"],
    "citations": [{"chapter_no": 5, "section_no": 2}],
    "lines": [216],
}
NO_SECTION = dict(ROWS[0], id="x9", citations=[{"chapter_no": 9, "section_no": 9}])
# right facts, wrong question: fails whatever the product does
ALWAYS_WRONG = dict(
    ROWS[1], id="t5", key_facts=["面積30平方公里"], citations=[{"chapter_no": 2, "section_no": 1}], lines=[140]
)


@pytest.fixture
def evaluators_set(tmp_path: Path) -> Path:
    path = tmp_path / "evaluator.jsonl"
    rows = [*ROWS, TOC_ITEM, NO_SECTION, ALWAYS_WRONG]
    path.write_text(jsonl(rows), encoding="utf-8")
    return path


def test_mismatched_evidence_lines_give_a_full_report_with_warnings(
    assistant: Assistant, evaluators_set: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    report = run_eval(assistant, evaluators_set, out=out, progress=False, parity=False)
    data = report["dataset"]
    assert (data["n_items"], data["n_scored"], data["n_skipped"]) == (7, 6, 1)
    assert data["skipped"] == [{"id": "x9", "problems": ["citation (9, 9) is not a section of the plan"]}]
    assert [w["id"] for w in data["warnings"]] == ["w1"] and "table of contents" in data["warnings"][0]["problem"]
    assert report["n"] == 6 and {i["id"] for i in report["items"]} == {"t1", "t2", "t3", "t4", "w1", "t5"}
    w1 = next(i for i in report["items"] if i["id"] == "w1")
    assert w1["warnings"] == [data["warnings"][0]["problem"]] and w1["expected"] == [[5, 2]]
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "7 items: 6 scored, 1 skipped (cannot be scored), 1 warning(s)" in md
    assert "- `x9`: citation (9, 9) is not a section of the plan" in md and "- `w1`: key fact '激發夜間經濟活力'" in md
    failing = md[md.index("## Failing items") :]
    t5 = next(i for i in report["items"] if i["id"] == "t5")
    assert t5["correct"] is False and t5["missing_key_facts"] == ["面積30平方公里"]
    row = next(line for line in failing.splitlines() if line.startswith("| t5 |"))
    assert "人才公寓怎麼建設？" in row and "| 2.1 |" in row and "| 面積30平方公里 |" in row and row.count("|") == 9
    assert all(f"| {i['id']} |" in failing for i in report["items"] if not i["correct"])
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["dataset"] == data


def test_strict_refuses_the_same_file(assistant: Assistant, evaluators_set: Path, tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="2 item\\(s\\) do not fit this plan, first: w1: key fact"):
        run_eval(assistant, evaluators_set, out=tmp_path / "out", progress=False, strict=True)
    assert not (tmp_path / "out").exists()


def test_cli_strict_and_compare(
    evaluators_set: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    shared_index_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PLAN_ASSISTANT_INDEX_DIR", str(shared_index_dir))
    assert main(["eval", "--dataset", str(evaluators_set), "--out", str(tmp_path / "s"), "--strict"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "do not fit this plan" in err[0] and "drop --strict" in err[0]

    assert main(["eval", "--dataset", str(evaluators_set), "--out", str(tmp_path / "before")]) == 0
    previous = json.loads((tmp_path / "before" / "report.json").read_text(encoding="utf-8"))
    # pretend the earlier run differed: an item right now was wrong, one wrong now (t5 always is) was right
    right = next(i for i in previous["items"] if i["correct"])
    wrong = next(i for i in previous["items"] if i["id"] == "t5")
    assert wrong["correct"] is False
    right["correct"], wrong["correct"] = False, True
    previous["answer"]["accuracy"] = round(previous["answer"]["accuracy"] - 0.25, 4)
    (tmp_path / "before" / "report.json").write_text(json.dumps(previous, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()

    args = ["eval", "--dataset", str(evaluators_set), "--out", str(tmp_path / "after")]
    assert main([*args, "--compare", str(tmp_path / "before" / "report.json")]) == 0
    shown = capsys.readouterr().out
    assert f"## Fixed\n\n- `{right['id']}` " in shown and "## Broken\n\n- `t5` 人才公寓怎麼建設？" in shown
    assert "| answer.accuracy |" in shown and "| +0.25 |" in shown
    diff = json.loads((tmp_path / "after" / "compare.json").read_text(encoding="utf-8"))
    assert (diff["fixed"], diff["broken"]) == ([right["id"]], ["t5"])
    assert main([*args, "--compare", str(tmp_path / "nowhere.json")]) == 2
    assert "--compare: no report at" in capsys.readouterr().err


def test_a_failure_on_one_item_is_reported_with_it_and_the_run_goes_on(
    assistant: Assistant, small_set: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_ask = assistant.ask

    def ask(question: str, *args: object, **kwargs: object) -> object:
        if question == "人才公寓怎麼建設？":
            raise ValueError("could not convert string to float: '六项'")
        return real_ask(question, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(assistant, "ask", ask)
    report = run_eval(assistant, small_set, out=tmp_path / "out", progress=False, parity=False)
    t2 = next(i for i in report["items"] if i["id"] == "t2")
    assert t2["correct"] is False and "ValueError" in t2["warnings"][0] and "please report it" in t2["warnings"][0]
    assert report["n"] == 4 and sum(i["correct"] for i in report["items"]) >= 2
    assert "- `t2`: the assistant failed on this item" in (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
