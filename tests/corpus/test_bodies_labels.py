"""Task bodies against a hand-labelled list (tests/data/task_bodies.jsonl, written by someone who
had not read the extraction code): precision must be at least 0.95; recall is reported.

How an extracted body is matched to a labelled one (the same rule for precision and recall):
- names are compared after taking out printing conventions that do not change which body is
  meant: quotation and title marks (“…”, 「…」, 《…》) and a short parenthesised gloss
  (`人工智能與數字經濟廣東省實驗室(廣州)` = `人工智能與數字經濟廣東省實驗室`);
- an extracted name also counts when it is a labelled name with a *leading* qualifier trimmed
  and its head kept (`粵港澳大灣區建設領導小組` for `區推進粵港澳大灣區建設領導小組`), if it is at
  least 4 characters long. A *trailing* trim does not count: it changes the head, hence the body
  (`中大國際創新生態谷` is not `中大國際創新生態谷紡織產業聯合會`);
- anything else extracted, including a name labelled as not a body, is wrong.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from corpus.models import Plan
from corpus.tasks import build_tasks

LABELS = Path(__file__).resolve().parents[1] / "data" / "task_bodies.jsonl"
_MARKS_RE = re.compile(r"[“”\"「」《》『』\s]")
_GLOSS_RE = re.compile(r"[(（][^()（）]{1,8}[)）]")


def canon(name: str) -> str:
    return _GLOSS_RE.sub("", _MARKS_RE.sub("", name))


def matches(extracted: str, labelled: str) -> bool:
    e, g = canon(extracted), canon(labelled)
    return e == g or (len(e) >= 4 and g.endswith(e))


def score(labels: list[dict[str, Any]], bodies: dict[str, tuple[str, ...]]) -> dict[str, Any]:
    right, wrong, found, total = 0, [], 0, 0
    for label in labels:
        extracted = bodies[label["task_id"]]
        gold = label["bodies"]
        for e in extracted:
            if any(matches(e, g) for g in gold):
                right += 1
            else:
                wrong.append((label["task_id"], e))
        total += len(gold)
        found += sum(any(matches(e, g) for e in extracted) for g in gold)
    n = right + len(wrong)
    return {"precision": right / n if n else 0.0, "n": n, "wrong": wrong, "recall": found / total, "gold": total}


@pytest.fixture(scope="module")
def labels() -> list[dict[str, Any]]:
    return [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_labelled_list_covers_at_least_40_tasks(labels: list[dict[str, Any]], plan: Plan) -> None:
    ids = {t.task_id for t in build_tasks(plan)}
    assert len({x["task_id"] for x in labels}) >= 40
    assert {x["task_id"] for x in labels} <= ids
    for x in labels:  # the line is the task's: the labels refer to this plan's tasks
        assert f"t{x['line']}" == x["task_id"]


def test_precision_against_the_labels(labels: list[dict[str, Any]], plan: Plan) -> None:
    bodies = {t.task_id: t.bodies for t in build_tasks(plan)}
    result = score(labels, bodies)
    print(
        f"\nbodies vs labels: precision {result['precision']:.3f} ({result['n']} extracted), "
        f"recall {result['recall']:.3f} ({result['gold']} labelled); wrong: {result['wrong']}"
    )
    assert result["precision"] >= 0.95, result["wrong"]
    assert result["recall"] >= 0.5  # not precision bought by extracting almost nothing


def test_the_matching_rule() -> None:
    assert matches("人工智能與數字經濟廣東省實驗室", "人工智能與數字經濟廣東省實驗室(廣州)")
    assert matches("5G智慧政務創新實驗室", "“5G智慧政務創新實驗室”")
    assert matches("粵港澳大灣區建設領導小組", "區推進粵港澳大灣區建設領導小組")
    assert not matches("中大國際創新生態谷", "中大國際創新生態谷紡織產業聯合會")
    assert not matches("小組", "區推進粵港澳大灣區建設領導小組")
    labels = [{"task_id": "t1", "bodies": ["琶洲實驗室", "中山大學"]}]
    result = score(labels, {"t1": ("琶洲實驗室", "海珠濕地")})
    assert (result["precision"], result["recall"], result["wrong"]) == (0.5, 0.5, [("t1", "海珠濕地")])
