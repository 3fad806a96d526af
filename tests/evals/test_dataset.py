from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from corpus.models import Plan
from evals.dataset import DatasetError, check_against_plan, item_problems, load_dataset
from tests.evals.rows import AIR_TARGET, BUNDLED_SETS

DATA = Path(__file__).resolve().parents[2] / "evals" / "data"


@pytest.mark.parametrize("name", BUNDLED_SETS)
def test_bundled_sets_validate(plan: Plan, name: str) -> None:
    items = load_dataset(DATA / name)
    assert check_against_plan(items, plan) == []


def test_evidence_lines_sit_in_the_cited_sections(plan: Plan) -> None:
    place = {i.line: (i.chapter_no, i.section_no) for i in plan.items}  # body lines (TOC lines are titles)
    for item in load_dataset(DATA / "qa.jsonl"):
        if item.lines and item.answerable:
            assert {place[n] for n in item.lines if n in place} <= set(item.citations), item.id


def test_qa_set_meets_the_mix(plan: Plan) -> None:
    items = load_dataset(DATA / "qa.jsonl")
    n = len(items)
    langs = Counter(i.lang for i in items)
    types = Counter(i.type for i in items)
    assert n >= 150
    assert langs["zh-Hans"] / n >= 0.40
    assert langs["en"] >= 3
    assert 0.10 <= types["unanswerable"] / n <= 0.15
    assert sum(1 for i in items if i.type == "follow_up" and i.history) >= 8
    assert set(types) == {
        "fact",
        "number",
        "list",
        "where",
        "ownership",
        "comparison",
        "multi_hop",
        "follow_up",
        "unanswerable",
        "claim",
    }
    assert {i.verdict for i in items if i.type == "claim"} == {"supported", "contradicted", "not_stated"}
    assert {"citizen", "civil_servant"} <= {i.persona for i in items}
    chapters = {c[0] for i in items for c in i.citations}
    assert chapters == {c.chapter_no for c in plan.chapters}  # 前言 and every 章


def _write(tmp_path: Path, rows: list[object]) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8"
    )
    return path


GOOD = AIR_TARGET | {"id": "x1", "question": "空气质量目标？"}


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("{not json", "line 2: not valid JSON"),
        (dict(GOOD, id="x2", lang="zh"), "line 2: field 'lang' must be one of"),
        ({k: v for k, v in GOOD.items() if k != "answer"} | {"id": "x2"}, "line 2: field 'answer' is missing"),
        (dict(GOOD, id="x2", citations=[{"chapter_no": "9"}]), "line 2: field 'citations'"),
        (dict(GOOD, id="x2", lines=["273"]), "line 2: field 'lines' must be a list of integers"),
        (dict(GOOD, id="x2", question="  "), "line 2: field 'question' is empty"),
        (dict(GOOD, history=[{"role": "bot", "content": "x"}], id="x2"), "line 2: field 'history'"),
        (GOOD, "line 2: field 'id' repeats"),
        ([1, 2], "line 2: expected a JSON object"),
    ],
)
def test_malformed_lines_name_line_and_field(tmp_path: Path, bad: object, message: str) -> None:
    with pytest.raises(DatasetError, match=message.replace("(", r"\(")):
        load_dataset(_write(tmp_path, [GOOD, bad]))


def test_items_that_do_not_fit_the_plan(tmp_path: Path, plan: Plan) -> None:
    rows = [
        dict(GOOD, key_facts=["火星基地"]),
        dict(GOOD, id="x2", citations=[{"chapter_no": 9, "section_no": 9}]),
        dict(GOOD, id="x3", lines=[9999]),
    ]
    problems = check_against_plan(load_dataset(_write(tmp_path, rows)), plan)
    assert any("not in the plan text" in p for p in problems)
    assert any("is not a section" in p for p in problems)
    assert any("does not exist" in p for p in problems)


def test_a_key_fact_is_found_as_answers_are_scored(tmp_path: Path, plan: Plan) -> None:
    """The plan prints 先建后驗 (one character Simplified): an evaluator's 先建後驗 or 先建后验 is the
    same fact, as in scoring; a fact on another line is still pointed at."""
    row = dict(GOOD, key_facts=["先建後驗", "先建后验"], citations=[{"chapter_no": 6, "section_no": 1}], lines=[225])
    assert check_against_plan(load_dataset(_write(tmp_path, [row])), plan) == []
    elsewhere = dict(row, key_facts=["先建後驗"], lines=[273], citations=[{"chapter_no": 9, "section_no": 2}])
    (problem,) = check_against_plan(load_dataset(_write(tmp_path, [elsewhere])), plan)
    assert "in none of its lines [273] (it is on line 225," in problem


def test_problems_say_which_items_can_still_be_scored(tmp_path: Path, plan: Plan) -> None:
    rows = [
        # a "where" item whose key fact is a section title printed only in the table of contents
        dict(
            GOOD,
            id="toc",
            type="where",
            key_facts=["激發夜間經濟活力"],
            citations=[{"chapter_no": 5, "section_no": 2}],
            lines=[216],
        ),
        dict(GOOD, id="elsewhere", lines=[140]),
        dict(GOOD, id="no-line", lines=[273, 9999]),
        dict(GOOD, id="no-section", citations=[{"chapter_no": 9, "section_no": 9}]),
        dict(GOOD, id="no-citation", citations=[]),
        dict(GOOD, id="fine"),
    ]
    problems = item_problems(load_dataset(_write(tmp_path, rows)), plan)
    by_id = {p.item_id: p for p in problems}
    assert set(by_id) == {"toc", "elsewhere", "no-line", "no-section", "no-citation"}
    assert {p.item_id for p in problems if p.unscorable} == {"no-section", "no-citation"}
    assert "is in none of its lines [216]" in by_id["toc"].message
    assert "outside the body: the table of contents" in by_id["toc"].message
    assert "(it is on line 123, in 第一章" in by_id["elsewhere"].message  # the first line that prints it
    assert (
        str(by_id["no-line"])
        == "no-line: line 9999 does not exist (plan has " + str(len(plan.source_lines)) + " lines)"
    )


def test_missing_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="not found"):
        load_dataset(tmp_path / "nope.jsonl")
    path = tmp_path / "gbk.jsonl"
    path.write_bytes(json.dumps(GOOD, ensure_ascii=False).encode("gb18030"))
    with pytest.raises(DatasetError, match="not UTF-8"):
        load_dataset(path)
