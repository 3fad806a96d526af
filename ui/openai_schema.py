"""The OpenAI-compatible endpoint's request and response bodies.

    body = ChatRequest.model_validate({"messages": [{"role": "user", "content": "海珠濕地有甚麼規劃？"}],
                                       "max_tokens": 50, "stop": ["出處"]})
    body.unsupported()      # None, or ("n", "n: …") for a field this endpoint cannot honour

Honoured: `messages`, `model` (only `plan-assistant`), `stream`, `stream_options.include_usage`,
`max_tokens` / `max_completion_tokens`, `stop`. Accepted and ignored, because an extractive
answer is not sampled: `temperature`, `top_p`, `seed`, the penalties, `logit_bias`, `user`,
`metadata`, `store`. Refused with 400 (OpenAI's error shape, `param` naming the field): `n` > 1,
`tools` / `functions` / a `tool_choice` other than "none", a non-text `response_format`,
`logprobs`, audio output, `prediction`, `web_search_options`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    field_validator,
    model_validator,
)

from assistant.conversation import Turn
from ui.api import MAX_HISTORY_TURNS, MAX_TURN_CHARS, CitationOut, valid_question, valid_unicode

MODEL_ID = "plan-assistant"
MAX_STOP = 4  # as OpenAI
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


class StreamOptions(BaseModel):
    model_config = ConfigDict(extra="allow")
    include_usage: StrictBool = Field(False, description="end the stream with a chunk carrying `usage`")


class ChatRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {"model": MODEL_ID, "messages": [{"role": "user", "content": "海珠濕地有甚麼規劃？"}]},
                {
                    "model": MODEL_ID,
                    "stream": True,
                    "stream_options": {"include_usage": True},
                    "messages": [{"role": "user", "content": "琶洲試驗區的重點任務是什麼？"}],
                },
            ]
        },
    )
    model: StrictStr = Field(MODEL_ID, description=f"must be {MODEL_ID!r} (GET /v1/models)")
    messages: Annotated[list[ChatMessage], Field(min_length=1, max_length=MAX_HISTORY_TURNS + 1)]
    stream: StrictBool = False
    stream_options: StreamOptions | None = Field(None, description="only with stream: true")
    max_tokens: StrictInt | None = Field(
        None, ge=1, description="cut the reply after this many tokens (finish_reason 'length')"
    )
    max_completion_tokens: StrictInt | None = Field(None, ge=1, description="the same as max_tokens")
    stop: StrictStr | list[StrictStr] | None = Field(
        None, description=f"up to {MAX_STOP} strings; the reply ends before the first of them"
    )
    n: StrictInt | None = Field(None, ge=1, description="only 1: one answer per request")
    tools: list[Any] | None = Field(None, description="not supported: the assistant cannot call tools")
    tool_choice: Any = Field(None, description="only 'none'")
    functions: list[Any] | None = Field(None, description="not supported")
    function_call: Any = Field(None, description="only 'none'")
    response_format: dict[str, Any] | None = Field(None, description="only {'type': 'text'}")
    logprobs: StrictBool | None = Field(None, description="only false: answers are quoted, not sampled")
    top_logprobs: StrictInt | None = Field(None, description="not supported")
    modalities: list[StrictStr] | None = Field(None, description="only ['text']")
    audio: dict[str, Any] | None = Field(None, description="not supported")
    prediction: dict[str, Any] | None = Field(None, description="not supported")
    web_search_options: dict[str, Any] | None = Field(None, description="not supported: answers come from the plan")

    @field_validator("stop")
    @classmethod
    def _stop_strings(cls, value: str | list[str] | None) -> str | list[str] | None:
        stops = [value] if isinstance(value, str) else value or []
        if len(stops) > MAX_STOP:
            raise ValueError(f"at most {MAX_STOP} stop strings, got {len(stops)}")
        if any(not s for s in stops):
            raise ValueError("stop strings must not be empty")
        for s in stops:
            valid_unicode(s)
        return value

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

    def prompt_text(self) -> str:
        """Every message's text, as counted for `usage.prompt_tokens`."""
        return "\n".join(m.text() for m in self.messages)

    def stops(self) -> tuple[str, ...]:
        return (self.stop,) if isinstance(self.stop, str) else tuple(self.stop or ())

    def token_limit(self) -> int | None:
        given = [t for t in (self.max_tokens, self.max_completion_tokens) if t is not None]
        return min(given) if given else None

    def unsupported(self) -> tuple[str, str] | None:
        """(param, message) for the first field whose request this endpoint cannot honour."""
        if self.n is not None and self.n > 1:
            return "n", f"n: this endpoint gives one answer per request — send n: 1 or leave it out (got {self.n})"
        if self.tools or self.functions:
            field = "tools" if self.tools else "functions"
            return field, f"{field}: the assistant answers from the plan and cannot call tools — leave {field} out"
        for field, choice in (("tool_choice", self.tool_choice), ("function_call", self.function_call)):
            if choice not in (None, "none"):
                return field, f"{field}: there are no tools to call — leave it out or send 'none'"
        kind = (self.response_format or {}).get("type", "text")
        if kind != "text":
            return (
                "response_format",
                f"response_format: only {{'type': 'text'}} is supported (got {kind!r}) — the answer is text "
                "with its citations in the `citations` field",
            )
        if self.logprobs or self.top_logprobs:
            field = "logprobs" if self.logprobs else "top_logprobs"
            return field, f"{field}: answers are quoted from the plan, not sampled, so there are no log probabilities"
        if (self.modalities and set(self.modalities) != {"text"}) or self.audio is not None:
            field = "audio" if self.audio is not None else "modalities"
            return field, f"{field}: the assistant answers in text only — send modalities ['text'] or leave it out"
        for field in ("prediction", "web_search_options"):
            if getattr(self, field) is not None:
                return field, f"{field}: not supported by this endpoint — leave it out"
        if self.stream_options is not None and not self.stream:
            return "stream_options", "stream_options: only allowed with stream: true"
        return None


