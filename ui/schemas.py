"""The JSON API's response bodies as pydantic models: what `/openapi.json` promises, and what
FastAPI checks every 200 body against before it is sent.

    SearchOut.model_validate(backend.search("夜間經濟").to_json()).sections[0].breadcrumb

Errors have one body on every route (`ErrorBody`, built by `ui.errors.error_response`);
`error_responses(422, 429)` documents the statuses a route can answer with.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

BodyKind = Literal[
    "chapter_heading", "section_heading", "subheading", "intro", "paragraph", "footnote", "table", "figure"
]


# -- errors -----------------------------------------------------------------------------------


class ErrorDetail(BaseModel):
    message: str = Field(description="what is wrong and what to send instead")
    type: str = Field(
        description="invalid_request_error, not_found_error, rate_limit_error, overloaded_error or server_error"
    )
    param: str | None = Field(description="the field at fault (dotted path), when there is one")
    code: str | None = Field(None, description="a machine-readable reason, e.g. model_not_found")


class ErrorBody(BaseModel):
    """OpenAI's error shape, on every route: one client-side handler serves them all."""

    error: ErrorDetail


_RETRY_AFTER = {"Retry-After": {"description": "seconds to wait before trying again", "schema": {"type": "integer"}}}
ERRORS: dict[int, tuple[str, dict[str, Any]]] = {
    400: ("the body is not valid JSON or not UTF-8, or Content-Length is not a number", {}),
    404: ("not found", {}),
    405: (
        "this path does not take that method",
        {"Allow": {"description": "the methods this path takes", "schema": {"type": "string"}}},
    ),
    413: ("the body is larger than PLAN_ASSISTANT_MAX_BODY_BYTES (1 MiB); refused before it is read", {}),
    415: ("the body was not sent as Content-Type: application/json", {}),
    422: ("a field is missing, of the wrong type or out of range; the message names it", {}),
    429: ("over the per-client rate limit (PLAN_ASSISTANT_RATE_LIMIT_PER_MINUTE)", _RETRY_AFTER),
    500: ("an unexpected failure; the server log has the details (no traceback is sent)", {}),
    503: ("too many answers in flight (PLAN_ASSISTANT_MAX_PENDING); try again in a moment", _RETRY_AFTER),
}


def error_responses(*statuses: int, **descriptions: str) -> dict[int | str, dict[str, Any]]:
    """The `responses=` of a route: each status with `ErrorBody`; `descriptions` (keyed `e404`…)
    say what the status means on this route when the generic words are not enough."""
    unknown = set(statuses) - set(ERRORS)
    if unknown:
        raise ValueError(f"no description for status {sorted(unknown)}; known: {sorted(ERRORS)}")
    out: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        text, headers = ERRORS[status]
        entry: dict[str, Any] = {"model": ErrorBody, "description": descriptions.get(f"e{status}", text)}
        if headers:
            entry["headers"] = headers
        out[status] = entry
    return out


# -- /api/search --------------------------------------------------------------------------------


class RouteOut(BaseModel):
    chapter_no: int
    section_no: int | None = Field(description="None: the whole chapter")
    reason: str


class HitOut(BaseModel):
    chunk_id: str
    lines: list[int]
    text: str
    score: float
    dense_rank: int | None
    dense_score: float | None
    bm25_rank: int | None
    bm25_score: float | None
    routed: bool = Field(description="the query named this 章/節 (第X章, 專欄N…)")


class SectionHitOut(BaseModel):
    chapter_no: int
    section_no: int
    breadcrumb: str
    score: float
    hits: list[HitOut] = Field(description="the section's best chunks, best first")


class SearchOut(BaseModel):
    query: str
    reason: str | None = Field(description="why nothing was found, when nothing was")
    degraded: bool = Field(description="vector search was unavailable: keyword search only")
    route: RouteOut | None
    sections: list[SectionHitOut]
    timings_ms: dict[str, float]


# -- /api/outline, /api/sections, /api/tasks -------------------------------------------------------


class TableOut(BaseModel):
    kind: Literal["table", "figure"]
    number: int | None
    title: str
    chapter_no: int
    section_no: int
    line: int
    published: bool = Field(description="always false: 專欄 contents are not in the published text")
    label: str
    note: str


class NoticeOut(BaseModel):
    doc_no: str
    recipients: str
    text: str
    issuer: str
    date: str = Field(description="ISO yyyy-mm-dd")
    title: str


class OutlineSection(BaseModel):
    section_no: int = Field(description="0 = the chapter's intro (or 前言)")
    label: str
    title: str
    sub_items: list[str]
    n_items: int
    tables: list[TableOut]


class OutlineChapter(BaseModel):
    chapter_no: int = Field(description="0 = 前言")
    label: str
    title: str
    sections: list[OutlineSection]


class OutlineOut(BaseModel):
    title: str
    notice: NoticeOut | None
    chapters: list[OutlineChapter]


class ItemOut(BaseModel):
    line: int = Field(description="1-based line of the plan's text file")
    kind: BodyKind
    text: str
    lead: str | None = Field(description="a task paragraph's lead phrase")


class SectionOut(BaseModel):
    chapter_no: int
    section_no: int
    chapter_title: str
    section_title: str
    breadcrumb: str
    items: list[ItemOut]
    tables: list[TableOut]


class TargetOut(BaseModel):
    value: str
    unit: str
    clause: str
    year: str | None


class TaskOut(BaseModel):
    task_id: str
    title: str
    chapter_no: int
    section_no: int
    lines: list[int]
    text: str
    bodies: list[str]
    zone: str | None
    targets: list[TargetOut]
    breadcrumb: str


class TasksOut(BaseModel):
    query: str
    count: int
    tasks: list[TaskOut]


# -- /healthz ---------------------------------------------------------------------------------


class DenseSearchOut(BaseModel):
    state: Literal["ok", "degraded", "off"]
    reason: str | None = Field(description="what is wrong and what to do, when it is not ok")


class IndexOut(BaseModel):
    ready: bool
    built_at_startup: bool
    n_chunks: int
    key: str
    embedder_id: str
    seconds: float
    dense_search: bool


class CacheOut(BaseModel):
    size: int
    entries: int
    hits: int
    misses: int
    hit_rate: float


class HealthOut(BaseModel):
    status: Literal["ok", "degraded"] = Field(description="degraded: answers come from keyword search only")
    dense_search: DenseSearchOut
    plan: str
    answer_cache: CacheOut
    index: IndexOut | None
