"""langchain-tests' standard `ChatModelIntegrationTests`, through LangChain's own `ChatOpenAI`,
against the real server (uvicorn, the session's index) — what an integrator's LangChain app meets.

The product is a question-answering endpoint over one plan, not a general model. The tests that
need something it does not have are switched off through langchain-tests' own flags, each with
the reason below; every other standard test runs.
"""

from __future__ import annotations

from typing import Any

import openai
import pytest
from langchain_core.language_models import BaseChatModel
from langchain_openai import ChatOpenAI
from langchain_tests.integration_tests import ChatModelIntegrationTests

pytestmark = pytest.mark.slow


class TestChatOpenAIOnTheServer(ChatModelIntegrationTests):
    @pytest.fixture(autouse=True)
    def _server(self, live_server: dict[str, Any]) -> None:
        self.url = live_server["url"]

    @property
    def chat_model_class(self) -> type[BaseChatModel]:
        return ChatOpenAI

    @property
    def chat_model_params(self) -> dict[str, Any]:
        # stream_usage: ChatOpenAI asks for stream_options.include_usage only from OpenAI's own URL unless told;
        # an async client per model: LangChain's shared one would outlive each test's event loop
        return {
            "model": "plan-assistant",
            "base_url": f"{self.url}/v1",
            "api_key": "unused",
            "stream_usage": True,
            "max_retries": 0,
            "http_async_client": openai.DefaultAsyncHttpxClient(),
        }

    # -- what the product does not have -------------------------------------------------------
    @property
    def has_tool_calling(self) -> bool:
        return False  # answers come from the plan; `tools` is refused with a 400

    @property
    def has_tool_choice(self) -> bool:
        return False  # no tools

    @property
    def has_structured_output(self) -> bool:
        return False  # only text: a non-text response_format is refused with a 400

    @property
    def supports_json_mode(self) -> bool:
        return False  # the same

    @property
    def supports_image_inputs(self) -> bool:
        return False  # text content parts only (an image part is a 422)

    @property
    def supports_model_override(self) -> bool:
        return False  # one model, 'plan-assistant': any other name is a 404 model_not_found

    @property
    def enable_vcr_tests(self) -> bool:
        return False  # test_stream_time benchmarks replays of recorded cassettes; none are recorded for a local server

    @property
    def returns_usage_metadata(self) -> bool:
        return True  # usage on every completion, and with stream_options.include_usage


def test_the_standard_suite_really_talks_to_the_server(live_server: dict[str, Any]) -> None:
    """The suite's model is the server: its usage and finish reasons are the server's."""
    model = ChatOpenAI(model="plan-assistant", base_url=f"{live_server['url']}/v1", api_key="unused", max_tokens=5)  # type: ignore[arg-type]
    reply = model.invoke("海珠濕地有甚麼規劃？")
    assert (
        reply.response_metadata["finish_reason"] == "length"
        and reply.response_metadata["model_name"] == "plan-assistant"
    )
    assert reply.usage_metadata is not None and reply.usage_metadata["output_tokens"] == 5
    with pytest.raises(openai.NotFoundError) as caught:
        ChatOpenAI(model="gpt-4o", base_url=f"{live_server['url']}/v1", api_key="unused", max_retries=0).invoke("hi")  # type: ignore[arg-type]
    assert caught.value.code == "model_not_found"