# -- responses ----------------------------------------------------------------------------------


class Usage(BaseModel):
    """Counted as in `ui.tokens`: one token per Chinese character, Latin word or other visible character."""

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class ReplyMessage(BaseModel):
    role: Literal["assistant"]
    content: str


class Choice(BaseModel):
    index: int
    message: ReplyMessage
    finish_reason: Literal["stop", "length"]
    logprobs: None


Verdict = Literal["supported", "contradicted", "not_stated"]


class ChatCompletion(BaseModel):
    """OpenAI's `chat.completion`, and after `usage` what OpenAI's format has no place for: the
    citations as data, the refusal flag, the query searched, the claim verdict."""

    id: str
    object: Literal["chat.completion"]
    created: int
    model: str
    choices: list[Choice]
    usage: Usage
    citations: list[CitationOut]
    refused: bool
    query: str
    notice: str | None
    mode: str
    degraded: bool
    verdict: Verdict | None


class ChunkDelta(BaseModel):
    role: Literal["assistant"] | None = None
    content: str | None = None


class ChunkChoice(BaseModel):
    index: int
    delta: ChunkDelta
    finish_reason: Literal["stop", "length"] | None
    logprobs: None


class ChatCompletionChunk(BaseModel):
    """One `data:` event of a stream. The chunk with `finish_reason` also carries the answer's
    `citations`, `refused`, `query`, `notice`, `mode`, `degraded` and `verdict` (as in
    `ChatCompletion`); with `stream_options.include_usage` every chunk has `usage: null` and one
    more chunk, with no choices, carries the `usage`."""

    id: str
    object: Literal["chat.completion.chunk"]
    created: int
    model: str
    choices: list[ChunkChoice]
    usage: Usage | None = None
    citations: list[CitationOut] | None = None
    refused: bool | None = None
    query: str | None = None
    notice: str | None = None
    mode: str | None = None
    degraded: bool | None = None
    verdict: Verdict | None = None


class Model(BaseModel):
    id: str
    object: Literal["model"]
    created: int
    owned_by: str


class ModelList(BaseModel):
    object: Literal["list"]
    data: list[Model]


SSE_DESCRIPTION = (
    "with `stream: true`: Server-Sent Events, each `data: <ChatCompletionChunk as JSON>`, the last one `data: [DONE]`"
)
