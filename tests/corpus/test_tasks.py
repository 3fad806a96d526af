from __future__ import annotations

from corpus.models import Plan
from corpus.tasks import build_tables, build_tasks, named_bodies, search_tasks, targets


def test_task_index(plan: Plan) -> None:
    tasks = build_tasks(plan)
    by_title = {t.title: t for t in tasks}
    t = by_title["提升固體廢物處理能力"]
    assert (t.chapter_no, t.section_no, t.lines) == (9, 2, (276,))
    bullet = by_title["堅持黨的全面領導"]
    assert (bullet.chapter_no, bullet.section_no) == (1, 2)
    assert len(tasks) > 150


def test_zones_for_chapter_two(plan: Plan) -> None:
    zones = {t.zone for t in build_tasks(plan) if t.chapter_no == 2}
    assert zones == {
        "一區 琶洲人工智能與數字經濟試驗區",
        "一谷 中大國際創新生態谷",
        "一圈 海珠新活力文商旅融合圈",
    }
    assert all(t.zone is None for t in build_tasks(plan) if t.chapter_no != 2)


def test_named_bodies() -> None:
    text = "加快建設人工智能與數字經濟廣東省實驗室(廣州),支持琶洲實驗室建設,成立區數字經濟領導小組。"
    bodies = named_bodies(text)
    assert "人工智能與數字經濟廣東省實驗室" in bodies
    assert "琶洲實驗室" in bodies
    assert any(b.endswith("領導小組") for b in bodies)


def test_targets() -> None:
    found = targets("到2025年,空氣質量優良天數比例達86%,PM2.5年均濃度控制在32微克/立方米以下。")
    assert [(t.value, t.unit, t.year) for t in found] == [("86", "%", None)]
    found = targets("到2025年空氣質量優良天數比例達86%")
    assert found[0].year == "2025"


def test_search_tasks_either_script(plan: Plan) -> None:
    tasks = build_tasks(plan)
    trad = search_tasks(tasks, "固體廢物")
    simp = search_tasks(tasks, "固体废物")
    assert trad == simp and trad


def test_tables_and_figure(plan: Plan) -> None:
    tables = build_tables(plan)
    numbered = [t for t in tables if t.kind == "table"]
    assert [t.number for t in numbered] == list(range(1, 15))
    assert all(not t.published for t in tables)
    fig = [t for t in tables if t.kind == "figure"]
    assert len(fig) == 1 and (fig[0].chapter_no, fig[0].section_no) == (2, 0)
    t12 = next(t for t in numbered if t.number == 12)
    assert (t12.chapter_no, t12.section_no, t12.line) == (8, 1, 255)
