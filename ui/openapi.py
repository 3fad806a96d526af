"""`/openapi.json` as the server really behaves: FastAPI's document, corrected where it guesses.

    install_openapi(app, extra_models=[ChatCompletionChunk])

FastAPI documents a 422 `{"detail": [...]}` body for every route with parameters; this server
never sends one (`ui.errors` turns validation errors into `ErrorBody`), so those entries go, and
routes list their real errors through `ui.schemas.error_responses`. Models that appear only
inside a non-JSON response (the chunks of an SSE stream) are added to the components here, since
FastAPI only collects the models of JSON bodies.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

REF = "#/components/schemas/{model}"
FASTAPI_422 = ("HTTPValidationError", "ValidationError")


def _mentions(node: Any, names: Sequence[str]) -> bool:
    text = repr(node)
    return any(f"#/components/schemas/{name}'" in text for name in names)


def corrected(schema: dict[str, Any], extra_models: Sequence[type[BaseModel]]) -> dict[str, Any]:
    """`schema` with FastAPI's default 422 bodies taken out and `extra_models` in the components."""
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            responses = operation.get("responses", {})
            if "422" in responses and _mentions(responses["422"], FASTAPI_422):
                del responses["422"]
    if not _mentions(schema.get("paths", {}), FASTAPI_422):
        for name in FASTAPI_422:
            components.pop(name, None)
    if extra_models:
        _, defs = models_json_schema([(m, "serialization") for m in extra_models], ref_template=REF)
        for name, definition in defs.get("$defs", {}).items():
            components.setdefault(name, definition)
    return schema


def install_openapi(app: FastAPI, extra_models: Sequence[type[BaseModel]] = ()) -> None:
    """Make `app.openapi()` (and so `/openapi.json`) return the corrected document, built once."""
    original: Callable[[], dict[str, Any]] = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = corrected(original(), extra_models)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
