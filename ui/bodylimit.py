"""A cap on request bodies, so that no client can make the server read megabytes.

    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)   # outermost: add it last

A body that declares a larger Content-Length is refused with 413 before a byte of it is read.
A chunked body (no Content-Length) is read up to the cap, and refused as soon as it passes it;
one within the cap is handed on unchanged. The 413 is the API's JSON error (`ui.errors`), and
asks the client to close the connection, since the rest of its body is never read.
"""

from __future__ import annotations

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ui.errors import error_response

DEFAULT_MAX_BYTES = 1024 * 1024  # ≈ 350,000 Chinese characters: far beyond any question and its history


class BodyLimit:
    """Pure ASGI middleware: it sees the body as it arrives, before any JSON parsing."""

    def __init__(self, app: ASGIApp, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        if max_bytes < 1:
            raise ValueError(f"max_bytes must be at least 1, got {max_bytes}")
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        declared = headers.get("content-length")
        if declared is not None:
            if not declared.strip().isdigit():
                await self._refuse(
                    scope, receive, send, 400, f"Content-Length must be a number of bytes, got {declared[:40]!r}"
                )
            elif int(declared) > self.max_bytes:
                await self._refuse(
                    scope,
                    receive,
                    send,
                    413,
                    f"the request body is {int(declared):,} bytes; the limit is {self.max_bytes:,} — send a shorter question and history",
                )
            else:
                await self.app(scope, receive, send)  # the server stops reading at Content-Length
            return
        if "chunked" not in headers.get("transfer-encoding", "").lower():
            await self.app(scope, receive, send)
            return
        # chunked: read it here, up to the cap, before the app sees any of it
        messages: list[Message] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            size += len(message.get("body", b""))
            if size > self.max_bytes:
                await self._refuse(
                    scope,
                    receive,
                    send,
                    413,
                    f"the request body is over the limit of {self.max_bytes:,} bytes — send a shorter question and history",
                )
                return
            messages.append(message)
            if not message.get("more_body", False):
                break

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)

    @staticmethod
    async def _refuse(scope: Scope, receive: Receive, send: Send, status: int, message: str) -> None:
        response = error_response(status, message, headers={"Connection": "close"})
        await response(scope, receive, send)
