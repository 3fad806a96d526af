"""JSON errors for requests that reach no API route, instead of the chat UI's HTML.

    add_fallbacks(app)     # after the API routes, before the UI is mounted at "/"

A path under /api or /v1 that matches no route is a 404; a known path asked with another method
(GET /api/ask, POST /healthz) is a 405 whose Allow header and message name the right method.
"""

from __future__ import annotations

from fastapi import FastAPI, HTTPException, Request
from starlette.routing import compile_path

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def unknown_route(request: Request) -> None:
    path = request.url.path
    allowed = sorted(
        {
            method.upper()
            for template, operations in request.app.openapi().get("paths", {}).items()
            if compile_path(template)[0].match(path)
            for method in operations
        }
    )
    if allowed:
        raise HTTPException(
            405,
            f"{request.method} is not allowed on {path} — use {' or '.join(allowed)}",
            headers={"Allow": ", ".join(allowed)},
        )
    raise HTTPException(404, f"no such route: {request.method} {path} — see /docs for the API")


def add_fallbacks(app: FastAPI, get_only: tuple[str, ...] = ("/healthz",)) -> None:
    """Call after every API route is added and before the UI is mounted at "/". `get_only`: API
    routes outside /api and /v1, whose other methods would otherwise reach the UI's 404."""
    for path in get_only:
        app.add_api_route(path, unknown_route, methods=[m for m in METHODS if m != "GET"], include_in_schema=False)
    for prefix in ("/api", "/v1"):
        app.add_api_route(f"{prefix}/{{rest:path}}", unknown_route, methods=list(METHODS), include_in_schema=False)
