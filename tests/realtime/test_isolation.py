"""One account per app over the real-time channels, driven by a raw `websockets` client.

Connection ids are chosen by clients, so two apps may use the same one: the mock keys sessions
and listeners by (app, connection id). App B following app A's connection id waits on a
connection of its own (a listener may join before the stream starts, as on Symbl): it never
receives a frame of A's stream or call, and streaming on that id starts B's own conversation.
B's REST calls get 404 for the conversation A created by streaming.

"No frame reached B" is asserted without waiting on a clock: B's listener sends a frame after
A's own listener has seen the end of A's stream; the listen-only error it gets back must be the
first frame it ever received (the mock sends a listener's frames in order, and A's were all
published before B spoke).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from websockets.sync.client import ClientConnection, connect

from symbl_mock import MockSettings, RunningMock, running_mock

from .conftest import CREDENTIALS, wav
from .test_mock import START, frames, kind, send_audio

APP_B = {"appId": "team-b", "appSecret": "secret-b"}


@pytest.fixture(scope="module")
def two_apps() -> Iterator[RunningMock]:
    with running_mock(MockSettings(job_seconds=0.0, apps={APP_B["appId"]: APP_B["appSecret"]})) as running:
        yield running


def _token(mock: RunningMock, app_id: str, app_secret: str) -> str:
    body = {"type": "application", "appId": app_id, "appSecret": app_secret}
    answer = httpx.post(f"{mock.url}/oauth2/token:generate", json=body)
    assert answer.status_code == 200, answer.text
    value: str = answer.json()["accessToken"]
    return value


@pytest.fixture(scope="module")
def tokens(two_apps: RunningMock) -> tuple[str, str]:
    a = _token(two_apps, CREDENTIALS["app_id"], CREDENTIALS["app_secret"])
    return a, _token(two_apps, APP_B["appId"], APP_B["appSecret"])


def _ws(mock: RunningMock, path: str, token: str) -> ClientConnection:
    return connect(f"{mock.url.replace('http://', 'ws://')}{path}?access_token={token}", legacy=True)


def _heard_nothing(listener: ClientConnection) -> None:
    """B's listener speaks on the listen-only channel: the error is the first frame it gets."""
    listener.send(json.dumps({"type": "stop_request"}))
    answer = frames(listener)
    assert [kind(f) for f in answer] == ["error"], f"app B heard app A's frames: {answer[:3]}"
    assert "listen-only" in answer[0]["message"]["data"]["message"] and listener.close_code == 1008


def test_app_b_cannot_follow_or_join_app_a_stream(two_apps: RunningMock, tokens: tuple[str, str]) -> None:
    token_a, token_b = tokens
    connection = "shared-connection-id"
    early_b = _ws(two_apps, f"/v1/subscribe/{connection}", token_b)
    listener_a = _ws(two_apps, f"/v1/subscribe/{connection}", token_a)
    late_b: ClientConnection | None = None
    try:
        with _ws(two_apps, f"/v1/streaming/{connection}", token_a) as ws:
            ws.send(json.dumps(START))
            opening = frames(ws, until="recognition_started")
            conversation_a = opening[1]["message"]["data"]["conversationId"]
            # A late listener of A's own app is told the conversation at once; B's must not be.
            late_b = _ws(two_apps, f"/v1/subscribe/{connection}", token_b)
            send_audio(ws, wav(7))
            ws.send(json.dumps({"type": "stop_request"}))
            spoken = opening + frames(ws)
        heard_a = frames(listener_a)
        assert heard_a == spoken and listener_a.close_code == 1000, "app A's own listener follows its stream"
        assert "recognition_result" in [kind(f) for f in spoken]
        _heard_nothing(early_b)
        _heard_nothing(late_b)
    finally:
        for listener in (early_b, listener_a, late_b):
            if listener is not None:
                listener.close()

    # Streaming on the same connection id gives B a conversation of its own, not A's.
    with _ws(two_apps, f"/v1/streaming/{connection}", token_b) as ws:
        ws.send(json.dumps(START))
        opening_b = frames(ws, until="conversation_created")
        ws.send(json.dumps({"type": "stop_request"}))
        frames(ws)
    conversation_b = opening_b[-1]["message"]["data"]["conversationId"]
    assert conversation_b != conversation_a

    # B's REST cannot read what A streamed; A can.
    base = f"{two_apps.url}/v1/conversations"
    for path in (f"/{conversation_a}", f"/{conversation_a}/messages", f"/{conversation_a}/questions"):
        denied = httpx.get(base + path, headers={"x-api-key": token_b})
        assert denied.status_code == 404, f"app B GET {path}: {denied.status_code} {denied.text}"
        assert httpx.get(base + path, headers={"x-api-key": token_a}).status_code == 200
    listed = httpx.get(base, headers={"x-api-key": token_b}).json()["conversations"]
    assert conversation_b in [c["id"] for c in listed] and conversation_a not in [c["id"] for c in listed]


@pytest.mark.parametrize("path", ["/events", "/session/subscribe"])
def test_app_b_cannot_open_app_a_telephony_results(two_apps: RunningMock, tokens: tuple[str, str], path: str) -> None:
    token_a, token_b = tokens
    call: dict[str, Any] = {"operation": "start", "endpoint": {"type": "pstn", "phoneNumber": "14082924837"}}
    started = httpx.post(f"{two_apps.url}/v1/endpoint:connect", json=call, headers={"x-api-key": token_a}).json()
    connection = started["connectionId"]
    intruder = _ws(two_apps, f"{path}/{connection}", token_b)
    try:
        with _ws(two_apps, f"{path}/{connection}", token_a) as owner:
            assert kind(json.loads(owner.recv(timeout=5))) == "started_listening"
            stop = {"operation": "stop", "connectionId": connection}
            refused = httpx.post(f"{two_apps.url}/v1/endpoint:connect", json=stop, headers={"x-api-key": token_b})
            assert refused.status_code == 404, "app B cannot stop app A's call"
            stopped = httpx.post(f"{two_apps.url}/v1/endpoint:connect", json=stop, headers={"x-api-key": token_a})
            assert stopped.status_code < 300
            rest = frames(owner)
        assert [kind(f) for f in rest][-1] == "conversation_completed" and owner.close_code == 1000
        _heard_nothing(intruder)
    finally:
        intruder.close()
    denied = httpx.get(f"{two_apps.url}/v1/conversations/{started['conversationId']}", headers={"x-api-key": token_b})
    assert denied.status_code == 404
