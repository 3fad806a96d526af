"""An OpenAI-compatible chat endpoint, so any OpenAI client can talk to the assistant.

    from openai import OpenAI
    client = OpenAI(base_url="http://127.0.0.1:7860/v1", api_key="unused")
    reply = client.chat.completions.create(model="plan-assistant", messages=[{"role": "user", "content": "海珠濕地有甚麼規劃？"}])
    reply.choices[0].message.content        # the answer, then 出處: [1] 第九章 … > 第三節 …：「…」
    reply.model_extra["citations"]          # the same citations as structured JSON
    reply.usage.total_tokens                # counted as `ui.tokens` says

The last message must be the user's question; earlier user/assistant messages are the history
(system messages are ignored: the assistant's behaviour is fixed). `stream: true` sends
Server-Sent Events in OpenAI's `chat.completion.chunk` format, ending with `data: [DONE]`.
Which request fields are honoured, ignored or refused is in `ui.openai_schema`.
"""

from __future__ import annotations

import itertools
import json
import time
import uuid
from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from assistant.answer import Answer
from assistant.events import Delta, Event, Final, Reset
from ui.api import BackendDep
from ui.errors import ApiError
from ui.openai_schema import (
    MODEL_ID,
    SSE_DESCRIPTION,
    ChatCompletion,
    ChatRequest,
    Model,
    ModelList,
)
from ui.render import deltas, message_text, tail_text
from ui.schemas import error_responses
from ui.tokens import Cutter, count_tokens

MODEL = {"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "plan-assistant"}
RESET_NOTE = "\n\n——以上內容未通過核對，作廢；以下為核對後的回答——\n\n"


def extras(answer: Answer) -> dict[str, Any]:
    """The fields OpenAI does not have: structured citations, the refusal flag, the searched query,
    and whether vector search was unavailable (keyword-only answer)."""
    data = answer.to_json()
    return {
        "citations": data["citations"],
        "refused": answer.refused,
        "query": answer.query,
        "notice": answer.notice,
        "mode": answer.mode,
        "degraded": answer.degraded,
        "verdict": answer.verdict,
    }


def usage(body: ChatRequest, content: str) -> dict[str, int]:
    prompt, completion = count_tokens(body.prompt_text()), count_tokens(content)
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def check_model(model: str) -> None:
    if model != MODEL_ID:
        raise ApiError(
            404,
            f"the model {model!r} does not exist — this server offers {MODEL_ID!r} (GET /v1/models)",
            param="model",
            code="model_not_found",
        )


def completion(answer: Answer, body: ChatRequest) -> dict[str, Any]:
    cut = Cutter(body.stops(), body.token_limit())
    content = cut.cut(message_text(answer))
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": cut.finish_reason,
                "logprobs": None,
            }
        ],
        "usage": usage(body, content),
        **extras(answer),
    }


def chunks(events: Iterator[Event], body: ChatRequest) -> Iterator[str]:
    """SSE lines: the role, the text as the assistant produces it, the sources, then a final
    chunk with finish_reason and the structured citations (and, when asked for, one with `usage`).

    SSE cannot take text back: when an LLM reply fails the citation checks (`Reset`), a note
    says so and the checked answer follows. `stop` and `max_tokens` cut the text as it goes;
    the events are still read to the end, so that the answer is complete (and cached).
    """
    include_usage = body.stream_options is not None and body.stream_options.include_usage
    base = {
        "id": f"chatcmpl-{uuid.uuid4().hex}",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": body.model,
    }
    cut = Cutter(body.stops(), body.token_limit())
    sent: list[str] = []

    def event(delta: dict[str, Any] | None, finish: str | None = None, **extra: Any) -> str:
        choices = [] if delta is None else [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}]
        payload = dict(base, choices=choices, **({"usage": None} if include_usage else {}))
        payload.update(extra)
        return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n"

    def text_events(text: str, step: int) -> Iterator[str]:
        piece = cut.feed(text)
        sent.append(piece)
        for part in deltas(piece, step=step):
            yield event({"content": part})

    yield event({"role": "assistant", "content": ""})
    answer: Answer | None = None
    for item in events:
        if isinstance(item, Final):
            answer = item.answer
            break
        yield from text_events(
            RESET_NOTE if isinstance(item, Reset) else item.text if isinstance(item, Delta) else "", 16
        )
    assert answer is not None, "Assistant.stream ends with an Answer"
    yield from text_events(tail_text(answer), 64)
    rest = cut.close()
    sent.append(rest)
    for part in deltas(rest, step=64):
        yield event({"content": part})
    yield event({}, cut.finish_reason, **extras(answer))
    if include_usage:
        yield event(None, usage=usage(body, "".join(sent)))
    yield "data: [DONE]\n\n"


router = APIRouter()


@router.post(
    "/v1/chat/completions",
    tags=["openai"],
    summary="OpenAI-compatible chat completion (stream or not)",
    response_model=ChatCompletion,
    responses={
        200: {
            "description": "the answer (application/json), or " + SSE_DESCRIPTION,
            "content": {"text/event-stream": {"schema": {"$ref": "#/components/schemas/ChatCompletionChunk"}}},
        },
        **error_responses(
            400,
            404,
            405,
            413,
            415,
            422,
            429,
            500,
            503,
            e400="the body is not valid JSON or UTF-8, or asks for something this endpoint cannot honour "
            "(n > 1, tools, a non-text response_format, logprobs…); `param` names the field",
            e404="unknown model (`code`: model_not_found); only 'plan-assistant' is served",
        ),
    },
)
def chat_completions(body: ChatRequest, backend: BackendDep) -> Any:
    check_model(body.model)
    refused = body.unsupported()
    if refused is not None:
        raise ApiError(400, refused[1], param=refused[0])
    if not body.stream:
        return completion(backend.ask(body.question(), body.history()), body)
    events = backend.stream(body.question(), body.history())
    first = next(events)  # a question the assistant rejects is a 4xx here, not a broken stream
    return StreamingResponse(
        chunks(itertools.chain([first], events), body),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache"},
    )


@router.get(
    "/v1/models",
    tags=["openai"],
    summary="The one model this server offers",
    response_model=ModelList,
    responses=error_responses(405, 500),
)
def models() -> dict[str, Any]:
    return {"object": "list", "data": [MODEL]}


@router.get(
    "/v1/models/{model_id:path}",
    tags=["openai"],
    summary="One model (only 'plan-assistant' exists)",
    response_model=Model,
    responses=error_responses(404, 405, 500, e404="no such model (`code`: model_not_found)"),
)
def model(model_id: str) -> dict[str, Any]:
    check_model(model_id)
    return MODEL
