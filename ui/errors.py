"""Every API error as 4xx JSON with one clear message — never a traceback, never a 5xx for bad input.

The body has OpenAI's error shape so that one client-side handler serves every route:

    {"error": {"message": "question is empty — type a question about the plan",
               "type": "invalid_request_error", "param": "question"}}
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


def error_response(status: int, message: str, param: str | None = None, headers: dict[str, str] | None = None) -> JSONResponse:
    kind = _TYPES.get(status, "invalid_request_error" if status < 500 else "server_error")
    return JSONResponse({"error": {"message": message, "type": kind, "param": param}}, status_code=status, headers=headers)


def _where(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path")]
    return ".".join(parts)


def validation_message(errors: list[dict[str, Any]]) -> tuple[int, str, str | None]:
    """(status, message, param) for pydantic/FastAPI validation errors, most useful error first."""
    first: dict[str, Any] = errors[0] if errors else {"msg": "invalid request", "loc": ()}
    if first.get("type") == "json_invalid":
        pos = first["loc"][-1] if first.get("loc") else "?"
        reason = (first.get("ctx") or {}).get("error", "not JSON")
        return 400, f"the request body is not valid JSON ({reason} at character {pos}) — send a JSON object", None
    if isinstance(first.get("input"), bytes | bytearray) and not first.get("loc", ())[1:]:
        return 415, "the request body must be JSON: send it with the header Content-Type: application/json", None
    messages = []
    for err in errors[:3]:
        msg = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
        where = _where(tuple(err.get("loc", ())))
        if err.get("type") == "missing":
            msg = "is required"
        elif err.get("type") == "extra_forbidden":
            msg = "is not a field of this request"
        messages.append(f"{where}: {msg}" if where and not msg.startswith(where) else msg)
    if len(errors) > 3:
        messages.append(f"and {len(errors) - 3} more")
    param = _where(tuple(first.get("loc", ()))) or None
    return 422, "; ".join(messages), param


async def _on_validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    status, message, param = validation_message(list(exc.errors()))
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
    return error_response(422, str(exc), "question" if request.url.path.endswith("/ask") else "query")


async def _on_not_found(request: Request, exc: Exception) -> JSONResponse:
    return error_response(404, str(exc))


async def _on_plan_error(request: Request, exc: Exception) -> JSONResponse:
    return error_response(400, str(exc))


async def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "internal error while answering — the server log has the details; please try again")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(QueryError, _on_query)
    app.add_exception_handler(SectionNotFoundError, _on_not_found)
    app.add_exception_handler(PlanAssistantError, _on_plan_error)
    app.add_exception_handler(Exception, _on_unexpected)
