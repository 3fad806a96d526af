"""The evaluation set format: one JSON object per line, checked field by field.

Evaluators bring their own files in this format, so every error names the line and the field:

    {"id": "a001", "question": "海珠区GDP现在多少了？", "lang": "zh-Hans", "persona": "citizen",
     "type": "number", "answer": "2020年2086.93亿元", "key_facts": ["2086.93億元"],
     "citations": [{"chapter_no": 1, "section_no": 1}], "lines": [88]}
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corpus.errors import PlanAssistantError
from corpus.models import Plan
from evals.facts import normalize_fact, occurs

LANGS = ("zh-Hans", "zh-Hant", "en")
PERSONAS = ("citizen", "civil_servant", "evaluator")
TYPES = (
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
)
# A `claim` item states something and asks whether the plan says so; its `verdict` is what the plan does:
# supports it, says something else (contradicted), or never mentions it (not_stated: a refusal is expected).
VERDICTS = ("supported", "contradicted", "not_stated")
FIELDS = ("id", "question", "lang", "persona", "type", "answer", "key_facts", "citations", "lines")
MAX_QUESTION_CHARS = 2000
MISSING_ZH = "缺少"
CITATIONS_ZH = "應是 {chapter_no: 整數, section_no: 整數} 物件的列表"
HISTORY_ZH = '應是 {role: "user" 或 "assistant", content: 字串} 物件的列表'


class DatasetError(PlanAssistantError):
    """A dataset line that does not follow the schema; `field` and `problem_zh` say what, for the web upload."""

    def __init__(self, message: str, *, field: str | None = None, problem_zh: str | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.problem_zh = problem_zh


@dataclass(frozen=True)
class Turn:
    role: str
    content: str


@dataclass(frozen=True)
class EvalItem:
    id: str
    question: str
    lang: str
    persona: str
    type: str
    answer: str
    key_facts: tuple[str, ...]
    citations: tuple[tuple[int, int], ...]
    lines: tuple[int, ...]
    history: tuple[Turn, ...] = ()
    verdict: str | None = None

    @property
    def answerable(self) -> bool:
        return self.type != "unanswerable" and self.verdict != "not_stated"


def _fail(where: str, field: str, problem: str, problem_zh: str) -> DatasetError:
    return DatasetError(f"{where}: field '{field}' {problem}", field=field, problem_zh=problem_zh)


def _str(obj: dict[str, Any], field: str, where: str, choices: tuple[str, ...] | None = None) -> str:
    value = obj.get(field)
    if not isinstance(value, str):
        raise _fail(where, field, f"must be a string, got {type(value).__name__}", "應是字串")
    if choices is not None and value not in choices:
        raise _fail(
            where,
            field,
            f"must be one of {', '.join(choices)}; got {value!r}",
            f"應是 {'、'.join(choices)} 之一，收到的是 {value!r}",
        )
    return value


def parse_item(obj: Any, where: str) -> EvalItem:
    """One decoded JSON object → `EvalItem`, or a `DatasetError` naming the field."""
    if not isinstance(obj, dict):
        raise DatasetError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    missing = [f for f in FIELDS if f not in obj]
    if missing:
        raise _fail(where, missing[0], "is missing", MISSING_ZH)
    question = _str(obj, "question", where)
    if not question.strip():
        raise _fail(where, "question", "is empty", "是空的")
    if len(question) > MAX_QUESTION_CHARS:
        raise _fail(
            where, "question", f"is longer than {MAX_QUESTION_CHARS} characters", f"超過 {MAX_QUESTION_CHARS:,} 字"
        )
    facts = obj["key_facts"]
    if not isinstance(facts, list) or not all(isinstance(f, str) and f for f in facts):
        raise _fail(where, "key_facts", "must be a list of non-empty strings", "應是非空字串的列表")
    cites = obj["citations"]
    if not isinstance(cites, list):
        raise _fail(where, "citations", "must be a list of {chapter_no, section_no} objects", CITATIONS_ZH)
    citations: list[tuple[int, int]] = []
    for c in cites:
        if not (isinstance(c, dict) and isinstance(c.get("chapter_no"), int) and isinstance(c.get("section_no"), int)):
            raise _fail(
                where, "citations", "must be a list of {chapter_no: int, section_no: int} objects", CITATIONS_ZH
            )
        citations.append((c["chapter_no"], c["section_no"]))
    lines = obj["lines"]
    if not isinstance(lines, list) or not all(isinstance(n, int) and not isinstance(n, bool) for n in lines):
        raise _fail(where, "lines", "must be a list of integers", "應是整數（行號）的列表")
    history: list[Turn] = []
    raw_history = obj.get("history", [])
    if not isinstance(raw_history, list):
        raise _fail(where, "history", "must be a list of {role, content} objects", HISTORY_ZH)
    for turn in raw_history:
        if not (
            isinstance(turn, dict)
            and turn.get("role") in ("user", "assistant")
            and isinstance(turn.get("content"), str)
        ):
            raise _fail(where, "history", "entries must be {role: 'user'|'assistant', content: str}", HISTORY_ZH)
        history.append(Turn(turn["role"], turn["content"]))
    item_type = _str(obj, "type", where, TYPES)
    verdict: str | None = None
    if item_type == "claim":
        verdict = _str(obj, "verdict", where, VERDICTS)
    elif "verdict" in obj:
        raise _fail(where, "verdict", "belongs only to items of type 'claim'", "只用於 type 為 claim 的題目")
    return EvalItem(
        id=_str(obj, "id", where),
        question=question,
        lang=_str(obj, "lang", where, LANGS),
        persona=_str(obj, "persona", where, PERSONAS),
        type=item_type,
        answer=_str(obj, "answer", where),
        key_facts=tuple(facts),
        citations=tuple(citations),
        lines=tuple(lines),
        history=tuple(history),
        verdict=verdict,
    )


def load_dataset(path: Path) -> tuple[EvalItem, ...]:
    """Read a JSONL dataset; the first bad line raises `DatasetError` with its number and field."""
    if not path.is_file():
        raise DatasetError(f"dataset not found: {path}")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DatasetError(f"{path}: not UTF-8 text (byte {exc.start}) — save the dataset as UTF-8") from exc
    items: list[EvalItem] = []
    seen: set[str] = set()
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        where = f"{path.name} line {number}"
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise DatasetError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from exc
        item = parse_item(obj, where)
        if item.id in seen:
            raise _fail(where, "id", f"repeats id {item.id!r}", f"與前面的題目重複（{item.id!r}）")
        seen.add(item.id)
        items.append(item)
    if not items:
        raise DatasetError(f"{path}: no items")
    return tuple(items)


@dataclass(frozen=True)
class Problem:
    """A way an item does not fit this plan. `unscorable` ones (a citation to a 節 the plan does
    not have, an answerable item with no citation) cannot be scored and are skipped; the others
    are labelling differences (facts not on the listed lines, lines that do not exist…): the
    item is scored anyway and the problem reported as a warning."""

    item_id: str
    message: str
    unscorable: bool = False

    def __str__(self) -> str:
        return f"{self.item_id}: {self.message}"


def _found_at(plan: Plan, lines: list[str], fact: str) -> str:
    """Where a (normalised) fact is printed, for a warning: a body line's 節, or the table of contents."""
    body = {i.line: i for i in plan.items}
    line = next((n for n, text in enumerate(lines, start=1) if occurs(text, fact)), None)
    if line is None:
        return ""
    if line not in body:
        return f" (it is on line {line}, outside the body: the table of contents or the title)"
    item = body[line]
    return f" (it is on line {line}, in {plan.breadcrumb(item.chapter_no, item.section_no)})"


