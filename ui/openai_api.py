"""An OpenAI-compatible chat endpoint, so any OpenAI client can talk to the assistant.

    from openai import OpenAI
    client = OpenAI(base_url="http://127.0.0.1:7860/v1", api_key="unused")
    reply = client.chat.completions.create(model="plan-assistant", messages=[{"role": "user", "content": "海珠濕地有甚麼規劃？"}])
    reply.choices[0].message.content        # the answer, then 出處: [1] 第九章 … > 第三節 …：「…」
    reply.model_extra["citations"]          # the same citations as structured JSON

The last message must be the user's question; earlier user/assistant messages are the history
(system messages are ignored: the assistant's behaviour is fixed). `stream: true` sends
Server-Sent Events in OpenAI's `chat.completion.chunk` format, ending with `data: [DONE]`.
"""

from __future__ import annotations

import itertools
import json
import time
import uuid
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter
from fastapi.responses import StreamingResponse
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictStr,
    model_validator,
)

from assistant.answer import Answer
from assistant.conversation import Turn
from assistant.events import Delta, Event, Final, Reset
from ui.api import MAX_HISTORY_TURNS, MAX_TURN_CHARS, BackendDep, valid_question, valid_unicode
from ui.render import deltas, sources_text

MODEL_ID = "plan-assistant"
# lengths are checked per message once its parts are joined: the question against the question
# limit, earlier messages against the turn limit (the body limit bounds everything before that)
Text = Annotated[StrictStr, AfterValidator(valid_unicode)]


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: StrictStr
    text: Text | None = None


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: Text | list[ContentPart] | None = None

    def text(self) -> str:
        if self.content is None:
            return ""
        if isinstance(self.content, str):
            return self.content
        for part in self.content:
            if part.type != "text":
                raise ValueError(f"only text content is supported, got a '{part.type}' part")
        return "".join(p.text or "" for p in self.content)


class ChatRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {"model": MODEL_ID, "messages": [{"role": "user", "content": "海珠濕地有甚麼規劃？"}]},
                {
                    "model": MODEL_ID,
                    "stream": True,
                    "messages": [{"role": "user", "content": "琶洲試驗區的重點任務是什麼？"}],
                },
            ]
        },
    )
    model: StrictStr = MODEL_ID
    messages: Annotated[list[ChatMessage], Field(min_length=1, max_length=MAX_HISTORY_TURNS + 1)]
    stream: StrictBool = False

    @model_validator(mode="after")
    def _last_is_question(self) -> ChatRequest:
        last = self.messages[-1]
        if last.role != "user":
            raise ValueError(f"the last message must be the user's question (role 'user'), got role '{last.role}'")
        valid_question(last.text())
        for n, m in enumerate(self.messages[:-1]):
            text = m.text()  # unsupported content parts anywhere are an error, not silently dropped
            if len(text) > MAX_TURN_CHARS:
                raise ValueError(
                    f"messages.{n} is {len(text):,} characters; the limit for an earlier message is {MAX_TURN_CHARS:,} — drop or shorten old turns"
                )
        return self

    def question(self) -> str:
        return self.messages[-1].text()

    def history(self) -> list[Turn]:
        return [Turn(m.role, m.text()) for m in self.messages[:-1] if m.role in ("user", "assistant")]


RESET_NOTE = "\n\n——以上內容未通過核對，作廢；以下為核對後的回答——\n\n"


def tail_text(answer: Answer) -> str:
    """What follows the answer text in the message: the notice, if any, then the sources."""
    notice = f"\n\n（{answer.notice}）" if answer.notice else ""
    return notice + sources_text(answer.citations)


def message_text(answer: Answer) -> str:
    return answer.text + tail_text(answer)


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


def completion(answer: Answer, model: str) -> dict[str, Any]:
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": message_text(answer)},
                "finish_reason": "stop",
                "logprobs": None,
            }
        ],
        **extras(answer),
    }


def chunks(events: Iterator[Event], model: str) -> Iterator[str]:
    """SSE lines: the role, the text as the assistant produces it, the sources, then a final
    chunk with finish_reason and the structured citations.

    SSE cannot take text back: when an LLM reply fails the citation checks (`Reset`), a note
    says so and the checked answer follows.
    """
    base = {
        "id": f"chatcmpl-{uuid.uuid4().hex}",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
    }

    def event(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> str:
        payload = dict(base, choices=[{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}], **extra)
        return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n"

    yield event({"role": "assistant", "content": ""})
    answer: Answer | None = None
    for item in events:
        if isinstance(item, Final):
            answer = item.answer
            break
        text = RESET_NOTE if isinstance(item, Reset) else item.text if isinstance(item, Delta) else ""
        for piece in deltas(text, step=16):
            yield event({"content": piece})
    assert answer is not None, "Assistant.stream ends with an Answer"
    for piece in deltas(tail_text(answer), step=64):
        yield event({"content": piece})
    yield event({}, "stop", **extras(answer))
    yield "data: [DONE]\n\n"


router = APIRouter()


@router.post(
    "/v1/chat/completions",
    tags=["openai"],
    summary="OpenAI-compatible chat completion (stream or not)",
    response_model=None,
)
def chat_completions(body: ChatRequest, backend: BackendDep) -> dict[str, Any] | StreamingResponse:
    if not body.stream:
        return completion(backend.ask(body.question(), body.history()), body.model)
    events = backend.stream(body.question(), body.history())
    first = next(events)  # a question the assistant rejects is a 4xx here, not a broken stream
    return StreamingResponse(
        chunks(itertools.chain([first], events), body.model),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache"},
    )


@router.get("/v1/models", tags=["openai"], summary="The one model this server offers")
def models() -> dict[str, Any]:
    return {"object": "list", "data": [{"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "plan-assistant"}]}
