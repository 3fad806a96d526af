"""`/openapi.json` against what the server really sends.

The hostile-input suite (`test_hostile.py`, which runs first: files run in name order) records
every response it checks (`tests.ui.observed`). Here, for every documented operation, the
statuses it documents must be exactly the statuses that suite saw, and every body it saw must
validate against the schema documented for that status and content type.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient
from starlette.routing import compile_path

from tests.ui import test_hostile
from tests.ui.observed import SEEN, Seen

Operation = tuple[str, str]  # (METHOD, path template)


@pytest.fixture(scope="module")
def spec(keyword_client: TestClient) -> dict[str, Any]:
    return dict(keyword_client.get("/openapi.json").json())


def operation_of(seen: Seen, spec: dict[str, Any]) -> tuple[str, Operation | None]:
    """(path template, the documented operation) a request went to; the operation is None for
    another method on a documented path, and the template "" for an undocumented path."""
    for template, operations in spec["paths"].items():
        if compile_path(template)[0].match(seen.path):
            method = seen.method.lower()
            return template, ((seen.method, template) if method in operations else None)
    return "", None


def documented(spec: dict[str, Any]) -> dict[Operation, set[int]]:
    return {
        (method.upper(), template): {int(status) for status in op["responses"]}
        for template, operations in spec["paths"].items()
        for method, op in operations.items()
    }


def observed(spec: dict[str, Any]) -> dict[Operation, set[int]]:
    """Statuses per documented operation; a 405 (another method on its path) counts for each
    operation of the path, since each documents what a wrong method gets."""
    seen: dict[Operation, set[int]] = {}
    for s in SEEN:
        template, operation = operation_of(s, spec)
        if operation is not None:
            seen.setdefault(operation, set()).add(s.status)
        elif template and s.status == 405:
            for method in spec["paths"][template]:
                seen.setdefault((method.upper(), template), set()).add(405)
    return seen


def hostile_suite_ran(request: pytest.FixtureRequest) -> bool:
    """Whether every test of test_hostile.py that CI's quick run includes ran in this session."""

    def slow(fn: Any) -> bool:
        return any(m.name == "slow" for m in getattr(fn, "pytestmark", []))

    wanted = {
        name for name, fn in vars(test_hostile).items() if name.startswith("test_") and callable(fn) and not slow(fn)
    }
    ran = {
        getattr(item, "originalname", item.name)
        for item in request.session.items
        if getattr(item, "module", None) is sys.modules[test_hostile.__name__]
    }
    return wanted <= ran


@pytest.fixture
def seen_all(request: pytest.FixtureRequest) -> None:
    if not hostile_suite_ran(request):
        pytest.skip("compares with what test_hostile.py observed: run it in the same session (the whole tests/ui)")
    assert SEEN, "the hostile suite ran but recorded nothing"


def test_every_documented_status_is_observed_and_every_observed_one_documented(
    spec: dict[str, Any], seen_all: None
) -> None:
    promised, got = documented(spec), observed(spec)
    differences = {
        f"{method} {template}": {
            "documented, never seen": sorted(promised[(method, template)] - got.get((method, template), set())),
            "seen, not documented": sorted(got.get((method, template), set()) - promised[(method, template)]),
        }
        for method, template in promised
        if promised[(method, template)] != got.get((method, template), set())
    }
    assert not differences, json.dumps(differences, indent=1)
    assert {s for codes in got.values() for s in codes} >= {200, 400, 404, 405, 413, 415, 422, 429, 500, 503}


def schema_for(spec: dict[str, Any], s: Seen) -> dict[str, Any] | None:
    """The documented schema of this response (its components alongside, so that refs resolve)."""
    template, operation = operation_of(s, spec)
    if not template:
        return None
    ops = spec["paths"][template]
    op = ops[s.method.lower()] if operation else next(iter(ops.values()))
    assert str(s.status) in op["responses"], f"{s.method} {s.path} → {s.status}, not documented"
    content = op["responses"][str(s.status)]["content"]
    media = s.content_type.split(";")[0].strip()
    assert media in content, f"{s.method} {s.path} → {s.status} {media}, documented: {list(content)}"
    return dict(content[media]["schema"], components=spec["components"])


def payloads(s: Seen) -> Iterator[Any]:
    """The JSON values of a response: the body, or each event of a stream."""
    if s.content_type.startswith("text/event-stream"):
        for event in s.text.split("\n\n"):
            data = event.removeprefix("data: ")
            if event and data != "[DONE]":
                yield json.loads(data)
    else:
        yield json.loads(s.text)


def test_every_observed_body_matches_its_documented_schema(spec: dict[str, Any], seen_all: None) -> None:
    checked = 0
    for s in SEEN:
        schema = schema_for(spec, s)
        if schema is None:
            continue
        for value in payloads(s):
            jsonschema.validate(value, schema, cls=jsonschema.Draft202012Validator)
            checked += 1
    assert checked > 200


def test_errors_are_documented_as_the_body_the_server_sends(spec: dict[str, Any]) -> None:
    assert "HTTPValidationError" not in spec["components"]["schemas"]  # FastAPI's {"detail": [...]}: never sent
    for template, operations in spec["paths"].items():
        for method, op in operations.items():
            for status, response in op["responses"].items():
                if int(status) >= 400:
                    ref = response["content"]["application/json"]["schema"]["$ref"]
                    assert ref == "#/components/schemas/ErrorBody", (method, template, status)


def test_a_stream_is_documented_as_server_sent_events(spec: dict[str, Any]) -> None:
    ok = spec["paths"]["/v1/chat/completions"]["post"]["responses"]["200"]["content"]
    assert ok["application/json"]["schema"]["$ref"].endswith("/ChatCompletion")
    assert ok["text/event-stream"]["schema"]["$ref"].endswith("/ChatCompletionChunk")
    assert "ChatCompletionChunk" in spec["components"]["schemas"]


def test_every_200_body_is_a_named_model(spec: dict[str, Any]) -> None:
    for template, operations in spec["paths"].items():
        for method, op in operations.items():
            schema = op["responses"]["200"]["content"]["application/json"]["schema"]
            assert re.fullmatch(r"#/components/schemas/\w+", schema.get("$ref", "")), (method, template, schema)
