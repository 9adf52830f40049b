"""Fixtures for the real-time tests: the mock on loopback, tokens, WAV audio, scriptable servers,
and a check that no test leaves a thread behind."""

from __future__ import annotations

import struct
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from websockets.sync.server import Server, ServerConnection, serve

from symbl_mock import MockSettings, RunningMock, running_mock

CREDENTIALS = {"app_id": "mock-app-id", "app_secret": "mock-app-secret"}


def wav(seconds: float, rate: int = 16000, seed: int = 1) -> bytes:
    """A mono 16-bit PCM WAV file of `seconds` (deterministic, non-silent samples)."""
    count = int(seconds * rate)
    pattern = bytes((seed * 7 + i * 13) % 256 for i in range(4096))
    data = (pattern * (count * 2 // len(pattern) + 1))[: count * 2]
    fmt = struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16)
    return (
        b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVEfmt " + fmt + b"data" + struct.pack("<I", len(data)) + data
    )


@pytest.fixture(scope="module")
def mock() -> Iterator[RunningMock]:
    with running_mock(MockSettings.from_env()) as running:
        yield running


@pytest.fixture
def token(mock: RunningMock) -> str:
    body = {"type": "application", "appId": CREDENTIALS["app_id"], "appSecret": CREDENTIALS["app_secret"]}
    answer = httpx.post(f"{mock.url}/oauth2/token:generate", json=body)
    value: str = answer.json()["accessToken"]
    return value


@pytest.fixture
def ws_url(mock: RunningMock) -> str:
    return mock.url.replace("http://", "ws://")


@pytest.fixture(autouse=True)
def no_thread_left_behind() -> Iterator[None]:
    """Every thread a test started (stream senders, websockets readers, test servers) has ended."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 5
    while (extra := set(threading.enumerate()) - before) and time.monotonic() < deadline:
        for thread in extra:
            thread.join(0.05)
    assert not extra, f"threads left behind: {[t.name for t in extra]}"


@contextmanager
def scripted_server(handler: Callable[[ServerConnection], None], **options: Any) -> Iterator[str]:
    """A loopback WebSocket server running `handler` per connection; yields its ws:// URL."""
    server: Server = serve(handler, "127.0.0.1", 0, **options)
    thread = threading.Thread(target=server.serve_forever, name="scripted-ws-server", daemon=True)
    thread.start()
    try:
        yield f"ws://127.0.0.1:{server.socket.getsockname()[1]}"
    finally:
        server.shutdown()
        thread.join(5)
