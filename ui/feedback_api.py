"""`POST /api/feedback`: a 👍/👎 from an API client, for an answer `POST /api/ask` gave it.

    curl -s localhost:7860/api/feedback -H 'content-type: application/json' -d '{
        "id": "3f2b9c4e-client-chosen", "rating": 1, "question": "…", "answer": "…", "citations": [ … ]}'

The chat UI rates through its own 👍/👎; this route is for programs. `id` is the client's own
name for the rating: sending the same rating again (a reply lost to a timeout, a replica that
went away mid-request) adds no second row, whichever replica takes it. The reply says whether
the rating is in the database already (`written`) or waits in the queue because the database is
down or read-only; either way it is kept.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictStr

from ui.api import JSON_BODY, LIMITED, MAX_TURN_CHARS, BackendDep, CitationOut, Question, valid_unicode
from ui.schemas import error_responses

MAX_CITATIONS = 50
Text = Annotated[StrictStr, Field(max_length=MAX_TURN_CHARS), AfterValidator(valid_unicode)]


class FeedbackIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: StrictStr | None = Field(
        None,
        pattern=r"^[A-Za-z0-9_-]{8,64}$",
        description="the client's own id for this rating (8–64 letters, digits, - or _), e.g. a UUID: "
        "sent again, the rating is stored once; default: the server makes one",
    )
    rating: Literal[1, -1] = Field(description="1 = 👍, -1 = 👎")
    question: Question
    answer: Text = Field(description="the answer's text, as /api/ask returned it")
    citations: list[CitationOut] = Field(default_factory=list, max_length=MAX_CITATIONS)
    mode: Literal["extractive", "llm", ""] = ""
    query: Annotated[StrictStr, Field(max_length=MAX_TURN_CHARS), AfterValidator(valid_unicode)] = Field(
        "", description="the standalone query /api/ask searched"
    )


class FeedbackOut(BaseModel):
    id: str = Field(description="names the rating; send it again with the same rating and nothing is added")
    written: bool = Field(description="false: queued (the database is unavailable) and written later")
    pending: int = Field(description="ratings waiting in this server's queue")


router = APIRouter()


@router.post(
    "/api/feedback",
    response_model=FeedbackOut,
    tags=["feedback"],
    summary="Rate an answer 👍/👎",
    responses=error_responses(*JSON_BODY, *LIMITED),
)
async def rate(body: FeedbackIn, backend: BackendDep) -> dict[str, Any]:
    citations = [c.model_dump() for c in body.citations]
    receipt = await run_in_threadpool(
        backend.feedback.rate,
        body.question,
        body.answer,
        citations,
        body.rating,
        mode=body.mode,
        query=body.query,
        uid=body.id,
    )
    return {"id": receipt.uid, "written": receipt.written, "pending": receipt.pending}