def item_problems(items: tuple[EvalItem, ...], plan: Plan) -> list[Problem]:
    """Every problem of every item with this plan (empty list = the set fits the plan exactly).

    Key facts should occur in the plan, and on one of the item's evidence lines, as an answer is
    scored (`evals.facts`: script, width and punctuation aside); evidence lines should exist;
    citations must name sections of the tree; answerable items need one.
    """
    problems: list[Problem] = []
    n_lines = len(plan.source_lines)
    keys = {s.key for s in plan.sections}
    lines = [normalize_fact(text) for text in plan.source_lines]
    for item in items:
        for fact in item.key_facts:
            wanted = normalize_fact(fact)
            if not any(occurs(text, wanted) for text in lines):
                problems.append(Problem(item.id, f"key fact {fact!r} is not in the plan text"))
            elif item.lines and not any(0 < n <= n_lines and occurs(lines[n - 1], wanted) for n in item.lines):
                where = _found_at(plan, lines, wanted)
                problems.append(
                    Problem(item.id, f"key fact {fact!r} is in none of its lines {list(item.lines)}{where}")
                )
        for n in item.lines:
            if not 0 < n <= n_lines:
                problems.append(Problem(item.id, f"line {n} does not exist (plan has {n_lines} lines)"))
        for c in item.citations:
            if c not in keys:
                problems.append(Problem(item.id, f"citation {c} is not a section of the plan", unscorable=True))
        if item.answerable and not item.citations:
            problems.append(Problem(item.id, "an answerable item needs at least one citation", unscorable=True))
    return problems


def check_against_plan(items: tuple[EvalItem, ...], plan: Plan) -> list[str]:
    """Every problem as "id: message" (empty list = valid); `eval --strict` refuses a set with any."""
    return [str(p) for p in item_problems(items, plan)]
