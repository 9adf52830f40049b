"""Seeded fault injection for client testing: latency, 429 with Retry-After, 500, 503 and
dropped connections, each either before or after the mock acts on the request.

Off unless `MockSettings.faults` sets a rate or latency. Each request draws from one seeded
generator, so a run with the same seed and request order sees the same faults.

A fault *before* the mock acts leaves no trace in its state (a retry is harmless). A fault
*after* it (share `after` of the 500s, 503s and drops) lets the mock act in full, throws its
answer away and then fails: the submission exists, the append is stored, and the client
cannot tell. 429 only ever happens before: it means "not processed". A dropped connection is
closed without any response: under uvicorn (see `DropAwareApp`) the socket is closed;
in-process the request raises `ConnectionResetError` in the caller.
"""

from __future__ import annotations

import asyncio
import json
import random
import threading
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._settings import FaultSettings

DROP_KEY = "symbl_mock.drop"
MESSAGE_500 = "Something went wrong! Please contact support@symbl.ai (injected fault)"
MESSAGE_503 = "Service unavailable (injected fault). Please retry later."


@dataclass(frozen=True)
class Fault:
    """What one request suffers: a status to answer (or 0 for a dropped connection), and when."""

    status: int
    after: bool


class FaultInjector:
    def __init__(self, app: ASGIApp, faults: FaultSettings) -> None:
        self.app = app
        self.faults = faults
        self._rng = random.Random(faults.seed)
        self._lock = threading.Lock()
        # Counts by kind ("500 after", "drop before", ...), for tests that prove what happened.
        self.injected: dict[str, int] = {}

    def _draw(self) -> Fault | None:
        faults = self.faults
        with self._lock:
            draw, when = self._rng.random(), self._rng.random()
        after = when < faults.after
        for status, rate in ((0, faults.drop), (429, faults.rate429), (500, faults.rate5xx), (503, faults.rate503)):
            if draw < rate:
                fault = Fault(status, after and status != 429)
                kind = f"{status or 'drop'} {'after' if fault.after else 'before'}"
                with self._lock:
                    self.injected[kind] = self.injected.get(kind, 0) + 1
                return fault
            draw -= rate
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        faults = self.faults
        if scope["type"] != "http" or not faults.enabled or scope.get("path") == "/openapi.json":
            await self.app(scope, receive, send)
            return
        fault = self._draw()
        if faults.latency > 0:
            await asyncio.sleep(faults.latency)
        if fault is None:
            await self.app(scope, receive, send)
            return
        if fault.after:
            await self.app(scope, receive, _discard)
        if fault.status == 0:
            flag = scope.get(DROP_KEY)
            if isinstance(flag, dict):
                flag["drop"] = True
                return
            raise ConnectionResetError("connection dropped by fault injection (SYMBL_MOCK_FAULTS drop)")
        if fault.status == 429:
            await _reply(send, 429, "Too many requests (injected fault). Please retry later.", faults.retry_after)
        else:
            await _reply(send, fault.status, MESSAGE_500 if fault.status == 500 else MESSAGE_503, None)


async def _discard(message: Message) -> None:
    """The mock's own answer, thrown away: the client will see the injected failure instead."""


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
