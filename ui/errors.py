"""Every API error as 4xx JSON with one clear message — never a traceback, never a 5xx for bad input.

The body has OpenAI's error shape so that one client-side handler serves every route:

    {"error": {"message": "question is empty — type a question about the plan",
               "type": "invalid_request_error", "param": "question", "code": null}}

`ui.schemas.ErrorBody` is the same shape as a model, for `/openapi.json`.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from corpus.errors import PlanAssistantError, SectionNotFoundError
from retrieval.search import QueryError

log = logging.getLogger("plan_assistant.api")

_TYPES = {404: "not_found_error", 429: "rate_limit_error", 503: "overloaded_error"}
# what each JSON route wants, for errors about a body that is not a JSON object at all
EXAMPLES = {
    "/api/ask": '{"question": "海珠濕地有甚麼規劃？"}',
    "/api/search": '{"query": "固體廢物", "k": 3}',
    "/v1/chat/completions": '{"messages": [{"role": "user", "content": "海珠濕地有甚麼規劃？"}]}',
    "/api/feedback": '{"question": "…", "answer": "…", "citations": [], "rating": 1, "id": "your-own-uuid"}',
}
_JSON_KINDS = (
    (bool, "true/false"),
    (int | float, "a number"),
    (str, "a string"),
    (list, "an array"),
    (type(None), "null"),
)


def error_response(
    status: int,
    message: str,
    param: str | None = None,
    headers: dict[str, str] | None = None,
    code: str | None = None,
) -> JSONResponse:
    kind = _TYPES.get(status, "invalid_request_error" if status < 500 else "server_error")
    return JSONResponse(
        {"error": {"message": message, "type": kind, "param": param, "code": code}}, status_code=status, headers=headers
    )


class ApiError(Exception):
    """A request the route understood and must refuse: `ApiError(400, "n: …", param="n")`."""

    def __init__(self, status: int, message: str, *, param: str | None = None, code: str | None = None) -> None:
        if not 400 <= status < 500:
            raise ValueError(f"an ApiError is a 4xx refusal, got status {status}")
        super().__init__(message)
        self.status, self.message, self.param, self.code = status, message, param, code


def _where(loc: tuple[Any, ...]) -> str:
    """The field's dotted path; the first element says where it was (body, query string…), not which field."""
    parts = loc[1:] if loc and loc[0] in ("body", "query", "path", "header", "cookie") else loc
    return ".".join(str(p) for p in parts)


# pydantic names the branch of a union an error came from inside its location, e.g.
# messages.0.content.list[ContentPart]: that is for the programmer, not for the client
_BRANCHES = {"str", "constrained-str", "int", "float", "bool", "list", "dict", "none", "lax-or-strict"}
LONE_SURROGATE = "text contains an invalid Unicode escape (a lone surrogate such as \\ud800)"


def _is_branch(part: Any) -> bool:
    return isinstance(part, str) and ("[" in part or "(" in part or part in _BRANCHES)


def _plain(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The errors with union branches taken out of their locations; a branch that only says
    "wrong type" is dropped when another says what is wrong with the value itself."""
    cleaned = [
        (
            dict(e, loc=tuple(p for p in e.get("loc", ()) if not _is_branch(p))),
            any(_is_branch(p) for p in e.get("loc", ())),
        )
        for e in errors
    ]
    specific = [e for e, in_union in cleaned if not (in_union and str(e.get("type", "")).endswith("_type"))]
    return specific or [e for e, _ in cleaned]


def _json_kind(value: Any) -> str:
    return next((name for kind, name in _JSON_KINDS if isinstance(value, kind)), "not an object")


def validation_message(errors: list[dict[str, Any]], example: str | None = None) -> tuple[int, str, str | None]:
    """(status, message, param) for pydantic/FastAPI validation errors, most useful error first;
    `example` is a valid body for the route, shown when the body is not a JSON object at all."""
    errors = _plain(errors)
    first: dict[str, Any] = errors[0] if errors else {"msg": "invalid request", "loc": ()}
    send = f"send a JSON object such as {example}" if example else "send a JSON object (see /docs for its fields)"
    if first.get("type") == "json_invalid":
        pos = first["loc"][-1] if first.get("loc") else "?"
        reason = (first.get("ctx") or {}).get("error", "not JSON")
        return 400, f"the request body is not valid JSON ({reason} at character {pos}) — send a JSON object", None
    if isinstance(first.get("input"), bytes | bytearray) and not first.get("loc", ())[1:]:
        return 415, "the request body must be JSON: send it with the header Content-Type: application/json", None
    if tuple(first.get("loc", ())) == ("body",):
        if first.get("type") == "missing":
            return 422, f"the request body is empty — {send}", None
        if first.get("type") in ("model_attributes_type", "model_type", "dict_type"):
            return 422, f"the request body is {_json_kind(first.get('input'))}, not a JSON object — {send}", None
    messages: list[str] = []
    for err in errors[:3]:
        msg = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
        where = _where(tuple(err.get("loc", ())))
        if err.get("type") == "missing":
            msg = "is required"
        elif err.get("type") == "extra_forbidden":
            msg = "is not a field of this request"
        elif err.get("type") == "string_unicode":
            msg = LONE_SURROGATE
        line = f"{where}: {msg}" if where and not msg.startswith(where) else msg
        if line not in messages:
            messages.append(line)
    if len(errors) > 3:
        messages.append(f"and {len(errors) - 3} more")
    param = _where(tuple(first.get("loc", ()))) or None
    return 422, "; ".join(messages), param


async def _on_validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    status, message, param = validation_message(list(exc.errors()), EXAMPLES.get(request.url.path))
    return error_response(status, message, param)


async def _on_http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if isinstance(exc.__cause__, UnicodeDecodeError):
        return error_response(400, "the request body is not valid UTF-8 — send JSON encoded as UTF-8")
    message = exc.detail if isinstance(exc.detail, str) else "request failed"
    if exc.status_code == 404 and message == "Not Found":
        message = f"no such route: {request.method} {request.url.path} — see /docs for the API"
    elif exc.status_code == 400 and message == "There was an error parsing the body":
        message = "the request body could not be read as JSON — send a JSON object encoded as UTF-8"
    return error_response(exc.status_code, message, headers=getattr(exc, "headers", None))


async def _on_query(request: Request, exc: Exception) -> JSONResponse:
    field = {"/api/search": "query", "/v1/chat/completions": "messages"}.get(request.url.path, "question")
    return error_response(422, str(exc), field)


async def _on_not_found(request: Request, exc: Exception) -> JSONResponse:
    return error_response(404, str(exc))


async def _on_plan_error(request: Request, exc: Exception) -> JSONResponse:
    return error_response(400, str(exc))


async def _on_api_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.message, exc.param, code=exc.code)


async def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "internal error while answering — the server log has the details; please try again")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(ApiError, _on_api_error)
    app.add_exception_handler(QueryError, _on_query)
    app.add_exception_handler(SectionNotFoundError, _on_not_found)
    app.add_exception_handler(PlanAssistantError, _on_plan_error)
    app.add_exception_handler(Exception, _on_unexpected)
