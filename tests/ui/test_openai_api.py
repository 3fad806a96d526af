"""/v1/chat/completions through the official `openai` client (in-process transport) and as raw SSE."""

from __future__ import annotations

import json
from typing import Any

import openai
import pytest
from fastapi.testclient import TestClient
from openai import OpenAI

from ui.tokens import count_tokens

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
        "model": "plan-assistant",
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
    assert r.status_code == 200 and r.json()["model"] == "plan-assistant" and r.json()["object"] == "chat.completion"


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


# -- usage, max_tokens, stop, and what cannot be honoured ------------------------------------------

ASK = [{"role": "user", "content": "海珠濕地有甚麼規劃？"}]


def complete(client: TestClient, **fields: Any) -> dict[str, Any]:
    r = client.post("/v1/chat/completions", json={"messages": ASK, **fields})
    assert r.status_code == 200, r.text[:300]
    return dict(r.json())


def streamed(client: TestClient, **fields: Any) -> list[dict[str, Any]]:
    r = client.post("/v1/chat/completions", json={"messages": ASK, "stream": True, **fields})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream"), r.text[:300]
    events = sse_events(r.text)
    assert events[-1] == "[DONE]"
    return [json.loads(e) for e in events[:-1]]


def streamed_text(chunks: list[dict[str, Any]]) -> str:
    return "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])


def test_every_completion_says_how_many_tokens(keyword_client: TestClient) -> None:
    reply = openai_client(keyword_client).chat.completions.create(model="plan-assistant", messages=ASK)  # type: ignore[arg-type]
    content = reply.choices[0].message.content or ""
    assert reply.usage is not None
    assert reply.usage.prompt_tokens == count_tokens("海珠濕地有甚麼規劃？") == 10
    assert reply.usage.completion_tokens == count_tokens(content) > 50
    assert reply.usage.total_tokens == reply.usage.prompt_tokens + reply.usage.completion_tokens


def test_streamed_usage_comes_last_when_asked_for(keyword_client: TestClient) -> None:
    chunks = streamed(keyword_client, stream_options={"include_usage": True})
    *body, last = chunks
    assert last["choices"] == [] and all(c["usage"] is None for c in body)
    assert last["usage"]["completion_tokens"] == count_tokens(streamed_text(chunks))
    assert last["usage"]["prompt_tokens"] == 10
    assert "usage" not in streamed(keyword_client)[-1]  # not asked for: OpenAI's chunks have no usage


@pytest.mark.parametrize("field", ["max_tokens", "max_completion_tokens"])
def test_max_tokens_cuts_the_reply(keyword_client: TestClient, field: str) -> None:
    whole = complete(keyword_client)["choices"][0]["message"]["content"]
    reply = complete(keyword_client, **{field: 12})
    content = reply["choices"][0]["message"]["content"]
    assert reply["choices"][0]["finish_reason"] == "length" and reply["usage"]["completion_tokens"] == 12
    assert whole.startswith(content) and count_tokens(content) == 12
    assert reply["citations"]  # the citations are still there as data
    roomy = complete(keyword_client, max_tokens=count_tokens(whole))
    assert roomy["choices"][0]["finish_reason"] == "stop" and roomy["choices"][0]["message"]["content"] == whole


def test_stop_ends_the_reply_before_the_stop_string(keyword_client: TestClient) -> None:
    whole = complete(keyword_client)["choices"][0]["message"]["content"]
    assert "出處" in whole
    reply = complete(keyword_client, stop=["出處", "never-there"])
    content = reply["choices"][0]["message"]["content"]
    assert reply["choices"][0]["finish_reason"] == "stop"
    assert content == whole[: whole.index("出處")] and "出處" not in content


@pytest.mark.parametrize(
    "fields",
    [{"max_tokens": 7}, {"max_tokens": 40}, {"stop": "出處"}, {"stop": ["。", "出處"], "max_tokens": 500}],
    ids=["7-tokens", "40-tokens", "stop", "stop-and-tokens"],
)
def test_a_stream_is_cut_exactly_as_the_whole_reply(keyword_client: TestClient, fields: dict[str, Any]) -> None:
    whole = complete(keyword_client, **fields)
    chunks = streamed(keyword_client, **fields)
    finish = [c["choices"][0]["finish_reason"] for c in chunks if c["choices"] and c["choices"][0]["finish_reason"]]
    assert streamed_text(chunks) == whole["choices"][0]["message"]["content"]
    assert finish == [whole["choices"][0]["finish_reason"]]


@pytest.mark.parametrize(
    ("fields", "param", "message"),
    [
        ({"n": 2}, "n", "one answer per request"),
        ({"tools": [{"type": "function", "function": {"name": "f", "parameters": {}}}]}, "tools", "cannot call tools"),
        ({"tool_choice": "required"}, "tool_choice", "no tools to call"),
        ({"functions": [{"name": "f"}]}, "functions", "cannot call tools"),
        ({"response_format": {"type": "json_object"}}, "response_format", "only {'type': 'text'}"),
        ({"response_format": {"type": "json_schema", "json_schema": {}}}, "response_format", "json_schema"),
        ({"logprobs": True}, "logprobs", "not sampled"),
        ({"modalities": ["text", "audio"]}, "modalities", "text only"),
        ({"stream_options": {"include_usage": True}}, "stream_options", "only allowed with stream: true"),
    ],
)
def test_fields_it_cannot_honour_are_a_400_naming_the_field(
    keyword_client: TestClient, fields: dict[str, Any], param: str, message: str
) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        openai_client(keyword_client).chat.completions.create(model="plan-assistant", messages=ASK, **fields)  # type: ignore[arg-type]
    error = caught.value.body
    assert isinstance(error, dict) and error["param"] == param and message in error["message"]
    assert error["type"] == "invalid_request_error"


def test_fields_it_honours_or_may_ignore_are_accepted(keyword_client: TestClient) -> None:
    reply = complete(
        keyword_client, n=1, tool_choice="none", response_format={"type": "text"}, logprobs=False, seed=3, top_p=0.5
    )
    assert reply["choices"][0]["finish_reason"] == "stop"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"stop": ["a", "b", "c", "d", "e"]}, "at most 4 stop strings"),
        ({"stop": [""]}, "stop strings must not be empty"),
        ({"max_tokens": 0}, "max_tokens: Input should be greater than or equal to 1"),
        ({"max_tokens": "10"}, "max_tokens: Input should be a valid integer"),
    ],
)
def test_bad_limits_are_422(keyword_client: TestClient, fields: dict[str, Any], message: str) -> None:
    r = keyword_client.post("/v1/chat/completions", json={"messages": ASK, **fields})
    assert r.status_code == 422 and message in r.json()["error"]["message"], r.text


def test_an_unknown_model_is_404_model_not_found(keyword_client: TestClient) -> None:
    oa = openai_client(keyword_client)
    with pytest.raises(openai.NotFoundError) as caught:
        oa.chat.completions.create(model="gpt-4o", messages=ASK)  # type: ignore[arg-type]
    assert caught.value.code == "model_not_found" and "'plan-assistant'" in caught.value.message
    with pytest.raises(openai.NotFoundError) as retrieved:
        oa.models.retrieve("gpt-4o")
    assert retrieved.value.code == "model_not_found"


def test_the_model_can_be_retrieved(keyword_client: TestClient) -> None:
    model = openai_client(keyword_client).models.retrieve("plan-assistant")
    assert (model.id, model.object, model.owned_by) == ("plan-assistant", "model", "plan-assistant")
