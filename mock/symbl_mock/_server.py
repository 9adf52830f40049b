"""Serve the mock with uvicorn: in the foreground (`python -m symbl_mock`) or in a test thread."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import h11
import uvicorn
from starlette.applications import Starlette
from starlette.types import ASGIApp
from uvicorn.protocols.http.h11_impl import H11Protocol

from ._app import MockCore, create_app
from ._faults import DropAwareApp
from ._settings import MockSettings


class _QuietDrops(logging.Filter):
    """Hide uvicorn's complaint about the deliberate no-response of an injected dropped connection."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "ASGI callable should return None" not in record.getMessage()


class _HeaderTimeoutProtocol(H11Protocol):
    """uvicorn's h11 protocol, plus a deadline for request headers.

    uvicorn times out idle keep-alive connections but not a client that sends part of its
    headers and then nothing (slowloris): such a connection is closed `header_timeout` seconds
    after its first byte of a request arrived. Bodies are timed out by the app (`body_timeout`).
    """

    header_timeout = 10.0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._header_timer: asyncio.TimerHandle | None = self.loop.call_later(self.header_timeout, self._headers_late)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state is h11.IDLE:
            if self._header_timer is None and not self.transport.is_closing():
                self._header_timer = self.loop.call_later(self.header_timeout, self._headers_late)
        elif self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def connection_lost(self, exc: Exception | None) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None
        super().connection_lost(exc)

    def _headers_late(self) -> None:
        self._header_timer = None
        busy = self.cycle is not None and not self.cycle.response_complete
        if self.conn.their_state is h11.IDLE and not busy and not self.transport.is_closing():
            self.transport.close()


def uvicorn_config(
    app: ASGIApp, *, host: str, port: int, log_level: str = "warning", header_timeout: float = 10.0
) -> uvicorn.Config:
    logging.getLogger("uvicorn.error").addFilter(_QuietDrops())
    protocol = type("HeaderTimeoutProtocol", (_HeaderTimeoutProtocol,), {"header_timeout": header_timeout})
    return uvicorn.Config(
        DropAwareApp(app),
        http=protocol,
        host=host,
        port=port,
        log_level=log_level,
        lifespan="on",
        access_log=False,
        timeout_graceful_shutdown=2,
        backlog=4096,
    )


@dataclass
class RunningMock:
    """A mock served on loopback: `url` to point clients at, `settings`, the ASGI `app`."""

    url: str
    settings: MockSettings
    app: Starlette

    @property
    def core(self) -> MockCore:
        core: MockCore = self.app.state.mock
        return core


@contextmanager
def running_mock(
    settings: MockSettings | None = None, port: int = 0, wrap: Callable[[Starlette], ASGIApp] | None = None
) -> Iterator[RunningMock]:
    """Run the mock on 127.0.0.1 in a background thread (a free port when `port` is 0).

    `wrap` serves a middleware around the mock instead (tests use it to break the mock on
    purpose). Waits until the server accepts connections, yields a `RunningMock`, and shuts the
    server down cleanly on exit.
    """
    settings = settings or MockSettings.from_env()
    app = create_app(settings)
    # IPPROTO_TCP explicitly: only then does asyncio set TCP_NODELAY on accepted connections;
    # without it every small response waits ~40 ms for Nagle's algorithm and delayed ACKs.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    actual_port = sock.getsockname()[1]
    served = wrap(app) if wrap is not None else app
    server = uvicorn.Server(
        uvicorn_config(served, host="127.0.0.1", port=actual_port, header_timeout=settings.header_timeout)
    )
    failure: list[BaseException] = []

    def serve() -> None:
        try:
            server.run(sockets=[sock])
        except BaseException as exc:  # surfaced to the caller below
            failure.append(exc)

    thread = threading.Thread(target=serve, name=f"symbl-mock-{actual_port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if failure or not thread.is_alive():
            sock.close()
            raise RuntimeError(f"the mock failed to start on 127.0.0.1:{actual_port}: {failure[:1]}")
        if time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the mock did not start on 127.0.0.1:{actual_port} within 10 s")
        time.sleep(0.01)
    try:
        yield RunningMock(url=f"http://127.0.0.1:{actual_port}", settings=settings, app=app)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        app.state.mock.webhooks.close()
        sock.close()
