"""The mock's WebSocket channels, driven by a raw `websockets` client (no project client code)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import ClientConnection, connect

from symbl_mock import RunningMock

from .conftest import wav

START = {
    "type": "start_request",
    "insightTypes": ["question", "action_item", "follow_up", "topic"],
    "config": {"speechRecognition": {"encoding": "LINEAR16", "sampleRateHertz": 16000}, "detectEntities": True},
    "trackers": [{"name": "Pricing", "vocabulary": ["price", "pricing", "cost", "plan"]}],
    "speaker": {"userId": "jane@example.com", "name": "Jane"},
}


def frames(ws: ClientConnection, until: str | None = None, timeout: float = 5) -> list[dict[str, Any]]:
    """Server frames until one of type `until` (envelope events by message.type), or the close."""
    out: list[dict[str, Any]] = []
    try:
        while True:
            frame = json.loads(ws.recv(timeout=timeout))
            out.append(frame)
            if until is not None and until in (frame.get("type"), frame.get("message", {}).get("type")):
                return out
    except ConnectionClosed:
        return out


def kind(frame: dict[str, Any]) -> str:
    return str(frame["message"]["type"] if frame["type"] == "message" else frame["type"])


def send_audio(ws: ClientConnection, audio: bytes) -> None:
    body = audio[44:]
    for i in range(0, len(body), 8192):
        ws.send(body[i : i + 8192])


def test_start_audio_stop_and_the_conversation_over_rest(ws_url: str, token: str, mock: RunningMock) -> None:
    with connect(f"{ws_url}/v1/streaming/rest-check?access_token={token}") as ws:
        ws.send(json.dumps(START))
        opening = frames(ws, until="recognition_started")
        assert [kind(f) for f in opening] == ["started_listening", "conversation_created", "recognition_started"]
        conversation_id = opening[1]["message"]["data"]["conversationId"]
        send_audio(ws, wav(12))
        ws.send(json.dumps({"type": "stop_request"}))
        live = frames(ws)
        assert ws.close_code == 1000
    kinds = [kind(f) for f in live]
    assert kinds[-2:] == ["recognition_stopped", "conversation_completed"]
    results = [f["message"] for f in live if kind(f) == "recognition_result"]
    assert results[0]["isFinal"] is False, "interim results come before the final one"
    finals = [r["punctuated"]["transcript"] for r in results if r["isFinal"]]
    streamed = [m for f in live if kind(f) == "message_response" for m in f["messages"]]
    assert len(finals) == len(streamed) >= 3
    headers = {"x-api-key": token}
    rest = httpx.get(f"{mock.url}/v1/conversations/{conversation_id}/messages", headers=headers).json()["messages"]
    assert [(m["id"], m["text"]) for m in rest] == [(m["id"], m["payload"]["content"]) for m in streamed]


def test_same_audio_gives_the_same_transcript(ws_url: str, token: str) -> None:
    transcripts = []
    for connection in ("det-a", "det-b"):
        with connect(f"{ws_url}/v1/streaming/{connection}?access_token={token}") as ws:
            ws.send(json.dumps(START))
            send_audio(ws, wav(7, seed=3))
            ws.send(json.dumps({"type": "stop_request"}))
            transcripts.append(
                [f["message"]["punctuated"]["transcript"] for f in frames(ws) if kind(f) == "recognition_result"]
            )
    assert transcripts[0] == transcripts[1] and transcripts[0]


@pytest.mark.parametrize("how", ["query", "header", "subprotocol", "legacy-path"])
def test_every_way_to_present_the_token(ws_url: str, token: str, how: str) -> None:
    path = "/v1/realtime/insights/auth-" + how if how == "legacy-path" else "/v1/streaming/auth-" + how
    kwargs: dict[str, Any] = {}
    url = f"{ws_url}{path}"
    if how in ("query", "legacy-path"):
        url += f"?access_token={token}"
    elif how == "header":
        kwargs["additional_headers"] = {"X-API-KEY": token}
    else:
        kwargs["subprotocols"] = [token]
    with connect(url, **kwargs) as ws:
        if how == "subprotocol":
            assert ws.subprotocol == token, "the token subprotocol is echoed back"
        ws.send(json.dumps(START))
        assert kind(frames(ws, until="started_listening")[0]) == "started_listening"


@pytest.mark.parametrize("query", ["", "?access_token=not-a-token"])
def test_missing_or_wrong_token_is_refused_before_the_upgrade(ws_url: str, query: str) -> None:
    with pytest.raises(InvalidStatus) as caught:
        connect(f"{ws_url}/v1/streaming/refused{query}")
    assert caught.value.response.status_code == 401
    assert b"Unauthorized" in caught.value.response.body


BAD_FRAMES = [
    ("not json", "{nope", None, 1007, "not valid JSON"),
    ("not an object", "[1, 2]", None, 1007, "not a JSON object"),
    ("unknown type", '{"type": "dance_request"}', None, 1008, "unknown message type 'dance_request'"),
    ("schema violation", '{"type": "start_request", "insightTypes": ["gossip"]}', None, 1007, "insightTypes"),
    ("stop before start", '{"type": "stop_request"}', None, 1008, "stop_request before start_request"),
    ("audio before start", None, b"\x00" * 100, 1008, "audio before start_request"),
    ("oversized audio", None, b"\x00" * 9000, 1009, "at most 8192 bytes"),
    ("oversized text", "x" * 70000, None, 1009, "text frame"),
]


@pytest.mark.parametrize(("name", "text", "data", "code", "words"), BAD_FRAMES, ids=[b[0] for b in BAD_FRAMES])
def test_bad_frames_get_an_error_frame_and_a_meaningful_close(
    ws_url: str, token: str, name: str, text: str | None, data: bytes | None, code: int, words: str
) -> None:
    with connect(f"{ws_url}/v1/streaming/bad-{code}?access_token={token}") as ws:
        if name == "oversized audio":
            ws.send(json.dumps(START))
            frames(ws, until="recognition_started")
        ws.send(data if data is not None else text)  # type: ignore[arg-type]
        answer = frames(ws)
    assert kind(answer[-1]) == "error"
    error = answer[-1]["message"]["data"]
    assert words in error["message"] and error["code"] == code
    assert ws.close_code == code


def test_subscribers_receive_the_same_frames(ws_url: str, token: str) -> None:
    auth = f"?access_token={token}"
    listeners = [connect(f"{ws_url}/v1/subscribe/fan-out{auth}", legacy=True) for _ in range(3)]
    try:
        with connect(f"{ws_url}/v1/streaming/fan-out{auth}") as ws:
            ws.send(json.dumps(START))
            send_audio(ws, wav(8))
            ws.send(json.dumps({"type": "stop_request"}))
            spoken = frames(ws)
        heard = [frames(listener) for listener in listeners]
    finally:
        for listener in listeners:
            listener.close()
    assert all(h == spoken for h in heard)
    assert all(listener.close_code == 1000 for listener in listeners)


def test_a_subscriber_that_sends_is_told_the_channel_is_listen_only(ws_url: str, token: str) -> None:
    with connect(f"{ws_url}/v1/subscribe/quiet?access_token={token}") as ws:
        ws.send(json.dumps(START))
        answer = frames(ws)
    assert "listen-only" in answer[-1]["message"]["data"]["message"] and ws.close_code == 1008


@pytest.mark.parametrize("path", ["/events", "/session/subscribe"])
def test_telephony_results_socket_carries_the_call_until_stop(mock: RunningMock, token: str, path: str) -> None:
    headers = {"x-api-key": token}
    body = {"operation": "start", "endpoint": {"type": "pstn", "phoneNumber": "14082924837"}}
    started = httpx.post(f"{mock.url}/v1/endpoint:connect", json=body, headers=headers).json()
    url = (
        started["resultWebSocketUrl"]
        if path == "/events"
        else f"{mock.url.replace('http', 'ws')}{path}/{started['connectionId']}"
    )
    with connect(f"{url}?access_token={token}") as ws:
        assert kind(json.loads(ws.recv(timeout=5))) == "started_listening"
        created = json.loads(ws.recv(timeout=5))
        assert created["message"]["data"]["conversationId"] == started["conversationId"]
        stop = {"operation": "stop", "connectionId": started["connectionId"]}
        assert httpx.post(f"{mock.url}/v1/endpoint:connect", json=stop, headers=headers).status_code < 300
        rest = frames(ws)
    kinds = [kind(f) for f in rest]
    assert "message_response" in kinds and kinds[-1] == "conversation_completed" and ws.close_code == 1000
