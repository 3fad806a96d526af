"""The JSON API: ask, search, the plan tree, one section, tasks, health. Docs at `/docs`.

    curl -s localhost:7860/api/ask -H 'content-type: application/json' \\
         -d '{"question": "海珠濕地有甚麼規劃？"}' | jq .citations[0].breadcrumb

Request bodies are pydantic models with strict types (a number is not a question); bad input
is a 4xx JSON error from `ui.errors`, never a 5xx.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictInt, StrictStr

from assistant.conversation import Turn
from retrieval.search import MAX_QUERY_CHARS
from ui.backend import Backend
from ui.schemas import HealthOut, OutlineOut, SearchOut, SectionOut, TasksOut, error_responses

MAX_HISTORY_TURNS = 50
MAX_TURN_CHARS = 20_000


def valid_unicode(text: str) -> str:
    """Reject lone surrogates (valid JSON escapes, but not text; they cannot be encoded back)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text contains an invalid Unicode escape (a lone surrogate such as \\ud800)") from None
    return text


def valid_question(text: str) -> str:
    valid_unicode(text)
    stripped = text.strip()
    if not stripped:
        raise ValueError("question is empty — type a question about the plan")
    if len(stripped) > MAX_QUERY_CHARS:
        raise ValueError(f"question is {len(stripped):,} characters; the limit is {MAX_QUERY_CHARS:,} — shorten it")
    return text


Question = Annotated[StrictStr, AfterValidator(valid_question)]
Text = Annotated[StrictStr, Field(max_length=MAX_TURN_CHARS), AfterValidator(valid_unicode)]
Mode = Literal["extractive", "llm"]


class TurnIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    role: Literal["user", "assistant"]
    content: Text


class AskRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"question": "海珠濕地有甚麼規劃？"},
                {
                    "question": "那它的面積呢？",
                    "history": [
                        {"role": "user", "content": "琶洲試驗區是什麼？"},
                        {"role": "assistant", "content": "…"},
                    ],
                },
            ]
        },
    )
    question: Question = Field(
        description=f"the question, in Traditional or Simplified Chinese (or English); at most {MAX_QUERY_CHARS} characters"
    )
    history: list[TurnIn] = Field(
        default_factory=list,
        max_length=MAX_HISTORY_TURNS,
        description="earlier turns, oldest first, for follow-up questions",
    )
    mode: Mode | None = Field(None, description="'extractive' (default) or 'llm'")


class SearchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"query": "固體廢物", "k": 3}]})
    query: Question
    k: StrictInt = Field(5, ge=1, le=50, description="how many sections to return")


class CitationOut(BaseModel):
    chapter_no: int
    chapter_title: str
    section_no: int
    section_title: str
    breadcrumb: str
    quote: str = Field(description="an exact substring of the cited section's text")
    lines: list[int]


class AnswerOut(BaseModel):
    question: str
    text: str
    citations: list[CitationOut]
    refused: bool = Field(description="true when the plan does not answer the question")
    mode: str
    query: str = Field(description="the standalone query searched (follow-ups rewritten)")
    notice: str | None
    timings_ms: dict[str, float]
    degraded: bool = Field(
        False, description="true when vector search was unavailable: passages found by keyword search only"
    )
    verdict: Literal["supported", "contradicted", "not_stated"] | None = Field(
        None,
        description="for a claim to check (「…是真的嗎？」): whether the plan says so, says otherwise, or never mentions it",
    )


def get_backend(request: Request) -> Backend:
    backend: Backend = request.app.state.backend
    return backend


BackendDep = Annotated[Backend, Depends(get_backend)]
router = APIRouter()


# what each kind of route can answer besides 200 (every one: 405 for another method, 500 when
# something breaks); a test compares these with what the hostile-input suite actually gets
JSON_BODY = (400, 405, 413, 415, 422, 500)
LIMITED = (429, 503)


@router.post(
    "/api/ask",
    response_model=AnswerOut,
    tags=["answers"],
    summary="Answer a question, citing 章/節",
    responses=error_responses(*JSON_BODY, *LIMITED),
)
async def ask(body: AskRequest, backend: BackendDep) -> dict[str, Any]:
    # async, so that a cached answer (most of them on a busy public server) costs no worker
    # thread; a new one is computed in the thread pool, as a sync route would be
    history = [Turn(t.role, t.content) for t in body.history]
    answer = backend.cached(body.question, history, body.mode)
    if answer is None:
        answer = await run_in_threadpool(backend.ask, body.question, history, body.mode, cache_checked=True)
    return answer.to_json()


@router.post(
    "/api/search",
    response_model=SearchOut,
    tags=["answers"],
    summary="Hybrid search: the best sections for a query",
    responses=error_responses(*JSON_BODY, *LIMITED),
)
def search(body: SearchRequest, backend: BackendDep) -> dict[str, Any]:
    return backend.search(body.query, body.k).to_json()


@router.get(
    "/api/outline",
    response_model=OutlineOut,
    tags=["plan"],
    summary="The 章/節 tree, with 專欄 titles (content not published)",
    responses=error_responses(405, 500),
)
def outline(backend: BackendDep) -> dict[str, Any]:
    return backend.outline()


@router.get(
    "/api/sections/{chapter_no}/{section_no}",
    response_model=SectionOut,
    tags=["plan"],
    summary="One 節: its body lines (0 = chapter intro / 前言)",
    responses=error_responses(
        404,
        405,
        422,
        500,
        e404="no such 章 or 節; the message names the valid numbers",
        e422="a number that is not an integer",
    ),
)
def section(chapter_no: int, section_no: int, backend: BackendDep) -> dict[str, Any]:
    return backend.section(chapter_no, section_no)


@router.get(
    "/api/tasks",
    response_model=TasksOut,
    tags=["plan"],
    summary="The task index: tasks containing every term of q",
    responses=error_responses(405, 422, 500, e422="q is longer than 200 characters or not valid Unicode"),
)
def tasks(
    backend: BackendDep,
    q: Annotated[
        str, Query(max_length=200, description="terms, either script; empty = all"), AfterValidator(valid_unicode)
    ] = "",
) -> dict[str, Any]:
    found = backend.find_tasks(q)
    return {"query": q, "count": len(found), "tasks": found}


@router.get(
    "/healthz",
    response_model=HealthOut,
    tags=["service"],
    summary="Liveness and index status",
    responses=error_responses(405, 500),
)
def healthz(backend: BackendDep) -> dict[str, Any]:
    return backend.health()
