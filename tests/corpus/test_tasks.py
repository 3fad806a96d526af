from __future__ import annotations

import pytest

from corpus.models import Plan
from corpus.tasks import build_tables, build_tasks, named_bodies, search_tasks, target_clauses, targets


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
    text = "加快建設人工智能與數字經濟廣東省實驗室(廣州),支持琶洲實驗室建設,成立區推進粵港澳大灣區建設領導小組。"
    bodies = named_bodies(text)
    assert "人工智能與數字經濟廣東省實驗室" in bodies
    assert "琶洲實驗室" in bodies
    assert "粵港澳大灣區建設領導小組" in bodies  # 建設 inside a name does not cut it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause joining two bodies is cut at its function words, not read as one name
        ("區法院刑事審判庭和執行局被省法院記集體二等功", ("區法院刑事審判庭", "省法院")),
        # places and fragments are not bodies
        ("鼓勵舊村改造項目延續傳統格局,城中村改造三年4條", ()),
        ("科學系統保護海珠濕地,串聯太古倉碼頭、黃埔古港,做大做精江南西商圈", ()),
        # kinds of body are not named bodies
        ("大力支持區內綜合醫院、中醫醫院和專科醫院,優先發展行業協會商會", ()),
        ("謀劃創建1至2家國家級創新中心,爭創國家級全域旅游示范區", ()),
        # a body named through another, and a part named after its body, stay one name;
        # a short gloss in brackets stays in it
        ("推動中山大學孫逸仙紀念醫院海珠灣院區建成使用", ("中山大學孫逸仙紀念醫院海珠灣院區",)),
        ("納入中國(廣東)自由貿易試驗區廣州南沙新區片區", ("中國(廣東)自由貿易試驗區廣州南沙新區片區",)),
        # a part alone, a document's title, a level's title for a park are not bodies
        ("建設一批創新創業基地,印發《廣州人工智能與數字經濟試驗區建設總體方案》", ()),
        ("被認定為省人工智能產業園", ()),
        # administrative areas in a list
        ("扶貧協作貴州省福泉市、甕安縣已脫貧摘帽,完成省、市農村集體產權制度改革試點", ("貴州省", "福泉市", "甕安縣")),
        # a word that runs on past the ending
        ("充分利用廣州大學城的科研資源", ()),
        ("納入中國(廣東)自由貿易試驗區", ("中國(廣東)自由貿易試驗區",)),
        # a verb in front of a kind is not a name
        ("整合大學、科研院所資源,充分發揮海珠區中心城區區位優勢", ()),
        ("以琶洲人工智能與數字經濟試驗區為中心", ("琶洲人工智能與數字經濟試驗區",)),
    ],
)
def test_named_bodies_are_organisations_and_zones(text: str, expected: tuple[str, ...]) -> None:
    assert named_bodies(text) == expected


def test_issue_examples_have_no_places_or_fragments(plan: Plan) -> None:
    tasks = build_tasks(plan)
    by_title = {t.title: t for t in tasks}
    assert by_title["全力推進“三舊”改造"].bodies == ()  # was 「城中村、鼓勵舊村」
    bodies = {b for t in tasks for b in t.bodies}
    assert not {b for b in bodies if "濕地" in b or b.endswith(("村", "碼頭", "商圈", "島"))}
    assert "區法院刑事審判庭和執行局被省法院" not in bodies
    assert {"琶洲實驗室", "中山大學", "琶洲人工智能與數字經濟試驗區", "省法院"} <= bodies


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


def test_target_clauses_are_listed_once(plan: Plan) -> None:
    task = next(t for t in build_tasks(plan) if t.title == "全力推進“三舊”改造")
    assert len(task.targets) > len(target_clauses(task.targets))  # one clause, many numbers
    clauses = target_clauses(task.targets)
    assert len(clauses) == len(set(clauses))
    assert any("城中村改造三年4條" in c for c in clauses)


def test_search_vocabulary_keeps_places() -> None:
    from corpus.terms import named_terms

    text = "加快海珠濕地品質提升,支持琶洲實驗室建設"
    assert named_terms(text) == ("海珠濕地", "琶洲實驗室")  # places too: kept whole
    assert named_bodies(text) == ("琶洲實驗室",)  # who does the task: the body only
