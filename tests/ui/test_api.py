"""The JSON API in-process: validation on the keyword-only server (fast), answers on the real index (slow)."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from corpus.models import Plan
from corpus.tasks import build_tasks

JSON = {"content-type": "application/json"}


def error_of(r) -> str:  # type: ignore[no-untyped-def]
    body = r.json()
    assert set(body) == {"error"} and body["error"]["message"], body
    return str(body["error"]["message"])


# -- validation: every bad request is a 4xx with a clear JSON message -----------------------


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        ({"question": ""}, 422, "question is empty"),
        ({"question": " \n\t　"}, 422, "question is empty"),
        ({"question": "問" * 2001}, 422, "2,001 characters; the limit is 2,000"),
        ({"question": 42}, 422, "question: Input should be a valid string"),
        ({"question": ["海珠"]}, 422, "question: Input should be a valid string"),
        ({"question": None}, 422, "question: Input should be a valid string"),
        ({}, 422, "question: is required"),
        ({"qustion": "海珠"}, 422, "question: is required"),
        ({"question": "海珠", "history": "earlier"}, 422, "history: Input should be a valid list"),
        ({"question": "海珠", "history": [{"role": "system", "content": "x"}]}, 422, "history.0.role"),
        ({"question": "海珠", "history": [{"role": "user", "content": 1}]}, 422, "history.0.content"),
        ({"question": "海珠", "mode": "fast"}, 422, "mode: Input should be 'extractive' or 'llm'"),
        (["海珠"], 422, "the request body is an array, not a JSON object"),
    ],
)
def test_ask_rejects_bad_json_fields(keyword_client: TestClient, body: object, status: int, message: str) -> None:
    r = keyword_client.post("/api/ask", json=body)
    assert r.status_code == status
    assert message in error_of(r)


@pytest.mark.parametrize(
    ("raw", "headers", "status", "message"),
    [
        (b'{"question": "\xe6\xb5\xb7\xff"}', JSON, 400, "not valid UTF-8"),
        (b"\xc3\x28", JSON, 400, "not valid UTF-8"),
        ('{"question": "海珠"'.encode(), JSON, 400, "not valid JSON"),
        (b"question=hi", JSON, 400, "not valid JSON"),
        (b'{"question": "\\ud800"}', JSON, 422, "lone surrogate"),
        (b'{"question": "hi"}', {"content-type": "text/plain"}, 415, "Content-Type: application/json"),
        (b'{"question": "hi"}', {}, 415, "Content-Type: application/json"),
    ],
)
def test_ask_rejects_unreadable_bodies(
    keyword_client: TestClient, raw: bytes, headers: dict[str, str], status: int, message: str
) -> None:
    r = keyword_client.post("/api/ask", content=raw, headers=headers)
    assert r.status_code == status
    assert message in error_of(r)


def test_question_of_exactly_2000_characters_is_accepted(keyword_client: TestClient) -> None:
    r = keyword_client.post("/api/ask", json={"question": "海珠濕地" * 500})
    assert r.status_code == 200 and r.json()["question"] == "海珠濕地" * 500


def test_html_in_the_question_comes_back_as_text(keyword_client: TestClient) -> None:
    r = keyword_client.post("/api/ask", json={"question": "<script>alert(1)</script>海珠濕地"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    assert r.json()["question"] == "<script>alert(1)</script>海珠濕地"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"query": "  "}, "question is empty"),
        ({"query": "濕地", "k": 0}, "k: Input should be greater than or equal to 1"),
        ({"query": "濕地", "k": "3"}, "k: Input should be a valid integer"),
        ({"query": "濕地", "k": 51}, "less than or equal to 50"),
    ],
)
def test_search_validation(keyword_client: TestClient, body: dict[str, object], message: str) -> None:
    r = keyword_client.post("/api/search", json=body)
    assert r.status_code == 422 and message in error_of(r)


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        ("/api/sections/99/1", 404, "no chapter 99 in the plan"),
        ("/api/sections/9/99", 404, "no section 99 in chapter 9 (valid: 0–3"),
        ("/api/sections/-1/0", 404, "no chapter -1"),
        ("/api/sections/nine/2", 422, "chapter_no: Input should be a valid integer"),
        ("/api/nowhere", 404, "no such route: GET /api/nowhere"),
        ("/v1/embeddings", 404, "no such route"),
    ],
)
def test_unknown_things_are_json_404s(keyword_client: TestClient, path: str, status: int, message: str) -> None:
    r = keyword_client.get(path)
    assert r.status_code == status and message in error_of(r)


def test_wrong_method_is_405_naming_the_right_one(keyword_client: TestClient) -> None:
    r = keyword_client.get("/api/ask")
    assert r.status_code == 405 and r.headers["allow"] == "POST" and "use POST" in error_of(r)


def test_tasks_query_too_long(keyword_client: TestClient) -> None:
    r = keyword_client.get("/api/tasks", params={"q": "x" * 201})
    assert r.status_code == 422 and "q:" in error_of(r)


# -- the plan: outline, sections, tasks ------------------------------------------------------


def test_outline_lists_chapters_sections_and_unpublished_tables(keyword_client: TestClient, plan: Plan) -> None:
    data = keyword_client.get("/api/outline").json()
    assert data["title"] == plan.title and len(data["chapters"]) == 15
    ch9 = next(c for c in data["chapters"] if c["chapter_no"] == 9)
    assert [s["title"] for s in ch9["sections"] if s["section_no"]] == [
        "推動綠色低碳發展",
        "嚴格執行污染防治",
        "促進生態環境質量持續改善",
    ]
    tables = [t for c in data["chapters"] for s in c["sections"] for t in s["tables"]]
    assert tables and all(t["published"] is False and "未隨綱要正文公佈" in t["note"] for t in tables)


def test_section_returns_its_lines(keyword_client: TestClient) -> None:
    data = keyword_client.get("/api/sections/9/2").json()
    assert data["breadcrumb"].endswith("第二節 嚴格執行污染防治")
    line = next(i for i in data["items"] if i["line"] == 276)
    assert line["text"].startswith("提升固體廢物處理能力。") and line["lead"] == "提升固體廢物處理能力"


def test_preface_is_chapter_zero_section_zero(keyword_client: TestClient) -> None:
    data = keyword_client.get("/api/sections/0/0").json()
    assert data["breadcrumb"] == "前言" and any(i["line"] == 85 for i in data["items"])


def test_tasks_search_either_script(keyword_client: TestClient, plan: Plan) -> None:
    data = keyword_client.get("/api/tasks", params={"q": "固体废物"}).json()
    assert data["count"] == 1 and data["tasks"][0]["title"] == "提升固體廢物處理能力"
    assert data["tasks"][0]["breadcrumb"].endswith("第二節 嚴格執行污染防治")
    assert keyword_client.get("/api/tasks").json()["count"] == len(build_tasks(plan))
    assert keyword_client.get("/api/tasks", params={"q": "火星基地"}).json() == {
        "query": "火星基地",
        "count": 0,
        "tasks": [],
    }


def test_docs_openapi_and_ui_are_served(keyword_client: TestClient) -> None:
    assert keyword_client.get("/docs").status_code == 200
    paths = keyword_client.get("/openapi.json").json()["paths"]
    assert {
        "/api/ask",
        "/api/search",
        "/api/outline",
        "/api/sections/{chapter_no}/{section_no}",
        "/api/tasks",
        "/healthz",
        "/v1/chat/completions",
    } <= set(paths)
    page = keyword_client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]


# -- answers on the real index ---------------------------------------------------------------


@pytest.mark.slow
def test_healthz_reports_the_index(client: TestClient) -> None:
    data = client.get("/healthz").json()
    assert data["status"] == "ok" and data["index"]["ready"] is True
    assert data["index"]["n_chunks"] > 100 and data["index"]["dense_search"] is True


@pytest.mark.slow
def test_ask_cites_the_section(client: TestClient) -> None:
    r = client.post("/api/ask", json={"question": "提升固體廢物處理能力的任務在哪一節？"})
    assert r.status_code == 200
    data = r.json()
    assert data["refused"] is False and data["mode"] == "extractive"
    assert (data["citations"][0]["chapter_no"], data["citations"][0]["section_no"]) == (9, 2)
    section_text = "".join(i["text"] for i in client.get("/api/sections/9/2").json()["items"])
    assert data["citations"][0]["quote"] in section_text  # an exact quote


@pytest.mark.slow
def test_ask_in_simplified_is_answered_in_simplified(client: TestClient) -> None:
    data = client.post("/api/ask", json={"question": "十四五期间要引进多少家总部企业？"}).json()
    assert "据纲要" in data["text"] and "70家" in data["text"]


@pytest.mark.slow
def test_follow_up_uses_the_history(client: TestClient) -> None:
    history = [
        {"role": "user", "content": "琶洲試驗區占地多大？"},
        {"role": "assistant", "content": "面積30平方公里。"},
    ]
    alone = client.post("/api/ask", json={"question": "那它打算什麼時候建成？"}).json()
    follow = client.post("/api/ask", json={"question": "那它打算什麼時候建成？", "history": history}).json()
    assert "琶洲" not in alone["query"] and "琶洲" in follow["query"]


@pytest.mark.slow
def test_out_of_scope_question_is_refused(client: TestClient) -> None:
    data = client.post("/api/ask", json={"question": "天河区十四五期间GDP目标是多少？"}).json()
    assert data["refused"] is True and data["citations"] == []


@pytest.mark.slow
def test_search_returns_sections(client: TestClient) -> None:
    data = client.post("/api/search", json={"query": "固體廢物 垃圾分類", "k": 3}).json()
    assert len(data["sections"]) == 3 and data["degraded"] is False
    assert (data["sections"][0]["chapter_no"], data["sections"][0]["section_no"]) == (9, 2)
    json.dumps(data)  # plain JSON all the way down
