"""The chat UI's API through the official `gradio_client`, against the real server (uvicorn)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from gradio_client import Client
from gradio_client.exceptions import AppError

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def gradio(live_server: dict[str, Any]) -> Iterator[Client]:
    client = Client(live_server["url"] + "/", verbose=False, download_files=False)
    yield client
    client.close()


def test_only_the_named_endpoints_are_listed(gradio: Client) -> None:
    api = gradio.view_api(print_info=False, return_format="dict")
    assert isinstance(api, dict)
    assert set(api["named_endpoints"]) == {"/ask", "/section", "/tasks"} and not api["unnamed_endpoints"]
    ask = api["named_endpoints"]["/ask"]
    assert [p["parameter_name"] for p in ask["parameters"]] == ["question", "history"]
    assert [r["python_type"]["type"] for r in ask["returns"]] == ["str", "list[dict(str, Any)]", "bool"]


def test_ask_returns_plain_text_and_the_citations_as_data(gradio: Client) -> None:
    text, citations, refused = gradio.predict("提升固體廢物處理能力的任務在哪一節？", [], api_name="/ask")
    assert refused is False and "<" not in text  # plain text, not the chat's HTML
    assert (citations[0]["chapter_no"], citations[0]["section_no"]) == (9, 2)
    assert citations[0]["breadcrumb"].endswith("第二節 嚴格執行污染防治") and citations[0]["lines"]
    assert "出處：\n[1] " + citations[0]["breadcrumb"] in text and citations[0]["quote"] in text


def test_ask_takes_the_history(gradio: Client) -> None:
    history = [{"role": "user", "content": "琶洲試驗區是什麼？"}, {"role": "assistant", "content": "…"}]
    text, citations, _ = gradio.predict("那它的面積呢？", history, api_name="/ask")
    assert "30平方公里" in text and (citations[0]["chapter_no"], citations[0]["section_no"]) == (2, 1)


def test_a_question_the_plan_does_not_answer_is_refused(gradio: Client) -> None:
    text, citations, refused = gradio.predict("天河區的夜間經濟怎麼規劃？", None, api_name="/ask")
    assert refused is True and citations == [] and "無法據此回答" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("   ", []), "question is empty"),
        (("問" * 2001, []), "the limit is 2,000"),
        (("海珠濕地", [{"role": "bot", "content": "x"}]), "history[0] must be"),
        (("海珠濕地", "not a list"), "history must be a list"),
        ((42, []), "question must be text, got int"),
    ],
)
def test_bad_input_is_a_clear_error(gradio: Client, args: tuple[Any, ...], message: str) -> None:
    with pytest.raises(AppError, match=message.replace("[", r"\[")):
        gradio.predict(*args, api_name="/ask")


def test_section_and_tasks(gradio: Client) -> None:
    section = gradio.predict(9, 2, api_name="/section")
    assert section.splitlines()[0].endswith("第二節 嚴格執行污染防治") and "\n276: 提升固體廢物處理能力。" in section
    with pytest.raises(AppError, match="no section 99 in chapter 9"):
        gradio.predict(9, 99, api_name="/section")
    tasks = gradio.predict("固體廢物", api_name="/tasks")
    assert [t["title"] for t in tasks] == ["提升固體廢物處理能力"] and tasks[0]["breadcrumb"].endswith("污染防治")


def test_the_ui_events_are_not_part_of_the_api(gradio: Client) -> None:
    with pytest.raises(ValueError, match="Cannot find a function with `api_name`: /respond"):
        gradio.predict("海珠濕地", [], "auto", api_name="/respond")
