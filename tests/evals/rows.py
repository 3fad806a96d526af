"""Evaluation items shared by the runner tests: one a search answers, one the plan does not cover."""

from __future__ import annotations

import json
from typing import Any

# the evaluation sets that ship in evals/data
BUNDLED_SETS = tuple(
    f"{name}.jsonl"
    for name in (
        "qa",
        "heldout",
        "fresh1",
        "fresh2",
        "fresh3",
        "fresh4",
        "fresh5",
        "fresh6",
        "fresh7",
        "fresh8",
        "fresh9",
        "fresh10",
        "fresh11",
        "fresh12",
        "fresh13",
        "fresh14",
        "fresh15",
        "fresh16",
        "fresh17",
        "fresh18",
        "fresh19",
        "fresh20",
        "fresh21",
        "fresh22",
        "fresh23",
        "fresh24",
        "fresh25",
        "fresh26",
        "fresh27",
        "fresh28",
        "fresh29",
        "fresh30",
        "fresh31",
        "fresh32",
        "fresh33",
        "fresh34",
        "fresh35",
        "fresh36",
        "fresh37",
        "fresh38",
        "fresh39",
        "fresh40",
        "fresh41",
        "fresh42",
        "fresh43",
        "fresh44",
        "fresh45",
        "fresh46",
        "fresh47",
        "fresh48",
        "fresh49",
        "fresh50",
        "fresh51",
        "fresh52",
        "fresh53",
        "fresh54",
        "fresh55",
        "fresh56",
        "fresh57",
        "fresh58",
        "fresh59",
        "fresh60",
        "fresh61",
        "fresh62",
        "fresh63",
        "fresh64",
        "fresh65",
        "fresh66",
        "fresh67",
        "fresh68",
        "fresh69",
        "fresh70",
        "fresh71",
        "fresh72",
        "fresh73",
        "fresh74",
        "fresh75",
        "fresh76",
        "fresh77",
        "fresh78",
    )
)

AIR_TARGET: dict[str, Any] = {
    "id": "air",
    "question": "到2025年空气质量优良天数比例目标是多少？",
    "lang": "zh-Hans",
    "persona": "citizen",
    "type": "number",
    "answer": "86%",
    "key_facts": ["86%"],
    "citations": [{"chapter_no": 9, "section_no": 2}],
    "lines": [273],
}

NOT_IN_PLAN: dict[str, Any] = {
    "id": "absent",
    "question": "天河区的夜间经济怎么规划？",
    "lang": "zh-Hans",
    "persona": "citizen",
    "type": "unanswerable",
    "answer": "不涉及",
    "key_facts": [],
    "citations": [],
    "lines": [],
}


def jsonl(rows: list[dict[str, Any]]) -> str:
    """The rows as a JSONL file's text."""
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"
