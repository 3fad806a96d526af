"""One server: the Gradio chat at `/`, the JSON API under `/api`, OpenAI-compatible `/v1`, docs at `/docs`.

    app = create_app(Settings())                   # builds or reuses the index, printing progress
    uvicorn.run(app, host="127.0.0.1", port=7860)

or, from a shell, `plan-assistant serve` — or `uvicorn ui.server:app_factory --factory --no-proxy-headers`
(the app reads X-Forwarded-For itself, from PLAN_ASSISTANT_TRUSTED_PROXIES only).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from fastapi import FastAPI

from assistant.service import Assistant
from assistant.settings import Settings
from ui.api import router as api_router
from ui.backend import Backend
from ui.bodylimit import BodyLimit
from ui.errors import install_error_handlers
from ui.eval_tab import Evaluator, load_evaluator
from ui.fallbacks import add_fallbacks
from ui.feedback import open_feedback
from ui.feedback_api import router as feedback_router
from ui.limits import install_limits
from ui.openai_api import router as openai_router
from ui.openai_schema import ChatCompletionChunk
from ui.openapi import install_openapi
from ui.web import TITLE, mount_ui

DESCRIPTION = """Answers questions about 《廣州市海珠區國民經濟和社會發展第十四個五年規劃和2035年遠景目標綱要》
from the plan's own text, citing 章/節 for every claim.

* `POST /api/ask` — an answer with citations (exact quotes and their 章/節)
* `POST /api/search` — the best sections for a query
* `GET /api/outline`, `GET /api/sections/{chapter}/{section}`, `GET /api/tasks?q=` — the plan itself
* `POST /v1/chat/completions` — OpenAI-compatible (streaming or not); citations also in `citations`
* `POST /api/feedback` — rate an answer 👍/👎 (with your own id, so a retry is stored once)

Errors are JSON: `{"error": {"message", "type", "param", "code"}}` (OpenAI's shape) with a 4xx status
for bad input; each route lists the statuses it can answer with.
The chat UI is at `/`.
"""


def create_app(
    settings: Settings,
    assistant: Assistant | None = None,
    evaluator: Callable[[Settings, Backend], Evaluator | None] = load_evaluator,
) -> FastAPI:
    """The whole server; without `assistant`, open it from `settings` (index built if missing).

    The 評測 tab is there when `settings.eval_tab_enabled`, run by what `evaluator` makes
    (by default the one installed under the `plan_assistant.evaluator` entry point)."""
    if assistant is None:
        from assistant.runtime import open_assistant

        print(
            f"plan-assistant: opening the index at {settings.index_dir} (built on the first run)…",
            file=sys.stderr,
            flush=True,
        )
        assistant = open_assistant(settings, progress=True)
        st = assistant.search.status
        if st is not None:
            verb = "built" if st.built else "reused"
            print(
                f"plan-assistant: index {verb} ({st.n_chunks} chunks) in {st.seconds:.1f} s",
                file=sys.stderr,
                flush=True,
            )
    backend = Backend(
        assistant,
        open_feedback(settings),
        default_mode=settings.mode,
        cache_size=settings.answer_cache_size,
        concurrency=settings.answer_concurrency,
    )
    app = FastAPI(title=TITLE, description=DESCRIPTION, version="0.1.0")
    app.state.backend = backend
    install_error_handlers(app)
    install_limits(app, settings.rate_limit_per_minute, settings.max_pending, settings.trusted_proxies)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)  # outermost: before rate limits and parsing
    app.include_router(api_router)
    app.include_router(feedback_router)
    app.include_router(openai_router)
    add_fallbacks(app)
    install_openapi(app, extra_models=[ChatCompletionChunk])
    runner = evaluator(settings, backend) if settings.eval_tab_enabled else None
    return mount_ui(
        app, backend, max_queue=settings.max_pending, evaluator=runner
    )  # last: "/" would otherwise shadow the API routes


def app_factory() -> FastAPI:
    """For `uvicorn ui.server:app_factory --factory`: settings read from PLAN_ASSISTANT_* here, at the edge.

    A start-up failure the user can fix (an unreachable Chroma server, a bad plan file) ends
    the process with one line saying what to do, not a traceback."""
    from corpus.errors import PlanAssistantError

    try:
        return create_app(Settings())
    except PlanAssistantError as exc:
        raise SystemExit(f"error: {exc}") from None
