"""What is derived from a plan once and shared: its tasks, its 專欄 tables, its outline as JSON.

    records = records_for(plan)          # the same object for the same plan, built on first use
    records.tasks[0].title, records.tables[0].label
    records.outline()["chapters"][9]["sections"][2]["title"]

Search, answers, the CLI and the server all read these instead of rebuilding them.
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import asdict, dataclass, field
from typing import Any

from corpus.models import Plan, Table, Task
from corpus.tasks import build_tables, build_tasks, search_tasks

TABLE_NOTE = "表格內容未隨綱要正文公佈"


@dataclass(frozen=True)
class PlanRecords:
    plan: Plan = field(repr=False)
    tasks: tuple[Task, ...]
    tables: tuple[Table, ...]

    @property
    def tasks_by_line(self) -> dict[int, Task]:
        return {t.lines[0]: t for t in self.tasks}

    def tables_in(self, chapter_no: int, section_no: int) -> list[Table]:
        return [t for t in self.tables if (t.chapter_no, t.section_no) == (chapter_no, section_no)]

    def find_tasks(self, query: str) -> tuple[Task, ...]:
        """Tasks containing every term of `query` (either script); all tasks for an empty query."""
        return search_tasks(self.tasks, query)

    def outline(self, *, with_items: bool = False) -> dict[str, Any]:
        """Title, issuing notice and the 章/節 tree with item counts and 專欄 titles
        (`with_items`: every body line's place and kind too)."""
        plan = self.plan
        data: dict[str, Any] = {
            "title": plan.title,
            "notice": asdict(plan.notice) if plan.notice else None,
            "chapters": [
                {
                    "chapter_no": c.chapter_no,
                    "label": c.label,
                    "title": c.title,
                    "sections": [
                        {
                            "section_no": s.section_no,
                            "label": s.label,
                            "title": s.title,
                            "sub_items": list(s.sub_items),
                            "n_items": len(plan.items_in(*s.key)),
                            "tables": [table_json(t) for t in self.tables_in(*s.key)],
                        }
                        for s in c.sections
                    ],
                }
                for c in plan.chapters
            ],
        }
        if with_items:
            data["items"] = [
                {
                    "line": i.line,
                    "kind": i.kind.value,
                    "chapter_no": i.chapter_no,
                    "section_no": i.section_no,
                    "text": i.text,
                }
                for i in plan.items
            ]
        return data

    def section(self, chapter_no: int, section_no: int) -> dict[str, Any]:
        """One 節 with its body lines; `SectionNotFoundError` names the valid numbers."""
        plan = self.plan
        section = plan.section(chapter_no, section_no)
        return {
            "chapter_no": chapter_no,
            "section_no": section_no,
            "chapter_title": plan.chapter(chapter_no).title,
            "section_title": section.title,
            "breadcrumb": plan.breadcrumb(chapter_no, section_no),
            "items": [
                {"line": i.line, "kind": i.kind.value, "text": i.text, "lead": i.lead}
                for i in plan.items_in(chapter_no, section_no)
            ],
            "tables": [table_json(t) for t in self.tables_in(chapter_no, section_no)],
        }


def table_json(table: Table) -> dict[str, Any]:
    return dict(asdict(table), label=table.label, note=TABLE_NOTE)


_lock = threading.Lock()
_by_plan: dict[int, tuple[weakref.ref[Plan], PlanRecords]] = {}


def records_for(plan: Plan) -> PlanRecords:
    """The records of `plan`, built on first use and shared while the plan lives (by identity:
    comparing two plans field by field would cost more than building the records)."""
    with _lock:
        entry = _by_plan.get(id(plan))
        if entry is not None and entry[0]() is plan:
            return entry[1]
    records = PlanRecords(plan, build_tasks(plan), build_tables(plan))
    key = id(plan)

    def forget(ref: weakref.ref[Plan]) -> None:  # runs when the plan is collected: no lock here
        if (current := _by_plan.get(key)) is not None and current[0] is ref:
            _by_plan.pop(key, None)

    with _lock:
        _by_plan[key] = (weakref.ref(plan, forget), records)
    return records
