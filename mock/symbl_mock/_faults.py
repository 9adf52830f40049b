"""Seeded fault injection for client testing: latency, 429 with Retry-After, 500, dropped connections.

Off unless `MockSettings.faults` sets a rate or latency. Each request draws once from one
seeded generator, so a run with the same seed and request order sees the same faults. A
dropped connection is closed without any response: under uvicorn (see `DropAwareApp`) the
socket is closed; in-process the request raises `ConnectionResetError` in the caller.
"""

from __future__ import annotations

import asyncio
import json
import random
import threading

from starlette.types import ASGIApp, Receive, Scope, Send

from ._settings import FaultSettings

DROP_KEY = "symbl_mock.drop"


class FaultInjector:
    def __init__(self, app: ASGIApp, faults: FaultSettings) -> None:
        self.app = app
        self.faults = faults
        self._rng = random.Random(faults.seed)
        self._lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        faults = self.faults
        if scope["type"] != "http" or not faults.enabled or scope.get("path") == "/openapi.json":
            await self.app(scope, receive, send)
            return
        with self._lock:
            draw = self._rng.random()
        if faults.latency > 0:
            await asyncio.sleep(faults.latency)
        if draw < faults.drop:
            flag = scope.get(DROP_KEY)
            if isinstance(flag, dict):
                flag["drop"] = True
                return
            raise ConnectionResetError("connection dropped by fault injection (SYMBL_MOCK_FAULTS drop)")
        draw -= faults.drop
        if draw < faults.rate429:
            await _reply(send, 429, "Too many requests (injected fault). Please retry later.", faults.retry_after)
            return
        draw -= faults.rate429
        if draw < faults.rate5xx:
            await _reply(send, 500, "Something went wrong! Please contact support@symbl.ai (injected fault)", None)
            return
        await self.app(scope, receive, send)


async def _reply(send: Send, status: int, message: str, retry_after: int | None) -> None:
    payload: dict[str, object] = {"message": message}
    if status == 429:
        payload["statusCode"] = 429
    content = json.dumps(payload).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(content)).encode())]
    if retry_after is not None:
        headers.append((b"retry-after", str(retry_after).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": content})


class DropAwareApp:
    """Wraps the app for uvicorn: a dropped request returns a value, which makes uvicorn close the socket."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> str | None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return None
        flag: dict[str, bool] = {}
        scope[DROP_KEY] = flag
        await self.app(scope, receive, send)
        # uvicorn closes the transport without a response when the app returns a value.
        return "dropped by fault injection" if flag.get("drop") else None
