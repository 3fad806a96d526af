"""A scripted chat model for tests: replies are enqueued per test, never keyed to a question."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult


class FakeChat(BaseChatModel):
    """Returns the enqueued replies in order; an enqueued exception is raised instead."""

    replies: list[Any] = []
    seen: list[list[BaseMessage]] = []

    def enqueue(self, *replies: Any) -> FakeChat:
        self.replies.extend(replies)
        return self

    @property
    def _llm_type(self) -> str:
        return "fake-chat"

    def _next(self, messages: list[BaseMessage]) -> str:
        self.seen.append(messages)
        if not self.replies:
            raise AssertionError("FakeChat: no reply enqueued")
        reply = self.replies.pop(0)
        if isinstance(reply, BaseException):
            raise reply
        return str(reply)

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None, run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        return ChatResult(generations=[ChatGeneration(message=AIMessage(self._next(messages)))])

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None, run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        text = self._next(messages)
        for i in range(0, len(text), 5):
            yield ChatGenerationChunk(message=AIMessageChunk(content=text[i : i + 5]))


def fake_chat() -> FakeChat:
    return FakeChat(replies=[], seen=[])
