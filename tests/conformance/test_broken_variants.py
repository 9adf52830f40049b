"""Proof that conformance testing bites: schemathesis must fail against broken mocks.

Each variant wraps the real mock in a small ASGI middleware that breaks one promise of the
spec; a focused schemathesis run must report the check that catches it.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from contextlib import suppress
from typing import Any

import pytest

from generator.bundle import bundle
from symbl_mock import MockSettings, running_mock

from .run import fetch_token, run_schemathesis, schemathesis_command

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def no_auth_check(app: ASGIApp, token: list[str]) -> ASGIApp:
    """Every request is let in, whatever its credentials."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and token:
            headers = [(k, v) for k, v in scope["headers"] if k not in (b"authorization", b"x-api-key")]
            scope = {**scope, "headers": [*headers, (b"authorization", f"Bearer {token[0]}".encode())]}
        await app(scope, receive, send)

    return wrapped


def lax_validation(app: ASGIApp) -> ASGIApp:
    """Query parameters are not validated: invalid ones are silently dropped."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            scope = {**scope, "query_string": b""}
        await app(scope, receive, send)

    return wrapped


def rewrite_json(app: ASGIApp, change: Callable[[Any], Any]) -> ASGIApp:
    """Responses pass through `change` (the body is buffered and re-encoded)."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = b"".join(chunks)
            with suppress(ValueError):
                body = json.dumps(change(json.loads(body))).encode()
            headers = [(k, v) for k, v in start["headers"] if k != b"content-length"]
            await send({**start, "headers": [*headers, (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})

        await app(scope, receive, capture if scope["type"] == "http" else send)

    return wrapped


def renamed_field(app: ASGIApp) -> ASGIApp:
    def change(body: Any) -> Any:
        if isinstance(body, dict) and "conversations" in body:
            body["items"] = body.pop("conversations")
        return body

    return rewrite_json(app, change)


def server_error_on_desc(app: ASGIApp) -> ASGIApp:
    """A 500 whenever the conversation list is asked in descending order."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and b"order=desc" in scope.get("query_string", b""):
            await send({"type": "http.response.start", "status": 500, "headers": [(b"content-type", b"text/plain")]})
            await send({"type": "http.response.body", "body": b"boom"})
            return
        await app(scope, receive, send)

    return wrapped


# The variant, and how schemathesis names the failure that must be reported.
VARIANTS = {
    "no auth check": (no_auth_check, "API accepts requests without authentication"),
    "lax validation": (lax_validation, "Schema-violating request accepted"),
    "renamed response field": (renamed_field, "Response violates schema"),
    "500 on some input": (server_error_on_desc, "Server error"),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_schemathesis_catches_a_broken_mock(variant: str) -> None:
    breaker, check = VARIANTS[variant]
    token: list[str] = []
    wrap = (lambda app: no_auth_check(app, token)) if breaker is no_auth_check else breaker
    with running_mock(MockSettings.from_env({}), wrap=wrap) as mock:
        token.append(fetch_token(mock.url, mock.settings.app_id, mock.settings.app_secret))
        command = schemathesis_command(
            bundle(),
            mock.url,
            "--include-operation-id",
            "listConversations",
            "--phases",
            "examples,coverage,fuzzing",
            "--max-examples",
            "25",
            "--seed",
            "1",
        )
        code, output = run_schemathesis(command, token[0])
    assert code != 0, f"{variant}: schemathesis passed a broken mock:\n{output[-3000:]}"
    assert check in output, f"{variant}: expected schemathesis to report '{check}':\n{output[-3000:]}"
