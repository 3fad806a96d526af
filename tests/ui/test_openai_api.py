"""/v1/chat/completions through the official `openai` client (in-process transport) and as raw SSE."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from openai import OpenAI

QUESTION = "提升固體廢物處理能力的任務在哪一節？"


def openai_client(client: TestClient) -> OpenAI:
    return OpenAI(base_url=f"{client.base_url}/v1", api_key="unused", http_client=client, max_retries=0)


def sse_events(text: str) -> list[str]:
    lines = [line for line in text.split("\n\n") if line]
    assert all(line.startswith("data: ") for line in lines), lines[:3]
    return [line.removeprefix("data: ") for line in lines]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"messages": []}, "messages: List should have at least 1 item"),
        ({"messages": [{"role": "assistant", "content": "hi"}]}, "last message must be the user's question"),
        ({"messages": [{"role": "user", "content": "  "}]}, "question is empty"),
        ({"messages": [{"role": "user", "content": "問" * 2001}]}, "the limit is 2,000"),
        (
            {"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "http://x"}}]}]},
            "only text content is supported",
        ),
        ({"messages": [{"role": "user", "content": 7}]}, "messages.0.content"),
        ({"messages": [{"role": "wizard", "content": "hi"}]}, "messages.0.role"),
        (
            {"messages": [{"role": "user", "content": "海珠"}], "stream": "yes"},
            "stream: Input should be a valid boolean",
        ),
        ({"model": 3, "messages": [{"role": "user", "content": "海珠"}]}, "model: Input should be a valid string"),
    ],
)
def test_bad_requests_are_openai_style_4xx(keyword_client: TestClient, body: dict[str, object], message: str) -> None:
    r = keyword_client.post("/v1/chat/completions", json=body)
    assert r.status_code == 422
    error = r.json()["error"]
    assert error["type"] == "invalid_request_error" and message in error["message"]


def test_models_lists_the_assistant(keyword_client: TestClient) -> None:
    assert openai_client(keyword_client).models.list().data[0].id == "plan-assistant"


def test_content_parts_and_extra_openai_fields_are_accepted(keyword_client: TestClient) -> None:
    body = {
        "model": "anything",
        "temperature": 0.2,
        "max_tokens": 100,
        "user": "u1",
        "messages": [
            {"role": "system", "content": "be brief"},
            {
                "role": "user",
                "content": [{"type": "text", "text": "海珠濕地"}, {"type": "text", "text": "有甚麼規劃？"}],
            },
        ],
    }
    r = keyword_client.post("/v1/chat/completions", json=body)
    assert r.status_code == 200 and r.json()["model"] == "anything" and r.json()["object"] == "chat.completion"


@pytest.mark.slow
def test_non_streaming_completion_cites_in_text_and_field(client: TestClient) -> None:
    reply = openai_client(client).chat.completions.create(
        model="plan-assistant", messages=[{"role": "user", "content": QUESTION}]
    )
    text = reply.choices[0].message.content or ""
    assert reply.choices[0].finish_reason == "stop" and reply.choices[0].message.role == "assistant"
    assert "\n\n出處：\n[1] 第九章" in text and "第二節 嚴格執行污染防治：「" in text
    citations = (reply.model_extra or {})["citations"]
    assert (citations[0]["chapter_no"], citations[0]["section_no"]) == (9, 2)
    assert citations[0]["quote"] in text and (reply.model_extra or {})["refused"] is False
    assert (reply.model_extra or {})["degraded"] is False


def test_a_keyword_only_answer_says_so_in_the_completion(keyword_client: TestClient) -> None:
    reply = keyword_client.post(
        "/v1/chat/completions", json={"messages": [{"role": "user", "content": QUESTION}]}
    ).json()
    assert reply["degraded"] is True and "關鍵詞" in reply["choices"][0]["message"]["content"]


@pytest.mark.slow
def test_streaming_completion_adds_up_to_the_same_message(client: TestClient) -> None:
    oa = openai_client(client)
    whole = (
        oa.chat.completions.create(model="plan-assistant", messages=[{"role": "user", "content": QUESTION}])
        .choices[0]
        .message.content
    )
    chunks = list(
        oa.chat.completions.create(
            model="plan-assistant", messages=[{"role": "user", "content": QUESTION}], stream=True
        )
    )
    assert len(chunks) > 3  # streamed in pieces, not one blob
    assert chunks[0].choices[0].delta.role == "assistant"
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == whole
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert (chunks[-1].model_extra or {})["citations"][0]["section_no"] == 2


@pytest.mark.slow
def test_streaming_is_server_sent_events_ending_with_done(client: TestClient) -> None:
    with client.stream(
        "POST", "/v1/chat/completions", json={"stream": True, "messages": [{"role": "user", "content": QUESTION}]}
    ) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        events = sse_events(r.read().decode("utf-8"))
    assert events[-1] == "[DONE]"
    payloads = [json.loads(e) for e in events[:-1]]
    assert {p["object"] for p in payloads} == {"chat.completion.chunk"} and len({p["id"] for p in payloads}) == 1


@pytest.mark.slow
def test_earlier_messages_are_the_history(client: TestClient) -> None:
    messages = [
        {"role": "system", "content": "ignored"},
        {"role": "user", "content": "琶洲試驗區占地多大？"},
        {"role": "assistant", "content": "面積30平方公里。"},
        {"role": "user", "content": "那它打算什麼時候建成？"},
    ]
    data = client.post("/v1/chat/completions", json={"messages": messages}).json()
    assert "琶洲" in data["query"]
