"""Carry out the core's flows: with the `websockets` sync client, or its asyncio client."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

from websockets.asyncio.client import ClientConnection as AsyncConnection
from websockets.asyncio.client import connect as async_connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus
from websockets.sync.client import ClientConnection as SyncConnection
from websockets.sync.client import connect as sync_connect

from _symbl_api_generated._realtime import ServerEvent

from .._errors import APIConnectionError, APIError, status_error
from .._logging import logger
from ._core import StreamCore, redact_url
from ._ops import (
    TIMEOUT,
    Closed,
    CloseSocket,
    Flow,
    GetToken,
    Op,
    Open,
    Receive,
    Reconnect,
    SendBinary,
    SendText,
    Sleep,
)

USER_AGENT = "acme-symbl-api-client"


def _closed(exc: ConnectionClosed) -> Closed:
    # The server's close frame; else the one this side sent (1009 for a message over max_size).
    frame = exc.rcvd or exc.sent
    return Closed(frame.code if frame is not None else None, frame.reason if frame is not None else "")


def _open_failure(core: StreamCore, op: Open, exc: Exception) -> APIError:
    where = f"WebSocket {core.channel.key}"
    if isinstance(exc, InvalidStatus):
        response = exc.response
        return status_error(response.status_code, bytes(response.body or b""), dict(response.headers), operation=where)
    return APIConnectionError(f"cannot open {redact_url(op.url)}: {type(exc).__name__}: {exc}", operation=where)


def _connect_args(core: StreamCore, op: Open) -> dict[str, Any]:
    options = core.options
    return {
        "additional_headers": op.headers,
        "subprotocols": op.subprotocols or None,
        "max_size": options.max_message_bytes,
        "open_timeout": options.open_timeout,
        "ping_interval": options.ping_interval,
        "ping_timeout": options.ping_timeout,
        "user_agent_header": USER_AGENT,
        # Audio does not compress; per-message deflate would only spend CPU on every frame.
        "compression": None,
        **dict(options.websocket_options),
    }


def _echo_problem(op: Open, selected: str | None) -> APIConnectionError | None:
    if op.subprotocols and selected != op.subprotocols[0]:
        return APIConnectionError(
            "the server did not select the token subprotocol the client offered; refusing the connection"
        )
    return None


class SyncDriver:
    """Runs flows on a `websockets.sync` connection; a lock lets one thread reconnect at a time."""

    def __init__(self, core: StreamCore, token: Callable[[str | None], str], sleep: Callable[[float], None]) -> None:
        self.core = core
        self._token = token
        self._sleep = sleep
        self._ws: SyncConnection | None = None
        self._lock = threading.Lock()

    def run(self, flow: Flow) -> Any:
        value: Any = None
        while True:
            try:
                op = flow.send(value)
            except StopIteration as done:
                return done.value
            value = self._do(op)

    def next_event(self) -> ServerEvent | None:
        """The next event; the common case (a text frame) without running a flow."""
        core, ws = self.core, self._ws
        if core.backlog or core.finished or ws is None:
            return self.run(core.next_event_flow())  # type: ignore[no-any-return]
        raw: Any
        try:
            raw = ws.recv(timeout=core.timeout())
        except TimeoutError:
            raw = TIMEOUT
        except ConnectionClosed as exc:
            raw = _closed(exc)
        if isinstance(raw, str):
            return core.observe(raw)
        return self.run(core.read_flow(received=raw))  # type: ignore[no-any-return]

    def send_frame(self, frame: bytes) -> None:
        """Send one audio frame; a failure goes through the core (replay, reconnect or raise)."""
        generation = self.core.generation
        try:
            assert self._ws is not None
            self._ws.send(frame)
        except ConnectionClosed as exc:
            self.run(self.core.send_failed_flow(frame, generation, _closed(exc)))

    def _do(self, op: Op) -> Any:
        if isinstance(op, SendBinary | SendText):
            try:
                assert self._ws is not None
                self._ws.send(op.data if isinstance(op, SendBinary) else op.text)
            except ConnectionClosed as exc:
                return _closed(exc)
            return None
        if isinstance(op, Receive):
            ws = self._ws
            assert ws is not None
            try:
                return ws.recv(timeout=op.timeout)
            except TimeoutError:
                return TIMEOUT
            except ConnectionClosed as exc:
                return _closed(exc)
        if isinstance(op, GetToken):
            return self._token(op.stale)
        if isinstance(op, Open):
            return self._open(op)
        if isinstance(op, Sleep):
            self._sleep(op.seconds)
            return None
        if isinstance(op, Reconnect):
            with self._lock:
                if op.generation == self.core.generation:
                    self.run(self.core.reconnect_flow(op.closed))
            return None
        assert isinstance(op, CloseSocket)
        if self._ws is not None:
            self._ws.close(op.code)
        return None

    def _open(self, op: Open) -> Exception | None:
        try:
            ws = sync_connect(op.url, legacy=True, **_connect_args(self.core, op))
        except (InvalidHandshake, OSError, TimeoutError) as exc:
            return _open_failure(self.core, op, exc)
        problem = _echo_problem(op, ws.subprotocol)
        if problem is not None:
            ws.close()
            return problem
        old, self._ws = self._ws, ws
        if old is not None:
            old.close()
        logger.debug("WebSocket open: %s", redact_url(op.url))
        return None

    def abort(self) -> None:
        if self._ws is not None:
            self._ws.close(1000)


class AsyncDriver:
    """Runs flows on a `websockets.asyncio` connection; no threads, one task reconnects at a time."""

    def __init__(
        self,
        core: StreamCore,
        token: Callable[[str | None], Awaitable[str]],
        sleep: Callable[[float], Awaitable[None]],
    ) -> None:
        self.core = core
        self._token = token
        self._sleep = sleep
        self._ws: AsyncConnection | None = None
        self._lock = asyncio.Lock()

    async def run(self, flow: Flow) -> Any:
        value: Any = None
        while True:
            try:
                op = flow.send(value)
            except StopIteration as done:
                return done.value
            value = await self._do(op)

    async def next_event(self) -> ServerEvent | None:
        """The next event; the common case (a text frame) without running a flow."""
        core, ws = self.core, self._ws
        if core.backlog or core.finished or ws is None:
            return await self.run(core.next_event_flow())  # type: ignore[no-any-return]
        raw: Any
        try:
            async with asyncio.timeout(core.timeout()):
                raw = await ws.recv()
        except TimeoutError:
            raw = TIMEOUT
        except ConnectionClosed as exc:
            raw = _closed(exc)
        if isinstance(raw, str):
            return core.observe(raw)
        return await self.run(core.read_flow(received=raw))  # type: ignore[no-any-return]

    async def send_frame(self, frame: bytes) -> None:
        """Send one audio frame; a failure goes through the core (replay, reconnect or raise)."""
        generation = self.core.generation
        try:
            assert self._ws is not None
            await self._ws.send(frame)
        except ConnectionClosed as exc:
            await self.run(self.core.send_failed_flow(frame, generation, _closed(exc)))

    async def _do(self, op: Op) -> Any:
        if isinstance(op, SendBinary | SendText):
            try:
                assert self._ws is not None
                await self._ws.send(op.data if isinstance(op, SendBinary) else op.text)
            except ConnectionClosed as exc:
                return _closed(exc)
            return None
        if isinstance(op, Receive):
            ws = self._ws
            assert ws is not None
            try:
                async with asyncio.timeout(op.timeout):
                    return await ws.recv()
            except TimeoutError:
                return TIMEOUT
            except ConnectionClosed as exc:
                return _closed(exc)
        if isinstance(op, GetToken):
            return await self._token(op.stale)
        if isinstance(op, Open):
            return await self._open(op)
        if isinstance(op, Sleep):
            await self._sleep(op.seconds)
            return None
        if isinstance(op, Reconnect):
            async with self._lock:
                if op.generation == self.core.generation:
                    await self.run(self.core.reconnect_flow(op.closed))
            return None
        assert isinstance(op, CloseSocket)
        if self._ws is not None:
            await self._ws.close(op.code)
        return None

    async def _open(self, op: Open) -> Exception | None:
        try:
            ws = await async_connect(op.url, **_connect_args(self.core, op))
        except (InvalidHandshake, OSError, TimeoutError) as exc:
            return _open_failure(self.core, op, exc)
        problem = _echo_problem(op, ws.subprotocol)
        if problem is not None:
            await ws.close()
            return problem
        old, self._ws = self._ws, ws
        if old is not None:
            await old.close()
        logger.debug("WebSocket open: %s", redact_url(op.url))
        return None

    async def abort(self) -> None:
        if self._ws is not None:
            await self._ws.close(1000)


def monotonic() -> float:
    return time.monotonic()
